#map = affine_map<(d0) -> (d0)>
#map1 = affine_map<(d0) -> (d0 + 1)>
#map2 = affine_map<(d0) -> (d0 + 2)>
#map3 = affine_map<(d0) -> (d0 + 3)>
#map4 = affine_map<() -> (0)>
#map5 = affine_map<()[s0] -> ((s0 floordiv 4) * 4)>
#map6 = affine_map<()[s0] -> (s0)>
#map7 = affine_map<(d0)[s0] -> (d0 + 32, s0)>
#map8 = affine_map<(d0, d1) -> (d0, d1)>
#map9 = affine_map<() -> (0, 0)>
#map10 = affine_map<() -> (100, 100)>
#map11 = affine_map<(d0) -> (0, d0 * 2)>
#map12 = affine_map<(d0) -> (0, d0 * 2 + 2)>
#map13 = affine_map<(d0) -> (0, d0 * 2 + 4)>
#map14 = affine_map<(d0) -> (0, d0 * 2 + 6)>
#map15 = affine_map<() -> (128)>
"builtin.module"() ({
  "func.func"() ({
  ^bb0(%arg0: memref<?xf32>, %arg1: index):
    %0 = "arith.constant"() {value = 0.000000e+00 : f32} : () -> f32
    %1 = "affine.for"(%arg1, %0) ({
    ^bb0(%arg2: index, %arg3: f32):
      %3 = "affine.load"(%arg0, %arg2) {map = #map} : (memref<?xf32>, index) -> f32
      %4 = "arith.addf"(%arg3, %3) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      %5 = "affine.load"(%arg0, %arg2) {map = #map1} : (memref<?xf32>, index) -> f32
      %6 = "arith.addf"(%4, %5) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      %7 = "affine.load"(%arg0, %arg2) {map = #map2} : (memref<?xf32>, index) -> f32
      %8 = "arith.addf"(%6, %7) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      %9 = "affine.load"(%arg0, %arg2) {map = #map3} : (memref<?xf32>, index) -> f32
      %10 = "arith.addf"(%8, %9) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      "affine.yield"(%10) : (f32) -> ()
    }) {lower_bound = #map4, step = 4 : index, upper_bound = #map5} : (index, f32) -> f32
    %2 = "affine.for"(%arg1, %arg1, %1) ({
    ^bb0(%arg2: index, %arg3: f32):
      %3 = "affine.load"(%arg0, %arg2) {map = #map} : (memref<?xf32>, index) -> f32
      %4 = "arith.addf"(%arg3, %3) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      "affine.yield"(%4) : (f32) -> ()
    }) {lower_bound = #map5, step = 1 : index, upper_bound = #map6} : (index, index, f32) -> f32
    "func.return"(%2) : (f32) -> ()
  }) {function_type = (memref<?xf32>, index) -> f32, sym_name = "sum"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<?xf32>, %arg1: index, %arg2: f32):
    "affine.for"(%arg1) ({
    ^bb0(%arg3: index):
      "affine.for"(%arg3, %arg3, %arg1) ({
      ^bb0(%arg4: index):
        %0 = "affine.load"(%arg0, %arg4) {map = #map} : (memref<?xf32>, index) -> f32
        %1 = "arith.mulf"(%0, %arg2) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        "affine.store"(%1, %arg0, %arg4) {map = #map} : (f32, memref<?xf32>, index) -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map, step = 1 : index, upper_bound = #map7} : (index, index, index) -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map4, step = 32 : index, upper_bound = #map6} : (index) -> ()
    "func.return"() : () -> ()
  }) {function_type = (memref<?xf32>, index, f32) -> (), sym_name = "tiled_scale"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<100x100xf32>):
    %0 = "affine.parallel"() ({
    ^bb0(%arg1: index, %arg2: index):
      %1 = "affine.load"(%arg0, %arg1, %arg2) {map = #map8} : (memref<100x100xf32>, index, index) -> f32
      "affine.yield"(%1) : (f32) -> ()
    }) {lowerBoundsGroups = dense<1> : tensor<2xi32>, lowerBoundsMap = #map9, reductions = [3], steps = [1, 1], upperBoundsGroups = dense<1> : tensor<2xi32>, upperBoundsMap = #map10} : () -> f32
    "func.return"(%0) : (f32) -> ()
  }) {function_type = (memref<100x100xf32>) -> f32, sym_name = "parallel_max"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<256xf32>, %arg1: memref<128xf32>):
    "affine.for"() ({
    ^bb0(%arg2: index):
      %0 = "affine.max"(%arg2) {map = #map11} : (index) -> index
      %1 = "memref.load"(%arg0, %0) : (memref<256xf32>, index) -> f32
      "affine.store"(%1, %arg1, %arg2) {map = #map} : (f32, memref<128xf32>, index) -> ()
      %2 = "affine.max"(%arg2) {map = #map12} : (index) -> index
      %3 = "memref.load"(%arg0, %2) : (memref<256xf32>, index) -> f32
      "affine.store"(%3, %arg1, %arg2) {map = #map1} : (f32, memref<128xf32>, index) -> ()
      %4 = "affine.max"(%arg2) {map = #map13} : (index) -> index
      %5 = "memref.load"(%arg0, %4) : (memref<256xf32>, index) -> f32
      "affine.store"(%5, %arg1, %arg2) {map = #map2} : (f32, memref<128xf32>, index) -> ()
      %6 = "affine.max"(%arg2) {map = #map14} : (index) -> index
      %7 = "memref.load"(%arg0, %6) : (memref<256xf32>, index) -> f32
      "affine.store"(%7, %arg1, %arg2) {map = #map3} : (f32, memref<128xf32>, index) -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map4, step = 4 : index, upper_bound = #map15} : () -> ()
    "func.return"() : () -> ()
  }) {function_type = (memref<256xf32>, memref<128xf32>) -> (), sym_name = "strided_copy"} : () -> ()
}) : () -> ()

