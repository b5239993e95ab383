; ModuleID = 'c/matmul.c'
source_filename = "c/matmul.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@A = internal global [64 x [64 x double]] zeroinitializer, align 16
@B = internal global [64 x [64 x double]] zeroinitializer, align 16
@C = internal global [64 x [64 x double]] zeroinitializer, align 16
@R = internal global [64 x [64 x double]] zeroinitializer, align 16
@.str = private unnamed_addr constant [36 x i8] c"matmul %dx%d trace=%.1f maxdiff=%g\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca double, align 8
  %5 = alloca double, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store i32 0, ptr %2, align 4
  br label %8

8:                                                ; preds = %48, %0
  %9 = load i32, ptr %2, align 4
  %10 = icmp slt i32 %9, 64
  br i1 %10, label %11, label %51

11:                                               ; preds = %8
  store i32 0, ptr %3, align 4
  br label %12

12:                                               ; preds = %44, %11
  %13 = load i32, ptr %3, align 4
  %14 = icmp slt i32 %13, 64
  br i1 %14, label %15, label %47

15:                                               ; preds = %12
  %16 = load i32, ptr %2, align 4
  %17 = mul nsw i32 %16, 7
  %18 = load i32, ptr %3, align 4
  %19 = mul nsw i32 %18, 3
  %20 = add nsw i32 %17, %19
  %21 = srem i32 %20, 11
  %22 = sitofp i32 %21 to double
  %23 = fsub double %22, 5.000000e+00
  %24 = load i32, ptr %2, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds [64 x [64 x double]], ptr @A, i64 0, i64 %25
  %27 = load i32, ptr %3, align 4
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds [64 x double], ptr %26, i64 0, i64 %28
  store double %23, ptr %29, align 8
  %30 = load i32, ptr %2, align 4
  %31 = mul nsw i32 %30, 5
  %32 = load i32, ptr %3, align 4
  %33 = mul nsw i32 %32, 2
  %34 = add nsw i32 %31, %33
  %35 = srem i32 %34, 13
  %36 = sitofp i32 %35 to double
  %37 = fmul double %36, 5.000000e-01
  %38 = load i32, ptr %2, align 4
  %39 = sext i32 %38 to i64
  %40 = getelementptr inbounds [64 x [64 x double]], ptr @B, i64 0, i64 %39
  %41 = load i32, ptr %3, align 4
  %42 = sext i32 %41 to i64
  %43 = getelementptr inbounds [64 x double], ptr %40, i64 0, i64 %42
  store double %37, ptr %43, align 8
  br label %44

44:                                               ; preds = %15
  %45 = load i32, ptr %3, align 4
  %46 = add nsw i32 %45, 1
  store i32 %46, ptr %3, align 4
  br label %12, !llvm.loop !5

47:                                               ; preds = %12
  br label %48

48:                                               ; preds = %47
  %49 = load i32, ptr %2, align 4
  %50 = add nsw i32 %49, 1
  store i32 %50, ptr %2, align 4
  br label %8, !llvm.loop !7

51:                                               ; preds = %8
  call void @matmul_ikj(i32 noundef 64, ptr noundef @A, ptr noundef @B, ptr noundef @C)
  call void @matmul_ijk(i32 noundef 64, ptr noundef @A, ptr noundef @B, ptr noundef @R)
  store double 0.000000e+00, ptr %4, align 8
  store double 0.000000e+00, ptr %5, align 8
  store i32 0, ptr %6, align 4
  br label %52

52:                                               ; preds = %91, %51
  %53 = load i32, ptr %6, align 4
  %54 = icmp slt i32 %53, 64
  br i1 %54, label %55, label %94

55:                                               ; preds = %52
  %56 = load i32, ptr %6, align 4
  %57 = sext i32 %56 to i64
  %58 = getelementptr inbounds [64 x [64 x double]], ptr @C, i64 0, i64 %57
  %59 = load i32, ptr %6, align 4
  %60 = sext i32 %59 to i64
  %61 = getelementptr inbounds [64 x double], ptr %58, i64 0, i64 %60
  %62 = load double, ptr %61, align 8
  %63 = load double, ptr %4, align 8
  %64 = fadd double %63, %62
  store double %64, ptr %4, align 8
  store i32 0, ptr %7, align 4
  br label %65

