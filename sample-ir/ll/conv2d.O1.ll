; ModuleID = 'c/conv2d.c'
source_filename = "c/conv2d.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@image = internal unnamed_addr global [48 x [64 x float]] zeroinitializer, align 16
@blurred = internal unnamed_addr global [48 x [64 x float]] zeroinitializer, align 16
@gauss5 = internal unnamed_addr constant [5 x [5 x float]] [[5 x float] [float 1.000000e+00, float 4.000000e+00, float 6.000000e+00, float 4.000000e+00, float 1.000000e+00], [5 x float] [float 4.000000e+00, float 1.600000e+01, float 2.400000e+01, float 1.600000e+01, float 4.000000e+00], [5 x float] [float 6.000000e+00, float 2.400000e+01, float 3.600000e+01, float 2.400000e+01, float 6.000000e+00], [5 x float] [float 4.000000e+00, float 1.600000e+01, float 2.400000e+01, float 1.600000e+01, float 4.000000e+00], [5 x float] [float 1.000000e+00, float 4.000000e+00, float 6.000000e+00, float 4.000000e+00, float 1.000000e+00]], align 16
@edges = internal unnamed_addr global [48 x [64 x float]] zeroinitializer, align 16
@sobel_x = internal unnamed_addr constant [3 x [3 x float]] [[3 x float] [float -1.000000e+00, float 0.000000e+00, float 1.000000e+00], [3 x float] [float -2.000000e+00, float 0.000000e+00, float 2.000000e+00], [3 x float] [float -1.000000e+00, float 0.000000e+00, float 1.000000e+00]], align 16
@.str = private unnamed_addr constant [67 x i8] c"conv2d mass in=%.2f blurred=%.2f edge(left)=%.1f edge(right)=%.1f\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  br label %1

1:                                                ; preds = %0, %90
  %2 = phi i64 [ 0, %0 ], [ %91, %90 ]
  %3 = icmp ugt i64 %2, 11
  %4 = icmp ult i64 %2, 36
  br label %93

5:                                                ; preds = %90, %8
  %6 = phi i64 [ %9, %8 ], [ 0, %90 ]
  %7 = trunc i64 %6 to i32
  br label %11

8:                                                ; preds = %22
  %9 = add nuw nsw i64 %6, 1
  %10 = icmp eq i64 %9, 48
  br i1 %10, label %48, label %5, !llvm.loop !4

11:                                               ; preds = %22, %5
  %12 = phi i64 [ 0, %5 ], [ %25, %22 ]
  br label %13

13:                                               ; preds = %27, %11
  %14 = phi i32 [ %28, %27 ], [ -2, %11 ]
  %15 = phi float [ %45, %27 ], [ 0.000000e+00, %11 ]
  %16 = mul nsw i32 %14, 5
  %17 = add nsw i32 %16, 12
  %18 = add nsw i32 %14, %7
  %19 = tail call i32 @llvm.smin.i32(i32 %18, i32 47)
  %20 = tail call i32 @llvm.smax.i32(i32 %19, i32 0)
  %21 = zext i32 %20 to i64
  br label %30

22:                                               ; preds = %27
  %23 = fmul float %45, 3.906250e-03
  %24 = getelementptr inbounds [64 x float], ptr @blurred, i64 %6, i64 %12
  store float %23, ptr %24, align 4, !tbaa !7
  %25 = add nuw nsw i64 %12, 1
  %26 = icmp eq i64 %25, 64
  br i1 %26, label %8, label %11, !llvm.loop !11

27:                                               ; preds = %30
  %28 = add nsw i32 %14, 1
  %29 = icmp eq i32 %14, 2
  br i1 %29, label %22, label %13, !llvm.loop !12

