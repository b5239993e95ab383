// Max and sum pooling over a 2x2 window with stride 2 (the window shape is an operand).
func.func @max_pool(%in: tensor<1x32x32x16xf32>) -> tensor<1x16x16x16xf32> {
  %ninf = arith.constant -3.40282347E+38 : f32
  %window = tensor.empty() : tensor<2x2xf32>
  %empty = tensor.empty() : tensor<1x16x16x16xf32>
  %init = linalg.fill ins(%ninf : f32) outs(%empty : tensor<1x16x16x16xf32>) -> tensor<1x16x16x16xf32>
  %r = linalg.pooling_nhwc_max {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>}
      ins(%in, %window : tensor<1x32x32x16xf32>, tensor<2x2xf32>)
      outs(%init : tensor<1x16x16x16xf32>) -> tensor<1x16x16x16xf32>
  return %r : tensor<1x16x16x16xf32>
}

func.func @sum_pool(%in: memref<1x32x32x16xf32>, %out: memref<1x16x16x16xf32>) {
  %window = memref.alloc() : memref<2x2xf32>
  linalg.pooling_nhwc_sum {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>}
      ins(%in, %window : memref<1x32x32x16xf32>, memref<2x2xf32>) outs(%out : memref<1x16x16x16xf32>)
  memref.dealloc %window : memref<2x2xf32>
  return
}
