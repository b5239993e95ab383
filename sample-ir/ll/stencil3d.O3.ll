; ModuleID = 'c/stencil3d.c'
source_filename = "c/stencil3d.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@field = internal unnamed_addr global [13440 x float] zeroinitializer, align 16
@lap = internal unnamed_addr global [13440 x float] zeroinitializer, align 16
@.str = private unnamed_addr constant [33 x i8] c"stencil3d %dx%dx%d max error=%g\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  br label %1

1:                                                ; preds = %0, %295
  %2 = phi i64 [ 0, %0 ], [ %296, %295 ]
  %3 = trunc i64 %2 to i32
  %4 = sitofp i32 %3 to float
  %5 = fmul float %4, 5.000000e-01
  %6 = fmul float %5, 3.000000e+00
  %7 = mul nuw nsw i64 %2, 24
  %8 = insertelement <4 x float> poison, float %5, i64 0
  %9 = shufflevector <4 x float> %8, <4 x float> poison, <4 x i32> zeroinitializer
  %10 = insertelement <4 x float> poison, float %6, i64 0
  %11 = shufflevector <4 x float> %10, <4 x float> poison, <4 x i32> zeroinitializer
  br label %255

12:                                               ; preds = %295, %252
  %13 = phi i64 [ %253, %252 ], [ 1, %295 ]
  %14 = mul nuw nsw i64 %13, 24
  br label %15

