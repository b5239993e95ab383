#map = affine_map<(d0) -> (0)>
module {
  func.func @softmax(%arg0: memref<32x128xf32, strided<[?, ?], offset: ?>>) -> memref<32x128xf32> {
    %cst = arith.constant dense<0.000000e+00> : vector<8xf32>
    %cst_0 = arith.constant dense<-3.40282347E+38> : vector<8xf32>
    %cst_1 = arith.constant 0.000000e+00 : f32
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<32xf32>
    %alloc_2 = memref.alloc() {alignment = 64 : i64} : memref<32x128xf32>
    affine.for %arg1 = 0 to 32 step 8 {
      vector.transfer_write %cst_0, %alloc[%arg1] : vector<8xf32>, memref<32xf32>
    }
    affine.for %arg1 = 0 to 32 {
      affine.for %arg2 = 0 to 128 {
        %0 = affine.load %arg0[%arg1, %arg2] : memref<32x128xf32, strided<[?, ?], offset: ?>>
        %1 = affine.load %alloc[%arg1] : memref<32xf32>
        %2 = arith.maxf %0, %1 : f32
        affine.store %2, %alloc[%arg1] : memref<32xf32>
      }
    }
    %alloc_3 = memref.alloc() {alignment = 64 : i64} : memref<32x128xf32>
    affine.for %arg1 = 0 to 32 {
      affine.for %arg2 = 0 to 128 {
        %0 = affine.load %arg0[%arg1, %arg2] : memref<32x128xf32, strided<[?, ?], offset: ?>>
        %1 = affine.load %alloc[%arg1] : memref<32xf32>
        %2 = arith.subf %0, %1 : f32
        %3 = math.exp %2 : f32
        affine.store %3, %alloc_3[%arg1, %arg2] : memref<32x128xf32>
      }
    }
    affine.for %arg1 = 0 to 32 step 8 {
      vector.transfer_write %cst, %alloc[%arg1] : vector<8xf32>, memref<32xf32>
    }
    affine.for %arg1 = 0 to 32 {
      affine.for %arg2 = 0 to 128 {
        %0 = affine.load %alloc_3[%arg1, %arg2] : memref<32x128xf32>
        %1 = affine.load %alloc[%arg1] : memref<32xf32>
        %2 = arith.addf %0, %1 : f32
        affine.store %2, %alloc[%arg1] : memref<32xf32>
      }
    }
    affine.for %arg1 = 0 to 32 {
      affine.for %arg2 = 0 to 128 step 8 {
        %0 = vector.transfer_read %alloc_3[%arg1, %arg2], %cst_1 : memref<32x128xf32>, vector<8xf32>
        %1 = vector.transfer_read %alloc[%arg1], %cst_1 {permutation_map = #map} : memref<32xf32>, vector<8xf32>
        %2 = arith.divf %0, %1 : vector<8xf32>
        vector.transfer_write %2, %alloc_2[%arg1, %arg2] : vector<8xf32>, memref<32x128xf32>
      }
    }
    memref.dealloc %alloc : memref<32xf32>
    memref.dealloc %alloc_3 : memref<32x128xf32>
    return %alloc_2 : memref<32x128xf32>
  }
}

