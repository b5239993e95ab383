"builtin.module"() ({
  "func.func"() ({
  ^bb0(%arg0: memref<16x32xf32, strided<[?, ?], offset: ?>>):
    %0 = "arith.constant"() {value = 0 : index} : () -> index
    %1 = "arith.constant"() {value = 16 : index} : () -> index
    %2 = "arith.constant"() {value = 1 : index} : () -> index
    %3 = "arith.constant"() {value = 32 : index} : () -> index
    %4 = "memref.alloc"() {alignment = 64 : i64, operand_segment_sizes = array<i32: 0, 0>} : () -> memref<32x16xf32>
    "cf.br"(%0)[^bb1] : (index) -> ()
  ^bb1(%5: index):  // 2 preds: ^bb0, ^bb4
    %6 = "arith.cmpi"(%5, %1) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%6, %0)[^bb2, ^bb5] {operand_segment_sizes = array<i32: 1, 1, 0>} : (i1, index) -> ()
  ^bb2(%7: index):  // 2 preds: ^bb1, ^bb3
    %8 = "arith.cmpi"(%7, %3) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%8)[^bb3, ^bb4] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb3:  // pred: ^bb2
    %9 = "memref.load"(%arg0, %5, %7) : (memref<16x32xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
    "memref.store"(%9, %4, %7, %5) : (f32, memref<32x16xf32>, index, index) -> ()
    %10 = "arith.addi"(%7, %2) : (index, index) -> index
    "cf.br"(%10)[^bb2] : (index) -> ()
  ^bb4:  // pred: ^bb2
    %11 = "arith.addi"(%5, %2) : (index, index) -> index
    "cf.br"(%11)[^bb1] : (index) -> ()
  ^bb5:  // pred: ^bb1
    "func.return"(%4) : (memref<32x16xf32>) -> ()
  }) {function_type = (memref<16x32xf32, strided<[?, ?], offset: ?>>) -> memref<32x16xf32>, sym_name = "transpose"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<64xf32, strided<[?], offset: ?>>):
    %0 = "arith.constant"() {value = 0 : index} : () -> index
    %1 = "arith.constant"() {value = 8 : index} : () -> index
    %2 = "arith.constant"() {value = 1 : index} : () -> index
    %3 = "arith.constant"() {value = 64 : index} : () -> index
    %4 = "memref.alloc"() {alignment = 64 : i64, operand_segment_sizes = array<i32: 0, 0>} : () -> memref<8x64xf32>
    "cf.br"(%0)[^bb1] : (index) -> ()
  ^bb1(%5: index):  // 2 preds: ^bb0, ^bb4
    %6 = "arith.cmpi"(%5, %1) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%6, %0)[^bb2, ^bb5] {operand_segment_sizes = array<i32: 1, 1, 0>} : (i1, index) -> ()
  ^bb2(%7: index):  // 2 preds: ^bb1, ^bb3
    %8 = "arith.cmpi"(%7, %3) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%8)[^bb3, ^bb4] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb3:  // pred: ^bb2
    %9 = "memref.load"(%arg0, %7) : (memref<64xf32, strided<[?], offset: ?>>, index) -> f32
    "memref.store"(%9, %4, %5, %7) : (f32, memref<8x64xf32>, index, index) -> ()
    %10 = "arith.addi"(%7, %2) : (index, index) -> index
    "cf.br"(%10)[^bb2] : (index) -> ()
  ^bb4:  // pred: ^bb2
    %11 = "arith.addi"(%5, %2) : (index, index) -> index
    "cf.br"(%11)[^bb1] : (index) -> ()
  ^bb5:  // pred: ^bb1
    "func.return"(%4) : (memref<8x64xf32>) -> ()
  }) {function_type = (memref<64xf32, strided<[?], offset: ?>>) -> memref<8x64xf32>, sym_name = "broadcast"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<128xf32>, %arg1: memref<128xf32>):
    %0 = "arith.constant"() {value = 0 : index} : () -> index
    %1 = "arith.constant"() {value = 128 : index} : () -> index
    %2 = "arith.constant"() {value = 1 : index} : () -> index
    "cf.br"(%0)[^bb1] : (index) -> ()
  ^bb1(%3: index):  // 2 preds: ^bb0, ^bb2
    %4 = "arith.cmpi"(%3, %1) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%4)[^bb2, ^bb3] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb2:  // pred: ^bb1
    %5 = "memref.load"(%arg0, %3) : (memref<128xf32>, index) -> f32
    "memref.store"(%5, %arg1, %3) : (f32, memref<128xf32>, index) -> ()
    %6 = "arith.addi"(%3, %2) : (index, index) -> index
    "cf.br"(%6)[^bb1] : (index) -> ()
  ^bb3:  // pred: ^bb1
    "func.return"() : () -> ()
  }) {function_type = (memref<128xf32>, memref<128xf32>) -> (), sym_name = "copy"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<256xf32, strided<[?], offset: ?>>, %arg1: memref<256xf32, strided<[?], offset: ?>>):
    %0 = "arith.constant"() {value = 0 : index} : () -> index
    %1 = "arith.constant"() {value = 256 : index} : () -> index
    %2 = "arith.constant"() {value = 1 : index} : () -> index
    %3 = "memref.alloc"() {alignment = 64 : i64, operand_segment_sizes = array<i32: 0, 0>} : () -> memref<256xf32>
    "cf.br"(%0)[^bb1] : (index) -> ()
  ^bb1(%4: index):  // 2 preds: ^bb0, ^bb2
    %5 = "arith.cmpi"(%4, %1) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%5)[^bb2, ^bb3] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb2:  // pred: ^bb1
    %6 = "memref.load"(%arg0, %4) : (memref<256xf32, strided<[?], offset: ?>>, index) -> f32
    %7 = "memref.load"(%arg1, %4) : (memref<256xf32, strided<[?], offset: ?>>, index) -> f32
    %8 = "arith.addf"(%6, %7) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
    "memref.store"(%8, %3, %4) : (f32, memref<256xf32>, index) -> ()
    %9 = "arith.addi"(%4, %2) : (index, index) -> index
    "cf.br"(%9)[^bb1] : (index) -> ()
  ^bb3:  // pred: ^bb1
    "func.return"(%3) : (memref<256xf32>) -> ()
  }) {function_type = (memref<256xf32, strided<[?], offset: ?>>, memref<256xf32, strided<[?], offset: ?>>) -> memref<256xf32>, sym_name = "map_add"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<32x32xi64>):
    %0 = "arith.constant"() {value = 0 : index} : () -> index
    %1 = "arith.constant"() {value = 32 : index} : () -> index
    %2 = "arith.constant"() {value = 1 : index} : () -> index
    "cf.br"(%0)[^bb1] : (index) -> ()
  ^bb1(%3: index):  // 2 preds: ^bb0, ^bb4
    %4 = "arith.cmpi"(%3, %1) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%4, %0)[^bb2, ^bb5] {operand_segment_sizes = array<i32: 1, 1, 0>} : (i1, index) -> ()
  ^bb2(%5: index):  // 2 preds: ^bb1, ^bb3
    %6 = "arith.cmpi"(%5, %1) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%6)[^bb3, ^bb4] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb3:  // pred: ^bb2
    %7 = "arith.addi"(%3, %5) : (index, index) -> index
    %8 = "arith.index_cast"(%7) : (index) -> i64
    "memref.store"(%8, %arg0, %3, %5) : (i64, memref<32x32xi64>, index, index) -> ()
    %9 = "arith.addi"(%5, %2) : (index, index) -> index
    "cf.br"(%9)[^bb2] : (index) -> ()
  ^bb4:  // pred: ^bb2
    %10 = "arith.addi"(%3, %2) : (index, index) -> index
    "cf.br"(%10)[^bb1] : (index) -> ()
  ^bb5:  // pred: ^bb1
    "func.return"() : () -> ()
  }) {function_type = (memref<32x32xi64>) -> (), sym_name = "ramp"} : () -> ()
}) : () -> ()

