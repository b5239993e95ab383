; ModuleID = 'c/stencil2d.c'
source_filename = "c/stencil2d.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@grid = internal unnamed_addr global [2 x [32 x [48 x double]]] zeroinitializer, align 16
@.str = private unnamed_addr constant [49 x i8] c"stencil2d iterations=%d centre=%.4f residual=%g\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  br label %1

1:                                                ; preds = %0, %1
  %2 = phi i64 [ 0, %0 ], [ %31, %1 ]
  %3 = icmp eq i64 %2, 0
  %4 = select i1 %3, double 1.000000e+02, double 0.000000e+00
  %5 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 0, i64 %2, i64 0
  %6 = insertelement <2 x double> poison, double %4, i64 0
  %7 = shufflevector <2 x double> %6, <2 x double> poison, <2 x i32> zeroinitializer
  store <2 x double> %7, ptr %5, align 16, !tbaa !4
  %8 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 0, i64 %2, i64 2
  store <2 x double> %7, ptr %8, align 16, !tbaa !4
  %9 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 0, i64 %2, i64 4
  store <2 x double> %7, ptr %9, align 16, !tbaa !4
  %10 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 0, i64 %2, i64 6
  store <2 x double> %7, ptr %10, align 16, !tbaa !4
  %11 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 0, i64 %2, i64 8
  store <2 x double> %7, ptr %11, align 16, !tbaa !4
  %12 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 0, i64 %2, i64 10
  store <2 x double> %7, ptr %12, align 16, !tbaa !4
  %13 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 0, i64 %2, i64 12
  store <2 x double> %7, ptr %13, align 16, !tbaa !4
  %14 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 0, i64 %2, i64 14
  store <2 x double> %7, ptr %14, align 16, !tbaa !4
  %15 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 0, i64 %2, i64 16
  store <2 x double> %7, ptr %15, align 16, !tbaa !4
  %16 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 0, i64 %2, i64 18
  store <2 x double> %7, ptr %16, align 16, !tbaa !4
  %17 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 0, i64 %2, i64 20
  store <2 x double> %7, ptr %17, align 16, !tbaa !4
  %18 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 0, i64 %2, i64 22
  store <2 x double> %7, ptr %18, align 16, !tbaa !4
  %19 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 0, i64 %2, i64 24
  store <2 x double> %7, ptr %19, align 16, !tbaa !4
  %20 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 0, i64 %2, i64 26
  store <2 x double> %7, ptr %20, align 16, !tbaa !4
  %21 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 0, i64 %2, i64 28
  store <2 x double> %7, ptr %21, align 16, !tbaa !4
  %22 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 0, i64 %2, i64 30
  store <2 x double> %7, ptr %22, align 16, !tbaa !4
  %23 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 0, i64 %2, i64 32
  store <2 x double> %7, ptr %23, align 16, !tbaa !4
  %24 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 0, i64 %2, i64 34
  store <2 x double> %7, ptr %24, align 16, !tbaa !4
  %25 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 0, i64 %2, i64 36
  store <2 x double> %7, ptr %25, align 16, !tbaa !4
  %26 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 0, i64 %2, i64 38
  store <2 x double> %7, ptr %26, align 16, !tbaa !4
  %27 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 0, i64 %2, i64 40
  store <2 x double> %7, ptr %27, align 16, !tbaa !4
  %28 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 0, i64 %2, i64 42
  store <2 x double> %7, ptr %28, align 16, !tbaa !4
  %29 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 0, i64 %2, i64 44
  store <2 x double> %7, ptr %29, align 16, !tbaa !4
  %30 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 0, i64 %2, i64 46
  store <2 x double> %7, ptr %30, align 16, !tbaa !4
  %31 = add nuw nsw i64 %2, 1
  %32 = icmp eq i64 %31, 32
  br i1 %32, label %33, label %1, !llvm.loop !8