65:                                               ; preds = %87, %55
  %66 = load i32, ptr %7, align 4
  %67 = icmp slt i32 %66, 64
  br i1 %67, label %68, label %90

68:                                               ; preds = %65
  %69 = load double, ptr %5, align 8
  %70 = load i32, ptr %6, align 4
  %71 = sext i32 %70 to i64
  %72 = getelementptr inbounds [64 x [64 x double]], ptr @C, i64 0, i64 %71
  %73 = load i32, ptr %7, align 4
  %74 = sext i32 %73 to i64
  %75 = getelementptr inbounds [64 x double], ptr %72, i64 0, i64 %74
  %76 = load double, ptr %75, align 8
  %77 = load i32, ptr %6, align 4
  %78 = sext i32 %77 to i64
  %79 = getelementptr inbounds [64 x [64 x double]], ptr @R, i64 0, i64 %78
  %80 = load i32, ptr %7, align 4
  %81 = sext i32 %80 to i64
  %82 = getelementptr inbounds [64 x double], ptr %79, i64 0, i64 %81
  %83 = load double, ptr %82, align 8
  %84 = fsub double %76, %83
  %85 = call double @llvm.fabs.f64(double %84)
  %86 = call double @llvm.maxnum.f64(double %69, double %85)
  store double %86, ptr %5, align 8
  br label %87

87:                                               ; preds = %68
  %88 = load i32, ptr %7, align 4
  %89 = add nsw i32 %88, 1
  store i32 %89, ptr %7, align 4
  br label %65, !llvm.loop !8

90:                                               ; preds = %65
  br label %91

91:                                               ; preds = %90
  %92 = load i32, ptr %6, align 4
  %93 = add nsw i32 %92, 1
  store i32 %93, ptr %6, align 4
  br label %52, !llvm.loop !9

94:                                               ; preds = %52
  %95 = load double, ptr %4, align 8
  %96 = load double, ptr %5, align 8
  %97 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef 64, i32 noundef 64, double noundef %95, double noundef %96)
  %98 = load double, ptr %5, align 8
  %99 = fcmp olt double %98, 1.000000e-09
  %100 = zext i1 %99 to i64
  %101 = select i1 %99, i32 0, i32 1
  ret i32 %101
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @matmul_ikj(i32 noundef %0, ptr noundef %1, ptr noundef %2, ptr noundef %3) #0 {
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca double, align 8
  %14 = alloca i32, align 4
  store i32 %0, ptr %5, align 4
  store ptr %1, ptr %6, align 8
  store ptr %2, ptr %7, align 8
  store ptr %3, ptr %8, align 8
  %15 = load i32, ptr %5, align 4
  %16 = zext i32 %15 to i64
  %17 = load i32, ptr %5, align 4
  %18 = zext i32 %17 to i64
  %19 = load i32, ptr %5, align 4
  %20 = zext i32 %19 to i64
  %21 = load i32, ptr %5, align 4
  %22 = zext i32 %21 to i64
  %23 = load i32, ptr %5, align 4
  %24 = zext i32 %23 to i64
  %25 = load i32, ptr %5, align 4
  %26 = zext i32 %25 to i64
  store i32 0, ptr %9, align 4
  br label %27

27:                                               ; preds = %49, %4
  %28 = load i32, ptr %9, align 4
  %29 = load i32, ptr %5, align 4
  %30 = icmp slt i32 %28, %29
  br i1 %30, label %31, label %52

31:                                               ; preds = %27
  store i32 0, ptr %10, align 4
  br label %32

32:                                               ; preds = %45, %31
  %33 = load i32, ptr %10, align 4
  %34 = load i32, ptr %5, align 4
  %35 = icmp slt i32 %33, %34
  br i1 %35, label %36, label %48

36:                                               ; preds = %32
  %37 = load ptr, ptr %8, align 8
  %38 = load i32, ptr %9, align 4
  %39 = sext i32 %38 to i64
  %40 = mul nsw i64 %39, %26
  %41 = getelementptr inbounds double, ptr %37, i64 %40
  %42 = load i32, ptr %10, align 4
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds double, ptr %41, i64 %43
  store double 0.000000e+00, ptr %44, align 8
  br label %45

