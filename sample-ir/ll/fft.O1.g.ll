; ModuleID = 'c/fft.c'
source_filename = "c/fft.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [42 x i8] c"fft n=%d |X[5]|=%.3f |X[12]|=%.3f err=%g\0A\00", align 1, !dbg !0

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 !dbg !22 {
  %1 = alloca [256 x { double, double }], align 16
  %2 = alloca [256 x { double, double }], align 16
  call void @llvm.lifetime.start.p0(i64 4096, ptr nonnull %1) #7, !dbg !42
  call void @llvm.dbg.declare(metadata ptr %1, metadata !26, metadata !DIExpression()), !dbg !43
  call void @llvm.lifetime.start.p0(i64 4096, ptr nonnull %2) #7, !dbg !42
  call void @llvm.dbg.declare(metadata ptr %2, metadata !31, metadata !DIExpression()), !dbg !44
  call void @llvm.dbg.value(metadata i32 0, metadata !32, metadata !DIExpression()), !dbg !45
  br label %106, !dbg !46

3:                                                ; preds = %106, %29
  %4 = phi i64 [ %30, %29 ], [ 0, %106 ]
  call void @llvm.dbg.value(metadata i64 %4, metadata !47, metadata !DIExpression()), !dbg !79
  call void @llvm.dbg.value(metadata i64 %4, metadata !81, metadata !DIExpression()), !dbg !90
  call void @llvm.dbg.value(metadata i32 8, metadata !86, metadata !DIExpression()), !dbg !90
  call void @llvm.dbg.value(metadata i32 0, metadata !87, metadata !DIExpression()), !dbg !90
  call void @llvm.dbg.value(metadata i32 0, metadata !88, metadata !DIExpression()), !dbg !92
  %5 = trunc i64 %4 to i32, !dbg !93
  br label %6, !dbg !93

6:                                                ; preds = %6, %3
  %7 = phi i32 [ %14, %6 ], [ 0, %3 ]
  %8 = phi i32 [ %12, %6 ], [ 0, %3 ]
  %9 = phi i32 [ %13, %6 ], [ %5, %3 ]
  call void @llvm.dbg.value(metadata i32 %7, metadata !88, metadata !DIExpression()), !dbg !92
  call void @llvm.dbg.value(metadata i32 %8, metadata !87, metadata !DIExpression()), !dbg !90
  call void @llvm.dbg.value(metadata i32 %9, metadata !81, metadata !DIExpression()), !dbg !90
  %10 = shl i32 %8, 1, !dbg !94
  %11 = and i32 %9, 1, !dbg !97
  %12 = or i32 %11, %10, !dbg !98
  call void @llvm.dbg.value(metadata i32 %12, metadata !87, metadata !DIExpression()), !dbg !90
  %13 = lshr i32 %9, 1, !dbg !99
  call void @llvm.dbg.value(metadata i32 %13, metadata !81, metadata !DIExpression()), !dbg !90
  %14 = add nuw nsw i32 %7, 1, !dbg !100
  call void @llvm.dbg.value(metadata i32 %14, metadata !88, metadata !DIExpression()), !dbg !92
  %15 = icmp eq i32 %14, 8, !dbg !101
  br i1 %15, label %16, label %6, !dbg !93, !llvm.loop !102

16:                                               ; preds = %6
  call void @llvm.dbg.value(metadata i32 %12, metadata !57, metadata !DIExpression()), !dbg !106
  %17 = sext i32 %12 to i64, !dbg !107
  %18 = icmp slt i64 %4, %17, !dbg !107
  br i1 %18, label %19, label %29, !dbg !108

19:                                               ; preds = %16
  %20 = getelementptr inbounds { double, double }, ptr %2, i64 %4, !dbg !109
  %21 = load double, ptr %20, align 16, !dbg !109
  %22 = getelementptr inbounds { double, double }, ptr %2, i64 %4, i32 1, !dbg !109
  %23 = load double, ptr %22, align 8, !dbg !109
  call void @llvm.dbg.value(metadata double %21, metadata !60, metadata !DIExpression(DW_OP_LLVM_fragment, 0, 64)), !dbg !110
  call void @llvm.dbg.value(metadata double %23, metadata !60, metadata !DIExpression(DW_OP_LLVM_fragment, 64, 64)), !dbg !110
  %24 = zext i32 %12 to i64, !dbg !111
  %25 = getelementptr inbounds { double, double }, ptr %2, i64 %24, !dbg !111
  %26 = load double, ptr %25, align 16, !dbg !111
  %27 = getelementptr inbounds { double, double }, ptr %2, i64 %24, i32 1, !dbg !111
  %28 = load double, ptr %27, align 8, !dbg !111
  store double %26, ptr %20, align 16, !dbg !112
  store double %28, ptr %22, align 8, !dbg !112
  store double %21, ptr %25, align 16, !dbg !113
  store double %23, ptr %27, align 8, !dbg !113
  br label %29, !dbg !114

29:                                               ; preds = %19, %16
  %30 = add nuw nsw i64 %4, 1, !dbg !115
  call void @llvm.dbg.value(metadata i64 %30, metadata !47, metadata !DIExpression()), !dbg !79
  %31 = icmp eq i64 %30, 256, !dbg !116
  br i1 %31, label %32, label %3, !dbg !117, !llvm.loop !118

32:                                               ; preds = %29, %48
  %33 = phi i32 [ %49, %48 ], [ 2, %29 ]
  call void @llvm.dbg.value(metadata i32 %33, metadata !63, metadata !DIExpression()), !dbg !120
  %34 = sitofp i32 %33 to double, !dbg !121
  %35 = tail call { double, double } @__divdc3(double noundef -0.000000e+00, double noundef 0xC01921FB54442D18, double noundef %34, double noundef 0.000000e+00) #7, !dbg !122
  %36 = extractvalue { double, double } %35, 0, !dbg !122
  %37 = extractvalue { double, double } %35, 1, !dbg !122
  %38 = tail call { double, double } @cexp(double noundef %36, double noundef %37) #7, !dbg !123
  %39 = extractvalue { double, double } %38, 0, !dbg !123
  %40 = extractvalue { double, double } %38, 1, !dbg !123
  call void @llvm.dbg.value(metadata double %39, metadata !65, metadata !DIExpression(DW_OP_LLVM_fragment, 0, 64)), !dbg !124
  call void @llvm.dbg.value(metadata double %40, metadata !65, metadata !DIExpression(DW_OP_LLVM_fragment, 64, 64)), !dbg !124
  call void @llvm.dbg.value(metadata i32 0, metadata !68, metadata !DIExpression()), !dbg !125
  %41 = ashr exact i32 %33, 1
  call void @llvm.dbg.value(metadata i32 0, metadata !68, metadata !DIExpression()), !dbg !125
  %42 = sext i32 %41 to i64, !dbg !126
  %43 = tail call i32 @llvm.smax.i32(i32 %41, i32 1), !dbg !126
  %44 = zext i32 %33 to i64, !dbg !126
  %45 = zext i32 %43 to i64
  br label %46, !dbg !126

46:                                               ; preds = %51, %32
  %47 = phi i64 [ 0, %32 ], [ %52, %51 ]
  call void @llvm.dbg.value(metadata i64 %47, metadata !68, metadata !DIExpression()), !dbg !125
  call void @llvm.dbg.value(metadata i32 0, metadata !73, metadata !DIExpression()), !dbg !127
  call void @llvm.dbg.value(metadata double 1.000000e+00, metadata !70, metadata !DIExpression(DW_OP_LLVM_fragment, 0, 64)), !dbg !128
  call void @llvm.dbg.value(metadata double 0.000000e+00, metadata !70, metadata !DIExpression(DW_OP_LLVM_fragment, 64, 64)), !dbg !128
  br label %54, !dbg !129

48:                                               ; preds = %51
  %49 = shl i32 %33, 1, !dbg !130
  call void @llvm.dbg.value(metadata i32 %49, metadata !63, metadata !DIExpression()), !dbg !120
  %50 = icmp slt i32 %49, 257, !dbg !131
  br i1 %50, label %32, label %127, !dbg !132, !llvm.loop !133

51:                                               ; preds = %101
  %52 = add nuw nsw i64 %47, %44, !dbg !135
  call void @llvm.dbg.value(metadata i64 %52, metadata !68, metadata !DIExpression()), !dbg !125
  %53 = icmp ult i64 %52, 256, !dbg !136
  br i1 %53, label %46, label %48, !dbg !126, !llvm.loop !137

54:                                               ; preds = %101, %46
  %55 = phi i64 [ 0, %46 ], [ %104, %101 ]
  %56 = phi double [ 1.000000e+00, %46 ], [ %102, %101 ]
  %57 = phi double [ 0.000000e+00, %46 ], [ %103, %101 ]
  call void @llvm.dbg.value(metadata i64 %55, metadata !73, metadata !DIExpression()), !dbg !127
  call void @llvm.dbg.value(metadata double %56, metadata !70, metadata !DIExpression(DW_OP_LLVM_fragment, 0, 64)), !dbg !128
  call void @llvm.dbg.value(metadata double %57, metadata !70, metadata !DIExpression(DW_OP_LLVM_fragment, 64, 64)), !dbg !128
  %58 = add nuw nsw i64 %55, %47, !dbg !139
  %59 = getelementptr inbounds { double, double }, ptr %2, i64 %58, !dbg !140
  %60 = load double, ptr %59, align 16, !dbg !140
  %61 = getelementptr inbounds { double, double }, ptr %2, i64 %58, i32 1, !dbg !140
  %62 = load double, ptr %61, align 8, !dbg !140
  call void @llvm.dbg.value(metadata double %60, metadata !75, metadata !DIExpression(DW_OP_LLVM_fragment, 0, 64)), !dbg !141
  call void @llvm.dbg.value(metadata double %62, metadata !75, metadata !DIExpression(DW_OP_LLVM_fragment, 64, 64)), !dbg !141
  %63 = add nsw i64 %58, %42, !dbg !142
  %64 = getelementptr inbounds { double, double }, ptr %2, i64 %63, !dbg !143
  %65 = load double, ptr %64, align 16, !dbg !143
  %66 = getelementptr inbounds { double, double }, ptr %2, i64 %63, i32 1, !dbg !143
  %67 = load double, ptr %66, align 8, !dbg !143
  %68 = fmul double %56, %65, !dbg !144
  %69 = fmul double %57, %67, !dbg !144
  %70 = fmul double %57, %65, !dbg !144
  %71 = fmul double %56, %67, !dbg !144
  %72 = fsub double %68, %69, !dbg !144
  %73 = fadd double %70, %71, !dbg !144
  %74 = fcmp uno double %72, 0.000000e+00, !dbg !144
  br i1 %74, label %75, label %81, !dbg !144, !prof !145

75:                                               ; preds = %54
  %76 = fcmp uno double %73, 0.000000e+00, !dbg !144
  br i1 %76, label %77, label %81, !dbg !144, !prof !145

77:                                               ; preds = %75
  %78 = tail call { double, double } @__muldc3(double noundef %65, double noundef %67, double noundef %56, double noundef %57) #7, !dbg !144
  %79 = extractvalue { double, double } %78, 0, !dbg !144
  %80 = extractvalue { double, double } %78, 1, !dbg !144
  br label %81, !dbg !144

81:                                               ; preds = %77, %75, %54
  %82 = phi double [ %72, %54 ], [ %72, %75 ], [ %79, %77 ], !dbg !144
  %83 = phi double [ %73, %54 ], [ %73, %75 ], [ %80, %77 ], !dbg !144
  call void @llvm.dbg.value(metadata double %82, metadata !78, metadata !DIExpression(DW_OP_LLVM_fragment, 0, 64)), !dbg !141
  call void @llvm.dbg.value(metadata double %83, metadata !78, metadata !DIExpression(DW_OP_LLVM_fragment, 64, 64)), !dbg !141
  %84 = fadd double %60, %82, !dbg !146
  %85 = fadd double %62, %83, !dbg !146
  store double %84, ptr %59, align 16, !dbg !147
  store double %85, ptr %61, align 8, !dbg !147
  %86 = fsub double %60, %82, !dbg !148
  %87 = fsub double %62, %83, !dbg !148
  store double %86, ptr %64, align 16, !dbg !149
  store double %87, ptr %66, align 8, !dbg !149
  %88 = fmul double %39, %56, !dbg !150
  %89 = fmul double %40, %57, !dbg !150
  %90 = fmul double %40, %56, !dbg !150
  %91 = fmul double %39, %57, !dbg !150
  %92 = fsub double %88, %89, !dbg !150
  %93 = fadd double %90, %91, !dbg !150
  %94 = fcmp uno double %92, 0.000000e+00, !dbg !150
  br i1 %94, label %95, label %101, !dbg !150, !prof !145

95:                                               ; preds = %81
  %96 = fcmp uno double %93, 0.000000e+00, !dbg !150
  br i1 %96, label %97, label %101, !dbg !150, !prof !145

97:                                               ; preds = %95
  %98 = tail call { double, double } @__muldc3(double noundef %56, double noundef %57, double noundef %39, double noundef %40) #7, !dbg !150
  %99 = extractvalue { double, double } %98, 0, !dbg !150
  %100 = extractvalue { double, double } %98, 1, !dbg !150
  br label %101, !dbg !150

101:                                              ; preds = %97, %95, %81
  %102 = phi double [ %92, %81 ], [ %92, %95 ], [ %99, %97 ], !dbg !150
  %103 = phi double [ %93, %81 ], [ %93, %95 ], [ %100, %97 ], !dbg !150
  call void @llvm.dbg.value(metadata double %102, metadata !70, metadata !DIExpression(DW_OP_LLVM_fragment, 0, 64)), !dbg !128
  call void @llvm.dbg.value(metadata double %103, metadata !70, metadata !DIExpression(DW_OP_LLVM_fragment, 64, 64)), !dbg !128
  %104 = add nuw nsw i64 %55, 1, !dbg !151
  call void @llvm.dbg.value(metadata i64 %104, metadata !73, metadata !DIExpression()), !dbg !127
  call void @llvm.dbg.value(metadata double %102, metadata !70, metadata !DIExpression(DW_OP_LLVM_fragment, 0, 64)), !dbg !128
  call void @llvm.dbg.value(metadata double %103, metadata !70, metadata !DIExpression(DW_OP_LLVM_fragment, 64, 64)), !dbg !128
  %105 = icmp eq i64 %104, %45, !dbg !152
  br i1 %105, label %51, label %54, !dbg !129, !llvm.loop !153

106:                                              ; preds = %0, %106
  %107 = phi i64 [ 0, %0 ], [ %125, %106 ]
  call void @llvm.dbg.value(metadata i64 %107, metadata !32, metadata !DIExpression()), !dbg !45
  %108 = trunc i64 %107 to i32, !dbg !155
  %109 = sitofp i32 %108 to double, !dbg !155
  %110 = fmul double %109, 0x403F6A7A2955385E, !dbg !158
  %111 = fmul double %110, 3.906250e-03, !dbg !159
  %112 = tail call double @cos(double noundef %111) #7, !dbg !160
  %113 = fmul double %109, 0x4052D97C7F3321D2, !dbg !161
  %114 = fmul double %113, 3.906250e-03, !dbg !162
  %115 = tail call double @sin(double noundef %114) #7, !dbg !163
  %116 = tail call double @llvm.fmuladd.f64(double %115, double 5.000000e-01, double %112), !dbg !164
  %117 = trunc i64 %107 to i32, !dbg !165
  %118 = urem i32 %117, 3, !dbg !165
  %119 = sitofp i32 %118 to double, !dbg !166
  %120 = tail call double @llvm.fmuladd.f64(double %119, double 1.000000e-01, double %116), !dbg !167
  %121 = getelementptr inbounds [256 x { double, double }], ptr %1, i64 0, i64 %107, !dbg !168
  %122 = getelementptr inbounds [256 x { double, double }], ptr %1, i64 0, i64 %107, i32 1, !dbg !169
  store double %120, ptr %121, align 16, !dbg !169
  store double 0.000000e+00, ptr %122, align 8, !dbg !169
  %123 = getelementptr inbounds [256 x { double, double }], ptr %2, i64 0, i64 %107, !dbg !170
  %124 = getelementptr inbounds [256 x { double, double }], ptr %2, i64 0, i64 %107, i32 1, !dbg !171
  store double %120, ptr %123, align 16, !dbg !171
  store double 0.000000e+00, ptr %124, align 8, !dbg !171
  %125 = add nuw nsw i64 %107, 1, !dbg !172
  call void @llvm.dbg.value(metadata i64 %125, metadata !32, metadata !DIExpression()), !dbg !45
  %126 = icmp eq i64 %125, 256, !dbg !173
  br i1 %126, label %3, label %106, !dbg !46, !llvm.loop !174

127:                                              ; preds = %48, %151
  %128 = phi i64 [ %160, %151 ], [ 0, %48 ]
  %129 = phi double [ %159, %151 ], [ 0.000000e+00, %48 ]
  call void @llvm.dbg.value(metadata double %129, metadata !34, metadata !DIExpression()), !dbg !176
  call void @llvm.dbg.value(metadata i64 %128, metadata !35, metadata !DIExpression()), !dbg !177
  %130 = trunc i64 %128 to i32
  %131 = sitofp i32 %130 to double
  %132 = fmul double %131, 0.000000e+00
  %133 = fmul double %131, 0xC01921FB54442D18
  %134 = fsub double 0.000000e+00, %132
  %135 = fmul double %133, 0.000000e+00
  %136 = fmul double %134, 0.000000e+00
  call void @llvm.dbg.value(metadata double 0.000000e+00, metadata !37, metadata !DIExpression(DW_OP_LLVM_fragment, 64, 64)), !dbg !178
  call void @llvm.dbg.value(metadata double 0.000000e+00, metadata !37, metadata !DIExpression(DW_OP_LLVM_fragment, 0, 64)), !dbg !178
  call void @llvm.dbg.value(metadata i32 0, metadata !40, metadata !DIExpression()), !dbg !179
  br label %162, !dbg !180

137:                                              ; preds = %151
  %138 = getelementptr inbounds [256 x { double, double }], ptr %2, i64 0, i64 5, !dbg !181
  %139 = load double, ptr %138, align 16, !dbg !181
  %140 = getelementptr inbounds [256 x { double, double }], ptr %2, i64 0, i64 5, i32 1, !dbg !181
  %141 = load double, ptr %140, align 8, !dbg !181
  %142 = tail call double @cabs(double noundef %139, double noundef %141) #7, !dbg !182
  %143 = getelementptr inbounds [256 x { double, double }], ptr %2, i64 0, i64 12, !dbg !183
  %144 = load double, ptr %143, align 16, !dbg !183
  %145 = getelementptr inbounds [256 x { double, double }], ptr %2, i64 0, i64 12, i32 1, !dbg !183
  %146 = load double, ptr %145, align 8, !dbg !183
  %147 = tail call double @cabs(double noundef %144, double noundef %146) #7, !dbg !184
  %148 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 256, double noundef %142, double noundef %147, double noundef %159), !dbg !185
  %149 = fcmp uge double %159, 1.000000e-08, !dbg !186
  %150 = zext i1 %149 to i32, !dbg !187
  call void @llvm.lifetime.end.p0(i64 4096, ptr nonnull %2) #7, !dbg !188
  call void @llvm.lifetime.end.p0(i64 4096, ptr nonnull %1) #7, !dbg !188
  ret i32 %150, !dbg !188

