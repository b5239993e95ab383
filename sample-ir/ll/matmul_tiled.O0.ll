; ModuleID = 'opencl/matmul_tiled.cl'
source_filename = "opencl/matmul_tiled.cl"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@matmul_tiled.As = internal global [16 x [16 x float]] undef, align 16
@matmul_tiled.Bs = internal global [16 x [16 x float]] undef, align 16

; Function Attrs: convergent noinline norecurse nounwind optnone uwtable
define dso_local spir_kernel void @matmul_tiled(ptr noundef align 4 %0, ptr noundef align 4 %1, ptr noundef align 4 %2, i32 noundef %3) #0 !kernel_arg_addr_space !6 !kernel_arg_access_qual !7 !kernel_arg_type !8 !kernel_arg_base_type !8 !kernel_arg_type_qual !9 {
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca float, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  store ptr %0, ptr %5, align 8
  store ptr %1, ptr %6, align 8
  store ptr %2, ptr %7, align 8
  store i32 %3, ptr %8, align 4
  %18 = call i64 @_Z13get_global_idj(i32 noundef 1) #4
  %19 = trunc i64 %18 to i32
  store i32 %19, ptr %9, align 4
  %20 = call i64 @_Z13get_global_idj(i32 noundef 0) #4
  %21 = trunc i64 %20 to i32
  store i32 %21, ptr %10, align 4
  %22 = call i64 @_Z12get_local_idj(i32 noundef 1) #4
  %23 = trunc i64 %22 to i32
  store i32 %23, ptr %11, align 4
  %24 = call i64 @_Z12get_local_idj(i32 noundef 0) #4
  %25 = trunc i64 %24 to i32
  store i32 %25, ptr %12, align 4
  store float 0.000000e+00, ptr %13, align 4
  store i32 0, ptr %14, align 4
  br label %26

26:                                               ; preds = %118, %4
  %27 = load i32, ptr %14, align 4
  %28 = load i32, ptr %8, align 4
  %29 = add nsw i32 %28, 16
  %30 = sub nsw i32 %29, 1
  %31 = sdiv i32 %30, 16
  %32 = icmp slt i32 %27, %31
  br i1 %32, label %33, label %121

33:                                               ; preds = %26
  %34 = load i32, ptr %14, align 4
  %35 = mul nsw i32 %34, 16
  %36 = load i32, ptr %12, align 4
  %37 = add nsw i32 %35, %36
  store i32 %37, ptr %15, align 4
  %38 = load i32, ptr %14, align 4
  %39 = mul nsw i32 %38, 16
  %40 = load i32, ptr %11, align 4
  %41 = add nsw i32 %39, %40
  store i32 %41, ptr %16, align 4
  %42 = load i32, ptr %9, align 4
  %43 = load i32, ptr %8, align 4
  %44 = icmp slt i32 %42, %43
  br i1 %44, label %45, label %59

45:                                               ; preds = %33
  %46 = load i32, ptr %15, align 4
  %47 = load i32, ptr %8, align 4
  %48 = icmp slt i32 %46, %47
  br i1 %48, label %49, label %59

49:                                               ; preds = %45
  %50 = load ptr, ptr %5, align 8
  %51 = load i32, ptr %9, align 4
  %52 = load i32, ptr %8, align 4
  %53 = mul nsw i32 %51, %52
  %54 = load i32, ptr %15, align 4
  %55 = add nsw i32 %53, %54
  %56 = sext i32 %55 to i64
  %57 = getelementptr inbounds float, ptr %50, i64 %56
  %58 = load float, ptr %57, align 4
  br label %60

59:                                               ; preds = %45, %33
  br label %60

60:                                               ; preds = %59, %49
  %61 = phi float [ %58, %49 ], [ 0.000000e+00, %59 ]
  %62 = load i32, ptr %11, align 4
  %63 = sext i32 %62 to i64
  %64 = getelementptr inbounds [16 x [16 x float]], ptr @matmul_tiled.As, i64 0, i64 %63
  %65 = load i32, ptr %12, align 4
  %66 = sext i32 %65 to i64
  %67 = getelementptr inbounds [16 x float], ptr %64, i64 0, i64 %66
  store float %61, ptr %67, align 4
  %68 = load i32, ptr %16, align 4
  %69 = load i32, ptr %8, align 4
  %70 = icmp slt i32 %68, %69
  br i1 %70, label %71, label %85

71:                                               ; preds = %60
  %72 = load i32, ptr %10, align 4
  %73 = load i32, ptr %8, align 4
  %74 = icmp slt i32 %72, %73
  br i1 %74, label %75, label %85

