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
  br label %91

3:                                                ; preds = %91, %14
  %4 = phi i64 [ %15, %14 ], [ 0, %91 ]
  %5 = trunc i64 %4 to i8
  %6 = tail call i8 @llvm.bitreverse.i8(i8 %5)
  %7 = zext i8 %6 to i64
  %8 = icmp ult i64 %4, %7
  br i1 %8, label %9, label %14

9:                                                ; preds = %3
  %10 = getelementptr inbounds { double, double }, ptr %2, i64 %4
  %11 = getelementptr inbounds { double, double }, ptr %2, i64 %7
  %12 = load <2 x double>, ptr %10, align 16
  %13 = load <2 x double>, ptr %11, align 16
  store <2 x double> %13, ptr %10, align 16
  store <2 x double> %12, ptr %11, align 16
  br label %14

14:                                               ; preds = %9, %3
  %15 = add nuw nsw i64 %4, 1
  %16 = icmp eq i64 %15, 256
  br i1 %16, label %17, label %3, !llvm.loop !4

17:                                               ; preds = %14, %88
  %18 = phi i32 [ %89, %88 ], [ 2, %14 ]
  %19 = sitofp i32 %18 to double
  %20 = tail call { double, double } @__divdc3(double noundef -0.000000e+00, double noundef 0xC01921FB54442D18, double noundef %19, double noundef 0.000000e+00) #7
  %21 = extractvalue { double, double } %20, 0
  %22 = extractvalue { double, double } %20, 1
  %23 = tail call { double, double } @cexp(double noundef %21, double noundef %22) #7
  %24 = extractvalue { double, double } %23, 0
  %25 = extractvalue { double, double } %23, 1
  %26 = ashr exact i32 %18, 1
  %27 = sext i32 %26 to i64
  %28 = tail call i32 @llvm.smax.i32(i32 %26, i32 1)
  %29 = zext i32 %18 to i64
  %30 = zext i32 %28 to i64
  br label %31

31:                                               ; preds = %85, %17
  %32 = phi i64 [ 0, %17 ], [ %86, %85 ]
  br label %33

33:                                               ; preds = %80, %31
  %34 = phi i64 [ 0, %31 ], [ %83, %80 ]
  %35 = phi double [ 1.000000e+00, %31 ], [ %81, %80 ]
  %36 = phi double [ 0.000000e+00, %31 ], [ %82, %80 ]
  %37 = add nuw nsw i64 %34, %32
  %38 = getelementptr inbounds { double, double }, ptr %2, i64 %37
  %39 = load double, ptr %38, align 16
  %40 = getelementptr inbounds { double, double }, ptr %2, i64 %37, i32 1
  %41 = load double, ptr %40, align 8
  %42 = add nsw i64 %37, %27
  %43 = getelementptr inbounds { double, double }, ptr %2, i64 %42
  %44 = load double, ptr %43, align 16
  %45 = getelementptr inbounds { double, double }, ptr %2, i64 %42, i32 1
  %46 = load double, ptr %45, align 8
  %47 = fmul double %35, %44
  %48 = fmul double %36, %46
  %49 = fmul double %36, %44
  %50 = fmul double %35, %46
  %51 = fsub double %47, %48
  %52 = fadd double %49, %50
  %53 = fcmp uno double %51, 0.000000e+00
  br i1 %53, label %54, label %60, !prof !6

54:                                               ; preds = %33
  %55 = fcmp uno double %52, 0.000000e+00
  br i1 %55, label %56, label %60, !prof !6

56:                                               ; preds = %54
  %57 = tail call { double, double } @__muldc3(double noundef %44, double noundef %46, double noundef %35, double noundef %36) #7
  %58 = extractvalue { double, double } %57, 0
  %59 = extractvalue { double, double } %57, 1
  br label %60

60:                                               ; preds = %56, %54, %33
  %61 = phi double [ %51, %33 ], [ %51, %54 ], [ %58, %56 ]
  %62 = phi double [ %52, %33 ], [ %52, %54 ], [ %59, %56 ]
  %63 = fadd double %39, %61
  %64 = fadd double %41, %62
  store double %63, ptr %38, align 16
  store double %64, ptr %40, align 8
  %65 = fsub double %39, %61
  %66 = fsub double %41, %62
  store double %65, ptr %43, align 16
  store double %66, ptr %45, align 8
  %67 = fmul double %24, %35
  %68 = fmul double %25, %36
  %69 = fmul double %25, %35
  %70 = fmul double %24, %36
  %71 = fsub double %67, %68
  %72 = fadd double %69, %70
  %73 = fcmp uno double %71, 0.000000e+00
  br i1 %73, label %74, label %80, !prof !6

74:                                               ; preds = %60
  %75 = fcmp uno double %72, 0.000000e+00
  br i1 %75, label %76, label %80, !prof !6

