; ModuleID = 'c/binary_search.c'
source_filename = "c/binary_search.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@sorted = internal unnamed_addr global [1000 x i32] zeroinitializer, align 16
@.str = private unnamed_addr constant [29 x i8] c"binary_search n=%d wrong=%d\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  br label %1

1:                                                ; preds = %0, %1
  %2 = phi i64 [ 0, %0 ], [ %7, %1 ]
  %3 = getelementptr inbounds [1000 x i32], ptr @sorted, i64 0, i64 %2
  %4 = trunc i64 %2 to i32
  %5 = mul i32 %4, 3
  %6 = add i32 %5, 1
  store i32 %6, ptr %3, align 4, !tbaa !4
  %7 = add nuw nsw i64 %2, 1
  %8 = icmp eq i64 %7, 1000
  br i1 %8, label %9, label %1, !llvm.loop !8

9:                                                ; preds = %1, %51
  %10 = phi i32 [ %55, %51 ], [ 0, %1 ]
  %11 = phi i32 [ %56, %51 ], [ -5, %1 ]
  br label %16

12:                                               ; preds = %51
  %13 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 1000, i32 noundef %55)
  %14 = icmp ne i32 %55, 0
  %15 = zext i1 %14 to i32
  ret i32 %15

16:                                               ; preds = %9, %16
  %17 = phi i32 [ %28, %16 ], [ 0, %9 ]
  %18 = phi i32 [ %27, %16 ], [ 1000, %9 ]
  %19 = sub nsw i32 %18, %17
  %20 = sdiv i32 %19, 2
  %21 = add nsw i32 %20, %17
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds i32, ptr @sorted, i64 %22
  %24 = load i32, ptr %23, align 4, !tbaa !4
  %25 = icmp slt i32 %24, %11
  %26 = add nsw i32 %21, 1
  %27 = select i1 %25, i32 %18, i32 %21
  %28 = select i1 %25, i32 %26, i32 %17
  %29 = icmp sgt i32 %27, %28
  br i1 %29, label %16, label %30, !llvm.loop !11

30:                                               ; preds = %16
  %31 = icmp slt i32 %11, 2
  br i1 %31, label %35, label %32

32:                                               ; preds = %30
  %33 = add nuw nsw i32 %11, 1
  %34 = udiv i32 %33, 3
  br label %35

35:                                               ; preds = %30, %32
  %36 = phi i32 [ %34, %32 ], [ 0, %30 ]
  %37 = tail call i32 @llvm.umin.i32(i32 %36, i32 1000)
  %38 = icmp ne i32 %28, %37
  %39 = zext i1 %38 to i32
  %40 = add nsw i32 %10, %39
  %41 = tail call fastcc i32 @find_recursive(i32 noundef 0, i32 noundef 1000, i32 noundef %11)
  %42 = icmp sgt i32 %11, 0
  br i1 %42, label %43, label %51

43:                                               ; preds = %35
  %44 = add nsw i32 %11, -1
  %45 = urem i32 %44, 3
  %46 = udiv i32 %44, 3
  %47 = icmp eq i32 %45, 0
  br i1 %47, label %48, label %51

48:                                               ; preds = %43
  %49 = icmp slt i32 %46, 1000
  %50 = select i1 %49, i32 %46, i32 -1
  br label %51

51:                                               ; preds = %48, %35, %43
  %52 = phi i32 [ -1, %43 ], [ -1, %35 ], [ %50, %48 ]
  %53 = icmp ne i32 %41, %52
  %54 = zext i1 %53 to i32
  %55 = add nsw i32 %40, %54
  %56 = add nsw i32 %11, 1
  %57 = icmp eq i32 %56, 3005
  br i1 %57, label %12, label %9, !llvm.loop !12
}

; Function Attrs: nofree nosync nounwind memory(read, argmem: none, inaccessiblemem: none) uwtable
define internal fastcc i32 @find_recursive(i32 noundef %0, i32 noundef %1, i32 noundef %2) unnamed_addr #1 {
  br label %4

4:                                                ; preds = %16, %3
  %5 = phi i32 [ %0, %3 ], [ %19, %16 ]
  %6 = phi i32 [ %1, %3 ], [ %20, %16 ]
  %7 = icmp sgt i32 %6, %5
  br i1 %7, label %8, label %21

8:                                                ; preds = %4
  %9 = sub nsw i32 %6, %5
  %10 = sdiv i32 %9, 2
  %11 = add nsw i32 %10, %5
  %12 = sext i32 %11 to i64
  %13 = getelementptr inbounds i32, ptr @sorted, i64 %12
  %14 = load i32, ptr %13, align 4, !tbaa !4
  %15 = icmp eq i32 %14, %2
  br i1 %15, label %21, label %16

16:                                               ; preds = %8
  %17 = icmp slt i32 %14, %2
  %18 = add nsw i32 %11, 1
  %19 = select i1 %17, i32 %18, i32 %5
  %20 = select i1 %17, i32 %6, i32 %11
  br label %4

21:                                               ; preds = %8, %4
  %22 = phi i32 [ -1, %4 ], [ %11, %8 ]
  ret i32 %22
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.umin.i32(i32, i32) #3

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nosync nounwind memory(read, argmem: none, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
!8 = distinct !{!8, !9, !10}
!9 = !{!"llvm.loop.mustprogress"}
!10 = !{!"llvm.loop.unroll.disable"}
!11 = distinct !{!11, !9, !10}
!12 = distinct !{!12, !9, !10}
