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
  br label %59

4:                                                ; preds = %31, %8
  %5 = phi double [ %25, %8 ], [ %56, %31 ]
  %6 = add nuw nsw i64 %10, 1
  %7 = icmp eq i64 %26, 32
  br i1 %7, label %152, label %8, !llvm.loop !4

8:                                                ; preds = %59, %4
  %9 = phi i64 [ %26, %4 ], [ 0, %59 ]
  %10 = phi i64 [ %6, %4 ], [ 1, %59 ]
  %11 = phi double [ %5, %4 ], [ 0.000000e+00, %59 ]
  %12 = getelementptr inbounds %struct.body, ptr @bodies, i64 %9
  %13 = getelementptr inbounds %struct.body, ptr @bodies, i64 %9, i32 6
  %14 = load double, ptr %13, align 8, !tbaa !6
  %15 = fmul double %14, 5.000000e-01
  %16 = getelementptr inbounds %struct.body, ptr @bodies, i64 %9, i32 3
  %17 = load double, ptr %16, align 8, !tbaa !11
  %18 = getelementptr inbounds %struct.body, ptr @bodies, i64 %9, i32 4
  %19 = load double, ptr %18, align 8, !tbaa !12
  %20 = fmul double %19, %19
  %21 = tail call double @llvm.fmuladd.f64(double %17, double %17, double %20)
  %22 = getelementptr inbounds %struct.body, ptr @bodies, i64 %9, i32 5
  %23 = load double, ptr %22, align 8, !tbaa !13
  %24 = tail call double @llvm.fmuladd.f64(double %23, double %23, double %21)
  %25 = tail call double @llvm.fmuladd.f64(double %15, double %24, double %11)
  %26 = add nuw nsw i64 %9, 1
  %27 = icmp ult i64 %9, 31
  br i1 %27, label %28, label %4

28:                                               ; preds = %8
  %29 = getelementptr inbounds %struct.body, ptr @bodies, i64 %9, i32 1
  %30 = getelementptr inbounds %struct.body, ptr @bodies, i64 %9, i32 2
  br label %31

31:                                               ; preds = %31, %28
  %32 = phi i64 [ %10, %28 ], [ %57, %31 ]
  %33 = phi double [ %25, %28 ], [ %56, %31 ]
  %34 = getelementptr inbounds %struct.body, ptr @bodies, i64 %32
  %35 = load double, ptr %34, align 8, !tbaa !14
  %36 = load double, ptr %12, align 8, !tbaa !14
  %37 = fsub double %35, %36
  %38 = getelementptr inbounds %struct.body, ptr @bodies, i64 %32, i32 1
  %39 = load double, ptr %38, align 8, !tbaa !15
  %40 = load double, ptr %29, align 8, !tbaa !15
  %41 = fsub double %39, %40
  %42 = getelementptr inbounds %struct.body, ptr @bodies, i64 %32, i32 2
  %43 = load double, ptr %42, align 8, !tbaa !16
  %44 = load double, ptr %30, align 8, !tbaa !16
  %45 = fsub double %43, %44
  %46 = load double, ptr %13, align 8, !tbaa !6
  %47 = getelementptr inbounds %struct.body, ptr @bodies, i64 %32, i32 6
  %48 = load double, ptr %47, align 8, !tbaa !6
  %49 = fmul double %46, %48
  %50 = fmul double %41, %41
  %51 = tail call double @llvm.fmuladd.f64(double %37, double %37, double %50)
  %52 = tail call double @llvm.fmuladd.f64(double %45, double %45, double %51)
  %53 = fadd double %52, 1.000000e-04
  %54 = tail call double @sqrt(double noundef %53) #6
  %55 = fdiv double %49, %54
  %56 = fsub double %33, %55
  %57 = add nuw nsw i64 %32, 1
  %58 = icmp eq i64 %57, 32
  br i1 %58, label %4, label %31, !llvm.loop !17

