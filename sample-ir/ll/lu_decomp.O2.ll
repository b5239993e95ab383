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

6:                                                ; preds = %263, %0
  %7 = phi i64 [ 0, %0 ], [ %269, %263 ]
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
  br i1 %32, label %263, label %13, !llvm.loop !8

33:                                               ; preds = %263
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
  %39 = getelementptr inbounds i8, ptr %2, i64 192
  br label %44

40:                                               ; preds = %238, %173
  %41 = icmp ugt i64 %45, 22
  %42 = add nuw nsw i64 %46, 1
  %43 = icmp eq i64 %61, 24
  br i1 %43, label %261, label %44, !llvm.loop !14

44:                                               ; preds = %40, %33
  %45 = phi i64 [ 0, %33 ], [ %61, %40 ]
  %46 = phi i64 [ 1, %33 ], [ %42, %40 ]
  %47 = phi i1 [ false, %33 ], [ %41, %40 ]
  %48 = mul nuw nsw i64 %45, 192
  %49 = getelementptr i8, ptr %2, i64 %48
  %50 = add nuw i64 %48, 192
  %51 = getelementptr i8, ptr %2, i64 %50
  %52 = sub nsw i64 23, %45
  %53 = mul nuw nsw i64 %45, 200
  %54 = add nuw i64 %53, 200
  %55 = mul nuw nsw i64 %45, 192
  %56 = add nuw i64 %55, 384
  %57 = add nuw i64 %53, 8
  %58 = getelementptr i8, ptr %2, i64 %57
  %59 = add nuw i64 %55, 192
  %60 = getelementptr i8, ptr %2, i64 %59
  %61 = add nuw nsw i64 %45, 1
  %62 = icmp ult i64 %45, 23
  %63 = trunc i64 %45 to i32
  br i1 %62, label %64, label %67

64:                                               ; preds = %44
  %65 = getelementptr inbounds double, ptr %2, i64 %45
  %66 = getelementptr double, ptr %2, i64 %45
  br label %75

67:                                               ; preds = %75, %44
  %68 = phi i32 [ %63, %44 ], [ %89, %75 ]
  %69 = sext i32 %68 to i64
  %70 = mul nsw i64 %69, 24
  %71 = getelementptr inbounds double, ptr %2, i64 %70
  %72 = getelementptr inbounds double, ptr %71, i64 %45
  %73 = load double, ptr %72, align 8, !tbaa !4
  %74 = fcmp une double %73, 0.000000e+00
  br i1 %74, label %92, label %261

75:                                               ; preds = %64, %75
  %76 = phi i64 [ %90, %75 ], [ %46, %64 ]
  %77 = phi i32 [ %89, %75 ], [ %63, %64 ]
  %78 = mul nuw nsw i64 %76, 24
  %79 = getelementptr inbounds double, ptr %65, i64 %78
  %80 = load double, ptr %79, align 8, !tbaa !4
  %81 = tail call double @llvm.fabs.f64(double %80)
  %82 = sext i32 %77 to i64
  %83 = mul nsw i64 %82, 24
  %84 = getelementptr double, ptr %66, i64 %83
  %85 = load double, ptr %84, align 8, !tbaa !4
  %86 = tail call double @llvm.fabs.f64(double %85)
  %87 = fcmp ogt double %81, %86
  %88 = trunc i64 %76 to i32
  %89 = select i1 %87, i32 %88, i32 %77
  %90 = add nuw nsw i64 %76, 1
  %91 = icmp eq i64 %90, 24
  br i1 %91, label %67, label %75, !llvm.loop !15

92:                                               ; preds = %67
  %93 = zext i32 %68 to i64
  %94 = icmp eq i64 %45, %93
  br i1 %94, label %173, label %95

95:                                               ; preds = %92
  %96 = mul nuw nsw i64 %45, 24
  %97 = getelementptr inbounds double, ptr %2, i64 %96
  %98 = mul nsw i64 %69, 192
  %99 = getelementptr i8, ptr %39, i64 %98
  %100 = icmp ult ptr %49, %99
  %101 = icmp ult ptr %71, %51
  %102 = and i1 %100, %101
  br i1 %102, label %155, label %103

