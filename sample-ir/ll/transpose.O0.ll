; ModuleID = 'c/transpose.c'
source_filename = "c/transpose.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@a = internal global [96 x [80 x i32]] zeroinitializer, align 16
@sq = internal global [80 x [80 x i32]] zeroinitializer, align 16
@t = internal global [80 x [96 x i32]] zeroinitializer, align 16
@.str = private unnamed_addr constant [26 x i8] c"transpose %dx%d wrong=%d\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store i32 0, ptr %2, align 4
  br label %11

11:                                               ; preds = %33, %0
  %12 = load i32, ptr %2, align 4
  %13 = icmp slt i32 %12, 96
  br i1 %13, label %14, label %36

14:                                               ; preds = %11
  store i32 0, ptr %3, align 4
  br label %15

15:                                               ; preds = %29, %14
  %16 = load i32, ptr %3, align 4
  %17 = icmp slt i32 %16, 80
  br i1 %17, label %18, label %32

18:                                               ; preds = %15
  %19 = load i32, ptr %2, align 4
  %20 = mul nsw i32 %19, 1000
  %21 = load i32, ptr %3, align 4
  %22 = add nsw i32 %20, %21
  %23 = load i32, ptr %2, align 4
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds [96 x [80 x i32]], ptr @a, i64 0, i64 %24
  %26 = load i32, ptr %3, align 4
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds [80 x i32], ptr %25, i64 0, i64 %27
  store i32 %22, ptr %28, align 4
  br label %29

29:                                               ; preds = %18
  %30 = load i32, ptr %3, align 4
  %31 = add nsw i32 %30, 1
  store i32 %31, ptr %3, align 4
  br label %15, !llvm.loop !5

32:                                               ; preds = %15
  br label %33

33:                                               ; preds = %32
  %34 = load i32, ptr %2, align 4
  %35 = add nsw i32 %34, 1
  store i32 %35, ptr %2, align 4
  br label %11, !llvm.loop !7

36:                                               ; preds = %11
  store i32 0, ptr %4, align 4
  br label %37

37:                                               ; preds = %59, %36
  %38 = load i32, ptr %4, align 4
  %39 = icmp slt i32 %38, 80
  br i1 %39, label %40, label %62

40:                                               ; preds = %37
  store i32 0, ptr %5, align 4
  br label %41

41:                                               ; preds = %55, %40
  %42 = load i32, ptr %5, align 4
  %43 = icmp slt i32 %42, 80
  br i1 %43, label %44, label %58

44:                                               ; preds = %41
  %45 = load i32, ptr %4, align 4
  %46 = mul nsw i32 %45, 1000
  %47 = load i32, ptr %5, align 4
  %48 = add nsw i32 %46, %47
  %49 = load i32, ptr %4, align 4
  %50 = sext i32 %49 to i64
  %51 = getelementptr inbounds [80 x [80 x i32]], ptr @sq, i64 0, i64 %50
  %52 = load i32, ptr %5, align 4
  %53 = sext i32 %52 to i64
  %54 = getelementptr inbounds [80 x i32], ptr %51, i64 0, i64 %53
  store i32 %48, ptr %54, align 4
  br label %55

55:                                               ; preds = %44
  %56 = load i32, ptr %5, align 4
  %57 = add nsw i32 %56, 1
  store i32 %57, ptr %5, align 4
  br label %41, !llvm.loop !8

58:                                               ; preds = %41
  br label %59

59:                                               ; preds = %58
  %60 = load i32, ptr %4, align 4
  %61 = add nsw i32 %60, 1
  store i32 %61, ptr %4, align 4
  br label %37, !llvm.loop !9

62:                                               ; preds = %37
  call void @transpose_blocked(i32 noundef 96, i32 noundef 80, ptr noundef @a, ptr noundef @t)
  call void @transpose_in_place(i32 noundef 80, ptr noundef @sq)
  store i32 0, ptr %6, align 4
  store i32 0, ptr %7, align 4
  br label %63

63:                                               ; preds = %94, %62
  %64 = load i32, ptr %7, align 4
  %65 = icmp slt i32 %64, 96
  br i1 %65, label %66, label %97

