; ModuleID = 'c/bfs.c'
source_filename = "c/bfs.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [47 x i8] c"bfs vertices=%d edges=%d farthest=%d wrong=%d\0A\00", align 1

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  %1 = alloca [600 x i32], align 16
  %2 = tail call noalias dereferenceable_or_null(2404) ptr @malloc(i64 noundef 2404) #7
  %3 = tail call noalias dereferenceable_or_null(9600) ptr @malloc(i64 noundef 9600) #7
  br label %4

4:                                                ; preds = %46, %0
  %5 = phi i64 [ 0, %0 ], [ %48, %46 ]
  %6 = phi i32 [ 0, %0 ], [ %47, %46 ]
  %7 = trunc i64 %5 to i16
  %8 = urem i16 %7, 30
  %9 = getelementptr inbounds i32, ptr %2, i64 %5
  store i32 %6, ptr %9, align 4, !tbaa !4, !noalias !8
  %10 = icmp eq i16 %8, 0
  br i1 %10, label %11, label %13

11:                                               ; preds = %4
  %12 = trunc i64 %5 to i32
  br label %20

13:                                               ; preds = %4
  %14 = add nsw i32 %6, 1
  %15 = sext i32 %6 to i64
  %16 = getelementptr inbounds i32, ptr %3, i64 %15
  %17 = trunc i64 %5 to i32
  %18 = add i32 %17, -1
  store i32 %18, ptr %16, align 4, !tbaa !4, !noalias !8
  %19 = icmp ult i16 %8, 29
  br i1 %19, label %20, label %27

20:                                               ; preds = %11, %13
  %21 = phi i32 [ %12, %11 ], [ %17, %13 ]
  %22 = phi i32 [ %6, %11 ], [ %14, %13 ]
  %23 = add nsw i32 %22, 1
  %24 = sext i32 %22 to i64
  %25 = getelementptr inbounds i32, ptr %3, i64 %24
  %26 = add i32 %21, 1
  store i32 %26, ptr %25, align 4, !tbaa !4, !noalias !8
  br label %27

27:                                               ; preds = %20, %13
  %28 = phi i32 [ %23, %20 ], [ %14, %13 ]
  %29 = icmp ult i64 %5, 30
  br i1 %29, label %30, label %32

30:                                               ; preds = %27
  %31 = trunc i64 %5 to i32
  br label %39

32:                                               ; preds = %27
  %33 = add nsw i32 %28, 1
  %34 = sext i32 %28 to i64
  %35 = getelementptr inbounds i32, ptr %3, i64 %34
  %36 = trunc i64 %5 to i32
  %37 = add i32 %36, -30
  store i32 %37, ptr %35, align 4, !tbaa !4, !noalias !8
  %38 = icmp ult i64 %5, 570
  br i1 %38, label %39, label %46

39:                                               ; preds = %30, %32
  %40 = phi i32 [ %31, %30 ], [ %36, %32 ]
  %41 = phi i32 [ %28, %30 ], [ %33, %32 ]
  %42 = add nsw i32 %41, 1
  %43 = sext i32 %41 to i64
  %44 = getelementptr inbounds i32, ptr %3, i64 %43
  %45 = add nuw nsw i32 %40, 30
  store i32 %45, ptr %44, align 4, !tbaa !4, !noalias !8
  br label %46

46:                                               ; preds = %39, %32
  %47 = phi i32 [ %42, %39 ], [ %33, %32 ]
  %48 = add nuw nsw i64 %5, 1
  %49 = icmp eq i64 %48, 600
  br i1 %49, label %50, label %4, !llvm.loop !11

50:                                               ; preds = %46
  %51 = getelementptr inbounds i32, ptr %2, i64 600
  store i32 %47, ptr %51, align 4, !tbaa !4, !noalias !8
  call void @llvm.lifetime.start.p0(i64 2400, ptr nonnull %1) #8
  %52 = tail call noalias dereferenceable_or_null(2400) ptr @malloc(i64 noundef 2400) #7
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(2400) %1, i8 -1, i64 2400, i1 false), !tbaa !4
  store i32 0, ptr %1, align 16, !tbaa !4
  store i32 0, ptr %52, align 4, !tbaa !4
  br label %57

53:                                               ; preds = %90, %57
  %54 = phi i32 [ %59, %57 ], [ %91, %90 ]
  %55 = sext i32 %54 to i64
  %56 = icmp slt i64 %60, %55
  br i1 %56, label %57, label %94, !llvm.loop !13

57:                                               ; preds = %53, %50
  %58 = phi i64 [ 0, %50 ], [ %60, %53 ]
  %59 = phi i32 [ 1, %50 ], [ %54, %53 ]
  %60 = add nuw nsw i64 %58, 1
  %61 = getelementptr inbounds i32, ptr %52, i64 %58
  %62 = load i32, ptr %61, align 4, !tbaa !4
  %63 = sext i32 %62 to i64
  %64 = getelementptr inbounds i32, ptr %2, i64 %63
  %65 = load i32, ptr %64, align 4, !tbaa !4
  %66 = add nsw i32 %62, 1
  %67 = sext i32 %66 to i64
  %68 = getelementptr inbounds i32, ptr %2, i64 %67
  %69 = load i32, ptr %68, align 4, !tbaa !4
  %70 = icmp slt i32 %65, %69
  br i1 %70, label %71, label %53

