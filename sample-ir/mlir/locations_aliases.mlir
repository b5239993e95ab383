// Type and attribute aliases, location aliases, named and nested modules, and unit/dictionary attributes.
!vec = vector<4xf32>
!buf = memref<16xf32>
#step = affine_map<(d0) -> (d0 * 4)>
#loc0 = loc("kernel.c":3:5)
#loc1 = loc("kernel.c":4:9)
module @outer attributes {test.version = 2 : i32} {
  module @inner {
    func.func @scale(%b: !buf, %s: f32) attributes {llvm.emit_c_interface} {
      %c0 = arith.constant 0 : index loc(#loc0)
      %pad = arith.constant 0.0 : f32
      %sv = vector.broadcast %s : f32 to !vec loc(fused[#loc0, #loc1])
      affine.for %i = 0 to 4 {
        %off = affine.apply #step(%i)
        %v = vector.transfer_read %b[%off], %pad {in_bounds = [true]} : !buf, !vec loc(#loc1)
        %r = arith.mulf %v, %sv : !vec loc(callsite("scale"("kernel.c":7:3) at "main.c":20:1))
        vector.transfer_write %r, %b[%off] {in_bounds = [true]} : !vec, !buf
      } loc("kernel.c":5:3)
      return loc(unknown)
    } loc("kernel.c":2:1)
  }
}
