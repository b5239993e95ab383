; ModuleID = 'c/lu_decomp.c'
source_filename = "c/lu_decomp.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [38 x i8] c"lu_decomp n=%d x[0]=%.6f residual=%g\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  %1 = alloca [24 x [24 x double]], align 16
  %2 = alloca [24 x [24 x double]], align 16
  %3 = alloca [24 x double], align 16
  %4 = alloca [24 x double], align 16
  %5 = alloca [24 x i32], align 16
  call void @llvm.lifetime.start.p0(i64 4608, ptr nonnull %1) #5
  call void @llvm.lifetime.start.p0(i64 4608, ptr nonnull %2) #5
  call void @llvm.lifetime.start.p0(i64 192, ptr nonnull %3) #5
  call void @llvm.lifetime.start.p0(i64 192, ptr nonnull %4) #5
  call void @llvm.lifetime.start.p0(i64 96, ptr nonnull %5) #5
  br label %6

6:                                                ; preds = %232, %0
  %7 = phi i64 [ 0, %0 ], [ %238, %232 ]
  %8 = mul nuw nsw i64 %7, 13
  %9 = insertelement <2 x i64> poison, i64 %7, i64 0
  %10 = shufflevector <2 x i64> %9, <2 x i64> poison, <2 x i32> zeroinitializer
  %11 = insertelement <2 x i64> poison, i64 %8, i64 0
  %12 = shufflevector <2 x i64> %11, <2 x i64> poison, <2 x i32> zeroinitializer
  br label %13

13:                                               ; preds = %13, %6
  %14 = phi i64 [ 0, %6 ], [ %30, %13 ]
  %15 = phi <2 x i64> [ <i64 0, i64 1>, %6 ], [ %31, %13 ]
  %16 = sub nsw <2 x i64> %10, %15
  %17 = trunc <2 x i64> %16 to <2 x i32>
  %18 = tail call <2 x i32> @llvm.abs.v2i32(<2 x i32> %17, i1 true)
  %19 = add nuw nsw <2 x i32> %18, <i32 1, i32 1>
  %20 = sitofp <2 x i32> %19 to <2 x double>
  %21 = fdiv <2 x double> <double 1.000000e+00, double 1.000000e+00>, %20
  %22 = mul nuw nsw <2 x i64> %15, <i64 7, i64 7>
  %23 = add nuw nsw <2 x i64> %22, %12
  %24 = trunc <2 x i64> %23 to <2 x i32>
  %25 = urem <2 x i32> %24, <i32 5, i32 5>
  %26 = sitofp <2 x i32> %25 to <2 x double>
  %27 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %26, <2 x double> <double 1.000000e-01, double 1.000000e-01>, <2 x double> %21)
  %28 = getelementptr inbounds [24 x [24 x double]], ptr %1, i64 0, i64 %7, i64 %14
  store <2 x double> %27, ptr %28, align 16, !tbaa !4
  %29 = getelementptr inbounds [24 x [24 x double]], ptr %2, i64 0, i64 %7, i64 %14
  store <2 x double> %27, ptr %29, align 16, !tbaa !4
  %30 = add nuw i64 %14, 2
  %31 = add <2 x i64> %15, <i64 2, i64 2>
  %32 = icmp eq i64 %30, 24
  br i1 %32, label %232, label %13, !llvm.loop !8

33:                                               ; preds = %232
  store <4 x i32> <i32 0, i32 1, i32 2, i32 3>, ptr %5, align 16, !tbaa !12
  %34 = getelementptr inbounds i32, ptr %5, i64 4
  store <4 x i32> <i32 4, i32 5, i32 6, i32 7>, ptr %34, align 16, !tbaa !12
  %35 = getelementptr inbounds i32, ptr %5, i64 8
  store <4 x i32> <i32 8, i32 9, i32 10, i32 11>, ptr %35, align 16, !tbaa !12
  %36 = getelementptr inbounds i32, ptr %5, i64 12
  store <4 x i32> <i32 12, i32 13, i32 14, i32 15>, ptr %36, align 16, !tbaa !12
  %37 = getelementptr inbounds i32, ptr %5, i64 16
  store <4 x i32> <i32 16, i32 17, i32 18, i32 19>, ptr %37, align 16, !tbaa !12
  %38 = getelementptr inbounds i32, ptr %5, i64 20
  store <4 x i32> <i32 20, i32 21, i32 22, i32 23>, ptr %38, align 16, !tbaa !12
  br label %43

39:                                               ; preds = %226, %142
  %40 = icmp ugt i64 %44, 22
  %41 = add nuw nsw i64 %45, 1
  %42 = icmp eq i64 %56, 24
  br i1 %42, label %230, label %43, !llvm.loop !14

43:                                               ; preds = %39, %33
  %44 = phi i64 [ 0, %33 ], [ %56, %39 ]
  %45 = phi i64 [ 1, %33 ], [ %41, %39 ]
  %46 = phi i1 [ false, %33 ], [ %40, %39 ]
  %47 = sub nsw i64 23, %44
  %48 = mul nuw nsw i64 %44, 200
  %49 = add nuw i64 %48, 200
  %50 = mul nuw nsw i64 %44, 192
  %51 = add nuw i64 %50, 384
  %52 = add nuw i64 %48, 8
  %53 = getelementptr i8, ptr %2, i64 %52
  %54 = add nuw i64 %50, 192
  %55 = getelementptr i8, ptr %2, i64 %54
  %56 = add nuw nsw i64 %44, 1
  %57 = icmp ult i64 %44, 23
  %58 = trunc i64 %44 to i32
  br i1 %57, label %59, label %61

