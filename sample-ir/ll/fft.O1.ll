; ModuleID = 'c/fft.c'
source_filename = "c/fft.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [42 x i8] c"fft n=%d |X[5]|=%.3f |X[12]|=%.3f err=%g\0A\00", align 1

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  %1 = alloca [256 x { double, double }], align 16
  %2 = alloca [256 x { double, double }], align 16
  call void @llvm.lifetime.start.p0(i64 4096, ptr nonnull %1) #7
  call void @llvm.lifetime.start.p0(i64 4096, ptr nonnull %2) #7
  br label %106

3:                                                ; preds = %106, %29
  %4 = phi i64 [ %30, %29 ], [ 0, %106 ]
  %5 = trunc i64 %4 to i32
  br label %6

6:                                                ; preds = %6, %3
  %7 = phi i32 [ %14, %6 ], [ 0, %3 ]
  %8 = phi i32 [ %12, %6 ], [ 0, %3 ]
  %9 = phi i32 [ %13, %6 ], [ %5, %3 ]
  %10 = shl i32 %8, 1
  %11 = and i32 %9, 1
  %12 = or i32 %11, %10
  %13 = lshr i32 %9, 1
  %14 = add nuw nsw i32 %7, 1
  %15 = icmp eq i32 %14, 8
  br i1 %15, label %16, label %6, !llvm.loop !4

16:                                               ; preds = %6
  %17 = sext i32 %12 to i64
  %18 = icmp slt i64 %4, %17
  br i1 %18, label %19, label %29

19:                                               ; preds = %16
  %20 = getelementptr inbounds { double, double }, ptr %2, i64 %4
  %21 = load double, ptr %20, align 16
  %22 = getelementptr inbounds { double, double }, ptr %2, i64 %4, i32 1
  %23 = load double, ptr %22, align 8
  %24 = zext i32 %12 to i64
  %25 = getelementptr inbounds { double, double }, ptr %2, i64 %24
  %26 = load double, ptr %25, align 16
  %27 = getelementptr inbounds { double, double }, ptr %2, i64 %24, i32 1
  %28 = load double, ptr %27, align 8
  store double %26, ptr %20, align 16
  store double %28, ptr %22, align 8
  store double %21, ptr %25, align 16
  store double %23, ptr %27, align 8
  br label %29

29:                                               ; preds = %19, %16
  %30 = add nuw nsw i64 %4, 1
  %31 = icmp eq i64 %30, 256
  br i1 %31, label %32, label %3, !llvm.loop !7

32:                                               ; preds = %29, %48
  %33 = phi i32 [ %49, %48 ], [ 2, %29 ]
  %34 = sitofp i32 %33 to double
  %35 = tail call { double, double } @__divdc3(double noundef -0.000000e+00, double noundef 0xC01921FB54442D18, double noundef %34, double noundef 0.000000e+00) #7
  %36 = extractvalue { double, double } %35, 0
  %37 = extractvalue { double, double } %35, 1
  %38 = tail call { double, double } @cexp(double noundef %36, double noundef %37) #7
  %39 = extractvalue { double, double } %38, 0
  %40 = extractvalue { double, double } %38, 1
  %41 = ashr exact i32 %33, 1
  %42 = sext i32 %41 to i64
  %43 = tail call i32 @llvm.smax.i32(i32 %41, i32 1)
  %44 = zext i32 %33 to i64
  %45 = zext i32 %43 to i64
  br label %46

46:                                               ; preds = %51, %32
  %47 = phi i64 [ 0, %32 ], [ %52, %51 ]
  br label %54

48:                                               ; preds = %51
  %49 = shl i32 %33, 1
  %50 = icmp slt i32 %49, 257
  br i1 %50, label %32, label %127, !llvm.loop !8

51:                                               ; preds = %101
  %52 = add nuw nsw i64 %47, %44
  %53 = icmp ult i64 %52, 256
  br i1 %53, label %46, label %48, !llvm.loop !9

