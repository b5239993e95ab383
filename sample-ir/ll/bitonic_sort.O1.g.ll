; ModuleID = 'c/bitonic_sort.c'
source_filename = "c/bitonic_sort.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@keys = internal unnamed_addr global [1024 x float] zeroinitializer, align 16, !dbg !0
@.str = private unnamed_addr constant [47 x i8] c"bitonic_sort n=%d min=%.2f max=%.2f sorted=%d\0A\00", align 1, !dbg !7

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 !dbg !22 {
  call void @llvm.dbg.value(metadata i32 1, metadata !27, metadata !DIExpression()), !dbg !34
  call void @llvm.dbg.value(metadata i32 0, metadata !29, metadata !DIExpression()), !dbg !35
  br label %31, !dbg !36

1:                                                ; preds = %31, %6
  %2 = phi i32 [ %7, %6 ], [ 2, %31 ]
  call void @llvm.dbg.value(metadata i32 %2, metadata !37, metadata !DIExpression()), !dbg !55
  call void @llvm.dbg.value(metadata i32 %2, metadata !46, metadata !DIExpression(DW_OP_constu, 1, DW_OP_shra, DW_OP_stack_value)), !dbg !57
  %3 = ashr exact i32 %2, 1, !dbg !58
  call void @llvm.dbg.value(metadata i32 %3, metadata !46, metadata !DIExpression()), !dbg !57
  br label %4, !dbg !59

4:                                                ; preds = %9, %1
  %5 = phi i32 [ %10, %9 ], [ %3, %1 ]
  call void @llvm.dbg.value(metadata i32 %5, metadata !46, metadata !DIExpression()), !dbg !57
  call void @llvm.dbg.value(metadata i32 0, metadata !49, metadata !DIExpression()), !dbg !60
  br label %12, !dbg !61

6:                                                ; preds = %9
  %7 = shl i32 %2, 1, !dbg !62
  call void @llvm.dbg.value(metadata i32 %7, metadata !37, metadata !DIExpression()), !dbg !55
  %8 = icmp slt i32 %7, 1025, !dbg !63
  br i1 %8, label %1, label %51, !dbg !64, !llvm.loop !65

9:                                                ; preds = %28
  %10 = lshr i32 %5, 1
  call void @llvm.dbg.value(metadata i32 %10, metadata !46, metadata !DIExpression()), !dbg !57
  %11 = icmp ult i32 %5, 2, !dbg !69
  br i1 %11, label %6, label %4, !dbg !59, !llvm.loop !70

12:                                               ; preds = %28, %4
  %13 = phi i64 [ 0, %4 ], [ %29, %28 ]
  call void @llvm.dbg.value(metadata i64 %13, metadata !49, metadata !DIExpression()), !dbg !60
  %14 = trunc i64 %13 to i32, !dbg !72
  %15 = xor i32 %5, %14, !dbg !72
  call void @llvm.dbg.value(metadata i32 %15, metadata !52, metadata !DIExpression()), !dbg !73
  %16 = sext i32 %15 to i64, !dbg !74
  %17 = icmp slt i64 %13, %16, !dbg !74
  br i1 %17, label %18, label %28, !dbg !76

18:                                               ; preds = %12
  %19 = and i32 %2, %14, !dbg !77
  %20 = icmp eq i32 %19, 0, !dbg !78
  call void @llvm.dbg.value(metadata ptr @keys, metadata !79, metadata !DIExpression()), !dbg !90
  call void @llvm.dbg.value(metadata i64 %13, metadata !84, metadata !DIExpression()), !dbg !90
  call void @llvm.dbg.value(metadata i32 %15, metadata !85, metadata !DIExpression()), !dbg !90
  call void @llvm.dbg.value(metadata i1 %20, metadata !86, metadata !DIExpression(DW_OP_LLVM_convert, 1, DW_ATE_unsigned, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_stack_value)), !dbg !90
  %21 = getelementptr inbounds float, ptr @keys, i64 %13, !dbg !92
  %22 = load float, ptr %21, align 4, !dbg !92, !tbaa !93
  %23 = getelementptr inbounds float, ptr @keys, i64 %16, !dbg !97
  %24 = load float, ptr %23, align 4, !dbg !97, !tbaa !93
  %25 = fcmp ule float %22, %24, !dbg !98
  %26 = xor i1 %20, %25, !dbg !99
  br i1 %26, label %27, label %28, !dbg !100

27:                                               ; preds = %18
  call void @llvm.dbg.value(metadata float %22, metadata !87, metadata !DIExpression()), !dbg !101
  store float %24, ptr %21, align 4, !dbg !102, !tbaa !93
  store float %22, ptr %23, align 4, !dbg !103, !tbaa !93
  br label %28, !dbg !104

28:                                               ; preds = %27, %18, %12
  %29 = add nuw nsw i64 %13, 1, !dbg !105
  call void @llvm.dbg.value(metadata i64 %29, metadata !49, metadata !DIExpression()), !dbg !60
  %30 = icmp eq i64 %29, 1024, !dbg !106
  br i1 %30, label %9, label %12, !dbg !61, !llvm.loop !107

31:                                               ; preds = %0, %31
  %32 = phi i64 [ 0, %0 ], [ %41, %31 ]
  %33 = phi i32 [ 1, %0 ], [ %35, %31 ]
  call void @llvm.dbg.value(metadata i64 %32, metadata !29, metadata !DIExpression()), !dbg !35
  call void @llvm.dbg.value(metadata i32 %33, metadata !27, metadata !DIExpression()), !dbg !34
  %34 = mul i32 %33, 1103515245, !dbg !109
  %35 = add i32 %34, 12345, !dbg !112
  call void @llvm.dbg.value(metadata i32 %35, metadata !27, metadata !DIExpression()), !dbg !34
  %36 = lshr i32 %35, 8, !dbg !113
  %37 = urem i32 %36, 100000, !dbg !114
  %38 = uitofp i32 %37 to float, !dbg !115
  %39 = fdiv float %38, 1.000000e+02, !dbg !116
  %40 = getelementptr inbounds [1024 x float], ptr @keys, i64 0, i64 %32, !dbg !117
  store float %39, ptr %40, align 4, !dbg !118, !tbaa !93
  %41 = add nuw nsw i64 %32, 1, !dbg !119
  call void @llvm.dbg.value(metadata i64 %41, metadata !29, metadata !DIExpression()), !dbg !35
  %42 = icmp eq i64 %41, 1024, !dbg !120
  br i1 %42, label %1, label %31, !dbg !36, !llvm.loop !121

43:                                               ; preds = %51
  %44 = load float, ptr @keys, align 16, !dbg !123, !tbaa !93
  %45 = fpext float %44 to double, !dbg !123
  %46 = load float, ptr getelementptr inbounds ([1024 x float], ptr @keys, i64 0, i64 1023), align 4, !dbg !124, !tbaa !93
  %47 = fpext float %46 to double, !dbg !124
  %48 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 1024, double noundef %45, double noundef %47, i32 noundef %60), !dbg !125
  %49 = icmp eq i32 %60, 0, !dbg !126
  %50 = zext i1 %49 to i32, !dbg !126
  ret i32 %50, !dbg !127

