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
  br i1 %11, label %12, label %297

12:                                               ; preds = %305, %3
  %13 = load i64, ptr %9, align 8, !tbaa !4
  %14 = add i64 %13, 1
  %15 = icmp ult i64 %14, 256
  br i1 %15, label %16, label %18

16:                                               ; preds = %12
  store i64 %14, ptr %9, align 8, !tbaa !4
  %17 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %13
  store i8 58, ptr %17, align 1, !tbaa !9
  br label %18

18:                                               ; preds = %12, %16
  %19 = load i64, ptr %9, align 8, !tbaa !4
  %20 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %19
  store i8 0, ptr %20, align 1, !tbaa !9
  %21 = load i64, ptr %9, align 8, !tbaa !4
  %22 = add i64 %21, 1
  %23 = icmp ult i64 %22, 256
  br i1 %23, label %24, label %26

24:                                               ; preds = %18
  store i64 %22, ptr %9, align 8, !tbaa !4
  %25 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %21
  store i8 32, ptr %25, align 1, !tbaa !9
  br label %26

26:                                               ; preds = %18, %24
  %27 = load i64, ptr %9, align 8, !tbaa !4
  %28 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %27
  store i8 0, ptr %28, align 1, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %8) #6
  call void @llvm.va_start(ptr nonnull %8)
  %29 = getelementptr inbounds %struct.__va_list_tag, ptr %8, i64 0, i32 2
  %30 = getelementptr inbounds %struct.__va_list_tag, ptr %8, i64 0, i32 3
  %31 = load i32, ptr %8, align 16
  %32 = load ptr, ptr %29, align 8
  %33 = load ptr, ptr %30, align 16
  br label %34

34:                                               ; preds = %291, %26
  %35 = phi ptr [ %32, %26 ], [ %292, %291 ]
  %36 = phi i32 [ %31, %26 ], [ %293, %291 ]
  %37 = phi ptr [ %2, %26 ], [ %295, %291 ]
  %38 = load i8, ptr %37, align 1, !tbaa !9
  switch i8 %38, label %39 [
    i8 0, label %296
    i8 37, label %48
  ]

39:                                               ; preds = %34
  %40 = load i64, ptr %9, align 8, !tbaa !4
  %41 = add i64 %40, 1
  %42 = icmp ult i64 %41, 256
  br i1 %42, label %43, label %45

43:                                               ; preds = %39
  store i64 %41, ptr %9, align 8, !tbaa !4
  %44 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %40
  store i8 %38, ptr %44, align 1, !tbaa !9
  br label %45

45:                                               ; preds = %43, %39
  %46 = load i64, ptr %9, align 8, !tbaa !4
  %47 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %46
  store i8 0, ptr %47, align 1, !tbaa !9
  br label %291

48:                                               ; preds = %34
  %49 = getelementptr inbounds i8, ptr %37, i64 1
  %50 = load i8, ptr %49, align 1, !tbaa !9
  %51 = sext i8 %50 to i32
  switch i32 %51, label %282 [
    i32 100, label %52
    i32 117, label %137
    i32 120, label %180
    i32 99, label %222
    i32 115, label %244
    i32 37, label %273
    i32 0, label %296
  ]

52:                                               ; preds = %48
  %53 = icmp ult i32 %36, 41
  br i1 %53, label %54, label %58

54:                                               ; preds = %52
  %55 = sext i32 %36 to i64
  %56 = getelementptr i8, ptr %33, i64 %55
  %57 = add nuw nsw i32 %36, 8
  store i32 %57, ptr %8, align 16
  br label %60

58:                                               ; preds = %52
  %59 = getelementptr i8, ptr %35, i64 8
  store ptr %59, ptr %29, align 8
  br label %60

60:                                               ; preds = %58, %54
  %61 = phi ptr [ %35, %54 ], [ %59, %58 ]
  %62 = phi i32 [ %57, %54 ], [ %36, %58 ]
  %63 = phi ptr [ %56, %54 ], [ %35, %58 ]
  %64 = load i32, ptr %63, align 4
  %65 = icmp slt i32 %64, 0
  br i1 %65, label %66, label %106

66:                                               ; preds = %60
  %67 = load i64, ptr %9, align 8, !tbaa !4
  %68 = add i64 %67, 1
  %69 = icmp ult i64 %68, 256
  br i1 %69, label %70, label %72

70:                                               ; preds = %66
  store i64 %68, ptr %9, align 8, !tbaa !4
  %71 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %67
  store i8 45, ptr %71, align 1, !tbaa !9
  br label %72

