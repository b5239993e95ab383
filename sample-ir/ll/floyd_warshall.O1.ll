; ModuleID = 'c/floyd_warshall.c'
source_filename = "c/floyd_warshall.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@dist = internal unnamed_addr global [12 x [12 x i32]] zeroinitializer, align 16
@next_hop = internal unnamed_addr global [12 x [12 x i32]] zeroinitializer, align 16
@.str = private unnamed_addr constant [42 x i8] c"floyd_warshall n=%d dist[0][%d]=%d ok=%d\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  %1 = alloca [12 x [12 x i32]], align 16
  call void @llvm.lifetime.start.p0(i64 576, ptr nonnull %1) #3
  br label %2

2:                                                ; preds = %0, %43
  %3 = phi i64 [ 0, %0 ], [ %4, %43 ]
  %4 = add nuw nsw i64 %3, 1
  %5 = icmp eq i64 %4, 12
  %6 = trunc i64 %3 to i32
  %7 = mul i32 %6, 5
  %8 = add i32 %7, 3
  %9 = urem i32 %8, 12
  %10 = trunc i64 %3 to i32
  %11 = and i32 %10, 3
  %12 = add nuw nsw i32 %11, 2
  %13 = and i64 %4, 4294967295
  %14 = select i1 %5, i64 0, i64 %13
  %15 = zext i32 %9 to i64
  br label %45

16:                                               ; preds = %43, %22
  %17 = phi i64 [ %23, %22 ], [ 0, %43 ]
  br label %18

18:                                               ; preds = %25, %16
  %19 = phi i64 [ 0, %16 ], [ %26, %25 ]
  %20 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 %19, i64 %17
  %21 = getelementptr inbounds [12 x [12 x i32]], ptr @next_hop, i64 0, i64 %19, i64 %17
  br label %28

22:                                               ; preds = %25
  %23 = add nuw nsw i64 %17, 1
  %24 = icmp eq i64 %23, 12
  br i1 %24, label %60, label %16, !llvm.loop !4

25:                                               ; preds = %40
  %26 = add nuw nsw i64 %19, 1
  %27 = icmp eq i64 %26, 12
  br i1 %27, label %22, label %18, !llvm.loop !7

28:                                               ; preds = %40, %18
  %29 = phi i64 [ 0, %18 ], [ %41, %40 ]
  %30 = load i32, ptr %20, align 4, !tbaa !8
  %31 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 %17, i64 %29
  %32 = load i32, ptr %31, align 4, !tbaa !8
  %33 = add nsw i32 %32, %30
  %34 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 %19, i64 %29
  %35 = load i32, ptr %34, align 4, !tbaa !8
  %36 = icmp slt i32 %33, %35
  br i1 %36, label %37, label %40

37:                                               ; preds = %28
  store i32 %33, ptr %34, align 4, !tbaa !8
  %38 = load i32, ptr %21, align 4, !tbaa !8
  %39 = getelementptr inbounds [12 x [12 x i32]], ptr @next_hop, i64 0, i64 %19, i64 %29
  store i32 %38, ptr %39, align 4, !tbaa !8
  br label %40

40:                                               ; preds = %37, %28
  %41 = add nuw nsw i64 %29, 1
  %42 = icmp eq i64 %41, 12
  br i1 %42, label %25, label %28, !llvm.loop !12

43:                                               ; preds = %45
  %44 = icmp eq i64 %4, 12
  br i1 %44, label %16, label %2, !llvm.loop !13

45:                                               ; preds = %2, %45
  %46 = phi i64 [ 0, %2 ], [ %58, %45 ]
  %47 = icmp eq i64 %3, %46
  %48 = select i1 %47, i32 0, i32 1000000
  %49 = getelementptr inbounds [12 x [12 x i32]], ptr %1, i64 0, i64 %3, i64 %46
  %50 = icmp eq i64 %46, %14
  %51 = select i1 %50, i32 5, i32 %48
  %52 = icmp ne i64 %46, %15
  %53 = select i1 %52, i1 true, i1 %47
  %54 = select i1 %53, i32 %51, i32 %12
  store i32 %54, ptr %49, align 4, !tbaa !8
  %55 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 %3, i64 %46
  store i32 %54, ptr %55, align 4, !tbaa !8
  %56 = getelementptr inbounds [12 x [12 x i32]], ptr @next_hop, i64 0, i64 %3, i64 %46
  %57 = trunc i64 %46 to i32
  store i32 %57, ptr %56, align 4, !tbaa !8
  %58 = add nuw nsw i64 %46, 1
  %59 = icmp eq i64 %58, 12
  br i1 %59, label %43, label %45, !llvm.loop !14

