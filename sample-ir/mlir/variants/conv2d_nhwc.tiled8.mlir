#map = affine_map<(d0) -> (d0)>
#map1 = affine_map<(d0) -> (d0 + 1)>
#map2 = affine_map<(d0) -> (d0 + 8)>
#map3 = affine_map<(d0) -> (d0 + 3)>
module {
  func.func @conv_bias_relu(%arg0: memref<1x18x18x8xf32, strided<[?, ?, ?, ?], offset: ?>>, %arg1: memref<3x3x8x16xf32, strided<[?, ?, ?, ?], offset: ?>>, %arg2: memref<16xf32, strided<[?], offset: ?>>) -> memref<1x16x16x16xf32> {
    %cst = arith.constant 0.000000e+00 : f32
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<1x16x16x16xf32>
    %alloc_0 = memref.alloc() {alignment = 64 : i64} : memref<1x16x16x16xf32>
    affine.for %arg3 = 0 to 1 step 8 {
      affine.for %arg4 = 0 to 16 step 8 {
        affine.for %arg5 = 0 to 16 step 8 {
          affine.for %arg6 = 0 to 16 step 8 {
            affine.for %arg7 = #map(%arg3) to #map1(%arg3) {
              affine.for %arg8 = #map(%arg4) to #map2(%arg4) {
                affine.for %arg9 = #map(%arg5) to #map2(%arg5) {
                  affine.for %arg10 = #map(%arg6) to #map2(%arg6) {
                    affine.store %cst, %alloc_0[%arg7, %arg8, %arg9, %arg10] : memref<1x16x16x16xf32>
                  }
                }
              }
            }
          }
        }
      }
    }
    affine.for %arg3 = 0 to 1 step 8 {
      affine.for %arg4 = 0 to 16 step 8 {
        affine.for %arg5 = 0 to 16 step 8 {
          affine.for %arg6 = 0 to 16 step 8 {
            affine.for %arg7 = 0 to 3 step 8 {
              affine.for %arg8 = 0 to 3 step 8 {
                affine.for %arg9 = 0 to 8 step 8 {
                  affine.for %arg10 = #map(%arg3) to #map1(%arg3) {
                    affine.for %arg11 = #map(%arg4) to #map2(%arg4) {
                      affine.for %arg12 = #map(%arg5) to #map2(%arg5) {
                        affine.for %arg13 = #map(%arg6) to #map2(%arg6) {
                          affine.for %arg14 = #map(%arg7) to #map3(%arg7) {
                            affine.for %arg15 = #map(%arg8) to #map3(%arg8) {
                              affine.for %arg16 = #map(%arg9) to #map2(%arg9) {
                                %0 = affine.load %arg0[%arg10, %arg11 + %arg14, %arg12 + %arg15, %arg16] : memref<1x18x18x8xf32, strided<[?, ?, ?, ?], offset: ?>>
                                %1 = affine.load %arg1[%arg14, %arg15, %arg16, %arg13] : memref<3x3x8x16xf32, strided<[?, ?, ?, ?], offset: ?>>
                                %2 = affine.load %alloc_0[%arg10, %arg11, %arg12, %arg13] : memref<1x16x16x16xf32>
                                %3 = arith.mulf %0, %1 : f32
                                %4 = arith.addf %2, %3 : f32
                                affine.store %4, %alloc_0[%arg10, %arg11, %arg12, %arg13] : memref<1x16x16x16xf32>
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
      }
    }
    affine.for %arg3 = 0 to 1 step 8 {
      affine.for %arg4 = 0 to 16 step 8 {
        affine.for %arg5 = 0 to 16 step 8 {
          affine.for %arg6 = 0 to 16 step 8 {
            affine.for %arg7 = #map(%arg3) to #map1(%arg3) {
              affine.for %arg8 = #map(%arg4) to #map2(%arg4) {
                affine.for %arg9 = #map(%arg5) to #map2(%arg5) {
                  affine.for %arg10 = #map(%arg6) to #map2(%arg6) {
                    %0 = affine.load %arg2[%arg10] : memref<16xf32, strided<[?], offset: ?>>
                    %1 = affine.load %alloc_0[%arg7, %arg8, %arg9, %arg10] : memref<1x16x16x16xf32>
                    %2 = arith.addf %1, %0 : f32
                    %3 = arith.maxf %2, %cst : f32
                    affine.store %3, %alloc[%arg7, %arg8, %arg9, %arg10] : memref<1x16x16x16xf32>
                  }
                }
              }
            }
          }
        }
      }
    }
    memref.dealloc %alloc_0 : memref<1x16x16x16xf32>
    return %alloc : memref<1x16x16x16xf32>
  }
}

