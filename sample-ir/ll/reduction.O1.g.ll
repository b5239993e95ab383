; ModuleID = 'c/reduction.c'
source_filename = "c/reduction.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@data = internal unnamed_addr global [4096 x float] zeroinitializer, align 16, !dbg !0
@.str = private unnamed_addr constant [66 x i8] c"reduction sum=%.6f kahan=%.6f tree=%.6f exact=%.6f min=%g max=%g\0A\00", align 1, !dbg !8

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 !dbg !23 {
  call void @llvm.dbg.value(metadata double 0.000000e+00, metadata !28, metadata !DIExpression()), !dbg !40
  call void @llvm.dbg.value(metadata i32 0, metadata !29, metadata !DIExpression()), !dbg !41
  br label %59, !dbg !42

1:                                                ; preds = %59
  call void @llvm.dbg.value(metadata ptr @data, metadata !43, metadata !DIExpression()), !dbg !59
  call void @llvm.dbg.value(metadata i32 4096, metadata !50, metadata !DIExpression()), !dbg !59
  call void @llvm.dbg.value(metadata <2 x float> <float 0.000000e+00, float undef>, metadata !51, metadata !DIExpression(DW_OP_LLVM_fragment, 0, 64)), !dbg !59
  call void @llvm.dbg.value(metadata <2 x float> zeroinitializer, metadata !51, metadata !DIExpression(DW_OP_LLVM_fragment, 0, 64)), !dbg !59
  %2 = load <4 x float>, ptr @data, align 16, !dbg !61
  call void @llvm.dbg.value(metadata <2 x float> poison, metadata !51, metadata !DIExpression(DW_OP_LLVM_fragment, 64, 64)), !dbg !59
  %3 = shufflevector <4 x float> %2, <4 x float> poison, <2 x i32> zeroinitializer, !dbg !62
  call void @llvm.dbg.value(metadata <2 x float> %3, metadata !51, metadata !DIExpression(DW_OP_LLVM_fragment, 64, 64)), !dbg !59
  call void @llvm.dbg.value(metadata float 0.000000e+00, metadata !52, metadata !DIExpression()), !dbg !59
  call void @llvm.dbg.value(metadata i32 0, metadata !53, metadata !DIExpression()), !dbg !63
  call void @llvm.dbg.value(metadata <2 x float> zeroinitializer, metadata !51, metadata !DIExpression(DW_OP_LLVM_fragment, 0, 64)), !dbg !59
  br label %4, !dbg !64

4:                                                ; preds = %4, %1
  %5 = phi i64 [ 0, %1 ], [ %28, %4 ]
  %6 = phi <2 x float> [ %3, %1 ], [ %27, %4 ]
  %7 = phi <2 x float> [ zeroinitializer, %1 ], [ %19, %4 ]
  %8 = phi float [ 0.000000e+00, %1 ], [ %18, %4 ]
  call void @llvm.dbg.value(metadata <2 x float> %6, metadata !51, metadata !DIExpression(DW_OP_LLVM_fragment, 64, 64)), !dbg !59
  call void @llvm.dbg.value(metadata <2 x float> %7, metadata !51, metadata !DIExpression(DW_OP_LLVM_fragment, 0, 64)), !dbg !59
  call void @llvm.dbg.value(metadata i64 %5, metadata !53, metadata !DIExpression()), !dbg !63
  call void @llvm.dbg.value(metadata float %8, metadata !52, metadata !DIExpression()), !dbg !59
  %9 = getelementptr inbounds float, ptr @data, i64 %5, !dbg !65
  %10 = load float, ptr %9, align 4, !dbg !65, !tbaa !66
  %11 = extractelement <2 x float> %7, i64 0, !dbg !70
  %12 = fadd float %11, %10, !dbg !70
  %13 = insertelement <2 x float> poison, float %12, i64 0, !dbg !70
  call void @llvm.dbg.value(metadata <2 x float> %13, metadata !51, metadata !DIExpression(DW_OP_LLVM_fragment, 0, 64)), !dbg !59
  %14 = fsub float %10, %8, !dbg !71
  call void @llvm.dbg.value(metadata float %14, metadata !55, metadata !DIExpression()), !dbg !72
  %15 = extractelement <2 x float> %7, i64 1, !dbg !73
  %16 = fadd float %15, %14, !dbg !74
  call void @llvm.dbg.value(metadata float %16, metadata !58, metadata !DIExpression()), !dbg !72
  %17 = fsub float %16, %15, !dbg !75
  %18 = fsub float %17, %14, !dbg !76
  call void @llvm.dbg.value(metadata float %18, metadata !52, metadata !DIExpression()), !dbg !59
  %19 = insertelement <2 x float> %13, float %16, i64 1, !dbg !77
  call void @llvm.dbg.value(metadata <2 x float> %19, metadata !51, metadata !DIExpression(DW_OP_LLVM_fragment, 0, 64)), !dbg !59
  %20 = extractelement <2 x float> %6, i64 0, !dbg !78
  %21 = fcmp olt float %10, %20, !dbg !80
  %22 = insertelement <2 x float> %6, float %10, i64 0, !dbg !81
  %23 = select i1 %21, <2 x float> %22, <2 x float> %6, !dbg !81
  call void @llvm.dbg.value(metadata <2 x float> %23, metadata !51, metadata !DIExpression(DW_OP_LLVM_fragment, 64, 64)), !dbg !59
  %24 = extractelement <2 x float> %23, i64 1, !dbg !82
  %25 = fcmp ogt float %10, %24, !dbg !84
  %26 = insertelement <2 x float> %23, float %10, i64 1, !dbg !85
  %27 = select i1 %25, <2 x float> %26, <2 x float> %23, !dbg !85
  call void @llvm.dbg.value(metadata <2 x float> %27, metadata !51, metadata !DIExpression(DW_OP_LLVM_fragment, 64, 64)), !dbg !59
  %28 = add nuw nsw i64 %5, 1, !dbg !86
  call void @llvm.dbg.value(metadata <2 x float> %19, metadata !51, metadata !DIExpression(DW_OP_LLVM_fragment, 0, 64)), !dbg !59
  call void @llvm.dbg.value(metadata i64 %28, metadata !53, metadata !DIExpression()), !dbg !63
  %29 = icmp eq i64 %28, 4096, !dbg !87
  br i1 %29, label %30, label %4, !dbg !64, !llvm.loop !88

30:                                               ; preds = %4, %33
  %31 = phi i32 [ %34, %33 ], [ 2048, %4 ]
  call void @llvm.dbg.value(metadata i32 %31, metadata !92, metadata !DIExpression()), !dbg !104
  call void @llvm.dbg.value(metadata i32 0, metadata !101, metadata !DIExpression()), !dbg !106
  %32 = zext i32 %31 to i64, !dbg !107
  br label %36, !dbg !107

33:                                               ; preds = %36
  %34 = lshr i32 %31, 1
  call void @llvm.dbg.value(metadata i32 %34, metadata !92, metadata !DIExpression()), !dbg !104
  %35 = icmp ult i32 %31, 2, !dbg !108
  br i1 %35, label %46, label %30, !dbg !109, !llvm.loop !110

36:                                               ; preds = %36, %30
  %37 = phi i64 [ 0, %30 ], [ %44, %36 ]
  call void @llvm.dbg.value(metadata i64 %37, metadata !101, metadata !DIExpression()), !dbg !106
  %38 = add nuw nsw i64 %37, %32, !dbg !112
  %39 = getelementptr inbounds float, ptr @data, i64 %38, !dbg !114
  %40 = load float, ptr %39, align 4, !dbg !114, !tbaa !66
  %41 = getelementptr inbounds float, ptr @data, i64 %37, !dbg !115
  %42 = load float, ptr %41, align 4, !dbg !116, !tbaa !66
  %43 = fadd float %40, %42, !dbg !116
  store float %43, ptr %41, align 4, !dbg !116, !tbaa !66
  %44 = add nuw nsw i64 %37, 1, !dbg !117
  call void @llvm.dbg.value(metadata i64 %44, metadata !101, metadata !DIExpression()), !dbg !106
  %45 = icmp eq i64 %44, %32, !dbg !118
  br i1 %45, label %33, label %36, !dbg !107, !llvm.loop !119

46:                                               ; preds = %33
  %47 = load float, ptr @data, align 16, !dbg !121, !tbaa !66
  call void @llvm.dbg.value(metadata float %47, metadata !38, metadata !DIExpression()), !dbg !40
  %48 = fpext float %12 to double, !dbg !122
  %49 = fpext float %16 to double, !dbg !123
  %50 = fpext float %47 to double, !dbg !124
  %51 = extractelement <2 x float> %27, i64 0, !dbg !125
  %52 = fpext float %51 to double, !dbg !126
  %53 = extractelement <2 x float> %27, i64 1, !dbg !127
  %54 = fpext float %53 to double, !dbg !128
  %55 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %48, double noundef %49, double noundef %50, double noundef %72, double noundef %52, double noundef %54), !dbg !129
  %56 = fsub double %49, %72, !dbg !130
  %57 = tail call double @llvm.fabs.f64(double %56), !dbg !131
  %58 = fcmp olt double %57, 1.000000e-05, !dbg !132
  br i1 %58, label %74, label %83, !dbg !133

