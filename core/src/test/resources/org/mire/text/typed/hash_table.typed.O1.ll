; ModuleID = 'sample-ir/c/hash_table.c'
source_filename = "sample-ir/c/hash_table.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.table = type { [64 x %struct.entry*], i32 }
%struct.entry = type { i8*, i32, %struct.entry* }

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
  %3 = getelementptr inbounds [100 x i8], [100 x i8]* %1, i64 0, i64 0
  call void @llvm.lifetime.start.p0i8(i64 100, i8* nonnull %3) #10
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 16 dereferenceable(100) %3, i8* noundef nonnull align 16 dereferenceable(100) getelementptr inbounds ([100 x i8], [100 x i8]* @__const.main.text, i64 0, i64 0), i64 100, i1 false)
  %4 = bitcast %struct.table* %2 to i8*
  call void @llvm.lifetime.start.p0i8(i64 520, i8* nonnull %4) #10
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(520) %4, i8 0, i64 520, i1 false)
  %5 = call i8* @strtok(i8* noundef nonnull %3, i8* noundef nonnull getelementptr inbounds ([2 x i8], [2 x i8]* @.str, i64 0, i64 0)) #10
  %6 = icmp eq i8* %5, null
  br i1 %6, label %7, label %42

7:                                                ; preds = %42, %0
  %8 = phi i32 [ 0, %0 ], [ %49, %42 ]
  %9 = getelementptr inbounds %struct.table, %struct.table* %2, i64 0, i32 0, i64 28
  %10 = load %struct.entry*, %struct.entry** %9, align 8, !tbaa !4
  %11 = icmp eq %struct.entry* %10, null
  br i1 %11, label %22, label %12

12:                                               ; preds = %7, %18
  %13 = phi %struct.entry* [ %20, %18 ], [ %10, %7 ]
  %14 = getelementptr inbounds %struct.entry, %struct.entry* %13, i64 0, i32 0
  %15 = load i8*, i8** %14, align 8, !tbaa !8
  %16 = call i32 @strcmp(i8* noundef nonnull dereferenceable(1) %15, i8* noundef nonnull dereferenceable(4) getelementptr inbounds ([4 x i8], [4 x i8]* @.str.1, i64 0, i64 0)) #11
  %17 = icmp eq i32 %16, 0
  br i1 %17, label %22, label %18

18:                                               ; preds = %12
  %19 = getelementptr inbounds %struct.entry, %struct.entry* %13, i64 0, i32 2
  %20 = load %struct.entry*, %struct.entry** %19, align 8, !tbaa !4
  %21 = icmp eq %struct.entry* %20, null
  br i1 %21, label %22, label %12, !llvm.loop !11

22:                                               ; preds = %12, %18, %7
  %23 = phi %struct.entry* [ null, %7 ], [ %13, %12 ], [ null, %18 ]
  %24 = getelementptr inbounds %struct.table, %struct.table* %2, i64 0, i32 0, i64 14
  %25 = load %struct.entry*, %struct.entry** %24, align 8, !tbaa !4
  %26 = icmp eq %struct.entry* %25, null
  br i1 %26, label %37, label %27

27:                                               ; preds = %22, %33
  %28 = phi %struct.entry* [ %35, %33 ], [ %25, %22 ]
  %29 = getelementptr inbounds %struct.entry, %struct.entry* %28, i64 0, i32 0
  %30 = load i8*, i8** %29, align 8, !tbaa !8
  %31 = call i32 @strcmp(i8* noundef nonnull dereferenceable(1) %30, i8* noundef nonnull dereferenceable(4) getelementptr inbounds ([4 x i8], [4 x i8]* @.str.2, i64 0, i64 0)) #11
  %32 = icmp eq i32 %31, 0
  br i1 %32, label %37, label %33

33:                                               ; preds = %27
  %34 = getelementptr inbounds %struct.entry, %struct.entry* %28, i64 0, i32 2
  %35 = load %struct.entry*, %struct.entry** %34, align 8, !tbaa !4
  %36 = icmp eq %struct.entry* %35, null
  br i1 %36, label %37, label %27, !llvm.loop !11

