; ModuleID = 'opencl/histogram_atomic.cl'
source_filename = "opencl/histogram_atomic.cl"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@histogram_atomic.local_bins = internal global [256 x i32] undef, align 16

; Function Attrs: convergent noinline norecurse nounwind optnone uwtable
define dso_local spir_kernel void @histogram_atomic(ptr noundef align 1 %0, i32 noundef %1, ptr noundef align 4 %2) #0 !kernel_arg_addr_space !6 !kernel_arg_access_qual !7 !kernel_arg_type !8 !kernel_arg_base_type !8 !kernel_arg_type_qual !9 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store i32 %1, ptr %5, align 4
  store ptr %2, ptr %6, align 8
  %12 = call i64 @_Z12get_local_idj(i32 noundef 0) #3
  %13 = trunc i64 %12 to i32
  store i32 %13, ptr %7, align 4
  %14 = call i64 @_Z14get_local_sizej(i32 noundef 0) #3
  %15 = trunc i64 %14 to i32
  store i32 %15, ptr %8, align 4
  %16 = load i32, ptr %7, align 4
  store i32 %16, ptr %9, align 4
  br label %17

17:                                               ; preds = %24, %3
  %18 = load i32, ptr %9, align 4
  %19 = icmp slt i32 %18, 256
  br i1 %19, label %20, label %28

20:                                               ; preds = %17
  %21 = load i32, ptr %9, align 4
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds [256 x i32], ptr @histogram_atomic.local_bins, i64 0, i64 %22
  store i32 0, ptr %23, align 4
  br label %24

24:                                               ; preds = %20
  %25 = load i32, ptr %8, align 4
  %26 = load i32, ptr %9, align 4
  %27 = add nsw i32 %26, %25
  store i32 %27, ptr %9, align 4
  br label %17

28:                                               ; preds = %17
  call void @_Z7barrierj(i32 noundef 1) #4
  %29 = call i64 @_Z13get_global_idj(i32 noundef 0) #3
  %30 = trunc i64 %29 to i32
  store i32 %30, ptr %10, align 4
  br label %31

31:                                               ; preds = %44, %28
  %32 = load i32, ptr %10, align 4
  %33 = load i32, ptr %5, align 4
  %34 = icmp slt i32 %32, %33
  br i1 %34, label %35, label %50

35:                                               ; preds = %31
  %36 = load ptr, ptr %4, align 8
  %37 = load i32, ptr %10, align 4
  %38 = sext i32 %37 to i64
  %39 = getelementptr inbounds i8, ptr %36, i64 %38
  %40 = load i8, ptr %39, align 1
  %41 = zext i8 %40 to i64
  %42 = getelementptr inbounds [256 x i32], ptr @histogram_atomic.local_bins, i64 0, i64 %41
  %43 = call i32 @_Z10atomic_incPU7CLlocalVj(ptr noundef %42) #4
  br label %44

44:                                               ; preds = %35
  %45 = call i64 @_Z15get_global_sizej(i32 noundef 0) #3
  %46 = load i32, ptr %10, align 4
  %47 = sext i32 %46 to i64
  %48 = add i64 %47, %45
  %49 = trunc i64 %48 to i32
  store i32 %49, ptr %10, align 4
  br label %31

50:                                               ; preds = %31
  call void @_Z7barrierj(i32 noundef 1) #4
  %51 = load i32, ptr %7, align 4
  store i32 %51, ptr %11, align 4
  br label %52

52:                                               ; preds = %72, %50
  %53 = load i32, ptr %11, align 4
  %54 = icmp slt i32 %53, 256
  br i1 %54, label %55, label %76

55:                                               ; preds = %52
  %56 = load i32, ptr %11, align 4
  %57 = sext i32 %56 to i64
  %58 = getelementptr inbounds [256 x i32], ptr @histogram_atomic.local_bins, i64 0, i64 %57
  %59 = load i32, ptr %58, align 4
  %60 = icmp ne i32 %59, 0
  br i1 %60, label %61, label %71

61:                                               ; preds = %55
  %62 = load ptr, ptr %6, align 8
  %63 = load i32, ptr %11, align 4
  %64 = sext i32 %63 to i64
  %65 = getelementptr inbounds i32, ptr %62, i64 %64
  %66 = load i32, ptr %11, align 4
  %67 = sext i32 %66 to i64
  %68 = getelementptr inbounds [256 x i32], ptr @histogram_atomic.local_bins, i64 0, i64 %67
  %69 = load i32, ptr %68, align 4
  %70 = call i32 @_Z10atomic_addPU8CLglobalVjj(ptr noundef %65, i32 noundef %69) #4
  br label %71

71:                                               ; preds = %61, %55
  br label %72

72:                                               ; preds = %71
  %73 = load i32, ptr %8, align 4
  %74 = load i32, ptr %11, align 4
  %75 = add nsw i32 %74, %73
  store i32 %75, ptr %11, align 4
  br label %52

76:                                               ; preds = %52
  ret void
}

; Function Attrs: convergent nounwind willreturn memory(none)
declare i64 @_Z12get_local_idj(i32 noundef) #1

; Function Attrs: convergent nounwind willreturn memory(none)
declare i64 @_Z14get_local_sizej(i32 noundef) #1

; Function Attrs: convergent nounwind
declare void @_Z7barrierj(i32 noundef) #2

; Function Attrs: convergent nounwind willreturn memory(none)
declare i64 @_Z13get_global_idj(i32 noundef) #1

; Function Attrs: convergent nounwind
declare i32 @_Z10atomic_incPU7CLlocalVj(ptr noundef) #2

; Function Attrs: convergent nounwind willreturn memory(none)
declare i64 @_Z15get_global_sizej(i32 noundef) #1

; Function Attrs: convergent nounwind
declare i32 @_Z10atomic_addPU8CLglobalVjj(ptr noundef, i32 noundef) #2

attributes #0 = { convergent noinline norecurse nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" "uniform-work-group-size"="false" }
attributes #1 = { convergent nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { convergent nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { convergent nounwind willreturn memory(none) }
attributes #4 = { convergent nounwind }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!opencl.ocl.version = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{i32 2, i32 0}
!6 = !{i32 1, i32 0, i32 1}
!7 = !{!"none", !"none", !"none"}
!8 = !{!"uchar*", !"int", !"uint*"}
!9 = !{!"const", !"", !""}
