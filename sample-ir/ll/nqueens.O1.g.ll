; ModuleID = 'c/nqueens.c'
source_filename = "c/nqueens.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@main.known = internal unnamed_addr constant [11 x i64] [i64 1, i64 1, i64 0, i64 0, i64 2, i64 10, i64 4, i64 40, i64 92, i64 352, i64 724], align 16, !dbg !0
@.str = private unnamed_addr constant [28 x i8] c"nqueens n=%d solutions=%ld\0A\00", align 1, !dbg !9

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 !dbg !2 {
  call void @llvm.dbg.value(metadata i32 1, metadata !16, metadata !DIExpression()), !dbg !33
  call void @llvm.dbg.value(metadata i32 1, metadata !17, metadata !DIExpression()), !dbg !34
  br label %4, !dbg !35

1:                                                ; preds = %4
  %2 = icmp eq i32 %14, 0, !dbg !36
  %3 = zext i1 %2 to i32, !dbg !36
  ret i32 %3, !dbg !37

4:                                                ; preds = %0, %4
  %5 = phi i64 [ 1, %0 ], [ %15, %4 ]
  %6 = phi i32 [ 1, %0 ], [ %14, %4 ]
  call void @llvm.dbg.value(metadata i32 %6, metadata !16, metadata !DIExpression()), !dbg !33
  call void @llvm.dbg.value(metadata i64 %5, metadata !17, metadata !DIExpression()), !dbg !34
  %7 = trunc i64 %5 to i32, !dbg !38
  %8 = tail call fastcc i64 @solve(i32 noundef %7, i32 noundef 0, i32 noundef 0, i32 noundef 0, i32 noundef 0), !dbg !38
  call void @llvm.dbg.value(metadata i64 %8, metadata !19, metadata !DIExpression()), !dbg !39
  %9 = trunc i64 %5 to i32, !dbg !40
  %10 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %9, i64 noundef %8), !dbg !40
  %11 = getelementptr inbounds [11 x i64], ptr @main.known, i64 0, i64 %5, !dbg !41
  %12 = load i64, ptr %11, align 8, !dbg !41, !tbaa !43
  %13 = icmp eq i64 %8, %12, !dbg !47
  %14 = select i1 %13, i32 %6, i32 0, !dbg !48
  call void @llvm.dbg.value(metadata i32 %14, metadata !16, metadata !DIExpression()), !dbg !33
  %15 = add nuw nsw i64 %5, 1, !dbg !49
  call void @llvm.dbg.value(metadata i64 %15, metadata !17, metadata !DIExpression()), !dbg !34
  %16 = icmp eq i64 %15, 11, !dbg !50
  br i1 %16, label %1, label %4, !dbg !35, !llvm.loop !51
}

; Function Attrs: nofree nosync nounwind memory(none) uwtable
define internal fastcc i64 @solve(i32 noundef %0, i32 noundef %1, i32 noundef %2, i32 noundef %3, i32 noundef %4) unnamed_addr #1 !dbg !55 {
  call void @llvm.dbg.value(metadata i32 %0, metadata !60, metadata !DIExpression()), !dbg !69
  call void @llvm.dbg.value(metadata i32 %1, metadata !61, metadata !DIExpression()), !dbg !69
  call void @llvm.dbg.value(metadata i32 %2, metadata !62, metadata !DIExpression()), !dbg !69
  call void @llvm.dbg.value(metadata i32 %3, metadata !63, metadata !DIExpression()), !dbg !69
  call void @llvm.dbg.value(metadata i32 %4, metadata !64, metadata !DIExpression()), !dbg !69
  %6 = icmp eq i32 %1, %0, !dbg !70
  br i1 %6, label %30, label %7, !dbg !72

7:                                                ; preds = %5
  call void @llvm.dbg.value(metadata i64 0, metadata !65, metadata !DIExpression()), !dbg !69
  %8 = shl nsw i32 -1, %0, !dbg !73
  %9 = or i32 %8, %2, !dbg !74
  %10 = or i32 %9, %3, !dbg !74
  %11 = or i32 %10, %4, !dbg !74
  call void @llvm.dbg.value(metadata i32 %11, metadata !66, metadata !DIExpression(DW_OP_constu, 18446744073709551615, DW_OP_xor, DW_OP_stack_value)), !dbg !69
  call void @llvm.dbg.value(metadata i64 0, metadata !65, metadata !DIExpression()), !dbg !69
  %12 = icmp eq i32 %11, -1, !dbg !75
  br i1 %12, label %30, label %13, !dbg !75

