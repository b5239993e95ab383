#map = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map1 = affine_map<(d0) -> (d0)>
#map2 = affine_map<(d0) -> (d0 + 8)>
#map3 = affine_map<(d0) -> (d0 + 1)>
#map4 = affine_map<() -> (0)>
#map5 = affine_map<() -> (16)>
#map6 = affine_map<() -> (1)>
#map7 = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1 * 2 + d2, d3 * 2 + d4, d5)>
#map8 = affine_map<(d0) -> (d0 + 2)>
#map9 = affine_map<() -> (2)>
"builtin.module"() ({
  "func.func"() ({
  ^bb0(%arg0: memref<1x32x32x16xf32, strided<[?, ?, ?, ?], offset: ?>>):
    %0 = "arith.constant"() {value = -3.40282347E+38 : f32} : () -> f32
    %1 = "memref.alloc"() {alignment = 64 : i64, operand_segment_sizes = array<i32: 0, 0>} : () -> memref<1x16x16x16xf32>
    "affine.for"() ({
    ^bb0(%arg1: index):
      "affine.for"() ({
      ^bb0(%arg2: index):
        "affine.for"() ({
        ^bb0(%arg3: index):
          "affine.for"() ({
          ^bb0(%arg4: index):
            "affine.for"(%arg1, %arg1) ({
            ^bb0(%arg5: index):
              "affine.for"(%arg2, %arg2) ({
              ^bb0(%arg6: index):
                "affine.for"(%arg3, %arg3) ({
                ^bb0(%arg7: index):
                  "affine.for"(%arg4, %arg4) ({
                  ^bb0(%arg8: index):
                    "affine.store"(%0, %1, %arg5, %arg6, %arg7, %arg8) {map = #map} : (f32, memref<1x16x16x16xf32>, index, index, index, index) -> ()
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
    ^bb0(%arg1: index):
      "affine.for"() ({
      ^bb0(%arg2: index):
        "affine.for"() ({
        ^bb0(%arg3: index):
          "affine.for"() ({
          ^bb0(%arg4: index):
            "affine.for"() ({
            ^bb0(%arg5: index):
              "affine.for"() ({
              ^bb0(%arg6: index):
                "affine.for"(%arg1, %arg1) ({
                ^bb0(%arg7: index):
                  "affine.for"(%arg2, %arg2) ({
                  ^bb0(%arg8: index):
                    "affine.for"(%arg3, %arg3) ({
                    ^bb0(%arg9: index):
                      "affine.for"(%arg4, %arg4) ({
                      ^bb0(%arg10: index):
                        "affine.for"(%arg5, %arg5) ({
                        ^bb0(%arg11: index):
                          "affine.for"(%arg6, %arg6) ({
                          ^bb0(%arg12: index):
                            %2 = "affine.load"(%arg0, %arg7, %arg8, %arg11, %arg9, %arg12, %arg10) {map = #map7} : (memref<1x32x32x16xf32, strided<[?, ?, ?, ?], offset: ?>>, index, index, index, index, index, index) -> f32
                            %3 = "affine.load"(%1, %arg7, %arg8, %arg9, %arg10) {map = #map} : (memref<1x16x16x16xf32>, index, index, index, index) -> f32
                            %4 = "arith.maxf"(%3, %2) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
                            "affine.store"(%4, %1, %arg7, %arg8, %arg9, %arg10) {map = #map} : (f32, memref<1x16x16x16xf32>, index, index, index, index) -> ()
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
            }) {lower_bound = #map4, step = 8 : index, upper_bound = #map9} : () -> ()
            "affine.yield"() : () -> ()
          }) {lower_bound = #map4, step = 8 : index, upper_bound = #map5} : () -> ()
          "affine.yield"() : () -> ()
        }) {lower_bound = #map4, step = 8 : index, upper_bound = #map5} : () -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map4, step = 8 : index, upper_bound = #map5} : () -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map4, step = 8 : index, upper_bound = #map6} : () -> ()
    "func.return"(%1) : (memref<1x16x16x16xf32>) -> ()
  }) {function_type = (memref<1x32x32x16xf32, strided<[?, ?, ?, ?], offset: ?>>) -> memref<1x16x16x16xf32>, sym_name = "max_pool"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<1x32x32x16xf32>, %arg1: memref<1x16x16x16xf32>):
    "affine.for"() ({
    ^bb0(%arg2: index):
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
                "affine.for"(%arg2, %arg2) ({
                ^bb0(%arg8: index):
                  "affine.for"(%arg3, %arg3) ({
                  ^bb0(%arg9: index):
                    "affine.for"(%arg4, %arg4) ({
                    ^bb0(%arg10: index):
                      "affine.for"(%arg5, %arg5) ({
                      ^bb0(%arg11: index):
                        "affine.for"(%arg6, %arg6) ({
                        ^bb0(%arg12: index):
                          "affine.for"(%arg7, %arg7) ({
                          ^bb0(%arg13: index):
                            %0 = "affine.load"(%arg0, %arg8, %arg9, %arg12, %arg10, %arg13, %arg11) {map = #map7} : (memref<1x32x32x16xf32>, index, index, index, index, index, index) -> f32
                            %1 = "affine.load"(%arg1, %arg8, %arg9, %arg10, %arg11) {map = #map} : (memref<1x16x16x16xf32>, index, index, index, index) -> f32
                            %2 = "arith.addf"(%1, %0) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
                            "affine.store"(%2, %arg1, %arg8, %arg9, %arg10, %arg11) {map = #map} : (f32, memref<1x16x16x16xf32>, index, index, index, index) -> ()
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
            }) {lower_bound = #map4, step = 8 : index, upper_bound = #map9} : () -> ()
            "affine.yield"() : () -> ()
          }) {lower_bound = #map4, step = 8 : index, upper_bound = #map5} : () -> ()
          "affine.yield"() : () -> ()
        }) {lower_bound = #map4, step = 8 : index, upper_bound = #map5} : () -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map4, step = 8 : index, upper_bound = #map5} : () -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map4, step = 8 : index, upper_bound = #map6} : () -> ()
    "func.return"() : () -> ()
  }) {function_type = (memref<1x32x32x16xf32>, memref<1x16x16x16xf32>) -> (), sym_name = "sum_pool"} : () -> ()
}) : () -> ()