30:                                               ; preds = %30, %13
  %31 = phi i64 [ 4294967294, %13 ], [ %46, %30 ]
  %32 = phi float [ %15, %13 ], [ %45, %30 ]
  %33 = trunc i64 %31 to i32
  %34 = add nsw i32 %17, %33
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds float, ptr @gauss5, i64 %35
  %37 = load float, ptr %36, align 4, !tbaa !7
  %38 = add nuw nsw i64 %31, %12
  %39 = trunc i64 %38 to i32
  %40 = tail call i32 @llvm.smin.i32(i32 %39, i32 63)
  %41 = tail call i32 @llvm.smax.i32(i32 %40, i32 0)
  %42 = zext i32 %41 to i64
  %43 = getelementptr inbounds [64 x float], ptr @image, i64 %21, i64 %42
  %44 = load float, ptr %43, align 4, !tbaa !7
  %45 = tail call float @llvm.fmuladd.f32(float %37, float %44, float %32)
  %46 = add nuw nsw i64 %31, 1
  %47 = icmp eq i64 %46, 4294967299
  br i1 %47, label %27, label %30, !llvm.loop !13

48:                                               ; preds = %8, %51
  %49 = phi i64 [ %52, %51 ], [ 0, %8 ]
  %50 = trunc i64 %49 to i32
  br label %54

51:                                               ; preds = %66
  %52 = add nuw nsw i64 %49, 1
  %53 = icmp eq i64 %52, 48
  br i1 %53, label %104, label %48, !llvm.loop !4

54:                                               ; preds = %66, %48
  %55 = phi i64 [ 0, %48 ], [ %68, %66 ]
  br label %56

56:                                               ; preds = %70, %54
  %57 = phi i32 [ %59, %70 ], [ -1, %54 ]
  %58 = phi float [ %87, %70 ], [ 0.000000e+00, %54 ]
  %59 = add nsw i32 %57, 1
  %60 = mul nuw nsw i32 %59, 3
  %61 = add nuw nsw i32 %60, 1
  %62 = add nsw i32 %57, %50
  %63 = tail call i32 @llvm.smin.i32(i32 %62, i32 47)
  %64 = tail call i32 @llvm.smax.i32(i32 %63, i32 0)
  %65 = zext i32 %64 to i64
  br label %72

66:                                               ; preds = %70
  %67 = getelementptr inbounds [64 x float], ptr @edges, i64 %49, i64 %55
  store float %87, ptr %67, align 4, !tbaa !7
  %68 = add nuw nsw i64 %55, 1
  %69 = icmp eq i64 %68, 64
  br i1 %69, label %51, label %54, !llvm.loop !11

70:                                               ; preds = %72
  %71 = icmp eq i32 %57, 1
  br i1 %71, label %66, label %56, !llvm.loop !12

72:                                               ; preds = %72, %56
  %73 = phi i64 [ 4294967295, %56 ], [ %88, %72 ]
  %74 = phi float [ %58, %56 ], [ %87, %72 ]
  %75 = trunc i64 %73 to i32
  %76 = add nsw i32 %61, %75
  %77 = sext i32 %76 to i64
  %78 = getelementptr inbounds float, ptr @sobel_x, i64 %77
  %79 = load float, ptr %78, align 4, !tbaa !7
  %80 = add nuw nsw i64 %73, %55
  %81 = trunc i64 %80 to i32
  %82 = tail call i32 @llvm.smin.i32(i32 %81, i32 63)
  %83 = tail call i32 @llvm.smax.i32(i32 %82, i32 0)
  %84 = zext i32 %83 to i64
  %85 = getelementptr inbounds [64 x float], ptr @image, i64 %65, i64 %84
  %86 = load float, ptr %85, align 4, !tbaa !7
  %87 = tail call float @llvm.fmuladd.f32(float %79, float %86, float %74)
  %88 = add nuw nsw i64 %73, 1
  %89 = icmp eq i64 %88, 4294967298
  br i1 %89, label %70, label %72, !llvm.loop !13

90:                                               ; preds = %93
  %91 = add nuw nsw i64 %2, 1
  %92 = icmp eq i64 %91, 48
  br i1 %92, label %5, label %1, !llvm.loop !14

