; ModuleID = 'c/mergesort.c'
source_filename = "c/mergesort.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.record = type { i32, i32 }

@.str = private unnamed_addr constant [39 x i8] c"mergesort n=%d first=%d last=%d ok=%d\0A\00", align 1

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(24000) ptr @malloc(i64 noundef 24000) #6
  %2 = tail call noalias dereferenceable_or_null(24000) ptr @malloc(i64 noundef 24000) #6
  %3 = icmp ne ptr %1, null
  %4 = icmp ne ptr %2, null
  %5 = and i1 %3, %4
  br i1 %5, label %7, label %47

6:                                                ; preds = %7
  tail call fastcc void @merge_sort(ptr noundef nonnull %1, ptr noundef nonnull %2, i32 noundef 0, i32 noundef 3000)
  br label %25

7:                                                ; preds = %0, %7
  %8 = phi i64 [ %16, %7 ], [ 0, %0 ]
  %9 = trunc i64 %8 to i32
  %10 = mul i32 %9, 31
  %11 = add i32 %10, 7
  %12 = urem i32 %11, 97
  %13 = getelementptr inbounds %struct.record, ptr %1, i64 %8
  store i32 %12, ptr %13, align 4, !tbaa !4
  %14 = getelementptr inbounds %struct.record, ptr %1, i64 %8, i32 1
  %15 = trunc i64 %8 to i32
  store i32 %15, ptr %14, align 4, !tbaa !9
  %16 = add nuw nsw i64 %8, 1
  %17 = icmp eq i64 %16, 3000
  br i1 %17, label %6, label %7, !llvm.loop !10

18:                                               ; preds = %43
  %19 = load i32, ptr %1, align 4, !tbaa !4
  %20 = getelementptr inbounds %struct.record, ptr %1, i64 2999
  %21 = load i32, ptr %20, align 4, !tbaa !4
  %22 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 3000, i32 noundef %19, i32 noundef %21, i32 noundef %44)
  tail call void @free(ptr noundef %1) #7
  tail call void @free(ptr noundef %2) #7
  %23 = icmp eq i32 %44, 0
  %24 = zext i1 %23 to i32
  br label %47

25:                                               ; preds = %6, %43
  %26 = phi i64 [ 1, %6 ], [ %45, %43 ]
  %27 = phi i32 [ 1, %6 ], [ %44, %43 ]
  %28 = add nsw i64 %26, -1
  %29 = getelementptr inbounds %struct.record, ptr %1, i64 %28
  %30 = load i32, ptr %29, align 4, !tbaa !4
  %31 = getelementptr inbounds %struct.record, ptr %1, i64 %26
  %32 = load i32, ptr %31, align 4, !tbaa !4
  %33 = icmp sgt i32 %30, %32
  %34 = select i1 %33, i32 0, i32 %27
  %35 = icmp eq i32 %30, %32
  br i1 %35, label %36, label %43

36:                                               ; preds = %25
  %37 = getelementptr inbounds %struct.record, ptr %1, i64 %28, i32 1
  %38 = load i32, ptr %37, align 4, !tbaa !9
  %39 = getelementptr inbounds %struct.record, ptr %1, i64 %26, i32 1
  %40 = load i32, ptr %39, align 4, !tbaa !9
  %41 = icmp sgt i32 %38, %40
  %42 = select i1 %41, i32 0, i32 %34
  br label %43

43:                                               ; preds = %36, %25
  %44 = phi i32 [ %34, %25 ], [ %42, %36 ]
  %45 = add nuw nsw i64 %26, 1
  %46 = icmp eq i64 %45, 3000
  br i1 %46, label %18, label %25, !llvm.loop !13

47:                                               ; preds = %0, %18
  %48 = phi i32 [ %24, %18 ], [ 2, %0 ]
  ret i32 %48
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: nofree nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none) uwtable
define internal fastcc void @merge_sort(ptr noundef %0, ptr noundef %1, i32 noundef %2, i32 noundef %3) unnamed_addr #2 {
  %5 = sub nsw i32 %3, %2
  %6 = icmp slt i32 %5, 2
  br i1 %6, label %80, label %7

7:                                                ; preds = %4
  %8 = lshr i32 %5, 1
  %9 = add nsw i32 %8, %2
  tail call fastcc void @merge_sort(ptr noundef %0, ptr noundef %1, i32 noundef %2, i32 noundef %9)
  tail call fastcc void @merge_sort(ptr noundef %0, ptr noundef %1, i32 noundef %9, i32 noundef %3)
  %10 = icmp slt i32 %9, %3
  br i1 %10, label %11, label %15

11:                                               ; preds = %7
  %12 = sext i32 %2 to i64
  br label %24

13:                                               ; preds = %24
  %14 = trunc i64 %28 to i32
  br label %15

