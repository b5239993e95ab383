"builtin.module"() ({
  "func.func"() ({
  ^bb0(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>):
    %0 = "arith.constant"() {value = -1 : index} : () -> index
    %1 = "arith.constant"() {value = 1 : index} : () -> index
    %2 = "arith.constant"() {value = 2.500000e-01 : f32} : () -> f32
    %3 = "arith.constant"() {value = 0 : index} : () -> index
    %4 = "memref.dim"(%arg0, %3) : (memref<?x?xf32>, index) -> index
    %5 = "arith.addi"(%4, %0) : (index, index) -> index
    "cf.br"(%1)[^bb1] : (index) -> ()
  ^bb1(%6: index):  // 2 preds: ^bb0, ^bb5
    %7 = "arith.cmpi"(%6, %5) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%7)[^bb2, ^bb6] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb2:  // pred: ^bb1
    %8 = "arith.addi"(%4, %0) : (index, index) -> index
    "cf.br"(%1)[^bb3] : (index) -> ()
  ^bb3(%9: index):  // 2 preds: ^bb2, ^bb4
    %10 = "arith.cmpi"(%9, %8) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%10)[^bb4, ^bb5] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb4:  // pred: ^bb3
    %11 = "arith.addi"(%6, %0) : (index, index) -> index
    %12 = "memref.load"(%arg0, %11, %9) : (memref<?x?xf32>, index, index) -> f32
    %13 = "arith.addi"(%6, %1) : (index, index) -> index
    %14 = "memref.load"(%arg0, %13, %9) : (memref<?x?xf32>, index, index) -> f32
    %15 = "arith.addi"(%9, %0) : (index, index) -> index
    %16 = "memref.load"(%arg0, %6, %15) : (memref<?x?xf32>, index, index) -> f32
    %17 = "arith.addi"(%9, %1) : (index, index) -> index
    %18 = "memref.load"(%arg0, %6, %17) : (memref<?x?xf32>, index, index) -> f32
    %19 = "arith.addf"(%12, %14) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
    %20 = "arith.addf"(%16, %18) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
    %21 = "arith.addf"(%19, %20) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
    %22 = "arith.mulf"(%21, %2) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
    "memref.store"(%22, %arg1, %6, %9) : (f32, memref<?x?xf32>, index, index) -> ()
    %23 = "arith.addi"(%9, %1) : (index, index) -> index
    "cf.br"(%23)[^bb3] : (index) -> ()
  ^bb5:  // pred: ^bb3
    %24 = "arith.addi"(%6, %1) : (index, index) -> index
    "cf.br"(%24)[^bb1] : (index) -> ()
  ^bb6:  // pred: ^bb1
    "func.return"() : () -> ()
  }) {function_type = (memref<?x?xf32>, memref<?x?xf32>) -> (), sym_name = "jacobi"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>, %arg2: index):
    %0 = "arith.constant"() {value = -2 : index} : () -> index
    %1 = "arith.constant"() {value = -1 : index} : () -> index
    %2 = "arith.constant"() {value = 8 : index} : () -> index
    %3 = "arith.constant"() {value = 0.000000e+00 : f32} : () -> f32
    %4 = "arith.constant"() {value = 0 : index} : () -> index
    %5 = "arith.constant"() {value = 1 : index} : () -> index
    "cf.br"(%4)[^bb1] : (index) -> ()
  ^bb1(%6: index):  // 2 preds: ^bb0, ^bb8
    %7 = "arith.cmpi"(%6, %arg2) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%7)[^bb2, ^bb9] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb2:  // pred: ^bb1
    %8 = "arith.addi"(%6, %5) : (index, index) -> index
    %9 = "arith.addi"(%6, %2) : (index, index) -> index
    %10 = "arith.cmpi"(%9, %arg2) {predicate = 2 : i64} : (index, index) -> i1
    %11 = "arith.select"(%10, %9, %arg2) : (i1, index, index) -> index
    "cf.br"(%8)[^bb3] : (index) -> ()
  ^bb3(%12: index):  // 2 preds: ^bb2, ^bb7
    %13 = "arith.cmpi"(%12, %11) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%13)[^bb4, ^bb8] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb4:  // pred: ^bb3
    %14 = "arith.addi"(%6, %1) : (index, index) -> index
    %15 = "arith.cmpi"(%14, %4) {predicate = 5 : i64} : (index, index) -> i1
    %16 = "arith.muli"(%6, %1) : (index, index) -> index
    %17 = "arith.addi"(%16, %arg2) : (index, index) -> index
    %18 = "arith.addi"(%17, %0) : (index, index) -> index
    %19 = "arith.cmpi"(%18, %4) {predicate = 5 : i64} : (index, index) -> i1
    %20 = "arith.andi"(%15, %19) : (i1, i1) -> i1
    %21 = "arith.addi"(%12, %1) : (index, index) -> index
    %22 = "arith.cmpi"(%21, %4) {predicate = 5 : i64} : (index, index) -> i1
    %23 = "arith.andi"(%20, %22) : (i1, i1) -> i1
    %24 = "arith.muli"(%12, %1) : (index, index) -> index
    %25 = "arith.addi"(%24, %arg2) : (index, index) -> index
    %26 = "arith.addi"(%25, %0) : (index, index) -> index
    %27 = "arith.cmpi"(%26, %4) {predicate = 5 : i64} : (index, index) -> i1
    %28 = "arith.andi"(%23, %27) : (i1, i1) -> i1
    "cf.cond_br"(%28)[^bb5, ^bb6] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb5:  // pred: ^bb4
    %29 = "memref.load"(%arg0, %6, %12) : (memref<?x?xf32>, index, index) -> f32
    "memref.store"(%29, %arg1, %6, %12) : (f32, memref<?x?xf32>, index, index) -> ()
    "cf.br"()[^bb7] : () -> ()
  ^bb6:  // pred: ^bb4
    "memref.store"(%3, %arg1, %6, %12) : (f32, memref<?x?xf32>, index, index) -> ()
    "cf.br"()[^bb7] : () -> ()
  ^bb7:  // 2 preds: ^bb5, ^bb6
    %30 = "arith.addi"(%12, %5) : (index, index) -> index
    "cf.br"(%30)[^bb3] : (index) -> ()
  ^bb8:  // pred: ^bb3
    %31 = "arith.addi"(%6, %5) : (index, index) -> index
    "cf.br"(%31)[^bb1] : (index) -> ()
  ^bb9:  // pred: ^bb1
    "func.return"() : () -> ()
  }) {function_type = (memref<?x?xf32>, memref<?x?xf32>, index) -> (), sym_name = "clamp_copy"} : () -> ()
}) : () -> ()

