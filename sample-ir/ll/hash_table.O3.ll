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
  call void @llvm.lifetime.start.p0(i64 100, ptr nonnull %1) #9
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(100) %1, ptr noundef nonnull align 16 dereferenceable(100) @__const.main.text, i64 100, i1 false)
  call void @llvm.lifetime.start.p0(i64 520, ptr nonnull %2) #9
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(520) %2, i8 0, i64 520, i1 false)
  %3 = call ptr @strtok(ptr noundef nonnull %1, ptr noundef nonnull @.str) #9
  %4 = icmp eq ptr %3, null
  br i1 %4, label %18, label %37

5:                                                ; preds = %81
  %6 = getelementptr inbounds [64 x ptr], ptr %2, i64 0, i64 28
  %7 = load ptr, ptr %6, align 8, !tbaa !4
  %8 = icmp eq ptr %7, null
  br i1 %8, label %18, label %9

9:                                                ; preds = %5, %14
  %10 = phi ptr [ %16, %14 ], [ %7, %5 ]
  %11 = load ptr, ptr %10, align 8, !tbaa !8
  %12 = call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %11, ptr noundef nonnull dereferenceable(4) @.str.1) #10
  %13 = icmp eq i32 %12, 0
  br i1 %13, label %18, label %14

14:                                               ; preds = %9
  %15 = getelementptr inbounds %struct.entry, ptr %10, i64 0, i32 2
  %16 = load ptr, ptr %15, align 8, !tbaa !4
  %17 = icmp eq ptr %16, null
  br i1 %17, label %18, label %9, !llvm.loop !11

18:                                               ; preds = %14, %9, %0, %5
  %19 = phi i32 [ %87, %5 ], [ 0, %0 ], [ %87, %9 ], [ %87, %14 ]
  %20 = phi i32 [ %83, %5 ], [ 0, %0 ], [ %83, %9 ], [ %83, %14 ]
  %21 = phi ptr [ null, %5 ], [ null, %0 ], [ null, %14 ], [ %10, %9 ]
  %22 = getelementptr inbounds [64 x ptr], ptr %2, i64 0, i64 14
  %23 = load ptr, ptr %22, align 8, !tbaa !4
  %24 = icmp eq ptr %23, null
  br i1 %24, label %34, label %25

25:                                               ; preds = %18, %30
  %26 = phi ptr [ %32, %30 ], [ %23, %18 ]
  %27 = load ptr, ptr %26, align 8, !tbaa !8
  %28 = call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %27, ptr noundef nonnull dereferenceable(4) @.str.2) #10
  %29 = icmp eq i32 %28, 0
  br i1 %29, label %34, label %30

30:                                               ; preds = %25
  %31 = getelementptr inbounds %struct.entry, ptr %26, i64 0, i32 2
  %32 = load ptr, ptr %31, align 8, !tbaa !4
  %33 = icmp eq ptr %32, null
  br i1 %33, label %34, label %25, !llvm.loop !11

34:                                               ; preds = %30, %25, %18
  %35 = phi ptr [ null, %18 ], [ null, %30 ], [ %26, %25 ]
  %36 = icmp ne ptr %21, null
  br i1 %36, label %90, label %93

37:                                               ; preds = %0, %81
  %38 = phi i32 [ %83, %81 ], [ 0, %0 ]
  %39 = phi i32 [ %87, %81 ], [ 0, %0 ]
  %40 = phi ptr [ %88, %81 ], [ %3, %0 ]
  %41 = load i8, ptr %40, align 1, !tbaa !13
  %42 = icmp eq i8 %41, 0
  br i1 %42, label %56, label %43

43:                                               ; preds = %37, %43
  %44 = phi i8 [ %51, %43 ], [ %41, %37 ]
  %45 = phi i32 [ %50, %43 ], [ -2128831035, %37 ]
  %46 = phi ptr [ %47, %43 ], [ %40, %37 ]
  %47 = getelementptr inbounds i8, ptr %46, i64 1
  %48 = zext i8 %44 to i32
  %49 = xor i32 %45, %48
  %50 = mul i32 %49, 16777619
  %51 = load i8, ptr %47, align 1, !tbaa !13
  %52 = icmp eq i8 %51, 0
  br i1 %52, label %53, label %43, !llvm.loop !14

