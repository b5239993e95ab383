; ModuleID = 'c/varargs_log.c'
source_filename = "c/varargs_log.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sink = type { [256 x i8], i64 }
%struct.__va_list_tag = type { i32, i32, ptr, ptr }

@.str = private unnamed_addr constant [5 x i8] c"INFO\00", align 1
@.str.1 = private unnamed_addr constant [22 x i8] c"%d items in %s (%u%%)\00", align 1
@.str.2 = private unnamed_addr constant [6 x i8] c"queue\00", align 1
@.str.3 = private unnamed_addr constant [31 x i8] c"INFO: -42 items in queue (75%)\00", align 1
@.str.4 = private unnamed_addr constant [6 x i8] c"DEBUG\00", align 1
@.str.5 = private unnamed_addr constant [21 x i8] c"addr=0x%x flag=%c %q\00", align 1
@.str.6 = private unnamed_addr constant [28 x i8] c"DEBUG: addr=0xbeef flag=Y ?\00", align 1
@.str.7 = private unnamed_addr constant [25 x i8] c"varargs_log failures=%d\0A\00", align 1
@.str.8 = private unnamed_addr constant [17 x i8] c"0123456789abcdef\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.sink, align 8
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  store i32 0, ptr %1, align 4
  store i32 0, ptr %3, align 4
  %6 = call ptr (ptr, ptr, ptr, ...) @log_message(ptr noundef %2, ptr noundef @.str, ptr noundef @.str.1, i32 noundef -42, ptr noundef @.str.2, i32 noundef 75)
  store ptr %6, ptr %4, align 8
  %7 = load ptr, ptr %4, align 8
  %8 = call i32 @strcmp(ptr noundef %7, ptr noundef @.str.3) #4
  %9 = icmp ne i32 %8, 0
  br i1 %9, label %10, label %13

10:                                               ; preds = %0
  %11 = load i32, ptr %3, align 4
  %12 = add nsw i32 %11, 1
  store i32 %12, ptr %3, align 4
  br label %13

13:                                               ; preds = %10, %0
  %14 = load ptr, ptr %4, align 8
  %15 = call i32 @puts(ptr noundef %14)
  %16 = call ptr (ptr, ptr, ptr, ...) @log_message(ptr noundef %2, ptr noundef @.str.4, ptr noundef @.str.5, i32 noundef 48879, i32 noundef 89)
  store ptr %16, ptr %5, align 8
  %17 = load ptr, ptr %5, align 8
  %18 = call i32 @strcmp(ptr noundef %17, ptr noundef @.str.6) #4
  %19 = icmp ne i32 %18, 0
  br i1 %19, label %20, label %23

20:                                               ; preds = %13
  %21 = load i32, ptr %3, align 4
  %22 = add nsw i32 %21, 1
  store i32 %22, ptr %3, align 4
  br label %23

23:                                               ; preds = %20, %13
  %24 = load ptr, ptr %5, align 8
  %25 = call i32 @puts(ptr noundef %24)
  %26 = load i32, ptr %3, align 4
  %27 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef %26)
  %28 = load i32, ptr %3, align 4
  %29 = icmp eq i32 %28, 0
  %30 = zext i1 %29 to i64
  %31 = select i1 %29, i32 0, i32 1
  ret i32 %31
}

; Function Attrs: noinline nounwind optnone uwtable
define internal ptr @log_message(ptr noundef %0, ptr noundef %1, ptr noundef %2, ...) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca [1 x %struct.__va_list_tag], align 16
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %9 = load ptr, ptr %4, align 8
  %10 = getelementptr inbounds %struct.sink, ptr %9, i32 0, i32 1
  store i64 0, ptr %10, align 8
  %11 = load ptr, ptr %4, align 8
  %12 = getelementptr inbounds %struct.sink, ptr %11, i32 0, i32 0
  %13 = getelementptr inbounds [256 x i8], ptr %12, i64 0, i64 0
  store i8 0, ptr %13, align 8
  %14 = load ptr, ptr %5, align 8
  store ptr %14, ptr %7, align 8
  br label %15

