; ModuleID = 'c/conv2d.c'
source_filename = "c/conv2d.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@image = internal unnamed_addr global [48 x [64 x float]] zeroinitializer, align 16
@blurred = internal unnamed_addr global [48 x [64 x float]] zeroinitializer, align 16
@edges = internal unnamed_addr global [48 x [64 x float]] zeroinitializer, align 16
@.str = private unnamed_addr constant [67 x i8] c"conv2d mass in=%.2f blurred=%.2f edge(left)=%.1f edge(right)=%.1f\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  br label %1

1:                                                ; preds = %1, %0
  %2 = phi i64 [ 0, %0 ], [ %37, %1 ]
  %3 = icmp ult i64 %2, 36
  %4 = insertelement <4 x i1> poison, i1 %3, i64 0
  %5 = shufflevector <4 x i1> %4, <4 x i1> poison, <4 x i32> zeroinitializer
  %6 = icmp ugt i64 %2, 11
  %7 = insertelement <4 x i1> poison, i1 %6, i64 0
  %8 = shufflevector <4 x i1> %7, <4 x i1> poison, <4 x i32> zeroinitializer
  %9 = getelementptr inbounds [48 x [64 x float]], ptr @image, i64 0, i64 %2, i64 0
  store <4 x float> zeroinitializer, ptr %9, align 16, !tbaa !4
  %10 = getelementptr inbounds [48 x [64 x float]], ptr @image, i64 0, i64 %2, i64 4
  store <4 x float> zeroinitializer, ptr %10, align 16, !tbaa !4
  %11 = getelementptr inbounds [48 x [64 x float]], ptr @image, i64 0, i64 %2, i64 8
  store <4 x float> zeroinitializer, ptr %11, align 16, !tbaa !4
  %12 = getelementptr inbounds [48 x [64 x float]], ptr @image, i64 0, i64 %2, i64 12
  store <4 x float> zeroinitializer, ptr %12, align 16, !tbaa !4
  %13 = getelementptr inbounds [48 x [64 x float]], ptr @image, i64 0, i64 %2, i64 16
  store <4 x float> zeroinitializer, ptr %13, align 16, !tbaa !4
  %14 = select <4 x i1> %8, <4 x i1> %5, <4 x i1> zeroinitializer
  %15 = select <4 x i1> %14, <4 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <4 x float> zeroinitializer
  %16 = getelementptr inbounds [48 x [64 x float]], ptr @image, i64 0, i64 %2, i64 20
  store <4 x float> %15, ptr %16, align 16, !tbaa !4
  %17 = select <4 x i1> %8, <4 x i1> %5, <4 x i1> zeroinitializer
  %18 = select <4 x i1> %17, <4 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <4 x float> zeroinitializer
  %19 = getelementptr inbounds [48 x [64 x float]], ptr @image, i64 0, i64 %2, i64 24
  store <4 x float> %18, ptr %19, align 16, !tbaa !4
  %20 = select <4 x i1> %8, <4 x i1> %5, <4 x i1> zeroinitializer
  %21 = select <4 x i1> %20, <4 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <4 x float> zeroinitializer
  %22 = getelementptr inbounds [48 x [64 x float]], ptr @image, i64 0, i64 %2, i64 28
  store <4 x float> %21, ptr %22, align 16, !tbaa !4
  %23 = select <4 x i1> %8, <4 x i1> %5, <4 x i1> zeroinitializer
  %24 = select <4 x i1> %23, <4 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <4 x float> zeroinitializer
  %25 = getelementptr inbounds [48 x [64 x float]], ptr @image, i64 0, i64 %2, i64 32
  store <4 x float> %24, ptr %25, align 16, !tbaa !4
  %26 = select <4 x i1> %8, <4 x i1> %5, <4 x i1> zeroinitializer
  %27 = select <4 x i1> %26, <4 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <4 x float> zeroinitializer
  %28 = getelementptr inbounds [48 x [64 x float]], ptr @image, i64 0, i64 %2, i64 36
  store <4 x float> %27, ptr %28, align 16, !tbaa !4
  %29 = select <4 x i1> %8, <4 x i1> %5, <4 x i1> zeroinitializer
  %30 = select <4 x i1> %29, <4 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <4 x float> zeroinitializer
  %31 = getelementptr inbounds [48 x [64 x float]], ptr @image, i64 0, i64 %2, i64 40
  store <4 x float> %30, ptr %31, align 16, !tbaa !4
  %32 = getelementptr inbounds [48 x [64 x float]], ptr @image, i64 0, i64 %2, i64 44
  store <4 x float> zeroinitializer, ptr %32, align 16, !tbaa !4
  %33 = getelementptr inbounds [48 x [64 x float]], ptr @image, i64 0, i64 %2, i64 48
  store <4 x float> zeroinitializer, ptr %33, align 16, !tbaa !4
  %34 = getelementptr inbounds [48 x [64 x float]], ptr @image, i64 0, i64 %2, i64 52
  store <4 x float> zeroinitializer, ptr %34, align 16, !tbaa !4
  %35 = getelementptr inbounds [48 x [64 x float]], ptr @image, i64 0, i64 %2, i64 56
  store <4 x float> zeroinitializer, ptr %35, align 16, !tbaa !4
  %36 = getelementptr inbounds [48 x [64 x float]], ptr @image, i64 0, i64 %2, i64 60
  store <4 x float> zeroinitializer, ptr %36, align 16, !tbaa !4
  %37 = add nuw nsw i64 %2, 1
  %38 = icmp eq i64 %37, 48
  br i1 %38, label %39, label %1, !llvm.loop !8

