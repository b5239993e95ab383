; ModuleID = 'c/bitonic_sort.c'
source_filename = "c/bitonic_sort.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@keys = internal unnamed_addr global [1024 x float] zeroinitializer, align 16
@.str = private unnamed_addr constant [47 x i8] c"bitonic_sort n=%d min=%.2f max=%.2f sorted=%d\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  br label %1067

1:                                                ; preds = %1064, %17
  %2 = phi i64 [ %18, %17 ], [ 0, %1064 ]
  %3 = shl i64 %2, 32
  %4 = ashr exact i64 %3, 32
  %5 = xor i64 %4, 2
  %6 = icmp slt i64 %2, %5
  br i1 %6, label %7, label %17

7:                                                ; preds = %1
  %8 = and i64 %2, 4
  %9 = icmp eq i64 %8, 0
  %10 = getelementptr inbounds float, ptr @keys, i64 %2
  %11 = load float, ptr %10, align 4, !tbaa !4
  %12 = getelementptr inbounds float, ptr @keys, i64 %5
  %13 = load float, ptr %12, align 4, !tbaa !4
  %14 = fcmp ule float %11, %13
  %15 = xor i1 %9, %14
  br i1 %15, label %16, label %17

16:                                               ; preds = %7
  store float %13, ptr %10, align 4, !tbaa !4
  store float %11, ptr %12, align 4, !tbaa !4
  br label %17

17:                                               ; preds = %16, %7, %1
  %18 = add nuw nsw i64 %2, 1
  %19 = icmp eq i64 %18, 1024
  br i1 %19, label %20, label %1, !llvm.loop !8

20:                                               ; preds = %17, %36
  %21 = phi i64 [ %37, %36 ], [ 0, %17 ]
  %22 = shl i64 %21, 32
  %23 = ashr exact i64 %22, 32
  %24 = xor i64 %23, 1
  %25 = icmp slt i64 %21, %24
  br i1 %25, label %26, label %36

26:                                               ; preds = %20
  %27 = and i64 %21, 4
  %28 = icmp eq i64 %27, 0
  %29 = getelementptr inbounds float, ptr @keys, i64 %21
  %30 = load float, ptr %29, align 4, !tbaa !4
  %31 = getelementptr inbounds float, ptr @keys, i64 %24
  %32 = load float, ptr %31, align 4, !tbaa !4
  %33 = fcmp ule float %30, %32
  %34 = xor i1 %28, %33
  br i1 %34, label %35, label %36

35:                                               ; preds = %26
  store float %32, ptr %29, align 4, !tbaa !4
  store float %30, ptr %31, align 4, !tbaa !4
  br label %36

36:                                               ; preds = %35, %26, %20
  %37 = add nuw nsw i64 %21, 1
  %38 = icmp eq i64 %37, 1024
  br i1 %38, label %39, label %20, !llvm.loop !8

39:                                               ; preds = %36, %55
  %40 = phi i64 [ %56, %55 ], [ 0, %36 ]
  %41 = shl i64 %40, 32
  %42 = ashr exact i64 %41, 32
  %43 = xor i64 %42, 4
  %44 = icmp slt i64 %40, %43
  br i1 %44, label %45, label %55

45:                                               ; preds = %39
  %46 = and i64 %40, 8
  %47 = icmp eq i64 %46, 0
  %48 = getelementptr inbounds float, ptr @keys, i64 %40
  %49 = load float, ptr %48, align 4, !tbaa !4
  %50 = getelementptr inbounds float, ptr @keys, i64 %43
  %51 = load float, ptr %50, align 4, !tbaa !4
  %52 = fcmp ule float %49, %51
  %53 = xor i1 %47, %52
  br i1 %53, label %54, label %55

54:                                               ; preds = %45
  store float %51, ptr %48, align 4, !tbaa !4
  store float %49, ptr %50, align 4, !tbaa !4
  br label %55

55:                                               ; preds = %54, %45, %39
  %56 = add nuw nsw i64 %40, 1
  %57 = icmp eq i64 %56, 1024
  br i1 %57, label %58, label %39, !llvm.loop !8

58:                                               ; preds = %55, %74
  %59 = phi i64 [ %75, %74 ], [ 0, %55 ]
  %60 = shl i64 %59, 32
  %61 = ashr exact i64 %60, 32
  %62 = xor i64 %61, 2
  %63 = icmp slt i64 %59, %62
  br i1 %63, label %64, label %74

64:                                               ; preds = %58
  %65 = and i64 %59, 8
  %66 = icmp eq i64 %65, 0
  %67 = getelementptr inbounds float, ptr @keys, i64 %59
  %68 = load float, ptr %67, align 4, !tbaa !4
  %69 = getelementptr inbounds float, ptr @keys, i64 %62
  %70 = load float, ptr %69, align 4, !tbaa !4
  %71 = fcmp ule float %68, %70
  %72 = xor i1 %66, %71
  br i1 %72, label %73, label %74

73:                                               ; preds = %64
  store float %70, ptr %67, align 4, !tbaa !4
  store float %68, ptr %69, align 4, !tbaa !4
  br label %74

74:                                               ; preds = %73, %64, %58
  %75 = add nuw nsw i64 %59, 1
  %76 = icmp eq i64 %75, 1024
  br i1 %76, label %77, label %58, !llvm.loop !8

77:                                               ; preds = %74, %93
  %78 = phi i64 [ %94, %93 ], [ 0, %74 ]
  %79 = shl i64 %78, 32
  %80 = ashr exact i64 %79, 32
  %81 = xor i64 %80, 1
  %82 = icmp slt i64 %78, %81
  br i1 %82, label %83, label %93

83:                                               ; preds = %77
  %84 = and i64 %78, 8
  %85 = icmp eq i64 %84, 0
  %86 = getelementptr inbounds float, ptr @keys, i64 %78
  %87 = load float, ptr %86, align 4, !tbaa !4
  %88 = getelementptr inbounds float, ptr @keys, i64 %81
  %89 = load float, ptr %88, align 4, !tbaa !4
  %90 = fcmp ule float %87, %89
  %91 = xor i1 %85, %90
  br i1 %91, label %92, label %93

92:                                               ; preds = %83
  store float %89, ptr %86, align 4, !tbaa !4
  store float %87, ptr %88, align 4, !tbaa !4
  br label %93

93:                                               ; preds = %92, %83, %77
  %94 = add nuw nsw i64 %78, 1
  %95 = icmp eq i64 %94, 1024
  br i1 %95, label %96, label %77, !llvm.loop !8

96:                                               ; preds = %93, %112
  %97 = phi i64 [ %113, %112 ], [ 0, %93 ]
  %98 = shl i64 %97, 32
  %99 = ashr exact i64 %98, 32
  %100 = xor i64 %99, 8
  %101 = icmp slt i64 %97, %100
  br i1 %101, label %102, label %112

102:                                              ; preds = %96
  %103 = and i64 %97, 16
  %104 = icmp eq i64 %103, 0
  %105 = getelementptr inbounds float, ptr @keys, i64 %97
  %106 = load float, ptr %105, align 4, !tbaa !4
  %107 = getelementptr inbounds float, ptr @keys, i64 %100
  %108 = load float, ptr %107, align 4, !tbaa !4
  %109 = fcmp ule float %106, %108
  %110 = xor i1 %104, %109
  br i1 %110, label %111, label %112

111:                                              ; preds = %102
  store float %108, ptr %105, align 4, !tbaa !4
  store float %106, ptr %107, align 4, !tbaa !4
  br label %112

112:                                              ; preds = %111, %102, %96
  %113 = add nuw nsw i64 %97, 1
  %114 = icmp eq i64 %113, 1024
  br i1 %114, label %115, label %96, !llvm.loop !8

115:                                              ; preds = %112, %131
  %116 = phi i64 [ %132, %131 ], [ 0, %112 ]
  %117 = shl i64 %116, 32
  %118 = ashr exact i64 %117, 32
  %119 = xor i64 %118, 4
  %120 = icmp slt i64 %116, %119
  br i1 %120, label %121, label %131

121:                                              ; preds = %115
  %122 = and i64 %116, 16
  %123 = icmp eq i64 %122, 0
  %124 = getelementptr inbounds float, ptr @keys, i64 %116
  %125 = load float, ptr %124, align 4, !tbaa !4
  %126 = getelementptr inbounds float, ptr @keys, i64 %119
  %127 = load float, ptr %126, align 4, !tbaa !4
  %128 = fcmp ule float %125, %127
  %129 = xor i1 %123, %128
  br i1 %129, label %130, label %131

130:                                              ; preds = %121
  store float %127, ptr %124, align 4, !tbaa !4
  store float %125, ptr %126, align 4, !tbaa !4
  br label %131

131:                                              ; preds = %130, %121, %115
  %132 = add nuw nsw i64 %116, 1
  %133 = icmp eq i64 %132, 1024
  br i1 %133, label %134, label %115, !llvm.loop !8

134:                                              ; preds = %131, %150
  %135 = phi i64 [ %151, %150 ], [ 0, %131 ]
  %136 = shl i64 %135, 32
  %137 = ashr exact i64 %136, 32
  %138 = xor i64 %137, 2
  %139 = icmp slt i64 %135, %138
  br i1 %139, label %140, label %150

