; ModuleID = 'opencl/convolution_const.cl'
source_filename = "opencl/convolution_const.cl"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: convergent nofree norecurse nounwind memory(argmem: readwrite) uwtable
define dso_local spir_kernel void @convolution_const(ptr nocapture noundef readonly align 4 %0, ptr nocapture noundef readonly align 4 %1, i32 noundef %2, ptr nocapture noundef writeonly align 4 %3, i32 noundef %4, i32 noundef %5) local_unnamed_addr #0 !kernel_arg_addr_space !5 !kernel_arg_access_qual !6 !kernel_arg_type !7 !kernel_arg_base_type !7 !kernel_arg_type_qual !8 {
  %7 = tail call i64 @_Z13get_global_idj(i32 noundef 0) #3
  %8 = trunc i64 %7 to i32
  %9 = tail call i64 @_Z13get_global_idj(i32 noundef 1) #3
  %10 = trunc i64 %9 to i32
  %11 = icmp slt i32 %8, %4
  %12 = icmp slt i32 %10, %5
  %13 = select i1 %11, i1 %12, i1 false
  br i1 %13, label %14, label %61

14:                                               ; preds = %6
  %15 = shl nsw i32 %2, 1
  %16 = or i32 %15, 1
  %17 = icmp slt i32 %2, 0
  br i1 %17, label %24, label %18

18:                                               ; preds = %14
  %19 = sub nsw i32 0, %2
  %20 = add nsw i32 %5, -1
  %21 = add nsw i32 %4, -1
  %22 = zext i32 %19 to i64
  %23 = add nuw i32 %2, 1
  br label %30

24:                                               ; preds = %39, %14
  %25 = phi float [ 0.000000e+00, %14 ], [ %57, %39 ]
  %26 = mul nsw i32 %10, %4
  %27 = add nsw i32 %26, %8
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds float, ptr %3, i64 %28
  store float %25, ptr %29, align 4, !tbaa !9
  br label %61

30:                                               ; preds = %39, %18
  %31 = phi float [ 0.000000e+00, %18 ], [ %57, %39 ]
  %32 = phi i32 [ %19, %18 ], [ %40, %39 ]
  %33 = add nsw i32 %32, %10
  %34 = tail call i32 @_Z5clampiii(i32 noundef %33, i32 noundef 0, i32 noundef %20) #3
  %35 = add nsw i32 %32, %2
  %36 = mul nsw i32 %35, %16
  %37 = add i32 %36, %2
  %38 = mul nsw i32 %34, %4
  br label %42

39:                                               ; preds = %42
  %40 = add i32 %32, 1
  %41 = icmp eq i32 %32, %2
  br i1 %41, label %24, label %30

42:                                               ; preds = %30, %42
  %43 = phi i64 [ %22, %30 ], [ %58, %42 ]
  %44 = phi float [ %31, %30 ], [ %57, %42 ]
  %45 = add i64 %43, %7
  %46 = trunc i64 %45 to i32
  %47 = tail call i32 @_Z5clampiii(i32 noundef %46, i32 noundef 0, i32 noundef %21) #3
  %48 = trunc i64 %43 to i32
  %49 = add i32 %37, %48
  %50 = sext i32 %49 to i64
  %51 = getelementptr inbounds float, ptr %1, i64 %50
  %52 = load float, ptr %51, align 4, !tbaa !9
  %53 = add nsw i32 %47, %38
  %54 = sext i32 %53 to i64
  %55 = getelementptr inbounds float, ptr %0, i64 %54
  %56 = load float, ptr %55, align 4, !tbaa !9
  %57 = tail call float @llvm.fmuladd.f32(float %52, float %56, float %44)
  %58 = add i64 %43, 1
  %59 = trunc i64 %58 to i32
  %60 = icmp eq i32 %23, %59
  br i1 %60, label %39, label %42

61:                                               ; preds = %6, %24
  ret void
}

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare i64 @_Z13get_global_idj(i32 noundef) local_unnamed_addr #1

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare i32 @_Z5clampiii(i32 noundef, i32 noundef, i32 noundef) local_unnamed_addr #1

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
!5 = !{i32 1, i32 2, i32 0, i32 1, i32 0, i32 0}
!6 = !{!"none", !"none", !"none", !"none", !"none", !"none"}
!7 = !{!"float*", !"float*", !"int", !"float*", !"int", !"int"}
!8 = !{!"const", !"const", !"", !"", !"", !""}
!9 = !{!10, !10, i64 0}
!10 = !{!"float", !11, i64 0}
!11 = !{!"omnipotent char", !12, i64 0}
!12 = !{!"Simple C/C++ TBAA"}
