; ModuleID = 'c/stencil2d.c'
source_filename = "c/stencil2d.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@grid = internal global [2 x [32 x [48 x double]]] zeroinitializer, align 16
@.str = private unnamed_addr constant [49 x i8] c"stencil2d iterations=%d centre=%.4f residual=%g\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca double, align 8
  %8 = alloca double, align 8
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca double, align 8
  %12 = alloca double, align 8
  store i32 0, ptr %1, align 4
  store i32 0, ptr %2, align 4
  br label %13

13:                                               ; preds = %46, %0
  %14 = load i32, ptr %2, align 4
  %15 = icmp slt i32 %14, 2
  br i1 %15, label %16, label %49

16:                                               ; preds = %13
  store i32 0, ptr %3, align 4
  br label %17

17:                                               ; preds = %42, %16
  %18 = load i32, ptr %3, align 4
  %19 = icmp slt i32 %18, 32
  br i1 %19, label %20, label %45

20:                                               ; preds = %17
  store i32 0, ptr %4, align 4
  br label %21

21:                                               ; preds = %38, %20
  %22 = load i32, ptr %4, align 4
  %23 = icmp slt i32 %22, 48
  br i1 %23, label %24, label %41

24:                                               ; preds = %21
  %25 = load i32, ptr %3, align 4
  %26 = icmp eq i32 %25, 0
  %27 = zext i1 %26 to i64
  %28 = select i1 %26, double 1.000000e+02, double 0.000000e+00
  %29 = load i32, ptr %2, align 4
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 %30
  %32 = load i32, ptr %3, align 4
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds [32 x [48 x double]], ptr %31, i64 0, i64 %33
  %35 = load i32, ptr %4, align 4
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds [48 x double], ptr %34, i64 0, i64 %36
  store double %28, ptr %37, align 8
  br label %38

38:                                               ; preds = %24
  %39 = load i32, ptr %4, align 4
  %40 = add nsw i32 %39, 1
  store i32 %40, ptr %4, align 4
  br label %21, !llvm.loop !5

41:                                               ; preds = %21
  br label %42

42:                                               ; preds = %41
  %43 = load i32, ptr %3, align 4
  %44 = add nsw i32 %43, 1
  store i32 %44, ptr %3, align 4
  br label %17, !llvm.loop !7

45:                                               ; preds = %17
  br label %46

46:                                               ; preds = %45
  %47 = load i32, ptr %2, align 4
  %48 = add nsw i32 %47, 1
  store i32 %48, ptr %2, align 4
  br label %13, !llvm.loop !8

49:                                               ; preds = %13
  store i32 0, ptr %5, align 4
  store i32 0, ptr %6, align 4
  br label %50

50:                                               ; preds = %71, %49
  %51 = load i32, ptr %5, align 4
  %52 = sext i32 %51 to i64
  %53 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 %52
  %54 = getelementptr inbounds [32 x [48 x double]], ptr %53, i64 0, i64 0
  %55 = load i32, ptr %5, align 4
  %56 = sub nsw i32 1, %55
  %57 = sext i32 %56 to i64
  %58 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 %57
  %59 = getelementptr inbounds [32 x [48 x double]], ptr %58, i64 0, i64 0
  %60 = call double @sweep(ptr noundef %54, ptr noundef %59)
  store double %60, ptr %7, align 8
  %61 = load i32, ptr %5, align 4
  %62 = sub nsw i32 1, %61
  store i32 %62, ptr %5, align 4
  %63 = load i32, ptr %6, align 4
  %64 = add nsw i32 %63, 1
  store i32 %64, ptr %6, align 4
  br label %65

65:                                               ; preds = %50
  %66 = load double, ptr %7, align 8
  %67 = fcmp ogt double %66, 0x3EB0C6F7A0B5ED8D
  br i1 %67, label %68, label %71

68:                                               ; preds = %65
  %69 = load i32, ptr %6, align 4
  %70 = icmp slt i32 %69, 20000
  br label %71

71:                                               ; preds = %68, %65
  %72 = phi i1 [ false, %65 ], [ %70, %68 ]
  br i1 %72, label %50, label %73, !llvm.loop !9

73:                                               ; preds = %71
  store double 0.000000e+00, ptr %8, align 8
  store i32 1, ptr %9, align 4
  br label %74

74:                                               ; preds = %157, %73
  %75 = load i32, ptr %9, align 4
  %76 = icmp slt i32 %75, 31
  br i1 %76, label %77, label %160

77:                                               ; preds = %74
  store i32 1, ptr %10, align 4
  br label %78

78:                                               ; preds = %153, %77
  %79 = load i32, ptr %10, align 4
  %80 = icmp slt i32 %79, 47
  br i1 %80, label %81, label %156

