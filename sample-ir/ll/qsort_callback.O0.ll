; ModuleID = 'c/qsort_callback.c'
source_filename = "c/qsort_callback.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.city = type { ptr, i32, double }

@.str = private unnamed_addr constant [5 x i8] c"Lyon\00", align 1
@.str.1 = private unnamed_addr constant [7 x i8] c"Berlin\00", align 1
@.str.2 = private unnamed_addr constant [5 x i8] c"Oslo\00", align 1
@.str.3 = private unnamed_addr constant [6 x i8] c"Porto\00", align 1
@.str.4 = private unnamed_addr constant [7 x i8] c"Vienna\00", align 1
@.str.5 = private unnamed_addr constant [7 x i8] c"Madrid\00", align 1
@.str.6 = private unnamed_addr constant [5 x i8] c"Bern\00", align 1
@.str.7 = private unnamed_addr constant [5 x i8] c"Riga\00", align 1
@__const.main.cities = private unnamed_addr constant [8 x %struct.city] [%struct.city { ptr @.str, i32 522, double 4.790000e+01 }, %struct.city { ptr @.str.1, i32 3645, double 8.917000e+02 }, %struct.city { ptr @.str.2, i32 709, double 4.540000e+02 }, %struct.city { ptr @.str.3, i32 232, double 4.140000e+01 }, %struct.city { ptr @.str.4, i32 1931, double 4.146000e+02 }, %struct.city { ptr @.str.5, i32 3305, double 6.043000e+02 }, %struct.city { ptr @.str.6, i32 134, double 5.160000e+01 }, %struct.city { ptr @.str.7, i32 605, double 3.040000e+02 }], align 16
@main.orders = internal constant [3 x ptr] [ptr @by_population_desc, ptr @by_density, ptr @by_name], align 16
@main.order_names = internal global [3 x ptr] [ptr @.str.8, ptr @.str.9, ptr @.str.10], align 16
@.str.8 = private unnamed_addr constant [11 x i8] c"population\00", align 1
@.str.9 = private unnamed_addr constant [8 x i8] c"density\00", align 1
@.str.10 = private unnamed_addr constant [5 x i8] c"name\00", align 1
@.str.11 = private unnamed_addr constant [42 x i8] c"qsort_callback by %-10s first=%s last=%s\0A\00", align 1
@__const.main.key = private unnamed_addr constant %struct.city { ptr @.str.2, i32 0, double 0.000000e+00 }, align 8
@.str.12 = private unnamed_addr constant [44 x i8] c"qsort_callback bsearch Oslo -> %d thousand\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [8 x %struct.city], align 16
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca %struct.city, align 8
  %7 = alloca ptr, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %2, ptr align 16 @__const.main.cities, i64 192, i1 false)
  store i64 8, ptr %3, align 8
  store i32 1, ptr %4, align 4
  store i32 0, ptr %5, align 4
  br label %8

8:                                                ; preds = %36, %0
  %9 = load i32, ptr %5, align 4
  %10 = icmp slt i32 %9, 3
  br i1 %10, label %11, label %39

