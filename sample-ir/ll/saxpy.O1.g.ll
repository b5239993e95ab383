; ModuleID = 'c/saxpy.c'
source_filename = "c/saxpy.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@x = internal unnamed_addr global [4096 x float] zeroinitializer, align 16, !dbg !0
@y = internal unnamed_addr global [4096 x float] zeroinitializer, align 16, !dbg !13
@z = internal unnamed_addr global [4096 x float] zeroinitializer, align 16, !dbg !18
@.str = private unnamed_addr constant [33 x i8] c"saxpy n=%d y[100]=%.1f wrong=%d\0A\00", align 1, !dbg !7

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 !dbg !26 {
  call void @llvm.dbg.value(metadata i32 0, metadata !31, metadata !DIExpression()), !dbg !36
  br label %20, !dbg !37

1:                                                ; preds = %20, %1
  %2 = phi i64 [ %8, %1 ], [ 0, %20 ]
  call void @llvm.dbg.value(metadata i64 %2, metadata !38, metadata !DIExpression()), !dbg !53
  %3 = getelementptr inbounds float, ptr @x, i64 %2, !dbg !55
  %4 = load float, ptr %3, align 4, !dbg !55, !tbaa !57
  %5 = getelementptr inbounds float, ptr @y, i64 %2, !dbg !61
  %6 = load float, ptr %5, align 4, !dbg !61, !tbaa !57
  %7 = tail call float @llvm.fmuladd.f32(float %4, float 5.000000e-01, float %6), !dbg !62
  store float %7, ptr %5, align 4, !dbg !63, !tbaa !57
  %8 = add nuw nsw i64 %2, 1, !dbg !64
  call void @llvm.dbg.value(metadata i64 %8, metadata !38, metadata !DIExpression()), !dbg !53
  %9 = icmp eq i64 %8, 4096, !dbg !65
  br i1 %9, label %10, label %1, !dbg !66, !llvm.loop !67

10:                                               ; preds = %1, %10
  %11 = phi i64 [ %18, %10 ], [ 0, %1 ]
  call void @llvm.dbg.value(metadata i64 %11, metadata !71, metadata !DIExpression()), !dbg !83
  %12 = shl nuw nsw i64 %11, 1, !dbg !85
  %13 = getelementptr inbounds float, ptr @x, i64 %12, !dbg !87
  %14 = load float, ptr %13, align 8, !dbg !87, !tbaa !57
  %15 = getelementptr inbounds float, ptr @z, i64 %12, !dbg !88
  %16 = load float, ptr %15, align 8, !dbg !89, !tbaa !57
  %17 = tail call float @llvm.fmuladd.f32(float %14, float 5.000000e-01, float %16), !dbg !89
  store float %17, ptr %15, align 8, !dbg !89, !tbaa !57
  %18 = add nuw nsw i64 %11, 1, !dbg !90
  call void @llvm.dbg.value(metadata i64 %18, metadata !71, metadata !DIExpression()), !dbg !83
  %19 = icmp eq i64 %18, 2048, !dbg !91
  br i1 %19, label %35, label %10, !dbg !92, !llvm.loop !93

20:                                               ; preds = %0, %20
  %21 = phi i64 [ 0, %0 ], [ %27, %20 ]
  call void @llvm.dbg.value(metadata i64 %21, metadata !31, metadata !DIExpression()), !dbg !36
  %22 = trunc i64 %21 to i32, !dbg !95
  %23 = sitofp i32 %22 to float, !dbg !95
  %24 = getelementptr inbounds [4096 x float], ptr @x, i64 0, i64 %21, !dbg !98
  store float %23, ptr %24, align 4, !dbg !99, !tbaa !57
  %25 = getelementptr inbounds [4096 x float], ptr @y, i64 0, i64 %21, !dbg !100
  store float 2.000000e+00, ptr %25, align 4, !dbg !101, !tbaa !57
  %26 = getelementptr inbounds [4096 x float], ptr @z, i64 0, i64 %21, !dbg !102
  store float 2.000000e+00, ptr %26, align 4, !dbg !103, !tbaa !57
  %27 = add nuw nsw i64 %21, 1, !dbg !104
  call void @llvm.dbg.value(metadata i64 %27, metadata !31, metadata !DIExpression()), !dbg !36
  %28 = icmp eq i64 %27, 4096, !dbg !105
  br i1 %28, label %1, label %20, !dbg !37, !llvm.loop !106

29:                                               ; preds = %35
  %30 = load float, ptr getelementptr inbounds ([4096 x float], ptr @y, i64 0, i64 100), align 16, !dbg !108, !tbaa !57
  %31 = fpext float %30 to double, !dbg !108
  %32 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 4096, double noundef %31, i32 noundef %53), !dbg !109
  %33 = icmp ne i32 %53, 0, !dbg !110
  %34 = zext i1 %33 to i32, !dbg !111
  ret i32 %34, !dbg !112

