"builtin.module"() ({
  "func.func"() ({
  ^bb0(%arg0: memref<1x18x18x8xf32, strided<[?, ?, ?, ?], offset: ?>>, %arg1: memref<3x3x8x16xf32, strided<[?, ?, ?, ?], offset: ?>>, %arg2: memref<16xf32, strided<[?], offset: ?>>):
    %0 = "arith.constant"() {value = 0 : index} : () -> index
    %1 = "arith.constant"() {value = 1 : index} : () -> index
    %2 = "arith.constant"() {value = 16 : index} : () -> index
    %3 = "arith.constant"() {value = 3 : index} : () -> index
    %4 = "arith.constant"() {value = 8 : index} : () -> index
    %5 = "arith.constant"() {value = 0.000000e+00 : f32} : () -> f32
    %6 = "memref.alloc"() {alignment = 64 : i64, operand_segment_sizes = array<i32: 0, 0>} : () -> memref<1x16x16x16xf32>
    %7 = "memref.alloc"() {alignment = 64 : i64, operand_segment_sizes = array<i32: 0, 0>} : () -> memref<1x16x16x16xf32>
    "cf.br"(%0)[^bb1] : (index) -> ()
  ^bb1(%8: index):  // 2 preds: ^bb0, ^bb8
    %9 = "arith.cmpi"(%8, %1) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%9, %0, %0)[^bb2, ^bb9] {operand_segment_sizes = array<i32: 1, 1, 1>} : (i1, index, index) -> ()
  ^bb2(%10: index):  // 2 preds: ^bb1, ^bb7
    %11 = "arith.cmpi"(%10, %2) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%11, %0)[^bb3, ^bb8] {operand_segment_sizes = array<i32: 1, 1, 0>} : (i1, index) -> ()
  ^bb3(%12: index):  // 2 preds: ^bb2, ^bb6
    %13 = "arith.cmpi"(%12, %2) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%13, %0)[^bb4, ^bb7] {operand_segment_sizes = array<i32: 1, 1, 0>} : (i1, index) -> ()
  ^bb4(%14: index):  // 2 preds: ^bb3, ^bb5
    %15 = "arith.cmpi"(%14, %2) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%15)[^bb5, ^bb6] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb5:  // pred: ^bb4
    "memref.store"(%5, %7, %8, %10, %12, %14) : (f32, memref<1x16x16x16xf32>, index, index, index, index) -> ()
    %16 = "arith.addi"(%14, %1) : (index, index) -> index
    "cf.br"(%16)[^bb4] : (index) -> ()
  ^bb6:  // pred: ^bb4
    %17 = "arith.addi"(%12, %1) : (index, index) -> index
    "cf.br"(%17)[^bb3] : (index) -> ()
  ^bb7:  // pred: ^bb3
    %18 = "arith.addi"(%10, %1) : (index, index) -> index
    "cf.br"(%18)[^bb2] : (index) -> ()
  ^bb8:  // pred: ^bb2
    %19 = "arith.addi"(%8, %1) : (index, index) -> index
    "cf.br"(%19)[^bb1] : (index) -> ()
  ^bb9(%20: index):  // 2 preds: ^bb1, ^bb22
    %21 = "arith.cmpi"(%20, %1) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%21, %0, %0)[^bb10, ^bb23] {operand_segment_sizes = array<i32: 1, 1, 1>} : (i1, index, index) -> ()
  ^bb10(%22: index):  // 2 preds: ^bb9, ^bb21
    %23 = "arith.cmpi"(%22, %2) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%23, %0)[^bb11, ^bb22] {operand_segment_sizes = array<i32: 1, 1, 0>} : (i1, index) -> ()
  ^bb11(%24: index):  // 2 preds: ^bb10, ^bb20
    %25 = "arith.cmpi"(%24, %2) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%25, %0)[^bb12, ^bb21] {operand_segment_sizes = array<i32: 1, 1, 0>} : (i1, index) -> ()
  ^bb12(%26: index):  // 2 preds: ^bb11, ^bb19
    %27 = "arith.cmpi"(%26, %2) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%27, %0)[^bb13, ^bb20] {operand_segment_sizes = array<i32: 1, 1, 0>} : (i1, index) -> ()
  ^bb13(%28: index):  // 2 preds: ^bb12, ^bb18
    %29 = "arith.cmpi"(%28, %3) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%29, %0)[^bb14, ^bb19] {operand_segment_sizes = array<i32: 1, 1, 0>} : (i1, index) -> ()
  ^bb14(%30: index):  // 2 preds: ^bb13, ^bb17
    %31 = "arith.cmpi"(%30, %3) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%31, %0)[^bb15, ^bb18] {operand_segment_sizes = array<i32: 1, 1, 0>} : (i1, index) -> ()
  ^bb15(%32: index):  // 2 preds: ^bb14, ^bb16
    %33 = "arith.cmpi"(%32, %4) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%33)[^bb16, ^bb17] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb16:  // pred: ^bb15
    %34 = "arith.addi"(%22, %28) : (index, index) -> index
    %35 = "arith.addi"(%24, %30) : (index, index) -> index
    %36 = "memref.load"(%arg0, %20, %34, %35, %32) : (memref<1x18x18x8xf32, strided<[?, ?, ?, ?], offset: ?>>, index, index, index, index) -> f32
    %37 = "memref.load"(%arg1, %28, %30, %32, %26) : (memref<3x3x8x16xf32, strided<[?, ?, ?, ?], offset: ?>>, index, index, index, index) -> f32
    %38 = "memref.load"(%7, %20, %22, %24, %26) : (memref<1x16x16x16xf32>, index, index, index, index) -> f32
    %39 = "arith.mulf"(%36, %37) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
    %40 = "arith.addf"(%38, %39) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
    "memref.store"(%40, %7, %20, %22, %24, %26) : (f32, memref<1x16x16x16xf32>, index, index, index, index) -> ()
    %41 = "arith.addi"(%32, %1) : (index, index) -> index
    "cf.br"(%41)[^bb15] : (index) -> ()
  ^bb17:  // pred: ^bb15
    %42 = "arith.addi"(%30, %1) : (index, index) -> index
    "cf.br"(%42)[^bb14] : (index) -> ()
  ^bb18:  // pred: ^bb14
    %43 = "arith.addi"(%28, %1) : (index, index) -> index
    "cf.br"(%43)[^bb13] : (index) -> ()
  ^bb19:  // pred: ^bb13
    %44 = "arith.addi"(%26, %1) : (index, index) -> index
    "cf.br"(%44)[^bb12] : (index) -> ()
  ^bb20:  // pred: ^bb12
    %45 = "arith.addi"(%24, %1) : (index, index) -> index
    "cf.br"(%45)[^bb11] : (index) -> ()
  ^bb21:  // pred: ^bb11
    %46 = "arith.addi"(%22, %1) : (index, index) -> index
    "cf.br"(%46)[^bb10] : (index) -> ()
  ^bb22:  // pred: ^bb10
    %47 = "arith.addi"(%20, %1) : (index, index) -> index
    "cf.br"(%47)[^bb9] : (index) -> ()
  ^bb23(%48: index):  // 2 preds: ^bb9, ^bb30
    %49 = "arith.cmpi"(%48, %1) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%49, %0)[^bb24, ^bb31] {operand_segment_sizes = array<i32: 1, 1, 0>} : (i1, index) -> ()
  ^bb24(%50: index):  // 2 preds: ^bb23, ^bb29
    %51 = "arith.cmpi"(%50, %2) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%51, %0)[^bb25, ^bb30] {operand_segment_sizes = array<i32: 1, 1, 0>} : (i1, index) -> ()
  ^bb25(%52: index):  // 2 preds: ^bb24, ^bb28
    %53 = "arith.cmpi"(%52, %2) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%53, %0)[^bb26, ^bb29] {operand_segment_sizes = array<i32: 1, 1, 0>} : (i1, index) -> ()
  ^bb26(%54: index):  // 2 preds: ^bb25, ^bb27
    %55 = "arith.cmpi"(%54, %2) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%55)[^bb27, ^bb28] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb27:  // pred: ^bb26
    %56 = "memref.load"(%arg2, %54) : (memref<16xf32, strided<[?], offset: ?>>, index) -> f32
    %57 = "memref.load"(%7, %48, %50, %52, %54) : (memref<1x16x16x16xf32>, index, index, index, index) -> f32
    %58 = "arith.addf"(%57, %56) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
    %59 = "arith.maxf"(%58, %5) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
    "memref.store"(%59, %6, %48, %50, %52, %54) : (f32, memref<1x16x16x16xf32>, index, index, index, index) -> ()
    %60 = "arith.addi"(%54, %1) : (index, index) -> index
    "cf.br"(%60)[^bb26] : (index) -> ()
  ^bb28:  // pred: ^bb26
    %61 = "arith.addi"(%52, %1) : (index, index) -> index
    "cf.br"(%61)[^bb25] : (index) -> ()
  ^bb29:  // pred: ^bb25
    %62 = "arith.addi"(%50, %1) : (index, index) -> index
    "cf.br"(%62)[^bb24] : (index) -> ()
  ^bb30:  // pred: ^bb24
    %63 = "arith.addi"(%48, %1) : (index, index) -> index
    "cf.br"(%63)[^bb23] : (index) -> ()
  ^bb31:  // pred: ^bb23
    "memref.dealloc"(%7) : (memref<1x16x16x16xf32>) -> ()
    "func.return"(%6) : (memref<1x16x16x16xf32>) -> ()
  }) {function_type = (memref<1x18x18x8xf32, strided<[?, ?, ?, ?], offset: ?>>, memref<3x3x8x16xf32, strided<[?, ?, ?, ?], offset: ?>>, memref<16xf32, strided<[?], offset: ?>>) -> memref<1x16x16x16xf32>, sym_name = "conv_bias_relu"} : () -> ()
}) : () -> ()