103:                                              ; preds = %95
  %104 = load <2 x double>, ptr %97, align 16, !tbaa !4, !alias.scope !16, !noalias !19
  %105 = load <2 x double>, ptr %71, align 16, !tbaa !4, !alias.scope !19
  store <2 x double> %105, ptr %97, align 16, !tbaa !4, !alias.scope !16, !noalias !19
  store <2 x double> %104, ptr %71, align 16, !tbaa !4, !alias.scope !19
  %106 = getelementptr inbounds double, ptr %97, i64 2
  %107 = load <2 x double>, ptr %106, align 16, !tbaa !4, !alias.scope !16, !noalias !19
  %108 = getelementptr inbounds double, ptr %71, i64 2
  %109 = load <2 x double>, ptr %108, align 16, !tbaa !4, !alias.scope !19
  store <2 x double> %109, ptr %106, align 16, !tbaa !4, !alias.scope !16, !noalias !19
  store <2 x double> %107, ptr %108, align 16, !tbaa !4, !alias.scope !19
  %110 = getelementptr inbounds double, ptr %97, i64 4
  %111 = load <2 x double>, ptr %110, align 16, !tbaa !4, !alias.scope !16, !noalias !19
  %112 = getelementptr inbounds double, ptr %71, i64 4
  %113 = load <2 x double>, ptr %112, align 16, !tbaa !4, !alias.scope !19
  store <2 x double> %113, ptr %110, align 16, !tbaa !4, !alias.scope !16, !noalias !19
  store <2 x double> %111, ptr %112, align 16, !tbaa !4, !alias.scope !19
  %114 = getelementptr inbounds double, ptr %97, i64 6
  %115 = load <2 x double>, ptr %114, align 16, !tbaa !4, !alias.scope !16, !noalias !19
  %116 = getelementptr inbounds double, ptr %71, i64 6
  %117 = load <2 x double>, ptr %116, align 16, !tbaa !4, !alias.scope !19
  store <2 x double> %117, ptr %114, align 16, !tbaa !4, !alias.scope !16, !noalias !19
  store <2 x double> %115, ptr %116, align 16, !tbaa !4, !alias.scope !19
  %118 = getelementptr inbounds double, ptr %97, i64 8
  %119 = load <2 x double>, ptr %118, align 16, !tbaa !4, !alias.scope !16, !noalias !19
  %120 = getelementptr inbounds double, ptr %71, i64 8
  %121 = load <2 x double>, ptr %120, align 16, !tbaa !4, !alias.scope !19
  store <2 x double> %121, ptr %118, align 16, !tbaa !4, !alias.scope !16, !noalias !19
  store <2 x double> %119, ptr %120, align 16, !tbaa !4, !alias.scope !19
  %122 = getelementptr inbounds double, ptr %97, i64 10
  %123 = load <2 x double>, ptr %122, align 16, !tbaa !4, !alias.scope !16, !noalias !19
  %124 = getelementptr inbounds double, ptr %71, i64 10
  %125 = load <2 x double>, ptr %124, align 16, !tbaa !4, !alias.scope !19
  store <2 x double> %125, ptr %122, align 16, !tbaa !4, !alias.scope !16, !noalias !19
  store <2 x double> %123, ptr %124, align 16, !tbaa !4, !alias.scope !19
  %126 = getelementptr inbounds double, ptr %97, i64 12
  %127 = load <2 x double>, ptr %126, align 16, !tbaa !4, !alias.scope !16, !noalias !19
  %128 = getelementptr inbounds double, ptr %71, i64 12
  %129 = load <2 x double>, ptr %128, align 16, !tbaa !4, !alias.scope !19
  store <2 x double> %129, ptr %126, align 16, !tbaa !4, !alias.scope !16, !noalias !19
  store <2 x double> %127, ptr %128, align 16, !tbaa !4, !alias.scope !19
  %130 = getelementptr inbounds double, ptr %97, i64 14
  %131 = load <2 x double>, ptr %130, align 16, !tbaa !4, !alias.scope !16, !noalias !19
  %132 = getelementptr inbounds double, ptr %71, i64 14
  %133 = load <2 x double>, ptr %132, align 16, !tbaa !4, !alias.scope !19
  store <2 x double> %133, ptr %130, align 16, !tbaa !4, !alias.scope !16, !noalias !19
  store <2 x double> %131, ptr %132, align 16, !tbaa !4, !alias.scope !19
  %134 = getelementptr inbounds double, ptr %97, i64 16
  %135 = load <2 x double>, ptr %134, align 16, !tbaa !4, !alias.scope !16, !noalias !19
  %136 = getelementptr inbounds double, ptr %71, i64 16
  %137 = load <2 x double>, ptr %136, align 16, !tbaa !4, !alias.scope !19
  store <2 x double> %137, ptr %134, align 16, !tbaa !4, !alias.scope !16, !noalias !19
  store <2 x double> %135, ptr %136, align 16, !tbaa !4, !alias.scope !19
  %138 = getelementptr inbounds double, ptr %97, i64 18
  %139 = load <2 x double>, ptr %138, align 16, !tbaa !4, !alias.scope !16, !noalias !19
  %140 = getelementptr inbounds double, ptr %71, i64 18
  %141 = load <2 x double>, ptr %140, align 16, !tbaa !4, !alias.scope !19
  store <2 x double> %141, ptr %138, align 16, !tbaa !4, !alias.scope !16, !noalias !19
  store <2 x double> %139, ptr %140, align 16, !tbaa !4, !alias.scope !19
  %142 = getelementptr inbounds double, ptr %97, i64 20
  %143 = load <2 x double>, ptr %142, align 16, !tbaa !4, !alias.scope !16, !noalias !19
  %144 = getelementptr inbounds double, ptr %71, i64 20
  %145 = load <2 x double>, ptr %144, align 16, !tbaa !4, !alias.scope !19
  store <2 x double> %145, ptr %142, align 16, !tbaa !4, !alias.scope !16, !noalias !19
  store <2 x double> %143, ptr %144, align 16, !tbaa !4, !alias.scope !19
  %146 = getelementptr inbounds double, ptr %97, i64 22
  %147 = load <2 x double>, ptr %146, align 16, !tbaa !4, !alias.scope !16, !noalias !19
  %148 = getelementptr inbounds double, ptr %71, i64 22
  %149 = load <2 x double>, ptr %148, align 16, !tbaa !4, !alias.scope !19
  store <2 x double> %149, ptr %146, align 16, !tbaa !4, !alias.scope !16, !noalias !19
  store <2 x double> %147, ptr %148, align 16, !tbaa !4, !alias.scope !19
  br label %150

