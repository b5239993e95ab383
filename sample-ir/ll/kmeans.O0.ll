; ModuleID = 'c/kmeans.c'
source_filename = "c/kmeans.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.point = type { float, float }

@main.centres = internal constant [3 x %struct.point] [%struct.point zeroinitializer, %struct.point { float 1.000000e+01, float 1.000000e+01 }, %struct.point { float -8.000000e+00, float 9.000000e+00 }], align 16
@points = internal global [300 x %struct.point] zeroinitializer, align 16
@label = internal global [300 x i32] zeroinitializer, align 16
@.str = private unnamed_addr constant [71 x i8] c"kmeans rounds=%d centres=(%.2f,%.2f) (%.2f,%.2f) (%.2f,%.2f) wrong=%d\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca float, align 4
  %4 = alloca float, align 4
  %5 = alloca %struct.point, align 4
  %6 = alloca [3 x %struct.point], align 16
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store i32 0, ptr %2, align 4
  br label %10

10:                                               ; preds = %50, %0
  %11 = load i32, ptr %2, align 4
  %12 = icmp slt i32 %11, 300
  br i1 %12, label %13, label %53

13:                                               ; preds = %10
  %14 = load i32, ptr %2, align 4
  %15 = mul nsw i32 %14, 73
  %16 = srem i32 %15, 101
  %17 = sitofp i32 %16 to float
  %18 = fdiv float %17, 5.000000e+01
  %19 = fsub float %18, 1.000000e+00
  store float %19, ptr %3, align 4
  %20 = load i32, ptr %2, align 4
  %21 = mul nsw i32 %20, 37
  %22 = srem i32 %21, 103
  %23 = sitofp i32 %22 to float
  %24 = fdiv float %23, 5.150000e+01
  %25 = fsub float %24, 1.000000e+00
  store float %25, ptr %4, align 4
  %26 = load i32, ptr %2, align 4
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds [300 x %struct.point], ptr @points, i64 0, i64 %27
  %29 = getelementptr inbounds %struct.point, ptr %5, i32 0, i32 0
  %30 = load i32, ptr %2, align 4
  %31 = srem i32 %30, 3
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds [3 x %struct.point], ptr @main.centres, i64 0, i64 %32
  %34 = getelementptr inbounds %struct.point, ptr %33, i32 0, i32 0
  %35 = load float, ptr %34, align 8
  %36 = load float, ptr %3, align 4
  %37 = fadd float %35, %36
  store float %37, ptr %29, align 4
  %38 = getelementptr inbounds %struct.point, ptr %5, i32 0, i32 1
  %39 = load i32, ptr %2, align 4
  %40 = srem i32 %39, 3
  %41 = sext i32 %40 to i64
  %42 = getelementptr inbounds [3 x %struct.point], ptr @main.centres, i64 0, i64 %41
  %43 = getelementptr inbounds %struct.point, ptr %42, i32 0, i32 1
  %44 = load float, ptr %43, align 4
  %45 = load float, ptr %4, align 4
  %46 = fadd float %44, %45
  store float %46, ptr %38, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %28, ptr align 4 %5, i64 8, i1 false)
  %47 = load i32, ptr %2, align 4
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds [300 x i32], ptr @label, i64 0, i64 %48
  store i32 -1, ptr %49, align 4
  br label %50

50:                                               ; preds = %13
  %51 = load i32, ptr %2, align 4
  %52 = add nsw i32 %51, 1
  store i32 %52, ptr %2, align 4
  br label %10, !llvm.loop !5

53:                                               ; preds = %10
  %54 = getelementptr inbounds [3 x %struct.point], ptr %6, i64 0, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %54, ptr align 16 @points, i64 8, i1 false)
  %55 = getelementptr inbounds %struct.point, ptr %54, i64 1
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %55, ptr align 8 getelementptr inbounds ([300 x %struct.point], ptr @points, i64 0, i64 1), i64 8, i1 false)
  %56 = getelementptr inbounds %struct.point, ptr %55, i64 1
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %56, ptr align 16 getelementptr inbounds ([300 x %struct.point], ptr @points, i64 0, i64 2), i64 8, i1 false)
  store i32 0, ptr %7, align 4
  br label %57

57:                                               ; preds = %66, %53
  %58 = getelementptr inbounds [3 x %struct.point], ptr %6, i64 0, i64 0
  %59 = call i32 @assign(ptr noundef %58)
  %60 = icmp sgt i32 %59, 0
  br i1 %60, label %61, label %64

61:                                               ; preds = %57
  %62 = load i32, ptr %7, align 4
  %63 = icmp slt i32 %62, 100
  br label %64

64:                                               ; preds = %61, %57
  %65 = phi i1 [ false, %57 ], [ %63, %61 ]
  br i1 %65, label %66, label %70

