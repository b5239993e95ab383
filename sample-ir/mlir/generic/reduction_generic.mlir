#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0, d1) -> (d0)>
#map2 = affine_map<(d0) -> (d0)>
#map3 = affine_map<(d0) -> ()>
"builtin.module"() ({
  "func.func"() ({
  ^bb0(%arg0: tensor<512x256xf32>):
    %0 = "arith.constant"() {value = 0.000000e+00 : f32} : () -> f32
    %1 = "tensor.empty"() : () -> tensor<512xf32>
    %2 = "linalg.fill"(%0, %1) ({
    ^bb0(%arg1: f32, %arg2: f32):
      "linalg.yield"(%arg1) : (f32) -> ()
    }) {operand_segment_sizes = array<i32: 1, 1>} : (f32, tensor<512xf32>) -> tensor<512xf32>
    %3 = "linalg.generic"(%arg0, %2) ({
    ^bb0(%arg1: f32, %arg2: f32):
      %4 = "arith.addf"(%arg1, %arg2) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      "linalg.yield"(%4) : (f32) -> ()
    }) {indexing_maps = [#map, #map1], iterator_types = [#linalg.iterator_type<parallel>, #linalg.iterator_type<reduction>], operand_segment_sizes = array<i32: 1, 1>} : (tensor<512x256xf32>, tensor<512xf32>) -> tensor<512xf32>
    "func.return"(%3) : (tensor<512xf32>) -> ()
  }) {function_type = (tensor<512x256xf32>) -> tensor<512xf32>, sym_name = "row_sum"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<4096xf32>, %arg1: memref<4096xf32>, %arg2: memref<f32>):
    "linalg.dot"(%arg0, %arg1, %arg2) ({
    ^bb0(%arg3: f32, %arg4: f32, %arg5: f32):
      %0 = "arith.mulf"(%arg3, %arg4) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      %1 = "arith.addf"(%arg5, %0) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      "linalg.yield"(%1) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map2, #map2, #map3], operand_segment_sizes = array<i32: 2, 1>} : (memref<4096xf32>, memref<4096xf32>, memref<f32>) -> ()
    "func.return"() : () -> ()
  }) {function_type = (memref<4096xf32>, memref<4096xf32>, memref<f32>) -> (), sym_name = "dot"} : () -> ()
}) : () -> ()

