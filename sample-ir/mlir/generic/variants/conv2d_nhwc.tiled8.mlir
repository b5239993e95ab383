#map = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map1 = affine_map<(d0) -> (d0)>
#map2 = affine_map<(d0) -> (d0 + 8)>
#map3 = affine_map<(d0) -> (d0 + 1)>
#map4 = affine_map<() -> (0)>
#map5 = affine_map<() -> (16)>
#map6 = affine_map<() -> (1)>
#map7 = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1 + d2, d3 + d4, d5)>
#map8 = affine_map<(d0) -> (d0 + 3)>
#map9 = affine_map<() -> (8)>
#map10 = affine_map<() -> (3)>
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
            "affine.for"(%arg3, %arg3) ({
            ^bb0(%arg7: index):
              "affine.for"(%arg4, %arg4) ({
              ^bb0(%arg8: index):
                "affine.for"(%arg5, %arg5) ({
                ^bb0(%arg9: index):
                  "affine.for"(%arg6, %arg6) ({
                  ^bb0(%arg10: index):
                    "affine.store"(%0, %2, %arg7, %arg8, %arg9, %arg10) {map = #map} : (f32, memref<1x16x16x16xf32>, index, index, index, index) -> ()
                    "affine.yield"() : () -> ()
                  }) {lower_bound = #map1, step = 1 : index, upper_bound = #map2} : (index, index) -> ()
                  "affine.yield"() : () -> ()
                }) {lower_bound = #map1, step = 1 : index, upper_bound = #map2} : (index, index) -> ()
                "affine.yield"() : () -> ()
              }) {lower_bound = #map1, step = 1 : index, upper_bound = #map2} : (index, index) -> ()
              "affine.yield"() : () -> ()
            }) {lower_bound = #map1, step = 1 : index, upper_bound = #map3} : (index, index) -> ()
            "affine.yield"() : () -> ()
          }) {lower_bound = #map4, step = 8 : index, upper_bound = #map5} : () -> ()
          "affine.yield"() : () -> ()
        }) {lower_bound = #map4, step = 8 : index, upper_bound = #map5} : () -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map4, step = 8 : index, upper_bound = #map5} : () -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map4, step = 8 : index, upper_bound = #map6} : () -> ()
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
                  "affine.for"(%arg3, %arg3) ({
                  ^bb0(%arg10: index):
                    "affine.for"(%arg4, %arg4) ({
                    ^bb0(%arg11: index):
                      "affine.for"(%arg5, %arg5) ({
                      ^bb0(%arg12: index):
                        "affine.for"(%arg6, %arg6) ({
                        ^bb0(%arg13: index):
                          "affine.for"(%arg7, %arg7) ({
                          ^bb0(%arg14: index):
                            "affine.for"(%arg8, %arg8) ({
                            ^bb0(%arg15: index):
                              "affine.for"(%arg9, %arg9) ({
                              ^bb0(%arg16: index):
                                %3 = "affine.load"(%arg0, %arg10, %arg11, %arg14, %arg12, %arg15, %arg16) {map = #map7} : (memref<1x18x18x8xf32, strided<[?, ?, ?, ?], offset: ?>>, index, index, index, index, index, index) -> f32
                                %4 = "affine.load"(%arg1, %arg14, %arg15, %arg16, %arg13) {map = #map} : (memref<3x3x8x16xf32, strided<[?, ?, ?, ?], offset: ?>>, index, index, index, index) -> f32
                                %5 = "affine.load"(%2, %arg10, %arg11, %arg12, %arg13) {map = #map} : (memref<1x16x16x16xf32>, index, index, index, index) -> f32
                                %6 = "arith.mulf"(%3, %4) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
                                %7 = "arith.addf"(%5, %6) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
                                "affine.store"(%7, %2, %arg10, %arg11, %arg12, %arg13) {map = #map} : (f32, memref<1x16x16x16xf32>, index, index, index, index) -> ()
                                "affine.yield"() : () -> ()
                              }) {lower_bound = #map1, step = 1 : index, upper_bound = #map2} : (index, index) -> ()
                              "affine.yield"() : () -> ()
                            }) {lower_bound = #map1, step = 1 : index, upper_bound = #map8} : (index, index) -> ()
                            "affine.yield"() : () -> ()
                          }) {lower_bound = #map1, step = 1 : index, upper_bound = #map8} : (index, index) -> ()
                          "affine.yield"() : () -> ()
                        }) {lower_bound = #map1, step = 1 : index, upper_bound = #map2} : (index, index) -> ()
                        "affine.yield"() : () -> ()
                      }) {lower_bound = #map1, step = 1 : index, upper_bound = #map2} : (index, index) -> ()
                      "affine.yield"() : () -> ()
                    }) {lower_bound = #map1, step = 1 : index, upper_bound = #map2} : (index, index) -> ()
                    "affine.yield"() : () -> ()
                  }) {lower_bound = #map1, step = 1 : index, upper_bound = #map3} : (index, index) -> ()
                  "affine.yield"() : () -> ()
                }) {lower_bound = #map4, step = 8 : index, upper_bound = #map9} : () -> ()
                "affine.yield"() : () -> ()
              }) {lower_bound = #map4, step = 8 : index, upper_bound = #map10} : () -> ()
              "affine.yield"() : () -> ()
            }) {lower_bound = #map4, step = 8 : index, upper_bound = #map10} : () -> ()
            "affine.yield"() : () -> ()
          }) {lower_bound = #map4, step = 8 : index, upper_bound = #map5} : () -> ()
          "affine.yield"() : () -> ()
        }) {lower_bound = #map4, step = 8 : index, upper_bound = #map5} : () -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map4, step = 8 : index, upper_bound = #map5} : () -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map4, step = 8 : index, upper_bound = #map6} : () -> ()
    "affine.for"() ({
    ^bb0(%arg3: index):
      "affine.for"() ({
      ^bb0(%arg4: index):
        "affine.for"() ({
        ^bb0(%arg5: index):
          "affine.for"() ({
          ^bb0(%arg6: index):
            "affine.for"(%arg3, %arg3) ({
            ^bb0(%arg7: index):
              "affine.for"(%arg4, %arg4) ({
              ^bb0(%arg8: index):
                "affine.for"(%arg5, %arg5) ({
                ^bb0(%arg9: index):
                  "affine.for"(%arg6, %arg6) ({
                  ^bb0(%arg10: index):
                    %3 = "affine.load"(%arg2, %arg10) {map = #map1} : (memref<16xf32, strided<[?], offset: ?>>, index) -> f32
                    %4 = "affine.load"(%2, %arg7, %arg8, %arg9, %arg10) {map = #map} : (memref<1x16x16x16xf32>, index, index, index, index) -> f32
                    %5 = "arith.addf"(%4, %3) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
                    %6 = "arith.maxf"(%5, %0) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
                    "affine.store"(%6, %1, %arg7, %arg8, %arg9, %arg10) {map = #map} : (f32, memref<1x16x16x16xf32>, index, index, index, index) -> ()
                    "affine.yield"() : () -> ()
                  }) {lower_bound = #map1, step = 1 : index, upper_bound = #map2} : (index, index) -> ()
                  "affine.yield"() : () -> ()
                }) {lower_bound = #map1, step = 1 : index, upper_bound = #map2} : (index, index) -> ()
                "affine.yield"() : () -> ()
              }) {lower_bound = #map1, step = 1 : index, upper_bound = #map2} : (index, index) -> ()
              "affine.yield"() : () -> ()
            }) {lower_bound = #map1, step = 1 : index, upper_bound = #map3} : (index, index) -> ()
            "affine.yield"() : () -> ()
          }) {lower_bound = #map4, step = 8 : index, upper_bound = #map5} : () -> ()
          "affine.yield"() : () -> ()
        }) {lower_bound = #map4, step = 8 : index, upper_bound = #map5} : () -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map4, step = 8 : index, upper_bound = #map5} : () -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map4, step = 8 : index, upper_bound = #map6} : () -> ()
    "memref.dealloc"(%2) : (memref<1x16x16x16xf32>) -> ()
    "func.return"(%1) : (memref<1x16x16x16xf32>) -> ()
  }) {function_type = (memref<1x18x18x8xf32, strided<[?, ?, ?, ?], offset: ?>>, memref<3x3x8x16xf32, strided<[?, ?, ?, ?], offset: ?>>, memref<16xf32, strided<[?], offset: ?>>) -> memref<1x16x16x16xf32>, sym_name = "conv_bias_relu"} : () -> ()
}) : () -> ()

