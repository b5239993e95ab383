; ModuleID = 'c/hash_table.c'
source_filename = "c/hash_table.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.table = type { [64 x ptr], i32 }
%struct.entry = type { ptr, i32, ptr }

@__const.main.text = private unnamed_addr constant [100 x i8] c"the quick brown fox jumps over the lazy dog the fox and the dog sleep while the cat watches the fox\00", align 16
@.str = private unnamed_addr constant [2 x i8] c" \00", align 1
@.str.1 = private unnamed_addr constant [4 x i8] c"the\00", align 1
@.str.2 = private unnamed_addr constant [4 x i8] c"fox\00", align 1
@.str.3 = private unnamed_addr constant [47 x i8] c"hash_table words=%d distinct=%d the=%d fox=%d\0A\00", align 1
@.str.4 = private unnamed_addr constant [5 x i8] c"wolf\00", align 1

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  %1 = alloca [100 x i8], align 16
  %2 = alloca %struct.table, align 8
  call void @llvm.lifetime.start.p0(i64 100, ptr nonnull %1) #10
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(100) %1, ptr noundef nonnull align 16 dereferenceable(100) @__const.main.text, i64 100, i1 false)
  call void @llvm.lifetime.start.p0(i64 520, ptr nonnull %2) #10
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(520) %2, i8 0, i64 520, i1 false)
  %3 = call ptr @strtok(ptr noundef nonnull %1, ptr noundef nonnull @.str) #10
  %4 = icmp eq ptr %3, null
  br i1 %4, label %5, label %38

5:                                                ; preds = %38, %0
  %6 = phi i32 [ 0, %0 ], [ %45, %38 ]
  %7 = getelementptr inbounds [64 x ptr], ptr %2, i64 0, i64 28
  %8 = load ptr, ptr %7, align 8, !tbaa !4
  %9 = icmp eq ptr %8, null
  br i1 %9, label %19, label %10

10:                                               ; preds = %5, %15
  %11 = phi ptr [ %17, %15 ], [ %8, %5 ]
  %12 = load ptr, ptr %11, align 8, !tbaa !8
  %13 = call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %12, ptr noundef nonnull dereferenceable(4) @.str.1) #11
  %14 = icmp eq i32 %13, 0
  br i1 %14, label %19, label %15

15:                                               ; preds = %10
  %16 = getelementptr inbounds %struct.entry, ptr %11, i64 0, i32 2
  %17 = load ptr, ptr %16, align 8, !tbaa !4
  %18 = icmp eq ptr %17, null
  br i1 %18, label %19, label %10, !llvm.loop !11

19:                                               ; preds = %10, %15, %5
  %20 = phi ptr [ null, %5 ], [ %11, %10 ], [ null, %15 ]
  %21 = getelementptr inbounds [64 x ptr], ptr %2, i64 0, i64 14
  %22 = load ptr, ptr %21, align 8, !tbaa !4
  %23 = icmp eq ptr %22, null
  br i1 %23, label %33, label %24

24:                                               ; preds = %19, %29
  %25 = phi ptr [ %31, %29 ], [ %22, %19 ]
  %26 = load ptr, ptr %25, align 8, !tbaa !8
  %27 = call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %26, ptr noundef nonnull dereferenceable(4) @.str.2) #11
  %28 = icmp eq i32 %27, 0
  br i1 %28, label %33, label %29

29:                                               ; preds = %24
  %30 = getelementptr inbounds %struct.entry, ptr %25, i64 0, i32 2
  %31 = load ptr, ptr %30, align 8, !tbaa !4
  %32 = icmp eq ptr %31, null
  br i1 %32, label %33, label %24, !llvm.loop !11

33:                                               ; preds = %29, %24, %19
  %34 = phi ptr [ null, %19 ], [ %25, %24 ], [ null, %29 ]
  %35 = getelementptr inbounds %struct.table, ptr %2, i64 0, i32 1
  %36 = load i32, ptr %35, align 8, !tbaa !14
  %37 = icmp ne ptr %20, null
  br i1 %37, label %48, label %51

38:                                               ; preds = %0, %38
  %39 = phi i32 [ %45, %38 ], [ 0, %0 ]
  %40 = phi ptr [ %46, %38 ], [ %3, %0 ]
  %41 = call fastcc ptr @lookup(ptr noundef nonnull %2, ptr noundef nonnull %40, i32 noundef 1)
  %42 = getelementptr inbounds %struct.entry, ptr %41, i64 0, i32 1
  %43 = load i32, ptr %42, align 8, !tbaa !16
  %44 = add nsw i32 %43, 1
  store i32 %44, ptr %42, align 8, !tbaa !16
  %45 = add nuw nsw i32 %39, 1
  %46 = call ptr @strtok(ptr noundef null, ptr noundef nonnull @.str) #10
  %47 = icmp eq ptr %46, null
  br i1 %47, label %5, label %38, !llvm.loop !17

