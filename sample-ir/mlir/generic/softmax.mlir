#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0, d1) -> (d0)>
"builtin.module"() ({
  "func.func"() ({
  ^bb0(%arg0: tensor<32x128xf32>):
    %0 = "arith.constant"() {value = -3.40282347E+38 : f32} : () -> f32
    %1 = "arith.constant"() {value = 0.000000e+00 : f32} : () -> f32
    %2 = "tensor.empty"() : () -> tensor<32xf32>
    %3 = "tensor.empty"() : () -> tensor<32x128xf32>
    %4 = "linalg.fill"(%0, %2) ({
    ^bb0(%arg1: f32, %arg2: f32):
      "linalg.yield"(%arg1) : (f32) -> ()
    }) {operand_segment_sizes = array<i32: 1, 1>} : (f32, tensor<32xf32>) -> tensor<32xf32>
    %5 = "linalg.generic"(%arg0, %4) ({
    ^bb0(%arg1: f32, %arg2: f32):
      %10 = "arith.maxf"(%arg1, %arg2) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      "linalg.yield"(%10) : (f32) -> ()
    }) {indexing_maps = [#map, #map1], iterator_types = [#linalg.iterator_type<parallel>, #linalg.iterator_type<reduction>], operand_segment_sizes = array<i32: 1, 1>} : (tensor<32x128xf32>, tensor<32xf32>) -> tensor<32xf32>
    %6 = "linalg.generic"(%arg0, %5, %3) ({
    ^bb0(%arg1: f32, %arg2: f32, %arg3: f32):
      %10 = "arith.subf"(%arg1, %arg2) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      %11 = "math.exp"(%10) {fastmath = #arith.fastmath<none>} : (f32) -> f32
      "linalg.yield"(%11) : (f32) -> ()
    }) {indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>], operand_segment_sizes = array<i32: 2, 1>} : (tensor<32x128xf32>, tensor<32xf32>, tensor<32x128xf32>) -> tensor<32x128xf32>
    %7 = "linalg.fill"(%1, %2) ({
    ^bb0(%arg1: f32, %arg2: f32):
      "linalg.yield"(%arg1) : (f32) -> ()
    }) {operand_segment_sizes = array<i32: 1, 1>} : (f32, tensor<32xf32>) -> tensor<32xf32>
    %8 = "linalg.generic"(%6, %7) ({
    ^bb0(%arg1: f32, %arg2: f32):
      %10 = "arith.addf"(%arg1, %arg2) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      "linalg.yield"(%10) : (f32) -> ()
    }) {indexing_maps = [#map, #map1], iterator_types = [#linalg.iterator_type<parallel>, #linalg.iterator_type<reduction>], operand_segment_sizes = array<i32: 1, 1>} : (tensor<32x128xf32>, tensor<32xf32>) -> tensor<32xf32>
    %9 = "linalg.generic"(%6, %8, %3) ({
    ^bb0(%arg1: f32, %arg2: f32, %arg3: f32):
      %10 = "arith.divf"(%arg1, %arg2) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      "linalg.yield"(%10) : (f32) -> ()
    }) {indexing_maps = [#map, #map1, #map], iterator_types = [#linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>], operand_segment_sizes = array<i32: 2, 1>} : (tensor<32x128xf32>, tensor<32xf32>, tensor<32x128xf32>) -> tensor<32x128xf32>
    "func.return"(%9) : (tensor<32x128xf32>) -> ()
  }) {function_type = (tensor<32x128xf32>) -> tensor<32x128xf32>, sym_name = "softmax"} : () -> ()
}) : () -> ()

