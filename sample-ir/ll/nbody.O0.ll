; ModuleID = 'c/nbody.c'
source_filename = "c/nbody.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.body = type { double, double, double, double, double, double, double }

@bodies = internal global [32 x %struct.body] zeroinitializer, align 16
@.str = private unnamed_addr constant [51 x i8] c"nbody bodies=%d E0=%.6f E1=%.6f relative drift=%g\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  %5 = alloca %struct.body, align 8
  %6 = alloca double, align 8
  %7 = alloca i32, align 4
  %8 = alloca double, align 8
  %9 = alloca double, align 8
  store i32 0, ptr %1, align 4
  store i32 0, ptr %2, align 4
  br label %10

10:                                               ; preds = %50, %0
  %11 = load i32, ptr %2, align 4
  %12 = icmp slt i32 %11, 32
  br i1 %12, label %13, label %53

13:                                               ; preds = %10
  %14 = load i32, ptr %2, align 4
  %15 = sitofp i32 %14 to double
  %16 = fmul double 0x401921FB54442D18, %15
  %17 = fdiv double %16, 3.200000e+01
  store double %17, ptr %3, align 8
  %18 = load i32, ptr %2, align 4
  %19 = srem i32 %18, 4
  %20 = sitofp i32 %19 to double
  %21 = call double @llvm.fmuladd.f64(double 5.000000e-02, double %20, double 1.000000e+00)
  store double %21, ptr %4, align 8
  %22 = load i32, ptr %2, align 4
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds [32 x %struct.body], ptr @bodies, i64 0, i64 %23
  %25 = getelementptr inbounds %struct.body, ptr %5, i32 0, i32 0
  %26 = load double, ptr %4, align 8
  %27 = load double, ptr %3, align 8
  %28 = call double @cos(double noundef %27) #5
  %29 = fmul double %26, %28
  store double %29, ptr %25, align 8
  %30 = getelementptr inbounds %struct.body, ptr %5, i32 0, i32 1
  %31 = load double, ptr %4, align 8
  %32 = load double, ptr %3, align 8
  %33 = call double @sin(double noundef %32) #5
  %34 = fmul double %31, %33
  store double %34, ptr %30, align 8
  %35 = getelementptr inbounds %struct.body, ptr %5, i32 0, i32 2
  %36 = load i32, ptr %2, align 4
  %37 = srem i32 %36, 3
  %38 = sitofp i32 %37 to double
  %39 = fmul double 1.000000e-02, %38
  store double %39, ptr %35, align 8
  %40 = getelementptr inbounds %struct.body, ptr %5, i32 0, i32 3
  %41 = load double, ptr %3, align 8
  %42 = call double @sin(double noundef %41) #5
  %43 = fmul double -3.000000e-01, %42
  store double %43, ptr %40, align 8
  %44 = getelementptr inbounds %struct.body, ptr %5, i32 0, i32 4
  %45 = load double, ptr %3, align 8
  %46 = call double @cos(double noundef %45) #5
  %47 = fmul double 3.000000e-01, %46
  store double %47, ptr %44, align 8
  %48 = getelementptr inbounds %struct.body, ptr %5, i32 0, i32 5
  store double 0.000000e+00, ptr %48, align 8
  %49 = getelementptr inbounds %struct.body, ptr %5, i32 0, i32 6
  store double 3.125000e-02, ptr %49, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %24, ptr align 8 %5, i64 56, i1 false)
  br label %50

50:                                               ; preds = %13
  %51 = load i32, ptr %2, align 4
  %52 = add nsw i32 %51, 1
  store i32 %52, ptr %2, align 4
  br label %10, !llvm.loop !5

53:                                               ; preds = %10
  %54 = call double @energy(ptr noundef @bodies, i32 noundef 32)
  store double %54, ptr %6, align 8
  store i32 0, ptr %7, align 4
  br label %55

55:                                               ; preds = %59, %53
  %56 = load i32, ptr %7, align 4
  %57 = icmp slt i32 %56, 200
  br i1 %57, label %58, label %62

58:                                               ; preds = %55
  call void @step(ptr noundef @bodies, i32 noundef 32, double noundef 1.000000e-03)
  br label %59

59:                                               ; preds = %58
  %60 = load i32, ptr %7, align 4
  %61 = add nsw i32 %60, 1
  store i32 %61, ptr %7, align 4
  br label %55, !llvm.loop !7

