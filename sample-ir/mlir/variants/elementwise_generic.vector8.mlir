module {
  func.func @saxpy(%arg0: f32, %arg1: memref<1024xf32, strided<[?], offset: ?>>, %arg2: memref<1024xf32, strided<[?], offset: ?>>) -> memref<1024xf32> {
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<1024xf32>
    affine.for %arg3 = 0 to 1024 {
      %0 = affine.load %arg1[%arg3] : memref<1024xf32, strided<[?], offset: ?>>
      %1 = affine.load %arg2[%arg3] : memref<1024xf32, strided<[?], offset: ?>>
      %2 = arith.mulf %arg0, %0 : f32
      %3 = arith.addf %2, %1 : f32
      affine.store %3, %alloc[%arg3] : memref<1024xf32>
    }
    return %alloc : memref<1024xf32>
  }
  func.func @gelu_like(%arg0: memref<256x64xf32>, %arg1: memref<256x64xf32>) {
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant dense<1.000000e+00> : vector<8xf32>
    %cst_1 = arith.constant dense<5.000000e-01> : vector<8xf32>
    affine.for %arg2 = 0 to 256 {
      affine.for %arg3 = 0 to 64 step 8 {
        %0 = vector.transfer_read %arg0[%arg2, %arg3], %cst : memref<256x64xf32>, vector<8xf32>
        %1 = math.tanh %0 : vector<8xf32>
        %2 = arith.addf %1, %cst_0 : vector<8xf32>
        %3 = arith.mulf %0, %cst_1 : vector<8xf32>
        %4 = arith.mulf %3, %2 : vector<8xf32>
        vector.transfer_write %4, %arg1[%arg2, %arg3] : vector<8xf32>, memref<256x64xf32>
      }
    }
    return
  }
  func.func @bias_add(%arg0: memref<128x64xf32, strided<[?, ?], offset: ?>>, %arg1: memref<64xf32, strided<[?], offset: ?>>) -> memref<128x64xf32> {
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<128x64xf32>
    affine.for %arg2 = 0 to 128 {
      affine.for %arg3 = 0 to 64 {
        %0 = affine.load %arg0[%arg2, %arg3] : memref<128x64xf32, strided<[?, ?], offset: ?>>
        %1 = affine.load %arg1[%arg3] : memref<64xf32, strided<[?], offset: ?>>
        %2 = arith.addf %0, %1 : f32
        affine.store %2, %alloc[%arg2, %arg3] : memref<128x64xf32>
      }
    }
    return %alloc : memref<128x64xf32>
  }
}

