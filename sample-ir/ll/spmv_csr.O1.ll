; ModuleID = 'c/spmv_csr.c'
source_filename = "c/spmv_csr.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@dense = internal unnamed_addr global [120 x [120 x double]] zeroinitializer, align 16
@row_ptr = internal unnamed_addr global [121 x i32] zeroinitializer, align 16
@col_index = internal unnamed_addr global [600 x i32] zeroinitializer, align 16
@values = internal unnamed_addr global [600 x double] zeroinitializer, align 16
@.str = private unnamed_addr constant [40 x i8] c"spmv_csr n=%d nnz=%d y[10]=%.6f err=%g\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  %1 = alloca [120 x double], align 16
  %2 = alloca [120 x double], align 16
  br label %27

3:                                                ; preds = %51, %7
  %4 = phi i64 [ %8, %7 ], [ 0, %51 ]
  %5 = phi i32 [ %23, %7 ], [ 0, %51 ]
  %6 = getelementptr inbounds [121 x i32], ptr @row_ptr, i64 0, i64 %4
  store i32 %5, ptr %6, align 4, !tbaa !4
  br label %10

7:                                                ; preds = %22
  %8 = add nuw nsw i64 %4, 1
  %9 = icmp eq i64 %8, 120
  br i1 %9, label %26, label %3, !llvm.loop !8

10:                                               ; preds = %22, %3
  %11 = phi i64 [ 0, %3 ], [ %24, %22 ]
  %12 = phi i32 [ %5, %3 ], [ %23, %22 ]
  %13 = getelementptr inbounds [120 x [120 x double]], ptr @dense, i64 0, i64 %4, i64 %11
  %14 = load double, ptr %13, align 8, !tbaa !11
  %15 = fcmp une double %14, 0.000000e+00
  br i1 %15, label %16, label %22

16:                                               ; preds = %10
  %17 = sext i32 %12 to i64
  %18 = getelementptr inbounds [600 x double], ptr @values, i64 0, i64 %17
  store double %14, ptr %18, align 8, !tbaa !11
  %19 = add nsw i32 %12, 1
  %20 = getelementptr inbounds [600 x i32], ptr @col_index, i64 0, i64 %17
  %21 = trunc i64 %11 to i32
  store i32 %21, ptr %20, align 4, !tbaa !4
  br label %22

22:                                               ; preds = %16, %10
  %23 = phi i32 [ %19, %16 ], [ %12, %10 ]
  %24 = add nuw nsw i64 %11, 1
  %25 = icmp eq i64 %24, 120
  br i1 %25, label %7, label %10, !llvm.loop !13

26:                                               ; preds = %7
  store i32 %23, ptr getelementptr inbounds ([121 x i32], ptr @row_ptr, i64 0, i64 120), align 16, !tbaa !4
  call void @llvm.lifetime.start.p0(i64 960, ptr nonnull %1) #5
  call void @llvm.lifetime.start.p0(i64 960, ptr nonnull %2) #5
  br label %81

27:                                               ; preds = %0, %51
  %28 = phi i64 [ 0, %0 ], [ %36, %51 ]
  %29 = getelementptr inbounds [120 x [120 x double]], ptr @dense, i64 0, i64 %28, i64 %28
  store double 4.000000e+00, ptr %29, align 8, !tbaa !11
  %30 = icmp eq i64 %28, 0
  br i1 %30, label %35, label %31

31:                                               ; preds = %27
  %32 = add nuw i64 %28, 4294967295
  %33 = and i64 %32, 4294967295
  %34 = getelementptr inbounds [120 x [120 x double]], ptr @dense, i64 0, i64 %28, i64 %33
  store double -1.000000e+00, ptr %34, align 8, !tbaa !11
  br label %35

35:                                               ; preds = %31, %27
  %36 = add nuw nsw i64 %28, 1
  %37 = icmp ult i64 %28, 119
  br i1 %37, label %38, label %40

38:                                               ; preds = %35
  %39 = getelementptr inbounds [120 x [120 x double]], ptr @dense, i64 0, i64 %28, i64 %36
  store double -1.000000e+00, ptr %39, align 8, !tbaa !11
  br label %40

40:                                               ; preds = %38, %35
  %41 = icmp ugt i64 %28, 4
  br i1 %41, label %42, label %46

42:                                               ; preds = %40
  %43 = add nuw i64 %28, 4294967291
  %44 = and i64 %43, 4294967295
  %45 = getelementptr inbounds [120 x [120 x double]], ptr @dense, i64 0, i64 %28, i64 %44
  store double -5.000000e-01, ptr %45, align 8, !tbaa !11
  br label %46

46:                                               ; preds = %42, %40
  %47 = icmp ult i64 %28, 115
  br i1 %47, label %48, label %51

48:                                               ; preds = %46
  %49 = add nuw nsw i64 %28, 5
  %50 = getelementptr inbounds [120 x [120 x double]], ptr @dense, i64 0, i64 %28, i64 %49
  store double -5.000000e-01, ptr %50, align 8, !tbaa !11
  br label %51

51:                                               ; preds = %46, %48
  %52 = icmp eq i64 %36, 120
  br i1 %52, label %3, label %27, !llvm.loop !14

