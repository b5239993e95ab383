; ModuleID = 'c/binary_search.c'
source_filename = "c/binary_search.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@sorted = internal unnamed_addr global [1000 x i32] zeroinitializer, align 16
@.str = private unnamed_addr constant [29 x i8] c"binary_search n=%d wrong=%d\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  br label %1

1:                                                ; preds = %1, %0
  %2 = phi i64 [ 0, %0 ], [ %10, %1 ]
  %3 = phi <4 x i32> [ <i32 0, i32 1, i32 2, i32 3>, %0 ], [ %11, %1 ]
  %4 = getelementptr inbounds [1000 x i32], ptr @sorted, i64 0, i64 %2
  %5 = mul <4 x i32> %3, <i32 3, i32 3, i32 3, i32 3>
  %6 = mul <4 x i32> %3, <i32 3, i32 3, i32 3, i32 3>
  %7 = add <4 x i32> %5, <i32 1, i32 1, i32 1, i32 1>
  %8 = add <4 x i32> %6, <i32 13, i32 13, i32 13, i32 13>
  store <4 x i32> %7, ptr %4, align 16, !tbaa !4
  %9 = getelementptr inbounds i32, ptr %4, i64 4
  store <4 x i32> %8, ptr %9, align 16, !tbaa !4
  %10 = add nuw i64 %2, 8
  %11 = add <4 x i32> %3, <i32 8, i32 8, i32 8, i32 8>
  %12 = icmp eq i64 %10, 1000
  br i1 %12, label %13, label %1, !llvm.loop !8

13:                                               ; preds = %1, %74
  %14 = phi i32 [ %78, %74 ], [ 0, %1 ]
  %15 = phi i32 [ %79, %74 ], [ -5, %1 ]
  br label %20

16:                                               ; preds = %74
  %17 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 1000, i32 noundef %78)
  %18 = icmp ne i32 %78, 0
  %19 = zext i1 %18 to i32
  ret i32 %19

20:                                               ; preds = %13, %20
  %21 = phi i32 [ %32, %20 ], [ 0, %13 ]
  %22 = phi i32 [ %31, %20 ], [ 1000, %13 ]
  %23 = sub nsw i32 %22, %21
  %24 = sdiv i32 %23, 2
  %25 = add nsw i32 %24, %21
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds i32, ptr @sorted, i64 %26
  %28 = load i32, ptr %27, align 4, !tbaa !4
  %29 = icmp slt i32 %28, %15
  %30 = add nsw i32 %25, 1
  %31 = select i1 %29, i32 %22, i32 %25
  %32 = select i1 %29, i32 %30, i32 %21
  %33 = icmp sgt i32 %31, %32
  br i1 %33, label %20, label %34, !llvm.loop !12

34:                                               ; preds = %20
  %35 = icmp slt i32 %15, 2
  br i1 %35, label %39, label %36

36:                                               ; preds = %34
  %37 = add nuw nsw i32 %15, 1
  %38 = udiv i32 %37, 3
  br label %39

39:                                               ; preds = %34, %36
  %40 = phi i32 [ %38, %36 ], [ 0, %34 ]
  %41 = tail call i32 @llvm.umin.i32(i32 %40, i32 1000)
  %42 = icmp ne i32 %32, %41
  %43 = zext i1 %42 to i32
  %44 = add nsw i32 %14, %43
  br label %45

45:                                               ; preds = %55, %39
  %46 = phi i32 [ %59, %55 ], [ 1000, %39 ]
  %47 = phi i32 [ %58, %55 ], [ 0, %39 ]
  %48 = sub nsw i32 %46, %47
  %49 = sdiv i32 %48, 2
  %50 = add nsw i32 %49, %47
  %51 = sext i32 %50 to i64
  %52 = getelementptr inbounds i32, ptr @sorted, i64 %51
  %53 = load i32, ptr %52, align 4, !tbaa !4
  %54 = icmp eq i32 %53, %15
  br i1 %54, label %61, label %55

55:                                               ; preds = %45
  %56 = icmp slt i32 %53, %15
  %57 = add nsw i32 %50, 1
  %58 = select i1 %56, i32 %57, i32 %47
  %59 = select i1 %56, i32 %46, i32 %50
  %60 = icmp sgt i32 %59, %58
  br i1 %60, label %45, label %61

61:                                               ; preds = %45, %55
  %62 = phi i32 [ %50, %45 ], [ -1, %55 ]
  %63 = icmp sgt i32 %15, 0
  br i1 %63, label %64, label %74

64:                                               ; preds = %61
  %65 = add nsw i32 %15, -1
  %66 = urem i32 %65, 3
  %67 = icmp eq i32 %66, 0
  br i1 %67, label %68, label %74

68:                                               ; preds = %64
  %69 = trunc i32 %65 to i16
  %70 = udiv i16 %69, 3
  %71 = zext i16 %70 to i32
  %72 = icmp ult i32 %15, 3001
  %73 = select i1 %72, i32 %71, i32 -1
  br label %74

74:                                               ; preds = %68, %61, %64
  %75 = phi i32 [ -1, %64 ], [ -1, %61 ], [ %73, %68 ]
  %76 = icmp ne i32 %62, %75
  %77 = zext i1 %76 to i32
  %78 = add nsw i32 %44, %77
  %79 = add nsw i32 %15, 1
  %80 = icmp eq i32 %79, 3005
  br i1 %80, label %16, label %13, !llvm.loop !13
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.umin.i32(i32, i32) #2

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.module.flags = !{!0, !1, !2, !3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!5, !5, i64 0}
!5 = !{!"int", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = distinct !{!8, !9, !10, !11}
!9 = !{!"llvm.loop.mustprogress"}
!10 = !{!"llvm.loop.isvectorized", i32 1}
!11 = !{!"llvm.loop.unroll.runtime.disable"}
!12 = distinct !{!12, !9}
!13 = distinct !{!13, !9}
