#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0, d1) -> (d0 + 1, d1)>
#map2 = affine_map<() -> (0)>
#map3 = affine_map<() -> (64)>
"builtin.module"() ({
  "func.func"() ({
  ^bb0(%arg0: memref<64x64xf32>, %arg1: memref<64x64xf32>, %arg2: memref<64x64xf32>):
    "affine.for"() ({
    ^bb0(%arg3: index):
      "affine.for"() ({
      ^bb0(%arg4: index):
        %0 = "affine.load"(%arg0, %arg3, %arg4) {map = #map} : (memref<64x64xf32>, index, index) -> f32
        %1 = "affine.load"(%arg0, %arg3, %arg4) {map = #map1} : (memref<64x64xf32>, index, index) -> f32
        "affine.for"() ({
        ^bb0(%arg5: index):
          %2 = "affine.load"(%arg1, %arg4, %arg5) {map = #map} : (memref<64x64xf32>, index, index) -> f32
          %3 = "affine.load"(%arg2, %arg3, %arg5) {map = #map} : (memref<64x64xf32>, index, index) -> f32
          %4 = "arith.mulf"(%0, %2) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
          %5 = "arith.addf"(%3, %4) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
          "affine.store"(%5, %arg2, %arg3, %arg5) {map = #map} : (f32, memref<64x64xf32>, index, index) -> ()
          %6 = "affine.load"(%arg1, %arg4, %arg5) {map = #map} : (memref<64x64xf32>, index, index) -> f32
          %7 = "affine.load"(%arg2, %arg3, %arg5) {map = #map1} : (memref<64x64xf32>, index, index) -> f32
          %8 = "arith.mulf"(%1, %6) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
          %9 = "arith.addf"(%7, %8) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
          "affine.store"(%9, %arg2, %arg3, %arg5) {map = #map1} : (f32, memref<64x64xf32>, index, index) -> ()
          "affine.yield"() : () -> ()
        }) {lower_bound = #map2, step = 1 : index, upper_bound = #map3} : () -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map2, step = 1 : index, upper_bound = #map3} : () -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map2, step = 2 : index, upper_bound = #map3} : () -> ()
    "func.return"() : () -> ()
  }) {function_type = (memref<64x64xf32>, memref<64x64xf32>, memref<64x64xf32>) -> (), sym_name = "matmul_ikj"} : () -> ()
}) : () -> ()

