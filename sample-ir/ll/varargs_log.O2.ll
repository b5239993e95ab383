; ModuleID = 'c/varargs_log.c'
source_filename = "c/varargs_log.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sink = type { [256 x i8], i64 }
%struct.__va_list_tag = type { i32, i32, ptr, ptr }

@.str = private unnamed_addr constant [5 x i8] c"INFO\00", align 1
@.str.1 = private unnamed_addr constant [22 x i8] c"%d items in %s (%u%%)\00", align 1
@.str.2 = private unnamed_addr constant [6 x i8] c"queue\00", align 1
@.str.3 = private unnamed_addr constant [31 x i8] c"INFO: -42 items in queue (75%)\00", align 1
@.str.4 = private unnamed_addr constant [6 x i8] c"DEBUG\00", align 1
@.str.5 = private unnamed_addr constant [21 x i8] c"addr=0x%x flag=%c %q\00", align 1
@.str.6 = private unnamed_addr constant [28 x i8] c"DEBUG: addr=0xbeef flag=Y ?\00", align 1
@.str.7 = private unnamed_addr constant [25 x i8] c"varargs_log failures=%d\0A\00", align 1
@.str.8 = private unnamed_addr constant [17 x i8] c"0123456789abcdef\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  %1 = alloca %struct.sink, align 8
  call void @llvm.lifetime.start.p0(i64 264, ptr nonnull %1) #6
  %2 = call ptr (ptr, ptr, ptr, ...) @log_message(ptr noundef nonnull %1, ptr noundef nonnull @.str, ptr noundef nonnull @.str.1, i32 noundef -42, ptr noundef nonnull @.str.2, i32 noundef 75)
  %3 = call i32 @bcmp(ptr noundef nonnull dereferenceable(31) %1, ptr noundef nonnull dereferenceable(31) @.str.3, i64 31)
  %4 = icmp ne i32 %3, 0
  %5 = zext i1 %4 to i32
  %6 = call i32 @puts(ptr noundef nonnull dereferenceable(1) %1)
  %7 = call ptr (ptr, ptr, ptr, ...) @log_message(ptr noundef nonnull %1, ptr noundef nonnull @.str.4, ptr noundef nonnull @.str.5, i32 noundef 48879, i32 noundef 89)
  %8 = call i32 @bcmp(ptr noundef nonnull dereferenceable(28) %1, ptr noundef nonnull dereferenceable(28) @.str.6, i64 28)
  %9 = icmp ne i32 %8, 0
  %10 = select i1 %4, i32 2, i32 1
  %11 = select i1 %9, i32 %10, i32 %5
  %12 = call i32 @puts(ptr noundef nonnull dereferenceable(1) %1)
  %13 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef %11)
  %14 = select i1 %9, i1 true, i1 %4
  %15 = zext i1 %14 to i32
  call void @llvm.lifetime.end.p0(i64 264, ptr nonnull %1) #6
  ret i32 %15
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nosync nounwind uwtable
define internal ptr @log_message(ptr noundef returned %0, ptr nocapture noundef readonly %1, ptr nocapture noundef readonly %2, ...) unnamed_addr #2 {
  %4 = alloca [32 x i8], align 16
  %5 = alloca [32 x i8], align 16
  %6 = alloca [32 x i8], align 16
  %7 = alloca [32 x i8], align 16
  %8 = alloca [1 x %struct.__va_list_tag], align 16
  %9 = getelementptr inbounds %struct.sink, ptr %0, i64 0, i32 1
  store i64 0, ptr %9, align 8, !tbaa !4
  store i8 0, ptr %0, align 8, !tbaa !9
  %10 = load i8, ptr %1, align 1, !tbaa !9
  %11 = icmp eq i8 %10, 0
  br i1 %11, label %16, label %311

12:                                               ; preds = %320
  %13 = load i64, ptr %9, align 8, !tbaa !4
  %14 = add i64 %13, 1
  %15 = icmp ult i64 %14, 256
  br i1 %15, label %16, label %21

