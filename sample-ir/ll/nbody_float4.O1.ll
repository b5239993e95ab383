; ModuleID = 'opencl/nbody_float4.cl'
source_filename = "opencl/nbody_float4.cl"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: convergent norecurse nounwind uwtable
define dso_local spir_kernel void @nbody_float4(ptr nocapture noundef readonly align 16 %0, ptr nocapture noundef readonly align 16 %1, ptr nocapture noundef writeonly align 16 %2, ptr nocapture noundef writeonly align 16 %3, ptr nocapture noundef align 16 %4, i32 noundef %5, float noundef %6, float noundef %7) local_unnamed_addr #0 !kernel_arg_addr_space !5 !kernel_arg_access_qual !6 !kernel_arg_type !7 !kernel_arg_base_type !8 !kernel_arg_type_qual !9 {
  %9 = tail call i64 @_Z13get_global_idj(i32 noundef 0) #4
  %10 = trunc i64 %9 to i32
  %11 = tail call i64 @_Z12get_local_idj(i32 noundef 0) #4
  %12 = tail call i64 @_Z14get_local_sizej(i32 noundef 0) #4
  %13 = trunc i64 %12 to i32
  %14 = icmp slt i32 %10, %5
  br i1 %14, label %15, label %20

15:                                               ; preds = %8
  %16 = shl i64 %9, 32
  %17 = ashr exact i64 %16, 32
  %18 = getelementptr inbounds <4 x float>, ptr %0, i64 %17
  %19 = load <4 x float>, ptr %18, align 16, !tbaa !10
  br label %20

20:                                               ; preds = %8, %15
  %21 = phi <4 x float> [ %19, %15 ], [ zeroinitializer, %8 ]
  %22 = icmp sgt i32 %5, 0
  br i1 %22, label %23, label %35

23:                                               ; preds = %20
  %24 = shl i64 %11, 32
  %25 = ashr exact i64 %24, 32
  %26 = getelementptr inbounds <4 x float>, ptr %4, i64 %25
  %27 = icmp sgt i32 %13, 0
  %28 = shl i64 %12, 32
  %29 = ashr exact i64 %28, 32
  %30 = shl i64 %11, 32
  %31 = ashr exact i64 %30, 32
  %32 = sext i32 %5 to i64
  %33 = sext i32 %5 to i64
  %34 = and i64 %12, 4294967295
  br label %37

35:                                               ; preds = %49, %20
  %36 = phi <4 x float> [ <float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float undef>, %20 ], [ %50, %49 ]
  br i1 %14, label %74, label %92

37:                                               ; preds = %23, %49
  %38 = phi i64 [ 0, %23 ], [ %51, %49 ]
  %39 = phi <4 x float> [ <float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float undef>, %23 ], [ %50, %49 ]
  %40 = add nsw i64 %38, %31
  %41 = icmp slt i64 %40, %32
  br i1 %41, label %42, label %45

42:                                               ; preds = %37
  %43 = getelementptr inbounds <4 x float>, ptr %0, i64 %40
  %44 = load <4 x float>, ptr %43, align 16, !tbaa !10
  br label %45

45:                                               ; preds = %37, %42
  %46 = phi <4 x float> [ %44, %42 ], [ zeroinitializer, %37 ]
  store <4 x float> %46, ptr %26, align 16, !tbaa !10
  tail call void @_Z7barrierj(i32 noundef 1) #5
  br i1 %27, label %53, label %49

47:                                               ; preds = %53
  %48 = shufflevector <3 x float> %70, <3 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 undef>
  br label %49

49:                                               ; preds = %47, %45
  %50 = phi <4 x float> [ %48, %47 ], [ %39, %45 ]
  tail call void @_Z7barrierj(i32 noundef 1) #5
  %51 = add i64 %38, %29
  %52 = icmp slt i64 %51, %33
  br i1 %52, label %37, label %35, !llvm.loop !13

53:                                               ; preds = %45, %53
  %54 = phi i64 [ %72, %53 ], [ 0, %45 ]
  %55 = phi <4 x float> [ %71, %53 ], [ %39, %45 ]
  %56 = getelementptr inbounds <4 x float>, ptr %4, i64 %54
  %57 = load <4 x float>, ptr %56, align 16, !tbaa !10
  %58 = fsub <4 x float> %57, %21
  %59 = shufflevector <4 x float> %58, <4 x float> poison, <3 x i32> <i32 0, i32 1, i32 2>
  %60 = tail call float @_Z3dotDv3_fS_(<3 x float> noundef %59, <3 x float> noundef %59) #4
  %61 = fadd float %60, %7
  %62 = tail call float @_Z5rsqrtf(float noundef %61) #4
  %63 = extractelement <4 x float> %57, i64 3
  %64 = fmul float %63, %62
  %65 = fmul float %62, %64
  %66 = fmul float %62, %65
  %67 = insertelement <3 x float> poison, float %66, i64 0
  %68 = shufflevector <3 x float> %67, <3 x float> poison, <3 x i32> zeroinitializer
  %69 = shufflevector <4 x float> %55, <4 x float> poison, <3 x i32> <i32 0, i32 1, i32 2>
  %70 = tail call <3 x float> @llvm.fmuladd.v3f32(<3 x float> %59, <3 x float> %68, <3 x float> %69)
  %71 = shufflevector <3 x float> %70, <3 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 undef>
  %72 = add nuw nsw i64 %54, 1
  %73 = icmp eq i64 %72, %34
  br i1 %73, label %47, label %53, !llvm.loop !15

