#map = affine_map<()[s0] -> ((s0 floordiv 4) * 4)>
#map1 = affine_map<(d0) -> (d0)>
#map2 = affine_map<(d0)[s0] -> (d0 + 32, s0)>
#map3 = affine_map<(d0) -> (0, d0 * 2)>
#map4 = affine_map<(d0) -> (0, d0 * 2 + 2)>
#map5 = affine_map<(d0) -> (0, d0 * 2 + 4)>
#map6 = affine_map<(d0) -> (0, d0 * 2 + 6)>
module {
  func.func @sum(%arg0: memref<?xf32>, %arg1: index) -> f32 {
    %cst = arith.constant 0.000000e+00 : f32
    %0 = affine.for %arg2 = 0 to #map()[%arg1] step 4 iter_args(%arg3 = %cst) -> (f32) {
      %2 = affine.load %arg0[%arg2] : memref<?xf32>
      %3 = arith.addf %arg3, %2 : f32
      %4 = affine.load %arg0[%arg2 + 1] : memref<?xf32>
      %5 = arith.addf %3, %4 : f32
      %6 = affine.load %arg0[%arg2 + 2] : memref<?xf32>
      %7 = arith.addf %5, %6 : f32
      %8 = affine.load %arg0[%arg2 + 3] : memref<?xf32>
      %9 = arith.addf %7, %8 : f32
      affine.yield %9 : f32
    }
    %1 = affine.for %arg2 = #map()[%arg1] to %arg1 iter_args(%arg3 = %0) -> (f32) {
      %2 = affine.load %arg0[%arg2] : memref<?xf32>
      %3 = arith.addf %arg3, %2 : f32
      affine.yield %3 : f32
    }
    return %1 : f32
  }
  func.func @tiled_scale(%arg0: memref<?xf32>, %arg1: index, %arg2: f32) {
    affine.for %arg3 = 0 to %arg1 step 32 {
      affine.for %arg4 = #map1(%arg3) to min #map2(%arg3)[%arg1] {
        %0 = affine.load %arg0[%arg4] : memref<?xf32>
        %1 = arith.mulf %0, %arg2 : f32
        affine.store %1, %arg0[%arg4] : memref<?xf32>
      }
    }
    return
  }
  func.func @parallel_max(%arg0: memref<100x100xf32>) -> f32 {
    %0 = affine.parallel (%arg1, %arg2) = (0, 0) to (100, 100) reduce ("maxf") -> (f32) {
      %1 = affine.load %arg0[%arg1, %arg2] : memref<100x100xf32>
      affine.yield %1 : f32
    }
    return %0 : f32
  }
  func.func @strided_copy(%arg0: memref<256xf32>, %arg1: memref<128xf32>) {
    affine.for %arg2 = 0 to 128 step 4 {
      %0 = affine.max #map3(%arg2)
      %1 = memref.load %arg0[%0] : memref<256xf32>
      affine.store %1, %arg1[%arg2] : memref<128xf32>
      %2 = affine.max #map4(%arg2)
      %3 = memref.load %arg0[%2] : memref<256xf32>
      affine.store %3, %arg1[%arg2 + 1] : memref<128xf32>
      %4 = affine.max #map5(%arg2)
      %5 = memref.load %arg0[%4] : memref<256xf32>
      affine.store %5, %arg1[%arg2 + 2] : memref<128xf32>
      %6 = affine.max #map6(%arg2)
      %7 = memref.load %arg0[%6] : memref<256xf32>
      affine.store %7, %arg1[%arg2 + 3] : memref<128xf32>
    }
    return
  }
}

