"builtin.module"() ({
  "llvm.func"() ({
  }) {CConv = #llvm.cconv<ccc>, function_type = !llvm.func<ptr<i8> (i64)>, linkage = #llvm.linkage<external>, sym_name = "malloc"} : () -> ()
  "llvm.func"() ({
  ^bb0(%arg0: !llvm.ptr<f32>, %arg1: !llvm.ptr<f32>, %arg2: i64, %arg3: i64, %arg4: i64, %arg5: i64, %arg6: i64):
    %0 = "llvm.mlir.constant"() {value = 64 : index} : () -> i64
    %1 = "llvm.mlir.constant"() {value = 32 : index} : () -> i64
    %2 = "llvm.mlir.constant"() {value = 1 : index} : () -> i64
    %3 = "llvm.mlir.constant"() {value = 16 : index} : () -> i64
    %4 = "llvm.mlir.constant"() {value = 0 : index} : () -> i64
    %5 = "llvm.mlir.null"() : () -> !llvm.ptr<f32>
    %6 = "llvm.getelementptr"(%5) {rawConstantIndices = array<i32: 512>} : (!llvm.ptr<f32>) -> !llvm.ptr<f32>
    %7 = "llvm.ptrtoint"(%6) : (!llvm.ptr<f32>) -> i64
    %8 = "llvm.add"(%7, %0) : (i64, i64) -> i64
    %9 = "llvm.call"(%8) {callee = @malloc, fastmathFlags = #llvm.fastmath<none>} : (i64) -> !llvm.ptr<i8>
    %10 = "llvm.bitcast"(%9) : (!llvm.ptr<i8>) -> !llvm.ptr<f32>
    %11 = "llvm.ptrtoint"(%10) : (!llvm.ptr<f32>) -> i64
    %12 = "llvm.sub"(%0, %2) : (i64, i64) -> i64
    %13 = "llvm.add"(%11, %12) : (i64, i64) -> i64
    %14 = "llvm.urem"(%13, %0) : (i64, i64) -> i64
    %15 = "llvm.sub"(%13, %14) : (i64, i64) -> i64
    %16 = "llvm.inttoptr"(%15) : (i64) -> !llvm.ptr<f32>
    %17 = "llvm.mlir.undef"() : () -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>
    %18 = "llvm.insertvalue"(%17, %10) {position = array<i64: 0>} : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>, !llvm.ptr<f32>) -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>
    %19 = "llvm.insertvalue"(%18, %16) {position = array<i64: 1>} : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>, !llvm.ptr<f32>) -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>
    %20 = "llvm.insertvalue"(%19, %4) {position = array<i64: 2>} : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>
    %21 = "llvm.insertvalue"(%20, %1) {position = array<i64: 3, 0>} : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>
    %22 = "llvm.insertvalue"(%21, %3) {position = array<i64: 3, 1>} : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>
    %23 = "llvm.insertvalue"(%22, %3) {position = array<i64: 4, 0>} : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>
    %24 = "llvm.insertvalue"(%23, %2) {position = array<i64: 4, 1>} : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>
    "llvm.br"(%4)[^bb1] : (i64) -> ()
  ^bb1(%25: i64):  // 2 preds: ^bb0, ^bb5
    %26 = "llvm.icmp"(%25, %3) {predicate = 2 : i64} : (i64, i64) -> i1
    "llvm.cond_br"(%26)[^bb2, ^bb6] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb2:  // pred: ^bb1
    "llvm.br"(%4)[^bb3] : (i64) -> ()
  ^bb3(%27: i64):  // 2 preds: ^bb2, ^bb4
    %28 = "llvm.icmp"(%27, %1) {predicate = 2 : i64} : (i64, i64) -> i1
    "llvm.cond_br"(%28)[^bb4, ^bb5] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb4:  // pred: ^bb3
    %29 = "llvm.mul"(%25, %arg5) : (i64, i64) -> i64
    %30 = "llvm.add"(%arg2, %29) : (i64, i64) -> i64
    %31 = "llvm.mul"(%27, %arg6) : (i64, i64) -> i64
    %32 = "llvm.add"(%30, %31) : (i64, i64) -> i64
    %33 = "llvm.getelementptr"(%arg1, %32) {rawConstantIndices = array<i32: -2147483648>} : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %34 = "llvm.load"(%33) : (!llvm.ptr<f32>) -> f32
    %35 = "llvm.mul"(%27, %3) : (i64, i64) -> i64
    %36 = "llvm.add"(%35, %25) : (i64, i64) -> i64
    %37 = "llvm.getelementptr"(%16, %36) {rawConstantIndices = array<i32: -2147483648>} : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    "llvm.store"(%34, %37) : (f32, !llvm.ptr<f32>) -> ()
    %38 = "llvm.add"(%27, %2) : (i64, i64) -> i64
    "llvm.br"(%38)[^bb3] : (i64) -> ()
  ^bb5:  // pred: ^bb3
    %39 = "llvm.add"(%25, %2) : (i64, i64) -> i64
    "llvm.br"(%39)[^bb1] : (i64) -> ()
  ^bb6:  // pred: ^bb1
    "llvm.return"(%24) : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>) -> ()
  }) {CConv = #llvm.cconv<ccc>, function_type = !llvm.func<struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)> (ptr<f32>, ptr<f32>, i64, i64, i64, i64, i64)>, linkage = #llvm.linkage<external>, sym_name = "transpose"} : () -> ()
  "llvm.func"() ({
  ^bb0(%arg0: !llvm.ptr<f32>, %arg1: !llvm.ptr<f32>, %arg2: i64, %arg3: i64, %arg4: i64):
    %0 = "llvm.mlir.constant"() {value = 64 : index} : () -> i64
    %1 = "llvm.mlir.constant"() {value = 1 : index} : () -> i64
    %2 = "llvm.mlir.constant"() {value = 8 : index} : () -> i64
    %3 = "llvm.mlir.constant"() {value = 0 : index} : () -> i64
    %4 = "llvm.mlir.null"() : () -> !llvm.ptr<f32>
    %5 = "llvm.getelementptr"(%4) {rawConstantIndices = array<i32: 512>} : (!llvm.ptr<f32>) -> !llvm.ptr<f32>
    %6 = "llvm.ptrtoint"(%5) : (!llvm.ptr<f32>) -> i64
    %7 = "llvm.add"(%6, %0) : (i64, i64) -> i64
    %8 = "llvm.call"(%7) {callee = @malloc, fastmathFlags = #llvm.fastmath<none>} : (i64) -> !llvm.ptr<i8>
    %9 = "llvm.bitcast"(%8) : (!llvm.ptr<i8>) -> !llvm.ptr<f32>
    %10 = "llvm.ptrtoint"(%9) : (!llvm.ptr<f32>) -> i64
    %11 = "llvm.sub"(%0, %1) : (i64, i64) -> i64
    %12 = "llvm.add"(%10, %11) : (i64, i64) -> i64
    %13 = "llvm.urem"(%12, %0) : (i64, i64) -> i64
    %14 = "llvm.sub"(%12, %13) : (i64, i64) -> i64
    %15 = "llvm.inttoptr"(%14) : (i64) -> !llvm.ptr<f32>
    %16 = "llvm.mlir.undef"() : () -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>
    %17 = "llvm.insertvalue"(%16, %9) {position = array<i64: 0>} : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>, !llvm.ptr<f32>) -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>
    %18 = "llvm.insertvalue"(%17, %15) {position = array<i64: 1>} : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>, !llvm.ptr<f32>) -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>
    %19 = "llvm.insertvalue"(%18, %3) {position = array<i64: 2>} : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>
    %20 = "llvm.insertvalue"(%19, %2) {position = array<i64: 3, 0>} : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>
    %21 = "llvm.insertvalue"(%20, %0) {position = array<i64: 3, 1>} : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>
    %22 = "llvm.insertvalue"(%21, %0) {position = array<i64: 4, 0>} : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>
    %23 = "llvm.insertvalue"(%22, %1) {position = array<i64: 4, 1>} : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>
    "llvm.br"(%3)[^bb1] : (i64) -> ()
  ^bb1(%24: i64):  // 2 preds: ^bb0, ^bb5
    %25 = "llvm.icmp"(%24, %2) {predicate = 2 : i64} : (i64, i64) -> i1
    "llvm.cond_br"(%25)[^bb2, ^bb6] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb2:  // pred: ^bb1
    "llvm.br"(%3)[^bb3] : (i64) -> ()
  ^bb3(%26: i64):  // 2 preds: ^bb2, ^bb4
    %27 = "llvm.icmp"(%26, %0) {predicate = 2 : i64} : (i64, i64) -> i1
    "llvm.cond_br"(%27)[^bb4, ^bb5] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb4:  // pred: ^bb3
    %28 = "llvm.mul"(%26, %arg4) : (i64, i64) -> i64
    %29 = "llvm.add"(%arg2, %28) : (i64, i64) -> i64
    %30 = "llvm.getelementptr"(%arg1, %29) {rawConstantIndices = array<i32: -2147483648>} : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %31 = "llvm.load"(%30) : (!llvm.ptr<f32>) -> f32
    %32 = "llvm.mul"(%24, %0) : (i64, i64) -> i64
    %33 = "llvm.add"(%32, %26) : (i64, i64) -> i64
    %34 = "llvm.getelementptr"(%15, %33) {rawConstantIndices = array<i32: -2147483648>} : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    "llvm.store"(%31, %34) : (f32, !llvm.ptr<f32>) -> ()
    %35 = "llvm.add"(%26, %1) : (i64, i64) -> i64
    "llvm.br"(%35)[^bb3] : (i64) -> ()
  ^bb5:  // pred: ^bb3
    %36 = "llvm.add"(%24, %1) : (i64, i64) -> i64
    "llvm.br"(%36)[^bb1] : (i64) -> ()
  ^bb6:  // pred: ^bb1
    "llvm.return"(%23) : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>) -> ()
  }) {CConv = #llvm.cconv<ccc>, function_type = !llvm.func<struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)> (ptr<f32>, ptr<f32>, i64, i64, i64)>, linkage = #llvm.linkage<external>, sym_name = "broadcast"} : () -> ()
  "llvm.func"() ({
  ^bb0(%arg0: !llvm.ptr<f32>, %arg1: !llvm.ptr<f32>, %arg2: i64, %arg3: i64, %arg4: i64, %arg5: !llvm.ptr<f32>, %arg6: !llvm.ptr<f32>, %arg7: i64, %arg8: i64, %arg9: i64):
    %0 = "llvm.mlir.constant"() {value = 1 : index} : () -> i64
    %1 = "llvm.mlir.constant"() {value = 128 : index} : () -> i64
    %2 = "llvm.mlir.constant"() {value = 0 : index} : () -> i64
    "llvm.br"(%2)[^bb1] : (i64) -> ()
  ^bb1(%3: i64):  // 2 preds: ^bb0, ^bb2
    %4 = "llvm.icmp"(%3, %1) {predicate = 2 : i64} : (i64, i64) -> i1
    "llvm.cond_br"(%4)[^bb2, ^bb3] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb2:  // pred: ^bb1
    %5 = "llvm.getelementptr"(%arg1, %3) {rawConstantIndices = array<i32: -2147483648>} : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %6 = "llvm.load"(%5) : (!llvm.ptr<f32>) -> f32
    %7 = "llvm.getelementptr"(%arg6, %3) {rawConstantIndices = array<i32: -2147483648>} : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    "llvm.store"(%6, %7) : (f32, !llvm.ptr<f32>) -> ()
    %8 = "llvm.add"(%3, %0) : (i64, i64) -> i64
    "llvm.br"(%8)[^bb1] : (i64) -> ()
  ^bb3:  // pred: ^bb1
    "llvm.return"() : () -> ()
  }) {CConv = #llvm.cconv<ccc>, function_type = !llvm.func<void (ptr<f32>, ptr<f32>, i64, i64, i64, ptr<f32>, ptr<f32>, i64, i64, i64)>, linkage = #llvm.linkage<external>, sym_name = "copy"} : () -> ()
  "llvm.func"() ({
  ^bb0(%arg0: !llvm.ptr<f32>, %arg1: !llvm.ptr<f32>, %arg2: i64, %arg3: i64, %arg4: i64, %arg5: !llvm.ptr<f32>, %arg6: !llvm.ptr<f32>, %arg7: i64, %arg8: i64, %arg9: i64):
    %0 = "llvm.mlir.constant"() {value = 64 : index} : () -> i64
    %1 = "llvm.mlir.constant"() {value = 1 : index} : () -> i64
    %2 = "llvm.mlir.constant"() {value = 256 : index} : () -> i64
    %3 = "llvm.mlir.constant"() {value = 0 : index} : () -> i64
    %4 = "llvm.mlir.null"() : () -> !llvm.ptr<f32>
    %5 = "llvm.getelementptr"(%4) {rawConstantIndices = array<i32: 256>} : (!llvm.ptr<f32>) -> !llvm.ptr<f32>
    %6 = "llvm.ptrtoint"(%5) : (!llvm.ptr<f32>) -> i64
    %7 = "llvm.add"(%6, %0) : (i64, i64) -> i64
    %8 = "llvm.call"(%7) {callee = @malloc, fastmathFlags = #llvm.fastmath<none>} : (i64) -> !llvm.ptr<i8>
    %9 = "llvm.bitcast"(%8) : (!llvm.ptr<i8>) -> !llvm.ptr<f32>
    %10 = "llvm.ptrtoint"(%9) : (!llvm.ptr<f32>) -> i64
    %11 = "llvm.sub"(%0, %1) : (i64, i64) -> i64
    %12 = "llvm.add"(%10, %11) : (i64, i64) -> i64
    %13 = "llvm.urem"(%12, %0) : (i64, i64) -> i64
    %14 = "llvm.sub"(%12, %13) : (i64, i64) -> i64
    %15 = "llvm.inttoptr"(%14) : (i64) -> !llvm.ptr<f32>
    %16 = "llvm.mlir.undef"() : () -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<1 x i64>, array<1 x i64>)>
    %17 = "llvm.insertvalue"(%16, %9) {position = array<i64: 0>} : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<1 x i64>, array<1 x i64>)>, !llvm.ptr<f32>) -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<1 x i64>, array<1 x i64>)>
    %18 = "llvm.insertvalue"(%17, %15) {position = array<i64: 1>} : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<1 x i64>, array<1 x i64>)>, !llvm.ptr<f32>) -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<1 x i64>, array<1 x i64>)>
    %19 = "llvm.insertvalue"(%18, %3) {position = array<i64: 2>} : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<1 x i64>, array<1 x i64>)>, i64) -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<1 x i64>, array<1 x i64>)>
    %20 = "llvm.insertvalue"(%19, %2) {position = array<i64: 3, 0>} : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<1 x i64>, array<1 x i64>)>, i64) -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<1 x i64>, array<1 x i64>)>
    %21 = "llvm.insertvalue"(%20, %1) {position = array<i64: 4, 0>} : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<1 x i64>, array<1 x i64>)>, i64) -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<1 x i64>, array<1 x i64>)>
    "llvm.br"(%3)[^bb1] : (i64) -> ()
  ^bb1(%22: i64):  // 2 preds: ^bb0, ^bb2
    %23 = "llvm.icmp"(%22, %2) {predicate = 2 : i64} : (i64, i64) -> i1
    "llvm.cond_br"(%23)[^bb2, ^bb3] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb2:  // pred: ^bb1
    %24 = "llvm.mul"(%22, %arg4) : (i64, i64) -> i64
    %25 = "llvm.add"(%arg2, %24) : (i64, i64) -> i64
    %26 = "llvm.getelementptr"(%arg1, %25) {rawConstantIndices = array<i32: -2147483648>} : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %27 = "llvm.load"(%26) : (!llvm.ptr<f32>) -> f32
    %28 = "llvm.mul"(%22, %arg9) : (i64, i64) -> i64
    %29 = "llvm.add"(%arg7, %28) : (i64, i64) -> i64
    %30 = "llvm.getelementptr"(%arg6, %29) {rawConstantIndices = array<i32: -2147483648>} : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %31 = "llvm.load"(%30) : (!llvm.ptr<f32>) -> f32
    %32 = "llvm.fadd"(%27, %31) {fastmathFlags = #llvm.fastmath<none>} : (f32, f32) -> f32
    %33 = "llvm.getelementptr"(%15, %22) {rawConstantIndices = array<i32: -2147483648>} : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    "llvm.store"(%32, %33) : (f32, !llvm.ptr<f32>) -> ()
    %34 = "llvm.add"(%22, %1) : (i64, i64) -> i64
    "llvm.br"(%34)[^bb1] : (i64) -> ()
  ^bb3:  // pred: ^bb1
    "llvm.return"(%21) : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<1 x i64>, array<1 x i64>)>) -> ()
  }) {CConv = #llvm.cconv<ccc>, function_type = !llvm.func<struct<(ptr<f32>, ptr<f32>, i64, array<1 x i64>, array<1 x i64>)> (ptr<f32>, ptr<f32>, i64, i64, i64, ptr<f32>, ptr<f32>, i64, i64, i64)>, linkage = #llvm.linkage<external>, sym_name = "map_add"} : () -> ()
  "llvm.func"() ({
  ^bb0(%arg0: !llvm.ptr<i64>, %arg1: !llvm.ptr<i64>, %arg2: i64, %arg3: i64, %arg4: i64, %arg5: i64, %arg6: i64):
    %0 = "llvm.mlir.constant"() {value = 1 : index} : () -> i64
    %1 = "llvm.mlir.constant"() {value = 32 : index} : () -> i64
    %2 = "llvm.mlir.constant"() {value = 0 : index} : () -> i64
    "llvm.br"(%2)[^bb1] : (i64) -> ()
  ^bb1(%3: i64):  // 2 preds: ^bb0, ^bb5
    %4 = "llvm.icmp"(%3, %1) {predicate = 2 : i64} : (i64, i64) -> i1
    "llvm.cond_br"(%4)[^bb2, ^bb6] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb2:  // pred: ^bb1
    "llvm.br"(%2)[^bb3] : (i64) -> ()
  ^bb3(%5: i64):  // 2 preds: ^bb2, ^bb4
    %6 = "llvm.icmp"(%5, %1) {predicate = 2 : i64} : (i64, i64) -> i1
    "llvm.cond_br"(%6)[^bb4, ^bb5] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb4:  // pred: ^bb3
    %7 = "llvm.add"(%3, %5) : (i64, i64) -> i64
    %8 = "llvm.mul"(%3, %1) : (i64, i64) -> i64
    %9 = "llvm.add"(%8, %5) : (i64, i64) -> i64
    %10 = "llvm.getelementptr"(%arg1, %9) {rawConstantIndices = array<i32: -2147483648>} : (!llvm.ptr<i64>, i64) -> !llvm.ptr<i64>
    "llvm.store"(%7, %10) : (i64, !llvm.ptr<i64>) -> ()
    %11 = "llvm.add"(%5, %0) : (i64, i64) -> i64
    "llvm.br"(%11)[^bb3] : (i64) -> ()
  ^bb5:  // pred: ^bb3
    %12 = "llvm.add"(%3, %0) : (i64, i64) -> i64
    "llvm.br"(%12)[^bb1] : (i64) -> ()
  ^bb6:  // pred: ^bb1
    "llvm.return"() : () -> ()
  }) {CConv = #llvm.cconv<ccc>, function_type = !llvm.func<void (ptr<i64>, ptr<i64>, i64, i64, i64, i64, i64)>, linkage = #llvm.linkage<external>, sym_name = "ramp"} : () -> ()
}) {llvm.data_layout = ""} : () -> ()

