module {
  func.func @softmax(%arg0: memref<32x128xf32, strided<[?, ?], offset: ?>>) -> memref<32x128xf32> {
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant -3.40282347E+38 : f32
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<32xf32>
    %alloc_1 = memref.alloc() {alignment = 64 : i64} : memref<32x128xf32>
    affine.for %arg1 = 0 to 32 step 4 {
      affine.store %cst_0, %alloc[%arg1] : memref<32xf32>
      affine.store %cst_0, %alloc[%arg1 + 1] : memref<32xf32>
      affine.store %cst_0, %alloc[%arg1 + 2] : memref<32xf32>
      affine.store %cst_0, %alloc[%arg1 + 3] : memref<32xf32>
    }
    affine.for %arg1 = 0 to 32 {
      affine.for %arg2 = 0 to 128 step 4 {
        %0 = affine.load %arg0[%arg1, %arg2] : memref<32x128xf32, strided<[?, ?], offset: ?>>
        %1 = affine.load %alloc[%arg1] : memref<32xf32>
        %2 = arith.maxf %0, %1 : f32
        affine.store %2, %alloc[%arg1] : memref<32xf32>
        %3 = affine.load %arg0[%arg1, %arg2 + 1] : memref<32x128xf32, strided<[?, ?], offset: ?>>
        %4 = affine.load %alloc[%arg1] : memref<32xf32>
        %5 = arith.maxf %3, %4 : f32
        affine.store %5, %alloc[%arg1] : memref<32xf32>
        %6 = affine.load %arg0[%arg1, %arg2 + 2] : memref<32x128xf32, strided<[?, ?], offset: ?>>
        %7 = affine.load %alloc[%arg1] : memref<32xf32>
        %8 = arith.maxf %6, %7 : f32
        affine.store %8, %alloc[%arg1] : memref<32xf32>
        %9 = affine.load %arg0[%arg1, %arg2 + 3] : memref<32x128xf32, strided<[?, ?], offset: ?>>
        %10 = affine.load %alloc[%arg1] : memref<32xf32>
        %11 = arith.maxf %9, %10 : f32
        affine.store %11, %alloc[%arg1] : memref<32xf32>
      }
    }
    %alloc_2 = memref.alloc() {alignment = 64 : i64} : memref<32x128xf32>
    affine.for %arg1 = 0 to 32 {
      affine.for %arg2 = 0 to 128 step 4 {
        %0 = affine.load %arg0[%arg1, %arg2] : memref<32x128xf32, strided<[?, ?], offset: ?>>
        %1 = affine.load %alloc[%arg1] : memref<32xf32>
        %2 = arith.subf %0, %1 : f32
        %3 = math.exp %2 : f32
        affine.store %3, %alloc_2[%arg1, %arg2] : memref<32x128xf32>
        %4 = affine.load %arg0[%arg1, %arg2 + 1] : memref<32x128xf32, strided<[?, ?], offset: ?>>
        %5 = affine.load %alloc[%arg1] : memref<32xf32>
        %6 = arith.subf %4, %5 : f32
        %7 = math.exp %6 : f32
        affine.store %7, %alloc_2[%arg1, %arg2 + 1] : memref<32x128xf32>
        %8 = affine.load %arg0[%arg1, %arg2 + 2] : memref<32x128xf32, strided<[?, ?], offset: ?>>
        %9 = affine.load %alloc[%arg1] : memref<32xf32>
        %10 = arith.subf %8, %9 : f32
        %11 = math.exp %10 : f32
        affine.store %11, %alloc_2[%arg1, %arg2 + 2] : memref<32x128xf32>
        %12 = affine.load %arg0[%arg1, %arg2 + 3] : memref<32x128xf32, strided<[?, ?], offset: ?>>
        %13 = affine.load %alloc[%arg1] : memref<32xf32>
        %14 = arith.subf %12, %13 : f32
        %15 = math.exp %14 : f32
        affine.store %15, %alloc_2[%arg1, %arg2 + 3] : memref<32x128xf32>
      }
    }
    affine.for %arg1 = 0 to 32 step 4 {
      affine.store %cst, %alloc[%arg1] : memref<32xf32>
      affine.store %cst, %alloc[%arg1 + 1] : memref<32xf32>
      affine.store %cst, %alloc[%arg1 + 2] : memref<32xf32>
      affine.store %cst, %alloc[%arg1 + 3] : memref<32xf32>
    }
    affine.for %arg1 = 0 to 32 {
      affine.for %arg2 = 0 to 128 step 4 {
        %0 = affine.load %alloc_2[%arg1, %arg2] : memref<32x128xf32>
        %1 = affine.load %alloc[%arg1] : memref<32xf32>
        %2 = arith.addf %0, %1 : f32
        affine.store %2, %alloc[%arg1] : memref<32xf32>
        %3 = affine.load %alloc_2[%arg1, %arg2 + 1] : memref<32x128xf32>
        %4 = affine.load %alloc[%arg1] : memref<32xf32>
        %5 = arith.addf %3, %4 : f32
        affine.store %5, %alloc[%arg1] : memref<32xf32>
        %6 = affine.load %alloc_2[%arg1, %arg2 + 2] : memref<32x128xf32>
        %7 = affine.load %alloc[%arg1] : memref<32xf32>
        %8 = arith.addf %6, %7 : f32
        affine.store %8, %alloc[%arg1] : memref<32xf32>
        %9 = affine.load %alloc_2[%arg1, %arg2 + 3] : memref<32x128xf32>
        %10 = affine.load %alloc[%arg1] : memref<32xf32>
        %11 = arith.addf %9, %10 : f32
        affine.store %11, %alloc[%arg1] : memref<32xf32>
      }
    }
    affine.for %arg1 = 0 to 32 {
      affine.for %arg2 = 0 to 128 step 4 {
        %0 = affine.load %alloc_2[%arg1, %arg2] : memref<32x128xf32>
        %1 = affine.load %alloc[%arg1] : memref<32xf32>
        %2 = arith.divf %0, %1 : f32
        affine.store %2, %alloc_1[%arg1, %arg2] : memref<32x128xf32>
        %3 = affine.load %alloc_2[%arg1, %arg2 + 1] : memref<32x128xf32>
        %4 = affine.load %alloc[%arg1] : memref<32xf32>
        %5 = arith.divf %3, %4 : f32
        affine.store %5, %alloc_1[%arg1, %arg2 + 1] : memref<32x128xf32>
        %6 = affine.load %alloc_2[%arg1, %arg2 + 2] : memref<32x128xf32>
        %7 = affine.load %alloc[%arg1] : memref<32xf32>
        %8 = arith.divf %6, %7 : f32
        affine.store %8, %alloc_1[%arg1, %arg2 + 2] : memref<32x128xf32>
        %9 = affine.load %alloc_2[%arg1, %arg2 + 3] : memref<32x128xf32>
        %10 = affine.load %alloc[%arg1] : memref<32xf32>
        %11 = arith.divf %9, %10 : f32
        affine.store %11, %alloc_1[%arg1, %arg2 + 3] : memref<32x128xf32>
      }
    }
    memref.dealloc %alloc : memref<32xf32>
    memref.dealloc %alloc_2 : memref<32x128xf32>
    return %alloc_1 : memref<32x128xf32>
  }
}

