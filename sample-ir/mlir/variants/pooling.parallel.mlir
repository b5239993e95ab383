#map = affine_map<(d0, d1) -> (d0 * 2 + d1)>
module {
  func.func @max_pool(%arg0: memref<1x32x32x16xf32, strided<[?, ?, ?, ?], offset: ?>>) -> memref<1x16x16x16xf32> {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c16 = arith.constant 16 : index
    %c2 = arith.constant 2 : index
    %cst = arith.constant -3.40282347E+38 : f32
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<1x16x16x16xf32>
    scf.parallel (%arg1, %arg2, %arg3) = (%c0, %c0, %c0) to (%c16, %c16, %c16) step (%c1, %c1, %c1) {
      memref.store %cst, %alloc[%c0, %arg1, %arg2, %arg3] : memref<1x16x16x16xf32>
      scf.yield
    }
    scf.parallel (%arg1, %arg2, %arg3) = (%c0, %c0, %c0) to (%c16, %c16, %c16) step (%c1, %c1, %c1) {
      scf.for %arg4 = %c0 to %c2 step %c1 {
        scf.for %arg5 = %c0 to %c2 step %c1 {
          %0 = affine.apply #map(%arg1, %arg4)
          %1 = affine.apply #map(%arg2, %arg5)
          %2 = memref.load %arg0[%c0, %0, %1, %arg3] : memref<1x32x32x16xf32, strided<[?, ?, ?, ?], offset: ?>>
          %3 = memref.load %alloc[%c0, %arg1, %arg2, %arg3] : memref<1x16x16x16xf32>
          %4 = arith.maxf %3, %2 : f32
          memref.store %4, %alloc[%c0, %arg1, %arg2, %arg3] : memref<1x16x16x16xf32>
        }
      }
      scf.yield
    }
    return %alloc : memref<1x16x16x16xf32>
  }
  func.func @sum_pool(%arg0: memref<1x32x32x16xf32>, %arg1: memref<1x16x16x16xf32>) {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c16 = arith.constant 16 : index
    %c2 = arith.constant 2 : index
    scf.parallel (%arg2, %arg3, %arg4) = (%c0, %c0, %c0) to (%c16, %c16, %c16) step (%c1, %c1, %c1) {
      scf.for %arg5 = %c0 to %c2 step %c1 {
        scf.for %arg6 = %c0 to %c2 step %c1 {
          %0 = affine.apply #map(%arg2, %arg5)
          %1 = affine.apply #map(%arg3, %arg6)
          %2 = memref.load %arg0[%c0, %0, %1, %arg4] : memref<1x32x32x16xf32>
          %3 = memref.load %arg1[%c0, %arg2, %arg3, %arg4] : memref<1x16x16x16xf32>
          %4 = arith.addf %3, %2 : f32
          memref.store %4, %arg1[%c0, %arg2, %arg3, %arg4] : memref<1x16x16x16xf32>
        }
      }
      scf.yield
    }
    return
  }
}

