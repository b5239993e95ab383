; ModuleID = 'c/radix_sort.c'
source_filename = "c/radix_sort.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [42 x i8] c"radix_sort n=%zu min=%u max=%u sorted=%d\0A\00", align 1

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  %1 = alloca [257 x i64], align 16
  %2 = tail call noalias dereferenceable_or_null(20000) ptr @malloc(i64 noundef 20000) #6
  %3 = tail call noalias dereferenceable_or_null(20000) ptr @malloc(i64 noundef 20000) #6
  %4 = icmp ne ptr %2, null
  %5 = icmp ne ptr %3, null
  %6 = and i1 %4, %5
  br i1 %6, label %50, label %91

7:                                                ; preds = %50, %34
  %8 = phi ptr [ %10, %34 ], [ %2, %50 ]
  %9 = phi i32 [ %35, %34 ], [ 0, %50 ]
  %10 = phi ptr [ %8, %34 ], [ %3, %50 ]
  call void @llvm.lifetime.start.p0(i64 2056, ptr nonnull %1) #7
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(2056) %1, i8 0, i64 2056, i1 false)
  br label %11

11:                                               ; preds = %11, %7
  %12 = phi i64 [ 0, %7 ], [ %22, %11 ]
  %13 = getelementptr inbounds i32, ptr %8, i64 %12
  %14 = load i32, ptr %13, align 4, !tbaa !4
  %15 = lshr i32 %14, %9
  %16 = and i32 %15, 255
  %17 = add nuw nsw i32 %16, 1
  %18 = zext i32 %17 to i64
  %19 = getelementptr inbounds [257 x i64], ptr %1, i64 0, i64 %18
  %20 = load i64, ptr %19, align 8, !tbaa !8
  %21 = add i64 %20, 1
  store i64 %21, ptr %19, align 8, !tbaa !8
  %22 = add nuw nsw i64 %12, 1
  %23 = icmp eq i64 %22, 5000
  br i1 %23, label %24, label %11, !llvm.loop !10

24:                                               ; preds = %11
  %25 = load i64, ptr %1, align 16
  br label %26

26:                                               ; preds = %24, %26
  %27 = phi i64 [ %25, %24 ], [ %32, %26 ]
  %28 = phi i64 [ 0, %24 ], [ %29, %26 ]
  %29 = add nuw nsw i64 %28, 1
  %30 = getelementptr inbounds [257 x i64], ptr %1, i64 0, i64 %29
  %31 = load i64, ptr %30, align 8, !tbaa !8
  %32 = add i64 %31, %27
  store i64 %32, ptr %30, align 8, !tbaa !8
  %33 = icmp eq i64 %29, 256
  br i1 %33, label %37, label %26, !llvm.loop !13

34:                                               ; preds = %37
  call void @llvm.lifetime.end.p0(i64 2056, ptr nonnull %1) #7
  %35 = add nuw nsw i32 %9, 8
  %36 = icmp ult i32 %9, 24
  br i1 %36, label %7, label %73, !llvm.loop !14

37:                                               ; preds = %26, %37
  %38 = phi i64 [ %48, %37 ], [ 0, %26 ]
  %39 = getelementptr inbounds i32, ptr %8, i64 %38
  %40 = load i32, ptr %39, align 4, !tbaa !4
  %41 = lshr i32 %40, %9
  %42 = and i32 %41, 255
  %43 = zext i32 %42 to i64
  %44 = getelementptr inbounds [257 x i64], ptr %1, i64 0, i64 %43
  %45 = load i64, ptr %44, align 8, !tbaa !8
  %46 = add i64 %45, 1
  store i64 %46, ptr %44, align 8, !tbaa !8
  %47 = getelementptr inbounds i32, ptr %10, i64 %45
  store i32 %40, ptr %47, align 4, !tbaa !4
  %48 = add nuw nsw i64 %38, 1
  %49 = icmp eq i64 %48, 5000
  br i1 %49, label %34, label %37, !llvm.loop !15

50:                                               ; preds = %0, %50
  %51 = phi i64 [ %62, %50 ], [ 0, %0 ]
  %52 = phi i32 [ %61, %50 ], [ 0, %0 ]
  %53 = phi i32 [ %59, %50 ], [ -1831433054, %0 ]
  %54 = shl i32 %53, 13
  %55 = xor i32 %54, %53
  %56 = lshr i32 %55, 17
  %57 = xor i32 %56, %55
  %58 = shl i32 %57, 5
  %59 = xor i32 %58, %57
  %60 = getelementptr inbounds i32, ptr %2, i64 %51
  store i32 %59, ptr %60, align 4, !tbaa !4
  %61 = xor i32 %59, %52
  %62 = add nuw nsw i64 %51, 1
  %63 = icmp eq i64 %62, 5000
  br i1 %63, label %7, label %50, !llvm.loop !16

64:                                               ; preds = %87
  %65 = load i32, ptr %2, align 4, !tbaa !4
  %66 = getelementptr inbounds i32, ptr %2, i64 4999
  %67 = load i32, ptr %66, align 4, !tbaa !4
  %68 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i64 noundef 5000, i32 noundef %65, i32 noundef %67, i32 noundef %88)
  tail call void @free(ptr noundef %2) #7
  tail call void @free(ptr noundef %3) #7
  %69 = icmp eq i32 %88, 0
  %70 = icmp ne i32 %61, %79
  %71 = select i1 %69, i1 true, i1 %70
  %72 = zext i1 %71 to i32
  br label %91

73:                                               ; preds = %34, %87
  %74 = phi i64 [ %89, %87 ], [ 0, %34 ]
  %75 = phi i32 [ %88, %87 ], [ 1, %34 ]
  %76 = phi i32 [ %79, %87 ], [ 0, %34 ]
  %77 = getelementptr inbounds i32, ptr %2, i64 %74
  %78 = load i32, ptr %77, align 4, !tbaa !4
  %79 = xor i32 %78, %76
  %80 = icmp eq i64 %74, 0
  br i1 %80, label %87, label %81

81:                                               ; preds = %73
  %82 = add nsw i64 %74, -1
  %83 = getelementptr inbounds i32, ptr %2, i64 %82
  %84 = load i32, ptr %83, align 4, !tbaa !4
  %85 = icmp ugt i32 %84, %78
  %86 = select i1 %85, i32 0, i32 %75
  br label %87

87:                                               ; preds = %81, %73
  %88 = phi i32 [ %75, %73 ], [ %86, %81 ]
  %89 = add nuw nsw i64 %74, 1
  %90 = icmp eq i64 %89, 5000
  br i1 %90, label %64, label %73, !llvm.loop !17

91:                                               ; preds = %0, %64
  %92 = phi i32 [ %72, %64 ], [ 2, %0 ]
  ret i32 %92
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #3

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr nocapture noundef) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #5

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
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
!8 = !{!9, !9, i64 0}
!9 = !{!"long", !6, i64 0}
!10 = distinct !{!10, !11, !12}
!11 = !{!"llvm.loop.mustprogress"}
!12 = !{!"llvm.loop.unroll.disable"}
!13 = distinct !{!13, !11, !12}
!14 = distinct !{!14, !11, !12}
!15 = distinct !{!15, !11, !12}
!16 = distinct !{!16, !11, !12}
!17 = distinct !{!17, !11, !12}
