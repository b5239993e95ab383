; ModuleID = 'c/game_of_life.c'
source_filename = "c/game_of_life.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@main.glider = internal unnamed_addr constant [5 x [2 x i32]] [[2 x i32] [i32 0, i32 1], [2 x i32] [i32 1, i32 2], [2 x i32] [i32 2, i32 0], [2 x i32] [i32 2, i32 1], [2 x i32] [i32 2, i32 2]], align 16, !dbg !0
@board = internal unnamed_addr global [16 x [16 x i8]] zeroinitializer, align 16, !dbg !17
@.str = private unnamed_addr constant [49 x i8] c"game_of_life generations=%d population=%d ok=%d\0A\00", align 1, !dbg !11
@scratch = internal unnamed_addr global [16 x [16 x i8]] zeroinitializer, align 16, !dbg !22

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 !dbg !2 {
  call void @llvm.dbg.value(metadata i32 0, metadata !25, metadata !DIExpression()), !dbg !48
  br label %1, !dbg !49

1:                                                ; preds = %0, %1
  %2 = phi i64 [ 0, %0 ], [ %10, %1 ]
  call void @llvm.dbg.value(metadata i64 %2, metadata !25, metadata !DIExpression()), !dbg !48
  %3 = getelementptr inbounds [5 x [2 x i32]], ptr @main.glider, i64 0, i64 %2, !dbg !50
  %4 = load i32, ptr %3, align 8, !dbg !50, !tbaa !52
  %5 = sext i32 %4 to i64, !dbg !56
  %6 = getelementptr inbounds [5 x [2 x i32]], ptr @main.glider, i64 0, i64 %2, i64 1, !dbg !57
  %7 = load i32, ptr %6, align 4, !dbg !57, !tbaa !52
  %8 = sext i32 %7 to i64, !dbg !56
  %9 = getelementptr inbounds [16 x [16 x i8]], ptr @board, i64 0, i64 %5, i64 %8, !dbg !56
  store i8 1, ptr %9, align 1, !dbg !58, !tbaa !59
  %10 = add nuw nsw i64 %2, 1, !dbg !60
  call void @llvm.dbg.value(metadata i64 %10, metadata !25, metadata !DIExpression()), !dbg !48
  %11 = icmp eq i64 %10, 5, !dbg !61
  br i1 %11, label %12, label %1, !dbg !49, !llvm.loop !62

12:                                               ; preds = %1, %124
  %13 = phi i32 [ %126, %124 ], [ 1, %1 ]
  %14 = phi i32 [ %125, %124 ], [ 1, %1 ]
  call void @llvm.dbg.value(metadata i32 %13, metadata !28, metadata !DIExpression()), !dbg !66
  call void @llvm.dbg.value(metadata i32 %14, metadata !27, metadata !DIExpression()), !dbg !67
  br label %34, !dbg !68

15:                                               ; preds = %124, %18
  %16 = phi i64 [ %19, %18 ], [ 0, %124 ]
  %17 = phi i32 [ %27, %18 ], [ 0, %124 ]
  call void @llvm.dbg.value(metadata i64 %16, metadata !82, metadata !DIExpression()), !dbg !90
  call void @llvm.dbg.value(metadata i32 %17, metadata !86, metadata !DIExpression()), !dbg !92
  call void @llvm.dbg.value(metadata i32 0, metadata !87, metadata !DIExpression()), !dbg !93
  call void @llvm.dbg.value(metadata i32 %17, metadata !86, metadata !DIExpression()), !dbg !92
  br label %21, !dbg !94

18:                                               ; preds = %21
  %19 = add nuw nsw i64 %16, 1, !dbg !95
  call void @llvm.dbg.value(metadata i64 %19, metadata !82, metadata !DIExpression()), !dbg !90
  call void @llvm.dbg.value(metadata i32 %27, metadata !86, metadata !DIExpression()), !dbg !92
  %20 = icmp eq i64 %19, 16, !dbg !96
  br i1 %20, label %30, label %15, !dbg !97, !llvm.loop !98

21:                                               ; preds = %21, %15
  %22 = phi i64 [ 0, %15 ], [ %28, %21 ]
  %23 = phi i32 [ %17, %15 ], [ %27, %21 ]
  call void @llvm.dbg.value(metadata i64 %22, metadata !87, metadata !DIExpression()), !dbg !93
  call void @llvm.dbg.value(metadata i32 %23, metadata !86, metadata !DIExpression()), !dbg !92
  %24 = getelementptr inbounds [16 x [16 x i8]], ptr @board, i64 0, i64 %16, i64 %22, !dbg !100
  %25 = load i8, ptr %24, align 1, !dbg !100, !tbaa !59
  %26 = zext i8 %25 to i32, !dbg !100
  %27 = add nsw i32 %23, %26, !dbg !102
  call void @llvm.dbg.value(metadata i32 %27, metadata !86, metadata !DIExpression()), !dbg !92
  %28 = add nuw nsw i64 %22, 1, !dbg !103
  call void @llvm.dbg.value(metadata i64 %28, metadata !87, metadata !DIExpression()), !dbg !93
  %29 = icmp eq i64 %28, 16, !dbg !104
  br i1 %29, label %18, label %21, !dbg !94, !llvm.loop !105

30:                                               ; preds = %18
  %31 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 64, i32 noundef %27, i32 noundef %125), !dbg !107
  %32 = icmp eq i32 %125, 0, !dbg !108
  %33 = zext i1 %32 to i32, !dbg !108
  ret i32 %33, !dbg !109

