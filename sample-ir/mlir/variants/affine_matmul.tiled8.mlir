#map = affine_map<(d0) -> (d0)>
#map1 = affine_map<(d0) -> (d0 + 8)>
module {
  func.func @matmul_ikj(%arg0: memref<64x64xf32>, %arg1: memref<64x64xf32>, %arg2: memref<64x64xf32>) {
    affine.for %arg3 = 0 to 64 step 8 {
      affine.for %arg4 = 0 to 64 step 8 {
        affine.for %arg5 = #map(%arg3) to #map1(%arg3) {
          affine.for %arg6 = #map(%arg4) to #map1(%arg4) {
            %0 = affine.load %arg0[%arg5, %arg6] : memref<64x64xf32>
            affine.for %arg7 = 0 to 64 {
              %1 = affine.load %arg1[%arg6, %arg7] : memref<64x64xf32>
              %2 = affine.load %arg2[%arg5, %arg7] : memref<64x64xf32>
              %3 = arith.mulf %0, %1 : f32
              %4 = arith.addf %2, %3 : f32
              affine.store %4, %arg2[%arg5, %arg7] : memref<64x64xf32>
            }
          }
        }
      }
    }
    return
  }
}

