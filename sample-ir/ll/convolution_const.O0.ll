; ModuleID = 'opencl/convolution_const.cl'
source_filename = "opencl/convolution_const.cl"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: convergent noinline norecurse nounwind optnone uwtable
define dso_local spir_kernel void @convolution_const(ptr noundef align 4 %0, ptr noundef align 4 %1, i32 noundef %2, ptr noundef align 4 %3, i32 noundef %4, i32 noundef %5) #0 !kernel_arg_addr_space !6 !kernel_arg_access_qual !7 !kernel_arg_type !8 !kernel_arg_base_type !8 !kernel_arg_type_qual !9 {
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  %10 = alloca ptr, align 8
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca float, align 4
  %17 = alloca i32, align 4
  %18 = alloca i32, align 4
  %19 = alloca i32, align 4
  %20 = alloca i32, align 4
  store ptr %0, ptr %7, align 8
  store ptr %1, ptr %8, align 8
  store i32 %2, ptr %9, align 4
  store ptr %3, ptr %10, align 8
  store i32 %4, ptr %11, align 4
  store i32 %5, ptr %12, align 4
  %21 = call i64 @_Z13get_global_idj(i32 noundef 0) #3
  %22 = trunc i64 %21 to i32
  store i32 %22, ptr %13, align 4
  %23 = call i64 @_Z13get_global_idj(i32 noundef 1) #3
  %24 = trunc i64 %23 to i32
  store i32 %24, ptr %14, align 4
  %25 = load i32, ptr %13, align 4
  %26 = load i32, ptr %11, align 4
  %27 = icmp sge i32 %25, %26
  br i1 %27, label %32, label %28

28:                                               ; preds = %6
  %29 = load i32, ptr %14, align 4
  %30 = load i32, ptr %12, align 4
  %31 = icmp sge i32 %29, %30
  br i1 %31, label %32, label %33

32:                                               ; preds = %28, %6
  br label %104

33:                                               ; preds = %28
  %34 = load i32, ptr %9, align 4
  %35 = mul nsw i32 2, %34
  %36 = add nsw i32 %35, 1
  store i32 %36, ptr %15, align 4
  store float 0.000000e+00, ptr %16, align 4
  %37 = load i32, ptr %9, align 4
  %38 = sub nsw i32 0, %37
  store i32 %38, ptr %17, align 4
  br label %39

39:                                               ; preds = %91, %33
  %40 = load i32, ptr %17, align 4
  %41 = load i32, ptr %9, align 4
  %42 = icmp sle i32 %40, %41
  br i1 %42, label %43, label %94

43:                                               ; preds = %39
  %44 = load i32, ptr %14, align 4
  %45 = load i32, ptr %17, align 4
  %46 = add nsw i32 %44, %45
  %47 = load i32, ptr %12, align 4
  %48 = sub nsw i32 %47, 1
  %49 = call i32 @_Z5clampiii(i32 noundef %46, i32 noundef 0, i32 noundef %48) #3
  store i32 %49, ptr %18, align 4
  %50 = load i32, ptr %9, align 4
  %51 = sub nsw i32 0, %50
  store i32 %51, ptr %19, align 4
  br label %52

52:                                               ; preds = %87, %43
  %53 = load i32, ptr %19, align 4
  %54 = load i32, ptr %9, align 4
  %55 = icmp sle i32 %53, %54
  br i1 %55, label %56, label %90

56:                                               ; preds = %52
  %57 = load i32, ptr %13, align 4
  %58 = load i32, ptr %19, align 4
  %59 = add nsw i32 %57, %58
  %60 = load i32, ptr %11, align 4
  %61 = sub nsw i32 %60, 1
  %62 = call i32 @_Z5clampiii(i32 noundef %59, i32 noundef 0, i32 noundef %61) #3
  store i32 %62, ptr %20, align 4
  %63 = load ptr, ptr %8, align 8
  %64 = load i32, ptr %17, align 4
  %65 = load i32, ptr %9, align 4
  %66 = add nsw i32 %64, %65
  %67 = load i32, ptr %15, align 4
  %68 = mul nsw i32 %66, %67
  %69 = load i32, ptr %19, align 4
  %70 = load i32, ptr %9, align 4
  %71 = add nsw i32 %69, %70
  %72 = add nsw i32 %68, %71
  %73 = sext i32 %72 to i64
  %74 = getelementptr inbounds float, ptr %63, i64 %73
  %75 = load float, ptr %74, align 4
  %76 = load ptr, ptr %7, align 8
  %77 = load i32, ptr %18, align 4
  %78 = load i32, ptr %11, align 4
  %79 = mul nsw i32 %77, %78
  %80 = load i32, ptr %20, align 4
  %81 = add nsw i32 %79, %80
  %82 = sext i32 %81 to i64
  %83 = getelementptr inbounds float, ptr %76, i64 %82
  %84 = load float, ptr %83, align 4
  %85 = load float, ptr %16, align 4
  %86 = call float @llvm.fmuladd.f32(float %75, float %84, float %85)
  store float %86, ptr %16, align 4
  br label %87

87:                                               ; preds = %56
  %88 = load i32, ptr %19, align 4
  %89 = add nsw i32 %88, 1
  store i32 %89, ptr %19, align 4
  br label %52

90:                                               ; preds = %52
  br label %91

91:                                               ; preds = %90
  %92 = load i32, ptr %17, align 4
  %93 = add nsw i32 %92, 1
  store i32 %93, ptr %17, align 4
  br label %39

94:                                               ; preds = %39
  %95 = load float, ptr %16, align 4
  %96 = load ptr, ptr %10, align 8
  %97 = load i32, ptr %14, align 4
  %98 = load i32, ptr %11, align 4
  %99 = mul nsw i32 %97, %98
  %100 = load i32, ptr %13, align 4
  %101 = add nsw i32 %99, %100
  %102 = sext i32 %101 to i64
  %103 = getelementptr inbounds float, ptr %96, i64 %102
  store float %95, ptr %103, align 4
  br label %104

104:                                              ; preds = %94, %32
  ret void
}

; Function Attrs: convergent nounwind willreturn memory(none)
declare i64 @_Z13get_global_idj(i32 noundef) #1

; Function Attrs: convergent nounwind willreturn memory(none)
declare i32 @_Z5clampiii(i32 noundef, i32 noundef, i32 noundef) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #2

attributes #0 = { convergent noinline norecurse nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" "uniform-work-group-size"="false" }
attributes #1 = { convergent nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { convergent nounwind willreturn memory(none) }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!opencl.ocl.version = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{i32 2, i32 0}
!6 = !{i32 1, i32 2, i32 0, i32 1, i32 0, i32 0}
!7 = !{!"none", !"none", !"none", !"none", !"none", !"none"}
!8 = !{!"float*", !"float*", !"int", !"float*", !"int", !"int"}
!9 = !{!"const", !"const", !"", !"", !"", !""}
