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

1:                                                ; preds = %0, %110
  %2 = phi i64 [ 0, %0 ], [ %121, %110 ]
  br label %123

3:                                                ; preds = %110, %73
  %4 = phi i32 [ %74, %73 ], [ 1, %110 ]
  br label %5

5:                                                ; preds = %9, %3
  %6 = phi i64 [ 0, %3 ], [ %14, %9 ]
  %7 = getelementptr inbounds [50 x double], ptr @b, i64 0, i64 %6
  %8 = load double, ptr %7, align 8, !tbaa !4
  br label %17

9:                                                ; preds = %39
  %10 = getelementptr inbounds [50 x [50 x double]], ptr @A, i64 0, i64 %6, i64 %6
  %11 = load double, ptr %10, align 8, !tbaa !4
  %12 = fdiv double %40, %11
  %13 = getelementptr inbounds [50 x double], ptr @xnew, i64 0, i64 %6
  store double %12, ptr %13, align 8, !tbaa !4
  %14 = add nuw nsw i64 %6, 1
  %15 = icmp eq i64 %14, 50
  br i1 %15, label %16, label %5, !llvm.loop !8

16:                                               ; preds = %9
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(400) @x, ptr noundef nonnull align 16 dereferenceable(400) @xnew, i64 400, i1 false), !tbaa !4
  br label %43

17:                                               ; preds = %39, %5
  %18 = phi i64 [ 0, %5 ], [ %41, %39 ]
  %19 = phi double [ %8, %5 ], [ %40, %39 ]
  %20 = icmp eq i64 %18, %6
  br i1 %20, label %28, label %21

21:                                               ; preds = %17
  %22 = getelementptr inbounds [50 x [50 x double]], ptr @A, i64 0, i64 %6, i64 %18
  %23 = load double, ptr %22, align 16, !tbaa !4
  %24 = getelementptr inbounds [50 x double], ptr @x, i64 0, i64 %18
  %25 = load double, ptr %24, align 16, !tbaa !4
  %26 = fneg double %23
  %27 = tail call double @llvm.fmuladd.f64(double %26, double %25, double %19)
  br label %28

28:                                               ; preds = %21, %17
  %29 = phi double [ %27, %21 ], [ %19, %17 ]
  %30 = or i64 %18, 1
  %31 = icmp eq i64 %30, %6
  br i1 %31, label %39, label %32

32:                                               ; preds = %28
  %33 = getelementptr inbounds [50 x [50 x double]], ptr @A, i64 0, i64 %6, i64 %30
  %34 = load double, ptr %33, align 8, !tbaa !4
  %35 = getelementptr inbounds [50 x double], ptr @x, i64 0, i64 %30
  %36 = load double, ptr %35, align 8, !tbaa !4
  %37 = fneg double %34
  %38 = tail call double @llvm.fmuladd.f64(double %37, double %36, double %29)
  br label %39

39:                                               ; preds = %32, %28
  %40 = phi double [ %38, %32 ], [ %29, %28 ]
  %41 = add nuw nsw i64 %18, 2
  %42 = icmp eq i64 %41, 50
  br i1 %42, label %9, label %17, !llvm.loop !10

43:                                               ; preds = %48, %16
  %44 = phi i64 [ %50, %48 ], [ 0, %16 ]
  %45 = phi double [ %49, %48 ], [ 0.000000e+00, %16 ]
  %46 = getelementptr inbounds [50 x double], ptr @b, i64 0, i64 %44
  %47 = load double, ptr %46, align 8, !tbaa !4
  br label %52

48:                                               ; preds = %52
  %49 = tail call double @llvm.fmuladd.f64(double %67, double %67, double %45)
  %50 = add nuw nsw i64 %44, 1
  %51 = icmp eq i64 %50, 50
  br i1 %51, label %70, label %43, !llvm.loop !11

52:                                               ; preds = %52, %43
  %53 = phi i64 [ 0, %43 ], [ %68, %52 ]
  %54 = phi double [ %47, %43 ], [ %67, %52 ]
  %55 = getelementptr inbounds [50 x [50 x double]], ptr @A, i64 0, i64 %44, i64 %53
  %56 = load double, ptr %55, align 16, !tbaa !4
  %57 = getelementptr inbounds [50 x double], ptr @x, i64 0, i64 %53
  %58 = load double, ptr %57, align 16, !tbaa !4
  %59 = fneg double %56
  %60 = tail call double @llvm.fmuladd.f64(double %59, double %58, double %54)
  %61 = or i64 %53, 1
  %62 = getelementptr inbounds [50 x [50 x double]], ptr @A, i64 0, i64 %44, i64 %61
  %63 = load double, ptr %62, align 8, !tbaa !4
  %64 = getelementptr inbounds [50 x double], ptr @x, i64 0, i64 %61
  %65 = load double, ptr %64, align 8, !tbaa !4
  %66 = fneg double %63
  %67 = tail call double @llvm.fmuladd.f64(double %66, double %65, double %60)
  %68 = add nuw nsw i64 %53, 2
  %69 = icmp eq i64 %68, 50
  br i1 %69, label %48, label %52, !llvm.loop !12

70:                                               ; preds = %48
  %71 = tail call double @sqrt(double noundef %49) #5
  %72 = fcmp olt double %71, 1.000000e-10
  br i1 %72, label %76, label %73

