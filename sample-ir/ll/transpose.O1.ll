; ModuleID = 'c/transpose.c'
source_filename = "c/transpose.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@a = internal unnamed_addr global [96 x [80 x i32]] zeroinitializer, align 16
@sq = internal unnamed_addr global [80 x [80 x i32]] zeroinitializer, align 16
@t = internal unnamed_addr global [80 x [96 x i32]] zeroinitializer, align 16
@.str = private unnamed_addr constant [26 x i8] c"transpose %dx%d wrong=%d\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  br label %1

1:                                                ; preds = %0, %4
  %2 = phi i64 [ 0, %0 ], [ %5, %4 ]
  %3 = mul nuw nsw i64 %2, 1000
  br label %7

4:                                                ; preds = %7
  %5 = add nuw nsw i64 %2, 1
  %6 = icmp eq i64 %5, 96
  br i1 %6, label %14, label %1, !llvm.loop !4

7:                                                ; preds = %1, %7
  %8 = phi i64 [ 0, %1 ], [ %12, %7 ]
  %9 = add nuw nsw i64 %8, %3
  %10 = getelementptr inbounds [96 x [80 x i32]], ptr @a, i64 0, i64 %2, i64 %8
  %11 = trunc i64 %9 to i32
  store i32 %11, ptr %10, align 4, !tbaa !7
  %12 = add nuw nsw i64 %8, 1
  %13 = icmp eq i64 %12, 80
  br i1 %13, label %4, label %7, !llvm.loop !11

14:                                               ; preds = %4, %69
  %15 = phi i64 [ %70, %69 ], [ 0, %4 ]
  %16 = mul nuw nsw i64 %15, 1000
  br label %72

17:                                               ; preds = %69, %23
  %18 = phi i64 [ %26, %23 ], [ 16, %69 ]
  %19 = phi i64 [ %24, %23 ], [ 0, %69 ]
  br label %20

20:                                               ; preds = %32, %17
  %21 = phi i64 [ 16, %17 ], [ %36, %32 ]
  %22 = phi i64 [ 0, %17 ], [ %33, %32 ]
  br label %27

23:                                               ; preds = %32
  %24 = add nuw nsw i64 %19, 16
  %25 = icmp ult i64 %19, 80
  %26 = add nuw nsw i64 %18, 16
  br i1 %25, label %17, label %51, !llvm.loop !12

27:                                               ; preds = %37, %20
  %28 = phi i64 [ %19, %20 ], [ %38, %37 ]
  %29 = mul nuw nsw i64 %28, 80
  %30 = getelementptr inbounds i32, ptr @a, i64 %29
  %31 = getelementptr inbounds i32, ptr @t, i64 %28
  br label %40

32:                                               ; preds = %37
  %33 = add nuw nsw i64 %22, 16
  %34 = and i64 %22, 4294967232
  %35 = icmp eq i64 %34, 0
  %36 = add nuw nsw i64 %21, 16
  br i1 %35, label %20, label %23, !llvm.loop !13

37:                                               ; preds = %40
  %38 = add nuw nsw i64 %28, 1
  %39 = icmp eq i64 %38, %18
  br i1 %39, label %32, label %27, !llvm.loop !14

40:                                               ; preds = %40, %27
  %41 = phi i64 [ %22, %27 ], [ %46, %40 ]
  %42 = getelementptr inbounds i32, ptr %30, i64 %41
  %43 = load i32, ptr %42, align 4, !tbaa !7
  %44 = mul nuw nsw i64 %41, 96
  %45 = getelementptr inbounds i32, ptr %31, i64 %44
  store i32 %43, ptr %45, align 4, !tbaa !7
  %46 = add nuw nsw i64 %41, 1
  %47 = icmp eq i64 %46, %21
  br i1 %47, label %37, label %40, !llvm.loop !15

48:                                               ; preds = %60, %51
  %49 = add nuw nsw i64 %53, 1
  %50 = icmp eq i64 %54, 80
  br i1 %50, label %79, label %51, !llvm.loop !16

51:                                               ; preds = %23, %48
  %52 = phi i64 [ %54, %48 ], [ 0, %23 ]
  %53 = phi i64 [ %49, %48 ], [ 1, %23 ]
  %54 = add nuw nsw i64 %52, 1
  %55 = icmp ult i64 %52, 79
  br i1 %55, label %56, label %48

56:                                               ; preds = %51
  %57 = mul nuw nsw i64 %52, 80
  %58 = getelementptr inbounds i32, ptr @sq, i64 %57
  %59 = getelementptr inbounds i32, ptr @sq, i64 %52
  br label %60