151:                                              ; preds = %205
  %152 = getelementptr inbounds [256 x { double, double }], ptr %2, i64 0, i64 %128, !dbg !189
  %153 = load double, ptr %152, align 16, !dbg !189
  %154 = getelementptr inbounds [256 x { double, double }], ptr %2, i64 0, i64 %128, i32 1, !dbg !189
  %155 = load double, ptr %154, align 8, !dbg !189
  %156 = fsub double %208, %153, !dbg !190
  %157 = fsub double %209, %155, !dbg !190
  %158 = tail call double @cabs(double noundef %156, double noundef %157) #7, !dbg !191
  %159 = tail call double @llvm.maxnum.f64(double %129, double %158), !dbg !192
  call void @llvm.dbg.value(metadata double %159, metadata !34, metadata !DIExpression()), !dbg !176
  %160 = add nuw nsw i64 %128, 1, !dbg !193
  call void @llvm.dbg.value(metadata i64 %160, metadata !35, metadata !DIExpression()), !dbg !177
  %161 = icmp eq i64 %160, 256, !dbg !194
  br i1 %161, label %137, label %127, !dbg !195, !llvm.loop !196

162:                                              ; preds = %127, %205
  %163 = phi i64 [ 0, %127 ], [ %210, %205 ]
  %164 = phi double [ 0.000000e+00, %127 ], [ %209, %205 ]
  %165 = phi double [ 0.000000e+00, %127 ], [ %208, %205 ]
  call void @llvm.dbg.value(metadata double %164, metadata !37, metadata !DIExpression(DW_OP_LLVM_fragment, 64, 64)), !dbg !178
  call void @llvm.dbg.value(metadata double %165, metadata !37, metadata !DIExpression(DW_OP_LLVM_fragment, 0, 64)), !dbg !178
  call void @llvm.dbg.value(metadata i64 %163, metadata !40, metadata !DIExpression()), !dbg !179
  %166 = getelementptr inbounds [256 x { double, double }], ptr %1, i64 0, i64 %163, !dbg !198
  %167 = load double, ptr %166, align 16, !dbg !198
  %168 = getelementptr inbounds [256 x { double, double }], ptr %1, i64 0, i64 %163, i32 1, !dbg !198
  %169 = load double, ptr %168, align 8, !dbg !198
  %170 = trunc i64 %163 to i32, !dbg !200
  %171 = sitofp i32 %170 to double, !dbg !200
  %172 = fmul double %134, %171, !dbg !201
  %173 = fmul double %133, %171, !dbg !201
  %174 = fsub double %172, %135, !dbg !201
  %175 = fadd double %136, %173, !dbg !201
  %176 = fcmp uno double %174, 0.000000e+00, !dbg !201
  br i1 %176, label %177, label %183, !dbg !201, !prof !145

