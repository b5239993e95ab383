; ModuleID = 'c/nbody.c'
source_filename = "c/nbody.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.body = type { double, double, double, double, double, double, double }

@bodies = internal unnamed_addr global [32 x %struct.body] zeroinitializer, align 16
@.str = private unnamed_addr constant [51 x i8] c"nbody bodies=%d E0=%.6f E1=%.6f relative drift=%g\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  %1 = alloca [32 x double], align 16
  %2 = alloca [32 x double], align 16
  %3 = alloca [32 x double], align 16
  br label %58

4:                                                ; preds = %34, %8
  %5 = phi double [ %24, %8 ], [ %55, %34 ]
  %6 = add nuw nsw i64 %10, 1
  %7 = icmp eq i64 %25, 32
  br i1 %7, label %150, label %8, !llvm.loop !4

8:                                                ; preds = %58, %4
  %9 = phi i64 [ %25, %4 ], [ 0, %58 ]
  %10 = phi i64 [ %6, %4 ], [ 1, %58 ]
  %11 = phi double [ %5, %4 ], [ 0.000000e+00, %58 ]
  %12 = getelementptr inbounds %struct.body, ptr @bodies, i64 %9, i32 6
  %13 = load double, ptr %12, align 8, !tbaa !6
  %14 = fmul double %13, 5.000000e-01
  %15 = getelementptr inbounds %struct.body, ptr @bodies, i64 %9, i32 3
  %16 = load double, ptr %15, align 8, !tbaa !11
  %17 = getelementptr inbounds %struct.body, ptr @bodies, i64 %9, i32 4
  %18 = load double, ptr %17, align 8, !tbaa !12
  %19 = fmul double %18, %18
  %20 = tail call double @llvm.fmuladd.f64(double %16, double %16, double %19)
  %21 = getelementptr inbounds %struct.body, ptr @bodies, i64 %9, i32 5
  %22 = load double, ptr %21, align 8, !tbaa !13
  %23 = tail call double @llvm.fmuladd.f64(double %22, double %22, double %20)
  %24 = tail call double @llvm.fmuladd.f64(double %14, double %23, double %11)
  %25 = add nuw nsw i64 %9, 1
  %26 = icmp ult i64 %9, 31
  br i1 %26, label %27, label %4

27:                                               ; preds = %8
  %28 = getelementptr inbounds %struct.body, ptr @bodies, i64 %9
  %29 = load double, ptr %28, align 8, !tbaa !14
  %30 = getelementptr inbounds %struct.body, ptr @bodies, i64 %9, i32 1
  %31 = load double, ptr %30, align 8, !tbaa !15
  %32 = getelementptr inbounds %struct.body, ptr @bodies, i64 %9, i32 2
  %33 = load double, ptr %32, align 8, !tbaa !16
  br label %34

34:                                               ; preds = %34, %27
  %35 = phi i64 [ %10, %27 ], [ %56, %34 ]
  %36 = phi double [ %24, %27 ], [ %55, %34 ]
  %37 = getelementptr inbounds %struct.body, ptr @bodies, i64 %35
  %38 = load double, ptr %37, align 8, !tbaa !14
  %39 = fsub double %38, %29
  %40 = getelementptr inbounds %struct.body, ptr @bodies, i64 %35, i32 1
  %41 = load double, ptr %40, align 8, !tbaa !15
  %42 = fsub double %41, %31
  %43 = getelementptr inbounds %struct.body, ptr @bodies, i64 %35, i32 2
  %44 = load double, ptr %43, align 8, !tbaa !16
  %45 = fsub double %44, %33
  %46 = getelementptr inbounds %struct.body, ptr @bodies, i64 %35, i32 6
  %47 = load double, ptr %46, align 8, !tbaa !6
  %48 = fmul double %13, %47
  %49 = fmul double %42, %42
  %50 = tail call double @llvm.fmuladd.f64(double %39, double %39, double %49)
  %51 = tail call double @llvm.fmuladd.f64(double %45, double %45, double %50)
  %52 = fadd double %51, 1.000000e-04
  %53 = tail call double @llvm.sqrt.f64(double %52)
  %54 = fdiv double %48, %53
  %55 = fsub double %36, %54
  %56 = add nuw nsw i64 %35, 1
  %57 = icmp eq i64 %56, 32
  br i1 %57, label %4, label %34, !llvm.loop !17