11:                                               ; preds = %8
  %12 = getelementptr inbounds [8 x %struct.city], ptr %2, i64 0, i64 0
  %13 = load i32, ptr %5, align 4
  %14 = sext i32 %13 to i64
  %15 = getelementptr inbounds [3 x ptr], ptr @main.orders, i64 0, i64 %14
  %16 = load ptr, ptr %15, align 8
  call void @qsort(ptr noundef %12, i64 noundef 8, i64 noundef 24, ptr noundef %16)
  %17 = getelementptr inbounds [8 x %struct.city], ptr %2, i64 0, i64 0
  %18 = load i32, ptr %5, align 4
  %19 = sext i32 %18 to i64
  %20 = getelementptr inbounds [3 x ptr], ptr @main.orders, i64 0, i64 %19
  %21 = load ptr, ptr %20, align 8
  %22 = call i32 @is_sorted(ptr noundef %17, i64 noundef 8, ptr noundef %21)
  %23 = load i32, ptr %4, align 4
  %24 = and i32 %23, %22
  store i32 %24, ptr %4, align 4
  %25 = load i32, ptr %5, align 4
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds [3 x ptr], ptr @main.order_names, i64 0, i64 %26
  %28 = load ptr, ptr %27, align 8
  %29 = getelementptr inbounds [8 x %struct.city], ptr %2, i64 0, i64 0
  %30 = getelementptr inbounds %struct.city, ptr %29, i32 0, i32 0
  %31 = load ptr, ptr %30, align 16
  %32 = getelementptr inbounds [8 x %struct.city], ptr %2, i64 0, i64 7
  %33 = getelementptr inbounds %struct.city, ptr %32, i32 0, i32 0
  %34 = load ptr, ptr %33, align 8
  %35 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, ptr noundef %28, ptr noundef %31, ptr noundef %34)
  br label %36

36:                                               ; preds = %11
  %37 = load i32, ptr %5, align 4
  %38 = add nsw i32 %37, 1
  store i32 %38, ptr %5, align 4
  br label %8, !llvm.loop !5

39:                                               ; preds = %8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %6, ptr align 8 @__const.main.key, i64 24, i1 false)
  %40 = getelementptr inbounds [8 x %struct.city], ptr %2, i64 0, i64 0
  %41 = call ptr @bsearch(ptr noundef %6, ptr noundef %40, i64 noundef 8, i64 noundef 24, ptr noundef @by_name)
  store ptr %41, ptr %7, align 8
  %42 = load ptr, ptr %7, align 8
  %43 = icmp ne ptr %42, null
  br i1 %43, label %44, label %48

44:                                               ; preds = %39
  %45 = load ptr, ptr %7, align 8
  %46 = getelementptr inbounds %struct.city, ptr %45, i32 0, i32 1
  %47 = load i32, ptr %46, align 8
  br label %49

48:                                               ; preds = %39
  br label %49

49:                                               ; preds = %48, %44
  %50 = phi i32 [ %47, %44 ], [ -1, %48 ]
  %51 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, i32 noundef %50)
  %52 = load i32, ptr %4, align 4
  %53 = icmp ne i32 %52, 0
  br i1 %53, label %54, label %62

54:                                               ; preds = %49
  %55 = load ptr, ptr %7, align 8
  %56 = icmp ne ptr %55, null
  br i1 %56, label %57, label %62

57:                                               ; preds = %54
  %58 = load ptr, ptr %7, align 8
  %59 = getelementptr inbounds %struct.city, ptr %58, i32 0, i32 1
  %60 = load i32, ptr %59, align 8
  %61 = icmp eq i32 %60, 709
  br label %62