54:                                               ; preds = %101, %46
  %55 = phi i64 [ 0, %46 ], [ %104, %101 ]
  %56 = phi double [ 1.000000e+00, %46 ], [ %102, %101 ]
  %57 = phi double [ 0.000000e+00, %46 ], [ %103, %101 ]
  %58 = add nuw nsw i64 %55, %47
  %59 = getelementptr inbounds { double, double }, ptr %2, i64 %58
  %60 = load double, ptr %59, align 16
  %61 = getelementptr inbounds { double, double }, ptr %2, i64 %58, i32 1
  %62 = load double, ptr %61, align 8
  %63 = add nsw i64 %58, %42
  %64 = getelementptr inbounds { double, double }, ptr %2, i64 %63
  %65 = load double, ptr %64, align 16
  %66 = getelementptr inbounds { double, double }, ptr %2, i64 %63, i32 1
  %67 = load double, ptr %66, align 8
  %68 = fmul double %56, %65
  %69 = fmul double %57, %67
  %70 = fmul double %57, %65
  %71 = fmul double %56, %67
  %72 = fsub double %68, %69
  %73 = fadd double %70, %71
  %74 = fcmp uno double %72, 0.000000e+00
  br i1 %74, label %75, label %81, !prof !10

75:                                               ; preds = %54
  %76 = fcmp uno double %73, 0.000000e+00
  br i1 %76, label %77, label %81, !prof !10

77:                                               ; preds = %75
  %78 = tail call { double, double } @__muldc3(double noundef %65, double noundef %67, double noundef %56, double noundef %57) #7
  %79 = extractvalue { double, double } %78, 0
  %80 = extractvalue { double, double } %78, 1
  br label %81

81:                                               ; preds = %77, %75, %54
  %82 = phi double [ %72, %54 ], [ %72, %75 ], [ %79, %77 ]
  %83 = phi double [ %73, %54 ], [ %73, %75 ], [ %80, %77 ]
  %84 = fadd double %60, %82
  %85 = fadd double %62, %83
  store double %84, ptr %59, align 16
  store double %85, ptr %61, align 8
  %86 = fsub double %60, %82
  %87 = fsub double %62, %83
  store double %86, ptr %64, align 16
  store double %87, ptr %66, align 8
  %88 = fmul double %39, %56
  %89 = fmul double %40, %57
  %90 = fmul double %40, %56
  %91 = fmul double %39, %57
  %92 = fsub double %88, %89
  %93 = fadd double %90, %91
  %94 = fcmp uno double %92, 0.000000e+00
  br i1 %94, label %95, label %101, !prof !10

95:                                               ; preds = %81
  %96 = fcmp uno double %93, 0.000000e+00
  br i1 %96, label %97, label %101, !prof !10

97:                                               ; preds = %95
  %98 = tail call { double, double } @__muldc3(double noundef %56, double noundef %57, double noundef %39, double noundef %40) #7
  %99 = extractvalue { double, double } %98, 0
  %100 = extractvalue { double, double } %98, 1
  br label %101

101:                                              ; preds = %97, %95, %81
  %102 = phi double [ %92, %81 ], [ %92, %95 ], [ %99, %97 ]
  %103 = phi double [ %93, %81 ], [ %93, %95 ], [ %100, %97 ]
  %104 = add nuw nsw i64 %55, 1
  %105 = icmp eq i64 %104, %45
  br i1 %105, label %51, label %54, !llvm.loop !11

