"builtin.module"() ({
  "func.func"() ({
  ^bb0(%arg0: memref<1x32x32x16xf32, strided<[?, ?, ?, ?], offset: ?>>):
    %0 = "arith.constant"() {value = 0 : index} : () -> index
    %1 = "arith.constant"() {value = 1 : index} : () -> index
    %2 = "arith.constant"() {value = 16 : index} : () -> index
    %3 = "arith.constant"() {value = 2 : index} : () -> index
    %4 = "arith.constant"() {value = -3.40282347E+38 : f32} : () -> f32
    %5 = "memref.alloc"() {alignment = 64 : i64, operand_segment_sizes = array<i32: 0, 0>} : () -> memref<1x16x16x16xf32>
    "scf.for"(%0, %2, %1) ({
    ^bb0(%arg1: index):
      "scf.for"(%0, %2, %1) ({
      ^bb0(%arg2: index):
        "scf.for"(%0, %2, %1) ({
        ^bb0(%arg3: index):
          "memref.store"(%4, %5, %0, %arg1, %arg2, %arg3) : (f32, memref<1x16x16x16xf32>, index, index, index, index) -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    "scf.for"(%0, %2, %1) ({
    ^bb0(%arg1: index):
      "scf.for"(%0, %2, %1) ({
      ^bb0(%arg2: index):
        "scf.for"(%0, %2, %1) ({
        ^bb0(%arg3: index):
          "scf.for"(%0, %3, %1) ({
          ^bb0(%arg4: index):
            "scf.for"(%0, %3, %1) ({
            ^bb0(%arg5: index):
              %6 = "arith.muli"(%arg1, %3) : (index, index) -> index
              %7 = "arith.addi"(%6, %arg4) : (index, index) -> index
              %8 = "arith.muli"(%arg2, %3) : (index, index) -> index
              %9 = "arith.addi"(%8, %arg5) : (index, index) -> index
              %10 = "memref.load"(%arg0, %0, %7, %9, %arg3) : (memref<1x32x32x16xf32, strided<[?, ?, ?, ?], offset: ?>>, index, index, index, index) -> f32
              %11 = "memref.load"(%5, %0, %arg1, %arg2, %arg3) : (memref<1x16x16x16xf32>, index, index, index, index) -> f32
              %12 = "arith.maxf"(%11, %10) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
              "memref.store"(%12, %5, %0, %arg1, %arg2, %arg3) : (f32, memref<1x16x16x16xf32>, index, index, index, index) -> ()
              "scf.yield"() : () -> ()
            }) : (index, index, index) -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    "func.return"(%5) : (memref<1x16x16x16xf32>) -> ()
  }) {function_type = (memref<1x32x32x16xf32, strided<[?, ?, ?, ?], offset: ?>>) -> memref<1x16x16x16xf32>, sym_name = "max_pool"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<1x32x32x16xf32>, %arg1: memref<1x16x16x16xf32>):
    %0 = "arith.constant"() {value = 0 : index} : () -> index
    %1 = "arith.constant"() {value = 1 : index} : () -> index
    %2 = "arith.constant"() {value = 16 : index} : () -> index
    %3 = "arith.constant"() {value = 2 : index} : () -> index
    "scf.for"(%0, %2, %1) ({
    ^bb0(%arg2: index):
      "scf.for"(%0, %2, %1) ({
      ^bb0(%arg3: index):
        "scf.for"(%0, %2, %1) ({
        ^bb0(%arg4: index):
          "scf.for"(%0, %3, %1) ({
          ^bb0(%arg5: index):
            "scf.for"(%0, %3, %1) ({
            ^bb0(%arg6: index):
              %4 = "arith.muli"(%arg2, %3) : (index, index) -> index
              %5 = "arith.addi"(%4, %arg5) : (index, index) -> index
              %6 = "arith.muli"(%arg3, %3) : (index, index) -> index
              %7 = "arith.addi"(%6, %arg6) : (index, index) -> index
              %8 = "memref.load"(%arg0, %0, %5, %7, %arg4) : (memref<1x32x32x16xf32>, index, index, index, index) -> f32
              %9 = "memref.load"(%arg1, %0, %arg2, %arg3, %arg4) : (memref<1x16x16x16xf32>, index, index, index, index) -> f32
              %10 = "arith.addf"(%9, %8) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
              "memref.store"(%10, %arg1, %0, %arg2, %arg3, %arg4) : (f32, memref<1x16x16x16xf32>, index, index, index, index) -> ()
              "scf.yield"() : () -> ()
            }) : (index, index, index) -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    "func.return"() : () -> ()
  }) {function_type = (memref<1x32x32x16xf32>, memref<1x16x16x16xf32>) -> (), sym_name = "sum_pool"} : () -> ()
}) : () -> ()

