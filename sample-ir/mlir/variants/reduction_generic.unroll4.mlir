module {
  func.func @row_sum(%arg0: memref<512x256xf32, strided<[?, ?], offset: ?>>) -> memref<512xf32> {
    %cst = arith.constant 0.000000e+00 : f32
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<512xf32>
    affine.for %arg1 = 0 to 512 step 4 {
      affine.store %cst, %alloc[%arg1] : memref<512xf32>
      affine.store %cst, %alloc[%arg1 + 1] : memref<512xf32>
      affine.store %cst, %alloc[%arg1 + 2] : memref<512xf32>
      affine.store %cst, %alloc[%arg1 + 3] : memref<512xf32>
    }
    affine.for %arg1 = 0 to 512 {
      affine.for %arg2 = 0 to 256 step 4 {
        %0 = affine.load %arg0[%arg1, %arg2] : memref<512x256xf32, strided<[?, ?], offset: ?>>
        %1 = affine.load %alloc[%arg1] : memref<512xf32>
        %2 = arith.addf %0, %1 : f32
        affine.store %2, %alloc[%arg1] : memref<512xf32>
        %3 = affine.load %arg0[%arg1, %arg2 + 1] : memref<512x256xf32, strided<[?, ?], offset: ?>>
        %4 = affine.load %alloc[%arg1] : memref<512xf32>
        %5 = arith.addf %3, %4 : f32
        affine.store %5, %alloc[%arg1] : memref<512xf32>
        %6 = affine.load %arg0[%arg1, %arg2 + 2] : memref<512x256xf32, strided<[?, ?], offset: ?>>
        %7 = affine.load %alloc[%arg1] : memref<512xf32>
        %8 = arith.addf %6, %7 : f32
        affine.store %8, %alloc[%arg1] : memref<512xf32>
        %9 = affine.load %arg0[%arg1, %arg2 + 3] : memref<512x256xf32, strided<[?, ?], offset: ?>>
        %10 = affine.load %alloc[%arg1] : memref<512xf32>
        %11 = arith.addf %9, %10 : f32
        affine.store %11, %alloc[%arg1] : memref<512xf32>
      }
    }
    return %alloc : memref<512xf32>
  }
  func.func @dot(%arg0: memref<4096xf32>, %arg1: memref<4096xf32>, %arg2: memref<f32>) {
    affine.for %arg3 = 0 to 4096 step 4 {
      %0 = affine.load %arg0[%arg3] : memref<4096xf32>
      %1 = affine.load %arg1[%arg3] : memref<4096xf32>
      %2 = affine.load %arg2[] : memref<f32>
      %3 = arith.mulf %0, %1 : f32
      %4 = arith.addf %2, %3 : f32
      affine.store %4, %arg2[] : memref<f32>
      %5 = affine.load %arg0[%arg3 + 1] : memref<4096xf32>
      %6 = affine.load %arg1[%arg3 + 1] : memref<4096xf32>
      %7 = affine.load %arg2[] : memref<f32>
      %8 = arith.mulf %5, %6 : f32
      %9 = arith.addf %7, %8 : f32
      affine.store %9, %arg2[] : memref<f32>
      %10 = affine.load %arg0[%arg3 + 2] : memref<4096xf32>
      %11 = affine.load %arg1[%arg3 + 2] : memref<4096xf32>
      %12 = affine.load %arg2[] : memref<f32>
      %13 = arith.mulf %10, %11 : f32
      %14 = arith.addf %12, %13 : f32
      affine.store %14, %arg2[] : memref<f32>
      %15 = affine.load %arg0[%arg3 + 3] : memref<4096xf32>
      %16 = affine.load %arg1[%arg3 + 3] : memref<4096xf32>
      %17 = affine.load %arg2[] : memref<f32>
      %18 = arith.mulf %15, %16 : f32
      %19 = arith.addf %17, %18 : f32
      affine.store %19, %arg2[] : memref<f32>
    }
    return
  }
}

