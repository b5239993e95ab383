; ModuleID = 'c/floyd_warshall.c'
source_filename = "c/floyd_warshall.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@dist = internal unnamed_addr global [12 x [12 x i32]] zeroinitializer, align 16, !dbg !0
@next_hop = internal unnamed_addr global [12 x [12 x i32]] zeroinitializer, align 16, !dbg !11
@.str = private unnamed_addr constant [42 x i8] c"floyd_warshall n=%d dist[0][%d]=%d ok=%d\0A\00", align 1, !dbg !5

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 !dbg !23 {
  %1 = alloca [12 x [12 x i32]], align 16
  call void @llvm.lifetime.start.p0(i64 576, ptr nonnull %1) #5, !dbg !43
  call void @llvm.dbg.declare(metadata ptr %1, metadata !27, metadata !DIExpression()), !dbg !44
  call void @llvm.dbg.value(metadata i32 0, metadata !28, metadata !DIExpression()), !dbg !45
  br label %2, !dbg !46

2:                                                ; preds = %0, %43
  %3 = phi i64 [ 0, %0 ], [ %4, %43 ]
  call void @llvm.dbg.value(metadata i64 %3, metadata !28, metadata !DIExpression()), !dbg !45
  %4 = add nuw nsw i64 %3, 1, !dbg !47
  %5 = icmp eq i64 %4, 12
  %6 = trunc i64 %3 to i32
  %7 = mul i32 %6, 5
  %8 = add i32 %7, 3
  %9 = urem i32 %8, 12
  %10 = trunc i64 %3 to i32
  %11 = and i32 %10, 3
  %12 = add nuw nsw i32 %11, 2
  call void @llvm.dbg.value(metadata i32 0, metadata !30, metadata !DIExpression()), !dbg !48
  %13 = and i64 %4, 4294967295, !dbg !49
  %14 = select i1 %5, i64 0, i64 %13, !dbg !49
  %15 = zext i32 %9 to i64, !dbg !49
  br label %45, !dbg !49

16:                                               ; preds = %43, %22
  %17 = phi i64 [ %23, %22 ], [ 0, %43 ]
  call void @llvm.dbg.value(metadata i64 %17, metadata !50, metadata !DIExpression()), !dbg !62
  call void @llvm.dbg.value(metadata i32 0, metadata !56, metadata !DIExpression()), !dbg !64
  br label %18, !dbg !65

18:                                               ; preds = %25, %16
  %19 = phi i64 [ 0, %16 ], [ %26, %25 ]
  call void @llvm.dbg.value(metadata i64 %19, metadata !56, metadata !DIExpression()), !dbg !64
  %20 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 %19, i64 %17
  call void @llvm.dbg.value(metadata i32 0, metadata !59, metadata !DIExpression()), !dbg !66
  %21 = getelementptr inbounds [12 x [12 x i32]], ptr @next_hop, i64 0, i64 %19, i64 %17
  br label %28, !dbg !67

22:                                               ; preds = %25
  %23 = add nuw nsw i64 %17, 1, !dbg !68
  call void @llvm.dbg.value(metadata i64 %23, metadata !50, metadata !DIExpression()), !dbg !62
  %24 = icmp eq i64 %23, 12, !dbg !69
  br i1 %24, label %60, label %16, !dbg !70, !llvm.loop !71

25:                                               ; preds = %40
  %26 = add nuw nsw i64 %19, 1, !dbg !75
  call void @llvm.dbg.value(metadata i64 %26, metadata !56, metadata !DIExpression()), !dbg !64
  %27 = icmp eq i64 %26, 12, !dbg !76
  br i1 %27, label %22, label %18, !dbg !65, !llvm.loop !77

28:                                               ; preds = %40, %18
  %29 = phi i64 [ 0, %18 ], [ %41, %40 ]
  call void @llvm.dbg.value(metadata i64 %29, metadata !59, metadata !DIExpression()), !dbg !66
  %30 = load i32, ptr %20, align 4, !dbg !79, !tbaa !82
  %31 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 %17, i64 %29, !dbg !86
  %32 = load i32, ptr %31, align 4, !dbg !86, !tbaa !82
  %33 = add nsw i32 %32, %30, !dbg !87
  %34 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 %19, i64 %29, !dbg !88
  %35 = load i32, ptr %34, align 4, !dbg !88, !tbaa !82
  %36 = icmp slt i32 %33, %35, !dbg !89
  br i1 %36, label %37, label %40, !dbg !90

37:                                               ; preds = %28
  store i32 %33, ptr %34, align 4, !dbg !91, !tbaa !82
  %38 = load i32, ptr %21, align 4, !dbg !93, !tbaa !82
  %39 = getelementptr inbounds [12 x [12 x i32]], ptr @next_hop, i64 0, i64 %19, i64 %29, !dbg !94
  store i32 %38, ptr %39, align 4, !dbg !95, !tbaa !82
  br label %40, !dbg !96

40:                                               ; preds = %37, %28
  %41 = add nuw nsw i64 %29, 1, !dbg !97
  call void @llvm.dbg.value(metadata i64 %41, metadata !59, metadata !DIExpression()), !dbg !66
  %42 = icmp eq i64 %41, 12, !dbg !98
  br i1 %42, label %25, label %28, !dbg !67, !llvm.loop !99

43:                                               ; preds = %45
  call void @llvm.dbg.value(metadata i64 %4, metadata !28, metadata !DIExpression()), !dbg !45
  %44 = icmp eq i64 %4, 12, !dbg !101
  br i1 %44, label %16, label %2, !dbg !46, !llvm.loop !102

45:                                               ; preds = %2, %45
  %46 = phi i64 [ 0, %2 ], [ %58, %45 ]
  call void @llvm.dbg.value(metadata i64 %46, metadata !30, metadata !DIExpression()), !dbg !48
  %47 = icmp eq i64 %3, %46, !dbg !104
  %48 = select i1 %47, i32 0, i32 1000000, !dbg !107
  %49 = getelementptr inbounds [12 x [12 x i32]], ptr %1, i64 0, i64 %3, i64 %46, !dbg !108
  %50 = icmp eq i64 %46, %14, !dbg !109
  %51 = select i1 %50, i32 5, i32 %48, !dbg !111
  %52 = icmp ne i64 %46, %15, !dbg !112
  %53 = select i1 %52, i1 true, i1 %47, !dbg !114
  %54 = select i1 %53, i32 %51, i32 %12, !dbg !114
  store i32 %54, ptr %49, align 4, !dbg !115, !tbaa !82
  %55 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 %3, i64 %46, !dbg !116
  store i32 %54, ptr %55, align 4, !dbg !117, !tbaa !82
  %56 = getelementptr inbounds [12 x [12 x i32]], ptr @next_hop, i64 0, i64 %3, i64 %46, !dbg !118
  %57 = trunc i64 %46 to i32, !dbg !119
  store i32 %57, ptr %56, align 4, !dbg !119, !tbaa !82
  %58 = add nuw nsw i64 %46, 1, !dbg !120
  call void @llvm.dbg.value(metadata i64 %58, metadata !30, metadata !DIExpression()), !dbg !48
  %59 = icmp eq i64 %58, 12, !dbg !121
  br i1 %59, label %43, label %45, !dbg !49, !llvm.loop !122

60:                                               ; preds = %22, %69
  %61 = phi i64 [ %70, %69 ], [ 0, %22 ]
  %62 = phi i32 [ %110, %69 ], [ 1, %22 ]
  call void @llvm.dbg.value(metadata i64 %61, metadata !34, metadata !DIExpression()), !dbg !124
  call void @llvm.dbg.value(metadata i32 %62, metadata !33, metadata !DIExpression()), !dbg !125
  call void @llvm.dbg.value(metadata i32 0, metadata !36, metadata !DIExpression()), !dbg !126
  call void @llvm.dbg.value(metadata i32 %62, metadata !33, metadata !DIExpression()), !dbg !125
  %63 = trunc i64 %61 to i32, !dbg !127
  br label %72, !dbg !127

64:                                               ; preds = %69
  %65 = load i32, ptr getelementptr inbounds ([12 x [12 x i32]], ptr @dist, i64 0, i64 0, i64 11), align 4, !dbg !128, !tbaa !82
  %66 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 12, i32 noundef 11, i32 noundef %65, i32 noundef %110), !dbg !129
  %67 = icmp eq i32 %110, 0, !dbg !130
  %68 = zext i1 %67 to i32, !dbg !130
  call void @llvm.lifetime.end.p0(i64 576, ptr nonnull %1) #5, !dbg !131
  ret i32 %68, !dbg !131

