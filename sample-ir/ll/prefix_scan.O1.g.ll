; ModuleID = 'c/prefix_scan.c'
source_filename = "c/prefix_scan.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@input = internal unnamed_addr global [1024 x i32] zeroinitializer, align 16, !dbg !0
@blelloch = internal unnamed_addr global [1024 x i32] zeroinitializer, align 16, !dbg !11
@serial = internal unnamed_addr global [1024 x i32] zeroinitializer, align 16, !dbg !17
@.str = private unnamed_addr constant [40 x i8] c"prefix_scan n=%d last=%d mismatches=%d\0A\00", align 1, !dbg !5

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 !dbg !25 {
  call void @llvm.dbg.value(metadata i32 0, metadata !29, metadata !DIExpression()), !dbg !34
  br label %50, !dbg !35

1:                                                ; preds = %50, %1
  %2 = phi i64 [ %8, %1 ], [ 0, %50 ]
  %3 = phi i32 [ %7, %1 ], [ 0, %50 ]
  call void @llvm.dbg.value(metadata i64 %2, metadata !36, metadata !DIExpression()), !dbg !49
  call void @llvm.dbg.value(metadata i32 %3, metadata !48, metadata !DIExpression()), !dbg !51
  %4 = getelementptr inbounds i32, ptr @serial, i64 %2, !dbg !52
  store i32 %3, ptr %4, align 4, !dbg !55, !tbaa !56
  %5 = getelementptr inbounds i32, ptr @input, i64 %2, !dbg !60
  %6 = load i32, ptr %5, align 4, !dbg !60, !tbaa !56
  %7 = add nsw i32 %6, %3, !dbg !61
  call void @llvm.dbg.value(metadata i32 %7, metadata !48, metadata !DIExpression()), !dbg !51
  %8 = add nuw nsw i64 %2, 1, !dbg !62
  call void @llvm.dbg.value(metadata i64 %8, metadata !36, metadata !DIExpression()), !dbg !49
  %9 = icmp eq i64 %8, 1024, !dbg !63
  br i1 %9, label %13, label %1, !dbg !64, !llvm.loop !65

10:                                               ; preds = %20
  call void @llvm.dbg.value(metadata i32 %15, metadata !69, metadata !DIExpression()), !dbg !88
  %11 = icmp ult i32 %15, 1024, !dbg !90
  br i1 %11, label %13, label %12, !dbg !91, !llvm.loop !92

12:                                               ; preds = %10
  store i32 0, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 1023), align 4, !dbg !94, !tbaa !56
  call void @llvm.dbg.value(metadata i32 512, metadata !80, metadata !DIExpression()), !dbg !95
  br label %30, !dbg !96

13:                                               ; preds = %1, %10
  %14 = phi i32 [ %15, %10 ], [ 1, %1 ]
  call void @llvm.dbg.value(metadata i32 %14, metadata !69, metadata !DIExpression()), !dbg !88
  %15 = shl i32 %14, 1, !dbg !97
  call void @llvm.dbg.value(metadata i32 %15, metadata !77, metadata !DIExpression(DW_OP_constu, 1, DW_OP_minus, DW_OP_stack_value)), !dbg !98
  %16 = add i32 %15, -1, !dbg !99
  %17 = sext i32 %16 to i64, !dbg !99
  %18 = sext i32 %15 to i64, !dbg !99
  %19 = sext i32 %14 to i64, !dbg !99
  br label %20, !dbg !99

20:                                               ; preds = %20, %13
  %21 = phi i64 [ %17, %13 ], [ %28, %20 ]
  call void @llvm.dbg.value(metadata i64 %21, metadata !77, metadata !DIExpression()), !dbg !98
  %22 = sub nsw i64 %21, %19, !dbg !100
  %23 = getelementptr inbounds i32, ptr @blelloch, i64 %22, !dbg !102
  %24 = load i32, ptr %23, align 4, !dbg !102, !tbaa !56
  %25 = getelementptr inbounds i32, ptr @blelloch, i64 %21, !dbg !103
  %26 = load i32, ptr %25, align 4, !dbg !104, !tbaa !56
  %27 = add nsw i32 %26, %24, !dbg !104
  store i32 %27, ptr %25, align 4, !dbg !104, !tbaa !56
  %28 = add i64 %21, %18, !dbg !105
  call void @llvm.dbg.value(metadata i64 %28, metadata !77, metadata !DIExpression()), !dbg !98
  %29 = icmp slt i64 %28, 1024, !dbg !106
  br i1 %29, label %20, label %10, !dbg !99, !llvm.loop !107

