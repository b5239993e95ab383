; ModuleID = 'c/sieve.c'
source_filename = "c/sieve.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [43 x i8] c"sieve primes below %d: %d, twin pairs: %d\0A\00", align 1, !dbg !0

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 !dbg !19 {
  call void @llvm.dbg.value(metadata i32 100000, metadata !24, metadata !DIExpression()), !dbg !31
  %1 = tail call noalias dereferenceable_or_null(100000) ptr @malloc(i64 noundef 100000) #6, !dbg !32
  call void @llvm.dbg.value(metadata ptr %1, metadata !26, metadata !DIExpression()), !dbg !31
  %2 = icmp eq ptr %1, null, !dbg !33
  br i1 %2, label %56, label %3, !dbg !35

3:                                                ; preds = %0
  call void @llvm.dbg.value(metadata i32 100000, metadata !36, metadata !DIExpression()), !dbg !52
  call void @llvm.dbg.value(metadata ptr %1, metadata !41, metadata !DIExpression()), !dbg !52
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 1 dereferenceable(100000) %1, i8 0, i64 100000, i1 false), !dbg !54
  %4 = getelementptr inbounds i8, ptr %1, i64 1, !dbg !55
  store i8 1, ptr %4, align 1, !dbg !56, !tbaa !57
  store i8 1, ptr %1, align 1, !dbg !60, !tbaa !57
  call void @llvm.dbg.value(metadata i64 2, metadata !42, metadata !DIExpression()), !dbg !61
  br label %5, !dbg !62

5:                                                ; preds = %18, %3
  %6 = phi i64 [ 4, %3 ], [ %20, %18 ]
  %7 = phi i64 [ 2, %3 ], [ %19, %18 ]
  call void @llvm.dbg.value(metadata i64 %7, metadata !42, metadata !DIExpression()), !dbg !61
  %8 = getelementptr inbounds i8, ptr %1, i64 %7, !dbg !63
  %9 = load i8, ptr %8, align 1, !dbg !63, !tbaa !57
  %10 = icmp eq i8 %9, 0, !dbg !63
  %11 = icmp ult i64 %6, 100000
  %12 = select i1 %10, i1 %11, i1 false, !dbg !64
  call void @llvm.dbg.value(metadata i64 %6, metadata !45, metadata !DIExpression()), !dbg !65
  br i1 %12, label %13, label %18, !dbg !64

13:                                               ; preds = %5, %13
  %14 = phi i64 [ %16, %13 ], [ %6, %5 ]
  call void @llvm.dbg.value(metadata i64 %14, metadata !45, metadata !DIExpression()), !dbg !65
  %15 = getelementptr inbounds i8, ptr %1, i64 %14, !dbg !66
  store i8 1, ptr %15, align 1, !dbg !68, !tbaa !57
  %16 = add nuw nsw i64 %14, %7, !dbg !69
  call void @llvm.dbg.value(metadata i64 %16, metadata !45, metadata !DIExpression()), !dbg !65
  %17 = icmp ult i64 %16, 100000, !dbg !70
  br i1 %17, label %13, label %18, !dbg !71, !llvm.loop !72

18:                                               ; preds = %13, %5
  %19 = add nuw nsw i64 %7, 1, !dbg !76
  call void @llvm.dbg.value(metadata i64 %19, metadata !42, metadata !DIExpression()), !dbg !61
  %20 = mul nsw i64 %19, %19, !dbg !77
  %21 = icmp eq i64 %19, 317, !dbg !78
  br i1 %21, label %22, label %5, !dbg !62, !llvm.loop !79

22:                                               ; preds = %18, %22
  %23 = phi i64 [ %30, %22 ], [ 2, %18 ]
  %24 = phi i32 [ %29, %22 ], [ 0, %18 ]
  call void @llvm.dbg.value(metadata i64 %23, metadata !50, metadata !DIExpression()), !dbg !81
  call void @llvm.dbg.value(metadata i32 %24, metadata !49, metadata !DIExpression()), !dbg !52
  %25 = getelementptr inbounds i8, ptr %1, i64 %23, !dbg !82
  %26 = load i8, ptr %25, align 1, !dbg !82, !tbaa !57
  %27 = icmp eq i8 %26, 0, !dbg !84
  %28 = zext i1 %27 to i32, !dbg !84
  %29 = add nuw nsw i32 %24, %28, !dbg !85
  call void @llvm.dbg.value(metadata i32 %29, metadata !49, metadata !DIExpression()), !dbg !52
  %30 = add nuw nsw i64 %23, 1, !dbg !86
  call void @llvm.dbg.value(metadata i64 %30, metadata !50, metadata !DIExpression()), !dbg !81
  %31 = icmp eq i64 %30, 100000, !dbg !87
  br i1 %31, label %32, label %22, !dbg !88, !llvm.loop !89

