#map = affine_map<()[s0] -> (s0 - 1)>
#map1 = affine_map<(d0) -> (d0 - 1)>
#map2 = affine_map<(d0) -> (d0 + 1)>
#map3 = affine_map<(d0)[s0] -> (d0 + 8, s0)>
#set = affine_set<(d0, d1)[s0] : (d0 - 1 >= 0, -d0 + s0 - 2 >= 0, d1 - 1 >= 0, -d1 + s0 - 2 >= 0)>
module {
  func.func @jacobi(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>) {
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant dense<2.500000e-01> : vector<8xf32>
    %c0 = arith.constant 0 : index
    %dim = memref.dim %arg0, %c0 : memref<?x?xf32>
    affine.for %arg2 = 1 to #map()[%dim] {
      affine.for %arg3 = 1 to #map()[%dim] step 8 {
        %0 = affine.apply #map1(%arg2)
        %1 = vector.transfer_read %arg0[%0, %arg3], %cst : memref<?x?xf32>, vector<8xf32>
        %2 = affine.apply #map2(%arg2)
        %3 = vector.transfer_read %arg0[%2, %arg3], %cst : memref<?x?xf32>, vector<8xf32>
        %4 = affine.apply #map1(%arg3)
        %5 = vector.transfer_read %arg0[%arg2, %4], %cst : memref<?x?xf32>, vector<8xf32>
        %6 = affine.apply #map2(%arg3)
        %7 = vector.transfer_read %arg0[%arg2, %6], %cst : memref<?x?xf32>, vector<8xf32>
        %8 = arith.addf %1, %3 : vector<8xf32>
        %9 = arith.addf %5, %7 : vector<8xf32>
        %10 = arith.addf %8, %9 : vector<8xf32>
        %11 = arith.mulf %10, %cst_0 : vector<8xf32>
        vector.transfer_write %11, %arg1[%arg2, %arg3] : vector<8xf32>, memref<?x?xf32>
      }
    }
    return
  }
  func.func @clamp_copy(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>, %arg2: index) {
    %cst = arith.constant 0.000000e+00 : f32
    affine.for %arg3 = 0 to %arg2 {
      affine.for %arg4 = #map2(%arg3) to min #map3(%arg3)[%arg2] {
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