140:                                              ; preds = %134
  %141 = and i64 %135, 16
  %142 = icmp eq i64 %141, 0
  %143 = getelementptr inbounds float, ptr @keys, i64 %135
  %144 = load float, ptr %143, align 4, !tbaa !4
  %145 = getelementptr inbounds float, ptr @keys, i64 %138
  %146 = load float, ptr %145, align 4, !tbaa !4
  %147 = fcmp ule float %144, %146
  %148 = xor i1 %142, %147
  br i1 %148, label %149, label %150

149:                                              ; preds = %140
  store float %146, ptr %143, align 4, !tbaa !4
  store float %144, ptr %145, align 4, !tbaa !4
  br label %150

150:                                              ; preds = %149, %140, %134
  %151 = add nuw nsw i64 %135, 1
  %152 = icmp eq i64 %151, 1024
  br i1 %152, label %153, label %134, !llvm.loop !8

153:                                              ; preds = %150, %169
  %154 = phi i64 [ %170, %169 ], [ 0, %150 ]
  %155 = shl i64 %154, 32
  %156 = ashr exact i64 %155, 32
  %157 = xor i64 %156, 1
  %158 = icmp slt i64 %154, %157
  br i1 %158, label %159, label %169

159:                                              ; preds = %153
  %160 = and i64 %154, 16
  %161 = icmp eq i64 %160, 0
  %162 = getelementptr inbounds float, ptr @keys, i64 %154
  %163 = load float, ptr %162, align 4, !tbaa !4
  %164 = getelementptr inbounds float, ptr @keys, i64 %157
  %165 = load float, ptr %164, align 4, !tbaa !4
  %166 = fcmp ule float %163, %165
  %167 = xor i1 %161, %166
  br i1 %167, label %168, label %169

168:                                              ; preds = %159
  store float %165, ptr %162, align 4, !tbaa !4
  store float %163, ptr %164, align 4, !tbaa !4
  br label %169

169:                                              ; preds = %168, %159, %153
  %170 = add nuw nsw i64 %154, 1
  %171 = icmp eq i64 %170, 1024
  br i1 %171, label %172, label %153, !llvm.loop !8

172:                                              ; preds = %169, %188
  %173 = phi i64 [ %189, %188 ], [ 0, %169 ]
  %174 = shl i64 %173, 32
  %175 = ashr exact i64 %174, 32
  %176 = xor i64 %175, 16
  %177 = icmp slt i64 %173, %176
  br i1 %177, label %178, label %188

178:                                              ; preds = %172
  %179 = and i64 %173, 32
  %180 = icmp eq i64 %179, 0
  %181 = getelementptr inbounds float, ptr @keys, i64 %173
  %182 = load float, ptr %181, align 4, !tbaa !4
  %183 = getelementptr inbounds float, ptr @keys, i64 %176
  %184 = load float, ptr %183, align 4, !tbaa !4
  %185 = fcmp ule float %182, %184
  %186 = xor i1 %180, %185
  br i1 %186, label %187, label %188

187:                                              ; preds = %178
  store float %184, ptr %181, align 4, !tbaa !4
  store float %182, ptr %183, align 4, !tbaa !4
  br label %188

188:                                              ; preds = %187, %178, %172
  %189 = add nuw nsw i64 %173, 1
  %190 = icmp eq i64 %189, 1024
  br i1 %190, label %191, label %172, !llvm.loop !8

191:                                              ; preds = %188, %207
  %192 = phi i64 [ %208, %207 ], [ 0, %188 ]
  %193 = shl i64 %192, 32
  %194 = ashr exact i64 %193, 32
  %195 = xor i64 %194, 8
  %196 = icmp slt i64 %192, %195
  br i1 %196, label %197, label %207

197:                                              ; preds = %191
  %198 = and i64 %192, 32
  %199 = icmp eq i64 %198, 0
  %200 = getelementptr inbounds float, ptr @keys, i64 %192
  %201 = load float, ptr %200, align 4, !tbaa !4
  %202 = getelementptr inbounds float, ptr @keys, i64 %195
  %203 = load float, ptr %202, align 4, !tbaa !4
  %204 = fcmp ule float %201, %203
  %205 = xor i1 %199, %204
  br i1 %205, label %206, label %207

206:                                              ; preds = %197
  store float %203, ptr %200, align 4, !tbaa !4
  store float %201, ptr %202, align 4, !tbaa !4
  br label %207

207:                                              ; preds = %206, %197, %191
  %208 = add nuw nsw i64 %192, 1
  %209 = icmp eq i64 %208, 1024
  br i1 %209, label %210, label %191, !llvm.loop !8

210:                                              ; preds = %207, %226
  %211 = phi i64 [ %227, %226 ], [ 0, %207 ]
  %212 = shl i64 %211, 32
  %213 = ashr exact i64 %212, 32
  %214 = xor i64 %213, 4
  %215 = icmp slt i64 %211, %214
  br i1 %215, label %216, label %226

216:                                              ; preds = %210
  %217 = and i64 %211, 32
  %218 = icmp eq i64 %217, 0
  %219 = getelementptr inbounds float, ptr @keys, i64 %211
  %220 = load float, ptr %219, align 4, !tbaa !4
  %221 = getelementptr inbounds float, ptr @keys, i64 %214
  %222 = load float, ptr %221, align 4, !tbaa !4
  %223 = fcmp ule float %220, %222
  %224 = xor i1 %218, %223
  br i1 %224, label %225, label %226

225:                                              ; preds = %216
  store float %222, ptr %219, align 4, !tbaa !4
  store float %220, ptr %221, align 4, !tbaa !4
  br label %226

226:                                              ; preds = %225, %216, %210
  %227 = add nuw nsw i64 %211, 1
  %228 = icmp eq i64 %227, 1024
  br i1 %228, label %229, label %210, !llvm.loop !8

229:                                              ; preds = %226, %245
  %230 = phi i64 [ %246, %245 ], [ 0, %226 ]
  %231 = shl i64 %230, 32
  %232 = ashr exact i64 %231, 32
  %233 = xor i64 %232, 2
  %234 = icmp slt i64 %230, %233
  br i1 %234, label %235, label %245

235:                                              ; preds = %229
  %236 = and i64 %230, 32
  %237 = icmp eq i64 %236, 0
  %238 = getelementptr inbounds float, ptr @keys, i64 %230
  %239 = load float, ptr %238, align 4, !tbaa !4
  %240 = getelementptr inbounds float, ptr @keys, i64 %233
  %241 = load float, ptr %240, align 4, !tbaa !4
  %242 = fcmp ule float %239, %241
  %243 = xor i1 %237, %242
  br i1 %243, label %244, label %245

244:                                              ; preds = %235
  store float %241, ptr %238, align 4, !tbaa !4
  store float %239, ptr %240, align 4, !tbaa !4
  br label %245

245:                                              ; preds = %244, %235, %229
  %246 = add nuw nsw i64 %230, 1
  %247 = icmp eq i64 %246, 1024
  br i1 %247, label %248, label %229, !llvm.loop !8

248:                                              ; preds = %245, %264
  %249 = phi i64 [ %265, %264 ], [ 0, %245 ]
  %250 = shl i64 %249, 32
  %251 = ashr exact i64 %250, 32
  %252 = xor i64 %251, 1
  %253 = icmp slt i64 %249, %252
  br i1 %253, label %254, label %264

254:                                              ; preds = %248
  %255 = and i64 %249, 32
  %256 = icmp eq i64 %255, 0
  %257 = getelementptr inbounds float, ptr @keys, i64 %249
  %258 = load float, ptr %257, align 4, !tbaa !4
  %259 = getelementptr inbounds float, ptr @keys, i64 %252
  %260 = load float, ptr %259, align 4, !tbaa !4
  %261 = fcmp ule float %258, %260
  %262 = xor i1 %256, %261
  br i1 %262, label %263, label %264

263:                                              ; preds = %254
  store float %260, ptr %257, align 4, !tbaa !4
  store float %258, ptr %259, align 4, !tbaa !4
  br label %264

264:                                              ; preds = %263, %254, %248
  %265 = add nuw nsw i64 %249, 1
  %266 = icmp eq i64 %265, 1024
  br i1 %266, label %267, label %248, !llvm.loop !8

267:                                              ; preds = %264, %283
  %268 = phi i64 [ %284, %283 ], [ 0, %264 ]
  %269 = shl i64 %268, 32
  %270 = ashr exact i64 %269, 32
  %271 = xor i64 %270, 32
  %272 = icmp slt i64 %268, %271
  br i1 %272, label %273, label %283

273:                                              ; preds = %267
  %274 = and i64 %268, 64
  %275 = icmp eq i64 %274, 0
  %276 = getelementptr inbounds float, ptr @keys, i64 %268
  %277 = load float, ptr %276, align 4, !tbaa !4
  %278 = getelementptr inbounds float, ptr @keys, i64 %271
  %279 = load float, ptr %278, align 4, !tbaa !4
  %280 = fcmp ule float %277, %279
  %281 = xor i1 %275, %280
  br i1 %281, label %282, label %283

282:                                              ; preds = %273
  store float %279, ptr %276, align 4, !tbaa !4
  store float %277, ptr %278, align 4, !tbaa !4
  br label %283

283:                                              ; preds = %282, %273, %267
  %284 = add nuw nsw i64 %268, 1
  %285 = icmp eq i64 %284, 1024
  br i1 %285, label %286, label %267, !llvm.loop !8

