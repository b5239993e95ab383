; ModuleID = 'c/cholesky.c'
source_filename = "c/cholesky.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@A = internal unnamed_addr global [32 x [32 x double]] zeroinitializer, align 16
@L = internal unnamed_addr global [32 x [32 x double]] zeroinitializer, align 16
@.str = private unnamed_addr constant [52 x i8] c"cholesky n=%d L[0][0]=%.6f reconstruction error=%g\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  %1 = alloca [32 x [32 x double]], align 16
  call void @llvm.lifetime.start.p0(i64 8192, ptr nonnull %1) #5
  br label %2

2:                                                ; preds = %0, %6
  %3 = phi i64 [ 0, %0 ], [ %7, %6 ]
  %4 = trunc i64 %3 to i32
  %5 = sitofp i32 %4 to double
  br label %9

6:                                                ; preds = %9
  %7 = add nuw nsw i64 %3, 1
  %8 = icmp eq i64 %7, 32
  br i1 %8, label %24, label %2, !llvm.loop !4

9:                                                ; preds = %9, %2
  %10 = phi i64 [ 0, %2 ], [ %22, %9 ]
  %11 = trunc i64 %10 to i32
  %12 = sitofp i32 %11 to double
  %13 = tail call double @llvm.fmuladd.f64(double %12, double 2.000000e+00, double %5)
  %14 = tail call double @sin(double noundef %13) #5
  %15 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %3, i64 %10
  store double %14, ptr %15, align 16, !tbaa !6
  %16 = or i64 %10, 1
  %17 = trunc i64 %16 to i32
  %18 = sitofp i32 %17 to double
  %19 = tail call double @llvm.fmuladd.f64(double %18, double 2.000000e+00, double %5)
  %20 = tail call double @sin(double noundef %19) #5
  %21 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %3, i64 %16
  store double %20, ptr %21, align 8, !tbaa !6
  %22 = add nuw nsw i64 %10, 2
  %23 = icmp eq i64 %22, 32
  br i1 %23, label %6, label %9, !llvm.loop !10

24:                                               ; preds = %6, %209
  %25 = phi i64 [ %210, %209 ], [ 0, %6 ]
  br label %212

26:                                               ; preds = %209, %203
  %27 = phi i64 [ %204, %203 ], [ 0, %209 ]
  %28 = phi i1 [ %205, %203 ], [ false, %209 ]
  %29 = add nsw i64 %27, -1
  %30 = shl nuw nsw i64 %27, 5
  %31 = getelementptr inbounds double, ptr @A, i64 %30
  %32 = getelementptr inbounds double, ptr %31, i64 %27
  %33 = load double, ptr %32, align 8, !tbaa !6
  %34 = icmp eq i64 %27, 0
  br i1 %34, label %57, label %35

35:                                               ; preds = %26
  %36 = getelementptr inbounds double, ptr @L, i64 %30
  %37 = and i64 %27, 3
  %38 = icmp ult i64 %27, 4
  br i1 %38, label %41, label %39

39:                                               ; preds = %35
  %40 = and i64 %27, 9223372036854775804
  br label %60

41:                                               ; preds = %60, %35
  %42 = phi double [ undef, %35 ], [ %82, %60 ]
  %43 = phi i64 [ 0, %35 ], [ %83, %60 ]
  %44 = phi double [ %33, %35 ], [ %82, %60 ]
  %45 = icmp eq i64 %37, 0
  br i1 %45, label %57, label %46

46:                                               ; preds = %41, %46
  %47 = phi i64 [ %54, %46 ], [ %43, %41 ]
  %48 = phi double [ %53, %46 ], [ %44, %41 ]
  %49 = phi i64 [ %55, %46 ], [ 0, %41 ]
  %50 = getelementptr inbounds double, ptr %36, i64 %47
  %51 = load double, ptr %50, align 8, !tbaa !6
  %52 = fneg double %51
  %53 = tail call double @llvm.fmuladd.f64(double %52, double %51, double %48)
  %54 = add nuw nsw i64 %47, 1
  %55 = add i64 %49, 1
  %56 = icmp eq i64 %55, %37
  br i1 %56, label %57, label %46, !llvm.loop !11

