#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0, d1) -> (d0, d1 + 1)>
#map2 = affine_map<(d0, d1) -> (d0 + 1, d1)>
#map3 = affine_map<(d0, d1) -> (d0, d1 + 2)>
#map4 = affine_map<(d0, d1) -> (d0 + 2, d1)>
#map5 = affine_map<(d0, d1) -> (d0, d1 + 3)>
#map6 = affine_map<(d0, d1) -> (d0 + 3, d1)>
#map7 = affine_map<() -> (0)>
#map8 = affine_map<() -> (32)>
#map9 = affine_map<() -> (16)>
#map10 = affine_map<(d0) -> (d0)>
#map11 = affine_map<(d0) -> (d0 + 1)>
#map12 = affine_map<(d0) -> (d0 + 2)>
#map13 = affine_map<(d0) -> (d0 + 3)>
#map14 = affine_map<() -> (64)>
#map15 = affine_map<() -> (8)>
#map16 = affine_map<() -> (128)>
#map17 = affine_map<() -> (256)>
"builtin.module"() ({
  "func.func"() ({
  ^bb0(%arg0: memref<16x32xf32, strided<[?, ?], offset: ?>>):
    %0 = "memref.alloc"() {alignment = 64 : i64, operand_segment_sizes = array<i32: 0, 0>} : () -> memref<32x16xf32>
    "affine.for"() ({
    ^bb0(%arg1: index):
      "affine.for"() ({
      ^bb0(%arg2: index):
        %1 = "affine.load"(%arg0, %arg1, %arg2) {map = #map} : (memref<16x32xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
        "affine.store"(%1, %0, %arg2, %arg1) {map = #map} : (f32, memref<32x16xf32>, index, index) -> ()
        %2 = "affine.load"(%arg0, %arg1, %arg2) {map = #map1} : (memref<16x32xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
        "affine.store"(%2, %0, %arg2, %arg1) {map = #map2} : (f32, memref<32x16xf32>, index, index) -> ()
        %3 = "affine.load"(%arg0, %arg1, %arg2) {map = #map3} : (memref<16x32xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
        "affine.store"(%3, %0, %arg2, %arg1) {map = #map4} : (f32, memref<32x16xf32>, index, index) -> ()
        %4 = "affine.load"(%arg0, %arg1, %arg2) {map = #map5} : (memref<16x32xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
        "affine.store"(%4, %0, %arg2, %arg1) {map = #map6} : (f32, memref<32x16xf32>, index, index) -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map7, step = 4 : index, upper_bound = #map8} : () -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map7, step = 1 : index, upper_bound = #map9} : () -> ()
    "func.return"(%0) : (memref<32x16xf32>) -> ()
  }) {function_type = (memref<16x32xf32, strided<[?, ?], offset: ?>>) -> memref<32x16xf32>, sym_name = "transpose"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<64xf32, strided<[?], offset: ?>>):
    %0 = "memref.alloc"() {alignment = 64 : i64, operand_segment_sizes = array<i32: 0, 0>} : () -> memref<8x64xf32>
    "affine.for"() ({
    ^bb0(%arg1: index):
      "affine.for"() ({
      ^bb0(%arg2: index):
        %1 = "affine.load"(%arg0, %arg2) {map = #map10} : (memref<64xf32, strided<[?], offset: ?>>, index) -> f32
        "affine.store"(%1, %0, %arg1, %arg2) {map = #map} : (f32, memref<8x64xf32>, index, index) -> ()
        %2 = "affine.load"(%arg0, %arg2) {map = #map11} : (memref<64xf32, strided<[?], offset: ?>>, index) -> f32
        "affine.store"(%2, %0, %arg1, %arg2) {map = #map1} : (f32, memref<8x64xf32>, index, index) -> ()
        %3 = "affine.load"(%arg0, %arg2) {map = #map12} : (memref<64xf32, strided<[?], offset: ?>>, index) -> f32
        "affine.store"(%3, %0, %arg1, %arg2) {map = #map3} : (f32, memref<8x64xf32>, index, index) -> ()
        %4 = "affine.load"(%arg0, %arg2) {map = #map13} : (memref<64xf32, strided<[?], offset: ?>>, index) -> f32
        "affine.store"(%4, %0, %arg1, %arg2) {map = #map5} : (f32, memref<8x64xf32>, index, index) -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map7, step = 4 : index, upper_bound = #map14} : () -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map7, step = 1 : index, upper_bound = #map15} : () -> ()
    "func.return"(%0) : (memref<8x64xf32>) -> ()
  }) {function_type = (memref<64xf32, strided<[?], offset: ?>>) -> memref<8x64xf32>, sym_name = "broadcast"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<128xf32>, %arg1: memref<128xf32>):
    "affine.for"() ({
    ^bb0(%arg2: index):
      %0 = "affine.load"(%arg0, %arg2) {map = #map10} : (memref<128xf32>, index) -> f32
      "affine.store"(%0, %arg1, %arg2) {map = #map10} : (f32, memref<128xf32>, index) -> ()
      %1 = "affine.load"(%arg0, %arg2) {map = #map11} : (memref<128xf32>, index) -> f32
      "affine.store"(%1, %arg1, %arg2) {map = #map11} : (f32, memref<128xf32>, index) -> ()
      %2 = "affine.load"(%arg0, %arg2) {map = #map12} : (memref<128xf32>, index) -> f32
      "affine.store"(%2, %arg1, %arg2) {map = #map12} : (f32, memref<128xf32>, index) -> ()
      %3 = "affine.load"(%arg0, %arg2) {map = #map13} : (memref<128xf32>, index) -> f32
      "affine.store"(%3, %arg1, %arg2) {map = #map13} : (f32, memref<128xf32>, index) -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map7, step = 4 : index, upper_bound = #map16} : () -> ()
    "func.return"() : () -> ()
  }) {function_type = (memref<128xf32>, memref<128xf32>) -> (), sym_name = "copy"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<256xf32, strided<[?], offset: ?>>, %arg1: memref<256xf32, strided<[?], offset: ?>>):
    %0 = "memref.alloc"() {alignment = 64 : i64, operand_segment_sizes = array<i32: 0, 0>} : () -> memref<256xf32>
    "affine.for"() ({
    ^bb0(%arg2: index):
      %1 = "affine.load"(%arg0, %arg2) {map = #map10} : (memref<256xf32, strided<[?], offset: ?>>, index) -> f32
      %2 = "affine.load"(%arg1, %arg2) {map = #map10} : (memref<256xf32, strided<[?], offset: ?>>, index) -> f32
      %3 = "arith.addf"(%1, %2) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      "affine.store"(%3, %0, %arg2) {map = #map10} : (f32, memref<256xf32>, index) -> ()
      %4 = "affine.load"(%arg0, %arg2) {map = #map11} : (memref<256xf32, strided<[?], offset: ?>>, index) -> f32
      %5 = "affine.load"(%arg1, %arg2) {map = #map11} : (memref<256xf32, strided<[?], offset: ?>>, index) -> f32
      %6 = "arith.addf"(%4, %5) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      "affine.store"(%6, %0, %arg2) {map = #map11} : (f32, memref<256xf32>, index) -> ()
      %7 = "affine.load"(%arg0, %arg2) {map = #map12} : (memref<256xf32, strided<[?], offset: ?>>, index) -> f32
      %8 = "affine.load"(%arg1, %arg2) {map = #map12} : (memref<256xf32, strided<[?], offset: ?>>, index) -> f32
      %9 = "arith.addf"(%7, %8) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      "affine.store"(%9, %0, %arg2) {map = #map12} : (f32, memref<256xf32>, index) -> ()
      %10 = "affine.load"(%arg0, %arg2) {map = #map13} : (memref<256xf32, strided<[?], offset: ?>>, index) -> f32
      %11 = "affine.load"(%arg1, %arg2) {map = #map13} : (memref<256xf32, strided<[?], offset: ?>>, index) -> f32
      %12 = "arith.addf"(%10, %11) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      "affine.store"(%12, %0, %arg2) {map = #map13} : (f32, memref<256xf32>, index) -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map7, step = 4 : index, upper_bound = #map17} : () -> ()
    "func.return"(%0) : (memref<256xf32>) -> ()
  }) {function_type = (memref<256xf32, strided<[?], offset: ?>>, memref<256xf32, strided<[?], offset: ?>>) -> memref<256xf32>, sym_name = "map_add"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<32x32xi64>):
    "affine.for"() ({
    ^bb0(%arg1: index):
      "affine.for"() ({
      ^bb0(%arg2: index):
        %0 = "arith.addi"(%arg1, %arg2) : (index, index) -> index
        %1 = "arith.index_cast"(%0) : (index) -> i64
        "affine.store"(%1, %arg0, %arg1, %arg2) {map = #map} : (i64, memref<32x32xi64>, index, index) -> ()
        %2 = "affine.apply"(%arg2) {map = #map11} : (index) -> index
        %3 = "arith.addi"(%arg1, %2) : (index, index) -> index
        %4 = "arith.index_cast"(%3) : (index) -> i64
        "affine.store"(%4, %arg0, %arg1, %arg2) {map = #map1} : (i64, memref<32x32xi64>, index, index) -> ()
        %5 = "affine.apply"(%arg2) {map = #map12} : (index) -> index
        %6 = "arith.addi"(%arg1, %5) : (index, index) -> index
        %7 = "arith.index_cast"(%6) : (index) -> i64
        "affine.store"(%7, %arg0, %arg1, %arg2) {map = #map3} : (i64, memref<32x32xi64>, index, index) -> ()
        %8 = "affine.apply"(%arg2) {map = #map13} : (index) -> index
        %9 = "arith.addi"(%arg1, %8) : (index, index) -> index
        %10 = "arith.index_cast"(%9) : (index) -> i64
        "affine.store"(%10, %arg0, %arg1, %arg2) {map = #map5} : (i64, memref<32x32xi64>, index, index) -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map7, step = 4 : index, upper_bound = #map8} : () -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map7, step = 1 : index, upper_bound = #map8} : () -> ()
    "func.return"() : () -> ()
  }) {function_type = (memref<32x32xi64>) -> (), sym_name = "ramp"} : () -> ()
}) : () -> ()

