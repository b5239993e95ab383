module attributes {llvm.data_layout = ""} {
  llvm.func @malloc(i64) -> !llvm.ptr<i8>
  llvm.func @matmul(%arg0: !llvm.ptr<f32>, %arg1: !llvm.ptr<f32>, %arg2: i64, %arg3: i64, %arg4: i64, %arg5: i64, %arg6: i64, %arg7: !llvm.ptr<f32>, %arg8: !llvm.ptr<f32>, %arg9: i64, %arg10: i64, %arg11: i64, %arg12: i64, %arg13: i64) -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)> {
    %0 = llvm.mlir.constant(0.000000e+00 : f32) : f32
    %1 = llvm.mlir.constant(128 : index) : i64
    %2 = llvm.mlir.constant(32 : index) : i64
    %3 = llvm.mlir.constant(1 : index) : i64
    %4 = llvm.mlir.constant(64 : index) : i64
    %5 = llvm.mlir.constant(0 : index) : i64
    %6 = llvm.mlir.null : !llvm.ptr<f32>
    %7 = llvm.getelementptr %6[2048] : (!llvm.ptr<f32>) -> !llvm.ptr<f32>
    %8 = llvm.ptrtoint %7 : !llvm.ptr<f32> to i64
    %9 = llvm.add %8, %4  : i64
    %10 = llvm.call @malloc(%9) : (i64) -> !llvm.ptr<i8>
    %11 = llvm.bitcast %10 : !llvm.ptr<i8> to !llvm.ptr<f32>
    %12 = llvm.ptrtoint %11 : !llvm.ptr<f32> to i64
    %13 = llvm.sub %4, %3  : i64
    %14 = llvm.add %12, %13  : i64
    %15 = llvm.urem %14, %4  : i64
    %16 = llvm.sub %14, %15  : i64
    %17 = llvm.inttoptr %16 : i64 to !llvm.ptr<f32>
    %18 = llvm.mlir.undef : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>
    %19 = llvm.insertvalue %11, %18[0] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)> 
    %20 = llvm.insertvalue %17, %19[1] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)> 
    %21 = llvm.insertvalue %5, %20[2] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)> 
    %22 = llvm.insertvalue %4, %21[3, 0] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)> 
    %23 = llvm.insertvalue %2, %22[3, 1] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)> 
    %24 = llvm.insertvalue %2, %23[4, 0] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)> 
    %25 = llvm.insertvalue %3, %24[4, 1] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)> 
    llvm.br ^bb1(%5 : i64)
  ^bb1(%26: i64):  // 2 preds: ^bb0, ^bb5
    %27 = llvm.icmp "slt" %26, %4 : i64
    llvm.cond_br %27, ^bb2, ^bb6
  ^bb2:  // pred: ^bb1
    llvm.br ^bb3(%5 : i64)
  ^bb3(%28: i64):  // 2 preds: ^bb2, ^bb4
    %29 = llvm.icmp "slt" %28, %2 : i64
    llvm.cond_br %29, ^bb4, ^bb5
  ^bb4:  // pred: ^bb3
    %30 = llvm.mul %26, %2  : i64
    %31 = llvm.add %30, %28  : i64
    %32 = llvm.getelementptr %17[%31] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    llvm.store %0, %32 : !llvm.ptr<f32>
    %33 = llvm.add %28, %3  : i64
    llvm.br ^bb3(%33 : i64)
  ^bb5:  // pred: ^bb3
    %34 = llvm.add %26, %3  : i64
    llvm.br ^bb1(%34 : i64)
  ^bb6:  // pred: ^bb1
    llvm.br ^bb7(%5 : i64)
  ^bb7(%35: i64):  // 2 preds: ^bb6, ^bb14
    %36 = llvm.icmp "slt" %35, %4 : i64
    llvm.cond_br %36, ^bb8, ^bb15
  ^bb8:  // pred: ^bb7
    llvm.br ^bb9(%5 : i64)
  ^bb9(%37: i64):  // 2 preds: ^bb8, ^bb13
    %38 = llvm.icmp "slt" %37, %2 : i64
    llvm.cond_br %38, ^bb10, ^bb14
  ^bb10:  // pred: ^bb9
    llvm.br ^bb11(%5 : i64)
  ^bb11(%39: i64):  // 2 preds: ^bb10, ^bb12
    %40 = llvm.icmp "slt" %39, %1 : i64
    llvm.cond_br %40, ^bb12, ^bb13
  ^bb12:  // pred: ^bb11
    %41 = llvm.mul %35, %arg5  : i64
    %42 = llvm.add %arg2, %41  : i64
    %43 = llvm.mul %39, %arg6  : i64
    %44 = llvm.add %42, %43  : i64
    %45 = llvm.getelementptr %arg1[%44] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %46 = llvm.load %45 : !llvm.ptr<f32>
    %47 = llvm.mul %39, %arg12  : i64
    %48 = llvm.add %arg9, %47  : i64
    %49 = llvm.mul %37, %arg13  : i64
    %50 = llvm.add %48, %49  : i64
    %51 = llvm.getelementptr %arg8[%50] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %52 = llvm.load %51 : !llvm.ptr<f32>
    %53 = llvm.mul %35, %2  : i64
    %54 = llvm.add %53, %37  : i64
    %55 = llvm.getelementptr %17[%54] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %56 = llvm.load %55 : !llvm.ptr<f32>
    %57 = llvm.fmul %46, %52  : f32
    %58 = llvm.fadd %56, %57  : f32
    %59 = llvm.mul %35, %2  : i64
    %60 = llvm.add %59, %37  : i64
    %61 = llvm.getelementptr %17[%60] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    llvm.store %58, %61 : !llvm.ptr<f32>
    %62 = llvm.add %39, %3  : i64
    llvm.br ^bb11(%62 : i64)
  ^bb13:  // pred: ^bb11
    %63 = llvm.add %37, %3  : i64
    llvm.br ^bb9(%63 : i64)
  ^bb14:  // pred: ^bb9
    %64 = llvm.add %35, %3  : i64
    llvm.br ^bb7(%64 : i64)
  ^bb15:  // pred: ^bb7
    llvm.return %25 : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>
  }
}

