; ModuleID = 'c/edit_distance.c'
source_filename = "c/edit_distance.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.anon = type { ptr, ptr, i32, i32 }

@main.cases = internal unnamed_addr constant [5 x %struct.anon] [%struct.anon { ptr @.str, ptr @.str.1, i32 3, i32 4 }, %struct.anon { ptr @.str.2, ptr @.str.3, i32 2, i32 3 }, %struct.anon { ptr @.str.4, ptr @.str.5, i32 3, i32 0 }, %struct.anon { ptr @.str.6, ptr @.str.7, i32 5, i32 5 }, %struct.anon { ptr @.str.8, ptr @.str.8, i32 0, i32 4 }], align 16, !dbg !0
@.str = private unnamed_addr constant [7 x i8] c"kitten\00", align 1, !dbg !13
@.str.1 = private unnamed_addr constant [8 x i8] c"sitting\00", align 1, !dbg !19
@.str.2 = private unnamed_addr constant [5 x i8] c"flaw\00", align 1, !dbg !24
@.str.3 = private unnamed_addr constant [5 x i8] c"lawn\00", align 1, !dbg !29
@.str.4 = private unnamed_addr constant [1 x i8] zeroinitializer, align 1, !dbg !31
@.str.5 = private unnamed_addr constant [4 x i8] c"abc\00", align 1, !dbg !36
@.str.6 = private unnamed_addr constant [10 x i8] c"intention\00", align 1, !dbg !41
@.str.7 = private unnamed_addr constant [10 x i8] c"execution\00", align 1, !dbg !46
@.str.8 = private unnamed_addr constant [5 x i8] c"same\00", align 1, !dbg !48
@.str.9 = private unnamed_addr constant [44 x i8] c"edit_distance %s -> %s: distance=%d lcs=%d\0A\00", align 1, !dbg !50
@lcs_length.t = internal unnamed_addr global [128 x [128 x i32]] zeroinitializer, align 16, !dbg !55

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 !dbg !2 {
  %1 = alloca [128 x i32], align 16
  %2 = alloca [128 x i32], align 16
  call void @llvm.dbg.value(metadata i32 0, metadata !76, metadata !DIExpression()), !dbg !98
  call void @llvm.dbg.value(metadata i32 0, metadata !77, metadata !DIExpression()), !dbg !99
  br label %6, !dbg !100

3:                                                ; preds = %140
  %4 = icmp ne i32 %141, 0, !dbg !101
  %5 = zext i1 %4 to i32, !dbg !102
  ret i32 %5, !dbg !103

6:                                                ; preds = %0, %140
  %7 = phi i64 [ 0, %0 ], [ %142, %140 ]
  %8 = phi i32 [ 0, %0 ], [ %141, %140 ]
  call void @llvm.dbg.value(metadata i32 %8, metadata !76, metadata !DIExpression()), !dbg !98
  call void @llvm.dbg.value(metadata i64 %7, metadata !77, metadata !DIExpression()), !dbg !99
  %9 = getelementptr inbounds [5 x %struct.anon], ptr @main.cases, i64 0, i64 %7, !dbg !104
  %10 = load ptr, ptr %9, align 8, !dbg !105, !tbaa !106
  %11 = getelementptr inbounds [5 x %struct.anon], ptr @main.cases, i64 0, i64 %7, i32 1, !dbg !112
  %12 = load ptr, ptr %11, align 8, !dbg !112, !tbaa !113
  call void @llvm.dbg.value(metadata ptr %10, metadata !114, metadata !DIExpression()), !dbg !132
  call void @llvm.dbg.value(metadata ptr %12, metadata !117, metadata !DIExpression()), !dbg !132
  %13 = tail call i64 @strlen(ptr noundef nonnull dereferenceable(1) %10) #7, !dbg !134
  %14 = trunc i64 %13 to i32, !dbg !135
  call void @llvm.dbg.value(metadata i32 %14, metadata !118, metadata !DIExpression()), !dbg !132
  %15 = tail call i64 @strlen(ptr noundef nonnull dereferenceable(1) %12) #7, !dbg !136
  %16 = trunc i64 %15 to i32, !dbg !137
  call void @llvm.dbg.value(metadata i32 %16, metadata !119, metadata !DIExpression()), !dbg !132
  call void @llvm.lifetime.start.p0(i64 512, ptr nonnull %1) #8, !dbg !138
  call void @llvm.dbg.declare(metadata ptr %1, metadata !120, metadata !DIExpression()), !dbg !139
  call void @llvm.lifetime.start.p0(i64 512, ptr nonnull %2) #8, !dbg !138
  call void @llvm.dbg.declare(metadata ptr %2, metadata !123, metadata !DIExpression()), !dbg !140
  %17 = icmp sgt i32 %16, 127, !dbg !141
  br i1 %17, label %75, label %18, !dbg !143

18:                                               ; preds = %6
  call void @llvm.dbg.value(metadata i32 0, metadata !124, metadata !DIExpression()), !dbg !144
  %19 = icmp slt i32 %16, 0, !dbg !145
  br i1 %19, label %23, label %20, !dbg !147

20:                                               ; preds = %18
  %21 = add i64 %15, 1, !dbg !147
  %22 = and i64 %21, 4294967295, !dbg !145
  br label %34, !dbg !147

23:                                               ; preds = %34, %18
  call void @llvm.dbg.value(metadata i32 1, metadata !126, metadata !DIExpression()), !dbg !148
  %24 = icmp slt i32 %14, 1, !dbg !149
  br i1 %24, label %40, label %25, !dbg !150

25:                                               ; preds = %23
  %26 = icmp slt i32 %16, 1
  %27 = shl i64 %15, 32
  %28 = add i64 %27, 4294967296
  %29 = ashr exact i64 %28, 30
  %30 = add i64 %15, 1, !dbg !150
  %31 = add i64 %13, 1, !dbg !150
  %32 = and i64 %31, 4294967295, !dbg !149
  %33 = and i64 %30, 4294967295
  br label %45, !dbg !150

34:                                               ; preds = %34, %20
  %35 = phi i64 [ 0, %20 ], [ %38, %34 ]
  call void @llvm.dbg.value(metadata i64 %35, metadata !124, metadata !DIExpression()), !dbg !144
  %36 = getelementptr inbounds [128 x i32], ptr %1, i64 0, i64 %35, !dbg !151
  %37 = trunc i64 %35 to i32, !dbg !152
  store i32 %37, ptr %36, align 4, !dbg !152, !tbaa !153
  %38 = add nuw nsw i64 %35, 1, !dbg !154
  call void @llvm.dbg.value(metadata i64 %38, metadata !124, metadata !DIExpression()), !dbg !144
  %39 = icmp eq i64 %38, %22, !dbg !145
  br i1 %39, label %23, label %34, !dbg !147, !llvm.loop !155

40:                                               ; preds = %52, %23
  %41 = shl i64 %15, 32, !dbg !159
  %42 = ashr exact i64 %41, 32, !dbg !159
  %43 = getelementptr inbounds [128 x i32], ptr %1, i64 0, i64 %42, !dbg !159
  %44 = load i32, ptr %43, align 4, !dbg !159, !tbaa !153
  br label %75, !dbg !160

45:                                               ; preds = %52, %25
  %46 = phi i64 [ 1, %25 ], [ %53, %52 ]
  call void @llvm.dbg.value(metadata i64 %46, metadata !126, metadata !DIExpression()), !dbg !148
  %47 = trunc i64 %46 to i32, !dbg !161
  store i32 %47, ptr %2, align 16, !dbg !161, !tbaa !153
  call void @llvm.dbg.value(metadata i32 1, metadata !128, metadata !DIExpression()), !dbg !162
  br i1 %26, label %52, label %48, !dbg !163

48:                                               ; preds = %45
  %49 = add nsw i64 %46, -1
  %50 = getelementptr inbounds i8, ptr %10, i64 %49
  %51 = load i8, ptr %50, align 1, !tbaa !164
  br label %55, !dbg !163

52:                                               ; preds = %55, %45
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 16 %1, ptr nonnull align 16 %2, i64 %29, i1 false), !dbg !165
  %53 = add nuw nsw i64 %46, 1, !dbg !166
  call void @llvm.dbg.value(metadata i64 %53, metadata !126, metadata !DIExpression()), !dbg !148
  %54 = icmp eq i64 %53, %32, !dbg !149
  br i1 %54, label %40, label %45, !dbg !150, !llvm.loop !167

