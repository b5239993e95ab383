#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0, d1) -> (d1)>
#map2 = affine_map<() -> (0)>
#map3 = affine_map<() -> (64)>
"builtin.module"() ({
  "func.func"() ({
  ^bb0(%arg0: memref<64x64xf32>, %arg1: memref<64x64xf32>, %arg2: memref<64x64xf32>):
    %0 = "arith.constant"() {value = 0.000000e+00 : f32} : () -> f32
    "affine.for"() ({
    ^bb0(%arg3: index):
      "affine.for"() ({
      ^bb0(%arg4: index):
        %1 = "affine.load"(%arg0, %arg3, %arg4) {map = #map} : (memref<64x64xf32>, index, index) -> f32
        %2 = "vector.broadcast"(%1) : (f32) -> vector<8xf32>
        "affine.for"() ({
        ^bb0(%arg5: index):
          %3 = "vector.transfer_read"(%arg1, %arg4, %arg5, %0) {operand_segment_sizes = array<i32: 1, 2, 1, 0>, permutation_map = #map1} : (memref<64x64xf32>, index, index, f32) -> vector<8xf32>
          %4 = "vector.transfer_read"(%arg2, %arg3, %arg5, %0) {operand_segment_sizes = array<i32: 1, 2, 1, 0>, permutation_map = #map1} : (memref<64x64xf32>, index, index, f32) -> vector<8xf32>
          %5 = "arith.mulf"(%2, %3) {fastmath = #arith.fastmath<none>} : (vector<8xf32>, vector<8xf32>) -> vector<8xf32>
          %6 = "arith.addf"(%4, %5) {fastmath = #arith.fastmath<none>} : (vector<8xf32>, vector<8xf32>) -> vector<8xf32>
          "vector.transfer_write"(%6, %arg2, %arg3, %arg5) {operand_segment_sizes = array<i32: 1, 1, 2, 0>, permutation_map = #map1} : (vector<8xf32>, memref<64x64xf32>, index, index) -> ()
          "affine.yield"() : () -> ()
        }) {lower_bound = #map2, step = 8 : index, upper_bound = #map3} : () -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map2, step = 1 : index, upper_bound = #map3} : () -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map2, step = 1 : index, upper_bound = #map3} : () -> ()
    "func.return"() : () -> ()
  }) {function_type = (memref<64x64xf32>, memref<64x64xf32>, memref<64x64xf32>) -> (), sym_name = "matmul_ikj"} : () -> ()
}) : () -> ()