15:                                               ; preds = %13, %7
  %16 = phi i32 [ %2, %7 ], [ %39, %13 ]
  %17 = phi i32 [ %9, %7 ], [ %42, %13 ]
  %18 = phi i32 [ %2, %7 ], [ %14, %13 ]
  %19 = icmp slt i32 %16, %9
  br i1 %19, label %20, label %49

20:                                               ; preds = %15
  %21 = sext i32 %18 to i64
  %22 = sext i32 %16 to i64
  %23 = sext i32 %9 to i64
  br label %56

24:                                               ; preds = %24, %11
  %25 = phi i64 [ %12, %11 ], [ %28, %24 ]
  %26 = phi i32 [ %9, %11 ], [ %42, %24 ]
  %27 = phi i32 [ %2, %11 ], [ %39, %24 ]
  %28 = add i64 %25, 1
  %29 = getelementptr inbounds %struct.record, ptr %1, i64 %25
  %30 = sext i32 %26 to i64
  %31 = getelementptr inbounds %struct.record, ptr %0, i64 %30
  %32 = load i32, ptr %31, align 4, !tbaa !4
  %33 = sext i32 %27 to i64
  %34 = getelementptr inbounds %struct.record, ptr %0, i64 %33
  %35 = load i32, ptr %34, align 4, !tbaa !4
  %36 = icmp sge i32 %32, %35
  %37 = select i1 %36, ptr %34, ptr %31
  %38 = zext i1 %36 to i32
  %39 = add nsw i32 %27, %38
  %40 = xor i1 %36, true
  %41 = zext i1 %40 to i32
  %42 = add nsw i32 %26, %41
  %43 = load i64, ptr %37, align 4
  store i64 %43, ptr %29, align 4
  %44 = icmp slt i32 %39, %9
  %45 = icmp slt i32 %42, %3
  %46 = select i1 %44, i1 %45, i1 false
  br i1 %46, label %24, label %13, !llvm.loop !14

47:                                               ; preds = %56
  %48 = trunc i64 %59 to i32
  br label %49

49:                                               ; preds = %47, %15
  %50 = phi i32 [ %18, %15 ], [ %48, %47 ]
  %51 = icmp slt i32 %17, %3
  br i1 %51, label %52, label %74

52:                                               ; preds = %49
  %53 = sext i32 %50 to i64
  %54 = sext i32 %17 to i64
  %55 = sext i32 %3 to i64
  br label %65

56:                                               ; preds = %56, %20
  %57 = phi i64 [ %22, %20 ], [ %61, %56 ]
  %58 = phi i64 [ %21, %20 ], [ %59, %56 ]
  %59 = add nsw i64 %58, 1
  %60 = getelementptr inbounds %struct.record, ptr %1, i64 %58
  %61 = add nsw i64 %57, 1
  %62 = getelementptr inbounds %struct.record, ptr %0, i64 %57
  %63 = load i64, ptr %62, align 4
  store i64 %63, ptr %60, align 4
  %64 = icmp eq i64 %61, %23
  br i1 %64, label %47, label %56, !llvm.loop !15

65:                                               ; preds = %65, %52
  %66 = phi i64 [ %54, %52 ], [ %70, %65 ]
  %67 = phi i64 [ %53, %52 ], [ %68, %65 ]
  %68 = add nsw i64 %67, 1
  %69 = getelementptr inbounds %struct.record, ptr %1, i64 %67
  %70 = add nsw i64 %66, 1
  %71 = getelementptr inbounds %struct.record, ptr %0, i64 %66
  %72 = load i64, ptr %71, align 4
  store i64 %72, ptr %69, align 4
  %73 = icmp eq i64 %70, %55
  br i1 %73, label %74, label %65, !llvm.loop !16

74:                                               ; preds = %65, %49
  %75 = sext i32 %2 to i64
  %76 = getelementptr inbounds %struct.record, ptr %0, i64 %75
  %77 = getelementptr inbounds %struct.record, ptr %1, i64 %75
  %78 = sext i32 %5 to i64
  %79 = shl nsw i64 %78, 3
  tail call void @llvm.memcpy.p0.p0.i64(ptr align 4 %76, ptr align 4 %77, i64 %79, i1 false)
  br label %80

80:                                               ; preds = %4, %74
  ret void
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #3

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr nocapture noundef) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #5

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #6 = { nounwind allocsize(0) }
attributes #7 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!5, !6, i64 0}
!5 = !{!"record", !6, i64 0, !6, i64 4}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!5, !6, i64 4}
!10 = distinct !{!10, !11, !12}
!11 = !{!"llvm.loop.mustprogress"}
!12 = !{!"llvm.loop.unroll.disable"}
!13 = distinct !{!13, !11, !12}
!14 = distinct !{!14, !11, !12}
!15 = distinct !{!15, !11, !12}
!16 = distinct !{!16, !11, !12}
