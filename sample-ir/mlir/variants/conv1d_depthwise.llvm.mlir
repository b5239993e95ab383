module attributes {llvm.data_layout = ""} {
  llvm.func @conv1d(%arg0: !llvm.ptr<f32>, %arg1: !llvm.ptr<f32>, %arg2: i64, %arg3: i64, %arg4: i64, %arg5: i64, %arg6: i64, %arg7: i64, %arg8: i64, %arg9: !llvm.ptr<f32>, %arg10: !llvm.ptr<f32>, %arg11: i64, %arg12: i64, %arg13: i64, %arg14: i64, %arg15: i64, %arg16: i64, %arg17: i64, %arg18: !llvm.ptr<f32>, %arg19: !llvm.ptr<f32>, %arg20: i64, %arg21: i64, %arg22: i64, %arg23: i64, %arg24: i64, %arg25: i64, %arg26: i64) {
    %0 = llvm.mlir.constant(480 : index) : i64
    %1 = llvm.mlir.constant(32 : index) : i64
    %2 = llvm.mlir.constant(256 : index) : i64
    %3 = llvm.mlir.constant(4 : index) : i64
    %4 = llvm.mlir.constant(5 : index) : i64
    %5 = llvm.mlir.constant(8 : index) : i64
    %6 = llvm.mlir.constant(60 : index) : i64
    %7 = llvm.mlir.constant(1 : index) : i64
    %8 = llvm.mlir.constant(0 : index) : i64
    llvm.br ^bb1(%8 : i64)
  ^bb1(%9: i64):  // 2 preds: ^bb0, ^bb14
    %10 = llvm.icmp "slt" %9, %7 : i64
    llvm.cond_br %10, ^bb2, ^bb15
  ^bb2:  // pred: ^bb1
    llvm.br ^bb3(%8 : i64)
  ^bb3(%11: i64):  // 2 preds: ^bb2, ^bb13
    %12 = llvm.icmp "slt" %11, %6 : i64
    llvm.cond_br %12, ^bb4, ^bb14
  ^bb4:  // pred: ^bb3
    llvm.br ^bb5(%8 : i64)
  ^bb5(%13: i64):  // 2 preds: ^bb4, ^bb12
    %14 = llvm.icmp "slt" %13, %5 : i64
    llvm.cond_br %14, ^bb6, ^bb13
  ^bb6:  // pred: ^bb5
    llvm.br ^bb7(%8 : i64)
  ^bb7(%15: i64):  // 2 preds: ^bb6, ^bb11
    %16 = llvm.icmp "slt" %15, %4 : i64
    llvm.cond_br %16, ^bb8, ^bb12
  ^bb8:  // pred: ^bb7
    llvm.br ^bb9(%8 : i64)
  ^bb9(%17: i64):  // 2 preds: ^bb8, ^bb10
    %18 = llvm.icmp "slt" %17, %3 : i64
    llvm.cond_br %18, ^bb10, ^bb11
  ^bb10:  // pred: ^bb9
    %19 = llvm.add %11, %15  : i64
    %20 = llvm.mul %9, %2  : i64
    %21 = llvm.mul %19, %3  : i64
    %22 = llvm.add %20, %21  : i64
    %23 = llvm.add %22, %17  : i64
    %24 = llvm.getelementptr %arg1[%23] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %25 = llvm.load %24 : !llvm.ptr<f32>
    %26 = llvm.mul %15, %1  : i64
    %27 = llvm.mul %17, %5  : i64
    %28 = llvm.add %26, %27  : i64
    %29 = llvm.add %28, %13  : i64
    %30 = llvm.getelementptr %arg10[%29] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %31 = llvm.load %30 : !llvm.ptr<f32>
    %32 = llvm.mul %9, %0  : i64
    %33 = llvm.mul %11, %5  : i64
    %34 = llvm.add %32, %33  : i64
    %35 = llvm.add %34, %13  : i64
    %36 = llvm.getelementptr %arg19[%35] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %37 = llvm.load %36 : !llvm.ptr<f32>
    %38 = llvm.fmul %25, %31  : f32
    %39 = llvm.fadd %37, %38  : f32
    %40 = llvm.mul %9, %0  : i64
    %41 = llvm.mul %11, %5  : i64
    %42 = llvm.add %40, %41  : i64
    %43 = llvm.add %42, %13  : i64
    %44 = llvm.getelementptr %arg19[%43] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    llvm.store %39, %44 : !llvm.ptr<f32>
    %45 = llvm.add %17, %7  : i64
    llvm.br ^bb9(%45 : i64)
  ^bb11:  // pred: ^bb9
    %46 = llvm.add %15, %7  : i64
    llvm.br ^bb7(%46 : i64)
  ^bb12:  // pred: ^bb7
    %47 = llvm.add %13, %7  : i64
    llvm.br ^bb5(%47 : i64)
  ^bb13:  // pred: ^bb5
    %48 = llvm.add %11, %7  : i64
    llvm.br ^bb3(%48 : i64)
  ^bb14:  // pred: ^bb3
    %49 = llvm.add %9, %7  : i64
    llvm.br ^bb1(%49 : i64)
  ^bb15:  // pred: ^bb1
    llvm.return
  }
  llvm.func @depthwise(%arg0: !llvm.ptr<f32>, %arg1: !llvm.ptr<f32>, %arg2: i64, %arg3: i64, %arg4: i64, %arg5: i64, %arg6: i64, %arg7: i64, %arg8: i64, %arg9: i64, %arg10: i64, %arg11: !llvm.ptr<f32>, %arg12: !llvm.ptr<f32>, %arg13: i64, %arg14: i64, %arg15: i64, %arg16: i64, %arg17: i64, %arg18: i64, %arg19: i64, %arg20: !llvm.ptr<f32>, %arg21: !llvm.ptr<f32>, %arg22: i64, %arg23: i64, %arg24: i64, %arg25: i64, %arg26: i64, %arg27: i64, %arg28: i64, %arg29: i64, %arg30: i64) {
    %0 = llvm.mlir.constant(128 : index) : i64
    %1 = llvm.mlir.constant(2048 : index) : i64
    %2 = llvm.mlir.constant(24 : index) : i64
    %3 = llvm.mlir.constant(264 : index) : i64
    %4 = llvm.mlir.constant(8712 : index) : i64
    %5 = llvm.mlir.constant(3 : index) : i64
    %6 = llvm.mlir.constant(8 : index) : i64
    %7 = llvm.mlir.constant(16 : index) : i64
    %8 = llvm.mlir.constant(1 : index) : i64
    %9 = llvm.mlir.constant(0 : index) : i64
    %10 = llvm.mlir.constant(2 : index) : i64
    llvm.br ^bb1(%9 : i64)
  ^bb1(%11: i64):  // 2 preds: ^bb0, ^bb17
    %12 = llvm.icmp "slt" %11, %8 : i64
    llvm.cond_br %12, ^bb2, ^bb18
  ^bb2:  // pred: ^bb1
    llvm.br ^bb3(%9 : i64)
  ^bb3(%13: i64):  // 2 preds: ^bb2, ^bb16
    %14 = llvm.icmp "slt" %13, %7 : i64
    llvm.cond_br %14, ^bb4, ^bb17
  ^bb4:  // pred: ^bb3
    llvm.br ^bb5(%9 : i64)
  ^bb5(%15: i64):  // 2 preds: ^bb4, ^bb15
    %16 = llvm.icmp "slt" %15, %7 : i64
    llvm.cond_br %16, ^bb6, ^bb16
  ^bb6:  // pred: ^bb5
    llvm.br ^bb7(%9 : i64)
  ^bb7(%17: i64):  // 2 preds: ^bb6, ^bb14
    %18 = llvm.icmp "slt" %17, %6 : i64
    llvm.cond_br %18, ^bb8, ^bb15
  ^bb8:  // pred: ^bb7
    llvm.br ^bb9(%9 : i64)
  ^bb9(%19: i64):  // 2 preds: ^bb8, ^bb13
    %20 = llvm.icmp "slt" %19, %5 : i64
    llvm.cond_br %20, ^bb10, ^bb14
  ^bb10:  // pred: ^bb9
    llvm.br ^bb11(%9 : i64)
  ^bb11(%21: i64):  // 2 preds: ^bb10, ^bb12
    %22 = llvm.icmp "slt" %21, %5 : i64
    llvm.cond_br %22, ^bb12, ^bb13
  ^bb12:  // pred: ^bb11
    %23 = llvm.mul %13, %10  : i64
    %24 = llvm.add %23, %19  : i64
    %25 = llvm.mul %15, %10  : i64
    %26 = llvm.add %25, %21  : i64
    %27 = llvm.mul %11, %4  : i64
    %28 = llvm.mul %24, %3  : i64
    %29 = llvm.add %27, %28  : i64
    %30 = llvm.mul %26, %6  : i64
    %31 = llvm.add %29, %30  : i64
    %32 = llvm.add %31, %17  : i64
    %33 = llvm.getelementptr %arg1[%32] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %34 = llvm.load %33 : !llvm.ptr<f32>
    %35 = llvm.mul %19, %2  : i64
    %36 = llvm.mul %21, %6  : i64
    %37 = llvm.add %35, %36  : i64
    %38 = llvm.add %37, %17  : i64
    %39 = llvm.getelementptr %arg12[%38] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %40 = llvm.load %39 : !llvm.ptr<f32>
    %41 = llvm.mul %11, %1  : i64
    %42 = llvm.mul %13, %0  : i64
    %43 = llvm.add %41, %42  : i64
    %44 = llvm.mul %15, %6  : i64
    %45 = llvm.add %43, %44  : i64
    %46 = llvm.add %45, %17  : i64
    %47 = llvm.getelementptr %arg21[%46] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %48 = llvm.load %47 : !llvm.ptr<f32>
    %49 = llvm.fmul %34, %40  : f32
    %50 = llvm.fadd %48, %49  : f32
    %51 = llvm.mul %11, %1  : i64
    %52 = llvm.mul %13, %0  : i64
    %53 = llvm.add %51, %52  : i64
    %54 = llvm.mul %15, %6  : i64
    %55 = llvm.add %53, %54  : i64
    %56 = llvm.add %55, %17  : i64
    %57 = llvm.getelementptr %arg21[%56] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    llvm.store %50, %57 : !llvm.ptr<f32>
    %58 = llvm.add %21, %8  : i64
    llvm.br ^bb11(%58 : i64)
  ^bb13:  // pred: ^bb11
    %59 = llvm.add %19, %8  : i64
    llvm.br ^bb9(%59 : i64)
  ^bb14:  // pred: ^bb9
    %60 = llvm.add %17, %8  : i64
    llvm.br ^bb7(%60 : i64)
  ^bb15:  // pred: ^bb7
    %61 = llvm.add %15, %8  : i64
    llvm.br ^bb5(%61 : i64)
  ^bb16:  // pred: ^bb5
    %62 = llvm.add %13, %8  : i64
    llvm.br ^bb3(%62 : i64)
  ^bb17:  // pred: ^bb3
    %63 = llvm.add %11, %8  : i64
    llvm.br ^bb1(%63 : i64)
  ^bb18:  // pred: ^bb1
    llvm.return
  }
}

