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
  %14 = load double, ptr %13, align 8, !tbaa !7
  %15 = fmul double %14, 5.000000e-01
  %16 = getelementptr inbounds %struct.body, ptr @bodies, i64 %9, i32 3
  %17 = load double, ptr %16, align 8, !tbaa !12
  %18 = getelementptr inbounds %struct.body, ptr @bodies, i64 %9, i32 4
  %19 = load double, ptr %18, align 8, !tbaa !13
  %20 = fmul double %19, %19
  %21 = tail call double @llvm.fmuladd.f64(double %17, double %17, double %20)
  %22 = getelementptr inbounds %struct.body, ptr @bodies, i64 %9, i32 5
  %23 = load double, ptr %22, align 8, !tbaa !14
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
  %35 = load double, ptr %34, align 8, !tbaa !15
  %36 = load double, ptr %12, align 8, !tbaa !15
  %37 = fsub double %35, %36
  %38 = getelementptr inbounds %struct.body, ptr @bodies, i64 %32, i32 1
  %39 = load double, ptr %38, align 8, !tbaa !16
  %40 = load double, ptr %29, align 8, !tbaa !16
  %41 = fsub double %39, %40
  %42 = getelementptr inbounds %struct.body, ptr @bodies, i64 %32, i32 2
  %43 = load double, ptr %42, align 8, !tbaa !17
  %44 = load double, ptr %30, align 8, !tbaa !17
  %45 = fsub double %43, %44
  %46 = load double, ptr %13, align 8, !tbaa !7
  %47 = getelementptr inbounds %struct.body, ptr @bodies, i64 %32, i32 6
  %48 = load double, ptr %47, align 8, !tbaa !7
  %49 = fmul double %46, %48
  %50 = fmul double %41, %41
  %51 = tail call double @llvm.fmuladd.f64(double %37, double %37, double %50)
  %52 = tail call double @llvm.fmuladd.f64(double %45, double %45, double %51)
  %53 = fadd double %52, 1.000000e-04
  %54 = tail call double @sqrt(double noundef %53) #5
  %55 = fdiv double %49, %54
  %56 = fsub double %33, %55
  %57 = add nuw nsw i64 %32, 1
  %58 = icmp eq i64 %57, 32
  br i1 %58, label %4, label %31, !llvm.loop !18

59:                                               ; preds = %0, %59
  %60 = phi i64 [ 0, %0 ], [ %88, %59 ]
  %61 = trunc i64 %60 to i32
  %62 = sitofp i32 %61 to double
  %63 = fmul double %62, 0x401921FB54442D18
  %64 = fmul double %63, 3.125000e-02
  %65 = trunc i64 %60 to i32
  %66 = and i32 %65, 3
  %67 = sitofp i32 %66 to double
  %68 = tail call double @llvm.fmuladd.f64(double %67, double 5.000000e-02, double 1.000000e+00)
  %69 = getelementptr inbounds [32 x %struct.body], ptr @bodies, i64 0, i64 %60
  %70 = tail call double @cos(double noundef %64) #5
  %71 = fmul double %68, %70
  %72 = tail call double @sin(double noundef %64) #5
  %73 = fmul double %68, %72
  %74 = trunc i64 %60 to i32
  %75 = urem i32 %74, 3
  %76 = sitofp i32 %75 to double
  %77 = fmul double %76, 1.000000e-02
  %78 = tail call double @sin(double noundef %64) #5
  %79 = fmul double %78, -3.000000e-01
  %80 = tail call double @cos(double noundef %64) #5
  %81 = fmul double %80, 3.000000e-01
  store double %71, ptr %69, align 8, !tbaa.struct !19
  %82 = getelementptr inbounds i8, ptr %69, i64 8
  store double %73, ptr %82, align 8, !tbaa.struct !21
  %83 = getelementptr inbounds i8, ptr %69, i64 16
  store double %77, ptr %83, align 8, !tbaa.struct !22
  %84 = getelementptr inbounds i8, ptr %69, i64 24
  store double %79, ptr %84, align 8, !tbaa.struct !23
  %85 = getelementptr inbounds i8, ptr %69, i64 32
  store double %81, ptr %85, align 8, !tbaa.struct !24
  %86 = getelementptr inbounds i8, ptr %69, i64 40
  store double 0.000000e+00, ptr %86, align 8, !tbaa.struct !25
  %87 = getelementptr inbounds i8, ptr %69, i64 48
  store double 3.125000e-02, ptr %87, align 8, !tbaa.struct !26
  %88 = add nuw nsw i64 %60, 1
  %89 = icmp eq i64 %88, 32
  br i1 %89, label %8, label %59, !llvm.loop !27

