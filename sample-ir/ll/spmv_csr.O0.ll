; ModuleID = 'c/spmv_csr.c'
source_filename = "c/spmv_csr.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@dense = internal global [120 x [120 x double]] zeroinitializer, align 16
@row_ptr = internal global [121 x i32] zeroinitializer, align 16
@col_index = internal global [600 x i32] zeroinitializer, align 16
@values = internal global [600 x double] zeroinitializer, align 16
@.str = private unnamed_addr constant [40 x i8] c"spmv_csr n=%d nnz=%d y[10]=%.6f err=%g\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca [120 x double], align 16
  %5 = alloca [120 x double], align 16
  %6 = alloca i32, align 4
  %7 = alloca double, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store i32 0, ptr %2, align 4
  br label %11

11:                                               ; preds = %67, %0
  %12 = load i32, ptr %2, align 4
  %13 = icmp slt i32 %12, 120
  br i1 %13, label %14, label %70

14:                                               ; preds = %11
  %15 = load i32, ptr %2, align 4
  %16 = sext i32 %15 to i64
  %17 = getelementptr inbounds [120 x [120 x double]], ptr @dense, i64 0, i64 %16
  %18 = load i32, ptr %2, align 4
  %19 = sext i32 %18 to i64
  %20 = getelementptr inbounds [120 x double], ptr %17, i64 0, i64 %19
  store double 4.000000e+00, ptr %20, align 8
  %21 = load i32, ptr %2, align 4
  %22 = icmp sgt i32 %21, 0
  br i1 %22, label %23, label %31

23:                                               ; preds = %14
  %24 = load i32, ptr %2, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds [120 x [120 x double]], ptr @dense, i64 0, i64 %25
  %27 = load i32, ptr %2, align 4
  %28 = sub nsw i32 %27, 1
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds [120 x double], ptr %26, i64 0, i64 %29
  store double -1.000000e+00, ptr %30, align 8
  br label %31

31:                                               ; preds = %23, %14
  %32 = load i32, ptr %2, align 4
  %33 = add nsw i32 %32, 1
  %34 = icmp slt i32 %33, 120
  br i1 %34, label %35, label %43

35:                                               ; preds = %31
  %36 = load i32, ptr %2, align 4
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds [120 x [120 x double]], ptr @dense, i64 0, i64 %37
  %39 = load i32, ptr %2, align 4
  %40 = add nsw i32 %39, 1
  %41 = sext i32 %40 to i64
  %42 = getelementptr inbounds [120 x double], ptr %38, i64 0, i64 %41
  store double -1.000000e+00, ptr %42, align 8
  br label %43

43:                                               ; preds = %35, %31
  %44 = load i32, ptr %2, align 4
  %45 = icmp sgt i32 %44, 4
  br i1 %45, label %46, label %54

46:                                               ; preds = %43
  %47 = load i32, ptr %2, align 4
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds [120 x [120 x double]], ptr @dense, i64 0, i64 %48
  %50 = load i32, ptr %2, align 4
  %51 = sub nsw i32 %50, 5
  %52 = sext i32 %51 to i64
  %53 = getelementptr inbounds [120 x double], ptr %49, i64 0, i64 %52
  store double -5.000000e-01, ptr %53, align 8
  br label %54

54:                                               ; preds = %46, %43
  %55 = load i32, ptr %2, align 4
  %56 = add nsw i32 %55, 5
  %57 = icmp slt i32 %56, 120
  br i1 %57, label %58, label %66

58:                                               ; preds = %54
  %59 = load i32, ptr %2, align 4
  %60 = sext i32 %59 to i64
  %61 = getelementptr inbounds [120 x [120 x double]], ptr @dense, i64 0, i64 %60
  %62 = load i32, ptr %2, align 4
  %63 = add nsw i32 %62, 5
  %64 = sext i32 %63 to i64
  %65 = getelementptr inbounds [120 x double], ptr %61, i64 0, i64 %64
  store double -5.000000e-01, ptr %65, align 8
  br label %66

66:                                               ; preds = %58, %54
  br label %67

67:                                               ; preds = %66
  %68 = load i32, ptr %2, align 4
  %69 = add nsw i32 %68, 1
  store i32 %69, ptr %2, align 4
  br label %11, !llvm.loop !5

70:                                               ; preds = %11
  %71 = call i32 @dense_to_csr()
  store i32 %71, ptr %3, align 4
  store i32 0, ptr %6, align 4
  br label %72

72:                                               ; preds = %83, %70
  %73 = load i32, ptr %6, align 4
  %74 = icmp slt i32 %73, 120
  br i1 %74, label %75, label %86

75:                                               ; preds = %72
  %76 = load i32, ptr %6, align 4
  %77 = sitofp i32 %76 to double
  %78 = fmul double 1.000000e-01, %77
  %79 = call double @sin(double noundef %78) #4
  %80 = load i32, ptr %6, align 4
  %81 = sext i32 %80 to i64
  %82 = getelementptr inbounds [120 x double], ptr %4, i64 0, i64 %81
  store double %79, ptr %82, align 8
  br label %83

