"builtin.module"() ({
  "func.func"() ({
  ^bb0(%arg0: memref<64x64xf32>, %arg1: memref<64x64xf32>, %arg2: memref<64x64xf32>):
    %0 = "arith.constant"() {value = 0 : index} : () -> index
    %1 = "arith.constant"() {value = 64 : index} : () -> index
    %2 = "arith.constant"() {value = 1 : index} : () -> index
    "scf.for"(%0, %1, %2) ({
    ^bb0(%arg3: index):
      "scf.for"(%0, %1, %2) ({
      ^bb0(%arg4: index):
        %3 = "memref.load"(%arg0, %arg3, %arg4) : (memref<64x64xf32>, index, index) -> f32
        "scf.for"(%0, %1, %2) ({
        ^bb0(%arg5: index):
          %4 = "memref.load"(%arg1, %arg4, %arg5) : (memref<64x64xf32>, index, index) -> f32
          %5 = "memref.load"(%arg2, %arg3, %arg5) : (memref<64x64xf32>, index, index) -> f32
          %6 = "arith.mulf"(%3, %4) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
          %7 = "arith.addf"(%5, %6) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
          "memref.store"(%7, %arg2, %arg3, %arg5) : (f32, memref<64x64xf32>, index, index) -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    "func.return"() : () -> ()
  }) {function_type = (memref<64x64xf32>, memref<64x64xf32>, memref<64x64xf32>) -> (), sym_name = "matmul_ikj"} : () -> ()
}) : () -> ()