55:                                               ; preds = %55, %48
  %56 = phi i32 [ %47, %48 ], [ %71, %55 ]
  %57 = phi i64 [ 1, %48 ], [ %73, %55 ]
  call void @llvm.dbg.value(metadata i64 %57, metadata !128, metadata !DIExpression()), !dbg !162
  %58 = getelementptr inbounds [128 x i32], ptr %1, i64 0, i64 %57, !dbg !169
  %59 = load i32, ptr %58, align 4, !dbg !169, !tbaa !153
  %60 = add nsw i32 %59, 1, !dbg !171
  %61 = add nsw i64 %57, -1, !dbg !172
  %62 = add nsw i32 %56, 1, !dbg !173
  %63 = getelementptr inbounds [128 x i32], ptr %1, i64 0, i64 %61, !dbg !174
  %64 = load i32, ptr %63, align 4, !dbg !174, !tbaa !153
  %65 = getelementptr inbounds i8, ptr %12, i64 %61, !dbg !175
  %66 = load i8, ptr %65, align 1, !dbg !175, !tbaa !164
  %67 = icmp ne i8 %51, %66, !dbg !176
  %68 = zext i1 %67 to i32, !dbg !176
  %69 = add nsw i32 %64, %68, !dbg !177
  call void @llvm.dbg.value(metadata i32 %60, metadata !178, metadata !DIExpression()), !dbg !186
  call void @llvm.dbg.value(metadata i32 %62, metadata !183, metadata !DIExpression()), !dbg !186
  call void @llvm.dbg.value(metadata i32 %69, metadata !184, metadata !DIExpression()), !dbg !186
  %70 = tail call i32 @llvm.smin.i32(i32 %60, i32 %62), !dbg !188
  call void @llvm.dbg.value(metadata i32 %70, metadata !185, metadata !DIExpression()), !dbg !186
  %71 = tail call i32 @llvm.smin.i32(i32 %70, i32 %69), !dbg !189
  %72 = getelementptr inbounds [128 x i32], ptr %2, i64 0, i64 %57, !dbg !190
  store i32 %71, ptr %72, align 4, !dbg !191, !tbaa !153
  %73 = add nuw nsw i64 %57, 1, !dbg !192
  call void @llvm.dbg.value(metadata i64 %73, metadata !128, metadata !DIExpression()), !dbg !162
  %74 = icmp eq i64 %73, %33, !dbg !193
  br i1 %74, label %52, label %55, !dbg !163, !llvm.loop !194