48:                                               ; preds = %33
  %49 = getelementptr inbounds %struct.entry, ptr %20, i64 0, i32 1
  %50 = load i32, ptr %49, align 8, !tbaa !16
  br label %51

51:                                               ; preds = %33, %48
  %52 = phi i32 [ %50, %48 ], [ 0, %33 ]
  %53 = icmp ne ptr %34, null
  br i1 %53, label %54, label %57

54:                                               ; preds = %51
  %55 = getelementptr inbounds %struct.entry, ptr %34, i64 0, i32 1
  %56 = load i32, ptr %55, align 8, !tbaa !16
  br label %57

57:                                               ; preds = %51, %54
  %58 = phi i32 [ %56, %54 ], [ 0, %51 ]
  %59 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %6, i32 noundef %36, i32 noundef %52, i32 noundef %58)
  %60 = icmp eq i32 %6, 21
  %61 = icmp eq i32 %36, 13
  %62 = select i1 %60, i1 %61, i1 false
  %63 = and i1 %37, %62
  br i1 %63, label %64, label %86

64:                                               ; preds = %57
  %65 = getelementptr inbounds %struct.entry, ptr %20, i64 0, i32 1
  %66 = load i32, ptr %65, align 8, !tbaa !16
  %67 = icmp eq i32 %66, 6
  %68 = and i1 %53, %67
  br i1 %68, label %69, label %86

69:                                               ; preds = %64
  %70 = getelementptr inbounds %struct.entry, ptr %34, i64 0, i32 1
  %71 = load i32, ptr %70, align 8, !tbaa !16
  %72 = icmp eq i32 %71, 3
  br i1 %72, label %73, label %86

73:                                               ; preds = %69
  %74 = getelementptr inbounds [64 x ptr], ptr %2, i64 0, i64 9
  %75 = load ptr, ptr %74, align 8, !tbaa !4
  %76 = icmp eq ptr %75, null
  br i1 %76, label %86, label %77

77:                                               ; preds = %73, %82
  %78 = phi ptr [ %84, %82 ], [ %75, %73 ]
  %79 = load ptr, ptr %78, align 8, !tbaa !8
  %80 = call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %79, ptr noundef nonnull dereferenceable(5) @.str.4) #11
  %81 = icmp eq i32 %80, 0
  br i1 %81, label %86, label %82

82:                                               ; preds = %77
  %83 = getelementptr inbounds %struct.entry, ptr %78, i64 0, i32 2
  %84 = load ptr, ptr %83, align 8, !tbaa !4
  %85 = icmp eq ptr %84, null
  br i1 %85, label %86, label %77, !llvm.loop !11

86:                                               ; preds = %77, %82, %73, %69, %64, %57
  %87 = phi i32 [ 1, %69 ], [ 1, %64 ], [ 1, %57 ], [ 0, %73 ], [ 1, %77 ], [ 0, %82 ]
  br label %88

88:                                               ; preds = %99, %86
  %89 = phi i64 [ 0, %86 ], [ %100, %99 ]
  %90 = getelementptr inbounds [64 x ptr], ptr %2, i64 0, i64 %89
  %91 = load ptr, ptr %90, align 8, !tbaa !4
  %92 = icmp eq ptr %91, null
  br i1 %92, label %99, label %93

93:                                               ; preds = %88, %93
  %94 = phi ptr [ %96, %93 ], [ %91, %88 ]
  %95 = getelementptr inbounds %struct.entry, ptr %94, i64 0, i32 2
  %96 = load ptr, ptr %95, align 8, !tbaa !18
  %97 = load ptr, ptr %94, align 8, !tbaa !8
  call void @free(ptr noundef %97) #10
  call void @free(ptr noundef %94) #10
  %98 = icmp eq ptr %96, null
  br i1 %98, label %99, label %93, !llvm.loop !19

99:                                               ; preds = %93, %88
  store ptr null, ptr %90, align 8, !tbaa !4
  %100 = add nuw nsw i64 %89, 1
  %101 = icmp eq i64 %100, 64
  br i1 %101, label %102, label %88, !llvm.loop !20

102:                                              ; preds = %99
  call void @llvm.lifetime.end.p0(i64 520, ptr nonnull %2) #10
  call void @llvm.lifetime.end.p0(i64 100, ptr nonnull %1) #10
  ret i32 %87
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: mustprogress nofree nounwind willreturn
declare ptr @strtok(ptr noundef, ptr nocapture noundef readonly) local_unnamed_addr #4

; Function Attrs: nofree nounwind uwtable
define internal fastcc ptr @lookup(ptr nocapture noundef %0, ptr nocapture noundef readonly %1, i32 noundef %2) unnamed_addr #5 {
  %4 = load i8, ptr %1, align 1, !tbaa !21
  %5 = icmp eq i8 %4, 0
  br i1 %5, label %19, label %6