66:                                               ; preds = %64
  %67 = getelementptr inbounds [3 x %struct.point], ptr %6, i64 0, i64 0
  call void @update(ptr noundef %67)
  %68 = load i32, ptr %7, align 4
  %69 = add nsw i32 %68, 1
  store i32 %69, ptr %7, align 4
  br label %57, !llvm.loop !7

70:                                               ; preds = %64
  store i32 0, ptr %8, align 4
  store i32 3, ptr %9, align 4
  br label %71

71:                                               ; preds = %89, %70
  %72 = load i32, ptr %9, align 4
  %73 = icmp slt i32 %72, 300
  br i1 %73, label %74, label %92

74:                                               ; preds = %71
  %75 = load i32, ptr %9, align 4
  %76 = sext i32 %75 to i64
  %77 = getelementptr inbounds [300 x i32], ptr @label, i64 0, i64 %76
  %78 = load i32, ptr %77, align 4
  %79 = load i32, ptr %9, align 4
  %80 = srem i32 %79, 3
  %81 = sext i32 %80 to i64
  %82 = getelementptr inbounds [300 x i32], ptr @label, i64 0, i64 %81
  %83 = load i32, ptr %82, align 4
  %84 = icmp ne i32 %78, %83
  br i1 %84, label %85, label %88

85:                                               ; preds = %74
  %86 = load i32, ptr %8, align 4
  %87 = add nsw i32 %86, 1
  store i32 %87, ptr %8, align 4
  br label %88

88:                                               ; preds = %85, %74
  br label %89

89:                                               ; preds = %88
  %90 = load i32, ptr %9, align 4
  %91 = add nsw i32 %90, 1
  store i32 %91, ptr %9, align 4
  br label %71, !llvm.loop !8

92:                                               ; preds = %71
  %93 = load i32, ptr %7, align 4
  %94 = getelementptr inbounds [3 x %struct.point], ptr %6, i64 0, i64 0
  %95 = getelementptr inbounds %struct.point, ptr %94, i32 0, i32 0
  %96 = load float, ptr %95, align 16
  %97 = fpext float %96 to double
  %98 = getelementptr inbounds [3 x %struct.point], ptr %6, i64 0, i64 0
  %99 = getelementptr inbounds %struct.point, ptr %98, i32 0, i32 1
  %100 = load float, ptr %99, align 4
  %101 = fpext float %100 to double
  %102 = getelementptr inbounds [3 x %struct.point], ptr %6, i64 0, i64 1
  %103 = getelementptr inbounds %struct.point, ptr %102, i32 0, i32 0
  %104 = load float, ptr %103, align 8
  %105 = fpext float %104 to double
  %106 = getelementptr inbounds [3 x %struct.point], ptr %6, i64 0, i64 1
  %107 = getelementptr inbounds %struct.point, ptr %106, i32 0, i32 1
  %108 = load float, ptr %107, align 4
  %109 = fpext float %108 to double
  %110 = getelementptr inbounds [3 x %struct.point], ptr %6, i64 0, i64 2
  %111 = getelementptr inbounds %struct.point, ptr %110, i32 0, i32 0
  %112 = load float, ptr %111, align 16
  %113 = fpext float %112 to double
  %114 = getelementptr inbounds [3 x %struct.point], ptr %6, i64 0, i64 2
  %115 = getelementptr inbounds %struct.point, ptr %114, i32 0, i32 1
  %116 = load float, ptr %115, align 4
  %117 = fpext float %116 to double
  %118 = load i32, ptr %8, align 4
  %119 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %93, double noundef %97, double noundef %101, double noundef %105, double noundef %109, double noundef %113, double noundef %117, i32 noundef %118)
  %120 = load i32, ptr %8, align 4
  %121 = icmp eq i32 %120, 0
  %122 = zext i1 %121 to i64
  %123 = select i1 %121, i32 0, i32 1
  ret i32 %123
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @assign(ptr noundef %0) #2 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca float, align 4
  %7 = alloca i32, align 4
  %8 = alloca float, align 4
  store ptr %0, ptr %2, align 8
  store i32 0, ptr %3, align 4
  store i32 0, ptr %4, align 4
  br label %9

9:                                                ; preds = %52, %1
  %10 = load i32, ptr %4, align 4
  %11 = icmp slt i32 %10, 300
  br i1 %11, label %12, label %55

12:                                               ; preds = %9
  store i32 0, ptr %5, align 4
  store float 0x47EFFFFFE0000000, ptr %6, align 4
  store i32 0, ptr %7, align 4
  br label %13

13:                                               ; preds = %34, %12
  %14 = load i32, ptr %7, align 4
  %15 = icmp slt i32 %14, 3
  br i1 %15, label %16, label %37