106:                                              ; preds = %0, %106
  %107 = phi i64 [ 0, %0 ], [ %125, %106 ]
  %108 = trunc i64 %107 to i32
  %109 = sitofp i32 %108 to double
  %110 = fmul double %109, 0x403F6A7A2955385E
  %111 = fmul double %110, 3.906250e-03
  %112 = tail call double @cos(double noundef %111) #7
  %113 = fmul double %109, 0x4052D97C7F3321D2
  %114 = fmul double %113, 3.906250e-03
  %115 = tail call double @sin(double noundef %114) #7
  %116 = tail call double @llvm.fmuladd.f64(double %115, double 5.000000e-01, double %112)
  %117 = trunc i64 %107 to i32
  %118 = urem i32 %117, 3
  %119 = sitofp i32 %118 to double
  %120 = tail call double @llvm.fmuladd.f64(double %119, double 1.000000e-01, double %116)
  %121 = getelementptr inbounds [256 x { double, double }], ptr %1, i64 0, i64 %107
  %122 = getelementptr inbounds [256 x { double, double }], ptr %1, i64 0, i64 %107, i32 1
  store double %120, ptr %121, align 16
  store double 0.000000e+00, ptr %122, align 8
  %123 = getelementptr inbounds [256 x { double, double }], ptr %2, i64 0, i64 %107
  %124 = getelementptr inbounds [256 x { double, double }], ptr %2, i64 0, i64 %107, i32 1
  store double %120, ptr %123, align 16
  store double 0.000000e+00, ptr %124, align 8
  %125 = add nuw nsw i64 %107, 1
  %126 = icmp eq i64 %125, 256
  br i1 %126, label %3, label %106, !llvm.loop !12

127:                                              ; preds = %48, %151
  %128 = phi i64 [ %160, %151 ], [ 0, %48 ]
  %129 = phi double [ %159, %151 ], [ 0.000000e+00, %48 ]
  %130 = trunc i64 %128 to i32
  %131 = sitofp i32 %130 to double
  %132 = fmul double %131, 0.000000e+00
  %133 = fmul double %131, 0xC01921FB54442D18
  %134 = fsub double 0.000000e+00, %132
  %135 = fmul double %133, 0.000000e+00
  %136 = fmul double %134, 0.000000e+00
  br label %162

137:                                              ; preds = %151
  %138 = getelementptr inbounds [256 x { double, double }], ptr %2, i64 0, i64 5
  %139 = load double, ptr %138, align 16
  %140 = getelementptr inbounds [256 x { double, double }], ptr %2, i64 0, i64 5, i32 1
  %141 = load double, ptr %140, align 8
  %142 = tail call double @cabs(double noundef %139, double noundef %141) #7
  %143 = getelementptr inbounds [256 x { double, double }], ptr %2, i64 0, i64 12
  %144 = load double, ptr %143, align 16
  %145 = getelementptr inbounds [256 x { double, double }], ptr %2, i64 0, i64 12, i32 1
  %146 = load double, ptr %145, align 8
  %147 = tail call double @cabs(double noundef %144, double noundef %146) #7
  %148 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 256, double noundef %142, double noundef %147, double noundef %159)
  %149 = fcmp uge double %159, 1.000000e-08
  %150 = zext i1 %149 to i32
  call void @llvm.lifetime.end.p0(i64 4096, ptr nonnull %2) #7
  call void @llvm.lifetime.end.p0(i64 4096, ptr nonnull %1) #7
  ret i32 %150

151:                                              ; preds = %205
  %152 = getelementptr inbounds [256 x { double, double }], ptr %2, i64 0, i64 %128
  %153 = load double, ptr %152, align 16
  %154 = getelementptr inbounds [256 x { double, double }], ptr %2, i64 0, i64 %128, i32 1
  %155 = load double, ptr %154, align 8
  %156 = fsub double %208, %153
  %157 = fsub double %209, %155
  %158 = tail call double @cabs(double noundef %156, double noundef %157) #7
  %159 = tail call double @llvm.maxnum.f64(double %129, double %158)
  %160 = add nuw nsw i64 %128, 1
  %161 = icmp eq i64 %160, 256
  br i1 %161, label %137, label %127, !llvm.loop !13