75:                                               ; preds = %71
  %76 = load ptr, ptr %6, align 8
  %77 = load i32, ptr %16, align 4
  %78 = load i32, ptr %8, align 4
  %79 = mul nsw i32 %77, %78
  %80 = load i32, ptr %10, align 4
  %81 = add nsw i32 %79, %80
  %82 = sext i32 %81 to i64
  %83 = getelementptr inbounds float, ptr %76, i64 %82
  %84 = load float, ptr %83, align 4
  br label %86

85:                                               ; preds = %71, %60
  br label %86

86:                                               ; preds = %85, %75
  %87 = phi float [ %84, %75 ], [ 0.000000e+00, %85 ]
  %88 = load i32, ptr %11, align 4
  %89 = sext i32 %88 to i64
  %90 = getelementptr inbounds [16 x [16 x float]], ptr @matmul_tiled.Bs, i64 0, i64 %89
  %91 = load i32, ptr %12, align 4
  %92 = sext i32 %91 to i64
  %93 = getelementptr inbounds [16 x float], ptr %90, i64 0, i64 %92
  store float %87, ptr %93, align 4
  call void @_Z7barrierj(i32 noundef 1) #5
  store i32 0, ptr %17, align 4
  br label %94

94:                                               ; preds = %114, %86
  %95 = load i32, ptr %17, align 4
  %96 = icmp slt i32 %95, 16
  br i1 %96, label %97, label %117

97:                                               ; preds = %94
  %98 = load i32, ptr %11, align 4
  %99 = sext i32 %98 to i64
  %100 = getelementptr inbounds [16 x [16 x float]], ptr @matmul_tiled.As, i64 0, i64 %99
  %101 = load i32, ptr %17, align 4
  %102 = sext i32 %101 to i64
  %103 = getelementptr inbounds [16 x float], ptr %100, i64 0, i64 %102
  %104 = load float, ptr %103, align 4
  %105 = load i32, ptr %17, align 4
  %106 = sext i32 %105 to i64
  %107 = getelementptr inbounds [16 x [16 x float]], ptr @matmul_tiled.Bs, i64 0, i64 %106
  %108 = load i32, ptr %12, align 4
  %109 = sext i32 %108 to i64
  %110 = getelementptr inbounds [16 x float], ptr %107, i64 0, i64 %109
  %111 = load float, ptr %110, align 4
  %112 = load float, ptr %13, align 4
  %113 = call float @llvm.fmuladd.f32(float %104, float %111, float %112)
  store float %113, ptr %13, align 4
  br label %114

114:                                              ; preds = %97
  %115 = load i32, ptr %17, align 4
  %116 = add nsw i32 %115, 1
  store i32 %116, ptr %17, align 4
  br label %94

117:                                              ; preds = %94
  call void @_Z7barrierj(i32 noundef 1) #5
  br label %118

118:                                              ; preds = %117
  %119 = load i32, ptr %14, align 4
  %120 = add nsw i32 %119, 1
  store i32 %120, ptr %14, align 4
  br label %26

121:                                              ; preds = %26
  %122 = load i32, ptr %9, align 4
  %123 = load i32, ptr %8, align 4
  %124 = icmp slt i32 %122, %123
  br i1 %124, label %125, label %139

125:                                              ; preds = %121
  %126 = load i32, ptr %10, align 4
  %127 = load i32, ptr %8, align 4
  %128 = icmp slt i32 %126, %127
  br i1 %128, label %129, label %139

129:                                              ; preds = %125
  %130 = load float, ptr %13, align 4
  %131 = load ptr, ptr %7, align 8
  %132 = load i32, ptr %9, align 4
  %133 = load i32, ptr %8, align 4
  %134 = mul nsw i32 %132, %133
  %135 = load i32, ptr %10, align 4
  %136 = add nsw i32 %134, %135
  %137 = sext i32 %136 to i64
  %138 = getelementptr inbounds float, ptr %131, i64 %137
  store float %130, ptr %138, align 4
  br label %139

139:                                              ; preds = %129, %125, %121
  ret void
}

; Function Attrs: convergent nounwind willreturn memory(none)
declare i64 @_Z13get_global_idj(i32 noundef) #1

; Function Attrs: convergent nounwind willreturn memory(none)
declare i64 @_Z12get_local_idj(i32 noundef) #1

; Function Attrs: convergent nounwind
declare void @_Z7barrierj(i32 noundef) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #3

attributes #0 = { convergent noinline norecurse nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" "uniform-work-group-size"="false" }
attributes #1 = { convergent nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { convergent nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { convergent nounwind willreturn memory(none) }
attributes #5 = { convergent nounwind }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!opencl.ocl.version = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{i32 2, i32 0}
!6 = !{i32 1, i32 1, i32 1, i32 0}
!7 = !{!"none", !"none", !"none", !"none"}
!8 = !{!"float*", !"float*", !"float*", !"int"}
!9 = !{!"const", !"const", !"", !""}
