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

1:                                                ; preds = %220, %0
  %2 = phi i64 [ 0, %0 ], [ %221, %220 ]
  %3 = icmp ult i64 %2, 36
  %4 = icmp ugt i64 %2, 11
  %5 = insertelement <4 x i1> poison, i1 %4, i64 0
  %6 = shufflevector <4 x i1> %5, <4 x i1> poison, <4 x i32> zeroinitializer
  %7 = insertelement <4 x i1> poison, i1 %3, i64 0
  %8 = shufflevector <4 x i1> %7, <4 x i1> poison, <4 x i32> zeroinitializer
  br label %9

9:                                                ; preds = %9, %1
  %10 = phi i64 [ 0, %1 ], [ %18, %9 ]
  %11 = phi <4 x i32> [ <i32 0, i32 1, i32 2, i32 3>, %1 ], [ %19, %9 ]
  %12 = add <4 x i32> %11, <i32 -20, i32 -20, i32 -20, i32 -20>
  %13 = icmp ult <4 x i32> %12, <i32 24, i32 24, i32 24, i32 24>
  %14 = select <4 x i1> %13, <4 x i1> %6, <4 x i1> zeroinitializer
  %15 = select <4 x i1> %14, <4 x i1> %8, <4 x i1> zeroinitializer
  %16 = select <4 x i1> %15, <4 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <4 x float> zeroinitializer
  %17 = getelementptr inbounds [48 x [64 x float]], ptr @image, i64 0, i64 %2, i64 %10
  store <4 x float> %16, ptr %17, align 16, !tbaa !4
  %18 = add nuw i64 %10, 4
  %19 = add <4 x i32> %11, <i32 4, i32 4, i32 4, i32 4>
  %20 = icmp eq i64 %18, 64
  br i1 %20, label %220, label %9, !llvm.loop !8

21:                                               ; preds = %220, %47
  %22 = phi i64 [ %48, %47 ], [ 0, %220 ]
  %23 = trunc i64 %22 to i32
  %24 = trunc i64 %22 to i32
  %25 = add i32 %24, -2
  %26 = tail call i32 @llvm.smin.i32(i32 %25, i32 47)
  %27 = tail call i32 @llvm.smax.i32(i32 %26, i32 0)
  %28 = zext i32 %27 to i64
  %29 = trunc i64 %22 to i32
  %30 = add i32 %29, -1
  %31 = tail call i32 @llvm.smin.i32(i32 %30, i32 47)
  %32 = tail call i32 @llvm.smax.i32(i32 %31, i32 0)
  %33 = zext i32 %32 to i64
  %34 = tail call i32 @llvm.smin.i32(i32 %23, i32 47)
  %35 = tail call i32 @llvm.smax.i32(i32 %34, i32 0)
  %36 = zext i32 %35 to i64
  %37 = trunc i64 %22 to i32
  %38 = add i32 %37, 1
  %39 = tail call i32 @llvm.smin.i32(i32 %38, i32 47)
  %40 = tail call i32 @llvm.smax.i32(i32 %39, i32 0)
  %41 = zext i32 %40 to i64
  %42 = trunc i64 %22 to i32
  %43 = add i32 %42, 2
  %44 = tail call i32 @llvm.smin.i32(i32 %43, i32 47)
  %45 = tail call i32 @llvm.smax.i32(i32 %44, i32 0)
  %46 = zext i32 %45 to i64
  br label %50

47:                                               ; preds = %50
  %48 = add nuw nsw i64 %22, 1
  %49 = icmp eq i64 %48, 48
  br i1 %49, label %155, label %21, !llvm.loop !12

