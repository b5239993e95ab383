"builtin.module"() ({
  "func.func"() ({
  ^bb0(%arg0: memref<512x256xf32, strided<[?, ?], offset: ?>>):
    %0 = "arith.constant"() {value = 0 : index} : () -> index
    %1 = "arith.constant"() {value = 512 : index} : () -> index
    %2 = "arith.constant"() {value = 1 : index} : () -> index
    %3 = "arith.constant"() {value = 256 : index} : () -> index
    %4 = "arith.constant"() {value = 0.000000e+00 : f32} : () -> f32
    %5 = "memref.alloc"() {alignment = 64 : i64, operand_segment_sizes = array<i32: 0, 0>} : () -> memref<512xf32>
    "cf.br"(%0)[^bb1] : (index) -> ()
  ^bb1(%6: index):  // 2 preds: ^bb0, ^bb2
    %7 = "arith.cmpi"(%6, %1) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%7, %0)[^bb2, ^bb3] {operand_segment_sizes = array<i32: 1, 0, 1>} : (i1, index) -> ()
  ^bb2:  // pred: ^bb1
    "memref.store"(%4, %5, %6) : (f32, memref<512xf32>, index) -> ()
    %8 = "arith.addi"(%6, %2) : (index, index) -> index
    "cf.br"(%8)[^bb1] : (index) -> ()
  ^bb3(%9: index):  // 2 preds: ^bb1, ^bb6
    %10 = "arith.cmpi"(%9, %1) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%10, %0)[^bb4, ^bb7] {operand_segment_sizes = array<i32: 1, 1, 0>} : (i1, index) -> ()
  ^bb4(%11: index):  // 2 preds: ^bb3, ^bb5
    %12 = "arith.cmpi"(%11, %3) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%12)[^bb5, ^bb6] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb5:  // pred: ^bb4
    %13 = "memref.load"(%arg0, %9, %11) : (memref<512x256xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
    %14 = "memref.load"(%5, %9) : (memref<512xf32>, index) -> f32
    %15 = "arith.addf"(%13, %14) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
    "memref.store"(%15, %5, %9) : (f32, memref<512xf32>, index) -> ()
    %16 = "arith.addi"(%11, %2) : (index, index) -> index
    "cf.br"(%16)[^bb4] : (index) -> ()
  ^bb6:  // pred: ^bb4
    %17 = "arith.addi"(%9, %2) : (index, index) -> index
    "cf.br"(%17)[^bb3] : (index) -> ()
  ^bb7:  // pred: ^bb3
    "func.return"(%5) : (memref<512xf32>) -> ()
  }) {function_type = (memref<512x256xf32, strided<[?, ?], offset: ?>>) -> memref<512xf32>, sym_name = "row_sum"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<4096xf32>, %arg1: memref<4096xf32>, %arg2: memref<f32>):
    %0 = "arith.constant"() {value = 0 : index} : () -> index
    %1 = "arith.constant"() {value = 4096 : index} : () -> index
    %2 = "arith.constant"() {value = 1 : index} : () -> index
    "cf.br"(%0)[^bb1] : (index) -> ()
  ^bb1(%3: index):  // 2 preds: ^bb0, ^bb2
    %4 = "arith.cmpi"(%3, %1) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%4)[^bb2, ^bb3] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb2:  // pred: ^bb1
    %5 = "memref.load"(%arg0, %3) : (memref<4096xf32>, index) -> f32
    %6 = "memref.load"(%arg1, %3) : (memref<4096xf32>, index) -> f32
    %7 = "memref.load"(%arg2) : (memref<f32>) -> f32
    %8 = "arith.mulf"(%5, %6) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
    %9 = "arith.addf"(%7, %8) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
    "memref.store"(%9, %arg2) : (f32, memref<f32>) -> ()
    %10 = "arith.addi"(%3, %2) : (index, index) -> index
    "cf.br"(%10)[^bb1] : (index) -> ()
  ^bb3:  // pred: ^bb1
    "func.return"() : () -> ()
  }) {function_type = (memref<4096xf32>, memref<4096xf32>, memref<f32>) -> (), sym_name = "dot"} : () -> ()
}) : () -> ()

