module attributes {llvm.data_layout = ""} {
  llvm.func @free(!llvm.ptr<i8>)
  llvm.func @malloc(i64) -> !llvm.ptr<i8>
  llvm.func @softmax(%arg0: !llvm.ptr<f32>, %arg1: !llvm.ptr<f32>, %arg2: i64, %arg3: i64, %arg4: i64, %arg5: i64, %arg6: i64) -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)> {
    %0 = llvm.mlir.constant(64 : index) : i64
    %1 = llvm.mlir.constant(-3.40282347E+38 : f32) : f32
    %2 = llvm.mlir.constant(0.000000e+00 : f32) : f32
    %3 = llvm.mlir.constant(128 : index) : i64
    %4 = llvm.mlir.constant(1 : index) : i64
    %5 = llvm.mlir.constant(32 : index) : i64
    %6 = llvm.mlir.constant(0 : index) : i64
    %7 = llvm.mlir.null : !llvm.ptr<f32>
    %8 = llvm.getelementptr %7[32] : (!llvm.ptr<f32>) -> !llvm.ptr<f32>
    %9 = llvm.ptrtoint %8 : !llvm.ptr<f32> to i64
    %10 = llvm.add %9, %0  : i64
    %11 = llvm.call @malloc(%10) : (i64) -> !llvm.ptr<i8>
    %12 = llvm.bitcast %11 : !llvm.ptr<i8> to !llvm.ptr<f32>
    %13 = llvm.ptrtoint %12 : !llvm.ptr<f32> to i64
    %14 = llvm.sub %0, %4  : i64
    %15 = llvm.add %13, %14  : i64
    %16 = llvm.urem %15, %0  : i64
    %17 = llvm.sub %15, %16  : i64
    %18 = llvm.inttoptr %17 : i64 to !llvm.ptr<f32>
    %19 = llvm.mlir.null : !llvm.ptr<f32>
    %20 = llvm.getelementptr %19[4096] : (!llvm.ptr<f32>) -> !llvm.ptr<f32>
    %21 = llvm.ptrtoint %20 : !llvm.ptr<f32> to i64
    %22 = llvm.add %21, %0  : i64
    %23 = llvm.call @malloc(%22) : (i64) -> !llvm.ptr<i8>
    %24 = llvm.bitcast %23 : !llvm.ptr<i8> to !llvm.ptr<f32>
    %25 = llvm.ptrtoint %24 : !llvm.ptr<f32> to i64
    %26 = llvm.sub %0, %4  : i64
    %27 = llvm.add %25, %26  : i64
    %28 = llvm.urem %27, %0  : i64
    %29 = llvm.sub %27, %28  : i64
    %30 = llvm.inttoptr %29 : i64 to !llvm.ptr<f32>
    %31 = llvm.mlir.undef : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>
    %32 = llvm.insertvalue %24, %31[0] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)> 
    %33 = llvm.insertvalue %30, %32[1] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)> 
    %34 = llvm.insertvalue %6, %33[2] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)> 
    %35 = llvm.insertvalue %5, %34[3, 0] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)> 
    %36 = llvm.insertvalue %3, %35[3, 1] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)> 
    %37 = llvm.insertvalue %3, %36[4, 0] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)> 
    %38 = llvm.insertvalue %4, %37[4, 1] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)> 
    llvm.br ^bb1(%6 : i64)
  ^bb1(%39: i64):  // 2 preds: ^bb0, ^bb2
    %40 = llvm.icmp "slt" %39, %5 : i64
    llvm.cond_br %40, ^bb2, ^bb3
  ^bb2:  // pred: ^bb1
    %41 = llvm.getelementptr %18[%39] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    llvm.store %1, %41 : !llvm.ptr<f32>
    %42 = llvm.add %39, %4  : i64
    llvm.br ^bb1(%42 : i64)
  ^bb3:  // pred: ^bb1
    llvm.br ^bb4(%6 : i64)
  ^bb4(%43: i64):  // 2 preds: ^bb3, ^bb8
    %44 = llvm.icmp "slt" %43, %5 : i64
    llvm.cond_br %44, ^bb5, ^bb9
  ^bb5:  // pred: ^bb4
    llvm.br ^bb6(%6 : i64)
  ^bb6(%45: i64):  // 2 preds: ^bb5, ^bb7
    %46 = llvm.icmp "slt" %45, %3 : i64
    llvm.cond_br %46, ^bb7, ^bb8
  ^bb7:  // pred: ^bb6
    %47 = llvm.mul %43, %arg5  : i64
    %48 = llvm.add %arg2, %47  : i64
    %49 = llvm.mul %45, %arg6  : i64
    %50 = llvm.add %48, %49  : i64
    %51 = llvm.getelementptr %arg1[%50] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %52 = llvm.load %51 : !llvm.ptr<f32>
    %53 = llvm.getelementptr %18[%43] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %54 = llvm.load %53 : !llvm.ptr<f32>
    %55 = llvm.intr.maxnum(%52, %54)  : (f32, f32) -> f32
    %56 = llvm.getelementptr %18[%43] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    llvm.store %55, %56 : !llvm.ptr<f32>
    %57 = llvm.add %45, %4  : i64
    llvm.br ^bb6(%57 : i64)
  ^bb8:  // pred: ^bb6
    %58 = llvm.add %43, %4  : i64
    llvm.br ^bb4(%58 : i64)
  ^bb9:  // pred: ^bb4
    %59 = llvm.mlir.null : !llvm.ptr<f32>
    %60 = llvm.getelementptr %59[4096] : (!llvm.ptr<f32>) -> !llvm.ptr<f32>
    %61 = llvm.ptrtoint %60 : !llvm.ptr<f32> to i64
    %62 = llvm.add %61, %0  : i64
    %63 = llvm.call @malloc(%62) : (i64) -> !llvm.ptr<i8>
    %64 = llvm.bitcast %63 : !llvm.ptr<i8> to !llvm.ptr<f32>
    %65 = llvm.ptrtoint %64 : !llvm.ptr<f32> to i64
    %66 = llvm.sub %0, %4  : i64
    %67 = llvm.add %65, %66  : i64
    %68 = llvm.urem %67, %0  : i64
    %69 = llvm.sub %67, %68  : i64
    %70 = llvm.inttoptr %69 : i64 to !llvm.ptr<f32>
    llvm.br ^bb10(%6 : i64)
  ^bb10(%71: i64):  // 2 preds: ^bb9, ^bb14
    %72 = llvm.icmp "slt" %71, %5 : i64
    llvm.cond_br %72, ^bb11, ^bb15
  ^bb11:  // pred: ^bb10
    llvm.br ^bb12(%6 : i64)
  ^bb12(%73: i64):  // 2 preds: ^bb11, ^bb13
    %74 = llvm.icmp "slt" %73, %3 : i64
    llvm.cond_br %74, ^bb13, ^bb14
  ^bb13:  // pred: ^bb12
    %75 = llvm.mul %71, %arg5  : i64
    %76 = llvm.add %arg2, %75  : i64
    %77 = llvm.mul %73, %arg6  : i64
    %78 = llvm.add %76, %77  : i64
    %79 = llvm.getelementptr %arg1[%78] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %80 = llvm.load %79 : !llvm.ptr<f32>
    %81 = llvm.getelementptr %18[%71] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %82 = llvm.load %81 : !llvm.ptr<f32>
    %83 = llvm.fsub %80, %82  : f32
    %84 = llvm.intr.exp(%83)  : (f32) -> f32
    %85 = llvm.mul %71, %3  : i64
    %86 = llvm.add %85, %73  : i64
    %87 = llvm.getelementptr %70[%86] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    llvm.store %84, %87 : !llvm.ptr<f32>
    %88 = llvm.add %73, %4  : i64
    llvm.br ^bb12(%88 : i64)
  ^bb14:  // pred: ^bb12
    %89 = llvm.add %71, %4  : i64
    llvm.br ^bb10(%89 : i64)
  ^bb15:  // pred: ^bb10
    llvm.br ^bb16(%6 : i64)
  ^bb16(%90: i64):  // 2 preds: ^bb15, ^bb17
    %91 = llvm.icmp "slt" %90, %5 : i64
    llvm.cond_br %91, ^bb17, ^bb18
  ^bb17:  // pred: ^bb16
    %92 = llvm.getelementptr %18[%90] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    llvm.store %2, %92 : !llvm.ptr<f32>
    %93 = llvm.add %90, %4  : i64
    llvm.br ^bb16(%93 : i64)
  ^bb18:  // pred: ^bb16
    llvm.br ^bb19(%6 : i64)
  ^bb19(%94: i64):  // 2 preds: ^bb18, ^bb23
    %95 = llvm.icmp "slt" %94, %5 : i64
    llvm.cond_br %95, ^bb20, ^bb24
  ^bb20:  // pred: ^bb19
    llvm.br ^bb21(%6 : i64)
  ^bb21(%96: i64):  // 2 preds: ^bb20, ^bb22
    %97 = llvm.icmp "slt" %96, %3 : i64
    llvm.cond_br %97, ^bb22, ^bb23
  ^bb22:  // pred: ^bb21
    %98 = llvm.mul %94, %3  : i64
    %99 = llvm.add %98, %96  : i64
    %100 = llvm.getelementptr %70[%99] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %101 = llvm.load %100 : !llvm.ptr<f32>
    %102 = llvm.getelementptr %18[%94] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %103 = llvm.load %102 : !llvm.ptr<f32>
    %104 = llvm.fadd %101, %103  : f32
    %105 = llvm.getelementptr %18[%94] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    llvm.store %104, %105 : !llvm.ptr<f32>
    %106 = llvm.add %96, %4  : i64
    llvm.br ^bb21(%106 : i64)
  ^bb23:  // pred: ^bb21
    %107 = llvm.add %94, %4  : i64
    llvm.br ^bb19(%107 : i64)
  ^bb24:  // pred: ^bb19
    llvm.br ^bb25(%6 : i64)
  ^bb25(%108: i64):  // 2 preds: ^bb24, ^bb29
    %109 = llvm.icmp "slt" %108, %5 : i64
    llvm.cond_br %109, ^bb26, ^bb30
  ^bb26:  // pred: ^bb25
    llvm.br ^bb27(%6 : i64)
  ^bb27(%110: i64):  // 2 preds: ^bb26, ^bb28
    %111 = llvm.icmp "slt" %110, %3 : i64
    llvm.cond_br %111, ^bb28, ^bb29
  ^bb28:  // pred: ^bb27
    %112 = llvm.mul %108, %3  : i64
    %113 = llvm.add %112, %110  : i64
    %114 = llvm.getelementptr %70[%113] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %115 = llvm.load %114 : !llvm.ptr<f32>
    %116 = llvm.getelementptr %18[%108] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %117 = llvm.load %116 : !llvm.ptr<f32>
    %118 = llvm.fdiv %115, %117  : f32
    %119 = llvm.mul %108, %3  : i64
    %120 = llvm.add %119, %110  : i64
    %121 = llvm.getelementptr %30[%120] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    llvm.store %118, %121 : !llvm.ptr<f32>
    %122 = llvm.add %110, %4  : i64
    llvm.br ^bb27(%122 : i64)
  ^bb29:  // pred: ^bb27
    %123 = llvm.add %108, %4  : i64
    llvm.br ^bb25(%123 : i64)
  ^bb30:  // pred: ^bb25
    llvm.call @free(%11) : (!llvm.ptr<i8>) -> ()
    llvm.call @free(%63) : (!llvm.ptr<i8>) -> ()
    llvm.return %38 : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>
  }
}

