; ModuleID = 'c/lu_decomp.c'
source_filename = "c/lu_decomp.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [38 x i8] c"lu_decomp n=%d x[0]=%.6f residual=%g\0A\00", align 1, !dbg !0

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 !dbg !15 {
  %1 = alloca [24 x [24 x double]], align 16
  %2 = alloca [24 x [24 x double]], align 16
  %3 = alloca [24 x double], align 16
  %4 = alloca [24 x double], align 16
  %5 = alloca [24 x i32], align 16
  call void @llvm.lifetime.start.p0(i64 4608, ptr nonnull %1) #5, !dbg !46
  call void @llvm.dbg.declare(metadata ptr %1, metadata !20, metadata !DIExpression()), !dbg !47
  call void @llvm.lifetime.start.p0(i64 4608, ptr nonnull %2) #5, !dbg !46
  call void @llvm.dbg.declare(metadata ptr %2, metadata !25, metadata !DIExpression()), !dbg !48
  call void @llvm.lifetime.start.p0(i64 192, ptr nonnull %3) #5, !dbg !46
  call void @llvm.dbg.declare(metadata ptr %3, metadata !26, metadata !DIExpression()), !dbg !49
  call void @llvm.lifetime.start.p0(i64 192, ptr nonnull %4) #5, !dbg !46
  call void @llvm.dbg.declare(metadata ptr %4, metadata !29, metadata !DIExpression()), !dbg !50
  call void @llvm.lifetime.start.p0(i64 96, ptr nonnull %5) #5, !dbg !51
  call void @llvm.dbg.declare(metadata ptr %5, metadata !30, metadata !DIExpression()), !dbg !52
  call void @llvm.dbg.value(metadata i32 0, metadata !32, metadata !DIExpression()), !dbg !53
  br label %6, !dbg !54

6:                                                ; preds = %0, %102
  %7 = phi i64 [ 0, %0 ], [ %108, %102 ]
  call void @llvm.dbg.value(metadata i64 %7, metadata !32, metadata !DIExpression()), !dbg !53
  %8 = mul nuw nsw i64 %7, 13
  call void @llvm.dbg.value(metadata i32 0, metadata !34, metadata !DIExpression()), !dbg !55
  br label %110, !dbg !56

9:                                                ; preds = %102, %9
  %10 = phi i64 [ %13, %9 ], [ 0, %102 ]
  call void @llvm.dbg.value(metadata i64 %10, metadata !57, metadata !DIExpression()), !dbg !92
  %11 = getelementptr inbounds i32, ptr %5, i64 %10, !dbg !95
  %12 = trunc i64 %10 to i32, !dbg !97
  store i32 %12, ptr %11, align 4, !dbg !97, !tbaa !98
  %13 = add nuw nsw i64 %10, 1, !dbg !102
  call void @llvm.dbg.value(metadata i64 %13, metadata !57, metadata !DIExpression()), !dbg !92
  %14 = icmp eq i64 %13, 24, !dbg !103
  br i1 %14, label %19, label %9, !dbg !104, !llvm.loop !105

15:                                               ; preds = %86, %73
  call void @llvm.dbg.value(metadata i64 %23, metadata !71, metadata !DIExpression()), !dbg !109
  %16 = icmp ugt i64 %20, 22, !dbg !110
  %17 = add nuw nsw i64 %21, 1, !dbg !111
  %18 = icmp eq i64 %23, 24, !dbg !110
  br i1 %18, label %100, label %19, !dbg !111, !llvm.loop !112

19:                                               ; preds = %9, %15
  %20 = phi i64 [ %23, %15 ], [ 0, %9 ]
  %21 = phi i64 [ %17, %15 ], [ 1, %9 ]
  %22 = phi i1 [ %16, %15 ], [ false, %9 ]
  call void @llvm.dbg.value(metadata i64 %20, metadata !71, metadata !DIExpression()), !dbg !109
  call void @llvm.dbg.value(metadata i64 %20, metadata !73, metadata !DIExpression()), !dbg !114
  %23 = add nuw nsw i64 %20, 1, !dbg !115
  call void @llvm.dbg.value(metadata i64 %23, metadata !76, metadata !DIExpression()), !dbg !116
  call void @llvm.dbg.value(metadata i64 %20, metadata !73, metadata !DIExpression()), !dbg !114
  %24 = icmp ult i64 %20, 23, !dbg !117
  %25 = trunc i64 %20 to i32, !dbg !119
  br i1 %24, label %26, label %29, !dbg !119

26:                                               ; preds = %19
  %27 = getelementptr inbounds double, ptr %2, i64 %20
  %28 = getelementptr double, ptr %2, i64 %20
  br label %37, !dbg !119

29:                                               ; preds = %37, %19
  %30 = phi i32 [ %25, %19 ], [ %51, %37 ], !dbg !114
  %31 = sext i32 %30 to i64, !dbg !120
  %32 = mul nsw i64 %31, 24, !dbg !120
  %33 = getelementptr inbounds double, ptr %2, i64 %32, !dbg !120
  %34 = getelementptr inbounds double, ptr %33, i64 %20, !dbg !120
  %35 = load double, ptr %34, align 8, !dbg !120, !tbaa !122
  %36 = fcmp une double %35, 0.000000e+00, !dbg !124
  br i1 %36, label %54, label %100, !dbg !125

37:                                               ; preds = %26, %37
  %38 = phi i64 [ %52, %37 ], [ %21, %26 ]
  %39 = phi i32 [ %51, %37 ], [ %25, %26 ]
  call void @llvm.dbg.value(metadata i64 %38, metadata !76, metadata !DIExpression()), !dbg !116
  call void @llvm.dbg.value(metadata i32 %39, metadata !73, metadata !DIExpression()), !dbg !114
  %40 = mul nuw nsw i64 %38, 24, !dbg !126
  %41 = getelementptr inbounds double, ptr %27, i64 %40, !dbg !126
  %42 = load double, ptr %41, align 8, !dbg !126, !tbaa !122
  %43 = tail call double @llvm.fabs.f64(double %42), !dbg !128
  %44 = sext i32 %39 to i64, !dbg !129
  %45 = mul nsw i64 %44, 24, !dbg !129
  %46 = getelementptr double, ptr %28, i64 %45, !dbg !129
  %47 = load double, ptr %46, align 8, !dbg !129, !tbaa !122
  %48 = tail call double @llvm.fabs.f64(double %47), !dbg !130
  %49 = fcmp ogt double %43, %48, !dbg !131
  %50 = trunc i64 %38 to i32, !dbg !132
  %51 = select i1 %49, i32 %50, i32 %39, !dbg !132
  call void @llvm.dbg.value(metadata i32 %51, metadata !73, metadata !DIExpression()), !dbg !114
  %52 = add nuw nsw i64 %38, 1, !dbg !133
  call void @llvm.dbg.value(metadata i64 %52, metadata !76, metadata !DIExpression()), !dbg !116
  %53 = icmp eq i64 %52, 24, !dbg !117
  br i1 %53, label %29, label %37, !dbg !119, !llvm.loop !134

54:                                               ; preds = %29
  %55 = zext i32 %30 to i64, !dbg !136
  %56 = icmp eq i64 %20, %55, !dbg !136
  br i1 %56, label %73, label %57, !dbg !137

57:                                               ; preds = %54
  %58 = mul nuw nsw i64 %20, 24
  %59 = getelementptr inbounds double, ptr %2, i64 %58
  call void @llvm.dbg.value(metadata i32 0, metadata !78, metadata !DIExpression()), !dbg !138
  br label %65, !dbg !139

60:                                               ; preds = %65
  %61 = getelementptr inbounds i32, ptr %5, i64 %20, !dbg !140
  %62 = load i32, ptr %61, align 4, !dbg !140, !tbaa !98
  call void @llvm.dbg.value(metadata i32 %62, metadata !85, metadata !DIExpression()), !dbg !141
  %63 = getelementptr inbounds i32, ptr %5, i64 %31, !dbg !142
  %64 = load i32, ptr %63, align 4, !dbg !142, !tbaa !98
  store i32 %64, ptr %61, align 4, !dbg !143, !tbaa !98
  store i32 %62, ptr %63, align 4, !dbg !144, !tbaa !98
  br label %73, !dbg !145

65:                                               ; preds = %65, %57
  %66 = phi i64 [ 0, %57 ], [ %71, %65 ]
  call void @llvm.dbg.value(metadata i64 %66, metadata !78, metadata !DIExpression()), !dbg !138
  %67 = getelementptr inbounds double, ptr %59, i64 %66, !dbg !146
  %68 = load double, ptr %67, align 8, !dbg !146, !tbaa !122
  call void @llvm.dbg.value(metadata double %68, metadata !82, metadata !DIExpression()), !dbg !147
  %69 = getelementptr inbounds double, ptr %33, i64 %66, !dbg !148
  %70 = load double, ptr %69, align 8, !dbg !148, !tbaa !122
  store double %70, ptr %67, align 8, !dbg !149, !tbaa !122
  store double %68, ptr %69, align 8, !dbg !150, !tbaa !122
  %71 = add nuw nsw i64 %66, 1, !dbg !151
  call void @llvm.dbg.value(metadata i64 %71, metadata !78, metadata !DIExpression()), !dbg !138
  %72 = icmp eq i64 %71, 24, !dbg !152
  br i1 %72, label %60, label %65, !dbg !139, !llvm.loop !153

73:                                               ; preds = %60, %54
  call void @llvm.dbg.value(metadata i64 %23, metadata !86, metadata !DIExpression()), !dbg !155
  br i1 %24, label %74, label %15, !dbg !156

74:                                               ; preds = %73
  %75 = mul nuw nsw i64 %20, 24
  %76 = getelementptr inbounds double, ptr %2, i64 %75
  %77 = getelementptr inbounds double, ptr %76, i64 %20
  br label %78, !dbg !156

78:                                               ; preds = %86, %74
  %79 = phi i64 [ %21, %74 ], [ %87, %86 ]
  call void @llvm.dbg.value(metadata i64 %79, metadata !86, metadata !DIExpression()), !dbg !155
  %80 = load double, ptr %77, align 8, !dbg !157, !tbaa !122
  %81 = mul nuw nsw i64 %79, 24, !dbg !158
  %82 = getelementptr inbounds double, ptr %2, i64 %81, !dbg !158
  %83 = getelementptr inbounds double, ptr %82, i64 %20, !dbg !158
  %84 = load double, ptr %83, align 8, !dbg !159, !tbaa !122
  %85 = fdiv double %84, %80, !dbg !159
  store double %85, ptr %83, align 8, !dbg !159, !tbaa !122
  call void @llvm.dbg.value(metadata i64 %23, metadata !88, metadata !DIExpression()), !dbg !160
  br label %89, !dbg !161

86:                                               ; preds = %89
  %87 = add nuw nsw i64 %79, 1, !dbg !162
  call void @llvm.dbg.value(metadata i64 %87, metadata !86, metadata !DIExpression()), !dbg !155
  %88 = icmp eq i64 %87, 24, !dbg !163
  br i1 %88, label %15, label %78, !dbg !156, !llvm.loop !164

89:                                               ; preds = %89, %78
  %90 = phi i64 [ %21, %78 ], [ %98, %89 ]
  call void @llvm.dbg.value(metadata i64 %90, metadata !88, metadata !DIExpression()), !dbg !160
  %91 = load double, ptr %83, align 8, !dbg !166, !tbaa !122
  %92 = getelementptr inbounds double, ptr %76, i64 %90, !dbg !168
  %93 = load double, ptr %92, align 8, !dbg !168, !tbaa !122
  %94 = getelementptr inbounds double, ptr %82, i64 %90, !dbg !169
  %95 = load double, ptr %94, align 8, !dbg !170, !tbaa !122
  %96 = fneg double %91, !dbg !170
  %97 = tail call double @llvm.fmuladd.f64(double %96, double %93, double %95), !dbg !170
  store double %97, ptr %94, align 8, !dbg !170, !tbaa !122
  %98 = add nuw nsw i64 %90, 1, !dbg !171
  call void @llvm.dbg.value(metadata i64 %98, metadata !88, metadata !DIExpression()), !dbg !160
  %99 = icmp eq i64 %98, 24, !dbg !172
  br i1 %99, label %86, label %89, !dbg !161, !llvm.loop !173

100:                                              ; preds = %15, %29
  %101 = phi i1 [ %22, %29 ], [ %16, %15 ], !dbg !110
  br i1 %101, label %128, label %209, !dbg !175

102:                                              ; preds = %110
  %103 = trunc i64 %7 to i32, !dbg !176
  %104 = and i32 %103, 3, !dbg !176
  %105 = sitofp i32 %104 to double, !dbg !177
  %106 = fadd double %105, -1.500000e+00, !dbg !178
  %107 = getelementptr inbounds [24 x double], ptr %3, i64 0, i64 %7, !dbg !179
  store double %106, ptr %107, align 8, !dbg !180, !tbaa !122
  %108 = add nuw nsw i64 %7, 1, !dbg !181
  call void @llvm.dbg.value(metadata i64 %108, metadata !32, metadata !DIExpression()), !dbg !53
  %109 = icmp eq i64 %108, 24, !dbg !182
  br i1 %109, label %9, label %6, !dbg !54, !llvm.loop !183

110:                                              ; preds = %6, %110
  %111 = phi i64 [ 0, %6 ], [ %126, %110 ]
  call void @llvm.dbg.value(metadata i64 %111, metadata !34, metadata !DIExpression()), !dbg !55
  %112 = sub nsw i64 %7, %111, !dbg !185
  %113 = trunc i64 %112 to i32, !dbg !188
  %114 = tail call i32 @llvm.abs.i32(i32 %113, i1 true), !dbg !188
  %115 = add nuw nsw i32 %114, 1, !dbg !189
  %116 = sitofp i32 %115 to double, !dbg !190
  %117 = fdiv double 1.000000e+00, %116, !dbg !191
  %118 = mul nuw nsw i64 %111, 7, !dbg !192
  %119 = add nuw nsw i64 %118, %8, !dbg !193
  %120 = trunc i64 %119 to i32, !dbg !194
  %121 = urem i32 %120, 5, !dbg !194
  %122 = sitofp i32 %121 to double, !dbg !195
  %123 = tail call double @llvm.fmuladd.f64(double %122, double 1.000000e-01, double %117), !dbg !196
  %124 = getelementptr inbounds [24 x [24 x double]], ptr %1, i64 0, i64 %7, i64 %111, !dbg !197
  store double %123, ptr %124, align 8, !dbg !198, !tbaa !122
  %125 = getelementptr inbounds [24 x [24 x double]], ptr %2, i64 0, i64 %7, i64 %111, !dbg !199
  store double %123, ptr %125, align 8, !dbg !200, !tbaa !122
  %126 = add nuw nsw i64 %111, 1, !dbg !201
  call void @llvm.dbg.value(metadata i64 %126, metadata !34, metadata !DIExpression()), !dbg !55
  %127 = icmp eq i64 %126, 24, !dbg !202
  br i1 %127, label %102, label %110, !dbg !56, !llvm.loop !203

128:                                              ; preds = %100, %139
  %129 = phi i64 [ %142, %139 ], [ 0, %100 ]
  call void @llvm.dbg.value(metadata i64 %129, metadata !205, metadata !DIExpression()), !dbg !233
  %130 = getelementptr inbounds i32, ptr %5, i64 %129, !dbg !235
  %131 = load i32, ptr %130, align 4, !dbg !235, !tbaa !98
  %132 = sext i32 %131 to i64, !dbg !236
  %133 = getelementptr inbounds double, ptr %3, i64 %132, !dbg !236
  %134 = load double, ptr %133, align 8, !dbg !236, !tbaa !122
  call void @llvm.dbg.value(metadata double %134, metadata !221, metadata !DIExpression()), !dbg !237
  call void @llvm.dbg.value(metadata i32 0, metadata !224, metadata !DIExpression()), !dbg !238
  %135 = icmp eq i64 %129, 0, !dbg !239
  br i1 %135, label %139, label %136, !dbg !241

136:                                              ; preds = %128
  %137 = mul nuw nsw i64 %129, 24
  %138 = getelementptr inbounds double, ptr %2, i64 %137
  br label %144, !dbg !241

139:                                              ; preds = %144, %128
  %140 = phi double [ %134, %128 ], [ %152, %144 ], !dbg !237
  %141 = getelementptr inbounds double, ptr %4, i64 %129, !dbg !242
  store double %140, ptr %141, align 8, !dbg !243, !tbaa !122
  %142 = add nuw nsw i64 %129, 1, !dbg !244
  call void @llvm.dbg.value(metadata i64 %142, metadata !205, metadata !DIExpression()), !dbg !233
  %143 = icmp eq i64 %142, 24, !dbg !245
  br i1 %143, label %155, label %128, !dbg !246, !llvm.loop !247

144:                                              ; preds = %144, %136
  %145 = phi i64 [ 0, %136 ], [ %153, %144 ]
  %146 = phi double [ %134, %136 ], [ %152, %144 ]
  call void @llvm.dbg.value(metadata i64 %145, metadata !224, metadata !DIExpression()), !dbg !238
  call void @llvm.dbg.value(metadata double %146, metadata !221, metadata !DIExpression()), !dbg !237
  %147 = getelementptr inbounds double, ptr %138, i64 %145, !dbg !249
  %148 = load double, ptr %147, align 8, !dbg !249, !tbaa !122
  %149 = getelementptr inbounds double, ptr %4, i64 %145, !dbg !250
  %150 = load double, ptr %149, align 8, !dbg !250, !tbaa !122
  %151 = fneg double %148, !dbg !251
  %152 = tail call double @llvm.fmuladd.f64(double %151, double %150, double %146), !dbg !251
  call void @llvm.dbg.value(metadata double %152, metadata !221, metadata !DIExpression()), !dbg !237
  %153 = add nuw nsw i64 %145, 1, !dbg !252
  call void @llvm.dbg.value(metadata i64 %153, metadata !224, metadata !DIExpression()), !dbg !238
  %154 = icmp eq i64 %153, %129, !dbg !239
  br i1 %154, label %139, label %144, !dbg !241, !llvm.loop !253

155:                                              ; preds = %139, %163
  %156 = phi i64 [ %170, %163 ], [ 23, %139 ]
  call void @llvm.dbg.value(metadata i64 %156, metadata !226, metadata !DIExpression()), !dbg !255
  %157 = getelementptr inbounds double, ptr %4, i64 %156, !dbg !256
  %158 = load double, ptr %157, align 8, !dbg !256, !tbaa !122
  call void @llvm.dbg.value(metadata double %158, metadata !228, metadata !DIExpression()), !dbg !257
  call void @llvm.dbg.value(metadata i64 %156, metadata !231, metadata !DIExpression(DW_OP_plus_uconst, 1, DW_OP_stack_value)), !dbg !258
  %159 = icmp ult i64 %156, 23, !dbg !259
  br i1 %159, label %160, label %163, !dbg !261

160:                                              ; preds = %155
  %161 = mul nuw nsw i64 %156, 24
  %162 = getelementptr inbounds double, ptr %2, i64 %161
  br label %172, !dbg !261

163:                                              ; preds = %172, %155
  %164 = phi double [ %158, %155 ], [ %181, %172 ], !dbg !257
  %165 = mul nuw nsw i64 %156, 24, !dbg !262
  %166 = getelementptr inbounds double, ptr %2, i64 %165, !dbg !262
  %167 = getelementptr inbounds double, ptr %166, i64 %156, !dbg !262
  %168 = load double, ptr %167, align 8, !dbg !262, !tbaa !122
  %169 = fdiv double %164, %168, !dbg !263
  store double %169, ptr %157, align 8, !dbg !264, !tbaa !122
  %170 = add nsw i64 %156, -1, !dbg !265
  call void @llvm.dbg.value(metadata i64 %170, metadata !226, metadata !DIExpression()), !dbg !255
  %171 = icmp eq i64 %156, 0, !dbg !266
  br i1 %171, label %183, label %155, !dbg !267, !llvm.loop !268

172:                                              ; preds = %172, %160
  %173 = phi i64 [ %156, %160 ], [ %175, %172 ]
  %174 = phi double [ %158, %160 ], [ %181, %172 ]
  call void @llvm.dbg.value(metadata i64 %173, metadata !231, metadata !DIExpression(DW_OP_plus_uconst, 1, DW_OP_stack_value)), !dbg !258
  call void @llvm.dbg.value(metadata double %174, metadata !228, metadata !DIExpression()), !dbg !257
  %175 = add nuw nsw i64 %173, 1, !dbg !270
  call void @llvm.dbg.value(metadata i64 %175, metadata !231, metadata !DIExpression()), !dbg !258
  %176 = getelementptr inbounds double, ptr %162, i64 %175, !dbg !271
  %177 = load double, ptr %176, align 8, !dbg !271, !tbaa !122
  %178 = getelementptr inbounds double, ptr %4, i64 %175, !dbg !272
  %179 = load double, ptr %178, align 8, !dbg !272, !tbaa !122
  %180 = fneg double %177, !dbg !273
  %181 = tail call double @llvm.fmuladd.f64(double %180, double %179, double %174), !dbg !273
  call void @llvm.dbg.value(metadata i64 %175, metadata !231, metadata !DIExpression(DW_OP_plus_uconst, 1, DW_OP_stack_value)), !dbg !258
  call void @llvm.dbg.value(metadata double %181, metadata !228, metadata !DIExpression()), !dbg !257
  %182 = icmp eq i64 %175, 23, !dbg !259
  br i1 %182, label %163, label %172, !dbg !261, !llvm.loop !274

183:                                              ; preds = %163, %191
  %184 = phi i64 [ %197, %191 ], [ 0, %163 ]
  %185 = phi double [ %196, %191 ], [ 0.000000e+00, %163 ]
  call void @llvm.dbg.value(metadata i64 %184, metadata !39, metadata !DIExpression()), !dbg !276
  call void @llvm.dbg.value(metadata double %185, metadata !38, metadata !DIExpression()), !dbg !277
  call void @llvm.dbg.value(metadata i32 0, metadata !44, metadata !DIExpression()), !dbg !278
  call void @llvm.dbg.value(metadata double 0.000000e+00, metadata !41, metadata !DIExpression()), !dbg !279
  br label %199, !dbg !280

186:                                              ; preds = %191
  %187 = load double, ptr %4, align 16, !dbg !281, !tbaa !122
  %188 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 24, double noundef %187, double noundef %196), !dbg !282
  %189 = fcmp uge double %196, 1.000000e-09, !dbg !283
  %190 = zext i1 %189 to i32, !dbg !284
  br label %209