37:                                               ; preds = %33, %27, %22
  %38 = phi %struct.entry* [ null, %22 ], [ %28, %27 ], [ null, %33 ]
  %39 = getelementptr inbounds %struct.table, %struct.table* %2, i64 0, i32 1
  %40 = load i32, i32* %39, align 8, !tbaa !14
  %41 = icmp ne %struct.entry* %23, null
  br i1 %41, label %52, label %55

42:                                               ; preds = %0, %42
  %43 = phi i32 [ %49, %42 ], [ 0, %0 ]
  %44 = phi i8* [ %50, %42 ], [ %5, %0 ]
  %45 = call fastcc %struct.entry* @lookup(%struct.table* noundef nonnull %2, i8* noundef nonnull %44, i32 noundef 1)
  %46 = getelementptr inbounds %struct.entry, %struct.entry* %45, i64 0, i32 1
  %47 = load i32, i32* %46, align 8, !tbaa !16
  %48 = add nsw i32 %47, 1
  store i32 %48, i32* %46, align 8, !tbaa !16
  %49 = add nuw nsw i32 %43, 1
  %50 = call i8* @strtok(i8* noundef null, i8* noundef nonnull getelementptr inbounds ([2 x i8], [2 x i8]* @.str, i64 0, i64 0)) #10
  %51 = icmp eq i8* %50, null
  br i1 %51, label %7, label %42, !llvm.loop !17

52:                                               ; preds = %37
  %53 = getelementptr inbounds %struct.entry, %struct.entry* %23, i64 0, i32 1
  %54 = load i32, i32* %53, align 8, !tbaa !16
  br label %55

55:                                               ; preds = %37, %52
  %56 = phi i32 [ %54, %52 ], [ 0, %37 ]
  %57 = icmp ne %struct.entry* %38, null
  br i1 %57, label %58, label %61

58:                                               ; preds = %55
  %59 = getelementptr inbounds %struct.entry, %struct.entry* %38, i64 0, i32 1
  %60 = load i32, i32* %59, align 8, !tbaa !16
  br label %61

61:                                               ; preds = %55, %58
  %62 = phi i32 [ %60, %58 ], [ 0, %55 ]
  %63 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([47 x i8], [47 x i8]* @.str.3, i64 0, i64 0), i32 noundef %8, i32 noundef %40, i32 noundef %56, i32 noundef %62)
  %64 = icmp eq i32 %8, 21
  %65 = icmp eq i32 %40, 13
  %66 = select i1 %64, i1 %65, i1 false
  %67 = and i1 %41, %66
  br i1 %67, label %68, label %95

68:                                               ; preds = %61
  %69 = getelementptr inbounds %struct.entry, %struct.entry* %23, i64 0, i32 1
  %70 = load i32, i32* %69, align 8, !tbaa !16
  %71 = icmp eq i32 %70, 6
  %72 = and i1 %57, %71
  br i1 %72, label %73, label %95

73:                                               ; preds = %68
  %74 = getelementptr inbounds %struct.entry, %struct.entry* %38, i64 0, i32 1
  %75 = load i32, i32* %74, align 8, !tbaa !16
  %76 = icmp eq i32 %75, 3
  br i1 %76, label %77, label %95

77:                                               ; preds = %73
  %78 = getelementptr inbounds %struct.table, %struct.table* %2, i64 0, i32 0, i64 9
  %79 = load %struct.entry*, %struct.entry** %78, align 8, !tbaa !4
  %80 = icmp eq %struct.entry* %79, null
  br i1 %80, label %91, label %81

