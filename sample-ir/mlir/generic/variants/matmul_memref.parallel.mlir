"builtin.module"() ({
  "func.func"() ({
  ^bb0(%arg0: memref<32x48xf32>, %arg1: memref<48x16xf32>, %arg2: memref<32x16xf32>):
    %0 = "arith.constant"() {value = 0 : index} : () -> index
    %1 = "arith.constant"() {value = 32 : index} : () -> index
    %2 = "arith.constant"() {value = 1 : index} : () -> index
    %3 = "arith.constant"() {value = 16 : index} : () -> index
    %4 = "arith.constant"() {value = 48 : index} : () -> index
    "scf.parallel"(%0, %0, %1, %3, %2, %2) ({
    ^bb0(%arg3: index, %arg4: index):
      "scf.for"(%0, %4, %2) ({
      ^bb0(%arg5: index):
        %5 = "memref.load"(%arg0, %arg3, %arg5) : (memref<32x48xf32>, index, index) -> f32
        %6 = "memref.load"(%arg1, %arg5, %arg4) : (memref<48x16xf32>, index, index) -> f32
        %7 = "memref.load"(%arg2, %arg3, %arg4) : (memref<32x16xf32>, index, index) -> f32
        %8 = "arith.mulf"(%5, %6) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        %9 = "arith.addf"(%7, %8) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        "memref.store"(%9, %arg2, %arg3, %arg4) : (f32, memref<32x16xf32>, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "scf.yield"() : () -> ()
    }) {operand_segment_sizes = array<i32: 2, 2, 2, 0>} : (index, index, index, index, index, index) -> ()
    "func.return"() : () -> ()
  }) {function_type = (memref<32x48xf32>, memref<48x16xf32>, memref<32x16xf32>) -> (), sym_name = "matmul"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<4x16x8xf32>, %arg1: memref<4x8x12xf32>, %arg2: memref<4x16x12xf32>):
    %0 = "arith.constant"() {value = 0 : index} : () -> index
    %1 = "arith.constant"() {value = 4 : index} : () -> index
    %2 = "arith.constant"() {value = 1 : index} : () -> index
    %3 = "arith.constant"() {value = 16 : index} : () -> index
    %4 = "arith.constant"() {value = 12 : index} : () -> index
    %5 = "arith.constant"() {value = 8 : index} : () -> index
    "scf.parallel"(%0, %0, %0, %1, %3, %4, %2, %2, %2) ({
    ^bb0(%arg3: index, %arg4: index, %arg5: index):
      "scf.for"(%0, %5, %2) ({
      ^bb0(%arg6: index):
        %6 = "memref.load"(%arg0, %arg3, %arg4, %arg6) : (memref<4x16x8xf32>, index, index, index) -> f32
        %7 = "memref.load"(%arg1, %arg3, %arg6, %arg5) : (memref<4x8x12xf32>, index, index, index) -> f32
        %8 = "memref.load"(%arg2, %arg3, %arg4, %arg5) : (memref<4x16x12xf32>, index, index, index) -> f32
        %9 = "arith.mulf"(%6, %7) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        %10 = "arith.addf"(%8, %9) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        "memref.store"(%10, %arg2, %arg3, %arg4, %arg5) : (f32, memref<4x16x12xf32>, index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "scf.yield"() : () -> ()
    }) {operand_segment_sizes = array<i32: 3, 3, 3, 0>} : (index, index, index, index, index, index, index, index, index) -> ()
    "func.return"() : () -> ()
  }) {function_type = (memref<4x16x8xf32>, memref<4x8x12xf32>, memref<4x16x12xf32>) -> (), sym_name = "batch_matmul"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<24x40xf32>, %arg1: memref<40xf32>, %arg2: memref<24xf32>):
    %0 = "arith.constant"() {value = 0 : index} : () -> index
    %1 = "arith.constant"() {value = 24 : index} : () -> index
    %2 = "arith.constant"() {value = 1 : index} : () -> index
    %3 = "arith.constant"() {value = 40 : index} : () -> index
    "scf.parallel"(%0, %1, %2) ({
    ^bb0(%arg3: index):
      "scf.for"(%0, %3, %2) ({
      ^bb0(%arg4: index):
        %4 = "memref.load"(%arg0, %arg3, %arg4) : (memref<24x40xf32>, index, index) -> f32
        %5 = "memref.load"(%arg1, %arg4) : (memref<40xf32>, index) -> f32
        %6 = "memref.load"(%arg2, %arg3) : (memref<24xf32>, index) -> f32
        %7 = "arith.mulf"(%4, %5) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        %8 = "arith.addf"(%6, %7) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        "memref.store"(%8, %arg2, %arg3) : (f32, memref<24xf32>, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "scf.yield"() : () -> ()
    }) {operand_segment_sizes = array<i32: 1, 1, 1, 0>} : (index, index, index) -> ()
    "func.return"() : () -> ()
  }) {function_type = (memref<24x40xf32>, memref<40xf32>, memref<24xf32>) -> (), sym_name = "matvec"} : () -> ()
}) : () -> ()

