; ModuleID = 'c/reduction.c'
source_filename = "c/reduction.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@data = internal unnamed_addr global [4096 x float] zeroinitializer, align 16
@.str = private unnamed_addr constant [66 x i8] c"reduction sum=%.6f kahan=%.6f tree=%.6f exact=%.6f min=%g max=%g\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  br label %82

1:                                                ; preds = %82
  %2 = load <4 x float>, ptr @data, align 16
  %3 = shufflevector <4 x float> %2, <4 x float> poison, <2 x i32> zeroinitializer
  br label %4

4:                                                ; preds = %4, %1
  %5 = phi i64 [ 0, %1 ], [ %26, %4 ]
  %6 = phi <2 x float> [ %3, %1 ], [ %25, %4 ]
  %7 = phi <2 x float> [ zeroinitializer, %1 ], [ %14, %4 ]
  %8 = phi float [ 0.000000e+00, %1 ], [ %17, %4 ]
  %9 = getelementptr inbounds float, ptr @data, i64 %5
  %10 = load float, ptr %9, align 4, !tbaa !4
  %11 = fsub float %10, %8
  %12 = insertelement <2 x float> poison, float %10, i64 0
  %13 = insertelement <2 x float> %12, float %11, i64 1
  %14 = fadd <2 x float> %7, %13
  %15 = fsub <2 x float> %14, %7
  %16 = extractelement <2 x float> %15, i64 1
  %17 = fsub float %16, %11
  %18 = extractelement <2 x float> %6, i64 0
  %19 = fcmp olt float %10, %18
  %20 = insertelement <2 x float> %6, float %10, i64 0
  %21 = select i1 %19, <2 x float> %20, <2 x float> %6
  %22 = extractelement <2 x float> %21, i64 1
  %23 = fcmp ogt float %10, %22
  %24 = insertelement <2 x float> %21, float %10, i64 1
  %25 = select i1 %23, <2 x float> %24, <2 x float> %21
  %26 = add nuw nsw i64 %5, 1
  %27 = icmp eq i64 %26, 4096
  br i1 %27, label %28, label %4, !llvm.loop !8

28:                                               ; preds = %4
  %29 = extractelement <2 x float> %14, i64 1
  br label %30

30:                                               ; preds = %28, %55
  %31 = phi i32 [ %56, %55 ], [ 2048, %28 ]
  %32 = zext i32 %31 to i64
  %33 = icmp ult i32 %31, 8
  br i1 %33, label %53, label %34

34:                                               ; preds = %30
  %35 = and i64 %32, 4088
  br label %36

36:                                               ; preds = %36, %34
  %37 = phi i64 [ 0, %34 ], [ %49, %36 ]
  %38 = add nuw nsw i64 %37, %32
  %39 = getelementptr inbounds float, ptr @data, i64 %38
  %40 = load <4 x float>, ptr %39, align 4, !tbaa !4
  %41 = getelementptr inbounds float, ptr %39, i64 4
  %42 = load <4 x float>, ptr %41, align 4, !tbaa !4
  %43 = getelementptr inbounds float, ptr @data, i64 %37
  %44 = load <4 x float>, ptr %43, align 16, !tbaa !4
  %45 = getelementptr inbounds float, ptr %43, i64 4
  %46 = load <4 x float>, ptr %45, align 16, !tbaa !4
  %47 = fadd <4 x float> %40, %44
  %48 = fadd <4 x float> %42, %46
  store <4 x float> %47, ptr %43, align 16, !tbaa !4
  store <4 x float> %48, ptr %45, align 16, !tbaa !4
  %49 = add nuw i64 %37, 8
  %50 = icmp eq i64 %49, %35
  br i1 %50, label %51, label %36, !llvm.loop !10

51:                                               ; preds = %36
  %52 = icmp eq i64 %35, %32
  br i1 %52, label %55, label %53

