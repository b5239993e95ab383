; ModuleID = 'c/dijkstra.c'
source_filename = "c/dijkstra.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.edge = type { i32, i32, i32 }
%struct.heap_item = type { i32, i32 }

@.str = private unnamed_addr constant [40 x i8] c"dijkstra n=%d m=%d dist[last]=%d ok=%d\0A\00", align 1

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  %1 = alloca [200 x i32], align 16
  %2 = tail call noalias dereferenceable_or_null(800) ptr @malloc(i64 noundef 800) #6
  %3 = tail call noalias dereferenceable_or_null(14400) ptr @malloc(i64 noundef 14400) #6
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(800) %2, i8 -1, i64 800, i1 false), !tbaa !4
  br label %4

4:                                                ; preds = %0, %4
  %5 = phi i64 [ 0, %0 ], [ %6, %4 ]
  %6 = add nuw nsw i64 %5, 1
  %7 = getelementptr inbounds %struct.edge, ptr %3, i64 %5
  %8 = getelementptr inbounds i32, ptr %2, i64 %5
  %9 = load i32, ptr %8, align 4, !tbaa !4
  %10 = trunc i64 %6 to i32
  store i32 %10, ptr %7, align 4, !tbaa.struct !8
  %11 = getelementptr inbounds i8, ptr %7, i64 4
  store i32 10, ptr %11, align 4, !tbaa.struct !9
  %12 = getelementptr inbounds i8, ptr %7, i64 8
  store i32 %9, ptr %12, align 4, !tbaa.struct !10
  %13 = trunc i64 %5 to i32
  store i32 %13, ptr %8, align 4, !tbaa !4
  %14 = icmp eq i64 %6, 199
  br i1 %14, label %122, label %4, !llvm.loop !11

15:                                               ; preds = %122
  call void @llvm.lifetime.start.p0(i64 800, ptr nonnull %1) #7
  %16 = tail call noalias dereferenceable_or_null(9608) ptr @malloc(i64 noundef 9608) #6
  br label %19

17:                                               ; preds = %19
  store i32 0, ptr %1, align 16, !tbaa !4
  store i32 0, ptr %16, align 4, !tbaa.struct !9
  %18 = getelementptr inbounds i8, ptr %16, i64 4
  store i32 0, ptr %18, align 4, !tbaa.struct !10
  br label %24

19:                                               ; preds = %15, %19
  %20 = phi i64 [ %22, %19 ], [ 0, %15 ]
  %21 = getelementptr inbounds i32, ptr %1, i64 %20
  store i32 2147483647, ptr %21, align 4, !tbaa !4
  %22 = add nuw nsw i64 %20, 1
  %23 = icmp eq i64 %22, 200
  br i1 %23, label %17, label %19, !llvm.loop !14

24:                                               ; preds = %115, %17
  %25 = phi i32 [ 1, %17 ], [ %116, %115 ]
  %26 = load i64, ptr %16, align 4, !tbaa.struct !9
  %27 = add nsw i32 %25, -1
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds %struct.heap_item, ptr %16, i64 %28
  %30 = load i32, ptr %29, align 4, !tbaa.struct !9
  %31 = getelementptr inbounds i8, ptr %29, i64 4
  %32 = load i32, ptr %31, align 4, !tbaa.struct !10
  br label %33

33:                                               ; preds = %60, %24
  %34 = phi i32 [ 0, %24 ], [ %61, %60 ]
  %35 = shl nsw i32 %34, 1
  %36 = or i32 %35, 1
  %37 = icmp slt i32 %36, %27
  br i1 %37, label %38, label %60

38:                                               ; preds = %33
  %39 = add i32 %35, 2
  %40 = icmp slt i32 %39, %27
  br i1 %40, label %41, label %50

41:                                               ; preds = %38
  %42 = sext i32 %39 to i64
  %43 = getelementptr inbounds %struct.heap_item, ptr %16, i64 %42
  %44 = load i32, ptr %43, align 4, !tbaa !15
  %45 = sext i32 %36 to i64
  %46 = getelementptr inbounds %struct.heap_item, ptr %16, i64 %45
  %47 = load i32, ptr %46, align 4, !tbaa !15
  %48 = icmp slt i32 %44, %47
  %49 = select i1 %48, i32 %39, i32 %36
  br label %50

50:                                               ; preds = %41, %38
  %51 = phi i32 [ %36, %38 ], [ %49, %41 ]
  %52 = sext i32 %51 to i64
  %53 = getelementptr inbounds %struct.heap_item, ptr %16, i64 %52
  %54 = load i32, ptr %53, align 4, !tbaa !15
  %55 = icmp slt i32 %54, %30
  br i1 %55, label %56, label %60

56:                                               ; preds = %50
  %57 = sext i32 %34 to i64
  %58 = getelementptr inbounds %struct.heap_item, ptr %16, i64 %57
  %59 = load i64, ptr %53, align 4
  store i64 %59, ptr %58, align 4
  br label %60

