; ModuleID = 'c/monte_carlo_pi.c'
source_filename = "c/monte_carlo_pi.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [41 x i8] c"monte_carlo_pi estimate=%.5f error=%.5f\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  br label %1

1:                                                ; preds = %1, %0
  %2 = phi i64 [ 0, %0 ], [ %29, %1 ]
  %3 = phi i64 [ 0, %0 ], [ %30, %1 ]
  %4 = phi i64 [ -7046029254386353131, %0 ], [ %20, %1 ]
  %5 = lshr i64 %4, 12
  %6 = xor i64 %5, %4
  %7 = shl i64 %6, 25
  %8 = xor i64 %7, %6
  %9 = lshr i64 %8, 27
  %10 = xor i64 %9, %8
  %11 = mul i64 %10, 2685821657736338717
  %12 = lshr i64 %11, 11
  %13 = uitofp i64 %12 to double
  %14 = fmul double %13, 0x3CA0000000000000
  %15 = lshr i64 %10, 12
  %16 = xor i64 %15, %10
  %17 = shl i64 %16, 25
  %18 = xor i64 %17, %16
  %19 = lshr i64 %18, 27
  %20 = xor i64 %19, %18
  %21 = mul i64 %20, 2685821657736338717
  %22 = lshr i64 %21, 11
  %23 = uitofp i64 %22 to double
  %24 = fmul double %23, 0x3CA0000000000000
  %25 = fmul double %24, %24
  %26 = tail call double @llvm.fmuladd.f64(double %14, double %14, double %25)
  %27 = fcmp ole double %26, 1.000000e+00
  %28 = zext i1 %27 to i64
  %29 = add nuw nsw i64 %2, %28
  %30 = add nuw nsw i64 %3, 1
  %31 = icmp eq i64 %30, 1000000
  br i1 %31, label %32, label %1, !llvm.loop !4

32:                                               ; preds = %1
  %33 = sitofp i64 %29 to double
  %34 = fmul double %33, 4.000000e+00
  %35 = fdiv double %34, 1.000000e+06
  %36 = fadd double %35, 0xC00921FB54442D11
  %37 = tail call double @llvm.fabs.f64(double %36)
  %38 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %35, double noundef %37)
  %39 = fcmp uge double %37, 1.000000e-02
  %40 = zext i1 %39 to i32
  ret i32 %40
}

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
!4 = distinct !{!4, !5}
!5 = !{!"llvm.loop.mustprogress"}