53:                                               ; preds = %43
  %54 = and i32 %50, 63
  %55 = zext i32 %54 to i64
  br label %56

56:                                               ; preds = %53, %37
  %57 = phi i64 [ 5, %37 ], [ %55, %53 ]
  %58 = getelementptr inbounds [64 x ptr], ptr %2, i64 0, i64 %57
  %59 = load ptr, ptr %58, align 8, !tbaa !4
  %60 = icmp eq ptr %59, null
  br i1 %60, label %70, label %61

61:                                               ; preds = %56, %66
  %62 = phi ptr [ %68, %66 ], [ %59, %56 ]
  %63 = load ptr, ptr %62, align 8, !tbaa !8
  %64 = call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %63, ptr noundef nonnull dereferenceable(1) %40) #10
  %65 = icmp eq i32 %64, 0
  br i1 %65, label %78, label %66

66:                                               ; preds = %61
  %67 = getelementptr inbounds %struct.entry, ptr %62, i64 0, i32 2
  %68 = load ptr, ptr %67, align 8, !tbaa !4
  %69 = icmp eq ptr %68, null
  br i1 %69, label %70, label %61, !llvm.loop !11

70:                                               ; preds = %66, %56
  %71 = call noalias dereferenceable_or_null(24) ptr @malloc(i64 noundef 24) #11
  %72 = call i64 @strlen(ptr noundef nonnull dereferenceable(1) %40) #10
  %73 = add i64 %72, 1
  %74 = call noalias ptr @malloc(i64 noundef %73) #11
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %74, ptr nonnull align 1 %40, i64 %73, i1 false)
  store ptr %74, ptr %71, align 8, !tbaa !8
  %75 = getelementptr inbounds %struct.entry, ptr %71, i64 0, i32 1
  store i32 0, ptr %75, align 8, !tbaa !15
  %76 = getelementptr inbounds %struct.entry, ptr %71, i64 0, i32 2
  store ptr %59, ptr %76, align 8, !tbaa !16
  store ptr %71, ptr %58, align 8, !tbaa !4
  %77 = add nsw i32 %38, 1
  br label %81

78:                                               ; preds = %61
  %79 = getelementptr inbounds %struct.entry, ptr %62, i64 0, i32 1
  %80 = load i32, ptr %79, align 8, !tbaa !15
  br label %81

81:                                               ; preds = %78, %70
  %82 = phi i32 [ 0, %70 ], [ %80, %78 ]
  %83 = phi i32 [ %77, %70 ], [ %38, %78 ]
  %84 = phi ptr [ %71, %70 ], [ %62, %78 ]
  %85 = getelementptr inbounds %struct.entry, ptr %84, i64 0, i32 1
  %86 = add nsw i32 %82, 1
  store i32 %86, ptr %85, align 8, !tbaa !15
  %87 = add nuw nsw i32 %39, 1
  %88 = call ptr @strtok(ptr noundef null, ptr noundef nonnull @.str) #9
  %89 = icmp eq ptr %88, null
  br i1 %89, label %5, label %37, !llvm.loop !17

90:                                               ; preds = %34
  %91 = getelementptr inbounds %struct.entry, ptr %21, i64 0, i32 1
  %92 = load i32, ptr %91, align 8, !tbaa !15
  br label %93

93:                                               ; preds = %34, %90
  %94 = phi i32 [ %92, %90 ], [ 0, %34 ]
  %95 = icmp ne ptr %35, null
  br i1 %95, label %96, label %99

96:                                               ; preds = %93
  %97 = getelementptr inbounds %struct.entry, ptr %35, i64 0, i32 1
  %98 = load i32, ptr %97, align 8, !tbaa !15
  br label %99

99:                                               ; preds = %93, %96
  %100 = phi i32 [ %98, %96 ], [ 0, %93 ]
  %101 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %19, i32 noundef %20, i32 noundef %94, i32 noundef %100)
  %102 = icmp eq i32 %19, 21
  %103 = icmp eq i32 %20, 13
  %104 = select i1 %102, i1 %103, i1 false
  %105 = and i1 %36, %104
  br i1 %105, label %106, label %128

