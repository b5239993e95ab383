; ModuleID = 'c/reduction.c'
source_filename = "c/reduction.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.stats = type { float, float, float, float }

@data = internal global [4096 x float] zeroinitializer, align 16
@.str = private unnamed_addr constant [66 x i8] c"reduction sum=%.6f kahan=%.6f tree=%.6f exact=%.6f min=%g max=%g\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca double, align 8
  %3 = alloca i32, align 4
  %4 = alloca %struct.stats, align 4
  %5 = alloca float, align 4
  %6 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store double 0.000000e+00, ptr %2, align 8
  store i32 0, ptr %3, align 4
  br label %7

7:                                                ; preds = %29, %0
  %8 = load i32, ptr %3, align 4
  %9 = icmp slt i32 %8, 4096
  br i1 %9, label %10, label %32

10:                                               ; preds = %7
  %11 = load i32, ptr %3, align 4
  %12 = add nsw i32 %11, 1
  %13 = sitofp i32 %12 to float
  %14 = fdiv float 1.000000e+00, %13
  %15 = load i32, ptr %3, align 4
  %16 = srem i32 %15, 7
  %17 = sitofp i32 %16 to float
  %18 = call float @llvm.fmuladd.f32(float %17, float 0x3F50624DE0000000, float %14)
  %19 = load i32, ptr %3, align 4
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds [4096 x float], ptr @data, i64 0, i64 %20
  store float %18, ptr %21, align 4
  %22 = load i32, ptr %3, align 4
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds [4096 x float], ptr @data, i64 0, i64 %23
  %25 = load float, ptr %24, align 4
  %26 = fpext float %25 to double
  %27 = load double, ptr %2, align 8
  %28 = fadd double %27, %26
  store double %28, ptr %2, align 8
  br label %29

29:                                               ; preds = %10
  %30 = load i32, ptr %3, align 4
  %31 = add nsw i32 %30, 1
  store i32 %31, ptr %3, align 4
  br label %7, !llvm.loop !5

32:                                               ; preds = %7
  %33 = call { <2 x float>, <2 x float> } @reduce_linear(ptr noundef @data, i32 noundef 4096)
  %34 = getelementptr inbounds { <2 x float>, <2 x float> }, ptr %4, i32 0, i32 0
  %35 = extractvalue { <2 x float>, <2 x float> } %33, 0
  store <2 x float> %35, ptr %34, align 4
  %36 = getelementptr inbounds { <2 x float>, <2 x float> }, ptr %4, i32 0, i32 1
  %37 = extractvalue { <2 x float>, <2 x float> } %33, 1
  store <2 x float> %37, ptr %36, align 4
  %38 = call float @reduce_tree(ptr noundef @data, i32 noundef 4096)
  store float %38, ptr %5, align 4
  %39 = getelementptr inbounds %struct.stats, ptr %4, i32 0, i32 0
  %40 = load float, ptr %39, align 4
  %41 = fpext float %40 to double
  %42 = getelementptr inbounds %struct.stats, ptr %4, i32 0, i32 1
  %43 = load float, ptr %42, align 4
  %44 = fpext float %43 to double
  %45 = load float, ptr %5, align 4
  %46 = fpext float %45 to double
  %47 = load double, ptr %2, align 8
  %48 = getelementptr inbounds %struct.stats, ptr %4, i32 0, i32 2
  %49 = load float, ptr %48, align 4
  %50 = fpext float %49 to double
  %51 = getelementptr inbounds %struct.stats, ptr %4, i32 0, i32 3
  %52 = load float, ptr %51, align 4
  %53 = fpext float %52 to double
  %54 = call i32 (ptr, ...) @printf(ptr noundef @.str, double noundef %41, double noundef %44, double noundef %46, double noundef %47, double noundef %50, double noundef %53)
  %55 = getelementptr inbounds %struct.stats, ptr %4, i32 0, i32 1
  %56 = load float, ptr %55, align 4
  %57 = fpext float %56 to double
  %58 = load double, ptr %2, align 8
  %59 = fsub double %57, %58
  %60 = call double @llvm.fabs.f64(double %59)
  %61 = fcmp olt double %60, 1.000000e-05
  br i1 %61, label %62, label %77

