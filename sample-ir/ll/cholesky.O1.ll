; ModuleID = 'c/cholesky.c'
source_filename = "c/cholesky.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@A = internal unnamed_addr global [32 x [32 x double]] zeroinitializer, align 16
@L = internal unnamed_addr global [32 x [32 x double]] zeroinitializer, align 16
@.str = private unnamed_addr constant [52 x i8] c"cholesky n=%d L[0][0]=%.6f reconstruction error=%g\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  %1 = alloca [32 x [32 x double]], align 16
  call void @llvm.lifetime.start.p0(i64 8192, ptr nonnull %1) #5
  br label %2

2:                                                ; preds = %0, %6
  %3 = phi i64 [ 0, %0 ], [ %7, %6 ]
  %4 = trunc i64 %3 to i32
  %5 = sitofp i32 %4 to double
  br label %9

6:                                                ; preds = %9
  %7 = add nuw nsw i64 %3, 1
  %8 = icmp eq i64 %7, 32
  br i1 %8, label %18, label %2, !llvm.loop !4

9:                                                ; preds = %2, %9
  %10 = phi i64 [ 0, %2 ], [ %16, %9 ]
  %11 = trunc i64 %10 to i32
  %12 = sitofp i32 %11 to double
  %13 = tail call double @llvm.fmuladd.f64(double %12, double 2.000000e+00, double %5)
  %14 = tail call double @sin(double noundef %13) #5
  %15 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %3, i64 %10
  store double %14, ptr %15, align 8, !tbaa !7
  %16 = add nuw nsw i64 %10, 1
  %17 = icmp eq i64 %16, 32
  br i1 %17, label %6, label %9, !llvm.loop !11

18:                                               ; preds = %6, %90
  %19 = phi i64 [ %91, %90 ], [ 0, %6 ]
  br label %93

20:                                               ; preds = %90, %84
  %21 = phi i64 [ %85, %84 ], [ 0, %90 ]
  %22 = phi i1 [ %86, %84 ], [ false, %90 ]
  %23 = shl nuw nsw i64 %21, 5
  %24 = getelementptr inbounds double, ptr @A, i64 %23
  %25 = getelementptr inbounds double, ptr %24, i64 %21
  %26 = load double, ptr %25, align 8, !tbaa !7
  %27 = icmp eq i64 %21, 0
  br i1 %27, label %30, label %28

28:                                               ; preds = %20
  %29 = getelementptr inbounds double, ptr @L, i64 %23
  br label %33

30:                                               ; preds = %33, %20
  %31 = phi double [ %26, %20 ], [ %39, %33 ]
  %32 = fcmp ugt double %31, 0.000000e+00
  br i1 %32, label %42, label %88

33:                                               ; preds = %33, %28
  %34 = phi i64 [ 0, %28 ], [ %40, %33 ]
  %35 = phi double [ %26, %28 ], [ %39, %33 ]
  %36 = getelementptr inbounds double, ptr %29, i64 %34
  %37 = load double, ptr %36, align 8, !tbaa !7
  %38 = fneg double %37
  %39 = tail call double @llvm.fmuladd.f64(double %38, double %37, double %35)
  %40 = add nuw nsw i64 %34, 1
  %41 = icmp eq i64 %40, %21
  br i1 %41, label %30, label %33, !llvm.loop !12

42:                                               ; preds = %30
  %43 = tail call double @sqrt(double noundef %31) #5
  %44 = getelementptr inbounds double, ptr @L, i64 %23
  %45 = getelementptr inbounds double, ptr %44, i64 %21
  store double %43, ptr %45, align 8, !tbaa !7
  %46 = icmp ult i64 %21, 31
  br i1 %46, label %47, label %50

47:                                               ; preds = %42
  %48 = getelementptr inbounds double, ptr @A, i64 %21
  %49 = getelementptr inbounds double, ptr @L, i64 %21
  br label %53