53:                                               ; preds = %30, %51
  %54 = phi i64 [ 0, %30 ], [ %35, %51 ]
  br label %58

55:                                               ; preds = %58, %51
  %56 = lshr i32 %31, 1
  %57 = icmp ult i32 %31, 2
  br i1 %57, label %68, label %30, !llvm.loop !13

58:                                               ; preds = %53, %58
  %59 = phi i64 [ %66, %58 ], [ %54, %53 ]
  %60 = add nuw nsw i64 %59, %32
  %61 = getelementptr inbounds float, ptr @data, i64 %60
  %62 = load float, ptr %61, align 4, !tbaa !4
  %63 = getelementptr inbounds float, ptr @data, i64 %59
  %64 = load float, ptr %63, align 4, !tbaa !4
  %65 = fadd float %62, %64
  store float %65, ptr %63, align 4, !tbaa !4
  %66 = add nuw nsw i64 %59, 1
  %67 = icmp eq i64 %66, %32
  br i1 %67, label %55, label %58, !llvm.loop !14

68:                                               ; preds = %55
  %69 = load float, ptr @data, align 16, !tbaa !4
  %70 = extractelement <2 x float> %14, i64 0
  %71 = fpext float %70 to double
  %72 = fpext float %29 to double
  %73 = fpext float %69 to double
  %74 = extractelement <2 x float> %25, i64 0
  %75 = fpext float %74 to double
  %76 = extractelement <2 x float> %25, i64 1
  %77 = fpext float %76 to double
  %78 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %71, double noundef %72, double noundef %73, double noundef %95, double noundef %75, double noundef %77)
  %79 = fsub double %72, %95
  %80 = tail call double @llvm.fabs.f64(double %79)
  %81 = fcmp olt double %80, 1.000000e-05
  br i1 %81, label %97, label %106

82:                                               ; preds = %0, %82
  %83 = phi i64 [ 0, %0 ], [ %85, %82 ]
  %84 = phi double [ 0.000000e+00, %0 ], [ %95, %82 ]
  %85 = add nuw nsw i64 %83, 1
  %86 = trunc i64 %85 to i32
  %87 = sitofp i32 %86 to float
  %88 = fdiv float 1.000000e+00, %87
  %89 = trunc i64 %83 to i16
  %90 = urem i16 %89, 7
  %91 = uitofp i16 %90 to float
  %92 = tail call float @llvm.fmuladd.f32(float %91, float 0x3F50624DE0000000, float %88)
  %93 = getelementptr inbounds [4096 x float], ptr @data, i64 0, i64 %83
  store float %92, ptr %93, align 4, !tbaa !4
  %94 = fpext float %92 to double
  %95 = fadd double %84, %94
  %96 = icmp eq i64 %85, 4096
  br i1 %96, label %1, label %82, !llvm.loop !15

97:                                               ; preds = %68
  %98 = fsub double %73, %95
  %99 = tail call double @llvm.fabs.f64(double %98)
  %100 = fcmp olt double %99, 1.000000e-04
  %101 = fcmp oeq float %76, 1.000000e+00
  %102 = select i1 %100, i1 %101, i1 false
  br i1 %102, label %103, label %106

103:                                              ; preds = %97
  %104 = fcmp uge float %74, 0x3F50624DE0000000
  %105 = zext i1 %104 to i32
  br label %106

106:                                              ; preds = %103, %97, %68
  %107 = phi i32 [ 1, %97 ], [ 1, %68 ], [ %105, %103 ]
  ret i32 %107
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
!8 = distinct !{!8, !9}
!9 = !{!"llvm.loop.mustprogress"}
!10 = distinct !{!10, !9, !11, !12}
!11 = !{!"llvm.loop.isvectorized", i32 1}
!12 = !{!"llvm.loop.unroll.runtime.disable"}
!13 = distinct !{!13, !9}
!14 = distinct !{!14, !9, !12, !11}
!15 = distinct !{!15, !9}