39:                                               ; preds = %1, %65
  %40 = phi i64 [ %66, %65 ], [ 0, %1 ]
  %41 = trunc i64 %40 to i32
  %42 = trunc i64 %40 to i32
  %43 = add i32 %42, -2
  %44 = tail call i32 @llvm.smin.i32(i32 %43, i32 47)
  %45 = tail call i32 @llvm.smax.i32(i32 %44, i32 0)
  %46 = zext i32 %45 to i64
  %47 = trunc i64 %40 to i32
  %48 = add i32 %47, -1
  %49 = tail call i32 @llvm.smin.i32(i32 %48, i32 47)
  %50 = tail call i32 @llvm.smax.i32(i32 %49, i32 0)
  %51 = zext i32 %50 to i64
  %52 = tail call i32 @llvm.smin.i32(i32 %41, i32 47)
  %53 = tail call i32 @llvm.smax.i32(i32 %52, i32 0)
  %54 = zext i32 %53 to i64
  %55 = trunc i64 %40 to i32
  %56 = add i32 %55, 1
  %57 = tail call i32 @llvm.smin.i32(i32 %56, i32 47)
  %58 = tail call i32 @llvm.smax.i32(i32 %57, i32 0)
  %59 = zext i32 %58 to i64
  %60 = trunc i64 %40 to i32
  %61 = add i32 %60, 2
  %62 = tail call i32 @llvm.smin.i32(i32 %61, i32 47)
  %63 = tail call i32 @llvm.smax.i32(i32 %62, i32 0)
  %64 = zext i32 %63 to i64
  br label %68

65:                                               ; preds = %68
  %66 = add nuw nsw i64 %40, 1
  %67 = icmp eq i64 %66, 48
  br i1 %67, label %173, label %39, !llvm.loop !10