53:                                               ; preds = %81, %64
  %54 = phi i64 [ %57, %64 ], [ 0, %81 ]
  %55 = getelementptr inbounds i32, ptr @row_ptr, i64 %54
  %56 = load i32, ptr %55, align 4, !tbaa !4
  %57 = add nuw nsw i64 %54, 1
  %58 = getelementptr inbounds i32, ptr @row_ptr, i64 %57
  %59 = load i32, ptr %58, align 4, !tbaa !4
  %60 = icmp slt i32 %56, %59
  br i1 %60, label %61, label %64

61:                                               ; preds = %53
  %62 = sext i32 %56 to i64
  %63 = sext i32 %59 to i64
  br label %68

64:                                               ; preds = %68, %53
  %65 = phi double [ 0.000000e+00, %53 ], [ %78, %68 ]
  %66 = getelementptr inbounds double, ptr %2, i64 %54
  store double %65, ptr %66, align 8, !tbaa !11
  %67 = icmp eq i64 %57, 120
  br i1 %67, label %90, label %53, !llvm.loop !15

68:                                               ; preds = %68, %61
  %69 = phi i64 [ %62, %61 ], [ %79, %68 ]
  %70 = phi double [ 0.000000e+00, %61 ], [ %78, %68 ]
  %71 = getelementptr inbounds double, ptr @values, i64 %69
  %72 = load double, ptr %71, align 8, !tbaa !11
  %73 = getelementptr inbounds i32, ptr @col_index, i64 %69
  %74 = load i32, ptr %73, align 4, !tbaa !4
  %75 = sext i32 %74 to i64
  %76 = getelementptr inbounds double, ptr %1, i64 %75
  %77 = load double, ptr %76, align 8, !tbaa !11
  %78 = tail call double @llvm.fmuladd.f64(double %72, double %77, double %70)
  %79 = add nsw i64 %69, 1
  %80 = icmp eq i64 %79, %63
  br i1 %80, label %64, label %68, !llvm.loop !16

81:                                               ; preds = %26, %81
  %82 = phi i64 [ 0, %26 ], [ %88, %81 ]
  %83 = trunc i64 %82 to i32
  %84 = sitofp i32 %83 to double
  %85 = fmul double %84, 1.000000e-01
  %86 = tail call double @sin(double noundef %85) #5
  %87 = getelementptr inbounds [120 x double], ptr %1, i64 0, i64 %82
  store double %86, ptr %87, align 8, !tbaa !11
  %88 = add nuw nsw i64 %82, 1
  %89 = icmp eq i64 %88, 120
  br i1 %89, label %53, label %81, !llvm.loop !17

90:                                               ; preds = %64, %99
  %91 = phi i64 [ %105, %99 ], [ 0, %64 ]
  %92 = phi double [ %104, %99 ], [ 0.000000e+00, %64 ]
  br label %107

93:                                               ; preds = %99
  %94 = getelementptr inbounds [120 x double], ptr %2, i64 0, i64 10
  %95 = load double, ptr %94, align 16, !tbaa !11
  %96 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 120, i32 noundef %23, double noundef %95, double noundef %104)
  %97 = fcmp uge double %104, 0x3D719799812DEA11
  %98 = zext i1 %97 to i32
  call void @llvm.lifetime.end.p0(i64 960, ptr nonnull %2) #5
  call void @llvm.lifetime.end.p0(i64 960, ptr nonnull %1) #5
  ret i32 %98

99:                                               ; preds = %107
  %100 = getelementptr inbounds [120 x double], ptr %2, i64 0, i64 %91
  %101 = load double, ptr %100, align 8, !tbaa !11
  %102 = fsub double %114, %101
  %103 = tail call double @llvm.fabs.f64(double %102)
  %104 = tail call double @llvm.maxnum.f64(double %92, double %103)
  %105 = add nuw nsw i64 %91, 1
  %106 = icmp eq i64 %105, 120
  br i1 %106, label %93, label %90, !llvm.loop !18

107:                                              ; preds = %90, %107
  %108 = phi i64 [ 0, %90 ], [ %115, %107 ]
  %109 = phi double [ 0.000000e+00, %90 ], [ %114, %107 ]
  %110 = getelementptr inbounds [120 x [120 x double]], ptr @dense, i64 0, i64 %91, i64 %108
  %111 = load double, ptr %110, align 8, !tbaa !11
  %112 = getelementptr inbounds [120 x double], ptr %1, i64 0, i64 %108
  %113 = load double, ptr %112, align 8, !tbaa !11
  %114 = tail call double @llvm.fmuladd.f64(double %111, double %113, double %109)
  %115 = add nuw nsw i64 %108, 1
  %116 = icmp eq i64 %115, 120
  br i1 %116, label %99, label %107, !llvm.loop !19
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare double @sin(double noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.maxnum.f64(double, double) #3

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #4

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nofree nounwind willreturn memory(write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
!8 = distinct !{!8, !9, !10}
!9 = !{!"llvm.loop.mustprogress"}
!10 = !{!"llvm.loop.unroll.disable"}
!11 = !{!12, !12, i64 0}
!12 = !{!"double", !6, i64 0}
!13 = distinct !{!13, !9, !10}
!14 = distinct !{!14, !9, !10}
!15 = distinct !{!15, !9, !10}
!16 = distinct !{!16, !9, !10}
!17 = distinct !{!17, !9, !10}
!18 = distinct !{!18, !9, !10}
!19 = distinct !{!19, !9, !10}