69:                                               ; preds = %98
  %70 = add nuw nsw i64 %61, 1, !dbg !132
  call void @llvm.dbg.value(metadata i64 %70, metadata !34, metadata !DIExpression()), !dbg !124
  call void @llvm.dbg.value(metadata i32 %110, metadata !33, metadata !DIExpression()), !dbg !125
  %71 = icmp eq i64 %70, 12, !dbg !133
  br i1 %71, label %64, label %60, !dbg !134, !llvm.loop !135

72:                                               ; preds = %60, %98
  %73 = phi i64 [ 0, %60 ], [ %99, %98 ]
  %74 = phi i32 [ %62, %60 ], [ %110, %98 ]
  call void @llvm.dbg.value(metadata i64 %73, metadata !36, metadata !DIExpression()), !dbg !126
  call void @llvm.dbg.value(metadata i32 %74, metadata !33, metadata !DIExpression()), !dbg !125
  %75 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 %61, i64 %73, !dbg !137
  %76 = load i32, ptr %75, align 4, !dbg !137, !tbaa !82
  %77 = icmp sgt i32 %76, 999999, !dbg !139
  br i1 %77, label %97, label %78, !dbg !140

78:                                               ; preds = %72
  call void @llvm.dbg.value(metadata i64 %61, metadata !141, metadata !DIExpression()), !dbg !154
  call void @llvm.dbg.value(metadata i64 %73, metadata !149, metadata !DIExpression()), !dbg !154
  call void @llvm.dbg.value(metadata ptr %1, metadata !150, metadata !DIExpression()), !dbg !154
  call void @llvm.dbg.value(metadata i32 0, metadata !151, metadata !DIExpression()), !dbg !154
  %79 = icmp eq i64 %61, %73, !dbg !156
  br i1 %79, label %92, label %80, !dbg !157

