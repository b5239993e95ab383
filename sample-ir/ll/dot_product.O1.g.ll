; ModuleID = 'c/dot_product.c'
source_filename = "c/dot_product.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@x = internal unnamed_addr global [10000 x float] zeroinitializer, align 16, !dbg !0
@y = internal unnamed_addr global [10000 x float] zeroinitializer, align 16, !dbg !14
@.str = private unnamed_addr constant [60 x i8] c"dot_product n=%d dot=%.4f reference=%.4f relative error=%g\0A\00", align 1, !dbg !8

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 !dbg !25 {
  call void @llvm.dbg.value(metadata i32 0, metadata !30, metadata !DIExpression()), !dbg !35
  br label %61, !dbg !36

1:                                                ; preds = %61, %1
  %2 = phi i64 [ %30, %1 ], [ 0, %61 ]
  %3 = phi i64 [ %32, %1 ], [ 3, %61 ]
  %4 = phi float [ %29, %1 ], [ 0.000000e+00, %61 ]
  %5 = phi float [ %24, %1 ], [ 0.000000e+00, %61 ]
  %6 = phi float [ %18, %1 ], [ 0.000000e+00, %61 ]
  %7 = phi float [ %12, %1 ], [ 0.000000e+00, %61 ]
  call void @llvm.dbg.value(metadata i64 %2, metadata !37, metadata !DIExpression()), !dbg !51
  call void @llvm.dbg.value(metadata float %4, metadata !50, metadata !DIExpression()), !dbg !51
  call void @llvm.dbg.value(metadata float %5, metadata !49, metadata !DIExpression()), !dbg !51
  call void @llvm.dbg.value(metadata float %6, metadata !48, metadata !DIExpression()), !dbg !51
  call void @llvm.dbg.value(metadata float %7, metadata !47, metadata !DIExpression()), !dbg !51
  %8 = getelementptr inbounds float, ptr @x, i64 %2, !dbg !53
  %9 = load float, ptr %8, align 16, !dbg !53, !tbaa !57
  %10 = getelementptr inbounds float, ptr @y, i64 %2, !dbg !61
  %11 = load float, ptr %10, align 16, !dbg !61, !tbaa !57
  %12 = tail call float @llvm.fmuladd.f32(float %9, float %11, float %7), !dbg !62
  call void @llvm.dbg.value(metadata float %12, metadata !47, metadata !DIExpression()), !dbg !51
  %13 = or i64 %2, 1, !dbg !63
  %14 = getelementptr inbounds float, ptr @x, i64 %13, !dbg !64
  %15 = load float, ptr %14, align 4, !dbg !64, !tbaa !57
  %16 = getelementptr inbounds float, ptr @y, i64 %13, !dbg !65
  %17 = load float, ptr %16, align 4, !dbg !65, !tbaa !57
  %18 = tail call float @llvm.fmuladd.f32(float %15, float %17, float %6), !dbg !66
  call void @llvm.dbg.value(metadata float %18, metadata !48, metadata !DIExpression()), !dbg !51
  %19 = or i64 %2, 2, !dbg !67
  %20 = getelementptr inbounds float, ptr @x, i64 %19, !dbg !68
  %21 = load float, ptr %20, align 8, !dbg !68, !tbaa !57
  %22 = getelementptr inbounds float, ptr @y, i64 %19, !dbg !69
  %23 = load float, ptr %22, align 8, !dbg !69, !tbaa !57
  %24 = tail call float @llvm.fmuladd.f32(float %21, float %23, float %5), !dbg !70
  call void @llvm.dbg.value(metadata float %24, metadata !49, metadata !DIExpression()), !dbg !51
  %25 = getelementptr inbounds float, ptr @x, i64 %3, !dbg !71
  %26 = load float, ptr %25, align 4, !dbg !71, !tbaa !57
  %27 = getelementptr inbounds float, ptr @y, i64 %3, !dbg !72
  %28 = load float, ptr %27, align 4, !dbg !72, !tbaa !57
  %29 = tail call float @llvm.fmuladd.f32(float %26, float %28, float %4), !dbg !73
  call void @llvm.dbg.value(metadata float %29, metadata !50, metadata !DIExpression()), !dbg !51
  %30 = add nuw nsw i64 %2, 4, !dbg !74
  call void @llvm.dbg.value(metadata i64 %30, metadata !37, metadata !DIExpression()), !dbg !51
  %31 = or i64 %30, 3, !dbg !75
  %32 = add nuw nsw i64 %3, 4, !dbg !75
  %33 = icmp ult i64 %31, 9997, !dbg !76
  br i1 %33, label %1, label %34, !dbg !77, !llvm.loop !78

34:                                               ; preds = %1
  call void @llvm.dbg.value(metadata i64 9996, metadata !37, metadata !DIExpression(DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_stack_value)), !dbg !51
  call void @llvm.dbg.value(metadata float %12, metadata !47, metadata !DIExpression()), !dbg !51
  call void @llvm.dbg.value(metadata i64 9996, metadata !37, metadata !DIExpression()), !dbg !51
  call void @llvm.dbg.value(metadata float %12, metadata !47, metadata !DIExpression()), !dbg !51
  %35 = load float, ptr getelementptr inbounds ([10000 x float], ptr @x, i64 0, i64 9996), align 16, !dbg !82, !tbaa !57
  %36 = load float, ptr getelementptr inbounds ([10000 x float], ptr @y, i64 0, i64 9996), align 16, !dbg !85, !tbaa !57
  call void @llvm.dbg.value(metadata float poison, metadata !47, metadata !DIExpression()), !dbg !51
  call void @llvm.dbg.value(metadata i64 9997, metadata !37, metadata !DIExpression()), !dbg !51
  call void @llvm.dbg.value(metadata float poison, metadata !47, metadata !DIExpression()), !dbg !51
  call void @llvm.dbg.value(metadata float poison, metadata !32, metadata !DIExpression()), !dbg !86
  call void @llvm.dbg.value(metadata ptr @x, metadata !87, metadata !DIExpression()), !dbg !97
  call void @llvm.dbg.value(metadata ptr @y, metadata !92, metadata !DIExpression()), !dbg !97
  call void @llvm.dbg.value(metadata i32 9997, metadata !93, metadata !DIExpression()), !dbg !97
  call void @llvm.dbg.value(metadata double 0.000000e+00, metadata !94, metadata !DIExpression()), !dbg !97
  call void @llvm.dbg.value(metadata i32 0, metadata !95, metadata !DIExpression()), !dbg !99
  br label %37, !dbg !100

37:                                               ; preds = %37, %34
  %38 = phi i64 [ 0, %34 ], [ %47, %37 ]
  %39 = phi double [ 0.000000e+00, %34 ], [ %46, %37 ]
  call void @llvm.dbg.value(metadata i64 %38, metadata !95, metadata !DIExpression()), !dbg !99
  call void @llvm.dbg.value(metadata double %39, metadata !94, metadata !DIExpression()), !dbg !97
  %40 = getelementptr inbounds float, ptr @x, i64 %38, !dbg !101
  %41 = load float, ptr %40, align 4, !dbg !101, !tbaa !57
  %42 = fpext float %41 to double, !dbg !103
  %43 = getelementptr inbounds float, ptr @y, i64 %38, !dbg !104
  %44 = load float, ptr %43, align 4, !dbg !104, !tbaa !57
  %45 = fpext float %44 to double, !dbg !105
  %46 = tail call double @llvm.fmuladd.f64(double %42, double %45, double %39), !dbg !106
  call void @llvm.dbg.value(metadata double %46, metadata !94, metadata !DIExpression()), !dbg !97
  %47 = add nuw nsw i64 %38, 1, !dbg !107
  call void @llvm.dbg.value(metadata i64 %47, metadata !95, metadata !DIExpression()), !dbg !99
  %48 = icmp eq i64 %47, 9997, !dbg !108
  br i1 %48, label %49, label %37, !dbg !100, !llvm.loop !109

49:                                               ; preds = %37
  %50 = fadd float %24, %29, !dbg !111
  %51 = tail call float @llvm.fmuladd.f32(float %35, float %36, float %12), !dbg !112
  call void @llvm.dbg.value(metadata float %51, metadata !47, metadata !DIExpression()), !dbg !51
  %52 = fadd float %18, %51, !dbg !113
  %53 = fadd float %50, %52, !dbg !114
  call void @llvm.dbg.value(metadata float %53, metadata !32, metadata !DIExpression()), !dbg !86
  call void @llvm.dbg.value(metadata double %46, metadata !33, metadata !DIExpression()), !dbg !86
  %54 = fpext float %53 to double, !dbg !115
  %55 = fsub double %54, %46, !dbg !116
  %56 = fdiv double %55, %46, !dbg !117
  %57 = tail call double @llvm.fabs.f64(double %56), !dbg !117
  call void @llvm.dbg.value(metadata double %57, metadata !34, metadata !DIExpression()), !dbg !86
  %58 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 9997, double noundef %54, double noundef %46, double noundef %57), !dbg !118
  %59 = fcmp uge double %57, 1.000000e-05, !dbg !119
  %60 = zext i1 %59 to i32, !dbg !120
  ret i32 %60, !dbg !121

