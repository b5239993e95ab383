; ModuleID = 'c/dot_product.c'
source_filename = "c/dot_product.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@x = internal unnamed_addr global [10000 x float] zeroinitializer, align 16
@y = internal unnamed_addr global [10000 x float] zeroinitializer, align 16
@.str = private unnamed_addr constant [60 x i8] c"dot_product n=%d dot=%.4f reference=%.4f relative error=%g\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  br label %1

1:                                                ; preds = %1, %0
  %2 = phi i64 [ 0, %0 ], [ %13, %1 ]
  %3 = phi <4 x i16> [ <i16 0, i16 1, i16 2, i16 3>, %0 ], [ %14, %1 ]
  %4 = urem <4 x i16> %3, <i16 10, i16 10, i16 10, i16 10>
  %5 = uitofp <4 x i16> %4 to <4 x float>
  %6 = fmul <4 x float> %5, <float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000>
  %7 = getelementptr inbounds [10000 x float], ptr @x, i64 0, i64 %2
  store <4 x float> %6, ptr %7, align 16, !tbaa !4
  %8 = urem <4 x i16> %3, <i16 7, i16 7, i16 7, i16 7>
  %9 = uitofp <4 x i16> %8 to <4 x float>
  %10 = fneg <4 x float> %9
  %11 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %10, <4 x float> <float 0x3FA99999A0000000, float 0x3FA99999A0000000, float 0x3FA99999A0000000, float 0x3FA99999A0000000>, <4 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %12 = getelementptr inbounds [10000 x float], ptr @y, i64 0, i64 %2
  store <4 x float> %11, ptr %12, align 16, !tbaa !4
  %13 = add nuw i64 %2, 4
  %14 = add <4 x i16> %3, <i16 4, i16 4, i16 4, i16 4>
  %15 = icmp eq i64 %13, 10000
  br i1 %15, label %16, label %1, !llvm.loop !8

16:                                               ; preds = %1, %16
  %17 = phi i64 [ %40, %16 ], [ 0, %1 ]
  %18 = phi i64 [ %42, %16 ], [ 3, %1 ]
  %19 = phi <2 x float> [ %29, %16 ], [ zeroinitializer, %1 ]
  %20 = phi <2 x float> [ %39, %16 ], [ zeroinitializer, %1 ]
  %21 = getelementptr inbounds float, ptr @x, i64 %17
  %22 = load float, ptr %21, align 16, !tbaa !4
  %23 = getelementptr inbounds float, ptr @y, i64 %17
  %24 = or i64 %17, 1
  %25 = getelementptr inbounds float, ptr @x, i64 %24
  %26 = getelementptr inbounds float, ptr @y, i64 %24
  %27 = load <2 x float>, ptr %25, align 4, !tbaa !4
  %28 = load <2 x float>, ptr %26, align 4, !tbaa !4
  %29 = tail call <2 x float> @llvm.fmuladd.v2f32(<2 x float> %27, <2 x float> %28, <2 x float> %19)
  %30 = getelementptr inbounds float, ptr @x, i64 %18
  %31 = load float, ptr %30, align 4, !tbaa !4
  %32 = getelementptr inbounds float, ptr @y, i64 %18
  %33 = load float, ptr %23, align 16, !tbaa !4
  %34 = load float, ptr %32, align 4, !tbaa !4
  %35 = insertelement <2 x float> poison, float %31, i64 0
  %36 = insertelement <2 x float> %35, float %22, i64 1
  %37 = insertelement <2 x float> poison, float %34, i64 0
  %38 = insertelement <2 x float> %37, float %33, i64 1
  %39 = tail call <2 x float> @llvm.fmuladd.v2f32(<2 x float> %36, <2 x float> %38, <2 x float> %20)
  %40 = add nuw nsw i64 %17, 4
  %41 = or i64 %40, 3
  %42 = add nuw nsw i64 %18, 4
  %43 = icmp ult i64 %41, 9997
  br i1 %43, label %16, label %44, !llvm.loop !12

44:                                               ; preds = %16
  %45 = load float, ptr getelementptr inbounds ([10000 x float], ptr @x, i64 0, i64 9996), align 16, !tbaa !4
  %46 = load float, ptr getelementptr inbounds ([10000 x float], ptr @y, i64 0, i64 9996), align 16, !tbaa !4
  br label %47

47:                                               ; preds = %59, %44
  %48 = phi i64 [ 0, %44 ], [ %67, %59 ]
  %49 = phi double [ 0.000000e+00, %44 ], [ %66, %59 ]
  %50 = getelementptr inbounds float, ptr @x, i64 %48
  %51 = load float, ptr %50, align 8, !tbaa !4
  %52 = fpext float %51 to double
  %53 = getelementptr inbounds float, ptr @y, i64 %48
  %54 = load float, ptr %53, align 8, !tbaa !4
  %55 = fpext float %54 to double
  %56 = tail call double @llvm.fmuladd.f64(double %52, double %55, double %49)
  %57 = or i64 %48, 1
  %58 = icmp eq i64 %57, 9997
  br i1 %58, label %68, label %59, !llvm.loop !13

59:                                               ; preds = %47
  %60 = getelementptr inbounds float, ptr @x, i64 %57
  %61 = load float, ptr %60, align 4, !tbaa !4
  %62 = fpext float %61 to double
  %63 = getelementptr inbounds float, ptr @y, i64 %57
  %64 = load float, ptr %63, align 4, !tbaa !4
  %65 = fpext float %64 to double
  %66 = tail call double @llvm.fmuladd.f64(double %62, double %65, double %56)
  %67 = add nuw nsw i64 %48, 2
  br label %47

68:                                               ; preds = %47
  %69 = extractelement <2 x float> %39, i64 1
  %70 = tail call float @llvm.fmuladd.f32(float %45, float %46, float %69)
  %71 = shufflevector <2 x float> %39, <2 x float> poison, <2 x i32> <i32 undef, i32 0>
  %72 = insertelement <2 x float> %71, float %70, i64 0
  %73 = fadd <2 x float> %29, %72
  %74 = shufflevector <2 x float> %73, <2 x float> poison, <2 x i32> <i32 1, i32 undef>
  %75 = fadd <2 x float> %74, %73
  %76 = extractelement <2 x float> %75, i64 0
  %77 = fpext float %76 to double
  %78 = fsub double %77, %56
  %79 = fdiv double %78, %56
  %80 = tail call double @llvm.fabs.f64(double %79)
  %81 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 9997, double noundef %77, double noundef %56, double noundef %80)
  %82 = fcmp uge double %80, 1.000000e-05
  %83 = zext i1 %82 to i32
  ret i32 %83
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <4 x float> @llvm.fmuladd.v4f32(<4 x float>, <4 x float>, <4 x float>) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <2 x float> @llvm.fmuladd.v2f32(<2 x float>, <2 x float>, <2 x float>) #3

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.module.flags = !{!0, !1, !2, !3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!5, !5, i64 0}
!5 = !{!"float", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = distinct !{!8, !9, !10, !11}
!9 = !{!"llvm.loop.mustprogress"}
!10 = !{!"llvm.loop.isvectorized", i32 1}
!11 = !{!"llvm.loop.unroll.runtime.disable"}
!12 = distinct !{!12, !9}
!13 = distinct !{!13, !9}
