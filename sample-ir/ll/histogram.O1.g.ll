; ModuleID = 'c/histogram.c'
source_filename = "c/histogram.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@buffer = internal unnamed_addr global [65536 x i8] zeroinitializer, align 16, !dbg !0
@bins = internal unnamed_addr global [256 x i32] zeroinitializer, align 16, !dbg !17
@coarse = internal unnamed_addr global [8 x i32] zeroinitializer, align 16, !dbg !23
@.str = private unnamed_addr constant [41 x i8] c"histogram total=%u peak=%u coarse[0]=%u\0A\00", align 1, !dbg !11

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 !dbg !37 {
  call void @llvm.dbg.value(metadata i32 12345, metadata !42, metadata !DIExpression()), !dbg !54
  call void @llvm.dbg.value(metadata i32 0, metadata !45, metadata !DIExpression()), !dbg !55
  br label %24, !dbg !56

1:                                                ; preds = %24
  call void @llvm.dbg.value(metadata ptr @buffer, metadata !57, metadata !DIExpression()), !dbg !71
  call void @llvm.dbg.value(metadata i32 65536, metadata !65, metadata !DIExpression()), !dbg !71
  call void @llvm.dbg.value(metadata ptr @bins, metadata !66, metadata !DIExpression()), !dbg !71
  call void @llvm.dbg.value(metadata i32 0, metadata !67, metadata !DIExpression()), !dbg !73
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(1024) @bins, i8 0, i64 1024, i1 false), !dbg !74, !tbaa !76
  call void @llvm.dbg.value(metadata i64 poison, metadata !67, metadata !DIExpression()), !dbg !73
  br label %2, !dbg !80

2:                                                ; preds = %2, %1
  %3 = phi i64 [ 0, %1 ], [ %10, %2 ]
  call void @llvm.dbg.value(metadata i64 %3, metadata !69, metadata !DIExpression()), !dbg !81
  %4 = getelementptr inbounds i8, ptr @buffer, i64 %3, !dbg !82
  %5 = load i8, ptr %4, align 1, !dbg !82, !tbaa !84
  %6 = zext i8 %5 to i64, !dbg !85
  %7 = getelementptr inbounds i32, ptr @bins, i64 %6, !dbg !85
  %8 = load i32, ptr %7, align 4, !dbg !86, !tbaa !76
  %9 = add i32 %8, 1, !dbg !86
  store i32 %9, ptr %7, align 4, !dbg !86, !tbaa !76
  %10 = add nuw nsw i64 %3, 1, !dbg !87
  call void @llvm.dbg.value(metadata i64 %10, metadata !69, metadata !DIExpression()), !dbg !81
  %11 = icmp eq i64 %10, 65536, !dbg !88
  br i1 %11, label %12, label %2, !dbg !80, !llvm.loop !89

12:                                               ; preds = %2
  call void @llvm.dbg.value(metadata ptr @bins, metadata !93, metadata !DIExpression()), !dbg !105
  call void @llvm.dbg.value(metadata ptr @coarse, metadata !100, metadata !DIExpression()), !dbg !105
  call void @llvm.dbg.value(metadata i32 0, metadata !101, metadata !DIExpression()), !dbg !107
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(32) @coarse, i8 0, i64 32, i1 false), !dbg !108, !tbaa !76
  call void @llvm.dbg.value(metadata i64 poison, metadata !101, metadata !DIExpression()), !dbg !107
  br label %13, !dbg !110

13:                                               ; preds = %13, %12
  %14 = phi i64 [ 0, %12 ], [ %22, %13 ]
  call void @llvm.dbg.value(metadata i64 %14, metadata !103, metadata !DIExpression()), !dbg !111
  %15 = getelementptr inbounds i32, ptr @bins, i64 %14, !dbg !112
  %16 = load i32, ptr %15, align 4, !dbg !112, !tbaa !76
  %17 = lshr i64 %14, 5, !dbg !114
  %18 = and i64 %17, 134217727, !dbg !115
  %19 = getelementptr inbounds i32, ptr @coarse, i64 %18, !dbg !115
  %20 = load i32, ptr %19, align 4, !dbg !116, !tbaa !76
  %21 = add i32 %20, %16, !dbg !116
  store i32 %21, ptr %19, align 4, !dbg !116, !tbaa !76
  %22 = add nuw nsw i64 %14, 1, !dbg !117
  call void @llvm.dbg.value(metadata i64 %22, metadata !103, metadata !DIExpression()), !dbg !111
  %23 = icmp eq i64 %22, 256, !dbg !118
  br i1 %23, label %34, label %13, !dbg !110, !llvm.loop !119

