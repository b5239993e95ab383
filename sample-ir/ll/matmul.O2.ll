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

1:                                                ; preds = %111, %0
  %2 = phi i64 [ 0, %0 ], [ %112, %111 ]
  %3 = mul nuw nsw i64 %2, 5
  %4 = mul nuw nsw i64 %2, 7
  %5 = insertelement <2 x i64> poison, i64 %4, i64 0
  %6 = shufflevector <2 x i64> %5, <2 x i64> poison, <2 x i32> zeroinitializer
  %7 = insertelement <2 x i64> poison, i64 %3, i64 0
  %8 = shufflevector <2 x i64> %7, <2 x i64> poison, <2 x i32> zeroinitializer
  br label %9

9:                                                ; preds = %9, %1
  %10 = phi i64 [ 0, %1 ], [ %26, %9 ]
  %11 = phi <2 x i64> [ <i64 0, i64 1>, %1 ], [ %27, %9 ]
  %12 = mul nuw nsw <2 x i64> %11, <i64 3, i64 3>
  %13 = add nuw nsw <2 x i64> %12, %6
  %14 = trunc <2 x i64> %13 to <2 x i32>
  %15 = urem <2 x i32> %14, <i32 11, i32 11>
  %16 = add nsw <2 x i32> %15, <i32 -5, i32 -5>
  %17 = sitofp <2 x i32> %16 to <2 x double>
  %18 = getelementptr inbounds [64 x [64 x double]], ptr @A, i64 0, i64 %2, i64 %10
  store <2 x double> %17, ptr %18, align 16, !tbaa !4
  %19 = shl nuw nsw <2 x i64> %11, <i64 1, i64 1>
  %20 = add nuw nsw <2 x i64> %19, %8
  %21 = trunc <2 x i64> %20 to <2 x i32>
  %22 = urem <2 x i32> %21, <i32 13, i32 13>
  %23 = sitofp <2 x i32> %22 to <2 x double>
  %24 = fmul <2 x double> %23, <double 5.000000e-01, double 5.000000e-01>
  %25 = getelementptr inbounds [64 x [64 x double]], ptr @B, i64 0, i64 %2, i64 %10
  store <2 x double> %24, ptr %25, align 16, !tbaa !4
  %26 = add nuw i64 %10, 2
  %27 = add <2 x i64> %11, <i64 2, i64 2>
  %28 = icmp eq i64 %26, 64
  br i1 %28, label %111, label %9, !llvm.loop !8

29:                                               ; preds = %111
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(32768) @C, i8 0, i64 32768, i1 false), !tbaa !4
  br label %30

30:                                               ; preds = %35, %29
  %31 = phi i64 [ 0, %29 ], [ %36, %35 ]
  %32 = shl nuw nsw i64 %31, 6
  %33 = getelementptr inbounds double, ptr @A, i64 %32
  %34 = getelementptr inbounds double, ptr @C, i64 %32
  br label %38

35:                                               ; preds = %61
  %36 = add nuw nsw i64 %31, 1
  %37 = icmp eq i64 %36, 64
  br i1 %37, label %64, label %30, !llvm.loop !12

38:                                               ; preds = %61, %30
  %39 = phi i64 [ 0, %30 ], [ %62, %61 ]
  %40 = shl nuw nsw i64 %39, 6
  %41 = getelementptr inbounds double, ptr @B, i64 %40
  %42 = getelementptr inbounds double, ptr %33, i64 %39
  %43 = load double, ptr %42, align 8, !tbaa !4
  %44 = insertelement <2 x double> poison, double %43, i64 0
  %45 = shufflevector <2 x double> %44, <2 x double> poison, <2 x i32> zeroinitializer
  br label %46

