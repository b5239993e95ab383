module {
  func.func @saxpy(%arg0: f32, %arg1: memref<1024xf32, strided<[?], offset: ?>>, %arg2: memref<1024xf32, strided<[?], offset: ?>>) -> memref<1024xf32> {
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<1024xf32>
    affine.for %arg3 = 0 to 1024 step 4 {
      %0 = affine.load %arg1[%arg3] : memref<1024xf32, strided<[?], offset: ?>>
      %1 = affine.load %arg2[%arg3] : memref<1024xf32, strided<[?], offset: ?>>
      %2 = arith.mulf %arg0, %0 : f32
      %3 = arith.addf %2, %1 : f32
      affine.store %3, %alloc[%arg3] : memref<1024xf32>
      %4 = affine.load %arg1[%arg3 + 1] : memref<1024xf32, strided<[?], offset: ?>>
      %5 = affine.load %arg2[%arg3 + 1] : memref<1024xf32, strided<[?], offset: ?>>
      %6 = arith.mulf %arg0, %4 : f32
      %7 = arith.addf %6, %5 : f32
      affine.store %7, %alloc[%arg3 + 1] : memref<1024xf32>
      %8 = affine.load %arg1[%arg3 + 2] : memref<1024xf32, strided<[?], offset: ?>>
      %9 = affine.load %arg2[%arg3 + 2] : memref<1024xf32, strided<[?], offset: ?>>
      %10 = arith.mulf %arg0, %8 : f32
      %11 = arith.addf %10, %9 : f32
      affine.store %11, %alloc[%arg3 + 2] : memref<1024xf32>
      %12 = affine.load %arg1[%arg3 + 3] : memref<1024xf32, strided<[?], offset: ?>>
      %13 = affine.load %arg2[%arg3 + 3] : memref<1024xf32, strided<[?], offset: ?>>
      %14 = arith.mulf %arg0, %12 : f32
      %15 = arith.addf %14, %13 : f32
      affine.store %15, %alloc[%arg3 + 3] : memref<1024xf32>
    }
    return %alloc : memref<1024xf32>
  }
  func.func @gelu_like(%arg0: memref<256x64xf32>, %arg1: memref<256x64xf32>) {
    %cst = arith.constant 5.000000e-01 : f32
    %cst_0 = arith.constant 1.000000e+00 : f32
    affine.for %arg2 = 0 to 256 {
      affine.for %arg3 = 0 to 64 step 4 {
        %0 = affine.load %arg0[%arg2, %arg3] : memref<256x64xf32>
        %1 = math.tanh %0 : f32
        %2 = arith.addf %1, %cst_0 : f32
        %3 = arith.mulf %0, %cst : f32
        %4 = arith.mulf %3, %2 : f32
        affine.store %4, %arg1[%arg2, %arg3] : memref<256x64xf32>
        %5 = affine.load %arg0[%arg2, %arg3 + 1] : memref<256x64xf32>
        %6 = math.tanh %5 : f32
        %7 = arith.addf %6, %cst_0 : f32
        %8 = arith.mulf %5, %cst : f32
        %9 = arith.mulf %8, %7 : f32
        affine.store %9, %arg1[%arg2, %arg3 + 1] : memref<256x64xf32>
        %10 = affine.load %arg0[%arg2, %arg3 + 2] : memref<256x64xf32>
        %11 = math.tanh %10 : f32
        %12 = arith.addf %11, %cst_0 : f32
        %13 = arith.mulf %10, %cst : f32
        %14 = arith.mulf %13, %12 : f32
        affine.store %14, %arg1[%arg2, %arg3 + 2] : memref<256x64xf32>
        %15 = affine.load %arg0[%arg2, %arg3 + 3] : memref<256x64xf32>
        %16 = math.tanh %15 : f32
        %17 = arith.addf %16, %cst_0 : f32
        %18 = arith.mulf %15, %cst : f32
        %19 = arith.mulf %18, %17 : f32
        affine.store %19, %arg1[%arg2, %arg3 + 3] : memref<256x64xf32>
      }
    }
    return
  }
  func.func @bias_add(%arg0: memref<128x64xf32, strided<[?, ?], offset: ?>>, %arg1: memref<64xf32, strided<[?], offset: ?>>) -> memref<128x64xf32> {
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<128x64xf32>
    affine.for %arg2 = 0 to 128 {
      affine.for %arg3 = 0 to 64 step 4 {
        %0 = affine.load %arg0[%arg2, %arg3] : memref<128x64xf32, strided<[?, ?], offset: ?>>
        %1 = affine.load %arg1[%arg3] : memref<64xf32, strided<[?], offset: ?>>
        %2 = arith.addf %0, %1 : f32
        affine.store %2, %alloc[%arg2, %arg3] : memref<128x64xf32>
        %3 = affine.load %arg0[%arg2, %arg3 + 1] : memref<128x64xf32, strided<[?, ?], offset: ?>>
        %4 = affine.load %arg1[%arg3 + 1] : memref<64xf32, strided<[?], offset: ?>>
        %5 = arith.addf %3, %4 : f32
        affine.store %5, %alloc[%arg2, %arg3 + 1] : memref<128x64xf32>
        %6 = affine.load %arg0[%arg2, %arg3 + 2] : memref<128x64xf32, strided<[?, ?], offset: ?>>
        %7 = affine.load %arg1[%arg3 + 2] : memref<64xf32, strided<[?], offset: ?>>
        %8 = arith.addf %6, %7 : f32
        affine.store %8, %alloc[%arg2, %arg3 + 2] : memref<128x64xf32>
        %9 = affine.load %arg0[%arg2, %arg3 + 3] : memref<128x64xf32, strided<[?, ?], offset: ?>>
        %10 = affine.load %arg1[%arg3 + 3] : memref<64xf32, strided<[?], offset: ?>>
        %11 = arith.addf %9, %10 : f32
        affine.store %11, %alloc[%arg2, %arg3 + 3] : memref<128x64xf32>
      }
    }
    return %alloc : memref<128x64xf32>
  }
}

