; ModuleID = 'c/stencil3d.c'
source_filename = "c/stencil3d.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@field = internal unnamed_addr global [13440 x float] zeroinitializer, align 16, !dbg !0
@lap = internal unnamed_addr global [13440 x float] zeroinitializer, align 16, !dbg !11
@.str = private unnamed_addr constant [33 x i8] c"stencil3d %dx%dx%d max error=%g\0A\00", align 1, !dbg !5

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 !dbg !23 {
  call void @llvm.dbg.value(metadata float 5.000000e-01, metadata !28, metadata !DIExpression()), !dbg !52
  call void @llvm.dbg.value(metadata i32 0, metadata !30, metadata !DIExpression()), !dbg !53
  br label %1, !dbg !54

1:                                                ; preds = %0, %67
  %2 = phi i64 [ 0, %0 ], [ %68, %67 ]
  call void @llvm.dbg.value(metadata i64 %2, metadata !30, metadata !DIExpression()), !dbg !53
  %3 = trunc i64 %2 to i32
  %4 = sitofp i32 %3 to float
  %5 = fmul float %4, 5.000000e-01
  %6 = fmul float %5, 3.000000e+00
  %7 = mul nuw nsw i64 %2, 24
  call void @llvm.dbg.value(metadata i32 0, metadata !32, metadata !DIExpression()), !dbg !55
  br label %58, !dbg !56

8:                                                ; preds = %67, %15
  %9 = phi i64 [ %16, %15 ], [ 1, %67 ]
  call void @llvm.dbg.value(metadata i64 %9, metadata !57, metadata !DIExpression()), !dbg !80
  %10 = mul nuw nsw i64 %9, 24
  call void @llvm.dbg.value(metadata i32 1, metadata !70, metadata !DIExpression()), !dbg !82
  br label %11, !dbg !83

11:                                               ; preds = %18, %8
  %12 = phi i64 [ 1, %8 ], [ %19, %18 ]
  call void @llvm.dbg.value(metadata i64 %12, metadata !70, metadata !DIExpression()), !dbg !82
  %13 = add nuw nsw i64 %12, %10
  %14 = mul nuw nsw i64 %13, 28
  call void @llvm.dbg.value(metadata i32 1, metadata !73, metadata !DIExpression()), !dbg !84
  br label %21, !dbg !85

15:                                               ; preds = %18
  %16 = add nuw nsw i64 %9, 1, !dbg !86
  call void @llvm.dbg.value(metadata i64 %16, metadata !57, metadata !DIExpression()), !dbg !80
  %17 = icmp eq i64 %16, 19, !dbg !87
  br i1 %17, label %84, label %8, !dbg !88, !llvm.loop !89

18:                                               ; preds = %21
  %19 = add nuw nsw i64 %12, 1, !dbg !93
  call void @llvm.dbg.value(metadata i64 %19, metadata !70, metadata !DIExpression()), !dbg !82
  %20 = icmp eq i64 %19, 23, !dbg !94
  br i1 %20, label %15, label %11, !dbg !83, !llvm.loop !95

21:                                               ; preds = %21, %11
  %22 = phi i64 [ 1, %11 ], [ %49, %21 ]
  call void @llvm.dbg.value(metadata i64 %22, metadata !73, metadata !DIExpression()), !dbg !84
  %23 = add nuw nsw i64 %22, %14, !dbg !97
  %24 = getelementptr inbounds float, ptr @field, i64 %23, !dbg !98
  %25 = load float, ptr %24, align 4, !dbg !98, !tbaa !99
  call void @llvm.dbg.value(metadata float %25, metadata !76, metadata !DIExpression()), !dbg !103
  %26 = add nuw nsw i64 %22, %14
  %27 = add nsw i64 %26, -672, !dbg !104
  %28 = getelementptr inbounds float, ptr @field, i64 %27, !dbg !105
  %29 = load float, ptr %28, align 4, !dbg !105, !tbaa !99
  %30 = add nuw nsw i64 %22, %14
  %31 = add nuw nsw i64 %30, 672, !dbg !106
  %32 = getelementptr inbounds float, ptr @field, i64 %31, !dbg !107
  %33 = load float, ptr %32, align 4, !dbg !107, !tbaa !99
  %34 = fadd float %29, %33, !dbg !108
  %35 = add nuw nsw i64 %22, %14
  %36 = add nsw i64 %35, -28, !dbg !109
  %37 = getelementptr inbounds float, ptr @field, i64 %36, !dbg !110
  %38 = load float, ptr %37, align 4, !dbg !110, !tbaa !99
  %39 = fadd float %34, %38, !dbg !111
  %40 = add nuw nsw i64 %22, %14
  %41 = add nuw nsw i64 %40, 28, !dbg !112
  %42 = getelementptr inbounds float, ptr @field, i64 %41, !dbg !113
  %43 = load float, ptr %42, align 4, !dbg !113, !tbaa !99
  %44 = fadd float %39, %43, !dbg !114
  %45 = add nsw i64 %23, -1, !dbg !115
  %46 = getelementptr inbounds float, ptr @field, i64 %45, !dbg !116
  %47 = load float, ptr %46, align 4, !dbg !116, !tbaa !99
  %48 = fadd float %44, %47, !dbg !117
  %49 = add nuw nsw i64 %22, 1, !dbg !118
  %50 = add nuw nsw i64 %49, %14, !dbg !118
  %51 = getelementptr inbounds float, ptr @field, i64 %50, !dbg !119
  %52 = load float, ptr %51, align 4, !dbg !119, !tbaa !99
  %53 = fadd float %48, %52, !dbg !120
  call void @llvm.dbg.value(metadata float %53, metadata !79, metadata !DIExpression()), !dbg !103
  %54 = tail call float @llvm.fmuladd.f32(float %25, float -6.000000e+00, float %53), !dbg !121
  %55 = fmul float %54, 4.000000e+00, !dbg !122
  %56 = getelementptr inbounds float, ptr @lap, i64 %23, !dbg !123
  store float %55, ptr %56, align 4, !dbg !124, !tbaa !99
  call void @llvm.dbg.value(metadata i64 %49, metadata !73, metadata !DIExpression()), !dbg !84
  %57 = icmp eq i64 %49, 27, !dbg !125
  br i1 %57, label %18, label %21, !dbg !85, !llvm.loop !126

58:                                               ; preds = %1, %70
  %59 = phi i64 [ 0, %1 ], [ %71, %70 ]
  call void @llvm.dbg.value(metadata i64 %59, metadata !32, metadata !DIExpression()), !dbg !55
  %60 = trunc i64 %59 to i32
  %61 = sitofp i32 %60 to float
  %62 = fmul float %61, 5.000000e-01
  %63 = fmul float %62, 2.000000e+00
  %64 = fmul float %62, %63
  %65 = add nuw nsw i64 %59, %7
  %66 = mul nuw nsw i64 %65, 28
  call void @llvm.dbg.value(metadata i32 0, metadata !35, metadata !DIExpression()), !dbg !128
  br label %73, !dbg !129

67:                                               ; preds = %70
  %68 = add nuw nsw i64 %2, 1, !dbg !130
  call void @llvm.dbg.value(metadata i64 %68, metadata !30, metadata !DIExpression()), !dbg !53
  %69 = icmp eq i64 %68, 20, !dbg !131
  br i1 %69, label %8, label %1, !dbg !54, !llvm.loop !132

70:                                               ; preds = %73
  %71 = add nuw nsw i64 %59, 1, !dbg !134
  call void @llvm.dbg.value(metadata i64 %71, metadata !32, metadata !DIExpression()), !dbg !55
  %72 = icmp eq i64 %71, 24, !dbg !135
  br i1 %72, label %67, label %58, !dbg !56, !llvm.loop !136

73:                                               ; preds = %58, %73
  %74 = phi i64 [ 0, %58 ], [ %82, %73 ]
  call void @llvm.dbg.value(metadata i64 %74, metadata !35, metadata !DIExpression()), !dbg !128
  %75 = trunc i64 %74 to i32, !dbg !138
  %76 = sitofp i32 %75 to float, !dbg !138
  %77 = fmul float %76, 5.000000e-01, !dbg !139
  call void @llvm.dbg.value(metadata float %77, metadata !38, metadata !DIExpression()), !dbg !140
  call void @llvm.dbg.value(metadata float %62, metadata !41, metadata !DIExpression()), !dbg !140
  call void @llvm.dbg.value(metadata float %5, metadata !42, metadata !DIExpression()), !dbg !140
  %78 = tail call float @llvm.fmuladd.f32(float %77, float %77, float %64), !dbg !141
  %79 = tail call float @llvm.fmuladd.f32(float %6, float %5, float %78), !dbg !142
  %80 = add nuw nsw i64 %74, %66, !dbg !143
  %81 = getelementptr inbounds [13440 x float], ptr @field, i64 0, i64 %80, !dbg !144
  store float %79, ptr %81, align 4, !dbg !145, !tbaa !99
  %82 = add nuw nsw i64 %74, 1, !dbg !146
  call void @llvm.dbg.value(metadata i64 %82, metadata !35, metadata !DIExpression()), !dbg !128
  %83 = icmp eq i64 %82, 28, !dbg !147
  br i1 %83, label %70, label %73, !dbg !129, !llvm.loop !148

84:                                               ; preds = %15, %98
  %85 = phi i64 [ %99, %98 ], [ 1, %15 ]
  %86 = phi float [ %112, %98 ], [ 0.000000e+00, %15 ]
  call void @llvm.dbg.value(metadata i64 %85, metadata !44, metadata !DIExpression()), !dbg !150
  call void @llvm.dbg.value(metadata float %86, metadata !43, metadata !DIExpression()), !dbg !52
  %87 = mul nuw nsw i64 %85, 24
  call void @llvm.dbg.value(metadata i32 1, metadata !46, metadata !DIExpression()), !dbg !151
  call void @llvm.dbg.value(metadata float %86, metadata !43, metadata !DIExpression()), !dbg !52
  br label %93, !dbg !152

88:                                               ; preds = %98
  %89 = fpext float %112 to double, !dbg !153
  %90 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 28, i32 noundef 24, i32 noundef 20, double noundef %89), !dbg !154
  %91 = fcmp uge float %112, 0x3F847AE140000000, !dbg !155
  %92 = zext i1 %91 to i32, !dbg !156
  ret i32 %92, !dbg !157

