module attributes {llvm.data_layout = ""} {
  llvm.func @malloc(i64) -> !llvm.ptr<i8>
  llvm.func @row_sum(%arg0: !llvm.ptr<f32>, %arg1: !llvm.ptr<f32>, %arg2: i64, %arg3: i64, %arg4: i64, %arg5: i64, %arg6: i64) -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<1 x i64>, array<1 x i64>)> {
    %0 = llvm.mlir.constant(64 : index) : i64
    %1 = llvm.mlir.constant(0.000000e+00 : f32) : f32
    %2 = llvm.mlir.constant(256 : index) : i64
    %3 = llvm.mlir.constant(1 : index) : i64
    %4 = llvm.mlir.constant(512 : index) : i64
    %5 = llvm.mlir.constant(0 : index) : i64
    %6 = llvm.mlir.null : !llvm.ptr<f32>
    %7 = llvm.getelementptr %6[512] : (!llvm.ptr<f32>) -> !llvm.ptr<f32>
    %8 = llvm.ptrtoint %7 : !llvm.ptr<f32> to i64
    %9 = llvm.add %8, %0  : i64
    %10 = llvm.call @malloc(%9) : (i64) -> !llvm.ptr<i8>
    %11 = llvm.bitcast %10 : !llvm.ptr<i8> to !llvm.ptr<f32>
    %12 = llvm.ptrtoint %11 : !llvm.ptr<f32> to i64
    %13 = llvm.sub %0, %3  : i64
    %14 = llvm.add %12, %13  : i64
    %15 = llvm.urem %14, %0  : i64
    %16 = llvm.sub %14, %15  : i64
    %17 = llvm.inttoptr %16 : i64 to !llvm.ptr<f32>
    %18 = llvm.mlir.undef : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<1 x i64>, array<1 x i64>)>
    %19 = llvm.insertvalue %11, %18[0] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<1 x i64>, array<1 x i64>)> 
    %20 = llvm.insertvalue %17, %19[1] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<1 x i64>, array<1 x i64>)> 
    %21 = llvm.insertvalue %5, %20[2] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<1 x i64>, array<1 x i64>)> 
    %22 = llvm.insertvalue %4, %21[3, 0] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<1 x i64>, array<1 x i64>)> 
    %23 = llvm.insertvalue %3, %22[4, 0] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<1 x i64>, array<1 x i64>)> 
    llvm.br ^bb1(%5 : i64)
  ^bb1(%24: i64):  // 2 preds: ^bb0, ^bb2
    %25 = llvm.icmp "slt" %24, %4 : i64
    llvm.cond_br %25, ^bb2, ^bb3
  ^bb2:  // pred: ^bb1
    %26 = llvm.getelementptr %17[%24] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    llvm.store %1, %26 : !llvm.ptr<f32>
    %27 = llvm.add %24, %3  : i64
    llvm.br ^bb1(%27 : i64)
  ^bb3:  // pred: ^bb1
    llvm.br ^bb4(%5 : i64)
  ^bb4(%28: i64):  // 2 preds: ^bb3, ^bb8
    %29 = llvm.icmp "slt" %28, %4 : i64
    llvm.cond_br %29, ^bb5, ^bb9
  ^bb5:  // pred: ^bb4
    llvm.br ^bb6(%5 : i64)
  ^bb6(%30: i64):  // 2 preds: ^bb5, ^bb7
    %31 = llvm.icmp "slt" %30, %2 : i64
    llvm.cond_br %31, ^bb7, ^bb8
  ^bb7:  // pred: ^bb6
    %32 = llvm.mul %28, %arg5  : i64
    %33 = llvm.add %arg2, %32  : i64
    %34 = llvm.mul %30, %arg6  : i64
    %35 = llvm.add %33, %34  : i64
    %36 = llvm.getelementptr %arg1[%35] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %37 = llvm.load %36 : !llvm.ptr<f32>
    %38 = llvm.getelementptr %17[%28] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %39 = llvm.load %38 : !llvm.ptr<f32>
    %40 = llvm.fadd %37, %39  : f32
    %41 = llvm.getelementptr %17[%28] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    llvm.store %40, %41 : !llvm.ptr<f32>
    %42 = llvm.add %30, %3  : i64
    llvm.br ^bb6(%42 : i64)
  ^bb8:  // pred: ^bb6
    %43 = llvm.add %28, %3  : i64
    llvm.br ^bb4(%43 : i64)
  ^bb9:  // pred: ^bb4
    llvm.return %23 : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<1 x i64>, array<1 x i64>)>
  }
  llvm.func @dot(%arg0: !llvm.ptr<f32>, %arg1: !llvm.ptr<f32>, %arg2: i64, %arg3: i64, %arg4: i64, %arg5: !llvm.ptr<f32>, %arg6: !llvm.ptr<f32>, %arg7: i64, %arg8: i64, %arg9: i64, %arg10: !llvm.ptr<f32>, %arg11: !llvm.ptr<f32>, %arg12: i64) {
    %0 = llvm.mlir.constant(1 : index) : i64
    %1 = llvm.mlir.constant(4096 : index) : i64
    %2 = llvm.mlir.constant(0 : index) : i64
    llvm.br ^bb1(%2 : i64)
  ^bb1(%3: i64):  // 2 preds: ^bb0, ^bb2
    %4 = llvm.icmp "slt" %3, %1 : i64
    llvm.cond_br %4, ^bb2, ^bb3
  ^bb2:  // pred: ^bb1
    %5 = llvm.getelementptr %arg1[%3] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %6 = llvm.load %5 : !llvm.ptr<f32>
    %7 = llvm.getelementptr %arg6[%3] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %8 = llvm.load %7 : !llvm.ptr<f32>
    %9 = llvm.load %arg11 : !llvm.ptr<f32>
    %10 = llvm.fmul %6, %8  : f32
    %11 = llvm.fadd %9, %10  : f32
    llvm.store %11, %arg11 : !llvm.ptr<f32>
    %12 = llvm.add %3, %0  : i64
    llvm.br ^bb1(%12 : i64)
  ^bb3:  // pred: ^bb1
    llvm.return
  }
}

