#map = affine_map<(d0) -> (d0)>
#map1 = affine_map<(d0) -> (d0 + 1)>
#map2 = affine_map<(d0) -> (d0 + 2)>
#map3 = affine_map<(d0) -> (d0 + 3)>
#map4 = affine_map<() -> (0)>
#map5 = affine_map<() -> (512)>
#map6 = affine_map<(d0, d1) -> (d0, d1)>
#map7 = affine_map<(d0, d1) -> (d0, d1 + 1)>
#map8 = affine_map<(d0, d1) -> (d0, d1 + 2)>
#map9 = affine_map<(d0, d1) -> (d0, d1 + 3)>
#map10 = affine_map<() -> (256)>
#map11 = affine_map<() -> ()>
#map12 = affine_map<() -> (4096)>
"builtin.module"() ({
  "func.func"() ({
  ^bb0(%arg0: memref<512x256xf32, strided<[?, ?], offset: ?>>):
    %0 = "arith.constant"() {value = 0.000000e+00 : f32} : () -> f32
    %1 = "memref.alloc"() {alignment = 64 : i64, operand_segment_sizes = array<i32: 0, 0>} : () -> memref<512xf32>
    "affine.for"() ({
    ^bb0(%arg1: index):
      "affine.store"(%0, %1, %arg1) {map = #map} : (f32, memref<512xf32>, index) -> ()
      "affine.store"(%0, %1, %arg1) {map = #map1} : (f32, memref<512xf32>, index) -> ()
      "affine.store"(%0, %1, %arg1) {map = #map2} : (f32, memref<512xf32>, index) -> ()
      "affine.store"(%0, %1, %arg1) {map = #map3} : (f32, memref<512xf32>, index) -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map4, step = 4 : index, upper_bound = #map5} : () -> ()
    "affine.for"() ({
    ^bb0(%arg1: index):
      "affine.for"() ({
      ^bb0(%arg2: index):
        %2 = "affine.load"(%arg0, %arg1, %arg2) {map = #map6} : (memref<512x256xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
        %3 = "affine.load"(%1, %arg1) {map = #map} : (memref<512xf32>, index) -> f32
        %4 = "arith.addf"(%2, %3) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        "affine.store"(%4, %1, %arg1) {map = #map} : (f32, memref<512xf32>, index) -> ()
        %5 = "affine.load"(%arg0, %arg1, %arg2) {map = #map7} : (memref<512x256xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
        %6 = "affine.load"(%1, %arg1) {map = #map} : (memref<512xf32>, index) -> f32
        %7 = "arith.addf"(%5, %6) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        "affine.store"(%7, %1, %arg1) {map = #map} : (f32, memref<512xf32>, index) -> ()
        %8 = "affine.load"(%arg0, %arg1, %arg2) {map = #map8} : (memref<512x256xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
        %9 = "affine.load"(%1, %arg1) {map = #map} : (memref<512xf32>, index) -> f32
        %10 = "arith.addf"(%8, %9) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        "affine.store"(%10, %1, %arg1) {map = #map} : (f32, memref<512xf32>, index) -> ()
        %11 = "affine.load"(%arg0, %arg1, %arg2) {map = #map9} : (memref<512x256xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
        %12 = "affine.load"(%1, %arg1) {map = #map} : (memref<512xf32>, index) -> f32
        %13 = "arith.addf"(%11, %12) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        "affine.store"(%13, %1, %arg1) {map = #map} : (f32, memref<512xf32>, index) -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map4, step = 4 : index, upper_bound = #map10} : () -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map4, step = 1 : index, upper_bound = #map5} : () -> ()
    "func.return"(%1) : (memref<512xf32>) -> ()
  }) {function_type = (memref<512x256xf32, strided<[?, ?], offset: ?>>) -> memref<512xf32>, sym_name = "row_sum"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<4096xf32>, %arg1: memref<4096xf32>, %arg2: memref<f32>):
    "affine.for"() ({
    ^bb0(%arg3: index):
      %0 = "affine.load"(%arg0, %arg3) {map = #map} : (memref<4096xf32>, index) -> f32
      %1 = "affine.load"(%arg1, %arg3) {map = #map} : (memref<4096xf32>, index) -> f32
      %2 = "affine.load"(%arg2) {map = #map11} : (memref<f32>) -> f32
      %3 = "arith.mulf"(%0, %1) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      %4 = "arith.addf"(%2, %3) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      "affine.store"(%4, %arg2) {map = #map11} : (f32, memref<f32>) -> ()
      %5 = "affine.load"(%arg0, %arg3) {map = #map1} : (memref<4096xf32>, index) -> f32
      %6 = "affine.load"(%arg1, %arg3) {map = #map1} : (memref<4096xf32>, index) -> f32
      %7 = "affine.load"(%arg2) {map = #map11} : (memref<f32>) -> f32
      %8 = "arith.mulf"(%5, %6) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      %9 = "arith.addf"(%7, %8) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      "affine.store"(%9, %arg2) {map = #map11} : (f32, memref<f32>) -> ()
      %10 = "affine.load"(%arg0, %arg3) {map = #map2} : (memref<4096xf32>, index) -> f32
      %11 = "affine.load"(%arg1, %arg3) {map = #map2} : (memref<4096xf32>, index) -> f32
      %12 = "affine.load"(%arg2) {map = #map11} : (memref<f32>) -> f32
      %13 = "arith.mulf"(%10, %11) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      %14 = "arith.addf"(%12, %13) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      "affine.store"(%14, %arg2) {map = #map11} : (f32, memref<f32>) -> ()
      %15 = "affine.load"(%arg0, %arg3) {map = #map3} : (memref<4096xf32>, index) -> f32
      %16 = "affine.load"(%arg1, %arg3) {map = #map3} : (memref<4096xf32>, index) -> f32
      %17 = "affine.load"(%arg2) {map = #map11} : (memref<f32>) -> f32
      %18 = "arith.mulf"(%15, %16) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      %19 = "arith.addf"(%17, %18) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      "affine.store"(%19, %arg2) {map = #map11} : (f32, memref<f32>) -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map4, step = 4 : index, upper_bound = #map12} : () -> ()
    "func.return"() : () -> ()
  }) {function_type = (memref<4096xf32>, memref<4096xf32>, memref<f32>) -> (), sym_name = "dot"} : () -> ()
}) : () -> ()