51:                                               ; preds = %6, %51
  %52 = phi i64 [ %61, %51 ], [ 1, %6 ]
  %53 = phi i32 [ %60, %51 ], [ 1, %6 ]
  call void @llvm.dbg.value(metadata i64 %52, metadata !32, metadata !DIExpression()), !dbg !128
  call void @llvm.dbg.value(metadata i32 %53, metadata !31, metadata !DIExpression()), !dbg !34
  %54 = add nsw i64 %52, -1, !dbg !129
  %55 = getelementptr inbounds [1024 x float], ptr @keys, i64 0, i64 %54, !dbg !132
  %56 = load float, ptr %55, align 4, !dbg !132, !tbaa !93
  %57 = getelementptr inbounds [1024 x float], ptr @keys, i64 0, i64 %52, !dbg !133
  %58 = load float, ptr %57, align 4, !dbg !133, !tbaa !93
  %59 = fcmp ogt float %56, %58, !dbg !134
  %60 = select i1 %59, i32 0, i32 %53, !dbg !135
  call void @llvm.dbg.value(metadata i32 %60, metadata !31, metadata !DIExpression()), !dbg !34
  %61 = add nuw nsw i64 %52, 1, !dbg !136
  call void @llvm.dbg.value(metadata i64 %61, metadata !32, metadata !DIExpression()), !dbg !128
  %62 = icmp eq i64 %61, 1024, !dbg !137
  br i1 %62, label %43, label %51, !dbg !138, !llvm.loop !139
}