16:                                               ; preds = %13
  %17 = load i32, ptr %4, align 4
  %18 = sext i32 %17 to i64
  %19 = getelementptr inbounds [300 x %struct.point], ptr @points, i64 0, i64 %18
  %20 = load ptr, ptr %2, align 8
  %21 = load i32, ptr %7, align 4
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds %struct.point, ptr %20, i64 %22
  %24 = load <2 x float>, ptr %19, align 8
  %25 = load <2 x float>, ptr %23, align 4
  %26 = call float @dist2(<2 x float> %24, <2 x float> %25)
  store float %26, ptr %8, align 4
  %27 = load float, ptr %8, align 4
  %28 = load float, ptr %6, align 4
  %29 = fcmp olt float %27, %28
  br i1 %29, label %30, label %33

30:                                               ; preds = %16
  %31 = load float, ptr %8, align 4
  store float %31, ptr %6, align 4
  %32 = load i32, ptr %7, align 4
  store i32 %32, ptr %5, align 4
  br label %33

33:                                               ; preds = %30, %16
  br label %34

34:                                               ; preds = %33
  %35 = load i32, ptr %7, align 4
  %36 = add nsw i32 %35, 1
  store i32 %36, ptr %7, align 4
  br label %13, !llvm.loop !9

37:                                               ; preds = %13
  %38 = load i32, ptr %4, align 4
  %39 = sext i32 %38 to i64
  %40 = getelementptr inbounds [300 x i32], ptr @label, i64 0, i64 %39
  %41 = load i32, ptr %40, align 4
  %42 = load i32, ptr %5, align 4
  %43 = icmp ne i32 %41, %42
  br i1 %43, label %44, label %51

44:                                               ; preds = %37
  %45 = load i32, ptr %5, align 4
  %46 = load i32, ptr %4, align 4
  %47 = sext i32 %46 to i64
  %48 = getelementptr inbounds [300 x i32], ptr @label, i64 0, i64 %47
  store i32 %45, ptr %48, align 4
  %49 = load i32, ptr %3, align 4
  %50 = add nsw i32 %49, 1
  store i32 %50, ptr %3, align 4
  br label %51

51:                                               ; preds = %44, %37
  br label %52

52:                                               ; preds = %51
  %53 = load i32, ptr %4, align 4
  %54 = add nsw i32 %53, 1
  store i32 %54, ptr %4, align 4
  br label %9, !llvm.loop !10