45:                                               ; preds = %36
  %46 = load i32, ptr %10, align 4
  %47 = add nsw i32 %46, 1
  store i32 %47, ptr %10, align 4
  br label %32, !llvm.loop !10

48:                                               ; preds = %32
  br label %49

49:                                               ; preds = %48
  %50 = load i32, ptr %9, align 4
  %51 = add nsw i32 %50, 1
  store i32 %51, ptr %9, align 4
  br label %27, !llvm.loop !11

52:                                               ; preds = %27
  store i32 0, ptr %11, align 4
  br label %53

53:                                               ; preds = %105, %52
  %54 = load i32, ptr %11, align 4
  %55 = load i32, ptr %5, align 4
  %56 = icmp slt i32 %54, %55
  br i1 %56, label %57, label %108

57:                                               ; preds = %53
  store i32 0, ptr %12, align 4
  br label %58

58:                                               ; preds = %101, %57
  %59 = load i32, ptr %12, align 4
  %60 = load i32, ptr %5, align 4
  %61 = icmp slt i32 %59, %60
  br i1 %61, label %62, label %104

62:                                               ; preds = %58
  %63 = load ptr, ptr %6, align 8
  %64 = load i32, ptr %11, align 4
  %65 = sext i32 %64 to i64
  %66 = mul nsw i64 %65, %18
  %67 = getelementptr inbounds double, ptr %63, i64 %66
  %68 = load i32, ptr %12, align 4
  %69 = sext i32 %68 to i64
  %70 = getelementptr inbounds double, ptr %67, i64 %69
  %71 = load double, ptr %70, align 8
  store double %71, ptr %13, align 8
  store i32 0, ptr %14, align 4
  br label %72

72:                                               ; preds = %97, %62
  %73 = load i32, ptr %14, align 4
  %74 = load i32, ptr %5, align 4
  %75 = icmp slt i32 %73, %74
  br i1 %75, label %76, label %100

76:                                               ; preds = %72
  %77 = load double, ptr %13, align 8
  %78 = load ptr, ptr %7, align 8
  %79 = load i32, ptr %12, align 4
  %80 = sext i32 %79 to i64
  %81 = mul nsw i64 %80, %22
  %82 = getelementptr inbounds double, ptr %78, i64 %81
  %83 = load i32, ptr %14, align 4
  %84 = sext i32 %83 to i64
  %85 = getelementptr inbounds double, ptr %82, i64 %84
  %86 = load double, ptr %85, align 8
  %87 = load ptr, ptr %8, align 8
  %88 = load i32, ptr %11, align 4
  %89 = sext i32 %88 to i64
  %90 = mul nsw i64 %89, %26
  %91 = getelementptr inbounds double, ptr %87, i64 %90
  %92 = load i32, ptr %14, align 4
  %93 = sext i32 %92 to i64
  %94 = getelementptr inbounds double, ptr %91, i64 %93
  %95 = load double, ptr %94, align 8
  %96 = call double @llvm.fmuladd.f64(double %77, double %86, double %95)
  store double %96, ptr %94, align 8
  br label %97

97:                                               ; preds = %76
  %98 = load i32, ptr %14, align 4
  %99 = add nsw i32 %98, 1
  store i32 %99, ptr %14, align 4
  br label %72, !llvm.loop !12

100:                                              ; preds = %72
  br label %101

101:                                              ; preds = %100
  %102 = load i32, ptr %12, align 4
  %103 = add nsw i32 %102, 1
  store i32 %103, ptr %12, align 4
  br label %58, !llvm.loop !13

104:                                              ; preds = %58
  br label %105

105:                                              ; preds = %104
  %106 = load i32, ptr %11, align 4
  %107 = add nsw i32 %106, 1
  store i32 %107, ptr %11, align 4
  br label %53, !llvm.loop !14

