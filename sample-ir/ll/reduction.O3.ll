; ModuleID = 'c/reduction.c'
source_filename = "c/reduction.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@data = internal unnamed_addr global [4096 x float] zeroinitializer, align 16
@.str = private unnamed_addr constant [66 x i8] c"reduction sum=%.6f kahan=%.6f tree=%.6f exact=%.6f min=%g max=%g\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  br label %372

1:                                                ; preds = %372
  %2 = load <4 x float>, ptr @data, align 16
  %3 = shufflevector <4 x float> %2, <4 x float> poison, <2 x i32> zeroinitializer
  br label %4

4:                                                ; preds = %4, %1
  %5 = phi i64 [ 0, %1 ], [ %26, %4 ]
  %6 = phi <2 x float> [ %3, %1 ], [ %25, %4 ]
  %7 = phi <2 x float> [ zeroinitializer, %1 ], [ %14, %4 ]
  %8 = phi float [ 0.000000e+00, %1 ], [ %17, %4 ]
  %9 = getelementptr inbounds float, ptr @data, i64 %5
  %10 = load float, ptr %9, align 4, !tbaa !4
  %11 = fsub float %10, %8
  %12 = insertelement <2 x float> poison, float %10, i64 0
  %13 = insertelement <2 x float> %12, float %11, i64 1
  %14 = fadd <2 x float> %7, %13
  %15 = fsub <2 x float> %14, %7
  %16 = extractelement <2 x float> %15, i64 1
  %17 = fsub float %16, %11
  %18 = extractelement <2 x float> %6, i64 0
  %19 = fcmp olt float %10, %18
  %20 = insertelement <2 x float> %6, float %10, i64 0
  %21 = select i1 %19, <2 x float> %20, <2 x float> %6
  %22 = extractelement <2 x float> %21, i64 1
  %23 = fcmp ogt float %10, %22
  %24 = insertelement <2 x float> %21, float %10, i64 1
  %25 = select i1 %23, <2 x float> %24, <2 x float> %21
  %26 = add nuw nsw i64 %5, 1
  %27 = icmp eq i64 %26, 4096
  br i1 %27, label %28, label %4, !llvm.loop !8

28:                                               ; preds = %4
  %29 = extractelement <2 x float> %14, i64 1
  br label %30

30:                                               ; preds = %30, %28
  %31 = phi i64 [ 0, %28 ], [ %55, %30 ]
  %32 = add nuw nsw i64 %31, 2048
  %33 = getelementptr inbounds float, ptr @data, i64 %32
  %34 = load <4 x float>, ptr %33, align 16, !tbaa !4
  %35 = getelementptr inbounds float, ptr %33, i64 4
  %36 = load <4 x float>, ptr %35, align 16, !tbaa !4
  %37 = getelementptr inbounds float, ptr @data, i64 %31
  %38 = load <4 x float>, ptr %37, align 16, !tbaa !4
  %39 = getelementptr inbounds float, ptr %37, i64 4
  %40 = load <4 x float>, ptr %39, align 16, !tbaa !4
  %41 = fadd <4 x float> %34, %38
  %42 = fadd <4 x float> %36, %40
  store <4 x float> %41, ptr %37, align 16, !tbaa !4
  store <4 x float> %42, ptr %39, align 16, !tbaa !4
  %43 = or i64 %31, 8
  %44 = add nuw nsw i64 %31, 2056
  %45 = getelementptr inbounds float, ptr @data, i64 %44
  %46 = load <4 x float>, ptr %45, align 16, !tbaa !4
  %47 = getelementptr inbounds float, ptr %45, i64 4
  %48 = load <4 x float>, ptr %47, align 16, !tbaa !4
  %49 = getelementptr inbounds float, ptr @data, i64 %43
  %50 = load <4 x float>, ptr %49, align 16, !tbaa !4
  %51 = getelementptr inbounds float, ptr %49, i64 4
  %52 = load <4 x float>, ptr %51, align 16, !tbaa !4
  %53 = fadd <4 x float> %46, %50
  %54 = fadd <4 x float> %48, %52
  store <4 x float> %53, ptr %49, align 16, !tbaa !4
  store <4 x float> %54, ptr %51, align 16, !tbaa !4
  %55 = add nuw nsw i64 %31, 16
  %56 = icmp eq i64 %55, 2048
  br i1 %56, label %345, label %30, !llvm.loop !10

