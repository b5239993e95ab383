; ModuleID = 'c/dot_product.c'
source_filename = "c/dot_product.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@x = internal unnamed_addr global [10000 x float] zeroinitializer, align 16
@y = internal unnamed_addr global [10000 x float] zeroinitializer, align 16
@.str = private unnamed_addr constant [60 x i8] c"dot_product n=%d dot=%.4f reference=%.4f relative error=%g\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  br label %61

1:                                                ; preds = %61, %1
  %2 = phi i64 [ %30, %1 ], [ 0, %61 ]
  %3 = phi i64 [ %32, %1 ], [ 3, %61 ]
  %4 = phi float [ %29, %1 ], [ 0.000000e+00, %61 ]
  %5 = phi float [ %24, %1 ], [ 0.000000e+00, %61 ]
  %6 = phi float [ %18, %1 ], [ 0.000000e+00, %61 ]
  %7 = phi float [ %12, %1 ], [ 0.000000e+00, %61 ]
  %8 = getelementptr inbounds float, ptr @x, i64 %2
  %9 = load float, ptr %8, align 16, !tbaa !4
  %10 = getelementptr inbounds float, ptr @y, i64 %2
  %11 = load float, ptr %10, align 16, !tbaa !4
  %12 = tail call float @llvm.fmuladd.f32(float %9, float %11, float %7)
  %13 = or i64 %2, 1
  %14 = getelementptr inbounds float, ptr @x, i64 %13
  %15 = load float, ptr %14, align 4, !tbaa !4
  %16 = getelementptr inbounds float, ptr @y, i64 %13
  %17 = load float, ptr %16, align 4, !tbaa !4
  %18 = tail call float @llvm.fmuladd.f32(float %15, float %17, float %6)
  %19 = or i64 %2, 2
  %20 = getelementptr inbounds float, ptr @x, i64 %19
  %21 = load float, ptr %20, align 8, !tbaa !4
  %22 = getelementptr inbounds float, ptr @y, i64 %19
  %23 = load float, ptr %22, align 8, !tbaa !4
  %24 = tail call float @llvm.fmuladd.f32(float %21, float %23, float %5)
  %25 = getelementptr inbounds float, ptr @x, i64 %3
  %26 = load float, ptr %25, align 4, !tbaa !4
  %27 = getelementptr inbounds float, ptr @y, i64 %3
  %28 = load float, ptr %27, align 4, !tbaa !4
  %29 = tail call float @llvm.fmuladd.f32(float %26, float %28, float %4)
  %30 = add nuw nsw i64 %2, 4
  %31 = or i64 %30, 3
  %32 = add nuw nsw i64 %3, 4
  %33 = icmp ult i64 %31, 9997
  br i1 %33, label %1, label %34, !llvm.loop !8

34:                                               ; preds = %1
  %35 = load float, ptr getelementptr inbounds ([10000 x float], ptr @x, i64 0, i64 9996), align 16, !tbaa !4
  %36 = load float, ptr getelementptr inbounds ([10000 x float], ptr @y, i64 0, i64 9996), align 16, !tbaa !4
  br label %37

37:                                               ; preds = %37, %34
  %38 = phi i64 [ 0, %34 ], [ %47, %37 ]
  %39 = phi double [ 0.000000e+00, %34 ], [ %46, %37 ]
  %40 = getelementptr inbounds float, ptr @x, i64 %38
  %41 = load float, ptr %40, align 4, !tbaa !4
  %42 = fpext float %41 to double
  %43 = getelementptr inbounds float, ptr @y, i64 %38
  %44 = load float, ptr %43, align 4, !tbaa !4
  %45 = fpext float %44 to double
  %46 = tail call double @llvm.fmuladd.f64(double %42, double %45, double %39)
  %47 = add nuw nsw i64 %38, 1
  %48 = icmp eq i64 %47, 9997
  br i1 %48, label %49, label %37, !llvm.loop !11

49:                                               ; preds = %37
  %50 = fadd float %24, %29
  %51 = tail call float @llvm.fmuladd.f32(float %35, float %36, float %12)
  %52 = fadd float %18, %51
  %53 = fadd float %50, %52
  %54 = fpext float %53 to double
  %55 = fsub double %54, %46
  %56 = fdiv double %55, %46
  %57 = tail call double @llvm.fabs.f64(double %56)
  %58 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 9997, double noundef %54, double noundef %46, double noundef %57)
  %59 = fcmp uge double %57, 1.000000e-05
  %60 = zext i1 %59 to i32
  ret i32 %60

61:                                               ; preds = %0, %61
  %62 = phi i64 [ 0, %0 ], [ %74, %61 ]
  %63 = trunc i64 %62 to i32
  %64 = urem i32 %63, 10
  %65 = sitofp i32 %64 to float
  %66 = fmul float %65, 0x3FB99999A0000000
  %67 = getelementptr inbounds [10000 x float], ptr @x, i64 0, i64 %62
  store float %66, ptr %67, align 4, !tbaa !4
  %68 = trunc i64 %62 to i32
  %69 = urem i32 %68, 7
  %70 = sitofp i32 %69 to float
  %71 = fneg float %70
  %72 = tail call float @llvm.fmuladd.f32(float %71, float 0x3FA99999A0000000, float 1.000000e+00)
  %73 = getelementptr inbounds [10000 x float], ptr @y, i64 0, i64 %62
  store float %72, ptr %73, align 4, !tbaa !4
  %74 = add nuw nsw i64 %62, 1
  %75 = icmp eq i64 %74, 10000
  br i1 %75, label %1, label %61, !llvm.loop !12
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!0, !1, !2, !3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!5, !5, i64 0}
!5 = !{!"float", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = distinct !{!8, !9, !10}
!9 = !{!"llvm.loop.mustprogress"}
!10 = !{!"llvm.loop.unroll.disable"}
!11 = distinct !{!11, !9, !10}
!12 = distinct !{!12, !9, !10}
