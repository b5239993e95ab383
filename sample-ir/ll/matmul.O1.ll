; ModuleID = 'c/matmul.c'
source_filename = "c/matmul.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@A = internal unnamed_addr global [64 x [64 x double]] zeroinitializer, align 16
@B = internal unnamed_addr global [64 x [64 x double]] zeroinitializer, align 16
@C = internal unnamed_addr global [64 x [64 x double]] zeroinitializer, align 16
@R = internal unnamed_addr global [64 x [64 x double]] zeroinitializer, align 16
@.str = private unnamed_addr constant [36 x i8] c"matmul %dx%d trace=%.1f maxdiff=%g\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  br label %1

1:                                                ; preds = %0, %58
  %2 = phi i64 [ 0, %0 ], [ %59, %58 ]
  %3 = mul nuw nsw i64 %2, 7
  %4 = mul nuw nsw i64 %2, 5
  br label %61

5:                                                ; preds = %58
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(32768) @C, i8 0, i64 32768, i1 false), !tbaa !4
  br label %6

6:                                                ; preds = %11, %5
  %7 = phi i64 [ 0, %5 ], [ %12, %11 ]
  %8 = shl nuw nsw i64 %7, 6
  %9 = getelementptr inbounds double, ptr @A, i64 %8
  %10 = getelementptr inbounds double, ptr @C, i64 %8
  br label %14

11:                                               ; preds = %20
  %12 = add nuw nsw i64 %7, 1
  %13 = icmp eq i64 %12, 64
  br i1 %13, label %32, label %6, !llvm.loop !8

14:                                               ; preds = %20, %6
  %15 = phi i64 [ 0, %6 ], [ %21, %20 ]
  %16 = getelementptr inbounds double, ptr %9, i64 %15
  %17 = load double, ptr %16, align 8, !tbaa !4
  %18 = shl nuw nsw i64 %15, 6
  %19 = getelementptr inbounds double, ptr @B, i64 %18
  br label %23

20:                                               ; preds = %23
  %21 = add nuw nsw i64 %15, 1
  %22 = icmp eq i64 %21, 64
  br i1 %22, label %11, label %14, !llvm.loop !11

23:                                               ; preds = %23, %14
  %24 = phi i64 [ 0, %14 ], [ %30, %23 ]
  %25 = getelementptr inbounds double, ptr %19, i64 %24
  %26 = load double, ptr %25, align 8, !tbaa !4
  %27 = getelementptr inbounds double, ptr %10, i64 %24
  %28 = load double, ptr %27, align 8, !tbaa !4
  %29 = tail call double @llvm.fmuladd.f64(double %17, double %26, double %28)
  store double %29, ptr %27, align 8, !tbaa !4
  %30 = add nuw nsw i64 %24, 1
  %31 = icmp eq i64 %30, 64
  br i1 %31, label %20, label %23, !llvm.loop !12

32:                                               ; preds = %11, %40
  %33 = phi i64 [ %41, %40 ], [ 0, %11 ]
  %34 = shl nuw nsw i64 %33, 6
  %35 = getelementptr inbounds double, ptr @A, i64 %34
  %36 = getelementptr inbounds double, ptr @R, i64 %34
  br label %37

37:                                               ; preds = %43, %32
  %38 = phi i64 [ 0, %32 ], [ %45, %43 ]
  %39 = getelementptr inbounds double, ptr @B, i64 %38
  br label %47

40:                                               ; preds = %43
  %41 = add nuw nsw i64 %33, 1
  %42 = icmp eq i64 %41, 64
  br i1 %42, label %83, label %32, !llvm.loop !13

43:                                               ; preds = %47
  %44 = getelementptr inbounds double, ptr %36, i64 %38
  store double %55, ptr %44, align 8, !tbaa !4
  %45 = add nuw nsw i64 %38, 1
  %46 = icmp eq i64 %45, 64
  br i1 %46, label %40, label %37, !llvm.loop !14

