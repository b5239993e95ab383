"builtin.module"() ({
  "llvm.func"() ({
  ^bb0(%arg0: !llvm.ptr<f32>, %arg1: !llvm.ptr<f32>, %arg2: i64, %arg3: i64, %arg4: i64, %arg5: i64, %arg6: i64, %arg7: !llvm.ptr<f32>, %arg8: !llvm.ptr<f32>, %arg9: i64, %arg10: i64, %arg11: i64, %arg12: i64, %arg13: i64, %arg14: !llvm.ptr<f32>, %arg15: !llvm.ptr<f32>, %arg16: i64, %arg17: i64, %arg18: i64, %arg19: i64, %arg20: i64):
    %0 = "llvm.mlir.constant"() {value = 48 : index} : () -> i64
    %1 = "llvm.mlir.constant"() {value = 16 : index} : () -> i64
    %2 = "llvm.mlir.constant"() {value = 1 : index} : () -> i64
    %3 = "llvm.mlir.constant"() {value = 32 : index} : () -> i64
    %4 = "llvm.mlir.constant"() {value = 0 : index} : () -> i64
    "llvm.br"(%4)[^bb1] : (i64) -> ()
  ^bb1(%5: i64):  // 2 preds: ^bb0, ^bb8
    %6 = "llvm.icmp"(%5, %3) {predicate = 2 : i64} : (i64, i64) -> i1
    "llvm.cond_br"(%6)[^bb2, ^bb9] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb2:  // pred: ^bb1
    "llvm.br"(%4)[^bb3] : (i64) -> ()
  ^bb3(%7: i64):  // 2 preds: ^bb2, ^bb7
    %8 = "llvm.icmp"(%7, %1) {predicate = 2 : i64} : (i64, i64) -> i1
    "llvm.cond_br"(%8)[^bb4, ^bb8] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb4:  // pred: ^bb3
    "llvm.br"(%4)[^bb5] : (i64) -> ()
  ^bb5(%9: i64):  // 2 preds: ^bb4, ^bb6
    %10 = "llvm.icmp"(%9, %0) {predicate = 2 : i64} : (i64, i64) -> i1
    "llvm.cond_br"(%10)[^bb6, ^bb7] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb6:  // pred: ^bb5
    %11 = "llvm.mul"(%5, %0) : (i64, i64) -> i64
    %12 = "llvm.add"(%11, %9) : (i64, i64) -> i64
    %13 = "llvm.getelementptr"(%arg1, %12) {rawConstantIndices = array<i32: -2147483648>} : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %14 = "llvm.load"(%13) : (!llvm.ptr<f32>) -> f32
    %15 = "llvm.mul"(%9, %1) : (i64, i64) -> i64
    %16 = "llvm.add"(%15, %7) : (i64, i64) -> i64
    %17 = "llvm.getelementptr"(%arg8, %16) {rawConstantIndices = array<i32: -2147483648>} : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %18 = "llvm.load"(%17) : (!llvm.ptr<f32>) -> f32
    %19 = "llvm.mul"(%5, %1) : (i64, i64) -> i64
    %20 = "llvm.add"(%19, %7) : (i64, i64) -> i64
    %21 = "llvm.getelementptr"(%arg15, %20) {rawConstantIndices = array<i32: -2147483648>} : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %22 = "llvm.load"(%21) : (!llvm.ptr<f32>) -> f32
    %23 = "llvm.fmul"(%14, %18) {fastmathFlags = #llvm.fastmath<none>} : (f32, f32) -> f32
    %24 = "llvm.fadd"(%22, %23) {fastmathFlags = #llvm.fastmath<none>} : (f32, f32) -> f32
    %25 = "llvm.mul"(%5, %1) : (i64, i64) -> i64
    %26 = "llvm.add"(%25, %7) : (i64, i64) -> i64
    %27 = "llvm.getelementptr"(%arg15, %26) {rawConstantIndices = array<i32: -2147483648>} : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    "llvm.store"(%24, %27) : (f32, !llvm.ptr<f32>) -> ()
    %28 = "llvm.add"(%9, %2) : (i64, i64) -> i64
    "llvm.br"(%28)[^bb5] : (i64) -> ()
  ^bb7:  // pred: ^bb5
    %29 = "llvm.add"(%7, %2) : (i64, i64) -> i64
    "llvm.br"(%29)[^bb3] : (i64) -> ()
  ^bb8:  // pred: ^bb3
    %30 = "llvm.add"(%5, %2) : (i64, i64) -> i64
    "llvm.br"(%30)[^bb1] : (i64) -> ()
  ^bb9:  // pred: ^bb1
    "llvm.return"() : () -> ()
  }) {CConv = #llvm.cconv<ccc>, function_type = !llvm.func<void (ptr<f32>, ptr<f32>, i64, i64, i64, i64, i64, ptr<f32>, ptr<f32>, i64, i64, i64, i64, i64, ptr<f32>, ptr<f32>, i64, i64, i64, i64, i64)>, linkage = #llvm.linkage<external>, sym_name = "matmul"} : () -> ()
  "llvm.func"() ({
  ^bb0(%arg0: !llvm.ptr<f32>, %arg1: !llvm.ptr<f32>, %arg2: i64, %arg3: i64, %arg4: i64, %arg5: i64, %arg6: i64, %arg7: i64, %arg8: i64, %arg9: !llvm.ptr<f32>, %arg10: !llvm.ptr<f32>, %arg11: i64, %arg12: i64, %arg13: i64, %arg14: i64, %arg15: i64, %arg16: i64, %arg17: i64, %arg18: !llvm.ptr<f32>, %arg19: !llvm.ptr<f32>, %arg20: i64, %arg21: i64, %arg22: i64, %arg23: i64, %arg24: i64, %arg25: i64, %arg26: i64):
    %0 = "llvm.mlir.constant"() {value = 192 : index} : () -> i64
    %1 = "llvm.mlir.constant"() {value = 96 : index} : () -> i64
    %2 = "llvm.mlir.constant"() {value = 128 : index} : () -> i64
    %3 = "llvm.mlir.constant"() {value = 8 : index} : () -> i64
    %4 = "llvm.mlir.constant"() {value = 12 : index} : () -> i64
    %5 = "llvm.mlir.constant"() {value = 16 : index} : () -> i64
    %6 = "llvm.mlir.constant"() {value = 1 : index} : () -> i64
    %7 = "llvm.mlir.constant"() {value = 4 : index} : () -> i64
    %8 = "llvm.mlir.constant"() {value = 0 : index} : () -> i64
    "llvm.br"(%8)[^bb1] : (i64) -> ()
  ^bb1(%9: i64):  // 2 preds: ^bb0, ^bb11
    %10 = "llvm.icmp"(%9, %7) {predicate = 2 : i64} : (i64, i64) -> i1
    "llvm.cond_br"(%10)[^bb2, ^bb12] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb2:  // pred: ^bb1
    "llvm.br"(%8)[^bb3] : (i64) -> ()
  ^bb3(%11: i64):  // 2 preds: ^bb2, ^bb10
    %12 = "llvm.icmp"(%11, %5) {predicate = 2 : i64} : (i64, i64) -> i1
    "llvm.cond_br"(%12)[^bb4, ^bb11] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb4:  // pred: ^bb3
    "llvm.br"(%8)[^bb5] : (i64) -> ()
  ^bb5(%13: i64):  // 2 preds: ^bb4, ^bb9
    %14 = "llvm.icmp"(%13, %4) {predicate = 2 : i64} : (i64, i64) -> i1
    "llvm.cond_br"(%14)[^bb6, ^bb10] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb6:  // pred: ^bb5
    "llvm.br"(%8)[^bb7] : (i64) -> ()
  ^bb7(%15: i64):  // 2 preds: ^bb6, ^bb8
    %16 = "llvm.icmp"(%15, %3) {predicate = 2 : i64} : (i64, i64) -> i1
    "llvm.cond_br"(%16)[^bb8, ^bb9] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb8:  // pred: ^bb7
    %17 = "llvm.mul"(%9, %2) : (i64, i64) -> i64
    %18 = "llvm.mul"(%11, %3) : (i64, i64) -> i64
    %19 = "llvm.add"(%17, %18) : (i64, i64) -> i64
    %20 = "llvm.add"(%19, %15) : (i64, i64) -> i64
    %21 = "llvm.getelementptr"(%arg1, %20) {rawConstantIndices = array<i32: -2147483648>} : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %22 = "llvm.load"(%21) : (!llvm.ptr<f32>) -> f32
    %23 = "llvm.mul"(%9, %1) : (i64, i64) -> i64
    %24 = "llvm.mul"(%15, %4) : (i64, i64) -> i64
    %25 = "llvm.add"(%23, %24) : (i64, i64) -> i64
    %26 = "llvm.add"(%25, %13) : (i64, i64) -> i64
    %27 = "llvm.getelementptr"(%arg10, %26) {rawConstantIndices = array<i32: -2147483648>} : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %28 = "llvm.load"(%27) : (!llvm.ptr<f32>) -> f32
    %29 = "llvm.mul"(%9, %0) : (i64, i64) -> i64
    %30 = "llvm.mul"(%11, %4) : (i64, i64) -> i64
    %31 = "llvm.add"(%29, %30) : (i64, i64) -> i64
    %32 = "llvm.add"(%31, %13) : (i64, i64) -> i64
    %33 = "llvm.getelementptr"(%arg19, %32) {rawConstantIndices = array<i32: -2147483648>} : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %34 = "llvm.load"(%33) : (!llvm.ptr<f32>) -> f32
    %35 = "llvm.fmul"(%22, %28) {fastmathFlags = #llvm.fastmath<none>} : (f32, f32) -> f32
    %36 = "llvm.fadd"(%34, %35) {fastmathFlags = #llvm.fastmath<none>} : (f32, f32) -> f32
    %37 = "llvm.mul"(%9, %0) : (i64, i64) -> i64
    %38 = "llvm.mul"(%11, %4) : (i64, i64) -> i64
    %39 = "llvm.add"(%37, %38) : (i64, i64) -> i64
    %40 = "llvm.add"(%39, %13) : (i64, i64) -> i64
    %41 = "llvm.getelementptr"(%arg19, %40) {rawConstantIndices = array<i32: -2147483648>} : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    "llvm.store"(%36, %41) : (f32, !llvm.ptr<f32>) -> ()
    %42 = "llvm.add"(%15, %6) : (i64, i64) -> i64
    "llvm.br"(%42)[^bb7] : (i64) -> ()
  ^bb9:  // pred: ^bb7
    %43 = "llvm.add"(%13, %6) : (i64, i64) -> i64
    "llvm.br"(%43)[^bb5] : (i64) -> ()
  ^bb10:  // pred: ^bb5
    %44 = "llvm.add"(%11, %6) : (i64, i64) -> i64
    "llvm.br"(%44)[^bb3] : (i64) -> ()
  ^bb11:  // pred: ^bb3
    %45 = "llvm.add"(%9, %6) : (i64, i64) -> i64
    "llvm.br"(%45)[^bb1] : (i64) -> ()
  ^bb12:  // pred: ^bb1
    "llvm.return"() : () -> ()
  }) {CConv = #llvm.cconv<ccc>, function_type = !llvm.func<void (ptr<f32>, ptr<f32>, i64, i64, i64, i64, i64, i64, i64, ptr<f32>, ptr<f32>, i64, i64, i64, i64, i64, i64, i64, ptr<f32>, ptr<f32>, i64, i64, i64, i64, i64, i64, i64)>, linkage = #llvm.linkage<external>, sym_name = "batch_matmul"} : () -> ()
  "llvm.func"() ({
  ^bb0(%arg0: !llvm.ptr<f32>, %arg1: !llvm.ptr<f32>, %arg2: i64, %arg3: i64, %arg4: i64, %arg5: i64, %arg6: i64, %arg7: !llvm.ptr<f32>, %arg8: !llvm.ptr<f32>, %arg9: i64, %arg10: i64, %arg11: i64, %arg12: !llvm.ptr<f32>, %arg13: !llvm.ptr<f32>, %arg14: i64, %arg15: i64, %arg16: i64):
    %0 = "llvm.mlir.constant"() {value = 40 : index} : () -> i64
    %1 = "llvm.mlir.constant"() {value = 1 : index} : () -> i64
    %2 = "llvm.mlir.constant"() {value = 24 : index} : () -> i64
    %3 = "llvm.mlir.constant"() {value = 0 : index} : () -> i64
    "llvm.br"(%3)[^bb1] : (i64) -> ()
  ^bb1(%4: i64):  // 2 preds: ^bb0, ^bb5
    %5 = "llvm.icmp"(%4, %2) {predicate = 2 : i64} : (i64, i64) -> i1
    "llvm.cond_br"(%5)[^bb2, ^bb6] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb2:  // pred: ^bb1
    "llvm.br"(%3)[^bb3] : (i64) -> ()
  ^bb3(%6: i64):  // 2 preds: ^bb2, ^bb4
    %7 = "llvm.icmp"(%6, %0) {predicate = 2 : i64} : (i64, i64) -> i1
    "llvm.cond_br"(%7)[^bb4, ^bb5] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb4:  // pred: ^bb3
    %8 = "llvm.mul"(%4, %0) : (i64, i64) -> i64
    %9 = "llvm.add"(%8, %6) : (i64, i64) -> i64
    %10 = "llvm.getelementptr"(%arg1, %9) {rawConstantIndices = array<i32: -2147483648>} : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %11 = "llvm.load"(%10) : (!llvm.ptr<f32>) -> f32
    %12 = "llvm.getelementptr"(%arg8, %6) {rawConstantIndices = array<i32: -2147483648>} : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %13 = "llvm.load"(%12) : (!llvm.ptr<f32>) -> f32
    %14 = "llvm.getelementptr"(%arg13, %4) {rawConstantIndices = array<i32: -2147483648>} : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %15 = "llvm.load"(%14) : (!llvm.ptr<f32>) -> f32
    %16 = "llvm.fmul"(%11, %13) {fastmathFlags = #llvm.fastmath<none>} : (f32, f32) -> f32
    %17 = "llvm.fadd"(%15, %16) {fastmathFlags = #llvm.fastmath<none>} : (f32, f32) -> f32
    %18 = "llvm.getelementptr"(%arg13, %4) {rawConstantIndices = array<i32: -2147483648>} : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    "llvm.store"(%17, %18) : (f32, !llvm.ptr<f32>) -> ()
    %19 = "llvm.add"(%6, %1) : (i64, i64) -> i64
    "llvm.br"(%19)[^bb3] : (i64) -> ()
  ^bb5:  // pred: ^bb3
    %20 = "llvm.add"(%4, %1) : (i64, i64) -> i64
    "llvm.br"(%20)[^bb1] : (i64) -> ()
  ^bb6:  // pred: ^bb1
    "llvm.return"() : () -> ()
  }) {CConv = #llvm.cconv<ccc>, function_type = !llvm.func<void (ptr<f32>, ptr<f32>, i64, i64, i64, i64, i64, ptr<f32>, ptr<f32>, i64, i64, i64, ptr<f32>, ptr<f32>, i64, i64, i64)>, linkage = #llvm.linkage<external>, sym_name = "matvec"} : () -> ()
}) {llvm.data_layout = ""} : () -> ()