59:                                               ; preds = %43
  %60 = getelementptr inbounds double, ptr %2, i64 %44
  br label %69

61:                                               ; preds = %69, %43
  %62 = phi i32 [ %58, %43 ], [ %83, %69 ]
  %63 = sext i32 %62 to i64
  %64 = mul nsw i64 %63, 24
  %65 = getelementptr inbounds double, ptr %2, i64 %64
  %66 = getelementptr inbounds double, ptr %65, i64 %44
  %67 = load double, ptr %66, align 8, !tbaa !4
  %68 = fcmp une double %67, 0.000000e+00
  br i1 %68, label %86, label %230

69:                                               ; preds = %69, %59
  %70 = phi i64 [ %45, %59 ], [ %84, %69 ]
  %71 = phi i32 [ %58, %59 ], [ %83, %69 ]
  %72 = mul nuw nsw i64 %70, 24
  %73 = getelementptr inbounds double, ptr %60, i64 %72
  %74 = load double, ptr %73, align 8, !tbaa !4
  %75 = tail call double @llvm.fabs.f64(double %74)
  %76 = sext i32 %71 to i64
  %77 = mul nsw i64 %76, 24
  %78 = getelementptr double, ptr %60, i64 %77
  %79 = load double, ptr %78, align 8, !tbaa !4
  %80 = tail call double @llvm.fabs.f64(double %79)
  %81 = fcmp ogt double %75, %80
  %82 = trunc i64 %70 to i32
  %83 = select i1 %81, i32 %82, i32 %71
  %84 = add nuw nsw i64 %70, 1
  %85 = icmp eq i64 %84, 24
  br i1 %85, label %61, label %69, !llvm.loop !15

86:                                               ; preds = %61
  %87 = zext i32 %62 to i64
  %88 = icmp eq i64 %44, %87
  br i1 %88, label %142, label %89

89:                                               ; preds = %86
  %90 = mul nuw nsw i64 %44, 24
  %91 = getelementptr inbounds double, ptr %2, i64 %90
  %92 = load <2 x double>, ptr %91, align 16, !tbaa !4
  %93 = load <2 x double>, ptr %65, align 16, !tbaa !4
  store <2 x double> %93, ptr %91, align 16, !tbaa !4
  store <2 x double> %92, ptr %65, align 16, !tbaa !4
  %94 = getelementptr inbounds double, ptr %91, i64 2
  %95 = getelementptr inbounds double, ptr %65, i64 2
  %96 = load <2 x double>, ptr %94, align 16, !tbaa !4
  %97 = load <2 x double>, ptr %95, align 16, !tbaa !4
  store <2 x double> %97, ptr %94, align 16, !tbaa !4
  store <2 x double> %96, ptr %95, align 16, !tbaa !4
  %98 = getelementptr inbounds double, ptr %91, i64 4
  %99 = getelementptr inbounds double, ptr %65, i64 4
  %100 = load <2 x double>, ptr %98, align 16, !tbaa !4
  %101 = load <2 x double>, ptr %99, align 16, !tbaa !4
  store <2 x double> %101, ptr %98, align 16, !tbaa !4
  store <2 x double> %100, ptr %99, align 16, !tbaa !4
  %102 = getelementptr inbounds double, ptr %91, i64 6
  %103 = getelementptr inbounds double, ptr %65, i64 6
  %104 = load <2 x double>, ptr %102, align 16, !tbaa !4
  %105 = load <2 x double>, ptr %103, align 16, !tbaa !4
  store <2 x double> %105, ptr %102, align 16, !tbaa !4
  store <2 x double> %104, ptr %103, align 16, !tbaa !4
  %106 = getelementptr inbounds double, ptr %91, i64 8
  %107 = getelementptr inbounds double, ptr %65, i64 8
  %108 = load <2 x double>, ptr %106, align 16, !tbaa !4
  %109 = load <2 x double>, ptr %107, align 16, !tbaa !4
  store <2 x double> %109, ptr %106, align 16, !tbaa !4
  store <2 x double> %108, ptr %107, align 16, !tbaa !4
  %110 = getelementptr inbounds double, ptr %91, i64 10
  %111 = getelementptr inbounds double, ptr %65, i64 10
  %112 = load <2 x double>, ptr %110, align 16, !tbaa !4
  %113 = load <2 x double>, ptr %111, align 16, !tbaa !4
  store <2 x double> %113, ptr %110, align 16, !tbaa !4
  store <2 x double> %112, ptr %111, align 16, !tbaa !4
  %114 = getelementptr inbounds double, ptr %91, i64 12
  %115 = getelementptr inbounds double, ptr %65, i64 12
  %116 = load <2 x double>, ptr %114, align 16, !tbaa !4
  %117 = load <2 x double>, ptr %115, align 16, !tbaa !4
  store <2 x double> %117, ptr %114, align 16, !tbaa !4
  store <2 x double> %116, ptr %115, align 16, !tbaa !4
  %118 = getelementptr inbounds double, ptr %91, i64 14
  %119 = getelementptr inbounds double, ptr %65, i64 14
  %120 = load <2 x double>, ptr %118, align 16, !tbaa !4
  %121 = load <2 x double>, ptr %119, align 16, !tbaa !4
  store <2 x double> %121, ptr %118, align 16, !tbaa !4
  store <2 x double> %120, ptr %119, align 16, !tbaa !4
  %122 = getelementptr inbounds double, ptr %91, i64 16
  %123 = getelementptr inbounds double, ptr %65, i64 16
  %124 = load <2 x double>, ptr %122, align 16, !tbaa !4
  %125 = load <2 x double>, ptr %123, align 16, !tbaa !4
  store <2 x double> %125, ptr %122, align 16, !tbaa !4
  store <2 x double> %124, ptr %123, align 16, !tbaa !4
  %126 = getelementptr inbounds double, ptr %91, i64 18
  %127 = getelementptr inbounds double, ptr %65, i64 18
  %128 = load <2 x double>, ptr %126, align 16, !tbaa !4
  %129 = load <2 x double>, ptr %127, align 16, !tbaa !4
  store <2 x double> %129, ptr %126, align 16, !tbaa !4
  store <2 x double> %128, ptr %127, align 16, !tbaa !4
  %130 = getelementptr inbounds double, ptr %91, i64 20
  %131 = getelementptr inbounds double, ptr %65, i64 20
  %132 = load <2 x double>, ptr %130, align 16, !tbaa !4
  %133 = load <2 x double>, ptr %131, align 16, !tbaa !4
  store <2 x double> %133, ptr %130, align 16, !tbaa !4
  store <2 x double> %132, ptr %131, align 16, !tbaa !4
  %134 = getelementptr inbounds double, ptr %91, i64 22
  %135 = getelementptr inbounds double, ptr %65, i64 22
  %136 = load <2 x double>, ptr %134, align 16, !tbaa !4
  %137 = load <2 x double>, ptr %135, align 16, !tbaa !4
  store <2 x double> %137, ptr %134, align 16, !tbaa !4
  store <2 x double> %136, ptr %135, align 16, !tbaa !4
  %138 = getelementptr inbounds i32, ptr %5, i64 %44
  %139 = load i32, ptr %138, align 4, !tbaa !12
  %140 = getelementptr inbounds i32, ptr %5, i64 %63
  %141 = load i32, ptr %140, align 4, !tbaa !12
  store i32 %141, ptr %138, align 4, !tbaa !12
  store i32 %139, ptr %140, align 4, !tbaa !12
  br label %142

