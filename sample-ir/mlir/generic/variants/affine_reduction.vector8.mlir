#map = affine_map<(d0) -> (d0)>
#map1 = affine_map<() -> (0)>
#map2 = affine_map<()[s0] -> (s0)>
#map3 = affine_map<(d0)[s0] -> (d0 + 32, s0)>
#map4 = affine_map<(d0, d1) -> (d0, d1)>
#map5 = affine_map<() -> (0, 0)>
#map6 = affine_map<() -> (100, 100)>
#map7 = affine_map<(d0) -> (0, d0 * 2)>
#map8 = affine_map<() -> (128)>
"builtin.module"() ({
  "func.func"() ({
  ^bb0(%arg0: memref<?xf32>, %arg1: index):
    %0 = "arith.constant"() {value = 0.000000e+00 : f32} : () -> f32
    %1 = "affine.for"(%arg1, %0) ({
    ^bb0(%arg2: index, %arg3: f32):
      %2 = "affine.load"(%arg0, %arg2) {map = #map} : (memref<?xf32>, index) -> f32
      %3 = "arith.addf"(%arg3, %2) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      "affine.yield"(%3) : (f32) -> ()
    }) {lower_bound = #map1, step = 1 : index, upper_bound = #map2} : (index, f32) -> f32
    "func.return"(%1) : (f32) -> ()
  }) {function_type = (memref<?xf32>, index) -> f32, sym_name = "sum"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<?xf32>, %arg1: index, %arg2: f32):
    %0 = "arith.constant"() {value = 0.000000e+00 : f32} : () -> f32
    %1 = "vector.broadcast"(%arg2) : (f32) -> vector<8xf32>
    "affine.for"(%arg1) ({
    ^bb0(%arg3: index):
      "affine.for"(%arg3, %arg3, %arg1) ({
      ^bb0(%arg4: index):
        %2 = "vector.transfer_read"(%arg0, %arg4, %0) {operand_segment_sizes = array<i32: 1, 1, 1, 0>, permutation_map = #map} : (memref<?xf32>, index, f32) -> vector<8xf32>
        %3 = "arith.mulf"(%2, %1) {fastmath = #arith.fastmath<none>} : (vector<8xf32>, vector<8xf32>) -> vector<8xf32>
        "vector.transfer_write"(%3, %arg0, %arg4) {operand_segment_sizes = array<i32: 1, 1, 1, 0>, permutation_map = #map} : (vector<8xf32>, memref<?xf32>, index) -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map, step = 8 : index, upper_bound = #map3} : (index, index, index) -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map1, step = 32 : index, upper_bound = #map2} : (index) -> ()
    "func.return"() : () -> ()
  }) {function_type = (memref<?xf32>, index, f32) -> (), sym_name = "tiled_scale"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<100x100xf32>):
    %0 = "affine.parallel"() ({
    ^bb0(%arg1: index, %arg2: index):
      %1 = "affine.load"(%arg0, %arg1, %arg2) {map = #map4} : (memref<100x100xf32>, index, index) -> f32
      "affine.yield"(%1) : (f32) -> ()
    }) {lowerBoundsGroups = dense<1> : tensor<2xi32>, lowerBoundsMap = #map5, reductions = [3], steps = [1, 1], upperBoundsGroups = dense<1> : tensor<2xi32>, upperBoundsMap = #map6} : () -> f32
    "func.return"(%0) : (f32) -> ()
  }) {function_type = (memref<100x100xf32>) -> f32, sym_name = "parallel_max"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<256xf32>, %arg1: memref<128xf32>):
    "affine.for"() ({
    ^bb0(%arg2: index):
      %0 = "affine.max"(%arg2) {map = #map7} : (index) -> index
      %1 = "memref.load"(%arg0, %0) : (memref<256xf32>, index) -> f32
      "affine.store"(%1, %arg1, %arg2) {map = #map} : (f32, memref<128xf32>, index) -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map1, step = 1 : index, upper_bound = #map8} : () -> ()
    "func.return"() : () -> ()
  }) {function_type = (memref<256xf32>, memref<128xf32>) -> (), sym_name = "strided_copy"} : () -> ()
}) : () -> ()

