; ModuleID = 'c/binary_search.c'
source_filename = "c/binary_search.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@sorted = internal unnamed_addr global [1000 x i32] zeroinitializer, align 16, !dbg !0
@.str = private unnamed_addr constant [29 x i8] c"binary_search n=%d wrong=%d\0A\00", align 1, !dbg !5

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 !dbg !21 {
  call void @llvm.dbg.value(metadata i32 0, metadata !25, metadata !DIExpression()), !dbg !36
  br label %1, !dbg !37

1:                                                ; preds = %0, %1
  %2 = phi i64 [ 0, %0 ], [ %7, %1 ]
  call void @llvm.dbg.value(metadata i64 %2, metadata !25, metadata !DIExpression()), !dbg !36
  %3 = getelementptr inbounds [1000 x i32], ptr @sorted, i64 0, i64 %2, !dbg !38
  %4 = trunc i64 %2 to i32, !dbg !40
  %5 = mul i32 %4, 3, !dbg !40
  %6 = add i32 %5, 1, !dbg !40
  store i32 %6, ptr %3, align 4, !dbg !40, !tbaa !41
  %7 = add nuw nsw i64 %2, 1, !dbg !45
  call void @llvm.dbg.value(metadata i64 %7, metadata !25, metadata !DIExpression()), !dbg !36
  %8 = icmp eq i64 %7, 1000, !dbg !46
  br i1 %8, label %9, label %1, !dbg !37, !llvm.loop !47

9:                                                ; preds = %1, %51
  %10 = phi i32 [ %55, %51 ], [ 0, %1 ]
  %11 = phi i32 [ %56, %51 ], [ -5, %1 ]
  call void @llvm.dbg.value(metadata i32 %10, metadata !27, metadata !DIExpression()), !dbg !51
  call void @llvm.dbg.value(metadata i32 %11, metadata !28, metadata !DIExpression()), !dbg !52
  br label %16, !dbg !53

12:                                               ; preds = %51
  %13 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 1000, i32 noundef %55), !dbg !68
  %14 = icmp ne i32 %55, 0, !dbg !69
  %15 = zext i1 %14 to i32, !dbg !70
  ret i32 %15, !dbg !71

16:                                               ; preds = %9, %16
  %17 = phi i32 [ %28, %16 ], [ 0, %9 ]
  %18 = phi i32 [ %27, %16 ], [ 1000, %9 ]
  call void @llvm.dbg.value(metadata i32 %17, metadata !63, metadata !DIExpression()), !dbg !72
  call void @llvm.dbg.value(metadata i32 %18, metadata !64, metadata !DIExpression()), !dbg !72
  %19 = sub nsw i32 %18, %17, !dbg !73
  %20 = sdiv i32 %19, 2, !dbg !74
  %21 = add nsw i32 %20, %17, !dbg !75
  call void @llvm.dbg.value(metadata i32 %21, metadata !65, metadata !DIExpression()), !dbg !76
  %22 = sext i32 %21 to i64, !dbg !77
  %23 = getelementptr inbounds i32, ptr @sorted, i64 %22, !dbg !77
  %24 = load i32, ptr %23, align 4, !dbg !77, !tbaa !41
  %25 = icmp slt i32 %24, %11, !dbg !79
  %26 = add nsw i32 %21, 1, !dbg !80
  %27 = select i1 %25, i32 %18, i32 %21, !dbg !80
  %28 = select i1 %25, i32 %26, i32 %17, !dbg !80
  call void @llvm.dbg.value(metadata i32 %28, metadata !63, metadata !DIExpression()), !dbg !72
  call void @llvm.dbg.value(metadata i32 %27, metadata !64, metadata !DIExpression()), !dbg !72
  %29 = icmp sgt i32 %27, %28, !dbg !81
  br i1 %29, label %16, label %30, !dbg !53, !llvm.loop !82

