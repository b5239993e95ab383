; ModuleID = 'c/quicksort.c'
source_filename = "c/quicksort.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@values = internal unnamed_addr global [2000 x i32] zeroinitializer, align 16, !dbg !0
@.str = private unnamed_addr constant [40 x i8] c"quicksort n=%d min=%d max=%d sorted=%d\0A\00", align 1, !dbg !5

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 !dbg !21 {
  call void @llvm.dbg.value(metadata i64 0, metadata !25, metadata !DIExpression()), !dbg !33
  call void @llvm.dbg.value(metadata i64 0, metadata !27, metadata !DIExpression()), !dbg !33
  call void @llvm.dbg.value(metadata i32 0, metadata !28, metadata !DIExpression()), !dbg !34
  br label %2, !dbg !35

1:                                                ; preds = %2
  tail call fastcc void @quicksort(i32 noundef 0, i32 noundef 1999), !dbg !36
  call void @llvm.dbg.value(metadata i32 1, metadata !30, metadata !DIExpression()), !dbg !33
  call void @llvm.dbg.value(metadata i32 0, metadata !31, metadata !DIExpression()), !dbg !37
  call void @llvm.dbg.value(metadata i64 0, metadata !27, metadata !DIExpression()), !dbg !33
  br label %22, !dbg !38

2:                                                ; preds = %0, %2
  %3 = phi i64 [ 0, %0 ], [ %12, %2 ]
  %4 = phi i64 [ 0, %0 ], [ %11, %2 ]
  call void @llvm.dbg.value(metadata i64 %3, metadata !28, metadata !DIExpression()), !dbg !34
  call void @llvm.dbg.value(metadata i64 %4, metadata !25, metadata !DIExpression()), !dbg !33
  %5 = trunc i64 %3 to i32, !dbg !39
  %6 = mul i32 %5, 7919, !dbg !39
  %7 = urem i32 %6, 1009, !dbg !39
  %8 = add nsw i32 %7, -500, !dbg !42
  %9 = getelementptr inbounds [2000 x i32], ptr @values, i64 0, i64 %3, !dbg !43
  store i32 %8, ptr %9, align 4, !dbg !44, !tbaa !45
  %10 = sext i32 %8 to i64, !dbg !49
  %11 = add nsw i64 %4, %10, !dbg !50
  call void @llvm.dbg.value(metadata i64 %11, metadata !25, metadata !DIExpression()), !dbg !33
  %12 = add nuw nsw i64 %3, 1, !dbg !51
  call void @llvm.dbg.value(metadata i64 %12, metadata !28, metadata !DIExpression()), !dbg !34
  %13 = icmp eq i64 %12, 2000, !dbg !52
  br i1 %13, label %1, label %2, !dbg !35, !llvm.loop !53

14:                                               ; preds = %38
  %15 = load i32, ptr @values, align 16, !dbg !57, !tbaa !45
  %16 = load i32, ptr getelementptr inbounds ([2000 x i32], ptr @values, i64 0, i64 1999), align 4, !dbg !58, !tbaa !45
  %17 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 2000, i32 noundef %15, i32 noundef %16, i32 noundef %39), !dbg !59
  %18 = icmp eq i32 %39, 0, !dbg !60
  %19 = icmp ne i64 %11, %29, !dbg !61
  %20 = select i1 %18, i1 true, i1 %19, !dbg !60
  %21 = zext i1 %20 to i32, !dbg !60
  ret i32 %21, !dbg !62

22:                                               ; preds = %1, %38
  %23 = phi i64 [ 0, %1 ], [ %40, %38 ]
  %24 = phi i32 [ 1, %1 ], [ %39, %38 ]
  %25 = phi i64 [ 0, %1 ], [ %29, %38 ]
  call void @llvm.dbg.value(metadata i64 %23, metadata !31, metadata !DIExpression()), !dbg !37
  call void @llvm.dbg.value(metadata i32 %24, metadata !30, metadata !DIExpression()), !dbg !33
  call void @llvm.dbg.value(metadata i64 %25, metadata !27, metadata !DIExpression()), !dbg !33
  %26 = getelementptr inbounds [2000 x i32], ptr @values, i64 0, i64 %23, !dbg !63
  %27 = load i32, ptr %26, align 4, !dbg !63, !tbaa !45
  %28 = sext i32 %27 to i64, !dbg !63
  %29 = add nsw i64 %25, %28, !dbg !66
  call void @llvm.dbg.value(metadata i64 %29, metadata !27, metadata !DIExpression()), !dbg !33
  %30 = icmp eq i64 %23, 0, !dbg !67
  br i1 %30, label %38, label %31, !dbg !69