286:                                              ; preds = %283, %302
  %287 = phi i64 [ %303, %302 ], [ 0, %283 ]
  %288 = shl i64 %287, 32
  %289 = ashr exact i64 %288, 32
  %290 = xor i64 %289, 16
  %291 = icmp slt i64 %287, %290
  br i1 %291, label %292, label %302

292:                                              ; preds = %286
  %293 = and i64 %287, 64
  %294 = icmp eq i64 %293, 0
  %295 = getelementptr inbounds float, ptr @keys, i64 %287
  %296 = load float, ptr %295, align 4, !tbaa !4
  %297 = getelementptr inbounds float, ptr @keys, i64 %290
  %298 = load float, ptr %297, align 4, !tbaa !4
  %299 = fcmp ule float %296, %298
  %300 = xor i1 %294, %299
  br i1 %300, label %301, label %302

301:                                              ; preds = %292
  store float %298, ptr %295, align 4, !tbaa !4
  store float %296, ptr %297, align 4, !tbaa !4
  br label %302

302:                                              ; preds = %301, %292, %286
  %303 = add nuw nsw i64 %287, 1
  %304 = icmp eq i64 %303, 1024
  br i1 %304, label %305, label %286, !llvm.loop !8

305:                                              ; preds = %302, %321
  %306 = phi i64 [ %322, %321 ], [ 0, %302 ]
  %307 = shl i64 %306, 32
  %308 = ashr exact i64 %307, 32
  %309 = xor i64 %308, 8
  %310 = icmp slt i64 %306, %309
  br i1 %310, label %311, label %321

311:                                              ; preds = %305
  %312 = and i64 %306, 64
  %313 = icmp eq i64 %312, 0
  %314 = getelementptr inbounds float, ptr @keys, i64 %306
  %315 = load float, ptr %314, align 4, !tbaa !4
  %316 = getelementptr inbounds float, ptr @keys, i64 %309
  %317 = load float, ptr %316, align 4, !tbaa !4
  %318 = fcmp ule float %315, %317
  %319 = xor i1 %313, %318
  br i1 %319, label %320, label %321

320:                                              ; preds = %311
  store float %317, ptr %314, align 4, !tbaa !4
  store float %315, ptr %316, align 4, !tbaa !4
  br label %321

321:                                              ; preds = %320, %311, %305
  %322 = add nuw nsw i64 %306, 1
  %323 = icmp eq i64 %322, 1024
  br i1 %323, label %324, label %305, !llvm.loop !8

324:                                              ; preds = %321, %340
  %325 = phi i64 [ %341, %340 ], [ 0, %321 ]
  %326 = shl i64 %325, 32
  %327 = ashr exact i64 %326, 32
  %328 = xor i64 %327, 4
  %329 = icmp slt i64 %325, %328
  br i1 %329, label %330, label %340

330:                                              ; preds = %324
  %331 = and i64 %325, 64
  %332 = icmp eq i64 %331, 0
  %333 = getelementptr inbounds float, ptr @keys, i64 %325
  %334 = load float, ptr %333, align 4, !tbaa !4
  %335 = getelementptr inbounds float, ptr @keys, i64 %328
  %336 = load float, ptr %335, align 4, !tbaa !4
  %337 = fcmp ule float %334, %336
  %338 = xor i1 %332, %337
  br i1 %338, label %339, label %340

339:                                              ; preds = %330
  store float %336, ptr %333, align 4, !tbaa !4
  store float %334, ptr %335, align 4, !tbaa !4
  br label %340

340:                                              ; preds = %339, %330, %324
  %341 = add nuw nsw i64 %325, 1
  %342 = icmp eq i64 %341, 1024
  br i1 %342, label %343, label %324, !llvm.loop !8

343:                                              ; preds = %340, %359
  %344 = phi i64 [ %360, %359 ], [ 0, %340 ]
  %345 = shl i64 %344, 32
  %346 = ashr exact i64 %345, 32
  %347 = xor i64 %346, 2
  %348 = icmp slt i64 %344, %347
  br i1 %348, label %349, label %359

349:                                              ; preds = %343
  %350 = and i64 %344, 64
  %351 = icmp eq i64 %350, 0
  %352 = getelementptr inbounds float, ptr @keys, i64 %344
  %353 = load float, ptr %352, align 4, !tbaa !4
  %354 = getelementptr inbounds float, ptr @keys, i64 %347
  %355 = load float, ptr %354, align 4, !tbaa !4
  %356 = fcmp ule float %353, %355
  %357 = xor i1 %351, %356
  br i1 %357, label %358, label %359

358:                                              ; preds = %349
  store float %355, ptr %352, align 4, !tbaa !4
  store float %353, ptr %354, align 4, !tbaa !4
  br label %359

359:                                              ; preds = %358, %349, %343
  %360 = add nuw nsw i64 %344, 1
  %361 = icmp eq i64 %360, 1024
  br i1 %361, label %362, label %343, !llvm.loop !8

362:                                              ; preds = %359, %378
  %363 = phi i64 [ %379, %378 ], [ 0, %359 ]
  %364 = shl i64 %363, 32
  %365 = ashr exact i64 %364, 32
  %366 = xor i64 %365, 1
  %367 = icmp slt i64 %363, %366
  br i1 %367, label %368, label %378

368:                                              ; preds = %362
  %369 = and i64 %363, 64
  %370 = icmp eq i64 %369, 0
  %371 = getelementptr inbounds float, ptr @keys, i64 %363
  %372 = load float, ptr %371, align 4, !tbaa !4
  %373 = getelementptr inbounds float, ptr @keys, i64 %366
  %374 = load float, ptr %373, align 4, !tbaa !4
  %375 = fcmp ule float %372, %374
  %376 = xor i1 %370, %375
  br i1 %376, label %377, label %378

377:                                              ; preds = %368
  store float %374, ptr %371, align 4, !tbaa !4
  store float %372, ptr %373, align 4, !tbaa !4
  br label %378

378:                                              ; preds = %377, %368, %362
  %379 = add nuw nsw i64 %363, 1
  %380 = icmp eq i64 %379, 1024
  br i1 %380, label %381, label %362, !llvm.loop !8

381:                                              ; preds = %378, %397
  %382 = phi i64 [ %398, %397 ], [ 0, %378 ]
  %383 = shl i64 %382, 32
  %384 = ashr exact i64 %383, 32
  %385 = xor i64 %384, 64
  %386 = icmp slt i64 %382, %385
  br i1 %386, label %387, label %397

387:                                              ; preds = %381
  %388 = and i64 %382, 128
  %389 = icmp eq i64 %388, 0
  %390 = getelementptr inbounds float, ptr @keys, i64 %382
  %391 = load float, ptr %390, align 4, !tbaa !4
  %392 = getelementptr inbounds float, ptr @keys, i64 %385
  %393 = load float, ptr %392, align 4, !tbaa !4
  %394 = fcmp ule float %391, %393
  %395 = xor i1 %389, %394
  br i1 %395, label %396, label %397

396:                                              ; preds = %387
  store float %393, ptr %390, align 4, !tbaa !4
  store float %391, ptr %392, align 4, !tbaa !4
  br label %397

397:                                              ; preds = %396, %387, %381
  %398 = add nuw nsw i64 %382, 1
  %399 = icmp eq i64 %398, 1024
  br i1 %399, label %400, label %381, !llvm.loop !8

400:                                              ; preds = %397, %416
  %401 = phi i64 [ %417, %416 ], [ 0, %397 ]
  %402 = shl i64 %401, 32
  %403 = ashr exact i64 %402, 32
  %404 = xor i64 %403, 32
  %405 = icmp slt i64 %401, %404
  br i1 %405, label %406, label %416

406:                                              ; preds = %400
  %407 = and i64 %401, 128
  %408 = icmp eq i64 %407, 0
  %409 = getelementptr inbounds float, ptr @keys, i64 %401
  %410 = load float, ptr %409, align 4, !tbaa !4
  %411 = getelementptr inbounds float, ptr @keys, i64 %404
  %412 = load float, ptr %411, align 4, !tbaa !4
  %413 = fcmp ule float %410, %412
  %414 = xor i1 %408, %413
  br i1 %414, label %415, label %416

415:                                              ; preds = %406
  store float %412, ptr %409, align 4, !tbaa !4
  store float %410, ptr %411, align 4, !tbaa !4
  br label %416

416:                                              ; preds = %415, %406, %400
  %417 = add nuw nsw i64 %401, 1
  %418 = icmp eq i64 %417, 1024
  br i1 %418, label %419, label %400, !llvm.loop !8

419:                                              ; preds = %416, %435
  %420 = phi i64 [ %436, %435 ], [ 0, %416 ]
  %421 = shl i64 %420, 32
  %422 = ashr exact i64 %421, 32
  %423 = xor i64 %422, 16
  %424 = icmp slt i64 %420, %423
  br i1 %424, label %425, label %435

425:                                              ; preds = %419
  %426 = and i64 %420, 128
  %427 = icmp eq i64 %426, 0
  %428 = getelementptr inbounds float, ptr @keys, i64 %420
  %429 = load float, ptr %428, align 4, !tbaa !4
  %430 = getelementptr inbounds float, ptr @keys, i64 %423
  %431 = load float, ptr %430, align 4, !tbaa !4
  %432 = fcmp ule float %429, %431
  %433 = xor i1 %427, %432
  br i1 %433, label %434, label %435

