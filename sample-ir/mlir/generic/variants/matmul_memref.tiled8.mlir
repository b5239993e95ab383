#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0) -> (d0)>
#map2 = affine_map<(d0) -> (d0 + 8)>
#map3 = affine_map<() -> (0)>
#map4 = affine_map<() -> (48)>
#map5 = affine_map<() -> (16)>
#map6 = affine_map<() -> (32)>
#map7 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map8 = affine_map<(d0) -> (d0 + 8, 12)>
#map9 = affine_map<(d0) -> (d0 + 4)>
#map10 = affine_map<() -> (8)>
#map11 = affine_map<() -> (12)>
#map12 = affine_map<() -> (4)>
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
          "affine.for"(%arg3, %arg3) ({
          ^bb0(%arg6: index):
            "affine.for"(%arg4, %arg4) ({
            ^bb0(%arg7: index):
              "affine.for"(%arg5, %arg5) ({
              ^bb0(%arg8: index):
                %0 = "affine.load"(%arg0, %arg6, %arg8) {map = #map} : (memref<32x48xf32>, index, index) -> f32
                %1 = "affine.load"(%arg1, %arg8, %arg7) {map = #map} : (memref<48x16xf32>, index, index) -> f32
                %2 = "affine.load"(%arg2, %arg6, %arg7) {map = #map} : (memref<32x16xf32>, index, index) -> f32
                %3 = "arith.mulf"(%0, %1) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
                %4 = "arith.addf"(%2, %3) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
                "affine.store"(%4, %arg2, %arg6, %arg7) {map = #map} : (f32, memref<32x16xf32>, index, index) -> ()
                "affine.yield"() : () -> ()
              }) {lower_bound = #map1, step = 1 : index, upper_bound = #map2} : (index, index) -> ()
              "affine.yield"() : () -> ()
            }) {lower_bound = #map1, step = 1 : index, upper_bound = #map2} : (index, index) -> ()
            "affine.yield"() : () -> ()
          }) {lower_bound = #map1, step = 1 : index, upper_bound = #map2} : (index, index) -> ()
          "affine.yield"() : () -> ()
        }) {lower_bound = #map3, step = 8 : index, upper_bound = #map4} : () -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map3, step = 8 : index, upper_bound = #map5} : () -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map3, step = 8 : index, upper_bound = #map6} : () -> ()
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
            "affine.for"(%arg3, %arg3) ({
            ^bb0(%arg7: index):
              "affine.for"(%arg4, %arg4) ({
              ^bb0(%arg8: index):
                "affine.for"(%arg5, %arg5) ({
                ^bb0(%arg9: index):
                  "affine.for"(%arg6, %arg6) ({
                  ^bb0(%arg10: index):
                    %0 = "affine.load"(%arg0, %arg7, %arg8, %arg10) {map = #map7} : (memref<4x16x8xf32>, index, index, index) -> f32
                    %1 = "affine.load"(%arg1, %arg7, %arg10, %arg9) {map = #map7} : (memref<4x8x12xf32>, index, index, index) -> f32
                    %2 = "affine.load"(%arg2, %arg7, %arg8, %arg9) {map = #map7} : (memref<4x16x12xf32>, index, index, index) -> f32
                    %3 = "arith.mulf"(%0, %1) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
                    %4 = "arith.addf"(%2, %3) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
                    "affine.store"(%4, %arg2, %arg7, %arg8, %arg9) {map = #map7} : (f32, memref<4x16x12xf32>, index, index, index) -> ()
                    "affine.yield"() : () -> ()
                  }) {lower_bound = #map1, step = 1 : index, upper_bound = #map2} : (index, index) -> ()
                  "affine.yield"() : () -> ()
                }) {lower_bound = #map1, step = 1 : index, upper_bound = #map8} : (index, index) -> ()
                "affine.yield"() : () -> ()
              }) {lower_bound = #map1, step = 1 : index, upper_bound = #map2} : (index, index) -> ()
              "affine.yield"() : () -> ()
            }) {lower_bound = #map1, step = 1 : index, upper_bound = #map9} : (index, index) -> ()
            "affine.yield"() : () -> ()
          }) {lower_bound = #map3, step = 8 : index, upper_bound = #map10} : () -> ()
          "affine.yield"() : () -> ()
        }) {lower_bound = #map3, step = 8 : index, upper_bound = #map11} : () -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map3, step = 8 : index, upper_bound = #map5} : () -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map3, step = 8 : index, upper_bound = #map12} : () -> ()
    "func.return"() : () -> ()
  }) {function_type = (memref<4x16x8xf32>, memref<4x8x12xf32>, memref<4x16x12xf32>) -> (), sym_name = "batch_matmul"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<24x40xf32>, %arg1: memref<40xf32>, %arg2: memref<24xf32>):
    "affine.for"() ({
    ^bb0(%arg3: index):
      "affine.for"() ({
      ^bb0(%arg4: index):
        "affine.for"(%arg3, %arg3) ({
        ^bb0(%arg5: index):
          "affine.for"(%arg4, %arg4) ({
          ^bb0(%arg6: index):
            %0 = "affine.load"(%arg0, %arg5, %arg6) {map = #map} : (memref<24x40xf32>, index, index) -> f32
            %1 = "affine.load"(%arg1, %arg6) {map = #map1} : (memref<40xf32>, index) -> f32
            %2 = "affine.load"(%arg2, %arg5) {map = #map1} : (memref<24xf32>, index) -> f32
            %3 = "arith.mulf"(%0, %1) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
            %4 = "arith.addf"(%2, %3) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
            "affine.store"(%4, %arg2, %arg5) {map = #map1} : (f32, memref<24xf32>, index) -> ()
            "affine.yield"() : () -> ()
          }) {lower_bound = #map1, step = 1 : index, upper_bound = #map2} : (index, index) -> ()
          "affine.yield"() : () -> ()
        }) {lower_bound = #map1, step = 1 : index, upper_bound = #map2} : (index, index) -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map3, step = 8 : index, upper_bound = #map13} : () -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map3, step = 8 : index, upper_bound = #map14} : () -> ()
    "func.return"() : () -> ()
  }) {function_type = (memref<24x40xf32>, memref<40xf32>, memref<24xf32>) -> (), sym_name = "matvec"} : () -> ()
}) : () -> ()

