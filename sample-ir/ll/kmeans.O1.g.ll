; ModuleID = 'c/kmeans.c'
source_filename = "c/kmeans.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.point = type { float, float }

@main.centres = internal unnamed_addr constant [3 x %struct.point] [%struct.point zeroinitializer, %struct.point { float 1.000000e+01, float 1.000000e+01 }, %struct.point { float -8.000000e+00, float 9.000000e+00 }], align 16, !dbg !0
@points = internal unnamed_addr global [300 x %struct.point] zeroinitializer, align 16, !dbg !17
@label = internal unnamed_addr global [300 x i32] zeroinitializer, align 16, !dbg !26
@.str = private unnamed_addr constant [71 x i8] c"kmeans rounds=%d centres=(%.2f,%.2f) (%.2f,%.2f) (%.2f,%.2f) wrong=%d\0A\00", align 1, !dbg !11

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 !dbg !2 {
  %1 = alloca [3 x float], align 4
  %2 = alloca [3 x float], align 4
  %3 = alloca [3 x i32], align 4
  %4 = alloca [3 x %struct.point], align 16
  call void @llvm.dbg.value(metadata i32 0, metadata !30, metadata !DIExpression()), !dbg !52
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(1200) @label, i8 -1, i64 1200, i1 false), !dbg !53, !tbaa !54
  br label %11, !dbg !58

5:                                                ; preds = %11
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %4) #6, !dbg !59
  call void @llvm.dbg.declare(metadata ptr %4, metadata !36, metadata !DIExpression()), !dbg !60
  %6 = load i64, ptr @points, align 16, !dbg !61
  store i64 %6, ptr %4, align 16, !dbg !61
  %7 = getelementptr inbounds %struct.point, ptr %4, i64 1, !dbg !62
  %8 = load i64, ptr getelementptr inbounds ([300 x %struct.point], ptr @points, i64 0, i64 1), align 8, !dbg !63
  store i64 %8, ptr %7, align 8, !dbg !63
  %9 = getelementptr inbounds %struct.point, ptr %4, i64 2, !dbg !62
  %10 = load i64, ptr getelementptr inbounds ([300 x %struct.point], ptr @points, i64 0, i64 2), align 16, !dbg !64
  store i64 %10, ptr %9, align 16, !dbg !64
  call void @llvm.dbg.value(metadata i32 0, metadata !40, metadata !DIExpression()), !dbg !65
  br label %38, !dbg !66

11:                                               ; preds = %0, %11
  %12 = phi i64 [ 0, %0 ], [ %36, %11 ]
  call void @llvm.dbg.value(metadata i64 %12, metadata !30, metadata !DIExpression()), !dbg !52
  %13 = trunc i64 %12 to i32, !dbg !67
  %14 = mul i32 %13, 73, !dbg !67
  %15 = urem i32 %14, 101, !dbg !67
  %16 = sitofp i32 %15 to float, !dbg !68
  %17 = fdiv float %16, 5.000000e+01, !dbg !69
  %18 = fadd float %17, -1.000000e+00, !dbg !70
  call void @llvm.dbg.value(metadata float %18, metadata !32, metadata !DIExpression()), !dbg !71
  %19 = trunc i64 %12 to i32, !dbg !72
  %20 = mul i32 %19, 37, !dbg !72
  %21 = urem i32 %20, 103, !dbg !72
  %22 = sitofp i32 %21 to float, !dbg !73
  %23 = fdiv float %22, 5.150000e+01, !dbg !74
  %24 = fadd float %23, -1.000000e+00, !dbg !75
  call void @llvm.dbg.value(metadata float %24, metadata !35, metadata !DIExpression()), !dbg !71
  %25 = getelementptr inbounds [300 x %struct.point], ptr @points, i64 0, i64 %12, !dbg !76
  %26 = trunc i64 %12 to i32, !dbg !77
  %27 = urem i32 %26, 3, !dbg !77
  %28 = zext i32 %27 to i64, !dbg !78
  %29 = getelementptr inbounds [3 x %struct.point], ptr @main.centres, i64 0, i64 %28, !dbg !78
  %30 = load float, ptr %29, align 8, !dbg !79, !tbaa !80
  %31 = fadd float %18, %30, !dbg !83
  %32 = getelementptr inbounds [3 x %struct.point], ptr @main.centres, i64 0, i64 %28, i32 1, !dbg !84
  %33 = load float, ptr %32, align 4, !dbg !84, !tbaa !85
  %34 = fadd float %24, %33, !dbg !86
  store float %31, ptr %25, align 8, !dbg !87, !tbaa.struct !88
  %35 = getelementptr inbounds i8, ptr %25, i64 4, !dbg !87
  store float %34, ptr %35, align 4, !dbg !87, !tbaa.struct !90
  %36 = add nuw nsw i64 %12, 1, !dbg !91
  call void @llvm.dbg.value(metadata i64 %36, metadata !30, metadata !DIExpression()), !dbg !52
  %37 = icmp eq i64 %36, 300, !dbg !92
  br i1 %37, label %5, label %11, !dbg !58, !llvm.loop !93

