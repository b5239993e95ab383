module {
  func.func @conv1d(%arg0: memref<1x64x4xf32>, %arg1: memref<5x4x8xf32>, %arg2: memref<1x60x8xf32>) {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c60 = arith.constant 60 : index
    %c8 = arith.constant 8 : index
    %c5 = arith.constant 5 : index
    %c4 = arith.constant 4 : index
    scf.for %arg3 = %c0 to %c60 step %c1 {
      scf.for %arg4 = %c0 to %c8 step %c1 {
        scf.for %arg5 = %c0 to %c5 step %c1 {
          scf.for %arg6 = %c0 to %c4 step %c1 {
            %0 = arith.addi %arg3, %arg5 : index
            %1 = memref.load %arg0[%c0, %0, %arg6] : memref<1x64x4xf32>
            %2 = memref.load %arg1[%arg5, %arg6, %arg4] : memref<5x4x8xf32>
            %3 = memref.load %arg2[%c0, %arg3, %arg4] : memref<1x60x8xf32>
            %4 = arith.mulf %1, %2 : f32
            %5 = arith.addf %3, %4 : f32
            memref.store %5, %arg2[%c0, %arg3, %arg4] : memref<1x60x8xf32>
          }
        }
      }
    }
    return
  }
  func.func @depthwise(%arg0: memref<1x33x33x8xf32>, %arg1: memref<3x3x8xf32>, %arg2: memref<1x16x16x8xf32>) {
    %c2 = arith.constant 2 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c16 = arith.constant 16 : index
    %c8 = arith.constant 8 : index
    %c3 = arith.constant 3 : index
    scf.for %arg3 = %c0 to %c16 step %c1 {
      scf.for %arg4 = %c0 to %c16 step %c1 {
        scf.for %arg5 = %c0 to %c8 step %c1 {
          scf.for %arg6 = %c0 to %c3 step %c1 {
            scf.for %arg7 = %c0 to %c3 step %c1 {
              %0 = arith.muli %arg3, %c2 : index
              %1 = arith.addi %0, %arg6 : index
              %2 = arith.muli %arg4, %c2 : index
              %3 = arith.addi %2, %arg7 : index
              %4 = memref.load %arg0[%c0, %1, %3, %arg5] : memref<1x33x33x8xf32>
              %5 = memref.load %arg1[%arg6, %arg7, %arg5] : memref<3x3x8xf32>
              %6 = memref.load %arg2[%c0, %arg3, %arg4, %arg5] : memref<1x16x16x8xf32>
              %7 = arith.mulf %4, %5 : f32
              %8 = arith.addf %6, %7 : f32
              memref.store %8, %arg2[%c0, %arg3, %arg4, %arg5] : memref<1x16x16x8xf32>
            }
          }
        }
      }
    }
    return
  }
}

