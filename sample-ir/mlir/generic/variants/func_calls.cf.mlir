"builtin.module"() ({
  "func.func"() ({
  }) {function_type = (memref<?xf32>) -> f32, sym_name = "external_norm", sym_visibility = "private"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: f64):
    %0 = "arith.mulf"(%arg0, %arg0) {fastmath = #arith.fastmath<none>} : (f64, f64) -> f64
    "func.return"(%0) : (f64) -> ()
  }) {function_type = (f64) -> f64, sym_name = "square"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: f64, %arg1: i32):
    %0 = "arith.constant"() {value = 1.000000e+00 : f64} : () -> f64
    %1 = "arith.constant"() {value = 0 : i32} : () -> i32
    %2 = "arith.constant"() {value = 2 : i32} : () -> i32
    %3 = "arith.cmpi"(%arg1, %1) {predicate = 0 : i64} : (i32, i32) -> i1
    "cf.cond_br"(%3, %0)[^bb2, ^bb1] {operand_segment_sizes = array<i32: 1, 1, 0>} : (i1, f64) -> ()
  ^bb1:  // pred: ^bb0
    %4 = "arith.divsi"(%arg1, %2) : (i32, i32) -> i32
    %5 = "func.call"(%arg0, %4) {callee = @power} : (f64, i32) -> f64
    %6 = "func.call"(%5) {callee = @square} : (f64) -> f64
    %7 = "arith.remsi"(%arg1, %2) : (i32, i32) -> i32
    %8 = "arith.cmpi"(%7, %1) {predicate = 1 : i64} : (i32, i32) -> i1
    %9 = "arith.select"(%8, %arg0, %0) : (i1, f64, f64) -> f64
    %10 = "arith.mulf"(%6, %9) {fastmath = #arith.fastmath<none>} : (f64, f64) -> f64
    "cf.br"(%10)[^bb2] : (f64) -> ()
  ^bb2(%11: f64):  // 2 preds: ^bb0, ^bb1
    "func.return"(%11) : (f64) -> ()
  }) {function_type = (f64, i32) -> f64, sym_name = "power"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: f32, %arg1: f32):
    %0 = "arith.minf"(%arg0, %arg1) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
    %1 = "arith.maxf"(%arg0, %arg1) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
    "func.return"(%0, %1) : (f32, f32) -> ()
  }) {function_type = (f32, f32) -> (f32, f32), sym_name = "minmax"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<?xf32>):
    %0 = "func.call"(%arg0) {callee = @external_norm} : (memref<?xf32>) -> f32
    %1:2 = "func.call"(%0, %0) {callee = @minmax} : (f32, f32) -> (f32, f32)
    %2 = "arith.extf"(%1#1) : (f32) -> f64
    %3 = "func.call"(%2) {callee = @square} : (f64) -> f64
    %4 = "arith.truncf"(%3) : (f64) -> f32
    %5 = "arith.addf"(%1#0, %4) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
    "func.return"(%5) : (f32) -> ()
  }) {function_type = (memref<?xf32>) -> f32, sym_name = "driver"} : () -> ()
}) : () -> ()

