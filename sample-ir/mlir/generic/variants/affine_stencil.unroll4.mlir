#map = affine_map<(d0, d1) -> (d0 - 1, d1)>
#map1 = affine_map<(d0, d1) -> (d0 + 1, d1)>
#map2 = affine_map<(d0, d1) -> (d0, d1 - 1)>
#map3 = affine_map<(d0, d1) -> (d0, d1 + 1)>
#map4 = affine_map<(d0, d1) -> (d0, d1)>
#map5 = affine_map<(d0, d1) -> (d0 - 1, d1 + 1)>
#map6 = affine_map<(d0, d1) -> (d0 + 1, d1 + 1)>
#map7 = affine_map<(d0, d1) -> (d0, d1 + 2)>
#map8 = affine_map<(d0, d1) -> (d0 - 1, d1 + 2)>
#map9 = affine_map<(d0, d1) -> (d0 + 1, d1 + 2)>
#map10 = affine_map<(d0, d1) -> (d0, d1 + 3)>
#map11 = affine_map<(d0, d1) -> (d0 - 1, d1 + 3)>
#map12 = affine_map<(d0, d1) -> (d0 + 1, d1 + 3)>
#map13 = affine_map<(d0, d1) -> (d0, d1 + 4)>
#map14 = affine_map<() -> (1)>
#map15 = affine_map<()[s0] -> (((s0 - 2) floordiv 4) * 4 + 1)>
#map16 = affine_map<()[s0] -> (s0 - 1)>
#map17 = affine_map<(d0) -> (d0 + 1)>
#map18 = affine_map<(d0)[s0] -> (d0 + 8, s0)>
#map19 = affine_map<() -> (0)>
#map20 = affine_map<()[s0] -> (s0)>
#set = affine_set<(d0, d1)[s0] : (d0 - 1 >= 0, -d0 + s0 - 2 >= 0, d1 - 1 >= 0, -d1 + s0 - 2 >= 0)>
"builtin.module"() ({
  "func.func"() ({
  ^bb0(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>):
    %0 = "arith.constant"() {value = 2.500000e-01 : f32} : () -> f32
    %1 = "arith.constant"() {value = 0 : index} : () -> index
    %2 = "memref.dim"(%arg0, %1) : (memref<?x?xf32>, index) -> index
    "affine.for"(%2) ({
    ^bb0(%arg2: index):
      "affine.for"(%2) ({
      ^bb0(%arg3: index):
        %3 = "affine.load"(%arg0, %arg2, %arg3) {map = #map} : (memref<?x?xf32>, index, index) -> f32
        %4 = "affine.load"(%arg0, %arg2, %arg3) {map = #map1} : (memref<?x?xf32>, index, index) -> f32
        %5 = "affine.load"(%arg0, %arg2, %arg3) {map = #map2} : (memref<?x?xf32>, index, index) -> f32
        %6 = "affine.load"(%arg0, %arg2, %arg3) {map = #map3} : (memref<?x?xf32>, index, index) -> f32
        %7 = "arith.addf"(%3, %4) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        %8 = "arith.addf"(%5, %6) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        %9 = "arith.addf"(%7, %8) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        %10 = "arith.mulf"(%9, %0) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        "affine.store"(%10, %arg1, %arg2, %arg3) {map = #map4} : (f32, memref<?x?xf32>, index, index) -> ()
        %11 = "affine.load"(%arg0, %arg2, %arg3) {map = #map5} : (memref<?x?xf32>, index, index) -> f32
        %12 = "affine.load"(%arg0, %arg2, %arg3) {map = #map6} : (memref<?x?xf32>, index, index) -> f32
        %13 = "affine.load"(%arg0, %arg2, %arg3) {map = #map4} : (memref<?x?xf32>, index, index) -> f32
        %14 = "affine.load"(%arg0, %arg2, %arg3) {map = #map7} : (memref<?x?xf32>, index, index) -> f32
        %15 = "arith.addf"(%11, %12) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        %16 = "arith.addf"(%13, %14) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        %17 = "arith.addf"(%15, %16) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        %18 = "arith.mulf"(%17, %0) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        "affine.store"(%18, %arg1, %arg2, %arg3) {map = #map3} : (f32, memref<?x?xf32>, index, index) -> ()
        %19 = "affine.load"(%arg0, %arg2, %arg3) {map = #map8} : (memref<?x?xf32>, index, index) -> f32
        %20 = "affine.load"(%arg0, %arg2, %arg3) {map = #map9} : (memref<?x?xf32>, index, index) -> f32
        %21 = "affine.load"(%arg0, %arg2, %arg3) {map = #map3} : (memref<?x?xf32>, index, index) -> f32
        %22 = "affine.load"(%arg0, %arg2, %arg3) {map = #map10} : (memref<?x?xf32>, index, index) -> f32
        %23 = "arith.addf"(%19, %20) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        %24 = "arith.addf"(%21, %22) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        %25 = "arith.addf"(%23, %24) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        %26 = "arith.mulf"(%25, %0) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        "affine.store"(%26, %arg1, %arg2, %arg3) {map = #map7} : (f32, memref<?x?xf32>, index, index) -> ()
        %27 = "affine.load"(%arg0, %arg2, %arg3) {map = #map11} : (memref<?x?xf32>, index, index) -> f32
        %28 = "affine.load"(%arg0, %arg2, %arg3) {map = #map12} : (memref<?x?xf32>, index, index) -> f32
        %29 = "affine.load"(%arg0, %arg2, %arg3) {map = #map7} : (memref<?x?xf32>, index, index) -> f32
        %30 = "affine.load"(%arg0, %arg2, %arg3) {map = #map13} : (memref<?x?xf32>, index, index) -> f32
        %31 = "arith.addf"(%27, %28) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        %32 = "arith.addf"(%29, %30) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        %33 = "arith.addf"(%31, %32) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        %34 = "arith.mulf"(%33, %0) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        "affine.store"(%34, %arg1, %arg2, %arg3) {map = #map10} : (f32, memref<?x?xf32>, index, index) -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map14, step = 4 : index, upper_bound = #map15} : (index) -> ()
      "affine.for"(%2, %2) ({
      ^bb0(%arg3: index):
        %3 = "affine.load"(%arg0, %arg2, %arg3) {map = #map} : (memref<?x?xf32>, index, index) -> f32
        %4 = "affine.load"(%arg0, %arg2, %arg3) {map = #map1} : (memref<?x?xf32>, index, index) -> f32
        %5 = "affine.load"(%arg0, %arg2, %arg3) {map = #map2} : (memref<?x?xf32>, index, index) -> f32
        %6 = "affine.load"(%arg0, %arg2, %arg3) {map = #map3} : (memref<?x?xf32>, index, index) -> f32
        %7 = "arith.addf"(%3, %4) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        %8 = "arith.addf"(%5, %6) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        %9 = "arith.addf"(%7, %8) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        %10 = "arith.mulf"(%9, %0) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        "affine.store"(%10, %arg1, %arg2, %arg3) {map = #map4} : (f32, memref<?x?xf32>, index, index) -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map15, step = 1 : index, upper_bound = #map16} : (index, index) -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map14, step = 1 : index, upper_bound = #map16} : (index) -> ()
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
      }) {lower_bound = #map17, step = 1 : index, upper_bound = #map18} : (index, index, index) -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map19, step = 1 : index, upper_bound = #map20} : (index) -> ()
    "func.return"() : () -> ()
  }) {function_type = (memref<?x?xf32>, memref<?x?xf32>, index) -> (), sym_name = "clamp_copy"} : () -> ()
}) : () -> ()

