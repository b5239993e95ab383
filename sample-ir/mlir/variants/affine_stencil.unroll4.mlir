#map = affine_map<()[s0] -> (s0 - 1)>
#map1 = affine_map<()[s0] -> (((s0 - 2) floordiv 4) * 4 + 1)>
#map2 = affine_map<(d0) -> (d0 + 1)>
#map3 = affine_map<(d0)[s0] -> (d0 + 8, s0)>
#set = affine_set<(d0, d1)[s0] : (d0 - 1 >= 0, -d0 + s0 - 2 >= 0, d1 - 1 >= 0, -d1 + s0 - 2 >= 0)>
module {
  func.func @jacobi(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>) {
    %cst = arith.constant 2.500000e-01 : f32
    %c0 = arith.constant 0 : index
    %dim = memref.dim %arg0, %c0 : memref<?x?xf32>
    affine.for %arg2 = 1 to #map()[%dim] {
      affine.for %arg3 = 1 to #map1()[%dim] step 4 {
        %0 = affine.load %arg0[%arg2 - 1, %arg3] : memref<?x?xf32>
        %1 = affine.load %arg0[%arg2 + 1, %arg3] : memref<?x?xf32>
        %2 = affine.load %arg0[%arg2, %arg3 - 1] : memref<?x?xf32>
        %3 = affine.load %arg0[%arg2, %arg3 + 1] : memref<?x?xf32>
        %4 = arith.addf %0, %1 : f32
        %5 = arith.addf %2, %3 : f32
        %6 = arith.addf %4, %5 : f32
        %7 = arith.mulf %6, %cst : f32
        affine.store %7, %arg1[%arg2, %arg3] : memref<?x?xf32>
        %8 = affine.load %arg0[%arg2 - 1, %arg3 + 1] : memref<?x?xf32>
        %9 = affine.load %arg0[%arg2 + 1, %arg3 + 1] : memref<?x?xf32>
        %10 = affine.load %arg0[%arg2, %arg3] : memref<?x?xf32>
        %11 = affine.load %arg0[%arg2, %arg3 + 2] : memref<?x?xf32>
        %12 = arith.addf %8, %9 : f32
        %13 = arith.addf %10, %11 : f32
        %14 = arith.addf %12, %13 : f32
        %15 = arith.mulf %14, %cst : f32
        affine.store %15, %arg1[%arg2, %arg3 + 1] : memref<?x?xf32>
        %16 = affine.load %arg0[%arg2 - 1, %arg3 + 2] : memref<?x?xf32>
        %17 = affine.load %arg0[%arg2 + 1, %arg3 + 2] : memref<?x?xf32>
        %18 = affine.load %arg0[%arg2, %arg3 + 1] : memref<?x?xf32>
        %19 = affine.load %arg0[%arg2, %arg3 + 3] : memref<?x?xf32>
        %20 = arith.addf %16, %17 : f32
        %21 = arith.addf %18, %19 : f32
        %22 = arith.addf %20, %21 : f32
        %23 = arith.mulf %22, %cst : f32
        affine.store %23, %arg1[%arg2, %arg3 + 2] : memref<?x?xf32>
        %24 = affine.load %arg0[%arg2 - 1, %arg3 + 3] : memref<?x?xf32>
        %25 = affine.load %arg0[%arg2 + 1, %arg3 + 3] : memref<?x?xf32>
        %26 = affine.load %arg0[%arg2, %arg3 + 2] : memref<?x?xf32>
        %27 = affine.load %arg0[%arg2, %arg3 + 4] : memref<?x?xf32>
        %28 = arith.addf %24, %25 : f32
        %29 = arith.addf %26, %27 : f32
        %30 = arith.addf %28, %29 : f32
        %31 = arith.mulf %30, %cst : f32
        affine.store %31, %arg1[%arg2, %arg3 + 3] : memref<?x?xf32>
      }
      affine.for %arg3 = #map1()[%dim] to #map()[%dim] {
        %0 = affine.load %arg0[%arg2 - 1, %arg3] : memref<?x?xf32>
        %1 = affine.load %arg0[%arg2 + 1, %arg3] : memref<?x?xf32>
        %2 = affine.load %arg0[%arg2, %arg3 - 1] : memref<?x?xf32>
        %3 = affine.load %arg0[%arg2, %arg3 + 1] : memref<?x?xf32>
        %4 = arith.addf %0, %1 : f32
        %5 = arith.addf %2, %3 : f32
        %6 = arith.addf %4, %5 : f32
        %7 = arith.mulf %6, %cst : f32
        affine.store %7, %arg1[%arg2, %arg3] : memref<?x?xf32>
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