68:                                               ; preds = %68, %39
  %69 = phi i64 [ 0, %39 ], [ %171, %68 ]
  %70 = trunc i64 %69 to i32
  %71 = add i32 %70, -2
  %72 = tail call i32 @llvm.smin.i32(i32 %71, i32 63)
  %73 = tail call i32 @llvm.smax.i32(i32 %72, i32 0)
  %74 = zext i32 %73 to i64
  %75 = getelementptr inbounds [64 x float], ptr @image, i64 %46, i64 %74
  %76 = load float, ptr %75, align 4, !tbaa !4
  %77 = fadd float %76, 0.000000e+00
  %78 = trunc i64 %69 to i32
  %79 = add i32 %78, -1
  %80 = tail call i32 @llvm.smin.i32(i32 %79, i32 63)
  %81 = tail call i32 @llvm.smax.i32(i32 %80, i32 0)
  %82 = zext i32 %81 to i64
  %83 = getelementptr inbounds [64 x float], ptr @image, i64 %46, i64 %82
  %84 = load float, ptr %83, align 4, !tbaa !4
  %85 = tail call float @llvm.fmuladd.f32(float %84, float 4.000000e+00, float %77)
  %86 = trunc i64 %69 to i32
  %87 = tail call i32 @llvm.smin.i32(i32 %86, i32 63)
  %88 = tail call i32 @llvm.smax.i32(i32 %87, i32 0)
  %89 = zext i32 %88 to i64
  %90 = getelementptr inbounds [64 x float], ptr @image, i64 %46, i64 %89
  %91 = load float, ptr %90, align 4, !tbaa !4
  %92 = tail call float @llvm.fmuladd.f32(float %91, float 6.000000e+00, float %85)
  %93 = trunc i64 %69 to i32
  %94 = add i32 %93, 1
  %95 = tail call i32 @llvm.smin.i32(i32 %94, i32 63)
  %96 = tail call i32 @llvm.smax.i32(i32 %95, i32 0)
  %97 = zext i32 %96 to i64
  %98 = getelementptr inbounds [64 x float], ptr @image, i64 %46, i64 %97
  %99 = load float, ptr %98, align 4, !tbaa !4
  %100 = tail call float @llvm.fmuladd.f32(float %99, float 4.000000e+00, float %92)
  %101 = trunc i64 %69 to i32
  %102 = add i32 %101, 2
  %103 = tail call i32 @llvm.smin.i32(i32 %102, i32 63)
  %104 = tail call i32 @llvm.smax.i32(i32 %103, i32 0)
  %105 = zext i32 %104 to i64
  %106 = getelementptr inbounds [64 x float], ptr @image, i64 %46, i64 %105
  %107 = load float, ptr %106, align 4, !tbaa !4
  %108 = fadd float %107, %100
  %109 = getelementptr inbounds [64 x float], ptr @image, i64 %51, i64 %74
  %110 = load float, ptr %109, align 4, !tbaa !4
  %111 = tail call float @llvm.fmuladd.f32(float %110, float 4.000000e+00, float %108)
  %112 = getelementptr inbounds [64 x float], ptr @image, i64 %51, i64 %82
  %113 = load float, ptr %112, align 4, !tbaa !4
  %114 = tail call float @llvm.fmuladd.f32(float %113, float 1.600000e+01, float %111)
  %115 = getelementptr inbounds [64 x float], ptr @image, i64 %51, i64 %89
  %116 = load float, ptr %115, align 4, !tbaa !4
  %117 = tail call float @llvm.fmuladd.f32(float %116, float 2.400000e+01, float %114)
  %118 = getelementptr inbounds [64 x float], ptr @image, i64 %51, i64 %97
  %119 = load float, ptr %118, align 4, !tbaa !4
  %120 = tail call float @llvm.fmuladd.f32(float %119, float 1.600000e+01, float %117)
  %121 = getelementptr inbounds [64 x float], ptr @image, i64 %51, i64 %105
  %122 = load float, ptr %121, align 4, !tbaa !4
  %123 = tail call float @llvm.fmuladd.f32(float %122, float 4.000000e+00, float %120)
  %124 = getelementptr inbounds [64 x float], ptr @image, i64 %54, i64 %74
  %125 = load float, ptr %124, align 4, !tbaa !4
  %126 = tail call float @llvm.fmuladd.f32(float %125, float 6.000000e+00, float %123)
  %127 = getelementptr inbounds [64 x float], ptr @image, i64 %54, i64 %82
  %128 = load float, ptr %127, align 4, !tbaa !4
  %129 = tail call float @llvm.fmuladd.f32(float %128, float 2.400000e+01, float %126)
  %130 = getelementptr inbounds [64 x float], ptr @image, i64 %54, i64 %89
  %131 = load float, ptr %130, align 4, !tbaa !4
  %132 = tail call float @llvm.fmuladd.f32(float %131, float 3.600000e+01, float %129)
  %133 = getelementptr inbounds [64 x float], ptr @image, i64 %54, i64 %97
  %134 = load float, ptr %133, align 4, !tbaa !4
  %135 = tail call float @llvm.fmuladd.f32(float %134, float 2.400000e+01, float %132)
  %136 = getelementptr inbounds [64 x float], ptr @image, i64 %54, i64 %105
  %137 = load float, ptr %136, align 4, !tbaa !4
  %138 = tail call float @llvm.fmuladd.f32(float %137, float 6.000000e+00, float %135)
  %139 = getelementptr inbounds [64 x float], ptr @image, i64 %59, i64 %74
  %140 = load float, ptr %139, align 4, !tbaa !4
  %141 = tail call float @llvm.fmuladd.f32(float %140, float 4.000000e+00, float %138)
  %142 = getelementptr inbounds [64 x float], ptr @image, i64 %59, i64 %82
  %143 = load float, ptr %142, align 4, !tbaa !4
  %144 = tail call float @llvm.fmuladd.f32(float %143, float 1.600000e+01, float %141)
  %145 = getelementptr inbounds [64 x float], ptr @image, i64 %59, i64 %89
  %146 = load float, ptr %145, align 4, !tbaa !4
  %147 = tail call float @llvm.fmuladd.f32(float %146, float 2.400000e+01, float %144)
  %148 = getelementptr inbounds [64 x float], ptr @image, i64 %59, i64 %97
  %149 = load float, ptr %148, align 4, !tbaa !4
  %150 = tail call float @llvm.fmuladd.f32(float %149, float 1.600000e+01, float %147)
  %151 = getelementptr inbounds [64 x float], ptr @image, i64 %59, i64 %105
  %152 = load float, ptr %151, align 4, !tbaa !4
  %153 = tail call float @llvm.fmuladd.f32(float %152, float 4.000000e+00, float %150)
  %154 = getelementptr inbounds [64 x float], ptr @image, i64 %64, i64 %74
  %155 = load float, ptr %154, align 4, !tbaa !4
  %156 = fadd float %155, %153
  %157 = getelementptr inbounds [64 x float], ptr @image, i64 %64, i64 %82
  %158 = load float, ptr %157, align 4, !tbaa !4
  %159 = tail call float @llvm.fmuladd.f32(float %158, float 4.000000e+00, float %156)
  %160 = getelementptr inbounds [64 x float], ptr @image, i64 %64, i64 %89
  %161 = load float, ptr %160, align 4, !tbaa !4
  %162 = tail call float @llvm.fmuladd.f32(float %161, float 6.000000e+00, float %159)
  %163 = getelementptr inbounds [64 x float], ptr @image, i64 %64, i64 %97
  %164 = load float, ptr %163, align 4, !tbaa !4
  %165 = tail call float @llvm.fmuladd.f32(float %164, float 4.000000e+00, float %162)
  %166 = getelementptr inbounds [64 x float], ptr @image, i64 %64, i64 %105
  %167 = load float, ptr %166, align 4, !tbaa !4
  %168 = fadd float %167, %165
  %169 = fmul float %168, 3.906250e-03
  %170 = getelementptr inbounds [64 x float], ptr @blurred, i64 %40, i64 %69
  store float %169, ptr %170, align 4, !tbaa !4
  %171 = add nuw nsw i64 %69, 1
  %172 = icmp eq i64 %171, 64
  br i1 %172, label %65, label %68, !llvm.loop !11

