"builtin.module"() ({
  "func.func"() ({
  ^bb0(%arg0: memref<512x256xf32, strided<[?, ?], offset: ?>>):
    %0 = "arith.constant"() {value = 0 : index} : () -> index
    %1 = "arith.constant"() {value = 512 : index} : () -> index
    %2 = "arith.constant"() {value = 1 : index} : () -> index
    %3 = "arith.constant"() {value = 256 : index} : () -> index
    %4 = "arith.constant"() {value = 0.000000e+00 : f32} : () -> f32
    %5 = "memref.alloc"() {alignment = 64 : i64, operand_segment_sizes = array<i32: 0, 0>} : () -> memref<512xf32>
    "scf.for"(%0, %1, %2) ({
    ^bb0(%arg1: index):
      "memref.store"(%4, %5, %arg1) : (f32, memref<512xf32>, index) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    "scf.for"(%0, %1, %2) ({
    ^bb0(%arg1: index):
      "scf.for"(%0, %3, %2) ({
      ^bb0(%arg2: index):
        %6 = "memref.load"(%arg0, %arg1, %arg2) : (memref<512x256xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
        %7 = "memref.load"(%5, %arg1) : (memref<512xf32>, index) -> f32
        %8 = "arith.addf"(%6, %7) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        "memref.store"(%8, %5, %arg1) : (f32, memref<512xf32>, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    "func.return"(%5) : (memref<512xf32>) -> ()
  }) {function_type = (memref<512x256xf32, strided<[?, ?], offset: ?>>) -> memref<512xf32>, sym_name = "row_sum"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<4096xf32>, %arg1: memref<4096xf32>, %arg2: memref<f32>):
    %0 = "arith.constant"() {value = 0 : index} : () -> index
    %1 = "arith.constant"() {value = 4096 : index} : () -> index
    %2 = "arith.constant"() {value = 1 : index} : () -> index
    "scf.for"(%0, %1, %2) ({
    ^bb0(%arg3: index):
      %3 = "memref.load"(%arg0, %arg3) : (memref<4096xf32>, index) -> f32
      %4 = "memref.load"(%arg1, %arg3) : (memref<4096xf32>, index) -> f32
      %5 = "memref.load"(%arg2) : (memref<f32>) -> f32
      %6 = "arith.mulf"(%3, %4) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      %7 = "arith.addf"(%5, %6) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      "memref.store"(%7, %arg2) : (f32, memref<f32>) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    "func.return"() : () -> ()
  }) {function_type = (memref<4096xf32>, memref<4096xf32>, memref<f32>) -> (), sym_name = "dot"} : () -> ()
}) : () -> ()