162:                                              ; preds = %127, %205
  %163 = phi i64 [ 0, %127 ], [ %210, %205 ]
  %164 = phi double [ 0.000000e+00, %127 ], [ %209, %205 ]
  %165 = phi double [ 0.000000e+00, %127 ], [ %208, %205 ]
  %166 = getelementptr inbounds [256 x { double, double }], ptr %1, i64 0, i64 %163
  %167 = load double, ptr %166, align 16
  %168 = getelementptr inbounds [256 x { double, double }], ptr %1, i64 0, i64 %163, i32 1
  %169 = load double, ptr %168, align 8
  %170 = trunc i64 %163 to i32
  %171 = sitofp i32 %170 to double
  %172 = fmul double %134, %171
  %173 = fmul double %133, %171
  %174 = fsub double %172, %135
  %175 = fadd double %136, %173
  %176 = fcmp uno double %174, 0.000000e+00
  br i1 %176, label %177, label %183, !prof !10

177:                                              ; preds = %162
  %178 = fcmp uno double %175, 0.000000e+00
  br i1 %178, label %179, label %183, !prof !10

179:                                              ; preds = %177
  %180 = tail call { double, double } @__muldc3(double noundef %134, double noundef %133, double noundef %171, double noundef 0.000000e+00) #7
  %181 = extractvalue { double, double } %180, 0
  %182 = extractvalue { double, double } %180, 1
  br label %183

183:                                              ; preds = %179, %177, %162
  %184 = phi double [ %174, %162 ], [ %174, %177 ], [ %181, %179 ]
  %185 = phi double [ %175, %162 ], [ %175, %177 ], [ %182, %179 ]
  %186 = tail call { double, double } @__divdc3(double noundef %184, double noundef %185, double noundef 2.560000e+02, double noundef 0.000000e+00) #7
  %187 = extractvalue { double, double } %186, 0
  %188 = extractvalue { double, double } %186, 1
  %189 = tail call { double, double } @cexp(double noundef %187, double noundef %188) #7
  %190 = extractvalue { double, double } %189, 0
  %191 = extractvalue { double, double } %189, 1
  %192 = fmul double %167, %190
  %193 = fmul double %169, %191
  %194 = fmul double %167, %191
  %195 = fmul double %169, %190
  %196 = fsub double %192, %193
  %197 = fadd double %194, %195
  %198 = fcmp uno double %196, 0.000000e+00
  br i1 %198, label %199, label %205, !prof !10

199:                                              ; preds = %183
  %200 = fcmp uno double %197, 0.000000e+00
  br i1 %200, label %201, label %205, !prof !10

201:                                              ; preds = %199
  %202 = tail call { double, double } @__muldc3(double noundef %167, double noundef %169, double noundef %190, double noundef %191) #7
  %203 = extractvalue { double, double } %202, 0
  %204 = extractvalue { double, double } %202, 1
  br label %205

205:                                              ; preds = %201, %199, %183
  %206 = phi double [ %196, %183 ], [ %196, %199 ], [ %203, %201 ]
  %207 = phi double [ %197, %183 ], [ %197, %199 ], [ %204, %201 ]
  %208 = fadd double %165, %206
  %209 = fadd double %164, %207
  %210 = add nuw nsw i64 %163, 1
  %211 = icmp eq i64 %210, 256
  br i1 %211, label %151, label %162, !llvm.loop !14
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare double @cos(double noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare double @sin(double noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nounwind
declare { double, double } @cexp(double noundef, double noundef) local_unnamed_addr #4

declare { double, double } @__muldc3(double, double, double, double) local_unnamed_addr

declare { double, double } @__divdc3(double, double, double, double) local_unnamed_addr

; Function Attrs: nofree nounwind
declare double @cabs(double noundef, double noundef) local_unnamed_addr #5

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.maxnum.f64(double, double) #3

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #5

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #6

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nofree nounwind willreturn memory(write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #7 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = distinct !{!4, !5, !6}
!5 = !{!"llvm.loop.mustprogress"}
!6 = !{!"llvm.loop.unroll.disable"}
!7 = distinct !{!7, !5, !6}
!8 = distinct !{!8, !5, !6}
!9 = distinct !{!9, !5, !6}
!10 = !{!"branch_weights", i32 1, i32 1048575}
!11 = distinct !{!11, !5, !6}
!12 = distinct !{!12, !5, !6}
!13 = distinct !{!13, !5, !6}
!14 = distinct !{!14, !5, !6}
