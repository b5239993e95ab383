// scf.while computing the Collatz step count, an scf.index_switch, and scf.execute_region.
func.func @collatz(%start: i64) -> i64 {
  %zero = arith.constant 0 : i64
  %one = arith.constant 1 : i64
  %two = arith.constant 2 : i64
  %three = arith.constant 3 : i64
  %res:2 = scf.while (%n = %start, %steps = %zero) : (i64, i64) -> (i64, i64) {
    %more = arith.cmpi ne, %n, %one : i64
    scf.condition(%more) %n, %steps : i64, i64
  } do {
  ^bb0(%m: i64, %k: i64):
    %rem = arith.remui %m, %two : i64
    %even = arith.cmpi eq, %rem, %zero : i64
    %next = scf.if %even -> (i64) {
      %h = arith.divui %m, %two : i64
      scf.yield %h : i64
    } else {
      %t = arith.muli %m, %three : i64
      %t1 = arith.addi %t, %one : i64
      scf.yield %t1 : i64
    }
    %k1 = arith.addi %k, %one : i64
    scf.yield %next, %k1 : i64, i64
  }
  return %res#1 : i64
}

func.func @select_kernel(%which: index, %x: f32) -> f32 {
  %r = scf.index_switch %which -> f32
  case 0 {
    %a = math.exp %x : f32
    scf.yield %a : f32
  }
  case 1 {
    %b = math.log %x : f32
    scf.yield %b : f32
  }
  default {
    %c = scf.execute_region -> f32 {
      %s = math.sqrt %x : f32
      scf.yield %s : f32
    }
    scf.yield %c : f32
  }
  return %r : f32
}
