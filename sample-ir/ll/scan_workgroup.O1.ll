; ModuleID = 'opencl/scan_workgroup.cl'
source_filename = "opencl/scan_workgroup.cl"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: convergent norecurse nounwind uwtable
define dso_local spir_kernel void @scan_workgroup(ptr nocapture noundef readonly align 4 %0, ptr nocapture noundef writeonly align 4 %1, ptr nocapture noundef writeonly align 4 %2, ptr nocapture noundef align 4 %3, i32 noundef %4) local_unnamed_addr #0 !kernel_arg_addr_space !5 !kernel_arg_access_qual !6 !kernel_arg_type !7 !kernel_arg_base_type !7 !kernel_arg_type_qual !8 {
  %6 = tail call i64 @_Z12get_local_idj(i32 noundef 0) #4
  %7 = trunc i64 %6 to i32
  %8 = tail call i64 @_Z14get_local_sizej(i32 noundef 0) #4
  %9 = trunc i64 %8 to i32
  %10 = shl i32 %9, 1
  %11 = tail call i64 @_Z12get_group_idj(i32 noundef 0) #4
  %12 = trunc i64 %11 to i32
  %13 = mul i32 %10, %12
  %14 = shl nsw i32 %7, 1
  %15 = add nsw i32 %13, %14
  %16 = icmp slt i32 %15, %4
  br i1 %16, label %17, label %21

17:                                               ; preds = %5
  %18 = sext i32 %15 to i64
  %19 = getelementptr inbounds i32, ptr %0, i64 %18
  %20 = load i32, ptr %19, align 4, !tbaa !9
  br label %21

21:                                               ; preds = %5, %17
  %22 = phi i32 [ %20, %17 ], [ 0, %5 ]
  %23 = sext i32 %14 to i64
  %24 = getelementptr inbounds i32, ptr %3, i64 %23
  store i32 %22, ptr %24, align 4, !tbaa !9
  %25 = or i32 %15, 1
  %26 = icmp slt i32 %25, %4
  br i1 %26, label %27, label %31

27:                                               ; preds = %21
  %28 = sext i32 %25 to i64
  %29 = getelementptr inbounds i32, ptr %0, i64 %28
  %30 = load i32, ptr %29, align 4, !tbaa !9
  br label %31

31:                                               ; preds = %21, %27
  %32 = phi i32 [ %30, %27 ], [ 0, %21 ]
  %33 = or i32 %14, 1
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds i32, ptr %3, i64 %34
  store i32 %32, ptr %35, align 4, !tbaa !9
  %36 = icmp sgt i32 %10, 0
  br i1 %36, label %37, label %40

37:                                               ; preds = %31
  %38 = ashr exact i32 %10, 1
  %39 = add nsw i32 %14, 2
  br label %43

40:                                               ; preds = %59, %31
  %41 = phi i32 [ 1, %31 ], [ %60, %59 ]
  %42 = icmp eq i32 %7, 0
  br i1 %42, label %63, label %69

43:                                               ; preds = %37, %59
  %44 = phi i32 [ 1, %37 ], [ %60, %59 ]
  %45 = phi i32 [ %38, %37 ], [ %61, %59 ]
  tail call void @_Z7barrierj(i32 noundef 1) #5
  %46 = icmp sgt i32 %45, %7
  br i1 %46, label %47, label %59

47:                                               ; preds = %43
  %48 = mul nsw i32 %44, %33
  %49 = add nsw i32 %48, -1
  %50 = mul nsw i32 %44, %39
  %51 = add nsw i32 %50, -1
  %52 = sext i32 %49 to i64
  %53 = getelementptr inbounds i32, ptr %3, i64 %52
  %54 = load i32, ptr %53, align 4, !tbaa !9
  %55 = sext i32 %51 to i64
  %56 = getelementptr inbounds i32, ptr %3, i64 %55
  %57 = load i32, ptr %56, align 4, !tbaa !9
  %58 = add nsw i32 %57, %54
  store i32 %58, ptr %56, align 4, !tbaa !9
  br label %59

59:                                               ; preds = %47, %43
  %60 = shl i32 %44, 1
  %61 = lshr i32 %45, 1
  %62 = icmp ult i32 %45, 2
  br i1 %62, label %40, label %43, !llvm.loop !13

63:                                               ; preds = %40
  %64 = add nsw i32 %10, -1
  %65 = sext i32 %64 to i64
  %66 = getelementptr inbounds i32, ptr %3, i64 %65
  %67 = load i32, ptr %66, align 4, !tbaa !9
  %68 = getelementptr inbounds i32, ptr %2, i64 %11
  store i32 %67, ptr %68, align 4, !tbaa !9
  store i32 0, ptr %66, align 4, !tbaa !9
  br label %69

69:                                               ; preds = %63, %40
  %70 = icmp sgt i32 %10, 1
  br i1 %70, label %71, label %73

71:                                               ; preds = %69
  %72 = add nsw i32 %14, 2
  br label %74

73:                                               ; preds = %92, %69
  tail call void @_Z7barrierj(i32 noundef 1) #5
  br i1 %16, label %95, label %99

