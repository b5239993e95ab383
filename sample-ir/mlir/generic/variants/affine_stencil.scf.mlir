"builtin.module"() ({
  "func.func"() ({
  ^bb0(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>):
    %0 = "arith.constant"() {value = -1 : index} : () -> index
    %1 = "arith.constant"() {value = 1 : index} : () -> index
    %2 = "arith.constant"() {value = 2.500000e-01 : f32} : () -> f32
    %3 = "arith.constant"() {value = 0 : index} : () -> index
    %4 = "memref.dim"(%arg0, %3) : (memref<?x?xf32>, index) -> index
    %5 = "arith.addi"(%4, %0) : (index, index) -> index
    "scf.for"(%1, %5, %1) ({
    ^bb0(%arg2: index):
      %6 = "arith.addi"(%4, %0) : (index, index) -> index
      "scf.for"(%1, %6, %1) ({
      ^bb0(%arg3: index):
        %7 = "arith.addi"(%arg2, %0) : (index, index) -> index
        %8 = "memref.load"(%arg0, %7, %arg3) : (memref<?x?xf32>, index, index) -> f32
        %9 = "arith.addi"(%arg2, %1) : (index, index) -> index
        %10 = "memref.load"(%arg0, %9, %arg3) : (memref<?x?xf32>, index, index) -> f32
        %11 = "arith.addi"(%arg3, %0) : (index, index) -> index
        %12 = "memref.load"(%arg0, %arg2, %11) : (memref<?x?xf32>, index, index) -> f32
        %13 = "arith.addi"(%arg3, %1) : (index, index) -> index
        %14 = "memref.load"(%arg0, %arg2, %13) : (memref<?x?xf32>, index, index) -> f32
        %15 = "arith.addf"(%8, %10) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        %16 = "arith.addf"(%12, %14) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        %17 = "arith.addf"(%15, %16) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        %18 = "arith.mulf"(%17, %2) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        "memref.store"(%18, %arg1, %arg2, %arg3) : (f32, memref<?x?xf32>, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    "func.return"() : () -> ()
  }) {function_type = (memref<?x?xf32>, memref<?x?xf32>) -> (), sym_name = "jacobi"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<?x?xf32>, %arg1: memref<?x?xf32>, %arg2: index):
    %0 = "arith.constant"() {value = -2 : index} : () -> index
    %1 = "arith.constant"() {value = -1 : index} : () -> index
    %2 = "arith.constant"() {value = 8 : index} : () -> index
    %3 = "arith.constant"() {value = 0.000000e+00 : f32} : () -> f32
    %4 = "arith.constant"() {value = 0 : index} : () -> index
    %5 = "arith.constant"() {value = 1 : index} : () -> index
    "scf.for"(%4, %arg2, %5) ({
    ^bb0(%arg3: index):
      %6 = "arith.addi"(%arg3, %5) : (index, index) -> index
      %7 = "arith.addi"(%arg3, %2) : (index, index) -> index
      %8 = "arith.cmpi"(%7, %arg2) {predicate = 2 : i64} : (index, index) -> i1
      %9 = "arith.select"(%8, %7, %arg2) : (i1, index, index) -> index
      "scf.for"(%6, %9, %5) ({
      ^bb0(%arg4: index):
        %10 = "arith.addi"(%arg3, %1) : (index, index) -> index
        %11 = "arith.cmpi"(%10, %4) {predicate = 5 : i64} : (index, index) -> i1
        %12 = "arith.muli"(%arg3, %1) : (index, index) -> index
        %13 = "arith.addi"(%12, %arg2) : (index, index) -> index
        %14 = "arith.addi"(%13, %0) : (index, index) -> index
        %15 = "arith.cmpi"(%14, %4) {predicate = 5 : i64} : (index, index) -> i1
        %16 = "arith.andi"(%11, %15) : (i1, i1) -> i1
        %17 = "arith.addi"(%arg4, %1) : (index, index) -> index
        %18 = "arith.cmpi"(%17, %4) {predicate = 5 : i64} : (index, index) -> i1
        %19 = "arith.andi"(%16, %18) : (i1, i1) -> i1
        %20 = "arith.muli"(%arg4, %1) : (index, index) -> index
        %21 = "arith.addi"(%20, %arg2) : (index, index) -> index
        %22 = "arith.addi"(%21, %0) : (index, index) -> index
        %23 = "arith.cmpi"(%22, %4) {predicate = 5 : i64} : (index, index) -> i1
        %24 = "arith.andi"(%19, %23) : (i1, i1) -> i1
        "scf.if"(%24) ({
          %25 = "memref.load"(%arg0, %arg3, %arg4) : (memref<?x?xf32>, index, index) -> f32
          "memref.store"(%25, %arg1, %arg3, %arg4) : (f32, memref<?x?xf32>, index, index) -> ()
          "scf.yield"() : () -> ()
        }, {
          "memref.store"(%3, %arg1, %arg3, %arg4) : (f32, memref<?x?xf32>, index, index) -> ()
          "scf.yield"() : () -> ()
        }) : (i1) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    "func.return"() : () -> ()
  }) {function_type = (memref<?x?xf32>, memref<?x?xf32>, index) -> (), sym_name = "clamp_copy"} : () -> ()
}) : () -> ()

