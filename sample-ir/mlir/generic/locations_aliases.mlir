#map = affine_map<(d0) -> (d0 * 4)>
#map1 = affine_map<(d0) -> (d0)>
#map2 = affine_map<() -> (0)>
#map3 = affine_map<() -> (4)>
"builtin.module"() ({
  "builtin.module"() ({
    "func.func"() ({
    ^bb0(%arg0: memref<16xf32>, %arg1: f32):
      %0 = "arith.constant"() {value = 0 : index} : () -> index
      %1 = "arith.constant"() {value = 0.000000e+00 : f32} : () -> f32
      %2 = "vector.broadcast"(%arg1) : (f32) -> vector<4xf32>
      "affine.for"() ({
      ^bb0(%arg2: index):
        %3 = "affine.apply"(%arg2) {map = #map} : (index) -> index
        %4 = "vector.transfer_read"(%arg0, %3, %1) {in_bounds = [true], operand_segment_sizes = array<i32: 1, 1, 1, 0>, permutation_map = #map1} : (memref<16xf32>, index, f32) -> vector<4xf32>
        %5 = "arith.mulf"(%4, %2) {fastmath = #arith.fastmath<none>} : (vector<4xf32>, vector<4xf32>) -> vector<4xf32>
        "vector.transfer_write"(%5, %arg0, %3) {in_bounds = [true], operand_segment_sizes = array<i32: 1, 1, 1, 0>, permutation_map = #map1} : (vector<4xf32>, memref<16xf32>, index) -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map2, step = 1 : index, upper_bound = #map3} : () -> ()
      "func.return"() : () -> ()
    }) {function_type = (memref<16xf32>, f32) -> (), llvm.emit_c_interface, sym_name = "scale"} : () -> ()
  }) {sym_name = "inner"} : () -> ()
}) {sym_name = "outer", test.version = 2 : i32} : () -> ()