60:                                               ; preds = %56, %50, %33
  %61 = phi i32 [ %51, %56 ], [ %34, %33 ], [ %34, %50 ]
  %62 = phi i1 [ true, %56 ], [ false, %33 ], [ false, %50 ]
  br i1 %62, label %33, label %63

63:                                               ; preds = %60
  %64 = sext i32 %61 to i64
  %65 = getelementptr inbounds %struct.heap_item, ptr %16, i64 %64
  store i32 %30, ptr %65, align 4, !tbaa.struct !9
  %66 = getelementptr inbounds i8, ptr %65, i64 4
  store i32 %32, ptr %66, align 4, !tbaa.struct !10
  %67 = trunc i64 %26 to i32
  %68 = ashr i64 %26, 32
  %69 = getelementptr inbounds i32, ptr %1, i64 %68
  %70 = load i32, ptr %69, align 4, !tbaa !4
  %71 = icmp slt i32 %70, %67
  br i1 %71, label %115, label %72, !llvm.loop !17

72:                                               ; preds = %63
  %73 = getelementptr inbounds i32, ptr %2, i64 %68
  %74 = load i32, ptr %73, align 4, !tbaa !4
  %75 = icmp sgt i32 %74, -1
  br i1 %75, label %76, label %115

76:                                               ; preds = %72, %110
  %77 = phi i32 [ %113, %110 ], [ %74, %72 ]
  %78 = phi i32 [ %111, %110 ], [ %27, %72 ]
  %79 = zext i32 %77 to i64
  %80 = getelementptr inbounds %struct.edge, ptr %3, i64 %79
  %81 = getelementptr inbounds %struct.edge, ptr %3, i64 %79, i32 1
  %82 = load i32, ptr %81, align 4, !tbaa !18
  %83 = add nsw i32 %82, %67
  %84 = load i32, ptr %80, align 4, !tbaa !20
  %85 = sext i32 %84 to i64
  %86 = getelementptr inbounds i32, ptr %1, i64 %85
  %87 = load i32, ptr %86, align 4, !tbaa !4
  %88 = icmp slt i32 %83, %87
  br i1 %88, label %89, label %110

89:                                               ; preds = %76
  store i32 %83, ptr %86, align 4, !tbaa !4
  %90 = add nsw i32 %78, 1
  %91 = icmp sgt i32 %78, 0
  br i1 %91, label %92, label %105

92:                                               ; preds = %89, %100
  %93 = phi i32 [ %95, %100 ], [ %78, %89 ]
  %94 = add nsw i32 %93, -1
  %95 = lshr i32 %94, 1
  %96 = zext i32 %95 to i64
  %97 = getelementptr inbounds %struct.heap_item, ptr %16, i64 %96
  %98 = load i32, ptr %97, align 4, !tbaa !15
  %99 = icmp sgt i32 %98, %83
  br i1 %99, label %100, label %105

100:                                              ; preds = %92
  %101 = zext i32 %93 to i64
  %102 = getelementptr inbounds %struct.heap_item, ptr %16, i64 %101
  %103 = load i64, ptr %97, align 4
  store i64 %103, ptr %102, align 4
  %104 = icmp ult i32 %94, 2
  br i1 %104, label %105, label %92, !llvm.loop !21

105:                                              ; preds = %100, %92, %89
  %106 = phi i32 [ %78, %89 ], [ %93, %92 ], [ %95, %100 ]
  %107 = sext i32 %106 to i64
  %108 = getelementptr inbounds %struct.heap_item, ptr %16, i64 %107
  store i32 %83, ptr %108, align 4, !tbaa.struct !9
  %109 = getelementptr inbounds i8, ptr %108, i64 4
  store i32 %84, ptr %109, align 4, !tbaa.struct !10
  br label %110

110:                                              ; preds = %105, %76
  %111 = phi i32 [ %90, %105 ], [ %78, %76 ]
  %112 = getelementptr inbounds %struct.edge, ptr %3, i64 %79, i32 2
  %113 = load i32, ptr %112, align 4, !tbaa !4
  %114 = icmp sgt i32 %113, -1
  br i1 %114, label %76, label %115, !llvm.loop !22

115:                                              ; preds = %110, %72, %63
  %116 = phi i32 [ %27, %63 ], [ %27, %72 ], [ %111, %110 ]
  %117 = icmp sgt i32 %116, 0
  br i1 %117, label %24, label %118

118:                                              ; preds = %115
  tail call void @free(ptr noundef %16) #7
  %119 = load i32, ptr %1, align 16, !tbaa !4
  %120 = icmp eq i32 %119, 0
  %121 = zext i1 %120 to i32
  br label %151

