; ModuleID = 'opencl/histogram_atomic.cl'
source_filename = "opencl/histogram_atomic.cl"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@histogram_atomic.local_bins = internal global [256 x i32] undef, align 16

; Function Attrs: convergent norecurse nounwind uwtable
define dso_local spir_kernel void @histogram_atomic(ptr nocapture noundef readonly align 1 %0, i32 noundef %1, ptr noundef align 4 %2) local_unnamed_addr #0 !kernel_arg_addr_space !5 !kernel_arg_access_qual !6 !kernel_arg_type !7 !kernel_arg_base_type !7 !kernel_arg_type_qual !8 {
  %4 = tail call i64 @_Z12get_local_idj(i32 noundef 0) #3
  %5 = trunc i64 %4 to i32
  %6 = tail call i64 @_Z14get_local_sizej(i32 noundef 0) #3
  %7 = icmp slt i32 %5, 256
  br i1 %7, label %8, label %13

8:                                                ; preds = %3
  %9 = shl i64 %4, 32
  %10 = ashr exact i64 %9, 32
  %11 = shl i64 %6, 32
  %12 = ashr exact i64 %11, 32
  br label %17

13:                                               ; preds = %17, %3
  tail call void @_Z7barrierj(i32 noundef 1) #4
  %14 = tail call i64 @_Z13get_global_idj(i32 noundef 0) #3
  %15 = trunc i64 %14 to i32
  %16 = icmp slt i32 %15, %1
  br i1 %16, label %28, label %22

17:                                               ; preds = %8, %17
  %18 = phi i64 [ %10, %8 ], [ %20, %17 ]
  %19 = getelementptr inbounds [256 x i32], ptr @histogram_atomic.local_bins, i64 0, i64 %18
  store i32 0, ptr %19, align 4, !tbaa !9
  %20 = add i64 %18, %12
  %21 = icmp slt i64 %20, 256
  br i1 %21, label %17, label %13

22:                                               ; preds = %28, %13
  tail call void @_Z7barrierj(i32 noundef 1) #4
  br i1 %7, label %23, label %41

23:                                               ; preds = %22
  %24 = shl i64 %4, 32
  %25 = ashr exact i64 %24, 32
  %26 = shl i64 %6, 32
  %27 = ashr exact i64 %26, 32
  br label %42

28:                                               ; preds = %13, %28
  %29 = phi i64 [ %38, %28 ], [ %14, %13 ]
  %30 = shl i64 %29, 32
  %31 = ashr exact i64 %30, 32
  %32 = getelementptr inbounds i8, ptr %0, i64 %31
  %33 = load i8, ptr %32, align 1, !tbaa !13
  %34 = zext i8 %33 to i64
  %35 = getelementptr inbounds [256 x i32], ptr @histogram_atomic.local_bins, i64 0, i64 %34
  %36 = tail call i32 @_Z10atomic_incPU7CLlocalVj(ptr noundef nonnull %35) #4
  %37 = tail call i64 @_Z15get_global_sizej(i32 noundef 0) #3
  %38 = add i64 %37, %31
  %39 = trunc i64 %38 to i32
  %40 = icmp slt i32 %39, %1
  br i1 %40, label %28, label %22

41:                                               ; preds = %50, %22
  ret void

42:                                               ; preds = %23, %50
  %43 = phi i64 [ %25, %23 ], [ %51, %50 ]
  %44 = getelementptr inbounds [256 x i32], ptr @histogram_atomic.local_bins, i64 0, i64 %43
  %45 = load i32, ptr %44, align 4, !tbaa !9
  %46 = icmp eq i32 %45, 0
  br i1 %46, label %50, label %47

47:                                               ; preds = %42
  %48 = getelementptr inbounds i32, ptr %2, i64 %43
  %49 = tail call i32 @_Z10atomic_addPU8CLglobalVjj(ptr noundef %48, i32 noundef %45) #4
  br label %50

50:                                               ; preds = %42, %47
  %51 = add i64 %43, %27
  %52 = icmp slt i64 %51, 256
  br i1 %52, label %42, label %41
}

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare i64 @_Z12get_local_idj(i32 noundef) local_unnamed_addr #1

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare i64 @_Z14get_local_sizej(i32 noundef) local_unnamed_addr #1

; Function Attrs: convergent nounwind
declare void @_Z7barrierj(i32 noundef) local_unnamed_addr #2

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare i64 @_Z13get_global_idj(i32 noundef) local_unnamed_addr #1

; Function Attrs: convergent nounwind
declare i32 @_Z10atomic_incPU7CLlocalVj(ptr noundef) local_unnamed_addr #2

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare i64 @_Z15get_global_sizej(i32 noundef) local_unnamed_addr #1

; Function Attrs: convergent nounwind
declare i32 @_Z10atomic_addPU8CLglobalVjj(ptr noundef, i32 noundef) local_unnamed_addr #2

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
!5 = !{i32 1, i32 0, i32 1}
!6 = !{!"none", !"none", !"none"}
!7 = !{!"uchar*", !"int", !"uint*"}
!8 = !{!"const", !"", !""}
!9 = !{!10, !10, i64 0}
!10 = !{!"int", !11, i64 0}
!11 = !{!"omnipotent char", !12, i64 0}
!12 = !{!"Simple C/C++ TBAA"}
!13 = !{!11, !11, i64 0}
