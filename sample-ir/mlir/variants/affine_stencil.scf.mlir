module {
  func.func @jacobi(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>) {
    %c-1 = arith.constant -1 : index
    %c1 = arith.constant 1 : index
    %cst = arith.constant 2.500000e-01 : f32
    %c0 = arith.constant 0 : index
    %dim = memref.dim %arg0, %c0 : memref<?x?xf32>
    %0 = arith.addi %dim, %c-1 : index
    scf.for %arg2 = %c1 to %0 step %c1 {
      %1 = arith.addi %dim, %c-1 : index
      scf.for %arg3 = %c1 to %1 step %c1 {
        %2 = arith.addi %arg2, %c-1 : index
        %3 = memref.load %arg0[%2, %arg3] : memref<?x?xf32>
        %4 = arith.addi %arg2, %c1 : index
        %5 = memref.load %arg0[%4, %arg3] : memref<?x?xf32>
        %6 = arith.addi %arg3, %c-1 : index
        %7 = memref.load %arg0[%arg2, %6] : memref<?x?xf32>
        %8 = arith.addi %arg3, %c1 : index
        %9 = memref.load %arg0[%arg2, %8] : memref<?x?xf32>
        %10 = arith.addf %3, %5 : f32
        %11 = arith.addf %7, %9 : f32
        %12 = arith.addf %10, %11 : f32
        %13 = arith.mulf %12, %cst : f32
        memref.store %13, %arg1[%arg2, %arg3] : memref<?x?xf32>
      }
    }
    return
  }
  func.func @clamp_copy(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>, %arg2: index) {
    %c-2 = arith.constant -2 : index
    %c-1 = arith.constant -1 : index
    %c8 = arith.constant 8 : index
    %cst = arith.constant 0.000000e+00 : f32
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    scf.for %arg3 = %c0 to %arg2 step %c1 {
      %0 = arith.addi %arg3, %c1 : index
      %1 = arith.addi %arg3, %c8 : index
      %2 = arith.cmpi slt, %1, %arg2 : index
      %3 = arith.select %2, %1, %arg2 : index
      scf.for %arg4 = %0 to %3 step %c1 {
        %4 = arith.addi %arg3, %c-1 : index
        %5 = arith.cmpi sge, %4, %c0 : index
        %6 = arith.muli %arg3, %c-1 : index
        %7 = arith.addi %6, %arg2 : index
        %8 = arith.addi %7, %c-2 : index
        %9 = arith.cmpi sge, %8, %c0 : index
        %10 = arith.andi %5, %9 : i1
        %11 = arith.addi %arg4, %c-1 : index
        %12 = arith.cmpi sge, %11, %c0 : index
        %13 = arith.andi %10, %12 : i1
        %14 = arith.muli %arg4, %c-1 : index
        %15 = arith.addi %14, %arg2 : index
        %16 = arith.addi %15, %c-2 : index
        %17 = arith.cmpi sge, %16, %c0 : index
        %18 = arith.andi %13, %17 : i1
        scf.if %18 {
          %19 = memref.load %arg0[%arg3, %arg4] : memref<?x?xf32>
          memref.store %19, %arg1[%arg3, %arg4] : memref<?x?xf32>
        } else {
          memref.store %cst, %arg1[%arg3, %arg4] : memref<?x?xf32>
        }
      }
    }
    return
  }
}