74:                                               ; preds = %35
  %75 = shl i64 %9, 32
  %76 = ashr exact i64 %75, 32
  %77 = getelementptr inbounds <4 x float>, ptr %1, i64 %76
  %78 = load <4 x float>, ptr %77, align 16, !tbaa !10
  %79 = shufflevector <4 x float> %36, <4 x float> poison, <3 x i32> <i32 0, i32 1, i32 2>
  %80 = insertelement <3 x float> poison, float %6, i64 0
  %81 = shufflevector <3 x float> %80, <3 x float> poison, <3 x i32> zeroinitializer
  %82 = shufflevector <4 x float> %78, <4 x float> poison, <3 x i32> <i32 0, i32 1, i32 2>
  %83 = tail call <3 x float> @llvm.fmuladd.v3f32(<3 x float> %79, <3 x float> %81, <3 x float> %82)
  %84 = shufflevector <3 x float> %83, <3 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 undef>
  %85 = shufflevector <4 x float> %84, <4 x float> %78, <4 x i32> <i32 0, i32 1, i32 2, i32 7>
  %86 = getelementptr inbounds <4 x float>, ptr %3, i64 %76
  store <4 x float> %85, ptr %86, align 16, !tbaa !10
  %87 = shufflevector <4 x float> %21, <4 x float> poison, <3 x i32> <i32 0, i32 1, i32 2>
  %88 = tail call <3 x float> @llvm.fmuladd.v3f32(<3 x float> %83, <3 x float> %81, <3 x float> %87)
  %89 = shufflevector <3 x float> %88, <3 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 undef>
  %90 = shufflevector <4 x float> %89, <4 x float> %21, <4 x i32> <i32 0, i32 1, i32 2, i32 7>
  %91 = getelementptr inbounds <4 x float>, ptr %2, i64 %76
  store <4 x float> %90, ptr %91, align 16, !tbaa !10
  br label %92

92:                                               ; preds = %74, %35
  ret void
}

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare i64 @_Z13get_global_idj(i32 noundef) local_unnamed_addr #1

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare i64 @_Z12get_local_idj(i32 noundef) local_unnamed_addr #1

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare i64 @_Z14get_local_sizej(i32 noundef) local_unnamed_addr #1

; Function Attrs: convergent nounwind
declare void @_Z7barrierj(i32 noundef) local_unnamed_addr #2

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare float @_Z3dotDv3_fS_(<3 x float> noundef, <3 x float> noundef) local_unnamed_addr #1

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare float @_Z5rsqrtf(float noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <3 x float> @llvm.fmuladd.v3f32(<3 x float>, <3 x float>, <3 x float>) #3

attributes #0 = { convergent norecurse nounwind uwtable "min-legal-vector-width"="96" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" "uniform-work-group-size"="false" }
attributes #1 = { convergent mustprogress nofree nounwind willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { convergent nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { convergent nounwind willreturn memory(none) }
attributes #5 = { convergent nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!opencl.ocl.version = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 2, i32 0}
!5 = !{i32 1, i32 1, i32 1, i32 1, i32 3, i32 0, i32 0, i32 0}
!6 = !{!"none", !"none", !"none", !"none", !"none", !"none", !"none", !"none"}
!7 = !{!"float4*", !"float4*", !"float4*", !"float4*", !"float4*", !"int", !"float", !"float"}
!8 = !{!"float __attribute__((ext_vector_type(4)))*", !"float __attribute__((ext_vector_type(4)))*", !"float __attribute__((ext_vector_type(4)))*", !"float __attribute__((ext_vector_type(4)))*", !"float __attribute__((ext_vector_type(4)))*", !"int", !"float", !"float"}
!9 = !{!"const", !"const", !"", !"", !"", !"", !"", !""}
!10 = !{!11, !11, i64 0}
!11 = !{!"omnipotent char", !12, i64 0}
!12 = !{!"Simple C/C++ TBAA"}
!13 = distinct !{!13, !14}
!14 = !{!"llvm.loop.unroll.disable"}
!15 = distinct !{!15, !14}
