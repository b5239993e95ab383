; ModuleID = 'c/kruskal_mst.c'
source_filename = "c/kruskal_mst.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.dsu = type { [64 x i32], [64 x i32] }
%struct.edge = type { i32, i32, i32 }

@.str = private unnamed_addr constant [68 x i8] c"kruskal_mst vertices=%d edges=%d tree edges=%d weight=%ld prim=%ld\0A\00", align 1
@prim.w = internal unnamed_addr global [64 x [64 x i32]] zeroinitializer, align 16

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  %1 = alloca %struct.dsu, align 4
  %2 = alloca [64 x i32], align 16
  %3 = alloca [64 x i32], align 16
  %4 = alloca [160 x %struct.edge], align 16
  call void @llvm.lifetime.start.p0(i64 1920, ptr nonnull %4) #8
  br label %5

5:                                                ; preds = %0, %5
  %6 = phi i64 [ 0, %0 ], [ %8, %5 ]
  %7 = trunc i64 %6 to i32
  %8 = add nuw nsw i64 %6, 1
  %9 = trunc i64 %8 to i32
  %10 = getelementptr inbounds [160 x %struct.edge], ptr %4, i64 0, i64 %6
  store i32 %7, ptr %10, align 4, !tbaa.struct !4
  %11 = getelementptr inbounds i8, ptr %10, i64 4
  store i32 %9, ptr %11, align 4, !tbaa.struct !9
  %12 = getelementptr inbounds i8, ptr %10, i64 8
  store i32 100, ptr %12, align 4, !tbaa.struct !10
  %13 = icmp eq i64 %8, 39
  br i1 %13, label %170, label %5, !llvm.loop !11

14:                                               ; preds = %170
  call void @llvm.lifetime.start.p0(i64 256, ptr nonnull %2) #8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(256) %2, i8 0, i64 256, i1 false)
  call void @llvm.lifetime.start.p0(i64 256, ptr nonnull %3) #8
  br label %15

15:                                               ; preds = %15, %14
  %16 = phi i64 [ 0, %14 ], [ %19, %15 ]
  %17 = shl nuw nsw i64 %16, 8
  %18 = getelementptr i8, ptr @prim.w, i64 %17
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(160) %18, i8 -1, i64 160, i1 false), !tbaa !5
  %19 = add nuw nsw i64 %16, 1
  %20 = icmp eq i64 %19, 40
  br i1 %20, label %22, label %15, !llvm.loop !14

21:                                               ; preds = %43
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(160) %3, ptr noundef nonnull align 16 dereferenceable(160) @prim.w, i64 160, i1 false), !tbaa !5
  store i32 1, ptr %2, align 16, !tbaa !5
  br label %49

22:                                               ; preds = %15, %43
  %23 = phi i64 [ %44, %43 ], [ 0, %15 ]
  %24 = getelementptr inbounds %struct.edge, ptr %4, i64 %23
  %25 = load i32, ptr %24, align 4, !tbaa !15
  %26 = getelementptr inbounds %struct.edge, ptr %4, i64 %23, i32 1
  %27 = load i32, ptr %26, align 4, !tbaa !17
  %28 = icmp eq i32 %25, %27
  br i1 %28, label %43, label %29

29:                                               ; preds = %22
  %30 = sext i32 %25 to i64
  %31 = sext i32 %27 to i64
  %32 = getelementptr inbounds [64 x [64 x i32]], ptr @prim.w, i64 0, i64 %30, i64 %31
  %33 = load i32, ptr %32, align 4, !tbaa !5
  %34 = icmp slt i32 %33, 0
  br i1 %34, label %39, label %35

35:                                               ; preds = %29
  %36 = getelementptr inbounds %struct.edge, ptr %4, i64 %23, i32 2
  %37 = load i32, ptr %36, align 4, !tbaa !18
  %38 = icmp slt i32 %37, %33
  br i1 %38, label %39, label %43

39:                                               ; preds = %35, %29
  %40 = getelementptr inbounds %struct.edge, ptr %4, i64 %23, i32 2
  %41 = load i32, ptr %40, align 4, !tbaa !18
  %42 = getelementptr inbounds [64 x [64 x i32]], ptr @prim.w, i64 0, i64 %31, i64 %30
  store i32 %41, ptr %42, align 4, !tbaa !5
  store i32 %41, ptr %32, align 4, !tbaa !5
  br label %43

43:                                               ; preds = %39, %35, %22
  %44 = add nuw nsw i64 %23, 1
  %45 = icmp eq i64 %44, 119
  br i1 %45, label %21, label %22, !llvm.loop !19