90:                                               ; preds = %117, %94
  %91 = phi double [ %111, %94 ], [ %142, %117 ]
  %92 = add nuw nsw i64 %96, 1
  %93 = icmp eq i64 %112, 32
  br i1 %93, label %145, label %94, !llvm.loop !4

94:                                               ; preds = %291, %90
  %95 = phi i64 [ %112, %90 ], [ 0, %291 ]
  %96 = phi i64 [ %92, %90 ], [ 1, %291 ]
  %97 = phi double [ %91, %90 ], [ 0.000000e+00, %291 ]
  %98 = getelementptr inbounds %struct.body, ptr @bodies, i64 %95
  %99 = getelementptr inbounds %struct.body, ptr @bodies, i64 %95, i32 6
  %100 = load double, ptr %99, align 8, !tbaa !7
  %101 = fmul double %100, 5.000000e-01
  %102 = getelementptr inbounds %struct.body, ptr @bodies, i64 %95, i32 3
  %103 = load double, ptr %102, align 8, !tbaa !12
  %104 = getelementptr inbounds %struct.body, ptr @bodies, i64 %95, i32 4
  %105 = load double, ptr %104, align 8, !tbaa !13
  %106 = fmul double %105, %105
  %107 = tail call double @llvm.fmuladd.f64(double %103, double %103, double %106)
  %108 = getelementptr inbounds %struct.body, ptr @bodies, i64 %95, i32 5
  %109 = load double, ptr %108, align 8, !tbaa !14
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
  %121 = load double, ptr %120, align 8, !tbaa !15
  %122 = load double, ptr %98, align 8, !tbaa !15
  %123 = fsub double %121, %122
  %124 = getelementptr inbounds %struct.body, ptr @bodies, i64 %118, i32 1
  %125 = load double, ptr %124, align 8, !tbaa !16
  %126 = load double, ptr %115, align 8, !tbaa !16
  %127 = fsub double %125, %126
  %128 = getelementptr inbounds %struct.body, ptr @bodies, i64 %118, i32 2
  %129 = load double, ptr %128, align 8, !tbaa !17
  %130 = load double, ptr %116, align 8, !tbaa !17
  %131 = fsub double %129, %130
  %132 = load double, ptr %99, align 8, !tbaa !7
  %133 = getelementptr inbounds %struct.body, ptr @bodies, i64 %118, i32 6
  %134 = load double, ptr %133, align 8, !tbaa !7
  %135 = fmul double %132, %134
  %136 = fmul double %127, %127
  %137 = tail call double @llvm.fmuladd.f64(double %123, double %123, double %136)
  %138 = tail call double @llvm.fmuladd.f64(double %131, double %131, double %137)
  %139 = fadd double %138, 1.000000e-04
  %140 = tail call double @sqrt(double noundef %139) #5
  %141 = fdiv double %135, %140
  %142 = fsub double %119, %141
  %143 = add nuw nsw i64 %118, 1
  %144 = icmp eq i64 %143, 32
  br i1 %144, label %90, label %117, !llvm.loop !18

145:                                              ; preds = %90
  %146 = fsub double %91, %5
  %147 = fdiv double %146, %5
  %148 = tail call double @llvm.fabs.f64(double %147)
  %149 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 32, double noundef %5, double noundef %91, double noundef %148)
  %150 = fcmp uge double %148, 1.000000e-03
  %151 = zext i1 %150 to i32
  ret i32 %151

152:                                              ; preds = %4, %291
  %153 = phi i32 [ %292, %291 ], [ 0, %4 ]
  call void @llvm.lifetime.start.p0(i64 256, ptr nonnull %1) #5
  call void @llvm.lifetime.start.p0(i64 256, ptr nonnull %2) #5
  call void @llvm.lifetime.start.p0(i64 256, ptr nonnull %3) #5
  br label %154

154:                                              ; preds = %162, %152
  %155 = phi i64 [ 0, %152 ], [ %163, %162 ]
  %156 = getelementptr inbounds double, ptr %3, i64 %155
  store double 0.000000e+00, ptr %156, align 8, !tbaa !20
  %157 = getelementptr inbounds double, ptr %2, i64 %155
  store double 0.000000e+00, ptr %157, align 8, !tbaa !20
  %158 = getelementptr inbounds double, ptr %1, i64 %155
  store double 0.000000e+00, ptr %158, align 8, !tbaa !20
  %159 = getelementptr inbounds %struct.body, ptr @bodies, i64 %155
  %160 = getelementptr inbounds %struct.body, ptr @bodies, i64 %155, i32 1
  %161 = getelementptr inbounds %struct.body, ptr @bodies, i64 %155, i32 2
  br label %165

