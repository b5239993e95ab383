; ModuleID = 'c/mergesort.c'
source_filename = "c/mergesort.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.record = type { i32, i32 }

@.str = private unnamed_addr constant [39 x i8] c"mergesort n=%d first=%d last=%d ok=%d\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store i32 3000, ptr %2, align 4
  %8 = call noalias ptr @malloc(i64 noundef 24000) #5
  store ptr %8, ptr %3, align 8
  %9 = call noalias ptr @malloc(i64 noundef 24000) #5
  store ptr %9, ptr %4, align 8
  %10 = load ptr, ptr %3, align 8
  %11 = icmp ne ptr %10, null
  br i1 %11, label %12, label %15

12:                                               ; preds = %0
  %13 = load ptr, ptr %4, align 8
  %14 = icmp ne ptr %13, null
  br i1 %14, label %16, label %15

15:                                               ; preds = %12, %0
  store i32 2, ptr %1, align 4
  br label %113

16:                                               ; preds = %12
  store i32 0, ptr %5, align 4
  br label %17

17:                                               ; preds = %36, %16
  %18 = load i32, ptr %5, align 4
  %19 = icmp slt i32 %18, 3000
  br i1 %19, label %20, label %39

20:                                               ; preds = %17
  %21 = load i32, ptr %5, align 4
  %22 = mul nsw i32 %21, 31
  %23 = add nsw i32 %22, 7
  %24 = srem i32 %23, 97
  %25 = load ptr, ptr %3, align 8
  %26 = load i32, ptr %5, align 4
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds %struct.record, ptr %25, i64 %27
  %29 = getelementptr inbounds %struct.record, ptr %28, i32 0, i32 0
  store i32 %24, ptr %29, align 4
  %30 = load i32, ptr %5, align 4
  %31 = load ptr, ptr %3, align 8
  %32 = load i32, ptr %5, align 4
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds %struct.record, ptr %31, i64 %33
  %35 = getelementptr inbounds %struct.record, ptr %34, i32 0, i32 1
  store i32 %30, ptr %35, align 4
  br label %36

36:                                               ; preds = %20
  %37 = load i32, ptr %5, align 4
  %38 = add nsw i32 %37, 1
  store i32 %38, ptr %5, align 4
  br label %17, !llvm.loop !5

39:                                               ; preds = %17
  %40 = load ptr, ptr %3, align 8
  %41 = load ptr, ptr %4, align 8
  call void @merge_sort(ptr noundef %40, ptr noundef %41, i32 noundef 0, i32 noundef 3000)
  store i32 1, ptr %6, align 4
  store i32 1, ptr %7, align 4
  br label %42

42:                                               ; preds = %93, %39
  %43 = load i32, ptr %7, align 4
  %44 = icmp slt i32 %43, 3000
  br i1 %44, label %45, label %96

45:                                               ; preds = %42
  %46 = load ptr, ptr %3, align 8
  %47 = load i32, ptr %7, align 4
  %48 = sub nsw i32 %47, 1
  %49 = sext i32 %48 to i64
  %50 = getelementptr inbounds %struct.record, ptr %46, i64 %49
  %51 = getelementptr inbounds %struct.record, ptr %50, i32 0, i32 0
  %52 = load i32, ptr %51, align 4
  %53 = load ptr, ptr %3, align 8
  %54 = load i32, ptr %7, align 4
  %55 = sext i32 %54 to i64
  %56 = getelementptr inbounds %struct.record, ptr %53, i64 %55
  %57 = getelementptr inbounds %struct.record, ptr %56, i32 0, i32 0
  %58 = load i32, ptr %57, align 4
  %59 = icmp sgt i32 %52, %58
  br i1 %59, label %60, label %61

60:                                               ; preds = %45
  store i32 0, ptr %6, align 4
  br label %61