58:                                               ; preds = %0, %58
  %59 = phi i64 [ 0, %0 ], [ %87, %58 ]
  %60 = trunc i64 %59 to i32
  %61 = sitofp i32 %60 to double
  %62 = fmul double %61, 0x401921FB54442D18
  %63 = fmul double %62, 3.125000e-02
  %64 = and i32 %60, 3
  %65 = sitofp i32 %64 to double
  %66 = tail call double @llvm.fmuladd.f64(double %65, double 5.000000e-02, double 1.000000e+00)
  %67 = getelementptr inbounds [32 x %struct.body], ptr @bodies, i64 0, i64 %59
  %68 = tail call double @cos(double noundef %63) #6
  %69 = tail call double @sin(double noundef %63) #6
  %70 = trunc i64 %59 to i8
  %71 = urem i8 %70, 3
  %72 = uitofp i8 %71 to double
  %73 = tail call double @sin(double noundef %63) #6
  %74 = tail call double @cos(double noundef %63) #6
  %75 = fmul double %74, 3.000000e-01
  %76 = insertelement <2 x double> poison, double %66, i64 0
  %77 = shufflevector <2 x double> %76, <2 x double> poison, <2 x i32> zeroinitializer
  %78 = insertelement <2 x double> poison, double %68, i64 0
  %79 = insertelement <2 x double> %78, double %69, i64 1
  %80 = fmul <2 x double> %77, %79
  store <2 x double> %80, ptr %67, align 8
  %81 = getelementptr inbounds i8, ptr %67, i64 16
  %82 = insertelement <2 x double> poison, double %72, i64 0
  %83 = insertelement <2 x double> %82, double %73, i64 1
  %84 = fmul <2 x double> %83, <double 1.000000e-02, double -3.000000e-01>
  store <2 x double> %84, ptr %81, align 8
  %85 = getelementptr inbounds i8, ptr %67, i64 32
  store double %75, ptr %85, align 8, !tbaa.struct !18
  %86 = getelementptr inbounds i8, ptr %67, i64 40
  store <2 x double> <double 0.000000e+00, double 3.125000e-02>, ptr %86, align 8
  %87 = add nuw nsw i64 %59, 1
  %88 = icmp eq i64 %87, 32
  br i1 %88, label %8, label %58, !llvm.loop !20

89:                                               ; preds = %119, %93
  %90 = phi double [ %109, %93 ], [ %140, %119 ]
  %91 = add nuw nsw i64 %95, 1
  %92 = icmp eq i64 %110, 32
  br i1 %92, label %143, label %93, !llvm.loop !4

93:                                               ; preds = %286, %89
  %94 = phi i64 [ %110, %89 ], [ 0, %286 ]
  %95 = phi i64 [ %91, %89 ], [ 1, %286 ]
  %96 = phi double [ %90, %89 ], [ 0.000000e+00, %286 ]
  %97 = getelementptr inbounds %struct.body, ptr @bodies, i64 %94, i32 6
  %98 = load double, ptr %97, align 8, !tbaa !6
  %99 = fmul double %98, 5.000000e-01
  %100 = getelementptr inbounds %struct.body, ptr @bodies, i64 %94, i32 3
  %101 = load double, ptr %100, align 8, !tbaa !11
  %102 = getelementptr inbounds %struct.body, ptr @bodies, i64 %94, i32 4
  %103 = load double, ptr %102, align 8, !tbaa !12
  %104 = fmul double %103, %103
  %105 = tail call double @llvm.fmuladd.f64(double %101, double %101, double %104)
  %106 = getelementptr inbounds %struct.body, ptr @bodies, i64 %94, i32 5
  %107 = load double, ptr %106, align 8, !tbaa !13
  %108 = tail call double @llvm.fmuladd.f64(double %107, double %107, double %105)
  %109 = tail call double @llvm.fmuladd.f64(double %99, double %108, double %96)
  %110 = add nuw nsw i64 %94, 1
  %111 = icmp ult i64 %94, 31
  br i1 %111, label %112, label %89