150:                                              ; preds = %155, %103
  %151 = getelementptr inbounds i32, ptr %5, i64 %45
  %152 = load i32, ptr %151, align 4, !tbaa !12
  %153 = getelementptr inbounds i32, ptr %5, i64 %69
  %154 = load i32, ptr %153, align 4, !tbaa !12
  store i32 %154, ptr %151, align 4, !tbaa !12
  store i32 %152, ptr %153, align 4, !tbaa !12
  br label %173

155:                                              ; preds = %95, %155
  %156 = phi i64 [ %171, %155 ], [ 0, %95 ]
  %157 = getelementptr inbounds double, ptr %97, i64 %156
  %158 = load double, ptr %157, align 8, !tbaa !4
  %159 = getelementptr inbounds double, ptr %71, i64 %156
  %160 = load double, ptr %159, align 8, !tbaa !4
  store double %160, ptr %157, align 8, !tbaa !4
  store double %158, ptr %159, align 8, !tbaa !4
  %161 = add nuw nsw i64 %156, 1
  %162 = getelementptr inbounds double, ptr %97, i64 %161
  %163 = load double, ptr %162, align 8, !tbaa !4
  %164 = getelementptr inbounds double, ptr %71, i64 %161
  %165 = load double, ptr %164, align 8, !tbaa !4
  store double %165, ptr %162, align 8, !tbaa !4
  store double %163, ptr %164, align 8, !tbaa !4
  %166 = add nuw nsw i64 %156, 2
  %167 = getelementptr inbounds double, ptr %97, i64 %166
  %168 = load double, ptr %167, align 8, !tbaa !4
  %169 = getelementptr inbounds double, ptr %71, i64 %166
  %170 = load double, ptr %169, align 8, !tbaa !4
  store double %170, ptr %167, align 8, !tbaa !4
  store double %168, ptr %169, align 8, !tbaa !4
  %171 = add nuw nsw i64 %156, 3
  %172 = icmp eq i64 %171, 24
  br i1 %172, label %150, label %155, !llvm.loop !21

173:                                              ; preds = %150, %92
  br i1 %62, label %174, label %40

174:                                              ; preds = %173
  %175 = mul nuw nsw i64 %45, 24
  %176 = getelementptr inbounds double, ptr %2, i64 %175
  %177 = getelementptr inbounds double, ptr %176, i64 %45
  %178 = icmp ult i64 %52, 4
  %179 = and i64 %52, -4
  %180 = add i64 %46, %179
  %181 = icmp eq i64 %52, %179
  br label %182

182:                                              ; preds = %238, %174
  %183 = phi i64 [ %241, %238 ], [ 0, %174 ]
  %184 = phi i64 [ %239, %238 ], [ %46, %174 ]
  %185 = load double, ptr %177, align 8, !tbaa !4
  %186 = mul nuw nsw i64 %184, 24
  %187 = getelementptr inbounds double, ptr %2, i64 %186
  %188 = getelementptr inbounds double, ptr %187, i64 %45
  %189 = load double, ptr %188, align 8, !tbaa !4
  %190 = fdiv double %189, %185
  store double %190, ptr %188, align 8, !tbaa !4
  br i1 %178, label %222, label %191

191:                                              ; preds = %182
  %192 = mul i64 %183, 192
  %193 = add i64 %56, %192
  %194 = getelementptr i8, ptr %2, i64 %193
  %195 = add i64 %54, %192
  %196 = getelementptr i8, ptr %2, i64 %195
  %197 = icmp ult ptr %196, %60
  %198 = icmp ult ptr %58, %194
  %199 = and i1 %197, %198
  br i1 %199, label %222, label %200

200:                                              ; preds = %191
  %201 = load double, ptr %188, align 8, !tbaa !4, !alias.scope !22
  %202 = insertelement <2 x double> poison, double %201, i64 0
  %203 = shufflevector <2 x double> %202, <2 x double> poison, <2 x i32> zeroinitializer
  %204 = fneg <2 x double> %203
  %205 = fneg <2 x double> %203
  br label %206

206:                                              ; preds = %206, %200
  %207 = phi i64 [ 0, %200 ], [ %219, %206 ]
  %208 = add i64 %46, %207
  %209 = getelementptr inbounds double, ptr %176, i64 %208
  %210 = load <2 x double>, ptr %209, align 8, !tbaa !4, !alias.scope !25
  %211 = getelementptr inbounds double, ptr %209, i64 2
  %212 = load <2 x double>, ptr %211, align 8, !tbaa !4, !alias.scope !25
  %213 = getelementptr inbounds double, ptr %187, i64 %208
  %214 = load <2 x double>, ptr %213, align 8, !tbaa !4, !alias.scope !27, !noalias !29
  %215 = getelementptr inbounds double, ptr %213, i64 2
  %216 = load <2 x double>, ptr %215, align 8, !tbaa !4, !alias.scope !27, !noalias !29
  %217 = call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %204, <2 x double> %210, <2 x double> %214)
  %218 = call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %205, <2 x double> %212, <2 x double> %216)
  store <2 x double> %217, ptr %213, align 8, !tbaa !4, !alias.scope !27, !noalias !29
  store <2 x double> %218, ptr %215, align 8, !tbaa !4, !alias.scope !27, !noalias !29
  %219 = add nuw i64 %207, 4
  %220 = icmp eq i64 %219, %179
  br i1 %220, label %221, label %206, !llvm.loop !30