62:                                               ; preds = %57, %54, %49
  %63 = phi i1 [ false, %54 ], [ false, %49 ], [ %61, %57 ]
  %64 = zext i1 %63 to i64
  %65 = select i1 %63, i32 0, i32 1
  ret i32 %65
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @by_population_desc(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %7 = load ptr, ptr %3, align 8
  %8 = getelementptr inbounds %struct.city, ptr %7, i32 0, i32 1
  %9 = load i32, ptr %8, align 8
  store i32 %9, ptr %5, align 4
  %10 = load ptr, ptr %4, align 8
  %11 = getelementptr inbounds %struct.city, ptr %10, i32 0, i32 1
  %12 = load i32, ptr %11, align 8
  store i32 %12, ptr %6, align 4
  %13 = load i32, ptr %6, align 4
  %14 = load i32, ptr %5, align 4
  %15 = icmp sgt i32 %13, %14
  %16 = zext i1 %15 to i32
  %17 = load i32, ptr %6, align 4
  %18 = load i32, ptr %5, align 4
  %19 = icmp slt i32 %17, %18
  %20 = zext i1 %19 to i32
  %21 = sub nsw i32 %16, %20
  ret i32 %21
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @by_density(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca double, align 8
  %6 = alloca double, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %7 = load ptr, ptr %3, align 8
  %8 = call double @density(ptr noundef %7)
  store double %8, ptr %5, align 8
  %9 = load ptr, ptr %4, align 8
  %10 = call double @density(ptr noundef %9)
  store double %10, ptr %6, align 8
  %11 = load double, ptr %5, align 8
  %12 = load double, ptr %6, align 8
  %13 = fcmp ogt double %11, %12
  %14 = zext i1 %13 to i32
  %15 = load double, ptr %5, align 8
  %16 = load double, ptr %6, align 8
  %17 = fcmp olt double %15, %16
  %18 = zext i1 %17 to i32
  %19 = sub nsw i32 %14, %18
  ret i32 %19
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @by_name(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds %struct.city, ptr %5, i32 0, i32 0
  %7 = load ptr, ptr %6, align 8
  %8 = load ptr, ptr %4, align 8
  %9 = getelementptr inbounds %struct.city, ptr %8, i32 0, i32 0
  %10 = load ptr, ptr %9, align 8
  %11 = call i32 @strcmp(ptr noundef %7, ptr noundef %10) #4
  ret i32 %11
}

declare void @qsort(ptr noundef, i64 noundef, i64 noundef, ptr noundef) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @is_sorted(ptr noundef %0, i64 noundef %1, ptr noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i64, align 8
  store ptr %0, ptr %5, align 8
  store i64 %1, ptr %6, align 8
  store ptr %2, ptr %7, align 8
  store i64 1, ptr %8, align 8
  br label %9

9:                                                ; preds = %26, %3
  %10 = load i64, ptr %8, align 8
  %11 = load i64, ptr %6, align 8
  %12 = icmp ult i64 %10, %11
  br i1 %12, label %13, label %29

13:                                               ; preds = %9
  %14 = load ptr, ptr %7, align 8
  %15 = load ptr, ptr %5, align 8
  %16 = load i64, ptr %8, align 8
  %17 = sub i64 %16, 1
  %18 = getelementptr inbounds %struct.city, ptr %15, i64 %17
  %19 = load ptr, ptr %5, align 8
  %20 = load i64, ptr %8, align 8
  %21 = getelementptr inbounds %struct.city, ptr %19, i64 %20
  %22 = call i32 %14(ptr noundef %18, ptr noundef %21)
  %23 = icmp sgt i32 %22, 0
  br i1 %23, label %24, label %25

24:                                               ; preds = %13
  store i32 0, ptr %4, align 4
  br label %30

25:                                               ; preds = %13
  br label %26

26:                                               ; preds = %25
  %27 = load i64, ptr %8, align 8
  %28 = add i64 %27, 1
  store i64 %28, ptr %8, align 8
  br label %9, !llvm.loop !7

29:                                               ; preds = %9
  store i32 1, ptr %4, align 4
  br label %30

30:                                               ; preds = %29, %24
  %31 = load i32, ptr %4, align 4
  ret i32 %31
}

declare i32 @printf(ptr noundef, ...) #2

declare ptr @bsearch(ptr noundef, ptr noundef, i64 noundef, i64 noundef, ptr noundef) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal double @density(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds %struct.city, ptr %3, i32 0, i32 1
  %5 = load i32, ptr %4, align 8
  %6 = sitofp i32 %5 to double
  %7 = fmul double %6, 1.000000e+03
  %8 = load ptr, ptr %2, align 8
  %9 = getelementptr inbounds %struct.city, ptr %8, i32 0, i32 2
  %10 = load double, ptr %9, align 8
  %11 = fdiv double %7, %10
  ret double %11
}

; Function Attrs: nounwind willreturn memory(read)
declare i32 @strcmp(ptr noundef, ptr noundef) #3

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind willreturn memory(read) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