15:                                               ; preds = %23, %3
  %16 = load ptr, ptr %7, align 8
  %17 = load i8, ptr %16, align 1
  %18 = icmp ne i8 %17, 0
  br i1 %18, label %19, label %26

19:                                               ; preds = %15
  %20 = load ptr, ptr %4, align 8
  %21 = load ptr, ptr %7, align 8
  %22 = load i8, ptr %21, align 1
  call void @put_char(ptr noundef %20, i8 noundef signext %22)
  br label %23

23:                                               ; preds = %19
  %24 = load ptr, ptr %7, align 8
  %25 = getelementptr inbounds i8, ptr %24, i32 1
  store ptr %25, ptr %7, align 8
  br label %15, !llvm.loop !5

26:                                               ; preds = %15
  %27 = load ptr, ptr %4, align 8
  call void @put_char(ptr noundef %27, i8 noundef signext 58)
  %28 = load ptr, ptr %4, align 8
  call void @put_char(ptr noundef %28, i8 noundef signext 32)
  %29 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %8, i64 0, i64 0
  call void @llvm.va_start(ptr %29)
  %30 = load ptr, ptr %4, align 8
  %31 = load ptr, ptr %6, align 8
  %32 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %8, i64 0, i64 0
  call void @format(ptr noundef %30, ptr noundef %31, ptr noundef %32)
  %33 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %8, i64 0, i64 0
  call void @llvm.va_end(ptr %33)
  %34 = load ptr, ptr %4, align 8
  %35 = getelementptr inbounds %struct.sink, ptr %34, i32 0, i32 0
  %36 = getelementptr inbounds [256 x i8], ptr %35, i64 0, i64 0
  ret ptr %36
}

; Function Attrs: nounwind willreturn memory(read)
declare i32 @strcmp(ptr noundef, ptr noundef) #1