46:                                               ; preds = %104
  %47 = add nuw nsw i32 %50, 1
  %48 = icmp eq i32 %47, 40
  br i1 %48, label %106, label %49, !llvm.loop !20

49:                                               ; preds = %46, %21
  %50 = phi i32 [ 1, %21 ], [ %47, %46 ]
  %51 = phi i64 [ 0, %21 ], [ %105, %46 ]
  br label %54

52:                                               ; preds = %73
  %53 = icmp sgt i32 %74, -1
  br i1 %53, label %77, label %104

54:                                               ; preds = %73, %49
  %55 = phi i64 [ 0, %49 ], [ %75, %73 ]
  %56 = phi i32 [ -1, %49 ], [ %74, %73 ]
  %57 = getelementptr inbounds [64 x i32], ptr %2, i64 0, i64 %55
  %58 = load i32, ptr %57, align 4, !tbaa !5
  %59 = icmp eq i32 %58, 0
  br i1 %59, label %60, label %73

60:                                               ; preds = %54
  %61 = getelementptr inbounds [64 x i32], ptr %3, i64 0, i64 %55
  %62 = load i32, ptr %61, align 4, !tbaa !5
  %63 = icmp sgt i32 %62, -1
  br i1 %63, label %64, label %73

64:                                               ; preds = %60
  %65 = icmp slt i32 %56, 0
  br i1 %65, label %71, label %66

66:                                               ; preds = %64
  %67 = zext i32 %56 to i64
  %68 = getelementptr inbounds [64 x i32], ptr %3, i64 0, i64 %67
  %69 = load i32, ptr %68, align 4, !tbaa !5
  %70 = icmp slt i32 %62, %69
  br i1 %70, label %71, label %73

71:                                               ; preds = %66, %64
  %72 = trunc i64 %55 to i32
  br label %73

73:                                               ; preds = %71, %66, %60, %54
  %74 = phi i32 [ %56, %54 ], [ %72, %71 ], [ %56, %66 ], [ %56, %60 ]
  %75 = add nuw nsw i64 %55, 1
  %76 = icmp eq i64 %75, 40
  br i1 %76, label %52, label %54, !llvm.loop !21

77:                                               ; preds = %52
  %78 = zext i32 %74 to i64
  %79 = getelementptr inbounds [64 x i32], ptr %2, i64 0, i64 %78
  store i32 1, ptr %79, align 4, !tbaa !5
  %80 = getelementptr inbounds [64 x i32], ptr %3, i64 0, i64 %78
  %81 = load i32, ptr %80, align 4, !tbaa !5
  br label %82

82:                                               ; preds = %98, %77
  %83 = phi i64 [ 0, %77 ], [ %99, %98 ]
  %84 = getelementptr inbounds [64 x i32], ptr %2, i64 0, i64 %83
  %85 = load i32, ptr %84, align 4, !tbaa !5
  %86 = icmp eq i32 %85, 0
  br i1 %86, label %87, label %98

87:                                               ; preds = %82
  %88 = getelementptr inbounds [64 x [64 x i32]], ptr @prim.w, i64 0, i64 %78, i64 %83
  %89 = load i32, ptr %88, align 4, !tbaa !5
  %90 = icmp sgt i32 %89, -1
  br i1 %90, label %91, label %98

91:                                               ; preds = %87
  %92 = getelementptr inbounds [64 x i32], ptr %3, i64 0, i64 %83
  %93 = load i32, ptr %92, align 4, !tbaa !5
  %94 = icmp slt i32 %93, 0
  %95 = icmp slt i32 %89, %93
  %96 = select i1 %94, i1 true, i1 %95
  %97 = select i1 %96, i32 %89, i32 %93
  store i32 %97, ptr %92, align 4
  br label %98

98:                                               ; preds = %91, %87, %82
  %99 = add nuw nsw i64 %83, 1
  %100 = icmp eq i64 %99, 40
  br i1 %100, label %101, label %82, !llvm.loop !22

101:                                              ; preds = %98
  %102 = sext i32 %81 to i64
  %103 = add nsw i64 %51, %102
  br label %104

104:                                              ; preds = %101, %52
  %105 = phi i64 [ %51, %52 ], [ %103, %101 ]
  br i1 %53, label %46, label %106

106:                                              ; preds = %46, %104
  %107 = phi i64 [ %105, %46 ], [ -1, %104 ]
  call void @llvm.lifetime.end.p0(i64 256, ptr nonnull %3) #8
  call void @llvm.lifetime.end.p0(i64 256, ptr nonnull %2) #8
  call void @llvm.lifetime.start.p0(i64 512, ptr nonnull %1) #8
  br label %109