434:                                              ; preds = %425
  store float %431, ptr %428, align 4, !tbaa !4
  store float %429, ptr %430, align 4, !tbaa !4
  br label %435

435:                                              ; preds = %434, %425, %419
  %436 = add nuw nsw i64 %420, 1
  %437 = icmp eq i64 %436, 1024
  br i1 %437, label %438, label %419, !llvm.loop !8

438:                                              ; preds = %435, %454
  %439 = phi i64 [ %455, %454 ], [ 0, %435 ]
  %440 = shl i64 %439, 32
  %441 = ashr exact i64 %440, 32
  %442 = xor i64 %441, 8
  %443 = icmp slt i64 %439, %442
  br i1 %443, label %444, label %454

444:                                              ; preds = %438
  %445 = and i64 %439, 128
  %446 = icmp eq i64 %445, 0
  %447 = getelementptr inbounds float, ptr @keys, i64 %439
  %448 = load float, ptr %447, align 4, !tbaa !4
  %449 = getelementptr inbounds float, ptr @keys, i64 %442
  %450 = load float, ptr %449, align 4, !tbaa !4
  %451 = fcmp ule float %448, %450
  %452 = xor i1 %446, %451
  br i1 %452, label %453, label %454

453:                                              ; preds = %444
  store float %450, ptr %447, align 4, !tbaa !4
  store float %448, ptr %449, align 4, !tbaa !4
  br label %454

454:                                              ; preds = %453, %444, %438
  %455 = add nuw nsw i64 %439, 1
  %456 = icmp eq i64 %455, 1024
  br i1 %456, label %457, label %438, !llvm.loop !8

457:                                              ; preds = %454, %473
  %458 = phi i64 [ %474, %473 ], [ 0, %454 ]
  %459 = shl i64 %458, 32
  %460 = ashr exact i64 %459, 32
  %461 = xor i64 %460, 4
  %462 = icmp slt i64 %458, %461
  br i1 %462, label %463, label %473

463:                                              ; preds = %457
  %464 = and i64 %458, 128
  %465 = icmp eq i64 %464, 0
  %466 = getelementptr inbounds float, ptr @keys, i64 %458
  %467 = load float, ptr %466, align 4, !tbaa !4
  %468 = getelementptr inbounds float, ptr @keys, i64 %461
  %469 = load float, ptr %468, align 4, !tbaa !4
  %470 = fcmp ule float %467, %469
  %471 = xor i1 %465, %470
  br i1 %471, label %472, label %473

472:                                              ; preds = %463
  store float %469, ptr %466, align 4, !tbaa !4
  store float %467, ptr %468, align 4, !tbaa !4
  br label %473

473:                                              ; preds = %472, %463, %457
  %474 = add nuw nsw i64 %458, 1
  %475 = icmp eq i64 %474, 1024
  br i1 %475, label %476, label %457, !llvm.loop !8

476:                                              ; preds = %473, %492
  %477 = phi i64 [ %493, %492 ], [ 0, %473 ]
  %478 = shl i64 %477, 32
  %479 = ashr exact i64 %478, 32
  %480 = xor i64 %479, 2
  %481 = icmp slt i64 %477, %480
  br i1 %481, label %482, label %492

482:                                              ; preds = %476
  %483 = and i64 %477, 128
  %484 = icmp eq i64 %483, 0
  %485 = getelementptr inbounds float, ptr @keys, i64 %477
  %486 = load float, ptr %485, align 4, !tbaa !4
  %487 = getelementptr inbounds float, ptr @keys, i64 %480
  %488 = load float, ptr %487, align 4, !tbaa !4
  %489 = fcmp ule float %486, %488
  %490 = xor i1 %484, %489
  br i1 %490, label %491, label %492

491:                                              ; preds = %482
  store float %488, ptr %485, align 4, !tbaa !4
  store float %486, ptr %487, align 4, !tbaa !4
  br label %492

492:                                              ; preds = %491, %482, %476
  %493 = add nuw nsw i64 %477, 1
  %494 = icmp eq i64 %493, 1024
  br i1 %494, label %495, label %476, !llvm.loop !8

495:                                              ; preds = %492, %511
  %496 = phi i64 [ %512, %511 ], [ 0, %492 ]
  %497 = shl i64 %496, 32
  %498 = ashr exact i64 %497, 32
  %499 = xor i64 %498, 1
  %500 = icmp slt i64 %496, %499
  br i1 %500, label %501, label %511

501:                                              ; preds = %495
  %502 = and i64 %496, 128
  %503 = icmp eq i64 %502, 0
  %504 = getelementptr inbounds float, ptr @keys, i64 %496
  %505 = load float, ptr %504, align 4, !tbaa !4
  %506 = getelementptr inbounds float, ptr @keys, i64 %499
  %507 = load float, ptr %506, align 4, !tbaa !4
  %508 = fcmp ule float %505, %507
  %509 = xor i1 %503, %508
  br i1 %509, label %510, label %511

510:                                              ; preds = %501
  store float %507, ptr %504, align 4, !tbaa !4
  store float %505, ptr %506, align 4, !tbaa !4
  br label %511

511:                                              ; preds = %510, %501, %495
  %512 = add nuw nsw i64 %496, 1
  %513 = icmp eq i64 %512, 1024
  br i1 %513, label %514, label %495, !llvm.loop !8

514:                                              ; preds = %511, %530
  %515 = phi i64 [ %531, %530 ], [ 0, %511 ]
  %516 = shl i64 %515, 32
  %517 = ashr exact i64 %516, 32
  %518 = xor i64 %517, 128
  %519 = icmp slt i64 %515, %518
  br i1 %519, label %520, label %530

520:                                              ; preds = %514
  %521 = and i64 %515, 256
  %522 = icmp eq i64 %521, 0
  %523 = getelementptr inbounds float, ptr @keys, i64 %515
  %524 = load float, ptr %523, align 4, !tbaa !4
  %525 = getelementptr inbounds float, ptr @keys, i64 %518
  %526 = load float, ptr %525, align 4, !tbaa !4
  %527 = fcmp ule float %524, %526
  %528 = xor i1 %522, %527
  br i1 %528, label %529, label %530

529:                                              ; preds = %520
  store float %526, ptr %523, align 4, !tbaa !4
  store float %524, ptr %525, align 4, !tbaa !4
  br label %530

530:                                              ; preds = %529, %520, %514
  %531 = add nuw nsw i64 %515, 1
  %532 = icmp eq i64 %531, 1024
  br i1 %532, label %533, label %514, !llvm.loop !8

533:                                              ; preds = %530, %549
  %534 = phi i64 [ %550, %549 ], [ 0, %530 ]
  %535 = shl i64 %534, 32
  %536 = ashr exact i64 %535, 32
  %537 = xor i64 %536, 64
  %538 = icmp slt i64 %534, %537
  br i1 %538, label %539, label %549

539:                                              ; preds = %533
  %540 = and i64 %534, 256
  %541 = icmp eq i64 %540, 0
  %542 = getelementptr inbounds float, ptr @keys, i64 %534
  %543 = load float, ptr %542, align 4, !tbaa !4
  %544 = getelementptr inbounds float, ptr @keys, i64 %537
  %545 = load float, ptr %544, align 4, !tbaa !4
  %546 = fcmp ule float %543, %545
  %547 = xor i1 %541, %546
  br i1 %547, label %548, label %549

548:                                              ; preds = %539
  store float %545, ptr %542, align 4, !tbaa !4
  store float %543, ptr %544, align 4, !tbaa !4
  br label %549

549:                                              ; preds = %548, %539, %533
  %550 = add nuw nsw i64 %534, 1
  %551 = icmp eq i64 %550, 1024
  br i1 %551, label %552, label %533, !llvm.loop !8

552:                                              ; preds = %549, %568
  %553 = phi i64 [ %569, %568 ], [ 0, %549 ]
  %554 = shl i64 %553, 32
  %555 = ashr exact i64 %554, 32
  %556 = xor i64 %555, 32
  %557 = icmp slt i64 %553, %556
  br i1 %557, label %558, label %568

558:                                              ; preds = %552
  %559 = and i64 %553, 256
  %560 = icmp eq i64 %559, 0
  %561 = getelementptr inbounds float, ptr @keys, i64 %553
  %562 = load float, ptr %561, align 4, !tbaa !4
  %563 = getelementptr inbounds float, ptr @keys, i64 %556
  %564 = load float, ptr %563, align 4, !tbaa !4
  %565 = fcmp ule float %562, %564
  %566 = xor i1 %560, %565
  br i1 %566, label %567, label %568

567:                                              ; preds = %558
  store float %564, ptr %561, align 4, !tbaa !4
  store float %562, ptr %563, align 4, !tbaa !4
  br label %568

568:                                              ; preds = %567, %558, %552
  %569 = add nuw nsw i64 %553, 1
  %570 = icmp eq i64 %569, 1024
  br i1 %570, label %571, label %552, !llvm.loop !8

571:                                              ; preds = %568, %587
  %572 = phi i64 [ %588, %587 ], [ 0, %568 ]
  %573 = shl i64 %572, 32
  %574 = ashr exact i64 %573, 32
  %575 = xor i64 %574, 16
  %576 = icmp slt i64 %572, %575
  br i1 %576, label %577, label %587

