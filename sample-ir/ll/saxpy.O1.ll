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
  br label %20

1:                                                ; preds = %20, %1
  %2 = phi i64 [ %8, %1 ], [ 0, %20 ]
  %3 = getelementptr inbounds float, ptr @x, i64 %2
  %4 = load float, ptr %3, align 4, !tbaa !4
  %5 = getelementptr inbounds float, ptr @y, i64 %2
  %6 = load float, ptr %5, align 4, !tbaa !4
  %7 = tail call float @llvm.fmuladd.f32(float %4, float 5.000000e-01, float %6)
  store float %7, ptr %5, align 4, !tbaa !4
  %8 = add nuw nsw i64 %2, 1
  %9 = icmp eq i64 %8, 4096
  br i1 %9, label %10, label %1, !llvm.loop !8

10:                                               ; preds = %1, %10
  %11 = phi i64 [ %18, %10 ], [ 0, %1 ]
  %12 = shl nuw nsw i64 %11, 1
  %13 = getelementptr inbounds float, ptr @x, i64 %12
  %14 = load float, ptr %13, align 8, !tbaa !4
  %15 = getelementptr inbounds float, ptr @z, i64 %12
  %16 = load float, ptr %15, align 8, !tbaa !4
  %17 = tail call float @llvm.fmuladd.f32(float %14, float 5.000000e-01, float %16)
  store float %17, ptr %15, align 8, !tbaa !4
  %18 = add nuw nsw i64 %11, 1
  %19 = icmp eq i64 %18, 2048
  br i1 %19, label %35, label %10, !llvm.loop !11

20:                                               ; preds = %0, %20
  %21 = phi i64 [ 0, %0 ], [ %27, %20 ]
  %22 = trunc i64 %21 to i32
  %23 = sitofp i32 %22 to float
  %24 = getelementptr inbounds [4096 x float], ptr @x, i64 0, i64 %21
  store float %23, ptr %24, align 4, !tbaa !4
  %25 = getelementptr inbounds [4096 x float], ptr @y, i64 0, i64 %21
  store float 2.000000e+00, ptr %25, align 4, !tbaa !4
  %26 = getelementptr inbounds [4096 x float], ptr @z, i64 0, i64 %21
  store float 2.000000e+00, ptr %26, align 4, !tbaa !4
  %27 = add nuw nsw i64 %21, 1
  %28 = icmp eq i64 %27, 4096
  br i1 %28, label %1, label %20, !llvm.loop !12

29:                                               ; preds = %35
  %30 = load float, ptr getelementptr inbounds ([4096 x float], ptr @y, i64 0, i64 100), align 16, !tbaa !4
  %31 = fpext float %30 to double
  %32 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 4096, double noundef %31, i32 noundef %53)
  %33 = icmp ne i32 %53, 0
  %34 = zext i1 %33 to i32
  ret i32 %34

35:                                               ; preds = %10, %35
  %36 = phi i64 [ %54, %35 ], [ 0, %10 ]
  %37 = phi i32 [ %53, %35 ], [ 0, %10 ]
  %38 = getelementptr inbounds [4096 x float], ptr @y, i64 0, i64 %36
  %39 = load float, ptr %38, align 4, !tbaa !4
  %40 = trunc i64 %36 to i32
  %41 = sitofp i32 %40 to float
  %42 = tail call float @llvm.fmuladd.f32(float %41, float 5.000000e-01, float 2.000000e+00)
  %43 = fcmp une float %39, %42
  %44 = zext i1 %43 to i32
  %45 = add nsw i32 %37, %44
  %46 = getelementptr inbounds [4096 x float], ptr @z, i64 0, i64 %36
  %47 = load float, ptr %46, align 4, !tbaa !4
  %48 = and i64 %36, 1
  %49 = icmp eq i64 %48, 0
  %50 = select i1 %49, float %42, float 2.000000e+00
  %51 = fcmp une float %47, %50
  %52 = zext i1 %51 to i32
  %53 = add nsw i32 %45, %52
  %54 = add nuw nsw i64 %36, 1
  %55 = icmp eq i64 %54, 4096
  br i1 %55, label %29, label %35, !llvm.loop !13
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

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
