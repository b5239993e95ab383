; ModuleID = 'c/monte_carlo_pi.c'
source_filename = "c/monte_carlo_pi.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [41 x i8] c"monte_carlo_pi estimate=%.5f error=%.5f\0A\00", align 1, !dbg !0

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 !dbg !17 {
  call void @llvm.dbg.value(metadata i64 -7046029254386353131, metadata !22, metadata !DIExpression()), !dbg !33
  call void @llvm.dbg.value(metadata ptr undef, metadata !34, metadata !DIExpression()), !dbg !49
  call void @llvm.dbg.value(metadata i64 1000000, metadata !41, metadata !DIExpression()), !dbg !49
  call void @llvm.dbg.value(metadata i64 0, metadata !42, metadata !DIExpression()), !dbg !49
  call void @llvm.dbg.value(metadata i64 0, metadata !43, metadata !DIExpression()), !dbg !51
  call void @llvm.dbg.value(metadata i64 0, metadata !42, metadata !DIExpression()), !dbg !49
  call void @llvm.dbg.value(metadata i64 0, metadata !43, metadata !DIExpression()), !dbg !51
  br label %1, !dbg !52

1:                                                ; preds = %1, %0
  %2 = phi i64 [ 0, %0 ], [ %29, %1 ]
  %3 = phi i64 [ 0, %0 ], [ %30, %1 ]
  %4 = phi i64 [ -7046029254386353131, %0 ], [ %20, %1 ]
  call void @llvm.dbg.value(metadata i64 %2, metadata !42, metadata !DIExpression()), !dbg !49
  call void @llvm.dbg.value(metadata i64 %3, metadata !43, metadata !DIExpression()), !dbg !51
  call void @llvm.dbg.value(metadata ptr undef, metadata !53, metadata !DIExpression()), !dbg !58
  call void @llvm.dbg.value(metadata ptr undef, metadata !60, metadata !DIExpression()), !dbg !66
  call void @llvm.dbg.value(metadata i64 %4, metadata !65, metadata !DIExpression()), !dbg !66
  %5 = lshr i64 %4, 12, !dbg !68
  %6 = xor i64 %5, %4, !dbg !69
  call void @llvm.dbg.value(metadata i64 %6, metadata !65, metadata !DIExpression()), !dbg !66
  %7 = shl i64 %6, 25, !dbg !70
  %8 = xor i64 %7, %6, !dbg !71
  call void @llvm.dbg.value(metadata i64 %8, metadata !65, metadata !DIExpression()), !dbg !66
  %9 = lshr i64 %8, 27, !dbg !72
  %10 = xor i64 %9, %8, !dbg !73
  call void @llvm.dbg.value(metadata i64 %10, metadata !65, metadata !DIExpression()), !dbg !66
  %11 = mul i64 %10, 2685821657736338717, !dbg !74
  %12 = lshr i64 %11, 11, !dbg !75
  %13 = uitofp i64 %12 to double, !dbg !76
  %14 = fmul double %13, 0x3CA0000000000000, !dbg !77
  call void @llvm.dbg.value(metadata double %14, metadata !45, metadata !DIExpression()), !dbg !78
  call void @llvm.dbg.value(metadata ptr undef, metadata !53, metadata !DIExpression()), !dbg !79
  call void @llvm.dbg.value(metadata ptr undef, metadata !60, metadata !DIExpression()), !dbg !81
  call void @llvm.dbg.value(metadata i64 %10, metadata !65, metadata !DIExpression()), !dbg !81
  %15 = lshr i64 %10, 12, !dbg !83
  %16 = xor i64 %15, %10, !dbg !84
  call void @llvm.dbg.value(metadata i64 %16, metadata !65, metadata !DIExpression()), !dbg !81
  %17 = shl i64 %16, 25, !dbg !85
  %18 = xor i64 %17, %16, !dbg !86
  call void @llvm.dbg.value(metadata i64 %18, metadata !65, metadata !DIExpression()), !dbg !81
  %19 = lshr i64 %18, 27, !dbg !87
  %20 = xor i64 %19, %18, !dbg !88
  call void @llvm.dbg.value(metadata i64 %20, metadata !65, metadata !DIExpression()), !dbg !81
  %21 = mul i64 %20, 2685821657736338717, !dbg !89
  %22 = lshr i64 %21, 11, !dbg !90
  %23 = uitofp i64 %22 to double, !dbg !91
  %24 = fmul double %23, 0x3CA0000000000000, !dbg !92
  call void @llvm.dbg.value(metadata double %24, metadata !48, metadata !DIExpression()), !dbg !78
  %25 = fmul double %24, %24, !dbg !93
  %26 = tail call double @llvm.fmuladd.f64(double %14, double %14, double %25), !dbg !95
  %27 = fcmp ole double %26, 1.000000e+00, !dbg !96
  %28 = zext i1 %27 to i64, !dbg !97
  %29 = add nuw nsw i64 %2, %28, !dbg !97
  call void @llvm.dbg.value(metadata i64 %29, metadata !42, metadata !DIExpression()), !dbg !49
  %30 = add nuw nsw i64 %3, 1, !dbg !98
  call void @llvm.dbg.value(metadata i64 %30, metadata !43, metadata !DIExpression()), !dbg !51
  %31 = icmp eq i64 %30, 1000000, !dbg !99
  br i1 %31, label %32, label %1, !dbg !52, !llvm.loop !100

32:                                               ; preds = %1
  call void @llvm.dbg.value(metadata i64 %20, metadata !22, metadata !DIExpression()), !dbg !33
  %33 = sitofp i64 %29 to double, !dbg !104
  %34 = fmul double %33, 4.000000e+00, !dbg !105
  %35 = fdiv double %34, 1.000000e+06, !dbg !106
  call void @llvm.dbg.value(metadata double %35, metadata !31, metadata !DIExpression()), !dbg !33
  %36 = fadd double %35, 0xC00921FB54442D11, !dbg !107
  %37 = tail call double @llvm.fabs.f64(double %36), !dbg !108
  call void @llvm.dbg.value(metadata double %37, metadata !32, metadata !DIExpression()), !dbg !33
  %38 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %35, double noundef %37), !dbg !109
  %39 = fcmp uge double %37, 1.000000e-02, !dbg !110
  %40 = zext i1 %39 to i32, !dbg !111
  ret i32 %40, !dbg !112
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #1