142:                                              ; preds = %89, %86
  br i1 %57, label %143, label %39

143:                                              ; preds = %142
  %144 = mul nuw nsw i64 %44, 24
  %145 = getelementptr inbounds double, ptr %2, i64 %144
  %146 = getelementptr inbounds double, ptr %145, i64 %44
  %147 = icmp ult i64 %47, 4
  %148 = and i64 %47, -4
  %149 = add i64 %45, %148
  %150 = icmp eq i64 %47, %148
  br label %151

151:                                              ; preds = %226, %143
  %152 = phi i64 [ %229, %226 ], [ 0, %143 ]
  %153 = phi i64 [ %227, %226 ], [ %45, %143 ]
  %154 = load double, ptr %146, align 8, !tbaa !4
  %155 = mul nuw nsw i64 %153, 24
  %156 = getelementptr inbounds double, ptr %2, i64 %155
  %157 = getelementptr inbounds double, ptr %156, i64 %44
  %158 = load double, ptr %157, align 8, !tbaa !4
  %159 = fdiv double %158, %154
  store double %159, ptr %157, align 8, !tbaa !4
  br i1 %147, label %191, label %160

160:                                              ; preds = %151
  %161 = mul i64 %152, 192
  %162 = add i64 %51, %161
  %163 = getelementptr i8, ptr %2, i64 %162
  %164 = add i64 %49, %161
  %165 = getelementptr i8, ptr %2, i64 %164
  %166 = icmp ult ptr %165, %55
  %167 = icmp ult ptr %53, %163
  %168 = and i1 %166, %167
  br i1 %168, label %191, label %169

169:                                              ; preds = %160
  %170 = load double, ptr %157, align 8, !tbaa !4, !alias.scope !16
  %171 = insertelement <2 x double> poison, double %170, i64 0
  %172 = shufflevector <2 x double> %171, <2 x double> poison, <2 x i32> zeroinitializer
  %173 = fneg <2 x double> %172
  %174 = fneg <2 x double> %172
  br label %175

175:                                              ; preds = %175, %169
  %176 = phi i64 [ 0, %169 ], [ %188, %175 ]
  %177 = add i64 %45, %176
  %178 = getelementptr inbounds double, ptr %145, i64 %177
  %179 = load <2 x double>, ptr %178, align 8, !tbaa !4, !alias.scope !19
  %180 = getelementptr inbounds double, ptr %178, i64 2
  %181 = load <2 x double>, ptr %180, align 8, !tbaa !4, !alias.scope !19
  %182 = getelementptr inbounds double, ptr %156, i64 %177
  %183 = load <2 x double>, ptr %182, align 8, !tbaa !4, !alias.scope !21, !noalias !23
  %184 = getelementptr inbounds double, ptr %182, i64 2
  %185 = load <2 x double>, ptr %184, align 8, !tbaa !4, !alias.scope !21, !noalias !23
  %186 = call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %173, <2 x double> %179, <2 x double> %183)
  %187 = call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %174, <2 x double> %181, <2 x double> %185)
  store <2 x double> %186, ptr %182, align 8, !tbaa !4, !alias.scope !21, !noalias !23
  store <2 x double> %187, ptr %184, align 8, !tbaa !4, !alias.scope !21, !noalias !23
  %188 = add nuw i64 %176, 4
  %189 = icmp eq i64 %188, %148
  br i1 %189, label %190, label %175, !llvm.loop !24