59:                                               ; preds = %0, %59
  %60 = phi i64 [ 0, %0 ], [ %88, %59 ]
  %61 = trunc i64 %60 to i32
  %62 = sitofp i32 %61 to double
  %63 = fmul double %62, 0x401921FB54442D18
  %64 = fmul double %63, 3.125000e-02
  %65 = and i32 %61, 3
  %66 = sitofp i32 %65 to double
  %67 = tail call double @llvm.fmuladd.f64(double %66, double 5.000000e-02, double 1.000000e+00)
  %68 = getelementptr inbounds [32 x %struct.body], ptr @bodies, i64 0, i64 %60
  %69 = tail call double @cos(double noundef %64) #6
  %70 = tail call double @sin(double noundef %64) #6
  %71 = trunc i64 %60 to i8
  %72 = urem i8 %71, 3
  %73 = uitofp i8 %72 to double
  %74 = tail call double @sin(double noundef %64) #6
  %75 = tail call double @cos(double noundef %64) #6
  %76 = fmul double %75, 3.000000e-01
  %77 = insertelement <2 x double> poison, double %67, i64 0
  %78 = shufflevector <2 x double> %77, <2 x double> poison, <2 x i32> zeroinitializer
  %79 = insertelement <2 x double> poison, double %69, i64 0
  %80 = insertelement <2 x double> %79, double %70, i64 1
  %81 = fmul <2 x double> %78, %80
  store <2 x double> %81, ptr %68, align 8
  %82 = getelementptr inbounds i8, ptr %68, i64 16
  %83 = insertelement <2 x double> poison, double %73, i64 0
  %84 = insertelement <2 x double> %83, double %74, i64 1
  %85 = fmul <2 x double> %84, <double 1.000000e-02, double -3.000000e-01>
  store <2 x double> %85, ptr %82, align 8
  %86 = getelementptr inbounds i8, ptr %68, i64 32
  store double %76, ptr %86, align 8, !tbaa.struct !18
  %87 = getelementptr inbounds i8, ptr %68, i64 40
  store <2 x double> <double 0.000000e+00, double 3.125000e-02>, ptr %87, align 8
  %88 = add nuw nsw i64 %60, 1
  %89 = icmp eq i64 %88, 32
  br i1 %89, label %8, label %59, !llvm.loop !20

90:                                               ; preds = %117, %94
  %91 = phi double [ %111, %94 ], [ %142, %117 ]
  %92 = add nuw nsw i64 %96, 1
  %93 = icmp eq i64 %112, 32
  br i1 %93, label %145, label %94, !llvm.loop !4

94:                                               ; preds = %288, %90
  %95 = phi i64 [ %112, %90 ], [ 0, %288 ]
  %96 = phi i64 [ %92, %90 ], [ 1, %288 ]
  %97 = phi double [ %91, %90 ], [ 0.000000e+00, %288 ]
  %98 = getelementptr inbounds %struct.body, ptr @bodies, i64 %95
  %99 = getelementptr inbounds %struct.body, ptr @bodies, i64 %95, i32 6
  %100 = load double, ptr %99, align 8, !tbaa !6
  %101 = fmul double %100, 5.000000e-01
  %102 = getelementptr inbounds %struct.body, ptr @bodies, i64 %95, i32 3
  %103 = load double, ptr %102, align 8, !tbaa !11
  %104 = getelementptr inbounds %struct.body, ptr @bodies, i64 %95, i32 4
  %105 = load double, ptr %104, align 8, !tbaa !12
  %106 = fmul double %105, %105
  %107 = tail call double @llvm.fmuladd.f64(double %103, double %103, double %106)
  %108 = getelementptr inbounds %struct.body, ptr @bodies, i64 %95, i32 5
  %109 = load double, ptr %108, align 8, !tbaa !13
  %110 = tail call double @llvm.fmuladd.f64(double %109, double %109, double %107)
  %111 = tail call double @llvm.fmuladd.f64(double %101, double %110, double %97)
  %112 = add nuw nsw i64 %95, 1
  %113 = icmp ult i64 %95, 31
  br i1 %113, label %114, label %90

114:                                              ; preds = %94
  %115 = getelementptr inbounds %struct.body, ptr @bodies, i64 %95, i32 1
  %116 = getelementptr inbounds %struct.body, ptr @bodies, i64 %95, i32 2
  br label %117