93:                                               ; preds = %84, %101
  %94 = phi i64 [ 1, %84 ], [ %102, %101 ]
  %95 = phi float [ %86, %84 ], [ %112, %101 ]
  call void @llvm.dbg.value(metadata i64 %94, metadata !46, metadata !DIExpression()), !dbg !151
  call void @llvm.dbg.value(metadata float %95, metadata !43, metadata !DIExpression()), !dbg !52
  %96 = add nuw nsw i64 %94, %87
  %97 = mul nuw nsw i64 %96, 28
  call void @llvm.dbg.value(metadata i32 1, metadata !49, metadata !DIExpression()), !dbg !158
  call void @llvm.dbg.value(metadata float %95, metadata !43, metadata !DIExpression()), !dbg !52
  br label %104, !dbg !159

98:                                               ; preds = %101
  %99 = add nuw nsw i64 %85, 1, !dbg !160
  call void @llvm.dbg.value(metadata i64 %99, metadata !44, metadata !DIExpression()), !dbg !150
  call void @llvm.dbg.value(metadata float %112, metadata !43, metadata !DIExpression()), !dbg !52
  %100 = icmp eq i64 %99, 19, !dbg !161
  br i1 %100, label %88, label %84, !dbg !162, !llvm.loop !163

101:                                              ; preds = %104
  %102 = add nuw nsw i64 %94, 1, !dbg !165
  call void @llvm.dbg.value(metadata i64 %102, metadata !46, metadata !DIExpression()), !dbg !151
  call void @llvm.dbg.value(metadata float %112, metadata !43, metadata !DIExpression()), !dbg !52
  %103 = icmp eq i64 %102, 23, !dbg !166
  br i1 %103, label %98, label %93, !dbg !152, !llvm.loop !167

