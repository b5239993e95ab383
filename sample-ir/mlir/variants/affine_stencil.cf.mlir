module {
  func.func @jacobi(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>) {
    %c-1 = arith.constant -1 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 2.500000e-01 : f32
    %c0 = arith.constant 0 : index
    %dim = memref.dim %arg0, %c0 : memref<?x?xf32>
    %0 = arith.addi %dim, %c-1 : index
    cf.br ^bb1(%c1 : index)
  ^bb1(%1: index):  // 2 preds: ^bb0, ^bb5
    %2 = arith.cmpi slt, %1, %0 : index
    cf.cond_br %2, ^bb2, ^bb6
  ^bb2:  // pred: ^bb1
    %3 = arith.addi %dim, %c-1 : index
    cf.br ^bb3(%c1 : index)
  ^bb3(%4: index):  // 2 preds: ^bb2, ^bb4
    %5 = arith.cmpi slt, %4, %3 : index
    cf.cond_br %5, ^bb4, ^bb5
  ^bb4:  // pred: ^bb3
    %6 = arith.addi %1, %c-1 : index
    %7 = memref.load %arg0[%6, %4] : memref<?x?xf32>
    %8 = arith.addi %1, %c1 : index
    %9 = memref.load %arg0[%8, %4] : memref<?x?xf32>
    %10 = arith.addi %4, %c-1 : index
    %11 = memref.load %arg0[%1, %10] : memref<?x?xf32>
    %12 = arith.addi %4, %c1 : index
    %13 = memref.load %arg0[%1, %12] : memref<?x?xf32>
    %14 = arith.addf %7, %9 : f32
    %15 = arith.addf %11, %13 : f32
    %16 = arith.addf %14, %15 : f32
    %17 = arith.mulf %16, %cst : f32
    memref.store %17, %arg1[%1, %4] : memref<?x?xf32>
    %18 = arith.addi %4, %c1 : index
    cf.br ^bb3(%18 : index)
  ^bb5:  // pred: ^bb3
    %19 = arith.addi %1, %c1 : index
    cf.br ^bb1(%19 : index)
  ^bb6:  // pred: ^bb1
    return
  }
  func.func @clamp_copy(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>, %arg2: index) {
    %c-2 = arith.constant -2 : index
    %c-1 = arith.constant -1 : index
    %c8 = arith.constant 8 : index
    %cst = arith.constant 0.000000e+00 : f32
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    cf.br ^bb1(%c0 : index)
  ^bb1(%0: index):  // 2 preds: ^bb0, ^bb8
    %1 = arith.cmpi slt, %0, %arg2 : index
    cf.cond_br %1, ^bb2, ^bb9
  ^bb2:  // pred: ^bb1
    %2 = arith.addi %0, %c1 : index
    %3 = arith.addi %0, %c8 : index
    %4 = arith.cmpi slt, %3, %arg2 : index
    %5 = arith.select %4, %3, %arg2 : index
    cf.br ^bb3(%2 : index)
  ^bb3(%6: index):  // 2 preds: ^bb2, ^bb7
    %7 = arith.cmpi slt, %6, %5 : index
    cf.cond_br %7, ^bb4, ^bb8
  ^bb4:  // pred: ^bb3
    %8 = arith.addi %0, %c-1 : index
    %9 = arith.cmpi sge, %8, %c0 : index
    %10 = arith.muli %0, %c-1 : index
    %11 = arith.addi %10, %arg2 : index
    %12 = arith.addi %11, %c-2 : index
    %13 = arith.cmpi sge, %12, %c0 : index
    %14 = arith.andi %9, %13 : i1
    %15 = arith.addi %6, %c-1 : index
    %16 = arith.cmpi sge, %15, %c0 : index
    %17 = arith.andi %14, %16 : i1
    %18 = arith.muli %6, %c-1 : index
    %19 = arith.addi %18, %arg2 : index
    %20 = arith.addi %19, %c-2 : index
    %21 = arith.cmpi sge, %20, %c0 : index
    %22 = arith.andi %17, %21 : i1
    cf.cond_br %22, ^bb5, ^bb6
  ^bb5:  // pred: ^bb4
    %23 = memref.load %arg0[%0, %6] : memref<?x?xf32>
    memref.store %23, %arg1[%0, %6] : memref<?x?xf32>
    cf.br ^bb7
  ^bb6:  // pred: ^bb4
    memref.store %cst, %arg1[%0, %6] : memref<?x?xf32>
    cf.br ^bb7
  ^bb7:  // 2 preds: ^bb5, ^bb6
    %24 = arith.addi %6, %c1 : index
    cf.br ^bb3(%24 : index)
  ^bb8:  // pred: ^bb3
    %25 = arith.addi %0, %c1 : index
    cf.br ^bb1(%25 : index)
  ^bb9:  // pred: ^bb1
    return
  }
}