46:                                               ; preds = %46, %38
  %47 = phi i64 [ 0, %38 ], [ %59, %46 ]
  %48 = getelementptr inbounds double, ptr %41, i64 %47
  %49 = load <2 x double>, ptr %48, align 16, !tbaa !4
  %50 = getelementptr inbounds double, ptr %34, i64 %47
  %51 = load <2 x double>, ptr %50, align 16, !tbaa !4
  %52 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %45, <2 x double> %49, <2 x double> %51)
  store <2 x double> %52, ptr %50, align 16, !tbaa !4
  %53 = or i64 %47, 2
  %54 = getelementptr inbounds double, ptr %41, i64 %53
  %55 = load <2 x double>, ptr %54, align 16, !tbaa !4
  %56 = getelementptr inbounds double, ptr %34, i64 %53
  %57 = load <2 x double>, ptr %56, align 16, !tbaa !4
  %58 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %45, <2 x double> %55, <2 x double> %57)
  store <2 x double> %58, ptr %56, align 16, !tbaa !4
  %59 = add nuw nsw i64 %47, 4
  %60 = icmp eq i64 %59, 64
  br i1 %60, label %61, label %46, !llvm.loop !13

61:                                               ; preds = %46
  %62 = add nuw nsw i64 %39, 1
  %63 = icmp eq i64 %62, 64
  br i1 %63, label %35, label %38, !llvm.loop !14

64:                                               ; preds = %35, %72
  %65 = phi i64 [ %73, %72 ], [ 0, %35 ]
  %66 = shl nuw nsw i64 %65, 6
  %67 = getelementptr inbounds double, ptr @A, i64 %66
  %68 = getelementptr inbounds double, ptr @R, i64 %66
  br label %69

69:                                               ; preds = %75, %64
  %70 = phi i64 [ 0, %64 ], [ %77, %75 ]
  %71 = getelementptr inbounds double, ptr @B, i64 %70
  br label %79

72:                                               ; preds = %75
  %73 = add nuw nsw i64 %65, 1
  %74 = icmp eq i64 %73, 64
  br i1 %74, label %118, label %64, !llvm.loop !15

75:                                               ; preds = %79
  %76 = getelementptr inbounds double, ptr %68, i64 %70
  store double %108, ptr %76, align 8, !tbaa !4
  %77 = add nuw nsw i64 %70, 1
  %78 = icmp eq i64 %77, 64
  br i1 %78, label %72, label %69, !llvm.loop !16

79:                                               ; preds = %79, %69
  %80 = phi i64 [ 0, %69 ], [ %109, %79 ]
  %81 = phi double [ 0.000000e+00, %69 ], [ %108, %79 ]
  %82 = getelementptr inbounds double, ptr %67, i64 %80
  %83 = load double, ptr %82, align 16, !tbaa !4
  %84 = shl nuw nsw i64 %80, 6
  %85 = getelementptr inbounds double, ptr %71, i64 %84
  %86 = load double, ptr %85, align 8, !tbaa !4
  %87 = tail call double @llvm.fmuladd.f64(double %83, double %86, double %81)
  %88 = or i64 %80, 1
  %89 = getelementptr inbounds double, ptr %67, i64 %88
  %90 = load double, ptr %89, align 8, !tbaa !4
  %91 = shl nuw nsw i64 %88, 6
  %92 = getelementptr inbounds double, ptr %71, i64 %91
  %93 = load double, ptr %92, align 8, !tbaa !4
  %94 = tail call double @llvm.fmuladd.f64(double %90, double %93, double %87)
  %95 = or i64 %80, 2
  %96 = getelementptr inbounds double, ptr %67, i64 %95
  %97 = load double, ptr %96, align 16, !tbaa !4
  %98 = shl nuw nsw i64 %95, 6
  %99 = getelementptr inbounds double, ptr %71, i64 %98
  %100 = load double, ptr %99, align 8, !tbaa !4
  %101 = tail call double @llvm.fmuladd.f64(double %97, double %100, double %94)
  %102 = or i64 %80, 3
  %103 = getelementptr inbounds double, ptr %67, i64 %102
  %104 = load double, ptr %103, align 8, !tbaa !4
  %105 = shl nuw nsw i64 %102, 6
  %106 = getelementptr inbounds double, ptr %71, i64 %105
  %107 = load double, ptr %106, align 8, !tbaa !4
  %108 = tail call double @llvm.fmuladd.f64(double %104, double %107, double %101)
  %109 = add nuw nsw i64 %80, 4
  %110 = icmp eq i64 %109, 64
  br i1 %110, label %75, label %79, !llvm.loop !17