31:                                               ; preds = %22
  %32 = add nuw i64 %23, 4294967295
  %33 = and i64 %32, 4294967295
  %34 = getelementptr inbounds [2000 x i32], ptr @values, i64 0, i64 %33, !dbg !70
  %35 = load i32, ptr %34, align 4, !dbg !70, !tbaa !45
  %36 = icmp sgt i32 %35, %27, !dbg !71
  %37 = select i1 %36, i32 0, i32 %24, !dbg !72
  br label %38, !dbg !72

38:                                               ; preds = %31, %22
  %39 = phi i32 [ %24, %22 ], [ %37, %31 ], !dbg !33
  call void @llvm.dbg.value(metadata i32 %39, metadata !30, metadata !DIExpression()), !dbg !33
  %40 = add nuw nsw i64 %23, 1, !dbg !73
  call void @llvm.dbg.value(metadata i64 %40, metadata !31, metadata !DIExpression()), !dbg !37
  call void @llvm.dbg.value(metadata i64 %29, metadata !27, metadata !DIExpression()), !dbg !33
  %41 = icmp eq i64 %40, 2000, !dbg !74
  br i1 %41, label %14, label %22, !dbg !38, !llvm.loop !75
}

; Function Attrs: nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) uwtable
define internal fastcc void @quicksort(i32 noundef %0, i32 noundef %1) unnamed_addr #1 !dbg !77 {
  br label %3, !dbg !86

3:                                                ; preds = %47, %2
  %4 = phi i32 [ %0, %2 ], [ %53, %47 ]
  call void @llvm.dbg.value(metadata ptr @values, metadata !82, metadata !DIExpression()), !dbg !87
  call void @llvm.dbg.value(metadata i32 %4, metadata !83, metadata !DIExpression()), !dbg !87
  call void @llvm.dbg.value(metadata i32 %1, metadata !84, metadata !DIExpression()), !dbg !87
  %5 = icmp sgt i32 %1, %4, !dbg !88
  br i1 %5, label %6, label %54, !dbg !90

6:                                                ; preds = %3
  call void @llvm.dbg.value(metadata ptr @values, metadata !91, metadata !DIExpression()), !dbg !103
  call void @llvm.dbg.value(metadata i32 %4, metadata !96, metadata !DIExpression()), !dbg !103
  call void @llvm.dbg.value(metadata i32 %1, metadata !97, metadata !DIExpression()), !dbg !103
  %7 = sub nsw i32 %1, %4, !dbg !105
  %8 = sdiv i32 %7, 2, !dbg !106
  %9 = add nsw i32 %8, %4, !dbg !107
  call void @llvm.dbg.value(metadata i32 %9, metadata !98, metadata !DIExpression()), !dbg !103
  %10 = sext i32 %9 to i64, !dbg !108
  %11 = getelementptr inbounds i32, ptr @values, i64 %10, !dbg !108
  %12 = load i32, ptr %11, align 4, !dbg !108, !tbaa !45
  %13 = sext i32 %4 to i64, !dbg !110
  %14 = getelementptr inbounds i32, ptr @values, i64 %13, !dbg !110
  %15 = load i32, ptr %14, align 4, !dbg !110, !tbaa !45
  %16 = icmp slt i32 %12, %15, !dbg !111
  br i1 %16, label %17, label %18, !dbg !112

17:                                               ; preds = %6
  call void @llvm.dbg.value(metadata ptr %11, metadata !113, metadata !DIExpression()), !dbg !120
  call void @llvm.dbg.value(metadata ptr %14, metadata !118, metadata !DIExpression()), !dbg !120
  call void @llvm.dbg.value(metadata i32 %12, metadata !119, metadata !DIExpression()), !dbg !120
  store i32 %15, ptr %11, align 4, !dbg !122, !tbaa !45
  store i32 %12, ptr %14, align 4, !dbg !123, !tbaa !45
  br label %18, !dbg !124

