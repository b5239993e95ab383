; ModuleID = 'c/linked_list.c'
source_filename = "c/linked_list.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.node = type { i32, ptr }

@.str = private unnamed_addr constant [36 x i8] c"linked_list length=%d min=%d ok=%d\0A\00", align 1

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  %1 = alloca ptr, align 8
  br label %50

2:                                                ; preds = %50
  %3 = load i32, ptr %55, align 8, !tbaa !4
  br label %4

4:                                                ; preds = %2, %4
  %5 = phi ptr [ %8, %4 ], [ %55, %2 ]
  %6 = phi ptr [ %5, %4 ], [ null, %2 ]
  %7 = getelementptr inbounds %struct.node, ptr %5, i64 0, i32 1
  %8 = load ptr, ptr %7, align 8, !tbaa !10
  store ptr %6, ptr %7, align 8, !tbaa !10
  %9 = icmp eq ptr %8, null
  br i1 %9, label %10, label %4, !llvm.loop !11

10:                                               ; preds = %4
  %11 = load i32, ptr %5, align 8, !tbaa !4
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %1)
  store ptr null, ptr %1, align 8, !tbaa !14
  br label %12

12:                                               ; preds = %10, %32
  %13 = phi ptr [ %15, %32 ], [ %5, %10 ]
  %14 = getelementptr inbounds %struct.node, ptr %13, i64 0, i32 1
  %15 = load ptr, ptr %14, align 8, !tbaa !10
  %16 = load ptr, ptr %1, align 8, !tbaa !14
  %17 = icmp eq ptr %16, null
  br i1 %17, label %32, label %18

18:                                               ; preds = %12
  %19 = load i32, ptr %13, align 8, !tbaa !4
  %20 = load i32, ptr %16, align 8, !tbaa !4
  %21 = icmp slt i32 %20, %19
  br i1 %21, label %25, label %32

22:                                               ; preds = %25
  %23 = load i32, ptr %28, align 8, !tbaa !4
  %24 = icmp slt i32 %23, %19
  br i1 %24, label %25, label %30, !llvm.loop !15

25:                                               ; preds = %18, %22
  %26 = phi ptr [ %28, %22 ], [ %16, %18 ]
  %27 = getelementptr inbounds %struct.node, ptr %26, i64 0, i32 1
  %28 = load ptr, ptr %27, align 8, !tbaa !14
  %29 = icmp eq ptr %28, null
  br i1 %29, label %30, label %22, !llvm.loop !15

30:                                               ; preds = %25, %22
  %31 = getelementptr inbounds %struct.node, ptr %26, i64 0, i32 1
  br label %32

32:                                               ; preds = %30, %18, %12
  %33 = phi ptr [ %1, %12 ], [ %1, %18 ], [ %31, %30 ]
  %34 = phi ptr [ %16, %12 ], [ %16, %18 ], [ %28, %30 ]
  store ptr %34, ptr %14, align 8, !tbaa !10
  store ptr %13, ptr %33, align 8, !tbaa !14
  %35 = icmp eq ptr %15, null
  br i1 %35, label %36, label %12, !llvm.loop !16

36:                                               ; preds = %32
  %37 = load ptr, ptr %1, align 8, !tbaa !14
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %1)
  %38 = tail call fastcc i32 @length(ptr noundef %37)
  %39 = icmp eq i32 %38, 100
  %40 = icmp eq i32 %11, 0
  %41 = select i1 %39, i1 %40, i1 false
  %42 = icmp eq i32 %3, 27
  %43 = select i1 %41, i1 %42, i1 false
  %44 = zext i1 %43 to i32
  %45 = icmp eq ptr %37, null
  br i1 %45, label %59, label %46

46:                                               ; preds = %36
  %47 = getelementptr inbounds %struct.node, ptr %37, i64 0, i32 1
  %48 = load ptr, ptr %47, align 8, !tbaa !10
  %49 = icmp eq ptr %48, null
  br i1 %49, label %59, label %71