190:                                              ; preds = %175
  br i1 %150, label %226, label %191

191:                                              ; preds = %160, %151, %190
  %192 = phi i64 [ %45, %160 ], [ %45, %151 ], [ %149, %190 ]
  %193 = and i64 %192, 1
  %194 = icmp eq i64 %193, 0
  br i1 %194, label %204, label %195

195:                                              ; preds = %191
  %196 = load double, ptr %157, align 8, !tbaa !4
  %197 = getelementptr inbounds double, ptr %145, i64 %192
  %198 = load double, ptr %197, align 8, !tbaa !4
  %199 = getelementptr inbounds double, ptr %156, i64 %192
  %200 = load double, ptr %199, align 8, !tbaa !4
  %201 = fneg double %196
  %202 = tail call double @llvm.fmuladd.f64(double %201, double %198, double %200)
  store double %202, ptr %199, align 8, !tbaa !4
  %203 = add nuw nsw i64 %192, 1
  br label %204

204:                                              ; preds = %195, %191
  %205 = phi i64 [ %192, %191 ], [ %203, %195 ]
  %206 = icmp eq i64 %192, 23
  br i1 %206, label %226, label %207

207:                                              ; preds = %204, %207
  %208 = phi i64 [ %224, %207 ], [ %205, %204 ]
  %209 = load double, ptr %157, align 8, !tbaa !4
  %210 = getelementptr inbounds double, ptr %145, i64 %208
  %211 = load double, ptr %210, align 8, !tbaa !4
  %212 = getelementptr inbounds double, ptr %156, i64 %208
  %213 = load double, ptr %212, align 8, !tbaa !4
  %214 = fneg double %209
  %215 = tail call double @llvm.fmuladd.f64(double %214, double %211, double %213)
  store double %215, ptr %212, align 8, !tbaa !4
  %216 = add nuw nsw i64 %208, 1
  %217 = load double, ptr %157, align 8, !tbaa !4
  %218 = getelementptr inbounds double, ptr %145, i64 %216
  %219 = load double, ptr %218, align 8, !tbaa !4
  %220 = getelementptr inbounds double, ptr %156, i64 %216
  %221 = load double, ptr %220, align 8, !tbaa !4
  %222 = fneg double %217
  %223 = tail call double @llvm.fmuladd.f64(double %222, double %219, double %221)
  store double %223, ptr %220, align 8, !tbaa !4
  %224 = add nuw nsw i64 %208, 2
  %225 = icmp eq i64 %224, 24
  br i1 %225, label %226, label %207, !llvm.loop !25

226:                                              ; preds = %204, %207, %190
  %227 = add nuw nsw i64 %153, 1
  %228 = icmp eq i64 %227, 24
  %229 = add i64 %152, 1
  br i1 %228, label %39, label %151, !llvm.loop !26

230:                                              ; preds = %39, %61
  %231 = phi i1 [ %46, %61 ], [ %40, %39 ]
  br i1 %231, label %240, label %518

232:                                              ; preds = %13
  %233 = trunc i64 %7 to i32
  %234 = and i32 %233, 3
  %235 = sitofp i32 %234 to double
  %236 = fadd double %235, -1.500000e+00
  %237 = getelementptr inbounds [24 x double], ptr %3, i64 0, i64 %7
  store double %236, ptr %237, align 8, !tbaa !4
  %238 = add nuw nsw i64 %7, 1
  %239 = icmp eq i64 %238, 24
  br i1 %239, label %33, label %6, !llvm.loop !27

240:                                              ; preds = %230, %273
  %241 = phi i64 [ %276, %273 ], [ 0, %230 ]
  %242 = getelementptr inbounds i32, ptr %5, i64 %241
  %243 = load i32, ptr %242, align 4, !tbaa !12
  %244 = sext i32 %243 to i64
  %245 = getelementptr inbounds double, ptr %3, i64 %244
  %246 = load double, ptr %245, align 8, !tbaa !4
  %247 = icmp eq i64 %241, 0
  br i1 %247, label %273, label %248

248:                                              ; preds = %240
  %249 = mul nuw nsw i64 %241, 24
  %250 = getelementptr inbounds double, ptr %2, i64 %249
  %251 = and i64 %241, 3
  %252 = icmp ult i64 %241, 4
  br i1 %252, label %255, label %253

253:                                              ; preds = %248
  %254 = and i64 %241, 9223372036854775804
  br label %278

255:                                              ; preds = %278, %248
  %256 = phi double [ undef, %248 ], [ %308, %278 ]
  %257 = phi i64 [ 0, %248 ], [ %309, %278 ]
  %258 = phi double [ %246, %248 ], [ %308, %278 ]
  %259 = icmp eq i64 %251, 0
  br i1 %259, label %273, label %260

