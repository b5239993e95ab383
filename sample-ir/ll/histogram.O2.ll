; ModuleID = 'c/histogram.c'
source_filename = "c/histogram.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@buffer = internal unnamed_addr global [65536 x i8] zeroinitializer, align 16
@bins = internal unnamed_addr global [256 x i32] zeroinitializer, align 16
@coarse = internal unnamed_addr global [8 x i32] zeroinitializer, align 32
@.str = private unnamed_addr constant [41 x i8] c"histogram total=%u peak=%u coarse[0]=%u\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  br label %70

1:                                                ; preds = %70
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(1024) @bins, i8 0, i64 1024, i1 false), !tbaa !4
  br label %2

2:                                                ; preds = %2, %1
  %3 = phi i64 [ 0, %1 ], [ %17, %2 ]
  %4 = getelementptr inbounds i8, ptr @buffer, i64 %3
  %5 = load i8, ptr %4, align 2, !tbaa !8
  %6 = zext i8 %5 to i64
  %7 = getelementptr inbounds i32, ptr @bins, i64 %6
  %8 = load i32, ptr %7, align 4, !tbaa !4
  %9 = add i32 %8, 1
  store i32 %9, ptr %7, align 4, !tbaa !4
  %10 = or i64 %3, 1
  %11 = getelementptr inbounds i8, ptr @buffer, i64 %10
  %12 = load i8, ptr %11, align 1, !tbaa !8
  %13 = zext i8 %12 to i64
  %14 = getelementptr inbounds i32, ptr @bins, i64 %13
  %15 = load i32, ptr %14, align 4, !tbaa !4
  %16 = add i32 %15, 1
  store i32 %16, ptr %14, align 4, !tbaa !4
  %17 = add nuw nsw i64 %3, 2
  %18 = icmp eq i64 %17, 65536
  br i1 %18, label %19, label %2, !llvm.loop !9

19:                                               ; preds = %2
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 32 dereferenceable(32) @coarse, i8 0, i64 32, i1 false), !tbaa !4
  br label %20

20:                                               ; preds = %20, %19
  %21 = phi i64 [ 0, %19 ], [ %37, %20 ]
  %22 = getelementptr inbounds i32, ptr @bins, i64 %21
  %23 = load i32, ptr %22, align 8, !tbaa !4
  %24 = lshr i64 %21, 5
  %25 = and i64 %24, 134217727
  %26 = getelementptr inbounds i32, ptr @coarse, i64 %25
  %27 = load i32, ptr %26, align 4, !tbaa !4
  %28 = add i32 %27, %23
  store i32 %28, ptr %26, align 4, !tbaa !4
  %29 = or i64 %21, 1
  %30 = getelementptr inbounds i32, ptr @bins, i64 %29
  %31 = load i32, ptr %30, align 4, !tbaa !4
  %32 = lshr i64 %21, 5
  %33 = and i64 %32, 134217727
  %34 = getelementptr inbounds i32, ptr @coarse, i64 %33
  %35 = load i32, ptr %34, align 4, !tbaa !4
  %36 = add i32 %35, %31
  store i32 %36, ptr %34, align 4, !tbaa !4
  %37 = add nuw nsw i64 %21, 2
  %38 = icmp eq i64 %37, 256
  br i1 %38, label %39, label %20, !llvm.loop !11

39:                                               ; preds = %20, %39
  %40 = phi i64 [ %53, %39 ], [ 0, %20 ]
  %41 = phi <4 x i32> [ %51, %39 ], [ zeroinitializer, %20 ]
  %42 = phi <4 x i32> [ %52, %39 ], [ zeroinitializer, %20 ]
  %43 = phi <4 x i32> [ %49, %39 ], [ zeroinitializer, %20 ]
  %44 = phi <4 x i32> [ %50, %39 ], [ zeroinitializer, %20 ]
  %45 = getelementptr inbounds [256 x i32], ptr @bins, i64 0, i64 %40
  %46 = load <4 x i32>, ptr %45, align 16, !tbaa !4
  %47 = getelementptr inbounds i32, ptr %45, i64 4
  %48 = load <4 x i32>, ptr %47, align 16, !tbaa !4
  %49 = add <4 x i32> %46, %43
  %50 = add <4 x i32> %48, %44
  %51 = tail call <4 x i32> @llvm.umax.v4i32(<4 x i32> %46, <4 x i32> %41)
  %52 = tail call <4 x i32> @llvm.umax.v4i32(<4 x i32> %48, <4 x i32> %42)
  %53 = add nuw i64 %40, 8
  %54 = icmp eq i64 %53, 256
  br i1 %54, label %55, label %39, !llvm.loop !12

