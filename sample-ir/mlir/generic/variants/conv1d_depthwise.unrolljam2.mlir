#map = affine_map<(d0, d1, d2, d3) -> (d0, d1 + d2, d3)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map2 = affine_map<() -> (0)>
#map3 = affine_map<() -> (4)>
#map4 = affine_map<() -> (5)>
#map5 = affine_map<() -> (8)>
#map6 = affine_map<() -> (60)>
#map7 = affine_map<() -> (1)>
#map8 = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1 * 2 + d2, d3 * 2 + d4, d5)>
#map9 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map10 = affine_map<() -> (3)>
#map11 = affine_map<() -> (16)>
"builtin.module"() ({
  "func.func"() ({
  ^bb0(%arg0: memref<1x64x4xf32>, %arg1: memref<5x4x8xf32>, %arg2: memref<1x60x8xf32>):
    "affine.for"() ({
    ^bb0(%arg3: index):
      "affine.for"() ({
      ^bb0(%arg4: index):
        "affine.for"() ({
        ^bb0(%arg5: index):
          "affine.for"() ({
          ^bb0(%arg6: index):
            "affine.for"() ({
            ^bb0(%arg7: index):
              %0 = "affine.load"(%arg0, %arg3, %arg4, %arg6, %arg7) {map = #map} : (memref<1x64x4xf32>, index, index, index, index) -> f32
              %1 = "affine.load"(%arg1, %arg6, %arg7, %arg5) {map = #map1} : (memref<5x4x8xf32>, index, index, index) -> f32
              %2 = "affine.load"(%arg2, %arg3, %arg4, %arg5) {map = #map1} : (memref<1x60x8xf32>, index, index, index) -> f32
              %3 = "arith.mulf"(%0, %1) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
              %4 = "arith.addf"(%2, %3) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
              "affine.store"(%4, %arg2, %arg3, %arg4, %arg5) {map = #map1} : (f32, memref<1x60x8xf32>, index, index, index) -> ()
              "affine.yield"() : () -> ()
            }) {lower_bound = #map2, step = 1 : index, upper_bound = #map3} : () -> ()
            "affine.yield"() : () -> ()
          }) {lower_bound = #map2, step = 1 : index, upper_bound = #map4} : () -> ()
          "affine.yield"() : () -> ()
        }) {lower_bound = #map2, step = 1 : index, upper_bound = #map5} : () -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map2, step = 1 : index, upper_bound = #map6} : () -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map2, step = 1 : index, upper_bound = #map7} : () -> ()
    "func.return"() : () -> ()
  }) {function_type = (memref<1x64x4xf32>, memref<5x4x8xf32>, memref<1x60x8xf32>) -> (), sym_name = "conv1d"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<1x33x33x8xf32>, %arg1: memref<3x3x8xf32>, %arg2: memref<1x16x16x8xf32>):
    "affine.for"() ({
    ^bb0(%arg3: index):
      "affine.for"() ({
      ^bb0(%arg4: index):
        "affine.for"() ({
        ^bb0(%arg5: index):
          "affine.for"() ({
          ^bb0(%arg6: index):
            "affine.for"() ({
            ^bb0(%arg7: index):
              "affine.for"() ({
              ^bb0(%arg8: index):
                %0 = "affine.load"(%arg0, %arg3, %arg4, %arg7, %arg5, %arg8, %arg6) {map = #map8} : (memref<1x33x33x8xf32>, index, index, index, index, index, index) -> f32
                %1 = "affine.load"(%arg1, %arg7, %arg8, %arg6) {map = #map1} : (memref<3x3x8xf32>, index, index, index) -> f32
                %2 = "affine.load"(%arg2, %arg3, %arg4, %arg5, %arg6) {map = #map9} : (memref<1x16x16x8xf32>, index, index, index, index) -> f32
                %3 = "arith.mulf"(%0, %1) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
                %4 = "arith.addf"(%2, %3) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
                "affine.store"(%4, %arg2, %arg3, %arg4, %arg5, %arg6) {map = #map9} : (f32, memref<1x16x16x8xf32>, index, index, index, index) -> ()
                "affine.yield"() : () -> ()
              }) {lower_bound = #map2, step = 1 : index, upper_bound = #map10} : () -> ()
              "affine.yield"() : () -> ()
            }) {lower_bound = #map2, step = 1 : index, upper_bound = #map10} : () -> ()
            "affine.yield"() : () -> ()
          }) {lower_bound = #map2, step = 1 : index, upper_bound = #map5} : () -> ()
          "affine.yield"() : () -> ()
        }) {lower_bound = #map2, step = 1 : index, upper_bound = #map11} : () -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map2, step = 1 : index, upper_bound = #map11} : () -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map2, step = 1 : index, upper_bound = #map7} : () -> ()
    "func.return"() : () -> ()
  }) {function_type = (memref<1x33x33x8xf32>, memref<3x3x8xf32>, memref<1x16x16x8xf32>) -> (), sym_name = "depthwise"} : () -> ()
}) : () -> ()

