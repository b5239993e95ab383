; ModuleID = 'c/jacobi.c'
source_filename = "c/jacobi.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@A = internal unnamed_addr global [50 x [50 x double]] zeroinitializer, align 16, !dbg !0
@b = internal unnamed_addr global [50 x double] zeroinitializer, align 16, !dbg !13
@x = internal unnamed_addr global [50 x double] zeroinitializer, align 16, !dbg !18
@.str = private unnamed_addr constant [39 x i8] c"jacobi n=%d iterations=%d residual=%g\0A\00", align 1, !dbg !7
@xnew = internal unnamed_addr global [50 x double] zeroinitializer, align 16, !dbg !20

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 !dbg !30 {
  call void @llvm.dbg.value(metadata i32 0, metadata !35, metadata !DIExpression()), !dbg !43
  br label %1, !dbg !44

1:                                                ; preds = %0, %85
  %2 = phi i64 [ 0, %0 ], [ %97, %85 ]
  call void @llvm.dbg.value(metadata i64 %2, metadata !35, metadata !DIExpression()), !dbg !43
  call void @llvm.dbg.value(metadata i32 0, metadata !40, metadata !DIExpression()), !dbg !45
  call void @llvm.dbg.value(metadata double 0.000000e+00, metadata !37, metadata !DIExpression()), !dbg !46
  br label %99, !dbg !47

3:                                                ; preds = %85, %55
  %4 = phi i32 [ %56, %55 ], [ 1, %85 ]
  call void @llvm.dbg.value(metadata i32 %4, metadata !48, metadata !DIExpression()), !dbg !67
  call void @llvm.dbg.value(metadata i32 0, metadata !56, metadata !DIExpression()), !dbg !69
  br label %5, !dbg !70

5:                                                ; preds = %9, %3
  %6 = phi i64 [ 0, %3 ], [ %14, %9 ]
  call void @llvm.dbg.value(metadata i64 %6, metadata !56, metadata !DIExpression()), !dbg !69
  %7 = getelementptr inbounds [50 x double], ptr @b, i64 0, i64 %6, !dbg !71
  %8 = load double, ptr %7, align 8, !dbg !71, !tbaa !72
  call void @llvm.dbg.value(metadata double %8, metadata !60, metadata !DIExpression()), !dbg !76
  call void @llvm.dbg.value(metadata i32 0, metadata !63, metadata !DIExpression()), !dbg !77
  br label %17, !dbg !78

9:                                                ; preds = %28
  %10 = getelementptr inbounds [50 x [50 x double]], ptr @A, i64 0, i64 %6, i64 %6, !dbg !79
  %11 = load double, ptr %10, align 8, !dbg !79, !tbaa !72
  %12 = fdiv double %29, %11, !dbg !80
  %13 = getelementptr inbounds [50 x double], ptr @xnew, i64 0, i64 %6, !dbg !81
  store double %12, ptr %13, align 8, !dbg !82, !tbaa !72
  %14 = add nuw nsw i64 %6, 1, !dbg !83
  call void @llvm.dbg.value(metadata i64 %14, metadata !56, metadata !DIExpression()), !dbg !69
  %15 = icmp eq i64 %14, 50, !dbg !84
  br i1 %15, label %16, label %5, !dbg !70, !llvm.loop !85

16:                                               ; preds = %9
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(400) @x, ptr noundef nonnull align 16 dereferenceable(400) @xnew, i64 400, i1 false), !dbg !89, !tbaa !72
  call void @llvm.dbg.value(metadata i64 poison, metadata !65, metadata !DIExpression()), !dbg !91
  br label %32, !dbg !92

17:                                               ; preds = %28, %5
  %18 = phi i64 [ 0, %5 ], [ %30, %28 ]
  %19 = phi double [ %8, %5 ], [ %29, %28 ]
  call void @llvm.dbg.value(metadata i64 %18, metadata !63, metadata !DIExpression()), !dbg !77
  call void @llvm.dbg.value(metadata double %19, metadata !60, metadata !DIExpression()), !dbg !76
  %20 = icmp eq i64 %18, %6, !dbg !106
  br i1 %20, label %28, label %21, !dbg !109