57:                                               ; preds = %345, %57
  %58 = phi i64 [ %82, %57 ], [ 0, %345 ]
  %59 = add nuw nsw i64 %58, 512
  %60 = getelementptr inbounds float, ptr @data, i64 %59
  %61 = load <4 x float>, ptr %60, align 16, !tbaa !4
  %62 = getelementptr inbounds float, ptr %60, i64 4
  %63 = load <4 x float>, ptr %62, align 16, !tbaa !4
  %64 = getelementptr inbounds float, ptr @data, i64 %58
  %65 = load <4 x float>, ptr %64, align 16, !tbaa !4
  %66 = getelementptr inbounds float, ptr %64, i64 4
  %67 = load <4 x float>, ptr %66, align 16, !tbaa !4
  %68 = fadd <4 x float> %61, %65
  %69 = fadd <4 x float> %63, %67
  store <4 x float> %68, ptr %64, align 16, !tbaa !4
  store <4 x float> %69, ptr %66, align 16, !tbaa !4
  %70 = or i64 %58, 8
  %71 = add nuw nsw i64 %58, 520
  %72 = getelementptr inbounds float, ptr @data, i64 %71
  %73 = load <4 x float>, ptr %72, align 16, !tbaa !4
  %74 = getelementptr inbounds float, ptr %72, i64 4
  %75 = load <4 x float>, ptr %74, align 16, !tbaa !4
  %76 = getelementptr inbounds float, ptr @data, i64 %70
  %77 = load <4 x float>, ptr %76, align 16, !tbaa !4
  %78 = getelementptr inbounds float, ptr %76, i64 4
  %79 = load <4 x float>, ptr %78, align 16, !tbaa !4
  %80 = fadd <4 x float> %73, %77
  %81 = fadd <4 x float> %75, %79
  store <4 x float> %80, ptr %76, align 16, !tbaa !4
  store <4 x float> %81, ptr %78, align 16, !tbaa !4
  %82 = add nuw nsw i64 %58, 16
  %83 = icmp eq i64 %82, 512
  br i1 %83, label %84, label %57, !llvm.loop !13

84:                                               ; preds = %57, %84
  %85 = phi i64 [ %109, %84 ], [ 0, %57 ]
  %86 = add nuw nsw i64 %85, 256
  %87 = getelementptr inbounds float, ptr @data, i64 %86
  %88 = load <4 x float>, ptr %87, align 16, !tbaa !4
  %89 = getelementptr inbounds float, ptr %87, i64 4
  %90 = load <4 x float>, ptr %89, align 16, !tbaa !4
  %91 = getelementptr inbounds float, ptr @data, i64 %85
  %92 = load <4 x float>, ptr %91, align 16, !tbaa !4
  %93 = getelementptr inbounds float, ptr %91, i64 4
  %94 = load <4 x float>, ptr %93, align 16, !tbaa !4
  %95 = fadd <4 x float> %88, %92
  %96 = fadd <4 x float> %90, %94
  store <4 x float> %95, ptr %91, align 16, !tbaa !4
  store <4 x float> %96, ptr %93, align 16, !tbaa !4
  %97 = or i64 %85, 8
  %98 = add nuw nsw i64 %85, 264
  %99 = getelementptr inbounds float, ptr @data, i64 %98
  %100 = load <4 x float>, ptr %99, align 16, !tbaa !4
  %101 = getelementptr inbounds float, ptr %99, i64 4
  %102 = load <4 x float>, ptr %101, align 16, !tbaa !4
  %103 = getelementptr inbounds float, ptr @data, i64 %97
  %104 = load <4 x float>, ptr %103, align 16, !tbaa !4
  %105 = getelementptr inbounds float, ptr %103, i64 4
  %106 = load <4 x float>, ptr %105, align 16, !tbaa !4
  %107 = fadd <4 x float> %100, %104
  %108 = fadd <4 x float> %102, %106
  store <4 x float> %107, ptr %103, align 16, !tbaa !4
  store <4 x float> %108, ptr %105, align 16, !tbaa !4
  %109 = add nuw nsw i64 %85, 16
  %110 = icmp eq i64 %109, 256
  br i1 %110, label %111, label %84, !llvm.loop !14

