"builtin.module"() ({
  "func.func"() ({
  ^bb0(%arg0: f32):
    %0 = "arith.constant"() {value = 1.000000e+00 : f32} : () -> f32
    %1 = "math.exp"(%arg0) {fastmath = #arith.fastmath<none>} : (f32) -> f32
    %2 = "arith.addf"(%1, %0) {fastmath = #arith.fastmath<fast>} : (f32, f32) -> f32
    %3 = "math.log"(%2) {fastmath = #arith.fastmath<none>} : (f32) -> f32
    "func.return"(%3) : (f32) -> ()
  }) {function_type = (f32) -> f32, sym_name = "softplus"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: vector<8xf32>):
    %0 = "arith.constant"() {value = dense<1.000000e+00> : vector<8xf32>} : () -> vector<8xf32>
    %1 = "arith.negf"(%arg0) {fastmath = #arith.fastmath<none>} : (vector<8xf32>) -> vector<8xf32>
    %2 = "math.exp"(%1) {fastmath = #arith.fastmath<none>} : (vector<8xf32>) -> vector<8xf32>
    %3 = "arith.addf"(%2, %0) {fastmath = #arith.fastmath<none>} : (vector<8xf32>, vector<8xf32>) -> vector<8xf32>
    %4 = "arith.divf"(%0, %3) {fastmath = #arith.fastmath<none>} : (vector<8xf32>, vector<8xf32>) -> vector<8xf32>
    "func.return"(%4) : (vector<8xf32>) -> ()
  }) {function_type = (vector<8xf32>) -> vector<8xf32>, sym_name = "sigmoid_vec"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: i32, %arg1: i32):
    %0 = "arith.andi"(%arg0, %arg1) : (i32, i32) -> i32
    %1 = "arith.ori"(%arg0, %arg1) : (i32, i32) -> i32
    %2 = "arith.xori"(%0, %1) : (i32, i32) -> i32
    %3 = "arith.constant"() {value = 3 : i32} : () -> i32
    %4 = "arith.shli"(%2, %3) : (i32, i32) -> i32
    %5 = "arith.shrui"(%4, %3) : (i32, i32) -> i32
    %6 = "math.ctpop"(%5) : (i32) -> i32
    %7 = "math.ctlz"(%6) : (i32) -> i32
    %8 = "arith.extsi"(%7) : (i32) -> i64
    %9 = "arith.maxsi"(%arg0, %arg1) : (i32, i32) -> i32
    %10 = "arith.minui"(%9, %0) : (i32, i32) -> i32
    %11 = "arith.addi"(%10, %7) : (i32, i32) -> i32
    "func.return"(%11, %8) : (i32, i64) -> ()
  }) {function_type = (i32, i32) -> (i32, i64), sym_name = "bits"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: f64):
    %0 = "math.floor"(%arg0) {fastmath = #arith.fastmath<none>} : (f64) -> f64
    %1 = "math.ceil"(%arg0) {fastmath = #arith.fastmath<none>} : (f64) -> f64
    %2 = "math.round"(%0) {fastmath = #arith.fastmath<none>} : (f64) -> f64
    %3 = "math.trunc"(%1) {fastmath = #arith.fastmath<none>} : (f64) -> f64
    %4 = "arith.addf"(%2, %3) {fastmath = #arith.fastmath<none>} : (f64, f64) -> f64
    %5 = "math.absf"(%4) {fastmath = #arith.fastmath<none>} : (f64) -> f64
    %6 = "math.sqrt"(%5) {fastmath = #arith.fastmath<none>} : (f64) -> f64
    %7 = "math.powf"(%6, %arg0) {fastmath = #arith.fastmath<none>} : (f64, f64) -> f64
    %8 = "math.fma"(%7, %arg0, %6) {fastmath = #arith.fastmath<none>} : (f64, f64, f64) -> f64
    %9 = "arith.fptosi"(%8) : (f64) -> i32
    %10 = "arith.sitofp"(%9) : (i32) -> f32
    "func.return"(%8, %9, %10) : (f64, i32, f32) -> ()
  }) {function_type = (f64) -> (f64, i32, f32), sym_name = "rounding"} : () -> ()
}) : () -> ()

