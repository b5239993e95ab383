; ModuleID = 'c/stencil3d.c'
source_filename = "c/stencil3d.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@field = internal global [13440 x float] zeroinitializer, align 16
@lap = internal global [13440 x float] zeroinitializer, align 16
@.str = private unnamed_addr constant [33 x i8] c"stencil3d %dx%dx%d max error=%g\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca float, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca float, align 4
  %7 = alloca float, align 4
  %8 = alloca float, align 4
  %9 = alloca float, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store float 5.000000e-01, ptr %2, align 4
  store i32 0, ptr %3, align 4
  br label %13

13:                                               ; preds = %62, %0
  %14 = load i32, ptr %3, align 4
  %15 = icmp slt i32 %14, 20
  br i1 %15, label %16, label %65

16:                                               ; preds = %13
  store i32 0, ptr %4, align 4
  br label %17

17:                                               ; preds = %58, %16
  %18 = load i32, ptr %4, align 4
  %19 = icmp slt i32 %18, 24
  br i1 %19, label %20, label %61

20:                                               ; preds = %17
  store i32 0, ptr %5, align 4
  br label %21

21:                                               ; preds = %54, %20
  %22 = load i32, ptr %5, align 4
  %23 = icmp slt i32 %22, 28
  br i1 %23, label %24, label %57

24:                                               ; preds = %21
  %25 = load i32, ptr %5, align 4
  %26 = sitofp i32 %25 to float
  %27 = fmul float %26, 5.000000e-01
  store float %27, ptr %6, align 4
  %28 = load i32, ptr %4, align 4
  %29 = sitofp i32 %28 to float
  %30 = fmul float %29, 5.000000e-01
  store float %30, ptr %7, align 4
  %31 = load i32, ptr %3, align 4
  %32 = sitofp i32 %31 to float
  %33 = fmul float %32, 5.000000e-01
  store float %33, ptr %8, align 4
  %34 = load float, ptr %6, align 4
  %35 = load float, ptr %6, align 4
  %36 = load float, ptr %7, align 4
  %37 = fmul float 2.000000e+00, %36
  %38 = load float, ptr %7, align 4
  %39 = fmul float %37, %38
  %40 = call float @llvm.fmuladd.f32(float %34, float %35, float %39)
  %41 = load float, ptr %8, align 4
  %42 = fmul float 3.000000e+00, %41
  %43 = load float, ptr %8, align 4
  %44 = call float @llvm.fmuladd.f32(float %42, float %43, float %40)
  %45 = load i32, ptr %3, align 4
  %46 = mul nsw i32 %45, 24
  %47 = load i32, ptr %4, align 4
  %48 = add nsw i32 %46, %47
  %49 = mul nsw i32 %48, 28
  %50 = load i32, ptr %5, align 4
  %51 = add nsw i32 %49, %50
  %52 = sext i32 %51 to i64
  %53 = getelementptr inbounds [13440 x float], ptr @field, i64 0, i64 %52
  store float %44, ptr %53, align 4
  br label %54

54:                                               ; preds = %24
  %55 = load i32, ptr %5, align 4
  %56 = add nsw i32 %55, 1
  store i32 %56, ptr %5, align 4
  br label %21, !llvm.loop !5

57:                                               ; preds = %21
  br label %58

58:                                               ; preds = %57
  %59 = load i32, ptr %4, align 4
  %60 = add nsw i32 %59, 1
  store i32 %60, ptr %4, align 4
  br label %17, !llvm.loop !7

61:                                               ; preds = %17
  br label %62

62:                                               ; preds = %61
  %63 = load i32, ptr %3, align 4
  %64 = add nsw i32 %63, 1
  store i32 %64, ptr %3, align 4
  br label %13, !llvm.loop !8

65:                                               ; preds = %13
  call void @laplacian7(ptr noundef @field, ptr noundef @lap, float noundef 4.000000e+00)
  store float 0.000000e+00, ptr %9, align 4
  store i32 1, ptr %10, align 4
  br label %66

66:                                               ; preds = %100, %65
  %67 = load i32, ptr %10, align 4
  %68 = icmp slt i32 %67, 19
  br i1 %68, label %69, label %103

69:                                               ; preds = %66
  store i32 1, ptr %11, align 4
  br label %70

70:                                               ; preds = %96, %69
  %71 = load i32, ptr %11, align 4
  %72 = icmp slt i32 %71, 23
  br i1 %72, label %73, label %99

73:                                               ; preds = %70
  store i32 1, ptr %12, align 4
  br label %74

