; ModuleID = 'c/saxpy.c'
source_filename = "c/saxpy.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@x = internal unnamed_addr global [4096 x float] zeroinitializer, align 16
@y = internal unnamed_addr global [4096 x float] zeroinitializer, align 16
@z = internal unnamed_addr global [4096 x float] zeroinitializer, align 16
@.str = private unnamed_addr constant [33 x i8] c"saxpy n=%d y[100]=%.1f wrong=%d\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  br label %1

1:                                                ; preds = %1, %0
  %2 = phi i64 [ 0, %0 ], [ %13, %1 ]
  %3 = phi <4 x i32> [ <i32 0, i32 1, i32 2, i32 3>, %0 ], [ %14, %1 ]
  %4 = add <4 x i32> %3, <i32 4, i32 4, i32 4, i32 4>
  %5 = sitofp <4 x i32> %3 to <4 x float>
  %6 = sitofp <4 x i32> %4 to <4 x float>
  %7 = getelementptr inbounds [4096 x float], ptr @x, i64 0, i64 %2
  store <4 x float> %5, ptr %7, align 16, !tbaa !4
  %8 = getelementptr inbounds float, ptr %7, i64 4
  store <4 x float> %6, ptr %8, align 16, !tbaa !4
  %9 = getelementptr inbounds [4096 x float], ptr @y, i64 0, i64 %2
  store <4 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, ptr %9, align 16, !tbaa !4
  %10 = getelementptr inbounds float, ptr %9, i64 4
  store <4 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, ptr %10, align 16, !tbaa !4
  %11 = getelementptr inbounds [4096 x float], ptr @z, i64 0, i64 %2
  store <4 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, ptr %11, align 16, !tbaa !4
  %12 = getelementptr inbounds float, ptr %11, i64 4
  store <4 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, ptr %12, align 16, !tbaa !4
  %13 = add nuw i64 %2, 8
  %14 = add <4 x i32> %3, <i32 8, i32 8, i32 8, i32 8>
  %15 = icmp eq i64 %13, 4096
  br i1 %15, label %80, label %1, !llvm.loop !8

16:                                               ; preds = %80, %16
  %17 = phi i64 [ %31, %16 ], [ 0, %80 ]
  %18 = shl nuw nsw i64 %17, 1
  %19 = getelementptr inbounds float, ptr @x, i64 %18
  %20 = load float, ptr %19, align 16, !tbaa !4
  %21 = getelementptr inbounds float, ptr @z, i64 %18
  %22 = load float, ptr %21, align 16, !tbaa !4
  %23 = tail call float @llvm.fmuladd.f32(float %20, float 5.000000e-01, float %22)
  store float %23, ptr %21, align 16, !tbaa !4
  %24 = shl nuw i64 %17, 1
  %25 = or i64 %24, 2
  %26 = getelementptr inbounds float, ptr @x, i64 %25
  %27 = load float, ptr %26, align 8, !tbaa !4
  %28 = getelementptr inbounds float, ptr @z, i64 %25
  %29 = load float, ptr %28, align 8, !tbaa !4
  %30 = tail call float @llvm.fmuladd.f32(float %27, float 5.000000e-01, float %29)
  store float %30, ptr %28, align 8, !tbaa !4
  %31 = add nuw nsw i64 %17, 2
  %32 = icmp eq i64 %31, 2048
  br i1 %32, label %33, label %16, !llvm.loop !12