112:                                              ; preds = %93
  %113 = getelementptr inbounds %struct.body, ptr @bodies, i64 %94
  %114 = load double, ptr %113, align 8, !tbaa !14
  %115 = getelementptr inbounds %struct.body, ptr @bodies, i64 %94, i32 1
  %116 = load double, ptr %115, align 8, !tbaa !15
  %117 = getelementptr inbounds %struct.body, ptr @bodies, i64 %94, i32 2
  %118 = load double, ptr %117, align 8, !tbaa !16
  br label %119

119:                                              ; preds = %119, %112
  %120 = phi i64 [ %95, %112 ], [ %141, %119 ]
  %121 = phi double [ %109, %112 ], [ %140, %119 ]
  %122 = getelementptr inbounds %struct.body, ptr @bodies, i64 %120
  %123 = load double, ptr %122, align 8, !tbaa !14
  %124 = fsub double %123, %114
  %125 = getelementptr inbounds %struct.body, ptr @bodies, i64 %120, i32 1
  %126 = load double, ptr %125, align 8, !tbaa !15
  %127 = fsub double %126, %116
  %128 = getelementptr inbounds %struct.body, ptr @bodies, i64 %120, i32 2
  %129 = load double, ptr %128, align 8, !tbaa !16
  %130 = fsub double %129, %118
  %131 = getelementptr inbounds %struct.body, ptr @bodies, i64 %120, i32 6
  %132 = load double, ptr %131, align 8, !tbaa !6
  %133 = fmul double %98, %132
  %134 = fmul double %127, %127
  %135 = tail call double @llvm.fmuladd.f64(double %124, double %124, double %134)
  %136 = tail call double @llvm.fmuladd.f64(double %130, double %130, double %135)
  %137 = fadd double %136, 1.000000e-04
  %138 = tail call double @llvm.sqrt.f64(double %137)
  %139 = fdiv double %133, %138
  %140 = fsub double %121, %139
  %141 = add nuw nsw i64 %120, 1
  %142 = icmp eq i64 %141, 32
  br i1 %142, label %89, label %119, !llvm.loop !17

143:                                              ; preds = %89
  %144 = fsub double %90, %5
  %145 = fdiv double %144, %5
  %146 = tail call double @llvm.fabs.f64(double %145)
  %147 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 32, double noundef %5, double noundef %90, double noundef %146)
  %148 = fcmp uge double %146, 1.000000e-03
  %149 = zext i1 %148 to i32
  ret i32 %149

150:                                              ; preds = %4, %286
  %151 = phi i32 [ %287, %286 ], [ 0, %4 ]
  call void @llvm.lifetime.start.p0(i64 256, ptr nonnull %1) #6
  call void @llvm.lifetime.start.p0(i64 256, ptr nonnull %2) #6
  call void @llvm.lifetime.start.p0(i64 256, ptr nonnull %3) #6
  br label %152

152:                                              ; preds = %159, %150
  %153 = phi i64 [ 0, %150 ], [ %160, %159 ]
  %154 = getelementptr inbounds double, ptr %3, i64 %153
  store double 0.000000e+00, ptr %154, align 8, !tbaa !19
  %155 = getelementptr inbounds double, ptr %2, i64 %153
  store double 0.000000e+00, ptr %155, align 8, !tbaa !19
  %156 = getelementptr inbounds double, ptr %1, i64 %153
  store double 0.000000e+00, ptr %156, align 8, !tbaa !19
  %157 = getelementptr inbounds %struct.body, ptr @bodies, i64 %153
  %158 = getelementptr inbounds %struct.body, ptr @bodies, i64 %153, i32 1
  br label %162

159:                                              ; preds = %193
  %160 = add nuw nsw i64 %153, 1
  %161 = icmp eq i64 %160, 32
  br i1 %161, label %244, label %152, !llvm.loop !21