18:                                               ; preds = %17, %6
  %19 = sext i32 %1 to i64, !dbg !125
  %20 = getelementptr inbounds i32, ptr @values, i64 %19, !dbg !125
  %21 = load i32, ptr %20, align 4, !dbg !125, !tbaa !45
  %22 = load i32, ptr %14, align 4, !dbg !127, !tbaa !45
  %23 = icmp slt i32 %21, %22, !dbg !128
  br i1 %23, label %24, label %25, !dbg !129

24:                                               ; preds = %18
  call void @llvm.dbg.value(metadata ptr %20, metadata !113, metadata !DIExpression()), !dbg !130
  call void @llvm.dbg.value(metadata ptr %14, metadata !118, metadata !DIExpression()), !dbg !130
  call void @llvm.dbg.value(metadata i32 %21, metadata !119, metadata !DIExpression()), !dbg !130
  store i32 %22, ptr %20, align 4, !dbg !132, !tbaa !45
  store i32 %21, ptr %14, align 4, !dbg !133, !tbaa !45
  br label %25, !dbg !134

25:                                               ; preds = %24, %18
  %26 = load i32, ptr %11, align 4, !dbg !135, !tbaa !45
  %27 = load i32, ptr %20, align 4, !dbg !137, !tbaa !45
  %28 = icmp slt i32 %26, %27, !dbg !138
  br i1 %28, label %29, label %30, !dbg !139

29:                                               ; preds = %25
  call void @llvm.dbg.value(metadata ptr %11, metadata !113, metadata !DIExpression()), !dbg !140
  call void @llvm.dbg.value(metadata ptr %20, metadata !118, metadata !DIExpression()), !dbg !140
  call void @llvm.dbg.value(metadata i32 %26, metadata !119, metadata !DIExpression()), !dbg !140
  store i32 %27, ptr %11, align 4, !dbg !142, !tbaa !45
  store i32 %26, ptr %20, align 4, !dbg !143, !tbaa !45
  br label %30, !dbg !144

30:                                               ; preds = %29, %25
  %31 = load i32, ptr %20, align 4, !dbg !145, !tbaa !45
  call void @llvm.dbg.value(metadata i32 %31, metadata !99, metadata !DIExpression()), !dbg !103
  call void @llvm.dbg.value(metadata i32 %4, metadata !100, metadata !DIExpression()), !dbg !103
  call void @llvm.dbg.value(metadata i32 %4, metadata !101, metadata !DIExpression()), !dbg !146
  br label %32, !dbg !147

32:                                               ; preds = %43, %30
  %33 = phi i64 [ %13, %30 ], [ %45, %43 ]
  %34 = phi i32 [ %4, %30 ], [ %44, %43 ]
  call void @llvm.dbg.value(metadata i64 %33, metadata !101, metadata !DIExpression()), !dbg !146
  call void @llvm.dbg.value(metadata i32 %34, metadata !100, metadata !DIExpression()), !dbg !103
  %35 = getelementptr inbounds i32, ptr @values, i64 %33, !dbg !148
  %36 = load i32, ptr %35, align 4, !dbg !148, !tbaa !45
  %37 = icmp slt i32 %36, %31, !dbg !151
  br i1 %37, label %38, label %43, !dbg !152

38:                                               ; preds = %32
  %39 = add nsw i32 %34, 1, !dbg !153
  call void @llvm.dbg.value(metadata i32 %39, metadata !100, metadata !DIExpression()), !dbg !103
  %40 = sext i32 %34 to i64, !dbg !154
  %41 = getelementptr inbounds i32, ptr @values, i64 %40, !dbg !154
  call void @llvm.dbg.value(metadata ptr %41, metadata !113, metadata !DIExpression()), !dbg !155
  call void @llvm.dbg.value(metadata ptr %35, metadata !118, metadata !DIExpression()), !dbg !155
  %42 = load i32, ptr %41, align 4, !dbg !157, !tbaa !45
  call void @llvm.dbg.value(metadata i32 %42, metadata !119, metadata !DIExpression()), !dbg !155
  store i32 %36, ptr %41, align 4, !dbg !158, !tbaa !45
  store i32 %42, ptr %35, align 4, !dbg !159, !tbaa !45
  br label %43, !dbg !160

