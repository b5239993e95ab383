#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0, d1) -> (d0, d1 + 1)>
#map2 = affine_map<(d0, d1) -> (d0, d1 + 2)>
#map3 = affine_map<(d0, d1) -> (d0, d1 + 3)>
#map4 = affine_map<() -> (0)>
#map5 = affine_map<() -> (32)>
#map6 = affine_map<() -> (64)>
#map7 = affine_map<(d0, d1) -> (d0 + 1, d1)>
#map8 = affine_map<(d0, d1) -> (d0 + 2, d1)>
#map9 = affine_map<(d0, d1) -> (d0 + 3, d1)>
#map10 = affine_map<() -> (128)>
"builtin.module"() ({
  "func.func"() ({
  ^bb0(%arg0: memref<64x128xf32, strided<[?, ?], offset: ?>>, %arg1: memref<128x32xf32, strided<[?, ?], offset: ?>>):
    %0 = "arith.constant"() {value = 0.000000e+00 : f32} : () -> f32
    %1 = "memref.alloc"() {alignment = 64 : i64, operand_segment_sizes = array<i32: 0, 0>} : () -> memref<64x32xf32>
    "affine.for"() ({
    ^bb0(%arg2: index):
      "affine.for"() ({
      ^bb0(%arg3: index):
        "affine.store"(%0, %1, %arg2, %arg3) {map = #map} : (f32, memref<64x32xf32>, index, index) -> ()
        "affine.store"(%0, %1, %arg2, %arg3) {map = #map1} : (f32, memref<64x32xf32>, index, index) -> ()
        "affine.store"(%0, %1, %arg2, %arg3) {map = #map2} : (f32, memref<64x32xf32>, index, index) -> ()
        "affine.store"(%0, %1, %arg2, %arg3) {map = #map3} : (f32, memref<64x32xf32>, index, index) -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map4, step = 4 : index, upper_bound = #map5} : () -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map4, step = 1 : index, upper_bound = #map6} : () -> ()
    "affine.for"() ({
    ^bb0(%arg2: index):
      "affine.for"() ({
      ^bb0(%arg3: index):
        "affine.for"() ({
        ^bb0(%arg4: index):
          %2 = "affine.load"(%arg0, %arg2, %arg4) {map = #map} : (memref<64x128xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
          %3 = "affine.load"(%arg1, %arg4, %arg3) {map = #map} : (memref<128x32xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
          %4 = "affine.load"(%1, %arg2, %arg3) {map = #map} : (memref<64x32xf32>, index, index) -> f32
          %5 = "arith.mulf"(%2, %3) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
          %6 = "arith.addf"(%4, %5) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
          "affine.store"(%6, %1, %arg2, %arg3) {map = #map} : (f32, memref<64x32xf32>, index, index) -> ()
          %7 = "affine.load"(%arg0, %arg2, %arg4) {map = #map1} : (memref<64x128xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
          %8 = "affine.load"(%arg1, %arg4, %arg3) {map = #map7} : (memref<128x32xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
          %9 = "affine.load"(%1, %arg2, %arg3) {map = #map} : (memref<64x32xf32>, index, index) -> f32
          %10 = "arith.mulf"(%7, %8) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
          %11 = "arith.addf"(%9, %10) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
          "affine.store"(%11, %1, %arg2, %arg3) {map = #map} : (f32, memref<64x32xf32>, index, index) -> ()
          %12 = "affine.load"(%arg0, %arg2, %arg4) {map = #map2} : (memref<64x128xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
          %13 = "affine.load"(%arg1, %arg4, %arg3) {map = #map8} : (memref<128x32xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
          %14 = "affine.load"(%1, %arg2, %arg3) {map = #map} : (memref<64x32xf32>, index, index) -> f32
          %15 = "arith.mulf"(%12, %13) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
          %16 = "arith.addf"(%14, %15) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
          "affine.store"(%16, %1, %arg2, %arg3) {map = #map} : (f32, memref<64x32xf32>, index, index) -> ()
          %17 = "affine.load"(%arg0, %arg2, %arg4) {map = #map3} : (memref<64x128xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
          %18 = "affine.load"(%arg1, %arg4, %arg3) {map = #map9} : (memref<128x32xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
          %19 = "affine.load"(%1, %arg2, %arg3) {map = #map} : (memref<64x32xf32>, index, index) -> f32
          %20 = "arith.mulf"(%17, %18) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
          %21 = "arith.addf"(%19, %20) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
          "affine.store"(%21, %1, %arg2, %arg3) {map = #map} : (f32, memref<64x32xf32>, index, index) -> ()
          "affine.yield"() : () -> ()
        }) {lower_bound = #map4, step = 4 : index, upper_bound = #map10} : () -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map4, step = 1 : index, upper_bound = #map5} : () -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map4, step = 1 : index, upper_bound = #map6} : () -> ()
    "func.return"(%1) : (memref<64x32xf32>) -> ()
  }) {function_type = (memref<64x128xf32, strided<[?, ?], offset: ?>>, memref<128x32xf32, strided<[?, ?], offset: ?>>) -> memref<64x32xf32>, sym_name = "matmul"} : () -> ()
}) : () -> ()

