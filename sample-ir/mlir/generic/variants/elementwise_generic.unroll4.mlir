#map = affine_map<(d0) -> (d0)>
#map1 = affine_map<(d0) -> (d0 + 1)>
#map2 = affine_map<(d0) -> (d0 + 2)>
#map3 = affine_map<(d0) -> (d0 + 3)>
#map4 = affine_map<() -> (0)>
#map5 = affine_map<() -> (1024)>
#map6 = affine_map<(d0, d1) -> (d0, d1)>
#map7 = affine_map<(d0, d1) -> (d0, d1 + 1)>
#map8 = affine_map<(d0, d1) -> (d0, d1 + 2)>
#map9 = affine_map<(d0, d1) -> (d0, d1 + 3)>
#map10 = affine_map<() -> (64)>
#map11 = affine_map<() -> (256)>
#map12 = affine_map<() -> (128)>
"builtin.module"() ({
  "func.func"() ({
  ^bb0(%arg0: f32, %arg1: memref<1024xf32, strided<[?], offset: ?>>, %arg2: memref<1024xf32, strided<[?], offset: ?>>):
    %0 = "memref.alloc"() {alignment = 64 : i64, operand_segment_sizes = array<i32: 0, 0>} : () -> memref<1024xf32>
    "affine.for"() ({
    ^bb0(%arg3: index):
      %1 = "affine.load"(%arg1, %arg3) {map = #map} : (memref<1024xf32, strided<[?], offset: ?>>, index) -> f32
      %2 = "affine.load"(%arg2, %arg3) {map = #map} : (memref<1024xf32, strided<[?], offset: ?>>, index) -> f32
      %3 = "arith.mulf"(%arg0, %1) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      %4 = "arith.addf"(%3, %2) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      "affine.store"(%4, %0, %arg3) {map = #map} : (f32, memref<1024xf32>, index) -> ()
      %5 = "affine.load"(%arg1, %arg3) {map = #map1} : (memref<1024xf32, strided<[?], offset: ?>>, index) -> f32
      %6 = "affine.load"(%arg2, %arg3) {map = #map1} : (memref<1024xf32, strided<[?], offset: ?>>, index) -> f32
      %7 = "arith.mulf"(%arg0, %5) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      %8 = "arith.addf"(%7, %6) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      "affine.store"(%8, %0, %arg3) {map = #map1} : (f32, memref<1024xf32>, index) -> ()
      %9 = "affine.load"(%arg1, %arg3) {map = #map2} : (memref<1024xf32, strided<[?], offset: ?>>, index) -> f32
      %10 = "affine.load"(%arg2, %arg3) {map = #map2} : (memref<1024xf32, strided<[?], offset: ?>>, index) -> f32
      %11 = "arith.mulf"(%arg0, %9) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      %12 = "arith.addf"(%11, %10) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      "affine.store"(%12, %0, %arg3) {map = #map2} : (f32, memref<1024xf32>, index) -> ()
      %13 = "affine.load"(%arg1, %arg3) {map = #map3} : (memref<1024xf32, strided<[?], offset: ?>>, index) -> f32
      %14 = "affine.load"(%arg2, %arg3) {map = #map3} : (memref<1024xf32, strided<[?], offset: ?>>, index) -> f32
      %15 = "arith.mulf"(%arg0, %13) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      %16 = "arith.addf"(%15, %14) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      "affine.store"(%16, %0, %arg3) {map = #map3} : (f32, memref<1024xf32>, index) -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map4, step = 4 : index, upper_bound = #map5} : () -> ()
    "func.return"(%0) : (memref<1024xf32>) -> ()
  }) {function_type = (f32, memref<1024xf32, strided<[?], offset: ?>>, memref<1024xf32, strided<[?], offset: ?>>) -> memref<1024xf32>, sym_name = "saxpy"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<256x64xf32>, %arg1: memref<256x64xf32>):
    %0 = "arith.constant"() {value = 5.000000e-01 : f32} : () -> f32
    %1 = "arith.constant"() {value = 1.000000e+00 : f32} : () -> f32
    "affine.for"() ({
    ^bb0(%arg2: index):
      "affine.for"() ({
      ^bb0(%arg3: index):
        %2 = "affine.load"(%arg0, %arg2, %arg3) {map = #map6} : (memref<256x64xf32>, index, index) -> f32
        %3 = "math.tanh"(%2) {fastmath = #arith.fastmath<none>} : (f32) -> f32
        %4 = "arith.addf"(%3, %1) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        %5 = "arith.mulf"(%2, %0) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        %6 = "arith.mulf"(%5, %4) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        "affine.store"(%6, %arg1, %arg2, %arg3) {map = #map6} : (f32, memref<256x64xf32>, index, index) -> ()
        %7 = "affine.load"(%arg0, %arg2, %arg3) {map = #map7} : (memref<256x64xf32>, index, index) -> f32
        %8 = "math.tanh"(%7) {fastmath = #arith.fastmath<none>} : (f32) -> f32
        %9 = "arith.addf"(%8, %1) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        %10 = "arith.mulf"(%7, %0) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        %11 = "arith.mulf"(%10, %9) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        "affine.store"(%11, %arg1, %arg2, %arg3) {map = #map7} : (f32, memref<256x64xf32>, index, index) -> ()
        %12 = "affine.load"(%arg0, %arg2, %arg3) {map = #map8} : (memref<256x64xf32>, index, index) -> f32
        %13 = "math.tanh"(%12) {fastmath = #arith.fastmath<none>} : (f32) -> f32
        %14 = "arith.addf"(%13, %1) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        %15 = "arith.mulf"(%12, %0) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        %16 = "arith.mulf"(%15, %14) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        "affine.store"(%16, %arg1, %arg2, %arg3) {map = #map8} : (f32, memref<256x64xf32>, index, index) -> ()
        %17 = "affine.load"(%arg0, %arg2, %arg3) {map = #map9} : (memref<256x64xf32>, index, index) -> f32
        %18 = "math.tanh"(%17) {fastmath = #arith.fastmath<none>} : (f32) -> f32
        %19 = "arith.addf"(%18, %1) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        %20 = "arith.mulf"(%17, %0) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        %21 = "arith.mulf"(%20, %19) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        "affine.store"(%21, %arg1, %arg2, %arg3) {map = #map9} : (f32, memref<256x64xf32>, index, index) -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map4, step = 4 : index, upper_bound = #map10} : () -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map4, step = 1 : index, upper_bound = #map11} : () -> ()
    "func.return"() : () -> ()
  }) {function_type = (memref<256x64xf32>, memref<256x64xf32>) -> (), sym_name = "gelu_like"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<128x64xf32, strided<[?, ?], offset: ?>>, %arg1: memref<64xf32, strided<[?], offset: ?>>):
    %0 = "memref.alloc"() {alignment = 64 : i64, operand_segment_sizes = array<i32: 0, 0>} : () -> memref<128x64xf32>
    "affine.for"() ({
    ^bb0(%arg2: index):
      "affine.for"() ({
      ^bb0(%arg3: index):
        %1 = "affine.load"(%arg0, %arg2, %arg3) {map = #map6} : (memref<128x64xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
        %2 = "affine.load"(%arg1, %arg3) {map = #map} : (memref<64xf32, strided<[?], offset: ?>>, index) -> f32
        %3 = "arith.addf"(%1, %2) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        "affine.store"(%3, %0, %arg2, %arg3) {map = #map6} : (f32, memref<128x64xf32>, index, index) -> ()
        %4 = "affine.load"(%arg0, %arg2, %arg3) {map = #map7} : (memref<128x64xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
        %5 = "affine.load"(%arg1, %arg3) {map = #map1} : (memref<64xf32, strided<[?], offset: ?>>, index) -> f32
        %6 = "arith.addf"(%4, %5) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        "affine.store"(%6, %0, %arg2, %arg3) {map = #map7} : (f32, memref<128x64xf32>, index, index) -> ()
        %7 = "affine.load"(%arg0, %arg2, %arg3) {map = #map8} : (memref<128x64xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
        %8 = "affine.load"(%arg1, %arg3) {map = #map2} : (memref<64xf32, strided<[?], offset: ?>>, index) -> f32
        %9 = "arith.addf"(%7, %8) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        "affine.store"(%9, %0, %arg2, %arg3) {map = #map8} : (f32, memref<128x64xf32>, index, index) -> ()
        %10 = "affine.load"(%arg0, %arg2, %arg3) {map = #map9} : (memref<128x64xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
        %11 = "affine.load"(%arg1, %arg3) {map = #map3} : (memref<64xf32, strided<[?], offset: ?>>, index) -> f32
        %12 = "arith.addf"(%10, %11) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        "affine.store"(%12, %0, %arg2, %arg3) {map = #map9} : (f32, memref<128x64xf32>, index, index) -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map4, step = 4 : index, upper_bound = #map10} : () -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map4, step = 1 : index, upper_bound = #map12} : () -> ()
    "func.return"(%0) : (memref<128x64xf32>) -> ()
  }) {function_type = (memref<128x64xf32, strided<[?, ?], offset: ?>>, memref<64xf32, strided<[?], offset: ?>>) -> memref<128x64xf32>, sym_name = "bias_add"} : () -> ()
}) : () -> ()

