// Unstructured control flow with the cf dialect: a counted loop, a switch and an assertion.
func.func @gcd(%a: i32, %b: i32) -> i32 {
  %zero = arith.constant 0 : i32
  cf.br ^loop(%a, %b : i32, i32)
^loop(%x: i32, %y: i32):
  %done = arith.cmpi eq, %y, %zero : i32
  cf.cond_br %done, ^exit(%x : i32), ^body
^body:
  %r = arith.remsi %x, %y : i32
  cf.br ^loop(%y, %r : i32, i32)
^exit(%g: i32):
  return %g : i32
}

func.func @classify(%v: i32) -> f32 {
  %one = arith.constant 1.0 : f32
  %two = arith.constant 2.0 : f32
  %other = arith.constant -1.0 : f32
  %ok = arith.cmpi sge, %v, %v : i32
  cf.assert %ok, "comparison must be reflexive"
  cf.switch %v : i32, [
    default: ^bb3(%other : f32),
    1: ^bb1,
    2: ^bb2
  ]
^bb1:
  cf.br ^bb3(%one : f32)
^bb2:
  cf.br ^bb3(%two : f32)
^bb3(%r: f32):
  return %r : f32
}