74:                                               ; preds = %92, %73
  %75 = load i32, ptr %12, align 4
  %76 = icmp slt i32 %75, 27
  br i1 %76, label %77, label %95

77:                                               ; preds = %74
  %78 = load float, ptr %9, align 4
  %79 = load i32, ptr %10, align 4
  %80 = mul nsw i32 %79, 24
  %81 = load i32, ptr %11, align 4
  %82 = add nsw i32 %80, %81
  %83 = mul nsw i32 %82, 28
  %84 = load i32, ptr %12, align 4
  %85 = add nsw i32 %83, %84
  %86 = sext i32 %85 to i64
  %87 = getelementptr inbounds [13440 x float], ptr @lap, i64 0, i64 %86
  %88 = load float, ptr %87, align 4
  %89 = fsub float %88, 1.200000e+01
  %90 = call float @llvm.fabs.f32(float %89)
  %91 = call float @llvm.maxnum.f32(float %78, float %90)
  store float %91, ptr %9, align 4
  br label %92

92:                                               ; preds = %77
  %93 = load i32, ptr %12, align 4
  %94 = add nsw i32 %93, 1
  store i32 %94, ptr %12, align 4
  br label %74, !llvm.loop !9

95:                                               ; preds = %74
  br label %96

96:                                               ; preds = %95
  %97 = load i32, ptr %11, align 4
  %98 = add nsw i32 %97, 1
  store i32 %98, ptr %11, align 4
  br label %70, !llvm.loop !10

99:                                               ; preds = %70
  br label %100

100:                                              ; preds = %99
  %101 = load i32, ptr %10, align 4
  %102 = add nsw i32 %101, 1
  store i32 %102, ptr %10, align 4
  br label %66, !llvm.loop !11

