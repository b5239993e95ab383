; ModuleID = 'c/transpose.c'
source_filename = "c/transpose.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@a = internal unnamed_addr global [96 x [80 x i32]] zeroinitializer, align 16, !dbg !0
@sq = internal unnamed_addr global [80 x [80 x i32]] zeroinitializer, align 16, !dbg !18
@t = internal unnamed_addr global [80 x [96 x i32]] zeroinitializer, align 16, !dbg !11
@.str = private unnamed_addr constant [26 x i8] c"transpose %dx%d wrong=%d\0A\00", align 1, !dbg !5

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 !dbg !30 {
  call void @llvm.dbg.value(metadata i32 0, metadata !34, metadata !DIExpression()), !dbg !55
  br label %1, !dbg !56

1:                                                ; preds = %0, %4
  %2 = phi i64 [ 0, %0 ], [ %5, %4 ]
  call void @llvm.dbg.value(metadata i64 %2, metadata !34, metadata !DIExpression()), !dbg !55
  %3 = mul nuw nsw i64 %2, 1000
  call void @llvm.dbg.value(metadata i32 0, metadata !36, metadata !DIExpression()), !dbg !57
  br label %7, !dbg !58

4:                                                ; preds = %7
  %5 = add nuw nsw i64 %2, 1, !dbg !59
  call void @llvm.dbg.value(metadata i64 %5, metadata !34, metadata !DIExpression()), !dbg !55
  %6 = icmp eq i64 %5, 96, !dbg !60
  br i1 %6, label %14, label %1, !dbg !56, !llvm.loop !61

7:                                                ; preds = %1, %7
  %8 = phi i64 [ 0, %1 ], [ %12, %7 ]
  call void @llvm.dbg.value(metadata i64 %8, metadata !36, metadata !DIExpression()), !dbg !57
  %9 = add nuw nsw i64 %8, %3, !dbg !65
  %10 = getelementptr inbounds [96 x [80 x i32]], ptr @a, i64 0, i64 %2, i64 %8, !dbg !67
  %11 = trunc i64 %9 to i32, !dbg !68
  store i32 %11, ptr %10, align 4, !dbg !68, !tbaa !69
  %12 = add nuw nsw i64 %8, 1, !dbg !73
  call void @llvm.dbg.value(metadata i64 %12, metadata !36, metadata !DIExpression()), !dbg !57
  %13 = icmp eq i64 %12, 80, !dbg !74
  br i1 %13, label %4, label %7, !dbg !58, !llvm.loop !75

14:                                               ; preds = %4, %69
  %15 = phi i64 [ %70, %69 ], [ 0, %4 ]
  call void @llvm.dbg.value(metadata i64 %15, metadata !39, metadata !DIExpression()), !dbg !77
  %16 = mul nuw nsw i64 %15, 1000
  call void @llvm.dbg.value(metadata i32 0, metadata !41, metadata !DIExpression()), !dbg !78
  br label %72, !dbg !79

17:                                               ; preds = %69, %23
  %18 = phi i64 [ %26, %23 ], [ 16, %69 ]
  %19 = phi i64 [ %24, %23 ], [ 0, %69 ]
  call void @llvm.dbg.value(metadata i32 poison, metadata !80, metadata !DIExpression()), !dbg !106
  call void @llvm.dbg.value(metadata i32 0, metadata !97, metadata !DIExpression()), !dbg !108
  br label %20, !dbg !109

20:                                               ; preds = %32, %17
  %21 = phi i64 [ 16, %17 ], [ %36, %32 ]
  %22 = phi i64 [ 0, %17 ], [ %33, %32 ]
  call void @llvm.dbg.value(metadata i64 %22, metadata !97, metadata !DIExpression(DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_stack_value)), !dbg !108
  call void @llvm.dbg.value(metadata i32 poison, metadata !100, metadata !DIExpression()), !dbg !110
  br label %27, !dbg !111

23:                                               ; preds = %32
  %24 = add nuw nsw i64 %19, 16, !dbg !112
  call void @llvm.dbg.value(metadata i64 %24, metadata !80, metadata !DIExpression(DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_stack_value)), !dbg !106
  %25 = icmp ult i64 %19, 80
  %26 = add nuw nsw i64 %18, 16, !dbg !112
  br i1 %25, label %17, label %51, !dbg !112, !llvm.loop !113

27:                                               ; preds = %37, %20
  %28 = phi i64 [ %19, %20 ], [ %38, %37 ]
  call void @llvm.dbg.value(metadata i64 %28, metadata !100, metadata !DIExpression()), !dbg !110
  call void @llvm.dbg.value(metadata i64 %22, metadata !103, metadata !DIExpression(DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_stack_value)), !dbg !115
  %29 = mul nuw nsw i64 %28, 80
  %30 = getelementptr inbounds i32, ptr @a, i64 %29
  %31 = getelementptr inbounds i32, ptr @t, i64 %28
  br label %40, !dbg !116

32:                                               ; preds = %37
  %33 = add nuw nsw i64 %22, 16, !dbg !109
  call void @llvm.dbg.value(metadata i64 %33, metadata !97, metadata !DIExpression(DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_stack_value)), !dbg !108
  %34 = and i64 %22, 4294967232, !dbg !117
  %35 = icmp eq i64 %34, 0, !dbg !117
  %36 = add nuw nsw i64 %21, 16, !dbg !109
  br i1 %35, label %20, label %23, !dbg !109, !llvm.loop !118

37:                                               ; preds = %40
  %38 = add nuw nsw i64 %28, 1, !dbg !120
  call void @llvm.dbg.value(metadata i64 %38, metadata !100, metadata !DIExpression()), !dbg !110
  %39 = icmp eq i64 %38, %18, !dbg !121
  br i1 %39, label %32, label %27, !dbg !111, !llvm.loop !122

40:                                               ; preds = %40, %27
  %41 = phi i64 [ %22, %27 ], [ %46, %40 ]
  call void @llvm.dbg.value(metadata i64 %41, metadata !103, metadata !DIExpression()), !dbg !115
  %42 = getelementptr inbounds i32, ptr %30, i64 %41, !dbg !124
  %43 = load i32, ptr %42, align 4, !dbg !124, !tbaa !69
  %44 = mul nuw nsw i64 %41, 96, !dbg !126
  %45 = getelementptr inbounds i32, ptr %31, i64 %44, !dbg !126
  store i32 %43, ptr %45, align 4, !dbg !127, !tbaa !69
  %46 = add nuw nsw i64 %41, 1, !dbg !128
  call void @llvm.dbg.value(metadata i64 %46, metadata !103, metadata !DIExpression()), !dbg !115
  %47 = icmp eq i64 %46, %21, !dbg !129
  br i1 %47, label %37, label %40, !dbg !116, !llvm.loop !130

48:                                               ; preds = %60, %51
  call void @llvm.dbg.value(metadata i64 %54, metadata !132, metadata !DIExpression()), !dbg !146
  %49 = add nuw nsw i64 %53, 1, !dbg !148
  %50 = icmp eq i64 %54, 80, !dbg !149
  br i1 %50, label %79, label %51, !dbg !148, !llvm.loop !150

51:                                               ; preds = %23, %48
  %52 = phi i64 [ %54, %48 ], [ 0, %23 ]
  %53 = phi i64 [ %49, %48 ], [ 1, %23 ]
  call void @llvm.dbg.value(metadata i64 %52, metadata !132, metadata !DIExpression()), !dbg !146
  %54 = add nuw nsw i64 %52, 1, !dbg !152
  call void @llvm.dbg.value(metadata i64 %54, metadata !140, metadata !DIExpression()), !dbg !153
  %55 = icmp ult i64 %52, 79, !dbg !154
  br i1 %55, label %56, label %48, !dbg !155

56:                                               ; preds = %51
  %57 = mul nuw nsw i64 %52, 80
  %58 = getelementptr inbounds i32, ptr @sq, i64 %57
  %59 = getelementptr inbounds i32, ptr @sq, i64 %52
  br label %60, !dbg !155

60:                                               ; preds = %60, %56
  %61 = phi i64 [ %53, %56 ], [ %67, %60 ]
  call void @llvm.dbg.value(metadata i64 %61, metadata !140, metadata !DIExpression()), !dbg !153
  %62 = getelementptr inbounds i32, ptr %58, i64 %61, !dbg !156
  %63 = load i32, ptr %62, align 4, !dbg !156, !tbaa !69
  call void @llvm.dbg.value(metadata i32 %63, metadata !143, metadata !DIExpression()), !dbg !157
  %64 = mul nuw nsw i64 %61, 80, !dbg !158
  %65 = getelementptr inbounds i32, ptr %59, i64 %64, !dbg !158
  %66 = load i32, ptr %65, align 4, !dbg !158, !tbaa !69
  store i32 %66, ptr %62, align 4, !dbg !159, !tbaa !69
  store i32 %63, ptr %65, align 4, !dbg !160, !tbaa !69
  %67 = add nuw nsw i64 %61, 1, !dbg !161
  call void @llvm.dbg.value(metadata i64 %67, metadata !140, metadata !DIExpression()), !dbg !153
  %68 = icmp eq i64 %67, 80, !dbg !154
  br i1 %68, label %48, label %60, !dbg !155, !llvm.loop !162

69:                                               ; preds = %72
  %70 = add nuw nsw i64 %15, 1, !dbg !164
  call void @llvm.dbg.value(metadata i64 %70, metadata !39, metadata !DIExpression()), !dbg !77
  %71 = icmp eq i64 %70, 80, !dbg !165
  br i1 %71, label %17, label %14, !dbg !166, !llvm.loop !167

72:                                               ; preds = %14, %72
  %73 = phi i64 [ 0, %14 ], [ %77, %72 ]
  call void @llvm.dbg.value(metadata i64 %73, metadata !41, metadata !DIExpression()), !dbg !78
  %74 = add nuw nsw i64 %73, %16, !dbg !169
  %75 = getelementptr inbounds [80 x [80 x i32]], ptr @sq, i64 0, i64 %15, i64 %73, !dbg !171
  %76 = trunc i64 %74 to i32, !dbg !172
  store i32 %76, ptr %75, align 4, !dbg !172, !tbaa !69
  %77 = add nuw nsw i64 %73, 1, !dbg !173
  call void @llvm.dbg.value(metadata i64 %77, metadata !41, metadata !DIExpression()), !dbg !78
  %78 = icmp eq i64 %77, 80, !dbg !174
  br i1 %78, label %69, label %72, !dbg !79, !llvm.loop !175

79:                                               ; preds = %48, %82
  %80 = phi i64 [ %83, %82 ], [ 0, %48 ]
  %81 = phi i32 [ %94, %82 ], [ 0, %48 ]
  call void @llvm.dbg.value(metadata i64 %80, metadata !45, metadata !DIExpression()), !dbg !177
  call void @llvm.dbg.value(metadata i32 %81, metadata !44, metadata !DIExpression()), !dbg !178
  call void @llvm.dbg.value(metadata i32 0, metadata !47, metadata !DIExpression()), !dbg !179
  call void @llvm.dbg.value(metadata i32 %81, metadata !44, metadata !DIExpression()), !dbg !178
  br label %85, !dbg !180

82:                                               ; preds = %85
  %83 = add nuw nsw i64 %80, 1, !dbg !181
  call void @llvm.dbg.value(metadata i64 %83, metadata !45, metadata !DIExpression()), !dbg !177
  call void @llvm.dbg.value(metadata i32 %94, metadata !44, metadata !DIExpression()), !dbg !178
  %84 = icmp eq i64 %83, 96, !dbg !182
  br i1 %84, label %97, label %79, !dbg !183, !llvm.loop !184

85:                                               ; preds = %79, %85
  %86 = phi i64 [ 0, %79 ], [ %95, %85 ]
  %87 = phi i32 [ %81, %79 ], [ %94, %85 ]
  call void @llvm.dbg.value(metadata i64 %86, metadata !47, metadata !DIExpression()), !dbg !179
  call void @llvm.dbg.value(metadata i32 %87, metadata !44, metadata !DIExpression()), !dbg !178
  %88 = getelementptr inbounds [80 x [96 x i32]], ptr @t, i64 0, i64 %86, i64 %80, !dbg !186
  %89 = load i32, ptr %88, align 4, !dbg !186, !tbaa !69
  %90 = getelementptr inbounds [96 x [80 x i32]], ptr @a, i64 0, i64 %80, i64 %86, !dbg !189
  %91 = load i32, ptr %90, align 4, !dbg !189, !tbaa !69
  %92 = icmp ne i32 %89, %91, !dbg !190
  %93 = zext i1 %92 to i32, !dbg !191
  %94 = add nsw i32 %87, %93, !dbg !191
  call void @llvm.dbg.value(metadata i32 %94, metadata !44, metadata !DIExpression()), !dbg !178
  %95 = add nuw nsw i64 %86, 1, !dbg !192
  call void @llvm.dbg.value(metadata i64 %95, metadata !47, metadata !DIExpression()), !dbg !179
  %96 = icmp eq i64 %95, 80, !dbg !193
  br i1 %96, label %82, label %85, !dbg !180, !llvm.loop !194

97:                                               ; preds = %82, %104
  %98 = phi i64 [ %105, %104 ], [ 0, %82 ]
  %99 = phi i32 [ %117, %104 ], [ %94, %82 ]
  call void @llvm.dbg.value(metadata i64 %98, metadata !50, metadata !DIExpression()), !dbg !196
  call void @llvm.dbg.value(metadata i32 %99, metadata !44, metadata !DIExpression()), !dbg !178
  call void @llvm.dbg.value(metadata i32 0, metadata !52, metadata !DIExpression()), !dbg !197
  call void @llvm.dbg.value(metadata i32 %99, metadata !44, metadata !DIExpression()), !dbg !178
  br label %107, !dbg !198

100:                                              ; preds = %104
  %101 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 96, i32 noundef 80, i32 noundef %117), !dbg !199
  %102 = icmp ne i32 %117, 0, !dbg !200
  %103 = zext i1 %102 to i32, !dbg !201
  ret i32 %103, !dbg !202

