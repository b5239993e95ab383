#map = affine_map<()[s0] -> (s0 - 1)>
#map1 = affine_map<(d0) -> (d0)>
#map2 = affine_map<(d0)[s0] -> (d0 + 8, s0 - 1)>
#map3 = affine_map<(d0) -> (d0 + 1)>
#map4 = affine_map<(d0)[s0] -> (d0 + 8, s0)>
#set = affine_set<(d0, d1)[s0] : (d0 - 1 >= 0, -d0 + s0 - 2 >= 0, d1 - 1 >= 0, -d1 + s0 - 2 >= 0)>
module {
  func.func @jacobi(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>) {
    %cst = arith.constant 2.500000e-01 : f32
    %c0 = arith.constant 0 : index
    %dim = memref.dim %arg0, %c0 : memref<?x?xf32>
    affine.for %arg2 = 1 to #map()[%dim] step 8 {
      affine.for %arg3 = 1 to #map()[%dim] step 8 {
        affine.for %arg4 = #map1(%arg2) to min #map2(%arg2)[%dim] {
          affine.for %arg5 = #map1(%arg3) to min #map2(%arg3)[%dim] {
            %0 = affine.load %arg0[%arg4 - 1, %arg5] : memref<?x?xf32>
            %1 = affine.load %arg0[%arg4 + 1, %arg5] : memref<?x?xf32>
            %2 = affine.load %arg0[%arg4, %arg5 - 1] : memref<?x?xf32>
            %3 = affine.load %arg0[%arg4, %arg5 + 1] : memref<?x?xf32>
            %4 = arith.addf %0, %1 : f32
            %5 = arith.addf %2, %3 : f32
            %6 = arith.addf %4, %5 : f32
            %7 = arith.mulf %6, %cst : f32
            affine.store %7, %arg1[%arg4, %arg5] : memref<?x?xf32>
          }
        }
      }
    }
    return
  }
  func.func @clamp_copy(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>, %arg2: index) {
    %cst = arith.constant 0.000000e+00 : f32
    affine.for %arg3 = 0 to %arg2 {
      affine.for %arg4 = #map3(%arg3) to min #map4(%arg3)[%arg2] {
        affine.if #set(%arg3, %arg4)[%arg2] {
          %0 = affine.load %arg0[%arg3, %arg4] : memref<?x?xf32>
          affine.store %0, %arg1[%arg3, %arg4] : memref<?x?xf32>
        } else {
          affine.store %cst, %arg1[%arg3, %arg4] : memref<?x?xf32>
        }
      }
    }
    return
  }
}

