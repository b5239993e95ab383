// A 5-point Jacobi stencil over the interior of a symbolic-size grid, with affine maps, min/max bounds and an if.
#lower = affine_map<(d0) -> (d0 + 1)>
#upper = affine_map<()[s0] -> (s0 - 1)>
#inside = affine_set<(d0, d1)[s0] : (d0 - 1 >= 0, s0 - d0 - 2 >= 0, d1 - 1 >= 0, s0 - d1 - 2 >= 0)>
func.func @jacobi(%in: memref<?x?xf32>, %out: memref<?x?xf32>) {
  %c0 = arith.constant 0 : index
  %n = memref.dim %in, %c0 : memref<?x?xf32>
  %quarter = arith.constant 0.25 : f32
  affine.for %i = 1 to #upper()[%n] {
    affine.for %j = 1 to #upper()[%n] {
      %up = affine.load %in[%i - 1, %j] : memref<?x?xf32>
      %down = affine.load %in[%i + 1, %j] : memref<?x?xf32>
      %left = affine.load %in[%i, %j - 1] : memref<?x?xf32>
      %right = affine.load %in[%i, %j + 1] : memref<?x?xf32>
      %s0 = arith.addf %up, %down : f32
      %s1 = arith.addf %left, %right : f32
      %s2 = arith.addf %s0, %s1 : f32
      %avg = arith.mulf %s2, %quarter : f32
      affine.store %avg, %out[%i, %j] : memref<?x?xf32>
    }
  }
  return
}

func.func @clamp_copy(%in: memref<?x?xf32>, %out: memref<?x?xf32>, %n: index) {
  %zero = arith.constant 0.0 : f32
  affine.for %i = 0 to %n {
    affine.for %j = #lower(%i) to min affine_map<(d0)[s0] -> (d0 + 8, s0)>(%i)[%n] {
      affine.if #inside(%i, %j)[%n] {
        %v = affine.load %in[%i, %j] : memref<?x?xf32>
        affine.store %v, %out[%i, %j] : memref<?x?xf32>
      } else {
        affine.store %zero, %out[%i, %j] : memref<?x?xf32>
      }
    }
  }
  return
}
