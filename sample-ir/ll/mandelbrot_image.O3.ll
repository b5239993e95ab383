; ModuleID = 'opencl/mandelbrot_image.cl'
source_filename = "opencl/mandelbrot_image.cl"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: convergent nofree norecurse nounwind memory(argmem: write) uwtable
define dso_local spir_kernel void @mandelbrot_image(ptr nocapture noundef writeonly align 1 %0, i32 noundef %1, i32 noundef %2, float noundef %3, float noundef %4, float noundef %5, i32 noundef %6) local_unnamed_addr #0 !kernel_arg_addr_space !5 !kernel_arg_access_qual !6 !kernel_arg_type !7 !kernel_arg_base_type !7 !kernel_arg_type_qual !8 {
  %8 = tail call i64 @_Z13get_global_idj(i32 noundef 0) #3
  %9 = trunc i64 %8 to i32
  %10 = tail call i64 @_Z13get_global_idj(i32 noundef 1) #3
  %11 = trunc i64 %10 to i32
  %12 = icmp slt i32 %9, %1
  %13 = icmp slt i32 %11, %2
  %14 = select i1 %12, i1 %13, i1 false
  br i1 %14, label %15, label %50

15:                                               ; preds = %7
  %16 = sitofp i32 %9 to float
  %17 = tail call float @llvm.fmuladd.f32(float %16, float %5, float %3)
  %18 = sitofp i32 %11 to float
  %19 = tail call float @llvm.fmuladd.f32(float %18, float %5, float %4)
  %20 = icmp sgt i32 %6, 0
  br i1 %20, label %21, label %36

21:                                               ; preds = %15, %28
  %22 = phi float [ %31, %28 ], [ 0.000000e+00, %15 ]
  %23 = phi i32 [ %34, %28 ], [ 0, %15 ]
  %24 = phi float [ %33, %28 ], [ 0.000000e+00, %15 ]
  %25 = fmul float %24, %24
  %26 = tail call float @llvm.fmuladd.f32(float %22, float %22, float %25)
  %27 = fcmp ugt float %26, 4.000000e+00
  br i1 %27, label %36, label %28

28:                                               ; preds = %21
  %29 = fneg float %25
  %30 = tail call float @llvm.fmuladd.f32(float %22, float %22, float %29)
  %31 = fadd float %17, %30
  %32 = fmul float %22, 2.000000e+00
  %33 = tail call float @llvm.fmuladd.f32(float %32, float %24, float %19)
  %34 = add nuw nsw i32 %23, 1
  %35 = icmp eq i32 %34, %6
  br i1 %35, label %44, label %21

36:                                               ; preds = %21, %15
  %37 = phi i32 [ 0, %15 ], [ %23, %21 ]
  %38 = icmp eq i32 %37, %6
  br i1 %38, label %44, label %39

39:                                               ; preds = %36
  %40 = mul nsw i32 %37, 255
  %41 = sdiv i32 %40, %6
  %42 = trunc i32 %41 to i8
  %43 = xor i8 %42, -1
  br label %44

44:                                               ; preds = %28, %36, %39
  %45 = phi i8 [ %43, %39 ], [ 0, %36 ], [ 0, %28 ]
  %46 = mul nsw i32 %11, %1
  %47 = add nsw i32 %46, %9
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds i8, ptr %0, i64 %48
  store i8 %45, ptr %49, align 1, !tbaa !9
  br label %50

50:                                               ; preds = %7, %44
  ret void
}

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare i64 @_Z13get_global_idj(i32 noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #2

attributes #0 = { convergent nofree norecurse nounwind memory(argmem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" "uniform-work-group-size"="false" }
attributes #1 = { convergent mustprogress nofree nounwind willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { convergent nounwind willreturn memory(none) }

!llvm.module.flags = !{!0, !1, !2, !3}
!opencl.ocl.version = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 2, i32 0}
!5 = !{i32 1, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0}
!6 = !{!"none", !"none", !"none", !"none", !"none", !"none", !"none"}
!7 = !{!"uchar*", !"int", !"int", !"float", !"float", !"float", !"int"}
!8 = !{!"", !"", !"", !"", !"", !"", !""}
!9 = !{!10, !10, i64 0}
!10 = !{!"omnipotent char", !11, i64 0}
!11 = !{!"Simple C/C++ TBAA"}
