; ModuleID = 'c/stencil2d.c'
source_filename = "c/stencil2d.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@grid = internal unnamed_addr global [2 x [32 x [48 x double]]] zeroinitializer, align 16, !dbg !0
@.str = private unnamed_addr constant [49 x i8] c"stencil2d iterations=%d centre=%.4f residual=%g\0A\00", align 1, !dbg !5

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 !dbg !23 {
  call void @llvm.dbg.value(metadata i32 0, metadata !28, metadata !DIExpression()), !dbg !49
  br label %1, !dbg !50

1:                                                ; preds = %0, %7
  %2 = phi i64 [ 0, %0 ], [ %8, %7 ]
  call void @llvm.dbg.value(metadata i64 %2, metadata !28, metadata !DIExpression()), !dbg !49
  call void @llvm.dbg.value(metadata i32 0, metadata !30, metadata !DIExpression()), !dbg !51
  br label %3, !dbg !52

3:                                                ; preds = %1, %10
  %4 = phi i64 [ 0, %1 ], [ %11, %10 ]
  call void @llvm.dbg.value(metadata i64 %4, metadata !30, metadata !DIExpression()), !dbg !51
  %5 = icmp eq i64 %4, 0
  %6 = select i1 %5, double 1.000000e+02, double 0.000000e+00
  call void @llvm.dbg.value(metadata i32 0, metadata !33, metadata !DIExpression()), !dbg !53
  br label %13, !dbg !54

7:                                                ; preds = %10
  %8 = add nuw nsw i64 %2, 1, !dbg !55
  call void @llvm.dbg.value(metadata i64 %8, metadata !28, metadata !DIExpression()), !dbg !49
  %9 = icmp eq i64 %2, 0, !dbg !56
  br i1 %9, label %1, label %18, !dbg !50, !llvm.loop !57

10:                                               ; preds = %13
  %11 = add nuw nsw i64 %4, 1, !dbg !61
  call void @llvm.dbg.value(metadata i64 %11, metadata !30, metadata !DIExpression()), !dbg !51
  %12 = icmp eq i64 %11, 32, !dbg !62
  br i1 %12, label %7, label %3, !dbg !52, !llvm.loop !63

13:                                               ; preds = %3, %13
  %14 = phi i64 [ 0, %3 ], [ %16, %13 ]
  call void @llvm.dbg.value(metadata i64 %14, metadata !33, metadata !DIExpression()), !dbg !53
  %15 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 %2, i64 %4, i64 %14, !dbg !65
  store double %6, ptr %15, align 8, !dbg !67, !tbaa !68
  %16 = add nuw nsw i64 %14, 1, !dbg !72
  call void @llvm.dbg.value(metadata i64 %16, metadata !33, metadata !DIExpression()), !dbg !53
  %17 = icmp eq i64 %16, 48, !dbg !73
  br i1 %17, label %10, label %13, !dbg !54, !llvm.loop !74

18:                                               ; preds = %7, %58
  %19 = phi i32 [ %23, %58 ], [ 0, %7 ], !dbg !76
  %20 = phi i32 [ %59, %58 ], [ 0, %7 ], !dbg !76
  call void @llvm.dbg.value(metadata i32 %20, metadata !37, metadata !DIExpression()), !dbg !76
  call void @llvm.dbg.value(metadata i32 %19, metadata !36, metadata !DIExpression()), !dbg !76
  %21 = zext i32 %19 to i64
  %22 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 %21, !dbg !77
  %23 = sub nsw i32 1, %19, !dbg !79
  %24 = zext i32 %23 to i64
  %25 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 %24, !dbg !80
  call void @llvm.dbg.value(metadata ptr %22, metadata !81, metadata !DIExpression()), !dbg !100
  call void @llvm.dbg.value(metadata ptr %25, metadata !89, metadata !DIExpression()), !dbg !100
  call void @llvm.dbg.value(metadata double 0.000000e+00, metadata !90, metadata !DIExpression()), !dbg !100
  call void @llvm.dbg.value(metadata i32 1, metadata !91, metadata !DIExpression()), !dbg !102
  br label %26, !dbg !103

26:                                               ; preds = %31, %18
  %27 = phi i64 [ 1, %18 ], [ %30, %31 ]
  %28 = phi double [ 0.000000e+00, %18 ], [ %55, %31 ]
  call void @llvm.dbg.value(metadata double %28, metadata !90, metadata !DIExpression()), !dbg !100
  call void @llvm.dbg.value(metadata i64 %27, metadata !91, metadata !DIExpression()), !dbg !102
  %29 = add nsw i64 %27, -1
  %30 = add nuw nsw i64 %27, 1, !dbg !104
  call void @llvm.dbg.value(metadata double %28, metadata !90, metadata !DIExpression()), !dbg !100
  call void @llvm.dbg.value(metadata i32 1, metadata !93, metadata !DIExpression()), !dbg !105
  br label %33, !dbg !106

31:                                               ; preds = %33
  call void @llvm.dbg.value(metadata double %55, metadata !90, metadata !DIExpression()), !dbg !100
  call void @llvm.dbg.value(metadata i64 %30, metadata !91, metadata !DIExpression()), !dbg !102
  %32 = icmp eq i64 %30, 31, !dbg !107
  br i1 %32, label %58, label %26, !dbg !103, !llvm.loop !108

33:                                               ; preds = %33, %26
  %34 = phi i64 [ 1, %26 ], [ %45, %33 ]
  %35 = phi double [ %28, %26 ], [ %55, %33 ]
  call void @llvm.dbg.value(metadata double %35, metadata !90, metadata !DIExpression()), !dbg !100
  call void @llvm.dbg.value(metadata i64 %34, metadata !93, metadata !DIExpression()), !dbg !105
  %36 = getelementptr inbounds [48 x double], ptr %22, i64 %29, i64 %34, !dbg !110
  %37 = load double, ptr %36, align 8, !dbg !110, !tbaa !68
  %38 = getelementptr inbounds [48 x double], ptr %22, i64 %30, i64 %34, !dbg !111
  %39 = load double, ptr %38, align 8, !dbg !111, !tbaa !68
  %40 = fadd double %37, %39, !dbg !112
  %41 = add nsw i64 %34, -1, !dbg !113
  %42 = getelementptr inbounds [48 x double], ptr %22, i64 %27, i64 %41, !dbg !114
  %43 = load double, ptr %42, align 8, !dbg !114, !tbaa !68
  %44 = fadd double %40, %43, !dbg !115
  %45 = add nuw nsw i64 %34, 1, !dbg !116
  %46 = getelementptr inbounds [48 x double], ptr %22, i64 %27, i64 %45, !dbg !117
  %47 = load double, ptr %46, align 8, !dbg !117, !tbaa !68
  %48 = fadd double %44, %47, !dbg !118
  %49 = fmul double %48, 2.500000e-01, !dbg !119
  call void @llvm.dbg.value(metadata double %49, metadata !96, metadata !DIExpression()), !dbg !120
  %50 = getelementptr inbounds [48 x double], ptr %22, i64 %27, i64 %34, !dbg !121
  %51 = load double, ptr %50, align 8, !dbg !121, !tbaa !68
  %52 = fsub double %49, %51, !dbg !122
  %53 = tail call double @llvm.fabs.f64(double %52), !dbg !123
  call void @llvm.dbg.value(metadata double %53, metadata !99, metadata !DIExpression()), !dbg !120
  %54 = fcmp ogt double %53, %35, !dbg !124
  %55 = select i1 %54, double %53, double %35, !dbg !126
  call void @llvm.dbg.value(metadata double %55, metadata !90, metadata !DIExpression()), !dbg !100
  %56 = getelementptr inbounds [48 x double], ptr %25, i64 %27, i64 %34, !dbg !127
  store double %49, ptr %56, align 8, !dbg !128, !tbaa !68
  call void @llvm.dbg.value(metadata i64 %45, metadata !93, metadata !DIExpression()), !dbg !105
  %57 = icmp eq i64 %45, 47, !dbg !129
  br i1 %57, label %31, label %33, !dbg !106, !llvm.loop !130

58:                                               ; preds = %31
  call void @llvm.dbg.value(metadata double %55, metadata !38, metadata !DIExpression()), !dbg !76
  call void @llvm.dbg.value(metadata i32 %23, metadata !36, metadata !DIExpression()), !dbg !76
  %59 = add nuw nsw i32 %20, 1, !dbg !132
  call void @llvm.dbg.value(metadata i32 %59, metadata !37, metadata !DIExpression()), !dbg !76
  %60 = fcmp ogt double %55, 0x3EB0C6F7A0B5ED8D, !dbg !133
  %61 = icmp ult i32 %20, 19999, !dbg !134
  %62 = select i1 %60, i1 %61, i1 false, !dbg !134
  br i1 %62, label %18, label %63, !dbg !135, !llvm.loop !136

63:                                               ; preds = %58
  %64 = zext i32 %23 to i64
  call void @llvm.dbg.value(metadata i32 1, metadata !40, metadata !DIExpression()), !dbg !139
  call void @llvm.dbg.value(metadata double 0.000000e+00, metadata !39, metadata !DIExpression()), !dbg !76
  br label %68, !dbg !140

65:                                               ; preds = %104
  call void @llvm.dbg.value(metadata i64 %74, metadata !40, metadata !DIExpression()), !dbg !139
  call void @llvm.dbg.value(metadata i64 %69, metadata !40, metadata !DIExpression(DW_OP_plus_uconst, 1, DW_OP_stack_value)), !dbg !139
  call void @llvm.dbg.value(metadata double %105, metadata !39, metadata !DIExpression()), !dbg !76
  %66 = icmp ugt i64 %69, 29, !dbg !141
  %67 = icmp eq i64 %74, 31, !dbg !141
  br i1 %67, label %108, label %68, !dbg !140, !llvm.loop !142

68:                                               ; preds = %63, %65
  %69 = phi i64 [ 1, %63 ], [ %74, %65 ]
  %70 = phi i1 [ false, %63 ], [ %66, %65 ]
  %71 = phi i32 [ 0, %63 ], [ %106, %65 ]
  %72 = phi double [ 0.000000e+00, %63 ], [ %105, %65 ]
  call void @llvm.dbg.value(metadata i64 %69, metadata !40, metadata !DIExpression()), !dbg !139
  call void @llvm.dbg.value(metadata double %72, metadata !39, metadata !DIExpression()), !dbg !76
  %73 = add nsw i64 %69, -1
  %74 = add nuw nsw i64 %69, 1, !dbg !144
  br label %75, !dbg !145

75:                                               ; preds = %68, %80
  %76 = phi i64 [ 1, %68 ], [ %92, %80 ], !dbg !76
  %77 = phi double [ %72, %68 ], [ %99, %80 ], !dbg !76
  %78 = phi i32 [ %71, %68 ], [ %103, %80 ]
  call void @llvm.dbg.value(metadata i64 %76, metadata !42, metadata !DIExpression()), !dbg !146
  call void @llvm.dbg.value(metadata double %77, metadata !39, metadata !DIExpression()), !dbg !76
  %79 = icmp eq i64 %76, 47, !dbg !147
  br i1 %79, label %104, label %80, !dbg !145

80:                                               ; preds = %75
  %81 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 %64, i64 %69, i64 %76, !dbg !148
  %82 = load double, ptr %81, align 8, !dbg !148, !tbaa !68
  call void @llvm.dbg.value(metadata double %82, metadata !45, metadata !DIExpression()), !dbg !149
  %83 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 %64, i64 %73, i64 %76, !dbg !150
  %84 = load double, ptr %83, align 8, !dbg !150, !tbaa !68
  %85 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 %64, i64 %74, i64 %76, !dbg !151
  %86 = load double, ptr %85, align 8, !dbg !151, !tbaa !68
  %87 = fadd double %84, %86, !dbg !152
  %88 = add nsw i64 %76, -1, !dbg !153
  %89 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 %64, i64 %69, i64 %88, !dbg !154
  %90 = load double, ptr %89, align 8, !dbg !154, !tbaa !68
  %91 = fadd double %87, %90, !dbg !155
  %92 = add nuw nsw i64 %76, 1, !dbg !156
  %93 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 %64, i64 %69, i64 %92, !dbg !157
  %94 = load double, ptr %93, align 8, !dbg !157, !tbaa !68
  %95 = fadd double %91, %94, !dbg !158
  %96 = fmul double %95, 2.500000e-01, !dbg !159
  call void @llvm.dbg.value(metadata double %96, metadata !48, metadata !DIExpression()), !dbg !149
  %97 = fsub double %82, %96, !dbg !160
  %98 = tail call double @llvm.fabs.f64(double %97), !dbg !161
  %99 = tail call double @llvm.maxnum.f64(double %77, double %98), !dbg !162
  call void @llvm.dbg.value(metadata double %99, metadata !39, metadata !DIExpression()), !dbg !76
  %100 = fcmp ugt double %82, 0.000000e+00, !dbg !163
  %101 = fcmp ult double %82, 1.000000e+02
  %102 = and i1 %100, %101, !dbg !165
  %103 = select i1 %102, i32 %78, i32 1, !dbg !166
  br i1 %102, label %75, label %104, !llvm.loop !167

104:                                              ; preds = %75, %80
  %105 = phi double [ %99, %80 ], [ %77, %75 ], !dbg !76
  %106 = phi i32 [ %103, %80 ], [ %78, %75 ]
  %107 = icmp ugt i64 %76, 46, !dbg !147
  call void @llvm.dbg.value(metadata double %105, metadata !39, metadata !DIExpression()), !dbg !76
  call void @llvm.dbg.value(metadata i64 %69, metadata !40, metadata !DIExpression(DW_OP_plus_uconst, 1, DW_OP_stack_value)), !dbg !139
  br i1 %107, label %65, label %108

108:                                              ; preds = %65, %104
  %109 = phi i1 [ %66, %65 ], [ %70, %104 ], !dbg !141
  call void @llvm.dbg.value(metadata double %105, metadata !39, metadata !DIExpression()), !dbg !76
  br i1 %109, label %110, label %116

110:                                              ; preds = %108
  %111 = getelementptr inbounds [2 x [32 x [48 x double]]], ptr @grid, i64 0, i64 %64, i64 16, i64 24, !dbg !169
  %112 = load double, ptr %111, align 16, !dbg !169, !tbaa !68
  %113 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %59, double noundef %112, double noundef %105), !dbg !170
  %114 = fcmp uge double %105, 1.000000e-05, !dbg !171
  %115 = zext i1 %114 to i32, !dbg !172
  br label %116, !dbg !173

