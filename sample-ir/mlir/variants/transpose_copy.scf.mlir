module {
  func.func @transpose(%arg0: memref<16x32xf32, strided<[?, ?], offset: ?>>) -> memref<32x16xf32> {
    %c0 = arith.constant 0 : index
    %c16 = arith.constant 16 : index
    %c1 = arith.constant 1 : index
    %c32 = arith.constant 32 : index
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<32x16xf32>
    scf.for %arg1 = %c0 to %c16 step %c1 {
      scf.for %arg2 = %c0 to %c32 step %c1 {
        %0 = memref.load %arg0[%arg1, %arg2] : memref<16x32xf32, strided<[?, ?], offset: ?>>
        memref.store %0, %alloc[%arg2, %arg1] : memref<32x16xf32>
      }
    }
    return %alloc : memref<32x16xf32>
  }
  func.func @broadcast(%arg0: memref<64xf32, strided<[?], offset: ?>>) -> memref<8x64xf32> {
    %c0 = arith.constant 0 : index
    %c8 = arith.constant 8 : index
    %c1 = arith.constant 1 : index
    %c64 = arith.constant 64 : index
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<8x64xf32>
    scf.for %arg1 = %c0 to %c8 step %c1 {
      scf.for %arg2 = %c0 to %c64 step %c1 {
        %0 = memref.load %arg0[%arg2] : memref<64xf32, strided<[?], offset: ?>>
        memref.store %0, %alloc[%arg1, %arg2] : memref<8x64xf32>
      }
    }
    return %alloc : memref<8x64xf32>
  }
  func.func @copy(%arg0: memref<128xf32>, %arg1: memref<128xf32>) {
    %c0 = arith.constant 0 : index
    %c128 = arith.constant 128 : index
    %c1 = arith.constant 1 : index
    scf.for %arg2 = %c0 to %c128 step %c1 {
      %0 = memref.load %arg0[%arg2] : memref<128xf32>
      memref.store %0, %arg1[%arg2] : memref<128xf32>
    }
    return
  }
  func.func @map_add(%arg0: memref<256xf32, strided<[?], offset: ?>>, %arg1: memref<256xf32, strided<[?], offset: ?>>) -> memref<256xf32> {
    %c0 = arith.constant 0 : index
    %c256 = arith.constant 256 : index
    %c1 = arith.constant 1 : index
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<256xf32>
    scf.for %arg2 = %c0 to %c256 step %c1 {
      %0 = memref.load %arg0[%arg2] : memref<256xf32, strided<[?], offset: ?>>
      %1 = memref.load %arg1[%arg2] : memref<256xf32, strided<[?], offset: ?>>
      %2 = arith.addf %0, %1 : f32
      memref.store %2, %alloc[%arg2] : memref<256xf32>
    }
    return %alloc : memref<256xf32>
  }
  func.func @ramp(%arg0: memref<32x32xi64>) {
    %c0 = arith.constant 0 : index
    %c32 = arith.constant 32 : index
    %c1 = arith.constant 1 : index
    scf.for %arg1 = %c0 to %c32 step %c1 {
      scf.for %arg2 = %c0 to %c32 step %c1 {
        %0 = arith.addi %arg1, %arg2 : index
        %1 = arith.index_cast %0 : index to i64
        memref.store %1, %arg0[%arg1, %arg2] : memref<32x32xi64>
      }
    }
    return
  }
}