34:                                               ; preds = %12, %37
  %35 = phi i64 [ %38, %37 ], [ 0, %12 ]
  call void @llvm.dbg.value(metadata i64 %35, metadata !74, metadata !DIExpression()), !dbg !110
  call void @llvm.dbg.value(metadata i32 0, metadata !75, metadata !DIExpression()), !dbg !111
  %36 = trunc i64 %35 to i32
  br label %40, !dbg !112

37:                                               ; preds = %76
  %38 = add nuw nsw i64 %35, 1, !dbg !113
  call void @llvm.dbg.value(metadata i64 %38, metadata !74, metadata !DIExpression()), !dbg !110
  %39 = icmp eq i64 %38, 16, !dbg !114
  br i1 %39, label %82, label %34, !dbg !68, !llvm.loop !115

40:                                               ; preds = %76, %34
  %41 = phi i64 [ 0, %34 ], [ %80, %76 ]
  call void @llvm.dbg.value(metadata i64 %41, metadata !75, metadata !DIExpression()), !dbg !111
  call void @llvm.dbg.value(metadata ptr @board, metadata !117, metadata !DIExpression()), !dbg !133
  call void @llvm.dbg.value(metadata i64 %35, metadata !125, metadata !DIExpression()), !dbg !133
  call void @llvm.dbg.value(metadata i64 %41, metadata !126, metadata !DIExpression()), !dbg !133
  call void @llvm.dbg.value(metadata i32 0, metadata !127, metadata !DIExpression()), !dbg !133
  call void @llvm.dbg.value(metadata i32 -1, metadata !128, metadata !DIExpression()), !dbg !135
  call void @llvm.dbg.value(metadata i32 -1, metadata !128, metadata !DIExpression()), !dbg !135
  call void @llvm.dbg.value(metadata i32 0, metadata !127, metadata !DIExpression()), !dbg !133
  %42 = trunc i64 %41 to i32
  br label %43, !dbg !136

43:                                               ; preds = %50, %40
  %44 = phi i32 [ -1, %40 ], [ %51, %50 ]
  %45 = phi i32 [ 0, %40 ], [ %67, %50 ]
  call void @llvm.dbg.value(metadata i32 %44, metadata !128, metadata !DIExpression()), !dbg !135
  call void @llvm.dbg.value(metadata i32 %45, metadata !127, metadata !DIExpression()), !dbg !133
  %46 = icmp ne i32 %44, 0
  call void @llvm.dbg.value(metadata i32 -1, metadata !130, metadata !DIExpression()), !dbg !137
  call void @llvm.dbg.value(metadata i32 %45, metadata !127, metadata !DIExpression()), !dbg !133
  %47 = add nsw i32 %44, %36
  %48 = and i32 %47, 15
  %49 = zext i32 %48 to i64
  br label %53, !dbg !138

50:                                               ; preds = %66
  %51 = add nsw i32 %44, 1, !dbg !139
  call void @llvm.dbg.value(metadata i32 %51, metadata !128, metadata !DIExpression()), !dbg !135
  call void @llvm.dbg.value(metadata i32 %67, metadata !127, metadata !DIExpression()), !dbg !133
  %52 = icmp eq i32 %51, 2, !dbg !140
  br i1 %52, label %70, label %43, !dbg !136, !llvm.loop !141

