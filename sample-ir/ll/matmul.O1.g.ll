; ModuleID = 'c/matmul.c'
source_filename = "c/matmul.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@A = internal unnamed_addr global [64 x [64 x double]] zeroinitializer, align 16, !dbg !0
@B = internal unnamed_addr global [64 x [64 x double]] zeroinitializer, align 16, !dbg !13
@C = internal unnamed_addr global [64 x [64 x double]] zeroinitializer, align 16, !dbg !18
@R = internal unnamed_addr global [64 x [64 x double]] zeroinitializer, align 16, !dbg !20
@.str = private unnamed_addr constant [36 x i8] c"matmul %dx%d trace=%.1f maxdiff=%g\0A\00", align 1, !dbg !7

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 !dbg !28 {
  call void @llvm.dbg.value(metadata i32 0, metadata !33, metadata !DIExpression()), !dbg !46
  br label %1, !dbg !47

1:                                                ; preds = %0, %58
  %2 = phi i64 [ 0, %0 ], [ %59, %58 ]
  call void @llvm.dbg.value(metadata i64 %2, metadata !33, metadata !DIExpression()), !dbg !46
  %3 = mul nuw nsw i64 %2, 7
  %4 = mul nuw nsw i64 %2, 5
  call void @llvm.dbg.value(metadata i32 0, metadata !35, metadata !DIExpression()), !dbg !48
  br label %61, !dbg !49

5:                                                ; preds = %58
  call void @llvm.dbg.value(metadata i32 64, metadata !50, metadata !DIExpression()), !dbg !77
  call void @llvm.dbg.value(metadata ptr @A, metadata !59, metadata !DIExpression()), !dbg !77
  call void @llvm.dbg.value(metadata ptr @B, metadata !60, metadata !DIExpression()), !dbg !77
  call void @llvm.dbg.value(metadata ptr @C, metadata !61, metadata !DIExpression()), !dbg !77
  call void @llvm.dbg.value(metadata i32 0, metadata !62, metadata !DIExpression()), !dbg !79
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(32768) @C, i8 0, i64 32768, i1 false), !dbg !80, !tbaa !82
  call void @llvm.dbg.value(metadata i64 poison, metadata !62, metadata !DIExpression(DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_stack_value)), !dbg !79
  call void @llvm.dbg.value(metadata i32 poison, metadata !64, metadata !DIExpression()), !dbg !86
  br label %6, !dbg !87

6:                                                ; preds = %11, %5
  %7 = phi i64 [ 0, %5 ], [ %12, %11 ]
  call void @llvm.dbg.value(metadata i64 %7, metadata !67, metadata !DIExpression()), !dbg !88
  %8 = shl nuw nsw i64 %7, 6
  %9 = getelementptr inbounds double, ptr @A, i64 %8
  %10 = getelementptr inbounds double, ptr @C, i64 %8
  call void @llvm.dbg.value(metadata i32 0, metadata !69, metadata !DIExpression()), !dbg !89
  br label %14, !dbg !90

11:                                               ; preds = %20
  %12 = add nuw nsw i64 %7, 1, !dbg !91
  call void @llvm.dbg.value(metadata i64 %12, metadata !67, metadata !DIExpression()), !dbg !88
  %13 = icmp eq i64 %12, 64, !dbg !92
  br i1 %13, label %32, label %6, !dbg !87, !llvm.loop !93

14:                                               ; preds = %20, %6
  %15 = phi i64 [ 0, %6 ], [ %21, %20 ]
  call void @llvm.dbg.value(metadata i64 %15, metadata !69, metadata !DIExpression()), !dbg !89
  %16 = getelementptr inbounds double, ptr %9, i64 %15, !dbg !97
  %17 = load double, ptr %16, align 8, !dbg !97, !tbaa !82
  call void @llvm.dbg.value(metadata double %17, metadata !72, metadata !DIExpression()), !dbg !98
  call void @llvm.dbg.value(metadata i32 0, metadata !75, metadata !DIExpression()), !dbg !99
  %18 = shl nuw nsw i64 %15, 6
  %19 = getelementptr inbounds double, ptr @B, i64 %18
  call void @llvm.dbg.value(metadata i32 0, metadata !75, metadata !DIExpression()), !dbg !99
  br label %23, !dbg !100

