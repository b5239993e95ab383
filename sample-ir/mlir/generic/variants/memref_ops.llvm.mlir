"builtin.module"() ({
  "llvm.func"() ({
  }) {CConv = #llvm.cconv<ccc>, function_type = !llvm.func<void (ptr<i8>)>, linkage = #llvm.linkage<external>, sym_name = "free"} : () -> ()
  "llvm.func"() ({
  }) {CConv = #llvm.cconv<ccc>, function_type = !llvm.func<void (i64, ptr<struct<(i64, ptr<i8>)>>, ptr<struct<(i64, ptr<i8>)>>)>, linkage = #llvm.linkage<external>, sym_name = "memrefCopy"} : () -> ()
  "llvm.func"() ({
  }) {CConv = #llvm.cconv<ccc>, function_type = !llvm.func<ptr<i8> (i64)>, linkage = #llvm.linkage<external>, sym_name = "malloc"} : () -> ()
  "llvm.mlir.global"() ({
  }) {addr_space = 0 : i32, constant, global_type = !llvm.array<4 x f32>, linkage = #llvm.linkage<private>, sym_name = "coeffs", unnamed_addr = 0 : i64, value = dense<[1.000000e-01, 2.000000e-01, 3.000000e-01, 4.000000e-01]> : tensor<4xf32>} : () -> ()
  "llvm.mlir.global"() ({
    %0 = "llvm.mlir.undef"() : () -> !llvm.array<16 x array<16 x f32>>
    "llvm.return"(%0) : (!llvm.array<16 x array<16 x f32>>) -> ()
  }) {addr_space = 0 : i32, global_type = !llvm.array<16 x array<16 x f32>>, linkage = #llvm.linkage<external>, sym_name = "scratch", unnamed_addr = 0 : i64} : () -> ()
  "llvm.func"() ({
  ^bb0(%arg0: !llvm.ptr<f32>, %arg1: !llvm.ptr<f32>, %arg2: i64, %arg3: i64, %arg4: i64):
    %0 = "llvm.mlir.constant"() {value = 0 : index} : () -> i64
    %1 = "llvm.mlir.constant"() {value = 1 : index} : () -> i64
    %2 = "llvm.mlir.constant"() {value = 4 : index} : () -> i64
    %3 = "llvm.mlir.constant"() {value = 0.000000e+00 : f32} : () -> f32
    %4 = "llvm.mlir.addressof"() {global_name = @coeffs} : () -> !llvm.ptr<array<4 x f32>>
    %5 = "llvm.getelementptr"(%4) {rawConstantIndices = array<i32: 0, 0>} : (!llvm.ptr<array<4 x f32>>) -> !llvm.ptr<f32>
    "llvm.br"(%0, %3)[^bb1] : (i64, f32) -> ()
  ^bb1(%6: i64, %7: f32):  // 2 preds: ^bb0, ^bb2
    %8 = "llvm.icmp"(%6, %2) {predicate = 2 : i64} : (i64, i64) -> i1
    "llvm.cond_br"(%8)[^bb2, ^bb3] {operand_segment_sizes = array<i32: 1, 0, 0>} : (i1) -> ()
  ^bb2:  // pred: ^bb1
    %9 = "llvm.getelementptr"(%arg1, %6) {rawConstantIndices = array<i32: -2147483648>} : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %10 = "llvm.load"(%9) : (!llvm.ptr<f32>) -> f32
    %11 = "llvm.getelementptr"(%5, %6) {rawConstantIndices = array<i32: -2147483648>} : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %12 = "llvm.load"(%11) : (!llvm.ptr<f32>) -> f32
    %13 = "llvm.fmul"(%10, %12) {fastmathFlags = #llvm.fastmath<none>} : (f32, f32) -> f32
    %14 = "llvm.fadd"(%7, %13) {fastmathFlags = #llvm.fastmath<none>} : (f32, f32) -> f32
    %15 = "llvm.add"(%6, %1) : (i64, i64) -> i64
    "llvm.br"(%15, %14)[^bb1] : (i64, f32) -> ()
  ^bb3:  // pred: ^bb1
    "llvm.return"(%7) : (f32) -> ()
  }) {CConv = #llvm.cconv<ccc>, function_type = !llvm.func<f32 (ptr<f32>, ptr<f32>, i64, i64, i64)>, linkage = #llvm.linkage<external>, sym_name = "weighted"} : () -> ()
  "llvm.func"() ({
  ^bb0(%arg0: i64):
    %0 = "llvm.mlir.constant"() {value = 4 : index} : () -> i64
    %1 = "llvm.mlir.constant"() {value = 2 : i64} : () -> i64
    %2 = "llvm.mlir.constant"() {value = 68 : index} : () -> i64
    %3 = "llvm.mlir.constant"() {value = 3735928559 : index} : () -> i64
    %4 = "llvm.mlir.constant"() {value = 16 : index} : () -> i64
    %5 = "llvm.mlir.constant"() {value = 8 : index} : () -> i64
    %6 = "llvm.mlir.constant"() {value = 0 : index} : () -> i64
    %7 = "llvm.mlir.constant"() {value = 64 : index} : () -> i64
    %8 = "llvm.mlir.constant"() {value = 2 : index} : () -> i64
    %9 = "llvm.mlir.constant"() {value = 1 : index} : () -> i64
    %10 = "llvm.mul"(%arg0, %arg0) : (i64, i64) -> i64
    %11 = "llvm.mlir.null"() : () -> !llvm.ptr<f32>
    %12 = "llvm.getelementptr"(%11, %10) {rawConstantIndices = array<i32: -2147483648>} : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %13 = "llvm.ptrtoint"(%12) : (!llvm.ptr<f32>) -> i64
    %14 = "llvm.add"(%13, %7) : (i64, i64) -> i64
    %15 = "llvm.call"(%14) {callee = @malloc, fastmathFlags = #llvm.fastmath<none>} : (i64) -> !llvm.ptr<i8>
    %16 = "llvm.bitcast"(%15) : (!llvm.ptr<i8>) -> !llvm.ptr<f32>
    %17 = "llvm.ptrtoint"(%16) : (!llvm.ptr<f32>) -> i64
    %18 = "llvm.sub"(%7, %9) : (i64, i64) -> i64
    %19 = "llvm.add"(%17, %18) : (i64, i64) -> i64
    %20 = "llvm.urem"(%19, %7) : (i64, i64) -> i64
    %21 = "llvm.sub"(%19, %20) : (i64, i64) -> i64
    %22 = "llvm.inttoptr"(%21) : (i64) -> !llvm.ptr<f32>
    %23 = "llvm.mlir.null"() : () -> !llvm.ptr<f32>
    %24 = "llvm.getelementptr"(%23) {rawConstantIndices = array<i32: 64>} : (!llvm.ptr<f32>) -> !llvm.ptr<f32>
    %25 = "llvm.ptrtoint"(%24) : (!llvm.ptr<f32>) -> i64
    %26 = "llvm.alloca"(%25) : (i64) -> !llvm.ptr<f32>
    %27 = "llvm.mlir.undef"() : () -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>
    %28 = "llvm.insertvalue"(%27, %26) {position = array<i64: 0>} : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>, !llvm.ptr<f32>) -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>
    %29 = "llvm.insertvalue"(%28, %26) {position = array<i64: 1>} : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>, !llvm.ptr<f32>) -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>
    %30 = "llvm.insertvalue"(%29, %6) {position = array<i64: 2>} : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>
    %31 = "llvm.insertvalue"(%30, %5) {position = array<i64: 3, 0>} : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>
    %32 = "llvm.insertvalue"(%31, %5) {position = array<i64: 3, 1>} : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>
    %33 = "llvm.insertvalue"(%32, %5) {position = array<i64: 4, 0>} : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>
    %34 = "llvm.insertvalue"(%33, %9) {position = array<i64: 4, 1>} : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>
    %35 = "llvm.mlir.addressof"() {global_name = @scratch} : () -> !llvm.ptr<array<16 x array<16 x f32>>>
    %36 = "llvm.getelementptr"(%35) {rawConstantIndices = array<i32: 0, 0, 0>} : (!llvm.ptr<array<16 x array<16 x f32>>>) -> !llvm.ptr<f32>
    %37 = "llvm.inttoptr"(%3) : (i64) -> !llvm.ptr<f32>
    %38 = "llvm.mlir.undef"() : () -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>
    %39 = "llvm.insertvalue"(%38, %37) {position = array<i64: 0>} : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>, !llvm.ptr<f32>) -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>
    %40 = "llvm.insertvalue"(%39, %36) {position = array<i64: 1>} : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>, !llvm.ptr<f32>) -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>
    %41 = "llvm.insertvalue"(%40, %2) {position = array<i64: 2>} : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>
    %42 = "llvm.insertvalue"(%41, %5) {position = array<i64: 3, 0>} : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>
    %43 = "llvm.insertvalue"(%42, %4) {position = array<i64: 4, 0>} : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>
    %44 = "llvm.insertvalue"(%43, %5) {position = array<i64: 3, 1>} : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>
    %45 = "llvm.insertvalue"(%44, %9) {position = array<i64: 4, 1>} : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>
    %46 = "llvm.intr.stacksave"() : () -> !llvm.ptr<i8>
    %47 = "llvm.alloca"(%9) : (i64) -> !llvm.ptr<struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>>
    "llvm.store"(%45, %47) : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>, !llvm.ptr<struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>>) -> ()
    %48 = "llvm.bitcast"(%47) : (!llvm.ptr<struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>>) -> !llvm.ptr<i8>
    %49 = "llvm.mlir.undef"() : () -> !llvm.struct<(i64, ptr<i8>)>
    %50 = "llvm.insertvalue"(%49, %1) {position = array<i64: 0>} : (!llvm.struct<(i64, ptr<i8>)>, i64) -> !llvm.struct<(i64, ptr<i8>)>
    %51 = "llvm.insertvalue"(%50, %48) {position = array<i64: 1>} : (!llvm.struct<(i64, ptr<i8>)>, !llvm.ptr<i8>) -> !llvm.struct<(i64, ptr<i8>)>
    %52 = "llvm.alloca"(%9) : (i64) -> !llvm.ptr<struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>>
    "llvm.store"(%34, %52) : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>, !llvm.ptr<struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>>) -> ()
    %53 = "llvm.bitcast"(%52) : (!llvm.ptr<struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>>) -> !llvm.ptr<i8>
    %54 = "llvm.mlir.undef"() : () -> !llvm.struct<(i64, ptr<i8>)>
    %55 = "llvm.insertvalue"(%54, %1) {position = array<i64: 0>} : (!llvm.struct<(i64, ptr<i8>)>, i64) -> !llvm.struct<(i64, ptr<i8>)>
    %56 = "llvm.insertvalue"(%55, %53) {position = array<i64: 1>} : (!llvm.struct<(i64, ptr<i8>)>, !llvm.ptr<i8>) -> !llvm.struct<(i64, ptr<i8>)>
    %57 = "llvm.alloca"(%9) : (i64) -> !llvm.ptr<struct<(i64, ptr<i8>)>>
    "llvm.store"(%51, %57) : (!llvm.struct<(i64, ptr<i8>)>, !llvm.ptr<struct<(i64, ptr<i8>)>>) -> ()
    %58 = "llvm.alloca"(%9) : (i64) -> !llvm.ptr<struct<(i64, ptr<i8>)>>
    "llvm.store"(%56, %58) : (!llvm.struct<(i64, ptr<i8>)>, !llvm.ptr<struct<(i64, ptr<i8>)>>) -> ()
    "llvm.call"(%0, %57, %58) {callee = @memrefCopy, fastmathFlags = #llvm.fastmath<none>} : (i64, !llvm.ptr<struct<(i64, ptr<i8>)>>, !llvm.ptr<struct<(i64, ptr<i8>)>>) -> ()
    "llvm.intr.stackrestore"(%46) : (!llvm.ptr<i8>) -> ()
    %59 = "llvm.mul"(%arg0, %8) : (i64, i64) -> i64
    %60 = "llvm.add"(%59, %8) : (i64, i64) -> i64
    %61 = "llvm.mlir.undef"() : () -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>
    %62 = "llvm.insertvalue"(%61, %16) {position = array<i64: 0>} : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>, !llvm.ptr<f32>) -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>
    %63 = "llvm.insertvalue"(%62, %22) {position = array<i64: 1>} : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>, !llvm.ptr<f32>) -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>
    %64 = "llvm.insertvalue"(%63, %60) {position = array<i64: 2>} : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>
    %65 = "llvm.insertvalue"(%64, %8) {position = array<i64: 3, 0>} : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>
    %66 = "llvm.insertvalue"(%65, %arg0) {position = array<i64: 4, 0>} : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>
    %67 = "llvm.insertvalue"(%66, %8) {position = array<i64: 3, 1>} : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>
    %68 = "llvm.insertvalue"(%67, %9) {position = array<i64: 4, 1>} : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>
    "llvm.call"(%15) {callee = @free, fastmathFlags = #llvm.fastmath<none>} : (!llvm.ptr<i8>) -> ()
    "llvm.return"(%68) : (!llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>) -> ()
  }) {CConv = #llvm.cconv<ccc>, function_type = !llvm.func<struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)> (i64)>, linkage = #llvm.linkage<external>, sym_name = "views"} : () -> ()
  "llvm.func"() ({
  ^bb0(%arg0: !llvm.ptr<f32>, %arg1: !llvm.ptr<f32>, %arg2: i64, %arg3: i64, %arg4: i64, %arg5: i64, %arg6: f32):
    %0 = "llvm.getelementptr"(%arg1, %arg5) {rawConstantIndices = array<i32: -2147483648>} : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %1 = "llvm.atomicrmw"(%0, %arg6) {bin_op = 11 : i64, ordering = 6 : i64} : (!llvm.ptr<f32>, f32) -> f32
    %2 = "llvm.intr.stacksave"() : () -> !llvm.ptr<i8>
    "llvm.br"()[^bb1] : () -> ()
  ^bb1:  // pred: ^bb0
    %3 = "llvm.mlir.null"() : () -> !llvm.ptr<f32>
    %4 = "llvm.getelementptr"(%3) {rawConstantIndices = array<i32: 4>} : (!llvm.ptr<f32>) -> !llvm.ptr<f32>
    %5 = "llvm.ptrtoint"(%4) : (!llvm.ptr<f32>) -> i64
    %6 = "llvm.alloca"(%5) : (i64) -> !llvm.ptr<f32>
    "llvm.store"(%arg6, %6) : (f32, !llvm.ptr<f32>) -> ()
    "llvm.intr.stackrestore"(%2) : (!llvm.ptr<i8>) -> ()
    "llvm.br"()[^bb2] : () -> ()
  ^bb2:  // pred: ^bb1
    "llvm.return"(%1) : (f32) -> ()
  }) {CConv = #llvm.cconv<ccc>, function_type = !llvm.func<f32 (ptr<f32>, ptr<f32>, i64, i64, i64, i64, f32)>, linkage = #llvm.linkage<external>, sym_name = "atomic_add"} : () -> ()
}) {llvm.data_layout = ""} : () -> ()