173:                                              ; preds = %65, %189
  %174 = phi i64 [ %190, %189 ], [ 0, %65 ]
  %175 = trunc i64 %174 to i32
  %176 = trunc i64 %174 to i32
  %177 = add i32 %176, -1
  %178 = tail call i32 @llvm.smin.i32(i32 %177, i32 47)
  %179 = tail call i32 @llvm.smax.i32(i32 %178, i32 0)
  %180 = zext i32 %179 to i64
  %181 = tail call i32 @llvm.smin.i32(i32 %175, i32 47)
  %182 = tail call i32 @llvm.smax.i32(i32 %181, i32 0)
  %183 = zext i32 %182 to i64
  %184 = trunc i64 %174 to i32
  %185 = add i32 %184, 1
  %186 = tail call i32 @llvm.smin.i32(i32 %185, i32 47)
  %187 = tail call i32 @llvm.smax.i32(i32 %186, i32 0)
  %188 = zext i32 %187 to i64
  br label %192

189:                                              ; preds = %192
  %190 = add nuw nsw i64 %174, 1
  %191 = icmp eq i64 %190, 48
  br i1 %191, label %238, label %173, !llvm.loop !10

192:                                              ; preds = %192, %173
  %193 = phi i64 [ 0, %173 ], [ %236, %192 ]
  %194 = trunc i64 %193 to i32
  %195 = add i32 %194, -1
  %196 = tail call i32 @llvm.smin.i32(i32 %195, i32 63)
  %197 = tail call i32 @llvm.smax.i32(i32 %196, i32 0)
  %198 = zext i32 %197 to i64
  %199 = getelementptr inbounds [64 x float], ptr @image, i64 %180, i64 %198
  %200 = load float, ptr %199, align 4, !tbaa !4
  %201 = tail call float @llvm.fmuladd.f32(float %200, float -1.000000e+00, float 0.000000e+00)
  %202 = trunc i64 %193 to i32
  %203 = tail call i32 @llvm.smin.i32(i32 %202, i32 63)
  %204 = tail call i32 @llvm.smax.i32(i32 %203, i32 0)
  %205 = zext i32 %204 to i64
  %206 = getelementptr inbounds [64 x float], ptr @image, i64 %180, i64 %205
  %207 = load float, ptr %206, align 4, !tbaa !4
  %208 = tail call float @llvm.fmuladd.f32(float %207, float 0.000000e+00, float %201)
  %209 = trunc i64 %193 to i32
  %210 = add i32 %209, 1
  %211 = tail call i32 @llvm.smin.i32(i32 %210, i32 63)
  %212 = tail call i32 @llvm.smax.i32(i32 %211, i32 0)
  %213 = zext i32 %212 to i64
  %214 = getelementptr inbounds [64 x float], ptr @image, i64 %180, i64 %213
  %215 = load float, ptr %214, align 4, !tbaa !4
  %216 = fadd float %215, %208
  %217 = getelementptr inbounds [64 x float], ptr @image, i64 %183, i64 %198
  %218 = load float, ptr %217, align 4, !tbaa !4
  %219 = tail call float @llvm.fmuladd.f32(float %218, float -2.000000e+00, float %216)
  %220 = getelementptr inbounds [64 x float], ptr @image, i64 %183, i64 %205
  %221 = load float, ptr %220, align 4, !tbaa !4
  %222 = tail call float @llvm.fmuladd.f32(float %221, float 0.000000e+00, float %219)
  %223 = getelementptr inbounds [64 x float], ptr @image, i64 %183, i64 %213
  %224 = load float, ptr %223, align 4, !tbaa !4
  %225 = tail call float @llvm.fmuladd.f32(float %224, float 2.000000e+00, float %222)
  %226 = getelementptr inbounds [64 x float], ptr @image, i64 %188, i64 %198
  %227 = load float, ptr %226, align 4, !tbaa !4
  %228 = tail call float @llvm.fmuladd.f32(float %227, float -1.000000e+00, float %225)
  %229 = getelementptr inbounds [64 x float], ptr @image, i64 %188, i64 %205
  %230 = load float, ptr %229, align 4, !tbaa !4
  %231 = tail call float @llvm.fmuladd.f32(float %230, float 0.000000e+00, float %228)
  %232 = getelementptr inbounds [64 x float], ptr @image, i64 %188, i64 %213
  %233 = load float, ptr %232, align 4, !tbaa !4
  %234 = fadd float %233, %231
  %235 = getelementptr inbounds [64 x float], ptr @edges, i64 %174, i64 %193
  store float %234, ptr %235, align 4, !tbaa !4
  %236 = add nuw nsw i64 %193, 1
  %237 = icmp eq i64 %236, 64
  br i1 %237, label %189, label %192, !llvm.loop !11

