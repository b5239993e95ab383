; ModuleID = 'c/dfs_toposort.c'
source_filename = "c/dfs_toposort.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@main.edges = internal constant [10 x [2 x i32]] [[2 x i32] [i32 0, i32 1], [2 x i32] [i32 0, i32 2], [2 x i32] [i32 1, i32 3], [2 x i32] [i32 2, i32 3], [2 x i32] [i32 3, i32 4], [2 x i32] [i32 5, i32 4], [2 x i32] [i32 6, i32 0], [2 x i32] [i32 6, i32 5], [2 x i32] [i32 2, i32 7], [2 x i32] [i32 7, i32 4]], align 16
@nvert = internal global i32 0, align 4
@adj = internal global [16 x [16 x i32]] zeroinitializer, align 16
@order_len = internal global i32 0, align 4
@order = internal global [16 x i32] zeroinitializer, align 16
@.str = private unnamed_addr constant [37 x i8] c"dfs_toposort first=%d last=%d ok=%d\0A\00", align 1
@.str.1 = private unnamed_addr constant [44 x i8] c"dfs_toposort after adding 4->6: acyclic=%d\0A\00", align 1
@colour = internal global [16 x i32] zeroinitializer, align 16

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca [16 x i32], align 16
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store i32 8, ptr @nvert, align 4
  store i32 0, ptr %2, align 4
  br label %8

8:                                                ; preds = %27, %0
  %9 = load i32, ptr %2, align 4
  %10 = zext i32 %9 to i64
  %11 = icmp ult i64 %10, 10
  br i1 %11, label %12, label %30

12:                                               ; preds = %8
  %13 = load i32, ptr %2, align 4
  %14 = zext i32 %13 to i64
  %15 = getelementptr inbounds [10 x [2 x i32]], ptr @main.edges, i64 0, i64 %14
  %16 = getelementptr inbounds [2 x i32], ptr %15, i64 0, i64 0
  %17 = load i32, ptr %16, align 8
  %18 = sext i32 %17 to i64
  %19 = getelementptr inbounds [16 x [16 x i32]], ptr @adj, i64 0, i64 %18
  %20 = load i32, ptr %2, align 4
  %21 = zext i32 %20 to i64
  %22 = getelementptr inbounds [10 x [2 x i32]], ptr @main.edges, i64 0, i64 %21
  %23 = getelementptr inbounds [2 x i32], ptr %22, i64 0, i64 1
  %24 = load i32, ptr %23, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds [16 x i32], ptr %19, i64 0, i64 %25
  store i32 1, ptr %26, align 4
  br label %27

27:                                               ; preds = %12
  %28 = load i32, ptr %2, align 4
  %29 = add i32 %28, 1
  store i32 %29, ptr %2, align 4
  br label %8, !llvm.loop !5

30:                                               ; preds = %8
  %31 = call i32 @toposort()
  %32 = icmp ne i32 %31, 0
  br i1 %32, label %34, label %33

33:                                               ; preds = %30
  store i32 1, ptr %1, align 4
  br label %107

34:                                               ; preds = %30
  store i32 0, ptr %4, align 4
  br label %35

35:                                               ; preds = %50, %34
  %36 = load i32, ptr %4, align 4
  %37 = load i32, ptr @order_len, align 4
  %38 = icmp slt i32 %36, %37
  br i1 %38, label %39, label %53

39:                                               ; preds = %35
  %40 = load i32, ptr @order_len, align 4
  %41 = sub nsw i32 %40, 1
  %42 = load i32, ptr %4, align 4
  %43 = sub nsw i32 %41, %42
  %44 = load i32, ptr %4, align 4
  %45 = sext i32 %44 to i64
  %46 = getelementptr inbounds [16 x i32], ptr @order, i64 0, i64 %45
  %47 = load i32, ptr %46, align 4
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds [16 x i32], ptr %3, i64 0, i64 %48
  store i32 %43, ptr %49, align 4
  br label %50

50:                                               ; preds = %39
  %51 = load i32, ptr %4, align 4
  %52 = add nsw i32 %51, 1
  store i32 %52, ptr %4, align 4
  br label %35, !llvm.loop !7

53:                                               ; preds = %35
  %54 = load i32, ptr @order_len, align 4
  %55 = load i32, ptr @nvert, align 4
  %56 = icmp eq i32 %54, %55
  %57 = zext i1 %56 to i32
  store i32 %57, ptr %5, align 4
  store i32 0, ptr %6, align 4
  br label %58