20:                                               ; preds = %23
  %21 = add nuw nsw i64 %15, 1, !dbg !101
  call void @llvm.dbg.value(metadata i64 %21, metadata !69, metadata !DIExpression()), !dbg !89
  %22 = icmp eq i64 %21, 64, !dbg !102
  br i1 %22, label %11, label %14, !dbg !90, !llvm.loop !103

23:                                               ; preds = %23, %14
  %24 = phi i64 [ 0, %14 ], [ %30, %23 ]
  call void @llvm.dbg.value(metadata i64 %24, metadata !75, metadata !DIExpression()), !dbg !99
  %25 = getelementptr inbounds double, ptr %19, i64 %24, !dbg !105
  %26 = load double, ptr %25, align 8, !dbg !105, !tbaa !82
  %27 = getelementptr inbounds double, ptr %10, i64 %24, !dbg !107
  %28 = load double, ptr %27, align 8, !dbg !108, !tbaa !82
  %29 = tail call double @llvm.fmuladd.f64(double %17, double %26, double %28), !dbg !108
  store double %29, ptr %27, align 8, !dbg !108, !tbaa !82
  %30 = add nuw nsw i64 %24, 1, !dbg !109
  call void @llvm.dbg.value(metadata i64 %30, metadata !75, metadata !DIExpression()), !dbg !99
  %31 = icmp eq i64 %30, 64, !dbg !110
  br i1 %31, label %20, label %23, !dbg !100, !llvm.loop !111

32:                                               ; preds = %11, %40
  %33 = phi i64 [ %41, %40 ], [ 0, %11 ]
  call void @llvm.dbg.value(metadata i64 %33, metadata !113, metadata !DIExpression()), !dbg !129
  %34 = shl nuw nsw i64 %33, 6
  %35 = getelementptr inbounds double, ptr @A, i64 %34
  %36 = getelementptr inbounds double, ptr @R, i64 %34
  call void @llvm.dbg.value(metadata i32 0, metadata !121, metadata !DIExpression()), !dbg !131
  br label %37, !dbg !132

37:                                               ; preds = %43, %32
  %38 = phi i64 [ 0, %32 ], [ %45, %43 ]
  call void @llvm.dbg.value(metadata i64 %38, metadata !121, metadata !DIExpression()), !dbg !131
  call void @llvm.dbg.value(metadata i32 0, metadata !127, metadata !DIExpression()), !dbg !133
  call void @llvm.dbg.value(metadata double 0.000000e+00, metadata !124, metadata !DIExpression()), !dbg !134
  %39 = getelementptr inbounds double, ptr @B, i64 %38
  br label %47, !dbg !135

40:                                               ; preds = %43
  %41 = add nuw nsw i64 %33, 1, !dbg !136
  call void @llvm.dbg.value(metadata i64 %41, metadata !113, metadata !DIExpression()), !dbg !129
  %42 = icmp eq i64 %41, 64, !dbg !137
  br i1 %42, label %83, label %32, !dbg !138, !llvm.loop !139

43:                                               ; preds = %47
  %44 = getelementptr inbounds double, ptr %36, i64 %38, !dbg !141
  store double %55, ptr %44, align 8, !dbg !142, !tbaa !82
  %45 = add nuw nsw i64 %38, 1, !dbg !143
  call void @llvm.dbg.value(metadata i64 %45, metadata !121, metadata !DIExpression()), !dbg !131
  %46 = icmp eq i64 %45, 64, !dbg !144
  br i1 %46, label %40, label %37, !dbg !132, !llvm.loop !145

