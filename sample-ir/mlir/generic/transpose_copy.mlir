#map = affine_map<(d0, d1) -> (d0, d1)>
"builtin.module"() ({
  "func.func"() ({
  ^bb0(%arg0: tensor<16x32xf32>):
    %0 = "tensor.empty"() : () -> tensor<32x16xf32>
    %1 = "linalg.transpose"(%arg0, %0) ({
    ^bb0(%arg1: f32, %arg2: f32):
      "linalg.yield"(%arg1) : (f32) -> ()
    }) {permutation = array<i64: 1, 0>} : (tensor<16x32xf32>, tensor<32x16xf32>) -> tensor<32x16xf32>
    "func.return"(%1) : (tensor<32x16xf32>) -> ()
  }) {function_type = (tensor<16x32xf32>) -> tensor<32x16xf32>, sym_name = "transpose"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: tensor<64xf32>):
    %0 = "tensor.empty"() : () -> tensor<8x64xf32>
    %1 = "linalg.broadcast"(%arg0, %0) ({
    ^bb0(%arg1: f32, %arg2: f32):
      "linalg.yield"(%arg1) : (f32) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<8x64xf32>) -> tensor<8x64xf32>
    "func.return"(%1) : (tensor<8x64xf32>) -> ()
  }) {function_type = (tensor<64xf32>) -> tensor<8x64xf32>, sym_name = "broadcast"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<128xf32>, %arg1: memref<128xf32>):
    "linalg.copy"(%arg0, %arg1) ({
    ^bb0(%arg2: f32, %arg3: f32):
      "linalg.yield"(%arg2) : (f32) -> ()
    }) {operand_segment_sizes = array<i32: 1, 1>} : (memref<128xf32>, memref<128xf32>) -> ()
    "func.return"() : () -> ()
  }) {function_type = (memref<128xf32>, memref<128xf32>) -> (), sym_name = "copy"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: tensor<256xf32>, %arg1: tensor<256xf32>):
    %0 = "tensor.empty"() : () -> tensor<256xf32>
    %1 = "linalg.map"(%arg0, %arg1, %0) ({
    ^bb0(%arg2: f32, %arg3: f32):
      %2 = "arith.addf"(%arg2, %arg3) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      "linalg.yield"(%2) : (f32) -> ()
    }) : (tensor<256xf32>, tensor<256xf32>, tensor<256xf32>) -> tensor<256xf32>
    "func.return"(%1) : (tensor<256xf32>) -> ()
  }) {function_type = (tensor<256xf32>, tensor<256xf32>) -> tensor<256xf32>, sym_name = "map_add"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<32x32xi64>):
    "linalg.generic"(%arg0) ({
    ^bb0(%arg1: i64):
      %0 = "linalg.index"() {dim = 0 : i64} : () -> index
      %1 = "linalg.index"() {dim = 1 : i64} : () -> index
      %2 = "arith.addi"(%0, %1) : (index, index) -> index
      %3 = "arith.index_cast"(%2) : (index) -> i64
      "linalg.yield"(%3) : (i64) -> ()
    }) {indexing_maps = [#map], iterator_types = [#linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>], operand_segment_sizes = array<i32: 0, 1>} : (memref<32x32xi64>) -> ()
    "func.return"() : () -> ()
  }) {function_type = (memref<32x32xi64>) -> (), sym_name = "ramp"} : () -> ()
}) : () -> ()