260:                                              ; preds = %255, %260
  %261 = phi i64 [ %270, %260 ], [ %257, %255 ]
  %262 = phi double [ %269, %260 ], [ %258, %255 ]
  %263 = phi i64 [ %271, %260 ], [ 0, %255 ]
  %264 = getelementptr inbounds double, ptr %250, i64 %261
  %265 = load double, ptr %264, align 8, !tbaa !4
  %266 = getelementptr inbounds double, ptr %4, i64 %261
  %267 = load double, ptr %266, align 8, !tbaa !4
  %268 = fneg double %265
  %269 = tail call double @llvm.fmuladd.f64(double %268, double %267, double %262)
  %270 = add nuw nsw i64 %261, 1
  %271 = add i64 %263, 1
  %272 = icmp eq i64 %271, %251
  br i1 %272, label %273, label %260, !llvm.loop !28

273:                                              ; preds = %255, %260, %240
  %274 = phi double [ %246, %240 ], [ %256, %255 ], [ %269, %260 ]
  %275 = getelementptr inbounds double, ptr %4, i64 %241
  store double %274, ptr %275, align 8, !tbaa !4
  %276 = add nuw nsw i64 %241, 1
  %277 = icmp eq i64 %276, 24
  br i1 %277, label %312, label %240, !llvm.loop !30

278:                                              ; preds = %278, %253
  %279 = phi i64 [ 0, %253 ], [ %309, %278 ]
  %280 = phi double [ %246, %253 ], [ %308, %278 ]
  %281 = phi i64 [ 0, %253 ], [ %310, %278 ]
  %282 = getelementptr inbounds double, ptr %250, i64 %279
  %283 = load double, ptr %282, align 16, !tbaa !4
  %284 = getelementptr inbounds double, ptr %4, i64 %279
  %285 = load double, ptr %284, align 16, !tbaa !4
  %286 = fneg double %283
  %287 = tail call double @llvm.fmuladd.f64(double %286, double %285, double %280)
  %288 = or i64 %279, 1
  %289 = getelementptr inbounds double, ptr %250, i64 %288
  %290 = load double, ptr %289, align 8, !tbaa !4
  %291 = getelementptr inbounds double, ptr %4, i64 %288
  %292 = load double, ptr %291, align 8, !tbaa !4
  %293 = fneg double %290
  %294 = tail call double @llvm.fmuladd.f64(double %293, double %292, double %287)
  %295 = or i64 %279, 2
  %296 = getelementptr inbounds double, ptr %250, i64 %295
  %297 = load double, ptr %296, align 16, !tbaa !4
  %298 = getelementptr inbounds double, ptr %4, i64 %295
  %299 = load double, ptr %298, align 16, !tbaa !4
  %300 = fneg double %297
  %301 = tail call double @llvm.fmuladd.f64(double %300, double %299, double %294)
  %302 = or i64 %279, 3
  %303 = getelementptr inbounds double, ptr %250, i64 %302
  %304 = load double, ptr %303, align 8, !tbaa !4
  %305 = getelementptr inbounds double, ptr %4, i64 %302
  %306 = load double, ptr %305, align 8, !tbaa !4
  %307 = fneg double %304
  %308 = tail call double @llvm.fmuladd.f64(double %307, double %306, double %301)
  %309 = add nuw nsw i64 %279, 4
  %310 = add i64 %281, 4
  %311 = icmp eq i64 %310, %254
  br i1 %311, label %255, label %278, !llvm.loop !31

312:                                              ; preds = %273, %342
  %313 = phi i64 [ %350, %342 ], [ 0, %273 ]
  %314 = phi i64 [ %348, %342 ], [ 23, %273 ]
  %315 = add i64 %313, -1
  %316 = getelementptr inbounds double, ptr %4, i64 %314
  %317 = load double, ptr %316, align 8, !tbaa !4
  %318 = icmp ult i64 %314, 23
  %319 = mul nuw nsw i64 %314, 24
  br i1 %318, label %320, label %342

320:                                              ; preds = %312
  %321 = getelementptr inbounds double, ptr %2, i64 %319
  %322 = and i64 %313, 3
  %323 = icmp eq i64 %322, 0
  br i1 %323, label %337, label %324

324:                                              ; preds = %320, %324
  %325 = phi i64 [ %328, %324 ], [ %314, %320 ]
  %326 = phi double [ %334, %324 ], [ %317, %320 ]
  %327 = phi i64 [ %335, %324 ], [ 0, %320 ]
  %328 = add nuw nsw i64 %325, 1
  %329 = getelementptr inbounds double, ptr %321, i64 %328
  %330 = load double, ptr %329, align 8, !tbaa !4
  %331 = getelementptr inbounds double, ptr %4, i64 %328
  %332 = load double, ptr %331, align 8, !tbaa !4
  %333 = fneg double %330
  %334 = tail call double @llvm.fmuladd.f64(double %333, double %332, double %326)
  %335 = add i64 %327, 1
  %336 = icmp eq i64 %335, %322
  br i1 %336, label %337, label %324, !llvm.loop !32

337:                                              ; preds = %324, %320
  %338 = phi double [ undef, %320 ], [ %334, %324 ]
  %339 = phi i64 [ %314, %320 ], [ %328, %324 ]
  %340 = phi double [ %317, %320 ], [ %334, %324 ]
  %341 = icmp ult i64 %315, 3
  br i1 %341, label %342, label %399