81:                                               ; preds = %77, %87
  %82 = phi %struct.entry* [ %89, %87 ], [ %79, %77 ]
  %83 = getelementptr inbounds %struct.entry, %struct.entry* %82, i64 0, i32 0
  %84 = load i8*, i8** %83, align 8, !tbaa !8
  %85 = call i32 @strcmp(i8* noundef nonnull dereferenceable(1) %84, i8* noundef nonnull dereferenceable(5) getelementptr inbounds ([5 x i8], [5 x i8]* @.str.4, i64 0, i64 0)) #11
  %86 = icmp eq i32 %85, 0
  br i1 %86, label %91, label %87

87:                                               ; preds = %81
  %88 = getelementptr inbounds %struct.entry, %struct.entry* %82, i64 0, i32 2
  %89 = load %struct.entry*, %struct.entry** %88, align 8, !tbaa !4
  %90 = icmp eq %struct.entry* %89, null
  br i1 %90, label %91, label %81, !llvm.loop !11

91:                                               ; preds = %87, %81, %77
  %92 = phi %struct.entry* [ null, %77 ], [ %82, %81 ], [ null, %87 ]
  %93 = icmp ne %struct.entry* %92, null
  %94 = zext i1 %93 to i32
  br label %95

95:                                               ; preds = %91, %73, %68, %61
  %96 = phi i32 [ 1, %73 ], [ 1, %68 ], [ 1, %61 ], [ %94, %91 ]
  br label %97

97:                                               ; preds = %110, %95
  %98 = phi i64 [ 0, %95 ], [ %111, %110 ]
  %99 = getelementptr inbounds %struct.table, %struct.table* %2, i64 0, i32 0, i64 %98
  %100 = load %struct.entry*, %struct.entry** %99, align 8, !tbaa !4
  %101 = icmp eq %struct.entry* %100, null
  br i1 %101, label %110, label %102

102:                                              ; preds = %97, %102
  %103 = phi %struct.entry* [ %105, %102 ], [ %100, %97 ]
  %104 = getelementptr inbounds %struct.entry, %struct.entry* %103, i64 0, i32 2
  %105 = load %struct.entry*, %struct.entry** %104, align 8, !tbaa !18
  %106 = getelementptr inbounds %struct.entry, %struct.entry* %103, i64 0, i32 0
  %107 = load i8*, i8** %106, align 8, !tbaa !8
  call void @free(i8* noundef %107) #10
  %108 = bitcast %struct.entry* %103 to i8*
  call void @free(i8* noundef %108) #10
  %109 = icmp eq %struct.entry* %105, null
  br i1 %109, label %110, label %102, !llvm.loop !19

110:                                              ; preds = %102, %97
  store %struct.entry* null, %struct.entry** %99, align 8, !tbaa !4
  %111 = add nuw nsw i64 %98, 1
  %112 = icmp eq i64 %111, 64
  br i1 %112, label %113, label %97, !llvm.loop !20

113:                                              ; preds = %110
  call void @llvm.lifetime.end.p0i8(i64 520, i8* nonnull %4) #10
  call void @llvm.lifetime.end.p0i8(i64 100, i8* nonnull %3) #10
  ret i32 %96
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0i8(i64 immarg, i8* nocapture) #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: mustprogress nofree nounwind willreturn
declare i8* @strtok(i8* noundef, i8* nocapture noundef readonly) local_unnamed_addr #4

; Function Attrs: nofree nounwind uwtable
define internal fastcc %struct.entry* @lookup(%struct.table* nocapture noundef %0, i8* nocapture noundef readonly %1, i32 noundef %2) unnamed_addr #5 {
  %4 = load i8, i8* %1, align 1, !tbaa !21
  %5 = icmp eq i8 %4, 0
  br i1 %5, label %19, label %6

6:                                                ; preds = %3, %6
  %7 = phi i8 [ %14, %6 ], [ %4, %3 ]
  %8 = phi i32 [ %13, %6 ], [ -2128831035, %3 ]
  %9 = phi i8* [ %10, %6 ], [ %1, %3 ]
  %10 = getelementptr inbounds i8, i8* %9, i64 1
  %11 = zext i8 %7 to i32
  %12 = xor i32 %8, %11
  %13 = mul i32 %12, 16777619
  %14 = load i8, i8* %10, align 1, !tbaa !21
  %15 = icmp eq i8 %14, 0
  br i1 %15, label %16, label %6, !llvm.loop !22

