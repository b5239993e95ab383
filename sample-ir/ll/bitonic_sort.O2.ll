; ModuleID = 'c/bitonic_sort.c'
source_filename = "c/bitonic_sort.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@keys = internal unnamed_addr global [1024 x float] zeroinitializer, align 16
@.str = private unnamed_addr constant [47 x i8] c"bitonic_sort n=%d min=%.2f max=%.2f sorted=%d\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  br label %52

1:                                                ; preds = %52, %6
  %2 = phi i32 [ %7, %6 ], [ 2, %52 ]
  %3 = ashr exact i32 %2, 1
  br label %4

4:                                                ; preds = %30, %1
  %5 = phi i32 [ %31, %30 ], [ %3, %1 ]
  br label %33

6:                                                ; preds = %30
  %7 = shl i32 %2, 1
  %8 = icmp slt i32 %7, 1025
  br i1 %8, label %1, label %9, !llvm.loop !4

9:                                                ; preds = %6
  %10 = load float, ptr @keys, align 16, !tbaa !6
  %11 = insertelement <4 x float> poison, float %10, i64 3
  br label %12

12:                                               ; preds = %12, %9
  %13 = phi i64 [ 0, %9 ], [ %28, %12 ]
  %14 = phi <4 x float> [ %11, %9 ], [ %21, %12 ]
  %15 = phi <4 x i32> [ <i32 1, i32 1, i32 1, i32 1>, %9 ], [ %26, %12 ]
  %16 = phi <4 x i32> [ <i32 1, i32 1, i32 1, i32 1>, %9 ], [ %27, %12 ]
  %17 = or i64 %13, 1
  %18 = getelementptr inbounds [1024 x float], ptr @keys, i64 0, i64 %17
  %19 = load <4 x float>, ptr %18, align 4, !tbaa !6
  %20 = getelementptr inbounds float, ptr %18, i64 4
  %21 = load <4 x float>, ptr %20, align 4, !tbaa !6
  %22 = shufflevector <4 x float> %14, <4 x float> %19, <4 x i32> <i32 3, i32 4, i32 5, i32 6>
  %23 = shufflevector <4 x float> %19, <4 x float> %21, <4 x i32> <i32 3, i32 4, i32 5, i32 6>
  %24 = fcmp ogt <4 x float> %22, %19
  %25 = fcmp ogt <4 x float> %23, %21
  %26 = select <4 x i1> %24, <4 x i32> zeroinitializer, <4 x i32> %15
  %27 = select <4 x i1> %25, <4 x i32> zeroinitializer, <4 x i32> %16
  %28 = add nuw i64 %13, 8
  %29 = icmp eq i64 %28, 1016
  br i1 %29, label %72, label %12, !llvm.loop !10

30:                                               ; preds = %49
  %31 = lshr i32 %5, 1
  %32 = icmp ult i32 %5, 2
  br i1 %32, label %6, label %4, !llvm.loop !13

33:                                               ; preds = %49, %4
  %34 = phi i64 [ 0, %4 ], [ %50, %49 ]
  %35 = trunc i64 %34 to i32
  %36 = xor i32 %5, %35
  %37 = sext i32 %36 to i64
  %38 = icmp slt i64 %34, %37
  br i1 %38, label %39, label %49

39:                                               ; preds = %33
  %40 = and i32 %2, %35
  %41 = icmp eq i32 %40, 0
  %42 = getelementptr inbounds float, ptr @keys, i64 %34
  %43 = load float, ptr %42, align 4, !tbaa !6
  %44 = getelementptr inbounds float, ptr @keys, i64 %37
  %45 = load float, ptr %44, align 4, !tbaa !6
  %46 = fcmp ule float %43, %45
  %47 = xor i1 %41, %46
  br i1 %47, label %48, label %49

48:                                               ; preds = %39
  store float %45, ptr %42, align 4, !tbaa !6
  store float %43, ptr %44, align 4, !tbaa !6
  br label %49

49:                                               ; preds = %48, %39, %33
  %50 = add nuw nsw i64 %34, 1
  %51 = icmp eq i64 %50, 1024
  br i1 %51, label %30, label %33, !llvm.loop !14

