; ModuleID = 'c/qsort_callback.c'
source_filename = "c/qsort_callback.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.city = type { ptr, i32, double }

@.str = private unnamed_addr constant [5 x i8] c"Lyon\00", align 1
@.str.1 = private unnamed_addr constant [7 x i8] c"Berlin\00", align 1
@.str.2 = private unnamed_addr constant [5 x i8] c"Oslo\00", align 1
@.str.3 = private unnamed_addr constant [6 x i8] c"Porto\00", align 1
@.str.4 = private unnamed_addr constant [7 x i8] c"Vienna\00", align 1
@.str.5 = private unnamed_addr constant [7 x i8] c"Madrid\00", align 1
@.str.6 = private unnamed_addr constant [5 x i8] c"Bern\00", align 1
@.str.7 = private unnamed_addr constant [5 x i8] c"Riga\00", align 1
@__const.main.cities = private unnamed_addr constant [8 x %struct.city] [%struct.city { ptr @.str, i32 522, double 4.790000e+01 }, %struct.city { ptr @.str.1, i32 3645, double 8.917000e+02 }, %struct.city { ptr @.str.2, i32 709, double 4.540000e+02 }, %struct.city { ptr @.str.3, i32 232, double 4.140000e+01 }, %struct.city { ptr @.str.4, i32 1931, double 4.146000e+02 }, %struct.city { ptr @.str.5, i32 3305, double 6.043000e+02 }, %struct.city { ptr @.str.6, i32 134, double 5.160000e+01 }, %struct.city { ptr @.str.7, i32 605, double 3.040000e+02 }], align 16
@.str.8 = private unnamed_addr constant [11 x i8] c"population\00", align 1
@.str.9 = private unnamed_addr constant [8 x i8] c"density\00", align 1
@.str.10 = private unnamed_addr constant [5 x i8] c"name\00", align 1
@.str.11 = private unnamed_addr constant [42 x i8] c"qsort_callback by %-10s first=%s last=%s\0A\00", align 1
@.str.12 = private unnamed_addr constant [44 x i8] c"qsort_callback bsearch Oslo -> %d thousand\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  %1 = alloca [8 x %struct.city], align 16
  call void @llvm.lifetime.start.p0(i64 192, ptr nonnull %1) #8
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(192) %1, ptr noundef nonnull align 16 dereferenceable(192) @__const.main.cities, i64 192, i1 false)
  %2 = getelementptr inbounds %struct.city, ptr %1, i64 1
  %3 = getelementptr inbounds %struct.city, ptr %1, i64 2
  %4 = getelementptr inbounds %struct.city, ptr %1, i64 3
  %5 = getelementptr inbounds %struct.city, ptr %1, i64 4
  %6 = getelementptr inbounds %struct.city, ptr %1, i64 5
  %7 = getelementptr inbounds %struct.city, ptr %1, i64 6
  %8 = getelementptr inbounds %struct.city, ptr %1, i64 7
  call void @qsort(ptr noundef nonnull %1, i64 noundef 8, i64 noundef 24, ptr noundef nonnull @by_population_desc) #8
  %9 = getelementptr inbounds %struct.city, ptr %1, i64 0, i32 1
  %10 = load i32, ptr %9, align 8, !tbaa !4
  %11 = getelementptr inbounds %struct.city, ptr %1, i64 1, i32 1
  %12 = load i32, ptr %11, align 16, !tbaa !4
  %13 = icmp sgt i32 %12, %10
  %14 = zext i1 %13 to i32
  %15 = icmp slt i32 %12, %10
  %16 = sext i1 %15 to i32
  %17 = add nsw i32 %16, %14
  %18 = icmp sgt i32 %17, 0
  br i1 %18, label %94, label %39

19:                                               ; preds = %239, %33
  %20 = phi i64 [ %35, %33 ], [ 0, %239 ]
  %21 = phi i64 [ %34, %33 ], [ 8, %239 ]
  %22 = add i64 %21, %20
  %23 = lshr i64 %22, 1
  %24 = mul i64 %23, 24
  %25 = getelementptr inbounds i8, ptr %1, i64 %24
  %26 = load ptr, ptr %25, align 8, !tbaa !11
  %27 = call i32 @strcmp(ptr noundef nonnull dereferenceable(5) @.str.2, ptr noundef nonnull dereferenceable(1) %26) #9
  %28 = icmp slt i32 %27, 0
  br i1 %28, label %33, label %29

29:                                               ; preds = %19
  %30 = icmp eq i32 %27, 0
  br i1 %30, label %244, label %31

