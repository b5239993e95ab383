module {
  func.func private @external_norm(memref<?xf32>) -> f32
  func.func @square(%arg0: f64) -> f64 {
    %0 = arith.mulf %arg0, %arg0 : f64
    return %0 : f64
  }
  func.func @power(%arg0: f64, %arg1: i32) -> f64 {
    %cst = arith.constant 1.000000e+00 : f64
    %c0_i32 = arith.constant 0 : i32
    %c2_i32 = arith.constant 2 : i32
    %0 = arith.cmpi eq, %arg1, %c0_i32 : i32
    cf.cond_br %0, ^bb2(%cst : f64), ^bb1
  ^bb1:  // pred: ^bb0
    %1 = arith.divsi %arg1, %c2_i32 : i32
    %2 = call @power(%arg0, %1) : (f64, i32) -> f64
    %3 = call @square(%2) : (f64) -> f64
    %4 = arith.remsi %arg1, %c2_i32 : i32
    %5 = arith.cmpi ne, %4, %c0_i32 : i32
    %6 = arith.select %5, %arg0, %cst : f64
    %7 = arith.mulf %3, %6 : f64
    cf.br ^bb2(%7 : f64)
  ^bb2(%8: f64):  // 2 preds: ^bb0, ^bb1
    return %8 : f64
  }
  func.func @minmax(%arg0: f32, %arg1: f32) -> (f32, f32) {
    %0 = arith.minf %arg0, %arg1 : f32
    %1 = arith.maxf %arg0, %arg1 : f32
    return %0, %1 : f32, f32
  }
  func.func @driver(%arg0: memref<?xf32>) -> f32 {
    %0 = call @external_norm(%arg0) : (memref<?xf32>) -> f32
    %1:2 = call @minmax(%0, %0) : (f32, f32) -> (f32, f32)
    %2 = arith.extf %1#1 : f32 to f64
    %3 = call @square(%2) : (f64) -> f64
    %4 = arith.truncf %3 : f64 to f32
    %5 = arith.addf %1#0, %4 : f32
    return %5 : f32
  }
}

