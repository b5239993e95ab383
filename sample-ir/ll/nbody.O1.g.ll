; ModuleID = 'c/nbody.c'
source_filename = "c/nbody.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.body = type { double, double, double, double, double, double, double }

@bodies = internal unnamed_addr global [32 x %struct.body] zeroinitializer, align 16, !dbg !0
@.str = private unnamed_addr constant [51 x i8] c"nbody bodies=%d E0=%.6f E1=%.6f relative drift=%g\0A\00", align 1, !dbg !5

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 !dbg !30 {
  %1 = alloca [32 x double], align 16
  %2 = alloca [32 x double], align 16
  %3 = alloca [32 x double], align 16
  call void @llvm.dbg.value(metadata i32 0, metadata !35, metadata !DIExpression()), !dbg !46
  br label %59, !dbg !47

4:                                                ; preds = %31, %8
  %5 = phi double [ %25, %8 ], [ %56, %31 ], !dbg !48
  call void @llvm.dbg.value(metadata double %5, metadata !60, metadata !DIExpression()), !dbg !70
  call void @llvm.dbg.value(metadata i64 %26, metadata !61, metadata !DIExpression()), !dbg !71
  %6 = add nuw nsw i64 %10, 1, !dbg !72
  %7 = icmp eq i64 %26, 32, !dbg !73
  br i1 %7, label %152, label %8, !dbg !72, !llvm.loop !74

8:                                                ; preds = %59, %4
  %9 = phi i64 [ %26, %4 ], [ 0, %59 ]
  %10 = phi i64 [ %6, %4 ], [ 1, %59 ]
  %11 = phi double [ %5, %4 ], [ 0.000000e+00, %59 ]
  call void @llvm.dbg.value(metadata double %11, metadata !60, metadata !DIExpression()), !dbg !70
  call void @llvm.dbg.value(metadata i64 %9, metadata !61, metadata !DIExpression()), !dbg !71
  %12 = getelementptr inbounds %struct.body, ptr @bodies, i64 %9, !dbg !78
  %13 = getelementptr inbounds %struct.body, ptr @bodies, i64 %9, i32 6, !dbg !79
  %14 = load double, ptr %13, align 8, !dbg !79, !tbaa !80
  %15 = fmul double %14, 5.000000e-01, !dbg !85
  %16 = getelementptr inbounds %struct.body, ptr @bodies, i64 %9, i32 3, !dbg !86
  %17 = load double, ptr %16, align 8, !dbg !86, !tbaa !87
  %18 = getelementptr inbounds %struct.body, ptr @bodies, i64 %9, i32 4, !dbg !88
  %19 = load double, ptr %18, align 8, !dbg !88, !tbaa !89
  %20 = fmul double %19, %19, !dbg !90
  %21 = tail call double @llvm.fmuladd.f64(double %17, double %17, double %20), !dbg !91
  %22 = getelementptr inbounds %struct.body, ptr @bodies, i64 %9, i32 5, !dbg !92
  %23 = load double, ptr %22, align 8, !dbg !92, !tbaa !93
  %24 = tail call double @llvm.fmuladd.f64(double %23, double %23, double %21), !dbg !94
  %25 = tail call double @llvm.fmuladd.f64(double %15, double %24, double %11), !dbg !95
  call void @llvm.dbg.value(metadata double %25, metadata !60, metadata !DIExpression()), !dbg !70
  %26 = add nuw nsw i64 %9, 1, !dbg !96
  call void @llvm.dbg.value(metadata i64 %26, metadata !62, metadata !DIExpression()), !dbg !97
  call void @llvm.dbg.value(metadata double %25, metadata !60, metadata !DIExpression()), !dbg !70
  %27 = icmp ult i64 %9, 31, !dbg !98
  br i1 %27, label %28, label %4, !dbg !99

28:                                               ; preds = %8
  %29 = getelementptr inbounds %struct.body, ptr @bodies, i64 %9, i32 1
  %30 = getelementptr inbounds %struct.body, ptr @bodies, i64 %9, i32 2
  br label %31, !dbg !99

31:                                               ; preds = %31, %28
  %32 = phi i64 [ %10, %28 ], [ %57, %31 ]
  %33 = phi double [ %25, %28 ], [ %56, %31 ]
  call void @llvm.dbg.value(metadata double %33, metadata !60, metadata !DIExpression()), !dbg !70
  call void @llvm.dbg.value(metadata i64 %32, metadata !62, metadata !DIExpression()), !dbg !97
  %34 = getelementptr inbounds %struct.body, ptr @bodies, i64 %32, !dbg !100
  %35 = load double, ptr %34, align 8, !dbg !101, !tbaa !102
  %36 = load double, ptr %12, align 8, !dbg !103, !tbaa !102
  %37 = fsub double %35, %36, !dbg !104
  call void @llvm.dbg.value(metadata double %37, metadata !64, metadata !DIExpression()), !dbg !105
  %38 = getelementptr inbounds %struct.body, ptr @bodies, i64 %32, i32 1, !dbg !106
  %39 = load double, ptr %38, align 8, !dbg !106, !tbaa !107
  %40 = load double, ptr %29, align 8, !dbg !108, !tbaa !107
  %41 = fsub double %39, %40, !dbg !109
  call void @llvm.dbg.value(metadata double %41, metadata !67, metadata !DIExpression()), !dbg !105
  %42 = getelementptr inbounds %struct.body, ptr @bodies, i64 %32, i32 2, !dbg !110
  %43 = load double, ptr %42, align 8, !dbg !110, !tbaa !111
  %44 = load double, ptr %30, align 8, !dbg !112, !tbaa !111
  %45 = fsub double %43, %44, !dbg !113
  call void @llvm.dbg.value(metadata double %45, metadata !68, metadata !DIExpression()), !dbg !105
  %46 = load double, ptr %13, align 8, !dbg !114, !tbaa !80
  %47 = getelementptr inbounds %struct.body, ptr @bodies, i64 %32, i32 6, !dbg !115
  %48 = load double, ptr %47, align 8, !dbg !115, !tbaa !80
  %49 = fmul double %46, %48, !dbg !116
  %50 = fmul double %41, %41, !dbg !117
  %51 = tail call double @llvm.fmuladd.f64(double %37, double %37, double %50), !dbg !118
  %52 = tail call double @llvm.fmuladd.f64(double %45, double %45, double %51), !dbg !119
  %53 = fadd double %52, 1.000000e-04, !dbg !120
  %54 = tail call double @sqrt(double noundef %53) #6, !dbg !121
  %55 = fdiv double %49, %54, !dbg !122
  %56 = fsub double %33, %55, !dbg !123
  call void @llvm.dbg.value(metadata double %56, metadata !60, metadata !DIExpression()), !dbg !70
  %57 = add nuw nsw i64 %32, 1, !dbg !124
  call void @llvm.dbg.value(metadata i64 %57, metadata !62, metadata !DIExpression()), !dbg !97
  %58 = icmp eq i64 %57, 32, !dbg !98
  br i1 %58, label %4, label %31, !dbg !99, !llvm.loop !125

59:                                               ; preds = %0, %59
  %60 = phi i64 [ 0, %0 ], [ %88, %59 ]
  call void @llvm.dbg.value(metadata i64 %60, metadata !35, metadata !DIExpression()), !dbg !46
  %61 = trunc i64 %60 to i32, !dbg !127
  %62 = sitofp i32 %61 to double, !dbg !127
  %63 = fmul double %62, 0x401921FB54442D18, !dbg !128
  %64 = fmul double %63, 3.125000e-02, !dbg !129
  call void @llvm.dbg.value(metadata double %64, metadata !37, metadata !DIExpression()), !dbg !130
  %65 = trunc i64 %60 to i32, !dbg !131
  %66 = and i32 %65, 3, !dbg !131
  %67 = sitofp i32 %66 to double, !dbg !132
  %68 = tail call double @llvm.fmuladd.f64(double %67, double 5.000000e-02, double 1.000000e+00), !dbg !133
  call void @llvm.dbg.value(metadata double %68, metadata !40, metadata !DIExpression()), !dbg !130
  %69 = getelementptr inbounds [32 x %struct.body], ptr @bodies, i64 0, i64 %60, !dbg !134
  %70 = tail call double @cos(double noundef %64) #6, !dbg !135
  %71 = fmul double %68, %70, !dbg !136
  %72 = tail call double @sin(double noundef %64) #6, !dbg !137
  %73 = fmul double %68, %72, !dbg !138
  %74 = trunc i64 %60 to i32, !dbg !139
  %75 = urem i32 %74, 3, !dbg !139
  %76 = sitofp i32 %75 to double, !dbg !140
  %77 = fmul double %76, 1.000000e-02, !dbg !141
  %78 = tail call double @sin(double noundef %64) #6, !dbg !142
  %79 = fmul double %78, -3.000000e-01, !dbg !143
  %80 = tail call double @cos(double noundef %64) #6, !dbg !144
  %81 = fmul double %80, 3.000000e-01, !dbg !145
  store double %71, ptr %69, align 8, !dbg !146, !tbaa.struct !147
  %82 = getelementptr inbounds i8, ptr %69, i64 8, !dbg !146
  store double %73, ptr %82, align 8, !dbg !146, !tbaa.struct !149
  %83 = getelementptr inbounds i8, ptr %69, i64 16, !dbg !146
  store double %77, ptr %83, align 8, !dbg !146, !tbaa.struct !150
  %84 = getelementptr inbounds i8, ptr %69, i64 24, !dbg !146
  store double %79, ptr %84, align 8, !dbg !146, !tbaa.struct !151
  %85 = getelementptr inbounds i8, ptr %69, i64 32, !dbg !146
  store double %81, ptr %85, align 8, !dbg !146, !tbaa.struct !152
  %86 = getelementptr inbounds i8, ptr %69, i64 40, !dbg !146
  store double 0.000000e+00, ptr %86, align 8, !dbg !146, !tbaa.struct !153
  %87 = getelementptr inbounds i8, ptr %69, i64 48, !dbg !146
  store double 3.125000e-02, ptr %87, align 8, !dbg !146, !tbaa.struct !154
  %88 = add nuw nsw i64 %60, 1, !dbg !155
  call void @llvm.dbg.value(metadata i64 %88, metadata !35, metadata !DIExpression()), !dbg !46
  %89 = icmp eq i64 %88, 32, !dbg !156
  br i1 %89, label %8, label %59, !dbg !47, !llvm.loop !157

90:                                               ; preds = %117, %94
  %91 = phi double [ %111, %94 ], [ %142, %117 ], !dbg !159
  call void @llvm.dbg.value(metadata double %91, metadata !60, metadata !DIExpression()), !dbg !161
  call void @llvm.dbg.value(metadata i64 %112, metadata !61, metadata !DIExpression()), !dbg !162
  %92 = add nuw nsw i64 %96, 1, !dbg !163
  %93 = icmp eq i64 %112, 32, !dbg !164
  br i1 %93, label %145, label %94, !dbg !163, !llvm.loop !165

94:                                               ; preds = %291, %90
  %95 = phi i64 [ %112, %90 ], [ 0, %291 ]
  %96 = phi i64 [ %92, %90 ], [ 1, %291 ]
  %97 = phi double [ %91, %90 ], [ 0.000000e+00, %291 ]
  call void @llvm.dbg.value(metadata double %97, metadata !60, metadata !DIExpression()), !dbg !161
  call void @llvm.dbg.value(metadata i64 %95, metadata !61, metadata !DIExpression()), !dbg !162
  %98 = getelementptr inbounds %struct.body, ptr @bodies, i64 %95, !dbg !167
  %99 = getelementptr inbounds %struct.body, ptr @bodies, i64 %95, i32 6, !dbg !168
  %100 = load double, ptr %99, align 8, !dbg !168, !tbaa !80
  %101 = fmul double %100, 5.000000e-01, !dbg !169
  %102 = getelementptr inbounds %struct.body, ptr @bodies, i64 %95, i32 3, !dbg !170
  %103 = load double, ptr %102, align 8, !dbg !170, !tbaa !87
  %104 = getelementptr inbounds %struct.body, ptr @bodies, i64 %95, i32 4, !dbg !171
  %105 = load double, ptr %104, align 8, !dbg !171, !tbaa !89
  %106 = fmul double %105, %105, !dbg !172
  %107 = tail call double @llvm.fmuladd.f64(double %103, double %103, double %106), !dbg !173
  %108 = getelementptr inbounds %struct.body, ptr @bodies, i64 %95, i32 5, !dbg !174
  %109 = load double, ptr %108, align 8, !dbg !174, !tbaa !93
  %110 = tail call double @llvm.fmuladd.f64(double %109, double %109, double %107), !dbg !175
  %111 = tail call double @llvm.fmuladd.f64(double %101, double %110, double %97), !dbg !176
  call void @llvm.dbg.value(metadata double %111, metadata !60, metadata !DIExpression()), !dbg !161
  %112 = add nuw nsw i64 %95, 1, !dbg !177
  call void @llvm.dbg.value(metadata i64 %112, metadata !62, metadata !DIExpression()), !dbg !178
  call void @llvm.dbg.value(metadata double %111, metadata !60, metadata !DIExpression()), !dbg !161
  %113 = icmp ult i64 %95, 31, !dbg !179
  br i1 %113, label %114, label %90, !dbg !180

114:                                              ; preds = %94
  %115 = getelementptr inbounds %struct.body, ptr @bodies, i64 %95, i32 1
  %116 = getelementptr inbounds %struct.body, ptr @bodies, i64 %95, i32 2
  br label %117, !dbg !180

117:                                              ; preds = %117, %114
  %118 = phi i64 [ %96, %114 ], [ %143, %117 ]
  %119 = phi double [ %111, %114 ], [ %142, %117 ]
  call void @llvm.dbg.value(metadata double %119, metadata !60, metadata !DIExpression()), !dbg !161
  call void @llvm.dbg.value(metadata i64 %118, metadata !62, metadata !DIExpression()), !dbg !178
  %120 = getelementptr inbounds %struct.body, ptr @bodies, i64 %118, !dbg !181
  %121 = load double, ptr %120, align 8, !dbg !182, !tbaa !102
  %122 = load double, ptr %98, align 8, !dbg !183, !tbaa !102
  %123 = fsub double %121, %122, !dbg !184
  call void @llvm.dbg.value(metadata double %123, metadata !64, metadata !DIExpression()), !dbg !185
  %124 = getelementptr inbounds %struct.body, ptr @bodies, i64 %118, i32 1, !dbg !186
  %125 = load double, ptr %124, align 8, !dbg !186, !tbaa !107
  %126 = load double, ptr %115, align 8, !dbg !187, !tbaa !107
  %127 = fsub double %125, %126, !dbg !188
  call void @llvm.dbg.value(metadata double %127, metadata !67, metadata !DIExpression()), !dbg !185
  %128 = getelementptr inbounds %struct.body, ptr @bodies, i64 %118, i32 2, !dbg !189
  %129 = load double, ptr %128, align 8, !dbg !189, !tbaa !111
  %130 = load double, ptr %116, align 8, !dbg !190, !tbaa !111
  %131 = fsub double %129, %130, !dbg !191
  call void @llvm.dbg.value(metadata double %131, metadata !68, metadata !DIExpression()), !dbg !185
  %132 = load double, ptr %99, align 8, !dbg !192, !tbaa !80
  %133 = getelementptr inbounds %struct.body, ptr @bodies, i64 %118, i32 6, !dbg !193
  %134 = load double, ptr %133, align 8, !dbg !193, !tbaa !80
  %135 = fmul double %132, %134, !dbg !194
  %136 = fmul double %127, %127, !dbg !195
  %137 = tail call double @llvm.fmuladd.f64(double %123, double %123, double %136), !dbg !196
  %138 = tail call double @llvm.fmuladd.f64(double %131, double %131, double %137), !dbg !197
  %139 = fadd double %138, 1.000000e-04, !dbg !198
  %140 = tail call double @sqrt(double noundef %139) #6, !dbg !199
  %141 = fdiv double %135, %140, !dbg !200
  %142 = fsub double %119, %141, !dbg !201
  call void @llvm.dbg.value(metadata double %142, metadata !60, metadata !DIExpression()), !dbg !161
  %143 = add nuw nsw i64 %118, 1, !dbg !202
  call void @llvm.dbg.value(metadata i64 %143, metadata !62, metadata !DIExpression()), !dbg !178
  %144 = icmp eq i64 %143, 32, !dbg !179
  br i1 %144, label %90, label %117, !dbg !180, !llvm.loop !203

145:                                              ; preds = %90
  call void @llvm.dbg.value(metadata double %91, metadata !44, metadata !DIExpression()), !dbg !205
  %146 = fsub double %91, %5, !dbg !206
  %147 = fdiv double %146, %5, !dbg !207
  %148 = tail call double @llvm.fabs.f64(double %147), !dbg !208
  call void @llvm.dbg.value(metadata double %148, metadata !45, metadata !DIExpression()), !dbg !205
  %149 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 32, double noundef %5, double noundef %91, double noundef %148), !dbg !209
  %150 = fcmp uge double %148, 1.000000e-03, !dbg !210
  %151 = zext i1 %150 to i32, !dbg !211
  ret i32 %151, !dbg !212