31:                                               ; preds = %29
  %32 = add nuw i64 %23, 1
  br label %33

33:                                               ; preds = %31, %19
  %34 = phi i64 [ %21, %31 ], [ %23, %19 ]
  %35 = phi i64 [ %32, %31 ], [ %20, %19 ]
  %36 = icmp ult i64 %35, %34
  br i1 %36, label %19, label %37, !llvm.loop !12

37:                                               ; preds = %33
  %38 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i32 noundef -1)
  br label %254

39:                                               ; preds = %0
  %40 = getelementptr inbounds %struct.city, ptr %1, i64 2, i32 1
  %41 = load i32, ptr %40, align 8, !tbaa !4
  %42 = icmp sgt i32 %41, %12
  %43 = zext i1 %42 to i32
  %44 = icmp slt i32 %41, %12
  %45 = sext i1 %44 to i32
  %46 = add nsw i32 %45, %43
  %47 = icmp sgt i32 %46, 0
  br i1 %47, label %94, label %48

48:                                               ; preds = %39
  %49 = getelementptr inbounds %struct.city, ptr %1, i64 3, i32 1
  %50 = load i32, ptr %49, align 16, !tbaa !4
  %51 = icmp sgt i32 %50, %41
  %52 = zext i1 %51 to i32
  %53 = icmp slt i32 %50, %41
  %54 = sext i1 %53 to i32
  %55 = add nsw i32 %54, %52
  %56 = icmp sgt i32 %55, 0
  br i1 %56, label %94, label %57

57:                                               ; preds = %48
  %58 = getelementptr inbounds %struct.city, ptr %1, i64 4, i32 1
  %59 = load i32, ptr %58, align 8, !tbaa !4
  %60 = icmp sgt i32 %59, %50
  %61 = zext i1 %60 to i32
  %62 = icmp slt i32 %59, %50
  %63 = sext i1 %62 to i32
  %64 = add nsw i32 %63, %61
  %65 = icmp sgt i32 %64, 0
  br i1 %65, label %94, label %66

66:                                               ; preds = %57
  %67 = getelementptr inbounds %struct.city, ptr %1, i64 5, i32 1
  %68 = load i32, ptr %67, align 16, !tbaa !4
  %69 = icmp sgt i32 %68, %59
  %70 = zext i1 %69 to i32
  %71 = icmp slt i32 %68, %59
  %72 = sext i1 %71 to i32
  %73 = add nsw i32 %72, %70
  %74 = icmp sgt i32 %73, 0
  br i1 %74, label %94, label %75

75:                                               ; preds = %66
  %76 = getelementptr inbounds %struct.city, ptr %1, i64 6, i32 1
  %77 = load i32, ptr %76, align 8, !tbaa !4
  %78 = icmp sgt i32 %77, %68
  %79 = zext i1 %78 to i32
  %80 = icmp slt i32 %77, %68
  %81 = sext i1 %80 to i32
  %82 = add nsw i32 %81, %79
  %83 = icmp sgt i32 %82, 0
  br i1 %83, label %94, label %84

84:                                               ; preds = %75
  %85 = getelementptr inbounds %struct.city, ptr %1, i64 7, i32 1
  %86 = load i32, ptr %85, align 16, !tbaa !4
  %87 = icmp sgt i32 %86, %77
  %88 = zext i1 %87 to i32
  %89 = icmp slt i32 %86, %77
  %90 = sext i1 %89 to i32
  %91 = add nsw i32 %90, %88
  %92 = icmp slt i32 %91, 1
  %93 = zext i1 %92 to i32
  br label %94