30:                                               ; preds = %36, %12
  %31 = phi i32 [ 512, %12 ], [ %37, %36 ]
  call void @llvm.dbg.value(metadata i32 %31, metadata !80, metadata !DIExpression()), !dbg !95
  call void @llvm.dbg.value(metadata i32 %31, metadata !82, metadata !DIExpression(DW_OP_constu, 1, DW_OP_shl, DW_OP_constu, 1, DW_OP_minus, DW_OP_stack_value)), !dbg !109
  %32 = shl nuw nsw i32 %31, 1, !dbg !110
  %33 = zext i32 %32 to i64, !dbg !110
  %34 = add nsw i64 %33, -1, !dbg !110
  %35 = zext i32 %31 to i64, !dbg !110
  br label %39, !dbg !110

36:                                               ; preds = %39
  %37 = lshr i32 %31, 1
  call void @llvm.dbg.value(metadata i32 %37, metadata !80, metadata !DIExpression()), !dbg !95
  %38 = icmp ult i32 %31, 2, !dbg !111
  br i1 %38, label %66, label %30, !dbg !96, !llvm.loop !112

39:                                               ; preds = %39, %30
  %40 = phi i64 [ %34, %30 ], [ %48, %39 ]
  call void @llvm.dbg.value(metadata i64 %40, metadata !82, metadata !DIExpression()), !dbg !109
  %41 = sub nsw i64 %40, %35, !dbg !114
  %42 = getelementptr inbounds i32, ptr @blelloch, i64 %41, !dbg !115
  %43 = load i32, ptr %42, align 4, !dbg !115, !tbaa !56
  call void @llvm.dbg.value(metadata i32 %43, metadata !85, metadata !DIExpression()), !dbg !116
  %44 = getelementptr inbounds i32, ptr @blelloch, i64 %40, !dbg !117
  %45 = load i32, ptr %44, align 4, !dbg !117, !tbaa !56
  store i32 %45, ptr %42, align 4, !dbg !118, !tbaa !56
  %46 = load i32, ptr %44, align 4, !dbg !119, !tbaa !56
  %47 = add nsw i32 %46, %43, !dbg !119
  store i32 %47, ptr %44, align 4, !dbg !119, !tbaa !56
  %48 = add nsw i64 %40, %33, !dbg !120
  call void @llvm.dbg.value(metadata i64 %48, metadata !82, metadata !DIExpression()), !dbg !109
  %49 = icmp ult i64 %48, 1024, !dbg !121
  br i1 %49, label %39, label %36, !dbg !110, !llvm.loop !122

50:                                               ; preds = %0, %50
  %51 = phi i64 [ 0, %0 ], [ %59, %50 ]
  call void @llvm.dbg.value(metadata i64 %51, metadata !29, metadata !DIExpression()), !dbg !34
  %52 = trunc i64 %51 to i32, !dbg !124
  %53 = mul i32 %52, 37, !dbg !124
  %54 = add i32 %53, 11, !dbg !124
  %55 = urem i32 %54, 17, !dbg !124
  %56 = add nsw i32 %55, -8, !dbg !127
  %57 = getelementptr inbounds [1024 x i32], ptr @input, i64 0, i64 %51, !dbg !128
  store i32 %56, ptr %57, align 4, !dbg !129, !tbaa !56
  %58 = getelementptr inbounds [1024 x i32], ptr @blelloch, i64 0, i64 %51, !dbg !130
  store i32 %56, ptr %58, align 4, !dbg !131, !tbaa !56
  %59 = add nuw nsw i64 %51, 1, !dbg !132
  call void @llvm.dbg.value(metadata i64 %59, metadata !29, metadata !DIExpression()), !dbg !34
  %60 = icmp eq i64 %59, 1024, !dbg !133
  br i1 %60, label %1, label %50, !dbg !35, !llvm.loop !134

61:                                               ; preds = %66
  %62 = load i32, ptr getelementptr inbounds ([1024 x i32], ptr @serial, i64 0, i64 1023), align 4, !dbg !136, !tbaa !56
  %63 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 1024, i32 noundef %62, i32 noundef %75), !dbg !137
  %64 = icmp ne i32 %75, 0, !dbg !138
  %65 = zext i1 %64 to i32, !dbg !139
  ret i32 %65, !dbg !140

