#map = affine_map<(d0) -> (d0)>
#map1 = affine_map<(d0) -> (d0 + 1)>
#map2 = affine_map<(d0) -> (d0 + 2)>
#map3 = affine_map<(d0) -> (d0 + 3)>
#map4 = affine_map<() -> (0)>
#map5 = affine_map<() -> (32)>
#map6 = affine_map<(d0, d1) -> (d0, d1)>
#map7 = affine_map<(d0, d1) -> (d0, d1 + 1)>
#map8 = affine_map<(d0, d1) -> (d0, d1 + 2)>
#map9 = affine_map<(d0, d1) -> (d0, d1 + 3)>
#map10 = affine_map<() -> (128)>
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
      "affine.store"(%1, %2, %arg1) {map = #map1} : (f32, memref<32xf32>, index) -> ()
      "affine.store"(%1, %2, %arg1) {map = #map2} : (f32, memref<32xf32>, index) -> ()
      "affine.store"(%1, %2, %arg1) {map = #map3} : (f32, memref<32xf32>, index) -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map4, step = 4 : index, upper_bound = #map5} : () -> ()
    "affine.for"() ({
    ^bb0(%arg1: index):
      "affine.for"() ({
      ^bb0(%arg2: index):
        %5 = "affine.load"(%arg0, %arg1, %arg2) {map = #map6} : (memref<32x128xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
        %6 = "affine.load"(%2, %arg1) {map = #map} : (memref<32xf32>, index) -> f32
        %7 = "arith.maxf"(%5, %6) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        "affine.store"(%7, %2, %arg1) {map = #map} : (f32, memref<32xf32>, index) -> ()
        %8 = "affine.load"(%arg0, %arg1, %arg2) {map = #map7} : (memref<32x128xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
        %9 = "affine.load"(%2, %arg1) {map = #map} : (memref<32xf32>, index) -> f32
        %10 = "arith.maxf"(%8, %9) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        "affine.store"(%10, %2, %arg1) {map = #map} : (f32, memref<32xf32>, index) -> ()
        %11 = "affine.load"(%arg0, %arg1, %arg2) {map = #map8} : (memref<32x128xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
        %12 = "affine.load"(%2, %arg1) {map = #map} : (memref<32xf32>, index) -> f32
        %13 = "arith.maxf"(%11, %12) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        "affine.store"(%13, %2, %arg1) {map = #map} : (f32, memref<32xf32>, index) -> ()
        %14 = "affine.load"(%arg0, %arg1, %arg2) {map = #map9} : (memref<32x128xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
        %15 = "affine.load"(%2, %arg1) {map = #map} : (memref<32xf32>, index) -> f32
        %16 = "arith.maxf"(%14, %15) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        "affine.store"(%16, %2, %arg1) {map = #map} : (f32, memref<32xf32>, index) -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map4, step = 4 : index, upper_bound = #map10} : () -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map4, step = 1 : index, upper_bound = #map5} : () -> ()
    %4 = "memref.alloc"() {alignment = 64 : i64, operand_segment_sizes = array<i32: 0, 0>} : () -> memref<32x128xf32>
    "affine.for"() ({
    ^bb0(%arg1: index):
      "affine.for"() ({
      ^bb0(%arg2: index):
        %5 = "affine.load"(%arg0, %arg1, %arg2) {map = #map6} : (memref<32x128xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
        %6 = "affine.load"(%2, %arg1) {map = #map} : (memref<32xf32>, index) -> f32
        %7 = "arith.subf"(%5, %6) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        %8 = "math.exp"(%7) {fastmath = #arith.fastmath<none>} : (f32) -> f32
        "affine.store"(%8, %4, %arg1, %arg2) {map = #map6} : (f32, memref<32x128xf32>, index, index) -> ()
        %9 = "affine.load"(%arg0, %arg1, %arg2) {map = #map7} : (memref<32x128xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
        %10 = "affine.load"(%2, %arg1) {map = #map} : (memref<32xf32>, index) -> f32
        %11 = "arith.subf"(%9, %10) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        %12 = "math.exp"(%11) {fastmath = #arith.fastmath<none>} : (f32) -> f32
        "affine.store"(%12, %4, %arg1, %arg2) {map = #map7} : (f32, memref<32x128xf32>, index, index) -> ()
        %13 = "affine.load"(%arg0, %arg1, %arg2) {map = #map8} : (memref<32x128xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
        %14 = "affine.load"(%2, %arg1) {map = #map} : (memref<32xf32>, index) -> f32
        %15 = "arith.subf"(%13, %14) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        %16 = "math.exp"(%15) {fastmath = #arith.fastmath<none>} : (f32) -> f32
        "affine.store"(%16, %4, %arg1, %arg2) {map = #map8} : (f32, memref<32x128xf32>, index, index) -> ()
        %17 = "affine.load"(%arg0, %arg1, %arg2) {map = #map9} : (memref<32x128xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
        %18 = "affine.load"(%2, %arg1) {map = #map} : (memref<32xf32>, index) -> f32
        %19 = "arith.subf"(%17, %18) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        %20 = "math.exp"(%19) {fastmath = #arith.fastmath<none>} : (f32) -> f32
        "affine.store"(%20, %4, %arg1, %arg2) {map = #map9} : (f32, memref<32x128xf32>, index, index) -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map4, step = 4 : index, upper_bound = #map10} : () -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map4, step = 1 : index, upper_bound = #map5} : () -> ()
    "affine.for"() ({
    ^bb0(%arg1: index):
      "affine.store"(%0, %2, %arg1) {map = #map} : (f32, memref<32xf32>, index) -> ()
      "affine.store"(%0, %2, %arg1) {map = #map1} : (f32, memref<32xf32>, index) -> ()
      "affine.store"(%0, %2, %arg1) {map = #map2} : (f32, memref<32xf32>, index) -> ()
      "affine.store"(%0, %2, %arg1) {map = #map3} : (f32, memref<32xf32>, index) -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map4, step = 4 : index, upper_bound = #map5} : () -> ()
    "affine.for"() ({
    ^bb0(%arg1: index):
      "affine.for"() ({
      ^bb0(%arg2: index):
        %5 = "affine.load"(%4, %arg1, %arg2) {map = #map6} : (memref<32x128xf32>, index, index) -> f32
        %6 = "affine.load"(%2, %arg1) {map = #map} : (memref<32xf32>, index) -> f32
        %7 = "arith.addf"(%5, %6) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        "affine.store"(%7, %2, %arg1) {map = #map} : (f32, memref<32xf32>, index) -> ()
        %8 = "affine.load"(%4, %arg1, %arg2) {map = #map7} : (memref<32x128xf32>, index, index) -> f32
        %9 = "affine.load"(%2, %arg1) {map = #map} : (memref<32xf32>, index) -> f32
        %10 = "arith.addf"(%8, %9) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        "affine.store"(%10, %2, %arg1) {map = #map} : (f32, memref<32xf32>, index) -> ()
        %11 = "affine.load"(%4, %arg1, %arg2) {map = #map8} : (memref<32x128xf32>, index, index) -> f32
        %12 = "affine.load"(%2, %arg1) {map = #map} : (memref<32xf32>, index) -> f32
        %13 = "arith.addf"(%11, %12) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        "affine.store"(%13, %2, %arg1) {map = #map} : (f32, memref<32xf32>, index) -> ()
        %14 = "affine.load"(%4, %arg1, %arg2) {map = #map9} : (memref<32x128xf32>, index, index) -> f32
        %15 = "affine.load"(%2, %arg1) {map = #map} : (memref<32xf32>, index) -> f32
        %16 = "arith.addf"(%14, %15) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        "affine.store"(%16, %2, %arg1) {map = #map} : (f32, memref<32xf32>, index) -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map4, step = 4 : index, upper_bound = #map10} : () -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map4, step = 1 : index, upper_bound = #map5} : () -> ()
    "affine.for"() ({
    ^bb0(%arg1: index):
      "affine.for"() ({
      ^bb0(%arg2: index):
        %5 = "affine.load"(%4, %arg1, %arg2) {map = #map6} : (memref<32x128xf32>, index, index) -> f32
        %6 = "affine.load"(%2, %arg1) {map = #map} : (memref<32xf32>, index) -> f32
        %7 = "arith.divf"(%5, %6) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        "affine.store"(%7, %3, %arg1, %arg2) {map = #map6} : (f32, memref<32x128xf32>, index, index) -> ()
        %8 = "affine.load"(%4, %arg1, %arg2) {map = #map7} : (memref<32x128xf32>, index, index) -> f32
        %9 = "affine.load"(%2, %arg1) {map = #map} : (memref<32xf32>, index) -> f32
        %10 = "arith.divf"(%8, %9) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        "affine.store"(%10, %3, %arg1, %arg2) {map = #map7} : (f32, memref<32x128xf32>, index, index) -> ()
        %11 = "affine.load"(%4, %arg1, %arg2) {map = #map8} : (memref<32x128xf32>, index, index) -> f32
        %12 = "affine.load"(%2, %arg1) {map = #map} : (memref<32xf32>, index) -> f32
        %13 = "arith.divf"(%11, %12) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        "affine.store"(%13, %3, %arg1, %arg2) {map = #map8} : (f32, memref<32x128xf32>, index, index) -> ()
        %14 = "affine.load"(%4, %arg1, %arg2) {map = #map9} : (memref<32x128xf32>, index, index) -> f32
        %15 = "affine.load"(%2, %arg1) {map = #map} : (memref<32xf32>, index) -> f32
        %16 = "arith.divf"(%14, %15) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        "affine.store"(%16, %3, %arg1, %arg2) {map = #map9} : (f32, memref<32x128xf32>, index, index) -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map4, step = 4 : index, upper_bound = #map10} : () -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map4, step = 1 : index, upper_bound = #map5} : () -> ()
    "memref.dealloc"(%2) : (memref<32xf32>) -> ()
    "memref.dealloc"(%4) : (memref<32x128xf32>) -> ()
    "func.return"(%3) : (memref<32x128xf32>) -> ()
  }) {function_type = (memref<32x128xf32, strided<[?, ?], offset: ?>>) -> memref<32x128xf32>, sym_name = "softmax"} : () -> ()
}) : () -> ()

