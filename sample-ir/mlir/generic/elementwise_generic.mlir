#map = affine_map<(d0) -> (d0)>
#map1 = affine_map<(d0, d1) -> (d0, d1)>
#map2 = affine_map<(d0, d1) -> (d1)>
"builtin.module"() ({
  "func.func"() ({
  ^bb0(%arg0: f32, %arg1: tensor<1024xf32>, %arg2: tensor<1024xf32>):
    %0 = "linalg.generic"(%arg1, %arg2, %arg2) ({
    ^bb0(%arg3: f32, %arg4: f32, %arg5: f32):
      %1 = "arith.mulf"(%arg0, %arg3) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      %2 = "arith.addf"(%1, %arg4) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      "linalg.yield"(%2) : (f32) -> ()
    }) {indexing_maps = [#map, #map, #map], iterator_types = [#linalg.iterator_type<parallel>], operand_segment_sizes = array<i32: 2, 1>} : (tensor<1024xf32>, tensor<1024xf32>, tensor<1024xf32>) -> tensor<1024xf32>
    "func.return"(%0) : (tensor<1024xf32>) -> ()
  }) {function_type = (f32, tensor<1024xf32>, tensor<1024xf32>) -> tensor<1024xf32>, sym_name = "saxpy"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<256x64xf32>, %arg1: memref<256x64xf32>):
    %0 = "arith.constant"() {value = 5.000000e-01 : f32} : () -> f32
    %1 = "arith.constant"() {value = 1.000000e+00 : f32} : () -> f32
    "linalg.generic"(%arg0, %arg1) ({
    ^bb0(%arg2: f32, %arg3: f32):
      %2 = "math.tanh"(%arg2) {fastmath = #arith.fastmath<none>} : (f32) -> f32
      %3 = "arith.addf"(%2, %1) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      %4 = "arith.mulf"(%arg2, %0) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      %5 = "arith.mulf"(%4, %3) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      "linalg.yield"(%5) : (f32) -> ()
    }) {indexing_maps = [#map1, #map1], iterator_types = [#linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>], operand_segment_sizes = array<i32: 1, 1>} : (memref<256x64xf32>, memref<256x64xf32>) -> ()
    "func.return"() : () -> ()
  }) {function_type = (memref<256x64xf32>, memref<256x64xf32>) -> (), sym_name = "gelu_like"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: tensor<128x64xf32>, %arg1: tensor<64xf32>):
    %0 = "tensor.empty"() : () -> tensor<128x64xf32>
    %1 = "linalg.generic"(%arg0, %arg1, %0) ({
    ^bb0(%arg2: f32, %arg3: f32, %arg4: f32):
      %2 = "arith.addf"(%arg2, %arg3) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      "linalg.yield"(%2) : (f32) -> ()
    }) {indexing_maps = [#map1, #map2, #map1], iterator_types = [#linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>], operand_segment_sizes = array<i32: 2, 1>} : (tensor<128x64xf32>, tensor<64xf32>, tensor<128x64xf32>) -> tensor<128x64xf32>
    "func.return"(%1) : (tensor<128x64xf32>) -> ()
  }) {function_type = (tensor<128x64xf32>, tensor<64xf32>) -> tensor<128x64xf32>, sym_name = "bias_add"} : () -> ()
}) : () -> ()

