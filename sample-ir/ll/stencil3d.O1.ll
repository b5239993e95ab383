; ModuleID = 'c/stencil3d.c'
source_filename = "c/stencil3d.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@field = internal unnamed_addr global [13440 x float] zeroinitializer, align 16
@lap = internal unnamed_addr global [13440 x float] zeroinitializer, align 16
@.str = private unnamed_addr constant [33 x i8] c"stencil3d %dx%dx%d max error=%g\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  br label %1

1:                                                ; preds = %0, %67
  %2 = phi i64 [ 0, %0 ], [ %68, %67 ]
  %3 = trunc i64 %2 to i32
  %4 = sitofp i32 %3 to float
  %5 = fmul float %4, 5.000000e-01
  %6 = fmul float %5, 3.000000e+00
  %7 = mul nuw nsw i64 %2, 24
  br label %58

8:                                                ; preds = %67, %15
  %9 = phi i64 [ %16, %15 ], [ 1, %67 ]
  %10 = mul nuw nsw i64 %9, 24
  br label %11

11:                                               ; preds = %18, %8
  %12 = phi i64 [ 1, %8 ], [ %19, %18 ]
  %13 = add nuw nsw i64 %12, %10
  %14 = mul nuw nsw i64 %13, 28
  br label %21

15:                                               ; preds = %18
  %16 = add nuw nsw i64 %9, 1
  %17 = icmp eq i64 %16, 19
  br i1 %17, label %84, label %8, !llvm.loop !4

18:                                               ; preds = %21
  %19 = add nuw nsw i64 %12, 1
  %20 = icmp eq i64 %19, 23
  br i1 %20, label %15, label %11, !llvm.loop !7

21:                                               ; preds = %21, %11
  %22 = phi i64 [ 1, %11 ], [ %49, %21 ]
  %23 = add nuw nsw i64 %22, %14
  %24 = getelementptr inbounds float, ptr @field, i64 %23
  %25 = load float, ptr %24, align 4, !tbaa !8
  %26 = add nuw nsw i64 %22, %14
  %27 = add nsw i64 %26, -672
  %28 = getelementptr inbounds float, ptr @field, i64 %27
  %29 = load float, ptr %28, align 4, !tbaa !8
  %30 = add nuw nsw i64 %22, %14
  %31 = add nuw nsw i64 %30, 672
  %32 = getelementptr inbounds float, ptr @field, i64 %31
  %33 = load float, ptr %32, align 4, !tbaa !8
  %34 = fadd float %29, %33
  %35 = add nuw nsw i64 %22, %14
  %36 = add nsw i64 %35, -28
  %37 = getelementptr inbounds float, ptr @field, i64 %36
  %38 = load float, ptr %37, align 4, !tbaa !8
  %39 = fadd float %34, %38
  %40 = add nuw nsw i64 %22, %14
  %41 = add nuw nsw i64 %40, 28
  %42 = getelementptr inbounds float, ptr @field, i64 %41
  %43 = load float, ptr %42, align 4, !tbaa !8
  %44 = fadd float %39, %43
  %45 = add nsw i64 %23, -1
  %46 = getelementptr inbounds float, ptr @field, i64 %45
  %47 = load float, ptr %46, align 4, !tbaa !8
  %48 = fadd float %44, %47
  %49 = add nuw nsw i64 %22, 1
  %50 = add nuw nsw i64 %49, %14
  %51 = getelementptr inbounds float, ptr @field, i64 %50
  %52 = load float, ptr %51, align 4, !tbaa !8
  %53 = fadd float %48, %52
  %54 = tail call float @llvm.fmuladd.f32(float %25, float -6.000000e+00, float %53)
  %55 = fmul float %54, 4.000000e+00
  %56 = getelementptr inbounds float, ptr @lap, i64 %23
  store float %55, ptr %56, align 4, !tbaa !8
  %57 = icmp eq i64 %49, 27
  br i1 %57, label %18, label %21, !llvm.loop !12

58:                                               ; preds = %1, %70
  %59 = phi i64 [ 0, %1 ], [ %71, %70 ]
  %60 = trunc i64 %59 to i32
  %61 = sitofp i32 %60 to float
  %62 = fmul float %61, 5.000000e-01
  %63 = fmul float %62, 2.000000e+00
  %64 = fmul float %62, %63
  %65 = add nuw nsw i64 %59, %7
  %66 = mul nuw nsw i64 %65, 28
  br label %73