111:                                              ; preds = %84
  %112 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 128), align 16, !tbaa !4
  %113 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 132), align 16, !tbaa !4
  %114 = load <4 x float>, ptr @data, align 16, !tbaa !4
  %115 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 4), align 16, !tbaa !4
  %116 = fadd <4 x float> %112, %114
  %117 = fadd <4 x float> %113, %115
  store <4 x float> %116, ptr @data, align 16, !tbaa !4
  store <4 x float> %117, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 4), align 16, !tbaa !4
  %118 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 136), align 16, !tbaa !4
  %119 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 140), align 16, !tbaa !4
  %120 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 8), align 16, !tbaa !4
  %121 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 12), align 16, !tbaa !4
  %122 = fadd <4 x float> %118, %120
  %123 = fadd <4 x float> %119, %121
  store <4 x float> %122, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 8), align 16, !tbaa !4
  store <4 x float> %123, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 12), align 16, !tbaa !4
  %124 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 144), align 16, !tbaa !4
  %125 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 148), align 16, !tbaa !4
  %126 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 16), align 16, !tbaa !4
  %127 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 20), align 16, !tbaa !4
  %128 = fadd <4 x float> %124, %126
  %129 = fadd <4 x float> %125, %127
  store <4 x float> %128, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 16), align 16, !tbaa !4
  store <4 x float> %129, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 20), align 16, !tbaa !4
  %130 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 152), align 16, !tbaa !4
  %131 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 156), align 16, !tbaa !4
  %132 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 24), align 16, !tbaa !4
  %133 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 28), align 16, !tbaa !4
  %134 = fadd <4 x float> %130, %132
  %135 = fadd <4 x float> %131, %133
  store <4 x float> %134, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 24), align 16, !tbaa !4
  store <4 x float> %135, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 28), align 16, !tbaa !4
  %136 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 160), align 16, !tbaa !4
  %137 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 164), align 16, !tbaa !4
  %138 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 32), align 16, !tbaa !4
  %139 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 36), align 16, !tbaa !4
  %140 = fadd <4 x float> %136, %138
  %141 = fadd <4 x float> %137, %139
  store <4 x float> %140, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 32), align 16, !tbaa !4
  store <4 x float> %141, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 36), align 16, !tbaa !4
  %142 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 168), align 16, !tbaa !4
  %143 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 172), align 16, !tbaa !4
  %144 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 40), align 16, !tbaa !4
  %145 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 44), align 16, !tbaa !4
  %146 = fadd <4 x float> %142, %144
  %147 = fadd <4 x float> %143, %145
  store <4 x float> %146, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 40), align 16, !tbaa !4
  store <4 x float> %147, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 44), align 16, !tbaa !4
  %148 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 176), align 16, !tbaa !4
  %149 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 180), align 16, !tbaa !4
  %150 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 48), align 16, !tbaa !4
  %151 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 52), align 16, !tbaa !4
  %152 = fadd <4 x float> %148, %150
  %153 = fadd <4 x float> %149, %151
  store <4 x float> %152, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 48), align 16, !tbaa !4
  store <4 x float> %153, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 52), align 16, !tbaa !4
  %154 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 184), align 16, !tbaa !4
  %155 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 188), align 16, !tbaa !4
  %156 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 56), align 16, !tbaa !4
  %157 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 60), align 16, !tbaa !4
  %158 = fadd <4 x float> %154, %156
  %159 = fadd <4 x float> %155, %157
  store <4 x float> %158, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 56), align 16, !tbaa !4
  store <4 x float> %159, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 60), align 16, !tbaa !4
  %160 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 192), align 16, !tbaa !4
  %161 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 196), align 16, !tbaa !4
  %162 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 64), align 16, !tbaa !4
  %163 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 68), align 16, !tbaa !4
  %164 = fadd <4 x float> %160, %162
  %165 = fadd <4 x float> %161, %163
  store <4 x float> %164, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 64), align 16, !tbaa !4
  store <4 x float> %165, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 68), align 16, !tbaa !4
  %166 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 200), align 16, !tbaa !4
  %167 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 204), align 16, !tbaa !4
  %168 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 72), align 16, !tbaa !4
  %169 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 76), align 16, !tbaa !4
  %170 = fadd <4 x float> %166, %168
  %171 = fadd <4 x float> %167, %169
  store <4 x float> %170, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 72), align 16, !tbaa !4
  store <4 x float> %171, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 76), align 16, !tbaa !4
  %172 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 208), align 16, !tbaa !4
  %173 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 212), align 16, !tbaa !4
  %174 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 80), align 16, !tbaa !4
  %175 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 84), align 16, !tbaa !4
  %176 = fadd <4 x float> %172, %174
  %177 = fadd <4 x float> %173, %175
  store <4 x float> %176, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 80), align 16, !tbaa !4
  store <4 x float> %177, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 84), align 16, !tbaa !4
  %178 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 216), align 16, !tbaa !4
  %179 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 220), align 16, !tbaa !4
  %180 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 88), align 16, !tbaa !4
  %181 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 92), align 16, !tbaa !4
  %182 = fadd <4 x float> %178, %180
  %183 = fadd <4 x float> %179, %181
  store <4 x float> %182, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 88), align 16, !tbaa !4
  store <4 x float> %183, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 92), align 16, !tbaa !4
  %184 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 224), align 16, !tbaa !4
  %185 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 228), align 16, !tbaa !4
  %186 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 96), align 16, !tbaa !4
  %187 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 100), align 16, !tbaa !4
  %188 = fadd <4 x float> %184, %186
  %189 = fadd <4 x float> %185, %187
  store <4 x float> %188, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 96), align 16, !tbaa !4
  store <4 x float> %189, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 100), align 16, !tbaa !4
  %190 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 232), align 16, !tbaa !4
  %191 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 236), align 16, !tbaa !4
  %192 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 104), align 16, !tbaa !4
  %193 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 108), align 16, !tbaa !4
  %194 = fadd <4 x float> %190, %192
  %195 = fadd <4 x float> %191, %193
  store <4 x float> %194, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 104), align 16, !tbaa !4
  store <4 x float> %195, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 108), align 16, !tbaa !4
  %196 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 240), align 16, !tbaa !4
  %197 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 244), align 16, !tbaa !4
  %198 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 112), align 16, !tbaa !4
  %199 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 116), align 16, !tbaa !4
  %200 = fadd <4 x float> %196, %198
  %201 = fadd <4 x float> %197, %199
  store <4 x float> %200, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 112), align 16, !tbaa !4
  store <4 x float> %201, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 116), align 16, !tbaa !4
  %202 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 248), align 16, !tbaa !4
  %203 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 252), align 16, !tbaa !4
  %204 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 120), align 16, !tbaa !4
  %205 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 124), align 16, !tbaa !4
  %206 = fadd <4 x float> %202, %204
  %207 = fadd <4 x float> %203, %205
  store <4 x float> %206, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 120), align 16, !tbaa !4
  store <4 x float> %207, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 124), align 16, !tbaa !4
  %208 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 64), align 16, !tbaa !4
  %209 = load <4 x float>, ptr @data, align 16, !tbaa !4
  %210 = fadd <4 x float> %208, %209
  store <4 x float> %210, ptr @data, align 16, !tbaa !4
  %211 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 68), align 16, !tbaa !4
  %212 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 4), align 16, !tbaa !4
  %213 = fadd <4 x float> %211, %212
  store <4 x float> %213, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 4), align 16, !tbaa !4
  %214 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 72), align 16, !tbaa !4
  %215 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 8), align 16, !tbaa !4
  %216 = fadd <4 x float> %214, %215
  store <4 x float> %216, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 8), align 16, !tbaa !4
  %217 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 76), align 16, !tbaa !4
  %218 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 12), align 16, !tbaa !4
  %219 = fadd <4 x float> %217, %218
  store <4 x float> %219, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 12), align 16, !tbaa !4
  %220 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 80), align 16, !tbaa !4
  %221 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 16), align 16, !tbaa !4
  %222 = fadd <4 x float> %220, %221
  store <4 x float> %222, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 16), align 16, !tbaa !4
  %223 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 84), align 16, !tbaa !4
  %224 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 20), align 16, !tbaa !4
  %225 = fadd <4 x float> %223, %224
  store <4 x float> %225, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 20), align 16, !tbaa !4
  %226 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 88), align 16, !tbaa !4
  %227 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 24), align 16, !tbaa !4
  %228 = fadd <4 x float> %226, %227
  store <4 x float> %228, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 24), align 16, !tbaa !4
  %229 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 92), align 16, !tbaa !4
  %230 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 28), align 16, !tbaa !4
  %231 = fadd <4 x float> %229, %230
  store <4 x float> %231, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 28), align 16, !tbaa !4
  %232 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 96), align 16, !tbaa !4
  %233 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 32), align 16, !tbaa !4
  %234 = fadd <4 x float> %232, %233
  store <4 x float> %234, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 32), align 16, !tbaa !4
  %235 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 100), align 16, !tbaa !4
  %236 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 36), align 16, !tbaa !4
  %237 = fadd <4 x float> %235, %236
  store <4 x float> %237, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 36), align 16, !tbaa !4
  %238 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 104), align 16, !tbaa !4
  %239 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 40), align 16, !tbaa !4
  %240 = fadd <4 x float> %238, %239
  store <4 x float> %240, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 40), align 16, !tbaa !4
  %241 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 108), align 16, !tbaa !4
  %242 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 44), align 16, !tbaa !4
  %243 = fadd <4 x float> %241, %242
  store <4 x float> %243, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 44), align 16, !tbaa !4
  %244 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 112), align 16, !tbaa !4
  %245 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 48), align 16, !tbaa !4
  %246 = fadd <4 x float> %244, %245
  store <4 x float> %246, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 48), align 16, !tbaa !4
  %247 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 116), align 16, !tbaa !4
  %248 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 52), align 16, !tbaa !4
  %249 = fadd <4 x float> %247, %248
  store <4 x float> %249, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 52), align 16, !tbaa !4
  %250 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 120), align 16, !tbaa !4
  %251 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 56), align 16, !tbaa !4
  %252 = fadd <4 x float> %250, %251
  store <4 x float> %252, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 56), align 16, !tbaa !4
  %253 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 124), align 16, !tbaa !4
  %254 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 60), align 16, !tbaa !4
  %255 = fadd <4 x float> %253, %254
  store <4 x float> %255, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 60), align 16, !tbaa !4
  %256 = load <2 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 34), align 8, !tbaa !4
  %257 = load <2 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 2), align 8, !tbaa !4
  %258 = fadd <2 x float> %256, %257
  %259 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 36), align 16
  %260 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 4), align 16
  %261 = load <2 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 38), align 8, !tbaa !4
  %262 = load <2 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 6), align 8, !tbaa !4
  %263 = fadd <2 x float> %261, %262
  %264 = load <2 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 42), align 8, !tbaa !4
  %265 = load <2 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 10), align 8, !tbaa !4
  %266 = fadd <2 x float> %264, %265
  %267 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 44), align 16
  %268 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 12), align 16
  %269 = load <2 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 46), align 8, !tbaa !4
  %270 = load <2 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 14), align 8, !tbaa !4
  %271 = fadd <2 x float> %269, %270
  %272 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 48), align 16, !tbaa !4
  %273 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 16), align 16, !tbaa !4
  %274 = fadd <4 x float> %272, %273
  store <4 x float> %274, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 16), align 16, !tbaa !4
  %275 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 52), align 16
  %276 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 20), align 16
  %277 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 54), align 8, !tbaa !4
  %278 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 22), align 8, !tbaa !4
  %279 = fadd <4 x float> %277, %278
  store <4 x float> %279, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 22), align 8, !tbaa !4
  %280 = load <2 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 58), align 8, !tbaa !4
  %281 = load <2 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 26), align 8, !tbaa !4
  %282 = fadd <2 x float> %280, %281
  store <2 x float> %282, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 26), align 8, !tbaa !4
  %283 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 60), align 16
  %284 = load <4 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 28), align 16
  %285 = load <2 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 62), align 8, !tbaa !4
  %286 = load <2 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 30), align 8, !tbaa !4
  %287 = fadd <2 x float> %285, %286
  store <2 x float> %287, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 30), align 8, !tbaa !4
  %288 = load <2 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 40), align 16, !tbaa !4
  %289 = load <2 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 8), align 16, !tbaa !4
  %290 = fadd <2 x float> %288, %289
  %291 = shufflevector <4 x float> %279, <4 x float> undef, <2 x i32> <i32 2, i32 3>
  %292 = fadd <2 x float> %290, %291
  store <2 x float> %292, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 8), align 16, !tbaa !4
  %293 = shufflevector <2 x float> %266, <2 x float> poison, <4 x i32> <i32 0, i32 1, i32 undef, i32 undef>
  %294 = shufflevector <4 x float> %293, <4 x float> %275, <4 x i32> <i32 0, i32 1, i32 4, i32 5>
  %295 = shufflevector <2 x float> %282, <2 x float> poison, <4 x i32> <i32 0, i32 1, i32 undef, i32 undef>
  %296 = shufflevector <4 x float> %295, <4 x float> %276, <4 x i32> <i32 0, i32 1, i32 4, i32 5>
  %297 = fadd <4 x float> %294, %296
  %298 = shufflevector <4 x float> %297, <4 x float> undef, <2 x i32> <i32 2, i32 3>
  store <2 x float> %298, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 20), align 16, !tbaa !4
  %299 = shufflevector <2 x float> %271, <2 x float> poison, <4 x i32> <i32 0, i32 1, i32 undef, i32 undef>
  %300 = shufflevector <4 x float> %299, <4 x float> %283, <4 x i32> <i32 0, i32 1, i32 4, i32 5>
  %301 = shufflevector <2 x float> %287, <2 x float> poison, <4 x i32> <i32 0, i32 1, i32 undef, i32 undef>
  %302 = shufflevector <4 x float> %301, <4 x float> %284, <4 x i32> <i32 0, i32 1, i32 4, i32 5>
  %303 = fadd <4 x float> %300, %302
  %304 = shufflevector <4 x float> %303, <4 x float> undef, <2 x i32> <i32 2, i32 3>
  store <2 x float> %304, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 28), align 16, !tbaa !4
  %305 = shufflevector <2 x float> %258, <2 x float> poison, <4 x i32> <i32 0, i32 1, i32 undef, i32 undef>
  %306 = shufflevector <4 x float> %305, <4 x float> %259, <4 x i32> <i32 0, i32 1, i32 4, i32 5>
  %307 = shufflevector <4 x float> %274, <4 x float> poison, <4 x i32> <i32 2, i32 3, i32 undef, i32 undef>
  %308 = shufflevector <4 x float> %307, <4 x float> %260, <4 x i32> <i32 0, i32 1, i32 4, i32 5>
  %309 = fadd <4 x float> %306, %308
  %310 = shufflevector <2 x float> %263, <2 x float> poison, <4 x i32> <i32 0, i32 1, i32 undef, i32 undef>
  %311 = shufflevector <4 x float> %310, <4 x float> %267, <4 x i32> <i32 0, i32 1, i32 4, i32 5>
  %312 = shufflevector <4 x float> %279, <4 x float> %268, <4 x i32> <i32 0, i32 1, i32 4, i32 5>
  %313 = fadd <4 x float> %311, %312
  %314 = fadd <4 x float> %313, %303
  %315 = shufflevector <4 x float> %297, <4 x float> %314, <4 x i32> <i32 0, i32 1, i32 6, i32 7>
  store <4 x float> %315, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 10), align 8, !tbaa !4
  %316 = shufflevector <4 x float> %303, <4 x float> undef, <2 x i32> <i32 0, i32 1>
  store <2 x float> %316, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 14), align 8, !tbaa !4
  %317 = fadd <4 x float> %309, %297
  %318 = shufflevector <4 x float> %314, <4 x float> undef, <2 x i32> <i32 0, i32 1>
  store <2 x float> %318, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 6), align 8, !tbaa !4
  %319 = fadd <4 x float> %317, %314
  store <4 x float> %319, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 2), align 8, !tbaa !4
  %320 = load <2 x float>, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 32), align 16, !tbaa !4
  %321 = load <2 x float>, ptr @data, align 16, !tbaa !4
  %322 = fadd <2 x float> %320, %321
  %323 = shufflevector <4 x float> %274, <4 x float> undef, <2 x i32> <i32 0, i32 1>
  %324 = fadd <2 x float> %322, %323
  %325 = fadd <2 x float> %324, %292
  %326 = shufflevector <4 x float> %319, <4 x float> undef, <2 x i32> <i32 2, i32 3>
  %327 = fadd <2 x float> %325, %326
  %328 = shufflevector <4 x float> %319, <4 x float> undef, <2 x i32> <i32 0, i32 1>
  %329 = fadd <2 x float> %327, %328
  %330 = extractelement <2 x float> %329, i64 1
  store float %330, ptr getelementptr inbounds ([4096 x float], ptr @data, i64 0, i64 1), align 4, !tbaa !4
  %331 = extractelement <2 x float> %329, i64 0
  %332 = fadd float %331, %330
  store float %332, ptr @data, align 16, !tbaa !4
  %333 = extractelement <2 x float> %14, i64 0
  %334 = fpext float %333 to double
  %335 = fpext float %29 to double
  %336 = fpext float %332 to double
  %337 = extractelement <2 x float> %25, i64 0
  %338 = fpext float %337 to double
  %339 = extractelement <2 x float> %25, i64 1
  %340 = fpext float %339 to double
  %341 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %334, double noundef %335, double noundef %336, double noundef %385, double noundef %338, double noundef %340)
  %342 = fsub double %335, %385
  %343 = tail call double @llvm.fabs.f64(double %342)
  %344 = fcmp olt double %343, 1.000000e-05
  br i1 %344, label %387, label %396

