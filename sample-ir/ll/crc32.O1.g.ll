; ModuleID = 'c/crc32.c'
source_filename = "c/crc32.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [10 x i8] c"123456789\00", align 1, !dbg !0
@.str.1 = private unnamed_addr constant [41 x i8] c"crc32 check=%08x data=%08x bitwise=%08x\0A\00", align 1, !dbg !7
@crc_table = internal unnamed_addr global [256 x i32] zeroinitializer, align 16, !dbg !12

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 !dbg !34 {
  %1 = alloca [1000 x i8], align 16
  call void @llvm.dbg.value(metadata i32 0, metadata !51, metadata !DIExpression()), !dbg !62
  br label %2, !dbg !64

2:                                                ; preds = %5, %0
  %3 = phi i64 [ 0, %0 ], [ %7, %5 ]
  call void @llvm.dbg.value(metadata i64 %3, metadata !51, metadata !DIExpression()), !dbg !62
  call void @llvm.dbg.value(metadata i32 0, metadata !60, metadata !DIExpression()), !dbg !65
  call void @llvm.dbg.value(metadata i64 %3, metadata !57, metadata !DIExpression()), !dbg !66
  %4 = trunc i64 %3 to i32, !dbg !67
  br label %9, !dbg !67

5:                                                ; preds = %9
  %6 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %3, !dbg !68
  store i32 %16, ptr %6, align 4, !dbg !69, !tbaa !70
  %7 = add nuw nsw i64 %3, 1, !dbg !74
  call void @llvm.dbg.value(metadata i64 %7, metadata !51, metadata !DIExpression()), !dbg !62
  %8 = icmp eq i64 %7, 256, !dbg !75
  br i1 %8, label %19, label %2, !dbg !64, !llvm.loop !76

9:                                                ; preds = %9, %2
  %10 = phi i32 [ 0, %2 ], [ %17, %9 ]
  %11 = phi i32 [ %4, %2 ], [ %16, %9 ]
  call void @llvm.dbg.value(metadata i32 %10, metadata !60, metadata !DIExpression()), !dbg !65
  call void @llvm.dbg.value(metadata i32 %11, metadata !57, metadata !DIExpression()), !dbg !66
  %12 = and i32 %11, 1, !dbg !80
  %13 = icmp eq i32 %12, 0, !dbg !80
  %14 = lshr i32 %11, 1, !dbg !82
  %15 = xor i32 %14, -306674912, !dbg !82
  %16 = select i1 %13, i32 %14, i32 %15, !dbg !82
  call void @llvm.dbg.value(metadata i32 %16, metadata !57, metadata !DIExpression()), !dbg !66
  %17 = add nuw nsw i32 %10, 1, !dbg !83
  call void @llvm.dbg.value(metadata i32 %17, metadata !60, metadata !DIExpression()), !dbg !65
  %18 = icmp eq i32 %17, 8, !dbg !84
  br i1 %18, label %5, label %9, !dbg !67, !llvm.loop !85

19:                                               ; preds = %5, %19
  %20 = phi i64 [ %31, %19 ], [ 0, %5 ]
  %21 = phi i32 [ %30, %19 ], [ -1, %5 ]
  call void @llvm.dbg.value(metadata i64 %20, metadata !87, metadata !DIExpression()), !dbg !99
  call void @llvm.dbg.value(metadata i32 %21, metadata !98, metadata !DIExpression()), !dbg !101
  %22 = getelementptr inbounds i8, ptr @.str, i64 %20, !dbg !102
  %23 = load i8, ptr %22, align 1, !dbg !102, !tbaa !104
  %24 = trunc i32 %21 to i8, !dbg !105
  %25 = xor i8 %23, %24, !dbg !105
  %26 = zext i8 %25 to i64, !dbg !106
  %27 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %26, !dbg !106
  %28 = load i32, ptr %27, align 4, !dbg !106, !tbaa !70
  %29 = lshr i32 %21, 8, !dbg !107
  %30 = xor i32 %28, %29, !dbg !108
  call void @llvm.dbg.value(metadata i32 %30, metadata !98, metadata !DIExpression()), !dbg !101
  %31 = add nuw nsw i64 %20, 1, !dbg !109
  call void @llvm.dbg.value(metadata i64 %31, metadata !87, metadata !DIExpression()), !dbg !99
  %32 = icmp eq i64 %31, 9, !dbg !110
  br i1 %32, label %33, label %19, !dbg !111, !llvm.loop !112

33:                                               ; preds = %19
  call void @llvm.dbg.value(metadata i32 %30, metadata !42, metadata !DIExpression(DW_OP_constu, 18446744073709551615, DW_OP_xor, DW_OP_stack_value)), !dbg !114
  call void @llvm.lifetime.start.p0(i64 1000, ptr nonnull %1) #5, !dbg !115
  call void @llvm.dbg.declare(metadata ptr %1, metadata !43, metadata !DIExpression()), !dbg !116
  call void @llvm.dbg.value(metadata i32 0, metadata !47, metadata !DIExpression()), !dbg !117
  br label %77, !dbg !118

34:                                               ; preds = %77, %34
  %35 = phi i64 [ %46, %34 ], [ 0, %77 ]
  %36 = phi i32 [ %45, %34 ], [ -1, %77 ]
  call void @llvm.dbg.value(metadata i64 %35, metadata !87, metadata !DIExpression()), !dbg !119
  call void @llvm.dbg.value(metadata i32 %36, metadata !98, metadata !DIExpression()), !dbg !121
  %37 = getelementptr inbounds i8, ptr %1, i64 %35, !dbg !122
  %38 = load i8, ptr %37, align 1, !dbg !122, !tbaa !104
  %39 = trunc i32 %36 to i8, !dbg !123
  %40 = xor i8 %38, %39, !dbg !123
  %41 = zext i8 %40 to i64, !dbg !124
  %42 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %41, !dbg !124
  %43 = load i32, ptr %42, align 4, !dbg !124, !tbaa !70
  %44 = lshr i32 %36, 8, !dbg !125
  %45 = xor i32 %43, %44, !dbg !126
  call void @llvm.dbg.value(metadata i32 %45, metadata !98, metadata !DIExpression()), !dbg !121
  %46 = add nuw nsw i64 %35, 1, !dbg !127
  call void @llvm.dbg.value(metadata i64 %46, metadata !87, metadata !DIExpression()), !dbg !119
  %47 = icmp eq i64 %46, 1000, !dbg !128
  br i1 %47, label %48, label %34, !dbg !129, !llvm.loop !130

48:                                               ; preds = %34, %55
  %49 = phi i64 [ %56, %55 ], [ 0, %34 ]
  %50 = phi i32 [ %65, %55 ], [ -1, %34 ]
  call void @llvm.dbg.value(metadata i64 %49, metadata !132, metadata !DIExpression()), !dbg !143
  call void @llvm.dbg.value(metadata i32 %50, metadata !138, metadata !DIExpression()), !dbg !145
  %51 = getelementptr inbounds i8, ptr %1, i64 %49, !dbg !146
  %52 = load i8, ptr %51, align 1, !dbg !146, !tbaa !104
  %53 = zext i8 %52 to i32, !dbg !146
  %54 = xor i32 %50, %53, !dbg !147
  call void @llvm.dbg.value(metadata i32 %54, metadata !138, metadata !DIExpression()), !dbg !145
  call void @llvm.dbg.value(metadata i32 0, metadata !139, metadata !DIExpression()), !dbg !148
  br label %58, !dbg !149

55:                                               ; preds = %58
  %56 = add nuw nsw i64 %49, 1, !dbg !150
  call void @llvm.dbg.value(metadata i64 %56, metadata !132, metadata !DIExpression()), !dbg !143
  call void @llvm.dbg.value(metadata i32 %65, metadata !138, metadata !DIExpression()), !dbg !145
  %57 = icmp eq i64 %56, 1000, !dbg !151
  br i1 %57, label %68, label %48, !dbg !152, !llvm.loop !153

58:                                               ; preds = %58, %48
  %59 = phi i32 [ 0, %48 ], [ %66, %58 ]
  %60 = phi i32 [ %54, %48 ], [ %65, %58 ]
  call void @llvm.dbg.value(metadata i32 %59, metadata !139, metadata !DIExpression()), !dbg !148
  call void @llvm.dbg.value(metadata i32 %60, metadata !138, metadata !DIExpression()), !dbg !145
  %61 = lshr i32 %60, 1, !dbg !155
  %62 = and i32 %60, 1, !dbg !157
  %63 = icmp eq i32 %62, 0, !dbg !158
  %64 = select i1 %63, i32 0, i32 -306674912, !dbg !158
  %65 = xor i32 %64, %61, !dbg !159
  call void @llvm.dbg.value(metadata i32 %65, metadata !138, metadata !DIExpression()), !dbg !145
  %66 = add nuw nsw i32 %59, 1, !dbg !160
  call void @llvm.dbg.value(metadata i32 %66, metadata !139, metadata !DIExpression()), !dbg !148
  %67 = icmp eq i32 %66, 8, !dbg !161
  br i1 %67, label %55, label %58, !dbg !149, !llvm.loop !162

68:                                               ; preds = %55
  %69 = xor i32 %45, -1, !dbg !164
  call void @llvm.dbg.value(metadata i32 %69, metadata !49, metadata !DIExpression()), !dbg !114
  %70 = xor i32 %30, -1, !dbg !165
  call void @llvm.dbg.value(metadata i32 %70, metadata !42, metadata !DIExpression()), !dbg !114
  %71 = xor i32 %65, -1, !dbg !166
  call void @llvm.dbg.value(metadata i32 %71, metadata !50, metadata !DIExpression()), !dbg !114
  %72 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %70, i32 noundef %69, i32 noundef %71), !dbg !167
  %73 = icmp ne i32 %30, 873187033, !dbg !168
  %74 = icmp ne i32 %65, %45, !dbg !169
  %75 = select i1 %73, i1 true, i1 %74, !dbg !170
  %76 = zext i1 %75 to i32, !dbg !170
  call void @llvm.lifetime.end.p0(i64 1000, ptr nonnull %1) #5, !dbg !171
  ret i32 %76, !dbg !172

