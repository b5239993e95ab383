; ModuleID = 'c/prefix_scan.c'
source_filename = "c/prefix_scan.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@input = internal unnamed_addr global [1024 x i32] zeroinitializer, align 16
@blelloch = internal unnamed_addr global [1024 x i32] zeroinitializer, align 16
@serial = internal unnamed_addr global [1024 x i32] zeroinitializer, align 16
@.str = private unnamed_addr constant [40 x i8] c"prefix_scan n=%d last=%d mismatches=%d\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  br label %50

1:                                                ; preds = %50, %1
  %2 = phi i64 [ %8, %1 ], [ 0, %50 ]
  %3 = phi i32 [ %7, %1 ], [ 0, %50 ]
  %4 = getelementptr inbounds i32, ptr @serial, i64 %2
  store i32 %3, ptr %4, align 4, !tbaa !4
  %5 = getelementptr inbounds i32, ptr @input, i64 %2
  %6 = load i32, ptr %5, align 4, !tbaa !4
  %7 = add nsw i32 %6, %3
  %8 = add nuw nsw i64 %2, 1
  %9 = icmp eq i64 %8, 1024
  br i1 %9, label %13, label %1, !llvm.loop !8

10:                                               ; preds = %20
  %11 = icmp ult i32 %15, 1024
  br i1 %11, label %13, label %12, !llvm.loop !11

12:                                               ; preds = %10
  store i32 0, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 1023), align 4, !tbaa !4
  br label %30

13:                                               ; preds = %1, %10
  %14 = phi i32 [ %15, %10 ], [ 1, %1 ]
  %15 = shl i32 %14, 1
  %16 = add i32 %15, -1
  %17 = sext i32 %16 to i64
  %18 = sext i32 %15 to i64
  %19 = sext i32 %14 to i64
  br label %20

20:                                               ; preds = %20, %13
  %21 = phi i64 [ %17, %13 ], [ %28, %20 ]
  %22 = sub nsw i64 %21, %19
  %23 = getelementptr inbounds i32, ptr @blelloch, i64 %22
  %24 = load i32, ptr %23, align 4, !tbaa !4
  %25 = getelementptr inbounds i32, ptr @blelloch, i64 %21
  %26 = load i32, ptr %25, align 4, !tbaa !4
  %27 = add nsw i32 %26, %24
  store i32 %27, ptr %25, align 4, !tbaa !4
  %28 = add i64 %21, %18
  %29 = icmp slt i64 %28, 1024
  br i1 %29, label %20, label %10, !llvm.loop !12

30:                                               ; preds = %36, %12
  %31 = phi i32 [ 512, %12 ], [ %37, %36 ]
  %32 = shl nuw nsw i32 %31, 1
  %33 = zext i32 %32 to i64
  %34 = add nsw i64 %33, -1
  %35 = zext i32 %31 to i64
  br label %39

36:                                               ; preds = %39
  %37 = lshr i32 %31, 1
  %38 = icmp ult i32 %31, 2
  br i1 %38, label %66, label %30, !llvm.loop !13

39:                                               ; preds = %39, %30
  %40 = phi i64 [ %34, %30 ], [ %48, %39 ]
  %41 = sub nsw i64 %40, %35
  %42 = getelementptr inbounds i32, ptr @blelloch, i64 %41
  %43 = load i32, ptr %42, align 4, !tbaa !4
  %44 = getelementptr inbounds i32, ptr @blelloch, i64 %40
  %45 = load i32, ptr %44, align 4, !tbaa !4
  store i32 %45, ptr %42, align 4, !tbaa !4
  %46 = load i32, ptr %44, align 4, !tbaa !4
  %47 = add nsw i32 %46, %43
  store i32 %47, ptr %44, align 4, !tbaa !4
  %48 = add nsw i64 %40, %33
  %49 = icmp ult i64 %48, 1024
  br i1 %49, label %39, label %36, !llvm.loop !14

50:                                               ; preds = %0, %50
  %51 = phi i64 [ 0, %0 ], [ %59, %50 ]
  %52 = trunc i64 %51 to i32
  %53 = mul i32 %52, 37
  %54 = add i32 %53, 11
  %55 = urem i32 %54, 17
  %56 = add nsw i32 %55, -8
  %57 = getelementptr inbounds [1024 x i32], ptr @input, i64 0, i64 %51
  store i32 %56, ptr %57, align 4, !tbaa !4
  %58 = getelementptr inbounds [1024 x i32], ptr @blelloch, i64 0, i64 %51
  store i32 %56, ptr %58, align 4, !tbaa !4
  %59 = add nuw nsw i64 %51, 1
  %60 = icmp eq i64 %59, 1024
  br i1 %60, label %1, label %50, !llvm.loop !15

61:                                               ; preds = %66
  %62 = load i32, ptr getelementptr inbounds ([1024 x i32], ptr @serial, i64 0, i64 1023), align 4, !tbaa !4
  %63 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 1024, i32 noundef %62, i32 noundef %75)
  %64 = icmp ne i32 %75, 0
  %65 = zext i1 %64 to i32
  ret i32 %65

66:                                               ; preds = %36, %66
  %67 = phi i64 [ %76, %66 ], [ 0, %36 ]
  %68 = phi i32 [ %75, %66 ], [ 0, %36 ]
  %69 = getelementptr inbounds [1024 x i32], ptr @serial, i64 0, i64 %67
  %70 = load i32, ptr %69, align 4, !tbaa !4
  %71 = getelementptr inbounds [1024 x i32], ptr @blelloch, i64 0, i64 %67
  %72 = load i32, ptr %71, align 4, !tbaa !4
  %73 = icmp ne i32 %70, %72
  %74 = zext i1 %73 to i32
  %75 = add nuw nsw i32 %68, %74
  %76 = add nuw nsw i64 %67, 1
  %77 = icmp eq i64 %76, 1024
  br i1 %77, label %61, label %66, !llvm.loop !16
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #1

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!0, !1, !2, !3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!5, !5, i64 0}
!5 = !{!"int", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = distinct !{!8, !9, !10}
!9 = !{!"llvm.loop.mustprogress"}
!10 = !{!"llvm.loop.unroll.disable"}
!11 = distinct !{!11, !9, !10}
!12 = distinct !{!12, !9, !10}
!13 = distinct !{!13, !9, !10}
!14 = distinct !{!14, !9, !10}
!15 = distinct !{!15, !9, !10}
!16 = distinct !{!16, !9, !10}