191:                                              ; preds = %199
  %192 = getelementptr inbounds [24 x double], ptr %3, i64 0, i64 %184, !dbg !285
  %193 = load double, ptr %192, align 8, !dbg !285, !tbaa !122
  %194 = fsub double %206, %193, !dbg !286
  %195 = tail call double @llvm.fabs.f64(double %194), !dbg !287
  %196 = tail call double @llvm.maxnum.f64(double %185, double %195), !dbg !288
  call void @llvm.dbg.value(metadata double %196, metadata !38, metadata !DIExpression()), !dbg !277
  %197 = add nuw nsw i64 %184, 1, !dbg !289
  call void @llvm.dbg.value(metadata i64 %197, metadata !39, metadata !DIExpression()), !dbg !276
  %198 = icmp eq i64 %197, 24, !dbg !290
  br i1 %198, label %186, label %183, !dbg !291, !llvm.loop !292

199:                                              ; preds = %183, %199
  %200 = phi i64 [ 0, %183 ], [ %207, %199 ]
  %201 = phi double [ 0.000000e+00, %183 ], [ %206, %199 ]
  call void @llvm.dbg.value(metadata i64 %200, metadata !44, metadata !DIExpression()), !dbg !278
  call void @llvm.dbg.value(metadata double %201, metadata !41, metadata !DIExpression()), !dbg !279
  %202 = getelementptr inbounds [24 x [24 x double]], ptr %1, i64 0, i64 %184, i64 %200, !dbg !294
  %203 = load double, ptr %202, align 8, !dbg !294, !tbaa !122
  %204 = getelementptr inbounds [24 x double], ptr %4, i64 0, i64 %200, !dbg !296
  %205 = load double, ptr %204, align 8, !dbg !296, !tbaa !122
  %206 = tail call double @llvm.fmuladd.f64(double %203, double %205, double %201), !dbg !297
  call void @llvm.dbg.value(metadata double %206, metadata !41, metadata !DIExpression()), !dbg !279
  %207 = add nuw nsw i64 %200, 1, !dbg !298
  call void @llvm.dbg.value(metadata i64 %207, metadata !44, metadata !DIExpression()), !dbg !278
  %208 = icmp eq i64 %207, 24, !dbg !299
  br i1 %208, label %191, label %199, !dbg !280, !llvm.loop !300

