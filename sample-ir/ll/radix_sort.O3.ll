; ModuleID = 'c/radix_sort.c'
source_filename = "c/radix_sort.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [42 x i8] c"radix_sort n=%zu min=%u max=%u sorted=%d\0A\00", align 1

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  %1 = alloca [257 x i64], align 16
  %2 = tail call noalias dereferenceable_or_null(20000) ptr @malloc(i64 noundef 20000) #7
  %3 = tail call noalias dereferenceable_or_null(20000) ptr @malloc(i64 noundef 20000) #7
  %4 = icmp ne ptr %2, null
  %5 = icmp ne ptr %3, null
  %6 = and i1 %4, %5
  br i1 %6, label %293, label %381

7:                                                ; preds = %293
  call void @llvm.lifetime.start.p0(i64 2056, ptr nonnull %1) #8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(2056) %1, i8 0, i64 2056, i1 false)
  br label %8

8:                                                ; preds = %8, %7
  %9 = phi i64 [ 0, %7 ], [ %27, %8 ]
  %10 = getelementptr inbounds i32, ptr %2, i64 %9
  %11 = load i32, ptr %10, align 4, !tbaa !4
  %12 = and i32 %11, 255
  %13 = add nuw nsw i32 %12, 1
  %14 = zext i32 %13 to i64
  %15 = getelementptr inbounds [257 x i64], ptr %1, i64 0, i64 %14
  %16 = load i64, ptr %15, align 8, !tbaa !8
  %17 = add i64 %16, 1
  store i64 %17, ptr %15, align 8, !tbaa !8
  %18 = or i64 %9, 1
  %19 = getelementptr inbounds i32, ptr %2, i64 %18
  %20 = load i32, ptr %19, align 4, !tbaa !4
  %21 = and i32 %20, 255
  %22 = add nuw nsw i32 %21, 1
  %23 = zext i32 %22 to i64
  %24 = getelementptr inbounds [257 x i64], ptr %1, i64 0, i64 %23
  %25 = load i64, ptr %24, align 8, !tbaa !8
  %26 = add i64 %25, 1
  store i64 %26, ptr %24, align 8, !tbaa !8
  %27 = add nuw nsw i64 %9, 2
  %28 = icmp eq i64 %27, 5000
  br i1 %28, label %29, label %8, !llvm.loop !10

29:                                               ; preds = %8, %29
  %30 = phi i64 [ %47, %29 ], [ 0, %8 ]
  %31 = phi i64 [ %44, %29 ], [ 0, %8 ]
  %32 = or i64 %31, 1
  %33 = getelementptr inbounds [257 x i64], ptr %1, i64 0, i64 %32
  %34 = load i64, ptr %33, align 8, !tbaa !8
  %35 = add i64 %34, %30
  store i64 %35, ptr %33, align 8, !tbaa !8
  %36 = or i64 %31, 2
  %37 = getelementptr inbounds [257 x i64], ptr %1, i64 0, i64 %36
  %38 = load i64, ptr %37, align 16, !tbaa !8
  %39 = add i64 %38, %35
  store i64 %39, ptr %37, align 16, !tbaa !8
  %40 = or i64 %31, 3
  %41 = getelementptr inbounds [257 x i64], ptr %1, i64 0, i64 %40
  %42 = load i64, ptr %41, align 8, !tbaa !8
  %43 = add i64 %42, %39
  store i64 %43, ptr %41, align 8, !tbaa !8
  %44 = add nuw nsw i64 %31, 4
  %45 = getelementptr inbounds [257 x i64], ptr %1, i64 0, i64 %44
  %46 = load i64, ptr %45, align 16, !tbaa !8
  %47 = add i64 %46, %43
  store i64 %47, ptr %45, align 16, !tbaa !8
  %48 = icmp eq i64 %44, 256
  br i1 %48, label %246, label %29, !llvm.loop !12

49:                                               ; preds = %246
  call void @llvm.lifetime.end.p0(i64 2056, ptr nonnull %1) #8
  call void @llvm.lifetime.start.p0(i64 2056, ptr nonnull %1) #8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(2056) %1, i8 0, i64 2056, i1 false)
  br label %50

