#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0) -> (d0)>
#map2 = affine_map<(d0) -> (d0 + 8)>
#map3 = affine_map<() -> (0)>
#map4 = affine_map<() -> (16)>
#map5 = affine_map<() -> (32)>
#map6 = affine_map<() -> (64)>
"builtin.module"() ({
  "func.func"() ({
  ^bb0(%arg0: memref<32x64xi8, strided<[?, ?], offset: ?>>, %arg1: memref<64x16xi8, strided<[?, ?], offset: ?>>, %arg2: f32):
    %0 = "arith.constant"() {value = 0 : i32} : () -> i32
    %1 = "arith.constant"() {value = -1.280000e+02 : f32} : () -> f32
    %2 = "arith.constant"() {value = 1.270000e+02 : f32} : () -> f32
    %3 = "memref.alloc"() {alignment = 64 : i64, operand_segment_sizes = array<i32: 0, 0>} : () -> memref<32x16xi32>
    "affine.for"() ({
    ^bb0(%arg3: index):
      "affine.for"() ({
      ^bb0(%arg4: index):
        "affine.for"(%arg3, %arg3) ({
        ^bb0(%arg5: index):
          "affine.for"(%arg4, %arg4) ({
          ^bb0(%arg6: index):
            "affine.store"(%0, %3, %arg5, %arg6) {map = #map} : (i32, memref<32x16xi32>, index, index) -> ()
            "affine.yield"() : () -> ()
          }) {lower_bound = #map1, step = 1 : index, upper_bound = #map2} : (index, index) -> ()
          "affine.yield"() : () -> ()
        }) {lower_bound = #map1, step = 1 : index, upper_bound = #map2} : (index, index) -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map3, step = 8 : index, upper_bound = #map4} : () -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map3, step = 8 : index, upper_bound = #map5} : () -> ()
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
                %5 = "affine.load"(%arg0, %arg6, %arg8) {map = #map} : (memref<32x64xi8, strided<[?, ?], offset: ?>>, index, index) -> i8
                %6 = "affine.load"(%arg1, %arg8, %arg7) {map = #map} : (memref<64x16xi8, strided<[?, ?], offset: ?>>, index, index) -> i8
                %7 = "affine.load"(%3, %arg6, %arg7) {map = #map} : (memref<32x16xi32>, index, index) -> i32
                %8 = "arith.extsi"(%5) : (i8) -> i32
                %9 = "arith.extsi"(%6) : (i8) -> i32
                %10 = "arith.muli"(%8, %9) : (i32, i32) -> i32
                %11 = "arith.addi"(%7, %10) : (i32, i32) -> i32
                "affine.store"(%11, %3, %arg6, %arg7) {map = #map} : (i32, memref<32x16xi32>, index, index) -> ()
                "affine.yield"() : () -> ()
              }) {lower_bound = #map1, step = 1 : index, upper_bound = #map2} : (index, index) -> ()
              "affine.yield"() : () -> ()
            }) {lower_bound = #map1, step = 1 : index, upper_bound = #map2} : (index, index) -> ()
            "affine.yield"() : () -> ()
          }) {lower_bound = #map1, step = 1 : index, upper_bound = #map2} : (index, index) -> ()
          "affine.yield"() : () -> ()
        }) {lower_bound = #map3, step = 8 : index, upper_bound = #map6} : () -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map3, step = 8 : index, upper_bound = #map4} : () -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map3, step = 8 : index, upper_bound = #map5} : () -> ()
    %4 = "memref.alloc"() {alignment = 64 : i64, operand_segment_sizes = array<i32: 0, 0>} : () -> memref<32x16xi8>
    "affine.for"() ({
    ^bb0(%arg3: index):
      "affine.for"() ({
      ^bb0(%arg4: index):
        "affine.for"(%arg3, %arg3) ({
        ^bb0(%arg5: index):
          "affine.for"(%arg4, %arg4) ({
          ^bb0(%arg6: index):
            %5 = "affine.load"(%3, %arg5, %arg6) {map = #map} : (memref<32x16xi32>, index, index) -> i32
            %6 = "arith.sitofp"(%5) : (i32) -> f32
            %7 = "arith.mulf"(%6, %arg2) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
            %8 = "arith.maxf"(%7, %1) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
            %9 = "arith.minf"(%8, %2) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
            %10 = "arith.fptosi"(%9) : (f32) -> i8
            "affine.store"(%10, %4, %arg5, %arg6) {map = #map} : (i8, memref<32x16xi8>, index, index) -> ()
            "affine.yield"() : () -> ()
          }) {lower_bound = #map1, step = 1 : index, upper_bound = #map2} : (index, index) -> ()
          "affine.yield"() : () -> ()
        }) {lower_bound = #map1, step = 1 : index, upper_bound = #map2} : (index, index) -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map3, step = 8 : index, upper_bound = #map4} : () -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map3, step = 8 : index, upper_bound = #map5} : () -> ()
    "memref.dealloc"(%3) : (memref<32x16xi32>) -> ()
    "func.return"(%4) : (memref<32x16xi8>) -> ()
  }) {function_type = (memref<32x64xi8, strided<[?, ?], offset: ?>>, memref<64x16xi8, strided<[?, ?], offset: ?>>, f32) -> memref<32x16xi8>, sym_name = "qmatmul"} : () -> ()
}) : () -> ()

