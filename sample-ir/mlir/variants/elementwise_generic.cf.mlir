module {
  func.func @saxpy(%arg0: f32, %arg1: memref<1024xf32, strided<[?], offset: ?>>, %arg2: memref<1024xf32, strided<[?], offset: ?>>) -> memref<1024xf32> {
    %c0 = arith.constant 0 : index
    %c1024 = arith.constant 1024 : index
    %c1 = arith.constant 1 : index
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<1024xf32>
    cf.br ^bb1(%c0 : index)
  ^bb1(%0: index):  // 2 preds: ^bb0, ^bb2
    %1 = arith.cmpi slt, %0, %c1024 : index
    cf.cond_br %1, ^bb2, ^bb3
  ^bb2:  // pred: ^bb1
    %2 = memref.load %arg1[%0] : memref<1024xf32, strided<[?], offset: ?>>
    %3 = memref.load %arg2[%0] : memref<1024xf32, strided<[?], offset: ?>>
    %4 = arith.mulf %arg0, %2 : f32
    %5 = arith.addf %4, %3 : f32
    memref.store %5, %alloc[%0] : memref<1024xf32>
    %6 = arith.addi %0, %c1 : index
    cf.br ^bb1(%6 : index)
  ^bb3:  // pred: ^bb1
    return %alloc : memref<1024xf32>
  }
  func.func @gelu_like(%arg0: memref<256x64xf32>, %arg1: memref<256x64xf32>) {
    %c0 = arith.constant 0 : index
    %c256 = arith.constant 256 : index
    %c1 = arith.constant 1 : index
    %c64 = arith.constant 64 : index
    %cst = arith.constant 5.000000e-01 : f32
    %cst_0 = arith.constant 1.000000e+00 : f32
    cf.br ^bb1(%c0 : index)
  ^bb1(%0: index):  // 2 preds: ^bb0, ^bb4
    %1 = arith.cmpi slt, %0, %c256 : index
    cf.cond_br %1, ^bb2(%c0 : index), ^bb5
  ^bb2(%2: index):  // 2 preds: ^bb1, ^bb3
    %3 = arith.cmpi slt, %2, %c64 : index
    cf.cond_br %3, ^bb3, ^bb4
  ^bb3:  // pred: ^bb2
    %4 = memref.load %arg0[%0, %2] : memref<256x64xf32>
    %5 = math.tanh %4 : f32
    %6 = arith.addf %5, %cst_0 : f32
    %7 = arith.mulf %4, %cst : f32
    %8 = arith.mulf %7, %6 : f32
    memref.store %8, %arg1[%0, %2] : memref<256x64xf32>
    %9 = arith.addi %2, %c1 : index
    cf.br ^bb2(%9 : index)
  ^bb4:  // pred: ^bb2
    %10 = arith.addi %0, %c1 : index
    cf.br ^bb1(%10 : index)
  ^bb5:  // pred: ^bb1
    return
  }
  func.func @bias_add(%arg0: memref<128x64xf32, strided<[?, ?], offset: ?>>, %arg1: memref<64xf32, strided<[?], offset: ?>>) -> memref<128x64xf32> {
    %c0 = arith.constant 0 : index
    %c128 = arith.constant 128 : index
    %c1 = arith.constant 1 : index
    %c64 = arith.constant 64 : index
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<128x64xf32>
    cf.br ^bb1(%c0 : index)
  ^bb1(%0: index):  // 2 preds: ^bb0, ^bb4
    %1 = arith.cmpi slt, %0, %c128 : index
    cf.cond_br %1, ^bb2(%c0 : index), ^bb5
  ^bb2(%2: index):  // 2 preds: ^bb1, ^bb3
    %3 = arith.cmpi slt, %2, %c64 : index
    cf.cond_br %3, ^bb3, ^bb4
  ^bb3:  // pred: ^bb2
    %4 = memref.load %arg0[%0, %2] : memref<128x64xf32, strided<[?, ?], offset: ?>>
    %5 = memref.load %arg1[%2] : memref<64xf32, strided<[?], offset: ?>>
    %6 = arith.addf %4, %5 : f32
    memref.store %6, %alloc[%0, %2] : memref<128x64xf32>
    %7 = arith.addi %2, %c1 : index
    cf.br ^bb2(%7 : index)
  ^bb4:  // pred: ^bb2
    %8 = arith.addi %0, %c1 : index
    cf.br ^bb1(%8 : index)
  ^bb5:  // pred: ^bb1
    return %alloc : memref<128x64xf32>
  }
}