16:                                               ; preds = %3, %12
  %17 = phi i64 [ %14, %12 ], [ 1, %3 ]
  %18 = phi i64 [ %13, %12 ], [ 0, %3 ]
  store i64 %17, ptr %9, align 8, !tbaa !4
  %19 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %18
  store i8 58, ptr %19, align 1, !tbaa !9
  %20 = load i64, ptr %9, align 8, !tbaa !4
  br label %21

21:                                               ; preds = %12, %16
  %22 = phi i64 [ %20, %16 ], [ %13, %12 ]
  %23 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %22
  store i8 0, ptr %23, align 1, !tbaa !9
  %24 = load i64, ptr %9, align 8, !tbaa !4
  %25 = add i64 %24, 1
  %26 = icmp ult i64 %25, 256
  br i1 %26, label %27, label %30

27:                                               ; preds = %21
  store i64 %25, ptr %9, align 8, !tbaa !4
  %28 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %24
  store i8 32, ptr %28, align 1, !tbaa !9
  %29 = load i64, ptr %9, align 8, !tbaa !4
  br label %30

30:                                               ; preds = %21, %27
  %31 = phi i64 [ %29, %27 ], [ %24, %21 ]
  %32 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %31
  store i8 0, ptr %32, align 1, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %8) #6
  call void @llvm.va_start(ptr nonnull %8)
  %33 = getelementptr inbounds %struct.__va_list_tag, ptr %8, i64 0, i32 2
  %34 = getelementptr inbounds %struct.__va_list_tag, ptr %8, i64 0, i32 3
  %35 = load i32, ptr %8, align 16
  %36 = load ptr, ptr %33, align 8
  %37 = load ptr, ptr %34, align 16
  br label %38

38:                                               ; preds = %305, %30
  %39 = phi ptr [ %36, %30 ], [ %306, %305 ]
  %40 = phi i32 [ %35, %30 ], [ %307, %305 ]
  %41 = phi ptr [ %2, %30 ], [ %309, %305 ]
  %42 = load i8, ptr %41, align 1, !tbaa !9
  switch i8 %42, label %43 [
    i8 0, label %310
    i8 37, label %53
  ]

43:                                               ; preds = %38
  %44 = load i64, ptr %9, align 8, !tbaa !4
  %45 = add i64 %44, 1
  %46 = icmp ult i64 %45, 256
  br i1 %46, label %47, label %50

47:                                               ; preds = %43
  store i64 %45, ptr %9, align 8, !tbaa !4
  %48 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %44
  store i8 %42, ptr %48, align 1, !tbaa !9
  %49 = load i64, ptr %9, align 8, !tbaa !4
  br label %50

50:                                               ; preds = %47, %43
  %51 = phi i64 [ %49, %47 ], [ %44, %43 ]
  %52 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %51
  store i8 0, ptr %52, align 1, !tbaa !9
  br label %305

53:                                               ; preds = %38
  %54 = getelementptr inbounds i8, ptr %41, i64 1
  %55 = load i8, ptr %54, align 1, !tbaa !9
  %56 = sext i8 %55 to i32
  switch i32 %56, label %295 [
    i32 100, label %57
    i32 117, label %145
    i32 120, label %189
    i32 99, label %232
    i32 115, label %255
    i32 37, label %285
    i32 0, label %310
  ]

57:                                               ; preds = %53
  %58 = icmp ult i32 %40, 41
  br i1 %58, label %59, label %63

59:                                               ; preds = %57
  %60 = zext i32 %40 to i64
  %61 = getelementptr i8, ptr %37, i64 %60
  %62 = add nuw nsw i32 %40, 8
  store i32 %62, ptr %8, align 16
  br label %65

63:                                               ; preds = %57
  %64 = getelementptr i8, ptr %39, i64 8
  store ptr %64, ptr %33, align 8
  br label %65

