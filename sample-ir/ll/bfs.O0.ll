; ModuleID = 'c/bfs.c'
source_filename = "c/bfs.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.csr = type { i32, ptr, ptr }

@.str = private unnamed_addr constant [47 x i8] c"bfs vertices=%d edges=%d farthest=%d wrong=%d\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.csr, align 8
  %3 = alloca [600 x i32], align 16
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @grid_graph(ptr sret(%struct.csr) align 8 %2)
  %6 = getelementptr inbounds [600 x i32], ptr %3, i64 0, i64 0
  call void @bfs(ptr noundef %2, i32 noundef 0, ptr noundef %6)
  store i32 0, ptr %4, align 4
  store i32 0, ptr %5, align 4
  br label %7

7:                                                ; preds = %25, %0
  %8 = load i32, ptr %5, align 4
  %9 = icmp slt i32 %8, 600
  br i1 %9, label %10, label %28

10:                                               ; preds = %7
  %11 = load i32, ptr %5, align 4
  %12 = sext i32 %11 to i64
  %13 = getelementptr inbounds [600 x i32], ptr %3, i64 0, i64 %12
  %14 = load i32, ptr %13, align 4
  %15 = load i32, ptr %5, align 4
  %16 = srem i32 %15, 30
  %17 = load i32, ptr %5, align 4
  %18 = sdiv i32 %17, 30
  %19 = add nsw i32 %16, %18
  %20 = icmp ne i32 %14, %19
  br i1 %20, label %21, label %24

21:                                               ; preds = %10
  %22 = load i32, ptr %4, align 4
  %23 = add nsw i32 %22, 1
  store i32 %23, ptr %4, align 4
  br label %24

24:                                               ; preds = %21, %10
  br label %25

25:                                               ; preds = %24
  %26 = load i32, ptr %5, align 4
  %27 = add nsw i32 %26, 1
  store i32 %27, ptr %5, align 4
  br label %7, !llvm.loop !5

