"builtin.module"() ({
  "func.func"() ({
  ^bb0(%arg0: memref<?xf32>, %arg1: index):
    %0 = "arith.constant"() {value = 0.000000e+00 : f32} : () -> f32
    %1 = "arith.constant"() {value = 0 : index} : () -> index
    %2 = "arith.constant"() {value = 1 : index} : () -> index
    "cf.br"(%1, %0)[^bb1] : (index, f32) -> ()
  ^bb1(%3: index, %4: f32):  // 2 preds: ^bb0, ^bb2
    %5 = "arith.cmpi"(%3, %arg1) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%5)[^bb2, ^bb3] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb2:  // pred: ^bb1
    %6 = "memref.load"(%arg0, %3) : (memref<?xf32>, index) -> f32
    %7 = "arith.addf"(%4, %6) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
    %8 = "arith.addi"(%3, %2) : (index, index) -> index
    "cf.br"(%8, %7)[^bb1] : (index, f32) -> ()
  ^bb3:  // pred: ^bb1
    "func.return"(%4) : (f32) -> ()
  }) {function_type = (memref<?xf32>, index) -> f32, sym_name = "sum"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<?xf32>, %arg1: index, %arg2: f32):
    %0 = "arith.constant"() {value = 1 : index} : () -> index
    %1 = "arith.constant"() {value = 0 : index} : () -> index
    %2 = "arith.constant"() {value = 32 : index} : () -> index
    "cf.br"(%1)[^bb1] : (index) -> ()
  ^bb1(%3: index):  // 2 preds: ^bb0, ^bb5
    %4 = "arith.cmpi"(%3, %arg1) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%4)[^bb2, ^bb6] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb2:  // pred: ^bb1
    %5 = "arith.addi"(%3, %2) : (index, index) -> index
    %6 = "arith.cmpi"(%5, %arg1) {predicate = 2 : i64} : (index, index) -> i1
    %7 = "arith.select"(%6, %5, %arg1) : (i1, index, index) -> index
    "cf.br"(%3)[^bb3] : (index) -> ()
  ^bb3(%8: index):  // 2 preds: ^bb2, ^bb4
    %9 = "arith.cmpi"(%8, %7) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%9)[^bb4, ^bb5] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb4:  // pred: ^bb3
    %10 = "memref.load"(%arg0, %8) : (memref<?xf32>, index) -> f32
    %11 = "arith.mulf"(%10, %arg2) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
    "memref.store"(%11, %arg0, %8) : (f32, memref<?xf32>, index) -> ()
    %12 = "arith.addi"(%8, %0) : (index, index) -> index
    "cf.br"(%12)[^bb3] : (index) -> ()
  ^bb5:  // pred: ^bb3
    %13 = "arith.addi"(%3, %2) : (index, index) -> index
    "cf.br"(%13)[^bb1] : (index) -> ()
  ^bb6:  // pred: ^bb1
    "func.return"() : () -> ()
  }) {function_type = (memref<?xf32>, index, f32) -> (), sym_name = "tiled_scale"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<100x100xf32>):
    %0 = "arith.constant"() {value = 0 : index} : () -> index
    %1 = "arith.constant"() {value = 100 : index} : () -> index
    %2 = "arith.constant"() {value = 1 : index} : () -> index
    %3 = "arith.constant"() {value = 0xFF800000 : f32} : () -> f32
    "cf.br"(%0, %3)[^bb1] : (index, f32) -> ()
  ^bb1(%4: index, %5: f32):  // 2 preds: ^bb0, ^bb4
    %6 = "arith.cmpi"(%4, %1) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%6, %0, %5)[^bb2, ^bb5] {operand_segment_sizes = array<i32: 1, 2, 0>} : (i1, index, f32) -> ()
  ^bb2(%7: index, %8: f32):  // 2 preds: ^bb1, ^bb3
    %9 = "arith.cmpi"(%7, %1) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%9)[^bb3, ^bb4] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb3:  // pred: ^bb2
    %10 = "memref.load"(%arg0, %4, %7) : (memref<100x100xf32>, index, index) -> f32
    %11 = "arith.maxf"(%8, %10) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
    %12 = "arith.addi"(%7, %2) : (index, index) -> index
    "cf.br"(%12, %11)[^bb2] : (index, f32) -> ()
  ^bb4:  // pred: ^bb2
    %13 = "arith.addi"(%4, %2) : (index, index) -> index
    "cf.br"(%13, %8)[^bb1] : (index, f32) -> ()
  ^bb5:  // pred: ^bb1
    "func.return"(%5) : (f32) -> ()
  }) {function_type = (memref<100x100xf32>) -> f32, sym_name = "parallel_max"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<256xf32>, %arg1: memref<128xf32>):
    %0 = "arith.constant"() {value = 2 : index} : () -> index
    %1 = "arith.constant"() {value = 0 : index} : () -> index
    %2 = "arith.constant"() {value = 128 : index} : () -> index
    %3 = "arith.constant"() {value = 1 : index} : () -> index
    "cf.br"(%1)[^bb1] : (index) -> ()
  ^bb1(%4: index):  // 2 preds: ^bb0, ^bb2
    %5 = "arith.cmpi"(%4, %2) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%5)[^bb2, ^bb3] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb2:  // pred: ^bb1
    %6 = "arith.muli"(%4, %0) : (index, index) -> index
    %7 = "arith.cmpi"(%6, %1) {predicate = 4 : i64} : (index, index) -> i1
    %8 = "arith.select"(%7, %6, %1) : (i1, index, index) -> index
    %9 = "memref.load"(%arg0, %8) : (memref<256xf32>, index) -> f32
    "memref.store"(%9, %arg1, %4) : (f32, memref<128xf32>, index) -> ()
    %10 = "arith.addi"(%4, %3) : (index, index) -> index
    "cf.br"(%10)[^bb1] : (index) -> ()
  ^bb3:  // pred: ^bb1
    "func.return"() : () -> ()
  }) {function_type = (memref<256xf32>, memref<128xf32>) -> (), sym_name = "strided_copy"} : () -> ()
}) : () -> ()