104:                                              ; preds = %107
  %105 = add nuw nsw i64 %98, 1, !dbg !203
  call void @llvm.dbg.value(metadata i64 %105, metadata !50, metadata !DIExpression()), !dbg !196
  call void @llvm.dbg.value(metadata i32 %117, metadata !44, metadata !DIExpression()), !dbg !178
  %106 = icmp eq i64 %105, 80, !dbg !204
  br i1 %106, label %100, label %97, !dbg !205, !llvm.loop !206

107:                                              ; preds = %97, %107
  %108 = phi i64 [ 0, %97 ], [ %118, %107 ]
  %109 = phi i32 [ %99, %97 ], [ %117, %107 ]
  call void @llvm.dbg.value(metadata i64 %108, metadata !52, metadata !DIExpression()), !dbg !197
  call void @llvm.dbg.value(metadata i32 %109, metadata !44, metadata !DIExpression()), !dbg !178
  %110 = getelementptr inbounds [80 x [80 x i32]], ptr @sq, i64 0, i64 %98, i64 %108, !dbg !208
  %111 = load i32, ptr %110, align 4, !dbg !208, !tbaa !69
  %112 = mul nuw nsw i64 %108, 1000, !dbg !211
  %113 = add nuw nsw i64 %112, %98, !dbg !212
  %114 = zext i32 %111 to i64, !dbg !213
  %115 = icmp ne i64 %113, %114, !dbg !213
  %116 = zext i1 %115 to i32, !dbg !214
  %117 = add nsw i32 %109, %116, !dbg !214
  call void @llvm.dbg.value(metadata i32 %117, metadata !44, metadata !DIExpression()), !dbg !178
  %118 = add nuw nsw i64 %108, 1, !dbg !215
  call void @llvm.dbg.value(metadata i64 %118, metadata !52, metadata !DIExpression()), !dbg !197
  %119 = icmp eq i64 %118, 80, !dbg !216
  br i1 %119, label %104, label %107, !dbg !198, !llvm.loop !217
}