221:                                              ; preds = %206
  br i1 %181, label %238, label %222

222:                                              ; preds = %191, %182, %221
  %223 = phi i64 [ %46, %191 ], [ %46, %182 ], [ %180, %221 ]
  %224 = and i64 %223, 1
  %225 = icmp eq i64 %224, 0
  br i1 %225, label %235, label %226

226:                                              ; preds = %222
  %227 = load double, ptr %188, align 8, !tbaa !4
  %228 = getelementptr inbounds double, ptr %176, i64 %223
  %229 = load double, ptr %228, align 8, !tbaa !4
  %230 = getelementptr inbounds double, ptr %187, i64 %223
  %231 = load double, ptr %230, align 8, !tbaa !4
  %232 = fneg double %227
  %233 = tail call double @llvm.fmuladd.f64(double %232, double %229, double %231)
  store double %233, ptr %230, align 8, !tbaa !4
  %234 = add nuw nsw i64 %223, 1
  br label %235

235:                                              ; preds = %226, %222
  %236 = phi i64 [ %223, %222 ], [ %234, %226 ]
  %237 = icmp eq i64 %223, 23
  br i1 %237, label %238, label %242

238:                                              ; preds = %235, %242, %221
  %239 = add nuw nsw i64 %184, 1
  %240 = icmp eq i64 %239, 24
  %241 = add i64 %183, 1
  br i1 %240, label %40, label %182, !llvm.loop !31

242:                                              ; preds = %235, %242
  %243 = phi i64 [ %259, %242 ], [ %236, %235 ]
  %244 = load double, ptr %188, align 8, !tbaa !4
  %245 = getelementptr inbounds double, ptr %176, i64 %243
  %246 = load double, ptr %245, align 8, !tbaa !4
  %247 = getelementptr inbounds double, ptr %187, i64 %243
  %248 = load double, ptr %247, align 8, !tbaa !4
  %249 = fneg double %244
  %250 = tail call double @llvm.fmuladd.f64(double %249, double %246, double %248)
  store double %250, ptr %247, align 8, !tbaa !4
  %251 = add nuw nsw i64 %243, 1
  %252 = load double, ptr %188, align 8, !tbaa !4
  %253 = getelementptr inbounds double, ptr %176, i64 %251
  %254 = load double, ptr %253, align 8, !tbaa !4
  %255 = getelementptr inbounds double, ptr %187, i64 %251
  %256 = load double, ptr %255, align 8, !tbaa !4
  %257 = fneg double %252
  %258 = tail call double @llvm.fmuladd.f64(double %257, double %254, double %256)
  store double %258, ptr %255, align 8, !tbaa !4
  %259 = add nuw nsw i64 %243, 2
  %260 = icmp eq i64 %259, 24
  br i1 %260, label %238, label %242, !llvm.loop !32

261:                                              ; preds = %40, %67
  %262 = phi i1 [ %47, %67 ], [ %41, %40 ]
  br i1 %262, label %271, label %549

263:                                              ; preds = %13
  %264 = trunc i64 %7 to i32
  %265 = and i32 %264, 3
  %266 = sitofp i32 %265 to double
  %267 = fadd double %266, -1.500000e+00
  %268 = getelementptr inbounds [24 x double], ptr %3, i64 0, i64 %7
  store double %267, ptr %268, align 8, !tbaa !4
  %269 = add nuw nsw i64 %7, 1
  %270 = icmp eq i64 %269, 24
  br i1 %270, label %33, label %6, !llvm.loop !33

271:                                              ; preds = %261, %304
  %272 = phi i64 [ %307, %304 ], [ 0, %261 ]
  %273 = getelementptr inbounds i32, ptr %5, i64 %272
  %274 = load i32, ptr %273, align 4, !tbaa !12
  %275 = sext i32 %274 to i64
  %276 = getelementptr inbounds double, ptr %3, i64 %275
  %277 = load double, ptr %276, align 8, !tbaa !4
  %278 = icmp eq i64 %272, 0
  br i1 %278, label %304, label %279

279:                                              ; preds = %271
  %280 = mul nuw nsw i64 %272, 24
  %281 = getelementptr inbounds double, ptr %2, i64 %280
  %282 = and i64 %272, 3
  %283 = icmp ult i64 %272, 4
  br i1 %283, label %286, label %284

284:                                              ; preds = %279
  %285 = and i64 %272, 9223372036854775804
  br label %309

286:                                              ; preds = %309, %279
  %287 = phi double [ undef, %279 ], [ %339, %309 ]
  %288 = phi i64 [ 0, %279 ], [ %340, %309 ]
  %289 = phi double [ %277, %279 ], [ %339, %309 ]
  %290 = icmp eq i64 %282, 0
  br i1 %290, label %304, label %291