50:                                               ; preds = %50, %49
  %51 = phi i64 [ 0, %49 ], [ %71, %50 ]
  %52 = getelementptr inbounds i32, ptr %3, i64 %51
  %53 = load i32, ptr %52, align 4, !tbaa !4
  %54 = lshr i32 %53, 8
  %55 = and i32 %54, 255
  %56 = add nuw nsw i32 %55, 1
  %57 = zext i32 %56 to i64
  %58 = getelementptr inbounds [257 x i64], ptr %1, i64 0, i64 %57
  %59 = load i64, ptr %58, align 8, !tbaa !8
  %60 = add i64 %59, 1
  store i64 %60, ptr %58, align 8, !tbaa !8
  %61 = or i64 %51, 1
  %62 = getelementptr inbounds i32, ptr %3, i64 %61
  %63 = load i32, ptr %62, align 4, !tbaa !4
  %64 = lshr i32 %63, 8
  %65 = and i32 %64, 255
  %66 = add nuw nsw i32 %65, 1
  %67 = zext i32 %66 to i64
  %68 = getelementptr inbounds [257 x i64], ptr %1, i64 0, i64 %67
  %69 = load i64, ptr %68, align 8, !tbaa !8
  %70 = add i64 %69, 1
  store i64 %70, ptr %68, align 8, !tbaa !8
  %71 = add nuw nsw i64 %51, 2
  %72 = icmp eq i64 %71, 5000
  br i1 %72, label %73, label %50, !llvm.loop !10

73:                                               ; preds = %50, %73
  %74 = phi i64 [ %91, %73 ], [ 0, %50 ]
  %75 = phi i64 [ %88, %73 ], [ 0, %50 ]
  %76 = or i64 %75, 1
  %77 = getelementptr inbounds [257 x i64], ptr %1, i64 0, i64 %76
  %78 = load i64, ptr %77, align 8, !tbaa !8
  %79 = add i64 %78, %74
  store i64 %79, ptr %77, align 8, !tbaa !8
  %80 = or i64 %75, 2
  %81 = getelementptr inbounds [257 x i64], ptr %1, i64 0, i64 %80
  %82 = load i64, ptr %81, align 16, !tbaa !8
  %83 = add i64 %82, %79
  store i64 %83, ptr %81, align 16, !tbaa !8
  %84 = or i64 %75, 3
  %85 = getelementptr inbounds [257 x i64], ptr %1, i64 0, i64 %84
  %86 = load i64, ptr %85, align 8, !tbaa !8
  %87 = add i64 %86, %83
  store i64 %87, ptr %85, align 8, !tbaa !8
  %88 = add nuw nsw i64 %75, 4
  %89 = getelementptr inbounds [257 x i64], ptr %1, i64 0, i64 %88
  %90 = load i64, ptr %89, align 16, !tbaa !8
  %91 = add i64 %90, %87
  store i64 %91, ptr %89, align 16, !tbaa !8
  %92 = icmp eq i64 %88, 256
  br i1 %92, label %93, label %73, !llvm.loop !12

93:                                               ; preds = %73, %93
  %94 = phi i64 [ %114, %93 ], [ 0, %73 ]
  %95 = getelementptr inbounds i32, ptr %3, i64 %94
  %96 = load i32, ptr %95, align 4, !tbaa !4
  %97 = lshr i32 %96, 8
  %98 = and i32 %97, 255
  %99 = zext i32 %98 to i64
  %100 = getelementptr inbounds [257 x i64], ptr %1, i64 0, i64 %99
  %101 = load i64, ptr %100, align 8, !tbaa !8
  %102 = add i64 %101, 1
  store i64 %102, ptr %100, align 8, !tbaa !8
  %103 = getelementptr inbounds i32, ptr %2, i64 %101
  store i32 %96, ptr %103, align 4, !tbaa !4
  %104 = or i64 %94, 1
  %105 = getelementptr inbounds i32, ptr %3, i64 %104
  %106 = load i32, ptr %105, align 4, !tbaa !4
  %107 = lshr i32 %106, 8
  %108 = and i32 %107, 255
  %109 = zext i32 %108 to i64
  %110 = getelementptr inbounds [257 x i64], ptr %1, i64 0, i64 %109
  %111 = load i64, ptr %110, align 8, !tbaa !8
  %112 = add i64 %111, 1
  store i64 %112, ptr %110, align 8, !tbaa !8
  %113 = getelementptr inbounds i32, ptr %2, i64 %111
  store i32 %106, ptr %113, align 4, !tbaa !4
  %114 = add nuw nsw i64 %94, 2
  %115 = icmp eq i64 %114, 5000
  br i1 %115, label %116, label %93, !llvm.loop !13

