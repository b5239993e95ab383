; ModuleID = 'c/game_of_life.c'
source_filename = "c/game_of_life.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@board = internal unnamed_addr global [16 x [16 x i8]] zeroinitializer, align 16
@.str = private unnamed_addr constant [49 x i8] c"game_of_life generations=%d population=%d ok=%d\0A\00", align 1
@scratch = internal unnamed_addr global [16 x [16 x i8]] zeroinitializer, align 16

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  store i8 1, ptr getelementptr inbounds ([16 x [16 x i8]], ptr @board, i64 0, i64 0, i64 1), align 1, !tbaa !4
  store i8 1, ptr getelementptr inbounds ([16 x [16 x i8]], ptr @board, i64 0, i64 1, i64 2), align 2, !tbaa !4
  store i8 1, ptr getelementptr inbounds ([16 x [16 x i8]], ptr @board, i64 0, i64 2, i64 0), align 16, !tbaa !4
  store i8 1, ptr getelementptr inbounds ([16 x [16 x i8]], ptr @board, i64 0, i64 2, i64 1), align 1, !tbaa !4
  store i8 1, ptr getelementptr inbounds ([16 x [16 x i8]], ptr @board, i64 0, i64 2, i64 2), align 2, !tbaa !4
  br label %1

1:                                                ; preds = %0, %103
  %2 = phi i32 [ %105, %103 ], [ 1, %0 ]
  %3 = phi i32 [ %104, %103 ], [ 1, %0 ]
  br label %9

4:                                                ; preds = %103
  %5 = tail call fastcc i32 @population()
  %6 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 64, i32 noundef %5, i32 noundef %104)
  %7 = icmp eq i32 %104, 0
  %8 = zext i1 %7 to i32
  ret i32 %8

9:                                                ; preds = %1, %15
  %10 = phi i64 [ %13, %15 ], [ 0, %1 ]
  %11 = add nuw nsw i64 %10, 15
  %12 = and i64 %11, 15
  %13 = add nuw nsw i64 %10, 1
  %14 = and i64 %13, 15
  br label %17

15:                                               ; preds = %62
  %16 = icmp eq i64 %13, 16
  br i1 %16, label %67, label %9, !llvm.loop !7

17:                                               ; preds = %62, %9
  %18 = phi i64 [ 0, %9 ], [ %28, %62 ]
  %19 = icmp eq i64 %18, 0
  %20 = shl i64 %18, 32
  %21 = add nsw i64 %20, -4294967296
  %22 = ashr exact i64 %21, 32
  %23 = select i1 %19, i64 15, i64 %22
  %24 = getelementptr inbounds [16 x i8], ptr @board, i64 %12, i64 %23
  %25 = load i8, ptr %24, align 1, !tbaa !4
  %26 = getelementptr inbounds [16 x i8], ptr @board, i64 %12, i64 %18
  %27 = load i8, ptr %26, align 1, !tbaa !4
  %28 = add nuw nsw i64 %18, 1
  %29 = and i64 %28, 15
  %30 = getelementptr inbounds [16 x i8], ptr @board, i64 %12, i64 %29
  %31 = load i8, ptr %30, align 1, !tbaa !4
  %32 = getelementptr inbounds [16 x i8], ptr @board, i64 %10, i64 %23
  %33 = load i8, ptr %32, align 1, !tbaa !4
  %34 = getelementptr inbounds [16 x i8], ptr @board, i64 %10, i64 %29
  %35 = load i8, ptr %34, align 1, !tbaa !4
  %36 = getelementptr inbounds [16 x i8], ptr @board, i64 %14, i64 %23
  %37 = load i8, ptr %36, align 1, !tbaa !4
  %38 = getelementptr inbounds [16 x i8], ptr @board, i64 %14, i64 %18
  %39 = load i8, ptr %38, align 1, !tbaa !4
  %40 = zext i8 %25 to i32
  %41 = zext i8 %27 to i32
  %42 = add nuw nsw i32 %41, %40
  %43 = zext i8 %31 to i32
  %44 = add nuw nsw i32 %42, %43
  %45 = zext i8 %33 to i32
  %46 = add nuw nsw i32 %44, %45
  %47 = zext i8 %35 to i32
  %48 = add nuw nsw i32 %46, %47
  %49 = zext i8 %37 to i32
  %50 = add nuw nsw i32 %48, %49
  %51 = zext i8 %39 to i32
  %52 = add nuw nsw i32 %50, %51
  %53 = getelementptr inbounds [16 x i8], ptr @board, i64 %14, i64 %29
  %54 = load i8, ptr %53, align 1, !tbaa !4
  %55 = zext i8 %54 to i32
  %56 = add nuw nsw i32 %52, %55
  switch i32 %56, label %61 [
    i32 3, label %62
    i32 2, label %57
  ]

57:                                               ; preds = %17
  %58 = getelementptr inbounds [16 x [16 x i8]], ptr @board, i64 0, i64 %10, i64 %18
  %59 = load i8, ptr %58, align 1, !tbaa !4
  %60 = icmp ne i8 %59, 0
  br label %62

61:                                               ; preds = %17
  br label %62

