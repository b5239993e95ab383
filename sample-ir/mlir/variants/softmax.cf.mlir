module {
  func.func @softmax(%arg0: memref<32x128xf32, strided<[?, ?], offset: ?>>) -> memref<32x128xf32> {
    %c0 = arith.constant 0 : index
    %c32 = arith.constant 32 : index
    %c1 = arith.constant 1 : index
    %c128 = arith.constant 128 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant -3.40282347E+38 : f32
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<32xf32>
    %alloc_1 = memref.alloc() {alignment = 64 : i64} : memref<32x128xf32>
    cf.br ^bb1(%c0 : index)
  ^bb1(%0: index):  // 2 preds: ^bb0, ^bb2
    %1 = arith.cmpi slt, %0, %c32 : index
    cf.cond_br %1, ^bb2, ^bb3(%c0 : index)
  ^bb2:  // pred: ^bb1
    memref.store %cst_0, %alloc[%0] : memref<32xf32>
    %2 = arith.addi %0, %c1 : index
    cf.br ^bb1(%2 : index)
  ^bb3(%3: index):  // 2 preds: ^bb1, ^bb6
    %4 = arith.cmpi slt, %3, %c32 : index
    cf.cond_br %4, ^bb4(%c0 : index), ^bb7
  ^bb4(%5: index):  // 2 preds: ^bb3, ^bb5
    %6 = arith.cmpi slt, %5, %c128 : index
    cf.cond_br %6, ^bb5, ^bb6
  ^bb5:  // pred: ^bb4
    %7 = memref.load %arg0[%3, %5] : memref<32x128xf32, strided<[?, ?], offset: ?>>
    %8 = memref.load %alloc[%3] : memref<32xf32>
    %9 = arith.maxf %7, %8 : f32
    memref.store %9, %alloc[%3] : memref<32xf32>
    %10 = arith.addi %5, %c1 : index
    cf.br ^bb4(%10 : index)
  ^bb6:  // pred: ^bb4
    %11 = arith.addi %3, %c1 : index
    cf.br ^bb3(%11 : index)
  ^bb7:  // pred: ^bb3
    %alloc_2 = memref.alloc() {alignment = 64 : i64} : memref<32x128xf32>
    cf.br ^bb8(%c0 : index)
  ^bb8(%12: index):  // 2 preds: ^bb7, ^bb11
    %13 = arith.cmpi slt, %12, %c32 : index
    cf.cond_br %13, ^bb9(%c0 : index), ^bb12(%c0 : index)
  ^bb9(%14: index):  // 2 preds: ^bb8, ^bb10
    %15 = arith.cmpi slt, %14, %c128 : index
    cf.cond_br %15, ^bb10, ^bb11
  ^bb10:  // pred: ^bb9
    %16 = memref.load %arg0[%12, %14] : memref<32x128xf32, strided<[?, ?], offset: ?>>
    %17 = memref.load %alloc[%12] : memref<32xf32>
    %18 = arith.subf %16, %17 : f32
    %19 = math.exp %18 : f32
    memref.store %19, %alloc_2[%12, %14] : memref<32x128xf32>
    %20 = arith.addi %14, %c1 : index
    cf.br ^bb9(%20 : index)
  ^bb11:  // pred: ^bb9
    %21 = arith.addi %12, %c1 : index
    cf.br ^bb8(%21 : index)
  ^bb12(%22: index):  // 2 preds: ^bb8, ^bb13
    %23 = arith.cmpi slt, %22, %c32 : index
    cf.cond_br %23, ^bb13, ^bb14(%c0 : index)
  ^bb13:  // pred: ^bb12
    memref.store %cst, %alloc[%22] : memref<32xf32>
    %24 = arith.addi %22, %c1 : index
    cf.br ^bb12(%24 : index)
  ^bb14(%25: index):  // 2 preds: ^bb12, ^bb17
    %26 = arith.cmpi slt, %25, %c32 : index
    cf.cond_br %26, ^bb15(%c0 : index), ^bb18(%c0 : index)
  ^bb15(%27: index):  // 2 preds: ^bb14, ^bb16
    %28 = arith.cmpi slt, %27, %c128 : index
    cf.cond_br %28, ^bb16, ^bb17
  ^bb16:  // pred: ^bb15
    %29 = memref.load %alloc_2[%25, %27] : memref<32x128xf32>
    %30 = memref.load %alloc[%25] : memref<32xf32>
    %31 = arith.addf %29, %30 : f32
    memref.store %31, %alloc[%25] : memref<32xf32>
    %32 = arith.addi %27, %c1 : index
    cf.br ^bb15(%32 : index)
  ^bb17:  // pred: ^bb15
    %33 = arith.addi %25, %c1 : index
    cf.br ^bb14(%33 : index)
  ^bb18(%34: index):  // 2 preds: ^bb14, ^bb21
    %35 = arith.cmpi slt, %34, %c32 : index
    cf.cond_br %35, ^bb19(%c0 : index), ^bb22
  ^bb19(%36: index):  // 2 preds: ^bb18, ^bb20
    %37 = arith.cmpi slt, %36, %c128 : index
    cf.cond_br %37, ^bb20, ^bb21
  ^bb20:  // pred: ^bb19
    %38 = memref.load %alloc_2[%34, %36] : memref<32x128xf32>
    %39 = memref.load %alloc[%34] : memref<32xf32>
    %40 = arith.divf %38, %39 : f32
    memref.store %40, %alloc_1[%34, %36] : memref<32x128xf32>
    %41 = arith.addi %36, %c1 : index
    cf.br ^bb19(%41 : index)
  ^bb21:  // pred: ^bb19
    %42 = arith.addi %34, %c1 : index
    cf.br ^bb18(%42 : index)
  ^bb22:  // pred: ^bb18
    memref.dealloc %alloc : memref<32xf32>
    memref.dealloc %alloc_2 : memref<32x128xf32>
    return %alloc_1 : memref<32x128xf32>
  }
}

