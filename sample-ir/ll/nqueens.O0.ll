; ModuleID = 'c/nqueens.c'
source_filename = "c/nqueens.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@main.known = internal constant [11 x i64] [i64 1, i64 1, i64 0, i64 0, i64 2, i64 10, i64 4, i64 40, i64 92, i64 352, i64 724], align 16
@.str = private unnamed_addr constant [28 x i8] c"nqueens n=%d solutions=%ld\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  store i32 1, ptr %2, align 4
  store i32 1, ptr %3, align 4
  br label %5

5:                                                ; preds = %22, %0
  %6 = load i32, ptr %3, align 4
  %7 = icmp sle i32 %6, 10
  br i1 %7, label %8, label %25

8:                                                ; preds = %5
  %9 = load i32, ptr %3, align 4
  %10 = call i64 @solve(i32 noundef %9, i32 noundef 0, i32 noundef 0, i32 noundef 0, i32 noundef 0)
  store i64 %10, ptr %4, align 8
  %11 = load i32, ptr %3, align 4
  %12 = load i64, ptr %4, align 8
  %13 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %11, i64 noundef %12)
  %14 = load i64, ptr %4, align 8
  %15 = load i32, ptr %3, align 4
  %16 = sext i32 %15 to i64
  %17 = getelementptr inbounds [11 x i64], ptr @main.known, i64 0, i64 %16
  %18 = load i64, ptr %17, align 8
  %19 = icmp ne i64 %14, %18
  br i1 %19, label %20, label %21

20:                                               ; preds = %8
  store i32 0, ptr %2, align 4
  br label %21

21:                                               ; preds = %20, %8
  br label %22

22:                                               ; preds = %21
  %23 = load i32, ptr %3, align 4
  %24 = add nsw i32 %23, 1
  store i32 %24, ptr %3, align 4
  br label %5, !llvm.loop !5

25:                                               ; preds = %5
  %26 = load i32, ptr %2, align 4
  %27 = icmp ne i32 %26, 0
  %28 = zext i1 %27 to i64
  %29 = select i1 %27, i32 0, i32 1
  ret i32 %29
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @solve(i32 noundef %0, i32 noundef %1, i32 noundef %2, i32 noundef %3, i32 noundef %4) #0 {
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i64, align 8
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  store i32 %0, ptr %7, align 4
  store i32 %1, ptr %8, align 4
  store i32 %2, ptr %9, align 4
  store i32 %3, ptr %10, align 4
  store i32 %4, ptr %11, align 4
  %15 = load i32, ptr %8, align 4
  %16 = load i32, ptr %7, align 4
  %17 = icmp eq i32 %15, %16
  br i1 %17, label %18, label %19

18:                                               ; preds = %5
  store i64 1, ptr %6, align 8
  br label %60

19:                                               ; preds = %5
  store i64 0, ptr %12, align 8
  %20 = load i32, ptr %9, align 4
  %21 = load i32, ptr %10, align 4
  %22 = or i32 %20, %21
  %23 = load i32, ptr %11, align 4
  %24 = or i32 %22, %23
  %25 = xor i32 %24, -1
  %26 = load i32, ptr %7, align 4
  %27 = shl i32 1, %26
  %28 = sub i32 %27, 1
  %29 = and i32 %25, %28
  store i32 %29, ptr %13, align 4
  br label %30

30:                                               ; preds = %33, %19
  %31 = load i32, ptr %13, align 4
  %32 = icmp ne i32 %31, 0
  br i1 %32, label %33, label %58

33:                                               ; preds = %30
  %34 = load i32, ptr %13, align 4
  %35 = load i32, ptr %13, align 4
  %36 = sub i32 0, %35
  %37 = and i32 %34, %36
  store i32 %37, ptr %14, align 4
  %38 = load i32, ptr %14, align 4
  %39 = load i32, ptr %13, align 4
  %40 = sub i32 %39, %38
  store i32 %40, ptr %13, align 4
  %41 = load i32, ptr %7, align 4
  %42 = load i32, ptr %8, align 4
  %43 = add nsw i32 %42, 1
  %44 = load i32, ptr %9, align 4
  %45 = load i32, ptr %14, align 4
  %46 = or i32 %44, %45
  %47 = load i32, ptr %10, align 4
  %48 = load i32, ptr %14, align 4
  %49 = or i32 %47, %48
  %50 = shl i32 %49, 1
  %51 = load i32, ptr %11, align 4
  %52 = load i32, ptr %14, align 4
  %53 = or i32 %51, %52
  %54 = lshr i32 %53, 1
  %55 = call i64 @solve(i32 noundef %41, i32 noundef %43, i32 noundef %46, i32 noundef %50, i32 noundef %54)
  %56 = load i64, ptr %12, align 8
  %57 = add nsw i64 %56, %55
  store i64 %57, ptr %12, align 8
  br label %30, !llvm.loop !7

58:                                               ; preds = %30
  %59 = load i64, ptr %12, align 8
  store i64 %59, ptr %6, align 8
  br label %60

60:                                               ; preds = %58, %18
  %61 = load i64, ptr %6, align 8
  ret i64 %61
}

declare i32 @printf(ptr noundef, ...) #1

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!0, !1, !2, !3, !4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = distinct !{!5, !6}
!6 = !{!"llvm.loop.mustprogress"}
!7 = distinct !{!7, !6}