108:                                              ; preds = %109
  call void @qsort(ptr noundef nonnull %4, i64 noundef 119, i64 noundef 12, ptr noundef nonnull @by_weight) #8
  br label %116

109:                                              ; preds = %109, %106
  %110 = phi i64 [ 0, %106 ], [ %114, %109 ]
  %111 = getelementptr inbounds [64 x i32], ptr %1, i64 0, i64 %110
  %112 = trunc i64 %110 to i32
  store i32 %112, ptr %111, align 4, !tbaa !5
  %113 = getelementptr inbounds %struct.dsu, ptr %1, i64 0, i32 1, i64 %110
  store i32 0, ptr %113, align 4, !tbaa !5
  %114 = add nuw nsw i64 %110, 1
  %115 = icmp eq i64 %114, 40
  br i1 %115, label %108, label %109, !llvm.loop !23

116:                                              ; preds = %156, %108
  %117 = phi i32 [ 0, %108 ], [ %157, %156 ]
  %118 = phi i64 [ 0, %108 ], [ %160, %156 ]
  %119 = phi i32 [ 0, %108 ], [ %158, %156 ]
  %120 = phi i64 [ 0, %108 ], [ %159, %156 ]
  %121 = icmp slt i32 %119, 39
  br i1 %121, label %122, label %162

122:                                              ; preds = %116
  %123 = getelementptr inbounds %struct.edge, ptr %4, i64 %118
  %124 = load i32, ptr %123, align 4, !tbaa !15
  %125 = getelementptr inbounds %struct.edge, ptr %4, i64 %118, i32 1
  %126 = load i32, ptr %125, align 4, !tbaa !17
  %127 = call fastcc i32 @find(ptr noundef nonnull %1, i32 noundef %124)
  %128 = call fastcc i32 @find(ptr noundef nonnull %1, i32 noundef %126)
  %129 = icmp eq i32 %127, %128
  br i1 %129, label %156, label %130

130:                                              ; preds = %122
  %131 = sext i32 %127 to i64
  %132 = getelementptr inbounds %struct.dsu, ptr %1, i64 0, i32 1, i64 %131
  %133 = load i32, ptr %132, align 4, !tbaa !5
  %134 = sext i32 %128 to i64
  %135 = getelementptr inbounds %struct.dsu, ptr %1, i64 0, i32 1, i64 %134
  %136 = load i32, ptr %135, align 4, !tbaa !5
  %137 = icmp slt i32 %133, %136
  %138 = select i1 %137, i32 %128, i32 %127
  %139 = select i1 %137, i32 %127, i32 %128
  %140 = sext i32 %139 to i64
  %141 = getelementptr inbounds [64 x i32], ptr %1, i64 0, i64 %140
  store i32 %138, ptr %141, align 4, !tbaa !5
  %142 = sext i32 %138 to i64
  %143 = getelementptr inbounds %struct.dsu, ptr %1, i64 0, i32 1, i64 %142
  %144 = load i32, ptr %143, align 4, !tbaa !5
  %145 = getelementptr inbounds %struct.dsu, ptr %1, i64 0, i32 1, i64 %140
  %146 = load i32, ptr %145, align 4, !tbaa !5
  %147 = icmp eq i32 %144, %146
  br i1 %147, label %148, label %150

148:                                              ; preds = %130
  %149 = add nsw i32 %144, 1
  store i32 %149, ptr %143, align 4, !tbaa !5
  br label %150

150:                                              ; preds = %130, %148
  %151 = getelementptr inbounds %struct.edge, ptr %4, i64 %118, i32 2
  %152 = load i32, ptr %151, align 4, !tbaa !18
  %153 = sext i32 %152 to i64
  %154 = add nsw i64 %120, %153
  %155 = add nsw i32 %119, 1
  br label %156

156:                                              ; preds = %150, %122
  %157 = phi i32 [ %117, %122 ], [ %155, %150 ]
  %158 = phi i32 [ %119, %122 ], [ %155, %150 ]
  %159 = phi i64 [ %120, %122 ], [ %154, %150 ]
  %160 = add nuw nsw i64 %118, 1
  %161 = icmp eq i64 %160, 119
  br i1 %161, label %162, label %116, !llvm.loop !24

162:                                              ; preds = %116, %156
  %163 = phi i32 [ %157, %156 ], [ %117, %116 ]
  %164 = phi i64 [ %159, %156 ], [ %120, %116 ]
  call void @llvm.lifetime.end.p0(i64 512, ptr nonnull %1) #8
  %165 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 40, i32 noundef 119, i32 noundef %163, i64 noundef %164, i64 noundef %107)
  %166 = icmp ne i32 %163, 39
  %167 = icmp ne i64 %164, %107
  %168 = select i1 %166, i1 true, i1 %167
  %169 = zext i1 %168 to i32
  call void @llvm.lifetime.end.p0(i64 1920, ptr nonnull %4) #8
  ret i32 %169

