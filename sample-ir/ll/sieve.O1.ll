; ModuleID = 'c/sieve.c'
source_filename = "c/sieve.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [43 x i8] c"sieve primes below %d: %d, twin pairs: %d\0A\00", align 1

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(100000) ptr @malloc(i64 noundef 100000) #5
  %2 = icmp eq ptr %1, null
  br i1 %2, label %56, label %3

3:                                                ; preds = %0
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 1 dereferenceable(100000) %1, i8 0, i64 100000, i1 false)
  %4 = getelementptr inbounds i8, ptr %1, i64 1
  store i8 1, ptr %4, align 1, !tbaa !4
  store i8 1, ptr %1, align 1, !tbaa !4
  br label %5

5:                                                ; preds = %18, %3
  %6 = phi i64 [ 4, %3 ], [ %20, %18 ]
  %7 = phi i64 [ 2, %3 ], [ %19, %18 ]
  %8 = getelementptr inbounds i8, ptr %1, i64 %7
  %9 = load i8, ptr %8, align 1, !tbaa !4
  %10 = icmp eq i8 %9, 0
  %11 = icmp ult i64 %6, 100000
  %12 = select i1 %10, i1 %11, i1 false
  br i1 %12, label %13, label %18

13:                                               ; preds = %5, %13
  %14 = phi i64 [ %16, %13 ], [ %6, %5 ]
  %15 = getelementptr inbounds i8, ptr %1, i64 %14
  store i8 1, ptr %15, align 1, !tbaa !4
  %16 = add nuw nsw i64 %14, %7
  %17 = icmp ult i64 %16, 100000
  br i1 %17, label %13, label %18, !llvm.loop !7

18:                                               ; preds = %13, %5
  %19 = add nuw nsw i64 %7, 1
  %20 = mul nsw i64 %19, %19
  %21 = icmp eq i64 %19, 317
  br i1 %21, label %22, label %5, !llvm.loop !10

22:                                               ; preds = %18, %22
  %23 = phi i64 [ %30, %22 ], [ 2, %18 ]
  %24 = phi i32 [ %29, %22 ], [ 0, %18 ]
  %25 = getelementptr inbounds i8, ptr %1, i64 %23
  %26 = load i8, ptr %25, align 1, !tbaa !4
  %27 = icmp eq i8 %26, 0
  %28 = zext i1 %27 to i32
  %29 = add nuw nsw i32 %24, %28
  %30 = add nuw nsw i64 %23, 1
  %31 = icmp eq i64 %30, 100000
  br i1 %31, label %32, label %22, !llvm.loop !11

32:                                               ; preds = %22, %46
  %33 = phi i64 [ %36, %46 ], [ 3, %22 ]
  %34 = phi i64 [ %48, %46 ], [ 5, %22 ]
  %35 = phi i32 [ %47, %46 ], [ 0, %22 ]
  %36 = add nuw nsw i64 %33, 2
  %37 = getelementptr inbounds i8, ptr %1, i64 %33
  %38 = load i8, ptr %37, align 1, !tbaa !4
  %39 = icmp eq i8 %38, 0
  br i1 %39, label %40, label %46

40:                                               ; preds = %32
  %41 = getelementptr inbounds i8, ptr %1, i64 %34
  %42 = load i8, ptr %41, align 1, !tbaa !4
  %43 = icmp eq i8 %42, 0
  %44 = zext i1 %43 to i32
  %45 = add nsw i32 %35, %44
  br label %46

46:                                               ; preds = %40, %32
  %47 = phi i32 [ %35, %32 ], [ %45, %40 ]
  %48 = add nuw nsw i64 %34, 2
  %49 = icmp ult i64 %34, 99998
  br i1 %49, label %32, label %50, !llvm.loop !12

50:                                               ; preds = %46
  %51 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 100000, i32 noundef %29, i32 noundef %47)
  tail call void @free(ptr noundef %1) #6
  %52 = icmp ne i32 %29, 9592
  %53 = icmp ne i32 %47, 1224
  %54 = or i1 %52, %53
  %55 = zext i1 %54 to i32
  br label %56

56:                                               ; preds = %0, %50
  %57 = phi i32 [ %55, %50 ], [ 2, %0 ]
  ret i32 %57
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr nocapture noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #4

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { nounwind allocsize(0) }
attributes #6 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!5, !5, i64 0}
!5 = !{!"omnipotent char", !6, i64 0}
!6 = !{!"Simple C/C++ TBAA"}
!7 = distinct !{!7, !8, !9}
!8 = !{!"llvm.loop.mustprogress"}
!9 = !{!"llvm.loop.unroll.disable"}
!10 = distinct !{!10, !8, !9}
!11 = distinct !{!11, !8, !9}
!12 = distinct !{!12, !8, !9}
