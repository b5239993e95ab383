; ModuleID = 'opencl/saxpy_vec4.cl'
source_filename = "opencl/saxpy_vec4.cl"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: convergent noinline norecurse nounwind optnone uwtable
define dso_local spir_kernel void @saxpy_vec4(float noundef %0, ptr noundef align 4 %1, ptr noundef align 4 %2, i32 noundef %3) #0 !kernel_arg_addr_space !6 !kernel_arg_access_qual !7 !kernel_arg_type !8 !kernel_arg_base_type !8 !kernel_arg_type_qual !9 {
  %5 = alloca float, align 4
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca <4 x float>, align 16
  %11 = alloca <4 x float>, align 16
  store float %0, ptr %5, align 4
  store ptr %1, ptr %6, align 8
  store ptr %2, ptr %7, align 8
  store i32 %3, ptr %8, align 4
  %12 = call i64 @_Z13get_global_idj(i32 noundef 0) #5
  %13 = trunc i64 %12 to i32
  store i32 %13, ptr %9, align 4
  %14 = load i32, ptr %9, align 4
  %15 = load i32, ptr %8, align 4
  %16 = icmp sge i32 %14, %15
  br i1 %16, label %17, label %18

17:                                               ; preds = %4
  br label %36

18:                                               ; preds = %4
  %19 = load i32, ptr %9, align 4
  %20 = sext i32 %19 to i64
  %21 = load ptr, ptr %6, align 8
  %22 = call <4 x float> @_Z6vload4mPU9CLgenericKf(i64 noundef %20, ptr noundef %21) #6
  store <4 x float> %22, ptr %10, align 16
  %23 = load i32, ptr %9, align 4
  %24 = sext i32 %23 to i64
  %25 = load ptr, ptr %7, align 8
  %26 = call <4 x float> @_Z6vload4mPU9CLgenericKf(i64 noundef %24, ptr noundef %25) #6
  store <4 x float> %26, ptr %11, align 16
  %27 = load float, ptr %5, align 4
  %28 = insertelement <4 x float> poison, float %27, i64 0
  %29 = shufflevector <4 x float> %28, <4 x float> poison, <4 x i32> zeroinitializer
  %30 = load <4 x float>, ptr %10, align 16
  %31 = load <4 x float>, ptr %11, align 16
  %32 = call <4 x float> @_Z3fmaDv4_fS_S_(<4 x float> noundef %29, <4 x float> noundef %30, <4 x float> noundef %31) #5
  %33 = load i32, ptr %9, align 4
  %34 = sext i32 %33 to i64
  %35 = load ptr, ptr %7, align 8
  call void @_Z7vstore4Dv4_fmPU9CLgenericf(<4 x float> noundef %32, i64 noundef %34, ptr noundef %35) #7
  br label %36

36:                                               ; preds = %18, %17
  ret void
}

; Function Attrs: convergent nounwind willreturn memory(none)
declare i64 @_Z13get_global_idj(i32 noundef) #1

; Function Attrs: convergent nounwind willreturn memory(read)
declare <4 x float> @_Z6vload4mPU9CLgenericKf(i64 noundef, ptr noundef) #2

; Function Attrs: convergent nounwind
declare void @_Z7vstore4Dv4_fmPU9CLgenericf(<4 x float> noundef, i64 noundef, ptr noundef) #3

; Function Attrs: convergent nounwind willreturn memory(none)
declare <4 x float> @_Z3fmaDv4_fS_S_(<4 x float> noundef, <4 x float> noundef, <4 x float> noundef) #1

; Function Attrs: convergent noinline norecurse nounwind optnone uwtable
define dso_local spir_kernel void @saxpy_tail(float noundef %0, ptr noundef align 4 %1, ptr noundef align 4 %2, i32 noundef %3, i32 noundef %4) #4 !kernel_arg_addr_space !10 !kernel_arg_access_qual !11 !kernel_arg_type !12 !kernel_arg_base_type !12 !kernel_arg_type_qual !13 {
  %6 = alloca float, align 4
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  store float %0, ptr %6, align 4
  store ptr %1, ptr %7, align 8
  store ptr %2, ptr %8, align 8
  store i32 %3, ptr %9, align 4
  store i32 %4, ptr %10, align 4
  %12 = load i32, ptr %9, align 4
  %13 = sext i32 %12 to i64
  %14 = call i64 @_Z13get_global_idj(i32 noundef 0) #5
  %15 = add i64 %13, %14
  %16 = trunc i64 %15 to i32
  store i32 %16, ptr %11, align 4
  %17 = load i32, ptr %11, align 4
  %18 = load i32, ptr %10, align 4
  %19 = icmp slt i32 %17, %18
  br i1 %19, label %20, label %37

20:                                               ; preds = %5
  %21 = load float, ptr %6, align 4
  %22 = load ptr, ptr %7, align 8
  %23 = load i32, ptr %11, align 4
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds float, ptr %22, i64 %24
  %26 = load float, ptr %25, align 4
  %27 = load ptr, ptr %8, align 8
  %28 = load i32, ptr %11, align 4
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds float, ptr %27, i64 %29
  %31 = load float, ptr %30, align 4
  %32 = call float @_Z3fmafff(float noundef %21, float noundef %26, float noundef %31) #5
  %33 = load ptr, ptr %8, align 8
  %34 = load i32, ptr %11, align 4
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds float, ptr %33, i64 %35
  store float %32, ptr %36, align 4
  br label %37

37:                                               ; preds = %20, %5
  ret void
}

; Function Attrs: convergent nounwind willreturn memory(none)
declare float @_Z3fmafff(float noundef, float noundef, float noundef) #1

attributes #0 = { convergent noinline norecurse nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="128" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" "uniform-work-group-size"="false" }
attributes #1 = { convergent nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { convergent nounwind willreturn memory(read) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { convergent nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { convergent noinline norecurse nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" "uniform-work-group-size"="false" }
attributes #5 = { convergent nounwind willreturn memory(none) }
attributes #6 = { convergent nounwind willreturn memory(read) }
attributes #7 = { convergent nounwind }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!opencl.ocl.version = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{i32 2, i32 0}
!6 = !{i32 0, i32 1, i32 1, i32 0}
!7 = !{!"none", !"none", !"none", !"none"}
!8 = !{!"float", !"float*", !"float*", !"int"}
!9 = !{!"", !"const", !"", !""}
!10 = !{i32 0, i32 1, i32 1, i32 0, i32 0}
!11 = !{!"none", !"none", !"none", !"none", !"none"}
!12 = !{!"float", !"float*", !"float*", !"int", !"int"}
!13 = !{!"", !"const", !"", !"", !""}
