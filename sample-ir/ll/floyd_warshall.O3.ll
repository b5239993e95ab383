; ModuleID = 'c/floyd_warshall.c'
source_filename = "c/floyd_warshall.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@dist = internal unnamed_addr global [12 x [12 x i32]] zeroinitializer, align 16
@next_hop = internal unnamed_addr global [12 x [12 x i32]] zeroinitializer, align 16
@.str = private unnamed_addr constant [42 x i8] c"floyd_warshall n=%d dist[0][%d]=%d ok=%d\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  %1 = alloca [12 x [12 x i32]], align 16
  call void @llvm.lifetime.start.p0(i64 576, ptr nonnull %1) #3
  br label %2

2:                                                ; preds = %0, %2
  %3 = phi i64 [ 0, %0 ], [ %4, %2 ]
  %4 = add nuw nsw i64 %3, 1
  %5 = icmp eq i64 %4, 12
  %6 = trunc i64 %3 to i32
  %7 = mul i32 %6, 5
  %8 = add i32 %7, 3
  %9 = urem i32 %8, 12
  %10 = trunc i64 %3 to i32
  %11 = and i32 %10, 3
  %12 = add nuw nsw i32 %11, 2
  %13 = and i64 %4, 4294967295
  %14 = select i1 %5, i64 0, i64 %13
  %15 = icmp eq i64 %3, 0
  %16 = select i1 %15, i32 0, i32 1000000
  %17 = getelementptr inbounds [12 x [12 x i32]], ptr %1, i64 0, i64 %3, i64 0
  %18 = icmp eq i64 %14, 0
  %19 = select i1 %18, i32 5, i32 %16
  %20 = icmp ne i32 %9, 0
  %21 = select i1 %20, i1 true, i1 %15
  %22 = select i1 %21, i32 %19, i32 %12
  store i32 %22, ptr %17, align 16, !tbaa !4
  %23 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 %3, i64 0
  store i32 %22, ptr %23, align 16, !tbaa !4
  %24 = getelementptr inbounds [12 x [12 x i32]], ptr @next_hop, i64 0, i64 %3, i64 0
  %25 = icmp eq i64 %3, 1
  %26 = select i1 %25, i32 0, i32 1000000
  %27 = getelementptr inbounds [12 x [12 x i32]], ptr %1, i64 0, i64 %3, i64 1
  %28 = icmp eq i64 %14, 1
  %29 = select i1 %28, i32 5, i32 %26
  %30 = icmp ne i32 %9, 1
  %31 = select i1 %30, i1 true, i1 %25
  %32 = select i1 %31, i32 %29, i32 %12
  store i32 %32, ptr %27, align 4, !tbaa !4
  %33 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 %3, i64 1
  store i32 %32, ptr %33, align 4, !tbaa !4
  %34 = icmp eq i64 %3, 2
  %35 = select i1 %34, i32 0, i32 1000000
  %36 = getelementptr inbounds [12 x [12 x i32]], ptr %1, i64 0, i64 %3, i64 2
  %37 = icmp eq i64 %14, 2
  %38 = select i1 %37, i32 5, i32 %35
  %39 = icmp ne i32 %9, 2
  %40 = select i1 %39, i1 true, i1 %34
  %41 = select i1 %40, i32 %38, i32 %12
  store i32 %41, ptr %36, align 8, !tbaa !4
  %42 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 %3, i64 2
  store i32 %41, ptr %42, align 8, !tbaa !4
  %43 = icmp eq i64 %3, 3
  %44 = select i1 %43, i32 0, i32 1000000
  %45 = getelementptr inbounds [12 x [12 x i32]], ptr %1, i64 0, i64 %3, i64 3
  %46 = icmp eq i64 %14, 3
  %47 = select i1 %46, i32 5, i32 %44
  %48 = icmp ne i32 %9, 3
  %49 = select i1 %48, i1 true, i1 %43
  %50 = select i1 %49, i32 %47, i32 %12
  store i32 %50, ptr %45, align 4, !tbaa !4
  %51 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 %3, i64 3
  store i32 %50, ptr %51, align 4, !tbaa !4
  store <4 x i32> <i32 0, i32 1, i32 2, i32 3>, ptr %24, align 16, !tbaa !4
  %52 = icmp eq i64 %3, 4
  %53 = select i1 %52, i32 0, i32 1000000
  %54 = getelementptr inbounds [12 x [12 x i32]], ptr %1, i64 0, i64 %3, i64 4
  %55 = icmp eq i64 %14, 4
  %56 = select i1 %55, i32 5, i32 %53
  %57 = icmp ne i32 %9, 4
  %58 = select i1 %57, i1 true, i1 %52
  %59 = select i1 %58, i32 %56, i32 %12
  store i32 %59, ptr %54, align 16, !tbaa !4
  %60 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 %3, i64 4
  store i32 %59, ptr %60, align 16, !tbaa !4
  %61 = getelementptr inbounds [12 x [12 x i32]], ptr @next_hop, i64 0, i64 %3, i64 4
  %62 = icmp eq i64 %3, 5
  %63 = select i1 %62, i32 0, i32 1000000
  %64 = getelementptr inbounds [12 x [12 x i32]], ptr %1, i64 0, i64 %3, i64 5
  %65 = icmp eq i64 %14, 5
  %66 = select i1 %65, i32 5, i32 %63
  %67 = icmp ne i32 %9, 5
  %68 = select i1 %67, i1 true, i1 %62
  %69 = select i1 %68, i32 %66, i32 %12
  store i32 %69, ptr %64, align 4, !tbaa !4
  %70 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 %3, i64 5
  store i32 %69, ptr %70, align 4, !tbaa !4
  %71 = icmp eq i64 %3, 6
  %72 = select i1 %71, i32 0, i32 1000000
  %73 = getelementptr inbounds [12 x [12 x i32]], ptr %1, i64 0, i64 %3, i64 6
  %74 = icmp eq i64 %14, 6
  %75 = select i1 %74, i32 5, i32 %72
  %76 = icmp ne i32 %9, 6
  %77 = select i1 %76, i1 true, i1 %71
  %78 = select i1 %77, i32 %75, i32 %12
  store i32 %78, ptr %73, align 8, !tbaa !4
  %79 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 %3, i64 6
  store i32 %78, ptr %79, align 8, !tbaa !4
  %80 = icmp eq i64 %3, 7
  %81 = select i1 %80, i32 0, i32 1000000
  %82 = getelementptr inbounds [12 x [12 x i32]], ptr %1, i64 0, i64 %3, i64 7
  %83 = icmp eq i64 %14, 7
  %84 = select i1 %83, i32 5, i32 %81
  %85 = icmp ne i32 %9, 7
  %86 = select i1 %85, i1 true, i1 %80
  %87 = select i1 %86, i32 %84, i32 %12
  store i32 %87, ptr %82, align 4, !tbaa !4
  %88 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 %3, i64 7
  store i32 %87, ptr %88, align 4, !tbaa !4
  store <4 x i32> <i32 4, i32 5, i32 6, i32 7>, ptr %61, align 16, !tbaa !4
  %89 = icmp eq i64 %3, 8
  %90 = select i1 %89, i32 0, i32 1000000
  %91 = getelementptr inbounds [12 x [12 x i32]], ptr %1, i64 0, i64 %3, i64 8
  %92 = icmp eq i64 %14, 8
  %93 = select i1 %92, i32 5, i32 %90
  %94 = icmp ne i32 %9, 8
  %95 = select i1 %94, i1 true, i1 %89
  %96 = select i1 %95, i32 %93, i32 %12
  store i32 %96, ptr %91, align 16, !tbaa !4
  %97 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 %3, i64 8
  store i32 %96, ptr %97, align 16, !tbaa !4
  %98 = getelementptr inbounds [12 x [12 x i32]], ptr @next_hop, i64 0, i64 %3, i64 8
  %99 = icmp eq i64 %3, 9
  %100 = select i1 %99, i32 0, i32 1000000
  %101 = getelementptr inbounds [12 x [12 x i32]], ptr %1, i64 0, i64 %3, i64 9
  %102 = icmp eq i64 %14, 9
  %103 = select i1 %102, i32 5, i32 %100
  %104 = icmp ne i32 %9, 9
  %105 = select i1 %104, i1 true, i1 %99
  %106 = select i1 %105, i32 %103, i32 %12
  store i32 %106, ptr %101, align 4, !tbaa !4
  %107 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 %3, i64 9
  store i32 %106, ptr %107, align 4, !tbaa !4
  %108 = icmp eq i64 %3, 10
  %109 = select i1 %108, i32 0, i32 1000000
  %110 = getelementptr inbounds [12 x [12 x i32]], ptr %1, i64 0, i64 %3, i64 10
  %111 = icmp eq i64 %14, 10
  %112 = select i1 %111, i32 5, i32 %109
  %113 = icmp ne i32 %9, 10
  %114 = select i1 %113, i1 true, i1 %108
  %115 = select i1 %114, i32 %112, i32 %12
  store i32 %115, ptr %110, align 8, !tbaa !4
  %116 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 %3, i64 10
  store i32 %115, ptr %116, align 8, !tbaa !4
  %117 = icmp eq i64 %3, 11
  %118 = select i1 %117, i32 0, i32 1000000
  %119 = getelementptr inbounds [12 x [12 x i32]], ptr %1, i64 0, i64 %3, i64 11
  %120 = icmp eq i64 %14, 11
  %121 = select i1 %120, i32 5, i32 %118
  %122 = icmp ne i32 %9, 11
  %123 = select i1 %122, i1 true, i1 %117
  %124 = select i1 %123, i32 %121, i32 %12
  store i32 %124, ptr %119, align 4, !tbaa !4
  %125 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 %3, i64 11
  store i32 %124, ptr %125, align 4, !tbaa !4
  store <4 x i32> <i32 8, i32 9, i32 10, i32 11>, ptr %98, align 16, !tbaa !4
  %126 = icmp eq i64 %4, 12
  br i1 %126, label %127, label %2, !llvm.loop !8

