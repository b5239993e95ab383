module {
  func.func @prefix_sum(%arg0: memref<?xf32>) -> f32 {
    %cst = arith.constant 0.000000e+00 : f32
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %dim = memref.dim %arg0, %c0 : memref<?xf32>
    cf.br ^bb1(%c0, %cst : index, f32)
  ^bb1(%0: index, %1: f32):  // 2 preds: ^bb0, ^bb2
    %2 = arith.cmpi slt, %0, %dim : index
    cf.cond_br %2, ^bb2, ^bb3
  ^bb2:  // pred: ^bb1
    %3 = memref.load %arg0[%0] : memref<?xf32>
    %4 = arith.addf %1, %3 : f32
    memref.store %4, %arg0[%0] : memref<?xf32>
    %5 = arith.addi %0, %c1 : index
    cf.br ^bb1(%5, %4 : index, f32)
  ^bb3:  // pred: ^bb1
    return %1 : f32
  }
  func.func @relu_inplace(%arg0: memref<32x32xf32>) {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c32 = arith.constant 32 : index
    %cst = arith.constant 0.000000e+00 : f32
    cf.br ^bb1(%c0 : index)
  ^bb1(%0: index):  // 2 preds: ^bb0, ^bb4
    %1 = arith.cmpi slt, %0, %c32 : index
    cf.cond_br %1, ^bb2(%c0 : index), ^bb5
  ^bb2(%2: index):  // 2 preds: ^bb1, ^bb3
    %3 = arith.cmpi slt, %2, %c32 : index
    cf.cond_br %3, ^bb3, ^bb4
  ^bb3:  // pred: ^bb2
    %4 = memref.load %arg0[%0, %2] : memref<32x32xf32>
    %5 = arith.cmpf olt, %4, %cst : f32
    %6 = arith.select %5, %cst, %4 : f32
    memref.store %6, %arg0[%0, %2] : memref<32x32xf32>
    %7 = arith.addi %2, %c1 : index
    cf.br ^bb2(%7 : index)
  ^bb4:  // pred: ^bb2
    %8 = arith.addi %0, %c1 : index
    cf.br ^bb1(%8 : index)
  ^bb5:  // pred: ^bb1
    return
  }
  func.func @parallel_sum(%arg0: memref<64x64xf32>) -> f32 {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c64 = arith.constant 64 : index
    %cst = arith.constant 0.000000e+00 : f32
    cf.br ^bb1(%c0, %cst : index, f32)
  ^bb1(%0: index, %1: f32):  // 2 preds: ^bb0, ^bb4
    %2 = arith.cmpi slt, %0, %c64 : index
    cf.cond_br %2, ^bb2(%c0, %1 : index, f32), ^bb5
  ^bb2(%3: index, %4: f32):  // 2 preds: ^bb1, ^bb3
    %5 = arith.cmpi slt, %3, %c64 : index
    cf.cond_br %5, ^bb3, ^bb4
  ^bb3:  // pred: ^bb2
    %6 = memref.load %arg0[%0, %3] : memref<64x64xf32>
    %7 = arith.addf %4, %6 : f32
    %8 = arith.addi %3, %c1 : index
    cf.br ^bb2(%8, %7 : index, f32)
  ^bb4:  // pred: ^bb2
    %9 = arith.addi %0, %c1 : index
    cf.br ^bb1(%9, %4 : index, f32)
  ^bb5:  // pred: ^bb1
    return %1 : f32
  }
}

