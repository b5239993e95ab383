; ModuleID = 'c/game_of_life.c'
source_filename = "c/game_of_life.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@main.glider = internal constant [5 x [2 x i32]] [[2 x i32] [i32 0, i32 1], [2 x i32] [i32 1, i32 2], [2 x i32] [i32 2, i32 0], [2 x i32] [i32 2, i32 1], [2 x i32] [i32 2, i32 2]], align 16
@board = internal global [16 x [16 x i8]] zeroinitializer, align 16
@.str = private unnamed_addr constant [49 x i8] c"game_of_life generations=%d population=%d ok=%d\0A\00", align 1
@scratch = internal global [16 x [16 x i8]] zeroinitializer, align 16

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store i32 0, ptr %2, align 4
  br label %7

7:                                                ; preds = %25, %0
  %8 = load i32, ptr %2, align 4
  %9 = icmp slt i32 %8, 5
  br i1 %9, label %10, label %28

10:                                               ; preds = %7
  %11 = load i32, ptr %2, align 4
  %12 = sext i32 %11 to i64
  %13 = getelementptr inbounds [5 x [2 x i32]], ptr @main.glider, i64 0, i64 %12
  %14 = getelementptr inbounds [2 x i32], ptr %13, i64 0, i64 0
  %15 = load i32, ptr %14, align 8
  %16 = sext i32 %15 to i64
  %17 = getelementptr inbounds [16 x [16 x i8]], ptr @board, i64 0, i64 %16
  %18 = load i32, ptr %2, align 4
  %19 = sext i32 %18 to i64
  %20 = getelementptr inbounds [5 x [2 x i32]], ptr @main.glider, i64 0, i64 %19
  %21 = getelementptr inbounds [2 x i32], ptr %20, i64 0, i64 1
  %22 = load i32, ptr %21, align 4
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds [16 x i8], ptr %17, i64 0, i64 %23
  store i8 1, ptr %24, align 1
  br label %25

25:                                               ; preds = %10
  %26 = load i32, ptr %2, align 4
  %27 = add nsw i32 %26, 1
  store i32 %27, ptr %2, align 4
  br label %7, !llvm.loop !5

28:                                               ; preds = %7
  store i32 1, ptr %3, align 4
  store i32 1, ptr %4, align 4
  br label %29

29:                                               ; preds = %76, %28
  %30 = load i32, ptr %4, align 4
  %31 = icmp sle i32 %30, 64
  br i1 %31, label %32, label %79

32:                                               ; preds = %29
  call void @generation()
  %33 = call i32 @population()
  %34 = icmp ne i32 %33, 5
  br i1 %34, label %35, label %36

35:                                               ; preds = %32
  store i32 0, ptr %3, align 4
  br label %36

36:                                               ; preds = %35, %32
  %37 = load i32, ptr %4, align 4
  %38 = srem i32 %37, 4
  %39 = icmp eq i32 %38, 0
  br i1 %39, label %40, label %75

40:                                               ; preds = %36
  %41 = load i32, ptr %4, align 4
  %42 = sdiv i32 %41, 4
  store i32 %42, ptr %5, align 4
  store i32 0, ptr %6, align 4
  br label %43

43:                                               ; preds = %71, %40
  %44 = load i32, ptr %6, align 4
  %45 = icmp slt i32 %44, 5
  br i1 %45, label %46, label %74

46:                                               ; preds = %43
  %47 = load i32, ptr %6, align 4
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds [5 x [2 x i32]], ptr @main.glider, i64 0, i64 %48
  %50 = getelementptr inbounds [2 x i32], ptr %49, i64 0, i64 0
  %51 = load i32, ptr %50, align 8
  %52 = load i32, ptr %5, align 4
  %53 = add nsw i32 %51, %52
  %54 = srem i32 %53, 16
  %55 = sext i32 %54 to i64
  %56 = getelementptr inbounds [16 x [16 x i8]], ptr @board, i64 0, i64 %55
  %57 = load i32, ptr %6, align 4
  %58 = sext i32 %57 to i64
  %59 = getelementptr inbounds [5 x [2 x i32]], ptr @main.glider, i64 0, i64 %58
  %60 = getelementptr inbounds [2 x i32], ptr %59, i64 0, i64 1
  %61 = load i32, ptr %60, align 4
  %62 = load i32, ptr %5, align 4
  %63 = add nsw i32 %61, %62
  %64 = srem i32 %63, 16
  %65 = sext i32 %64 to i64
  %66 = getelementptr inbounds [16 x i8], ptr %56, i64 0, i64 %65
  %67 = load i8, ptr %66, align 1
  %68 = icmp ne i8 %67, 0
  br i1 %68, label %70, label %69