52:                                               ; preds = %52, %0
  %53 = phi i64 [ 0, %0 ], [ %70, %52 ]
  %54 = phi i32 [ 1, %0 ], [ %64, %52 ]
  %55 = mul i32 %54, 1103515245
  %56 = add i32 %55, 12345
  %57 = lshr i32 %56, 8
  %58 = urem i32 %57, 100000
  %59 = uitofp i32 %58 to float
  %60 = fdiv float %59, 1.000000e+02
  %61 = getelementptr inbounds [1024 x float], ptr @keys, i64 0, i64 %53
  store float %60, ptr %61, align 8, !tbaa !6
  %62 = or i64 %53, 1
  %63 = mul i32 %56, 1103515245
  %64 = add i32 %63, 12345
  %65 = lshr i32 %64, 8
  %66 = urem i32 %65, 100000
  %67 = uitofp i32 %66 to float
  %68 = fdiv float %67, 1.000000e+02
  %69 = getelementptr inbounds [1024 x float], ptr @keys, i64 0, i64 %62
  store float %68, ptr %69, align 4, !tbaa !6
  %70 = add nuw nsw i64 %53, 2
  %71 = icmp eq i64 %70, 1024
  br i1 %71, label %1, label %52, !llvm.loop !15

72:                                               ; preds = %12
  %73 = extractelement <4 x float> %21, i64 3
  %74 = icmp ne <4 x i32> %26, <i32 1, i32 1, i32 1, i32 1>
  %75 = icmp ne <4 x i32> %27, <i32 1, i32 1, i32 1, i32 1>
  %76 = select <4 x i1> %74, <4 x i1> <i1 true, i1 true, i1 true, i1 true>, <4 x i1> %75
  %77 = bitcast <4 x i1> %76 to i4
  %78 = icmp eq i4 %77, 0
  %79 = load float, ptr getelementptr inbounds ([1024 x float], ptr @keys, i64 0, i64 1017), align 4, !tbaa !6
  %80 = fcmp ule float %73, %79
  %81 = load float, ptr getelementptr inbounds ([1024 x float], ptr @keys, i64 0, i64 1018), align 8, !tbaa !6
  %82 = fcmp ule float %79, %81
  %83 = load float, ptr getelementptr inbounds ([1024 x float], ptr @keys, i64 0, i64 1019), align 4, !tbaa !6
  %84 = fcmp ule float %81, %83
  %85 = load float, ptr getelementptr inbounds ([1024 x float], ptr @keys, i64 0, i64 1020), align 16, !tbaa !6
  %86 = fcmp ule float %83, %85
  %87 = load float, ptr getelementptr inbounds ([1024 x float], ptr @keys, i64 0, i64 1021), align 4, !tbaa !6
  %88 = fcmp ule float %85, %87
  %89 = load float, ptr getelementptr inbounds ([1024 x float], ptr @keys, i64 0, i64 1022), align 8, !tbaa !6
  %90 = fcmp ule float %87, %89
  %91 = load float, ptr getelementptr inbounds ([1024 x float], ptr @keys, i64 0, i64 1023), align 4, !tbaa !6
  %92 = fcmp ule float %89, %91
  %93 = select i1 %92, i1 %90, i1 false
  %94 = select i1 %93, i1 %88, i1 false
  %95 = select i1 %94, i1 %86, i1 false
  %96 = select i1 %95, i1 %84, i1 false
  %97 = select i1 %96, i1 %82, i1 false
  %98 = select i1 %97, i1 %80, i1 false
  %99 = select i1 %98, i1 %78, i1 false
  %100 = zext i1 %99 to i32
  %101 = fpext float %10 to double
  %102 = load float, ptr getelementptr inbounds ([1024 x float], ptr @keys, i64 0, i64 1023), align 4, !tbaa !6
  %103 = fpext float %102 to double
  %104 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 1024, double noundef %101, double noundef %103, i32 noundef %100)
  %105 = xor i1 %99, true
  %106 = zext i1 %105 to i32
  ret i32 %106
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
!4 = distinct !{!4, !5}
!5 = !{!"llvm.loop.mustprogress"}
!6 = !{!7, !7, i64 0}
!7 = !{!"float", !8, i64 0}
!8 = !{!"omnipotent char", !9, i64 0}
!9 = !{!"Simple C/C++ TBAA"}
!10 = distinct !{!10, !5, !11, !12}
!11 = !{!"llvm.loop.isvectorized", i32 1}
!12 = !{!"llvm.loop.unroll.runtime.disable"}
!13 = distinct !{!13, !5}
!14 = distinct !{!14, !5}
!15 = distinct !{!15, !5}