66:                                               ; preds = %36, %66
  %67 = phi i64 [ %76, %66 ], [ 0, %36 ]
  %68 = phi i32 [ %75, %66 ], [ 0, %36 ]
  call void @llvm.dbg.value(metadata i64 %67, metadata !32, metadata !DIExpression()), !dbg !141
  call void @llvm.dbg.value(metadata i32 %68, metadata !31, metadata !DIExpression()), !dbg !142
  %69 = getelementptr inbounds [1024 x i32], ptr @serial, i64 0, i64 %67, !dbg !143
  %70 = load i32, ptr %69, align 4, !dbg !143, !tbaa !56
  %71 = getelementptr inbounds [1024 x i32], ptr @blelloch, i64 0, i64 %67, !dbg !146
  %72 = load i32, ptr %71, align 4, !dbg !146, !tbaa !56
  %73 = icmp ne i32 %70, %72, !dbg !147
  %74 = zext i1 %73 to i32, !dbg !148
  %75 = add nuw nsw i32 %68, %74, !dbg !148
  call void @llvm.dbg.value(metadata i32 %75, metadata !31, metadata !DIExpression()), !dbg !142
  %76 = add nuw nsw i64 %67, 1, !dbg !149
  call void @llvm.dbg.value(metadata i64 %76, metadata !32, metadata !DIExpression()), !dbg !141
  %77 = icmp eq i64 %76, 1024, !dbg !150
  br i1 %77, label %61, label %66, !dbg !151, !llvm.loop !152
}

