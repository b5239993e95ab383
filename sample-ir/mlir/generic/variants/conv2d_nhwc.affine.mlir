#map = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map1 = affine_map<() -> (0)>
#map2 = affine_map<() -> (16)>
#map3 = affine_map<() -> (1)>
#map4 = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1 + d2, d3 + d4, d5)>
#map5 = affine_map<() -> (8)>
#map6 = affine_map<() -> (3)>
#map7 = affine_map<(d0) -> (d0)>
"builtin.module"() ({
  "func.func"() ({
  ^bb0(%arg0: memref<1x18x18x8xf32, strided<[?, ?, ?, ?], offset: ?>>, %arg1: memref<3x3x8x16xf32, strided<[?, ?, ?, ?], offset: ?>>, %arg2: memref<16xf32, strided<[?], offset: ?>>):
    %0 = "arith.constant"() {value = 0.000000e+00 : f32} : () -> f32
    %1 = "memref.alloc"() {alignment = 64 : i64, operand_segment_sizes = array<i32: 0, 0>} : () -> memref<1x16x16x16xf32>
    %2 = "memref.alloc"() {alignment = 64 : i64, operand_segment_sizes = array<i32: 0, 0>} : () -> memref<1x16x16x16xf32>
    "affine.for"() ({
    ^bb0(%arg3: index):
      "affine.for"() ({
      ^bb0(%arg4: index):
        "affine.for"() ({
        ^bb0(%arg5: index):
          "affine.for"() ({
          ^bb0(%arg6: index):
            "affine.store"(%0, %2, %arg3, %arg4, %arg5, %arg6) {map = #map} : (f32, memref<1x16x16x16xf32>, index, index, index, index) -> ()
            "affine.yield"() : () -> ()
          }) {lower_bound = #map1, step = 1 : index, upper_bound = #map2} : () -> ()
          "affine.yield"() : () -> ()
        }) {lower_bound = #map1, step = 1 : index, upper_bound = #map2} : () -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map1, step = 1 : index, upper_bound = #map2} : () -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map1, step = 1 : index, upper_bound = #map3} : () -> ()
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
                "affine.for"() ({
                ^bb0(%arg9: index):
                  %3 = "affine.load"(%arg0, %arg3, %arg4, %arg7, %arg5, %arg8, %arg9) {map = #map4} : (memref<1x18x18x8xf32, strided<[?, ?, ?, ?], offset: ?>>, index, index, index, index, index, index) -> f32
                  %4 = "affine.load"(%arg1, %arg7, %arg8, %arg9, %arg6) {map = #map} : (memref<3x3x8x16xf32, strided<[?, ?, ?, ?], offset: ?>>, index, index, index, index) -> f32
                  %5 = "affine.load"(%2, %arg3, %arg4, %arg5, %arg6) {map = #map} : (memref<1x16x16x16xf32>, index, index, index, index) -> f32
                  %6 = "arith.mulf"(%3, %4) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
                  %7 = "arith.addf"(%5, %6) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
                  "affine.store"(%7, %2, %arg3, %arg4, %arg5, %arg6) {map = #map} : (f32, memref<1x16x16x16xf32>, index, index, index, index) -> ()
                  "affine.yield"() : () -> ()
                }) {lower_bound = #map1, step = 1 : index, upper_bound = #map5} : () -> ()
                "affine.yield"() : () -> ()
              }) {lower_bound = #map1, step = 1 : index, upper_bound = #map6} : () -> ()
              "affine.yield"() : () -> ()
            }) {lower_bound = #map1, step = 1 : index, upper_bound = #map6} : () -> ()
            "affine.yield"() : () -> ()
          }) {lower_bound = #map1, step = 1 : index, upper_bound = #map2} : () -> ()
          "affine.yield"() : () -> ()
        }) {lower_bound = #map1, step = 1 : index, upper_bound = #map2} : () -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map1, step = 1 : index, upper_bound = #map2} : () -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map1, step = 1 : index, upper_bound = #map3} : () -> ()
    "affine.for"() ({
    ^bb0(%arg3: index):
      "affine.for"() ({
      ^bb0(%arg4: index):
        "affine.for"() ({
        ^bb0(%arg5: index):
          "affine.for"() ({
          ^bb0(%arg6: index):
            %3 = "affine.load"(%arg2, %arg6) {map = #map7} : (memref<16xf32, strided<[?], offset: ?>>, index) -> f32
            %4 = "affine.load"(%2, %arg3, %arg4, %arg5, %arg6) {map = #map} : (memref<1x16x16x16xf32>, index, index, index, index) -> f32
            %5 = "arith.addf"(%4, %3) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
            %6 = "arith.maxf"(%5, %0) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
            "affine.store"(%6, %1, %arg3, %arg4, %arg5, %arg6) {map = #map} : (f32, memref<1x16x16x16xf32>, index, index, index, index) -> ()
            "affine.yield"() : () -> ()
          }) {lower_bound = #map1, step = 1 : index, upper_bound = #map2} : () -> ()
          "affine.yield"() : () -> ()
        }) {lower_bound = #map1, step = 1 : index, upper_bound = #map2} : () -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map1, step = 1 : index, upper_bound = #map2} : () -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map1, step = 1 : index, upper_bound = #map3} : () -> ()
    "memref.dealloc"(%2) : (memref<1x16x16x16xf32>) -> ()
    "func.return"(%1) : (memref<1x16x16x16xf32>) -> ()
  }) {function_type = (memref<1x18x18x8xf32, strided<[?, ?, ?, ?], offset: ?>>, memref<3x3x8x16xf32, strided<[?, ?, ?, ?], offset: ?>>, memref<16xf32, strided<[?], offset: ?>>) -> memref<1x16x16x16xf32>, sym_name = "conv_bias_relu"} : () -> ()
}) : () -> ()