104:                                              ; preds = %93, %104
  %105 = phi i64 [ 1, %93 ], [ %113, %104 ]
  %106 = phi float [ %95, %93 ], [ %112, %104 ]
  call void @llvm.dbg.value(metadata i64 %105, metadata !49, metadata !DIExpression()), !dbg !158
  call void @llvm.dbg.value(metadata float %106, metadata !43, metadata !DIExpression()), !dbg !52
  %107 = add nuw nsw i64 %105, %97, !dbg !169
  %108 = getelementptr inbounds [13440 x float], ptr @lap, i64 0, i64 %107, !dbg !171
  %109 = load float, ptr %108, align 4, !dbg !171, !tbaa !99
  %110 = fadd float %109, -1.200000e+01, !dbg !172
  %111 = tail call float @llvm.fabs.f32(float %110), !dbg !173
  %112 = tail call float @llvm.maxnum.f32(float %106, float %111), !dbg !174
  call void @llvm.dbg.value(metadata float %112, metadata !43, metadata !DIExpression()), !dbg !52
  %113 = add nuw nsw i64 %105, 1, !dbg !175
  call void @llvm.dbg.value(metadata i64 %113, metadata !49, metadata !DIExpression()), !dbg !158
  %114 = icmp eq i64 %113, 27, !dbg !176
  br i1 %114, label %101, label %104, !dbg !159, !llvm.loop !177
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fabs.f32(float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.maxnum.f32(float, float) #1

; Function Attrs: nofree nounwind
declare !dbg !179 noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #3

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!17, !18, !19, !20, !21, !22}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "field", scope: !2, file: !3, line: 10, type: !13, isLocal: true, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "c/stencil3d.c", directory: ".", checksumkind: CSK_MD5, checksum: "26833a829c6e2505abeb95720cc54471")
!4 = !{!5, !0, !11}
!5 = !DIGlobalVariableExpression(var: !6, expr: !DIExpression())
!6 = distinct !DIGlobalVariable(scope: null, file: !3, line: 40, type: !7, isLocal: true, isDefinition: true)
!7 = !DICompositeType(tag: DW_TAG_array_type, baseType: !8, size: 264, elements: !9)
!8 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!9 = !{!10}
!10 = !DISubrange(count: 33)
!11 = !DIGlobalVariableExpression(var: !12, expr: !DIExpression())
!12 = distinct !DIGlobalVariable(name: "lap", scope: !2, file: !3, line: 11, type: !13, isLocal: true, isDefinition: true)
!13 = !DICompositeType(tag: DW_TAG_array_type, baseType: !14, size: 430080, elements: !15)
!14 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!15 = !{!16}
!16 = !DISubrange(count: 13440)
!17 = !{i32 7, !"Dwarf Version", i32 5}
!18 = !{i32 2, !"Debug Info Version", i32 3}
!19 = !{i32 1, !"wchar_size", i32 4}
!20 = !{i32 8, !"PIC Level", i32 2}
!21 = !{i32 7, !"PIE Level", i32 2}
!22 = !{i32 7, !"uwtable", i32 2}
!23 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 25, type: !24, scopeLine: 25, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !27)
!24 = !DISubroutineType(types: !25)
!25 = !{!26}
!26 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!27 = !{!28, !30, !32, !35, !38, !41, !42, !43, !44, !46, !49}
!28 = !DILocalVariable(name: "h", scope: !23, file: !3, line: 26, type: !29)
!29 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !14)
!30 = !DILocalVariable(name: "z", scope: !31, file: !3, line: 28, type: !26)
!31 = distinct !DILexicalBlock(scope: !23, file: !3, line: 28, column: 5)
!32 = !DILocalVariable(name: "y", scope: !33, file: !3, line: 29, type: !26)
!33 = distinct !DILexicalBlock(scope: !34, file: !3, line: 29, column: 9)
!34 = distinct !DILexicalBlock(scope: !31, file: !3, line: 28, column: 5)
!35 = !DILocalVariable(name: "x", scope: !36, file: !3, line: 30, type: !26)
!36 = distinct !DILexicalBlock(scope: !37, file: !3, line: 30, column: 13)
!37 = distinct !DILexicalBlock(scope: !33, file: !3, line: 29, column: 9)
!38 = !DILocalVariable(name: "fx", scope: !39, file: !3, line: 31, type: !14)
!39 = distinct !DILexicalBlock(scope: !40, file: !3, line: 30, column: 42)
!40 = distinct !DILexicalBlock(scope: !36, file: !3, line: 30, column: 13)
!41 = !DILocalVariable(name: "fy", scope: !39, file: !3, line: 31, type: !14)
!42 = !DILocalVariable(name: "fz", scope: !39, file: !3, line: 31, type: !14)
!43 = !DILocalVariable(name: "maxerr", scope: !23, file: !3, line: 35, type: !14)
!44 = !DILocalVariable(name: "z", scope: !45, file: !3, line: 36, type: !26)
!45 = distinct !DILexicalBlock(scope: !23, file: !3, line: 36, column: 5)
!46 = !DILocalVariable(name: "y", scope: !47, file: !3, line: 37, type: !26)
!47 = distinct !DILexicalBlock(scope: !48, file: !3, line: 37, column: 9)
!48 = distinct !DILexicalBlock(scope: !45, file: !3, line: 36, column: 5)
!49 = !DILocalVariable(name: "x", scope: !50, file: !3, line: 38, type: !26)
!50 = distinct !DILexicalBlock(scope: !51, file: !3, line: 38, column: 13)
!51 = distinct !DILexicalBlock(scope: !47, file: !3, line: 37, column: 9)
!52 = !DILocation(line: 0, scope: !23)
!53 = !DILocation(line: 0, scope: !31)
!54 = !DILocation(line: 28, column: 5, scope: !31)
!55 = !DILocation(line: 0, scope: !33)
!56 = !DILocation(line: 29, column: 9, scope: !33)
!57 = !DILocalVariable(name: "z", scope: !58, file: !3, line: 14, type: !26)
!58 = distinct !DILexicalBlock(scope: !59, file: !3, line: 14, column: 5)
!59 = distinct !DISubprogram(name: "laplacian7", scope: !3, file: !3, line: 13, type: !60, scopeLine: 13, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !66)
!60 = !DISubroutineType(types: !61)
!61 = !{null, !62, !64, !14}
!62 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !63)
!63 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !29, size: 64)
!64 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !65)
!65 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !14, size: 64)
!66 = !{!67, !68, !69, !57, !70, !73, !76, !79}
!67 = !DILocalVariable(name: "in", arg: 1, scope: !59, file: !3, line: 13, type: !62)
!68 = !DILocalVariable(name: "out", arg: 2, scope: !59, file: !3, line: 13, type: !64)
!69 = !DILocalVariable(name: "h2inv", arg: 3, scope: !59, file: !3, line: 13, type: !14)
!70 = !DILocalVariable(name: "y", scope: !71, file: !3, line: 15, type: !26)
!71 = distinct !DILexicalBlock(scope: !72, file: !3, line: 15, column: 9)
!72 = distinct !DILexicalBlock(scope: !58, file: !3, line: 14, column: 5)
!73 = !DILocalVariable(name: "x", scope: !74, file: !3, line: 16, type: !26)
!74 = distinct !DILexicalBlock(scope: !75, file: !3, line: 16, column: 13)
!75 = distinct !DILexicalBlock(scope: !71, file: !3, line: 15, column: 9)
!76 = !DILocalVariable(name: "c", scope: !77, file: !3, line: 17, type: !14)
!77 = distinct !DILexicalBlock(scope: !78, file: !3, line: 16, column: 46)
!78 = distinct !DILexicalBlock(scope: !74, file: !3, line: 16, column: 13)
!79 = !DILocalVariable(name: "s", scope: !77, file: !3, line: 18, type: !14)
!80 = !DILocation(line: 0, scope: !58, inlinedAt: !81)
!81 = distinct !DILocation(line: 34, column: 5, scope: !23)
!82 = !DILocation(line: 0, scope: !71, inlinedAt: !81)
!83 = !DILocation(line: 15, column: 9, scope: !71, inlinedAt: !81)
!84 = !DILocation(line: 0, scope: !74, inlinedAt: !81)
!85 = !DILocation(line: 16, column: 13, scope: !74, inlinedAt: !81)
!86 = !DILocation(line: 14, column: 34, scope: !72, inlinedAt: !81)
!87 = !DILocation(line: 14, column: 23, scope: !72, inlinedAt: !81)
!88 = !DILocation(line: 14, column: 5, scope: !58, inlinedAt: !81)
!89 = distinct !{!89, !88, !90, !91, !92}
!90 = !DILocation(line: 22, column: 13, scope: !58, inlinedAt: !81)
!91 = !{!"llvm.loop.mustprogress"}
!92 = !{!"llvm.loop.unroll.disable"}
!93 = !DILocation(line: 15, column: 38, scope: !75, inlinedAt: !81)
!94 = !DILocation(line: 15, column: 27, scope: !75, inlinedAt: !81)
!95 = distinct !{!95, !83, !96, !91, !92}
!96 = !DILocation(line: 22, column: 13, scope: !71, inlinedAt: !81)
!97 = !DILocation(line: 17, column: 30, scope: !77, inlinedAt: !81)
!98 = !DILocation(line: 17, column: 27, scope: !77, inlinedAt: !81)
!99 = !{!100, !100, i64 0}
!100 = !{!"float", !101, i64 0}
!101 = !{!"omnipotent char", !102, i64 0}
!102 = !{!"Simple C/C++ TBAA"}
!103 = !DILocation(line: 0, scope: !77, inlinedAt: !81)
!104 = !DILocation(line: 18, column: 30, scope: !77, inlinedAt: !81)
!105 = !DILocation(line: 18, column: 27, scope: !77, inlinedAt: !81)
!106 = !DILocation(line: 18, column: 53, scope: !77, inlinedAt: !81)
!107 = !DILocation(line: 18, column: 50, scope: !77, inlinedAt: !81)
!108 = !DILocation(line: 18, column: 48, scope: !77, inlinedAt: !81)
!109 = !DILocation(line: 19, column: 30, scope: !77, inlinedAt: !81)
!110 = !DILocation(line: 19, column: 27, scope: !77, inlinedAt: !81)
!111 = !DILocation(line: 19, column: 25, scope: !77, inlinedAt: !81)
!112 = !DILocation(line: 19, column: 53, scope: !77, inlinedAt: !81)
!113 = !DILocation(line: 19, column: 50, scope: !77, inlinedAt: !81)
!114 = !DILocation(line: 19, column: 48, scope: !77, inlinedAt: !81)
!115 = !DILocation(line: 20, column: 30, scope: !77, inlinedAt: !81)
!116 = !DILocation(line: 20, column: 27, scope: !77, inlinedAt: !81)
!117 = !DILocation(line: 20, column: 25, scope: !77, inlinedAt: !81)
!118 = !DILocation(line: 20, column: 53, scope: !77, inlinedAt: !81)
!119 = !DILocation(line: 20, column: 50, scope: !77, inlinedAt: !81)
!120 = !DILocation(line: 20, column: 48, scope: !77, inlinedAt: !81)
!121 = !DILocation(line: 21, column: 40, scope: !77, inlinedAt: !81)
!122 = !DILocation(line: 21, column: 52, scope: !77, inlinedAt: !81)
!123 = !DILocation(line: 21, column: 17, scope: !77, inlinedAt: !81)
!124 = !DILocation(line: 21, column: 35, scope: !77, inlinedAt: !81)
!125 = !DILocation(line: 16, column: 31, scope: !78, inlinedAt: !81)
!126 = distinct !{!126, !85, !127, !91, !92}
!127 = !DILocation(line: 22, column: 13, scope: !74, inlinedAt: !81)
!128 = !DILocation(line: 0, scope: !36)
!129 = !DILocation(line: 30, column: 13, scope: !36)
!130 = !DILocation(line: 28, column: 30, scope: !34)
!131 = !DILocation(line: 28, column: 23, scope: !34)
!132 = distinct !{!132, !54, !133, !91, !92}
!133 = !DILocation(line: 33, column: 13, scope: !31)
!134 = !DILocation(line: 29, column: 34, scope: !37)
!135 = !DILocation(line: 29, column: 27, scope: !37)
!136 = distinct !{!136, !56, !137, !91, !92}
!137 = !DILocation(line: 33, column: 13, scope: !33)
!138 = !DILocation(line: 31, column: 28, scope: !39)
!139 = !DILocation(line: 31, column: 30, scope: !39)
!140 = !DILocation(line: 0, scope: !39)
!141 = !DILocation(line: 32, column: 47, scope: !39)
!142 = !DILocation(line: 32, column: 64, scope: !39)
!143 = !DILocation(line: 32, column: 23, scope: !39)
!144 = !DILocation(line: 32, column: 17, scope: !39)
!145 = !DILocation(line: 32, column: 37, scope: !39)
!146 = !DILocation(line: 30, column: 38, scope: !40)
!147 = !DILocation(line: 30, column: 31, scope: !40)
!148 = distinct !{!148, !129, !149, !91, !92}
!149 = !DILocation(line: 33, column: 13, scope: !36)
!150 = !DILocation(line: 0, scope: !45)
!151 = !DILocation(line: 0, scope: !47)
!152 = !DILocation(line: 37, column: 9, scope: !47)
!153 = !DILocation(line: 40, column: 61, scope: !23)
!154 = !DILocation(line: 40, column: 5, scope: !23)
!155 = !DILocation(line: 41, column: 19, scope: !23)
!156 = !DILocation(line: 41, column: 12, scope: !23)
!157 = !DILocation(line: 42, column: 1, scope: !23)
!158 = !DILocation(line: 0, scope: !50)
!159 = !DILocation(line: 38, column: 13, scope: !50)
!160 = !DILocation(line: 36, column: 34, scope: !48)
!161 = !DILocation(line: 36, column: 23, scope: !48)
!162 = !DILocation(line: 36, column: 5, scope: !45)
!163 = distinct !{!163, !162, !164, !91, !92}
!164 = !DILocation(line: 39, column: 72, scope: !45)
!165 = !DILocation(line: 37, column: 38, scope: !51)
!166 = !DILocation(line: 37, column: 27, scope: !51)
!167 = distinct !{!167, !152, !168, !91, !92}
!168 = !DILocation(line: 39, column: 72, scope: !47)
!169 = !DILocation(line: 39, column: 50, scope: !170)
!170 = distinct !DILexicalBlock(scope: !50, file: !3, line: 38, column: 13)
!171 = !DILocation(line: 39, column: 46, scope: !170)
!172 = !DILocation(line: 39, column: 64, scope: !170)
!173 = !DILocation(line: 39, column: 40, scope: !170)
!174 = !DILocation(line: 39, column: 26, scope: !170)
!175 = !DILocation(line: 38, column: 42, scope: !170)
!176 = !DILocation(line: 38, column: 31, scope: !170)
!177 = distinct !{!177, !159, !178, !91, !92}
!178 = !DILocation(line: 39, column: 72, scope: !50)
!179 = !DISubprogram(name: "printf", scope: !180, file: !180, line: 356, type: !181, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !186)
!180 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!181 = !DISubroutineType(types: !182)
!182 = !{!26, !183, null}
!183 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !184)
!184 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !185, size: 64)
!185 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !8)
!186 = !{}