57:                                               ; preds = %41, %46, %26
  %58 = phi double [ %33, %26 ], [ %42, %41 ], [ %53, %46 ]
  %59 = fcmp ugt double %58, 0.000000e+00
  br i1 %59, label %86, label %207

60:                                               ; preds = %60, %39
  %61 = phi i64 [ 0, %39 ], [ %83, %60 ]
  %62 = phi double [ %33, %39 ], [ %82, %60 ]
  %63 = phi i64 [ 0, %39 ], [ %84, %60 ]
  %64 = getelementptr inbounds double, ptr %36, i64 %61
  %65 = load double, ptr %64, align 16, !tbaa !6
  %66 = fneg double %65
  %67 = tail call double @llvm.fmuladd.f64(double %66, double %65, double %62)
  %68 = or i64 %61, 1
  %69 = getelementptr inbounds double, ptr %36, i64 %68
  %70 = load double, ptr %69, align 8, !tbaa !6
  %71 = fneg double %70
  %72 = tail call double @llvm.fmuladd.f64(double %71, double %70, double %67)
  %73 = or i64 %61, 2
  %74 = getelementptr inbounds double, ptr %36, i64 %73
  %75 = load double, ptr %74, align 16, !tbaa !6
  %76 = fneg double %75
  %77 = tail call double @llvm.fmuladd.f64(double %76, double %75, double %72)
  %78 = or i64 %61, 3
  %79 = getelementptr inbounds double, ptr %36, i64 %78
  %80 = load double, ptr %79, align 8, !tbaa !6
  %81 = fneg double %80
  %82 = tail call double @llvm.fmuladd.f64(double %81, double %80, double %77)
  %83 = add nuw nsw i64 %61, 4
  %84 = add i64 %63, 4
  %85 = icmp eq i64 %84, %40
  br i1 %85, label %41, label %60, !llvm.loop !13

86:                                               ; preds = %57
  %87 = tail call double @sqrt(double noundef %58) #5
  %88 = getelementptr inbounds double, ptr @L, i64 %30
  %89 = getelementptr inbounds double, ptr %88, i64 %27
  store double %87, ptr %89, align 8, !tbaa !6
  %90 = icmp ult i64 %27, 31
  br i1 %90, label %91, label %98

91:                                               ; preds = %86
  %92 = getelementptr inbounds double, ptr @A, i64 %27
  %93 = getelementptr inbounds double, ptr @L, i64 %27
  %94 = and i64 %27, 3
  %95 = icmp ult i64 %27, 4
  %96 = and i64 %27, 9223372036854775804
  %97 = icmp eq i64 %94, 0
  br label %104

98:                                               ; preds = %129, %86
  %99 = getelementptr inbounds double, ptr @L, i64 %27
  %100 = and i64 %27, 3
  %101 = icmp ult i64 %29, 3
  br i1 %101, label %192, label %102

102:                                              ; preds = %98
  %103 = and i64 %27, 9223372036854775804
  br label %175

104:                                              ; preds = %140, %91
  %105 = phi i64 [ %27, %91 ], [ %106, %140 ]
  %106 = add nuw nsw i64 %105, 1
  %107 = shl nuw nsw i64 %106, 5
  %108 = getelementptr inbounds double, ptr %92, i64 %107
  %109 = load double, ptr %108, align 8, !tbaa !6
  br i1 %34, label %135, label %110

110:                                              ; preds = %104
  %111 = getelementptr inbounds double, ptr @L, i64 %107
  br i1 %95, label %112, label %141

112:                                              ; preds = %141, %110
  %113 = phi double [ undef, %110 ], [ %171, %141 ]
  %114 = phi i64 [ 0, %110 ], [ %172, %141 ]
  %115 = phi double [ %109, %110 ], [ %171, %141 ]
  br i1 %97, label %129, label %116

