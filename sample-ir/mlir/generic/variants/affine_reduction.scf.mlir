"builtin.module"() ({
  "func.func"() ({
  ^bb0(%arg0: memref<?xf32>, %arg1: index):
    %0 = "arith.constant"() {value = 0.000000e+00 : f32} : () -> f32
    %1 = "arith.constant"() {value = 0 : index} : () -> index
    %2 = "arith.constant"() {value = 1 : index} : () -> index
    %3 = "scf.for"(%1, %arg1, %2, %0) ({
    ^bb0(%arg2: index, %arg3: f32):
      %4 = "memref.load"(%arg0, %arg2) : (memref<?xf32>, index) -> f32
      %5 = "arith.addf"(%arg3, %4) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      "scf.yield"(%5) : (f32) -> ()
    }) : (index, index, index, f32) -> f32
    "func.return"(%3) : (f32) -> ()
  }) {function_type = (memref<?xf32>, index) -> f32, sym_name = "sum"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<?xf32>, %arg1: index, %arg2: f32):
    %0 = "arith.constant"() {value = 1 : index} : () -> index
    %1 = "arith.constant"() {value = 0 : index} : () -> index
    %2 = "arith.constant"() {value = 32 : index} : () -> index
    "scf.for"(%1, %arg1, %2) ({
    ^bb0(%arg3: index):
      %3 = "arith.addi"(%arg3, %2) : (index, index) -> index
      %4 = "arith.cmpi"(%3, %arg1) {predicate = 2 : i64} : (index, index) -> i1
      %5 = "arith.select"(%4, %3, %arg1) : (i1, index, index) -> index
      "scf.for"(%arg3, %5, %0) ({
      ^bb0(%arg4: index):
        %6 = "memref.load"(%arg0, %arg4) : (memref<?xf32>, index) -> f32
        %7 = "arith.mulf"(%6, %arg2) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        "memref.store"(%7, %arg0, %arg4) : (f32, memref<?xf32>, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    "func.return"() : () -> ()
  }) {function_type = (memref<?xf32>, index, f32) -> (), sym_name = "tiled_scale"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<100x100xf32>):
    %0 = "arith.constant"() {value = 0 : index} : () -> index
    %1 = "arith.constant"() {value = 100 : index} : () -> index
    %2 = "arith.constant"() {value = 1 : index} : () -> index
    %3 = "arith.constant"() {value = 0xFF800000 : f32} : () -> f32
    %4 = "scf.parallel"(%0, %0, %1, %1, %2, %2, %3) ({
    ^bb0(%arg1: index, %arg2: index):
      %5 = "memref.load"(%arg0, %arg1, %arg2) : (memref<100x100xf32>, index, index) -> f32
      "scf.reduce"(%5) ({
      ^bb0(%arg3: f32, %arg4: f32):
        %6 = "arith.maxf"(%arg3, %arg4) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        "scf.reduce.return"(%6) : (f32) -> ()
      }) : (f32) -> ()
      "scf.yield"() : () -> ()
    }) {operand_segment_sizes = array<i32: 2, 2, 2, 1>} : (index, index, index, index, index, index, f32) -> f32
    "func.return"(%4) : (f32) -> ()
  }) {function_type = (memref<100x100xf32>) -> f32, sym_name = "parallel_max"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<256xf32>, %arg1: memref<128xf32>):
    %0 = "arith.constant"() {value = 2 : index} : () -> index
    %1 = "arith.constant"() {value = 0 : index} : () -> index
    %2 = "arith.constant"() {value = 128 : index} : () -> index
    %3 = "arith.constant"() {value = 1 : index} : () -> index
    "scf.for"(%1, %2, %3) ({
    ^bb0(%arg2: index):
      %4 = "arith.muli"(%arg2, %0) : (index, index) -> index
      %5 = "arith.cmpi"(%4, %1) {predicate = 4 : i64} : (index, index) -> i1
      %6 = "arith.select"(%5, %4, %1) : (i1, index, index) -> index
      %7 = "memref.load"(%arg0, %6) : (memref<256xf32>, index) -> f32
      "memref.store"(%7, %arg1, %arg2) : (f32, memref<128xf32>, index) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    "func.return"() : () -> ()
  }) {function_type = (memref<256xf32>, memref<128xf32>) -> (), sym_name = "strided_copy"} : () -> ()
}) : () -> ()

