#map = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d1 + d4, d2 + d5, d6)>
#map1 = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d4, d5, d6, d3)>
#map2 = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d1, d2, d3)>
#map3 = affine_map<(d0, d1, d2, d3) -> (d3)>
#map4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
"builtin.module"() ({
  "func.func"() ({
  ^bb0(%arg0: tensor<1x18x18x8xf32>, %arg1: tensor<3x3x8x16xf32>, %arg2: tensor<16xf32>):
    %0 = "arith.constant"() {value = 0.000000e+00 : f32} : () -> f32
    %1 = "tensor.empty"() : () -> tensor<1x16x16x16xf32>
    %2 = "linalg.fill"(%0, %1) ({
    ^bb0(%arg3: f32, %arg4: f32):
      "linalg.yield"(%arg3) : (f32) -> ()
    }) {operand_segment_sizes = array<i32: 1, 1>} : (f32, tensor<1x16x16x16xf32>) -> tensor<1x16x16x16xf32>
    %3 = "linalg.conv_2d_nhwc_hwcf"(%arg0, %arg1, %2) ({
    ^bb0(%arg3: f32, %arg4: f32, %arg5: f32):
      %5 = "arith.mulf"(%arg3, %arg4) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      %6 = "arith.addf"(%arg5, %5) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      "linalg.yield"(%6) : (f32) -> ()
    }) {dilations = dense<1> : tensor<2xi64>, linalg.memoized_indexing_maps = [#map, #map1, #map2], operand_segment_sizes = array<i32: 2, 1>, strides = dense<1> : tensor<2xi64>} : (tensor<1x18x18x8xf32>, tensor<3x3x8x16xf32>, tensor<1x16x16x16xf32>) -> tensor<1x16x16x16xf32>
    %4 = "linalg.generic"(%arg2, %3, %1) ({
    ^bb0(%arg3: f32, %arg4: f32, %arg5: f32):
      %5 = "arith.addf"(%arg4, %arg3) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      %6 = "arith.maxf"(%5, %0) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      "linalg.yield"(%6) : (f32) -> ()
    }) {indexing_maps = [#map3, #map4, #map4], iterator_types = [#linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>], operand_segment_sizes = array<i32: 2, 1>} : (tensor<16xf32>, tensor<1x16x16x16xf32>, tensor<1x16x16x16xf32>) -> tensor<1x16x16x16xf32>
    "func.return"(%4) : (tensor<1x16x16x16xf32>) -> ()
  }) {function_type = (tensor<1x18x18x8xf32>, tensor<3x3x8x16xf32>, tensor<16xf32>) -> tensor<1x16x16x16xf32>, sym_name = "conv_bias_relu"} : () -> ()
}) : () -> ()

