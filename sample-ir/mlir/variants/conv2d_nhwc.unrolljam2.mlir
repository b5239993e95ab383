module {
  func.func @conv_bias_relu(%arg0: memref<1x18x18x8xf32, strided<[?, ?, ?, ?], offset: ?>>, %arg1: memref<3x3x8x16xf32, strided<[?, ?, ?, ?], offset: ?>>, %arg2: memref<16xf32, strided<[?], offset: ?>>) -> memref<1x16x16x16xf32> {
    %cst = arith.constant 0.000000e+00 : f32
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<1x16x16x16xf32>
    %alloc_0 = memref.alloc() {alignment = 64 : i64} : memref<1x16x16x16xf32>
    affine.for %arg3 = 0 to 1 {
      affine.for %arg4 = 0 to 16 {
        affine.for %arg5 = 0 to 16 {
          affine.for %arg6 = 0 to 16 {
            affine.store %cst, %alloc_0[%arg3, %arg4, %arg5, %arg6] : memref<1x16x16x16xf32>
          }
        }
      }
    }
    affine.for %arg3 = 0 to 1 {
      affine.for %arg4 = 0 to 16 {
        affine.for %arg5 = 0 to 16 {
          affine.for %arg6 = 0 to 16 {
            affine.for %arg7 = 0 to 3 {
              affine.for %arg8 = 0 to 3 {
                affine.for %arg9 = 0 to 8 {
                  %0 = affine.load %arg0[%arg3, %arg4 + %arg7, %arg5 + %arg8, %arg9] : memref<1x18x18x8xf32, strided<[?, ?, ?, ?], offset: ?>>
                  %1 = affine.load %arg1[%arg7, %arg8, %arg9, %arg6] : memref<3x3x8x16xf32, strided<[?, ?, ?, ?], offset: ?>>
                  %2 = affine.load %alloc_0[%arg3, %arg4, %arg5, %arg6] : memref<1x16x16x16xf32>
                  %3 = arith.mulf %0, %1 : f32
                  %4 = arith.addf %2, %3 : f32
                  affine.store %4, %alloc_0[%arg3, %arg4, %arg5, %arg6] : memref<1x16x16x16xf32>
                }
              }
            }
          }
        }
      }
    }
    affine.for %arg3 = 0 to 1 {
      affine.for %arg4 = 0 to 16 {
        affine.for %arg5 = 0 to 16 {
          affine.for %arg6 = 0 to 16 {
            %0 = affine.load %arg2[%arg6] : memref<16xf32, strided<[?], offset: ?>>
            %1 = affine.load %alloc_0[%arg3, %arg4, %arg5, %arg6] : memref<1x16x16x16xf32>
            %2 = arith.addf %1, %0 : f32
            %3 = arith.maxf %2, %cst : f32
            affine.store %3, %alloc[%arg3, %arg4, %arg5, %arg6] : memref<1x16x16x16xf32>
          }
        }
      }
    }
    memref.dealloc %alloc_0 : memref<1x16x16x16xf32>
    return %alloc : memref<1x16x16x16xf32>
  }
}