77:                                               ; preds = %33, %77
  %78 = phi i64 [ 0, %33 ], [ %83, %77 ]
  call void @llvm.dbg.value(metadata i64 %78, metadata !47, metadata !DIExpression()), !dbg !117
  %79 = trunc i64 %78 to i8, !dbg !173
  %80 = mul i8 %79, 7, !dbg !173
  %81 = add i8 %80, 3, !dbg !173
  %82 = getelementptr inbounds [1000 x i8], ptr %1, i64 0, i64 %78, !dbg !175
  store i8 %81, ptr %82, align 1, !dbg !176, !tbaa !104
  %83 = add nuw nsw i64 %78, 1, !dbg !177
  call void @llvm.dbg.value(metadata i64 %83, metadata !47, metadata !DIExpression()), !dbg !117
  %84 = icmp eq i64 %83, 1000, !dbg !178
  br i1 %84, label %34, label %77, !dbg !118, !llvm.loop !179
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.declare(metadata, metadata, metadata) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare !dbg !181 noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #4

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #5 = { nounwind }

!llvm.dbg.cu = !{!14}
!llvm.module.flags = !{!28, !29, !30, !31, !32, !33}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 33, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "c/crc32.c", directory: ".", checksumkind: CSK_MD5, checksum: "0c96def0a3b8920e0687826aed4ec5bf")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 80, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 10)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(scope: null, file: !2, line: 38, type: !9, isLocal: true, isDefinition: true)
!9 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 328, elements: !10)
!10 = !{!11}
!11 = !DISubrange(count: 41)
!12 = !DIGlobalVariableExpression(var: !13, expr: !DIExpression())
!13 = distinct !DIGlobalVariable(name: "crc_table", scope: !14, file: !2, line: 6, type: !20, isLocal: true, isDefinition: true)
!14 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !15, globals: !19, splitDebugInlining: false, nameTableKind: None)
!15 = !{!16, !18}
!16 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !17, size: 64)
!17 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !18)
!18 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!19 = !{!0, !7, !12}
!20 = !DICompositeType(tag: DW_TAG_array_type, baseType: !21, size: 8192, elements: !26)
!21 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !22, line: 26, baseType: !23)
!22 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!23 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !24, line: 42, baseType: !25)
!24 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!25 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!26 = !{!27}
!27 = !DISubrange(count: 256)
!28 = !{i32 7, !"Dwarf Version", i32 5}
!29 = !{i32 2, !"Debug Info Version", i32 3}
!30 = !{i32 1, !"wchar_size", i32 4}
!31 = !{i32 8, !"PIC Level", i32 2}
!32 = !{i32 7, !"PIE Level", i32 2}
!33 = !{i32 7, !"uwtable", i32 2}
!34 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 31, type: !35, scopeLine: 31, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !14, retainedNodes: !38)
!35 = !DISubroutineType(types: !36)
!36 = !{!37}
!37 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!38 = !{!39, !42, !43, !47, !49, !50}
!39 = !DILocalVariable(name: "check", scope: !34, file: !2, line: 33, type: !40)
!40 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !41, size: 64)
!41 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !4)
!42 = !DILocalVariable(name: "a", scope: !34, file: !2, line: 34, type: !21)
!43 = !DILocalVariable(name: "data", scope: !34, file: !2, line: 35, type: !44)
!44 = !DICompositeType(tag: DW_TAG_array_type, baseType: !18, size: 8000, elements: !45)
!45 = !{!46}
!46 = !DISubrange(count: 1000)
!47 = !DILocalVariable(name: "i", scope: !48, file: !2, line: 36, type: !37)
!48 = distinct !DILexicalBlock(scope: !34, file: !2, line: 36, column: 5)
!49 = !DILocalVariable(name: "b", scope: !34, file: !2, line: 37, type: !21)
!50 = !DILocalVariable(name: "c", scope: !34, file: !2, line: 37, type: !21)
!51 = !DILocalVariable(name: "n", scope: !52, file: !2, line: 9, type: !21)
!52 = distinct !DILexicalBlock(scope: !53, file: !2, line: 9, column: 5)
!53 = distinct !DISubprogram(name: "make_table", scope: !2, file: !2, line: 8, type: !54, scopeLine: 8, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !14, retainedNodes: !56)
!54 = !DISubroutineType(types: !55)
!55 = !{null}
!56 = !{!51, !57, !60}
!57 = !DILocalVariable(name: "c", scope: !58, file: !2, line: 10, type: !21)
!58 = distinct !DILexicalBlock(scope: !59, file: !2, line: 9, column: 40)
!59 = distinct !DILexicalBlock(scope: !52, file: !2, line: 9, column: 5)
!60 = !DILocalVariable(name: "k", scope: !61, file: !2, line: 11, type: !37)
!61 = distinct !DILexicalBlock(scope: !58, file: !2, line: 11, column: 9)
!62 = !DILocation(line: 0, scope: !52, inlinedAt: !63)
!63 = distinct !DILocation(line: 32, column: 5, scope: !34)
!64 = !DILocation(line: 9, column: 5, scope: !52, inlinedAt: !63)
!65 = !DILocation(line: 0, scope: !61, inlinedAt: !63)
!66 = !DILocation(line: 0, scope: !58, inlinedAt: !63)
!67 = !DILocation(line: 11, column: 9, scope: !61, inlinedAt: !63)
!68 = !DILocation(line: 12, column: 9, scope: !58, inlinedAt: !63)
!69 = !DILocation(line: 12, column: 22, scope: !58, inlinedAt: !63)
!70 = !{!71, !71, i64 0}
!71 = !{!"int", !72, i64 0}
!72 = !{!"omnipotent char", !73, i64 0}
!73 = !{!"Simple C/C++ TBAA"}
!74 = !DILocation(line: 9, column: 36, scope: !59, inlinedAt: !63)
!75 = !DILocation(line: 9, column: 28, scope: !59, inlinedAt: !63)
!76 = distinct !{!76, !64, !77, !78, !79}
!77 = !DILocation(line: 13, column: 5, scope: !52, inlinedAt: !63)
!78 = !{!"llvm.loop.mustprogress"}
!79 = !{!"llvm.loop.unroll.disable"}
!80 = !DILocation(line: 11, column: 44, scope: !81, inlinedAt: !63)
!81 = distinct !DILexicalBlock(scope: !61, file: !2, line: 11, column: 9)
!82 = !DILocation(line: 11, column: 41, scope: !81, inlinedAt: !63)
!83 = !DILocation(line: 11, column: 33, scope: !81, inlinedAt: !63)
!84 = !DILocation(line: 11, column: 27, scope: !81, inlinedAt: !63)
!85 = distinct !{!85, !67, !86, !78, !79}
!86 = !DILocation(line: 11, column: 82, scope: !61, inlinedAt: !63)
!87 = !DILocalVariable(name: "i", scope: !88, file: !2, line: 18, type: !92)
!88 = distinct !DILexicalBlock(scope: !89, file: !2, line: 18, column: 5)
!89 = distinct !DISubprogram(name: "crc32_table", scope: !2, file: !2, line: 16, type: !90, scopeLine: 16, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !14, retainedNodes: !95)
!90 = !DISubroutineType(types: !91)
!91 = !{!21, !16, !92}
!92 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !93, line: 46, baseType: !94)
!93 = !DIFile(filename: "/usr/lib/llvm-16/lib/clang/16/include/stddef.h", directory: "", checksumkind: CSK_MD5, checksum: "f95079da609b0e8f201cb8136304bf3b")
!94 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!95 = !{!96, !97, !98, !87}
!96 = !DILocalVariable(name: "buf", arg: 1, scope: !89, file: !2, line: 16, type: !16)
!97 = !DILocalVariable(name: "len", arg: 2, scope: !89, file: !2, line: 16, type: !92)
!98 = !DILocalVariable(name: "c", scope: !89, file: !2, line: 17, type: !21)
!99 = !DILocation(line: 0, scope: !88, inlinedAt: !100)
!100 = distinct !DILocation(line: 34, column: 18, scope: !34)
!101 = !DILocation(line: 0, scope: !89, inlinedAt: !100)
!102 = !DILocation(line: 18, column: 57, scope: !103, inlinedAt: !100)
!103 = distinct !DILexicalBlock(scope: !88, file: !2, line: 18, column: 5)
!104 = !{!72, !72, i64 0}
!105 = !DILocation(line: 18, column: 65, scope: !103, inlinedAt: !100)
!106 = !DILocation(line: 18, column: 42, scope: !103, inlinedAt: !100)
!107 = !DILocation(line: 18, column: 79, scope: !103, inlinedAt: !100)
!108 = !DILocation(line: 18, column: 74, scope: !103, inlinedAt: !100)
!109 = !DILocation(line: 18, column: 34, scope: !103, inlinedAt: !100)
!110 = !DILocation(line: 18, column: 26, scope: !103, inlinedAt: !100)
!111 = !DILocation(line: 18, column: 5, scope: !88, inlinedAt: !100)
!112 = distinct !{!112, !111, !113, !78, !79}
!113 = !DILocation(line: 18, column: 83, scope: !88, inlinedAt: !100)
!114 = !DILocation(line: 0, scope: !34)
!115 = !DILocation(line: 35, column: 5, scope: !34)
!116 = !DILocation(line: 35, column: 19, scope: !34)
!117 = !DILocation(line: 0, scope: !48)
!118 = !DILocation(line: 36, column: 5, scope: !48)
!119 = !DILocation(line: 0, scope: !88, inlinedAt: !120)
!120 = distinct !DILocation(line: 37, column: 18, scope: !34)
!121 = !DILocation(line: 0, scope: !89, inlinedAt: !120)
!122 = !DILocation(line: 18, column: 57, scope: !103, inlinedAt: !120)
!123 = !DILocation(line: 18, column: 65, scope: !103, inlinedAt: !120)
!124 = !DILocation(line: 18, column: 42, scope: !103, inlinedAt: !120)
!125 = !DILocation(line: 18, column: 79, scope: !103, inlinedAt: !120)
!126 = !DILocation(line: 18, column: 74, scope: !103, inlinedAt: !120)
!127 = !DILocation(line: 18, column: 34, scope: !103, inlinedAt: !120)
!128 = !DILocation(line: 18, column: 26, scope: !103, inlinedAt: !120)
!129 = !DILocation(line: 18, column: 5, scope: !88, inlinedAt: !120)
!130 = distinct !{!130, !129, !131, !78, !79}
!131 = !DILocation(line: 18, column: 83, scope: !88, inlinedAt: !120)
!132 = !DILocalVariable(name: "i", scope: !133, file: !2, line: 24, type: !92)
!133 = distinct !DILexicalBlock(scope: !134, file: !2, line: 24, column: 5)
!134 = distinct !DISubprogram(name: "crc32_bitwise", scope: !2, file: !2, line: 22, type: !90, scopeLine: 22, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !14, retainedNodes: !135)
!135 = !{!136, !137, !138, !132, !139}
!136 = !DILocalVariable(name: "buf", arg: 1, scope: !134, file: !2, line: 22, type: !16)
!137 = !DILocalVariable(name: "len", arg: 2, scope: !134, file: !2, line: 22, type: !92)
!138 = !DILocalVariable(name: "c", scope: !134, file: !2, line: 23, type: !21)
!139 = !DILocalVariable(name: "k", scope: !140, file: !2, line: 26, type: !37)
!140 = distinct !DILexicalBlock(scope: !141, file: !2, line: 26, column: 9)
!141 = distinct !DILexicalBlock(scope: !142, file: !2, line: 24, column: 38)
!142 = distinct !DILexicalBlock(scope: !133, file: !2, line: 24, column: 5)
!143 = !DILocation(line: 0, scope: !133, inlinedAt: !144)
!144 = distinct !DILocation(line: 37, column: 54, scope: !34)
!145 = !DILocation(line: 0, scope: !134, inlinedAt: !144)
!146 = !DILocation(line: 25, column: 14, scope: !141, inlinedAt: !144)
!147 = !DILocation(line: 25, column: 11, scope: !141, inlinedAt: !144)
!148 = !DILocation(line: 0, scope: !140, inlinedAt: !144)
!149 = !DILocation(line: 26, column: 9, scope: !140, inlinedAt: !144)
!150 = !DILocation(line: 24, column: 34, scope: !142, inlinedAt: !144)
!151 = !DILocation(line: 24, column: 26, scope: !142, inlinedAt: !144)
!152 = !DILocation(line: 24, column: 5, scope: !133, inlinedAt: !144)
!153 = distinct !{!153, !152, !154, !78, !79}
!154 = !DILocation(line: 27, column: 5, scope: !133, inlinedAt: !144)
!155 = !DILocation(line: 26, column: 44, scope: !156, inlinedAt: !144)
!156 = distinct !DILexicalBlock(scope: !140, file: !2, line: 26, column: 9)
!157 = !DILocation(line: 26, column: 76, scope: !156, inlinedAt: !144)
!158 = !DILocation(line: 26, column: 65, scope: !156, inlinedAt: !144)
!159 = !DILocation(line: 26, column: 50, scope: !156, inlinedAt: !144)
!160 = !DILocation(line: 26, column: 33, scope: !156, inlinedAt: !144)
!161 = !DILocation(line: 26, column: 27, scope: !156, inlinedAt: !144)
!162 = distinct !{!162, !149, !163, !78, !79}
!163 = !DILocation(line: 26, column: 82, scope: !140, inlinedAt: !144)
!164 = !DILocation(line: 19, column: 14, scope: !89, inlinedAt: !120)
!165 = !DILocation(line: 19, column: 14, scope: !89, inlinedAt: !100)
!166 = !DILocation(line: 28, column: 12, scope: !134, inlinedAt: !144)
!167 = !DILocation(line: 38, column: 5, scope: !34)
!168 = !DILocation(line: 39, column: 14, scope: !34)
!169 = !DILocation(line: 39, column: 29, scope: !34)
!170 = !DILocation(line: 39, column: 12, scope: !34)
!171 = !DILocation(line: 40, column: 1, scope: !34)
!172 = !DILocation(line: 39, column: 5, scope: !34)
!173 = !DILocation(line: 36, column: 46, scope: !174)
!174 = distinct !DILexicalBlock(scope: !48, file: !2, line: 36, column: 5)
!175 = !DILocation(line: 36, column: 36, scope: !174)
!176 = !DILocation(line: 36, column: 44, scope: !174)
!177 = !DILocation(line: 36, column: 32, scope: !174)
!178 = !DILocation(line: 36, column: 23, scope: !174)
!179 = distinct !{!179, !118, !180, !78, !79}
!180 = !DILocation(line: 36, column: 71, scope: !48)
!181 = !DISubprogram(name: "printf", scope: !182, file: !182, line: 356, type: !183, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !186)
!182 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!183 = !DISubroutineType(types: !184)
!184 = !{!37, !185, null}
!185 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !40)
!186 = !{}
