; ModuleID = 'c/game_of_life.c'
source_filename = "c/game_of_life.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@main.glider = internal unnamed_addr constant [5 x [2 x i32]] [[2 x i32] [i32 0, i32 1], [2 x i32] [i32 1, i32 2], [2 x i32] [i32 2, i32 0], [2 x i32] [i32 2, i32 1], [2 x i32] [i32 2, i32 2]], align 16
@board = internal unnamed_addr global [16 x [16 x i8]] zeroinitializer, align 16
@.str = private unnamed_addr constant [49 x i8] c"game_of_life generations=%d population=%d ok=%d\0A\00", align 1
@scratch = internal unnamed_addr global [16 x [16 x i8]] zeroinitializer, align 16

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  br label %1

1:                                                ; preds = %0, %1
  %2 = phi i64 [ 0, %0 ], [ %10, %1 ]
  %3 = getelementptr inbounds [5 x [2 x i32]], ptr @main.glider, i64 0, i64 %2
  %4 = load i32, ptr %3, align 8, !tbaa !4
  %5 = sext i32 %4 to i64
  %6 = getelementptr inbounds [5 x [2 x i32]], ptr @main.glider, i64 0, i64 %2, i64 1
  %7 = load i32, ptr %6, align 4, !tbaa !4
  %8 = sext i32 %7 to i64
  %9 = getelementptr inbounds [16 x [16 x i8]], ptr @board, i64 0, i64 %5, i64 %8
  store i8 1, ptr %9, align 1, !tbaa !8
  %10 = add nuw nsw i64 %2, 1
  %11 = icmp eq i64 %10, 5
  br i1 %11, label %12, label %1, !llvm.loop !9

12:                                               ; preds = %1, %124
  %13 = phi i32 [ %126, %124 ], [ 1, %1 ]
  %14 = phi i32 [ %125, %124 ], [ 1, %1 ]
  br label %34

15:                                               ; preds = %124, %18
  %16 = phi i64 [ %19, %18 ], [ 0, %124 ]
  %17 = phi i32 [ %27, %18 ], [ 0, %124 ]
  br label %21

18:                                               ; preds = %21
  %19 = add nuw nsw i64 %16, 1
  %20 = icmp eq i64 %19, 16
  br i1 %20, label %30, label %15, !llvm.loop !12

21:                                               ; preds = %21, %15
  %22 = phi i64 [ 0, %15 ], [ %28, %21 ]
  %23 = phi i32 [ %17, %15 ], [ %27, %21 ]
  %24 = getelementptr inbounds [16 x [16 x i8]], ptr @board, i64 0, i64 %16, i64 %22
  %25 = load i8, ptr %24, align 1, !tbaa !8
  %26 = zext i8 %25 to i32
  %27 = add nsw i32 %23, %26
  %28 = add nuw nsw i64 %22, 1
  %29 = icmp eq i64 %28, 16
  br i1 %29, label %18, label %21, !llvm.loop !13

30:                                               ; preds = %18
  %31 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 64, i32 noundef %27, i32 noundef %125)
  %32 = icmp eq i32 %125, 0
  %33 = zext i1 %32 to i32
  ret i32 %33

34:                                               ; preds = %12, %37
  %35 = phi i64 [ %38, %37 ], [ 0, %12 ]
  %36 = trunc i64 %35 to i32
  br label %40

37:                                               ; preds = %76
  %38 = add nuw nsw i64 %35, 1
  %39 = icmp eq i64 %38, 16
  br i1 %39, label %82, label %34, !llvm.loop !14

40:                                               ; preds = %76, %34
  %41 = phi i64 [ 0, %34 ], [ %80, %76 ]
  %42 = trunc i64 %41 to i32
  br label %43

43:                                               ; preds = %50, %40
  %44 = phi i32 [ -1, %40 ], [ %51, %50 ]
  %45 = phi i32 [ 0, %40 ], [ %67, %50 ]
  %46 = icmp ne i32 %44, 0
  %47 = add nsw i32 %44, %36
  %48 = and i32 %47, 15
  %49 = zext i32 %48 to i64
  br label %53

50:                                               ; preds = %66
  %51 = add nsw i32 %44, 1
  %52 = icmp eq i32 %51, 2
  br i1 %52, label %70, label %43, !llvm.loop !15

53:                                               ; preds = %66, %43
  %54 = phi i32 [ -1, %43 ], [ %68, %66 ]
  %55 = phi i32 [ %45, %43 ], [ %67, %66 ]
  %56 = icmp ne i32 %54, 0
  %57 = select i1 %46, i1 true, i1 %56
  br i1 %57, label %58, label %66

58:                                               ; preds = %53
  %59 = add nsw i32 %54, %42
  %60 = and i32 %59, 15
  %61 = zext i32 %60 to i64
  %62 = getelementptr inbounds [16 x i8], ptr @board, i64 %49, i64 %61
  %63 = load i8, ptr %62, align 1, !tbaa !8
  %64 = zext i8 %63 to i32
  %65 = add nsw i32 %55, %64
  br label %66

