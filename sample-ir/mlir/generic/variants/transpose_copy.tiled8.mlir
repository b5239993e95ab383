#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0) -> (d0)>
#map2 = affine_map<(d0) -> (d0 + 8)>
#map3 = affine_map<() -> (0)>
#map4 = affine_map<() -> (32)>
#map5 = affine_map<() -> (16)>
#map6 = affine_map<() -> (64)>
#map7 = affine_map<() -> (8)>
#map8 = affine_map<() -> (128)>
#map9 = affine_map<() -> (256)>
"builtin.module"() ({
  "func.func"() ({
  ^bb0(%arg0: memref<16x32xf32, strided<[?, ?], offset: ?>>):
    %0 = "memref.alloc"() {alignment = 64 : i64, operand_segment_sizes = array<i32: 0, 0>} : () -> memref<32x16xf32>
    "affine.for"() ({
    ^bb0(%arg1: index):
      "affine.for"() ({
      ^bb0(%arg2: index):
        "affine.for"(%arg1, %arg1) ({
        ^bb0(%arg3: index):
          "affine.for"(%arg2, %arg2) ({
          ^bb0(%arg4: index):
            %1 = "affine.load"(%arg0, %arg3, %arg4) {map = #map} : (memref<16x32xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
            "affine.store"(%1, %0, %arg4, %arg3) {map = #map} : (f32, memref<32x16xf32>, index, index) -> ()
            "affine.yield"() : () -> ()
          }) {lower_bound = #map1, step = 1 : index, upper_bound = #map2} : (index, index) -> ()
          "affine.yield"() : () -> ()
        }) {lower_bound = #map1, step = 1 : index, upper_bound = #map2} : (index, index) -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map3, step = 8 : index, upper_bound = #map4} : () -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map3, step = 8 : index, upper_bound = #map5} : () -> ()
    "func.return"(%0) : (memref<32x16xf32>) -> ()
  }) {function_type = (memref<16x32xf32, strided<[?, ?], offset: ?>>) -> memref<32x16xf32>, sym_name = "transpose"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<64xf32, strided<[?], offset: ?>>):
    %0 = "memref.alloc"() {alignment = 64 : i64, operand_segment_sizes = array<i32: 0, 0>} : () -> memref<8x64xf32>
    "affine.for"() ({
    ^bb0(%arg1: index):
      "affine.for"() ({
      ^bb0(%arg2: index):
        "affine.for"(%arg1, %arg1) ({
        ^bb0(%arg3: index):
          "affine.for"(%arg2, %arg2) ({
          ^bb0(%arg4: index):
            %1 = "affine.load"(%arg0, %arg4) {map = #map1} : (memref<64xf32, strided<[?], offset: ?>>, index) -> f32
            "affine.store"(%1, %0, %arg3, %arg4) {map = #map} : (f32, memref<8x64xf32>, index, index) -> ()
            "affine.yield"() : () -> ()
          }) {lower_bound = #map1, step = 1 : index, upper_bound = #map2} : (index, index) -> ()
          "affine.yield"() : () -> ()
        }) {lower_bound = #map1, step = 1 : index, upper_bound = #map2} : (index, index) -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map3, step = 8 : index, upper_bound = #map6} : () -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map3, step = 8 : index, upper_bound = #map7} : () -> ()
    "func.return"(%0) : (memref<8x64xf32>) -> ()
  }) {function_type = (memref<64xf32, strided<[?], offset: ?>>) -> memref<8x64xf32>, sym_name = "broadcast"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<128xf32>, %arg1: memref<128xf32>):
    "affine.for"() ({
    ^bb0(%arg2: index):
      "affine.for"(%arg2, %arg2) ({
      ^bb0(%arg3: index):
        %0 = "affine.load"(%arg0, %arg3) {map = #map1} : (memref<128xf32>, index) -> f32
        "affine.store"(%0, %arg1, %arg3) {map = #map1} : (f32, memref<128xf32>, index) -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map1, step = 1 : index, upper_bound = #map2} : (index, index) -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map3, step = 8 : index, upper_bound = #map8} : () -> ()
    "func.return"() : () -> ()
  }) {function_type = (memref<128xf32>, memref<128xf32>) -> (), sym_name = "copy"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<256xf32, strided<[?], offset: ?>>, %arg1: memref<256xf32, strided<[?], offset: ?>>):
    %0 = "memref.alloc"() {alignment = 64 : i64, operand_segment_sizes = array<i32: 0, 0>} : () -> memref<256xf32>
    "affine.for"() ({
    ^bb0(%arg2: index):
      "affine.for"(%arg2, %arg2) ({
      ^bb0(%arg3: index):
        %1 = "affine.load"(%arg0, %arg3) {map = #map1} : (memref<256xf32, strided<[?], offset: ?>>, index) -> f32
        %2 = "affine.load"(%arg1, %arg3) {map = #map1} : (memref<256xf32, strided<[?], offset: ?>>, index) -> f32
        %3 = "arith.addf"(%1, %2) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        "affine.store"(%3, %0, %arg3) {map = #map1} : (f32, memref<256xf32>, index) -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map1, step = 1 : index, upper_bound = #map2} : (index, index) -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map3, step = 8 : index, upper_bound = #map9} : () -> ()
    "func.return"(%0) : (memref<256xf32>) -> ()
  }) {function_type = (memref<256xf32, strided<[?], offset: ?>>, memref<256xf32, strided<[?], offset: ?>>) -> memref<256xf32>, sym_name = "map_add"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<32x32xi64>):
    "affine.for"() ({
    ^bb0(%arg1: index):
      "affine.for"() ({
      ^bb0(%arg2: index):
        "affine.for"(%arg1, %arg1) ({
        ^bb0(%arg3: index):
          "affine.for"(%arg2, %arg2) ({
          ^bb0(%arg4: index):
            %0 = "arith.addi"(%arg3, %arg4) : (index, index) -> index
            %1 = "arith.index_cast"(%0) : (index) -> i64
            "affine.store"(%1, %arg0, %arg3, %arg4) {map = #map} : (i64, memref<32x32xi64>, index, index) -> ()
            "affine.yield"() : () -> ()
          }) {lower_bound = #map1, step = 1 : index, upper_bound = #map2} : (index, index) -> ()
          "affine.yield"() : () -> ()
        }) {lower_bound = #map1, step = 1 : index, upper_bound = #map2} : (index, index) -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map3, step = 8 : index, upper_bound = #map4} : () -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map3, step = 8 : index, upper_bound = #map4} : () -> ()
    "func.return"() : () -> ()
  }) {function_type = (memref<32x32xi64>) -> (), sym_name = "ramp"} : () -> ()
}) : () -> ()

