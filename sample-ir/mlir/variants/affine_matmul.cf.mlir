module {
  func.func @matmul_ikj(%arg0: memref<64x64xf32>, %arg1: memref<64x64xf32>, %arg2: memref<64x64xf32>) {
    %c0 = arith.constant 0 : index
    %c64 = arith.constant 64 : index
    %c1 = arith.constant 1 : index
    cf.br ^bb1(%c0 : index)
  ^bb1(%0: index):  // 2 preds: ^bb0, ^bb7
    %1 = arith.cmpi slt, %0, %c64 : index
    cf.cond_br %1, ^bb2(%c0 : index), ^bb8
  ^bb2(%2: index):  // 2 preds: ^bb1, ^bb6
    %3 = arith.cmpi slt, %2, %c64 : index
    cf.cond_br %3, ^bb3, ^bb7
  ^bb3:  // pred: ^bb2
    %4 = memref.load %arg0[%0, %2] : memref<64x64xf32>
    cf.br ^bb4(%c0 : index)
  ^bb4(%5: index):  // 2 preds: ^bb3, ^bb5
    %6 = arith.cmpi slt, %5, %c64 : index
    cf.cond_br %6, ^bb5, ^bb6
  ^bb5:  // pred: ^bb4
    %7 = memref.load %arg1[%2, %5] : memref<64x64xf32>
    %8 = memref.load %arg2[%0, %5] : memref<64x64xf32>
    %9 = arith.mulf %4, %7 : f32
    %10 = arith.addf %8, %9 : f32
    memref.store %10, %arg2[%0, %5] : memref<64x64xf32>
    %11 = arith.addi %5, %c1 : index
    cf.br ^bb4(%11 : index)
  ^bb6:  // pred: ^bb4
    %12 = arith.addi %2, %c1 : index
    cf.br ^bb2(%12 : index)
  ^bb7:  // pred: ^bb2
    %13 = arith.addi %0, %c1 : index
    cf.br ^bb1(%13 : index)
  ^bb8:  // pred: ^bb1
    return
  }
}