65:                                               ; preds = %63, %59
  %66 = phi ptr [ %39, %59 ], [ %64, %63 ]
  %67 = phi i32 [ %62, %59 ], [ %40, %63 ]
  %68 = phi ptr [ %61, %59 ], [ %39, %63 ]
  %69 = load i32, ptr %68, align 4
  %70 = icmp slt i32 %69, 0
  br i1 %70, label %71, label %113

71:                                               ; preds = %65
  %72 = load i64, ptr %9, align 8, !tbaa !4
  %73 = add i64 %72, 1
  %74 = icmp ult i64 %73, 256
  br i1 %74, label %75, label %78

75:                                               ; preds = %71
  store i64 %73, ptr %9, align 8, !tbaa !4
  %76 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %72
  store i8 45, ptr %76, align 1, !tbaa !9
  %77 = load i64, ptr %9, align 8, !tbaa !4
  br label %78

78:                                               ; preds = %75, %71
  %79 = phi i64 [ %77, %75 ], [ %72, %71 ]
  %80 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %79
  store i8 0, ptr %80, align 1, !tbaa !9
  %81 = sext i32 %69 to i64
  %82 = sub nsw i64 0, %81
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %7) #6
  br label %83

83:                                               ; preds = %83, %78
  %84 = phi i64 [ %94, %83 ], [ 1, %78 ]
  %85 = phi i64 [ %90, %83 ], [ 0, %78 ]
  %86 = phi i64 [ %92, %83 ], [ %82, %78 ]
  %87 = urem i64 %86, 10
  %88 = getelementptr inbounds [17 x i8], ptr @.str.8, i64 0, i64 %87
  %89 = load i8, ptr %88, align 1, !tbaa !9
  %90 = add nuw i64 %85, 1
  %91 = getelementptr inbounds [32 x i8], ptr %7, i64 0, i64 %85
  store i8 %89, ptr %91, align 1, !tbaa !9
  %92 = udiv i64 %86, 10
  %93 = icmp ult i64 %86, 10
  %94 = add nuw i64 %84, 1
  br i1 %93, label %95, label %83, !llvm.loop !10

95:                                               ; preds = %83, %107
  %96 = phi i64 [ %97, %107 ], [ %84, %83 ]
  %97 = add i64 %96, -1
  %98 = load i64, ptr %9, align 8, !tbaa !4
  %99 = add i64 %98, 1
  %100 = icmp ult i64 %99, 256
  br i1 %100, label %101, label %107

101:                                              ; preds = %95
  %102 = and i64 %97, 4294967295
  %103 = getelementptr inbounds [32 x i8], ptr %7, i64 0, i64 %102
  %104 = load i8, ptr %103, align 1, !tbaa !9
  store i64 %99, ptr %9, align 8, !tbaa !4
  %105 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %98
  store i8 %104, ptr %105, align 1, !tbaa !9
  %106 = load i64, ptr %9, align 8, !tbaa !4
  br label %107

107:                                              ; preds = %101, %95
  %108 = phi i64 [ %106, %101 ], [ %98, %95 ]
  %109 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %108
  store i8 0, ptr %109, align 1, !tbaa !9
  %110 = trunc i64 %96 to i32
  %111 = icmp sgt i32 %110, 1
  br i1 %111, label %95, label %112, !llvm.loop !12

112:                                              ; preds = %107
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %7) #6
  br label %305

113:                                              ; preds = %65
  %114 = zext i32 %69 to i64
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %6) #6
  br label %115

115:                                              ; preds = %115, %113
  %116 = phi i64 [ %126, %115 ], [ 1, %113 ]
  %117 = phi i64 [ %122, %115 ], [ 0, %113 ]
  %118 = phi i64 [ %124, %115 ], [ %114, %113 ]
  %119 = urem i64 %118, 10
  %120 = getelementptr inbounds [17 x i8], ptr @.str.8, i64 0, i64 %119
  %121 = load i8, ptr %120, align 1, !tbaa !9
  %122 = add nuw i64 %117, 1
  %123 = getelementptr inbounds [32 x i8], ptr %6, i64 0, i64 %117
  store i8 %121, ptr %123, align 1, !tbaa !9
  %124 = udiv i64 %118, 10
  %125 = icmp ult i64 %118, 10
  %126 = add nuw i64 %116, 1
  br i1 %125, label %127, label %115, !llvm.loop !10