116:                                              ; preds = %93
  call void @llvm.lifetime.end.p0(i64 2056, ptr nonnull %1) #8
  call void @llvm.lifetime.start.p0(i64 2056, ptr nonnull %1) #8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(2056) %1, i8 0, i64 2056, i1 false)
  br label %117

117:                                              ; preds = %117, %116
  %118 = phi i64 [ 0, %116 ], [ %138, %117 ]
  %119 = getelementptr inbounds i32, ptr %2, i64 %118
  %120 = load i32, ptr %119, align 4, !tbaa !4
  %121 = lshr i32 %120, 16
  %122 = and i32 %121, 255
  %123 = add nuw nsw i32 %122, 1
  %124 = zext i32 %123 to i64
  %125 = getelementptr inbounds [257 x i64], ptr %1, i64 0, i64 %124
  %126 = load i64, ptr %125, align 8, !tbaa !8
  %127 = add i64 %126, 1
  store i64 %127, ptr %125, align 8, !tbaa !8
  %128 = or i64 %118, 1
  %129 = getelementptr inbounds i32, ptr %2, i64 %128
  %130 = load i32, ptr %129, align 4, !tbaa !4
  %131 = lshr i32 %130, 16
  %132 = and i32 %131, 255
  %133 = add nuw nsw i32 %132, 1
  %134 = zext i32 %133 to i64
  %135 = getelementptr inbounds [257 x i64], ptr %1, i64 0, i64 %134
  %136 = load i64, ptr %135, align 8, !tbaa !8
  %137 = add i64 %136, 1
  store i64 %137, ptr %135, align 8, !tbaa !8
  %138 = add nuw nsw i64 %118, 2
  %139 = icmp eq i64 %138, 5000
  br i1 %139, label %140, label %117, !llvm.loop !10

140:                                              ; preds = %117, %140
  %141 = phi i64 [ %158, %140 ], [ 0, %117 ]
  %142 = phi i64 [ %155, %140 ], [ 0, %117 ]
  %143 = or i64 %142, 1
  %144 = getelementptr inbounds [257 x i64], ptr %1, i64 0, i64 %143
  %145 = load i64, ptr %144, align 8, !tbaa !8
  %146 = add i64 %145, %141
  store i64 %146, ptr %144, align 8, !tbaa !8
  %147 = or i64 %142, 2
  %148 = getelementptr inbounds [257 x i64], ptr %1, i64 0, i64 %147
  %149 = load i64, ptr %148, align 16, !tbaa !8
  %150 = add i64 %149, %146
  store i64 %150, ptr %148, align 16, !tbaa !8
  %151 = or i64 %142, 3
  %152 = getelementptr inbounds [257 x i64], ptr %1, i64 0, i64 %151
  %153 = load i64, ptr %152, align 8, !tbaa !8
  %154 = add i64 %153, %150
  store i64 %154, ptr %152, align 8, !tbaa !8
  %155 = add nuw nsw i64 %142, 4
  %156 = getelementptr inbounds [257 x i64], ptr %1, i64 0, i64 %155
  %157 = load i64, ptr %156, align 16, !tbaa !8
  %158 = add i64 %157, %154
  store i64 %158, ptr %156, align 16, !tbaa !8
  %159 = icmp eq i64 %155, 256
  br i1 %159, label %160, label %140, !llvm.loop !12