24:                                               ; preds = %0, %24
  %25 = phi i64 [ 0, %0 ], [ %32, %24 ]
  %26 = phi i32 [ 12345, %0 ], [ %28, %24 ]
  call void @llvm.dbg.value(metadata i64 %25, metadata !45, metadata !DIExpression()), !dbg !55
  call void @llvm.dbg.value(metadata i32 %26, metadata !42, metadata !DIExpression()), !dbg !54
  %27 = mul i32 %26, 1664525, !dbg !121
  %28 = add i32 %27, 1013904223, !dbg !124
  call void @llvm.dbg.value(metadata i32 %28, metadata !42, metadata !DIExpression()), !dbg !54
  %29 = lshr i32 %28, 24, !dbg !125
  %30 = trunc i32 %29 to i8, !dbg !126
  %31 = getelementptr inbounds [65536 x i8], ptr @buffer, i64 0, i64 %25, !dbg !127
  store i8 %30, ptr %31, align 1, !dbg !128, !tbaa !84
  %32 = add nuw nsw i64 %25, 1, !dbg !129
  call void @llvm.dbg.value(metadata i64 %32, metadata !45, metadata !DIExpression()), !dbg !55
  %33 = icmp eq i64 %32, 65536, !dbg !130
  br i1 %33, label %1, label %24, !dbg !56, !llvm.loop !131

34:                                               ; preds = %13, %34
  %35 = phi i64 [ %42, %34 ], [ 0, %13 ]
  %36 = phi i32 [ %41, %34 ], [ 0, %13 ]
  %37 = phi i32 [ %40, %34 ], [ 0, %13 ]
  call void @llvm.dbg.value(metadata i64 %35, metadata !49, metadata !DIExpression()), !dbg !133
  call void @llvm.dbg.value(metadata i32 %36, metadata !48, metadata !DIExpression()), !dbg !54
  call void @llvm.dbg.value(metadata i32 %37, metadata !47, metadata !DIExpression()), !dbg !54
  %38 = getelementptr inbounds [256 x i32], ptr @bins, i64 0, i64 %35, !dbg !134
  %39 = load i32, ptr %38, align 4, !dbg !134, !tbaa !76
  %40 = add i32 %39, %37, !dbg !137
  call void @llvm.dbg.value(metadata i32 %40, metadata !47, metadata !DIExpression()), !dbg !54
  %41 = tail call i32 @llvm.umax.i32(i32 %39, i32 %36), !dbg !138
  call void @llvm.dbg.value(metadata i32 %41, metadata !48, metadata !DIExpression()), !dbg !54
  %42 = add nuw nsw i64 %35, 1, !dbg !139
  call void @llvm.dbg.value(metadata i64 %42, metadata !49, metadata !DIExpression()), !dbg !133
  %43 = icmp eq i64 %42, 256, !dbg !140
  br i1 %43, label %53, label %34, !dbg !141, !llvm.loop !142

44:                                               ; preds = %53
  %45 = load i32, ptr @coarse, align 16, !dbg !144, !tbaa !76
  %46 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %40, i32 noundef %41, i32 noundef %45), !dbg !145
  %47 = icmp ne i32 %40, 65536, !dbg !146
  %48 = icmp ne i32 %58, 65536
  %49 = select i1 %47, i1 true, i1 %48, !dbg !147
  %50 = icmp ugt i32 %41, 399, !dbg !147
  %51 = select i1 %49, i1 true, i1 %50, !dbg !147
  %52 = zext i1 %51 to i32, !dbg !147
  ret i32 %52, !dbg !148

