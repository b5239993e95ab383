"builtin.module"() ({
  "llvm.func"() ({
  }) {CConv = #llvm.cconv<ccc>, function_type = !llvm.func<void (ptr<i8>)>, linkage = #llvm.linkage<external>, sym_name = "free"} : () -> ()
  "llvm.func"() ({
  }) {CConv = #llvm.cconv<ccc>, function_type = !llvm.func<ptr<i8> (i64)>, linkage = #llvm.linkage<external>, sym_name = "malloc"} : () -> ()
  "llvm.func"() ({
  ^bb0(%arg0: !llvm.ptr<i8>, %arg1: !llvm.ptr<i8>, %arg2: i64, %arg3: i64, %arg4: i64, %arg5: i64, %arg6: i64, %arg7: !llvm.ptr<i8>, %arg8: !llvm.ptr<i8>, %arg9: i64, %arg10: i64, %arg11: i64, %arg12: i64, %arg13: i64, %arg14: f32):
    %0 = "llvm.mlir.constant"() {value = 1.270000e+02 : f32} : () -> f32
    %1 = "llvm.mlir.constant"() {value = -1.280000e+02 : f32} : () -> f32
    %2 = "llvm.mlir.constant"() {value = 0 : i32} : () -> i32
    %3 = "llvm.mlir.constant"() {value = 64 : index} : () -> i64
    %4 = "llvm.mlir.constant"() {value = 16 : index} : () -> i64
    %5 = "llvm.mlir.constant"() {value = 1 : index} : () -> i64
    %6 = "llvm.mlir.constant"() {value = 32 : index} : () -> i64
    %7 = "llvm.mlir.constant"() {value = 0 : index} : () -> i64
    %8 = "llvm.mlir.null"() : () -> !llvm.ptr<i32>
    %9 = "llvm.getelementptr"(%8) {rawConstantIndices = array<i32: 512>} : (!llvm.ptr<i32>) -> !llvm.ptr<i32>
    %10 = "llvm.ptrtoint"(%9) : (!llvm.ptr<i32>) -> i64
    %11 = "llvm.add"(%10, %3) : (i64, i64) -> i64
    %12 = "llvm.call"(%11) {callee = @malloc, fastmathFlags = #llvm.fastmath<none>} : (i64) -> !llvm.ptr<i8>
    %13 = "llvm.bitcast"(%12) : (!llvm.ptr<i8>) -> !llvm.ptr<i32>
    %14 = "llvm.ptrtoint"(%13) : (!llvm.ptr<i32>) -> i64
    %15 = "llvm.sub"(%3, %5) : (i64, i64) -> i64
    %16 = "llvm.add"(%14, %15) : (i64, i64) -> i64
    %17 = "llvm.urem"(%16, %3) : (i64, i64) -> i64
    %18 = "llvm.sub"(%16, %17) : (i64, i64) -> i64
    %19 = "llvm.inttoptr"(%18) : (i64) -> !llvm.ptr<i32>
    "llvm.br"(%7)[^bb1] : (i64) -> ()
  ^bb1(%20: i64):  // 2 preds: ^bb0, ^bb5
    %21 = "llvm.icmp"(%20, %6) {predicate = 2 : i64} : (i64, i64) -> i1
    "llvm.cond_br"(%21)[^bb2, ^bb6] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb2:  // pred: ^bb1
    "llvm.br"(%7)[^bb3] : (i64) -> ()
  ^bb3(%22: i64):  // 2 preds: ^bb2, ^bb4
    %23 = "llvm.icmp"(%22, %4) {predicate = 2 : i64} : (i64, i64) -> i1
    "llvm.cond_br"(%23)[^bb4, ^bb5] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb4:  // pred: ^bb3
    %24 = "llvm.mul"(%20, %4) : (i64, i64) -> i64
    %25 = "llvm.add"(%24, %22) : (i64, i64) -> i64
    %26 = "llvm.getelementptr"(%19, %25) {rawConstantIndices = array<i32: -2147483648>} : (!llvm.ptr<i32>, i64) -> !llvm.ptr<i32>
    "llvm.store"(%2, %26) : (i32, !llvm.ptr<i32>) -> ()
    %27 = "llvm.add"(%22, %5) : (i64, i64) -> i64
    "llvm.br"(%27)[^bb3] : (i64) -> ()
  ^bb5:  // pred: ^bb3
    %28 = "llvm.add"(%20, %5) : (i64, i64) -> i64
    "llvm.br"(%28)[^bb1] : (i64) -> ()
  ^bb6:  // pred: ^bb1
    "llvm.br"(%7)[^bb7] : (i64) -> ()
  ^bb7(%29: i64):  // 2 preds: ^bb6, ^bb14
    %30 = "llvm.icmp"(%29, %6) {predicate = 2 : i64} : (i64, i64) -> i1
    "llvm.cond_br"(%30)[^bb8, ^bb15] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb8:  // pred: ^bb7
    "llvm.br"(%7)[^bb9] : (i64) -> ()
  ^bb9(%31: i64):  // 2 preds: ^bb8, ^bb13
    %32 = "llvm.icmp"(%31, %4) {predicate = 2 : i64} : (i64, i64) -> i1
    "llvm.cond_br"(%32)[^bb10, ^bb14] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb10:  // pred: ^bb9
    "llvm.br"(%7)[^bb11] : (i64) -> ()
  ^bb11(%33: i64):  // 2 preds: ^bb10, ^bb12
    %34 = "llvm.icmp"(%33, %3) {predicate = 2 : i64} : (i64, i64) -> i1
    "llvm.cond_br"(%34)[^bb12, ^bb13] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb12:  // pred: ^bb11
    %35 = "llvm.mul"(%29, %arg5) : (i64, i64) -> i64
    %36 = "llvm.add"(%arg2, %35) : (i64, i64) -> i64
    %37 = "llvm.mul"(%33, %arg6) : (i64, i64) -> i64
    %38 = "llvm.add"(%36, %37) : (i64, i64) -> i64
    %39 = "llvm.getelementptr"(%arg1, %38) {rawConstantIndices = array<i32: -2147483648>} : (!llvm.ptr<i8>, i64) -> !llvm.ptr<i8>
    %40 = "llvm.load"(%39) : (!llvm.ptr<i8>) -> i8
    %41 = "llvm.mul"(%33, %arg12) : (i64, i64) -> i64
    %42 = "llvm.add"(%arg9, %41) : (i64, i64) -> i64
    %43 = "llvm.mul"(%31, %arg13) : (i64, i64) -> i64
    %44 = "llvm.add"(%42, %43) : (i64, i64) -> i64
    %45 = "llvm.getelementptr"(%arg8, %44) {rawConstantIndices = array<i32: -2147483648>} : (!llvm.ptr<i8>, i64) -> !llvm.ptr<i8>
    %46 = "llvm.load"(%45) : (!llvm.ptr<i8>) -> i8
    %47 = "llvm.mul"(%29, %4) : (i64, i64) -> i64
    %48 = "llvm.add"(%47, %31) : (i64, i64) -> i64
    %49 = "llvm.getelementptr"(%19, %48) {rawConstantIndices = array<i32: -2147483648>} : (!llvm.ptr<i32>, i64) -> !llvm.ptr<i32>
    %50 = "llvm.load"(%49) : (!llvm.ptr<i32>) -> i32
    %51 = "llvm.sext"(%40) : (i8) -> i32
    %52 = "llvm.sext"(%46) : (i8) -> i32
    %53 = "llvm.mul"(%51, %52) : (i32, i32) -> i32
    %54 = "llvm.add"(%50, %53) : (i32, i32) -> i32
    %55 = "llvm.mul"(%29, %4) : (i64, i64) -> i64
    %56 = "llvm.add"(%55, %31) : (i64, i64) -> i64
    %57 = "llvm.getelementptr"(%19, %56) {rawConstantIndices = array<i32: -2147483648>} : (!llvm.ptr<i32>, i64) -> !llvm.ptr<i32>
    "llvm.store"(%54, %57) : (i32, !llvm.ptr<i32>) -> ()
    %58 = "llvm.add"(%33, %5) : (i64, i64) -> i64
    "llvm.br"(%58)[^bb11] : (i64) -> ()
  ^bb13:  // pred: ^bb11
    %59 = "llvm.add"(%31, %5) : (i64, i64) -> i64
    "llvm.br"(%59)[^bb9] : (i64) -> ()
  ^bb14:  // pred: ^bb9
    %60 = "llvm.add"(%29, %5) : (i64, i64) -> i64
    "llvm.br"(%60)[^bb7] : (i64) -> ()
  ^bb15:  // pred: ^bb7
    %61 = "llvm.mlir.null"() : () -> !llvm.ptr<i8>
    %62 = "llvm.getelementptr"(%61) {rawConstantIndices = array<i32: 512>} : (!llvm.ptr<i8>) -> !llvm.ptr<i8>
    %63 = "llvm.ptrtoint"(%62) : (!llvm.ptr<i8>) -> i64
    %64 = "llvm.add"(%63, %3) : (i64, i64) -> i64
    %65 = "llvm.call"(%64) {callee = @malloc, fastmathFlags = #llvm.fastmath<none>} : (i64) -> !llvm.ptr<i8>
    %66 = "llvm.ptrtoint"(%65) : (!llvm.ptr<i8>) -> i64
    %67 = "llvm.sub"(%3, %5) : (i64, i64) -> i64
    %68 = "llvm.add"(%66, %67) : (i64, i64) -> i64
    %69 = "llvm.urem"(%68, %3) : (i64, i64) -> i64
    %70 = "llvm.sub"(%68, %69) : (i64, i64) -> i64
    %71 = "llvm.inttoptr"(%70) : (i64) -> !llvm.ptr<i8>
    %72 = "llvm.mlir.undef"() : () -> !llvm.struct<(ptr<i8>, ptr<i8>, i64, array<2 x i64>, array<2 x i64>)>
    %73 = "llvm.insertvalue"(%72, %65) {position = array<i64: 0>} : (!llvm.struct<(ptr<i8>, ptr<i8>, i64, array<2 x i64>, array<2 x i64>)>, !llvm.ptr<i8>) -> !llvm.struct<(ptr<i8>, ptr<i8>, i64, array<2 x i64>, array<2 x i64>)>
    %74 = "llvm.insertvalue"(%73, %71) {position = array<i64: 1>} : (!llvm.struct<(ptr<i8>, ptr<i8>, i64, array<2 x i64>, array<2 x i64>)>, !llvm.ptr<i8>) -> !llvm.struct<(ptr<i8>, ptr<i8>, i64, array<2 x i64>, array<2 x i64>)>
    %75 = "llvm.insertvalue"(%74, %7) {position = array<i64: 2>} : (!llvm.struct<(ptr<i8>, ptr<i8>, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr<i8>, ptr<i8>, i64, array<2 x i64>, array<2 x i64>)>
    %76 = "llvm.insertvalue"(%75, %6) {position = array<i64: 3, 0>} : (!llvm.struct<(ptr<i8>, ptr<i8>, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr<i8>, ptr<i8>, i64, array<2 x i64>, array<2 x i64>)>
    %77 = "llvm.insertvalue"(%76, %4) {position = array<i64: 3, 1>} : (!llvm.struct<(ptr<i8>, ptr<i8>, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr<i8>, ptr<i8>, i64, array<2 x i64>, array<2 x i64>)>
    %78 = "llvm.insertvalue"(%77, %4) {position = array<i64: 4, 0>} : (!llvm.struct<(ptr<i8>, ptr<i8>, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr<i8>, ptr<i8>, i64, array<2 x i64>, array<2 x i64>)>
    %79 = "llvm.insertvalue"(%78, %5) {position = array<i64: 4, 1>} : (!llvm.struct<(ptr<i8>, ptr<i8>, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr<i8>, ptr<i8>, i64, array<2 x i64>, array<2 x i64>)>
    "llvm.br"(%7)[^bb16] : (i64) -> ()
  ^bb16(%80: i64):  // 2 preds: ^bb15, ^bb20
    %81 = "llvm.icmp"(%80, %6) {predicate = 2 : i64} : (i64, i64) -> i1
    "llvm.cond_br"(%81)[^bb17, ^bb21] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb17:  // pred: ^bb16
    "llvm.br"(%7)[^bb18] : (i64) -> ()
  ^bb18(%82: i64):  // 2 preds: ^bb17, ^bb19
    %83 = "llvm.icmp"(%82, %4) {predicate = 2 : i64} : (i64, i64) -> i1
    "llvm.cond_br"(%83)[^bb19, ^bb20] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb19:  // pred: ^bb18
    %84 = "llvm.mul"(%80, %4) : (i64, i64) -> i64
    %85 = "llvm.add"(%84, %82) : (i64, i64) -> i64
    %86 = "llvm.getelementptr"(%19, %85) {rawConstantIndices = array<i32: -2147483648>} : (!llvm.ptr<i32>, i64) -> !llvm.ptr<i32>
    %87 = "llvm.load"(%86) : (!llvm.ptr<i32>) -> i32
    %88 = "llvm.sitofp"(%87) : (i32) -> f32
    %89 = "llvm.fmul"(%88, %arg14) {fastmathFlags = #llvm.fastmath<none>} : (f32, f32) -> f32
    %90 = "llvm.intr.maxnum"(%89, %1) {fastmathFlags = #llvm.fastmath<none>} : (f32, f32) -> f32
    %91 = "llvm.intr.minnum"(%90, %0) {fastmathFlags = #llvm.fastmath<none>} : (f32, f32) -> f32
    %92 = "llvm.fptosi"(%91) : (f32) -> i8
    %93 = "llvm.mul"(%80, %4) : (i64, i64) -> i64
    %94 = "llvm.add"(%93, %82) : (i64, i64) -> i64
    %95 = "llvm.getelementptr"(%71, %94) {rawConstantIndices = array<i32: -2147483648>} : (!llvm.ptr<i8>, i64) -> !llvm.ptr<i8>
    "llvm.store"(%92, %95) : (i8, !llvm.ptr<i8>) -> ()
    %96 = "llvm.add"(%82, %5) : (i64, i64) -> i64
    "llvm.br"(%96)[^bb18] : (i64) -> ()
  ^bb20:  // pred: ^bb18
    %97 = "llvm.add"(%80, %5) : (i64, i64) -> i64
    "llvm.br"(%97)[^bb16] : (i64) -> ()
  ^bb21:  // pred: ^bb16
    "llvm.call"(%12) {callee = @free, fastmathFlags = #llvm.fastmath<none>} : (!llvm.ptr<i8>) -> ()
    "llvm.return"(%79) : (!llvm.struct<(ptr<i8>, ptr<i8>, i64, array<2 x i64>, array<2 x i64>)>) -> ()
  }) {CConv = #llvm.cconv<ccc>, function_type = !llvm.func<struct<(ptr<i8>, ptr<i8>, i64, array<2 x i64>, array<2 x i64>)> (ptr<i8>, ptr<i8>, i64, i64, i64, i64, i64, ptr<i8>, ptr<i8>, i64, i64, i64, i64, i64, f32)>, linkage = #llvm.linkage<external>, sym_name = "qmatmul"} : () -> ()
}) {llvm.data_layout = ""} : () -> ()