59:                                               ; preds = %0, %59
  %60 = phi i64 [ 0, %0 ], [ %62, %59 ]
  %61 = phi double [ 0.000000e+00, %0 ], [ %72, %59 ]
  call void @llvm.dbg.value(metadata double %61, metadata !28, metadata !DIExpression()), !dbg !40
  call void @llvm.dbg.value(metadata i64 %60, metadata !29, metadata !DIExpression()), !dbg !41
  %62 = add nuw nsw i64 %60, 1, !dbg !134
  %63 = trunc i64 %62 to i32, !dbg !137
  %64 = sitofp i32 %63 to float, !dbg !137
  %65 = fdiv float 1.000000e+00, %64, !dbg !138
  %66 = trunc i64 %60 to i32, !dbg !139
  %67 = urem i32 %66, 7, !dbg !139
  %68 = sitofp i32 %67 to float, !dbg !140
  %69 = tail call float @llvm.fmuladd.f32(float %68, float 0x3F50624DE0000000, float %65), !dbg !141
  %70 = getelementptr inbounds [4096 x float], ptr @data, i64 0, i64 %60, !dbg !142
  store float %69, ptr %70, align 4, !dbg !143, !tbaa !66
  %71 = fpext float %69 to double, !dbg !144
  %72 = fadd double %61, %71, !dbg !145
  call void @llvm.dbg.value(metadata double %72, metadata !28, metadata !DIExpression()), !dbg !40
  call void @llvm.dbg.value(metadata i64 %62, metadata !29, metadata !DIExpression()), !dbg !41
  %73 = icmp eq i64 %62, 4096, !dbg !146
  br i1 %73, label %1, label %59, !dbg !42, !llvm.loop !147