35:                                               ; preds = %10, %35
  %36 = phi i64 [ %54, %35 ], [ 0, %10 ]
  %37 = phi i32 [ %53, %35 ], [ 0, %10 ]
  call void @llvm.dbg.value(metadata i64 %36, metadata !34, metadata !DIExpression()), !dbg !113
  call void @llvm.dbg.value(metadata i32 %37, metadata !33, metadata !DIExpression()), !dbg !114
  %38 = getelementptr inbounds [4096 x float], ptr @y, i64 0, i64 %36, !dbg !115
  %39 = load float, ptr %38, align 4, !dbg !115, !tbaa !57
  %40 = trunc i64 %36 to i32, !dbg !119
  %41 = sitofp i32 %40 to float, !dbg !119
  %42 = tail call float @llvm.fmuladd.f32(float %41, float 5.000000e-01, float 2.000000e+00), !dbg !120
  %43 = fcmp une float %39, %42, !dbg !121
  %44 = zext i1 %43 to i32, !dbg !122
  %45 = add nsw i32 %37, %44, !dbg !122
  call void @llvm.dbg.value(metadata i32 %45, metadata !33, metadata !DIExpression()), !dbg !114
  %46 = getelementptr inbounds [4096 x float], ptr @z, i64 0, i64 %36, !dbg !123
  %47 = load float, ptr %46, align 4, !dbg !123, !tbaa !57
  %48 = and i64 %36, 1, !dbg !125
  %49 = icmp eq i64 %48, 0, !dbg !125
  %50 = select i1 %49, float %42, float 2.000000e+00, !dbg !126
  %51 = fcmp une float %47, %50, !dbg !127
  %52 = zext i1 %51 to i32, !dbg !128
  %53 = add nsw i32 %45, %52, !dbg !128
  call void @llvm.dbg.value(metadata i32 %53, metadata !33, metadata !DIExpression()), !dbg !114
  %54 = add nuw nsw i64 %36, 1, !dbg !129
  call void @llvm.dbg.value(metadata i64 %54, metadata !34, metadata !DIExpression()), !dbg !113
  %55 = icmp eq i64 %54, 4096, !dbg !130
  br i1 %55, label %29, label %35, !dbg !131, !llvm.loop !132
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