127:                                              ; preds = %115, %139
  %128 = phi i64 [ %129, %139 ], [ %116, %115 ]
  %129 = add i64 %128, -1
  %130 = load i64, ptr %9, align 8, !tbaa !4
  %131 = add i64 %130, 1
  %132 = icmp ult i64 %131, 256
  br i1 %132, label %133, label %139

133:                                              ; preds = %127
  %134 = and i64 %129, 4294967295
  %135 = getelementptr inbounds [32 x i8], ptr %6, i64 0, i64 %134
  %136 = load i8, ptr %135, align 1, !tbaa !9
  store i64 %131, ptr %9, align 8, !tbaa !4
  %137 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %130
  store i8 %136, ptr %137, align 1, !tbaa !9
  %138 = load i64, ptr %9, align 8, !tbaa !4
  br label %139

139:                                              ; preds = %133, %127
  %140 = phi i64 [ %138, %133 ], [ %130, %127 ]
  %141 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %140
  store i8 0, ptr %141, align 1, !tbaa !9
  %142 = trunc i64 %128 to i32
  %143 = icmp sgt i32 %142, 1
  br i1 %143, label %127, label %144, !llvm.loop !12

144:                                              ; preds = %139
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %6) #6
  br label %305

145:                                              ; preds = %53
  %146 = icmp ult i32 %40, 41
  br i1 %146, label %147, label %151

147:                                              ; preds = %145
  %148 = zext i32 %40 to i64
  %149 = getelementptr i8, ptr %37, i64 %148
  %150 = add nuw nsw i32 %40, 8
  store i32 %150, ptr %8, align 16
  br label %153

151:                                              ; preds = %145
  %152 = getelementptr i8, ptr %39, i64 8
  store ptr %152, ptr %33, align 8
  br label %153

153:                                              ; preds = %151, %147
  %154 = phi ptr [ %39, %147 ], [ %152, %151 ]
  %155 = phi i32 [ %150, %147 ], [ %40, %151 ]
  %156 = phi ptr [ %149, %147 ], [ %39, %151 ]
  %157 = load i32, ptr %156, align 4
  %158 = zext i32 %157 to i64
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %5) #6
  br label %159

159:                                              ; preds = %159, %153
  %160 = phi i64 [ %170, %159 ], [ 1, %153 ]
  %161 = phi i64 [ %166, %159 ], [ 0, %153 ]
  %162 = phi i64 [ %168, %159 ], [ %158, %153 ]
  %163 = urem i64 %162, 10
  %164 = getelementptr inbounds [17 x i8], ptr @.str.8, i64 0, i64 %163
  %165 = load i8, ptr %164, align 1, !tbaa !9
  %166 = add nuw i64 %161, 1
  %167 = getelementptr inbounds [32 x i8], ptr %5, i64 0, i64 %161
  store i8 %165, ptr %167, align 1, !tbaa !9
  %168 = udiv i64 %162, 10
  %169 = icmp ult i64 %162, 10
  %170 = add nuw i64 %160, 1
  br i1 %169, label %171, label %159, !llvm.loop !10

171:                                              ; preds = %159, %183
  %172 = phi i64 [ %173, %183 ], [ %160, %159 ]
  %173 = add i64 %172, -1
  %174 = load i64, ptr %9, align 8, !tbaa !4
  %175 = add i64 %174, 1
  %176 = icmp ult i64 %175, 256
  br i1 %176, label %177, label %183

177:                                              ; preds = %171
  %178 = and i64 %173, 4294967295
  %179 = getelementptr inbounds [32 x i8], ptr %5, i64 0, i64 %178
  %180 = load i8, ptr %179, align 1, !tbaa !9
  store i64 %175, ptr %9, align 8, !tbaa !4
  %181 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %174
  store i8 %180, ptr %181, align 1, !tbaa !9
  %182 = load i64, ptr %9, align 8, !tbaa !4
  br label %183

