"builtin.module"() ({
  "builtin.module"() ({
    "llvm.func"() ({
    ^bb0(%arg0: !llvm.ptr<f32>, %arg1: !llvm.ptr<f32>, %arg2: i64, %arg3: i64, %arg4: i64, %arg5: f32):
      %0 = "llvm.mlir.constant"() {value = 1 : index} : () -> i64
      %1 = "llvm.mlir.constant"() {value = 4 : index} : () -> i64
      %2 = "llvm.mlir.constant"() {value = 0 : index} : () -> i64
      %3 = "llvm.mlir.constant"() {value = 0 : i32} : () -> i32
      %4 = "llvm.mlir.undef"() : () -> vector<4xf32>
      %5 = "llvm.insertelement"(%4, %arg5, %3) : (vector<4xf32>, f32, i32) -> vector<4xf32>
      %6 = "llvm.shufflevector"(%5, %4) {mask = array<i32: 0, 0, 0, 0>} : (vector<4xf32>, vector<4xf32>) -> vector<4xf32>
      "llvm.br"(%2)[^bb1] : (i64) -> ()
    ^bb1(%7: i64):  // 2 preds: ^bb0, ^bb2
      %8 = "llvm.icmp"(%7, %1) {predicate = 2 : i64} : (i64, i64) -> i1
      "llvm.cond_br"(%8)[^bb2, ^bb3] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
    ^bb2:  // pred: ^bb1
      %9 = "llvm.mul"(%7, %1) : (i64, i64) -> i64
      %10 = "llvm.getelementptr"(%arg1, %9) {rawConstantIndices = array<i32: -2147483648>} : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
      %11 = "llvm.bitcast"(%10) : (!llvm.ptr<f32>) -> !llvm.ptr<vector<4xf32>>
      %12 = "llvm.load"(%11) {alignment = 4 : i64} : (!llvm.ptr<vector<4xf32>>) -> vector<4xf32>
      %13 = "llvm.fmul"(%12, %6) {fastmathFlags = #llvm.fastmath<none>} : (vector<4xf32>, vector<4xf32>) -> vector<4xf32>
      %14 = "llvm.getelementptr"(%arg1, %9) {rawConstantIndices = array<i32: -2147483648>} : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
      %15 = "llvm.bitcast"(%14) : (!llvm.ptr<f32>) -> !llvm.ptr<vector<4xf32>>
      "llvm.store"(%13, %15) {alignment = 4 : i64} : (vector<4xf32>, !llvm.ptr<vector<4xf32>>) -> ()
      %16 = "llvm.add"(%7, %0) : (i64, i64) -> i64
      "llvm.br"(%16)[^bb1] : (i64) -> ()
    ^bb3:  // pred: ^bb1
      "llvm.return"() : () -> ()
    }) {CConv = #llvm.cconv<ccc>, function_type = !llvm.func<void (ptr<f32>, ptr<f32>, i64, i64, i64, f32)>, linkage = #llvm.linkage<external>, llvm.emit_c_interface, sym_name = "scale"} : () -> ()
    "llvm.func"() ({
    ^bb0(%arg0: !llvm.ptr<struct<(ptr<f32>, ptr<f32>, i64, array<1 x i64>, array<1 x i64>)>>, %arg1: f32):
      %0 = "llvm.load"(%arg0) : (!llvm.ptr<struct<(ptr<f32>, ptr<f32>, i64, array<1 x i64>, array<1 x i64>)>>) -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<1 x i64>, array<1 x i64>)>
      %1 = "llvm.extractvalue"(%0) {position = array<i64: 0>} : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<1 x i64>, array<1 x i64>)>) -> !llvm.ptr<f32>
      %2 = "llvm.extractvalue"(%0) {position = array<i64: 1>} : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<1 x i64>, array<1 x i64>)>) -> !llvm.ptr<f32>
      %3 = "llvm.extractvalue"(%0) {position = array<i64: 2>} : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<1 x i64>, array<1 x i64>)>) -> i64
      %4 = "llvm.extractvalue"(%0) {position = array<i64: 3, 0>} : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<1 x i64>, array<1 x i64>)>) -> i64
      %5 = "llvm.extractvalue"(%0) {position = array<i64: 4, 0>} : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<1 x i64>, array<1 x i64>)>) -> i64
      "llvm.call"(%1, %2, %3, %4, %5, %arg1) {callee = @scale, fastmathFlags = #llvm.fastmath<none>} : (!llvm.ptr<f32>, !llvm.ptr<f32>, i64, i64, i64, f32) -> ()
      "llvm.return"() : () -> ()
    }) {CConv = #llvm.cconv<ccc>, function_type = !llvm.func<void (ptr<struct<(ptr<f32>, ptr<f32>, i64, array<1 x i64>, array<1 x i64>)>>, f32)>, linkage = #llvm.linkage<external>, llvm.emit_c_interface, sym_name = "_mlir_ciface_scale"} : () -> ()
  }) {sym_name = "inner"} : () -> ()
}) {llvm.data_layout = "", sym_name = "outer", test.version = 2 : i32} : () -> ()