66:                                               ; preds = %63
  store i32 0, ptr %8, align 4
  br label %67

67:                                               ; preds = %90, %66
  %68 = load i32, ptr %8, align 4
  %69 = icmp slt i32 %68, 80
  br i1 %69, label %70, label %93

70:                                               ; preds = %67
  %71 = load i32, ptr %8, align 4
  %72 = sext i32 %71 to i64
  %73 = getelementptr inbounds [80 x [96 x i32]], ptr @t, i64 0, i64 %72
  %74 = load i32, ptr %7, align 4
  %75 = sext i32 %74 to i64
  %76 = getelementptr inbounds [96 x i32], ptr %73, i64 0, i64 %75
  %77 = load i32, ptr %76, align 4
  %78 = load i32, ptr %7, align 4
  %79 = sext i32 %78 to i64
  %80 = getelementptr inbounds [96 x [80 x i32]], ptr @a, i64 0, i64 %79
  %81 = load i32, ptr %8, align 4
  %82 = sext i32 %81 to i64
  %83 = getelementptr inbounds [80 x i32], ptr %80, i64 0, i64 %82
  %84 = load i32, ptr %83, align 4
  %85 = icmp ne i32 %77, %84
  br i1 %85, label %86, label %89

86:                                               ; preds = %70
  %87 = load i32, ptr %6, align 4
  %88 = add nsw i32 %87, 1
  store i32 %88, ptr %6, align 4
  br label %89

89:                                               ; preds = %86, %70
  br label %90

90:                                               ; preds = %89
  %91 = load i32, ptr %8, align 4
  %92 = add nsw i32 %91, 1
  store i32 %92, ptr %8, align 4
  br label %67, !llvm.loop !10

93:                                               ; preds = %67
  br label %94

94:                                               ; preds = %93
  %95 = load i32, ptr %7, align 4
  %96 = add nsw i32 %95, 1
  store i32 %96, ptr %7, align 4
  br label %63, !llvm.loop !11

97:                                               ; preds = %63
  store i32 0, ptr %9, align 4
  br label %98

98:                                               ; preds = %126, %97
  %99 = load i32, ptr %9, align 4
  %100 = icmp slt i32 %99, 80
  br i1 %100, label %101, label %129

101:                                              ; preds = %98
  store i32 0, ptr %10, align 4
  br label %102

102:                                              ; preds = %122, %101
  %103 = load i32, ptr %10, align 4
  %104 = icmp slt i32 %103, 80
  br i1 %104, label %105, label %125

105:                                              ; preds = %102
  %106 = load i32, ptr %9, align 4
  %107 = sext i32 %106 to i64
  %108 = getelementptr inbounds [80 x [80 x i32]], ptr @sq, i64 0, i64 %107
  %109 = load i32, ptr %10, align 4
  %110 = sext i32 %109 to i64
  %111 = getelementptr inbounds [80 x i32], ptr %108, i64 0, i64 %110
  %112 = load i32, ptr %111, align 4
  %113 = load i32, ptr %10, align 4
  %114 = mul nsw i32 %113, 1000
  %115 = load i32, ptr %9, align 4
  %116 = add nsw i32 %114, %115
  %117 = icmp ne i32 %112, %116
  br i1 %117, label %118, label %121

118:                                              ; preds = %105
  %119 = load i32, ptr %6, align 4
  %120 = add nsw i32 %119, 1
  store i32 %120, ptr %6, align 4
  br label %121

121:                                              ; preds = %118, %105
  br label %122

122:                                              ; preds = %121
  %123 = load i32, ptr %10, align 4
  %124 = add nsw i32 %123, 1
  store i32 %124, ptr %10, align 4
  br label %102, !llvm.loop !12

125:                                              ; preds = %102
  br label %126

126:                                              ; preds = %125
  %127 = load i32, ptr %9, align 4
  %128 = add nsw i32 %127, 1
  store i32 %128, ptr %9, align 4
  br label %98, !llvm.loop !13