76:                                               ; preds = %74
  %77 = tail call { double, double } @__muldc3(double noundef %35, double noundef %36, double noundef %24, double noundef %25) #7
  %78 = extractvalue { double, double } %77, 0
  %79 = extractvalue { double, double } %77, 1
  br label %80

80:                                               ; preds = %76, %74, %60
  %81 = phi double [ %71, %60 ], [ %71, %74 ], [ %78, %76 ]
  %82 = phi double [ %72, %60 ], [ %72, %74 ], [ %79, %76 ]
  %83 = add nuw nsw i64 %34, 1
  %84 = icmp eq i64 %83, %30
  br i1 %84, label %85, label %33, !llvm.loop !7

85:                                               ; preds = %80
  %86 = add nuw nsw i64 %32, %29
  %87 = icmp ult i64 %86, 256
  br i1 %87, label %31, label %88, !llvm.loop !8

88:                                               ; preds = %85
  %89 = shl i32 %18, 1
  %90 = icmp slt i32 %89, 257
  br i1 %90, label %17, label %112, !llvm.loop !9

91:                                               ; preds = %0, %91
  %92 = phi i64 [ 0, %0 ], [ %110, %91 ]
  %93 = trunc i64 %92 to i32
  %94 = sitofp i32 %93 to double
  %95 = fmul double %94, 0x403F6A7A2955385E
  %96 = fmul double %95, 3.906250e-03
  %97 = tail call double @cos(double noundef %96) #7
  %98 = fmul double %94, 0x4052D97C7F3321D2
  %99 = fmul double %98, 3.906250e-03
  %100 = tail call double @sin(double noundef %99) #7
  %101 = tail call double @llvm.fmuladd.f64(double %100, double 5.000000e-01, double %97)
  %102 = trunc i64 %92 to i8
  %103 = urem i8 %102, 3
  %104 = uitofp i8 %103 to double
  %105 = tail call double @llvm.fmuladd.f64(double %104, double 1.000000e-01, double %101)
  %106 = getelementptr inbounds [256 x { double, double }], ptr %1, i64 0, i64 %92
  %107 = getelementptr inbounds [256 x { double, double }], ptr %1, i64 0, i64 %92, i32 1
  store double %105, ptr %106, align 16
  store double 0.000000e+00, ptr %107, align 8
  %108 = getelementptr inbounds [256 x { double, double }], ptr %2, i64 0, i64 %92
  %109 = getelementptr inbounds [256 x { double, double }], ptr %2, i64 0, i64 %92, i32 1
  store double %105, ptr %108, align 16
  store double 0.000000e+00, ptr %109, align 8
  %110 = add nuw nsw i64 %92, 1
  %111 = icmp eq i64 %110, 256
  br i1 %111, label %3, label %91, !llvm.loop !10

112:                                              ; preds = %88, %136
  %113 = phi i64 [ %145, %136 ], [ 0, %88 ]
  %114 = phi double [ %144, %136 ], [ 0.000000e+00, %88 ]
  %115 = trunc i64 %113 to i32
  %116 = sitofp i32 %115 to double
  %117 = fmul double %116, 0.000000e+00
  %118 = fmul double %116, 0xC01921FB54442D18
  %119 = fsub double 0.000000e+00, %117
  %120 = fmul double %118, 0.000000e+00
  %121 = fmul double %119, 0.000000e+00
  br label %147

122:                                              ; preds = %136
  %123 = getelementptr inbounds [256 x { double, double }], ptr %2, i64 0, i64 5
  %124 = load double, ptr %123, align 16
  %125 = getelementptr inbounds [256 x { double, double }], ptr %2, i64 0, i64 5, i32 1
  %126 = load double, ptr %125, align 8
  %127 = tail call double @cabs(double noundef %124, double noundef %126) #7
  %128 = getelementptr inbounds [256 x { double, double }], ptr %2, i64 0, i64 12
  %129 = load double, ptr %128, align 16
  %130 = getelementptr inbounds [256 x { double, double }], ptr %2, i64 0, i64 12, i32 1
  %131 = load double, ptr %130, align 8
  %132 = tail call double @cabs(double noundef %129, double noundef %131) #7
  %133 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 256, double noundef %127, double noundef %132, double noundef %144)
  %134 = fcmp uge double %144, 1.000000e-08
  %135 = zext i1 %134 to i32
  call void @llvm.lifetime.end.p0(i64 4096, ptr nonnull %2) #7
  call void @llvm.lifetime.end.p0(i64 4096, ptr nonnull %1) #7
  ret i32 %135

