"builtin.module"() ({
  "llvm.func"() ({
  }) {CConv = #llvm.cconv<ccc>, function_type = !llvm.func<void (ptr<i8>)>, linkage = #llvm.linkage<external>, sym_name = "free"} : () -> ()
  "llvm.func"() ({
  }) {CConv = #llvm.cconv<ccc>, function_type = !llvm.func<ptr<i8> (i64)>, linkage = #llvm.linkage<external>, sym_name = "malloc"} : () -> ()
  "llvm.func"() ({
  ^bb0(%arg0: !llvm.ptr<f32>, %arg1: !llvm.ptr<f32>, %arg2: i64, %arg3: i64, %arg4: i64, %arg5: i64, %arg6: i64, %arg7: i64, %arg8: i64, %arg9: i64, %arg10: i64):
    %0 = "llvm.mlir.constant"() {value = 4096 : index} : () -> i64
    %1 = "llvm.mlir.constant"() {value = 256 : index} : () -> i64
    %2 = "llvm.mlir.constant"() {value = 64 : index} : () -> i64
    %3 = "llvm.mlir.constant"() {value = -3.40282347E+38 : f32} : () -> f32
    %4 = "llvm.mlir.constant"() {value = 2 : index} : () -> i64
    %5 = "llvm.mlir.constant"() {value = 16 : index} : () -> i64
    %6 = "llvm.mlir.constant"() {value = 1 : index} : () -> i64
    %7 = "llvm.mlir.constant"() {value = 0 : index} : () -> i64
    %8 = "llvm.mlir.null"() : () -> !llvm.ptr<f32>
    %9 = "llvm.getelementptr"(%8) {rawConstantIndices = array<i32: 4>} : (!llvm.ptr<f32>) -> !llvm.ptr<f32>
    %10 = "llvm.ptrtoint"(%9) : (!llvm.ptr<f32>) -> i64
    %11 = "llvm.add"(%10, %2) : (i64, i64) -> i64
    %12 = "llvm.call"(%11) {callee = @malloc, fastmathFlags = #llvm.fastmath<none>} : (i64) -> !llvm.ptr<i8>
    %13 = "llvm.mlir.null"() : () -> !llvm.ptr<f32>
    %14 = "llvm.getelementptr"(%13) {rawConstantIndices = array<i32: 4096>} : (!llvm.ptr<f32>) -> !llvm.ptr<f32>
    %15 = "llvm.ptrtoint"(%14) : (!llvm.ptr<f32>) -> i64
    %16 = "llvm.add"(%15, %2) : (i64, i64) -> i64
    %17 = "llvm.call"(%16) {callee = @malloc, fastmathFlags = #llvm.fastmath<none>} : (i64) -> !llvm.ptr<i8>
    %18 = "llvm.bitcast"(%17) : (!llvm.ptr<i8>) -> !llvm.ptr<f32>
    %19 = "llvm.ptrtoint"(%18) : (!llvm.ptr<f32>) -> i64
    %20 = "llvm.sub"(%2, %6) : (i64, i64) -> i64
    %21 = "llvm.add"(%19, %20) : (i64, i64) -> i64
    %22 = "llvm.urem"(%21, %2) : (i64, i64) -> i64
    %23 = "llvm.sub"(%21, %22) : (i64, i64) -> i64
    %24 = "llvm.inttoptr"(%23) : (i64) -> !llvm.ptr<f32>
    %25 = "llvm.mlir.undef"() : () -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<4 x i64>, array<4 x i64>)>
    %26 = "llvm.insertvalue"(%25, %18) {position = array<i64: 0>} : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<4 x i64>, array<4 x i64>)>, !llvm.ptr<f32>) -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<4 x i64>, array<4 x i64>)>
    %27 = "llvm.insertvalue"(%26, %24) {position = array<i64: 1>} : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<4 x i64>, array<4 x i64>)>, !llvm.ptr<f32>) -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<4 x i64>, array<4 x i64>)>
    %28 = "llvm.insertvalue"(%27, %7) {position = array<i64: 2>} : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<4 x i64>, array<4 x i64>)>, i64) -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<4 x i64>, array<4 x i64>)>
    %29 = "llvm.insertvalue"(%28, %6) {position = array<i64: 3, 0>} : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<4 x i64>, array<4 x i64>)>, i64) -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<4 x i64>, array<4 x i64>)>
    %30 = "llvm.insertvalue"(%29, %5) {position = array<i64: 3, 1>} : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<4 x i64>, array<4 x i64>)>, i64) -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<4 x i64>, array<4 x i64>)>
    %31 = "llvm.insertvalue"(%30, %5) {position = array<i64: 3, 2>} : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<4 x i64>, array<4 x i64>)>, i64) -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<4 x i64>, array<4 x i64>)>
    %32 = "llvm.insertvalue"(%31, %5) {position = array<i64: 3, 3>} : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<4 x i64>, array<4 x i64>)>, i64) -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<4 x i64>, array<4 x i64>)>
    %33 = "llvm.insertvalue"(%32, %0) {position = array<i64: 4, 0>} : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<4 x i64>, array<4 x i64>)>, i64) -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<4 x i64>, array<4 x i64>)>
    %34 = "llvm.insertvalue"(%33, %1) {position = array<i64: 4, 1>} : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<4 x i64>, array<4 x i64>)>, i64) -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<4 x i64>, array<4 x i64>)>
    %35 = "llvm.insertvalue"(%34, %5) {position = array<i64: 4, 2>} : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<4 x i64>, array<4 x i64>)>, i64) -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<4 x i64>, array<4 x i64>)>
    %36 = "llvm.insertvalue"(%35, %6) {position = array<i64: 4, 3>} : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<4 x i64>, array<4 x i64>)>, i64) -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<4 x i64>, array<4 x i64>)>
    "llvm.br"(%7)[^bb1] : (i64) -> ()
  ^bb1(%37: i64):  // 2 preds: ^bb0, ^bb11
    %38 = "llvm.icmp"(%37, %6) {predicate = 2 : i64} : (i64, i64) -> i1
    "llvm.cond_br"(%38)[^bb2, ^bb12] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb2:  // pred: ^bb1
    "llvm.br"(%7)[^bb3] : (i64) -> ()
  ^bb3(%39: i64):  // 2 preds: ^bb2, ^bb10
    %40 = "llvm.icmp"(%39, %5) {predicate = 2 : i64} : (i64, i64) -> i1
    "llvm.cond_br"(%40)[^bb4, ^bb11] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb4:  // pred: ^bb3
    "llvm.br"(%7)[^bb5] : (i64) -> ()
  ^bb5(%41: i64):  // 2 preds: ^bb4, ^bb9
    %42 = "llvm.icmp"(%41, %5) {predicate = 2 : i64} : (i64, i64) -> i1
    "llvm.cond_br"(%42)[^bb6, ^bb10] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb6:  // pred: ^bb5
    "llvm.br"(%7)[^bb7] : (i64) -> ()
  ^bb7(%43: i64):  // 2 preds: ^bb6, ^bb8
    %44 = "llvm.icmp"(%43, %5) {predicate = 2 : i64} : (i64, i64) -> i1
    "llvm.cond_br"(%44)[^bb8, ^bb9] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb8:  // pred: ^bb7
    %45 = "llvm.mul"(%37, %0) : (i64, i64) -> i64
    %46 = "llvm.mul"(%39, %1) : (i64, i64) -> i64
    %47 = "llvm.add"(%45, %46) : (i64, i64) -> i64
    %48 = "llvm.mul"(%41, %5) : (i64, i64) -> i64
    %49 = "llvm.add"(%47, %48) : (i64, i64) -> i64
    %50 = "llvm.add"(%49, %43) : (i64, i64) -> i64
    %51 = "llvm.getelementptr"(%24, %50) {rawConstantIndices = array<i32: -2147483648>} : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    "llvm.store"(%3, %51) : (f32, !llvm.ptr<f32>) -> ()
    %52 = "llvm.add"(%43, %6) : (i64, i64) -> i64
    "llvm.br"(%52)[^bb7] : (i64) -> ()
  ^bb9:  // pred: ^bb7
    %53 = "llvm.add"(%41, %6) : (i64, i64) -> i64
    "llvm.br"(%53)[^bb5] : (i64) -> ()
  ^bb10:  // pred: ^bb5
    %54 = "llvm.add"(%39, %6) : (i64, i64) -> i64
    "llvm.br"(%54)[^bb3] : (i64) -> ()
  ^bb11:  // pred: ^bb3
    %55 = "llvm.add"(%37, %6) : (i64, i64) -> i64
    "llvm.br"(%55)[^bb1] : (i64) -> ()
  ^bb12:  // pred: ^bb1
    "llvm.br"(%7)[^bb13] : (i64) -> ()
  ^bb13(%56: i64):  // 2 preds: ^bb12, ^bb29
    %57 = "llvm.icmp"(%56, %6) {predicate = 2 : i64} : (i64, i64) -> i1
    "llvm.cond_br"(%57)[^bb14, ^bb30] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb14:  // pred: ^bb13
    "llvm.br"(%7)[^bb15] : (i64) -> ()
  ^bb15(%58: i64):  // 2 preds: ^bb14, ^bb28
    %59 = "llvm.icmp"(%58, %5) {predicate = 2 : i64} : (i64, i64) -> i1
    "llvm.cond_br"(%59)[^bb16, ^bb29] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb16:  // pred: ^bb15
    "llvm.br"(%7)[^bb17] : (i64) -> ()
  ^bb17(%60: i64):  // 2 preds: ^bb16, ^bb27
    %61 = "llvm.icmp"(%60, %5) {predicate = 2 : i64} : (i64, i64) -> i1
    "llvm.cond_br"(%61)[^bb18, ^bb28] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb18:  // pred: ^bb17
    "llvm.br"(%7)[^bb19] : (i64) -> ()
  ^bb19(%62: i64):  // 2 preds: ^bb18, ^bb26
    %63 = "llvm.icmp"(%62, %5) {predicate = 2 : i64} : (i64, i64) -> i1
    "llvm.cond_br"(%63)[^bb20, ^bb27] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb20:  // pred: ^bb19
    "llvm.br"(%7)[^bb21] : (i64) -> ()
  ^bb21(%64: i64):  // 2 preds: ^bb20, ^bb25
    %65 = "llvm.icmp"(%64, %4) {predicate = 2 : i64} : (i64, i64) -> i1
    "llvm.cond_br"(%65)[^bb22, ^bb26] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb22:  // pred: ^bb21
    "llvm.br"(%7)[^bb23] : (i64) -> ()
  ^bb23(%66: i64):  // 2 preds: ^bb22, ^bb24
    %67 = "llvm.icmp"(%66, %4) {predicate = 2 : i64} : (i64, i64) -> i1
    "llvm.cond_br"(%67)[^bb24, ^bb25] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb24:  // pred: ^bb23
    %68 = "llvm.mul"(%58, %4) : (i64, i64) -> i64
    %69 = "llvm.add"(%68, %64) : (i64, i64) -> i64
    %70 = "llvm.mul"(%60, %4) : (i64, i64) -> i64
    %71 = "llvm.add"(%70, %66) : (i64, i64) -> i64
    %72 = "llvm.mul"(%56, %arg7) : (i64, i64) -> i64
    %73 = "llvm.add"(%arg2, %72) : (i64, i64) -> i64
    %74 = "llvm.mul"(%69, %arg8) : (i64, i64) -> i64
    %75 = "llvm.add"(%73, %74) : (i64, i64) -> i64
    %76 = "llvm.mul"(%71, %arg9) : (i64, i64) -> i64
    %77 = "llvm.add"(%75, %76) : (i64, i64) -> i64
    %78 = "llvm.mul"(%62, %arg10) : (i64, i64) -> i64
    %79 = "llvm.add"(%77, %78) : (i64, i64) -> i64
    %80 = "llvm.getelementptr"(%arg1, %79) {rawConstantIndices = array<i32: -2147483648>} : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %81 = "llvm.load"(%80) : (!llvm.ptr<f32>) -> f32
    %82 = "llvm.mul"(%56, %0) : (i64, i64) -> i64
    %83 = "llvm.mul"(%58, %1) : (i64, i64) -> i64
    %84 = "llvm.add"(%82, %83) : (i64, i64) -> i64
    %85 = "llvm.mul"(%60, %5) : (i64, i64) -> i64
    %86 = "llvm.add"(%84, %85) : (i64, i64) -> i64
    %87 = "llvm.add"(%86, %62) : (i64, i64) -> i64
    %88 = "llvm.getelementptr"(%24, %87) {rawConstantIndices = array<i32: -2147483648>} : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %89 = "llvm.load"(%88) : (!llvm.ptr<f32>) -> f32
    %90 = "llvm.intr.maxnum"(%89, %81) {fastmathFlags = #llvm.fastmath<none>} : (f32, f32) -> f32
    %91 = "llvm.mul"(%56, %0) : (i64, i64) -> i64
    %92 = "llvm.mul"(%58, %1) : (i64, i64) -> i64
    %93 = "llvm.add"(%91, %92) : (i64, i64) -> i64
    %94 = "llvm.mul"(%60, %5) : (i64, i64) -> i64
    %95 = "llvm.add"(%93, %94) : (i64, i64) -> i64
    %96 = "llvm.add"(%95, %62) : (i64, i64) -> i64
    %97 = "llvm.getelementptr"(%24, %96) {rawConstantIndices = array<i32: -2147483648>} : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    "llvm.store"(%90, %97) : (f32, !llvm.ptr<f32>) -> ()
    %98 = "llvm.add"(%66, %6) : (i64, i64) -> i64
    "llvm.br"(%98)[^bb23] : (i64) -> ()
  ^bb25:  // pred: ^bb23
    %99 = "llvm.add"(%64, %6) : (i64, i64) -> i64
    "llvm.br"(%99)[^bb21] : (i64) -> ()
  ^bb26:  // pred: ^bb21
    %100 = "llvm.add"(%62, %6) : (i64, i64) -> i64
    "llvm.br"(%100)[^bb19] : (i64) -> ()
  ^bb27:  // pred: ^bb19
    %101 = "llvm.add"(%60, %6) : (i64, i64) -> i64
    "llvm.br"(%101)[^bb17] : (i64) -> ()
  ^bb28:  // pred: ^bb17
    %102 = "llvm.add"(%58, %6) : (i64, i64) -> i64
    "llvm.br"(%102)[^bb15] : (i64) -> ()
  ^bb29:  // pred: ^bb15
    %103 = "llvm.add"(%56, %6) : (i64, i64) -> i64
    "llvm.br"(%103)[^bb13] : (i64) -> ()
  ^bb30:  // pred: ^bb13
    "llvm.call"(%12) {callee = @free, fastmathFlags = #llvm.fastmath<none>} : (!llvm.ptr<i8>) -> ()
    "llvm.return"(%36) : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<4 x i64>, array<4 x i64>)>) -> ()
  }) {CConv = #llvm.cconv<ccc>, function_type = !llvm.func<struct<(ptr<f32>, ptr<f32>, i64, array<4 x i64>, array<4 x i64>)> (ptr<f32>, ptr<f32>, i64, i64, i64, i64, i64, i64, i64, i64, i64)>, linkage = #llvm.linkage<external>, sym_name = "max_pool"} : () -> ()
  "llvm.func"() ({
  ^bb0(%arg0: !llvm.ptr<f32>, %arg1: !llvm.ptr<f32>, %arg2: i64, %arg3: i64, %arg4: i64, %arg5: i64, %arg6: i64, %arg7: i64, %arg8: i64, %arg9: i64, %arg10: i64, %arg11: !llvm.ptr<f32>, %arg12: !llvm.ptr<f32>, %arg13: i64, %arg14: i64, %arg15: i64, %arg16: i64, %arg17: i64, %arg18: i64, %arg19: i64, %arg20: i64, %arg21: i64):
    %0 = "llvm.mlir.constant"() {value = 256 : index} : () -> i64
    %1 = "llvm.mlir.constant"() {value = 4096 : index} : () -> i64
    %2 = "llvm.mlir.constant"() {value = 512 : index} : () -> i64
    %3 = "llvm.mlir.constant"() {value = 16384 : index} : () -> i64
    %4 = "llvm.mlir.constant"() {value = 2 : index} : () -> i64
    %5 = "llvm.mlir.constant"() {value = 16 : index} : () -> i64
    %6 = "llvm.mlir.constant"() {value = 1 : index} : () -> i64
    %7 = "llvm.mlir.constant"() {value = 0 : index} : () -> i64
    %8 = "llvm.mlir.null"() : () -> !llvm.ptr<f32>
    %9 = "llvm.getelementptr"(%8) {rawConstantIndices = array<i32: 4>} : (!llvm.ptr<f32>) -> !llvm.ptr<f32>
    %10 = "llvm.ptrtoint"(%9) : (!llvm.ptr<f32>) -> i64
    %11 = "llvm.call"(%10) {callee = @malloc, fastmathFlags = #llvm.fastmath<none>} : (i64) -> !llvm.ptr<i8>
    "llvm.br"(%7)[^bb1] : (i64) -> ()
  ^bb1(%12: i64):  // 2 preds: ^bb0, ^bb17
    %13 = "llvm.icmp"(%12, %6) {predicate = 2 : i64} : (i64, i64) -> i1
    "llvm.cond_br"(%13)[^bb2, ^bb18] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb2:  // pred: ^bb1
    "llvm.br"(%7)[^bb3] : (i64) -> ()
  ^bb3(%14: i64):  // 2 preds: ^bb2, ^bb16
    %15 = "llvm.icmp"(%14, %5) {predicate = 2 : i64} : (i64, i64) -> i1
    "llvm.cond_br"(%15)[^bb4, ^bb17] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb4:  // pred: ^bb3
    "llvm.br"(%7)[^bb5] : (i64) -> ()
  ^bb5(%16: i64):  // 2 preds: ^bb4, ^bb15
    %17 = "llvm.icmp"(%16, %5) {predicate = 2 : i64} : (i64, i64) -> i1
    "llvm.cond_br"(%17)[^bb6, ^bb16] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb6:  // pred: ^bb5
    "llvm.br"(%7)[^bb7] : (i64) -> ()
  ^bb7(%18: i64):  // 2 preds: ^bb6, ^bb14
    %19 = "llvm.icmp"(%18, %5) {predicate = 2 : i64} : (i64, i64) -> i1
    "llvm.cond_br"(%19)[^bb8, ^bb15] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb8:  // pred: ^bb7
    "llvm.br"(%7)[^bb9] : (i64) -> ()
  ^bb9(%20: i64):  // 2 preds: ^bb8, ^bb13
    %21 = "llvm.icmp"(%20, %4) {predicate = 2 : i64} : (i64, i64) -> i1
    "llvm.cond_br"(%21)[^bb10, ^bb14] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb10:  // pred: ^bb9
    "llvm.br"(%7)[^bb11] : (i64) -> ()
  ^bb11(%22: i64):  // 2 preds: ^bb10, ^bb12
    %23 = "llvm.icmp"(%22, %4) {predicate = 2 : i64} : (i64, i64) -> i1
    "llvm.cond_br"(%23)[^bb12, ^bb13] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb12:  // pred: ^bb11
    %24 = "llvm.mul"(%14, %4) : (i64, i64) -> i64
    %25 = "llvm.add"(%24, %20) : (i64, i64) -> i64
    %26 = "llvm.mul"(%16, %4) : (i64, i64) -> i64
    %27 = "llvm.add"(%26, %22) : (i64, i64) -> i64
    %28 = "llvm.mul"(%12, %3) : (i64, i64) -> i64
    %29 = "llvm.mul"(%25, %2) : (i64, i64) -> i64
    %30 = "llvm.add"(%28, %29) : (i64, i64) -> i64
    %31 = "llvm.mul"(%27, %5) : (i64, i64) -> i64
    %32 = "llvm.add"(%30, %31) : (i64, i64) -> i64
    %33 = "llvm.add"(%32, %18) : (i64, i64) -> i64
    %34 = "llvm.getelementptr"(%arg1, %33) {rawConstantIndices = array<i32: -2147483648>} : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %35 = "llvm.load"(%34) : (!llvm.ptr<f32>) -> f32
    %36 = "llvm.mul"(%12, %1) : (i64, i64) -> i64
    %37 = "llvm.mul"(%14, %0) : (i64, i64) -> i64
    %38 = "llvm.add"(%36, %37) : (i64, i64) -> i64
    %39 = "llvm.mul"(%16, %5) : (i64, i64) -> i64
    %40 = "llvm.add"(%38, %39) : (i64, i64) -> i64
    %41 = "llvm.add"(%40, %18) : (i64, i64) -> i64
    %42 = "llvm.getelementptr"(%arg12, %41) {rawConstantIndices = array<i32: -2147483648>} : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %43 = "llvm.load"(%42) : (!llvm.ptr<f32>) -> f32
    %44 = "llvm.fadd"(%43, %35) {fastmathFlags = #llvm.fastmath<none>} : (f32, f32) -> f32
    %45 = "llvm.mul"(%12, %1) : (i64, i64) -> i64
    %46 = "llvm.mul"(%14, %0) : (i64, i64) -> i64
    %47 = "llvm.add"(%45, %46) : (i64, i64) -> i64
    %48 = "llvm.mul"(%16, %5) : (i64, i64) -> i64
    %49 = "llvm.add"(%47, %48) : (i64, i64) -> i64
    %50 = "llvm.add"(%49, %18) : (i64, i64) -> i64
    %51 = "llvm.getelementptr"(%arg12, %50) {rawConstantIndices = array<i32: -2147483648>} : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    "llvm.store"(%44, %51) : (f32, !llvm.ptr<f32>) -> ()
    %52 = "llvm.add"(%22, %6) : (i64, i64) -> i64
    "llvm.br"(%52)[^bb11] : (i64) -> ()
  ^bb13:  // pred: ^bb11
    %53 = "llvm.add"(%20, %6) : (i64, i64) -> i64
    "llvm.br"(%53)[^bb9] : (i64) -> ()
  ^bb14:  // pred: ^bb9
    %54 = "llvm.add"(%18, %6) : (i64, i64) -> i64
    "llvm.br"(%54)[^bb7] : (i64) -> ()
  ^bb15:  // pred: ^bb7
    %55 = "llvm.add"(%16, %6) : (i64, i64) -> i64
    "llvm.br"(%55)[^bb5] : (i64) -> ()
  ^bb16:  // pred: ^bb5
    %56 = "llvm.add"(%14, %6) : (i64, i64) -> i64
    "llvm.br"(%56)[^bb3] : (i64) -> ()
  ^bb17:  // pred: ^bb3
    %57 = "llvm.add"(%12, %6) : (i64, i64) -> i64
    "llvm.br"(%57)[^bb1] : (i64) -> ()
  ^bb18:  // pred: ^bb1
    "llvm.call"(%11) {callee = @free, fastmathFlags = #llvm.fastmath<none>} : (!llvm.ptr<i8>) -> ()
    "llvm.return"() : () -> ()
  }) {CConv = #llvm.cconv<ccc>, function_type = !llvm.func<void (ptr<f32>, ptr<f32>, i64, i64, i64, i64, i64, i64, i64, i64, i64, ptr<f32>, ptr<f32>, i64, i64, i64, i64, i64, i64, i64, i64, i64)>, linkage = #llvm.linkage<external>, sym_name = "sum_pool"} : () -> ()
}) {llvm.data_layout = ""} : () -> ()

