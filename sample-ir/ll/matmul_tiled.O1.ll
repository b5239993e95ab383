; ModuleID = 'opencl/matmul_tiled.cl'
source_filename = "opencl/matmul_tiled.cl"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@matmul_tiled.As = internal unnamed_addr global [16 x [16 x float]] undef, align 16
@matmul_tiled.Bs = internal unnamed_addr global [16 x [16 x float]] undef, align 16

; Function Attrs: convergent norecurse nounwind uwtable
define dso_local spir_kernel void @matmul_tiled(ptr nocapture noundef readonly align 4 %0, ptr nocapture noundef readonly align 4 %1, ptr nocapture noundef writeonly align 4 %2, i32 noundef %3) local_unnamed_addr #0 !kernel_arg_addr_space !5 !kernel_arg_access_qual !6 !kernel_arg_type !7 !kernel_arg_base_type !7 !kernel_arg_type_qual !8 {
  %5 = tail call i64 @_Z13get_global_idj(i32 noundef 1) #5
  %6 = trunc i64 %5 to i32
  %7 = tail call i64 @_Z13get_global_idj(i32 noundef 0) #5
  %8 = trunc i64 %7 to i32
  %9 = tail call i64 @_Z12get_local_idj(i32 noundef 1) #5
  %10 = tail call i64 @_Z12get_local_idj(i32 noundef 0) #5
  %11 = icmp sgt i32 %3, 0
  br i1 %11, label %12, label %36

12:                                               ; preds = %4
  %13 = add nsw i32 %3, 15
  %14 = sdiv i32 %13, 16
  %15 = icmp slt i32 %6, %3
  %16 = mul nsw i32 %6, %3
  %17 = shl i64 %9, 32
  %18 = ashr exact i64 %17, 32
  %19 = shl i64 %10, 32
  %20 = ashr exact i64 %19, 32
  %21 = getelementptr inbounds [16 x [16 x float]], ptr @matmul_tiled.As, i64 0, i64 %18, i64 %20
  %22 = icmp slt i32 %8, %3
  %23 = getelementptr inbounds [16 x [16 x float]], ptr @matmul_tiled.Bs, i64 0, i64 %18, i64 %20
  %24 = shl i64 %9, 32
  %25 = ashr exact i64 %24, 32
  %26 = sext i32 %3 to i64
  %27 = sext i32 %3 to i64
  %28 = shl i64 %7, 32
  %29 = ashr exact i64 %28, 32
  %30 = shl i64 %10, 32
  %31 = ashr exact i64 %30, 32
  %32 = sext i32 %16 to i64
  %33 = sext i32 %3 to i64
  %34 = tail call i32 @llvm.smax.i32(i32 %14, i32 1)
  %35 = zext i32 %34 to i64
  br label %41

36:                                               ; preds = %64, %4
  %37 = phi float [ 0.000000e+00, %4 ], [ %74, %64 ]
  %38 = icmp slt i32 %6, %3
  %39 = icmp slt i32 %8, %3
  %40 = select i1 %38, i1 %39, i1 false
  br i1 %40, label %77, label %82

41:                                               ; preds = %12, %64
  %42 = phi i64 [ 0, %12 ], [ %65, %64 ]
  %43 = phi float [ 0.000000e+00, %12 ], [ %74, %64 ]
  %44 = shl nsw i64 %42, 4
  %45 = add nsw i64 %44, %31
  %46 = add nsw i64 %44, %25
  %47 = icmp slt i64 %45, %33
  %48 = select i1 %15, i1 %47, i1 false
  br i1 %48, label %49, label %53

49:                                               ; preds = %41
  %50 = add nsw i64 %45, %32
  %51 = getelementptr inbounds float, ptr %0, i64 %50
  %52 = load float, ptr %51, align 4, !tbaa !9
  br label %53

53:                                               ; preds = %41, %49
  %54 = phi float [ %52, %49 ], [ 0.000000e+00, %41 ]
  store float %54, ptr %21, align 4, !tbaa !9
  %55 = icmp slt i64 %46, %26
  %56 = select i1 %55, i1 %22, i1 false
  br i1 %56, label %57, label %62

57:                                               ; preds = %53
  %58 = mul nsw i64 %46, %27
  %59 = add nsw i64 %58, %29
  %60 = getelementptr inbounds float, ptr %1, i64 %59
  %61 = load float, ptr %60, align 4, !tbaa !9
  br label %62

62:                                               ; preds = %53, %57
  %63 = phi float [ %61, %57 ], [ 0.000000e+00, %53 ]
  store float %63, ptr %23, align 4, !tbaa !9
  tail call void @_Z7barrierj(i32 noundef 1) #6
  br label %67

64:                                               ; preds = %67
  tail call void @_Z7barrierj(i32 noundef 1) #6
  %65 = add nuw nsw i64 %42, 1
  %66 = icmp eq i64 %65, %35
  br i1 %66, label %36, label %41, !llvm.loop !13

67:                                               ; preds = %62, %67
  %68 = phi i64 [ 0, %62 ], [ %75, %67 ]
  %69 = phi float [ %43, %62 ], [ %74, %67 ]
  %70 = getelementptr inbounds [16 x [16 x float]], ptr @matmul_tiled.As, i64 0, i64 %18, i64 %68
  %71 = load float, ptr %70, align 4, !tbaa !9
  %72 = getelementptr inbounds [16 x [16 x float]], ptr @matmul_tiled.Bs, i64 0, i64 %68, i64 %20
  %73 = load float, ptr %72, align 4, !tbaa !9
  %74 = tail call float @llvm.fmuladd.f32(float %71, float %73, float %69)
  %75 = add nuw nsw i64 %68, 1
  %76 = icmp eq i64 %75, 16
  br i1 %76, label %64, label %67, !llvm.loop !15

77:                                               ; preds = %36
  %78 = mul nsw i32 %6, %3
  %79 = add nsw i32 %78, %8
  %80 = sext i32 %79 to i64
  %81 = getelementptr inbounds float, ptr %2, i64 %80
  store float %37, ptr %81, align 4, !tbaa !9
  br label %82

82:                                               ; preds = %77, %36
  ret void
}

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare i64 @_Z13get_global_idj(i32 noundef) local_unnamed_addr #1

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare i64 @_Z12get_local_idj(i32 noundef) local_unnamed_addr #1

; Function Attrs: convergent nounwind
declare void @_Z7barrierj(i32 noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #4

attributes #0 = { convergent norecurse nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" "uniform-work-group-size"="false" }
attributes #1 = { convergent mustprogress nofree nounwind willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { convergent nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #5 = { convergent nounwind willreturn memory(none) }
attributes #6 = { convergent nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!opencl.ocl.version = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 2, i32 0}
!5 = !{i32 1, i32 1, i32 1, i32 0}
!6 = !{!"none", !"none", !"none", !"none"}
!7 = !{!"float*", !"float*", !"float*", !"int"}
!8 = !{!"const", !"const", !"", !""}
!9 = !{!10, !10, i64 0}
!10 = !{!"float", !11, i64 0}
!11 = !{!"omnipotent char", !12, i64 0}
!12 = !{!"Simple C/C++ TBAA"}
!13 = distinct !{!13, !14}
!14 = !{!"llvm.loop.unroll.disable"}
!15 = distinct !{!15, !14}