160:                                              ; preds = %140, %160
  %161 = phi i64 [ %181, %160 ], [ 0, %140 ]
  %162 = getelementptr inbounds i32, ptr %2, i64 %161
  %163 = load i32, ptr %162, align 4, !tbaa !4
  %164 = lshr i32 %163, 16
  %165 = and i32 %164, 255
  %166 = zext i32 %165 to i64
  %167 = getelementptr inbounds [257 x i64], ptr %1, i64 0, i64 %166
  %168 = load i64, ptr %167, align 8, !tbaa !8
  %169 = add i64 %168, 1
  store i64 %169, ptr %167, align 8, !tbaa !8
  %170 = getelementptr inbounds i32, ptr %3, i64 %168
  store i32 %163, ptr %170, align 4, !tbaa !4
  %171 = or i64 %161, 1
  %172 = getelementptr inbounds i32, ptr %2, i64 %171
  %173 = load i32, ptr %172, align 4, !tbaa !4
  %174 = lshr i32 %173, 16
  %175 = and i32 %174, 255
  %176 = zext i32 %175 to i64
  %177 = getelementptr inbounds [257 x i64], ptr %1, i64 0, i64 %176
  %178 = load i64, ptr %177, align 8, !tbaa !8
  %179 = add i64 %178, 1
  store i64 %179, ptr %177, align 8, !tbaa !8
  %180 = getelementptr inbounds i32, ptr %3, i64 %178
  store i32 %173, ptr %180, align 4, !tbaa !4
  %181 = add nuw nsw i64 %161, 2
  %182 = icmp eq i64 %181, 5000
  br i1 %182, label %183, label %160, !llvm.loop !13

183:                                              ; preds = %160
  call void @llvm.lifetime.end.p0(i64 2056, ptr nonnull %1) #8
  call void @llvm.lifetime.start.p0(i64 2056, ptr nonnull %1) #8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(2056) %1, i8 0, i64 2056, i1 false)
  br label %184

184:                                              ; preds = %184, %183
  %185 = phi i64 [ 0, %183 ], [ %203, %184 ]
  %186 = getelementptr inbounds i32, ptr %3, i64 %185
  %187 = load i32, ptr %186, align 4, !tbaa !4
  %188 = lshr i32 %187, 24
  %189 = add nuw nsw i32 %188, 1
  %190 = zext i32 %189 to i64
  %191 = getelementptr inbounds [257 x i64], ptr %1, i64 0, i64 %190
  %192 = load i64, ptr %191, align 8, !tbaa !8
  %193 = add i64 %192, 1
  store i64 %193, ptr %191, align 8, !tbaa !8
  %194 = or i64 %185, 1
  %195 = getelementptr inbounds i32, ptr %3, i64 %194
  %196 = load i32, ptr %195, align 4, !tbaa !4
  %197 = lshr i32 %196, 24
  %198 = add nuw nsw i32 %197, 1
  %199 = zext i32 %198 to i64
  %200 = getelementptr inbounds [257 x i64], ptr %1, i64 0, i64 %199
  %201 = load i64, ptr %200, align 8, !tbaa !8
  %202 = add i64 %201, 1
  store i64 %202, ptr %200, align 8, !tbaa !8
  %203 = add nuw nsw i64 %185, 2
  %204 = icmp eq i64 %203, 5000
  br i1 %204, label %205, label %184, !llvm.loop !10

205:                                              ; preds = %184, %205
  %206 = phi i64 [ %223, %205 ], [ 0, %184 ]
  %207 = phi i64 [ %220, %205 ], [ 0, %184 ]
  %208 = or i64 %207, 1
  %209 = getelementptr inbounds [257 x i64], ptr %1, i64 0, i64 %208
  %210 = load i64, ptr %209, align 8, !tbaa !8
  %211 = add i64 %210, %206
  store i64 %211, ptr %209, align 8, !tbaa !8
  %212 = or i64 %207, 2
  %213 = getelementptr inbounds [257 x i64], ptr %1, i64 0, i64 %212
  %214 = load i64, ptr %213, align 16, !tbaa !8
  %215 = add i64 %214, %211
  store i64 %215, ptr %213, align 16, !tbaa !8
  %216 = or i64 %207, 3
  %217 = getelementptr inbounds [257 x i64], ptr %1, i64 0, i64 %216
  %218 = load i64, ptr %217, align 8, !tbaa !8
  %219 = add i64 %218, %215
  store i64 %219, ptr %217, align 8, !tbaa !8
  %220 = add nuw nsw i64 %207, 4
  %221 = getelementptr inbounds [257 x i64], ptr %1, i64 0, i64 %220
  %222 = load i64, ptr %221, align 16, !tbaa !8
  %223 = add i64 %222, %219
  store i64 %223, ptr %221, align 16, !tbaa !8
  %224 = icmp eq i64 %220, 256
  br i1 %224, label %225, label %205, !llvm.loop !12

