module {
  func.func @conv_bias_relu(%arg0: memref<1x18x18x8xf32, strided<[?, ?, ?, ?], offset: ?>>, %arg1: memref<3x3x8x16xf32, strided<[?, ?, ?, ?], offset: ?>>, %arg2: memref<16xf32, strided<[?], offset: ?>>) -> memref<1x16x16x16xf32> {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c16 = arith.constant 16 : index
    %c3 = arith.constant 3 : index
    %c8 = arith.constant 8 : index
    %cst = arith.constant 0.000000e+00 : f32
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<1x16x16x16xf32>
    %alloc_0 = memref.alloc() {alignment = 64 : i64} : memref<1x16x16x16xf32>
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
    memref.store %cst, %alloc_0[%0, %2, %4, %6] : memref<1x16x16x16xf32>
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
  ^bb9(%12: index):  // 2 preds: ^bb1, ^bb22
    %13 = arith.cmpi slt, %12, %c1 : index
    cf.cond_br %13, ^bb10(%c0 : index), ^bb23(%c0 : index)
  ^bb10(%14: index):  // 2 preds: ^bb9, ^bb21
    %15 = arith.cmpi slt, %14, %c16 : index
    cf.cond_br %15, ^bb11(%c0 : index), ^bb22
  ^bb11(%16: index):  // 2 preds: ^bb10, ^bb20
    %17 = arith.cmpi slt, %16, %c16 : index
    cf.cond_br %17, ^bb12(%c0 : index), ^bb21
  ^bb12(%18: index):  // 2 preds: ^bb11, ^bb19
    %19 = arith.cmpi slt, %18, %c16 : index
    cf.cond_br %19, ^bb13(%c0 : index), ^bb20
  ^bb13(%20: index):  // 2 preds: ^bb12, ^bb18
    %21 = arith.cmpi slt, %20, %c3 : index
    cf.cond_br %21, ^bb14(%c0 : index), ^bb19
  ^bb14(%22: index):  // 2 preds: ^bb13, ^bb17
    %23 = arith.cmpi slt, %22, %c3 : index
    cf.cond_br %23, ^bb15(%c0 : index), ^bb18
  ^bb15(%24: index):  // 2 preds: ^bb14, ^bb16
    %25 = arith.cmpi slt, %24, %c8 : index
    cf.cond_br %25, ^bb16, ^bb17
  ^bb16:  // pred: ^bb15
    %26 = arith.addi %14, %20 : index
    %27 = arith.addi %16, %22 : index
    %28 = memref.load %arg0[%12, %26, %27, %24] : memref<1x18x18x8xf32, strided<[?, ?, ?, ?], offset: ?>>
    %29 = memref.load %arg1[%20, %22, %24, %18] : memref<3x3x8x16xf32, strided<[?, ?, ?, ?], offset: ?>>
    %30 = memref.load %alloc_0[%12, %14, %16, %18] : memref<1x16x16x16xf32>
    %31 = arith.mulf %28, %29 : f32
    %32 = arith.addf %30, %31 : f32
    memref.store %32, %alloc_0[%12, %14, %16, %18] : memref<1x16x16x16xf32>
    %33 = arith.addi %24, %c1 : index
    cf.br ^bb15(%33 : index)
  ^bb17:  // pred: ^bb15
    %34 = arith.addi %22, %c1 : index
    cf.br ^bb14(%34 : index)
  ^bb18:  // pred: ^bb14
    %35 = arith.addi %20, %c1 : index
    cf.br ^bb13(%35 : index)
  ^bb19:  // pred: ^bb13
    %36 = arith.addi %18, %c1 : index
    cf.br ^bb12(%36 : index)
  ^bb20:  // pred: ^bb12
    %37 = arith.addi %16, %c1 : index
    cf.br ^bb11(%37 : index)
  ^bb21:  // pred: ^bb11
    %38 = arith.addi %14, %c1 : index
    cf.br ^bb10(%38 : index)
  ^bb22:  // pred: ^bb10
    %39 = arith.addi %12, %c1 : index
    cf.br ^bb9(%39 : index)
  ^bb23(%40: index):  // 2 preds: ^bb9, ^bb30
    %41 = arith.cmpi slt, %40, %c1 : index
    cf.cond_br %41, ^bb24(%c0 : index), ^bb31
  ^bb24(%42: index):  // 2 preds: ^bb23, ^bb29
    %43 = arith.cmpi slt, %42, %c16 : index
    cf.cond_br %43, ^bb25(%c0 : index), ^bb30
  ^bb25(%44: index):  // 2 preds: ^bb24, ^bb28
    %45 = arith.cmpi slt, %44, %c16 : index
    cf.cond_br %45, ^bb26(%c0 : index), ^bb29
  ^bb26(%46: index):  // 2 preds: ^bb25, ^bb27
    %47 = arith.cmpi slt, %46, %c16 : index
    cf.cond_br %47, ^bb27, ^bb28
  ^bb27:  // pred: ^bb26
    %48 = memref.load %arg2[%46] : memref<16xf32, strided<[?], offset: ?>>
    %49 = memref.load %alloc_0[%40, %42, %44, %46] : memref<1x16x16x16xf32>
    %50 = arith.addf %49, %48 : f32
    %51 = arith.maxf %50, %cst : f32
    memref.store %51, %alloc[%40, %42, %44, %46] : memref<1x16x16x16xf32>
    %52 = arith.addi %46, %c1 : index
    cf.br ^bb26(%52 : index)
  ^bb28:  // pred: ^bb26
    %53 = arith.addi %44, %c1 : index
    cf.br ^bb25(%53 : index)
  ^bb29:  // pred: ^bb25
    %54 = arith.addi %42, %c1 : index
    cf.br ^bb24(%54 : index)
  ^bb30:  // pred: ^bb24
    %55 = arith.addi %40, %c1 : index
    cf.br ^bb23(%55 : index)
  ^bb31:  // pred: ^bb23
    memref.dealloc %alloc_0 : memref<1x16x16x16xf32>
    return %alloc : memref<1x16x16x16xf32>
  }
}

