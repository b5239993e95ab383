#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<() -> (0)>
#map2 = affine_map<() -> (32)>
#map3 = affine_map<() -> (64)>
#map4 = affine_map<() -> (128)>
"builtin.module"() ({
  "func.func"() ({
  ^bb0(%arg0: memref<64x128xf32, strided<[?, ?], offset: ?>>, %arg1: memref<128x32xf32, strided<[?, ?], offset: ?>>):
    %0 = "arith.constant"() {value = 0.000000e+00 : f32} : () -> f32
    %1 = "memref.alloc"() {alignment = 64 : i64, operand_segment_sizes = array<i32: 0, 0>} : () -> memref<64x32xf32>
    "affine.for"() ({
    ^bb0(%arg2: index):
      "affine.for"() ({
      ^bb0(%arg3: index):
        "affine.store"(%0, %1, %arg2, %arg3) {map = #map} : (f32, memref<64x32xf32>, index, index) -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map1, step = 1 : index, upper_bound = #map2} : () -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map1, step = 1 : index, upper_bound = #map3} : () -> ()
    "affine.for"() ({
    ^bb0(%arg2: index):
      "affine.for"() ({
      ^bb0(%arg3: index):
        "affine.for"() ({
        ^bb0(%arg4: index):
          %2 = "affine.load"(%arg0, %arg2, %arg4) {map = #map} : (memref<64x128xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
          %3 = "affine.load"(%arg1, %arg4, %arg3) {map = #map} : (memref<128x32xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
          %4 = "affine.load"(%1, %arg2, %arg3) {map = #map} : (memref<64x32xf32>, index, index) -> f32
          %5 = "arith.mulf"(%2, %3) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
          %6 = "arith.addf"(%4, %5) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
          "affine.store"(%6, %1, %arg2, %arg3) {map = #map} : (f32, memref<64x32xf32>, index, index) -> ()
          "affine.yield"() : () -> ()
        }) {lower_bound = #map1, step = 1 : index, upper_bound = #map4} : () -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map1, step = 1 : index, upper_bound = #map2} : () -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map1, step = 1 : index, upper_bound = #map3} : () -> ()
    "func.return"(%1) : (memref<64x32xf32>) -> ()
  }) {function_type = (memref<64x128xf32, strided<[?, ?], offset: ?>>, memref<128x32xf32, strided<[?, ?], offset: ?>>) -> memref<64x32xf32>, sym_name = "matmul"} : () -> ()
}) : () -> ()