83:                                               ; preds = %75
  %84 = load i32, ptr %6, align 4
  %85 = add nsw i32 %84, 1
  store i32 %85, ptr %6, align 4
  br label %72, !llvm.loop !7

86:                                               ; preds = %72
  %87 = getelementptr inbounds [120 x double], ptr %4, i64 0, i64 0
  %88 = getelementptr inbounds [120 x double], ptr %5, i64 0, i64 0
  call void @spmv(i32 noundef 120, ptr noundef @row_ptr, ptr noundef @col_index, ptr noundef @values, ptr noundef %87, ptr noundef %88)
  store double 0.000000e+00, ptr %7, align 8
  store i32 0, ptr %8, align 4
  br label %89

89:                                               ; preds = %123, %86
  %90 = load i32, ptr %8, align 4
  %91 = icmp slt i32 %90, 120
  br i1 %91, label %92, label %126

92:                                               ; preds = %89
  store double 0.000000e+00, ptr %9, align 8
  store i32 0, ptr %10, align 4
  br label %93

93:                                               ; preds = %110, %92
  %94 = load i32, ptr %10, align 4
  %95 = icmp slt i32 %94, 120
  br i1 %95, label %96, label %113

96:                                               ; preds = %93
  %97 = load i32, ptr %8, align 4
  %98 = sext i32 %97 to i64
  %99 = getelementptr inbounds [120 x [120 x double]], ptr @dense, i64 0, i64 %98
  %100 = load i32, ptr %10, align 4
  %101 = sext i32 %100 to i64
  %102 = getelementptr inbounds [120 x double], ptr %99, i64 0, i64 %101
  %103 = load double, ptr %102, align 8
  %104 = load i32, ptr %10, align 4
  %105 = sext i32 %104 to i64
  %106 = getelementptr inbounds [120 x double], ptr %4, i64 0, i64 %105
  %107 = load double, ptr %106, align 8
  %108 = load double, ptr %9, align 8
  %109 = call double @llvm.fmuladd.f64(double %103, double %107, double %108)
  store double %109, ptr %9, align 8
  br label %110

110:                                              ; preds = %96
  %111 = load i32, ptr %10, align 4
  %112 = add nsw i32 %111, 1
  store i32 %112, ptr %10, align 4
  br label %93, !llvm.loop !8

113:                                              ; preds = %93
  %114 = load double, ptr %7, align 8
  %115 = load double, ptr %9, align 8
  %116 = load i32, ptr %8, align 4
  %117 = sext i32 %116 to i64
  %118 = getelementptr inbounds [120 x double], ptr %5, i64 0, i64 %117
  %119 = load double, ptr %118, align 8
  %120 = fsub double %115, %119
  %121 = call double @llvm.fabs.f64(double %120)
  %122 = call double @llvm.maxnum.f64(double %114, double %121)
  store double %122, ptr %7, align 8
  br label %123

123:                                              ; preds = %113
  %124 = load i32, ptr %8, align 4
  %125 = add nsw i32 %124, 1
  store i32 %125, ptr %8, align 4
  br label %89, !llvm.loop !9

126:                                              ; preds = %89
  %127 = load i32, ptr %3, align 4
  %128 = getelementptr inbounds [120 x double], ptr %5, i64 0, i64 10
  %129 = load double, ptr %128, align 16
  %130 = load double, ptr %7, align 8
  %131 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef 120, i32 noundef %127, double noundef %129, double noundef %130)
  %132 = load double, ptr %7, align 8
  %133 = fcmp olt double %132, 0x3D719799812DEA11
  %134 = zext i1 %133 to i64
  %135 = select i1 %133, i32 0, i32 1
  ret i32 %135
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @dense_to_csr() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store i32 0, ptr %2, align 4
  br label %4

4:                                                ; preds = %45, %0
  %5 = load i32, ptr %2, align 4
  %6 = icmp slt i32 %5, 120
  br i1 %6, label %7, label %48

7:                                                ; preds = %4
  %8 = load i32, ptr %1, align 4
  %9 = load i32, ptr %2, align 4
  %10 = sext i32 %9 to i64
  %11 = getelementptr inbounds [121 x i32], ptr @row_ptr, i64 0, i64 %10
  store i32 %8, ptr %11, align 4
  store i32 0, ptr %3, align 4
  br label %12

12:                                               ; preds = %41, %7
  %13 = load i32, ptr %3, align 4
  %14 = icmp slt i32 %13, 120
  br i1 %14, label %15, label %44

15:                                               ; preds = %12
  %16 = load i32, ptr %2, align 4
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds [120 x [120 x double]], ptr @dense, i64 0, i64 %17
  %19 = load i32, ptr %3, align 4
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds [120 x double], ptr %18, i64 0, i64 %20
  %22 = load double, ptr %21, align 8
  %23 = fcmp une double %22, 0.000000e+00
  br i1 %23, label %24, label %40