62:                                               ; preds = %32
  %63 = load float, ptr %5, align 4
  %64 = fpext float %63 to double
  %65 = load double, ptr %2, align 8
  %66 = fsub double %64, %65
  %67 = call double @llvm.fabs.f64(double %66)
  %68 = fcmp olt double %67, 1.000000e-04
  br i1 %68, label %69, label %77

69:                                               ; preds = %62
  %70 = getelementptr inbounds %struct.stats, ptr %4, i32 0, i32 3
  %71 = load float, ptr %70, align 4
  %72 = fcmp oeq float %71, 1.000000e+00
  br i1 %72, label %73, label %77

73:                                               ; preds = %69
  %74 = getelementptr inbounds %struct.stats, ptr %4, i32 0, i32 2
  %75 = load float, ptr %74, align 4
  %76 = fcmp olt float %75, 0x3F50624DE0000000
  br label %77

77:                                               ; preds = %73, %69, %62, %32
  %78 = phi i1 [ false, %69 ], [ false, %62 ], [ false, %32 ], [ %76, %73 ]
  %79 = zext i1 %78 to i32
  store i32 %79, ptr %6, align 4
  %80 = load i32, ptr %6, align 4
  %81 = icmp ne i32 %80, 0
  %82 = zext i1 %81 to i64
  %83 = select i1 %81, i32 0, i32 1
  ret i32 %83
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal { <2 x float>, <2 x float> } @reduce_linear(ptr noundef %0, i32 noundef %1) #2 {
  %3 = alloca %struct.stats, align 4
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca float, align 4
  %7 = alloca i32, align 4
  %8 = alloca float, align 4
  %9 = alloca float, align 4
  store ptr %0, ptr %4, align 8
  store i32 %1, ptr %5, align 4
  %10 = getelementptr inbounds %struct.stats, ptr %3, i32 0, i32 0
  store float 0.000000e+00, ptr %10, align 4
  %11 = getelementptr inbounds %struct.stats, ptr %3, i32 0, i32 1
  store float 0.000000e+00, ptr %11, align 4
  %12 = getelementptr inbounds %struct.stats, ptr %3, i32 0, i32 2
  %13 = load ptr, ptr %4, align 8
  %14 = getelementptr inbounds float, ptr %13, i64 0
  %15 = load float, ptr %14, align 4
  store float %15, ptr %12, align 4
  %16 = getelementptr inbounds %struct.stats, ptr %3, i32 0, i32 3
  %17 = load ptr, ptr %4, align 8
  %18 = getelementptr inbounds float, ptr %17, i64 0
  %19 = load float, ptr %18, align 4
  store float %19, ptr %16, align 4
  store float 0.000000e+00, ptr %6, align 4
  store i32 0, ptr %7, align 4
  br label %20

20:                                               ; preds = %84, %2
  %21 = load i32, ptr %7, align 4
  %22 = load i32, ptr %5, align 4
  %23 = icmp slt i32 %21, %22
  br i1 %23, label %24, label %87

24:                                               ; preds = %20
  %25 = load ptr, ptr %4, align 8
  %26 = load i32, ptr %7, align 4
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds float, ptr %25, i64 %27
  %29 = load float, ptr %28, align 4
  %30 = getelementptr inbounds %struct.stats, ptr %3, i32 0, i32 0
  %31 = load float, ptr %30, align 4
  %32 = fadd float %31, %29
  store float %32, ptr %30, align 4
  %33 = load ptr, ptr %4, align 8
  %34 = load i32, ptr %7, align 4
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds float, ptr %33, i64 %35
  %37 = load float, ptr %36, align 4
  %38 = load float, ptr %6, align 4
  %39 = fsub float %37, %38
  store float %39, ptr %8, align 4
  %40 = getelementptr inbounds %struct.stats, ptr %3, i32 0, i32 1
  %41 = load float, ptr %40, align 4
  %42 = load float, ptr %8, align 4
  %43 = fadd float %41, %42
  store float %43, ptr %9, align 4
  %44 = load float, ptr %9, align 4
  %45 = getelementptr inbounds %struct.stats, ptr %3, i32 0, i32 1
  %46 = load float, ptr %45, align 4
  %47 = fsub float %44, %46
  %48 = load float, ptr %8, align 4
  %49 = fsub float %47, %48
  store float %49, ptr %6, align 4
  %50 = load float, ptr %9, align 4
  %51 = getelementptr inbounds %struct.stats, ptr %3, i32 0, i32 1
  store float %50, ptr %51, align 4
  %52 = load ptr, ptr %4, align 8
  %53 = load i32, ptr %7, align 4
  %54 = sext i32 %53 to i64
  %55 = getelementptr inbounds float, ptr %52, i64 %54
  %56 = load float, ptr %55, align 4
  %57 = getelementptr inbounds %struct.stats, ptr %3, i32 0, i32 2
  %58 = load float, ptr %57, align 4
  %59 = fcmp olt float %56, %58
  br i1 %59, label %60, label %67

