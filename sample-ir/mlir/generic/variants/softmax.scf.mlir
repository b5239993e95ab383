"builtin.module"() ({
  "func.func"() ({
  ^bb0(%arg0: memref<32x128xf32, strided<[?, ?], offset: ?>>):
    %0 = "arith.constant"() {value = 0 : index} : () -> index
    %1 = "arith.constant"() {value = 32 : index} : () -> index
    %2 = "arith.constant"() {value = 1 : index} : () -> index
    %3 = "arith.constant"() {value = 128 : index} : () -> index
    %4 = "arith.constant"() {value = 0.000000e+00 : f32} : () -> f32
    %5 = "arith.constant"() {value = -3.40282347E+38 : f32} : () -> f32
    %6 = "memref.alloc"() {alignment = 64 : i64, operand_segment_sizes = array<i32: 0, 0>} : () -> memref<32xf32>
    %7 = "memref.alloc"() {alignment = 64 : i64, operand_segment_sizes = array<i32: 0, 0>} : () -> memref<32x128xf32>
    "scf.for"(%0, %1, %2) ({
    ^bb0(%arg1: index):
      "memref.store"(%5, %6, %arg1) : (f32, memref<32xf32>, index) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    "scf.for"(%0, %1, %2) ({
    ^bb0(%arg1: index):
      "scf.for"(%0, %3, %2) ({
      ^bb0(%arg2: index):
        %9 = "memref.load"(%arg0, %arg1, %arg2) : (memref<32x128xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
        %10 = "memref.load"(%6, %arg1) : (memref<32xf32>, index) -> f32
        %11 = "arith.maxf"(%9, %10) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        "memref.store"(%11, %6, %arg1) : (f32, memref<32xf32>, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    %8 = "memref.alloc"() {alignment = 64 : i64, operand_segment_sizes = array<i32: 0, 0>} : () -> memref<32x128xf32>
    "scf.for"(%0, %1, %2) ({
    ^bb0(%arg1: index):
      "scf.for"(%0, %3, %2) ({
      ^bb0(%arg2: index):
        %9 = "memref.load"(%arg0, %arg1, %arg2) : (memref<32x128xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
        %10 = "memref.load"(%6, %arg1) : (memref<32xf32>, index) -> f32
        %11 = "arith.subf"(%9, %10) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        %12 = "math.exp"(%11) {fastmath = #arith.fastmath<none>} : (f32) -> f32
        "memref.store"(%12, %8, %arg1, %arg2) : (f32, memref<32x128xf32>, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    "scf.for"(%0, %1, %2) ({
    ^bb0(%arg1: index):
      "memref.store"(%4, %6, %arg1) : (f32, memref<32xf32>, index) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    "scf.for"(%0, %1, %2) ({
    ^bb0(%arg1: index):
      "scf.for"(%0, %3, %2) ({
      ^bb0(%arg2: index):
        %9 = "memref.load"(%8, %arg1, %arg2) : (memref<32x128xf32>, index, index) -> f32
        %10 = "memref.load"(%6, %arg1) : (memref<32xf32>, index) -> f32
        %11 = "arith.addf"(%9, %10) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        "memref.store"(%11, %6, %arg1) : (f32, memref<32xf32>, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    "scf.for"(%0, %1, %2) ({
    ^bb0(%arg1: index):
      "scf.for"(%0, %3, %2) ({
      ^bb0(%arg2: index):
        %9 = "memref.load"(%8, %arg1, %arg2) : (memref<32x128xf32>, index, index) -> f32
        %10 = "memref.load"(%6, %arg1) : (memref<32xf32>, index) -> f32
        %11 = "arith.divf"(%9, %10) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        "memref.store"(%11, %7, %arg1, %arg2) : (f32, memref<32x128xf32>, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    "memref.dealloc"(%6) : (memref<32xf32>) -> ()
    "memref.dealloc"(%8) : (memref<32x128xf32>) -> ()
    "func.return"(%7) : (memref<32x128xf32>) -> ()
  }) {function_type = (memref<32x128xf32, strided<[?, ?], offset: ?>>) -> memref<32x128xf32>, sym_name = "softmax"} : () -> ()
}) : () -> ()