61:                                               ; preds = %60, %45
  %62 = load ptr, ptr %3, align 8
  %63 = load i32, ptr %7, align 4
  %64 = sub nsw i32 %63, 1
  %65 = sext i32 %64 to i64
  %66 = getelementptr inbounds %struct.record, ptr %62, i64 %65
  %67 = getelementptr inbounds %struct.record, ptr %66, i32 0, i32 0
  %68 = load i32, ptr %67, align 4
  %69 = load ptr, ptr %3, align 8
  %70 = load i32, ptr %7, align 4
  %71 = sext i32 %70 to i64
  %72 = getelementptr inbounds %struct.record, ptr %69, i64 %71
  %73 = getelementptr inbounds %struct.record, ptr %72, i32 0, i32 0
  %74 = load i32, ptr %73, align 4
  %75 = icmp eq i32 %68, %74
  br i1 %75, label %76, label %92

76:                                               ; preds = %61
  %77 = load ptr, ptr %3, align 8
  %78 = load i32, ptr %7, align 4
  %79 = sub nsw i32 %78, 1
  %80 = sext i32 %79 to i64
  %81 = getelementptr inbounds %struct.record, ptr %77, i64 %80
  %82 = getelementptr inbounds %struct.record, ptr %81, i32 0, i32 1
  %83 = load i32, ptr %82, align 4
  %84 = load ptr, ptr %3, align 8
  %85 = load i32, ptr %7, align 4
  %86 = sext i32 %85 to i64
  %87 = getelementptr inbounds %struct.record, ptr %84, i64 %86
  %88 = getelementptr inbounds %struct.record, ptr %87, i32 0, i32 1
  %89 = load i32, ptr %88, align 4
  %90 = icmp sgt i32 %83, %89
  br i1 %90, label %91, label %92

91:                                               ; preds = %76
  store i32 0, ptr %6, align 4
  br label %92

92:                                               ; preds = %91, %76, %61
  br label %93

93:                                               ; preds = %92
  %94 = load i32, ptr %7, align 4
  %95 = add nsw i32 %94, 1
  store i32 %95, ptr %7, align 4
  br label %42, !llvm.loop !7

96:                                               ; preds = %42
  %97 = load ptr, ptr %3, align 8
  %98 = getelementptr inbounds %struct.record, ptr %97, i64 0
  %99 = getelementptr inbounds %struct.record, ptr %98, i32 0, i32 0
  %100 = load i32, ptr %99, align 4
  %101 = load ptr, ptr %3, align 8
  %102 = getelementptr inbounds %struct.record, ptr %101, i64 2999
  %103 = getelementptr inbounds %struct.record, ptr %102, i32 0, i32 0
  %104 = load i32, ptr %103, align 4
  %105 = load i32, ptr %6, align 4
  %106 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef 3000, i32 noundef %100, i32 noundef %104, i32 noundef %105)
  %107 = load ptr, ptr %3, align 8
  call void @free(ptr noundef %107) #6
  %108 = load ptr, ptr %4, align 8
  call void @free(ptr noundef %108) #6
  %109 = load i32, ptr %6, align 4
  %110 = icmp ne i32 %109, 0
  %111 = zext i1 %110 to i64
  %112 = select i1 %110, i32 0, i32 1
  store i32 %112, ptr %1, align 4
  br label %113

113:                                              ; preds = %96, %15
  %114 = load i32, ptr %1, align 4
  ret i32 %114
}

