module {
  func.func @row_sum(%arg0: memref<512x256xf32, strided<[?, ?], offset: ?>>) -> memref<512xf32> {
    %cst = arith.constant 0.000000e+00 : f32
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<512xf32>
    affine.for %arg1 = 0 to 512 {
      affine.store %cst, %alloc[%arg1] : memref<512xf32>
    }
    affine.for %arg1 = 0 to 512 {
      affine.for %arg2 = 0 to 256 {
        %0 = affine.load %arg0[%arg1, %arg2] : memref<512x256xf32, strided<[?, ?], offset: ?>>
        %1 = affine.load %alloc[%arg1] : memref<512xf32>
        %2 = arith.addf %0, %1 : f32
        affine.store %2, %alloc[%arg1] : memref<512xf32>
      }
    }
    return %alloc : memref<512xf32>
  }
  func.func @dot(%arg0: memref<4096xf32>, %arg1: memref<4096xf32>, %arg2: memref<f32>) {
    affine.for %arg3 = 0 to 4096 {
      %0 = affine.load %arg0[%arg3] : memref<4096xf32>
      %1 = affine.load %arg1[%arg3] : memref<4096xf32>
      %2 = affine.load %arg2[] : memref<f32>
      %3 = arith.mulf %0, %1 : f32
      %4 = arith.addf %2, %3 : f32
      affine.store %4, %arg2[] : memref<f32>
    }
    return
  }
}