152:                                              ; preds = %4, %291
  %153 = phi i32 [ %292, %291 ], [ 0, %4 ]
  call void @llvm.dbg.value(metadata i32 %153, metadata !42, metadata !DIExpression()), !dbg !213
  call void @llvm.dbg.value(metadata ptr @bodies, metadata !214, metadata !DIExpression()), !dbg !230
  call void @llvm.dbg.value(metadata i32 32, metadata !220, metadata !DIExpression()), !dbg !230
  call void @llvm.dbg.value(metadata double 1.000000e-03, metadata !221, metadata !DIExpression()), !dbg !230
  call void @llvm.lifetime.start.p0(i64 256, ptr nonnull %1) #6, !dbg !233
  call void @llvm.dbg.declare(metadata ptr %1, metadata !222, metadata !DIExpression()), !dbg !234
  call void @llvm.lifetime.start.p0(i64 256, ptr nonnull %2) #6, !dbg !233
  call void @llvm.dbg.declare(metadata ptr %2, metadata !224, metadata !DIExpression()), !dbg !235
  call void @llvm.lifetime.start.p0(i64 256, ptr nonnull %3) #6, !dbg !233
  call void @llvm.dbg.declare(metadata ptr %3, metadata !225, metadata !DIExpression()), !dbg !236
  call void @llvm.dbg.value(metadata ptr @bodies, metadata !237, metadata !DIExpression()), !dbg !260
  call void @llvm.dbg.value(metadata i32 32, metadata !243, metadata !DIExpression()), !dbg !260
  call void @llvm.dbg.value(metadata ptr %1, metadata !244, metadata !DIExpression()), !dbg !260
  call void @llvm.dbg.value(metadata ptr %2, metadata !245, metadata !DIExpression()), !dbg !260
  call void @llvm.dbg.value(metadata ptr %3, metadata !246, metadata !DIExpression()), !dbg !260
  call void @llvm.dbg.value(metadata i32 0, metadata !247, metadata !DIExpression()), !dbg !262
  br label %154, !dbg !263