342:                                              ; preds = %337, %399, %312
  %343 = phi double [ %317, %312 ], [ %338, %337 ], [ %429, %399 ]
  %344 = getelementptr inbounds double, ptr %2, i64 %319
  %345 = getelementptr inbounds double, ptr %344, i64 %314
  %346 = load double, ptr %345, align 8, !tbaa !4
  %347 = fdiv double %343, %346
  store double %347, ptr %316, align 8, !tbaa !4
  %348 = add nsw i64 %314, -1
  %349 = icmp eq i64 %314, 0
  %350 = add i64 %313, 1
  br i1 %349, label %351, label %312, !llvm.loop !33

351:                                              ; preds = %342
  %352 = getelementptr inbounds [24 x double], ptr %4, i64 0, i64 6
  %353 = load double, ptr %352, align 16, !tbaa !4
  %354 = getelementptr inbounds [24 x double], ptr %4, i64 0, i64 7
  %355 = load double, ptr %354, align 8, !tbaa !4
  %356 = getelementptr inbounds [24 x double], ptr %4, i64 0, i64 8
  %357 = load double, ptr %356, align 16, !tbaa !4
  %358 = getelementptr inbounds [24 x double], ptr %4, i64 0, i64 9
  %359 = load double, ptr %358, align 8, !tbaa !4
  %360 = getelementptr inbounds [24 x double], ptr %4, i64 0, i64 10
  %361 = load double, ptr %360, align 16, !tbaa !4
  %362 = getelementptr inbounds [24 x double], ptr %4, i64 0, i64 11
  %363 = load double, ptr %362, align 8, !tbaa !4
  %364 = getelementptr inbounds [24 x double], ptr %4, i64 0, i64 12
  %365 = load double, ptr %364, align 16, !tbaa !4
  %366 = getelementptr inbounds [24 x double], ptr %4, i64 0, i64 13
  %367 = load double, ptr %366, align 8, !tbaa !4
  %368 = getelementptr inbounds [24 x double], ptr %4, i64 0, i64 14
  %369 = load double, ptr %368, align 16, !tbaa !4
  %370 = getelementptr inbounds [24 x double], ptr %4, i64 0, i64 15
  %371 = load double, ptr %370, align 8, !tbaa !4
  %372 = getelementptr inbounds [24 x double], ptr %4, i64 0, i64 16
  %373 = load double, ptr %372, align 16, !tbaa !4
  %374 = getelementptr inbounds [24 x double], ptr %4, i64 0, i64 17
  %375 = load double, ptr %374, align 8, !tbaa !4
  %376 = getelementptr inbounds [24 x double], ptr %4, i64 0, i64 18
  %377 = load double, ptr %376, align 16, !tbaa !4
  %378 = getelementptr inbounds [24 x double], ptr %4, i64 0, i64 19
  %379 = load double, ptr %378, align 8, !tbaa !4
  %380 = getelementptr inbounds [24 x double], ptr %4, i64 0, i64 20
  %381 = load double, ptr %380, align 16, !tbaa !4
  %382 = getelementptr inbounds [24 x double], ptr %4, i64 0, i64 21
  %383 = load double, ptr %382, align 8, !tbaa !4
  %384 = getelementptr inbounds [24 x double], ptr %4, i64 0, i64 22
  %385 = load double, ptr %384, align 16, !tbaa !4
  %386 = load double, ptr %4, align 16, !tbaa !4
  %387 = getelementptr inbounds [24 x double], ptr %4, i64 0, i64 1
  %388 = load double, ptr %387, align 8, !tbaa !4
  %389 = getelementptr inbounds [24 x double], ptr %4, i64 0, i64 2
  %390 = load double, ptr %389, align 16, !tbaa !4
  %391 = getelementptr inbounds [24 x double], ptr %4, i64 0, i64 3
  %392 = load double, ptr %391, align 8, !tbaa !4
  %393 = getelementptr inbounds [24 x double], ptr %4, i64 0, i64 4
  %394 = load double, ptr %393, align 16, !tbaa !4
  %395 = getelementptr inbounds [24 x double], ptr %4, i64 0, i64 5
  %396 = load double, ptr %395, align 8, !tbaa !4
  %397 = getelementptr inbounds [24 x double], ptr %4, i64 0, i64 23
  %398 = load double, ptr %397, align 8, !tbaa !4
  br label %431

399:                                              ; preds = %337, %399
  %400 = phi i64 [ %423, %399 ], [ %339, %337 ]
  %401 = phi double [ %429, %399 ], [ %340, %337 ]
  %402 = add nuw nsw i64 %400, 1
  %403 = getelementptr inbounds double, ptr %321, i64 %402
  %404 = load double, ptr %403, align 8, !tbaa !4
  %405 = getelementptr inbounds double, ptr %4, i64 %402
  %406 = load double, ptr %405, align 8, !tbaa !4
  %407 = fneg double %404
  %408 = tail call double @llvm.fmuladd.f64(double %407, double %406, double %401)
  %409 = add nuw nsw i64 %400, 2
  %410 = getelementptr inbounds double, ptr %321, i64 %409
  %411 = load double, ptr %410, align 8, !tbaa !4
  %412 = getelementptr inbounds double, ptr %4, i64 %409
  %413 = load double, ptr %412, align 8, !tbaa !4
  %414 = fneg double %411
  %415 = tail call double @llvm.fmuladd.f64(double %414, double %413, double %408)
  %416 = add nuw nsw i64 %400, 3
  %417 = getelementptr inbounds double, ptr %321, i64 %416
  %418 = load double, ptr %417, align 8, !tbaa !4
  %419 = getelementptr inbounds double, ptr %4, i64 %416
  %420 = load double, ptr %419, align 8, !tbaa !4
  %421 = fneg double %418
  %422 = tail call double @llvm.fmuladd.f64(double %421, double %420, double %415)
  %423 = add nuw nsw i64 %400, 4
  %424 = getelementptr inbounds double, ptr %321, i64 %423
  %425 = load double, ptr %424, align 8, !tbaa !4
  %426 = getelementptr inbounds double, ptr %4, i64 %423
  %427 = load double, ptr %426, align 8, !tbaa !4
  %428 = fneg double %425
  %429 = tail call double @llvm.fmuladd.f64(double %428, double %427, double %422)
  %430 = icmp eq i64 %423, 23
  br i1 %430, label %342, label %399, !llvm.loop !34