21:                                               ; preds = %17
  %22 = getelementptr inbounds [50 x [50 x double]], ptr @A, i64 0, i64 %6, i64 %18, !dbg !110
  %23 = load double, ptr %22, align 8, !dbg !110, !tbaa !72
  %24 = getelementptr inbounds [50 x double], ptr @x, i64 0, i64 %18, !dbg !111
  %25 = load double, ptr %24, align 8, !dbg !111, !tbaa !72
  %26 = fneg double %23, !dbg !112
  %27 = tail call double @llvm.fmuladd.f64(double %26, double %25, double %19), !dbg !112
  call void @llvm.dbg.value(metadata double %27, metadata !60, metadata !DIExpression()), !dbg !76
  br label %28, !dbg !113

28:                                               ; preds = %21, %17
  %29 = phi double [ %27, %21 ], [ %19, %17 ], !dbg !76
  call void @llvm.dbg.value(metadata double %29, metadata !60, metadata !DIExpression()), !dbg !76
  %30 = add nuw nsw i64 %18, 1, !dbg !114
  call void @llvm.dbg.value(metadata i64 %30, metadata !63, metadata !DIExpression()), !dbg !77
  %31 = icmp eq i64 %30, 50, !dbg !115
  br i1 %31, label %9, label %17, !dbg !78, !llvm.loop !116

32:                                               ; preds = %37, %16
  %33 = phi i64 [ %39, %37 ], [ 0, %16 ]
  %34 = phi double [ %38, %37 ], [ 0.000000e+00, %16 ]
  call void @llvm.dbg.value(metadata i64 %33, metadata !98, metadata !DIExpression()), !dbg !118
  call void @llvm.dbg.value(metadata double %34, metadata !97, metadata !DIExpression()), !dbg !119
  %35 = getelementptr inbounds [50 x double], ptr @b, i64 0, i64 %33, !dbg !120
  %36 = load double, ptr %35, align 8, !dbg !120, !tbaa !72
  call void @llvm.dbg.value(metadata double %36, metadata !99, metadata !DIExpression()), !dbg !121
  call void @llvm.dbg.value(metadata i32 0, metadata !102, metadata !DIExpression()), !dbg !122
  br label %41, !dbg !123

37:                                               ; preds = %41
  %38 = tail call double @llvm.fmuladd.f64(double %49, double %49, double %34), !dbg !124
  call void @llvm.dbg.value(metadata double %38, metadata !97, metadata !DIExpression()), !dbg !119
  %39 = add nuw nsw i64 %33, 1, !dbg !125
  call void @llvm.dbg.value(metadata i64 %39, metadata !98, metadata !DIExpression()), !dbg !118
  %40 = icmp eq i64 %39, 50, !dbg !126
  br i1 %40, label %52, label %32, !dbg !92, !llvm.loop !127

41:                                               ; preds = %41, %32
  %42 = phi i64 [ 0, %32 ], [ %50, %41 ]
  %43 = phi double [ %36, %32 ], [ %49, %41 ]
  call void @llvm.dbg.value(metadata i64 %42, metadata !102, metadata !DIExpression()), !dbg !122
  call void @llvm.dbg.value(metadata double %43, metadata !99, metadata !DIExpression()), !dbg !121
  %44 = getelementptr inbounds [50 x [50 x double]], ptr @A, i64 0, i64 %33, i64 %42, !dbg !129
  %45 = load double, ptr %44, align 8, !dbg !129, !tbaa !72
  %46 = getelementptr inbounds [50 x double], ptr @x, i64 0, i64 %42, !dbg !131
  %47 = load double, ptr %46, align 8, !dbg !131, !tbaa !72
  %48 = fneg double %45, !dbg !132
  %49 = tail call double @llvm.fmuladd.f64(double %48, double %47, double %43), !dbg !132
  call void @llvm.dbg.value(metadata double %49, metadata !99, metadata !DIExpression()), !dbg !121
  %50 = add nuw nsw i64 %42, 1, !dbg !133
  call void @llvm.dbg.value(metadata i64 %50, metadata !102, metadata !DIExpression()), !dbg !122
  %51 = icmp eq i64 %50, 50, !dbg !134
  br i1 %51, label %37, label %41, !dbg !123, !llvm.loop !135

52:                                               ; preds = %37
  %53 = tail call double @sqrt(double noundef %38) #6, !dbg !137
  %54 = fcmp olt double %53, 1.000000e-10, !dbg !138
  br i1 %54, label %58, label %55, !dbg !139

