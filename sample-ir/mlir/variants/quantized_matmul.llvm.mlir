module attributes {llvm.data_layout = ""} {
  llvm.func @free(!llvm.ptr<i8>)
  llvm.func @malloc(i64) -> !llvm.ptr<i8>
  llvm.func @qmatmul(%arg0: !llvm.ptr<i8>, %arg1: !llvm.ptr<i8>, %arg2: i64, %arg3: i64, %arg4: i64, %arg5: i64, %arg6: i64, %arg7: !llvm.ptr<i8>, %arg8: !llvm.ptr<i8>, %arg9: i64, %arg10: i64, %arg11: i64, %arg12: i64, %arg13: i64, %arg14: f32) -> !llvm.struct<(ptr<i8>, ptr<i8>, i64, array<2 x i64>, array<2 x i64>)> {
    %0 = llvm.mlir.constant(1.270000e+02 : f32) : f32
    %1 = llvm.mlir.constant(-1.280000e+02 : f32) : f32
    %2 = llvm.mlir.constant(0 : i32) : i32
    %3 = llvm.mlir.constant(64 : index) : i64
    %4 = llvm.mlir.constant(16 : index) : i64
    %5 = llvm.mlir.constant(1 : index) : i64
    %6 = llvm.mlir.constant(32 : index) : i64
    %7 = llvm.mlir.constant(0 : index) : i64
    %8 = llvm.mlir.null : !llvm.ptr<i32>
    %9 = llvm.getelementptr %8[512] : (!llvm.ptr<i32>) -> !llvm.ptr<i32>
    %10 = llvm.ptrtoint %9 : !llvm.ptr<i32> to i64
    %11 = llvm.add %10, %3  : i64
    %12 = llvm.call @malloc(%11) : (i64) -> !llvm.ptr<i8>
    %13 = llvm.bitcast %12 : !llvm.ptr<i8> to !llvm.ptr<i32>
    %14 = llvm.ptrtoint %13 : !llvm.ptr<i32> to i64
    %15 = llvm.sub %3, %5  : i64
    %16 = llvm.add %14, %15  : i64
    %17 = llvm.urem %16, %3  : i64
    %18 = llvm.sub %16, %17  : i64
    %19 = llvm.inttoptr %18 : i64 to !llvm.ptr<i32>
    llvm.br ^bb1(%7 : i64)
  ^bb1(%20: i64):  // 2 preds: ^bb0, ^bb5
    %21 = llvm.icmp "slt" %20, %6 : i64
    llvm.cond_br %21, ^bb2, ^bb6
  ^bb2:  // pred: ^bb1
    llvm.br ^bb3(%7 : i64)
  ^bb3(%22: i64):  // 2 preds: ^bb2, ^bb4
    %23 = llvm.icmp "slt" %22, %4 : i64
    llvm.cond_br %23, ^bb4, ^bb5
  ^bb4:  // pred: ^bb3
    %24 = llvm.mul %20, %4  : i64
    %25 = llvm.add %24, %22  : i64
    %26 = llvm.getelementptr %19[%25] : (!llvm.ptr<i32>, i64) -> !llvm.ptr<i32>
    llvm.store %2, %26 : !llvm.ptr<i32>
    %27 = llvm.add %22, %5  : i64
    llvm.br ^bb3(%27 : i64)
  ^bb5:  // pred: ^bb3
    %28 = llvm.add %20, %5  : i64
    llvm.br ^bb1(%28 : i64)
  ^bb6:  // pred: ^bb1
    llvm.br ^bb7(%7 : i64)
  ^bb7(%29: i64):  // 2 preds: ^bb6, ^bb14
    %30 = llvm.icmp "slt" %29, %6 : i64
    llvm.cond_br %30, ^bb8, ^bb15
  ^bb8:  // pred: ^bb7
    llvm.br ^bb9(%7 : i64)
  ^bb9(%31: i64):  // 2 preds: ^bb8, ^bb13
    %32 = llvm.icmp "slt" %31, %4 : i64
    llvm.cond_br %32, ^bb10, ^bb14
  ^bb10:  // pred: ^bb9
    llvm.br ^bb11(%7 : i64)
  ^bb11(%33: i64):  // 2 preds: ^bb10, ^bb12
    %34 = llvm.icmp "slt" %33, %3 : i64
    llvm.cond_br %34, ^bb12, ^bb13
  ^bb12:  // pred: ^bb11
    %35 = llvm.mul %29, %arg5  : i64
    %36 = llvm.add %arg2, %35  : i64
    %37 = llvm.mul %33, %arg6  : i64
    %38 = llvm.add %36, %37  : i64
    %39 = llvm.getelementptr %arg1[%38] : (!llvm.ptr<i8>, i64) -> !llvm.ptr<i8>
    %40 = llvm.load %39 : !llvm.ptr<i8>
    %41 = llvm.mul %33, %arg12  : i64
    %42 = llvm.add %arg9, %41  : i64
    %43 = llvm.mul %31, %arg13  : i64
    %44 = llvm.add %42, %43  : i64
    %45 = llvm.getelementptr %arg8[%44] : (!llvm.ptr<i8>, i64) -> !llvm.ptr<i8>
    %46 = llvm.load %45 : !llvm.ptr<i8>
    %47 = llvm.mul %29, %4  : i64
    %48 = llvm.add %47, %31  : i64
    %49 = llvm.getelementptr %19[%48] : (!llvm.ptr<i32>, i64) -> !llvm.ptr<i32>
    %50 = llvm.load %49 : !llvm.ptr<i32>
    %51 = llvm.sext %40 : i8 to i32
    %52 = llvm.sext %46 : i8 to i32
    %53 = llvm.mul %51, %52  : i32
    %54 = llvm.add %50, %53  : i32
    %55 = llvm.mul %29, %4  : i64
    %56 = llvm.add %55, %31  : i64
    %57 = llvm.getelementptr %19[%56] : (!llvm.ptr<i32>, i64) -> !llvm.ptr<i32>
    llvm.store %54, %57 : !llvm.ptr<i32>
    %58 = llvm.add %33, %5  : i64
    llvm.br ^bb11(%58 : i64)
  ^bb13:  // pred: ^bb11
    %59 = llvm.add %31, %5  : i64
    llvm.br ^bb9(%59 : i64)
  ^bb14:  // pred: ^bb9
    %60 = llvm.add %29, %5  : i64
    llvm.br ^bb7(%60 : i64)
  ^bb15:  // pred: ^bb7
    %61 = llvm.mlir.null : !llvm.ptr<i8>
    %62 = llvm.getelementptr %61[512] : (!llvm.ptr<i8>) -> !llvm.ptr<i8>
    %63 = llvm.ptrtoint %62 : !llvm.ptr<i8> to i64
    %64 = llvm.add %63, %3  : i64
    %65 = llvm.call @malloc(%64) : (i64) -> !llvm.ptr<i8>
    %66 = llvm.ptrtoint %65 : !llvm.ptr<i8> to i64
    %67 = llvm.sub %3, %5  : i64
    %68 = llvm.add %66, %67  : i64
    %69 = llvm.urem %68, %3  : i64
    %70 = llvm.sub %68, %69  : i64
    %71 = llvm.inttoptr %70 : i64 to !llvm.ptr<i8>
    %72 = llvm.mlir.undef : !llvm.struct<(ptr<i8>, ptr<i8>, i64, array<2 x i64>, array<2 x i64>)>
    %73 = llvm.insertvalue %65, %72[0] : !llvm.struct<(ptr<i8>, ptr<i8>, i64, array<2 x i64>, array<2 x i64>)> 
    %74 = llvm.insertvalue %71, %73[1] : !llvm.struct<(ptr<i8>, ptr<i8>, i64, array<2 x i64>, array<2 x i64>)> 
    %75 = llvm.insertvalue %7, %74[2] : !llvm.struct<(ptr<i8>, ptr<i8>, i64, array<2 x i64>, array<2 x i64>)> 
    %76 = llvm.insertvalue %6, %75[3, 0] : !llvm.struct<(ptr<i8>, ptr<i8>, i64, array<2 x i64>, array<2 x i64>)> 
    %77 = llvm.insertvalue %4, %76[3, 1] : !llvm.struct<(ptr<i8>, ptr<i8>, i64, array<2 x i64>, array<2 x i64>)> 
    %78 = llvm.insertvalue %4, %77[4, 0] : !llvm.struct<(ptr<i8>, ptr<i8>, i64, array<2 x i64>, array<2 x i64>)> 
    %79 = llvm.insertvalue %5, %78[4, 1] : !llvm.struct<(ptr<i8>, ptr<i8>, i64, array<2 x i64>, array<2 x i64>)> 
    llvm.br ^bb16(%7 : i64)
  ^bb16(%80: i64):  // 2 preds: ^bb15, ^bb20
    %81 = llvm.icmp "slt" %80, %6 : i64
    llvm.cond_br %81, ^bb17, ^bb21
  ^bb17:  // pred: ^bb16
    llvm.br ^bb18(%7 : i64)
  ^bb18(%82: i64):  // 2 preds: ^bb17, ^bb19
    %83 = llvm.icmp "slt" %82, %4 : i64
    llvm.cond_br %83, ^bb19, ^bb20
  ^bb19:  // pred: ^bb18
    %84 = llvm.mul %80, %4  : i64
    %85 = llvm.add %84, %82  : i64
    %86 = llvm.getelementptr %19[%85] : (!llvm.ptr<i32>, i64) -> !llvm.ptr<i32>
    %87 = llvm.load %86 : !llvm.ptr<i32>
    %88 = llvm.sitofp %87 : i32 to f32
    %89 = llvm.fmul %88, %arg14  : f32
    %90 = llvm.intr.maxnum(%89, %1)  : (f32, f32) -> f32
    %91 = llvm.intr.minnum(%90, %0)  : (f32, f32) -> f32
    %92 = llvm.fptosi %91 : f32 to i8
    %93 = llvm.mul %80, %4  : i64
    %94 = llvm.add %93, %82  : i64
    %95 = llvm.getelementptr %71[%94] : (!llvm.ptr<i8>, i64) -> !llvm.ptr<i8>
    llvm.store %92, %95 : !llvm.ptr<i8>
    %96 = llvm.add %82, %5  : i64
    llvm.br ^bb18(%96 : i64)
  ^bb20:  // pred: ^bb18
    %97 = llvm.add %80, %5  : i64
    llvm.br ^bb16(%97 : i64)
  ^bb21:  // pred: ^bb16
    llvm.call @free(%12) : (!llvm.ptr<i8>) -> ()
    llvm.return %79 : !llvm.struct<(ptr<i8>, ptr<i8>, i64, array<2 x i64>, array<2 x i64>)>
  }
}

