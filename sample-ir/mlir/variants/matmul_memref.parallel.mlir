module {
  func.func @matmul(%arg0: memref<32x48xf32>, %arg1: memref<48x16xf32>, %arg2: memref<32x16xf32>) {
    %c0 = arith.constant 0 : index
    %c32 = arith.constant 32 : index
    %c1 = arith.constant 1 : index
    %c16 = arith.constant 16 : index
    %c48 = arith.constant 48 : index
    scf.parallel (%arg3, %arg4) = (%c0, %c0) to (%c32, %c16) step (%c1, %c1) {
      scf.for %arg5 = %c0 to %c48 step %c1 {
        %0 = memref.load %arg0[%arg3, %arg5] : memref<32x48xf32>
        %1 = memref.load %arg1[%arg5, %arg4] : memref<48x16xf32>
        %2 = memref.load %arg2[%arg3, %arg4] : memref<32x16xf32>
        %3 = arith.mulf %0, %1 : f32
        %4 = arith.addf %2, %3 : f32
        memref.store %4, %arg2[%arg3, %arg4] : memref<32x16xf32>
      }
      scf.yield
    }
    return
  }
  func.func @batch_matmul(%arg0: memref<4x16x8xf32>, %arg1: memref<4x8x12xf32>, %arg2: memref<4x16x12xf32>) {
    %c0 = arith.constant 0 : index
    %c4 = arith.constant 4 : index
    %c1 = arith.constant 1 : index
    %c16 = arith.constant 16 : index
    %c12 = arith.constant 12 : index
    %c8 = arith.constant 8 : index
    scf.parallel (%arg3, %arg4, %arg5) = (%c0, %c0, %c0) to (%c4, %c16, %c12) step (%c1, %c1, %c1) {
      scf.for %arg6 = %c0 to %c8 step %c1 {
        %0 = memref.load %arg0[%arg3, %arg4, %arg6] : memref<4x16x8xf32>
        %1 = memref.load %arg1[%arg3, %arg6, %arg5] : memref<4x8x12xf32>
        %2 = memref.load %arg2[%arg3, %arg4, %arg5] : memref<4x16x12xf32>
        %3 = arith.mulf %0, %1 : f32
        %4 = arith.addf %2, %3 : f32
        memref.store %4, %arg2[%arg3, %arg4, %arg5] : memref<4x16x12xf32>
      }
      scf.yield
    }
    return
  }
  func.func @matvec(%arg0: memref<24x40xf32>, %arg1: memref<40xf32>, %arg2: memref<24xf32>) {
    %c0 = arith.constant 0 : index
    %c24 = arith.constant 24 : index
    %c1 = arith.constant 1 : index
    %c40 = arith.constant 40 : index
    scf.parallel (%arg3) = (%c0) to (%c24) step (%c1) {
      scf.for %arg4 = %c0 to %c40 step %c1 {
        %0 = memref.load %arg0[%arg3, %arg4] : memref<24x40xf32>
        %1 = memref.load %arg1[%arg4] : memref<40xf32>
        %2 = memref.load %arg2[%arg3] : memref<24xf32>
        %3 = arith.mulf %0, %1 : f32
        %4 = arith.addf %2, %3 : f32
        memref.store %4, %arg2[%arg3] : memref<24xf32>
      }
      scf.yield
    }
    return
  }
}