127:                                              ; preds = %2, %151
  %128 = phi i64 [ %152, %151 ], [ 0, %2 ]
  %129 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 %128, i64 0
  %130 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 %128, i64 1
  %131 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 %128, i64 2
  %132 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 %128, i64 3
  %133 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 %128, i64 4
  %134 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 %128, i64 5
  %135 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 %128, i64 6
  %136 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 %128, i64 7
  %137 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 %128, i64 8
  %138 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 %128, i64 9
  %139 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 %128, i64 10
  %140 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 %128, i64 11
  br label %141

141:                                              ; preds = %278, %127
  %142 = phi i64 [ 0, %127 ], [ %279, %278 ]
  %143 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 %142, i64 %128
  %144 = getelementptr inbounds [12 x [12 x i32]], ptr @next_hop, i64 0, i64 %142, i64 %128
  %145 = load i32, ptr %143, align 4, !tbaa !4
  %146 = load i32, ptr %129, align 16, !tbaa !4
  %147 = add nsw i32 %146, %145
  %148 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 %142, i64 0
  %149 = load i32, ptr %148, align 16, !tbaa !4
  %150 = icmp slt i32 %147, %149
  br i1 %150, label %154, label %158

151:                                              ; preds = %278
  %152 = add nuw nsw i64 %128, 1
  %153 = icmp eq i64 %152, 12
  br i1 %153, label %281, label %127, !llvm.loop !10