75:                                               ; preds = %6, %40
  %76 = phi i32 [ %44, %40 ], [ -1, %6 ], !dbg !132
  call void @llvm.lifetime.end.p0(i64 512, ptr nonnull %2) #8, !dbg !196
  call void @llvm.lifetime.end.p0(i64 512, ptr nonnull %1) #8, !dbg !196
  call void @llvm.dbg.value(metadata i32 %76, metadata !80, metadata !DIExpression()), !dbg !197
  call void @llvm.dbg.value(metadata ptr %10, metadata !63, metadata !DIExpression()), !dbg !198
  call void @llvm.dbg.value(metadata ptr %12, metadata !64, metadata !DIExpression()), !dbg !198
  call void @llvm.dbg.value(metadata i32 %14, metadata !65, metadata !DIExpression()), !dbg !198
  call void @llvm.dbg.value(metadata i32 %16, metadata !66, metadata !DIExpression()), !dbg !198
  %77 = icmp sgt i32 %14, 127, !dbg !200
  %78 = or i1 %77, %17, !dbg !202
  br i1 %78, label %128, label %79, !dbg !202

79:                                               ; preds = %75
  call void @llvm.dbg.value(metadata i32 0, metadata !67, metadata !DIExpression()), !dbg !203
  %80 = icmp slt i32 %14, 0, !dbg !204
  br i1 %80, label %93, label %81, !dbg !205

81:                                               ; preds = %79
  %82 = icmp slt i32 %16, 0
  %83 = add i64 %15, 1, !dbg !205
  %84 = add i64 %13, 1, !dbg !205
  %85 = and i64 %84, 4294967295, !dbg !204
  %86 = and i64 %83, 4294967295
  br label %87, !dbg !205

87:                                               ; preds = %100, %81
  %88 = phi i64 [ 0, %81 ], [ %101, %100 ]
  call void @llvm.dbg.value(metadata i64 %88, metadata !67, metadata !DIExpression()), !dbg !203
  call void @llvm.dbg.value(metadata i32 0, metadata !69, metadata !DIExpression()), !dbg !206
  br i1 %82, label %100, label %89, !dbg !207

89:                                               ; preds = %87
  %90 = icmp eq i64 %88, 0
  %91 = add nsw i64 %88, -1
  %92 = getelementptr inbounds i8, ptr %10, i64 %91
  br label %103, !dbg !207

93:                                               ; preds = %100, %79
  %94 = shl i64 %13, 32, !dbg !208
  %95 = ashr exact i64 %94, 32, !dbg !208
  %96 = shl i64 %15, 32, !dbg !208
  %97 = ashr exact i64 %96, 32, !dbg !208
  %98 = getelementptr inbounds [128 x [128 x i32]], ptr @lcs_length.t, i64 0, i64 %95, i64 %97, !dbg !208
  %99 = load i32, ptr %98, align 4, !dbg !208, !tbaa !153
  br label %128, !dbg !209

100:                                              ; preds = %123, %87
  %101 = add nuw nsw i64 %88, 1, !dbg !210
  call void @llvm.dbg.value(metadata i64 %101, metadata !67, metadata !DIExpression()), !dbg !203
  %102 = icmp eq i64 %101, %85, !dbg !204
  br i1 %102, label %93, label %87, !dbg !205, !llvm.loop !211

103:                                              ; preds = %123, %89
  %104 = phi i64 [ 0, %89 ], [ %126, %123 ]
  call void @llvm.dbg.value(metadata i64 %104, metadata !69, metadata !DIExpression()), !dbg !206
  %105 = icmp eq i64 %104, 0
  %106 = select i1 %90, i1 true, i1 %105, !dbg !213
  br i1 %106, label %123, label %107, !dbg !213

107:                                              ; preds = %103
  %108 = load i8, ptr %92, align 1, !dbg !217, !tbaa !164
  %109 = add nsw i64 %104, -1, !dbg !219
  %110 = getelementptr inbounds i8, ptr %12, i64 %109, !dbg !220
  %111 = load i8, ptr %110, align 1, !dbg !220, !tbaa !164
  %112 = icmp eq i8 %108, %111, !dbg !221
  br i1 %112, label %113, label %117, !dbg !222

