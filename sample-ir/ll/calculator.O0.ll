; ModuleID = 'c/calculator.c'
source_filename = "c/calculator.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.anon = type { ptr, i64, i32 }
%struct.parser = type { ptr, i32 }

@main.cases = internal constant [9 x %struct.anon] [%struct.anon { ptr @.str, i64 7, i32 1 }, %struct.anon { ptr @.str.1, i64 9, i32 1 }, %struct.anon { ptr @.str.2, i64 512, i32 1 }, %struct.anon { ptr @.str.3, i64 2, i32 1 }, %struct.anon { ptr @.str.4, i64 7, i32 1 }, %struct.anon { ptr @.str.5, i64 0, i32 0 }, %struct.anon { ptr @.str.6, i64 0, i32 0 }, %struct.anon { ptr @.str.7, i64 -6, i32 1 }, %struct.anon { ptr @.str.8, i64 0, i32 0 }], align 16
@.str = private unnamed_addr constant [10 x i8] c"1 + 2 * 3\00", align 1
@.str.1 = private unnamed_addr constant [12 x i8] c"(1 + 2) * 3\00", align 1
@.str.2 = private unnamed_addr constant [10 x i8] c"2 ^ 3 ^ 2\00", align 1
@.str.3 = private unnamed_addr constant [14 x i8] c"-(4 - 10) % 4\00", align 1
@.str.4 = private unnamed_addr constant [12 x i8] c"100 / 7 / 2\00", align 1
@.str.5 = private unnamed_addr constant [5 x i8] c"1 + \00", align 1
@.str.6 = private unnamed_addr constant [12 x i8] c"8 / (3 - 3)\00", align 1
@.str.7 = private unnamed_addr constant [9 x i8] c"((2))*-3\00", align 1
@.str.8 = private unnamed_addr constant [4 x i8] c"7 )\00", align 1
@.str.9 = private unnamed_addr constant [28 x i8] c"calculator %-16s => %s %ld\0A\00", align 1
@.str.10 = private unnamed_addr constant [3 x i8] c"ok\00", align 1
@.str.11 = private unnamed_addr constant [6 x i8] c"error\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store i32 0, ptr %2, align 4
  store i32 0, ptr %3, align 4
  br label %6

6:                                                ; preds = %50, %0
  %7 = load i32, ptr %3, align 4
  %8 = zext i32 %7 to i64
  %9 = icmp ult i64 %8, 9
  br i1 %9, label %10, label %53

10:                                               ; preds = %6
  store i64 0, ptr %4, align 8
  %11 = load i32, ptr %3, align 4
  %12 = zext i32 %11 to i64
  %13 = getelementptr inbounds [9 x %struct.anon], ptr @main.cases, i64 0, i64 %12
  %14 = getelementptr inbounds %struct.anon, ptr %13, i32 0, i32 0
  %15 = load ptr, ptr %14, align 8
  %16 = call i32 @evaluate(ptr noundef %15, ptr noundef %4)
  store i32 %16, ptr %5, align 4
  %17 = load i32, ptr %5, align 4
  %18 = load i32, ptr %3, align 4
  %19 = zext i32 %18 to i64
  %20 = getelementptr inbounds [9 x %struct.anon], ptr @main.cases, i64 0, i64 %19
  %21 = getelementptr inbounds %struct.anon, ptr %20, i32 0, i32 2
  %22 = load i32, ptr %21, align 8
  %23 = icmp ne i32 %17, %22
  br i1 %23, label %35, label %24

24:                                               ; preds = %10
  %25 = load i32, ptr %5, align 4
  %26 = icmp ne i32 %25, 0
  br i1 %26, label %27, label %38

27:                                               ; preds = %24
  %28 = load i64, ptr %4, align 8
  %29 = load i32, ptr %3, align 4
  %30 = zext i32 %29 to i64
  %31 = getelementptr inbounds [9 x %struct.anon], ptr @main.cases, i64 0, i64 %30
  %32 = getelementptr inbounds %struct.anon, ptr %31, i32 0, i32 1
  %33 = load i64, ptr %32, align 8
  %34 = icmp ne i64 %28, %33
  br i1 %34, label %35, label %38

35:                                               ; preds = %27, %10
  %36 = load i32, ptr %2, align 4
  %37 = add nsw i32 %36, 1
  store i32 %37, ptr %2, align 4
  br label %38