291:                                              ; preds = %286, %291
  %292 = phi i64 [ %301, %291 ], [ %288, %286 ]
  %293 = phi double [ %300, %291 ], [ %289, %286 ]
  %294 = phi i64 [ %302, %291 ], [ 0, %286 ]
  %295 = getelementptr inbounds double, ptr %281, i64 %292
  %296 = load double, ptr %295, align 8, !tbaa !4
  %297 = getelementptr inbounds double, ptr %4, i64 %292
  %298 = load double, ptr %297, align 8, !tbaa !4
  %299 = fneg double %296
  %300 = tail call double @llvm.fmuladd.f64(double %299, double %298, double %293)
  %301 = add nuw nsw i64 %292, 1
  %302 = add i64 %294, 1
  %303 = icmp eq i64 %302, %282
  br i1 %303, label %304, label %291, !llvm.loop !34

304:                                              ; preds = %286, %291, %271
  %305 = phi double [ %277, %271 ], [ %287, %286 ], [ %300, %291 ]
  %306 = getelementptr inbounds double, ptr %4, i64 %272
  store double %305, ptr %306, align 8, !tbaa !4
  %307 = add nuw nsw i64 %272, 1
  %308 = icmp eq i64 %307, 24
  br i1 %308, label %343, label %271, !llvm.loop !36

309:                                              ; preds = %309, %284
  %310 = phi i64 [ 0, %284 ], [ %340, %309 ]
  %311 = phi double [ %277, %284 ], [ %339, %309 ]
  %312 = phi i64 [ 0, %284 ], [ %341, %309 ]
  %313 = getelementptr inbounds double, ptr %281, i64 %310
  %314 = load double, ptr %313, align 16, !tbaa !4
  %315 = getelementptr inbounds double, ptr %4, i64 %310
  %316 = load double, ptr %315, align 16, !tbaa !4
  %317 = fneg double %314
  %318 = tail call double @llvm.fmuladd.f64(double %317, double %316, double %311)
  %319 = or i64 %310, 1
  %320 = getelementptr inbounds double, ptr %281, i64 %319
  %321 = load double, ptr %320, align 8, !tbaa !4
  %322 = getelementptr inbounds double, ptr %4, i64 %319
  %323 = load double, ptr %322, align 8, !tbaa !4
  %324 = fneg double %321
  %325 = tail call double @llvm.fmuladd.f64(double %324, double %323, double %318)
  %326 = or i64 %310, 2
  %327 = getelementptr inbounds double, ptr %281, i64 %326
  %328 = load double, ptr %327, align 16, !tbaa !4
  %329 = getelementptr inbounds double, ptr %4, i64 %326
  %330 = load double, ptr %329, align 16, !tbaa !4
  %331 = fneg double %328
  %332 = tail call double @llvm.fmuladd.f64(double %331, double %330, double %325)
  %333 = or i64 %310, 3
  %334 = getelementptr inbounds double, ptr %281, i64 %333
  %335 = load double, ptr %334, align 8, !tbaa !4
  %336 = getelementptr inbounds double, ptr %4, i64 %333
  %337 = load double, ptr %336, align 8, !tbaa !4
  %338 = fneg double %335
  %339 = tail call double @llvm.fmuladd.f64(double %338, double %337, double %332)
  %340 = add nuw nsw i64 %310, 4
  %341 = add i64 %312, 4
  %342 = icmp eq i64 %341, %285
  br i1 %342, label %286, label %309, !llvm.loop !37

343:                                              ; preds = %304, %373
  %344 = phi i64 [ %381, %373 ], [ 0, %304 ]
  %345 = phi i64 [ %379, %373 ], [ 23, %304 ]
  %346 = add i64 %344, -1
  %347 = getelementptr inbounds double, ptr %4, i64 %345
  %348 = load double, ptr %347, align 8, !tbaa !4
  %349 = icmp ult i64 %345, 23
  %350 = mul nuw nsw i64 %345, 24
  br i1 %349, label %351, label %373

351:                                              ; preds = %343
  %352 = getelementptr inbounds double, ptr %2, i64 %350
  %353 = and i64 %344, 3
  %354 = icmp eq i64 %353, 0
  br i1 %354, label %368, label %355

355:                                              ; preds = %351, %355
  %356 = phi i64 [ %359, %355 ], [ %345, %351 ]
  %357 = phi double [ %365, %355 ], [ %348, %351 ]
  %358 = phi i64 [ %366, %355 ], [ 0, %351 ]
  %359 = add nuw nsw i64 %356, 1
  %360 = getelementptr inbounds double, ptr %352, i64 %359
  %361 = load double, ptr %360, align 8, !tbaa !4
  %362 = getelementptr inbounds double, ptr %4, i64 %359
  %363 = load double, ptr %362, align 8, !tbaa !4
  %364 = fneg double %361
  %365 = tail call double @llvm.fmuladd.f64(double %364, double %363, double %357)
  %366 = add i64 %358, 1
  %367 = icmp eq i64 %366, %353
  br i1 %367, label %368, label %355, !llvm.loop !38

