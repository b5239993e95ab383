module attributes {llvm.data_layout = ""} {
  llvm.func @jacobi(%arg0: !llvm.ptr<f32>, %arg1: !llvm.ptr<f32>, %arg2: i64, %arg3: i64, %arg4: i64, %arg5: i64, %arg6: i64, %arg7: !llvm.ptr<f32>, %arg8: !llvm.ptr<f32>, %arg9: i64, %arg10: i64, %arg11: i64, %arg12: i64, %arg13: i64) {
    %0 = llvm.mlir.constant(2.500000e-01 : f32) : f32
    %1 = llvm.mlir.constant(1 : index) : i64
    %2 = llvm.mlir.constant(-1 : index) : i64
    %3 = llvm.mlir.undef : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>
    %4 = llvm.insertvalue %arg0, %3[0] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)> 
    %5 = llvm.insertvalue %arg1, %4[1] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)> 
    %6 = llvm.insertvalue %arg2, %5[2] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)> 
    %7 = llvm.insertvalue %arg3, %6[3, 0] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)> 
    %8 = llvm.insertvalue %arg5, %7[4, 0] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)> 
    %9 = llvm.insertvalue %arg4, %8[3, 1] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)> 
    %10 = llvm.extractvalue %9[3] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)> 
    %11 = llvm.alloca %1 x !llvm.array<2 x i64> : (i64) -> !llvm.ptr<array<2 x i64>>
    llvm.store %10, %11 : !llvm.ptr<array<2 x i64>>
    %12 = llvm.getelementptr %11[0, 0] : (!llvm.ptr<array<2 x i64>>) -> !llvm.ptr<i64>
    %13 = llvm.load %12 : !llvm.ptr<i64>
    %14 = llvm.add %13, %2  : i64
    llvm.br ^bb1(%1 : i64)
  ^bb1(%15: i64):  // 2 preds: ^bb0, ^bb5
    %16 = llvm.icmp "slt" %15, %14 : i64
    llvm.cond_br %16, ^bb2, ^bb6
  ^bb2:  // pred: ^bb1
    %17 = llvm.add %13, %2  : i64
    llvm.br ^bb3(%1 : i64)
  ^bb3(%18: i64):  // 2 preds: ^bb2, ^bb4
    %19 = llvm.icmp "slt" %18, %17 : i64
    llvm.cond_br %19, ^bb4, ^bb5
  ^bb4:  // pred: ^bb3
    %20 = llvm.add %15, %2  : i64
    %21 = llvm.mul %20, %arg5  : i64
    %22 = llvm.add %21, %18  : i64
    %23 = llvm.getelementptr %arg1[%22] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %24 = llvm.load %23 : !llvm.ptr<f32>
    %25 = llvm.add %15, %1  : i64
    %26 = llvm.mul %25, %arg5  : i64
    %27 = llvm.add %26, %18  : i64
    %28 = llvm.getelementptr %arg1[%27] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %29 = llvm.load %28 : !llvm.ptr<f32>
    %30 = llvm.add %18, %2  : i64
    %31 = llvm.mul %15, %arg5  : i64
    %32 = llvm.add %31, %30  : i64
    %33 = llvm.getelementptr %arg1[%32] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %34 = llvm.load %33 : !llvm.ptr<f32>
    %35 = llvm.add %18, %1  : i64
    %36 = llvm.mul %15, %arg5  : i64
    %37 = llvm.add %36, %35  : i64
    %38 = llvm.getelementptr %arg1[%37] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %39 = llvm.load %38 : !llvm.ptr<f32>
    %40 = llvm.fadd %24, %29  : f32
    %41 = llvm.fadd %34, %39  : f32
    %42 = llvm.fadd %40, %41  : f32
    %43 = llvm.fmul %42, %0  : f32
    %44 = llvm.mul %15, %arg12  : i64
    %45 = llvm.add %44, %18  : i64
    %46 = llvm.getelementptr %arg8[%45] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    llvm.store %43, %46 : !llvm.ptr<f32>
    %47 = llvm.add %18, %1  : i64
    llvm.br ^bb3(%47 : i64)
  ^bb5:  // pred: ^bb3
    %48 = llvm.add %15, %1  : i64
    llvm.br ^bb1(%48 : i64)
  ^bb6:  // pred: ^bb1
    llvm.return
  }
  llvm.func @clamp_copy(%arg0: !llvm.ptr<f32>, %arg1: !llvm.ptr<f32>, %arg2: i64, %arg3: i64, %arg4: i64, %arg5: i64, %arg6: i64, %arg7: !llvm.ptr<f32>, %arg8: !llvm.ptr<f32>, %arg9: i64, %arg10: i64, %arg11: i64, %arg12: i64, %arg13: i64, %arg14: i64) {
    %0 = llvm.mlir.constant(1 : index) : i64
    %1 = llvm.mlir.constant(0 : index) : i64
    %2 = llvm.mlir.constant(0.000000e+00 : f32) : f32
    %3 = llvm.mlir.constant(8 : index) : i64
    %4 = llvm.mlir.constant(-1 : index) : i64
    %5 = llvm.mlir.constant(-2 : index) : i64
    llvm.br ^bb1(%1 : i64)
  ^bb1(%6: i64):  // 2 preds: ^bb0, ^bb8
    %7 = llvm.icmp "slt" %6, %arg14 : i64
    llvm.cond_br %7, ^bb2, ^bb9
  ^bb2:  // pred: ^bb1
    %8 = llvm.add %6, %0  : i64
    %9 = llvm.add %6, %3  : i64
    %10 = llvm.icmp "slt" %9, %arg14 : i64
    %11 = llvm.select %10, %9, %arg14 : i1, i64
    llvm.br ^bb3(%8 : i64)
  ^bb3(%12: i64):  // 2 preds: ^bb2, ^bb7
    %13 = llvm.icmp "slt" %12, %11 : i64
    llvm.cond_br %13, ^bb4, ^bb8
  ^bb4:  // pred: ^bb3
    %14 = llvm.add %6, %4  : i64
    %15 = llvm.icmp "sge" %14, %1 : i64
    %16 = llvm.mul %6, %4  : i64
    %17 = llvm.add %16, %arg14  : i64
    %18 = llvm.add %17, %5  : i64
    %19 = llvm.icmp "sge" %18, %1 : i64
    %20 = llvm.and %15, %19  : i1
    %21 = llvm.add %12, %4  : i64
    %22 = llvm.icmp "sge" %21, %1 : i64
    %23 = llvm.and %20, %22  : i1
    %24 = llvm.mul %12, %4  : i64
    %25 = llvm.add %24, %arg14  : i64
    %26 = llvm.add %25, %5  : i64
    %27 = llvm.icmp "sge" %26, %1 : i64
    %28 = llvm.and %23, %27  : i1
    llvm.cond_br %28, ^bb5, ^bb6
  ^bb5:  // pred: ^bb4
    %29 = llvm.mul %6, %arg5  : i64
    %30 = llvm.add %29, %12  : i64
    %31 = llvm.getelementptr %arg1[%30] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %32 = llvm.load %31 : !llvm.ptr<f32>
    %33 = llvm.mul %6, %arg12  : i64
    %34 = llvm.add %33, %12  : i64
    %35 = llvm.getelementptr %arg8[%34] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    llvm.store %32, %35 : !llvm.ptr<f32>
    llvm.br ^bb7
  ^bb6:  // pred: ^bb4
    %36 = llvm.mul %6, %arg12  : i64
    %37 = llvm.add %36, %12  : i64
    %38 = llvm.getelementptr %arg8[%37] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    llvm.store %2, %38 : !llvm.ptr<f32>
    llvm.br ^bb7
  ^bb7:  // 2 preds: ^bb5, ^bb6
    %39 = llvm.add %12, %0  : i64
    llvm.br ^bb3(%39 : i64)
  ^bb8:  // pred: ^bb3
    %40 = llvm.add %6, %0  : i64
    llvm.br ^bb1(%40 : i64)
  ^bb9:  // pred: ^bb1
    llvm.return
  }
}