47:                                               ; preds = %47, %37
  %48 = phi i64 [ 0, %37 ], [ %56, %47 ]
  %49 = phi double [ 0.000000e+00, %37 ], [ %55, %47 ]
  call void @llvm.dbg.value(metadata i64 %48, metadata !127, metadata !DIExpression()), !dbg !133
  call void @llvm.dbg.value(metadata double %49, metadata !124, metadata !DIExpression()), !dbg !134
  %50 = getelementptr inbounds double, ptr %35, i64 %48, !dbg !147
  %51 = load double, ptr %50, align 8, !dbg !147, !tbaa !82
  %52 = shl nuw nsw i64 %48, 6, !dbg !149
  %53 = getelementptr inbounds double, ptr %39, i64 %52, !dbg !149
  %54 = load double, ptr %53, align 8, !dbg !149, !tbaa !82
  %55 = tail call double @llvm.fmuladd.f64(double %51, double %54, double %49), !dbg !150
  call void @llvm.dbg.value(metadata double %55, metadata !124, metadata !DIExpression()), !dbg !134
  %56 = add nuw nsw i64 %48, 1, !dbg !151
  call void @llvm.dbg.value(metadata i64 %56, metadata !127, metadata !DIExpression()), !dbg !133
  %57 = icmp eq i64 %56, 64, !dbg !152
  br i1 %57, label %43, label %47, !dbg !135, !llvm.loop !153

58:                                               ; preds = %61
  %59 = add nuw nsw i64 %2, 1, !dbg !155
  call void @llvm.dbg.value(metadata i64 %59, metadata !33, metadata !DIExpression()), !dbg !46
  %60 = icmp eq i64 %59, 64, !dbg !156
  br i1 %60, label %5, label %1, !dbg !47, !llvm.loop !157

61:                                               ; preds = %1, %61
  %62 = phi i64 [ 0, %1 ], [ %77, %61 ]
  call void @llvm.dbg.value(metadata i64 %62, metadata !35, metadata !DIExpression()), !dbg !48
  %63 = mul nuw nsw i64 %62, 3, !dbg !159
  %64 = add nuw nsw i64 %63, %3, !dbg !162
  %65 = trunc i64 %64 to i32, !dbg !163
  %66 = urem i32 %65, 11, !dbg !163
  %67 = add nsw i32 %66, -5, !dbg !164
  %68 = sitofp i32 %67 to double, !dbg !164
  %69 = getelementptr inbounds [64 x [64 x double]], ptr @A, i64 0, i64 %2, i64 %62, !dbg !165
  store double %68, ptr %69, align 8, !dbg !166, !tbaa !82
  %70 = shl nuw nsw i64 %62, 1, !dbg !167
  %71 = add nuw nsw i64 %70, %4, !dbg !168
  %72 = trunc i64 %71 to i32, !dbg !169
  %73 = urem i32 %72, 13, !dbg !169
  %74 = sitofp i32 %73 to double, !dbg !170
  %75 = fmul double %74, 5.000000e-01, !dbg !171
  %76 = getelementptr inbounds [64 x [64 x double]], ptr @B, i64 0, i64 %2, i64 %62, !dbg !172
  store double %75, ptr %76, align 8, !dbg !173, !tbaa !82
  %77 = add nuw nsw i64 %62, 1, !dbg !174
  call void @llvm.dbg.value(metadata i64 %77, metadata !35, metadata !DIExpression()), !dbg !48
  %78 = icmp eq i64 %77, 64, !dbg !175
  br i1 %78, label %58, label %61, !dbg !49, !llvm.loop !176

79:                                               ; preds = %89
  %80 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 64, i32 noundef 64, double noundef %90, double noundef %102), !dbg !178
  %81 = fcmp uge double %102, 1.000000e-09, !dbg !179
  %82 = zext i1 %81 to i32, !dbg !180
  ret i32 %82, !dbg !181

