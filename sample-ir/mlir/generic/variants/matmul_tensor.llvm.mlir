"builtin.module"() ({
  "llvm.func"() ({
  }) {CConv = #llvm.cconv<ccc>, function_type = !llvm.func<ptr<i8> (i64)>, linkage = #llvm.linkage<external>, sym_name = "malloc"} : () -> ()
  "llvm.func"() ({
  ^bb0(%arg0: !llvm.ptr<f32>, %arg1: !llvm.ptr<f32>, %arg2: i64, %arg3: i64, %arg4: i64, %arg5: i64, %arg6: i64, %arg7: !llvm.ptr<f32>, %arg8: !llvm.ptr<f32>, %arg9: i64, %arg10: i64, %arg11: i64, %arg12: i64, %arg13: i64):
    %0 = "llvm.mlir.constant"() {value = 0.000000e+00 : f32} : () -> f32
    %1 = "llvm.mlir.constant"() {value = 128 : index} : () -> i64
    %2 = "llvm.mlir.constant"() {value = 32 : index} : () -> i64
    %3 = "llvm.mlir.constant"() {value = 1 : index} : () -> i64
    %4 = "llvm.mlir.constant"() {value = 64 : index} : () -> i64
    %5 = "llvm.mlir.constant"() {value = 0 : index} : () -> i64
    %6 = "llvm.mlir.null"() : () -> !llvm.ptr<f32>
    %7 = "llvm.getelementptr"(%6) {rawConstantIndices = array<i32: 2048>} : (!llvm.ptr<f32>) -> !llvm.ptr<f32>
    %8 = "llvm.ptrtoint"(%7) : (!llvm.ptr<f32>) -> i64
    %9 = "llvm.add"(%8, %4) : (i64, i64) -> i64
    %10 = "llvm.call"(%9) {callee = @malloc, fastmathFlags = #llvm.fastmath<none>} : (i64) -> !llvm.ptr<i8>
    %11 = "llvm.bitcast"(%10) : (!llvm.ptr<i8>) -> !llvm.ptr<f32>
    %12 = "llvm.ptrtoint"(%11) : (!llvm.ptr<f32>) -> i64
    %13 = "llvm.sub"(%4, %3) : (i64, i64) -> i64
    %14 = "llvm.add"(%12, %13) : (i64, i64) -> i64
    %15 = "llvm.urem"(%14, %4) : (i64, i64) -> i64
    %16 = "llvm.sub"(%14, %15) : (i64, i64) -> i64
    %17 = "llvm.inttoptr"(%16) : (i64) -> !llvm.ptr<f32>
    %18 = "llvm.mlir.undef"() : () -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>
    %19 = "llvm.insertvalue"(%18, %11) {position = array<i64: 0>} : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>, !llvm.ptr<f32>) -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>
    %20 = "llvm.insertvalue"(%19, %17) {position = array<i64: 1>} : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>, !llvm.ptr<f32>) -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>
    %21 = "llvm.insertvalue"(%20, %5) {position = array<i64: 2>} : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>
    %22 = "llvm.insertvalue"(%21, %4) {position = array<i64: 3, 0>} : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>
    %23 = "llvm.insertvalue"(%22, %2) {position = array<i64: 3, 1>} : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>
    %24 = "llvm.insertvalue"(%23, %2) {position = array<i64: 4, 0>} : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>
    %25 = "llvm.insertvalue"(%24, %3) {position = array<i64: 4, 1>} : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>
    "llvm.br"(%5)[^bb1] : (i64) -> ()
  ^bb1(%26: i64):  // 2 preds: ^bb0, ^bb5
    %27 = "llvm.icmp"(%26, %4) {predicate = 2 : i64} : (i64, i64) -> i1
    "llvm.cond_br"(%27)[^bb2, ^bb6] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb2:  // pred: ^bb1
    "llvm.br"(%5)[^bb3] : (i64) -> ()
  ^bb3(%28: i64):  // 2 preds: ^bb2, ^bb4
    %29 = "llvm.icmp"(%28, %2) {predicate = 2 : i64} : (i64, i64) -> i1
    "llvm.cond_br"(%29)[^bb4, ^bb5] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb4:  // pred: ^bb3
    %30 = "llvm.mul"(%26, %2) : (i64, i64) -> i64
    %31 = "llvm.add"(%30, %28) : (i64, i64) -> i64
    %32 = "llvm.getelementptr"(%17, %31) {rawConstantIndices = array<i32: -2147483648>} : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    "llvm.store"(%0, %32) : (f32, !llvm.ptr<f32>) -> ()
    %33 = "llvm.add"(%28, %3) : (i64, i64) -> i64
    "llvm.br"(%33)[^bb3] : (i64) -> ()
  ^bb5:  // pred: ^bb3
    %34 = "llvm.add"(%26, %3) : (i64, i64) -> i64
    "llvm.br"(%34)[^bb1] : (i64) -> ()
  ^bb6:  // pred: ^bb1
    "llvm.br"(%5)[^bb7] : (i64) -> ()
  ^bb7(%35: i64):  // 2 preds: ^bb6, ^bb14
    %36 = "llvm.icmp"(%35, %4) {predicate = 2 : i64} : (i64, i64) -> i1
    "llvm.cond_br"(%36)[^bb8, ^bb15] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb8:  // pred: ^bb7
    "llvm.br"(%5)[^bb9] : (i64) -> ()
  ^bb9(%37: i64):  // 2 preds: ^bb8, ^bb13
    %38 = "llvm.icmp"(%37, %2) {predicate = 2 : i64} : (i64, i64) -> i1
    "llvm.cond_br"(%38)[^bb10, ^bb14] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb10:  // pred: ^bb9
    "llvm.br"(%5)[^bb11] : (i64) -> ()
  ^bb11(%39: i64):  // 2 preds: ^bb10, ^bb12
    %40 = "llvm.icmp"(%39, %1) {predicate = 2 : i64} : (i64, i64) -> i1
    "llvm.cond_br"(%40)[^bb12, ^bb13] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb12:  // pred: ^bb11
    %41 = "llvm.mul"(%35, %arg5) : (i64, i64) -> i64
    %42 = "llvm.add"(%arg2, %41) : (i64, i64) -> i64
    %43 = "llvm.mul"(%39, %arg6) : (i64, i64) -> i64
    %44 = "llvm.add"(%42, %43) : (i64, i64) -> i64
    %45 = "llvm.getelementptr"(%arg1, %44) {rawConstantIndices = array<i32: -2147483648>} : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %46 = "llvm.load"(%45) : (!llvm.ptr<f32>) -> f32
    %47 = "llvm.mul"(%39, %arg12) : (i64, i64) -> i64
    %48 = "llvm.add"(%arg9, %47) : (i64, i64) -> i64
    %49 = "llvm.mul"(%37, %arg13) : (i64, i64) -> i64
    %50 = "llvm.add"(%48, %49) : (i64, i64) -> i64
    %51 = "llvm.getelementptr"(%arg8, %50) {rawConstantIndices = array<i32: -2147483648>} : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %52 = "llvm.load"(%51) : (!llvm.ptr<f32>) -> f32
    %53 = "llvm.mul"(%35, %2) : (i64, i64) -> i64
    %54 = "llvm.add"(%53, %37) : (i64, i64) -> i64
    %55 = "llvm.getelementptr"(%17, %54) {rawConstantIndices = array<i32: -2147483648>} : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %56 = "llvm.load"(%55) : (!llvm.ptr<f32>) -> f32
    %57 = "llvm.fmul"(%46, %52) {fastmathFlags = #llvm.fastmath<none>} : (f32, f32) -> f32
    %58 = "llvm.fadd"(%56, %57) {fastmathFlags = #llvm.fastmath<none>} : (f32, f32) -> f32
    %59 = "llvm.mul"(%35, %2) : (i64, i64) -> i64
    %60 = "llvm.add"(%59, %37) : (i64, i64) -> i64
    %61 = "llvm.getelementptr"(%17, %60) {rawConstantIndices = array<i32: -2147483648>} : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    "llvm.store"(%58, %61) : (f32, !llvm.ptr<f32>) -> ()
    %62 = "llvm.add"(%39, %3) : (i64, i64) -> i64
    "llvm.br"(%62)[^bb11] : (i64) -> ()
  ^bb13:  // pred: ^bb11
    %63 = "llvm.add"(%37, %3) : (i64, i64) -> i64
    "llvm.br"(%63)[^bb9] : (i64) -> ()
  ^bb14:  // pred: ^bb9
    %64 = "llvm.add"(%35, %3) : (i64, i64) -> i64
    "llvm.br"(%64)[^bb7] : (i64) -> ()
  ^bb15:  // pred: ^bb7
    "llvm.return"(%25) : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>) -> ()
  }) {CConv = #llvm.cconv<ccc>, function_type = !llvm.func<struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)> (ptr<f32>, ptr<f32>, i64, i64, i64, i64, i64, ptr<f32>, ptr<f32>, i64, i64, i64, i64, i64)>, linkage = #llvm.linkage<external>, sym_name = "matmul"} : () -> ()
}) {llvm.data_layout = ""} : () -> ()

