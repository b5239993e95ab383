"builtin.module"() ({
  "func.func"() ({
  ^bb0(%arg0: f32, %arg1: memref<1024xf32, strided<[?], offset: ?>>, %arg2: memref<1024xf32, strided<[?], offset: ?>>):
    %0 = "arith.constant"() {value = 0 : index} : () -> index
    %1 = "arith.constant"() {value = 1024 : index} : () -> index
    %2 = "arith.constant"() {value = 1 : index} : () -> index
    %3 = "memref.alloc"() {alignment = 64 : i64, operand_segment_sizes = array<i32: 0, 0>} : () -> memref<1024xf32>
    "cf.br"(%0)[^bb1] : (index) -> ()
  ^bb1(%4: index):  // 2 preds: ^bb0, ^bb2
    %5 = "arith.cmpi"(%4, %1) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%5)[^bb2, ^bb3] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb2:  // pred: ^bb1
    %6 = "memref.load"(%arg1, %4) : (memref<1024xf32, strided<[?], offset: ?>>, index) -> f32
    %7 = "memref.load"(%arg2, %4) : (memref<1024xf32, strided<[?], offset: ?>>, index) -> f32
    %8 = "arith.mulf"(%arg0, %6) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
    %9 = "arith.addf"(%8, %7) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
    "memref.store"(%9, %3, %4) : (f32, memref<1024xf32>, index) -> ()
    %10 = "arith.addi"(%4, %2) : (index, index) -> index
    "cf.br"(%10)[^bb1] : (index) -> ()
  ^bb3:  // pred: ^bb1
    "func.return"(%3) : (memref<1024xf32>) -> ()
  }) {function_type = (f32, memref<1024xf32, strided<[?], offset: ?>>, memref<1024xf32, strided<[?], offset: ?>>) -> memref<1024xf32>, sym_name = "saxpy"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<256x64xf32>, %arg1: memref<256x64xf32>):
    %0 = "arith.constant"() {value = 0 : index} : () -> index
    %1 = "arith.constant"() {value = 256 : index} : () -> index
    %2 = "arith.constant"() {value = 1 : index} : () -> index
    %3 = "arith.constant"() {value = 64 : index} : () -> index
    %4 = "arith.constant"() {value = 5.000000e-01 : f32} : () -> f32
    %5 = "arith.constant"() {value = 1.000000e+00 : f32} : () -> f32
    "cf.br"(%0)[^bb1] : (index) -> ()
  ^bb1(%6: index):  // 2 preds: ^bb0, ^bb4
    %7 = "arith.cmpi"(%6, %1) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%7, %0)[^bb2, ^bb5] {operand_segment_sizes = array<i32: 1, 1, 0>} : (i1, index) -> ()
  ^bb2(%8: index):  // 2 preds: ^bb1, ^bb3
    %9 = "arith.cmpi"(%8, %3) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%9)[^bb3, ^bb4] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb3:  // pred: ^bb2
    %10 = "memref.load"(%arg0, %6, %8) : (memref<256x64xf32>, index, index) -> f32
    %11 = "math.tanh"(%10) {fastmath = #arith.fastmath<none>} : (f32) -> f32
    %12 = "arith.addf"(%11, %5) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
    %13 = "arith.mulf"(%10, %4) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
    %14 = "arith.mulf"(%13, %12) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
    "memref.store"(%14, %arg1, %6, %8) : (f32, memref<256x64xf32>, index, index) -> ()
    %15 = "arith.addi"(%8, %2) : (index, index) -> index
    "cf.br"(%15)[^bb2] : (index) -> ()
  ^bb4:  // pred: ^bb2
    %16 = "arith.addi"(%6, %2) : (index, index) -> index
    "cf.br"(%16)[^bb1] : (index) -> ()
  ^bb5:  // pred: ^bb1
    "func.return"() : () -> ()
  }) {function_type = (memref<256x64xf32>, memref<256x64xf32>) -> (), sym_name = "gelu_like"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<128x64xf32, strided<[?, ?], offset: ?>>, %arg1: memref<64xf32, strided<[?], offset: ?>>):
    %0 = "arith.constant"() {value = 0 : index} : () -> index
    %1 = "arith.constant"() {value = 128 : index} : () -> index
    %2 = "arith.constant"() {value = 1 : index} : () -> index
    %3 = "arith.constant"() {value = 64 : index} : () -> index
    %4 = "memref.alloc"() {alignment = 64 : i64, operand_segment_sizes = array<i32: 0, 0>} : () -> memref<128x64xf32>
    "cf.br"(%0)[^bb1] : (index) -> ()
  ^bb1(%5: index):  // 2 preds: ^bb0, ^bb4
    %6 = "arith.cmpi"(%5, %1) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%6, %0)[^bb2, ^bb5] {operand_segment_sizes = array<i32: 1, 1, 0>} : (i1, index) -> ()
  ^bb2(%7: index):  // 2 preds: ^bb1, ^bb3
    %8 = "arith.cmpi"(%7, %3) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%8)[^bb3, ^bb4] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb3:  // pred: ^bb2
    %9 = "memref.load"(%arg0, %5, %7) : (memref<128x64xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
    %10 = "memref.load"(%arg1, %7) : (memref<64xf32, strided<[?], offset: ?>>, index) -> f32
    %11 = "arith.addf"(%9, %10) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
    "memref.store"(%11, %4, %5, %7) : (f32, memref<128x64xf32>, index, index) -> ()
    %12 = "arith.addi"(%7, %2) : (index, index) -> index
    "cf.br"(%12)[^bb2] : (index) -> ()
  ^bb4:  // pred: ^bb2
    %13 = "arith.addi"(%5, %2) : (index, index) -> index
    "cf.br"(%13)[^bb1] : (index) -> ()
  ^bb5:  // pred: ^bb1
    "func.return"(%4) : (memref<128x64xf32>) -> ()
  }) {function_type = (memref<128x64xf32, strided<[?, ?], offset: ?>>, memref<64xf32, strided<[?], offset: ?>>) -> memref<128x64xf32>, sym_name = "bias_add"} : () -> ()
}) : () -> ()

