#map = affine_map<(d0, d1) -> (d0 + d1)>
#map1 = affine_map<(d0, d1) -> (d0 * 2 + d1)>
module {
  func.func @conv1d(%arg0: memref<1x64x4xf32>, %arg1: memref<5x4x8xf32>, %arg2: memref<1x60x8xf32>) {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c60 = arith.constant 60 : index
    %c8 = arith.constant 8 : index
    %c5 = arith.constant 5 : index
    %c4 = arith.constant 4 : index
    scf.parallel (%arg3, %arg4) = (%c0, %c0) to (%c60, %c8) step (%c1, %c1) {
      scf.for %arg5 = %c0 to %c5 step %c1 {
        scf.for %arg6 = %c0 to %c4 step %c1 {
          %0 = affine.apply #map(%arg3, %arg5)
          %1 = memref.load %arg0[%c0, %0, %arg6] : memref<1x64x4xf32>
          %2 = memref.load %arg1[%arg5, %arg6, %arg4] : memref<5x4x8xf32>
          %3 = memref.load %arg2[%c0, %arg3, %arg4] : memref<1x60x8xf32>
          %4 = arith.mulf %1, %2 : f32
          %5 = arith.addf %3, %4 : f32
          memref.store %5, %arg2[%c0, %arg3, %arg4] : memref<1x60x8xf32>
        }
      }
      scf.yield
    }
    return
  }
  func.func @depthwise(%arg0: memref<1x33x33x8xf32>, %arg1: memref<3x3x8xf32>, %arg2: memref<1x16x16x8xf32>) {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c16 = arith.constant 16 : index
    %c8 = arith.constant 8 : index
    %c3 = arith.constant 3 : index
    scf.parallel (%arg3, %arg4, %arg5) = (%c0, %c0, %c0) to (%c16, %c16, %c8) step (%c1, %c1, %c1) {
      scf.for %arg6 = %c0 to %c3 step %c1 {
        scf.for %arg7 = %c0 to %c3 step %c1 {
          %0 = affine.apply #map1(%arg3, %arg6)
          %1 = affine.apply #map1(%arg4, %arg7)
          %2 = memref.load %arg0[%c0, %0, %1, %arg5] : memref<1x33x33x8xf32>
          %3 = memref.load %arg1[%arg6, %arg7, %arg5] : memref<3x3x8xf32>
          %4 = memref.load %arg2[%c0, %arg3, %arg4, %arg5] : memref<1x16x16x8xf32>
          %5 = arith.mulf %2, %3 : f32
          %6 = arith.addf %4, %5 : f32
          memref.store %6, %arg2[%c0, %arg3, %arg4, %arg5] : memref<1x16x16x8xf32>
        }
      }
      scf.yield
    }
    return
  }
}