577:                                              ; preds = %571
  %578 = and i64 %572, 256
  %579 = icmp eq i64 %578, 0
  %580 = getelementptr inbounds float, ptr @keys, i64 %572
  %581 = load float, ptr %580, align 4, !tbaa !4
  %582 = getelementptr inbounds float, ptr @keys, i64 %575
  %583 = load float, ptr %582, align 4, !tbaa !4
  %584 = fcmp ule float %581, %583
  %585 = xor i1 %579, %584
  br i1 %585, label %586, label %587

586:                                              ; preds = %577
  store float %583, ptr %580, align 4, !tbaa !4
  store float %581, ptr %582, align 4, !tbaa !4
  br label %587

587:                                              ; preds = %586, %577, %571
  %588 = add nuw nsw i64 %572, 1
  %589 = icmp eq i64 %588, 1024
  br i1 %589, label %590, label %571, !llvm.loop !8

590:                                              ; preds = %587, %606
  %591 = phi i64 [ %607, %606 ], [ 0, %587 ]
  %592 = shl i64 %591, 32
  %593 = ashr exact i64 %592, 32
  %594 = xor i64 %593, 8
  %595 = icmp slt i64 %591, %594
  br i1 %595, label %596, label %606

596:                                              ; preds = %590
  %597 = and i64 %591, 256
  %598 = icmp eq i64 %597, 0
  %599 = getelementptr inbounds float, ptr @keys, i64 %591
  %600 = load float, ptr %599, align 4, !tbaa !4
  %601 = getelementptr inbounds float, ptr @keys, i64 %594
  %602 = load float, ptr %601, align 4, !tbaa !4
  %603 = fcmp ule float %600, %602
  %604 = xor i1 %598, %603
  br i1 %604, label %605, label %606

605:                                              ; preds = %596
  store float %602, ptr %599, align 4, !tbaa !4
  store float %600, ptr %601, align 4, !tbaa !4
  br label %606

606:                                              ; preds = %605, %596, %590
  %607 = add nuw nsw i64 %591, 1
  %608 = icmp eq i64 %607, 1024
  br i1 %608, label %609, label %590, !llvm.loop !8

609:                                              ; preds = %606, %625
  %610 = phi i64 [ %626, %625 ], [ 0, %606 ]
  %611 = shl i64 %610, 32
  %612 = ashr exact i64 %611, 32
  %613 = xor i64 %612, 4
  %614 = icmp slt i64 %610, %613
  br i1 %614, label %615, label %625

615:                                              ; preds = %609
  %616 = and i64 %610, 256
  %617 = icmp eq i64 %616, 0
  %618 = getelementptr inbounds float, ptr @keys, i64 %610
  %619 = load float, ptr %618, align 4, !tbaa !4
  %620 = getelementptr inbounds float, ptr @keys, i64 %613
  %621 = load float, ptr %620, align 4, !tbaa !4
  %622 = fcmp ule float %619, %621
  %623 = xor i1 %617, %622
  br i1 %623, label %624, label %625

624:                                              ; preds = %615
  store float %621, ptr %618, align 4, !tbaa !4
  store float %619, ptr %620, align 4, !tbaa !4
  br label %625

625:                                              ; preds = %624, %615, %609
  %626 = add nuw nsw i64 %610, 1
  %627 = icmp eq i64 %626, 1024
  br i1 %627, label %628, label %609, !llvm.loop !8

628:                                              ; preds = %625, %644
  %629 = phi i64 [ %645, %644 ], [ 0, %625 ]
  %630 = shl i64 %629, 32
  %631 = ashr exact i64 %630, 32
  %632 = xor i64 %631, 2
  %633 = icmp slt i64 %629, %632
  br i1 %633, label %634, label %644

634:                                              ; preds = %628
  %635 = and i64 %629, 256
  %636 = icmp eq i64 %635, 0
  %637 = getelementptr inbounds float, ptr @keys, i64 %629
  %638 = load float, ptr %637, align 4, !tbaa !4
  %639 = getelementptr inbounds float, ptr @keys, i64 %632
  %640 = load float, ptr %639, align 4, !tbaa !4
  %641 = fcmp ule float %638, %640
  %642 = xor i1 %636, %641
  br i1 %642, label %643, label %644

643:                                              ; preds = %634
  store float %640, ptr %637, align 4, !tbaa !4
  store float %638, ptr %639, align 4, !tbaa !4
  br label %644

644:                                              ; preds = %643, %634, %628
  %645 = add nuw nsw i64 %629, 1
  %646 = icmp eq i64 %645, 1024
  br i1 %646, label %647, label %628, !llvm.loop !8

647:                                              ; preds = %644, %663
  %648 = phi i64 [ %664, %663 ], [ 0, %644 ]
  %649 = shl i64 %648, 32
  %650 = ashr exact i64 %649, 32
  %651 = xor i64 %650, 1
  %652 = icmp slt i64 %648, %651
  br i1 %652, label %653, label %663

653:                                              ; preds = %647
  %654 = and i64 %648, 256
  %655 = icmp eq i64 %654, 0
  %656 = getelementptr inbounds float, ptr @keys, i64 %648
  %657 = load float, ptr %656, align 4, !tbaa !4
  %658 = getelementptr inbounds float, ptr @keys, i64 %651
  %659 = load float, ptr %658, align 4, !tbaa !4
  %660 = fcmp ule float %657, %659
  %661 = xor i1 %655, %660
  br i1 %661, label %662, label %663

662:                                              ; preds = %653
  store float %659, ptr %656, align 4, !tbaa !4
  store float %657, ptr %658, align 4, !tbaa !4
  br label %663

663:                                              ; preds = %662, %653, %647
  %664 = add nuw nsw i64 %648, 1
  %665 = icmp eq i64 %664, 1024
  br i1 %665, label %666, label %647, !llvm.loop !8

666:                                              ; preds = %663, %682
  %667 = phi i64 [ %683, %682 ], [ 0, %663 ]
  %668 = shl i64 %667, 32
  %669 = ashr exact i64 %668, 32
  %670 = xor i64 %669, 256
  %671 = icmp slt i64 %667, %670
  br i1 %671, label %672, label %682

672:                                              ; preds = %666
  %673 = and i64 %667, 512
  %674 = icmp eq i64 %673, 0
  %675 = getelementptr inbounds float, ptr @keys, i64 %667
  %676 = load float, ptr %675, align 4, !tbaa !4
  %677 = getelementptr inbounds float, ptr @keys, i64 %670
  %678 = load float, ptr %677, align 4, !tbaa !4
  %679 = fcmp ule float %676, %678
  %680 = xor i1 %674, %679
  br i1 %680, label %681, label %682

681:                                              ; preds = %672
  store float %678, ptr %675, align 4, !tbaa !4
  store float %676, ptr %677, align 4, !tbaa !4
  br label %682

682:                                              ; preds = %681, %672, %666
  %683 = add nuw nsw i64 %667, 1
  %684 = icmp eq i64 %683, 1024
  br i1 %684, label %685, label %666, !llvm.loop !8

685:                                              ; preds = %682, %701
  %686 = phi i64 [ %702, %701 ], [ 0, %682 ]
  %687 = shl i64 %686, 32
  %688 = ashr exact i64 %687, 32
  %689 = xor i64 %688, 128
  %690 = icmp slt i64 %686, %689
  br i1 %690, label %691, label %701

691:                                              ; preds = %685
  %692 = and i64 %686, 512
  %693 = icmp eq i64 %692, 0
  %694 = getelementptr inbounds float, ptr @keys, i64 %686
  %695 = load float, ptr %694, align 4, !tbaa !4
  %696 = getelementptr inbounds float, ptr @keys, i64 %689
  %697 = load float, ptr %696, align 4, !tbaa !4
  %698 = fcmp ule float %695, %697
  %699 = xor i1 %693, %698
  br i1 %699, label %700, label %701

700:                                              ; preds = %691
  store float %697, ptr %694, align 4, !tbaa !4
  store float %695, ptr %696, align 4, !tbaa !4
  br label %701

701:                                              ; preds = %700, %691, %685
  %702 = add nuw nsw i64 %686, 1
  %703 = icmp eq i64 %702, 1024
  br i1 %703, label %704, label %685, !llvm.loop !8

704:                                              ; preds = %701, %720
  %705 = phi i64 [ %721, %720 ], [ 0, %701 ]
  %706 = shl i64 %705, 32
  %707 = ashr exact i64 %706, 32
  %708 = xor i64 %707, 64
  %709 = icmp slt i64 %705, %708
  br i1 %709, label %710, label %720

710:                                              ; preds = %704
  %711 = and i64 %705, 512
  %712 = icmp eq i64 %711, 0
  %713 = getelementptr inbounds float, ptr @keys, i64 %705
  %714 = load float, ptr %713, align 4, !tbaa !4
  %715 = getelementptr inbounds float, ptr @keys, i64 %708
  %716 = load float, ptr %715, align 4, !tbaa !4
  %717 = fcmp ule float %714, %716
  %718 = xor i1 %712, %717
  br i1 %718, label %719, label %720

719:                                              ; preds = %710
  store float %716, ptr %713, align 4, !tbaa !4
  store float %714, ptr %715, align 4, !tbaa !4
  br label %720