66:                                               ; preds = %58, %53
  %67 = phi i32 [ %65, %58 ], [ %55, %53 ]
  %68 = add nsw i32 %54, 1
  %69 = icmp eq i32 %68, 2
  br i1 %69, label %50, label %53, !llvm.loop !16

70:                                               ; preds = %50
  switch i32 %67, label %75 [
    i32 3, label %76
    i32 2, label %71
  ]

71:                                               ; preds = %70
  %72 = getelementptr inbounds [16 x [16 x i8]], ptr @board, i64 0, i64 %35, i64 %41
  %73 = load i8, ptr %72, align 1, !tbaa !8
  %74 = icmp ne i8 %73, 0
  br label %76

75:                                               ; preds = %70
  br label %76

76:                                               ; preds = %75, %71, %70
  %77 = phi i1 [ true, %70 ], [ %74, %71 ], [ false, %75 ]
  %78 = zext i1 %77 to i8
  %79 = getelementptr inbounds [16 x [16 x i8]], ptr @scratch, i64 0, i64 %35, i64 %41
  store i8 %78, ptr %79, align 1, !tbaa !8
  %80 = add nuw nsw i64 %41, 1
  %81 = icmp eq i64 %80, 16
  br i1 %81, label %37, label %40, !llvm.loop !17

82:                                               ; preds = %37
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(256) @board, ptr noundef nonnull align 16 dereferenceable(256) @scratch, i64 256, i1 false)
  br label %83

83:                                               ; preds = %86, %82
  %84 = phi i64 [ 0, %82 ], [ %87, %86 ]
  %85 = phi i32 [ 0, %82 ], [ %95, %86 ]
  br label %89

86:                                               ; preds = %89
  %87 = add nuw nsw i64 %84, 1
  %88 = icmp eq i64 %87, 16
  br i1 %88, label %98, label %83, !llvm.loop !12

89:                                               ; preds = %89, %83
  %90 = phi i64 [ 0, %83 ], [ %96, %89 ]
  %91 = phi i32 [ %85, %83 ], [ %95, %89 ]
  %92 = getelementptr inbounds [16 x [16 x i8]], ptr @board, i64 0, i64 %84, i64 %90
  %93 = load i8, ptr %92, align 1, !tbaa !8
  %94 = zext i8 %93 to i32
  %95 = add nsw i32 %91, %94
  %96 = add nuw nsw i64 %90, 1
  %97 = icmp eq i64 %96, 16
  br i1 %97, label %86, label %89, !llvm.loop !13

98:                                               ; preds = %86
  %99 = icmp eq i32 %95, 5
  %100 = select i1 %99, i32 %14, i32 0
  %101 = and i32 %13, 3
  %102 = icmp eq i32 %101, 0
  br i1 %102, label %103, label %124

103:                                              ; preds = %98
  %104 = lshr i32 %13, 2
  br label %105

105:                                              ; preds = %103, %105
  %106 = phi i64 [ 0, %103 ], [ %122, %105 ]
  %107 = phi i32 [ %100, %103 ], [ %121, %105 ]
  %108 = getelementptr inbounds [5 x [2 x i32]], ptr @main.glider, i64 0, i64 %106
  %109 = load i32, ptr %108, align 8, !tbaa !4
  %110 = add nsw i32 %109, %104
  %111 = srem i32 %110, 16
  %112 = sext i32 %111 to i64
  %113 = getelementptr inbounds [5 x [2 x i32]], ptr @main.glider, i64 0, i64 %106, i64 1
  %114 = load i32, ptr %113, align 4, !tbaa !4
  %115 = add nsw i32 %114, %104
  %116 = srem i32 %115, 16
  %117 = sext i32 %116 to i64
  %118 = getelementptr inbounds [16 x [16 x i8]], ptr @board, i64 0, i64 %112, i64 %117
  %119 = load i8, ptr %118, align 1, !tbaa !8
  %120 = icmp eq i8 %119, 0
  %121 = select i1 %120, i32 0, i32 %107
  %122 = add nuw nsw i64 %106, 1
  %123 = icmp eq i64 %122, 5
  br i1 %123, label %124, label %105, !llvm.loop !18

124:                                              ; preds = %105, %98
  %125 = phi i32 [ %100, %98 ], [ %121, %105 ]
  %126 = add nuw nsw i32 %13, 1
  %127 = icmp eq i32 %126, 65
  br i1 %127, label %15, label %12, !llvm.loop !19
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #2

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }

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
!16 = distinct !{!16, !10, !11}
!17 = distinct !{!17, !10, !11}
!18 = distinct !{!18, !10, !11}
!19 = distinct !{!19, !10, !11}