117:                                              ; preds = %117, %114
  %118 = phi i64 [ %96, %114 ], [ %143, %117 ]
  %119 = phi double [ %111, %114 ], [ %142, %117 ]
  %120 = getelementptr inbounds %struct.body, ptr @bodies, i64 %118
  %121 = load double, ptr %120, align 8, !tbaa !14
  %122 = load double, ptr %98, align 8, !tbaa !14
  %123 = fsub double %121, %122
  %124 = getelementptr inbounds %struct.body, ptr @bodies, i64 %118, i32 1
  %125 = load double, ptr %124, align 8, !tbaa !15
  %126 = load double, ptr %115, align 8, !tbaa !15
  %127 = fsub double %125, %126
  %128 = getelementptr inbounds %struct.body, ptr @bodies, i64 %118, i32 2
  %129 = load double, ptr %128, align 8, !tbaa !16
  %130 = load double, ptr %116, align 8, !tbaa !16
  %131 = fsub double %129, %130
  %132 = load double, ptr %99, align 8, !tbaa !6
  %133 = getelementptr inbounds %struct.body, ptr @bodies, i64 %118, i32 6
  %134 = load double, ptr %133, align 8, !tbaa !6
  %135 = fmul double %132, %134
  %136 = fmul double %127, %127
  %137 = tail call double @llvm.fmuladd.f64(double %123, double %123, double %136)
  %138 = tail call double @llvm.fmuladd.f64(double %131, double %131, double %137)
  %139 = fadd double %138, 1.000000e-04
  %140 = tail call double @sqrt(double noundef %139) #6
  %141 = fdiv double %135, %140
  %142 = fsub double %119, %141
  %143 = add nuw nsw i64 %118, 1
  %144 = icmp eq i64 %143, 32
  br i1 %144, label %90, label %117, !llvm.loop !17

145:                                              ; preds = %90
  %146 = fsub double %91, %5
  %147 = fdiv double %146, %5
  %148 = tail call double @llvm.fabs.f64(double %147)
  %149 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 32, double noundef %5, double noundef %91, double noundef %148)
  %150 = fcmp uge double %148, 1.000000e-03
  %151 = zext i1 %150 to i32
  ret i32 %151

152:                                              ; preds = %4, %288
  %153 = phi i32 [ %289, %288 ], [ 0, %4 ]
  call void @llvm.lifetime.start.p0(i64 256, ptr nonnull %1) #6
  call void @llvm.lifetime.start.p0(i64 256, ptr nonnull %2) #6
  call void @llvm.lifetime.start.p0(i64 256, ptr nonnull %3) #6
  br label %154

154:                                              ; preds = %161, %152
  %155 = phi i64 [ 0, %152 ], [ %162, %161 ]
  %156 = getelementptr inbounds double, ptr %3, i64 %155
  store double 0.000000e+00, ptr %156, align 8, !tbaa !19
  %157 = getelementptr inbounds double, ptr %2, i64 %155
  store double 0.000000e+00, ptr %157, align 8, !tbaa !19
  %158 = getelementptr inbounds double, ptr %1, i64 %155
  store double 0.000000e+00, ptr %158, align 8, !tbaa !19
  %159 = getelementptr inbounds %struct.body, ptr @bodies, i64 %155
  %160 = getelementptr inbounds %struct.body, ptr @bodies, i64 %155, i32 1
  br label %164

161:                                              ; preds = %195
  %162 = add nuw nsw i64 %155, 1
  %163 = icmp eq i64 %162, 32
  br i1 %163, label %246, label %154, !llvm.loop !21

164:                                              ; preds = %195, %154
  %165 = phi double [ 0.000000e+00, %154 ], [ %196, %195 ]
  %166 = phi i64 [ 0, %154 ], [ %198, %195 ]
  %167 = phi <2 x double> [ zeroinitializer, %154 ], [ %197, %195 ]
  %168 = icmp eq i64 %155, %166
  br i1 %168, label %195, label %169

169:                                              ; preds = %164
  %170 = getelementptr inbounds %struct.body, ptr @bodies, i64 %166
  %171 = load double, ptr %170, align 8, !tbaa !14
  %172 = load double, ptr %159, align 8, !tbaa !14
  %173 = fsub double %171, %172
  %174 = getelementptr inbounds %struct.body, ptr @bodies, i64 %166, i32 1
  %175 = getelementptr inbounds %struct.body, ptr @bodies, i64 %166, i32 6
  %176 = load double, ptr %175, align 8, !tbaa !6
  %177 = load <2 x double>, ptr %174, align 8, !tbaa !19
  %178 = load <2 x double>, ptr %160, align 8, !tbaa !19
  %179 = fsub <2 x double> %177, %178
  %180 = fmul <2 x double> %179, %179
  %181 = extractelement <2 x double> %180, i64 0
  %182 = tail call double @llvm.fmuladd.f64(double %173, double %173, double %181)
  %183 = extractelement <2 x double> %179, i64 1
  %184 = tail call double @llvm.fmuladd.f64(double %183, double %183, double %182)
  %185 = fadd double %184, 1.000000e-04
  %186 = tail call double @sqrt(double noundef %185) #6
  %187 = fmul double %186, %185
  %188 = fdiv double %176, %187
  %189 = tail call double @llvm.fmuladd.f64(double %173, double %188, double %165)
  store double %189, ptr %158, align 8, !tbaa !19
  %190 = insertelement <2 x double> poison, double %188, i64 0
  %191 = shufflevector <2 x double> %190, <2 x double> poison, <2 x i32> zeroinitializer
  %192 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %179, <2 x double> %191, <2 x double> %167)
  %193 = extractelement <2 x double> %192, i64 0
  store double %193, ptr %157, align 8, !tbaa !19
  %194 = extractelement <2 x double> %192, i64 1
  store double %194, ptr %156, align 8, !tbaa !19
  br label %195