50:                                               ; preds = %61, %42
  br i1 %27, label %84, label %51

51:                                               ; preds = %50
  %52 = getelementptr inbounds double, ptr @L, i64 %21
  br label %78

53:                                               ; preds = %47, %61
  %54 = phi i64 [ %55, %61 ], [ %21, %47 ]
  %55 = add nuw nsw i64 %54, 1
  %56 = shl nuw nsw i64 %55, 5
  %57 = getelementptr inbounds double, ptr %48, i64 %56
  %58 = load double, ptr %57, align 8, !tbaa !7
  br i1 %27, label %61, label %59

59:                                               ; preds = %53
  %60 = getelementptr inbounds double, ptr @L, i64 %56
  br label %67

61:                                               ; preds = %67, %53
  %62 = phi double [ %58, %53 ], [ %75, %67 ]
  %63 = load double, ptr %45, align 8, !tbaa !7
  %64 = fdiv double %62, %63
  %65 = getelementptr inbounds double, ptr %49, i64 %56
  store double %64, ptr %65, align 8, !tbaa !7
  %66 = icmp eq i64 %55, 31
  br i1 %66, label %50, label %53, !llvm.loop !13

67:                                               ; preds = %67, %59
  %68 = phi i64 [ 0, %59 ], [ %76, %67 ]
  %69 = phi double [ %58, %59 ], [ %75, %67 ]
  %70 = getelementptr inbounds double, ptr %60, i64 %68
  %71 = load double, ptr %70, align 8, !tbaa !7
  %72 = getelementptr inbounds double, ptr %44, i64 %68
  %73 = load double, ptr %72, align 8, !tbaa !7
  %74 = fneg double %71
  %75 = tail call double @llvm.fmuladd.f64(double %74, double %73, double %69)
  %76 = add nuw nsw i64 %68, 1
  %77 = icmp eq i64 %76, %21
  br i1 %77, label %61, label %67, !llvm.loop !14

78:                                               ; preds = %51, %78
  %79 = phi i64 [ %82, %78 ], [ 0, %51 ]
  %80 = shl nuw nsw i64 %79, 5
  %81 = getelementptr inbounds double, ptr %52, i64 %80
  store double 0.000000e+00, ptr %81, align 8, !tbaa !7
  %82 = add nuw nsw i64 %79, 1
  %83 = icmp eq i64 %82, %21
  br i1 %83, label %84, label %78, !llvm.loop !15

84:                                               ; preds = %78, %50
  %85 = add nuw nsw i64 %21, 1
  %86 = icmp ugt i64 %21, 30
  %87 = icmp eq i64 %85, 32
  br i1 %87, label %88, label %20, !llvm.loop !16

88:                                               ; preds = %30, %84
  %89 = phi i1 [ %22, %30 ], [ %86, %84 ]
  br i1 %89, label %111, label %143

90:                                               ; preds = %97
  %91 = add nuw nsw i64 %19, 1
  %92 = icmp eq i64 %91, 32
  br i1 %92, label %20, label %18, !llvm.loop !17

93:                                               ; preds = %18, %97
  %94 = phi i64 [ 0, %18 ], [ %99, %97 ]
  %95 = icmp eq i64 %19, %94
  %96 = select i1 %95, double 3.200000e+01, double 0.000000e+00
  br label %101

97:                                               ; preds = %101
  %98 = getelementptr inbounds [32 x [32 x double]], ptr @A, i64 0, i64 %19, i64 %94
  store double %108, ptr %98, align 8, !tbaa !7
  %99 = add nuw nsw i64 %94, 1
  %100 = icmp eq i64 %99, 32
  br i1 %100, label %90, label %93, !llvm.loop !18