74:                                               ; preds = %71, %92
  %75 = phi i32 [ %41, %71 ], [ %77, %92 ]
  %76 = phi i32 [ 1, %71 ], [ %93, %92 ]
  %77 = ashr i32 %75, 1
  tail call void @_Z7barrierj(i32 noundef 1) #5
  %78 = icmp sgt i32 %76, %7
  br i1 %78, label %79, label %92

79:                                               ; preds = %74
  %80 = mul nsw i32 %77, %33
  %81 = add nsw i32 %80, -1
  %82 = mul nsw i32 %77, %72
  %83 = add nsw i32 %82, -1
  %84 = sext i32 %81 to i64
  %85 = getelementptr inbounds i32, ptr %3, i64 %84
  %86 = load i32, ptr %85, align 4, !tbaa !9
  %87 = sext i32 %83 to i64
  %88 = getelementptr inbounds i32, ptr %3, i64 %87
  %89 = load i32, ptr %88, align 4, !tbaa !9
  store i32 %89, ptr %85, align 4, !tbaa !9
  %90 = load i32, ptr %88, align 4, !tbaa !9
  %91 = add nsw i32 %90, %86
  store i32 %91, ptr %88, align 4, !tbaa !9
  br label %92

92:                                               ; preds = %74, %79
  %93 = shl i32 %76, 1
  %94 = icmp slt i32 %93, %10
  br i1 %94, label %74, label %73, !llvm.loop !15

95:                                               ; preds = %73
  %96 = load i32, ptr %24, align 4, !tbaa !9
  %97 = sext i32 %15 to i64
  %98 = getelementptr inbounds i32, ptr %1, i64 %97
  store i32 %96, ptr %98, align 4, !tbaa !9
  br label %99

99:                                               ; preds = %95, %73
  br i1 %26, label %100, label %104

100:                                              ; preds = %99
  %101 = load i32, ptr %35, align 4, !tbaa !9
  %102 = sext i32 %25 to i64
  %103 = getelementptr inbounds i32, ptr %1, i64 %102
  store i32 %101, ptr %103, align 4, !tbaa !9
  br label %104

104:                                              ; preds = %100, %99
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

; Function Attrs: convergent mustprogress nofree norecurse nounwind willreturn memory(argmem: readwrite) uwtable
define dso_local spir_kernel void @scan_add_offsets(ptr nocapture noundef align 4 %0, ptr nocapture noundef readonly align 4 %1, i32 noundef %2) local_unnamed_addr #3 !kernel_arg_addr_space !16 !kernel_arg_access_qual !17 !kernel_arg_type !18 !kernel_arg_base_type !18 !kernel_arg_type_qual !19 {
  %4 = tail call i64 @_Z13get_global_idj(i32 noundef 0) #4
  %5 = trunc i64 %4 to i32
  %6 = tail call i64 @_Z14get_local_sizej(i32 noundef 0) #4
  %7 = icmp slt i32 %5, %2
  br i1 %7, label %8, label %20

8:                                                ; preds = %3
  %9 = trunc i64 %6 to i32
  %10 = shl nsw i32 %9, 1
  %11 = sdiv i32 %5, %10
  %12 = sext i32 %11 to i64
  %13 = getelementptr inbounds i32, ptr %1, i64 %12
  %14 = load i32, ptr %13, align 4, !tbaa !9
  %15 = shl i64 %4, 32
  %16 = ashr exact i64 %15, 32
  %17 = getelementptr inbounds i32, ptr %0, i64 %16
  %18 = load i32, ptr %17, align 4, !tbaa !9
  %19 = add nsw i32 %18, %14
  store i32 %19, ptr %17, align 4, !tbaa !9
  br label %20

20:                                               ; preds = %8, %3
  ret void
}

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare i64 @_Z13get_global_idj(i32 noundef) local_unnamed_addr #1

attributes #0 = { convergent norecurse nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" "uniform-work-group-size"="false" }
attributes #1 = { convergent mustprogress nofree nounwind willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { convergent nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { convergent mustprogress nofree norecurse nounwind willreturn memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" "uniform-work-group-size"="false" }
attributes #4 = { convergent nounwind willreturn memory(none) }
attributes #5 = { convergent nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!opencl.ocl.version = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 2, i32 0}
!5 = !{i32 1, i32 1, i32 1, i32 3, i32 0}
!6 = !{!"none", !"none", !"none", !"none", !"none"}
!7 = !{!"int*", !"int*", !"int*", !"int*", !"int"}
!8 = !{!"const", !"", !"", !"", !""}
!9 = !{!10, !10, i64 0}
!10 = !{!"int", !11, i64 0}
!11 = !{!"omnipotent char", !12, i64 0}
!12 = !{!"Simple C/C++ TBAA"}
!13 = distinct !{!13, !14}
!14 = !{!"llvm.loop.unroll.disable"}
!15 = distinct !{!15, !14}
!16 = !{i32 1, i32 1, i32 0}
!17 = !{!"none", !"none", !"none"}
!18 = !{!"int*", !"int*", !"int"}
!19 = !{!"", !"const", !""}
