"builtin.module"() ({
  "func.func"() ({
  ^bb0(%arg0: memref<?xf32>):
    %0 = "arith.constant"() {value = 0.000000e+00 : f32} : () -> f32
    %1 = "arith.constant"() {value = 0 : index} : () -> index
    %2 = "arith.constant"() {value = 1 : index} : () -> index
    %3 = "memref.dim"(%arg0, %1) : (memref<?xf32>, index) -> index
    "cf.br"(%1, %0)[^bb1] : (index, f32) -> ()
  ^bb1(%4: index, %5: f32):  // 2 preds: ^bb0, ^bb2
    %6 = "arith.cmpi"(%4, %3) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%6)[^bb2, ^bb3] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb2:  // pred: ^bb1
    %7 = "memref.load"(%arg0, %4) : (memref<?xf32>, index) -> f32
    %8 = "arith.addf"(%5, %7) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
    "memref.store"(%8, %arg0, %4) : (f32, memref<?xf32>, index) -> ()
    %9 = "arith.addi"(%4, %2) : (index, index) -> index
    "cf.br"(%9, %8)[^bb1] : (index, f32) -> ()
  ^bb3:  // pred: ^bb1
    "func.return"(%5) : (f32) -> ()
  }) {function_type = (memref<?xf32>) -> f32, sym_name = "prefix_sum"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<32x32xf32>):
    %0 = "arith.constant"() {value = 0 : index} : () -> index
    %1 = "arith.constant"() {value = 1 : index} : () -> index
    %2 = "arith.constant"() {value = 32 : index} : () -> index
    %3 = "arith.constant"() {value = 0.000000e+00 : f32} : () -> f32
    "cf.br"(%0)[^bb1] : (index) -> ()
  ^bb1(%4: index):  // 2 preds: ^bb0, ^bb4
    %5 = "arith.cmpi"(%4, %2) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%5, %0)[^bb2, ^bb5] {operand_segment_sizes = array<i32: 1, 1, 0>} : (i1, index) -> ()
  ^bb2(%6: index):  // 2 preds: ^bb1, ^bb3
    %7 = "arith.cmpi"(%6, %2) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%7)[^bb3, ^bb4] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb3:  // pred: ^bb2
    %8 = "memref.load"(%arg0, %4, %6) : (memref<32x32xf32>, index, index) -> f32
    %9 = "arith.cmpf"(%8, %3) {predicate = 4 : i64} : (f32, f32) -> i1
    %10 = "arith.select"(%9, %3, %8) : (i1, f32, f32) -> f32
    "memref.store"(%10, %arg0, %4, %6) : (f32, memref<32x32xf32>, index, index) -> ()
    %11 = "arith.addi"(%6, %1) : (index, index) -> index
    "cf.br"(%11)[^bb2] : (index) -> ()
  ^bb4:  // pred: ^bb2
    %12 = "arith.addi"(%4, %1) : (index, index) -> index
    "cf.br"(%12)[^bb1] : (index) -> ()
  ^bb5:  // pred: ^bb1
    "func.return"() : () -> ()
  }) {function_type = (memref<32x32xf32>) -> (), sym_name = "relu_inplace"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<64x64xf32>):
    %0 = "arith.constant"() {value = 0 : index} : () -> index
    %1 = "arith.constant"() {value = 1 : index} : () -> index
    %2 = "arith.constant"() {value = 64 : index} : () -> index
    %3 = "arith.constant"() {value = 0.000000e+00 : f32} : () -> f32
    "cf.br"(%0, %3)[^bb1] : (index, f32) -> ()
  ^bb1(%4: index, %5: f32):  // 2 preds: ^bb0, ^bb4
    %6 = "arith.cmpi"(%4, %2) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%6, %0, %5)[^bb2, ^bb5] {operand_segment_sizes = array<i32: 1, 2, 0>} : (i1, index, f32) -> ()
  ^bb2(%7: index, %8: f32):  // 2 preds: ^bb1, ^bb3
    %9 = "arith.cmpi"(%7, %2) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%9)[^bb3, ^bb4] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb3:  // pred: ^bb2
    %10 = "memref.load"(%arg0, %4, %7) : (memref<64x64xf32>, index, index) -> f32
    %11 = "arith.addf"(%8, %10) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
    %12 = "arith.addi"(%7, %1) : (index, index) -> index
    "cf.br"(%12, %11)[^bb2] : (index, f32) -> ()
  ^bb4:  // pred: ^bb2
    %13 = "arith.addi"(%4, %1) : (index, index) -> index
    "cf.br"(%13, %8)[^bb1] : (index, f32) -> ()
  ^bb5:  // pred: ^bb1
    "func.return"(%5) : (f32) -> ()
  }) {function_type = (memref<64x64xf32>) -> f32, sym_name = "parallel_sum"} : () -> ()
}) : () -> ()

