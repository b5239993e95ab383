; ModuleID = 'c/kruskal_mst.c'
source_filename = "c/kruskal_mst.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.edge = type { i32, i32, i32 }
%struct.dsu = type { [64 x i32], [64 x i32] }

@.str = private unnamed_addr constant [68 x i8] c"kruskal_mst vertices=%d edges=%d tree edges=%d weight=%ld prim=%ld\0A\00", align 1
@prim.w = internal global [64 x [64 x i32]] zeroinitializer, align 16

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [160 x %struct.edge], align 16
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca %struct.edge, align 4
  %6 = alloca i32, align 4
  %7 = alloca %struct.edge, align 4
  %8 = alloca %struct.edge, align 4
  %9 = alloca i32, align 4
  %10 = alloca i64, align 8
  %11 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  store i32 0, ptr %3, align 4
  store i32 0, ptr %4, align 4
  br label %12

12:                                               ; preds = %27, %0
  %13 = load i32, ptr %4, align 4
  %14 = add nsw i32 %13, 1
  %15 = icmp slt i32 %14, 40
  br i1 %15, label %16, label %30

16:                                               ; preds = %12
  %17 = load i32, ptr %3, align 4
  %18 = add nsw i32 %17, 1
  store i32 %18, ptr %3, align 4
  %19 = sext i32 %17 to i64
  %20 = getelementptr inbounds [160 x %struct.edge], ptr %2, i64 0, i64 %19
  %21 = getelementptr inbounds %struct.edge, ptr %5, i32 0, i32 0
  %22 = load i32, ptr %4, align 4
  store i32 %22, ptr %21, align 4
  %23 = getelementptr inbounds %struct.edge, ptr %5, i32 0, i32 1
  %24 = load i32, ptr %4, align 4
  %25 = add nsw i32 %24, 1
  store i32 %25, ptr %23, align 4
  %26 = getelementptr inbounds %struct.edge, ptr %5, i32 0, i32 2
  store i32 100, ptr %26, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %20, ptr align 4 %5, i64 12, i1 false)
  br label %27

27:                                               ; preds = %16
  %28 = load i32, ptr %4, align 4
  %29 = add nsw i32 %28, 1
  store i32 %29, ptr %4, align 4
  br label %12, !llvm.loop !5

30:                                               ; preds = %12
  store i32 0, ptr %6, align 4
  br label %31

31:                                               ; preds = %67, %30
  %32 = load i32, ptr %6, align 4
  %33 = icmp slt i32 %32, 40
  br i1 %33, label %34, label %70

34:                                               ; preds = %31
  %35 = load i32, ptr %3, align 4
  %36 = add nsw i32 %35, 1
  store i32 %36, ptr %3, align 4
  %37 = sext i32 %35 to i64
  %38 = getelementptr inbounds [160 x %struct.edge], ptr %2, i64 0, i64 %37
  %39 = getelementptr inbounds %struct.edge, ptr %7, i32 0, i32 0
  %40 = load i32, ptr %6, align 4
  store i32 %40, ptr %39, align 4
  %41 = getelementptr inbounds %struct.edge, ptr %7, i32 0, i32 1
  %42 = load i32, ptr %6, align 4
  %43 = mul nsw i32 %42, 7
  %44 = add nsw i32 %43, 3
  %45 = srem i32 %44, 40
  store i32 %45, ptr %41, align 4
  %46 = getelementptr inbounds %struct.edge, ptr %7, i32 0, i32 2
  %47 = load i32, ptr %6, align 4
  %48 = mul nsw i32 %47, 13
  %49 = srem i32 %48, 20
  %50 = add nsw i32 1, %49
  store i32 %50, ptr %46, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %38, ptr align 4 %7, i64 12, i1 false)
  %51 = load i32, ptr %3, align 4
  %52 = add nsw i32 %51, 1
  store i32 %52, ptr %3, align 4
  %53 = sext i32 %51 to i64
  %54 = getelementptr inbounds [160 x %struct.edge], ptr %2, i64 0, i64 %53
  %55 = getelementptr inbounds %struct.edge, ptr %8, i32 0, i32 0
  %56 = load i32, ptr %6, align 4
  store i32 %56, ptr %55, align 4
  %57 = getelementptr inbounds %struct.edge, ptr %8, i32 0, i32 1
  %58 = load i32, ptr %6, align 4
  %59 = mul nsw i32 %58, 11
  %60 = add nsw i32 %59, 5
  %61 = srem i32 %60, 40
  store i32 %61, ptr %57, align 4
  %62 = getelementptr inbounds %struct.edge, ptr %8, i32 0, i32 2
  %63 = load i32, ptr %6, align 4
  %64 = mul nsw i32 %63, 29
  %65 = srem i32 %64, 30
  %66 = add nsw i32 1, %65
  store i32 %66, ptr %62, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %54, ptr align 4 %8, i64 12, i1 false)
  br label %67

