#map = affine_map<(d0) -> (d0)>
#map1 = affine_map<() -> (0)>
#map2 = affine_map<() -> (512)>
#map3 = affine_map<(d0, d1) -> (d0, d1)>
#map4 = affine_map<() -> (256)>
#map5 = affine_map<() -> ()>
#map6 = affine_map<() -> (4096)>
"builtin.module"() ({
  "func.func"() ({
  ^bb0(%arg0: memref<512x256xf32, strided<[?, ?], offset: ?>>):
    %0 = "arith.constant"() {value = dense<0.000000e+00> : vector<8xf32>} : () -> vector<8xf32>
    %1 = "memref.alloc"() {alignment = 64 : i64, operand_segment_sizes = array<i32: 0, 0>} : () -> memref<512xf32>
    "affine.for"() ({
    ^bb0(%arg1: index):
      "vector.transfer_write"(%0, %1, %arg1) {operand_segment_sizes = array<i32: 1, 1, 1, 0>, permutation_map = #map} : (vector<8xf32>, memref<512xf32>, index) -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map1, step = 8 : index, upper_bound = #map2} : () -> ()
    "affine.for"() ({
    ^bb0(%arg1: index):
      "affine.for"() ({
      ^bb0(%arg2: index):
        %2 = "affine.load"(%arg0, %arg1, %arg2) {map = #map3} : (memref<512x256xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
        %3 = "affine.load"(%1, %arg1) {map = #map} : (memref<512xf32>, index) -> f32
        %4 = "arith.addf"(%2, %3) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        "affine.store"(%4, %1, %arg1) {map = #map} : (f32, memref<512xf32>, index) -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map1, step = 1 : index, upper_bound = #map4} : () -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map1, step = 1 : index, upper_bound = #map2} : () -> ()
    "func.return"(%1) : (memref<512xf32>) -> ()
  }) {function_type = (memref<512x256xf32, strided<[?, ?], offset: ?>>) -> memref<512xf32>, sym_name = "row_sum"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<4096xf32>, %arg1: memref<4096xf32>, %arg2: memref<f32>):
    "affine.for"() ({
    ^bb0(%arg3: index):
      %0 = "affine.load"(%arg0, %arg3) {map = #map} : (memref<4096xf32>, index) -> f32
      %1 = "affine.load"(%arg1, %arg3) {map = #map} : (memref<4096xf32>, index) -> f32
      %2 = "affine.load"(%arg2) {map = #map5} : (memref<f32>) -> f32
      %3 = "arith.mulf"(%0, %1) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      %4 = "arith.addf"(%2, %3) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      "affine.store"(%4, %arg2) {map = #map5} : (f32, memref<f32>) -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map1, step = 1 : index, upper_bound = #map6} : () -> ()
    "func.return"() : () -> ()
  }) {function_type = (memref<4096xf32>, memref<4096xf32>, memref<f32>) -> (), sym_name = "dot"} : () -> ()
}) : () -> ()

