module {
  func.func @max_pool(%arg0: memref<1x32x32x16xf32, strided<[?, ?, ?, ?], offset: ?>>) -> memref<1x16x16x16xf32> {
    %cst = arith.constant -3.40282347E+38 : f32
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<1x16x16x16xf32>
    affine.for %arg1 = 0 to 1 {
      affine.for %arg2 = 0 to 16 {
        affine.for %arg3 = 0 to 16 {
          affine.for %arg4 = 0 to 16 {
            affine.store %cst, %alloc[%arg1, %arg2, %arg3, %arg4] : memref<1x16x16x16xf32>
          }
        }
      }
    }
    affine.for %arg1 = 0 to 1 {
      affine.for %arg2 = 0 to 16 {
        affine.for %arg3 = 0 to 16 {
          affine.for %arg4 = 0 to 16 {
            affine.for %arg5 = 0 to 2 {
              affine.for %arg6 = 0 to 2 {
                %0 = affine.load %arg0[%arg1, %arg2 * 2 + %arg5, %arg3 * 2 + %arg6, %arg4] : memref<1x32x32x16xf32, strided<[?, ?, ?, ?], offset: ?>>
                %1 = affine.load %alloc[%arg1, %arg2, %arg3, %arg4] : memref<1x16x16x16xf32>
                %2 = arith.maxf %1, %0 : f32
                affine.store %2, %alloc[%arg1, %arg2, %arg3, %arg4] : memref<1x16x16x16xf32>
              }
            }
          }
        }
      }
    }
    return %alloc : memref<1x16x16x16xf32>
  }
  func.func @sum_pool(%arg0: memref<1x32x32x16xf32>, %arg1: memref<1x16x16x16xf32>) {
    affine.for %arg2 = 0 to 1 {
      affine.for %arg3 = 0 to 16 {
        affine.for %arg4 = 0 to 16 {
          affine.for %arg5 = 0 to 16 {
            affine.for %arg6 = 0 to 2 {
              affine.for %arg7 = 0 to 2 {
                %0 = affine.load %arg0[%arg2, %arg3 * 2 + %arg6, %arg4 * 2 + %arg7, %arg5] : memref<1x32x32x16xf32>
                %1 = affine.load %arg1[%arg2, %arg3, %arg4, %arg5] : memref<1x16x16x16xf32>
                %2 = arith.addf %1, %0 : f32
                affine.store %2, %arg1[%arg2, %arg3, %arg4, %arg5] : memref<1x16x16x16xf32>
              }
            }
          }
        }
      }
    }
    return
  }
}

