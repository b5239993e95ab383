module attributes {llvm.data_layout = ""} {
  llvm.func @abort()
  llvm.func @puts(!llvm.ptr<i8>)
  llvm.mlir.global private constant @assert_msg_0(dense<[99, 111, 109, 112, 97, 114, 105, 115, 111, 110, 32, 109, 117, 115, 116, 32, 98, 101, 32, 114, 101, 102, 108, 101, 120, 105, 118, 101, 0]> : tensor<29xi8>) {addr_space = 0 : i32} : !llvm.array<29 x i8>
  llvm.func @gcd(%arg0: i32, %arg1: i32) -> i32 {
    %0 = llvm.mlir.constant(0 : i32) : i32
    llvm.br ^bb1(%arg0, %arg1 : i32, i32)
  ^bb1(%1: i32, %2: i32):  // 2 preds: ^bb0, ^bb2
    %3 = llvm.icmp "eq" %2, %0 : i32
    llvm.cond_br %3, ^bb3(%1 : i32), ^bb2
  ^bb2:  // pred: ^bb1
    %4 = llvm.srem %1, %2  : i32
    llvm.br ^bb1(%2, %4 : i32, i32)
  ^bb3(%5: i32):  // pred: ^bb1
    llvm.return %5 : i32
  }
  llvm.func @classify(%arg0: i32) -> f32 {
    %0 = llvm.mlir.constant(true) : i1
    %1 = llvm.mlir.constant(1.000000e+00 : f32) : f32
    %2 = llvm.mlir.constant(2.000000e+00 : f32) : f32
    %3 = llvm.mlir.constant(-1.000000e+00 : f32) : f32
    llvm.cond_br %0, ^bb1, ^bb4
  ^bb1:  // pred: ^bb0
    llvm.switch %arg0 : i32, ^bb3(%3 : f32) [
      1: ^bb2(%1 : f32),
      2: ^bb2(%2 : f32)
    ]
  ^bb2(%4: f32):  // 2 preds: ^bb1, ^bb1
    llvm.br ^bb3(%4 : f32)
  ^bb3(%5: f32):  // 2 preds: ^bb1, ^bb2
    llvm.return %5 : f32
  ^bb4:  // pred: ^bb0
    %6 = llvm.mlir.addressof @assert_msg_0 : !llvm.ptr<array<29 x i8>>
    %7 = llvm.getelementptr %6[0] : (!llvm.ptr<array<29 x i8>>) -> !llvm.ptr<i8>
    llvm.call @puts(%7) : (!llvm.ptr<i8>) -> ()
    llvm.call @abort() : () -> ()
    llvm.unreachable
  }
}