154:                                              ; preds = %162, %152
  %155 = phi i64 [ 0, %152 ], [ %163, %162 ]
  call void @llvm.dbg.value(metadata i64 %155, metadata !247, metadata !DIExpression()), !dbg !262
  %156 = getelementptr inbounds double, ptr %3, i64 %155, !dbg !264
  store double 0.000000e+00, ptr %156, align 8, !dbg !265, !tbaa !148
  %157 = getelementptr inbounds double, ptr %2, i64 %155, !dbg !266
  store double 0.000000e+00, ptr %157, align 8, !dbg !267, !tbaa !148
  %158 = getelementptr inbounds double, ptr %1, i64 %155, !dbg !268
  store double 0.000000e+00, ptr %158, align 8, !dbg !269, !tbaa !148
  call void @llvm.dbg.value(metadata i32 0, metadata !249, metadata !DIExpression()), !dbg !270
  %159 = getelementptr inbounds %struct.body, ptr @bodies, i64 %155
  %160 = getelementptr inbounds %struct.body, ptr @bodies, i64 %155, i32 1
  %161 = getelementptr inbounds %struct.body, ptr @bodies, i64 %155, i32 2
  br label %165, !dbg !271

162:                                              ; preds = %196
  %163 = add nuw nsw i64 %155, 1, !dbg !272
  call void @llvm.dbg.value(metadata i64 %163, metadata !247, metadata !DIExpression()), !dbg !262
  %164 = icmp eq i64 %163, 32, !dbg !273
  br i1 %164, label %244, label %154, !dbg !263, !llvm.loop !274

165:                                              ; preds = %196, %154
  %166 = phi i64 [ 0, %154 ], [ %197, %196 ]
  call void @llvm.dbg.value(metadata i64 %166, metadata !249, metadata !DIExpression()), !dbg !270
  %167 = icmp eq i64 %155, %166, !dbg !276
  br i1 %167, label %196, label %168, !dbg !278

168:                                              ; preds = %165
  %169 = getelementptr inbounds %struct.body, ptr @bodies, i64 %166, !dbg !279
  %170 = load double, ptr %169, align 8, !dbg !280, !tbaa !102
  %171 = load double, ptr %159, align 8, !dbg !281, !tbaa !102
  %172 = fsub double %170, %171, !dbg !282
  call void @llvm.dbg.value(metadata double %172, metadata !253, metadata !DIExpression()), !dbg !283
  %173 = getelementptr inbounds %struct.body, ptr @bodies, i64 %166, i32 1, !dbg !284
  %174 = load double, ptr %173, align 8, !dbg !284, !tbaa !107
  %175 = load double, ptr %160, align 8, !dbg !285, !tbaa !107
  %176 = fsub double %174, %175, !dbg !286
  call void @llvm.dbg.value(metadata double %176, metadata !256, metadata !DIExpression()), !dbg !283
  %177 = getelementptr inbounds %struct.body, ptr @bodies, i64 %166, i32 2, !dbg !287
  %178 = load double, ptr %177, align 8, !dbg !287, !tbaa !111
  %179 = load double, ptr %161, align 8, !dbg !288, !tbaa !111
  %180 = fsub double %178, %179, !dbg !289
  call void @llvm.dbg.value(metadata double %180, metadata !257, metadata !DIExpression()), !dbg !283
  %181 = fmul double %176, %176, !dbg !290
  %182 = tail call double @llvm.fmuladd.f64(double %172, double %172, double %181), !dbg !291
  %183 = tail call double @llvm.fmuladd.f64(double %180, double %180, double %182), !dbg !292
  %184 = fadd double %183, 1.000000e-04, !dbg !293
  call void @llvm.dbg.value(metadata double %184, metadata !258, metadata !DIExpression()), !dbg !283
  %185 = getelementptr inbounds %struct.body, ptr @bodies, i64 %166, i32 6, !dbg !294
  %186 = load double, ptr %185, align 8, !dbg !294, !tbaa !80
  %187 = tail call double @sqrt(double noundef %184) #6, !dbg !295
  %188 = fmul double %187, %184, !dbg !296
  %189 = fdiv double %186, %188, !dbg !297
  call void @llvm.dbg.value(metadata double %189, metadata !259, metadata !DIExpression()), !dbg !283
  %190 = load double, ptr %158, align 8, !dbg !298, !tbaa !148
  %191 = tail call double @llvm.fmuladd.f64(double %172, double %189, double %190), !dbg !298
  store double %191, ptr %158, align 8, !dbg !298, !tbaa !148
  %192 = load double, ptr %157, align 8, !dbg !299, !tbaa !148
  %193 = tail call double @llvm.fmuladd.f64(double %176, double %189, double %192), !dbg !299
  store double %193, ptr %157, align 8, !dbg !299, !tbaa !148
  %194 = load double, ptr %156, align 8, !dbg !300, !tbaa !148
  %195 = tail call double @llvm.fmuladd.f64(double %180, double %189, double %194), !dbg !300
  store double %195, ptr %156, align 8, !dbg !300, !tbaa !148
  br label %196, !dbg !301

196:                                              ; preds = %168, %165
  %197 = add nuw nsw i64 %166, 1, !dbg !302
  call void @llvm.dbg.value(metadata i64 %197, metadata !249, metadata !DIExpression()), !dbg !270
  %198 = icmp eq i64 %197, 32, !dbg !303
  br i1 %198, label %162, label %165, !dbg !271, !llvm.loop !304

199:                                              ; preds = %244, %207
  %200 = phi i64 [ %208, %207 ], [ 0, %244 ]
  call void @llvm.dbg.value(metadata i64 %200, metadata !247, metadata !DIExpression()), !dbg !306
  %201 = getelementptr inbounds double, ptr %3, i64 %200, !dbg !308
  store double 0.000000e+00, ptr %201, align 8, !dbg !309, !tbaa !148
  %202 = getelementptr inbounds double, ptr %2, i64 %200, !dbg !310
  store double 0.000000e+00, ptr %202, align 8, !dbg !311, !tbaa !148
  %203 = getelementptr inbounds double, ptr %1, i64 %200, !dbg !312
  store double 0.000000e+00, ptr %203, align 8, !dbg !313, !tbaa !148
  call void @llvm.dbg.value(metadata i32 0, metadata !249, metadata !DIExpression()), !dbg !314
  %204 = getelementptr inbounds %struct.body, ptr @bodies, i64 %200
  %205 = getelementptr inbounds %struct.body, ptr @bodies, i64 %200, i32 1
  %206 = getelementptr inbounds %struct.body, ptr @bodies, i64 %200, i32 2
  br label %210, !dbg !315

207:                                              ; preds = %241
  %208 = add nuw nsw i64 %200, 1, !dbg !316
  call void @llvm.dbg.value(metadata i64 %208, metadata !247, metadata !DIExpression()), !dbg !306
  %209 = icmp eq i64 %208, 32, !dbg !317
  br i1 %209, label %272, label %199, !dbg !318, !llvm.loop !319

210:                                              ; preds = %241, %199
  %211 = phi i64 [ 0, %199 ], [ %242, %241 ]
  call void @llvm.dbg.value(metadata i64 %211, metadata !249, metadata !DIExpression()), !dbg !314
  %212 = icmp eq i64 %200, %211, !dbg !321
  br i1 %212, label %241, label %213, !dbg !322

