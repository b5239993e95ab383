; ModuleID = 'c/radix_sort.c'
source_filename = "c/radix_sort.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [42 x i8] c"radix_sort n=%zu min=%u max=%u sorted=%d\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i64, align 8
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i64, align 8
  %9 = alloca i32, align 4
  %10 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  store i64 5000, ptr %2, align 8
  %11 = call noalias ptr @malloc(i64 noundef 20000) #5
  store ptr %11, ptr %3, align 8
  %12 = call noalias ptr @malloc(i64 noundef 20000) #5
  store ptr %12, ptr %4, align 8
  %13 = load ptr, ptr %3, align 8
  %14 = icmp ne ptr %13, null
  br i1 %14, label %15, label %18

15:                                               ; preds = %0
  %16 = load ptr, ptr %4, align 8
  %17 = icmp ne ptr %16, null
  br i1 %17, label %19, label %18

18:                                               ; preds = %15, %0
  store i32 2, ptr %1, align 4
  br label %98

19:                                               ; preds = %15
  store i32 -1831433054, ptr %5, align 4
  store i32 0, ptr %6, align 4
  store i32 0, ptr %7, align 4
  store i64 0, ptr %8, align 8
  br label %20

20:                                               ; preds = %43, %19
  %21 = load i64, ptr %8, align 8
  %22 = icmp ult i64 %21, 5000
  br i1 %22, label %23, label %46

23:                                               ; preds = %20
  %24 = load i32, ptr %5, align 4
  %25 = shl i32 %24, 13
  %26 = load i32, ptr %5, align 4
  %27 = xor i32 %26, %25
  store i32 %27, ptr %5, align 4
  %28 = load i32, ptr %5, align 4
  %29 = lshr i32 %28, 17
  %30 = load i32, ptr %5, align 4
  %31 = xor i32 %30, %29
  store i32 %31, ptr %5, align 4
  %32 = load i32, ptr %5, align 4
  %33 = shl i32 %32, 5
  %34 = load i32, ptr %5, align 4
  %35 = xor i32 %34, %33
  store i32 %35, ptr %5, align 4
  %36 = load i32, ptr %5, align 4
  %37 = load ptr, ptr %3, align 8
  %38 = load i64, ptr %8, align 8
  %39 = getelementptr inbounds i32, ptr %37, i64 %38
  store i32 %36, ptr %39, align 4
  %40 = load i32, ptr %5, align 4
  %41 = load i32, ptr %6, align 4
  %42 = xor i32 %41, %40
  store i32 %42, ptr %6, align 4
  br label %43

43:                                               ; preds = %23
  %44 = load i64, ptr %8, align 8
  %45 = add i64 %44, 1
  store i64 %45, ptr %8, align 8
  br label %20, !llvm.loop !5

46:                                               ; preds = %20
  %47 = load ptr, ptr %3, align 8
  %48 = load ptr, ptr %4, align 8
  call void @radix_sort(ptr noundef %47, ptr noundef %48, i64 noundef 5000)
  store i32 1, ptr %9, align 4
  store i64 0, ptr %10, align 8
  br label %49

49:                                               ; preds = %74, %46
  %50 = load i64, ptr %10, align 8
  %51 = icmp ult i64 %50, 5000
  br i1 %51, label %52, label %77

52:                                               ; preds = %49
  %53 = load ptr, ptr %3, align 8
  %54 = load i64, ptr %10, align 8
  %55 = getelementptr inbounds i32, ptr %53, i64 %54
  %56 = load i32, ptr %55, align 4
  %57 = load i32, ptr %7, align 4
  %58 = xor i32 %57, %56
  store i32 %58, ptr %7, align 4
  %59 = load i64, ptr %10, align 8
  %60 = icmp ugt i64 %59, 0
  br i1 %60, label %61, label %73

61:                                               ; preds = %52
  %62 = load ptr, ptr %3, align 8
  %63 = load i64, ptr %10, align 8
  %64 = sub i64 %63, 1
  %65 = getelementptr inbounds i32, ptr %62, i64 %64
  %66 = load i32, ptr %65, align 4
  %67 = load ptr, ptr %3, align 8
  %68 = load i64, ptr %10, align 8
  %69 = getelementptr inbounds i32, ptr %67, i64 %68
  %70 = load i32, ptr %69, align 4
  %71 = icmp ugt i32 %66, %70
  br i1 %71, label %72, label %73

72:                                               ; preds = %61
  store i32 0, ptr %9, align 4
  br label %73

73:                                               ; preds = %72, %61, %52
  br label %74

74:                                               ; preds = %73
  %75 = load i64, ptr %10, align 8
  %76 = add i64 %75, 1
  store i64 %76, ptr %10, align 8
  br label %49, !llvm.loop !7

77:                                               ; preds = %49
  %78 = load ptr, ptr %3, align 8
  %79 = getelementptr inbounds i32, ptr %78, i64 0
  %80 = load i32, ptr %79, align 4
  %81 = load ptr, ptr %3, align 8
  %82 = getelementptr inbounds i32, ptr %81, i64 4999
  %83 = load i32, ptr %82, align 4
  %84 = load i32, ptr %9, align 4
  %85 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef 5000, i32 noundef %80, i32 noundef %83, i32 noundef %84)
  %86 = load ptr, ptr %3, align 8
  call void @free(ptr noundef %86) #6
  %87 = load ptr, ptr %4, align 8
  call void @free(ptr noundef %87) #6
  %88 = load i32, ptr %9, align 4
  %89 = icmp ne i32 %88, 0
  br i1 %89, label %90, label %94

90:                                               ; preds = %77
  %91 = load i32, ptr %6, align 4
  %92 = load i32, ptr %7, align 4
  %93 = icmp eq i32 %91, %92
  br label %94

