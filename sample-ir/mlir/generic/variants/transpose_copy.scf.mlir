"builtin.module"() ({
  "func.func"() ({
  ^bb0(%arg0: memref<16x32xf32, strided<[?, ?], offset: ?>>):
    %0 = "arith.constant"() {value = 0 : index} : () -> index
    %1 = "arith.constant"() {value = 16 : index} : () -> index
    %2 = "arith.constant"() {value = 1 : index} : () -> index
    %3 = "arith.constant"() {value = 32 : index} : () -> index
    %4 = "memref.alloc"() {alignment = 64 : i64, operand_segment_sizes = array<i32: 0, 0>} : () -> memref<32x16xf32>
    "scf.for"(%0, %1, %2) ({
    ^bb0(%arg1: index):
      "scf.for"(%0, %3, %2) ({
      ^bb0(%arg2: index):
        %5 = "memref.load"(%arg0, %arg1, %arg2) : (memref<16x32xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
        "memref.store"(%5, %4, %arg2, %arg1) : (f32, memref<32x16xf32>, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    "func.return"(%4) : (memref<32x16xf32>) -> ()
  }) {function_type = (memref<16x32xf32, strided<[?, ?], offset: ?>>) -> memref<32x16xf32>, sym_name = "transpose"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<64xf32, strided<[?], offset: ?>>):
    %0 = "arith.constant"() {value = 0 : index} : () -> index
    %1 = "arith.constant"() {value = 8 : index} : () -> index
    %2 = "arith.constant"() {value = 1 : index} : () -> index
    %3 = "arith.constant"() {value = 64 : index} : () -> index
    %4 = "memref.alloc"() {alignment = 64 : i64, operand_segment_sizes = array<i32: 0, 0>} : () -> memref<8x64xf32>
    "scf.for"(%0, %1, %2) ({
    ^bb0(%arg1: index):
      "scf.for"(%0, %3, %2) ({
      ^bb0(%arg2: index):
        %5 = "memref.load"(%arg0, %arg2) : (memref<64xf32, strided<[?], offset: ?>>, index) -> f32
        "memref.store"(%5, %4, %arg1, %arg2) : (f32, memref<8x64xf32>, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    "func.return"(%4) : (memref<8x64xf32>) -> ()
  }) {function_type = (memref<64xf32, strided<[?], offset: ?>>) -> memref<8x64xf32>, sym_name = "broadcast"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<128xf32>, %arg1: memref<128xf32>):
    %0 = "arith.constant"() {value = 0 : index} : () -> index
    %1 = "arith.constant"() {value = 128 : index} : () -> index
    %2 = "arith.constant"() {value = 1 : index} : () -> index
    "scf.for"(%0, %1, %2) ({
    ^bb0(%arg2: index):
      %3 = "memref.load"(%arg0, %arg2) : (memref<128xf32>, index) -> f32
      "memref.store"(%3, %arg1, %arg2) : (f32, memref<128xf32>, index) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    "func.return"() : () -> ()
  }) {function_type = (memref<128xf32>, memref<128xf32>) -> (), sym_name = "copy"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<256xf32, strided<[?], offset: ?>>, %arg1: memref<256xf32, strided<[?], offset: ?>>):
    %0 = "arith.constant"() {value = 0 : index} : () -> index
    %1 = "arith.constant"() {value = 256 : index} : () -> index
    %2 = "arith.constant"() {value = 1 : index} : () -> index
    %3 = "memref.alloc"() {alignment = 64 : i64, operand_segment_sizes = array<i32: 0, 0>} : () -> memref<256xf32>
    "scf.for"(%0, %1, %2) ({
    ^bb0(%arg2: index):
      %4 = "memref.load"(%arg0, %arg2) : (memref<256xf32, strided<[?], offset: ?>>, index) -> f32
      %5 = "memref.load"(%arg1, %arg2) : (memref<256xf32, strided<[?], offset: ?>>, index) -> f32
      %6 = "arith.addf"(%4, %5) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      "memref.store"(%6, %3, %arg2) : (f32, memref<256xf32>, index) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    "func.return"(%3) : (memref<256xf32>) -> ()
  }) {function_type = (memref<256xf32, strided<[?], offset: ?>>, memref<256xf32, strided<[?], offset: ?>>) -> memref<256xf32>, sym_name = "map_add"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<32x32xi64>):
    %0 = "arith.constant"() {value = 0 : index} : () -> index
    %1 = "arith.constant"() {value = 32 : index} : () -> index
    %2 = "arith.constant"() {value = 1 : index} : () -> index
    "scf.for"(%0, %1, %2) ({
    ^bb0(%arg1: index):
      "scf.for"(%0, %1, %2) ({
      ^bb0(%arg2: index):
        %3 = "arith.addi"(%arg1, %arg2) : (index, index) -> index
        %4 = "arith.index_cast"(%3) : (index) -> i64
        "memref.store"(%4, %arg0, %arg1, %arg2) : (i64, memref<32x32xi64>, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    "func.return"() : () -> ()
  }) {function_type = (memref<32x32xi64>) -> (), sym_name = "ramp"} : () -> ()
}) : () -> ()