129:                                              ; preds = %98
  %130 = load i32, ptr %6, align 4
  %131 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef 96, i32 noundef 80, i32 noundef %130)
  %132 = load i32, ptr %6, align 4
  %133 = icmp eq i32 %132, 0
  %134 = zext i1 %133 to i64
  %135 = select i1 %133, i32 0, i32 1
  ret i32 %135
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @transpose_blocked(i32 noundef %0, i32 noundef %1, ptr noundef %2, ptr noundef %3) #0 {
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  store i32 %0, ptr %5, align 4
  store i32 %1, ptr %6, align 4
  store ptr %2, ptr %7, align 8
  store ptr %3, ptr %8, align 8
  %13 = load i32, ptr %5, align 4
  %14 = zext i32 %13 to i64
  %15 = load i32, ptr %6, align 4
  %16 = zext i32 %15 to i64
  %17 = load i32, ptr %6, align 4
  %18 = zext i32 %17 to i64
  %19 = load i32, ptr %5, align 4
  %20 = zext i32 %19 to i64
  store i32 0, ptr %9, align 4
  br label %21

21:                                               ; preds = %86, %4
  %22 = load i32, ptr %9, align 4
  %23 = load i32, ptr %5, align 4
  %24 = icmp slt i32 %22, %23
  br i1 %24, label %25, label %89

25:                                               ; preds = %21
  store i32 0, ptr %10, align 4
  br label %26

26:                                               ; preds = %82, %25
  %27 = load i32, ptr %10, align 4
  %28 = load i32, ptr %6, align 4
  %29 = icmp slt i32 %27, %28
  br i1 %29, label %30, label %85

30:                                               ; preds = %26
  %31 = load i32, ptr %9, align 4
  store i32 %31, ptr %11, align 4
  br label %32

32:                                               ; preds = %78, %30
  %33 = load i32, ptr %11, align 4
  %34 = load i32, ptr %9, align 4
  %35 = add nsw i32 %34, 16
  %36 = icmp slt i32 %33, %35
  br i1 %36, label %37, label %41

37:                                               ; preds = %32
  %38 = load i32, ptr %11, align 4
  %39 = load i32, ptr %5, align 4
  %40 = icmp slt i32 %38, %39
  br label %41

41:                                               ; preds = %37, %32
  %42 = phi i1 [ false, %32 ], [ %40, %37 ]
  br i1 %42, label %43, label %81

43:                                               ; preds = %41
  %44 = load i32, ptr %10, align 4
  store i32 %44, ptr %12, align 4
  br label %45

45:                                               ; preds = %74, %43
  %46 = load i32, ptr %12, align 4
  %47 = load i32, ptr %10, align 4
  %48 = add nsw i32 %47, 16
  %49 = icmp slt i32 %46, %48
  br i1 %49, label %50, label %54

50:                                               ; preds = %45
  %51 = load i32, ptr %12, align 4
  %52 = load i32, ptr %6, align 4
  %53 = icmp slt i32 %51, %52
  br label %54

54:                                               ; preds = %50, %45
  %55 = phi i1 [ false, %45 ], [ %53, %50 ]
  br i1 %55, label %56, label %77

56:                                               ; preds = %54
  %57 = load ptr, ptr %7, align 8
  %58 = load i32, ptr %11, align 4
  %59 = sext i32 %58 to i64
  %60 = mul nsw i64 %59, %16
  %61 = getelementptr inbounds i32, ptr %57, i64 %60
  %62 = load i32, ptr %12, align 4
  %63 = sext i32 %62 to i64
  %64 = getelementptr inbounds i32, ptr %61, i64 %63
  %65 = load i32, ptr %64, align 4
  %66 = load ptr, ptr %8, align 8
  %67 = load i32, ptr %12, align 4
  %68 = sext i32 %67 to i64
  %69 = mul nsw i64 %68, %20
  %70 = getelementptr inbounds i32, ptr %66, i64 %69
  %71 = load i32, ptr %11, align 4
  %72 = sext i32 %71 to i64
  %73 = getelementptr inbounds i32, ptr %70, i64 %72
  store i32 %65, ptr %73, align 4
  br label %74

74:                                               ; preds = %56
  %75 = load i32, ptr %12, align 4
  %76 = add nsw i32 %75, 1
  store i32 %76, ptr %12, align 4
  br label %45, !llvm.loop !14

77:                                               ; preds = %54
  br label %78