30:                                               ; preds = %16
  call void @llvm.dbg.value(metadata i32 %28, metadata !30, metadata !DIExpression()), !dbg !84
  %31 = icmp slt i32 %11, 2, !dbg !85
  br i1 %31, label %35, label %32, !dbg !86

32:                                               ; preds = %30
  %33 = add nuw nsw i32 %11, 1, !dbg !87
  %34 = udiv i32 %33, 3
  br label %35, !dbg !86

35:                                               ; preds = %30, %32
  %36 = phi i32 [ %34, %32 ], [ 0, %30 ], !dbg !86
  call void @llvm.dbg.value(metadata i32 %36, metadata !33, metadata !DIExpression()), !dbg !84
  %37 = tail call i32 @llvm.umin.i32(i32 %36, i32 1000), !dbg !88
  call void @llvm.dbg.value(metadata i32 %37, metadata !33, metadata !DIExpression()), !dbg !84
  %38 = icmp ne i32 %28, %37, !dbg !89
  %39 = zext i1 %38 to i32, !dbg !91
  %40 = add nsw i32 %10, %39, !dbg !91
  call void @llvm.dbg.value(metadata i32 %40, metadata !27, metadata !DIExpression()), !dbg !51
  %41 = tail call fastcc i32 @find_recursive(i32 noundef 0, i32 noundef 1000, i32 noundef %11), !dbg !92
  call void @llvm.dbg.value(metadata i32 %41, metadata !34, metadata !DIExpression()), !dbg !84
  %42 = icmp sgt i32 %11, 0, !dbg !93
  br i1 %42, label %43, label %51, !dbg !94

43:                                               ; preds = %35
  %44 = add nsw i32 %11, -1, !dbg !95
  %45 = urem i32 %44, 3
  %46 = udiv i32 %44, 3
  %47 = icmp eq i32 %45, 0, !dbg !96
  br i1 %47, label %48, label %51, !dbg !97

48:                                               ; preds = %43
  %49 = icmp slt i32 %46, 1000, !dbg !98
  %50 = select i1 %49, i32 %46, i32 -1, !dbg !99
  br label %51, !dbg !99

51:                                               ; preds = %48, %35, %43
  %52 = phi i32 [ -1, %43 ], [ -1, %35 ], [ %50, %48 ], !dbg !99
  call void @llvm.dbg.value(metadata i32 %52, metadata !35, metadata !DIExpression()), !dbg !84
  %53 = icmp ne i32 %41, %52, !dbg !100
  %54 = zext i1 %53 to i32, !dbg !102
  %55 = add nsw i32 %40, %54, !dbg !102
  call void @llvm.dbg.value(metadata i32 %55, metadata !27, metadata !DIExpression()), !dbg !51
  %56 = add nsw i32 %11, 1, !dbg !103
  call void @llvm.dbg.value(metadata i32 %56, metadata !28, metadata !DIExpression()), !dbg !52
  %57 = icmp eq i32 %56, 3005, !dbg !104
  br i1 %57, label %12, label %9, !dbg !105, !llvm.loop !106
}

; Function Attrs: nofree nosync nounwind memory(read, argmem: none, inaccessiblemem: none) uwtable
define internal fastcc i32 @find_recursive(i32 noundef %0, i32 noundef %1, i32 noundef %2) unnamed_addr #1 !dbg !108 {
  br label %4, !dbg !117

4:                                                ; preds = %16, %3
  %5 = phi i32 [ %0, %3 ], [ %19, %16 ]
  %6 = phi i32 [ %1, %3 ], [ %20, %16 ]
  call void @llvm.dbg.value(metadata ptr @sorted, metadata !112, metadata !DIExpression()), !dbg !119
  call void @llvm.dbg.value(metadata i32 %5, metadata !113, metadata !DIExpression()), !dbg !119
  call void @llvm.dbg.value(metadata i32 %6, metadata !114, metadata !DIExpression()), !dbg !119
  call void @llvm.dbg.value(metadata i32 %2, metadata !115, metadata !DIExpression()), !dbg !119
  %7 = icmp sgt i32 %6, %5, !dbg !120
  br i1 %7, label %8, label %21, !dbg !122