53:                                               ; preds = %66, %43
  %54 = phi i32 [ -1, %43 ], [ %68, %66 ]
  %55 = phi i32 [ %45, %43 ], [ %67, %66 ]
  call void @llvm.dbg.value(metadata i32 %54, metadata !130, metadata !DIExpression()), !dbg !137
  call void @llvm.dbg.value(metadata i32 %55, metadata !127, metadata !DIExpression()), !dbg !133
  %56 = icmp ne i32 %54, 0
  %57 = select i1 %46, i1 true, i1 %56, !dbg !143
  br i1 %57, label %58, label %66, !dbg !143

58:                                               ; preds = %53
  %59 = add nsw i32 %54, %42, !dbg !146
  %60 = and i32 %59, 15
  %61 = zext i32 %60 to i64
  %62 = getelementptr inbounds [16 x i8], ptr @board, i64 %49, i64 %61, !dbg !147
  %63 = load i8, ptr %62, align 1, !dbg !147, !tbaa !59
  %64 = zext i8 %63 to i32, !dbg !147
  %65 = add nsw i32 %55, %64, !dbg !148
  call void @llvm.dbg.value(metadata i32 %65, metadata !127, metadata !DIExpression()), !dbg !133
  br label %66, !dbg !149

66:                                               ; preds = %58, %53
  %67 = phi i32 [ %65, %58 ], [ %55, %53 ], !dbg !133
  call void @llvm.dbg.value(metadata i32 %67, metadata !127, metadata !DIExpression()), !dbg !133
  %68 = add nsw i32 %54, 1, !dbg !150
  call void @llvm.dbg.value(metadata i32 %68, metadata !130, metadata !DIExpression()), !dbg !137
  %69 = icmp eq i32 %68, 2, !dbg !151
  br i1 %69, label %50, label %53, !dbg !138, !llvm.loop !152

70:                                               ; preds = %50
  call void @llvm.dbg.value(metadata i32 %67, metadata !78, metadata !DIExpression()), !dbg !154
  switch i32 %67, label %75 [
    i32 3, label %76
    i32 2, label %71
  ], !dbg !155

71:                                               ; preds = %70
  %72 = getelementptr inbounds [16 x [16 x i8]], ptr @board, i64 0, i64 %35, i64 %41, !dbg !156
  %73 = load i8, ptr %72, align 1, !dbg !156, !tbaa !59
  %74 = icmp ne i8 %73, 0, !dbg !157
  br label %76

75:                                               ; preds = %70
  br label %76, !dbg !158

76:                                               ; preds = %75, %71, %70
  %77 = phi i1 [ true, %70 ], [ %74, %71 ], [ false, %75 ]
  %78 = zext i1 %77 to i8, !dbg !158
  %79 = getelementptr inbounds [16 x [16 x i8]], ptr @scratch, i64 0, i64 %35, i64 %41, !dbg !159
  store i8 %78, ptr %79, align 1, !dbg !160, !tbaa !59
  %80 = add nuw nsw i64 %41, 1, !dbg !161
  call void @llvm.dbg.value(metadata i64 %80, metadata !75, metadata !DIExpression()), !dbg !111
  %81 = icmp eq i64 %80, 16, !dbg !162
  br i1 %81, label %37, label %40, !dbg !112, !llvm.loop !163

82:                                               ; preds = %37
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(256) @board, ptr noundef nonnull align 16 dereferenceable(256) @scratch, i64 256, i1 false), !dbg !165
  call void @llvm.dbg.value(metadata i32 0, metadata !86, metadata !DIExpression()), !dbg !166
  call void @llvm.dbg.value(metadata i32 0, metadata !82, metadata !DIExpression()), !dbg !169
  br label %83, !dbg !170

83:                                               ; preds = %86, %82
  %84 = phi i64 [ 0, %82 ], [ %87, %86 ]
  %85 = phi i32 [ 0, %82 ], [ %95, %86 ]
  call void @llvm.dbg.value(metadata i64 %84, metadata !82, metadata !DIExpression()), !dbg !169
  call void @llvm.dbg.value(metadata i32 %85, metadata !86, metadata !DIExpression()), !dbg !166
  call void @llvm.dbg.value(metadata i32 0, metadata !87, metadata !DIExpression()), !dbg !171
  call void @llvm.dbg.value(metadata i32 %85, metadata !86, metadata !DIExpression()), !dbg !166
  br label %89, !dbg !172