195:                                              ; preds = %169, %164
  %196 = phi double [ %189, %169 ], [ %165, %164 ]
  %197 = phi <2 x double> [ %192, %169 ], [ %167, %164 ]
  %198 = add nuw nsw i64 %166, 1
  %199 = icmp eq i64 %198, 32
  br i1 %199, label %161, label %164, !llvm.loop !22

200:                                              ; preds = %246, %207
  %201 = phi i64 [ %208, %207 ], [ 0, %246 ]
  %202 = getelementptr inbounds double, ptr %3, i64 %201
  store double 0.000000e+00, ptr %202, align 8, !tbaa !19
  %203 = getelementptr inbounds double, ptr %2, i64 %201
  store double 0.000000e+00, ptr %203, align 8, !tbaa !19
  %204 = getelementptr inbounds double, ptr %1, i64 %201
  store double 0.000000e+00, ptr %204, align 8, !tbaa !19
  %205 = getelementptr inbounds %struct.body, ptr @bodies, i64 %201
  %206 = getelementptr inbounds %struct.body, ptr @bodies, i64 %201, i32 1
  br label %210

207:                                              ; preds = %241
  %208 = add nuw nsw i64 %201, 1
  %209 = icmp eq i64 %208, 32
  br i1 %209, label %270, label %200, !llvm.loop !21

210:                                              ; preds = %241, %200
  %211 = phi double [ 0.000000e+00, %200 ], [ %242, %241 ]
  %212 = phi i64 [ 0, %200 ], [ %244, %241 ]
  %213 = phi <2 x double> [ zeroinitializer, %200 ], [ %243, %241 ]
  %214 = icmp eq i64 %201, %212
  br i1 %214, label %241, label %215

215:                                              ; preds = %210
  %216 = getelementptr inbounds %struct.body, ptr @bodies, i64 %212
  %217 = load double, ptr %216, align 8, !tbaa !14
  %218 = load double, ptr %205, align 8, !tbaa !14
  %219 = fsub double %217, %218
  %220 = getelementptr inbounds %struct.body, ptr @bodies, i64 %212, i32 1
  %221 = getelementptr inbounds %struct.body, ptr @bodies, i64 %212, i32 6
  %222 = load double, ptr %221, align 8, !tbaa !6
  %223 = load <2 x double>, ptr %220, align 8, !tbaa !19
  %224 = load <2 x double>, ptr %206, align 8, !tbaa !19
  %225 = fsub <2 x double> %223, %224
  %226 = fmul <2 x double> %225, %225
  %227 = extractelement <2 x double> %226, i64 0
  %228 = tail call double @llvm.fmuladd.f64(double %219, double %219, double %227)
  %229 = extractelement <2 x double> %225, i64 1
  %230 = tail call double @llvm.fmuladd.f64(double %229, double %229, double %228)
  %231 = fadd double %230, 1.000000e-04
  %232 = tail call double @sqrt(double noundef %231) #6
  %233 = fmul double %232, %231
  %234 = fdiv double %222, %233
  %235 = tail call double @llvm.fmuladd.f64(double %219, double %234, double %211)
  store double %235, ptr %204, align 8, !tbaa !19
  %236 = insertelement <2 x double> poison, double %234, i64 0
  %237 = shufflevector <2 x double> %236, <2 x double> poison, <2 x i32> zeroinitializer
  %238 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %225, <2 x double> %237, <2 x double> %213)
  %239 = extractelement <2 x double> %238, i64 0
  store double %239, ptr %203, align 8, !tbaa !19
  %240 = extractelement <2 x double> %238, i64 1
  store double %240, ptr %202, align 8, !tbaa !19
  br label %241

241:                                              ; preds = %215, %210
  %242 = phi double [ %235, %215 ], [ %211, %210 ]
  %243 = phi <2 x double> [ %238, %215 ], [ %213, %210 ]
  %244 = add nuw nsw i64 %212, 1
  %245 = icmp eq i64 %244, 32
  br i1 %245, label %207, label %210, !llvm.loop !22

