; ModuleID = 'c/mandelbrot.c'
source_filename = "c/mandelbrot.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@main.shades = internal constant [11 x i8] c" .:-=+*#%@\00", align 1
@.str = private unnamed_addr constant [44 x i8] c"mandelbrot inside=%ld total iterations=%ld\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i64, align 8
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  %5 = alloca [65 x i8], align 16
  %6 = alloca i32, align 4
  %7 = alloca double, align 8
  %8 = alloca double, align 8
  %9 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store i64 0, ptr %2, align 8
  store i64 0, ptr %3, align 8
  store i32 0, ptr %4, align 4
  br label %10

10:                                               ; preds = %62, %0
  %11 = load i32, ptr %4, align 4
  %12 = icmp slt i32 %11, 24
  br i1 %12, label %13, label %65

13:                                               ; preds = %10
  store i32 0, ptr %6, align 4
  br label %14

14:                                               ; preds = %55, %13
  %15 = load i32, ptr %6, align 4
  %16 = icmp slt i32 %15, 64
  br i1 %16, label %17, label %58

17:                                               ; preds = %14
  %18 = load i32, ptr %6, align 4
  %19 = sitofp i32 %18 to double
  %20 = fmul double 3.000000e+00, %19
  %21 = fdiv double %20, 6.300000e+01
  %22 = fadd double -2.200000e+00, %21
  store double %22, ptr %7, align 8
  %23 = load i32, ptr %4, align 4
  %24 = sitofp i32 %23 to double
  %25 = fmul double 2.400000e+00, %24
  %26 = fdiv double %25, 2.300000e+01
  %27 = fadd double -1.200000e+00, %26
  store double %27, ptr %8, align 8
  %28 = load double, ptr %7, align 8
  %29 = load double, ptr %8, align 8
  %30 = call i32 @iterations(double noundef %28, double noundef %29)
  store i32 %30, ptr %9, align 4
  %31 = load i32, ptr %9, align 4
  %32 = sext i32 %31 to i64
  %33 = load i64, ptr %3, align 8
  %34 = add nsw i64 %33, %32
  store i64 %34, ptr %3, align 8
  %35 = load i32, ptr %9, align 4
  %36 = icmp eq i32 %35, 200
  br i1 %36, label %37, label %40

37:                                               ; preds = %17
  %38 = load i64, ptr %2, align 8
  %39 = add nsw i64 %38, 1
  store i64 %39, ptr %2, align 8
  br label %40

40:                                               ; preds = %37, %17
  %41 = load i32, ptr %9, align 4
  %42 = icmp eq i32 %41, 200
  br i1 %42, label %43, label %44

43:                                               ; preds = %40
  br label %47

44:                                               ; preds = %40
  %45 = load i32, ptr %9, align 4
  %46 = srem i32 %45, 9
  br label %47

47:                                               ; preds = %44, %43
  %48 = phi i32 [ 9, %43 ], [ %46, %44 ]
  %49 = sext i32 %48 to i64
  %50 = getelementptr inbounds [11 x i8], ptr @main.shades, i64 0, i64 %49
  %51 = load i8, ptr %50, align 1
  %52 = load i32, ptr %6, align 4
  %53 = sext i32 %52 to i64
  %54 = getelementptr inbounds [65 x i8], ptr %5, i64 0, i64 %53
  store i8 %51, ptr %54, align 1
  br label %55

55:                                               ; preds = %47
  %56 = load i32, ptr %6, align 4
  %57 = add nsw i32 %56, 1
  store i32 %57, ptr %6, align 4
  br label %14, !llvm.loop !5

58:                                               ; preds = %14
  %59 = getelementptr inbounds [65 x i8], ptr %5, i64 0, i64 64
  store i8 0, ptr %59, align 16
  %60 = getelementptr inbounds [65 x i8], ptr %5, i64 0, i64 0
  %61 = call i32 @puts(ptr noundef %60)
  br label %62

62:                                               ; preds = %58
  %63 = load i32, ptr %4, align 4
  %64 = add nsw i32 %63, 1
  store i32 %64, ptr %4, align 4
  br label %10, !llvm.loop !7

65:                                               ; preds = %10
  %66 = load i64, ptr %2, align 8
  %67 = load i64, ptr %3, align 8
  %68 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %66, i64 noundef %67)
  %69 = call i32 @iterations(double noundef 0.000000e+00, double noundef 0.000000e+00)
  %70 = icmp eq i32 %69, 200
  br i1 %70, label %71, label %77

71:                                               ; preds = %65
  %72 = call i32 @iterations(double noundef 1.000000e+00, double noundef 0.000000e+00)
  %73 = icmp eq i32 %72, 3
  br i1 %73, label %74, label %77

74:                                               ; preds = %71
  %75 = load i64, ptr %2, align 8
  %76 = icmp sgt i64 %75, 0
  br label %77

77:                                               ; preds = %74, %71, %65
  %78 = phi i1 [ false, %71 ], [ false, %65 ], [ %76, %74 ]
  %79 = zext i1 %78 to i64
  %80 = select i1 %78, i32 0, i32 1
  ret i32 %80
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @iterations(double noundef %0, double noundef %1) #0 {
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  %5 = alloca double, align 8
  %6 = alloca double, align 8
  %7 = alloca i32, align 4
  %8 = alloca double, align 8
  store double %0, ptr %3, align 8
  store double %1, ptr %4, align 8
  store double 0.000000e+00, ptr %5, align 8
  store double 0.000000e+00, ptr %6, align 8
  store i32 0, ptr %7, align 4
  br label %9

9:                                                ; preds = %22, %2
  %10 = load i32, ptr %7, align 4
  %11 = icmp slt i32 %10, 200
  br i1 %11, label %12, label %20

12:                                               ; preds = %9
  %13 = load double, ptr %5, align 8
  %14 = load double, ptr %5, align 8
  %15 = load double, ptr %6, align 8
  %16 = load double, ptr %6, align 8
  %17 = fmul double %15, %16
  %18 = call double @llvm.fmuladd.f64(double %13, double %14, double %17)
  %19 = fcmp ole double %18, 4.000000e+00
  br label %20

20:                                               ; preds = %12, %9
  %21 = phi i1 [ false, %9 ], [ %19, %12 ]
  br i1 %21, label %22, label %40

22:                                               ; preds = %20
  %23 = load double, ptr %5, align 8
  %24 = load double, ptr %5, align 8
  %25 = load double, ptr %6, align 8
  %26 = load double, ptr %6, align 8
  %27 = fmul double %25, %26
  %28 = fneg double %27
  %29 = call double @llvm.fmuladd.f64(double %23, double %24, double %28)
  %30 = load double, ptr %3, align 8
  %31 = fadd double %29, %30
  store double %31, ptr %8, align 8
  %32 = load double, ptr %5, align 8
  %33 = fmul double 2.000000e+00, %32
  %34 = load double, ptr %6, align 8
  %35 = load double, ptr %4, align 8
  %36 = call double @llvm.fmuladd.f64(double %33, double %34, double %35)
  store double %36, ptr %6, align 8
  %37 = load double, ptr %8, align 8
  store double %37, ptr %5, align 8
  %38 = load i32, ptr %7, align 4
  %39 = add nsw i32 %38, 1
  store i32 %39, ptr %7, align 4
  br label %9, !llvm.loop !8

40:                                               ; preds = %20
  %41 = load i32, ptr %7, align 4
  ret i32 %41
}

declare i32 @puts(ptr noundef) #1

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

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
