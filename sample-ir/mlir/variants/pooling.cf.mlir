module {
  func.func @max_pool(%arg0: memref<1x32x32x16xf32, strided<[?, ?, ?, ?], offset: ?>>) -> memref<1x16x16x16xf32> {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c16 = arith.constant 16 : index
    %c2 = arith.constant 2 : index
    %cst = arith.constant -3.40282347E+38 : f32
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<1x16x16x16xf32>
    cf.br ^bb1(%c0 : index)
  ^bb1(%0: index):  // 2 preds: ^bb0, ^bb8
    %1 = arith.cmpi slt, %0, %c1 : index
    cf.cond_br %1, ^bb2(%c0 : index), ^bb9(%c0 : index)
  ^bb2(%2: index):  // 2 preds: ^bb1, ^bb7
    %3 = arith.cmpi slt, %2, %c16 : index
    cf.cond_br %3, ^bb3(%c0 : index), ^bb8
  ^bb3(%4: index):  // 2 preds: ^bb2, ^bb6
    %5 = arith.cmpi slt, %4, %c16 : index
    cf.cond_br %5, ^bb4(%c0 : index), ^bb7
  ^bb4(%6: index):  // 2 preds: ^bb3, ^bb5
    %7 = arith.cmpi slt, %6, %c16 : index
    cf.cond_br %7, ^bb5, ^bb6
  ^bb5:  // pred: ^bb4
    memref.store %cst, %alloc[%0, %2, %4, %6] : memref<1x16x16x16xf32>
    %8 = arith.addi %6, %c1 : index
    cf.br ^bb4(%8 : index)
  ^bb6:  // pred: ^bb4
    %9 = arith.addi %4, %c1 : index
    cf.br ^bb3(%9 : index)
  ^bb7:  // pred: ^bb3
    %10 = arith.addi %2, %c1 : index
    cf.br ^bb2(%10 : index)
  ^bb8:  // pred: ^bb2
    %11 = arith.addi %0, %c1 : index
    cf.br ^bb1(%11 : index)
  ^bb9(%12: index):  // 2 preds: ^bb1, ^bb20
    %13 = arith.cmpi slt, %12, %c1 : index
    cf.cond_br %13, ^bb10(%c0 : index), ^bb21
  ^bb10(%14: index):  // 2 preds: ^bb9, ^bb19
    %15 = arith.cmpi slt, %14, %c16 : index
    cf.cond_br %15, ^bb11(%c0 : index), ^bb20
  ^bb11(%16: index):  // 2 preds: ^bb10, ^bb18
    %17 = arith.cmpi slt, %16, %c16 : index
    cf.cond_br %17, ^bb12(%c0 : index), ^bb19
  ^bb12(%18: index):  // 2 preds: ^bb11, ^bb17
    %19 = arith.cmpi slt, %18, %c16 : index
    cf.cond_br %19, ^bb13(%c0 : index), ^bb18
  ^bb13(%20: index):  // 2 preds: ^bb12, ^bb16
    %21 = arith.cmpi slt, %20, %c2 : index
    cf.cond_br %21, ^bb14(%c0 : index), ^bb17
  ^bb14(%22: index):  // 2 preds: ^bb13, ^bb15
    %23 = arith.cmpi slt, %22, %c2 : index
    cf.cond_br %23, ^bb15, ^bb16
  ^bb15:  // pred: ^bb14
    %24 = arith.muli %14, %c2 : index
    %25 = arith.addi %24, %20 : index
    %26 = arith.muli %16, %c2 : index
    %27 = arith.addi %26, %22 : index
    %28 = memref.load %arg0[%12, %25, %27, %18] : memref<1x32x32x16xf32, strided<[?, ?, ?, ?], offset: ?>>
    %29 = memref.load %alloc[%12, %14, %16, %18] : memref<1x16x16x16xf32>
    %30 = arith.maxf %29, %28 : f32
    memref.store %30, %alloc[%12, %14, %16, %18] : memref<1x16x16x16xf32>
    %31 = arith.addi %22, %c1 : index
    cf.br ^bb14(%31 : index)
  ^bb16:  // pred: ^bb14
    %32 = arith.addi %20, %c1 : index
    cf.br ^bb13(%32 : index)
  ^bb17:  // pred: ^bb13
    %33 = arith.addi %18, %c1 : index
    cf.br ^bb12(%33 : index)
  ^bb18:  // pred: ^bb12
    %34 = arith.addi %16, %c1 : index
    cf.br ^bb11(%34 : index)
  ^bb19:  // pred: ^bb11
    %35 = arith.addi %14, %c1 : index
    cf.br ^bb10(%35 : index)
  ^bb20:  // pred: ^bb10
    %36 = arith.addi %12, %c1 : index
    cf.br ^bb9(%36 : index)
  ^bb21:  // pred: ^bb9
    return %alloc : memref<1x16x16x16xf32>
  }
  func.func @sum_pool(%arg0: memref<1x32x32x16xf32>, %arg1: memref<1x16x16x16xf32>) {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c16 = arith.constant 16 : index
    %c2 = arith.constant 2 : index
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
    %7 = arith.cmpi slt, %6, %c16 : index
    cf.cond_br %7, ^bb5(%c0 : index), ^bb10
  ^bb5(%8: index):  // 2 preds: ^bb4, ^bb8
    %9 = arith.cmpi slt, %8, %c2 : index
    cf.cond_br %9, ^bb6(%c0 : index), ^bb9
  ^bb6(%10: index):  // 2 preds: ^bb5, ^bb7
    %11 = arith.cmpi slt, %10, %c2 : index
    cf.cond_br %11, ^bb7, ^bb8
  ^bb7:  // pred: ^bb6
    %12 = arith.muli %2, %c2 : index
    %13 = arith.addi %12, %8 : index
    %14 = arith.muli %4, %c2 : index
    %15 = arith.addi %14, %10 : index
    %16 = memref.load %arg0[%0, %13, %15, %6] : memref<1x32x32x16xf32>
    %17 = memref.load %arg1[%0, %2, %4, %6] : memref<1x16x16x16xf32>
    %18 = arith.addf %17, %16 : f32
    memref.store %18, %arg1[%0, %2, %4, %6] : memref<1x16x16x16xf32>
    %19 = arith.addi %10, %c1 : index
    cf.br ^bb6(%19 : index)
  ^bb8:  // pred: ^bb6
    %20 = arith.addi %8, %c1 : index
    cf.br ^bb5(%20 : index)
  ^bb9:  // pred: ^bb5
    %21 = arith.addi %6, %c1 : index
    cf.br ^bb4(%21 : index)
  ^bb10:  // pred: ^bb4
    %22 = arith.addi %4, %c1 : index
    cf.br ^bb3(%22 : index)
  ^bb11:  // pred: ^bb3
    %23 = arith.addi %2, %c1 : index
    cf.br ^bb2(%23 : index)
  ^bb12:  // pred: ^bb2
    %24 = arith.addi %0, %c1 : index
    cf.br ^bb1(%24 : index)
  ^bb13:  // pred: ^bb1
    return
  }
}