111:                                              ; preds = %9
  %112 = add nuw nsw i64 %2, 1
  %113 = icmp eq i64 %112, 64
  br i1 %113, label %29, label %1, !llvm.loop !18

114:                                              ; preds = %124
  %115 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 64, i32 noundef 64, double noundef %125, double noundef %145)
  %116 = fcmp uge double %145, 1.000000e-09
  %117 = zext i1 %116 to i32
  ret i32 %117

118:                                              ; preds = %72, %124
  %119 = phi i64 [ %126, %124 ], [ 0, %72 ]
  %120 = phi double [ %145, %124 ], [ 0.000000e+00, %72 ]
  %121 = phi double [ %125, %124 ], [ 0.000000e+00, %72 ]
  %122 = getelementptr inbounds [64 x [64 x double]], ptr @C, i64 0, i64 %119, i64 %119
  %123 = load double, ptr %122, align 8, !tbaa !4
  br label %128

124:                                              ; preds = %128
  %125 = fadd double %121, %123
  %126 = add nuw nsw i64 %119, 1
  %127 = icmp eq i64 %126, 64
  br i1 %127, label %114, label %118, !llvm.loop !19

128:                                              ; preds = %128, %118
  %129 = phi i64 [ 0, %118 ], [ %146, %128 ]
  %130 = phi double [ %120, %118 ], [ %145, %128 ]
  %131 = getelementptr inbounds [64 x [64 x double]], ptr @C, i64 0, i64 %119, i64 %129
  %132 = load double, ptr %131, align 16, !tbaa !4
  %133 = getelementptr inbounds [64 x [64 x double]], ptr @R, i64 0, i64 %119, i64 %129
  %134 = load double, ptr %133, align 16, !tbaa !4
  %135 = fsub double %132, %134
  %136 = tail call double @llvm.fabs.f64(double %135)
  %137 = tail call double @llvm.maxnum.f64(double %130, double %136)
  %138 = or i64 %129, 1
  %139 = getelementptr inbounds [64 x [64 x double]], ptr @C, i64 0, i64 %119, i64 %138
  %140 = load double, ptr %139, align 8, !tbaa !4
  %141 = getelementptr inbounds [64 x [64 x double]], ptr @R, i64 0, i64 %119, i64 %138
  %142 = load double, ptr %141, align 8, !tbaa !4
  %143 = fsub double %140, %142
  %144 = tail call double @llvm.fabs.f64(double %143)
  %145 = tail call double @llvm.maxnum.f64(double %137, double %144)
  %146 = add nuw nsw i64 %129, 2
  %147 = icmp eq i64 %146, 64
  br i1 %147, label %124, label %128, !llvm.loop !20
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

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <2 x double> @llvm.fmuladd.v2f64(<2 x double>, <2 x double>, <2 x double>) #4

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.module.flags = !{!0, !1, !2, !3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!5, !5, i64 0}
!5 = !{!"double", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = distinct !{!8, !9, !10, !11}
!9 = !{!"llvm.loop.mustprogress"}
!10 = !{!"llvm.loop.isvectorized", i32 1}
!11 = !{!"llvm.loop.unroll.runtime.disable"}
!12 = distinct !{!12, !9}
!13 = distinct !{!13, !9, !10, !11}
!14 = distinct !{!14, !9}
!15 = distinct !{!15, !9}
!16 = distinct !{!16, !9}
!17 = distinct !{!17, !9}
!18 = distinct !{!18, !9}
!19 = distinct !{!19, !9}
!20 = distinct !{!20, !9}