345:                                              ; preds = %30, %345
  %346 = phi i64 [ %370, %345 ], [ 0, %30 ]
  %347 = add nuw nsw i64 %346, 1024
  %348 = getelementptr inbounds float, ptr @data, i64 %347
  %349 = load <4 x float>, ptr %348, align 16, !tbaa !4
  %350 = getelementptr inbounds float, ptr %348, i64 4
  %351 = load <4 x float>, ptr %350, align 16, !tbaa !4
  %352 = getelementptr inbounds float, ptr @data, i64 %346
  %353 = load <4 x float>, ptr %352, align 16, !tbaa !4
  %354 = getelementptr inbounds float, ptr %352, i64 4
  %355 = load <4 x float>, ptr %354, align 16, !tbaa !4
  %356 = fadd <4 x float> %349, %353
  %357 = fadd <4 x float> %351, %355
  store <4 x float> %356, ptr %352, align 16, !tbaa !4
  store <4 x float> %357, ptr %354, align 16, !tbaa !4
  %358 = or i64 %346, 8
  %359 = add nuw nsw i64 %346, 1032
  %360 = getelementptr inbounds float, ptr @data, i64 %359
  %361 = load <4 x float>, ptr %360, align 16, !tbaa !4
  %362 = getelementptr inbounds float, ptr %360, i64 4
  %363 = load <4 x float>, ptr %362, align 16, !tbaa !4
  %364 = getelementptr inbounds float, ptr @data, i64 %358
  %365 = load <4 x float>, ptr %364, align 16, !tbaa !4
  %366 = getelementptr inbounds float, ptr %364, i64 4
  %367 = load <4 x float>, ptr %366, align 16, !tbaa !4
  %368 = fadd <4 x float> %361, %365
  %369 = fadd <4 x float> %363, %367
  store <4 x float> %368, ptr %364, align 16, !tbaa !4
  store <4 x float> %369, ptr %366, align 16, !tbaa !4
  %370 = add nuw nsw i64 %346, 16
  %371 = icmp eq i64 %370, 1024
  br i1 %371, label %57, label %345, !llvm.loop !15

