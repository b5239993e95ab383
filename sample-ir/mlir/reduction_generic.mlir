// Row sums and a dot product as reductions (linalg.generic with a reduction iterator, and linalg.dot).
#in = affine_map<(i, j) -> (i, j)>
#out = affine_map<(i, j) -> (i)>
func.func @row_sum(%m: tensor<512x256xf32>) -> tensor<512xf32> {
  %zero = arith.constant 0.0 : f32
  %empty = tensor.empty() : tensor<512xf32>
  %init = linalg.fill ins(%zero : f32) outs(%empty : tensor<512xf32>) -> tensor<512xf32>
  %r = linalg.generic {indexing_maps = [#in, #out], iterator_types = ["parallel", "reduction"]}
      ins(%m : tensor<512x256xf32>) outs(%init : tensor<512xf32>) {
  ^bb0(%v: f32, %acc: f32):
    %s = arith.addf %v, %acc : f32
    linalg.yield %s : f32
  } -> tensor<512xf32>
  return %r : tensor<512xf32>
}

func.func @dot(%a: memref<4096xf32>, %b: memref<4096xf32>, %out: memref<f32>) {
  linalg.dot ins(%a, %b : memref<4096xf32>, memref<4096xf32>) outs(%out : memref<f32>)
  return
}