78:                                               ; preds = %77
  %79 = load i32, ptr %11, align 4
  %80 = add nsw i32 %79, 1
  store i32 %80, ptr %11, align 4
  br label %32, !llvm.loop !15

81:                                               ; preds = %41
  br label %82

82:                                               ; preds = %81
  %83 = load i32, ptr %10, align 4
  %84 = add nsw i32 %83, 16
  store i32 %84, ptr %10, align 4
  br label %26, !llvm.loop !16

85:                                               ; preds = %26
  br label %86

86:                                               ; preds = %85
  %87 = load i32, ptr %9, align 4
  %88 = add nsw i32 %87, 16
  store i32 %88, ptr %9, align 4
  br label %21, !llvm.loop !17

89:                                               ; preds = %21
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @transpose_in_place(i32 noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store ptr %1, ptr %4, align 8
  %8 = load i32, ptr %3, align 4
  %9 = zext i32 %8 to i64
  %10 = load i32, ptr %3, align 4
  %11 = zext i32 %10 to i64
  store i32 0, ptr %5, align 4
  br label %12

12:                                               ; preds = %63, %2
  %13 = load i32, ptr %5, align 4
  %14 = load i32, ptr %3, align 4
  %15 = icmp slt i32 %13, %14
  br i1 %15, label %16, label %66

16:                                               ; preds = %12
  %17 = load i32, ptr %5, align 4
  %18 = add nsw i32 %17, 1
  store i32 %18, ptr %6, align 4
  br label %19

19:                                               ; preds = %59, %16
  %20 = load i32, ptr %6, align 4
  %21 = load i32, ptr %3, align 4
  %22 = icmp slt i32 %20, %21
  br i1 %22, label %23, label %62

23:                                               ; preds = %19
  %24 = load ptr, ptr %4, align 8
  %25 = load i32, ptr %5, align 4
  %26 = sext i32 %25 to i64
  %27 = mul nsw i64 %26, %11
  %28 = getelementptr inbounds i32, ptr %24, i64 %27
  %29 = load i32, ptr %6, align 4
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds i32, ptr %28, i64 %30
  %32 = load i32, ptr %31, align 4
  store i32 %32, ptr %7, align 4
  %33 = load ptr, ptr %4, align 8
  %34 = load i32, ptr %6, align 4
  %35 = sext i32 %34 to i64
  %36 = mul nsw i64 %35, %11
  %37 = getelementptr inbounds i32, ptr %33, i64 %36
  %38 = load i32, ptr %5, align 4
  %39 = sext i32 %38 to i64
  %40 = getelementptr inbounds i32, ptr %37, i64 %39
  %41 = load i32, ptr %40, align 4
  %42 = load ptr, ptr %4, align 8
  %43 = load i32, ptr %5, align 4
  %44 = sext i32 %43 to i64
  %45 = mul nsw i64 %44, %11
  %46 = getelementptr inbounds i32, ptr %42, i64 %45
  %47 = load i32, ptr %6, align 4
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds i32, ptr %46, i64 %48
  store i32 %41, ptr %49, align 4
  %50 = load i32, ptr %7, align 4
  %51 = load ptr, ptr %4, align 8
  %52 = load i32, ptr %6, align 4
  %53 = sext i32 %52 to i64
  %54 = mul nsw i64 %53, %11
  %55 = getelementptr inbounds i32, ptr %51, i64 %54
  %56 = load i32, ptr %5, align 4
  %57 = sext i32 %56 to i64
  %58 = getelementptr inbounds i32, ptr %55, i64 %57
  store i32 %50, ptr %58, align 4
  br label %59

59:                                               ; preds = %23
  %60 = load i32, ptr %6, align 4
  %61 = add nsw i32 %60, 1
  store i32 %61, ptr %6, align 4
  br label %19, !llvm.loop !18

62:                                               ; preds = %19
  br label %63

63:                                               ; preds = %62
  %64 = load i32, ptr %5, align 4
  %65 = add nsw i32 %64, 1
  store i32 %65, ptr %5, align 4
  br label %12, !llvm.loop !19

66:                                               ; preds = %12
  ret void
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
!19 = distinct !{!19, !6}
