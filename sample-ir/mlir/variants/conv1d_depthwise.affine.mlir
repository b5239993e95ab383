module {
  func.func @conv1d(%arg0: memref<1x64x4xf32>, %arg1: memref<5x4x8xf32>, %arg2: memref<1x60x8xf32>) {
    affine.for %arg3 = 0 to 1 {
      affine.for %arg4 = 0 to 60 {
        affine.for %arg5 = 0 to 8 {
          affine.for %arg6 = 0 to 5 {
            affine.for %arg7 = 0 to 4 {
              %0 = affine.load %arg0[%arg3, %arg4 + %arg6, %arg7] : memref<1x64x4xf32>
              %1 = affine.load %arg1[%arg6, %arg7, %arg5] : memref<5x4x8xf32>
              %2 = affine.load %arg2[%arg3, %arg4, %arg5] : memref<1x60x8xf32>
              %3 = arith.mulf %0, %1 : f32
              %4 = arith.addf %2, %3 : f32
              affine.store %4, %arg2[%arg3, %arg4, %arg5] : memref<1x60x8xf32>
            }
          }
        }
      }
    }
    return
  }
  func.func @depthwise(%arg0: memref<1x33x33x8xf32>, %arg1: memref<3x3x8xf32>, %arg2: memref<1x16x16x8xf32>) {
    affine.for %arg3 = 0 to 1 {
      affine.for %arg4 = 0 to 16 {
        affine.for %arg5 = 0 to 16 {
          affine.for %arg6 = 0 to 8 {
            affine.for %arg7 = 0 to 3 {
              affine.for %arg8 = 0 to 3 {
                %0 = affine.load %arg0[%arg3, %arg4 * 2 + %arg7, %arg5 * 2 + %arg8, %arg6] : memref<1x33x33x8xf32>
                %1 = affine.load %arg1[%arg7, %arg8, %arg6] : memref<3x3x8xf32>
                %2 = affine.load %arg2[%arg3, %arg4, %arg5, %arg6] : memref<1x16x16x8xf32>
                %3 = arith.mulf %0, %1 : f32
                %4 = arith.addf %2, %3 : f32
                affine.store %4, %arg2[%arg3, %arg4, %arg5, %arg6] : memref<1x16x16x8xf32>
              }
            }
          }
        }
      }
    }
    return
  }
}

