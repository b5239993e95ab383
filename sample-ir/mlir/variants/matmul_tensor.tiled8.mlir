#map = affine_map<(d0) -> (d0)>
#map1 = affine_map<(d0) -> (d0 + 8)>
module {
  func.func @matmul(%arg0: memref<64x128xf32, strided<[?, ?], offset: ?>>, %arg1: memref<128x32xf32, strided<[?, ?], offset: ?>>) -> memref<64x32xf32> {
    %cst = arith.constant 0.000000e+00 : f32
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<64x32xf32>
    affine.for %arg2 = 0 to 64 step 8 {
      affine.for %arg3 = 0 to 32 step 8 {
        affine.for %arg4 = #map(%arg2) to #map1(%arg2) {
          affine.for %arg5 = #map(%arg3) to #map1(%arg3) {
            affine.store %cst, %alloc[%arg4, %arg5] : memref<64x32xf32>
          }
        }
      }
    }
    affine.for %arg2 = 0 to 64 step 8 {
      affine.for %arg3 = 0 to 32 step 8 {
        affine.for %arg4 = 0 to 128 step 8 {
          affine.for %arg5 = #map(%arg2) to #map1(%arg2) {
            affine.for %arg6 = #map(%arg3) to #map1(%arg3) {
              affine.for %arg7 = #map(%arg4) to #map1(%arg4) {
                %0 = affine.load %arg0[%arg5, %arg7] : memref<64x128xf32, strided<[?, ?], offset: ?>>
                %1 = affine.load %arg1[%arg7, %arg6] : memref<128x32xf32, strided<[?, ?], offset: ?>>
                %2 = affine.load %alloc[%arg5, %arg6] : memref<64x32xf32>
                %3 = arith.mulf %0, %1 : f32
                %4 = arith.addf %2, %3 : f32
                affine.store %4, %alloc[%arg5, %arg6] : memref<64x32xf32>
              }
            }
          }
        }
      }
    }
    return %alloc : memref<64x32xf32>
  }
}

