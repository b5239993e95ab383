; ModuleID = 'c/mandelbrot.c'
source_filename = "c/mandelbrot.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@main.shades = internal unnamed_addr constant [11 x i8] c" .:-=+*#%@\00", align 1
@.str = private unnamed_addr constant [44 x i8] c"mandelbrot inside=%ld total iterations=%ld\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  %1 = alloca [65 x i8], align 16
  %2 = getelementptr inbounds [65 x i8], ptr %1, i64 0, i64 64
  br label %5

3:                                                ; preds = %13
  %4 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i64 noundef %58, i64 noundef %55)
  br label %67

5:                                                ; preds = %0, %13
  %6 = phi i64 [ 0, %0 ], [ %58, %13 ]
  %7 = phi i64 [ 0, %0 ], [ %55, %13 ]
  %8 = phi i32 [ 0, %0 ], [ %15, %13 ]
  call void @llvm.lifetime.start.p0(i64 65, ptr nonnull %1) #4
  %9 = sitofp i32 %8 to double
  %10 = fmul double %9, 2.400000e+00
  %11 = fdiv double %10, 2.300000e+01
  %12 = fadd double %11, -1.200000e+00
  br label %17

13:                                               ; preds = %52
  store i8 0, ptr %2, align 16, !tbaa !4
  %14 = call i32 @puts(ptr noundef nonnull dereferenceable(1) %1)
  call void @llvm.lifetime.end.p0(i64 65, ptr nonnull %1) #4
  %15 = add nuw nsw i32 %8, 1
  %16 = icmp eq i32 %15, 24
  br i1 %16, label %3, label %5, !llvm.loop !7

17:                                               ; preds = %5, %52
  %18 = phi i64 [ 0, %5 ], [ %65, %52 ]
  %19 = phi i64 [ %6, %5 ], [ %58, %52 ]
  %20 = phi i64 [ %7, %5 ], [ %55, %52 ]
  %21 = trunc i64 %18 to i32
  %22 = sitofp i32 %21 to double
  %23 = fmul double %22, 3.000000e+00
  %24 = fdiv double %23, 6.300000e+01
  %25 = fadd double %24, -2.200000e+00
  br label %26

26:                                               ; preds = %42, %17
  %27 = phi double [ 0.000000e+00, %17 ], [ %45, %42 ]
  %28 = phi i32 [ 0, %17 ], [ %48, %42 ]
  %29 = phi double [ 0.000000e+00, %17 ], [ %47, %42 ]
  %30 = fmul double %29, %29
  %31 = tail call double @llvm.fmuladd.f64(double %27, double %27, double %30)
  %32 = fcmp ugt double %31, 4.000000e+00
  br i1 %32, label %52, label %33

33:                                               ; preds = %26
  %34 = fneg double %30
  %35 = tail call double @llvm.fmuladd.f64(double %27, double %27, double %34)
  %36 = fadd double %25, %35
  %37 = fmul double %27, 2.000000e+00
  %38 = tail call double @llvm.fmuladd.f64(double %37, double %29, double %12)
  %39 = fmul double %38, %38
  %40 = tail call double @llvm.fmuladd.f64(double %36, double %36, double %39)
  %41 = fcmp ugt double %40, 4.000000e+00
  br i1 %41, label %50, label %42

42:                                               ; preds = %33
  %43 = fneg double %39
  %44 = tail call double @llvm.fmuladd.f64(double %36, double %36, double %43)
  %45 = fadd double %25, %44
  %46 = fmul double %36, 2.000000e+00
  %47 = tail call double @llvm.fmuladd.f64(double %46, double %38, double %12)
  %48 = add nuw nsw i32 %28, 2
  %49 = icmp eq i32 %48, 200
  br i1 %49, label %52, label %26, !llvm.loop !9

50:                                               ; preds = %33
  %51 = or i32 %28, 1
  br label %52

52:                                               ; preds = %26, %42, %50
  %53 = phi i32 [ %51, %50 ], [ 200, %42 ], [ %28, %26 ]
  %54 = zext i32 %53 to i64
  %55 = add nsw i64 %20, %54
  %56 = icmp eq i32 %53, 200
  %57 = zext i1 %56 to i64
  %58 = add nsw i64 %19, %57
  %59 = urem i32 %53, 9
  %60 = select i1 %56, i32 9, i32 %59
  %61 = zext i32 %60 to i64
  %62 = getelementptr inbounds [11 x i8], ptr @main.shades, i64 0, i64 %61
  %63 = load i8, ptr %62, align 1, !tbaa !4
  %64 = getelementptr inbounds [65 x i8], ptr %1, i64 0, i64 %18
  store i8 %63, ptr %64, align 1, !tbaa !4
  %65 = add nuw nsw i64 %18, 1
  %66 = icmp eq i64 %65, 64
  br i1 %66, label %13, label %17, !llvm.loop !10

67:                                               ; preds = %83, %3
  %68 = phi double [ 0.000000e+00, %3 ], [ %86, %83 ]
  %69 = phi i32 [ 0, %3 ], [ %89, %83 ]
  %70 = phi double [ 0.000000e+00, %3 ], [ %88, %83 ]
  %71 = fmul double %70, %70
  %72 = tail call double @llvm.fmuladd.f64(double %68, double %68, double %71)
  %73 = fcmp ugt double %72, 4.000000e+00
  br i1 %73, label %93, label %74

74:                                               ; preds = %67
  %75 = fneg double %71
  %76 = tail call double @llvm.fmuladd.f64(double %68, double %68, double %75)
  %77 = fadd double %76, 1.000000e+00
  %78 = fmul double %68, 2.000000e+00
  %79 = tail call double @llvm.fmuladd.f64(double %78, double %70, double 0.000000e+00)
  %80 = fmul double %79, %79
  %81 = tail call double @llvm.fmuladd.f64(double %77, double %77, double %80)
  %82 = fcmp ugt double %81, 4.000000e+00
  br i1 %82, label %91, label %83

83:                                               ; preds = %74
  %84 = fneg double %80
  %85 = tail call double @llvm.fmuladd.f64(double %77, double %77, double %84)
  %86 = fadd double %85, 1.000000e+00
  %87 = fmul double %77, 2.000000e+00
  %88 = tail call double @llvm.fmuladd.f64(double %87, double %79, double 0.000000e+00)
  %89 = add nuw nsw i32 %69, 2
  %90 = icmp eq i32 %89, 200
  br i1 %90, label %99, label %67, !llvm.loop !9

91:                                               ; preds = %74
  %92 = or i32 %69, 1
  br label %93

93:                                               ; preds = %67, %91
  %94 = phi i32 [ %92, %91 ], [ %69, %67 ]
  %95 = icmp eq i32 %94, 3
  br i1 %95, label %96, label %99

96:                                               ; preds = %93
  %97 = icmp slt i64 %58, 1
  %98 = zext i1 %97 to i32
  br label %99

99:                                               ; preds = %83, %96, %93
  %100 = phi i32 [ 1, %93 ], [ %98, %96 ], [ 1, %83 ]
  ret i32 %100
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @puts(ptr nocapture noundef readonly) local_unnamed_addr #2

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #3

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!5, !5, i64 0}
!5 = !{!"omnipotent char", !6, i64 0}
!6 = !{!"Simple C/C++ TBAA"}
!7 = distinct !{!7, !8}
!8 = !{!"llvm.loop.mustprogress"}
!9 = distinct !{!9, !8}
!10 = distinct !{!10, !8}
