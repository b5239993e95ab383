module {
  func.func @sum(%arg0: memref<?xf32>, %arg1: index) -> f32 {
    %cst = arith.constant 0.000000e+00 : f32
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    cf.br ^bb1(%c0, %cst : index, f32)
  ^bb1(%0: index, %1: f32):  // 2 preds: ^bb0, ^bb2
    %2 = arith.cmpi slt, %0, %arg1 : index
    cf.cond_br %2, ^bb2, ^bb3
  ^bb2:  // pred: ^bb1
    %3 = memref.load %arg0[%0] : memref<?xf32>
    %4 = arith.addf %1, %3 : f32
    %5 = arith.addi %0, %c1 : index
    cf.br ^bb1(%5, %4 : index, f32)
  ^bb3:  // pred: ^bb1
    return %1 : f32
  }
  func.func @tiled_scale(%arg0: memref<?xf32>, %arg1: index, %arg2: f32) {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c32 = arith.constant 32 : index
    cf.br ^bb1(%c0 : index)
  ^bb1(%0: index):  // 2 preds: ^bb0, ^bb5
    %1 = arith.cmpi slt, %0, %arg1 : index
    cf.cond_br %1, ^bb2, ^bb6
  ^bb2:  // pred: ^bb1
    %2 = arith.addi %0, %c32 : index
    %3 = arith.cmpi slt, %2, %arg1 : index
    %4 = arith.select %3, %2, %arg1 : index
    cf.br ^bb3(%0 : index)
  ^bb3(%5: index):  // 2 preds: ^bb2, ^bb4
    %6 = arith.cmpi slt, %5, %4 : index
    cf.cond_br %6, ^bb4, ^bb5
  ^bb4:  // pred: ^bb3
    %7 = memref.load %arg0[%5] : memref<?xf32>
    %8 = arith.mulf %7, %arg2 : f32
    memref.store %8, %arg0[%5] : memref<?xf32>
    %9 = arith.addi %5, %c1 : index
    cf.br ^bb3(%9 : index)
  ^bb5:  // pred: ^bb3
    %10 = arith.addi %0, %c32 : index
    cf.br ^bb1(%10 : index)
  ^bb6:  // pred: ^bb1
    return
  }
  func.func @parallel_max(%arg0: memref<100x100xf32>) -> f32 {
    %c0 = arith.constant 0 : index
    %c100 = arith.constant 100 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 0xFF800000 : f32
    cf.br ^bb1(%c0, %cst : index, f32)
  ^bb1(%0: index, %1: f32):  // 2 preds: ^bb0, ^bb4
    %2 = arith.cmpi slt, %0, %c100 : index
    cf.cond_br %2, ^bb2(%c0, %1 : index, f32), ^bb5
  ^bb2(%3: index, %4: f32):  // 2 preds: ^bb1, ^bb3
    %5 = arith.cmpi slt, %3, %c100 : index
    cf.cond_br %5, ^bb3, ^bb4
  ^bb3:  // pred: ^bb2
    %6 = memref.load %arg0[%0, %3] : memref<100x100xf32>
    %7 = arith.maxf %4, %6 : f32
    %8 = arith.addi %3, %c1 : index
    cf.br ^bb2(%8, %7 : index, f32)
  ^bb4:  // pred: ^bb2
    %9 = arith.addi %0, %c1 : index
    cf.br ^bb1(%9, %4 : index, f32)
  ^bb5:  // pred: ^bb1
    return %1 : f32
  }
  func.func @strided_copy(%arg0: memref<256xf32>, %arg1: memref<128xf32>) {
    %c2 = arith.constant 2 : index
    %c0 = arith.constant 0 : index
    %c128 = arith.constant 128 : index
    %c1 = arith.constant 1 : index
    cf.br ^bb1(%c0 : index)
  ^bb1(%0: index):  // 2 preds: ^bb0, ^bb2
    %1 = arith.cmpi slt, %0, %c128 : index
    cf.cond_br %1, ^bb2, ^bb3
  ^bb2:  // pred: ^bb1
    %2 = arith.muli %0, %c2 : index
    %3 = arith.cmpi sgt, %2, %c0 : index
    %4 = arith.select %3, %2, %c0 : index
    %5 = memref.load %arg0[%4] : memref<256xf32>
    memref.store %5, %arg1[%0] : memref<128xf32>
    %6 = arith.addi %0, %c1 : index
    cf.br ^bb1(%6 : index)
  ^bb3:  // pred: ^bb1
    return
  }
}

