; ModuleID = 'c/dfs_toposort.c'
source_filename = "c/dfs_toposort.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@main.edges = internal unnamed_addr constant [10 x [2 x i32]] [[2 x i32] [i32 0, i32 1], [2 x i32] [i32 0, i32 2], [2 x i32] [i32 1, i32 3], [2 x i32] [i32 2, i32 3], [2 x i32] [i32 3, i32 4], [2 x i32] [i32 5, i32 4], [2 x i32] [i32 6, i32 0], [2 x i32] [i32 6, i32 5], [2 x i32] [i32 2, i32 7], [2 x i32] [i32 7, i32 4]], align 16
@nvert = internal unnamed_addr global i1 false, align 4
@adj = internal unnamed_addr global [16 x [16 x i32]] zeroinitializer, align 16
@order_len = internal unnamed_addr global i32 0, align 4
@order = internal unnamed_addr global [16 x i32] zeroinitializer, align 16
@.str = private unnamed_addr constant [37 x i8] c"dfs_toposort first=%d last=%d ok=%d\0A\00", align 1
@.str.1 = private unnamed_addr constant [44 x i8] c"dfs_toposort after adding 4->6: acyclic=%d\0A\00", align 1
@colour = internal unnamed_addr global [16 x i32] zeroinitializer, align 16

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  %1 = alloca [16 x i32], align 16
  store i1 true, ptr @nvert, align 4
  br label %18

2:                                                ; preds = %18
  store i32 0, ptr @order_len, align 4, !tbaa !4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(32) @colour, i8 0, i64 32, i1 false), !tbaa !8
  br label %3

3:                                                ; preds = %2, %13
  %4 = phi i64 [ %14, %13 ], [ 0, %2 ]
  %5 = phi i1 [ %15, %13 ], [ true, %2 ]
  %6 = getelementptr inbounds [16 x i32], ptr @colour, i64 0, i64 %4
  %7 = load i32, ptr %6, align 4, !tbaa !8
  %8 = icmp eq i32 %7, 0
  br i1 %8, label %9, label %13

9:                                                ; preds = %3
  %10 = trunc i64 %4 to i32
  %11 = tail call fastcc i32 @dfs(i32 noundef %10)
  %12 = icmp eq i32 %11, 0
  br i1 %12, label %13, label %16

13:                                               ; preds = %9, %3
  %14 = add nuw nsw i64 %4, 1
  %15 = icmp ult i64 %4, 7
  br i1 %15, label %3, label %16, !llvm.loop !9

16:                                               ; preds = %9, %13
  %17 = phi i1 [ %15, %13 ], [ %5, %9 ]
  br i1 %17, label %98, label %29

18:                                               ; preds = %0, %18
  %19 = phi i64 [ 0, %0 ], [ %27, %18 ]
  %20 = getelementptr inbounds [10 x [2 x i32]], ptr @main.edges, i64 0, i64 %19
  %21 = load i32, ptr %20, align 8, !tbaa !4
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds [10 x [2 x i32]], ptr @main.edges, i64 0, i64 %19, i64 1
  %24 = load i32, ptr %23, align 4, !tbaa !4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds [16 x [16 x i32]], ptr @adj, i64 0, i64 %22, i64 %25
  store i32 1, ptr %26, align 4, !tbaa !4
  %27 = add nuw nsw i64 %19, 1
  %28 = icmp eq i64 %27, 10
  br i1 %28, label %2, label %18, !llvm.loop !12

29:                                               ; preds = %16
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %1) #5
  %30 = load i32, ptr @order_len, align 4, !tbaa !4
  %31 = icmp sgt i32 %30, 0
  br i1 %31, label %32, label %34

32:                                               ; preds = %29
  %33 = zext i32 %30 to i64
  br label %37

34:                                               ; preds = %37, %29
  %35 = icmp eq i32 %30, 8
  %36 = zext i1 %35 to i32
  br label %81

37:                                               ; preds = %32, %37
  %38 = phi i64 [ 0, %32 ], [ %46, %37 ]
  %39 = trunc i64 %38 to i32
  %40 = xor i32 %39, -1
  %41 = add i32 %30, %40
  %42 = getelementptr inbounds [16 x i32], ptr @order, i64 0, i64 %38
  %43 = load i32, ptr %42, align 4, !tbaa !4
  %44 = sext i32 %43 to i64
  %45 = getelementptr inbounds [16 x i32], ptr %1, i64 0, i64 %44
  store i32 %41, ptr %45, align 4, !tbaa !4
  %46 = add nuw nsw i64 %38, 1
  %47 = icmp eq i64 %46, %33
  br i1 %47, label %34, label %37, !llvm.loop !13

48:                                               ; preds = %81
  %49 = add nsw i32 %30, -1
  %50 = sext i32 %49 to i64
  %51 = getelementptr inbounds [16 x i32], ptr @order, i64 0, i64 %50
  %52 = load i32, ptr %51, align 4, !tbaa !4
  %53 = load i32, ptr @order, align 16, !tbaa !4
  %54 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %52, i32 noundef %53, i32 noundef %95)
  store i32 1, ptr getelementptr inbounds ([16 x [16 x i32]], ptr @adj, i64 0, i64 4, i64 6), align 8, !tbaa !4
  store i32 0, ptr @order_len, align 4, !tbaa !4
  br label %55

55:                                               ; preds = %48, %55
  %56 = phi i64 [ %58, %55 ], [ 0, %48 ]
  %57 = getelementptr inbounds [16 x i32], ptr @colour, i64 0, i64 %56
  store i32 0, ptr %57, align 4, !tbaa !8
  %58 = add nuw nsw i64 %56, 1
  %59 = icmp ult i64 %56, 7
  br i1 %59, label %55, label %60, !llvm.loop !14