15:                                               ; preds = %15, %12
  %16 = phi i64 [ 1, %12 ], [ %250, %15 ]
  %17 = add nuw nsw i64 %16, %14
  %18 = mul nuw nsw i64 %17, 28
  %19 = or i64 %18, 1
  %20 = getelementptr inbounds float, ptr @field, i64 %19
  %21 = load <4 x float>, ptr %20, align 4, !tbaa !4
  %22 = add nsw i64 %18, -671
  %23 = getelementptr inbounds float, ptr @field, i64 %22
  %24 = load <4 x float>, ptr %23, align 4, !tbaa !4
  %25 = add nuw i64 %18, 673
  %26 = getelementptr inbounds float, ptr @field, i64 %25
  %27 = load <4 x float>, ptr %26, align 4, !tbaa !4
  %28 = fadd <4 x float> %24, %27
  %29 = add nsw i64 %18, -27
  %30 = getelementptr inbounds float, ptr @field, i64 %29
  %31 = load <4 x float>, ptr %30, align 4, !tbaa !4
  %32 = fadd <4 x float> %28, %31
  %33 = add nuw i64 %18, 29
  %34 = getelementptr inbounds float, ptr @field, i64 %33
  %35 = load <4 x float>, ptr %34, align 4, !tbaa !4
  %36 = fadd <4 x float> %32, %35
  %37 = getelementptr inbounds float, ptr @field, i64 %18
  %38 = load <4 x float>, ptr %37, align 16, !tbaa !4
  %39 = fadd <4 x float> %36, %38
  %40 = or i64 %18, 2
  %41 = getelementptr inbounds float, ptr @field, i64 %40
  %42 = load <4 x float>, ptr %41, align 8, !tbaa !4
  %43 = fadd <4 x float> %39, %42
  %44 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %21, <4 x float> <float -6.000000e+00, float -6.000000e+00, float -6.000000e+00, float -6.000000e+00>, <4 x float> %43)
  %45 = fmul <4 x float> %44, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %46 = getelementptr inbounds float, ptr @lap, i64 %19
  store <4 x float> %45, ptr %46, align 4, !tbaa !4
  %47 = add nuw nsw i64 %18, 5
  %48 = getelementptr inbounds float, ptr @field, i64 %47
  %49 = load <4 x float>, ptr %48, align 4, !tbaa !4
  %50 = add nsw i64 %18, -667
  %51 = getelementptr inbounds float, ptr @field, i64 %50
  %52 = load <4 x float>, ptr %51, align 4, !tbaa !4
  %53 = add nuw nsw i64 %18, 677
  %54 = getelementptr inbounds float, ptr @field, i64 %53
  %55 = load <4 x float>, ptr %54, align 4, !tbaa !4
  %56 = fadd <4 x float> %52, %55
  %57 = add nsw i64 %18, -23
  %58 = getelementptr inbounds float, ptr @field, i64 %57
  %59 = load <4 x float>, ptr %58, align 4, !tbaa !4
  %60 = fadd <4 x float> %56, %59
  %61 = add nuw nsw i64 %18, 33
  %62 = getelementptr inbounds float, ptr @field, i64 %61
  %63 = load <4 x float>, ptr %62, align 4, !tbaa !4
  %64 = fadd <4 x float> %60, %63
  %65 = add nuw nsw i64 %18, 4
  %66 = getelementptr inbounds float, ptr @field, i64 %65
  %67 = load <4 x float>, ptr %66, align 16, !tbaa !4
  %68 = fadd <4 x float> %64, %67
  %69 = add nuw nsw i64 %18, 6
  %70 = getelementptr inbounds float, ptr @field, i64 %69
  %71 = load <4 x float>, ptr %70, align 8, !tbaa !4
  %72 = fadd <4 x float> %68, %71
  %73 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %49, <4 x float> <float -6.000000e+00, float -6.000000e+00, float -6.000000e+00, float -6.000000e+00>, <4 x float> %72)
  %74 = fmul <4 x float> %73, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %75 = getelementptr inbounds float, ptr @lap, i64 %47
  store <4 x float> %74, ptr %75, align 4, !tbaa !4
  %76 = add nuw nsw i64 %18, 9
  %77 = getelementptr inbounds float, ptr @field, i64 %76
  %78 = load <4 x float>, ptr %77, align 4, !tbaa !4
  %79 = add nsw i64 %18, -663
  %80 = getelementptr inbounds float, ptr @field, i64 %79
  %81 = load <4 x float>, ptr %80, align 4, !tbaa !4
  %82 = add nuw nsw i64 %18, 681
  %83 = getelementptr inbounds float, ptr @field, i64 %82
  %84 = load <4 x float>, ptr %83, align 4, !tbaa !4
  %85 = fadd <4 x float> %81, %84
  %86 = add nsw i64 %18, -19
  %87 = getelementptr inbounds float, ptr @field, i64 %86
  %88 = load <4 x float>, ptr %87, align 4, !tbaa !4
  %89 = fadd <4 x float> %85, %88
  %90 = add nuw nsw i64 %18, 37
  %91 = getelementptr inbounds float, ptr @field, i64 %90
  %92 = load <4 x float>, ptr %91, align 4, !tbaa !4
  %93 = fadd <4 x float> %89, %92
  %94 = add nuw nsw i64 %18, 8
  %95 = getelementptr inbounds float, ptr @field, i64 %94
  %96 = load <4 x float>, ptr %95, align 16, !tbaa !4
  %97 = fadd <4 x float> %93, %96
  %98 = add nuw nsw i64 %18, 10
  %99 = getelementptr inbounds float, ptr @field, i64 %98
  %100 = load <4 x float>, ptr %99, align 8, !tbaa !4
  %101 = fadd <4 x float> %97, %100
  %102 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %78, <4 x float> <float -6.000000e+00, float -6.000000e+00, float -6.000000e+00, float -6.000000e+00>, <4 x float> %101)
  %103 = fmul <4 x float> %102, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %104 = getelementptr inbounds float, ptr @lap, i64 %76
  store <4 x float> %103, ptr %104, align 4, !tbaa !4
  %105 = add nuw nsw i64 %18, 13
  %106 = getelementptr inbounds float, ptr @field, i64 %105
  %107 = load <4 x float>, ptr %106, align 4, !tbaa !4
  %108 = add nsw i64 %18, -659
  %109 = getelementptr inbounds float, ptr @field, i64 %108
  %110 = load <4 x float>, ptr %109, align 4, !tbaa !4
  %111 = add nuw nsw i64 %18, 685
  %112 = getelementptr inbounds float, ptr @field, i64 %111
  %113 = load <4 x float>, ptr %112, align 4, !tbaa !4
  %114 = fadd <4 x float> %110, %113
  %115 = add nsw i64 %18, -15
  %116 = getelementptr inbounds float, ptr @field, i64 %115
  %117 = load <4 x float>, ptr %116, align 4, !tbaa !4
  %118 = fadd <4 x float> %114, %117
  %119 = add nuw nsw i64 %18, 41
  %120 = getelementptr inbounds float, ptr @field, i64 %119
  %121 = load <4 x float>, ptr %120, align 4, !tbaa !4
  %122 = fadd <4 x float> %118, %121
  %123 = add nuw nsw i64 %18, 12
  %124 = getelementptr inbounds float, ptr @field, i64 %123
  %125 = load <4 x float>, ptr %124, align 16, !tbaa !4
  %126 = fadd <4 x float> %122, %125
  %127 = add nuw nsw i64 %18, 14
  %128 = getelementptr inbounds float, ptr @field, i64 %127
  %129 = load <4 x float>, ptr %128, align 8, !tbaa !4
  %130 = fadd <4 x float> %126, %129
  %131 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %107, <4 x float> <float -6.000000e+00, float -6.000000e+00, float -6.000000e+00, float -6.000000e+00>, <4 x float> %130)
  %132 = fmul <4 x float> %131, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %133 = getelementptr inbounds float, ptr @lap, i64 %105
  store <4 x float> %132, ptr %133, align 4, !tbaa !4
  %134 = add nuw nsw i64 %18, 17
  %135 = getelementptr inbounds float, ptr @field, i64 %134
  %136 = load <4 x float>, ptr %135, align 4, !tbaa !4
  %137 = add nsw i64 %18, -655
  %138 = getelementptr inbounds float, ptr @field, i64 %137
  %139 = load <4 x float>, ptr %138, align 4, !tbaa !4
  %140 = add nuw nsw i64 %18, 689
  %141 = getelementptr inbounds float, ptr @field, i64 %140
  %142 = load <4 x float>, ptr %141, align 4, !tbaa !4
  %143 = fadd <4 x float> %139, %142
  %144 = add nsw i64 %18, -11
  %145 = getelementptr inbounds float, ptr @field, i64 %144
  %146 = load <4 x float>, ptr %145, align 4, !tbaa !4
  %147 = fadd <4 x float> %143, %146
  %148 = add nuw nsw i64 %18, 45
  %149 = getelementptr inbounds float, ptr @field, i64 %148
  %150 = load <4 x float>, ptr %149, align 4, !tbaa !4
  %151 = fadd <4 x float> %147, %150
  %152 = add nuw nsw i64 %18, 16
  %153 = getelementptr inbounds float, ptr @field, i64 %152
  %154 = load <4 x float>, ptr %153, align 16, !tbaa !4
  %155 = fadd <4 x float> %151, %154
  %156 = add nuw nsw i64 %18, 18
  %157 = getelementptr inbounds float, ptr @field, i64 %156
  %158 = load <4 x float>, ptr %157, align 8, !tbaa !4
  %159 = fadd <4 x float> %155, %158
  %160 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %136, <4 x float> <float -6.000000e+00, float -6.000000e+00, float -6.000000e+00, float -6.000000e+00>, <4 x float> %159)
  %161 = fmul <4 x float> %160, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %162 = getelementptr inbounds float, ptr @lap, i64 %134
  store <4 x float> %161, ptr %162, align 4, !tbaa !4
  %163 = add nuw nsw i64 %18, 21
  %164 = getelementptr inbounds float, ptr @field, i64 %163
  %165 = load <4 x float>, ptr %164, align 4, !tbaa !4
  %166 = add nsw i64 %18, -651
  %167 = getelementptr inbounds float, ptr @field, i64 %166
  %168 = load <4 x float>, ptr %167, align 4, !tbaa !4
  %169 = add nuw nsw i64 %18, 693
  %170 = getelementptr inbounds float, ptr @field, i64 %169
  %171 = load <4 x float>, ptr %170, align 4, !tbaa !4
  %172 = fadd <4 x float> %168, %171
  %173 = add nsw i64 %18, -7
  %174 = getelementptr inbounds float, ptr @field, i64 %173
  %175 = load <4 x float>, ptr %174, align 4, !tbaa !4
  %176 = fadd <4 x float> %172, %175
  %177 = add nuw nsw i64 %18, 49
  %178 = getelementptr inbounds float, ptr @field, i64 %177
  %179 = load <4 x float>, ptr %178, align 4, !tbaa !4
  %180 = fadd <4 x float> %176, %179
  %181 = add nuw nsw i64 %18, 20
  %182 = getelementptr inbounds float, ptr @field, i64 %181
  %183 = load <4 x float>, ptr %182, align 16, !tbaa !4
  %184 = fadd <4 x float> %180, %183
  %185 = add nuw nsw i64 %18, 22
  %186 = getelementptr inbounds float, ptr @field, i64 %185
  %187 = load <4 x float>, ptr %186, align 8, !tbaa !4
  %188 = fadd <4 x float> %184, %187
  %189 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %165, <4 x float> <float -6.000000e+00, float -6.000000e+00, float -6.000000e+00, float -6.000000e+00>, <4 x float> %188)
  %190 = fmul <4 x float> %189, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %191 = getelementptr inbounds float, ptr @lap, i64 %163
  store <4 x float> %190, ptr %191, align 4, !tbaa !4
  %192 = add nuw nsw i64 %18, 25
  %193 = getelementptr inbounds float, ptr @field, i64 %192
  %194 = load float, ptr %193, align 4, !tbaa !4
  %195 = add nsw i64 %18, -647
  %196 = getelementptr inbounds float, ptr @field, i64 %195
  %197 = load float, ptr %196, align 4, !tbaa !4
  %198 = add nuw nsw i64 %18, 697
  %199 = getelementptr inbounds float, ptr @field, i64 %198
  %200 = load float, ptr %199, align 4, !tbaa !4
  %201 = fadd float %197, %200
  %202 = add nsw i64 %18, -3
  %203 = getelementptr inbounds float, ptr @field, i64 %202
  %204 = load float, ptr %203, align 4, !tbaa !4
  %205 = fadd float %201, %204
  %206 = add nuw nsw i64 %18, 53
  %207 = getelementptr inbounds float, ptr @field, i64 %206
  %208 = load float, ptr %207, align 4, !tbaa !4
  %209 = fadd float %205, %208
  %210 = add nuw nsw i64 %18, 24
  %211 = getelementptr inbounds float, ptr @field, i64 %210
  %212 = load float, ptr %211, align 16, !tbaa !4
  %213 = fadd float %209, %212
  %214 = add nuw nsw i64 %18, 26
  %215 = getelementptr inbounds float, ptr @field, i64 %214
  %216 = load float, ptr %215, align 8, !tbaa !4
  %217 = fadd float %213, %216
  %218 = tail call float @llvm.fmuladd.f32(float %194, float -6.000000e+00, float %217)
  %219 = fmul float %218, 4.000000e+00
  %220 = getelementptr inbounds float, ptr @lap, i64 %192
  store float %219, ptr %220, align 4, !tbaa !4
  %221 = add nuw nsw i64 %18, 26
  %222 = getelementptr inbounds float, ptr @field, i64 %221
  %223 = load float, ptr %222, align 8, !tbaa !4
  %224 = add nsw i64 %18, -646
  %225 = getelementptr inbounds float, ptr @field, i64 %224
  %226 = load float, ptr %225, align 8, !tbaa !4
  %227 = add nuw nsw i64 %18, 698
  %228 = getelementptr inbounds float, ptr @field, i64 %227
  %229 = load float, ptr %228, align 8, !tbaa !4
  %230 = fadd float %226, %229
  %231 = add nsw i64 %18, -2
  %232 = getelementptr inbounds float, ptr @field, i64 %231
  %233 = load float, ptr %232, align 8, !tbaa !4
  %234 = fadd float %230, %233
  %235 = add nuw nsw i64 %18, 54
  %236 = getelementptr inbounds float, ptr @field, i64 %235
  %237 = load float, ptr %236, align 8, !tbaa !4
  %238 = fadd float %234, %237
  %239 = add nuw nsw i64 %18, 25
  %240 = getelementptr inbounds float, ptr @field, i64 %239
  %241 = load float, ptr %240, align 4, !tbaa !4
  %242 = fadd float %238, %241
  %243 = add nuw nsw i64 %18, 27
  %244 = getelementptr inbounds float, ptr @field, i64 %243
  %245 = load float, ptr %244, align 4, !tbaa !4
  %246 = fadd float %242, %245
  %247 = tail call float @llvm.fmuladd.f32(float %223, float -6.000000e+00, float %246)
  %248 = fmul float %247, 4.000000e+00
  %249 = getelementptr inbounds float, ptr @lap, i64 %221
  store float %248, ptr %249, align 8, !tbaa !4
  %250 = add nuw nsw i64 %16, 1
  %251 = icmp eq i64 %250, 23
  br i1 %251, label %252, label %15, !llvm.loop !8

