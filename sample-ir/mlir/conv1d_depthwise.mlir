// 1-D and depthwise 2-D convolutions on buffers with strides and dilations.
func.func @conv1d(%in: memref<1x64x4xf32>, %filter: memref<5x4x8xf32>, %out: memref<1x60x8xf32>) {
  linalg.conv_1d_nwc_wcf {dilations = dense<1> : tensor<1xi64>, strides = dense<1> : tensor<1xi64>}
      ins(%in, %filter : memref<1x64x4xf32>, memref<5x4x8xf32>) outs(%out : memref<1x60x8xf32>)
  return
}

func.func @depthwise(%in: memref<1x33x33x8xf32>, %filter: memref<3x3x8xf32>, %out: memref<1x16x16x8xf32>) {
  linalg.depthwise_conv_2d_nhwc_hwc {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>}
      ins(%in, %filter : memref<1x33x33x8xf32>, memref<3x3x8xf32>) outs(%out : memref<1x16x16x8xf32>)
  return
}
