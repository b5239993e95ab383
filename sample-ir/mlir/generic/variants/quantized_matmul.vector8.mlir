#map = affine_map<(d0, d1) -> (d1)>
#map1 = affine_map<() -> (0)>
#map2 = affine_map<() -> (16)>
#map3 = affine_map<() -> (32)>
#map4 = affine_map<(d0, d1) -> (d0, d1)>
#map5 = affine_map<() -> (64)>
"builtin.module"() ({
  "func.func"() ({
  ^bb0(%arg0: memref<32x64xi8, strided<[?, ?], offset: ?>>, %arg1: memref<64x16xi8, strided<[?, ?], offset: ?>>, %arg2: f32):
    %0 = "arith.constant"() {value = dense<-1.280000e+02> : vector<8xf32>} : () -> vector<8xf32>
    %1 = "arith.constant"() {value = dense<1.270000e+02> : vector<8xf32>} : () -> vector<8xf32>
    %2 = "arith.constant"() {value = dense<0> : vector<8xi32>} : () -> vector<8xi32>
    %3 = "arith.constant"() {value = 0 : i32} : () -> i32
    %4 = "vector.broadcast"(%arg2) : (f32) -> vector<8xf32>
    %5 = "memref.alloc"() {alignment = 64 : i64, operand_segment_sizes = array<i32: 0, 0>} : () -> memref<32x16xi32>
    "affine.for"() ({
    ^bb0(%arg3: index):
      "affine.for"() ({
      ^bb0(%arg4: index):
        "vector.transfer_write"(%2, %5, %arg3, %arg4) {operand_segment_sizes = array<i32: 1, 1, 2, 0>, permutation_map = #map} : (vector<8xi32>, memref<32x16xi32>, index, index) -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map1, step = 8 : index, upper_bound = #map2} : () -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map1, step = 1 : index, upper_bound = #map3} : () -> ()
    "affine.for"() ({
    ^bb0(%arg3: index):
      "affine.for"() ({
      ^bb0(%arg4: index):
        "affine.for"() ({
        ^bb0(%arg5: index):
          %7 = "affine.load"(%arg0, %arg3, %arg5) {map = #map4} : (memref<32x64xi8, strided<[?, ?], offset: ?>>, index, index) -> i8
          %8 = "affine.load"(%arg1, %arg5, %arg4) {map = #map4} : (memref<64x16xi8, strided<[?, ?], offset: ?>>, index, index) -> i8
          %9 = "affine.load"(%5, %arg3, %arg4) {map = #map4} : (memref<32x16xi32>, index, index) -> i32
          %10 = "arith.extsi"(%7) : (i8) -> i32
          %11 = "arith.extsi"(%8) : (i8) -> i32
          %12 = "arith.muli"(%10, %11) : (i32, i32) -> i32
          %13 = "arith.addi"(%9, %12) : (i32, i32) -> i32
          "affine.store"(%13, %5, %arg3, %arg4) {map = #map4} : (i32, memref<32x16xi32>, index, index) -> ()
          "affine.yield"() : () -> ()
        }) {lower_bound = #map1, step = 1 : index, upper_bound = #map5} : () -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map1, step = 1 : index, upper_bound = #map2} : () -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map1, step = 1 : index, upper_bound = #map3} : () -> ()
    %6 = "memref.alloc"() {alignment = 64 : i64, operand_segment_sizes = array<i32: 0, 0>} : () -> memref<32x16xi8>
    "affine.for"() ({
    ^bb0(%arg3: index):
      "affine.for"() ({
      ^bb0(%arg4: index):
        %7 = "vector.transfer_read"(%5, %arg3, %arg4, %3) {operand_segment_sizes = array<i32: 1, 2, 1, 0>, permutation_map = #map} : (memref<32x16xi32>, index, index, i32) -> vector<8xi32>
        %8 = "arith.sitofp"(%7) : (vector<8xi32>) -> vector<8xf32>
        %9 = "arith.mulf"(%8, %4) {fastmath = #arith.fastmath<none>} : (vector<8xf32>, vector<8xf32>) -> vector<8xf32>
        %10 = "arith.maxf"(%9, %0) {fastmath = #arith.fastmath<none>} : (vector<8xf32>, vector<8xf32>) -> vector<8xf32>
        %11 = "arith.minf"(%10, %1) {fastmath = #arith.fastmath<none>} : (vector<8xf32>, vector<8xf32>) -> vector<8xf32>
        %12 = "arith.fptosi"(%11) : (vector<8xf32>) -> vector<8xi8>
        "vector.transfer_write"(%12, %6, %arg3, %arg4) {operand_segment_sizes = array<i32: 1, 1, 2, 0>, permutation_map = #map} : (vector<8xi8>, memref<32x16xi8>, index, index) -> ()
        "affine.yield"() : () -> ()
      }) {lower_bound = #map1, step = 8 : index, upper_bound = #map2} : () -> ()
      "affine.yield"() : () -> ()
    }) {lower_bound = #map1, step = 1 : index, upper_bound = #map3} : () -> ()
    "memref.dealloc"(%5) : (memref<32x16xi32>) -> ()
    "func.return"(%6) : (memref<32x16xi8>) -> ()
  }) {function_type = (memref<32x64xi8, strided<[?, ?], offset: ?>>, memref<64x16xi8, strided<[?, ?], offset: ?>>, f32) -> memref<32x16xi8>, sym_name = "qmatmul"} : () -> ()
}) : () -> ()