60:                                               ; preds = %22, %69
  %61 = phi i64 [ %70, %69 ], [ 0, %22 ]
  %62 = phi i32 [ %110, %69 ], [ 1, %22 ]
  %63 = trunc i64 %61 to i32
  br label %72

64:                                               ; preds = %69
  %65 = load i32, ptr getelementptr inbounds ([12 x [12 x i32]], ptr @dist, i64 0, i64 0, i64 11), align 4, !tbaa !8
  %66 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 12, i32 noundef 11, i32 noundef %65, i32 noundef %110)
  %67 = icmp eq i32 %110, 0
  %68 = zext i1 %67 to i32
  call void @llvm.lifetime.end.p0(i64 576, ptr nonnull %1) #3
  ret i32 %68

69:                                               ; preds = %98
  %70 = add nuw nsw i64 %61, 1
  %71 = icmp eq i64 %70, 12
  br i1 %71, label %64, label %60, !llvm.loop !15

72:                                               ; preds = %60, %98
  %73 = phi i64 [ 0, %60 ], [ %99, %98 ]
  %74 = phi i32 [ %62, %60 ], [ %110, %98 ]
  %75 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 %61, i64 %73
  %76 = load i32, ptr %75, align 4, !tbaa !8
  %77 = icmp sgt i32 %76, 999999
  br i1 %77, label %97, label %78

78:                                               ; preds = %72
  %79 = icmp eq i64 %61, %73
  br i1 %79, label %92, label %80

80:                                               ; preds = %78, %80
  %81 = phi i32 [ %85, %80 ], [ %63, %78 ]
  %82 = phi i32 [ %89, %80 ], [ 0, %78 ]
  %83 = sext i32 %81 to i64
  %84 = getelementptr inbounds [12 x [12 x i32]], ptr @next_hop, i64 0, i64 %83, i64 %73
  %85 = load i32, ptr %84, align 4, !tbaa !8
  %86 = sext i32 %85 to i64
  %87 = getelementptr inbounds [12 x i32], ptr %1, i64 %83, i64 %86
  %88 = load i32, ptr %87, align 4, !tbaa !8
  %89 = add nsw i32 %88, %82
  %90 = zext i32 %85 to i64
  %91 = icmp eq i64 %73, %90
  br i1 %91, label %92, label %80, !llvm.loop !16

92:                                               ; preds = %80, %78
  %93 = phi i32 [ 0, %78 ], [ %89, %80 ]
  %94 = icmp eq i32 %93, %76
  br i1 %94, label %95, label %97

95:                                               ; preds = %97, %92
  %96 = phi i32 [ %74, %92 ], [ 0, %97 ]
  br label %101

97:                                               ; preds = %92, %72
  br label %95

98:                                               ; preds = %101
  %99 = add nuw nsw i64 %73, 1
  %100 = icmp eq i64 %99, 12
  br i1 %100, label %69, label %72, !llvm.loop !17

101:                                              ; preds = %95, %101
  %102 = phi i64 [ %111, %101 ], [ 0, %95 ]
  %103 = phi i32 [ %110, %101 ], [ %96, %95 ]
  %104 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 %61, i64 %102
  %105 = load i32, ptr %104, align 4, !tbaa !8
  %106 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 %102, i64 %73
  %107 = load i32, ptr %106, align 4, !tbaa !8
  %108 = add nsw i32 %107, %105
  %109 = icmp sgt i32 %76, %108
  %110 = select i1 %109, i32 0, i32 %103
  %111 = add nuw nsw i64 %102, 1
  %112 = icmp eq i64 %111, 12
  br i1 %112, label %98, label %101, !llvm.loop !18
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = distinct !{!4, !5, !6}
!5 = !{!"llvm.loop.mustprogress"}
!6 = !{!"llvm.loop.unroll.disable"}
!7 = distinct !{!7, !5, !6}
!8 = !{!9, !9, i64 0}
!9 = !{!"int", !10, i64 0}
!10 = !{!"omnipotent char", !11, i64 0}
!11 = !{!"Simple C/C++ TBAA"}
!12 = distinct !{!12, !5, !6}
!13 = distinct !{!13, !5, !6}
!14 = distinct !{!14, !5, !6}
!15 = distinct !{!15, !5, !6}
!16 = distinct !{!16, !5, !6}
!17 = distinct !{!17, !5, !6}
!18 = distinct !{!18, !5, !6}
