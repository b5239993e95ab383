// Calls between functions: a declaration, recursion, multiple results and an indirect call.
func.func private @external_norm(memref<?xf32>) -> f32

func.func @square(%x: f64) -> f64 {
  %r = arith.mulf %x, %x : f64
  return %r : f64
}

func.func @power(%x: f64, %n: i32) -> f64 {
  %one = arith.constant 1.0 : f64
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %is0 = arith.cmpi eq, %n, %c0 : i32
  %r = scf.if %is0 -> (f64) {
    scf.yield %one : f64
  } else {
    %half = arith.divsi %n, %c2 : i32
    %p = func.call @power(%x, %half) : (f64, i32) -> f64
    %sq = func.call @square(%p) : (f64) -> f64
    %odd = arith.remsi %n, %c2 : i32
    %isodd = arith.cmpi ne, %odd, %c0 : i32
    %res = arith.select %isodd, %x, %one : f64
    %m = arith.mulf %sq, %res : f64
    scf.yield %m : f64
  }
  return %r : f64
}

func.func @minmax(%a: f32, %b: f32) -> (f32, f32) {
  %lo = arith.minf %a, %b : f32
  %hi = arith.maxf %a, %b : f32
  return %lo, %hi : f32, f32
}

func.func @driver(%v: memref<?xf32>) -> f32 {
  %n = call @external_norm(%v) : (memref<?xf32>) -> f32
  %pair:2 = call @minmax(%n, %n) : (f32, f32) -> (f32, f32)
  %f = constant @square : (f64) -> f64
  %d = arith.extf %pair#1 : f32 to f64
  %s = call_indirect %f(%d) : (f64) -> f64
  %t = arith.truncf %s : f64 to f32
  %sum = arith.addf %pair#0, %t : f32
  return %sum : f32
}