32:                                               ; preds = %22, %46
  %33 = phi i64 [ %36, %46 ], [ 3, %22 ]
  %34 = phi i64 [ %48, %46 ], [ 5, %22 ]
  %35 = phi i32 [ %47, %46 ], [ 0, %22 ]
  %36 = add nuw nsw i64 %33, 2
  call void @llvm.dbg.value(metadata i64 %33, metadata !91, metadata !DIExpression()), !dbg !102
  call void @llvm.dbg.value(metadata i32 %35, metadata !101, metadata !DIExpression()), !dbg !104
  %37 = getelementptr inbounds i8, ptr %1, i64 %33, !dbg !105
  %38 = load i8, ptr %37, align 1, !dbg !105, !tbaa !57
  %39 = icmp eq i8 %38, 0, !dbg !105
  br i1 %39, label %40, label %46, !dbg !108

40:                                               ; preds = %32
  %41 = getelementptr inbounds i8, ptr %1, i64 %34, !dbg !109
  %42 = load i8, ptr %41, align 1, !dbg !109, !tbaa !57
  %43 = icmp eq i8 %42, 0, !dbg !109
  %44 = zext i1 %43 to i32, !dbg !110
  %45 = add nsw i32 %35, %44, !dbg !110
  br label %46, !dbg !110

46:                                               ; preds = %40, %32
  %47 = phi i32 [ %35, %32 ], [ %45, %40 ], !dbg !104
  call void @llvm.dbg.value(metadata i64 %34, metadata !91, metadata !DIExpression()), !dbg !102
  call void @llvm.dbg.value(metadata i32 %47, metadata !101, metadata !DIExpression()), !dbg !104
  %48 = add nuw nsw i64 %34, 2, !dbg !111
  %49 = icmp ult i64 %34, 99998, !dbg !112
  br i1 %49, label %32, label %50, !dbg !113, !llvm.loop !114

50:                                               ; preds = %46
  call void @llvm.dbg.value(metadata i32 %47, metadata !30, metadata !DIExpression()), !dbg !31
  %51 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 100000, i32 noundef %29, i32 noundef %47), !dbg !116
  tail call void @free(ptr noundef %1) #7, !dbg !117
  %52 = icmp ne i32 %29, 9592, !dbg !118
  %53 = icmp ne i32 %47, 1224, !dbg !119
  %54 = or i1 %52, %53, !dbg !120
  %55 = zext i1 %54 to i32, !dbg !120
  br label %56

