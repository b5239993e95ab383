#map = affine_map<(d0) -> (d0)>
#map1 = affine_map<() -> (0)>
#map2 = affine_map<() -> (32)>
#map3 = affine_map<(d0, d1) -> (d0, d1)>
#map4 = affine_map<() -> (128)>
#map5 = affine_map<(d0, d1) -> (d1)>
#map6 = affine_map<(d0) -> (0)>
"builtin.module"() ({
  "func.func"() ({
  ^bb0(%arg0: memref<32x128xf32, strided<[?, ?], offset: ?>>):
    %0 = "arith.constant"() {value = dense<0.000000e+00> : vector<8xf32>} : () -> vector<8xf32>
    %1 = "arith.constant"() {value = dense<-3.40282347E+38> : vector<8xf32>} : () -> vector<8xf32>
    %2 = "arith.constant"() {value = 0.000000e+00 : f32} : () -> f32
    %3 = "memref.alloc"() {alignment = 64 : i64, operand_segment_sizes = array<i32: 0, 0>} : () -> memref<32xf32>
    %4 = "memref.alloc"() {alignment = 64 : i64, operand_segment_sizes = array<i32: 0, 0>} : () -> memref<32x128xf32>
    "affine.for"() ({
    ^bb0(%arg1: index):
      "vector.transfer_write"(%1, %3, %arg1) {operand_segment_sizes = array<i32: 1, 1, 1, 0>, permutation_map = #map} : (vector<8xf32>, memref<32xf32>, index) -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map1, step = 8 : index, upper_bound = #map2} : () -> ()
    "affine.for"() ({
    ^bb0(%arg1: index):
      "affine.for"() ({
      ^bb0(%arg2: index):
        %6 = "affine.load"(%arg0, %arg1, %arg2) {map = #map3} : (memref<32x128xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
        %7 = "affine.load"(%3, %arg1) {map = #map} : (memref<32xf32>, index) -> f32
        %8 = "arith.maxf"(%6, %7) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        "affine.store"(%8, %3, %arg1) {map = #map} : (f32, memref<32xf32>, index) -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map1, step = 1 : index, upper_bound = #map4} : () -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map1, step = 1 : index, upper_bound = #map2} : () -> ()
    %5 = "memref.alloc"() {alignment = 64 : i64, operand_segment_sizes = array<i32: 0, 0>} : () -> memref<32x128xf32>
    "affine.for"() ({
    ^bb0(%arg1: index):
      "affine.for"() ({
      ^bb0(%arg2: index):
        %6 = "affine.load"(%arg0, %arg1, %arg2) {map = #map3} : (memref<32x128xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
        %7 = "affine.load"(%3, %arg1) {map = #map} : (memref<32xf32>, index) -> f32
        %8 = "arith.subf"(%6, %7) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        %9 = "math.exp"(%8) {fastmath = #arith.fastmath<none>} : (f32) -> f32
        "affine.store"(%9, %5, %arg1, %arg2) {map = #map3} : (f32, memref<32x128xf32>, index, index) -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map1, step = 1 : index, upper_bound = #map4} : () -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map1, step = 1 : index, upper_bound = #map2} : () -> ()
    "affine.for"() ({
    ^bb0(%arg1: index):
      "vector.transfer_write"(%0, %3, %arg1) {operand_segment_sizes = array<i32: 1, 1, 1, 0>, permutation_map = #map} : (vector<8xf32>, memref<32xf32>, index) -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map1, step = 8 : index, upper_bound = #map2} : () -> ()
    "affine.for"() ({
    ^bb0(%arg1: index):
      "affine.for"() ({
      ^bb0(%arg2: index):
        %6 = "affine.load"(%5, %arg1, %arg2) {map = #map3} : (memref<32x128xf32>, index, index) -> f32
        %7 = "affine.load"(%3, %arg1) {map = #map} : (memref<32xf32>, index) -> f32
        %8 = "arith.addf"(%6, %7) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        "affine.store"(%8, %3, %arg1) {map = #map} : (f32, memref<32xf32>, index) -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map1, step = 1 : index, upper_bound = #map4} : () -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map1, step = 1 : index, upper_bound = #map2} : () -> ()
    "affine.for"() ({
    ^bb0(%arg1: index):
      "affine.for"() ({
      ^bb0(%arg2: index):
        %6 = "vector.transfer_read"(%5, %arg1, %arg2, %2) {operand_segment_sizes = array<i32: 1, 2, 1, 0>, permutation_map = #map5} : (memref<32x128xf32>, index, index, f32) -> vector<8xf32>
        %7 = "vector.transfer_read"(%3, %arg1, %2) {operand_segment_sizes = array<i32: 1, 1, 1, 0>, permutation_map = #map6} : (memref<32xf32>, index, f32) -> vector<8xf32>
        %8 = "arith.divf"(%6, %7) {fastmath = #arith.fastmath<none>} : (vector<8xf32>, vector<8xf32>) -> vector<8xf32>
        "vector.transfer_write"(%8, %4, %arg1, %arg2) {operand_segment_sizes = array<i32: 1, 1, 2, 0>, permutation_map = #map5} : (vector<8xf32>, memref<32x128xf32>, index, index) -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map1, step = 8 : index, upper_bound = #map4} : () -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map1, step = 1 : index, upper_bound = #map2} : () -> ()
    "memref.dealloc"(%3) : (memref<32xf32>) -> ()
    "memref.dealloc"(%5) : (memref<32x128xf32>) -> ()
    "func.return"(%4) : (memref<32x128xf32>) -> ()
  }) {function_type = (memref<32x128xf32, strided<[?, ?], offset: ?>>) -> memref<32x128xf32>, sym_name = "softmax"} : () -> ()
}) : () -> ()