154:                                              ; preds = %141
  store i32 %147, ptr %148, align 16, !tbaa !4
  %155 = load i32, ptr %144, align 4, !tbaa !4
  %156 = getelementptr inbounds [12 x [12 x i32]], ptr @next_hop, i64 0, i64 %142, i64 0
  store i32 %155, ptr %156, align 16, !tbaa !4
  %157 = load i32, ptr %143, align 4, !tbaa !4
  br label %158

158:                                              ; preds = %154, %141
  %159 = phi i32 [ %145, %141 ], [ %157, %154 ]
  %160 = load i32, ptr %130, align 4, !tbaa !4
  %161 = add nsw i32 %160, %159
  %162 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 %142, i64 1
  %163 = load i32, ptr %162, align 4, !tbaa !4
  %164 = icmp slt i32 %161, %163
  br i1 %164, label %165, label %169

165:                                              ; preds = %158
  store i32 %161, ptr %162, align 4, !tbaa !4
  %166 = load i32, ptr %144, align 4, !tbaa !4
  %167 = getelementptr inbounds [12 x [12 x i32]], ptr @next_hop, i64 0, i64 %142, i64 1
  store i32 %166, ptr %167, align 4, !tbaa !4
  %168 = load i32, ptr %143, align 4, !tbaa !4
  br label %169

