#map = affine_map<(d0, d1) -> (d0 * 2 + d1)>
"builtin.module"() ({
  "func.func"() ({
  ^bb0(%arg0: memref<1x32x32x16xf32, strided<[?, ?, ?, ?], offset: ?>>):
    %0 = "arith.constant"() {value = 0 : index} : () -> index
    %1 = "arith.constant"() {value = 1 : index} : () -> index
    %2 = "arith.constant"() {value = 16 : index} : () -> index
    %3 = "arith.constant"() {value = 2 : index} : () -> index
    %4 = "arith.constant"() {value = -3.40282347E+38 : f32} : () -> f32
    %5 = "memref.alloc"() {alignment = 64 : i64, operand_segment_sizes = array<i32: 0, 0>} : () -> memref<1x16x16x16xf32>
    "scf.parallel"(%0, %0, %0, %2, %2, %2, %1, %1, %1) ({
    ^bb0(%arg1: index, %arg2: index, %arg3: index):
      "memref.store"(%4, %5, %0, %arg1, %arg2, %arg3) : (f32, memref<1x16x16x16xf32>, index, index, index, index) -> ()
      "scf.yield"() : () -> ()
    }) {operand_segment_sizes = array<i32: 3, 3, 3, 0>} : (index, index, index, index, index, index, index, index, index) -> ()
    "scf.parallel"(%0, %0, %0, %2, %2, %2, %1, %1, %1) ({
    ^bb0(%arg1: index, %arg2: index, %arg3: index):
      "scf.for"(%0, %3, %1) ({
      ^bb0(%arg4: index):
        "scf.for"(%0, %3, %1) ({
        ^bb0(%arg5: index):
          %6 = "affine.apply"(%arg1, %arg4) {map = #map} : (index, index) -> index
          %7 = "affine.apply"(%arg2, %arg5) {map = #map} : (index, index) -> index
          %8 = "memref.load"(%arg0, %0, %6, %7, %arg3) : (memref<1x32x32x16xf32, strided<[?, ?, ?, ?], offset: ?>>, index, index, index, index) -> f32
          %9 = "memref.load"(%5, %0, %arg1, %arg2, %arg3) : (memref<1x16x16x16xf32>, index, index, index, index) -> f32
          %10 = "arith.maxf"(%9, %8) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
          "memref.store"(%10, %5, %0, %arg1, %arg2, %arg3) : (f32, memref<1x16x16x16xf32>, index, index, index, index) -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "scf.yield"() : () -> ()
    }) {operand_segment_sizes = array<i32: 3, 3, 3, 0>} : (index, index, index, index, index, index, index, index, index) -> ()
    "func.return"(%5) : (memref<1x16x16x16xf32>) -> ()
  }) {function_type = (memref<1x32x32x16xf32, strided<[?, ?, ?, ?], offset: ?>>) -> memref<1x16x16x16xf32>, sym_name = "max_pool"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<1x32x32x16xf32>, %arg1: memref<1x16x16x16xf32>):
    %0 = "arith.constant"() {value = 0 : index} : () -> index
    %1 = "arith.constant"() {value = 1 : index} : () -> index
    %2 = "arith.constant"() {value = 16 : index} : () -> index
    %3 = "arith.constant"() {value = 2 : index} : () -> index
    "scf.parallel"(%0, %0, %0, %2, %2, %2, %1, %1, %1) ({
    ^bb0(%arg2: index, %arg3: index, %arg4: index):
      "scf.for"(%0, %3, %1) ({
      ^bb0(%arg5: index):
        "scf.for"(%0, %3, %1) ({
        ^bb0(%arg6: index):
          %4 = "affine.apply"(%arg2, %arg5) {map = #map} : (index, index) -> index
          %5 = "affine.apply"(%arg3, %arg6) {map = #map} : (index, index) -> index
          %6 = "memref.load"(%arg0, %0, %4, %5, %arg4) : (memref<1x32x32x16xf32>, index, index, index, index) -> f32
          %7 = "memref.load"(%arg1, %0, %arg2, %arg3, %arg4) : (memref<1x16x16x16xf32>, index, index, index, index) -> f32
          %8 = "arith.addf"(%7, %6) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
          "memref.store"(%8, %arg1, %0, %arg2, %arg3, %arg4) : (f32, memref<1x16x16x16xf32>, index, index, index, index) -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "scf.yield"() : () -> ()
    }) {operand_segment_sizes = array<i32: 3, 3, 3, 0>} : (index, index, index, index, index, index, index, index, index) -> ()
    "func.return"() : () -> ()
  }) {function_type = (memref<1x32x32x16xf32>, memref<1x16x16x16xf32>) -> (), sym_name = "sum_pool"} : () -> ()
}) : () -> ()

