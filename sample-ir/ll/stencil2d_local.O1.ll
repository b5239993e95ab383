; ModuleID = 'opencl/stencil2d_local.cl'
source_filename = "opencl/stencil2d_local.cl"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@stencil2d_local.tile = internal unnamed_addr global [18 x [18 x float]] undef, align 16

; Function Attrs: convergent norecurse nounwind uwtable
define dso_local spir_kernel void @stencil2d_local(ptr nocapture noundef readonly align 4 %0, ptr nocapture noundef writeonly align 4 %1, i32 noundef %2, i32 noundef %3) local_unnamed_addr #0 !kernel_arg_addr_space !5 !kernel_arg_access_qual !6 !kernel_arg_type !7 !kernel_arg_base_type !7 !kernel_arg_type_qual !8 {
  %5 = tail call i64 @_Z13get_global_idj(i32 noundef 0) #3
  %6 = trunc i64 %5 to i32
  %7 = tail call i64 @_Z13get_global_idj(i32 noundef 1) #3
  %8 = trunc i64 %7 to i32
  %9 = tail call i64 @_Z12get_local_idj(i32 noundef 0) #3
  %10 = trunc i64 %9 to i32
  %11 = add i32 %10, 1
  %12 = tail call i64 @_Z12get_local_idj(i32 noundef 1) #3
  %13 = trunc i64 %12 to i32
  %14 = add i32 %13, 1
  %15 = add nsw i32 %2, -1
  %16 = tail call i32 @_Z3minii(i32 noundef %6, i32 noundef %15) #3
  %17 = add nsw i32 %3, -1
  %18 = tail call i32 @_Z3minii(i32 noundef %8, i32 noundef %17) #3
  %19 = mul nsw i32 %18, %2
  %20 = add nsw i32 %19, %16
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds float, ptr %0, i64 %21
  %23 = load float, ptr %22, align 4, !tbaa !9
  %24 = sext i32 %14 to i64
  %25 = sext i32 %11 to i64
  %26 = getelementptr inbounds [18 x [18 x float]], ptr @stencil2d_local.tile, i64 0, i64 %24, i64 %25
  store float %23, ptr %26, align 4, !tbaa !9
  %27 = icmp eq i32 %10, 0
  br i1 %27, label %28, label %36

28:                                               ; preds = %4
  %29 = getelementptr inbounds [18 x [18 x float]], ptr @stencil2d_local.tile, i64 0, i64 %24
  %30 = add nsw i32 %16, -1
  %31 = tail call i32 @_Z3maxii(i32 noundef %30, i32 noundef 0) #3
  %32 = add nsw i32 %31, %19
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds float, ptr %0, i64 %33
  %35 = load float, ptr %34, align 4, !tbaa !9
  store float %35, ptr %29, align 8, !tbaa !9
  br label %36

36:                                               ; preds = %28, %4
  %37 = icmp eq i32 %11, 16
  br i1 %37, label %38, label %46

38:                                               ; preds = %36
  %39 = add nsw i32 %16, 1
  %40 = tail call i32 @_Z3minii(i32 noundef %39, i32 noundef %15) #3
  %41 = add nsw i32 %40, %19
  %42 = sext i32 %41 to i64
  %43 = getelementptr inbounds float, ptr %0, i64 %42
  %44 = load float, ptr %43, align 4, !tbaa !9
  %45 = getelementptr inbounds [18 x [18 x float]], ptr @stencil2d_local.tile, i64 0, i64 %24, i64 17
  store float %44, ptr %45, align 4, !tbaa !9
  br label %46

46:                                               ; preds = %38, %36
  %47 = icmp eq i32 %13, 0
  br i1 %47, label %48, label %57

48:                                               ; preds = %46
  %49 = add nsw i32 %18, -1
  %50 = tail call i32 @_Z3maxii(i32 noundef %49, i32 noundef 0) #3
  %51 = mul nsw i32 %50, %2
  %52 = add nsw i32 %51, %16
  %53 = sext i32 %52 to i64
  %54 = getelementptr inbounds float, ptr %0, i64 %53
  %55 = load float, ptr %54, align 4, !tbaa !9
  %56 = getelementptr inbounds [18 x float], ptr @stencil2d_local.tile, i64 0, i64 %25
  store float %55, ptr %56, align 4, !tbaa !9
  br label %57