720:                                              ; preds = %719, %710, %704
  %721 = add nuw nsw i64 %705, 1
  %722 = icmp eq i64 %721, 1024
  br i1 %722, label %723, label %704, !llvm.loop !8

723:                                              ; preds = %720, %739
  %724 = phi i64 [ %740, %739 ], [ 0, %720 ]
  %725 = shl i64 %724, 32
  %726 = ashr exact i64 %725, 32
  %727 = xor i64 %726, 32
  %728 = icmp slt i64 %724, %727
  br i1 %728, label %729, label %739

729:                                              ; preds = %723
  %730 = and i64 %724, 512
  %731 = icmp eq i64 %730, 0
  %732 = getelementptr inbounds float, ptr @keys, i64 %724
  %733 = load float, ptr %732, align 4, !tbaa !4
  %734 = getelementptr inbounds float, ptr @keys, i64 %727
  %735 = load float, ptr %734, align 4, !tbaa !4
  %736 = fcmp ule float %733, %735
  %737 = xor i1 %731, %736
  br i1 %737, label %738, label %739

738:                                              ; preds = %729
  store float %735, ptr %732, align 4, !tbaa !4
  store float %733, ptr %734, align 4, !tbaa !4
  br label %739

739:                                              ; preds = %738, %729, %723
  %740 = add nuw nsw i64 %724, 1
  %741 = icmp eq i64 %740, 1024
  br i1 %741, label %742, label %723, !llvm.loop !8

742:                                              ; preds = %739, %758
  %743 = phi i64 [ %759, %758 ], [ 0, %739 ]
  %744 = shl i64 %743, 32
  %745 = ashr exact i64 %744, 32
  %746 = xor i64 %745, 16
  %747 = icmp slt i64 %743, %746
  br i1 %747, label %748, label %758

748:                                              ; preds = %742
  %749 = and i64 %743, 512
  %750 = icmp eq i64 %749, 0
  %751 = getelementptr inbounds float, ptr @keys, i64 %743
  %752 = load float, ptr %751, align 4, !tbaa !4
  %753 = getelementptr inbounds float, ptr @keys, i64 %746
  %754 = load float, ptr %753, align 4, !tbaa !4
  %755 = fcmp ule float %752, %754
  %756 = xor i1 %750, %755
  br i1 %756, label %757, label %758

757:                                              ; preds = %748
  store float %754, ptr %751, align 4, !tbaa !4
  store float %752, ptr %753, align 4, !tbaa !4
  br label %758

758:                                              ; preds = %757, %748, %742
  %759 = add nuw nsw i64 %743, 1
  %760 = icmp eq i64 %759, 1024
  br i1 %760, label %761, label %742, !llvm.loop !8

761:                                              ; preds = %758, %777
  %762 = phi i64 [ %778, %777 ], [ 0, %758 ]
  %763 = shl i64 %762, 32
  %764 = ashr exact i64 %763, 32
  %765 = xor i64 %764, 8
  %766 = icmp slt i64 %762, %765
  br i1 %766, label %767, label %777

767:                                              ; preds = %761
  %768 = and i64 %762, 512
  %769 = icmp eq i64 %768, 0
  %770 = getelementptr inbounds float, ptr @keys, i64 %762
  %771 = load float, ptr %770, align 4, !tbaa !4
  %772 = getelementptr inbounds float, ptr @keys, i64 %765
  %773 = load float, ptr %772, align 4, !tbaa !4
  %774 = fcmp ule float %771, %773
  %775 = xor i1 %769, %774
  br i1 %775, label %776, label %777

776:                                              ; preds = %767
  store float %773, ptr %770, align 4, !tbaa !4
  store float %771, ptr %772, align 4, !tbaa !4
  br label %777

777:                                              ; preds = %776, %767, %761
  %778 = add nuw nsw i64 %762, 1
  %779 = icmp eq i64 %778, 1024
  br i1 %779, label %780, label %761, !llvm.loop !8

780:                                              ; preds = %777, %796
  %781 = phi i64 [ %797, %796 ], [ 0, %777 ]
  %782 = shl i64 %781, 32
  %783 = ashr exact i64 %782, 32
  %784 = xor i64 %783, 4
  %785 = icmp slt i64 %781, %784
  br i1 %785, label %786, label %796

786:                                              ; preds = %780
  %787 = and i64 %781, 512
  %788 = icmp eq i64 %787, 0
  %789 = getelementptr inbounds float, ptr @keys, i64 %781
  %790 = load float, ptr %789, align 4, !tbaa !4
  %791 = getelementptr inbounds float, ptr @keys, i64 %784
  %792 = load float, ptr %791, align 4, !tbaa !4
  %793 = fcmp ule float %790, %792
  %794 = xor i1 %788, %793
  br i1 %794, label %795, label %796

795:                                              ; preds = %786
  store float %792, ptr %789, align 4, !tbaa !4
  store float %790, ptr %791, align 4, !tbaa !4
  br label %796

796:                                              ; preds = %795, %786, %780
  %797 = add nuw nsw i64 %781, 1
  %798 = icmp eq i64 %797, 1024
  br i1 %798, label %799, label %780, !llvm.loop !8

799:                                              ; preds = %796, %815
  %800 = phi i64 [ %816, %815 ], [ 0, %796 ]
  %801 = shl i64 %800, 32
  %802 = ashr exact i64 %801, 32
  %803 = xor i64 %802, 2
  %804 = icmp slt i64 %800, %803
  br i1 %804, label %805, label %815

805:                                              ; preds = %799
  %806 = and i64 %800, 512
  %807 = icmp eq i64 %806, 0
  %808 = getelementptr inbounds float, ptr @keys, i64 %800
  %809 = load float, ptr %808, align 4, !tbaa !4
  %810 = getelementptr inbounds float, ptr @keys, i64 %803
  %811 = load float, ptr %810, align 4, !tbaa !4
  %812 = fcmp ule float %809, %811
  %813 = xor i1 %807, %812
  br i1 %813, label %814, label %815

814:                                              ; preds = %805
  store float %811, ptr %808, align 4, !tbaa !4
  store float %809, ptr %810, align 4, !tbaa !4
  br label %815

815:                                              ; preds = %814, %805, %799
  %816 = add nuw nsw i64 %800, 1
  %817 = icmp eq i64 %816, 1024
  br i1 %817, label %818, label %799, !llvm.loop !8

818:                                              ; preds = %815, %834
  %819 = phi i64 [ %835, %834 ], [ 0, %815 ]
  %820 = shl i64 %819, 32
  %821 = ashr exact i64 %820, 32
  %822 = xor i64 %821, 1
  %823 = icmp slt i64 %819, %822
  br i1 %823, label %824, label %834

824:                                              ; preds = %818
  %825 = and i64 %819, 512
  %826 = icmp eq i64 %825, 0
  %827 = getelementptr inbounds float, ptr @keys, i64 %819
  %828 = load float, ptr %827, align 4, !tbaa !4
  %829 = getelementptr inbounds float, ptr @keys, i64 %822
  %830 = load float, ptr %829, align 4, !tbaa !4
  %831 = fcmp ule float %828, %830
  %832 = xor i1 %826, %831
  br i1 %832, label %833, label %834

833:                                              ; preds = %824
  store float %830, ptr %827, align 4, !tbaa !4
  store float %828, ptr %829, align 4, !tbaa !4
  br label %834

834:                                              ; preds = %833, %824, %818
  %835 = add nuw nsw i64 %819, 1
  %836 = icmp eq i64 %835, 1024
  br i1 %836, label %837, label %818, !llvm.loop !8

837:                                              ; preds = %834, %853
  %838 = phi i64 [ %854, %853 ], [ 0, %834 ]
  %839 = shl i64 %838, 32
  %840 = ashr exact i64 %839, 32
  %841 = xor i64 %840, 512
  %842 = icmp slt i64 %838, %841
  br i1 %842, label %843, label %853

843:                                              ; preds = %837
  %844 = and i64 %838, 1024
  %845 = icmp eq i64 %844, 0
  %846 = getelementptr inbounds float, ptr @keys, i64 %838
  %847 = load float, ptr %846, align 4, !tbaa !4
  %848 = getelementptr inbounds float, ptr @keys, i64 %841
  %849 = load float, ptr %848, align 4, !tbaa !4
  %850 = fcmp ule float %847, %849
  %851 = xor i1 %845, %850
  br i1 %851, label %852, label %853

852:                                              ; preds = %843
  store float %849, ptr %846, align 4, !tbaa !4
  store float %847, ptr %848, align 4, !tbaa !4
  br label %853

853:                                              ; preds = %852, %843, %837
  %854 = add nuw nsw i64 %838, 1
  %855 = icmp eq i64 %854, 1024
  br i1 %855, label %856, label %837, !llvm.loop !8

856:                                              ; preds = %853, %872
  %857 = phi i64 [ %873, %872 ], [ 0, %853 ]
  %858 = shl i64 %857, 32
  %859 = ashr exact i64 %858, 32
  %860 = xor i64 %859, 256
  %861 = icmp slt i64 %857, %860
  br i1 %861, label %862, label %872

