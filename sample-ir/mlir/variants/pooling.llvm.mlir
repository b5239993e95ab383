module attributes {llvm.data_layout = ""} {
  llvm.func @free(!llvm.ptr<i8>)
  llvm.func @malloc(i64) -> !llvm.ptr<i8>
  llvm.func @max_pool(%arg0: !llvm.ptr<f32>, %arg1: !llvm.ptr<f32>, %arg2: i64, %arg3: i64, %arg4: i64, %arg5: i64, %arg6: i64, %arg7: i64, %arg8: i64, %arg9: i64, %arg10: i64) -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<4 x i64>, array<4 x i64>)> {
    %0 = llvm.mlir.constant(4096 : index) : i64
    %1 = llvm.mlir.constant(256 : index) : i64
    %2 = llvm.mlir.constant(64 : index) : i64
    %3 = llvm.mlir.constant(-3.40282347E+38 : f32) : f32
    %4 = llvm.mlir.constant(2 : index) : i64
    %5 = llvm.mlir.constant(16 : index) : i64
    %6 = llvm.mlir.constant(1 : index) : i64
    %7 = llvm.mlir.constant(0 : index) : i64
    %8 = llvm.mlir.null : !llvm.ptr<f32>
    %9 = llvm.getelementptr %8[4] : (!llvm.ptr<f32>) -> !llvm.ptr<f32>
    %10 = llvm.ptrtoint %9 : !llvm.ptr<f32> to i64
    %11 = llvm.add %10, %2  : i64
    %12 = llvm.call @malloc(%11) : (i64) -> !llvm.ptr<i8>
    %13 = llvm.mlir.null : !llvm.ptr<f32>
    %14 = llvm.getelementptr %13[4096] : (!llvm.ptr<f32>) -> !llvm.ptr<f32>
    %15 = llvm.ptrtoint %14 : !llvm.ptr<f32> to i64
    %16 = llvm.add %15, %2  : i64
    %17 = llvm.call @malloc(%16) : (i64) -> !llvm.ptr<i8>
    %18 = llvm.bitcast %17 : !llvm.ptr<i8> to !llvm.ptr<f32>
    %19 = llvm.ptrtoint %18 : !llvm.ptr<f32> to i64
    %20 = llvm.sub %2, %6  : i64
    %21 = llvm.add %19, %20  : i64
    %22 = llvm.urem %21, %2  : i64
    %23 = llvm.sub %21, %22  : i64
    %24 = llvm.inttoptr %23 : i64 to !llvm.ptr<f32>
    %25 = llvm.mlir.undef : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<4 x i64>, array<4 x i64>)>
    %26 = llvm.insertvalue %18, %25[0] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<4 x i64>, array<4 x i64>)> 
    %27 = llvm.insertvalue %24, %26[1] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<4 x i64>, array<4 x i64>)> 
    %28 = llvm.insertvalue %7, %27[2] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<4 x i64>, array<4 x i64>)> 
    %29 = llvm.insertvalue %6, %28[3, 0] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<4 x i64>, array<4 x i64>)> 
    %30 = llvm.insertvalue %5, %29[3, 1] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<4 x i64>, array<4 x i64>)> 
    %31 = llvm.insertvalue %5, %30[3, 2] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<4 x i64>, array<4 x i64>)> 
    %32 = llvm.insertvalue %5, %31[3, 3] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<4 x i64>, array<4 x i64>)> 
    %33 = llvm.insertvalue %0, %32[4, 0] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<4 x i64>, array<4 x i64>)> 
    %34 = llvm.insertvalue %1, %33[4, 1] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<4 x i64>, array<4 x i64>)> 
    %35 = llvm.insertvalue %5, %34[4, 2] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<4 x i64>, array<4 x i64>)> 
    %36 = llvm.insertvalue %6, %35[4, 3] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<4 x i64>, array<4 x i64>)> 
    llvm.br ^bb1(%7 : i64)
  ^bb1(%37: i64):  // 2 preds: ^bb0, ^bb11
    %38 = llvm.icmp "slt" %37, %6 : i64
    llvm.cond_br %38, ^bb2, ^bb12
  ^bb2:  // pred: ^bb1
    llvm.br ^bb3(%7 : i64)
  ^bb3(%39: i64):  // 2 preds: ^bb2, ^bb10
    %40 = llvm.icmp "slt" %39, %5 : i64
    llvm.cond_br %40, ^bb4, ^bb11
  ^bb4:  // pred: ^bb3
    llvm.br ^bb5(%7 : i64)
  ^bb5(%41: i64):  // 2 preds: ^bb4, ^bb9
    %42 = llvm.icmp "slt" %41, %5 : i64
    llvm.cond_br %42, ^bb6, ^bb10
  ^bb6:  // pred: ^bb5
    llvm.br ^bb7(%7 : i64)
  ^bb7(%43: i64):  // 2 preds: ^bb6, ^bb8
    %44 = llvm.icmp "slt" %43, %5 : i64
    llvm.cond_br %44, ^bb8, ^bb9
  ^bb8:  // pred: ^bb7
    %45 = llvm.mul %37, %0  : i64
    %46 = llvm.mul %39, %1  : i64
    %47 = llvm.add %45, %46  : i64
    %48 = llvm.mul %41, %5  : i64
    %49 = llvm.add %47, %48  : i64
    %50 = llvm.add %49, %43  : i64
    %51 = llvm.getelementptr %24[%50] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    llvm.store %3, %51 : !llvm.ptr<f32>
    %52 = llvm.add %43, %6  : i64
    llvm.br ^bb7(%52 : i64)
  ^bb9:  // pred: ^bb7
    %53 = llvm.add %41, %6  : i64
    llvm.br ^bb5(%53 : i64)
  ^bb10:  // pred: ^bb5
    %54 = llvm.add %39, %6  : i64
    llvm.br ^bb3(%54 : i64)
  ^bb11:  // pred: ^bb3
    %55 = llvm.add %37, %6  : i64
    llvm.br ^bb1(%55 : i64)
  ^bb12:  // pred: ^bb1
    llvm.br ^bb13(%7 : i64)
  ^bb13(%56: i64):  // 2 preds: ^bb12, ^bb29
    %57 = llvm.icmp "slt" %56, %6 : i64
    llvm.cond_br %57, ^bb14, ^bb30
  ^bb14:  // pred: ^bb13
    llvm.br ^bb15(%7 : i64)
  ^bb15(%58: i64):  // 2 preds: ^bb14, ^bb28
    %59 = llvm.icmp "slt" %58, %5 : i64
    llvm.cond_br %59, ^bb16, ^bb29
  ^bb16:  // pred: ^bb15
    llvm.br ^bb17(%7 : i64)
  ^bb17(%60: i64):  // 2 preds: ^bb16, ^bb27
    %61 = llvm.icmp "slt" %60, %5 : i64
    llvm.cond_br %61, ^bb18, ^bb28
  ^bb18:  // pred: ^bb17
    llvm.br ^bb19(%7 : i64)
  ^bb19(%62: i64):  // 2 preds: ^bb18, ^bb26
    %63 = llvm.icmp "slt" %62, %5 : i64
    llvm.cond_br %63, ^bb20, ^bb27
  ^bb20:  // pred: ^bb19
    llvm.br ^bb21(%7 : i64)
  ^bb21(%64: i64):  // 2 preds: ^bb20, ^bb25
    %65 = llvm.icmp "slt" %64, %4 : i64
    llvm.cond_br %65, ^bb22, ^bb26
  ^bb22:  // pred: ^bb21
    llvm.br ^bb23(%7 : i64)
  ^bb23(%66: i64):  // 2 preds: ^bb22, ^bb24
    %67 = llvm.icmp "slt" %66, %4 : i64
    llvm.cond_br %67, ^bb24, ^bb25
  ^bb24:  // pred: ^bb23
    %68 = llvm.mul %58, %4  : i64
    %69 = llvm.add %68, %64  : i64
    %70 = llvm.mul %60, %4  : i64
    %71 = llvm.add %70, %66  : i64
    %72 = llvm.mul %56, %arg7  : i64
    %73 = llvm.add %arg2, %72  : i64
    %74 = llvm.mul %69, %arg8  : i64
    %75 = llvm.add %73, %74  : i64
    %76 = llvm.mul %71, %arg9  : i64
    %77 = llvm.add %75, %76  : i64
    %78 = llvm.mul %62, %arg10  : i64
    %79 = llvm.add %77, %78  : i64
    %80 = llvm.getelementptr %arg1[%79] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %81 = llvm.load %80 : !llvm.ptr<f32>
    %82 = llvm.mul %56, %0  : i64
    %83 = llvm.mul %58, %1  : i64
    %84 = llvm.add %82, %83  : i64
    %85 = llvm.mul %60, %5  : i64
    %86 = llvm.add %84, %85  : i64
    %87 = llvm.add %86, %62  : i64
    %88 = llvm.getelementptr %24[%87] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %89 = llvm.load %88 : !llvm.ptr<f32>
    %90 = llvm.intr.maxnum(%89, %81)  : (f32, f32) -> f32
    %91 = llvm.mul %56, %0  : i64
    %92 = llvm.mul %58, %1  : i64
    %93 = llvm.add %91, %92  : i64
    %94 = llvm.mul %60, %5  : i64
    %95 = llvm.add %93, %94  : i64
    %96 = llvm.add %95, %62  : i64
    %97 = llvm.getelementptr %24[%96] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    llvm.store %90, %97 : !llvm.ptr<f32>
    %98 = llvm.add %66, %6  : i64
    llvm.br ^bb23(%98 : i64)
  ^bb25:  // pred: ^bb23
    %99 = llvm.add %64, %6  : i64
    llvm.br ^bb21(%99 : i64)
  ^bb26:  // pred: ^bb21
    %100 = llvm.add %62, %6  : i64
    llvm.br ^bb19(%100 : i64)
  ^bb27:  // pred: ^bb19
    %101 = llvm.add %60, %6  : i64
    llvm.br ^bb17(%101 : i64)
  ^bb28:  // pred: ^bb17
    %102 = llvm.add %58, %6  : i64
    llvm.br ^bb15(%102 : i64)
  ^bb29:  // pred: ^bb15
    %103 = llvm.add %56, %6  : i64
    llvm.br ^bb13(%103 : i64)
  ^bb30:  // pred: ^bb13
    llvm.call @free(%12) : (!llvm.ptr<i8>) -> ()
    llvm.return %36 : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<4 x i64>, array<4 x i64>)>
  }
  llvm.func @sum_pool(%arg0: !llvm.ptr<f32>, %arg1: !llvm.ptr<f32>, %arg2: i64, %arg3: i64, %arg4: i64, %arg5: i64, %arg6: i64, %arg7: i64, %arg8: i64, %arg9: i64, %arg10: i64, %arg11: !llvm.ptr<f32>, %arg12: !llvm.ptr<f32>, %arg13: i64, %arg14: i64, %arg15: i64, %arg16: i64, %arg17: i64, %arg18: i64, %arg19: i64, %arg20: i64, %arg21: i64) {
    %0 = llvm.mlir.constant(256 : index) : i64
    %1 = llvm.mlir.constant(4096 : index) : i64
    %2 = llvm.mlir.constant(512 : index) : i64
    %3 = llvm.mlir.constant(16384 : index) : i64
    %4 = llvm.mlir.constant(2 : index) : i64
    %5 = llvm.mlir.constant(16 : index) : i64
    %6 = llvm.mlir.constant(1 : index) : i64
    %7 = llvm.mlir.constant(0 : index) : i64
    %8 = llvm.mlir.null : !llvm.ptr<f32>
    %9 = llvm.getelementptr %8[4] : (!llvm.ptr<f32>) -> !llvm.ptr<f32>
    %10 = llvm.ptrtoint %9 : !llvm.ptr<f32> to i64
    %11 = llvm.call @malloc(%10) : (i64) -> !llvm.ptr<i8>
    llvm.br ^bb1(%7 : i64)
  ^bb1(%12: i64):  // 2 preds: ^bb0, ^bb17
    %13 = llvm.icmp "slt" %12, %6 : i64
    llvm.cond_br %13, ^bb2, ^bb18
  ^bb2:  // pred: ^bb1
    llvm.br ^bb3(%7 : i64)
  ^bb3(%14: i64):  // 2 preds: ^bb2, ^bb16
    %15 = llvm.icmp "slt" %14, %5 : i64
    llvm.cond_br %15, ^bb4, ^bb17
  ^bb4:  // pred: ^bb3
    llvm.br ^bb5(%7 : i64)
  ^bb5(%16: i64):  // 2 preds: ^bb4, ^bb15
    %17 = llvm.icmp "slt" %16, %5 : i64
    llvm.cond_br %17, ^bb6, ^bb16
  ^bb6:  // pred: ^bb5
    llvm.br ^bb7(%7 : i64)
  ^bb7(%18: i64):  // 2 preds: ^bb6, ^bb14
    %19 = llvm.icmp "slt" %18, %5 : i64
    llvm.cond_br %19, ^bb8, ^bb15
  ^bb8:  // pred: ^bb7
    llvm.br ^bb9(%7 : i64)
  ^bb9(%20: i64):  // 2 preds: ^bb8, ^bb13
    %21 = llvm.icmp "slt" %20, %4 : i64
    llvm.cond_br %21, ^bb10, ^bb14
  ^bb10:  // pred: ^bb9
    llvm.br ^bb11(%7 : i64)
  ^bb11(%22: i64):  // 2 preds: ^bb10, ^bb12
    %23 = llvm.icmp "slt" %22, %4 : i64
    llvm.cond_br %23, ^bb12, ^bb13
  ^bb12:  // pred: ^bb11
    %24 = llvm.mul %14, %4  : i64
    %25 = llvm.add %24, %20  : i64
    %26 = llvm.mul %16, %4  : i64
    %27 = llvm.add %26, %22  : i64
    %28 = llvm.mul %12, %3  : i64
    %29 = llvm.mul %25, %2  : i64
    %30 = llvm.add %28, %29  : i64
    %31 = llvm.mul %27, %5  : i64
    %32 = llvm.add %30, %31  : i64
    %33 = llvm.add %32, %18  : i64
    %34 = llvm.getelementptr %arg1[%33] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %35 = llvm.load %34 : !llvm.ptr<f32>
    %36 = llvm.mul %12, %1  : i64
    %37 = llvm.mul %14, %0  : i64
    %38 = llvm.add %36, %37  : i64
    %39 = llvm.mul %16, %5  : i64
    %40 = llvm.add %38, %39  : i64
    %41 = llvm.add %40, %18  : i64
    %42 = llvm.getelementptr %arg12[%41] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %43 = llvm.load %42 : !llvm.ptr<f32>
    %44 = llvm.fadd %43, %35  : f32
    %45 = llvm.mul %12, %1  : i64
    %46 = llvm.mul %14, %0  : i64
    %47 = llvm.add %45, %46  : i64
    %48 = llvm.mul %16, %5  : i64
    %49 = llvm.add %47, %48  : i64
    %50 = llvm.add %49, %18  : i64
    %51 = llvm.getelementptr %arg12[%50] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    llvm.store %44, %51 : !llvm.ptr<f32>
    %52 = llvm.add %22, %6  : i64
    llvm.br ^bb11(%52 : i64)
  ^bb13:  // pred: ^bb11
    %53 = llvm.add %20, %6  : i64
    llvm.br ^bb9(%53 : i64)
  ^bb14:  // pred: ^bb9
    %54 = llvm.add %18, %6  : i64
    llvm.br ^bb7(%54 : i64)
  ^bb15:  // pred: ^bb7
    %55 = llvm.add %16, %6  : i64
    llvm.br ^bb5(%55 : i64)
  ^bb16:  // pred: ^bb5
    %56 = llvm.add %14, %6  : i64
    llvm.br ^bb3(%56 : i64)
  ^bb17:  // pred: ^bb3
    %57 = llvm.add %12, %6  : i64
    llvm.br ^bb1(%57 : i64)
  ^bb18:  // pred: ^bb1
    llvm.call @free(%11) : (!llvm.ptr<i8>) -> ()
    llvm.return
  }
}