101:                                              ; preds = %93, %101
  %102 = phi i64 [ 0, %93 ], [ %109, %101 ]
  %103 = phi double [ %96, %93 ], [ %108, %101 ]
  %104 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %19, i64 %102
  %105 = load double, ptr %104, align 8, !tbaa !7
  %106 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %94, i64 %102
  %107 = load double, ptr %106, align 8, !tbaa !7
  %108 = tail call double @llvm.fmuladd.f64(double %105, double %107, double %103)
  %109 = add nuw nsw i64 %102, 1
  %110 = icmp eq i64 %109, 32
  br i1 %110, label %97, label %101, !llvm.loop !19

111:                                              ; preds = %88, %122
  %112 = phi i64 [ %123, %122 ], [ 0, %88 ]
  %113 = phi double [ %130, %122 ], [ 0.000000e+00, %88 ]
  br label %119

114:                                              ; preds = %122
  %115 = load double, ptr @L, align 16, !tbaa !7
  %116 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 32, double noundef %115, double noundef %130)
  %117 = fcmp uge double %130, 1.000000e-09
  %118 = zext i1 %117 to i32
  br label %143

119:                                              ; preds = %111, %125
  %120 = phi i64 [ 0, %111 ], [ %131, %125 ]
  %121 = phi double [ %113, %111 ], [ %130, %125 ]
  br label %133

122:                                              ; preds = %125
  %123 = add nuw nsw i64 %112, 1
  %124 = icmp eq i64 %123, 32
  br i1 %124, label %114, label %111, !llvm.loop !20

125:                                              ; preds = %133
  %126 = getelementptr inbounds [32 x [32 x double]], ptr @A, i64 0, i64 %112, i64 %120
  %127 = load double, ptr %126, align 8, !tbaa !7
  %128 = fsub double %140, %127
  %129 = tail call double @llvm.fabs.f64(double %128)
  %130 = tail call double @llvm.maxnum.f64(double %121, double %129)
  %131 = add nuw nsw i64 %120, 1
  %132 = icmp eq i64 %131, 32
  br i1 %132, label %122, label %119, !llvm.loop !21

133:                                              ; preds = %119, %133
  %134 = phi i64 [ 0, %119 ], [ %141, %133 ]
  %135 = phi double [ 0.000000e+00, %119 ], [ %140, %133 ]
  %136 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %112, i64 %134
  %137 = load double, ptr %136, align 8, !tbaa !7
  %138 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %120, i64 %134
  %139 = load double, ptr %138, align 8, !tbaa !7
  %140 = tail call double @llvm.fmuladd.f64(double %137, double %139, double %135)
  %141 = add nuw nsw i64 %134, 1
  %142 = icmp eq i64 %141, 32
  br i1 %142, label %125, label %133, !llvm.loop !22

143:                                              ; preds = %88, %114
  %144 = phi i32 [ %118, %114 ], [ 1, %88 ]
  call void @llvm.lifetime.end.p0(i64 8192, ptr nonnull %1) #5
  ret i32 %144
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare double @sin(double noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.maxnum.f64(double, double) #3

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #4

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare double @sqrt(double noundef) local_unnamed_addr #2

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
!4 = distinct !{!4, !5, !6}
!5 = !{!"llvm.loop.mustprogress"}
!6 = !{!"llvm.loop.unroll.disable"}
!7 = !{!8, !8, i64 0}
!8 = !{!"double", !9, i64 0}
!9 = !{!"omnipotent char", !10, i64 0}
!10 = !{!"Simple C/C++ TBAA"}
!11 = distinct !{!11, !5, !6}
!12 = distinct !{!12, !5, !6}
!13 = distinct !{!13, !5, !6}
!14 = distinct !{!14, !5, !6}
!15 = distinct !{!15, !5, !6}
!16 = distinct !{!16, !5, !6}
!17 = distinct !{!17, !5, !6}
!18 = distinct !{!18, !5, !6}
!19 = distinct !{!19, !5, !6}
!20 = distinct !{!20, !5, !6}
!21 = distinct !{!21, !5, !6}
!22 = distinct !{!22, !5, !6}