58:                                               ; preds = %82, %53
  %59 = load i32, ptr %6, align 4
  %60 = zext i32 %59 to i64
  %61 = icmp ult i64 %60, 10
  br i1 %61, label %62, label %85

62:                                               ; preds = %58
  %63 = load i32, ptr %6, align 4
  %64 = zext i32 %63 to i64
  %65 = getelementptr inbounds [10 x [2 x i32]], ptr @main.edges, i64 0, i64 %64
  %66 = getelementptr inbounds [2 x i32], ptr %65, i64 0, i64 0
  %67 = load i32, ptr %66, align 8
  %68 = sext i32 %67 to i64
  %69 = getelementptr inbounds [16 x i32], ptr %3, i64 0, i64 %68
  %70 = load i32, ptr %69, align 4
  %71 = load i32, ptr %6, align 4
  %72 = zext i32 %71 to i64
  %73 = getelementptr inbounds [10 x [2 x i32]], ptr @main.edges, i64 0, i64 %72
  %74 = getelementptr inbounds [2 x i32], ptr %73, i64 0, i64 1
  %75 = load i32, ptr %74, align 4
  %76 = sext i32 %75 to i64
  %77 = getelementptr inbounds [16 x i32], ptr %3, i64 0, i64 %76
  %78 = load i32, ptr %77, align 4
  %79 = icmp sge i32 %70, %78
  br i1 %79, label %80, label %81

80:                                               ; preds = %62
  store i32 0, ptr %5, align 4
  br label %81

81:                                               ; preds = %80, %62
  br label %82

82:                                               ; preds = %81
  %83 = load i32, ptr %6, align 4
  %84 = add i32 %83, 1
  store i32 %84, ptr %6, align 4
  br label %58, !llvm.loop !8

85:                                               ; preds = %58
  %86 = load i32, ptr @order_len, align 4
  %87 = sub nsw i32 %86, 1
  %88 = sext i32 %87 to i64
  %89 = getelementptr inbounds [16 x i32], ptr @order, i64 0, i64 %88
  %90 = load i32, ptr %89, align 4
  %91 = load i32, ptr @order, align 16
  %92 = load i32, ptr %5, align 4
  %93 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %90, i32 noundef %91, i32 noundef %92)
  store i32 1, ptr getelementptr inbounds ([16 x [16 x i32]], ptr @adj, i64 0, i64 4, i64 6), align 8
  %94 = call i32 @toposort()
  store i32 %94, ptr %7, align 4
  %95 = load i32, ptr %7, align 4
  %96 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %95)
  %97 = load i32, ptr %5, align 4
  %98 = icmp ne i32 %97, 0
  br i1 %98, label %99, label %103

99:                                               ; preds = %85
  %100 = load i32, ptr %7, align 4
  %101 = icmp ne i32 %100, 0
  %102 = xor i1 %101, true
  br label %103

103:                                              ; preds = %99, %85
  %104 = phi i1 [ false, %85 ], [ %102, %99 ]
  %105 = zext i1 %104 to i64
  %106 = select i1 %104, i32 0, i32 1
  store i32 %106, ptr %1, align 4
  br label %107

107:                                              ; preds = %103, %33
  %108 = load i32, ptr %1, align 4
  ret i32 %108
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @toposort() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  store i32 0, ptr @order_len, align 4
  store i32 0, ptr %2, align 4
  br label %4

4:                                                ; preds = %12, %0
  %5 = load i32, ptr %2, align 4
  %6 = load i32, ptr @nvert, align 4
  %7 = icmp slt i32 %5, %6
  br i1 %7, label %8, label %15

8:                                                ; preds = %4
  %9 = load i32, ptr %2, align 4
  %10 = sext i32 %9 to i64
  %11 = getelementptr inbounds [16 x i32], ptr @colour, i64 0, i64 %10
  store i32 0, ptr %11, align 4
  br label %12

12:                                               ; preds = %8
  %13 = load i32, ptr %2, align 4
  %14 = add nsw i32 %13, 1
  store i32 %14, ptr %2, align 4
  br label %4, !llvm.loop !9

15:                                               ; preds = %4
  store i32 0, ptr %3, align 4
  br label %16

16:                                               ; preds = %32, %15
  %17 = load i32, ptr %3, align 4
  %18 = load i32, ptr @nvert, align 4
  %19 = icmp slt i32 %17, %18
  br i1 %19, label %20, label %35