238:                                              ; preds = %189, %260
  %239 = phi i64 [ %261, %260 ], [ 0, %189 ]
  %240 = phi float [ %279, %260 ], [ 0.000000e+00, %189 ]
  %241 = phi float [ %276, %260 ], [ 0.000000e+00, %189 ]
  br label %263

242:                                              ; preds = %260
  %243 = fpext float %276 to double
  %244 = fpext float %279 to double
  %245 = load float, ptr getelementptr inbounds ([48 x [64 x float]], ptr @edges, i64 0, i64 24, i64 20), align 16, !tbaa !4
  %246 = fpext float %245 to double
  %247 = load float, ptr getelementptr inbounds ([48 x [64 x float]], ptr @edges, i64 0, i64 24, i64 43), align 4, !tbaa !4
  %248 = fpext float %247 to double
  %249 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %243, double noundef %244, double noundef %246, double noundef %248)
  %250 = fsub float %276, %279
  %251 = tail call float @llvm.fabs.f32(float %250)
  %252 = fcmp uge float %251, 0x3F847AE140000000
  %253 = load float, ptr getelementptr inbounds ([48 x [64 x float]], ptr @edges, i64 0, i64 24, i64 20), align 16
  %254 = fcmp une float %253, 4.000000e+00
  %255 = select i1 %252, i1 true, i1 %254
  %256 = load float, ptr getelementptr inbounds ([48 x [64 x float]], ptr @edges, i64 0, i64 24, i64 43), align 4
  %257 = fcmp une float %256, -4.000000e+00
  %258 = select i1 %255, i1 true, i1 %257
  %259 = zext i1 %258 to i32
  ret i32 %259

