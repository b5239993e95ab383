"builtin.module"() ({
  "func.func"() ({
  ^bb0(%arg0: memref<32x64xi8, strided<[?, ?], offset: ?>>, %arg1: memref<64x16xi8, strided<[?, ?], offset: ?>>, %arg2: f32):
    %0 = "arith.constant"() {value = 0 : index} : () -> index
    %1 = "arith.constant"() {value = 32 : index} : () -> index
    %2 = "arith.constant"() {value = 1 : index} : () -> index
    %3 = "arith.constant"() {value = 16 : index} : () -> index
    %4 = "arith.constant"() {value = 64 : index} : () -> index
    %5 = "arith.constant"() {value = 0 : i32} : () -> i32
    %6 = "arith.constant"() {value = -1.280000e+02 : f32} : () -> f32
    %7 = "arith.constant"() {value = 1.270000e+02 : f32} : () -> f32
    %8 = "memref.alloc"() {alignment = 64 : i64, operand_segment_sizes = array<i32: 0, 0>} : () -> memref<32x16xi32>
    "scf.parallel"(%0, %0, %1, %3, %2, %2) ({
    ^bb0(%arg3: index, %arg4: index):
      "memref.store"(%5, %8, %arg3, %arg4) : (i32, memref<32x16xi32>, index, index) -> ()
      "scf.yield"() : () -> ()
    }) {operand_segment_sizes = array<i32: 2, 2, 2, 0>} : (index, index, index, index, index, index) -> ()
    "scf.parallel"(%0, %0, %1, %3, %2, %2) ({
    ^bb0(%arg3: index, %arg4: index):
      "scf.for"(%0, %4, %2) ({
      ^bb0(%arg5: index):
        %10 = "memref.load"(%arg0, %arg3, %arg5) : (memref<32x64xi8, strided<[?, ?], offset: ?>>, index, index) -> i8
        %11 = "memref.load"(%arg1, %arg5, %arg4) : (memref<64x16xi8, strided<[?, ?], offset: ?>>, index, index) -> i8
        %12 = "memref.load"(%8, %arg3, %arg4) : (memref<32x16xi32>, index, index) -> i32
        %13 = "arith.extsi"(%10) : (i8) -> i32
        %14 = "arith.extsi"(%11) : (i8) -> i32
        %15 = "arith.muli"(%13, %14) : (i32, i32) -> i32
        %16 = "arith.addi"(%12, %15) : (i32, i32) -> i32
        "memref.store"(%16, %8, %arg3, %arg4) : (i32, memref<32x16xi32>, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "scf.yield"() : () -> ()
    }) {operand_segment_sizes = array<i32: 2, 2, 2, 0>} : (index, index, index, index, index, index) -> ()
    %9 = "memref.alloc"() {alignment = 64 : i64, operand_segment_sizes = array<i32: 0, 0>} : () -> memref<32x16xi8>
    "scf.parallel"(%0, %0, %1, %3, %2, %2) ({
    ^bb0(%arg3: index, %arg4: index):
      %10 = "memref.load"(%8, %arg3, %arg4) : (memref<32x16xi32>, index, index) -> i32
      %11 = "arith.sitofp"(%10) : (i32) -> f32
      %12 = "arith.mulf"(%11, %arg2) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      %13 = "arith.maxf"(%12, %6) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      %14 = "arith.minf"(%13, %7) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      %15 = "arith.fptosi"(%14) : (f32) -> i8
      "memref.store"(%15, %9, %arg3, %arg4) : (i8, memref<32x16xi8>, index, index) -> ()
      "scf.yield"() : () -> ()
    }) {operand_segment_sizes = array<i32: 2, 2, 2, 0>} : (index, index, index, index, index, index) -> ()
    "memref.dealloc"(%8) : (memref<32x16xi32>) -> ()
    "func.return"(%9) : (memref<32x16xi8>) -> ()
  }) {function_type = (memref<32x64xi8, strided<[?, ?], offset: ?>>, memref<64x16xi8, strided<[?, ?], offset: ?>>, f32) -> memref<32x16xi8>, sym_name = "qmatmul"} : () -> ()
}) : () -> ()

