module {
  func.func @conv_bias_relu(%arg0: memref<1x18x18x8xf32, strided<[?, ?, ?, ?], offset: ?>>, %arg1: memref<3x3x8x16xf32, strided<[?, ?, ?, ?], offset: ?>>, %arg2: memref<16xf32, strided<[?], offset: ?>>) -> memref<1x16x16x16xf32> {
    %cst = arith.constant 0.000000e+00 : f32
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<1x16x16x16xf32>
    %alloc_0 = memref.alloc() {alignment = 64 : i64} : memref<1x16x16x16xf32>
    affine.for %arg3 = 0 to 1 {
      affine.for %arg4 = 0 to 16 {
        affine.for %arg5 = 0 to 16 {
          affine.for %arg6 = 0 to 16 step 4 {
            affine.store %cst, %alloc_0[%arg3, %arg4, %arg5, %arg6] : memref<1x16x16x16xf32>
            affine.store %cst, %alloc_0[%arg3, %arg4, %arg5, %arg6 + 1] : memref<1x16x16x16xf32>
            affine.store %cst, %alloc_0[%arg3, %arg4, %arg5, %arg6 + 2] : memref<1x16x16x16xf32>
            affine.store %cst, %alloc_0[%arg3, %arg4, %arg5, %arg6 + 3] : memref<1x16x16x16xf32>
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
                affine.for %arg9 = 0 to 8 step 4 {
                  %0 = affine.load %arg0[%arg3, %arg4 + %arg7, %arg5 + %arg8, %arg9] : memref<1x18x18x8xf32, strided<[?, ?, ?, ?], offset: ?>>
                  %1 = affine.load %arg1[%arg7, %arg8, %arg9, %arg6] : memref<3x3x8x16xf32, strided<[?, ?, ?, ?], offset: ?>>
                  %2 = affine.load %alloc_0[%arg3, %arg4, %arg5, %arg6] : memref<1x16x16x16xf32>
                  %3 = arith.mulf %0, %1 : f32
                  %4 = arith.addf %2, %3 : f32
                  affine.store %4, %alloc_0[%arg3, %arg4, %arg5, %arg6] : memref<1x16x16x16xf32>
                  %5 = affine.load %arg0[%arg3, %arg4 + %arg7, %arg5 + %arg8, %arg9 + 1] : memref<1x18x18x8xf32, strided<[?, ?, ?, ?], offset: ?>>
                  %6 = affine.load %arg1[%arg7, %arg8, %arg9 + 1, %arg6] : memref<3x3x8x16xf32, strided<[?, ?, ?, ?], offset: ?>>
                  %7 = affine.load %alloc_0[%arg3, %arg4, %arg5, %arg6] : memref<1x16x16x16xf32>
                  %8 = arith.mulf %5, %6 : f32
                  %9 = arith.addf %7, %8 : f32
                  affine.store %9, %alloc_0[%arg3, %arg4, %arg5, %arg6] : memref<1x16x16x16xf32>
                  %10 = affine.load %arg0[%arg3, %arg4 + %arg7, %arg5 + %arg8, %arg9 + 2] : memref<1x18x18x8xf32, strided<[?, ?, ?, ?], offset: ?>>
                  %11 = affine.load %arg1[%arg7, %arg8, %arg9 + 2, %arg6] : memref<3x3x8x16xf32, strided<[?, ?, ?, ?], offset: ?>>
                  %12 = affine.load %alloc_0[%arg3, %arg4, %arg5, %arg6] : memref<1x16x16x16xf32>
                  %13 = arith.mulf %10, %11 : f32
                  %14 = arith.addf %12, %13 : f32
                  affine.store %14, %alloc_0[%arg3, %arg4, %arg5, %arg6] : memref<1x16x16x16xf32>
                  %15 = affine.load %arg0[%arg3, %arg4 + %arg7, %arg5 + %arg8, %arg9 + 3] : memref<1x18x18x8xf32, strided<[?, ?, ?, ?], offset: ?>>
                  %16 = affine.load %arg1[%arg7, %arg8, %arg9 + 3, %arg6] : memref<3x3x8x16xf32, strided<[?, ?, ?, ?], offset: ?>>
                  %17 = affine.load %alloc_0[%arg3, %arg4, %arg5, %arg6] : memref<1x16x16x16xf32>
                  %18 = arith.mulf %15, %16 : f32
                  %19 = arith.addf %17, %18 : f32
                  affine.store %19, %alloc_0[%arg3, %arg4, %arg5, %arg6] : memref<1x16x16x16xf32>
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
          affine.for %arg6 = 0 to 16 step 4 {
            %0 = affine.load %arg2[%arg6] : memref<16xf32, strided<[?], offset: ?>>
            %1 = affine.load %alloc_0[%arg3, %arg4, %arg5, %arg6] : memref<1x16x16x16xf32>
            %2 = arith.addf %1, %0 : f32
            %3 = arith.maxf %2, %cst : f32
            affine.store %3, %alloc[%arg3, %arg4, %arg5, %arg6] : memref<1x16x16x16xf32>
            %4 = affine.load %arg2[%arg6 + 1] : memref<16xf32, strided<[?], offset: ?>>
            %5 = affine.load %alloc_0[%arg3, %arg4, %arg5, %arg6 + 1] : memref<1x16x16x16xf32>
            %6 = arith.addf %5, %4 : f32
            %7 = arith.maxf %6, %cst : f32
            affine.store %7, %alloc[%arg3, %arg4, %arg5, %arg6 + 1] : memref<1x16x16x16xf32>
            %8 = affine.load %arg2[%arg6 + 2] : memref<16xf32, strided<[?], offset: ?>>
            %9 = affine.load %alloc_0[%arg3, %arg4, %arg5, %arg6 + 2] : memref<1x16x16x16xf32>
            %10 = arith.addf %9, %8 : f32
            %11 = arith.maxf %10, %cst : f32
            affine.store %11, %alloc[%arg3, %arg4, %arg5, %arg6 + 2] : memref<1x16x16x16xf32>
            %12 = affine.load %arg2[%arg6 + 3] : memref<16xf32, strided<[?], offset: ?>>
            %13 = affine.load %alloc_0[%arg3, %arg4, %arg5, %arg6 + 3] : memref<1x16x16x16xf32>
            %14 = arith.addf %13, %12 : f32
            %15 = arith.maxf %14, %cst : f32
            affine.store %15, %alloc[%arg3, %arg4, %arg5, %arg6 + 3] : memref<1x16x16x16xf32>
          }
        }
      }
    }
    memref.dealloc %alloc_0 : memref<1x16x16x16xf32>
    return %alloc : memref<1x16x16x16xf32>
  }
}

