; ModuleID = 'opencl/spmv_csr_rows.cl'
source_filename = "opencl/spmv_csr_rows.cl"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: convergent nofree norecurse nounwind memory(argmem: readwrite) uwtable
define dso_local spir_kernel void @spmv_csr_rows(i32 noundef %0, ptr nocapture noundef readonly align 4 %1, ptr nocapture noundef readonly align 4 %2, ptr nocapture noundef readonly align 4 %3, ptr nocapture noundef readonly align 4 %4, ptr nocapture noundef writeonly align 4 %5) local_unnamed_addr #0 !kernel_arg_addr_space !5 !kernel_arg_access_qual !6 !kernel_arg_type !7 !kernel_arg_base_type !7 !kernel_arg_type_qual !8 {
  %7 = tail call i64 @_Z13get_global_idj(i32 noundef 0) #3
  %8 = trunc i64 %7 to i32
  %9 = icmp slt i32 %8, %0
  br i1 %9, label %10, label %91

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
  br i1 %19, label %20, label %48

20:                                               ; preds = %10
  %21 = sext i32 %14 to i64
  %22 = sext i32 %18 to i64
  %23 = sub nsw i64 %22, %21
  %24 = xor i64 %21, -1
  %25 = add nsw i64 %24, %22
  %26 = and i64 %23, 3
  %27 = icmp eq i64 %26, 0
  br i1 %27, label %43, label %28

28:                                               ; preds = %20, %28
  %29 = phi i64 [ %40, %28 ], [ %21, %20 ]
  %30 = phi float [ %39, %28 ], [ 0.000000e+00, %20 ]
  %31 = phi i64 [ %41, %28 ], [ 0, %20 ]
  %32 = getelementptr inbounds float, ptr %3, i64 %29
  %33 = load float, ptr %32, align 4, !tbaa !13
  %34 = getelementptr inbounds i32, ptr %2, i64 %29
  %35 = load i32, ptr %34, align 4, !tbaa !9
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds float, ptr %4, i64 %36
  %38 = load float, ptr %37, align 4, !tbaa !13
  %39 = tail call float @llvm.fmuladd.f32(float %33, float %38, float %30)
  %40 = add nsw i64 %29, 1
  %41 = add i64 %31, 1
  %42 = icmp eq i64 %41, %26
  br i1 %42, label %43, label %28, !llvm.loop !15

43:                                               ; preds = %28, %20
  %44 = phi float [ undef, %20 ], [ %39, %28 ]
  %45 = phi i64 [ %21, %20 ], [ %40, %28 ]
  %46 = phi float [ 0.000000e+00, %20 ], [ %39, %28 ]
  %47 = icmp ult i64 %25, 3
  br i1 %47, label %48, label %51

48:                                               ; preds = %43, %51, %10
  %49 = phi float [ 0.000000e+00, %10 ], [ %44, %43 ], [ %88, %51 ]
  %50 = getelementptr inbounds float, ptr %5, i64 %12
  store float %49, ptr %50, align 4, !tbaa !13
  br label %91

51:                                               ; preds = %43, %51
  %52 = phi i64 [ %89, %51 ], [ %45, %43 ]
  %53 = phi float [ %88, %51 ], [ %46, %43 ]
  %54 = getelementptr inbounds float, ptr %3, i64 %52
  %55 = load float, ptr %54, align 4, !tbaa !13
  %56 = getelementptr inbounds i32, ptr %2, i64 %52
  %57 = load i32, ptr %56, align 4, !tbaa !9
  %58 = sext i32 %57 to i64
  %59 = getelementptr inbounds float, ptr %4, i64 %58
  %60 = load float, ptr %59, align 4, !tbaa !13
  %61 = tail call float @llvm.fmuladd.f32(float %55, float %60, float %53)
  %62 = add nsw i64 %52, 1
  %63 = getelementptr inbounds float, ptr %3, i64 %62
  %64 = load float, ptr %63, align 4, !tbaa !13
  %65 = getelementptr inbounds i32, ptr %2, i64 %62
  %66 = load i32, ptr %65, align 4, !tbaa !9
  %67 = sext i32 %66 to i64
  %68 = getelementptr inbounds float, ptr %4, i64 %67
  %69 = load float, ptr %68, align 4, !tbaa !13
  %70 = tail call float @llvm.fmuladd.f32(float %64, float %69, float %61)
  %71 = add nsw i64 %52, 2
  %72 = getelementptr inbounds float, ptr %3, i64 %71
  %73 = load float, ptr %72, align 4, !tbaa !13
  %74 = getelementptr inbounds i32, ptr %2, i64 %71
  %75 = load i32, ptr %74, align 4, !tbaa !9
  %76 = sext i32 %75 to i64
  %77 = getelementptr inbounds float, ptr %4, i64 %76
  %78 = load float, ptr %77, align 4, !tbaa !13
  %79 = tail call float @llvm.fmuladd.f32(float %73, float %78, float %70)
  %80 = add nsw i64 %52, 3
  %81 = getelementptr inbounds float, ptr %3, i64 %80
  %82 = load float, ptr %81, align 4, !tbaa !13
  %83 = getelementptr inbounds i32, ptr %2, i64 %80
  %84 = load i32, ptr %83, align 4, !tbaa !9
  %85 = sext i32 %84 to i64
  %86 = getelementptr inbounds float, ptr %4, i64 %85
  %87 = load float, ptr %86, align 4, !tbaa !13
  %88 = tail call float @llvm.fmuladd.f32(float %82, float %87, float %79)
  %89 = add nsw i64 %52, 4
  %90 = icmp eq i64 %89, %22
  br i1 %90, label %48, label %51

91:                                               ; preds = %6, %48
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