24:                                               ; preds = %15
  %25 = load i32, ptr %2, align 4
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds [120 x [120 x double]], ptr @dense, i64 0, i64 %26
  %28 = load i32, ptr %3, align 4
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds [120 x double], ptr %27, i64 0, i64 %29
  %31 = load double, ptr %30, align 8
  %32 = load i32, ptr %1, align 4
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds [600 x double], ptr @values, i64 0, i64 %33
  store double %31, ptr %34, align 8
  %35 = load i32, ptr %3, align 4
  %36 = load i32, ptr %1, align 4
  %37 = add nsw i32 %36, 1
  store i32 %37, ptr %1, align 4
  %38 = sext i32 %36 to i64
  %39 = getelementptr inbounds [600 x i32], ptr @col_index, i64 0, i64 %38
  store i32 %35, ptr %39, align 4
  br label %40

40:                                               ; preds = %24, %15
  br label %41

41:                                               ; preds = %40
  %42 = load i32, ptr %3, align 4
  %43 = add nsw i32 %42, 1
  store i32 %43, ptr %3, align 4
  br label %12, !llvm.loop !10

44:                                               ; preds = %12
  br label %45

45:                                               ; preds = %44
  %46 = load i32, ptr %2, align 4
  %47 = add nsw i32 %46, 1
  store i32 %47, ptr %2, align 4
  br label %4, !llvm.loop !11

48:                                               ; preds = %4
  %49 = load i32, ptr %1, align 4
  store i32 %49, ptr getelementptr inbounds ([121 x i32], ptr @row_ptr, i64 0, i64 120), align 16
  %50 = load i32, ptr %1, align 4
  ret i32 %50
}

; Function Attrs: nounwind
declare double @sin(double noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal void @spmv(i32 noundef %0, ptr noundef %1, ptr noundef %2, ptr noundef %3, ptr noundef %4, ptr noundef %5) #0 {
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  %9 = alloca ptr, align 8
  %10 = alloca ptr, align 8
  %11 = alloca ptr, align 8
  %12 = alloca ptr, align 8
  %13 = alloca i32, align 4
  %14 = alloca double, align 8
  %15 = alloca i32, align 4
  store i32 %0, ptr %7, align 4
  store ptr %1, ptr %8, align 8
  store ptr %2, ptr %9, align 8
  store ptr %3, ptr %10, align 8
  store ptr %4, ptr %11, align 8
  store ptr %5, ptr %12, align 8
  store i32 0, ptr %13, align 4
  br label %16

16:                                               ; preds = %61, %6
  %17 = load i32, ptr %13, align 4
  %18 = load i32, ptr %7, align 4
  %19 = icmp slt i32 %17, %18
  br i1 %19, label %20, label %64

20:                                               ; preds = %16
  store double 0.000000e+00, ptr %14, align 8
  %21 = load ptr, ptr %8, align 8
  %22 = load i32, ptr %13, align 4
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds i32, ptr %21, i64 %23
  %25 = load i32, ptr %24, align 4
  store i32 %25, ptr %15, align 4
  br label %26

26:                                               ; preds = %52, %20
  %27 = load i32, ptr %15, align 4
  %28 = load ptr, ptr %8, align 8
  %29 = load i32, ptr %13, align 4
  %30 = add nsw i32 %29, 1
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds i32, ptr %28, i64 %31
  %33 = load i32, ptr %32, align 4
  %34 = icmp slt i32 %27, %33
  br i1 %34, label %35, label %55

35:                                               ; preds = %26
  %36 = load ptr, ptr %10, align 8
  %37 = load i32, ptr %15, align 4
  %38 = sext i32 %37 to i64
  %39 = getelementptr inbounds double, ptr %36, i64 %38
  %40 = load double, ptr %39, align 8
  %41 = load ptr, ptr %11, align 8
  %42 = load ptr, ptr %9, align 8
  %43 = load i32, ptr %15, align 4
  %44 = sext i32 %43 to i64
  %45 = getelementptr inbounds i32, ptr %42, i64 %44
  %46 = load i32, ptr %45, align 4
  %47 = sext i32 %46 to i64
  %48 = getelementptr inbounds double, ptr %41, i64 %47
  %49 = load double, ptr %48, align 8
  %50 = load double, ptr %14, align 8
  %51 = call double @llvm.fmuladd.f64(double %40, double %49, double %50)
  store double %51, ptr %14, align 8
  br label %52

52:                                               ; preds = %35
  %53 = load i32, ptr %15, align 4
  %54 = add nsw i32 %53, 1
  store i32 %54, ptr %15, align 4
  br label %26, !llvm.loop !12

55:                                               ; preds = %26
  %56 = load double, ptr %14, align 8
  %57 = load ptr, ptr %12, align 8
  %58 = load i32, ptr %13, align 4
  %59 = sext i32 %58 to i64
  %60 = getelementptr inbounds double, ptr %57, i64 %59
  store double %56, ptr %60, align 8
  br label %61

61:                                               ; preds = %55
  %62 = load i32, ptr %13, align 4
  %63 = add nsw i32 %62, 1
  store i32 %63, ptr %13, align 4
  br label %16, !llvm.loop !13

64:                                               ; preds = %16
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.maxnum.f64(double, double) #2

declare i32 @printf(ptr noundef, ...) #3

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
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
