"builtin.module"() ({
  "llvm.mlir.global"() ({
  }) {addr_space = 0 : i32, constant, global_type = !llvm.array<6 x i8>, linkage = #llvm.linkage<internal>, sym_name = "greeting", unnamed_addr = 0 : i64, value = "hello\00"} : () -> ()
  "llvm.mlir.global"() ({
  }) {addr_space = 0 : i32, global_type = i64, linkage = #llvm.linkage<external>, sym_name = "counter", unnamed_addr = 0 : i64, value = 0 : i64} : () -> ()
  "llvm.func"() ({
  }) {CConv = #llvm.cconv<ccc>, function_type = !llvm.func<i32 (ptr<i8>)>, linkage = #llvm.linkage<external>, sym_name = "puts"} : () -> ()
  "llvm.func"() ({
  ^bb0(%arg0: !llvm.ptr<f32>, %arg1: i64):
    %0 = "llvm.mlir.constant"() {value = 0 : i64} : () -> i64
    %1 = "llvm.mlir.constant"() {value = 1 : i64} : () -> i64
    %2 = "llvm.mlir.constant"() {value = 0.000000e+00 : f32} : () -> f32
    "llvm.br"(%0, %2)[^bb1] : (i64, f32) -> ()
  ^bb1(%3: i64, %4: f32):  // 2 preds: ^bb0, ^bb2
    %5 = "llvm.icmp"(%3, %arg1) {predicate = 2 : i64} : (i64, i64) -> i1
    "llvm.cond_br"(%5)[^bb2, ^bb3] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb2:  // pred: ^bb1
    %6 = "llvm.getelementptr"(%arg0, %3) {rawConstantIndices = array<i32: -2147483648>} : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %7 = "llvm.load"(%6) : (!llvm.ptr<f32>) -> f32
    %8 = "llvm.fadd"(%4, %7) {fastmathFlags = #llvm.fastmath<none>} : (f32, f32) -> f32
    %9 = "llvm.add"(%3, %1) : (i64, i64) -> i64
    "llvm.br"(%9, %8)[^bb1] : (i64, f32) -> ()
  ^bb3:  // pred: ^bb1
    "llvm.return"(%4) : (f32) -> ()
  }) {CConv = #llvm.cconv<ccc>, function_type = !llvm.func<f32 (ptr<f32>, i64)>, linkage = #llvm.linkage<external>, sym_name = "sum"} : () -> ()
  "llvm.func"() ({
    %0 = "llvm.mlir.constant"() {value = 1 : i64} : () -> i64
    %1 = "llvm.mlir.addressof"() {global_name = @greeting} : () -> !llvm.ptr<array<6 x i8>>
    %2 = "llvm.bitcast"(%1) : (!llvm.ptr<array<6 x i8>>) -> !llvm.ptr<i8>
    %3 = "llvm.call"(%2) {callee = @puts, fastmathFlags = #llvm.fastmath<none>} : (!llvm.ptr<i8>) -> i32
    %4 = "llvm.mlir.addressof"() {global_name = @counter} : () -> !llvm.ptr<i64>
    %5 = "llvm.load"(%4) : (!llvm.ptr<i64>) -> i64
    %6 = "llvm.add"(%5, %0) : (i64, i64) -> i64
    "llvm.store"(%6, %4) : (i64, !llvm.ptr<i64>) -> ()
    %7 = "llvm.sext"(%3) : (i32) -> i64
    %8 = "llvm.intr.smax"(%7, %6) : (i64, i64) -> i64
    %9 = "llvm.trunc"(%8) : (i64) -> i32
    "llvm.return"(%9) : (i32) -> ()
  }) {CConv = #llvm.cconv<ccc>, function_type = !llvm.func<i32 ()>, linkage = #llvm.linkage<external>, sym_name = "greet"} : () -> ()
}) {llvm.data_layout = ""} : () -> ()

