"builtin.module"() ({
  "func.func"() ({
  ^bb0(%arg0: memref<32x48xf32>, %arg1: memref<48x16xf32>, %arg2: memref<32x16xf32>):
    %0 = "arith.constant"() {value = 0 : index} : () -> index
    %1 = "arith.constant"() {value = 32 : index} : () -> index
    %2 = "arith.constant"() {value = 1 : index} : () -> index
    %3 = "arith.constant"() {value = 16 : index} : () -> index
    %4 = "arith.constant"() {value = 48 : index} : () -> index
    "cf.br"(%0)[^bb1] : (index) -> ()
  ^bb1(%5: index):  // 2 preds: ^bb0, ^bb6
    %6 = "arith.cmpi"(%5, %1) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%6, %0)[^bb2, ^bb7] {operand_segment_sizes = array<i32: 1, 1, 0>} : (i1, index) -> ()
  ^bb2(%7: index):  // 2 preds: ^bb1, ^bb5
    %8 = "arith.cmpi"(%7, %3) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%8, %0)[^bb3, ^bb6] {operand_segment_sizes = array<i32: 1, 1, 0>} : (i1, index) -> ()
  ^bb3(%9: index):  // 2 preds: ^bb2, ^bb4
    %10 = "arith.cmpi"(%9, %4) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%10)[^bb4, ^bb5] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb4:  // pred: ^bb3
    %11 = "memref.load"(%arg0, %5, %9) : (memref<32x48xf32>, index, index) -> f32
    %12 = "memref.load"(%arg1, %9, %7) : (memref<48x16xf32>, index, index) -> f32
    %13 = "memref.load"(%arg2, %5, %7) : (memref<32x16xf32>, index, index) -> f32
    %14 = "arith.mulf"(%11, %12) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
    %15 = "arith.addf"(%13, %14) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
    "memref.store"(%15, %arg2, %5, %7) : (f32, memref<32x16xf32>, index, index) -> ()
    %16 = "arith.addi"(%9, %2) : (index, index) -> index
    "cf.br"(%16)[^bb3] : (index) -> ()
  ^bb5:  // pred: ^bb3
    %17 = "arith.addi"(%7, %2) : (index, index) -> index
    "cf.br"(%17)[^bb2] : (index) -> ()
  ^bb6:  // pred: ^bb2
    %18 = "arith.addi"(%5, %2) : (index, index) -> index
    "cf.br"(%18)[^bb1] : (index) -> ()
  ^bb7:  // pred: ^bb1
    "func.return"() : () -> ()
  }) {function_type = (memref<32x48xf32>, memref<48x16xf32>, memref<32x16xf32>) -> (), sym_name = "matmul"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<4x16x8xf32>, %arg1: memref<4x8x12xf32>, %arg2: memref<4x16x12xf32>):
    %0 = "arith.constant"() {value = 0 : index} : () -> index
    %1 = "arith.constant"() {value = 4 : index} : () -> index
    %2 = "arith.constant"() {value = 1 : index} : () -> index
    %3 = "arith.constant"() {value = 16 : index} : () -> index
    %4 = "arith.constant"() {value = 12 : index} : () -> index
    %5 = "arith.constant"() {value = 8 : index} : () -> index
    "cf.br"(%0)[^bb1] : (index) -> ()
  ^bb1(%6: index):  // 2 preds: ^bb0, ^bb8
    %7 = "arith.cmpi"(%6, %1) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%7, %0)[^bb2, ^bb9] {operand_segment_sizes = array<i32: 1, 1, 0>} : (i1, index) -> ()
  ^bb2(%8: index):  // 2 preds: ^bb1, ^bb7
    %9 = "arith.cmpi"(%8, %3) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%9, %0)[^bb3, ^bb8] {operand_segment_sizes = array<i32: 1, 1, 0>} : (i1, index) -> ()
  ^bb3(%10: index):  // 2 preds: ^bb2, ^bb6
    %11 = "arith.cmpi"(%10, %4) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%11, %0)[^bb4, ^bb7] {operand_segment_sizes = array<i32: 1, 1, 0>} : (i1, index) -> ()
  ^bb4(%12: index):  // 2 preds: ^bb3, ^bb5
    %13 = "arith.cmpi"(%12, %5) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%13)[^bb5, ^bb6] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb5:  // pred: ^bb4
    %14 = "memref.load"(%arg0, %6, %8, %12) : (memref<4x16x8xf32>, index, index, index) -> f32
    %15 = "memref.load"(%arg1, %6, %12, %10) : (memref<4x8x12xf32>, index, index, index) -> f32
    %16 = "memref.load"(%arg2, %6, %8, %10) : (memref<4x16x12xf32>, index, index, index) -> f32
    %17 = "arith.mulf"(%14, %15) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
    %18 = "arith.addf"(%16, %17) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
    "memref.store"(%18, %arg2, %6, %8, %10) : (f32, memref<4x16x12xf32>, index, index, index) -> ()
    %19 = "arith.addi"(%12, %2) : (index, index) -> index
    "cf.br"(%19)[^bb4] : (index) -> ()
  ^bb6:  // pred: ^bb4
    %20 = "arith.addi"(%10, %2) : (index, index) -> index
    "cf.br"(%20)[^bb3] : (index) -> ()
  ^bb7:  // pred: ^bb3
    %21 = "arith.addi"(%8, %2) : (index, index) -> index
    "cf.br"(%21)[^bb2] : (index) -> ()
  ^bb8:  // pred: ^bb2
    %22 = "arith.addi"(%6, %2) : (index, index) -> index
    "cf.br"(%22)[^bb1] : (index) -> ()
  ^bb9:  // pred: ^bb1
    "func.return"() : () -> ()
  }) {function_type = (memref<4x16x8xf32>, memref<4x8x12xf32>, memref<4x16x12xf32>) -> (), sym_name = "batch_matmul"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<24x40xf32>, %arg1: memref<40xf32>, %arg2: memref<24xf32>):
    %0 = "arith.constant"() {value = 0 : index} : () -> index
    %1 = "arith.constant"() {value = 24 : index} : () -> index
    %2 = "arith.constant"() {value = 1 : index} : () -> index
    %3 = "arith.constant"() {value = 40 : index} : () -> index
    "cf.br"(%0)[^bb1] : (index) -> ()
  ^bb1(%4: index):  // 2 preds: ^bb0, ^bb4
    %5 = "arith.cmpi"(%4, %1) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%5, %0)[^bb2, ^bb5] {operand_segment_sizes = array<i32: 1, 1, 0>} : (i1, index) -> ()
  ^bb2(%6: index):  // 2 preds: ^bb1, ^bb3
    %7 = "arith.cmpi"(%6, %3) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%7)[^bb3, ^bb4] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb3:  // pred: ^bb2
    %8 = "memref.load"(%arg0, %4, %6) : (memref<24x40xf32>, index, index) -> f32
    %9 = "memref.load"(%arg1, %6) : (memref<40xf32>, index) -> f32
    %10 = "memref.load"(%arg2, %4) : (memref<24xf32>, index) -> f32
    %11 = "arith.mulf"(%8, %9) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
    %12 = "arith.addf"(%10, %11) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
    "memref.store"(%12, %arg2, %4) : (f32, memref<24xf32>, index) -> ()
    %13 = "arith.addi"(%6, %2) : (index, index) -> index
    "cf.br"(%13)[^bb2] : (index) -> ()
  ^bb4:  // pred: ^bb2
    %14 = "arith.addi"(%4, %2) : (index, index) -> index
    "cf.br"(%14)[^bb1] : (index) -> ()
  ^bb5:  // pred: ^bb1
    "func.return"() : () -> ()
  }) {function_type = (memref<24x40xf32>, memref<40xf32>, memref<24xf32>) -> (), sym_name = "matvec"} : () -> ()
}) : () -> ()

