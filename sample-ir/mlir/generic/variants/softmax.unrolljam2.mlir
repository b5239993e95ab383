#map = affine_map<(d0) -> (d0)>
#map1 = affine_map<() -> (0)>
#map2 = affine_map<() -> (32)>
#map3 = affine_map<(d0, d1) -> (d0, d1)>
#map4 = affine_map<() -> (128)>
"builtin.module"() ({
  "func.func"() ({
  ^bb0(%arg0: memref<32x128xf32, strided<[?, ?], offset: ?>>):
    %0 = "arith.constant"() {value = 0.000000e+00 : f32} : () -> f32
    %1 = "arith.constant"() {value = -3.40282347E+38 : f32} : () -> f32
    %2 = "memref.alloc"() {alignment = 64 : i64, operand_segment_sizes = array<i32: 0, 0>} : () -> memref<32xf32>
    %3 = "memref.alloc"() {alignment = 64 : i64, operand_segment_sizes = array<i32: 0, 0>} : () -> memref<32x128xf32>
    "affine.for"() ({
    ^bb0(%arg1: index):
      "affine.store"(%1, %2, %arg1) {map = #map} : (f32, memref<32xf32>, index) -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map1, step = 1 : index, upper_bound = #map2} : () -> ()
    "affine.for"() ({
    ^bb0(%arg1: index):
      "affine.for"() ({
      ^bb0(%arg2: index):
        %5 = "affine.load"(%arg0, %arg1, %arg2) {map = #map3} : (memref<32x128xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
        %6 = "affine.load"(%2, %arg1) {map = #map} : (memref<32xf32>, index) -> f32
        %7 = "arith.maxf"(%5, %6) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        "affine.store"(%7, %2, %arg1) {map = #map} : (f32, memref<32xf32>, index) -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map1, step = 1 : index, upper_bound = #map4} : () -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map1, step = 1 : index, upper_bound = #map2} : () -> ()
    %4 = "memref.alloc"() {alignment = 64 : i64, operand_segment_sizes = array<i32: 0, 0>} : () -> memref<32x128xf32>
    "affine.for"() ({
    ^bb0(%arg1: index):
      "affine.for"() ({
      ^bb0(%arg2: index):
        %5 = "affine.load"(%arg0, %arg1, %arg2) {map = #map3} : (memref<32x128xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
        %6 = "affine.load"(%2, %arg1) {map = #map} : (memref<32xf32>, index) -> f32
        %7 = "arith.subf"(%5, %6) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        %8 = "math.exp"(%7) {fastmath = #arith.fastmath<none>} : (f32) -> f32
        "affine.store"(%8, %4, %arg1, %arg2) {map = #map3} : (f32, memref<32x128xf32>, index, index) -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map1, step = 1 : index, upper_bound = #map4} : () -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map1, step = 1 : index, upper_bound = #map2} : () -> ()
    "affine.for"() ({
    ^bb0(%arg1: index):
      "affine.store"(%0, %2, %arg1) {map = #map} : (f32, memref<32xf32>, index) -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map1, step = 1 : index, upper_bound = #map2} : () -> ()
    "affine.for"() ({
    ^bb0(%arg1: index):
      "affine.for"() ({
      ^bb0(%arg2: index):
        %5 = "affine.load"(%4, %arg1, %arg2) {map = #map3} : (memref<32x128xf32>, index, index) -> f32
        %6 = "affine.load"(%2, %arg1) {map = #map} : (memref<32xf32>, index) -> f32
        %7 = "arith.addf"(%5, %6) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        "affine.store"(%7, %2, %arg1) {map = #map} : (f32, memref<32xf32>, index) -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map1, step = 1 : index, upper_bound = #map4} : () -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map1, step = 1 : index, upper_bound = #map2} : () -> ()
    "affine.for"() ({
    ^bb0(%arg1: index):
      "affine.for"() ({
      ^bb0(%arg2: index):
        %5 = "affine.load"(%4, %arg1, %arg2) {map = #map3} : (memref<32x128xf32>, index, index) -> f32
        %6 = "affine.load"(%2, %arg1) {map = #map} : (memref<32xf32>, index) -> f32
        %7 = "arith.divf"(%5, %6) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        "affine.store"(%7, %3, %arg1, %arg2) {map = #map3} : (f32, memref<32x128xf32>, index, index) -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map1, step = 1 : index, upper_bound = #map4} : () -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map1, step = 1 : index, upper_bound = #map2} : () -> ()
    "memref.dealloc"(%2) : (memref<32xf32>) -> ()
    "memref.dealloc"(%4) : (memref<32x128xf32>) -> ()
    "func.return"(%3) : (memref<32x128xf32>) -> ()
  }) {function_type = (memref<32x128xf32, strided<[?, ?], offset: ?>>) -> memref<32x128xf32>, sym_name = "softmax"} : () -> ()
}) : () -> ()