33:                                               ; preds = %1, %33
  %34 = phi i64 [ %63, %33 ], [ 0, %1 ]
  %35 = icmp eq i64 %34, 0
  %36 = select i1 %35, double 1.000000e+02, double 0.000000e+00
  %37 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 1, i64 %34, i64 0
  %38 = insertelement <2 x double> poison, double %36, i64 0
  %39 = shufflevector <2 x double> %38, <2 x double> poison, <2 x i32> zeroinitializer
  store <2 x double> %39, ptr %37, align 16, !tbaa !4
  %40 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 1, i64 %34, i64 2
  store <2 x double> %39, ptr %40, align 16, !tbaa !4
  %41 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 1, i64 %34, i64 4
  store <2 x double> %39, ptr %41, align 16, !tbaa !4
  %42 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 1, i64 %34, i64 6
  store <2 x double> %39, ptr %42, align 16, !tbaa !4
  %43 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 1, i64 %34, i64 8
  store <2 x double> %39, ptr %43, align 16, !tbaa !4
  %44 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 1, i64 %34, i64 10
  store <2 x double> %39, ptr %44, align 16, !tbaa !4
  %45 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 1, i64 %34, i64 12
  store <2 x double> %39, ptr %45, align 16, !tbaa !4
  %46 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 1, i64 %34, i64 14
  store <2 x double> %39, ptr %46, align 16, !tbaa !4
  %47 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 1, i64 %34, i64 16
  store <2 x double> %39, ptr %47, align 16, !tbaa !4
  %48 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 1, i64 %34, i64 18
  store <2 x double> %39, ptr %48, align 16, !tbaa !4
  %49 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 1, i64 %34, i64 20
  store <2 x double> %39, ptr %49, align 16, !tbaa !4
  %50 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 1, i64 %34, i64 22
  store <2 x double> %39, ptr %50, align 16, !tbaa !4
  %51 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 1, i64 %34, i64 24
  store <2 x double> %39, ptr %51, align 16, !tbaa !4
  %52 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 1, i64 %34, i64 26
  store <2 x double> %39, ptr %52, align 16, !tbaa !4
  %53 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 1, i64 %34, i64 28
  store <2 x double> %39, ptr %53, align 16, !tbaa !4
  %54 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 1, i64 %34, i64 30
  store <2 x double> %39, ptr %54, align 16, !tbaa !4
  %55 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 1, i64 %34, i64 32
  store <2 x double> %39, ptr %55, align 16, !tbaa !4
  %56 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 1, i64 %34, i64 34
  store <2 x double> %39, ptr %56, align 16, !tbaa !4
  %57 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 1, i64 %34, i64 36
  store <2 x double> %39, ptr %57, align 16, !tbaa !4
  %58 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 1, i64 %34, i64 38
  store <2 x double> %39, ptr %58, align 16, !tbaa !4
  %59 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 1, i64 %34, i64 40
  store <2 x double> %39, ptr %59, align 16, !tbaa !4
  %60 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 1, i64 %34, i64 42
  store <2 x double> %39, ptr %60, align 16, !tbaa !4
  %61 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 1, i64 %34, i64 44
  store <2 x double> %39, ptr %61, align 16, !tbaa !4
  %62 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 1, i64 %34, i64 46
  store <2 x double> %39, ptr %62, align 16, !tbaa !4
  %63 = add nuw nsw i64 %34, 1
  %64 = icmp eq i64 %63, 32
  br i1 %64, label %65, label %33, !llvm.loop !8

65:                                               ; preds = %33, %106
  %66 = phi i32 [ %70, %106 ], [ 0, %33 ]
  %67 = phi i32 [ %107, %106 ], [ 0, %33 ]
  %68 = zext i32 %66 to i64
  %69 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 %68
  %70 = sub nsw i32 1, %66
  %71 = zext i32 %70 to i64
  %72 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 %71
  br label %73

73:                                               ; preds = %80, %65
  %74 = phi i64 [ 1, %65 ], [ %77, %80 ]
  %75 = phi double [ 0.000000e+00, %65 ], [ %103, %80 ]
  %76 = add nsw i64 %74, -1
  %77 = add nuw nsw i64 %74, 1
  %78 = getelementptr inbounds [48 x double], ptr %69, i64 %74, i64 1
  %79 = load double, ptr %78, align 8, !tbaa !4
  br label %82

80:                                               ; preds = %82
  %81 = icmp eq i64 %77, 31
  br i1 %81, label %106, label %73, !llvm.loop !10