103:                                              ; preds = %66
  %104 = load float, ptr %9, align 4
  %105 = fpext float %104 to double
  %106 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef 28, i32 noundef 24, i32 noundef 20, double noundef %105)
  %107 = load float, ptr %9, align 4
  %108 = fcmp olt float %107, 0x3F847AE140000000
  %109 = zext i1 %108 to i64
  %110 = select i1 %108, i32 0, i32 1
  ret i32 %110
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal void @laplacian7(ptr noalias noundef %0, ptr noalias noundef %1, float noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca float, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca float, align 4
  %11 = alloca float, align 4
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store float %2, ptr %6, align 4
  store i32 1, ptr %7, align 4
  br label %12

12:                                               ; preds = %135, %3
  %13 = load i32, ptr %7, align 4
  %14 = icmp slt i32 %13, 19
  br i1 %14, label %15, label %138

15:                                               ; preds = %12
  store i32 1, ptr %8, align 4
  br label %16

16:                                               ; preds = %131, %15
  %17 = load i32, ptr %8, align 4
  %18 = icmp slt i32 %17, 23
  br i1 %18, label %19, label %134

19:                                               ; preds = %16
  store i32 1, ptr %9, align 4
  br label %20

20:                                               ; preds = %127, %19
  %21 = load i32, ptr %9, align 4
  %22 = icmp slt i32 %21, 27
  br i1 %22, label %23, label %130

23:                                               ; preds = %20
  %24 = load ptr, ptr %4, align 8
  %25 = load i32, ptr %7, align 4
  %26 = mul nsw i32 %25, 24
  %27 = load i32, ptr %8, align 4
  %28 = add nsw i32 %26, %27
  %29 = mul nsw i32 %28, 28
  %30 = load i32, ptr %9, align 4
  %31 = add nsw i32 %29, %30
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds float, ptr %24, i64 %32
  %34 = load float, ptr %33, align 4
  store float %34, ptr %10, align 4
  %35 = load ptr, ptr %4, align 8
  %36 = load i32, ptr %7, align 4
  %37 = sub nsw i32 %36, 1
  %38 = mul nsw i32 %37, 24
  %39 = load i32, ptr %8, align 4
  %40 = add nsw i32 %38, %39
  %41 = mul nsw i32 %40, 28
  %42 = load i32, ptr %9, align 4
  %43 = add nsw i32 %41, %42
  %44 = sext i32 %43 to i64
  %45 = getelementptr inbounds float, ptr %35, i64 %44
  %46 = load float, ptr %45, align 4
  %47 = load ptr, ptr %4, align 8
  %48 = load i32, ptr %7, align 4
  %49 = add nsw i32 %48, 1
  %50 = mul nsw i32 %49, 24
  %51 = load i32, ptr %8, align 4
  %52 = add nsw i32 %50, %51
  %53 = mul nsw i32 %52, 28
  %54 = load i32, ptr %9, align 4
  %55 = add nsw i32 %53, %54
  %56 = sext i32 %55 to i64
  %57 = getelementptr inbounds float, ptr %47, i64 %56
  %58 = load float, ptr %57, align 4
  %59 = fadd float %46, %58
  %60 = load ptr, ptr %4, align 8
  %61 = load i32, ptr %7, align 4
  %62 = mul nsw i32 %61, 24
  %63 = load i32, ptr %8, align 4
  %64 = sub nsw i32 %63, 1
  %65 = add nsw i32 %62, %64
  %66 = mul nsw i32 %65, 28
  %67 = load i32, ptr %9, align 4
  %68 = add nsw i32 %66, %67
  %69 = sext i32 %68 to i64
  %70 = getelementptr inbounds float, ptr %60, i64 %69
  %71 = load float, ptr %70, align 4
  %72 = fadd float %59, %71
  %73 = load ptr, ptr %4, align 8
  %74 = load i32, ptr %7, align 4
  %75 = mul nsw i32 %74, 24
  %76 = load i32, ptr %8, align 4
  %77 = add nsw i32 %76, 1
  %78 = add nsw i32 %75, %77
  %79 = mul nsw i32 %78, 28
  %80 = load i32, ptr %9, align 4
  %81 = add nsw i32 %79, %80
  %82 = sext i32 %81 to i64
  %83 = getelementptr inbounds float, ptr %73, i64 %82
  %84 = load float, ptr %83, align 4
  %85 = fadd float %72, %84
  %86 = load ptr, ptr %4, align 8
  %87 = load i32, ptr %7, align 4
  %88 = mul nsw i32 %87, 24
  %89 = load i32, ptr %8, align 4
  %90 = add nsw i32 %88, %89
  %91 = mul nsw i32 %90, 28
  %92 = load i32, ptr %9, align 4
  %93 = sub nsw i32 %92, 1
  %94 = add nsw i32 %91, %93
  %95 = sext i32 %94 to i64
  %96 = getelementptr inbounds float, ptr %86, i64 %95
  %97 = load float, ptr %96, align 4
  %98 = fadd float %85, %97
  %99 = load ptr, ptr %4, align 8
  %100 = load i32, ptr %7, align 4
  %101 = mul nsw i32 %100, 24
  %102 = load i32, ptr %8, align 4
  %103 = add nsw i32 %101, %102
  %104 = mul nsw i32 %103, 28
  %105 = load i32, ptr %9, align 4
  %106 = add nsw i32 %105, 1
  %107 = add nsw i32 %104, %106
  %108 = sext i32 %107 to i64
  %109 = getelementptr inbounds float, ptr %99, i64 %108
  %110 = load float, ptr %109, align 4
  %111 = fadd float %98, %110
  store float %111, ptr %11, align 4
  %112 = load float, ptr %11, align 4
  %113 = load float, ptr %10, align 4
  %114 = call float @llvm.fmuladd.f32(float -6.000000e+00, float %113, float %112)
  %115 = load float, ptr %6, align 4
  %116 = fmul float %114, %115
  %117 = load ptr, ptr %5, align 8
  %118 = load i32, ptr %7, align 4
  %119 = mul nsw i32 %118, 24
  %120 = load i32, ptr %8, align 4
  %121 = add nsw i32 %119, %120
  %122 = mul nsw i32 %121, 28
  %123 = load i32, ptr %9, align 4
  %124 = add nsw i32 %122, %123
  %125 = sext i32 %124 to i64
  %126 = getelementptr inbounds float, ptr %117, i64 %125
  store float %116, ptr %126, align 4
  br label %127

127:                                              ; preds = %23
  %128 = load i32, ptr %9, align 4
  %129 = add nsw i32 %128, 1
  store i32 %129, ptr %9, align 4
  br label %20, !llvm.loop !12

130:                                              ; preds = %20
  br label %131

131:                                              ; preds = %130
  %132 = load i32, ptr %8, align 4
  %133 = add nsw i32 %132, 1
  store i32 %133, ptr %8, align 4
  br label %16, !llvm.loop !13

134:                                              ; preds = %16
  br label %135

135:                                              ; preds = %134
  %136 = load i32, ptr %7, align 4
  %137 = add nsw i32 %136, 1
  store i32 %137, ptr %7, align 4
  br label %12, !llvm.loop !14

138:                                              ; preds = %12
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fabs.f32(float) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.maxnum.f32(float, float) #1

declare i32 @printf(ptr noundef, ...) #2

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
