; ModuleID = 'c/jacobi.c'
source_filename = "c/jacobi.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@A = internal global [50 x [50 x double]] zeroinitializer, align 16
@b = internal global [50 x double] zeroinitializer, align 16
@x = internal global [50 x double] zeroinitializer, align 16
@.str = private unnamed_addr constant [39 x i8] c"jacobi n=%d iterations=%d residual=%g\0A\00", align 1
@xnew = internal global [50 x double] zeroinitializer, align 16

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca double, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store i32 0, ptr %2, align 4
  br label %6

6:                                                ; preds = %68, %0
  %7 = load i32, ptr %2, align 4
  %8 = icmp slt i32 %7, 50
  br i1 %8, label %9, label %71

9:                                                ; preds = %6
  store double 0.000000e+00, ptr %3, align 8
  store i32 0, ptr %4, align 4
  br label %10

10:                                               ; preds = %43, %9
  %11 = load i32, ptr %4, align 4
  %12 = icmp slt i32 %11, 50
  br i1 %12, label %13, label %46

13:                                               ; preds = %10
  %14 = load i32, ptr %4, align 4
  %15 = load i32, ptr %2, align 4
  %16 = icmp ne i32 %14, %15
  br i1 %16, label %17, label %42

17:                                               ; preds = %13
  %18 = load i32, ptr %2, align 4
  %19 = load i32, ptr %4, align 4
  %20 = mul nsw i32 2, %19
  %21 = add nsw i32 %18, %20
  %22 = srem i32 %21, 7
  %23 = sub nsw i32 %22, 3
  %24 = sitofp i32 %23 to double
  %25 = fmul double %24, 1.000000e-01
  %26 = load i32, ptr %2, align 4
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds [50 x [50 x double]], ptr @A, i64 0, i64 %27
  %29 = load i32, ptr %4, align 4
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds [50 x double], ptr %28, i64 0, i64 %30
  store double %25, ptr %31, align 8
  %32 = load i32, ptr %2, align 4
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds [50 x [50 x double]], ptr @A, i64 0, i64 %33
  %35 = load i32, ptr %4, align 4
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds [50 x double], ptr %34, i64 0, i64 %36
  %38 = load double, ptr %37, align 8
  %39 = call double @llvm.fabs.f64(double %38)
  %40 = load double, ptr %3, align 8
  %41 = fadd double %40, %39
  store double %41, ptr %3, align 8
  br label %42

42:                                               ; preds = %17, %13
  br label %43

43:                                               ; preds = %42
  %44 = load i32, ptr %4, align 4
  %45 = add nsw i32 %44, 1
  store i32 %45, ptr %4, align 4
  br label %10, !llvm.loop !5

46:                                               ; preds = %10
  %47 = load double, ptr %3, align 8
  %48 = fadd double %47, 1.000000e+00
  %49 = load i32, ptr %2, align 4
  %50 = srem i32 %49, 3
  %51 = sitofp i32 %50 to double
  %52 = fadd double %48, %51
  %53 = load i32, ptr %2, align 4
  %54 = sext i32 %53 to i64
  %55 = getelementptr inbounds [50 x [50 x double]], ptr @A, i64 0, i64 %54
  %56 = load i32, ptr %2, align 4
  %57 = sext i32 %56 to i64
  %58 = getelementptr inbounds [50 x double], ptr %55, i64 0, i64 %57
  store double %52, ptr %58, align 8
  %59 = load i32, ptr %2, align 4
  %60 = sitofp i32 %59 to double
  %61 = call double @cos(double noundef %60) #4
  %62 = load i32, ptr %2, align 4
  %63 = sext i32 %62 to i64
  %64 = getelementptr inbounds [50 x double], ptr @b, i64 0, i64 %63
  store double %61, ptr %64, align 8
  %65 = load i32, ptr %2, align 4
  %66 = sext i32 %65 to i64
  %67 = getelementptr inbounds [50 x double], ptr @x, i64 0, i64 %66
  store double 0.000000e+00, ptr %67, align 8
  br label %68

68:                                               ; preds = %46
  %69 = load i32, ptr %2, align 4
  %70 = add nsw i32 %69, 1
  store i32 %70, ptr %2, align 4
  br label %6, !llvm.loop !7

