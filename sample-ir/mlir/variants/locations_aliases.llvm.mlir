module @outer attributes {llvm.data_layout = "", test.version = 2 : i32} {
  module @inner {
    llvm.func @scale(%arg0: !llvm.ptr<f32>, %arg1: !llvm.ptr<f32>, %arg2: i64, %arg3: i64, %arg4: i64, %arg5: f32) attributes {llvm.emit_c_interface} {
      %0 = llvm.mlir.constant(1 : index) : i64
      %1 = llvm.mlir.constant(4 : index) : i64
      %2 = llvm.mlir.constant(0 : index) : i64
      %3 = llvm.mlir.constant(0 : i32) : i32
      %4 = llvm.mlir.undef : vector<4xf32>
      %5 = llvm.insertelement %arg5, %4[%3 : i32] : vector<4xf32>
      %6 = llvm.shufflevector %5, %4 [0, 0, 0, 0] : vector<4xf32> 
      llvm.br ^bb1(%2 : i64)
    ^bb1(%7: i64):  // 2 preds: ^bb0, ^bb2
      %8 = llvm.icmp "slt" %7, %1 : i64
      llvm.cond_br %8, ^bb2, ^bb3
    ^bb2:  // pred: ^bb1
      %9 = llvm.mul %7, %1  : i64
      %10 = llvm.getelementptr %arg1[%9] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
      %11 = llvm.bitcast %10 : !llvm.ptr<f32> to !llvm.ptr<vector<4xf32>>
      %12 = llvm.load %11 {alignment = 4 : i64} : !llvm.ptr<vector<4xf32>>
      %13 = llvm.fmul %12, %6  : vector<4xf32>
      %14 = llvm.getelementptr %arg1[%9] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
      %15 = llvm.bitcast %14 : !llvm.ptr<f32> to !llvm.ptr<vector<4xf32>>
      llvm.store %13, %15 {alignment = 4 : i64} : !llvm.ptr<vector<4xf32>>
      %16 = llvm.add %7, %0  : i64
      llvm.br ^bb1(%16 : i64)
    ^bb3:  // pred: ^bb1
      llvm.return
    }
    llvm.func @_mlir_ciface_scale(%arg0: !llvm.ptr<struct<(ptr<f32>, ptr<f32>, i64, array<1 x i64>, array<1 x i64>)>>, %arg1: f32) attributes {llvm.emit_c_interface} {
      %0 = llvm.load %arg0 : !llvm.ptr<struct<(ptr<f32>, ptr<f32>, i64, array<1 x i64>, array<1 x i64>)>>
      %1 = llvm.extractvalue %0[0] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<1 x i64>, array<1 x i64>)> 
      %2 = llvm.extractvalue %0[1] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<1 x i64>, array<1 x i64>)> 
      %3 = llvm.extractvalue %0[2] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<1 x i64>, array<1 x i64>)> 
      %4 = llvm.extractvalue %0[3, 0] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<1 x i64>, array<1 x i64>)> 
      %5 = llvm.extractvalue %0[4, 0] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<1 x i64>, array<1 x i64>)> 
      llvm.call @scale(%1, %2, %3, %4, %5, %arg1) : (!llvm.ptr<f32>, !llvm.ptr<f32>, i64, i64, i64, f32) -> ()
      llvm.return
    }
  }
}

