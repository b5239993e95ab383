module attributes {llvm.data_layout = ""} {
  llvm.func @matmul_ikj(%arg0: !llvm.ptr<f32>, %arg1: !llvm.ptr<f32>, %arg2: i64, %arg3: i64, %arg4: i64, %arg5: i64, %arg6: i64, %arg7: !llvm.ptr<f32>, %arg8: !llvm.ptr<f32>, %arg9: i64, %arg10: i64, %arg11: i64, %arg12: i64, %arg13: i64, %arg14: !llvm.ptr<f32>, %arg15: !llvm.ptr<f32>, %arg16: i64, %arg17: i64, %arg18: i64, %arg19: i64, %arg20: i64) {
    %0 = llvm.mlir.constant(1 : index) : i64
    %1 = llvm.mlir.constant(64 : index) : i64
    %2 = llvm.mlir.constant(0 : index) : i64
    llvm.br ^bb1(%2 : i64)
  ^bb1(%3: i64):  // 2 preds: ^bb0, ^bb8
    %4 = llvm.icmp "slt" %3, %1 : i64
    llvm.cond_br %4, ^bb2, ^bb9
  ^bb2:  // pred: ^bb1
    llvm.br ^bb3(%2 : i64)
  ^bb3(%5: i64):  // 2 preds: ^bb2, ^bb7
    %6 = llvm.icmp "slt" %5, %1 : i64
    llvm.cond_br %6, ^bb4, ^bb8
  ^bb4:  // pred: ^bb3
    %7 = llvm.mul %3, %1  : i64
    %8 = llvm.add %7, %5  : i64
    %9 = llvm.getelementptr %arg1[%8] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %10 = llvm.load %9 : !llvm.ptr<f32>
    llvm.br ^bb5(%2 : i64)
  ^bb5(%11: i64):  // 2 preds: ^bb4, ^bb6
    %12 = llvm.icmp "slt" %11, %1 : i64
    llvm.cond_br %12, ^bb6, ^bb7
  ^bb6:  // pred: ^bb5
    %13 = llvm.mul %5, %1  : i64
    %14 = llvm.add %13, %11  : i64
    %15 = llvm.getelementptr %arg8[%14] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %16 = llvm.load %15 : !llvm.ptr<f32>
    %17 = llvm.mul %3, %1  : i64
    %18 = llvm.add %17, %11  : i64
    %19 = llvm.getelementptr %arg15[%18] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %20 = llvm.load %19 : !llvm.ptr<f32>
    %21 = llvm.fmul %10, %16  : f32
    %22 = llvm.fadd %20, %21  : f32
    %23 = llvm.mul %3, %1  : i64
    %24 = llvm.add %23, %11  : i64
    %25 = llvm.getelementptr %arg15[%24] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    llvm.store %22, %25 : !llvm.ptr<f32>
    %26 = llvm.add %11, %0  : i64
    llvm.br ^bb5(%26 : i64)
  ^bb7:  // pred: ^bb5
    %27 = llvm.add %5, %0  : i64
    llvm.br ^bb3(%27 : i64)
  ^bb8:  // pred: ^bb3
    %28 = llvm.add %3, %0  : i64
    llvm.br ^bb1(%28 : i64)
  ^bb9:  // pred: ^bb1
    llvm.return
  }
}

