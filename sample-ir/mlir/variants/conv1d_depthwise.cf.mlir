module {
  func.func @conv1d(%arg0: memref<1x64x4xf32>, %arg1: memref<5x4x8xf32>, %arg2: memref<1x60x8xf32>) {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c60 = arith.constant 60 : index
    %c8 = arith.constant 8 : index
    %c5 = arith.constant 5 : index
    %c4 = arith.constant 4 : index
    cf.br ^bb1(%c0 : index)
  ^bb1(%0: index):  // 2 preds: ^bb0, ^bb10
    %1 = arith.cmpi slt, %0, %c1 : index
    cf.cond_br %1, ^bb2(%c0 : index), ^bb11
  ^bb2(%2: index):  // 2 preds: ^bb1, ^bb9
    %3 = arith.cmpi slt, %2, %c60 : index
    cf.cond_br %3, ^bb3(%c0 : index), ^bb10
  ^bb3(%4: index):  // 2 preds: ^bb2, ^bb8
    %5 = arith.cmpi slt, %4, %c8 : index
    cf.cond_br %5, ^bb4(%c0 : index), ^bb9
  ^bb4(%6: index):  // 2 preds: ^bb3, ^bb7
    %7 = arith.cmpi slt, %6, %c5 : index
    cf.cond_br %7, ^bb5(%c0 : index), ^bb8
  ^bb5(%8: index):  // 2 preds: ^bb4, ^bb6
    %9 = arith.cmpi slt, %8, %c4 : index
    cf.cond_br %9, ^bb6, ^bb7
  ^bb6:  // pred: ^bb5
    %10 = arith.addi %2, %6 : index
    %11 = memref.load %arg0[%0, %10, %8] : memref<1x64x4xf32>
    %12 = memref.load %arg1[%6, %8, %4] : memref<5x4x8xf32>
    %13 = memref.load %arg2[%0, %2, %4] : memref<1x60x8xf32>
    %14 = arith.mulf %11, %12 : f32
    %15 = arith.addf %13, %14 : f32
    memref.store %15, %arg2[%0, %2, %4] : memref<1x60x8xf32>
    %16 = arith.addi %8, %c1 : index
    cf.br ^bb5(%16 : index)
  ^bb7:  // pred: ^bb5
    %17 = arith.addi %6, %c1 : index
    cf.br ^bb4(%17 : index)
  ^bb8:  // pred: ^bb4
    %18 = arith.addi %4, %c1 : index
    cf.br ^bb3(%18 : index)
  ^bb9:  // pred: ^bb3
    %19 = arith.addi %2, %c1 : index
    cf.br ^bb2(%19 : index)
  ^bb10:  // pred: ^bb2
    %20 = arith.addi %0, %c1 : index
    cf.br ^bb1(%20 : index)
  ^bb11:  // pred: ^bb1
    return
  }
  func.func @depthwise(%arg0: memref<1x33x33x8xf32>, %arg1: memref<3x3x8xf32>, %arg2: memref<1x16x16x8xf32>) {
    %c2 = arith.constant 2 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c16 = arith.constant 16 : index
    %c8 = arith.constant 8 : index
    %c3 = arith.constant 3 : index
    cf.br ^bb1(%c0 : index)
  ^bb1(%0: index):  // 2 preds: ^bb0, ^bb12
    %1 = arith.cmpi slt, %0, %c1 : index
    cf.cond_br %1, ^bb2(%c0 : index), ^bb13
  ^bb2(%2: index):  // 2 preds: ^bb1, ^bb11
    %3 = arith.cmpi slt, %2, %c16 : index
    cf.cond_br %3, ^bb3(%c0 : index), ^bb12
  ^bb3(%4: index):  // 2 preds: ^bb2, ^bb10
    %5 = arith.cmpi slt, %4, %c16 : index
    cf.cond_br %5, ^bb4(%c0 : index), ^bb11
  ^bb4(%6: index):  // 2 preds: ^bb3, ^bb9
    %7 = arith.cmpi slt, %6, %c8 : index
    cf.cond_br %7, ^bb5(%c0 : index), ^bb10
  ^bb5(%8: index):  // 2 preds: ^bb4, ^bb8
    %9 = arith.cmpi slt, %8, %c3 : index
    cf.cond_br %9, ^bb6(%c0 : index), ^bb9
  ^bb6(%10: index):  // 2 preds: ^bb5, ^bb7
    %11 = arith.cmpi slt, %10, %c3 : index
    cf.cond_br %11, ^bb7, ^bb8
  ^bb7:  // pred: ^bb6
    %12 = arith.muli %2, %c2 : index
    %13 = arith.addi %12, %8 : index
    %14 = arith.muli %4, %c2 : index
    %15 = arith.addi %14, %10 : index
    %16 = memref.load %arg0[%0, %13, %15, %6] : memref<1x33x33x8xf32>
    %17 = memref.load %arg1[%8, %10, %6] : memref<3x3x8xf32>
    %18 = memref.load %arg2[%0, %2, %4, %6] : memref<1x16x16x8xf32>
    %19 = arith.mulf %16, %17 : f32
    %20 = arith.addf %18, %19 : f32
    memref.store %20, %arg2[%0, %2, %4, %6] : memref<1x16x16x8xf32>
    %21 = arith.addi %10, %c1 : index
    cf.br ^bb6(%21 : index)
  ^bb8:  // pred: ^bb6
    %22 = arith.addi %8, %c1 : index
    cf.br ^bb5(%22 : index)
  ^bb9:  // pred: ^bb5
    %23 = arith.addi %6, %c1 : index
    cf.br ^bb4(%23 : index)
  ^bb10:  // pred: ^bb4
    %24 = arith.addi %4, %c1 : index
    cf.br ^bb3(%24 : index)
  ^bb11:  // pred: ^bb3
    %25 = arith.addi %2, %c1 : index
    cf.br ^bb2(%25 : index)
  ^bb12:  // pred: ^bb2
    %26 = arith.addi %0, %c1 : index
    cf.br ^bb1(%26 : index)
  ^bb13:  // pred: ^bb1
    return
  }
}

