; ModuleID = 'c/utf8_decode.c'
source_filename = "c/utf8_decode.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [12 x i8] c"A\C3\A9\E2\82\AC\F0\9F\98\80z\00", align 1
@main.bad = internal global [5 x ptr] [ptr @.str.1, ptr @.str.2, ptr @.str.3, ptr @.str.4, ptr @.str.5], align 16
@.str.1 = private unnamed_addr constant [3 x i8] c"\C0\AF\00", align 1
@.str.2 = private unnamed_addr constant [3 x i8] c"\E2\82\00", align 1
@.str.3 = private unnamed_addr constant [4 x i8] c"\ED\A0\80\00", align 1
@.str.4 = private unnamed_addr constant [2 x i8] c"\FF\00", align 1
@.str.5 = private unnamed_addr constant [4 x i8] c"ok\80\00", align 1
@.str.6 = private unnamed_addr constant [34 x i8] c"utf8_decode code points=%d ok=%d\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [64 x i32], align 16
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store ptr @.str, ptr %3, align 8
  %7 = load ptr, ptr %3, align 8
  %8 = load ptr, ptr %3, align 8
  %9 = call i64 @strlen(ptr noundef %8) #3
  %10 = getelementptr inbounds [64 x i32], ptr %2, i64 0, i64 0
  %11 = call i32 @decode(ptr noundef %7, i64 noundef %9, ptr noundef %10)
  store i32 %11, ptr %4, align 4
  %12 = load i32, ptr %4, align 4
  %13 = icmp eq i32 %12, 5
  br i1 %13, label %14, label %34

14:                                               ; preds = %0
  %15 = getelementptr inbounds [64 x i32], ptr %2, i64 0, i64 0
  %16 = load i32, ptr %15, align 16
  %17 = icmp eq i32 %16, 65
  br i1 %17, label %18, label %34

18:                                               ; preds = %14
  %19 = getelementptr inbounds [64 x i32], ptr %2, i64 0, i64 1
  %20 = load i32, ptr %19, align 4
  %21 = icmp eq i32 %20, 233
  br i1 %21, label %22, label %34

22:                                               ; preds = %18
  %23 = getelementptr inbounds [64 x i32], ptr %2, i64 0, i64 2
  %24 = load i32, ptr %23, align 8
  %25 = icmp eq i32 %24, 8364
  br i1 %25, label %26, label %34

26:                                               ; preds = %22
  %27 = getelementptr inbounds [64 x i32], ptr %2, i64 0, i64 3
  %28 = load i32, ptr %27, align 4
  %29 = icmp eq i32 %28, 128512
  br i1 %29, label %30, label %34

30:                                               ; preds = %26
  %31 = getelementptr inbounds [64 x i32], ptr %2, i64 0, i64 4
  %32 = load i32, ptr %31, align 16
  %33 = icmp eq i32 %32, 122
  br label %34

34:                                               ; preds = %30, %26, %22, %18, %14, %0
  %35 = phi i1 [ false, %26 ], [ false, %22 ], [ false, %18 ], [ false, %14 ], [ false, %0 ], [ %33, %30 ]
  %36 = zext i1 %35 to i32
  store i32 %36, ptr %5, align 4
  store i32 0, ptr %6, align 4
  br label %37

37:                                               ; preds = %56, %34
  %38 = load i32, ptr %6, align 4
  %39 = zext i32 %38 to i64
  %40 = icmp ult i64 %39, 5
  br i1 %40, label %41, label %59

41:                                               ; preds = %37
  %42 = load i32, ptr %6, align 4
  %43 = zext i32 %42 to i64
  %44 = getelementptr inbounds [5 x ptr], ptr @main.bad, i64 0, i64 %43
  %45 = load ptr, ptr %44, align 8
  %46 = load i32, ptr %6, align 4
  %47 = zext i32 %46 to i64
  %48 = getelementptr inbounds [5 x ptr], ptr @main.bad, i64 0, i64 %47
  %49 = load ptr, ptr %48, align 8
  %50 = call i64 @strlen(ptr noundef %49) #3
  %51 = getelementptr inbounds [64 x i32], ptr %2, i64 0, i64 0
  %52 = call i32 @decode(ptr noundef %45, i64 noundef %50, ptr noundef %51)
  %53 = icmp ne i32 %52, -1
  br i1 %53, label %54, label %55

54:                                               ; preds = %41
  store i32 0, ptr %5, align 4
  br label %55

55:                                               ; preds = %54, %41
  br label %56

