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
    "cf.br"(%0)[^bb1] : (index) -> ()
  ^bb1(%7: index):  // 2 preds: ^bb0, ^bb4
    %8 = "arith.cmpi"(%7, %1) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%8, %0, %0)[^bb2, ^bb5] {operand_segment_sizes = array<i32: 1, 1, 1>} : (i1, index, index) -> ()
  ^bb2(%9: index):  // 2 preds: ^bb1, ^bb3
    %10 = "arith.cmpi"(%9, %3) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%10)[^bb3, ^bb4] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb3:  // pred: ^bb2
    "memref.store"(%5, %6, %7, %9) : (f32, memref<64x32xf32>, index, index) -> ()
    %11 = "arith.addi"(%9, %2) : (index, index) -> index
    "cf.br"(%11)[^bb2] : (index) -> ()
  ^bb4:  // pred: ^bb2
    %12 = "arith.addi"(%7, %2) : (index, index) -> index
    "cf.br"(%12)[^bb1] : (index) -> ()
  ^bb5(%13: index):  // 2 preds: ^bb1, ^bb10
    %14 = "arith.cmpi"(%13, %1) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%14, %0)[^bb6, ^bb11] {operand_segment_sizes = array<i32: 1, 1, 0>} : (i1, index) -> ()
  ^bb6(%15: index):  // 2 preds: ^bb5, ^bb9
    %16 = "arith.cmpi"(%15, %3) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%16, %0)[^bb7, ^bb10] {operand_segment_sizes = array<i32: 1, 1, 0>} : (i1, index) -> ()
  ^bb7(%17: index):  // 2 preds: ^bb6, ^bb8
    %18 = "arith.cmpi"(%17, %4) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%18)[^bb8, ^bb9] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb8:  // pred: ^bb7
    %19 = "memref.load"(%arg0, %13, %17) : (memref<64x128xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
    %20 = "memref.load"(%arg1, %17, %15) : (memref<128x32xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
    %21 = "memref.load"(%6, %13, %15) : (memref<64x32xf32>, index, index) -> f32
    %22 = "arith.mulf"(%19, %20) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
    %23 = "arith.addf"(%21, %22) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
    "memref.store"(%23, %6, %13, %15) : (f32, memref<64x32xf32>, index, index) -> ()
    %24 = "arith.addi"(%17, %2) : (index, index) -> index
    "cf.br"(%24)[^bb7] : (index) -> ()
  ^bb9:  // pred: ^bb7
    %25 = "arith.addi"(%15, %2) : (index, index) -> index
    "cf.br"(%25)[^bb6] : (index) -> ()
  ^bb10:  // pred: ^bb6
    %26 = "arith.addi"(%13, %2) : (index, index) -> index
    "cf.br"(%26)[^bb5] : (index) -> ()
  ^bb11:  // pred: ^bb5
    "func.return"(%6) : (memref<64x32xf32>) -> ()
  }) {function_type = (memref<64x128xf32, strided<[?, ?], offset: ?>>, memref<128x32xf32, strided<[?, ?], offset: ?>>) -> memref<64x32xf32>, sym_name = "matmul"} : () -> ()
}) : () -> ()