72:                                               ; preds = %70, %66
  %73 = load i64, ptr %9, align 8, !tbaa !4
  %74 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %73
  store i8 0, ptr %74, align 1, !tbaa !9
  %75 = sext i32 %64 to i64
  %76 = sub nsw i64 0, %75
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %7) #6
  br label %77

77:                                               ; preds = %77, %72
  %78 = phi i64 [ %88, %77 ], [ 1, %72 ]
  %79 = phi i64 [ %84, %77 ], [ 0, %72 ]
  %80 = phi i64 [ %86, %77 ], [ %76, %72 ]
  %81 = urem i64 %80, 10
  %82 = getelementptr inbounds [17 x i8], ptr @.str.8, i64 0, i64 %81
  %83 = load i8, ptr %82, align 1, !tbaa !9
  %84 = add nuw i64 %79, 1
  %85 = getelementptr inbounds [32 x i8], ptr %7, i64 0, i64 %79
  store i8 %83, ptr %85, align 1, !tbaa !9
  %86 = udiv i64 %80, 10
  %87 = icmp ult i64 %80, 10
  %88 = add nuw i64 %78, 1
  br i1 %87, label %89, label %77, !llvm.loop !10

89:                                               ; preds = %77, %100
  %90 = phi i64 [ %91, %100 ], [ %78, %77 ]
  %91 = add i64 %90, -1
  %92 = load i64, ptr %9, align 8, !tbaa !4
  %93 = add i64 %92, 1
  %94 = icmp ult i64 %93, 256
  br i1 %94, label %95, label %100

95:                                               ; preds = %89
  %96 = and i64 %91, 4294967295
  %97 = getelementptr inbounds [32 x i8], ptr %7, i64 0, i64 %96
  %98 = load i8, ptr %97, align 1, !tbaa !9
  store i64 %93, ptr %9, align 8, !tbaa !4
  %99 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %92
  store i8 %98, ptr %99, align 1, !tbaa !9
  br label %100

100:                                              ; preds = %95, %89
  %101 = load i64, ptr %9, align 8, !tbaa !4
  %102 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %101
  store i8 0, ptr %102, align 1, !tbaa !9
  %103 = trunc i64 %90 to i32
  %104 = icmp sgt i32 %103, 1
  br i1 %104, label %89, label %105, !llvm.loop !13

105:                                              ; preds = %100
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %7) #6
  br label %291

106:                                              ; preds = %60
  %107 = zext i32 %64 to i64
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %6) #6
  br label %108

108:                                              ; preds = %108, %106
  %109 = phi i64 [ %119, %108 ], [ 1, %106 ]
  %110 = phi i64 [ %115, %108 ], [ 0, %106 ]
  %111 = phi i64 [ %117, %108 ], [ %107, %106 ]
  %112 = urem i64 %111, 10
  %113 = getelementptr inbounds [17 x i8], ptr @.str.8, i64 0, i64 %112
  %114 = load i8, ptr %113, align 1, !tbaa !9
  %115 = add nuw i64 %110, 1
  %116 = getelementptr inbounds [32 x i8], ptr %6, i64 0, i64 %110
  store i8 %114, ptr %116, align 1, !tbaa !9
  %117 = udiv i64 %111, 10
  %118 = icmp ult i64 %111, 10
  %119 = add nuw i64 %109, 1
  br i1 %118, label %120, label %108, !llvm.loop !10

120:                                              ; preds = %108, %131
  %121 = phi i64 [ %122, %131 ], [ %109, %108 ]
  %122 = add i64 %121, -1
  %123 = load i64, ptr %9, align 8, !tbaa !4
  %124 = add i64 %123, 1
  %125 = icmp ult i64 %124, 256
  br i1 %125, label %126, label %131

126:                                              ; preds = %120
  %127 = and i64 %122, 4294967295
  %128 = getelementptr inbounds [32 x i8], ptr %6, i64 0, i64 %127
  %129 = load i8, ptr %128, align 1, !tbaa !9
  store i64 %124, ptr %9, align 8, !tbaa !4
  %130 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %123
  store i8 %129, ptr %130, align 1, !tbaa !9
  br label %131

131:                                              ; preds = %126, %120
  %132 = load i64, ptr %9, align 8, !tbaa !4
  %133 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %132
  store i8 0, ptr %133, align 1, !tbaa !9
  %134 = trunc i64 %121 to i32
  %135 = icmp sgt i32 %134, 1
  br i1 %135, label %120, label %136, !llvm.loop !13