93:                                               ; preds = %1, %93
  %94 = phi i64 [ 0, %1 ], [ %102, %93 ]
  %95 = trunc i64 %94 to i32
  %96 = add i32 %95, -20
  %97 = icmp ult i32 %96, 24
  %98 = select i1 %97, i1 %3, i1 false
  %99 = select i1 %98, i1 %4, i1 false
  %100 = select i1 %99, float 1.000000e+00, float 0.000000e+00
  %101 = getelementptr inbounds [48 x [64 x float]], ptr @image, i64 0, i64 %2, i64 %94
  store float %100, ptr %101, align 4, !tbaa !7
  %102 = add nuw nsw i64 %94, 1
  %103 = icmp eq i64 %102, 64
  br i1 %103, label %90, label %93, !llvm.loop !15

104:                                              ; preds = %51, %126
  %105 = phi i64 [ %127, %126 ], [ 0, %51 ]
  %106 = phi float [ %138, %126 ], [ 0.000000e+00, %51 ]
  %107 = phi float [ %135, %126 ], [ 0.000000e+00, %51 ]
  br label %129

108:                                              ; preds = %126
  %109 = fpext float %135 to double
  %110 = fpext float %138 to double
  %111 = load float, ptr getelementptr inbounds ([48 x [64 x float]], ptr @edges, i64 0, i64 24, i64 20), align 16, !tbaa !7
  %112 = fpext float %111 to double
  %113 = load float, ptr getelementptr inbounds ([48 x [64 x float]], ptr @edges, i64 0, i64 24, i64 43), align 4, !tbaa !7
  %114 = fpext float %113 to double
  %115 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %109, double noundef %110, double noundef %112, double noundef %114)
  %116 = fsub float %135, %138
  %117 = tail call float @llvm.fabs.f32(float %116)
  %118 = fcmp uge float %117, 0x3F847AE140000000
  %119 = load float, ptr getelementptr inbounds ([48 x [64 x float]], ptr @edges, i64 0, i64 24, i64 20), align 16
  %120 = fcmp une float %119, 4.000000e+00
  %121 = select i1 %118, i1 true, i1 %120
  %122 = load float, ptr getelementptr inbounds ([48 x [64 x float]], ptr @edges, i64 0, i64 24, i64 43), align 4
  %123 = fcmp une float %122, -4.000000e+00
  %124 = select i1 %121, i1 true, i1 %123
  %125 = zext i1 %124 to i32
  ret i32 %125

126:                                              ; preds = %129
  %127 = add nuw nsw i64 %105, 1
  %128 = icmp eq i64 %127, 48
  br i1 %128, label %108, label %104, !llvm.loop !16

129:                                              ; preds = %104, %129
  %130 = phi i64 [ 0, %104 ], [ %139, %129 ]
  %131 = phi float [ %106, %104 ], [ %138, %129 ]
  %132 = phi float [ %107, %104 ], [ %135, %129 ]
  %133 = getelementptr inbounds [48 x [64 x float]], ptr @image, i64 0, i64 %105, i64 %130
  %134 = load float, ptr %133, align 4, !tbaa !7
  %135 = fadd float %132, %134
  %136 = getelementptr inbounds [48 x [64 x float]], ptr @blurred, i64 0, i64 %105, i64 %130
  %137 = load float, ptr %136, align 4, !tbaa !7
  %138 = fadd float %131, %137
  %139 = add nuw nsw i64 %130, 1
  %140 = icmp eq i64 %139, 64
  br i1 %140, label %126, label %129, !llvm.loop !17
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fabs.f32(float) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #3

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.module.flags = !{!0, !1, !2, !3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = distinct !{!4, !5, !6}
!5 = !{!"llvm.loop.mustprogress"}
!6 = !{!"llvm.loop.unroll.disable"}
!7 = !{!8, !8, i64 0}
!8 = !{!"float", !9, i64 0}
!9 = !{!"omnipotent char", !10, i64 0}
!10 = !{!"Simple C/C++ TBAA"}
!11 = distinct !{!11, !5, !6}
!12 = distinct !{!12, !5, !6}
!13 = distinct !{!13, !5, !6}
!14 = distinct !{!14, !5, !6}
!15 = distinct !{!15, !5, !6}
!16 = distinct !{!16, !5, !6}
!17 = distinct !{!17, !5, !6}
