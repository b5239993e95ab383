module attributes {llvm.data_layout = ""} {
  llvm.func @free(!llvm.ptr<i8>)
  llvm.func @memrefCopy(i64, !llvm.ptr<struct<(i64, ptr<i8>)>>, !llvm.ptr<struct<(i64, ptr<i8>)>>)
  llvm.func @malloc(i64) -> !llvm.ptr<i8>
  llvm.mlir.global private constant @coeffs(dense<[1.000000e-01, 2.000000e-01, 3.000000e-01, 4.000000e-01]> : tensor<4xf32>) {addr_space = 0 : i32} : !llvm.array<4 x f32>
  llvm.mlir.global external @scratch() {addr_space = 0 : i32} : !llvm.array<16 x array<16 x f32>> {
    %0 = llvm.mlir.undef : !llvm.array<16 x array<16 x f32>>
    llvm.return %0 : !llvm.array<16 x array<16 x f32>>
  }
  llvm.func @weighted(%arg0: !llvm.ptr<f32>, %arg1: !llvm.ptr<f32>, %arg2: i64, %arg3: i64, %arg4: i64) -> f32 {
    %0 = llvm.mlir.constant(0 : index) : i64
    %1 = llvm.mlir.constant(1 : index) : i64
    %2 = llvm.mlir.constant(4 : index) : i64
    %3 = llvm.mlir.constant(0.000000e+00 : f32) : f32
    %4 = llvm.mlir.addressof @coeffs : !llvm.ptr<array<4 x f32>>
    %5 = llvm.getelementptr %4[0, 0] : (!llvm.ptr<array<4 x f32>>) -> !llvm.ptr<f32>
    llvm.br ^bb1(%0, %3 : i64, f32)
  ^bb1(%6: i64, %7: f32):  // 2 preds: ^bb0, ^bb2
    %8 = llvm.icmp "slt" %6, %2 : i64
    llvm.cond_br %8, ^bb2, ^bb3
  ^bb2:  // pred: ^bb1
    %9 = llvm.getelementptr %arg1[%6] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %10 = llvm.load %9 : !llvm.ptr<f32>
    %11 = llvm.getelementptr %5[%6] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %12 = llvm.load %11 : !llvm.ptr<f32>
    %13 = llvm.fmul %10, %12  : f32
    %14 = llvm.fadd %7, %13  : f32
    %15 = llvm.add %6, %1  : i64
    llvm.br ^bb1(%15, %14 : i64, f32)
  ^bb3:  // pred: ^bb1
    llvm.return %7 : f32
  }
  llvm.func @views(%arg0: i64) -> !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)> {
    %0 = llvm.mlir.constant(4 : index) : i64
    %1 = llvm.mlir.constant(2 : i64) : i64
    %2 = llvm.mlir.constant(68 : index) : i64
    %3 = llvm.mlir.constant(3735928559 : index) : i64
    %4 = llvm.mlir.constant(16 : index) : i64
    %5 = llvm.mlir.constant(8 : index) : i64
    %6 = llvm.mlir.constant(0 : index) : i64
    %7 = llvm.mlir.constant(64 : index) : i64
    %8 = llvm.mlir.constant(2 : index) : i64
    %9 = llvm.mlir.constant(1 : index) : i64
    %10 = llvm.mul %arg0, %arg0  : i64
    %11 = llvm.mlir.null : !llvm.ptr<f32>
    %12 = llvm.getelementptr %11[%10] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %13 = llvm.ptrtoint %12 : !llvm.ptr<f32> to i64
    %14 = llvm.add %13, %7  : i64
    %15 = llvm.call @malloc(%14) : (i64) -> !llvm.ptr<i8>
    %16 = llvm.bitcast %15 : !llvm.ptr<i8> to !llvm.ptr<f32>
    %17 = llvm.ptrtoint %16 : !llvm.ptr<f32> to i64
    %18 = llvm.sub %7, %9  : i64
    %19 = llvm.add %17, %18  : i64
    %20 = llvm.urem %19, %7  : i64
    %21 = llvm.sub %19, %20  : i64
    %22 = llvm.inttoptr %21 : i64 to !llvm.ptr<f32>
    %23 = llvm.mlir.null : !llvm.ptr<f32>
    %24 = llvm.getelementptr %23[64] : (!llvm.ptr<f32>) -> !llvm.ptr<f32>
    %25 = llvm.ptrtoint %24 : !llvm.ptr<f32> to i64
    %26 = llvm.alloca %25 x f32 : (i64) -> !llvm.ptr<f32>
    %27 = llvm.mlir.undef : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>
    %28 = llvm.insertvalue %26, %27[0] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)> 
    %29 = llvm.insertvalue %26, %28[1] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)> 
    %30 = llvm.insertvalue %6, %29[2] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)> 
    %31 = llvm.insertvalue %5, %30[3, 0] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)> 
    %32 = llvm.insertvalue %5, %31[3, 1] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)> 
    %33 = llvm.insertvalue %5, %32[4, 0] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)> 
    %34 = llvm.insertvalue %9, %33[4, 1] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)> 
    %35 = llvm.mlir.addressof @scratch : !llvm.ptr<array<16 x array<16 x f32>>>
    %36 = llvm.getelementptr %35[0, 0, 0] : (!llvm.ptr<array<16 x array<16 x f32>>>) -> !llvm.ptr<f32>
    %37 = llvm.inttoptr %3 : i64 to !llvm.ptr<f32>
    %38 = llvm.mlir.undef : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>
    %39 = llvm.insertvalue %37, %38[0] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)> 
    %40 = llvm.insertvalue %36, %39[1] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)> 
    %41 = llvm.insertvalue %2, %40[2] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)> 
    %42 = llvm.insertvalue %5, %41[3, 0] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)> 
    %43 = llvm.insertvalue %4, %42[4, 0] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)> 
    %44 = llvm.insertvalue %5, %43[3, 1] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)> 
    %45 = llvm.insertvalue %9, %44[4, 1] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)> 
    %46 = llvm.intr.stacksave : !llvm.ptr<i8>
    %47 = llvm.alloca %9 x !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)> : (i64) -> !llvm.ptr<struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>>
    llvm.store %45, %47 : !llvm.ptr<struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>>
    %48 = llvm.bitcast %47 : !llvm.ptr<struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>> to !llvm.ptr<i8>
    %49 = llvm.mlir.undef : !llvm.struct<(i64, ptr<i8>)>
    %50 = llvm.insertvalue %1, %49[0] : !llvm.struct<(i64, ptr<i8>)> 
    %51 = llvm.insertvalue %48, %50[1] : !llvm.struct<(i64, ptr<i8>)> 
    %52 = llvm.alloca %9 x !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)> : (i64) -> !llvm.ptr<struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>>
    llvm.store %34, %52 : !llvm.ptr<struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>>
    %53 = llvm.bitcast %52 : !llvm.ptr<struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>> to !llvm.ptr<i8>
    %54 = llvm.mlir.undef : !llvm.struct<(i64, ptr<i8>)>
    %55 = llvm.insertvalue %1, %54[0] : !llvm.struct<(i64, ptr<i8>)> 
    %56 = llvm.insertvalue %53, %55[1] : !llvm.struct<(i64, ptr<i8>)> 
    %57 = llvm.alloca %9 x !llvm.struct<(i64, ptr<i8>)> : (i64) -> !llvm.ptr<struct<(i64, ptr<i8>)>>
    llvm.store %51, %57 : !llvm.ptr<struct<(i64, ptr<i8>)>>
    %58 = llvm.alloca %9 x !llvm.struct<(i64, ptr<i8>)> : (i64) -> !llvm.ptr<struct<(i64, ptr<i8>)>>
    llvm.store %56, %58 : !llvm.ptr<struct<(i64, ptr<i8>)>>
    llvm.call @memrefCopy(%0, %57, %58) : (i64, !llvm.ptr<struct<(i64, ptr<i8>)>>, !llvm.ptr<struct<(i64, ptr<i8>)>>) -> ()
    llvm.intr.stackrestore %46
    %59 = llvm.mul %arg0, %8  : i64
    %60 = llvm.add %59, %8  : i64
    %61 = llvm.mlir.undef : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>
    %62 = llvm.insertvalue %16, %61[0] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)> 
    %63 = llvm.insertvalue %22, %62[1] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)> 
    %64 = llvm.insertvalue %60, %63[2] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)> 
    %65 = llvm.insertvalue %8, %64[3, 0] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)> 
    %66 = llvm.insertvalue %arg0, %65[4, 0] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)> 
    %67 = llvm.insertvalue %8, %66[3, 1] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)> 
    %68 = llvm.insertvalue %9, %67[4, 1] : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)> 
    llvm.call @free(%15) : (!llvm.ptr<i8>) -> ()
    llvm.return %68 : !llvm.struct<(ptr<f32>, ptr<f32>, i64, array<2 x i64>, array<2 x i64>)>
  }
  llvm.func @atomic_add(%arg0: !llvm.ptr<f32>, %arg1: !llvm.ptr<f32>, %arg2: i64, %arg3: i64, %arg4: i64, %arg5: i64, %arg6: f32) -> f32 {
    %0 = llvm.getelementptr %arg1[%arg5] : (!llvm.ptr<f32>, i64) -> !llvm.ptr<f32>
    %1 = llvm.atomicrmw fadd %0, %arg6 acq_rel  : f32
    %2 = llvm.intr.stacksave : !llvm.ptr<i8>
    llvm.br ^bb1
  ^bb1:  // pred: ^bb0
    %3 = llvm.mlir.null : !llvm.ptr<f32>
    %4 = llvm.getelementptr %3[4] : (!llvm.ptr<f32>) -> !llvm.ptr<f32>
    %5 = llvm.ptrtoint %4 : !llvm.ptr<f32> to i64
    %6 = llvm.alloca %5 x f32 : (i64) -> !llvm.ptr<f32>
    llvm.store %arg6, %6 : !llvm.ptr<f32>
    llvm.intr.stackrestore %2
    llvm.br ^bb2
  ^bb2:  // pred: ^bb1
    llvm.return %1 : f32
  }
}