71:                                               ; preds = %6
  %72 = call i32 @jacobi(i32 noundef 1000, double noundef 1.000000e-10)
  store i32 %72, ptr %5, align 4
  %73 = load i32, ptr %5, align 4
  %74 = call double @residual_norm()
  %75 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef 50, i32 noundef %73, double noundef %74)
  %76 = load i32, ptr %5, align 4
  %77 = icmp sgt i32 %76, 0
  %78 = zext i1 %77 to i64
  %79 = select i1 %77, i32 0, i32 1
  ret i32 %79
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #1

; Function Attrs: nounwind
declare double @cos(double noundef) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @jacobi(i32 noundef %0, double noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca double, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca double, align 8
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  store i32 %0, ptr %4, align 4
  store double %1, ptr %5, align 8
  store i32 1, ptr %6, align 4
  br label %11

11:                                               ; preds = %88, %2
  %12 = load i32, ptr %6, align 4
  %13 = load i32, ptr %4, align 4
  %14 = icmp sle i32 %12, %13
  br i1 %14, label %15, label %91

15:                                               ; preds = %11
  store i32 0, ptr %7, align 4
  br label %16

16:                                               ; preds = %63, %15
  %17 = load i32, ptr %7, align 4
  %18 = icmp slt i32 %17, 50
  br i1 %18, label %19, label %66

19:                                               ; preds = %16
  %20 = load i32, ptr %7, align 4
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds [50 x double], ptr @b, i64 0, i64 %21
  %23 = load double, ptr %22, align 8
  store double %23, ptr %8, align 8
  store i32 0, ptr %9, align 4
  br label %24

24:                                               ; preds = %47, %19
  %25 = load i32, ptr %9, align 4
  %26 = icmp slt i32 %25, 50
  br i1 %26, label %27, label %50

27:                                               ; preds = %24
  %28 = load i32, ptr %9, align 4
  %29 = load i32, ptr %7, align 4
  %30 = icmp ne i32 %28, %29
  br i1 %30, label %31, label %46

31:                                               ; preds = %27
  %32 = load i32, ptr %7, align 4
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds [50 x [50 x double]], ptr @A, i64 0, i64 %33
  %35 = load i32, ptr %9, align 4
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds [50 x double], ptr %34, i64 0, i64 %36
  %38 = load double, ptr %37, align 8
  %39 = load i32, ptr %9, align 4
  %40 = sext i32 %39 to i64
  %41 = getelementptr inbounds [50 x double], ptr @x, i64 0, i64 %40
  %42 = load double, ptr %41, align 8
  %43 = load double, ptr %8, align 8
  %44 = fneg double %38
  %45 = call double @llvm.fmuladd.f64(double %44, double %42, double %43)
  store double %45, ptr %8, align 8
  br label %46

46:                                               ; preds = %31, %27
  br label %47

47:                                               ; preds = %46
  %48 = load i32, ptr %9, align 4
  %49 = add nsw i32 %48, 1
  store i32 %49, ptr %9, align 4
  br label %24, !llvm.loop !8

50:                                               ; preds = %24
  %51 = load double, ptr %8, align 8
  %52 = load i32, ptr %7, align 4
  %53 = sext i32 %52 to i64
  %54 = getelementptr inbounds [50 x [50 x double]], ptr @A, i64 0, i64 %53
  %55 = load i32, ptr %7, align 4
  %56 = sext i32 %55 to i64
  %57 = getelementptr inbounds [50 x double], ptr %54, i64 0, i64 %56
  %58 = load double, ptr %57, align 8
  %59 = fdiv double %51, %58
  %60 = load i32, ptr %7, align 4
  %61 = sext i32 %60 to i64
  %62 = getelementptr inbounds [50 x double], ptr @xnew, i64 0, i64 %61
  store double %59, ptr %62, align 8
  br label %63

63:                                               ; preds = %50
  %64 = load i32, ptr %7, align 4
  %65 = add nsw i32 %64, 1
  store i32 %65, ptr %7, align 4
  br label %16, !llvm.loop !9

66:                                               ; preds = %16
  store i32 0, ptr %10, align 4
  br label %67

67:                                               ; preds = %78, %66
  %68 = load i32, ptr %10, align 4
  %69 = icmp slt i32 %68, 50
  br i1 %69, label %70, label %81

70:                                               ; preds = %67
  %71 = load i32, ptr %10, align 4
  %72 = sext i32 %71 to i64
  %73 = getelementptr inbounds [50 x double], ptr @xnew, i64 0, i64 %72
  %74 = load double, ptr %73, align 8
  %75 = load i32, ptr %10, align 4
  %76 = sext i32 %75 to i64
  %77 = getelementptr inbounds [50 x double], ptr @x, i64 0, i64 %76
  store double %74, ptr %77, align 8
  br label %78

78:                                               ; preds = %70
  %79 = load i32, ptr %10, align 4
  %80 = add nsw i32 %79, 1
  store i32 %80, ptr %10, align 4
  br label %67, !llvm.loop !10

81:                                               ; preds = %67
  %82 = call double @residual_norm()
  %83 = load double, ptr %5, align 8
  %84 = fcmp olt double %82, %83
  br i1 %84, label %85, label %87

85:                                               ; preds = %81
  %86 = load i32, ptr %6, align 4
  store i32 %86, ptr %3, align 4
  br label %92

87:                                               ; preds = %81
  br label %88

88:                                               ; preds = %87
  %89 = load i32, ptr %6, align 4
  %90 = add nsw i32 %89, 1
  store i32 %90, ptr %6, align 4
  br label %11, !llvm.loop !11

91:                                               ; preds = %11
  store i32 -1, ptr %3, align 4
  br label %92

92:                                               ; preds = %91, %85
  %93 = load i32, ptr %3, align 4
  ret i32 %93
}

