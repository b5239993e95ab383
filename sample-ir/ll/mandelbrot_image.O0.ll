; ModuleID = 'opencl/mandelbrot_image.cl'
source_filename = "opencl/mandelbrot_image.cl"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: convergent noinline norecurse nounwind optnone uwtable
define dso_local spir_kernel void @mandelbrot_image(ptr noundef align 1 %0, i32 noundef %1, i32 noundef %2, float noundef %3, float noundef %4, float noundef %5, i32 noundef %6) #0 !kernel_arg_addr_space !6 !kernel_arg_access_qual !7 !kernel_arg_type !8 !kernel_arg_base_type !8 !kernel_arg_type_qual !9 {
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca float, align 4
  %12 = alloca float, align 4
  %13 = alloca float, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  store ptr %0, ptr %8, align 8
  store i32 %1, ptr %9, align 4
  store i32 %2, ptr %10, align 4
  store float %3, ptr %11, align 4
  store float %4, ptr %12, align 4
  store float %5, ptr %13, align 4
  store i32 %6, ptr %14, align 4
  %18 = call i64 @_Z13get_global_idj(i32 noundef 0) #4
  %19 = trunc i64 %18 to i32
  store i32 %19, ptr %15, align 4
  %20 = call i64 @_Z13get_global_idj(i32 noundef 1) #4
  %21 = trunc i64 %20 to i32
  store i32 %21, ptr %16, align 4
  %22 = load i32, ptr %15, align 4
  %23 = load i32, ptr %9, align 4
  %24 = icmp sge i32 %22, %23
  br i1 %24, label %29, label %25

25:                                               ; preds = %7
  %26 = load i32, ptr %16, align 4
  %27 = load i32, ptr %10, align 4
  %28 = icmp sge i32 %26, %27
  br i1 %28, label %29, label %30

29:                                               ; preds = %25, %7
  br label %66

30:                                               ; preds = %25
  %31 = load float, ptr %11, align 4
  %32 = load i32, ptr %15, align 4
  %33 = sitofp i32 %32 to float
  %34 = load float, ptr %13, align 4
  %35 = call float @llvm.fmuladd.f32(float %33, float %34, float %31)
  %36 = load float, ptr %12, align 4
  %37 = load i32, ptr %16, align 4
  %38 = sitofp i32 %37 to float
  %39 = load float, ptr %13, align 4
  %40 = call float @llvm.fmuladd.f32(float %38, float %39, float %36)
  %41 = load i32, ptr %14, align 4
  %42 = call i32 @escape_time(float noundef %35, float noundef %40, i32 noundef %41) #5
  store i32 %42, ptr %17, align 4
  %43 = load i32, ptr %17, align 4
  %44 = load i32, ptr %14, align 4
  %45 = icmp eq i32 %43, %44
  br i1 %45, label %46, label %47

46:                                               ; preds = %30
  br label %55

47:                                               ; preds = %30
  %48 = load i32, ptr %17, align 4
  %49 = mul nsw i32 %48, 255
  %50 = load i32, ptr %14, align 4
  %51 = sdiv i32 %49, %50
  %52 = sub nsw i32 255, %51
  %53 = trunc i32 %52 to i8
  %54 = zext i8 %53 to i32
  br label %55

55:                                               ; preds = %47, %46
  %56 = phi i32 [ 0, %46 ], [ %54, %47 ]
  %57 = trunc i32 %56 to i8
  %58 = load ptr, ptr %8, align 8
  %59 = load i32, ptr %16, align 4
  %60 = load i32, ptr %9, align 4
  %61 = mul nsw i32 %59, %60
  %62 = load i32, ptr %15, align 4
  %63 = add nsw i32 %61, %62
  %64 = sext i32 %63 to i64
  %65 = getelementptr inbounds i8, ptr %58, i64 %64
  store i8 %57, ptr %65, align 1
  br label %66

66:                                               ; preds = %55, %29
  ret void
}

; Function Attrs: convergent nounwind willreturn memory(none)
declare i64 @_Z13get_global_idj(i32 noundef) #1

; Function Attrs: convergent noinline norecurse nounwind optnone uwtable
define internal i32 @escape_time(float noundef %0, float noundef %1, i32 noundef %2) #2 {
  %4 = alloca float, align 4
  %5 = alloca float, align 4
  %6 = alloca i32, align 4
  %7 = alloca float, align 4
  %8 = alloca float, align 4
  %9 = alloca i32, align 4
  %10 = alloca float, align 4
  store float %0, ptr %4, align 4
  store float %1, ptr %5, align 4
  store i32 %2, ptr %6, align 4
  store float 0.000000e+00, ptr %7, align 4
  store float 0.000000e+00, ptr %8, align 4
  store i32 0, ptr %9, align 4
  br label %11

11:                                               ; preds = %25, %3
  %12 = load i32, ptr %9, align 4
  %13 = load i32, ptr %6, align 4
  %14 = icmp slt i32 %12, %13
  br i1 %14, label %15, label %23

15:                                               ; preds = %11
  %16 = load float, ptr %7, align 4
  %17 = load float, ptr %7, align 4
  %18 = load float, ptr %8, align 4
  %19 = load float, ptr %8, align 4
  %20 = fmul float %18, %19
  %21 = call float @llvm.fmuladd.f32(float %16, float %17, float %20)
  %22 = fcmp ole float %21, 4.000000e+00
  br label %23

23:                                               ; preds = %15, %11
  %24 = phi i1 [ false, %11 ], [ %22, %15 ]
  br i1 %24, label %25, label %43

25:                                               ; preds = %23
  %26 = load float, ptr %7, align 4
  %27 = load float, ptr %7, align 4
  %28 = load float, ptr %8, align 4
  %29 = load float, ptr %8, align 4
  %30 = fmul float %28, %29
  %31 = fneg float %30
  %32 = call float @llvm.fmuladd.f32(float %26, float %27, float %31)
  %33 = load float, ptr %4, align 4
  %34 = fadd float %32, %33
  store float %34, ptr %10, align 4
  %35 = load float, ptr %7, align 4
  %36 = fmul float 2.000000e+00, %35
  %37 = load float, ptr %8, align 4
  %38 = load float, ptr %5, align 4
  %39 = call float @llvm.fmuladd.f32(float %36, float %37, float %38)
  store float %39, ptr %8, align 4
  %40 = load float, ptr %10, align 4
  store float %40, ptr %7, align 4
  %41 = load i32, ptr %9, align 4
  %42 = add nsw i32 %41, 1
  store i32 %42, ptr %9, align 4
  br label %11

43:                                               ; preds = %23
  %44 = load i32, ptr %9, align 4
  ret i32 %44
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #3

attributes #0 = { convergent noinline norecurse nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" "uniform-work-group-size"="false" }
attributes #1 = { convergent nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { convergent noinline norecurse nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
!6 = !{i32 1, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0}
!7 = !{!"none", !"none", !"none", !"none", !"none", !"none", !"none"}
!8 = !{!"uchar*", !"int", !"int", !"float", !"float", !"float", !"int"}
!9 = !{!"", !"", !"", !"", !"", !"", !""}