62:                                               ; preds = %55
  %63 = call double @energy(ptr noundef @bodies, i32 noundef 32)
  store double %63, ptr %8, align 8
  %64 = load double, ptr %8, align 8
  %65 = load double, ptr %6, align 8
  %66 = fsub double %64, %65
  %67 = load double, ptr %6, align 8
  %68 = fdiv double %66, %67
  %69 = call double @llvm.fabs.f64(double %68)
  store double %69, ptr %9, align 8
  %70 = load double, ptr %6, align 8
  %71 = load double, ptr %8, align 8
  %72 = load double, ptr %9, align 8
  %73 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef 32, double noundef %70, double noundef %71, double noundef %72)
  %74 = load double, ptr %9, align 8
  %75 = fcmp olt double %74, 1.000000e-03
  %76 = zext i1 %75 to i64
  %77 = select i1 %75, i32 0, i32 1
  ret i32 %77
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: nounwind
declare double @cos(double noundef) #2

; Function Attrs: nounwind
declare double @sin(double noundef) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #3

; Function Attrs: noinline nounwind optnone uwtable
define internal double @energy(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca double, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca double, align 8
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  store double 0.000000e+00, ptr %5, align 8
  store i32 0, ptr %6, align 4
  br label %11

11:                                               ; preds = %141, %2
  %12 = load i32, ptr %6, align 4
  %13 = load i32, ptr %4, align 4
  %14 = icmp slt i32 %12, %13
  br i1 %14, label %15, label %144

15:                                               ; preds = %11
  %16 = load ptr, ptr %3, align 8
  %17 = load i32, ptr %6, align 4
  %18 = sext i32 %17 to i64
  %19 = getelementptr inbounds %struct.body, ptr %16, i64 %18
  %20 = getelementptr inbounds %struct.body, ptr %19, i32 0, i32 6
  %21 = load double, ptr %20, align 8
  %22 = fmul double 5.000000e-01, %21
  %23 = load ptr, ptr %3, align 8
  %24 = load i32, ptr %6, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds %struct.body, ptr %23, i64 %25
  %27 = getelementptr inbounds %struct.body, ptr %26, i32 0, i32 3
  %28 = load double, ptr %27, align 8
  %29 = load ptr, ptr %3, align 8
  %30 = load i32, ptr %6, align 4
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds %struct.body, ptr %29, i64 %31
  %33 = getelementptr inbounds %struct.body, ptr %32, i32 0, i32 3
  %34 = load double, ptr %33, align 8
  %35 = load ptr, ptr %3, align 8
  %36 = load i32, ptr %6, align 4
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds %struct.body, ptr %35, i64 %37
  %39 = getelementptr inbounds %struct.body, ptr %38, i32 0, i32 4
  %40 = load double, ptr %39, align 8
  %41 = load ptr, ptr %3, align 8
  %42 = load i32, ptr %6, align 4
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds %struct.body, ptr %41, i64 %43
  %45 = getelementptr inbounds %struct.body, ptr %44, i32 0, i32 4
  %46 = load double, ptr %45, align 8
  %47 = fmul double %40, %46
  %48 = call double @llvm.fmuladd.f64(double %28, double %34, double %47)
  %49 = load ptr, ptr %3, align 8
  %50 = load i32, ptr %6, align 4
  %51 = sext i32 %50 to i64
  %52 = getelementptr inbounds %struct.body, ptr %49, i64 %51
  %53 = getelementptr inbounds %struct.body, ptr %52, i32 0, i32 5
  %54 = load double, ptr %53, align 8
  %55 = load ptr, ptr %3, align 8
  %56 = load i32, ptr %6, align 4
  %57 = sext i32 %56 to i64
  %58 = getelementptr inbounds %struct.body, ptr %55, i64 %57
  %59 = getelementptr inbounds %struct.body, ptr %58, i32 0, i32 5
  %60 = load double, ptr %59, align 8
  %61 = call double @llvm.fmuladd.f64(double %54, double %60, double %48)
  %62 = load double, ptr %5, align 8
  %63 = call double @llvm.fmuladd.f64(double %22, double %61, double %62)
  store double %63, ptr %5, align 8
  %64 = load i32, ptr %6, align 4
  %65 = add nsw i32 %64, 1
  store i32 %65, ptr %7, align 4
  br label %66

66:                                               ; preds = %137, %15
  %67 = load i32, ptr %7, align 4
  %68 = load i32, ptr %4, align 4
  %69 = icmp slt i32 %67, %68
  br i1 %69, label %70, label %140

70:                                               ; preds = %66
  %71 = load ptr, ptr %3, align 8
  %72 = load i32, ptr %7, align 4
  %73 = sext i32 %72 to i64
  %74 = getelementptr inbounds %struct.body, ptr %71, i64 %73
  %75 = getelementptr inbounds %struct.body, ptr %74, i32 0, i32 0
  %76 = load double, ptr %75, align 8
  %77 = load ptr, ptr %3, align 8
  %78 = load i32, ptr %6, align 4
  %79 = sext i32 %78 to i64
  %80 = getelementptr inbounds %struct.body, ptr %77, i64 %79
  %81 = getelementptr inbounds %struct.body, ptr %80, i32 0, i32 0
  %82 = load double, ptr %81, align 8
  %83 = fsub double %76, %82
  store double %83, ptr %8, align 8
  %84 = load ptr, ptr %3, align 8
  %85 = load i32, ptr %7, align 4
  %86 = sext i32 %85 to i64
  %87 = getelementptr inbounds %struct.body, ptr %84, i64 %86
  %88 = getelementptr inbounds %struct.body, ptr %87, i32 0, i32 1
  %89 = load double, ptr %88, align 8
  %90 = load ptr, ptr %3, align 8
  %91 = load i32, ptr %6, align 4
  %92 = sext i32 %91 to i64
  %93 = getelementptr inbounds %struct.body, ptr %90, i64 %92
  %94 = getelementptr inbounds %struct.body, ptr %93, i32 0, i32 1
  %95 = load double, ptr %94, align 8
  %96 = fsub double %89, %95
  store double %96, ptr %9, align 8
  %97 = load ptr, ptr %3, align 8
  %98 = load i32, ptr %7, align 4
  %99 = sext i32 %98 to i64
  %100 = getelementptr inbounds %struct.body, ptr %97, i64 %99
  %101 = getelementptr inbounds %struct.body, ptr %100, i32 0, i32 2
  %102 = load double, ptr %101, align 8
  %103 = load ptr, ptr %3, align 8
  %104 = load i32, ptr %6, align 4
  %105 = sext i32 %104 to i64
  %106 = getelementptr inbounds %struct.body, ptr %103, i64 %105
  %107 = getelementptr inbounds %struct.body, ptr %106, i32 0, i32 2
  %108 = load double, ptr %107, align 8
  %109 = fsub double %102, %108
  store double %109, ptr %10, align 8
  %110 = load ptr, ptr %3, align 8
  %111 = load i32, ptr %6, align 4
  %112 = sext i32 %111 to i64
  %113 = getelementptr inbounds %struct.body, ptr %110, i64 %112
  %114 = getelementptr inbounds %struct.body, ptr %113, i32 0, i32 6
  %115 = load double, ptr %114, align 8
  %116 = load ptr, ptr %3, align 8
  %117 = load i32, ptr %7, align 4
  %118 = sext i32 %117 to i64
  %119 = getelementptr inbounds %struct.body, ptr %116, i64 %118
  %120 = getelementptr inbounds %struct.body, ptr %119, i32 0, i32 6
  %121 = load double, ptr %120, align 8
  %122 = fmul double %115, %121
  %123 = load double, ptr %8, align 8
  %124 = load double, ptr %8, align 8
  %125 = load double, ptr %9, align 8
  %126 = load double, ptr %9, align 8
  %127 = fmul double %125, %126
  %128 = call double @llvm.fmuladd.f64(double %123, double %124, double %127)
  %129 = load double, ptr %10, align 8
  %130 = load double, ptr %10, align 8
  %131 = call double @llvm.fmuladd.f64(double %129, double %130, double %128)
  %132 = fadd double %131, 1.000000e-04
  %133 = call double @sqrt(double noundef %132) #5
  %134 = fdiv double %122, %133
  %135 = load double, ptr %5, align 8
  %136 = fsub double %135, %134
  store double %136, ptr %5, align 8
  br label %137

137:                                              ; preds = %70
  %138 = load i32, ptr %7, align 4
  %139 = add nsw i32 %138, 1
  store i32 %139, ptr %7, align 4
  br label %66, !llvm.loop !8

140:                                              ; preds = %66
  br label %141

141:                                              ; preds = %140
  %142 = load i32, ptr %6, align 4
  %143 = add nsw i32 %142, 1
  store i32 %143, ptr %6, align 4
  br label %11, !llvm.loop !9

144:                                              ; preds = %11
  %145 = load double, ptr %5, align 8
  ret double %145
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @step(ptr noundef %0, i32 noundef %1, double noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca double, align 8
  %7 = alloca [32 x double], align 16
  %8 = alloca [32 x double], align 16
  %9 = alloca [32 x double], align 16
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store i32 %1, ptr %5, align 4
  store double %2, ptr %6, align 8
  %12 = load ptr, ptr %4, align 8
  %13 = load i32, ptr %5, align 4
  %14 = getelementptr inbounds [32 x double], ptr %7, i64 0, i64 0
  %15 = getelementptr inbounds [32 x double], ptr %8, i64 0, i64 0
  %16 = getelementptr inbounds [32 x double], ptr %9, i64 0, i64 0
  call void @accelerations(ptr noundef %12, i32 noundef %13, ptr noundef %14, ptr noundef %15, ptr noundef %16)
  store i32 0, ptr %10, align 4
  br label %17

17:                                               ; preds = %103, %3
  %18 = load i32, ptr %10, align 4
  %19 = load i32, ptr %5, align 4
  %20 = icmp slt i32 %18, %19
  br i1 %20, label %21, label %106

21:                                               ; preds = %17
  %22 = load double, ptr %6, align 8
  %23 = fmul double 5.000000e-01, %22
  %24 = load i32, ptr %10, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds [32 x double], ptr %7, i64 0, i64 %25
  %27 = load double, ptr %26, align 8
  %28 = load ptr, ptr %4, align 8
  %29 = load i32, ptr %10, align 4
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds %struct.body, ptr %28, i64 %30
  %32 = getelementptr inbounds %struct.body, ptr %31, i32 0, i32 3
  %33 = load double, ptr %32, align 8
  %34 = call double @llvm.fmuladd.f64(double %23, double %27, double %33)
  store double %34, ptr %32, align 8
  %35 = load double, ptr %6, align 8
  %36 = fmul double 5.000000e-01, %35
  %37 = load i32, ptr %10, align 4
  %38 = sext i32 %37 to i64
  %39 = getelementptr inbounds [32 x double], ptr %8, i64 0, i64 %38
  %40 = load double, ptr %39, align 8
  %41 = load ptr, ptr %4, align 8
  %42 = load i32, ptr %10, align 4
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds %struct.body, ptr %41, i64 %43
  %45 = getelementptr inbounds %struct.body, ptr %44, i32 0, i32 4
  %46 = load double, ptr %45, align 8
  %47 = call double @llvm.fmuladd.f64(double %36, double %40, double %46)
  store double %47, ptr %45, align 8
  %48 = load double, ptr %6, align 8
  %49 = fmul double 5.000000e-01, %48
  %50 = load i32, ptr %10, align 4
  %51 = sext i32 %50 to i64
  %52 = getelementptr inbounds [32 x double], ptr %9, i64 0, i64 %51
  %53 = load double, ptr %52, align 8
  %54 = load ptr, ptr %4, align 8
  %55 = load i32, ptr %10, align 4
  %56 = sext i32 %55 to i64
  %57 = getelementptr inbounds %struct.body, ptr %54, i64 %56
  %58 = getelementptr inbounds %struct.body, ptr %57, i32 0, i32 5
  %59 = load double, ptr %58, align 8
  %60 = call double @llvm.fmuladd.f64(double %49, double %53, double %59)
  store double %60, ptr %58, align 8
  %61 = load double, ptr %6, align 8
  %62 = load ptr, ptr %4, align 8
  %63 = load i32, ptr %10, align 4
  %64 = sext i32 %63 to i64
  %65 = getelementptr inbounds %struct.body, ptr %62, i64 %64
  %66 = getelementptr inbounds %struct.body, ptr %65, i32 0, i32 3
  %67 = load double, ptr %66, align 8
  %68 = load ptr, ptr %4, align 8
  %69 = load i32, ptr %10, align 4
  %70 = sext i32 %69 to i64
  %71 = getelementptr inbounds %struct.body, ptr %68, i64 %70
  %72 = getelementptr inbounds %struct.body, ptr %71, i32 0, i32 0
  %73 = load double, ptr %72, align 8
  %74 = call double @llvm.fmuladd.f64(double %61, double %67, double %73)
  store double %74, ptr %72, align 8
  %75 = load double, ptr %6, align 8
  %76 = load ptr, ptr %4, align 8
  %77 = load i32, ptr %10, align 4
  %78 = sext i32 %77 to i64
  %79 = getelementptr inbounds %struct.body, ptr %76, i64 %78
  %80 = getelementptr inbounds %struct.body, ptr %79, i32 0, i32 4
  %81 = load double, ptr %80, align 8
  %82 = load ptr, ptr %4, align 8
  %83 = load i32, ptr %10, align 4
  %84 = sext i32 %83 to i64
  %85 = getelementptr inbounds %struct.body, ptr %82, i64 %84
  %86 = getelementptr inbounds %struct.body, ptr %85, i32 0, i32 1
  %87 = load double, ptr %86, align 8
  %88 = call double @llvm.fmuladd.f64(double %75, double %81, double %87)
  store double %88, ptr %86, align 8
  %89 = load double, ptr %6, align 8
  %90 = load ptr, ptr %4, align 8
  %91 = load i32, ptr %10, align 4
  %92 = sext i32 %91 to i64
  %93 = getelementptr inbounds %struct.body, ptr %90, i64 %92
  %94 = getelementptr inbounds %struct.body, ptr %93, i32 0, i32 5
  %95 = load double, ptr %94, align 8
  %96 = load ptr, ptr %4, align 8
  %97 = load i32, ptr %10, align 4
  %98 = sext i32 %97 to i64
  %99 = getelementptr inbounds %struct.body, ptr %96, i64 %98
  %100 = getelementptr inbounds %struct.body, ptr %99, i32 0, i32 2
  %101 = load double, ptr %100, align 8
  %102 = call double @llvm.fmuladd.f64(double %89, double %95, double %101)
  store double %102, ptr %100, align 8
  br label %103

103:                                              ; preds = %21
  %104 = load i32, ptr %10, align 4
  %105 = add nsw i32 %104, 1
  store i32 %105, ptr %10, align 4
  br label %17, !llvm.loop !10

106:                                              ; preds = %17
  %107 = load ptr, ptr %4, align 8
  %108 = load i32, ptr %5, align 4
  %109 = getelementptr inbounds [32 x double], ptr %7, i64 0, i64 0
  %110 = getelementptr inbounds [32 x double], ptr %8, i64 0, i64 0
  %111 = getelementptr inbounds [32 x double], ptr %9, i64 0, i64 0
  call void @accelerations(ptr noundef %107, i32 noundef %108, ptr noundef %109, ptr noundef %110, ptr noundef %111)
  store i32 0, ptr %11, align 4
  br label %112

112:                                              ; preds = %156, %106
  %113 = load i32, ptr %11, align 4
  %114 = load i32, ptr %5, align 4
  %115 = icmp slt i32 %113, %114
  br i1 %115, label %116, label %159

116:                                              ; preds = %112
  %117 = load double, ptr %6, align 8
  %118 = fmul double 5.000000e-01, %117
  %119 = load i32, ptr %11, align 4
  %120 = sext i32 %119 to i64
  %121 = getelementptr inbounds [32 x double], ptr %7, i64 0, i64 %120
  %122 = load double, ptr %121, align 8
  %123 = load ptr, ptr %4, align 8
  %124 = load i32, ptr %11, align 4
  %125 = sext i32 %124 to i64
  %126 = getelementptr inbounds %struct.body, ptr %123, i64 %125
  %127 = getelementptr inbounds %struct.body, ptr %126, i32 0, i32 3
  %128 = load double, ptr %127, align 8
  %129 = call double @llvm.fmuladd.f64(double %118, double %122, double %128)
  store double %129, ptr %127, align 8
  %130 = load double, ptr %6, align 8
  %131 = fmul double 5.000000e-01, %130
  %132 = load i32, ptr %11, align 4
  %133 = sext i32 %132 to i64
  %134 = getelementptr inbounds [32 x double], ptr %8, i64 0, i64 %133
  %135 = load double, ptr %134, align 8
  %136 = load ptr, ptr %4, align 8
  %137 = load i32, ptr %11, align 4
  %138 = sext i32 %137 to i64
  %139 = getelementptr inbounds %struct.body, ptr %136, i64 %138
  %140 = getelementptr inbounds %struct.body, ptr %139, i32 0, i32 4
  %141 = load double, ptr %140, align 8
  %142 = call double @llvm.fmuladd.f64(double %131, double %135, double %141)
  store double %142, ptr %140, align 8
  %143 = load double, ptr %6, align 8
  %144 = fmul double 5.000000e-01, %143
  %145 = load i32, ptr %11, align 4
  %146 = sext i32 %145 to i64
  %147 = getelementptr inbounds [32 x double], ptr %9, i64 0, i64 %146
  %148 = load double, ptr %147, align 8
  %149 = load ptr, ptr %4, align 8
  %150 = load i32, ptr %11, align 4
  %151 = sext i32 %150 to i64
  %152 = getelementptr inbounds %struct.body, ptr %149, i64 %151
  %153 = getelementptr inbounds %struct.body, ptr %152, i32 0, i32 5
  %154 = load double, ptr %153, align 8
  %155 = call double @llvm.fmuladd.f64(double %144, double %148, double %154)
  store double %155, ptr %153, align 8
  br label %156

156:                                              ; preds = %116
  %157 = load i32, ptr %11, align 4
  %158 = add nsw i32 %157, 1
  store i32 %158, ptr %11, align 4
  br label %112, !llvm.loop !11

159:                                              ; preds = %112
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #1

declare i32 @printf(ptr noundef, ...) #4

; Function Attrs: nounwind
declare double @sqrt(double noundef) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal void @accelerations(ptr noundef %0, i32 noundef %1, ptr noundef %2, ptr noundef %3, ptr noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  %9 = alloca ptr, align 8
  %10 = alloca ptr, align 8
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca double, align 8
  %14 = alloca double, align 8
  %15 = alloca double, align 8
  %16 = alloca double, align 8
  %17 = alloca double, align 8
  store ptr %0, ptr %6, align 8
  store i32 %1, ptr %7, align 4
  store ptr %2, ptr %8, align 8
  store ptr %3, ptr %9, align 8
  store ptr %4, ptr %10, align 8
  store i32 0, ptr %11, align 4
  br label %18

18:                                               ; preds = %133, %5
  %19 = load i32, ptr %11, align 4
  %20 = load i32, ptr %7, align 4
  %21 = icmp slt i32 %19, %20
  br i1 %21, label %22, label %136

22:                                               ; preds = %18
  %23 = load ptr, ptr %10, align 8
  %24 = load i32, ptr %11, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds double, ptr %23, i64 %25
  store double 0.000000e+00, ptr %26, align 8
  %27 = load ptr, ptr %9, align 8
  %28 = load i32, ptr %11, align 4
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds double, ptr %27, i64 %29
  store double 0.000000e+00, ptr %30, align 8
  %31 = load ptr, ptr %8, align 8
  %32 = load i32, ptr %11, align 4
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds double, ptr %31, i64 %33
  store double 0.000000e+00, ptr %34, align 8
  store i32 0, ptr %12, align 4
  br label %35

35:                                               ; preds = %129, %22
  %36 = load i32, ptr %12, align 4
  %37 = load i32, ptr %7, align 4
  %38 = icmp slt i32 %36, %37
  br i1 %38, label %39, label %132

39:                                               ; preds = %35
  %40 = load i32, ptr %11, align 4
  %41 = load i32, ptr %12, align 4
  %42 = icmp eq i32 %40, %41
  br i1 %42, label %43, label %44

43:                                               ; preds = %39
  br label %129

44:                                               ; preds = %39
  %45 = load ptr, ptr %6, align 8
  %46 = load i32, ptr %12, align 4
  %47 = sext i32 %46 to i64
  %48 = getelementptr inbounds %struct.body, ptr %45, i64 %47
  %49 = getelementptr inbounds %struct.body, ptr %48, i32 0, i32 0
  %50 = load double, ptr %49, align 8
  %51 = load ptr, ptr %6, align 8
  %52 = load i32, ptr %11, align 4
  %53 = sext i32 %52 to i64
  %54 = getelementptr inbounds %struct.body, ptr %51, i64 %53
  %55 = getelementptr inbounds %struct.body, ptr %54, i32 0, i32 0
  %56 = load double, ptr %55, align 8
  %57 = fsub double %50, %56
  store double %57, ptr %13, align 8
  %58 = load ptr, ptr %6, align 8
  %59 = load i32, ptr %12, align 4
  %60 = sext i32 %59 to i64
  %61 = getelementptr inbounds %struct.body, ptr %58, i64 %60
  %62 = getelementptr inbounds %struct.body, ptr %61, i32 0, i32 1
  %63 = load double, ptr %62, align 8
  %64 = load ptr, ptr %6, align 8
  %65 = load i32, ptr %11, align 4
  %66 = sext i32 %65 to i64
  %67 = getelementptr inbounds %struct.body, ptr %64, i64 %66
  %68 = getelementptr inbounds %struct.body, ptr %67, i32 0, i32 1
  %69 = load double, ptr %68, align 8
  %70 = fsub double %63, %69
  store double %70, ptr %14, align 8
  %71 = load ptr, ptr %6, align 8
  %72 = load i32, ptr %12, align 4
  %73 = sext i32 %72 to i64
  %74 = getelementptr inbounds %struct.body, ptr %71, i64 %73
  %75 = getelementptr inbounds %struct.body, ptr %74, i32 0, i32 2
  %76 = load double, ptr %75, align 8
  %77 = load ptr, ptr %6, align 8
  %78 = load i32, ptr %11, align 4
  %79 = sext i32 %78 to i64
  %80 = getelementptr inbounds %struct.body, ptr %77, i64 %79
  %81 = getelementptr inbounds %struct.body, ptr %80, i32 0, i32 2
  %82 = load double, ptr %81, align 8
  %83 = fsub double %76, %82
  store double %83, ptr %15, align 8
  %84 = load double, ptr %13, align 8
  %85 = load double, ptr %13, align 8
  %86 = load double, ptr %14, align 8
  %87 = load double, ptr %14, align 8
  %88 = fmul double %86, %87
  %89 = call double @llvm.fmuladd.f64(double %84, double %85, double %88)
  %90 = load double, ptr %15, align 8
  %91 = load double, ptr %15, align 8
  %92 = call double @llvm.fmuladd.f64(double %90, double %91, double %89)
  %93 = fadd double %92, 1.000000e-04
  store double %93, ptr %16, align 8
  %94 = load ptr, ptr %6, align 8
  %95 = load i32, ptr %12, align 4
  %96 = sext i32 %95 to i64
  %97 = getelementptr inbounds %struct.body, ptr %94, i64 %96
  %98 = getelementptr inbounds %struct.body, ptr %97, i32 0, i32 6
  %99 = load double, ptr %98, align 8
  %100 = load double, ptr %16, align 8
  %101 = load double, ptr %16, align 8
  %102 = call double @sqrt(double noundef %101) #5
  %103 = fmul double %100, %102
  %104 = fdiv double %99, %103
  store double %104, ptr %17, align 8
  %105 = load double, ptr %13, align 8
  %106 = load double, ptr %17, align 8
  %107 = load ptr, ptr %8, align 8
  %108 = load i32, ptr %11, align 4
  %109 = sext i32 %108 to i64
  %110 = getelementptr inbounds double, ptr %107, i64 %109
  %111 = load double, ptr %110, align 8
  %112 = call double @llvm.fmuladd.f64(double %105, double %106, double %111)
  store double %112, ptr %110, align 8
  %113 = load double, ptr %14, align 8
  %114 = load double, ptr %17, align 8
  %115 = load ptr, ptr %9, align 8
  %116 = load i32, ptr %11, align 4
  %117 = sext i32 %116 to i64
  %118 = getelementptr inbounds double, ptr %115, i64 %117
  %119 = load double, ptr %118, align 8
  %120 = call double @llvm.fmuladd.f64(double %113, double %114, double %119)
  store double %120, ptr %118, align 8
  %121 = load double, ptr %15, align 8
  %122 = load double, ptr %17, align 8
  %123 = load ptr, ptr %10, align 8
  %124 = load i32, ptr %11, align 4
  %125 = sext i32 %124 to i64
  %126 = getelementptr inbounds double, ptr %123, i64 %125
  %127 = load double, ptr %126, align 8
  %128 = call double @llvm.fmuladd.f64(double %121, double %122, double %127)
  store double %128, ptr %126, align 8
  br label %129

129:                                              ; preds = %44, %43
  %130 = load i32, ptr %12, align 4
  %131 = add nsw i32 %130, 1
  store i32 %131, ptr %12, align 4
  br label %35, !llvm.loop !12

132:                                              ; preds = %35
  br label %133

133:                                              ; preds = %132
  %134 = load i32, ptr %11, align 4
  %135 = add nsw i32 %134, 1
  store i32 %135, ptr %11, align 4
  br label %18, !llvm.loop !13

136:                                              ; preds = %18
  ret void
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }

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