53:                                               ; preds = %34, %53
  %54 = phi i64 [ %59, %53 ], [ 0, %34 ]
  %55 = phi i32 [ %58, %53 ], [ 0, %34 ]
  call void @llvm.dbg.value(metadata i64 %54, metadata !52, metadata !DIExpression()), !dbg !149
  call void @llvm.dbg.value(metadata i32 %55, metadata !51, metadata !DIExpression()), !dbg !54
  %56 = getelementptr inbounds [8 x i32], ptr @coarse, i64 0, i64 %54, !dbg !150
  %57 = load i32, ptr %56, align 4, !dbg !150, !tbaa !76
  %58 = add i32 %57, %55, !dbg !152
  call void @llvm.dbg.value(metadata i32 %58, metadata !51, metadata !DIExpression()), !dbg !54
  %59 = add nuw nsw i64 %54, 1, !dbg !153
  call void @llvm.dbg.value(metadata i64 %59, metadata !52, metadata !DIExpression()), !dbg !149
  %60 = icmp eq i64 %59, 8, !dbg !154
  br i1 %60, label %44, label %53, !dbg !155, !llvm.loop !156
}

; Function Attrs: nofree nounwind
declare !dbg !158 noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.umax.i32(i32, i32) #2

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!31, !32, !33, !34, !35, !36}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "buffer", scope: !2, file: !3, line: 7, type: !28, isLocal: true, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !4, globals: !10, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "c/histogram.c", directory: ".", checksumkind: CSK_MD5, checksum: "c0e79fa3e04bfddcc65fd0830696ba75")
!4 = !{!5}
!5 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint8_t", file: !6, line: 24, baseType: !7)
!6 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!7 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint8_t", file: !8, line: 38, baseType: !9)
!8 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!9 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!10 = !{!11, !0, !17, !23}
!11 = !DIGlobalVariableExpression(var: !12, expr: !DIExpression())
!12 = distinct !DIGlobalVariable(scope: null, file: !3, line: 36, type: !13, isLocal: true, isDefinition: true)
!13 = !DICompositeType(tag: DW_TAG_array_type, baseType: !14, size: 328, elements: !15)
!14 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!15 = !{!16}
!16 = !DISubrange(count: 41)
!17 = !DIGlobalVariableExpression(var: !18, expr: !DIExpression())
!18 = distinct !DIGlobalVariable(name: "bins", scope: !2, file: !3, line: 8, type: !19, isLocal: true, isDefinition: true)
!19 = !DICompositeType(tag: DW_TAG_array_type, baseType: !20, size: 8192, elements: !21)
!20 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!21 = !{!22}
!22 = !DISubrange(count: 256)
!23 = !DIGlobalVariableExpression(var: !24, expr: !DIExpression())
!24 = distinct !DIGlobalVariable(name: "coarse", scope: !2, file: !3, line: 9, type: !25, isLocal: true, isDefinition: true)
!25 = !DICompositeType(tag: DW_TAG_array_type, baseType: !20, size: 256, elements: !26)
!26 = !{!27}
!27 = !DISubrange(count: 8)
!28 = !DICompositeType(tag: DW_TAG_array_type, baseType: !5, size: 524288, elements: !29)
!29 = !{!30}
!30 = !DISubrange(count: 65536)
!31 = !{i32 7, !"Dwarf Version", i32 5}
!32 = !{i32 2, !"Debug Info Version", i32 3}
!33 = !{i32 1, !"wchar_size", i32 4}
!34 = !{i32 8, !"PIC Level", i32 2}
!35 = !{i32 7, !"PIE Level", i32 2}
!36 = !{i32 7, !"uwtable", i32 2}
!37 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 21, type: !38, scopeLine: 21, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !41)
!38 = !DISubroutineType(types: !39)
!39 = !{!40}
!40 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!41 = !{!42, !45, !47, !48, !49, !51, !52}
!42 = !DILocalVariable(name: "state", scope: !37, file: !3, line: 22, type: !43)
!43 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !6, line: 26, baseType: !44)
!44 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !8, line: 42, baseType: !20)
!45 = !DILocalVariable(name: "i", scope: !46, file: !3, line: 23, type: !40)
!46 = distinct !DILexicalBlock(scope: !37, file: !3, line: 23, column: 5)
!47 = !DILocalVariable(name: "total", scope: !37, file: !3, line: 29, type: !20)
!48 = !DILocalVariable(name: "peak", scope: !37, file: !3, line: 29, type: !20)
!49 = !DILocalVariable(name: "b", scope: !50, file: !3, line: 30, type: !40)
!50 = distinct !DILexicalBlock(scope: !37, file: !3, line: 30, column: 5)
!51 = !DILocalVariable(name: "coarse_total", scope: !37, file: !3, line: 34, type: !20)
!52 = !DILocalVariable(name: "b", scope: !53, file: !3, line: 35, type: !40)
!53 = distinct !DILexicalBlock(scope: !37, file: !3, line: 35, column: 5)
!54 = !DILocation(line: 0, scope: !37)
!55 = !DILocation(line: 0, scope: !46)
!56 = !DILocation(line: 23, column: 5, scope: !46)
!57 = !DILocalVariable(name: "data", arg: 1, scope: !58, file: !3, line: 11, type: !61)
!58 = distinct !DISubprogram(name: "histogram256", scope: !3, file: !3, line: 11, type: !59, scopeLine: 11, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !64)
!59 = !DISubroutineType(types: !60)
!60 = !{null, !61, !40, !63}
!61 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !62, size: 64)
!62 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !5)
!63 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !20, size: 64)
!64 = !{!57, !65, !66, !67, !69}
!65 = !DILocalVariable(name: "n", arg: 2, scope: !58, file: !3, line: 11, type: !40)
!66 = !DILocalVariable(name: "h", arg: 3, scope: !58, file: !3, line: 11, type: !63)
!67 = !DILocalVariable(name: "b", scope: !68, file: !3, line: 12, type: !40)
!68 = distinct !DILexicalBlock(scope: !58, file: !3, line: 12, column: 5)
!69 = !DILocalVariable(name: "i", scope: !70, file: !3, line: 13, type: !40)
!70 = distinct !DILexicalBlock(scope: !58, file: !3, line: 13, column: 5)
!71 = !DILocation(line: 0, scope: !58, inlinedAt: !72)
!72 = distinct !DILocation(line: 27, column: 5, scope: !37)
!73 = !DILocation(line: 0, scope: !68, inlinedAt: !72)
!74 = !DILocation(line: 12, column: 40, scope: !75, inlinedAt: !72)
!75 = distinct !DILexicalBlock(scope: !68, file: !3, line: 12, column: 5)
!76 = !{!77, !77, i64 0}
!77 = !{!"int", !78, i64 0}
!78 = !{!"omnipotent char", !79, i64 0}
!79 = !{!"Simple C/C++ TBAA"}
!80 = !DILocation(line: 13, column: 5, scope: !70, inlinedAt: !72)
!81 = !DILocation(line: 0, scope: !70, inlinedAt: !72)
!82 = !DILocation(line: 13, column: 35, scope: !83, inlinedAt: !72)
!83 = distinct !DILexicalBlock(scope: !70, file: !3, line: 13, column: 5)
!84 = !{!78, !78, i64 0}
!85 = !DILocation(line: 13, column: 33, scope: !83, inlinedAt: !72)
!86 = !DILocation(line: 13, column: 43, scope: !83, inlinedAt: !72)
!87 = !DILocation(line: 13, column: 29, scope: !83, inlinedAt: !72)
!88 = !DILocation(line: 13, column: 23, scope: !83, inlinedAt: !72)
!89 = distinct !{!89, !80, !90, !91, !92}
!90 = !DILocation(line: 13, column: 43, scope: !70, inlinedAt: !72)
!91 = !{!"llvm.loop.mustprogress"}
!92 = !{!"llvm.loop.unroll.disable"}
!93 = !DILocalVariable(name: "fine", arg: 1, scope: !94, file: !3, line: 16, type: !97)
!94 = distinct !DISubprogram(name: "histogram_coarse", scope: !3, file: !3, line: 16, type: !95, scopeLine: 16, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !99)
!95 = !DISubroutineType(types: !96)
!96 = !{null, !97, !63}
!97 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !98, size: 64)
!98 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !20)
!99 = !{!93, !100, !101, !103}
!100 = !DILocalVariable(name: "h", arg: 2, scope: !94, file: !3, line: 16, type: !63)
!101 = !DILocalVariable(name: "b", scope: !102, file: !3, line: 17, type: !40)
!102 = distinct !DILexicalBlock(scope: !94, file: !3, line: 17, column: 5)
!103 = !DILocalVariable(name: "v", scope: !104, file: !3, line: 18, type: !40)
!104 = distinct !DILexicalBlock(scope: !94, file: !3, line: 18, column: 5)
!105 = !DILocation(line: 0, scope: !94, inlinedAt: !106)
!106 = distinct !DILocation(line: 28, column: 5, scope: !37)
!107 = !DILocation(line: 0, scope: !102, inlinedAt: !106)
!108 = !DILocation(line: 17, column: 38, scope: !109, inlinedAt: !106)
!109 = distinct !DILexicalBlock(scope: !102, file: !3, line: 17, column: 5)
!110 = !DILocation(line: 18, column: 5, scope: !104, inlinedAt: !106)
!111 = !DILocation(line: 0, scope: !104, inlinedAt: !106)
!112 = !DILocation(line: 18, column: 48, scope: !113, inlinedAt: !106)
!113 = distinct !DILexicalBlock(scope: !104, file: !3, line: 18, column: 5)
!114 = !DILocation(line: 18, column: 39, scope: !113, inlinedAt: !106)
!115 = !DILocation(line: 18, column: 35, scope: !113, inlinedAt: !106)
!116 = !DILocation(line: 18, column: 45, scope: !113, inlinedAt: !106)
!117 = !DILocation(line: 18, column: 31, scope: !113, inlinedAt: !106)
!118 = !DILocation(line: 18, column: 23, scope: !113, inlinedAt: !106)
!119 = distinct !{!119, !110, !120, !91, !92}
!120 = !DILocation(line: 18, column: 54, scope: !104, inlinedAt: !106)
!121 = !DILocation(line: 24, column: 23, scope: !122)
!122 = distinct !DILexicalBlock(scope: !123, file: !3, line: 23, column: 33)
!123 = distinct !DILexicalBlock(scope: !46, file: !3, line: 23, column: 5)
!124 = !DILocation(line: 24, column: 34, scope: !122)
!125 = !DILocation(line: 25, column: 37, scope: !122)
!126 = !DILocation(line: 25, column: 21, scope: !122)
!127 = !DILocation(line: 25, column: 9, scope: !122)
!128 = !DILocation(line: 25, column: 19, scope: !122)
!129 = !DILocation(line: 23, column: 29, scope: !123)
!130 = !DILocation(line: 23, column: 23, scope: !123)
!131 = distinct !{!131, !56, !132, !91, !92}
!132 = !DILocation(line: 26, column: 5, scope: !46)
!133 = !DILocation(line: 0, scope: !50)
!134 = !DILocation(line: 31, column: 18, scope: !135)
!135 = distinct !DILexicalBlock(scope: !136, file: !3, line: 30, column: 35)
!136 = distinct !DILexicalBlock(scope: !50, file: !3, line: 30, column: 5)
!137 = !DILocation(line: 31, column: 15, scope: !135)
!138 = !DILocation(line: 32, column: 13, scope: !135)
!139 = !DILocation(line: 30, column: 31, scope: !136)
!140 = !DILocation(line: 30, column: 23, scope: !136)
!141 = !DILocation(line: 30, column: 5, scope: !50)
!142 = distinct !{!142, !141, !143, !91, !92}
!143 = !DILocation(line: 33, column: 5, scope: !50)
!144 = !DILocation(line: 36, column: 70, scope: !37)
!145 = !DILocation(line: 36, column: 5, scope: !37)
!146 = !DILocation(line: 38, column: 18, scope: !37)
!147 = !DILocation(line: 38, column: 23, scope: !37)
!148 = !DILocation(line: 38, column: 5, scope: !37)
!149 = !DILocation(line: 0, scope: !53)
!150 = !DILocation(line: 35, column: 49, scope: !151)
!151 = distinct !DILexicalBlock(scope: !53, file: !3, line: 35, column: 5)
!152 = !DILocation(line: 35, column: 46, scope: !151)
!153 = !DILocation(line: 35, column: 29, scope: !151)
!154 = !DILocation(line: 35, column: 23, scope: !151)
!155 = !DILocation(line: 35, column: 5, scope: !53)
!156 = distinct !{!156, !155, !157, !91, !92}
!157 = !DILocation(line: 35, column: 57, scope: !53)
!158 = !DISubprogram(name: "printf", scope: !159, file: !159, line: 356, type: !160, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !165)
!159 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!160 = !DISubroutineType(types: !161)
!161 = !{!40, !162, null}
!162 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !163)
!163 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !164, size: 64)
!164 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !14)
!165 = !{}