81:                                               ; preds = %78
  %82 = load i32, ptr %5, align 4
  %83 = sext i32 %82 to i64
  %84 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 %83
  %85 = load i32, ptr %9, align 4
  %86 = sext i32 %85 to i64
  %87 = getelementptr inbounds [32 x [48 x double]], ptr %84, i64 0, i64 %86
  %88 = load i32, ptr %10, align 4
  %89 = sext i32 %88 to i64
  %90 = getelementptr inbounds [48 x double], ptr %87, i64 0, i64 %89
  %91 = load double, ptr %90, align 8
  store double %91, ptr %11, align 8
  %92 = load i32, ptr %5, align 4
  %93 = sext i32 %92 to i64
  %94 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 %93
  %95 = load i32, ptr %9, align 4
  %96 = sub nsw i32 %95, 1
  %97 = sext i32 %96 to i64
  %98 = getelementptr inbounds [32 x [48 x double]], ptr %94, i64 0, i64 %97
  %99 = load i32, ptr %10, align 4
  %100 = sext i32 %99 to i64
  %101 = getelementptr inbounds [48 x double], ptr %98, i64 0, i64 %100
  %102 = load double, ptr %101, align 8
  %103 = load i32, ptr %5, align 4
  %104 = sext i32 %103 to i64
  %105 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 %104
  %106 = load i32, ptr %9, align 4
  %107 = add nsw i32 %106, 1
  %108 = sext i32 %107 to i64
  %109 = getelementptr inbounds [32 x [48 x double]], ptr %105, i64 0, i64 %108
  %110 = load i32, ptr %10, align 4
  %111 = sext i32 %110 to i64
  %112 = getelementptr inbounds [48 x double], ptr %109, i64 0, i64 %111
  %113 = load double, ptr %112, align 8
  %114 = fadd double %102, %113
  %115 = load i32, ptr %5, align 4
  %116 = sext i32 %115 to i64
  %117 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 %116
  %118 = load i32, ptr %9, align 4
  %119 = sext i32 %118 to i64
  %120 = getelementptr inbounds [32 x [48 x double]], ptr %117, i64 0, i64 %119
  %121 = load i32, ptr %10, align 4
  %122 = sub nsw i32 %121, 1
  %123 = sext i32 %122 to i64
  %124 = getelementptr inbounds [48 x double], ptr %120, i64 0, i64 %123
  %125 = load double, ptr %124, align 8
  %126 = fadd double %114, %125
  %127 = load i32, ptr %5, align 4
  %128 = sext i32 %127 to i64
  %129 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 %128
  %130 = load i32, ptr %9, align 4
  %131 = sext i32 %130 to i64
  %132 = getelementptr inbounds [32 x [48 x double]], ptr %129, i64 0, i64 %131
  %133 = load i32, ptr %10, align 4
  %134 = add nsw i32 %133, 1
  %135 = sext i32 %134 to i64
  %136 = getelementptr inbounds [48 x double], ptr %132, i64 0, i64 %135
  %137 = load double, ptr %136, align 8
  %138 = fadd double %126, %137
  %139 = fmul double 2.500000e-01, %138
  store double %139, ptr %12, align 8
  %140 = load double, ptr %8, align 8
  %141 = load double, ptr %11, align 8
  %142 = load double, ptr %12, align 8
  %143 = fsub double %141, %142
  %144 = call double @llvm.fabs.f64(double %143)
  %145 = call double @llvm.maxnum.f64(double %140, double %144)
  store double %145, ptr %8, align 8
  %146 = load double, ptr %11, align 8
  %147 = fcmp ole double %146, 0.000000e+00
  br i1 %147, label %151, label %148

148:                                              ; preds = %81
  %149 = load double, ptr %11, align 8
  %150 = fcmp oge double %149, 1.000000e+02
  br i1 %150, label %151, label %152

151:                                              ; preds = %148, %81
  store i32 1, ptr %1, align 4
  br label %174

152:                                              ; preds = %148
  br label %153

153:                                              ; preds = %152
  %154 = load i32, ptr %10, align 4
  %155 = add nsw i32 %154, 1
  store i32 %155, ptr %10, align 4
  br label %78, !llvm.loop !10

156:                                              ; preds = %78
  br label %157

157:                                              ; preds = %156
  %158 = load i32, ptr %9, align 4
  %159 = add nsw i32 %158, 1
  store i32 %159, ptr %9, align 4
  br label %74, !llvm.loop !11

160:                                              ; preds = %74
  %161 = load i32, ptr %6, align 4
  %162 = load i32, ptr %5, align 4
  %163 = sext i32 %162 to i64
  %164 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 %163
  %165 = getelementptr inbounds [32 x [48 x double]], ptr %164, i64 0, i64 16
  %166 = getelementptr inbounds [48 x double], ptr %165, i64 0, i64 24
  %167 = load double, ptr %166, align 16
  %168 = load double, ptr %8, align 8
  %169 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %161, double noundef %167, double noundef %168)
  %170 = load double, ptr %8, align 8
  %171 = fcmp olt double %170, 1.000000e-05
  %172 = zext i1 %171 to i64
  %173 = select i1 %171, i32 0, i32 1
  store i32 %173, ptr %1, align 4
  br label %174

