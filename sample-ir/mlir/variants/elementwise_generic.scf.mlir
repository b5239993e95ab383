module {
  func.func @saxpy(%arg0: f32, %arg1: memref<1024xf32, strided<[?], offset: ?>>, %arg2: memref<1024xf32, strided<[?], offset: ?>>) -> memref<1024xf32> {
    %c0 = arith.constant 0 : index
    %c1024 = arith.constant 1024 : index
    %c1 = arith.constant 1 : index
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<1024xf32>
    scf.for %arg3 = %c0 to %c1024 step %c1 {
      %0 = memref.load %arg1[%arg3] : memref<1024xf32, strided<[?], offset: ?>>
      %1 = memref.load %arg2[%arg3] : memref<1024xf32, strided<[?], offset: ?>>
      %2 = arith.mulf %arg0, %0 : f32
      %3 = arith.addf %2, %1 : f32
      memref.store %3, %alloc[%arg3] : memref<1024xf32>
    }
    return %alloc : memref<1024xf32>
  }
  func.func @gelu_like(%arg0: memref<256x64xf32>, %arg1: memref<256x64xf32>) {
    %c0 = arith.constant 0 : index
    %c256 = arith.constant 256 : index
    %c1 = arith.constant 1 : index
    %c64 = arith.constant 64 : index
    %cst = arith.constant 5.000000e-01 : f32
    %cst_0 = arith.constant 1.000000e+00 : f32
    scf.for %arg2 = %c0 to %c256 step %c1 {
      scf.for %arg3 = %c0 to %c64 step %c1 {
        %0 = memref.load %arg0[%arg2, %arg3] : memref<256x64xf32>
        %1 = math.tanh %0 : f32
        %2 = arith.addf %1, %cst_0 : f32
        %3 = arith.mulf %0, %cst : f32
        %4 = arith.mulf %3, %2 : f32
        memref.store %4, %arg1[%arg2, %arg3] : memref<256x64xf32>
      }
    }
    return
  }
  func.func @bias_add(%arg0: memref<128x64xf32, strided<[?, ?], offset: ?>>, %arg1: memref<64xf32, strided<[?], offset: ?>>) -> memref<128x64xf32> {
    %c0 = arith.constant 0 : index
    %c128 = arith.constant 128 : index
    %c1 = arith.constant 1 : index
    %c64 = arith.constant 64 : index
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<128x64xf32>
    scf.for %arg2 = %c0 to %c128 step %c1 {
      scf.for %arg3 = %c0 to %c64 step %c1 {
        %0 = memref.load %arg0[%arg2, %arg3] : memref<128x64xf32, strided<[?, ?], offset: ?>>
        %1 = memref.load %arg1[%arg3] : memref<64xf32, strided<[?], offset: ?>>
        %2 = arith.addf %0, %1 : f32
        memref.store %2, %alloc[%arg2, %arg3] : memref<128x64xf32>
      }
    }
    return %alloc : memref<128x64xf32>
  }
}

