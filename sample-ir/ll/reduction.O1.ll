; ModuleID = 'c/reduction.c'
source_filename = "c/reduction.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@data = internal unnamed_addr global [4096 x float] zeroinitializer, align 16
@.str = private unnamed_addr constant [66 x i8] c"reduction sum=%.6f kahan=%.6f tree=%.6f exact=%.6f min=%g max=%g\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  br label %59

1:                                                ; preds = %59
  %2 = load <4 x float>, ptr @data, align 16
  %3 = shufflevector <4 x float> %2, <4 x float> poison, <2 x i32> zeroinitializer
  br label %4

4:                                                ; preds = %4, %1
  %5 = phi i64 [ 0, %1 ], [ %28, %4 ]
  %6 = phi <2 x float> [ %3, %1 ], [ %27, %4 ]
  %7 = phi <2 x float> [ zeroinitializer, %1 ], [ %19, %4 ]
  %8 = phi float [ 0.000000e+00, %1 ], [ %18, %4 ]
  %9 = getelementptr inbounds float, ptr @data, i64 %5
  %10 = load float, ptr %9, align 4, !tbaa !4
  %11 = extractelement <2 x float> %7, i64 0
  %12 = fadd float %11, %10
  %13 = insertelement <2 x float> poison, float %12, i64 0
  %14 = fsub float %10, %8
  %15 = extractelement <2 x float> %7, i64 1
  %16 = fadd float %15, %14
  %17 = fsub float %16, %15
  %18 = fsub float %17, %14
  %19 = insertelement <2 x float> %13, float %16, i64 1
  %20 = extractelement <2 x float> %6, i64 0
  %21 = fcmp olt float %10, %20
  %22 = insertelement <2 x float> %6, float %10, i64 0
  %23 = select i1 %21, <2 x float> %22, <2 x float> %6
  %24 = extractelement <2 x float> %23, i64 1
  %25 = fcmp ogt float %10, %24
  %26 = insertelement <2 x float> %23, float %10, i64 1
  %27 = select i1 %25, <2 x float> %26, <2 x float> %23
  %28 = add nuw nsw i64 %5, 1
  %29 = icmp eq i64 %28, 4096
  br i1 %29, label %30, label %4, !llvm.loop !8

30:                                               ; preds = %4, %33
  %31 = phi i32 [ %34, %33 ], [ 2048, %4 ]
  %32 = zext i32 %31 to i64
  br label %36

33:                                               ; preds = %36
  %34 = lshr i32 %31, 1
  %35 = icmp ult i32 %31, 2
  br i1 %35, label %46, label %30, !llvm.loop !11

36:                                               ; preds = %36, %30
  %37 = phi i64 [ 0, %30 ], [ %44, %36 ]
  %38 = add nuw nsw i64 %37, %32
  %39 = getelementptr inbounds float, ptr @data, i64 %38
  %40 = load float, ptr %39, align 4, !tbaa !4
  %41 = getelementptr inbounds float, ptr @data, i64 %37
  %42 = load float, ptr %41, align 4, !tbaa !4
  %43 = fadd float %40, %42
  store float %43, ptr %41, align 4, !tbaa !4
  %44 = add nuw nsw i64 %37, 1
  %45 = icmp eq i64 %44, %32
  br i1 %45, label %33, label %36, !llvm.loop !12

46:                                               ; preds = %33
  %47 = load float, ptr @data, align 16, !tbaa !4
  %48 = fpext float %12 to double
  %49 = fpext float %16 to double
  %50 = fpext float %47 to double
  %51 = extractelement <2 x float> %27, i64 0
  %52 = fpext float %51 to double
  %53 = extractelement <2 x float> %27, i64 1
  %54 = fpext float %53 to double
  %55 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %48, double noundef %49, double noundef %50, double noundef %72, double noundef %52, double noundef %54)
  %56 = fsub double %49, %72
  %57 = tail call double @llvm.fabs.f64(double %56)
  %58 = fcmp olt double %57, 1.000000e-05
  br i1 %58, label %74, label %83

59:                                               ; preds = %0, %59
  %60 = phi i64 [ 0, %0 ], [ %62, %59 ]
  %61 = phi double [ 0.000000e+00, %0 ], [ %72, %59 ]
  %62 = add nuw nsw i64 %60, 1
  %63 = trunc i64 %62 to i32
  %64 = sitofp i32 %63 to float
  %65 = fdiv float 1.000000e+00, %64
  %66 = trunc i64 %60 to i32
  %67 = urem i32 %66, 7
  %68 = sitofp i32 %67 to float
  %69 = tail call float @llvm.fmuladd.f32(float %68, float 0x3F50624DE0000000, float %65)
  %70 = getelementptr inbounds [4096 x float], ptr @data, i64 0, i64 %60
  store float %69, ptr %70, align 4, !tbaa !4
  %71 = fpext float %69 to double
  %72 = fadd double %61, %71
  %73 = icmp eq i64 %62, 4096
  br i1 %73, label %1, label %59, !llvm.loop !13

74:                                               ; preds = %46
  %75 = fsub double %50, %72
  %76 = tail call double @llvm.fabs.f64(double %75)
  %77 = fcmp olt double %76, 1.000000e-04
  %78 = fcmp oeq float %53, 1.000000e+00
  %79 = select i1 %77, i1 %78, i1 false
  br i1 %79, label %80, label %83

80:                                               ; preds = %74
  %81 = fcmp uge float %51, 0x3F50624DE0000000
  %82 = zext i1 %81 to i32
  br label %83

83:                                               ; preds = %80, %74, %46
  %84 = phi i32 [ 1, %74 ], [ 1, %46 ], [ %82, %80 ]
  ret i32 %84
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #1

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="64" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!0, !1, !2, !3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!5, !5, i64 0}
!5 = !{!"float", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = distinct !{!8, !9, !10}
!9 = !{!"llvm.loop.mustprogress"}
!10 = !{!"llvm.loop.unroll.disable"}
!11 = distinct !{!11, !9, !10}
!12 = distinct !{!12, !9, !10}
!13 = distinct !{!13, !9, !10}
