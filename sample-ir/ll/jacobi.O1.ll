; ModuleID = 'c/jacobi.c'
source_filename = "c/jacobi.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@A = internal unnamed_addr global [50 x [50 x double]] zeroinitializer, align 16
@b = internal unnamed_addr global [50 x double] zeroinitializer, align 16
@x = internal unnamed_addr global [50 x double] zeroinitializer, align 16
@.str = private unnamed_addr constant [39 x i8] c"jacobi n=%d iterations=%d residual=%g\0A\00", align 1
@xnew = internal unnamed_addr global [50 x double] zeroinitializer, align 16

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  br label %1

1:                                                ; preds = %0, %85
  %2 = phi i64 [ 0, %0 ], [ %97, %85 ]
  br label %99

3:                                                ; preds = %85, %55
  %4 = phi i32 [ %56, %55 ], [ 1, %85 ]
  br label %5

5:                                                ; preds = %9, %3
  %6 = phi i64 [ 0, %3 ], [ %14, %9 ]
  %7 = getelementptr inbounds [50 x double], ptr @b, i64 0, i64 %6
  %8 = load double, ptr %7, align 8, !tbaa !4
  br label %17

9:                                                ; preds = %28
  %10 = getelementptr inbounds [50 x [50 x double]], ptr @A, i64 0, i64 %6, i64 %6
  %11 = load double, ptr %10, align 8, !tbaa !4
  %12 = fdiv double %29, %11
  %13 = getelementptr inbounds [50 x double], ptr @xnew, i64 0, i64 %6
  store double %12, ptr %13, align 8, !tbaa !4
  %14 = add nuw nsw i64 %6, 1
  %15 = icmp eq i64 %14, 50
  br i1 %15, label %16, label %5, !llvm.loop !8

16:                                               ; preds = %9
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(400) @x, ptr noundef nonnull align 16 dereferenceable(400) @xnew, i64 400, i1 false), !tbaa !4
  br label %32

17:                                               ; preds = %28, %5
  %18 = phi i64 [ 0, %5 ], [ %30, %28 ]
  %19 = phi double [ %8, %5 ], [ %29, %28 ]
  %20 = icmp eq i64 %18, %6
  br i1 %20, label %28, label %21

21:                                               ; preds = %17
  %22 = getelementptr inbounds [50 x [50 x double]], ptr @A, i64 0, i64 %6, i64 %18
  %23 = load double, ptr %22, align 8, !tbaa !4
  %24 = getelementptr inbounds [50 x double], ptr @x, i64 0, i64 %18
  %25 = load double, ptr %24, align 8, !tbaa !4
  %26 = fneg double %23
  %27 = tail call double @llvm.fmuladd.f64(double %26, double %25, double %19)
  br label %28

28:                                               ; preds = %21, %17
  %29 = phi double [ %27, %21 ], [ %19, %17 ]
  %30 = add nuw nsw i64 %18, 1
  %31 = icmp eq i64 %30, 50
  br i1 %31, label %9, label %17, !llvm.loop !11

32:                                               ; preds = %37, %16
  %33 = phi i64 [ %39, %37 ], [ 0, %16 ]
  %34 = phi double [ %38, %37 ], [ 0.000000e+00, %16 ]
  %35 = getelementptr inbounds [50 x double], ptr @b, i64 0, i64 %33
  %36 = load double, ptr %35, align 8, !tbaa !4
  br label %41

37:                                               ; preds = %41
  %38 = tail call double @llvm.fmuladd.f64(double %49, double %49, double %34)
  %39 = add nuw nsw i64 %33, 1
  %40 = icmp eq i64 %39, 50
  br i1 %40, label %52, label %32, !llvm.loop !12

41:                                               ; preds = %41, %32
  %42 = phi i64 [ 0, %32 ], [ %50, %41 ]
  %43 = phi double [ %36, %32 ], [ %49, %41 ]
  %44 = getelementptr inbounds [50 x [50 x double]], ptr @A, i64 0, i64 %33, i64 %42
  %45 = load double, ptr %44, align 8, !tbaa !4
  %46 = getelementptr inbounds [50 x double], ptr @x, i64 0, i64 %42
  %47 = load double, ptr %46, align 8, !tbaa !4
  %48 = fneg double %45
  %49 = tail call double @llvm.fmuladd.f64(double %48, double %47, double %43)
  %50 = add nuw nsw i64 %42, 1
  %51 = icmp eq i64 %50, 50
  br i1 %51, label %37, label %41, !llvm.loop !13

52:                                               ; preds = %37
  %53 = tail call double @sqrt(double noundef %38) #5
  %54 = fcmp olt double %53, 1.000000e-10
  br i1 %54, label %58, label %55

55:                                               ; preds = %52
  %56 = add nuw nsw i32 %4, 1
  %57 = icmp eq i32 %56, 1001
  br i1 %57, label %58, label %3, !llvm.loop !14