162:                                              ; preds = %193, %152
  %163 = phi double [ 0.000000e+00, %152 ], [ %194, %193 ]
  %164 = phi i64 [ 0, %152 ], [ %196, %193 ]
  %165 = phi <2 x double> [ zeroinitializer, %152 ], [ %195, %193 ]
  %166 = icmp eq i64 %153, %164
  br i1 %166, label %193, label %167

167:                                              ; preds = %162
  %168 = getelementptr inbounds %struct.body, ptr @bodies, i64 %164
  %169 = load double, ptr %168, align 8, !tbaa !14
  %170 = load double, ptr %157, align 8, !tbaa !14
  %171 = fsub double %169, %170
  %172 = getelementptr inbounds %struct.body, ptr @bodies, i64 %164, i32 1
  %173 = getelementptr inbounds %struct.body, ptr @bodies, i64 %164, i32 6
  %174 = load double, ptr %173, align 8, !tbaa !6
  %175 = load <2 x double>, ptr %172, align 8, !tbaa !19
  %176 = load <2 x double>, ptr %158, align 8, !tbaa !19
  %177 = fsub <2 x double> %175, %176
  %178 = fmul <2 x double> %177, %177
  %179 = extractelement <2 x double> %178, i64 0
  %180 = tail call double @llvm.fmuladd.f64(double %171, double %171, double %179)
  %181 = extractelement <2 x double> %177, i64 1
  %182 = tail call double @llvm.fmuladd.f64(double %181, double %181, double %180)
  %183 = fadd double %182, 1.000000e-04
  %184 = tail call double @llvm.sqrt.f64(double %183)
  %185 = fmul double %183, %184
  %186 = fdiv double %174, %185
  %187 = tail call double @llvm.fmuladd.f64(double %171, double %186, double %163)
  store double %187, ptr %156, align 8, !tbaa !19
  %188 = insertelement <2 x double> poison, double %186, i64 0
  %189 = shufflevector <2 x double> %188, <2 x double> poison, <2 x i32> zeroinitializer
  %190 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %177, <2 x double> %189, <2 x double> %165)
  %191 = extractelement <2 x double> %190, i64 0
  store double %191, ptr %155, align 8, !tbaa !19
  %192 = extractelement <2 x double> %190, i64 1
  store double %192, ptr %154, align 8, !tbaa !19
  br label %193

193:                                              ; preds = %167, %162
  %194 = phi double [ %187, %167 ], [ %163, %162 ]
  %195 = phi <2 x double> [ %190, %167 ], [ %165, %162 ]
  %196 = add nuw nsw i64 %164, 1
  %197 = icmp eq i64 %196, 32
  br i1 %197, label %159, label %162, !llvm.loop !22

198:                                              ; preds = %244, %205
  %199 = phi i64 [ %206, %205 ], [ 0, %244 ]
  %200 = getelementptr inbounds double, ptr %3, i64 %199
  store double 0.000000e+00, ptr %200, align 8, !tbaa !19
  %201 = getelementptr inbounds double, ptr %2, i64 %199
  store double 0.000000e+00, ptr %201, align 8, !tbaa !19
  %202 = getelementptr inbounds double, ptr %1, i64 %199
  store double 0.000000e+00, ptr %202, align 8, !tbaa !19
  %203 = getelementptr inbounds %struct.body, ptr @bodies, i64 %199
  %204 = getelementptr inbounds %struct.body, ptr @bodies, i64 %199, i32 1
  br label %208

205:                                              ; preds = %239
  %206 = add nuw nsw i64 %199, 1
  %207 = icmp eq i64 %206, 32
  br i1 %207, label %268, label %198, !llvm.loop !21

208:                                              ; preds = %239, %198
  %209 = phi double [ 0.000000e+00, %198 ], [ %240, %239 ]
  %210 = phi i64 [ 0, %198 ], [ %242, %239 ]
  %211 = phi <2 x double> [ zeroinitializer, %198 ], [ %241, %239 ]
  %212 = icmp eq i64 %199, %210
  br i1 %212, label %239, label %213