56:                                               ; preds = %55
  %57 = load i32, ptr %6, align 4
  %58 = add i32 %57, 1
  store i32 %58, ptr %6, align 4
  br label %37, !llvm.loop !5

59:                                               ; preds = %37
  %60 = load i32, ptr %4, align 4
  %61 = load i32, ptr %5, align 4
  %62 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %60, i32 noundef %61)
  %63 = load i32, ptr %5, align 4
  %64 = icmp ne i32 %63, 0
  %65 = zext i1 %64 to i64
  %66 = select i1 %64, i32 0, i32 1
  ret i32 %66
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @decode(ptr noundef %0, i64 noundef %1, ptr noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i64, align 8
  %13 = alloca i8, align 1
  store ptr %0, ptr %5, align 8
  store i64 %1, ptr %6, align 8
  store ptr %2, ptr %7, align 8
  store i32 0, ptr %8, align 4
  store i32 0, ptr %9, align 4
  store i32 0, ptr %10, align 4
  store i32 0, ptr %11, align 4
  store i64 0, ptr %12, align 8
  br label %14

14:                                               ; preds = %122, %3
  %15 = load i64, ptr %12, align 8
  %16 = load i64, ptr %6, align 8
  %17 = icmp ult i64 %15, %16
  br i1 %17, label %18, label %125

18:                                               ; preds = %14
  %19 = load ptr, ptr %5, align 8
  %20 = load i64, ptr %12, align 8
  %21 = getelementptr inbounds i8, ptr %19, i64 %20
  %22 = load i8, ptr %21, align 1
  store i8 %22, ptr %13, align 1
  %23 = load i32, ptr %8, align 4
  switch i32 %23, label %117 [
    i32 0, label %24
    i32 3, label %68
    i32 2, label %68
    i32 1, label %68
    i32 4, label %116
  ]

24:                                               ; preds = %18
  %25 = load i8, ptr %13, align 1
  %26 = zext i8 %25 to i32
  %27 = icmp slt i32 %26, 128
  br i1 %27, label %28, label %36

28:                                               ; preds = %24
  %29 = load i8, ptr %13, align 1
  %30 = zext i8 %29 to i32
  %31 = load ptr, ptr %7, align 8
  %32 = load i32, ptr %11, align 4
  %33 = add nsw i32 %32, 1
  store i32 %33, ptr %11, align 4
  %34 = sext i32 %32 to i64
  %35 = getelementptr inbounds i32, ptr %31, i64 %34
  store i32 %30, ptr %35, align 4
  br label %122

36:                                               ; preds = %24
  %37 = load i8, ptr %13, align 1
  %38 = zext i8 %37 to i32
  %39 = and i32 %38, 224
  %40 = icmp eq i32 %39, 192
  br i1 %40, label %41, label %45

41:                                               ; preds = %36
  %42 = load i8, ptr %13, align 1
  %43 = zext i8 %42 to i32
  %44 = and i32 %43, 31
  store i32 %44, ptr %9, align 4
  store i32 128, ptr %10, align 4
  store i32 1, ptr %8, align 4
  br label %66

45:                                               ; preds = %36
  %46 = load i8, ptr %13, align 1
  %47 = zext i8 %46 to i32
  %48 = and i32 %47, 240
  %49 = icmp eq i32 %48, 224
  br i1 %49, label %50, label %54

50:                                               ; preds = %45
  %51 = load i8, ptr %13, align 1
  %52 = zext i8 %51 to i32
  %53 = and i32 %52, 15
  store i32 %53, ptr %9, align 4
  store i32 2048, ptr %10, align 4
  store i32 2, ptr %8, align 4
  br label %65

54:                                               ; preds = %45
  %55 = load i8, ptr %13, align 1
  %56 = zext i8 %55 to i32
  %57 = and i32 %56, 248
  %58 = icmp eq i32 %57, 240
  br i1 %58, label %59, label %63

59:                                               ; preds = %54
  %60 = load i8, ptr %13, align 1
  %61 = zext i8 %60 to i32
  %62 = and i32 %61, 7
  store i32 %62, ptr %9, align 4
  store i32 65536, ptr %10, align 4
  store i32 3, ptr %8, align 4
  br label %64

63:                                               ; preds = %54
  store i32 4, ptr %8, align 4
  br label %64

64:                                               ; preds = %63, %59
  br label %65

65:                                               ; preds = %64, %50
  br label %66

66:                                               ; preds = %65, %41
  br label %67

67:                                               ; preds = %66
  br label %117

68:                                               ; preds = %18, %18, %18
  %69 = load i8, ptr %13, align 1
  %70 = zext i8 %69 to i32
  %71 = and i32 %70, 192
  %72 = icmp ne i32 %71, 128
  br i1 %72, label %73, label %74

73:                                               ; preds = %68
  store i32 4, ptr %8, align 4
  br label %117

74:                                               ; preds = %68
  %75 = load i32, ptr %9, align 4
  %76 = shl i32 %75, 6
  %77 = load i8, ptr %13, align 1
  %78 = zext i8 %77 to i32
  %79 = and i32 %78, 63
  %80 = or i32 %76, %79
  store i32 %80, ptr %9, align 4
  %81 = load i32, ptr %8, align 4
  %82 = icmp eq i32 %81, 1
  br i1 %82, label %83, label %84

83:                                               ; preds = %74
  br label %89

84:                                               ; preds = %74
  %85 = load i32, ptr %8, align 4
  %86 = icmp eq i32 %85, 2
  %87 = zext i1 %86 to i64
  %88 = select i1 %86, i32 1, i32 2
  br label %89

89:                                               ; preds = %84, %83
  %90 = phi i32 [ 0, %83 ], [ %88, %84 ]
  store i32 %90, ptr %8, align 4
  %91 = load i32, ptr %8, align 4
  %92 = icmp eq i32 %91, 0
  br i1 %92, label %93, label %115

93:                                               ; preds = %89
  %94 = load i32, ptr %9, align 4
  %95 = load i32, ptr %10, align 4
  %96 = icmp ult i32 %94, %95
  br i1 %96, label %106, label %97

97:                                               ; preds = %93
  %98 = load i32, ptr %9, align 4
  %99 = icmp ugt i32 %98, 1114111
  br i1 %99, label %106, label %100

100:                                              ; preds = %97
  %101 = load i32, ptr %9, align 4
  %102 = icmp uge i32 %101, 55296
  br i1 %102, label %103, label %107

103:                                              ; preds = %100
  %104 = load i32, ptr %9, align 4
  %105 = icmp ule i32 %104, 57343
  br i1 %105, label %106, label %107

106:                                              ; preds = %103, %97, %93
  store i32 4, ptr %8, align 4
  br label %114

107:                                              ; preds = %103, %100
  %108 = load i32, ptr %9, align 4
  %109 = load ptr, ptr %7, align 8
  %110 = load i32, ptr %11, align 4
  %111 = add nsw i32 %110, 1
  store i32 %111, ptr %11, align 4
  %112 = sext i32 %110 to i64
  %113 = getelementptr inbounds i32, ptr %109, i64 %112
  store i32 %108, ptr %113, align 4
  br label %114

114:                                              ; preds = %107, %106
  br label %115

115:                                              ; preds = %114, %89
  br label %117

116:                                              ; preds = %18
  br label %117

117:                                              ; preds = %18, %116, %115, %73, %67
  %118 = load i32, ptr %8, align 4
  %119 = icmp eq i32 %118, 4
  br i1 %119, label %120, label %121

120:                                              ; preds = %117
  store i32 -1, ptr %4, align 4
  br label %133

121:                                              ; preds = %117
  br label %122

122:                                              ; preds = %121, %28
  %123 = load i64, ptr %12, align 8
  %124 = add i64 %123, 1
  store i64 %124, ptr %12, align 8
  br label %14, !llvm.loop !7

125:                                              ; preds = %14
  %126 = load i32, ptr %8, align 4
  %127 = icmp eq i32 %126, 0
  br i1 %127, label %128, label %130

128:                                              ; preds = %125
  %129 = load i32, ptr %11, align 4
  br label %131

130:                                              ; preds = %125
  br label %131

131:                                              ; preds = %130, %128
  %132 = phi i32 [ %129, %128 ], [ -1, %130 ]
  store i32 %132, ptr %4, align 4
  br label %133

133:                                              ; preds = %131, %120
  %134 = load i32, ptr %4, align 4
  ret i32 %134
}

; Function Attrs: nounwind willreturn memory(read)
declare i64 @strlen(ptr noundef) #1

declare i32 @printf(ptr noundef, ...) #2

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind willreturn memory(read) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind willreturn memory(read) }

!llvm.module.flags = !{!0, !1, !2, !3, !4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = distinct !{!5, !6}
!6 = !{!"llvm.loop.mustprogress"}
!7 = distinct !{!7, !6}
