; ModuleID = 'c/bfs.c'
source_filename = "c/bfs.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [47 x i8] c"bfs vertices=%d edges=%d farthest=%d wrong=%d\0A\00", align 1

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  %1 = alloca [600 x i32], align 16
  %2 = tail call noalias dereferenceable_or_null(2404) ptr @malloc(i64 noundef 2404) #6
  %3 = tail call noalias dereferenceable_or_null(9600) ptr @malloc(i64 noundef 9600) #6
  br label %4

4:                                                ; preds = %40, %0
  %5 = phi i64 [ 0, %0 ], [ %42, %40 ]
  %6 = phi i32 [ 0, %0 ], [ %41, %40 ]
  %7 = trunc i64 %5 to i32
  %8 = urem i32 %7, 30
  %9 = getelementptr inbounds i32, ptr %2, i64 %5
  store i32 %6, ptr %9, align 4, !tbaa !4, !noalias !8
  %10 = icmp eq i32 %8, 0
  br i1 %10, label %16, label %11

11:                                               ; preds = %4
  %12 = add nsw i32 %6, 1
  %13 = sext i32 %6 to i64
  %14 = getelementptr inbounds i32, ptr %3, i64 %13
  %15 = add i32 %7, -1
  store i32 %15, ptr %14, align 4, !tbaa !4, !noalias !8
  br label %16

16:                                               ; preds = %11, %4
  %17 = phi i32 [ %12, %11 ], [ %6, %4 ]
  %18 = icmp ult i32 %8, 29
  br i1 %18, label %19, label %24

19:                                               ; preds = %16
  %20 = add nsw i32 %17, 1
  %21 = sext i32 %17 to i64
  %22 = getelementptr inbounds i32, ptr %3, i64 %21
  %23 = add i32 %7, 1
  store i32 %23, ptr %22, align 4, !tbaa !4, !noalias !8
  br label %24

24:                                               ; preds = %19, %16
  %25 = phi i32 [ %20, %19 ], [ %17, %16 ]
  %26 = icmp ult i64 %5, 30
  br i1 %26, label %32, label %27

27:                                               ; preds = %24
  %28 = add nsw i32 %25, 1
  %29 = sext i32 %25 to i64
  %30 = getelementptr inbounds i32, ptr %3, i64 %29
  %31 = add i32 %7, -30
  store i32 %31, ptr %30, align 4, !tbaa !4, !noalias !8
  br label %32

32:                                               ; preds = %27, %24
  %33 = phi i32 [ %28, %27 ], [ %25, %24 ]
  %34 = icmp ult i64 %5, 570
  br i1 %34, label %35, label %40

35:                                               ; preds = %32
  %36 = add nsw i32 %33, 1
  %37 = sext i32 %33 to i64
  %38 = getelementptr inbounds i32, ptr %3, i64 %37
  %39 = add i32 %7, 30
  store i32 %39, ptr %38, align 4, !tbaa !4, !noalias !8
  br label %40

40:                                               ; preds = %35, %32
  %41 = phi i32 [ %36, %35 ], [ %33, %32 ]
  %42 = add nuw nsw i64 %5, 1
  %43 = icmp eq i64 %42, 600
  br i1 %43, label %44, label %4, !llvm.loop !11

44:                                               ; preds = %40
  %45 = getelementptr inbounds i32, ptr %2, i64 600
  store i32 %41, ptr %45, align 4, !tbaa !4, !noalias !8
  call void @llvm.lifetime.start.p0(i64 2400, ptr nonnull %1) #7
  %46 = tail call noalias dereferenceable_or_null(2400) ptr @malloc(i64 noundef 2400) #6
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(2400) %1, i8 -1, i64 2400, i1 false), !tbaa !4
  store i32 0, ptr %1, align 16, !tbaa !4
  store i32 0, ptr %46, align 4, !tbaa !4
  br label %51

47:                                               ; preds = %84, %51
  %48 = phi i32 [ %53, %51 ], [ %85, %84 ]
  %49 = sext i32 %48 to i64
  %50 = icmp slt i64 %54, %49
  br i1 %50, label %51, label %88, !llvm.loop !14