50:                                               ; preds = %50, %21
  %51 = phi i64 [ 0, %21 ], [ %153, %50 ]
  %52 = trunc i64 %51 to i32
  %53 = add i32 %52, -2
  %54 = tail call i32 @llvm.smin.i32(i32 %53, i32 63)
  %55 = tail call i32 @llvm.smax.i32(i32 %54, i32 0)
  %56 = zext i32 %55 to i64
  %57 = getelementptr inbounds [64 x float], ptr @image, i64 %28, i64 %56
  %58 = load float, ptr %57, align 4, !tbaa !4
  %59 = fadd float %58, 0.000000e+00
  %60 = trunc i64 %51 to i32
  %61 = add i32 %60, -1
  %62 = tail call i32 @llvm.smin.i32(i32 %61, i32 63)
  %63 = tail call i32 @llvm.smax.i32(i32 %62, i32 0)
  %64 = zext i32 %63 to i64
  %65 = getelementptr inbounds [64 x float], ptr @image, i64 %28, i64 %64
  %66 = load float, ptr %65, align 4, !tbaa !4
  %67 = tail call float @llvm.fmuladd.f32(float %66, float 4.000000e+00, float %59)
  %68 = trunc i64 %51 to i32
  %69 = tail call i32 @llvm.smin.i32(i32 %68, i32 63)
  %70 = tail call i32 @llvm.smax.i32(i32 %69, i32 0)
  %71 = zext i32 %70 to i64
  %72 = getelementptr inbounds [64 x float], ptr @image, i64 %28, i64 %71
  %73 = load float, ptr %72, align 4, !tbaa !4
  %74 = tail call float @llvm.fmuladd.f32(float %73, float 6.000000e+00, float %67)
  %75 = trunc i64 %51 to i32
  %76 = add i32 %75, 1
  %77 = tail call i32 @llvm.smin.i32(i32 %76, i32 63)
  %78 = tail call i32 @llvm.smax.i32(i32 %77, i32 0)
  %79 = zext i32 %78 to i64
  %80 = getelementptr inbounds [64 x float], ptr @image, i64 %28, i64 %79
  %81 = load float, ptr %80, align 4, !tbaa !4
  %82 = tail call float @llvm.fmuladd.f32(float %81, float 4.000000e+00, float %74)
  %83 = trunc i64 %51 to i32
  %84 = add i32 %83, 2
  %85 = tail call i32 @llvm.smin.i32(i32 %84, i32 63)
  %86 = tail call i32 @llvm.smax.i32(i32 %85, i32 0)
  %87 = zext i32 %86 to i64
  %88 = getelementptr inbounds [64 x float], ptr @image, i64 %28, i64 %87
  %89 = load float, ptr %88, align 4, !tbaa !4
  %90 = fadd float %89, %82
  %91 = getelementptr inbounds [64 x float], ptr @image, i64 %33, i64 %56
  %92 = load float, ptr %91, align 4, !tbaa !4
  %93 = tail call float @llvm.fmuladd.f32(float %92, float 4.000000e+00, float %90)
  %94 = getelementptr inbounds [64 x float], ptr @image, i64 %33, i64 %64
  %95 = load float, ptr %94, align 4, !tbaa !4
  %96 = tail call float @llvm.fmuladd.f32(float %95, float 1.600000e+01, float %93)
  %97 = getelementptr inbounds [64 x float], ptr @image, i64 %33, i64 %71
  %98 = load float, ptr %97, align 4, !tbaa !4
  %99 = tail call float @llvm.fmuladd.f32(float %98, float 2.400000e+01, float %96)
  %100 = getelementptr inbounds [64 x float], ptr @image, i64 %33, i64 %79
  %101 = load float, ptr %100, align 4, !tbaa !4
  %102 = tail call float @llvm.fmuladd.f32(float %101, float 1.600000e+01, float %99)
  %103 = getelementptr inbounds [64 x float], ptr @image, i64 %33, i64 %87
  %104 = load float, ptr %103, align 4, !tbaa !4
  %105 = tail call float @llvm.fmuladd.f32(float %104, float 4.000000e+00, float %102)
  %106 = getelementptr inbounds [64 x float], ptr @image, i64 %36, i64 %56
  %107 = load float, ptr %106, align 4, !tbaa !4
  %108 = tail call float @llvm.fmuladd.f32(float %107, float 6.000000e+00, float %105)
  %109 = getelementptr inbounds [64 x float], ptr @image, i64 %36, i64 %64
  %110 = load float, ptr %109, align 4, !tbaa !4
  %111 = tail call float @llvm.fmuladd.f32(float %110, float 2.400000e+01, float %108)
  %112 = getelementptr inbounds [64 x float], ptr @image, i64 %36, i64 %71
  %113 = load float, ptr %112, align 4, !tbaa !4
  %114 = tail call float @llvm.fmuladd.f32(float %113, float 3.600000e+01, float %111)
  %115 = getelementptr inbounds [64 x float], ptr @image, i64 %36, i64 %79
  %116 = load float, ptr %115, align 4, !tbaa !4
  %117 = tail call float @llvm.fmuladd.f32(float %116, float 2.400000e+01, float %114)
  %118 = getelementptr inbounds [64 x float], ptr @image, i64 %36, i64 %87
  %119 = load float, ptr %118, align 4, !tbaa !4
  %120 = tail call float @llvm.fmuladd.f32(float %119, float 6.000000e+00, float %117)
  %121 = getelementptr inbounds [64 x float], ptr @image, i64 %41, i64 %56
  %122 = load float, ptr %121, align 4, !tbaa !4
  %123 = tail call float @llvm.fmuladd.f32(float %122, float 4.000000e+00, float %120)
  %124 = getelementptr inbounds [64 x float], ptr @image, i64 %41, i64 %64
  %125 = load float, ptr %124, align 4, !tbaa !4
  %126 = tail call float @llvm.fmuladd.f32(float %125, float 1.600000e+01, float %123)
  %127 = getelementptr inbounds [64 x float], ptr @image, i64 %41, i64 %71
  %128 = load float, ptr %127, align 4, !tbaa !4
  %129 = tail call float @llvm.fmuladd.f32(float %128, float 2.400000e+01, float %126)
  %130 = getelementptr inbounds [64 x float], ptr @image, i64 %41, i64 %79
  %131 = load float, ptr %130, align 4, !tbaa !4
  %132 = tail call float @llvm.fmuladd.f32(float %131, float 1.600000e+01, float %129)
  %133 = getelementptr inbounds [64 x float], ptr @image, i64 %41, i64 %87
  %134 = load float, ptr %133, align 4, !tbaa !4
  %135 = tail call float @llvm.fmuladd.f32(float %134, float 4.000000e+00, float %132)
  %136 = getelementptr inbounds [64 x float], ptr @image, i64 %46, i64 %56
  %137 = load float, ptr %136, align 4, !tbaa !4
  %138 = fadd float %137, %135
  %139 = getelementptr inbounds [64 x float], ptr @image, i64 %46, i64 %64
  %140 = load float, ptr %139, align 4, !tbaa !4
  %141 = tail call float @llvm.fmuladd.f32(float %140, float 4.000000e+00, float %138)
  %142 = getelementptr inbounds [64 x float], ptr @image, i64 %46, i64 %71
  %143 = load float, ptr %142, align 4, !tbaa !4
  %144 = tail call float @llvm.fmuladd.f32(float %143, float 6.000000e+00, float %141)
  %145 = getelementptr inbounds [64 x float], ptr @image, i64 %46, i64 %79
  %146 = load float, ptr %145, align 4, !tbaa !4
  %147 = tail call float @llvm.fmuladd.f32(float %146, float 4.000000e+00, float %144)
  %148 = getelementptr inbounds [64 x float], ptr @image, i64 %46, i64 %87
  %149 = load float, ptr %148, align 4, !tbaa !4
  %150 = fadd float %149, %147
  %151 = fmul float %150, 3.906250e-03
  %152 = getelementptr inbounds [64 x float], ptr @blurred, i64 %22, i64 %51
  store float %151, ptr %152, align 4, !tbaa !4
  %153 = add nuw nsw i64 %51, 1
  %154 = icmp eq i64 %153, 64
  br i1 %154, label %47, label %50, !llvm.loop !13

