; ModuleID = 'c/quicksort.c'
source_filename = "c/quicksort.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@values = internal unnamed_addr global [2000 x i32] zeroinitializer, align 16
@.str = private unnamed_addr constant [40 x i8] c"quicksort n=%d min=%d max=%d sorted=%d\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  br label %31

1:                                                ; preds = %31
  tail call fastcc void @quicksort(i32 noundef 0, i32 noundef 1999)
  %2 = load i32, ptr @values, align 16, !tbaa !4
  %3 = sext i32 %2 to i64
  %4 = insertelement <2 x i64> <i64 poison, i64 0>, i64 %3, i64 0
  br label %5

5:                                                ; preds = %5, %1
  %6 = phi i64 [ 0, %1 ], [ %29, %5 ]
  %7 = phi <2 x i32> [ <i32 1, i32 1>, %1 ], [ %27, %5 ]
  %8 = phi <2 x i32> [ <i32 1, i32 1>, %1 ], [ %28, %5 ]
  %9 = phi <2 x i64> [ %4, %1 ], [ %18, %5 ]
  %10 = phi <2 x i64> [ zeroinitializer, %1 ], [ %19, %5 ]
  %11 = or i64 %6, 1
  %12 = getelementptr inbounds [2000 x i32], ptr @values, i64 0, i64 %11
  %13 = load <2 x i32>, ptr %12, align 4, !tbaa !4
  %14 = getelementptr inbounds i32, ptr %12, i64 2
  %15 = load <2 x i32>, ptr %14, align 4, !tbaa !4
  %16 = sext <2 x i32> %13 to <2 x i64>
  %17 = sext <2 x i32> %15 to <2 x i64>
  %18 = add <2 x i64> %9, %16
  %19 = add <2 x i64> %10, %17
  %20 = and i64 %6, 4294967292
  %21 = getelementptr inbounds [2000 x i32], ptr @values, i64 0, i64 %20
  %22 = load <2 x i32>, ptr %21, align 16, !tbaa !4
  %23 = getelementptr inbounds i32, ptr %21, i64 2
  %24 = load <2 x i32>, ptr %23, align 8, !tbaa !4
  %25 = icmp sgt <2 x i32> %22, %13
  %26 = icmp sgt <2 x i32> %24, %15
  %27 = select <2 x i1> %25, <2 x i32> zeroinitializer, <2 x i32> %7
  %28 = select <2 x i1> %26, <2 x i32> zeroinitializer, <2 x i32> %8
  %29 = add nuw i64 %6, 4
  %30 = icmp eq i64 %29, 1996
  br i1 %30, label %51, label %5, !llvm.loop !8

31:                                               ; preds = %31, %0
  %32 = phi i64 [ 0, %0 ], [ %49, %31 ]
  %33 = phi i64 [ 0, %0 ], [ %48, %31 ]
  %34 = trunc i64 %32 to i32
  %35 = mul nuw nsw i32 %34, 7919
  %36 = urem i32 %35, 1009
  %37 = add nsw i32 %36, -500
  %38 = getelementptr inbounds [2000 x i32], ptr @values, i64 0, i64 %32
  store i32 %37, ptr %38, align 8, !tbaa !4
  %39 = sext i32 %37 to i64
  %40 = add nsw i64 %33, %39
  %41 = or i64 %32, 1
  %42 = trunc i64 %41 to i32
  %43 = mul nuw nsw i32 %42, 7919
  %44 = urem i32 %43, 1009
  %45 = add nsw i32 %44, -500
  %46 = getelementptr inbounds [2000 x i32], ptr @values, i64 0, i64 %41
  store i32 %45, ptr %46, align 4, !tbaa !4
  %47 = sext i32 %45 to i64
  %48 = add nsw i64 %40, %47
  %49 = add nuw nsw i64 %32, 2
  %50 = icmp eq i64 %49, 2000
  br i1 %50, label %1, label %31, !llvm.loop !13

51:                                               ; preds = %5
  %52 = icmp ne <2 x i32> %27, <i32 1, i32 1>
  %53 = icmp ne <2 x i32> %28, <i32 1, i32 1>
  %54 = select <2 x i1> %52, <2 x i1> <i1 true, i1 true>, <2 x i1> %53
  %55 = bitcast <2 x i1> %54 to i2
  %56 = icmp eq i2 %55, 0
  %57 = add <2 x i64> %19, %18
  %58 = tail call i64 @llvm.vector.reduce.add.v2i64(<2 x i64> %57)
  %59 = load i32, ptr getelementptr inbounds ([2000 x i32], ptr @values, i64 0, i64 1997), align 4, !tbaa !4
  %60 = sext i32 %59 to i64
  %61 = add nsw i64 %58, %60
  %62 = load i32, ptr getelementptr inbounds ([2000 x i32], ptr @values, i64 0, i64 1996), align 16, !tbaa !4
  %63 = icmp sle i32 %62, %59
  %64 = load i32, ptr getelementptr inbounds ([2000 x i32], ptr @values, i64 0, i64 1998), align 8, !tbaa !4
  %65 = sext i32 %64 to i64
  %66 = add nsw i64 %61, %65
  %67 = load i32, ptr getelementptr inbounds ([2000 x i32], ptr @values, i64 0, i64 1997), align 4, !tbaa !4
  %68 = icmp sle i32 %67, %64
  %69 = load i32, ptr getelementptr inbounds ([2000 x i32], ptr @values, i64 0, i64 1999), align 4, !tbaa !4
  %70 = sext i32 %69 to i64
  %71 = add nsw i64 %66, %70
  %72 = load i32, ptr getelementptr inbounds ([2000 x i32], ptr @values, i64 0, i64 1998), align 8, !tbaa !4
  %73 = icmp sle i32 %72, %69
  %74 = select i1 %73, i1 %68, i1 false
  %75 = select i1 %74, i1 %63, i1 false
  %76 = select i1 %75, i1 %56, i1 false
  %77 = zext i1 %76 to i32
  %78 = load i32, ptr getelementptr inbounds ([2000 x i32], ptr @values, i64 0, i64 1999), align 4, !tbaa !4
  %79 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 2000, i32 noundef %2, i32 noundef %78, i32 noundef %77)
  %80 = xor i1 %76, true
  %81 = icmp ne i64 %48, %71
  %82 = select i1 %80, i1 true, i1 %81
  %83 = zext i1 %82 to i32
  ret i32 %83
}

