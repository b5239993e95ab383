module {
  func.func @qmatmul(%arg0: memref<32x64xi8, strided<[?, ?], offset: ?>>, %arg1: memref<64x16xi8, strided<[?, ?], offset: ?>>, %arg2: f32) -> memref<32x16xi8> {
    %c0 = arith.constant 0 : index
    %c32 = arith.constant 32 : index
    %c1 = arith.constant 1 : index
    %c16 = arith.constant 16 : index
    %c64 = arith.constant 64 : index
    %c0_i32 = arith.constant 0 : i32
    %cst = arith.constant -1.280000e+02 : f32
    %cst_0 = arith.constant 1.270000e+02 : f32
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<32x16xi32>
    cf.br ^bb1(%c0 : index)
  ^bb1(%0: index):  // 2 preds: ^bb0, ^bb4
    %1 = arith.cmpi slt, %0, %c32 : index
    cf.cond_br %1, ^bb2(%c0 : index), ^bb5(%c0 : index)
  ^bb2(%2: index):  // 2 preds: ^bb1, ^bb3
    %3 = arith.cmpi slt, %2, %c16 : index
    cf.cond_br %3, ^bb3, ^bb4
  ^bb3:  // pred: ^bb2
    memref.store %c0_i32, %alloc[%0, %2] : memref<32x16xi32>
    %4 = arith.addi %2, %c1 : index
    cf.br ^bb2(%4 : index)
  ^bb4:  // pred: ^bb2
    %5 = arith.addi %0, %c1 : index
    cf.br ^bb1(%5 : index)
  ^bb5(%6: index):  // 2 preds: ^bb1, ^bb10
    %7 = arith.cmpi slt, %6, %c32 : index
    cf.cond_br %7, ^bb6(%c0 : index), ^bb11
  ^bb6(%8: index):  // 2 preds: ^bb5, ^bb9
    %9 = arith.cmpi slt, %8, %c16 : index
    cf.cond_br %9, ^bb7(%c0 : index), ^bb10
  ^bb7(%10: index):  // 2 preds: ^bb6, ^bb8
    %11 = arith.cmpi slt, %10, %c64 : index
    cf.cond_br %11, ^bb8, ^bb9
  ^bb8:  // pred: ^bb7
    %12 = memref.load %arg0[%6, %10] : memref<32x64xi8, strided<[?, ?], offset: ?>>
    %13 = memref.load %arg1[%10, %8] : memref<64x16xi8, strided<[?, ?], offset: ?>>
    %14 = memref.load %alloc[%6, %8] : memref<32x16xi32>
    %15 = arith.extsi %12 : i8 to i32
    %16 = arith.extsi %13 : i8 to i32
    %17 = arith.muli %15, %16 : i32
    %18 = arith.addi %14, %17 : i32
    memref.store %18, %alloc[%6, %8] : memref<32x16xi32>
    %19 = arith.addi %10, %c1 : index
    cf.br ^bb7(%19 : index)
  ^bb9:  // pred: ^bb7
    %20 = arith.addi %8, %c1 : index
    cf.br ^bb6(%20 : index)
  ^bb10:  // pred: ^bb6
    %21 = arith.addi %6, %c1 : index
    cf.br ^bb5(%21 : index)
  ^bb11:  // pred: ^bb5
    %alloc_1 = memref.alloc() {alignment = 64 : i64} : memref<32x16xi8>
    cf.br ^bb12(%c0 : index)
  ^bb12(%22: index):  // 2 preds: ^bb11, ^bb15
    %23 = arith.cmpi slt, %22, %c32 : index
    cf.cond_br %23, ^bb13(%c0 : index), ^bb16
  ^bb13(%24: index):  // 2 preds: ^bb12, ^bb14
    %25 = arith.cmpi slt, %24, %c16 : index
    cf.cond_br %25, ^bb14, ^bb15
  ^bb14:  // pred: ^bb13
    %26 = memref.load %alloc[%22, %24] : memref<32x16xi32>
    %27 = arith.sitofp %26 : i32 to f32
    %28 = arith.mulf %27, %arg2 : f32
    %29 = arith.maxf %28, %cst : f32
    %30 = arith.minf %29, %cst_0 : f32
    %31 = arith.fptosi %30 : f32 to i8
    memref.store %31, %alloc_1[%22, %24] : memref<32x16xi8>
    %32 = arith.addi %24, %c1 : index
    cf.br ^bb13(%32 : index)
  ^bb15:  // pred: ^bb13
    %33 = arith.addi %22, %c1 : index
    cf.br ^bb12(%33 : index)
  ^bb16:  // pred: ^bb12
    memref.dealloc %alloc : memref<32x16xi32>
    return %alloc_1 : memref<32x16xi8>
  }
}

