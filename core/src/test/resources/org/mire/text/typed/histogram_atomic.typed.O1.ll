; ModuleID = 'sample-ir/opencl/histogram_atomic.cl'
source_filename = "sample-ir/opencl/histogram_atomic.cl"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@histogram_atomic.local_bins = internal global [256 x i32] undef, align 16

; Function Attrs: convergent norecurse nounwind uwtable
define dso_local spir_kernel void @histogram_atomic(i8* nocapture noundef readonly align 1 %0, i32 noundef %1, i32* noundef align 4 %2) local_unnamed_addr #0 !kernel_arg_addr_space !5 !kernel_arg_access_qual !6 !kernel_arg_type !7 !kernel_arg_base_type !7 !kernel_arg_type_qual !8 {
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
  br i1 %16, label %29, label %22

17:                                               ; preds = %8, %17
  %18 = phi i64 [ %10, %8 ], [ %20, %17 ]
  %19 = getelementptr inbounds [256 x i32], [256 x i32]* @histogram_atomic.local_bins, i64 0, i64 %18
  store i32 0, i32* %19, align 4, !tbaa !9
  %20 = add i64 %18, %12
  %21 = icmp slt i64 %20, 256
  br i1 %21, label %17, label %13, !llvm.loop !13

22:                                               ; preds = %29, %13
  tail call void @_Z7barrierj(i32 noundef 1) #4
  %23 = icmp slt i32 %5, 256
  br i1 %23, label %24, label %42

24:                                               ; preds = %22
  %25 = shl i64 %4, 32
  %26 = ashr exact i64 %25, 32
  %27 = shl i64 %6, 32
  %28 = ashr exact i64 %27, 32
  br label %43

29:                                               ; preds = %13, %29
  %30 = phi i64 [ %39, %29 ], [ %14, %13 ]
  %31 = shl i64 %30, 32
  %32 = ashr exact i64 %31, 32
  %33 = getelementptr inbounds i8, i8* %0, i64 %32
  %34 = load i8, i8* %33, align 1, !tbaa !15
  %35 = zext i8 %34 to i64
  %36 = getelementptr inbounds [256 x i32], [256 x i32]* @histogram_atomic.local_bins, i64 0, i64 %35
  %37 = tail call i32 @_Z10atomic_incPU7CLlocalVj(i32* noundef nonnull %36) #4
  %38 = tail call i64 @_Z15get_global_sizej(i32 noundef 0) #3
  %39 = add i64 %38, %32
  %40 = trunc i64 %39 to i32
  %41 = icmp slt i32 %40, %1
  br i1 %41, label %29, label %22, !llvm.loop !16

42:                                               ; preds = %51, %22
  ret void

43:                                               ; preds = %24, %51
  %44 = phi i64 [ %26, %24 ], [ %52, %51 ]
  %45 = getelementptr inbounds [256 x i32], [256 x i32]* @histogram_atomic.local_bins, i64 0, i64 %44
  %46 = load i32, i32* %45, align 4, !tbaa !9
  %47 = icmp eq i32 %46, 0
  br i1 %47, label %51, label %48

48:                                               ; preds = %43
  %49 = getelementptr inbounds i32, i32* %2, i64 %44
  %50 = tail call i32 @_Z10atomic_addPU8CLglobalVjj(i32* noundef %49, i32 noundef %46) #4
  br label %51

51:                                               ; preds = %43, %48
  %52 = add i64 %44, %28
  %53 = icmp slt i64 %52, 256
  br i1 %53, label %43, label %42, !llvm.loop !17
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
declare i32 @_Z10atomic_incPU7CLlocalVj(i32* noundef) local_unnamed_addr #2

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare i64 @_Z15get_global_sizej(i32 noundef) local_unnamed_addr #1

; Function Attrs: convergent nounwind
declare i32 @_Z10atomic_addPU8CLglobalVjj(i32* noundef, i32 noundef) local_unnamed_addr #2

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
!13 = distinct !{!13, !14}
!14 = !{!"llvm.loop.unroll.disable"}
!15 = !{!11, !11, i64 0}
!16 = distinct !{!16, !14}
!17 = distinct !{!17, !14}