74:                                               ; preds = %46
  %75 = fsub double %50, %72, !dbg !149
  %76 = tail call double @llvm.fabs.f64(double %75), !dbg !150
  %77 = fcmp olt double %76, 1.000000e-04, !dbg !151
  %78 = fcmp oeq float %53, 1.000000e+00
  %79 = select i1 %77, i1 %78, i1 false, !dbg !152
  br i1 %79, label %80, label %83, !dbg !152

80:                                               ; preds = %74
  %81 = fcmp uge float %51, 0x3F50624DE0000000, !dbg !153
  %82 = zext i1 %81 to i32, !dbg !154
  br label %83

83:                                               ; preds = %80, %74, %46
  %84 = phi i32 [ 1, %74 ], [ 1, %46 ], [ %82, %80 ]
  call void @llvm.dbg.value(metadata i1 poison, metadata !39, metadata !DIExpression(DW_OP_LLVM_convert, 1, DW_ATE_unsigned, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_stack_value)), !dbg !40
  ret i32 %84, !dbg !155
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

; Function Attrs: nofree nounwind
declare !dbg !156 noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #3

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="64" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!17, !18, !19, !20, !21, !22}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "data", scope: !2, file: !3, line: 14, type: !14, isLocal: true, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !4, globals: !7, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "c/reduction.c", directory: ".", checksumkind: CSK_MD5, checksum: "dcea6313426833abb7c8ce2731d2d16a")
!4 = !{!5, !6}
!5 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!6 = !DIBasicType(name: "double", size: 64, encoding: DW_ATE_float)
!7 = !{!8, !0}
!8 = !DIGlobalVariableExpression(var: !9, expr: !DIExpression())
!9 = distinct !DIGlobalVariable(scope: null, file: !3, line: 47, type: !10, isLocal: true, isDefinition: true)
!10 = !DICompositeType(tag: DW_TAG_array_type, baseType: !11, size: 528, elements: !12)
!11 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!12 = !{!13}
!13 = !DISubrange(count: 66)
!14 = !DICompositeType(tag: DW_TAG_array_type, baseType: !5, size: 131072, elements: !15)
!15 = !{!16}
!16 = !DISubrange(count: 4096)
!17 = !{i32 7, !"Dwarf Version", i32 5}
!18 = !{i32 2, !"Debug Info Version", i32 3}
!19 = !{i32 1, !"wchar_size", i32 4}
!20 = !{i32 8, !"PIC Level", i32 2}
!21 = !{i32 7, !"PIE Level", i32 2}
!22 = !{i32 7, !"uwtable", i32 2}
!23 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 39, type: !24, scopeLine: 39, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !27)
!24 = !DISubroutineType(types: !25)
!25 = !{!26}
!26 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!27 = !{!28, !29, !31, !38, !39}
!28 = !DILocalVariable(name: "exact", scope: !23, file: !3, line: 40, type: !6)
!29 = !DILocalVariable(name: "i", scope: !30, file: !3, line: 41, type: !26)
!30 = distinct !DILexicalBlock(scope: !23, file: !3, line: 41, column: 5)
!31 = !DILocalVariable(name: "s", scope: !23, file: !3, line: 45, type: !32)
!32 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "stats", file: !3, line: 7, size: 128, elements: !33)
!33 = !{!34, !35, !36, !37}
!34 = !DIDerivedType(tag: DW_TAG_member, name: "sum", scope: !32, file: !3, line: 8, baseType: !5, size: 32)
!35 = !DIDerivedType(tag: DW_TAG_member, name: "kahan", scope: !32, file: !3, line: 9, baseType: !5, size: 32, offset: 32)
!36 = !DIDerivedType(tag: DW_TAG_member, name: "min", scope: !32, file: !3, line: 10, baseType: !5, size: 32, offset: 64)
!37 = !DIDerivedType(tag: DW_TAG_member, name: "max", scope: !32, file: !3, line: 11, baseType: !5, size: 32, offset: 96)
!38 = !DILocalVariable(name: "tree", scope: !23, file: !3, line: 46, type: !5)
!39 = !DILocalVariable(name: "ok", scope: !23, file: !3, line: 49, type: !26)
!40 = !DILocation(line: 0, scope: !23)
!41 = !DILocation(line: 0, scope: !30)
!42 = !DILocation(line: 41, column: 5, scope: !30)
!43 = !DILocalVariable(name: "x", arg: 1, scope: !44, file: !3, line: 16, type: !47)
!44 = distinct !DISubprogram(name: "reduce_linear", scope: !3, file: !3, line: 16, type: !45, scopeLine: 16, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !49)
!45 = !DISubroutineType(types: !46)
!46 = !{!32, !47, !26}
!47 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !48, size: 64)
!48 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !5)
!49 = !{!43, !50, !51, !52, !53, !55, !58}
!50 = !DILocalVariable(name: "n", arg: 2, scope: !44, file: !3, line: 16, type: !26)
!51 = !DILocalVariable(name: "s", scope: !44, file: !3, line: 17, type: !32)
!52 = !DILocalVariable(name: "c", scope: !44, file: !3, line: 18, type: !5)
!53 = !DILocalVariable(name: "i", scope: !54, file: !3, line: 19, type: !26)
!54 = distinct !DILexicalBlock(scope: !44, file: !3, line: 19, column: 5)
!55 = !DILocalVariable(name: "y", scope: !56, file: !3, line: 21, type: !5)
!56 = distinct !DILexicalBlock(scope: !57, file: !3, line: 19, column: 33)
!57 = distinct !DILexicalBlock(scope: !54, file: !3, line: 19, column: 5)
!58 = !DILocalVariable(name: "t", scope: !56, file: !3, line: 22, type: !5)
!59 = !DILocation(line: 0, scope: !44, inlinedAt: !60)
!60 = distinct !DILocation(line: 45, column: 22, scope: !23)
!61 = !DILocation(line: 17, column: 35, scope: !44, inlinedAt: !60)
!62 = !DILocation(line: 17, column: 22, scope: !44, inlinedAt: !60)
!63 = !DILocation(line: 0, scope: !54, inlinedAt: !60)
!64 = !DILocation(line: 19, column: 5, scope: !54, inlinedAt: !60)
!65 = !DILocation(line: 20, column: 18, scope: !56, inlinedAt: !60)
!66 = !{!67, !67, i64 0}
!67 = !{!"float", !68, i64 0}
!68 = !{!"omnipotent char", !69, i64 0}
!69 = !{!"Simple C/C++ TBAA"}
!70 = !DILocation(line: 20, column: 15, scope: !56, inlinedAt: !60)
!71 = !DILocation(line: 21, column: 24, scope: !56, inlinedAt: !60)
!72 = !DILocation(line: 0, scope: !56, inlinedAt: !60)
!73 = !DILocation(line: 22, column: 21, scope: !56, inlinedAt: !60)
!74 = !DILocation(line: 22, column: 27, scope: !56, inlinedAt: !60)
!75 = !DILocation(line: 23, column: 16, scope: !56, inlinedAt: !60)
!76 = !DILocation(line: 23, column: 27, scope: !56, inlinedAt: !60)
!77 = !DILocation(line: 24, column: 17, scope: !56, inlinedAt: !60)
!78 = !DILocation(line: 25, column: 22, scope: !79, inlinedAt: !60)
!79 = distinct !DILexicalBlock(scope: !56, file: !3, line: 25, column: 13)
!80 = !DILocation(line: 25, column: 18, scope: !79, inlinedAt: !60)
!81 = !DILocation(line: 25, column: 13, scope: !56, inlinedAt: !60)
!82 = !DILocation(line: 26, column: 22, scope: !83, inlinedAt: !60)
!83 = distinct !DILexicalBlock(scope: !56, file: !3, line: 26, column: 13)
!84 = !DILocation(line: 26, column: 18, scope: !83, inlinedAt: !60)
!85 = !DILocation(line: 26, column: 13, scope: !56, inlinedAt: !60)
!86 = !DILocation(line: 19, column: 29, scope: !57, inlinedAt: !60)
!87 = !DILocation(line: 19, column: 23, scope: !57, inlinedAt: !60)
!88 = distinct !{!88, !64, !89, !90, !91}
!89 = !DILocation(line: 27, column: 5, scope: !54, inlinedAt: !60)
!90 = !{!"llvm.loop.mustprogress"}
!91 = !{!"llvm.loop.unroll.disable"}
!92 = !DILocalVariable(name: "stride", scope: !93, file: !3, line: 33, type: !26)
!93 = distinct !DILexicalBlock(scope: !94, file: !3, line: 33, column: 5)
!94 = distinct !DISubprogram(name: "reduce_tree", scope: !3, file: !3, line: 32, type: !95, scopeLine: 32, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !98)
!95 = !DISubroutineType(types: !96)
!96 = !{!5, !97, !26}
!97 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !5, size: 64)
!98 = !{!99, !100, !92, !101}
!99 = !DILocalVariable(name: "x", arg: 1, scope: !94, file: !3, line: 32, type: !97)
!100 = !DILocalVariable(name: "n", arg: 2, scope: !94, file: !3, line: 32, type: !26)
!101 = !DILocalVariable(name: "i", scope: !102, file: !3, line: 34, type: !26)
!102 = distinct !DILexicalBlock(scope: !103, file: !3, line: 34, column: 9)
!103 = distinct !DILexicalBlock(scope: !93, file: !3, line: 33, column: 5)
!104 = !DILocation(line: 0, scope: !93, inlinedAt: !105)
!105 = distinct !DILocation(line: 46, column: 18, scope: !23)
!106 = !DILocation(line: 0, scope: !102, inlinedAt: !105)
!107 = !DILocation(line: 34, column: 9, scope: !102, inlinedAt: !105)
!108 = !DILocation(line: 33, column: 37, scope: !103, inlinedAt: !105)
!109 = !DILocation(line: 33, column: 5, scope: !93, inlinedAt: !105)
!110 = distinct !{!110, !109, !111, !90, !91}
!111 = !DILocation(line: 35, column: 33, scope: !93, inlinedAt: !105)
!112 = !DILocation(line: 35, column: 25, scope: !113, inlinedAt: !105)
!113 = distinct !DILexicalBlock(scope: !102, file: !3, line: 34, column: 9)
!114 = !DILocation(line: 35, column: 21, scope: !113, inlinedAt: !105)
!115 = !DILocation(line: 35, column: 13, scope: !113, inlinedAt: !105)
!116 = !DILocation(line: 35, column: 18, scope: !113, inlinedAt: !105)
!117 = !DILocation(line: 34, column: 38, scope: !113, inlinedAt: !105)
!118 = !DILocation(line: 34, column: 27, scope: !113, inlinedAt: !105)
!119 = distinct !{!119, !107, !120, !90, !91}
!120 = !DILocation(line: 35, column: 33, scope: !102, inlinedAt: !105)
!121 = !DILocation(line: 36, column: 12, scope: !94, inlinedAt: !105)
!122 = !DILocation(line: 48, column: 12, scope: !23)
!123 = !DILocation(line: 48, column: 19, scope: !23)
!124 = !DILocation(line: 48, column: 28, scope: !23)
!125 = !DILocation(line: 48, column: 43, scope: !23)
!126 = !DILocation(line: 48, column: 41, scope: !23)
!127 = !DILocation(line: 48, column: 50, scope: !23)
!128 = !DILocation(line: 48, column: 48, scope: !23)
!129 = !DILocation(line: 47, column: 5, scope: !23)
!130 = !DILocation(line: 49, column: 27, scope: !23)
!131 = !DILocation(line: 49, column: 14, scope: !23)
!132 = !DILocation(line: 49, column: 36, scope: !23)
!133 = !DILocation(line: 49, column: 43, scope: !23)
!134 = !DILocation(line: 42, column: 36, scope: !135)
!135 = distinct !DILexicalBlock(scope: !136, file: !3, line: 41, column: 33)
!136 = distinct !DILexicalBlock(scope: !30, file: !3, line: 41, column: 5)
!137 = !DILocation(line: 42, column: 26, scope: !135)
!138 = !DILocation(line: 42, column: 24, scope: !135)
!139 = !DILocation(line: 42, column: 53, scope: !135)
!140 = !DILocation(line: 42, column: 43, scope: !135)
!141 = !DILocation(line: 42, column: 41, scope: !135)
!142 = !DILocation(line: 42, column: 9, scope: !135)
!143 = !DILocation(line: 42, column: 17, scope: !135)
!144 = !DILocation(line: 43, column: 18, scope: !135)
!145 = !DILocation(line: 43, column: 15, scope: !135)
!146 = !DILocation(line: 41, column: 23, scope: !136)
!147 = distinct !{!147, !42, !148, !90, !91}
!148 = !DILocation(line: 44, column: 5, scope: !30)
!149 = !DILocation(line: 49, column: 56, scope: !23)
!150 = !DILocation(line: 49, column: 46, scope: !23)
!151 = !DILocation(line: 49, column: 65, scope: !23)
!152 = !DILocation(line: 49, column: 72, scope: !23)
!153 = !DILocation(line: 49, column: 98, scope: !23)
!154 = !DILocation(line: 50, column: 12, scope: !23)
!155 = !DILocation(line: 50, column: 5, scope: !23)
!156 = !DISubprogram(name: "printf", scope: !157, file: !157, line: 356, type: !158, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !163)
!157 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!158 = !DISubroutineType(types: !159)
!159 = !{!26, !160, null}
!160 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !161)
!161 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !162, size: 64)
!162 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !11)
!163 = !{}
