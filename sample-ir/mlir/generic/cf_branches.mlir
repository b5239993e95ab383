"builtin.module"() ({
  "func.func"() ({
  ^bb0(%arg0: i32, %arg1: i32):
    %0 = "arith.constant"() {value = 0 : i32} : () -> i32
    "cf.br"(%arg0, %arg1)[^bb1] : (i32, i32) -> ()
  ^bb1(%1: i32, %2: i32):  // 2 preds: ^bb0, ^bb2
    %3 = "arith.cmpi"(%2, %0) {predicate = 0 : i64} : (i32, i32) -> i1
    "cf.cond_br"(%3, %1)[^bb3, ^bb2] {operand_segment_sizes = array<i32: 1, 1, 0>} : (i1, i32) -> ()
  ^bb2:  // pred: ^bb1
    %4 = "arith.remsi"(%1, %2) : (i32, i32) -> i32
    "cf.br"(%2, %4)[^bb1] : (i32, i32) -> ()
  ^bb3(%5: i32):  // pred: ^bb1
    "func.return"(%5) : (i32) -> ()
  }) {function_type = (i32, i32) -> i32, sym_name = "gcd"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: i32):
    %0 = "arith.constant"() {value = 1.000000e+00 : f32} : () -> f32
    %1 = "arith.constant"() {value = 2.000000e+00 : f32} : () -> f32
    %2 = "arith.constant"() {value = -1.000000e+00 : f32} : () -> f32
    %3 = "arith.cmpi"(%arg0, %arg0) {predicate = 5 : i64} : (i32, i32) -> i1
    "cf.assert"(%3) {msg = "comparison must be reflexive"} : (i1) -> ()
    "cf.switch"(%arg0, %2)[^bb3, ^bb1, ^bb2] {case_operand_segments = array<i32: 0, 0>, case_values = dense<[1, 2]> : vector<2xi32>, operand_segment_sizes = array<i32: 1, 1, 0>} : (i32, f32) -> ()
  ^bb1:  // pred: ^bb0
    "cf.br"(%0)[^bb3] : (f32) -> ()
  ^bb2:  // pred: ^bb0
    "cf.br"(%1)[^bb3] : (f32) -> ()
  ^bb3(%4: f32):  // 3 preds: ^bb0, ^bb1, ^bb2
    "func.return"(%4) : (f32) -> ()
  }) {function_type = (i32) -> f32, sym_name = "classify"} : () -> ()
}) : () -> ()

