module {
  func.func @qmatmul(%arg0: memref<32x64xi8, strided<[?, ?], offset: ?>>, %arg1: memref<64x16xi8, strided<[?, ?], offset: ?>>, %arg2: f32) -> memref<32x16xi8> {
    %c0_i32 = arith.constant 0 : i32
    %cst = arith.constant -1.280000e+02 : f32
    %cst_0 = arith.constant 1.270000e+02 : f32
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<32x16xi32>
    affine.for %arg3 = 0 to 32 {
      affine.for %arg4 = 0 to 16 {
        affine.store %c0_i32, %alloc[%arg3, %arg4] : memref<32x16xi32>
      }
    }
    affine.for %arg3 = 0 to 32 {
      affine.for %arg4 = 0 to 16 {
        affine.for %arg5 = 0 to 64 {
          %0 = affine.load %arg0[%arg3, %arg5] : memref<32x64xi8, strided<[?, ?], offset: ?>>
          %1 = affine.load %arg1[%arg5, %arg4] : memref<64x16xi8, strided<[?, ?], offset: ?>>
          %2 = affine.load %alloc[%arg3, %arg4] : memref<32x16xi32>
          %3 = arith.extsi %0 : i8 to i32
          %4 = arith.extsi %1 : i8 to i32
          %5 = arith.muli %3, %4 : i32
          %6 = arith.addi %2, %5 : i32
          affine.store %6, %alloc[%arg3, %arg4] : memref<32x16xi32>
        }
      }
    }
    %alloc_1 = memref.alloc() {alignment = 64 : i64} : memref<32x16xi8>
    affine.for %arg3 = 0 to 32 {
      affine.for %arg4 = 0 to 16 {
        %0 = affine.load %alloc[%arg3, %arg4] : memref<32x16xi32>
        %1 = arith.sitofp %0 : i32 to f32
        %2 = arith.mulf %1, %arg2 : f32
        %3 = arith.maxf %2, %cst : f32
        %4 = arith.minf %3, %cst_0 : f32
        %5 = arith.fptosi %4 : f32 to i8
        affine.store %5, %alloc_1[%arg3, %arg4] : memref<32x16xi8>
      }
    }
    memref.dealloc %alloc : memref<32x16xi32>
    return %alloc_1 : memref<32x16xi8>
  }
}