60:                                               ; preds = %24
  %61 = load ptr, ptr %4, align 8
  %62 = load i32, ptr %7, align 4
  %63 = sext i32 %62 to i64
  %64 = getelementptr inbounds float, ptr %61, i64 %63
  %65 = load float, ptr %64, align 4
  %66 = getelementptr inbounds %struct.stats, ptr %3, i32 0, i32 2
  store float %65, ptr %66, align 4
  br label %67

67:                                               ; preds = %60, %24
  %68 = load ptr, ptr %4, align 8
  %69 = load i32, ptr %7, align 4
  %70 = sext i32 %69 to i64
  %71 = getelementptr inbounds float, ptr %68, i64 %70
  %72 = load float, ptr %71, align 4
  %73 = getelementptr inbounds %struct.stats, ptr %3, i32 0, i32 3
  %74 = load float, ptr %73, align 4
  %75 = fcmp ogt float %72, %74
  br i1 %75, label %76, label %83

76:                                               ; preds = %67
  %77 = load ptr, ptr %4, align 8
  %78 = load i32, ptr %7, align 4
  %79 = sext i32 %78 to i64
  %80 = getelementptr inbounds float, ptr %77, i64 %79
  %81 = load float, ptr %80, align 4
  %82 = getelementptr inbounds %struct.stats, ptr %3, i32 0, i32 3
  store float %81, ptr %82, align 4
  br label %83

83:                                               ; preds = %76, %67
  br label %84

84:                                               ; preds = %83
  %85 = load i32, ptr %7, align 4
  %86 = add nsw i32 %85, 1
  store i32 %86, ptr %7, align 4
  br label %20, !llvm.loop !7

87:                                               ; preds = %20
  %88 = load { <2 x float>, <2 x float> }, ptr %3, align 4
  ret { <2 x float>, <2 x float> } %88
}

; Function Attrs: noinline nounwind optnone uwtable
define internal float @reduce_tree(ptr noundef %0, i32 noundef %1) #2 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %7 = load i32, ptr %4, align 4
  %8 = sdiv i32 %7, 2
  store i32 %8, ptr %5, align 4
  br label %9

9:                                                ; preds = %35, %2
  %10 = load i32, ptr %5, align 4
  %11 = icmp sgt i32 %10, 0
  br i1 %11, label %12, label %38

12:                                               ; preds = %9
  store i32 0, ptr %6, align 4
  br label %13

13:                                               ; preds = %31, %12
  %14 = load i32, ptr %6, align 4
  %15 = load i32, ptr %5, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %34

17:                                               ; preds = %13
  %18 = load ptr, ptr %3, align 8
  %19 = load i32, ptr %6, align 4
  %20 = load i32, ptr %5, align 4
  %21 = add nsw i32 %19, %20
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds float, ptr %18, i64 %22
  %24 = load float, ptr %23, align 4
  %25 = load ptr, ptr %3, align 8
  %26 = load i32, ptr %6, align 4
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds float, ptr %25, i64 %27
  %29 = load float, ptr %28, align 4
  %30 = fadd float %29, %24
  store float %30, ptr %28, align 4
  br label %31

31:                                               ; preds = %17
  %32 = load i32, ptr %6, align 4
  %33 = add nsw i32 %32, 1
  store i32 %33, ptr %6, align 4
  br label %13, !llvm.loop !8

34:                                               ; preds = %13
  br label %35

35:                                               ; preds = %34
  %36 = load i32, ptr %5, align 4
  %37 = sdiv i32 %36, 2
  store i32 %37, ptr %5, align 4
  br label %9, !llvm.loop !9

38:                                               ; preds = %9
  %39 = load ptr, ptr %3, align 8
  %40 = getelementptr inbounds float, ptr %39, i64 0
  %41 = load float, ptr %40, align 4
  ret float %41
}

declare i32 @printf(ptr noundef, ...) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #1

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="64" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

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