38:                                               ; preds = %35, %27, %24
  %39 = load i32, ptr %3, align 4
  %40 = zext i32 %39 to i64
  %41 = getelementptr inbounds [9 x %struct.anon], ptr @main.cases, i64 0, i64 %40
  %42 = getelementptr inbounds %struct.anon, ptr %41, i32 0, i32 0
  %43 = load ptr, ptr %42, align 8
  %44 = load i32, ptr %5, align 4
  %45 = icmp ne i32 %44, 0
  %46 = zext i1 %45 to i64
  %47 = select i1 %45, ptr @.str.10, ptr @.str.11
  %48 = load i64, ptr %4, align 8
  %49 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, ptr noundef %43, ptr noundef %47, i64 noundef %48)
  br label %50

50:                                               ; preds = %38
  %51 = load i32, ptr %3, align 4
  %52 = add i32 %51, 1
  store i32 %52, ptr %3, align 4
  br label %6, !llvm.loop !5

53:                                               ; preds = %6
  %54 = load i32, ptr %2, align 4
  %55 = icmp eq i32 %54, 0
  %56 = zext i1 %55 to i64
  %57 = select i1 %55, i32 0, i32 1
  ret i32 %57
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @evaluate(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca %struct.parser, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %6 = getelementptr inbounds %struct.parser, ptr %5, i32 0, i32 0
  %7 = load ptr, ptr %3, align 8
  store ptr %7, ptr %6, align 8
  %8 = getelementptr inbounds %struct.parser, ptr %5, i32 0, i32 1
  store i32 0, ptr %8, align 8
  %9 = call i64 @expression(ptr noundef %5)
  %10 = load ptr, ptr %4, align 8
  store i64 %9, ptr %10, align 8
  call void @skip_spaces(ptr noundef %5)
  %11 = getelementptr inbounds %struct.parser, ptr %5, i32 0, i32 1
  %12 = load i32, ptr %11, align 8
  %13 = icmp ne i32 %12, 0
  br i1 %13, label %20, label %14

14:                                               ; preds = %2
  %15 = getelementptr inbounds %struct.parser, ptr %5, i32 0, i32 0
  %16 = load ptr, ptr %15, align 8
  %17 = load i8, ptr %16, align 1
  %18 = sext i8 %17 to i32
  %19 = icmp eq i32 %18, 0
  br label %20

20:                                               ; preds = %14, %2
  %21 = phi i1 [ false, %2 ], [ %19, %14 ]
  %22 = zext i1 %21 to i32
  ret i32 %22
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @expression(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i64, align 8
  store ptr %0, ptr %2, align 8
  %4 = load ptr, ptr %2, align 8
  %5 = call i64 @term(ptr noundef %4)
  store i64 %5, ptr %3, align 8
  br label %6

6:                                                ; preds = %42, %1
  %7 = load ptr, ptr %2, align 8
  call void @skip_spaces(ptr noundef %7)
  %8 = load ptr, ptr %2, align 8
  %9 = getelementptr inbounds %struct.parser, ptr %8, i32 0, i32 0
  %10 = load ptr, ptr %9, align 8
  %11 = load i8, ptr %10, align 1
  %12 = sext i8 %11 to i32
  %13 = icmp eq i32 %12, 43
  br i1 %13, label %14, label %23

14:                                               ; preds = %6
  %15 = load ptr, ptr %2, align 8
  %16 = getelementptr inbounds %struct.parser, ptr %15, i32 0, i32 0
  %17 = load ptr, ptr %16, align 8
  %18 = getelementptr inbounds i8, ptr %17, i32 1
  store ptr %18, ptr %16, align 8
  %19 = load ptr, ptr %2, align 8
  %20 = call i64 @term(ptr noundef %19)
  %21 = load i64, ptr %3, align 8
  %22 = add nsw i64 %21, %20
  store i64 %22, ptr %3, align 8
  br label %42

23:                                               ; preds = %6
  %24 = load ptr, ptr %2, align 8
  %25 = getelementptr inbounds %struct.parser, ptr %24, i32 0, i32 0
  %26 = load ptr, ptr %25, align 8
  %27 = load i8, ptr %26, align 1
  %28 = sext i8 %27 to i32
  %29 = icmp eq i32 %28, 45
  br i1 %29, label %30, label %39

30:                                               ; preds = %23
  %31 = load ptr, ptr %2, align 8
  %32 = getelementptr inbounds %struct.parser, ptr %31, i32 0, i32 0
  %33 = load ptr, ptr %32, align 8
  %34 = getelementptr inbounds i8, ptr %33, i32 1
  store ptr %34, ptr %32, align 8
  %35 = load ptr, ptr %2, align 8
  %36 = call i64 @term(ptr noundef %35)
  %37 = load i64, ptr %3, align 8
  %38 = sub nsw i64 %37, %36
  store i64 %38, ptr %3, align 8
  br label %41

39:                                               ; preds = %23
  %40 = load i64, ptr %3, align 8
  ret i64 %40

41:                                               ; preds = %30
  br label %42

42:                                               ; preds = %41, %14
  br label %6
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @skip_spaces(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  br label %3

3:                                                ; preds = %19, %1
  %4 = load ptr, ptr %2, align 8
  %5 = getelementptr inbounds %struct.parser, ptr %4, i32 0, i32 0
  %6 = load ptr, ptr %5, align 8
  %7 = load i8, ptr %6, align 1
  %8 = sext i8 %7 to i32
  %9 = icmp eq i32 %8, 32
  br i1 %9, label %17, label %10

10:                                               ; preds = %3
  %11 = load ptr, ptr %2, align 8
  %12 = getelementptr inbounds %struct.parser, ptr %11, i32 0, i32 0
  %13 = load ptr, ptr %12, align 8
  %14 = load i8, ptr %13, align 1
  %15 = sext i8 %14 to i32
  %16 = icmp eq i32 %15, 9
  br label %17

17:                                               ; preds = %10, %3
  %18 = phi i1 [ true, %3 ], [ %16, %10 ]
  br i1 %18, label %19, label %24

19:                                               ; preds = %17
  %20 = load ptr, ptr %2, align 8
  %21 = getelementptr inbounds %struct.parser, ptr %20, i32 0, i32 0
  %22 = load ptr, ptr %21, align 8
  %23 = getelementptr inbounds i8, ptr %22, i32 1
  store ptr %23, ptr %21, align 8
  br label %3, !llvm.loop !7

24:                                               ; preds = %17
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @term(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i64, align 8
  %4 = alloca i8, align 1
  %5 = alloca i64, align 8
  store ptr %0, ptr %2, align 8
  %6 = load ptr, ptr %2, align 8
  %7 = call i64 @factor(ptr noundef %6)
  store i64 %7, ptr %3, align 8
  br label %8

8:                                                ; preds = %62, %1
  %9 = load ptr, ptr %2, align 8
  call void @skip_spaces(ptr noundef %9)
  %10 = load ptr, ptr %2, align 8
  %11 = getelementptr inbounds %struct.parser, ptr %10, i32 0, i32 0
  %12 = load ptr, ptr %11, align 8
  %13 = load i8, ptr %12, align 1
  store i8 %13, ptr %4, align 1
  %14 = load i8, ptr %4, align 1
  %15 = sext i8 %14 to i32
  %16 = icmp ne i32 %15, 42
  br i1 %16, label %17, label %27

17:                                               ; preds = %8
  %18 = load i8, ptr %4, align 1
  %19 = sext i8 %18 to i32
  %20 = icmp ne i32 %19, 47
  br i1 %20, label %21, label %27

21:                                               ; preds = %17
  %22 = load i8, ptr %4, align 1
  %23 = sext i8 %22 to i32
  %24 = icmp ne i32 %23, 37
  br i1 %24, label %25, label %27

25:                                               ; preds = %21
  %26 = load i64, ptr %3, align 8
  ret i64 %26

27:                                               ; preds = %21, %17, %8
  %28 = load ptr, ptr %2, align 8
  %29 = getelementptr inbounds %struct.parser, ptr %28, i32 0, i32 0
  %30 = load ptr, ptr %29, align 8
  %31 = getelementptr inbounds i8, ptr %30, i32 1
  store ptr %31, ptr %29, align 8
  %32 = load ptr, ptr %2, align 8
  %33 = call i64 @factor(ptr noundef %32)
  store i64 %33, ptr %5, align 8
  %34 = load i8, ptr %4, align 1
  %35 = sext i8 %34 to i32
  switch i32 %35, label %62 [
    i32 42, label %36
    i32 47, label %40
    i32 37, label %51
  ]

36:                                               ; preds = %27
  %37 = load i64, ptr %5, align 8
  %38 = load i64, ptr %3, align 8
  %39 = mul nsw i64 %38, %37
  store i64 %39, ptr %3, align 8
  br label %62

40:                                               ; preds = %27
  %41 = load i64, ptr %5, align 8
  %42 = icmp eq i64 %41, 0
  br i1 %42, label %43, label %46

43:                                               ; preds = %40
  %44 = load ptr, ptr %2, align 8
  %45 = getelementptr inbounds %struct.parser, ptr %44, i32 0, i32 1
  store i32 1, ptr %45, align 8
  br label %50

46:                                               ; preds = %40
  %47 = load i64, ptr %5, align 8
  %48 = load i64, ptr %3, align 8
  %49 = sdiv i64 %48, %47
  store i64 %49, ptr %3, align 8
  br label %50

50:                                               ; preds = %46, %43
  br label %62

51:                                               ; preds = %27
  %52 = load i64, ptr %5, align 8
  %53 = icmp eq i64 %52, 0
  br i1 %53, label %54, label %57

54:                                               ; preds = %51
  %55 = load ptr, ptr %2, align 8
  %56 = getelementptr inbounds %struct.parser, ptr %55, i32 0, i32 1
  store i32 1, ptr %56, align 8
  br label %61

57:                                               ; preds = %51
  %58 = load i64, ptr %5, align 8
  %59 = load i64, ptr %3, align 8
  %60 = srem i64 %59, %58
  store i64 %60, ptr %3, align 8
  br label %61

61:                                               ; preds = %57, %54
  br label %62

62:                                               ; preds = %27, %61, %50, %36
  br label %8
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @factor(ptr noundef %0) #0 {
  %2 = alloca i64, align 8
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  store ptr %0, ptr %3, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = call i64 @primary(ptr noundef %5)
  store i64 %6, ptr %4, align 8
  %7 = load ptr, ptr %3, align 8
  call void @skip_spaces(ptr noundef %7)
  %8 = load ptr, ptr %3, align 8
  %9 = getelementptr inbounds %struct.parser, ptr %8, i32 0, i32 0
  %10 = load ptr, ptr %9, align 8
  %11 = load i8, ptr %10, align 1
  %12 = sext i8 %11 to i32
  %13 = icmp eq i32 %12, 94
  br i1 %13, label %14, label %23

14:                                               ; preds = %1
  %15 = load ptr, ptr %3, align 8
  %16 = getelementptr inbounds %struct.parser, ptr %15, i32 0, i32 0
  %17 = load ptr, ptr %16, align 8
  %18 = getelementptr inbounds i8, ptr %17, i32 1
  store ptr %18, ptr %16, align 8
  %19 = load i64, ptr %4, align 8
  %20 = load ptr, ptr %3, align 8
  %21 = call i64 @factor(ptr noundef %20)
  %22 = call i64 @power(i64 noundef %19, i64 noundef %21)
  store i64 %22, ptr %2, align 8
  br label %25

23:                                               ; preds = %1
  %24 = load i64, ptr %4, align 8
  store i64 %24, ptr %2, align 8
  br label %25

25:                                               ; preds = %23, %14
  %26 = load i64, ptr %2, align 8
  ret i64 %26
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @primary(ptr noundef %0) #0 {
  %2 = alloca i64, align 8
  %3 = alloca ptr, align 8
  %4 = alloca i8, align 1
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  store ptr %0, ptr %3, align 8
  %7 = load ptr, ptr %3, align 8
  call void @skip_spaces(ptr noundef %7)
  %8 = load ptr, ptr %3, align 8
  %9 = getelementptr inbounds %struct.parser, ptr %8, i32 0, i32 0
  %10 = load ptr, ptr %9, align 8
  %11 = load i8, ptr %10, align 1
  store i8 %11, ptr %4, align 1
  %12 = load i8, ptr %4, align 1
  %13 = sext i8 %12 to i32
  %14 = icmp eq i32 %13, 40
  br i1 %14, label %15, label %39

15:                                               ; preds = %1
  %16 = load ptr, ptr %3, align 8
  %17 = getelementptr inbounds %struct.parser, ptr %16, i32 0, i32 0
  %18 = load ptr, ptr %17, align 8
  %19 = getelementptr inbounds i8, ptr %18, i32 1
  store ptr %19, ptr %17, align 8
  %20 = load ptr, ptr %3, align 8
  %21 = call i64 @expression(ptr noundef %20)
  store i64 %21, ptr %5, align 8
  %22 = load ptr, ptr %3, align 8
  call void @skip_spaces(ptr noundef %22)
  %23 = load ptr, ptr %3, align 8
  %24 = getelementptr inbounds %struct.parser, ptr %23, i32 0, i32 0
  %25 = load ptr, ptr %24, align 8
  %26 = load i8, ptr %25, align 1
  %27 = sext i8 %26 to i32
  %28 = icmp ne i32 %27, 41
  br i1 %28, label %29, label %32

29:                                               ; preds = %15
  %30 = load ptr, ptr %3, align 8
  %31 = getelementptr inbounds %struct.parser, ptr %30, i32 0, i32 1
  store i32 1, ptr %31, align 8
  br label %37

32:                                               ; preds = %15
  %33 = load ptr, ptr %3, align 8
  %34 = getelementptr inbounds %struct.parser, ptr %33, i32 0, i32 0
  %35 = load ptr, ptr %34, align 8
  %36 = getelementptr inbounds i8, ptr %35, i32 1
  store ptr %36, ptr %34, align 8
  br label %37

37:                                               ; preds = %32, %29
  %38 = load i64, ptr %5, align 8
  store i64 %38, ptr %2, align 8
  br label %93

39:                                               ; preds = %1
  %40 = load i8, ptr %4, align 1
  %41 = sext i8 %40 to i32
  %42 = icmp eq i32 %41, 45
  br i1 %42, label %43, label %51

43:                                               ; preds = %39
  %44 = load ptr, ptr %3, align 8
  %45 = getelementptr inbounds %struct.parser, ptr %44, i32 0, i32 0
  %46 = load ptr, ptr %45, align 8
  %47 = getelementptr inbounds i8, ptr %46, i32 1
  store ptr %47, ptr %45, align 8
  %48 = load ptr, ptr %3, align 8
  %49 = call i64 @primary(ptr noundef %48)
  %50 = sub nsw i64 0, %49
  store i64 %50, ptr %2, align 8
  br label %93

51:                                               ; preds = %39
  %52 = load i8, ptr %4, align 1
  %53 = sext i8 %52 to i32
  %54 = icmp slt i32 %53, 48
  br i1 %54, label %59, label %55

55:                                               ; preds = %51
  %56 = load i8, ptr %4, align 1
  %57 = sext i8 %56 to i32
  %58 = icmp sgt i32 %57, 57
  br i1 %58, label %59, label %62

59:                                               ; preds = %55, %51
  %60 = load ptr, ptr %3, align 8
  %61 = getelementptr inbounds %struct.parser, ptr %60, i32 0, i32 1
  store i32 1, ptr %61, align 8
  store i64 0, ptr %2, align 8
  br label %93

62:                                               ; preds = %55
  store i64 0, ptr %6, align 8
  br label %63

63:                                               ; preds = %79, %62
  %64 = load ptr, ptr %3, align 8
  %65 = getelementptr inbounds %struct.parser, ptr %64, i32 0, i32 0
  %66 = load ptr, ptr %65, align 8
  %67 = load i8, ptr %66, align 1
  %68 = sext i8 %67 to i32
  %69 = icmp sge i32 %68, 48
  br i1 %69, label %70, label %77

70:                                               ; preds = %63
  %71 = load ptr, ptr %3, align 8
  %72 = getelementptr inbounds %struct.parser, ptr %71, i32 0, i32 0
  %73 = load ptr, ptr %72, align 8
  %74 = load i8, ptr %73, align 1
  %75 = sext i8 %74 to i32
  %76 = icmp sle i32 %75, 57
  br label %77

77:                                               ; preds = %70, %63
  %78 = phi i1 [ false, %63 ], [ %76, %70 ]
  br i1 %78, label %79, label %91

79:                                               ; preds = %77
  %80 = load i64, ptr %6, align 8
  %81 = mul nsw i64 %80, 10
  %82 = load ptr, ptr %3, align 8
  %83 = getelementptr inbounds %struct.parser, ptr %82, i32 0, i32 0
  %84 = load ptr, ptr %83, align 8
  %85 = getelementptr inbounds i8, ptr %84, i32 1
  store ptr %85, ptr %83, align 8
  %86 = load i8, ptr %84, align 1
  %87 = sext i8 %86 to i32
  %88 = sub nsw i32 %87, 48
  %89 = sext i32 %88 to i64
  %90 = add nsw i64 %81, %89
  store i64 %90, ptr %6, align 8
  br label %63, !llvm.loop !8

91:                                               ; preds = %77
  %92 = load i64, ptr %6, align 8
  store i64 %92, ptr %2, align 8
  br label %93

93:                                               ; preds = %91, %59, %43, %37
  %94 = load i64, ptr %2, align 8
  ret i64 %94
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @power(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %4, align 8
  %6 = icmp sle i64 %5, 0
  br i1 %6, label %7, label %8

7:                                                ; preds = %2
  br label %15

8:                                                ; preds = %2
  %9 = load i64, ptr %3, align 8
  %10 = load i64, ptr %3, align 8
  %11 = load i64, ptr %4, align 8
  %12 = sub nsw i64 %11, 1
  %13 = call i64 @power(i64 noundef %10, i64 noundef %12)
  %14 = mul nsw i64 %9, %13
  br label %15

15:                                               ; preds = %8, %7
  %16 = phi i64 [ 1, %7 ], [ %14, %8 ]
  ret i64 %16
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