162:                                              ; preds = %196
  %163 = add nuw nsw i64 %155, 1
  %164 = icmp eq i64 %163, 32
  br i1 %164, label %244, label %154, !llvm.loop !28

165:                                              ; preds = %196, %154
  %166 = phi i64 [ 0, %154 ], [ %197, %196 ]
  %167 = icmp eq i64 %155, %166
  br i1 %167, label %196, label %168

168:                                              ; preds = %165
  %169 = getelementptr inbounds %struct.body, ptr @bodies, i64 %166
  %170 = load double, ptr %169, align 8, !tbaa !15
  %171 = load double, ptr %159, align 8, !tbaa !15
  %172 = fsub double %170, %171
  %173 = getelementptr inbounds %struct.body, ptr @bodies, i64 %166, i32 1
  %174 = load double, ptr %173, align 8, !tbaa !16
  %175 = load double, ptr %160, align 8, !tbaa !16
  %176 = fsub double %174, %175
  %177 = getelementptr inbounds %struct.body, ptr @bodies, i64 %166, i32 2
  %178 = load double, ptr %177, align 8, !tbaa !17
  %179 = load double, ptr %161, align 8, !tbaa !17
  %180 = fsub double %178, %179
  %181 = fmul double %176, %176
  %182 = tail call double @llvm.fmuladd.f64(double %172, double %172, double %181)
  %183 = tail call double @llvm.fmuladd.f64(double %180, double %180, double %182)
  %184 = fadd double %183, 1.000000e-04
  %185 = getelementptr inbounds %struct.body, ptr @bodies, i64 %166, i32 6
  %186 = load double, ptr %185, align 8, !tbaa !7
  %187 = tail call double @sqrt(double noundef %184) #5
  %188 = fmul double %187, %184
  %189 = fdiv double %186, %188
  %190 = load double, ptr %158, align 8, !tbaa !20
  %191 = tail call double @llvm.fmuladd.f64(double %172, double %189, double %190)
  store double %191, ptr %158, align 8, !tbaa !20
  %192 = load double, ptr %157, align 8, !tbaa !20
  %193 = tail call double @llvm.fmuladd.f64(double %176, double %189, double %192)
  store double %193, ptr %157, align 8, !tbaa !20
  %194 = load double, ptr %156, align 8, !tbaa !20
  %195 = tail call double @llvm.fmuladd.f64(double %180, double %189, double %194)
  store double %195, ptr %156, align 8, !tbaa !20
  br label %196

196:                                              ; preds = %168, %165
  %197 = add nuw nsw i64 %166, 1
  %198 = icmp eq i64 %197, 32
  br i1 %198, label %162, label %165, !llvm.loop !29

199:                                              ; preds = %244, %207
  %200 = phi i64 [ %208, %207 ], [ 0, %244 ]
  %201 = getelementptr inbounds double, ptr %3, i64 %200
  store double 0.000000e+00, ptr %201, align 8, !tbaa !20
  %202 = getelementptr inbounds double, ptr %2, i64 %200
  store double 0.000000e+00, ptr %202, align 8, !tbaa !20
  %203 = getelementptr inbounds double, ptr %1, i64 %200
  store double 0.000000e+00, ptr %203, align 8, !tbaa !20
  %204 = getelementptr inbounds %struct.body, ptr @bodies, i64 %200
  %205 = getelementptr inbounds %struct.body, ptr @bodies, i64 %200, i32 1
  %206 = getelementptr inbounds %struct.body, ptr @bodies, i64 %200, i32 2
  br label %210

207:                                              ; preds = %241
  %208 = add nuw nsw i64 %200, 1
  %209 = icmp eq i64 %208, 32
  br i1 %209, label %272, label %199, !llvm.loop !28

210:                                              ; preds = %241, %199
  %211 = phi i64 [ 0, %199 ], [ %242, %241 ]
  %212 = icmp eq i64 %200, %211
  br i1 %212, label %241, label %213