113:                                              ; preds = %107
  %114 = getelementptr inbounds [128 x [128 x i32]], ptr @lcs_length.t, i64 0, i64 %91, i64 %109, !dbg !223
  %115 = load i32, ptr %114, align 4, !dbg !223, !tbaa !153
  %116 = add nsw i32 %115, 1, !dbg !224
  br label %123, !dbg !225

117:                                              ; preds = %107
  %118 = getelementptr inbounds [128 x [128 x i32]], ptr @lcs_length.t, i64 0, i64 %91, i64 %104, !dbg !226
  %119 = load i32, ptr %118, align 4, !dbg !226, !tbaa !153
  %120 = getelementptr inbounds [128 x [128 x i32]], ptr @lcs_length.t, i64 0, i64 %88, i64 %109, !dbg !227
  %121 = load i32, ptr %120, align 4, !dbg !227, !tbaa !153
  %122 = tail call i32 @llvm.smax.i32(i32 %119, i32 %121), !dbg !226
  br label %123

123:                                              ; preds = %103, %117, %113
  %124 = phi i32 [ %122, %117 ], [ %116, %113 ], [ 0, %103 ]
  %125 = getelementptr inbounds [128 x [128 x i32]], ptr @lcs_length.t, i64 0, i64 %88, i64 %104, !dbg !228
  store i32 %124, ptr %125, align 4, !dbg !228, !tbaa !153
  %126 = add nuw nsw i64 %104, 1, !dbg !229
  call void @llvm.dbg.value(metadata i64 %126, metadata !69, metadata !DIExpression()), !dbg !206
  %127 = icmp eq i64 %126, %86, !dbg !230
  br i1 %127, label %100, label %103, !dbg !207, !llvm.loop !231

128:                                              ; preds = %75, %93
  %129 = phi i32 [ %99, %93 ], [ -1, %75 ], !dbg !198
  call void @llvm.dbg.value(metadata i32 %129, metadata !83, metadata !DIExpression()), !dbg !197
  %130 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, ptr noundef %10, ptr noundef %12, i32 noundef %76, i32 noundef %129), !dbg !233
  %131 = getelementptr inbounds [5 x %struct.anon], ptr @main.cases, i64 0, i64 %7, i32 2, !dbg !234
  %132 = load i32, ptr %131, align 8, !dbg !234, !tbaa !236
  %133 = icmp eq i32 %76, %132, !dbg !237
  br i1 %133, label %134, label %138, !dbg !238

134:                                              ; preds = %128
  %135 = getelementptr inbounds [5 x %struct.anon], ptr @main.cases, i64 0, i64 %7, i32 3, !dbg !239
  %136 = load i32, ptr %135, align 4, !dbg !239, !tbaa !240
  %137 = icmp eq i32 %129, %136, !dbg !241
  br i1 %137, label %140, label %138, !dbg !242

138:                                              ; preds = %134, %128
  %139 = add nsw i32 %8, 1, !dbg !243
  call void @llvm.dbg.value(metadata i32 %139, metadata !76, metadata !DIExpression()), !dbg !98
  br label %140, !dbg !244

140:                                              ; preds = %138, %134
  %141 = phi i32 [ %139, %138 ], [ %8, %134 ], !dbg !98
  call void @llvm.dbg.value(metadata i32 %141, metadata !76, metadata !DIExpression()), !dbg !98
  %142 = add nuw nsw i64 %7, 1, !dbg !245
  call void @llvm.dbg.value(metadata i64 %142, metadata !77, metadata !DIExpression()), !dbg !99
  %143 = icmp eq i64 %142, 5, !dbg !246
  br i1 %143, label %3, label %6, !dbg !100, !llvm.loop !247
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.declare(metadata, metadata, metadata) #2

