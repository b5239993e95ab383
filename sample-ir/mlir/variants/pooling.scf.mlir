module {
  func.func @max_pool(%arg0: memref<1x32x32x16xf32, strided<[?, ?, ?, ?], offset: ?>>) -> memref<1x16x16x16xf32> {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c16 = arith.constant 16 : index
    %c2 = arith.constant 2 : index
    %cst = arith.constant -3.40282347E+38 : f32
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<1x16x16x16xf32>
    scf.for %arg1 = %c0 to %c16 step %c1 {
      scf.for %arg2 = %c0 to %c16 step %c1 {
        scf.for %arg3 = %c0 to %c16 step %c1 {
          memref.store %cst, %alloc[%c0, %arg1, %arg2, %arg3] : memref<1x16x16x16xf32>
        }
      }
    }
    scf.for %arg1 = %c0 to %c16 step %c1 {
      scf.for %arg2 = %c0 to %c16 step %c1 {
        scf.for %arg3 = %c0 to %c16 step %c1 {
          scf.for %arg4 = %c0 to %c2 step %c1 {
            scf.for %arg5 = %c0 to %c2 step %c1 {
              %0 = arith.muli %arg1, %c2 : index
              %1 = arith.addi %0, %arg4 : index
              %2 = arith.muli %arg2, %c2 : index
              %3 = arith.addi %2, %arg5 : index
              %4 = memref.load %arg0[%c0, %1, %3, %arg3] : memref<1x32x32x16xf32, strided<[?, ?, ?, ?], offset: ?>>
              %5 = memref.load %alloc[%c0, %arg1, %arg2, %arg3] : memref<1x16x16x16xf32>
              %6 = arith.maxf %5, %4 : f32
              memref.store %6, %alloc[%c0, %arg1, %arg2, %arg3] : memref<1x16x16x16xf32>
            }
          }
        }
      }
    }
    return %alloc : memref<1x16x16x16xf32>
  }
  func.func @sum_pool(%arg0: memref<1x32x32x16xf32>, %arg1: memref<1x16x16x16xf32>) {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c16 = arith.constant 16 : index
    %c2 = arith.constant 2 : index
    scf.for %arg2 = %c0 to %c16 step %c1 {
      scf.for %arg3 = %c0 to %c16 step %c1 {
        scf.for %arg4 = %c0 to %c16 step %c1 {
          scf.for %arg5 = %c0 to %c2 step %c1 {
            scf.for %arg6 = %c0 to %c2 step %c1 {
              %0 = arith.muli %arg2, %c2 : index
              %1 = arith.addi %0, %arg5 : index
              %2 = arith.muli %arg3, %c2 : index
              %3 = arith.addi %2, %arg6 : index
              %4 = memref.load %arg0[%c0, %1, %3, %arg4] : memref<1x32x32x16xf32>
              %5 = memref.load %arg1[%c0, %arg2, %arg3, %arg4] : memref<1x16x16x16xf32>
              %6 = arith.addf %5, %4 : f32
              memref.store %6, %arg1[%c0, %arg2, %arg3, %arg4] : memref<1x16x16x16xf32>
            }
          }
        }
      }
    }
    return
  }
}