209:                                              ; preds = %100, %186
  %210 = phi i32 [ %190, %186 ], [ 1, %100 ], !dbg !277
  call void @llvm.lifetime.end.p0(i64 96, ptr nonnull %5) #5, !dbg !302
  call void @llvm.lifetime.end.p0(i64 192, ptr nonnull %4) #5, !dbg !302
  call void @llvm.lifetime.end.p0(i64 192, ptr nonnull %3) #5, !dbg !302
  call void @llvm.lifetime.end.p0(i64 4608, ptr nonnull %2) #5, !dbg !302
  call void @llvm.lifetime.end.p0(i64 4608, ptr nonnull %1) #5, !dbg !302
  ret i32 %210, !dbg !302
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.declare(metadata, metadata, metadata) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.maxnum.f64(double, double) #2

; Function Attrs: nofree nounwind
declare !dbg !303 noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #4

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.abs.i32(i32, i1 immarg) #4

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #5 = { nounwind }

!llvm.dbg.cu = !{!7}
!llvm.module.flags = !{!9, !10, !11, !12, !13, !14}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 65, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "c/lu_decomp.c", directory: ".", checksumkind: CSK_MD5, checksum: "6f751911cfa24b4a605a7beefa704b85")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 304, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 38)
!7 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !8, splitDebugInlining: false, nameTableKind: None)
!8 = !{!0}
!9 = !{i32 7, !"Dwarf Version", i32 5}
!10 = !{i32 2, !"Debug Info Version", i32 3}
!11 = !{i32 1, !"wchar_size", i32 4}
!12 = !{i32 8, !"PIC Level", i32 2}
!13 = !{i32 7, !"PIE Level", i32 2}
!14 = !{i32 7, !"uwtable", i32 2}
!15 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 47, type: !16, scopeLine: 47, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !19)
!16 = !DISubroutineType(types: !17)
!17 = !{!18}
!18 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!19 = !{!20, !25, !26, !29, !30, !32, !34, !38, !39, !41, !44}
!20 = !DILocalVariable(name: "a", scope: !15, file: !2, line: 48, type: !21)
!21 = !DICompositeType(tag: DW_TAG_array_type, baseType: !22, size: 36864, elements: !23)
!22 = !DIBasicType(name: "double", size: 64, encoding: DW_ATE_float)
!23 = !{!24, !24}
!24 = !DISubrange(count: 24)
!25 = !DILocalVariable(name: "lu", scope: !15, file: !2, line: 48, type: !21)
!26 = !DILocalVariable(name: "b", scope: !15, file: !2, line: 48, type: !27)
!27 = !DICompositeType(tag: DW_TAG_array_type, baseType: !22, size: 1536, elements: !28)
!28 = !{!24}
!29 = !DILocalVariable(name: "x", scope: !15, file: !2, line: 48, type: !27)
!30 = !DILocalVariable(name: "perm", scope: !15, file: !2, line: 49, type: !31)
!31 = !DICompositeType(tag: DW_TAG_array_type, baseType: !18, size: 768, elements: !28)
!32 = !DILocalVariable(name: "i", scope: !33, file: !2, line: 50, type: !18)
!33 = distinct !DILexicalBlock(scope: !15, file: !2, line: 50, column: 5)
!34 = !DILocalVariable(name: "j", scope: !35, file: !2, line: 51, type: !18)
!35 = distinct !DILexicalBlock(scope: !36, file: !2, line: 51, column: 9)
!36 = distinct !DILexicalBlock(scope: !37, file: !2, line: 50, column: 33)
!37 = distinct !DILexicalBlock(scope: !33, file: !2, line: 50, column: 5)
!38 = !DILocalVariable(name: "residual", scope: !15, file: !2, line: 59, type: !22)
!39 = !DILocalVariable(name: "i", scope: !40, file: !2, line: 60, type: !18)
!40 = distinct !DILexicalBlock(scope: !15, file: !2, line: 60, column: 5)
!41 = !DILocalVariable(name: "s", scope: !42, file: !2, line: 61, type: !22)
!42 = distinct !DILexicalBlock(scope: !43, file: !2, line: 60, column: 33)
!43 = distinct !DILexicalBlock(scope: !40, file: !2, line: 60, column: 5)
!44 = !DILocalVariable(name: "j", scope: !45, file: !2, line: 62, type: !18)
!45 = distinct !DILexicalBlock(scope: !42, file: !2, line: 62, column: 9)
!46 = !DILocation(line: 48, column: 5, scope: !15)
!47 = !DILocation(line: 48, column: 12, scope: !15)
!48 = !DILocation(line: 48, column: 21, scope: !15)
!49 = !DILocation(line: 48, column: 31, scope: !15)
!50 = !DILocation(line: 48, column: 37, scope: !15)
!51 = !DILocation(line: 49, column: 5, scope: !15)
!52 = !DILocation(line: 49, column: 9, scope: !15)
!53 = !DILocation(line: 0, scope: !33)
!54 = !DILocation(line: 50, column: 5, scope: !33)
!55 = !DILocation(line: 0, scope: !35)
!56 = !DILocation(line: 51, column: 9, scope: !35)
!57 = !DILocalVariable(name: "i", scope: !58, file: !2, line: 9, type: !18)
!58 = distinct !DILexicalBlock(scope: !59, file: !2, line: 9, column: 5)
!59 = distinct !DISubprogram(name: "lu_factor", scope: !2, file: !2, line: 8, type: !60, scopeLine: 8, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !67)
!60 = !DISubroutineType(types: !61)
!61 = !{!18, !18, !62, !66}
!62 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !63, size: 64)
!63 = !DICompositeType(tag: DW_TAG_array_type, baseType: !22, elements: !64)
!64 = !{!65}
!65 = !DISubrange(count: -1)
!66 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !18, size: 64)
!67 = !{!68, !69, !70, !57, !71, !73, !76, !78, !82, !85, !86, !88}
!68 = !DILocalVariable(name: "n", arg: 1, scope: !59, file: !2, line: 8, type: !18)
!69 = !DILocalVariable(name: "a", arg: 2, scope: !59, file: !2, line: 8, type: !62)
!70 = !DILocalVariable(name: "perm", arg: 3, scope: !59, file: !2, line: 8, type: !66)
!71 = !DILocalVariable(name: "k", scope: !72, file: !2, line: 10, type: !18)
!72 = distinct !DILexicalBlock(scope: !59, file: !2, line: 10, column: 5)
!73 = !DILocalVariable(name: "p", scope: !74, file: !2, line: 11, type: !18)
!74 = distinct !DILexicalBlock(scope: !75, file: !2, line: 10, column: 33)
!75 = distinct !DILexicalBlock(scope: !72, file: !2, line: 10, column: 5)
!76 = !DILocalVariable(name: "i", scope: !77, file: !2, line: 12, type: !18)
!77 = distinct !DILexicalBlock(scope: !74, file: !2, line: 12, column: 9)
!78 = !DILocalVariable(name: "j", scope: !79, file: !2, line: 16, type: !18)
!79 = distinct !DILexicalBlock(scope: !80, file: !2, line: 16, column: 13)
!80 = distinct !DILexicalBlock(scope: !81, file: !2, line: 15, column: 21)
!81 = distinct !DILexicalBlock(scope: !74, file: !2, line: 15, column: 13)
!82 = !DILocalVariable(name: "t", scope: !83, file: !2, line: 17, type: !22)
!83 = distinct !DILexicalBlock(scope: !84, file: !2, line: 16, column: 41)
!84 = distinct !DILexicalBlock(scope: !79, file: !2, line: 16, column: 13)
!85 = !DILocalVariable(name: "t", scope: !80, file: !2, line: 21, type: !18)
!86 = !DILocalVariable(name: "i", scope: !87, file: !2, line: 25, type: !18)
!87 = distinct !DILexicalBlock(scope: !74, file: !2, line: 25, column: 9)
!88 = !DILocalVariable(name: "j", scope: !89, file: !2, line: 27, type: !18)
!89 = distinct !DILexicalBlock(scope: !90, file: !2, line: 27, column: 13)
!90 = distinct !DILexicalBlock(scope: !91, file: !2, line: 25, column: 41)
!91 = distinct !DILexicalBlock(scope: !87, file: !2, line: 25, column: 9)
!92 = !DILocation(line: 0, scope: !58, inlinedAt: !93)
!93 = distinct !DILocation(line: 57, column: 10, scope: !94)
!94 = distinct !DILexicalBlock(scope: !15, file: !2, line: 57, column: 9)
!95 = !DILocation(line: 9, column: 33, scope: !96, inlinedAt: !93)
!96 = distinct !DILexicalBlock(scope: !58, file: !2, line: 9, column: 5)
!97 = !DILocation(line: 9, column: 41, scope: !96, inlinedAt: !93)
!98 = !{!99, !99, i64 0}
!99 = !{!"int", !100, i64 0}
!100 = !{!"omnipotent char", !101, i64 0}
!101 = !{!"Simple C/C++ TBAA"}
!102 = !DILocation(line: 9, column: 29, scope: !96, inlinedAt: !93)
!103 = !DILocation(line: 9, column: 23, scope: !96, inlinedAt: !93)
!104 = !DILocation(line: 9, column: 5, scope: !58, inlinedAt: !93)
!105 = distinct !{!105, !104, !106, !107, !108}
!106 = !DILocation(line: 9, column: 43, scope: !58, inlinedAt: !93)
!107 = !{!"llvm.loop.mustprogress"}
!108 = !{!"llvm.loop.unroll.disable"}
!109 = !DILocation(line: 0, scope: !72, inlinedAt: !93)
!110 = !DILocation(line: 10, column: 23, scope: !75, inlinedAt: !93)
!111 = !DILocation(line: 10, column: 5, scope: !72, inlinedAt: !93)
!112 = distinct !{!112, !111, !113, !107, !108}
!113 = !DILocation(line: 30, column: 5, scope: !72, inlinedAt: !93)
!114 = !DILocation(line: 0, scope: !74, inlinedAt: !93)
!115 = !DILocation(line: 12, column: 24, scope: !77, inlinedAt: !93)
!116 = !DILocation(line: 0, scope: !77, inlinedAt: !93)
!117 = !DILocation(line: 12, column: 31, scope: !118, inlinedAt: !93)
!118 = distinct !DILexicalBlock(scope: !77, file: !2, line: 12, column: 9)
!119 = !DILocation(line: 12, column: 9, scope: !77, inlinedAt: !93)
!120 = !DILocation(line: 14, column: 13, scope: !121, inlinedAt: !93)
!121 = distinct !DILexicalBlock(scope: !74, file: !2, line: 14, column: 13)
!122 = !{!123, !123, i64 0}
!123 = !{!"double", !100, i64 0}
!124 = !DILocation(line: 14, column: 21, scope: !121, inlinedAt: !93)
!125 = !DILocation(line: 14, column: 13, scope: !74, inlinedAt: !93)
!126 = !DILocation(line: 13, column: 22, scope: !127, inlinedAt: !93)
!127 = distinct !DILexicalBlock(scope: !118, file: !2, line: 13, column: 17)
!128 = !DILocation(line: 13, column: 17, scope: !127, inlinedAt: !93)
!129 = !DILocation(line: 13, column: 38, scope: !127, inlinedAt: !93)
!130 = !DILocation(line: 13, column: 33, scope: !127, inlinedAt: !93)
!131 = !DILocation(line: 13, column: 31, scope: !127, inlinedAt: !93)
!132 = !DILocation(line: 13, column: 17, scope: !118, inlinedAt: !93)
!133 = !DILocation(line: 12, column: 37, scope: !118, inlinedAt: !93)
!134 = distinct !{!134, !119, !135, !107, !108}
!135 = !DILocation(line: 13, column: 52, scope: !77, inlinedAt: !93)
!136 = !DILocation(line: 15, column: 15, scope: !81, inlinedAt: !93)
!137 = !DILocation(line: 15, column: 13, scope: !74, inlinedAt: !93)
!138 = !DILocation(line: 0, scope: !79, inlinedAt: !93)
!139 = !DILocation(line: 16, column: 13, scope: !79, inlinedAt: !93)
!140 = !DILocation(line: 21, column: 21, scope: !80, inlinedAt: !93)
!141 = !DILocation(line: 0, scope: !80, inlinedAt: !93)
!142 = !DILocation(line: 22, column: 23, scope: !80, inlinedAt: !93)
!143 = !DILocation(line: 22, column: 21, scope: !80, inlinedAt: !93)
!144 = !DILocation(line: 23, column: 21, scope: !80, inlinedAt: !93)
!145 = !DILocation(line: 24, column: 9, scope: !80, inlinedAt: !93)
!146 = !DILocation(line: 17, column: 28, scope: !83, inlinedAt: !93)
!147 = !DILocation(line: 0, scope: !83, inlinedAt: !93)
!148 = !DILocation(line: 18, column: 27, scope: !83, inlinedAt: !93)
!149 = !DILocation(line: 18, column: 25, scope: !83, inlinedAt: !93)
!150 = !DILocation(line: 19, column: 25, scope: !83, inlinedAt: !93)
!151 = !DILocation(line: 16, column: 37, scope: !84, inlinedAt: !93)
!152 = !DILocation(line: 16, column: 31, scope: !84, inlinedAt: !93)
!153 = distinct !{!153, !139, !154, !107, !108}
!154 = !DILocation(line: 20, column: 13, scope: !79, inlinedAt: !93)
!155 = !DILocation(line: 0, scope: !87, inlinedAt: !93)
!156 = !DILocation(line: 25, column: 9, scope: !87, inlinedAt: !93)
!157 = !DILocation(line: 26, column: 24, scope: !90, inlinedAt: !93)
!158 = !DILocation(line: 26, column: 13, scope: !90, inlinedAt: !93)
!159 = !DILocation(line: 26, column: 21, scope: !90, inlinedAt: !93)
!160 = !DILocation(line: 0, scope: !89, inlinedAt: !93)
!161 = !DILocation(line: 27, column: 13, scope: !89, inlinedAt: !93)
!162 = !DILocation(line: 25, column: 37, scope: !91, inlinedAt: !93)
!163 = !DILocation(line: 25, column: 31, scope: !91, inlinedAt: !93)
!164 = distinct !{!164, !156, !165, !107, !108}
!165 = !DILocation(line: 29, column: 9, scope: !87, inlinedAt: !93)
!166 = !DILocation(line: 28, column: 28, scope: !167, inlinedAt: !93)
!167 = distinct !DILexicalBlock(scope: !89, file: !2, line: 27, column: 13)
!168 = !DILocation(line: 28, column: 38, scope: !167, inlinedAt: !93)
!169 = !DILocation(line: 28, column: 17, scope: !167, inlinedAt: !93)
!170 = !DILocation(line: 28, column: 25, scope: !167, inlinedAt: !93)
!171 = !DILocation(line: 27, column: 41, scope: !167, inlinedAt: !93)
!172 = !DILocation(line: 27, column: 35, scope: !167, inlinedAt: !93)
!173 = distinct !{!173, !161, !174, !107, !108}
!174 = !DILocation(line: 28, column: 44, scope: !89, inlinedAt: !93)
!175 = !DILocation(line: 57, column: 9, scope: !15)
!176 = !DILocation(line: 55, column: 18, scope: !36)
!177 = !DILocation(line: 55, column: 16, scope: !36)
!178 = !DILocation(line: 55, column: 22, scope: !36)
!179 = !DILocation(line: 55, column: 9, scope: !36)
!180 = !DILocation(line: 55, column: 14, scope: !36)
!181 = !DILocation(line: 50, column: 29, scope: !37)
!182 = !DILocation(line: 50, column: 23, scope: !37)
!183 = distinct !{!183, !54, !184, !107, !108}
!184 = !DILocation(line: 56, column: 5, scope: !33)
!185 = !DILocation(line: 52, column: 40, scope: !186)
!186 = distinct !DILexicalBlock(scope: !187, file: !2, line: 51, column: 37)
!187 = distinct !DILexicalBlock(scope: !35, file: !2, line: 51, column: 9)
!188 = !DILocation(line: 52, column: 34, scope: !186)
!189 = !DILocation(line: 52, column: 32, scope: !186)
!190 = !DILocation(line: 52, column: 29, scope: !186)
!191 = !DILocation(line: 52, column: 27, scope: !186)
!192 = !DILocation(line: 52, column: 61, scope: !186)
!193 = !DILocation(line: 52, column: 57, scope: !186)
!194 = !DILocation(line: 52, column: 66, scope: !186)
!195 = !DILocation(line: 52, column: 48, scope: !186)
!196 = !DILocation(line: 52, column: 46, scope: !186)
!197 = !DILocation(line: 52, column: 13, scope: !186)
!198 = !DILocation(line: 52, column: 21, scope: !186)
!199 = !DILocation(line: 53, column: 13, scope: !186)
!200 = !DILocation(line: 53, column: 22, scope: !186)
!201 = !DILocation(line: 51, column: 33, scope: !187)
!202 = !DILocation(line: 51, column: 27, scope: !187)
!203 = distinct !{!203, !56, !204, !107, !108}
!204 = !DILocation(line: 54, column: 9, scope: !35)
!205 = !DILocalVariable(name: "i", scope: !206, file: !2, line: 35, type: !18)
!206 = distinct !DILexicalBlock(scope: !207, file: !2, line: 35, column: 5)
!207 = distinct !DISubprogram(name: "lu_solve", scope: !2, file: !2, line: 34, type: !208, scopeLine: 34, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !215)
!208 = !DISubroutineType(types: !209)
!209 = !{null, !18, !62, !210, !212, !214}
!210 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !211, size: 64)
!211 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !18)
!212 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !213, size: 64)
!213 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !22)
!214 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !22, size: 64)
!215 = !{!216, !217, !218, !219, !220, !205, !221, !224, !226, !228, !231}
!216 = !DILocalVariable(name: "n", arg: 1, scope: !207, file: !2, line: 34, type: !18)
!217 = !DILocalVariable(name: "lu", arg: 2, scope: !207, file: !2, line: 34, type: !62)
!218 = !DILocalVariable(name: "perm", arg: 3, scope: !207, file: !2, line: 34, type: !210)
!219 = !DILocalVariable(name: "b", arg: 4, scope: !207, file: !2, line: 34, type: !212)
!220 = !DILocalVariable(name: "x", arg: 5, scope: !207, file: !2, line: 34, type: !214)
!221 = !DILocalVariable(name: "s", scope: !222, file: !2, line: 36, type: !22)
!222 = distinct !DILexicalBlock(scope: !223, file: !2, line: 35, column: 33)
!223 = distinct !DILexicalBlock(scope: !206, file: !2, line: 35, column: 5)
!224 = !DILocalVariable(name: "j", scope: !225, file: !2, line: 37, type: !18)
!225 = distinct !DILexicalBlock(scope: !222, file: !2, line: 37, column: 9)
!226 = !DILocalVariable(name: "i", scope: !227, file: !2, line: 40, type: !18)
!227 = distinct !DILexicalBlock(scope: !207, file: !2, line: 40, column: 5)
!228 = !DILocalVariable(name: "s", scope: !229, file: !2, line: 41, type: !22)
!229 = distinct !DILexicalBlock(scope: !230, file: !2, line: 40, column: 38)
!230 = distinct !DILexicalBlock(scope: !227, file: !2, line: 40, column: 5)
!231 = !DILocalVariable(name: "j", scope: !232, file: !2, line: 42, type: !18)
!232 = distinct !DILexicalBlock(scope: !229, file: !2, line: 42, column: 9)
!233 = !DILocation(line: 0, scope: !206, inlinedAt: !234)
!234 = distinct !DILocation(line: 58, column: 5, scope: !15)
!235 = !DILocation(line: 36, column: 22, scope: !222, inlinedAt: !234)
!236 = !DILocation(line: 36, column: 20, scope: !222, inlinedAt: !234)
!237 = !DILocation(line: 0, scope: !222, inlinedAt: !234)
!238 = !DILocation(line: 0, scope: !225, inlinedAt: !234)
!239 = !DILocation(line: 37, column: 27, scope: !240, inlinedAt: !234)
!240 = distinct !DILexicalBlock(scope: !225, file: !2, line: 37, column: 9)
!241 = !DILocation(line: 37, column: 9, scope: !225, inlinedAt: !234)
!242 = !DILocation(line: 38, column: 9, scope: !222, inlinedAt: !234)
!243 = !DILocation(line: 38, column: 14, scope: !222, inlinedAt: !234)
!244 = !DILocation(line: 35, column: 29, scope: !223, inlinedAt: !234)
!245 = !DILocation(line: 35, column: 23, scope: !223, inlinedAt: !234)
!246 = !DILocation(line: 35, column: 5, scope: !206, inlinedAt: !234)
!247 = distinct !{!247, !246, !248, !107, !108}
!248 = !DILocation(line: 39, column: 5, scope: !206, inlinedAt: !234)
!249 = !DILocation(line: 37, column: 42, scope: !240, inlinedAt: !234)
!250 = !DILocation(line: 37, column: 53, scope: !240, inlinedAt: !234)
!251 = !DILocation(line: 37, column: 39, scope: !240, inlinedAt: !234)
!252 = !DILocation(line: 37, column: 33, scope: !240, inlinedAt: !234)
!253 = distinct !{!253, !241, !254, !107, !108}
!254 = !DILocation(line: 37, column: 56, scope: !225, inlinedAt: !234)
!255 = !DILocation(line: 0, scope: !227, inlinedAt: !234)
!256 = !DILocation(line: 41, column: 20, scope: !229, inlinedAt: !234)
!257 = !DILocation(line: 0, scope: !229, inlinedAt: !234)
!258 = !DILocation(line: 0, scope: !232, inlinedAt: !234)
!259 = !DILocation(line: 42, column: 31, scope: !260, inlinedAt: !234)
!260 = distinct !DILexicalBlock(scope: !232, file: !2, line: 42, column: 9)
!261 = !DILocation(line: 42, column: 9, scope: !232, inlinedAt: !234)
!262 = !DILocation(line: 43, column: 20, scope: !229, inlinedAt: !234)
!263 = !DILocation(line: 43, column: 18, scope: !229, inlinedAt: !234)
!264 = !DILocation(line: 43, column: 14, scope: !229, inlinedAt: !234)
!265 = !DILocation(line: 40, column: 34, scope: !230, inlinedAt: !234)
!266 = !DILocation(line: 40, column: 27, scope: !230, inlinedAt: !234)
!267 = !DILocation(line: 40, column: 5, scope: !227, inlinedAt: !234)
!268 = distinct !{!268, !267, !269, !107, !108}
!269 = !DILocation(line: 44, column: 5, scope: !227, inlinedAt: !234)
!270 = !DILocation(line: 42, scope: !232, inlinedAt: !234)
!271 = !DILocation(line: 42, column: 46, scope: !260, inlinedAt: !234)
!272 = !DILocation(line: 42, column: 57, scope: !260, inlinedAt: !234)
!273 = !DILocation(line: 42, column: 43, scope: !260, inlinedAt: !234)
!274 = distinct !{!274, !261, !275, !107, !108}
!275 = !DILocation(line: 42, column: 60, scope: !232, inlinedAt: !234)
!276 = !DILocation(line: 0, scope: !40)
!277 = !DILocation(line: 0, scope: !15)
!278 = !DILocation(line: 0, scope: !45)
!279 = !DILocation(line: 0, scope: !42)
!280 = !DILocation(line: 62, column: 9, scope: !45)
!281 = !DILocation(line: 65, column: 57, scope: !15)
!282 = !DILocation(line: 65, column: 5, scope: !15)
!283 = !DILocation(line: 66, column: 21, scope: !15)
!284 = !DILocation(line: 66, column: 12, scope: !15)
!285 = !DILocation(line: 63, column: 44, scope: !42)
!286 = !DILocation(line: 63, column: 42, scope: !42)
!287 = !DILocation(line: 63, column: 35, scope: !42)
!288 = !DILocation(line: 63, column: 20, scope: !42)
!289 = !DILocation(line: 60, column: 29, scope: !43)
!290 = !DILocation(line: 60, column: 23, scope: !43)
!291 = !DILocation(line: 60, column: 5, scope: !40)
!292 = distinct !{!292, !291, !293, !107, !108}
!293 = !DILocation(line: 64, column: 5, scope: !40)
!294 = !DILocation(line: 62, column: 42, scope: !295)
!295 = distinct !DILexicalBlock(scope: !45, file: !2, line: 62, column: 9)
!296 = !DILocation(line: 62, column: 52, scope: !295)
!297 = !DILocation(line: 62, column: 39, scope: !295)
!298 = !DILocation(line: 62, column: 33, scope: !295)
!299 = !DILocation(line: 62, column: 27, scope: !295)
!300 = distinct !{!300, !280, !301, !107, !108}
!301 = !DILocation(line: 62, column: 55, scope: !45)
!302 = !DILocation(line: 67, column: 1, scope: !15)
!303 = !DISubprogram(name: "printf", scope: !304, file: !304, line: 356, type: !305, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !310)
!304 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!305 = !DISubroutineType(types: !306)
!306 = !{!18, !307, null}
!307 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !308)
!308 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !309, size: 64)
!309 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !4)
!310 = !{}