; Function Attrs: nofree nounwind
declare !dbg !219 noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #2

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!24, !25, !26, !27, !28, !29}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "a", scope: !2, file: !3, line: 8, type: !22, isLocal: true, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "c/transpose.c", directory: ".", checksumkind: CSK_MD5, checksum: "f70db8254968a1d69bcf6290dadddc38")
!4 = !{!5, !0, !11, !18}
!5 = !DIGlobalVariableExpression(var: !6, expr: !DIExpression())
!6 = distinct !DIGlobalVariable(scope: null, file: !3, line: 41, type: !7, isLocal: true, isDefinition: true)
!7 = !DICompositeType(tag: DW_TAG_array_type, baseType: !8, size: 208, elements: !9)
!8 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!9 = !{!10}
!10 = !DISubrange(count: 26)
!11 = !DIGlobalVariableExpression(var: !12, expr: !DIExpression())
!12 = distinct !DIGlobalVariable(name: "t", scope: !2, file: !3, line: 8, type: !13, isLocal: true, isDefinition: true)
!13 = !DICompositeType(tag: DW_TAG_array_type, baseType: !14, size: 245760, elements: !15)
!14 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!15 = !{!16, !17}
!16 = !DISubrange(count: 80)
!17 = !DISubrange(count: 96)
!18 = !DIGlobalVariableExpression(var: !19, expr: !DIExpression())
!19 = distinct !DIGlobalVariable(name: "sq", scope: !2, file: !3, line: 8, type: !20, isLocal: true, isDefinition: true)
!20 = !DICompositeType(tag: DW_TAG_array_type, baseType: !14, size: 204800, elements: !21)
!21 = !{!16, !16}
!22 = !DICompositeType(tag: DW_TAG_array_type, baseType: !14, size: 245760, elements: !23)
!23 = !{!17, !16}
!24 = !{i32 7, !"Dwarf Version", i32 5}
!25 = !{i32 2, !"Debug Info Version", i32 3}
!26 = !{i32 1, !"wchar_size", i32 4}
!27 = !{i32 8, !"PIC Level", i32 2}
!28 = !{i32 7, !"PIE Level", i32 2}
!29 = !{i32 7, !"uwtable", i32 2}
!30 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 27, type: !31, scopeLine: 27, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !33)
!31 = !DISubroutineType(types: !32)
!32 = !{!14}
!33 = !{!34, !36, !39, !41, !44, !45, !47, !50, !52}
!34 = !DILocalVariable(name: "i", scope: !35, file: !3, line: 28, type: !14)
!35 = distinct !DILexicalBlock(scope: !30, file: !3, line: 28, column: 5)
!36 = !DILocalVariable(name: "j", scope: !37, file: !3, line: 29, type: !14)
!37 = distinct !DILexicalBlock(scope: !38, file: !3, line: 29, column: 9)
!38 = distinct !DILexicalBlock(scope: !35, file: !3, line: 28, column: 5)
!39 = !DILocalVariable(name: "i", scope: !40, file: !3, line: 30, type: !14)
!40 = distinct !DILexicalBlock(scope: !30, file: !3, line: 30, column: 5)
!41 = !DILocalVariable(name: "j", scope: !42, file: !3, line: 31, type: !14)
!42 = distinct !DILexicalBlock(scope: !43, file: !3, line: 31, column: 9)
!43 = distinct !DILexicalBlock(scope: !40, file: !3, line: 30, column: 5)
!44 = !DILocalVariable(name: "wrong", scope: !30, file: !3, line: 34, type: !14)
!45 = !DILocalVariable(name: "i", scope: !46, file: !3, line: 35, type: !14)
!46 = distinct !DILexicalBlock(scope: !30, file: !3, line: 35, column: 5)
!47 = !DILocalVariable(name: "j", scope: !48, file: !3, line: 36, type: !14)
!48 = distinct !DILexicalBlock(scope: !49, file: !3, line: 36, column: 9)
!49 = distinct !DILexicalBlock(scope: !46, file: !3, line: 35, column: 5)
!50 = !DILocalVariable(name: "i", scope: !51, file: !3, line: 38, type: !14)
!51 = distinct !DILexicalBlock(scope: !30, file: !3, line: 38, column: 5)
!52 = !DILocalVariable(name: "j", scope: !53, file: !3, line: 39, type: !14)
!53 = distinct !DILexicalBlock(scope: !54, file: !3, line: 39, column: 9)
!54 = distinct !DILexicalBlock(scope: !51, file: !3, line: 38, column: 5)
!55 = !DILocation(line: 0, scope: !35)
!56 = !DILocation(line: 28, column: 5, scope: !35)
!57 = !DILocation(line: 0, scope: !37)
!58 = !DILocation(line: 29, column: 9, scope: !37)
!59 = !DILocation(line: 28, column: 32, scope: !38)
!60 = !DILocation(line: 28, column: 23, scope: !38)
!61 = distinct !{!61, !56, !62, !63, !64}
!62 = !DILocation(line: 29, column: 61, scope: !35)
!63 = !{!"llvm.loop.mustprogress"}
!64 = !{!"llvm.loop.unroll.disable"}
!65 = !DILocation(line: 29, column: 59, scope: !66)
!66 = distinct !DILexicalBlock(scope: !37, file: !3, line: 29, column: 9)
!67 = !DILocation(line: 29, column: 40, scope: !66)
!68 = !DILocation(line: 29, column: 48, scope: !66)
!69 = !{!70, !70, i64 0}
!70 = !{!"int", !71, i64 0}
!71 = !{!"omnipotent char", !72, i64 0}
!72 = !{!"Simple C/C++ TBAA"}
!73 = !DILocation(line: 29, column: 36, scope: !66)
!74 = !DILocation(line: 29, column: 27, scope: !66)
!75 = distinct !{!75, !58, !76, !63, !64}
!76 = !DILocation(line: 29, column: 61, scope: !37)
!77 = !DILocation(line: 0, scope: !40)
!78 = !DILocation(line: 0, scope: !42)
!79 = !DILocation(line: 31, column: 9, scope: !42)
!80 = !DILocalVariable(name: "ib", scope: !81, file: !3, line: 11, type: !14)
!81 = distinct !DILexicalBlock(scope: !82, file: !3, line: 11, column: 5)
!82 = distinct !DISubprogram(name: "transpose_blocked", scope: !3, file: !3, line: 10, type: !83, scopeLine: 10, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !92)
!83 = !DISubroutineType(types: !84)
!84 = !{null, !14, !14, !85, !90}
!85 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !86, size: 64)
!86 = !DICompositeType(tag: DW_TAG_array_type, baseType: !87, elements: !88)
!87 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !14)
!88 = !{!89}
!89 = !DISubrange(count: -1)
!90 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !91, size: 64)
!91 = !DICompositeType(tag: DW_TAG_array_type, baseType: !14, elements: !88)
!92 = !{!93, !94, !95, !96, !80, !97, !100, !103}
!93 = !DILocalVariable(name: "rows", arg: 1, scope: !82, file: !3, line: 10, type: !14)
!94 = !DILocalVariable(name: "cols", arg: 2, scope: !82, file: !3, line: 10, type: !14)
!95 = !DILocalVariable(name: "in", arg: 3, scope: !82, file: !3, line: 10, type: !85)
!96 = !DILocalVariable(name: "out", arg: 4, scope: !82, file: !3, line: 10, type: !90)
!97 = !DILocalVariable(name: "jb", scope: !98, file: !3, line: 12, type: !14)
!98 = distinct !DILexicalBlock(scope: !99, file: !3, line: 12, column: 9)
!99 = distinct !DILexicalBlock(scope: !81, file: !3, line: 11, column: 5)
!100 = !DILocalVariable(name: "i", scope: !101, file: !3, line: 13, type: !14)
!101 = distinct !DILexicalBlock(scope: !102, file: !3, line: 13, column: 13)
!102 = distinct !DILexicalBlock(scope: !98, file: !3, line: 12, column: 9)
!103 = !DILocalVariable(name: "j", scope: !104, file: !3, line: 14, type: !14)
!104 = distinct !DILexicalBlock(scope: !105, file: !3, line: 14, column: 17)
!105 = distinct !DILexicalBlock(scope: !101, file: !3, line: 13, column: 13)
!106 = !DILocation(line: 0, scope: !81, inlinedAt: !107)
!107 = distinct !DILocation(line: 32, column: 5, scope: !30)
!108 = !DILocation(line: 0, scope: !98, inlinedAt: !107)
!109 = !DILocation(line: 12, column: 9, scope: !98, inlinedAt: !107)
!110 = !DILocation(line: 0, scope: !101, inlinedAt: !107)
!111 = !DILocation(line: 13, column: 13, scope: !101, inlinedAt: !107)
!112 = !DILocation(line: 11, column: 5, scope: !81, inlinedAt: !107)
!113 = distinct !{!113, !112, !114, !63, !64}
!114 = !DILocation(line: 15, column: 40, scope: !81, inlinedAt: !107)
!115 = !DILocation(line: 0, scope: !104, inlinedAt: !107)
!116 = !DILocation(line: 14, column: 17, scope: !104, inlinedAt: !107)
!117 = !DILocation(line: 12, column: 29, scope: !102, inlinedAt: !107)
!118 = distinct !{!118, !109, !119, !63, !64}
!119 = !DILocation(line: 15, column: 40, scope: !98, inlinedAt: !107)
!120 = !DILocation(line: 13, column: 58, scope: !105, inlinedAt: !107)
!121 = !DILocation(line: 13, column: 44, scope: !105, inlinedAt: !107)
!122 = distinct !{!122, !111, !123, !63, !64}
!123 = !DILocation(line: 15, column: 40, scope: !101, inlinedAt: !107)
!124 = !DILocation(line: 15, column: 33, scope: !125, inlinedAt: !107)
!125 = distinct !DILexicalBlock(scope: !104, file: !3, line: 14, column: 17)
!126 = !DILocation(line: 15, column: 21, scope: !125, inlinedAt: !107)
!127 = !DILocation(line: 15, column: 31, scope: !125, inlinedAt: !107)
!128 = !DILocation(line: 14, column: 62, scope: !125, inlinedAt: !107)
!129 = !DILocation(line: 14, column: 48, scope: !125, inlinedAt: !107)
!130 = distinct !{!130, !116, !131, !63, !64}
!131 = !DILocation(line: 15, column: 40, scope: !104, inlinedAt: !107)
!132 = !DILocalVariable(name: "i", scope: !133, file: !3, line: 19, type: !14)
!133 = distinct !DILexicalBlock(scope: !134, file: !3, line: 19, column: 5)
!134 = distinct !DISubprogram(name: "transpose_in_place", scope: !3, file: !3, line: 18, type: !135, scopeLine: 18, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !137)
!135 = !DISubroutineType(types: !136)
!136 = !{null, !14, !90}
!137 = !{!138, !139, !132, !140, !143}
!138 = !DILocalVariable(name: "n", arg: 1, scope: !134, file: !3, line: 18, type: !14)
!139 = !DILocalVariable(name: "m", arg: 2, scope: !134, file: !3, line: 18, type: !90)
!140 = !DILocalVariable(name: "j", scope: !141, file: !3, line: 20, type: !14)
!141 = distinct !DILexicalBlock(scope: !142, file: !3, line: 20, column: 9)
!142 = distinct !DILexicalBlock(scope: !133, file: !3, line: 19, column: 5)
!143 = !DILocalVariable(name: "x", scope: !144, file: !3, line: 21, type: !14)
!144 = distinct !DILexicalBlock(scope: !145, file: !3, line: 20, column: 41)
!145 = distinct !DILexicalBlock(scope: !141, file: !3, line: 20, column: 9)
!146 = !DILocation(line: 0, scope: !133, inlinedAt: !147)
!147 = distinct !DILocation(line: 33, column: 5, scope: !30)
!148 = !DILocation(line: 19, column: 5, scope: !133, inlinedAt: !147)
!149 = !DILocation(line: 19, column: 23, scope: !142, inlinedAt: !147)
!150 = distinct !{!150, !148, !151, !63, !64}
!151 = !DILocation(line: 24, column: 9, scope: !133, inlinedAt: !147)
!152 = !DILocation(line: 20, column: 24, scope: !141, inlinedAt: !147)
!153 = !DILocation(line: 0, scope: !141, inlinedAt: !147)
!154 = !DILocation(line: 20, column: 31, scope: !145, inlinedAt: !147)
!155 = !DILocation(line: 20, column: 9, scope: !141, inlinedAt: !147)
!156 = !DILocation(line: 21, column: 21, scope: !144, inlinedAt: !147)
!157 = !DILocation(line: 0, scope: !144, inlinedAt: !147)
!158 = !DILocation(line: 22, column: 23, scope: !144, inlinedAt: !147)
!159 = !DILocation(line: 22, column: 21, scope: !144, inlinedAt: !147)
!160 = !DILocation(line: 23, column: 21, scope: !144, inlinedAt: !147)
!161 = !DILocation(line: 20, column: 37, scope: !145, inlinedAt: !147)
!162 = distinct !{!162, !155, !163, !63, !64}
!163 = !DILocation(line: 24, column: 9, scope: !141, inlinedAt: !147)
!164 = !DILocation(line: 30, column: 32, scope: !43)
!165 = !DILocation(line: 30, column: 23, scope: !43)
!166 = !DILocation(line: 30, column: 5, scope: !40)
!167 = distinct !{!167, !166, !168, !63, !64}
!168 = !DILocation(line: 31, column: 62, scope: !40)
!169 = !DILocation(line: 31, column: 60, scope: !170)
!170 = distinct !DILexicalBlock(scope: !42, file: !3, line: 31, column: 9)
!171 = !DILocation(line: 31, column: 40, scope: !170)
!172 = !DILocation(line: 31, column: 49, scope: !170)
!173 = !DILocation(line: 31, column: 36, scope: !170)
!174 = !DILocation(line: 31, column: 27, scope: !170)
!175 = distinct !{!175, !79, !176, !63, !64}
!176 = !DILocation(line: 31, column: 62, scope: !42)
!177 = !DILocation(line: 0, scope: !46)
!178 = !DILocation(line: 0, scope: !30)
!179 = !DILocation(line: 0, scope: !48)
!180 = !DILocation(line: 36, column: 9, scope: !48)
!181 = !DILocation(line: 35, column: 32, scope: !49)
!182 = !DILocation(line: 35, column: 23, scope: !49)
!183 = !DILocation(line: 35, column: 5, scope: !46)
!184 = distinct !{!184, !183, !185, !63, !64}
!185 = !DILocation(line: 37, column: 42, scope: !46)
!186 = !DILocation(line: 37, column: 17, scope: !187)
!187 = distinct !DILexicalBlock(scope: !188, file: !3, line: 37, column: 17)
!188 = distinct !DILexicalBlock(scope: !48, file: !3, line: 36, column: 9)
!189 = !DILocation(line: 37, column: 28, scope: !187)
!190 = !DILocation(line: 37, column: 25, scope: !187)
!191 = !DILocation(line: 37, column: 17, scope: !188)
!192 = !DILocation(line: 36, column: 36, scope: !188)
!193 = !DILocation(line: 36, column: 27, scope: !188)
!194 = distinct !{!194, !180, !195, !63, !64}
!195 = !DILocation(line: 37, column: 42, scope: !48)
!196 = !DILocation(line: 0, scope: !51)
!197 = !DILocation(line: 0, scope: !53)
!198 = !DILocation(line: 39, column: 9, scope: !53)
!199 = !DILocation(line: 41, column: 5, scope: !30)
!200 = !DILocation(line: 42, column: 18, scope: !30)
!201 = !DILocation(line: 42, column: 12, scope: !30)
!202 = !DILocation(line: 43, column: 1, scope: !30)
!203 = !DILocation(line: 38, column: 32, scope: !54)
!204 = !DILocation(line: 38, column: 23, scope: !54)
!205 = !DILocation(line: 38, column: 5, scope: !51)
!206 = distinct !{!206, !205, !207, !63, !64}
!207 = !DILocation(line: 40, column: 48, scope: !51)
!208 = !DILocation(line: 40, column: 17, scope: !209)
!209 = distinct !DILexicalBlock(scope: !210, file: !3, line: 40, column: 17)
!210 = distinct !DILexicalBlock(scope: !53, file: !3, line: 39, column: 9)
!211 = !DILocation(line: 40, column: 31, scope: !209)
!212 = !DILocation(line: 40, column: 38, scope: !209)
!213 = !DILocation(line: 40, column: 26, scope: !209)
!214 = !DILocation(line: 40, column: 17, scope: !210)
!215 = !DILocation(line: 39, column: 36, scope: !210)
!216 = !DILocation(line: 39, column: 27, scope: !210)
!217 = distinct !{!217, !198, !218, !63, !64}
!218 = !DILocation(line: 40, column: 48, scope: !53)
!219 = !DISubprogram(name: "printf", scope: !220, file: !220, line: 356, type: !221, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !226)
!220 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!221 = !DISubroutineType(types: !222)
!222 = !{!14, !223, null}
!223 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !224)
!224 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !225, size: 64)
!225 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !8)
!226 = !{}