169:                                              ; preds = %165, %158
  %170 = phi i32 [ %168, %165 ], [ %159, %158 ]
  %171 = load i32, ptr %131, align 8, !tbaa !4
  %172 = add nsw i32 %171, %170
  %173 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 %142, i64 2
  %174 = load i32, ptr %173, align 8, !tbaa !4
  %175 = icmp slt i32 %172, %174
  br i1 %175, label %176, label %180

176:                                              ; preds = %169
  store i32 %172, ptr %173, align 8, !tbaa !4
  %177 = load i32, ptr %144, align 4, !tbaa !4
  %178 = getelementptr inbounds [12 x [12 x i32]], ptr @next_hop, i64 0, i64 %142, i64 2
  store i32 %177, ptr %178, align 8, !tbaa !4
  %179 = load i32, ptr %143, align 4, !tbaa !4
  br label %180

180:                                              ; preds = %176, %169
  %181 = phi i32 [ %179, %176 ], [ %170, %169 ]
  %182 = load i32, ptr %132, align 4, !tbaa !4
  %183 = add nsw i32 %182, %181
  %184 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 %142, i64 3
  %185 = load i32, ptr %184, align 4, !tbaa !4
  %186 = icmp slt i32 %183, %185
  br i1 %186, label %187, label %191

187:                                              ; preds = %180
  store i32 %183, ptr %184, align 4, !tbaa !4
  %188 = load i32, ptr %144, align 4, !tbaa !4
  %189 = getelementptr inbounds [12 x [12 x i32]], ptr @next_hop, i64 0, i64 %142, i64 3
  store i32 %188, ptr %189, align 4, !tbaa !4
  %190 = load i32, ptr %143, align 4, !tbaa !4
  br label %191

191:                                              ; preds = %187, %180
  %192 = phi i32 [ %190, %187 ], [ %181, %180 ]
  %193 = load i32, ptr %133, align 16, !tbaa !4
  %194 = add nsw i32 %193, %192
  %195 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 %142, i64 4
  %196 = load i32, ptr %195, align 16, !tbaa !4
  %197 = icmp slt i32 %194, %196
  br i1 %197, label %198, label %202

198:                                              ; preds = %191
  store i32 %194, ptr %195, align 16, !tbaa !4
  %199 = load i32, ptr %144, align 4, !tbaa !4
  %200 = getelementptr inbounds [12 x [12 x i32]], ptr @next_hop, i64 0, i64 %142, i64 4
  store i32 %199, ptr %200, align 16, !tbaa !4
  %201 = load i32, ptr %143, align 4, !tbaa !4
  br label %202

202:                                              ; preds = %198, %191
  %203 = phi i32 [ %201, %198 ], [ %192, %191 ]
  %204 = load i32, ptr %134, align 4, !tbaa !4
  %205 = add nsw i32 %204, %203
  %206 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 %142, i64 5
  %207 = load i32, ptr %206, align 4, !tbaa !4
  %208 = icmp slt i32 %205, %207
  br i1 %208, label %209, label %213

209:                                              ; preds = %202
  store i32 %205, ptr %206, align 4, !tbaa !4
  %210 = load i32, ptr %144, align 4, !tbaa !4
  %211 = getelementptr inbounds [12 x [12 x i32]], ptr @next_hop, i64 0, i64 %142, i64 5
  store i32 %210, ptr %211, align 4, !tbaa !4
  %212 = load i32, ptr %143, align 4, !tbaa !4
  br label %213

