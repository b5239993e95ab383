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
  br i1 %22, label %23, label %34

23:                                               ; preds = %20
  %24 = shl i64 %11, 32
  %25 = ashr exact i64 %24, 32
  %26 = getelementptr inbounds <4 x float>, ptr %4, i64 %25
  %27 = icmp sgt i32 %13, 0
  %28 = shl i64 %12, 32
  %29 = ashr exact i64 %28, 32
  %30 = shl i64 %11, 32
  %31 = ashr exact i64 %30, 32
  %32 = zext i32 %5 to i64
  %33 = and i64 %12, 4294967295
  br label %36

34:                                               ; preds = %48, %20
  %35 = phi <4 x float> [ <float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float undef>, %20 ], [ %49, %48 ]
  br i1 %14, label %73, label %91

36:                                               ; preds = %23, %48
  %37 = phi i64 [ 0, %23 ], [ %50, %48 ]
  %38 = phi <4 x float> [ <float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float undef>, %23 ], [ %49, %48 ]
  %39 = add nsw i64 %37, %31
  %40 = icmp slt i64 %39, %32
  br i1 %40, label %41, label %44

41:                                               ; preds = %36
  %42 = getelementptr inbounds <4 x float>, ptr %0, i64 %39
  %43 = load <4 x float>, ptr %42, align 16, !tbaa !10
  br label %44

44:                                               ; preds = %36, %41
  %45 = phi <4 x float> [ %43, %41 ], [ zeroinitializer, %36 ]
  store <4 x float> %45, ptr %26, align 16, !tbaa !10
  tail call void @_Z7barrierj(i32 noundef 1) #5
  br i1 %27, label %52, label %48

46:                                               ; preds = %52
  %47 = shufflevector <3 x float> %69, <3 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 undef>
  br label %48

48:                                               ; preds = %46, %44
  %49 = phi <4 x float> [ %38, %44 ], [ %47, %46 ]
  tail call void @_Z7barrierj(i32 noundef 1) #5
  %50 = add i64 %37, %29
  %51 = icmp slt i64 %50, %32
  br i1 %51, label %36, label %34

52:                                               ; preds = %44, %52
  %53 = phi i64 [ %71, %52 ], [ 0, %44 ]
  %54 = phi <4 x float> [ %70, %52 ], [ %38, %44 ]
  %55 = getelementptr inbounds <4 x float>, ptr %4, i64 %53
  %56 = load <4 x float>, ptr %55, align 16, !tbaa !10
  %57 = fsub <4 x float> %56, %21
  %58 = shufflevector <4 x float> %57, <4 x float> poison, <3 x i32> <i32 0, i32 1, i32 2>
  %59 = tail call float @_Z3dotDv3_fS_(<3 x float> noundef %58, <3 x float> noundef %58) #4
  %60 = fadd float %59, %7
  %61 = tail call float @_Z5rsqrtf(float noundef %60) #4
  %62 = extractelement <4 x float> %56, i64 3
  %63 = fmul float %62, %61
  %64 = fmul float %61, %63
  %65 = fmul float %61, %64
  %66 = insertelement <3 x float> poison, float %65, i64 0
  %67 = shufflevector <3 x float> %66, <3 x float> poison, <3 x i32> zeroinitializer
  %68 = shufflevector <4 x float> %54, <4 x float> poison, <3 x i32> <i32 0, i32 1, i32 2>
  %69 = tail call <3 x float> @llvm.fmuladd.v3f32(<3 x float> %58, <3 x float> %67, <3 x float> %68)
  %70 = shufflevector <3 x float> %69, <3 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 undef>
  %71 = add nuw nsw i64 %53, 1
  %72 = icmp eq i64 %71, %33
  br i1 %72, label %46, label %52

73:                                               ; preds = %34
  %74 = shl i64 %9, 32
  %75 = ashr exact i64 %74, 32
  %76 = getelementptr inbounds <4 x float>, ptr %1, i64 %75
  %77 = load <4 x float>, ptr %76, align 16, !tbaa !10
  %78 = shufflevector <4 x float> %35, <4 x float> poison, <3 x i32> <i32 0, i32 1, i32 2>
  %79 = insertelement <3 x float> poison, float %6, i64 0
  %80 = shufflevector <3 x float> %79, <3 x float> poison, <3 x i32> zeroinitializer
  %81 = shufflevector <4 x float> %77, <4 x float> poison, <3 x i32> <i32 0, i32 1, i32 2>
  %82 = tail call <3 x float> @llvm.fmuladd.v3f32(<3 x float> %78, <3 x float> %80, <3 x float> %81)
  %83 = shufflevector <3 x float> %82, <3 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 undef>
  %84 = shufflevector <4 x float> %83, <4 x float> %77, <4 x i32> <i32 0, i32 1, i32 2, i32 7>
  %85 = getelementptr inbounds <4 x float>, ptr %3, i64 %75
  store <4 x float> %84, ptr %85, align 16, !tbaa !10
  %86 = shufflevector <4 x float> %21, <4 x float> poison, <3 x i32> <i32 0, i32 1, i32 2>
  %87 = tail call <3 x float> @llvm.fmuladd.v3f32(<3 x float> %82, <3 x float> %80, <3 x float> %86)
  %88 = shufflevector <3 x float> %87, <3 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 undef>
  %89 = shufflevector <4 x float> %88, <4 x float> %21, <4 x i32> <i32 0, i32 1, i32 2, i32 7>
  %90 = getelementptr inbounds <4 x float>, ptr %2, i64 %75
  store <4 x float> %89, ptr %90, align 16, !tbaa !10
  br label %91

91:                                               ; preds = %73, %34
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