55:                                               ; preds = %52
  %56 = add nuw nsw i32 %4, 1, !dbg !140
  call void @llvm.dbg.value(metadata i32 %56, metadata !48, metadata !DIExpression()), !dbg !67
  %57 = icmp eq i32 %56, 1001, !dbg !141
  br i1 %57, label %58, label %3, !dbg !142, !llvm.loop !143

58:                                               ; preds = %52, %55
  %59 = phi i32 [ %4, %52 ], [ -1, %55 ]
  call void @llvm.dbg.value(metadata i32 %59, metadata !42, metadata !DIExpression()), !dbg !145
  call void @llvm.dbg.value(metadata double 0.000000e+00, metadata !97, metadata !DIExpression()), !dbg !146
  call void @llvm.dbg.value(metadata i32 0, metadata !98, metadata !DIExpression()), !dbg !148
  br label %60, !dbg !149

60:                                               ; preds = %65, %58
  %61 = phi i64 [ 0, %58 ], [ %67, %65 ]
  %62 = phi double [ 0.000000e+00, %58 ], [ %66, %65 ]
  call void @llvm.dbg.value(metadata i64 %61, metadata !98, metadata !DIExpression()), !dbg !148
  call void @llvm.dbg.value(metadata double %62, metadata !97, metadata !DIExpression()), !dbg !146
  %63 = getelementptr inbounds [50 x double], ptr @b, i64 0, i64 %61, !dbg !150
  %64 = load double, ptr %63, align 8, !dbg !150, !tbaa !72
  call void @llvm.dbg.value(metadata double %64, metadata !99, metadata !DIExpression()), !dbg !151
  call void @llvm.dbg.value(metadata i32 0, metadata !102, metadata !DIExpression()), !dbg !152
  br label %69, !dbg !153

65:                                               ; preds = %69
  %66 = tail call double @llvm.fmuladd.f64(double %77, double %77, double %62), !dbg !154
  call void @llvm.dbg.value(metadata double %66, metadata !97, metadata !DIExpression()), !dbg !146
  %67 = add nuw nsw i64 %61, 1, !dbg !155
  call void @llvm.dbg.value(metadata i64 %67, metadata !98, metadata !DIExpression()), !dbg !148
  %68 = icmp eq i64 %67, 50, !dbg !156
  br i1 %68, label %80, label %60, !dbg !149, !llvm.loop !157

69:                                               ; preds = %69, %60
  %70 = phi i64 [ 0, %60 ], [ %78, %69 ]
  %71 = phi double [ %64, %60 ], [ %77, %69 ]
  call void @llvm.dbg.value(metadata i64 %70, metadata !102, metadata !DIExpression()), !dbg !152
  call void @llvm.dbg.value(metadata double %71, metadata !99, metadata !DIExpression()), !dbg !151
  %72 = getelementptr inbounds [50 x [50 x double]], ptr @A, i64 0, i64 %61, i64 %70, !dbg !159
  %73 = load double, ptr %72, align 8, !dbg !159, !tbaa !72
  %74 = getelementptr inbounds [50 x double], ptr @x, i64 0, i64 %70, !dbg !160
  %75 = load double, ptr %74, align 8, !dbg !160, !tbaa !72
  %76 = fneg double %73, !dbg !161
  %77 = tail call double @llvm.fmuladd.f64(double %76, double %75, double %71), !dbg !161
  call void @llvm.dbg.value(metadata double %77, metadata !99, metadata !DIExpression()), !dbg !151
  %78 = add nuw nsw i64 %70, 1, !dbg !162
  call void @llvm.dbg.value(metadata i64 %78, metadata !102, metadata !DIExpression()), !dbg !152
  %79 = icmp eq i64 %78, 50, !dbg !163
  br i1 %79, label %65, label %69, !dbg !153, !llvm.loop !164

80:                                               ; preds = %65
  %81 = tail call double @sqrt(double noundef %66) #6, !dbg !166
  %82 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 50, i32 noundef %59, double noundef %81), !dbg !167
  %83 = icmp slt i32 %59, 1, !dbg !168
  %84 = zext i1 %83 to i32, !dbg !169
  ret i32 %84, !dbg !170

