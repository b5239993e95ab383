module {
  func.func @matmul_ikj(%arg0: memref<64x64xf32>, %arg1: memref<64x64xf32>, %arg2: memref<64x64xf32>) {
    affine.for %arg3 = 0 to 64 {
      affine.for %arg4 = 0 to 64 {
        %0 = affine.load %arg0[%arg3, %arg4] : memref<64x64xf32>
        affine.for %arg5 = 0 to 64 step 4 {
          %1 = affine.load %arg1[%arg4, %arg5] : memref<64x64xf32>
          %2 = affine.load %arg2[%arg3, %arg5] : memref<64x64xf32>
          %3 = arith.mulf %0, %1 : f32
          %4 = arith.addf %2, %3 : f32
          affine.store %4, %arg2[%arg3, %arg5] : memref<64x64xf32>
          %5 = affine.load %arg1[%arg4, %arg5 + 1] : memref<64x64xf32>
          %6 = affine.load %arg2[%arg3, %arg5 + 1] : memref<64x64xf32>
          %7 = arith.mulf %0, %5 : f32
          %8 = arith.addf %6, %7 : f32
          affine.store %8, %arg2[%arg3, %arg5 + 1] : memref<64x64xf32>
          %9 = affine.load %arg1[%arg4, %arg5 + 2] : memref<64x64xf32>
          %10 = affine.load %arg2[%arg3, %arg5 + 2] : memref<64x64xf32>
          %11 = arith.mulf %0, %9 : f32
          %12 = arith.addf %10, %11 : f32
          affine.store %12, %arg2[%arg3, %arg5 + 2] : memref<64x64xf32>
          %13 = affine.load %arg1[%arg4, %arg5 + 3] : memref<64x64xf32>
          %14 = affine.load %arg2[%arg3, %arg5 + 3] : memref<64x64xf32>
          %15 = arith.mulf %0, %13 : f32
          %16 = arith.addf %14, %15 : f32
          affine.store %16, %arg2[%arg3, %arg5 + 3] : memref<64x64xf32>
        }
      }
    }
    return
  }
}