213:                                              ; preds = %208
  %214 = getelementptr inbounds %struct.body, ptr @bodies, i64 %210
  %215 = load double, ptr %214, align 8, !tbaa !14
  %216 = load double, ptr %203, align 8, !tbaa !14
  %217 = fsub double %215, %216
  %218 = getelementptr inbounds %struct.body, ptr @bodies, i64 %210, i32 1
  %219 = getelementptr inbounds %struct.body, ptr @bodies, i64 %210, i32 6
  %220 = load double, ptr %219, align 8, !tbaa !6
  %221 = load <2 x double>, ptr %218, align 8, !tbaa !19
  %222 = load <2 x double>, ptr %204, align 8, !tbaa !19
  %223 = fsub <2 x double> %221, %222
  %224 = fmul <2 x double> %223, %223
  %225 = extractelement <2 x double> %224, i64 0
  %226 = tail call double @llvm.fmuladd.f64(double %217, double %217, double %225)
  %227 = extractelement <2 x double> %223, i64 1
  %228 = tail call double @llvm.fmuladd.f64(double %227, double %227, double %226)
  %229 = fadd double %228, 1.000000e-04
  %230 = tail call double @llvm.sqrt.f64(double %229)
  %231 = fmul double %229, %230
  %232 = fdiv double %220, %231
  %233 = tail call double @llvm.fmuladd.f64(double %217, double %232, double %209)
  store double %233, ptr %202, align 8, !tbaa !19
  %234 = insertelement <2 x double> poison, double %232, i64 0
  %235 = shufflevector <2 x double> %234, <2 x double> poison, <2 x i32> zeroinitializer
  %236 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %223, <2 x double> %235, <2 x double> %211)
  %237 = extractelement <2 x double> %236, i64 0
  store double %237, ptr %201, align 8, !tbaa !19
  %238 = extractelement <2 x double> %236, i64 1
  store double %238, ptr %200, align 8, !tbaa !19
  br label %239

239:                                              ; preds = %213, %208
  %240 = phi double [ %233, %213 ], [ %209, %208 ]
  %241 = phi <2 x double> [ %236, %213 ], [ %211, %208 ]
  %242 = add nuw nsw i64 %210, 1
  %243 = icmp eq i64 %242, 32
  br i1 %243, label %205, label %208, !llvm.loop !22

244:                                              ; preds = %159, %244
  %245 = phi i64 [ %266, %244 ], [ 0, %159 ]
  %246 = getelementptr inbounds [32 x double], ptr %1, i64 0, i64 %245
  %247 = getelementptr inbounds %struct.body, ptr @bodies, i64 %245
  %248 = getelementptr inbounds %struct.body, ptr @bodies, i64 %245, i32 3
  %249 = getelementptr inbounds [32 x double], ptr %2, i64 0, i64 %245
  %250 = getelementptr inbounds [32 x double], ptr %3, i64 0, i64 %245
  %251 = load double, ptr %250, align 8, !tbaa !19
  %252 = getelementptr inbounds %struct.body, ptr @bodies, i64 %245, i32 5
  %253 = load double, ptr %252, align 8, !tbaa !13
  %254 = tail call double @llvm.fmuladd.f64(double %251, double 5.000000e-04, double %253)
  store double %254, ptr %252, align 8, !tbaa !13
  %255 = load double, ptr %246, align 8, !tbaa !19
  %256 = load double, ptr %249, align 8, !tbaa !19
  %257 = load <2 x double>, ptr %248, align 8, !tbaa !19
  %258 = insertelement <2 x double> poison, double %255, i64 0
  %259 = insertelement <2 x double> %258, double %256, i64 1
  %260 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %259, <2 x double> <double 5.000000e-04, double 5.000000e-04>, <2 x double> %257)
  store <2 x double> %260, ptr %248, align 8, !tbaa !19
  %261 = load <2 x double>, ptr %247, align 8, !tbaa !19
  %262 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %260, <2 x double> <double 1.000000e-03, double 1.000000e-03>, <2 x double> %261)
  store <2 x double> %262, ptr %247, align 8, !tbaa !19
  %263 = getelementptr inbounds %struct.body, ptr @bodies, i64 %245, i32 2
  %264 = load double, ptr %263, align 8, !tbaa !16
  %265 = tail call double @llvm.fmuladd.f64(double %254, double 1.000000e-03, double %264)
  store double %265, ptr %263, align 8, !tbaa !16
  %266 = add nuw nsw i64 %245, 1
  %267 = icmp eq i64 %266, 32
  br i1 %267, label %198, label %244, !llvm.loop !23