38:                                               ; preds = %116, %5
  %39 = phi i32 [ 0, %5 ], [ %117, %116 ], !dbg !65
  call void @llvm.dbg.value(metadata i32 %39, metadata !40, metadata !DIExpression()), !dbg !65
  call void @llvm.dbg.value(metadata ptr %4, metadata !97, metadata !DIExpression()), !dbg !115
  call void @llvm.dbg.value(metadata i32 0, metadata !103, metadata !DIExpression()), !dbg !115
  call void @llvm.dbg.value(metadata i32 0, metadata !104, metadata !DIExpression()), !dbg !117
  br label %40, !dbg !118

40:                                               ; preds = %69, %38
  %41 = phi i64 [ 0, %38 ], [ %71, %69 ]
  %42 = phi i32 [ 0, %38 ], [ %70, %69 ]
  call void @llvm.dbg.value(metadata i32 %42, metadata !103, metadata !DIExpression()), !dbg !115
  call void @llvm.dbg.value(metadata i64 %41, metadata !104, metadata !DIExpression()), !dbg !117
  %43 = getelementptr inbounds [300 x %struct.point], ptr @points, i64 0, i64 %41
  %44 = load <2 x float>, ptr %43, align 8
  call void @llvm.dbg.value(metadata i32 0, metadata !110, metadata !DIExpression()), !dbg !119
  call void @llvm.dbg.value(metadata float 0x47EFFFFFE0000000, metadata !109, metadata !DIExpression()), !dbg !120
  call void @llvm.dbg.value(metadata i32 0, metadata !106, metadata !DIExpression()), !dbg !120
  br label %49, !dbg !121

45:                                               ; preds = %49
  %46 = getelementptr inbounds [300 x i32], ptr @label, i64 0, i64 %41, !dbg !122
  %47 = load i32, ptr %46, align 4, !dbg !122, !tbaa !54
  %48 = icmp eq i32 %47, %63, !dbg !124
  br i1 %48, label %69, label %67, !dbg !125

49:                                               ; preds = %49, %40
  %50 = phi i64 [ 0, %40 ], [ %65, %49 ]
  %51 = phi float [ 0x47EFFFFFE0000000, %40 ], [ %64, %49 ]
  %52 = phi i32 [ 0, %40 ], [ %63, %49 ]
  call void @llvm.dbg.value(metadata i64 %50, metadata !110, metadata !DIExpression()), !dbg !119
  call void @llvm.dbg.value(metadata float %51, metadata !109, metadata !DIExpression()), !dbg !120
  call void @llvm.dbg.value(metadata i32 %52, metadata !106, metadata !DIExpression()), !dbg !120
  %53 = getelementptr inbounds %struct.point, ptr %4, i64 %50, !dbg !126
  %54 = load <2 x float>, ptr %53, align 8, !dbg !127
  call void @llvm.dbg.value(metadata <2 x float> %44, metadata !128, metadata !DIExpression()), !dbg !136
  call void @llvm.dbg.value(metadata <2 x float> %54, metadata !133, metadata !DIExpression()), !dbg !136
  %55 = fsub <2 x float> %44, %54, !dbg !138
  %56 = extractelement <2 x float> %55, i64 0, !dbg !138
  call void @llvm.dbg.value(metadata float %56, metadata !134, metadata !DIExpression()), !dbg !136
  %57 = fsub <2 x float> %44, %54, !dbg !139
  call void @llvm.dbg.value(metadata float undef, metadata !135, metadata !DIExpression()), !dbg !136
  %58 = fmul <2 x float> %57, %57, !dbg !140
  %59 = extractelement <2 x float> %58, i64 1, !dbg !140
  %60 = tail call float @llvm.fmuladd.f32(float %56, float %56, float %59), !dbg !141
  call void @llvm.dbg.value(metadata float %60, metadata !112, metadata !DIExpression()), !dbg !142
  %61 = fcmp olt float %60, %51, !dbg !143
  %62 = trunc i64 %50 to i32, !dbg !145
  %63 = select i1 %61, i32 %62, i32 %52, !dbg !145
  %64 = select i1 %61, float %60, float %51, !dbg !145
  call void @llvm.dbg.value(metadata float %64, metadata !109, metadata !DIExpression()), !dbg !120
  call void @llvm.dbg.value(metadata i32 %63, metadata !106, metadata !DIExpression()), !dbg !120
  %65 = add nuw nsw i64 %50, 1, !dbg !146
  call void @llvm.dbg.value(metadata i64 %65, metadata !110, metadata !DIExpression()), !dbg !119
  %66 = icmp eq i64 %65, 3, !dbg !147
  br i1 %66, label %45, label %49, !dbg !121, !llvm.loop !148

67:                                               ; preds = %45
  store i32 %63, ptr %46, align 4, !dbg !150, !tbaa !54
  %68 = add nsw i32 %42, 1, !dbg !152
  call void @llvm.dbg.value(metadata i32 %68, metadata !103, metadata !DIExpression()), !dbg !115
  br label %69, !dbg !153