55:                                               ; preds = %9
  %56 = load i32, ptr %3, align 4
  ret i32 %56
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @update(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca [3 x float], align 4
  %4 = alloca [3 x float], align 4
  %5 = alloca [3 x i32], align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca %struct.point, align 4
  store ptr %0, ptr %2, align 8
  call void @llvm.memset.p0.i64(ptr align 4 %3, i8 0, i64 12, i1 false)
  call void @llvm.memset.p0.i64(ptr align 4 %4, i8 0, i64 12, i1 false)
  call void @llvm.memset.p0.i64(ptr align 4 %5, i8 0, i64 12, i1 false)
  store i32 0, ptr %6, align 4
  br label %9

9:                                                ; preds = %47, %1
  %10 = load i32, ptr %6, align 4
  %11 = icmp slt i32 %10, 300
  br i1 %11, label %12, label %50

12:                                               ; preds = %9
  %13 = load i32, ptr %6, align 4
  %14 = sext i32 %13 to i64
  %15 = getelementptr inbounds [300 x %struct.point], ptr @points, i64 0, i64 %14
  %16 = getelementptr inbounds %struct.point, ptr %15, i32 0, i32 0
  %17 = load float, ptr %16, align 8
  %18 = load i32, ptr %6, align 4
  %19 = sext i32 %18 to i64
  %20 = getelementptr inbounds [300 x i32], ptr @label, i64 0, i64 %19
  %21 = load i32, ptr %20, align 4
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds [3 x float], ptr %3, i64 0, i64 %22
  %24 = load float, ptr %23, align 4
  %25 = fadd float %24, %17
  store float %25, ptr %23, align 4
  %26 = load i32, ptr %6, align 4
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds [300 x %struct.point], ptr @points, i64 0, i64 %27
  %29 = getelementptr inbounds %struct.point, ptr %28, i32 0, i32 1
  %30 = load float, ptr %29, align 4
  %31 = load i32, ptr %6, align 4
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds [300 x i32], ptr @label, i64 0, i64 %32
  %34 = load i32, ptr %33, align 4
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds [3 x float], ptr %4, i64 0, i64 %35
  %37 = load float, ptr %36, align 4
  %38 = fadd float %37, %30
  store float %38, ptr %36, align 4
  %39 = load i32, ptr %6, align 4
  %40 = sext i32 %39 to i64
  %41 = getelementptr inbounds [300 x i32], ptr @label, i64 0, i64 %40
  %42 = load i32, ptr %41, align 4
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds [3 x i32], ptr %5, i64 0, i64 %43
  %45 = load i32, ptr %44, align 4
  %46 = add nsw i32 %45, 1
  store i32 %46, ptr %44, align 4
  br label %47

47:                                               ; preds = %12
  %48 = load i32, ptr %6, align 4
  %49 = add nsw i32 %48, 1
  store i32 %49, ptr %6, align 4
  br label %9, !llvm.loop !11

50:                                               ; preds = %9
  store i32 0, ptr %7, align 4
  br label %51

51:                                               ; preds = %88, %50
  %52 = load i32, ptr %7, align 4
  %53 = icmp slt i32 %52, 3
  br i1 %53, label %54, label %91

54:                                               ; preds = %51
  %55 = load i32, ptr %7, align 4
  %56 = sext i32 %55 to i64
  %57 = getelementptr inbounds [3 x i32], ptr %5, i64 0, i64 %56
  %58 = load i32, ptr %57, align 4
  %59 = icmp sgt i32 %58, 0
  br i1 %59, label %60, label %87

60:                                               ; preds = %54
  %61 = load ptr, ptr %2, align 8
  %62 = load i32, ptr %7, align 4
  %63 = sext i32 %62 to i64
  %64 = getelementptr inbounds %struct.point, ptr %61, i64 %63
  %65 = getelementptr inbounds %struct.point, ptr %8, i32 0, i32 0
  %66 = load i32, ptr %7, align 4
  %67 = sext i32 %66 to i64
  %68 = getelementptr inbounds [3 x float], ptr %3, i64 0, i64 %67
  %69 = load float, ptr %68, align 4
  %70 = load i32, ptr %7, align 4
  %71 = sext i32 %70 to i64
  %72 = getelementptr inbounds [3 x i32], ptr %5, i64 0, i64 %71
  %73 = load i32, ptr %72, align 4
  %74 = sitofp i32 %73 to float
  %75 = fdiv float %69, %74
  store float %75, ptr %65, align 4
  %76 = getelementptr inbounds %struct.point, ptr %8, i32 0, i32 1
  %77 = load i32, ptr %7, align 4
  %78 = sext i32 %77 to i64
  %79 = getelementptr inbounds [3 x float], ptr %4, i64 0, i64 %78
  %80 = load float, ptr %79, align 4
  %81 = load i32, ptr %7, align 4
  %82 = sext i32 %81 to i64
  %83 = getelementptr inbounds [3 x i32], ptr %5, i64 0, i64 %82
  %84 = load i32, ptr %83, align 4
  %85 = sitofp i32 %84 to float
  %86 = fdiv float %80, %85
  store float %86, ptr %76, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %64, ptr align 4 %8, i64 8, i1 false)
  br label %87

87:                                               ; preds = %60, %54
  br label %88

88:                                               ; preds = %87
  %89 = load i32, ptr %7, align 4
  %90 = add nsw i32 %89, 1
  store i32 %90, ptr %7, align 4
  br label %51, !llvm.loop !12

91:                                               ; preds = %51
  ret void
}

declare i32 @printf(ptr noundef, ...) #3

; Function Attrs: noinline nounwind optnone uwtable
define internal float @dist2(<2 x float> %0, <2 x float> %1) #2 {
  %3 = alloca %struct.point, align 4
  %4 = alloca %struct.point, align 4
  %5 = alloca float, align 4
  %6 = alloca float, align 4
  store <2 x float> %0, ptr %3, align 4
  store <2 x float> %1, ptr %4, align 4
  %7 = getelementptr inbounds %struct.point, ptr %3, i32 0, i32 0
  %8 = load float, ptr %7, align 4
  %9 = getelementptr inbounds %struct.point, ptr %4, i32 0, i32 0
  %10 = load float, ptr %9, align 4
  %11 = fsub float %8, %10
  store float %11, ptr %5, align 4
  %12 = getelementptr inbounds %struct.point, ptr %3, i32 0, i32 1
  %13 = load float, ptr %12, align 4
  %14 = getelementptr inbounds %struct.point, ptr %4, i32 0, i32 1
  %15 = load float, ptr %14, align 4
  %16 = fsub float %13, %15
  store float %16, ptr %6, align 4
  %17 = load float, ptr %5, align 4
  %18 = load float, ptr %5, align 4
  %19 = load float, ptr %6, align 4
  %20 = load float, ptr %6, align 4
  %21 = fmul float %19, %20
  %22 = call float @llvm.fmuladd.f32(float %17, float %18, float %21)
  ret float %22
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #4

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #5

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="64" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #5 = { nocallback nofree nounwind willreturn memory(argmem: write) }

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