; Function Attrs: nofree nounwind
declare !dbg !154 noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #2

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!19, !20, !21, !22, !23, !24}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "input", scope: !2, file: !3, line: 6, type: !13, isLocal: true, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "c/prefix_scan.c", directory: ".", checksumkind: CSK_MD5, checksum: "54beff79f3529ea7fd21291048146a6f")
!4 = !{!5, !0, !11, !17}
!5 = !DIGlobalVariableExpression(var: !6, expr: !DIExpression())
!6 = distinct !DIGlobalVariable(scope: null, file: !3, line: 41, type: !7, isLocal: true, isDefinition: true)
!7 = !DICompositeType(tag: DW_TAG_array_type, baseType: !8, size: 320, elements: !9)
!8 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!9 = !{!10}
!10 = !DISubrange(count: 40)
!11 = !DIGlobalVariableExpression(var: !12, expr: !DIExpression())
!12 = distinct !DIGlobalVariable(name: "blelloch", scope: !2, file: !3, line: 6, type: !13, isLocal: true, isDefinition: true)
!13 = !DICompositeType(tag: DW_TAG_array_type, baseType: !14, size: 32768, elements: !15)
!14 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!15 = !{!16}
!16 = !DISubrange(count: 1024)
!17 = !DIGlobalVariableExpression(var: !18, expr: !DIExpression())
!18 = distinct !DIGlobalVariable(name: "serial", scope: !2, file: !3, line: 6, type: !13, isLocal: true, isDefinition: true)
!19 = !{i32 7, !"Dwarf Version", i32 5}
!20 = !{i32 2, !"Debug Info Version", i32 3}
!21 = !{i32 1, !"wchar_size", i32 4}
!22 = !{i32 8, !"PIC Level", i32 2}
!23 = !{i32 7, !"PIE Level", i32 2}
!24 = !{i32 7, !"uwtable", i32 2}
!25 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 31, type: !26, scopeLine: 31, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !28)
!26 = !DISubroutineType(types: !27)
!27 = !{!14}
!28 = !{!29, !31, !32}
!29 = !DILocalVariable(name: "i", scope: !30, file: !3, line: 32, type: !14)
!30 = distinct !DILexicalBlock(scope: !25, file: !3, line: 32, column: 5)
!31 = !DILocalVariable(name: "mismatches", scope: !25, file: !3, line: 38, type: !14)
!32 = !DILocalVariable(name: "i", scope: !33, file: !3, line: 39, type: !14)
!33 = distinct !DILexicalBlock(scope: !25, file: !3, line: 39, column: 5)
!34 = !DILocation(line: 0, scope: !30)
!35 = !DILocation(line: 32, column: 5, scope: !30)
!36 = !DILocalVariable(name: "i", scope: !37, file: !3, line: 10, type: !14)
!37 = distinct !DILexicalBlock(scope: !38, file: !3, line: 10, column: 5)
!38 = distinct !DISubprogram(name: "scan_serial", scope: !3, file: !3, line: 8, type: !39, scopeLine: 8, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !44)
!39 = !DISubroutineType(types: !40)
!40 = !{null, !41, !43, !14}
!41 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !42, size: 64)
!42 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !14)
!43 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !14, size: 64)
!44 = !{!45, !46, !47, !48, !36}
!45 = !DILocalVariable(name: "in", arg: 1, scope: !38, file: !3, line: 8, type: !41)
!46 = !DILocalVariable(name: "out", arg: 2, scope: !38, file: !3, line: 8, type: !43)
!47 = !DILocalVariable(name: "n", arg: 3, scope: !38, file: !3, line: 8, type: !14)
!48 = !DILocalVariable(name: "acc", scope: !38, file: !3, line: 9, type: !14)
!49 = !DILocation(line: 0, scope: !37, inlinedAt: !50)
!50 = distinct !DILocation(line: 36, column: 5, scope: !25)
!51 = !DILocation(line: 0, scope: !38, inlinedAt: !50)
!52 = !DILocation(line: 11, column: 9, scope: !53, inlinedAt: !50)
!53 = distinct !DILexicalBlock(scope: !54, file: !3, line: 10, column: 33)
!54 = distinct !DILexicalBlock(scope: !37, file: !3, line: 10, column: 5)
!55 = !DILocation(line: 11, column: 16, scope: !53, inlinedAt: !50)
!56 = !{!57, !57, i64 0}
!57 = !{!"int", !58, i64 0}
!58 = !{!"omnipotent char", !59, i64 0}
!59 = !{!"Simple C/C++ TBAA"}
!60 = !DILocation(line: 12, column: 16, scope: !53, inlinedAt: !50)
!61 = !DILocation(line: 12, column: 13, scope: !53, inlinedAt: !50)
!62 = !DILocation(line: 10, column: 29, scope: !54, inlinedAt: !50)
!63 = !DILocation(line: 10, column: 23, scope: !54, inlinedAt: !50)
!64 = !DILocation(line: 10, column: 5, scope: !37, inlinedAt: !50)
!65 = distinct !{!65, !64, !66, !67, !68}
!66 = !DILocation(line: 13, column: 5, scope: !37, inlinedAt: !50)
!67 = !{!"llvm.loop.mustprogress"}
!68 = !{!"llvm.loop.unroll.disable"}
!69 = !DILocalVariable(name: "d", scope: !70, file: !3, line: 18, type: !14)
!70 = distinct !DILexicalBlock(scope: !71, file: !3, line: 18, column: 5)
!71 = distinct !DISubprogram(name: "scan_blelloch", scope: !3, file: !3, line: 16, type: !72, scopeLine: 16, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !74)
!72 = !DISubroutineType(types: !73)
!73 = !{null, !43, !14}
!74 = !{!75, !76, !69, !77, !80, !82, !85}
!75 = !DILocalVariable(name: "a", arg: 1, scope: !71, file: !3, line: 16, type: !43)
!76 = !DILocalVariable(name: "n", arg: 2, scope: !71, file: !3, line: 16, type: !14)
!77 = !DILocalVariable(name: "i", scope: !78, file: !3, line: 19, type: !14)
!78 = distinct !DILexicalBlock(scope: !79, file: !3, line: 19, column: 9)
!79 = distinct !DILexicalBlock(scope: !70, file: !3, line: 18, column: 5)
!80 = !DILocalVariable(name: "d", scope: !81, file: !3, line: 23, type: !14)
!81 = distinct !DILexicalBlock(scope: !71, file: !3, line: 23, column: 5)
!82 = !DILocalVariable(name: "i", scope: !83, file: !3, line: 24, type: !14)
!83 = distinct !DILexicalBlock(scope: !84, file: !3, line: 24, column: 9)
!84 = distinct !DILexicalBlock(scope: !81, file: !3, line: 23, column: 5)
!85 = !DILocalVariable(name: "t", scope: !86, file: !3, line: 25, type: !14)
!86 = distinct !DILexicalBlock(scope: !87, file: !3, line: 24, column: 52)
!87 = distinct !DILexicalBlock(scope: !83, file: !3, line: 24, column: 9)
!88 = !DILocation(line: 0, scope: !70, inlinedAt: !89)
!89 = distinct !DILocation(line: 37, column: 5, scope: !25)
!90 = !DILocation(line: 18, column: 23, scope: !79, inlinedAt: !89)
!91 = !DILocation(line: 18, column: 5, scope: !70, inlinedAt: !89)
!92 = distinct !{!92, !91, !93, !67, !68}
!93 = !DILocation(line: 20, column: 28, scope: !70, inlinedAt: !89)
!94 = !DILocation(line: 22, column: 14, scope: !71, inlinedAt: !89)
!95 = !DILocation(line: 0, scope: !81, inlinedAt: !89)
!96 = !DILocation(line: 23, column: 5, scope: !81, inlinedAt: !89)
!97 = !DILocation(line: 19, column: 24, scope: !78, inlinedAt: !89)
!98 = !DILocation(line: 0, scope: !78, inlinedAt: !89)
!99 = !DILocation(line: 19, column: 9, scope: !78, inlinedAt: !89)
!100 = !DILocation(line: 20, column: 25, scope: !101, inlinedAt: !89)
!101 = distinct !DILexicalBlock(scope: !78, file: !3, line: 19, column: 9)
!102 = !DILocation(line: 20, column: 21, scope: !101, inlinedAt: !89)
!103 = !DILocation(line: 20, column: 13, scope: !101, inlinedAt: !89)
!104 = !DILocation(line: 20, column: 18, scope: !101, inlinedAt: !89)
!105 = !DILocation(line: 19, column: 42, scope: !101, inlinedAt: !89)
!106 = !DILocation(line: 19, column: 35, scope: !101, inlinedAt: !89)
!107 = distinct !{!107, !99, !108, !67, !68}
!108 = !DILocation(line: 20, column: 28, scope: !78, inlinedAt: !89)
!109 = !DILocation(line: 0, scope: !83, inlinedAt: !89)
!110 = !DILocation(line: 24, column: 9, scope: !83, inlinedAt: !89)
!111 = !DILocation(line: 23, column: 27, scope: !84, inlinedAt: !89)
!112 = distinct !{!112, !96, !113, !67, !68}
!113 = !DILocation(line: 28, column: 9, scope: !81, inlinedAt: !89)
!114 = !DILocation(line: 25, column: 25, scope: !86, inlinedAt: !89)
!115 = !DILocation(line: 25, column: 21, scope: !86, inlinedAt: !89)
!116 = !DILocation(line: 0, scope: !86, inlinedAt: !89)
!117 = !DILocation(line: 26, column: 24, scope: !86, inlinedAt: !89)
!118 = !DILocation(line: 26, column: 22, scope: !86, inlinedAt: !89)
!119 = !DILocation(line: 27, column: 18, scope: !86, inlinedAt: !89)
!120 = !DILocation(line: 24, column: 42, scope: !87, inlinedAt: !89)
!121 = !DILocation(line: 24, column: 35, scope: !87, inlinedAt: !89)
!122 = distinct !{!122, !110, !123, !67, !68}
!123 = !DILocation(line: 28, column: 9, scope: !83, inlinedAt: !89)
!124 = !DILocation(line: 33, column: 34, scope: !125)
!125 = distinct !DILexicalBlock(scope: !126, file: !3, line: 32, column: 33)
!126 = distinct !DILexicalBlock(scope: !30, file: !3, line: 32, column: 5)
!127 = !DILocation(line: 33, column: 39, scope: !125)
!128 = !DILocation(line: 33, column: 9, scope: !125)
!129 = !DILocation(line: 33, column: 18, scope: !125)
!130 = !DILocation(line: 34, column: 9, scope: !125)
!131 = !DILocation(line: 34, column: 21, scope: !125)
!132 = !DILocation(line: 32, column: 29, scope: !126)
!133 = !DILocation(line: 32, column: 23, scope: !126)
!134 = distinct !{!134, !35, !135, !67, !68}
!135 = !DILocation(line: 35, column: 5, scope: !30)
!136 = !DILocation(line: 41, column: 59, scope: !25)
!137 = !DILocation(line: 41, column: 5, scope: !25)
!138 = !DILocation(line: 42, column: 23, scope: !25)
!139 = !DILocation(line: 42, column: 12, scope: !25)
!140 = !DILocation(line: 42, column: 5, scope: !25)
!141 = !DILocation(line: 0, scope: !33)
!142 = !DILocation(line: 0, scope: !25)
!143 = !DILocation(line: 40, column: 13, scope: !144)
!144 = distinct !DILexicalBlock(scope: !145, file: !3, line: 40, column: 13)
!145 = distinct !DILexicalBlock(scope: !33, file: !3, line: 39, column: 5)
!146 = !DILocation(line: 40, column: 26, scope: !144)
!147 = !DILocation(line: 40, column: 23, scope: !144)
!148 = !DILocation(line: 40, column: 13, scope: !145)
!149 = !DILocation(line: 39, column: 29, scope: !145)
!150 = !DILocation(line: 39, column: 23, scope: !145)
!151 = !DILocation(line: 39, column: 5, scope: !33)
!152 = distinct !{!152, !151, !153, !67, !68}
!153 = !DILocation(line: 40, column: 49, scope: !33)
!154 = !DISubprogram(name: "printf", scope: !155, file: !155, line: 356, type: !156, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !161)
!155 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!156 = !DISubroutineType(types: !157)
!157 = !{!14, !158, null}
!158 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !159)
!159 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !160, size: 64)
!160 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !8)
!161 = !{}