116:                                              ; preds = %112, %116
  %117 = phi i64 [ %126, %116 ], [ %114, %112 ]
  %118 = phi double [ %125, %116 ], [ %115, %112 ]
  %119 = phi i64 [ %127, %116 ], [ 0, %112 ]
  %120 = getelementptr inbounds double, ptr %111, i64 %117
  %121 = load double, ptr %120, align 8, !tbaa !6
  %122 = getelementptr inbounds double, ptr %88, i64 %117
  %123 = load double, ptr %122, align 8, !tbaa !6
  %124 = fneg double %121
  %125 = tail call double @llvm.fmuladd.f64(double %124, double %123, double %118)
  %126 = add nuw nsw i64 %117, 1
  %127 = add i64 %119, 1
  %128 = icmp eq i64 %127, %94
  br i1 %128, label %129, label %116, !llvm.loop !14

129:                                              ; preds = %116, %112
  %130 = phi double [ %113, %112 ], [ %125, %116 ]
  %131 = load double, ptr %89, align 8, !tbaa !6
  %132 = fdiv double %130, %131
  %133 = getelementptr inbounds double, ptr %93, i64 %107
  store double %132, ptr %133, align 8, !tbaa !6
  %134 = icmp eq i64 %106, 31
  br i1 %134, label %98, label %140

135:                                              ; preds = %104
  %136 = load double, ptr %89, align 8, !tbaa !6
  %137 = fdiv double %109, %136
  %138 = getelementptr inbounds double, ptr %93, i64 %107
  store double %137, ptr %138, align 8, !tbaa !6
  %139 = icmp eq i64 %106, 31
  br i1 %139, label %203, label %140

140:                                              ; preds = %135, %129
  br label %104, !llvm.loop !15

141:                                              ; preds = %110, %141
  %142 = phi i64 [ %172, %141 ], [ 0, %110 ]
  %143 = phi double [ %171, %141 ], [ %109, %110 ]
  %144 = phi i64 [ %173, %141 ], [ 0, %110 ]
  %145 = getelementptr inbounds double, ptr %111, i64 %142
  %146 = load double, ptr %145, align 16, !tbaa !6
  %147 = getelementptr inbounds double, ptr %88, i64 %142
  %148 = load double, ptr %147, align 16, !tbaa !6
  %149 = fneg double %146
  %150 = tail call double @llvm.fmuladd.f64(double %149, double %148, double %143)
  %151 = or i64 %142, 1
  %152 = getelementptr inbounds double, ptr %111, i64 %151
  %153 = load double, ptr %152, align 8, !tbaa !6
  %154 = getelementptr inbounds double, ptr %88, i64 %151
  %155 = load double, ptr %154, align 8, !tbaa !6
  %156 = fneg double %153
  %157 = tail call double @llvm.fmuladd.f64(double %156, double %155, double %150)
  %158 = or i64 %142, 2
  %159 = getelementptr inbounds double, ptr %111, i64 %158
  %160 = load double, ptr %159, align 16, !tbaa !6
  %161 = getelementptr inbounds double, ptr %88, i64 %158
  %162 = load double, ptr %161, align 16, !tbaa !6
  %163 = fneg double %160
  %164 = tail call double @llvm.fmuladd.f64(double %163, double %162, double %157)
  %165 = or i64 %142, 3
  %166 = getelementptr inbounds double, ptr %111, i64 %165
  %167 = load double, ptr %166, align 8, !tbaa !6
  %168 = getelementptr inbounds double, ptr %88, i64 %165
  %169 = load double, ptr %168, align 8, !tbaa !6
  %170 = fneg double %167
  %171 = tail call double @llvm.fmuladd.f64(double %170, double %169, double %164)
  %172 = add nuw nsw i64 %142, 4
  %173 = add i64 %144, 4
  %174 = icmp eq i64 %173, %96
  br i1 %174, label %112, label %141, !llvm.loop !16