; Function Attrs: nounwind allocsize(0)
declare noalias ptr @malloc(i64 noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal void @merge_sort(ptr noundef %0, ptr noundef %1, i32 noundef %2, i32 noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store ptr %0, ptr %5, align 8
  store ptr %1, ptr %6, align 8
  store i32 %2, ptr %7, align 4
  store i32 %3, ptr %8, align 4
  %10 = load i32, ptr %8, align 4
  %11 = load i32, ptr %7, align 4
  %12 = sub nsw i32 %10, %11
  %13 = icmp slt i32 %12, 2
  br i1 %13, label %14, label %15

14:                                               ; preds = %4
  br label %35

15:                                               ; preds = %4
  %16 = load i32, ptr %7, align 4
  %17 = load i32, ptr %8, align 4
  %18 = load i32, ptr %7, align 4
  %19 = sub nsw i32 %17, %18
  %20 = sdiv i32 %19, 2
  %21 = add nsw i32 %16, %20
  store i32 %21, ptr %9, align 4
  %22 = load ptr, ptr %5, align 8
  %23 = load ptr, ptr %6, align 8
  %24 = load i32, ptr %7, align 4
  %25 = load i32, ptr %9, align 4
  call void @merge_sort(ptr noundef %22, ptr noundef %23, i32 noundef %24, i32 noundef %25)
  %26 = load ptr, ptr %5, align 8
  %27 = load ptr, ptr %6, align 8
  %28 = load i32, ptr %9, align 4
  %29 = load i32, ptr %8, align 4
  call void @merge_sort(ptr noundef %26, ptr noundef %27, i32 noundef %28, i32 noundef %29)
  %30 = load ptr, ptr %5, align 8
  %31 = load ptr, ptr %6, align 8
  %32 = load i32, ptr %7, align 4
  %33 = load i32, ptr %9, align 4
  %34 = load i32, ptr %8, align 4
  call void @merge(ptr noundef %30, ptr noundef %31, i32 noundef %32, i32 noundef %33, i32 noundef %34)
  br label %35

35:                                               ; preds = %15, %14
  ret void
}

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: nounwind
declare void @free(ptr noundef) #3

; Function Attrs: noinline nounwind optnone uwtable
define internal void @merge(ptr noundef %0, ptr noundef %1, i32 noundef %2, i32 noundef %3, i32 noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store i32 %2, ptr %8, align 4
  store i32 %3, ptr %9, align 4
  store i32 %4, ptr %10, align 4
  %14 = load i32, ptr %8, align 4
  store i32 %14, ptr %11, align 4
  %15 = load i32, ptr %9, align 4
  store i32 %15, ptr %12, align 4
  %16 = load i32, ptr %8, align 4
  store i32 %16, ptr %13, align 4
  br label %17

17:                                               ; preds = %58, %5
  %18 = load i32, ptr %11, align 4
  %19 = load i32, ptr %9, align 4
  %20 = icmp slt i32 %18, %19
  br i1 %20, label %21, label %25

21:                                               ; preds = %17
  %22 = load i32, ptr %12, align 4
  %23 = load i32, ptr %10, align 4
  %24 = icmp slt i32 %22, %23
  br label %25

25:                                               ; preds = %21, %17
  %26 = phi i1 [ false, %17 ], [ %24, %21 ]
  br i1 %26, label %27, label %59

27:                                               ; preds = %25
  %28 = load ptr, ptr %7, align 8
  %29 = load i32, ptr %13, align 4
  %30 = add nsw i32 %29, 1
  store i32 %30, ptr %13, align 4
  %31 = sext i32 %29 to i64
  %32 = getelementptr inbounds %struct.record, ptr %28, i64 %31
  %33 = load ptr, ptr %6, align 8
  %34 = load i32, ptr %12, align 4
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds %struct.record, ptr %33, i64 %35
  %37 = getelementptr inbounds %struct.record, ptr %36, i32 0, i32 0
  %38 = load i32, ptr %37, align 4
  %39 = load ptr, ptr %6, align 8
  %40 = load i32, ptr %11, align 4
  %41 = sext i32 %40 to i64
  %42 = getelementptr inbounds %struct.record, ptr %39, i64 %41
  %43 = getelementptr inbounds %struct.record, ptr %42, i32 0, i32 0
  %44 = load i32, ptr %43, align 4
  %45 = icmp slt i32 %38, %44
  br i1 %45, label %46, label %52

46:                                               ; preds = %27
  %47 = load ptr, ptr %6, align 8
  %48 = load i32, ptr %12, align 4
  %49 = add nsw i32 %48, 1
  store i32 %49, ptr %12, align 4
  %50 = sext i32 %48 to i64
  %51 = getelementptr inbounds %struct.record, ptr %47, i64 %50
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %32, ptr align 4 %51, i64 8, i1 false)
  br label %58

52:                                               ; preds = %27
  %53 = load ptr, ptr %6, align 8
  %54 = load i32, ptr %11, align 4
  %55 = add nsw i32 %54, 1
  store i32 %55, ptr %11, align 4
  %56 = sext i32 %54 to i64
  %57 = getelementptr inbounds %struct.record, ptr %53, i64 %56
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %32, ptr align 4 %57, i64 8, i1 false)
  br label %58