83:                                               ; preds = %40, %89
  %84 = phi i64 [ %91, %89 ], [ 0, %40 ]
  %85 = phi double [ %102, %89 ], [ 0.000000e+00, %40 ]
  %86 = phi double [ %90, %89 ], [ 0.000000e+00, %40 ]
  call void @llvm.dbg.value(metadata i64 %84, metadata !40, metadata !DIExpression()), !dbg !182
  call void @llvm.dbg.value(metadata double %85, metadata !39, metadata !DIExpression()), !dbg !183
  call void @llvm.dbg.value(metadata double %86, metadata !38, metadata !DIExpression()), !dbg !183
  %87 = getelementptr inbounds [64 x [64 x double]], ptr @C, i64 0, i64 %84, i64 %84, !dbg !184
  %88 = load double, ptr %87, align 8, !dbg !184, !tbaa !82
  call void @llvm.dbg.value(metadata double %90, metadata !38, metadata !DIExpression()), !dbg !183
  call void @llvm.dbg.value(metadata i32 0, metadata !42, metadata !DIExpression()), !dbg !185
  call void @llvm.dbg.value(metadata double %85, metadata !39, metadata !DIExpression()), !dbg !183
  br label %93, !dbg !186

89:                                               ; preds = %93
  %90 = fadd double %86, %88, !dbg !187
  %91 = add nuw nsw i64 %84, 1, !dbg !188
  call void @llvm.dbg.value(metadata i64 %91, metadata !40, metadata !DIExpression()), !dbg !182
  call void @llvm.dbg.value(metadata double %102, metadata !39, metadata !DIExpression()), !dbg !183
  call void @llvm.dbg.value(metadata double %90, metadata !38, metadata !DIExpression()), !dbg !183
  %92 = icmp eq i64 %91, 64, !dbg !189
  br i1 %92, label %79, label %83, !dbg !190, !llvm.loop !191

93:                                               ; preds = %83, %93
  %94 = phi i64 [ 0, %83 ], [ %103, %93 ]
  %95 = phi double [ %85, %83 ], [ %102, %93 ]
  call void @llvm.dbg.value(metadata i64 %94, metadata !42, metadata !DIExpression()), !dbg !185
  call void @llvm.dbg.value(metadata double %95, metadata !39, metadata !DIExpression()), !dbg !183
  %96 = getelementptr inbounds [64 x [64 x double]], ptr @C, i64 0, i64 %84, i64 %94, !dbg !193
  %97 = load double, ptr %96, align 8, !dbg !193, !tbaa !82
  %98 = getelementptr inbounds [64 x [64 x double]], ptr @R, i64 0, i64 %84, i64 %94, !dbg !195
  %99 = load double, ptr %98, align 8, !dbg !195, !tbaa !82
  %100 = fsub double %97, %99, !dbg !196
  %101 = tail call double @llvm.fabs.f64(double %100), !dbg !197
  %102 = tail call double @llvm.maxnum.f64(double %95, double %101), !dbg !198
  call void @llvm.dbg.value(metadata double %102, metadata !39, metadata !DIExpression()), !dbg !183
  %103 = add nuw nsw i64 %94, 1, !dbg !199
  call void @llvm.dbg.value(metadata i64 %103, metadata !42, metadata !DIExpression()), !dbg !185
  %104 = icmp eq i64 %103, 64, !dbg !200
  br i1 %104, label %89, label %93, !dbg !186, !llvm.loop !201
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.maxnum.f64(double, double) #1