69:                                               ; preds = %46
  store i32 0, ptr %3, align 4
  br label %70

70:                                               ; preds = %69, %46
  br label %71

71:                                               ; preds = %70
  %72 = load i32, ptr %6, align 4
  %73 = add nsw i32 %72, 1
  store i32 %73, ptr %6, align 4
  br label %43, !llvm.loop !7

74:                                               ; preds = %43
  br label %75

75:                                               ; preds = %74, %36
  br label %76

76:                                               ; preds = %75
  %77 = load i32, ptr %4, align 4
  %78 = add nsw i32 %77, 1
  store i32 %78, ptr %4, align 4
  br label %29, !llvm.loop !8

79:                                               ; preds = %29
  %80 = call i32 @population()
  %81 = load i32, ptr %3, align 4
  %82 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef 64, i32 noundef %80, i32 noundef %81)
  %83 = load i32, ptr %3, align 4
  %84 = icmp ne i32 %83, 0
  %85 = zext i1 %84 to i64
  %86 = select i1 %84, i32 0, i32 1
  ret i32 %86
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @generation() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  br label %4

4:                                                ; preds = %46, %0
  %5 = load i32, ptr %1, align 4
  %6 = icmp slt i32 %5, 16
  br i1 %6, label %7, label %49

7:                                                ; preds = %4
  store i32 0, ptr %2, align 4
  br label %8

8:                                                ; preds = %42, %7
  %9 = load i32, ptr %2, align 4
  %10 = icmp slt i32 %9, 16
  br i1 %10, label %11, label %45

11:                                               ; preds = %8
  %12 = load i32, ptr %1, align 4
  %13 = load i32, ptr %2, align 4
  %14 = call i32 @neighbours(ptr noundef @board, i32 noundef %12, i32 noundef %13)
  store i32 %14, ptr %3, align 4
  %15 = load i32, ptr %3, align 4
  %16 = icmp eq i32 %15, 3
  br i1 %16, label %32, label %17

17:                                               ; preds = %11
  %18 = load i32, ptr %3, align 4
  %19 = icmp eq i32 %18, 2
  br i1 %19, label %20, label %30

20:                                               ; preds = %17
  %21 = load i32, ptr %1, align 4
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds [16 x [16 x i8]], ptr @board, i64 0, i64 %22
  %24 = load i32, ptr %2, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds [16 x i8], ptr %23, i64 0, i64 %25
  %27 = load i8, ptr %26, align 1
  %28 = zext i8 %27 to i32
  %29 = icmp ne i32 %28, 0
  br label %30

30:                                               ; preds = %20, %17
  %31 = phi i1 [ false, %17 ], [ %29, %20 ]
  br label %32

32:                                               ; preds = %30, %11
  %33 = phi i1 [ true, %11 ], [ %31, %30 ]
  %34 = zext i1 %33 to i32
  %35 = trunc i32 %34 to i8
  %36 = load i32, ptr %1, align 4
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds [16 x [16 x i8]], ptr @scratch, i64 0, i64 %37
  %39 = load i32, ptr %2, align 4
  %40 = sext i32 %39 to i64
  %41 = getelementptr inbounds [16 x i8], ptr %38, i64 0, i64 %40
  store i8 %35, ptr %41, align 1
  br label %42

42:                                               ; preds = %32
  %43 = load i32, ptr %2, align 4
  %44 = add nsw i32 %43, 1
  store i32 %44, ptr %2, align 4
  br label %8, !llvm.loop !9

45:                                               ; preds = %8
  br label %46

46:                                               ; preds = %45
  %47 = load i32, ptr %1, align 4
  %48 = add nsw i32 %47, 1
  store i32 %48, ptr %1, align 4
  br label %4, !llvm.loop !10

49:                                               ; preds = %4
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 @board, ptr align 16 @scratch, i64 256, i1 false)
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @population() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store i32 0, ptr %2, align 4
  br label %4