58:                                               ; preds = %52, %46
  br label %17, !llvm.loop !8

59:                                               ; preds = %25
  br label %60

60:                                               ; preds = %64, %59
  %61 = load i32, ptr %11, align 4
  %62 = load i32, ptr %9, align 4
  %63 = icmp slt i32 %61, %62
  br i1 %63, label %64, label %75

64:                                               ; preds = %60
  %65 = load ptr, ptr %7, align 8
  %66 = load i32, ptr %13, align 4
  %67 = add nsw i32 %66, 1
  store i32 %67, ptr %13, align 4
  %68 = sext i32 %66 to i64
  %69 = getelementptr inbounds %struct.record, ptr %65, i64 %68
  %70 = load ptr, ptr %6, align 8
  %71 = load i32, ptr %11, align 4
  %72 = add nsw i32 %71, 1
  store i32 %72, ptr %11, align 4
  %73 = sext i32 %71 to i64
  %74 = getelementptr inbounds %struct.record, ptr %70, i64 %73
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %69, ptr align 4 %74, i64 8, i1 false)
  br label %60, !llvm.loop !9

75:                                               ; preds = %60
  br label %76

76:                                               ; preds = %80, %75
  %77 = load i32, ptr %12, align 4
  %78 = load i32, ptr %10, align 4
  %79 = icmp slt i32 %77, %78
  br i1 %79, label %80, label %91

80:                                               ; preds = %76
  %81 = load ptr, ptr %7, align 8
  %82 = load i32, ptr %13, align 4
  %83 = add nsw i32 %82, 1
  store i32 %83, ptr %13, align 4
  %84 = sext i32 %82 to i64
  %85 = getelementptr inbounds %struct.record, ptr %81, i64 %84
  %86 = load ptr, ptr %6, align 8
  %87 = load i32, ptr %12, align 4
  %88 = add nsw i32 %87, 1
  store i32 %88, ptr %12, align 4
  %89 = sext i32 %87 to i64
  %90 = getelementptr inbounds %struct.record, ptr %86, i64 %89
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %85, ptr align 4 %90, i64 8, i1 false)
  br label %76, !llvm.loop !10

91:                                               ; preds = %76
  %92 = load ptr, ptr %6, align 8
  %93 = load i32, ptr %8, align 4
  %94 = sext i32 %93 to i64
  %95 = getelementptr inbounds %struct.record, ptr %92, i64 %94
  %96 = load ptr, ptr %7, align 8
  %97 = load i32, ptr %8, align 4
  %98 = sext i32 %97 to i64
  %99 = getelementptr inbounds %struct.record, ptr %96, i64 %98
  %100 = load i32, ptr %10, align 4
  %101 = load i32, ptr %8, align 4
  %102 = sub nsw i32 %100, %101
  %103 = sext i32 %102 to i64
  %104 = mul i64 %103, 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %95, ptr align 4 %99, i64 %104, i1 false)
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #4

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind allocsize(0) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { nounwind allocsize(0) }
attributes #6 = { nounwind }

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