183:                                              ; preds = %177, %171
  %184 = phi i64 [ %182, %177 ], [ %174, %171 ]
  %185 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %184
  store i8 0, ptr %185, align 1, !tbaa !9
  %186 = trunc i64 %172 to i32
  %187 = icmp sgt i32 %186, 1
  br i1 %187, label %171, label %188, !llvm.loop !12

188:                                              ; preds = %183
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %5) #6
  br label %305

189:                                              ; preds = %53
  %190 = icmp ult i32 %40, 41
  br i1 %190, label %191, label %195

191:                                              ; preds = %189
  %192 = zext i32 %40 to i64
  %193 = getelementptr i8, ptr %37, i64 %192
  %194 = add nuw nsw i32 %40, 8
  store i32 %194, ptr %8, align 16
  br label %197

195:                                              ; preds = %189
  %196 = getelementptr i8, ptr %39, i64 8
  store ptr %196, ptr %33, align 8
  br label %197

197:                                              ; preds = %195, %191
  %198 = phi ptr [ %39, %191 ], [ %196, %195 ]
  %199 = phi i32 [ %194, %191 ], [ %40, %195 ]
  %200 = phi ptr [ %193, %191 ], [ %39, %195 ]
  %201 = load i32, ptr %200, align 4
  %202 = zext i32 %201 to i64
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %4) #6
  br label %203

203:                                              ; preds = %203, %197
  %204 = phi i64 [ %214, %203 ], [ 1, %197 ]
  %205 = phi i64 [ %210, %203 ], [ 0, %197 ]
  %206 = phi i64 [ %212, %203 ], [ %202, %197 ]
  %207 = and i64 %206, 15
  %208 = getelementptr inbounds [17 x i8], ptr @.str.8, i64 0, i64 %207
  %209 = load i8, ptr %208, align 1, !tbaa !9
  %210 = add nuw nsw i64 %205, 1
  %211 = getelementptr inbounds [32 x i8], ptr %4, i64 0, i64 %205
  store i8 %209, ptr %211, align 1, !tbaa !9
  %212 = lshr i64 %206, 4
  %213 = icmp ult i64 %206, 16
  %214 = add nuw nsw i64 %204, 1
  br i1 %213, label %215, label %203, !llvm.loop !10

215:                                              ; preds = %203, %227
  %216 = phi i64 [ %217, %227 ], [ %204, %203 ]
  %217 = add nsw i64 %216, -1
  %218 = load i64, ptr %9, align 8, !tbaa !4
  %219 = add i64 %218, 1
  %220 = icmp ult i64 %219, 256
  br i1 %220, label %221, label %227

221:                                              ; preds = %215
  %222 = and i64 %217, 4294967295
  %223 = getelementptr inbounds [32 x i8], ptr %4, i64 0, i64 %222
  %224 = load i8, ptr %223, align 1, !tbaa !9
  store i64 %219, ptr %9, align 8, !tbaa !4
  %225 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %218
  store i8 %224, ptr %225, align 1, !tbaa !9
  %226 = load i64, ptr %9, align 8, !tbaa !4
  br label %227

227:                                              ; preds = %221, %215
  %228 = phi i64 [ %226, %221 ], [ %218, %215 ]
  %229 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %228
  store i8 0, ptr %229, align 1, !tbaa !9
  %230 = icmp sgt i64 %216, 1
  br i1 %230, label %215, label %231, !llvm.loop !12

231:                                              ; preds = %227
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %4) #6
  br label %305

232:                                              ; preds = %53
  %233 = icmp ult i32 %40, 41
  br i1 %233, label %234, label %238

234:                                              ; preds = %232
  %235 = zext i32 %40 to i64
  %236 = getelementptr i8, ptr %37, i64 %235
  %237 = add nuw nsw i32 %40, 8
  store i32 %237, ptr %8, align 16
  br label %240

