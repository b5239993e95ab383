; ModuleID = 'c/histogram.c'
source_filename = "c/histogram.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@buffer = internal unnamed_addr global [65536 x i8] zeroinitializer, align 16
@bins = internal unnamed_addr global [256 x i32] zeroinitializer, align 16
@coarse = internal unnamed_addr global [8 x i32] zeroinitializer, align 16
@.str = private unnamed_addr constant [41 x i8] c"histogram total=%u peak=%u coarse[0]=%u\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  br label %24

1:                                                ; preds = %24
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(1024) @bins, i8 0, i64 1024, i1 false), !tbaa !4
  br label %2

2:                                                ; preds = %2, %1
  %3 = phi i64 [ 0, %1 ], [ %10, %2 ]
  %4 = getelementptr inbounds i8, ptr @buffer, i64 %3
  %5 = load i8, ptr %4, align 1, !tbaa !8
  %6 = zext i8 %5 to i64
  %7 = getelementptr inbounds i32, ptr @bins, i64 %6
  %8 = load i32, ptr %7, align 4, !tbaa !4
  %9 = add i32 %8, 1
  store i32 %9, ptr %7, align 4, !tbaa !4
  %10 = add nuw nsw i64 %3, 1
  %11 = icmp eq i64 %10, 65536
  br i1 %11, label %12, label %2, !llvm.loop !9

12:                                               ; preds = %2
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(32) @coarse, i8 0, i64 32, i1 false), !tbaa !4
  br label %13

13:                                               ; preds = %13, %12
  %14 = phi i64 [ 0, %12 ], [ %22, %13 ]
  %15 = getelementptr inbounds i32, ptr @bins, i64 %14
  %16 = load i32, ptr %15, align 4, !tbaa !4
  %17 = lshr i64 %14, 5
  %18 = and i64 %17, 134217727
  %19 = getelementptr inbounds i32, ptr @coarse, i64 %18
  %20 = load i32, ptr %19, align 4, !tbaa !4
  %21 = add i32 %20, %16
  store i32 %21, ptr %19, align 4, !tbaa !4
  %22 = add nuw nsw i64 %14, 1
  %23 = icmp eq i64 %22, 256
  br i1 %23, label %34, label %13, !llvm.loop !12

24:                                               ; preds = %0, %24
  %25 = phi i64 [ 0, %0 ], [ %32, %24 ]
  %26 = phi i32 [ 12345, %0 ], [ %28, %24 ]
  %27 = mul i32 %26, 1664525
  %28 = add i32 %27, 1013904223
  %29 = lshr i32 %28, 24
  %30 = trunc i32 %29 to i8
  %31 = getelementptr inbounds [65536 x i8], ptr @buffer, i64 0, i64 %25
  store i8 %30, ptr %31, align 1, !tbaa !8
  %32 = add nuw nsw i64 %25, 1
  %33 = icmp eq i64 %32, 65536
  br i1 %33, label %1, label %24, !llvm.loop !13

34:                                               ; preds = %13, %34
  %35 = phi i64 [ %42, %34 ], [ 0, %13 ]
  %36 = phi i32 [ %41, %34 ], [ 0, %13 ]
  %37 = phi i32 [ %40, %34 ], [ 0, %13 ]
  %38 = getelementptr inbounds [256 x i32], ptr @bins, i64 0, i64 %35
  %39 = load i32, ptr %38, align 4, !tbaa !4
  %40 = add i32 %39, %37
  %41 = tail call i32 @llvm.umax.i32(i32 %39, i32 %36)
  %42 = add nuw nsw i64 %35, 1
  %43 = icmp eq i64 %42, 256
  br i1 %43, label %53, label %34, !llvm.loop !14

44:                                               ; preds = %53
  %45 = load i32, ptr @coarse, align 16, !tbaa !4
  %46 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %40, i32 noundef %41, i32 noundef %45)
  %47 = icmp ne i32 %40, 65536
  %48 = icmp ne i32 %58, 65536
  %49 = select i1 %47, i1 true, i1 %48
  %50 = icmp ugt i32 %41, 399
  %51 = select i1 %49, i1 true, i1 %50
  %52 = zext i1 %51 to i32
  ret i32 %52

53:                                               ; preds = %34, %53
  %54 = phi i64 [ %59, %53 ], [ 0, %34 ]
  %55 = phi i32 [ %58, %53 ], [ 0, %34 ]
  %56 = getelementptr inbounds [8 x i32], ptr @coarse, i64 0, i64 %54
  %57 = load i32, ptr %56, align 4, !tbaa !4
  %58 = add i32 %57, %55
  %59 = add nuw nsw i64 %54, 1
  %60 = icmp eq i64 %59, 8
  br i1 %60, label %44, label %53, !llvm.loop !15
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.umax.i32(i32, i32) #3

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

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
!9 = distinct !{!9, !10, !11}
!10 = !{!"llvm.loop.mustprogress"}
!11 = !{!"llvm.loop.unroll.disable"}
!12 = distinct !{!12, !10, !11}
!13 = distinct !{!13, !10, !11}
!14 = distinct !{!14, !10, !11}
!15 = distinct !{!15, !10, !11}
