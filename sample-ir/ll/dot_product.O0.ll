; ModuleID = 'c/dot_product.c'
source_filename = "c/dot_product.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@x = internal global [10000 x float] zeroinitializer, align 16
@y = internal global [10000 x float] zeroinitializer, align 16
@.str = private unnamed_addr constant [60 x i8] c"dot_product n=%d dot=%.4f reference=%.4f relative error=%g\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca float, align 4
  %4 = alloca double, align 8
  %5 = alloca double, align 8
  store i32 0, ptr %1, align 4
  store i32 0, ptr %2, align 4
  br label %6

6:                                                ; preds = %25, %0
  %7 = load i32, ptr %2, align 4
  %8 = icmp slt i32 %7, 10000
  br i1 %8, label %9, label %28

9:                                                ; preds = %6
  %10 = load i32, ptr %2, align 4
  %11 = srem i32 %10, 10
  %12 = sitofp i32 %11 to float
  %13 = fmul float %12, 0x3FB99999A0000000
  %14 = load i32, ptr %2, align 4
  %15 = sext i32 %14 to i64
  %16 = getelementptr inbounds [10000 x float], ptr @x, i64 0, i64 %15
  store float %13, ptr %16, align 4
  %17 = load i32, ptr %2, align 4
  %18 = srem i32 %17, 7
  %19 = sitofp i32 %18 to float
  %20 = fneg float %19
  %21 = call float @llvm.fmuladd.f32(float %20, float 0x3FA99999A0000000, float 1.000000e+00)
  %22 = load i32, ptr %2, align 4
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds [10000 x float], ptr @y, i64 0, i64 %23
  store float %21, ptr %24, align 4
  br label %25

25:                                               ; preds = %9
  %26 = load i32, ptr %2, align 4
  %27 = add nsw i32 %26, 1
  store i32 %27, ptr %2, align 4
  br label %6, !llvm.loop !5