862:                                              ; preds = %856
  %863 = and i64 %857, 1024
  %864 = icmp eq i64 %863, 0
  %865 = getelementptr inbounds float, ptr @keys, i64 %857
  %866 = load float, ptr %865, align 4, !tbaa !4
  %867 = getelementptr inbounds float, ptr @keys, i64 %860
  %868 = load float, ptr %867, align 4, !tbaa !4
  %869 = fcmp ule float %866, %868
  %870 = xor i1 %864, %869
  br i1 %870, label %871, label %872

871:                                              ; preds = %862
  store float %868, ptr %865, align 4, !tbaa !4
  store float %866, ptr %867, align 4, !tbaa !4
  br label %872

872:                                              ; preds = %871, %862, %856
  %873 = add nuw nsw i64 %857, 1
  %874 = icmp eq i64 %873, 1024
  br i1 %874, label %875, label %856, !llvm.loop !8

875:                                              ; preds = %872, %891
  %876 = phi i64 [ %892, %891 ], [ 0, %872 ]
  %877 = shl i64 %876, 32
  %878 = ashr exact i64 %877, 32
  %879 = xor i64 %878, 128
  %880 = icmp slt i64 %876, %879
  br i1 %880, label %881, label %891

881:                                              ; preds = %875
  %882 = and i64 %876, 1024
  %883 = icmp eq i64 %882, 0
  %884 = getelementptr inbounds float, ptr @keys, i64 %876
  %885 = load float, ptr %884, align 4, !tbaa !4
  %886 = getelementptr inbounds float, ptr @keys, i64 %879
  %887 = load float, ptr %886, align 4, !tbaa !4
  %888 = fcmp ule float %885, %887
  %889 = xor i1 %883, %888
  br i1 %889, label %890, label %891

890:                                              ; preds = %881
  store float %887, ptr %884, align 4, !tbaa !4
  store float %885, ptr %886, align 4, !tbaa !4
  br label %891

891:                                              ; preds = %890, %881, %875
  %892 = add nuw nsw i64 %876, 1
  %893 = icmp eq i64 %892, 1024
  br i1 %893, label %894, label %875, !llvm.loop !8

894:                                              ; preds = %891, %910
  %895 = phi i64 [ %911, %910 ], [ 0, %891 ]
  %896 = shl i64 %895, 32
  %897 = ashr exact i64 %896, 32
  %898 = xor i64 %897, 64
  %899 = icmp slt i64 %895, %898
  br i1 %899, label %900, label %910

900:                                              ; preds = %894
  %901 = and i64 %895, 1024
  %902 = icmp eq i64 %901, 0
  %903 = getelementptr inbounds float, ptr @keys, i64 %895
  %904 = load float, ptr %903, align 4, !tbaa !4
  %905 = getelementptr inbounds float, ptr @keys, i64 %898
  %906 = load float, ptr %905, align 4, !tbaa !4
  %907 = fcmp ule float %904, %906
  %908 = xor i1 %902, %907
  br i1 %908, label %909, label %910

909:                                              ; preds = %900
  store float %906, ptr %903, align 4, !tbaa !4
  store float %904, ptr %905, align 4, !tbaa !4
  br label %910

910:                                              ; preds = %909, %900, %894
  %911 = add nuw nsw i64 %895, 1
  %912 = icmp eq i64 %911, 1024
  br i1 %912, label %913, label %894, !llvm.loop !8

913:                                              ; preds = %910, %929
  %914 = phi i64 [ %930, %929 ], [ 0, %910 ]
  %915 = shl i64 %914, 32
  %916 = ashr exact i64 %915, 32
  %917 = xor i64 %916, 32
  %918 = icmp slt i64 %914, %917
  br i1 %918, label %919, label %929

919:                                              ; preds = %913
  %920 = and i64 %914, 1024
  %921 = icmp eq i64 %920, 0
  %922 = getelementptr inbounds float, ptr @keys, i64 %914
  %923 = load float, ptr %922, align 4, !tbaa !4
  %924 = getelementptr inbounds float, ptr @keys, i64 %917
  %925 = load float, ptr %924, align 4, !tbaa !4
  %926 = fcmp ule float %923, %925
  %927 = xor i1 %921, %926
  br i1 %927, label %928, label %929

928:                                              ; preds = %919
  store float %925, ptr %922, align 4, !tbaa !4
  store float %923, ptr %924, align 4, !tbaa !4
  br label %929

929:                                              ; preds = %928, %919, %913
  %930 = add nuw nsw i64 %914, 1
  %931 = icmp eq i64 %930, 1024
  br i1 %931, label %932, label %913, !llvm.loop !8

932:                                              ; preds = %929, %948
  %933 = phi i64 [ %949, %948 ], [ 0, %929 ]
  %934 = shl i64 %933, 32
  %935 = ashr exact i64 %934, 32
  %936 = xor i64 %935, 16
  %937 = icmp slt i64 %933, %936
  br i1 %937, label %938, label %948

938:                                              ; preds = %932
  %939 = and i64 %933, 1024
  %940 = icmp eq i64 %939, 0
  %941 = getelementptr inbounds float, ptr @keys, i64 %933
  %942 = load float, ptr %941, align 4, !tbaa !4
  %943 = getelementptr inbounds float, ptr @keys, i64 %936
  %944 = load float, ptr %943, align 4, !tbaa !4
  %945 = fcmp ule float %942, %944
  %946 = xor i1 %940, %945
  br i1 %946, label %947, label %948

947:                                              ; preds = %938
  store float %944, ptr %941, align 4, !tbaa !4
  store float %942, ptr %943, align 4, !tbaa !4
  br label %948

948:                                              ; preds = %947, %938, %932
  %949 = add nuw nsw i64 %933, 1
  %950 = icmp eq i64 %949, 1024
  br i1 %950, label %951, label %932, !llvm.loop !8

951:                                              ; preds = %948, %967
  %952 = phi i64 [ %968, %967 ], [ 0, %948 ]
  %953 = shl i64 %952, 32
  %954 = ashr exact i64 %953, 32
  %955 = xor i64 %954, 8
  %956 = icmp slt i64 %952, %955
  br i1 %956, label %957, label %967

957:                                              ; preds = %951
  %958 = and i64 %952, 1024
  %959 = icmp eq i64 %958, 0
  %960 = getelementptr inbounds float, ptr @keys, i64 %952
  %961 = load float, ptr %960, align 4, !tbaa !4
  %962 = getelementptr inbounds float, ptr @keys, i64 %955
  %963 = load float, ptr %962, align 4, !tbaa !4
  %964 = fcmp ule float %961, %963
  %965 = xor i1 %959, %964
  br i1 %965, label %966, label %967

966:                                              ; preds = %957
  store float %963, ptr %960, align 4, !tbaa !4
  store float %961, ptr %962, align 4, !tbaa !4
  br label %967

967:                                              ; preds = %966, %957, %951
  %968 = add nuw nsw i64 %952, 1
  %969 = icmp eq i64 %968, 1024
  br i1 %969, label %970, label %951, !llvm.loop !8

970:                                              ; preds = %967, %986
  %971 = phi i64 [ %987, %986 ], [ 0, %967 ]
  %972 = shl i64 %971, 32
  %973 = ashr exact i64 %972, 32
  %974 = xor i64 %973, 4
  %975 = icmp slt i64 %971, %974
  br i1 %975, label %976, label %986

976:                                              ; preds = %970
  %977 = and i64 %971, 1024
  %978 = icmp eq i64 %977, 0
  %979 = getelementptr inbounds float, ptr @keys, i64 %971
  %980 = load float, ptr %979, align 4, !tbaa !4
  %981 = getelementptr inbounds float, ptr @keys, i64 %974
  %982 = load float, ptr %981, align 4, !tbaa !4
  %983 = fcmp ule float %980, %982
  %984 = xor i1 %978, %983
  br i1 %984, label %985, label %986

985:                                              ; preds = %976
  store float %982, ptr %979, align 4, !tbaa !4
  store float %980, ptr %981, align 4, !tbaa !4
  br label %986

986:                                              ; preds = %985, %976, %970
  %987 = add nuw nsw i64 %971, 1
  %988 = icmp eq i64 %987, 1024
  br i1 %988, label %989, label %970, !llvm.loop !8

989:                                              ; preds = %986, %1005
  %990 = phi i64 [ %1006, %1005 ], [ 0, %986 ]
  %991 = shl i64 %990, 32
  %992 = ashr exact i64 %991, 32
  %993 = xor i64 %992, 2
  %994 = icmp slt i64 %990, %993
  br i1 %994, label %995, label %1005

995:                                              ; preds = %989
  %996 = and i64 %990, 1024
  %997 = icmp eq i64 %996, 0
  %998 = getelementptr inbounds float, ptr @keys, i64 %990
  %999 = load float, ptr %998, align 4, !tbaa !4
  %1000 = getelementptr inbounds float, ptr @keys, i64 %993
  %1001 = load float, ptr %1000, align 4, !tbaa !4
  %1002 = fcmp ule float %999, %1001
  %1003 = xor i1 %997, %1002
  br i1 %1003, label %1004, label %1005

1004:                                             ; preds = %995
  store float %1001, ptr %998, align 4, !tbaa !4
  store float %999, ptr %1000, align 4, !tbaa !4
  br label %1005

1005:                                             ; preds = %1004, %995, %989
  %1006 = add nuw nsw i64 %990, 1
  %1007 = icmp eq i64 %1006, 1024
  br i1 %1007, label %1008, label %989, !llvm.loop !8

