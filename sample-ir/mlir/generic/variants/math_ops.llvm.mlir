"builtin.module"() ({
  "llvm.func"() ({
  ^bb0(%arg0: f32):
    %0 = "llvm.mlir.constant"() {value = 1.000000e+00 : f32} : () -> f32
    %1 = "llvm.intr.exp"(%arg0) {fastmathFlags = #llvm.fastmath<none>} : (f32) -> f32
    %2 = "llvm.fadd"(%1, %0) {fastmathFlags = #llvm.fastmath<fast>} : (f32, f32) -> f32
    %3 = "llvm.intr.log"(%2) {fastmathFlags = #llvm.fastmath<none>} : (f32) -> f32
    "llvm.return"(%3) : (f32) -> ()
  }) {CConv = #llvm.cconv<ccc>, function_type = !llvm.func<f32 (f32)>, linkage = #llvm.linkage<external>, sym_name = "softplus"} : () -> ()
  "llvm.func"() ({
  ^bb0(%arg0: vector<8xf32>):
    %0 = "llvm.mlir.constant"() {value = dense<1.000000e+00> : vector<8xf32>} : () -> vector<8xf32>
    %1 = "llvm.fneg"(%arg0) {fastmathFlags = #llvm.fastmath<none>} : (vector<8xf32>) -> vector<8xf32>
    %2 = "llvm.intr.exp"(%1) {fastmathFlags = #llvm.fastmath<none>} : (vector<8xf32>) -> vector<8xf32>
    %3 = "llvm.fadd"(%2, %0) {fastmathFlags = #llvm.fastmath<none>} : (vector<8xf32>, vector<8xf32>) -> vector<8xf32>
    %4 = "llvm.fdiv"(%0, %3) {fastmathFlags = #llvm.fastmath<none>} : (vector<8xf32>, vector<8xf32>) -> vector<8xf32>
    "llvm.return"(%4) : (vector<8xf32>) -> ()
  }) {CConv = #llvm.cconv<ccc>, function_type = !llvm.func<vector<8xf32> (vector<8xf32>)>, linkage = #llvm.linkage<external>, sym_name = "sigmoid_vec"} : () -> ()
  "llvm.func"() ({
  ^bb0(%arg0: i32, %arg1: i32):
    %0 = "llvm.mlir.constant"() {value = false} : () -> i1
    %1 = "llvm.mlir.constant"() {value = 3 : i32} : () -> i32
    %2 = "llvm.and"(%arg0, %arg1) : (i32, i32) -> i32
    %3 = "llvm.or"(%arg0, %arg1) : (i32, i32) -> i32
    %4 = "llvm.xor"(%2, %3) : (i32, i32) -> i32
    %5 = "llvm.shl"(%4, %1) : (i32, i32) -> i32
    %6 = "llvm.lshr"(%5, %1) : (i32, i32) -> i32
    %7 = "llvm.intr.ctpop"(%6) : (i32) -> i32
    %8 = "llvm.intr.ctlz"(%7, %0) : (i32, i1) -> i32
    %9 = "llvm.sext"(%8) : (i32) -> i64
    %10 = "llvm.intr.smax"(%arg0, %arg1) : (i32, i32) -> i32
    %11 = "llvm.intr.umin"(%10, %2) : (i32, i32) -> i32
    %12 = "llvm.add"(%11, %8) : (i32, i32) -> i32
    %13 = "llvm.mlir.undef"() : () -> !llvm.struct<(i32, i64)>
    %14 = "llvm.insertvalue"(%13, %12) {position = array<i64: 0>} : (!llvm.struct<(i32, i64)>, i32) -> !llvm.struct<(i32, i64)>
    %15 = "llvm.insertvalue"(%14, %9) {position = array<i64: 1>} : (!llvm.struct<(i32, i64)>, i64) -> !llvm.struct<(i32, i64)>
    "llvm.return"(%15) : (!llvm.struct<(i32, i64)>) -> ()
  }) {CConv = #llvm.cconv<ccc>, function_type = !llvm.func<struct<(i32, i64)> (i32, i32)>, linkage = #llvm.linkage<external>, sym_name = "bits"} : () -> ()
  "llvm.func"() ({
  ^bb0(%arg0: f64):
    %0 = "llvm.intr.floor"(%arg0) {fastmathFlags = #llvm.fastmath<none>} : (f64) -> f64
    %1 = "llvm.intr.ceil"(%arg0) {fastmathFlags = #llvm.fastmath<none>} : (f64) -> f64
    %2 = "llvm.intr.round"(%0) {fastmathFlags = #llvm.fastmath<none>} : (f64) -> f64
    %3 = "llvm.intr.trunc"(%1) {fastmathFlags = #llvm.fastmath<none>} : (f64) -> f64
    %4 = "llvm.fadd"(%2, %3) {fastmathFlags = #llvm.fastmath<none>} : (f64, f64) -> f64
    %5 = "llvm.intr.fabs"(%4) {fastmathFlags = #llvm.fastmath<none>} : (f64) -> f64
    %6 = "llvm.intr.sqrt"(%5) {fastmathFlags = #llvm.fastmath<none>} : (f64) -> f64
    %7 = "llvm.intr.pow"(%6, %arg0) {fastmathFlags = #llvm.fastmath<none>} : (f64, f64) -> f64
    %8 = "llvm.intr.fma"(%7, %arg0, %6) {fastmathFlags = #llvm.fastmath<none>} : (f64, f64, f64) -> f64
    %9 = "llvm.fptosi"(%8) : (f64) -> i32
    %10 = "llvm.sitofp"(%9) : (i32) -> f32
    %11 = "llvm.mlir.undef"() : () -> !llvm.struct<(f64, i32, f32)>
    %12 = "llvm.insertvalue"(%11, %8) {position = array<i64: 0>} : (!llvm.struct<(f64, i32, f32)>, f64) -> !llvm.struct<(f64, i32, f32)>
    %13 = "llvm.insertvalue"(%12, %9) {position = array<i64: 1>} : (!llvm.struct<(f64, i32, f32)>, i32) -> !llvm.struct<(f64, i32, f32)>
    %14 = "llvm.insertvalue"(%13, %10) {position = array<i64: 2>} : (!llvm.struct<(f64, i32, f32)>, f32) -> !llvm.struct<(f64, i32, f32)>
    "llvm.return"(%14) : (!llvm.struct<(f64, i32, f32)>) -> ()
  }) {CConv = #llvm.cconv<ccc>, function_type = !llvm.func<struct<(f64, i32, f32)> (f64)>, linkage = #llvm.linkage<external>, sym_name = "rounding"} : () -> ()
}) {llvm.data_layout = ""} : () -> ()