213:                                              ; preds = %210
  %214 = getelementptr inbounds %struct.body, ptr @bodies, i64 %211
  %215 = load double, ptr %214, align 8, !tbaa !15
  %216 = load double, ptr %204, align 8, !tbaa !15
  %217 = fsub double %215, %216
  %218 = getelementptr inbounds %struct.body, ptr @bodies, i64 %211, i32 1
  %219 = load double, ptr %218, align 8, !tbaa !16
  %220 = load double, ptr %205, align 8, !tbaa !16
  %221 = fsub double %219, %220
  %222 = getelementptr inbounds %struct.body, ptr @bodies, i64 %211, i32 2
  %223 = load double, ptr %222, align 8, !tbaa !17
  %224 = load double, ptr %206, align 8, !tbaa !17
  %225 = fsub double %223, %224
  %226 = fmul double %221, %221
  %227 = tail call double @llvm.fmuladd.f64(double %217, double %217, double %226)
  %228 = tail call double @llvm.fmuladd.f64(double %225, double %225, double %227)
  %229 = fadd double %228, 1.000000e-04
  %230 = getelementptr inbounds %struct.body, ptr @bodies, i64 %211, i32 6
  %231 = load double, ptr %230, align 8, !tbaa !7
  %232 = tail call double @sqrt(double noundef %229) #5
  %233 = fmul double %232, %229
  %234 = fdiv double %231, %233
  %235 = load double, ptr %203, align 8, !tbaa !20
  %236 = tail call double @llvm.fmuladd.f64(double %217, double %234, double %235)
  store double %236, ptr %203, align 8, !tbaa !20
  %237 = load double, ptr %202, align 8, !tbaa !20
  %238 = tail call double @llvm.fmuladd.f64(double %221, double %234, double %237)
  store double %238, ptr %202, align 8, !tbaa !20
  %239 = load double, ptr %201, align 8, !tbaa !20
  %240 = tail call double @llvm.fmuladd.f64(double %225, double %234, double %239)
  store double %240, ptr %201, align 8, !tbaa !20
  br label %241

241:                                              ; preds = %213, %210
  %242 = add nuw nsw i64 %211, 1
  %243 = icmp eq i64 %242, 32
  br i1 %243, label %207, label %210, !llvm.loop !29

244:                                              ; preds = %162, %244
  %245 = phi i64 [ %270, %244 ], [ 0, %162 ]
  %246 = getelementptr inbounds [32 x double], ptr %1, i64 0, i64 %245
  %247 = load double, ptr %246, align 8, !tbaa !20
  %248 = getelementptr inbounds %struct.body, ptr @bodies, i64 %245
  %249 = getelementptr inbounds %struct.body, ptr @bodies, i64 %245, i32 3
  %250 = load double, ptr %249, align 8, !tbaa !12
  %251 = tail call double @llvm.fmuladd.f64(double %247, double 5.000000e-04, double %250)
  store double %251, ptr %249, align 8, !tbaa !12
  %252 = getelementptr inbounds [32 x double], ptr %2, i64 0, i64 %245
  %253 = load double, ptr %252, align 8, !tbaa !20
  %254 = getelementptr inbounds %struct.body, ptr @bodies, i64 %245, i32 4
  %255 = load double, ptr %254, align 8, !tbaa !13
  %256 = tail call double @llvm.fmuladd.f64(double %253, double 5.000000e-04, double %255)
  store double %256, ptr %254, align 8, !tbaa !13
  %257 = getelementptr inbounds [32 x double], ptr %3, i64 0, i64 %245
  %258 = load double, ptr %257, align 8, !tbaa !20
  %259 = getelementptr inbounds %struct.body, ptr @bodies, i64 %245, i32 5
  %260 = load double, ptr %259, align 8, !tbaa !14
  %261 = tail call double @llvm.fmuladd.f64(double %258, double 5.000000e-04, double %260)
  store double %261, ptr %259, align 8, !tbaa !14
  %262 = load double, ptr %248, align 8, !tbaa !15
  %263 = tail call double @llvm.fmuladd.f64(double %251, double 1.000000e-03, double %262)
  store double %263, ptr %248, align 8, !tbaa !15
  %264 = getelementptr inbounds %struct.body, ptr @bodies, i64 %245, i32 1
  %265 = load double, ptr %264, align 8, !tbaa !16
  %266 = tail call double @llvm.fmuladd.f64(double %256, double 1.000000e-03, double %265)
  store double %266, ptr %264, align 8, !tbaa !16
  %267 = getelementptr inbounds %struct.body, ptr @bodies, i64 %245, i32 2
  %268 = load double, ptr %267, align 8, !tbaa !17
  %269 = tail call double @llvm.fmuladd.f64(double %261, double 1.000000e-03, double %268)
  store double %269, ptr %267, align 8, !tbaa !17
  %270 = add nuw nsw i64 %245, 1
  %271 = icmp eq i64 %270, 32
  br i1 %271, label %199, label %244, !llvm.loop !30

