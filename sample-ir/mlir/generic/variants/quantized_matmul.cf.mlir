"builtin.module"() ({
  "func.func"() ({
  ^bb0(%arg0: memref<32x64xi8, strided<[?, ?], offset: ?>>, %arg1: memref<64x16xi8, strided<[?, ?], offset: ?>>, %arg2: f32):
    %0 = "arith.constant"() {value = 0 : index} : () -> index
    %1 = "arith.constant"() {value = 32 : index} : () -> index
    %2 = "arith.constant"() {value = 1 : index} : () -> index
    %3 = "arith.constant"() {value = 16 : index} : () -> index
    %4 = "arith.constant"() {value = 64 : index} : () -> index
    %5 = "arith.constant"() {value = 0 : i32} : () -> i32
    %6 = "arith.constant"() {value = -1.280000e+02 : f32} : () -> f32
    %7 = "arith.constant"() {value = 1.270000e+02 : f32} : () -> f32
    %8 = "memref.alloc"() {alignment = 64 : i64, operand_segment_sizes = array<i32: 0, 0>} : () -> memref<32x16xi32>
    "cf.br"(%0)[^bb1] : (index) -> ()
  ^bb1(%9: index):  // 2 preds: ^bb0, ^bb4
    %10 = "arith.cmpi"(%9, %1) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%10, %0, %0)[^bb2, ^bb5] {operand_segment_sizes = array<i32: 1, 1, 1>} : (i1, index, index) -> ()
  ^bb2(%11: index):  // 2 preds: ^bb1, ^bb3
    %12 = "arith.cmpi"(%11, %3) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%12)[^bb3, ^bb4] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb3:  // pred: ^bb2
    "memref.store"(%5, %8, %9, %11) : (i32, memref<32x16xi32>, index, index) -> ()
    %13 = "arith.addi"(%11, %2) : (index, index) -> index
    "cf.br"(%13)[^bb2] : (index) -> ()
  ^bb4:  // pred: ^bb2
    %14 = "arith.addi"(%9, %2) : (index, index) -> index
    "cf.br"(%14)[^bb1] : (index) -> ()
  ^bb5(%15: index):  // 2 preds: ^bb1, ^bb10
    %16 = "arith.cmpi"(%15, %1) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%16, %0)[^bb6, ^bb11] {operand_segment_sizes = array<i32: 1, 1, 0>} : (i1, index) -> ()
  ^bb6(%17: index):  // 2 preds: ^bb5, ^bb9
    %18 = "arith.cmpi"(%17, %3) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%18, %0)[^bb7, ^bb10] {operand_segment_sizes = array<i32: 1, 1, 0>} : (i1, index) -> ()
  ^bb7(%19: index):  // 2 preds: ^bb6, ^bb8
    %20 = "arith.cmpi"(%19, %4) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%20)[^bb8, ^bb9] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb8:  // pred: ^bb7
    %21 = "memref.load"(%arg0, %15, %19) : (memref<32x64xi8, strided<[?, ?], offset: ?>>, index, index) -> i8
    %22 = "memref.load"(%arg1, %19, %17) : (memref<64x16xi8, strided<[?, ?], offset: ?>>, index, index) -> i8
    %23 = "memref.load"(%8, %15, %17) : (memref<32x16xi32>, index, index) -> i32
    %24 = "arith.extsi"(%21) : (i8) -> i32
    %25 = "arith.extsi"(%22) : (i8) -> i32
    %26 = "arith.muli"(%24, %25) : (i32, i32) -> i32
    %27 = "arith.addi"(%23, %26) : (i32, i32) -> i32
    "memref.store"(%27, %8, %15, %17) : (i32, memref<32x16xi32>, index, index) -> ()
    %28 = "arith.addi"(%19, %2) : (index, index) -> index
    "cf.br"(%28)[^bb7] : (index) -> ()
  ^bb9:  // pred: ^bb7
    %29 = "arith.addi"(%17, %2) : (index, index) -> index
    "cf.br"(%29)[^bb6] : (index) -> ()
  ^bb10:  // pred: ^bb6
    %30 = "arith.addi"(%15, %2) : (index, index) -> index
    "cf.br"(%30)[^bb5] : (index) -> ()
  ^bb11:  // pred: ^bb5
    %31 = "memref.alloc"() {alignment = 64 : i64, operand_segment_sizes = array<i32: 0, 0>} : () -> memref<32x16xi8>
    "cf.br"(%0)[^bb12] : (index) -> ()
  ^bb12(%32: index):  // 2 preds: ^bb11, ^bb15
    %33 = "arith.cmpi"(%32, %1) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%33, %0)[^bb13, ^bb16] {operand_segment_sizes = array<i32: 1, 1, 0>} : (i1, index) -> ()
  ^bb13(%34: index):  // 2 preds: ^bb12, ^bb14
    %35 = "arith.cmpi"(%34, %3) {predicate = 2 : i64} : (index, index) -> i1
    "cf.cond_br"(%35)[^bb14, ^bb15] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb14:  // pred: ^bb13
    %36 = "memref.load"(%8, %32, %34) : (memref<32x16xi32>, index, index) -> i32
    %37 = "arith.sitofp"(%36) : (i32) -> f32
    %38 = "arith.mulf"(%37, %arg2) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
    %39 = "arith.maxf"(%38, %6) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
    %40 = "arith.minf"(%39, %7) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
    %41 = "arith.fptosi"(%40) : (f32) -> i8
    "memref.store"(%41, %31, %32, %34) : (i8, memref<32x16xi8>, index, index) -> ()
    %42 = "arith.addi"(%34, %2) : (index, index) -> index
    "cf.br"(%42)[^bb13] : (index) -> ()
  ^bb15:  // pred: ^bb13
    %43 = "arith.addi"(%32, %2) : (index, index) -> index
    "cf.br"(%43)[^bb12] : (index) -> ()
  ^bb16:  // pred: ^bb12
    "memref.dealloc"(%8) : (memref<32x16xi32>) -> ()
    "func.return"(%31) : (memref<32x16xi8>) -> ()
  }) {function_type = (memref<32x64xi8, strided<[?, ?], offset: ?>>, memref<64x16xi8, strided<[?, ?], offset: ?>>, f32) -> memref<32x16xi8>, sym_name = "qmatmul"} : () -> ()
}) : () -> ()

