; ModuleID = 'c/cholesky.c'
source_filename = "c/cholesky.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@A = internal global [32 x [32 x double]] zeroinitializer, align 16
@L = internal global [32 x [32 x double]] zeroinitializer, align 16
@.str = private unnamed_addr constant [52 x i8] c"cholesky n=%d L[0][0]=%.6f reconstruction error=%g\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [32 x [32 x double]], align 16
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca double, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca double, align 8
  %13 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store i32 0, ptr %3, align 4
  br label %14

14:                                               ; preds = %38, %0
  %15 = load i32, ptr %3, align 4
  %16 = icmp slt i32 %15, 32
  br i1 %16, label %17, label %41

17:                                               ; preds = %14
  store i32 0, ptr %4, align 4
  br label %18

18:                                               ; preds = %34, %17
  %19 = load i32, ptr %4, align 4
  %20 = icmp slt i32 %19, 32
  br i1 %20, label %21, label %37

21:                                               ; preds = %18
  %22 = load i32, ptr %3, align 4
  %23 = sitofp i32 %22 to double
  %24 = load i32, ptr %4, align 4
  %25 = sitofp i32 %24 to double
  %26 = call double @llvm.fmuladd.f64(double 2.000000e+00, double %25, double %23)
  %27 = call double @sin(double noundef %26) #4
  %28 = load i32, ptr %3, align 4
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds [32 x [32 x double]], ptr %2, i64 0, i64 %29
  %31 = load i32, ptr %4, align 4
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds [32 x double], ptr %30, i64 0, i64 %32
  store double %27, ptr %33, align 8
  br label %34

34:                                               ; preds = %21
  %35 = load i32, ptr %4, align 4
  %36 = add nsw i32 %35, 1
  store i32 %36, ptr %4, align 4
  br label %18, !llvm.loop !5

37:                                               ; preds = %18
  br label %38

38:                                               ; preds = %37
  %39 = load i32, ptr %3, align 4
  %40 = add nsw i32 %39, 1
  store i32 %40, ptr %3, align 4
  br label %14, !llvm.loop !7

41:                                               ; preds = %14
  store i32 0, ptr %5, align 4
  br label %42

42:                                               ; preds = %90, %41
  %43 = load i32, ptr %5, align 4
  %44 = icmp slt i32 %43, 32
  br i1 %44, label %45, label %93

45:                                               ; preds = %42
  store i32 0, ptr %6, align 4
  br label %46

46:                                               ; preds = %86, %45
  %47 = load i32, ptr %6, align 4
  %48 = icmp slt i32 %47, 32
  br i1 %48, label %49, label %89

49:                                               ; preds = %46
  %50 = load i32, ptr %5, align 4
  %51 = load i32, ptr %6, align 4
  %52 = icmp eq i32 %50, %51
  %53 = zext i1 %52 to i64
  %54 = select i1 %52, double 3.200000e+01, double 0.000000e+00
  store double %54, ptr %7, align 8
  store i32 0, ptr %8, align 4
  br label %55

55:                                               ; preds = %75, %49
  %56 = load i32, ptr %8, align 4
  %57 = icmp slt i32 %56, 32
  br i1 %57, label %58, label %78

58:                                               ; preds = %55
  %59 = load i32, ptr %5, align 4
  %60 = sext i32 %59 to i64
  %61 = getelementptr inbounds [32 x [32 x double]], ptr %2, i64 0, i64 %60
  %62 = load i32, ptr %8, align 4
  %63 = sext i32 %62 to i64
  %64 = getelementptr inbounds [32 x double], ptr %61, i64 0, i64 %63
  %65 = load double, ptr %64, align 8
  %66 = load i32, ptr %6, align 4
  %67 = sext i32 %66 to i64
  %68 = getelementptr inbounds [32 x [32 x double]], ptr %2, i64 0, i64 %67
  %69 = load i32, ptr %8, align 4
  %70 = sext i32 %69 to i64
  %71 = getelementptr inbounds [32 x double], ptr %68, i64 0, i64 %70
  %72 = load double, ptr %71, align 8
  %73 = load double, ptr %7, align 8
  %74 = call double @llvm.fmuladd.f64(double %65, double %72, double %73)
  store double %74, ptr %7, align 8
  br label %75

75:                                               ; preds = %58
  %76 = load i32, ptr %8, align 4
  %77 = add nsw i32 %76, 1
  store i32 %77, ptr %8, align 4
  br label %55, !llvm.loop !8

78:                                               ; preds = %55
  %79 = load double, ptr %7, align 8
  %80 = load i32, ptr %5, align 4
  %81 = sext i32 %80 to i64
  %82 = getelementptr inbounds [32 x [32 x double]], ptr @A, i64 0, i64 %81
  %83 = load i32, ptr %6, align 4
  %84 = sext i32 %83 to i64
  %85 = getelementptr inbounds [32 x double], ptr %82, i64 0, i64 %84
  store double %79, ptr %85, align 8
  br label %86

