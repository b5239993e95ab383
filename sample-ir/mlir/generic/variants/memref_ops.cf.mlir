"builtin.module"() ({
  "memref.global"() {constant, initial_value = dense<[1.000000e-01, 2.000000e-01, 3.000000e-01, 4.000000e-01]> : tensor<4xf32>, sym_name = "coeffs", sym_visibility = "private", type = memref<4xf32>} : () -> ()
  "memref.global"() {initial_value, sym_name = "scratch", type = memref<16x16xf32>} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<4xf32>):
    %0 = "arith.constant"() {value = 0.000000e+00 : f32} : () -> f32
    %1 = "arith.constant"() {value = 4 : index} : () -> index
    %2 = "arith.constant"() {value = 1 : index} : () -> index
    %3 = "arith.constant"() {value = 0 : index} : () -> index
    %4 = "memref.get_global"() {name = @coeffs} : () -> memref<4xf32>
    "cf.br"(%3, %0)[^bb1] : (index, f32) -> ()
  ^bb1(%5: index, %6: f32):  // 2 preds: ^bb0, ^bb2
    %7 = "arith.cmpi"(%5, %1) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%7)[^bb2, ^bb3] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb2:  // pred: ^bb1
    %8 = "memref.load"(%arg0, %5) : (memref<4xf32>, index) -> f32
    %9 = "memref.load"(%4, %5) : (memref<4xf32>, index) -> f32
    %10 = "arith.mulf"(%8, %9) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
    %11 = "arith.addf"(%6, %10) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
    %12 = "arith.addi"(%5, %2) : (index, index) -> index
    "cf.br"(%12, %11)[^bb1] : (index, f32) -> ()
  ^bb3:  // pred: ^bb1
    "func.return"(%6) : (f32) -> ()
  }) {function_type = (memref<4xf32>) -> f32, sym_name = "weighted"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: index):
    %0 = "memref.alloc"(%arg0, %arg0) {alignment = 64 : i64, operand_segment_sizes = array<i32: 2, 0>} : (index, index) -> memref<?x?xf32>
    %1 = "memref.alloca"() {operand_segment_sizes = array<i32: 0, 0>} : () -> memref<8x8xf32>
    %2 = "memref.get_global"() {name = @scratch} : () -> memref<16x16xf32>
    %3 = "memref.subview"(%2) {operand_segment_sizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 4, 4>, static_sizes = array<i64: 8, 8>, static_strides = array<i64: 1, 1>} : (memref<16x16xf32>) -> memref<8x8xf32, strided<[16, 1], offset: 68>>
    "memref.copy"(%3, %1) : (memref<8x8xf32, strided<[16, 1], offset: 68>>, memref<8x8xf32>) -> ()
    %4 = "memref.subview"(%0) {operand_segment_sizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 2, 2>, static_sizes = array<i64: 2, 2>, static_strides = array<i64: 1, 1>} : (memref<?x?xf32>) -> memref<2x2xf32, strided<[?, 1], offset: ?>>
    %5 = "memref.cast"(%4) : (memref<2x2xf32, strided<[?, 1], offset: ?>>) -> memref<?x?xf32, strided<[?, 1], offset: ?>>
    "memref.dealloc"(%0) : (memref<?x?xf32>) -> ()
    "func.return"(%5) : (memref<?x?xf32, strided<[?, 1], offset: ?>>) -> ()
  }) {function_type = (index) -> memref<?x?xf32, strided<[?, 1], offset: ?>>, sym_name = "views"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<10xf32>, %arg1: index, %arg2: f32):
    %0 = "memref.atomic_rmw"(%arg2, %arg0, %arg1) {kind = 0 : i64} : (f32, memref<10xf32>, index) -> f32
    "func.return"(%0) : (f32) -> ()
  }) {function_type = (memref<10xf32>, index, f32) -> f32, sym_name = "atomic_add"} : () -> ()
}) : () -> ()

