; ModuleID = 'c/nqueens.c'
source_filename = "c/nqueens.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@main.known = internal unnamed_addr constant [11 x i64] [i64 1, i64 1, i64 0, i64 0, i64 2, i64 10, i64 4, i64 40, i64 92, i64 352, i64 724], align 16
@.str = private unnamed_addr constant [28 x i8] c"nqueens n=%d solutions=%ld\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  br label %4

1:                                                ; preds = %4
  %2 = icmp eq i32 %14, 0
  %3 = zext i1 %2 to i32
  ret i32 %3

4:                                                ; preds = %0, %4
  %5 = phi i64 [ 1, %0 ], [ %15, %4 ]
  %6 = phi i32 [ 1, %0 ], [ %14, %4 ]
  %7 = trunc i64 %5 to i32
  %8 = tail call fastcc i64 @solve(i32 noundef %7, i32 noundef 0, i32 noundef 0, i32 noundef 0, i32 noundef 0)
  %9 = trunc i64 %5 to i32
  %10 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %9, i64 noundef %8)
  %11 = getelementptr inbounds [11 x i64], ptr @main.known, i64 0, i64 %5
  %12 = load i64, ptr %11, align 8, !tbaa !4
  %13 = icmp eq i64 %8, %12
  %14 = select i1 %13, i32 %6, i32 0
  %15 = add nuw nsw i64 %5, 1
  %16 = icmp eq i64 %15, 11
  br i1 %16, label %1, label %4, !llvm.loop !8
}

; Function Attrs: nofree nosync nounwind memory(none) uwtable
define internal fastcc i64 @solve(i32 noundef %0, i32 noundef %1, i32 noundef %2, i32 noundef %3, i32 noundef %4) unnamed_addr #1 {
  %6 = icmp eq i32 %1, %0
  br i1 %6, label %30, label %7

7:                                                ; preds = %5
  %8 = shl nsw i32 -1, %0
  %9 = or i32 %8, %2
  %10 = or i32 %9, %3
  %11 = or i32 %10, %4
  %12 = icmp eq i32 %11, -1
  br i1 %12, label %30, label %13

13:                                               ; preds = %7
  %14 = xor i32 %11, -1
  %15 = add nsw i32 %1, 1
  br label %16

16:                                               ; preds = %13, %16
  %17 = phi i32 [ %14, %13 ], [ %21, %16 ]
  %18 = phi i64 [ 0, %13 ], [ %28, %16 ]
  %19 = sub i32 0, %17
  %20 = and i32 %17, %19
  %21 = sub i32 %17, %20
  %22 = or i32 %20, %2
  %23 = or i32 %20, %3
  %24 = shl i32 %23, 1
  %25 = or i32 %20, %4
  %26 = lshr i32 %25, 1
  %27 = tail call fastcc i64 @solve(i32 noundef %0, i32 noundef %15, i32 noundef %22, i32 noundef %24, i32 noundef %26)
  %28 = add nsw i64 %27, %18
  %29 = icmp eq i32 %21, 0
  br i1 %29, label %30, label %16, !llvm.loop !11

30:                                               ; preds = %16, %7, %5
  %31 = phi i64 [ 1, %5 ], [ 0, %7 ], [ %28, %16 ]
  ret i64 %31
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nosync nounwind memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!0, !1, !2, !3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!5, !5, i64 0}
!5 = !{!"long", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = distinct !{!8, !9, !10}
!9 = !{!"llvm.loop.mustprogress"}
!10 = !{!"llvm.loop.unroll.disable"}
!11 = distinct !{!11, !9, !10}
