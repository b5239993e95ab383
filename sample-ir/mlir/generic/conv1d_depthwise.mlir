#map = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1 + d3, d4)>
#map1 = affine_map<(d0, d1, d2, d3, d4) -> (d3, d4, d2)>
#map2 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2)>
#map3 = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1 * 2 + d4, d2 * 2 + d5, d3)>
#map4 = affine_map<(d0, d1, d2, d3, d4, d5) -> (d4, d5, d3)>
#map5 = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3)>
"builtin.module"() ({
  "func.func"() ({
  ^bb0(%arg0: memref<1x64x4xf32>, %arg1: memref<5x4x8xf32>, %arg2: memref<1x60x8xf32>):
    "linalg.conv_1d_nwc_wcf"(%arg0, %arg1, %arg2) ({
    ^bb0(%arg3: f32, %arg4: f32, %arg5: f32):
      %0 = "arith.mulf"(%arg3, %arg4) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      %1 = "arith.addf"(%arg5, %0) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      "linalg.yield"(%1) : (f32) -> ()
    }) {dilations = dense<1> : tensor<1xi64>, linalg.memoized_indexing_maps = [#map, #map1, #map2], operand_segment_sizes = array<i32: 2, 1>, strides = dense<1> : tensor<1xi64>} : (memref<1x64x4xf32>, memref<5x4x8xf32>, memref<1x60x8xf32>) -> ()
    "func.return"() : () -> ()
  }) {function_type = (memref<1x64x4xf32>, memref<5x4x8xf32>, memref<1x60x8xf32>) -> (), sym_name = "conv1d"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<1x33x33x8xf32>, %arg1: memref<3x3x8xf32>, %arg2: memref<1x16x16x8xf32>):
    "linalg.depthwise_conv_2d_nhwc_hwc"(%arg0, %arg1, %arg2) ({
    ^bb0(%arg3: f32, %arg4: f32, %arg5: f32):
      %0 = "arith.mulf"(%arg3, %arg4) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      %1 = "arith.addf"(%arg5, %0) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      "linalg.yield"(%1) : (f32) -> ()
    }) {dilations = dense<1> : tensor<2xi64>, linalg.memoized_indexing_maps = [#map3, #map4, #map5], operand_segment_sizes = array<i32: 2, 1>, strides = dense<2> : tensor<2xi64>} : (memref<1x33x33x8xf32>, memref<3x3x8xf32>, memref<1x16x16x8xf32>) -> ()
    "func.return"() : () -> ()
  }) {function_type = (memref<1x33x33x8xf32>, memref<3x3x8xf32>, memref<1x16x16x8xf32>) -> (), sym_name = "depthwise"} : () -> ()
}) : () -> ()

