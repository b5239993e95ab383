; ModuleID = 'opencl/black_scholes.cl'
source_filename = "opencl/black_scholes.cl"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: convergent noinline norecurse nounwind optnone uwtable
define dso_local spir_kernel void @black_scholes(ptr noundef align 4 %0, ptr noundef align 4 %1, ptr noundef align 4 %2, ptr noundef align 4 %3, ptr noundef align 4 %4, float noundef %5, float noundef %6, i32 noundef %7) #0 !kernel_arg_addr_space !6 !kernel_arg_access_qual !7 !kernel_arg_type !8 !kernel_arg_base_type !8 !kernel_arg_type_qual !9 {
  %9 = alloca ptr, align 8
  %10 = alloca ptr, align 8
  %11 = alloca ptr, align 8
  %12 = alloca ptr, align 8
  %13 = alloca ptr, align 8
  %14 = alloca float, align 4
  %15 = alloca float, align 4
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  %18 = alloca float, align 4
  %19 = alloca float, align 4
  %20 = alloca float, align 4
  %21 = alloca float, align 4
  %22 = alloca float, align 4
  %23 = alloca float, align 4
  %24 = alloca float, align 4
  store ptr %0, ptr %9, align 8
  store ptr %1, ptr %10, align 8
  store ptr %2, ptr %11, align 8
  store ptr %3, ptr %12, align 8
  store ptr %4, ptr %13, align 8
  store float %5, ptr %14, align 4
  store float %6, ptr %15, align 4
  store i32 %7, ptr %16, align 4
  %25 = call i64 @_Z13get_global_idj(i32 noundef 0) #4
  %26 = trunc i64 %25 to i32
  store i32 %26, ptr %17, align 4
  %27 = load i32, ptr %17, align 4
  %28 = load i32, ptr %16, align 4
  %29 = icmp sge i32 %27, %28
  br i1 %29, label %30, label %31

30:                                               ; preds = %8
  br label %106

31:                                               ; preds = %8
  %32 = load ptr, ptr %9, align 8
  %33 = load i32, ptr %17, align 4
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds float, ptr %32, i64 %34
  %36 = load float, ptr %35, align 4
  store float %36, ptr %18, align 4
  %37 = load ptr, ptr %10, align 8
  %38 = load i32, ptr %17, align 4
  %39 = sext i32 %38 to i64
  %40 = getelementptr inbounds float, ptr %37, i64 %39
  %41 = load float, ptr %40, align 4
  store float %41, ptr %19, align 4
  %42 = load ptr, ptr %11, align 8
  %43 = load i32, ptr %17, align 4
  %44 = sext i32 %43 to i64
  %45 = getelementptr inbounds float, ptr %42, i64 %44
  %46 = load float, ptr %45, align 4
  store float %46, ptr %20, align 4
  %47 = load float, ptr %20, align 4
  %48 = call float @_Z4sqrtf(float noundef %47) #4
  store float %48, ptr %21, align 4
  %49 = load float, ptr %18, align 4
  %50 = load float, ptr %19, align 4
  %51 = fdiv float %49, %50, !fpmath !10
  %52 = call float @_Z3logf(float noundef %51) #4
  %53 = load float, ptr %14, align 4
  %54 = load float, ptr %15, align 4
  %55 = fmul float 5.000000e-01, %54
  %56 = load float, ptr %15, align 4
  %57 = call float @llvm.fmuladd.f32(float %55, float %56, float %53)
  %58 = load float, ptr %20, align 4
  %59 = call float @llvm.fmuladd.f32(float %57, float %58, float %52)
  %60 = load float, ptr %15, align 4
  %61 = load float, ptr %21, align 4
  %62 = fmul float %60, %61
  %63 = fdiv float %59, %62, !fpmath !10
  store float %63, ptr %22, align 4
  %64 = load float, ptr %22, align 4
  %65 = load float, ptr %15, align 4
  %66 = load float, ptr %21, align 4
  %67 = fneg float %65
  %68 = call float @llvm.fmuladd.f32(float %67, float %66, float %64)
  store float %68, ptr %23, align 4
  %69 = load float, ptr %14, align 4
  %70 = fneg float %69
  %71 = load float, ptr %20, align 4
  %72 = fmul float %70, %71
  %73 = call float @_Z3expf(float noundef %72) #4
  store float %73, ptr %24, align 4
  %74 = load float, ptr %18, align 4
  %75 = load float, ptr %22, align 4
  %76 = call float @cnd(float noundef %75) #5
  %77 = load float, ptr %19, align 4
  %78 = load float, ptr %24, align 4
  %79 = fmul float %77, %78
  %80 = load float, ptr %23, align 4
  %81 = call float @cnd(float noundef %80) #5
  %82 = fmul float %79, %81
  %83 = fneg float %82
  %84 = call float @llvm.fmuladd.f32(float %74, float %76, float %83)
  %85 = load ptr, ptr %12, align 8
  %86 = load i32, ptr %17, align 4
  %87 = sext i32 %86 to i64
  %88 = getelementptr inbounds float, ptr %85, i64 %87
  store float %84, ptr %88, align 4
  %89 = load float, ptr %19, align 4
  %90 = load float, ptr %24, align 4
  %91 = fmul float %89, %90
  %92 = load float, ptr %23, align 4
  %93 = fneg float %92
  %94 = call float @cnd(float noundef %93) #5
  %95 = load float, ptr %18, align 4
  %96 = load float, ptr %22, align 4
  %97 = fneg float %96
  %98 = call float @cnd(float noundef %97) #5
  %99 = fmul float %95, %98
  %100 = fneg float %99
  %101 = call float @llvm.fmuladd.f32(float %91, float %94, float %100)
  %102 = load ptr, ptr %13, align 8
  %103 = load i32, ptr %17, align 4
  %104 = sext i32 %103 to i64
  %105 = getelementptr inbounds float, ptr %102, i64 %104
  store float %101, ptr %105, align 4
  br label %106

