// Affine loops carrying values (iter_args), affine.apply/min/max and an affine.parallel reduction.
#tile_end = affine_map<(d0)[s0] -> (d0 + 32, s0)>
func.func @sum(%v: memref<?xf32>, %n: index) -> f32 {
  %zero = arith.constant 0.0 : f32
  %total = affine.for %i = 0 to %n iter_args(%acc = %zero) -> (f32) {
    %x = affine.load %v[%i] : memref<?xf32>
    %next = arith.addf %acc, %x : f32
    affine.yield %next : f32
  }
  return %total : f32
}

func.func @tiled_scale(%v: memref<?xf32>, %n: index, %s: f32) {
  affine.for %t = 0 to %n step 32 {
    affine.for %i = affine_map<(d0) -> (d0)>(%t) to min #tile_end(%t)[%n] {
      %x = affine.load %v[%i] : memref<?xf32>
      %y = arith.mulf %x, %s : f32
      affine.store %y, %v[%i] : memref<?xf32>
    }
  }
  return
}

func.func @parallel_max(%m: memref<100x100xf32>) -> f32 {
  %r = affine.parallel (%i, %j) = (0, 0) to (100, 100) reduce ("maxf") -> (f32) {
    %x = affine.load %m[%i, %j] : memref<100x100xf32>
    affine.yield %x : f32
  }
  return %r : f32
}

func.func @strided_copy(%src: memref<256xf32>, %dst: memref<128xf32>) {
  affine.for %i = 0 to 128 {
    %k = affine.apply affine_map<(d0) -> (d0 * 2 + 1)>(%i)
    %lo = affine.max affine_map<(d0) -> (d0 - 1, 0)>(%k)
    %x = memref.load %src[%lo] : memref<256xf32>
    affine.store %x, %dst[%i] : memref<128xf32>
  }
  return
}