225:                                              ; preds = %205, %225
  %226 = phi i64 [ %244, %225 ], [ 0, %205 ]
  %227 = getelementptr inbounds i32, ptr %3, i64 %226
  %228 = load i32, ptr %227, align 4, !tbaa !4
  %229 = lshr i32 %228, 24
  %230 = zext i32 %229 to i64
  %231 = getelementptr inbounds [257 x i64], ptr %1, i64 0, i64 %230
  %232 = load i64, ptr %231, align 8, !tbaa !8
  %233 = add i64 %232, 1
  store i64 %233, ptr %231, align 8, !tbaa !8
  %234 = getelementptr inbounds i32, ptr %2, i64 %232
  store i32 %228, ptr %234, align 4, !tbaa !4
  %235 = or i64 %226, 1
  %236 = getelementptr inbounds i32, ptr %3, i64 %235
  %237 = load i32, ptr %236, align 4, !tbaa !4
  %238 = lshr i32 %237, 24
  %239 = zext i32 %238 to i64
  %240 = getelementptr inbounds [257 x i64], ptr %1, i64 0, i64 %239
  %241 = load i64, ptr %240, align 8, !tbaa !8
  %242 = add i64 %241, 1
  store i64 %242, ptr %240, align 8, !tbaa !8
  %243 = getelementptr inbounds i32, ptr %2, i64 %241
  store i32 %237, ptr %243, align 4, !tbaa !4
  %244 = add nuw nsw i64 %226, 2
  %245 = icmp eq i64 %244, 5000
  br i1 %245, label %267, label %225, !llvm.loop !13

246:                                              ; preds = %29, %246
  %247 = phi i64 [ %265, %246 ], [ 0, %29 ]
  %248 = getelementptr inbounds i32, ptr %2, i64 %247
  %249 = load i32, ptr %248, align 4, !tbaa !4
  %250 = and i32 %249, 255
  %251 = zext i32 %250 to i64
  %252 = getelementptr inbounds [257 x i64], ptr %1, i64 0, i64 %251
  %253 = load i64, ptr %252, align 8, !tbaa !8
  %254 = add i64 %253, 1
  store i64 %254, ptr %252, align 8, !tbaa !8
  %255 = getelementptr inbounds i32, ptr %3, i64 %253
  store i32 %249, ptr %255, align 4, !tbaa !4
  %256 = or i64 %247, 1
  %257 = getelementptr inbounds i32, ptr %2, i64 %256
  %258 = load i32, ptr %257, align 4, !tbaa !4
  %259 = and i32 %258, 255
  %260 = zext i32 %259 to i64
  %261 = getelementptr inbounds [257 x i64], ptr %1, i64 0, i64 %260
  %262 = load i64, ptr %261, align 8, !tbaa !8
  %263 = add i64 %262, 1
  store i64 %263, ptr %261, align 8, !tbaa !8
  %264 = getelementptr inbounds i32, ptr %3, i64 %262
  store i32 %258, ptr %264, align 4, !tbaa !4
  %265 = add nuw nsw i64 %247, 2
  %266 = icmp eq i64 %265, 5000
  br i1 %266, label %49, label %246, !llvm.loop !13

267:                                              ; preds = %225
  call void @llvm.lifetime.end.p0(i64 2056, ptr nonnull %1) #8
  %268 = load i32, ptr %2, align 4, !tbaa !4
  %269 = insertelement <4 x i32> <i32 poison, i32 0, i32 0, i32 0>, i32 %268, i64 0
  br label %270