80:                                               ; preds = %78, %80
  %81 = phi i32 [ %85, %80 ], [ %63, %78 ]
  %82 = phi i32 [ %89, %80 ], [ 0, %78 ]
  call void @llvm.dbg.value(metadata i32 %81, metadata !141, metadata !DIExpression()), !dbg !154
  call void @llvm.dbg.value(metadata i32 %82, metadata !151, metadata !DIExpression()), !dbg !154
  %83 = sext i32 %81 to i64, !dbg !158
  %84 = getelementptr inbounds [12 x [12 x i32]], ptr @next_hop, i64 0, i64 %83, i64 %73, !dbg !158
  %85 = load i32, ptr %84, align 4, !dbg !158, !tbaa !82
  call void @llvm.dbg.value(metadata i32 %85, metadata !152, metadata !DIExpression()), !dbg !159
  %86 = sext i32 %85 to i64, !dbg !160
  %87 = getelementptr inbounds [12 x i32], ptr %1, i64 %83, i64 %86, !dbg !160
  %88 = load i32, ptr %87, align 4, !dbg !160, !tbaa !82
  %89 = add nsw i32 %88, %82, !dbg !161
  call void @llvm.dbg.value(metadata i32 %85, metadata !141, metadata !DIExpression()), !dbg !154
  call void @llvm.dbg.value(metadata i32 %89, metadata !151, metadata !DIExpression()), !dbg !154
  %90 = zext i32 %85 to i64, !dbg !156
  %91 = icmp eq i64 %73, %90, !dbg !156
  br i1 %91, label %92, label %80, !dbg !157, !llvm.loop !162

92:                                               ; preds = %80, %78
  %93 = phi i32 [ 0, %78 ], [ %89, %80 ], !dbg !154
  %94 = icmp eq i32 %93, %76, !dbg !164
  br i1 %94, label %95, label %97, !dbg !165

95:                                               ; preds = %97, %92
  %96 = phi i32 [ %74, %92 ], [ 0, %97 ]
  br label %101, !dbg !166

