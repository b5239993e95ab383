module {
  func.func @qmatmul(%arg0: memref<32x64xi8, strided<[?, ?], offset: ?>>, %arg1: memref<64x16xi8, strided<[?, ?], offset: ?>>, %arg2: f32) -> memref<32x16xi8> {
    %cst = arith.constant dense<-1.280000e+02> : vector<8xf32>
    %cst_0 = arith.constant dense<1.270000e+02> : vector<8xf32>
    %cst_1 = arith.constant dense<0> : vector<8xi32>
    %c0_i32 = arith.constant 0 : i32
    %0 = vector.broadcast %arg2 : f32 to vector<8xf32>
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<32x16xi32>
    affine.for %arg3 = 0 to 32 {
      affine.for %arg4 = 0 to 16 step 8 {
        vector.transfer_write %cst_1, %alloc[%arg3, %arg4] : vector<8xi32>, memref<32x16xi32>
      }
    }
    affine.for %arg3 = 0 to 32 {
      affine.for %arg4 = 0 to 16 {
        affine.for %arg5 = 0 to 64 {
          %1 = affine.load %arg0[%arg3, %arg5] : memref<32x64xi8, strided<[?, ?], offset: ?>>
          %2 = affine.load %arg1[%arg5, %arg4] : memref<64x16xi8, strided<[?, ?], offset: ?>>
          %3 = affine.load %alloc[%arg3, %arg4] : memref<32x16xi32>
          %4 = arith.extsi %1 : i8 to i32
          %5 = arith.extsi %2 : i8 to i32
          %6 = arith.muli %4, %5 : i32
          %7 = arith.addi %3, %6 : i32
          affine.store %7, %alloc[%arg3, %arg4] : memref<32x16xi32>
        }
      }
    }
    %alloc_2 = memref.alloc() {alignment = 64 : i64} : memref<32x16xi8>
    affine.for %arg3 = 0 to 32 {
      affine.for %arg4 = 0 to 16 step 8 {
        %1 = vector.transfer_read %alloc[%arg3, %arg4], %c0_i32 : memref<32x16xi32>, vector<8xi32>
        %2 = arith.sitofp %1 : vector<8xi32> to vector<8xf32>
        %3 = arith.mulf %2, %0 : vector<8xf32>
        %4 = arith.maxf %3, %cst : vector<8xf32>
        %5 = arith.minf %4, %cst_0 : vector<8xf32>
        %6 = arith.fptosi %5 : vector<8xf32> to vector<8xi8>
        vector.transfer_write %6, %alloc_2[%arg3, %arg4] : vector<8xi8>, memref<32x16xi8>
      }
    }
    memref.dealloc %alloc : memref<32x16xi32>
    return %alloc_2 : memref<32x16xi8>
  }
}