175:                                              ; preds = %175, %102
  %176 = phi i64 [ 0, %102 ], [ %189, %175 ]
  %177 = phi i64 [ 0, %102 ], [ %190, %175 ]
  %178 = shl nuw nsw i64 %176, 5
  %179 = getelementptr inbounds double, ptr %99, i64 %178
  store double 0.000000e+00, ptr %179, align 8, !tbaa !6
  %180 = shl i64 %176, 5
  %181 = or i64 %180, 32
  %182 = getelementptr inbounds double, ptr %99, i64 %181
  store double 0.000000e+00, ptr %182, align 8, !tbaa !6
  %183 = shl i64 %176, 5
  %184 = or i64 %183, 64
  %185 = getelementptr inbounds double, ptr %99, i64 %184
  store double 0.000000e+00, ptr %185, align 8, !tbaa !6
  %186 = shl i64 %176, 5
  %187 = or i64 %186, 96
  %188 = getelementptr inbounds double, ptr %99, i64 %187
  store double 0.000000e+00, ptr %188, align 8, !tbaa !6
  %189 = add nuw nsw i64 %176, 4
  %190 = add i64 %177, 4
  %191 = icmp eq i64 %190, %103
  br i1 %191, label %192, label %175, !llvm.loop !17

192:                                              ; preds = %175, %98
  %193 = phi i64 [ 0, %98 ], [ %189, %175 ]
  %194 = icmp eq i64 %100, 0
  br i1 %194, label %203, label %195

195:                                              ; preds = %192, %195
  %196 = phi i64 [ %200, %195 ], [ %193, %192 ]
  %197 = phi i64 [ %201, %195 ], [ 0, %192 ]
  %198 = shl nuw nsw i64 %196, 5
  %199 = getelementptr inbounds double, ptr %99, i64 %198
  store double 0.000000e+00, ptr %199, align 8, !tbaa !6
  %200 = add nuw nsw i64 %196, 1
  %201 = add i64 %197, 1
  %202 = icmp eq i64 %201, %100
  br i1 %202, label %203, label %195, !llvm.loop !18

203:                                              ; preds = %135, %192, %195
  %204 = add nuw nsw i64 %27, 1
  %205 = icmp ugt i64 %27, 30
  %206 = icmp eq i64 %204, 32
  br i1 %206, label %207, label %26, !llvm.loop !19

207:                                              ; preds = %57, %203
  %208 = phi i1 [ %28, %57 ], [ %205, %203 ]
  br i1 %208, label %236, label %274

209:                                              ; preds = %216
  %210 = add nuw nsw i64 %25, 1
  %211 = icmp eq i64 %210, 32
  br i1 %211, label %26, label %24, !llvm.loop !20

212:                                              ; preds = %24, %216
  %213 = phi i64 [ 0, %24 ], [ %218, %216 ]
  %214 = icmp eq i64 %25, %213
  %215 = select i1 %214, double 3.200000e+01, double 0.000000e+00
  br label %220

216:                                              ; preds = %220
  %217 = getelementptr inbounds [32 x [32 x double]], ptr @A, i64 0, i64 %25, i64 %213
  store double %233, ptr %217, align 8, !tbaa !6
  %218 = add nuw nsw i64 %213, 1
  %219 = icmp eq i64 %218, 32
  br i1 %219, label %209, label %212, !llvm.loop !21

220:                                              ; preds = %220, %212
  %221 = phi i64 [ 0, %212 ], [ %234, %220 ]
  %222 = phi double [ %215, %212 ], [ %233, %220 ]
  %223 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %25, i64 %221
  %224 = load double, ptr %223, align 16, !tbaa !6
  %225 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %213, i64 %221
  %226 = load double, ptr %225, align 16, !tbaa !6
  %227 = tail call double @llvm.fmuladd.f64(double %224, double %226, double %222)
  %228 = or i64 %221, 1
  %229 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %25, i64 %228
  %230 = load double, ptr %229, align 8, !tbaa !6
  %231 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %213, i64 %228
  %232 = load double, ptr %231, align 8, !tbaa !6
  %233 = tail call double @llvm.fmuladd.f64(double %230, double %232, double %227)
  %234 = add nuw nsw i64 %221, 2
  %235 = icmp eq i64 %234, 32
  br i1 %235, label %216, label %220, !llvm.loop !22

