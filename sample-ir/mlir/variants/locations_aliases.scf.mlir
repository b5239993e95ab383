module @outer attributes {test.version = 2 : i32} {
  module @inner {
    func.func @scale(%arg0: memref<16xf32>, %arg1: f32) attributes {llvm.emit_c_interface} {
      %c1 = arith.constant 1 : index
      %c4 = arith.constant 4 : index
      %c0 = arith.constant 0 : index
      %cst = arith.constant 0.000000e+00 : f32
      %0 = vector.broadcast %arg1 : f32 to vector<4xf32>
      scf.for %arg2 = %c0 to %c4 step %c1 {
        %1 = arith.muli %arg2, %c4 : index
        %2 = vector.transfer_read %arg0[%1], %cst {in_bounds = [true]} : memref<16xf32>, vector<4xf32>
        %3 = arith.mulf %2, %0 : vector<4xf32>
        vector.transfer_write %3, %arg0[%1] {in_bounds = [true]} : vector<4xf32>, memref<16xf32>
      }
      return
    }
  }
}

