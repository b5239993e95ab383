#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d2)>
#map2 = affine_map<(d0, d1, d2) -> (d2, d1)>
#map3 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map4 = affine_map<(d0) -> (d0)>
"builtin.module"() ({
  "func.func"() ({
  ^bb0(%arg0: memref<4x4xf32>, %arg1: memref<4x4xf32>, %arg2: memref<4x4xf32>):
    %0 = "arith.constant"() {value = 0 : index} : () -> index
    %1 = "arith.constant"() {value = 0.000000e+00 : f32} : () -> f32
    %2 = "vector.transfer_read"(%arg0, %0, %0, %1) {operand_segment_sizes = array<i32: 1, 2, 1, 0>, permutation_map = #map} : (memref<4x4xf32>, index, index, f32) -> vector<4x4xf32>
    %3 = "vector.transfer_read"(%arg1, %0, %0, %1) {operand_segment_sizes = array<i32: 1, 2, 1, 0>, permutation_map = #map} : (memref<4x4xf32>, index, index, f32) -> vector<4x4xf32>
    %4 = "vector.transfer_read"(%arg2, %0, %0, %1) {operand_segment_sizes = array<i32: 1, 2, 1, 0>, permutation_map = #map} : (memref<4x4xf32>, index, index, f32) -> vector<4x4xf32>
    %5 = "vector.contract"(%2, %3, %4) {indexing_maps = [#map1, #map2, #map3], iterator_types = [#vector.iterator_type<parallel>, #vector.iterator_type<parallel>, #vector.iterator_type<reduction>], kind = #vector.kind<add>} : (vector<4x4xf32>, vector<4x4xf32>, vector<4x4xf32>) -> vector<4x4xf32>
    "vector.transfer_write"(%5, %arg2, %0, %0) {operand_segment_sizes = array<i32: 1, 1, 2, 0>, permutation_map = #map} : (vector<4x4xf32>, memref<4x4xf32>, index, index) -> ()
    "func.return"() : () -> ()
  }) {function_type = (memref<4x4xf32>, memref<4x4xf32>, memref<4x4xf32>) -> (), sym_name = "vector_matmul_4x4"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<64xf32>, %arg1: f32):
    %0 = "arith.constant"() {value = 0 : index} : () -> index
    %1 = "arith.constant"() {value = 8 : index} : () -> index
    %2 = "vector.load"(%arg0, %0) : (memref<64xf32>, index) -> vector<8xf32>
    %3 = "vector.load"(%arg0, %1) : (memref<64xf32>, index) -> vector<8xf32>
    %4 = "vector.broadcast"(%arg1) : (f32) -> vector<8xf32>
    %5 = "vector.fma"(%2, %3, %4) : (vector<8xf32>, vector<8xf32>, vector<8xf32>) -> vector<8xf32>
    %6 = "vector.shuffle"(%5, %2) {mask = [0, 9, 2, 11, 4, 13, 6, 15]} : (vector<8xf32>, vector<8xf32>) -> vector<8xf32>
    "vector.store"(%6, %arg0, %0) : (vector<8xf32>, memref<64xf32>, index) -> ()
    %7 = "vector.extract"(%6) {position = [3]} : (vector<8xf32>) -> f32
    %8 = "vector.reduction"(%5) {kind = #vector.kind<add>} : (vector<8xf32>) -> f32
    %9 = "arith.addf"(%8, %7) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
    %10 = "vector.splat"(%9) : (f32) -> vector<4xf32>
    %11 = "vector.shape_cast"(%5) : (vector<8xf32>) -> vector<2x4xf32>
    %12 = "vector.extract"(%11) {position = [1]} : (vector<2x4xf32>) -> vector<4xf32>
    %13 = "arith.addf"(%12, %10) {fastmath = #arith.fastmath<none>} : (vector<4xf32>, vector<4xf32>) -> vector<4xf32>
    %14 = "vector.reduction"(%13) {kind = #vector.kind<maxf>} : (vector<4xf32>) -> f32
    "func.return"(%14) : (f32) -> ()
  }) {function_type = (memref<64xf32>, f32) -> f32, sym_name = "vector_misc"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<?xf32>, %arg1: index):
    %0 = "arith.constant"() {value = 0 : index} : () -> index
    %1 = "arith.constant"() {value = 0.000000e+00 : f32} : () -> f32
    %2 = "vector.create_mask"(%arg1) : (index) -> vector<16xi1>
    %3 = "vector.splat"(%1) : (f32) -> vector<16xf32>
    %4 = "vector.maskedload"(%arg0, %0, %2, %3) : (memref<?xf32>, index, vector<16xi1>, vector<16xf32>) -> vector<16xf32>
    %5 = "vector.transfer_read"(%arg0, %0, %1) {in_bounds = [false], operand_segment_sizes = array<i32: 1, 1, 1, 0>, permutation_map = #map4} : (memref<?xf32>, index, f32) -> vector<16xf32>
    %6 = "arith.addf"(%4, %5) {fastmath = #arith.fastmath<none>} : (vector<16xf32>, vector<16xf32>) -> vector<16xf32>
    "func.return"(%6) : (vector<16xf32>) -> ()
  }) {function_type = (memref<?xf32>, index) -> vector<16xf32>, sym_name = "masked"} : () -> ()
}) : () -> ()