272:                                              ; preds = %207, %272
  %273 = phi i64 [ %289, %272 ], [ 0, %207 ]
  %274 = getelementptr inbounds [32 x double], ptr %1, i64 0, i64 %273
  %275 = load double, ptr %274, align 8, !tbaa !20
  %276 = getelementptr inbounds %struct.body, ptr @bodies, i64 %273, i32 3
  %277 = load double, ptr %276, align 8, !tbaa !12
  %278 = tail call double @llvm.fmuladd.f64(double %275, double 5.000000e-04, double %277)
  store double %278, ptr %276, align 8, !tbaa !12
  %279 = getelementptr inbounds [32 x double], ptr %2, i64 0, i64 %273
  %280 = load double, ptr %279, align 8, !tbaa !20
  %281 = getelementptr inbounds %struct.body, ptr @bodies, i64 %273, i32 4
  %282 = load double, ptr %281, align 8, !tbaa !13
  %283 = tail call double @llvm.fmuladd.f64(double %280, double 5.000000e-04, double %282)
  store double %283, ptr %281, align 8, !tbaa !13
  %284 = getelementptr inbounds [32 x double], ptr %3, i64 0, i64 %273
  %285 = load double, ptr %284, align 8, !tbaa !20
  %286 = getelementptr inbounds %struct.body, ptr @bodies, i64 %273, i32 5
  %287 = load double, ptr %286, align 8, !tbaa !14
  %288 = tail call double @llvm.fmuladd.f64(double %285, double 5.000000e-04, double %287)
  store double %288, ptr %286, align 8, !tbaa !14
  %289 = add nuw nsw i64 %273, 1
  %290 = icmp eq i64 %289, 32
  br i1 %290, label %291, label %272, !llvm.loop !31

291:                                              ; preds = %272
  call void @llvm.lifetime.end.p0(i64 256, ptr nonnull %3) #5
  call void @llvm.lifetime.end.p0(i64 256, ptr nonnull %2) #5
  call void @llvm.lifetime.end.p0(i64 256, ptr nonnull %1) #5
  %292 = add nuw nsw i32 %153, 1
  %293 = icmp eq i32 %292, 200
  br i1 %293, label %94, label %152, !llvm.loop !32
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

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { mustprogress nofree nounwind willreturn memory(write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = distinct !{!4, !5, !6}
!5 = !{!"llvm.loop.mustprogress"}
!6 = !{!"llvm.loop.unroll.disable"}
!7 = !{!8, !9, i64 48}
!8 = !{!"body", !9, i64 0, !9, i64 8, !9, i64 16, !9, i64 24, !9, i64 32, !9, i64 40, !9, i64 48}
!9 = !{!"double", !10, i64 0}
!10 = !{!"omnipotent char", !11, i64 0}
!11 = !{!"Simple C/C++ TBAA"}
!12 = !{!8, !9, i64 24}
!13 = !{!8, !9, i64 32}
!14 = !{!8, !9, i64 40}
!15 = !{!8, !9, i64 0}
!16 = !{!8, !9, i64 8}
!17 = !{!8, !9, i64 16}
!18 = distinct !{!18, !5, !6}
!19 = !{i64 0, i64 8, !20, i64 8, i64 8, !20, i64 16, i64 8, !20, i64 24, i64 8, !20, i64 32, i64 8, !20, i64 40, i64 8, !20, i64 48, i64 8, !20}
!20 = !{!9, !9, i64 0}
!21 = !{i64 0, i64 8, !20, i64 8, i64 8, !20, i64 16, i64 8, !20, i64 24, i64 8, !20, i64 32, i64 8, !20, i64 40, i64 8, !20}
!22 = !{i64 0, i64 8, !20, i64 8, i64 8, !20, i64 16, i64 8, !20, i64 24, i64 8, !20, i64 32, i64 8, !20}
!23 = !{i64 0, i64 8, !20, i64 8, i64 8, !20, i64 16, i64 8, !20, i64 24, i64 8, !20}
!24 = !{i64 0, i64 8, !20, i64 8, i64 8, !20, i64 16, i64 8, !20}
!25 = !{i64 0, i64 8, !20, i64 8, i64 8, !20}
!26 = !{i64 0, i64 8, !20}
!27 = distinct !{!27, !5, !6}
!28 = distinct !{!28, !5, !6}
!29 = distinct !{!29, !5, !6}
!30 = distinct !{!30, !5, !6}
!31 = distinct !{!31, !5, !6}
!32 = distinct !{!32, !5, !6}