16:                                               ; preds = %6
  %17 = and i32 %13, 63
  %18 = zext i32 %17 to i64
  br label %19

19:                                               ; preds = %16, %3
  %20 = phi i64 [ 5, %3 ], [ %18, %16 ]
  %21 = getelementptr inbounds %struct.table, %struct.table* %0, i64 0, i32 0, i64 %20
  %22 = load %struct.entry*, %struct.entry** %21, align 8, !tbaa !4
  %23 = icmp eq %struct.entry* %22, null
  br i1 %23, label %34, label %24

24:                                               ; preds = %19, %30
  %25 = phi %struct.entry* [ %32, %30 ], [ %22, %19 ]
  %26 = getelementptr inbounds %struct.entry, %struct.entry* %25, i64 0, i32 0
  %27 = load i8*, i8** %26, align 8, !tbaa !8
  %28 = tail call i32 @strcmp(i8* noundef nonnull dereferenceable(1) %27, i8* noundef nonnull dereferenceable(1) %1) #11
  %29 = icmp eq i32 %28, 0
  br i1 %29, label %50, label %30

30:                                               ; preds = %24
  %31 = getelementptr inbounds %struct.entry, %struct.entry* %25, i64 0, i32 2
  %32 = load %struct.entry*, %struct.entry** %31, align 8, !tbaa !4
  %33 = icmp eq %struct.entry* %32, null
  br i1 %33, label %34, label %24, !llvm.loop !11

34:                                               ; preds = %30, %19
  %35 = icmp eq i32 %2, 0
  br i1 %35, label %50, label %36

36:                                               ; preds = %34
  %37 = tail call noalias dereferenceable_or_null(24) i8* @malloc(i64 noundef 24) #12
  %38 = bitcast i8* %37 to %struct.entry*
  %39 = tail call i64 @strlen(i8* noundef nonnull dereferenceable(1) %1) #11
  %40 = add i64 %39, 1
  %41 = tail call noalias i8* @malloc(i64 noundef %40) #12
  tail call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 1 %41, i8* nonnull align 1 %1, i64 %40, i1 false)
  %42 = getelementptr inbounds %struct.entry, %struct.entry* %38, i64 0, i32 0
  store i8* %41, i8** %42, align 8, !tbaa !8
  %43 = getelementptr inbounds %struct.entry, %struct.entry* %38, i64 0, i32 1
  store i32 0, i32* %43, align 8, !tbaa !16
  %44 = load %struct.entry*, %struct.entry** %21, align 8, !tbaa !4
  %45 = getelementptr inbounds %struct.entry, %struct.entry* %38, i64 0, i32 2
  store %struct.entry* %44, %struct.entry** %45, align 8, !tbaa !18
  %46 = bitcast %struct.entry** %21 to i8**
  store i8* %37, i8** %46, align 8, !tbaa !4
  %47 = getelementptr inbounds %struct.table, %struct.table* %0, i64 0, i32 1
  %48 = load i32, i32* %47, align 8, !tbaa !14
  %49 = add nsw i32 %48, 1
  store i32 %49, i32* %47, align 8, !tbaa !14
  br label %50

50:                                               ; preds = %24, %34, %36
  %51 = phi %struct.entry* [ %38, %36 ], [ null, %34 ], [ %25, %24 ]
  ret %struct.entry* %51
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0i8(i64 immarg, i8* nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(i8* nocapture noundef readonly, ...) local_unnamed_addr #6

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i32 @strcmp(i8* nocapture noundef, i8* nocapture noundef) local_unnamed_addr #7

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef i8* @malloc(i64 noundef) local_unnamed_addr #8

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i64 @strlen(i8* nocapture noundef) local_unnamed_addr #7

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(i8* allocptr nocapture noundef) local_unnamed_addr #9

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