136:                                              ; preds = %196
  %137 = getelementptr inbounds [256 x { double, double }], ptr %2, i64 0, i64 %113
  %138 = load double, ptr %137, align 16
  %139 = getelementptr inbounds [256 x { double, double }], ptr %2, i64 0, i64 %113, i32 1
  %140 = load double, ptr %139, align 8
  %141 = fsub double %199, %138
  %142 = fsub double %200, %140
  %143 = tail call double @cabs(double noundef %141, double noundef %142) #7
  %144 = tail call double @llvm.maxnum.f64(double %114, double %143)
  %145 = add nuw nsw i64 %113, 1
  %146 = icmp eq i64 %145, 256
  br i1 %146, label %122, label %112, !llvm.loop !11

147:                                              ; preds = %112, %196
  %148 = phi i64 [ 0, %112 ], [ %201, %196 ]
  %149 = phi double [ 0.000000e+00, %112 ], [ %200, %196 ]
  %150 = phi double [ 0.000000e+00, %112 ], [ %199, %196 ]
  %151 = getelementptr inbounds [256 x { double, double }], ptr %1, i64 0, i64 %148
  %152 = load <2 x double>, ptr %151, align 16
  %153 = trunc i64 %148 to i32
  %154 = sitofp i32 %153 to double
  %155 = fmul double %119, %154
  %156 = fmul double %118, %154
  %157 = fsub double %155, %120
  %158 = fadd double %121, %156
  %159 = fcmp uno double %157, 0.000000e+00
  br i1 %159, label %160, label %166, !prof !6

160:                                              ; preds = %147
  %161 = fcmp uno double %158, 0.000000e+00
  br i1 %161, label %162, label %166, !prof !6

162:                                              ; preds = %160
  %163 = tail call { double, double } @__muldc3(double noundef %119, double noundef %118, double noundef %154, double noundef 0.000000e+00) #7
  %164 = extractvalue { double, double } %163, 0
  %165 = extractvalue { double, double } %163, 1
  br label %166

166:                                              ; preds = %162, %160, %147
  %167 = phi double [ %157, %147 ], [ %157, %160 ], [ %164, %162 ]
  %168 = phi double [ %158, %147 ], [ %158, %160 ], [ %165, %162 ]
  %169 = tail call { double, double } @__divdc3(double noundef %167, double noundef %168, double noundef 2.560000e+02, double noundef 0.000000e+00) #7
  %170 = extractvalue { double, double } %169, 0
  %171 = extractvalue { double, double } %169, 1
  %172 = tail call { double, double } @cexp(double noundef %170, double noundef %171) #7
  %173 = extractvalue { double, double } %172, 0
  %174 = extractvalue { double, double } %172, 1
  %175 = insertelement <2 x double> poison, double %173, i64 0
  %176 = insertelement <2 x double> %175, double %174, i64 1
  %177 = fmul <2 x double> %152, %176
  %178 = insertelement <2 x double> poison, double %174, i64 0
  %179 = insertelement <2 x double> %178, double %173, i64 1
  %180 = fmul <2 x double> %152, %179
  %181 = shufflevector <2 x double> %177, <2 x double> poison, <2 x i32> <i32 1, i32 undef>
  %182 = fsub <2 x double> %177, %181
  %183 = extractelement <2 x double> %182, i64 0
  %184 = shufflevector <2 x double> %180, <2 x double> poison, <2 x i32> <i32 1, i32 undef>
  %185 = fadd <2 x double> %180, %184
  %186 = extractelement <2 x double> %185, i64 0
  %187 = fcmp uno double %183, 0.000000e+00
  br i1 %187, label %188, label %196, !prof !6

188:                                              ; preds = %166
  %189 = fcmp uno double %186, 0.000000e+00
  br i1 %189, label %190, label %196, !prof !6

190:                                              ; preds = %188
  %191 = extractelement <2 x double> %152, i64 0
  %192 = extractelement <2 x double> %152, i64 1
  %193 = tail call { double, double } @__muldc3(double noundef %191, double noundef %192, double noundef %173, double noundef %174) #7
  %194 = extractvalue { double, double } %193, 0
  %195 = extractvalue { double, double } %193, 1
  br label %196

196:                                              ; preds = %190, %188, %166
  %197 = phi double [ %183, %166 ], [ %183, %188 ], [ %194, %190 ]
  %198 = phi double [ %186, %166 ], [ %186, %188 ], [ %195, %190 ]
  %199 = fadd double %150, %197
  %200 = fadd double %149, %198
  %201 = add nuw nsw i64 %148, 1
  %202 = icmp eq i64 %201, 256
  br i1 %202, label %136, label %147, !llvm.loop !12
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

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i8 @llvm.bitreverse.i8(i8) #6

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
!4 = distinct !{!4, !5}
!5 = !{!"llvm.loop.mustprogress"}
!6 = !{!"branch_weights", i32 1, i32 1048575}
!7 = distinct !{!7, !5}
!8 = distinct !{!8, !5}
!9 = distinct !{!9, !5}
!10 = distinct !{!10, !5}
!11 = distinct !{!11, !5}
!12 = distinct !{!12, !5}