57:                                               ; preds = %48, %46
  %58 = icmp eq i32 %14, 16
  br i1 %58, label %59, label %68

59:                                               ; preds = %57
  %60 = add nsw i32 %18, 1
  %61 = tail call i32 @_Z3minii(i32 noundef %60, i32 noundef %17) #3
  %62 = mul nsw i32 %61, %2
  %63 = add nsw i32 %62, %16
  %64 = sext i32 %63 to i64
  %65 = getelementptr inbounds float, ptr %0, i64 %64
  %66 = load float, ptr %65, align 4, !tbaa !9
  %67 = getelementptr inbounds [18 x [18 x float]], ptr @stencil2d_local.tile, i64 0, i64 17, i64 %25
  store float %66, ptr %67, align 4, !tbaa !9
  br label %68

68:                                               ; preds = %59, %57
  tail call void @_Z7barrierj(i32 noundef 1) #4
  %69 = icmp slt i32 %6, %2
  %70 = icmp slt i32 %8, %3
  %71 = and i1 %69, %70
  br i1 %71, label %72, label %109

72:                                               ; preds = %68
  %73 = icmp eq i32 %6, 0
  %74 = icmp eq i32 %8, 0
  %75 = or i1 %73, %74
  %76 = icmp eq i32 %15, %6
  %77 = or i1 %76, %75
  %78 = icmp eq i32 %17, %8
  %79 = or i1 %78, %77
  br i1 %79, label %80, label %82

80:                                               ; preds = %72
  %81 = load float, ptr %26, align 4, !tbaa !9
  br label %103

82:                                               ; preds = %72
  %83 = shl i64 %12, 32
  %84 = ashr exact i64 %83, 32
  %85 = getelementptr inbounds [18 x [18 x float]], ptr @stencil2d_local.tile, i64 0, i64 %84, i64 %25
  %86 = load float, ptr %85, align 4, !tbaa !9
  %87 = add i64 %83, 8589934592
  %88 = ashr exact i64 %87, 32
  %89 = getelementptr inbounds [18 x [18 x float]], ptr @stencil2d_local.tile, i64 0, i64 %88, i64 %25
  %90 = load float, ptr %89, align 4, !tbaa !9
  %91 = fadd float %86, %90
  %92 = shl i64 %9, 32
  %93 = ashr exact i64 %92, 32
  %94 = getelementptr inbounds [18 x [18 x float]], ptr @stencil2d_local.tile, i64 0, i64 %24, i64 %93
  %95 = load float, ptr %94, align 4, !tbaa !9
  %96 = fadd float %91, %95
  %97 = add i64 %92, 8589934592
  %98 = ashr exact i64 %97, 32
  %99 = getelementptr inbounds [18 x [18 x float]], ptr @stencil2d_local.tile, i64 0, i64 %24, i64 %98
  %100 = load float, ptr %99, align 4, !tbaa !9
  %101 = fadd float %96, %100
  %102 = fmul float %101, 2.500000e-01
  br label %103

103:                                              ; preds = %80, %82
  %104 = phi float [ %102, %82 ], [ %81, %80 ]
  %105 = mul nsw i32 %8, %2
  %106 = add nsw i32 %105, %6
  %107 = sext i32 %106 to i64
  %108 = getelementptr inbounds float, ptr %1, i64 %107
  store float %104, ptr %108, align 4, !tbaa !9
  br label %109

109:                                              ; preds = %103, %68
  ret void
}

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare i64 @_Z13get_global_idj(i32 noundef) local_unnamed_addr #1

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare i64 @_Z12get_local_idj(i32 noundef) local_unnamed_addr #1

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare i32 @_Z3minii(i32 noundef, i32 noundef) local_unnamed_addr #1

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare i32 @_Z3maxii(i32 noundef, i32 noundef) local_unnamed_addr #1

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
