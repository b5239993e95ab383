"builtin.module"() ({
  "llvm.func"() ({
  ^bb0(%arg0: !llvm.ptr<f32>, %arg1: !llvm.ptr<f32>, %arg2: i64, %arg3: i64, %arg4: i64, %arg5: i64, %arg6: i64, %arg7: i64, %arg8: i64, %arg9: !llvm.ptr<f32>, %arg10: !llvm.ptr<f32>, %arg11: i64, %arg12: i64, %arg13: i64, %arg14: i64, %arg15: i64, %arg16: i64, %arg17: i64, %arg18: !llvm.ptr<f32>, %arg19: !llvm.ptr<f32>, %arg20: i64, %arg21: i64, %arg22: i64, %arg23: i64, %arg24: i64, %arg25: i64, %arg26: i64):
    %0 = "llvm.mlir.constant"() {value = 480 : index} : () -> i64
    %1 = "llvm.mlir.constant"() {value = 32 : index} : () -> i64
    %2 = "llvm.mlir.constant"() {value = 256 : index} : () -> i64
    %3 = "llvm.mlir.constant"() {value = 4 : index} : () -> i64
    %4 = "llvm.mlir.constant"() {value = 5 : index} : () -> i64
    %5 = "llvm.mlir.constant"() {value = 8 : index} : () -> i64
    %6 = "llvm.mlir.constant"() {value = 60 : index} : () -> i64
    %7 = "llvm.mlir.constant"() {value = 1 : index} : () -> i64
    %8 = "llvm.mlir.constant"() {value = 0 : index} : () -> i64
    "llvm.br"(%8)[^bb1] : (i64) -> ()
  ^bb1(%9: i64):  // 2 preds: ^bb0, ^bb14
    %10 = "llvm.icmp"(%9, %7) {predicate = 2 : i64} : (i64, i64) -> i1
    "llvm.cond_br"(%10)[^bb2, ^bb15] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb2:  // pred: ^bb1
    "llvm.br"(%8)[^bb3] : (i64) -> ()
  ^bb3(%11: i64):  // 2 preds: ^bb2, ^bb13
    %12 = "llvm.icmp"(%11, %6) {predicate = 2 : i64} : (i64, i64) -> i1
    "llvm.cond_br"(%12)[^bb4, ^bb14] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb4:  // pred: ^bb3
    "llvm.br"(%8)[^bb5] : (i64) -> ()
  ^bb5(%13: i64):  // 2 preds: ^bb4, ^bb12
    %14 = "llvm.icmp"(%13, %5) {predicate = 2 : i64} : (i64, i64) -> i1
    "llvm.cond_br"(%14)[^bb6, ^bb13] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb6:  // pred: ^bb5
    "llvm.br"(%8)[^bb7] : (i64) -> ()
  ^bb7(%15: i64):  // 2 preds: ^bb6, ^bb11
    %16 = "llvm.icmp"(%15, %4) {predicate = 2 : i64} : (i64, i64) -> i1
    "llvm.cond_br"(%16)[^bb8, ^bb12] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb8:  // pred: ^bb7
    "llvm.br"(%8)[^bb9] : (i64) -> ()
  ^bb9(%17: i64):  // 2 preds: ^bb8, ^bb10
    %18 = "llvm.icmp"(%17, %3) {predicate = 2 : i64} : (i64, i64) -> i1
    "llvm.cond_br"(%18)[^bb10, ^bb11] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb10:  // pred: ^bb9
    %19 = "llvm.add"(%11, %15) : (i64, i64) -> i64
    %20 = "llvm.mul"(%9, %2) : (i64, i64) -> i64
    %21 = "llvm.mul"(%19, %3) : (i64, i64) -> i64
    %22 = "llvm.add"(%20, %21) : (i64, i64) -> i64
    %23 = "llvm.add"(%22, %17) : (i64, i64) -> i64
    %24 = "llvm.getelementptr"(%arg1, %23) {rawConstantIndices = array<i32: -2147483648>} : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %25 = "llvm.load"(%24) : (!llvm.ptr<f32>) -> f32
    %26 = "llvm.mul"(%15, %1) : (i64, i64) -> i64
    %27 = "llvm.mul"(%17, %5) : (i64, i64) -> i64
    %28 = "llvm.add"(%26, %27) : (i64, i64) -> i64
    %29 = "llvm.add"(%28, %13) : (i64, i64) -> i64
    %30 = "llvm.getelementptr"(%arg10, %29) {rawConstantIndices = array<i32: -2147483648>} : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %31 = "llvm.load"(%30) : (!llvm.ptr<f32>) -> f32
    %32 = "llvm.mul"(%9, %0) : (i64, i64) -> i64
    %33 = "llvm.mul"(%11, %5) : (i64, i64) -> i64
    %34 = "llvm.add"(%32, %33) : (i64, i64) -> i64
    %35 = "llvm.add"(%34, %13) : (i64, i64) -> i64
    %36 = "llvm.getelementptr"(%arg19, %35) {rawConstantIndices = array<i32: -2147483648>} : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %37 = "llvm.load"(%36) : (!llvm.ptr<f32>) -> f32
    %38 = "llvm.fmul"(%25, %31) {fastmathFlags = #llvm.fastmath<none>} : (f32, f32) -> f32
    %39 = "llvm.fadd"(%37, %38) {fastmathFlags = #llvm.fastmath<none>} : (f32, f32) -> f32
    %40 = "llvm.mul"(%9, %0) : (i64, i64) -> i64
    %41 = "llvm.mul"(%11, %5) : (i64, i64) -> i64
    %42 = "llvm.add"(%40, %41) : (i64, i64) -> i64
    %43 = "llvm.add"(%42, %13) : (i64, i64) -> i64
    %44 = "llvm.getelementptr"(%arg19, %43) {rawConstantIndices = array<i32: -2147483648>} : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    "llvm.store"(%39, %44) : (f32, !llvm.ptr<f32>) -> ()
    %45 = "llvm.add"(%17, %7) : (i64, i64) -> i64
    "llvm.br"(%45)[^bb9] : (i64) -> ()
  ^bb11:  // pred: ^bb9
    %46 = "llvm.add"(%15, %7) : (i64, i64) -> i64
    "llvm.br"(%46)[^bb7] : (i64) -> ()
  ^bb12:  // pred: ^bb7
    %47 = "llvm.add"(%13, %7) : (i64, i64) -> i64
    "llvm.br"(%47)[^bb5] : (i64) -> ()
  ^bb13:  // pred: ^bb5
    %48 = "llvm.add"(%11, %7) : (i64, i64) -> i64
    "llvm.br"(%48)[^bb3] : (i64) -> ()
  ^bb14:  // pred: ^bb3
    %49 = "llvm.add"(%9, %7) : (i64, i64) -> i64
    "llvm.br"(%49)[^bb1] : (i64) -> ()
  ^bb15:  // pred: ^bb1
    "llvm.return"() : () -> ()
  }) {CConv = #llvm.cconv<ccc>, function_type = !llvm.func<void (ptr<f32>, ptr<f32>, i64, i64, i64, i64, i64, i64, i64, ptr<f32>, ptr<f32>, i64, i64, i64, i64, i64, i64, i64, ptr<f32>, ptr<f32>, i64, i64, i64, i64, i64, i64, i64)>, linkage = #llvm.linkage<external>, sym_name = "conv1d"} : () -> ()
  "llvm.func"() ({
  ^bb0(%arg0: !llvm.ptr<f32>, %arg1: !llvm.ptr<f32>, %arg2: i64, %arg3: i64, %arg4: i64, %arg5: i64, %arg6: i64, %arg7: i64, %arg8: i64, %arg9: i64, %arg10: i64, %arg11: !llvm.ptr<f32>, %arg12: !llvm.ptr<f32>, %arg13: i64, %arg14: i64, %arg15: i64, %arg16: i64, %arg17: i64, %arg18: i64, %arg19: i64, %arg20: !llvm.ptr<f32>, %arg21: !llvm.ptr<f32>, %arg22: i64, %arg23: i64, %arg24: i64, %arg25: i64, %arg26: i64, %arg27: i64, %arg28: i64, %arg29: i64, %arg30: i64):
    %0 = "llvm.mlir.constant"() {value = 128 : index} : () -> i64
    %1 = "llvm.mlir.constant"() {value = 2048 : index} : () -> i64
    %2 = "llvm.mlir.constant"() {value = 24 : index} : () -> i64
    %3 = "llvm.mlir.constant"() {value = 264 : index} : () -> i64
    %4 = "llvm.mlir.constant"() {value = 8712 : index} : () -> i64
    %5 = "llvm.mlir.constant"() {value = 3 : index} : () -> i64
    %6 = "llvm.mlir.constant"() {value = 8 : index} : () -> i64
    %7 = "llvm.mlir.constant"() {value = 16 : index} : () -> i64
    %8 = "llvm.mlir.constant"() {value = 1 : index} : () -> i64
    %9 = "llvm.mlir.constant"() {value = 0 : index} : () -> i64
    %10 = "llvm.mlir.constant"() {value = 2 : index} : () -> i64
    "llvm.br"(%9)[^bb1] : (i64) -> ()
  ^bb1(%11: i64):  // 2 preds: ^bb0, ^bb17
    %12 = "llvm.icmp"(%11, %8) {predicate = 2 : i64} : (i64, i64) -> i1
    "llvm.cond_br"(%12)[^bb2, ^bb18] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb2:  // pred: ^bb1
    "llvm.br"(%9)[^bb3] : (i64) -> ()
  ^bb3(%13: i64):  // 2 preds: ^bb2, ^bb16
    %14 = "llvm.icmp"(%13, %7) {predicate = 2 : i64} : (i64, i64) -> i1
    "llvm.cond_br"(%14)[^bb4, ^bb17] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb4:  // pred: ^bb3
    "llvm.br"(%9)[^bb5] : (i64) -> ()
  ^bb5(%15: i64):  // 2 preds: ^bb4, ^bb15
    %16 = "llvm.icmp"(%15, %7) {predicate = 2 : i64} : (i64, i64) -> i1
    "llvm.cond_br"(%16)[^bb6, ^bb16] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb6:  // pred: ^bb5
    "llvm.br"(%9)[^bb7] : (i64) -> ()
  ^bb7(%17: i64):  // 2 preds: ^bb6, ^bb14
    %18 = "llvm.icmp"(%17, %6) {predicate = 2 : i64} : (i64, i64) -> i1
    "llvm.cond_br"(%18)[^bb8, ^bb15] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb8:  // pred: ^bb7
    "llvm.br"(%9)[^bb9] : (i64) -> ()
  ^bb9(%19: i64):  // 2 preds: ^bb8, ^bb13
    %20 = "llvm.icmp"(%19, %5) {predicate = 2 : i64} : (i64, i64) -> i1
    "llvm.cond_br"(%20)[^bb10, ^bb14] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb10:  // pred: ^bb9
    "llvm.br"(%9)[^bb11] : (i64) -> ()
  ^bb11(%21: i64):  // 2 preds: ^bb10, ^bb12
    %22 = "llvm.icmp"(%21, %5) {predicate = 2 : i64} : (i64, i64) -> i1
    "llvm.cond_br"(%22)[^bb12, ^bb13] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb12:  // pred: ^bb11
    %23 = "llvm.mul"(%13, %10) : (i64, i64) -> i64
    %24 = "llvm.add"(%23, %19) : (i64, i64) -> i64
    %25 = "llvm.mul"(%15, %10) : (i64, i64) -> i64
    %26 = "llvm.add"(%25, %21) : (i64, i64) -> i64
    %27 = "llvm.mul"(%11, %4) : (i64, i64) -> i64
    %28 = "llvm.mul"(%24, %3) : (i64, i64) -> i64
    %29 = "llvm.add"(%27, %28) : (i64, i64) -> i64
    %30 = "llvm.mul"(%26, %6) : (i64, i64) -> i64
    %31 = "llvm.add"(%29, %30) : (i64, i64) -> i64
    %32 = "llvm.add"(%31, %17) : (i64, i64) -> i64
    %33 = "llvm.getelementptr"(%arg1, %32) {rawConstantIndices = array<i32: -2147483648>} : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %34 = "llvm.load"(%33) : (!llvm.ptr<f32>) -> f32
    %35 = "llvm.mul"(%19, %2) : (i64, i64) -> i64
    %36 = "llvm.mul"(%21, %6) : (i64, i64) -> i64
    %37 = "llvm.add"(%35, %36) : (i64, i64) -> i64
    %38 = "llvm.add"(%37, %17) : (i64, i64) -> i64
    %39 = "llvm.getelementptr"(%arg12, %38) {rawConstantIndices = array<i32: -2147483648>} : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %40 = "llvm.load"(%39) : (!llvm.ptr<f32>) -> f32
    %41 = "llvm.mul"(%11, %1) : (i64, i64) -> i64
    %42 = "llvm.mul"(%13, %0) : (i64, i64) -> i64
    %43 = "llvm.add"(%41, %42) : (i64, i64) -> i64
    %44 = "llvm.mul"(%15, %6) : (i64, i64) -> i64
    %45 = "llvm.add"(%43, %44) : (i64, i64) -> i64
    %46 = "llvm.add"(%45, %17) : (i64, i64) -> i64
    %47 = "llvm.getelementptr"(%arg21, %46) {rawConstantIndices = array<i32: -2147483648>} : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %48 = "llvm.load"(%47) : (!llvm.ptr<f32>) -> f32
    %49 = "llvm.fmul"(%34, %40) {fastmathFlags = #llvm.fastmath<none>} : (f32, f32) -> f32
    %50 = "llvm.fadd"(%48, %49) {fastmathFlags = #llvm.fastmath<none>} : (f32, f32) -> f32
    %51 = "llvm.mul"(%11, %1) : (i64, i64) -> i64
    %52 = "llvm.mul"(%13, %0) : (i64, i64) -> i64
    %53 = "llvm.add"(%51, %52) : (i64, i64) -> i64
    %54 = "llvm.mul"(%15, %6) : (i64, i64) -> i64
    %55 = "llvm.add"(%53, %54) : (i64, i64) -> i64
    %56 = "llvm.add"(%55, %17) : (i64, i64) -> i64
    %57 = "llvm.getelementptr"(%arg21, %56) {rawConstantIndices = array<i32: -2147483648>} : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    "llvm.store"(%50, %57) : (f32, !llvm.ptr<f32>) -> ()
    %58 = "llvm.add"(%21, %8) : (i64, i64) -> i64
    "llvm.br"(%58)[^bb11] : (i64) -> ()
  ^bb13:  // pred: ^bb11
    %59 = "llvm.add"(%19, %8) : (i64, i64) -> i64
    "llvm.br"(%59)[^bb9] : (i64) -> ()
  ^bb14:  // pred: ^bb9
    %60 = "llvm.add"(%17, %8) : (i64, i64) -> i64
    "llvm.br"(%60)[^bb7] : (i64) -> ()
  ^bb15:  // pred: ^bb7
    %61 = "llvm.add"(%15, %8) : (i64, i64) -> i64
    "llvm.br"(%61)[^bb5] : (i64) -> ()
  ^bb16:  // pred: ^bb5
    %62 = "llvm.add"(%13, %8) : (i64, i64) -> i64
    "llvm.br"(%62)[^bb3] : (i64) -> ()
  ^bb17:  // pred: ^bb3
    %63 = "llvm.add"(%11, %8) : (i64, i64) -> i64
    "llvm.br"(%63)[^bb1] : (i64) -> ()
  ^bb18:  // pred: ^bb1
    "llvm.return"() : () -> ()
  }) {CConv = #llvm.cconv<ccc>, function_type = !llvm.func<void (ptr<f32>, ptr<f32>, i64, i64, i64, i64, i64, i64, i64, i64, i64, ptr<f32>, ptr<f32>, i64, i64, i64, i64, i64, i64, i64, ptr<f32>, ptr<f32>, i64, i64, i64, i64, i64, i64, i64, i64, i64)>, linkage = #llvm.linkage<external>, sym_name = "depthwise"} : () -> ()
}) {llvm.data_layout = ""} : () -> ()

