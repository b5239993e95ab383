; ModuleID = 'c/stencil2d.c'
source_filename = "c/stencil2d.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@grid = internal unnamed_addr global [2 x [32 x [48 x double]]] zeroinitializer, align 16
@.str = private unnamed_addr constant [49 x i8] c"stencil2d iterations=%d centre=%.4f residual=%g\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  br label %1

1:                                                ; preds = %0, %7
  %2 = phi i64 [ 0, %0 ], [ %8, %7 ]
  br label %3

3:                                                ; preds = %1, %10
  %4 = phi i64 [ 0, %1 ], [ %11, %10 ]
  %5 = icmp eq i64 %4, 0
  %6 = select i1 %5, double 1.000000e+02, double 0.000000e+00
  br label %13

7:                                                ; preds = %10
  %8 = add nuw nsw i64 %2, 1
  %9 = icmp eq i64 %2, 0
  br i1 %9, label %1, label %18, !llvm.loop !4

10:                                               ; preds = %13
  %11 = add nuw nsw i64 %4, 1
  %12 = icmp eq i64 %11, 32
  br i1 %12, label %7, label %3, !llvm.loop !7

13:                                               ; preds = %3, %13
  %14 = phi i64 [ 0, %3 ], [ %16, %13 ]
  %15 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 %2, i64 %4, i64 %14
  store double %6, ptr %15, align 8, !tbaa !8
  %16 = add nuw nsw i64 %14, 1
  %17 = icmp eq i64 %16, 48
  br i1 %17, label %10, label %13, !llvm.loop !12

18:                                               ; preds = %7, %58
  %19 = phi i32 [ %23, %58 ], [ 0, %7 ]
  %20 = phi i32 [ %59, %58 ], [ 0, %7 ]
  %21 = zext i32 %19 to i64
  %22 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 %21
  %23 = sub nsw i32 1, %19
  %24 = zext i32 %23 to i64
  %25 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 %24
  br label %26

26:                                               ; preds = %31, %18
  %27 = phi i64 [ 1, %18 ], [ %30, %31 ]
  %28 = phi double [ 0.000000e+00, %18 ], [ %55, %31 ]
  %29 = add nsw i64 %27, -1
  %30 = add nuw nsw i64 %27, 1
  br label %33

31:                                               ; preds = %33
  %32 = icmp eq i64 %30, 31
  br i1 %32, label %58, label %26, !llvm.loop !13

33:                                               ; preds = %33, %26
  %34 = phi i64 [ 1, %26 ], [ %45, %33 ]
  %35 = phi double [ %28, %26 ], [ %55, %33 ]
  %36 = getelementptr inbounds [48 x double], ptr %22, i64 %29, i64 %34
  %37 = load double, ptr %36, align 8, !tbaa !8
  %38 = getelementptr inbounds [48 x double], ptr %22, i64 %30, i64 %34
  %39 = load double, ptr %38, align 8, !tbaa !8
  %40 = fadd double %37, %39
  %41 = add nsw i64 %34, -1
  %42 = getelementptr inbounds [48 x double], ptr %22, i64 %27, i64 %41
  %43 = load double, ptr %42, align 8, !tbaa !8
  %44 = fadd double %40, %43
  %45 = add nuw nsw i64 %34, 1
  %46 = getelementptr inbounds [48 x double], ptr %22, i64 %27, i64 %45
  %47 = load double, ptr %46, align 8, !tbaa !8
  %48 = fadd double %44, %47
  %49 = fmul double %48, 2.500000e-01
  %50 = getelementptr inbounds [48 x double], ptr %22, i64 %27, i64 %34
  %51 = load double, ptr %50, align 8, !tbaa !8
  %52 = fsub double %49, %51
  %53 = tail call double @llvm.fabs.f64(double %52)
  %54 = fcmp ogt double %53, %35
  %55 = select i1 %54, double %53, double %35
  %56 = getelementptr inbounds [48 x double], ptr %25, i64 %27, i64 %34
  store double %49, ptr %56, align 8, !tbaa !8
  %57 = icmp eq i64 %45, 47
  br i1 %57, label %31, label %33, !llvm.loop !14

