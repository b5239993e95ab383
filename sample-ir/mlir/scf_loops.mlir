// scf.for with iter_args, nested loops, scf.if with results, and scf.parallel with a reduction.
func.func @prefix_sum(%v: memref<?xf32>) -> f32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %n = memref.dim %v, %c0 : memref<?xf32>
  %zero = arith.constant 0.0 : f32
  %total = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %zero) -> (f32) {
    %x = memref.load %v[%i] : memref<?xf32>
    %s = arith.addf %acc, %x : f32
    memref.store %s, %v[%i] : memref<?xf32>
    scf.yield %s : f32
  }
  return %total : f32
}

func.func @relu_inplace(%m: memref<32x32xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c32 = arith.constant 32 : index
  %zero = arith.constant 0.0 : f32
  scf.for %i = %c0 to %c32 step %c1 {
    scf.for %j = %c0 to %c32 step %c1 {
      %x = memref.load %m[%i, %j] : memref<32x32xf32>
      %neg = arith.cmpf olt, %x, %zero : f32
      %y = scf.if %neg -> (f32) {
        scf.yield %zero : f32
      } else {
        scf.yield %x : f32
      }
      memref.store %y, %m[%i, %j] : memref<32x32xf32>
    }
  }
  return
}

func.func @parallel_sum(%m: memref<64x64xf32>) -> f32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c64 = arith.constant 64 : index
  %zero = arith.constant 0.0 : f32
  %sum = scf.parallel (%i, %j) = (%c0, %c0) to (%c64, %c64) step (%c1, %c1) init (%zero) -> f32 {
    %x = memref.load %m[%i, %j] : memref<64x64xf32>
    scf.reduce(%x) : f32 {
    ^bb0(%lhs: f32, %rhs: f32):
      %r = arith.addf %lhs, %rhs : f32
      scf.reduce.return %r : f32
    }
    scf.yield
  }
  return %sum : f32
}