86:                                               ; preds = %89
  %87 = add nuw nsw i64 %84, 1, !dbg !173
  call void @llvm.dbg.value(metadata i64 %87, metadata !82, metadata !DIExpression()), !dbg !169
  call void @llvm.dbg.value(metadata i32 %95, metadata !86, metadata !DIExpression()), !dbg !166
  %88 = icmp eq i64 %87, 16, !dbg !174
  br i1 %88, label %98, label %83, !dbg !170, !llvm.loop !175

89:                                               ; preds = %89, %83
  %90 = phi i64 [ 0, %83 ], [ %96, %89 ]
  %91 = phi i32 [ %85, %83 ], [ %95, %89 ]
  call void @llvm.dbg.value(metadata i64 %90, metadata !87, metadata !DIExpression()), !dbg !171
  call void @llvm.dbg.value(metadata i32 %91, metadata !86, metadata !DIExpression()), !dbg !166
  %92 = getelementptr inbounds [16 x [16 x i8]], ptr @board, i64 0, i64 %84, i64 %90, !dbg !177
  %93 = load i8, ptr %92, align 1, !dbg !177, !tbaa !59
  %94 = zext i8 %93 to i32, !dbg !177
  %95 = add nsw i32 %91, %94, !dbg !178
  call void @llvm.dbg.value(metadata i32 %95, metadata !86, metadata !DIExpression()), !dbg !166
  %96 = add nuw nsw i64 %90, 1, !dbg !179
  call void @llvm.dbg.value(metadata i64 %96, metadata !87, metadata !DIExpression()), !dbg !171
  %97 = icmp eq i64 %96, 16, !dbg !180
  br i1 %97, label %86, label %89, !dbg !172, !llvm.loop !181

98:                                               ; preds = %86
  %99 = icmp eq i32 %95, 5, !dbg !183
  %100 = select i1 %99, i32 %14, i32 0, !dbg !184
  call void @llvm.dbg.value(metadata i32 %100, metadata !27, metadata !DIExpression()), !dbg !67
  %101 = and i32 %13, 3, !dbg !185
  %102 = icmp eq i32 %101, 0, !dbg !186
  br i1 %102, label %103, label %124, !dbg !187

103:                                              ; preds = %98
  %104 = lshr i32 %13, 2, !dbg !188
  call void @llvm.dbg.value(metadata i32 %104, metadata !30, metadata !DIExpression()), !dbg !189
  call void @llvm.dbg.value(metadata i32 0, metadata !35, metadata !DIExpression()), !dbg !190
  call void @llvm.dbg.value(metadata i32 %100, metadata !27, metadata !DIExpression()), !dbg !67
  br label %105, !dbg !191

105:                                              ; preds = %103, %105
  %106 = phi i64 [ 0, %103 ], [ %122, %105 ]
  %107 = phi i32 [ %100, %103 ], [ %121, %105 ]
  call void @llvm.dbg.value(metadata i64 %106, metadata !35, metadata !DIExpression()), !dbg !190
  call void @llvm.dbg.value(metadata i32 %107, metadata !27, metadata !DIExpression()), !dbg !67
  %108 = getelementptr inbounds [5 x [2 x i32]], ptr @main.glider, i64 0, i64 %106, !dbg !192
  %109 = load i32, ptr %108, align 8, !dbg !192, !tbaa !52
  %110 = add nsw i32 %109, %104, !dbg !195
  %111 = srem i32 %110, 16, !dbg !196
  %112 = sext i32 %111 to i64, !dbg !197
  %113 = getelementptr inbounds [5 x [2 x i32]], ptr @main.glider, i64 0, i64 %106, i64 1, !dbg !198
  %114 = load i32, ptr %113, align 4, !dbg !198, !tbaa !52
  %115 = add nsw i32 %114, %104, !dbg !199
  %116 = srem i32 %115, 16, !dbg !200
  %117 = sext i32 %116 to i64, !dbg !197
  %118 = getelementptr inbounds [16 x [16 x i8]], ptr @board, i64 0, i64 %112, i64 %117, !dbg !197
  %119 = load i8, ptr %118, align 1, !dbg !197, !tbaa !59
  %120 = icmp eq i8 %119, 0, !dbg !197
  %121 = select i1 %120, i32 0, i32 %107, !dbg !201
  call void @llvm.dbg.value(metadata i32 %121, metadata !27, metadata !DIExpression()), !dbg !67
  %122 = add nuw nsw i64 %106, 1, !dbg !202
  call void @llvm.dbg.value(metadata i64 %122, metadata !35, metadata !DIExpression()), !dbg !190
  %123 = icmp eq i64 %122, 5, !dbg !203
  br i1 %123, label %124, label %105, !dbg !191, !llvm.loop !204

