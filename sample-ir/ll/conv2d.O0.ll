; ModuleID = 'c/conv2d.c'
source_filename = "c/conv2d.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@image = internal global [48 x [64 x float]] zeroinitializer, align 16
@blurred = internal global [48 x [64 x float]] zeroinitializer, align 16
@gauss5 = internal constant [5 x [5 x float]] [[5 x float] [float 1.000000e+00, float 4.000000e+00, float 6.000000e+00, float 4.000000e+00, float 1.000000e+00], [5 x float] [float 4.000000e+00, float 1.600000e+01, float 2.400000e+01, float 1.600000e+01, float 4.000000e+00], [5 x float] [float 6.000000e+00, float 2.400000e+01, float 3.600000e+01, float 2.400000e+01, float 6.000000e+00], [5 x float] [float 4.000000e+00, float 1.600000e+01, float 2.400000e+01, float 1.600000e+01, float 4.000000e+00], [5 x float] [float 1.000000e+00, float 4.000000e+00, float 6.000000e+00, float 4.000000e+00, float 1.000000e+00]], align 16
@edges = internal global [48 x [64 x float]] zeroinitializer, align 16
@sobel_x = internal constant [3 x [3 x float]] [[3 x float] [float -1.000000e+00, float 0.000000e+00, float 1.000000e+00], [3 x float] [float -2.000000e+00, float 0.000000e+00, float 2.000000e+00], [3 x float] [float -1.000000e+00, float 0.000000e+00, float 1.000000e+00]], align 16
@.str = private unnamed_addr constant [67 x i8] c"conv2d mass in=%.2f blurred=%.2f edge(left)=%.1f edge(right)=%.1f\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca float, align 4
  %5 = alloca float, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store i32 0, ptr %2, align 4
  br label %8

8:                                                ; preds = %41, %0
  %9 = load i32, ptr %2, align 4
  %10 = icmp slt i32 %9, 48
  br i1 %10, label %11, label %44

11:                                               ; preds = %8
  store i32 0, ptr %3, align 4
  br label %12

12:                                               ; preds = %37, %11
  %13 = load i32, ptr %3, align 4
  %14 = icmp slt i32 %13, 64
  br i1 %14, label %15, label %40

15:                                               ; preds = %12
  %16 = load i32, ptr %3, align 4
  %17 = icmp sge i32 %16, 20
  br i1 %17, label %18, label %27

18:                                               ; preds = %15
  %19 = load i32, ptr %3, align 4
  %20 = icmp slt i32 %19, 44
  br i1 %20, label %21, label %27

21:                                               ; preds = %18
  %22 = load i32, ptr %2, align 4
  %23 = icmp sge i32 %22, 12
  br i1 %23, label %24, label %27

24:                                               ; preds = %21
  %25 = load i32, ptr %2, align 4
  %26 = icmp slt i32 %25, 36
  br label %27

27:                                               ; preds = %24, %21, %18, %15
  %28 = phi i1 [ false, %21 ], [ false, %18 ], [ false, %15 ], [ %26, %24 ]
  %29 = zext i1 %28 to i64
  %30 = select i1 %28, float 1.000000e+00, float 0.000000e+00
  %31 = load i32, ptr %2, align 4
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds [48 x [64 x float]], ptr @image, i64 0, i64 %32
  %34 = load i32, ptr %3, align 4
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds [64 x float], ptr %33, i64 0, i64 %35
  store float %30, ptr %36, align 4
  br label %37

37:                                               ; preds = %27
  %38 = load i32, ptr %3, align 4
  %39 = add nsw i32 %38, 1
  store i32 %39, ptr %3, align 4
  br label %12, !llvm.loop !5

40:                                               ; preds = %12
  br label %41

41:                                               ; preds = %40
  %42 = load i32, ptr %2, align 4
  %43 = add nsw i32 %42, 1
  store i32 %43, ptr %2, align 4
  br label %8, !llvm.loop !7

44:                                               ; preds = %8
  call void @convolve(ptr noundef @image, ptr noundef @blurred, i32 noundef 5, ptr noundef @gauss5, float noundef 3.906250e-03)
  call void @convolve(ptr noundef @image, ptr noundef @edges, i32 noundef 3, ptr noundef @sobel_x, float noundef 1.000000e+00)
  store float 0.000000e+00, ptr %4, align 4
  store float 0.000000e+00, ptr %5, align 4
  store i32 0, ptr %6, align 4
  br label %45

45:                                               ; preds = %75, %44
  %46 = load i32, ptr %6, align 4
  %47 = icmp slt i32 %46, 48
  br i1 %47, label %48, label %78

48:                                               ; preds = %45
  store i32 0, ptr %7, align 4
  br label %49

49:                                               ; preds = %71, %48
  %50 = load i32, ptr %7, align 4
  %51 = icmp slt i32 %50, 64
  br i1 %51, label %52, label %74

