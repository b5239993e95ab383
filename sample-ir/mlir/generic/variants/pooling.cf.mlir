"builtin.module"() ({
  "func.func"() ({
  ^bb0(%arg0: memref<1x32x32x16xf32, strided<[?, ?, ?, ?], offset: ?>>):
    %0 = "arith.constant"() {value = 0 : index} : () -> index
    %1 = "arith.constant"() {value = 1 : index} : () -> index
    %2 = "arith.constant"() {value = 16 : index} : () -> index
    %3 = "arith.constant"() {value = 2 : index} : () -> index
    %4 = "arith.constant"() {value = -3.40282347E+38 : f32} : () -> f32
    %5 = "memref.alloc"() {alignment = 64 : i64, operand_segment_sizes = array<i32: 0, 0>} : () -> memref<1x16x16x16xf32>
    "cf.br"(%0)[^bb1] : (index) -> ()
  ^bb1(%6: index):  // 2 preds: ^bb0, ^bb8
    %7 = "arith.cmpi"(%6, %1) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%7, %0, %0)[^bb2, ^bb9] {operand_segment_sizes = array<i32: 1, 1, 1>} : (i1, index, index) -> ()
  ^bb2(%8: index):  // 2 preds: ^bb1, ^bb7
    %9 = "arith.cmpi"(%8, %2) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%9, %0)[^bb3, ^bb8] {operand_segment_sizes = array<i32: 1, 1, 0>} : (i1, index) -> ()
  ^bb3(%10: index):  // 2 preds: ^bb2, ^bb6
    %11 = "arith.cmpi"(%10, %2) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%11, %0)[^bb4, ^bb7] {operand_segment_sizes = array<i32: 1, 1, 0>} : (i1, index) -> ()
  ^bb4(%12: index):  // 2 preds: ^bb3, ^bb5
    %13 = "arith.cmpi"(%12, %2) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%13)[^bb5, ^bb6] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb5:  // pred: ^bb4
    "memref.store"(%4, %5, %6, %8, %10, %12) : (f32, memref<1x16x16x16xf32>, index, index, index, index) -> ()
    %14 = "arith.addi"(%12, %1) : (index, index) -> index
    "cf.br"(%14)[^bb4] : (index) -> ()
  ^bb6:  // pred: ^bb4
    %15 = "arith.addi"(%10, %1) : (index, index) -> index
    "cf.br"(%15)[^bb3] : (index) -> ()
  ^bb7:  // pred: ^bb3
    %16 = "arith.addi"(%8, %1) : (index, index) -> index
    "cf.br"(%16)[^bb2] : (index) -> ()
  ^bb8:  // pred: ^bb2
    %17 = "arith.addi"(%6, %1) : (index, index) -> index
    "cf.br"(%17)[^bb1] : (index) -> ()
  ^bb9(%18: index):  // 2 preds: ^bb1, ^bb20
    %19 = "arith.cmpi"(%18, %1) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%19, %0)[^bb10, ^bb21] {operand_segment_sizes = array<i32: 1, 1, 0>} : (i1, index) -> ()
  ^bb10(%20: index):  // 2 preds: ^bb9, ^bb19
    %21 = "arith.cmpi"(%20, %2) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%21, %0)[^bb11, ^bb20] {operand_segment_sizes = array<i32: 1, 1, 0>} : (i1, index) -> ()
  ^bb11(%22: index):  // 2 preds: ^bb10, ^bb18
    %23 = "arith.cmpi"(%22, %2) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%23, %0)[^bb12, ^bb19] {operand_segment_sizes = array<i32: 1, 1, 0>} : (i1, index) -> ()
  ^bb12(%24: index):  // 2 preds: ^bb11, ^bb17
    %25 = "arith.cmpi"(%24, %2) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%25, %0)[^bb13, ^bb18] {operand_segment_sizes = array<i32: 1, 1, 0>} : (i1, index) -> ()
  ^bb13(%26: index):  // 2 preds: ^bb12, ^bb16
    %27 = "arith.cmpi"(%26, %3) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%27, %0)[^bb14, ^bb17] {operand_segment_sizes = array<i32: 1, 1, 0>} : (i1, index) -> ()
  ^bb14(%28: index):  // 2 preds: ^bb13, ^bb15
    %29 = "arith.cmpi"(%28, %3) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%29)[^bb15, ^bb16] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb15:  // pred: ^bb14
    %30 = "arith.muli"(%20, %3) : (index, index) -> index
    %31 = "arith.addi"(%30, %26) : (index, index) -> index
    %32 = "arith.muli"(%22, %3) : (index, index) -> index
    %33 = "arith.addi"(%32, %28) : (index, index) -> index
    %34 = "memref.load"(%arg0, %18, %31, %33, %24) : (memref<1x32x32x16xf32, strided<[?, ?, ?, ?], offset: ?>>, index, index, index, index) -> f32
    %35 = "memref.load"(%5, %18, %20, %22, %24) : (memref<1x16x16x16xf32>, index, index, index, index) -> f32
    %36 = "arith.maxf"(%35, %34) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
    "memref.store"(%36, %5, %18, %20, %22, %24) : (f32, memref<1x16x16x16xf32>, index, index, index, index) -> ()
    %37 = "arith.addi"(%28, %1) : (index, index) -> index
    "cf.br"(%37)[^bb14] : (index) -> ()
  ^bb16:  // pred: ^bb14
    %38 = "arith.addi"(%26, %1) : (index, index) -> index
    "cf.br"(%38)[^bb13] : (index) -> ()
  ^bb17:  // pred: ^bb13
    %39 = "arith.addi"(%24, %1) : (index, index) -> index
    "cf.br"(%39)[^bb12] : (index) -> ()
  ^bb18:  // pred: ^bb12
    %40 = "arith.addi"(%22, %1) : (index, index) -> index
    "cf.br"(%40)[^bb11] : (index) -> ()
  ^bb19:  // pred: ^bb11
    %41 = "arith.addi"(%20, %1) : (index, index) -> index
    "cf.br"(%41)[^bb10] : (index) -> ()
  ^bb20:  // pred: ^bb10
    %42 = "arith.addi"(%18, %1) : (index, index) -> index
    "cf.br"(%42)[^bb9] : (index) -> ()
  ^bb21:  // pred: ^bb9
    "func.return"(%5) : (memref<1x16x16x16xf32>) -> ()
  }) {function_type = (memref<1x32x32x16xf32, strided<[?, ?, ?, ?], offset: ?>>) -> memref<1x16x16x16xf32>, sym_name = "max_pool"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<1x32x32x16xf32>, %arg1: memref<1x16x16x16xf32>):
    %0 = "arith.constant"() {value = 0 : index} : () -> index
    %1 = "arith.constant"() {value = 1 : index} : () -> index
    %2 = "arith.constant"() {value = 16 : index} : () -> index
    %3 = "arith.constant"() {value = 2 : index} : () -> index
    "cf.br"(%0)[^bb1] : (index) -> ()
  ^bb1(%4: index):  // 2 preds: ^bb0, ^bb12
    %5 = "arith.cmpi"(%4, %1) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%5, %0)[^bb2, ^bb13] {operand_segment_sizes = array<i32: 1, 1, 0>} : (i1, index) -> ()
  ^bb2(%6: index):  // 2 preds: ^bb1, ^bb11
    %7 = "arith.cmpi"(%6, %2) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%7, %0)[^bb3, ^bb12] {operand_segment_sizes = array<i32: 1, 1, 0>} : (i1, index) -> ()
  ^bb3(%8: index):  // 2 preds: ^bb2, ^bb10
    %9 = "arith.cmpi"(%8, %2) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%9, %0)[^bb4, ^bb11] {operand_segment_sizes = array<i32: 1, 1, 0>} : (i1, index) -> ()
  ^bb4(%10: index):  // 2 preds: ^bb3, ^bb9
    %11 = "arith.cmpi"(%10, %2) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%11, %0)[^bb5, ^bb10] {operand_segment_sizes = array<i32: 1, 1, 0>} : (i1, index) -> ()
  ^bb5(%12: index):  // 2 preds: ^bb4, ^bb8
    %13 = "arith.cmpi"(%12, %3) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%13, %0)[^bb6, ^bb9] {operand_segment_sizes = array<i32: 1, 1, 0>} : (i1, index) -> ()
  ^bb6(%14: index):  // 2 preds: ^bb5, ^bb7
    %15 = "arith.cmpi"(%14, %3) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%15)[^bb7, ^bb8] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb7:  // pred: ^bb6
    %16 = "arith.muli"(%6, %3) : (index, index) -> index
    %17 = "arith.addi"(%16, %12) : (index, index) -> index
    %18 = "arith.muli"(%8, %3) : (index, index) -> index
    %19 = "arith.addi"(%18, %14) : (index, index) -> index
    %20 = "memref.load"(%arg0, %4, %17, %19, %10) : (memref<1x32x32x16xf32>, index, index, index, index) -> f32
    %21 = "memref.load"(%arg1, %4, %6, %8, %10) : (memref<1x16x16x16xf32>, index, index, index, index) -> f32
    %22 = "arith.addf"(%21, %20) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
    "memref.store"(%22, %arg1, %4, %6, %8, %10) : (f32, memref<1x16x16x16xf32>, index, index, index, index) -> ()
    %23 = "arith.addi"(%14, %1) : (index, index) -> index
    "cf.br"(%23)[^bb6] : (index) -> ()
  ^bb8:  // pred: ^bb6
    %24 = "arith.addi"(%12, %1) : (index, index) -> index
    "cf.br"(%24)[^bb5] : (index) -> ()
  ^bb9:  // pred: ^bb5
    %25 = "arith.addi"(%10, %1) : (index, index) -> index
    "cf.br"(%25)[^bb4] : (index) -> ()
  ^bb10:  // pred: ^bb4
    %26 = "arith.addi"(%8, %1) : (index, index) -> index
    "cf.br"(%26)[^bb3] : (index) -> ()
  ^bb11:  // pred: ^bb3
    %27 = "arith.addi"(%6, %1) : (index, index) -> index
    "cf.br"(%27)[^bb2] : (index) -> ()
  ^bb12:  // pred: ^bb2
    %28 = "arith.addi"(%4, %1) : (index, index) -> index
    "cf.br"(%28)[^bb1] : (index) -> ()
  ^bb13:  // pred: ^bb1
    "func.return"() : () -> ()
  }) {function_type = (memref<1x32x32x16xf32>, memref<1x16x16x16xf32>) -> (), sym_name = "sum_pool"} : () -> ()
}) : () -> ()