85:                                               ; preds = %114
  %86 = fadd double %115, 1.000000e+00, !dbg !171
  %87 = trunc i64 %2 to i32, !dbg !172
  %88 = urem i32 %87, 3, !dbg !172
  %89 = sitofp i32 %88 to double, !dbg !173
  %90 = fadd double %86, %89, !dbg !174
  %91 = getelementptr inbounds [50 x [50 x double]], ptr @A, i64 0, i64 %2, i64 %2, !dbg !175
  store double %90, ptr %91, align 8, !dbg !176, !tbaa !72
  %92 = trunc i64 %2 to i32, !dbg !177
  %93 = sitofp i32 %92 to double, !dbg !177
  %94 = tail call double @cos(double noundef %93) #6, !dbg !178
  %95 = getelementptr inbounds [50 x double], ptr @b, i64 0, i64 %2, !dbg !179
  store double %94, ptr %95, align 8, !dbg !180, !tbaa !72
  %96 = getelementptr inbounds [50 x double], ptr @x, i64 0, i64 %2, !dbg !181
  store double 0.000000e+00, ptr %96, align 8, !dbg !182, !tbaa !72
  %97 = add nuw nsw i64 %2, 1, !dbg !183
  call void @llvm.dbg.value(metadata i64 %97, metadata !35, metadata !DIExpression()), !dbg !43
  %98 = icmp eq i64 %97, 50, !dbg !184
  br i1 %98, label %3, label %1, !dbg !44, !llvm.loop !185

99:                                               ; preds = %1, %114
  %100 = phi i64 [ 0, %1 ], [ %116, %114 ]
  %101 = phi double [ 0.000000e+00, %1 ], [ %115, %114 ]
  call void @llvm.dbg.value(metadata i64 %100, metadata !40, metadata !DIExpression()), !dbg !45
  call void @llvm.dbg.value(metadata double %101, metadata !37, metadata !DIExpression()), !dbg !46
  %102 = icmp eq i64 %100, %2, !dbg !187
  br i1 %102, label %114, label %103, !dbg !190

103:                                              ; preds = %99
  %104 = shl nuw nsw i64 %100, 1, !dbg !191
  %105 = add nuw nsw i64 %104, %2, !dbg !193
  %106 = trunc i64 %105 to i32, !dbg !194
  %107 = urem i32 %106, 7, !dbg !194
  %108 = add nsw i32 %107, -3, !dbg !195
  %109 = sitofp i32 %108 to double, !dbg !196
  %110 = fmul double %109, 1.000000e-01, !dbg !197
  %111 = getelementptr inbounds [50 x [50 x double]], ptr @A, i64 0, i64 %2, i64 %100, !dbg !198
  store double %110, ptr %111, align 8, !dbg !199, !tbaa !72
  %112 = tail call double @llvm.fabs.f64(double %110), !dbg !200
  %113 = fadd double %101, %112, !dbg !201
  call void @llvm.dbg.value(metadata double %113, metadata !37, metadata !DIExpression()), !dbg !46
  br label %114, !dbg !202

114:                                              ; preds = %99, %103
  %115 = phi double [ %113, %103 ], [ %101, %99 ], !dbg !46
  call void @llvm.dbg.value(metadata double %115, metadata !37, metadata !DIExpression()), !dbg !46
  %116 = add nuw nsw i64 %100, 1, !dbg !203
  call void @llvm.dbg.value(metadata i64 %116, metadata !40, metadata !DIExpression()), !dbg !45
  %117 = icmp eq i64 %116, 50, !dbg !204
  br i1 %117, label %85, label %99, !dbg !47, !llvm.loop !205
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #1

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare !dbg !207 double @cos(double noundef) local_unnamed_addr #2