; Function Attrs: nofree nounwind
declare !dbg !249 noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare !dbg !255 i64 @strlen(ptr nocapture noundef) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #5

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #6

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #6

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #6

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nofree nounwind willreturn memory(argmem: read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #6 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #7 = { nounwind willreturn memory(read) }
attributes #8 = { nounwind }

!llvm.dbg.cu = !{!7}
!llvm.module.flags = !{!92, !93, !94, !95, !96, !97}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "cases", scope: !2, file: !3, line: 38, type: !84, isLocal: true, isDefinition: true)
!2 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 37, type: !4, scopeLine: 37, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !75)
!3 = !DIFile(filename: "c/edit_distance.c", directory: ".", checksumkind: CSK_MD5, checksum: "c300d6113b54bae8c4b9a122b2f74210")
!4 = !DISubroutineType(types: !5)
!5 = !{!6}
!6 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!7 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !8, globals: !12, splitDebugInlining: false, nameTableKind: None)
!8 = !{!6, !9}
!9 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !10, line: 46, baseType: !11)
!10 = !DIFile(filename: "/usr/lib/llvm-16/lib/clang/16/include/stddef.h", directory: "", checksumkind: CSK_MD5, checksum: "f95079da609b0e8f201cb8136304bf3b")
!11 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!12 = !{!13, !19, !24, !29, !31, !36, !41, !46, !48, !0, !50, !55}
!13 = !DIGlobalVariableExpression(var: !14, expr: !DIExpression())
!14 = distinct !DIGlobalVariable(scope: null, file: !3, line: 39, type: !15, isLocal: true, isDefinition: true)
!15 = !DICompositeType(tag: DW_TAG_array_type, baseType: !16, size: 56, elements: !17)
!16 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!17 = !{!18}
!18 = !DISubrange(count: 7)
!19 = !DIGlobalVariableExpression(var: !20, expr: !DIExpression())
!20 = distinct !DIGlobalVariable(scope: null, file: !3, line: 39, type: !21, isLocal: true, isDefinition: true)
!21 = !DICompositeType(tag: DW_TAG_array_type, baseType: !16, size: 64, elements: !22)
!22 = !{!23}
!23 = !DISubrange(count: 8)
!24 = !DIGlobalVariableExpression(var: !25, expr: !DIExpression())
!25 = distinct !DIGlobalVariable(scope: null, file: !3, line: 39, type: !26, isLocal: true, isDefinition: true)
!26 = !DICompositeType(tag: DW_TAG_array_type, baseType: !16, size: 40, elements: !27)
!27 = !{!28}
!28 = !DISubrange(count: 5)
!29 = !DIGlobalVariableExpression(var: !30, expr: !DIExpression())
!30 = distinct !DIGlobalVariable(scope: null, file: !3, line: 39, type: !26, isLocal: true, isDefinition: true)
!31 = !DIGlobalVariableExpression(var: !32, expr: !DIExpression())
!32 = distinct !DIGlobalVariable(scope: null, file: !3, line: 39, type: !33, isLocal: true, isDefinition: true)
!33 = !DICompositeType(tag: DW_TAG_array_type, baseType: !16, size: 8, elements: !34)
!34 = !{!35}
!35 = !DISubrange(count: 1)
!36 = !DIGlobalVariableExpression(var: !37, expr: !DIExpression())
!37 = distinct !DIGlobalVariable(scope: null, file: !3, line: 39, type: !38, isLocal: true, isDefinition: true)
!38 = !DICompositeType(tag: DW_TAG_array_type, baseType: !16, size: 32, elements: !39)
!39 = !{!40}
!40 = !DISubrange(count: 4)
!41 = !DIGlobalVariableExpression(var: !42, expr: !DIExpression())
!42 = distinct !DIGlobalVariable(scope: null, file: !3, line: 40, type: !43, isLocal: true, isDefinition: true)
!43 = !DICompositeType(tag: DW_TAG_array_type, baseType: !16, size: 80, elements: !44)
!44 = !{!45}
!45 = !DISubrange(count: 10)
!46 = !DIGlobalVariableExpression(var: !47, expr: !DIExpression())
!47 = distinct !DIGlobalVariable(scope: null, file: !3, line: 40, type: !43, isLocal: true, isDefinition: true)
!48 = !DIGlobalVariableExpression(var: !49, expr: !DIExpression())
!49 = distinct !DIGlobalVariable(scope: null, file: !3, line: 40, type: !26, isLocal: true, isDefinition: true)
!50 = !DIGlobalVariableExpression(var: !51, expr: !DIExpression())
!51 = distinct !DIGlobalVariable(scope: null, file: !3, line: 44, type: !52, isLocal: true, isDefinition: true)
!52 = !DICompositeType(tag: DW_TAG_array_type, baseType: !16, size: 352, elements: !53)
!53 = !{!54}
!54 = !DISubrange(count: 44)
!55 = !DIGlobalVariableExpression(var: !56, expr: !DIExpression())
!56 = distinct !DIGlobalVariable(name: "t", scope: !57, file: !3, line: 26, type: !72, isLocal: true, isDefinition: true)
!57 = distinct !DISubprogram(name: "lcs_length", scope: !3, file: !3, line: 24, type: !58, scopeLine: 24, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !62)
!58 = !DISubroutineType(types: !59)
!59 = !{!6, !60, !60}
!60 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !61, size: 64)
!61 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !16)
!62 = !{!63, !64, !65, !66, !67, !69}
!63 = !DILocalVariable(name: "a", arg: 1, scope: !57, file: !3, line: 24, type: !60)
!64 = !DILocalVariable(name: "b", arg: 2, scope: !57, file: !3, line: 24, type: !60)
!65 = !DILocalVariable(name: "n", scope: !57, file: !3, line: 25, type: !6)
!66 = !DILocalVariable(name: "m", scope: !57, file: !3, line: 25, type: !6)
!67 = !DILocalVariable(name: "i", scope: !68, file: !3, line: 28, type: !6)
!68 = distinct !DILexicalBlock(scope: !57, file: !3, line: 28, column: 5)
!69 = !DILocalVariable(name: "j", scope: !70, file: !3, line: 29, type: !6)
!70 = distinct !DILexicalBlock(scope: !71, file: !3, line: 29, column: 9)
!71 = distinct !DILexicalBlock(scope: !68, file: !3, line: 28, column: 5)
!72 = !DICompositeType(tag: DW_TAG_array_type, baseType: !6, size: 524288, elements: !73)
!73 = !{!74, !74}
!74 = !DISubrange(count: 128)
!75 = !{!76, !77, !80, !83}
!76 = !DILocalVariable(name: "failures", scope: !2, file: !3, line: 41, type: !6)
!77 = !DILocalVariable(name: "i", scope: !78, file: !3, line: 42, type: !79)
!78 = distinct !DILexicalBlock(scope: !2, file: !3, line: 42, column: 5)
!79 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!80 = !DILocalVariable(name: "d", scope: !81, file: !3, line: 43, type: !6)
!81 = distinct !DILexicalBlock(scope: !82, file: !3, line: 42, column: 67)
!82 = distinct !DILexicalBlock(scope: !78, file: !3, line: 42, column: 5)
!83 = !DILocalVariable(name: "l", scope: !81, file: !3, line: 43, type: !6)
!84 = !DICompositeType(tag: DW_TAG_array_type, baseType: !85, size: 960, elements: !27)
!85 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !86)
!86 = distinct !DICompositeType(tag: DW_TAG_structure_type, scope: !2, file: !3, line: 38, size: 192, elements: !87)
!87 = !{!88, !89, !90, !91}
!88 = !DIDerivedType(tag: DW_TAG_member, name: "a", scope: !86, file: !3, line: 38, baseType: !60, size: 64)
!89 = !DIDerivedType(tag: DW_TAG_member, name: "b", scope: !86, file: !3, line: 38, baseType: !60, size: 64, offset: 64)
!90 = !DIDerivedType(tag: DW_TAG_member, name: "dist", scope: !86, file: !3, line: 38, baseType: !6, size: 32, offset: 128)
!91 = !DIDerivedType(tag: DW_TAG_member, name: "lcs", scope: !86, file: !3, line: 38, baseType: !6, size: 32, offset: 160)
!92 = !{i32 7, !"Dwarf Version", i32 5}
!93 = !{i32 2, !"Debug Info Version", i32 3}
!94 = !{i32 1, !"wchar_size", i32 4}
!95 = !{i32 8, !"PIC Level", i32 2}
!96 = !{i32 7, !"PIE Level", i32 2}
!97 = !{i32 7, !"uwtable", i32 2}
!98 = !DILocation(line: 0, scope: !2)
!99 = !DILocation(line: 0, scope: !78)
!100 = !DILocation(line: 42, column: 5, scope: !78)
!101 = !DILocation(line: 47, column: 21, scope: !2)
!102 = !DILocation(line: 47, column: 12, scope: !2)
!103 = !DILocation(line: 47, column: 5, scope: !2)
!104 = !DILocation(line: 43, column: 29, scope: !81)
!105 = !DILocation(line: 43, column: 38, scope: !81)
!106 = !{!107, !108, i64 0}
!107 = !{!"", !108, i64 0, !108, i64 8, !111, i64 16, !111, i64 20}
!108 = !{!"any pointer", !109, i64 0}
!109 = !{!"omnipotent char", !110, i64 0}
!110 = !{!"Simple C/C++ TBAA"}
!111 = !{!"int", !109, i64 0}
!112 = !DILocation(line: 43, column: 50, scope: !81)
!113 = !{!107, !108, i64 8}
!114 = !DILocalVariable(name: "a", arg: 1, scope: !115, file: !3, line: 10, type: !60)
!115 = distinct !DISubprogram(name: "levenshtein", scope: !3, file: !3, line: 10, type: !58, scopeLine: 10, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !116)
!116 = !{!114, !117, !118, !119, !120, !123, !124, !126, !128}
!117 = !DILocalVariable(name: "b", arg: 2, scope: !115, file: !3, line: 10, type: !60)
!118 = !DILocalVariable(name: "n", scope: !115, file: !3, line: 11, type: !6)
!119 = !DILocalVariable(name: "m", scope: !115, file: !3, line: 11, type: !6)
!120 = !DILocalVariable(name: "prev", scope: !115, file: !3, line: 12, type: !121)
!121 = !DICompositeType(tag: DW_TAG_array_type, baseType: !6, size: 4096, elements: !122)
!122 = !{!74}
!123 = !DILocalVariable(name: "cur", scope: !115, file: !3, line: 12, type: !121)
!124 = !DILocalVariable(name: "j", scope: !125, file: !3, line: 14, type: !6)
!125 = distinct !DILexicalBlock(scope: !115, file: !3, line: 14, column: 5)
!126 = !DILocalVariable(name: "i", scope: !127, file: !3, line: 15, type: !6)
!127 = distinct !DILexicalBlock(scope: !115, file: !3, line: 15, column: 5)
!128 = !DILocalVariable(name: "j", scope: !129, file: !3, line: 17, type: !6)
!129 = distinct !DILexicalBlock(scope: !130, file: !3, line: 17, column: 9)
!130 = distinct !DILexicalBlock(scope: !131, file: !3, line: 15, column: 34)
!131 = distinct !DILexicalBlock(scope: !127, file: !3, line: 15, column: 5)
!132 = !DILocation(line: 0, scope: !115, inlinedAt: !133)
!133 = distinct !DILocation(line: 43, column: 17, scope: !81)
!134 = !DILocation(line: 11, column: 18, scope: !115, inlinedAt: !133)
!135 = !DILocation(line: 11, column: 13, scope: !115, inlinedAt: !133)
!136 = !DILocation(line: 11, column: 38, scope: !115, inlinedAt: !133)
!137 = !DILocation(line: 11, column: 33, scope: !115, inlinedAt: !133)
!138 = !DILocation(line: 12, column: 5, scope: !115, inlinedAt: !133)
!139 = !DILocation(line: 12, column: 9, scope: !115, inlinedAt: !133)
!140 = !DILocation(line: 12, column: 20, scope: !115, inlinedAt: !133)
!141 = !DILocation(line: 13, column: 11, scope: !142, inlinedAt: !133)
!142 = distinct !DILexicalBlock(scope: !115, file: !3, line: 13, column: 9)
!143 = !DILocation(line: 13, column: 9, scope: !115, inlinedAt: !133)
!144 = !DILocation(line: 0, scope: !125, inlinedAt: !133)
!145 = !DILocation(line: 14, column: 23, scope: !146, inlinedAt: !133)
!146 = distinct !DILexicalBlock(scope: !125, file: !3, line: 14, column: 5)
!147 = !DILocation(line: 14, column: 5, scope: !125, inlinedAt: !133)
!148 = !DILocation(line: 0, scope: !127, inlinedAt: !133)
!149 = !DILocation(line: 15, column: 23, scope: !131, inlinedAt: !133)
!150 = !DILocation(line: 15, column: 5, scope: !127, inlinedAt: !133)
!151 = !DILocation(line: 14, column: 34, scope: !146, inlinedAt: !133)
!152 = !DILocation(line: 14, column: 42, scope: !146, inlinedAt: !133)
!153 = !{!111, !111, i64 0}
!154 = !DILocation(line: 14, column: 30, scope: !146, inlinedAt: !133)
!155 = distinct !{!155, !147, !156, !157, !158}
!156 = !DILocation(line: 14, column: 44, scope: !125, inlinedAt: !133)
!157 = !{!"llvm.loop.mustprogress"}
!158 = !{!"llvm.loop.unroll.disable"}
!159 = !DILocation(line: 21, column: 12, scope: !115, inlinedAt: !133)
!160 = !DILocation(line: 21, column: 5, scope: !115, inlinedAt: !133)
!161 = !DILocation(line: 16, column: 16, scope: !130, inlinedAt: !133)
!162 = !DILocation(line: 0, scope: !129, inlinedAt: !133)
!163 = !DILocation(line: 17, column: 9, scope: !129, inlinedAt: !133)
!164 = !{!109, !109, i64 0}
!165 = !DILocation(line: 19, column: 9, scope: !130, inlinedAt: !133)
!166 = !DILocation(line: 15, column: 30, scope: !131, inlinedAt: !133)
!167 = distinct !{!167, !150, !168, !157, !158}
!168 = !DILocation(line: 20, column: 5, scope: !127, inlinedAt: !133)
!169 = !DILocation(line: 18, column: 27, scope: !170, inlinedAt: !133)
!170 = distinct !DILexicalBlock(scope: !129, file: !3, line: 17, column: 9)
!171 = !DILocation(line: 18, column: 35, scope: !170, inlinedAt: !133)
!172 = !DILocation(line: 18, column: 46, scope: !170, inlinedAt: !133)
!173 = !DILocation(line: 18, column: 51, scope: !170, inlinedAt: !133)
!174 = !DILocation(line: 18, column: 56, scope: !170, inlinedAt: !133)
!175 = !DILocation(line: 18, column: 83, scope: !170, inlinedAt: !133)
!176 = !DILocation(line: 18, column: 80, scope: !170, inlinedAt: !133)
!177 = !DILocation(line: 18, column: 68, scope: !170, inlinedAt: !133)
!178 = !DILocalVariable(name: "a", arg: 1, scope: !179, file: !3, line: 5, type: !6)
!179 = distinct !DISubprogram(name: "min3", scope: !3, file: !3, line: 5, type: !180, scopeLine: 5, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !182)
!180 = !DISubroutineType(types: !181)
!181 = !{!6, !6, !6, !6}
!182 = !{!178, !183, !184, !185}
!183 = !DILocalVariable(name: "b", arg: 2, scope: !179, file: !3, line: 5, type: !6)
!184 = !DILocalVariable(name: "c", arg: 3, scope: !179, file: !3, line: 5, type: !6)
!185 = !DILocalVariable(name: "m", scope: !179, file: !3, line: 6, type: !6)
!186 = !DILocation(line: 0, scope: !179, inlinedAt: !187)
!187 = distinct !DILocation(line: 18, column: 22, scope: !170, inlinedAt: !133)
!188 = !DILocation(line: 6, column: 13, scope: !179, inlinedAt: !187)
!189 = !DILocation(line: 7, column: 12, scope: !179, inlinedAt: !187)
!190 = !DILocation(line: 18, column: 13, scope: !170, inlinedAt: !133)
!191 = !DILocation(line: 18, column: 20, scope: !170, inlinedAt: !133)
!192 = !DILocation(line: 17, column: 34, scope: !170, inlinedAt: !133)
!193 = !DILocation(line: 17, column: 27, scope: !170, inlinedAt: !133)
!194 = distinct !{!194, !163, !195, !157, !158}
!195 = !DILocation(line: 18, column: 92, scope: !129, inlinedAt: !133)
!196 = !DILocation(line: 22, column: 1, scope: !115, inlinedAt: !133)
!197 = !DILocation(line: 0, scope: !81)
!198 = !DILocation(line: 0, scope: !57, inlinedAt: !199)
!199 = distinct !DILocation(line: 43, column: 58, scope: !81)
!200 = !DILocation(line: 27, column: 11, scope: !201, inlinedAt: !199)
!201 = distinct !DILexicalBlock(scope: !57, file: !3, line: 27, column: 9)
!202 = !DILocation(line: 27, column: 18, scope: !201, inlinedAt: !199)
!203 = !DILocation(line: 0, scope: !68, inlinedAt: !199)
!204 = !DILocation(line: 28, column: 23, scope: !71, inlinedAt: !199)
!205 = !DILocation(line: 28, column: 5, scope: !68, inlinedAt: !199)
!206 = !DILocation(line: 0, scope: !70, inlinedAt: !199)
!207 = !DILocation(line: 29, column: 9, scope: !70, inlinedAt: !199)
!208 = !DILocation(line: 34, column: 12, scope: !57, inlinedAt: !199)
!209 = !DILocation(line: 34, column: 5, scope: !57, inlinedAt: !199)
!210 = !DILocation(line: 28, column: 30, scope: !71, inlinedAt: !199)
!211 = distinct !{!211, !205, !212, !157, !158}
!212 = !DILocation(line: 33, column: 9, scope: !68, inlinedAt: !199)
!213 = !DILocation(line: 30, column: 24, scope: !214, inlinedAt: !199)
!214 = distinct !DILexicalBlock(scope: !215, file: !3, line: 30, column: 17)
!215 = distinct !DILexicalBlock(scope: !216, file: !3, line: 29, column: 38)
!216 = distinct !DILexicalBlock(scope: !70, file: !3, line: 29, column: 9)
!217 = !DILocation(line: 31, column: 22, scope: !218, inlinedAt: !199)
!218 = distinct !DILexicalBlock(scope: !214, file: !3, line: 31, column: 22)
!219 = !DILocation(line: 31, column: 38, scope: !218, inlinedAt: !199)
!220 = !DILocation(line: 31, column: 34, scope: !218, inlinedAt: !199)
!221 = !DILocation(line: 31, column: 31, scope: !218, inlinedAt: !199)
!222 = !DILocation(line: 31, column: 22, scope: !214, inlinedAt: !199)
!223 = !DILocation(line: 31, column: 54, scope: !218, inlinedAt: !199)
!224 = !DILocation(line: 31, column: 70, scope: !218, inlinedAt: !199)
!225 = !DILocation(line: 31, column: 44, scope: !218, inlinedAt: !199)
!226 = !DILocation(line: 32, column: 28, scope: !218, inlinedAt: !199)
!227 = !DILocation(line: 32, column: 42, scope: !218, inlinedAt: !199)
!228 = !DILocation(line: 0, scope: !214, inlinedAt: !199)
!229 = !DILocation(line: 29, column: 34, scope: !216, inlinedAt: !199)
!230 = !DILocation(line: 29, column: 27, scope: !216, inlinedAt: !199)
!231 = distinct !{!231, !207, !232, !157, !158}
!232 = !DILocation(line: 33, column: 9, scope: !70, inlinedAt: !199)
!233 = !DILocation(line: 44, column: 9, scope: !81)
!234 = !DILocation(line: 45, column: 27, scope: !235)
!235 = distinct !DILexicalBlock(scope: !81, file: !3, line: 45, column: 13)
!236 = !{!107, !111, i64 16}
!237 = !DILocation(line: 45, column: 15, scope: !235)
!238 = !DILocation(line: 45, column: 32, scope: !235)
!239 = !DILocation(line: 45, column: 49, scope: !235)
!240 = !{!107, !111, i64 20}
!241 = !DILocation(line: 45, column: 37, scope: !235)
!242 = !DILocation(line: 45, column: 13, scope: !81)
!243 = !DILocation(line: 45, column: 62, scope: !235)
!244 = !DILocation(line: 45, column: 54, scope: !235)
!245 = !DILocation(line: 42, column: 63, scope: !82)
!246 = !DILocation(line: 42, column: 28, scope: !82)
!247 = distinct !{!247, !100, !248, !157, !158}
!248 = !DILocation(line: 46, column: 5, scope: !78)
!249 = !DISubprogram(name: "printf", scope: !250, file: !250, line: 356, type: !251, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !254)
!250 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!251 = !DISubroutineType(types: !252)
!252 = !{!6, !253, null}
!253 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !60)
!254 = !{}
!255 = !DISubprogram(name: "strlen", scope: !256, file: !256, line: 407, type: !257, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !254)
!256 = !DIFile(filename: "/usr/include/string.h", directory: "", checksumkind: CSK_MD5, checksum: "0ee11a08692643b86154f96759d0f7fa")
!257 = !DISubroutineType(types: !258)
!258 = !{!11, !60}