13:                                               ; preds = %7
  %14 = xor i32 %11, -1, !dbg !74
  call void @llvm.dbg.value(metadata i32 %14, metadata !66, metadata !DIExpression()), !dbg !69
  %15 = add nsw i32 %1, 1
  br label %16, !dbg !75

16:                                               ; preds = %13, %16
  %17 = phi i32 [ %14, %13 ], [ %21, %16 ]
  %18 = phi i64 [ 0, %13 ], [ %28, %16 ]
  call void @llvm.dbg.value(metadata i32 %17, metadata !66, metadata !DIExpression()), !dbg !69
  call void @llvm.dbg.value(metadata i64 %18, metadata !65, metadata !DIExpression()), !dbg !69
  %19 = sub i32 0, %17, !dbg !76
  %20 = and i32 %17, %19, !dbg !77
  call void @llvm.dbg.value(metadata i32 %20, metadata !67, metadata !DIExpression()), !dbg !78
  %21 = sub i32 %17, %20, !dbg !79
  call void @llvm.dbg.value(metadata i32 %21, metadata !66, metadata !DIExpression()), !dbg !69
  %22 = or i32 %20, %2, !dbg !80
  %23 = or i32 %20, %3, !dbg !81
  %24 = shl i32 %23, 1, !dbg !82
  %25 = or i32 %20, %4, !dbg !83
  %26 = lshr i32 %25, 1, !dbg !84
  %27 = tail call fastcc i64 @solve(i32 noundef %0, i32 noundef %15, i32 noundef %22, i32 noundef %24, i32 noundef %26), !dbg !85
  %28 = add nsw i64 %27, %18, !dbg !86
  call void @llvm.dbg.value(metadata i64 %28, metadata !65, metadata !DIExpression()), !dbg !69
  %29 = icmp eq i32 %21, 0, !dbg !75
  br i1 %29, label %30, label %16, !dbg !75, !llvm.loop !87

30:                                               ; preds = %16, %7, %5
  %31 = phi i64 [ 1, %5 ], [ 0, %7 ], [ %28, %16 ], !dbg !69
  ret i64 %31, !dbg !89
}

