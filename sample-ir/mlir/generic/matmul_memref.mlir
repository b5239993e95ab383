#map = affine_map<(d0, d1, d2) -> (d0, d2)>
#map1 = affine_map<(d0, d1, d2) -> (d2, d1)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map3 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>
#map4 = affine_map<(d0, d1, d2, d3) -> (d0, d3, d2)>
#map5 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map6 = affine_map<(d0, d1) -> (d0, d1)>
#map7 = affine_map<(d0, d1) -> (d1)>
#map8 = affine_map<(d0, d1) -> (d0)>
"builtin.module"() ({
  "func.func"() ({
  ^bb0(%arg0: memref<32x48xf32>, %arg1: memref<48x16xf32>, %arg2: memref<32x16xf32>):
    "linalg.matmul"(%arg0, %arg1, %arg2) ({
    ^bb0(%arg3: f32, %arg4: f32, %arg5: f32):
      %0 = "arith.mulf"(%arg3, %arg4) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      %1 = "arith.addf"(%arg5, %0) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      "linalg.yield"(%1) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map, #map1, #map2], operand_segment_sizes = array<i32: 2, 1>} : (memref<32x48xf32>, memref<48x16xf32>, memref<32x16xf32>) -> ()
    "func.return"() : () -> ()
  }) {function_type = (memref<32x48xf32>, memref<48x16xf32>, memref<32x16xf32>) -> (), sym_name = "matmul"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<4x16x8xf32>, %arg1: memref<4x8x12xf32>, %arg2: memref<4x16x12xf32>):
    "linalg.batch_matmul"(%arg0, %arg1, %arg2) ({
    ^bb0(%arg3: f32, %arg4: f32, %arg5: f32):
      %0 = "arith.mulf"(%arg3, %arg4) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      %1 = "arith.addf"(%arg5, %0) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      "linalg.yield"(%1) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map3, #map4, #map5], operand_segment_sizes = array<i32: 2, 1>} : (memref<4x16x8xf32>, memref<4x8x12xf32>, memref<4x16x12xf32>) -> ()
    "func.return"() : () -> ()
  }) {function_type = (memref<4x16x8xf32>, memref<4x8x12xf32>, memref<4x16x12xf32>) -> (), sym_name = "batch_matmul"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<24x40xf32>, %arg1: memref<40xf32>, %arg2: memref<24xf32>):
    "linalg.matvec"(%arg0, %arg1, %arg2) ({
    ^bb0(%arg3: f32, %arg4: f32, %arg5: f32):
      %0 = "arith.mulf"(%arg3, %arg4) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      %1 = "arith.addf"(%arg5, %0) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      "linalg.yield"(%1) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map6, #map7, #map8], operand_segment_sizes = array<i32: 2, 1>} : (memref<24x40xf32>, memref<40xf32>, memref<24xf32>) -> ()
    "func.return"() : () -> ()
  }) {function_type = (memref<24x40xf32>, memref<40xf32>, memref<24xf32>) -> (), sym_name = "matvec"} : () -> ()
}) : () -> ()