94:                                               ; preds = %90, %77
  %95 = phi i1 [ false, %77 ], [ %93, %90 ]
  %96 = zext i1 %95 to i64
  %97 = select i1 %95, i32 0, i32 1
  store i32 %97, ptr %1, align 4
  br label %98

98:                                               ; preds = %94, %18
  %99 = load i32, ptr %1, align 4
  ret i32 %99
}

; Function Attrs: nounwind allocsize(0)
declare noalias ptr @malloc(i64 noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal void @radix_sort(ptr noundef %0, ptr noundef %1, i64 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  %8 = alloca [257 x i64], align 16
  %9 = alloca i64, align 8
  %10 = alloca i32, align 4
  %11 = alloca i64, align 8
  %12 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store i64 %2, ptr %6, align 8
  store i32 0, ptr %7, align 4
  br label %13

13:                                               ; preds = %85, %3
  %14 = load i32, ptr %7, align 4
  %15 = icmp slt i32 %14, 32
  br i1 %15, label %16, label %88

16:                                               ; preds = %13
  call void @llvm.memset.p0.i64(ptr align 16 %8, i8 0, i64 2056, i1 false)
  store i64 0, ptr %9, align 8
  br label %17

17:                                               ; preds = %34, %16
  %18 = load i64, ptr %9, align 8
  %19 = load i64, ptr %6, align 8
  %20 = icmp ult i64 %18, %19
  br i1 %20, label %21, label %37

21:                                               ; preds = %17
  %22 = load ptr, ptr %4, align 8
  %23 = load i64, ptr %9, align 8
  %24 = getelementptr inbounds i32, ptr %22, i64 %23
  %25 = load i32, ptr %24, align 4
  %26 = load i32, ptr %7, align 4
  %27 = lshr i32 %25, %26
  %28 = and i32 %27, 255
  %29 = add i32 %28, 1
  %30 = zext i32 %29 to i64
  %31 = getelementptr inbounds [257 x i64], ptr %8, i64 0, i64 %30
  %32 = load i64, ptr %31, align 8
  %33 = add i64 %32, 1
  store i64 %33, ptr %31, align 8
  br label %34

34:                                               ; preds = %21
  %35 = load i64, ptr %9, align 8
  %36 = add i64 %35, 1
  store i64 %36, ptr %9, align 8
  br label %17, !llvm.loop !8

37:                                               ; preds = %17
  store i32 0, ptr %10, align 4
  br label %38

38:                                               ; preds = %52, %37
  %39 = load i32, ptr %10, align 4
  %40 = icmp slt i32 %39, 256
  br i1 %40, label %41, label %55

41:                                               ; preds = %38
  %42 = load i32, ptr %10, align 4
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds [257 x i64], ptr %8, i64 0, i64 %43
  %45 = load i64, ptr %44, align 8
  %46 = load i32, ptr %10, align 4
  %47 = add nsw i32 %46, 1
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds [257 x i64], ptr %8, i64 0, i64 %48
  %50 = load i64, ptr %49, align 8
  %51 = add i64 %50, %45
  store i64 %51, ptr %49, align 8
  br label %52

52:                                               ; preds = %41
  %53 = load i32, ptr %10, align 4
  %54 = add nsw i32 %53, 1
  store i32 %54, ptr %10, align 4
  br label %38, !llvm.loop !9

55:                                               ; preds = %38
  store i64 0, ptr %11, align 8
  br label %56

56:                                               ; preds = %78, %55
  %57 = load i64, ptr %11, align 8
  %58 = load i64, ptr %6, align 8
  %59 = icmp ult i64 %57, %58
  br i1 %59, label %60, label %81

60:                                               ; preds = %56
  %61 = load ptr, ptr %4, align 8
  %62 = load i64, ptr %11, align 8
  %63 = getelementptr inbounds i32, ptr %61, i64 %62
  %64 = load i32, ptr %63, align 4
  %65 = load ptr, ptr %5, align 8
  %66 = load ptr, ptr %4, align 8
  %67 = load i64, ptr %11, align 8
  %68 = getelementptr inbounds i32, ptr %66, i64 %67
  %69 = load i32, ptr %68, align 4
  %70 = load i32, ptr %7, align 4
  %71 = lshr i32 %69, %70
  %72 = and i32 %71, 255
  %73 = zext i32 %72 to i64
  %74 = getelementptr inbounds [257 x i64], ptr %8, i64 0, i64 %73
  %75 = load i64, ptr %74, align 8
  %76 = add i64 %75, 1
  store i64 %76, ptr %74, align 8
  %77 = getelementptr inbounds i32, ptr %65, i64 %75
  store i32 %64, ptr %77, align 4
  br label %78

78:                                               ; preds = %60
  %79 = load i64, ptr %11, align 8
  %80 = add i64 %79, 1
  store i64 %80, ptr %11, align 8
  br label %56, !llvm.loop !10

81:                                               ; preds = %56
  %82 = load ptr, ptr %4, align 8
  store ptr %82, ptr %12, align 8
  %83 = load ptr, ptr %5, align 8
  store ptr %83, ptr %4, align 8
  %84 = load ptr, ptr %12, align 8
  store ptr %84, ptr %5, align 8
  br label %85

85:                                               ; preds = %81
  %86 = load i32, ptr %7, align 4
  %87 = add nsw i32 %86, 8
  store i32 %87, ptr %7, align 4
  br label %13, !llvm.loop !11

88:                                               ; preds = %13
  ret void
}

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: nounwind
declare void @free(ptr noundef) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #4

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind allocsize(0) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: write) }
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
!11 = distinct !{!11, !6}