; Function Attrs: nofree nounwind
declare !dbg !141 noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #2

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!16, !17, !18, !19, !20, !21}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "keys", scope: !2, file: !3, line: 6, type: !13, isLocal: true, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !4, globals: !6, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "c/bitonic_sort.c", directory: ".", checksumkind: CSK_MD5, checksum: "e651cef682f4910a93f229c6e92fb53e")
!4 = !{!5}
!5 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!6 = !{!7, !0}
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(scope: null, file: !3, line: 36, type: !9, isLocal: true, isDefinition: true)
!9 = !DICompositeType(tag: DW_TAG_array_type, baseType: !10, size: 376, elements: !11)
!10 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!11 = !{!12}
!12 = !DISubrange(count: 47)
!13 = !DICompositeType(tag: DW_TAG_array_type, baseType: !5, size: 32768, elements: !14)
!14 = !{!15}
!15 = !DISubrange(count: 1024)
!16 = !{i32 7, !"Dwarf Version", i32 5}
!17 = !{i32 2, !"Debug Info Version", i32 3}
!18 = !{i32 1, !"wchar_size", i32 4}
!19 = !{i32 8, !"PIC Level", i32 2}
!20 = !{i32 7, !"PIE Level", i32 2}
!21 = !{i32 7, !"uwtable", i32 2}
!22 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 26, type: !23, scopeLine: 26, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !26)
!23 = !DISubroutineType(types: !24)
!24 = !{!25}
!25 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!26 = !{!27, !29, !31, !32}
!27 = !DILocalVariable(name: "s", scope: !22, file: !3, line: 27, type: !28)
!28 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!29 = !DILocalVariable(name: "i", scope: !30, file: !3, line: 28, type: !25)
!30 = distinct !DILexicalBlock(scope: !22, file: !3, line: 28, column: 5)
!31 = !DILocalVariable(name: "sorted", scope: !22, file: !3, line: 33, type: !25)
!32 = !DILocalVariable(name: "i", scope: !33, file: !3, line: 34, type: !25)
!33 = distinct !DILexicalBlock(scope: !22, file: !3, line: 34, column: 5)
!34 = !DILocation(line: 0, scope: !22)
!35 = !DILocation(line: 0, scope: !30)
!36 = !DILocation(line: 28, column: 5, scope: !30)
!37 = !DILocalVariable(name: "k", scope: !38, file: !3, line: 17, type: !25)
!38 = distinct !DILexicalBlock(scope: !39, file: !3, line: 17, column: 5)
!39 = distinct !DISubprogram(name: "bitonic_sort", scope: !3, file: !3, line: 16, type: !40, scopeLine: 16, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !43)
!40 = !DISubroutineType(types: !41)
!41 = !{null, !42, !25}
!42 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !5, size: 64)
!43 = !{!44, !45, !37, !46, !49, !52}
!44 = !DILocalVariable(name: "a", arg: 1, scope: !39, file: !3, line: 16, type: !42)
!45 = !DILocalVariable(name: "n", arg: 2, scope: !39, file: !3, line: 16, type: !25)
!46 = !DILocalVariable(name: "j", scope: !47, file: !3, line: 18, type: !25)
!47 = distinct !DILexicalBlock(scope: !48, file: !3, line: 18, column: 9)
!48 = distinct !DILexicalBlock(scope: !38, file: !3, line: 17, column: 5)
!49 = !DILocalVariable(name: "i", scope: !50, file: !3, line: 19, type: !25)
!50 = distinct !DILexicalBlock(scope: !51, file: !3, line: 19, column: 13)
!51 = distinct !DILexicalBlock(scope: !47, file: !3, line: 18, column: 9)
!52 = !DILocalVariable(name: "partner", scope: !53, file: !3, line: 20, type: !25)
!53 = distinct !DILexicalBlock(scope: !54, file: !3, line: 19, column: 41)
!54 = distinct !DILexicalBlock(scope: !50, file: !3, line: 19, column: 13)
!55 = !DILocation(line: 0, scope: !38, inlinedAt: !56)
!56 = distinct !DILocation(line: 32, column: 5, scope: !22)
!57 = !DILocation(line: 0, scope: !47, inlinedAt: !56)
!58 = !DILocation(line: 18, column: 24, scope: !47, inlinedAt: !56)
!59 = !DILocation(line: 18, column: 9, scope: !47, inlinedAt: !56)
!60 = !DILocation(line: 0, scope: !50, inlinedAt: !56)
!61 = !DILocation(line: 19, column: 13, scope: !50, inlinedAt: !56)
!62 = !DILocation(line: 17, column: 31, scope: !48, inlinedAt: !56)
!63 = !DILocation(line: 17, column: 23, scope: !48, inlinedAt: !56)
!64 = !DILocation(line: 17, column: 5, scope: !38, inlinedAt: !56)
!65 = distinct !{!65, !64, !66, !67, !68}
!66 = !DILocation(line: 23, column: 13, scope: !38, inlinedAt: !56)
!67 = !{!"llvm.loop.mustprogress"}
!68 = !{!"llvm.loop.unroll.disable"}
!69 = !DILocation(line: 18, column: 32, scope: !51, inlinedAt: !56)
!70 = distinct !{!70, !59, !71, !67, !68}
!71 = !DILocation(line: 23, column: 13, scope: !47, inlinedAt: !56)
!72 = !DILocation(line: 20, column: 33, scope: !53, inlinedAt: !56)
!73 = !DILocation(line: 0, scope: !53, inlinedAt: !56)
!74 = !DILocation(line: 21, column: 29, scope: !75, inlinedAt: !56)
!75 = distinct !DILexicalBlock(scope: !53, file: !3, line: 21, column: 21)
!76 = !DILocation(line: 21, column: 21, scope: !53, inlinedAt: !56)
!77 = !DILocation(line: 22, column: 56, scope: !75, inlinedAt: !56)
!78 = !DILocation(line: 22, column: 61, scope: !75, inlinedAt: !56)
!79 = !DILocalVariable(name: "a", arg: 1, scope: !80, file: !3, line: 8, type: !42)
!80 = distinct !DISubprogram(name: "compare_exchange", scope: !3, file: !3, line: 8, type: !81, scopeLine: 8, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !83)
!81 = !DISubroutineType(types: !82)
!82 = !{null, !42, !25, !25, !25}
!83 = !{!79, !84, !85, !86, !87}
!84 = !DILocalVariable(name: "i", arg: 2, scope: !80, file: !3, line: 8, type: !25)
!85 = !DILocalVariable(name: "j", arg: 3, scope: !80, file: !3, line: 8, type: !25)
!86 = !DILocalVariable(name: "ascending", arg: 4, scope: !80, file: !3, line: 8, type: !25)
!87 = !DILocalVariable(name: "t", scope: !88, file: !3, line: 10, type: !5)
!88 = distinct !DILexicalBlock(scope: !89, file: !3, line: 9, column: 37)
!89 = distinct !DILexicalBlock(scope: !80, file: !3, line: 9, column: 9)
!90 = !DILocation(line: 0, scope: !80, inlinedAt: !91)
!91 = distinct !DILocation(line: 22, column: 21, scope: !75, inlinedAt: !56)
!92 = !DILocation(line: 9, column: 10, scope: !89, inlinedAt: !91)
!93 = !{!94, !94, i64 0}
!94 = !{!"float", !95, i64 0}
!95 = !{!"omnipotent char", !96, i64 0}
!96 = !{!"Simple C/C++ TBAA"}
!97 = !DILocation(line: 9, column: 17, scope: !89, inlinedAt: !91)
!98 = !DILocation(line: 9, column: 15, scope: !89, inlinedAt: !91)
!99 = !DILocation(line: 9, column: 23, scope: !89, inlinedAt: !91)
!100 = !DILocation(line: 9, column: 9, scope: !80, inlinedAt: !91)
!101 = !DILocation(line: 0, scope: !88, inlinedAt: !91)
!102 = !DILocation(line: 11, column: 14, scope: !88, inlinedAt: !91)
!103 = !DILocation(line: 12, column: 14, scope: !88, inlinedAt: !91)
!104 = !DILocation(line: 13, column: 5, scope: !88, inlinedAt: !91)
!105 = !DILocation(line: 19, column: 37, scope: !54, inlinedAt: !56)
!106 = !DILocation(line: 19, column: 31, scope: !54, inlinedAt: !56)
!107 = distinct !{!107, !61, !108, !67, !68}
!108 = !DILocation(line: 23, column: 13, scope: !50, inlinedAt: !56)
!109 = !DILocation(line: 29, column: 15, scope: !110)
!110 = distinct !DILexicalBlock(scope: !111, file: !3, line: 28, column: 33)
!111 = distinct !DILexicalBlock(scope: !30, file: !3, line: 28, column: 5)
!112 = !DILocation(line: 29, column: 29, scope: !110)
!113 = !DILocation(line: 30, column: 30, scope: !110)
!114 = !DILocation(line: 30, column: 36, scope: !110)
!115 = !DILocation(line: 30, column: 19, scope: !110)
!116 = !DILocation(line: 30, column: 46, scope: !110)
!117 = !DILocation(line: 30, column: 9, scope: !110)
!118 = !DILocation(line: 30, column: 17, scope: !110)
!119 = !DILocation(line: 28, column: 29, scope: !111)
!120 = !DILocation(line: 28, column: 23, scope: !111)
!121 = distinct !{!121, !36, !122, !67, !68}
!122 = !DILocation(line: 31, column: 5, scope: !30)
!123 = !DILocation(line: 36, column: 66, scope: !22)
!124 = !DILocation(line: 36, column: 75, scope: !22)
!125 = !DILocation(line: 36, column: 5, scope: !22)
!126 = !DILocation(line: 37, column: 12, scope: !22)
!127 = !DILocation(line: 37, column: 5, scope: !22)
!128 = !DILocation(line: 0, scope: !33)
!129 = !DILocation(line: 35, column: 20, scope: !130)
!130 = distinct !DILexicalBlock(scope: !131, file: !3, line: 35, column: 13)
!131 = distinct !DILexicalBlock(scope: !33, file: !3, line: 34, column: 5)
!132 = !DILocation(line: 35, column: 13, scope: !130)
!133 = !DILocation(line: 35, column: 27, scope: !130)
!134 = !DILocation(line: 35, column: 25, scope: !130)
!135 = !DILocation(line: 35, column: 13, scope: !131)
!136 = !DILocation(line: 34, column: 29, scope: !131)
!137 = !DILocation(line: 34, column: 23, scope: !131)
!138 = !DILocation(line: 34, column: 5, scope: !33)
!139 = distinct !{!139, !138, !140, !67, !68}
!140 = !DILocation(line: 35, column: 45, scope: !33)
!141 = !DISubprogram(name: "printf", scope: !142, file: !142, line: 356, type: !143, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !148)
!142 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!143 = !DISubroutineType(types: !144)
!144 = !{!25, !145, null}
!145 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !146)
!146 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !147, size: 64)
!147 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !10)
!148 = !{}
