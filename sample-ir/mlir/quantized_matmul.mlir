// Mixed-precision matmul (i8 inputs, i32 accumulator), requantised with a scale in a linalg.generic.
#id = affine_map<(i, j) -> (i, j)>
func.func @qmatmul(%a: tensor<32x64xi8>, %b: tensor<64x16xi8>, %scale: f32) -> tensor<32x16xi8> {
  %c0 = arith.constant 0 : i32
  %e32 = tensor.empty() : tensor<32x16xi32>
  %acc = linalg.fill ins(%c0 : i32) outs(%e32 : tensor<32x16xi32>) -> tensor<32x16xi32>
  %mm = linalg.matmul ins(%a, %b : tensor<32x64xi8>, tensor<64x16xi8>) outs(%acc : tensor<32x16xi32>) -> tensor<32x16xi32>
  %e8 = tensor.empty() : tensor<32x16xi8>
  %q = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%mm : tensor<32x16xi32>) outs(%e8 : tensor<32x16xi8>) {
  ^bb0(%v: i32, %o: i8):
    %f = arith.sitofp %v : i32 to f32
    %s = arith.mulf %f, %scale : f32
    %lo = arith.constant -128.0 : f32
    %hi = arith.constant 127.0 : f32
    %c1 = arith.maxf %s, %lo : f32
    %c2 = arith.minf %c1, %hi : f32
    %i = arith.fptosi %c2 : f32 to i8
    linalg.yield %i : i8
  } -> tensor<32x16xi8>
  return %q : tensor<32x16xi8>
}
