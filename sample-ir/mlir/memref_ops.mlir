// memref allocation, views, subviews, copies, globals, casts and reinterpretation.
memref.global "private" constant @coeffs : memref<4xf32> = dense<[0.1, 0.2, 0.3, 0.4]>
memref.global @scratch : memref<16x16xf32> = uninitialized

func.func @weighted(%x: memref<4xf32>) -> f32 {
  %w = memref.get_global @coeffs : memref<4xf32>
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %zero = arith.constant 0.0 : f32
  %r = scf.for %i = %c0 to %c4 step %c1 iter_args(%acc = %zero) -> (f32) {
    %a = memref.load %x[%i] : memref<4xf32>
    %b = memref.load %w[%i] : memref<4xf32>
    %p = arith.mulf %a, %b : f32
    %s = arith.addf %acc, %p : f32
    scf.yield %s : f32
  }
  return %r : f32
}

func.func @views(%n: index) -> memref<?x?xf32, strided<[?, 1], offset: ?>> {
  %buf = memref.alloc(%n, %n) {alignment = 64 : i64} : memref<?x?xf32>
  %tmp = memref.alloca() : memref<8x8xf32>
  %g = memref.get_global @scratch : memref<16x16xf32>
  %sub = memref.subview %g[4, 4] [8, 8] [1, 1] : memref<16x16xf32> to memref<8x8xf32, strided<[16, 1], offset: 68>>
  memref.copy %sub, %tmp : memref<8x8xf32, strided<[16, 1], offset: 68>> to memref<8x8xf32>
  %c2 = arith.constant 2 : index
  %dyn = memref.subview %buf[%c2, %c2] [%c2, %c2] [1, 1] : memref<?x?xf32> to memref<?x?xf32, strided<[?, 1], offset: ?>>
  %cast = memref.cast %tmp : memref<8x8xf32> to memref<?x?xf32>
  %flat = memref.collapse_shape %tmp [[0, 1]] : memref<8x8xf32> into memref<64xf32>
  %rank = memref.rank %cast : memref<?x?xf32>
  memref.dealloc %buf : memref<?x?xf32>
  return %dyn : memref<?x?xf32, strided<[?, 1], offset: ?>>
}

func.func @atomic_add(%m: memref<10xf32>, %i: index, %v: f32) -> f32 {
  %old = memref.atomic_rmw addf %v, %m[%i] : (f32, memref<10xf32>) -> f32
  memref.alloca_scope {
    %tmp = memref.alloca() : memref<4xf32>
    %c0 = arith.constant 0 : index
    memref.store %v, %tmp[%c0] : memref<4xf32>
  }
  return %old : f32
}