238:                                              ; preds = %232
  %239 = getelementptr i8, ptr %39, i64 8
  store ptr %239, ptr %33, align 8
  br label %240

240:                                              ; preds = %238, %234
  %241 = phi ptr [ %39, %234 ], [ %239, %238 ]
  %242 = phi i32 [ %237, %234 ], [ %40, %238 ]
  %243 = phi ptr [ %236, %234 ], [ %39, %238 ]
  %244 = load i64, ptr %9, align 8, !tbaa !4
  %245 = add i64 %244, 1
  %246 = icmp ult i64 %245, 256
  br i1 %246, label %247, label %252

247:                                              ; preds = %240
  %248 = load i32, ptr %243, align 4
  %249 = trunc i32 %248 to i8
  store i64 %245, ptr %9, align 8, !tbaa !4
  %250 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %244
  store i8 %249, ptr %250, align 1, !tbaa !9
  %251 = load i64, ptr %9, align 8, !tbaa !4
  br label %252

252:                                              ; preds = %247, %240
  %253 = phi i64 [ %251, %247 ], [ %244, %240 ]
  %254 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %253
  store i8 0, ptr %254, align 1, !tbaa !9
  br label %305

255:                                              ; preds = %53
  %256 = icmp ult i32 %40, 41
  br i1 %256, label %257, label %261

257:                                              ; preds = %255
  %258 = zext i32 %40 to i64
  %259 = getelementptr i8, ptr %37, i64 %258
  %260 = add nuw nsw i32 %40, 8
  store i32 %260, ptr %8, align 16
  br label %263

261:                                              ; preds = %255
  %262 = getelementptr i8, ptr %39, i64 8
  store ptr %262, ptr %33, align 8
  br label %263

263:                                              ; preds = %261, %257
  %264 = phi ptr [ %39, %257 ], [ %262, %261 ]
  %265 = phi i32 [ %260, %257 ], [ %40, %261 ]
  %266 = phi ptr [ %259, %257 ], [ %39, %261 ]
  %267 = load ptr, ptr %266, align 8
  %268 = load i8, ptr %267, align 1, !tbaa !9
  %269 = icmp eq i8 %268, 0
  br i1 %269, label %305, label %270

270:                                              ; preds = %263, %279
  %271 = phi i8 [ %283, %279 ], [ %268, %263 ]
  %272 = phi ptr [ %282, %279 ], [ %267, %263 ]
  %273 = load i64, ptr %9, align 8, !tbaa !4
  %274 = add i64 %273, 1
  %275 = icmp ult i64 %274, 256
  br i1 %275, label %276, label %279

276:                                              ; preds = %270
  store i64 %274, ptr %9, align 8, !tbaa !4
  %277 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %273
  store i8 %271, ptr %277, align 1, !tbaa !9
  %278 = load i64, ptr %9, align 8, !tbaa !4
  br label %279

279:                                              ; preds = %276, %270
  %280 = phi i64 [ %278, %276 ], [ %273, %270 ]
  %281 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %280
  store i8 0, ptr %281, align 1, !tbaa !9
  %282 = getelementptr inbounds i8, ptr %272, i64 1
  %283 = load i8, ptr %282, align 1, !tbaa !9
  %284 = icmp eq i8 %283, 0
  br i1 %284, label %305, label %270, !llvm.loop !13

285:                                              ; preds = %53
  %286 = load i64, ptr %9, align 8, !tbaa !4
  %287 = add i64 %286, 1
  %288 = icmp ult i64 %287, 256
  br i1 %288, label %289, label %292

289:                                              ; preds = %285
  store i64 %287, ptr %9, align 8, !tbaa !4
  %290 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %286
  store i8 37, ptr %290, align 1, !tbaa !9
  %291 = load i64, ptr %9, align 8, !tbaa !4
  br label %292

292:                                              ; preds = %289, %285
  %293 = phi i64 [ %291, %289 ], [ %286, %285 ]
  %294 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %293
  store i8 0, ptr %294, align 1, !tbaa !9
  br label %305