67:                                               ; preds = %34
  %68 = load i32, ptr %6, align 4
  %69 = add nsw i32 %68, 1
  store i32 %69, ptr %6, align 4
  br label %31, !llvm.loop !7

70:                                               ; preds = %31
  %71 = getelementptr inbounds [160 x %struct.edge], ptr %2, i64 0, i64 0
  %72 = load i32, ptr %3, align 4
  %73 = call i64 @prim(i32 noundef 40, ptr noundef %71, i32 noundef %72)
  store i64 %73, ptr %10, align 8
  %74 = getelementptr inbounds [160 x %struct.edge], ptr %2, i64 0, i64 0
  %75 = load i32, ptr %3, align 4
  %76 = call i64 @kruskal(i32 noundef 40, ptr noundef %74, i32 noundef %75, ptr noundef %9)
  store i64 %76, ptr %11, align 8
  %77 = load i32, ptr %3, align 4
  %78 = load i32, ptr %9, align 4
  %79 = load i64, ptr %11, align 8
  %80 = load i64, ptr %10, align 8
  %81 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef 40, i32 noundef %77, i32 noundef %78, i64 noundef %79, i64 noundef %80)
  %82 = load i32, ptr %9, align 4
  %83 = icmp eq i32 %82, 39
  br i1 %83, label %84, label %88

84:                                               ; preds = %70
  %85 = load i64, ptr %11, align 8
  %86 = load i64, ptr %10, align 8
  %87 = icmp eq i64 %85, %86
  br label %88