368:                                              ; preds = %355, %351
  %369 = phi double [ undef, %351 ], [ %365, %355 ]
  %370 = phi i64 [ %345, %351 ], [ %359, %355 ]
  %371 = phi double [ %348, %351 ], [ %365, %355 ]
  %372 = icmp ult i64 %346, 3
  br i1 %372, label %373, label %430

373:                                              ; preds = %368, %430, %343
  %374 = phi double [ %348, %343 ], [ %369, %368 ], [ %460, %430 ]
  %375 = getelementptr inbounds double, ptr %2, i64 %350
  %376 = getelementptr inbounds double, ptr %375, i64 %345
  %377 = load double, ptr %376, align 8, !tbaa !4
  %378 = fdiv double %374, %377
  store double %378, ptr %347, align 8, !tbaa !4
  %379 = add nsw i64 %345, -1
  %380 = icmp eq i64 %345, 0
  %381 = add i64 %344, 1
  br i1 %380, label %382, label %343, !llvm.loop !39

382:                                              ; preds = %373
  %383 = getelementptr inbounds [24 x double], ptr %4, i64 0, i64 6
  %384 = load double, ptr %383, align 16, !tbaa !4
  %385 = getelementptr inbounds [24 x double], ptr %4, i64 0, i64 7
  %386 = load double, ptr %385, align 8, !tbaa !4
  %387 = getelementptr inbounds [24 x double], ptr %4, i64 0, i64 8
  %388 = load double, ptr %387, align 16, !tbaa !4
  %389 = getelementptr inbounds [24 x double], ptr %4, i64 0, i64 9
  %390 = load double, ptr %389, align 8, !tbaa !4
  %391 = getelementptr inbounds [24 x double], ptr %4, i64 0, i64 10
  %392 = load double, ptr %391, align 16, !tbaa !4
  %393 = getelementptr inbounds [24 x double], ptr %4, i64 0, i64 11
  %394 = load double, ptr %393, align 8, !tbaa !4
  %395 = getelementptr inbounds [24 x double], ptr %4, i64 0, i64 12
  %396 = load double, ptr %395, align 16, !tbaa !4
  %397 = getelementptr inbounds [24 x double], ptr %4, i64 0, i64 13
  %398 = load double, ptr %397, align 8, !tbaa !4
  %399 = getelementptr inbounds [24 x double], ptr %4, i64 0, i64 14
  %400 = load double, ptr %399, align 16, !tbaa !4
  %401 = getelementptr inbounds [24 x double], ptr %4, i64 0, i64 15
  %402 = load double, ptr %401, align 8, !tbaa !4
  %403 = getelementptr inbounds [24 x double], ptr %4, i64 0, i64 16
  %404 = load double, ptr %403, align 16, !tbaa !4
  %405 = getelementptr inbounds [24 x double], ptr %4, i64 0, i64 17
  %406 = load double, ptr %405, align 8, !tbaa !4
  %407 = getelementptr inbounds [24 x double], ptr %4, i64 0, i64 18
  %408 = load double, ptr %407, align 16, !tbaa !4
  %409 = getelementptr inbounds [24 x double], ptr %4, i64 0, i64 19
  %410 = load double, ptr %409, align 8, !tbaa !4
  %411 = getelementptr inbounds [24 x double], ptr %4, i64 0, i64 20
  %412 = load double, ptr %411, align 16, !tbaa !4
  %413 = getelementptr inbounds [24 x double], ptr %4, i64 0, i64 21
  %414 = load double, ptr %413, align 8, !tbaa !4
  %415 = getelementptr inbounds [24 x double], ptr %4, i64 0, i64 22
  %416 = load double, ptr %415, align 16, !tbaa !4
  %417 = load double, ptr %4, align 16, !tbaa !4
  %418 = getelementptr inbounds [24 x double], ptr %4, i64 0, i64 1
  %419 = load double, ptr %418, align 8, !tbaa !4
  %420 = getelementptr inbounds [24 x double], ptr %4, i64 0, i64 2
  %421 = load double, ptr %420, align 16, !tbaa !4
  %422 = getelementptr inbounds [24 x double], ptr %4, i64 0, i64 3
  %423 = load double, ptr %422, align 8, !tbaa !4
  %424 = getelementptr inbounds [24 x double], ptr %4, i64 0, i64 4
  %425 = load double, ptr %424, align 16, !tbaa !4
  %426 = getelementptr inbounds [24 x double], ptr %4, i64 0, i64 5
  %427 = load double, ptr %426, align 8, !tbaa !4
  %428 = getelementptr inbounds [24 x double], ptr %4, i64 0, i64 23
  %429 = load double, ptr %428, align 8, !tbaa !4
  br label %462

