module {
  func.func @qmatmul(%arg0: memref<32x64xi8, strided<[?, ?], offset: ?>>, %arg1: memref<64x16xi8, strided<[?, ?], offset: ?>>, %arg2: f32) -> memref<32x16xi8> {
    %c0_i32 = arith.constant 0 : i32
    %cst = arith.constant -1.280000e+02 : f32
    %cst_0 = arith.constant 1.270000e+02 : f32
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<32x16xi32>
    affine.for %arg3 = 0 to 32 {
      affine.for %arg4 = 0 to 16 step 4 {
        affine.store %c0_i32, %alloc[%arg3, %arg4] : memref<32x16xi32>
        affine.store %c0_i32, %alloc[%arg3, %arg4 + 1] : memref<32x16xi32>
        affine.store %c0_i32, %alloc[%arg3, %arg4 + 2] : memref<32x16xi32>
        affine.store %c0_i32, %alloc[%arg3, %arg4 + 3] : memref<32x16xi32>
      }
    }
    affine.for %arg3 = 0 to 32 {
      affine.for %arg4 = 0 to 16 {
        affine.for %arg5 = 0 to 64 step 4 {
          %0 = affine.load %arg0[%arg3, %arg5] : memref<32x64xi8, strided<[?, ?], offset: ?>>
          %1 = affine.load %arg1[%arg5, %arg4] : memref<64x16xi8, strided<[?, ?], offset: ?>>
          %2 = affine.load %alloc[%arg3, %arg4] : memref<32x16xi32>
          %3 = arith.extsi %0 : i8 to i32
          %4 = arith.extsi %1 : i8 to i32
          %5 = arith.muli %3, %4 : i32
          %6 = arith.addi %2, %5 : i32
          affine.store %6, %alloc[%arg3, %arg4] : memref<32x16xi32>
          %7 = affine.load %arg0[%arg3, %arg5 + 1] : memref<32x64xi8, strided<[?, ?], offset: ?>>
          %8 = affine.load %arg1[%arg5 + 1, %arg4] : memref<64x16xi8, strided<[?, ?], offset: ?>>
          %9 = affine.load %alloc[%arg3, %arg4] : memref<32x16xi32>
          %10 = arith.extsi %7 : i8 to i32
          %11 = arith.extsi %8 : i8 to i32
          %12 = arith.muli %10, %11 : i32
          %13 = arith.addi %9, %12 : i32
          affine.store %13, %alloc[%arg3, %arg4] : memref<32x16xi32>
          %14 = affine.load %arg0[%arg3, %arg5 + 2] : memref<32x64xi8, strided<[?, ?], offset: ?>>
          %15 = affine.load %arg1[%arg5 + 2, %arg4] : memref<64x16xi8, strided<[?, ?], offset: ?>>
          %16 = affine.load %alloc[%arg3, %arg4] : memref<32x16xi32>
          %17 = arith.extsi %14 : i8 to i32
          %18 = arith.extsi %15 : i8 to i32
          %19 = arith.muli %17, %18 : i32
          %20 = arith.addi %16, %19 : i32
          affine.store %20, %alloc[%arg3, %arg4] : memref<32x16xi32>
          %21 = affine.load %arg0[%arg3, %arg5 + 3] : memref<32x64xi8, strided<[?, ?], offset: ?>>
          %22 = affine.load %arg1[%arg5 + 3, %arg4] : memref<64x16xi8, strided<[?, ?], offset: ?>>
          %23 = affine.load %alloc[%arg3, %arg4] : memref<32x16xi32>
          %24 = arith.extsi %21 : i8 to i32
          %25 = arith.extsi %22 : i8 to i32
          %26 = arith.muli %24, %25 : i32
          %27 = arith.addi %23, %26 : i32
          affine.store %27, %alloc[%arg3, %arg4] : memref<32x16xi32>
        }
      }
    }
    %alloc_1 = memref.alloc() {alignment = 64 : i64} : memref<32x16xi8>
    affine.for %arg3 = 0 to 32 {
      affine.for %arg4 = 0 to 16 step 4 {
        %0 = affine.load %alloc[%arg3, %arg4] : memref<32x16xi32>
        %1 = arith.sitofp %0 : i32 to f32
        %2 = arith.mulf %1, %arg2 : f32
        %3 = arith.maxf %2, %cst : f32
        %4 = arith.minf %3, %cst_0 : f32
        %5 = arith.fptosi %4 : f32 to i8
        affine.store %5, %alloc_1[%arg3, %arg4] : memref<32x16xi8>
        %6 = affine.load %alloc[%arg3, %arg4 + 1] : memref<32x16xi32>
        %7 = arith.sitofp %6 : i32 to f32
        %8 = arith.mulf %7, %arg2 : f32
        %9 = arith.maxf %8, %cst : f32
        %10 = arith.minf %9, %cst_0 : f32
        %11 = arith.fptosi %10 : f32 to i8
        affine.store %11, %alloc_1[%arg3, %arg4 + 1] : memref<32x16xi8>
        %12 = affine.load %alloc[%arg3, %arg4 + 2] : memref<32x16xi32>
        %13 = arith.sitofp %12 : i32 to f32
        %14 = arith.mulf %13, %arg2 : f32
        %15 = arith.maxf %14, %cst : f32
        %16 = arith.minf %15, %cst_0 : f32
        %17 = arith.fptosi %16 : f32 to i8
        affine.store %17, %alloc_1[%arg3, %arg4 + 2] : memref<32x16xi8>
        %18 = affine.load %alloc[%arg3, %arg4 + 3] : memref<32x16xi32>
        %19 = arith.sitofp %18 : i32 to f32
        %20 = arith.mulf %19, %arg2 : f32
        %21 = arith.maxf %20, %cst : f32
        %22 = arith.minf %21, %cst_0 : f32
        %23 = arith.fptosi %22 : f32 to i8
        affine.store %23, %alloc_1[%arg3, %arg4 + 3] : memref<32x16xi8>
      }
    }
    memref.dealloc %alloc : memref<32x16xi32>
    return %alloc_1 : memref<32x16xi8>
  }
}