88:                                               ; preds = %84, %70
  %89 = phi i1 [ false, %70 ], [ %87, %84 ]
  %90 = zext i1 %89 to i64
  %91 = select i1 %89, i32 0, i32 1
  ret i32 %91
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @prim(i32 noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca [64 x i32], align 16
  %9 = alloca [64 x i32], align 16
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i64, align 8
  %17 = alloca i32, align 4
  %18 = alloca i32, align 4
  %19 = alloca i32, align 4
  %20 = alloca i32, align 4
  store i32 %0, ptr %5, align 4
  store ptr %1, ptr %6, align 8
  store i32 %2, ptr %7, align 4
  call void @llvm.memset.p0.i64(ptr align 16 %8, i8 0, i64 256, i1 false)
  store i32 0, ptr %10, align 4
  br label %21

21:                                               ; preds = %41, %3
  %22 = load i32, ptr %10, align 4
  %23 = load i32, ptr %5, align 4
  %24 = icmp slt i32 %22, %23
  br i1 %24, label %25, label %44

25:                                               ; preds = %21
  store i32 0, ptr %11, align 4
  br label %26

26:                                               ; preds = %37, %25
  %27 = load i32, ptr %11, align 4
  %28 = load i32, ptr %5, align 4
  %29 = icmp slt i32 %27, %28
  br i1 %29, label %30, label %40

30:                                               ; preds = %26
  %31 = load i32, ptr %10, align 4
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds [64 x [64 x i32]], ptr @prim.w, i64 0, i64 %32
  %34 = load i32, ptr %11, align 4
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds [64 x i32], ptr %33, i64 0, i64 %35
  store i32 -1, ptr %36, align 4
  br label %37

37:                                               ; preds = %30
  %38 = load i32, ptr %11, align 4
  %39 = add nsw i32 %38, 1
  store i32 %39, ptr %11, align 4
  br label %26, !llvm.loop !8

40:                                               ; preds = %26
  br label %41

41:                                               ; preds = %40
  %42 = load i32, ptr %10, align 4
  %43 = add nsw i32 %42, 1
  store i32 %43, ptr %10, align 4
  br label %21, !llvm.loop !9

44:                                               ; preds = %21
  store i32 0, ptr %12, align 4
  br label %45

45:                                               ; preds = %109, %44
  %46 = load i32, ptr %12, align 4
  %47 = load i32, ptr %7, align 4
  %48 = icmp slt i32 %46, %47
  br i1 %48, label %49, label %112

49:                                               ; preds = %45
  %50 = load ptr, ptr %6, align 8
  %51 = load i32, ptr %12, align 4
  %52 = sext i32 %51 to i64
  %53 = getelementptr inbounds %struct.edge, ptr %50, i64 %52
  %54 = getelementptr inbounds %struct.edge, ptr %53, i32 0, i32 0
  %55 = load i32, ptr %54, align 4
  store i32 %55, ptr %13, align 4
  %56 = load ptr, ptr %6, align 8
  %57 = load i32, ptr %12, align 4
  %58 = sext i32 %57 to i64
  %59 = getelementptr inbounds %struct.edge, ptr %56, i64 %58
  %60 = getelementptr inbounds %struct.edge, ptr %59, i32 0, i32 1
  %61 = load i32, ptr %60, align 4
  store i32 %61, ptr %14, align 4
  %62 = load i32, ptr %13, align 4
  %63 = load i32, ptr %14, align 4
  %64 = icmp ne i32 %62, %63
  br i1 %64, label %65, label %108

65:                                               ; preds = %49
  %66 = load i32, ptr %13, align 4
  %67 = sext i32 %66 to i64
  %68 = getelementptr inbounds [64 x [64 x i32]], ptr @prim.w, i64 0, i64 %67
  %69 = load i32, ptr %14, align 4
  %70 = sext i32 %69 to i64
  %71 = getelementptr inbounds [64 x i32], ptr %68, i64 0, i64 %70
  %72 = load i32, ptr %71, align 4
  %73 = icmp slt i32 %72, 0
  br i1 %73, label %89, label %74

74:                                               ; preds = %65
  %75 = load ptr, ptr %6, align 8
  %76 = load i32, ptr %12, align 4
  %77 = sext i32 %76 to i64
  %78 = getelementptr inbounds %struct.edge, ptr %75, i64 %77
  %79 = getelementptr inbounds %struct.edge, ptr %78, i32 0, i32 2
  %80 = load i32, ptr %79, align 4
  %81 = load i32, ptr %13, align 4
  %82 = sext i32 %81 to i64
  %83 = getelementptr inbounds [64 x [64 x i32]], ptr @prim.w, i64 0, i64 %82
  %84 = load i32, ptr %14, align 4
  %85 = sext i32 %84 to i64
  %86 = getelementptr inbounds [64 x i32], ptr %83, i64 0, i64 %85
  %87 = load i32, ptr %86, align 4
  %88 = icmp slt i32 %80, %87
  br i1 %88, label %89, label %108

89:                                               ; preds = %74, %65
  %90 = load ptr, ptr %6, align 8
  %91 = load i32, ptr %12, align 4
  %92 = sext i32 %91 to i64
  %93 = getelementptr inbounds %struct.edge, ptr %90, i64 %92
  %94 = getelementptr inbounds %struct.edge, ptr %93, i32 0, i32 2
  %95 = load i32, ptr %94, align 4
  %96 = load i32, ptr %14, align 4
  %97 = sext i32 %96 to i64
  %98 = getelementptr inbounds [64 x [64 x i32]], ptr @prim.w, i64 0, i64 %97
  %99 = load i32, ptr %13, align 4
  %100 = sext i32 %99 to i64
  %101 = getelementptr inbounds [64 x i32], ptr %98, i64 0, i64 %100
  store i32 %95, ptr %101, align 4
  %102 = load i32, ptr %13, align 4
  %103 = sext i32 %102 to i64
  %104 = getelementptr inbounds [64 x [64 x i32]], ptr @prim.w, i64 0, i64 %103
  %105 = load i32, ptr %14, align 4
  %106 = sext i32 %105 to i64
  %107 = getelementptr inbounds [64 x i32], ptr %104, i64 0, i64 %106
  store i32 %95, ptr %107, align 4
  br label %108

108:                                              ; preds = %89, %74, %49
  br label %109

109:                                              ; preds = %108
  %110 = load i32, ptr %12, align 4
  %111 = add nsw i32 %110, 1
  store i32 %111, ptr %12, align 4
  br label %45, !llvm.loop !10

112:                                              ; preds = %45
  store i32 0, ptr %15, align 4
  br label %113

113:                                              ; preds = %125, %112
  %114 = load i32, ptr %15, align 4
  %115 = load i32, ptr %5, align 4
  %116 = icmp slt i32 %114, %115
  br i1 %116, label %117, label %128

117:                                              ; preds = %113
  %118 = load i32, ptr %15, align 4
  %119 = sext i32 %118 to i64
  %120 = getelementptr inbounds [64 x i32], ptr @prim.w, i64 0, i64 %119
  %121 = load i32, ptr %120, align 4
  %122 = load i32, ptr %15, align 4
  %123 = sext i32 %122 to i64
  %124 = getelementptr inbounds [64 x i32], ptr %9, i64 0, i64 %123
  store i32 %121, ptr %124, align 4
  br label %125

125:                                              ; preds = %117
  %126 = load i32, ptr %15, align 4
  %127 = add nsw i32 %126, 1
  store i32 %127, ptr %15, align 4
  br label %113, !llvm.loop !11

128:                                              ; preds = %113
  %129 = getelementptr inbounds [64 x i32], ptr %8, i64 0, i64 0
  store i32 1, ptr %129, align 16
  store i64 0, ptr %16, align 8
  store i32 1, ptr %17, align 4
  br label %130

130:                                              ; preds = %239, %128
  %131 = load i32, ptr %17, align 4
  %132 = load i32, ptr %5, align 4
  %133 = icmp slt i32 %131, %132
  br i1 %133, label %134, label %242

134:                                              ; preds = %130
  store i32 -1, ptr %18, align 4
  store i32 0, ptr %19, align 4
  br label %135

135:                                              ; preds = %167, %134
  %136 = load i32, ptr %19, align 4
  %137 = load i32, ptr %5, align 4
  %138 = icmp slt i32 %136, %137
  br i1 %138, label %139, label %170

139:                                              ; preds = %135
  %140 = load i32, ptr %19, align 4
  %141 = sext i32 %140 to i64
  %142 = getelementptr inbounds [64 x i32], ptr %8, i64 0, i64 %141
  %143 = load i32, ptr %142, align 4
  %144 = icmp ne i32 %143, 0
  br i1 %144, label %166, label %145

145:                                              ; preds = %139
  %146 = load i32, ptr %19, align 4
  %147 = sext i32 %146 to i64
  %148 = getelementptr inbounds [64 x i32], ptr %9, i64 0, i64 %147
  %149 = load i32, ptr %148, align 4
  %150 = icmp sge i32 %149, 0
  br i1 %150, label %151, label %166

151:                                              ; preds = %145
  %152 = load i32, ptr %18, align 4
  %153 = icmp slt i32 %152, 0
  br i1 %153, label %164, label %154

154:                                              ; preds = %151
  %155 = load i32, ptr %19, align 4
  %156 = sext i32 %155 to i64
  %157 = getelementptr inbounds [64 x i32], ptr %9, i64 0, i64 %156
  %158 = load i32, ptr %157, align 4
  %159 = load i32, ptr %18, align 4
  %160 = sext i32 %159 to i64
  %161 = getelementptr inbounds [64 x i32], ptr %9, i64 0, i64 %160
  %162 = load i32, ptr %161, align 4
  %163 = icmp slt i32 %158, %162
  br i1 %163, label %164, label %166

164:                                              ; preds = %154, %151
  %165 = load i32, ptr %19, align 4
  store i32 %165, ptr %18, align 4
  br label %166

166:                                              ; preds = %164, %154, %145, %139
  br label %167

167:                                              ; preds = %166
  %168 = load i32, ptr %19, align 4
  %169 = add nsw i32 %168, 1
  store i32 %169, ptr %19, align 4
  br label %135, !llvm.loop !12

170:                                              ; preds = %135
  %171 = load i32, ptr %18, align 4
  %172 = icmp slt i32 %171, 0
  br i1 %172, label %173, label %174

173:                                              ; preds = %170
  store i64 -1, ptr %4, align 8
  br label %244

174:                                              ; preds = %170
  %175 = load i32, ptr %18, align 4
  %176 = sext i32 %175 to i64
  %177 = getelementptr inbounds [64 x i32], ptr %8, i64 0, i64 %176
  store i32 1, ptr %177, align 4
  %178 = load i32, ptr %18, align 4
  %179 = sext i32 %178 to i64
  %180 = getelementptr inbounds [64 x i32], ptr %9, i64 0, i64 %179
  %181 = load i32, ptr %180, align 4
  %182 = sext i32 %181 to i64
  %183 = load i64, ptr %16, align 8
  %184 = add nsw i64 %183, %182
  store i64 %184, ptr %16, align 8
  store i32 0, ptr %20, align 4
  br label %185

185:                                              ; preds = %235, %174
  %186 = load i32, ptr %20, align 4
  %187 = load i32, ptr %5, align 4
  %188 = icmp slt i32 %186, %187
  br i1 %188, label %189, label %238

189:                                              ; preds = %185
  %190 = load i32, ptr %20, align 4
  %191 = sext i32 %190 to i64
  %192 = getelementptr inbounds [64 x i32], ptr %8, i64 0, i64 %191
  %193 = load i32, ptr %192, align 4
  %194 = icmp ne i32 %193, 0
  br i1 %194, label %234, label %195

195:                                              ; preds = %189
  %196 = load i32, ptr %18, align 4
  %197 = sext i32 %196 to i64
  %198 = getelementptr inbounds [64 x [64 x i32]], ptr @prim.w, i64 0, i64 %197
  %199 = load i32, ptr %20, align 4
  %200 = sext i32 %199 to i64
  %201 = getelementptr inbounds [64 x i32], ptr %198, i64 0, i64 %200
  %202 = load i32, ptr %201, align 4
  %203 = icmp sge i32 %202, 0
  br i1 %203, label %204, label %234

204:                                              ; preds = %195
  %205 = load i32, ptr %20, align 4
  %206 = sext i32 %205 to i64
  %207 = getelementptr inbounds [64 x i32], ptr %9, i64 0, i64 %206
  %208 = load i32, ptr %207, align 4
  %209 = icmp slt i32 %208, 0
  br i1 %209, label %223, label %210

210:                                              ; preds = %204
  %211 = load i32, ptr %18, align 4
  %212 = sext i32 %211 to i64
  %213 = getelementptr inbounds [64 x [64 x i32]], ptr @prim.w, i64 0, i64 %212
  %214 = load i32, ptr %20, align 4
  %215 = sext i32 %214 to i64
  %216 = getelementptr inbounds [64 x i32], ptr %213, i64 0, i64 %215
  %217 = load i32, ptr %216, align 4
  %218 = load i32, ptr %20, align 4
  %219 = sext i32 %218 to i64
  %220 = getelementptr inbounds [64 x i32], ptr %9, i64 0, i64 %219
  %221 = load i32, ptr %220, align 4
  %222 = icmp slt i32 %217, %221
  br i1 %222, label %223, label %234

223:                                              ; preds = %210, %204
  %224 = load i32, ptr %18, align 4
  %225 = sext i32 %224 to i64
  %226 = getelementptr inbounds [64 x [64 x i32]], ptr @prim.w, i64 0, i64 %225
  %227 = load i32, ptr %20, align 4
  %228 = sext i32 %227 to i64
  %229 = getelementptr inbounds [64 x i32], ptr %226, i64 0, i64 %228
  %230 = load i32, ptr %229, align 4
  %231 = load i32, ptr %20, align 4
  %232 = sext i32 %231 to i64
  %233 = getelementptr inbounds [64 x i32], ptr %9, i64 0, i64 %232
  store i32 %230, ptr %233, align 4
  br label %234

234:                                              ; preds = %223, %210, %195, %189
  br label %235

235:                                              ; preds = %234
  %236 = load i32, ptr %20, align 4
  %237 = add nsw i32 %236, 1
  store i32 %237, ptr %20, align 4
  br label %185, !llvm.loop !13

238:                                              ; preds = %185
  br label %239

239:                                              ; preds = %238
  %240 = load i32, ptr %17, align 4
  %241 = add nsw i32 %240, 1
  store i32 %241, ptr %17, align 4
  br label %130, !llvm.loop !14

242:                                              ; preds = %130
  %243 = load i64, ptr %16, align 8
  store i64 %243, ptr %4, align 8
  br label %244

244:                                              ; preds = %242, %173
  %245 = load i64, ptr %4, align 8
  ret i64 %245
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @kruskal(i32 noundef %0, ptr noundef %1, i32 noundef %2, ptr noundef %3) #0 {
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  %9 = alloca %struct.dsu, align 4
  %10 = alloca i32, align 4
  %11 = alloca i64, align 8
  %12 = alloca i32, align 4
  store i32 %0, ptr %5, align 4
  store ptr %1, ptr %6, align 8
  store i32 %2, ptr %7, align 4
  store ptr %3, ptr %8, align 8
  store i32 0, ptr %10, align 4
  br label %13

13:                                               ; preds = %27, %4
  %14 = load i32, ptr %10, align 4
  %15 = load i32, ptr %5, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %30

17:                                               ; preds = %13
  %18 = load i32, ptr %10, align 4
  %19 = getelementptr inbounds %struct.dsu, ptr %9, i32 0, i32 0
  %20 = load i32, ptr %10, align 4
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds [64 x i32], ptr %19, i64 0, i64 %21
  store i32 %18, ptr %22, align 4
  %23 = getelementptr inbounds %struct.dsu, ptr %9, i32 0, i32 1
  %24 = load i32, ptr %10, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds [64 x i32], ptr %23, i64 0, i64 %25
  store i32 0, ptr %26, align 4
  br label %27

27:                                               ; preds = %17
  %28 = load i32, ptr %10, align 4
  %29 = add nsw i32 %28, 1
  store i32 %29, ptr %10, align 4
  br label %13, !llvm.loop !15

30:                                               ; preds = %13
  %31 = load ptr, ptr %6, align 8
  %32 = load i32, ptr %7, align 4
  %33 = sext i32 %32 to i64
  call void @qsort(ptr noundef %31, i64 noundef %33, i64 noundef 12, ptr noundef @by_weight)
  store i64 0, ptr %11, align 8
  %34 = load ptr, ptr %8, align 8
  store i32 0, ptr %34, align 4
  store i32 0, ptr %12, align 4
  br label %35

35:                                               ; preds = %76, %30
  %36 = load i32, ptr %12, align 4
  %37 = load i32, ptr %7, align 4
  %38 = icmp slt i32 %36, %37
  br i1 %38, label %39, label %45

39:                                               ; preds = %35
  %40 = load ptr, ptr %8, align 8
  %41 = load i32, ptr %40, align 4
  %42 = load i32, ptr %5, align 4
  %43 = sub nsw i32 %42, 1
  %44 = icmp slt i32 %41, %43
  br label %45

45:                                               ; preds = %39, %35
  %46 = phi i1 [ false, %35 ], [ %44, %39 ]
  br i1 %46, label %47, label %79

47:                                               ; preds = %45
  %48 = load ptr, ptr %6, align 8
  %49 = load i32, ptr %12, align 4
  %50 = sext i32 %49 to i64
  %51 = getelementptr inbounds %struct.edge, ptr %48, i64 %50
  %52 = getelementptr inbounds %struct.edge, ptr %51, i32 0, i32 0
  %53 = load i32, ptr %52, align 4
  %54 = load ptr, ptr %6, align 8
  %55 = load i32, ptr %12, align 4
  %56 = sext i32 %55 to i64
  %57 = getelementptr inbounds %struct.edge, ptr %54, i64 %56
  %58 = getelementptr inbounds %struct.edge, ptr %57, i32 0, i32 1
  %59 = load i32, ptr %58, align 4
  %60 = call i32 @unite(ptr noundef %9, i32 noundef %53, i32 noundef %59)
  %61 = icmp ne i32 %60, 0
  br i1 %61, label %62, label %75

62:                                               ; preds = %47
  %63 = load ptr, ptr %6, align 8
  %64 = load i32, ptr %12, align 4
  %65 = sext i32 %64 to i64
  %66 = getelementptr inbounds %struct.edge, ptr %63, i64 %65
  %67 = getelementptr inbounds %struct.edge, ptr %66, i32 0, i32 2
  %68 = load i32, ptr %67, align 4
  %69 = sext i32 %68 to i64
  %70 = load i64, ptr %11, align 8
  %71 = add nsw i64 %70, %69
  store i64 %71, ptr %11, align 8
  %72 = load ptr, ptr %8, align 8
  %73 = load i32, ptr %72, align 4
  %74 = add nsw i32 %73, 1
  store i32 %74, ptr %72, align 4
  br label %75

75:                                               ; preds = %62, %47
  br label %76

76:                                               ; preds = %75
  %77 = load i32, ptr %12, align 4
  %78 = add nsw i32 %77, 1
  store i32 %78, ptr %12, align 4
  br label %35, !llvm.loop !16

79:                                               ; preds = %45
  %80 = load i64, ptr %11, align 8
  ret i64 %80
}

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

