; ModuleID = 'c/stack_vm.c'
source_filename = "c/stack_vm.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.instr = type { i32, i32 }
%struct.__va_list_tag = type { i32, i32, ptr, ptr }

@main.factorial = internal constant [21 x %struct.instr] [%struct.instr { i32 0, i32 10 }, %struct.instr { i32 2, i32 0 }, %struct.instr { i32 0, i32 1 }, %struct.instr { i32 2, i32 1 }, %struct.instr zeroinitializer, %struct.instr { i32 1, i32 0 }, %struct.instr { i32 3, i32 3 }, %struct.instr { i32 5, i32 18 }, %struct.instr { i32 1, i32 1 }, %struct.instr { i32 1, i32 0 }, %struct.instr { i32 3, i32 2 }, %struct.instr { i32 2, i32 1 }, %struct.instr { i32 1, i32 0 }, %struct.instr { i32 0, i32 1 }, %struct.instr { i32 3, i32 1 }, %struct.instr { i32 2, i32 0 }, %struct.instr { i32 4, i32 4 }, %struct.instr { i32 7, i32 0 }, %struct.instr { i32 1, i32 1 }, %struct.instr { i32 6, i32 0 }, %struct.instr { i32 7, i32 0 }], align 16
@main.sum = internal constant [19 x %struct.instr] [%struct.instr zeroinitializer, %struct.instr { i32 2, i32 3 }, %struct.instr { i32 0, i32 100 }, %struct.instr { i32 2, i32 2 }, %struct.instr zeroinitializer, %struct.instr { i32 1, i32 2 }, %struct.instr { i32 3, i32 3 }, %struct.instr { i32 5, i32 17 }, %struct.instr { i32 1, i32 3 }, %struct.instr { i32 1, i32 2 }, %struct.instr { i32 3, i32 0 }, %struct.instr { i32 2, i32 3 }, %struct.instr { i32 1, i32 2 }, %struct.instr { i32 0, i32 1 }, %struct.instr { i32 3, i32 1 }, %struct.instr { i32 2, i32 2 }, %struct.instr { i32 4, i32 4 }, %struct.instr { i32 1, i32 3 }, %struct.instr { i32 7, i32 0 }], align 16
@trace_enabled = internal global i32 0, align 4
@.str = private unnamed_addr constant [48 x i8] c"stack_vm 10!=%ld (%d steps) sum=%ld (%d steps)\0A\00", align 1
@vars = internal global [8 x i64] zeroinitializer, align 16
@builtins = internal global [4 x ptr] [ptr @add, ptr @sub, ptr @mul, ptr @less], align 16
@.str.1 = private unnamed_addr constant [22 x i8] c"  %s(%ld, %ld) = %ld\0A\00", align 1
@builtin_names = internal global [4 x ptr] [ptr @.str.4, ptr @.str.5, ptr @.str.6, ptr @.str.7], align 16
@.str.2 = private unnamed_addr constant [20 x i8] c"stack_vm print %ld\0A\00", align 1
@.str.3 = private unnamed_addr constant [30 x i8] c"stack_vm bad opcode %d at %d\0A\00", align 1
@.str.4 = private unnamed_addr constant [4 x i8] c"add\00", align 1
@.str.5 = private unnamed_addr constant [4 x i8] c"sub\00", align 1
@.str.6 = private unnamed_addr constant [4 x i8] c"mul\00", align 1
@.str.7 = private unnamed_addr constant [5 x i8] c"less\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  store i32 1, ptr @trace_enabled, align 4
  %6 = call i64 @run(ptr noundef @main.factorial, ptr noundef %2)
  store i64 %6, ptr %4, align 8
  store i32 0, ptr @trace_enabled, align 4
  %7 = call i64 @run(ptr noundef @main.sum, ptr noundef %3)
  store i64 %7, ptr %5, align 8
  %8 = load i64, ptr %4, align 8
  %9 = load i32, ptr %2, align 4
  %10 = load i64, ptr %5, align 8
  %11 = load i32, ptr %3, align 4
  %12 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %8, i32 noundef %9, i64 noundef %10, i32 noundef %11)
  %13 = load i64, ptr %4, align 8
  %14 = icmp eq i64 %13, 3628800
  br i1 %14, label %15, label %18

15:                                               ; preds = %0
  %16 = load i64, ptr %5, align 8
  %17 = icmp eq i64 %16, 5050
  br label %18

