// Math and arith on scalars and vectors: softplus, sigmoid, rounding, integer bit ops and fast-math flags.
func.func @softplus(%x: f32) -> f32 {
  %one = arith.constant 1.0 : f32
  %e = math.exp %x : f32
  %s = arith.addf %e, %one fastmath<fast> : f32
  %l = math.log %s : f32
  return %l : f32
}

func.func @sigmoid_vec(%x: vector<8xf32>) -> vector<8xf32> {
  %one = arith.constant dense<1.0> : vector<8xf32>
  %n = arith.negf %x : vector<8xf32>
  %e = math.exp %n : vector<8xf32>
  %d = arith.addf %e, %one : vector<8xf32>
  %r = arith.divf %one, %d : vector<8xf32>
  return %r : vector<8xf32>
}

func.func @bits(%a: i32, %b: i32) -> (i32, i64) {
  %and = arith.andi %a, %b : i32
  %or = arith.ori %a, %b : i32
  %xor = arith.xori %and, %or : i32
  %c3 = arith.constant 3 : i32
  %shl = arith.shli %xor, %c3 : i32
  %shr = arith.shrui %shl, %c3 : i32
  %pop = math.ctpop %shr : i32
  %lz = math.ctlz %pop : i32
  %wide = arith.extsi %lz : i32 to i64
  %mx = arith.maxsi %a, %b : i32
  %mn = arith.minui %mx, %and : i32
  %sum = arith.addi %mn, %lz : i32
  return %sum, %wide : i32, i64
}

func.func @rounding(%x: f64) -> (f64, i32, f32) {
  %f = math.floor %x : f64
  %c = math.ceil %x : f64
  %r = math.round %f : f64
  %t = math.trunc %c : f64
  %sum = arith.addf %r, %t : f64
  %abs = math.absf %sum : f64
  %sq = math.sqrt %abs : f64
  %p = math.powf %sq, %x : f64
  %fma = math.fma %p, %x, %sq : f64
  %i = arith.fptosi %fma : f64 to i32
  %back = arith.sitofp %i : i32 to f32
  return %fma, %i, %back : f64, i32, f32
}
