#map = affine_map<(d0) -> (d0)>
#map1 = affine_map<(d0) -> (d0 + 1)>
#map2 = affine_map<(d0) -> (d0 + 8, 60)>
#map3 = affine_map<(d0) -> (d0 + 8)>
#map4 = affine_map<(d0) -> (d0 + 5)>
#map5 = affine_map<(d0) -> (d0 + 4)>
#map6 = affine_map<(d0) -> (d0 + 3)>
module {
  func.func @conv1d(%arg0: memref<1x64x4xf32>, %arg1: memref<5x4x8xf32>, %arg2: memref<1x60x8xf32>) {
    affine.for %arg3 = 0 to 1 step 8 {
      affine.for %arg4 = 0 to 60 step 8 {
        affine.for %arg5 = 0 to 8 step 8 {
          affine.for %arg6 = 0 to 5 step 8 {
            affine.for %arg7 = 0 to 4 step 8 {
              affine.for %arg8 = #map(%arg3) to #map1(%arg3) {
                affine.for %arg9 = #map(%arg4) to min #map2(%arg4) {
                  affine.for %arg10 = #map(%arg5) to #map3(%arg5) {
                    affine.for %arg11 = #map(%arg6) to #map4(%arg6) {
                      affine.for %arg12 = #map(%arg7) to #map5(%arg7) {
                        %0 = affine.load %arg0[%arg8, %arg9 + %arg11, %arg12] : memref<1x64x4xf32>
                        %1 = affine.load %arg1[%arg11, %arg12, %arg10] : memref<5x4x8xf32>
                        %2 = affine.load %arg2[%arg8, %arg9, %arg10] : memref<1x60x8xf32>
                        %3 = arith.mulf %0, %1 : f32
                        %4 = arith.addf %2, %3 : f32
                        affine.store %4, %arg2[%arg8, %arg9, %arg10] : memref<1x60x8xf32>
                      }
                    }
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
  func.func @depthwise(%arg0: memref<1x33x33x8xf32>, %arg1: memref<3x3x8xf32>, %arg2: memref<1x16x16x8xf32>) {
    affine.for %arg3 = 0 to 1 step 8 {
      affine.for %arg4 = 0 to 16 step 8 {
        affine.for %arg5 = 0 to 16 step 8 {
          affine.for %arg6 = 0 to 8 step 8 {
            affine.for %arg7 = 0 to 3 step 8 {
              affine.for %arg8 = 0 to 3 step 8 {
                affine.for %arg9 = #map(%arg3) to #map1(%arg3) {
                  affine.for %arg10 = #map(%arg4) to #map3(%arg4) {
                    affine.for %arg11 = #map(%arg5) to #map3(%arg5) {
                      affine.for %arg12 = #map(%arg6) to #map3(%arg6) {
                        affine.for %arg13 = #map(%arg7) to #map6(%arg7) {
                          affine.for %arg14 = #map(%arg8) to #map6(%arg8) {
                            %0 = affine.load %arg0[%arg9, %arg10 * 2 + %arg13, %arg11 * 2 + %arg14, %arg12] : memref<1x33x33x8xf32>
                            %1 = affine.load %arg1[%arg13, %arg14, %arg12] : memref<3x3x8xf32>
                            %2 = affine.load %arg2[%arg9, %arg10, %arg11, %arg12] : memref<1x16x16x8xf32>
                            %3 = arith.mulf %0, %1 : f32
                            %4 = arith.addf %2, %3 : f32
                            affine.store %4, %arg2[%arg9, %arg10, %arg11, %arg12] : memref<1x16x16x8xf32>
                          }
                        }
                      }
                    }
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
}