1008:                                             ; preds = %1005, %1024
  %1009 = phi i64 [ %1025, %1024 ], [ 0, %1005 ]
  %1010 = shl i64 %1009, 32
  %1011 = ashr exact i64 %1010, 32
  %1012 = xor i64 %1011, 1
  %1013 = icmp slt i64 %1009, %1012
  br i1 %1013, label %1014, label %1024

1014:                                             ; preds = %1008
  %1015 = and i64 %1009, 1024
  %1016 = icmp eq i64 %1015, 0
  %1017 = getelementptr inbounds float, ptr @keys, i64 %1009
  %1018 = load float, ptr %1017, align 4, !tbaa !4
  %1019 = getelementptr inbounds float, ptr @keys, i64 %1012
  %1020 = load float, ptr %1019, align 4, !tbaa !4
  %1021 = fcmp ule float %1018, %1020
  %1022 = xor i1 %1016, %1021
  br i1 %1022, label %1023, label %1024

1023:                                             ; preds = %1014
  store float %1020, ptr %1017, align 4, !tbaa !4
  store float %1018, ptr %1019, align 4, !tbaa !4
  br label %1024

1024:                                             ; preds = %1023, %1014, %1008
  %1025 = add nuw nsw i64 %1009, 1
  %1026 = icmp eq i64 %1025, 1024
  br i1 %1026, label %1027, label %1008, !llvm.loop !8

1027:                                             ; preds = %1024
  %1028 = load float, ptr @keys, align 16, !tbaa !4
  %1029 = insertelement <4 x float> poison, float %1028, i64 3
  br label %1030

1030:                                             ; preds = %1030, %1027
  %1031 = phi i64 [ 0, %1027 ], [ %1046, %1030 ]
  %1032 = phi <4 x float> [ %1029, %1027 ], [ %1039, %1030 ]
  %1033 = phi <4 x i32> [ <i32 1, i32 1, i32 1, i32 1>, %1027 ], [ %1044, %1030 ]
  %1034 = phi <4 x i32> [ <i32 1, i32 1, i32 1, i32 1>, %1027 ], [ %1045, %1030 ]
  %1035 = or i64 %1031, 1
  %1036 = getelementptr inbounds [1024 x float], ptr @keys, i64 0, i64 %1035
  %1037 = load <4 x float>, ptr %1036, align 4, !tbaa !4
  %1038 = getelementptr inbounds float, ptr %1036, i64 4
  %1039 = load <4 x float>, ptr %1038, align 4, !tbaa !4
  %1040 = shufflevector <4 x float> %1032, <4 x float> %1037, <4 x i32> <i32 3, i32 4, i32 5, i32 6>
  %1041 = shufflevector <4 x float> %1037, <4 x float> %1039, <4 x i32> <i32 3, i32 4, i32 5, i32 6>
  %1042 = fcmp ogt <4 x float> %1040, %1037
  %1043 = fcmp ogt <4 x float> %1041, %1039
  %1044 = select <4 x i1> %1042, <4 x i32> zeroinitializer, <4 x i32> %1033
  %1045 = select <4 x i1> %1043, <4 x i32> zeroinitializer, <4 x i32> %1034
  %1046 = add nuw i64 %1031, 8
  %1047 = icmp eq i64 %1046, 1016
  br i1 %1047, label %1087, label %1030, !llvm.loop !10

1048:                                             ; preds = %1067, %1064
  %1049 = phi i64 [ %1065, %1064 ], [ 0, %1067 ]
  %1050 = shl i64 %1049, 32
  %1051 = ashr exact i64 %1050, 32
  %1052 = xor i64 %1051, 1
  %1053 = icmp slt i64 %1049, %1052
  br i1 %1053, label %1054, label %1064

1054:                                             ; preds = %1048
  %1055 = and i64 %1049, 2
  %1056 = icmp eq i64 %1055, 0
  %1057 = getelementptr inbounds float, ptr @keys, i64 %1049
  %1058 = load float, ptr %1057, align 4, !tbaa !4
  %1059 = getelementptr inbounds float, ptr @keys, i64 %1052
  %1060 = load float, ptr %1059, align 4, !tbaa !4
  %1061 = fcmp ule float %1058, %1060
  %1062 = xor i1 %1056, %1061
  br i1 %1062, label %1063, label %1064

1063:                                             ; preds = %1054
  store float %1060, ptr %1057, align 4, !tbaa !4
  store float %1058, ptr %1059, align 4, !tbaa !4
  br label %1064

1064:                                             ; preds = %1063, %1054, %1048
  %1065 = add nuw nsw i64 %1049, 1
  %1066 = icmp eq i64 %1065, 1024
  br i1 %1066, label %1, label %1048, !llvm.loop !8

1067:                                             ; preds = %1067, %0
  %1068 = phi i64 [ 0, %0 ], [ %1085, %1067 ]
  %1069 = phi i32 [ 1, %0 ], [ %1079, %1067 ]
  %1070 = mul i32 %1069, 1103515245
  %1071 = add i32 %1070, 12345
  %1072 = lshr i32 %1071, 8
  %1073 = urem i32 %1072, 100000
  %1074 = uitofp i32 %1073 to float
  %1075 = fdiv float %1074, 1.000000e+02
  %1076 = getelementptr inbounds [1024 x float], ptr @keys, i64 0, i64 %1068
  store float %1075, ptr %1076, align 8, !tbaa !4
  %1077 = or i64 %1068, 1
  %1078 = mul i32 %1071, 1103515245
  %1079 = add i32 %1078, 12345
  %1080 = lshr i32 %1079, 8
  %1081 = urem i32 %1080, 100000
  %1082 = uitofp i32 %1081 to float
  %1083 = fdiv float %1082, 1.000000e+02
  %1084 = getelementptr inbounds [1024 x float], ptr @keys, i64 0, i64 %1077
  store float %1083, ptr %1084, align 4, !tbaa !4
  %1085 = add nuw nsw i64 %1068, 2
  %1086 = icmp eq i64 %1085, 1024
  br i1 %1086, label %1048, label %1067, !llvm.loop !13

1087:                                             ; preds = %1030
  %1088 = extractelement <4 x float> %1039, i64 3
  %1089 = icmp ne <4 x i32> %1044, <i32 1, i32 1, i32 1, i32 1>
  %1090 = icmp ne <4 x i32> %1045, <i32 1, i32 1, i32 1, i32 1>
  %1091 = select <4 x i1> %1089, <4 x i1> <i1 true, i1 true, i1 true, i1 true>, <4 x i1> %1090
  %1092 = bitcast <4 x i1> %1091 to i4
  %1093 = icmp eq i4 %1092, 0
  %1094 = load float, ptr getelementptr inbounds ([1024 x float], ptr @keys, i64 0, i64 1017), align 4, !tbaa !4
  %1095 = fcmp ule float %1088, %1094
  %1096 = load float, ptr getelementptr inbounds ([1024 x float], ptr @keys, i64 0, i64 1018), align 8, !tbaa !4
  %1097 = fcmp ule float %1094, %1096
  %1098 = load float, ptr getelementptr inbounds ([1024 x float], ptr @keys, i64 0, i64 1019), align 4, !tbaa !4
  %1099 = fcmp ule float %1096, %1098
  %1100 = load float, ptr getelementptr inbounds ([1024 x float], ptr @keys, i64 0, i64 1020), align 16, !tbaa !4
  %1101 = fcmp ule float %1098, %1100
  %1102 = load float, ptr getelementptr inbounds ([1024 x float], ptr @keys, i64 0, i64 1021), align 4, !tbaa !4
  %1103 = fcmp ule float %1100, %1102
  %1104 = load float, ptr getelementptr inbounds ([1024 x float], ptr @keys, i64 0, i64 1022), align 8, !tbaa !4
  %1105 = fcmp ule float %1102, %1104
  %1106 = load float, ptr getelementptr inbounds ([1024 x float], ptr @keys, i64 0, i64 1023), align 4, !tbaa !4
  %1107 = fcmp ule float %1104, %1106
  %1108 = select i1 %1107, i1 %1105, i1 false
  %1109 = select i1 %1108, i1 %1103, i1 false
  %1110 = select i1 %1109, i1 %1101, i1 false
  %1111 = select i1 %1110, i1 %1099, i1 false
  %1112 = select i1 %1111, i1 %1097, i1 false
  %1113 = select i1 %1112, i1 %1095, i1 false
  %1114 = select i1 %1113, i1 %1093, i1 false
  %1115 = zext i1 %1114 to i32
  %1116 = fpext float %1028 to double
  %1117 = load float, ptr getelementptr inbounds ([1024 x float], ptr @keys, i64 0, i64 1023), align 4, !tbaa !4
  %1118 = fpext float %1117 to double
  %1119 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 1024, double noundef %1116, double noundef %1118, i32 noundef %1115)
  %1120 = xor i1 %1114, true
  %1121 = zext i1 %1120 to i32
  ret i32 %1121
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #1

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!0, !1, !2, !3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!5, !5, i64 0}
!5 = !{!"float", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = distinct !{!8, !9}
!9 = !{!"llvm.loop.mustprogress"}
!10 = distinct !{!10, !9, !11, !12}
!11 = !{!"llvm.loop.isvectorized", i32 1}
!12 = !{!"llvm.loop.unroll.runtime.disable"}
!13 = distinct !{!13, !9}
