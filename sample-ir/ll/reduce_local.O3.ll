; ModuleID = 'opencl/reduce_local.cl'
source_filename = "opencl/reduce_local.cl"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: convergent norecurse nounwind uwtable
define dso_local spir_kernel void @reduce_local(ptr nocapture noundef readonly align 4 %0, ptr nocapture noundef writeonly align 4 %1, ptr nocapture noundef align 4 %2, i32 noundef %3) local_unnamed_addr #0 !kernel_arg_addr_space !5 !kernel_arg_access_qual !6 !kernel_arg_type !7 !kernel_arg_base_type !7 !kernel_arg_type_qual !8 {
  %5 = tail call i64 @_Z12get_local_idj(i32 noundef 0) #3
  %6 = trunc i64 %5 to i32
  %7 = tail call i64 @_Z14get_local_sizej(i32 noundef 0) #3
  %8 = trunc i64 %7 to i32
  %9 = tail call i64 @_Z12get_group_idj(i32 noundef 0) #3
  %10 = shl i64 %7, 1
  %11 = mul i64 %10, %9
  %12 = shl i64 %5, 32
  %13 = ashr exact i64 %12, 32
  %14 = add i64 %11, %5
  %15 = trunc i64 %14 to i32
  %16 = icmp slt i32 %15, %3
  br i1 %16, label %17, label %22

17:                                               ; preds = %4
  %18 = shl i64 %14, 32
  %19 = ashr exact i64 %18, 32
  %20 = getelementptr inbounds float, ptr %0, i64 %19
  %21 = load float, ptr %20, align 4, !tbaa !9
  br label %22

22:                                               ; preds = %17, %4
  %23 = phi float [ %21, %17 ], [ 0.000000e+00, %4 ]
  %24 = add nsw i32 %15, %8
  %25 = icmp slt i32 %24, %3
  br i1 %25, label %26, label %31

26:                                               ; preds = %22
  %27 = sext i32 %24 to i64
  %28 = getelementptr inbounds float, ptr %0, i64 %27
  %29 = load float, ptr %28, align 4, !tbaa !9
  %30 = fadd float %23, %29
  br label %31

31:                                               ; preds = %26, %22
  %32 = phi float [ %30, %26 ], [ %23, %22 ]
  %33 = getelementptr inbounds float, ptr %2, i64 %13
  store float %32, ptr %33, align 4, !tbaa !9
  tail call void @_Z7barrierj(i32 noundef 1) #4
  %34 = icmp sgt i32 %8, 1
  br i1 %34, label %37, label %35

35:                                               ; preds = %48, %31
  %36 = icmp eq i32 %6, 0
  br i1 %36, label %50, label %53

37:                                               ; preds = %31, %48
  %38 = phi i32 [ %39, %48 ], [ %8, %31 ]
  %39 = lshr i32 %38, 1
  %40 = icmp sgt i32 %39, %6
  br i1 %40, label %41, label %48

41:                                               ; preds = %37
  %42 = add nsw i32 %39, %6
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds float, ptr %2, i64 %43
  %45 = load float, ptr %44, align 4, !tbaa !9
  %46 = load float, ptr %33, align 4, !tbaa !9
  %47 = fadd float %45, %46
  store float %47, ptr %33, align 4, !tbaa !9
  br label %48

48:                                               ; preds = %41, %37
  tail call void @_Z7barrierj(i32 noundef 1) #4
  %49 = icmp ult i32 %38, 4
  br i1 %49, label %35, label %37

50:                                               ; preds = %35
  %51 = load float, ptr %2, align 4, !tbaa !9
  %52 = getelementptr inbounds float, ptr %1, i64 %9
  store float %51, ptr %52, align 4, !tbaa !9
  br label %53

53:                                               ; preds = %50, %35
  ret void
}

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare i64 @_Z12get_local_idj(i32 noundef) local_unnamed_addr #1

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare i64 @_Z14get_local_sizej(i32 noundef) local_unnamed_addr #1

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare i64 @_Z12get_group_idj(i32 noundef) local_unnamed_addr #1

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
!5 = !{i32 1, i32 1, i32 3, i32 0}
!6 = !{!"none", !"none", !"none", !"none"}
!7 = !{!"float*", !"float*", !"float*", !"int"}
!8 = !{!"const", !"", !"", !""}
!9 = !{!10, !10, i64 0}
!10 = !{!"float", !11, i64 0}
!11 = !{!"omnipotent char", !12, i64 0}
!12 = !{!"Simple C/C++ TBAA"}
