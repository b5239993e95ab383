"builtin.module"() ({
  "func.func"() ({
  ^bb0(%arg0: memref<64x64xf32>, %arg1: memref<64x64xf32>, %arg2: memref<64x64xf32>):
    %0 = "arith.constant"() {value = 0 : index} : () -> index
    %1 = "arith.constant"() {value = 64 : index} : () -> index
    %2 = "arith.constant"() {value = 1 : index} : () -> index
    "cf.br"(%0)[^bb1] : (index) -> ()
  ^bb1(%3: index):  // 2 preds: ^bb0, ^bb7
    %4 = "arith.cmpi"(%3, %1) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%4, %0)[^bb2, ^bb8] {operand_segment_sizes = array<i32: 1, 1, 0>} : (i1, index) -> ()
  ^bb2(%5: index):  // 2 preds: ^bb1, ^bb6
    %6 = "arith.cmpi"(%5, %1) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%6)[^bb3, ^bb7] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb3:  // pred: ^bb2
    %7 = "memref.load"(%arg0, %3, %5) : (memref<64x64xf32>, index, index) -> f32
    "cf.br"(%0)[^bb4] : (index) -> ()
  ^bb4(%8: index):  // 2 preds: ^bb3, ^bb5
    %9 = "arith.cmpi"(%8, %1) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%9)[^bb5, ^bb6] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb5:  // pred: ^bb4
    %10 = "memref.load"(%arg1, %5, %8) : (memref<64x64xf32>, index, index) -> f32
    %11 = "memref.load"(%arg2, %3, %8) : (memref<64x64xf32>, index, index) -> f32
    %12 = "arith.mulf"(%7, %10) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
    %13 = "arith.addf"(%11, %12) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
    "memref.store"(%13, %arg2, %3, %8) : (f32, memref<64x64xf32>, index, index) -> ()
    %14 = "arith.addi"(%8, %2) : (index, index) -> index
    "cf.br"(%14)[^bb4] : (index) -> ()
  ^bb6:  // pred: ^bb4
    %15 = "arith.addi"(%5, %2) : (index, index) -> index
    "cf.br"(%15)[^bb2] : (index) -> ()
  ^bb7:  // pred: ^bb2
    %16 = "arith.addi"(%3, %2) : (index, index) -> index
    "cf.br"(%16)[^bb1] : (index) -> ()
  ^bb8:  // pred: ^bb1
    "func.return"() : () -> ()
  }) {function_type = (memref<64x64xf32>, memref<64x64xf32>, memref<64x64xf32>) -> (), sym_name = "matmul_ikj"} : () -> ()
}) : () -> ()