86:                                               ; preds = %78
  %87 = load i32, ptr %6, align 4
  %88 = add nsw i32 %87, 1
  store i32 %88, ptr %6, align 4
  br label %46, !llvm.loop !9

89:                                               ; preds = %46
  br label %90

90:                                               ; preds = %89
  %91 = load i32, ptr %5, align 4
  %92 = add nsw i32 %91, 1
  store i32 %92, ptr %5, align 4
  br label %42, !llvm.loop !10

93:                                               ; preds = %42
  %94 = call i32 @cholesky(i32 noundef 32, ptr noundef @A, ptr noundef @L)
  %95 = icmp ne i32 %94, 0
  br i1 %95, label %97, label %96

96:                                               ; preds = %93
  store i32 1, ptr %1, align 4
  br label %157

97:                                               ; preds = %93
  store double 0.000000e+00, ptr %9, align 8
  store i32 0, ptr %10, align 4
  br label %98

98:                                               ; preds = %146, %97
  %99 = load i32, ptr %10, align 4
  %100 = icmp slt i32 %99, 32
  br i1 %100, label %101, label %149

101:                                              ; preds = %98
  store i32 0, ptr %11, align 4
  br label %102

102:                                              ; preds = %142, %101
  %103 = load i32, ptr %11, align 4
  %104 = icmp slt i32 %103, 32
  br i1 %104, label %105, label %145

105:                                              ; preds = %102
  store double 0.000000e+00, ptr %12, align 8
  store i32 0, ptr %13, align 4
  br label %106

106:                                              ; preds = %126, %105
  %107 = load i32, ptr %13, align 4
  %108 = icmp slt i32 %107, 32
  br i1 %108, label %109, label %129

109:                                              ; preds = %106
  %110 = load i32, ptr %10, align 4
  %111 = sext i32 %110 to i64
  %112 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %111
  %113 = load i32, ptr %13, align 4
  %114 = sext i32 %113 to i64
  %115 = getelementptr inbounds [32 x double], ptr %112, i64 0, i64 %114
  %116 = load double, ptr %115, align 8
  %117 = load i32, ptr %11, align 4
  %118 = sext i32 %117 to i64
  %119 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %118
  %120 = load i32, ptr %13, align 4
  %121 = sext i32 %120 to i64
  %122 = getelementptr inbounds [32 x double], ptr %119, i64 0, i64 %121
  %123 = load double, ptr %122, align 8
  %124 = load double, ptr %12, align 8
  %125 = call double @llvm.fmuladd.f64(double %116, double %123, double %124)
  store double %125, ptr %12, align 8
  br label %126

126:                                              ; preds = %109
  %127 = load i32, ptr %13, align 4
  %128 = add nsw i32 %127, 1
  store i32 %128, ptr %13, align 4
  br label %106, !llvm.loop !11

129:                                              ; preds = %106
  %130 = load double, ptr %9, align 8
  %131 = load double, ptr %12, align 8
  %132 = load i32, ptr %10, align 4
  %133 = sext i32 %132 to i64
  %134 = getelementptr inbounds [32 x [32 x double]], ptr @A, i64 0, i64 %133
  %135 = load i32, ptr %11, align 4
  %136 = sext i32 %135 to i64
  %137 = getelementptr inbounds [32 x double], ptr %134, i64 0, i64 %136
  %138 = load double, ptr %137, align 8
  %139 = fsub double %131, %138
  %140 = call double @llvm.fabs.f64(double %139)
  %141 = call double @llvm.maxnum.f64(double %130, double %140)
  store double %141, ptr %9, align 8
  br label %142

142:                                              ; preds = %129
  %143 = load i32, ptr %11, align 4
  %144 = add nsw i32 %143, 1
  store i32 %144, ptr %11, align 4
  br label %102, !llvm.loop !12

145:                                              ; preds = %102
  br label %146

146:                                              ; preds = %145
  %147 = load i32, ptr %10, align 4
  %148 = add nsw i32 %147, 1
  store i32 %148, ptr %10, align 4
  br label %98, !llvm.loop !13

149:                                              ; preds = %98
  %150 = load double, ptr @L, align 16
  %151 = load double, ptr %9, align 8
  %152 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef 32, double noundef %150, double noundef %151)
  %153 = load double, ptr %9, align 8
  %154 = fcmp olt double %153, 1.000000e-09
  %155 = zext i1 %154 to i64
  %156 = select i1 %154, i32 0, i32 1
  store i32 %156, ptr %1, align 4
  br label %157

157:                                              ; preds = %149, %96
  %158 = load i32, ptr %1, align 4
  ret i32 %158
}