136:                                              ; preds = %131
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %6) #6
  br label %291

137:                                              ; preds = %48
  %138 = icmp ult i32 %36, 41
  br i1 %138, label %139, label %143

139:                                              ; preds = %137
  %140 = sext i32 %36 to i64
  %141 = getelementptr i8, ptr %33, i64 %140
  %142 = add nuw nsw i32 %36, 8
  store i32 %142, ptr %8, align 16
  br label %145

143:                                              ; preds = %137
  %144 = getelementptr i8, ptr %35, i64 8
  store ptr %144, ptr %29, align 8
  br label %145

145:                                              ; preds = %143, %139
  %146 = phi ptr [ %35, %139 ], [ %144, %143 ]
  %147 = phi i32 [ %142, %139 ], [ %36, %143 ]
  %148 = phi ptr [ %141, %139 ], [ %35, %143 ]
  %149 = load i32, ptr %148, align 4
  %150 = zext i32 %149 to i64
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %5) #6
  br label %151

151:                                              ; preds = %151, %145
  %152 = phi i64 [ %162, %151 ], [ 1, %145 ]
  %153 = phi i64 [ %158, %151 ], [ 0, %145 ]
  %154 = phi i64 [ %160, %151 ], [ %150, %145 ]
  %155 = urem i64 %154, 10
  %156 = getelementptr inbounds [17 x i8], ptr @.str.8, i64 0, i64 %155
  %157 = load i8, ptr %156, align 1, !tbaa !9
  %158 = add nuw i64 %153, 1
  %159 = getelementptr inbounds [32 x i8], ptr %5, i64 0, i64 %153
  store i8 %157, ptr %159, align 1, !tbaa !9
  %160 = udiv i64 %154, 10
  %161 = icmp ult i64 %154, 10
  %162 = add nuw i64 %152, 1
  br i1 %161, label %163, label %151, !llvm.loop !10

163:                                              ; preds = %151, %174
  %164 = phi i64 [ %165, %174 ], [ %152, %151 ]
  %165 = add i64 %164, -1
  %166 = load i64, ptr %9, align 8, !tbaa !4
  %167 = add i64 %166, 1
  %168 = icmp ult i64 %167, 256
  br i1 %168, label %169, label %174

169:                                              ; preds = %163
  %170 = and i64 %165, 4294967295
  %171 = getelementptr inbounds [32 x i8], ptr %5, i64 0, i64 %170
  %172 = load i8, ptr %171, align 1, !tbaa !9
  store i64 %167, ptr %9, align 8, !tbaa !4
  %173 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %166
  store i8 %172, ptr %173, align 1, !tbaa !9
  br label %174

174:                                              ; preds = %169, %163
  %175 = load i64, ptr %9, align 8, !tbaa !4
  %176 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %175
  store i8 0, ptr %176, align 1, !tbaa !9
  %177 = trunc i64 %164 to i32
  %178 = icmp sgt i32 %177, 1
  br i1 %178, label %163, label %179, !llvm.loop !13

179:                                              ; preds = %174
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %5) #6
  br label %291

180:                                              ; preds = %48
  %181 = icmp ult i32 %36, 41
  br i1 %181, label %182, label %186

182:                                              ; preds = %180
  %183 = sext i32 %36 to i64
  %184 = getelementptr i8, ptr %33, i64 %183
  %185 = add nuw nsw i32 %36, 8
  store i32 %185, ptr %8, align 16
  br label %188

186:                                              ; preds = %180
  %187 = getelementptr i8, ptr %35, i64 8
  store ptr %187, ptr %29, align 8
  br label %188

188:                                              ; preds = %186, %182
  %189 = phi ptr [ %35, %182 ], [ %187, %186 ]
  %190 = phi i32 [ %185, %182 ], [ %36, %186 ]
  %191 = phi ptr [ %184, %182 ], [ %35, %186 ]
  %192 = load i32, ptr %191, align 4
  %193 = zext i32 %192 to i64
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %4) #6
  br label %194

