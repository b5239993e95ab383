module {
  func.func @matmul(%arg0: memref<32x48xf32>, %arg1: memref<48x16xf32>, %arg2: memref<32x16xf32>) {
    %c0 = arith.constant 0 : index
    %c32 = arith.constant 32 : index
    %c1 = arith.constant 1 : index
    %c16 = arith.constant 16 : index
    %c48 = arith.constant 48 : index
    cf.br ^bb1(%c0 : index)
  ^bb1(%0: index):  // 2 preds: ^bb0, ^bb6
    %1 = arith.cmpi slt, %0, %c32 : index
    cf.cond_br %1, ^bb2(%c0 : index), ^bb7
  ^bb2(%2: index):  // 2 preds: ^bb1, ^bb5
    %3 = arith.cmpi slt, %2, %c16 : index
    cf.cond_br %3, ^bb3(%c0 : index), ^bb6
  ^bb3(%4: index):  // 2 preds: ^bb2, ^bb4
    %5 = arith.cmpi slt, %4, %c48 : index
    cf.cond_br %5, ^bb4, ^bb5
  ^bb4:  // pred: ^bb3
    %6 = memref.load %arg0[%0, %4] : memref<32x48xf32>
    %7 = memref.load %arg1[%4, %2] : memref<48x16xf32>
    %8 = memref.load %arg2[%0, %2] : memref<32x16xf32>
    %9 = arith.mulf %6, %7 : f32
    %10 = arith.addf %8, %9 : f32
    memref.store %10, %arg2[%0, %2] : memref<32x16xf32>
    %11 = arith.addi %4, %c1 : index
    cf.br ^bb3(%11 : index)
  ^bb5:  // pred: ^bb3
    %12 = arith.addi %2, %c1 : index
    cf.br ^bb2(%12 : index)
  ^bb6:  // pred: ^bb2
    %13 = arith.addi %0, %c1 : index
    cf.br ^bb1(%13 : index)
  ^bb7:  // pred: ^bb1
    return
  }
  func.func @batch_matmul(%arg0: memref<4x16x8xf32>, %arg1: memref<4x8x12xf32>, %arg2: memref<4x16x12xf32>) {
    %c0 = arith.constant 0 : index
    %c4 = arith.constant 4 : index
    %c1 = arith.constant 1 : index
    %c16 = arith.constant 16 : index
    %c12 = arith.constant 12 : index
    %c8 = arith.constant 8 : index
    cf.br ^bb1(%c0 : index)
  ^bb1(%0: index):  // 2 preds: ^bb0, ^bb8
    %1 = arith.cmpi slt, %0, %c4 : index
    cf.cond_br %1, ^bb2(%c0 : index), ^bb9
  ^bb2(%2: index):  // 2 preds: ^bb1, ^bb7
    %3 = arith.cmpi slt, %2, %c16 : index
    cf.cond_br %3, ^bb3(%c0 : index), ^bb8
  ^bb3(%4: index):  // 2 preds: ^bb2, ^bb6
    %5 = arith.cmpi slt, %4, %c12 : index
    cf.cond_br %5, ^bb4(%c0 : index), ^bb7
  ^bb4(%6: index):  // 2 preds: ^bb3, ^bb5
    %7 = arith.cmpi slt, %6, %c8 : index
    cf.cond_br %7, ^bb5, ^bb6
  ^bb5:  // pred: ^bb4
    %8 = memref.load %arg0[%0, %2, %6] : memref<4x16x8xf32>
    %9 = memref.load %arg1[%0, %6, %4] : memref<4x8x12xf32>
    %10 = memref.load %arg2[%0, %2, %4] : memref<4x16x12xf32>
    %11 = arith.mulf %8, %9 : f32
    %12 = arith.addf %10, %11 : f32
    memref.store %12, %arg2[%0, %2, %4] : memref<4x16x12xf32>
    %13 = arith.addi %6, %c1 : index
    cf.br ^bb4(%13 : index)
  ^bb6:  // pred: ^bb4
    %14 = arith.addi %4, %c1 : index
    cf.br ^bb3(%14 : index)
  ^bb7:  // pred: ^bb3
    %15 = arith.addi %2, %c1 : index
    cf.br ^bb2(%15 : index)
  ^bb8:  // pred: ^bb2
    %16 = arith.addi %0, %c1 : index
    cf.br ^bb1(%16 : index)
  ^bb9:  // pred: ^bb1
    return
  }
  func.func @matvec(%arg0: memref<24x40xf32>, %arg1: memref<40xf32>, %arg2: memref<24xf32>) {
    %c0 = arith.constant 0 : index
    %c24 = arith.constant 24 : index
    %c1 = arith.constant 1 : index
    %c40 = arith.constant 40 : index
    cf.br ^bb1(%c0 : index)
  ^bb1(%0: index):  // 2 preds: ^bb0, ^bb4
    %1 = arith.cmpi slt, %0, %c24 : index
    cf.cond_br %1, ^bb2(%c0 : index), ^bb5
  ^bb2(%2: index):  // 2 preds: ^bb1, ^bb3
    %3 = arith.cmpi slt, %2, %c40 : index
    cf.cond_br %3, ^bb3, ^bb4
  ^bb3:  // pred: ^bb2
    %4 = memref.load %arg0[%0, %2] : memref<24x40xf32>
    %5 = memref.load %arg1[%2] : memref<40xf32>
    %6 = memref.load %arg2[%0] : memref<24xf32>
    %7 = arith.mulf %4, %5 : f32
    %8 = arith.addf %6, %7 : f32
    memref.store %8, %arg2[%0] : memref<24xf32>
    %9 = arith.addi %2, %c1 : index
    cf.br ^bb2(%9 : index)
  ^bb4:  // pred: ^bb2
    %10 = arith.addi %0, %c1 : index
    cf.br ^bb1(%10 : index)
  ^bb5:  // pred: ^bb1
    return
  }
}

