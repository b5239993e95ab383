#map = affine_map<(d0) -> (d0)>
"builtin.module"() ({
  "builtin.module"() ({
    "func.func"() ({
    ^bb0(%arg0: memref<16xf32>, %arg1: f32):
      %0 = "arith.constant"() {value = 1 : index} : () -> index
      %1 = "arith.constant"() {value = 4 : index} : () -> index
      %2 = "arith.constant"() {value = 0 : index} : () -> index
      %3 = "arith.constant"() {value = 0.000000e+00 : f32} : () -> f32
      %4 = "vector.broadcast"(%arg1) : (f32) -> vector<4xf32>
      "scf.for"(%2, %1, %0) ({
      ^bb0(%arg2: index):
        %5 = "arith.muli"(%arg2, %1) : (index, index) -> index
        %6 = "vector.transfer_read"(%arg0, %5, %3) {in_bounds = [true], operand_segment_sizes = array<i32: 1, 1, 1, 0>, permutation_map = #map} : (memref<16xf32>, index, f32) -> vector<4xf32>
        %7 = "arith.mulf"(%6, %4) {fastmath = #arith.fastmath<none>} : (vector<4xf32>, vector<4xf32>) -> vector<4xf32>
        "vector.transfer_write"(%7, %arg0, %5) {in_bounds = [true], operand_segment_sizes = array<i32: 1, 1, 1, 0>, permutation_map = #map} : (vector<4xf32>, memref<16xf32>, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "func.return"() : () -> ()
    }) {function_type = (memref<16xf32>, f32) -> (), llvm.emit_c_interface, sym_name = "scale"} : () -> ()
  }) {sym_name = "inner"} : () -> ()
}) {sym_name = "outer", test.version = 2 : i32} : () -> ()