69:                                               ; preds = %67, %45
  %70 = phi i32 [ %68, %67 ], [ %42, %45 ], !dbg !115
  call void @llvm.dbg.value(metadata i32 %70, metadata !103, metadata !DIExpression()), !dbg !115
  %71 = add nuw nsw i64 %41, 1, !dbg !154
  call void @llvm.dbg.value(metadata i64 %71, metadata !104, metadata !DIExpression()), !dbg !117
  %72 = icmp eq i64 %71, 300, !dbg !155
  br i1 %72, label %73, label %40, !dbg !118, !llvm.loop !156

73:                                               ; preds = %69
  %74 = icmp sgt i32 %70, 0, !dbg !158
  %75 = icmp ult i32 %39, 100, !dbg !159
  %76 = select i1 %74, i1 %75, i1 false, !dbg !159
  br i1 %76, label %77, label %139, !dbg !66

77:                                               ; preds = %73
  call void @llvm.dbg.value(metadata ptr %4, metadata !160, metadata !DIExpression()), !dbg !175
  call void @llvm.lifetime.start.p0(i64 12, ptr nonnull %1) #6, !dbg !178
  call void @llvm.dbg.declare(metadata ptr %1, metadata !166, metadata !DIExpression()), !dbg !179
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(12) %1, i8 0, i64 12, i1 false), !dbg !179
  call void @llvm.lifetime.start.p0(i64 12, ptr nonnull %2) #6, !dbg !178
  call void @llvm.dbg.declare(metadata ptr %2, metadata !168, metadata !DIExpression()), !dbg !180
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(12) %2, i8 0, i64 12, i1 false), !dbg !180
  call void @llvm.lifetime.start.p0(i64 12, ptr nonnull %3) #6, !dbg !181
  call void @llvm.dbg.declare(metadata ptr %3, metadata !169, metadata !DIExpression()), !dbg !182
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(12) %3, i8 0, i64 12, i1 false), !dbg !182
  call void @llvm.dbg.value(metadata i32 0, metadata !171, metadata !DIExpression()), !dbg !183
  br label %78, !dbg !184

78:                                               ; preds = %78, %77
  %79 = phi i64 [ 0, %77 ], [ %96, %78 ]
  call void @llvm.dbg.value(metadata i64 %79, metadata !171, metadata !DIExpression()), !dbg !183
  %80 = getelementptr inbounds [300 x %struct.point], ptr @points, i64 0, i64 %79, !dbg !185
  %81 = load float, ptr %80, align 8, !dbg !188, !tbaa !80
  %82 = getelementptr inbounds [300 x i32], ptr @label, i64 0, i64 %79, !dbg !189
  %83 = load i32, ptr %82, align 4, !dbg !189, !tbaa !54
  %84 = sext i32 %83 to i64, !dbg !190
  %85 = getelementptr inbounds [3 x float], ptr %1, i64 0, i64 %84, !dbg !190
  %86 = load float, ptr %85, align 4, !dbg !191, !tbaa !89
  %87 = fadd float %81, %86, !dbg !191
  store float %87, ptr %85, align 4, !dbg !191, !tbaa !89
  %88 = getelementptr inbounds [300 x %struct.point], ptr @points, i64 0, i64 %79, i32 1, !dbg !192
  %89 = load float, ptr %88, align 4, !dbg !192, !tbaa !85
  %90 = getelementptr inbounds [3 x float], ptr %2, i64 0, i64 %84, !dbg !193
  %91 = load float, ptr %90, align 4, !dbg !194, !tbaa !89
  %92 = fadd float %89, %91, !dbg !194
  store float %92, ptr %90, align 4, !dbg !194, !tbaa !89
  %93 = getelementptr inbounds [3 x i32], ptr %3, i64 0, i64 %84, !dbg !195
  %94 = load i32, ptr %93, align 4, !dbg !196, !tbaa !54
  %95 = add nsw i32 %94, 1, !dbg !196
  store i32 %95, ptr %93, align 4, !dbg !196, !tbaa !54
  %96 = add nuw nsw i64 %79, 1, !dbg !197
  call void @llvm.dbg.value(metadata i64 %96, metadata !171, metadata !DIExpression()), !dbg !183
  %97 = icmp eq i64 %96, 300, !dbg !198
  br i1 %97, label %98, label %78, !dbg !184, !llvm.loop !199

98:                                               ; preds = %78, %113
  %99 = phi i64 [ %114, %113 ], [ 0, %78 ]
  call void @llvm.dbg.value(metadata i64 %99, metadata !173, metadata !DIExpression()), !dbg !201
  %100 = getelementptr inbounds [3 x i32], ptr %3, i64 0, i64 %99, !dbg !202
  %101 = load i32, ptr %100, align 4, !dbg !202, !tbaa !54
  %102 = icmp sgt i32 %101, 0, !dbg !205
  br i1 %102, label %103, label %113, !dbg !206