50:                                               ; preds = %0, %50
  %51 = phi ptr [ null, %0 ], [ %55, %50 ]
  %52 = phi i32 [ 0, %0 ], [ %57, %50 ]
  %53 = mul nuw nsw i32 %52, 37
  %54 = urem i32 %53, 101
  %55 = tail call noalias dereferenceable_or_null(16) ptr @malloc(i64 noundef 16) #6
  store i32 %54, ptr %55, align 8, !tbaa !4
  %56 = getelementptr inbounds %struct.node, ptr %55, i64 0, i32 1
  store ptr %51, ptr %56, align 8, !tbaa !10
  %57 = add nuw nsw i32 %52, 1
  %58 = icmp eq i32 %57, 100
  br i1 %58, label %2, label %50, !llvm.loop !17

59:                                               ; preds = %71, %46, %36
  %60 = phi i32 [ %44, %36 ], [ %44, %46 ], [ %78, %71 ]
  %61 = load i32, ptr %37, align 8, !tbaa !4
  %62 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %38, i32 noundef %61, i32 noundef %60)
  br label %63

63:                                               ; preds = %59, %63
  %64 = phi ptr [ %66, %63 ], [ %37, %59 ]
  %65 = getelementptr inbounds %struct.node, ptr %64, i64 0, i32 1
  %66 = load ptr, ptr %65, align 8, !tbaa !10
  tail call void @free(ptr noundef %64) #7
  %67 = icmp eq ptr %66, null
  br i1 %67, label %68, label %63, !llvm.loop !18

68:                                               ; preds = %63
  %69 = icmp eq i32 %60, 0
  %70 = zext i1 %69 to i32
  ret i32 %70

71:                                               ; preds = %46, %71
  %72 = phi ptr [ %80, %71 ], [ %48, %46 ]
  %73 = phi i32 [ %78, %71 ], [ %44, %46 ]
  %74 = phi ptr [ %72, %71 ], [ %37, %46 ]
  %75 = load i32, ptr %74, align 8, !tbaa !4
  %76 = load i32, ptr %72, align 8, !tbaa !4
  %77 = icmp sgt i32 %75, %76
  %78 = select i1 %77, i32 0, i32 %73
  %79 = getelementptr inbounds %struct.node, ptr %72, i64 0, i32 1
  %80 = load ptr, ptr %79, align 8, !tbaa !10
  %81 = icmp eq ptr %80, null
  br i1 %81, label %59, label %71
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nosync nounwind memory(argmem: read) uwtable
define internal fastcc i32 @length(ptr noundef readonly %0) unnamed_addr #2 {
  br label %2

2:                                                ; preds = %6, %1
  %3 = phi i32 [ 0, %1 ], [ %9, %6 ]
  %4 = phi ptr [ %0, %1 ], [ %8, %6 ]
  %5 = icmp eq ptr %4, null
  br i1 %5, label %10, label %6

6:                                                ; preds = %2
  %7 = getelementptr inbounds %struct.node, ptr %4, i64 0, i32 1
  %8 = load ptr, ptr %7, align 8, !tbaa !10
  %9 = add nsw i32 %3, 1
  br label %2

10:                                               ; preds = %2
  %11 = add nsw i32 %3, 0
  ret i32 %11
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #3

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #4

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr nocapture noundef) local_unnamed_addr #5

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nosync nounwind memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind allocsize(0) }
attributes #7 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!5, !6, i64 0}
!5 = !{!"node", !6, i64 0, !9, i64 8}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!"any pointer", !7, i64 0}
!10 = !{!5, !9, i64 8}
!11 = distinct !{!11, !12, !13}
!12 = !{!"llvm.loop.mustprogress"}
!13 = !{!"llvm.loop.unroll.disable"}
!14 = !{!9, !9, i64 0}
!15 = distinct !{!15, !12, !13}
!16 = distinct !{!16, !12, !13}
!17 = distinct !{!17, !12, !13}
!18 = distinct !{!18, !12, !13}
