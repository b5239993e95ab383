module {
  func.func @softmax(%arg0: memref<32x128xf32, strided<[?, ?], offset: ?>>) -> memref<32x128xf32> {
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant -3.40282347E+38 : f32
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<32xf32>
    %alloc_1 = memref.alloc() {alignment = 64 : i64} : memref<32x128xf32>
    affine.for %arg1 = 0 to 32 {
      affine.store %cst_0, %alloc[%arg1] : memref<32xf32>
    }
    affine.for %arg1 = 0 to 32 {
      affine.for %arg2 = 0 to 128 {
        %0 = affine.load %arg0[%arg1, %arg2] : memref<32x128xf32, strided<[?, ?], offset: ?>>
        %1 = affine.load %alloc[%arg1] : memref<32xf32>
        %2 = arith.maxf %0, %1 : f32
        affine.store %2, %alloc[%arg1] : memref<32xf32>
      }
    }
    %alloc_2 = memref.alloc() {alignment = 64 : i64} : memref<32x128xf32>
    affine.for %arg1 = 0 to 32 {
      affine.for %arg2 = 0 to 128 {
        %0 = affine.load %arg0[%arg1, %arg2] : memref<32x128xf32, strided<[?, ?], offset: ?>>
        %1 = affine.load %alloc[%arg1] : memref<32xf32>
        %2 = arith.subf %0, %1 : f32
        %3 = math.exp %2 : f32
        affine.store %3, %alloc_2[%arg1, %arg2] : memref<32x128xf32>
      }
    }
    affine.for %arg1 = 0 to 32 {
      affine.store %cst, %alloc[%arg1] : memref<32xf32>
    }
    affine.for %arg1 = 0 to 32 {
      affine.for %arg2 = 0 to 128 {
        %0 = affine.load %alloc_2[%arg1, %arg2] : memref<32x128xf32>
        %1 = affine.load %alloc[%arg1] : memref<32xf32>
        %2 = arith.addf %0, %1 : f32
        affine.store %2, %alloc[%arg1] : memref<32xf32>
      }
    }
    affine.for %arg1 = 0 to 32 {
      affine.for %arg2 = 0 to 128 {
        %0 = affine.load %alloc_2[%arg1, %arg2] : memref<32x128xf32>
        %1 = affine.load %alloc[%arg1] : memref<32xf32>
        %2 = arith.divf %0, %1 : f32
        affine.store %2, %alloc_1[%arg1, %arg2] : memref<32x128xf32>
      }
    }
    memref.dealloc %alloc : memref<32xf32>
    memref.dealloc %alloc_2 : memref<32x128xf32>
    return %alloc_1 : memref<32x128xf32>
  }
}