213:                                              ; preds = %209, %202
  %214 = phi i32 [ %212, %209 ], [ %203, %202 ]
  %215 = load i32, ptr %135, align 8, !tbaa !4
  %216 = add nsw i32 %215, %214
  %217 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 %142, i64 6
  %218 = load i32, ptr %217, align 8, !tbaa !4
  %219 = icmp slt i32 %216, %218
  br i1 %219, label %220, label %224

220:                                              ; preds = %213
  store i32 %216, ptr %217, align 8, !tbaa !4
  %221 = load i32, ptr %144, align 4, !tbaa !4
  %222 = getelementptr inbounds [12 x [12 x i32]], ptr @next_hop, i64 0, i64 %142, i64 6
  store i32 %221, ptr %222, align 8, !tbaa !4
  %223 = load i32, ptr %143, align 4, !tbaa !4
  br label %224

224:                                              ; preds = %220, %213
  %225 = phi i32 [ %223, %220 ], [ %214, %213 ]
  %226 = load i32, ptr %136, align 4, !tbaa !4
  %227 = add nsw i32 %226, %225
  %228 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 %142, i64 7
  %229 = load i32, ptr %228, align 4, !tbaa !4
  %230 = icmp slt i32 %227, %229
  br i1 %230, label %231, label %235

231:                                              ; preds = %224
  store i32 %227, ptr %228, align 4, !tbaa !4
  %232 = load i32, ptr %144, align 4, !tbaa !4
  %233 = getelementptr inbounds [12 x [12 x i32]], ptr @next_hop, i64 0, i64 %142, i64 7
  store i32 %232, ptr %233, align 4, !tbaa !4
  %234 = load i32, ptr %143, align 4, !tbaa !4
  br label %235

235:                                              ; preds = %231, %224
  %236 = phi i32 [ %234, %231 ], [ %225, %224 ]
  %237 = load i32, ptr %137, align 16, !tbaa !4
  %238 = add nsw i32 %237, %236
  %239 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 %142, i64 8
  %240 = load i32, ptr %239, align 16, !tbaa !4
  %241 = icmp slt i32 %238, %240
  br i1 %241, label %242, label %246

242:                                              ; preds = %235
  store i32 %238, ptr %239, align 16, !tbaa !4
  %243 = load i32, ptr %144, align 4, !tbaa !4
  %244 = getelementptr inbounds [12 x [12 x i32]], ptr @next_hop, i64 0, i64 %142, i64 8
  store i32 %243, ptr %244, align 16, !tbaa !4
  %245 = load i32, ptr %143, align 4, !tbaa !4
  br label %246

246:                                              ; preds = %242, %235
  %247 = phi i32 [ %245, %242 ], [ %236, %235 ]
  %248 = load i32, ptr %138, align 4, !tbaa !4
  %249 = add nsw i32 %248, %247
  %250 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 %142, i64 9
  %251 = load i32, ptr %250, align 4, !tbaa !4
  %252 = icmp slt i32 %249, %251
  br i1 %252, label %253, label %257

253:                                              ; preds = %246
  store i32 %249, ptr %250, align 4, !tbaa !4
  %254 = load i32, ptr %144, align 4, !tbaa !4
  %255 = getelementptr inbounds [12 x [12 x i32]], ptr @next_hop, i64 0, i64 %142, i64 9
  store i32 %254, ptr %255, align 4, !tbaa !4
  %256 = load i32, ptr %143, align 4, !tbaa !4
  br label %257

257:                                              ; preds = %253, %246
  %258 = phi i32 [ %256, %253 ], [ %247, %246 ]
  %259 = load i32, ptr %139, align 8, !tbaa !4
  %260 = add nsw i32 %259, %258
  %261 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 %142, i64 10
  %262 = load i32, ptr %261, align 8, !tbaa !4
  %263 = icmp slt i32 %260, %262
  br i1 %263, label %264, label %268