252:                                              ; preds = %15
  %253 = add nuw nsw i64 %13, 1
  %254 = icmp eq i64 %253, 19
  br i1 %254, label %298, label %12, !llvm.loop !10

255:                                              ; preds = %1, %255
  %256 = phi i64 [ 0, %1 ], [ %293, %255 ]
  %257 = trunc i64 %256 to i32
  %258 = sitofp i32 %257 to float
  %259 = fmul float %258, 5.000000e-01
  %260 = fmul float %259, 2.000000e+00
  %261 = fmul float %259, %260
  %262 = insertelement <4 x float> poison, float %261, i64 0
  %263 = shufflevector <4 x float> %262, <4 x float> poison, <4 x i32> zeroinitializer
  %264 = add nuw nsw i64 %256, %7
  %265 = mul nuw nsw i64 %264, 28
  %266 = fadd <4 x float> %263, <float 0.000000e+00, float 2.500000e-01, float 1.000000e+00, float 2.250000e+00>
  %267 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %11, <4 x float> %9, <4 x float> %266)
  %268 = getelementptr inbounds [13440 x float], ptr @field, i64 0, i64 %265
  store <4 x float> %267, ptr %268, align 16, !tbaa !4
  %269 = fadd <4 x float> %263, <float 4.000000e+00, float 6.250000e+00, float 9.000000e+00, float 1.225000e+01>
  %270 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %11, <4 x float> %9, <4 x float> %269)
  %271 = add nuw nsw i64 %265, 4
  %272 = getelementptr inbounds [13440 x float], ptr @field, i64 0, i64 %271
  store <4 x float> %270, ptr %272, align 16, !tbaa !4
  %273 = fadd <4 x float> %263, <float 1.600000e+01, float 2.025000e+01, float 2.500000e+01, float 3.025000e+01>
  %274 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %11, <4 x float> %9, <4 x float> %273)
  %275 = add nuw nsw i64 %265, 8
  %276 = getelementptr inbounds [13440 x float], ptr @field, i64 0, i64 %275
  store <4 x float> %274, ptr %276, align 16, !tbaa !4
  %277 = fadd <4 x float> %263, <float 3.600000e+01, float 4.225000e+01, float 4.900000e+01, float 5.625000e+01>
  %278 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %11, <4 x float> %9, <4 x float> %277)
  %279 = add nuw nsw i64 %265, 12
  %280 = getelementptr inbounds [13440 x float], ptr @field, i64 0, i64 %279
  store <4 x float> %278, ptr %280, align 16, !tbaa !4
  %281 = fadd <4 x float> %263, <float 6.400000e+01, float 7.225000e+01, float 8.100000e+01, float 9.025000e+01>
  %282 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %11, <4 x float> %9, <4 x float> %281)
  %283 = add nuw nsw i64 %265, 16
  %284 = getelementptr inbounds [13440 x float], ptr @field, i64 0, i64 %283
  store <4 x float> %282, ptr %284, align 16, !tbaa !4
  %285 = fadd <4 x float> %263, <float 1.000000e+02, float 1.102500e+02, float 1.210000e+02, float 1.322500e+02>
  %286 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %11, <4 x float> %9, <4 x float> %285)
  %287 = add nuw nsw i64 %265, 20
  %288 = getelementptr inbounds [13440 x float], ptr @field, i64 0, i64 %287
  store <4 x float> %286, ptr %288, align 16, !tbaa !4
  %289 = fadd <4 x float> %263, <float 1.440000e+02, float 1.562500e+02, float 1.690000e+02, float 1.822500e+02>
  %290 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %11, <4 x float> %9, <4 x float> %289)
  %291 = add nuw nsw i64 %265, 24
  %292 = getelementptr inbounds [13440 x float], ptr @field, i64 0, i64 %291
  store <4 x float> %290, ptr %292, align 16, !tbaa !4
  %293 = add nuw nsw i64 %256, 1
  %294 = icmp eq i64 %293, 24
  br i1 %294, label %295, label %255, !llvm.loop !11

