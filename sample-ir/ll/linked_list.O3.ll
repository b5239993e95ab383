; ModuleID = 'c/linked_list.c'
source_filename = "c/linked_list.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.node = type { i32, ptr }

@.str = private unnamed_addr constant [36 x i8] c"linked_list length=%d min=%d ok=%d\0A\00", align 1

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  %1 = alloca ptr, align 8
  br label %56

2:                                                ; preds = %56, %2
  %3 = phi ptr [ %6, %2 ], [ %63, %56 ]
  %4 = phi ptr [ %3, %2 ], [ null, %56 ]
  %5 = getelementptr inbounds %struct.node, ptr %3, i64 0, i32 1
  %6 = load ptr, ptr %5, align 8, !tbaa !4
  store ptr %4, ptr %5, align 8, !tbaa !4
  %7 = icmp eq ptr %6, null
  br i1 %7, label %8, label %2, !llvm.loop !10

8:                                                ; preds = %2
  %9 = load i32, ptr %3, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %1)
  store ptr null, ptr %1, align 8, !tbaa !13
  br label %10

10:                                               ; preds = %8, %31
  %11 = phi ptr [ null, %8 ], [ %35, %31 ]
  %12 = phi ptr [ %3, %8 ], [ %14, %31 ]
  %13 = getelementptr inbounds %struct.node, ptr %12, i64 0, i32 1
  %14 = load ptr, ptr %13, align 8, !tbaa !4
  %15 = icmp eq ptr %11, null
  br i1 %15, label %31, label %16

16:                                               ; preds = %10
  %17 = load i32, ptr %12, align 8, !tbaa !12
  %18 = load i32, ptr %11, align 8, !tbaa !12
  %19 = icmp slt i32 %18, %17
  br i1 %19, label %23, label %31

20:                                               ; preds = %23
  %21 = load i32, ptr %26, align 8, !tbaa !12
  %22 = icmp slt i32 %21, %17
  br i1 %22, label %23, label %28, !llvm.loop !14

23:                                               ; preds = %16, %20
  %24 = phi ptr [ %26, %20 ], [ %11, %16 ]
  %25 = getelementptr inbounds %struct.node, ptr %24, i64 0, i32 1
  %26 = load ptr, ptr %25, align 8, !tbaa !13
  %27 = icmp eq ptr %26, null
  br i1 %27, label %28, label %20, !llvm.loop !14

28:                                               ; preds = %23, %20
  %29 = phi ptr [ %26, %20 ], [ null, %23 ]
  %30 = getelementptr inbounds %struct.node, ptr %24, i64 0, i32 1
  br label %31

31:                                               ; preds = %28, %16, %10
  %32 = phi ptr [ %1, %10 ], [ %1, %16 ], [ %30, %28 ]
  %33 = phi ptr [ null, %10 ], [ %11, %16 ], [ %29, %28 ]
  store ptr %33, ptr %13, align 8, !tbaa !4
  store ptr %12, ptr %32, align 8, !tbaa !13
  %34 = icmp eq ptr %14, null
  %35 = load ptr, ptr %1, align 8, !tbaa !13
  br i1 %34, label %36, label %10, !llvm.loop !15

36:                                               ; preds = %31
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %1)
  %37 = icmp eq ptr %35, null
  br i1 %37, label %76, label %38

38:                                               ; preds = %36, %38
  %39 = phi ptr [ %42, %38 ], [ %35, %36 ]
  %40 = phi i32 [ %43, %38 ], [ 0, %36 ]
  %41 = getelementptr inbounds %struct.node, ptr %39, i64 0, i32 1
  %42 = load ptr, ptr %41, align 8, !tbaa !4
  %43 = add nuw nsw i32 %40, 1
  %44 = icmp eq ptr %42, null
  br i1 %44, label %45, label %38

45:                                               ; preds = %38
  %46 = icmp eq i32 %43, 100
  %47 = icmp eq i32 %9, 0
  %48 = select i1 %46, i1 %47, i1 false
  %49 = icmp eq i16 %61, 27
  %50 = select i1 %48, i1 %49, i1 false
  %51 = zext i1 %50 to i32
  br i1 %37, label %76, label %52