declare i32 @puts(ptr noundef) #2

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal void @put_char(ptr noundef %0, i8 noundef signext %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i8, align 1
  store ptr %0, ptr %3, align 8
  store i8 %1, ptr %4, align 1
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds %struct.sink, ptr %5, i32 0, i32 1
  %7 = load i64, ptr %6, align 8
  %8 = add i64 %7, 1
  %9 = icmp ult i64 %8, 256
  br i1 %9, label %10, label %19

10:                                               ; preds = %2
  %11 = load i8, ptr %4, align 1
  %12 = load ptr, ptr %3, align 8
  %13 = getelementptr inbounds %struct.sink, ptr %12, i32 0, i32 0
  %14 = load ptr, ptr %3, align 8
  %15 = getelementptr inbounds %struct.sink, ptr %14, i32 0, i32 1
  %16 = load i64, ptr %15, align 8
  %17 = add i64 %16, 1
  store i64 %17, ptr %15, align 8
  %18 = getelementptr inbounds [256 x i8], ptr %13, i64 0, i64 %16
  store i8 %11, ptr %18, align 1
  br label %19

19:                                               ; preds = %10, %2
  %20 = load ptr, ptr %3, align 8
  %21 = getelementptr inbounds %struct.sink, ptr %20, i32 0, i32 0
  %22 = load ptr, ptr %3, align 8
  %23 = getelementptr inbounds %struct.sink, ptr %22, i32 0, i32 1
  %24 = load i64, ptr %23, align 8
  %25 = getelementptr inbounds [256 x i8], ptr %21, i64 0, i64 %24
  store i8 0, ptr %25, align 1
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.va_start(ptr) #3

; Function Attrs: noinline nounwind optnone uwtable
define internal void @format(ptr noundef %0, ptr noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %10 = load ptr, ptr %5, align 8
  store ptr %10, ptr %7, align 8
  br label %11

11:                                               ; preds = %151, %3
  %12 = load ptr, ptr %7, align 8
  %13 = load i8, ptr %12, align 1
  %14 = icmp ne i8 %13, 0
  br i1 %14, label %15, label %154

15:                                               ; preds = %11
  %16 = load ptr, ptr %7, align 8
  %17 = load i8, ptr %16, align 1
  %18 = sext i8 %17 to i32
  %19 = icmp ne i32 %18, 37
  br i1 %19, label %20, label %24

20:                                               ; preds = %15
  %21 = load ptr, ptr %4, align 8
  %22 = load ptr, ptr %7, align 8
  %23 = load i8, ptr %22, align 1
  call void @put_char(ptr noundef %21, i8 noundef signext %23)
  br label %151

24:                                               ; preds = %15
  %25 = load ptr, ptr %7, align 8
  %26 = getelementptr inbounds i8, ptr %25, i32 1
  store ptr %26, ptr %7, align 8
  %27 = load i8, ptr %26, align 1
  %28 = sext i8 %27 to i32
  switch i32 %28, label %148 [
    i32 100, label %29
    i32 117, label %59
    i32 120, label %78
    i32 99, label %97
    i32 115, label %116
    i32 37, label %145
    i32 0, label %147
  ]

29:                                               ; preds = %24
  %30 = load ptr, ptr %6, align 8
  %31 = getelementptr inbounds %struct.__va_list_tag, ptr %30, i32 0, i32 0
  %32 = load i32, ptr %31, align 8
  %33 = icmp ule i32 %32, 40
  br i1 %33, label %34, label %39

34:                                               ; preds = %29
  %35 = getelementptr inbounds %struct.__va_list_tag, ptr %30, i32 0, i32 3
  %36 = load ptr, ptr %35, align 8
  %37 = getelementptr i8, ptr %36, i32 %32
  %38 = add i32 %32, 8
  store i32 %38, ptr %31, align 8
  br label %43

39:                                               ; preds = %29
  %40 = getelementptr inbounds %struct.__va_list_tag, ptr %30, i32 0, i32 2
  %41 = load ptr, ptr %40, align 8
  %42 = getelementptr i8, ptr %41, i32 8
  store ptr %42, ptr %40, align 8
  br label %43

43:                                               ; preds = %39, %34
  %44 = phi ptr [ %37, %34 ], [ %41, %39 ]
  %45 = load i32, ptr %44, align 4
  store i32 %45, ptr %8, align 4
  %46 = load i32, ptr %8, align 4
  %47 = icmp slt i32 %46, 0
  br i1 %47, label %48, label %54

48:                                               ; preds = %43
  %49 = load ptr, ptr %4, align 8
  call void @put_char(ptr noundef %49, i8 noundef signext 45)
  %50 = load ptr, ptr %4, align 8
  %51 = load i32, ptr %8, align 4
  %52 = sext i32 %51 to i64
  %53 = sub i64 0, %52
  call void @put_unsigned(ptr noundef %50, i64 noundef %53, i32 noundef 10)
  br label %58

54:                                               ; preds = %43
  %55 = load ptr, ptr %4, align 8
  %56 = load i32, ptr %8, align 4
  %57 = sext i32 %56 to i64
  call void @put_unsigned(ptr noundef %55, i64 noundef %57, i32 noundef 10)
  br label %58

58:                                               ; preds = %54, %48
  br label %150

59:                                               ; preds = %24
  %60 = load ptr, ptr %4, align 8
  %61 = load ptr, ptr %6, align 8
  %62 = getelementptr inbounds %struct.__va_list_tag, ptr %61, i32 0, i32 0
  %63 = load i32, ptr %62, align 8
  %64 = icmp ule i32 %63, 40
  br i1 %64, label %65, label %70

65:                                               ; preds = %59
  %66 = getelementptr inbounds %struct.__va_list_tag, ptr %61, i32 0, i32 3
  %67 = load ptr, ptr %66, align 8
  %68 = getelementptr i8, ptr %67, i32 %63
  %69 = add i32 %63, 8
  store i32 %69, ptr %62, align 8
  br label %74

70:                                               ; preds = %59
  %71 = getelementptr inbounds %struct.__va_list_tag, ptr %61, i32 0, i32 2
  %72 = load ptr, ptr %71, align 8
  %73 = getelementptr i8, ptr %72, i32 8
  store ptr %73, ptr %71, align 8
  br label %74

74:                                               ; preds = %70, %65
  %75 = phi ptr [ %68, %65 ], [ %72, %70 ]
  %76 = load i32, ptr %75, align 4
  %77 = zext i32 %76 to i64
  call void @put_unsigned(ptr noundef %60, i64 noundef %77, i32 noundef 10)
  br label %150

78:                                               ; preds = %24
  %79 = load ptr, ptr %4, align 8
  %80 = load ptr, ptr %6, align 8
  %81 = getelementptr inbounds %struct.__va_list_tag, ptr %80, i32 0, i32 0
  %82 = load i32, ptr %81, align 8
  %83 = icmp ule i32 %82, 40
  br i1 %83, label %84, label %89

84:                                               ; preds = %78
  %85 = getelementptr inbounds %struct.__va_list_tag, ptr %80, i32 0, i32 3
  %86 = load ptr, ptr %85, align 8
  %87 = getelementptr i8, ptr %86, i32 %82
  %88 = add i32 %82, 8
  store i32 %88, ptr %81, align 8
  br label %93

89:                                               ; preds = %78
  %90 = getelementptr inbounds %struct.__va_list_tag, ptr %80, i32 0, i32 2
  %91 = load ptr, ptr %90, align 8
  %92 = getelementptr i8, ptr %91, i32 8
  store ptr %92, ptr %90, align 8
  br label %93

93:                                               ; preds = %89, %84
  %94 = phi ptr [ %87, %84 ], [ %91, %89 ]
  %95 = load i32, ptr %94, align 4
  %96 = zext i32 %95 to i64
  call void @put_unsigned(ptr noundef %79, i64 noundef %96, i32 noundef 16)
  br label %150

97:                                               ; preds = %24
  %98 = load ptr, ptr %4, align 8
  %99 = load ptr, ptr %6, align 8
  %100 = getelementptr inbounds %struct.__va_list_tag, ptr %99, i32 0, i32 0
  %101 = load i32, ptr %100, align 8
  %102 = icmp ule i32 %101, 40
  br i1 %102, label %103, label %108

103:                                              ; preds = %97
  %104 = getelementptr inbounds %struct.__va_list_tag, ptr %99, i32 0, i32 3
  %105 = load ptr, ptr %104, align 8
  %106 = getelementptr i8, ptr %105, i32 %101
  %107 = add i32 %101, 8
  store i32 %107, ptr %100, align 8
  br label %112

108:                                              ; preds = %97
  %109 = getelementptr inbounds %struct.__va_list_tag, ptr %99, i32 0, i32 2
  %110 = load ptr, ptr %109, align 8
  %111 = getelementptr i8, ptr %110, i32 8
  store ptr %111, ptr %109, align 8
  br label %112

112:                                              ; preds = %108, %103
  %113 = phi ptr [ %106, %103 ], [ %110, %108 ]
  %114 = load i32, ptr %113, align 4
  %115 = trunc i32 %114 to i8
  call void @put_char(ptr noundef %98, i8 noundef signext %115)
  br label %150

116:                                              ; preds = %24
  %117 = load ptr, ptr %6, align 8
  %118 = getelementptr inbounds %struct.__va_list_tag, ptr %117, i32 0, i32 0
  %119 = load i32, ptr %118, align 8
  %120 = icmp ule i32 %119, 40
  br i1 %120, label %121, label %126

121:                                              ; preds = %116
  %122 = getelementptr inbounds %struct.__va_list_tag, ptr %117, i32 0, i32 3
  %123 = load ptr, ptr %122, align 8
  %124 = getelementptr i8, ptr %123, i32 %119
  %125 = add i32 %119, 8
  store i32 %125, ptr %118, align 8
  br label %130

126:                                              ; preds = %116
  %127 = getelementptr inbounds %struct.__va_list_tag, ptr %117, i32 0, i32 2
  %128 = load ptr, ptr %127, align 8
  %129 = getelementptr i8, ptr %128, i32 8
  store ptr %129, ptr %127, align 8
  br label %130

130:                                              ; preds = %126, %121
  %131 = phi ptr [ %124, %121 ], [ %128, %126 ]
  %132 = load ptr, ptr %131, align 8
  store ptr %132, ptr %9, align 8
  br label %133

133:                                              ; preds = %141, %130
  %134 = load ptr, ptr %9, align 8
  %135 = load i8, ptr %134, align 1
  %136 = icmp ne i8 %135, 0
  br i1 %136, label %137, label %144

137:                                              ; preds = %133
  %138 = load ptr, ptr %4, align 8
  %139 = load ptr, ptr %9, align 8
  %140 = load i8, ptr %139, align 1
  call void @put_char(ptr noundef %138, i8 noundef signext %140)
  br label %141

141:                                              ; preds = %137
  %142 = load ptr, ptr %9, align 8
  %143 = getelementptr inbounds i8, ptr %142, i32 1
  store ptr %143, ptr %9, align 8
  br label %133, !llvm.loop !7

144:                                              ; preds = %133
  br label %150

145:                                              ; preds = %24
  %146 = load ptr, ptr %4, align 8
  call void @put_char(ptr noundef %146, i8 noundef signext 37)
  br label %150

147:                                              ; preds = %24
  br label %154

148:                                              ; preds = %24
  %149 = load ptr, ptr %4, align 8
  call void @put_char(ptr noundef %149, i8 noundef signext 63)
  br label %150

150:                                              ; preds = %148, %145, %144, %112, %93, %74, %58
  br label %151

151:                                              ; preds = %150, %20
  %152 = load ptr, ptr %7, align 8
  %153 = getelementptr inbounds i8, ptr %152, i32 1
  store ptr %153, ptr %7, align 8
  br label %11, !llvm.loop !8

154:                                              ; preds = %147, %11
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.va_end(ptr) #3

; Function Attrs: noinline nounwind optnone uwtable
define internal void @put_unsigned(ptr noundef %0, i64 noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca [32 x i8], align 16
  %8 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store i64 %1, ptr %5, align 8
  store i32 %2, ptr %6, align 4
  store i32 0, ptr %8, align 4
  br label %9

9:                                                ; preds = %24, %3
  %10 = load i64, ptr %5, align 8
  %11 = load i32, ptr %6, align 4
  %12 = zext i32 %11 to i64
  %13 = urem i64 %10, %12
  %14 = getelementptr inbounds [17 x i8], ptr @.str.8, i64 0, i64 %13
  %15 = load i8, ptr %14, align 1
  %16 = load i32, ptr %8, align 4
  %17 = add nsw i32 %16, 1
  store i32 %17, ptr %8, align 4
  %18 = sext i32 %16 to i64
  %19 = getelementptr inbounds [32 x i8], ptr %7, i64 0, i64 %18
  store i8 %15, ptr %19, align 1
  %20 = load i32, ptr %6, align 4
  %21 = zext i32 %20 to i64
  %22 = load i64, ptr %5, align 8
  %23 = udiv i64 %22, %21
  store i64 %23, ptr %5, align 8
  br label %24

24:                                               ; preds = %9
  %25 = load i64, ptr %5, align 8
  %26 = icmp ne i64 %25, 0
  br i1 %26, label %9, label %27, !llvm.loop !9

27:                                               ; preds = %24
  br label %28

28:                                               ; preds = %31, %27
  %29 = load i32, ptr %8, align 4
  %30 = icmp sgt i32 %29, 0
  br i1 %30, label %31, label %38

31:                                               ; preds = %28
  %32 = load ptr, ptr %4, align 8
  %33 = load i32, ptr %8, align 4
  %34 = add nsw i32 %33, -1
  store i32 %34, ptr %8, align 4
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds [32 x i8], ptr %7, i64 0, i64 %35
  %37 = load i8, ptr %36, align 1
  call void @put_char(ptr noundef %32, i8 noundef signext %37)
  br label %28, !llvm.loop !10

38:                                               ; preds = %28
  ret void
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind willreturn memory(read) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nosync nounwind willreturn }
attributes #4 = { nounwind willreturn memory(read) }

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
