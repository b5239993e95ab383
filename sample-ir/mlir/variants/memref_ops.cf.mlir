module {
  memref.global "private" constant @coeffs : memref<4xf32> = dense<[1.000000e-01, 2.000000e-01, 3.000000e-01, 4.000000e-01]>
  memref.global @scratch : memref<16x16xf32> = uninitialized
  func.func @weighted(%arg0: memref<4xf32>) -> f32 {
    %cst = arith.constant 0.000000e+00 : f32
    %c4 = arith.constant 4 : index
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %0 = memref.get_global @coeffs : memref<4xf32>
    cf.br ^bb1(%c0, %cst : index, f32)
  ^bb1(%1: index, %2: f32):  // 2 preds: ^bb0, ^bb2
    %3 = arith.cmpi slt, %1, %c4 : index
    cf.cond_br %3, ^bb2, ^bb3
  ^bb2:  // pred: ^bb1
    %4 = memref.load %arg0[%1] : memref<4xf32>
    %5 = memref.load %0[%1] : memref<4xf32>
    %6 = arith.mulf %4, %5 : f32
    %7 = arith.addf %2, %6 : f32
    %8 = arith.addi %1, %c1 : index
    cf.br ^bb1(%8, %7 : index, f32)
  ^bb3:  // pred: ^bb1
    return %2 : f32
  }
  func.func @views(%arg0: index) -> memref<?x?xf32, strided<[?, 1], offset: ?>> {
    %alloc = memref.alloc(%arg0, %arg0) {alignment = 64 : i64} : memref<?x?xf32>
    %alloca = memref.alloca() : memref<8x8xf32>
    %0 = memref.get_global @scratch : memref<16x16xf32>
    %subview = memref.subview %0[4, 4] [8, 8] [1, 1] : memref<16x16xf32> to memref<8x8xf32, strided<[16, 1], offset: 68>>
    memref.copy %subview, %alloca : memref<8x8xf32, strided<[16, 1], offset: 68>> to memref<8x8xf32>
    %subview_0 = memref.subview %alloc[2, 2] [2, 2] [1, 1] : memref<?x?xf32> to memref<2x2xf32, strided<[?, 1], offset: ?>>
    %cast = memref.cast %subview_0 : memref<2x2xf32, strided<[?, 1], offset: ?>> to memref<?x?xf32, strided<[?, 1], offset: ?>>
    memref.dealloc %alloc : memref<?x?xf32>
    return %cast : memref<?x?xf32, strided<[?, 1], offset: ?>>
  }
  func.func @atomic_add(%arg0: memref<10xf32>, %arg1: index, %arg2: f32) -> f32 {
    %0 = memref.atomic_rmw addf %arg2, %arg0[%arg1] : (f32, memref<10xf32>) -> f32
    return %0 : f32
  }
}