61:                                               ; preds = %0, %61
  %62 = phi i64 [ 0, %0 ], [ %74, %61 ]
  call void @llvm.dbg.value(metadata i64 %62, metadata !30, metadata !DIExpression()), !dbg !35
  %63 = trunc i64 %62 to i32, !dbg !122
  %64 = urem i32 %63, 10, !dbg !122
  %65 = sitofp i32 %64 to float, !dbg !125
  %66 = fmul float %65, 0x3FB99999A0000000, !dbg !126
  %67 = getelementptr inbounds [10000 x float], ptr @x, i64 0, i64 %62, !dbg !127
  store float %66, ptr %67, align 4, !dbg !128, !tbaa !57
  %68 = trunc i64 %62 to i32, !dbg !129
  %69 = urem i32 %68, 7, !dbg !129
  %70 = sitofp i32 %69 to float, !dbg !130
  %71 = fneg float %70, !dbg !131
  %72 = tail call float @llvm.fmuladd.f32(float %71, float 0x3FA99999A0000000, float 1.000000e+00), !dbg !131
  %73 = getelementptr inbounds [10000 x float], ptr @y, i64 0, i64 %62, !dbg !132
  store float %72, ptr %73, align 4, !dbg !133, !tbaa !57
  %74 = add nuw nsw i64 %62, 1, !dbg !134
  call void @llvm.dbg.value(metadata i64 %74, metadata !30, metadata !DIExpression()), !dbg !35
  %75 = icmp eq i64 %74, 10000, !dbg !135
  br i1 %75, label %1, label %61, !dbg !36, !llvm.loop !136
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #1