82:                                               ; preds = %82, %73
  %83 = phi double [ %79, %73 ], [ %97, %82 ]
  %84 = phi i64 [ 1, %73 ], [ %95, %82 ]
  %85 = phi double [ %75, %73 ], [ %103, %82 ]
  %86 = getelementptr inbounds [48 x double], ptr %69, i64 %76, i64 %84
  %87 = load double, ptr %86, align 8, !tbaa !4
  %88 = getelementptr inbounds [48 x double], ptr %69, i64 %77, i64 %84
  %89 = load double, ptr %88, align 8, !tbaa !4
  %90 = fadd double %87, %89
  %91 = add nsw i64 %84, -1
  %92 = getelementptr inbounds [48 x double], ptr %69, i64 %74, i64 %91
  %93 = load double, ptr %92, align 8, !tbaa !4
  %94 = fadd double %90, %93
  %95 = add nuw nsw i64 %84, 1
  %96 = getelementptr inbounds [48 x double], ptr %69, i64 %74, i64 %95
  %97 = load double, ptr %96, align 8, !tbaa !4
  %98 = fadd double %94, %97
  %99 = fmul double %98, 2.500000e-01
  %100 = fsub double %99, %83
  %101 = tail call double @llvm.fabs.f64(double %100)
  %102 = fcmp ogt double %101, %85
  %103 = select i1 %102, double %101, double %85
  %104 = getelementptr inbounds [48 x double], ptr %72, i64 %74, i64 %84
  store double %99, ptr %104, align 8, !tbaa !4
  %105 = icmp eq i64 %95, 47
  br i1 %105, label %80, label %82, !llvm.loop !11

106:                                              ; preds = %80
  %107 = add nuw nsw i32 %67, 1
  %108 = fcmp ogt double %103, 0x3EB0C6F7A0B5ED8D
  %109 = icmp ult i32 %67, 19999
  %110 = select i1 %108, i1 %109, i1 false
  br i1 %110, label %65, label %111, !llvm.loop !12

111:                                              ; preds = %106
  %112 = zext i32 %70 to i64
  br label %113

113:                                              ; preds = %111, %146
  %114 = phi i64 [ 1, %111 ], [ %118, %146 ]
  %115 = phi i1 [ false, %111 ], [ %147, %146 ]
  %116 = phi double [ 0.000000e+00, %111 ], [ %121, %146 ]
  %117 = add nsw i64 %114, -1
  %118 = add nuw nsw i64 %114, 1
  br label %119

119:                                              ; preds = %113, %123
  %120 = phi i64 [ 1, %113 ], [ %135, %123 ]
  %121 = phi double [ %116, %113 ], [ %142, %123 ]
  %122 = icmp eq i64 %120, 47
  br i1 %122, label %146, label %123

123:                                              ; preds = %119
  %124 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 %112, i64 %114, i64 %120
  %125 = load double, ptr %124, align 8, !tbaa !4
  %126 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 %112, i64 %117, i64 %120
  %127 = load double, ptr %126, align 8, !tbaa !4
  %128 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 %112, i64 %118, i64 %120
  %129 = load double, ptr %128, align 8, !tbaa !4
  %130 = fadd double %127, %129
  %131 = add nsw i64 %120, -1
  %132 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 %112, i64 %114, i64 %131
  %133 = load double, ptr %132, align 8, !tbaa !4
  %134 = fadd double %130, %133
  %135 = add nuw nsw i64 %120, 1
  %136 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 %112, i64 %114, i64 %135
  %137 = load double, ptr %136, align 8, !tbaa !4
  %138 = fadd double %134, %137
  %139 = fmul double %138, 2.500000e-01
  %140 = fsub double %125, %139
  %141 = tail call double @llvm.fabs.f64(double %140)
  %142 = tail call double @llvm.maxnum.f64(double %121, double %141)
  %143 = fcmp ugt double %125, 0.000000e+00
  %144 = fcmp ult double %125, 1.000000e+02
  %145 = and i1 %143, %144
  br i1 %145, label %119, label %149, !llvm.loop !13

146:                                              ; preds = %119
  %147 = icmp ugt i64 %114, 29
  %148 = icmp eq i64 %118, 31
  br i1 %148, label %150, label %113, !llvm.loop !14

149:                                              ; preds = %123
  br i1 %115, label %150, label %157

150:                                              ; preds = %146, %149
  %151 = phi double [ %142, %149 ], [ %121, %146 ]
  %152 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 %112, i64 16, i64 24
  %153 = load double, ptr %152, align 16, !tbaa !4
  %154 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %107, double noundef %153, double noundef %151)
  %155 = fcmp uge double %151, 1.000000e-05
  %156 = zext i1 %155 to i32
  br label %157

157:                                              ; preds = %149, %150
  %158 = phi i32 [ %156, %150 ], [ 1, %149 ]
  ret i32 %158
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.maxnum.f64(double, double) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

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