56:                                               ; preds = %0, %50
  %57 = phi i32 [ %55, %50 ], [ 2, %0 ], !dbg !31
  ret i32 %57, !dbg !121
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare !dbg !122 noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: nofree nounwind
declare !dbg !128 noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare !dbg !135 void @free(ptr allocptr nocapture noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #4

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #5

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { nounwind allocsize(0) }
attributes #7 = { nounwind }

!llvm.dbg.cu = !{!7}
!llvm.module.flags = !{!13, !14, !15, !16, !17, !18}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 30, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "c/sieve.c", directory: ".", checksumkind: CSK_MD5, checksum: "7b6a5fe2e399f90d9b90059e6f9fddef")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 344, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 43)
!7 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !8, globals: !12, splitDebugInlining: false, nameTableKind: None)
!8 = !{!9}
!9 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !10, line: 46, baseType: !11)
!10 = !DIFile(filename: "/usr/lib/llvm-16/lib/clang/16/include/stddef.h", directory: "", checksumkind: CSK_MD5, checksum: "f95079da609b0e8f201cb8136304bf3b")
!11 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!12 = !{!0}
!13 = !{i32 7, !"Dwarf Version", i32 5}
!14 = !{i32 2, !"Debug Info Version", i32 3}
!15 = !{i32 1, !"wchar_size", i32 4}
!16 = !{i32 8, !"PIC Level", i32 2}
!17 = !{i32 7, !"PIE Level", i32 2}
!18 = !{i32 7, !"uwtable", i32 2}
!19 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 24, type: !20, scopeLine: 24, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !23)
!20 = !DISubroutineType(types: !21)
!21 = !{!22}
!22 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!23 = !{!24, !26, !29, !30}
!24 = !DILocalVariable(name: "limit", scope: !19, file: !2, line: 25, type: !25)
!25 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !22)
!26 = !DILocalVariable(name: "composite", scope: !19, file: !2, line: 26, type: !27)
!27 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !28, size: 64)
!28 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!29 = !DILocalVariable(name: "primes", scope: !19, file: !2, line: 28, type: !22)
!30 = !DILocalVariable(name: "twins", scope: !19, file: !2, line: 29, type: !22)
!31 = !DILocation(line: 0, scope: !19)
!32 = !DILocation(line: 26, column: 32, scope: !19)
!33 = !DILocation(line: 27, column: 10, scope: !34)
!34 = distinct !DILexicalBlock(scope: !19, file: !2, line: 27, column: 9)
!35 = !DILocation(line: 27, column: 9, scope: !19)
!36 = !DILocalVariable(name: "limit", arg: 1, scope: !37, file: !2, line: 6, type: !22)
!37 = distinct !DISubprogram(name: "sieve", scope: !2, file: !2, line: 6, type: !38, scopeLine: 6, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !40)
!38 = !DISubroutineType(types: !39)
!39 = !{!22, !22, !27}
!40 = !{!36, !41, !42, !45, !49, !50}
!41 = !DILocalVariable(name: "composite", arg: 2, scope: !37, file: !2, line: 6, type: !27)
!42 = !DILocalVariable(name: "i", scope: !43, file: !2, line: 9, type: !44)
!43 = distinct !DILexicalBlock(scope: !37, file: !2, line: 9, column: 5)
!44 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!45 = !DILocalVariable(name: "j", scope: !46, file: !2, line: 11, type: !44)
!46 = distinct !DILexicalBlock(scope: !47, file: !2, line: 11, column: 13)
!47 = distinct !DILexicalBlock(scope: !48, file: !2, line: 10, column: 13)
!48 = distinct !DILexicalBlock(scope: !43, file: !2, line: 9, column: 5)
!49 = !DILocalVariable(name: "count", scope: !37, file: !2, line: 12, type: !22)
!50 = !DILocalVariable(name: "i", scope: !51, file: !2, line: 13, type: !22)
!51 = distinct !DILexicalBlock(scope: !37, file: !2, line: 13, column: 5)
!52 = !DILocation(line: 0, scope: !37, inlinedAt: !53)
!53 = distinct !DILocation(line: 28, column: 18, scope: !19)
!54 = !DILocation(line: 7, column: 5, scope: !37, inlinedAt: !53)
!55 = !DILocation(line: 8, column: 20, scope: !37, inlinedAt: !53)
!56 = !DILocation(line: 8, column: 33, scope: !37, inlinedAt: !53)
!57 = !{!58, !58, i64 0}
!58 = !{!"omnipotent char", !59, i64 0}
!59 = !{!"Simple C/C++ TBAA"}
!60 = !DILocation(line: 8, column: 18, scope: !37, inlinedAt: !53)
!61 = !DILocation(line: 0, scope: !43, inlinedAt: !53)
!62 = !DILocation(line: 9, column: 5, scope: !43, inlinedAt: !53)
!63 = !DILocation(line: 10, column: 14, scope: !47, inlinedAt: !53)
!64 = !DILocation(line: 10, column: 13, scope: !48, inlinedAt: !53)
!65 = !DILocation(line: 0, scope: !46, inlinedAt: !53)
!66 = !DILocation(line: 11, column: 53, scope: !67, inlinedAt: !53)
!67 = distinct !DILexicalBlock(scope: !46, file: !2, line: 11, column: 13)
!68 = !DILocation(line: 11, column: 66, scope: !67, inlinedAt: !53)
!69 = !DILocation(line: 11, column: 47, scope: !67, inlinedAt: !53)
!70 = !DILocation(line: 11, column: 36, scope: !67, inlinedAt: !53)
!71 = !DILocation(line: 11, column: 13, scope: !46, inlinedAt: !53)
!72 = distinct !{!72, !71, !73, !74, !75}
!73 = !DILocation(line: 11, column: 68, scope: !46, inlinedAt: !53)
!74 = !{!"llvm.loop.mustprogress"}
!75 = !{!"llvm.loop.unroll.disable"}
!76 = !DILocation(line: 9, column: 38, scope: !48, inlinedAt: !53)
!77 = !DILocation(line: 9, column: 24, scope: !48, inlinedAt: !53)
!78 = !DILocation(line: 9, column: 28, scope: !48, inlinedAt: !53)
!79 = distinct !{!79, !62, !80, !74, !75}
!80 = !DILocation(line: 11, column: 68, scope: !43, inlinedAt: !53)
!81 = !DILocation(line: 0, scope: !51, inlinedAt: !53)
!82 = !DILocation(line: 13, column: 47, scope: !83, inlinedAt: !53)
!83 = distinct !DILexicalBlock(scope: !51, file: !2, line: 13, column: 5)
!84 = !DILocation(line: 13, column: 46, scope: !83, inlinedAt: !53)
!85 = !DILocation(line: 13, column: 43, scope: !83, inlinedAt: !53)
!86 = !DILocation(line: 13, column: 33, scope: !83, inlinedAt: !53)
!87 = !DILocation(line: 13, column: 23, scope: !83, inlinedAt: !53)
!88 = !DILocation(line: 13, column: 5, scope: !51, inlinedAt: !53)
!89 = distinct !{!89, !88, !90, !74, !75}
!90 = !DILocation(line: 13, column: 58, scope: !51, inlinedAt: !53)
!91 = !DILocalVariable(name: "i", scope: !92, file: !2, line: 19, type: !22)
!92 = distinct !DILexicalBlock(scope: !93, file: !2, line: 19, column: 5)
!93 = distinct !DISubprogram(name: "twin_pairs", scope: !2, file: !2, line: 17, type: !94, scopeLine: 17, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !98)
!94 = !DISubroutineType(types: !95)
!95 = !{!22, !22, !96}
!96 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !97, size: 64)
!97 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !28)
!98 = !{!99, !100, !101, !91}
!99 = !DILocalVariable(name: "limit", arg: 1, scope: !93, file: !2, line: 17, type: !22)
!100 = !DILocalVariable(name: "composite", arg: 2, scope: !93, file: !2, line: 17, type: !96)
!101 = !DILocalVariable(name: "pairs", scope: !93, file: !2, line: 18, type: !22)
!102 = !DILocation(line: 0, scope: !92, inlinedAt: !103)
!103 = distinct !DILocation(line: 29, column: 17, scope: !19)
!104 = !DILocation(line: 0, scope: !93, inlinedAt: !103)
!105 = !DILocation(line: 20, column: 14, scope: !106, inlinedAt: !103)
!106 = distinct !DILexicalBlock(scope: !107, file: !2, line: 20, column: 13)
!107 = distinct !DILexicalBlock(scope: !92, file: !2, line: 19, column: 5)
!108 = !DILocation(line: 20, column: 27, scope: !106, inlinedAt: !103)
!109 = !DILocation(line: 20, column: 31, scope: !106, inlinedAt: !103)
!110 = !DILocation(line: 20, column: 13, scope: !107, inlinedAt: !103)
!111 = !DILocation(line: 19, column: 23, scope: !107, inlinedAt: !103)
!112 = !DILocation(line: 19, column: 27, scope: !107, inlinedAt: !103)
!113 = !DILocation(line: 19, column: 5, scope: !92, inlinedAt: !103)
!114 = distinct !{!114, !113, !115, !74, !75}
!115 = !DILocation(line: 20, column: 54, scope: !92, inlinedAt: !103)
!116 = !DILocation(line: 30, column: 5, scope: !19)
!117 = !DILocation(line: 31, column: 5, scope: !19)
!118 = !DILocation(line: 32, column: 19, scope: !19)
!119 = !DILocation(line: 32, column: 27, scope: !19)
!120 = !DILocation(line: 32, column: 12, scope: !19)
!121 = !DILocation(line: 33, column: 1, scope: !19)
!122 = !DISubprogram(name: "malloc", scope: !123, file: !123, line: 553, type: !124, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !127)
!123 = !DIFile(filename: "/usr/include/stdlib.h", directory: "", checksumkind: CSK_MD5, checksum: "4b47dc81a92f1fe77a152c0aac236718")
!124 = !DISubroutineType(types: !125)
!125 = !{!126, !9}
!126 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!127 = !{}
!128 = !DISubprogram(name: "printf", scope: !129, file: !129, line: 356, type: !130, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !127)
!129 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!130 = !DISubroutineType(types: !131)
!131 = !{!22, !132, null}
!132 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !133)
!133 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !134, size: 64)
!134 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !4)
!135 = !DISubprogram(name: "free", scope: !123, file: !123, line: 568, type: !136, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !127)
!136 = !DISubroutineType(types: !137)
!137 = !{null, !126}
