module {
  func.func @matmul_ikj(%arg0: memref<64x64xf32>, %arg1: memref<64x64xf32>, %arg2: memref<64x64xf32>) {
    %cst = arith.constant 0.000000e+00 : f32
    affine.for %arg3 = 0 to 64 {
      affine.for %arg4 = 0 to 64 {
        %0 = affine.load %arg0[%arg3, %arg4] : memref<64x64xf32>
        %1 = vector.broadcast %0 : f32 to vector<8xf32>
        affine.for %arg5 = 0 to 64 step 8 {
          %2 = vector.transfer_read %arg1[%arg4, %arg5], %cst : memref<64x64xf32>, vector<8xf32>
          %3 = vector.transfer_read %arg2[%arg3, %arg5], %cst : memref<64x64xf32>, vector<8xf32>
          %4 = arith.mulf %1, %2 : vector<8xf32>
          %5 = arith.addf %3, %4 : vector<8xf32>
          vector.transfer_write %5, %arg2[%arg3, %arg5] : vector<8xf32>, memref<64x64xf32>
        }
      }
    }
    return
  }
}

