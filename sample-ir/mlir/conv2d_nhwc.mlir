// 2-D convolution (NHWC input, HWCF filter) followed by a bias add and ReLU as a linalg.generic.
#bias_map = affine_map<(n, h, w, f) -> (f)>
#id_map = affine_map<(n, h, w, f) -> (n, h, w, f)>
func.func @conv_bias_relu(%input: tensor<1x18x18x8xf32>, %filter: tensor<3x3x8x16xf32>,
                          %bias: tensor<16xf32>) -> tensor<1x16x16x16xf32> {
  %zero = arith.constant 0.0 : f32
  %empty = tensor.empty() : tensor<1x16x16x16xf32>
  %init = linalg.fill ins(%zero : f32) outs(%empty : tensor<1x16x16x16xf32>) -> tensor<1x16x16x16xf32>
  %conv = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%input, %filter : tensor<1x18x18x8xf32>, tensor<3x3x8x16xf32>)
      outs(%init : tensor<1x16x16x16xf32>) -> tensor<1x16x16x16xf32>
  %out = linalg.generic {indexing_maps = [#bias_map, #id_map, #id_map],
                         iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%bias, %conv : tensor<16xf32>, tensor<1x16x16x16xf32>) outs(%empty : tensor<1x16x16x16xf32>) {
  ^bb0(%b: f32, %x: f32, %o: f32):
    %sum = arith.addf %x, %b : f32
    %relu = arith.maxf %sum, %zero : f32
    linalg.yield %relu : f32
  } -> tensor<1x16x16x16xf32>
  return %out : tensor<1x16x16x16xf32>
}