431:                                              ; preds = %351, %431
  %432 = phi i64 [ 0, %351 ], [ %511, %431 ]
  %433 = phi double [ 0.000000e+00, %351 ], [ %510, %431 ]
  %434 = getelementptr inbounds [24 x [24 x double]], ptr %1, i64 0, i64 %432, i64 0
  %435 = load double, ptr %434, align 16, !tbaa !4
  %436 = tail call double @llvm.fmuladd.f64(double %435, double %386, double 0.000000e+00)
  %437 = getelementptr inbounds [24 x [24 x double]], ptr %1, i64 0, i64 %432, i64 1
  %438 = load double, ptr %437, align 8, !tbaa !4
  %439 = tail call double @llvm.fmuladd.f64(double %438, double %388, double %436)
  %440 = getelementptr inbounds [24 x [24 x double]], ptr %1, i64 0, i64 %432, i64 2
  %441 = load double, ptr %440, align 16, !tbaa !4
  %442 = tail call double @llvm.fmuladd.f64(double %441, double %390, double %439)
  %443 = getelementptr inbounds [24 x [24 x double]], ptr %1, i64 0, i64 %432, i64 3
  %444 = load double, ptr %443, align 8, !tbaa !4
  %445 = tail call double @llvm.fmuladd.f64(double %444, double %392, double %442)
  %446 = getelementptr inbounds [24 x [24 x double]], ptr %1, i64 0, i64 %432, i64 4
  %447 = load double, ptr %446, align 16, !tbaa !4
  %448 = tail call double @llvm.fmuladd.f64(double %447, double %394, double %445)
  %449 = getelementptr inbounds [24 x [24 x double]], ptr %1, i64 0, i64 %432, i64 5
  %450 = load double, ptr %449, align 8, !tbaa !4
  %451 = tail call double @llvm.fmuladd.f64(double %450, double %396, double %448)
  %452 = getelementptr inbounds [24 x [24 x double]], ptr %1, i64 0, i64 %432, i64 6
  %453 = load double, ptr %452, align 16, !tbaa !4
  %454 = tail call double @llvm.fmuladd.f64(double %453, double %353, double %451)
  %455 = getelementptr inbounds [24 x [24 x double]], ptr %1, i64 0, i64 %432, i64 7
  %456 = load double, ptr %455, align 8, !tbaa !4
  %457 = tail call double @llvm.fmuladd.f64(double %456, double %355, double %454)
  %458 = getelementptr inbounds [24 x [24 x double]], ptr %1, i64 0, i64 %432, i64 8
  %459 = load double, ptr %458, align 16, !tbaa !4
  %460 = tail call double @llvm.fmuladd.f64(double %459, double %357, double %457)
  %461 = getelementptr inbounds [24 x [24 x double]], ptr %1, i64 0, i64 %432, i64 9
  %462 = load double, ptr %461, align 8, !tbaa !4
  %463 = tail call double @llvm.fmuladd.f64(double %462, double %359, double %460)
  %464 = getelementptr inbounds [24 x [24 x double]], ptr %1, i64 0, i64 %432, i64 10
  %465 = load double, ptr %464, align 16, !tbaa !4
  %466 = tail call double @llvm.fmuladd.f64(double %465, double %361, double %463)
  %467 = getelementptr inbounds [24 x [24 x double]], ptr %1, i64 0, i64 %432, i64 11
  %468 = load double, ptr %467, align 8, !tbaa !4
  %469 = tail call double @llvm.fmuladd.f64(double %468, double %363, double %466)
  %470 = getelementptr inbounds [24 x [24 x double]], ptr %1, i64 0, i64 %432, i64 12
  %471 = load double, ptr %470, align 16, !tbaa !4
  %472 = tail call double @llvm.fmuladd.f64(double %471, double %365, double %469)
  %473 = getelementptr inbounds [24 x [24 x double]], ptr %1, i64 0, i64 %432, i64 13
  %474 = load double, ptr %473, align 8, !tbaa !4
  %475 = tail call double @llvm.fmuladd.f64(double %474, double %367, double %472)
  %476 = getelementptr inbounds [24 x [24 x double]], ptr %1, i64 0, i64 %432, i64 14
  %477 = load double, ptr %476, align 16, !tbaa !4
  %478 = tail call double @llvm.fmuladd.f64(double %477, double %369, double %475)
  %479 = getelementptr inbounds [24 x [24 x double]], ptr %1, i64 0, i64 %432, i64 15
  %480 = load double, ptr %479, align 8, !tbaa !4
  %481 = tail call double @llvm.fmuladd.f64(double %480, double %371, double %478)
  %482 = getelementptr inbounds [24 x [24 x double]], ptr %1, i64 0, i64 %432, i64 16
  %483 = load double, ptr %482, align 16, !tbaa !4
  %484 = tail call double @llvm.fmuladd.f64(double %483, double %373, double %481)
  %485 = getelementptr inbounds [24 x [24 x double]], ptr %1, i64 0, i64 %432, i64 17
  %486 = load double, ptr %485, align 8, !tbaa !4
  %487 = tail call double @llvm.fmuladd.f64(double %486, double %375, double %484)
  %488 = getelementptr inbounds [24 x [24 x double]], ptr %1, i64 0, i64 %432, i64 18
  %489 = load double, ptr %488, align 16, !tbaa !4
  %490 = tail call double @llvm.fmuladd.f64(double %489, double %377, double %487)
  %491 = getelementptr inbounds [24 x [24 x double]], ptr %1, i64 0, i64 %432, i64 19
  %492 = load double, ptr %491, align 8, !tbaa !4
  %493 = tail call double @llvm.fmuladd.f64(double %492, double %379, double %490)
  %494 = getelementptr inbounds [24 x [24 x double]], ptr %1, i64 0, i64 %432, i64 20
  %495 = load double, ptr %494, align 16, !tbaa !4
  %496 = tail call double @llvm.fmuladd.f64(double %495, double %381, double %493)
  %497 = getelementptr inbounds [24 x [24 x double]], ptr %1, i64 0, i64 %432, i64 21
  %498 = load double, ptr %497, align 8, !tbaa !4
  %499 = tail call double @llvm.fmuladd.f64(double %498, double %383, double %496)
  %500 = getelementptr inbounds [24 x [24 x double]], ptr %1, i64 0, i64 %432, i64 22
  %501 = load double, ptr %500, align 16, !tbaa !4
  %502 = tail call double @llvm.fmuladd.f64(double %501, double %385, double %499)
  %503 = getelementptr inbounds [24 x [24 x double]], ptr %1, i64 0, i64 %432, i64 23
  %504 = load double, ptr %503, align 8, !tbaa !4
  %505 = tail call double @llvm.fmuladd.f64(double %504, double %398, double %502)
  %506 = getelementptr inbounds [24 x double], ptr %3, i64 0, i64 %432
  %507 = load double, ptr %506, align 8, !tbaa !4
  %508 = fsub double %505, %507
  %509 = tail call double @llvm.fabs.f64(double %508)
  %510 = tail call double @llvm.maxnum.f64(double %433, double %509)
  %511 = add nuw nsw i64 %432, 1
  %512 = icmp eq i64 %511, 24
  br i1 %512, label %513, label %431, !llvm.loop !35

