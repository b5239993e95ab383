; ModuleID = 'opencl/spmv_csr_rows.cl'
source_filename = "opencl/spmv_csr_rows.cl"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: convergent nofree norecurse nounwind memory(argmem: readwrite) uwtable
define dso_local spir_kernel void @spmv_csr_rows(i32 noundef %0, ptr nocapture noundef readonly align 4 %1, ptr nocapture noundef readonly align 4 %2, ptr nocapture noundef readonly align 4 %3, ptr nocapture noundef readonly align 4 %4, ptr nocapture noundef writeonly align 4 %5) local_unnamed_addr #0 !kernel_arg_addr_space !5 !kernel_arg_access_qual !6 !kernel_arg_type !7 !kernel_arg_base_type !7 !kernel_arg_type_qual !8 {
  %7 = tail call i64 @_Z13get_global_idj(i32 noundef 0) #3
  %8 = trunc i64 %7 to i32
  %9 = icmp slt i32 %8, %0
  br i1 %9, label %10, label %39

10:                                               ; preds = %6
  %11 = shl i64 %7, 32
  %12 = ashr exact i64 %11, 32
  %13 = getelementptr inbounds i32, ptr %1, i64 %12
  %14 = load i32, ptr %13, align 4, !tbaa !9
  %15 = add i64 %11, 4294967296
  %16 = ashr exact i64 %15, 32
  %17 = getelementptr inbounds i32, ptr %1, i64 %16
  %18 = load i32, ptr %17, align 4, !tbaa !9
  %19 = icmp slt i32 %14, %18
  br i1 %19, label %20, label %23

20:                                               ; preds = %10
  %21 = sext i32 %14 to i64
  %22 = sext i32 %18 to i64
  br label %26

23:                                               ; preds = %26, %10
  %24 = phi float [ 0.000000e+00, %10 ], [ %36, %26 ]
  %25 = getelementptr inbounds float, ptr %5, i64 %12
  store float %24, ptr %25, align 4, !tbaa !13
  br label %39

26:                                               ; preds = %20, %26
  %27 = phi i64 [ %21, %20 ], [ %37, %26 ]
  %28 = phi float [ 0.000000e+00, %20 ], [ %36, %26 ]
  %29 = getelementptr inbounds float, ptr %3, i64 %27
  %30 = load float, ptr %29, align 4, !tbaa !13
  %31 = getelementptr inbounds i32, ptr %2, i64 %27
  %32 = load i32, ptr %31, align 4, !tbaa !9
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds float, ptr %4, i64 %33
  %35 = load float, ptr %34, align 4, !tbaa !13
  %36 = tail call float @llvm.fmuladd.f32(float %30, float %35, float %28)
  %37 = add nsw i64 %27, 1
  %38 = icmp eq i64 %37, %22
  br i1 %38, label %23, label %26, !llvm.loop !15

39:                                               ; preds = %6, %23
  ret void
}

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare i64 @_Z13get_global_idj(i32 noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #2

attributes #0 = { convergent nofree norecurse nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" "uniform-work-group-size"="false" }
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
!5 = !{i32 0, i32 1, i32 1, i32 1, i32 1, i32 1}
!6 = !{!"none", !"none", !"none", !"none", !"none", !"none"}
!7 = !{!"int", !"int*", !"int*", !"float*", !"float*", !"float*"}
!8 = !{!"", !"const", !"const", !"const", !"const", !""}
!9 = !{!10, !10, i64 0}
!10 = !{!"int", !11, i64 0}
!11 = !{!"omnipotent char", !12, i64 0}
!12 = !{!"Simple C/C++ TBAA"}
!13 = !{!14, !14, i64 0}
!14 = !{!"float", !11, i64 0}
!15 = distinct !{!15, !16}
!16 = !{!"llvm.loop.unroll.disable"}