94:                                               ; preds = %0, %39, %48, %57, %66, %75, %84
  %95 = phi i32 [ 0, %0 ], [ 0, %39 ], [ 0, %48 ], [ 0, %57 ], [ 0, %66 ], [ 0, %75 ], [ %93, %84 ]
  %96 = load ptr, ptr %1, align 16, !tbaa !11
  %97 = load ptr, ptr %8, align 8, !tbaa !11
  %98 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, ptr noundef nonnull @.str.8, ptr noundef %96, ptr noundef %97)
  call void @qsort(ptr noundef nonnull %1, i64 noundef 8, i64 noundef 24, ptr noundef nonnull @by_density) #8
  %99 = getelementptr inbounds i8, ptr %1, i64 16
  %100 = getelementptr inbounds %struct.city, ptr %1, i64 1, i32 2
  %101 = load <4 x i32>, ptr %9, align 8
  %102 = shufflevector <4 x i32> %101, <4 x i32> poison, <2 x i32> <i32 0, i32 undef>
  %103 = load <2 x double>, ptr %99, align 16
  %104 = load i32, ptr %11, align 16, !tbaa !4
  %105 = load double, ptr %100, align 8, !tbaa !14
  %106 = insertelement <2 x i32> %102, i32 %104, i64 1
  %107 = sitofp <2 x i32> %106 to <2 x double>
  %108 = fmul <2 x double> %107, <double 1.000000e+03, double 1.000000e+03>
  %109 = insertelement <2 x double> %103, double %105, i64 1
  %110 = fdiv <2 x double> %108, %109
  %111 = extractelement <2 x double> %110, i64 0
  %112 = extractelement <2 x double> %110, i64 1
  %113 = fcmp ogt double %111, %112
  %114 = zext i1 %113 to i32
  %115 = fcmp olt double %111, %112
  %116 = sext i1 %115 to i32
  %117 = add nsw i32 %116, %114
  %118 = icmp sgt i32 %117, 0
  br i1 %118, label %204, label %119

119:                                              ; preds = %94
  %120 = getelementptr inbounds %struct.city, ptr %1, i64 2, i32 1
  %121 = load i32, ptr %120, align 8, !tbaa !4
  %122 = getelementptr inbounds %struct.city, ptr %1, i64 2, i32 2
  %123 = load double, ptr %122, align 16, !tbaa !14
  %124 = sitofp i32 %121 to double
  %125 = fmul double %124, 1.000000e+03
  %126 = fdiv double %125, %123
  %127 = fcmp ogt double %112, %126
  %128 = zext i1 %127 to i32
  %129 = fcmp olt double %112, %126
  %130 = sext i1 %129 to i32
  %131 = add nsw i32 %130, %128
  %132 = icmp sgt i32 %131, 0
  br i1 %132, label %204, label %133

133:                                              ; preds = %119
  %134 = getelementptr inbounds %struct.city, ptr %1, i64 3, i32 1
  %135 = load i32, ptr %134, align 16, !tbaa !4
  %136 = getelementptr inbounds %struct.city, ptr %1, i64 3, i32 2
  %137 = load double, ptr %136, align 8, !tbaa !14
  %138 = sitofp i32 %135 to double
  %139 = fmul double %138, 1.000000e+03
  %140 = fdiv double %139, %137
  %141 = fcmp ogt double %126, %140
  %142 = zext i1 %141 to i32
  %143 = fcmp olt double %126, %140
  %144 = sext i1 %143 to i32
  %145 = add nsw i32 %144, %142
  %146 = icmp sgt i32 %145, 0
  br i1 %146, label %204, label %147

147:                                              ; preds = %133
  %148 = getelementptr inbounds %struct.city, ptr %1, i64 4, i32 1
  %149 = load i32, ptr %148, align 8, !tbaa !4
  %150 = getelementptr inbounds %struct.city, ptr %1, i64 4, i32 2
  %151 = load double, ptr %150, align 16, !tbaa !14
  %152 = sitofp i32 %149 to double
  %153 = fmul double %152, 1.000000e+03
  %154 = fdiv double %153, %151
  %155 = fcmp ogt double %140, %154
  %156 = zext i1 %155 to i32
  %157 = fcmp olt double %140, %154
  %158 = sext i1 %157 to i32
  %159 = add nsw i32 %158, %156
  %160 = icmp sgt i32 %159, 0
  br i1 %160, label %204, label %161

161:                                              ; preds = %147
  %162 = getelementptr inbounds %struct.city, ptr %1, i64 5, i32 1
  %163 = load i32, ptr %162, align 16, !tbaa !4
  %164 = getelementptr inbounds %struct.city, ptr %1, i64 5, i32 2
  %165 = load double, ptr %164, align 8, !tbaa !14
  %166 = sitofp i32 %163 to double
  %167 = fmul double %166, 1.000000e+03
  %168 = fdiv double %167, %165
  %169 = fcmp ogt double %154, %168
  %170 = zext i1 %169 to i32
  %171 = fcmp olt double %154, %168
  %172 = sext i1 %171 to i32
  %173 = add nsw i32 %172, %170
  %174 = icmp sgt i32 %173, 0
  br i1 %174, label %204, label %175