28:                                               ; preds = %6
  %29 = call float @dot4(ptr noundef @x, ptr noundef @y, i32 noundef 9997)
  store float %29, ptr %3, align 4
  %30 = call double @dot_reference(ptr noundef @x, ptr noundef @y, i32 noundef 9997)
  store double %30, ptr %4, align 8
  %31 = load float, ptr %3, align 4
  %32 = fpext float %31 to double
  %33 = load double, ptr %4, align 8
  %34 = fsub double %32, %33
  %35 = call double @llvm.fabs.f64(double %34)
  %36 = load double, ptr %4, align 8
  %37 = call double @llvm.fabs.f64(double %36)
  %38 = fdiv double %35, %37
  store double %38, ptr %5, align 8
  %39 = load float, ptr %3, align 4
  %40 = fpext float %39 to double
  %41 = load double, ptr %4, align 8
  %42 = load double, ptr %5, align 8
  %43 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef 9997, double noundef %40, double noundef %41, double noundef %42)
  %44 = load double, ptr %5, align 8
  %45 = fcmp olt double %44, 1.000000e-05
  %46 = zext i1 %45 to i64
  %47 = select i1 %45, i32 0, i32 1
  ret i32 %47
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal float @dot4(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca float, align 4
  %8 = alloca float, align 4
  %9 = alloca float, align 4
  %10 = alloca float, align 4
  %11 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store i32 %2, ptr %6, align 4
  store float 0.000000e+00, ptr %7, align 4
  store float 0.000000e+00, ptr %8, align 4
  store float 0.000000e+00, ptr %9, align 4
  store float 0.000000e+00, ptr %10, align 4
  store i32 0, ptr %11, align 4
  br label %12

12:                                               ; preds = %72, %3
  %13 = load i32, ptr %11, align 4
  %14 = add nsw i32 %13, 3
  %15 = load i32, ptr %6, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %75

17:                                               ; preds = %12
  %18 = load ptr, ptr %4, align 8
  %19 = load i32, ptr %11, align 4
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds float, ptr %18, i64 %20
  %22 = load float, ptr %21, align 4
  %23 = load ptr, ptr %5, align 8
  %24 = load i32, ptr %11, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds float, ptr %23, i64 %25
  %27 = load float, ptr %26, align 4
  %28 = load float, ptr %7, align 4
  %29 = call float @llvm.fmuladd.f32(float %22, float %27, float %28)
  store float %29, ptr %7, align 4
  %30 = load ptr, ptr %4, align 8
  %31 = load i32, ptr %11, align 4
  %32 = add nsw i32 %31, 1
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds float, ptr %30, i64 %33
  %35 = load float, ptr %34, align 4
  %36 = load ptr, ptr %5, align 8
  %37 = load i32, ptr %11, align 4
  %38 = add nsw i32 %37, 1
  %39 = sext i32 %38 to i64
  %40 = getelementptr inbounds float, ptr %36, i64 %39
  %41 = load float, ptr %40, align 4
  %42 = load float, ptr %8, align 4
  %43 = call float @llvm.fmuladd.f32(float %35, float %41, float %42)
  store float %43, ptr %8, align 4
  %44 = load ptr, ptr %4, align 8
  %45 = load i32, ptr %11, align 4
  %46 = add nsw i32 %45, 2
  %47 = sext i32 %46 to i64
  %48 = getelementptr inbounds float, ptr %44, i64 %47
  %49 = load float, ptr %48, align 4
  %50 = load ptr, ptr %5, align 8
  %51 = load i32, ptr %11, align 4
  %52 = add nsw i32 %51, 2
  %53 = sext i32 %52 to i64
  %54 = getelementptr inbounds float, ptr %50, i64 %53
  %55 = load float, ptr %54, align 4
  %56 = load float, ptr %9, align 4
  %57 = call float @llvm.fmuladd.f32(float %49, float %55, float %56)
  store float %57, ptr %9, align 4
  %58 = load ptr, ptr %4, align 8
  %59 = load i32, ptr %11, align 4
  %60 = add nsw i32 %59, 3
  %61 = sext i32 %60 to i64
  %62 = getelementptr inbounds float, ptr %58, i64 %61
  %63 = load float, ptr %62, align 4
  %64 = load ptr, ptr %5, align 8
  %65 = load i32, ptr %11, align 4
  %66 = add nsw i32 %65, 3
  %67 = sext i32 %66 to i64
  %68 = getelementptr inbounds float, ptr %64, i64 %67
  %69 = load float, ptr %68, align 4
  %70 = load float, ptr %10, align 4
  %71 = call float @llvm.fmuladd.f32(float %63, float %69, float %70)
  store float %71, ptr %10, align 4
  br label %72

72:                                               ; preds = %17
  %73 = load i32, ptr %11, align 4
  %74 = add nsw i32 %73, 4
  store i32 %74, ptr %11, align 4
  br label %12, !llvm.loop !7

75:                                               ; preds = %12
  br label %76

76:                                               ; preds = %93, %75
  %77 = load i32, ptr %11, align 4
  %78 = load i32, ptr %6, align 4
  %79 = icmp slt i32 %77, %78
  br i1 %79, label %80, label %96

80:                                               ; preds = %76
  %81 = load ptr, ptr %4, align 8
  %82 = load i32, ptr %11, align 4
  %83 = sext i32 %82 to i64
  %84 = getelementptr inbounds float, ptr %81, i64 %83
  %85 = load float, ptr %84, align 4
  %86 = load ptr, ptr %5, align 8
  %87 = load i32, ptr %11, align 4
  %88 = sext i32 %87 to i64
  %89 = getelementptr inbounds float, ptr %86, i64 %88
  %90 = load float, ptr %89, align 4
  %91 = load float, ptr %7, align 4
  %92 = call float @llvm.fmuladd.f32(float %85, float %90, float %91)
  store float %92, ptr %7, align 4
  br label %93

93:                                               ; preds = %80
  %94 = load i32, ptr %11, align 4
  %95 = add nsw i32 %94, 1
  store i32 %95, ptr %11, align 4
  br label %76, !llvm.loop !8

96:                                               ; preds = %76
  %97 = load float, ptr %7, align 4
  %98 = load float, ptr %8, align 4
  %99 = fadd float %97, %98
  %100 = load float, ptr %9, align 4
  %101 = load float, ptr %10, align 4
  %102 = fadd float %100, %101
  %103 = fadd float %99, %102
  ret float %103
}

; Function Attrs: noinline nounwind optnone uwtable
define internal double @dot_reference(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca double, align 8
  %8 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store i32 %2, ptr %6, align 4
  store double 0.000000e+00, ptr %7, align 8
  store i32 0, ptr %8, align 4
  br label %9

9:                                                ; preds = %28, %3
  %10 = load i32, ptr %8, align 4
  %11 = load i32, ptr %6, align 4
  %12 = icmp slt i32 %10, %11
  br i1 %12, label %13, label %31

13:                                               ; preds = %9
  %14 = load ptr, ptr %4, align 8
  %15 = load i32, ptr %8, align 4
  %16 = sext i32 %15 to i64
  %17 = getelementptr inbounds float, ptr %14, i64 %16
  %18 = load float, ptr %17, align 4
  %19 = fpext float %18 to double
  %20 = load ptr, ptr %5, align 8
  %21 = load i32, ptr %8, align 4
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds float, ptr %20, i64 %22
  %24 = load float, ptr %23, align 4
  %25 = fpext float %24 to double
  %26 = load double, ptr %7, align 8
  %27 = call double @llvm.fmuladd.f64(double %19, double %25, double %26)
  store double %27, ptr %7, align 8
  br label %28

28:                                               ; preds = %13
  %29 = load i32, ptr %8, align 4
  %30 = add nsw i32 %29, 1
  store i32 %30, ptr %8, align 4
  br label %9, !llvm.loop !9

31:                                               ; preds = %9
  %32 = load double, ptr %7, align 8
  ret double %32
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #1

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!0, !1, !2, !3, !4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = distinct !{!5, !6}
!6 = !{!"llvm.loop.mustprogress"}
!7 = distinct !{!7, !6}
!8 = distinct !{!8, !6}
!9 = distinct !{!9, !6}
