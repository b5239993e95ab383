module attributes {llvm.data_layout = ""} {
  llvm.func @prefix_sum(%arg0: !llvm.ptr<f32>, %arg1: !llvm.ptr<f32>, %arg2: i64, %arg3: i64, %arg4: i64) -> f32 {
    %0 = llvm.mlir.constant(1 : index) : i64
    %1 = llvm.mlir.constant(0 : index) : i64
    %2 = llvm.mlir.constant(0.000000e+00 : f32) : f32
    %3 = llvm.mlir.undef : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<1 x i64>, array<1 x i64>)>
    %4 = llvm.insertvalue %arg0, %3[0] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<1 x i64>, array<1 x i64>)> 
    %5 = llvm.insertvalue %arg1, %4[1] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<1 x i64>, array<1 x i64>)> 
    %6 = llvm.insertvalue %arg2, %5[2] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<1 x i64>, array<1 x i64>)> 
    %7 = llvm.insertvalue %arg3, %6[3, 0] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<1 x i64>, array<1 x i64>)> 
    %8 = llvm.extractvalue %7[3] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<1 x i64>, array<1 x i64>)> 
    %9 = llvm.alloca %0 x !llvm.array<1 x i64> : (i64) -> !llvm.ptr<array<1 x i64>>
    llvm.store %8, %9 : !llvm.ptr<array<1 x i64>>
    %10 = llvm.getelementptr %9[0, 0] : (!llvm.ptr<array<1 x i64>>) -> !llvm.ptr<i64>
    %11 = llvm.load %10 : !llvm.ptr<i64>
    llvm.br ^bb1(%1, %2 : i64, f32)
  ^bb1(%12: i64, %13: f32):  // 2 preds: ^bb0, ^bb2
    %14 = llvm.icmp "slt" %12, %11 : i64
    llvm.cond_br %14, ^bb2, ^bb3
  ^bb2:  // pred: ^bb1
    %15 = llvm.getelementptr %arg1[%12] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %16 = llvm.load %15 : !llvm.ptr<f32>
    %17 = llvm.fadd %13, %16  : f32
    %18 = llvm.getelementptr %arg1[%12] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    llvm.store %17, %18 : !llvm.ptr<f32>
    %19 = llvm.add %12, %0  : i64
    llvm.br ^bb1(%19, %17 : i64, f32)
  ^bb3:  // pred: ^bb1
    llvm.return %13 : f32
  }
  llvm.func @relu_inplace(%arg0: !llvm.ptr<f32>, %arg1: !llvm.ptr<f32>, %arg2: i64, %arg3: i64, %arg4: i64, %arg5: i64, %arg6: i64) {
    %0 = llvm.mlir.constant(0.000000e+00 : f32) : f32
    %1 = llvm.mlir.constant(32 : index) : i64
    %2 = llvm.mlir.constant(1 : index) : i64
    %3 = llvm.mlir.constant(0 : index) : i64
    llvm.br ^bb1(%3 : i64)
  ^bb1(%4: i64):  // 2 preds: ^bb0, ^bb8
    %5 = llvm.icmp "slt" %4, %1 : i64
    llvm.cond_br %5, ^bb2, ^bb9
  ^bb2:  // pred: ^bb1
    llvm.br ^bb3(%3 : i64)
  ^bb3(%6: i64):  // 2 preds: ^bb2, ^bb7
    %7 = llvm.icmp "slt" %6, %1 : i64
    llvm.cond_br %7, ^bb4, ^bb8
  ^bb4:  // pred: ^bb3
    %8 = llvm.mul %4, %1  : i64
    %9 = llvm.add %8, %6  : i64
    %10 = llvm.getelementptr %arg1[%9] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %11 = llvm.load %10 : !llvm.ptr<f32>
    %12 = llvm.fcmp "olt" %11, %0 : f32
    llvm.cond_br %12, ^bb5(%0 : f32), ^bb5(%11 : f32)
  ^bb5(%13: f32):  // 2 preds: ^bb4, ^bb4
    llvm.br ^bb6(%13 : f32)
  ^bb6(%14: f32):  // pred: ^bb5
    llvm.br ^bb7
  ^bb7:  // pred: ^bb6
    %15 = llvm.mul %4, %1  : i64
    %16 = llvm.add %15, %6  : i64
    %17 = llvm.getelementptr %arg1[%16] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    llvm.store %14, %17 : !llvm.ptr<f32>
    %18 = llvm.add %6, %2  : i64
    llvm.br ^bb3(%18 : i64)
  ^bb8:  // pred: ^bb3
    %19 = llvm.add %4, %2  : i64
    llvm.br ^bb1(%19 : i64)
  ^bb9:  // pred: ^bb1
    llvm.return
  }
  llvm.func @parallel_sum(%arg0: !llvm.ptr<f32>, %arg1: !llvm.ptr<f32>, %arg2: i64, %arg3: i64, %arg4: i64, %arg5: i64, %arg6: i64) -> f32 {
    %0 = llvm.mlir.constant(0.000000e+00 : f32) : f32
    %1 = llvm.mlir.constant(64 : index) : i64
    %2 = llvm.mlir.constant(1 : index) : i64
    %3 = llvm.mlir.constant(0 : index) : i64
    llvm.br ^bb1(%3, %0 : i64, f32)
  ^bb1(%4: i64, %5: f32):  // 2 preds: ^bb0, ^bb5
    %6 = llvm.icmp "slt" %4, %1 : i64
    llvm.cond_br %6, ^bb2, ^bb6
  ^bb2:  // pred: ^bb1
    llvm.br ^bb3(%3, %5 : i64, f32)
  ^bb3(%7: i64, %8: f32):  // 2 preds: ^bb2, ^bb4
    %9 = llvm.icmp "slt" %7, %1 : i64
    llvm.cond_br %9, ^bb4, ^bb5
  ^bb4:  // pred: ^bb3
    %10 = llvm.mul %4, %1  : i64
    %11 = llvm.add %10, %7  : i64
    %12 = llvm.getelementptr %arg1[%11] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %13 = llvm.load %12 : !llvm.ptr<f32>
    %14 = llvm.fadd %8, %13  : f32
    %15 = llvm.add %7, %2  : i64
    llvm.br ^bb3(%15, %14 : i64, f32)
  ^bb5:  // pred: ^bb3
    %16 = llvm.add %4, %2  : i64
    llvm.br ^bb1(%16, %8 : i64, f32)
  ^bb6:  // pred: ^bb1
    llvm.return %5 : f32
  }
}