; Function Attrs: nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) uwtable
define internal fastcc void @quicksort(i32 noundef %0, i32 noundef %1) unnamed_addr #1 {
  %3 = icmp sgt i32 %1, %0
  br i1 %3, label %4, label %56

4:                                                ; preds = %2
  %5 = sext i32 %1 to i64
  %6 = getelementptr inbounds i32, ptr @values, i64 %5
  br label %7

7:                                                ; preds = %4, %48
  %8 = phi i32 [ %0, %4 ], [ %54, %48 ]
  %9 = sub nsw i32 %1, %8
  %10 = sdiv i32 %9, 2
  %11 = add nsw i32 %10, %8
  %12 = sext i32 %11 to i64
  %13 = getelementptr inbounds i32, ptr @values, i64 %12
  %14 = load i32, ptr %13, align 4, !tbaa !4
  %15 = sext i32 %8 to i64
  %16 = getelementptr inbounds i32, ptr @values, i64 %15
  %17 = load i32, ptr %16, align 4, !tbaa !4
  %18 = icmp slt i32 %14, %17
  br i1 %18, label %19, label %20

19:                                               ; preds = %7
  store i32 %17, ptr %13, align 4, !tbaa !4
  store i32 %14, ptr %16, align 4, !tbaa !4
  br label %20

20:                                               ; preds = %19, %7
  %21 = phi i32 [ %14, %19 ], [ %17, %7 ]
  %22 = load i32, ptr %6, align 4, !tbaa !4
  %23 = icmp slt i32 %22, %21
  br i1 %23, label %24, label %26

24:                                               ; preds = %20
  store i32 %21, ptr %6, align 4, !tbaa !4
  store i32 %22, ptr %16, align 4, !tbaa !4
  %25 = load i32, ptr %6, align 4, !tbaa !4
  br label %26

26:                                               ; preds = %24, %20
  %27 = phi i32 [ %25, %24 ], [ %22, %20 ]
  %28 = load i32, ptr %13, align 4, !tbaa !4
  %29 = icmp slt i32 %28, %27
  br i1 %29, label %30, label %31

30:                                               ; preds = %26
  store i32 %27, ptr %13, align 4, !tbaa !4
  store i32 %28, ptr %6, align 4, !tbaa !4
  br label %31

31:                                               ; preds = %30, %26
  %32 = phi i32 [ %28, %30 ], [ %27, %26 ]
  br label %33

33:                                               ; preds = %31, %44
  %34 = phi i64 [ %46, %44 ], [ %15, %31 ]
  %35 = phi i32 [ %45, %44 ], [ %8, %31 ]
  %36 = getelementptr inbounds i32, ptr @values, i64 %34
  %37 = load i32, ptr %36, align 4, !tbaa !4
  %38 = icmp slt i32 %37, %32
  br i1 %38, label %39, label %44

39:                                               ; preds = %33
  %40 = add nsw i32 %35, 1
  %41 = sext i32 %35 to i64
  %42 = getelementptr inbounds i32, ptr @values, i64 %41
  %43 = load i32, ptr %42, align 4, !tbaa !4
  store i32 %37, ptr %42, align 4, !tbaa !4
  store i32 %43, ptr %36, align 4, !tbaa !4
  br label %44

44:                                               ; preds = %39, %33
  %45 = phi i32 [ %40, %39 ], [ %35, %33 ]
  %46 = add nsw i64 %34, 1
  %47 = icmp eq i64 %46, %5
  br i1 %47, label %48, label %33, !llvm.loop !14

48:                                               ; preds = %44
  %49 = sext i32 %45 to i64
  %50 = load i32, ptr %6, align 4, !tbaa !4
  %51 = getelementptr inbounds i32, ptr @values, i64 %49
  %52 = load i32, ptr %51, align 4, !tbaa !4
  store i32 %50, ptr %51, align 4, !tbaa !4
  store i32 %52, ptr %6, align 4, !tbaa !4
  %53 = add nsw i32 %45, -1
  tail call fastcc void @quicksort(i32 noundef %8, i32 noundef %53)
  %54 = add nsw i32 %45, 1
  %55 = icmp slt i32 %54, %1
  br i1 %55, label %7, label %56

56:                                               ; preds = %48, %2
  ret void
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare i64 @llvm.vector.reduce.add.v2i64(<2 x i64>) #3

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nosync nounwind willreturn memory(none) }

!llvm.module.flags = !{!0, !1, !2, !3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!5, !5, i64 0}
!5 = !{!"int", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = distinct !{!8, !9, !10, !11, !12}
!9 = !{!"llvm.loop.mustprogress"}
!10 = !{!"llvm.loop.peeled.count", i32 1}
!11 = !{!"llvm.loop.isvectorized", i32 1}
!12 = !{!"llvm.loop.unroll.runtime.disable"}
!13 = distinct !{!13, !9}
!14 = distinct !{!14, !9}
