#map = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1 * 2 + d4, d2 * 2 + d5, d3)>
#map1 = affine_map<(d0, d1, d2, d3, d4, d5) -> (d4, d5)>
#map2 = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3)>
"builtin.module"() ({
  "func.func"() ({
  ^bb0(%arg0: tensor<1x32x32x16xf32>):
    %0 = "arith.constant"() {value = -3.40282347E+38 : f32} : () -> f32
    %1 = "tensor.empty"() : () -> tensor<2x2xf32>
    %2 = "tensor.empty"() : () -> tensor<1x16x16x16xf32>
    %3 = "linalg.fill"(%0, %2) ({
    ^bb0(%arg1: f32, %arg2: f32):
      "linalg.yield"(%arg1) : (f32) -> ()
    }) {operand_segment_sizes = array<i32: 1, 1>} : (f32, tensor<1x16x16x16xf32>) -> tensor<1x16x16x16xf32>
    %4 = "linalg.pooling_nhwc_max"(%arg0, %1, %3) ({
    ^bb0(%arg1: f32, %arg2: f32, %arg3: f32):
      %5 = "arith.maxf"(%arg3, %arg1) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      "linalg.yield"(%5) : (f32) -> ()
    }) {dilations = dense<1> : tensor<2xi64>, linalg.memoized_indexing_maps = [#map, #map1, #map2], operand_segment_sizes = array<i32: 2, 1>, strides = dense<2> : tensor<2xi64>} : (tensor<1x32x32x16xf32>, tensor<2x2xf32>, tensor<1x16x16x16xf32>) -> tensor<1x16x16x16xf32>
    "func.return"(%4) : (tensor<1x16x16x16xf32>) -> ()
  }) {function_type = (tensor<1x32x32x16xf32>) -> tensor<1x16x16x16xf32>, sym_name = "max_pool"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<1x32x32x16xf32>, %arg1: memref<1x16x16x16xf32>):
    %0 = "memref.alloc"() {operand_segment_sizes = array<i32: 0, 0>} : () -> memref<2x2xf32>
    "linalg.pooling_nhwc_sum"(%arg0, %0, %arg1) ({
    ^bb0(%arg2: f32, %arg3: f32, %arg4: f32):
      %1 = "arith.addf"(%arg4, %arg2) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      "linalg.yield"(%1) : (f32) -> ()
    }) {dilations = dense<1> : tensor<2xi64>, linalg.memoized_indexing_maps = [#map, #map1, #map2], operand_segment_sizes = array<i32: 2, 1>, strides = dense<2> : tensor<2xi64>} : (memref<1x32x32x16xf32>, memref<2x2xf32>, memref<1x16x16x16xf32>) -> ()
    "memref.dealloc"(%0) : (memref<2x2xf32>) -> ()
    "func.return"() : () -> ()
  }) {function_type = (memref<1x32x32x16xf32>, memref<1x16x16x16xf32>) -> (), sym_name = "sum_pool"} : () -> ()
}) : () -> ()