116:                                              ; preds = %108, %110
  %117 = phi i32 [ %115, %110 ], [ %106, %108 ], !dbg !76
  ret i32 %117, !dbg !174
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.maxnum.f64(double, double) #1

; Function Attrs: nofree nounwind
declare !dbg !175 noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #3

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!17, !18, !19, !20, !21, !22}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "grid", scope: !2, file: !3, line: 8, type: !11, isLocal: true, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "c/stencil2d.c", directory: ".", checksumkind: CSK_MD5, checksum: "81e2d6a29530204682ab33bcfc93ce43")
!4 = !{!5, !0}
!5 = !DIGlobalVariableExpression(var: !6, expr: !DIExpression())
!6 = distinct !DIGlobalVariable(scope: null, file: !3, line: 45, type: !7, isLocal: true, isDefinition: true)
!7 = !DICompositeType(tag: DW_TAG_array_type, baseType: !8, size: 392, elements: !9)
!8 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!9 = !{!10}
!10 = !DISubrange(count: 49)
!11 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 196608, elements: !13)
!12 = !DIBasicType(name: "double", size: 64, encoding: DW_ATE_float)
!13 = !{!14, !15, !16}
!14 = !DISubrange(count: 2)
!15 = !DISubrange(count: 32)
!16 = !DISubrange(count: 48)
!17 = !{i32 7, !"Dwarf Version", i32 5}
!18 = !{i32 2, !"Debug Info Version", i32 3}
!19 = !{i32 1, !"wchar_size", i32 4}
!20 = !{i32 8, !"PIC Level", i32 2}
!21 = !{i32 7, !"PIE Level", i32 2}
!22 = !{i32 7, !"uwtable", i32 2}
!23 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 23, type: !24, scopeLine: 23, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !27)
!24 = !DISubroutineType(types: !25)
!25 = !{!26}
!26 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!27 = !{!28, !30, !33, !36, !37, !38, !39, !40, !42, !45, !48}
!28 = !DILocalVariable(name: "b", scope: !29, file: !3, line: 25, type: !26)
!29 = distinct !DILexicalBlock(scope: !23, file: !3, line: 25, column: 5)
!30 = !DILocalVariable(name: "y", scope: !31, file: !3, line: 26, type: !26)
!31 = distinct !DILexicalBlock(scope: !32, file: !3, line: 26, column: 9)
!32 = distinct !DILexicalBlock(scope: !29, file: !3, line: 25, column: 5)
!33 = !DILocalVariable(name: "x", scope: !34, file: !3, line: 27, type: !26)
!34 = distinct !DILexicalBlock(scope: !35, file: !3, line: 27, column: 13)
!35 = distinct !DILexicalBlock(scope: !31, file: !3, line: 26, column: 9)
!36 = !DILocalVariable(name: "cur", scope: !23, file: !3, line: 29, type: !26)
!37 = !DILocalVariable(name: "iters", scope: !23, file: !3, line: 29, type: !26)
!38 = !DILocalVariable(name: "delta", scope: !23, file: !3, line: 30, type: !12)
!39 = !DILocalVariable(name: "worst", scope: !23, file: !3, line: 37, type: !12)
!40 = !DILocalVariable(name: "y", scope: !41, file: !3, line: 38, type: !26)
!41 = distinct !DILexicalBlock(scope: !23, file: !3, line: 38, column: 5)
!42 = !DILocalVariable(name: "x", scope: !43, file: !3, line: 39, type: !26)
!43 = distinct !DILexicalBlock(scope: !44, file: !3, line: 39, column: 9)
!44 = distinct !DILexicalBlock(scope: !41, file: !3, line: 38, column: 5)
!45 = !DILocalVariable(name: "v", scope: !46, file: !3, line: 40, type: !12)
!46 = distinct !DILexicalBlock(scope: !47, file: !3, line: 39, column: 42)
!47 = distinct !DILexicalBlock(scope: !43, file: !3, line: 39, column: 9)
!48 = !DILocalVariable(name: "mean", scope: !46, file: !3, line: 41, type: !12)
!49 = !DILocation(line: 0, scope: !29)
!50 = !DILocation(line: 25, column: 5, scope: !29)
!51 = !DILocation(line: 0, scope: !31)
!52 = !DILocation(line: 26, column: 9, scope: !31)
!53 = !DILocation(line: 0, scope: !34)
!54 = !DILocation(line: 27, column: 13, scope: !34)
!55 = !DILocation(line: 25, column: 29, scope: !32)
!56 = !DILocation(line: 25, column: 23, scope: !32)
!57 = distinct !{!57, !50, !58, !59, !60}
!58 = !DILocation(line: 28, column: 52, scope: !29)
!59 = !{!"llvm.loop.mustprogress"}
!60 = !{!"llvm.loop.unroll.disable"}
!61 = !DILocation(line: 26, column: 34, scope: !35)
!62 = !DILocation(line: 26, column: 27, scope: !35)
!63 = distinct !{!63, !52, !64, !59, !60}
!64 = !DILocation(line: 28, column: 52, scope: !31)
!65 = !DILocation(line: 28, column: 17, scope: !66)
!66 = distinct !DILexicalBlock(scope: !34, file: !3, line: 27, column: 13)
!67 = !DILocation(line: 28, column: 31, scope: !66)
!68 = !{!69, !69, i64 0}
!69 = !{!"double", !70, i64 0}
!70 = !{!"omnipotent char", !71, i64 0}
!71 = !{!"Simple C/C++ TBAA"}
!72 = !DILocation(line: 27, column: 38, scope: !66)
!73 = !DILocation(line: 27, column: 31, scope: !66)
!74 = distinct !{!74, !54, !75, !59, !60}
!75 = !DILocation(line: 28, column: 52, scope: !34)
!76 = !DILocation(line: 0, scope: !23)
!77 = !DILocation(line: 32, column: 23, scope: !78)
!78 = distinct !DILexicalBlock(scope: !23, file: !3, line: 31, column: 8)
!79 = !DILocation(line: 32, column: 41, scope: !78)
!80 = !DILocation(line: 32, column: 34, scope: !78)
!81 = !DILocalVariable(name: "in", arg: 1, scope: !82, file: !3, line: 11, type: !85)
!82 = distinct !DISubprogram(name: "sweep", scope: !3, file: !3, line: 11, type: !83, scopeLine: 11, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !88)
!83 = !DISubroutineType(types: !84)
!84 = !{!12, !85, !85}
!85 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !86, size: 64)
!86 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 3072, elements: !87)
!87 = !{!16}
!88 = !{!81, !89, !90, !91, !93, !96, !99}
!89 = !DILocalVariable(name: "out", arg: 2, scope: !82, file: !3, line: 11, type: !85)
!90 = !DILocalVariable(name: "delta", scope: !82, file: !3, line: 12, type: !12)
!91 = !DILocalVariable(name: "y", scope: !92, file: !3, line: 13, type: !26)
!92 = distinct !DILexicalBlock(scope: !82, file: !3, line: 13, column: 5)
!93 = !DILocalVariable(name: "x", scope: !94, file: !3, line: 14, type: !26)
!94 = distinct !DILexicalBlock(scope: !95, file: !3, line: 14, column: 9)
!95 = distinct !DILexicalBlock(scope: !92, file: !3, line: 13, column: 5)
!96 = !DILocalVariable(name: "v", scope: !97, file: !3, line: 15, type: !12)
!97 = distinct !DILexicalBlock(scope: !98, file: !3, line: 14, column: 42)
!98 = distinct !DILexicalBlock(scope: !94, file: !3, line: 14, column: 9)
!99 = !DILocalVariable(name: "d", scope: !97, file: !3, line: 16, type: !12)
!100 = !DILocation(line: 0, scope: !82, inlinedAt: !101)
!101 = distinct !DILocation(line: 32, column: 17, scope: !78)
!102 = !DILocation(line: 0, scope: !92, inlinedAt: !101)
!103 = !DILocation(line: 13, column: 5, scope: !92, inlinedAt: !101)
!104 = !DILocation(line: 13, column: 34, scope: !95, inlinedAt: !101)
!105 = !DILocation(line: 0, scope: !94, inlinedAt: !101)
!106 = !DILocation(line: 14, column: 9, scope: !94, inlinedAt: !101)
!107 = !DILocation(line: 13, column: 23, scope: !95, inlinedAt: !101)
!108 = distinct !{!108, !103, !109, !59, !60}
!109 = !DILocation(line: 19, column: 9, scope: !92, inlinedAt: !101)
!110 = !DILocation(line: 15, column: 32, scope: !97, inlinedAt: !101)
!111 = !DILocation(line: 15, column: 47, scope: !97, inlinedAt: !101)
!112 = !DILocation(line: 15, column: 45, scope: !97, inlinedAt: !101)
!113 = !DILocation(line: 15, column: 70, scope: !97, inlinedAt: !101)
!114 = !DILocation(line: 15, column: 62, scope: !97, inlinedAt: !101)
!115 = !DILocation(line: 15, column: 60, scope: !97, inlinedAt: !101)
!116 = !DILocation(line: 15, column: 85, scope: !97, inlinedAt: !101)
!117 = !DILocation(line: 15, column: 77, scope: !97, inlinedAt: !101)
!118 = !DILocation(line: 15, column: 75, scope: !97, inlinedAt: !101)
!119 = !DILocation(line: 15, column: 29, scope: !97, inlinedAt: !101)
!120 = !DILocation(line: 0, scope: !97, inlinedAt: !101)
!121 = !DILocation(line: 16, column: 33, scope: !97, inlinedAt: !101)
!122 = !DILocation(line: 16, column: 31, scope: !97, inlinedAt: !101)
!123 = !DILocation(line: 16, column: 24, scope: !97, inlinedAt: !101)
!124 = !DILocation(line: 17, column: 19, scope: !125, inlinedAt: !101)
!125 = distinct !DILexicalBlock(scope: !97, file: !3, line: 17, column: 17)
!126 = !DILocation(line: 17, column: 17, scope: !97, inlinedAt: !101)
!127 = !DILocation(line: 18, column: 13, scope: !97, inlinedAt: !101)
!128 = !DILocation(line: 18, column: 23, scope: !97, inlinedAt: !101)
!129 = !DILocation(line: 14, column: 27, scope: !98, inlinedAt: !101)
!130 = distinct !{!130, !106, !131, !59, !60}
!131 = !DILocation(line: 19, column: 9, scope: !94, inlinedAt: !101)
!132 = !DILocation(line: 34, column: 14, scope: !78)
!133 = !DILocation(line: 35, column: 20, scope: !23)
!134 = !DILocation(line: 35, column: 27, scope: !23)
!135 = !DILocation(line: 35, column: 5, scope: !78)
!136 = distinct !{!136, !137, !138, !59, !60}
!137 = !DILocation(line: 31, column: 5, scope: !23)
!138 = !DILocation(line: 35, column: 43, scope: !23)
!139 = !DILocation(line: 0, scope: !41)
!140 = !DILocation(line: 38, column: 5, scope: !41)
!141 = !DILocation(line: 38, column: 23, scope: !44)
!142 = distinct !{!142, !140, !143, !59, !60}
!143 = !DILocation(line: 44, column: 9, scope: !41)
!144 = !DILocation(line: 38, column: 34, scope: !44)
!145 = !DILocation(line: 39, column: 9, scope: !43)
!146 = !DILocation(line: 0, scope: !43)
!147 = !DILocation(line: 39, column: 27, scope: !47)
!148 = !DILocation(line: 40, column: 24, scope: !46)
!149 = !DILocation(line: 0, scope: !46)
!150 = !DILocation(line: 41, column: 35, scope: !46)
!151 = !DILocation(line: 41, column: 57, scope: !46)
!152 = !DILocation(line: 41, column: 55, scope: !46)
!153 = !DILocation(line: 41, column: 94, scope: !46)
!154 = !DILocation(line: 41, column: 79, scope: !46)
!155 = !DILocation(line: 41, column: 77, scope: !46)
!156 = !DILocation(line: 41, column: 116, scope: !46)
!157 = !DILocation(line: 41, column: 101, scope: !46)
!158 = !DILocation(line: 41, column: 99, scope: !46)
!159 = !DILocation(line: 41, column: 32, scope: !46)
!160 = !DILocation(line: 42, column: 40, scope: !46)
!161 = !DILocation(line: 42, column: 33, scope: !46)
!162 = !DILocation(line: 42, column: 21, scope: !46)
!163 = !DILocation(line: 43, column: 19, scope: !164)
!164 = distinct !DILexicalBlock(scope: !46, file: !3, line: 43, column: 17)
!165 = !DILocation(line: 43, column: 26, scope: !164)
!166 = !DILocation(line: 0, scope: !47)
!167 = distinct !{!167, !145, !168, !59, !60}
!168 = !DILocation(line: 44, column: 9, scope: !43)
!169 = !DILocation(line: 45, column: 72, scope: !23)
!170 = !DILocation(line: 45, column: 5, scope: !23)
!171 = !DILocation(line: 46, column: 18, scope: !23)
!172 = !DILocation(line: 46, column: 12, scope: !23)
!173 = !DILocation(line: 46, column: 5, scope: !23)
!174 = !DILocation(line: 47, column: 1, scope: !23)
!175 = !DISubprogram(name: "printf", scope: !176, file: !176, line: 356, type: !177, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !182)
!176 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!177 = !DISubroutineType(types: !178)
!178 = !{!26, !179, null}
!179 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !180)
!180 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !181, size: 64)
!181 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !8)
!182 = !{}
