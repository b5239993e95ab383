; ModuleID = 'c/rle.c'
source_filename = "c/rle.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [45 x i8] c"rle input=%zu encoded=%zu decoded=%zu ok=%d\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [2048 x i8], align 16
  %3 = alloca [4096 x i8], align 16
  %4 = alloca [2048 x i8], align 16
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store i64 0, ptr %5, align 8
  store i32 0, ptr %6, align 4
  br label %11

11:                                               ; preds = %38, %0
  %12 = load i64, ptr %5, align 8
  %13 = add i64 %12, 300
  %14 = icmp ult i64 %13, 2048
  br i1 %14, label %15, label %41

15:                                               ; preds = %11
  %16 = load i32, ptr %6, align 4
  %17 = icmp eq i32 %16, 3
  br i1 %17, label %18, label %19

18:                                               ; preds = %15
  br label %25

19:                                               ; preds = %15
  %20 = load i32, ptr %6, align 4
  %21 = mul nsw i32 %20, 13
  %22 = srem i32 %21, 40
  %23 = add nsw i32 1, %22
  %24 = sext i32 %23 to i64
  br label %25

25:                                               ; preds = %19, %18
  %26 = phi i64 [ 300, %18 ], [ %24, %19 ]
  store i64 %26, ptr %7, align 8
  %27 = getelementptr inbounds [2048 x i8], ptr %2, i64 0, i64 0
  %28 = load i64, ptr %5, align 8
  %29 = getelementptr inbounds i8, ptr %27, i64 %28
  %30 = load i32, ptr %6, align 4
  %31 = srem i32 %30, 26
  %32 = add nsw i32 97, %31
  %33 = trunc i32 %32 to i8
  %34 = load i64, ptr %7, align 8
  call void @llvm.memset.p0.i64(ptr align 1 %29, i8 %33, i64 %34, i1 false)
  %35 = load i64, ptr %7, align 8
  %36 = load i64, ptr %5, align 8
  %37 = add i64 %36, %35
  store i64 %37, ptr %5, align 8
  br label %38

38:                                               ; preds = %25
  %39 = load i32, ptr %6, align 4
  %40 = add nsw i32 %39, 1
  store i32 %40, ptr %6, align 4
  br label %11, !llvm.loop !5

41:                                               ; preds = %11
  %42 = getelementptr inbounds [2048 x i8], ptr %2, i64 0, i64 0
  %43 = load i64, ptr %5, align 8
  %44 = getelementptr inbounds [4096 x i8], ptr %3, i64 0, i64 0
  %45 = call i64 @rle_encode(ptr noundef %42, i64 noundef %43, ptr noundef %44)
  store i64 %45, ptr %8, align 8
  %46 = getelementptr inbounds [4096 x i8], ptr %3, i64 0, i64 0
  %47 = load i64, ptr %8, align 8
  %48 = getelementptr inbounds [2048 x i8], ptr %4, i64 0, i64 0
  %49 = call i64 @rle_decode(ptr noundef %46, i64 noundef %47, ptr noundef %48)
  store i64 %49, ptr %9, align 8
  %50 = load i64, ptr %9, align 8
  %51 = load i64, ptr %5, align 8
  %52 = icmp eq i64 %50, %51
  br i1 %52, label %53, label %59

53:                                               ; preds = %41
  %54 = getelementptr inbounds [2048 x i8], ptr %2, i64 0, i64 0
  %55 = getelementptr inbounds [2048 x i8], ptr %4, i64 0, i64 0
  %56 = load i64, ptr %5, align 8
  %57 = call i32 @memcmp(ptr noundef %54, ptr noundef %55, i64 noundef %56) #4
  %58 = icmp eq i32 %57, 0
  br label %59

59:                                               ; preds = %53, %41
  %60 = phi i1 [ false, %41 ], [ %58, %53 ]
  %61 = zext i1 %60 to i32
  store i32 %61, ptr %10, align 4
  %62 = load i64, ptr %5, align 8
  %63 = load i64, ptr %8, align 8
  %64 = load i64, ptr %9, align 8
  %65 = load i32, ptr %10, align 4
  %66 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %62, i64 noundef %63, i64 noundef %64, i32 noundef %65)
  %67 = load i32, ptr %10, align 4
  %68 = icmp ne i32 %67, 0
  br i1 %68, label %69, label %73

69:                                               ; preds = %59
  %70 = load i64, ptr %8, align 8
  %71 = load i64, ptr %5, align 8
  %72 = icmp ult i64 %70, %71
  br label %73

