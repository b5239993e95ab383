#map = affine_map<(d0) -> (d0)>
#map1 = affine_map<() -> (0)>
#map2 = affine_map<() -> (1024)>
#map3 = affine_map<(d0, d1) -> (d0, d1)>
#map4 = affine_map<() -> (64)>
#map5 = affine_map<() -> (256)>
#map6 = affine_map<() -> (128)>
"builtin.module"() ({
  "func.func"() ({
  ^bb0(%arg0: f32, %arg1: memref<1024xf32, strided<[?], offset: ?>>, %arg2: memref<1024xf32, strided<[?], offset: ?>>):
    %0 = "memref.alloc"() {alignment = 64 : i64, operand_segment_sizes = array<i32: 0, 0>} : () -> memref<1024xf32>
    "affine.for"() ({
    ^bb0(%arg3: index):
      %1 = "affine.load"(%arg1, %arg3) {map = #map} : (memref<1024xf32, strided<[?], offset: ?>>, index) -> f32
      %2 = "affine.load"(%arg2, %arg3) {map = #map} : (memref<1024xf32, strided<[?], offset: ?>>, index) -> f32
      %3 = "arith.mulf"(%arg0, %1) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      %4 = "arith.addf"(%3, %2) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      "affine.store"(%4, %0, %arg3) {map = #map} : (f32, memref<1024xf32>, index) -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map1, step = 1 : index, upper_bound = #map2} : () -> ()
    "func.return"(%0) : (memref<1024xf32>) -> ()
  }) {function_type = (f32, memref<1024xf32, strided<[?], offset: ?>>, memref<1024xf32, strided<[?], offset: ?>>) -> memref<1024xf32>, sym_name = "saxpy"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<256x64xf32>, %arg1: memref<256x64xf32>):
    %0 = "arith.constant"() {value = 5.000000e-01 : f32} : () -> f32
    %1 = "arith.constant"() {value = 1.000000e+00 : f32} : () -> f32
    "affine.for"() ({
    ^bb0(%arg2: index):
      "affine.for"() ({
      ^bb0(%arg3: index):
        %2 = "affine.load"(%arg0, %arg2, %arg3) {map = #map3} : (memref<256x64xf32>, index, index) -> f32
        %3 = "math.tanh"(%2) {fastmath = #arith.fastmath<none>} : (f32) -> f32
        %4 = "arith.addf"(%3, %1) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        %5 = "arith.mulf"(%2, %0) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        %6 = "arith.mulf"(%5, %4) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        "affine.store"(%6, %arg1, %arg2, %arg3) {map = #map3} : (f32, memref<256x64xf32>, index, index) -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map1, step = 1 : index, upper_bound = #map4} : () -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map1, step = 1 : index, upper_bound = #map5} : () -> ()
    "func.return"() : () -> ()
  }) {function_type = (memref<256x64xf32>, memref<256x64xf32>) -> (), sym_name = "gelu_like"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<128x64xf32, strided<[?, ?], offset: ?>>, %arg1: memref<64xf32, strided<[?], offset: ?>>):
    %0 = "memref.alloc"() {alignment = 64 : i64, operand_segment_sizes = array<i32: 0, 0>} : () -> memref<128x64xf32>
    "affine.for"() ({
    ^bb0(%arg2: index):
      "affine.for"() ({
      ^bb0(%arg3: index):
        %1 = "affine.load"(%arg0, %arg2, %arg3) {map = #map3} : (memref<128x64xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
        %2 = "affine.load"(%arg1, %arg3) {map = #map} : (memref<64xf32, strided<[?], offset: ?>>, index) -> f32
        %3 = "arith.addf"(%1, %2) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        "affine.store"(%3, %0, %arg2, %arg3) {map = #map3} : (f32, memref<128x64xf32>, index, index) -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map1, step = 1 : index, upper_bound = #map4} : () -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map1, step = 1 : index, upper_bound = #map6} : () -> ()
    "func.return"(%0) : (memref<128x64xf32>) -> ()
  }) {function_type = (memref<128x64xf32, strided<[?, ?], offset: ?>>, memref<64xf32, strided<[?], offset: ?>>) -> memref<128x64xf32>, sym_name = "bias_add"} : () -> ()
}) : () -> ()