213:                                              ; preds = %210
  %214 = getelementptr inbounds %struct.body, ptr @bodies, i64 %211, !dbg !323
  %215 = load double, ptr %214, align 8, !dbg !324, !tbaa !102
  %216 = load double, ptr %204, align 8, !dbg !325, !tbaa !102
  %217 = fsub double %215, %216, !dbg !326
  call void @llvm.dbg.value(metadata double %217, metadata !253, metadata !DIExpression()), !dbg !327
  %218 = getelementptr inbounds %struct.body, ptr @bodies, i64 %211, i32 1, !dbg !328
  %219 = load double, ptr %218, align 8, !dbg !328, !tbaa !107
  %220 = load double, ptr %205, align 8, !dbg !329, !tbaa !107
  %221 = fsub double %219, %220, !dbg !330
  call void @llvm.dbg.value(metadata double %221, metadata !256, metadata !DIExpression()), !dbg !327
  %222 = getelementptr inbounds %struct.body, ptr @bodies, i64 %211, i32 2, !dbg !331
  %223 = load double, ptr %222, align 8, !dbg !331, !tbaa !111
  %224 = load double, ptr %206, align 8, !dbg !332, !tbaa !111
  %225 = fsub double %223, %224, !dbg !333
  call void @llvm.dbg.value(metadata double %225, metadata !257, metadata !DIExpression()), !dbg !327
  %226 = fmul double %221, %221, !dbg !334
  %227 = tail call double @llvm.fmuladd.f64(double %217, double %217, double %226), !dbg !335
  %228 = tail call double @llvm.fmuladd.f64(double %225, double %225, double %227), !dbg !336
  %229 = fadd double %228, 1.000000e-04, !dbg !337
  call void @llvm.dbg.value(metadata double %229, metadata !258, metadata !DIExpression()), !dbg !327
  %230 = getelementptr inbounds %struct.body, ptr @bodies, i64 %211, i32 6, !dbg !338
  %231 = load double, ptr %230, align 8, !dbg !338, !tbaa !80
  %232 = tail call double @sqrt(double noundef %229) #6, !dbg !339
  %233 = fmul double %232, %229, !dbg !340
  %234 = fdiv double %231, %233, !dbg !341
  call void @llvm.dbg.value(metadata double %234, metadata !259, metadata !DIExpression()), !dbg !327
  %235 = load double, ptr %203, align 8, !dbg !342, !tbaa !148
  %236 = tail call double @llvm.fmuladd.f64(double %217, double %234, double %235), !dbg !342
  store double %236, ptr %203, align 8, !dbg !342, !tbaa !148
  %237 = load double, ptr %202, align 8, !dbg !343, !tbaa !148
  %238 = tail call double @llvm.fmuladd.f64(double %221, double %234, double %237), !dbg !343
  store double %238, ptr %202, align 8, !dbg !343, !tbaa !148
  %239 = load double, ptr %201, align 8, !dbg !344, !tbaa !148
  %240 = tail call double @llvm.fmuladd.f64(double %225, double %234, double %239), !dbg !344
  store double %240, ptr %201, align 8, !dbg !344, !tbaa !148
  br label %241, !dbg !345

241:                                              ; preds = %213, %210
  %242 = add nuw nsw i64 %211, 1, !dbg !346
  call void @llvm.dbg.value(metadata i64 %242, metadata !249, metadata !DIExpression()), !dbg !314
  %243 = icmp eq i64 %242, 32, !dbg !347
  br i1 %243, label %207, label %210, !dbg !315, !llvm.loop !348

244:                                              ; preds = %162, %244
  %245 = phi i64 [ %270, %244 ], [ 0, %162 ]
  call void @llvm.dbg.value(metadata i64 %245, metadata !226, metadata !DIExpression()), !dbg !350
  %246 = getelementptr inbounds [32 x double], ptr %1, i64 0, i64 %245, !dbg !351
  %247 = load double, ptr %246, align 8, !dbg !351, !tbaa !148
  %248 = getelementptr inbounds %struct.body, ptr @bodies, i64 %245, !dbg !354
  %249 = getelementptr inbounds %struct.body, ptr @bodies, i64 %245, i32 3, !dbg !355
  %250 = load double, ptr %249, align 8, !dbg !356, !tbaa !87
  %251 = tail call double @llvm.fmuladd.f64(double %247, double 5.000000e-04, double %250), !dbg !356
  store double %251, ptr %249, align 8, !dbg !356, !tbaa !87
  %252 = getelementptr inbounds [32 x double], ptr %2, i64 0, i64 %245, !dbg !357
  %253 = load double, ptr %252, align 8, !dbg !357, !tbaa !148
  %254 = getelementptr inbounds %struct.body, ptr @bodies, i64 %245, i32 4, !dbg !358
  %255 = load double, ptr %254, align 8, !dbg !359, !tbaa !89
  %256 = tail call double @llvm.fmuladd.f64(double %253, double 5.000000e-04, double %255), !dbg !359
  store double %256, ptr %254, align 8, !dbg !359, !tbaa !89
  %257 = getelementptr inbounds [32 x double], ptr %3, i64 0, i64 %245, !dbg !360
  %258 = load double, ptr %257, align 8, !dbg !360, !tbaa !148
  %259 = getelementptr inbounds %struct.body, ptr @bodies, i64 %245, i32 5, !dbg !361
  %260 = load double, ptr %259, align 8, !dbg !362, !tbaa !93
  %261 = tail call double @llvm.fmuladd.f64(double %258, double 5.000000e-04, double %260), !dbg !362
  store double %261, ptr %259, align 8, !dbg !362, !tbaa !93
  %262 = load double, ptr %248, align 8, !dbg !363, !tbaa !102
  %263 = tail call double @llvm.fmuladd.f64(double %251, double 1.000000e-03, double %262), !dbg !363
  store double %263, ptr %248, align 8, !dbg !363, !tbaa !102
  %264 = getelementptr inbounds %struct.body, ptr @bodies, i64 %245, i32 1, !dbg !364
  %265 = load double, ptr %264, align 8, !dbg !365, !tbaa !107
  %266 = tail call double @llvm.fmuladd.f64(double %256, double 1.000000e-03, double %265), !dbg !365
  store double %266, ptr %264, align 8, !dbg !365, !tbaa !107
  %267 = getelementptr inbounds %struct.body, ptr @bodies, i64 %245, i32 2, !dbg !366
  %268 = load double, ptr %267, align 8, !dbg !367, !tbaa !111
  %269 = tail call double @llvm.fmuladd.f64(double %261, double 1.000000e-03, double %268), !dbg !367
  store double %269, ptr %267, align 8, !dbg !367, !tbaa !111
  %270 = add nuw nsw i64 %245, 1, !dbg !368
  call void @llvm.dbg.value(metadata i64 %270, metadata !226, metadata !DIExpression()), !dbg !350
  %271 = icmp eq i64 %270, 32, !dbg !369
  br i1 %271, label %199, label %244, !dbg !370, !llvm.loop !371

272:                                              ; preds = %207, %272
  %273 = phi i64 [ %289, %272 ], [ 0, %207 ]
  call void @llvm.dbg.value(metadata i64 %273, metadata !228, metadata !DIExpression()), !dbg !373
  %274 = getelementptr inbounds [32 x double], ptr %1, i64 0, i64 %273, !dbg !374
  %275 = load double, ptr %274, align 8, !dbg !374, !tbaa !148
  %276 = getelementptr inbounds %struct.body, ptr @bodies, i64 %273, i32 3, !dbg !377
  %277 = load double, ptr %276, align 8, !dbg !378, !tbaa !87
  %278 = tail call double @llvm.fmuladd.f64(double %275, double 5.000000e-04, double %277), !dbg !378
  store double %278, ptr %276, align 8, !dbg !378, !tbaa !87
  %279 = getelementptr inbounds [32 x double], ptr %2, i64 0, i64 %273, !dbg !379
  %280 = load double, ptr %279, align 8, !dbg !379, !tbaa !148
  %281 = getelementptr inbounds %struct.body, ptr @bodies, i64 %273, i32 4, !dbg !380
  %282 = load double, ptr %281, align 8, !dbg !381, !tbaa !89
  %283 = tail call double @llvm.fmuladd.f64(double %280, double 5.000000e-04, double %282), !dbg !381
  store double %283, ptr %281, align 8, !dbg !381, !tbaa !89
  %284 = getelementptr inbounds [32 x double], ptr %3, i64 0, i64 %273, !dbg !382
  %285 = load double, ptr %284, align 8, !dbg !382, !tbaa !148
  %286 = getelementptr inbounds %struct.body, ptr @bodies, i64 %273, i32 5, !dbg !383
  %287 = load double, ptr %286, align 8, !dbg !384, !tbaa !93
  %288 = tail call double @llvm.fmuladd.f64(double %285, double 5.000000e-04, double %287), !dbg !384
  store double %288, ptr %286, align 8, !dbg !384, !tbaa !93
  %289 = add nuw nsw i64 %273, 1, !dbg !385
  call void @llvm.dbg.value(metadata i64 %289, metadata !228, metadata !DIExpression()), !dbg !373
  %290 = icmp eq i64 %289, 32, !dbg !386
  br i1 %290, label %291, label %272, !dbg !387, !llvm.loop !388

