"builtin.module"() ({
  "llvm.func"() ({
  ^bb0(%arg0: !llvm.ptr<f32>, %arg1: !llvm.ptr<f32>, %arg2: i64, %arg3: i64, %arg4: i64, %arg5: i64, %arg6: i64, %arg7: !llvm.ptr<f32>, %arg8: !llvm.ptr<f32>, %arg9: i64, %arg10: i64, %arg11: i64, %arg12: i64, %arg13: i64, %arg14: !llvm.ptr<f32>, %arg15: !llvm.ptr<f32>, %arg16: i64, %arg17: i64, %arg18: i64, %arg19: i64, %arg20: i64):
    %0 = "llvm.mlir.constant"() {value = 1 : index} : () -> i64
    %1 = "llvm.mlir.constant"() {value = 64 : index} : () -> i64
    %2 = "llvm.mlir.constant"() {value = 0 : index} : () -> i64
    "llvm.br"(%2)[^bb1] : (i64) -> ()
  ^bb1(%3: i64):  // 2 preds: ^bb0, ^bb8
    %4 = "llvm.icmp"(%3, %1) {predicate = 2 : i64} : (i64, i64) -> i1
    "llvm.cond_br"(%4)[^bb2, ^bb9] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb2:  // pred: ^bb1
    "llvm.br"(%2)[^bb3] : (i64) -> ()
  ^bb3(%5: i64):  // 2 preds: ^bb2, ^bb7
    %6 = "llvm.icmp"(%5, %1) {predicate = 2 : i64} : (i64, i64) -> i1
    "llvm.cond_br"(%6)[^bb4, ^bb8] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb4:  // pred: ^bb3
    %7 = "llvm.mul"(%3, %1) : (i64, i64) -> i64
    %8 = "llvm.add"(%7, %5) : (i64, i64) -> i64
    %9 = "llvm.getelementptr"(%arg1, %8) {rawConstantIndices = array<i32: -2147483648>} : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %10 = "llvm.load"(%9) : (!llvm.ptr<f32>) -> f32
    "llvm.br"(%2)[^bb5] : (i64) -> ()
  ^bb5(%11: i64):  // 2 preds: ^bb4, ^bb6
    %12 = "llvm.icmp"(%11, %1) {predicate = 2 : i64} : (i64, i64) -> i1
    "llvm.cond_br"(%12)[^bb6, ^bb7] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb6:  // pred: ^bb5
    %13 = "llvm.mul"(%5, %1) : (i64, i64) -> i64
    %14 = "llvm.add"(%13, %11) : (i64, i64) -> i64
    %15 = "llvm.getelementptr"(%arg8, %14) {rawConstantIndices = array<i32: -2147483648>} : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %16 = "llvm.load"(%15) : (!llvm.ptr<f32>) -> f32
    %17 = "llvm.mul"(%3, %1) : (i64, i64) -> i64
    %18 = "llvm.add"(%17, %11) : (i64, i64) -> i64
    %19 = "llvm.getelementptr"(%arg15, %18) {rawConstantIndices = array<i32: -2147483648>} : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %20 = "llvm.load"(%19) : (!llvm.ptr<f32>) -> f32
    %21 = "llvm.fmul"(%10, %16) {fastmathFlags = #llvm.fastmath<none>} : (f32, f32) -> f32
    %22 = "llvm.fadd"(%20, %21) {fastmathFlags = #llvm.fastmath<none>} : (f32, f32) -> f32
    %23 = "llvm.mul"(%3, %1) : (i64, i64) -> i64
    %24 = "llvm.add"(%23, %11) : (i64, i64) -> i64
    %25 = "llvm.getelementptr"(%arg15, %24) {rawConstantIndices = array<i32: -2147483648>} : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    "llvm.store"(%22, %25) : (f32, !llvm.ptr<f32>) -> ()
    %26 = "llvm.add"(%11, %0) : (i64, i64) -> i64
    "llvm.br"(%26)[^bb5] : (i64) -> ()
  ^bb7:  // pred: ^bb5
    %27 = "llvm.add"(%5, %0) : (i64, i64) -> i64
    "llvm.br"(%27)[^bb3] : (i64) -> ()
  ^bb8:  // pred: ^bb3
    %28 = "llvm.add"(%3, %0) : (i64, i64) -> i64
    "llvm.br"(%28)[^bb1] : (i64) -> ()
  ^bb9:  // pred: ^bb1
    "llvm.return"() : () -> ()
  }) {CConv = #llvm.cconv<ccc>, function_type = !llvm.func<void (ptr<f32>, ptr<f32>, i64, i64, i64, i64, i64, ptr<f32>, ptr<f32>, i64, i64, i64, i64, i64, ptr<f32>, ptr<f32>, i64, i64, i64, i64, i64)>, linkage = #llvm.linkage<external>, sym_name = "matmul_ikj"} : () -> ()
}) {llvm.data_layout = ""} : () -> ()

