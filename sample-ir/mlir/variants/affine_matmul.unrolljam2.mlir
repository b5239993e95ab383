module {
  func.func @matmul_ikj(%arg0: memref<64x64xf32>, %arg1: memref<64x64xf32>, %arg2: memref<64x64xf32>) {
    affine.for %arg3 = 0 to 64 step 2 {
      affine.for %arg4 = 0 to 64 {
        %0 = affine.load %arg0[%arg3, %arg4] : memref<64x64xf32>
        %1 = affine.load %arg0[%arg3 + 1, %arg4] : memref<64x64xf32>
        affine.for %arg5 = 0 to 64 {
          %2 = affine.load %arg1[%arg4, %arg5] : memref<64x64xf32>
          %3 = affine.load %arg2[%arg3, %arg5] : memref<64x64xf32>
          %4 = arith.mulf %0, %2 : f32
          %5 = arith.addf %3, %4 : f32
          affine.store %5, %arg2[%arg3, %arg5] : memref<64x64xf32>
          %6 = affine.load %arg1[%arg4, %arg5] : memref<64x64xf32>
          %7 = affine.load %arg2[%arg3 + 1, %arg5] : memref<64x64xf32>
          %8 = arith.mulf %1, %6 : f32
          %9 = arith.addf %7, %8 : f32
          affine.store %9, %arg2[%arg3 + 1, %arg5] : memref<64x64xf32>
        }
      }
    }
    return
  }
}