264:                                              ; preds = %257
  store i32 %260, ptr %261, align 8, !tbaa !4
  %265 = load i32, ptr %144, align 4, !tbaa !4
  %266 = getelementptr inbounds [12 x [12 x i32]], ptr @next_hop, i64 0, i64 %142, i64 10
  store i32 %265, ptr %266, align 8, !tbaa !4
  %267 = load i32, ptr %143, align 4, !tbaa !4
  br label %268

268:                                              ; preds = %264, %257
  %269 = phi i32 [ %267, %264 ], [ %258, %257 ]
  %270 = load i32, ptr %140, align 4, !tbaa !4
  %271 = add nsw i32 %270, %269
  %272 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 %142, i64 11
  %273 = load i32, ptr %272, align 4, !tbaa !4
  %274 = icmp slt i32 %271, %273
  br i1 %274, label %275, label %278

275:                                              ; preds = %268
  store i32 %271, ptr %272, align 4, !tbaa !4
  %276 = load i32, ptr %144, align 4, !tbaa !4
  %277 = getelementptr inbounds [12 x [12 x i32]], ptr @next_hop, i64 0, i64 %142, i64 11
  store i32 %276, ptr %277, align 4, !tbaa !4
  br label %278

278:                                              ; preds = %275, %268
  %279 = add nuw nsw i64 %142, 1
  %280 = icmp eq i64 %279, 12
  br i1 %280, label %151, label %141, !llvm.loop !11

281:                                              ; preds = %151, %294
  %282 = phi i64 [ %295, %294 ], [ 0, %151 ]
  %283 = phi i32 [ %374, %294 ], [ 1, %151 ]
  %284 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 %282, i64 0
  %285 = trunc i64 %282 to i32
  %286 = load <4 x i32>, ptr %284, align 16, !tbaa !4
  %287 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 %282, i64 4
  %288 = load <8 x i32>, ptr %287, align 16, !tbaa !4
  br label %297

289:                                              ; preds = %294
  %290 = load i32, ptr getelementptr inbounds ([12 x [12 x i32]], ptr @dist, i64 0, i64 0, i64 11), align 4, !tbaa !4
  %291 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 12, i32 noundef 11, i32 noundef %290, i32 noundef %374)
  %292 = icmp eq i32 %374, 0
  %293 = zext i1 %292 to i32
  call void @llvm.lifetime.end.p0(i64 576, ptr nonnull %1) #3
  ret i32 %293

294:                                              ; preds = %321
  %295 = add nuw nsw i64 %282, 1
  %296 = icmp eq i64 %295, 12
  br i1 %296, label %289, label %281, !llvm.loop !12

297:                                              ; preds = %281, %321
  %298 = phi i64 [ 0, %281 ], [ %375, %321 ]
  %299 = phi i32 [ %283, %281 ], [ %374, %321 ]
  %300 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 %282, i64 %298
  %301 = load i32, ptr %300, align 4, !tbaa !4
  %302 = icmp sgt i32 %301, 999999
  br i1 %302, label %320, label %303

303:                                              ; preds = %297
  %304 = icmp eq i64 %282, %298
  br i1 %304, label %317, label %305

305:                                              ; preds = %303, %305
  %306 = phi i32 [ %310, %305 ], [ %285, %303 ]
  %307 = phi i32 [ %314, %305 ], [ 0, %303 ]
  %308 = sext i32 %306 to i64
  %309 = getelementptr inbounds [12 x [12 x i32]], ptr @next_hop, i64 0, i64 %308, i64 %298
  %310 = load i32, ptr %309, align 4, !tbaa !4
  %311 = sext i32 %310 to i64
  %312 = getelementptr inbounds [12 x i32], ptr %1, i64 %308, i64 %311
  %313 = load i32, ptr %312, align 4, !tbaa !4
  %314 = add nsw i32 %313, %307
  %315 = zext i32 %310 to i64
  %316 = icmp eq i64 %298, %315
  br i1 %316, label %317, label %305, !llvm.loop !13

