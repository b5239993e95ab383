#map = affine_map<(d0, d1) -> (d0 - 1, d1)>
#map1 = affine_map<(d0, d1) -> (d0 + 1, d1)>
#map2 = affine_map<(d0, d1) -> (d0, d1 - 1)>
#map3 = affine_map<(d0, d1) -> (d0, d1 + 1)>
#map4 = affine_map<(d0, d1) -> (d0, d1)>
#map5 = affine_map<() -> (1)>
#map6 = affine_map<()[s0] -> (s0 - 1)>
#map7 = affine_map<(d0) -> (d0 + 1)>
#map8 = affine_map<(d0)[s0] -> (d0 + 8, s0)>
#map9 = affine_map<() -> (0)>
#map10 = affine_map<()[s0] -> (s0)>
#set = affine_set<(d0, d1)[s0] : (d0 - 1 >= 0, -d0 + s0 - 2 >= 0, d1 - 1 >= 0, -d1 + s0 - 2 >= 0)>
"builtin.module"() ({
  "func.func"() ({
  ^bb0(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>):
    %0 = "arith.constant"() {value = 0 : index} : () -> index
    %1 = "memref.dim"(%arg0, %0) : (memref<?x?xf32>, index) -> index
    %2 = "arith.constant"() {value = 2.500000e-01 : f32} : () -> f32
    "affine.for"(%1) ({
    ^bb0(%arg2: index):
      "affine.for"(%1) ({
      ^bb0(%arg3: index):
        %3 = "affine.load"(%arg0, %arg2, %arg3) {map = #map} : (memref<?x?xf32>, index, index) -> f32
        %4 = "affine.load"(%arg0, %arg2, %arg3) {map = #map1} : (memref<?x?xf32>, index, index) -> f32
        %5 = "affine.load"(%arg0, %arg2, %arg3) {map = #map2} : (memref<?x?xf32>, index, index) -> f32
        %6 = "affine.load"(%arg0, %arg2, %arg3) {map = #map3} : (memref<?x?xf32>, index, index) -> f32
        %7 = "arith.addf"(%3, %4) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        %8 = "arith.addf"(%5, %6) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        %9 = "arith.addf"(%7, %8) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        %10 = "arith.mulf"(%9, %2) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        "affine.store"(%10, %arg1, %arg2, %arg3) {map = #map4} : (f32, memref<?x?xf32>, index, index) -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map5, step = 1 : index, upper_bound = #map6} : (index) -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map5, step = 1 : index, upper_bound = #map6} : (index) -> ()
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
          %1 = "affine.load"(%arg0, %arg3, %arg4) {map = #map4} : (memref<?x?xf32>, index, index) -> f32
          "affine.store"(%1, %arg1, %arg3, %arg4) {map = #map4} : (f32, memref<?x?xf32>, index, index) -> ()
          "affine.yield"() : () -> ()
        }, {
          "affine.store"(%0, %arg1, %arg3, %arg4) {map = #map4} : (f32, memref<?x?xf32>, index, index) -> ()
          "affine.yield"() : () -> ()
        }) {condition = #set} : (index, index, index) -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map7, step = 1 : index, upper_bound = #map8} : (index, index, index) -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map9, step = 1 : index, upper_bound = #map10} : (index) -> ()
    "func.return"() : () -> ()
  }) {function_type = (memref<?x?xf32>, memref<?x?xf32>, index) -> (), sym_name = "clamp_copy"} : () -> ()
}) : () -> ()