43:                                               ; preds = %38, %32
  %44 = phi i32 [ %39, %38 ], [ %34, %32 ], !dbg !103
  call void @llvm.dbg.value(metadata i32 %44, metadata !100, metadata !DIExpression()), !dbg !103
  %45 = add nsw i64 %33, 1, !dbg !161
  call void @llvm.dbg.value(metadata i64 %45, metadata !101, metadata !DIExpression()), !dbg !146
  %46 = icmp eq i64 %45, %19, !dbg !162
  br i1 %46, label %47, label %32, !dbg !147, !llvm.loop !163

47:                                               ; preds = %43
  %48 = sext i32 %44 to i64, !dbg !165
  %49 = getelementptr inbounds i32, ptr @values, i64 %48, !dbg !165
  call void @llvm.dbg.value(metadata ptr %49, metadata !113, metadata !DIExpression()), !dbg !166
  call void @llvm.dbg.value(metadata ptr %20, metadata !118, metadata !DIExpression()), !dbg !166
  %50 = load i32, ptr %49, align 4, !dbg !168, !tbaa !45
  call void @llvm.dbg.value(metadata i32 %50, metadata !119, metadata !DIExpression()), !dbg !166
  %51 = load i32, ptr %20, align 4, !dbg !169, !tbaa !45
  store i32 %51, ptr %49, align 4, !dbg !170, !tbaa !45
  store i32 %50, ptr %20, align 4, !dbg !171, !tbaa !45
  call void @llvm.dbg.value(metadata i32 %44, metadata !85, metadata !DIExpression()), !dbg !87
  %52 = add nsw i32 %44, -1, !dbg !172
  tail call fastcc void @quicksort(i32 noundef %4, i32 noundef %52), !dbg !173
  %53 = add nsw i32 %44, 1, !dbg !174
  br label %3, !dbg !86

54:                                               ; preds = %3
  ret void, !dbg !175
}

