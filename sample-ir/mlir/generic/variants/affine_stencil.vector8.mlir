#map = affine_map<(d0) -> (d0 - 1)>
#map1 = affine_map<(d0, d1) -> (d1)>
#map2 = affine_map<(d0) -> (d0 + 1)>
#map3 = affine_map<() -> (1)>
#map4 = affine_map<()[s0] -> (s0 - 1)>
#map5 = affine_map<(d0, d1) -> (d0, d1)>
#map6 = affine_map<(d0)[s0] -> (d0 + 8, s0)>
#map7 = affine_map<() -> (0)>
#map8 = affine_map<()[s0] -> (s0)>
#set = affine_set<(d0, d1)[s0] : (d0 - 1 >= 0, -d0 + s0 - 2 >= 0, d1 - 1 >= 0, -d1 + s0 - 2 >= 0)>
"builtin.module"() ({
  "func.func"() ({
  ^bb0(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>):
    %0 = "arith.constant"() {value = 0.000000e+00 : f32} : () -> f32
    %1 = "arith.constant"() {value = dense<2.500000e-01> : vector<8xf32>} : () -> vector<8xf32>
    %2 = "arith.constant"() {value = 0 : index} : () -> index
    %3 = "memref.dim"(%arg0, %2) : (memref<?x?xf32>, index) -> index
    "affine.for"(%3) ({
    ^bb0(%arg2: index):
      "affine.for"(%3) ({
      ^bb0(%arg3: index):
        %4 = "affine.apply"(%arg2) {map = #map} : (index) -> index
        %5 = "vector.transfer_read"(%arg0, %4, %arg3, %0) {operand_segment_sizes = array<i32: 1, 2, 1, 0>, permutation_map = #map1} : (memref<?x?xf32>, index, index, f32) -> vector<8xf32>
        %6 = "affine.apply"(%arg2) {map = #map2} : (index) -> index
        %7 = "vector.transfer_read"(%arg0, %6, %arg3, %0) {operand_segment_sizes = array<i32: 1, 2, 1, 0>, permutation_map = #map1} : (memref<?x?xf32>, index, index, f32) -> vector<8xf32>
        %8 = "affine.apply"(%arg3) {map = #map} : (index) -> index
        %9 = "vector.transfer_read"(%arg0, %arg2, %8, %0) {operand_segment_sizes = array<i32: 1, 2, 1, 0>, permutation_map = #map1} : (memref<?x?xf32>, index, index, f32) -> vector<8xf32>
        %10 = "affine.apply"(%arg3) {map = #map2} : (index) -> index
        %11 = "vector.transfer_read"(%arg0, %arg2, %10, %0) {operand_segment_sizes = array<i32: 1, 2, 1, 0>, permutation_map = #map1} : (memref<?x?xf32>, index, index, f32) -> vector<8xf32>
        %12 = "arith.addf"(%5, %7) {fastmath = #arith.fastmath<none>} : (vector<8xf32>, vector<8xf32>) -> vector<8xf32>
        %13 = "arith.addf"(%9, %11) {fastmath = #arith.fastmath<none>} : (vector<8xf32>, vector<8xf32>) -> vector<8xf32>
        %14 = "arith.addf"(%12, %13) {fastmath = #arith.fastmath<none>} : (vector<8xf32>, vector<8xf32>) -> vector<8xf32>
        %15 = "arith.mulf"(%14, %1) {fastmath = #arith.fastmath<none>} : (vector<8xf32>, vector<8xf32>) -> vector<8xf32>
        "vector.transfer_write"(%15, %arg1, %arg2, %arg3) {operand_segment_sizes = array<i32: 1, 1, 2, 0>, permutation_map = #map1} : (vector<8xf32>, memref<?x?xf32>, index, index) -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map3, step = 8 : index, upper_bound = #map4} : (index) -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map3, step = 1 : index, upper_bound = #map4} : (index) -> ()
    "func.return"() : () -> ()
  }) {function_type = (memref<?x?xf32>, memref<?x?xf32>) -> (), sym_name = "jacobi"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>, %arg2: index):
    %0 = "arith.constant"() {value = 0.000000e+00 : f32} : () -> f32
    "affine.for"(%arg2) ({
    ^bb0(%arg3: index):
      "affine.for"(%arg3, %arg3, %arg2) ({
      ^bb0(%arg4: index):
        "affine.if"(%arg3, %arg4, %arg2) ({
          %1 = "affine.load"(%arg0, %arg3, %arg4) {map = #map5} : (memref<?x?xf32>, index, index) -> f32
          "affine.store"(%1, %arg1, %arg3, %arg4) {map = #map5} : (f32, memref<?x?xf32>, index, index) -> ()
          "affine.yield"() : () -> ()
        }, {
          "affine.store"(%0, %arg1, %arg3, %arg4) {map = #map5} : (f32, memref<?x?xf32>, index, index) -> ()
          "affine.yield"() : () -> ()
        }) {condition = #set} : (index, index, index) -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map2, step = 1 : index, upper_bound = #map6} : (index, index, index) -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map7, step = 1 : index, upper_bound = #map8} : (index) -> ()
    "func.return"() : () -> ()
  }) {function_type = (memref<?x?xf32>, memref<?x?xf32>, index) -> (), sym_name = "clamp_copy"} : () -> ()
}) : () -> ()