155:                                              ; preds = %47, %171
  %156 = phi i64 [ %172, %171 ], [ 0, %47 ]
  %157 = trunc i64 %156 to i32
  %158 = trunc i64 %156 to i32
  %159 = add i32 %158, -1
  %160 = tail call i32 @llvm.smin.i32(i32 %159, i32 47)
  %161 = tail call i32 @llvm.smax.i32(i32 %160, i32 0)
  %162 = zext i32 %161 to i64
  %163 = tail call i32 @llvm.smin.i32(i32 %157, i32 47)
  %164 = tail call i32 @llvm.smax.i32(i32 %163, i32 0)
  %165 = zext i32 %164 to i64
  %166 = trunc i64 %156 to i32
  %167 = add i32 %166, 1
  %168 = tail call i32 @llvm.smin.i32(i32 %167, i32 47)
  %169 = tail call i32 @llvm.smax.i32(i32 %168, i32 0)
  %170 = zext i32 %169 to i64
  br label %174

171:                                              ; preds = %174
  %172 = add nuw nsw i64 %156, 1
  %173 = icmp eq i64 %172, 48
  br i1 %173, label %223, label %155, !llvm.loop !12

174:                                              ; preds = %174, %155
  %175 = phi i64 [ 0, %155 ], [ %218, %174 ]
  %176 = trunc i64 %175 to i32
  %177 = add i32 %176, -1
  %178 = tail call i32 @llvm.smin.i32(i32 %177, i32 63)
  %179 = tail call i32 @llvm.smax.i32(i32 %178, i32 0)
  %180 = zext i32 %179 to i64
  %181 = getelementptr inbounds [64 x float], ptr @image, i64 %162, i64 %180
  %182 = load float, ptr %181, align 4, !tbaa !4
  %183 = tail call float @llvm.fmuladd.f32(float %182, float -1.000000e+00, float 0.000000e+00)
  %184 = trunc i64 %175 to i32
  %185 = tail call i32 @llvm.smin.i32(i32 %184, i32 63)
  %186 = tail call i32 @llvm.smax.i32(i32 %185, i32 0)
  %187 = zext i32 %186 to i64
  %188 = getelementptr inbounds [64 x float], ptr @image, i64 %162, i64 %187
  %189 = load float, ptr %188, align 4, !tbaa !4
  %190 = tail call float @llvm.fmuladd.f32(float %189, float 0.000000e+00, float %183)
  %191 = trunc i64 %175 to i32
  %192 = add i32 %191, 1
  %193 = tail call i32 @llvm.smin.i32(i32 %192, i32 63)
  %194 = tail call i32 @llvm.smax.i32(i32 %193, i32 0)
  %195 = zext i32 %194 to i64
  %196 = getelementptr inbounds [64 x float], ptr @image, i64 %162, i64 %195
  %197 = load float, ptr %196, align 4, !tbaa !4
  %198 = fadd float %197, %190
  %199 = getelementptr inbounds [64 x float], ptr @image, i64 %165, i64 %180
  %200 = load float, ptr %199, align 4, !tbaa !4
  %201 = tail call float @llvm.fmuladd.f32(float %200, float -2.000000e+00, float %198)
  %202 = getelementptr inbounds [64 x float], ptr @image, i64 %165, i64 %187
  %203 = load float, ptr %202, align 4, !tbaa !4
  %204 = tail call float @llvm.fmuladd.f32(float %203, float 0.000000e+00, float %201)
  %205 = getelementptr inbounds [64 x float], ptr @image, i64 %165, i64 %195
  %206 = load float, ptr %205, align 4, !tbaa !4
  %207 = tail call float @llvm.fmuladd.f32(float %206, float 2.000000e+00, float %204)
  %208 = getelementptr inbounds [64 x float], ptr @image, i64 %170, i64 %180
  %209 = load float, ptr %208, align 4, !tbaa !4
  %210 = tail call float @llvm.fmuladd.f32(float %209, float -1.000000e+00, float %207)
  %211 = getelementptr inbounds [64 x float], ptr @image, i64 %170, i64 %187
  %212 = load float, ptr %211, align 4, !tbaa !4
  %213 = tail call float @llvm.fmuladd.f32(float %212, float 0.000000e+00, float %210)
  %214 = getelementptr inbounds [64 x float], ptr @image, i64 %170, i64 %195
  %215 = load float, ptr %214, align 4, !tbaa !4
  %216 = fadd float %215, %213
  %217 = getelementptr inbounds [64 x float], ptr @edges, i64 %156, i64 %175
  store float %216, ptr %217, align 4, !tbaa !4
  %218 = add nuw nsw i64 %175, 1
  %219 = icmp eq i64 %218, 64
  br i1 %219, label %171, label %174, !llvm.loop !13

