module {
  func.func @matmul(%arg0: memref<32x48xf32>, %arg1: memref<48x16xf32>, %arg2: memref<32x16xf32>) {
    affine.for %arg3 = 0 to 32 {
      affine.for %arg4 = 0 to 16 {
        affine.for %arg5 = 0 to 48 {
          %0 = affine.load %arg0[%arg3, %arg5] : memref<32x48xf32>
          %1 = affine.load %arg1[%arg5, %arg4] : memref<48x16xf32>
          %2 = affine.load %arg2[%arg3, %arg4] : memref<32x16xf32>
          %3 = arith.mulf %0, %1 : f32
          %4 = arith.addf %2, %3 : f32
          affine.store %4, %arg2[%arg3, %arg4] : memref<32x16xf32>
        }
      }
    }
    return
  }
  func.func @batch_matmul(%arg0: memref<4x16x8xf32>, %arg1: memref<4x8x12xf32>, %arg2: memref<4x16x12xf32>) {
    affine.for %arg3 = 0 to 4 {
      affine.for %arg4 = 0 to 16 {
        affine.for %arg5 = 0 to 12 {
          affine.for %arg6 = 0 to 8 {
            %0 = affine.load %arg0[%arg3, %arg4, %arg6] : memref<4x16x8xf32>
            %1 = affine.load %arg1[%arg3, %arg6, %arg5] : memref<4x8x12xf32>
            %2 = affine.load %arg2[%arg3, %arg4, %arg5] : memref<4x16x12xf32>
            %3 = arith.mulf %0, %1 : f32
            %4 = arith.addf %2, %3 : f32
            affine.store %4, %arg2[%arg3, %arg4, %arg5] : memref<4x16x12xf32>
          }
        }
      }
    }
    return
  }
  func.func @matvec(%arg0: memref<24x40xf32>, %arg1: memref<40xf32>, %arg2: memref<24xf32>) {
    affine.for %arg3 = 0 to 24 {
      affine.for %arg4 = 0 to 40 {
        %0 = affine.load %arg0[%arg3, %arg4] : memref<24x40xf32>
        %1 = affine.load %arg1[%arg4] : memref<40xf32>
        %2 = affine.load %arg2[%arg3] : memref<24xf32>
        %3 = arith.mulf %0, %1 : f32
        %4 = arith.addf %2, %3 : f32
        affine.store %4, %arg2[%arg3] : memref<24xf32>
      }
    }
    return
  }
}