73:                                               ; preds = %69, %59
  %74 = phi i1 [ false, %59 ], [ %72, %69 ]
  %75 = zext i1 %74 to i64
  %76 = select i1 %74, i32 0, i32 1
  ret i32 %76
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @rle_encode(ptr noundef %0, i64 noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca i8, align 1
  %10 = alloca i64, align 8
  store ptr %0, ptr %4, align 8
  store i64 %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  store i64 0, ptr %7, align 8
  store i64 0, ptr %8, align 8
  br label %11

11:                                               ; preds = %45, %3
  %12 = load i64, ptr %8, align 8
  %13 = load i64, ptr %5, align 8
  %14 = icmp ult i64 %12, %13
  br i1 %14, label %15, label %60

15:                                               ; preds = %11
  %16 = load ptr, ptr %4, align 8
  %17 = load i64, ptr %8, align 8
  %18 = getelementptr inbounds i8, ptr %16, i64 %17
  %19 = load i8, ptr %18, align 1
  store i8 %19, ptr %9, align 1
  store i64 1, ptr %10, align 8
  br label %20

20:                                               ; preds = %42, %15
  %21 = load i64, ptr %8, align 8
  %22 = load i64, ptr %10, align 8
  %23 = add i64 %21, %22
  %24 = load i64, ptr %5, align 8
  %25 = icmp ult i64 %23, %24
  br i1 %25, label %26, label %40

26:                                               ; preds = %20
  %27 = load ptr, ptr %4, align 8
  %28 = load i64, ptr %8, align 8
  %29 = load i64, ptr %10, align 8
  %30 = add i64 %28, %29
  %31 = getelementptr inbounds i8, ptr %27, i64 %30
  %32 = load i8, ptr %31, align 1
  %33 = zext i8 %32 to i32
  %34 = load i8, ptr %9, align 1
  %35 = zext i8 %34 to i32
  %36 = icmp eq i32 %33, %35
  br i1 %36, label %37, label %40

37:                                               ; preds = %26
  %38 = load i64, ptr %10, align 8
  %39 = icmp ult i64 %38, 255
  br label %40

40:                                               ; preds = %37, %26, %20
  %41 = phi i1 [ false, %26 ], [ false, %20 ], [ %39, %37 ]
  br i1 %41, label %42, label %45

42:                                               ; preds = %40
  %43 = load i64, ptr %10, align 8
  %44 = add i64 %43, 1
  store i64 %44, ptr %10, align 8
  br label %20, !llvm.loop !7

45:                                               ; preds = %40
  %46 = load i64, ptr %10, align 8
  %47 = trunc i64 %46 to i8
  %48 = load ptr, ptr %6, align 8
  %49 = load i64, ptr %7, align 8
  %50 = add i64 %49, 1
  store i64 %50, ptr %7, align 8
  %51 = getelementptr inbounds i8, ptr %48, i64 %49
  store i8 %47, ptr %51, align 1
  %52 = load i8, ptr %9, align 1
  %53 = load ptr, ptr %6, align 8
  %54 = load i64, ptr %7, align 8
  %55 = add i64 %54, 1
  store i64 %55, ptr %7, align 8
  %56 = getelementptr inbounds i8, ptr %53, i64 %54
  store i8 %52, ptr %56, align 1
  %57 = load i64, ptr %10, align 8
  %58 = load i64, ptr %8, align 8
  %59 = add i64 %58, %57
  store i64 %59, ptr %8, align 8
  br label %11, !llvm.loop !8

60:                                               ; preds = %11
  %61 = load i64, ptr %7, align 8
  ret i64 %61
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @rle_decode(ptr noundef %0, i64 noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  store ptr %0, ptr %4, align 8
  store i64 %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  store i64 0, ptr %7, align 8
  store i64 0, ptr %8, align 8
  br label %9

9:                                                ; preds = %37, %3
  %10 = load i64, ptr %8, align 8
  %11 = add i64 %10, 1
  %12 = load i64, ptr %5, align 8
  %13 = icmp ult i64 %11, %12
  br i1 %13, label %14, label %40

14:                                               ; preds = %9
  %15 = load ptr, ptr %6, align 8
  %16 = load i64, ptr %7, align 8
  %17 = getelementptr inbounds i8, ptr %15, i64 %16
  %18 = load ptr, ptr %4, align 8
  %19 = load i64, ptr %8, align 8
  %20 = add i64 %19, 1
  %21 = getelementptr inbounds i8, ptr %18, i64 %20
  %22 = load i8, ptr %21, align 1
  %23 = zext i8 %22 to i32
  %24 = trunc i32 %23 to i8
  %25 = load ptr, ptr %4, align 8
  %26 = load i64, ptr %8, align 8
  %27 = getelementptr inbounds i8, ptr %25, i64 %26
  %28 = load i8, ptr %27, align 1
  %29 = zext i8 %28 to i64
  call void @llvm.memset.p0.i64(ptr align 1 %17, i8 %24, i64 %29, i1 false)
  %30 = load ptr, ptr %4, align 8
  %31 = load i64, ptr %8, align 8
  %32 = getelementptr inbounds i8, ptr %30, i64 %31
  %33 = load i8, ptr %32, align 1
  %34 = zext i8 %33 to i64
  %35 = load i64, ptr %7, align 8
  %36 = add i64 %35, %34
  store i64 %36, ptr %7, align 8
  br label %37

37:                                               ; preds = %14
  %38 = load i64, ptr %8, align 8
  %39 = add i64 %38, 2
  store i64 %39, ptr %8, align 8
  br label %9, !llvm.loop !9

40:                                               ; preds = %9
  %41 = load i64, ptr %7, align 8
  ret i64 %41
}

; Function Attrs: nounwind willreturn memory(read)
declare i32 @memcmp(ptr noundef, ptr noundef, i64 noundef) #2

declare i32 @printf(ptr noundef, ...) #3

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #2 = { nounwind willreturn memory(read) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