175:                                              ; preds = %161
  %176 = getelementptr inbounds %struct.city, ptr %1, i64 6, i32 1
  %177 = load i32, ptr %176, align 8, !tbaa !4
  %178 = getelementptr inbounds %struct.city, ptr %1, i64 6, i32 2
  %179 = load double, ptr %178, align 16, !tbaa !14
  %180 = sitofp i32 %177 to double
  %181 = fmul double %180, 1.000000e+03
  %182 = fdiv double %181, %179
  %183 = fcmp ogt double %168, %182
  %184 = zext i1 %183 to i32
  %185 = fcmp olt double %168, %182
  %186 = sext i1 %185 to i32
  %187 = add nsw i32 %186, %184
  %188 = icmp sgt i32 %187, 0
  br i1 %188, label %204, label %189

189:                                              ; preds = %175
  %190 = getelementptr inbounds %struct.city, ptr %1, i64 7, i32 1
  %191 = load i32, ptr %190, align 16, !tbaa !4
  %192 = getelementptr inbounds %struct.city, ptr %1, i64 7, i32 2
  %193 = load double, ptr %192, align 8, !tbaa !14
  %194 = sitofp i32 %191 to double
  %195 = fmul double %194, 1.000000e+03
  %196 = fdiv double %195, %193
  %197 = fcmp ogt double %182, %196
  %198 = zext i1 %197 to i32
  %199 = fcmp olt double %182, %196
  %200 = sext i1 %199 to i32
  %201 = add nsw i32 %200, %198
  %202 = icmp slt i32 %201, 1
  %203 = zext i1 %202 to i32
  br label %204

204:                                              ; preds = %189, %175, %161, %147, %133, %119, %94
  %205 = phi i32 [ 0, %94 ], [ 0, %119 ], [ 0, %133 ], [ 0, %147 ], [ 0, %161 ], [ 0, %175 ], [ %203, %189 ]
  %206 = and i32 %205, %95
  %207 = load ptr, ptr %1, align 16, !tbaa !11
  %208 = load ptr, ptr %8, align 8, !tbaa !11
  %209 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, ptr noundef nonnull @.str.9, ptr noundef %207, ptr noundef %208)
  call void @qsort(ptr noundef nonnull %1, i64 noundef 8, i64 noundef 24, ptr noundef nonnull @by_name) #8
  %210 = load ptr, ptr %1, align 16, !tbaa !11
  %211 = load ptr, ptr %2, align 8, !tbaa !11
  %212 = call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %210, ptr noundef nonnull dereferenceable(1) %211) #9
  %213 = icmp sgt i32 %212, 0
  br i1 %213, label %239, label %214

214:                                              ; preds = %204
  %215 = load ptr, ptr %3, align 16, !tbaa !11
  %216 = call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %211, ptr noundef nonnull dereferenceable(1) %215) #9
  %217 = icmp sgt i32 %216, 0
  br i1 %217, label %239, label %218

218:                                              ; preds = %214
  %219 = load ptr, ptr %4, align 8, !tbaa !11
  %220 = call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %215, ptr noundef nonnull dereferenceable(1) %219) #9
  %221 = icmp sgt i32 %220, 0
  br i1 %221, label %239, label %222

222:                                              ; preds = %218
  %223 = load ptr, ptr %5, align 16, !tbaa !11
  %224 = call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %219, ptr noundef nonnull dereferenceable(1) %223) #9
  %225 = icmp sgt i32 %224, 0
  br i1 %225, label %239, label %226

226:                                              ; preds = %222
  %227 = load ptr, ptr %6, align 8, !tbaa !11
  %228 = call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %223, ptr noundef nonnull dereferenceable(1) %227) #9
  %229 = icmp sgt i32 %228, 0
  br i1 %229, label %239, label %230

230:                                              ; preds = %226
  %231 = load ptr, ptr %7, align 16, !tbaa !11
  %232 = call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %227, ptr noundef nonnull dereferenceable(1) %231) #9
  %233 = icmp sgt i32 %232, 0
  br i1 %233, label %239, label %234

234:                                              ; preds = %230
  %235 = load ptr, ptr %8, align 8, !tbaa !11
  %236 = call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %231, ptr noundef nonnull dereferenceable(1) %235) #9
  %237 = icmp slt i32 %236, 1
  %238 = zext i1 %237 to i32
  br label %239

239:                                              ; preds = %234, %230, %226, %222, %218, %214, %204
  %240 = phi i32 [ 0, %204 ], [ 0, %214 ], [ 0, %218 ], [ 0, %222 ], [ 0, %226 ], [ 0, %230 ], [ %238, %234 ]
  %241 = and i32 %206, %240
  %242 = load ptr, ptr %8, align 8, !tbaa !11
  %243 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, ptr noundef nonnull @.str.10, ptr noundef %210, ptr noundef %242)
  br label %19