177:                                              ; preds = %162
  %178 = fcmp uno double %175, 0.000000e+00, !dbg !201
  br i1 %178, label %179, label %183, !dbg !201, !prof !145

179:                                              ; preds = %177
  %180 = tail call { double, double } @__muldc3(double noundef %134, double noundef %133, double noundef %171, double noundef 0.000000e+00) #7, !dbg !201
  %181 = extractvalue { double, double } %180, 0, !dbg !201
  %182 = extractvalue { double, double } %180, 1, !dbg !201
  br label %183, !dbg !201

183:                                              ; preds = %179, %177, %162
  %184 = phi double [ %174, %162 ], [ %174, %177 ], [ %181, %179 ], !dbg !201
  %185 = phi double [ %175, %162 ], [ %175, %177 ], [ %182, %179 ], !dbg !201
  %186 = tail call { double, double } @__divdc3(double noundef %184, double noundef %185, double noundef 2.560000e+02, double noundef 0.000000e+00) #7, !dbg !202
  %187 = extractvalue { double, double } %186, 0, !dbg !202
  %188 = extractvalue { double, double } %186, 1, !dbg !202
  %189 = tail call { double, double } @cexp(double noundef %187, double noundef %188) #7, !dbg !203
  %190 = extractvalue { double, double } %189, 0, !dbg !203
  %191 = extractvalue { double, double } %189, 1, !dbg !203
  %192 = fmul double %167, %190, !dbg !204
  %193 = fmul double %169, %191, !dbg !204
  %194 = fmul double %167, %191, !dbg !204
  %195 = fmul double %169, %190, !dbg !204
  %196 = fsub double %192, %193, !dbg !204
  %197 = fadd double %194, %195, !dbg !204
  %198 = fcmp uno double %196, 0.000000e+00, !dbg !204
  br i1 %198, label %199, label %205, !dbg !204, !prof !145