174:                                              ; preds = %160, %151
  %175 = load i32, ptr %1, align 4
  ret i32 %175
}

; Function Attrs: noinline nounwind optnone uwtable
define internal double @sweep(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca double, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca double, align 8
  %9 = alloca double, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  store double 0.000000e+00, ptr %5, align 8
  store i32 1, ptr %6, align 4
  br label %10

10:                                               ; preds = %87, %2
  %11 = load i32, ptr %6, align 4
  %12 = icmp slt i32 %11, 31
  br i1 %12, label %13, label %90

13:                                               ; preds = %10
  store i32 1, ptr %7, align 4
  br label %14

14:                                               ; preds = %83, %13
  %15 = load i32, ptr %7, align 4
  %16 = icmp slt i32 %15, 47
  br i1 %16, label %17, label %86

17:                                               ; preds = %14
  %18 = load ptr, ptr %3, align 8
  %19 = load i32, ptr %6, align 4
  %20 = sub nsw i32 %19, 1
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds [48 x double], ptr %18, i64 %21
  %23 = load i32, ptr %7, align 4
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds [48 x double], ptr %22, i64 0, i64 %24
  %26 = load double, ptr %25, align 8
  %27 = load ptr, ptr %3, align 8
  %28 = load i32, ptr %6, align 4
  %29 = add nsw i32 %28, 1
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds [48 x double], ptr %27, i64 %30
  %32 = load i32, ptr %7, align 4
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds [48 x double], ptr %31, i64 0, i64 %33
  %35 = load double, ptr %34, align 8
  %36 = fadd double %26, %35
  %37 = load ptr, ptr %3, align 8
  %38 = load i32, ptr %6, align 4
  %39 = sext i32 %38 to i64
  %40 = getelementptr inbounds [48 x double], ptr %37, i64 %39
  %41 = load i32, ptr %7, align 4
  %42 = sub nsw i32 %41, 1
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds [48 x double], ptr %40, i64 0, i64 %43
  %45 = load double, ptr %44, align 8
  %46 = fadd double %36, %45
  %47 = load ptr, ptr %3, align 8
  %48 = load i32, ptr %6, align 4
  %49 = sext i32 %48 to i64
  %50 = getelementptr inbounds [48 x double], ptr %47, i64 %49
  %51 = load i32, ptr %7, align 4
  %52 = add nsw i32 %51, 1
  %53 = sext i32 %52 to i64
  %54 = getelementptr inbounds [48 x double], ptr %50, i64 0, i64 %53
  %55 = load double, ptr %54, align 8
  %56 = fadd double %46, %55
  %57 = fmul double 2.500000e-01, %56
  store double %57, ptr %8, align 8
  %58 = load double, ptr %8, align 8
  %59 = load ptr, ptr %3, align 8
  %60 = load i32, ptr %6, align 4
  %61 = sext i32 %60 to i64
  %62 = getelementptr inbounds [48 x double], ptr %59, i64 %61
  %63 = load i32, ptr %7, align 4
  %64 = sext i32 %63 to i64
  %65 = getelementptr inbounds [48 x double], ptr %62, i64 0, i64 %64
  %66 = load double, ptr %65, align 8
  %67 = fsub double %58, %66
  %68 = call double @llvm.fabs.f64(double %67)
  store double %68, ptr %9, align 8
  %69 = load double, ptr %9, align 8
  %70 = load double, ptr %5, align 8
  %71 = fcmp ogt double %69, %70
  br i1 %71, label %72, label %74

72:                                               ; preds = %17
  %73 = load double, ptr %9, align 8
  store double %73, ptr %5, align 8
  br label %74

74:                                               ; preds = %72, %17
  %75 = load double, ptr %8, align 8
  %76 = load ptr, ptr %4, align 8
  %77 = load i32, ptr %6, align 4
  %78 = sext i32 %77 to i64
  %79 = getelementptr inbounds [48 x double], ptr %76, i64 %78
  %80 = load i32, ptr %7, align 4
  %81 = sext i32 %80 to i64
  %82 = getelementptr inbounds [48 x double], ptr %79, i64 0, i64 %81
  store double %75, ptr %82, align 8
  br label %83

83:                                               ; preds = %74
  %84 = load i32, ptr %7, align 4
  %85 = add nsw i32 %84, 1
  store i32 %85, ptr %7, align 4
  br label %14, !llvm.loop !12

86:                                               ; preds = %14
  br label %87

87:                                               ; preds = %86
  %88 = load i32, ptr %6, align 4
  %89 = add nsw i32 %88, 1
  store i32 %89, ptr %6, align 4
  br label %10, !llvm.loop !13

90:                                               ; preds = %10
  %91 = load double, ptr %5, align 8
  ret double %91
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.maxnum.f64(double, double) #1

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