52:                                               ; preds = %49
  %53 = load i32, ptr %6, align 4
  %54 = sext i32 %53 to i64
  %55 = getelementptr inbounds [48 x [64 x float]], ptr @image, i64 0, i64 %54
  %56 = load i32, ptr %7, align 4
  %57 = sext i32 %56 to i64
  %58 = getelementptr inbounds [64 x float], ptr %55, i64 0, i64 %57
  %59 = load float, ptr %58, align 4
  %60 = load float, ptr %4, align 4
  %61 = fadd float %60, %59
  store float %61, ptr %4, align 4
  %62 = load i32, ptr %6, align 4
  %63 = sext i32 %62 to i64
  %64 = getelementptr inbounds [48 x [64 x float]], ptr @blurred, i64 0, i64 %63
  %65 = load i32, ptr %7, align 4
  %66 = sext i32 %65 to i64
  %67 = getelementptr inbounds [64 x float], ptr %64, i64 0, i64 %66
  %68 = load float, ptr %67, align 4
  %69 = load float, ptr %5, align 4
  %70 = fadd float %69, %68
  store float %70, ptr %5, align 4
  br label %71

71:                                               ; preds = %52
  %72 = load i32, ptr %7, align 4
  %73 = add nsw i32 %72, 1
  store i32 %73, ptr %7, align 4
  br label %49, !llvm.loop !8

74:                                               ; preds = %49
  br label %75

75:                                               ; preds = %74
  %76 = load i32, ptr %6, align 4
  %77 = add nsw i32 %76, 1
  store i32 %77, ptr %6, align 4
  br label %45, !llvm.loop !9

78:                                               ; preds = %45
  %79 = load float, ptr %4, align 4
  %80 = fpext float %79 to double
  %81 = load float, ptr %5, align 4
  %82 = fpext float %81 to double
  %83 = load float, ptr getelementptr inbounds ([48 x [64 x float]], ptr @edges, i64 0, i64 24, i64 20), align 16
  %84 = fpext float %83 to double
  %85 = load float, ptr getelementptr inbounds ([48 x [64 x float]], ptr @edges, i64 0, i64 24, i64 43), align 4
  %86 = fpext float %85 to double
  %87 = call i32 (ptr, ...) @printf(ptr noundef @.str, double noundef %80, double noundef %82, double noundef %84, double noundef %86)
  %88 = load float, ptr %4, align 4
  %89 = load float, ptr %5, align 4
  %90 = fsub float %88, %89
  %91 = call float @llvm.fabs.f32(float %90)
  %92 = fcmp olt float %91, 0x3F847AE140000000
  br i1 %92, label %93, label %99

93:                                               ; preds = %78
  %94 = load float, ptr getelementptr inbounds ([48 x [64 x float]], ptr @edges, i64 0, i64 24, i64 20), align 16
  %95 = fcmp oeq float %94, 4.000000e+00
  br i1 %95, label %96, label %99

96:                                               ; preds = %93
  %97 = load float, ptr getelementptr inbounds ([48 x [64 x float]], ptr @edges, i64 0, i64 24, i64 43), align 4
  %98 = fcmp oeq float %97, -4.000000e+00
  br label %99