295:                                              ; preds = %53
  %296 = load i64, ptr %9, align 8, !tbaa !4
  %297 = add i64 %296, 1
  %298 = icmp ult i64 %297, 256
  br i1 %298, label %299, label %302

299:                                              ; preds = %295
  store i64 %297, ptr %9, align 8, !tbaa !4
  %300 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %296
  store i8 63, ptr %300, align 1, !tbaa !9
  %301 = load i64, ptr %9, align 8, !tbaa !4
  br label %302

302:                                              ; preds = %299, %295
  %303 = phi i64 [ %301, %299 ], [ %296, %295 ]
  %304 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %303
  store i8 0, ptr %304, align 1, !tbaa !9
  br label %305

305:                                              ; preds = %279, %302, %292, %263, %252, %231, %188, %144, %112, %50
  %306 = phi ptr [ %39, %50 ], [ %39, %302 ], [ %39, %292 ], [ %241, %252 ], [ %198, %231 ], [ %154, %188 ], [ %66, %144 ], [ %66, %112 ], [ %264, %263 ], [ %264, %279 ]
  %307 = phi i32 [ %40, %50 ], [ %40, %302 ], [ %40, %292 ], [ %242, %252 ], [ %199, %231 ], [ %155, %188 ], [ %67, %144 ], [ %67, %112 ], [ %265, %263 ], [ %265, %279 ]
  %308 = phi ptr [ %41, %50 ], [ %54, %302 ], [ %54, %292 ], [ %54, %252 ], [ %54, %231 ], [ %54, %188 ], [ %54, %144 ], [ %54, %112 ], [ %54, %263 ], [ %54, %279 ]
  %309 = getelementptr inbounds i8, ptr %308, i64 1
  br label %38, !llvm.loop !14

310:                                              ; preds = %38, %53
  call void @llvm.va_end(ptr nonnull %8)
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %8) #6
  ret ptr %0

311:                                              ; preds = %3, %320
  %312 = phi i8 [ %324, %320 ], [ %10, %3 ]
  %313 = phi ptr [ %323, %320 ], [ %1, %3 ]
  %314 = load i64, ptr %9, align 8, !tbaa !4
  %315 = add i64 %314, 1
  %316 = icmp ult i64 %315, 256
  br i1 %316, label %317, label %320

317:                                              ; preds = %311
  store i64 %315, ptr %9, align 8, !tbaa !4
  %318 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %314
  store i8 %312, ptr %318, align 1, !tbaa !9
  %319 = load i64, ptr %9, align 8, !tbaa !4
  br label %320

320:                                              ; preds = %311, %317
  %321 = phi i64 [ %319, %317 ], [ %314, %311 ]
  %322 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %321
  store i8 0, ptr %322, align 1, !tbaa !9
  %323 = getelementptr inbounds i8, ptr %313, i64 1
  %324 = load i8, ptr %323, align 1, !tbaa !9
  %325 = icmp eq i8 %324, 0
  br i1 %325, label %12, label %311, !llvm.loop !15
}

; Function Attrs: nofree nounwind
declare noundef i32 @puts(ptr nocapture noundef readonly) local_unnamed_addr #3

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare void @llvm.va_start(ptr) #4

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare void @llvm.va_end(ptr) #4

; Function Attrs: nofree nounwind willreturn memory(argmem: read)
declare i32 @bcmp(ptr nocapture, ptr nocapture, i64) local_unnamed_addr #5

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nosync nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nocallback nofree nosync nounwind willreturn }
attributes #5 = { nofree nounwind willreturn memory(argmem: read) }
attributes #6 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!5, !8, i64 256}
!5 = !{!"sink", !6, i64 0, !8, i64 256}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = !{!"long", !6, i64 0}
!9 = !{!6, !6, i64 0}
!10 = distinct !{!10, !11}
!11 = !{!"llvm.loop.mustprogress"}
!12 = distinct !{!12, !11}
!13 = distinct !{!13, !11}
!14 = distinct !{!14, !11}
!15 = distinct !{!15, !11}
