#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0, d1) -> (d0 + 1, d1)>
#map2 = affine_map<() -> (0)>
#map3 = affine_map<() -> (48)>
#map4 = affine_map<() -> (16)>
#map5 = affine_map<() -> (32)>
#map6 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map7 = affine_map<(d0, d1, d2) -> (d0 + 1, d1, d2)>
#map8 = affine_map<() -> (8)>
#map9 = affine_map<() -> (12)>
#map10 = affine_map<() -> (4)>
#map11 = affine_map<(d0) -> (d0)>
#map12 = affine_map<(d0) -> (d0 + 1)>
#map13 = affine_map<() -> (40)>
#map14 = affine_map<() -> (24)>
"builtin.module"() ({
  "func.func"() ({
  ^bb0(%arg0: memref<32x48xf32>, %arg1: memref<48x16xf32>, %arg2: memref<32x16xf32>):
    "affine.for"() ({
    ^bb0(%arg3: index):
      "affine.for"() ({
      ^bb0(%arg4: index):
        "affine.for"() ({
        ^bb0(%arg5: index):
          %0 = "affine.load"(%arg0, %arg3, %arg5) {map = #map} : (memref<32x48xf32>, index, index) -> f32
          %1 = "affine.load"(%arg1, %arg5, %arg4) {map = #map} : (memref<48x16xf32>, index, index) -> f32
          %2 = "affine.load"(%arg2, %arg3, %arg4) {map = #map} : (memref<32x16xf32>, index, index) -> f32
          %3 = "arith.mulf"(%0, %1) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
          %4 = "arith.addf"(%2, %3) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
          "affine.store"(%4, %arg2, %arg3, %arg4) {map = #map} : (f32, memref<32x16xf32>, index, index) -> ()
          %5 = "affine.load"(%arg0, %arg3, %arg5) {map = #map1} : (memref<32x48xf32>, index, index) -> f32
          %6 = "affine.load"(%arg1, %arg5, %arg4) {map = #map} : (memref<48x16xf32>, index, index) -> f32
          %7 = "affine.load"(%arg2, %arg3, %arg4) {map = #map1} : (memref<32x16xf32>, index, index) -> f32
          %8 = "arith.mulf"(%5, %6) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
          %9 = "arith.addf"(%7, %8) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
          "affine.store"(%9, %arg2, %arg3, %arg4) {map = #map1} : (f32, memref<32x16xf32>, index, index) -> ()
          "affine.yield"() : () -> ()
        }) {lower_bound = #map2, step = 1 : index, upper_bound = #map3} : () -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map2, step = 1 : index, upper_bound = #map4} : () -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map2, step = 2 : index, upper_bound = #map5} : () -> ()
    "func.return"() : () -> ()
  }) {function_type = (memref<32x48xf32>, memref<48x16xf32>, memref<32x16xf32>) -> (), sym_name = "matmul"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<4x16x8xf32>, %arg1: memref<4x8x12xf32>, %arg2: memref<4x16x12xf32>):
    "affine.for"() ({
    ^bb0(%arg3: index):
      "affine.for"() ({
      ^bb0(%arg4: index):
        "affine.for"() ({
        ^bb0(%arg5: index):
          "affine.for"() ({
          ^bb0(%arg6: index):
            %0 = "affine.load"(%arg0, %arg3, %arg4, %arg6) {map = #map6} : (memref<4x16x8xf32>, index, index, index) -> f32
            %1 = "affine.load"(%arg1, %arg3, %arg6, %arg5) {map = #map6} : (memref<4x8x12xf32>, index, index, index) -> f32
            %2 = "affine.load"(%arg2, %arg3, %arg4, %arg5) {map = #map6} : (memref<4x16x12xf32>, index, index, index) -> f32
            %3 = "arith.mulf"(%0, %1) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
            %4 = "arith.addf"(%2, %3) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
            "affine.store"(%4, %arg2, %arg3, %arg4, %arg5) {map = #map6} : (f32, memref<4x16x12xf32>, index, index, index) -> ()
            %5 = "affine.load"(%arg0, %arg3, %arg4, %arg6) {map = #map7} : (memref<4x16x8xf32>, index, index, index) -> f32
            %6 = "affine.load"(%arg1, %arg3, %arg6, %arg5) {map = #map7} : (memref<4x8x12xf32>, index, index, index) -> f32
            %7 = "affine.load"(%arg2, %arg3, %arg4, %arg5) {map = #map7} : (memref<4x16x12xf32>, index, index, index) -> f32
            %8 = "arith.mulf"(%5, %6) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
            %9 = "arith.addf"(%7, %8) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
            "affine.store"(%9, %arg2, %arg3, %arg4, %arg5) {map = #map7} : (f32, memref<4x16x12xf32>, index, index, index) -> ()
            "affine.yield"() : () -> ()
          }) {lower_bound = #map2, step = 1 : index, upper_bound = #map8} : () -> ()
          "affine.yield"() : () -> ()
        }) {lower_bound = #map2, step = 1 : index, upper_bound = #map9} : () -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map2, step = 1 : index, upper_bound = #map4} : () -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map2, step = 2 : index, upper_bound = #map10} : () -> ()
    "func.return"() : () -> ()
  }) {function_type = (memref<4x16x8xf32>, memref<4x8x12xf32>, memref<4x16x12xf32>) -> (), sym_name = "batch_matmul"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<24x40xf32>, %arg1: memref<40xf32>, %arg2: memref<24xf32>):
    "affine.for"() ({
    ^bb0(%arg3: index):
      "affine.for"() ({
      ^bb0(%arg4: index):
        %0 = "affine.load"(%arg0, %arg3, %arg4) {map = #map} : (memref<24x40xf32>, index, index) -> f32
        %1 = "affine.load"(%arg1, %arg4) {map = #map11} : (memref<40xf32>, index) -> f32
        %2 = "affine.load"(%arg2, %arg3) {map = #map11} : (memref<24xf32>, index) -> f32
        %3 = "arith.mulf"(%0, %1) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        %4 = "arith.addf"(%2, %3) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        "affine.store"(%4, %arg2, %arg3) {map = #map11} : (f32, memref<24xf32>, index) -> ()
        %5 = "affine.load"(%arg0, %arg3, %arg4) {map = #map1} : (memref<24x40xf32>, index, index) -> f32
        %6 = "affine.load"(%arg1, %arg4) {map = #map11} : (memref<40xf32>, index) -> f32
        %7 = "affine.load"(%arg2, %arg3) {map = #map12} : (memref<24xf32>, index) -> f32
        %8 = "arith.mulf"(%5, %6) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        %9 = "arith.addf"(%7, %8) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        "affine.store"(%9, %arg2, %arg3) {map = #map12} : (f32, memref<24xf32>, index) -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map2, step = 1 : index, upper_bound = #map13} : () -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map2, step = 2 : index, upper_bound = #map14} : () -> ()
    "func.return"() : () -> ()
  }) {function_type = (memref<24x40xf32>, memref<40xf32>, memref<24xf32>) -> (), sym_name = "matvec"} : () -> ()
}) : () -> ()