declare void @qsort(ptr noundef, i64 noundef, i64 noundef, ptr noundef) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @by_weight(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds %struct.edge, ptr %5, i32 0, i32 2
  %7 = load i32, ptr %6, align 4
  %8 = load ptr, ptr %4, align 8
  %9 = getelementptr inbounds %struct.edge, ptr %8, i32 0, i32 2
  %10 = load i32, ptr %9, align 4
  %11 = sub nsw i32 %7, %10
  ret i32 %11
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @unite(ptr noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store ptr %0, ptr %5, align 8
  store i32 %1, ptr %6, align 4
  store i32 %2, ptr %7, align 4
  %9 = load ptr, ptr %5, align 8
  %10 = load i32, ptr %6, align 4
  %11 = call i32 @find(ptr noundef %9, i32 noundef %10)
  store i32 %11, ptr %6, align 4
  %12 = load ptr, ptr %5, align 8
  %13 = load i32, ptr %7, align 4
  %14 = call i32 @find(ptr noundef %12, i32 noundef %13)
  store i32 %14, ptr %7, align 4
  %15 = load i32, ptr %6, align 4
  %16 = load i32, ptr %7, align 4
  %17 = icmp eq i32 %15, %16
  br i1 %17, label %18, label %19

18:                                               ; preds = %3
  store i32 0, ptr %4, align 4
  br label %66

19:                                               ; preds = %3
  %20 = load ptr, ptr %5, align 8
  %21 = getelementptr inbounds %struct.dsu, ptr %20, i32 0, i32 1
  %22 = load i32, ptr %6, align 4
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds [64 x i32], ptr %21, i64 0, i64 %23
  %25 = load i32, ptr %24, align 4
  %26 = load ptr, ptr %5, align 8
  %27 = getelementptr inbounds %struct.dsu, ptr %26, i32 0, i32 1
  %28 = load i32, ptr %7, align 4
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds [64 x i32], ptr %27, i64 0, i64 %29
  %31 = load i32, ptr %30, align 4
  %32 = icmp slt i32 %25, %31
  br i1 %32, label %33, label %37

33:                                               ; preds = %19
  %34 = load i32, ptr %6, align 4
  store i32 %34, ptr %8, align 4
  %35 = load i32, ptr %7, align 4
  store i32 %35, ptr %6, align 4
  %36 = load i32, ptr %8, align 4
  store i32 %36, ptr %7, align 4
  br label %37

37:                                               ; preds = %33, %19
  %38 = load i32, ptr %6, align 4
  %39 = load ptr, ptr %5, align 8
  %40 = getelementptr inbounds %struct.dsu, ptr %39, i32 0, i32 0
  %41 = load i32, ptr %7, align 4
  %42 = sext i32 %41 to i64
  %43 = getelementptr inbounds [64 x i32], ptr %40, i64 0, i64 %42
  store i32 %38, ptr %43, align 4
  %44 = load ptr, ptr %5, align 8
  %45 = getelementptr inbounds %struct.dsu, ptr %44, i32 0, i32 1
  %46 = load i32, ptr %6, align 4
  %47 = sext i32 %46 to i64
  %48 = getelementptr inbounds [64 x i32], ptr %45, i64 0, i64 %47
  %49 = load i32, ptr %48, align 4
  %50 = load ptr, ptr %5, align 8
  %51 = getelementptr inbounds %struct.dsu, ptr %50, i32 0, i32 1
  %52 = load i32, ptr %7, align 4
  %53 = sext i32 %52 to i64
  %54 = getelementptr inbounds [64 x i32], ptr %51, i64 0, i64 %53
  %55 = load i32, ptr %54, align 4
  %56 = icmp eq i32 %49, %55
  br i1 %56, label %57, label %65

57:                                               ; preds = %37
  %58 = load ptr, ptr %5, align 8
  %59 = getelementptr inbounds %struct.dsu, ptr %58, i32 0, i32 1
  %60 = load i32, ptr %6, align 4
  %61 = sext i32 %60 to i64
  %62 = getelementptr inbounds [64 x i32], ptr %59, i64 0, i64 %61
  %63 = load i32, ptr %62, align 4
  %64 = add nsw i32 %63, 1
  store i32 %64, ptr %62, align 4
  br label %65

65:                                               ; preds = %57, %37
  store i32 1, ptr %4, align 4
  br label %66

66:                                               ; preds = %65, %18
  %67 = load i32, ptr %4, align 4
  ret i32 %67
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @find(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %5 = load ptr, ptr %3, align 8
  %6 = getelementptr inbounds %struct.dsu, ptr %5, i32 0, i32 0
  %7 = load i32, ptr %4, align 4
  %8 = sext i32 %7 to i64
  %9 = getelementptr inbounds [64 x i32], ptr %6, i64 0, i64 %8
  %10 = load i32, ptr %9, align 4
  %11 = load i32, ptr %4, align 4
  %12 = icmp ne i32 %10, %11
  br i1 %12, label %13, label %27

13:                                               ; preds = %2
  %14 = load ptr, ptr %3, align 8
  %15 = load ptr, ptr %3, align 8
  %16 = getelementptr inbounds %struct.dsu, ptr %15, i32 0, i32 0
  %17 = load i32, ptr %4, align 4
  %18 = sext i32 %17 to i64
  %19 = getelementptr inbounds [64 x i32], ptr %16, i64 0, i64 %18
  %20 = load i32, ptr %19, align 4
  %21 = call i32 @find(ptr noundef %14, i32 noundef %20)
  %22 = load ptr, ptr %3, align 8
  %23 = getelementptr inbounds %struct.dsu, ptr %22, i32 0, i32 0
  %24 = load i32, ptr %4, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds [64 x i32], ptr %23, i64 0, i64 %25
  store i32 %21, ptr %26, align 4
  br label %27

27:                                               ; preds = %13, %2
  %28 = load ptr, ptr %3, align 8
  %29 = getelementptr inbounds %struct.dsu, ptr %28, i32 0, i32 0
  %30 = load i32, ptr %4, align 4
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds [64 x i32], ptr %29, i64 0, i64 %31
  %33 = load i32, ptr %32, align 4
  ret i32 %33
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }

!llvm.module.flags = !{!0, !1, !2, !3, !4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = distinct !{!5, !6}
!6 = !{!"llvm.loop.mustprogress"}
!7 = distinct !{!7, !6}
!8 = distinct !{!8, !6}
!9 = distinct !{!9, !6}
!10 = distinct !{!10, !6}
!11 = distinct !{!11, !6}
!12 = distinct !{!12, !6}
!13 = distinct !{!13, !6}
!14 = distinct !{!14, !6}
!15 = distinct !{!15, !6}
!16 = distinct !{!16, !6}
