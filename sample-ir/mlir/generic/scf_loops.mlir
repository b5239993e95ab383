"builtin.module"() ({
  "func.func"() ({
  ^bb0(%arg0: memref<?xf32>):
    %0 = "arith.constant"() {value = 0 : index} : () -> index
    %1 = "arith.constant"() {value = 1 : index} : () -> index
    %2 = "memref.dim"(%arg0, %0) : (memref<?xf32>, index) -> index
    %3 = "arith.constant"() {value = 0.000000e+00 : f32} : () -> f32
    %4 = "scf.for"(%0, %2, %1, %3) ({
    ^bb0(%arg1: index, %arg2: f32):
      %5 = "memref.load"(%arg0, %arg1) : (memref<?xf32>, index) -> f32
      %6 = "arith.addf"(%arg2, %5) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      "memref.store"(%6, %arg0, %arg1) : (f32, memref<?xf32>, index) -> ()
      "scf.yield"(%6) : (f32) -> ()
    }) : (index, index, index, f32) -> f32
    "func.return"(%4) : (f32) -> ()
  }) {function_type = (memref<?xf32>) -> f32, sym_name = "prefix_sum"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<32x32xf32>):
    %0 = "arith.constant"() {value = 0 : index} : () -> index
    %1 = "arith.constant"() {value = 1 : index} : () -> index
    %2 = "arith.constant"() {value = 32 : index} : () -> index
    %3 = "arith.constant"() {value = 0.000000e+00 : f32} : () -> f32
    "scf.for"(%0, %2, %1) ({
    ^bb0(%arg1: index):
      "scf.for"(%0, %2, %1) ({
      ^bb0(%arg2: index):
        %4 = "memref.load"(%arg0, %arg1, %arg2) : (memref<32x32xf32>, index, index) -> f32
        %5 = "arith.cmpf"(%4, %3) {predicate = 4 : i64} : (f32, f32) -> i1
        %6 = "scf.if"(%5) ({
          "scf.yield"(%3) : (f32) -> ()
        }, {
          "scf.yield"(%4) : (f32) -> ()
        }) : (i1) -> f32
        "memref.store"(%6, %arg0, %arg1, %arg2) : (f32, memref<32x32xf32>, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    "func.return"() : () -> ()
  }) {function_type = (memref<32x32xf32>) -> (), sym_name = "relu_inplace"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<64x64xf32>):
    %0 = "arith.constant"() {value = 0 : index} : () -> index
    %1 = "arith.constant"() {value = 1 : index} : () -> index
    %2 = "arith.constant"() {value = 64 : index} : () -> index
    %3 = "arith.constant"() {value = 0.000000e+00 : f32} : () -> f32
    %4 = "scf.parallel"(%0, %0, %2, %2, %1, %1, %3) ({
    ^bb0(%arg1: index, %arg2: index):
      %5 = "memref.load"(%arg0, %arg1, %arg2) : (memref<64x64xf32>, index, index) -> f32
      "scf.reduce"(%5) ({
      ^bb0(%arg3: f32, %arg4: f32):
        %6 = "arith.addf"(%arg3, %arg4) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        "scf.reduce.return"(%6) : (f32) -> ()
      }) : (f32) -> ()
      "scf.yield"() : () -> ()
    }) {operand_segment_sizes = array<i32: 2, 2, 2, 1>} : (index, index, index, index, index, index, f32) -> f32
    "func.return"(%4) : (f32) -> ()
  }) {function_type = (memref<64x64xf32>) -> f32, sym_name = "parallel_sum"} : () -> ()
}) : () -> ()