; Function Attrs: nofree nounwind
declare !dbg !138 noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #3

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!19, !20, !21, !22, !23, !24}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "x", scope: !2, file: !3, line: 7, type: !16, isLocal: true, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !4, globals: !7, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "c/dot_product.c", directory: ".", checksumkind: CSK_MD5, checksum: "7344312c9cdb970a1329b2829265d537")
!4 = !{!5, !6}
!5 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!6 = !DIBasicType(name: "double", size: 64, encoding: DW_ATE_float)
!7 = !{!8, !0, !14}
!8 = !DIGlobalVariableExpression(var: !9, expr: !DIExpression())
!9 = distinct !DIGlobalVariable(scope: null, file: !3, line: 36, type: !10, isLocal: true, isDefinition: true)
!10 = !DICompositeType(tag: DW_TAG_array_type, baseType: !11, size: 480, elements: !12)
!11 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!12 = !{!13}
!13 = !DISubrange(count: 60)
!14 = !DIGlobalVariableExpression(var: !15, expr: !DIExpression())
!15 = distinct !DIGlobalVariable(name: "y", scope: !2, file: !3, line: 7, type: !16, isLocal: true, isDefinition: true)
!16 = !DICompositeType(tag: DW_TAG_array_type, baseType: !5, size: 320000, elements: !17)
!17 = !{!18}
!18 = !DISubrange(count: 10000)
!19 = !{i32 7, !"Dwarf Version", i32 5}
!20 = !{i32 2, !"Debug Info Version", i32 3}
!21 = !{i32 1, !"wchar_size", i32 4}
!22 = !{i32 8, !"PIC Level", i32 2}
!23 = !{i32 7, !"PIE Level", i32 2}
!24 = !{i32 7, !"uwtable", i32 2}
!25 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 28, type: !26, scopeLine: 28, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !29)
!26 = !DISubroutineType(types: !27)
!27 = !{!28}
!28 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!29 = !{!30, !32, !33, !34}
!30 = !DILocalVariable(name: "i", scope: !31, file: !3, line: 29, type: !28)
!31 = distinct !DILexicalBlock(scope: !25, file: !3, line: 29, column: 5)
!32 = !DILocalVariable(name: "d", scope: !25, file: !3, line: 33, type: !5)
!33 = !DILocalVariable(name: "ref", scope: !25, file: !3, line: 34, type: !6)
!34 = !DILocalVariable(name: "rel", scope: !25, file: !3, line: 35, type: !6)
!35 = !DILocation(line: 0, scope: !31)
!36 = !DILocation(line: 29, column: 5, scope: !31)
!37 = !DILocalVariable(name: "i", scope: !38, file: !3, line: 11, type: !28)
!38 = distinct !DISubprogram(name: "dot4", scope: !3, file: !3, line: 9, type: !39, scopeLine: 9, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !43)
!39 = !DISubroutineType(types: !40)
!40 = !{!5, !41, !41, !28}
!41 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !42, size: 64)
!42 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !5)
!43 = !{!44, !45, !46, !47, !48, !49, !50, !37}
!44 = !DILocalVariable(name: "a", arg: 1, scope: !38, file: !3, line: 9, type: !41)
!45 = !DILocalVariable(name: "b", arg: 2, scope: !38, file: !3, line: 9, type: !41)
!46 = !DILocalVariable(name: "n", arg: 3, scope: !38, file: !3, line: 9, type: !28)
!47 = !DILocalVariable(name: "s0", scope: !38, file: !3, line: 10, type: !5)
!48 = !DILocalVariable(name: "s1", scope: !38, file: !3, line: 10, type: !5)
!49 = !DILocalVariable(name: "s2", scope: !38, file: !3, line: 10, type: !5)
!50 = !DILocalVariable(name: "s3", scope: !38, file: !3, line: 10, type: !5)
!51 = !DILocation(line: 0, scope: !38, inlinedAt: !52)
!52 = distinct !DILocation(line: 33, column: 15, scope: !25)
!53 = !DILocation(line: 13, column: 15, scope: !54, inlinedAt: !52)
!54 = distinct !DILexicalBlock(scope: !55, file: !3, line: 12, column: 31)
!55 = distinct !DILexicalBlock(scope: !56, file: !3, line: 12, column: 5)
!56 = distinct !DILexicalBlock(scope: !38, file: !3, line: 12, column: 5)
!57 = !{!58, !58, i64 0}
!58 = !{!"float", !59, i64 0}
!59 = !{!"omnipotent char", !60, i64 0}
!60 = !{!"Simple C/C++ TBAA"}
!61 = !DILocation(line: 13, column: 22, scope: !54, inlinedAt: !52)
!62 = !DILocation(line: 13, column: 12, scope: !54, inlinedAt: !52)
!63 = !DILocation(line: 14, column: 19, scope: !54, inlinedAt: !52)
!64 = !DILocation(line: 14, column: 15, scope: !54, inlinedAt: !52)
!65 = !DILocation(line: 14, column: 26, scope: !54, inlinedAt: !52)
!66 = !DILocation(line: 14, column: 12, scope: !54, inlinedAt: !52)
!67 = !DILocation(line: 15, column: 19, scope: !54, inlinedAt: !52)
!68 = !DILocation(line: 15, column: 15, scope: !54, inlinedAt: !52)
!69 = !DILocation(line: 15, column: 26, scope: !54, inlinedAt: !52)
!70 = !DILocation(line: 15, column: 12, scope: !54, inlinedAt: !52)
!71 = !DILocation(line: 16, column: 15, scope: !54, inlinedAt: !52)
!72 = !DILocation(line: 16, column: 26, scope: !54, inlinedAt: !52)
!73 = !DILocation(line: 16, column: 12, scope: !54, inlinedAt: !52)
!74 = !DILocation(line: 12, column: 25, scope: !55, inlinedAt: !52)
!75 = !DILocation(line: 12, column: 14, scope: !55, inlinedAt: !52)
!76 = !DILocation(line: 12, column: 18, scope: !55, inlinedAt: !52)
!77 = !DILocation(line: 12, column: 5, scope: !56, inlinedAt: !52)
!78 = distinct !{!78, !77, !79, !80, !81}
!79 = !DILocation(line: 17, column: 5, scope: !56, inlinedAt: !52)
!80 = !{!"llvm.loop.mustprogress"}
!81 = !{!"llvm.loop.unroll.disable"}
!82 = !DILocation(line: 18, column: 30, scope: !83, inlinedAt: !52)
!83 = distinct !DILexicalBlock(scope: !84, file: !3, line: 18, column: 5)
!84 = distinct !DILexicalBlock(scope: !38, file: !3, line: 18, column: 5)
!85 = !DILocation(line: 18, column: 37, scope: !83, inlinedAt: !52)
!86 = !DILocation(line: 0, scope: !25)
!87 = !DILocalVariable(name: "a", arg: 1, scope: !88, file: !3, line: 22, type: !41)
!88 = distinct !DISubprogram(name: "dot_reference", scope: !3, file: !3, line: 22, type: !89, scopeLine: 22, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !91)
!89 = !DISubroutineType(types: !90)
!90 = !{!6, !41, !41, !28}
!91 = !{!87, !92, !93, !94, !95}
!92 = !DILocalVariable(name: "b", arg: 2, scope: !88, file: !3, line: 22, type: !41)
!93 = !DILocalVariable(name: "n", arg: 3, scope: !88, file: !3, line: 22, type: !28)
!94 = !DILocalVariable(name: "s", scope: !88, file: !3, line: 23, type: !6)
!95 = !DILocalVariable(name: "i", scope: !96, file: !3, line: 24, type: !28)
!96 = distinct !DILexicalBlock(scope: !88, file: !3, line: 24, column: 5)
!97 = !DILocation(line: 0, scope: !88, inlinedAt: !98)
!98 = distinct !DILocation(line: 34, column: 18, scope: !25)
!99 = !DILocation(line: 0, scope: !96, inlinedAt: !98)
!100 = !DILocation(line: 24, column: 5, scope: !96, inlinedAt: !98)
!101 = !DILocation(line: 24, column: 46, scope: !102, inlinedAt: !98)
!102 = distinct !DILexicalBlock(scope: !96, file: !3, line: 24, column: 5)
!103 = !DILocation(line: 24, column: 38, scope: !102, inlinedAt: !98)
!104 = !DILocation(line: 24, column: 61, scope: !102, inlinedAt: !98)
!105 = !DILocation(line: 24, column: 53, scope: !102, inlinedAt: !98)
!106 = !DILocation(line: 24, column: 35, scope: !102, inlinedAt: !98)
!107 = !DILocation(line: 24, column: 29, scope: !102, inlinedAt: !98)
!108 = !DILocation(line: 24, column: 23, scope: !102, inlinedAt: !98)
!109 = distinct !{!109, !100, !110, !80, !81}
!110 = !DILocation(line: 24, column: 64, scope: !96, inlinedAt: !98)
!111 = !DILocation(line: 19, column: 28, scope: !38, inlinedAt: !52)
!112 = !DILocation(line: 18, column: 27, scope: !83, inlinedAt: !52)
!113 = !DILocation(line: 19, column: 16, scope: !38, inlinedAt: !52)
!114 = !DILocation(line: 19, column: 22, scope: !38, inlinedAt: !52)
!115 = !DILocation(line: 35, column: 23, scope: !25)
!116 = !DILocation(line: 35, column: 25, scope: !25)
!117 = !DILocation(line: 35, column: 32, scope: !25)
!118 = !DILocation(line: 36, column: 5, scope: !25)
!119 = !DILocation(line: 37, column: 16, scope: !25)
!120 = !DILocation(line: 37, column: 12, scope: !25)
!121 = !DILocation(line: 37, column: 5, scope: !25)
!122 = !DILocation(line: 30, column: 26, scope: !123)
!123 = distinct !DILexicalBlock(scope: !124, file: !3, line: 29, column: 33)
!124 = distinct !DILexicalBlock(scope: !31, file: !3, line: 29, column: 5)
!125 = !DILocation(line: 30, column: 16, scope: !123)
!126 = !DILocation(line: 30, column: 32, scope: !123)
!127 = !DILocation(line: 30, column: 9, scope: !123)
!128 = !DILocation(line: 30, column: 14, scope: !123)
!129 = !DILocation(line: 31, column: 33, scope: !123)
!130 = !DILocation(line: 31, column: 23, scope: !123)
!131 = !DILocation(line: 31, column: 21, scope: !123)
!132 = !DILocation(line: 31, column: 9, scope: !123)
!133 = !DILocation(line: 31, column: 14, scope: !123)
!134 = !DILocation(line: 29, column: 29, scope: !124)
!135 = !DILocation(line: 29, column: 23, scope: !124)
!136 = distinct !{!136, !36, !137, !80, !81}
!137 = !DILocation(line: 32, column: 5, scope: !31)
!138 = !DISubprogram(name: "printf", scope: !139, file: !139, line: 356, type: !140, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !145)
!139 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!140 = !DISubroutineType(types: !141)
!141 = !{!28, !142, null}
!142 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !143)
!143 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !144, size: 64)
!144 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !11)
!145 = !{}