122:                                              ; preds = %4, %122
  %123 = phi i64 [ %139, %122 ], [ 199, %4 ]
  %124 = phi i32 [ %141, %122 ], [ 0, %4 ]
  %125 = mul nuw nsw i32 %124, 37
  %126 = urem i32 %125, 200
  %127 = mul nuw nsw i32 %124, 91
  %128 = add nuw nsw i32 %127, 13
  %129 = urem i32 %128, 200
  %130 = mul nuw nsw i32 %124, 17
  %131 = urem i32 %130, 50
  %132 = add nuw nsw i32 %131, 1
  %133 = getelementptr inbounds %struct.edge, ptr %3, i64 %123
  %134 = zext i32 %126 to i64
  %135 = getelementptr inbounds i32, ptr %2, i64 %134
  %136 = load i32, ptr %135, align 4, !tbaa !4
  store i32 %129, ptr %133, align 4, !tbaa.struct !8
  %137 = getelementptr inbounds i8, ptr %133, i64 4
  store i32 %132, ptr %137, align 4, !tbaa.struct !9
  %138 = getelementptr inbounds i8, ptr %133, i64 8
  store i32 %136, ptr %138, align 4, !tbaa.struct !10
  %139 = add nuw nsw i64 %123, 1
  %140 = trunc i64 %123 to i32
  store i32 %140, ptr %135, align 4, !tbaa !4
  %141 = add nuw nsw i32 %124, 1
  %142 = icmp eq i32 %141, 1001
  br i1 %142, label %15, label %122, !llvm.loop !23

143:                                              ; preds = %161
  %144 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 199
  %145 = load i32, ptr %144, align 4, !tbaa !4
  %146 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 200, i32 noundef 1200, i32 noundef %145, i32 noundef %162)
  tail call void @free(ptr noundef %2) #7
  tail call void @free(ptr noundef %3) #7
  %147 = icmp eq i32 %162, 0
  %148 = icmp sgt i32 %145, 1990
  %149 = or i1 %147, %148
  %150 = zext i1 %149 to i32
  call void @llvm.lifetime.end.p0(i64 800, ptr nonnull %1) #7
  ret i32 %150

151:                                              ; preds = %118, %161
  %152 = phi i64 [ 0, %118 ], [ %163, %161 ]
  %153 = phi i32 [ %121, %118 ], [ %162, %161 ]
  %154 = getelementptr inbounds i32, ptr %2, i64 %152
  %155 = load i32, ptr %154, align 4, !tbaa !4
  %156 = icmp sgt i32 %155, -1
  br i1 %156, label %157, label %161

157:                                              ; preds = %151
  %158 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 %152
  %159 = load i32, ptr %158, align 4, !tbaa !4
  %160 = icmp eq i32 %159, 2147483647
  br label %165

161:                                              ; preds = %180, %151
  %162 = phi i32 [ %153, %151 ], [ %181, %180 ]
  %163 = add nuw nsw i64 %152, 1
  %164 = icmp eq i64 %163, 200
  br i1 %164, label %143, label %151, !llvm.loop !24

165:                                              ; preds = %157, %180
  %166 = phi i32 [ %155, %157 ], [ %184, %180 ]
  %167 = phi i32 [ %153, %157 ], [ %181, %180 ]
  br i1 %160, label %180, label %168

168:                                              ; preds = %165
  %169 = zext i32 %166 to i64
  %170 = getelementptr inbounds %struct.edge, ptr %3, i64 %169
  %171 = load i32, ptr %170, align 4, !tbaa !20
  %172 = sext i32 %171 to i64
  %173 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 %172
  %174 = load i32, ptr %173, align 4, !tbaa !4
  %175 = getelementptr inbounds %struct.edge, ptr %3, i64 %169, i32 1
  %176 = load i32, ptr %175, align 4, !tbaa !18
  %177 = add nsw i32 %176, %159
  %178 = icmp sgt i32 %174, %177
  %179 = select i1 %178, i32 0, i32 %167
  br label %180

180:                                              ; preds = %168, %165
  %181 = phi i32 [ %167, %165 ], [ %179, %168 ]
  %182 = zext i32 %166 to i64
  %183 = getelementptr inbounds %struct.edge, ptr %3, i64 %182, i32 2
  %184 = load i32, ptr %183, align 4, !tbaa !4
  %185 = icmp sgt i32 %184, -1
  br i1 %185, label %165, label %161, !llvm.loop !25
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

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #5

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
!8 = !{i64 0, i64 4, !4, i64 4, i64 4, !4, i64 8, i64 4, !4}
!9 = !{i64 0, i64 4, !4, i64 4, i64 4, !4}
!10 = !{i64 0, i64 4, !4}
!11 = distinct !{!11, !12, !13}
!12 = !{!"llvm.loop.mustprogress"}
!13 = !{!"llvm.loop.unroll.disable"}
!14 = distinct !{!14, !12, !13}
!15 = !{!16, !5, i64 0}
!16 = !{!"heap_item", !5, i64 0, !5, i64 4}
!17 = distinct !{!17, !12, !13}
!18 = !{!19, !5, i64 4}
!19 = !{!"edge", !5, i64 0, !5, i64 4, !5, i64 8}
!20 = !{!19, !5, i64 0}
!21 = distinct !{!21, !12, !13}
!22 = distinct !{!22, !12, !13}
!23 = distinct !{!23, !12, !13}
!24 = distinct !{!24, !12, !13}
!25 = distinct !{!25, !12, !13}