; Function Attrs: nounwind
declare double @sin(double noundef) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @cholesky(i32 noundef %0, ptr noundef %1, ptr noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca double, align 8
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  store i32 %0, ptr %5, align 4
  store ptr %1, ptr %6, align 8
  store ptr %2, ptr %7, align 8
  %15 = load i32, ptr %5, align 4
  %16 = zext i32 %15 to i64
  %17 = load i32, ptr %5, align 4
  %18 = zext i32 %17 to i64
  %19 = load i32, ptr %5, align 4
  %20 = zext i32 %19 to i64
  %21 = load i32, ptr %5, align 4
  %22 = zext i32 %21 to i64
  store i32 0, ptr %8, align 4
  br label %23

23:                                               ; preds = %167, %3
  %24 = load i32, ptr %8, align 4
  %25 = load i32, ptr %5, align 4
  %26 = icmp slt i32 %24, %25
  br i1 %26, label %27, label %170

27:                                               ; preds = %23
  %28 = load ptr, ptr %6, align 8
  %29 = load i32, ptr %8, align 4
  %30 = sext i32 %29 to i64
  %31 = mul nsw i64 %30, %18
  %32 = getelementptr inbounds double, ptr %28, i64 %31
  %33 = load i32, ptr %8, align 4
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds double, ptr %32, i64 %34
  %36 = load double, ptr %35, align 8
  store double %36, ptr %9, align 8
  store i32 0, ptr %10, align 4
  br label %37

37:                                               ; preds = %63, %27
  %38 = load i32, ptr %10, align 4
  %39 = load i32, ptr %8, align 4
  %40 = icmp slt i32 %38, %39
  br i1 %40, label %41, label %66

41:                                               ; preds = %37
  %42 = load ptr, ptr %7, align 8
  %43 = load i32, ptr %8, align 4
  %44 = sext i32 %43 to i64
  %45 = mul nsw i64 %44, %22
  %46 = getelementptr inbounds double, ptr %42, i64 %45
  %47 = load i32, ptr %10, align 4
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds double, ptr %46, i64 %48
  %50 = load double, ptr %49, align 8
  %51 = load ptr, ptr %7, align 8
  %52 = load i32, ptr %8, align 4
  %53 = sext i32 %52 to i64
  %54 = mul nsw i64 %53, %22
  %55 = getelementptr inbounds double, ptr %51, i64 %54
  %56 = load i32, ptr %10, align 4
  %57 = sext i32 %56 to i64
  %58 = getelementptr inbounds double, ptr %55, i64 %57
  %59 = load double, ptr %58, align 8
  %60 = load double, ptr %9, align 8
  %61 = fneg double %50
  %62 = call double @llvm.fmuladd.f64(double %61, double %59, double %60)
  store double %62, ptr %9, align 8
  br label %63

63:                                               ; preds = %41
  %64 = load i32, ptr %10, align 4
  %65 = add nsw i32 %64, 1
  store i32 %65, ptr %10, align 4
  br label %37, !llvm.loop !14

66:                                               ; preds = %37
  %67 = load double, ptr %9, align 8
  %68 = fcmp ole double %67, 0.000000e+00
  br i1 %68, label %69, label %70

69:                                               ; preds = %66
  store i32 0, ptr %4, align 4
  br label %171

70:                                               ; preds = %66
  %71 = load double, ptr %9, align 8
  %72 = call double @sqrt(double noundef %71) #4
  %73 = load ptr, ptr %7, align 8
  %74 = load i32, ptr %8, align 4
  %75 = sext i32 %74 to i64
  %76 = mul nsw i64 %75, %22
  %77 = getelementptr inbounds double, ptr %73, i64 %76
  %78 = load i32, ptr %8, align 4
  %79 = sext i32 %78 to i64
  %80 = getelementptr inbounds double, ptr %77, i64 %79
  store double %72, ptr %80, align 8
  %81 = load i32, ptr %8, align 4
  %82 = add nsw i32 %81, 1
  store i32 %82, ptr %11, align 4
  br label %83

83:                                               ; preds = %146, %70
  %84 = load i32, ptr %11, align 4
  %85 = load i32, ptr %5, align 4
  %86 = icmp slt i32 %84, %85
  br i1 %86, label %87, label %149

87:                                               ; preds = %83
  %88 = load ptr, ptr %6, align 8
  %89 = load i32, ptr %11, align 4
  %90 = sext i32 %89 to i64
  %91 = mul nsw i64 %90, %18
  %92 = getelementptr inbounds double, ptr %88, i64 %91
  %93 = load i32, ptr %8, align 4
  %94 = sext i32 %93 to i64
  %95 = getelementptr inbounds double, ptr %92, i64 %94
  %96 = load double, ptr %95, align 8
  store double %96, ptr %12, align 8
  store i32 0, ptr %13, align 4
  br label %97

97:                                               ; preds = %123, %87
  %98 = load i32, ptr %13, align 4
  %99 = load i32, ptr %8, align 4
  %100 = icmp slt i32 %98, %99
  br i1 %100, label %101, label %126

101:                                              ; preds = %97
  %102 = load ptr, ptr %7, align 8
  %103 = load i32, ptr %11, align 4
  %104 = sext i32 %103 to i64
  %105 = mul nsw i64 %104, %22
  %106 = getelementptr inbounds double, ptr %102, i64 %105
  %107 = load i32, ptr %13, align 4
  %108 = sext i32 %107 to i64
  %109 = getelementptr inbounds double, ptr %106, i64 %108
  %110 = load double, ptr %109, align 8
  %111 = load ptr, ptr %7, align 8
  %112 = load i32, ptr %8, align 4
  %113 = sext i32 %112 to i64
  %114 = mul nsw i64 %113, %22
  %115 = getelementptr inbounds double, ptr %111, i64 %114
  %116 = load i32, ptr %13, align 4
  %117 = sext i32 %116 to i64
  %118 = getelementptr inbounds double, ptr %115, i64 %117
  %119 = load double, ptr %118, align 8
  %120 = load double, ptr %12, align 8
  %121 = fneg double %110
  %122 = call double @llvm.fmuladd.f64(double %121, double %119, double %120)
  store double %122, ptr %12, align 8
  br label %123

123:                                              ; preds = %101
  %124 = load i32, ptr %13, align 4
  %125 = add nsw i32 %124, 1
  store i32 %125, ptr %13, align 4
  br label %97, !llvm.loop !15

126:                                              ; preds = %97
  %127 = load double, ptr %12, align 8
  %128 = load ptr, ptr %7, align 8
  %129 = load i32, ptr %8, align 4
  %130 = sext i32 %129 to i64
  %131 = mul nsw i64 %130, %22
  %132 = getelementptr inbounds double, ptr %128, i64 %131
  %133 = load i32, ptr %8, align 4
  %134 = sext i32 %133 to i64
  %135 = getelementptr inbounds double, ptr %132, i64 %134
  %136 = load double, ptr %135, align 8
  %137 = fdiv double %127, %136
  %138 = load ptr, ptr %7, align 8
  %139 = load i32, ptr %11, align 4
  %140 = sext i32 %139 to i64
  %141 = mul nsw i64 %140, %22
  %142 = getelementptr inbounds double, ptr %138, i64 %141
  %143 = load i32, ptr %8, align 4
  %144 = sext i32 %143 to i64
  %145 = getelementptr inbounds double, ptr %142, i64 %144
  store double %137, ptr %145, align 8
  br label %146

146:                                              ; preds = %126
  %147 = load i32, ptr %11, align 4
  %148 = add nsw i32 %147, 1
  store i32 %148, ptr %11, align 4
  br label %83, !llvm.loop !16

149:                                              ; preds = %83
  store i32 0, ptr %14, align 4
  br label %150

150:                                              ; preds = %163, %149
  %151 = load i32, ptr %14, align 4
  %152 = load i32, ptr %8, align 4
  %153 = icmp slt i32 %151, %152
  br i1 %153, label %154, label %166

154:                                              ; preds = %150
  %155 = load ptr, ptr %7, align 8
  %156 = load i32, ptr %14, align 4
  %157 = sext i32 %156 to i64
  %158 = mul nsw i64 %157, %22
  %159 = getelementptr inbounds double, ptr %155, i64 %158
  %160 = load i32, ptr %8, align 4
  %161 = sext i32 %160 to i64
  %162 = getelementptr inbounds double, ptr %159, i64 %161
  store double 0.000000e+00, ptr %162, align 8
  br label %163

163:                                              ; preds = %154
  %164 = load i32, ptr %14, align 4
  %165 = add nsw i32 %164, 1
  store i32 %165, ptr %14, align 4
  br label %150, !llvm.loop !17

166:                                              ; preds = %150
  br label %167

167:                                              ; preds = %166
  %168 = load i32, ptr %8, align 4
  %169 = add nsw i32 %168, 1
  store i32 %169, ptr %8, align 4
  br label %23, !llvm.loop !18

170:                                              ; preds = %23
  store i32 1, ptr %4, align 4
  br label %171

171:                                              ; preds = %170, %69
  %172 = load i32, ptr %4, align 4
  ret i32 %172
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.maxnum.f64(double, double) #2

declare i32 @printf(ptr noundef, ...) #3

; Function Attrs: nounwind
declare double @sqrt(double noundef) #1

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
!14 = distinct !{!14, !6}
!15 = distinct !{!15, !6}
!16 = distinct !{!16, !6}
!17 = distinct !{!17, !6}
!18 = distinct !{!18, !6}