295:                                              ; preds = %255
  %296 = add nuw nsw i64 %2, 1
  %297 = icmp eq i64 %296, 20
  br i1 %297, label %12, label %1, !llvm.loop !12

298:                                              ; preds = %252, %470
  %299 = phi i64 [ %471, %470 ], [ 1, %252 ]
  %300 = phi float [ %467, %470 ], [ 0.000000e+00, %252 ]
  %301 = mul nuw nsw i64 %299, 24
  br label %307

302:                                              ; preds = %470
  %303 = fpext float %467 to double
  %304 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 28, i32 noundef 24, i32 noundef 20, double noundef %303)
  %305 = fcmp uge float %467, 0x3F847AE140000000
  %306 = zext i1 %305 to i32
  ret i32 %306

307:                                              ; preds = %298, %307
  %308 = phi i64 [ 1, %298 ], [ %468, %307 ]
  %309 = phi float [ %300, %298 ], [ %467, %307 ]
  %310 = add nuw nsw i64 %308, %301
  %311 = mul nuw nsw i64 %310, 28
  %312 = or i64 %311, 1
  %313 = getelementptr inbounds [13440 x float], ptr @lap, i64 0, i64 %312
  %314 = load float, ptr %313, align 4, !tbaa !4
  %315 = fadd float %314, -1.200000e+01
  %316 = tail call float @llvm.fabs.f32(float %315)
  %317 = tail call float @llvm.maxnum.f32(float %309, float %316)
  %318 = or i64 %311, 2
  %319 = getelementptr inbounds [13440 x float], ptr @lap, i64 0, i64 %318
  %320 = load float, ptr %319, align 8, !tbaa !4
  %321 = fadd float %320, -1.200000e+01
  %322 = tail call float @llvm.fabs.f32(float %321)
  %323 = tail call float @llvm.maxnum.f32(float %317, float %322)
  %324 = or i64 %311, 3
  %325 = getelementptr inbounds [13440 x float], ptr @lap, i64 0, i64 %324
  %326 = load float, ptr %325, align 4, !tbaa !4
  %327 = fadd float %326, -1.200000e+01
  %328 = tail call float @llvm.fabs.f32(float %327)
  %329 = tail call float @llvm.maxnum.f32(float %323, float %328)
  %330 = add nuw nsw i64 %311, 4
  %331 = getelementptr inbounds [13440 x float], ptr @lap, i64 0, i64 %330
  %332 = load float, ptr %331, align 16, !tbaa !4
  %333 = fadd float %332, -1.200000e+01
  %334 = tail call float @llvm.fabs.f32(float %333)
  %335 = tail call float @llvm.maxnum.f32(float %329, float %334)
  %336 = add nuw nsw i64 %311, 5
  %337 = getelementptr inbounds [13440 x float], ptr @lap, i64 0, i64 %336
  %338 = load float, ptr %337, align 4, !tbaa !4
  %339 = fadd float %338, -1.200000e+01
  %340 = tail call float @llvm.fabs.f32(float %339)
  %341 = tail call float @llvm.maxnum.f32(float %335, float %340)
  %342 = add nuw nsw i64 %311, 6
  %343 = getelementptr inbounds [13440 x float], ptr @lap, i64 0, i64 %342
  %344 = load float, ptr %343, align 8, !tbaa !4
  %345 = fadd float %344, -1.200000e+01
  %346 = tail call float @llvm.fabs.f32(float %345)
  %347 = tail call float @llvm.maxnum.f32(float %341, float %346)
  %348 = add nuw nsw i64 %311, 7
  %349 = getelementptr inbounds [13440 x float], ptr @lap, i64 0, i64 %348
  %350 = load float, ptr %349, align 4, !tbaa !4
  %351 = fadd float %350, -1.200000e+01
  %352 = tail call float @llvm.fabs.f32(float %351)
  %353 = tail call float @llvm.maxnum.f32(float %347, float %352)
  %354 = add nuw nsw i64 %311, 8
  %355 = getelementptr inbounds [13440 x float], ptr @lap, i64 0, i64 %354
  %356 = load float, ptr %355, align 16, !tbaa !4
  %357 = fadd float %356, -1.200000e+01
  %358 = tail call float @llvm.fabs.f32(float %357)
  %359 = tail call float @llvm.maxnum.f32(float %353, float %358)
  %360 = add nuw nsw i64 %311, 9
  %361 = getelementptr inbounds [13440 x float], ptr @lap, i64 0, i64 %360
  %362 = load float, ptr %361, align 4, !tbaa !4
  %363 = fadd float %362, -1.200000e+01
  %364 = tail call float @llvm.fabs.f32(float %363)
  %365 = tail call float @llvm.maxnum.f32(float %359, float %364)
  %366 = add nuw nsw i64 %311, 10
  %367 = getelementptr inbounds [13440 x float], ptr @lap, i64 0, i64 %366
  %368 = load float, ptr %367, align 8, !tbaa !4
  %369 = fadd float %368, -1.200000e+01
  %370 = tail call float @llvm.fabs.f32(float %369)
  %371 = tail call float @llvm.maxnum.f32(float %365, float %370)
  %372 = add nuw nsw i64 %311, 11
  %373 = getelementptr inbounds [13440 x float], ptr @lap, i64 0, i64 %372
  %374 = load float, ptr %373, align 4, !tbaa !4
  %375 = fadd float %374, -1.200000e+01
  %376 = tail call float @llvm.fabs.f32(float %375)
  %377 = tail call float @llvm.maxnum.f32(float %371, float %376)
  %378 = add nuw nsw i64 %311, 12
  %379 = getelementptr inbounds [13440 x float], ptr @lap, i64 0, i64 %378
  %380 = load float, ptr %379, align 16, !tbaa !4
  %381 = fadd float %380, -1.200000e+01
  %382 = tail call float @llvm.fabs.f32(float %381)
  %383 = tail call float @llvm.maxnum.f32(float %377, float %382)
  %384 = add nuw nsw i64 %311, 13
  %385 = getelementptr inbounds [13440 x float], ptr @lap, i64 0, i64 %384
  %386 = load float, ptr %385, align 4, !tbaa !4
  %387 = fadd float %386, -1.200000e+01
  %388 = tail call float @llvm.fabs.f32(float %387)
  %389 = tail call float @llvm.maxnum.f32(float %383, float %388)
  %390 = add nuw nsw i64 %311, 14
  %391 = getelementptr inbounds [13440 x float], ptr @lap, i64 0, i64 %390
  %392 = load float, ptr %391, align 8, !tbaa !4
  %393 = fadd float %392, -1.200000e+01
  %394 = tail call float @llvm.fabs.f32(float %393)
  %395 = tail call float @llvm.maxnum.f32(float %389, float %394)
  %396 = add nuw nsw i64 %311, 15
  %397 = getelementptr inbounds [13440 x float], ptr @lap, i64 0, i64 %396
  %398 = load float, ptr %397, align 4, !tbaa !4
  %399 = fadd float %398, -1.200000e+01
  %400 = tail call float @llvm.fabs.f32(float %399)
  %401 = tail call float @llvm.maxnum.f32(float %395, float %400)
  %402 = add nuw nsw i64 %311, 16
  %403 = getelementptr inbounds [13440 x float], ptr @lap, i64 0, i64 %402
  %404 = load float, ptr %403, align 16, !tbaa !4
  %405 = fadd float %404, -1.200000e+01
  %406 = tail call float @llvm.fabs.f32(float %405)
  %407 = tail call float @llvm.maxnum.f32(float %401, float %406)
  %408 = add nuw nsw i64 %311, 17
  %409 = getelementptr inbounds [13440 x float], ptr @lap, i64 0, i64 %408
  %410 = load float, ptr %409, align 4, !tbaa !4
  %411 = fadd float %410, -1.200000e+01
  %412 = tail call float @llvm.fabs.f32(float %411)
  %413 = tail call float @llvm.maxnum.f32(float %407, float %412)
  %414 = add nuw nsw i64 %311, 18
  %415 = getelementptr inbounds [13440 x float], ptr @lap, i64 0, i64 %414
  %416 = load float, ptr %415, align 8, !tbaa !4
  %417 = fadd float %416, -1.200000e+01
  %418 = tail call float @llvm.fabs.f32(float %417)
  %419 = tail call float @llvm.maxnum.f32(float %413, float %418)
  %420 = add nuw nsw i64 %311, 19
  %421 = getelementptr inbounds [13440 x float], ptr @lap, i64 0, i64 %420
  %422 = load float, ptr %421, align 4, !tbaa !4
  %423 = fadd float %422, -1.200000e+01
  %424 = tail call float @llvm.fabs.f32(float %423)
  %425 = tail call float @llvm.maxnum.f32(float %419, float %424)
  %426 = add nuw nsw i64 %311, 20
  %427 = getelementptr inbounds [13440 x float], ptr @lap, i64 0, i64 %426
  %428 = load float, ptr %427, align 16, !tbaa !4
  %429 = fadd float %428, -1.200000e+01
  %430 = tail call float @llvm.fabs.f32(float %429)
  %431 = tail call float @llvm.maxnum.f32(float %425, float %430)
  %432 = add nuw nsw i64 %311, 21
  %433 = getelementptr inbounds [13440 x float], ptr @lap, i64 0, i64 %432
  %434 = load float, ptr %433, align 4, !tbaa !4
  %435 = fadd float %434, -1.200000e+01
  %436 = tail call float @llvm.fabs.f32(float %435)
  %437 = tail call float @llvm.maxnum.f32(float %431, float %436)
  %438 = add nuw nsw i64 %311, 22
  %439 = getelementptr inbounds [13440 x float], ptr @lap, i64 0, i64 %438
  %440 = load float, ptr %439, align 8, !tbaa !4
  %441 = fadd float %440, -1.200000e+01
  %442 = tail call float @llvm.fabs.f32(float %441)
  %443 = tail call float @llvm.maxnum.f32(float %437, float %442)
  %444 = add nuw nsw i64 %311, 23
  %445 = getelementptr inbounds [13440 x float], ptr @lap, i64 0, i64 %444
  %446 = load float, ptr %445, align 4, !tbaa !4
  %447 = fadd float %446, -1.200000e+01
  %448 = tail call float @llvm.fabs.f32(float %447)
  %449 = tail call float @llvm.maxnum.f32(float %443, float %448)
  %450 = add nuw nsw i64 %311, 24
  %451 = getelementptr inbounds [13440 x float], ptr @lap, i64 0, i64 %450
  %452 = load float, ptr %451, align 16, !tbaa !4
  %453 = fadd float %452, -1.200000e+01
  %454 = tail call float @llvm.fabs.f32(float %453)
  %455 = tail call float @llvm.maxnum.f32(float %449, float %454)
  %456 = add nuw nsw i64 %311, 25
  %457 = getelementptr inbounds [13440 x float], ptr @lap, i64 0, i64 %456
  %458 = load float, ptr %457, align 4, !tbaa !4
  %459 = fadd float %458, -1.200000e+01
  %460 = tail call float @llvm.fabs.f32(float %459)
  %461 = tail call float @llvm.maxnum.f32(float %455, float %460)
  %462 = add nuw nsw i64 %311, 26
  %463 = getelementptr inbounds [13440 x float], ptr @lap, i64 0, i64 %462
  %464 = load float, ptr %463, align 8, !tbaa !4
  %465 = fadd float %464, -1.200000e+01
  %466 = tail call float @llvm.fabs.f32(float %465)
  %467 = tail call float @llvm.maxnum.f32(float %461, float %466)
  %468 = add nuw nsw i64 %308, 1
  %469 = icmp eq i64 %468, 23
  br i1 %469, label %470, label %307, !llvm.loop !13

470:                                              ; preds = %307
  %471 = add nuw nsw i64 %299, 1
  %472 = icmp eq i64 %471, 19
  br i1 %472, label %302, label %298, !llvm.loop !14
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fabs.f32(float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.maxnum.f32(float, float) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <4 x float> @llvm.fmuladd.v4f32(<4 x float>, <4 x float>, <4 x float>) #3

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

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
!10 = distinct !{!10, !9}
!11 = distinct !{!11, !9}
!12 = distinct !{!12, !9}
!13 = distinct !{!13, !9}
!14 = distinct !{!14, !9}
