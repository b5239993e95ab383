"builtin.module"() ({
  "memref.global"() {constant, initial_value = dense<[1.000000e-01, 2.000000e-01, 3.000000e-01, 4.000000e-01]> : tensor<4xf32>, sym_name = "coeffs", sym_visibility = "private", type = memref<4xf32>} : () -> ()
  "memref.global"() {initial_value, sym_name = "scratch", type = memref<16x16xf32>} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<4xf32>):
    %0 = "memref.get_global"() {name = @coeffs} : () -> memref<4xf32>
    %1 = "arith.constant"() {value = 0 : index} : () -> index
    %2 = "arith.constant"() {value = 1 : index} : () -> index
    %3 = "arith.constant"() {value = 4 : index} : () -> index
    %4 = "arith.constant"() {value = 0.000000e+00 : f32} : () -> f32
    %5 = "scf.for"(%1, %3, %2, %4) ({
    ^bb0(%arg1: index, %arg2: f32):
      %6 = "memref.load"(%arg0, %arg1) : (memref<4xf32>, index) -> f32
      %7 = "memref.load"(%0, %arg1) : (memref<4xf32>, index) -> f32
      %8 = "arith.mulf"(%6, %7) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      %9 = "arith.addf"(%arg2, %8) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      "scf.yield"(%9) : (f32) -> ()
    }) : (index, index, index, f32) -> f32
    "func.return"(%5) : (f32) -> ()
  }) {function_type = (memref<4xf32>) -> f32, sym_name = "weighted"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: index):
    %0 = "memref.alloc"(%arg0, %arg0) {alignment = 64 : i64, operand_segment_sizes = array<i32: 2, 0>} : (index, index) -> memref<?x?xf32>
    %1 = "memref.alloca"() {operand_segment_sizes = array<i32: 0, 0>} : () -> memref<8x8xf32>
    %2 = "memref.get_global"() {name = @scratch} : () -> memref<16x16xf32>
    %3 = "memref.subview"(%2) {operand_segment_sizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 4, 4>, static_sizes = array<i64: 8, 8>, static_strides = array<i64: 1, 1>} : (memref<16x16xf32>) -> memref<8x8xf32, strided<[16, 1], offset: 68>>
    "memref.copy"(%3, %1) : (memref<8x8xf32, strided<[16, 1], offset: 68>>, memref<8x8xf32>) -> ()
    %4 = "arith.constant"() {value = 2 : index} : () -> index
    %5 = "memref.subview"(%0, %4, %4, %4, %4) {operand_segment_sizes = array<i32: 1, 2, 2, 0>, static_offsets = array<i64: -9223372036854775808, -9223372036854775808>, static_sizes = array<i64: -9223372036854775808, -9223372036854775808>, static_strides = array<i64: 1, 1>} : (memref<?x?xf32>, index, index, index, index) -> memref<?x?xf32, strided<[?, 1], offset: ?>>
    %6 = "memref.cast"(%1) : (memref<8x8xf32>) -> memref<?x?xf32>
    %7 = "memref.collapse_shape"(%1) {reassociation = [[0, 1]]} : (memref<8x8xf32>) -> memref<64xf32>
    %8 = "memref.rank"(%6) : (memref<?x?xf32>) -> index
    "memref.dealloc"(%0) : (memref<?x?xf32>) -> ()
    "func.return"(%5) : (memref<?x?xf32, strided<[?, 1], offset: ?>>) -> ()
  }) {function_type = (index) -> memref<?x?xf32, strided<[?, 1], offset: ?>>, sym_name = "views"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<10xf32>, %arg1: index, %arg2: f32):
    %0 = "memref.atomic_rmw"(%arg2, %arg0, %arg1) {kind = 0 : i64} : (f32, memref<10xf32>, index) -> f32
    "memref.alloca_scope"() ({
      %1 = "memref.alloca"() {operand_segment_sizes = array<i32: 0, 0>} : () -> memref<4xf32>
      %2 = "arith.constant"() {value = 0 : index} : () -> index
      "memref.store"(%arg2, %1, %2) : (f32, memref<4xf32>, index) -> ()
      "memref.alloca_scope.return"() : () -> ()
    }) : () -> ()
    "func.return"(%0) : (f32) -> ()
  }) {function_type = (memref<10xf32>, index, f32) -> f32, sym_name = "atomic_add"} : () -> ()
}) : () -> ()