; Function Attrs: nofree nounwind
declare !dbg !134 noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #3

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!20, !21, !22, !23, !24, !25}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "x", scope: !2, file: !3, line: 6, type: !15, isLocal: true, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !4, globals: !6, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "c/saxpy.c", directory: ".", checksumkind: CSK_MD5, checksum: "799adca0f462df276f88ce2e5d48b25d")
!4 = !{!5}
!5 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!6 = !{!7, !0, !13, !18}
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(scope: null, file: !3, line: 29, type: !9, isLocal: true, isDefinition: true)
!9 = !DICompositeType(tag: DW_TAG_array_type, baseType: !10, size: 264, elements: !11)
!10 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!11 = !{!12}
!12 = !DISubrange(count: 33)
!13 = !DIGlobalVariableExpression(var: !14, expr: !DIExpression())
!14 = distinct !DIGlobalVariable(name: "y", scope: !2, file: !3, line: 6, type: !15, isLocal: true, isDefinition: true)
!15 = !DICompositeType(tag: DW_TAG_array_type, baseType: !5, size: 131072, elements: !16)
!16 = !{!17}
!17 = !DISubrange(count: 4096)
!18 = !DIGlobalVariableExpression(var: !19, expr: !DIExpression())
!19 = distinct !DIGlobalVariable(name: "z", scope: !2, file: !3, line: 6, type: !15, isLocal: true, isDefinition: true)
!20 = !{i32 7, !"Dwarf Version", i32 5}
!21 = !{i32 2, !"Debug Info Version", i32 3}
!22 = !{i32 1, !"wchar_size", i32 4}
!23 = !{i32 8, !"PIC Level", i32 2}
!24 = !{i32 7, !"PIE Level", i32 2}
!25 = !{i32 7, !"uwtable", i32 2}
!26 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 16, type: !27, scopeLine: 16, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !30)
!27 = !DISubroutineType(types: !28)
!28 = !{!29}
!29 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!30 = !{!31, !33, !34}
!31 = !DILocalVariable(name: "i", scope: !32, file: !3, line: 17, type: !29)
!32 = distinct !DILexicalBlock(scope: !26, file: !3, line: 17, column: 5)
!33 = !DILocalVariable(name: "wrong", scope: !26, file: !3, line: 24, type: !29)
!34 = !DILocalVariable(name: "i", scope: !35, file: !3, line: 25, type: !29)
!35 = distinct !DILexicalBlock(scope: !26, file: !3, line: 25, column: 5)
!36 = !DILocation(line: 0, scope: !32)
!37 = !DILocation(line: 17, column: 5, scope: !32)
!38 = !DILocalVariable(name: "i", scope: !39, file: !3, line: 9, type: !29)
!39 = distinct !DILexicalBlock(scope: !40, file: !3, line: 9, column: 5)
!40 = distinct !DISubprogram(name: "saxpy", scope: !3, file: !3, line: 8, type: !41, scopeLine: 8, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !48)
!41 = !DISubroutineType(types: !42)
!42 = !{null, !29, !5, !43, !46}
!43 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !44)
!44 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !45, size: 64)
!45 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !5)
!46 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !47)
!47 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !5, size: 64)
!48 = !{!49, !50, !51, !52, !38}
!49 = !DILocalVariable(name: "n", arg: 1, scope: !40, file: !3, line: 8, type: !29)
!50 = !DILocalVariable(name: "a", arg: 2, scope: !40, file: !3, line: 8, type: !5)
!51 = !DILocalVariable(name: "xs", arg: 3, scope: !40, file: !3, line: 8, type: !43)
!52 = !DILocalVariable(name: "ys", arg: 4, scope: !40, file: !3, line: 8, type: !46)
!53 = !DILocation(line: 0, scope: !39, inlinedAt: !54)
!54 = distinct !DILocation(line: 22, column: 5, scope: !26)
!55 = !DILocation(line: 9, column: 45, scope: !56, inlinedAt: !54)
!56 = distinct !DILexicalBlock(scope: !39, file: !3, line: 9, column: 5)
!57 = !{!58, !58, i64 0}
!58 = !{!"float", !59, i64 0}
!59 = !{!"omnipotent char", !60, i64 0}
!60 = !{!"Simple C/C++ TBAA"}
!61 = !DILocation(line: 9, column: 53, scope: !56, inlinedAt: !54)
!62 = !DILocation(line: 9, column: 51, scope: !56, inlinedAt: !54)
!63 = !DILocation(line: 9, column: 39, scope: !56, inlinedAt: !54)
!64 = !DILocation(line: 9, column: 29, scope: !56, inlinedAt: !54)
!65 = !DILocation(line: 9, column: 23, scope: !56, inlinedAt: !54)
!66 = !DILocation(line: 9, column: 5, scope: !39, inlinedAt: !54)
!67 = distinct !{!67, !66, !68, !69, !70}
!68 = !DILocation(line: 9, column: 57, scope: !39, inlinedAt: !54)
!69 = !{!"llvm.loop.mustprogress"}
!70 = !{!"llvm.loop.unroll.disable"}
!71 = !DILocalVariable(name: "i", scope: !72, file: !3, line: 13, type: !29)
!72 = distinct !DILexicalBlock(scope: !73, file: !3, line: 13, column: 5)
!73 = distinct !DISubprogram(name: "saxpy_strided", scope: !3, file: !3, line: 12, type: !74, scopeLine: 12, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !76)
!74 = !DISubroutineType(types: !75)
!75 = !{null, !29, !5, !44, !29, !47, !29}
!76 = !{!77, !78, !79, !80, !81, !82, !71}
!77 = !DILocalVariable(name: "n", arg: 1, scope: !73, file: !3, line: 12, type: !29)
!78 = !DILocalVariable(name: "a", arg: 2, scope: !73, file: !3, line: 12, type: !5)
!79 = !DILocalVariable(name: "xs", arg: 3, scope: !73, file: !3, line: 12, type: !44)
!80 = !DILocalVariable(name: "incx", arg: 4, scope: !73, file: !3, line: 12, type: !29)
!81 = !DILocalVariable(name: "ys", arg: 5, scope: !73, file: !3, line: 12, type: !47)
!82 = !DILocalVariable(name: "incy", arg: 6, scope: !73, file: !3, line: 12, type: !29)
!83 = !DILocation(line: 0, scope: !72, inlinedAt: !84)
!84 = distinct !DILocation(line: 23, column: 5, scope: !26)
!85 = !DILocation(line: 13, column: 58, scope: !86, inlinedAt: !84)
!86 = distinct !DILexicalBlock(scope: !72, file: !3, line: 13, column: 5)
!87 = !DILocation(line: 13, column: 53, scope: !86, inlinedAt: !84)
!88 = !DILocation(line: 13, column: 33, scope: !86, inlinedAt: !84)
!89 = !DILocation(line: 13, column: 46, scope: !86, inlinedAt: !84)
!90 = !DILocation(line: 13, column: 29, scope: !86, inlinedAt: !84)
!91 = !DILocation(line: 13, column: 23, scope: !86, inlinedAt: !84)
!92 = !DILocation(line: 13, column: 5, scope: !72, inlinedAt: !84)
!93 = distinct !{!93, !92, !94, !69, !70}
!94 = !DILocation(line: 13, column: 64, scope: !72, inlinedAt: !84)
!95 = !DILocation(line: 18, column: 16, scope: !96)
!96 = distinct !DILexicalBlock(scope: !97, file: !3, line: 17, column: 33)
!97 = distinct !DILexicalBlock(scope: !32, file: !3, line: 17, column: 5)
!98 = !DILocation(line: 18, column: 9, scope: !96)
!99 = !DILocation(line: 18, column: 14, scope: !96)
!100 = !DILocation(line: 19, column: 9, scope: !96)
!101 = !DILocation(line: 19, column: 14, scope: !96)
!102 = !DILocation(line: 20, column: 9, scope: !96)
!103 = !DILocation(line: 20, column: 14, scope: !96)
!104 = !DILocation(line: 17, column: 29, scope: !97)
!105 = !DILocation(line: 17, column: 23, scope: !97)
!106 = distinct !{!106, !37, !107, !69, !70}
!107 = !DILocation(line: 21, column: 5, scope: !32)
!108 = !DILocation(line: 29, column: 52, scope: !26)
!109 = !DILocation(line: 29, column: 5, scope: !26)
!110 = !DILocation(line: 30, column: 18, scope: !26)
!111 = !DILocation(line: 30, column: 12, scope: !26)
!112 = !DILocation(line: 30, column: 5, scope: !26)
!113 = !DILocation(line: 0, scope: !35)
!114 = !DILocation(line: 0, scope: !26)
!115 = !DILocation(line: 26, column: 13, scope: !116)
!116 = distinct !DILexicalBlock(scope: !117, file: !3, line: 26, column: 13)
!117 = distinct !DILexicalBlock(scope: !118, file: !3, line: 25, column: 33)
!118 = distinct !DILexicalBlock(scope: !35, file: !3, line: 25, column: 5)
!119 = !DILocation(line: 26, column: 28, scope: !116)
!120 = !DILocation(line: 26, column: 30, scope: !116)
!121 = !DILocation(line: 26, column: 18, scope: !116)
!122 = !DILocation(line: 26, column: 13, scope: !117)
!123 = !DILocation(line: 27, column: 13, scope: !124)
!124 = distinct !DILexicalBlock(scope: !117, file: !3, line: 27, column: 13)
!125 = !DILocation(line: 27, column: 28, scope: !124)
!126 = !DILocation(line: 27, column: 22, scope: !124)
!127 = !DILocation(line: 27, column: 18, scope: !124)
!128 = !DILocation(line: 27, column: 13, scope: !117)
!129 = !DILocation(line: 25, column: 29, scope: !118)
!130 = !DILocation(line: 25, column: 23, scope: !118)
!131 = !DILocation(line: 25, column: 5, scope: !35)
!132 = distinct !{!132, !131, !133, !69, !70}
!133 = !DILocation(line: 28, column: 5, scope: !35)
!134 = !DISubprogram(name: "printf", scope: !135, file: !135, line: 356, type: !136, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !141)
!135 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!136 = !DISubroutineType(types: !137)
!137 = !{!29, !138, null}
!138 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !139)
!139 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !140, size: 64)
!140 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !10)
!141 = !{}