declare i32 @printf(ptr noundef, ...) #3

; Function Attrs: noinline nounwind optnone uwtable
define internal double @residual_norm() #0 {
  %1 = alloca double, align 8
  %2 = alloca i32, align 4
  %3 = alloca double, align 8
  %4 = alloca i32, align 4
  store double 0.000000e+00, ptr %1, align 8
  store i32 0, ptr %2, align 4
  br label %5

5:                                                ; preds = %39, %0
  %6 = load i32, ptr %2, align 4
  %7 = icmp slt i32 %6, 50
  br i1 %7, label %8, label %42

8:                                                ; preds = %5
  %9 = load i32, ptr %2, align 4
  %10 = sext i32 %9 to i64
  %11 = getelementptr inbounds [50 x double], ptr @b, i64 0, i64 %10
  %12 = load double, ptr %11, align 8
  store double %12, ptr %3, align 8
  store i32 0, ptr %4, align 4
  br label %13

13:                                               ; preds = %31, %8
  %14 = load i32, ptr %4, align 4
  %15 = icmp slt i32 %14, 50
  br i1 %15, label %16, label %34

16:                                               ; preds = %13
  %17 = load i32, ptr %2, align 4
  %18 = sext i32 %17 to i64
  %19 = getelementptr inbounds [50 x [50 x double]], ptr @A, i64 0, i64 %18
  %20 = load i32, ptr %4, align 4
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds [50 x double], ptr %19, i64 0, i64 %21
  %23 = load double, ptr %22, align 8
  %24 = load i32, ptr %4, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds [50 x double], ptr @x, i64 0, i64 %25
  %27 = load double, ptr %26, align 8
  %28 = load double, ptr %3, align 8
  %29 = fneg double %23
  %30 = call double @llvm.fmuladd.f64(double %29, double %27, double %28)
  store double %30, ptr %3, align 8
  br label %31

31:                                               ; preds = %16
  %32 = load i32, ptr %4, align 4
  %33 = add nsw i32 %32, 1
  store i32 %33, ptr %4, align 4
  br label %13, !llvm.loop !12

34:                                               ; preds = %13
  %35 = load double, ptr %3, align 8
  %36 = load double, ptr %3, align 8
  %37 = load double, ptr %1, align 8
  %38 = call double @llvm.fmuladd.f64(double %35, double %36, double %37)
  store double %38, ptr %1, align 8
  br label %39

39:                                               ; preds = %34
  %40 = load i32, ptr %2, align 4
  %41 = add nsw i32 %40, 1
  store i32 %41, ptr %2, align 4
  br label %5, !llvm.loop !13

42:                                               ; preds = %5
  %43 = load double, ptr %1, align 8
  %44 = call double @sqrt(double noundef %43) #4
  ret double %44
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: nounwind
declare double @sqrt(double noundef) #2

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind }

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
