; ModuleID = 'c/prefix_scan.c'
source_filename = "c/prefix_scan.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@input = internal unnamed_addr global [1024 x i32] zeroinitializer, align 16
@blelloch = internal unnamed_addr global [1024 x i32] zeroinitializer, align 16
@serial = internal unnamed_addr global [1024 x i32] zeroinitializer, align 16
@.str = private unnamed_addr constant [40 x i8] c"prefix_scan n=%d last=%d mismatches=%d\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  br label %1

1:                                                ; preds = %1, %0
  %2 = phi i64 [ 0, %0 ], [ %18, %1 ]
  %3 = phi <4 x i16> [ <i16 0, i16 1, i16 2, i16 3>, %0 ], [ %19, %1 ]
  %4 = mul <4 x i16> %3, <i16 37, i16 37, i16 37, i16 37>
  %5 = mul <4 x i16> %3, <i16 37, i16 37, i16 37, i16 37>
  %6 = add <4 x i16> %4, <i16 11, i16 11, i16 11, i16 11>
  %7 = add <4 x i16> %5, <i16 159, i16 159, i16 159, i16 159>
  %8 = urem <4 x i16> %6, <i16 17, i16 17, i16 17, i16 17>
  %9 = urem <4 x i16> %7, <i16 17, i16 17, i16 17, i16 17>
  %10 = zext <4 x i16> %8 to <4 x i32>
  %11 = zext <4 x i16> %9 to <4 x i32>
  %12 = add nsw <4 x i32> %10, <i32 -8, i32 -8, i32 -8, i32 -8>
  %13 = add nsw <4 x i32> %11, <i32 -8, i32 -8, i32 -8, i32 -8>
  %14 = getelementptr inbounds [1024 x i32], ptr @input, i64 0, i64 %2
  store <4 x i32> %12, ptr %14, align 16, !tbaa !4
  %15 = getelementptr inbounds i32, ptr %14, i64 4
  store <4 x i32> %13, ptr %15, align 16, !tbaa !4
  %16 = getelementptr inbounds [1024 x i32], ptr @blelloch, i64 0, i64 %2
  store <4 x i32> %12, ptr %16, align 16, !tbaa !4
  %17 = getelementptr inbounds i32, ptr %16, i64 4
  store <4 x i32> %13, ptr %17, align 16, !tbaa !4
  %18 = add nuw i64 %2, 8
  %19 = add <4 x i16> %3, <i16 8, i16 8, i16 8, i16 8>
  %20 = icmp eq i64 %18, 1024
  br i1 %20, label %21, label %1, !llvm.loop !8

21:                                               ; preds = %1, %21
  %22 = phi i64 [ %33, %21 ], [ 0, %1 ]
  %23 = phi i32 [ %32, %21 ], [ 0, %1 ]
  %24 = getelementptr inbounds i32, ptr @serial, i64 %22
  store i32 %23, ptr %24, align 8, !tbaa !4
  %25 = getelementptr inbounds i32, ptr @input, i64 %22
  %26 = load i32, ptr %25, align 8, !tbaa !4
  %27 = add nsw i32 %26, %23
  %28 = or i64 %22, 1
  %29 = getelementptr inbounds i32, ptr @serial, i64 %28
  store i32 %27, ptr %29, align 4, !tbaa !4
  %30 = getelementptr inbounds i32, ptr @input, i64 %28
  %31 = load i32, ptr %30, align 4, !tbaa !4
  %32 = add nsw i32 %31, %27
  %33 = add nuw nsw i64 %22, 2
  %34 = icmp eq i64 %33, 1024
  br i1 %34, label %39, label %21, !llvm.loop !12

35:                                               ; preds = %45
  %36 = shl nuw nsw i32 %40, 1
  %37 = icmp ult i32 %40, 512
  br i1 %37, label %39, label %38, !llvm.loop !13

38:                                               ; preds = %35
  store i32 0, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 1023), align 4, !tbaa !4
  br label %55

39:                                               ; preds = %21, %35
  %40 = phi i32 [ %36, %35 ], [ 1, %21 ]
  %41 = zext i32 %40 to i64
  %42 = shl nuw nsw i64 %41, 1
  %43 = add nsw i64 %42, -1
  %44 = sext i32 %40 to i64
  br label %45