8:                                                ; preds = %4
  %9 = sub nsw i32 %6, %5, !dbg !123
  %10 = sdiv i32 %9, 2, !dbg !124
  %11 = add nsw i32 %10, %5, !dbg !125
  call void @llvm.dbg.value(metadata i32 %11, metadata !116, metadata !DIExpression()), !dbg !119
  %12 = sext i32 %11 to i64, !dbg !126
  %13 = getelementptr inbounds i32, ptr @sorted, i64 %12, !dbg !126
  %14 = load i32, ptr %13, align 4, !dbg !126, !tbaa !41
  %15 = icmp eq i32 %14, %2, !dbg !128
  br i1 %15, label %21, label %16, !dbg !129

16:                                               ; preds = %8
  %17 = icmp slt i32 %14, %2, !dbg !130
  %18 = add nsw i32 %11, 1
  %19 = select i1 %17, i32 %18, i32 %5, !dbg !131
  %20 = select i1 %17, i32 %6, i32 %11, !dbg !131
  br label %4, !dbg !131

21:                                               ; preds = %8, %4
  %22 = phi i32 [ -1, %4 ], [ %11, %8 ], !dbg !119
  ret i32 %22, !dbg !132
}

; Function Attrs: nofree nounwind
declare !dbg !133 noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.umin.i32(i32, i32) #3

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nosync nounwind memory(read, argmem: none, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!15, !16, !17, !18, !19, !20}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "sorted", scope: !2, file: !3, line: 6, type: !11, isLocal: true, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "c/binary_search.c", directory: ".", checksumkind: CSK_MD5, checksum: "344a45ec55a49dcc2b9f6ce9873851b0")
!4 = !{!5, !0}
!5 = !DIGlobalVariableExpression(var: !6, expr: !DIExpression())
!6 = distinct !DIGlobalVariable(scope: null, file: !3, line: 40, type: !7, isLocal: true, isDefinition: true)
!7 = !DICompositeType(tag: DW_TAG_array_type, baseType: !8, size: 232, elements: !9)
!8 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!9 = !{!10}
!10 = !DISubrange(count: 29)
!11 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 32000, elements: !13)
!12 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!13 = !{!14}
!14 = !DISubrange(count: 1000)
!15 = !{i32 7, !"Dwarf Version", i32 5}
!16 = !{i32 2, !"Debug Info Version", i32 3}
!17 = !{i32 1, !"wchar_size", i32 4}
!18 = !{i32 8, !"PIC Level", i32 2}
!19 = !{i32 7, !"PIE Level", i32 2}
!20 = !{i32 7, !"uwtable", i32 2}
!21 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 28, type: !22, scopeLine: 28, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !24)
!22 = !DISubroutineType(types: !23)
!23 = !{!12}
!24 = !{!25, !27, !28, !30, !33, !34, !35}
!25 = !DILocalVariable(name: "i", scope: !26, file: !3, line: 29, type: !12)
!26 = distinct !DILexicalBlock(scope: !21, file: !3, line: 29, column: 5)
!27 = !DILocalVariable(name: "wrong", scope: !21, file: !3, line: 30, type: !12)
!28 = !DILocalVariable(name: "key", scope: !29, file: !3, line: 31, type: !12)
!29 = distinct !DILexicalBlock(scope: !21, file: !3, line: 31, column: 5)
!30 = !DILocalVariable(name: "lb", scope: !31, file: !3, line: 32, type: !12)
!31 = distinct !DILexicalBlock(scope: !32, file: !3, line: 31, column: 48)
!32 = distinct !DILexicalBlock(scope: !29, file: !3, line: 31, column: 5)
!33 = !DILocalVariable(name: "expect_lb", scope: !31, file: !3, line: 33, type: !12)
!34 = !DILocalVariable(name: "found", scope: !31, file: !3, line: 36, type: !12)
!35 = !DILocalVariable(name: "expect", scope: !31, file: !3, line: 37, type: !12)
!36 = !DILocation(line: 0, scope: !26)
!37 = !DILocation(line: 29, column: 5, scope: !26)
!38 = !DILocation(line: 29, column: 33, scope: !39)
!39 = distinct !DILexicalBlock(scope: !26, file: !3, line: 29, column: 5)
!40 = !DILocation(line: 29, column: 43, scope: !39)
!41 = !{!42, !42, i64 0}
!42 = !{!"int", !43, i64 0}
!43 = !{!"omnipotent char", !44, i64 0}
!44 = !{!"Simple C/C++ TBAA"}
!45 = !DILocation(line: 29, column: 29, scope: !39)
!46 = !DILocation(line: 29, column: 23, scope: !39)
!47 = distinct !{!47, !37, !48, !49, !50}
!48 = !DILocation(line: 29, column: 53, scope: !26)
!49 = !{!"llvm.loop.mustprogress"}
!50 = !{!"llvm.loop.unroll.disable"}
!51 = !DILocation(line: 0, scope: !21)
!52 = !DILocation(line: 0, scope: !29)
!53 = !DILocation(line: 11, column: 5, scope: !54, inlinedAt: !67)
!54 = distinct !DISubprogram(name: "lower_bound", scope: !3, file: !3, line: 9, type: !55, scopeLine: 9, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !59)
!55 = !DISubroutineType(types: !56)
!56 = !{!12, !57, !12, !12}
!57 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !58, size: 64)
!58 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !12)
!59 = !{!60, !61, !62, !63, !64, !65}
!60 = !DILocalVariable(name: "a", arg: 1, scope: !54, file: !3, line: 9, type: !57)
!61 = !DILocalVariable(name: "n", arg: 2, scope: !54, file: !3, line: 9, type: !12)
!62 = !DILocalVariable(name: "key", arg: 3, scope: !54, file: !3, line: 9, type: !12)
!63 = !DILocalVariable(name: "lo", scope: !54, file: !3, line: 10, type: !12)
!64 = !DILocalVariable(name: "hi", scope: !54, file: !3, line: 10, type: !12)
!65 = !DILocalVariable(name: "mid", scope: !66, file: !3, line: 12, type: !12)
!66 = distinct !DILexicalBlock(scope: !54, file: !3, line: 11, column: 21)
!67 = distinct !DILocation(line: 32, column: 18, scope: !31)
!68 = !DILocation(line: 40, column: 5, scope: !21)
!69 = !DILocation(line: 41, column: 18, scope: !21)
!70 = !DILocation(line: 41, column: 12, scope: !21)
!71 = !DILocation(line: 41, column: 5, scope: !21)
!72 = !DILocation(line: 0, scope: !54, inlinedAt: !67)
!73 = !DILocation(line: 12, column: 28, scope: !66, inlinedAt: !67)
!74 = !DILocation(line: 12, column: 34, scope: !66, inlinedAt: !67)
!75 = !DILocation(line: 12, column: 22, scope: !66, inlinedAt: !67)
!76 = !DILocation(line: 0, scope: !66, inlinedAt: !67)
!77 = !DILocation(line: 13, column: 13, scope: !78, inlinedAt: !67)
!78 = distinct !DILexicalBlock(scope: !66, file: !3, line: 13, column: 13)
!79 = !DILocation(line: 13, column: 20, scope: !78, inlinedAt: !67)
!80 = !DILocation(line: 13, column: 13, scope: !66, inlinedAt: !67)
!81 = !DILocation(line: 11, column: 15, scope: !54, inlinedAt: !67)
!82 = distinct !{!82, !53, !83, !49, !50}
!83 = !DILocation(line: 15, column: 5, scope: !54, inlinedAt: !67)
!84 = !DILocation(line: 0, scope: !31)
!85 = !DILocation(line: 33, column: 29, scope: !31)
!86 = !DILocation(line: 33, column: 25, scope: !31)
!87 = !DILocation(line: 33, column: 49, scope: !31)
!88 = !DILocation(line: 34, column: 13, scope: !31)
!89 = !DILocation(line: 35, column: 16, scope: !90)
!90 = distinct !DILexicalBlock(scope: !31, file: !3, line: 35, column: 13)
!91 = !DILocation(line: 35, column: 13, scope: !31)
!92 = !DILocation(line: 36, column: 21, scope: !31)
!93 = !DILocation(line: 37, column: 27, scope: !31)
!94 = !DILocation(line: 37, column: 32, scope: !31)
!95 = !DILocation(line: 37, column: 40, scope: !31)
!96 = !DILocation(line: 37, column: 49, scope: !31)
!97 = !DILocation(line: 37, column: 54, scope: !31)
!98 = !DILocation(line: 37, column: 71, scope: !31)
!99 = !DILocation(line: 37, column: 22, scope: !31)
!100 = !DILocation(line: 38, column: 19, scope: !101)
!101 = distinct !DILexicalBlock(scope: !31, file: !3, line: 38, column: 13)
!102 = !DILocation(line: 38, column: 13, scope: !31)
!103 = !DILocation(line: 31, column: 44, scope: !32)
!104 = !DILocation(line: 31, column: 28, scope: !32)
!105 = !DILocation(line: 31, column: 5, scope: !29)
!106 = distinct !{!106, !105, !107, !49, !50}
!107 = !DILocation(line: 39, column: 5, scope: !29)
!108 = distinct !DISubprogram(name: "find_recursive", scope: !3, file: !3, line: 20, type: !109, scopeLine: 20, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !111)
!109 = !DISubroutineType(cc: DW_CC_nocall, types: !110)
!110 = !{!12, !57, !12, !12, !12}
!111 = !{!112, !113, !114, !115, !116}
!112 = !DILocalVariable(name: "a", arg: 1, scope: !108, file: !3, line: 20, type: !57)
!113 = !DILocalVariable(name: "lo", arg: 2, scope: !108, file: !3, line: 20, type: !12)
!114 = !DILocalVariable(name: "hi", arg: 3, scope: !108, file: !3, line: 20, type: !12)
!115 = !DILocalVariable(name: "key", arg: 4, scope: !108, file: !3, line: 20, type: !12)
!116 = !DILocalVariable(name: "mid", scope: !108, file: !3, line: 22, type: !12)
!117 = !DILocation(line: 24, column: 30, scope: !118)
!118 = distinct !DILexicalBlock(scope: !108, file: !3, line: 24, column: 9)
!119 = !DILocation(line: 0, scope: !108)
!120 = !DILocation(line: 21, column: 12, scope: !121)
!121 = distinct !DILexicalBlock(scope: !108, file: !3, line: 21, column: 9)
!122 = !DILocation(line: 21, column: 9, scope: !108)
!123 = !DILocation(line: 22, column: 24, scope: !108)
!124 = !DILocation(line: 22, column: 30, scope: !108)
!125 = !DILocation(line: 22, column: 18, scope: !108)
!126 = !DILocation(line: 23, column: 9, scope: !127)
!127 = distinct !DILexicalBlock(scope: !108, file: !3, line: 23, column: 9)
!128 = !DILocation(line: 23, column: 16, scope: !127)
!129 = !DILocation(line: 23, column: 9, scope: !108)
!130 = !DILocation(line: 24, column: 16, scope: !118)
!131 = !DILocation(line: 24, column: 9, scope: !108)
!132 = !DILocation(line: 26, column: 1, scope: !108)
!133 = !DISubprogram(name: "printf", scope: !134, file: !134, line: 356, type: !135, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !140)
!134 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!135 = !DISubroutineType(types: !136)
!136 = !{!12, !137, null}
!137 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !138)
!138 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !139, size: 64)
!139 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !8)
!140 = !{}