106:                                              ; preds = %99
  %107 = getelementptr inbounds %struct.entry, ptr %21, i64 0, i32 1
  %108 = load i32, ptr %107, align 8, !tbaa !15
  %109 = icmp eq i32 %108, 6
  %110 = and i1 %95, %109
  br i1 %110, label %111, label %128

111:                                              ; preds = %106
  %112 = getelementptr inbounds %struct.entry, ptr %35, i64 0, i32 1
  %113 = load i32, ptr %112, align 8, !tbaa !15
  %114 = icmp eq i32 %113, 3
  br i1 %114, label %115, label %128

115:                                              ; preds = %111
  %116 = getelementptr inbounds [64 x ptr], ptr %2, i64 0, i64 9
  %117 = load ptr, ptr %116, align 8, !tbaa !4
  %118 = icmp eq ptr %117, null
  br i1 %118, label %128, label %119

119:                                              ; preds = %115, %124
  %120 = phi ptr [ %126, %124 ], [ %117, %115 ]
  %121 = load ptr, ptr %120, align 8, !tbaa !8
  %122 = call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %121, ptr noundef nonnull dereferenceable(5) @.str.4) #10
  %123 = icmp eq i32 %122, 0
  br i1 %123, label %128, label %124

124:                                              ; preds = %119
  %125 = getelementptr inbounds %struct.entry, ptr %120, i64 0, i32 2
  %126 = load ptr, ptr %125, align 8, !tbaa !4
  %127 = icmp eq ptr %126, null
  br i1 %127, label %128, label %119, !llvm.loop !11

128:                                              ; preds = %119, %124, %115, %111, %106, %99
  %129 = phi i32 [ 1, %111 ], [ 1, %106 ], [ 1, %99 ], [ 0, %115 ], [ 0, %124 ], [ 1, %119 ]
  br label %130

130:                                              ; preds = %141, %128
  %131 = phi i64 [ 0, %128 ], [ %142, %141 ]
  %132 = getelementptr inbounds [64 x ptr], ptr %2, i64 0, i64 %131
  %133 = load ptr, ptr %132, align 8, !tbaa !4
  %134 = icmp eq ptr %133, null
  br i1 %134, label %141, label %135

135:                                              ; preds = %130, %135
  %136 = phi ptr [ %138, %135 ], [ %133, %130 ]
  %137 = getelementptr inbounds %struct.entry, ptr %136, i64 0, i32 2
  %138 = load ptr, ptr %137, align 8, !tbaa !16
  %139 = load ptr, ptr %136, align 8, !tbaa !8
  call void @free(ptr noundef %139) #9
  call void @free(ptr noundef nonnull %136) #9
  %140 = icmp eq ptr %138, null
  br i1 %140, label %141, label %135, !llvm.loop !18

141:                                              ; preds = %135, %130
  store ptr null, ptr %132, align 8, !tbaa !4
  %142 = add nuw nsw i64 %131, 1
  %143 = icmp eq i64 %142, 64
  br i1 %143, label %144, label %130, !llvm.loop !19

144:                                              ; preds = %141
  call void @llvm.lifetime.end.p0(i64 520, ptr nonnull %2) #9
  call void @llvm.lifetime.end.p0(i64 100, ptr nonnull %1) #9
  ret i32 %129
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: mustprogress nofree nounwind willreturn
declare ptr @strtok(ptr noundef, ptr nocapture noundef readonly) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #5

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i32 @strcmp(ptr nocapture noundef, ptr nocapture noundef) local_unnamed_addr #6

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #7

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i64 @strlen(ptr nocapture noundef) local_unnamed_addr #6

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr nocapture noundef) local_unnamed_addr #8

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { mustprogress nofree nounwind willreturn "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { mustprogress nofree nounwind willreturn memory(argmem: read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { nounwind }
attributes #10 = { nounwind willreturn memory(read) }
attributes #11 = { nounwind allocsize(0) }

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
!11 = distinct !{!11, !12}
!12 = !{!"llvm.loop.mustprogress"}
!13 = !{!6, !6, i64 0}
!14 = distinct !{!14, !12}
!15 = !{!9, !10, i64 8}
!16 = !{!9, !5, i64 16}
!17 = distinct !{!17, !12}
!18 = distinct !{!18, !12}
!19 = distinct !{!19, !12}
