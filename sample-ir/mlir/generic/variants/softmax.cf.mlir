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
    "cf.br"(%0)[^bb1] : (index) -> ()
  ^bb1(%8: index):  // 2 preds: ^bb0, ^bb2
    %9 = "arith.cmpi"(%8, %1) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%9, %0)[^bb2, ^bb3] {operand_segment_sizes = array<i32: 1, 0, 1>} : (i1, index) -> ()
  ^bb2:  // pred: ^bb1
    "memref.store"(%5, %6, %8) : (f32, memref<32xf32>, index) -> ()
    %10 = "arith.addi"(%8, %2) : (index, index) -> index
    "cf.br"(%10)[^bb1] : (index) -> ()
  ^bb3(%11: index):  // 2 preds: ^bb1, ^bb6
    %12 = "arith.cmpi"(%11, %1) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%12, %0)[^bb4, ^bb7] {operand_segment_sizes = array<i32: 1, 1, 0>} : (i1, index) -> ()
  ^bb4(%13: index):  // 2 preds: ^bb3, ^bb5
    %14 = "arith.cmpi"(%13, %3) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%14)[^bb5, ^bb6] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb5:  // pred: ^bb4
    %15 = "memref.load"(%arg0, %11, %13) : (memref<32x128xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
    %16 = "memref.load"(%6, %11) : (memref<32xf32>, index) -> f32
    %17 = "arith.maxf"(%15, %16) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
    "memref.store"(%17, %6, %11) : (f32, memref<32xf32>, index) -> ()
    %18 = "arith.addi"(%13, %2) : (index, index) -> index
    "cf.br"(%18)[^bb4] : (index) -> ()
  ^bb6:  // pred: ^bb4
    %19 = "arith.addi"(%11, %2) : (index, index) -> index
    "cf.br"(%19)[^bb3] : (index) -> ()
  ^bb7:  // pred: ^bb3
    %20 = "memref.alloc"() {alignment = 64 : i64, operand_segment_sizes = array<i32: 0, 0>} : () -> memref<32x128xf32>
    "cf.br"(%0)[^bb8] : (index) -> ()
  ^bb8(%21: index):  // 2 preds: ^bb7, ^bb11
    %22 = "arith.cmpi"(%21, %1) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%22, %0, %0)[^bb9, ^bb12] {operand_segment_sizes = array<i32: 1, 1, 1>} : (i1, index, index) -> ()
  ^bb9(%23: index):  // 2 preds: ^bb8, ^bb10
    %24 = "arith.cmpi"(%23, %3) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%24)[^bb10, ^bb11] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb10:  // pred: ^bb9
    %25 = "memref.load"(%arg0, %21, %23) : (memref<32x128xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
    %26 = "memref.load"(%6, %21) : (memref<32xf32>, index) -> f32
    %27 = "arith.subf"(%25, %26) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
    %28 = "math.exp"(%27) {fastmath = #arith.fastmath<none>} : (f32) -> f32
    "memref.store"(%28, %20, %21, %23) : (f32, memref<32x128xf32>, index, index) -> ()
    %29 = "arith.addi"(%23, %2) : (index, index) -> index
    "cf.br"(%29)[^bb9] : (index) -> ()
  ^bb11:  // pred: ^bb9
    %30 = "arith.addi"(%21, %2) : (index, index) -> index
    "cf.br"(%30)[^bb8] : (index) -> ()
  ^bb12(%31: index):  // 2 preds: ^bb8, ^bb13
    %32 = "arith.cmpi"(%31, %1) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%32, %0)[^bb13, ^bb14] {operand_segment_sizes = array<i32: 1, 0, 1>} : (i1, index) -> ()
  ^bb13:  // pred: ^bb12
    "memref.store"(%4, %6, %31) : (f32, memref<32xf32>, index) -> ()
    %33 = "arith.addi"(%31, %2) : (index, index) -> index
    "cf.br"(%33)[^bb12] : (index) -> ()
  ^bb14(%34: index):  // 2 preds: ^bb12, ^bb17
    %35 = "arith.cmpi"(%34, %1) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%35, %0, %0)[^bb15, ^bb18] {operand_segment_sizes = array<i32: 1, 1, 1>} : (i1, index, index) -> ()
  ^bb15(%36: index):  // 2 preds: ^bb14, ^bb16
    %37 = "arith.cmpi"(%36, %3) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%37)[^bb16, ^bb17] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb16:  // pred: ^bb15
    %38 = "memref.load"(%20, %34, %36) : (memref<32x128xf32>, index, index) -> f32
    %39 = "memref.load"(%6, %34) : (memref<32xf32>, index) -> f32
    %40 = "arith.addf"(%38, %39) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
    "memref.store"(%40, %6, %34) : (f32, memref<32xf32>, index) -> ()
    %41 = "arith.addi"(%36, %2) : (index, index) -> index
    "cf.br"(%41)[^bb15] : (index) -> ()
  ^bb17:  // pred: ^bb15
    %42 = "arith.addi"(%34, %2) : (index, index) -> index
    "cf.br"(%42)[^bb14] : (index) -> ()
  ^bb18(%43: index):  // 2 preds: ^bb14, ^bb21
    %44 = "arith.cmpi"(%43, %1) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%44, %0)[^bb19, ^bb22] {operand_segment_sizes = array<i32: 1, 1, 0>} : (i1, index) -> ()
  ^bb19(%45: index):  // 2 preds: ^bb18, ^bb20
    %46 = "arith.cmpi"(%45, %3) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%46)[^bb20, ^bb21] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb20:  // pred: ^bb19
    %47 = "memref.load"(%20, %43, %45) : (memref<32x128xf32>, index, index) -> f32
    %48 = "memref.load"(%6, %43) : (memref<32xf32>, index) -> f32
    %49 = "arith.divf"(%47, %48) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
    "memref.store"(%49, %7, %43, %45) : (f32, memref<32x128xf32>, index, index) -> ()
    %50 = "arith.addi"(%45, %2) : (index, index) -> index
    "cf.br"(%50)[^bb19] : (index) -> ()
  ^bb21:  // pred: ^bb19
    %51 = "arith.addi"(%43, %2) : (index, index) -> index
    "cf.br"(%51)[^bb18] : (index) -> ()
  ^bb22:  // pred: ^bb18
    "memref.dealloc"(%6) : (memref<32xf32>) -> ()
    "memref.dealloc"(%20) : (memref<32x128xf32>) -> ()
    "func.return"(%7) : (memref<32x128xf32>) -> ()
  }) {function_type = (memref<32x128xf32, strided<[?, ?], offset: ?>>) -> memref<32x128xf32>, sym_name = "softmax"} : () -> ()
}) : () -> ()