97:                                               ; preds = %92, %72
  call void @llvm.dbg.value(metadata i32 0, metadata !33, metadata !DIExpression()), !dbg !125
  br label %95, !dbg !167

98:                                               ; preds = %101
  %99 = add nuw nsw i64 %73, 1, !dbg !168
  call void @llvm.dbg.value(metadata i64 %99, metadata !36, metadata !DIExpression()), !dbg !126
  call void @llvm.dbg.value(metadata i32 %110, metadata !33, metadata !DIExpression()), !dbg !125
  %100 = icmp eq i64 %99, 12, !dbg !169
  br i1 %100, label %69, label %72, !dbg !127, !llvm.loop !170

101:                                              ; preds = %95, %101
  %102 = phi i64 [ %111, %101 ], [ 0, %95 ]
  %103 = phi i32 [ %110, %101 ], [ %96, %95 ]
  call void @llvm.dbg.value(metadata i64 %102, metadata !39, metadata !DIExpression()), !dbg !172
  call void @llvm.dbg.value(metadata i32 %103, metadata !33, metadata !DIExpression()), !dbg !125
  %104 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 %61, i64 %102, !dbg !173
  %105 = load i32, ptr %104, align 4, !dbg !173, !tbaa !82
  %106 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 %102, i64 %73, !dbg !176
  %107 = load i32, ptr %106, align 4, !dbg !176, !tbaa !82
  %108 = add nsw i32 %107, %105, !dbg !177
  %109 = icmp sgt i32 %76, %108, !dbg !178
  %110 = select i1 %109, i32 0, i32 %103, !dbg !179
  call void @llvm.dbg.value(metadata i32 %110, metadata !33, metadata !DIExpression()), !dbg !125
  %111 = add nuw nsw i64 %102, 1, !dbg !180
  call void @llvm.dbg.value(metadata i64 %111, metadata !39, metadata !DIExpression()), !dbg !172
  %112 = icmp eq i64 %111, 12, !dbg !181
  br i1 %112, label %98, label %101, !dbg !166, !llvm.loop !182
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.declare(metadata, metadata, metadata) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare !dbg !184 noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #4

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #5 = { nounwind }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!17, !18, !19, !20, !21, !22}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "dist", scope: !2, file: !3, line: 7, type: !13, isLocal: true, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "c/floyd_warshall.c", directory: ".", checksumkind: CSK_MD5, checksum: "b6359245281955bd0792445a8357038f")
!4 = !{!5, !0, !11}
!5 = !DIGlobalVariableExpression(var: !6, expr: !DIExpression())
!6 = distinct !DIGlobalVariable(scope: null, file: !3, line: 48, type: !7, isLocal: true, isDefinition: true)
!7 = !DICompositeType(tag: DW_TAG_array_type, baseType: !8, size: 336, elements: !9)
!8 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!9 = !{!10}
!10 = !DISubrange(count: 42)
!11 = !DIGlobalVariableExpression(var: !12, expr: !DIExpression())
!12 = distinct !DIGlobalVariable(name: "next_hop", scope: !2, file: !3, line: 7, type: !13, isLocal: true, isDefinition: true)
!13 = !DICompositeType(tag: DW_TAG_array_type, baseType: !14, size: 4608, elements: !15)
!14 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!15 = !{!16, !16}
!16 = !DISubrange(count: 12)
!17 = !{i32 7, !"Dwarf Version", i32 5}
!18 = !{i32 2, !"Debug Info Version", i32 3}
!19 = !{i32 1, !"wchar_size", i32 4}
!20 = !{i32 8, !"PIC Level", i32 2}
!21 = !{i32 7, !"PIE Level", i32 2}
!22 = !{i32 7, !"uwtable", i32 2}
!23 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 30, type: !24, scopeLine: 30, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !26)
!24 = !DISubroutineType(types: !25)
!25 = !{!14}
!26 = !{!27, !28, !30, !33, !34, !36, !39}
!27 = !DILocalVariable(name: "w", scope: !23, file: !3, line: 31, type: !13)
!28 = !DILocalVariable(name: "i", scope: !29, file: !3, line: 32, type: !14)
!29 = distinct !DILexicalBlock(scope: !23, file: !3, line: 32, column: 5)
!30 = !DILocalVariable(name: "j", scope: !31, file: !3, line: 33, type: !14)
!31 = distinct !DILexicalBlock(scope: !32, file: !3, line: 33, column: 9)
!32 = distinct !DILexicalBlock(scope: !29, file: !3, line: 32, column: 5)
!33 = !DILocalVariable(name: "ok", scope: !23, file: !3, line: 41, type: !14)
!34 = !DILocalVariable(name: "i", scope: !35, file: !3, line: 42, type: !14)
!35 = distinct !DILexicalBlock(scope: !23, file: !3, line: 42, column: 5)
!36 = !DILocalVariable(name: "j", scope: !37, file: !3, line: 43, type: !14)
!37 = distinct !DILexicalBlock(scope: !38, file: !3, line: 43, column: 9)
!38 = distinct !DILexicalBlock(scope: !35, file: !3, line: 42, column: 5)
!39 = !DILocalVariable(name: "k", scope: !40, file: !3, line: 45, type: !14)
!40 = distinct !DILexicalBlock(scope: !41, file: !3, line: 45, column: 13)
!41 = distinct !DILexicalBlock(scope: !42, file: !3, line: 43, column: 37)
!42 = distinct !DILexicalBlock(scope: !37, file: !3, line: 43, column: 9)
!43 = !DILocation(line: 31, column: 5, scope: !23)
!44 = !DILocation(line: 31, column: 9, scope: !23)
!45 = !DILocation(line: 0, scope: !29)
!46 = !DILocation(line: 32, column: 5, scope: !29)
!47 = !DILocation(line: 32, column: 29, scope: !32)
!48 = !DILocation(line: 0, scope: !31)
!49 = !DILocation(line: 33, column: 9, scope: !31)
!50 = !DILocalVariable(name: "k", scope: !51, file: !3, line: 10, type: !14)
!51 = distinct !DILexicalBlock(scope: !52, file: !3, line: 10, column: 5)
!52 = distinct !DISubprogram(name: "floyd_warshall", scope: !3, file: !3, line: 9, type: !53, scopeLine: 9, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !55)
!53 = !DISubroutineType(types: !54)
!54 = !{null}
!55 = !{!50, !56, !59}
!56 = !DILocalVariable(name: "i", scope: !57, file: !3, line: 11, type: !14)
!57 = distinct !DILexicalBlock(scope: !58, file: !3, line: 11, column: 9)
!58 = distinct !DILexicalBlock(scope: !51, file: !3, line: 10, column: 5)
!59 = !DILocalVariable(name: "j", scope: !60, file: !3, line: 12, type: !14)
!60 = distinct !DILexicalBlock(scope: !61, file: !3, line: 12, column: 13)
!61 = distinct !DILexicalBlock(scope: !57, file: !3, line: 11, column: 9)
!62 = !DILocation(line: 0, scope: !51, inlinedAt: !63)
!63 = distinct !DILocation(line: 40, column: 5, scope: !23)
!64 = !DILocation(line: 0, scope: !57, inlinedAt: !63)
!65 = !DILocation(line: 11, column: 9, scope: !57, inlinedAt: !63)
!66 = !DILocation(line: 0, scope: !60, inlinedAt: !63)
!67 = !DILocation(line: 12, column: 13, scope: !60, inlinedAt: !63)
!68 = !DILocation(line: 10, column: 29, scope: !58, inlinedAt: !63)
!69 = !DILocation(line: 10, column: 23, scope: !58, inlinedAt: !63)
!70 = !DILocation(line: 10, column: 5, scope: !51, inlinedAt: !63)
!71 = distinct !{!71, !70, !72, !73, !74}
!72 = !DILocation(line: 16, column: 17, scope: !51, inlinedAt: !63)
!73 = !{!"llvm.loop.mustprogress"}
!74 = !{!"llvm.loop.unroll.disable"}
!75 = !DILocation(line: 11, column: 33, scope: !61, inlinedAt: !63)
!76 = !DILocation(line: 11, column: 27, scope: !61, inlinedAt: !63)
!77 = distinct !{!77, !65, !78, !73, !74}
!78 = !DILocation(line: 16, column: 17, scope: !57, inlinedAt: !63)
!79 = !DILocation(line: 13, column: 21, scope: !80, inlinedAt: !63)
!80 = distinct !DILexicalBlock(scope: !81, file: !3, line: 13, column: 21)
!81 = distinct !DILexicalBlock(scope: !60, file: !3, line: 12, column: 13)
!82 = !{!83, !83, i64 0}
!83 = !{!"int", !84, i64 0}
!84 = !{!"omnipotent char", !85, i64 0}
!85 = !{!"Simple C/C++ TBAA"}
!86 = !DILocation(line: 13, column: 34, scope: !80, inlinedAt: !63)
!87 = !DILocation(line: 13, column: 32, scope: !80, inlinedAt: !63)
!88 = !DILocation(line: 13, column: 47, scope: !80, inlinedAt: !63)
!89 = !DILocation(line: 13, column: 45, scope: !80, inlinedAt: !63)
!90 = !DILocation(line: 13, column: 21, scope: !81, inlinedAt: !63)
!91 = !DILocation(line: 14, column: 32, scope: !92, inlinedAt: !63)
!92 = distinct !DILexicalBlock(scope: !80, file: !3, line: 13, column: 59)
!93 = !DILocation(line: 15, column: 38, scope: !92, inlinedAt: !63)
!94 = !DILocation(line: 15, column: 21, scope: !92, inlinedAt: !63)
!95 = !DILocation(line: 15, column: 36, scope: !92, inlinedAt: !63)
!96 = !DILocation(line: 16, column: 17, scope: !92, inlinedAt: !63)
!97 = !DILocation(line: 12, column: 37, scope: !81, inlinedAt: !63)
!98 = !DILocation(line: 12, column: 31, scope: !81, inlinedAt: !63)
!99 = distinct !{!99, !67, !100, !73, !74}
!100 = !DILocation(line: 16, column: 17, scope: !60, inlinedAt: !63)
!101 = !DILocation(line: 32, column: 23, scope: !32)
!102 = distinct !{!102, !46, !103, !73, !74}
!103 = !DILocation(line: 39, column: 9, scope: !29)
!104 = !DILocation(line: 34, column: 26, scope: !105)
!105 = distinct !DILexicalBlock(scope: !106, file: !3, line: 33, column: 37)
!106 = distinct !DILexicalBlock(scope: !31, file: !3, line: 33, column: 9)
!107 = !DILocation(line: 34, column: 23, scope: !105)
!108 = !DILocation(line: 34, column: 13, scope: !105)
!109 = !DILocation(line: 35, column: 19, scope: !110)
!110 = distinct !DILexicalBlock(scope: !105, file: !3, line: 35, column: 17)
!111 = !DILocation(line: 35, column: 17, scope: !105)
!112 = !DILocation(line: 36, column: 19, scope: !113)
!113 = distinct !DILexicalBlock(scope: !105, file: !3, line: 36, column: 17)
!114 = !DILocation(line: 36, column: 38, scope: !113)
!115 = !DILocation(line: 0, scope: !105)
!116 = !DILocation(line: 37, column: 13, scope: !105)
!117 = !DILocation(line: 37, column: 24, scope: !105)
!118 = !DILocation(line: 38, column: 13, scope: !105)
!119 = !DILocation(line: 38, column: 28, scope: !105)
!120 = !DILocation(line: 33, column: 33, scope: !106)
!121 = !DILocation(line: 33, column: 27, scope: !106)
!122 = distinct !{!122, !49, !123, !73, !74}
!123 = !DILocation(line: 39, column: 9, scope: !31)
!124 = !DILocation(line: 0, scope: !35)
!125 = !DILocation(line: 0, scope: !23)
!126 = !DILocation(line: 0, scope: !37)
!127 = !DILocation(line: 43, column: 9, scope: !37)
!128 = !DILocation(line: 48, column: 68, scope: !23)
!129 = !DILocation(line: 48, column: 5, scope: !23)
!130 = !DILocation(line: 49, column: 12, scope: !23)
!131 = !DILocation(line: 50, column: 1, scope: !23)
!132 = !DILocation(line: 42, column: 29, scope: !38)
!133 = !DILocation(line: 42, column: 23, scope: !38)
!134 = !DILocation(line: 42, column: 5, scope: !35)
!135 = distinct !{!135, !134, !136, !73, !74}
!136 = !DILocation(line: 47, column: 9, scope: !35)
!137 = !DILocation(line: 44, column: 17, scope: !138)
!138 = distinct !DILexicalBlock(scope: !41, file: !3, line: 44, column: 17)
!139 = !DILocation(line: 44, column: 28, scope: !138)
!140 = !DILocation(line: 44, column: 35, scope: !138)
!141 = !DILocalVariable(name: "u", arg: 1, scope: !142, file: !3, line: 20, type: !14)
!142 = distinct !DISubprogram(name: "path_weight", scope: !3, file: !3, line: 20, type: !143, scopeLine: 20, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !148)
!143 = !DISubroutineType(types: !144)
!144 = !{!14, !14, !14, !145}
!145 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !146, size: 64)
!146 = !DICompositeType(tag: DW_TAG_array_type, baseType: !14, size: 384, elements: !147)
!147 = !{!16}
!148 = !{!141, !149, !150, !151, !152}
!149 = !DILocalVariable(name: "v", arg: 2, scope: !142, file: !3, line: 20, type: !14)
!150 = !DILocalVariable(name: "w", arg: 3, scope: !142, file: !3, line: 20, type: !145)
!151 = !DILocalVariable(name: "total", scope: !142, file: !3, line: 21, type: !14)
!152 = !DILocalVariable(name: "n", scope: !153, file: !3, line: 23, type: !14)
!153 = distinct !DILexicalBlock(scope: !142, file: !3, line: 22, column: 20)
!154 = !DILocation(line: 0, scope: !142, inlinedAt: !155)
!155 = distinct !DILocation(line: 44, column: 38, scope: !138)
!156 = !DILocation(line: 22, column: 14, scope: !142, inlinedAt: !155)
!157 = !DILocation(line: 22, column: 5, scope: !142, inlinedAt: !155)
!158 = !DILocation(line: 23, column: 17, scope: !153, inlinedAt: !155)
!159 = !DILocation(line: 0, scope: !153, inlinedAt: !155)
!160 = !DILocation(line: 24, column: 18, scope: !153, inlinedAt: !155)
!161 = !DILocation(line: 24, column: 15, scope: !153, inlinedAt: !155)
!162 = distinct !{!162, !157, !163, !73, !74}
!163 = !DILocation(line: 26, column: 5, scope: !142, inlinedAt: !155)
!164 = !DILocation(line: 44, column: 59, scope: !138)
!165 = !DILocation(line: 44, column: 17, scope: !41)
!166 = !DILocation(line: 45, column: 13, scope: !40)
!167 = !DILocation(line: 44, column: 74, scope: !138)
!168 = !DILocation(line: 43, column: 33, scope: !42)
!169 = !DILocation(line: 43, column: 27, scope: !42)
!170 = distinct !{!170, !127, !171, !73, !74}
!171 = !DILocation(line: 47, column: 9, scope: !37)
!172 = !DILocation(line: 0, scope: !40)
!173 = !DILocation(line: 46, column: 34, scope: !174)
!174 = distinct !DILexicalBlock(scope: !175, file: !3, line: 46, column: 21)
!175 = distinct !DILexicalBlock(scope: !40, file: !3, line: 45, column: 13)
!176 = !DILocation(line: 46, column: 47, scope: !174)
!177 = !DILocation(line: 46, column: 45, scope: !174)
!178 = !DILocation(line: 46, column: 32, scope: !174)
!179 = !DILocation(line: 46, column: 21, scope: !175)
!180 = !DILocation(line: 45, column: 37, scope: !175)
!181 = !DILocation(line: 45, column: 31, scope: !175)
!182 = distinct !{!182, !166, !183, !73, !74}
!183 = !DILocation(line: 46, column: 64, scope: !40)
!184 = !DISubprogram(name: "printf", scope: !185, file: !185, line: 356, type: !186, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !191)
!185 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!186 = !DISubroutineType(types: !187)
!187 = !{!14, !188, null}
!188 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !189)
!189 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !190, size: 64)
!190 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !8)
!191 = !{}
