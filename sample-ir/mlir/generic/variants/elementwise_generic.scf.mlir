"builtin.module"() ({
  "func.func"() ({
  ^bb0(%arg0: f32, %arg1: memref<1024xf32, strided<[?], offset: ?>>, %arg2: memref<1024xf32, strided<[?], offset: ?>>):
    %0 = "arith.constant"() {value = 0 : index} : () -> index
    %1 = "arith.constant"() {value = 1024 : index} : () -> index
    %2 = "arith.constant"() {value = 1 : index} : () -> index
    %3 = "memref.alloc"() {alignment = 64 : i64, operand_segment_sizes = array<i32: 0, 0>} : () -> memref<1024xf32>
    "scf.for"(%0, %1, %2) ({
    ^bb0(%arg3: index):
      %4 = "memref.load"(%arg1, %arg3) : (memref<1024xf32, strided<[?], offset: ?>>, index) -> f32
      %5 = "memref.load"(%arg2, %arg3) : (memref<1024xf32, strided<[?], offset: ?>>, index) -> f32
      %6 = "arith.mulf"(%arg0, %4) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      %7 = "arith.addf"(%6, %5) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
      "memref.store"(%7, %3, %arg3) : (f32, memref<1024xf32>, index) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    "func.return"(%3) : (memref<1024xf32>) -> ()
  }) {function_type = (f32, memref<1024xf32, strided<[?], offset: ?>>, memref<1024xf32, strided<[?], offset: ?>>) -> memref<1024xf32>, sym_name = "saxpy"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<256x64xf32>, %arg1: memref<256x64xf32>):
    %0 = "arith.constant"() {value = 0 : index} : () -> index
    %1 = "arith.constant"() {value = 256 : index} : () -> index
    %2 = "arith.constant"() {value = 1 : index} : () -> index
    %3 = "arith.constant"() {value = 64 : index} : () -> index
    %4 = "arith.constant"() {value = 5.000000e-01 : f32} : () -> f32
    %5 = "arith.constant"() {value = 1.000000e+00 : f32} : () -> f32
    "scf.for"(%0, %1, %2) ({
    ^bb0(%arg2: index):
      "scf.for"(%0, %3, %2) ({
      ^bb0(%arg3: index):
        %6 = "memref.load"(%arg0, %arg2, %arg3) : (memref<256x64xf32>, index, index) -> f32
        %7 = "math.tanh"(%6) {fastmath = #arith.fastmath<none>} : (f32) -> f32
        %8 = "arith.addf"(%7, %5) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        %9 = "arith.mulf"(%6, %4) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        %10 = "arith.mulf"(%9, %8) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        "memref.store"(%10, %arg1, %arg2, %arg3) : (f32, memref<256x64xf32>, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    "func.return"() : () -> ()
  }) {function_type = (memref<256x64xf32>, memref<256x64xf32>) -> (), sym_name = "gelu_like"} : () -> ()
  "func.func"() ({
  ^bb0(%arg0: memref<128x64xf32, strided<[?, ?], offset: ?>>, %arg1: memref<64xf32, strided<[?], offset: ?>>):
    %0 = "arith.constant"() {value = 0 : index} : () -> index
    %1 = "arith.constant"() {value = 128 : index} : () -> index
    %2 = "arith.constant"() {value = 1 : index} : () -> index
    %3 = "arith.constant"() {value = 64 : index} : () -> index
    %4 = "memref.alloc"() {alignment = 64 : i64, operand_segment_sizes = array<i32: 0, 0>} : () -> memref<128x64xf32>
    "scf.for"(%0, %1, %2) ({
    ^bb0(%arg2: index):
      "scf.for"(%0, %3, %2) ({
      ^bb0(%arg3: index):
        %5 = "memref.load"(%arg0, %arg2, %arg3) : (memref<128x64xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
        %6 = "memref.load"(%arg1, %arg3) : (memref<64xf32, strided<[?], offset: ?>>, index) -> f32
        %7 = "arith.addf"(%5, %6) {fastmath = #arith.fastmath<none>} : (f32, f32) -> f32
        "memref.store"(%7, %4, %arg2, %arg3) : (f32, memref<128x64xf32>, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    "func.return"(%4) : (memref<128x64xf32>) -> ()
  }) {function_type = (memref<128x64xf32, strided<[?, ?], offset: ?>>, memref<64xf32, strided<[?], offset: ?>>) -> memref<128x64xf32>, sym_name = "bias_add"} : () -> ()
}) : () -> ()

