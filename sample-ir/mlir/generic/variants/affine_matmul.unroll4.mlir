#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0, d1) -> (d0, d1 + 1)>
#map2 = affine_map<(d0, d1) -> (d0, d1 + 2)>
#map3 = affine_map<(d0, d1) -> (d0, d1 + 3)>
#map4 = affine_map<() -> (0)>
#map5 = affine_map<() -> (64)>
"builtin.module"() ({
  "func.func"() ({
  ^bb0(%arg0: memref<64x64xf32>, %arg1: memref<64x64xf32>, %arg2: memref<64x64xf32>):
    "affine.for"() ({
    ^bb0(%arg3: index):
      "affine.for"() ({
      ^bb0(%arg4: index):
        %0 = "affine.load"(%arg0, %arg3, %arg4) {map = #map} : (memref<64x64xf32>, index, index) -> f32
        "affine.for"() ({
        ^bb0(%arg5: index):
          %1 = "affine.load"(%arg1, %arg4, %arg5) {map = #map} : (memref<64x64xf32>, index, index) -> f32
          %2 = "affine.load"(%arg2, %arg3, %arg5) {map = #map} : (memref<64x64xf32>, index, index) -> f32
          %3 = "arith.mulf"(%0, %1) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
          %4 = "arith.addf"(%2, %3) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
          "affine.store"(%4, %arg2, %arg3, %arg5) {map = #map} : (f32, memref<64x64xf32>, index, index) -> ()
          %5 = "affine.load"(%arg1, %arg4, %arg5) {map = #map1} : (memref<64x64xf32>, index, index) -> f32
          %6 = "affine.load"(%arg2, %arg3, %arg5) {map = #map1} : (memref<64x64xf32>, index, index) -> f32
          %7 = "arith.mulf"(%0, %5) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
          %8 = "arith.addf"(%6, %7) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
          "affine.store"(%8, %arg2, %arg3, %arg5) {map = #map1} : (f32, memref<64x64xf32>, index, index) -> ()
          %9 = "affine.load"(%arg1, %arg4, %arg5) {map = #map2} : (memref<64x64xf32>, index, index) -> f32
          %10 = "affine.load"(%arg2, %arg3, %arg5) {map = #map2} : (memref<64x64xf32>, index, index) -> f32
          %11 = "arith.mulf"(%0, %9) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
          %12 = "arith.addf"(%10, %11) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
          "affine.store"(%12, %arg2, %arg3, %arg5) {map = #map2} : (f32, memref<64x64xf32>, index, index) -> ()
          %13 = "affine.load"(%arg1, %arg4, %arg5) {map = #map3} : (memref<64x64xf32>, index, index) -> f32
          %14 = "affine.load"(%arg2, %arg3, %arg5) {map = #map3} : (memref<64x64xf32>, index, index) -> f32
          %15 = "arith.mulf"(%0, %13) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
          %16 = "arith.addf"(%14, %15) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
          "affine.store"(%16, %arg2, %arg3, %arg5) {map = #map3} : (f32, memref<64x64xf32>, index, index) -> ()
          "affine.yield"() : () -> ()
        }) {lower_bound = #map4, step = 4 : index, upper_bound = #map5} : () -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map4, step = 1 : index, upper_bound = #map5} : () -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map4, step = 1 : index, upper_bound = #map5} : () -> ()
    "func.return"() : () -> ()
  }) {function_type = (memref<64x64xf32>, memref<64x64xf32>, memref<64x64xf32>) -> (), sym_name = "matmul_ikj"} : () -> ()
}) : () -> ()