20:                                               ; preds = %16
  %21 = load i32, ptr %3, align 4
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds [16 x i32], ptr @colour, i64 0, i64 %22
  %24 = load i32, ptr %23, align 4
  %25 = icmp eq i32 %24, 0
  br i1 %25, label %26, label %31

26:                                               ; preds = %20
  %27 = load i32, ptr %3, align 4
  %28 = call i32 @dfs(i32 noundef %27)
  %29 = icmp ne i32 %28, 0
  br i1 %29, label %30, label %31

30:                                               ; preds = %26
  store i32 0, ptr %1, align 4
  br label %36

31:                                               ; preds = %26, %20
  br label %32

32:                                               ; preds = %31
  %33 = load i32, ptr %3, align 4
  %34 = add nsw i32 %33, 1
  store i32 %34, ptr %3, align 4
  br label %16, !llvm.loop !10

35:                                               ; preds = %16
  store i32 1, ptr %1, align 4
  br label %36

36:                                               ; preds = %35, %30
  %37 = load i32, ptr %1, align 4
  ret i32 %37
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @dfs(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  %5 = load i32, ptr %3, align 4
  %6 = sext i32 %5 to i64
  %7 = getelementptr inbounds [16 x i32], ptr @colour, i64 0, i64 %6
  store i32 1, ptr %7, align 4
  store i32 0, ptr %4, align 4
  br label %8

8:                                                ; preds = %41, %1
  %9 = load i32, ptr %4, align 4
  %10 = load i32, ptr @nvert, align 4
  %11 = icmp slt i32 %9, %10
  br i1 %11, label %12, label %44

12:                                               ; preds = %8
  %13 = load i32, ptr %3, align 4
  %14 = sext i32 %13 to i64
  %15 = getelementptr inbounds [16 x [16 x i32]], ptr @adj, i64 0, i64 %14
  %16 = load i32, ptr %4, align 4
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds [16 x i32], ptr %15, i64 0, i64 %17
  %19 = load i32, ptr %18, align 4
  %20 = icmp ne i32 %19, 0
  br i1 %20, label %22, label %21

21:                                               ; preds = %12
  br label %41

22:                                               ; preds = %12
  %23 = load i32, ptr %4, align 4
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds [16 x i32], ptr @colour, i64 0, i64 %24
  %26 = load i32, ptr %25, align 4
  %27 = icmp eq i32 %26, 1
  br i1 %27, label %28, label %29

28:                                               ; preds = %22
  store i32 1, ptr %2, align 4
  br label %53

29:                                               ; preds = %22
  %30 = load i32, ptr %4, align 4
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds [16 x i32], ptr @colour, i64 0, i64 %31
  %33 = load i32, ptr %32, align 4
  %34 = icmp eq i32 %33, 0
  br i1 %34, label %35, label %40

35:                                               ; preds = %29
  %36 = load i32, ptr %4, align 4
  %37 = call i32 @dfs(i32 noundef %36)
  %38 = icmp ne i32 %37, 0
  br i1 %38, label %39, label %40

39:                                               ; preds = %35
  store i32 1, ptr %2, align 4
  br label %53

40:                                               ; preds = %35, %29
  br label %41

41:                                               ; preds = %40, %21
  %42 = load i32, ptr %4, align 4
  %43 = add nsw i32 %42, 1
  store i32 %43, ptr %4, align 4
  br label %8, !llvm.loop !11

44:                                               ; preds = %8
  %45 = load i32, ptr %3, align 4
  %46 = sext i32 %45 to i64
  %47 = getelementptr inbounds [16 x i32], ptr @colour, i64 0, i64 %46
  store i32 2, ptr %47, align 4
  %48 = load i32, ptr %3, align 4
  %49 = load i32, ptr @order_len, align 4
  %50 = add nsw i32 %49, 1
  store i32 %50, ptr @order_len, align 4
  %51 = sext i32 %49 to i64
  %52 = getelementptr inbounds [16 x i32], ptr @order, i64 0, i64 %51
  store i32 %48, ptr %52, align 4
  store i32 0, ptr %2, align 4
  br label %53

53:                                               ; preds = %44, %39, %28
  %54 = load i32, ptr %2, align 4
  ret i32 %54
}

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
!8 = distinct !{!8, !6}
!9 = distinct !{!9, !6}
!10 = distinct !{!10, !6}
!11 = distinct !{!11, !6}