430:                                              ; preds = %368, %430
  %431 = phi i64 [ %454, %430 ], [ %370, %368 ]
  %432 = phi double [ %460, %430 ], [ %371, %368 ]
  %433 = add nuw nsw i64 %431, 1
  %434 = getelementptr inbounds double, ptr %352, i64 %433
  %435 = load double, ptr %434, align 8, !tbaa !4
  %436 = getelementptr inbounds double, ptr %4, i64 %433
  %437 = load double, ptr %436, align 8, !tbaa !4
  %438 = fneg double %435
  %439 = tail call double @llvm.fmuladd.f64(double %438, double %437, double %432)
  %440 = add nuw nsw i64 %431, 2
  %441 = getelementptr inbounds double, ptr %352, i64 %440
  %442 = load double, ptr %441, align 8, !tbaa !4
  %443 = getelementptr inbounds double, ptr %4, i64 %440
  %444 = load double, ptr %443, align 8, !tbaa !4
  %445 = fneg double %442
  %446 = tail call double @llvm.fmuladd.f64(double %445, double %444, double %439)
  %447 = add nuw nsw i64 %431, 3
  %448 = getelementptr inbounds double, ptr %352, i64 %447
  %449 = load double, ptr %448, align 8, !tbaa !4
  %450 = getelementptr inbounds double, ptr %4, i64 %447
  %451 = load double, ptr %450, align 8, !tbaa !4
  %452 = fneg double %449
  %453 = tail call double @llvm.fmuladd.f64(double %452, double %451, double %446)
  %454 = add nuw nsw i64 %431, 4
  %455 = getelementptr inbounds double, ptr %352, i64 %454
  %456 = load double, ptr %455, align 8, !tbaa !4
  %457 = getelementptr inbounds double, ptr %4, i64 %454
  %458 = load double, ptr %457, align 8, !tbaa !4
  %459 = fneg double %456
  %460 = tail call double @llvm.fmuladd.f64(double %459, double %458, double %453)
  %461 = icmp eq i64 %454, 23
  br i1 %461, label %373, label %430, !llvm.loop !40

462:                                              ; preds = %382, %462
  %463 = phi i64 [ 0, %382 ], [ %542, %462 ]
  %464 = phi double [ 0.000000e+00, %382 ], [ %541, %462 ]
  %465 = getelementptr inbounds [24 x [24 x double]], ptr %1, i64 0, i64 %463, i64 0
  %466 = load double, ptr %465, align 16, !tbaa !4
  %467 = tail call double @llvm.fmuladd.f64(double %466, double %417, double 0.000000e+00)
  %468 = getelementptr inbounds [24 x [24 x double]], ptr %1, i64 0, i64 %463, i64 1
  %469 = load double, ptr %468, align 8, !tbaa !4
  %470 = tail call double @llvm.fmuladd.f64(double %469, double %419, double %467)
  %471 = getelementptr inbounds [24 x [24 x double]], ptr %1, i64 0, i64 %463, i64 2
  %472 = load double, ptr %471, align 16, !tbaa !4
  %473 = tail call double @llvm.fmuladd.f64(double %472, double %421, double %470)
  %474 = getelementptr inbounds [24 x [24 x double]], ptr %1, i64 0, i64 %463, i64 3
  %475 = load double, ptr %474, align 8, !tbaa !4
  %476 = tail call double @llvm.fmuladd.f64(double %475, double %423, double %473)
  %477 = getelementptr inbounds [24 x [24 x double]], ptr %1, i64 0, i64 %463, i64 4
  %478 = load double, ptr %477, align 16, !tbaa !4
  %479 = tail call double @llvm.fmuladd.f64(double %478, double %425, double %476)
  %480 = getelementptr inbounds [24 x [24 x double]], ptr %1, i64 0, i64 %463, i64 5
  %481 = load double, ptr %480, align 8, !tbaa !4
  %482 = tail call double @llvm.fmuladd.f64(double %481, double %427, double %479)
  %483 = getelementptr inbounds [24 x [24 x double]], ptr %1, i64 0, i64 %463, i64 6
  %484 = load double, ptr %483, align 16, !tbaa !4
  %485 = tail call double @llvm.fmuladd.f64(double %484, double %384, double %482)
  %486 = getelementptr inbounds [24 x [24 x double]], ptr %1, i64 0, i64 %463, i64 7
  %487 = load double, ptr %486, align 8, !tbaa !4
  %488 = tail call double @llvm.fmuladd.f64(double %487, double %386, double %485)
  %489 = getelementptr inbounds [24 x [24 x double]], ptr %1, i64 0, i64 %463, i64 8
  %490 = load double, ptr %489, align 16, !tbaa !4
  %491 = tail call double @llvm.fmuladd.f64(double %490, double %388, double %488)
  %492 = getelementptr inbounds [24 x [24 x double]], ptr %1, i64 0, i64 %463, i64 9
  %493 = load double, ptr %492, align 8, !tbaa !4
  %494 = tail call double @llvm.fmuladd.f64(double %493, double %390, double %491)
  %495 = getelementptr inbounds [24 x [24 x double]], ptr %1, i64 0, i64 %463, i64 10
  %496 = load double, ptr %495, align 16, !tbaa !4
  %497 = tail call double @llvm.fmuladd.f64(double %496, double %392, double %494)
  %498 = getelementptr inbounds [24 x [24 x double]], ptr %1, i64 0, i64 %463, i64 11
  %499 = load double, ptr %498, align 8, !tbaa !4
  %500 = tail call double @llvm.fmuladd.f64(double %499, double %394, double %497)
  %501 = getelementptr inbounds [24 x [24 x double]], ptr %1, i64 0, i64 %463, i64 12
  %502 = load double, ptr %501, align 16, !tbaa !4
  %503 = tail call double @llvm.fmuladd.f64(double %502, double %396, double %500)
  %504 = getelementptr inbounds [24 x [24 x double]], ptr %1, i64 0, i64 %463, i64 13
  %505 = load double, ptr %504, align 8, !tbaa !4
  %506 = tail call double @llvm.fmuladd.f64(double %505, double %398, double %503)
  %507 = getelementptr inbounds [24 x [24 x double]], ptr %1, i64 0, i64 %463, i64 14
  %508 = load double, ptr %507, align 16, !tbaa !4
  %509 = tail call double @llvm.fmuladd.f64(double %508, double %400, double %506)
  %510 = getelementptr inbounds [24 x [24 x double]], ptr %1, i64 0, i64 %463, i64 15
  %511 = load double, ptr %510, align 8, !tbaa !4
  %512 = tail call double @llvm.fmuladd.f64(double %511, double %402, double %509)
  %513 = getelementptr inbounds [24 x [24 x double]], ptr %1, i64 0, i64 %463, i64 16
  %514 = load double, ptr %513, align 16, !tbaa !4
  %515 = tail call double @llvm.fmuladd.f64(double %514, double %404, double %512)
  %516 = getelementptr inbounds [24 x [24 x double]], ptr %1, i64 0, i64 %463, i64 17
  %517 = load double, ptr %516, align 8, !tbaa !4
  %518 = tail call double @llvm.fmuladd.f64(double %517, double %406, double %515)
  %519 = getelementptr inbounds [24 x [24 x double]], ptr %1, i64 0, i64 %463, i64 18
  %520 = load double, ptr %519, align 16, !tbaa !4
  %521 = tail call double @llvm.fmuladd.f64(double %520, double %408, double %518)
  %522 = getelementptr inbounds [24 x [24 x double]], ptr %1, i64 0, i64 %463, i64 19
  %523 = load double, ptr %522, align 8, !tbaa !4
  %524 = tail call double @llvm.fmuladd.f64(double %523, double %410, double %521)
  %525 = getelementptr inbounds [24 x [24 x double]], ptr %1, i64 0, i64 %463, i64 20
  %526 = load double, ptr %525, align 16, !tbaa !4
  %527 = tail call double @llvm.fmuladd.f64(double %526, double %412, double %524)
  %528 = getelementptr inbounds [24 x [24 x double]], ptr %1, i64 0, i64 %463, i64 21
  %529 = load double, ptr %528, align 8, !tbaa !4
  %530 = tail call double @llvm.fmuladd.f64(double %529, double %414, double %527)
  %531 = getelementptr inbounds [24 x [24 x double]], ptr %1, i64 0, i64 %463, i64 22
  %532 = load double, ptr %531, align 16, !tbaa !4
  %533 = tail call double @llvm.fmuladd.f64(double %532, double %416, double %530)
  %534 = getelementptr inbounds [24 x [24 x double]], ptr %1, i64 0, i64 %463, i64 23
  %535 = load double, ptr %534, align 8, !tbaa !4
  %536 = tail call double @llvm.fmuladd.f64(double %535, double %429, double %533)
  %537 = getelementptr inbounds [24 x double], ptr %3, i64 0, i64 %463
  %538 = load double, ptr %537, align 8, !tbaa !4
  %539 = fsub double %536, %538
  %540 = tail call double @llvm.fabs.f64(double %539)
  %541 = tail call double @llvm.maxnum.f64(double %464, double %540)
  %542 = add nuw nsw i64 %463, 1
  %543 = icmp eq i64 %542, 24
  br i1 %543, label %544, label %462, !llvm.loop !41

