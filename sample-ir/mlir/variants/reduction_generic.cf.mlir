module {
  func.func @row_sum(%arg0: memref<512x256xf32, strided<[?, ?], offset: ?>>) -> memref<512xf32> {
    %c0 = arith.constant 0 : index
    %c512 = arith.constant 512 : index
    %c1 = arith.constant 1 : index
    %c256 = arith.constant 256 : index
    %cst = arith.constant 0.000000e+00 : f32
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<512xf32>
    cf.br ^bb1(%c0 : index)
  ^bb1(%0: index):  // 2 preds: ^bb0, ^bb2
    %1 = arith.cmpi slt, %0, %c512 : index
    cf.cond_br %1, ^bb2, ^bb3(%c0 : index)
  ^bb2:  // pred: ^bb1
    memref.store %cst, %alloc[%0] : memref<512xf32>
    %2 = arith.addi %0, %c1 : index
    cf.br ^bb1(%2 : index)
  ^bb3(%3: index):  // 2 preds: ^bb1, ^bb6
    %4 = arith.cmpi slt, %3, %c512 : index
    cf.cond_br %4, ^bb4(%c0 : index), ^bb7
  ^bb4(%5: index):  // 2 preds: ^bb3, ^bb5
    %6 = arith.cmpi slt, %5, %c256 : index
    cf.cond_br %6, ^bb5, ^bb6
  ^bb5:  // pred: ^bb4
    %7 = memref.load %arg0[%3, %5] : memref<512x256xf32, strided<[?, ?], offset: ?>>
    %8 = memref.load %alloc[%3] : memref<512xf32>
    %9 = arith.addf %7, %8 : f32
    memref.store %9, %alloc[%3] : memref<512xf32>
    %10 = arith.addi %5, %c1 : index
    cf.br ^bb4(%10 : index)
  ^bb6:  // pred: ^bb4
    %11 = arith.addi %3, %c1 : index
    cf.br ^bb3(%11 : index)
  ^bb7:  // pred: ^bb3
    return %alloc : memref<512xf32>
  }
  func.func @dot(%arg0: memref<4096xf32>, %arg1: memref<4096xf32>, %arg2: memref<f32>) {
    %c0 = arith.constant 0 : index
    %c4096 = arith.constant 4096 : index
    %c1 = arith.constant 1 : index
    cf.br ^bb1(%c0 : index)
  ^bb1(%0: index):  // 2 preds: ^bb0, ^bb2
    %1 = arith.cmpi slt, %0, %c4096 : index
    cf.cond_br %1, ^bb2, ^bb3
  ^bb2:  // pred: ^bb1
    %2 = memref.load %arg0[%0] : memref<4096xf32>
    %3 = memref.load %arg1[%0] : memref<4096xf32>
    %4 = memref.load %arg2[] : memref<f32>
    %5 = arith.mulf %2, %3 : f32
    %6 = arith.addf %4, %5 : f32
    memref.store %6, %arg2[] : memref<f32>
    %7 = arith.addi %0, %c1 : index
    cf.br ^bb1(%7 : index)
  ^bb3:  // pred: ^bb1
    return
  }
}