45:                                               ; preds = %45, %39
  %46 = phi i64 [ %43, %39 ], [ %53, %45 ]
  %47 = sub nsw i64 %46, %44
  %48 = getelementptr inbounds i32, ptr @blelloch, i64 %47
  %49 = load i32, ptr %48, align 4, !tbaa !4
  %50 = getelementptr inbounds i32, ptr @blelloch, i64 %46
  %51 = load i32, ptr %50, align 4, !tbaa !4
  %52 = add nsw i32 %51, %49
  store i32 %52, ptr %50, align 4, !tbaa !4
  %53 = add nsw i64 %46, %42
  %54 = icmp ult i64 %53, 1024
  br i1 %54, label %45, label %35, !llvm.loop !14

55:                                               ; preds = %61, %38
  %56 = phi i32 [ 512, %38 ], [ %62, %61 ]
  %57 = shl nuw nsw i32 %56, 1
  %58 = zext i32 %57 to i64
  %59 = add nsw i64 %58, -1
  %60 = zext i32 %56 to i64
  br label %91

61:                                               ; preds = %91
  %62 = lshr i32 %56, 1
  %63 = icmp ult i32 %56, 2
  br i1 %63, label %64, label %55, !llvm.loop !15

64:                                               ; preds = %61, %64
  %65 = phi i64 [ %82, %64 ], [ 0, %61 ]
  %66 = phi <4 x i32> [ %80, %64 ], [ zeroinitializer, %61 ]
  %67 = phi <4 x i32> [ %81, %64 ], [ zeroinitializer, %61 ]
  %68 = getelementptr inbounds [1024 x i32], ptr @serial, i64 0, i64 %65
  %69 = load <4 x i32>, ptr %68, align 16, !tbaa !4
  %70 = getelementptr inbounds i32, ptr %68, i64 4
  %71 = load <4 x i32>, ptr %70, align 16, !tbaa !4
  %72 = getelementptr inbounds [1024 x i32], ptr @blelloch, i64 0, i64 %65
  %73 = load <4 x i32>, ptr %72, align 16, !tbaa !4
  %74 = getelementptr inbounds i32, ptr %72, i64 4
  %75 = load <4 x i32>, ptr %74, align 16, !tbaa !4
  %76 = icmp ne <4 x i32> %69, %73
  %77 = icmp ne <4 x i32> %71, %75
  %78 = zext <4 x i1> %76 to <4 x i32>
  %79 = zext <4 x i1> %77 to <4 x i32>
  %80 = add <4 x i32> %66, %78
  %81 = add <4 x i32> %67, %79
  %82 = add nuw i64 %65, 8
  %83 = icmp eq i64 %82, 1024
  br i1 %83, label %84, label %64, !llvm.loop !16

84:                                               ; preds = %64
  %85 = add <4 x i32> %81, %80
  %86 = tail call i32 @llvm.vector.reduce.add.v4i32(<4 x i32> %85)
  %87 = load i32, ptr getelementptr inbounds ([1024 x i32], ptr @serial, i64 0, i64 1023), align 4, !tbaa !4
  %88 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 1024, i32 noundef %87, i32 noundef %86)
  %89 = icmp ne i32 %86, 0
  %90 = zext i1 %89 to i32
  ret i32 %90

91:                                               ; preds = %91, %55
  %92 = phi i64 [ %59, %55 ], [ %100, %91 ]
  %93 = sub nsw i64 %92, %60
  %94 = getelementptr inbounds i32, ptr @blelloch, i64 %93
  %95 = load i32, ptr %94, align 4, !tbaa !4
  %96 = getelementptr inbounds i32, ptr @blelloch, i64 %92
  %97 = load i32, ptr %96, align 4, !tbaa !4
  store i32 %97, ptr %94, align 4, !tbaa !4
  %98 = load i32, ptr %96, align 4, !tbaa !4
  %99 = add nsw i32 %98, %95
  store i32 %99, ptr %96, align 4, !tbaa !4
  %100 = add nsw i64 %92, %58
  %101 = icmp ult i64 %100, 1024
  br i1 %101, label %91, label %61, !llvm.loop !17
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare i32 @llvm.vector.reduce.add.v4i32(<4 x i32>) #2

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(none) }

!llvm.module.flags = !{!0, !1, !2, !3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!5, !5, i64 0}
!5 = !{!"int", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = distinct !{!8, !9, !10, !11}
!9 = !{!"llvm.loop.mustprogress"}
!10 = !{!"llvm.loop.isvectorized", i32 1}
!11 = !{!"llvm.loop.unroll.runtime.disable"}
!12 = distinct !{!12, !9}
!13 = distinct !{!13, !9}
!14 = distinct !{!14, !9}
!15 = distinct !{!15, !9}
!16 = distinct !{!16, !9, !10, !11}
!17 = distinct !{!17, !9}
