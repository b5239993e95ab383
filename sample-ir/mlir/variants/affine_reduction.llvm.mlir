module attributes {llvm.data_layout = ""} {
  llvm.func @sum(%arg0: !llvm.ptr<f32>, %arg1: !llvm.ptr<f32>, %arg2: i64, %arg3: i64, %arg4: i64, %arg5: i64) -> f32 {
    %0 = llvm.mlir.constant(1 : index) : i64
    %1 = llvm.mlir.constant(0 : index) : i64
    %2 = llvm.mlir.constant(0.000000e+00 : f32) : f32
    llvm.br ^bb1(%1, %2 : i64, f32)
  ^bb1(%3: i64, %4: f32):  // 2 preds: ^bb0, ^bb2
    %5 = llvm.icmp "slt" %3, %arg5 : i64
    llvm.cond_br %5, ^bb2, ^bb3
  ^bb2:  // pred: ^bb1
    %6 = llvm.getelementptr %arg1[%3] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %7 = llvm.load %6 : !llvm.ptr<f32>
    %8 = llvm.fadd %4, %7  : f32
    %9 = llvm.add %3, %0  : i64
    llvm.br ^bb1(%9, %8 : i64, f32)
  ^bb3:  // pred: ^bb1
    llvm.return %4 : f32
  }
  llvm.func @tiled_scale(%arg0: !llvm.ptr<f32>, %arg1: !llvm.ptr<f32>, %arg2: i64, %arg3: i64, %arg4: i64, %arg5: i64, %arg6: f32) {
    %0 = llvm.mlir.constant(32 : index) : i64
    %1 = llvm.mlir.constant(0 : index) : i64
    %2 = llvm.mlir.constant(1 : index) : i64
    llvm.br ^bb1(%1 : i64)
  ^bb1(%3: i64):  // 2 preds: ^bb0, ^bb5
    %4 = llvm.icmp "slt" %3, %arg5 : i64
    llvm.cond_br %4, ^bb2, ^bb6
  ^bb2:  // pred: ^bb1
    %5 = llvm.add %3, %0  : i64
    %6 = llvm.icmp "slt" %5, %arg5 : i64
    %7 = llvm.select %6, %5, %arg5 : i1, i64
    llvm.br ^bb3(%3 : i64)
  ^bb3(%8: i64):  // 2 preds: ^bb2, ^bb4
    %9 = llvm.icmp "slt" %8, %7 : i64
    llvm.cond_br %9, ^bb4, ^bb5
  ^bb4:  // pred: ^bb3
    %10 = llvm.getelementptr %arg1[%8] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %11 = llvm.load %10 : !llvm.ptr<f32>
    %12 = llvm.fmul %11, %arg6  : f32
    %13 = llvm.getelementptr %arg1[%8] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    llvm.store %12, %13 : !llvm.ptr<f32>
    %14 = llvm.add %8, %2  : i64
    llvm.br ^bb3(%14 : i64)
  ^bb5:  // pred: ^bb3
    %15 = llvm.add %3, %0  : i64
    llvm.br ^bb1(%15 : i64)
  ^bb6:  // pred: ^bb1
    llvm.return
  }
  llvm.func @parallel_max(%arg0: !llvm.ptr<f32>, %arg1: !llvm.ptr<f32>, %arg2: i64, %arg3: i64, %arg4: i64, %arg5: i64, %arg6: i64) -> f32 {
    %0 = llvm.mlir.constant(0xFF800000 : f32) : f32
    %1 = llvm.mlir.constant(1 : index) : i64
    %2 = llvm.mlir.constant(100 : index) : i64
    %3 = llvm.mlir.constant(0 : index) : i64
    llvm.br ^bb1(%3, %0 : i64, f32)
  ^bb1(%4: i64, %5: f32):  // 2 preds: ^bb0, ^bb5
    %6 = llvm.icmp "slt" %4, %2 : i64
    llvm.cond_br %6, ^bb2, ^bb6
  ^bb2:  // pred: ^bb1
    llvm.br ^bb3(%3, %5 : i64, f32)
  ^bb3(%7: i64, %8: f32):  // 2 preds: ^bb2, ^bb4
    %9 = llvm.icmp "slt" %7, %2 : i64
    llvm.cond_br %9, ^bb4, ^bb5
  ^bb4:  // pred: ^bb3
    %10 = llvm.mul %4, %2  : i64
    %11 = llvm.add %10, %7  : i64
    %12 = llvm.getelementptr %arg1[%11] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %13 = llvm.load %12 : !llvm.ptr<f32>
    %14 = llvm.intr.maxnum(%8, %13)  : (f32, f32) -> f32
    %15 = llvm.add %7, %1  : i64
    llvm.br ^bb3(%15, %14 : i64, f32)
  ^bb5:  // pred: ^bb3
    %16 = llvm.add %4, %1  : i64
    llvm.br ^bb1(%16, %8 : i64, f32)
  ^bb6:  // pred: ^bb1
    llvm.return %5 : f32
  }
  llvm.func @strided_copy(%arg0: !llvm.ptr<f32>, %arg1: !llvm.ptr<f32>, %arg2: i64, %arg3: i64, %arg4: i64, %arg5: !llvm.ptr<f32>, %arg6: !llvm.ptr<f32>, %arg7: i64, %arg8: i64, %arg9: i64) {
    %0 = llvm.mlir.constant(1 : index) : i64
    %1 = llvm.mlir.constant(128 : index) : i64
    %2 = llvm.mlir.constant(0 : index) : i64
    %3 = llvm.mlir.constant(2 : index) : i64
    %4 = llvm.mlir.constant(-1 : index) : i64
    llvm.br ^bb1(%2 : i64)
  ^bb1(%5: i64):  // 2 preds: ^bb0, ^bb2
    %6 = llvm.icmp "slt" %5, %1 : i64
    llvm.cond_br %6, ^bb2, ^bb3
  ^bb2:  // pred: ^bb1
    %7 = llvm.mul %5, %3  : i64
    %8 = llvm.add %7, %0  : i64
    %9 = llvm.add %8, %4  : i64
    %10 = llvm.icmp "sgt" %9, %2 : i64
    %11 = llvm.select %10, %9, %2 : i1, i64
    %12 = llvm.getelementptr %arg1[%11] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %13 = llvm.load %12 : !llvm.ptr<f32>
    %14 = llvm.getelementptr %arg6[%5] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    llvm.store %13, %14 : !llvm.ptr<f32>
    %15 = llvm.add %5, %0  : i64
    llvm.br ^bb1(%15 : i64)
  ^bb3:  // pred: ^bb1
    llvm.return
  }
}