; Function Attrs: nofree nounwind
declare !dbg !203 noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #4

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: write) }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!22, !23, !24, !25, !26, !27}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "A", scope: !2, file: !3, line: 7, type: !15, isLocal: true, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !4, globals: !6, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "c/matmul.c", directory: ".", checksumkind: CSK_MD5, checksum: "27568c9f94314c63a92c0f9d2900382e")
!4 = !{!5}
!5 = !DIBasicType(name: "double", size: 64, encoding: DW_ATE_float)
!6 = !{!7, !0, !13, !18, !20}
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(scope: null, file: !3, line: 45, type: !9, isLocal: true, isDefinition: true)
!9 = !DICompositeType(tag: DW_TAG_array_type, baseType: !10, size: 288, elements: !11)
!10 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!11 = !{!12}
!12 = !DISubrange(count: 36)
!13 = !DIGlobalVariableExpression(var: !14, expr: !DIExpression())
!14 = distinct !DIGlobalVariable(name: "B", scope: !2, file: !3, line: 7, type: !15, isLocal: true, isDefinition: true)
!15 = !DICompositeType(tag: DW_TAG_array_type, baseType: !5, size: 262144, elements: !16)
!16 = !{!17, !17}
!17 = !DISubrange(count: 64)
!18 = !DIGlobalVariableExpression(var: !19, expr: !DIExpression())
!19 = distinct !DIGlobalVariable(name: "C", scope: !2, file: !3, line: 7, type: !15, isLocal: true, isDefinition: true)
!20 = !DIGlobalVariableExpression(var: !21, expr: !DIExpression())
!21 = distinct !DIGlobalVariable(name: "R", scope: !2, file: !3, line: 7, type: !15, isLocal: true, isDefinition: true)
!22 = !{i32 7, !"Dwarf Version", i32 5}
!23 = !{i32 2, !"Debug Info Version", i32 3}
!24 = !{i32 1, !"wchar_size", i32 4}
!25 = !{i32 8, !"PIC Level", i32 2}
!26 = !{i32 7, !"PIE Level", i32 2}
!27 = !{i32 7, !"uwtable", i32 2}
!28 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 31, type: !29, scopeLine: 31, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !32)
!29 = !DISubroutineType(types: !30)
!30 = !{!31}
!31 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!32 = !{!33, !35, !38, !39, !40, !42}
!33 = !DILocalVariable(name: "i", scope: !34, file: !3, line: 32, type: !31)
!34 = distinct !DILexicalBlock(scope: !28, file: !3, line: 32, column: 5)
!35 = !DILocalVariable(name: "j", scope: !36, file: !3, line: 33, type: !31)
!36 = distinct !DILexicalBlock(scope: !37, file: !3, line: 33, column: 9)
!37 = distinct !DILexicalBlock(scope: !34, file: !3, line: 32, column: 5)
!38 = !DILocalVariable(name: "trace", scope: !28, file: !3, line: 39, type: !5)
!39 = !DILocalVariable(name: "maxdiff", scope: !28, file: !3, line: 39, type: !5)
!40 = !DILocalVariable(name: "i", scope: !41, file: !3, line: 40, type: !31)
!41 = distinct !DILexicalBlock(scope: !28, file: !3, line: 40, column: 5)
!42 = !DILocalVariable(name: "j", scope: !43, file: !3, line: 42, type: !31)
!43 = distinct !DILexicalBlock(scope: !44, file: !3, line: 42, column: 9)
!44 = distinct !DILexicalBlock(scope: !45, file: !3, line: 40, column: 33)
!45 = distinct !DILexicalBlock(scope: !41, file: !3, line: 40, column: 5)
!46 = !DILocation(line: 0, scope: !34)
!47 = !DILocation(line: 32, column: 5, scope: !34)
!48 = !DILocation(line: 0, scope: !36)
!49 = !DILocation(line: 33, column: 9, scope: !36)
!50 = !DILocalVariable(name: "n", arg: 1, scope: !51, file: !3, line: 9, type: !31)
!51 = distinct !DISubprogram(name: "matmul_ikj", scope: !3, file: !3, line: 9, type: !52, scopeLine: 9, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !58)
!52 = !DISubroutineType(types: !53)
!53 = !{null, !31, !54, !54, !54}
!54 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !55, size: 64)
!55 = !DICompositeType(tag: DW_TAG_array_type, baseType: !5, elements: !56)
!56 = !{!57}
!57 = !DISubrange(count: -1)
!58 = !{!50, !59, !60, !61, !62, !64, !67, !69, !72, !75}
!59 = !DILocalVariable(name: "a", arg: 2, scope: !51, file: !3, line: 9, type: !54)
!60 = !DILocalVariable(name: "b", arg: 3, scope: !51, file: !3, line: 9, type: !54)
!61 = !DILocalVariable(name: "c", arg: 4, scope: !51, file: !3, line: 9, type: !54)
!62 = !DILocalVariable(name: "i", scope: !63, file: !3, line: 10, type: !31)
!63 = distinct !DILexicalBlock(scope: !51, file: !3, line: 10, column: 5)
!64 = !DILocalVariable(name: "j", scope: !65, file: !3, line: 11, type: !31)
!65 = distinct !DILexicalBlock(scope: !66, file: !3, line: 11, column: 9)
!66 = distinct !DILexicalBlock(scope: !63, file: !3, line: 10, column: 5)
!67 = !DILocalVariable(name: "i", scope: !68, file: !3, line: 13, type: !31)
!68 = distinct !DILexicalBlock(scope: !51, file: !3, line: 13, column: 5)
!69 = !DILocalVariable(name: "k", scope: !70, file: !3, line: 14, type: !31)
!70 = distinct !DILexicalBlock(scope: !71, file: !3, line: 14, column: 9)
!71 = distinct !DILexicalBlock(scope: !68, file: !3, line: 13, column: 5)
!72 = !DILocalVariable(name: "aik", scope: !73, file: !3, line: 15, type: !5)
!73 = distinct !DILexicalBlock(scope: !74, file: !3, line: 14, column: 37)
!74 = distinct !DILexicalBlock(scope: !70, file: !3, line: 14, column: 9)
!75 = !DILocalVariable(name: "j", scope: !76, file: !3, line: 16, type: !31)
!76 = distinct !DILexicalBlock(scope: !73, file: !3, line: 16, column: 13)
!77 = !DILocation(line: 0, scope: !51, inlinedAt: !78)
!78 = distinct !DILocation(line: 37, column: 5, scope: !28)
!79 = !DILocation(line: 0, scope: !63, inlinedAt: !78)
!80 = !DILocation(line: 12, column: 21, scope: !81, inlinedAt: !78)
!81 = distinct !DILexicalBlock(scope: !65, file: !3, line: 11, column: 9)
!82 = !{!83, !83, i64 0}
!83 = !{!"double", !84, i64 0}
!84 = !{!"omnipotent char", !85, i64 0}
!85 = !{!"Simple C/C++ TBAA"}
!86 = !DILocation(line: 0, scope: !65, inlinedAt: !78)
!87 = !DILocation(line: 13, column: 5, scope: !68, inlinedAt: !78)
!88 = !DILocation(line: 0, scope: !68, inlinedAt: !78)
!89 = !DILocation(line: 0, scope: !70, inlinedAt: !78)
!90 = !DILocation(line: 14, column: 9, scope: !70, inlinedAt: !78)
!91 = !DILocation(line: 13, column: 29, scope: !71, inlinedAt: !78)
!92 = !DILocation(line: 13, column: 23, scope: !71, inlinedAt: !78)
!93 = distinct !{!93, !87, !94, !95, !96}
!94 = !DILocation(line: 18, column: 9, scope: !68, inlinedAt: !78)
!95 = !{!"llvm.loop.mustprogress"}
!96 = !{!"llvm.loop.unroll.disable"}
!97 = !DILocation(line: 15, column: 26, scope: !73, inlinedAt: !78)
!98 = !DILocation(line: 0, scope: !73, inlinedAt: !78)
!99 = !DILocation(line: 0, scope: !76, inlinedAt: !78)
!100 = !DILocation(line: 16, column: 13, scope: !76, inlinedAt: !78)
!101 = !DILocation(line: 14, column: 33, scope: !74, inlinedAt: !78)
!102 = !DILocation(line: 14, column: 27, scope: !74, inlinedAt: !78)
!103 = distinct !{!103, !90, !104, !95, !96}
!104 = !DILocation(line: 18, column: 9, scope: !70, inlinedAt: !78)
!105 = !DILocation(line: 17, column: 34, scope: !106, inlinedAt: !78)
!106 = distinct !DILexicalBlock(scope: !76, file: !3, line: 16, column: 13)
!107 = !DILocation(line: 17, column: 17, scope: !106, inlinedAt: !78)
!108 = !DILocation(line: 17, column: 25, scope: !106, inlinedAt: !78)
!109 = !DILocation(line: 16, column: 37, scope: !106, inlinedAt: !78)
!110 = !DILocation(line: 16, column: 31, scope: !106, inlinedAt: !78)
!111 = distinct !{!111, !100, !112, !95, !96}
!112 = !DILocation(line: 17, column: 40, scope: !76, inlinedAt: !78)
!113 = !DILocalVariable(name: "i", scope: !114, file: !3, line: 22, type: !31)
!114 = distinct !DILexicalBlock(scope: !115, file: !3, line: 22, column: 5)
!115 = distinct !DISubprogram(name: "matmul_ijk", scope: !3, file: !3, line: 21, type: !52, scopeLine: 21, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !116)
!116 = !{!117, !118, !119, !120, !113, !121, !124, !127}
!117 = !DILocalVariable(name: "n", arg: 1, scope: !115, file: !3, line: 21, type: !31)
!118 = !DILocalVariable(name: "a", arg: 2, scope: !115, file: !3, line: 21, type: !54)
!119 = !DILocalVariable(name: "b", arg: 3, scope: !115, file: !3, line: 21, type: !54)
!120 = !DILocalVariable(name: "c", arg: 4, scope: !115, file: !3, line: 21, type: !54)
!121 = !DILocalVariable(name: "j", scope: !122, file: !3, line: 23, type: !31)
!122 = distinct !DILexicalBlock(scope: !123, file: !3, line: 23, column: 9)
!123 = distinct !DILexicalBlock(scope: !114, file: !3, line: 22, column: 5)
!124 = !DILocalVariable(name: "sum", scope: !125, file: !3, line: 24, type: !5)
!125 = distinct !DILexicalBlock(scope: !126, file: !3, line: 23, column: 37)
!126 = distinct !DILexicalBlock(scope: !122, file: !3, line: 23, column: 9)
!127 = !DILocalVariable(name: "k", scope: !128, file: !3, line: 25, type: !31)
!128 = distinct !DILexicalBlock(scope: !125, file: !3, line: 25, column: 13)
!129 = !DILocation(line: 0, scope: !114, inlinedAt: !130)
!130 = distinct !DILocation(line: 38, column: 5, scope: !28)
!131 = !DILocation(line: 0, scope: !122, inlinedAt: !130)
!132 = !DILocation(line: 23, column: 9, scope: !122, inlinedAt: !130)
!133 = !DILocation(line: 0, scope: !128, inlinedAt: !130)
!134 = !DILocation(line: 0, scope: !125, inlinedAt: !130)
!135 = !DILocation(line: 25, column: 13, scope: !128, inlinedAt: !130)
!136 = !DILocation(line: 22, column: 29, scope: !123, inlinedAt: !130)
!137 = !DILocation(line: 22, column: 23, scope: !123, inlinedAt: !130)
!138 = !DILocation(line: 22, column: 5, scope: !114, inlinedAt: !130)
!139 = distinct !{!139, !138, !140, !95, !96}
!140 = !DILocation(line: 28, column: 9, scope: !114, inlinedAt: !130)
!141 = !DILocation(line: 27, column: 13, scope: !125, inlinedAt: !130)
!142 = !DILocation(line: 27, column: 21, scope: !125, inlinedAt: !130)
!143 = !DILocation(line: 23, column: 33, scope: !126, inlinedAt: !130)
!144 = !DILocation(line: 23, column: 27, scope: !126, inlinedAt: !130)
!145 = distinct !{!145, !132, !146, !95, !96}
!146 = !DILocation(line: 28, column: 9, scope: !122, inlinedAt: !130)
!147 = !DILocation(line: 26, column: 24, scope: !148, inlinedAt: !130)
!148 = distinct !DILexicalBlock(scope: !128, file: !3, line: 25, column: 13)
!149 = !DILocation(line: 26, column: 34, scope: !148, inlinedAt: !130)
!150 = !DILocation(line: 26, column: 21, scope: !148, inlinedAt: !130)
!151 = !DILocation(line: 25, column: 37, scope: !148, inlinedAt: !130)
!152 = !DILocation(line: 25, column: 31, scope: !148, inlinedAt: !130)
!153 = distinct !{!153, !135, !154, !95, !96}
!154 = !DILocation(line: 26, column: 40, scope: !128, inlinedAt: !130)
!155 = !DILocation(line: 32, column: 29, scope: !37)
!156 = !DILocation(line: 32, column: 23, scope: !37)
!157 = distinct !{!157, !47, !158, !95, !96}
!158 = !DILocation(line: 36, column: 9, scope: !34)
!159 = !DILocation(line: 34, column: 43, scope: !160)
!160 = distinct !DILexicalBlock(scope: !161, file: !3, line: 33, column: 37)
!161 = distinct !DILexicalBlock(scope: !36, file: !3, line: 33, column: 9)
!162 = !DILocation(line: 34, column: 39, scope: !160)
!163 = !DILocation(line: 34, column: 48, scope: !160)
!164 = !DILocation(line: 34, column: 54, scope: !160)
!165 = !DILocation(line: 34, column: 13, scope: !160)
!166 = !DILocation(line: 34, column: 21, scope: !160)
!167 = !DILocation(line: 35, column: 43, scope: !160)
!168 = !DILocation(line: 35, column: 39, scope: !160)
!169 = !DILocation(line: 35, column: 48, scope: !160)
!170 = !DILocation(line: 35, column: 23, scope: !160)
!171 = !DILocation(line: 35, column: 54, scope: !160)
!172 = !DILocation(line: 35, column: 13, scope: !160)
!173 = !DILocation(line: 35, column: 21, scope: !160)
!174 = !DILocation(line: 33, column: 33, scope: !161)
!175 = !DILocation(line: 33, column: 27, scope: !161)
!176 = distinct !{!176, !49, !177, !95, !96}
!177 = !DILocation(line: 36, column: 9, scope: !36)
!178 = !DILocation(line: 45, column: 5, scope: !28)
!179 = !DILocation(line: 46, column: 20, scope: !28)
!180 = !DILocation(line: 46, column: 12, scope: !28)
!181 = !DILocation(line: 47, column: 1, scope: !28)
!182 = !DILocation(line: 0, scope: !41)
!183 = !DILocation(line: 0, scope: !28)
!184 = !DILocation(line: 41, column: 18, scope: !44)
!185 = !DILocation(line: 0, scope: !43)
!186 = !DILocation(line: 42, column: 9, scope: !43)
!187 = !DILocation(line: 41, column: 15, scope: !44)
!188 = !DILocation(line: 40, column: 29, scope: !45)
!189 = !DILocation(line: 40, column: 23, scope: !45)
!190 = !DILocation(line: 40, column: 5, scope: !41)
!191 = distinct !{!191, !190, !192, !95, !96}
!192 = !DILocation(line: 44, column: 5, scope: !41)
!193 = !DILocation(line: 43, column: 42, scope: !194)
!194 = distinct !DILexicalBlock(scope: !43, file: !3, line: 42, column: 9)
!195 = !DILocation(line: 43, column: 52, scope: !194)
!196 = !DILocation(line: 43, column: 50, scope: !194)
!197 = !DILocation(line: 43, column: 37, scope: !194)
!198 = !DILocation(line: 43, column: 23, scope: !194)
!199 = !DILocation(line: 42, column: 33, scope: !194)
!200 = !DILocation(line: 42, column: 27, scope: !194)
!201 = distinct !{!201, !186, !202, !95, !96}
!202 = !DILocation(line: 43, column: 60, scope: !43)
!203 = !DISubprogram(name: "printf", scope: !204, file: !204, line: 356, type: !205, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !210)
!204 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!205 = !DISubroutineType(types: !206)
!206 = !{!31, !207, null}
!207 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !208)
!208 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !209, size: 64)
!209 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !10)
!210 = !{}
