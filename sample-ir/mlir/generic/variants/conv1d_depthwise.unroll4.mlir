#map = affine_map<(d0, d1, d2) -> (d0, d1 + d2, 0)>
#map1 = affine_map<(d0, d1) -> (d0, 0, d1)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map3 = affine_map<(d0, d1, d2) -> (d0, d1 + d2, 1)>
#map4 = affine_map<(d0, d1) -> (d0, 1, d1)>
#map5 = affine_map<(d0, d1, d2) -> (d0, d1 + d2, 2)>
#map6 = affine_map<(d0, d1) -> (d0, 2, d1)>
#map7 = affine_map<(d0, d1, d2) -> (d0, d1 + d2, 3)>
#map8 = affine_map<(d0, d1) -> (d0, 3, d1)>
#map9 = affine_map<() -> (0)>
#map10 = affine_map<() -> (5)>
#map11 = affine_map<() -> (8)>
#map12 = affine_map<() -> (60)>
#map13 = affine_map<() -> (1)>
#map14 = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1 * 2 + d2, d3 * 2 + d4, d5)>
#map15 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map16 = affine_map<() -> (3)>
#map17 = affine_map<() -> (16)>
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
            %0 = "affine.load"(%arg0, %arg3, %arg4, %arg6) {map = #map} : (memref<1x64x4xf32>, index, index, index) -> f32
            %1 = "affine.load"(%arg1, %arg6, %arg5) {map = #map1} : (memref<5x4x8xf32>, index, index) -> f32
            %2 = "affine.load"(%arg2, %arg3, %arg4, %arg5) {map = #map2} : (memref<1x60x8xf32>, index, index, index) -> f32
            %3 = "arith.mulf"(%0, %1) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
            %4 = "arith.addf"(%2, %3) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
            "affine.store"(%4, %arg2, %arg3, %arg4, %arg5) {map = #map2} : (f32, memref<1x60x8xf32>, index, index, index) -> ()
            %5 = "affine.load"(%arg0, %arg3, %arg4, %arg6) {map = #map3} : (memref<1x64x4xf32>, index, index, index) -> f32
            %6 = "affine.load"(%arg1, %arg6, %arg5) {map = #map4} : (memref<5x4x8xf32>, index, index) -> f32
            %7 = "affine.load"(%arg2, %arg3, %arg4, %arg5) {map = #map2} : (memref<1x60x8xf32>, index, index, index) -> f32
            %8 = "arith.mulf"(%5, %6) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
            %9 = "arith.addf"(%7, %8) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
            "affine.store"(%9, %arg2, %arg3, %arg4, %arg5) {map = #map2} : (f32, memref<1x60x8xf32>, index, index, index) -> ()
            %10 = "affine.load"(%arg0, %arg3, %arg4, %arg6) {map = #map5} : (memref<1x64x4xf32>, index, index, index) -> f32
            %11 = "affine.load"(%arg1, %arg6, %arg5) {map = #map6} : (memref<5x4x8xf32>, index, index) -> f32
            %12 = "affine.load"(%arg2, %arg3, %arg4, %arg5) {map = #map2} : (memref<1x60x8xf32>, index, index, index) -> f32
            %13 = "arith.mulf"(%10, %11) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
            %14 = "arith.addf"(%12, %13) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
            "affine.store"(%14, %arg2, %arg3, %arg4, %arg5) {map = #map2} : (f32, memref<1x60x8xf32>, index, index, index) -> ()
            %15 = "affine.load"(%arg0, %arg3, %arg4, %arg6) {map = #map7} : (memref<1x64x4xf32>, index, index, index) -> f32
            %16 = "affine.load"(%arg1, %arg6, %arg5) {map = #map8} : (memref<5x4x8xf32>, index, index) -> f32
            %17 = "affine.load"(%arg2, %arg3, %arg4, %arg5) {map = #map2} : (memref<1x60x8xf32>, index, index, index) -> f32
            %18 = "arith.mulf"(%15, %16) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
            %19 = "arith.addf"(%17, %18) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
            "affine.store"(%19, %arg2, %arg3, %arg4, %arg5) {map = #map2} : (f32, memref<1x60x8xf32>, index, index, index) -> ()
            "affine.yield"() : () -> ()
          }) {lower_bound = #map9, step = 1 : index, upper_bound = #map10} : () -> ()
          "affine.yield"() : () -> ()
        }) {lower_bound = #map9, step = 1 : index, upper_bound = #map11} : () -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map9, step = 1 : index, upper_bound = #map12} : () -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map9, step = 1 : index, upper_bound = #map13} : () -> ()
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
                %0 = "affine.load"(%arg0, %arg3, %arg4, %arg7, %arg5, %arg8, %arg6) {map = #map14} : (memref<1x33x33x8xf32>, index, index, index, index, index, index) -> f32
                %1 = "affine.load"(%arg1, %arg7, %arg8, %arg6) {map = #map2} : (memref<3x3x8xf32>, index, index, index) -> f32
                %2 = "affine.load"(%arg2, %arg3, %arg4, %arg5, %arg6) {map = #map15} : (memref<1x16x16x8xf32>, index, index, index, index) -> f32
                %3 = "arith.mulf"(%0, %1) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
                %4 = "arith.addf"(%2, %3) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
                "affine.store"(%4, %arg2, %arg3, %arg4, %arg5, %arg6) {map = #map15} : (f32, memref<1x16x16x8xf32>, index, index, index, index) -> ()
                "affine.yield"() : () -> ()
              }) {lower_bound = #map9, step = 1 : index, upper_bound = #map16} : () -> ()
              "affine.yield"() : () -> ()
            }) {lower_bound = #map9, step = 1 : index, upper_bound = #map16} : () -> ()
            "affine.yield"() : () -> ()
          }) {lower_bound = #map9, step = 1 : index, upper_bound = #map11} : () -> ()
          "affine.yield"() : () -> ()
        }) {lower_bound = #map9, step = 1 : index, upper_bound = #map17} : () -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map9, step = 1 : index, upper_bound = #map17} : () -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map9, step = 1 : index, upper_bound = #map13} : () -> ()
    "func.return"() : () -> ()
  }) {function_type = (memref<1x33x33x8xf32>, memref<3x3x8xf32>, memref<1x16x16x8xf32>) -> (), sym_name = "depthwise"} : () -> ()
}) : () -> ()

