// Vector dialect: transfer reads/writes, contractions, reductions, broadcasts, shuffles and FMA.
#a_map = affine_map<(i, j, k) -> (i, k)>
#b_map = affine_map<(i, j, k) -> (k, j)>
#c_map = affine_map<(i, j, k) -> (i, j)>
func.func @vector_matmul_4x4(%A: memref<4x4xf32>, %B: memref<4x4xf32>, %C: memref<4x4xf32>) {
  %c0 = arith.constant 0 : index
  %pad = arith.constant 0.0 : f32
  %a = vector.transfer_read %A[%c0, %c0], %pad : memref<4x4xf32>, vector<4x4xf32>
  %b = vector.transfer_read %B[%c0, %c0], %pad : memref<4x4xf32>, vector<4x4xf32>
  %c = vector.transfer_read %C[%c0, %c0], %pad : memref<4x4xf32>, vector<4x4xf32>
  %r = vector.contract {indexing_maps = [#a_map, #b_map, #c_map],
                        iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>}
       %a, %b, %c : vector<4x4xf32>, vector<4x4xf32> into vector<4x4xf32>
  vector.transfer_write %r, %C[%c0, %c0] : vector<4x4xf32>, memref<4x4xf32>
  return
}

func.func @vector_misc(%m: memref<64xf32>, %s: f32) -> f32 {
  %c0 = arith.constant 0 : index
  %c8 = arith.constant 8 : index
  %v = vector.load %m[%c0] : memref<64xf32>, vector<8xf32>
  %w = vector.load %m[%c8] : memref<64xf32>, vector<8xf32>
  %bs = vector.broadcast %s : f32 to vector<8xf32>
  %f = vector.fma %v, %w, %bs : vector<8xf32>
  %sh = vector.shuffle %f, %v [0, 9, 2, 11, 4, 13, 6, 15] : vector<8xf32>, vector<8xf32>
  vector.store %sh, %m[%c0] : memref<64xf32>, vector<8xf32>
  %e = vector.extract %sh[3] : vector<8xf32>
  %red = vector.reduction <add>, %f : vector<8xf32> into f32
  %sum = arith.addf %red, %e : f32
  %sp = vector.splat %sum : vector<4xf32>
  %mat = vector.shape_cast %f : vector<8xf32> to vector<2x4xf32>
  %row = vector.extract %mat[1] : vector<2x4xf32>
  %rr = arith.addf %row, %sp : vector<4xf32>
  %out = vector.reduction <maxf>, %rr : vector<4xf32> into f32
  return %out : f32
}

func.func @masked(%m: memref<?xf32>, %n: index) -> vector<16xf32> {
  %c0 = arith.constant 0 : index
  %pad = arith.constant 0.0 : f32
  %mask = vector.create_mask %n : vector<16xi1>
  %passthru = vector.splat %pad : vector<16xf32>
  %v = vector.maskedload %m[%c0], %mask, %passthru : memref<?xf32>, vector<16xi1>, vector<16xf32> into vector<16xf32>
  %t = vector.transfer_read %m[%c0], %pad {in_bounds = [false]} : memref<?xf32>, vector<16xf32>
  %sum = arith.addf %v, %t : vector<16xf32>
  return %sum : vector<16xf32>
}
