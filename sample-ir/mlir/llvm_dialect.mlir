// The LLVM dialect directly: globals, pointer arithmetic, loads/stores, a loop in blocks, calls and intrinsics.
module attributes {llvm.data_layout = "e-m:e-i64:64-n32:64-S128"} {
  llvm.mlir.global internal constant @greeting("hello\00") {addr_space = 0 : i32}
  llvm.mlir.global external @counter(0 : i64) : i64
  llvm.func @puts(!llvm.ptr<i8>) -> i32

  llvm.func @sum(%base: !llvm.ptr<f32>, %n: i64) -> f32 {
    %zero = llvm.mlir.constant(0 : i64) : i64
    %one = llvm.mlir.constant(1 : i64) : i64
    %fzero = llvm.mlir.constant(0.000000e+00 : f32) : f32
    llvm.br ^loop(%zero, %fzero : i64, f32)
  ^loop(%i: i64, %acc: f32):
    %more = llvm.icmp "slt" %i, %n : i64
    llvm.cond_br %more, ^body, ^exit
  ^body:
    %p = llvm.getelementptr %base[%i] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %x = llvm.load %p : !llvm.ptr<f32>
    %acc1 = llvm.fadd %acc, %x : f32
    %i1 = llvm.add %i, %one : i64
    llvm.br ^loop(%i1, %acc1 : i64, f32)
  ^exit:
    llvm.return %acc : f32
  }

  llvm.func @greet() -> i32 {
    %g = llvm.mlir.addressof @greeting : !llvm.ptr<array<6 x i8>>
    %p = llvm.bitcast %g : !llvm.ptr<array<6 x i8>> to !llvm.ptr<i8>
    %r = llvm.call @puts(%p) : (!llvm.ptr<i8>) -> i32
    %c = llvm.mlir.addressof @counter : !llvm.ptr<i64>
    %v = llvm.load %c : !llvm.ptr<i64>
    %one = llvm.mlir.constant(1 : i64) : i64
    %v1 = llvm.add %v, %one : i64
    llvm.store %v1, %c : !llvm.ptr<i64>
    %s = llvm.sext %r : i32 to i64
    %m = llvm.intr.smax(%s, %v1) : (i64, i64) -> i64
    %t = llvm.trunc %m : i64 to i32
    llvm.return %t : i32
  }
}