60:                                               ; preds = %60, %56
  %61 = phi i64 [ %53, %56 ], [ %67, %60 ]
  %62 = getelementptr inbounds i32, ptr %58, i64 %61
  %63 = load i32, ptr %62, align 4, !tbaa !7
  %64 = mul nuw nsw i64 %61, 80
  %65 = getelementptr inbounds i32, ptr %59, i64 %64
  %66 = load i32, ptr %65, align 4, !tbaa !7
  store i32 %66, ptr %62, align 4, !tbaa !7
  store i32 %63, ptr %65, align 4, !tbaa !7
  %67 = add nuw nsw i64 %61, 1
  %68 = icmp eq i64 %67, 80
  br i1 %68, label %48, label %60, !llvm.loop !17

69:                                               ; preds = %72
  %70 = add nuw nsw i64 %15, 1
  %71 = icmp eq i64 %70, 80
  br i1 %71, label %17, label %14, !llvm.loop !18

72:                                               ; preds = %14, %72
  %73 = phi i64 [ 0, %14 ], [ %77, %72 ]
  %74 = add nuw nsw i64 %73, %16
  %75 = getelementptr inbounds [80 x [80 x i32]], ptr @sq, i64 0, i64 %15, i64 %73
  %76 = trunc i64 %74 to i32
  store i32 %76, ptr %75, align 4, !tbaa !7
  %77 = add nuw nsw i64 %73, 1
  %78 = icmp eq i64 %77, 80
  br i1 %78, label %69, label %72, !llvm.loop !19

79:                                               ; preds = %48, %82
  %80 = phi i64 [ %83, %82 ], [ 0, %48 ]
  %81 = phi i32 [ %94, %82 ], [ 0, %48 ]
  br label %85

82:                                               ; preds = %85
  %83 = add nuw nsw i64 %80, 1
  %84 = icmp eq i64 %83, 96
  br i1 %84, label %97, label %79, !llvm.loop !20

85:                                               ; preds = %79, %85
  %86 = phi i64 [ 0, %79 ], [ %95, %85 ]
  %87 = phi i32 [ %81, %79 ], [ %94, %85 ]
  %88 = getelementptr inbounds [80 x [96 x i32]], ptr @t, i64 0, i64 %86, i64 %80
  %89 = load i32, ptr %88, align 4, !tbaa !7
  %90 = getelementptr inbounds [96 x [80 x i32]], ptr @a, i64 0, i64 %80, i64 %86
  %91 = load i32, ptr %90, align 4, !tbaa !7
  %92 = icmp ne i32 %89, %91
  %93 = zext i1 %92 to i32
  %94 = add nsw i32 %87, %93
  %95 = add nuw nsw i64 %86, 1
  %96 = icmp eq i64 %95, 80
  br i1 %96, label %82, label %85, !llvm.loop !21

97:                                               ; preds = %82, %104
  %98 = phi i64 [ %105, %104 ], [ 0, %82 ]
  %99 = phi i32 [ %117, %104 ], [ %94, %82 ]
  br label %107

100:                                              ; preds = %104
  %101 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 96, i32 noundef 80, i32 noundef %117)
  %102 = icmp ne i32 %117, 0
  %103 = zext i1 %102 to i32
  ret i32 %103

104:                                              ; preds = %107
  %105 = add nuw nsw i64 %98, 1
  %106 = icmp eq i64 %105, 80
  br i1 %106, label %100, label %97, !llvm.loop !22

107:                                              ; preds = %97, %107
  %108 = phi i64 [ 0, %97 ], [ %118, %107 ]
  %109 = phi i32 [ %99, %97 ], [ %117, %107 ]
  %110 = getelementptr inbounds [80 x [80 x i32]], ptr @sq, i64 0, i64 %98, i64 %108
  %111 = load i32, ptr %110, align 4, !tbaa !7
  %112 = mul nuw nsw i64 %108, 1000
  %113 = add nuw nsw i64 %112, %98
  %114 = zext i32 %111 to i64
  %115 = icmp ne i64 %113, %114
  %116 = zext i1 %115 to i32
  %117 = add nsw i32 %109, %116
  %118 = add nuw nsw i64 %108, 1
  %119 = icmp eq i64 %118, 80
  br i1 %119, label %104, label %107, !llvm.loop !23
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
!4 = distinct !{!4, !5, !6}
!5 = !{!"llvm.loop.mustprogress"}
!6 = !{!"llvm.loop.unroll.disable"}
!7 = !{!8, !8, i64 0}
!8 = !{!"int", !9, i64 0}
!9 = !{!"omnipotent char", !10, i64 0}
!10 = !{!"Simple C/C++ TBAA"}
!11 = distinct !{!11, !5, !6}
!12 = distinct !{!12, !5, !6}
!13 = distinct !{!13, !5, !6}
!14 = distinct !{!14, !5, !6}
!15 = distinct !{!15, !5, !6}
!16 = distinct !{!16, !5, !6}
!17 = distinct !{!17, !5, !6}
!18 = distinct !{!18, !5, !6}
!19 = distinct !{!19, !5, !6}
!20 = distinct !{!20, !5, !6}
!21 = distinct !{!21, !5, !6}
!22 = distinct !{!22, !5, !6}
!23 = distinct !{!23, !5, !6}