; Function Attrs: nofree nounwind
declare !dbg !176 noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #3

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!15, !16, !17, !18, !19, !20}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "values", scope: !2, file: !3, line: 6, type: !11, isLocal: true, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "c/quicksort.c", directory: ".", checksumkind: CSK_MD5, checksum: "b1911000bbc9ee78895edfbad6444908")
!4 = !{!5, !0}
!5 = !DIGlobalVariableExpression(var: !6, expr: !DIExpression())
!6 = distinct !DIGlobalVariable(scope: null, file: !3, line: 47, type: !7, isLocal: true, isDefinition: true)
!7 = !DICompositeType(tag: DW_TAG_array_type, baseType: !8, size: 320, elements: !9)
!8 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!9 = !{!10}
!10 = !DISubrange(count: 40)
!11 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 64000, elements: !13)
!12 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!13 = !{!14}
!14 = !DISubrange(count: 2000)
!15 = !{i32 7, !"Dwarf Version", i32 5}
!16 = !{i32 2, !"Debug Info Version", i32 3}
!17 = !{i32 1, !"wchar_size", i32 4}
!18 = !{i32 8, !"PIC Level", i32 2}
!19 = !{i32 7, !"PIE Level", i32 2}
!20 = !{i32 7, !"uwtable", i32 2}
!21 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 35, type: !22, scopeLine: 35, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !24)
!22 = !DISubroutineType(types: !23)
!23 = !{!12}
!24 = !{!25, !27, !28, !30, !31}
!25 = !DILocalVariable(name: "before", scope: !21, file: !3, line: 36, type: !26)
!26 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!27 = !DILocalVariable(name: "after", scope: !21, file: !3, line: 36, type: !26)
!28 = !DILocalVariable(name: "i", scope: !29, file: !3, line: 37, type: !12)
!29 = distinct !DILexicalBlock(scope: !21, file: !3, line: 37, column: 5)
!30 = !DILocalVariable(name: "sorted", scope: !21, file: !3, line: 42, type: !12)
!31 = !DILocalVariable(name: "i", scope: !32, file: !3, line: 43, type: !12)
!32 = distinct !DILexicalBlock(scope: !21, file: !3, line: 43, column: 5)
!33 = !DILocation(line: 0, scope: !21)
!34 = !DILocation(line: 0, scope: !29)
!35 = !DILocation(line: 37, column: 5, scope: !29)
!36 = !DILocation(line: 41, column: 5, scope: !21)
!37 = !DILocation(line: 0, scope: !32)
!38 = !DILocation(line: 43, column: 5, scope: !32)
!39 = !DILocation(line: 38, column: 32, scope: !40)
!40 = distinct !DILexicalBlock(scope: !41, file: !3, line: 37, column: 33)
!41 = distinct !DILexicalBlock(scope: !29, file: !3, line: 37, column: 5)
!42 = !DILocation(line: 38, column: 39, scope: !40)
!43 = !DILocation(line: 38, column: 9, scope: !40)
!44 = !DILocation(line: 38, column: 19, scope: !40)
!45 = !{!46, !46, i64 0}
!46 = !{!"int", !47, i64 0}
!47 = !{!"omnipotent char", !48, i64 0}
!48 = !{!"Simple C/C++ TBAA"}
!49 = !DILocation(line: 39, column: 19, scope: !40)
!50 = !DILocation(line: 39, column: 16, scope: !40)
!51 = !DILocation(line: 37, column: 29, scope: !41)
!52 = !DILocation(line: 37, column: 23, scope: !41)
!53 = distinct !{!53, !35, !54, !55, !56}
!54 = !DILocation(line: 40, column: 5, scope: !29)
!55 = !{!"llvm.loop.mustprogress"}
!56 = !{!"llvm.loop.unroll.disable"}
!57 = !DILocation(line: 47, column: 59, scope: !21)
!58 = !DILocation(line: 47, column: 70, scope: !21)
!59 = !DILocation(line: 47, column: 5, scope: !21)
!60 = !DILocation(line: 48, column: 12, scope: !21)
!61 = !DILocation(line: 48, column: 19, scope: !21)
!62 = !DILocation(line: 48, column: 5, scope: !21)
!63 = !DILocation(line: 44, column: 18, scope: !64)
!64 = distinct !DILexicalBlock(scope: !65, file: !3, line: 43, column: 33)
!65 = distinct !DILexicalBlock(scope: !32, file: !3, line: 43, column: 5)
!66 = !DILocation(line: 44, column: 15, scope: !64)
!67 = !DILocation(line: 45, column: 15, scope: !68)
!68 = distinct !DILexicalBlock(scope: !64, file: !3, line: 45, column: 13)
!69 = !DILocation(line: 45, column: 19, scope: !68)
!70 = !DILocation(line: 45, column: 22, scope: !68)
!71 = !DILocation(line: 45, column: 36, scope: !68)
!72 = !DILocation(line: 45, column: 13, scope: !64)
!73 = !DILocation(line: 43, column: 29, scope: !65)
!74 = !DILocation(line: 43, column: 23, scope: !65)
!75 = distinct !{!75, !38, !76, !55, !56}
!76 = !DILocation(line: 46, column: 5, scope: !32)
!77 = distinct !DISubprogram(name: "quicksort", scope: !3, file: !3, line: 28, type: !78, scopeLine: 28, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !81)
!78 = !DISubroutineType(cc: DW_CC_nocall, types: !79)
!79 = !{null, !80, !12, !12}
!80 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !12, size: 64)
!81 = !{!82, !83, !84, !85}
!82 = !DILocalVariable(name: "a", arg: 1, scope: !77, file: !3, line: 28, type: !80)
!83 = !DILocalVariable(name: "lo", arg: 2, scope: !77, file: !3, line: 28, type: !12)
!84 = !DILocalVariable(name: "hi", arg: 3, scope: !77, file: !3, line: 28, type: !12)
!85 = !DILocalVariable(name: "p", scope: !77, file: !3, line: 30, type: !12)
!86 = !DILocation(line: 32, column: 5, scope: !77)
!87 = !DILocation(line: 0, scope: !77)
!88 = !DILocation(line: 29, column: 12, scope: !89)
!89 = distinct !DILexicalBlock(scope: !77, file: !3, line: 29, column: 9)
!90 = !DILocation(line: 29, column: 9, scope: !77)
!91 = !DILocalVariable(name: "a", arg: 1, scope: !92, file: !3, line: 14, type: !80)
!92 = distinct !DISubprogram(name: "partition", scope: !3, file: !3, line: 14, type: !93, scopeLine: 14, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !95)
!93 = !DISubroutineType(types: !94)
!94 = !{!12, !80, !12, !12}
!95 = !{!91, !96, !97, !98, !99, !100, !101}
!96 = !DILocalVariable(name: "lo", arg: 2, scope: !92, file: !3, line: 14, type: !12)
!97 = !DILocalVariable(name: "hi", arg: 3, scope: !92, file: !3, line: 14, type: !12)
!98 = !DILocalVariable(name: "mid", scope: !92, file: !3, line: 15, type: !12)
!99 = !DILocalVariable(name: "pivot", scope: !92, file: !3, line: 20, type: !12)
!100 = !DILocalVariable(name: "i", scope: !92, file: !3, line: 21, type: !12)
!101 = !DILocalVariable(name: "j", scope: !102, file: !3, line: 22, type: !12)
!102 = distinct !DILexicalBlock(scope: !92, file: !3, line: 22, column: 5)
!103 = !DILocation(line: 0, scope: !92, inlinedAt: !104)
!104 = distinct !DILocation(line: 30, column: 13, scope: !77)
!105 = !DILocation(line: 15, column: 24, scope: !92, inlinedAt: !104)
!106 = !DILocation(line: 15, column: 30, scope: !92, inlinedAt: !104)
!107 = !DILocation(line: 15, column: 18, scope: !92, inlinedAt: !104)
!108 = !DILocation(line: 17, column: 9, scope: !109, inlinedAt: !104)
!109 = distinct !DILexicalBlock(scope: !92, file: !3, line: 17, column: 9)
!110 = !DILocation(line: 17, column: 18, scope: !109, inlinedAt: !104)
!111 = !DILocation(line: 17, column: 16, scope: !109, inlinedAt: !104)
!112 = !DILocation(line: 17, column: 9, scope: !92, inlinedAt: !104)
!113 = !DILocalVariable(name: "a", arg: 1, scope: !114, file: !3, line: 8, type: !80)
!114 = distinct !DISubprogram(name: "swap", scope: !3, file: !3, line: 8, type: !115, scopeLine: 8, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !117)
!115 = !DISubroutineType(types: !116)
!116 = !{null, !80, !80}
!117 = !{!113, !118, !119}
!118 = !DILocalVariable(name: "b", arg: 2, scope: !114, file: !3, line: 8, type: !80)
!119 = !DILocalVariable(name: "t", scope: !114, file: !3, line: 9, type: !12)
!120 = !DILocation(line: 0, scope: !114, inlinedAt: !121)
!121 = distinct !DILocation(line: 17, column: 25, scope: !109, inlinedAt: !104)
!122 = !DILocation(line: 10, column: 8, scope: !114, inlinedAt: !121)
!123 = !DILocation(line: 11, column: 8, scope: !114, inlinedAt: !121)
!124 = !DILocation(line: 17, column: 25, scope: !109, inlinedAt: !104)
!125 = !DILocation(line: 18, column: 9, scope: !126, inlinedAt: !104)
!126 = distinct !DILexicalBlock(scope: !92, file: !3, line: 18, column: 9)
!127 = !DILocation(line: 18, column: 17, scope: !126, inlinedAt: !104)
!128 = !DILocation(line: 18, column: 15, scope: !126, inlinedAt: !104)
!129 = !DILocation(line: 18, column: 9, scope: !92, inlinedAt: !104)
!130 = !DILocation(line: 0, scope: !114, inlinedAt: !131)
!131 = distinct !DILocation(line: 18, column: 24, scope: !126, inlinedAt: !104)
!132 = !DILocation(line: 10, column: 8, scope: !114, inlinedAt: !131)
!133 = !DILocation(line: 11, column: 8, scope: !114, inlinedAt: !131)
!134 = !DILocation(line: 18, column: 24, scope: !126, inlinedAt: !104)
!135 = !DILocation(line: 19, column: 9, scope: !136, inlinedAt: !104)
!136 = distinct !DILexicalBlock(scope: !92, file: !3, line: 19, column: 9)
!137 = !DILocation(line: 19, column: 18, scope: !136, inlinedAt: !104)
!138 = !DILocation(line: 19, column: 16, scope: !136, inlinedAt: !104)
!139 = !DILocation(line: 19, column: 9, scope: !92, inlinedAt: !104)
!140 = !DILocation(line: 0, scope: !114, inlinedAt: !141)
!141 = distinct !DILocation(line: 19, column: 25, scope: !136, inlinedAt: !104)
!142 = !DILocation(line: 10, column: 8, scope: !114, inlinedAt: !141)
!143 = !DILocation(line: 11, column: 8, scope: !114, inlinedAt: !141)
!144 = !DILocation(line: 19, column: 25, scope: !136, inlinedAt: !104)
!145 = !DILocation(line: 20, column: 17, scope: !92, inlinedAt: !104)
!146 = !DILocation(line: 0, scope: !102, inlinedAt: !104)
!147 = !DILocation(line: 22, column: 5, scope: !102, inlinedAt: !104)
!148 = !DILocation(line: 23, column: 13, scope: !149, inlinedAt: !104)
!149 = distinct !DILexicalBlock(scope: !150, file: !3, line: 23, column: 13)
!150 = distinct !DILexicalBlock(scope: !102, file: !3, line: 22, column: 5)
!151 = !DILocation(line: 23, column: 18, scope: !149, inlinedAt: !104)
!152 = !DILocation(line: 23, column: 13, scope: !150, inlinedAt: !104)
!153 = !DILocation(line: 23, column: 36, scope: !149, inlinedAt: !104)
!154 = !DILocation(line: 23, column: 33, scope: !149, inlinedAt: !104)
!155 = !DILocation(line: 0, scope: !114, inlinedAt: !156)
!156 = distinct !DILocation(line: 23, column: 27, scope: !149, inlinedAt: !104)
!157 = !DILocation(line: 9, column: 13, scope: !114, inlinedAt: !156)
!158 = !DILocation(line: 10, column: 8, scope: !114, inlinedAt: !156)
!159 = !DILocation(line: 11, column: 8, scope: !114, inlinedAt: !156)
!160 = !DILocation(line: 23, column: 27, scope: !149, inlinedAt: !104)
!161 = !DILocation(line: 22, column: 31, scope: !150, inlinedAt: !104)
!162 = !DILocation(line: 22, column: 24, scope: !150, inlinedAt: !104)
!163 = distinct !{!163, !147, !164, !55, !56}
!164 = !DILocation(line: 23, column: 46, scope: !102, inlinedAt: !104)
!165 = !DILocation(line: 24, column: 11, scope: !92, inlinedAt: !104)
!166 = !DILocation(line: 0, scope: !114, inlinedAt: !167)
!167 = distinct !DILocation(line: 24, column: 5, scope: !92, inlinedAt: !104)
!168 = !DILocation(line: 9, column: 13, scope: !114, inlinedAt: !167)
!169 = !DILocation(line: 10, column: 10, scope: !114, inlinedAt: !167)
!170 = !DILocation(line: 10, column: 8, scope: !114, inlinedAt: !167)
!171 = !DILocation(line: 11, column: 8, scope: !114, inlinedAt: !167)
!172 = !DILocation(line: 31, column: 24, scope: !77)
!173 = !DILocation(line: 31, column: 5, scope: !77)
!174 = !DILocation(line: 32, column: 20, scope: !77)
!175 = !DILocation(line: 33, column: 1, scope: !77)
!176 = !DISubprogram(name: "printf", scope: !177, file: !177, line: 356, type: !178, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !183)
!177 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!178 = !DISubroutineType(types: !179)
!179 = !{!12, !180, null}
!180 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !181)
!181 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !182, size: 64)
!182 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !8)
!183 = !{}