236:                                              ; preds = %207, %247
  %237 = phi i64 [ %248, %247 ], [ 0, %207 ]
  %238 = phi double [ %255, %247 ], [ 0.000000e+00, %207 ]
  br label %244

239:                                              ; preds = %247
  %240 = load double, ptr @L, align 16, !tbaa !6
  %241 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 32, double noundef %240, double noundef %255)
  %242 = fcmp uge double %255, 1.000000e-09
  %243 = zext i1 %242 to i32
  br label %274

244:                                              ; preds = %236, %250
  %245 = phi i64 [ 0, %236 ], [ %256, %250 ]
  %246 = phi double [ %238, %236 ], [ %255, %250 ]
  br label %258

247:                                              ; preds = %250
  %248 = add nuw nsw i64 %237, 1
  %249 = icmp eq i64 %248, 32
  br i1 %249, label %239, label %236, !llvm.loop !23

250:                                              ; preds = %258
  %251 = getelementptr inbounds [32 x [32 x double]], ptr @A, i64 0, i64 %237, i64 %245
  %252 = load double, ptr %251, align 8, !tbaa !6
  %253 = fsub double %271, %252
  %254 = tail call double @llvm.fabs.f64(double %253)
  %255 = tail call double @llvm.maxnum.f64(double %246, double %254)
  %256 = add nuw nsw i64 %245, 1
  %257 = icmp eq i64 %256, 32
  br i1 %257, label %247, label %244, !llvm.loop !24

258:                                              ; preds = %258, %244
  %259 = phi i64 [ 0, %244 ], [ %272, %258 ]
  %260 = phi double [ 0.000000e+00, %244 ], [ %271, %258 ]
  %261 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %237, i64 %259
  %262 = load double, ptr %261, align 16, !tbaa !6
  %263 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %245, i64 %259
  %264 = load double, ptr %263, align 16, !tbaa !6
  %265 = tail call double @llvm.fmuladd.f64(double %262, double %264, double %260)
  %266 = or i64 %259, 1
  %267 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %237, i64 %266
  %268 = load double, ptr %267, align 8, !tbaa !6
  %269 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %245, i64 %266
  %270 = load double, ptr %269, align 8, !tbaa !6
  %271 = tail call double @llvm.fmuladd.f64(double %268, double %270, double %265)
  %272 = add nuw nsw i64 %259, 2
  %273 = icmp eq i64 %272, 32
  br i1 %273, label %250, label %258, !llvm.loop !25

274:                                              ; preds = %207, %239
  %275 = phi i32 [ %243, %239 ], [ 1, %207 ]
  call void @llvm.lifetime.end.p0(i64 8192, ptr nonnull %1) #5
  ret i32 %275
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare double @sin(double noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.maxnum.f64(double, double) #3

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #4

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare double @sqrt(double noundef) local_unnamed_addr #2

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nofree nounwind willreturn memory(write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = distinct !{!4, !5}
!5 = !{!"llvm.loop.mustprogress"}
!6 = !{!7, !7, i64 0}
!7 = !{!"double", !8, i64 0}
!8 = !{!"omnipotent char", !9, i64 0}
!9 = !{!"Simple C/C++ TBAA"}
!10 = distinct !{!10, !5}
!11 = distinct !{!11, !12}
!12 = !{!"llvm.loop.unroll.disable"}
!13 = distinct !{!13, !5}
!14 = distinct !{!14, !12}
!15 = distinct !{!15, !5}
!16 = distinct !{!16, !5}
!17 = distinct !{!17, !5}
!18 = distinct !{!18, !12}
!19 = distinct !{!19, !5}
!20 = distinct !{!20, !5}
!21 = distinct !{!21, !5}
!22 = distinct !{!22, !5}
!23 = distinct !{!23, !5}
!24 = distinct !{!24, !5}
!25 = distinct !{!25, !5}
