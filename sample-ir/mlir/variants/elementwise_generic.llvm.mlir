module attributes {llvm.data_layout = ""} {
  llvm.func @malloc(i64) -> !llvm.ptr<i8>
  llvm.func @saxpy(%arg0: f32, %arg1: !llvm.ptr<f32>, %arg2: !llvm.ptr<f32>, %arg3: i64, %arg4: i64, %arg5: i64, %arg6: !llvm.ptr<f32>, %arg7: !llvm.ptr<f32>, %arg8: i64, %arg9: i64, %arg10: i64) -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<1 x i64>, array<1 x i64>)> {
    %0 = llvm.mlir.constant(64 : index) : i64
    %1 = llvm.mlir.constant(1 : index) : i64
    %2 = llvm.mlir.constant(1024 : index) : i64
    %3 = llvm.mlir.constant(0 : index) : i64
    %4 = llvm.mlir.null : !llvm.ptr<f32>
    %5 = llvm.getelementptr %4[1024] : (!llvm.ptr<f32>) -> !llvm.ptr<f32>
    %6 = llvm.ptrtoint %5 : !llvm.ptr<f32> to i64
    %7 = llvm.add %6, %0  : i64
    %8 = llvm.call @malloc(%7) : (i64) -> !llvm.ptr<i8>
    %9 = llvm.bitcast %8 : !llvm.ptr<i8> to !llvm.ptr<f32>
    %10 = llvm.ptrtoint %9 : !llvm.ptr<f32> to i64
    %11 = llvm.sub %0, %1  : i64
    %12 = llvm.add %10, %11  : i64
    %13 = llvm.urem %12, %0  : i64
    %14 = llvm.sub %12, %13  : i64
    %15 = llvm.inttoptr %14 : i64 to !llvm.ptr<f32>
    %16 = llvm.mlir.undef : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<1 x i64>, array<1 x i64>)>
    %17 = llvm.insertvalue %9, %16[0] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<1 x i64>, array<1 x i64>)> 
    %18 = llvm.insertvalue %15, %17[1] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<1 x i64>, array<1 x i64>)> 
    %19 = llvm.insertvalue %3, %18[2] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<1 x i64>, array<1 x i64>)> 
    %20 = llvm.insertvalue %2, %19[3, 0] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<1 x i64>, array<1 x i64>)> 
    %21 = llvm.insertvalue %1, %20[4, 0] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<1 x i64>, array<1 x i64>)> 
    llvm.br ^bb1(%3 : i64)
  ^bb1(%22: i64):  // 2 preds: ^bb0, ^bb2
    %23 = llvm.icmp "slt" %22, %2 : i64
    llvm.cond_br %23, ^bb2, ^bb3
  ^bb2:  // pred: ^bb1
    %24 = llvm.mul %22, %arg5  : i64
    %25 = llvm.add %arg3, %24  : i64
    %26 = llvm.getelementptr %arg2[%25] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %27 = llvm.load %26 : !llvm.ptr<f32>
    %28 = llvm.mul %22, %arg10  : i64
    %29 = llvm.add %arg8, %28  : i64
    %30 = llvm.getelementptr %arg7[%29] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %31 = llvm.load %30 : !llvm.ptr<f32>
    %32 = llvm.fmul %arg0, %27  : f32
    %33 = llvm.fadd %32, %31  : f32
    %34 = llvm.getelementptr %15[%22] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    llvm.store %33, %34 : !llvm.ptr<f32>
    %35 = llvm.add %22, %1  : i64
    llvm.br ^bb1(%35 : i64)
  ^bb3:  // pred: ^bb1
    llvm.return %21 : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<1 x i64>, array<1 x i64>)>
  }
  llvm.func @gelu_like(%arg0: !llvm.ptr<f32>, %arg1: !llvm.ptr<f32>, %arg2: i64, %arg3: i64, %arg4: i64, %arg5: i64, %arg6: i64, %arg7: !llvm.ptr<f32>, %arg8: !llvm.ptr<f32>, %arg9: i64, %arg10: i64, %arg11: i64, %arg12: i64, %arg13: i64) {
    %0 = llvm.mlir.constant(1.000000e+00 : f32) : f32
    %1 = llvm.mlir.constant(5.000000e-01 : f32) : f32
    %2 = llvm.mlir.constant(64 : index) : i64
    %3 = llvm.mlir.constant(1 : index) : i64
    %4 = llvm.mlir.constant(256 : index) : i64
    %5 = llvm.mlir.constant(0 : index) : i64
    llvm.br ^bb1(%5 : i64)
  ^bb1(%6: i64):  // 2 preds: ^bb0, ^bb5
    %7 = llvm.icmp "slt" %6, %4 : i64
    llvm.cond_br %7, ^bb2, ^bb6
  ^bb2:  // pred: ^bb1
    llvm.br ^bb3(%5 : i64)
  ^bb3(%8: i64):  // 2 preds: ^bb2, ^bb4
    %9 = llvm.icmp "slt" %8, %2 : i64
    llvm.cond_br %9, ^bb4, ^bb5
  ^bb4:  // pred: ^bb3
    %10 = llvm.mul %6, %2  : i64
    %11 = llvm.add %10, %8  : i64
    %12 = llvm.getelementptr %arg1[%11] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %13 = llvm.load %12 : !llvm.ptr<f32>
    %14 = math.tanh %13 : f32
    %15 = llvm.fadd %14, %0  : f32
    %16 = llvm.fmul %13, %1  : f32
    %17 = llvm.fmul %16, %15  : f32
    %18 = llvm.mul %6, %2  : i64
    %19 = llvm.add %18, %8  : i64
    %20 = llvm.getelementptr %arg8[%19] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    llvm.store %17, %20 : !llvm.ptr<f32>
    %21 = llvm.add %8, %3  : i64
    llvm.br ^bb3(%21 : i64)
  ^bb5:  // pred: ^bb3
    %22 = llvm.add %6, %3  : i64
    llvm.br ^bb1(%22 : i64)
  ^bb6:  // pred: ^bb1
    llvm.return
  }
  llvm.func @bias_add(%arg0: !llvm.ptr<f32>, %arg1: !llvm.ptr<f32>, %arg2: i64, %arg3: i64, %arg4: i64, %arg5: i64, %arg6: i64, %arg7: !llvm.ptr<f32>, %arg8: !llvm.ptr<f32>, %arg9: i64, %arg10: i64, %arg11: i64) -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)> {
    %0 = llvm.mlir.constant(64 : index) : i64
    %1 = llvm.mlir.constant(1 : index) : i64
    %2 = llvm.mlir.constant(128 : index) : i64
    %3 = llvm.mlir.constant(0 : index) : i64
    %4 = llvm.mlir.null : !llvm.ptr<f32>
    %5 = llvm.getelementptr %4[8192] : (!llvm.ptr<f32>) -> !llvm.ptr<f32>
    %6 = llvm.ptrtoint %5 : !llvm.ptr<f32> to i64
    %7 = llvm.add %6, %0  : i64
    %8 = llvm.call @malloc(%7) : (i64) -> !llvm.ptr<i8>
    %9 = llvm.bitcast %8 : !llvm.ptr<i8> to !llvm.ptr<f32>
    %10 = llvm.ptrtoint %9 : !llvm.ptr<f32> to i64
    %11 = llvm.sub %0, %1  : i64
    %12 = llvm.add %10, %11  : i64
    %13 = llvm.urem %12, %0  : i64
    %14 = llvm.sub %12, %13  : i64
    %15 = llvm.inttoptr %14 : i64 to !llvm.ptr<f32>
    %16 = llvm.mlir.undef : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>
    %17 = llvm.insertvalue %9, %16[0] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)> 
    %18 = llvm.insertvalue %15, %17[1] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)> 
    %19 = llvm.insertvalue %3, %18[2] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)> 
    %20 = llvm.insertvalue %2, %19[3, 0] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)> 
    %21 = llvm.insertvalue %0, %20[3, 1] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)> 
    %22 = llvm.insertvalue %0, %21[4, 0] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)> 
    %23 = llvm.insertvalue %1, %22[4, 1] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)> 
    llvm.br ^bb1(%3 : i64)
  ^bb1(%24: i64):  // 2 preds: ^bb0, ^bb5
    %25 = llvm.icmp "slt" %24, %2 : i64
    llvm.cond_br %25, ^bb2, ^bb6
  ^bb2:  // pred: ^bb1
    llvm.br ^bb3(%3 : i64)
  ^bb3(%26: i64):  // 2 preds: ^bb2, ^bb4
    %27 = llvm.icmp "slt" %26, %0 : i64
    llvm.cond_br %27, ^bb4, ^bb5
  ^bb4:  // pred: ^bb3
    %28 = llvm.mul %24, %arg5  : i64
    %29 = llvm.add %arg2, %28  : i64
    %30 = llvm.mul %26, %arg6  : i64
    %31 = llvm.add %29, %30  : i64
    %32 = llvm.getelementptr %arg1[%31] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %33 = llvm.load %32 : !llvm.ptr<f32>
    %34 = llvm.mul %26, %arg11  : i64
    %35 = llvm.add %arg9, %34  : i64
    %36 = llvm.getelementptr %arg8[%35] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %37 = llvm.load %36 : !llvm.ptr<f32>
    %38 = llvm.fadd %33, %37  : f32
    %39 = llvm.mul %24, %0  : i64
    %40 = llvm.add %39, %26  : i64
    %41 = llvm.getelementptr %15[%40] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    llvm.store %38, %41 : !llvm.ptr<f32>
    %42 = llvm.add %26, %1  : i64
    llvm.br ^bb3(%42 : i64)
  ^bb5:  // pred: ^bb3
    %43 = llvm.add %24, %1  : i64
    llvm.br ^bb1(%43 : i64)
  ^bb6:  // pred: ^bb1
    llvm.return %23 : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>
  }
}

