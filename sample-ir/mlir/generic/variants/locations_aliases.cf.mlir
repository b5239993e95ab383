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
      "cf.br"(%2)[^bb1] : (index) -> ()
    ^bb1(%5: index):  // 2 preds: ^bb0, ^bb2
      %6 = "arith.cmpi"(%5, %1) {predicate = 2 : i64} : (index, index) -> i1
      "cf.cond_br"(%6)[^bb2, ^bb3] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
    ^bb2:  // pred: ^bb1
      %7 = "arith.muli"(%5, %1) : (index, index) -> index
      %8 = "vector.transfer_read"(%arg0, %7, %3) {in_bounds = [true], operand_segment_sizes = array<i32: 1, 1, 1, 0>, permutation_map = #map} : (memref<16xf32>, index, f32) -> vector<4xf32>
      %9 = "arith.mulf"(%8, %4) {fastmath = #arith.fastmath<none>} : (vector<4xf32>, vector<4xf32>) -> vector<4xf32>
      "vector.transfer_write"(%9, %arg0, %7) {in_bounds = [true], operand_segment_sizes = array<i32: 1, 1, 1, 0>, permutation_map = #map} : (vector<4xf32>, memref<16xf32>, index) -> ()
      %10 = "arith.addi"(%5, %0) : (index, index) -> index
      "cf.br"(%10)[^bb1] : (index) -> ()
    ^bb3:  // pred: ^bb1
      "func.return"() : () -> ()
    }) {function_type = (memref<16xf32>, f32) -> (), llvm.emit_c_interface, sym_name = "scale"} : () -> ()
  }) {sym_name = "inner"} : () -> ()
}) {sym_name = "outer", test.version = 2 : i32} : () -> ()