199:                                              ; preds = %183
  %200 = fcmp uno double %197, 0.000000e+00, !dbg !204
  br i1 %200, label %201, label %205, !dbg !204, !prof !145

201:                                              ; preds = %199
  %202 = tail call { double, double } @__muldc3(double noundef %167, double noundef %169, double noundef %190, double noundef %191) #7, !dbg !204
  %203 = extractvalue { double, double } %202, 0, !dbg !204
  %204 = extractvalue { double, double } %202, 1, !dbg !204
  br label %205, !dbg !204

205:                                              ; preds = %201, %199, %183
  %206 = phi double [ %196, %183 ], [ %196, %199 ], [ %203, %201 ], !dbg !204
  %207 = phi double [ %197, %183 ], [ %197, %199 ], [ %204, %201 ], !dbg !204
  %208 = fadd double %165, %206, !dbg !205
  %209 = fadd double %164, %207, !dbg !205
  call void @llvm.dbg.value(metadata double %208, metadata !37, metadata !DIExpression(DW_OP_LLVM_fragment, 0, 64)), !dbg !178
  call void @llvm.dbg.value(metadata double %209, metadata !37, metadata !DIExpression(DW_OP_LLVM_fragment, 64, 64)), !dbg !178
  %210 = add nuw nsw i64 %163, 1, !dbg !206
  call void @llvm.dbg.value(metadata double %208, metadata !37, metadata !DIExpression(DW_OP_LLVM_fragment, 0, 64)), !dbg !178
  call void @llvm.dbg.value(metadata i64 %210, metadata !40, metadata !DIExpression()), !dbg !179
  %211 = icmp eq i64 %210, 256, !dbg !207
  br i1 %211, label %151, label %162, !dbg !180, !llvm.loop !208
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.declare(metadata, metadata, metadata) #2

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare !dbg !210 double @cos(double noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare !dbg !215 double @sin(double noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nounwind
declare !dbg !216 { double, double } @cexp(double noundef, double noundef) local_unnamed_addr #4

declare { double, double } @__muldc3(double, double, double, double) local_unnamed_addr

declare { double, double } @__divdc3(double, double, double, double) local_unnamed_addr

; Function Attrs: nofree nounwind
declare !dbg !220 double @cabs(double noundef, double noundef) local_unnamed_addr #5

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.maxnum.f64(double, double) #2

; Function Attrs: nofree nounwind
declare !dbg !223 noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #5

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #6

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #6

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { mustprogress nofree nounwind willreturn memory(write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #7 = { nounwind }

!llvm.dbg.cu = !{!7}
!llvm.module.flags = !{!16, !17, !18, !19, !20, !21}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 58, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "c/fft.c", directory: ".", checksumkind: CSK_MD5, checksum: "a48102b385828a68b3dd4be9f75ff55b")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 336, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 42)
!7 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !8, globals: !11, splitDebugInlining: false, nameTableKind: None)
!8 = !{!9, !10}
!9 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!10 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!11 = !{!12, !0}
!12 = !DIGlobalVariableExpression(var: !13, expr: !DIExpression(DW_OP_constu, 4614256656552045848, DW_OP_stack_value))
!13 = distinct !DIGlobalVariable(name: "PI", scope: !7, file: !2, line: 8, type: !14, isLocal: true, isDefinition: true)
!14 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !15)
!15 = !DIBasicType(name: "double", size: 64, encoding: DW_ATE_float)
!16 = !{i32 7, !"Dwarf Version", i32 5}
!17 = !{i32 2, !"Debug Info Version", i32 3}
!18 = !{i32 1, !"wchar_size", i32 4}
!19 = !{i32 8, !"PIC Level", i32 2}
!20 = !{i32 7, !"PIE Level", i32 2}
!21 = !{i32 7, !"uwtable", i32 2}
!22 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 45, type: !23, scopeLine: 45, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !25)
!23 = !DISubroutineType(types: !24)
!24 = !{!10}
!25 = !{!26, !31, !32, !34, !35, !37, !40}
!26 = !DILocalVariable(name: "x", scope: !22, file: !2, line: 46, type: !27)
!27 = !DICompositeType(tag: DW_TAG_array_type, baseType: !28, size: 32768, elements: !29)
!28 = !DIBasicType(name: "complex", size: 128, encoding: DW_ATE_complex_float)
!29 = !{!30}
!30 = !DISubrange(count: 256)
!31 = !DILocalVariable(name: "X", scope: !22, file: !2, line: 46, type: !27)
!32 = !DILocalVariable(name: "i", scope: !33, file: !2, line: 47, type: !10)
!33 = distinct !DILexicalBlock(scope: !22, file: !2, line: 47, column: 5)
!34 = !DILocalVariable(name: "err", scope: !22, file: !2, line: 52, type: !15)
!35 = !DILocalVariable(name: "k", scope: !36, file: !2, line: 53, type: !10)
!36 = distinct !DILexicalBlock(scope: !22, file: !2, line: 53, column: 5)
!37 = !DILocalVariable(name: "ref", scope: !38, file: !2, line: 54, type: !28)
!38 = distinct !DILexicalBlock(scope: !39, file: !2, line: 53, column: 33)
!39 = distinct !DILexicalBlock(scope: !36, file: !2, line: 53, column: 5)
!40 = !DILocalVariable(name: "t", scope: !41, file: !2, line: 55, type: !10)
!41 = distinct !DILexicalBlock(scope: !38, file: !2, line: 55, column: 9)
!42 = !DILocation(line: 46, column: 5, scope: !22)
!43 = !DILocation(line: 46, column: 20, scope: !22)
!44 = !DILocation(line: 46, column: 26, scope: !22)
!45 = !DILocation(line: 0, scope: !33)
!46 = !DILocation(line: 47, column: 5, scope: !33)
!47 = !DILocalVariable(name: "i", scope: !48, file: !2, line: 22, type: !10)
!48 = distinct !DILexicalBlock(scope: !49, file: !2, line: 22, column: 5)
!49 = distinct !DISubprogram(name: "fft", scope: !2, file: !2, line: 19, type: !50, scopeLine: 19, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !53)
!50 = !DISubroutineType(types: !51)
!51 = !{null, !52, !10}
!52 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !28, size: 64)
!53 = !{!54, !55, !56, !47, !57, !60, !63, !65, !68, !70, !73, !75, !78}
!54 = !DILocalVariable(name: "a", arg: 1, scope: !49, file: !2, line: 19, type: !52)
!55 = !DILocalVariable(name: "n", arg: 2, scope: !49, file: !2, line: 19, type: !10)
!56 = !DILocalVariable(name: "bits", scope: !49, file: !2, line: 20, type: !10)
!57 = !DILocalVariable(name: "j", scope: !58, file: !2, line: 23, type: !9)
!58 = distinct !DILexicalBlock(scope: !59, file: !2, line: 22, column: 33)
!59 = distinct !DILexicalBlock(scope: !48, file: !2, line: 22, column: 5)
!60 = !DILocalVariable(name: "t", scope: !61, file: !2, line: 25, type: !28)
!61 = distinct !DILexicalBlock(scope: !62, file: !2, line: 24, column: 25)
!62 = distinct !DILexicalBlock(scope: !58, file: !2, line: 24, column: 13)
!63 = !DILocalVariable(name: "len", scope: !64, file: !2, line: 30, type: !10)
!64 = distinct !DILexicalBlock(scope: !49, file: !2, line: 30, column: 5)
!65 = !DILocalVariable(name: "wlen", scope: !66, file: !2, line: 31, type: !28)
!66 = distinct !DILexicalBlock(scope: !67, file: !2, line: 30, column: 44)
!67 = distinct !DILexicalBlock(scope: !64, file: !2, line: 30, column: 5)
!68 = !DILocalVariable(name: "start", scope: !69, file: !2, line: 32, type: !10)
!69 = distinct !DILexicalBlock(scope: !66, file: !2, line: 32, column: 9)
!70 = !DILocalVariable(name: "w", scope: !71, file: !2, line: 33, type: !28)
!71 = distinct !DILexicalBlock(scope: !72, file: !2, line: 32, column: 54)
!72 = distinct !DILexicalBlock(scope: !69, file: !2, line: 32, column: 9)
!73 = !DILocalVariable(name: "k", scope: !74, file: !2, line: 34, type: !10)
!74 = distinct !DILexicalBlock(scope: !71, file: !2, line: 34, column: 13)
!75 = !DILocalVariable(name: "u", scope: !76, file: !2, line: 35, type: !28)
!76 = distinct !DILexicalBlock(scope: !77, file: !2, line: 34, column: 47)
!77 = distinct !DILexicalBlock(scope: !74, file: !2, line: 34, column: 13)
!78 = !DILocalVariable(name: "v", scope: !76, file: !2, line: 36, type: !28)
!79 = !DILocation(line: 0, scope: !48, inlinedAt: !80)
!80 = distinct !DILocation(line: 51, column: 5, scope: !22)
!81 = !DILocalVariable(name: "x", arg: 1, scope: !82, file: !2, line: 10, type: !9)
!82 = distinct !DISubprogram(name: "reverse_bits", scope: !2, file: !2, line: 10, type: !83, scopeLine: 10, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !85)
!83 = !DISubroutineType(types: !84)
!84 = !{!9, !9, !10}
!85 = !{!81, !86, !87, !88}
!86 = !DILocalVariable(name: "bits", arg: 2, scope: !82, file: !2, line: 10, type: !10)
!87 = !DILocalVariable(name: "r", scope: !82, file: !2, line: 11, type: !9)
!88 = !DILocalVariable(name: "i", scope: !89, file: !2, line: 12, type: !10)
!89 = distinct !DILexicalBlock(scope: !82, file: !2, line: 12, column: 5)
!90 = !DILocation(line: 0, scope: !82, inlinedAt: !91)
!91 = distinct !DILocation(line: 23, column: 22, scope: !58, inlinedAt: !80)
!92 = !DILocation(line: 0, scope: !89, inlinedAt: !91)
!93 = !DILocation(line: 12, column: 5, scope: !89, inlinedAt: !91)
!94 = !DILocation(line: 13, column: 16, scope: !95, inlinedAt: !91)
!95 = distinct !DILexicalBlock(scope: !96, file: !2, line: 12, column: 36)
!96 = distinct !DILexicalBlock(scope: !89, file: !2, line: 12, column: 5)
!97 = !DILocation(line: 13, column: 27, scope: !95, inlinedAt: !91)
!98 = !DILocation(line: 13, column: 22, scope: !95, inlinedAt: !91)
!99 = !DILocation(line: 14, column: 11, scope: !95, inlinedAt: !91)
!100 = !DILocation(line: 12, column: 32, scope: !96, inlinedAt: !91)
!101 = !DILocation(line: 12, column: 23, scope: !96, inlinedAt: !91)
!102 = distinct !{!102, !93, !103, !104, !105}
!103 = !DILocation(line: 15, column: 5, scope: !89, inlinedAt: !91)
!104 = !{!"llvm.loop.mustprogress"}
!105 = !{!"llvm.loop.unroll.disable"}
!106 = !DILocation(line: 0, scope: !58, inlinedAt: !80)
!107 = !DILocation(line: 24, column: 20, scope: !62, inlinedAt: !80)
!108 = !DILocation(line: 24, column: 13, scope: !58, inlinedAt: !80)
!109 = !DILocation(line: 25, column: 32, scope: !61, inlinedAt: !80)
!110 = !DILocation(line: 0, scope: !61, inlinedAt: !80)
!111 = !DILocation(line: 26, column: 20, scope: !61, inlinedAt: !80)
!112 = !DILocation(line: 26, column: 18, scope: !61, inlinedAt: !80)
!113 = !DILocation(line: 27, column: 18, scope: !61, inlinedAt: !80)
!114 = !DILocation(line: 28, column: 9, scope: !61, inlinedAt: !80)
!115 = !DILocation(line: 22, column: 29, scope: !59, inlinedAt: !80)
!116 = !DILocation(line: 22, column: 23, scope: !59, inlinedAt: !80)
!117 = !DILocation(line: 22, column: 5, scope: !48, inlinedAt: !80)
!118 = distinct !{!118, !117, !119, !104, !105}
!119 = !DILocation(line: 29, column: 5, scope: !48, inlinedAt: !80)
!120 = !DILocation(line: 0, scope: !64, inlinedAt: !80)
!121 = !DILocation(line: 31, column: 52, scope: !66, inlinedAt: !80)
!122 = !DILocation(line: 31, column: 50, scope: !66, inlinedAt: !80)
!123 = !DILocation(line: 31, column: 31, scope: !66, inlinedAt: !80)
!124 = !DILocation(line: 0, scope: !66, inlinedAt: !80)
!125 = !DILocation(line: 0, scope: !69, inlinedAt: !80)
!126 = !DILocation(line: 32, column: 9, scope: !69, inlinedAt: !80)
!127 = !DILocation(line: 0, scope: !74, inlinedAt: !80)
!128 = !DILocation(line: 0, scope: !71, inlinedAt: !80)
!129 = !DILocation(line: 34, column: 13, scope: !74, inlinedAt: !80)
!130 = !DILocation(line: 30, column: 37, scope: !67, inlinedAt: !80)
!131 = !DILocation(line: 30, column: 27, scope: !67, inlinedAt: !80)
!132 = !DILocation(line: 30, column: 5, scope: !64, inlinedAt: !80)
!133 = distinct !{!133, !132, !134, !104, !105}
!134 = !DILocation(line: 42, column: 5, scope: !64, inlinedAt: !80)
!135 = !DILocation(line: 32, column: 46, scope: !72, inlinedAt: !80)
!136 = !DILocation(line: 32, column: 35, scope: !72, inlinedAt: !80)
!137 = distinct !{!137, !126, !138, !104, !105}
!138 = !DILocation(line: 41, column: 9, scope: !69, inlinedAt: !80)
!139 = !DILocation(line: 35, column: 44, scope: !76, inlinedAt: !80)
!140 = !DILocation(line: 35, column: 36, scope: !76, inlinedAt: !80)
!141 = !DILocation(line: 0, scope: !76, inlinedAt: !80)
!142 = !DILocation(line: 36, column: 48, scope: !76, inlinedAt: !80)
!143 = !DILocation(line: 36, column: 36, scope: !76, inlinedAt: !80)
!144 = !DILocation(line: 36, column: 59, scope: !76, inlinedAt: !80)
!145 = !{!"branch_weights", i32 1, i32 1048575}
!146 = !DILocation(line: 37, column: 34, scope: !76, inlinedAt: !80)
!147 = !DILocation(line: 37, column: 30, scope: !76, inlinedAt: !80)
!148 = !DILocation(line: 38, column: 44, scope: !76, inlinedAt: !80)
!149 = !DILocation(line: 38, column: 40, scope: !76, inlinedAt: !80)
!150 = !DILocation(line: 39, column: 19, scope: !76, inlinedAt: !80)
!151 = !DILocation(line: 34, column: 43, scope: !77, inlinedAt: !80)
!152 = !DILocation(line: 34, column: 31, scope: !77, inlinedAt: !80)
!153 = distinct !{!153, !129, !154, !104, !105}
!154 = !DILocation(line: 40, column: 13, scope: !74, inlinedAt: !80)
!155 = !DILocation(line: 48, column: 33, scope: !156)
!156 = distinct !DILexicalBlock(scope: !157, file: !2, line: 47, column: 33)
!157 = distinct !DILexicalBlock(scope: !33, file: !2, line: 47, column: 5)
!158 = !DILocation(line: 48, column: 31, scope: !156)
!159 = !DILocation(line: 48, column: 35, scope: !156)
!160 = !DILocation(line: 48, column: 16, scope: !156)
!161 = !DILocation(line: 48, column: 64, scope: !156)
!162 = !DILocation(line: 48, column: 68, scope: !156)
!163 = !DILocation(line: 48, column: 48, scope: !156)
!164 = !DILocation(line: 48, column: 40, scope: !156)
!165 = !DILocation(line: 48, column: 84, scope: !156)
!166 = !DILocation(line: 48, column: 81, scope: !156)
!167 = !DILocation(line: 48, column: 73, scope: !156)
!168 = !DILocation(line: 48, column: 9, scope: !156)
!169 = !DILocation(line: 48, column: 14, scope: !156)
!170 = !DILocation(line: 49, column: 9, scope: !156)
!171 = !DILocation(line: 49, column: 14, scope: !156)
!172 = !DILocation(line: 47, column: 29, scope: !157)
!173 = !DILocation(line: 47, column: 23, scope: !157)
!174 = distinct !{!174, !46, !175, !104, !105}
!175 = !DILocation(line: 50, column: 5, scope: !33)
!176 = !DILocation(line: 0, scope: !22)
!177 = !DILocation(line: 0, scope: !36)
!178 = !DILocation(line: 0, scope: !38)
!179 = !DILocation(line: 0, scope: !41)
!180 = !DILocation(line: 55, column: 9, scope: !41)
!181 = !DILocation(line: 58, column: 66, scope: !22)
!182 = !DILocation(line: 58, column: 61, scope: !22)
!183 = !DILocation(line: 58, column: 78, scope: !22)
!184 = !DILocation(line: 58, column: 73, scope: !22)
!185 = !DILocation(line: 58, column: 5, scope: !22)
!186 = !DILocation(line: 59, column: 16, scope: !22)
!187 = !DILocation(line: 59, column: 12, scope: !22)
!188 = !DILocation(line: 60, column: 1, scope: !22)
!189 = !DILocation(line: 56, column: 36, scope: !38)
!190 = !DILocation(line: 56, column: 34, scope: !38)
!191 = !DILocation(line: 56, column: 25, scope: !38)
!192 = !DILocation(line: 56, column: 15, scope: !38)
!193 = !DILocation(line: 53, column: 29, scope: !39)
!194 = !DILocation(line: 53, column: 23, scope: !39)
!195 = !DILocation(line: 53, column: 5, scope: !36)
!196 = distinct !{!196, !195, !197, !104, !105}
!197 = !DILocation(line: 57, column: 5, scope: !36)
!198 = !DILocation(line: 55, column: 44, scope: !199)
!199 = distinct !DILexicalBlock(scope: !41, file: !2, line: 55, column: 9)
!200 = !DILocation(line: 55, column: 76, scope: !199)
!201 = !DILocation(line: 55, column: 74, scope: !199)
!202 = !DILocation(line: 55, column: 78, scope: !199)
!203 = !DILocation(line: 55, column: 51, scope: !199)
!204 = !DILocation(line: 55, column: 49, scope: !199)
!205 = !DILocation(line: 55, column: 41, scope: !199)
!206 = !DILocation(line: 55, column: 33, scope: !199)
!207 = !DILocation(line: 55, column: 27, scope: !199)
!208 = distinct !{!208, !180, !209, !104, !105}
!209 = !DILocation(line: 55, column: 81, scope: !41)
!210 = !DISubprogram(name: "cos", scope: !211, file: !211, line: 62, type: !212, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !214)
!211 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/mathcalls.h", directory: "", checksumkind: CSK_MD5, checksum: "8c6e2d0d2bda65bc5ba1ca02b65383b7")
!212 = !DISubroutineType(types: !213)
!213 = !{!15, !15}
!214 = !{}
!215 = !DISubprogram(name: "sin", scope: !211, file: !211, line: 64, type: !212, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !214)
!216 = !DISubprogram(name: "cexp", scope: !217, file: !217, line: 89, type: !218, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !214)
!217 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/cmathcalls.h", directory: "", checksumkind: CSK_MD5, checksum: "eda5ddb5bfdcfe109efce757887ce485")
!218 = !DISubroutineType(types: !219)
!219 = !{!28, !28}
!220 = !DISubprogram(name: "cabs", scope: !217, file: !217, line: 112, type: !221, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !214)
!221 = !DISubroutineType(types: !222)
!222 = !{!15, !28}
!223 = !DISubprogram(name: "printf", scope: !224, file: !224, line: 356, type: !225, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !214)
!224 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!225 = !DISubroutineType(types: !226)
!226 = !{!10, !227, null}
!227 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !228)
!228 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !229, size: 64)
!229 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !4)