47:                                               ; preds = %47, %37
  %48 = phi i64 [ 0, %37 ], [ %56, %47 ]
  %49 = phi double [ 0.000000e+00, %37 ], [ %55, %47 ]
  %50 = getelementptr inbounds double, ptr %35, i64 %48
  %51 = load double, ptr %50, align 8, !tbaa !4
  %52 = shl nuw nsw i64 %48, 6
  %53 = getelementptr inbounds double, ptr %39, i64 %52
  %54 = load double, ptr %53, align 8, !tbaa !4
  %55 = tail call double @llvm.fmuladd.f64(double %51, double %54, double %49)
  %56 = add nuw nsw i64 %48, 1
  %57 = icmp eq i64 %56, 64
  br i1 %57, label %43, label %47, !llvm.loop !15

58:                                               ; preds = %61
  %59 = add nuw nsw i64 %2, 1
  %60 = icmp eq i64 %59, 64
  br i1 %60, label %5, label %1, !llvm.loop !16

61:                                               ; preds = %1, %61
  %62 = phi i64 [ 0, %1 ], [ %77, %61 ]
  %63 = mul nuw nsw i64 %62, 3
  %64 = add nuw nsw i64 %63, %3
  %65 = trunc i64 %64 to i32
  %66 = urem i32 %65, 11
  %67 = add nsw i32 %66, -5
  %68 = sitofp i32 %67 to double
  %69 = getelementptr inbounds [64 x [64 x double]], ptr @A, i64 0, i64 %2, i64 %62
  store double %68, ptr %69, align 8, !tbaa !4
  %70 = shl nuw nsw i64 %62, 1
  %71 = add nuw nsw i64 %70, %4
  %72 = trunc i64 %71 to i32
  %73 = urem i32 %72, 13
  %74 = sitofp i32 %73 to double
  %75 = fmul double %74, 5.000000e-01
  %76 = getelementptr inbounds [64 x [64 x double]], ptr @B, i64 0, i64 %2, i64 %62
  store double %75, ptr %76, align 8, !tbaa !4
  %77 = add nuw nsw i64 %62, 1
  %78 = icmp eq i64 %77, 64
  br i1 %78, label %58, label %61, !llvm.loop !17

79:                                               ; preds = %89
  %80 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 64, i32 noundef 64, double noundef %90, double noundef %102)
  %81 = fcmp uge double %102, 1.000000e-09
  %82 = zext i1 %81 to i32
  ret i32 %82

83:                                               ; preds = %40, %89
  %84 = phi i64 [ %91, %89 ], [ 0, %40 ]
  %85 = phi double [ %102, %89 ], [ 0.000000e+00, %40 ]
  %86 = phi double [ %90, %89 ], [ 0.000000e+00, %40 ]
  %87 = getelementptr inbounds [64 x [64 x double]], ptr @C, i64 0, i64 %84, i64 %84
  %88 = load double, ptr %87, align 8, !tbaa !4
  br label %93

89:                                               ; preds = %93
  %90 = fadd double %86, %88
  %91 = add nuw nsw i64 %84, 1
  %92 = icmp eq i64 %91, 64
  br i1 %92, label %79, label %83, !llvm.loop !18

93:                                               ; preds = %83, %93
  %94 = phi i64 [ 0, %83 ], [ %103, %93 ]
  %95 = phi double [ %85, %83 ], [ %102, %93 ]
  %96 = getelementptr inbounds [64 x [64 x double]], ptr @C, i64 0, i64 %84, i64 %94
  %97 = load double, ptr %96, align 8, !tbaa !4
  %98 = getelementptr inbounds [64 x [64 x double]], ptr @R, i64 0, i64 %84, i64 %94
  %99 = load double, ptr %98, align 8, !tbaa !4
  %100 = fsub double %97, %99
  %101 = tail call double @llvm.fabs.f64(double %100)
  %102 = tail call double @llvm.maxnum.f64(double %95, double %101)
  %103 = add nuw nsw i64 %94, 1
  %104 = icmp eq i64 %103, 64
  br i1 %104, label %89, label %93, !llvm.loop !19
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.maxnum.f64(double, double) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }

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
!17 = distinct !{!17, !9, !10}
!18 = distinct !{!18, !9, !10}
!19 = distinct !{!19, !9, !10}
