; ModuleID = 'c/monte_carlo_pi.c'
source_filename = "c/monte_carlo_pi.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.rng = type { i64 }

@__const.main.r = private unnamed_addr constant %struct.rng { i64 -7046029254386353131 }, align 8
@.str = private unnamed_addr constant [41 x i8] c"monte_carlo_pi estimate=%.5f error=%.5f\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.rng, align 8
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %2, ptr align 8 @__const.main.r, i64 8, i1 false)
  %5 = call double @estimate_pi(ptr noundef %2, i64 noundef 1000000)
  store double %5, ptr %3, align 8
  %6 = load double, ptr %3, align 8
  %7 = fsub double %6, 0x400921FB54442D11
  %8 = call double @llvm.fabs.f64(double %7)
  store double %8, ptr %4, align 8
  %9 = load double, ptr %3, align 8
  %10 = load double, ptr %4, align 8
  %11 = call i32 (ptr, ...) @printf(ptr noundef @.str, double noundef %9, double noundef %10)
  %12 = load double, ptr %4, align 8
  %13 = fcmp olt double %12, 1.000000e-02
  %14 = zext i1 %13 to i64
  %15 = select i1 %13, i32 0, i32 1
  ret i32 %15
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal double @estimate_pi(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  %7 = alloca double, align 8
  %8 = alloca double, align 8
  store ptr %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  store i64 0, ptr %5, align 8
  store i64 0, ptr %6, align 8
  br label %9

9:                                                ; preds = %29, %2
  %10 = load i64, ptr %6, align 8
  %11 = load i64, ptr %4, align 8
  %12 = icmp slt i64 %10, %11
  br i1 %12, label %13, label %32

13:                                               ; preds = %9
  %14 = load ptr, ptr %3, align 8
  %15 = call double @next_double(ptr noundef %14)
  store double %15, ptr %7, align 8
  %16 = load ptr, ptr %3, align 8
  %17 = call double @next_double(ptr noundef %16)
  store double %17, ptr %8, align 8
  %18 = load double, ptr %7, align 8
  %19 = load double, ptr %7, align 8
  %20 = load double, ptr %8, align 8
  %21 = load double, ptr %8, align 8
  %22 = fmul double %20, %21
  %23 = call double @llvm.fmuladd.f64(double %18, double %19, double %22)
  %24 = fcmp ole double %23, 1.000000e+00
  br i1 %24, label %25, label %28

25:                                               ; preds = %13
  %26 = load i64, ptr %5, align 8
  %27 = add nsw i64 %26, 1
  store i64 %27, ptr %5, align 8
  br label %28

28:                                               ; preds = %25, %13
  br label %29

29:                                               ; preds = %28
  %30 = load i64, ptr %6, align 8
  %31 = add nsw i64 %30, 1
  store i64 %31, ptr %6, align 8
  br label %9, !llvm.loop !5

32:                                               ; preds = %9
  %33 = load i64, ptr %5, align 8
  %34 = sitofp i64 %33 to double
  %35 = fmul double 4.000000e+00, %34
  %36 = load i64, ptr %4, align 8
  %37 = sitofp i64 %36 to double
  %38 = fdiv double %35, %37
  ret double %38
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #2

declare i32 @printf(ptr noundef, ...) #3

; Function Attrs: noinline nounwind optnone uwtable
define internal double @next_double(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = call i64 @next_u64(ptr noundef %3)
  %5 = lshr i64 %4, 11
  %6 = uitofp i64 %5 to double
  %7 = fmul double %6, 0x3CA0000000000000
  ret double %7
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @next_u64(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i64, align 8
  store ptr %0, ptr %2, align 8
  %4 = load ptr, ptr %2, align 8
  %5 = getelementptr inbounds %struct.rng, ptr %4, i32 0, i32 0
  %6 = load i64, ptr %5, align 8
  store i64 %6, ptr %3, align 8
  %7 = load i64, ptr %3, align 8
  %8 = lshr i64 %7, 12
  %9 = load i64, ptr %3, align 8
  %10 = xor i64 %9, %8
  store i64 %10, ptr %3, align 8
  %11 = load i64, ptr %3, align 8
  %12 = shl i64 %11, 25
  %13 = load i64, ptr %3, align 8
  %14 = xor i64 %13, %12
  store i64 %14, ptr %3, align 8
  %15 = load i64, ptr %3, align 8
  %16 = lshr i64 %15, 27
  %17 = load i64, ptr %3, align 8
  %18 = xor i64 %17, %16
  store i64 %18, ptr %3, align 8
  %19 = load i64, ptr %3, align 8
  %20 = load ptr, ptr %2, align 8
  %21 = getelementptr inbounds %struct.rng, ptr %20, i32 0, i32 0
  store i64 %19, ptr %21, align 8
  %22 = load i64, ptr %3, align 8
  %23 = mul i64 %22, 2685821657736338717
  ret i64 %23
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!0, !1, !2, !3, !4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = distinct !{!5, !6}
!6 = !{!"llvm.loop.mustprogress"}
