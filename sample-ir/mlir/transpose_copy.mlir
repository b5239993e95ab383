// Data movement with linalg: transpose, broadcast, copy, and an elementwise map with an index op.
func.func @transpose(%in: tensor<16x32xf32>) -> tensor<32x16xf32> {
  %init = tensor.empty() : tensor<32x16xf32>
  %t = linalg.transpose ins(%in : tensor<16x32xf32>) outs(%init : tensor<32x16xf32>) permutation = [1, 0]
  return %t : tensor<32x16xf32>
}

func.func @broadcast(%row: tensor<64xf32>) -> tensor<8x64xf32> {
  %init = tensor.empty() : tensor<8x64xf32>
  %b = linalg.broadcast ins(%row : tensor<64xf32>) outs(%init : tensor<8x64xf32>) dimensions = [0]
  return %b : tensor<8x64xf32>
}

func.func @copy(%a: memref<128xf32>, %b: memref<128xf32>) {
  linalg.copy ins(%a : memref<128xf32>) outs(%b : memref<128xf32>)
  return
}

func.func @map_add(%a: tensor<256xf32>, %b: tensor<256xf32>) -> tensor<256xf32> {
  %init = tensor.empty() : tensor<256xf32>
  %r = linalg.map ins(%a, %b : tensor<256xf32>, tensor<256xf32>) outs(%init : tensor<256xf32>)
    (%x: f32, %y: f32) {
      %s = arith.addf %x, %y : f32
      linalg.yield %s : f32
    }
  return %r : tensor<256xf32>
}

func.func @ramp(%out: memref<32x32xi64>) {
  linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>], iterator_types = ["parallel", "parallel"]}
      outs(%out : memref<32x32xi64>) {
  ^bb0(%o: i64):
    %i = linalg.index 0 : index
    %j = linalg.index 1 : index
    %s = arith.addi %i, %j : index
    %v = arith.index_cast %s : index to i64
    linalg.yield %v : i64
  }
  return
}