108:                                              ; preds = %53
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @matmul_ijk(i32 noundef %0, ptr noundef %1, ptr noundef %2, ptr noundef %3) #0 {
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store i32 %0, ptr %5, align 4
  store ptr %1, ptr %6, align 8
  store ptr %2, ptr %7, align 8
  store ptr %3, ptr %8, align 8
  %13 = load i32, ptr %5, align 4
  %14 = zext i32 %13 to i64
  %15 = load i32, ptr %5, align 4
  %16 = zext i32 %15 to i64
  %17 = load i32, ptr %5, align 4
  %18 = zext i32 %17 to i64
  %19 = load i32, ptr %5, align 4
  %20 = zext i32 %19 to i64
  %21 = load i32, ptr %5, align 4
  %22 = zext i32 %21 to i64
  %23 = load i32, ptr %5, align 4
  %24 = zext i32 %23 to i64
  store i32 0, ptr %9, align 4
  br label %25

25:                                               ; preds = %77, %4
  %26 = load i32, ptr %9, align 4
  %27 = load i32, ptr %5, align 4
  %28 = icmp slt i32 %26, %27
  br i1 %28, label %29, label %80

29:                                               ; preds = %25
  store i32 0, ptr %10, align 4
  br label %30

30:                                               ; preds = %73, %29
  %31 = load i32, ptr %10, align 4
  %32 = load i32, ptr %5, align 4
  %33 = icmp slt i32 %31, %32
  br i1 %33, label %34, label %76

34:                                               ; preds = %30
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %35

35:                                               ; preds = %60, %34
  %36 = load i32, ptr %12, align 4
  %37 = load i32, ptr %5, align 4
  %38 = icmp slt i32 %36, %37
  br i1 %38, label %39, label %63

39:                                               ; preds = %35
  %40 = load ptr, ptr %6, align 8
  %41 = load i32, ptr %9, align 4
  %42 = sext i32 %41 to i64
  %43 = mul nsw i64 %42, %16
  %44 = getelementptr inbounds double, ptr %40, i64 %43
  %45 = load i32, ptr %12, align 4
  %46 = sext i32 %45 to i64
  %47 = getelementptr inbounds double, ptr %44, i64 %46
  %48 = load double, ptr %47, align 8
  %49 = load ptr, ptr %7, align 8
  %50 = load i32, ptr %12, align 4
  %51 = sext i32 %50 to i64
  %52 = mul nsw i64 %51, %20
  %53 = getelementptr inbounds double, ptr %49, i64 %52
  %54 = load i32, ptr %10, align 4
  %55 = sext i32 %54 to i64
  %56 = getelementptr inbounds double, ptr %53, i64 %55
  %57 = load double, ptr %56, align 8
  %58 = load double, ptr %11, align 8
  %59 = call double @llvm.fmuladd.f64(double %48, double %57, double %58)
  store double %59, ptr %11, align 8
  br label %60

60:                                               ; preds = %39
  %61 = load i32, ptr %12, align 4
  %62 = add nsw i32 %61, 1
  store i32 %62, ptr %12, align 4
  br label %35, !llvm.loop !15

63:                                               ; preds = %35
  %64 = load double, ptr %11, align 8
  %65 = load ptr, ptr %8, align 8
  %66 = load i32, ptr %9, align 4
  %67 = sext i32 %66 to i64
  %68 = mul nsw i64 %67, %24
  %69 = getelementptr inbounds double, ptr %65, i64 %68
  %70 = load i32, ptr %10, align 4
  %71 = sext i32 %70 to i64
  %72 = getelementptr inbounds double, ptr %69, i64 %71
  store double %64, ptr %72, align 8
  br label %73

73:                                               ; preds = %63
  %74 = load i32, ptr %10, align 4
  %75 = add nsw i32 %74, 1
  store i32 %75, ptr %10, align 4
  br label %30, !llvm.loop !16

76:                                               ; preds = %30
  br label %77

77:                                               ; preds = %76
  %78 = load i32, ptr %9, align 4
  %79 = add nsw i32 %78, 1
  store i32 %79, ptr %9, align 4
  br label %25, !llvm.loop !17

80:                                               ; preds = %25
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.maxnum.f64(double, double) #1

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
!10 = distinct !{!10, !6}
!11 = distinct !{!11, !6}
!12 = distinct !{!12, !6}
!13 = distinct !{!13, !6}
!14 = distinct !{!14, !6}
!15 = distinct !{!15, !6}
!16 = distinct !{!16, !6}
!17 = distinct !{!17, !6}