99:                                               ; preds = %96, %93, %78
  %100 = phi i1 [ false, %93 ], [ false, %78 ], [ %98, %96 ]
  %101 = zext i1 %100 to i64
  %102 = select i1 %100, i32 0, i32 1
  ret i32 %102
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @convolve(ptr noundef %0, ptr noundef %1, i32 noundef %2, ptr noundef %3, float noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  %10 = alloca float, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca float, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store ptr %3, ptr %9, align 8
  store float %4, ptr %10, align 4
  %17 = load i32, ptr %8, align 4
  %18 = sdiv i32 %17, 2
  store i32 %18, ptr %11, align 4
  store i32 0, ptr %12, align 4
  br label %19

19:                                               ; preds = %92, %5
  %20 = load i32, ptr %12, align 4
  %21 = icmp slt i32 %20, 48
  br i1 %21, label %22, label %95

22:                                               ; preds = %19
  store i32 0, ptr %13, align 4
  br label %23

23:                                               ; preds = %88, %22
  %24 = load i32, ptr %13, align 4
  %25 = icmp slt i32 %24, 64
  br i1 %25, label %26, label %91

26:                                               ; preds = %23
  store float 0.000000e+00, ptr %14, align 4
  %27 = load i32, ptr %11, align 4
  %28 = sub nsw i32 0, %27
  store i32 %28, ptr %15, align 4
  br label %29

29:                                               ; preds = %74, %26
  %30 = load i32, ptr %15, align 4
  %31 = load i32, ptr %11, align 4
  %32 = icmp sle i32 %30, %31
  br i1 %32, label %33, label %77

33:                                               ; preds = %29
  %34 = load i32, ptr %11, align 4
  %35 = sub nsw i32 0, %34
  store i32 %35, ptr %16, align 4
  br label %36

36:                                               ; preds = %70, %33
  %37 = load i32, ptr %16, align 4
  %38 = load i32, ptr %11, align 4
  %39 = icmp sle i32 %37, %38
  br i1 %39, label %40, label %73

40:                                               ; preds = %36
  %41 = load ptr, ptr %9, align 8
  %42 = load i32, ptr %15, align 4
  %43 = load i32, ptr %11, align 4
  %44 = add nsw i32 %42, %43
  %45 = load i32, ptr %8, align 4
  %46 = mul nsw i32 %44, %45
  %47 = load i32, ptr %16, align 4
  %48 = load i32, ptr %11, align 4
  %49 = add nsw i32 %47, %48
  %50 = add nsw i32 %46, %49
  %51 = sext i32 %50 to i64
  %52 = getelementptr inbounds float, ptr %41, i64 %51
  %53 = load float, ptr %52, align 4
  %54 = load ptr, ptr %6, align 8
  %55 = load i32, ptr %12, align 4
  %56 = load i32, ptr %15, align 4
  %57 = add nsw i32 %55, %56
  %58 = call i32 @clamp(i32 noundef %57, i32 noundef 0, i32 noundef 47)
  %59 = sext i32 %58 to i64
  %60 = getelementptr inbounds [64 x float], ptr %54, i64 %59
  %61 = load i32, ptr %13, align 4
  %62 = load i32, ptr %16, align 4
  %63 = add nsw i32 %61, %62
  %64 = call i32 @clamp(i32 noundef %63, i32 noundef 0, i32 noundef 63)
  %65 = sext i32 %64 to i64
  %66 = getelementptr inbounds [64 x float], ptr %60, i64 0, i64 %65
  %67 = load float, ptr %66, align 4
  %68 = load float, ptr %14, align 4
  %69 = call float @llvm.fmuladd.f32(float %53, float %67, float %68)
  store float %69, ptr %14, align 4
  br label %70

70:                                               ; preds = %40
  %71 = load i32, ptr %16, align 4
  %72 = add nsw i32 %71, 1
  store i32 %72, ptr %16, align 4
  br label %36, !llvm.loop !10

73:                                               ; preds = %36
  br label %74

74:                                               ; preds = %73
  %75 = load i32, ptr %15, align 4
  %76 = add nsw i32 %75, 1
  store i32 %76, ptr %15, align 4
  br label %29, !llvm.loop !11

77:                                               ; preds = %29
  %78 = load float, ptr %14, align 4
  %79 = load float, ptr %10, align 4
  %80 = fmul float %78, %79
  %81 = load ptr, ptr %7, align 8
  %82 = load i32, ptr %12, align 4
  %83 = sext i32 %82 to i64
  %84 = getelementptr inbounds [64 x float], ptr %81, i64 %83
  %85 = load i32, ptr %13, align 4
  %86 = sext i32 %85 to i64
  %87 = getelementptr inbounds [64 x float], ptr %84, i64 0, i64 %86
  store float %80, ptr %87, align 4
  br label %88

88:                                               ; preds = %77
  %89 = load i32, ptr %13, align 4
  %90 = add nsw i32 %89, 1
  store i32 %90, ptr %13, align 4
  br label %23, !llvm.loop !12

91:                                               ; preds = %23
  br label %92

92:                                               ; preds = %91
  %93 = load i32, ptr %12, align 4
  %94 = add nsw i32 %93, 1
  store i32 %94, ptr %12, align 4
  br label %19, !llvm.loop !13

95:                                               ; preds = %19
  ret void
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fabs.f32(float) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @clamp(i32 noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32 %0, ptr %4, align 4
  store i32 %1, ptr %5, align 4
  store i32 %2, ptr %6, align 4
  %7 = load i32, ptr %4, align 4
  %8 = load i32, ptr %5, align 4
  %9 = icmp slt i32 %7, %8
  br i1 %9, label %10, label %12

10:                                               ; preds = %3
  %11 = load i32, ptr %5, align 4
  br label %22

12:                                               ; preds = %3
  %13 = load i32, ptr %4, align 4
  %14 = load i32, ptr %6, align 4
  %15 = icmp sgt i32 %13, %14
  br i1 %15, label %16, label %18

16:                                               ; preds = %12
  %17 = load i32, ptr %6, align 4
  br label %20

18:                                               ; preds = %12
  %19 = load i32, ptr %4, align 4
  br label %20

20:                                               ; preds = %18, %16
  %21 = phi i32 [ %17, %16 ], [ %19, %18 ]
  br label %22

22:                                               ; preds = %20, %10
  %23 = phi i32 [ %11, %10 ], [ %21, %20 ]
  ret i32 %23
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #2

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
!9 = distinct !{!9, !6}
!10 = distinct !{!10, !6}
!11 = distinct !{!11, !6}
!12 = distinct !{!12, !6}
!13 = distinct !{!13, !6}