106:                                              ; preds = %31, %30
  ret void
}

; Function Attrs: convergent nounwind willreturn memory(none)
declare i64 @_Z13get_global_idj(i32 noundef) #1

; Function Attrs: convergent nounwind willreturn memory(none)
declare float @_Z4sqrtf(float noundef) #1

; Function Attrs: convergent nounwind willreturn memory(none)
declare float @_Z3logf(float noundef) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #2

; Function Attrs: convergent nounwind willreturn memory(none)
declare float @_Z3expf(float noundef) #1

; Function Attrs: convergent noinline norecurse nounwind optnone uwtable
define internal float @cnd(float noundef %0) #3 {
  %2 = alloca float, align 4
  %3 = alloca float, align 4
  %4 = alloca float, align 4
  %5 = alloca float, align 4
  %6 = alloca float, align 4
  %7 = alloca float, align 4
  %8 = alloca float, align 4
  %9 = alloca float, align 4
  %10 = alloca float, align 4
  store float %0, ptr %2, align 4
  store float 0x3FD470BF40000000, ptr %3, align 4
  store float 0xBFD6D1F0E0000000, ptr %4, align 4
  store float 0x3FFC80EF00000000, ptr %5, align 4
  store float 0xBFFD23DD40000000, ptr %6, align 4
  store float 0x3FF548CDE0000000, ptr %7, align 4
  %11 = load float, ptr %2, align 4
  %12 = call float @_Z4fabsf(float noundef %11) #4
  %13 = call float @llvm.fmuladd.f32(float 0x3FCDA67120000000, float %12, float 1.000000e+00)
  %14 = fdiv float 1.000000e+00, %13, !fpmath !10
  store float %14, ptr %8, align 4
  %15 = load float, ptr %8, align 4
  %16 = load float, ptr %8, align 4
  %17 = load float, ptr %8, align 4
  %18 = load float, ptr %8, align 4
  %19 = load float, ptr %8, align 4
  %20 = call float @llvm.fmuladd.f32(float %19, float 0x3FF548CDE0000000, float 0xBFFD23DD40000000)
  %21 = call float @llvm.fmuladd.f32(float %18, float %20, float 0x3FFC80EF00000000)
  %22 = call float @llvm.fmuladd.f32(float %17, float %21, float 0xBFD6D1F0E0000000)
  %23 = call float @llvm.fmuladd.f32(float %16, float %22, float 0x3FD470BF40000000)
  %24 = fmul float %15, %23
  store float %24, ptr %9, align 4
  %25 = load float, ptr %2, align 4
  %26 = fmul float -5.000000e-01, %25
  %27 = load float, ptr %2, align 4
  %28 = fmul float %26, %27
  %29 = call float @_Z3expf(float noundef %28) #4
  %30 = fmul float 0x3FD9884540000000, %29
  %31 = load float, ptr %9, align 4
  %32 = fmul float %30, %31
  store float %32, ptr %10, align 4
  %33 = load float, ptr %2, align 4
  %34 = fcmp ogt float %33, 0.000000e+00
  br i1 %34, label %35, label %38

35:                                               ; preds = %1
  %36 = load float, ptr %10, align 4
  %37 = fsub float 1.000000e+00, %36
  br label %40

38:                                               ; preds = %1
  %39 = load float, ptr %10, align 4
  br label %40

40:                                               ; preds = %38, %35
  %41 = phi float [ %37, %35 ], [ %39, %38 ]
  ret float %41
}

; Function Attrs: convergent nounwind willreturn memory(none)
declare float @_Z4fabsf(float noundef) #1

attributes #0 = { convergent noinline norecurse nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" "uniform-work-group-size"="false" }
attributes #1 = { convergent nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { convergent noinline norecurse nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { convergent nounwind willreturn memory(none) }
attributes #5 = { convergent nounwind }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!opencl.ocl.version = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{i32 2, i32 0}
!6 = !{i32 1, i32 1, i32 1, i32 1, i32 1, i32 0, i32 0, i32 0}
!7 = !{!"none", !"none", !"none", !"none", !"none", !"none", !"none", !"none"}
!8 = !{!"float*", !"float*", !"float*", !"float*", !"float*", !"float", !"float", !"int"}
!9 = !{!"const", !"const", !"const", !"", !"", !"", !"", !""}
!10 = !{float 2.500000e+00}
