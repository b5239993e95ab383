"builtin.module"() ({
  "llvm.func"() ({
  }) {CConv = #llvm.cconv<ccc>, function_type = !llvm.func<void ()>, linkage = #llvm.linkage<external>, sym_name = "abort"} : () -> ()
  "llvm.func"() ({
  }) {CConv = #llvm.cconv<ccc>, function_type = !llvm.func<void (ptr<i8>)>, linkage = #llvm.linkage<external>, sym_name = "puts"} : () -> ()
  "llvm.mlir.global"() ({
  }) {addr_space = 0 : i32, constant, global_type = !llvm.array<29 x i8>, linkage = #llvm.linkage<private>, sym_name = "assert_msg_0", unnamed_addr = 0 : i64, value = dense<[99, 111, 109, 112, 97, 114, 105, 115, 111, 110, 32, 109, 117, 115, 116, 32, 98, 101, 32, 114, 101, 102, 108, 101, 120, 105, 118, 101, 0]> : tensor<29xi8>} : () -> ()
  "llvm.func"() ({
  ^bb0(%arg0: i32, %arg1: i32):
    %0 = "llvm.mlir.constant"() {value = 0 : i32} : () -> i32
    "llvm.br"(%arg0, %arg1)[^bb1] : (i32, i32) -> ()
  ^bb1(%1: i32, %2: i32):  // 2 preds: ^bb0, ^bb2
    %3 = "llvm.icmp"(%2, %0) {predicate = 0 : i64} : (i32, i32) -> i1
    "llvm.cond_br"(%3, %1)[^bb3, ^bb2] {operand_segment_sizes = array<i32: 1, 1, 0>} : (i1, i32) -> ()
  ^bb2:  // pred: ^bb1
    %4 = "llvm.srem"(%1, %2) : (i32, i32) -> i32
    "llvm.br"(%2, %4)[^bb1] : (i32, i32) -> ()
  ^bb3(%5: i32):  // pred: ^bb1
    "llvm.return"(%5) : (i32) -> ()
  }) {CConv = #llvm.cconv<ccc>, function_type = !llvm.func<i32 (i32, i32)>, linkage = #llvm.linkage<external>, sym_name = "gcd"} : () -> ()
  "llvm.func"() ({
  ^bb0(%arg0: i32):
    %0 = "llvm.mlir.constant"() {value = true} : () -> i1
    %1 = "llvm.mlir.constant"() {value = 1.000000e+00 : f32} : () -> f32
    %2 = "llvm.mlir.constant"() {value = 2.000000e+00 : f32} : () -> f32
    %3 = "llvm.mlir.constant"() {value = -1.000000e+00 : f32} : () -> f32
    "llvm.cond_br"(%0)[^bb1, ^bb4] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb1:  // pred: ^bb0
    "llvm.switch"(%arg0, %3, %1, %2)[^bb3, ^bb2, ^bb2] {case_operand_segments = array<i32: 1, 1>, case_values = dense<[1, 2]> : vector<2xi32>, operand_segment_sizes = array<i32: 1, 1, 2>} : (i32, f32, f32, f32) -> ()
  ^bb2(%4: f32):  // 2 preds: ^bb1, ^bb1
    "llvm.br"(%4)[^bb3] : (f32) -> ()
  ^bb3(%5: f32):  // 2 preds: ^bb1, ^bb2
    "llvm.return"(%5) : (f32) -> ()
  ^bb4:  // pred: ^bb0
    %6 = "llvm.mlir.addressof"() {global_name = @assert_msg_0} : () -> !llvm.ptr<array<29 x i8>>
    %7 = "llvm.getelementptr"(%6) {rawConstantIndices = array<i32: 0>} : (!llvm.ptr<array<29 x i8>>) -> !llvm.ptr<i8>
    "llvm.call"(%7) {callee = @puts, fastmathFlags = #llvm.fastmath<none>} : (!llvm.ptr<i8>) -> ()
    "llvm.call"() {callee = @abort, fastmathFlags = #llvm.fastmath<none>} : () -> ()
    "llvm.unreachable"() : () -> ()
  }) {CConv = #llvm.cconv<ccc>, function_type = !llvm.func<f32 (i32)>, linkage = #llvm.linkage<external>, sym_name = "classify"} : () -> ()
}) {llvm.data_layout = ""} : () -> ()