62:                                               ; preds = %61, %57, %17
  %63 = phi i1 [ true, %17 ], [ %60, %57 ], [ false, %61 ]
  %64 = zext i1 %63 to i8
  %65 = getelementptr inbounds [16 x [16 x i8]], ptr @scratch, i64 0, i64 %10, i64 %18
  store i8 %64, ptr %65, align 1, !tbaa !4
  %66 = icmp eq i64 %28, 16
  br i1 %66, label %15, label %17, !llvm.loop !9

67:                                               ; preds = %15
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(256) @board, ptr noundef nonnull align 16 dereferenceable(256) @scratch, i64 256, i1 false)
  %68 = tail call fastcc i32 @population()
  %69 = icmp eq i32 %68, 5
  %70 = select i1 %69, i32 %3, i32 0
  %71 = and i32 %2, 3
  %72 = icmp eq i32 %71, 0
  br i1 %72, label %73, label %103

73:                                               ; preds = %67
  %74 = lshr i32 %2, 2
  %75 = and i32 %74, 15
  %76 = zext i32 %75 to i64
  %77 = add nuw nsw i32 %74, 1
  %78 = and i32 %77, 15
  %79 = zext i32 %78 to i64
  %80 = getelementptr inbounds [16 x [16 x i8]], ptr @board, i64 0, i64 %76, i64 %79
  %81 = load i8, ptr %80, align 1, !tbaa !4
  %82 = icmp eq i8 %81, 0
  %83 = add nuw nsw i32 %74, 2
  %84 = and i32 %83, 15
  %85 = zext i32 %84 to i64
  %86 = getelementptr inbounds [16 x [16 x i8]], ptr @board, i64 0, i64 %79, i64 %85
  %87 = load i8, ptr %86, align 1, !tbaa !4
  %88 = icmp eq i8 %87, 0
  %89 = getelementptr inbounds [16 x [16 x i8]], ptr @board, i64 0, i64 %85, i64 %76
  %90 = load i8, ptr %89, align 1, !tbaa !4
  %91 = icmp eq i8 %90, 0
  %92 = getelementptr inbounds [16 x [16 x i8]], ptr @board, i64 0, i64 %85, i64 %79
  %93 = load i8, ptr %92, align 1, !tbaa !4
  %94 = icmp eq i8 %93, 0
  %95 = getelementptr inbounds [16 x [16 x i8]], ptr @board, i64 0, i64 %85, i64 %85
  %96 = load i8, ptr %95, align 1, !tbaa !4
  %97 = icmp eq i8 %96, 0
  %98 = select i1 %97, i1 true, i1 %94
  %99 = select i1 %98, i1 true, i1 %91
  %100 = select i1 %99, i1 true, i1 %88
  %101 = select i1 %100, i1 true, i1 %82
  %102 = select i1 %101, i32 0, i32 %70
  br label %103

103:                                              ; preds = %73, %67
  %104 = phi i32 [ %70, %67 ], [ %102, %73 ]
  %105 = add nuw nsw i32 %2, 1
  %106 = icmp eq i32 %105, 65
  br i1 %106, label %4, label %1, !llvm.loop !10
}

; Function Attrs: nofree norecurse nosync nounwind memory(read, argmem: none, inaccessiblemem: none) uwtable
define internal fastcc i32 @population() unnamed_addr #1 {
  br label %1

1:                                                ; preds = %1, %0
  %2 = phi i64 [ 0, %0 ], [ %15, %1 ]
  %3 = phi i32 [ 0, %0 ], [ %14, %1 ]
  %4 = getelementptr inbounds [16 x [16 x i8]], ptr @board, i64 0, i64 %2, i64 0
  %5 = load <16 x i8>, ptr %4, align 16, !tbaa !4
  %6 = zext <16 x i8> %5 to <16 x i32>
  %7 = tail call i32 @llvm.vector.reduce.add.v16i32(<16 x i32> %6)
  %8 = add i32 %7, %3
  %9 = or i64 %2, 1
  %10 = getelementptr inbounds [16 x [16 x i8]], ptr @board, i64 0, i64 %9, i64 0
  %11 = load <16 x i8>, ptr %10, align 16, !tbaa !4
  %12 = zext <16 x i8> %11 to <16 x i32>
  %13 = tail call i32 @llvm.vector.reduce.add.v16i32(<16 x i32> %12)
  %14 = add i32 %13, %8
  %15 = add nuw nsw i64 %2, 2
  %16 = icmp eq i64 %15, 16
  br i1 %16, label %17, label %1, !llvm.loop !11

17:                                               ; preds = %1
  ret i32 %14
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #3

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare i32 @llvm.vector.reduce.add.v16i32(<16 x i32>) #4

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree norecurse nosync nounwind memory(read, argmem: none, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nocallback nofree nosync nounwind willreturn memory(none) }

!llvm.module.flags = !{!0, !1, !2, !3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!5, !5, i64 0}
!5 = !{!"omnipotent char", !6, i64 0}
!6 = !{!"Simple C/C++ TBAA"}
!7 = distinct !{!7, !8}
!8 = !{!"llvm.loop.mustprogress"}
!9 = distinct !{!9, !8}
!10 = distinct !{!10, !8}
!11 = distinct !{!11, !8}
