// Matrix multiplication on buffers, plus a batched variant and a matrix-vector product.
func.func @matmul(%a: memref<32x48xf32>, %b: memref<48x16xf32>, %c: memref<32x16xf32>) {
  linalg.matmul ins(%a, %b : memref<32x48xf32>, memref<48x16xf32>) outs(%c : memref<32x16xf32>)
  return
}

func.func @batch_matmul(%a: memref<4x16x8xf32>, %b: memref<4x8x12xf32>, %c: memref<4x16x12xf32>) {
  linalg.batch_matmul ins(%a, %b : memref<4x16x8xf32>, memref<4x8x12xf32>) outs(%c : memref<4x16x12xf32>)
  return
}

func.func @matvec(%a: memref<24x40xf32>, %x: memref<40xf32>, %y: memref<24xf32>) {
  linalg.matvec ins(%a, %x : memref<24x40xf32>, memref<40xf32>) outs(%y : memref<24xf32>)
  return
}