270:                                              ; preds = %270, %267
  %271 = phi i64 [ 0, %267 ], [ %291, %270 ]
  %272 = phi <4 x i32> [ <i32 1, i32 1, i32 1, i32 1>, %267 ], [ %289, %270 ]
  %273 = phi <4 x i32> [ <i32 1, i32 1, i32 1, i32 1>, %267 ], [ %290, %270 ]
  %274 = phi <4 x i32> [ %269, %267 ], [ %281, %270 ]
  %275 = phi <4 x i32> [ zeroinitializer, %267 ], [ %282, %270 ]
  %276 = or i64 %271, 1
  %277 = getelementptr inbounds i32, ptr %2, i64 %276
  %278 = load <4 x i32>, ptr %277, align 4, !tbaa !4
  %279 = getelementptr inbounds i32, ptr %277, i64 4
  %280 = load <4 x i32>, ptr %279, align 4, !tbaa !4
  %281 = xor <4 x i32> %278, %274
  %282 = xor <4 x i32> %280, %275
  %283 = getelementptr inbounds i32, ptr %2, i64 %271
  %284 = load <4 x i32>, ptr %283, align 4, !tbaa !4
  %285 = getelementptr inbounds i32, ptr %283, i64 4
  %286 = load <4 x i32>, ptr %285, align 4, !tbaa !4
  %287 = icmp ugt <4 x i32> %284, %278
  %288 = icmp ugt <4 x i32> %286, %280
  %289 = select <4 x i1> %287, <4 x i32> zeroinitializer, <4 x i32> %272
  %290 = select <4 x i1> %288, <4 x i32> zeroinitializer, <4 x i32> %273
  %291 = add nuw i64 %271, 8
  %292 = icmp eq i64 %291, 4992
  br i1 %292, label %316, label %270, !llvm.loop !14

293:                                              ; preds = %0, %293
  %294 = phi i64 [ %314, %293 ], [ 0, %0 ]
  %295 = phi i32 [ %313, %293 ], [ 0, %0 ]
  %296 = phi i32 [ %311, %293 ], [ -1831433054, %0 ]
  %297 = shl i32 %296, 13
  %298 = xor i32 %297, %296
  %299 = lshr i32 %298, 17
  %300 = xor i32 %299, %298
  %301 = shl i32 %300, 5
  %302 = xor i32 %301, %300
  %303 = getelementptr inbounds i32, ptr %2, i64 %294
  store i32 %302, ptr %303, align 4, !tbaa !4
  %304 = xor i32 %302, %295
  %305 = or i64 %294, 1
  %306 = shl i32 %302, 13
  %307 = xor i32 %306, %302
  %308 = lshr i32 %307, 17
  %309 = xor i32 %308, %307
  %310 = shl i32 %309, 5
  %311 = xor i32 %310, %309
  %312 = getelementptr inbounds i32, ptr %2, i64 %305
  store i32 %311, ptr %312, align 4, !tbaa !4
  %313 = xor i32 %311, %304
  %314 = add nuw nsw i64 %294, 2
  %315 = icmp eq i64 %314, 5000
  br i1 %315, label %7, label %293, !llvm.loop !18

