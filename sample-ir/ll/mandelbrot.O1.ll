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
  %4 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i64 noundef %47, i64 noundef %44)
  br label %56

5:                                                ; preds = %0, %13
  %6 = phi i64 [ 0, %0 ], [ %47, %13 ]
  %7 = phi i64 [ 0, %0 ], [ %44, %13 ]
  %8 = phi i32 [ 0, %0 ], [ %15, %13 ]
  call void @llvm.lifetime.start.p0(i64 65, ptr nonnull %1) #4
  %9 = sitofp i32 %8 to double
  %10 = fmul double %9, 2.400000e+00
  %11 = fdiv double %10, 2.300000e+01
  %12 = fadd double %11, -1.200000e+00
  br label %17

13:                                               ; preds = %41
  store i8 0, ptr %2, align 16, !tbaa !4
  %14 = call i32 @puts(ptr noundef nonnull dereferenceable(1) %1)
  call void @llvm.lifetime.end.p0(i64 65, ptr nonnull %1) #4
  %15 = add nuw nsw i32 %8, 1
  %16 = icmp eq i32 %15, 24
  br i1 %16, label %3, label %5, !llvm.loop !7

17:                                               ; preds = %5, %41
  %18 = phi i64 [ 0, %5 ], [ %54, %41 ]
  %19 = phi i64 [ %6, %5 ], [ %47, %41 ]
  %20 = phi i64 [ %7, %5 ], [ %44, %41 ]
  %21 = trunc i64 %18 to i32
  %22 = sitofp i32 %21 to double
  %23 = fmul double %22, 3.000000e+00
  %24 = fdiv double %23, 6.300000e+01
  %25 = fadd double %24, -2.200000e+00
  br label %26

26:                                               ; preds = %33, %17
  %27 = phi double [ 0.000000e+00, %17 ], [ %36, %33 ]
  %28 = phi i32 [ 0, %17 ], [ %39, %33 ]
  %29 = phi double [ 0.000000e+00, %17 ], [ %38, %33 ]
  %30 = fmul double %29, %29
  %31 = tail call double @llvm.fmuladd.f64(double %27, double %27, double %30)
  %32 = fcmp ugt double %31, 4.000000e+00
  br i1 %32, label %41, label %33

33:                                               ; preds = %26
  %34 = fneg double %30
  %35 = tail call double @llvm.fmuladd.f64(double %27, double %27, double %34)
  %36 = fadd double %25, %35
  %37 = fmul double %27, 2.000000e+00
  %38 = tail call double @llvm.fmuladd.f64(double %37, double %29, double %12)
  %39 = add nuw nsw i32 %28, 1
  %40 = icmp eq i32 %39, 200
  br i1 %40, label %41, label %26, !llvm.loop !10

41:                                               ; preds = %26, %33
  %42 = phi i32 [ 200, %33 ], [ %28, %26 ]
  %43 = zext i32 %42 to i64
  %44 = add nsw i64 %20, %43
  %45 = icmp eq i32 %42, 200
  %46 = zext i1 %45 to i64
  %47 = add nsw i64 %19, %46
  %48 = urem i32 %42, 9
  %49 = select i1 %45, i32 9, i32 %48
  %50 = zext i32 %49 to i64
  %51 = getelementptr inbounds [11 x i8], ptr @main.shades, i64 0, i64 %50
  %52 = load i8, ptr %51, align 1, !tbaa !4
  %53 = getelementptr inbounds [65 x i8], ptr %1, i64 0, i64 %18
  store i8 %52, ptr %53, align 1, !tbaa !4
  %54 = add nuw nsw i64 %18, 1
  %55 = icmp eq i64 %54, 64
  br i1 %55, label %13, label %17, !llvm.loop !11

56:                                               ; preds = %3, %63
  %57 = phi double [ %66, %63 ], [ 0.000000e+00, %3 ]
  %58 = phi i32 [ %69, %63 ], [ 0, %3 ]
  %59 = phi double [ %68, %63 ], [ 0.000000e+00, %3 ]
  %60 = fmul double %59, %59
  %61 = tail call double @llvm.fmuladd.f64(double %57, double %57, double %60)
  %62 = fcmp ugt double %61, 4.000000e+00
  br i1 %62, label %71, label %63

63:                                               ; preds = %56
  %64 = fneg double %60
  %65 = tail call double @llvm.fmuladd.f64(double %57, double %57, double %64)
  %66 = fadd double %65, 1.000000e+00
  %67 = fmul double %57, 2.000000e+00
  %68 = tail call double @llvm.fmuladd.f64(double %67, double %59, double 0.000000e+00)
  %69 = add nuw nsw i32 %58, 1
  %70 = icmp eq i32 %69, 200
  br i1 %70, label %71, label %56, !llvm.loop !10

71:                                               ; preds = %56, %63
  %72 = phi i32 [ 200, %63 ], [ %58, %56 ]
  %73 = icmp ne i32 %72, 3
  %74 = icmp slt i64 %47, 1
  %75 = select i1 %73, i1 true, i1 %74
  %76 = zext i1 %75 to i32
  ret i32 %76
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
!7 = distinct !{!7, !8, !9}
!8 = !{!"llvm.loop.mustprogress"}
!9 = !{!"llvm.loop.unroll.disable"}
!10 = distinct !{!10, !8, !9}
!11 = distinct !{!11, !8, !9}
