// Tensor manipulation: slices, padding, reshapes, generate, from_elements, extract/insert, casts.
func.func @pad_and_slice(%t: tensor<30x30xf32>) -> tensor<16x16xf32> {
  %zero = arith.constant 0.0 : f32
  %padded = tensor.pad %t low[1, 1] high[1, 1] {
  ^bb0(%i: index, %j: index):
    tensor.yield %zero : f32
  } : tensor<30x30xf32> to tensor<32x32xf32>
  %slice = tensor.extract_slice %padded[8, 8] [16, 16] [1, 1] : tensor<32x32xf32> to tensor<16x16xf32>
  return %slice : tensor<16x16xf32>
}

func.func @reshape(%t: tensor<8x16xf32>) -> tensor<2x4x16xf32> {
  %flat = tensor.collapse_shape %t [[0, 1]] : tensor<8x16xf32> into tensor<128xf32>
  %r = tensor.expand_shape %flat [[0, 1, 2]] : tensor<128xf32> into tensor<2x4x16xf32>
  return %r : tensor<2x4x16xf32>
}

func.func @iota(%n: index) -> tensor<?xindex> {
  %t = tensor.generate %n {
  ^bb0(%i: index):
    %sq = arith.muli %i, %i : index
    tensor.yield %sq : index
  } : tensor<?xindex>
  return %t : tensor<?xindex>
}

func.func @scalar_access(%a: f32, %b: f32, %t: tensor<?x4xf32>) -> (f32, tensor<?x4xf32>, index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %pair = tensor.from_elements %a, %b : tensor<2xf32>
  %x = tensor.extract %pair[%c1] : tensor<2xf32>
  %t2 = tensor.insert %x into %t[%c0, %c1] : tensor<?x4xf32>
  %d = tensor.dim %t2, %c0 : tensor<?x4xf32>
  %dyn = tensor.cast %pair : tensor<2xf32> to tensor<?xf32>
  %s = tensor.splat %a : tensor<4xf32>
  %back = tensor.insert_slice %s into %t2[0, 0] [1, 4] [1, 1] : tensor<4xf32> into tensor<?x4xf32>
  return %x, %back, %d : f32, tensor<?x4xf32>, index
}