220:                                              ; preds = %9
  %221 = add nuw nsw i64 %2, 1
  %222 = icmp eq i64 %221, 48
  br i1 %222, label %21, label %1, !llvm.loop !14

223:                                              ; preds = %171, %245
  %224 = phi i64 [ %246, %245 ], [ 0, %171 ]
  %225 = phi float [ %264, %245 ], [ 0.000000e+00, %171 ]
  %226 = phi float [ %261, %245 ], [ 0.000000e+00, %171 ]
  br label %248

227:                                              ; preds = %245
  %228 = fpext float %261 to double
  %229 = fpext float %264 to double
  %230 = load float, ptr getelementptr inbounds ([48 x [64 x float]], ptr @edges, i64 0, i64 24, i64 20), align 16, !tbaa !4
  %231 = fpext float %230 to double
  %232 = load float, ptr getelementptr inbounds ([48 x [64 x float]], ptr @edges, i64 0, i64 24, i64 43), align 4, !tbaa !4
  %233 = fpext float %232 to double
  %234 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %228, double noundef %229, double noundef %231, double noundef %233)
  %235 = fsub float %261, %264
  %236 = tail call float @llvm.fabs.f32(float %235)
  %237 = fcmp uge float %236, 0x3F847AE140000000
  %238 = load float, ptr getelementptr inbounds ([48 x [64 x float]], ptr @edges, i64 0, i64 24, i64 20), align 16
  %239 = fcmp une float %238, 4.000000e+00
  %240 = select i1 %237, i1 true, i1 %239
  %241 = load float, ptr getelementptr inbounds ([48 x [64 x float]], ptr @edges, i64 0, i64 24, i64 43), align 4
  %242 = fcmp une float %241, -4.000000e+00
  %243 = select i1 %240, i1 true, i1 %242
  %244 = zext i1 %243 to i32
  ret i32 %244

