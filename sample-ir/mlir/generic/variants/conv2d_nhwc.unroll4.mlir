#map = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map1 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3 + 1)>
#map2 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3 + 2)>
#map3 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3 + 3)>
#map4 = affine_map<() -> (0)>
#map5 = affine_map<() -> (16)>
#map6 = affine_map<() -> (1)>
#map7 = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1 + d2, d3 + d4, d5)>
#map8 = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1 + d2, d3 + d4, d5 + 1)>
#map9 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2 + 1, d3)>
#map10 = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1 + d2, d3 + d4, d5 + 2)>
#map11 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2 + 2, d3)>
#map12 = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1 + d2, d3 + d4, d5 + 3)>
#map13 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2 + 3, d3)>
#map14 = affine_map<() -> (8)>
#map15 = affine_map<() -> (3)>
#map16 = affine_map<(d0) -> (d0)>
#map17 = affine_map<(d0) -> (d0 + 1)>
#map18 = affine_map<(d0) -> (d0 + 2)>
#map19 = affine_map<(d0) -> (d0 + 3)>
"builtin.module"() ({
  "func.func"() ({
  ^bb0(%arg0: memref<1x18x18x8xf32, strided<[?, ?, ?, ?], offset: ?>>, %arg1: memref<3x3x8x16xf32, strided<[?, ?, ?, ?], offset: ?>>, %arg2: memref<16xf32, strided<[?], offset: ?>>):
    %0 = "arith.constant"() {value = 0.000000e+00 : f32} : () -> f32
    %1 = "memref.alloc"() {alignment = 64 : i64, operand_segment_sizes = array<i32: 0, 0>} : () -> memref<1x16x16x16xf32>
    %2 = "memref.alloc"() {alignment = 64 : i64, operand_segment_sizes = array<i32: 0, 0>} : () -> memref<1x16x16x16xf32>
    "affine.for"() ({
    ^bb0(%arg3: index):
      "affine.for"() ({
      ^bb0(%arg4: index):
        "affine.for"() ({
        ^bb0(%arg5: index):
          "affine.for"() ({
          ^bb0(%arg6: index):
            "affine.store"(%0, %2, %arg3, %arg4, %arg5, %arg6) {map = #map} : (f32, memref<1x16x16x16xf32>, index, index, index, index) -> ()
            "affine.store"(%0, %2, %arg3, %arg4, %arg5, %arg6) {map = #map1} : (f32, memref<1x16x16x16xf32>, index, index, index, index) -> ()
            "affine.store"(%0, %2, %arg3, %arg4, %arg5, %arg6) {map = #map2} : (f32, memref<1x16x16x16xf32>, index, index, index, index) -> ()
            "affine.store"(%0, %2, %arg3, %arg4, %arg5, %arg6) {map = #map3} : (f32, memref<1x16x16x16xf32>, index, index, index, index) -> ()
            "affine.yield"() : () -> ()
          }) {lower_bound = #map4, step = 4 : index, upper_bound = #map5} : () -> ()
          "affine.yield"() : () -> ()
        }) {lower_bound = #map4, step = 1 : index, upper_bound = #map5} : () -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map4, step = 1 : index, upper_bound = #map5} : () -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map4, step = 1 : index, upper_bound = #map6} : () -> ()
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
              "affine.for"() ({
              ^bb0(%arg8: index):
                "affine.for"() ({
                ^bb0(%arg9: index):
                  %3 = "affine.load"(%arg0, %arg3, %arg4, %arg7, %arg5, %arg8, %arg9) {map = #map7} : (memref<1x18x18x8xf32, strided<[?, ?, ?, ?], offset: ?>>, index, index, index, index, index, index) -> f32
                  %4 = "affine.load"(%arg1, %arg7, %arg8, %arg9, %arg6) {map = #map} : (memref<3x3x8x16xf32, strided<[?, ?, ?, ?], offset: ?>>, index, index, index, index) -> f32
                  %5 = "affine.load"(%2, %arg3, %arg4, %arg5, %arg6) {map = #map} : (memref<1x16x16x16xf32>, index, index, index, index) -> f32
                  %6 = "arith.mulf"(%3, %4) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
                  %7 = "arith.addf"(%5, %6) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
                  "affine.store"(%7, %2, %arg3, %arg4, %arg5, %arg6) {map = #map} : (f32, memref<1x16x16x16xf32>, index, index, index, index) -> ()
                  %8 = "affine.load"(%arg0, %arg3, %arg4, %arg7, %arg5, %arg8, %arg9) {map = #map8} : (memref<1x18x18x8xf32, strided<[?, ?, ?, ?], offset: ?>>, index, index, index, index, index, index) -> f32
                  %9 = "affine.load"(%arg1, %arg7, %arg8, %arg9, %arg6) {map = #map9} : (memref<3x3x8x16xf32, strided<[?, ?, ?, ?], offset: ?>>, index, index, index, index) -> f32
                  %10 = "affine.load"(%2, %arg3, %arg4, %arg5, %arg6) {map = #map} : (memref<1x16x16x16xf32>, index, index, index, index) -> f32
                  %11 = "arith.mulf"(%8, %9) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
                  %12 = "arith.addf"(%10, %11) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
                  "affine.store"(%12, %2, %arg3, %arg4, %arg5, %arg6) {map = #map} : (f32, memref<1x16x16x16xf32>, index, index, index, index) -> ()
                  %13 = "affine.load"(%arg0, %arg3, %arg4, %arg7, %arg5, %arg8, %arg9) {map = #map10} : (memref<1x18x18x8xf32, strided<[?, ?, ?, ?], offset: ?>>, index, index, index, index, index, index) -> f32
                  %14 = "affine.load"(%arg1, %arg7, %arg8, %arg9, %arg6) {map = #map11} : (memref<3x3x8x16xf32, strided<[?, ?, ?, ?], offset: ?>>, index, index, index, index) -> f32
                  %15 = "affine.load"(%2, %arg3, %arg4, %arg5, %arg6) {map = #map} : (memref<1x16x16x16xf32>, index, index, index, index) -> f32
                  %16 = "arith.mulf"(%13, %14) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
                  %17 = "arith.addf"(%15, %16) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
                  "affine.store"(%17, %2, %arg3, %arg4, %arg5, %arg6) {map = #map} : (f32, memref<1x16x16x16xf32>, index, index, index, index) -> ()
                  %18 = "affine.load"(%arg0, %arg3, %arg4, %arg7, %arg5, %arg8, %arg9) {map = #map12} : (memref<1x18x18x8xf32, strided<[?, ?, ?, ?], offset: ?>>, index, index, index, index, index, index) -> f32
                  %19 = "affine.load"(%arg1, %arg7, %arg8, %arg9, %arg6) {map = #map13} : (memref<3x3x8x16xf32, strided<[?, ?, ?, ?], offset: ?>>, index, index, index, index) -> f32
                  %20 = "affine.load"(%2, %arg3, %arg4, %arg5, %arg6) {map = #map} : (memref<1x16x16x16xf32>, index, index, index, index) -> f32
                  %21 = "arith.mulf"(%18, %19) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
                  %22 = "arith.addf"(%20, %21) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
                  "affine.store"(%22, %2, %arg3, %arg4, %arg5, %arg6) {map = #map} : (f32, memref<1x16x16x16xf32>, index, index, index, index) -> ()
                  "affine.yield"() : () -> ()
                }) {lower_bound = #map4, step = 4 : index, upper_bound = #map14} : () -> ()
                "affine.yield"() : () -> ()
              }) {lower_bound = #map4, step = 1 : index, upper_bound = #map15} : () -> ()
              "affine.yield"() : () -> ()
            }) {lower_bound = #map4, step = 1 : index, upper_bound = #map15} : () -> ()
            "affine.yield"() : () -> ()
          }) {lower_bound = #map4, step = 1 : index, upper_bound = #map5} : () -> ()
          "affine.yield"() : () -> ()
        }) {lower_bound = #map4, step = 1 : index, upper_bound = #map5} : () -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map4, step = 1 : index, upper_bound = #map5} : () -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map4, step = 1 : index, upper_bound = #map6} : () -> ()
    "affine.for"() ({
    ^bb0(%arg3: index):
      "affine.for"() ({
      ^bb0(%arg4: index):
        "affine.for"() ({
        ^bb0(%arg5: index):
          "affine.for"() ({
          ^bb0(%arg6: index):
            %3 = "affine.load"(%arg2, %arg6) {map = #map16} : (memref<16xf32, strided<[?], offset: ?>>, index) -> f32
            %4 = "affine.load"(%2, %arg3, %arg4, %arg5, %arg6) {map = #map} : (memref<1x16x16x16xf32>, index, index, index, index) -> f32
            %5 = "arith.addf"(%4, %3) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
            %6 = "arith.maxf"(%5, %0) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
            "affine.store"(%6, %1, %arg3, %arg4, %arg5, %arg6) {map = #map} : (f32, memref<1x16x16x16xf32>, index, index, index, index) -> ()
            %7 = "affine.load"(%arg2, %arg6) {map = #map17} : (memref<16xf32, strided<[?], offset: ?>>, index) -> f32
            %8 = "affine.load"(%2, %arg3, %arg4, %arg5, %arg6) {map = #map1} : (memref<1x16x16x16xf32>, index, index, index, index) -> f32
            %9 = "arith.addf"(%8, %7) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
            %10 = "arith.maxf"(%9, %0) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
            "affine.store"(%10, %1, %arg3, %arg4, %arg5, %arg6) {map = #map1} : (f32, memref<1x16x16x16xf32>, index, index, index, index) -> ()
            %11 = "affine.load"(%arg2, %arg6) {map = #map18} : (memref<16xf32, strided<[?], offset: ?>>, index) -> f32
            %12 = "affine.load"(%2, %arg3, %arg4, %arg5, %arg6) {map = #map2} : (memref<1x16x16x16xf32>, index, index, index, index) -> f32
            %13 = "arith.addf"(%12, %11) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
            %14 = "arith.maxf"(%13, %0) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
            "affine.store"(%14, %1, %arg3, %arg4, %arg5, %arg6) {map = #map2} : (f32, memref<1x16x16x16xf32>, index, index, index, index) -> ()
            %15 = "affine.load"(%arg2, %arg6) {map = #map19} : (memref<16xf32, strided<[?], offset: ?>>, index) -> f32
            %16 = "affine.load"(%2, %arg3, %arg4, %arg5, %arg6) {map = #map3} : (memref<1x16x16x16xf32>, index, index, index, index) -> f32
            %17 = "arith.addf"(%16, %15) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
            %18 = "arith.maxf"(%17, %0) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
            "affine.store"(%18, %1, %arg3, %arg4, %arg5, %arg6) {map = #map3} : (f32, memref<1x16x16x16xf32>, index, index, index, index) -> ()
            "affine.yield"() : () -> ()
          }) {lower_bound = #map4, step = 4 : index, upper_bound = #map5} : () -> ()
          "affine.yield"() : () -> ()
        }) {lower_bound = #map4, step = 1 : index, upper_bound = #map5} : () -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map4, step = 1 : index, upper_bound = #map5} : () -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map4, step = 1 : index, upper_bound = #map6} : () -> ()
    "memref.dealloc"(%2) : (memref<1x16x16x16xf32>) -> ()
    "func.return"(%1) : (memref<1x16x16x16xf32>) -> ()
  }) {function_type = (memref<1x18x18x8xf32, strided<[?, ?, ?, ?], offset: ?>>, memref<3x3x8x16xf32, strided<[?, ?, ?, ?], offset: ?>>, memref<16xf32, strided<[?], offset: ?>>) -> memref<1x16x16x16xf32>, sym_name = "conv_bias_relu"} : () -> ()
}) : () -> ()