544:                                              ; preds = %462
  %545 = load double, ptr %4, align 16, !tbaa !4
  %546 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 24, double noundef %545, double noundef %541)
  %547 = fcmp uge double %541, 1.000000e-09
  %548 = zext i1 %547 to i32
  br label %549

549:                                              ; preds = %261, %544
  %550 = phi i32 [ %548, %544 ], [ 1, %261 ]
  call void @llvm.lifetime.end.p0(i64 96, ptr nonnull %5) #5
  call void @llvm.lifetime.end.p0(i64 192, ptr nonnull %4) #5
  call void @llvm.lifetime.end.p0(i64 192, ptr nonnull %3) #5
  call void @llvm.lifetime.end.p0(i64 4608, ptr nonnull %2) #5
  call void @llvm.lifetime.end.p0(i64 4608, ptr nonnull %1) #5
  ret i32 %550
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
!21 = distinct !{!21, !9, !10}
!22 = !{!23}
!23 = distinct !{!23, !24}
!24 = distinct !{!24, !"LVerDomain"}
!25 = !{!26}
!26 = distinct !{!26, !24}
!27 = !{!28}
!28 = distinct !{!28, !24}
!29 = !{!23, !26}
!30 = distinct !{!30, !9, !10, !11}
!31 = distinct !{!31, !9}
!32 = distinct !{!32, !9, !10}
!33 = distinct !{!33, !9}
!34 = distinct !{!34, !35}
!35 = !{!"llvm.loop.unroll.disable"}
!36 = distinct !{!36, !9}
!37 = distinct !{!37, !9}
!38 = distinct !{!38, !35}
!39 = distinct !{!39, !9}
!40 = distinct !{!40, !9}
!41 = distinct !{!41, !9}