316:                                              ; preds = %270
  %317 = icmp ne <4 x i32> %289, <i32 1, i32 1, i32 1, i32 1>
  %318 = icmp ne <4 x i32> %290, <i32 1, i32 1, i32 1, i32 1>
  %319 = select <4 x i1> %317, <4 x i1> <i1 true, i1 true, i1 true, i1 true>, <4 x i1> %318
  %320 = bitcast <4 x i1> %319 to i4
  %321 = icmp eq i4 %320, 0
  %322 = xor <4 x i32> %282, %281
  %323 = tail call i32 @llvm.vector.reduce.xor.v4i32(<4 x i32> %322)
  %324 = getelementptr inbounds i32, ptr %2, i64 4993
  %325 = load i32, ptr %324, align 4, !tbaa !4
  %326 = xor i32 %325, %323
  %327 = getelementptr inbounds i32, ptr %2, i64 4992
  %328 = load i32, ptr %327, align 4, !tbaa !4
  %329 = icmp ule i32 %328, %325
  %330 = getelementptr inbounds i32, ptr %2, i64 4994
  %331 = load i32, ptr %330, align 4, !tbaa !4
  %332 = xor i32 %331, %326
  %333 = getelementptr inbounds i32, ptr %2, i64 4993
  %334 = load i32, ptr %333, align 4, !tbaa !4
  %335 = icmp ule i32 %334, %331
  %336 = getelementptr inbounds i32, ptr %2, i64 4995
  %337 = load i32, ptr %336, align 4, !tbaa !4
  %338 = xor i32 %337, %332
  %339 = getelementptr inbounds i32, ptr %2, i64 4994
  %340 = load i32, ptr %339, align 4, !tbaa !4
  %341 = icmp ule i32 %340, %337
  %342 = getelementptr inbounds i32, ptr %2, i64 4996
  %343 = load i32, ptr %342, align 4, !tbaa !4
  %344 = xor i32 %343, %338
  %345 = getelementptr inbounds i32, ptr %2, i64 4995
  %346 = load i32, ptr %345, align 4, !tbaa !4
  %347 = icmp ule i32 %346, %343
  %348 = getelementptr inbounds i32, ptr %2, i64 4997
  %349 = load i32, ptr %348, align 4, !tbaa !4
  %350 = xor i32 %349, %344
  %351 = getelementptr inbounds i32, ptr %2, i64 4996
  %352 = load i32, ptr %351, align 4, !tbaa !4
  %353 = icmp ule i32 %352, %349
  %354 = getelementptr inbounds i32, ptr %2, i64 4998
  %355 = load i32, ptr %354, align 4, !tbaa !4
  %356 = xor i32 %355, %350
  %357 = getelementptr inbounds i32, ptr %2, i64 4997
  %358 = load i32, ptr %357, align 4, !tbaa !4
  %359 = icmp ule i32 %358, %355
  %360 = getelementptr inbounds i32, ptr %2, i64 4999
  %361 = load i32, ptr %360, align 4, !tbaa !4
  %362 = xor i32 %361, %356
  %363 = getelementptr inbounds i32, ptr %2, i64 4998
  %364 = load i32, ptr %363, align 4, !tbaa !4
  %365 = icmp ule i32 %364, %361
  %366 = select i1 %365, i1 %359, i1 false
  %367 = select i1 %366, i1 %353, i1 false
  %368 = select i1 %367, i1 %347, i1 false
  %369 = select i1 %368, i1 %341, i1 false
  %370 = select i1 %369, i1 %335, i1 false
  %371 = select i1 %370, i1 %329, i1 false
  %372 = select i1 %371, i1 %321, i1 false
  %373 = zext i1 %372 to i32
  %374 = getelementptr inbounds i32, ptr %2, i64 4999
  %375 = load i32, ptr %374, align 4, !tbaa !4
  %376 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i64 noundef 5000, i32 noundef %268, i32 noundef %375, i32 noundef %373)
  tail call void @free(ptr noundef nonnull %2) #8
  tail call void @free(ptr noundef %3) #8
  %377 = xor i1 %372, true
  %378 = icmp ne i32 %313, %362
  %379 = select i1 %377, i1 true, i1 %378
  %380 = zext i1 %379 to i32
  br label %381

381:                                              ; preds = %0, %316
  %382 = phi i32 [ %380, %316 ], [ 2, %0 ]
  ret i32 %382
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #3

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr nocapture noundef) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #5

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare i32 @llvm.vector.reduce.xor.v4i32(<4 x i32>) #6

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #6 = { nocallback nofree nosync nounwind willreturn memory(none) }
attributes #7 = { nounwind allocsize(0) }
attributes #8 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!5, !5, i64 0}
!5 = !{!"int", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = !{!9, !9, i64 0}
!9 = !{!"long", !6, i64 0}
!10 = distinct !{!10, !11}
!11 = !{!"llvm.loop.mustprogress"}
!12 = distinct !{!12, !11}
!13 = distinct !{!13, !11}
!14 = distinct !{!14, !11, !15, !16, !17}
!15 = !{!"llvm.loop.peeled.count", i32 1}
!16 = !{!"llvm.loop.isvectorized", i32 1}
!17 = !{!"llvm.loop.unroll.runtime.disable"}
!18 = distinct !{!18, !11}
