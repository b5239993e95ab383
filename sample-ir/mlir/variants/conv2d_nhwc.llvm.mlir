module attributes {llvm.data_layout = ""} {
  llvm.func @free(!llvm.ptr<i8>)
  llvm.func @malloc(i64) -> !llvm.ptr<i8>
  llvm.func @conv_bias_relu(%arg0: !llvm.ptr<f32>, %arg1: !llvm.ptr<f32>, %arg2: i64, %arg3: i64, %arg4: i64, %arg5: i64, %arg6: i64, %arg7: i64, %arg8: i64, %arg9: i64, %arg10: i64, %arg11: !llvm.ptr<f32>, %arg12: !llvm.ptr<f32>, %arg13: i64, %arg14: i64, %arg15: i64, %arg16: i64, %arg17: i64, %arg18: i64, %arg19: i64, %arg20: i64, %arg21: i64, %arg22: !llvm.ptr<f32>, %arg23: !llvm.ptr<f32>, %arg24: i64, %arg25: i64, %arg26: i64) -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<4 x i64>, array<4 x i64>)> {
    %0 = llvm.mlir.constant(64 : index) : i64
    %1 = llvm.mlir.constant(4096 : index) : i64
    %2 = llvm.mlir.constant(256 : index) : i64
    %3 = llvm.mlir.constant(0.000000e+00 : f32) : f32
    %4 = llvm.mlir.constant(8 : index) : i64
    %5 = llvm.mlir.constant(3 : index) : i64
    %6 = llvm.mlir.constant(16 : index) : i64
    %7 = llvm.mlir.constant(1 : index) : i64
    %8 = llvm.mlir.constant(0 : index) : i64
    %9 = llvm.mlir.null : !llvm.ptr<f32>
    %10 = llvm.getelementptr %9[4096] : (!llvm.ptr<f32>) -> !llvm.ptr<f32>
    %11 = llvm.ptrtoint %10 : !llvm.ptr<f32> to i64
    %12 = llvm.add %11, %0  : i64
    %13 = llvm.call @malloc(%12) : (i64) -> !llvm.ptr<i8>
    %14 = llvm.bitcast %13 : !llvm.ptr<i8> to !llvm.ptr<f32>
    %15 = llvm.ptrtoint %14 : !llvm.ptr<f32> to i64
    %16 = llvm.sub %0, %7  : i64
    %17 = llvm.add %15, %16  : i64
    %18 = llvm.urem %17, %0  : i64
    %19 = llvm.sub %17, %18  : i64
    %20 = llvm.inttoptr %19 : i64 to !llvm.ptr<f32>
    %21 = llvm.mlir.undef : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<4 x i64>, array<4 x i64>)>
    %22 = llvm.insertvalue %14, %21[0] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<4 x i64>, array<4 x i64>)> 
    %23 = llvm.insertvalue %20, %22[1] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<4 x i64>, array<4 x i64>)> 
    %24 = llvm.insertvalue %8, %23[2] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<4 x i64>, array<4 x i64>)> 
    %25 = llvm.insertvalue %7, %24[3, 0] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<4 x i64>, array<4 x i64>)> 
    %26 = llvm.insertvalue %6, %25[3, 1] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<4 x i64>, array<4 x i64>)> 
    %27 = llvm.insertvalue %6, %26[3, 2] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<4 x i64>, array<4 x i64>)> 
    %28 = llvm.insertvalue %6, %27[3, 3] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<4 x i64>, array<4 x i64>)> 
    %29 = llvm.insertvalue %1, %28[4, 0] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<4 x i64>, array<4 x i64>)> 
    %30 = llvm.insertvalue %2, %29[4, 1] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<4 x i64>, array<4 x i64>)> 
    %31 = llvm.insertvalue %6, %30[4, 2] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<4 x i64>, array<4 x i64>)> 
    %32 = llvm.insertvalue %7, %31[4, 3] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<4 x i64>, array<4 x i64>)> 
    %33 = llvm.mlir.null : !llvm.ptr<f32>
    %34 = llvm.getelementptr %33[4096] : (!llvm.ptr<f32>) -> !llvm.ptr<f32>
    %35 = llvm.ptrtoint %34 : !llvm.ptr<f32> to i64
    %36 = llvm.add %35, %0  : i64
    %37 = llvm.call @malloc(%36) : (i64) -> !llvm.ptr<i8>
    %38 = llvm.bitcast %37 : !llvm.ptr<i8> to !llvm.ptr<f32>
    %39 = llvm.ptrtoint %38 : !llvm.ptr<f32> to i64
    %40 = llvm.sub %0, %7  : i64
    %41 = llvm.add %39, %40  : i64
    %42 = llvm.urem %41, %0  : i64
    %43 = llvm.sub %41, %42  : i64
    %44 = llvm.inttoptr %43 : i64 to !llvm.ptr<f32>
    llvm.br ^bb1(%8 : i64)
  ^bb1(%45: i64):  // 2 preds: ^bb0, ^bb11
    %46 = llvm.icmp "slt" %45, %7 : i64
    llvm.cond_br %46, ^bb2, ^bb12
  ^bb2:  // pred: ^bb1
    llvm.br ^bb3(%8 : i64)
  ^bb3(%47: i64):  // 2 preds: ^bb2, ^bb10
    %48 = llvm.icmp "slt" %47, %6 : i64
    llvm.cond_br %48, ^bb4, ^bb11
  ^bb4:  // pred: ^bb3
    llvm.br ^bb5(%8 : i64)
  ^bb5(%49: i64):  // 2 preds: ^bb4, ^bb9
    %50 = llvm.icmp "slt" %49, %6 : i64
    llvm.cond_br %50, ^bb6, ^bb10
  ^bb6:  // pred: ^bb5
    llvm.br ^bb7(%8 : i64)
  ^bb7(%51: i64):  // 2 preds: ^bb6, ^bb8
    %52 = llvm.icmp "slt" %51, %6 : i64
    llvm.cond_br %52, ^bb8, ^bb9
  ^bb8:  // pred: ^bb7
    %53 = llvm.mul %45, %1  : i64
    %54 = llvm.mul %47, %2  : i64
    %55 = llvm.add %53, %54  : i64
    %56 = llvm.mul %49, %6  : i64
    %57 = llvm.add %55, %56  : i64
    %58 = llvm.add %57, %51  : i64
    %59 = llvm.getelementptr %44[%58] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    llvm.store %3, %59 : !llvm.ptr<f32>
    %60 = llvm.add %51, %7  : i64
    llvm.br ^bb7(%60 : i64)
  ^bb9:  // pred: ^bb7
    %61 = llvm.add %49, %7  : i64
    llvm.br ^bb5(%61 : i64)
  ^bb10:  // pred: ^bb5
    %62 = llvm.add %47, %7  : i64
    llvm.br ^bb3(%62 : i64)
  ^bb11:  // pred: ^bb3
    %63 = llvm.add %45, %7  : i64
    llvm.br ^bb1(%63 : i64)
  ^bb12:  // pred: ^bb1
    llvm.br ^bb13(%8 : i64)
  ^bb13(%64: i64):  // 2 preds: ^bb12, ^bb32
    %65 = llvm.icmp "slt" %64, %7 : i64
    llvm.cond_br %65, ^bb14, ^bb33
  ^bb14:  // pred: ^bb13
    llvm.br ^bb15(%8 : i64)
  ^bb15(%66: i64):  // 2 preds: ^bb14, ^bb31
    %67 = llvm.icmp "slt" %66, %6 : i64
    llvm.cond_br %67, ^bb16, ^bb32
  ^bb16:  // pred: ^bb15
    llvm.br ^bb17(%8 : i64)
  ^bb17(%68: i64):  // 2 preds: ^bb16, ^bb30
    %69 = llvm.icmp "slt" %68, %6 : i64
    llvm.cond_br %69, ^bb18, ^bb31
  ^bb18:  // pred: ^bb17
    llvm.br ^bb19(%8 : i64)
  ^bb19(%70: i64):  // 2 preds: ^bb18, ^bb29
    %71 = llvm.icmp "slt" %70, %6 : i64
    llvm.cond_br %71, ^bb20, ^bb30
  ^bb20:  // pred: ^bb19
    llvm.br ^bb21(%8 : i64)
  ^bb21(%72: i64):  // 2 preds: ^bb20, ^bb28
    %73 = llvm.icmp "slt" %72, %5 : i64
    llvm.cond_br %73, ^bb22, ^bb29
  ^bb22:  // pred: ^bb21
    llvm.br ^bb23(%8 : i64)
  ^bb23(%74: i64):  // 2 preds: ^bb22, ^bb27
    %75 = llvm.icmp "slt" %74, %5 : i64
    llvm.cond_br %75, ^bb24, ^bb28
  ^bb24:  // pred: ^bb23
    llvm.br ^bb25(%8 : i64)
  ^bb25(%76: i64):  // 2 preds: ^bb24, ^bb26
    %77 = llvm.icmp "slt" %76, %4 : i64
    llvm.cond_br %77, ^bb26, ^bb27
  ^bb26:  // pred: ^bb25
    %78 = llvm.add %66, %72  : i64
    %79 = llvm.add %68, %74  : i64
    %80 = llvm.mul %64, %arg7  : i64
    %81 = llvm.add %arg2, %80  : i64
    %82 = llvm.mul %78, %arg8  : i64
    %83 = llvm.add %81, %82  : i64
    %84 = llvm.mul %79, %arg9  : i64
    %85 = llvm.add %83, %84  : i64
    %86 = llvm.mul %76, %arg10  : i64
    %87 = llvm.add %85, %86  : i64
    %88 = llvm.getelementptr %arg1[%87] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %89 = llvm.load %88 : !llvm.ptr<f32>
    %90 = llvm.mul %72, %arg18  : i64
    %91 = llvm.add %arg13, %90  : i64
    %92 = llvm.mul %74, %arg19  : i64
    %93 = llvm.add %91, %92  : i64
    %94 = llvm.mul %76, %arg20  : i64
    %95 = llvm.add %93, %94  : i64
    %96 = llvm.mul %70, %arg21  : i64
    %97 = llvm.add %95, %96  : i64
    %98 = llvm.getelementptr %arg12[%97] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %99 = llvm.load %98 : !llvm.ptr<f32>
    %100 = llvm.mul %64, %1  : i64
    %101 = llvm.mul %66, %2  : i64
    %102 = llvm.add %100, %101  : i64
    %103 = llvm.mul %68, %6  : i64
    %104 = llvm.add %102, %103  : i64
    %105 = llvm.add %104, %70  : i64
    %106 = llvm.getelementptr %44[%105] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %107 = llvm.load %106 : !llvm.ptr<f32>
    %108 = llvm.fmul %89, %99  : f32
    %109 = llvm.fadd %107, %108  : f32
    %110 = llvm.mul %64, %1  : i64
    %111 = llvm.mul %66, %2  : i64
    %112 = llvm.add %110, %111  : i64
    %113 = llvm.mul %68, %6  : i64
    %114 = llvm.add %112, %113  : i64
    %115 = llvm.add %114, %70  : i64
    %116 = llvm.getelementptr %44[%115] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    llvm.store %109, %116 : !llvm.ptr<f32>
    %117 = llvm.add %76, %7  : i64
    llvm.br ^bb25(%117 : i64)
  ^bb27:  // pred: ^bb25
    %118 = llvm.add %74, %7  : i64
    llvm.br ^bb23(%118 : i64)
  ^bb28:  // pred: ^bb23
    %119 = llvm.add %72, %7  : i64
    llvm.br ^bb21(%119 : i64)
  ^bb29:  // pred: ^bb21
    %120 = llvm.add %70, %7  : i64
    llvm.br ^bb19(%120 : i64)
  ^bb30:  // pred: ^bb19
    %121 = llvm.add %68, %7  : i64
    llvm.br ^bb17(%121 : i64)
  ^bb31:  // pred: ^bb17
    %122 = llvm.add %66, %7  : i64
    llvm.br ^bb15(%122 : i64)
  ^bb32:  // pred: ^bb15
    %123 = llvm.add %64, %7  : i64
    llvm.br ^bb13(%123 : i64)
  ^bb33:  // pred: ^bb13
    llvm.br ^bb34(%8 : i64)
  ^bb34(%124: i64):  // 2 preds: ^bb33, ^bb44
    %125 = llvm.icmp "slt" %124, %7 : i64
    llvm.cond_br %125, ^bb35, ^bb45
  ^bb35:  // pred: ^bb34
    llvm.br ^bb36(%8 : i64)
  ^bb36(%126: i64):  // 2 preds: ^bb35, ^bb43
    %127 = llvm.icmp "slt" %126, %6 : i64
    llvm.cond_br %127, ^bb37, ^bb44
  ^bb37:  // pred: ^bb36
    llvm.br ^bb38(%8 : i64)
  ^bb38(%128: i64):  // 2 preds: ^bb37, ^bb42
    %129 = llvm.icmp "slt" %128, %6 : i64
    llvm.cond_br %129, ^bb39, ^bb43
  ^bb39:  // pred: ^bb38
    llvm.br ^bb40(%8 : i64)
  ^bb40(%130: i64):  // 2 preds: ^bb39, ^bb41
    %131 = llvm.icmp "slt" %130, %6 : i64
    llvm.cond_br %131, ^bb41, ^bb42
  ^bb41:  // pred: ^bb40
    %132 = llvm.mul %130, %arg26  : i64
    %133 = llvm.add %arg24, %132  : i64
    %134 = llvm.getelementptr %arg23[%133] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %135 = llvm.load %134 : !llvm.ptr<f32>
    %136 = llvm.mul %124, %1  : i64
    %137 = llvm.mul %126, %2  : i64
    %138 = llvm.add %136, %137  : i64
    %139 = llvm.mul %128, %6  : i64
    %140 = llvm.add %138, %139  : i64
    %141 = llvm.add %140, %130  : i64
    %142 = llvm.getelementptr %44[%141] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %143 = llvm.load %142 : !llvm.ptr<f32>
    %144 = llvm.fadd %143, %135  : f32
    %145 = llvm.intr.maxnum(%144, %3)  : (f32, f32) -> f32
    %146 = llvm.mul %124, %1  : i64
    %147 = llvm.mul %126, %2  : i64
    %148 = llvm.add %146, %147  : i64
    %149 = llvm.mul %128, %6  : i64
    %150 = llvm.add %148, %149  : i64
    %151 = llvm.add %150, %130  : i64
    %152 = llvm.getelementptr %20[%151] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    llvm.store %145, %152 : !llvm.ptr<f32>
    %153 = llvm.add %130, %7  : i64
    llvm.br ^bb40(%153 : i64)
  ^bb42:  // pred: ^bb40
    %154 = llvm.add %128, %7  : i64
    llvm.br ^bb38(%154 : i64)
  ^bb43:  // pred: ^bb38
    %155 = llvm.add %126, %7  : i64
    llvm.br ^bb36(%155 : i64)
  ^bb44:  // pred: ^bb36
    %156 = llvm.add %124, %7  : i64
    llvm.br ^bb34(%156 : i64)
  ^bb45:  // pred: ^bb34
    llvm.call @free(%37) : (!llvm.ptr<i8>) -> ()
    llvm.return %32 : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<4 x i64>, array<4 x i64>)>
  }
}

