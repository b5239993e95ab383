#map = affine_map<(d0, d1) -> (d0 + d1)>
"builtin.module"() ({
  "func.func"() ({
  ^bb0(%arg0: memref<1x18x18x8xf32, strided<[?, ?, ?, ?], offset: ?>>, %arg1: memref<3x3x8x16xf32, strided<[?, ?, ?, ?], offset: ?>>, %arg2: memref<16xf32, strided<[?], offset: ?>>):
    %0 = "arith.constant"() {value = 0 : index} : () -> index
    %1 = "arith.constant"() {value = 1 : index} : () -> index
    %2 = "arith.constant"() {value = 16 : index} : () -> index
    %3 = "arith.constant"() {value = 3 : index} : () -> index
    %4 = "arith.constant"() {value = 8 : index} : () -> index
    %5 = "arith.constant"() {value = 0.000000e+00 : f32} : () -> f32
    %6 = "memref.alloc"() {alignment = 64 : i64, operand_segment_sizes = array<i32: 0, 0>} : () -> memref<1x16x16x16xf32>
    %7 = "memref.alloc"() {alignment = 64 : i64, operand_segment_sizes = array<i32: 0, 0>} : () -> memref<1x16x16x16xf32>
    "scf.parallel"(%0, %0, %0, %2, %2, %2, %1, %1, %1) ({
    ^bb0(%arg3: index, %arg4: index, %arg5: index):
      "memref.store"(%5, %7, %0, %arg3, %arg4, %arg5) : (f32, memref<1x16x16x16xf32>, index, index, index, index) -> ()
      "scf.yield"() : () -> ()
    }) {operand_segment_sizes = array<i32: 3, 3, 3, 0>} : (index, index, index, index, index, index, index, index, index) -> ()
    "scf.parallel"(%0, %0, %0, %2, %2, %2, %1, %1, %1) ({
    ^bb0(%arg3: index, %arg4: index, %arg5: index):
      "scf.for"(%0, %3, %1) ({
      ^bb0(%arg6: index):
        "scf.for"(%0, %3, %1) ({
        ^bb0(%arg7: index):
          "scf.for"(%0, %4, %1) ({
          ^bb0(%arg8: index):
            %8 = "affine.apply"(%arg3, %arg6) {map = #map} : (index, index) -> index
            %9 = "affine.apply"(%arg4, %arg7) {map = #map} : (index, index) -> index
            %10 = "memref.load"(%arg0, %0, %8, %9, %arg8) : (memref<1x18x18x8xf32, strided<[?, ?, ?, ?], offset: ?>>, index, index, index, index) -> f32
            %11 = "memref.load"(%arg1, %arg6, %arg7, %arg8, %arg5) : (memref<3x3x8x16xf32, strided<[?, ?, ?, ?], offset: ?>>, index, index, index, index) -> f32
            %12 = "memref.load"(%7, %0, %arg3, %arg4, %arg5) : (memref<1x16x16x16xf32>, index, index, index, index) -> f32
            %13 = "arith.mulf"(%10, %11) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
            %14 = "arith.addf"(%12, %13) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
            "memref.store"(%14, %7, %0, %arg3, %arg4, %arg5) : (f32, memref<1x16x16x16xf32>, index, index, index, index) -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "scf.yield"() : () -> ()
    }) {operand_segment_sizes = array<i32: 3, 3, 3, 0>} : (index, index, index, index, index, index, index, index, index) -> ()
    "scf.parallel"(%0, %0, %0, %2, %2, %2, %1, %1, %1) ({
    ^bb0(%arg3: index, %arg4: index, %arg5: index):
      %8 = "memref.load"(%arg2, %arg5) : (memref<16xf32, strided<[?], offset: ?>>, index) -> f32
      %9 = "memref.load"(%7, %0, %arg3, %arg4, %arg5) : (memref<1x16x16x16xf32>, index, index, index, index) -> f32
      %10 = "arith.addf"(%9, %8) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      %11 = "arith.maxf"(%10, %5) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      "memref.store"(%11, %6, %0, %arg3, %arg4, %arg5) : (f32, memref<1x16x16x16xf32>, index, index, index, index) -> ()
      "scf.yield"() : () -> ()
    }) {operand_segment_sizes = array<i32: 3, 3, 3, 0>} : (index, index, index, index, index, index, index, index, index) -> ()
    "memref.dealloc"(%7) : (memref<1x16x16x16xf32>) -> ()
    "func.return"(%6) : (memref<1x16x16x16xf32>) -> ()
  }) {function_type = (memref<1x18x18x8xf32, strided<[?, ?, ?, ?], offset: ?>>, memref<3x3x8x16xf32, strided<[?, ?, ?, ?], offset: ?>>, memref<16xf32, strided<[?], offset: ?>>) -> memref<1x16x16x16xf32>, sym_name = "conv_bias_relu"} : () -> ()
}) : () -> ()