194:                                              ; preds = %194, %188
  %195 = phi i64 [ %205, %194 ], [ 1, %188 ]
  %196 = phi i64 [ %201, %194 ], [ 0, %188 ]
  %197 = phi i64 [ %203, %194 ], [ %193, %188 ]
  %198 = and i64 %197, 15
  %199 = getelementptr inbounds [17 x i8], ptr @.str.8, i64 0, i64 %198
  %200 = load i8, ptr %199, align 1, !tbaa !9
  %201 = add nuw nsw i64 %196, 1
  %202 = getelementptr inbounds [32 x i8], ptr %4, i64 0, i64 %196
  store i8 %200, ptr %202, align 1, !tbaa !9
  %203 = lshr i64 %197, 4
  %204 = icmp ult i64 %197, 16
  %205 = add nuw nsw i64 %195, 1
  br i1 %204, label %206, label %194, !llvm.loop !10

206:                                              ; preds = %194, %217
  %207 = phi i64 [ %208, %217 ], [ %195, %194 ]
  %208 = add nsw i64 %207, -1
  %209 = load i64, ptr %9, align 8, !tbaa !4
  %210 = add i64 %209, 1
  %211 = icmp ult i64 %210, 256
  br i1 %211, label %212, label %217

212:                                              ; preds = %206
  %213 = and i64 %208, 4294967295
  %214 = getelementptr inbounds [32 x i8], ptr %4, i64 0, i64 %213
  %215 = load i8, ptr %214, align 1, !tbaa !9
  store i64 %210, ptr %9, align 8, !tbaa !4
  %216 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %209
  store i8 %215, ptr %216, align 1, !tbaa !9
  br label %217

217:                                              ; preds = %212, %206
  %218 = load i64, ptr %9, align 8, !tbaa !4
  %219 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %218
  store i8 0, ptr %219, align 1, !tbaa !9
  %220 = icmp sgt i64 %207, 1
  br i1 %220, label %206, label %221, !llvm.loop !13

221:                                              ; preds = %217
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %4) #6
  br label %291

222:                                              ; preds = %48
  %223 = icmp ult i32 %36, 41
  br i1 %223, label %224, label %228

224:                                              ; preds = %222
  %225 = sext i32 %36 to i64
  %226 = getelementptr i8, ptr %33, i64 %225
  %227 = add nuw nsw i32 %36, 8
  store i32 %227, ptr %8, align 16
  br label %230

228:                                              ; preds = %222
  %229 = getelementptr i8, ptr %35, i64 8
  store ptr %229, ptr %29, align 8
  br label %230

230:                                              ; preds = %228, %224
  %231 = phi ptr [ %35, %224 ], [ %229, %228 ]
  %232 = phi i32 [ %227, %224 ], [ %36, %228 ]
  %233 = phi ptr [ %226, %224 ], [ %35, %228 ]
  %234 = load i64, ptr %9, align 8, !tbaa !4
  %235 = add i64 %234, 1
  %236 = icmp ult i64 %235, 256
  br i1 %236, label %237, label %241

237:                                              ; preds = %230
  %238 = load i32, ptr %233, align 4
  %239 = trunc i32 %238 to i8
  store i64 %235, ptr %9, align 8, !tbaa !4
  %240 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %234
  store i8 %239, ptr %240, align 1, !tbaa !9
  br label %241

241:                                              ; preds = %237, %230
  %242 = load i64, ptr %9, align 8, !tbaa !4
  %243 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %242
  store i8 0, ptr %243, align 1, !tbaa !9
  br label %291

244:                                              ; preds = %48
  %245 = icmp ult i32 %36, 41
  br i1 %245, label %246, label %250

246:                                              ; preds = %244
  %247 = sext i32 %36 to i64
  %248 = getelementptr i8, ptr %33, i64 %247
  %249 = add nuw nsw i32 %36, 8
  store i32 %249, ptr %8, align 16
  br label %252

250:                                              ; preds = %244
  %251 = getelementptr i8, ptr %35, i64 8
  store ptr %251, ptr %29, align 8
  br label %252

252:                                              ; preds = %250, %246
  %253 = phi ptr [ %35, %246 ], [ %251, %250 ]
  %254 = phi i32 [ %249, %246 ], [ %36, %250 ]
  %255 = phi ptr [ %248, %246 ], [ %35, %250 ]
  %256 = load ptr, ptr %255, align 8
  %257 = load i8, ptr %256, align 1, !tbaa !9
  %258 = icmp eq i8 %257, 0
  br i1 %258, label %291, label %259

259:                                              ; preds = %252, %267
  %260 = phi i8 [ %271, %267 ], [ %257, %252 ]
  %261 = phi ptr [ %270, %267 ], [ %256, %252 ]
  %262 = load i64, ptr %9, align 8, !tbaa !4
  %263 = add i64 %262, 1
  %264 = icmp ult i64 %263, 256
  br i1 %264, label %265, label %267