103:                                              ; preds = %98
  %104 = getelementptr inbounds %struct.point, ptr %4, i64 %99, !dbg !207
  %105 = getelementptr inbounds [3 x float], ptr %1, i64 0, i64 %99, !dbg !208
  %106 = load float, ptr %105, align 4, !dbg !208, !tbaa !89
  %107 = sitofp i32 %101 to float, !dbg !209
  %108 = fdiv float %106, %107, !dbg !210
  %109 = getelementptr inbounds [3 x float], ptr %2, i64 0, i64 %99, !dbg !211
  %110 = load float, ptr %109, align 4, !dbg !211, !tbaa !89
  %111 = fdiv float %110, %107, !dbg !212
  store float %108, ptr %104, align 8, !dbg !213, !tbaa.struct !88
  %112 = getelementptr inbounds i8, ptr %104, i64 4, !dbg !213
  store float %111, ptr %112, align 4, !dbg !213, !tbaa.struct !90
  br label %113, !dbg !207

113:                                              ; preds = %103, %98
  %114 = add nuw nsw i64 %99, 1, !dbg !214
  call void @llvm.dbg.value(metadata i64 %114, metadata !173, metadata !DIExpression()), !dbg !201
  %115 = icmp eq i64 %114, 3, !dbg !215
  br i1 %115, label %116, label %98, !dbg !216, !llvm.loop !217

116:                                              ; preds = %113
  call void @llvm.lifetime.end.p0(i64 12, ptr nonnull %3) #6, !dbg !219
  call void @llvm.lifetime.end.p0(i64 12, ptr nonnull %2) #6, !dbg !219
  call void @llvm.lifetime.end.p0(i64 12, ptr nonnull %1) #6, !dbg !219
  %117 = add nuw nsw i32 %39, 1, !dbg !220
  call void @llvm.dbg.value(metadata i32 %117, metadata !40, metadata !DIExpression()), !dbg !65
  br label %38, !dbg !66, !llvm.loop !221

118:                                              ; preds = %139
  %119 = load float, ptr %4, align 16, !dbg !223, !tbaa !80
  %120 = fpext float %119 to double, !dbg !224
  %121 = getelementptr inbounds %struct.point, ptr %4, i64 0, i32 1, !dbg !225
  %122 = load float, ptr %121, align 4, !dbg !225, !tbaa !85
  %123 = fpext float %122 to double, !dbg !226
  %124 = getelementptr inbounds [3 x %struct.point], ptr %4, i64 0, i64 1, !dbg !227
  %125 = load float, ptr %124, align 8, !dbg !228, !tbaa !80
  %126 = fpext float %125 to double, !dbg !227
  %127 = getelementptr inbounds [3 x %struct.point], ptr %4, i64 0, i64 1, i32 1, !dbg !229
  %128 = load float, ptr %127, align 4, !dbg !229, !tbaa !85
  %129 = fpext float %128 to double, !dbg !230
  %130 = getelementptr inbounds [3 x %struct.point], ptr %4, i64 0, i64 2, !dbg !231
  %131 = load float, ptr %130, align 16, !dbg !232, !tbaa !80
  %132 = fpext float %131 to double, !dbg !231
  %133 = getelementptr inbounds [3 x %struct.point], ptr %4, i64 0, i64 2, i32 1, !dbg !233
  %134 = load float, ptr %133, align 4, !dbg !233, !tbaa !85
  %135 = fpext float %134 to double, !dbg !234
  %136 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %39, double noundef %120, double noundef %123, double noundef %126, double noundef %129, double noundef %132, double noundef %135, i32 noundef %151), !dbg !235
  %137 = icmp ne i32 %151, 0, !dbg !236
  %138 = zext i1 %137 to i32, !dbg !237
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %4) #6, !dbg !238
  ret i32 %138, !dbg !239

139:                                              ; preds = %73, %139
  %140 = phi i64 [ %152, %139 ], [ 3, %73 ]
  %141 = phi i32 [ %151, %139 ], [ 0, %73 ]
  call void @llvm.dbg.value(metadata i64 %140, metadata !42, metadata !DIExpression()), !dbg !240
  call void @llvm.dbg.value(metadata i32 %141, metadata !41, metadata !DIExpression()), !dbg !65
  %142 = getelementptr inbounds [300 x i32], ptr @label, i64 0, i64 %140, !dbg !241
  %143 = load i32, ptr %142, align 4, !dbg !241, !tbaa !54
  %144 = trunc i64 %140 to i32, !dbg !244
  %145 = urem i32 %144, 3, !dbg !244
  %146 = zext i32 %145 to i64, !dbg !245
  %147 = getelementptr inbounds [300 x i32], ptr @label, i64 0, i64 %146, !dbg !245
  %148 = load i32, ptr %147, align 4, !dbg !245, !tbaa !54
  %149 = icmp ne i32 %143, %148, !dbg !246
  %150 = zext i1 %149 to i32, !dbg !247
  %151 = add nuw nsw i32 %141, %150, !dbg !247
  call void @llvm.dbg.value(metadata i32 %151, metadata !41, metadata !DIExpression()), !dbg !65
  %152 = add nuw nsw i64 %140, 1, !dbg !248
  call void @llvm.dbg.value(metadata i64 %152, metadata !42, metadata !DIExpression()), !dbg !240
  %153 = icmp eq i64 %152, 300, !dbg !249
  br i1 %153, label %118, label %139, !dbg !250, !llvm.loop !251
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.declare(metadata, metadata, metadata) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare !dbg !253 noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #4

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #5

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="64" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { nounwind }