170:                                              ; preds = %5, %170
  %171 = phi i64 [ %183, %170 ], [ 39, %5 ]
  %172 = phi i32 [ %193, %170 ], [ 0, %5 ]
  %173 = add nuw nsw i64 %171, 1
  %174 = getelementptr inbounds [160 x %struct.edge], ptr %4, i64 0, i64 %171
  %175 = mul nuw nsw i32 %172, 7
  %176 = add nuw nsw i32 %175, 3
  %177 = urem i32 %176, 40
  %178 = mul nuw nsw i32 %172, 13
  %179 = urem i32 %178, 20
  %180 = add nuw nsw i32 %179, 1
  store i32 %172, ptr %174, align 4, !tbaa.struct !4
  %181 = getelementptr inbounds i8, ptr %174, i64 4
  store i32 %177, ptr %181, align 4, !tbaa.struct !9
  %182 = getelementptr inbounds i8, ptr %174, i64 8
  store i32 %180, ptr %182, align 4, !tbaa.struct !10
  %183 = add nuw nsw i64 %171, 2
  %184 = getelementptr inbounds [160 x %struct.edge], ptr %4, i64 0, i64 %173
  %185 = mul nuw nsw i32 %172, 11
  %186 = add nuw nsw i32 %185, 5
  %187 = urem i32 %186, 40
  %188 = mul nuw nsw i32 %172, 29
  %189 = urem i32 %188, 30
  %190 = add nuw nsw i32 %189, 1
  store i32 %172, ptr %184, align 4, !tbaa.struct !4
  %191 = getelementptr inbounds i8, ptr %184, i64 4
  store i32 %187, ptr %191, align 4, !tbaa.struct !9
  %192 = getelementptr inbounds i8, ptr %184, i64 8
  store i32 %190, ptr %192, align 4, !tbaa.struct !10
  %193 = add nuw nsw i32 %172, 1
  %194 = icmp eq i32 %193, 40
  br i1 %194, label %14, label %170, !llvm.loop !25
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: nofree
declare void @qsort(ptr noundef, i64 noundef, i64 noundef, ptr nocapture noundef) local_unnamed_addr #4

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define internal i32 @by_weight(ptr nocapture noundef readonly %0, ptr nocapture noundef readonly %1) #5 {
  %3 = getelementptr inbounds %struct.edge, ptr %0, i64 0, i32 2
  %4 = load i32, ptr %3, align 4, !tbaa !18
  %5 = getelementptr inbounds %struct.edge, ptr %1, i64 0, i32 2
  %6 = load i32, ptr %5, align 4, !tbaa !18
  %7 = sub nsw i32 %4, %6
  ret i32 %7
}

; Function Attrs: nofree nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc i32 @find(ptr nocapture noundef %0, i32 noundef %1) unnamed_addr #6 {
  %3 = sext i32 %1 to i64
  %4 = getelementptr inbounds [64 x i32], ptr %0, i64 0, i64 %3
  %5 = load i32, ptr %4, align 4, !tbaa !5
  %6 = icmp eq i32 %5, %1
  br i1 %6, label %9, label %7

7:                                                ; preds = %2
  %8 = tail call fastcc i32 @find(ptr noundef %0, i32 noundef %5)
  store i32 %8, ptr %4, align 4, !tbaa !5
  br label %9

9:                                                ; preds = %7, %2
  %10 = load i32, ptr %4, align 4, !tbaa !5
  ret i32 %10
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #7

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { nofree "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nofree nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #8 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i64 0, i64 4, !5, i64 4, i64 4, !5, i64 8, i64 4, !5}
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{i64 0, i64 4, !5, i64 4, i64 4, !5}
!10 = !{i64 0, i64 4, !5}
!11 = distinct !{!11, !12, !13}
!12 = !{!"llvm.loop.mustprogress"}
!13 = !{!"llvm.loop.unroll.disable"}
!14 = distinct !{!14, !12, !13}
!15 = !{!16, !6, i64 0}
!16 = !{!"edge", !6, i64 0, !6, i64 4, !6, i64 8}
!17 = !{!16, !6, i64 4}
!18 = !{!16, !6, i64 8}
!19 = distinct !{!19, !12, !13}
!20 = distinct !{!20, !12, !13}
!21 = distinct !{!21, !12, !13}
!22 = distinct !{!22, !12, !13}
!23 = distinct !{!23, !12, !13}
!24 = distinct !{!24, !12, !13}
!25 = distinct !{!25, !12, !13}