268:                                              ; preds = %205, %268
  %269 = phi i64 [ %284, %268 ], [ 0, %205 ]
  %270 = getelementptr inbounds [32 x double], ptr %1, i64 0, i64 %269
  %271 = getelementptr inbounds %struct.body, ptr @bodies, i64 %269, i32 3
  %272 = getelementptr inbounds [32 x double], ptr %2, i64 0, i64 %269
  %273 = load double, ptr %270, align 8, !tbaa !19
  %274 = load double, ptr %272, align 8, !tbaa !19
  %275 = load <2 x double>, ptr %271, align 8, !tbaa !19
  %276 = insertelement <2 x double> poison, double %273, i64 0
  %277 = insertelement <2 x double> %276, double %274, i64 1
  %278 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %277, <2 x double> <double 5.000000e-04, double 5.000000e-04>, <2 x double> %275)
  store <2 x double> %278, ptr %271, align 8, !tbaa !19
  %279 = getelementptr inbounds [32 x double], ptr %3, i64 0, i64 %269
  %280 = load double, ptr %279, align 8, !tbaa !19
  %281 = getelementptr inbounds %struct.body, ptr @bodies, i64 %269, i32 5
  %282 = load double, ptr %281, align 8, !tbaa !13
  %283 = tail call double @llvm.fmuladd.f64(double %280, double 5.000000e-04, double %282)
  store double %283, ptr %281, align 8, !tbaa !13
  %284 = add nuw nsw i64 %269, 1
  %285 = icmp eq i64 %284, 32
  br i1 %285, label %286, label %268, !llvm.loop !24

286:                                              ; preds = %268
  call void @llvm.lifetime.end.p0(i64 256, ptr nonnull %3) #6
  call void @llvm.lifetime.end.p0(i64 256, ptr nonnull %2) #6
  call void @llvm.lifetime.end.p0(i64 256, ptr nonnull %1) #6
  %287 = add nuw nsw i32 %151, 1
  %288 = icmp eq i32 %287, 200
  br i1 %288, label %93, label %150, !llvm.loop !25
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare double @cos(double noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare double @sin(double noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #2

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #4

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.sqrt.f64(double) #5

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <2 x double> @llvm.fmuladd.v2f64(<2 x double>, <2 x double>, <2 x double>) #5

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { mustprogress nofree nounwind willreturn memory(write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = distinct !{!4, !5}
!5 = !{!"llvm.loop.mustprogress"}
!6 = !{!7, !8, i64 48}
!7 = !{!"body", !8, i64 0, !8, i64 8, !8, i64 16, !8, i64 24, !8, i64 32, !8, i64 40, !8, i64 48}
!8 = !{!"double", !9, i64 0}
!9 = !{!"omnipotent char", !10, i64 0}
!10 = !{!"Simple C/C++ TBAA"}
!11 = !{!7, !8, i64 24}
!12 = !{!7, !8, i64 32}
!13 = !{!7, !8, i64 40}
!14 = !{!7, !8, i64 0}
!15 = !{!7, !8, i64 8}
!16 = !{!7, !8, i64 16}
!17 = distinct !{!17, !5}
!18 = !{i64 0, i64 8, !19, i64 8, i64 8, !19, i64 16, i64 8, !19}
!19 = !{!8, !8, i64 0}
!20 = distinct !{!20, !5}
!21 = distinct !{!21, !5}
!22 = distinct !{!22, !5}
!23 = distinct !{!23, !5}
!24 = distinct !{!24, !5}
!25 = distinct !{!25, !5}
