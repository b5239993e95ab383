#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<() -> (0)>
#map2 = affine_map<() -> (64)>
#map3 = affine_map<(d0) -> (d0)>
#map4 = affine_map<(d0) -> (d0 + 8)>
"builtin.module"() ({
  "func.func"() ({
  ^bb0(%arg0: memref<64x64xf32>, %arg1: memref<64x64xf32>, %arg2: memref<64x64xf32>):
    "affine.for"() ({
    ^bb0(%arg3: index):
      "affine.for"() ({
      ^bb0(%arg4: index):
        "affine.for"(%arg3, %arg3) ({
        ^bb0(%arg5: index):
          "affine.for"(%arg4, %arg4) ({
          ^bb0(%arg6: index):
            %0 = "affine.load"(%arg0, %arg5, %arg6) {map = #map} : (memref<64x64xf32>, index, index) -> f32
            "affine.for"() ({
            ^bb0(%arg7: index):
              %1 = "affine.load"(%arg1, %arg6, %arg7) {map = #map} : (memref<64x64xf32>, index, index) -> f32
              %2 = "affine.load"(%arg2, %arg5, %arg7) {map = #map} : (memref<64x64xf32>, index, index) -> f32
              %3 = "arith.mulf"(%0, %1) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
              %4 = "arith.addf"(%2, %3) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
              "affine.store"(%4, %arg2, %arg5, %arg7) {map = #map} : (f32, memref<64x64xf32>, index, index) -> ()
              "affine.yield"() : () -> ()
            }) {lower_bound = #map1, step = 1 : index, upper_bound = #map2} : () -> ()
            "affine.yield"() : () -> ()
          }) {lower_bound = #map3, step = 1 : index, upper_bound = #map4} : (index, index) -> ()
          "affine.yield"() : () -> ()
        }) {lower_bound = #map3, step = 1 : index, upper_bound = #map4} : (index, index) -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map1, step = 8 : index, upper_bound = #map2} : () -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map1, step = 8 : index, upper_bound = #map2} : () -> ()
    "func.return"() : () -> ()
  }) {function_type = (memref<64x64xf32>, memref<64x64xf32>, memref<64x64xf32>) -> (), sym_name = "matmul_ikj"} : () -> ()
}) : () -> ()

