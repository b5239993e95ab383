module @outer attributes {test.version = 2 : i32} {
  module @inner {
    func.func @scale(%arg0: memref<16xf32>, %arg1: f32) attributes {llvm.emit_c_interface} {
      %c1 = arith.constant 1 : index
      %c4 = arith.constant 4 : index
      %c0 = arith.constant 0 : index
      %cst = arith.constant 0.000000e+00 : f32
      %0 = vector.broadcast %arg1 : f32 to vector<4xf32>
      cf.br ^bb1(%c0 : index)
    ^bb1(%1: index):  // 2 preds: ^bb0, ^bb2
      %2 = arith.cmpi slt, %1, %c4 : index
      cf.cond_br %2, ^bb2, ^bb3
    ^bb2:  // pred: ^bb1
      %3 = arith.muli %1, %c4 : index
      %4 = vector.transfer_read %arg0[%3], %cst {in_bounds = [true]} : memref<16xf32>, vector<4xf32>
      %5 = arith.mulf %4, %0 : vector<4xf32>
      vector.transfer_write %5, %arg0[%3] {in_bounds = [true]} : vector<4xf32>, memref<16xf32>
      %6 = arith.addi %1, %c1 : index
      cf.br ^bb1(%6 : index)
    ^bb3:  // pred: ^bb1
      return
    }
  }
}

