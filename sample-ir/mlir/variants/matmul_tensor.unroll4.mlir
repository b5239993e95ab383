module {
  func.func @matmul(%arg0: memref<64x128xf32, strided<[?, ?], offset: ?>>, %arg1: memref<128x32xf32, strided<[?, ?], offset: ?>>) -> memref<64x32xf32> {
    %cst = arith.constant 0.000000e+00 : f32
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<64x32xf32>
    affine.for %arg2 = 0 to 64 {
      affine.for %arg3 = 0 to 32 step 4 {
        affine.store %cst, %alloc[%arg2, %arg3] : memref<64x32xf32>
        affine.store %cst, %alloc[%arg2, %arg3 + 1] : memref<64x32xf32>
        affine.store %cst, %alloc[%arg2, %arg3 + 2] : memref<64x32xf32>
        affine.store %cst, %alloc[%arg2, %arg3 + 3] : memref<64x32xf32>
      }
    }
    affine.for %arg2 = 0 to 64 {
      affine.for %arg3 = 0 to 32 {
        affine.for %arg4 = 0 to 128 step 4 {
          %0 = affine.load %arg0[%arg2, %arg4] : memref<64x128xf32, strided<[?, ?], offset: ?>>
          %1 = affine.load %arg1[%arg4, %arg3] : memref<128x32xf32, strided<[?, ?], offset: ?>>
          %2 = affine.load %alloc[%arg2, %arg3] : memref<64x32xf32>
          %3 = arith.mulf %0, %1 : f32
          %4 = arith.addf %2, %3 : f32
          affine.store %4, %alloc[%arg2, %arg3] : memref<64x32xf32>
          %5 = affine.load %arg0[%arg2, %arg4 + 1] : memref<64x128xf32, strided<[?, ?], offset: ?>>
          %6 = affine.load %arg1[%arg4 + 1, %arg3] : memref<128x32xf32, strided<[?, ?], offset: ?>>
          %7 = affine.load %alloc[%arg2, %arg3] : memref<64x32xf32>
          %8 = arith.mulf %5, %6 : f32
          %9 = arith.addf %7, %8 : f32
          affine.store %9, %alloc[%arg2, %arg3] : memref<64x32xf32>
          %10 = affine.load %arg0[%arg2, %arg4 + 2] : memref<64x128xf32, strided<[?, ?], offset: ?>>
          %11 = affine.load %arg1[%arg4 + 2, %arg3] : memref<128x32xf32, strided<[?, ?], offset: ?>>
          %12 = affine.load %alloc[%arg2, %arg3] : memref<64x32xf32>
          %13 = arith.mulf %10, %11 : f32
          %14 = arith.addf %12, %13 : f32
          affine.store %14, %alloc[%arg2, %arg3] : memref<64x32xf32>
          %15 = affine.load %arg0[%arg2, %arg4 + 3] : memref<64x128xf32, strided<[?, ?], offset: ?>>
          %16 = affine.load %arg1[%arg4 + 3, %arg3] : memref<128x32xf32, strided<[?, ?], offset: ?>>
          %17 = affine.load %alloc[%arg2, %arg3] : memref<64x32xf32>
          %18 = arith.mulf %15, %16 : f32
          %19 = arith.addf %17, %18 : f32
          affine.store %19, %alloc[%arg2, %arg3] : memref<64x32xf32>
        }
      }
    }
    return %alloc : memref<64x32xf32>
  }
}