58:                                               ; preds = %31
  %59 = add nuw nsw i32 %20, 1
  %60 = fcmp ogt double %55, 0x3EB0C6F7A0B5ED8D
  %61 = icmp ult i32 %20, 19999
  %62 = select i1 %60, i1 %61, i1 false
  br i1 %62, label %18, label %63, !llvm.loop !15

63:                                               ; preds = %58
  %64 = zext i32 %23 to i64
  br label %68

65:                                               ; preds = %104
  %66 = icmp ugt i64 %69, 29
  %67 = icmp eq i64 %74, 31
  br i1 %67, label %108, label %68, !llvm.loop !16

68:                                               ; preds = %63, %65
  %69 = phi i64 [ 1, %63 ], [ %74, %65 ]
  %70 = phi i1 [ false, %63 ], [ %66, %65 ]
  %71 = phi i32 [ 0, %63 ], [ %106, %65 ]
  %72 = phi double [ 0.000000e+00, %63 ], [ %105, %65 ]
  %73 = add nsw i64 %69, -1
  %74 = add nuw nsw i64 %69, 1
  br label %75

75:                                               ; preds = %68, %80
  %76 = phi i64 [ 1, %68 ], [ %92, %80 ]
  %77 = phi double [ %72, %68 ], [ %99, %80 ]
  %78 = phi i32 [ %71, %68 ], [ %103, %80 ]
  %79 = icmp eq i64 %76, 47
  br i1 %79, label %104, label %80

80:                                               ; preds = %75
  %81 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 %64, i64 %69, i64 %76
  %82 = load double, ptr %81, align 8, !tbaa !8
  %83 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 %64, i64 %73, i64 %76
  %84 = load double, ptr %83, align 8, !tbaa !8
  %85 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 %64, i64 %74, i64 %76
  %86 = load double, ptr %85, align 8, !tbaa !8
  %87 = fadd double %84, %86
  %88 = add nsw i64 %76, -1
  %89 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 %64, i64 %69, i64 %88
  %90 = load double, ptr %89, align 8, !tbaa !8
  %91 = fadd double %87, %90
  %92 = add nuw nsw i64 %76, 1
  %93 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 %64, i64 %69, i64 %92
  %94 = load double, ptr %93, align 8, !tbaa !8
  %95 = fadd double %91, %94
  %96 = fmul double %95, 2.500000e-01
  %97 = fsub double %82, %96
  %98 = tail call double @llvm.fabs.f64(double %97)
  %99 = tail call double @llvm.maxnum.f64(double %77, double %98)
  %100 = fcmp ugt double %82, 0.000000e+00
  %101 = fcmp ult double %82, 1.000000e+02
  %102 = and i1 %100, %101
  %103 = select i1 %102, i32 %78, i32 1
  br i1 %102, label %75, label %104, !llvm.loop !17

104:                                              ; preds = %75, %80
  %105 = phi double [ %99, %80 ], [ %77, %75 ]
  %106 = phi i32 [ %103, %80 ], [ %78, %75 ]
  %107 = icmp ugt i64 %76, 46
  br i1 %107, label %65, label %108

108:                                              ; preds = %65, %104
  %109 = phi i1 [ %66, %65 ], [ %70, %104 ]
  br i1 %109, label %110, label %116

110:                                              ; preds = %108
  %111 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 %64, i64 16, i64 24
  %112 = load double, ptr %111, align 16, !tbaa !8
  %113 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %59, double noundef %112, double noundef %105)
  %114 = fcmp uge double %105, 1.000000e-05
  %115 = zext i1 %114 to i32
  br label %116

116:                                              ; preds = %108, %110
  %117 = phi i32 [ %115, %110 ], [ %106, %108 ]
  ret i32 %117
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
!4 = distinct !{!4, !5, !6}
!5 = !{!"llvm.loop.mustprogress"}
!6 = !{!"llvm.loop.unroll.disable"}
!7 = distinct !{!7, !5, !6}
!8 = !{!9, !9, i64 0}
!9 = !{!"double", !10, i64 0}
!10 = !{!"omnipotent char", !11, i64 0}
!11 = !{!"Simple C/C++ TBAA"}
!12 = distinct !{!12, !5, !6}
!13 = distinct !{!13, !5, !6}
!14 = distinct !{!14, !5, !6}
!15 = distinct !{!15, !5, !6}
!16 = distinct !{!16, !5, !6}
!17 = distinct !{!17, !5, !6}
