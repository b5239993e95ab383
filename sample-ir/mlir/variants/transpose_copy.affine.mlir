module {
  func.func @transpose(%arg0: memref<16x32xf32, strided<[?, ?], offset: ?>>) -> memref<32x16xf32> {
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<32x16xf32>
    affine.for %arg1 = 0 to 16 {
      affine.for %arg2 = 0 to 32 {
        %0 = affine.load %arg0[%arg1, %arg2] : memref<16x32xf32, strided<[?, ?], offset: ?>>
        affine.store %0, %alloc[%arg2, %arg1] : memref<32x16xf32>
      }
    }
    return %alloc : memref<32x16xf32>
  }
  func.func @broadcast(%arg0: memref<64xf32, strided<[?], offset: ?>>) -> memref<8x64xf32> {
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<8x64xf32>
    affine.for %arg1 = 0 to 8 {
      affine.for %arg2 = 0 to 64 {
        %0 = affine.load %arg0[%arg2] : memref<64xf32, strided<[?], offset: ?>>
        affine.store %0, %alloc[%arg1, %arg2] : memref<8x64xf32>
      }
    }
    return %alloc : memref<8x64xf32>
  }
  func.func @copy(%arg0: memref<128xf32>, %arg1: memref<128xf32>) {
    affine.for %arg2 = 0 to 128 {
      %0 = affine.load %arg0[%arg2] : memref<128xf32>
      affine.store %0, %arg1[%arg2] : memref<128xf32>
    }
    return
  }
  func.func @map_add(%arg0: memref<256xf32, strided<[?], offset: ?>>, %arg1: memref<256xf32, strided<[?], offset: ?>>) -> memref<256xf32> {
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<256xf32>
    affine.for %arg2 = 0 to 256 {
      %0 = affine.load %arg0[%arg2] : memref<256xf32, strided<[?], offset: ?>>
      %1 = affine.load %arg1[%arg2] : memref<256xf32, strided<[?], offset: ?>>
      %2 = arith.addf %0, %1 : f32
      affine.store %2, %alloc[%arg2] : memref<256xf32>
    }
    return %alloc : memref<256xf32>
  }
  func.func @ramp(%arg0: memref<32x32xi64>) {
    affine.for %arg1 = 0 to 32 {
      affine.for %arg2 = 0 to 32 {
        %0 = arith.addi %arg1, %arg2 : index
        %1 = arith.index_cast %0 : index to i64
        affine.store %1, %arg0[%arg1, %arg2] : memref<32x32xi64>
      }
    }
    return
  }
}

