module attributes {llvm.data_layout = ""} {
  llvm.func @external_norm(!llvm.ptr<f32>, !llvm.ptr<f32>, i64, i64, i64) -> f32 attributes {sym_visibility = "private"}
  llvm.func @square(%arg0: f64) -> f64 {
    %0 = llvm.fmul %arg0, %arg0  : f64
    llvm.return %0 : f64
  }
  llvm.func @power(%arg0: f64, %arg1: i32) -> f64 {
    %0 = llvm.mlir.constant(1.000000e+00 : f64) : f64
    %1 = llvm.mlir.constant(0 : i32) : i32
    %2 = llvm.mlir.constant(2 : i32) : i32
    %3 = llvm.icmp "eq" %arg1, %1 : i32
    llvm.cond_br %3, ^bb1, ^bb2
  ^bb1:  // pred: ^bb0
    llvm.br ^bb3(%0 : f64)
  ^bb2:  // pred: ^bb0
    %4 = llvm.sdiv %arg1, %2  : i32
    %5 = llvm.call @power(%arg0, %4) : (f64, i32) -> f64
    %6 = llvm.call @square(%5) : (f64) -> f64
    %7 = llvm.srem %arg1, %2  : i32
    %8 = llvm.icmp "ne" %7, %1 : i32
    %9 = llvm.select %8, %arg0, %0 : i1, f64
    %10 = llvm.fmul %6, %9  : f64
    llvm.br ^bb3(%10 : f64)
  ^bb3(%11: f64):  // 2 preds: ^bb1, ^bb2
    llvm.br ^bb4
  ^bb4:  // pred: ^bb3
    llvm.return %11 : f64
  }
  llvm.func @minmax(%arg0: f32, %arg1: f32) -> !llvm.struct<(f32, f32)> {
    %0 = llvm.intr.minnum(%arg0, %arg1)  : (f32, f32) -> f32
    %1 = llvm.intr.maxnum(%arg0, %arg1)  : (f32, f32) -> f32
    %2 = llvm.mlir.undef : !llvm.struct<(f32, f32)>
    %3 = llvm.insertvalue %0, %2[0] : !llvm.struct<(f32, f32)> 
    %4 = llvm.insertvalue %1, %3[1] : !llvm.struct<(f32, f32)> 
    llvm.return %4 : !llvm.struct<(f32, f32)>
  }
  llvm.func @driver(%arg0: !llvm.ptr<f32>, %arg1: !llvm.ptr<f32>, %arg2: i64, %arg3: i64, %arg4: i64) -> f32 {
    %0 = llvm.mlir.addressof @square : !llvm.ptr<func<f64 (f64)>>
    %1 = llvm.call @external_norm(%arg0, %arg1, %arg2, %arg3, %arg4) : (!llvm.ptr<f32>, !llvm.ptr<f32>, i64, i64, i64) -> f32
    %2 = llvm.call @minmax(%1, %1) : (f32, f32) -> !llvm.struct<(f32, f32)>
    %3 = llvm.extractvalue %2[0] : !llvm.struct<(f32, f32)> 
    %4 = llvm.extractvalue %2[1] : !llvm.struct<(f32, f32)> 
    %5 = llvm.fpext %4 : f32 to f64
    %6 = llvm.call %0(%5) : (f64) -> f64
    %7 = llvm.fptrunc %6 : f64 to f32
    %8 = llvm.fadd %3, %7  : f32
    llvm.return %8 : f32
  }
}