; Function Attrs: nofree nounwind
declare !dbg !113 noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #3

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.dbg.cu = !{!7}
!llvm.module.flags = !{!11, !12, !13, !14, !15, !16}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 32, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "c/monte_carlo_pi.c", directory: ".", checksumkind: CSK_MD5, checksum: "a4d317a5fa2988c24928a75c8282a7a0")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 328, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 41)
!7 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !8, globals: !10, splitDebugInlining: false, nameTableKind: None)
!8 = !{!9}
!9 = !DIBasicType(name: "double", size: 64, encoding: DW_ATE_float)
!10 = !{!0}
!11 = !{i32 7, !"Dwarf Version", i32 5}
!12 = !{i32 2, !"Debug Info Version", i32 3}
!13 = !{i32 1, !"wchar_size", i32 4}
!14 = !{i32 8, !"PIC Level", i32 2}
!15 = !{i32 7, !"PIE Level", i32 2}
!16 = !{i32 7, !"uwtable", i32 2}
!17 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 28, type: !18, scopeLine: 28, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !21)
!18 = !DISubroutineType(types: !19)
!19 = !{!20}
!20 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!21 = !{!22, !31, !32}
!22 = !DILocalVariable(name: "r", scope: !17, file: !2, line: 29, type: !23)
!23 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "rng", file: !2, line: 6, size: 64, elements: !24)
!24 = !{!25}
!25 = !DIDerivedType(tag: DW_TAG_member, name: "state", scope: !23, file: !2, line: 6, baseType: !26, size: 64)
!26 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint64_t", file: !27, line: 27, baseType: !28)
!27 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!28 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint64_t", file: !29, line: 45, baseType: !30)
!29 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!30 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!31 = !DILocalVariable(name: "pi", scope: !17, file: !2, line: 30, type: !9)
!32 = !DILocalVariable(name: "err", scope: !17, file: !2, line: 31, type: !9)
!33 = !DILocation(line: 0, scope: !17)
!34 = !DILocalVariable(name: "r", arg: 1, scope: !35, file: !2, line: 19, type: !38)
!35 = distinct !DISubprogram(name: "estimate_pi", scope: !2, file: !2, line: 19, type: !36, scopeLine: 19, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !40)
!36 = !DISubroutineType(types: !37)
!37 = !{!9, !38, !39}
!38 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !23, size: 64)
!39 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!40 = !{!34, !41, !42, !43, !45, !48}
!41 = !DILocalVariable(name: "samples", arg: 2, scope: !35, file: !2, line: 19, type: !39)
!42 = !DILocalVariable(name: "hits", scope: !35, file: !2, line: 20, type: !39)
!43 = !DILocalVariable(name: "i", scope: !44, file: !2, line: 21, type: !39)
!44 = distinct !DILexicalBlock(scope: !35, file: !2, line: 21, column: 5)
!45 = !DILocalVariable(name: "x", scope: !46, file: !2, line: 22, type: !9)
!46 = distinct !DILexicalBlock(scope: !47, file: !2, line: 21, column: 40)
!47 = distinct !DILexicalBlock(scope: !44, file: !2, line: 21, column: 5)
!48 = !DILocalVariable(name: "y", scope: !46, file: !2, line: 22, type: !9)
!49 = !DILocation(line: 0, scope: !35, inlinedAt: !50)
!50 = distinct !DILocation(line: 30, column: 17, scope: !17)
!51 = !DILocation(line: 0, scope: !44, inlinedAt: !50)
!52 = !DILocation(line: 21, column: 5, scope: !44, inlinedAt: !50)
!53 = !DILocalVariable(name: "r", arg: 1, scope: !54, file: !2, line: 17, type: !38)
!54 = distinct !DISubprogram(name: "next_double", scope: !2, file: !2, line: 17, type: !55, scopeLine: 17, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !57)
!55 = !DISubroutineType(types: !56)
!56 = !{!9, !38}
!57 = !{!53}
!58 = !DILocation(line: 0, scope: !54, inlinedAt: !59)
!59 = distinct !DILocation(line: 22, column: 20, scope: !46, inlinedAt: !50)
!60 = !DILocalVariable(name: "r", arg: 1, scope: !61, file: !2, line: 8, type: !38)
!61 = distinct !DISubprogram(name: "next_u64", scope: !2, file: !2, line: 8, type: !62, scopeLine: 8, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !64)
!62 = !DISubroutineType(types: !63)
!63 = !{!26, !38}
!64 = !{!60, !65}
!65 = !DILocalVariable(name: "x", scope: !61, file: !2, line: 9, type: !26)
!66 = !DILocation(line: 0, scope: !61, inlinedAt: !67)
!67 = distinct !DILocation(line: 17, column: 60, scope: !54, inlinedAt: !59)
!68 = !DILocation(line: 10, column: 12, scope: !61, inlinedAt: !67)
!69 = !DILocation(line: 10, column: 7, scope: !61, inlinedAt: !67)
!70 = !DILocation(line: 11, column: 12, scope: !61, inlinedAt: !67)
!71 = !DILocation(line: 11, column: 7, scope: !61, inlinedAt: !67)
!72 = !DILocation(line: 12, column: 12, scope: !61, inlinedAt: !67)
!73 = !DILocation(line: 12, column: 7, scope: !61, inlinedAt: !67)
!74 = !DILocation(line: 14, column: 14, scope: !61, inlinedAt: !67)
!75 = !DILocation(line: 17, column: 72, scope: !54, inlinedAt: !59)
!76 = !DILocation(line: 17, column: 51, scope: !54, inlinedAt: !59)
!77 = !DILocation(line: 17, column: 79, scope: !54, inlinedAt: !59)
!78 = !DILocation(line: 0, scope: !46, inlinedAt: !50)
!79 = !DILocation(line: 0, scope: !54, inlinedAt: !80)
!80 = distinct !DILocation(line: 22, column: 40, scope: !46, inlinedAt: !50)
!81 = !DILocation(line: 0, scope: !61, inlinedAt: !82)
!82 = distinct !DILocation(line: 17, column: 60, scope: !54, inlinedAt: !80)
!83 = !DILocation(line: 10, column: 12, scope: !61, inlinedAt: !82)
!84 = !DILocation(line: 10, column: 7, scope: !61, inlinedAt: !82)
!85 = !DILocation(line: 11, column: 12, scope: !61, inlinedAt: !82)
!86 = !DILocation(line: 11, column: 7, scope: !61, inlinedAt: !82)
!87 = !DILocation(line: 12, column: 12, scope: !61, inlinedAt: !82)
!88 = !DILocation(line: 12, column: 7, scope: !61, inlinedAt: !82)
!89 = !DILocation(line: 14, column: 14, scope: !61, inlinedAt: !82)
!90 = !DILocation(line: 17, column: 72, scope: !54, inlinedAt: !80)
!91 = !DILocation(line: 17, column: 51, scope: !54, inlinedAt: !80)
!92 = !DILocation(line: 17, column: 79, scope: !54, inlinedAt: !80)
!93 = !DILocation(line: 23, column: 23, scope: !94, inlinedAt: !50)
!94 = distinct !DILexicalBlock(scope: !46, file: !2, line: 23, column: 13)
!95 = !DILocation(line: 23, column: 19, scope: !94, inlinedAt: !50)
!96 = !DILocation(line: 23, column: 27, scope: !94, inlinedAt: !50)
!97 = !DILocation(line: 23, column: 13, scope: !46, inlinedAt: !50)
!98 = !DILocation(line: 21, column: 36, scope: !47, inlinedAt: !50)
!99 = !DILocation(line: 21, column: 24, scope: !47, inlinedAt: !50)
!100 = distinct !{!100, !52, !101, !102, !103}
!101 = !DILocation(line: 24, column: 5, scope: !44, inlinedAt: !50)
!102 = !{!"llvm.loop.mustprogress"}
!103 = !{!"llvm.loop.unroll.disable"}
!104 = !DILocation(line: 25, column: 18, scope: !35, inlinedAt: !50)
!105 = !DILocation(line: 25, column: 16, scope: !35, inlinedAt: !50)
!106 = !DILocation(line: 25, column: 31, scope: !35, inlinedAt: !50)
!107 = !DILocation(line: 31, column: 26, scope: !17)
!108 = !DILocation(line: 31, column: 18, scope: !17)
!109 = !DILocation(line: 32, column: 5, scope: !17)
!110 = !DILocation(line: 33, column: 16, scope: !17)
!111 = !DILocation(line: 33, column: 12, scope: !17)
!112 = !DILocation(line: 33, column: 5, scope: !17)
!113 = !DISubprogram(name: "printf", scope: !114, file: !114, line: 356, type: !115, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !120)
!114 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!115 = !DISubroutineType(types: !116)
!116 = !{!20, !117, null}
!117 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !118)
!118 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !119, size: 64)
!119 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !4)
!120 = !{}
