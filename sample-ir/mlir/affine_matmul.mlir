// A hand-written affine loop nest for C += A * B with i-k-j loop order.
func.func @matmul_ikj(%A: memref<64x64xf32>, %B: memref<64x64xf32>, %C: memref<64x64xf32>) {
  affine.for %i = 0 to 64 {
    affine.for %k = 0 to 64 {
      %a = affine.load %A[%i, %k] : memref<64x64xf32>
      affine.for %j = 0 to 64 {
        %b = affine.load %B[%k, %j] : memref<64x64xf32>
        %c = affine.load %C[%i, %j] : memref<64x64xf32>
        %p = arith.mulf %a, %b : f32
        %s = arith.addf %c, %p : f32
        affine.store %s, %C[%i, %j] : memref<64x64xf32>
      }
    }
  }
  return
}
