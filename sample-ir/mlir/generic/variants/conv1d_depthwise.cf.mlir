"builtin.module"() ({
  "func.func"() ({
  ^bb0(%arg0: memref<1x64x4xf32>, %arg1: memref<5x4x8xf32>, %arg2: memref<1x60x8xf32>):
    %0 = "arith.constant"() {value = 0 : index} : () -> index
    %1 = "arith.constant"() {value = 1 : index} : () -> index
    %2 = "arith.constant"() {value = 60 : index} : () -> index
    %3 = "arith.constant"() {value = 8 : index} : () -> index
    %4 = "arith.constant"() {value = 5 : index} : () -> index
    %5 = "arith.constant"() {value = 4 : index} : () -> index
    "cf.br"(%0)[^bb1] : (index) -> ()
  ^bb1(%6: index):  // 2 preds: ^bb0, ^bb10
    %7 = "arith.cmpi"(%6, %1) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%7, %0)[^bb2, ^bb11] {operand_segment_sizes = array<i32: 1, 1, 0>} : (i1, index) -> ()
  ^bb2(%8: index):  // 2 preds: ^bb1, ^bb9
    %9 = "arith.cmpi"(%8, %2) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%9, %0)[^bb3, ^bb10] {operand_segment_sizes = array<i32: 1, 1, 0>} : (i1, index) -> ()
  ^bb3(%10: index):  // 2 preds: ^bb2, ^bb8
    %11 = "arith.cmpi"(%10, %3) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%11, %0)[^bb4, ^bb9] {operand_segment_sizes = array<i32: 1, 1, 0>} : (i1, index) -> ()
  ^bb4(%12: index):  // 2 preds: ^bb3, ^bb7
    %13 = "arith.cmpi"(%12, %4) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%13, %0)[^bb5, ^bb8] {operand_segment_sizes = array<i32: 1, 1, 0>} : (i1, index) -> ()
  ^bb5(%14: index):  // 2 preds: ^bb4, ^bb6
    %15 = "arith.cmpi"(%14, %5) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%15)[^bb6, ^bb7] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb6:  // pred: ^bb5
    %16 = "arith.addi"(%8, %12) : (index, index) -> index
    %17 = "memref.load"(%arg0, %6, %16, %14) : (memref<1x64x4xf32>, index, index, index) -> f32
    %18 = "memref.load"(%arg1, %12, %14, %10) : (memref<5x4x8xf32>, index, index, index) -> f32
    %19 = "memref.load"(%arg2, %6, %8, %10) : (memref<1x60x8xf32>, index, index, index) -> f32
    %20 = "arith.mulf"(%17, %18) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
    %21 = "arith.addf"(%19, %20) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
    "memref.store"(%21, %arg2, %6, %8, %10) : (f32, memref<1x60x8xf32>, index, index, index) -> ()
    %22 = "arith.addi"(%14, %1) : (index, index) -> index
    "cf.br"(%22)[^bb5] : (index) -> ()
  ^bb7:  // pred: ^bb5
    %23 = "arith.addi"(%12, %1) : (index, index) -> index
    "cf.br"(%23)[^bb4] : (index) -> ()
  ^bb8:  // pred: ^bb4
    %24 = "arith.addi"(%10, %1) : (index, index) -> index
    "cf.br"(%24)[^bb3] : (index) -> ()
  ^bb9:  // pred: ^bb3
    %25 = "arith.addi"(%8, %1) : (index, index) -> index
    "cf.br"(%25)[^bb2] : (index) -> ()
  ^bb10:  // pred: ^bb2
    %26 = "arith.addi"(%6, %1) : (index, index) -> index
    "cf.br"(%26)[^bb1] : (index) -> ()
  ^bb11:  // pred: ^bb1
    "func.return"() : () -> ()
  }) {function_type = (memref<1x64x4xf32>, memref<5x4x8xf32>, memref<1x60x8xf32>) -> (), sym_name = "conv1d"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<1x33x33x8xf32>, %arg1: memref<3x3x8xf32>, %arg2: memref<1x16x16x8xf32>):
    %0 = "arith.constant"() {value = 2 : index} : () -> index
    %1 = "arith.constant"() {value = 0 : index} : () -> index
    %2 = "arith.constant"() {value = 1 : index} : () -> index
    %3 = "arith.constant"() {value = 16 : index} : () -> index
    %4 = "arith.constant"() {value = 8 : index} : () -> index
    %5 = "arith.constant"() {value = 3 : index} : () -> index
    "cf.br"(%1)[^bb1] : (index) -> ()
  ^bb1(%6: index):  // 2 preds: ^bb0, ^bb12
    %7 = "arith.cmpi"(%6, %2) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%7, %1)[^bb2, ^bb13] {operand_segment_sizes = array<i32: 1, 1, 0>} : (i1, index) -> ()
  ^bb2(%8: index):  // 2 preds: ^bb1, ^bb11
    %9 = "arith.cmpi"(%8, %3) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%9, %1)[^bb3, ^bb12] {operand_segment_sizes = array<i32: 1, 1, 0>} : (i1, index) -> ()
  ^bb3(%10: index):  // 2 preds: ^bb2, ^bb10
    %11 = "arith.cmpi"(%10, %3) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%11, %1)[^bb4, ^bb11] {operand_segment_sizes = array<i32: 1, 1, 0>} : (i1, index) -> ()
  ^bb4(%12: index):  // 2 preds: ^bb3, ^bb9
    %13 = "arith.cmpi"(%12, %4) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%13, %1)[^bb5, ^bb10] {operand_segment_sizes = array<i32: 1, 1, 0>} : (i1, index) -> ()
  ^bb5(%14: index):  // 2 preds: ^bb4, ^bb8
    %15 = "arith.cmpi"(%14, %5) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%15, %1)[^bb6, ^bb9] {operand_segment_sizes = array<i32: 1, 1, 0>} : (i1, index) -> ()
  ^bb6(%16: index):  // 2 preds: ^bb5, ^bb7
    %17 = "arith.cmpi"(%16, %5) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%17)[^bb7, ^bb8] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb7:  // pred: ^bb6
    %18 = "arith.muli"(%8, %0) : (index, index) -> index
    %19 = "arith.addi"(%18, %14) : (index, index) -> index
    %20 = "arith.muli"(%10, %0) : (index, index) -> index
    %21 = "arith.addi"(%20, %16) : (index, index) -> index
    %22 = "memref.load"(%arg0, %6, %19, %21, %12) : (memref<1x33x33x8xf32>, index, index, index, index) -> f32
    %23 = "memref.load"(%arg1, %14, %16, %12) : (memref<3x3x8xf32>, index, index, index) -> f32
    %24 = "memref.load"(%arg2, %6, %8, %10, %12) : (memref<1x16x16x8xf32>, index, index, index, index) -> f32
    %25 = "arith.mulf"(%22, %23) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
    %26 = "arith.addf"(%24, %25) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
    "memref.store"(%26, %arg2, %6, %8, %10, %12) : (f32, memref<1x16x16x8xf32>, index, index, index, index) -> ()
    %27 = "arith.addi"(%16, %2) : (index, index) -> index
    "cf.br"(%27)[^bb6] : (index) -> ()
  ^bb8:  // pred: ^bb6
    %28 = "arith.addi"(%14, %2) : (index, index) -> index
    "cf.br"(%28)[^bb5] : (index) -> ()
  ^bb9:  // pred: ^bb5
    %29 = "arith.addi"(%12, %2) : (index, index) -> index
    "cf.br"(%29)[^bb4] : (index) -> ()
  ^bb10:  // pred: ^bb4
    %30 = "arith.addi"(%10, %2) : (index, index) -> index
    "cf.br"(%30)[^bb3] : (index) -> ()
  ^bb11:  // pred: ^bb3
    %31 = "arith.addi"(%8, %2) : (index, index) -> index
    "cf.br"(%31)[^bb2] : (index) -> ()
  ^bb12:  // pred: ^bb2
    %32 = "arith.addi"(%6, %2) : (index, index) -> index
    "cf.br"(%32)[^bb1] : (index) -> ()
  ^bb13:  // pred: ^bb1
    "func.return"() : () -> ()
  }) {function_type = (memref<1x33x33x8xf32>, memref<3x3x8xf32>, memref<1x16x16x8xf32>) -> (), sym_name = "depthwise"} : () -> ()
}) : () -> ()