513:                                              ; preds = %431
  %514 = load double, ptr %4, align 16, !tbaa !4
  %515 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 24, double noundef %514, double noundef %510)
  %516 = fcmp uge double %510, 1.000000e-09
  %517 = zext i1 %516 to i32
  br label %518

518:                                              ; preds = %230, %513
  %519 = phi i32 [ %517, %513 ], [ 1, %230 ]
  call void @llvm.lifetime.end.p0(i64 96, ptr nonnull %5) #5
  call void @llvm.lifetime.end.p0(i64 192, ptr nonnull %4) #5
  call void @llvm.lifetime.end.p0(i64 192, ptr nonnull %3) #5
  call void @llvm.lifetime.end.p0(i64 4608, ptr nonnull %2) #5
  call void @llvm.lifetime.end.p0(i64 4608, ptr nonnull %1) #5
  ret i32 %519
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.maxnum.f64(double, double) #2

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <2 x i32> @llvm.abs.v2i32(<2 x i32>, i1 immarg) #4

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <2 x double> @llvm.fmuladd.v2f64(<2 x double>, <2 x double>, <2 x double>) #4

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #5 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!5, !5, i64 0}
!5 = !{!"double", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = distinct !{!8, !9, !10, !11}
!9 = !{!"llvm.loop.mustprogress"}
!10 = !{!"llvm.loop.isvectorized", i32 1}
!11 = !{!"llvm.loop.unroll.runtime.disable"}
!12 = !{!13, !13, i64 0}
!13 = !{!"int", !6, i64 0}
!14 = distinct !{!14, !9}
!15 = distinct !{!15, !9}
!16 = !{!17}
!17 = distinct !{!17, !18}
!18 = distinct !{!18, !"LVerDomain"}
!19 = !{!20}
!20 = distinct !{!20, !18}
!21 = !{!22}
!22 = distinct !{!22, !18}
!23 = !{!17, !20}
!24 = distinct !{!24, !9, !10, !11}
!25 = distinct !{!25, !9, !10}
!26 = distinct !{!26, !9}
!27 = distinct !{!27, !9}
!28 = distinct !{!28, !29}
!29 = !{!"llvm.loop.unroll.disable"}
!30 = distinct !{!30, !9}
!31 = distinct !{!31, !9}
!32 = distinct !{!32, !29}
!33 = distinct !{!33, !9}
!34 = distinct !{!34, !9}
!35 = distinct !{!35, !9}
