"builtin.module"() ({
  "func.func"() ({
  ^bb0(%arg0: memref<64x128xf32, strided<[?, ?], offset: ?>>, %arg1: memref<128x32xf32, strided<[?, ?], offset: ?>>):
    %0 = "arith.constant"() {value = 0 : index} : () -> index
    %1 = "arith.constant"() {value = 64 : index} : () -> index
    %2 = "arith.constant"() {value = 1 : index} : () -> index
    %3 = "arith.constant"() {value = 32 : index} : () -> index
    %4 = "arith.constant"() {value = 128 : index} : () -> index
    %5 = "arith.constant"() {value = 0.000000e+00 : f32} : () -> f32
    %6 = "memref.alloc"() {alignment = 64 : i64, operand_segment_sizes = array<i32: 0, 0>} : () -> memref<64x32xf32>
    "scf.for"(%0, %1, %2) ({
    ^bb0(%arg2: index):
      "scf.for"(%0, %3, %2) ({
      ^bb0(%arg3: index):
        "memref.store"(%5, %6, %arg2, %arg3) : (f32, memref<64x32xf32>, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    "scf.for"(%0, %1, %2) ({
    ^bb0(%arg2: index):
      "scf.for"(%0, %3, %2) ({
      ^bb0(%arg3: index):
        "scf.for"(%0, %4, %2) ({
        ^bb0(%arg4: index):
          %7 = "memref.load"(%arg0, %arg2, %arg4) : (memref<64x128xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
          %8 = "memref.load"(%arg1, %arg4, %arg3) : (memref<128x32xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
          %9 = "memref.load"(%6, %arg2, %arg3) : (memref<64x32xf32>, index, index) -> f32
          %10 = "arith.mulf"(%7, %8) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
          %11 = "arith.addf"(%9, %10) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
          "memref.store"(%11, %6, %arg2, %arg3) : (f32, memref<64x32xf32>, index, index) -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    "func.return"(%6) : (memref<64x32xf32>) -> ()
  }) {function_type = (memref<64x128xf32, strided<[?, ?], offset: ?>>, memref<128x32xf32, strided<[?, ?], offset: ?>>) -> memref<64x32xf32>, sym_name = "matmul"} : () -> ()
}) : () -> ()