58:                                               ; preds = %52, %55
  %59 = phi i32 [ %4, %52 ], [ -1, %55 ]
  br label %60

60:                                               ; preds = %65, %58
  %61 = phi i64 [ 0, %58 ], [ %67, %65 ]
  %62 = phi double [ 0.000000e+00, %58 ], [ %66, %65 ]
  %63 = getelementptr inbounds [50 x double], ptr @b, i64 0, i64 %61
  %64 = load double, ptr %63, align 8, !tbaa !4
  br label %69

65:                                               ; preds = %69
  %66 = tail call double @llvm.fmuladd.f64(double %77, double %77, double %62)
  %67 = add nuw nsw i64 %61, 1
  %68 = icmp eq i64 %67, 50
  br i1 %68, label %80, label %60, !llvm.loop !12

69:                                               ; preds = %69, %60
  %70 = phi i64 [ 0, %60 ], [ %78, %69 ]
  %71 = phi double [ %64, %60 ], [ %77, %69 ]
  %72 = getelementptr inbounds [50 x [50 x double]], ptr @A, i64 0, i64 %61, i64 %70
  %73 = load double, ptr %72, align 8, !tbaa !4
  %74 = getelementptr inbounds [50 x double], ptr @x, i64 0, i64 %70
  %75 = load double, ptr %74, align 8, !tbaa !4
  %76 = fneg double %73
  %77 = tail call double @llvm.fmuladd.f64(double %76, double %75, double %71)
  %78 = add nuw nsw i64 %70, 1
  %79 = icmp eq i64 %78, 50
  br i1 %79, label %65, label %69, !llvm.loop !13

80:                                               ; preds = %65
  %81 = tail call double @sqrt(double noundef %66) #5
  %82 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 50, i32 noundef %59, double noundef %81)
  %83 = icmp slt i32 %59, 1
  %84 = zext i1 %83 to i32
  ret i32 %84

85:                                               ; preds = %114
  %86 = fadd double %115, 1.000000e+00
  %87 = trunc i64 %2 to i32
  %88 = urem i32 %87, 3
  %89 = sitofp i32 %88 to double
  %90 = fadd double %86, %89
  %91 = getelementptr inbounds [50 x [50 x double]], ptr @A, i64 0, i64 %2, i64 %2
  store double %90, ptr %91, align 8, !tbaa !4
  %92 = trunc i64 %2 to i32
  %93 = sitofp i32 %92 to double
  %94 = tail call double @cos(double noundef %93) #5
  %95 = getelementptr inbounds [50 x double], ptr @b, i64 0, i64 %2
  store double %94, ptr %95, align 8, !tbaa !4
  %96 = getelementptr inbounds [50 x double], ptr @x, i64 0, i64 %2
  store double 0.000000e+00, ptr %96, align 8, !tbaa !4
  %97 = add nuw nsw i64 %2, 1
  %98 = icmp eq i64 %97, 50
  br i1 %98, label %3, label %1, !llvm.loop !15

99:                                               ; preds = %1, %114
  %100 = phi i64 [ 0, %1 ], [ %116, %114 ]
  %101 = phi double [ 0.000000e+00, %1 ], [ %115, %114 ]
  %102 = icmp eq i64 %100, %2
  br i1 %102, label %114, label %103

103:                                              ; preds = %99
  %104 = shl nuw nsw i64 %100, 1
  %105 = add nuw nsw i64 %104, %2
  %106 = trunc i64 %105 to i32
  %107 = urem i32 %106, 7
  %108 = add nsw i32 %107, -3
  %109 = sitofp i32 %108 to double
  %110 = fmul double %109, 1.000000e-01
  %111 = getelementptr inbounds [50 x [50 x double]], ptr @A, i64 0, i64 %2, i64 %100
  store double %110, ptr %111, align 8, !tbaa !4
  %112 = tail call double @llvm.fabs.f64(double %110)
  %113 = fadd double %101, %112
  br label %114

114:                                              ; preds = %99, %103
  %115 = phi double [ %113, %103 ], [ %101, %99 ]
  %116 = add nuw nsw i64 %100, 1
  %117 = icmp eq i64 %116, 50
  br i1 %117, label %85, label %99, !llvm.loop !16
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #1

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare double @cos(double noundef) local_unnamed_addr #2

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare double @sqrt(double noundef) local_unnamed_addr #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #4

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { mustprogress nofree nounwind willreturn memory(write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!5, !5, i64 0}
!5 = !{!"double", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = distinct !{!8, !9, !10}
!9 = !{!"llvm.loop.mustprogress"}
!10 = !{!"llvm.loop.unroll.disable"}
!11 = distinct !{!11, !9, !10}
!12 = distinct !{!12, !9, !10}
!13 = distinct !{!13, !9, !10}
!14 = distinct !{!14, !9, !10}
!15 = distinct !{!15, !9, !10}
!16 = distinct !{!16, !9, !10}
