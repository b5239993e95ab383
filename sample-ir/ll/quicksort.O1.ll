; ModuleID = 'c/quicksort.c'
source_filename = "c/quicksort.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@values = internal unnamed_addr global [2000 x i32] zeroinitializer, align 16
@.str = private unnamed_addr constant [40 x i8] c"quicksort n=%d min=%d max=%d sorted=%d\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  br label %2

1:                                                ; preds = %2
  tail call fastcc void @quicksort(i32 noundef 0, i32 noundef 1999)
  br label %22

2:                                                ; preds = %0, %2
  %3 = phi i64 [ 0, %0 ], [ %12, %2 ]
  %4 = phi i64 [ 0, %0 ], [ %11, %2 ]
  %5 = trunc i64 %3 to i32
  %6 = mul i32 %5, 7919
  %7 = urem i32 %6, 1009
  %8 = add nsw i32 %7, -500
  %9 = getelementptr inbounds [2000 x i32], ptr @values, i64 0, i64 %3
  store i32 %8, ptr %9, align 4, !tbaa !4
  %10 = sext i32 %8 to i64
  %11 = add nsw i64 %4, %10
  %12 = add nuw nsw i64 %3, 1
  %13 = icmp eq i64 %12, 2000
  br i1 %13, label %1, label %2, !llvm.loop !8

14:                                               ; preds = %38
  %15 = load i32, ptr @values, align 16, !tbaa !4
  %16 = load i32, ptr getelementptr inbounds ([2000 x i32], ptr @values, i64 0, i64 1999), align 4, !tbaa !4
  %17 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 2000, i32 noundef %15, i32 noundef %16, i32 noundef %39)
  %18 = icmp eq i32 %39, 0
  %19 = icmp ne i64 %11, %29
  %20 = select i1 %18, i1 true, i1 %19
  %21 = zext i1 %20 to i32
  ret i32 %21

22:                                               ; preds = %1, %38
  %23 = phi i64 [ 0, %1 ], [ %40, %38 ]
  %24 = phi i32 [ 1, %1 ], [ %39, %38 ]
  %25 = phi i64 [ 0, %1 ], [ %29, %38 ]
  %26 = getelementptr inbounds [2000 x i32], ptr @values, i64 0, i64 %23
  %27 = load i32, ptr %26, align 4, !tbaa !4
  %28 = sext i32 %27 to i64
  %29 = add nsw i64 %25, %28
  %30 = icmp eq i64 %23, 0
  br i1 %30, label %38, label %31

31:                                               ; preds = %22
  %32 = add nuw i64 %23, 4294967295
  %33 = and i64 %32, 4294967295
  %34 = getelementptr inbounds [2000 x i32], ptr @values, i64 0, i64 %33
  %35 = load i32, ptr %34, align 4, !tbaa !4
  %36 = icmp sgt i32 %35, %27
  %37 = select i1 %36, i32 0, i32 %24
  br label %38

38:                                               ; preds = %31, %22
  %39 = phi i32 [ %24, %22 ], [ %37, %31 ]
  %40 = add nuw nsw i64 %23, 1
  %41 = icmp eq i64 %40, 2000
  br i1 %41, label %14, label %22, !llvm.loop !11
}

; Function Attrs: nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) uwtable
define internal fastcc void @quicksort(i32 noundef %0, i32 noundef %1) unnamed_addr #1 {
  br label %3

3:                                                ; preds = %47, %2
  %4 = phi i32 [ %0, %2 ], [ %53, %47 ]
  %5 = icmp sgt i32 %1, %4
  br i1 %5, label %6, label %54

6:                                                ; preds = %3
  %7 = sub nsw i32 %1, %4
  %8 = sdiv i32 %7, 2
  %9 = add nsw i32 %8, %4
  %10 = sext i32 %9 to i64
  %11 = getelementptr inbounds i32, ptr @values, i64 %10
  %12 = load i32, ptr %11, align 4, !tbaa !4
  %13 = sext i32 %4 to i64
  %14 = getelementptr inbounds i32, ptr @values, i64 %13
  %15 = load i32, ptr %14, align 4, !tbaa !4
  %16 = icmp slt i32 %12, %15
  br i1 %16, label %17, label %18

17:                                               ; preds = %6
  store i32 %15, ptr %11, align 4, !tbaa !4
  store i32 %12, ptr %14, align 4, !tbaa !4
  br label %18

18:                                               ; preds = %17, %6
  %19 = sext i32 %1 to i64
  %20 = getelementptr inbounds i32, ptr @values, i64 %19
  %21 = load i32, ptr %20, align 4, !tbaa !4
  %22 = load i32, ptr %14, align 4, !tbaa !4
  %23 = icmp slt i32 %21, %22
  br i1 %23, label %24, label %25

24:                                               ; preds = %18
  store i32 %22, ptr %20, align 4, !tbaa !4
  store i32 %21, ptr %14, align 4, !tbaa !4
  br label %25

25:                                               ; preds = %24, %18
  %26 = load i32, ptr %11, align 4, !tbaa !4
  %27 = load i32, ptr %20, align 4, !tbaa !4
  %28 = icmp slt i32 %26, %27
  br i1 %28, label %29, label %30

29:                                               ; preds = %25
  store i32 %27, ptr %11, align 4, !tbaa !4
  store i32 %26, ptr %20, align 4, !tbaa !4
  br label %30

30:                                               ; preds = %29, %25
  %31 = load i32, ptr %20, align 4, !tbaa !4
  br label %32

32:                                               ; preds = %43, %30
  %33 = phi i64 [ %13, %30 ], [ %45, %43 ]
  %34 = phi i32 [ %4, %30 ], [ %44, %43 ]
  %35 = getelementptr inbounds i32, ptr @values, i64 %33
  %36 = load i32, ptr %35, align 4, !tbaa !4
  %37 = icmp slt i32 %36, %31
  br i1 %37, label %38, label %43

38:                                               ; preds = %32
  %39 = add nsw i32 %34, 1
  %40 = sext i32 %34 to i64
  %41 = getelementptr inbounds i32, ptr @values, i64 %40
  %42 = load i32, ptr %41, align 4, !tbaa !4
  store i32 %36, ptr %41, align 4, !tbaa !4
  store i32 %42, ptr %35, align 4, !tbaa !4
  br label %43

43:                                               ; preds = %38, %32
  %44 = phi i32 [ %39, %38 ], [ %34, %32 ]
  %45 = add nsw i64 %33, 1
  %46 = icmp eq i64 %45, %19
  br i1 %46, label %47, label %32, !llvm.loop !12

47:                                               ; preds = %43
  %48 = sext i32 %44 to i64
  %49 = getelementptr inbounds i32, ptr @values, i64 %48
  %50 = load i32, ptr %49, align 4, !tbaa !4
  %51 = load i32, ptr %20, align 4, !tbaa !4
  store i32 %51, ptr %49, align 4, !tbaa !4
  store i32 %50, ptr %20, align 4, !tbaa !4
  %52 = add nsw i32 %44, -1
  tail call fastcc void @quicksort(i32 noundef %4, i32 noundef %52)
  %53 = add nsw i32 %44, 1
  br label %3

54:                                               ; preds = %3
  ret void
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

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