18:                                               ; preds = %15, %0
  %19 = phi i1 [ false, %0 ], [ %17, %15 ]
  %20 = zext i1 %19 to i64
  %21 = select i1 %19, i32 0, i32 1
  ret i32 %21
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @run(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca [64 x i64], align 16
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca %struct.instr, align 4
  %10 = alloca i64, align 8
  %11 = alloca i64, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store i32 0, ptr %7, align 4
  store i32 0, ptr %8, align 4
  %12 = load ptr, ptr %5, align 8
  store i32 0, ptr %12, align 4
  br label %13

13:                                               ; preds = %126, %2
  %14 = load ptr, ptr %4, align 8
  %15 = load i32, ptr %8, align 4
  %16 = add nsw i32 %15, 1
  store i32 %16, ptr %8, align 4
  %17 = sext i32 %15 to i64
  %18 = getelementptr inbounds %struct.instr, ptr %14, i64 %17
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %9, ptr align 4 %18, i64 8, i1 false)
  %19 = load ptr, ptr %5, align 8
  %20 = load i32, ptr %19, align 4
  %21 = add nsw i32 %20, 1
  store i32 %21, ptr %19, align 4
  %22 = getelementptr inbounds %struct.instr, ptr %9, i32 0, i32 0
  %23 = load i32, ptr %22, align 4
  switch i32 %23, label %120 [
    i32 0, label %24
    i32 1, label %32
    i32 2, label %42
    i32 3, label %52
    i32 4, label %87
    i32 5, label %90
    i32 6, label %101
    i32 7, label %108
  ]

24:                                               ; preds = %13
  %25 = getelementptr inbounds %struct.instr, ptr %9, i32 0, i32 1
  %26 = load i32, ptr %25, align 4
  %27 = sext i32 %26 to i64
  %28 = load i32, ptr %7, align 4
  %29 = add nsw i32 %28, 1
  store i32 %29, ptr %7, align 4
  %30 = sext i32 %28 to i64
  %31 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %30
  store i64 %27, ptr %31, align 8
  br label %126

32:                                               ; preds = %13
  %33 = getelementptr inbounds %struct.instr, ptr %9, i32 0, i32 1
  %34 = load i32, ptr %33, align 4
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds [8 x i64], ptr @vars, i64 0, i64 %35
  %37 = load i64, ptr %36, align 8
  %38 = load i32, ptr %7, align 4
  %39 = add nsw i32 %38, 1
  store i32 %39, ptr %7, align 4
  %40 = sext i32 %38 to i64
  %41 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %40
  store i64 %37, ptr %41, align 8
  br label %126

42:                                               ; preds = %13
  %43 = load i32, ptr %7, align 4
  %44 = add nsw i32 %43, -1
  store i32 %44, ptr %7, align 4
  %45 = sext i32 %44 to i64
  %46 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %45
  %47 = load i64, ptr %46, align 8
  %48 = getelementptr inbounds %struct.instr, ptr %9, i32 0, i32 1
  %49 = load i32, ptr %48, align 4
  %50 = sext i32 %49 to i64
  %51 = getelementptr inbounds [8 x i64], ptr @vars, i64 0, i64 %50
  store i64 %47, ptr %51, align 8
  br label %126

52:                                               ; preds = %13
  %53 = load i32, ptr %7, align 4
  %54 = add nsw i32 %53, -1
  store i32 %54, ptr %7, align 4
  %55 = sext i32 %54 to i64
  %56 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %55
  %57 = load i64, ptr %56, align 8
  store i64 %57, ptr %10, align 8
  %58 = load i32, ptr %7, align 4
  %59 = add nsw i32 %58, -1
  store i32 %59, ptr %7, align 4
  %60 = sext i32 %59 to i64
  %61 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %60
  %62 = load i64, ptr %61, align 8
  store i64 %62, ptr %11, align 8
  %63 = getelementptr inbounds %struct.instr, ptr %9, i32 0, i32 1
  %64 = load i32, ptr %63, align 4
  %65 = sext i32 %64 to i64
  %66 = getelementptr inbounds [4 x ptr], ptr @builtins, i64 0, i64 %65
  %67 = load ptr, ptr %66, align 8
  %68 = load i64, ptr %11, align 8
  %69 = load i64, ptr %10, align 8
  %70 = call i64 %67(i64 noundef %68, i64 noundef %69)
  %71 = load i32, ptr %7, align 4
  %72 = add nsw i32 %71, 1
  store i32 %72, ptr %7, align 4
  %73 = sext i32 %71 to i64
  %74 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %73
  store i64 %70, ptr %74, align 8
  %75 = getelementptr inbounds %struct.instr, ptr %9, i32 0, i32 1
  %76 = load i32, ptr %75, align 4
  %77 = sext i32 %76 to i64
  %78 = getelementptr inbounds [4 x ptr], ptr @builtin_names, i64 0, i64 %77
  %79 = load ptr, ptr %78, align 8
  %80 = load i64, ptr %11, align 8
  %81 = load i64, ptr %10, align 8
  %82 = load i32, ptr %7, align 4
  %83 = sub nsw i32 %82, 1
  %84 = sext i32 %83 to i64
  %85 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %84
  %86 = load i64, ptr %85, align 8
  call void (ptr, ...) @trace(ptr noundef @.str.1, ptr noundef %79, i64 noundef %80, i64 noundef %81, i64 noundef %86)
  br label %126

