"builtin.module"() ({
  "func.func"() ({
  ^bb0(%arg0: tensor<30x30xf32>):
    %0 = "arith.constant"() {value = 0.000000e+00 : f32} : () -> f32
    %1 = "tensor.pad"(%arg0) ({
    ^bb0(%arg1: index, %arg2: index):
      "tensor.yield"(%0) : (f32) -> ()
    }) {operand_segment_sizes = array<i32: 1, 0, 0>, static_high = array<i64: 1, 1>, static_low = array<i64: 1, 1>} : (tensor<30x30xf32>) -> tensor<32x32xf32>
    %2 = "tensor.extract_slice"(%1) {operand_segment_sizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 8, 8>, static_sizes = array<i64: 16, 16>, static_strides = array<i64: 1, 1>} : (tensor<32x32xf32>) -> tensor<16x16xf32>
    "func.return"(%2) : (tensor<16x16xf32>) -> ()
  }) {function_type = (tensor<30x30xf32>) -> tensor<16x16xf32>, sym_name = "pad_and_slice"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: tensor<8x16xf32>):
    %0 = "tensor.collapse_shape"(%arg0) {reassociation = [[0, 1]]} : (tensor<8x16xf32>) -> tensor<128xf32>
    %1 = "tensor.expand_shape"(%0) {reassociation = [[0, 1, 2]]} : (tensor<128xf32>) -> tensor<2x4x16xf32>
    "func.return"(%1) : (tensor<2x4x16xf32>) -> ()
  }) {function_type = (tensor<8x16xf32>) -> tensor<2x4x16xf32>, sym_name = "reshape"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: index):
    %0 = "tensor.generate"(%arg0) ({
    ^bb0(%arg1: index):
      %1 = "arith.muli"(%arg1, %arg1) : (index, index) -> index
      "tensor.yield"(%1) : (index) -> ()
    }) : (index) -> tensor<?xindex>
    "func.return"(%0) : (tensor<?xindex>) -> ()
  }) {function_type = (index) -> tensor<?xindex>, sym_name = "iota"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: f32, %arg1: f32, %arg2: tensor<?x4xf32>):
    %0 = "arith.constant"() {value = 0 : index} : () -> index
    %1 = "arith.constant"() {value = 1 : index} : () -> index
    %2 = "tensor.from_elements"(%arg0, %arg1) : (f32, f32) -> tensor<2xf32>
    %3 = "tensor.extract"(%2, %1) : (tensor<2xf32>, index) -> f32
    %4 = "tensor.insert"(%3, %arg2, %0, %1) : (f32, tensor<?x4xf32>, index, index) -> tensor<?x4xf32>
    %5 = "tensor.dim"(%4, %0) : (tensor<?x4xf32>, index) -> index
    %6 = "tensor.cast"(%2) : (tensor<2xf32>) -> tensor<?xf32>
    %7 = "tensor.splat"(%arg0) : (f32) -> tensor<4xf32>
    %8 = "tensor.insert_slice"(%7, %4) {operand_segment_sizes = array<i32: 1, 1, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 1, 4>, static_strides = array<i64: 1, 1>} : (tensor<4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    "func.return"(%3, %8, %5) : (f32, tensor<?x4xf32>, index) -> ()
  }) {function_type = (f32, f32, tensor<?x4xf32>) -> (f32, tensor<?x4xf32>, index), sym_name = "scalar_access"} : () -> ()
}) : () -> ()