372:                                              ; preds = %0, %372
  %373 = phi i64 [ 0, %0 ], [ %375, %372 ]
  %374 = phi double [ 0.000000e+00, %0 ], [ %385, %372 ]
  %375 = add nuw nsw i64 %373, 1
  %376 = trunc i64 %375 to i32
  %377 = sitofp i32 %376 to float
  %378 = fdiv float 1.000000e+00, %377
  %379 = trunc i64 %373 to i16
  %380 = urem i16 %379, 7
  %381 = uitofp i16 %380 to float
  %382 = tail call float @llvm.fmuladd.f32(float %381, float 0x3F50624DE0000000, float %378)
  %383 = getelementptr inbounds [4096 x float], ptr @data, i64 0, i64 %373
  store float %382, ptr %383, align 4, !tbaa !4
  %384 = fpext float %382 to double
  %385 = fadd double %374, %384
  %386 = icmp eq i64 %375, 4096
  br i1 %386, label %1, label %372, !llvm.loop !16

387:                                              ; preds = %111
  %388 = fsub double %336, %385
  %389 = tail call double @llvm.fabs.f64(double %388)
  %390 = fcmp olt double %389, 1.000000e-04
  %391 = fcmp oeq float %339, 1.000000e+00
  %392 = select i1 %390, i1 %391, i1 false
  br i1 %392, label %393, label %396

393:                                              ; preds = %387
  %394 = fcmp uge float %337, 0x3F50624DE0000000
  %395 = zext i1 %394 to i32
  br label %396

396:                                              ; preds = %393, %387, %111
  %397 = phi i32 [ 1, %387 ], [ 1, %111 ], [ %395, %393 ]
  ret i32 %397
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #1

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="64" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

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
!13 = distinct !{!13, !9, !11, !12}
!14 = distinct !{!14, !9, !11, !12}
!15 = distinct !{!15, !9, !11, !12}
!16 = distinct !{!16, !9}
