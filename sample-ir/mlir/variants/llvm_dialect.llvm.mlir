module attributes {llvm.data_layout = ""} {
  llvm.mlir.global internal constant @greeting("hello\00") {addr_space = 0 : i32}
  llvm.mlir.global external @counter(0 : i64) {addr_space = 0 : i32} : i64
  llvm.func @puts(!llvm.ptr<i8>) -> i32
  llvm.func @sum(%arg0: !llvm.ptr<f32>, %arg1: i64) -> f32 {
    %0 = llvm.mlir.constant(0 : i64) : i64
    %1 = llvm.mlir.constant(1 : i64) : i64
    %2 = llvm.mlir.constant(0.000000e+00 : f32) : f32
    llvm.br ^bb1(%0, %2 : i64, f32)
  ^bb1(%3: i64, %4: f32):  // 2 preds: ^bb0, ^bb2
    %5 = llvm.icmp "slt" %3, %arg1 : i64
    llvm.cond_br %5, ^bb2, ^bb3
  ^bb2:  // pred: ^bb1
    %6 = llvm.getelementptr %arg0[%3] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %7 = llvm.load %6 : !llvm.ptr<f32>
    %8 = llvm.fadd %4, %7  : f32
    %9 = llvm.add %3, %1  : i64
    llvm.br ^bb1(%9, %8 : i64, f32)
  ^bb3:  // pred: ^bb1
    llvm.return %4 : f32
  }
  llvm.func @greet() -> i32 {
    %0 = llvm.mlir.constant(1 : i64) : i64
    %1 = llvm.mlir.addressof @greeting : !llvm.ptr<array<6 x i8>>
    %2 = llvm.bitcast %1 : !llvm.ptr<array<6 x i8>> to !llvm.ptr<i8>
    %3 = llvm.call @puts(%2) : (!llvm.ptr<i8>) -> i32
    %4 = llvm.mlir.addressof @counter : !llvm.ptr<i64>
    %5 = llvm.load %4 : !llvm.ptr<i64>
    %6 = llvm.add %5, %0  : i64
    llvm.store %6, %4 : !llvm.ptr<i64>
    %7 = llvm.sext %3 : i32 to i64
    %8 = llvm.intr.smax(%7, %6)  : (i64, i64) -> i64
    %9 = llvm.trunc %8 : i64 to i32
    llvm.return %9 : i32
  }
}