124:                                              ; preds = %105, %98
  %125 = phi i32 [ %100, %98 ], [ %121, %105 ], !dbg !206
  call void @llvm.dbg.value(metadata i32 %125, metadata !27, metadata !DIExpression()), !dbg !67
  %126 = add nuw nsw i32 %13, 1, !dbg !207
  call void @llvm.dbg.value(metadata i32 %126, metadata !28, metadata !DIExpression()), !dbg !66
  %127 = icmp eq i32 %126, 65, !dbg !208
  br i1 %127, label %15, label %12, !dbg !209, !llvm.loop !210
}

; Function Attrs: nofree nounwind
declare !dbg !212 noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #3

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.dbg.cu = !{!7}
!llvm.module.flags = !{!42, !43, !44, !45, !46, !47}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "glider", scope: !2, file: !3, line: 35, type: !37, isLocal: true, isDefinition: true)
!2 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 34, type: !4, scopeLine: 34, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !24)
!3 = !DIFile(filename: "c/game_of_life.c", directory: ".", checksumkind: CSK_MD5, checksum: "b0190e098e9d9839d58220707852d020")
!4 = !DISubroutineType(types: !5)
!5 = !{!6}
!6 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!7 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !8, globals: !10, splitDebugInlining: false, nameTableKind: None)
!8 = !{!9}
!9 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!10 = !{!0, !11, !17, !22}
!11 = !DIGlobalVariableExpression(var: !12, expr: !DIExpression())
!12 = distinct !DIGlobalVariable(scope: null, file: !3, line: 47, type: !13, isLocal: true, isDefinition: true)
!13 = !DICompositeType(tag: DW_TAG_array_type, baseType: !14, size: 392, elements: !15)
!14 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!15 = !{!16}
!16 = !DISubrange(count: 49)
!17 = !DIGlobalVariableExpression(var: !18, expr: !DIExpression())
!18 = distinct !DIGlobalVariable(name: "board", scope: !7, file: !3, line: 8, type: !19, isLocal: true, isDefinition: true)
!19 = !DICompositeType(tag: DW_TAG_array_type, baseType: !9, size: 2048, elements: !20)
!20 = !{!21, !21}
!21 = !DISubrange(count: 16)
!22 = !DIGlobalVariableExpression(var: !23, expr: !DIExpression())
!23 = distinct !DIGlobalVariable(name: "scratch", scope: !7, file: !3, line: 8, type: !19, isLocal: true, isDefinition: true)
!24 = !{!25, !27, !28, !30, !35}
!25 = !DILocalVariable(name: "i", scope: !26, file: !3, line: 36, type: !6)
!26 = distinct !DILexicalBlock(scope: !2, file: !3, line: 36, column: 5)
!27 = !DILocalVariable(name: "ok", scope: !2, file: !3, line: 37, type: !6)
!28 = !DILocalVariable(name: "g", scope: !29, file: !3, line: 38, type: !6)
!29 = distinct !DILexicalBlock(scope: !2, file: !3, line: 38, column: 5)
!30 = !DILocalVariable(name: "shift", scope: !31, file: !3, line: 42, type: !6)
!31 = distinct !DILexicalBlock(scope: !32, file: !3, line: 41, column: 25)
!32 = distinct !DILexicalBlock(scope: !33, file: !3, line: 41, column: 13)
!33 = distinct !DILexicalBlock(scope: !34, file: !3, line: 38, column: 38)
!34 = distinct !DILexicalBlock(scope: !29, file: !3, line: 38, column: 5)
!35 = !DILocalVariable(name: "i", scope: !36, file: !3, line: 43, type: !6)
!36 = distinct !DILexicalBlock(scope: !31, file: !3, line: 43, column: 13)
!37 = !DICompositeType(tag: DW_TAG_array_type, baseType: !38, size: 320, elements: !39)
!38 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !6)
!39 = !{!40, !41}
!40 = !DISubrange(count: 5)
!41 = !DISubrange(count: 2)
!42 = !{i32 7, !"Dwarf Version", i32 5}
!43 = !{i32 2, !"Debug Info Version", i32 3}
!44 = !{i32 1, !"wchar_size", i32 4}
!45 = !{i32 8, !"PIC Level", i32 2}
!46 = !{i32 7, !"PIE Level", i32 2}
!47 = !{i32 7, !"uwtable", i32 2}
!48 = !DILocation(line: 0, scope: !26)
!49 = !DILocation(line: 36, column: 5, scope: !26)
!50 = !DILocation(line: 36, column: 39, scope: !51)
!51 = distinct !DILexicalBlock(scope: !26, file: !3, line: 36, column: 5)
!52 = !{!53, !53, i64 0}
!53 = !{!"int", !54, i64 0}
!54 = !{!"omnipotent char", !55, i64 0}
!55 = !{!"Simple C/C++ TBAA"}
!56 = !DILocation(line: 36, column: 33, scope: !51)
!57 = !DILocation(line: 36, column: 53, scope: !51)
!58 = !DILocation(line: 36, column: 67, scope: !51)
!59 = !{!54, !54, i64 0}
!60 = !DILocation(line: 36, column: 29, scope: !51)
!61 = !DILocation(line: 36, column: 23, scope: !51)
!62 = distinct !{!62, !49, !63, !64, !65}
!63 = !DILocation(line: 36, column: 69, scope: !26)
!64 = !{!"llvm.loop.mustprogress"}
!65 = !{!"llvm.loop.unroll.disable"}
!66 = !DILocation(line: 0, scope: !29)
!67 = !DILocation(line: 0, scope: !2)
!68 = !DILocation(line: 19, column: 5, scope: !69, inlinedAt: !81)
!69 = distinct !DILexicalBlock(scope: !70, file: !3, line: 19, column: 5)
!70 = distinct !DISubprogram(name: "generation", scope: !3, file: !3, line: 18, type: !71, scopeLine: 18, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !73)
!71 = !DISubroutineType(types: !72)
!72 = !{null}
!73 = !{!74, !75, !78}
!74 = !DILocalVariable(name: "y", scope: !69, file: !3, line: 19, type: !6)
!75 = !DILocalVariable(name: "x", scope: !76, file: !3, line: 20, type: !6)
!76 = distinct !DILexicalBlock(scope: !77, file: !3, line: 20, column: 9)
!77 = distinct !DILexicalBlock(scope: !69, file: !3, line: 19, column: 5)
!78 = !DILocalVariable(name: "n", scope: !79, file: !3, line: 21, type: !6)
!79 = distinct !DILexicalBlock(scope: !80, file: !3, line: 20, column: 37)
!80 = distinct !DILexicalBlock(scope: !76, file: !3, line: 20, column: 9)
!81 = distinct !DILocation(line: 39, column: 9, scope: !33)
!82 = !DILocalVariable(name: "y", scope: !83, file: !3, line: 29, type: !6)
!83 = distinct !DILexicalBlock(scope: !84, file: !3, line: 29, column: 5)
!84 = distinct !DISubprogram(name: "population", scope: !3, file: !3, line: 27, type: !4, scopeLine: 27, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !85)
!85 = !{!86, !82, !87}
!86 = !DILocalVariable(name: "p", scope: !84, file: !3, line: 28, type: !6)
!87 = !DILocalVariable(name: "x", scope: !88, file: !3, line: 30, type: !6)
!88 = distinct !DILexicalBlock(scope: !89, file: !3, line: 30, column: 9)
!89 = distinct !DILexicalBlock(scope: !83, file: !3, line: 29, column: 5)
!90 = !DILocation(line: 0, scope: !83, inlinedAt: !91)
!91 = distinct !DILocation(line: 47, column: 72, scope: !2)
!92 = !DILocation(line: 0, scope: !84, inlinedAt: !91)
!93 = !DILocation(line: 0, scope: !88, inlinedAt: !91)
!94 = !DILocation(line: 30, column: 9, scope: !88, inlinedAt: !91)
!95 = !DILocation(line: 29, column: 29, scope: !89, inlinedAt: !91)
!96 = !DILocation(line: 29, column: 23, scope: !89, inlinedAt: !91)
!97 = !DILocation(line: 29, column: 5, scope: !83, inlinedAt: !91)
!98 = distinct !{!98, !97, !99, !64, !65}
!99 = !DILocation(line: 30, column: 52, scope: !83, inlinedAt: !91)
!100 = !DILocation(line: 30, column: 42, scope: !101, inlinedAt: !91)
!101 = distinct !DILexicalBlock(scope: !88, file: !3, line: 30, column: 9)
!102 = !DILocation(line: 30, column: 39, scope: !101, inlinedAt: !91)
!103 = !DILocation(line: 30, column: 33, scope: !101, inlinedAt: !91)
!104 = !DILocation(line: 30, column: 27, scope: !101, inlinedAt: !91)
!105 = distinct !{!105, !94, !106, !64, !65}
!106 = !DILocation(line: 30, column: 52, scope: !88, inlinedAt: !91)
!107 = !DILocation(line: 47, column: 5, scope: !2)
!108 = !DILocation(line: 48, column: 12, scope: !2)
!109 = !DILocation(line: 49, column: 1, scope: !2)
!110 = !DILocation(line: 0, scope: !69, inlinedAt: !81)
!111 = !DILocation(line: 0, scope: !76, inlinedAt: !81)
!112 = !DILocation(line: 20, column: 9, scope: !76, inlinedAt: !81)
!113 = !DILocation(line: 19, column: 29, scope: !77, inlinedAt: !81)
!114 = !DILocation(line: 19, column: 23, scope: !77, inlinedAt: !81)
!115 = distinct !{!115, !68, !116, !64, !65}
!116 = !DILocation(line: 23, column: 9, scope: !69, inlinedAt: !81)
!117 = !DILocalVariable(name: "b", arg: 1, scope: !118, file: !3, line: 10, type: !121)
!118 = distinct !DISubprogram(name: "neighbours", scope: !3, file: !3, line: 10, type: !119, scopeLine: 10, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !124)
!119 = !DISubroutineType(types: !120)
!120 = !{!6, !121, !6, !6}
!121 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !122, size: 64)
!122 = !DICompositeType(tag: DW_TAG_array_type, baseType: !9, size: 128, elements: !123)
!123 = !{!21}
!124 = !{!117, !125, !126, !127, !128, !130}
!125 = !DILocalVariable(name: "y", arg: 2, scope: !118, file: !3, line: 10, type: !6)
!126 = !DILocalVariable(name: "x", arg: 3, scope: !118, file: !3, line: 10, type: !6)
!127 = !DILocalVariable(name: "n", scope: !118, file: !3, line: 11, type: !6)
!128 = !DILocalVariable(name: "dy", scope: !129, file: !3, line: 12, type: !6)
!129 = distinct !DILexicalBlock(scope: !118, file: !3, line: 12, column: 5)
!130 = !DILocalVariable(name: "dx", scope: !131, file: !3, line: 13, type: !6)
!131 = distinct !DILexicalBlock(scope: !132, file: !3, line: 13, column: 9)
!132 = distinct !DILexicalBlock(scope: !129, file: !3, line: 12, column: 5)
!133 = !DILocation(line: 0, scope: !118, inlinedAt: !134)
!134 = distinct !DILocation(line: 21, column: 21, scope: !79, inlinedAt: !81)
!135 = !DILocation(line: 0, scope: !129, inlinedAt: !134)
!136 = !DILocation(line: 12, column: 5, scope: !129, inlinedAt: !134)
!137 = !DILocation(line: 0, scope: !131, inlinedAt: !134)
!138 = !DILocation(line: 13, column: 9, scope: !131, inlinedAt: !134)
!139 = !DILocation(line: 12, column: 34, scope: !132, inlinedAt: !134)
!140 = !DILocation(line: 12, column: 26, scope: !132, inlinedAt: !134)
!141 = distinct !{!141, !136, !142, !64, !65}
!142 = !DILocation(line: 14, column: 68, scope: !129, inlinedAt: !134)
!143 = !DILocation(line: 14, column: 20, scope: !144, inlinedAt: !134)
!144 = distinct !DILexicalBlock(scope: !145, file: !3, line: 14, column: 17)
!145 = distinct !DILexicalBlock(scope: !131, file: !3, line: 13, column: 9)
!146 = !DILocation(line: 14, column: 60, scope: !144, inlinedAt: !134)
!147 = !DILocation(line: 14, column: 32, scope: !144, inlinedAt: !134)
!148 = !DILocation(line: 14, column: 29, scope: !144, inlinedAt: !134)
!149 = !DILocation(line: 14, column: 27, scope: !144, inlinedAt: !134)
!150 = !DILocation(line: 13, column: 38, scope: !145, inlinedAt: !134)
!151 = !DILocation(line: 13, column: 30, scope: !145, inlinedAt: !134)
!152 = distinct !{!152, !138, !153, !64, !65}
!153 = !DILocation(line: 14, column: 68, scope: !131, inlinedAt: !134)
!154 = !DILocation(line: 0, scope: !79, inlinedAt: !81)
!155 = !DILocation(line: 22, column: 52, scope: !79, inlinedAt: !81)
!156 = !DILocation(line: 22, column: 66, scope: !79, inlinedAt: !81)
!157 = !DILocation(line: 22, column: 63, scope: !79, inlinedAt: !81)
!158 = !DILocation(line: 22, column: 29, scope: !79, inlinedAt: !81)
!159 = !DILocation(line: 22, column: 13, scope: !79, inlinedAt: !81)
!160 = !DILocation(line: 22, column: 27, scope: !79, inlinedAt: !81)
!161 = !DILocation(line: 20, column: 33, scope: !80, inlinedAt: !81)
!162 = !DILocation(line: 20, column: 27, scope: !80, inlinedAt: !81)
!163 = distinct !{!163, !112, !164, !64, !65}
!164 = !DILocation(line: 23, column: 9, scope: !76, inlinedAt: !81)
!165 = !DILocation(line: 24, column: 5, scope: !70, inlinedAt: !81)
!166 = !DILocation(line: 0, scope: !84, inlinedAt: !167)
!167 = distinct !DILocation(line: 40, column: 13, scope: !168)
!168 = distinct !DILexicalBlock(scope: !33, file: !3, line: 40, column: 13)
!169 = !DILocation(line: 0, scope: !83, inlinedAt: !167)
!170 = !DILocation(line: 29, column: 5, scope: !83, inlinedAt: !167)
!171 = !DILocation(line: 0, scope: !88, inlinedAt: !167)
!172 = !DILocation(line: 30, column: 9, scope: !88, inlinedAt: !167)
!173 = !DILocation(line: 29, column: 29, scope: !89, inlinedAt: !167)
!174 = !DILocation(line: 29, column: 23, scope: !89, inlinedAt: !167)
!175 = distinct !{!175, !170, !176, !64, !65}
!176 = !DILocation(line: 30, column: 52, scope: !83, inlinedAt: !167)
!177 = !DILocation(line: 30, column: 42, scope: !101, inlinedAt: !167)
!178 = !DILocation(line: 30, column: 39, scope: !101, inlinedAt: !167)
!179 = !DILocation(line: 30, column: 33, scope: !101, inlinedAt: !167)
!180 = !DILocation(line: 30, column: 27, scope: !101, inlinedAt: !167)
!181 = distinct !{!181, !172, !182, !64, !65}
!182 = !DILocation(line: 30, column: 52, scope: !88, inlinedAt: !167)
!183 = !DILocation(line: 40, column: 26, scope: !168)
!184 = !DILocation(line: 40, column: 13, scope: !33)
!185 = !DILocation(line: 41, column: 15, scope: !32)
!186 = !DILocation(line: 41, column: 19, scope: !32)
!187 = !DILocation(line: 41, column: 13, scope: !33)
!188 = !DILocation(line: 42, column: 27, scope: !31)
!189 = !DILocation(line: 0, scope: !31)
!190 = !DILocation(line: 0, scope: !36)
!191 = !DILocation(line: 43, column: 13, scope: !36)
!192 = !DILocation(line: 44, column: 29, scope: !193)
!193 = distinct !DILexicalBlock(scope: !194, file: !3, line: 44, column: 21)
!194 = distinct !DILexicalBlock(scope: !36, file: !3, line: 43, column: 13)
!195 = !DILocation(line: 44, column: 42, scope: !193)
!196 = !DILocation(line: 44, column: 51, scope: !193)
!197 = !DILocation(line: 44, column: 22, scope: !193)
!198 = !DILocation(line: 44, column: 57, scope: !193)
!199 = !DILocation(line: 44, column: 70, scope: !193)
!200 = !DILocation(line: 44, column: 79, scope: !193)
!201 = !DILocation(line: 44, column: 21, scope: !194)
!202 = !DILocation(line: 43, column: 37, scope: !194)
!203 = !DILocation(line: 43, column: 31, scope: !194)
!204 = distinct !{!204, !191, !205, !64, !65}
!205 = !DILocation(line: 44, column: 90, scope: !36)
!206 = !DILocation(line: 40, column: 35, scope: !168)
!207 = !DILocation(line: 38, column: 34, scope: !34)
!208 = !DILocation(line: 38, column: 23, scope: !34)
!209 = !DILocation(line: 38, column: 5, scope: !29)
!210 = distinct !{!210, !209, !211, !64, !65}
!211 = !DILocation(line: 46, column: 5, scope: !29)
!212 = !DISubprogram(name: "printf", scope: !213, file: !213, line: 356, type: !214, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !219)
!213 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!214 = !DISubroutineType(types: !215)
!215 = !{!6, !216, null}
!216 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !217)
!217 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !218, size: 64)
!218 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !14)
!219 = !{}
