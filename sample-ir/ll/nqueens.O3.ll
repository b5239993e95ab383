; ModuleID = 'c/nqueens.c'
source_filename = "c/nqueens.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [28 x i8] c"nqueens n=%d solutions=%ld\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  %1 = tail call fastcc i64 @solve(i32 noundef 1, i32 noundef 0, i32 noundef 0, i32 noundef 0, i32 noundef 0)
  %2 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 1, i64 noundef %1)
  %3 = icmp eq i64 %1, 1
  %4 = tail call fastcc i64 @solve(i32 noundef 2, i32 noundef 0, i32 noundef 0, i32 noundef 0, i32 noundef 0)
  %5 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 2, i64 noundef %4)
  %6 = tail call fastcc i64 @solve(i32 noundef 3, i32 noundef 0, i32 noundef 0, i32 noundef 0, i32 noundef 0)
  %7 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 3, i64 noundef %6)
  %8 = or i64 %6, %4
  %9 = icmp eq i64 %8, 0
  %10 = and i1 %9, %3
  %11 = tail call fastcc i64 @solve(i32 noundef 4, i32 noundef 0, i32 noundef 0, i32 noundef 0, i32 noundef 0)
  %12 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 4, i64 noundef %11)
  %13 = icmp eq i64 %11, 2
  %14 = and i1 %13, %10
  %15 = tail call fastcc i64 @solve(i32 noundef 5, i32 noundef 0, i32 noundef 0, i32 noundef 0, i32 noundef 0)
  %16 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 5, i64 noundef %15)
  %17 = icmp eq i64 %15, 10
  %18 = and i1 %17, %14
  %19 = tail call fastcc i64 @solve(i32 noundef 6, i32 noundef 0, i32 noundef 0, i32 noundef 0, i32 noundef 0)
  %20 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 6, i64 noundef %19)
  %21 = icmp eq i64 %19, 4
  %22 = and i1 %21, %18
  %23 = tail call fastcc i64 @solve(i32 noundef 7, i32 noundef 0, i32 noundef 0, i32 noundef 0, i32 noundef 0)
  %24 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 7, i64 noundef %23)
  %25 = icmp eq i64 %23, 40
  %26 = and i1 %25, %22
  %27 = tail call fastcc i64 @solve(i32 noundef 8, i32 noundef 0, i32 noundef 0, i32 noundef 0, i32 noundef 0)
  %28 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 8, i64 noundef %27)
  %29 = icmp eq i64 %27, 92
  %30 = and i1 %29, %26
  %31 = tail call fastcc i64 @solve(i32 noundef 9, i32 noundef 0, i32 noundef 0, i32 noundef 0, i32 noundef 0)
  %32 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 9, i64 noundef %31)
  %33 = icmp eq i64 %31, 352
  %34 = tail call fastcc i64 @solve(i32 noundef 10, i32 noundef 0, i32 noundef 0, i32 noundef 0, i32 noundef 0)
  %35 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 10, i64 noundef %34)
  %36 = icmp eq i64 %34, 724
  %37 = and i1 %36, %33
  %38 = select i1 %37, i1 %30, i1 false
  %39 = xor i1 %38, true
  %40 = zext i1 %39 to i32
  ret i32 %40
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
  br i1 %29, label %30, label %16, !llvm.loop !4

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
!4 = distinct !{!4, !5}
!5 = !{!"llvm.loop.mustprogress"}
