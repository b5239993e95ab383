; ModuleID = 'opencl/transpose_local.cl'
source_filename = "opencl/transpose_local.cl"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@transpose_local.tile = internal global [16 x [17 x float]] undef, align 16

; Function Attrs: convergent noinline norecurse nounwind optnone uwtable
define dso_local spir_kernel void @transpose_local(ptr noundef align 4 %0, ptr noundef align 4 %1, i32 noundef %2, i32 noundef %3) #0 !kernel_arg_addr_space !6 !kernel_arg_access_qual !7 !kernel_arg_type !8 !kernel_arg_base_type !8 !kernel_arg_type_qual !9 {
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  store ptr %0, ptr %5, align 8
  store ptr %1, ptr %6, align 8
  store i32 %2, ptr %7, align 4
  store i32 %3, ptr %8, align 4
  %17 = call i64 @_Z12get_group_idj(i32 noundef 0) #3
  %18 = mul i64 %17, 16
  %19 = trunc i64 %18 to i32
  store i32 %19, ptr %9, align 4
  %20 = call i64 @_Z12get_group_idj(i32 noundef 1) #3
  %21 = mul i64 %20, 16
  %22 = trunc i64 %21 to i32
  store i32 %22, ptr %10, align 4
  %23 = call i64 @_Z12get_local_idj(i32 noundef 0) #3
  %24 = trunc i64 %23 to i32
  store i32 %24, ptr %11, align 4
  %25 = call i64 @_Z12get_local_idj(i32 noundef 1) #3
  %26 = trunc i64 %25 to i32
  store i32 %26, ptr %12, align 4
  %27 = load i32, ptr %9, align 4
  %28 = load i32, ptr %11, align 4
  %29 = add nsw i32 %27, %28
  store i32 %29, ptr %13, align 4
  %30 = load i32, ptr %10, align 4
  %31 = load i32, ptr %12, align 4
  %32 = add nsw i32 %30, %31
  store i32 %32, ptr %14, align 4
  %33 = load i32, ptr %13, align 4
  %34 = load i32, ptr %8, align 4
  %35 = icmp slt i32 %33, %34
  br i1 %35, label %36, label %56

36:                                               ; preds = %4
  %37 = load i32, ptr %14, align 4
  %38 = load i32, ptr %7, align 4
  %39 = icmp slt i32 %37, %38
  br i1 %39, label %40, label %56

40:                                               ; preds = %36
  %41 = load ptr, ptr %5, align 8
  %42 = load i32, ptr %14, align 4
  %43 = load i32, ptr %8, align 4
  %44 = mul nsw i32 %42, %43
  %45 = load i32, ptr %13, align 4
  %46 = add nsw i32 %44, %45
  %47 = sext i32 %46 to i64
  %48 = getelementptr inbounds float, ptr %41, i64 %47
  %49 = load float, ptr %48, align 4
  %50 = load i32, ptr %12, align 4
  %51 = sext i32 %50 to i64
  %52 = getelementptr inbounds [16 x [17 x float]], ptr @transpose_local.tile, i64 0, i64 %51
  %53 = load i32, ptr %11, align 4
  %54 = sext i32 %53 to i64
  %55 = getelementptr inbounds [17 x float], ptr %52, i64 0, i64 %54
  store float %49, ptr %55, align 4
  br label %56

56:                                               ; preds = %40, %36, %4
  call void @_Z7barrierj(i32 noundef 1) #4
  %57 = load i32, ptr %10, align 4
  %58 = load i32, ptr %11, align 4
  %59 = add nsw i32 %57, %58
  store i32 %59, ptr %15, align 4
  %60 = load i32, ptr %9, align 4
  %61 = load i32, ptr %12, align 4
  %62 = add nsw i32 %60, %61
  store i32 %62, ptr %16, align 4
  %63 = load i32, ptr %15, align 4
  %64 = load i32, ptr %7, align 4
  %65 = icmp slt i32 %63, %64
  br i1 %65, label %66, label %86

66:                                               ; preds = %56
  %67 = load i32, ptr %16, align 4
  %68 = load i32, ptr %8, align 4
  %69 = icmp slt i32 %67, %68
  br i1 %69, label %70, label %86

70:                                               ; preds = %66
  %71 = load i32, ptr %11, align 4
  %72 = sext i32 %71 to i64
  %73 = getelementptr inbounds [16 x [17 x float]], ptr @transpose_local.tile, i64 0, i64 %72
  %74 = load i32, ptr %12, align 4
  %75 = sext i32 %74 to i64
  %76 = getelementptr inbounds [17 x float], ptr %73, i64 0, i64 %75
  %77 = load float, ptr %76, align 4
  %78 = load ptr, ptr %6, align 8
  %79 = load i32, ptr %16, align 4
  %80 = load i32, ptr %7, align 4
  %81 = mul nsw i32 %79, %80
  %82 = load i32, ptr %15, align 4
  %83 = add nsw i32 %81, %82
  %84 = sext i32 %83 to i64
  %85 = getelementptr inbounds float, ptr %78, i64 %84
  store float %77, ptr %85, align 4
  br label %86

86:                                               ; preds = %70, %66, %56
  ret void
}

; Function Attrs: convergent nounwind willreturn memory(none)
declare i64 @_Z12get_group_idj(i32 noundef) #1

; Function Attrs: convergent nounwind willreturn memory(none)
declare i64 @_Z12get_local_idj(i32 noundef) #1

; Function Attrs: convergent nounwind
declare void @_Z7barrierj(i32 noundef) #2

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
!6 = !{i32 1, i32 1, i32 0, i32 0}
!7 = !{!"none", !"none", !"none", !"none"}
!8 = !{!"float*", !"float*", !"int", !"int"}
!9 = !{!"const", !"", !"", !""}
