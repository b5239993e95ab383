module {
  func.func @sum(%arg0: memref<?xf32>, %arg1: index) -> f32 {
    %cst = arith.constant 0.000000e+00 : f32
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %0 = scf.for %arg2 = %c0 to %arg1 step %c1 iter_args(%arg3 = %cst) -> (f32) {
      %1 = memref.load %arg0[%arg2] : memref<?xf32>
      %2 = arith.addf %arg3, %1 : f32
      scf.yield %2 : f32
    }
    return %0 : f32
  }
  func.func @tiled_scale(%arg0: memref<?xf32>, %arg1: index, %arg2: f32) {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c32 = arith.constant 32 : index
    scf.for %arg3 = %c0 to %arg1 step %c32 {
      %0 = arith.addi %arg3, %c32 : index
      %1 = arith.cmpi slt, %0, %arg1 : index
      %2 = arith.select %1, %0, %arg1 : index
      scf.for %arg4 = %arg3 to %2 step %c1 {
        %3 = memref.load %arg0[%arg4] : memref<?xf32>
        %4 = arith.mulf %3, %arg2 : f32
        memref.store %4, %arg0[%arg4] : memref<?xf32>
      }
    }
    return
  }
  func.func @parallel_max(%arg0: memref<100x100xf32>) -> f32 {
    %c0 = arith.constant 0 : index
    %c100 = arith.constant 100 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 0xFF800000 : f32
    %0 = scf.parallel (%arg1, %arg2) = (%c0, %c0) to (%c100, %c100) step (%c1, %c1) init (%cst) -> f32 {
      %1 = memref.load %arg0[%arg1, %arg2] : memref<100x100xf32>
      scf.reduce(%1)  : f32 {
      ^bb0(%arg3: f32, %arg4: f32):
        %2 = arith.maxf %arg3, %arg4 : f32
        scf.reduce.return %2 : f32
      }
      scf.yield
    }
    return %0 : f32
  }
  func.func @strided_copy(%arg0: memref<256xf32>, %arg1: memref<128xf32>) {
    %c2 = arith.constant 2 : index
    %c0 = arith.constant 0 : index
    %c128 = arith.constant 128 : index
    %c1 = arith.constant 1 : index
    scf.for %arg2 = %c0 to %c128 step %c1 {
      %0 = arith.muli %arg2, %c2 : index
      %1 = arith.cmpi sgt, %0, %c0 : index
      %2 = arith.select %1, %0, %c0 : index
      %3 = memref.load %arg0[%2] : memref<256xf32>
      memref.store %3, %arg1[%arg2] : memref<128xf32>
    }
    return
  }
}

