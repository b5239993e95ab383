#map = affine_map<(d0) -> (d0)>
#map1 = affine_map<(d0) -> (d0 + 8)>
module {
  func.func @row_sum(%arg0: memref<512x256xf32, strided<[?, ?], offset: ?>>) -> memref<512xf32> {
    %cst = arith.constant 0.000000e+00 : f32
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<512xf32>
    affine.for %arg1 = 0 to 512 step 8 {
      affine.for %arg2 = #map(%arg1) to #map1(%arg1) {
        affine.store %cst, %alloc[%arg2] : memref<512xf32>
      }
    }
    affine.for %arg1 = 0 to 512 step 8 {
      affine.for %arg2 = 0 to 256 step 8 {
        affine.for %arg3 = #map(%arg1) to #map1(%arg1) {
          affine.for %arg4 = #map(%arg2) to #map1(%arg2) {
            %0 = affine.load %arg0[%arg3, %arg4] : memref<512x256xf32, strided<[?, ?], offset: ?>>
            %1 = affine.load %alloc[%arg3] : memref<512xf32>
            %2 = arith.addf %0, %1 : f32
            affine.store %2, %alloc[%arg3] : memref<512xf32>
          }
        }
      }
    }
    return %alloc : memref<512xf32>
  }
  func.func @dot(%arg0: memref<4096xf32>, %arg1: memref<4096xf32>, %arg2: memref<f32>) {
    affine.for %arg3 = 0 to 4096 step 8 {
      affine.for %arg4 = #map(%arg3) to #map1(%arg3) {
        %0 = affine.load %arg0[%arg4] : memref<4096xf32>
        %1 = affine.load %arg1[%arg4] : memref<4096xf32>
        %2 = affine.load %arg2[] : memref<f32>
        %3 = arith.mulf %0, %1 : f32
        %4 = arith.addf %2, %3 : f32
        affine.store %4, %arg2[] : memref<f32>
      }
    }
    return
  }
}