4:                                                ; preds = %26, %0
  %5 = load i32, ptr %2, align 4
  %6 = icmp slt i32 %5, 16
  br i1 %6, label %7, label %29

7:                                                ; preds = %4
  store i32 0, ptr %3, align 4
  br label %8

8:                                                ; preds = %22, %7
  %9 = load i32, ptr %3, align 4
  %10 = icmp slt i32 %9, 16
  br i1 %10, label %11, label %25

11:                                               ; preds = %8
  %12 = load i32, ptr %2, align 4
  %13 = sext i32 %12 to i64
  %14 = getelementptr inbounds [16 x [16 x i8]], ptr @board, i64 0, i64 %13
  %15 = load i32, ptr %3, align 4
  %16 = sext i32 %15 to i64
  %17 = getelementptr inbounds [16 x i8], ptr %14, i64 0, i64 %16
  %18 = load i8, ptr %17, align 1
  %19 = zext i8 %18 to i32
  %20 = load i32, ptr %1, align 4
  %21 = add nsw i32 %20, %19
  store i32 %21, ptr %1, align 4
  br label %22

22:                                               ; preds = %11
  %23 = load i32, ptr %3, align 4
  %24 = add nsw i32 %23, 1
  store i32 %24, ptr %3, align 4
  br label %8, !llvm.loop !11

25:                                               ; preds = %8
  br label %26

26:                                               ; preds = %25
  %27 = load i32, ptr %2, align 4
  %28 = add nsw i32 %27, 1
  store i32 %28, ptr %2, align 4
  br label %4, !llvm.loop !12

29:                                               ; preds = %4
  %30 = load i32, ptr %1, align 4
  ret i32 %30
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @neighbours(ptr noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store i32 %1, ptr %5, align 4
  store i32 %2, ptr %6, align 4
  store i32 0, ptr %7, align 4
  store i32 -1, ptr %8, align 4
  br label %10

10:                                               ; preds = %48, %3
  %11 = load i32, ptr %8, align 4
  %12 = icmp sle i32 %11, 1
  br i1 %12, label %13, label %51

13:                                               ; preds = %10
  store i32 -1, ptr %9, align 4
  br label %14

14:                                               ; preds = %44, %13
  %15 = load i32, ptr %9, align 4
  %16 = icmp sle i32 %15, 1
  br i1 %16, label %17, label %47

17:                                               ; preds = %14
  %18 = load i32, ptr %8, align 4
  %19 = icmp ne i32 %18, 0
  br i1 %19, label %23, label %20

20:                                               ; preds = %17
  %21 = load i32, ptr %9, align 4
  %22 = icmp ne i32 %21, 0
  br i1 %22, label %23, label %43

23:                                               ; preds = %20, %17
  %24 = load ptr, ptr %4, align 8
  %25 = load i32, ptr %5, align 4
  %26 = load i32, ptr %8, align 4
  %27 = add nsw i32 %25, %26
  %28 = add nsw i32 %27, 16
  %29 = srem i32 %28, 16
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds [16 x i8], ptr %24, i64 %30
  %32 = load i32, ptr %6, align 4
  %33 = load i32, ptr %9, align 4
  %34 = add nsw i32 %32, %33
  %35 = add nsw i32 %34, 16
  %36 = srem i32 %35, 16
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds [16 x i8], ptr %31, i64 0, i64 %37
  %39 = load i8, ptr %38, align 1
  %40 = zext i8 %39 to i32
  %41 = load i32, ptr %7, align 4
  %42 = add nsw i32 %41, %40
  store i32 %42, ptr %7, align 4
  br label %43

43:                                               ; preds = %23, %20
  br label %44

44:                                               ; preds = %43
  %45 = load i32, ptr %9, align 4
  %46 = add nsw i32 %45, 1
  store i32 %46, ptr %9, align 4
  br label %14, !llvm.loop !13

47:                                               ; preds = %14
  br label %48

48:                                               ; preds = %47
  %49 = load i32, ptr %8, align 4
  %50 = add nsw i32 %49, 1
  store i32 %50, ptr %8, align 4
  br label %10, !llvm.loop !14

51:                                               ; preds = %10
  %52 = load i32, ptr %7, align 4
  ret i32 %52
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #2

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }

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