!llvm.dbg.cu = !{!7}
!llvm.module.flags = !{!46, !47, !48, !49, !50, !51}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "centres", scope: !2, file: !3, line: 47, type: !44, isLocal: true, isDefinition: true)
!2 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 46, type: !4, scopeLine: 46, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !29)
!3 = !DIFile(filename: "c/kmeans.c", directory: ".", checksumkind: CSK_MD5, checksum: "7b7b5ab4b7eccfe45d53cfa07468f5ca")
!4 = !DISubroutineType(types: !5)
!5 = !{!6}
!6 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!7 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !8, globals: !10, splitDebugInlining: false, nameTableKind: None)
!8 = !{!9}
!9 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!10 = !{!0, !11, !17, !26}
!11 = !DIGlobalVariableExpression(var: !12, expr: !DIExpression())
!12 = distinct !DIGlobalVariable(scope: null, file: !3, line: 62, type: !13, isLocal: true, isDefinition: true)
!13 = !DICompositeType(tag: DW_TAG_array_type, baseType: !14, size: 568, elements: !15)
!14 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!15 = !{!16}
!16 = !DISubrange(count: 71)
!17 = !DIGlobalVariableExpression(var: !18, expr: !DIExpression())
!18 = distinct !DIGlobalVariable(name: "points", scope: !7, file: !3, line: 11, type: !19, isLocal: true, isDefinition: true)
!19 = !DICompositeType(tag: DW_TAG_array_type, baseType: !20, size: 19200, elements: !24)
!20 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "point", file: !3, line: 9, size: 64, elements: !21)
!21 = !{!22, !23}
!22 = !DIDerivedType(tag: DW_TAG_member, name: "x", scope: !20, file: !3, line: 9, baseType: !9, size: 32)
!23 = !DIDerivedType(tag: DW_TAG_member, name: "y", scope: !20, file: !3, line: 9, baseType: !9, size: 32, offset: 32)
!24 = !{!25}
!25 = !DISubrange(count: 300)
!26 = !DIGlobalVariableExpression(var: !27, expr: !DIExpression())
!27 = distinct !DIGlobalVariable(name: "label", scope: !7, file: !3, line: 12, type: !28, isLocal: true, isDefinition: true)
!28 = !DICompositeType(tag: DW_TAG_array_type, baseType: !6, size: 9600, elements: !24)
!29 = !{!30, !32, !35, !36, !40, !41, !42}
!30 = !DILocalVariable(name: "i", scope: !31, file: !3, line: 48, type: !6)
!31 = distinct !DILexicalBlock(scope: !2, file: !3, line: 48, column: 5)
!32 = !DILocalVariable(name: "jx", scope: !33, file: !3, line: 49, type: !9)
!33 = distinct !DILexicalBlock(scope: !34, file: !3, line: 48, column: 39)
!34 = distinct !DILexicalBlock(scope: !31, file: !3, line: 48, column: 5)
!35 = !DILocalVariable(name: "jy", scope: !33, file: !3, line: 49, type: !9)
!36 = !DILocalVariable(name: "c", scope: !2, file: !3, line: 53, type: !37)
!37 = !DICompositeType(tag: DW_TAG_array_type, baseType: !20, size: 192, elements: !38)
!38 = !{!39}
!39 = !DISubrange(count: 3)
!40 = !DILocalVariable(name: "rounds", scope: !2, file: !3, line: 54, type: !6)
!41 = !DILocalVariable(name: "wrong", scope: !2, file: !3, line: 59, type: !6)
!42 = !DILocalVariable(name: "i", scope: !43, file: !3, line: 60, type: !6)
!43 = distinct !DILexicalBlock(scope: !2, file: !3, line: 60, column: 5)
!44 = !DICompositeType(tag: DW_TAG_array_type, baseType: !45, size: 192, elements: !38)
!45 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !20)
!46 = !{i32 7, !"Dwarf Version", i32 5}
!47 = !{i32 2, !"Debug Info Version", i32 3}
!48 = !{i32 1, !"wchar_size", i32 4}
!49 = !{i32 8, !"PIC Level", i32 2}
!50 = !{i32 7, !"PIE Level", i32 2}
!51 = !{i32 7, !"uwtable", i32 2}
!52 = !DILocation(line: 0, scope: !31)
!53 = !DILocation(line: 51, column: 18, scope: !33)
!54 = !{!55, !55, i64 0}
!55 = !{!"int", !56, i64 0}
!56 = !{!"omnipotent char", !57, i64 0}
!57 = !{!"Simple C/C++ TBAA"}
!58 = !DILocation(line: 48, column: 5, scope: !31)
!59 = !DILocation(line: 53, column: 5, scope: !2)
!60 = !DILocation(line: 53, column: 18, scope: !2)
!61 = !DILocation(line: 53, column: 26, scope: !2)
!62 = !DILocation(line: 53, column: 25, scope: !2)
!63 = !DILocation(line: 53, column: 37, scope: !2)
!64 = !DILocation(line: 53, column: 48, scope: !2)
!65 = !DILocation(line: 0, scope: !2)
!66 = !DILocation(line: 55, column: 5, scope: !2)
!67 = !DILocation(line: 49, column: 37, scope: !33)
!68 = !DILocation(line: 49, column: 20, scope: !33)
!69 = !DILocation(line: 49, column: 44, scope: !33)
!70 = !DILocation(line: 49, column: 52, scope: !33)
!71 = !DILocation(line: 0, scope: !33)
!72 = !DILocation(line: 49, column: 82, scope: !33)
!73 = !DILocation(line: 49, column: 65, scope: !33)
!74 = !DILocation(line: 49, column: 89, scope: !33)
!75 = !DILocation(line: 49, column: 97, scope: !33)
!76 = !DILocation(line: 50, column: 9, scope: !33)
!77 = !DILocation(line: 50, column: 46, scope: !33)
!78 = !DILocation(line: 50, column: 36, scope: !33)
!79 = !DILocation(line: 50, column: 51, scope: !33)
!80 = !{!81, !82, i64 0}
!81 = !{!"point", !82, i64 0, !82, i64 4}
!82 = !{!"float", !56, i64 0}
!83 = !DILocation(line: 50, column: 53, scope: !33)
!84 = !DILocation(line: 50, column: 74, scope: !33)
!85 = !{!81, !82, i64 4}
!86 = !DILocation(line: 50, column: 76, scope: !33)
!87 = !DILocation(line: 50, column: 21, scope: !33)
!88 = !{i64 0, i64 4, !89, i64 4, i64 4, !89}
!89 = !{!82, !82, i64 0}
!90 = !{i64 0, i64 4, !89}
!91 = !DILocation(line: 48, column: 35, scope: !34)
!92 = !DILocation(line: 48, column: 23, scope: !34)
!93 = distinct !{!93, !58, !94, !95, !96}
!94 = !DILocation(line: 52, column: 5, scope: !31)
!95 = !{!"llvm.loop.mustprogress"}
!96 = !{!"llvm.loop.unroll.disable"}
!97 = !DILocalVariable(name: "c", arg: 1, scope: !98, file: !3, line: 20, type: !101)
!98 = distinct !DISubprogram(name: "assign", scope: !3, file: !3, line: 20, type: !99, scopeLine: 20, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !102)
!99 = !DISubroutineType(types: !100)
!100 = !{!6, !101}
!101 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !45, size: 64)
!102 = !{!97, !103, !104, !106, !109, !110, !112}
!103 = !DILocalVariable(name: "changed", scope: !98, file: !3, line: 21, type: !6)
!104 = !DILocalVariable(name: "i", scope: !105, file: !3, line: 22, type: !6)
!105 = distinct !DILexicalBlock(scope: !98, file: !3, line: 22, column: 5)
!106 = !DILocalVariable(name: "best", scope: !107, file: !3, line: 23, type: !6)
!107 = distinct !DILexicalBlock(scope: !108, file: !3, line: 22, column: 39)
!108 = distinct !DILexicalBlock(scope: !105, file: !3, line: 22, column: 5)
!109 = !DILocalVariable(name: "bestd", scope: !107, file: !3, line: 24, type: !9)
!110 = !DILocalVariable(name: "k", scope: !111, file: !3, line: 25, type: !6)
!111 = distinct !DILexicalBlock(scope: !107, file: !3, line: 25, column: 9)
!112 = !DILocalVariable(name: "d", scope: !113, file: !3, line: 26, type: !9)
!113 = distinct !DILexicalBlock(scope: !114, file: !3, line: 25, column: 37)
!114 = distinct !DILexicalBlock(scope: !111, file: !3, line: 25, column: 9)
!115 = !DILocation(line: 0, scope: !98, inlinedAt: !116)
!116 = distinct !DILocation(line: 55, column: 12, scope: !2)
!117 = !DILocation(line: 0, scope: !105, inlinedAt: !116)
!118 = !DILocation(line: 22, column: 5, scope: !105, inlinedAt: !116)
!119 = !DILocation(line: 0, scope: !111, inlinedAt: !116)
!120 = !DILocation(line: 0, scope: !107, inlinedAt: !116)
!121 = !DILocation(line: 25, column: 9, scope: !111, inlinedAt: !116)
!122 = !DILocation(line: 29, column: 13, scope: !123, inlinedAt: !116)
!123 = distinct !DILexicalBlock(scope: !107, file: !3, line: 29, column: 13)
!124 = !DILocation(line: 29, column: 22, scope: !123, inlinedAt: !116)
!125 = !DILocation(line: 29, column: 13, scope: !107, inlinedAt: !116)
!126 = !DILocation(line: 26, column: 40, scope: !113, inlinedAt: !116)
!127 = !DILocation(line: 26, column: 23, scope: !113, inlinedAt: !116)
!128 = !DILocalVariable(name: "a", arg: 1, scope: !129, file: !3, line: 14, type: !20)
!129 = distinct !DISubprogram(name: "dist2", scope: !3, file: !3, line: 14, type: !130, scopeLine: 14, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !132)
!130 = !DISubroutineType(types: !131)
!131 = !{!9, !20, !20}
!132 = !{!128, !133, !134, !135}
!133 = !DILocalVariable(name: "b", arg: 2, scope: !129, file: !3, line: 14, type: !20)
!134 = !DILocalVariable(name: "dx", scope: !129, file: !3, line: 15, type: !9)
!135 = !DILocalVariable(name: "dy", scope: !129, file: !3, line: 15, type: !9)
!136 = !DILocation(line: 0, scope: !129, inlinedAt: !137)
!137 = distinct !DILocation(line: 26, column: 23, scope: !113, inlinedAt: !116)
!138 = !DILocation(line: 15, column: 20, scope: !129, inlinedAt: !137)
!139 = !DILocation(line: 15, column: 36, scope: !129, inlinedAt: !137)
!140 = !DILocation(line: 16, column: 25, scope: !129, inlinedAt: !137)
!141 = !DILocation(line: 16, column: 20, scope: !129, inlinedAt: !137)
!142 = !DILocation(line: 0, scope: !113, inlinedAt: !116)
!143 = !DILocation(line: 27, column: 19, scope: !144, inlinedAt: !116)
!144 = distinct !DILexicalBlock(scope: !113, file: !3, line: 27, column: 17)
!145 = !DILocation(line: 27, column: 17, scope: !113, inlinedAt: !116)
!146 = !DILocation(line: 25, column: 33, scope: !114, inlinedAt: !116)
!147 = !DILocation(line: 25, column: 27, scope: !114, inlinedAt: !116)
!148 = distinct !{!148, !121, !149, !95, !96}
!149 = !DILocation(line: 28, column: 9, scope: !111, inlinedAt: !116)
!150 = !DILocation(line: 29, column: 42, scope: !151, inlinedAt: !116)
!151 = distinct !DILexicalBlock(scope: !123, file: !3, line: 29, column: 31)
!152 = !DILocation(line: 29, column: 57, scope: !151, inlinedAt: !116)
!153 = !DILocation(line: 29, column: 61, scope: !151, inlinedAt: !116)
!154 = !DILocation(line: 22, column: 35, scope: !108, inlinedAt: !116)
!155 = !DILocation(line: 22, column: 23, scope: !108, inlinedAt: !116)
!156 = distinct !{!156, !118, !157, !95, !96}
!157 = !DILocation(line: 30, column: 5, scope: !105, inlinedAt: !116)
!158 = !DILocation(line: 55, column: 22, scope: !2)
!159 = !DILocation(line: 55, column: 26, scope: !2)
!160 = !DILocalVariable(name: "c", arg: 1, scope: !161, file: !3, line: 34, type: !164)
!161 = distinct !DISubprogram(name: "update", scope: !3, file: !3, line: 34, type: !162, scopeLine: 34, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !165)
!162 = !DISubroutineType(types: !163)
!163 = !{null, !164}
!164 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !20, size: 64)
!165 = !{!160, !166, !168, !169, !171, !173}
!166 = !DILocalVariable(name: "sx", scope: !161, file: !3, line: 35, type: !167)
!167 = !DICompositeType(tag: DW_TAG_array_type, baseType: !9, size: 96, elements: !38)
!168 = !DILocalVariable(name: "sy", scope: !161, file: !3, line: 35, type: !167)
!169 = !DILocalVariable(name: "count", scope: !161, file: !3, line: 36, type: !170)
!170 = !DICompositeType(tag: DW_TAG_array_type, baseType: !6, size: 96, elements: !38)
!171 = !DILocalVariable(name: "i", scope: !172, file: !3, line: 37, type: !6)
!172 = distinct !DILexicalBlock(scope: !161, file: !3, line: 37, column: 5)
!173 = !DILocalVariable(name: "k", scope: !174, file: !3, line: 42, type: !6)
!174 = distinct !DILexicalBlock(scope: !161, file: !3, line: 42, column: 5)
!175 = !DILocation(line: 0, scope: !161, inlinedAt: !176)
!176 = distinct !DILocation(line: 56, column: 9, scope: !177)
!177 = distinct !DILexicalBlock(scope: !2, file: !3, line: 55, column: 43)
!178 = !DILocation(line: 35, column: 5, scope: !161, inlinedAt: !176)
!179 = !DILocation(line: 35, column: 11, scope: !161, inlinedAt: !176)
!180 = !DILocation(line: 35, column: 24, scope: !161, inlinedAt: !176)
!181 = !DILocation(line: 36, column: 5, scope: !161, inlinedAt: !176)
!182 = !DILocation(line: 36, column: 9, scope: !161, inlinedAt: !176)
!183 = !DILocation(line: 0, scope: !172, inlinedAt: !176)
!184 = !DILocation(line: 37, column: 5, scope: !172, inlinedAt: !176)
!185 = !DILocation(line: 38, column: 25, scope: !186, inlinedAt: !176)
!186 = distinct !DILexicalBlock(scope: !187, file: !3, line: 37, column: 39)
!187 = distinct !DILexicalBlock(scope: !172, file: !3, line: 37, column: 5)
!188 = !DILocation(line: 38, column: 35, scope: !186, inlinedAt: !176)
!189 = !DILocation(line: 38, column: 12, scope: !186, inlinedAt: !176)
!190 = !DILocation(line: 38, column: 9, scope: !186, inlinedAt: !176)
!191 = !DILocation(line: 38, column: 22, scope: !186, inlinedAt: !176)
!192 = !DILocation(line: 39, column: 35, scope: !186, inlinedAt: !176)
!193 = !DILocation(line: 39, column: 9, scope: !186, inlinedAt: !176)
!194 = !DILocation(line: 39, column: 22, scope: !186, inlinedAt: !176)
!195 = !DILocation(line: 40, column: 9, scope: !186, inlinedAt: !176)
!196 = !DILocation(line: 40, column: 24, scope: !186, inlinedAt: !176)
!197 = !DILocation(line: 37, column: 35, scope: !187, inlinedAt: !176)
!198 = !DILocation(line: 37, column: 23, scope: !187, inlinedAt: !176)
!199 = distinct !{!199, !184, !200, !95, !96}
!200 = !DILocation(line: 41, column: 5, scope: !172, inlinedAt: !176)
!201 = !DILocation(line: 0, scope: !174, inlinedAt: !176)
!202 = !DILocation(line: 43, column: 13, scope: !203, inlinedAt: !176)
!203 = distinct !DILexicalBlock(scope: !204, file: !3, line: 43, column: 13)
!204 = distinct !DILexicalBlock(scope: !174, file: !3, line: 42, column: 5)
!205 = !DILocation(line: 43, column: 22, scope: !203, inlinedAt: !176)
!206 = !DILocation(line: 43, column: 13, scope: !204, inlinedAt: !176)
!207 = !DILocation(line: 43, column: 27, scope: !203, inlinedAt: !176)
!208 = !DILocation(line: 43, column: 49, scope: !203, inlinedAt: !176)
!209 = !DILocation(line: 43, column: 57, scope: !203, inlinedAt: !176)
!210 = !DILocation(line: 43, column: 55, scope: !203, inlinedAt: !176)
!211 = !DILocation(line: 43, column: 67, scope: !203, inlinedAt: !176)
!212 = !DILocation(line: 43, column: 73, scope: !203, inlinedAt: !176)
!213 = !DILocation(line: 43, column: 34, scope: !203, inlinedAt: !176)
!214 = !DILocation(line: 42, column: 29, scope: !204, inlinedAt: !176)
!215 = !DILocation(line: 42, column: 23, scope: !204, inlinedAt: !176)
!216 = !DILocation(line: 42, column: 5, scope: !174, inlinedAt: !176)
!217 = distinct !{!217, !216, !218, !95, !96}
!218 = !DILocation(line: 43, column: 83, scope: !174, inlinedAt: !176)
!219 = !DILocation(line: 44, column: 1, scope: !161, inlinedAt: !176)
!220 = !DILocation(line: 57, column: 15, scope: !177)
!221 = distinct !{!221, !66, !222, !95, !96}
!222 = !DILocation(line: 58, column: 5, scope: !2)
!223 = !DILocation(line: 63, column: 25, scope: !2)
!224 = !DILocation(line: 63, column: 20, scope: !2)
!225 = !DILocation(line: 63, column: 33, scope: !2)
!226 = !DILocation(line: 63, column: 28, scope: !2)
!227 = !DILocation(line: 63, column: 36, scope: !2)
!228 = !DILocation(line: 63, column: 41, scope: !2)
!229 = !DILocation(line: 63, column: 49, scope: !2)
!230 = !DILocation(line: 63, column: 44, scope: !2)
!231 = !DILocation(line: 63, column: 52, scope: !2)
!232 = !DILocation(line: 63, column: 57, scope: !2)
!233 = !DILocation(line: 63, column: 65, scope: !2)
!234 = !DILocation(line: 63, column: 60, scope: !2)
!235 = !DILocation(line: 62, column: 5, scope: !2)
!236 = !DILocation(line: 64, column: 18, scope: !2)
!237 = !DILocation(line: 64, column: 12, scope: !2)
!238 = !DILocation(line: 65, column: 1, scope: !2)
!239 = !DILocation(line: 64, column: 5, scope: !2)
!240 = !DILocation(line: 0, scope: !43)
!241 = !DILocation(line: 61, column: 13, scope: !242)
!242 = distinct !DILexicalBlock(scope: !243, file: !3, line: 61, column: 13)
!243 = distinct !DILexicalBlock(scope: !43, file: !3, line: 60, column: 5)
!244 = !DILocation(line: 61, column: 33, scope: !242)
!245 = !DILocation(line: 61, column: 25, scope: !242)
!246 = !DILocation(line: 61, column: 22, scope: !242)
!247 = !DILocation(line: 61, column: 13, scope: !243)
!248 = !DILocation(line: 60, column: 35, scope: !243)
!249 = !DILocation(line: 60, column: 23, scope: !243)
!250 = !DILocation(line: 60, column: 5, scope: !43)
!251 = distinct !{!251, !250, !252, !95, !96}
!252 = !DILocation(line: 61, column: 44, scope: !43)
!253 = !DISubprogram(name: "printf", scope: !254, file: !254, line: 356, type: !255, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !260)
!254 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!255 = !DISubroutineType(types: !256)
!256 = !{!6, !257, null}
!257 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !258)
!258 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !259, size: 64)
!259 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !14)
!260 = !{}