6:                                                ; preds = %3, %6
  %7 = phi i8 [ %14, %6 ], [ %4, %3 ]
  %8 = phi i32 [ %13, %6 ], [ -2128831035, %3 ]
  %9 = phi ptr [ %10, %6 ], [ %1, %3 ]
  %10 = getelementptr inbounds i8, ptr %9, i64 1
  %11 = zext i8 %7 to i32
  %12 = xor i32 %8, %11
  %13 = mul i32 %12, 16777619
  %14 = load i8, ptr %10, align 1, !tbaa !21
  %15 = icmp eq i8 %14, 0
  br i1 %15, label %16, label %6, !llvm.loop !22

16:                                               ; preds = %6
  %17 = and i32 %13, 63
  %18 = zext i32 %17 to i64
  br label %19

19:                                               ; preds = %16, %3
  %20 = phi i64 [ 5, %3 ], [ %18, %16 ]
  %21 = getelementptr inbounds [64 x ptr], ptr %0, i64 0, i64 %20
  %22 = load ptr, ptr %21, align 8, !tbaa !4
  %23 = icmp eq ptr %22, null
  br i1 %23, label %33, label %24

24:                                               ; preds = %19, %29
  %25 = phi ptr [ %31, %29 ], [ %22, %19 ]
  %26 = load ptr, ptr %25, align 8, !tbaa !8
  %27 = tail call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %26, ptr noundef nonnull dereferenceable(1) %1) #11
  %28 = icmp eq i32 %27, 0
  br i1 %28, label %46, label %29

29:                                               ; preds = %24
  %30 = getelementptr inbounds %struct.entry, ptr %25, i64 0, i32 2
  %31 = load ptr, ptr %30, align 8, !tbaa !4
  %32 = icmp eq ptr %31, null
  br i1 %32, label %33, label %24, !llvm.loop !11

33:                                               ; preds = %29, %19
  %34 = icmp eq i32 %2, 0
  br i1 %34, label %46, label %35

35:                                               ; preds = %33
  %36 = tail call noalias dereferenceable_or_null(24) ptr @malloc(i64 noundef 24) #12
  %37 = tail call i64 @strlen(ptr noundef nonnull dereferenceable(1) %1) #11
  %38 = add i64 %37, 1
  %39 = tail call noalias ptr @malloc(i64 noundef %38) #12
  tail call void @llvm.memcpy.p0.p0.i64(ptr align 1 %39, ptr nonnull align 1 %1, i64 %38, i1 false)
  store ptr %39, ptr %36, align 8, !tbaa !8
  %40 = getelementptr inbounds %struct.entry, ptr %36, i64 0, i32 1
  store i32 0, ptr %40, align 8, !tbaa !16
  %41 = load ptr, ptr %21, align 8, !tbaa !4
  %42 = getelementptr inbounds %struct.entry, ptr %36, i64 0, i32 2
  store ptr %41, ptr %42, align 8, !tbaa !18
  store ptr %36, ptr %21, align 8, !tbaa !4
  %43 = getelementptr inbounds %struct.table, ptr %0, i64 0, i32 1
  %44 = load i32, ptr %43, align 8, !tbaa !14
  %45 = add nsw i32 %44, 1
  store i32 %45, ptr %43, align 8, !tbaa !14
  br label %46

46:                                               ; preds = %24, %33, %35
  %47 = phi ptr [ %36, %35 ], [ null, %33 ], [ %25, %24 ]
  ret ptr %47
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #6

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i32 @strcmp(ptr nocapture noundef, ptr nocapture noundef) local_unnamed_addr #7

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #8

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i64 @strlen(ptr nocapture noundef) local_unnamed_addr #7

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr nocapture noundef) local_unnamed_addr #9

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { mustprogress nofree nounwind willreturn "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { mustprogress nofree nounwind willreturn memory(argmem: read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #10 = { nounwind }
attributes #11 = { nounwind willreturn memory(read) }
attributes #12 = { nounwind allocsize(0) }

!llvm.module.flags = !{!0, !1, !2, !3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!5, !5, i64 0}
!5 = !{!"any pointer", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = !{!9, !5, i64 0}
!9 = !{!"entry", !5, i64 0, !10, i64 8, !5, i64 16}
!10 = !{!"int", !6, i64 0}
!11 = distinct !{!11, !12, !13}
!12 = !{!"llvm.loop.mustprogress"}
!13 = !{!"llvm.loop.unroll.disable"}
!14 = !{!15, !10, i64 512}
!15 = !{!"table", !6, i64 0, !10, i64 512}
!16 = !{!9, !10, i64 8}
!17 = distinct !{!17, !12, !13}
!18 = !{!9, !5, i64 16}
!19 = distinct !{!19, !12, !13}
!20 = distinct !{!20, !12, !13}
!21 = !{!6, !6, i64 0}
!22 = distinct !{!22, !12, !13}