71:                                               ; preds = %57
  %72 = getelementptr inbounds i32, ptr %1, i64 %63
  %73 = sext i32 %65 to i64
  %74 = sext i32 %69 to i64
  br label %75

75:                                               ; preds = %90, %71
  %76 = phi i64 [ %73, %71 ], [ %92, %90 ]
  %77 = phi i32 [ %59, %71 ], [ %91, %90 ]
  %78 = getelementptr inbounds i32, ptr %3, i64 %76
  %79 = load i32, ptr %78, align 4, !tbaa !4
  %80 = sext i32 %79 to i64
  %81 = getelementptr inbounds i32, ptr %1, i64 %80
  %82 = load i32, ptr %81, align 4, !tbaa !4
  %83 = icmp slt i32 %82, 0
  br i1 %83, label %84, label %90

84:                                               ; preds = %75
  %85 = load i32, ptr %72, align 4, !tbaa !4
  %86 = add nsw i32 %85, 1
  store i32 %86, ptr %81, align 4, !tbaa !4
  %87 = add nsw i32 %77, 1
  %88 = sext i32 %77 to i64
  %89 = getelementptr inbounds i32, ptr %52, i64 %88
  store i32 %79, ptr %89, align 4, !tbaa !4
  br label %90

90:                                               ; preds = %84, %75
  %91 = phi i32 [ %87, %84 ], [ %77, %75 ]
  %92 = add nsw i64 %76, 1
  %93 = icmp eq i64 %92, %74
  br i1 %93, label %53, label %75, !llvm.loop !14

94:                                               ; preds = %53
  tail call void @free(ptr noundef %52) #8
  br label %95

95:                                               ; preds = %95, %94
  %96 = phi i64 [ 0, %94 ], [ %123, %95 ]
  %97 = phi <4 x i32> [ zeroinitializer, %94 ], [ %121, %95 ]
  %98 = phi <4 x i32> [ zeroinitializer, %94 ], [ %122, %95 ]
  %99 = phi <4 x i16> [ <i16 0, i16 1, i16 2, i16 3>, %94 ], [ %124, %95 ]
  %100 = add <4 x i16> %99, <i16 4, i16 4, i16 4, i16 4>
  %101 = getelementptr inbounds [600 x i32], ptr %1, i64 0, i64 %96
  %102 = load <4 x i32>, ptr %101, align 16, !tbaa !4
  %103 = getelementptr inbounds i32, ptr %101, i64 4
  %104 = load <4 x i32>, ptr %103, align 16, !tbaa !4
  %105 = freeze <4 x i16> %99
  %106 = udiv <4 x i16> %105, <i16 30, i16 30, i16 30, i16 30>
  %107 = mul <4 x i16> %106, <i16 30, i16 30, i16 30, i16 30>
  %108 = sub <4 x i16> %105, %107
  %109 = freeze <4 x i16> %100
  %110 = udiv <4 x i16> %109, <i16 30, i16 30, i16 30, i16 30>
  %111 = mul <4 x i16> %110, <i16 30, i16 30, i16 30, i16 30>
  %112 = sub <4 x i16> %109, %111
  %113 = add nuw nsw <4 x i16> %108, %106
  %114 = add nuw nsw <4 x i16> %112, %110
  %115 = zext <4 x i16> %113 to <4 x i32>
  %116 = zext <4 x i16> %114 to <4 x i32>
  %117 = icmp ne <4 x i32> %102, %115
  %118 = icmp ne <4 x i32> %104, %116
  %119 = zext <4 x i1> %117 to <4 x i32>
  %120 = zext <4 x i1> %118 to <4 x i32>
  %121 = add <4 x i32> %97, %119
  %122 = add <4 x i32> %98, %120
  %123 = add nuw i64 %96, 8
  %124 = add <4 x i16> %99, <i16 8, i16 8, i16 8, i16 8>
  %125 = icmp eq i64 %123, 600
  br i1 %125, label %126, label %95, !llvm.loop !15

126:                                              ; preds = %95
  %127 = add <4 x i32> %122, %121
  %128 = tail call i32 @llvm.vector.reduce.add.v4i32(<4 x i32> %127)
  %129 = getelementptr inbounds [600 x i32], ptr %1, i64 0, i64 599
  %130 = load i32, ptr %129, align 4, !tbaa !4
  %131 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 600, i32 noundef %47, i32 noundef %130, i32 noundef %128)
  tail call void @free(ptr noundef %2) #8
  tail call void @free(ptr noundef %3) #8
  %132 = icmp ne i32 %128, 0
  %133 = zext i1 %132 to i32
  call void @llvm.lifetime.end.p0(i64 2400, ptr nonnull %1) #8
  ret i32 %133
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr nocapture noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #4

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #5

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare i32 @llvm.vector.reduce.add.v4i32(<4 x i32>) #6

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #6 = { nocallback nofree nosync nounwind willreturn memory(none) }
attributes #7 = { nounwind allocsize(0) }
attributes #8 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!5, !5, i64 0}
!5 = !{!"int", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = !{!9}
!9 = distinct !{!9, !10, !"grid_graph: argument 0"}
!10 = distinct !{!10, !"grid_graph"}
!11 = distinct !{!11, !12}
!12 = !{!"llvm.loop.mustprogress"}
!13 = distinct !{!13, !12}
!14 = distinct !{!14, !12}
!15 = distinct !{!15, !12, !16, !17}
!16 = !{!"llvm.loop.isvectorized", i32 1}
!17 = !{!"llvm.loop.unroll.runtime.disable"}