317:                                              ; preds = %305, %303
  %318 = phi i32 [ 0, %303 ], [ %314, %305 ]
  %319 = icmp eq i32 %318, %301
  br i1 %319, label %321, label %320

320:                                              ; preds = %317, %297
  br label %321

321:                                              ; preds = %320, %317
  %322 = phi i32 [ 0, %320 ], [ %299, %317 ]
  %323 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 0, i64 %298
  %324 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 1, i64 %298
  %325 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 2, i64 %298
  %326 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 3, i64 %298
  %327 = load i32, ptr %323, align 4, !tbaa !4
  %328 = load i32, ptr %324, align 4, !tbaa !4
  %329 = load i32, ptr %325, align 4, !tbaa !4
  %330 = load i32, ptr %326, align 4, !tbaa !4
  %331 = insertelement <4 x i32> poison, i32 %327, i64 0
  %332 = insertelement <4 x i32> %331, i32 %328, i64 1
  %333 = insertelement <4 x i32> %332, i32 %329, i64 2
  %334 = insertelement <4 x i32> %333, i32 %330, i64 3
  %335 = add nsw <4 x i32> %334, %286
  %336 = insertelement <4 x i32> poison, i32 %301, i64 0
  %337 = shufflevector <4 x i32> %336, <4 x i32> poison, <4 x i32> zeroinitializer
  %338 = icmp sgt <4 x i32> %337, %335
  %339 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 4, i64 %298
  %340 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 5, i64 %298
  %341 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 6, i64 %298
  %342 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 7, i64 %298
  %343 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 8, i64 %298
  %344 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 9, i64 %298
  %345 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 10, i64 %298
  %346 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 11, i64 %298
  %347 = load i32, ptr %339, align 4, !tbaa !4
  %348 = load i32, ptr %340, align 4, !tbaa !4
  %349 = load i32, ptr %341, align 4, !tbaa !4
  %350 = load i32, ptr %342, align 4, !tbaa !4
  %351 = load i32, ptr %343, align 4, !tbaa !4
  %352 = load i32, ptr %344, align 4, !tbaa !4
  %353 = load i32, ptr %345, align 4, !tbaa !4
  %354 = load i32, ptr %346, align 4, !tbaa !4
  %355 = insertelement <8 x i32> poison, i32 %347, i64 0
  %356 = insertelement <8 x i32> %355, i32 %348, i64 1
  %357 = insertelement <8 x i32> %356, i32 %349, i64 2
  %358 = insertelement <8 x i32> %357, i32 %350, i64 3
  %359 = insertelement <8 x i32> %358, i32 %351, i64 4
  %360 = insertelement <8 x i32> %359, i32 %352, i64 5
  %361 = insertelement <8 x i32> %360, i32 %353, i64 6
  %362 = insertelement <8 x i32> %361, i32 %354, i64 7
  %363 = add nsw <8 x i32> %362, %288
  %364 = insertelement <8 x i32> poison, i32 %301, i64 0
  %365 = shufflevector <8 x i32> %364, <8 x i32> poison, <8 x i32> zeroinitializer
  %366 = icmp sgt <8 x i32> %365, %363
  %367 = freeze <8 x i1> %366
  %368 = bitcast <8 x i1> %367 to i8
  %369 = icmp ne i8 %368, 0
  %370 = freeze <4 x i1> %338
  %371 = bitcast <4 x i1> %370 to i4
  %372 = icmp ne i4 %371, 0
  %373 = or i1 %369, %372
  %374 = select i1 %373, i32 0, i32 %322
  %375 = add nuw nsw i64 %298, 1
  %376 = icmp eq i64 %375, 12
  br i1 %376, label %294, label %297, !llvm.loop !14
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!5, !5, i64 0}
!5 = !{!"int", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = distinct !{!8, !9}
!9 = !{!"llvm.loop.mustprogress"}
!10 = distinct !{!10, !9}
!11 = distinct !{!11, !9}
!12 = distinct !{!12, !9}
!13 = distinct !{!13, !9}
!14 = distinct !{!14, !9}
