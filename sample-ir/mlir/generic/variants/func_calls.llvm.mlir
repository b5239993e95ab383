"builtin.module"() ({
  "llvm.func"() ({
  }) {CConv = #llvm.cconv<ccc>, function_type = !llvm.func<f32 (ptr<f32>, ptr<f32>, i64, i64, i64)>, linkage = #llvm.linkage<external>, sym_name = "external_norm", sym_visibility = "private"} : () -> ()
  "llvm.func"() ({
  ^bb0(%arg0: f64):
    %0 = "llvm.fmul"(%arg0, %arg0) {fastmathFlags = #llvm.fastmath<none>} : (f64, f64) -> f64
    "llvm.return"(%0) : (f64) -> ()
  }) {CConv = #llvm.cconv<ccc>, function_type = !llvm.func<f64 (f64)>, linkage = #llvm.linkage<external>, sym_name = "square"} : () -> ()
  "llvm.func"() ({
  ^bb0(%arg0: f64, %arg1: i32):
    %0 = "llvm.mlir.constant"() {value = 1.000000e+00 : f64} : () -> f64
    %1 = "llvm.mlir.constant"() {value = 0 : i32} : () -> i32
    %2 = "llvm.mlir.constant"() {value = 2 : i32} : () -> i32
    %3 = "llvm.icmp"(%arg1, %1) {predicate = 0 : i64} : (i32, i32) -> i1
    "llvm.cond_br"(%3)[^bb1, ^bb2] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb1:  // pred: ^bb0
    "llvm.br"(%0)[^bb3] : (f64) -> ()
  ^bb2:  // pred: ^bb0
    %4 = "llvm.sdiv"(%arg1, %2) : (i32, i32) -> i32
    %5 = "llvm.call"(%arg0, %4) {callee = @power, fastmathFlags = #llvm.fastmath<none>} : (f64, i32) -> f64
    %6 = "llvm.call"(%5) {callee = @square, fastmathFlags = #llvm.fastmath<none>} : (f64) -> f64
    %7 = "llvm.srem"(%arg1, %2) : (i32, i32) -> i32
    %8 = "llvm.icmp"(%7, %1) {predicate = 1 : i64} : (i32, i32) -> i1
    %9 = "llvm.select"(%8, %arg0, %0) : (i1, f64, f64) -> f64
    %10 = "llvm.fmul"(%6, %9) {fastmathFlags = #llvm.fastmath<none>} : (f64, f64) -> f64
    "llvm.br"(%10)[^bb3] : (f64) -> ()
  ^bb3(%11: f64):  // 2 preds: ^bb1, ^bb2
    "llvm.br"()[^bb4] : () -> ()
  ^bb4:  // pred: ^bb3
    "llvm.return"(%11) : (f64) -> ()
  }) {CConv = #llvm.cconv<ccc>, function_type = !llvm.func<f64 (f64, i32)>, linkage = #llvm.linkage<external>, sym_name = "power"} : () -> ()
  "llvm.func"() ({
  ^bb0(%arg0: f32, %arg1: f32):
    %0 = "llvm.intr.minnum"(%arg0, %arg1) {fastmathFlags = #llvm.fastmath<none>} : (f32, f32) -> f32
    %1 = "llvm.intr.maxnum"(%arg0, %arg1) {fastmathFlags = #llvm.fastmath<none>} : (f32, f32) -> f32
    %2 = "llvm.mlir.undef"() : () -> !llvm.struct<(f32, f32)>
    %3 = "llvm.insertvalue"(%2, %0) {position = array<i64: 0>} : (!llvm.struct<(f32, f32)>, f32) -> !llvm.struct<(f32, f32)>
    %4 = "llvm.insertvalue"(%3, %1) {position = array<i64: 1>} : (!llvm.struct<(f32, f32)>, f32) -> !llvm.struct<(f32, f32)>
    "llvm.return"(%4) : (!llvm.struct<(f32, f32)>) -> ()
  }) {CConv = #llvm.cconv<ccc>, function_type = !llvm.func<struct<(f32, f32)> (f32, f32)>, linkage = #llvm.linkage<external>, sym_name = "minmax"} : () -> ()
  "llvm.func"() ({
  ^bb0(%arg0: !llvm.ptr<f32>, %arg1: !llvm.ptr<f32>, %arg2: i64, %arg3: i64, %arg4: i64):
    %0 = "llvm.mlir.addressof"() {global_name = @square} : () -> !llvm.ptr<func<f64 (f64)>>
    %1 = "llvm.call"(%arg0, %arg1, %arg2, %arg3, %arg4) {callee = @external_norm, fastmathFlags = #llvm.fastmath<none>} : (!llvm.ptr<f32>, !llvm.ptr<f32>, i64, i64, i64) -> f32
    %2 = "llvm.call"(%1, %1) {callee = @minmax, fastmathFlags = #llvm.fastmath<none>} : (f32, f32) -> !llvm.struct<(f32, f32)>
    %3 = "llvm.extractvalue"(%2) {position = array<i64: 0>} : (!llvm.struct<(f32, f32)>) -> f32
    %4 = "llvm.extractvalue"(%2) {position = array<i64: 1>} : (!llvm.struct<(f32, f32)>) -> f32
    %5 = "llvm.fpext"(%4) : (f32) -> f64
    %6 = "llvm.call"(%0, %5) {fastmathFlags = #llvm.fastmath<none>} : (!llvm.ptr<func<f64 (f64)>>, f64) -> f64
    %7 = "llvm.fptrunc"(%6) : (f64) -> f32
    %8 = "llvm.fadd"(%3, %7) {fastmathFlags = #llvm.fastmath<none>} : (f32, f32) -> f32
    "llvm.return"(%8) : (f32) -> ()
  }) {CConv = #llvm.cconv<ccc>, function_type = !llvm.func<f32 (ptr<f32>, ptr<f32>, i64, i64, i64)>, linkage = #llvm.linkage<external>, sym_name = "driver"} : () -> ()
}) {llvm.data_layout = ""} : () -> ()