67:                                               ; preds = %70
  %68 = add nuw nsw i64 %2, 1
  %69 = icmp eq i64 %68, 20
  br i1 %69, label %8, label %1, !llvm.loop !13

70:                                               ; preds = %73
  %71 = add nuw nsw i64 %59, 1
  %72 = icmp eq i64 %71, 24
  br i1 %72, label %67, label %58, !llvm.loop !14

73:                                               ; preds = %58, %73
  %74 = phi i64 [ 0, %58 ], [ %82, %73 ]
  %75 = trunc i64 %74 to i32
  %76 = sitofp i32 %75 to float
  %77 = fmul float %76, 5.000000e-01
  %78 = tail call float @llvm.fmuladd.f32(float %77, float %77, float %64)
  %79 = tail call float @llvm.fmuladd.f32(float %6, float %5, float %78)
  %80 = add nuw nsw i64 %74, %66
  %81 = getelementptr inbounds [13440 x float], ptr @field, i64 0, i64 %80
  store float %79, ptr %81, align 4, !tbaa !8
  %82 = add nuw nsw i64 %74, 1
  %83 = icmp eq i64 %82, 28
  br i1 %83, label %70, label %73, !llvm.loop !15

84:                                               ; preds = %15, %98
  %85 = phi i64 [ %99, %98 ], [ 1, %15 ]
  %86 = phi float [ %112, %98 ], [ 0.000000e+00, %15 ]
  %87 = mul nuw nsw i64 %85, 24
  br label %93

88:                                               ; preds = %98
  %89 = fpext float %112 to double
  %90 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 28, i32 noundef 24, i32 noundef 20, double noundef %89)
  %91 = fcmp uge float %112, 0x3F847AE140000000
  %92 = zext i1 %91 to i32
  ret i32 %92

93:                                               ; preds = %84, %101
  %94 = phi i64 [ 1, %84 ], [ %102, %101 ]
  %95 = phi float [ %86, %84 ], [ %112, %101 ]
  %96 = add nuw nsw i64 %94, %87
  %97 = mul nuw nsw i64 %96, 28
  br label %104

98:                                               ; preds = %101
  %99 = add nuw nsw i64 %85, 1
  %100 = icmp eq i64 %99, 19
  br i1 %100, label %88, label %84, !llvm.loop !16

101:                                              ; preds = %104
  %102 = add nuw nsw i64 %94, 1
  %103 = icmp eq i64 %102, 23
  br i1 %103, label %98, label %93, !llvm.loop !17

104:                                              ; preds = %93, %104
  %105 = phi i64 [ 1, %93 ], [ %113, %104 ]
  %106 = phi float [ %95, %93 ], [ %112, %104 ]
  %107 = add nuw nsw i64 %105, %97
  %108 = getelementptr inbounds [13440 x float], ptr @lap, i64 0, i64 %107
  %109 = load float, ptr %108, align 4, !tbaa !8
  %110 = fadd float %109, -1.200000e+01
  %111 = tail call float @llvm.fabs.f32(float %110)
  %112 = tail call float @llvm.maxnum.f32(float %106, float %111)
  %113 = add nuw nsw i64 %105, 1
  %114 = icmp eq i64 %113, 27
  br i1 %114, label %101, label %104, !llvm.loop !18
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fabs.f32(float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.maxnum.f32(float, float) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!0, !1, !2, !3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = distinct !{!4, !5, !6}
!5 = !{!"llvm.loop.mustprogress"}
!6 = !{!"llvm.loop.unroll.disable"}
!7 = distinct !{!7, !5, !6}
!8 = !{!9, !9, i64 0}
!9 = !{!"float", !10, i64 0}
!10 = !{!"omnipotent char", !11, i64 0}
!11 = !{!"Simple C/C++ TBAA"}
!12 = distinct !{!12, !5, !6}
!13 = distinct !{!13, !5, !6}
!14 = distinct !{!14, !5, !6}
!15 = distinct !{!15, !5, !6}
!16 = distinct !{!16, !5, !6}
!17 = distinct !{!17, !5, !6}
!18 = distinct !{!18, !5, !6}