73:                                               ; preds = %70
  %74 = add nuw nsw i32 %4, 1
  %75 = icmp eq i32 %74, 1001
  br i1 %75, label %76, label %3, !llvm.loop !13

76:                                               ; preds = %70, %73
  %77 = phi i32 [ %4, %70 ], [ -1, %73 ]
  br label %78

78:                                               ; preds = %83, %76
  %79 = phi i64 [ 0, %76 ], [ %85, %83 ]
  %80 = phi double [ 0.000000e+00, %76 ], [ %84, %83 ]
  %81 = getelementptr inbounds [50 x double], ptr @b, i64 0, i64 %79
  %82 = load double, ptr %81, align 8, !tbaa !4
  br label %87

83:                                               ; preds = %87
  %84 = tail call double @llvm.fmuladd.f64(double %102, double %102, double %80)
  %85 = add nuw nsw i64 %79, 1
  %86 = icmp eq i64 %85, 50
  br i1 %86, label %105, label %78, !llvm.loop !11

87:                                               ; preds = %87, %78
  %88 = phi i64 [ 0, %78 ], [ %103, %87 ]
  %89 = phi double [ %82, %78 ], [ %102, %87 ]
  %90 = getelementptr inbounds [50 x [50 x double]], ptr @A, i64 0, i64 %79, i64 %88
  %91 = load double, ptr %90, align 16, !tbaa !4
  %92 = getelementptr inbounds [50 x double], ptr @x, i64 0, i64 %88
  %93 = load double, ptr %92, align 16, !tbaa !4
  %94 = fneg double %91
  %95 = tail call double @llvm.fmuladd.f64(double %94, double %93, double %89)
  %96 = or i64 %88, 1
  %97 = getelementptr inbounds [50 x [50 x double]], ptr @A, i64 0, i64 %79, i64 %96
  %98 = load double, ptr %97, align 8, !tbaa !4
  %99 = getelementptr inbounds [50 x double], ptr @x, i64 0, i64 %96
  %100 = load double, ptr %99, align 8, !tbaa !4
  %101 = fneg double %98
  %102 = tail call double @llvm.fmuladd.f64(double %101, double %100, double %95)
  %103 = add nuw nsw i64 %88, 2
  %104 = icmp eq i64 %103, 50
  br i1 %104, label %83, label %87, !llvm.loop !12

105:                                              ; preds = %83
  %106 = tail call double @sqrt(double noundef %84) #5
  %107 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 50, i32 noundef %77, double noundef %106)
  %108 = icmp slt i32 %77, 1
  %109 = zext i1 %108 to i32
  ret i32 %109

110:                                              ; preds = %138
  %111 = fadd double %139, 1.000000e+00
  %112 = trunc i64 %2 to i32
  %113 = urem i32 %112, 3
  %114 = sitofp i32 %113 to double
  %115 = fadd double %111, %114
  %116 = getelementptr inbounds [50 x [50 x double]], ptr @A, i64 0, i64 %2, i64 %2
  store double %115, ptr %116, align 8, !tbaa !4
  %117 = sitofp i32 %112 to double
  %118 = tail call double @cos(double noundef %117) #5
  %119 = getelementptr inbounds [50 x double], ptr @b, i64 0, i64 %2
  store double %118, ptr %119, align 8, !tbaa !4
  %120 = getelementptr inbounds [50 x double], ptr @x, i64 0, i64 %2
  store double 0.000000e+00, ptr %120, align 8, !tbaa !4
  %121 = add nuw nsw i64 %2, 1
  %122 = icmp eq i64 %121, 50
  br i1 %122, label %3, label %1, !llvm.loop !14

123:                                              ; preds = %1, %138
  %124 = phi i64 [ 0, %1 ], [ %140, %138 ]
  %125 = phi double [ 0.000000e+00, %1 ], [ %139, %138 ]
  %126 = icmp eq i64 %124, %2
  br i1 %126, label %138, label %127

127:                                              ; preds = %123
  %128 = shl nuw nsw i64 %124, 1
  %129 = add nuw nsw i64 %128, %2
  %130 = trunc i64 %129 to i32
  %131 = urem i32 %130, 7
  %132 = add nsw i32 %131, -3
  %133 = sitofp i32 %132 to double
  %134 = fmul double %133, 1.000000e-01
  %135 = getelementptr inbounds [50 x [50 x double]], ptr @A, i64 0, i64 %2, i64 %124
  store double %134, ptr %135, align 8, !tbaa !4
  %136 = tail call double @llvm.fabs.f64(double %134)
  %137 = fadd double %125, %136
  br label %138

138:                                              ; preds = %123, %127
  %139 = phi double [ %137, %127 ], [ %125, %123 ]
  %140 = add nuw nsw i64 %124, 1
  %141 = icmp eq i64 %140, 50
  br i1 %141, label %110, label %123, !llvm.loop !15
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
!8 = distinct !{!8, !9}
!9 = !{!"llvm.loop.mustprogress"}
!10 = distinct !{!10, !9}
!11 = distinct !{!11, !9}
!12 = distinct !{!12, !9}
!13 = distinct !{!13, !9}
!14 = distinct !{!14, !9}
!15 = distinct !{!15, !9}