87:                                               ; preds = %13
  %88 = getelementptr inbounds %struct.instr, ptr %9, i32 0, i32 1
  %89 = load i32, ptr %88, align 4
  store i32 %89, ptr %8, align 4
  br label %126

90:                                               ; preds = %13
  %91 = load i32, ptr %7, align 4
  %92 = add nsw i32 %91, -1
  store i32 %92, ptr %7, align 4
  %93 = sext i32 %92 to i64
  %94 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %93
  %95 = load i64, ptr %94, align 8
  %96 = icmp eq i64 %95, 0
  br i1 %96, label %97, label %100

97:                                               ; preds = %90
  %98 = getelementptr inbounds %struct.instr, ptr %9, i32 0, i32 1
  %99 = load i32, ptr %98, align 4
  store i32 %99, ptr %8, align 4
  br label %100

100:                                              ; preds = %97, %90
  br label %126

101:                                              ; preds = %13
  %102 = load i32, ptr %7, align 4
  %103 = sub nsw i32 %102, 1
  %104 = sext i32 %103 to i64
  %105 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %104
  %106 = load i64, ptr %105, align 8
  %107 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i64 noundef %106)
  br label %126

108:                                              ; preds = %13
  %109 = load i32, ptr %7, align 4
  %110 = icmp sgt i32 %109, 0
  br i1 %110, label %111, label %117

111:                                              ; preds = %108
  %112 = load i32, ptr %7, align 4
  %113 = sub nsw i32 %112, 1
  %114 = sext i32 %113 to i64
  %115 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %114
  %116 = load i64, ptr %115, align 8
  br label %118

117:                                              ; preds = %108
  br label %118

118:                                              ; preds = %117, %111
  %119 = phi i64 [ %116, %111 ], [ 0, %117 ]
  store i64 %119, ptr %3, align 8
  br label %127

120:                                              ; preds = %13
  %121 = getelementptr inbounds %struct.instr, ptr %9, i32 0, i32 0
  %122 = load i32, ptr %121, align 4
  %123 = load i32, ptr %8, align 4
  %124 = sub nsw i32 %123, 1
  %125 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %122, i32 noundef %124)
  store i64 -1, ptr %3, align 8
  br label %127

126:                                              ; preds = %101, %100, %87, %52, %42, %32, %24
  br label %13

127:                                              ; preds = %120, %118
  %128 = load i64, ptr %3, align 8
  ret i64 %128
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal void @trace(ptr noundef %0, ...) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca [1 x %struct.__va_list_tag], align 16
  store ptr %0, ptr %2, align 8
  %4 = load i32, ptr @trace_enabled, align 4
  %5 = icmp ne i32 %4, 0
  br i1 %5, label %7, label %6

6:                                                ; preds = %1
  br label %13

7:                                                ; preds = %1
  %8 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0
  call void @llvm.va_start(ptr %8)
  %9 = load ptr, ptr %2, align 8
  %10 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0
  %11 = call i32 @vprintf(ptr noundef %9, ptr noundef %10)
  %12 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %3, i64 0, i64 0
  call void @llvm.va_end(ptr %12)
  br label %13

13:                                               ; preds = %7, %6
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @add(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %3, align 8
  %6 = load i64, ptr %4, align 8
  %7 = add nsw i64 %5, %6
  ret i64 %7
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @sub(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %3, align 8
  %6 = load i64, ptr %4, align 8
  %7 = sub nsw i64 %5, %6
  ret i64 %7
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @mul(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %3, align 8
  %6 = load i64, ptr %4, align 8
  %7 = mul nsw i64 %5, %6
  ret i64 %7
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @less(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %3, align 8
  %6 = load i64, ptr %4, align 8
  %7 = icmp slt i64 %5, %6
  %8 = zext i1 %7 to i32
  %9 = sext i32 %8 to i64
  ret i64 %9
}

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.va_start(ptr) #3

declare i32 @vprintf(ptr noundef, ptr noundef) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.va_end(ptr) #3

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nocallback nofree nosync nounwind willreturn }

!llvm.module.flags = !{!0, !1, !2, !3, !4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 2}
