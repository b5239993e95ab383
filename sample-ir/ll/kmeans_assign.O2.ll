; ModuleID = 'opencl/kmeans_assign.cl'
source_filename = "opencl/kmeans_assign.cl"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: convergent nofree norecurse nounwind memory(argmem: readwrite) uwtable
define dso_local spir_kernel void @kmeans_assign(ptr nocapture noundef readonly align 4 %0, ptr nocapture noundef readonly align 4 %1, ptr nocapture noundef writeonly align 4 %2, i32 noundef %3, i32 noundef %4, i32 noundef %5) local_unnamed_addr #0 !kernel_arg_addr_space !5 !kernel_arg_access_qual !6 !kernel_arg_type !7 !kernel_arg_base_type !7 !kernel_arg_type_qual !8 {
  %7 = tail call i64 @_Z13get_global_idj(i32 noundef 0) #3
  %8 = trunc i64 %7 to i32
  %9 = icmp slt i32 %8, %3
  br i1 %9, label %10, label %83

10:                                               ; preds = %6
  %11 = icmp sgt i32 %5, 0
  br i1 %11, label %12, label %30

12:                                               ; preds = %10
  %13 = icmp sgt i32 %4, 0
  %14 = sext i32 %3 to i64
  %15 = shl i64 %7, 32
  %16 = ashr exact i64 %15, 32
  %17 = sext i32 %4 to i64
  %18 = zext i32 %5 to i64
  %19 = zext i32 %4 to i64
  %20 = and i64 %19, 1
  %21 = icmp eq i32 %4, 1
  %22 = and i64 %19, 4294967294
  %23 = icmp eq i64 %20, 0
  br label %24

24:                                               ; preds = %12, %49
  %25 = phi i64 [ 0, %12 ], [ %55, %49 ]
  %26 = phi float [ 0x47EFFFFFE0000000, %12 ], [ %54, %49 ]
  %27 = phi i32 [ 0, %12 ], [ %53, %49 ]
  br i1 %13, label %28, label %49

28:                                               ; preds = %24
  %29 = mul nsw i64 %25, %17
  br i1 %21, label %35, label %57

30:                                               ; preds = %49, %10
  %31 = phi i32 [ 0, %10 ], [ %53, %49 ]
  %32 = shl i64 %7, 32
  %33 = ashr exact i64 %32, 32
  %34 = getelementptr inbounds i32, ptr %2, i64 %33
  store i32 %31, ptr %34, align 4, !tbaa !9
  br label %83

35:                                               ; preds = %57, %28
  %36 = phi float [ undef, %28 ], [ %79, %57 ]
  %37 = phi i64 [ 0, %28 ], [ %80, %57 ]
  %38 = phi float [ 0.000000e+00, %28 ], [ %79, %57 ]
  br i1 %23, label %49, label %39

39:                                               ; preds = %35
  %40 = mul nsw i64 %37, %14
  %41 = add nsw i64 %40, %16
  %42 = getelementptr inbounds float, ptr %0, i64 %41
  %43 = load float, ptr %42, align 4, !tbaa !13
  %44 = add nsw i64 %37, %29
  %45 = getelementptr inbounds float, ptr %1, i64 %44
  %46 = load float, ptr %45, align 4, !tbaa !13
  %47 = fsub float %43, %46
  %48 = tail call float @llvm.fmuladd.f32(float %47, float %47, float %38)
  br label %49

49:                                               ; preds = %39, %35, %24
  %50 = phi float [ 0.000000e+00, %24 ], [ %36, %35 ], [ %48, %39 ]
  %51 = fcmp olt float %50, %26
  %52 = trunc i64 %25 to i32
  %53 = select i1 %51, i32 %52, i32 %27
  %54 = select i1 %51, float %50, float %26
  %55 = add nuw nsw i64 %25, 1
  %56 = icmp eq i64 %55, %18
  br i1 %56, label %30, label %24

57:                                               ; preds = %28, %57
  %58 = phi i64 [ %80, %57 ], [ 0, %28 ]
  %59 = phi float [ %79, %57 ], [ 0.000000e+00, %28 ]
  %60 = phi i64 [ %81, %57 ], [ 0, %28 ]
  %61 = mul nsw i64 %58, %14
  %62 = add nsw i64 %61, %16
  %63 = getelementptr inbounds float, ptr %0, i64 %62
  %64 = load float, ptr %63, align 4, !tbaa !13
  %65 = add nsw i64 %58, %29
  %66 = getelementptr inbounds float, ptr %1, i64 %65
  %67 = load float, ptr %66, align 4, !tbaa !13
  %68 = fsub float %64, %67
  %69 = tail call float @llvm.fmuladd.f32(float %68, float %68, float %59)
  %70 = or i64 %58, 1
  %71 = mul nsw i64 %70, %14
  %72 = add nsw i64 %71, %16
  %73 = getelementptr inbounds float, ptr %0, i64 %72
  %74 = load float, ptr %73, align 4, !tbaa !13
  %75 = add nsw i64 %70, %29
  %76 = getelementptr inbounds float, ptr %1, i64 %75
  %77 = load float, ptr %76, align 4, !tbaa !13
  %78 = fsub float %74, %77
  %79 = tail call float @llvm.fmuladd.f32(float %78, float %78, float %69)
  %80 = add nuw nsw i64 %58, 2
  %81 = add i64 %60, 2
  %82 = icmp eq i64 %81, %22
  br i1 %82, label %35, label %57

83:                                               ; preds = %6, %30
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
!13 = !{!14, !14, i64 0}
!14 = !{!"float", !11, i64 0}