52:                                               ; preds = %45
  %53 = getelementptr inbounds %struct.node, ptr %35, i64 0, i32 1
  %54 = load ptr, ptr %53, align 8, !tbaa !4
  %55 = icmp eq ptr %54, null
  br i1 %55, label %67, label %89

56:                                               ; preds = %0, %56
  %57 = phi ptr [ null, %0 ], [ %63, %56 ]
  %58 = phi i32 [ 0, %0 ], [ %65, %56 ]
  %59 = trunc i32 %58 to i16
  %60 = mul i16 %59, 37
  %61 = urem i16 %60, 101
  %62 = zext i16 %61 to i32
  %63 = tail call noalias dereferenceable_or_null(16) ptr @malloc(i64 noundef 16) #5
  store i32 %62, ptr %63, align 8, !tbaa !12
  %64 = getelementptr inbounds %struct.node, ptr %63, i64 0, i32 1
  store ptr %57, ptr %64, align 8, !tbaa !4
  %65 = add nuw nsw i32 %58, 1
  %66 = icmp eq i32 %65, 100
  br i1 %66, label %2, label %56, !llvm.loop !16

67:                                               ; preds = %89, %52
  %68 = phi i32 [ %51, %52 ], [ %96, %89 ]
  br i1 %37, label %76, label %69

69:                                               ; preds = %67, %69
  %70 = phi ptr [ %73, %69 ], [ %35, %67 ]
  %71 = phi i32 [ %74, %69 ], [ 0, %67 ]
  %72 = getelementptr inbounds %struct.node, ptr %70, i64 0, i32 1
  %73 = load ptr, ptr %72, align 8, !tbaa !4
  %74 = add nuw nsw i32 %71, 1
  %75 = icmp eq ptr %73, null
  br i1 %75, label %76, label %69

76:                                               ; preds = %69, %36, %45, %67
  %77 = phi i32 [ %68, %67 ], [ %51, %45 ], [ 0, %36 ], [ %68, %69 ]
  %78 = phi i32 [ 0, %67 ], [ 0, %45 ], [ 0, %36 ], [ %74, %69 ]
  %79 = load i32, ptr %35, align 8, !tbaa !12
  %80 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %78, i32 noundef %79, i32 noundef %77)
  br label %81

81:                                               ; preds = %76, %81
  %82 = phi ptr [ %84, %81 ], [ %35, %76 ]
  %83 = getelementptr inbounds %struct.node, ptr %82, i64 0, i32 1
  %84 = load ptr, ptr %83, align 8, !tbaa !4
  tail call void @free(ptr noundef nonnull %82) #6
  %85 = icmp eq ptr %84, null
  br i1 %85, label %86, label %81, !llvm.loop !17

86:                                               ; preds = %81
  %87 = icmp eq i32 %77, 0
  %88 = zext i1 %87 to i32
  ret i32 %88

89:                                               ; preds = %52, %89
  %90 = phi ptr [ %98, %89 ], [ %54, %52 ]
  %91 = phi i32 [ %96, %89 ], [ %51, %52 ]
  %92 = phi ptr [ %90, %89 ], [ %35, %52 ]
  %93 = load i32, ptr %92, align 8, !tbaa !12
  %94 = load i32, ptr %90, align 8, !tbaa !12
  %95 = icmp sgt i32 %93, %94
  %96 = select i1 %95, i32 0, i32 %91
  %97 = getelementptr inbounds %struct.node, ptr %90, i64 0, i32 1
  %98 = load ptr, ptr %97, align 8, !tbaa !4
  %99 = icmp eq ptr %98, null
  br i1 %99, label %67, label %89
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr nocapture noundef) local_unnamed_addr #4

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind allocsize(0) }
attributes #6 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!5, !9, i64 8}
!5 = !{!"node", !6, i64 0, !9, i64 8}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!"any pointer", !7, i64 0}
!10 = distinct !{!10, !11}
!11 = !{!"llvm.loop.mustprogress"}
!12 = !{!5, !6, i64 0}
!13 = !{!9, !9, i64 0}
!14 = distinct !{!14, !11}
!15 = distinct !{!15, !11}
!16 = distinct !{!16, !11}
!17 = distinct !{!17, !11}