60:                                               ; preds = %55, %70
  %61 = phi i64 [ %71, %70 ], [ 0, %55 ]
  %62 = phi i1 [ %72, %70 ], [ true, %55 ]
  %63 = getelementptr inbounds [16 x i32], ptr @colour, i64 0, i64 %61
  %64 = load i32, ptr %63, align 4, !tbaa !8
  %65 = icmp eq i32 %64, 0
  br i1 %65, label %66, label %70

66:                                               ; preds = %60
  %67 = trunc i64 %61 to i32
  %68 = tail call fastcc i32 @dfs(i32 noundef %67)
  %69 = icmp eq i32 %68, 0
  br i1 %69, label %70, label %73

70:                                               ; preds = %66, %60
  %71 = add nuw nsw i64 %61, 1
  %72 = icmp ult i64 %61, 7
  br i1 %72, label %60, label %73, !llvm.loop !9

73:                                               ; preds = %66, %70
  %74 = phi i1 [ %72, %70 ], [ %62, %66 ]
  %75 = xor i1 %74, true
  %76 = zext i1 %75 to i32
  %77 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %76)
  %78 = icmp eq i32 %95, 0
  %79 = or i1 %78, %75
  %80 = zext i1 %79 to i32
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %1) #5
  br label %98

81:                                               ; preds = %34, %81
  %82 = phi i64 [ 0, %34 ], [ %96, %81 ]
  %83 = phi i32 [ %36, %34 ], [ %95, %81 ]
  %84 = getelementptr inbounds [10 x [2 x i32]], ptr @main.edges, i64 0, i64 %82
  %85 = load i32, ptr %84, align 8, !tbaa !4
  %86 = sext i32 %85 to i64
  %87 = getelementptr inbounds [16 x i32], ptr %1, i64 0, i64 %86
  %88 = load i32, ptr %87, align 4, !tbaa !4
  %89 = getelementptr inbounds [10 x [2 x i32]], ptr @main.edges, i64 0, i64 %82, i64 1
  %90 = load i32, ptr %89, align 4, !tbaa !4
  %91 = sext i32 %90 to i64
  %92 = getelementptr inbounds [16 x i32], ptr %1, i64 0, i64 %91
  %93 = load i32, ptr %92, align 4, !tbaa !4
  %94 = icmp slt i32 %88, %93
  %95 = select i1 %94, i32 %83, i32 0
  %96 = add nuw nsw i64 %82, 1
  %97 = icmp eq i64 %96, 10
  br i1 %97, label %48, label %81, !llvm.loop !15

98:                                               ; preds = %16, %73
  %99 = phi i32 [ %80, %73 ], [ 1, %16 ]
  ret i32 %99
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) uwtable
define internal fastcc i32 @dfs(i32 noundef %0) unnamed_addr #3 {
  %2 = sext i32 %0 to i64
  %3 = getelementptr inbounds [16 x i32], ptr @colour, i64 0, i64 %2
  store i32 1, ptr %3, align 4, !tbaa !8
  %4 = load i1, ptr @nvert, align 4
  br i1 %4, label %5, label %24

5:                                                ; preds = %1, %18
  %6 = phi i64 [ %19, %18 ], [ 0, %1 ]
  %7 = phi i1 [ %22, %18 ], [ %4, %1 ]
  %8 = getelementptr inbounds [16 x [16 x i32]], ptr @adj, i64 0, i64 %2, i64 %6
  %9 = load i32, ptr %8, align 4, !tbaa !4
  %10 = icmp eq i32 %9, 0
  br i1 %10, label %18, label %11

11:                                               ; preds = %5
  %12 = getelementptr inbounds [16 x i32], ptr @colour, i64 0, i64 %6
  %13 = load i32, ptr %12, align 4, !tbaa !8
  switch i32 %13, label %18 [
    i32 1, label %23
    i32 0, label %14
  ]

14:                                               ; preds = %11
  %15 = trunc i64 %6 to i32
  %16 = tail call fastcc i32 @dfs(i32 noundef %15)
  %17 = icmp eq i32 %16, 0
  br i1 %17, label %18, label %23

18:                                               ; preds = %11, %14, %5
  %19 = add nuw nsw i64 %6, 1
  %20 = load i1, ptr @nvert, align 4
  %21 = icmp ult i64 %6, 7
  %22 = select i1 %20, i1 %21, i1 false
  br i1 %22, label %5, label %24, !llvm.loop !16

23:                                               ; preds = %14, %11
  br i1 %7, label %29, label %24

24:                                               ; preds = %18, %1, %23
  store i32 2, ptr %3, align 4, !tbaa !8
  %25 = load i32, ptr @order_len, align 4, !tbaa !4
  %26 = add nsw i32 %25, 1
  store i32 %26, ptr @order_len, align 4, !tbaa !4
  %27 = sext i32 %25 to i64
  %28 = getelementptr inbounds [16 x i32], ptr @order, i64 0, i64 %27
  store i32 %0, ptr %28, align 4, !tbaa !4
  br label %29

29:                                               ; preds = %23, %24
  %30 = phi i32 [ 1, %23 ], [ 0, %24 ]
  ret i32 %30
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #4

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!5, !5, i64 0}
!5 = !{!"int", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = !{!6, !6, i64 0}
!9 = distinct !{!9, !10, !11}
!10 = !{!"llvm.loop.mustprogress"}
!11 = !{!"llvm.loop.unroll.disable"}
!12 = distinct !{!12, !10, !11}
!13 = distinct !{!13, !10, !11}
!14 = distinct !{!14, !10, !11}
!15 = distinct !{!15, !10, !11}
!16 = distinct !{!16, !10, !11}