291:                                              ; preds = %272
  call void @llvm.lifetime.end.p0(i64 256, ptr nonnull %3) #6, !dbg !390
  call void @llvm.lifetime.end.p0(i64 256, ptr nonnull %2) #6, !dbg !390
  call void @llvm.lifetime.end.p0(i64 256, ptr nonnull %1) #6, !dbg !390
  %292 = add nuw nsw i32 %153, 1, !dbg !391
  call void @llvm.dbg.value(metadata i32 %292, metadata !42, metadata !DIExpression()), !dbg !213
  %293 = icmp eq i32 %292, 200, !dbg !392
  br i1 %293, label %94, label %152, !dbg !393, !llvm.loop !394
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.declare(metadata, metadata, metadata) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare !dbg !396 double @cos(double noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare !dbg !401 double @sin(double noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #2

; Function Attrs: nofree nounwind
declare !dbg !402 noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #4

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare !dbg !409 double @sqrt(double noundef) local_unnamed_addr #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #5

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { mustprogress nofree nounwind willreturn memory(write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { nounwind }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!24, !25, !26, !27, !28, !29}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "bodies", scope: !2, file: !3, line: 14, type: !11, isLocal: true, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "c/nbody.c", directory: ".", checksumkind: CSK_MD5, checksum: "1215fad8616764b8b8187810aeed9b25")
!4 = !{!5, !0}
!5 = !DIGlobalVariableExpression(var: !6, expr: !DIExpression())
!6 = distinct !DIGlobalVariable(scope: null, file: !3, line: 65, type: !7, isLocal: true, isDefinition: true)
!7 = !DICompositeType(tag: DW_TAG_array_type, baseType: !8, size: 408, elements: !9)
!8 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!9 = !{!10}
!10 = !DISubrange(count: 51)
!11 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 14336, elements: !22)
!12 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "body", file: !3, line: 8, size: 448, elements: !13)
!13 = !{!14, !16, !17, !18, !19, !20, !21}
!14 = !DIDerivedType(tag: DW_TAG_member, name: "x", scope: !12, file: !3, line: 9, baseType: !15, size: 64)
!15 = !DIBasicType(name: "double", size: 64, encoding: DW_ATE_float)
!16 = !DIDerivedType(tag: DW_TAG_member, name: "y", scope: !12, file: !3, line: 9, baseType: !15, size: 64, offset: 64)
!17 = !DIDerivedType(tag: DW_TAG_member, name: "z", scope: !12, file: !3, line: 9, baseType: !15, size: 64, offset: 128)
!18 = !DIDerivedType(tag: DW_TAG_member, name: "vx", scope: !12, file: !3, line: 10, baseType: !15, size: 64, offset: 192)
!19 = !DIDerivedType(tag: DW_TAG_member, name: "vy", scope: !12, file: !3, line: 10, baseType: !15, size: 64, offset: 256)
!20 = !DIDerivedType(tag: DW_TAG_member, name: "vz", scope: !12, file: !3, line: 10, baseType: !15, size: 64, offset: 320)
!21 = !DIDerivedType(tag: DW_TAG_member, name: "mass", scope: !12, file: !3, line: 11, baseType: !15, size: 64, offset: 384)
!22 = !{!23}
!23 = !DISubrange(count: 32)
!24 = !{i32 7, !"Dwarf Version", i32 5}
!25 = !{i32 2, !"Debug Info Version", i32 3}
!26 = !{i32 1, !"wchar_size", i32 4}
!27 = !{i32 8, !"PIC Level", i32 2}
!28 = !{i32 7, !"PIE Level", i32 2}
!29 = !{i32 7, !"uwtable", i32 2}
!30 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 56, type: !31, scopeLine: 56, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !34)
!31 = !DISubroutineType(types: !32)
!32 = !{!33}
!33 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!34 = !{!35, !37, !40, !41, !42, !44, !45}
!35 = !DILocalVariable(name: "i", scope: !36, file: !3, line: 57, type: !33)
!36 = distinct !DILexicalBlock(scope: !30, file: !3, line: 57, column: 5)
!37 = !DILocalVariable(name: "a", scope: !38, file: !3, line: 58, type: !15)
!38 = distinct !DILexicalBlock(scope: !39, file: !3, line: 57, column: 39)
!39 = distinct !DILexicalBlock(scope: !36, file: !3, line: 57, column: 5)
!40 = !DILocalVariable(name: "r", scope: !38, file: !3, line: 58, type: !15)
!41 = !DILocalVariable(name: "e0", scope: !30, file: !3, line: 61, type: !15)
!42 = !DILocalVariable(name: "s", scope: !43, file: !3, line: 62, type: !33)
!43 = distinct !DILexicalBlock(scope: !30, file: !3, line: 62, column: 5)
!44 = !DILocalVariable(name: "e1", scope: !30, file: !3, line: 63, type: !15)
!45 = !DILocalVariable(name: "drift", scope: !30, file: !3, line: 64, type: !15)
!46 = !DILocation(line: 0, scope: !36)
!47 = !DILocation(line: 57, column: 5, scope: !36)
!48 = !DILocation(line: 0, scope: !49, inlinedAt: !69)
!49 = distinct !DILexicalBlock(scope: !50, file: !3, line: 33, column: 33)
!50 = distinct !DILexicalBlock(scope: !51, file: !3, line: 33, column: 5)
!51 = distinct !DILexicalBlock(scope: !52, file: !3, line: 33, column: 5)
!52 = distinct !DISubprogram(name: "energy", scope: !3, file: !3, line: 31, type: !53, scopeLine: 31, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !57)
!53 = !DISubroutineType(types: !54)
!54 = !{!15, !55, !33}
!55 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !56, size: 64)
!56 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !12)
!57 = !{!58, !59, !60, !61, !62, !64, !67, !68}
!58 = !DILocalVariable(name: "b", arg: 1, scope: !52, file: !3, line: 31, type: !55)
!59 = !DILocalVariable(name: "n", arg: 2, scope: !52, file: !3, line: 31, type: !33)
!60 = !DILocalVariable(name: "e", scope: !52, file: !3, line: 32, type: !15)
!61 = !DILocalVariable(name: "i", scope: !51, file: !3, line: 33, type: !33)
!62 = !DILocalVariable(name: "j", scope: !63, file: !3, line: 35, type: !33)
!63 = distinct !DILexicalBlock(scope: !49, file: !3, line: 35, column: 9)
!64 = !DILocalVariable(name: "dx", scope: !65, file: !3, line: 36, type: !15)
!65 = distinct !DILexicalBlock(scope: !66, file: !3, line: 35, column: 41)
!66 = distinct !DILexicalBlock(scope: !63, file: !3, line: 35, column: 9)
!67 = !DILocalVariable(name: "dy", scope: !65, file: !3, line: 36, type: !15)
!68 = !DILocalVariable(name: "dz", scope: !65, file: !3, line: 36, type: !15)
!69 = distinct !DILocation(line: 61, column: 17, scope: !30)
!70 = !DILocation(line: 0, scope: !52, inlinedAt: !69)
!71 = !DILocation(line: 0, scope: !51, inlinedAt: !69)
!72 = !DILocation(line: 33, column: 5, scope: !51, inlinedAt: !69)
!73 = !DILocation(line: 33, column: 23, scope: !50, inlinedAt: !69)
!74 = distinct !{!74, !72, !75, !76, !77}
!75 = !DILocation(line: 39, column: 5, scope: !51, inlinedAt: !69)
!76 = !{!"llvm.loop.mustprogress"}
!77 = !{!"llvm.loop.unroll.disable"}
!78 = !DILocation(line: 34, column: 20, scope: !49, inlinedAt: !69)
!79 = !DILocation(line: 34, column: 25, scope: !49, inlinedAt: !69)
!80 = !{!81, !82, i64 48}
!81 = !{!"body", !82, i64 0, !82, i64 8, !82, i64 16, !82, i64 24, !82, i64 32, !82, i64 40, !82, i64 48}
!82 = !{!"double", !83, i64 0}
!83 = !{!"omnipotent char", !84, i64 0}
!84 = !{!"Simple C/C++ TBAA"}
!85 = !DILocation(line: 34, column: 18, scope: !49, inlinedAt: !69)
!86 = !DILocation(line: 34, column: 38, scope: !49, inlinedAt: !69)
!87 = !{!81, !82, i64 24}
!88 = !DILocation(line: 34, column: 58, scope: !49, inlinedAt: !69)
!89 = !{!81, !82, i64 32}
!90 = !DILocation(line: 34, column: 61, scope: !49, inlinedAt: !69)
!91 = !DILocation(line: 34, column: 51, scope: !49, inlinedAt: !69)
!92 = !DILocation(line: 34, column: 78, scope: !49, inlinedAt: !69)
!93 = !{!81, !82, i64 40}
!94 = !DILocation(line: 34, column: 71, scope: !49, inlinedAt: !69)
!95 = !DILocation(line: 34, column: 11, scope: !49, inlinedAt: !69)
!96 = !DILocation(line: 35, column: 24, scope: !63, inlinedAt: !69)
!97 = !DILocation(line: 0, scope: !63, inlinedAt: !69)
!98 = !DILocation(line: 35, column: 31, scope: !66, inlinedAt: !69)
!99 = !DILocation(line: 35, column: 9, scope: !63, inlinedAt: !69)
!100 = !DILocation(line: 36, column: 25, scope: !65, inlinedAt: !69)
!101 = !DILocation(line: 36, column: 30, scope: !65, inlinedAt: !69)
!102 = !{!81, !82, i64 0}
!103 = !DILocation(line: 36, column: 39, scope: !65, inlinedAt: !69)
!104 = !DILocation(line: 36, column: 32, scope: !65, inlinedAt: !69)
!105 = !DILocation(line: 0, scope: !65, inlinedAt: !69)
!106 = !DILocation(line: 36, column: 52, scope: !65, inlinedAt: !69)
!107 = !{!81, !82, i64 8}
!108 = !DILocation(line: 36, column: 61, scope: !65, inlinedAt: !69)
!109 = !DILocation(line: 36, column: 54, scope: !65, inlinedAt: !69)
!110 = !DILocation(line: 36, column: 74, scope: !65, inlinedAt: !69)
!111 = !{!81, !82, i64 16}
!112 = !DILocation(line: 36, column: 83, scope: !65, inlinedAt: !69)
!113 = !DILocation(line: 36, column: 76, scope: !65, inlinedAt: !69)
!114 = !DILocation(line: 37, column: 23, scope: !65, inlinedAt: !69)
!115 = !DILocation(line: 37, column: 35, scope: !65, inlinedAt: !69)
!116 = !DILocation(line: 37, column: 28, scope: !65, inlinedAt: !69)
!117 = !DILocation(line: 37, column: 60, scope: !65, inlinedAt: !69)
!118 = !DILocation(line: 37, column: 55, scope: !65, inlinedAt: !69)
!119 = !DILocation(line: 37, column: 65, scope: !65, inlinedAt: !69)
!120 = !DILocation(line: 37, column: 75, scope: !65, inlinedAt: !69)
!121 = !DILocation(line: 37, column: 42, scope: !65, inlinedAt: !69)
!122 = !DILocation(line: 37, column: 40, scope: !65, inlinedAt: !69)
!123 = !DILocation(line: 37, column: 15, scope: !65, inlinedAt: !69)
!124 = !DILocation(line: 35, column: 37, scope: !66, inlinedAt: !69)
!125 = distinct !{!125, !99, !126, !76, !77}
!126 = !DILocation(line: 38, column: 9, scope: !63, inlinedAt: !69)
!127 = !DILocation(line: 58, column: 46, scope: !38)
!128 = !DILocation(line: 58, column: 44, scope: !38)
!129 = !DILocation(line: 58, column: 48, scope: !38)
!130 = !DILocation(line: 0, scope: !38)
!131 = !DILocation(line: 58, column: 79, scope: !38)
!132 = !DILocation(line: 58, column: 76, scope: !38)
!133 = !DILocation(line: 58, column: 67, scope: !38)
!134 = !DILocation(line: 59, column: 9, scope: !38)
!135 = !DILocation(line: 59, column: 39, scope: !38)
!136 = !DILocation(line: 59, column: 37, scope: !38)
!137 = !DILocation(line: 59, column: 51, scope: !38)
!138 = !DILocation(line: 59, column: 49, scope: !38)
!139 = !DILocation(line: 59, column: 69, scope: !38)
!140 = !DILocation(line: 59, column: 66, scope: !38)
!141 = !DILocation(line: 59, column: 64, scope: !38)
!142 = !DILocation(line: 59, column: 82, scope: !38)
!143 = !DILocation(line: 59, column: 80, scope: !38)
!144 = !DILocation(line: 59, column: 96, scope: !38)
!145 = !DILocation(line: 59, column: 94, scope: !38)
!146 = !DILocation(line: 59, column: 21, scope: !38)
!147 = !{i64 0, i64 8, !148, i64 8, i64 8, !148, i64 16, i64 8, !148, i64 24, i64 8, !148, i64 32, i64 8, !148, i64 40, i64 8, !148, i64 48, i64 8, !148}
!148 = !{!82, !82, i64 0}
!149 = !{i64 0, i64 8, !148, i64 8, i64 8, !148, i64 16, i64 8, !148, i64 24, i64 8, !148, i64 32, i64 8, !148, i64 40, i64 8, !148}
!150 = !{i64 0, i64 8, !148, i64 8, i64 8, !148, i64 16, i64 8, !148, i64 24, i64 8, !148, i64 32, i64 8, !148}
!151 = !{i64 0, i64 8, !148, i64 8, i64 8, !148, i64 16, i64 8, !148, i64 24, i64 8, !148}
!152 = !{i64 0, i64 8, !148, i64 8, i64 8, !148, i64 16, i64 8, !148}
!153 = !{i64 0, i64 8, !148, i64 8, i64 8, !148}
!154 = !{i64 0, i64 8, !148}
!155 = !DILocation(line: 57, column: 35, scope: !39)
!156 = !DILocation(line: 57, column: 23, scope: !39)
!157 = distinct !{!157, !47, !158, !76, !77}
!158 = !DILocation(line: 60, column: 5, scope: !36)
!159 = !DILocation(line: 0, scope: !49, inlinedAt: !160)
!160 = distinct !DILocation(line: 63, column: 17, scope: !30)
!161 = !DILocation(line: 0, scope: !52, inlinedAt: !160)
!162 = !DILocation(line: 0, scope: !51, inlinedAt: !160)
!163 = !DILocation(line: 33, column: 5, scope: !51, inlinedAt: !160)
!164 = !DILocation(line: 33, column: 23, scope: !50, inlinedAt: !160)
!165 = distinct !{!165, !163, !166, !76, !77}
!166 = !DILocation(line: 39, column: 5, scope: !51, inlinedAt: !160)
!167 = !DILocation(line: 34, column: 20, scope: !49, inlinedAt: !160)
!168 = !DILocation(line: 34, column: 25, scope: !49, inlinedAt: !160)
!169 = !DILocation(line: 34, column: 18, scope: !49, inlinedAt: !160)
!170 = !DILocation(line: 34, column: 38, scope: !49, inlinedAt: !160)
!171 = !DILocation(line: 34, column: 58, scope: !49, inlinedAt: !160)
!172 = !DILocation(line: 34, column: 61, scope: !49, inlinedAt: !160)
!173 = !DILocation(line: 34, column: 51, scope: !49, inlinedAt: !160)
!174 = !DILocation(line: 34, column: 78, scope: !49, inlinedAt: !160)
!175 = !DILocation(line: 34, column: 71, scope: !49, inlinedAt: !160)
!176 = !DILocation(line: 34, column: 11, scope: !49, inlinedAt: !160)
!177 = !DILocation(line: 35, column: 24, scope: !63, inlinedAt: !160)
!178 = !DILocation(line: 0, scope: !63, inlinedAt: !160)
!179 = !DILocation(line: 35, column: 31, scope: !66, inlinedAt: !160)
!180 = !DILocation(line: 35, column: 9, scope: !63, inlinedAt: !160)
!181 = !DILocation(line: 36, column: 25, scope: !65, inlinedAt: !160)
!182 = !DILocation(line: 36, column: 30, scope: !65, inlinedAt: !160)
!183 = !DILocation(line: 36, column: 39, scope: !65, inlinedAt: !160)
!184 = !DILocation(line: 36, column: 32, scope: !65, inlinedAt: !160)
!185 = !DILocation(line: 0, scope: !65, inlinedAt: !160)
!186 = !DILocation(line: 36, column: 52, scope: !65, inlinedAt: !160)
!187 = !DILocation(line: 36, column: 61, scope: !65, inlinedAt: !160)
!188 = !DILocation(line: 36, column: 54, scope: !65, inlinedAt: !160)
!189 = !DILocation(line: 36, column: 74, scope: !65, inlinedAt: !160)
!190 = !DILocation(line: 36, column: 83, scope: !65, inlinedAt: !160)
!191 = !DILocation(line: 36, column: 76, scope: !65, inlinedAt: !160)
!192 = !DILocation(line: 37, column: 23, scope: !65, inlinedAt: !160)
!193 = !DILocation(line: 37, column: 35, scope: !65, inlinedAt: !160)
!194 = !DILocation(line: 37, column: 28, scope: !65, inlinedAt: !160)
!195 = !DILocation(line: 37, column: 60, scope: !65, inlinedAt: !160)
!196 = !DILocation(line: 37, column: 55, scope: !65, inlinedAt: !160)
!197 = !DILocation(line: 37, column: 65, scope: !65, inlinedAt: !160)
!198 = !DILocation(line: 37, column: 75, scope: !65, inlinedAt: !160)
!199 = !DILocation(line: 37, column: 42, scope: !65, inlinedAt: !160)
!200 = !DILocation(line: 37, column: 40, scope: !65, inlinedAt: !160)
!201 = !DILocation(line: 37, column: 15, scope: !65, inlinedAt: !160)
!202 = !DILocation(line: 35, column: 37, scope: !66, inlinedAt: !160)
!203 = distinct !{!203, !180, !204, !76, !77}
!204 = !DILocation(line: 38, column: 9, scope: !63, inlinedAt: !160)
!205 = !DILocation(line: 0, scope: !30)
!206 = !DILocation(line: 64, column: 29, scope: !30)
!207 = !DILocation(line: 64, column: 35, scope: !30)
!208 = !DILocation(line: 64, column: 20, scope: !30)
!209 = !DILocation(line: 65, column: 5, scope: !30)
!210 = !DILocation(line: 66, column: 18, scope: !30)
!211 = !DILocation(line: 66, column: 12, scope: !30)
!212 = !DILocation(line: 66, column: 5, scope: !30)
!213 = !DILocation(line: 0, scope: !43)
!214 = !DILocalVariable(name: "b", arg: 1, scope: !215, file: !3, line: 43, type: !218)
!215 = distinct !DISubprogram(name: "step", scope: !3, file: !3, line: 43, type: !216, scopeLine: 43, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !219)
!216 = !DISubroutineType(types: !217)
!217 = !{null, !218, !33, !15}
!218 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !12, size: 64)
!219 = !{!214, !220, !221, !222, !224, !225, !226, !228}
!220 = !DILocalVariable(name: "n", arg: 2, scope: !215, file: !3, line: 43, type: !33)
!221 = !DILocalVariable(name: "dt", arg: 3, scope: !215, file: !3, line: 43, type: !15)
!222 = !DILocalVariable(name: "ax", scope: !215, file: !3, line: 44, type: !223)
!223 = !DICompositeType(tag: DW_TAG_array_type, baseType: !15, size: 2048, elements: !22)
!224 = !DILocalVariable(name: "ay", scope: !215, file: !3, line: 44, type: !223)
!225 = !DILocalVariable(name: "az", scope: !215, file: !3, line: 44, type: !223)
!226 = !DILocalVariable(name: "i", scope: !227, file: !3, line: 46, type: !33)
!227 = distinct !DILexicalBlock(scope: !215, file: !3, line: 46, column: 5)
!228 = !DILocalVariable(name: "i", scope: !229, file: !3, line: 51, type: !33)
!229 = distinct !DILexicalBlock(scope: !215, file: !3, line: 51, column: 5)
!230 = !DILocation(line: 0, scope: !215, inlinedAt: !231)
!231 = distinct !DILocation(line: 62, column: 35, scope: !232)
!232 = distinct !DILexicalBlock(scope: !43, file: !3, line: 62, column: 5)
!233 = !DILocation(line: 44, column: 5, scope: !215, inlinedAt: !231)
!234 = !DILocation(line: 44, column: 12, scope: !215, inlinedAt: !231)
!235 = !DILocation(line: 44, column: 25, scope: !215, inlinedAt: !231)
!236 = !DILocation(line: 44, column: 38, scope: !215, inlinedAt: !231)
!237 = !DILocalVariable(name: "b", arg: 1, scope: !238, file: !3, line: 16, type: !55)
!238 = distinct !DISubprogram(name: "accelerations", scope: !3, file: !3, line: 16, type: !239, scopeLine: 16, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !242)
!239 = !DISubroutineType(types: !240)
!240 = !{null, !55, !33, !241, !241, !241}
!241 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !15, size: 64)
!242 = !{!237, !243, !244, !245, !246, !247, !249, !253, !256, !257, !258, !259}
!243 = !DILocalVariable(name: "n", arg: 2, scope: !238, file: !3, line: 16, type: !33)
!244 = !DILocalVariable(name: "ax", arg: 3, scope: !238, file: !3, line: 16, type: !241)
!245 = !DILocalVariable(name: "ay", arg: 4, scope: !238, file: !3, line: 16, type: !241)
!246 = !DILocalVariable(name: "az", arg: 5, scope: !238, file: !3, line: 16, type: !241)
!247 = !DILocalVariable(name: "i", scope: !248, file: !3, line: 17, type: !33)
!248 = distinct !DILexicalBlock(scope: !238, file: !3, line: 17, column: 5)
!249 = !DILocalVariable(name: "j", scope: !250, file: !3, line: 19, type: !33)
!250 = distinct !DILexicalBlock(scope: !251, file: !3, line: 19, column: 9)
!251 = distinct !DILexicalBlock(scope: !252, file: !3, line: 17, column: 33)
!252 = distinct !DILexicalBlock(scope: !248, file: !3, line: 17, column: 5)
!253 = !DILocalVariable(name: "dx", scope: !254, file: !3, line: 21, type: !15)
!254 = distinct !DILexicalBlock(scope: !255, file: !3, line: 19, column: 37)
!255 = distinct !DILexicalBlock(scope: !250, file: !3, line: 19, column: 9)
!256 = !DILocalVariable(name: "dy", scope: !254, file: !3, line: 21, type: !15)
!257 = !DILocalVariable(name: "dz", scope: !254, file: !3, line: 21, type: !15)
!258 = !DILocalVariable(name: "r2", scope: !254, file: !3, line: 22, type: !15)
!259 = !DILocalVariable(name: "inv", scope: !254, file: !3, line: 23, type: !15)
!260 = !DILocation(line: 0, scope: !238, inlinedAt: !261)
!261 = distinct !DILocation(line: 45, column: 5, scope: !215, inlinedAt: !231)
!262 = !DILocation(line: 0, scope: !248, inlinedAt: !261)
!263 = !DILocation(line: 17, column: 5, scope: !248, inlinedAt: !261)
!264 = !DILocation(line: 18, column: 25, scope: !251, inlinedAt: !261)
!265 = !DILocation(line: 18, column: 31, scope: !251, inlinedAt: !261)
!266 = !DILocation(line: 18, column: 17, scope: !251, inlinedAt: !261)
!267 = !DILocation(line: 18, column: 23, scope: !251, inlinedAt: !261)
!268 = !DILocation(line: 18, column: 9, scope: !251, inlinedAt: !261)
!269 = !DILocation(line: 18, column: 15, scope: !251, inlinedAt: !261)
!270 = !DILocation(line: 0, scope: !250, inlinedAt: !261)
!271 = !DILocation(line: 19, column: 9, scope: !250, inlinedAt: !261)
!272 = !DILocation(line: 17, column: 29, scope: !252, inlinedAt: !261)
!273 = !DILocation(line: 17, column: 23, scope: !252, inlinedAt: !261)
!274 = distinct !{!274, !263, !275, !76, !77}
!275 = !DILocation(line: 28, column: 5, scope: !248, inlinedAt: !261)
!276 = !DILocation(line: 20, column: 19, scope: !277, inlinedAt: !261)
!277 = distinct !DILexicalBlock(scope: !254, file: !3, line: 20, column: 17)
!278 = !DILocation(line: 20, column: 17, scope: !254, inlinedAt: !261)
!279 = !DILocation(line: 21, column: 25, scope: !254, inlinedAt: !261)
!280 = !DILocation(line: 21, column: 30, scope: !254, inlinedAt: !261)
!281 = !DILocation(line: 21, column: 39, scope: !254, inlinedAt: !261)
!282 = !DILocation(line: 21, column: 32, scope: !254, inlinedAt: !261)
!283 = !DILocation(line: 0, scope: !254, inlinedAt: !261)
!284 = !DILocation(line: 21, column: 52, scope: !254, inlinedAt: !261)
!285 = !DILocation(line: 21, column: 61, scope: !254, inlinedAt: !261)
!286 = !DILocation(line: 21, column: 54, scope: !254, inlinedAt: !261)
!287 = !DILocation(line: 21, column: 74, scope: !254, inlinedAt: !261)
!288 = !DILocation(line: 21, column: 83, scope: !254, inlinedAt: !261)
!289 = !DILocation(line: 21, column: 76, scope: !254, inlinedAt: !261)
!290 = !DILocation(line: 22, column: 38, scope: !254, inlinedAt: !261)
!291 = !DILocation(line: 22, column: 33, scope: !254, inlinedAt: !261)
!292 = !DILocation(line: 22, column: 43, scope: !254, inlinedAt: !261)
!293 = !DILocation(line: 22, column: 53, scope: !254, inlinedAt: !261)
!294 = !DILocation(line: 23, column: 31, scope: !254, inlinedAt: !261)
!295 = !DILocation(line: 23, column: 44, scope: !254, inlinedAt: !261)
!296 = !DILocation(line: 23, column: 42, scope: !254, inlinedAt: !261)
!297 = !DILocation(line: 23, column: 36, scope: !254, inlinedAt: !261)
!298 = !DILocation(line: 24, column: 19, scope: !254, inlinedAt: !261)
!299 = !DILocation(line: 25, column: 19, scope: !254, inlinedAt: !261)
!300 = !DILocation(line: 26, column: 19, scope: !254, inlinedAt: !261)
!301 = !DILocation(line: 27, column: 9, scope: !254, inlinedAt: !261)
!302 = !DILocation(line: 19, column: 33, scope: !255, inlinedAt: !261)
!303 = !DILocation(line: 19, column: 27, scope: !255, inlinedAt: !261)
!304 = distinct !{!304, !271, !305, !76, !77}
!305 = !DILocation(line: 27, column: 9, scope: !250, inlinedAt: !261)
!306 = !DILocation(line: 0, scope: !248, inlinedAt: !307)
!307 = distinct !DILocation(line: 50, column: 5, scope: !215, inlinedAt: !231)
!308 = !DILocation(line: 18, column: 25, scope: !251, inlinedAt: !307)
!309 = !DILocation(line: 18, column: 31, scope: !251, inlinedAt: !307)
!310 = !DILocation(line: 18, column: 17, scope: !251, inlinedAt: !307)
!311 = !DILocation(line: 18, column: 23, scope: !251, inlinedAt: !307)
!312 = !DILocation(line: 18, column: 9, scope: !251, inlinedAt: !307)
!313 = !DILocation(line: 18, column: 15, scope: !251, inlinedAt: !307)
!314 = !DILocation(line: 0, scope: !250, inlinedAt: !307)
!315 = !DILocation(line: 19, column: 9, scope: !250, inlinedAt: !307)
!316 = !DILocation(line: 17, column: 29, scope: !252, inlinedAt: !307)
!317 = !DILocation(line: 17, column: 23, scope: !252, inlinedAt: !307)
!318 = !DILocation(line: 17, column: 5, scope: !248, inlinedAt: !307)
!319 = distinct !{!319, !318, !320, !76, !77}
!320 = !DILocation(line: 28, column: 5, scope: !248, inlinedAt: !307)
!321 = !DILocation(line: 20, column: 19, scope: !277, inlinedAt: !307)
!322 = !DILocation(line: 20, column: 17, scope: !254, inlinedAt: !307)
!323 = !DILocation(line: 21, column: 25, scope: !254, inlinedAt: !307)
!324 = !DILocation(line: 21, column: 30, scope: !254, inlinedAt: !307)
!325 = !DILocation(line: 21, column: 39, scope: !254, inlinedAt: !307)
!326 = !DILocation(line: 21, column: 32, scope: !254, inlinedAt: !307)
!327 = !DILocation(line: 0, scope: !254, inlinedAt: !307)
!328 = !DILocation(line: 21, column: 52, scope: !254, inlinedAt: !307)
!329 = !DILocation(line: 21, column: 61, scope: !254, inlinedAt: !307)
!330 = !DILocation(line: 21, column: 54, scope: !254, inlinedAt: !307)
!331 = !DILocation(line: 21, column: 74, scope: !254, inlinedAt: !307)
!332 = !DILocation(line: 21, column: 83, scope: !254, inlinedAt: !307)
!333 = !DILocation(line: 21, column: 76, scope: !254, inlinedAt: !307)
!334 = !DILocation(line: 22, column: 38, scope: !254, inlinedAt: !307)
!335 = !DILocation(line: 22, column: 33, scope: !254, inlinedAt: !307)
!336 = !DILocation(line: 22, column: 43, scope: !254, inlinedAt: !307)
!337 = !DILocation(line: 22, column: 53, scope: !254, inlinedAt: !307)
!338 = !DILocation(line: 23, column: 31, scope: !254, inlinedAt: !307)
!339 = !DILocation(line: 23, column: 44, scope: !254, inlinedAt: !307)
!340 = !DILocation(line: 23, column: 42, scope: !254, inlinedAt: !307)
!341 = !DILocation(line: 23, column: 36, scope: !254, inlinedAt: !307)
!342 = !DILocation(line: 24, column: 19, scope: !254, inlinedAt: !307)
!343 = !DILocation(line: 25, column: 19, scope: !254, inlinedAt: !307)
!344 = !DILocation(line: 26, column: 19, scope: !254, inlinedAt: !307)
!345 = !DILocation(line: 27, column: 9, scope: !254, inlinedAt: !307)
!346 = !DILocation(line: 19, column: 33, scope: !255, inlinedAt: !307)
!347 = !DILocation(line: 19, column: 27, scope: !255, inlinedAt: !307)
!348 = distinct !{!348, !315, !349, !76, !77}
!349 = !DILocation(line: 27, column: 9, scope: !250, inlinedAt: !307)
!350 = !DILocation(line: 0, scope: !227, inlinedAt: !231)
!351 = !DILocation(line: 47, column: 31, scope: !352, inlinedAt: !231)
!352 = distinct !DILexicalBlock(scope: !353, file: !3, line: 46, column: 33)
!353 = distinct !DILexicalBlock(scope: !227, file: !3, line: 46, column: 5)
!354 = !DILocation(line: 47, column: 9, scope: !352, inlinedAt: !231)
!355 = !DILocation(line: 47, column: 14, scope: !352, inlinedAt: !231)
!356 = !DILocation(line: 47, column: 17, scope: !352, inlinedAt: !231)
!357 = !DILocation(line: 47, column: 60, scope: !352, inlinedAt: !231)
!358 = !DILocation(line: 47, column: 43, scope: !352, inlinedAt: !231)
!359 = !DILocation(line: 47, column: 46, scope: !352, inlinedAt: !231)
!360 = !DILocation(line: 47, column: 89, scope: !352, inlinedAt: !231)
!361 = !DILocation(line: 47, column: 72, scope: !352, inlinedAt: !231)
!362 = !DILocation(line: 47, column: 75, scope: !352, inlinedAt: !231)
!363 = !DILocation(line: 48, column: 16, scope: !352, inlinedAt: !231)
!364 = !DILocation(line: 48, column: 38, scope: !352, inlinedAt: !231)
!365 = !DILocation(line: 48, column: 40, scope: !352, inlinedAt: !231)
!366 = !DILocation(line: 48, column: 62, scope: !352, inlinedAt: !231)
!367 = !DILocation(line: 48, column: 64, scope: !352, inlinedAt: !231)
!368 = !DILocation(line: 46, column: 29, scope: !353, inlinedAt: !231)
!369 = !DILocation(line: 46, column: 23, scope: !353, inlinedAt: !231)
!370 = !DILocation(line: 46, column: 5, scope: !227, inlinedAt: !231)
!371 = distinct !{!371, !370, !372, !76, !77}
!372 = !DILocation(line: 49, column: 5, scope: !227, inlinedAt: !231)
!373 = !DILocation(line: 0, scope: !229, inlinedAt: !231)
!374 = !DILocation(line: 52, column: 31, scope: !375, inlinedAt: !231)
!375 = distinct !DILexicalBlock(scope: !376, file: !3, line: 51, column: 33)
!376 = distinct !DILexicalBlock(scope: !229, file: !3, line: 51, column: 5)
!377 = !DILocation(line: 52, column: 14, scope: !375, inlinedAt: !231)
!378 = !DILocation(line: 52, column: 17, scope: !375, inlinedAt: !231)
!379 = !DILocation(line: 52, column: 60, scope: !375, inlinedAt: !231)
!380 = !DILocation(line: 52, column: 43, scope: !375, inlinedAt: !231)
!381 = !DILocation(line: 52, column: 46, scope: !375, inlinedAt: !231)
!382 = !DILocation(line: 52, column: 89, scope: !375, inlinedAt: !231)
!383 = !DILocation(line: 52, column: 72, scope: !375, inlinedAt: !231)
!384 = !DILocation(line: 52, column: 75, scope: !375, inlinedAt: !231)
!385 = !DILocation(line: 51, column: 29, scope: !376, inlinedAt: !231)
!386 = !DILocation(line: 51, column: 23, scope: !376, inlinedAt: !231)
!387 = !DILocation(line: 51, column: 5, scope: !229, inlinedAt: !231)
!388 = distinct !{!388, !387, !389, !76, !77}
!389 = !DILocation(line: 53, column: 5, scope: !229, inlinedAt: !231)
!390 = !DILocation(line: 54, column: 1, scope: !215, inlinedAt: !231)
!391 = !DILocation(line: 62, column: 31, scope: !232)
!392 = !DILocation(line: 62, column: 23, scope: !232)
!393 = !DILocation(line: 62, column: 5, scope: !43)
!394 = distinct !{!394, !393, !395, !76, !77}
!395 = !DILocation(line: 62, column: 62, scope: !43)
!396 = !DISubprogram(name: "cos", scope: !397, file: !397, line: 62, type: !398, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !400)
!397 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/mathcalls.h", directory: "", checksumkind: CSK_MD5, checksum: "8c6e2d0d2bda65bc5ba1ca02b65383b7")
!398 = !DISubroutineType(types: !399)
!399 = !{!15, !15}
!400 = !{}
!401 = !DISubprogram(name: "sin", scope: !397, file: !397, line: 64, type: !398, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !400)
!402 = !DISubprogram(name: "printf", scope: !403, file: !403, line: 356, type: !404, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !400)
!403 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!404 = !DISubroutineType(types: !405)
!405 = !{!33, !406, null}
!406 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !407)
!407 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !408, size: 64)
!408 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !8)
!409 = !DISubprogram(name: "sqrt", scope: !397, file: !397, line: 143, type: !398, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !400)