28:                                               ; preds = %7
  %29 = getelementptr inbounds %struct.csr, ptr %2, i32 0, i32 0
  %30 = load i32, ptr %29, align 8
  %31 = getelementptr inbounds %struct.csr, ptr %2, i32 0, i32 1
  %32 = load ptr, ptr %31, align 8
  %33 = getelementptr inbounds i32, ptr %32, i64 600
  %34 = load i32, ptr %33, align 4
  %35 = getelementptr inbounds [600 x i32], ptr %3, i64 0, i64 599
  %36 = load i32, ptr %35, align 4
  %37 = load i32, ptr %4, align 4
  %38 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %30, i32 noundef %34, i32 noundef %36, i32 noundef %37)
  %39 = getelementptr inbounds %struct.csr, ptr %2, i32 0, i32 1
  %40 = load ptr, ptr %39, align 8
  call void @free(ptr noundef %40) #4
  %41 = getelementptr inbounds %struct.csr, ptr %2, i32 0, i32 2
  %42 = load ptr, ptr %41, align 8
  call void @free(ptr noundef %42) #4
  %43 = load i32, ptr %4, align 4
  %44 = icmp eq i32 %43, 0
  %45 = zext i1 %44 to i64
  %46 = select i1 %44, i32 0, i32 1
  ret i32 %46
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @grid_graph(ptr noalias sret(%struct.csr) align 8 %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = getelementptr inbounds %struct.csr, ptr %0, i32 0, i32 0
  store i32 600, ptr %6, align 8
  %7 = getelementptr inbounds %struct.csr, ptr %0, i32 0, i32 1
  %8 = call noalias ptr @malloc(i64 noundef 2404) #5
  store ptr %8, ptr %7, align 8
  %9 = getelementptr inbounds %struct.csr, ptr %0, i32 0, i32 2
  %10 = call noalias ptr @malloc(i64 noundef 9600) #5
  store ptr %10, ptr %9, align 8
  store i32 0, ptr %2, align 4
  store i32 0, ptr %3, align 4
  br label %11

11:                                               ; preds = %73, %1
  %12 = load i32, ptr %3, align 4
  %13 = icmp slt i32 %12, 600
  br i1 %13, label %14, label %76

14:                                               ; preds = %11
  %15 = load i32, ptr %3, align 4
  %16 = srem i32 %15, 30
  store i32 %16, ptr %4, align 4
  %17 = load i32, ptr %3, align 4
  %18 = sdiv i32 %17, 30
  store i32 %18, ptr %5, align 4
  %19 = load i32, ptr %2, align 4
  %20 = getelementptr inbounds %struct.csr, ptr %0, i32 0, i32 1
  %21 = load ptr, ptr %20, align 8
  %22 = load i32, ptr %3, align 4
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds i32, ptr %21, i64 %23
  store i32 %19, ptr %24, align 4
  %25 = load i32, ptr %4, align 4
  %26 = icmp sgt i32 %25, 0
  br i1 %26, label %27, label %36

27:                                               ; preds = %14
  %28 = load i32, ptr %3, align 4
  %29 = sub nsw i32 %28, 1
  %30 = getelementptr inbounds %struct.csr, ptr %0, i32 0, i32 2
  %31 = load ptr, ptr %30, align 8
  %32 = load i32, ptr %2, align 4
  %33 = add nsw i32 %32, 1
  store i32 %33, ptr %2, align 4
  %34 = sext i32 %32 to i64
  %35 = getelementptr inbounds i32, ptr %31, i64 %34
  store i32 %29, ptr %35, align 4
  br label %36

36:                                               ; preds = %27, %14
  %37 = load i32, ptr %4, align 4
  %38 = icmp slt i32 %37, 29
  br i1 %38, label %39, label %48

39:                                               ; preds = %36
  %40 = load i32, ptr %3, align 4
  %41 = add nsw i32 %40, 1
  %42 = getelementptr inbounds %struct.csr, ptr %0, i32 0, i32 2
  %43 = load ptr, ptr %42, align 8
  %44 = load i32, ptr %2, align 4
  %45 = add nsw i32 %44, 1
  store i32 %45, ptr %2, align 4
  %46 = sext i32 %44 to i64
  %47 = getelementptr inbounds i32, ptr %43, i64 %46
  store i32 %41, ptr %47, align 4
  br label %48

48:                                               ; preds = %39, %36
  %49 = load i32, ptr %5, align 4
  %50 = icmp sgt i32 %49, 0
  br i1 %50, label %51, label %60

51:                                               ; preds = %48
  %52 = load i32, ptr %3, align 4
  %53 = sub nsw i32 %52, 30
  %54 = getelementptr inbounds %struct.csr, ptr %0, i32 0, i32 2
  %55 = load ptr, ptr %54, align 8
  %56 = load i32, ptr %2, align 4
  %57 = add nsw i32 %56, 1
  store i32 %57, ptr %2, align 4
  %58 = sext i32 %56 to i64
  %59 = getelementptr inbounds i32, ptr %55, i64 %58
  store i32 %53, ptr %59, align 4
  br label %60

60:                                               ; preds = %51, %48
  %61 = load i32, ptr %5, align 4
  %62 = icmp slt i32 %61, 19
  br i1 %62, label %63, label %72

63:                                               ; preds = %60
  %64 = load i32, ptr %3, align 4
  %65 = add nsw i32 %64, 30
  %66 = getelementptr inbounds %struct.csr, ptr %0, i32 0, i32 2
  %67 = load ptr, ptr %66, align 8
  %68 = load i32, ptr %2, align 4
  %69 = add nsw i32 %68, 1
  store i32 %69, ptr %2, align 4
  %70 = sext i32 %68 to i64
  %71 = getelementptr inbounds i32, ptr %67, i64 %70
  store i32 %65, ptr %71, align 4
  br label %72

72:                                               ; preds = %63, %60
  br label %73

73:                                               ; preds = %72
  %74 = load i32, ptr %3, align 4
  %75 = add nsw i32 %74, 1
  store i32 %75, ptr %3, align 4
  br label %11, !llvm.loop !7

76:                                               ; preds = %11
  %77 = load i32, ptr %2, align 4
  %78 = getelementptr inbounds %struct.csr, ptr %0, i32 0, i32 1
  %79 = load ptr, ptr %78, align 8
  %80 = getelementptr inbounds i32, ptr %79, i64 600
  store i32 %77, ptr %80, align 4
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @bfs(ptr noundef %0, i32 noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store i32 %1, ptr %5, align 4
  store ptr %2, ptr %6, align 8
  %14 = load ptr, ptr %4, align 8
  %15 = getelementptr inbounds %struct.csr, ptr %14, i32 0, i32 0
  %16 = load i32, ptr %15, align 8
  %17 = sext i32 %16 to i64
  %18 = mul i64 %17, 4
  %19 = call noalias ptr @malloc(i64 noundef %18) #5
  store ptr %19, ptr %7, align 8
  store i32 0, ptr %8, align 4
  store i32 0, ptr %9, align 4
  store i32 0, ptr %10, align 4
  br label %20

20:                                               ; preds = %31, %3
  %21 = load i32, ptr %10, align 4
  %22 = load ptr, ptr %4, align 8
  %23 = getelementptr inbounds %struct.csr, ptr %22, i32 0, i32 0
  %24 = load i32, ptr %23, align 8
  %25 = icmp slt i32 %21, %24
  br i1 %25, label %26, label %34

26:                                               ; preds = %20
  %27 = load ptr, ptr %6, align 8
  %28 = load i32, ptr %10, align 4
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds i32, ptr %27, i64 %29
  store i32 -1, ptr %30, align 4
  br label %31

31:                                               ; preds = %26
  %32 = load i32, ptr %10, align 4
  %33 = add nsw i32 %32, 1
  store i32 %33, ptr %10, align 4
  br label %20, !llvm.loop !8

34:                                               ; preds = %20
  %35 = load ptr, ptr %6, align 8
  %36 = load i32, ptr %5, align 4
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds i32, ptr %35, i64 %37
  store i32 0, ptr %38, align 4
  %39 = load i32, ptr %5, align 4
  %40 = load ptr, ptr %7, align 8
  %41 = load i32, ptr %9, align 4
  %42 = add nsw i32 %41, 1
  store i32 %42, ptr %9, align 4
  %43 = sext i32 %41 to i64
  %44 = getelementptr inbounds i32, ptr %40, i64 %43
  store i32 %39, ptr %44, align 4
  br label %45

45:                                               ; preds = %109, %34
  %46 = load i32, ptr %8, align 4
  %47 = load i32, ptr %9, align 4
  %48 = icmp slt i32 %46, %47
  br i1 %48, label %49, label %110

49:                                               ; preds = %45
  %50 = load ptr, ptr %7, align 8
  %51 = load i32, ptr %8, align 4
  %52 = add nsw i32 %51, 1
  store i32 %52, ptr %8, align 4
  %53 = sext i32 %51 to i64
  %54 = getelementptr inbounds i32, ptr %50, i64 %53
  %55 = load i32, ptr %54, align 4
  store i32 %55, ptr %11, align 4
  %56 = load ptr, ptr %4, align 8
  %57 = getelementptr inbounds %struct.csr, ptr %56, i32 0, i32 1
  %58 = load ptr, ptr %57, align 8
  %59 = load i32, ptr %11, align 4
  %60 = sext i32 %59 to i64
  %61 = getelementptr inbounds i32, ptr %58, i64 %60
  %62 = load i32, ptr %61, align 4
  store i32 %62, ptr %12, align 4
  br label %63

63:                                               ; preds = %106, %49
  %64 = load i32, ptr %12, align 4
  %65 = load ptr, ptr %4, align 8
  %66 = getelementptr inbounds %struct.csr, ptr %65, i32 0, i32 1
  %67 = load ptr, ptr %66, align 8
  %68 = load i32, ptr %11, align 4
  %69 = add nsw i32 %68, 1
  %70 = sext i32 %69 to i64
  %71 = getelementptr inbounds i32, ptr %67, i64 %70
  %72 = load i32, ptr %71, align 4
  %73 = icmp slt i32 %64, %72
  br i1 %73, label %74, label %109

74:                                               ; preds = %63
  %75 = load ptr, ptr %4, align 8
  %76 = getelementptr inbounds %struct.csr, ptr %75, i32 0, i32 2
  %77 = load ptr, ptr %76, align 8
  %78 = load i32, ptr %12, align 4
  %79 = sext i32 %78 to i64
  %80 = getelementptr inbounds i32, ptr %77, i64 %79
  %81 = load i32, ptr %80, align 4
  store i32 %81, ptr %13, align 4
  %82 = load ptr, ptr %6, align 8
  %83 = load i32, ptr %13, align 4
  %84 = sext i32 %83 to i64
  %85 = getelementptr inbounds i32, ptr %82, i64 %84
  %86 = load i32, ptr %85, align 4
  %87 = icmp slt i32 %86, 0
  br i1 %87, label %88, label %105

88:                                               ; preds = %74
  %89 = load ptr, ptr %6, align 8
  %90 = load i32, ptr %11, align 4
  %91 = sext i32 %90 to i64
  %92 = getelementptr inbounds i32, ptr %89, i64 %91
  %93 = load i32, ptr %92, align 4
  %94 = add nsw i32 %93, 1
  %95 = load ptr, ptr %6, align 8
  %96 = load i32, ptr %13, align 4
  %97 = sext i32 %96 to i64
  %98 = getelementptr inbounds i32, ptr %95, i64 %97
  store i32 %94, ptr %98, align 4
  %99 = load i32, ptr %13, align 4
  %100 = load ptr, ptr %7, align 8
  %101 = load i32, ptr %9, align 4
  %102 = add nsw i32 %101, 1
  store i32 %102, ptr %9, align 4
  %103 = sext i32 %101 to i64
  %104 = getelementptr inbounds i32, ptr %100, i64 %103
  store i32 %99, ptr %104, align 4
  br label %105

105:                                              ; preds = %88, %74
  br label %106

106:                                              ; preds = %105
  %107 = load i32, ptr %12, align 4
  %108 = add nsw i32 %107, 1
  store i32 %108, ptr %12, align 4
  br label %63, !llvm.loop !9

109:                                              ; preds = %63
  br label %45, !llvm.loop !10

110:                                              ; preds = %45
  %111 = load ptr, ptr %7, align 8
  call void @free(ptr noundef %111) #4
  ret void
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: nounwind
declare void @free(ptr noundef) #2

; Function Attrs: nounwind allocsize(0)
declare noalias ptr @malloc(i64 noundef) #3

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind allocsize(0) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind }
attributes #5 = { nounwind allocsize(0) }

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