51:                                               ; preds = %47, %44
  %52 = phi i64 [ 0, %44 ], [ %54, %47 ]
  %53 = phi i32 [ 1, %44 ], [ %48, %47 ]
  %54 = add nuw nsw i64 %52, 1
  %55 = getelementptr inbounds i32, ptr %46, i64 %52
  %56 = load i32, ptr %55, align 4, !tbaa !4
  %57 = sext i32 %56 to i64
  %58 = getelementptr inbounds i32, ptr %2, i64 %57
  %59 = load i32, ptr %58, align 4, !tbaa !4
  %60 = add nsw i32 %56, 1
  %61 = sext i32 %60 to i64
  %62 = getelementptr inbounds i32, ptr %2, i64 %61
  %63 = load i32, ptr %62, align 4, !tbaa !4
  %64 = icmp slt i32 %59, %63
  br i1 %64, label %65, label %47

65:                                               ; preds = %51
  %66 = getelementptr inbounds i32, ptr %1, i64 %57
  %67 = sext i32 %59 to i64
  %68 = sext i32 %63 to i64
  br label %69

69:                                               ; preds = %84, %65
  %70 = phi i64 [ %67, %65 ], [ %86, %84 ]
  %71 = phi i32 [ %53, %65 ], [ %85, %84 ]
  %72 = getelementptr inbounds i32, ptr %3, i64 %70
  %73 = load i32, ptr %72, align 4, !tbaa !4
  %74 = sext i32 %73 to i64
  %75 = getelementptr inbounds i32, ptr %1, i64 %74
  %76 = load i32, ptr %75, align 4, !tbaa !4
  %77 = icmp slt i32 %76, 0
  br i1 %77, label %78, label %84

78:                                               ; preds = %69
  %79 = load i32, ptr %66, align 4, !tbaa !4
  %80 = add nsw i32 %79, 1
  store i32 %80, ptr %75, align 4, !tbaa !4
  %81 = add nsw i32 %71, 1
  %82 = sext i32 %71 to i64
  %83 = getelementptr inbounds i32, ptr %46, i64 %82
  store i32 %73, ptr %83, align 4, !tbaa !4
  br label %84

84:                                               ; preds = %78, %69
  %85 = phi i32 [ %81, %78 ], [ %71, %69 ]
  %86 = add nsw i64 %70, 1
  %87 = icmp eq i64 %86, %68
  br i1 %87, label %47, label %69, !llvm.loop !15

88:                                               ; preds = %47
  tail call void @free(ptr noundef %46) #7
  br label %95

89:                                               ; preds = %95
  %90 = getelementptr inbounds [600 x i32], ptr %1, i64 0, i64 599
  %91 = load i32, ptr %90, align 4, !tbaa !4
  %92 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 600, i32 noundef %41, i32 noundef %91, i32 noundef %107)
  tail call void @free(ptr noundef %2) #7
  tail call void @free(ptr noundef %3) #7
  %93 = icmp ne i32 %107, 0
  %94 = zext i1 %93 to i32
  call void @llvm.lifetime.end.p0(i64 2400, ptr nonnull %1) #7
  ret i32 %94

95:                                               ; preds = %88, %95
  %96 = phi i64 [ 0, %88 ], [ %108, %95 ]
  %97 = phi i32 [ 0, %88 ], [ %107, %95 ]
  %98 = getelementptr inbounds [600 x i32], ptr %1, i64 0, i64 %96
  %99 = load i32, ptr %98, align 4, !tbaa !4
  %100 = trunc i64 %96 to i32
  %101 = urem i32 %100, 30
  %102 = trunc i64 %96 to i32
  %103 = udiv i32 %102, 30
  %104 = add nuw nsw i32 %101, %103
  %105 = icmp ne i32 %99, %104
  %106 = zext i1 %105 to i32
  %107 = add nuw nsw i32 %97, %106
  %108 = add nuw nsw i64 %96, 1
  %109 = icmp eq i64 %108, 600
  br i1 %109, label %89, label %95, !llvm.loop !16
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr nocapture noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #4

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #5

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #6 = { nounwind allocsize(0) }
attributes #7 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!5, !5, i64 0}
!5 = !{!"int", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = !{!9}
!9 = distinct !{!9, !10, !"grid_graph: argument 0"}
!10 = distinct !{!10, !"grid_graph"}
!11 = distinct !{!11, !12, !13}
!12 = !{!"llvm.loop.mustprogress"}
!13 = !{!"llvm.loop.unroll.disable"}
!14 = distinct !{!14, !12, !13}
!15 = distinct !{!15, !12, !13}
!16 = distinct !{!16, !12, !13}
