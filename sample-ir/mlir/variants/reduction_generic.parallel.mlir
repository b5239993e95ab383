module {
  func.func @row_sum(%arg0: memref<512x256xf32, strided<[?, ?], offset: ?>>) -> memref<512xf32> {
    %c0 = arith.constant 0 : index
    %c512 = arith.constant 512 : index
    %c1 = arith.constant 1 : index
    %c256 = arith.constant 256 : index
    %cst = arith.constant 0.000000e+00 : f32
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<512xf32>
    scf.parallel (%arg1) = (%c0) to (%c512) step (%c1) {
      memref.store %cst, %alloc[%arg1] : memref<512xf32>
      scf.yield
    }
    scf.parallel (%arg1) = (%c0) to (%c512) step (%c1) {
      scf.for %arg2 = %c0 to %c256 step %c1 {
        %0 = memref.load %arg0[%arg1, %arg2] : memref<512x256xf32, strided<[?, ?], offset: ?>>
        %1 = memref.load %alloc[%arg1] : memref<512xf32>
        %2 = arith.addf %0, %1 : f32
        memref.store %2, %alloc[%arg1] : memref<512xf32>
      }
      scf.yield
    }
    return %alloc : memref<512xf32>
  }
  func.func @dot(%arg0: memref<4096xf32>, %arg1: memref<4096xf32>, %arg2: memref<f32>) {
    %c0 = arith.constant 0 : index
    %c4096 = arith.constant 4096 : index
    %c1 = arith.constant 1 : index
    scf.for %arg3 = %c0 to %c4096 step %c1 {
      %0 = memref.load %arg0[%arg3] : memref<4096xf32>
      %1 = memref.load %arg1[%arg3] : memref<4096xf32>
      %2 = memref.load %arg2[] : memref<f32>
      %3 = arith.mulf %0, %1 : f32
      %4 = arith.addf %2, %3 : f32
      memref.store %4, %arg2[] : memref<f32>
    }
    return
  }
}

