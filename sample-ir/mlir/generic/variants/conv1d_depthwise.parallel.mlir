#map = affine_map<(d0, d1) -> (d0 + d1)>
#map1 = affine_map<(d0, d1) -> (d0 * 2 + d1)>
"builtin.module"() ({
  "func.func"() ({
  ^bb0(%arg0: memref<1x64x4xf32>, %arg1: memref<5x4x8xf32>, %arg2: memref<1x60x8xf32>):
    %0 = "arith.constant"() {value = 0 : index} : () -> index
    %1 = "arith.constant"() {value = 1 : index} : () -> index
    %2 = "arith.constant"() {value = 60 : index} : () -> index
    %3 = "arith.constant"() {value = 8 : index} : () -> index
    %4 = "arith.constant"() {value = 5 : index} : () -> index
    %5 = "arith.constant"() {value = 4 : index} : () -> index
    "scf.parallel"(%0, %0, %2, %3, %1, %1) ({
    ^bb0(%arg3: index, %arg4: index):
      "scf.for"(%0, %4, %1) ({
      ^bb0(%arg5: index):
        "scf.for"(%0, %5, %1) ({
        ^bb0(%arg6: index):
          %6 = "affine.apply"(%arg3, %arg5) {map = #map} : (index, index) -> index
          %7 = "memref.load"(%arg0, %0, %6, %arg6) : (memref<1x64x4xf32>, index, index, index) -> f32
          %8 = "memref.load"(%arg1, %arg5, %arg6, %arg4) : (memref<5x4x8xf32>, index, index, index) -> f32
          %9 = "memref.load"(%arg2, %0, %arg3, %arg4) : (memref<1x60x8xf32>, index, index, index) -> f32
          %10 = "arith.mulf"(%7, %8) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
          %11 = "arith.addf"(%9, %10) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
          "memref.store"(%11, %arg2, %0, %arg3, %arg4) : (f32, memref<1x60x8xf32>, index, index, index) -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "scf.yield"() : () -> ()
    }) {operand_segment_sizes = array<i32: 2, 2, 2, 0>} : (index, index, index, index, index, index) -> ()
    "func.return"() : () -> ()
  }) {function_type = (memref<1x64x4xf32>, memref<5x4x8xf32>, memref<1x60x8xf32>) -> (), sym_name = "conv1d"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<1x33x33x8xf32>, %arg1: memref<3x3x8xf32>, %arg2: memref<1x16x16x8xf32>):
    %0 = "arith.constant"() {value = 0 : index} : () -> index
    %1 = "arith.constant"() {value = 1 : index} : () -> index
    %2 = "arith.constant"() {value = 16 : index} : () -> index
    %3 = "arith.constant"() {value = 8 : index} : () -> index
    %4 = "arith.constant"() {value = 3 : index} : () -> index
    "scf.parallel"(%0, %0, %0, %2, %2, %3, %1, %1, %1) ({
    ^bb0(%arg3: index, %arg4: index, %arg5: index):
      "scf.for"(%0, %4, %1) ({
      ^bb0(%arg6: index):
        "scf.for"(%0, %4, %1) ({
        ^bb0(%arg7: index):
          %5 = "affine.apply"(%arg3, %arg6) {map = #map1} : (index, index) -> index
          %6 = "affine.apply"(%arg4, %arg7) {map = #map1} : (index, index) -> index
          %7 = "memref.load"(%arg0, %0, %5, %6, %arg5) : (memref<1x33x33x8xf32>, index, index, index, index) -> f32
          %8 = "memref.load"(%arg1, %arg6, %arg7, %arg5) : (memref<3x3x8xf32>, index, index, index) -> f32
          %9 = "memref.load"(%arg2, %0, %arg3, %arg4, %arg5) : (memref<1x16x16x8xf32>, index, index, index, index) -> f32
          %10 = "arith.mulf"(%7, %8) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
          %11 = "arith.addf"(%9, %10) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
          "memref.store"(%11, %arg2, %0, %arg3, %arg4, %arg5) : (f32, memref<1x16x16x8xf32>, index, index, index, index) -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "scf.yield"() : () -> ()
    }) {operand_segment_sizes = array<i32: 3, 3, 3, 0>} : (index, index, index, index, index, index, index, index, index) -> ()
    "func.return"() : () -> ()
  }) {function_type = (memref<1x33x33x8xf32>, memref<3x3x8xf32>, memref<1x16x16x8xf32>) -> (), sym_name = "depthwise"} : () -> ()
}) : () -> ()