33:                                               ; preds = %16, %33
  %34 = phi i64 [ %69, %33 ], [ 0, %16 ]
  %35 = phi <4 x i32> [ %67, %33 ], [ zeroinitializer, %16 ]
  %36 = phi <4 x i32> [ %68, %33 ], [ zeroinitializer, %16 ]
  %37 = phi <4 x i32> [ %70, %33 ], [ <i32 0, i32 1, i32 2, i32 3>, %16 ]
  %38 = add <4 x i32> %37, <i32 4, i32 4, i32 4, i32 4>
  %39 = getelementptr inbounds [4096 x float], ptr @y, i64 0, i64 %34
  %40 = load <4 x float>, ptr %39, align 16, !tbaa !4
  %41 = getelementptr inbounds float, ptr %39, i64 4
  %42 = load <4 x float>, ptr %41, align 16, !tbaa !4
  %43 = sitofp <4 x i32> %37 to <4 x float>
  %44 = sitofp <4 x i32> %38 to <4 x float>
  %45 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %43, <4 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>, <4 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>)
  %46 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %44, <4 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>, <4 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>)
  %47 = fcmp une <4 x float> %40, %45
  %48 = fcmp une <4 x float> %42, %46
  %49 = zext <4 x i1> %47 to <4 x i32>
  %50 = zext <4 x i1> %48 to <4 x i32>
  %51 = add <4 x i32> %35, %49
  %52 = add <4 x i32> %36, %50
  %53 = getelementptr inbounds [4096 x float], ptr @z, i64 0, i64 %34
  %54 = load <4 x float>, ptr %53, align 16, !tbaa !4
  %55 = getelementptr inbounds float, ptr %53, i64 4
  %56 = load <4 x float>, ptr %55, align 16, !tbaa !4
  %57 = and <4 x i32> %37, <i32 1, i32 1, i32 1, i32 1>
  %58 = and <4 x i32> %37, <i32 1, i32 1, i32 1, i32 1>
  %59 = icmp eq <4 x i32> %57, zeroinitializer
  %60 = icmp eq <4 x i32> %58, zeroinitializer
  %61 = select <4 x i1> %59, <4 x float> %45, <4 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %62 = select <4 x i1> %60, <4 x float> %46, <4 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>
  %63 = fcmp une <4 x float> %54, %61
  %64 = fcmp une <4 x float> %56, %62
  %65 = zext <4 x i1> %63 to <4 x i32>
  %66 = zext <4 x i1> %64 to <4 x i32>
  %67 = add <4 x i32> %51, %65
  %68 = add <4 x i32> %52, %66
  %69 = add nuw i64 %34, 8
  %70 = add <4 x i32> %37, <i32 8, i32 8, i32 8, i32 8>
  %71 = icmp eq i64 %69, 4096
  br i1 %71, label %72, label %33, !llvm.loop !13

72:                                               ; preds = %33
  %73 = add <4 x i32> %68, %67
  %74 = tail call i32 @llvm.vector.reduce.add.v4i32(<4 x i32> %73)
  %75 = load float, ptr getelementptr inbounds ([4096 x float], ptr @y, i64 0, i64 100), align 16, !tbaa !4
  %76 = fpext float %75 to double
  %77 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 4096, double noundef %76, i32 noundef %74)
  %78 = icmp ne i32 %74, 0
  %79 = zext i1 %78 to i32
  ret i32 %79

80:                                               ; preds = %1, %80
  %81 = phi i64 [ %92, %80 ], [ 0, %1 ]
  %82 = getelementptr inbounds float, ptr @x, i64 %81
  %83 = load <4 x float>, ptr %82, align 16, !tbaa !4
  %84 = getelementptr inbounds float, ptr %82, i64 4
  %85 = load <4 x float>, ptr %84, align 16, !tbaa !4
  %86 = getelementptr inbounds float, ptr @y, i64 %81
  %87 = load <4 x float>, ptr %86, align 16, !tbaa !4
  %88 = getelementptr inbounds float, ptr %86, i64 4
  %89 = load <4 x float>, ptr %88, align 16, !tbaa !4
  %90 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %83, <4 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>, <4 x float> %87)
  %91 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %85, <4 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>, <4 x float> %89)
  store <4 x float> %90, ptr %86, align 16, !tbaa !4
  store <4 x float> %91, ptr %88, align 16, !tbaa !4
  %92 = add nuw i64 %81, 8
  %93 = icmp eq i64 %92, 4096
  br i1 %93, label %16, label %80, !llvm.loop !14
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <4 x float> @llvm.fmuladd.v4f32(<4 x float>, <4 x float>, <4 x float>) #3

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare i32 @llvm.vector.reduce.add.v4i32(<4 x i32>) #4

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nocallback nofree nosync nounwind willreturn memory(none) }

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
!13 = distinct !{!13, !9, !10, !11}
!14 = distinct !{!14, !9, !10, !11}
