; ModuleID = 'opencl/kmeans_assign.cl'
source_filename = "opencl/kmeans_assign.cl"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: convergent nofree norecurse nounwind memory(argmem: readwrite) uwtable
define dso_local spir_kernel void @kmeans_assign(ptr nocapture noundef readonly align 4 %0, ptr nocapture noundef readonly align 4 %1, ptr nocapture noundef writeonly align 4 %2, i32 noundef %3, i32 noundef %4, i32 noundef %5) local_unnamed_addr #0 !kernel_arg_addr_space !5 !kernel_arg_access_qual !6 !kernel_arg_type !7 !kernel_arg_base_type !7 !kernel_arg_type_qual !8 {
  %7 = tail call i64 @_Z13get_global_idj(i32 noundef 0) #3
  %8 = trunc i64 %7 to i32
  %9 = icmp slt i32 %8, %3
  br i1 %9, label %10, label %53

10:                                               ; preds = %6
  %11 = icmp sgt i32 %5, 0
  br i1 %11, label %12, label %26

12:                                               ; preds = %10
  %13 = icmp sgt i32 %4, 0
  %14 = sext i32 %3 to i64
  %15 = shl i64 %7, 32
  %16 = ashr exact i64 %15, 32
  %17 = sext i32 %4 to i64
  %18 = zext i32 %5 to i64
  %19 = zext i32 %4 to i64
  br label %20

20:                                               ; preds = %12, %31
  %21 = phi i64 [ 0, %12 ], [ %37, %31 ]
  %22 = phi float [ 0x47EFFFFFE0000000, %12 ], [ %36, %31 ]
  %23 = phi i32 [ 0, %12 ], [ %35, %31 ]
  br i1 %13, label %24, label %31

24:                                               ; preds = %20
  %25 = mul nsw i64 %21, %17
  br label %39

26:                                               ; preds = %31, %10
  %27 = phi i32 [ 0, %10 ], [ %35, %31 ]
  %28 = shl i64 %7, 32
  %29 = ashr exact i64 %28, 32
  %30 = getelementptr inbounds i32, ptr %2, i64 %29
  store i32 %27, ptr %30, align 4, !tbaa !9
  br label %53

31:                                               ; preds = %39, %20
  %32 = phi float [ 0.000000e+00, %20 ], [ %50, %39 ]
  %33 = fcmp olt float %32, %22
  %34 = trunc i64 %21 to i32
  %35 = select i1 %33, i32 %34, i32 %23
  %36 = select i1 %33, float %32, float %22
  %37 = add nuw nsw i64 %21, 1
  %38 = icmp eq i64 %37, %18
  br i1 %38, label %26, label %20, !llvm.loop !13

39:                                               ; preds = %24, %39
  %40 = phi i64 [ 0, %24 ], [ %51, %39 ]
  %41 = phi float [ 0.000000e+00, %24 ], [ %50, %39 ]
  %42 = mul nsw i64 %40, %14
  %43 = add nsw i64 %42, %16
  %44 = getelementptr inbounds float, ptr %0, i64 %43
  %45 = load float, ptr %44, align 4, !tbaa !15
  %46 = add nsw i64 %40, %25
  %47 = getelementptr inbounds float, ptr %1, i64 %46
  %48 = load float, ptr %47, align 4, !tbaa !15
  %49 = fsub float %45, %48
  %50 = tail call float @llvm.fmuladd.f32(float %49, float %49, float %41)
  %51 = add nuw nsw i64 %40, 1
  %52 = icmp eq i64 %51, %19
  br i1 %52, label %31, label %39, !llvm.loop !17

53:                                               ; preds = %6, %26
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
!5 = !{i32 1, i32 1, i32 1, i32 0, i32 0, i32 0}
!6 = !{!"none", !"none", !"none", !"none", !"none", !"none"}
!7 = !{!"float*", !"float*", !"int*", !"int", !"int", !"int"}
!8 = !{!"const", !"const", !"", !"", !"", !""}
!9 = !{!10, !10, i64 0}
!10 = !{!"int", !11, i64 0}
!11 = !{!"omnipotent char", !12, i64 0}
!12 = !{!"Simple C/C++ TBAA"}
!13 = distinct !{!13, !14}
!14 = !{!"llvm.loop.unroll.disable"}
!15 = !{!16, !16, i64 0}
!16 = !{!"float", !11, i64 0}
!17 = distinct !{!17, !14}
