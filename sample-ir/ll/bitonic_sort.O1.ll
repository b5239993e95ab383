; ModuleID = 'c/bitonic_sort.c'
source_filename = "c/bitonic_sort.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@keys = internal unnamed_addr global [1024 x float] zeroinitializer, align 16
@.str = private unnamed_addr constant [47 x i8] c"bitonic_sort n=%d min=%.2f max=%.2f sorted=%d\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  br label %31

1:                                                ; preds = %31, %6
  %2 = phi i32 [ %7, %6 ], [ 2, %31 ]
  %3 = ashr exact i32 %2, 1
  br label %4

4:                                                ; preds = %9, %1
  %5 = phi i32 [ %10, %9 ], [ %3, %1 ]
  br label %12

6:                                                ; preds = %9
  %7 = shl i32 %2, 1
  %8 = icmp slt i32 %7, 1025
  br i1 %8, label %1, label %51, !llvm.loop !4

9:                                                ; preds = %28
  %10 = lshr i32 %5, 1
  %11 = icmp ult i32 %5, 2
  br i1 %11, label %6, label %4, !llvm.loop !7

12:                                               ; preds = %28, %4
  %13 = phi i64 [ 0, %4 ], [ %29, %28 ]
  %14 = trunc i64 %13 to i32
  %15 = xor i32 %5, %14
  %16 = sext i32 %15 to i64
  %17 = icmp slt i64 %13, %16
  br i1 %17, label %18, label %28

18:                                               ; preds = %12
  %19 = and i32 %2, %14
  %20 = icmp eq i32 %19, 0
  %21 = getelementptr inbounds float, ptr @keys, i64 %13
  %22 = load float, ptr %21, align 4, !tbaa !8
  %23 = getelementptr inbounds float, ptr @keys, i64 %16
  %24 = load float, ptr %23, align 4, !tbaa !8
  %25 = fcmp ule float %22, %24
  %26 = xor i1 %20, %25
  br i1 %26, label %27, label %28

27:                                               ; preds = %18
  store float %24, ptr %21, align 4, !tbaa !8
  store float %22, ptr %23, align 4, !tbaa !8
  br label %28

28:                                               ; preds = %27, %18, %12
  %29 = add nuw nsw i64 %13, 1
  %30 = icmp eq i64 %29, 1024
  br i1 %30, label %9, label %12, !llvm.loop !12

31:                                               ; preds = %0, %31
  %32 = phi i64 [ 0, %0 ], [ %41, %31 ]
  %33 = phi i32 [ 1, %0 ], [ %35, %31 ]
  %34 = mul i32 %33, 1103515245
  %35 = add i32 %34, 12345
  %36 = lshr i32 %35, 8
  %37 = urem i32 %36, 100000
  %38 = uitofp i32 %37 to float
  %39 = fdiv float %38, 1.000000e+02
  %40 = getelementptr inbounds [1024 x float], ptr @keys, i64 0, i64 %32
  store float %39, ptr %40, align 4, !tbaa !8
  %41 = add nuw nsw i64 %32, 1
  %42 = icmp eq i64 %41, 1024
  br i1 %42, label %1, label %31, !llvm.loop !13

43:                                               ; preds = %51
  %44 = load float, ptr @keys, align 16, !tbaa !8
  %45 = fpext float %44 to double
  %46 = load float, ptr getelementptr inbounds ([1024 x float], ptr @keys, i64 0, i64 1023), align 4, !tbaa !8
  %47 = fpext float %46 to double
  %48 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 1024, double noundef %45, double noundef %47, i32 noundef %60)
  %49 = icmp eq i32 %60, 0
  %50 = zext i1 %49 to i32
  ret i32 %50

51:                                               ; preds = %6, %51
  %52 = phi i64 [ %61, %51 ], [ 1, %6 ]
  %53 = phi i32 [ %60, %51 ], [ 1, %6 ]
  %54 = add nsw i64 %52, -1
  %55 = getelementptr inbounds [1024 x float], ptr @keys, i64 0, i64 %54
  %56 = load float, ptr %55, align 4, !tbaa !8
  %57 = getelementptr inbounds [1024 x float], ptr @keys, i64 0, i64 %52
  %58 = load float, ptr %57, align 4, !tbaa !8
  %59 = fcmp ogt float %56, %58
  %60 = select i1 %59, i32 0, i32 %53
  %61 = add nuw nsw i64 %52, 1
  %62 = icmp eq i64 %61, 1024
  br i1 %62, label %43, label %51, !llvm.loop !14
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #1

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!0, !1, !2, !3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = distinct !{!4, !5, !6}
!5 = !{!"llvm.loop.mustprogress"}
!6 = !{!"llvm.loop.unroll.disable"}
!7 = distinct !{!7, !5, !6}
!8 = !{!9, !9, i64 0}
!9 = !{!"float", !10, i64 0}
!10 = !{!"omnipotent char", !11, i64 0}
!11 = !{!"Simple C/C++ TBAA"}
!12 = distinct !{!12, !5, !6}
!13 = distinct !{!13, !5, !6}
!14 = distinct !{!14, !5, !6}