; Function Attrs: nofree nounwind
declare !dbg !90 noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #3

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nosync nounwind memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.dbg.cu = !{!7}
!llvm.module.flags = !{!27, !28, !29, !30, !31, !32}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "known", scope: !2, file: !3, line: 18, type: !23, isLocal: true, isDefinition: true)
!2 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 17, type: !4, scopeLine: 17, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !15)
!3 = !DIFile(filename: "c/nqueens.c", directory: ".", checksumkind: CSK_MD5, checksum: "fb5b7d0c8d938441fe20ed7882c2d52f")
!4 = !DISubroutineType(types: !5)
!5 = !{!6}
!6 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!7 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !8, splitDebugInlining: false, nameTableKind: None)
!8 = !{!0, !9}
!9 = !DIGlobalVariableExpression(var: !10, expr: !DIExpression())
!10 = distinct !DIGlobalVariable(scope: null, file: !3, line: 22, type: !11, isLocal: true, isDefinition: true)
!11 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 224, elements: !13)
!12 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!13 = !{!14}
!14 = !DISubrange(count: 28)
!15 = !{!16, !17, !19}
!16 = !DILocalVariable(name: "ok", scope: !2, file: !3, line: 19, type: !6)
!17 = !DILocalVariable(name: "n", scope: !18, file: !3, line: 20, type: !6)
!18 = distinct !DILexicalBlock(scope: !2, file: !3, line: 20, column: 5)
!19 = !DILocalVariable(name: "c", scope: !20, file: !3, line: 21, type: !22)
!20 = distinct !DILexicalBlock(scope: !21, file: !3, line: 20, column: 35)
!21 = distinct !DILexicalBlock(scope: !18, file: !3, line: 20, column: 5)
!22 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!23 = !DICompositeType(tag: DW_TAG_array_type, baseType: !24, size: 704, elements: !25)
!24 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !22)
!25 = !{!26}
!26 = !DISubrange(count: 11)
!27 = !{i32 7, !"Dwarf Version", i32 5}
!28 = !{i32 2, !"Debug Info Version", i32 3}
!29 = !{i32 1, !"wchar_size", i32 4}
!30 = !{i32 8, !"PIC Level", i32 2}
!31 = !{i32 7, !"PIE Level", i32 2}
!32 = !{i32 7, !"uwtable", i32 2}
!33 = !DILocation(line: 0, scope: !2)
!34 = !DILocation(line: 0, scope: !18)
!35 = !DILocation(line: 20, column: 5, scope: !18)
!36 = !DILocation(line: 25, column: 12, scope: !2)
!37 = !DILocation(line: 25, column: 5, scope: !2)
!38 = !DILocation(line: 21, column: 18, scope: !20)
!39 = !DILocation(line: 0, scope: !20)
!40 = !DILocation(line: 22, column: 9, scope: !20)
!41 = !DILocation(line: 23, column: 18, scope: !42)
!42 = distinct !DILexicalBlock(scope: !20, file: !3, line: 23, column: 13)
!43 = !{!44, !44, i64 0}
!44 = !{!"long", !45, i64 0}
!45 = !{!"omnipotent char", !46, i64 0}
!46 = !{!"Simple C/C++ TBAA"}
!47 = !DILocation(line: 23, column: 15, scope: !42)
!48 = !DILocation(line: 23, column: 13, scope: !20)
!49 = !DILocation(line: 20, column: 31, scope: !21)
!50 = !DILocation(line: 20, column: 23, scope: !21)
!51 = distinct !{!51, !35, !52, !53, !54}
!52 = !DILocation(line: 24, column: 5, scope: !18)
!53 = !{!"llvm.loop.mustprogress"}
!54 = !{!"llvm.loop.unroll.disable"}
!55 = distinct !DISubprogram(name: "solve", scope: !3, file: !3, line: 5, type: !56, scopeLine: 5, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !59)
!56 = !DISubroutineType(types: !57)
!57 = !{!22, !6, !6, !58, !58, !58}
!58 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!59 = !{!60, !61, !62, !63, !64, !65, !66, !67}
!60 = !DILocalVariable(name: "n", arg: 1, scope: !55, file: !3, line: 5, type: !6)
!61 = !DILocalVariable(name: "row", arg: 2, scope: !55, file: !3, line: 5, type: !6)
!62 = !DILocalVariable(name: "cols", arg: 3, scope: !55, file: !3, line: 5, type: !58)
!63 = !DILocalVariable(name: "diag1", arg: 4, scope: !55, file: !3, line: 5, type: !58)
!64 = !DILocalVariable(name: "diag2", arg: 5, scope: !55, file: !3, line: 5, type: !58)
!65 = !DILocalVariable(name: "count", scope: !55, file: !3, line: 7, type: !22)
!66 = !DILocalVariable(name: "free_slots", scope: !55, file: !3, line: 8, type: !58)
!67 = !DILocalVariable(name: "bit", scope: !68, file: !3, line: 10, type: !58)
!68 = distinct !DILexicalBlock(scope: !55, file: !3, line: 9, column: 24)
!69 = !DILocation(line: 0, scope: !55)
!70 = !DILocation(line: 6, column: 13, scope: !71)
!71 = distinct !DILexicalBlock(scope: !55, file: !3, line: 6, column: 9)
!72 = !DILocation(line: 6, column: 9, scope: !55)
!73 = !DILocation(line: 8, column: 64, scope: !55)
!74 = !DILocation(line: 8, column: 51, scope: !55)
!75 = !DILocation(line: 9, column: 5, scope: !55)
!76 = !DILocation(line: 10, column: 41, scope: !68)
!77 = !DILocation(line: 10, column: 35, scope: !68)
!78 = !DILocation(line: 0, scope: !68)
!79 = !DILocation(line: 11, column: 20, scope: !68)
!80 = !DILocation(line: 12, column: 41, scope: !68)
!81 = !DILocation(line: 12, column: 55, scope: !68)
!82 = !DILocation(line: 12, column: 62, scope: !68)
!83 = !DILocation(line: 12, column: 75, scope: !68)
!84 = !DILocation(line: 12, column: 82, scope: !68)
!85 = !DILocation(line: 12, column: 18, scope: !68)
!86 = !DILocation(line: 12, column: 15, scope: !68)
!87 = distinct !{!87, !75, !88, !53, !54}
!88 = !DILocation(line: 13, column: 5, scope: !55)
!89 = !DILocation(line: 15, column: 1, scope: !55)
!90 = !DISubprogram(name: "printf", scope: !91, file: !91, line: 356, type: !92, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !97)
!91 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!92 = !DISubroutineType(types: !93)
!93 = !{!6, !94, null}
!94 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !95)
!95 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !96, size: 64)
!96 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !12)
!97 = !{}