244:                                              ; preds = %29
  %245 = getelementptr inbounds i8, ptr %1, i64 %24
  %246 = getelementptr inbounds %struct.city, ptr %245, i64 0, i32 1
  %247 = load i32, ptr %246, align 8, !tbaa !4
  %248 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i32 noundef %247)
  %249 = icmp eq i32 %241, 0
  br i1 %249, label %254, label %250

250:                                              ; preds = %244
  %251 = load i32, ptr %246, align 8, !tbaa !4
  %252 = icmp ne i32 %251, 709
  %253 = zext i1 %252 to i32
  br label %254

254:                                              ; preds = %37, %250, %244
  %255 = phi i32 [ 1, %244 ], [ %253, %250 ], [ 1, %37 ]
  call void @llvm.lifetime.end.p0(i64 192, ptr nonnull %1) #8
  ret i32 %255
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #2

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define internal i32 @by_population_desc(ptr nocapture noundef readonly %0, ptr nocapture noundef readonly %1) #3 {
  %3 = getelementptr inbounds %struct.city, ptr %0, i64 0, i32 1
  %4 = load i32, ptr %3, align 8, !tbaa !4
  %5 = getelementptr inbounds %struct.city, ptr %1, i64 0, i32 1
  %6 = load i32, ptr %5, align 8, !tbaa !4
  %7 = icmp sgt i32 %6, %4
  %8 = zext i1 %7 to i32
  %9 = icmp slt i32 %6, %4
  %10 = sext i1 %9 to i32
  %11 = add nsw i32 %10, %8
  ret i32 %11
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define internal i32 @by_density(ptr nocapture noundef readonly %0, ptr nocapture noundef readonly %1) #3 {
  %3 = getelementptr i8, ptr %0, i64 8
  %4 = getelementptr i8, ptr %0, i64 16
  %5 = getelementptr i8, ptr %1, i64 8
  %6 = getelementptr i8, ptr %1, i64 16
  %7 = load i32, ptr %3, align 8, !tbaa !4
  %8 = load double, ptr %4, align 8, !tbaa !14
  %9 = load i32, ptr %5, align 8, !tbaa !4
  %10 = load double, ptr %6, align 8, !tbaa !14
  %11 = insertelement <2 x i32> poison, i32 %7, i64 0
  %12 = insertelement <2 x i32> %11, i32 %9, i64 1
  %13 = sitofp <2 x i32> %12 to <2 x double>
  %14 = fmul <2 x double> %13, <double 1.000000e+03, double 1.000000e+03>
  %15 = insertelement <2 x double> poison, double %8, i64 0
  %16 = insertelement <2 x double> %15, double %10, i64 1
  %17 = fdiv <2 x double> %14, %16
  %18 = extractelement <2 x double> %17, i64 0
  %19 = extractelement <2 x double> %17, i64 1
  %20 = fcmp ogt double %18, %19
  %21 = zext i1 %20 to i32
  %22 = fcmp olt double %18, %19
  %23 = sext i1 %22 to i32
  %24 = add nsw i32 %23, %21
  ret i32 %24
}

; Function Attrs: mustprogress nofree nounwind willreturn memory(read, inaccessiblemem: none) uwtable
define internal i32 @by_name(ptr nocapture noundef readonly %0, ptr nocapture noundef readonly %1) #4 {
  %3 = load ptr, ptr %0, align 8, !tbaa !11
  %4 = load ptr, ptr %1, align 8, !tbaa !11
  %5 = tail call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %3, ptr noundef nonnull dereferenceable(1) %4) #9
  ret i32 %5
}

; Function Attrs: nofree
declare void @qsort(ptr noundef, i64 noundef, i64 noundef, ptr nocapture noundef) local_unnamed_addr #5

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #6

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i32 @strcmp(ptr nocapture noundef, ptr nocapture noundef) local_unnamed_addr #7

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nofree nounwind willreturn memory(read, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nofree "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { mustprogress nofree nounwind willreturn memory(argmem: read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { nounwind }
attributes #9 = { nounwind willreturn memory(read) }

!llvm.module.flags = !{!0, !1, !2, !3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!5, !9, i64 8}
!5 = !{!"city", !6, i64 0, !9, i64 8, !10, i64 16}
!6 = !{!"any pointer", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!"int", !7, i64 0}
!10 = !{!"double", !7, i64 0}
!11 = !{!5, !6, i64 0}
!12 = distinct !{!12, !13}
!13 = !{!"llvm.loop.mustprogress"}
!14 = !{!5, !10, i64 16}
