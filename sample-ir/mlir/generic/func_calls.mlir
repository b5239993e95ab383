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
    %2 = "arith.constant"() {value = 1 : i32} : () -> i32
    %3 = "arith.constant"() {value = 2 : i32} : () -> i32
    %4 = "arith.cmpi"(%arg1, %1) {predicate = 0 : i64} : (i32, i32) -> i1
    %5 = "scf.if"(%4) ({
      "scf.yield"(%0) : (f64) -> ()
    }, {
      %6 = "arith.divsi"(%arg1, %3) : (i32, i32) -> i32
      %7 = "func.call"(%arg0, %6) {callee = @power} : (f64, i32) -> f64
      %8 = "func.call"(%7) {callee = @square} : (f64) -> f64
      %9 = "arith.remsi"(%arg1, %3) : (i32, i32) -> i32
      %10 = "arith.cmpi"(%9, %1) {predicate = 1 : i64} : (i32, i32) -> i1
      %11 = "arith.select"(%10, %arg0, %0) : (i1, f64, f64) -> f64
      %12 = "arith.mulf"(%8, %11) {fastmath = #arith.fastmath<none>} : (f64, f64) -> f64
      "scf.yield"(%12) : (f64) -> ()
    }) : (i1) -> f64
    "func.return"(%5) : (f64) -> ()
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
    %2 = "func.constant"() {value = @square} : () -> ((f64) -> f64)
    %3 = "arith.extf"(%1#1) : (f32) -> f64
    %4 = "func.call_indirect"(%2, %3) : ((f64) -> f64, f64) -> f64
    %5 = "arith.truncf"(%4) : (f64) -> f32
    %6 = "arith.addf"(%1#0, %5) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
    "func.return"(%6) : (f32) -> ()
  }) {function_type = (memref<?xf32>) -> f32, sym_name = "driver"} : () -> ()
}) : () -> ()