245:                                              ; preds = %248
  %246 = add nuw nsw i64 %224, 1
  %247 = icmp eq i64 %246, 48
  br i1 %247, label %227, label %223, !llvm.loop !15

248:                                              ; preds = %248, %223
  %249 = phi i64 [ 0, %223 ], [ %265, %248 ]
  %250 = phi float [ %225, %223 ], [ %264, %248 ]
  %251 = phi float [ %226, %223 ], [ %261, %248 ]
  %252 = getelementptr inbounds [48 x [64 x float]], ptr @image, i64 0, i64 %224, i64 %249
  %253 = load float, ptr %252, align 8, !tbaa !4
  %254 = fadd float %251, %253
  %255 = getelementptr inbounds [48 x [64 x float]], ptr @blurred, i64 0, i64 %224, i64 %249
  %256 = load float, ptr %255, align 8, !tbaa !4
  %257 = fadd float %250, %256
  %258 = or i64 %249, 1
  %259 = getelementptr inbounds [48 x [64 x float]], ptr @image, i64 0, i64 %224, i64 %258
  %260 = load float, ptr %259, align 4, !tbaa !4
  %261 = fadd float %254, %260
  %262 = getelementptr inbounds [48 x [64 x float]], ptr @blurred, i64 0, i64 %224, i64 %258
  %263 = load float, ptr %262, align 4, !tbaa !4
  %264 = fadd float %257, %263
  %265 = add nuw nsw i64 %249, 2
  %266 = icmp eq i64 %265, 64
  br i1 %266, label %245, label %248, !llvm.loop !16
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
!8 = distinct !{!8, !9, !10, !11}
!9 = !{!"llvm.loop.mustprogress"}
!10 = !{!"llvm.loop.isvectorized", i32 1}
!11 = !{!"llvm.loop.unroll.runtime.disable"}
!12 = distinct !{!12, !9}
!13 = distinct !{!13, !9}
!14 = distinct !{!14, !9}
!15 = distinct !{!15, !9}
!16 = distinct !{!16, !9}
