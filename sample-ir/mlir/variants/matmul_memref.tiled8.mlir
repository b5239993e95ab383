#map = affine_map<(d0) -> (d0)>
#map1 = affine_map<(d0) -> (d0 + 8)>
#map2 = affine_map<(d0) -> (d0 + 4)>
#map3 = affine_map<(d0) -> (d0 + 8, 12)>
module {
  func.func @matmul(%arg0: memref<32x48xf32>, %arg1: memref<48x16xf32>, %arg2: memref<32x16xf32>) {
    affine.for %arg3 = 0 to 32 step 8 {
      affine.for %arg4 = 0 to 16 step 8 {
        affine.for %arg5 = 0 to 48 step 8 {
          affine.for %arg6 = #map(%arg3) to #map1(%arg3) {
            affine.for %arg7 = #map(%arg4) to #map1(%arg4) {
              affine.for %arg8 = #map(%arg5) to #map1(%arg5) {
                %0 = affine.load %arg0[%arg6, %arg8] : memref<32x48xf32>
                %1 = affine.load %arg1[%arg8, %arg7] : memref<48x16xf32>
                %2 = affine.load %arg2[%arg6, %arg7] : memref<32x16xf32>
                %3 = arith.mulf %0, %1 : f32
                %4 = arith.addf %2, %3 : f32
                affine.store %4, %arg2[%arg6, %arg7] : memref<32x16xf32>
              }
            }
          }
        }
      }
    }
    return
  }
  func.func @batch_matmul(%arg0: memref<4x16x8xf32>, %arg1: memref<4x8x12xf32>, %arg2: memref<4x16x12xf32>) {
    affine.for %arg3 = 0 to 4 step 8 {
      affine.for %arg4 = 0 to 16 step 8 {
        affine.for %arg5 = 0 to 12 step 8 {
          affine.for %arg6 = 0 to 8 step 8 {
            affine.for %arg7 = #map(%arg3) to #map2(%arg3) {
              affine.for %arg8 = #map(%arg4) to #map1(%arg4) {
                affine.for %arg9 = #map(%arg5) to min #map3(%arg5) {
                  affine.for %arg10 = #map(%arg6) to #map1(%arg6) {
                    %0 = affine.load %arg0[%arg7, %arg8, %arg10] : memref<4x16x8xf32>
                    %1 = affine.load %arg1[%arg7, %arg10, %arg9] : memref<4x8x12xf32>
                    %2 = affine.load %arg2[%arg7, %arg8, %arg9] : memref<4x16x12xf32>
                    %3 = arith.mulf %0, %1 : f32
                    %4 = arith.addf %2, %3 : f32
                    affine.store %4, %arg2[%arg7, %arg8, %arg9] : memref<4x16x12xf32>
                  }
                }
              }
            }
          }
        }
      }
    }
    return
  }
  func.func @matvec(%arg0: memref<24x40xf32>, %arg1: memref<40xf32>, %arg2: memref<24xf32>) {
    affine.for %arg3 = 0 to 24 step 8 {
      affine.for %arg4 = 0 to 40 step 8 {
        affine.for %arg5 = #map(%arg3) to #map1(%arg3) {
          affine.for %arg6 = #map(%arg4) to #map1(%arg4) {
            %0 = affine.load %arg0[%arg5, %arg6] : memref<24x40xf32>
            %1 = affine.load %arg1[%arg6] : memref<40xf32>
            %2 = affine.load %arg2[%arg5] : memref<24xf32>
            %3 = arith.mulf %0, %1 : f32
            %4 = arith.addf %2, %3 : f32
            affine.store %4, %arg2[%arg5] : memref<24xf32>
          }
        }
      }
    }
    return
  }
}

