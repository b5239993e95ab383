; ModuleID = 'opencl/transpose_local.cl'
source_filename = "opencl/transpose_local.cl"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@transpose_local.tile = internal unnamed_addr global [16 x [17 x float]] undef, align 16

; Function Attrs: convergent norecurse nounwind uwtable
define dso_local spir_kernel void @transpose_local(ptr nocapture noundef readonly align 4 %0, ptr nocapture noundef writeonly align 4 %1, i32 noundef %2, i32 noundef %3) local_unnamed_addr #0 !kernel_arg_addr_space !5 !kernel_arg_access_qual !6 !kernel_arg_type !7 !kernel_arg_base_type !7 !kernel_arg_type_qual !8 {
  %5 = tail call i64 @_Z12get_group_idj(i32 noundef 0) #3
  %6 = trunc i64 %5 to i32
  %7 = shl i32 %6, 4
  %8 = tail call i64 @_Z12get_group_idj(i32 noundef 1) #3
  %9 = trunc i64 %8 to i32
  %10 = shl i32 %9, 4
  %11 = tail call i64 @_Z12get_local_idj(i32 noundef 0) #3
  %12 = trunc i64 %11 to i32
  %13 = tail call i64 @_Z12get_local_idj(i32 noundef 1) #3
  %14 = trunc i64 %13 to i32
  %15 = add nsw i32 %7, %12
  %16 = add nsw i32 %10, %14
  %17 = icmp slt i32 %15, %3
  %18 = icmp slt i32 %16, %2
  %19 = select i1 %17, i1 %18, i1 false
  br i1 %19, label %20, label %31

20:                                               ; preds = %4
  %21 = mul nsw i32 %16, %3
  %22 = add nsw i32 %21, %15
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds float, ptr %0, i64 %23
  %25 = load float, ptr %24, align 4, !tbaa !9
  %26 = shl i64 %13, 32
  %27 = ashr exact i64 %26, 32
  %28 = shl i64 %11, 32
  %29 = ashr exact i64 %28, 32
  %30 = getelementptr inbounds [16 x [17 x float]], ptr @transpose_local.tile, i64 0, i64 %27, i64 %29
  store float %25, ptr %30, align 4, !tbaa !9
  br label %31

31:                                               ; preds = %20, %4
  tail call void @_Z7barrierj(i32 noundef 1) #4
  %32 = add nsw i32 %10, %12
  %33 = add nsw i32 %7, %14
  %34 = icmp slt i32 %32, %2
  %35 = icmp slt i32 %33, %3
  %36 = select i1 %34, i1 %35, i1 false
  br i1 %36, label %37, label %48

37:                                               ; preds = %31
  %38 = shl i64 %11, 32
  %39 = ashr exact i64 %38, 32
  %40 = shl i64 %13, 32
  %41 = ashr exact i64 %40, 32
  %42 = getelementptr inbounds [16 x [17 x float]], ptr @transpose_local.tile, i64 0, i64 %39, i64 %41
  %43 = load float, ptr %42, align 4, !tbaa !9
  %44 = mul nsw i32 %33, %2
  %45 = add nsw i32 %44, %32
  %46 = sext i32 %45 to i64
  %47 = getelementptr inbounds float, ptr %1, i64 %46
  store float %43, ptr %47, align 4, !tbaa !9
  br label %48

48:                                               ; preds = %37, %31
  ret void
}

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare i64 @_Z12get_group_idj(i32 noundef) local_unnamed_addr #1

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare i64 @_Z12get_local_idj(i32 noundef) local_unnamed_addr #1

; Function Attrs: convergent nounwind
declare void @_Z7barrierj(i32 noundef) local_unnamed_addr #2

attributes #0 = { convergent norecurse nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" "uniform-work-group-size"="false" }
attributes #1 = { convergent mustprogress nofree nounwind willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { convergent nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { convergent nounwind willreturn memory(none) }
attributes #4 = { convergent nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!opencl.ocl.version = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 2, i32 0}
!5 = !{i32 1, i32 1, i32 0, i32 0}
!6 = !{!"none", !"none", !"none", !"none"}
!7 = !{!"float*", !"float*", !"int", !"int"}
!8 = !{!"const", !"", !"", !""}
!9 = !{!10, !10, i64 0}
!10 = !{!"float", !11, i64 0}
!11 = !{!"omnipotent char", !12, i64 0}
!12 = !{!"Simple C/C++ TBAA"}
