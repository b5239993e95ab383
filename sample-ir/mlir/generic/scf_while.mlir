"builtin.module"() ({
  "func.func"() ({
  ^bb0(%arg0: i64):
    %0 = "arith.constant"() {value = 0 : i64} : () -> i64
    %1 = "arith.constant"() {value = 1 : i64} : () -> i64
    %2 = "arith.constant"() {value = 2 : i64} : () -> i64
    %3 = "arith.constant"() {value = 3 : i64} : () -> i64
    %4:2 = "scf.while"(%arg0, %0) ({
    ^bb0(%arg1: i64, %arg2: i64):
      %5 = "arith.cmpi"(%arg1, %1) {predicate = 1 : i64} : (i64, i64) -> i1
      "scf.condition"(%5, %arg1, %arg2) : (i1, i64, i64) -> ()
    }, {
    ^bb0(%arg1: i64, %arg2: i64):
      %5 = "arith.remui"(%arg1, %2) : (i64, i64) -> i64
      %6 = "arith.cmpi"(%5, %0) {predicate = 0 : i64} : (i64, i64) -> i1
      %7 = "scf.if"(%6) ({
        %9 = "arith.divui"(%arg1, %2) : (i64, i64) -> i64
        "scf.yield"(%9) : (i64) -> ()
      }, {
        %9 = "arith.muli"(%arg1, %3) : (i64, i64) -> i64
        %10 = "arith.addi"(%9, %1) : (i64, i64) -> i64
        "scf.yield"(%10) : (i64) -> ()
      }) : (i1) -> i64
      %8 = "arith.addi"(%arg2, %1) : (i64, i64) -> i64
      "scf.yield"(%7, %8) : (i64, i64) -> ()
    }) : (i64, i64) -> (i64, i64)
    "func.return"(%4#1) : (i64) -> ()
  }) {function_type = (i64) -> i64, sym_name = "collatz"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: index, %arg1: f32):
    %0 = "scf.index_switch"(%arg0) ({
      %1 = "scf.execute_region"() ({
        %2 = "math.sqrt"(%arg1) {fastmath = #arith.fastmath<none>} : (f32) -> f32
        "scf.yield"(%2) : (f32) -> ()
      }) : () -> f32
      "scf.yield"(%1) : (f32) -> ()
    }, {
      %1 = "math.exp"(%arg1) {fastmath = #arith.fastmath<none>} : (f32) -> f32
      "scf.yield"(%1) : (f32) -> ()
    }, {
      %1 = "math.log"(%arg1) {fastmath = #arith.fastmath<none>} : (f32) -> f32
      "scf.yield"(%1) : (f32) -> ()
    }) {cases = array<i64: 0, 1>} : (index) -> f32
    "func.return"(%0) : (f32) -> ()
  }) {function_type = (index, f32) -> f32, sym_name = "select_kernel"} : () -> ()
}) : () -> ()