246:                                              ; preds = %161, %246
  %247 = phi i64 [ %268, %246 ], [ 0, %161 ]
  %248 = getelementptr inbounds [32 x double], ptr %1, i64 0, i64 %247
  %249 = getelementptr inbounds %struct.body, ptr @bodies, i64 %247
  %250 = getelementptr inbounds %struct.body, ptr @bodies, i64 %247, i32 3
  %251 = getelementptr inbounds [32 x double], ptr %2, i64 0, i64 %247
  %252 = getelementptr inbounds [32 x double], ptr %3, i64 0, i64 %247
  %253 = load double, ptr %252, align 8, !tbaa !19
  %254 = getelementptr inbounds %struct.body, ptr @bodies, i64 %247, i32 5
  %255 = load double, ptr %254, align 8, !tbaa !13
  %256 = tail call double @llvm.fmuladd.f64(double %253, double 5.000000e-04, double %255)
  store double %256, ptr %254, align 8, !tbaa !13
  %257 = load double, ptr %248, align 8, !tbaa !19
  %258 = load double, ptr %251, align 8, !tbaa !19
  %259 = load <2 x double>, ptr %250, align 8, !tbaa !19
  %260 = insertelement <2 x double> poison, double %257, i64 0
  %261 = insertelement <2 x double> %260, double %258, i64 1
  %262 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %261, <2 x double> <double 5.000000e-04, double 5.000000e-04>, <2 x double> %259)
  store <2 x double> %262, ptr %250, align 8, !tbaa !19
  %263 = load <2 x double>, ptr %249, align 8, !tbaa !19
  %264 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %262, <2 x double> <double 1.000000e-03, double 1.000000e-03>, <2 x double> %263)
  store <2 x double> %264, ptr %249, align 8, !tbaa !19
  %265 = getelementptr inbounds %struct.body, ptr @bodies, i64 %247, i32 2
  %266 = load double, ptr %265, align 8, !tbaa !16
  %267 = tail call double @llvm.fmuladd.f64(double %256, double 1.000000e-03, double %266)
  store double %267, ptr %265, align 8, !tbaa !16
  %268 = add nuw nsw i64 %247, 1
  %269 = icmp eq i64 %268, 32
  br i1 %269, label %200, label %246, !llvm.loop !23

270:                                              ; preds = %207, %270
  %271 = phi i64 [ %286, %270 ], [ 0, %207 ]
  %272 = getelementptr inbounds [32 x double], ptr %1, i64 0, i64 %271
  %273 = getelementptr inbounds %struct.body, ptr @bodies, i64 %271, i32 3
  %274 = getelementptr inbounds [32 x double], ptr %2, i64 0, i64 %271
  %275 = load double, ptr %272, align 8, !tbaa !19
  %276 = load double, ptr %274, align 8, !tbaa !19
  %277 = load <2 x double>, ptr %273, align 8, !tbaa !19
  %278 = insertelement <2 x double> poison, double %275, i64 0
  %279 = insertelement <2 x double> %278, double %276, i64 1
  %280 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %279, <2 x double> <double 5.000000e-04, double 5.000000e-04>, <2 x double> %277)
  store <2 x double> %280, ptr %273, align 8, !tbaa !19
  %281 = getelementptr inbounds [32 x double], ptr %3, i64 0, i64 %271
  %282 = load double, ptr %281, align 8, !tbaa !19
  %283 = getelementptr inbounds %struct.body, ptr @bodies, i64 %271, i32 5
  %284 = load double, ptr %283, align 8, !tbaa !13
  %285 = tail call double @llvm.fmuladd.f64(double %282, double 5.000000e-04, double %284)
  store double %285, ptr %283, align 8, !tbaa !13
  %286 = add nuw nsw i64 %271, 1
  %287 = icmp eq i64 %286, 32
  br i1 %287, label %288, label %270, !llvm.loop !24

288:                                              ; preds = %270
  call void @llvm.lifetime.end.p0(i64 256, ptr nonnull %3) #6
  call void @llvm.lifetime.end.p0(i64 256, ptr nonnull %2) #6
  call void @llvm.lifetime.end.p0(i64 256, ptr nonnull %1) #6
  %289 = add nuw nsw i32 %153, 1
  %290 = icmp eq i32 %289, 200
  br i1 %290, label %94, label %152, !llvm.loop !25
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

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare double @sqrt(double noundef) local_unnamed_addr #3

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