260:                                              ; preds = %263
  %261 = add nuw nsw i64 %239, 1
  %262 = icmp eq i64 %261, 48
  br i1 %262, label %242, label %238, !llvm.loop !12

263:                                              ; preds = %263, %238
  %264 = phi i64 [ 0, %238 ], [ %280, %263 ]
  %265 = phi float [ %240, %238 ], [ %279, %263 ]
  %266 = phi float [ %241, %238 ], [ %276, %263 ]
  %267 = getelementptr inbounds [48 x [64 x float]], ptr @image, i64 0, i64 %239, i64 %264
  %268 = load float, ptr %267, align 8, !tbaa !4
  %269 = fadd float %266, %268
  %270 = getelementptr inbounds [48 x [64 x float]], ptr @blurred, i64 0, i64 %239, i64 %264
  %271 = load float, ptr %270, align 8, !tbaa !4
  %272 = fadd float %265, %271
  %273 = or i64 %264, 1
  %274 = getelementptr inbounds [48 x [64 x float]], ptr @image, i64 0, i64 %239, i64 %273
  %275 = load float, ptr %274, align 4, !tbaa !4
  %276 = fadd float %269, %275
  %277 = getelementptr inbounds [48 x [64 x float]], ptr @blurred, i64 0, i64 %239, i64 %273
  %278 = load float, ptr %277, align 4, !tbaa !4
  %279 = fadd float %272, %278
  %280 = add nuw nsw i64 %264, 2
  %281 = icmp eq i64 %280, 64
  br i1 %281, label %260, label %263, !llvm.loop !13
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fabs.f32(float) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #3

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
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
