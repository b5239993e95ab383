module {
  func.func @conv_bias_relu(%arg0: memref<1x18x18x8xf32, strided<[?, ?, ?, ?], offset: ?>>, %arg1: memref<3x3x8x16xf32, strided<[?, ?, ?, ?], offset: ?>>, %arg2: memref<16xf32, strided<[?], offset: ?>>) -> memref<1x16x16x16xf32> {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c16 = arith.constant 16 : index
    %c3 = arith.constant 3 : index
    %c8 = arith.constant 8 : index
    %cst = arith.constant 0.000000e+00 : f32
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<1x16x16x16xf32>
    %alloc_0 = memref.alloc() {alignment = 64 : i64} : memref<1x16x16x16xf32>
    scf.for %arg3 = %c0 to %c16 step %c1 {
      scf.for %arg4 = %c0 to %c16 step %c1 {
        scf.for %arg5 = %c0 to %c16 step %c1 {
          memref.store %cst, %alloc_0[%c0, %arg3, %arg4, %arg5] : memref<1x16x16x16xf32>
        }
      }
    }
    scf.for %arg3 = %c0 to %c16 step %c1 {
      scf.for %arg4 = %c0 to %c16 step %c1 {
        scf.for %arg5 = %c0 to %c16 step %c1 {
          scf.for %arg6 = %c0 to %c3 step %c1 {
            scf.for %arg7 = %c0 to %c3 step %c1 {
              scf.for %arg8 = %c0 to %c8 step %c1 {
                %0 = arith.addi %arg3, %arg6 : index
                %1 = arith.addi %arg4, %arg7 : index
                %2 = memref.load %arg0[%c0, %0, %1, %arg8] : memref<1x18x18x8xf32, strided<[?, ?, ?, ?], offset: ?>>
                %3 = memref.load %arg1[%arg6, %arg7, %arg8, %arg5] : memref<3x3x8x16xf32, strided<[?, ?, ?, ?], offset: ?>>
                %4 = memref.load %alloc_0[%c0, %arg3, %arg4, %arg5] : memref<1x16x16x16xf32>
                %5 = arith.mulf %2, %3 : f32
                %6 = arith.addf %4, %5 : f32
                memref.store %6, %alloc_0[%c0, %arg3, %arg4, %arg5] : memref<1x16x16x16xf32>
              }
            }
          }
        }
      }
    }
    scf.for %arg3 = %c0 to %c16 step %c1 {
      scf.for %arg4 = %c0 to %c16 step %c1 {
        scf.for %arg5 = %c0 to %c16 step %c1 {
          %0 = memref.load %arg2[%arg5] : memref<16xf32, strided<[?], offset: ?>>
          %1 = memref.load %alloc_0[%c0, %arg3, %arg4, %arg5] : memref<1x16x16x16xf32>
          %2 = arith.addf %1, %0 : f32
          %3 = arith.maxf %2, %cst : f32
          memref.store %3, %alloc[%c0, %arg3, %arg4, %arg5] : memref<1x16x16x16xf32>
        }
      }
    }
    memref.dealloc %alloc_0 : memref<1x16x16x16xf32>
    return %alloc : memref<1x16x16x16xf32>
  }
}