265:                                              ; preds = %259
  store i64 %263, ptr %9, align 8, !tbaa !4
  %266 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %262
  store i8 %260, ptr %266, align 1, !tbaa !9
  br label %267

267:                                              ; preds = %265, %259
  %268 = load i64, ptr %9, align 8, !tbaa !4
  %269 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %268
  store i8 0, ptr %269, align 1, !tbaa !9
  %270 = getelementptr inbounds i8, ptr %261, i64 1
  %271 = load i8, ptr %270, align 1, !tbaa !9
  %272 = icmp eq i8 %271, 0
  br i1 %272, label %291, label %259, !llvm.loop !14

273:                                              ; preds = %48
  %274 = load i64, ptr %9, align 8, !tbaa !4
  %275 = add i64 %274, 1
  %276 = icmp ult i64 %275, 256
  br i1 %276, label %277, label %279

277:                                              ; preds = %273
  store i64 %275, ptr %9, align 8, !tbaa !4
  %278 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %274
  store i8 37, ptr %278, align 1, !tbaa !9
  br label %279

279:                                              ; preds = %277, %273
  %280 = load i64, ptr %9, align 8, !tbaa !4
  %281 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %280
  store i8 0, ptr %281, align 1, !tbaa !9
  br label %291

282:                                              ; preds = %48
  %283 = load i64, ptr %9, align 8, !tbaa !4
  %284 = add i64 %283, 1
  %285 = icmp ult i64 %284, 256
  br i1 %285, label %286, label %288

286:                                              ; preds = %282
  store i64 %284, ptr %9, align 8, !tbaa !4
  %287 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %283
  store i8 63, ptr %287, align 1, !tbaa !9
  br label %288

288:                                              ; preds = %286, %282
  %289 = load i64, ptr %9, align 8, !tbaa !4
  %290 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %289
  store i8 0, ptr %290, align 1, !tbaa !9
  br label %291

291:                                              ; preds = %267, %288, %279, %252, %241, %221, %179, %136, %105, %45
  %292 = phi ptr [ %35, %45 ], [ %35, %288 ], [ %35, %279 ], [ %231, %241 ], [ %189, %221 ], [ %146, %179 ], [ %61, %136 ], [ %61, %105 ], [ %253, %252 ], [ %253, %267 ]
  %293 = phi i32 [ %36, %45 ], [ %36, %288 ], [ %36, %279 ], [ %232, %241 ], [ %190, %221 ], [ %147, %179 ], [ %62, %136 ], [ %62, %105 ], [ %254, %252 ], [ %254, %267 ]
  %294 = phi ptr [ %37, %45 ], [ %49, %288 ], [ %49, %279 ], [ %49, %241 ], [ %49, %221 ], [ %49, %179 ], [ %49, %136 ], [ %49, %105 ], [ %49, %252 ], [ %49, %267 ]
  %295 = getelementptr inbounds i8, ptr %294, i64 1
  br label %34, !llvm.loop !15

296:                                              ; preds = %34, %48
  call void @llvm.va_end(ptr %8)
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %8) #6
  ret ptr %0

297:                                              ; preds = %3, %305
  %298 = phi i8 [ %309, %305 ], [ %10, %3 ]
  %299 = phi ptr [ %308, %305 ], [ %1, %3 ]
  %300 = load i64, ptr %9, align 8, !tbaa !4
  %301 = add i64 %300, 1
  %302 = icmp ult i64 %301, 256
  br i1 %302, label %303, label %305

303:                                              ; preds = %297
  store i64 %301, ptr %9, align 8, !tbaa !4
  %304 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %300
  store i8 %298, ptr %304, align 1, !tbaa !9
  br label %305

305:                                              ; preds = %297, %303
  %306 = load i64, ptr %9, align 8, !tbaa !4
  %307 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %306
  store i8 0, ptr %307, align 1, !tbaa !9
  %308 = getelementptr inbounds i8, ptr %299, i64 1
  %309 = load i8, ptr %308, align 1, !tbaa !9
  %310 = icmp eq i8 %309, 0
  br i1 %310, label %12, label %297, !llvm.loop !16
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
!10 = distinct !{!10, !11, !12}
!11 = !{!"llvm.loop.mustprogress"}
!12 = !{!"llvm.loop.unroll.disable"}
!13 = distinct !{!13, !11, !12}
!14 = distinct !{!14, !11, !12}
!15 = distinct !{!15, !11, !12}
!16 = distinct !{!16, !11, !12}