; Function Attrs: nofree nounwind
declare !dbg !212 noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare !dbg !219 double @sqrt(double noundef) local_unnamed_addr #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #4

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #5

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { mustprogress nofree nounwind willreturn memory(write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #5 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #6 = { nounwind }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!24, !25, !26, !27, !28, !29}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "A", scope: !2, file: !3, line: 7, type: !22, isLocal: true, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !4, globals: !6, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "c/jacobi.c", directory: ".", checksumkind: CSK_MD5, checksum: "7002b176fe284660ce676ce278e277e8")
!4 = !{!5}
!5 = !DIBasicType(name: "double", size: 64, encoding: DW_ATE_float)
!6 = !{!7, !0, !13, !18, !20}
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(scope: null, file: !3, line: 46, type: !9, isLocal: true, isDefinition: true)
!9 = !DICompositeType(tag: DW_TAG_array_type, baseType: !10, size: 312, elements: !11)
!10 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!11 = !{!12}
!12 = !DISubrange(count: 39)
!13 = !DIGlobalVariableExpression(var: !14, expr: !DIExpression())
!14 = distinct !DIGlobalVariable(name: "b", scope: !2, file: !3, line: 7, type: !15, isLocal: true, isDefinition: true)
!15 = !DICompositeType(tag: DW_TAG_array_type, baseType: !5, size: 3200, elements: !16)
!16 = !{!17}
!17 = !DISubrange(count: 50)
!18 = !DIGlobalVariableExpression(var: !19, expr: !DIExpression())
!19 = distinct !DIGlobalVariable(name: "x", scope: !2, file: !3, line: 7, type: !15, isLocal: true, isDefinition: true)
!20 = !DIGlobalVariableExpression(var: !21, expr: !DIExpression())
!21 = distinct !DIGlobalVariable(name: "xnew", scope: !2, file: !3, line: 7, type: !15, isLocal: true, isDefinition: true)
!22 = !DICompositeType(tag: DW_TAG_array_type, baseType: !5, size: 160000, elements: !23)
!23 = !{!17, !17}
!24 = !{i32 7, !"Dwarf Version", i32 5}
!25 = !{i32 2, !"Debug Info Version", i32 3}
!26 = !{i32 1, !"wchar_size", i32 4}
!27 = !{i32 8, !"PIC Level", i32 2}
!28 = !{i32 7, !"PIE Level", i32 2}
!29 = !{i32 7, !"uwtable", i32 2}
!30 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 33, type: !31, scopeLine: 33, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !34)
!31 = !DISubroutineType(types: !32)
!32 = !{!33}
!33 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!34 = !{!35, !37, !40, !42}
!35 = !DILocalVariable(name: "i", scope: !36, file: !3, line: 34, type: !33)
!36 = distinct !DILexicalBlock(scope: !30, file: !3, line: 34, column: 5)
!37 = !DILocalVariable(name: "offdiag", scope: !38, file: !3, line: 35, type: !5)
!38 = distinct !DILexicalBlock(scope: !39, file: !3, line: 34, column: 33)
!39 = distinct !DILexicalBlock(scope: !36, file: !3, line: 34, column: 5)
!40 = !DILocalVariable(name: "j", scope: !41, file: !3, line: 36, type: !33)
!41 = distinct !DILexicalBlock(scope: !38, file: !3, line: 36, column: 9)
!42 = !DILocalVariable(name: "iters", scope: !30, file: !3, line: 45, type: !33)
!43 = !DILocation(line: 0, scope: !36)
!44 = !DILocation(line: 34, column: 5, scope: !36)
!45 = !DILocation(line: 0, scope: !41)
!46 = !DILocation(line: 0, scope: !38)
!47 = !DILocation(line: 36, column: 9, scope: !41)
!48 = !DILocalVariable(name: "it", scope: !49, file: !3, line: 20, type: !33)
!49 = distinct !DILexicalBlock(scope: !50, file: !3, line: 20, column: 5)
!50 = distinct !DISubprogram(name: "jacobi", scope: !3, file: !3, line: 19, type: !51, scopeLine: 19, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !53)
!51 = !DISubroutineType(types: !52)
!52 = !{!33, !33, !5}
!53 = !{!54, !55, !48, !56, !60, !63, !65}
!54 = !DILocalVariable(name: "max_iters", arg: 1, scope: !50, file: !3, line: 19, type: !33)
!55 = !DILocalVariable(name: "tol", arg: 2, scope: !50, file: !3, line: 19, type: !5)
!56 = !DILocalVariable(name: "i", scope: !57, file: !3, line: 21, type: !33)
!57 = distinct !DILexicalBlock(scope: !58, file: !3, line: 21, column: 9)
!58 = distinct !DILexicalBlock(scope: !59, file: !3, line: 20, column: 45)
!59 = distinct !DILexicalBlock(scope: !49, file: !3, line: 20, column: 5)
!60 = !DILocalVariable(name: "s", scope: !61, file: !3, line: 22, type: !5)
!61 = distinct !DILexicalBlock(scope: !62, file: !3, line: 21, column: 37)
!62 = distinct !DILexicalBlock(scope: !57, file: !3, line: 21, column: 9)
!63 = !DILocalVariable(name: "j", scope: !64, file: !3, line: 23, type: !33)
!64 = distinct !DILexicalBlock(scope: !61, file: !3, line: 23, column: 13)
!65 = !DILocalVariable(name: "i", scope: !66, file: !3, line: 27, type: !33)
!66 = distinct !DILexicalBlock(scope: !58, file: !3, line: 27, column: 9)
!67 = !DILocation(line: 0, scope: !49, inlinedAt: !68)
!68 = distinct !DILocation(line: 45, column: 17, scope: !30)
!69 = !DILocation(line: 0, scope: !57, inlinedAt: !68)
!70 = !DILocation(line: 21, column: 9, scope: !57, inlinedAt: !68)
!71 = !DILocation(line: 22, column: 24, scope: !61, inlinedAt: !68)
!72 = !{!73, !73, i64 0}
!73 = !{!"double", !74, i64 0}
!74 = !{!"omnipotent char", !75, i64 0}
!75 = !{!"Simple C/C++ TBAA"}
!76 = !DILocation(line: 0, scope: !61, inlinedAt: !68)
!77 = !DILocation(line: 0, scope: !64, inlinedAt: !68)
!78 = !DILocation(line: 23, column: 13, scope: !64, inlinedAt: !68)
!79 = !DILocation(line: 25, column: 27, scope: !61, inlinedAt: !68)
!80 = !DILocation(line: 25, column: 25, scope: !61, inlinedAt: !68)
!81 = !DILocation(line: 25, column: 13, scope: !61, inlinedAt: !68)
!82 = !DILocation(line: 25, column: 21, scope: !61, inlinedAt: !68)
!83 = !DILocation(line: 21, column: 33, scope: !62, inlinedAt: !68)
!84 = !DILocation(line: 21, column: 27, scope: !62, inlinedAt: !68)
!85 = distinct !{!85, !70, !86, !87, !88}
!86 = !DILocation(line: 26, column: 9, scope: !57, inlinedAt: !68)
!87 = !{!"llvm.loop.mustprogress"}
!88 = !{!"llvm.loop.unroll.disable"}
!89 = !DILocation(line: 27, column: 42, scope: !90, inlinedAt: !68)
!90 = distinct !DILexicalBlock(scope: !66, file: !3, line: 27, column: 9)
!91 = !DILocation(line: 0, scope: !66, inlinedAt: !68)
!92 = !DILocation(line: 11, column: 5, scope: !93, inlinedAt: !104)
!93 = distinct !DILexicalBlock(scope: !94, file: !3, line: 11, column: 5)
!94 = distinct !DISubprogram(name: "residual_norm", scope: !3, file: !3, line: 9, type: !95, scopeLine: 9, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !96)
!95 = !DISubroutineType(types: !4)
!96 = !{!97, !98, !99, !102}
!97 = !DILocalVariable(name: "r", scope: !94, file: !3, line: 10, type: !5)
!98 = !DILocalVariable(name: "i", scope: !93, file: !3, line: 11, type: !33)
!99 = !DILocalVariable(name: "s", scope: !100, file: !3, line: 12, type: !5)
!100 = distinct !DILexicalBlock(scope: !101, file: !3, line: 11, column: 33)
!101 = distinct !DILexicalBlock(scope: !93, file: !3, line: 11, column: 5)
!102 = !DILocalVariable(name: "j", scope: !103, file: !3, line: 13, type: !33)
!103 = distinct !DILexicalBlock(scope: !100, file: !3, line: 13, column: 9)
!104 = distinct !DILocation(line: 28, column: 13, scope: !105, inlinedAt: !68)
!105 = distinct !DILexicalBlock(scope: !58, file: !3, line: 28, column: 13)
!106 = !DILocation(line: 24, column: 23, scope: !107, inlinedAt: !68)
!107 = distinct !DILexicalBlock(scope: !108, file: !3, line: 24, column: 21)
!108 = distinct !DILexicalBlock(scope: !64, file: !3, line: 23, column: 13)
!109 = !DILocation(line: 24, column: 21, scope: !108, inlinedAt: !68)
!110 = !DILocation(line: 24, column: 34, scope: !107, inlinedAt: !68)
!111 = !DILocation(line: 24, column: 44, scope: !107, inlinedAt: !68)
!112 = !DILocation(line: 24, column: 31, scope: !107, inlinedAt: !68)
!113 = !DILocation(line: 24, column: 29, scope: !107, inlinedAt: !68)
!114 = !DILocation(line: 23, column: 37, scope: !108, inlinedAt: !68)
!115 = !DILocation(line: 23, column: 31, scope: !108, inlinedAt: !68)
!116 = distinct !{!116, !78, !117, !87, !88}
!117 = !DILocation(line: 24, column: 47, scope: !64, inlinedAt: !68)
!118 = !DILocation(line: 0, scope: !93, inlinedAt: !104)
!119 = !DILocation(line: 0, scope: !94, inlinedAt: !104)
!120 = !DILocation(line: 12, column: 20, scope: !100, inlinedAt: !104)
!121 = !DILocation(line: 0, scope: !100, inlinedAt: !104)
!122 = !DILocation(line: 0, scope: !103, inlinedAt: !104)
!123 = !DILocation(line: 13, column: 9, scope: !103, inlinedAt: !104)
!124 = !DILocation(line: 14, column: 11, scope: !100, inlinedAt: !104)
!125 = !DILocation(line: 11, column: 29, scope: !101, inlinedAt: !104)
!126 = !DILocation(line: 11, column: 23, scope: !101, inlinedAt: !104)
!127 = distinct !{!127, !92, !128, !87, !88}
!128 = !DILocation(line: 15, column: 5, scope: !93, inlinedAt: !104)
!129 = !DILocation(line: 13, column: 42, scope: !130, inlinedAt: !104)
!130 = distinct !DILexicalBlock(scope: !103, file: !3, line: 13, column: 9)
!131 = !DILocation(line: 13, column: 52, scope: !130, inlinedAt: !104)
!132 = !DILocation(line: 13, column: 39, scope: !130, inlinedAt: !104)
!133 = !DILocation(line: 13, column: 33, scope: !130, inlinedAt: !104)
!134 = !DILocation(line: 13, column: 27, scope: !130, inlinedAt: !104)
!135 = distinct !{!135, !123, !136, !87, !88}
!136 = !DILocation(line: 13, column: 55, scope: !103, inlinedAt: !104)
!137 = !DILocation(line: 16, column: 12, scope: !94, inlinedAt: !104)
!138 = !DILocation(line: 28, column: 29, scope: !105, inlinedAt: !68)
!139 = !DILocation(line: 28, column: 13, scope: !58, inlinedAt: !68)
!140 = !DILocation(line: 20, column: 41, scope: !59, inlinedAt: !68)
!141 = !DILocation(line: 20, column: 25, scope: !59, inlinedAt: !68)
!142 = !DILocation(line: 20, column: 5, scope: !49, inlinedAt: !68)
!143 = distinct !{!143, !142, !144, !87, !88}
!144 = !DILocation(line: 29, column: 5, scope: !49, inlinedAt: !68)
!145 = !DILocation(line: 0, scope: !30)
!146 = !DILocation(line: 0, scope: !94, inlinedAt: !147)
!147 = distinct !DILocation(line: 46, column: 65, scope: !30)
!148 = !DILocation(line: 0, scope: !93, inlinedAt: !147)
!149 = !DILocation(line: 11, column: 5, scope: !93, inlinedAt: !147)
!150 = !DILocation(line: 12, column: 20, scope: !100, inlinedAt: !147)
!151 = !DILocation(line: 0, scope: !100, inlinedAt: !147)
!152 = !DILocation(line: 0, scope: !103, inlinedAt: !147)
!153 = !DILocation(line: 13, column: 9, scope: !103, inlinedAt: !147)
!154 = !DILocation(line: 14, column: 11, scope: !100, inlinedAt: !147)
!155 = !DILocation(line: 11, column: 29, scope: !101, inlinedAt: !147)
!156 = !DILocation(line: 11, column: 23, scope: !101, inlinedAt: !147)
!157 = distinct !{!157, !149, !158, !87, !88}
!158 = !DILocation(line: 15, column: 5, scope: !93, inlinedAt: !147)
!159 = !DILocation(line: 13, column: 42, scope: !130, inlinedAt: !147)
!160 = !DILocation(line: 13, column: 52, scope: !130, inlinedAt: !147)
!161 = !DILocation(line: 13, column: 39, scope: !130, inlinedAt: !147)
!162 = !DILocation(line: 13, column: 33, scope: !130, inlinedAt: !147)
!163 = !DILocation(line: 13, column: 27, scope: !130, inlinedAt: !147)
!164 = distinct !{!164, !153, !165, !87, !88}
!165 = !DILocation(line: 13, column: 55, scope: !103, inlinedAt: !147)
!166 = !DILocation(line: 16, column: 12, scope: !94, inlinedAt: !147)
!167 = !DILocation(line: 46, column: 5, scope: !30)
!168 = !DILocation(line: 47, column: 18, scope: !30)
!169 = !DILocation(line: 47, column: 12, scope: !30)
!170 = !DILocation(line: 48, column: 1, scope: !30)
!171 = !DILocation(line: 41, column: 27, scope: !38)
!172 = !DILocation(line: 41, column: 37, scope: !38)
!173 = !DILocation(line: 41, column: 35, scope: !38)
!174 = !DILocation(line: 41, column: 33, scope: !38)
!175 = !DILocation(line: 41, column: 9, scope: !38)
!176 = !DILocation(line: 41, column: 17, scope: !38)
!177 = !DILocation(line: 42, column: 20, scope: !38)
!178 = !DILocation(line: 42, column: 16, scope: !38)
!179 = !DILocation(line: 42, column: 9, scope: !38)
!180 = !DILocation(line: 42, column: 14, scope: !38)
!181 = !DILocation(line: 43, column: 9, scope: !38)
!182 = !DILocation(line: 43, column: 14, scope: !38)
!183 = !DILocation(line: 34, column: 29, scope: !39)
!184 = !DILocation(line: 34, column: 23, scope: !39)
!185 = distinct !{!185, !44, !186, !87, !88}
!186 = !DILocation(line: 44, column: 5, scope: !36)
!187 = !DILocation(line: 37, column: 19, scope: !188)
!188 = distinct !DILexicalBlock(scope: !189, file: !3, line: 37, column: 17)
!189 = distinct !DILexicalBlock(scope: !41, file: !3, line: 36, column: 9)
!190 = !DILocation(line: 37, column: 17, scope: !189)
!191 = !DILocation(line: 38, column: 35, scope: !192)
!192 = distinct !DILexicalBlock(scope: !188, file: !3, line: 37, column: 25)
!193 = !DILocation(line: 38, column: 31, scope: !192)
!194 = !DILocation(line: 38, column: 40, scope: !192)
!195 = !DILocation(line: 38, column: 44, scope: !192)
!196 = !DILocation(line: 38, column: 27, scope: !192)
!197 = !DILocation(line: 38, column: 49, scope: !192)
!198 = !DILocation(line: 38, column: 17, scope: !192)
!199 = !DILocation(line: 38, column: 25, scope: !192)
!200 = !DILocation(line: 39, column: 28, scope: !192)
!201 = !DILocation(line: 39, column: 25, scope: !192)
!202 = !DILocation(line: 40, column: 13, scope: !192)
!203 = !DILocation(line: 36, column: 33, scope: !189)
!204 = !DILocation(line: 36, column: 27, scope: !189)
!205 = distinct !{!205, !47, !206, !87, !88}
!206 = !DILocation(line: 40, column: 13, scope: !41)
!207 = !DISubprogram(name: "cos", scope: !208, file: !208, line: 62, type: !209, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !211)
!208 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/mathcalls.h", directory: "", checksumkind: CSK_MD5, checksum: "8c6e2d0d2bda65bc5ba1ca02b65383b7")
!209 = !DISubroutineType(types: !210)
!210 = !{!5, !5}
!211 = !{}
!212 = !DISubprogram(name: "printf", scope: !213, file: !213, line: 356, type: !214, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !211)
!213 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!214 = !DISubroutineType(types: !215)
!215 = !{!33, !216, null}
!216 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !217)
!217 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !218, size: 64)
!218 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !10)
!219 = !DISubprogram(name: "sqrt", scope: !208, file: !208, line: 143, type: !209, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !211)
