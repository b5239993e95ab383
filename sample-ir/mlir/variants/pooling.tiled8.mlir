#map = affine_map<(d0) -> (d0)>
#map1 = affine_map<(d0) -> (d0 + 1)>
#map2 = affine_map<(d0) -> (d0 + 8)>
#map3 = affine_map<(d0) -> (d0 + 2)>
module {
  func.func @max_pool(%arg0: memref<1x32x32x16xf32, strided<[?, ?, ?, ?], offset: ?>>) -> memref<1x16x16x16xf32> {
    %cst = arith.constant -3.40282347E+38 : f32
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<1x16x16x16xf32>
    affine.for %arg1 = 0 to 1 step 8 {
      affine.for %arg2 = 0 to 16 step 8 {
        affine.for %arg3 = 0 to 16 step 8 {
          affine.for %arg4 = 0 to 16 step 8 {
            affine.for %arg5 = #map(%arg1) to #map1(%arg1) {
              affine.for %arg6 = #map(%arg2) to #map2(%arg2) {
                affine.for %arg7 = #map(%arg3) to #map2(%arg3) {
                  affine.for %arg8 = #map(%arg4) to #map2(%arg4) {
                    affine.store %cst, %alloc[%arg5, %arg6, %arg7, %arg8] : memref<1x16x16x16xf32>
                  }
                }
              }
            }
          }
        }
      }
    }
    affine.for %arg1 = 0 to 1 step 8 {
      affine.for %arg2 = 0 to 16 step 8 {
        affine.for %arg3 = 0 to 16 step 8 {
          affine.for %arg4 = 0 to 16 step 8 {
            affine.for %arg5 = 0 to 2 step 8 {
              affine.for %arg6 = 0 to 2 step 8 {
                affine.for %arg7 = #map(%arg1) to #map1(%arg1) {
                  affine.for %arg8 = #map(%arg2) to #map2(%arg2) {
                    affine.for %arg9 = #map(%arg3) to #map2(%arg3) {
                      affine.for %arg10 = #map(%arg4) to #map2(%arg4) {
                        affine.for %arg11 = #map(%arg5) to #map3(%arg5) {
                          affine.for %arg12 = #map(%arg6) to #map3(%arg6) {
                            %0 = affine.load %arg0[%arg7, %arg8 * 2 + %arg11, %arg9 * 2 + %arg12, %arg10] : memref<1x32x32x16xf32, strided<[?, ?, ?, ?], offset: ?>>
                            %1 = affine.load %alloc[%arg7, %arg8, %arg9, %arg10] : memref<1x16x16x16xf32>
                            %2 = arith.maxf %1, %0 : f32
                            affine.store %2, %alloc[%arg7, %arg8, %arg9, %arg10] : memref<1x16x16x16xf32>
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
    return %alloc : memref<1x16x16x16xf32>
  }
  func.func @sum_pool(%arg0: memref<1x32x32x16xf32>, %arg1: memref<1x16x16x16xf32>) {
    affine.for %arg2 = 0 to 1 step 8 {
      affine.for %arg3 = 0 to 16 step 8 {
        affine.for %arg4 = 0 to 16 step 8 {
          affine.for %arg5 = 0 to 16 step 8 {
            affine.for %arg6 = 0 to 2 step 8 {
              affine.for %arg7 = 0 to 2 step 8 {
                affine.for %arg8 = #map(%arg2) to #map1(%arg2) {
                  affine.for %arg9 = #map(%arg3) to #map2(%arg3) {
                    affine.for %arg10 = #map(%arg4) to #map2(%arg4) {
                      affine.for %arg11 = #map(%arg5) to #map2(%arg5) {
                        affine.for %arg12 = #map(%arg6) to #map3(%arg6) {
                          affine.for %arg13 = #map(%arg7) to #map3(%arg7) {
                            %0 = affine.load %arg0[%arg8, %arg9 * 2 + %arg12, %arg10 * 2 + %arg13, %arg11] : memref<1x32x32x16xf32>
                            %1 = affine.load %arg1[%arg8, %arg9, %arg10, %arg11] : memref<1x16x16x16xf32>
                            %2 = arith.addf %1, %0 : f32
                            affine.store %2, %arg1[%arg8, %arg9, %arg10, %arg11] : memref<1x16x16x16xf32>
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