55:                                               ; preds = %39
  %56 = add <4 x i32> %50, %49
  %57 = tail call i32 @llvm.vector.reduce.add.v4i32(<4 x i32> %56)
  %58 = tail call <4 x i32> @llvm.umax.v4i32(<4 x i32> %51, <4 x i32> %52)
  %59 = tail call i32 @llvm.vector.reduce.umax.v4i32(<4 x i32> %58)
  %60 = load <8 x i32>, ptr @coarse, align 32, !tbaa !4
  %61 = tail call i32 @llvm.vector.reduce.add.v8i32(<8 x i32> %60)
  %62 = extractelement <8 x i32> %60, i64 0
  %63 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %57, i32 noundef %59, i32 noundef %62)
  %64 = icmp ne i32 %57, 65536
  %65 = icmp ne i32 %61, 65536
  %66 = select i1 %64, i1 true, i1 %65
  %67 = icmp ugt i32 %59, 399
  %68 = or i1 %66, %67
  %69 = zext i1 %68 to i32
  ret i32 %69

70:                                               ; preds = %70, %0
  %71 = phi i64 [ 0, %0 ], [ %96, %70 ]
  %72 = phi i32 [ 12345, %0 ], [ %92, %70 ]
  %73 = mul i32 %72, 1664525
  %74 = add i32 %73, 1013904223
  %75 = lshr i32 %74, 24
  %76 = trunc i32 %75 to i8
  %77 = getelementptr inbounds [65536 x i8], ptr @buffer, i64 0, i64 %71
  store i8 %76, ptr %77, align 4, !tbaa !8
  %78 = or i64 %71, 1
  %79 = mul i32 %74, 1664525
  %80 = add i32 %79, 1013904223
  %81 = lshr i32 %80, 24
  %82 = trunc i32 %81 to i8
  %83 = getelementptr inbounds [65536 x i8], ptr @buffer, i64 0, i64 %78
  store i8 %82, ptr %83, align 1, !tbaa !8
  %84 = or i64 %71, 2
  %85 = mul i32 %80, 1664525
  %86 = add i32 %85, 1013904223
  %87 = lshr i32 %86, 24
  %88 = trunc i32 %87 to i8
  %89 = getelementptr inbounds [65536 x i8], ptr @buffer, i64 0, i64 %84
  store i8 %88, ptr %89, align 2, !tbaa !8
  %90 = or i64 %71, 3
  %91 = mul i32 %86, 1664525
  %92 = add i32 %91, 1013904223
  %93 = lshr i32 %92, 24
  %94 = trunc i32 %93 to i8
  %95 = getelementptr inbounds [65536 x i8], ptr @buffer, i64 0, i64 %90
  store i8 %94, ptr %95, align 1, !tbaa !8
  %96 = add nuw nsw i64 %71, 4
  %97 = icmp eq i64 %96, 65536
  br i1 %97, label %1, label %70, !llvm.loop !15
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <4 x i32> @llvm.umax.v4i32(<4 x i32>, <4 x i32>) #3

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare i32 @llvm.vector.reduce.umax.v4i32(<4 x i32>) #4

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare i32 @llvm.vector.reduce.add.v4i32(<4 x i32>) #4

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare i32 @llvm.vector.reduce.add.v8i32(<8 x i32>) #4

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nocallback nofree nosync nounwind willreturn memory(none) }

!llvm.module.flags = !{!0, !1, !2, !3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!5, !5, i64 0}
!5 = !{!"int", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = !{!6, !6, i64 0}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = distinct !{!11, !10}
!12 = distinct !{!12, !10, !13, !14}
!13 = !{!"llvm.loop.isvectorized", i32 1}
!14 = !{!"llvm.loop.unroll.runtime.disable"}
!15 = distinct !{!15, !10}
