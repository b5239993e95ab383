; ModuleID = 'c/radix_sort.c'
source_filename = "c/radix_sort.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [42 x i8] c"radix_sort n=%zu min=%u max=%u sorted=%d\0A\00", align 1, !dbg !0

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 !dbg !15 {
  %1 = alloca [257 x i64], align 16
  call void @llvm.dbg.value(metadata i64 5000, metadata !20, metadata !DIExpression()), !dbg !41
  %2 = tail call noalias dereferenceable_or_null(20000) ptr @malloc(i64 noundef 20000) #8, !dbg !42
  call void @llvm.dbg.value(metadata ptr %2, metadata !25, metadata !DIExpression()), !dbg !41
  %3 = tail call noalias dereferenceable_or_null(20000) ptr @malloc(i64 noundef 20000) #8, !dbg !43
  call void @llvm.dbg.value(metadata ptr %3, metadata !32, metadata !DIExpression()), !dbg !41
  %4 = icmp ne ptr %2, null, !dbg !44
  %5 = icmp ne ptr %3, null
  %6 = and i1 %4, %5, !dbg !46
  br i1 %6, label %50, label %91, !dbg !46

7:                                                ; preds = %50, %34
  %8 = phi ptr [ %10, %34 ], [ %2, %50 ]
  %9 = phi i32 [ %35, %34 ], [ 0, %50 ]
  %10 = phi ptr [ %8, %34 ], [ %3, %50 ]
  call void @llvm.dbg.value(metadata ptr %8, metadata !47, metadata !DIExpression()), !dbg !69
  call void @llvm.dbg.value(metadata i32 %9, metadata !54, metadata !DIExpression()), !dbg !71
  call void @llvm.dbg.value(metadata ptr %10, metadata !52, metadata !DIExpression()), !dbg !69
  call void @llvm.lifetime.start.p0(i64 2056, ptr nonnull %1) #9, !dbg !72
  call void @llvm.dbg.declare(metadata ptr %1, metadata !56, metadata !DIExpression()), !dbg !73
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(2056) %1, i8 0, i64 2056, i1 false), !dbg !73
  call void @llvm.dbg.value(metadata i64 0, metadata !62, metadata !DIExpression()), !dbg !74
  br label %11, !dbg !75

11:                                               ; preds = %11, %7
  %12 = phi i64 [ 0, %7 ], [ %22, %11 ]
  call void @llvm.dbg.value(metadata i64 %12, metadata !62, metadata !DIExpression()), !dbg !74
  %13 = getelementptr inbounds i32, ptr %8, i64 %12, !dbg !76
  %14 = load i32, ptr %13, align 4, !dbg !76, !tbaa !78
  %15 = lshr i32 %14, %9, !dbg !82
  %16 = and i32 %15, 255, !dbg !83
  %17 = add nuw nsw i32 %16, 1, !dbg !84
  %18 = zext i32 %17 to i64, !dbg !85
  %19 = getelementptr inbounds [257 x i64], ptr %1, i64 0, i64 %18, !dbg !85
  %20 = load i64, ptr %19, align 8, !dbg !86, !tbaa !87
  %21 = add i64 %20, 1, !dbg !86
  store i64 %21, ptr %19, align 8, !dbg !86, !tbaa !87
  %22 = add nuw nsw i64 %12, 1, !dbg !89
  call void @llvm.dbg.value(metadata i64 %22, metadata !62, metadata !DIExpression()), !dbg !74
  %23 = icmp eq i64 %22, 5000, !dbg !90
  br i1 %23, label %24, label %11, !dbg !75, !llvm.loop !91

24:                                               ; preds = %11
  %25 = load i64, ptr %1, align 16
  br label %26, !dbg !95

26:                                               ; preds = %24, %26
  %27 = phi i64 [ %25, %24 ], [ %32, %26 ]
  %28 = phi i64 [ 0, %24 ], [ %29, %26 ]
  call void @llvm.dbg.value(metadata i64 %28, metadata !64, metadata !DIExpression()), !dbg !96
  %29 = add nuw nsw i64 %28, 1, !dbg !97
  %30 = getelementptr inbounds [257 x i64], ptr %1, i64 0, i64 %29, !dbg !99
  %31 = load i64, ptr %30, align 8, !dbg !100, !tbaa !87
  %32 = add i64 %31, %27, !dbg !100
  store i64 %32, ptr %30, align 8, !dbg !100, !tbaa !87
  call void @llvm.dbg.value(metadata i64 %29, metadata !64, metadata !DIExpression()), !dbg !96
  %33 = icmp eq i64 %29, 256, !dbg !101
  br i1 %33, label %37, label %26, !dbg !95, !llvm.loop !102

34:                                               ; preds = %37
  call void @llvm.dbg.value(metadata ptr %8, metadata !68, metadata !DIExpression()), !dbg !104
  call void @llvm.dbg.value(metadata ptr %10, metadata !47, metadata !DIExpression()), !dbg !69
  call void @llvm.dbg.value(metadata ptr %8, metadata !52, metadata !DIExpression()), !dbg !69
  call void @llvm.lifetime.end.p0(i64 2056, ptr nonnull %1) #9, !dbg !105
  %35 = add nuw nsw i32 %9, 8, !dbg !106
  call void @llvm.dbg.value(metadata i32 %35, metadata !54, metadata !DIExpression()), !dbg !71
  %36 = icmp ult i32 %9, 24, !dbg !107
  br i1 %36, label %7, label %73, !dbg !108, !llvm.loop !109

37:                                               ; preds = %26, %37
  %38 = phi i64 [ %48, %37 ], [ 0, %26 ]
  call void @llvm.dbg.value(metadata i64 %38, metadata !66, metadata !DIExpression()), !dbg !111
  %39 = getelementptr inbounds i32, ptr %8, i64 %38, !dbg !112
  %40 = load i32, ptr %39, align 4, !dbg !112, !tbaa !78
  %41 = lshr i32 %40, %9, !dbg !114
  %42 = and i32 %41, 255, !dbg !115
  %43 = zext i32 %42 to i64, !dbg !116
  %44 = getelementptr inbounds [257 x i64], ptr %1, i64 0, i64 %43, !dbg !116
  %45 = load i64, ptr %44, align 8, !dbg !117, !tbaa !87
  %46 = add i64 %45, 1, !dbg !117
  store i64 %46, ptr %44, align 8, !dbg !117, !tbaa !87
  %47 = getelementptr inbounds i32, ptr %10, i64 %45, !dbg !118
  store i32 %40, ptr %47, align 4, !dbg !119, !tbaa !78
  %48 = add nuw nsw i64 %38, 1, !dbg !120
  call void @llvm.dbg.value(metadata i64 %48, metadata !66, metadata !DIExpression()), !dbg !111
  %49 = icmp eq i64 %48, 5000, !dbg !121
  br i1 %49, label %34, label %37, !dbg !122, !llvm.loop !123

50:                                               ; preds = %0, %50
  %51 = phi i64 [ %62, %50 ], [ 0, %0 ]
  %52 = phi i32 [ %61, %50 ], [ 0, %0 ]
  %53 = phi i32 [ %59, %50 ], [ -1831433054, %0 ]
  call void @llvm.dbg.value(metadata i64 %51, metadata !36, metadata !DIExpression()), !dbg !125
  call void @llvm.dbg.value(metadata i32 %52, metadata !34, metadata !DIExpression()), !dbg !41
  call void @llvm.dbg.value(metadata i32 %53, metadata !33, metadata !DIExpression()), !dbg !41
  %54 = shl i32 %53, 13, !dbg !126
  %55 = xor i32 %54, %53, !dbg !129
  call void @llvm.dbg.value(metadata i32 %55, metadata !33, metadata !DIExpression()), !dbg !41
  %56 = lshr i32 %55, 17, !dbg !130
  %57 = xor i32 %56, %55, !dbg !131
  call void @llvm.dbg.value(metadata i32 %57, metadata !33, metadata !DIExpression()), !dbg !41
  %58 = shl i32 %57, 5, !dbg !132
  %59 = xor i32 %58, %57, !dbg !133
  call void @llvm.dbg.value(metadata i32 %59, metadata !33, metadata !DIExpression()), !dbg !41
  %60 = getelementptr inbounds i32, ptr %2, i64 %51, !dbg !134
  store i32 %59, ptr %60, align 4, !dbg !135, !tbaa !78
  %61 = xor i32 %59, %52, !dbg !136
  call void @llvm.dbg.value(metadata i32 %61, metadata !34, metadata !DIExpression()), !dbg !41
  %62 = add nuw nsw i64 %51, 1, !dbg !137
  call void @llvm.dbg.value(metadata i64 %62, metadata !36, metadata !DIExpression()), !dbg !125
  %63 = icmp eq i64 %62, 5000, !dbg !138
  br i1 %63, label %7, label %50, !dbg !139, !llvm.loop !140

64:                                               ; preds = %87
  %65 = load i32, ptr %2, align 4, !dbg !142, !tbaa !78
  %66 = getelementptr inbounds i32, ptr %2, i64 4999, !dbg !143
  %67 = load i32, ptr %66, align 4, !dbg !143, !tbaa !78
  %68 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i64 noundef 5000, i32 noundef %65, i32 noundef %67, i32 noundef %88), !dbg !144
  tail call void @free(ptr noundef %2) #9, !dbg !145
  tail call void @free(ptr noundef %3) #9, !dbg !146
  %69 = icmp eq i32 %88, 0, !dbg !147
  %70 = icmp ne i32 %61, %79, !dbg !148
  %71 = select i1 %69, i1 true, i1 %70, !dbg !147
  %72 = zext i1 %71 to i32, !dbg !147
  br label %91

73:                                               ; preds = %34, %87
  %74 = phi i64 [ %89, %87 ], [ 0, %34 ]
  %75 = phi i32 [ %88, %87 ], [ 1, %34 ]
  %76 = phi i32 [ %79, %87 ], [ 0, %34 ]
  call void @llvm.dbg.value(metadata i64 %74, metadata !39, metadata !DIExpression()), !dbg !149
  call void @llvm.dbg.value(metadata i32 %75, metadata !38, metadata !DIExpression()), !dbg !41
  call void @llvm.dbg.value(metadata i32 %76, metadata !35, metadata !DIExpression()), !dbg !41
  %77 = getelementptr inbounds i32, ptr %2, i64 %74, !dbg !150
  %78 = load i32, ptr %77, align 4, !dbg !150, !tbaa !78
  %79 = xor i32 %78, %76, !dbg !153
  call void @llvm.dbg.value(metadata i32 %79, metadata !35, metadata !DIExpression()), !dbg !41
  %80 = icmp eq i64 %74, 0, !dbg !154
  br i1 %80, label %87, label %81, !dbg !156

81:                                               ; preds = %73
  %82 = add nsw i64 %74, -1, !dbg !157
  %83 = getelementptr inbounds i32, ptr %2, i64 %82, !dbg !158
  %84 = load i32, ptr %83, align 4, !dbg !158, !tbaa !78
  %85 = icmp ugt i32 %84, %78, !dbg !159
  %86 = select i1 %85, i32 0, i32 %75, !dbg !160
  br label %87, !dbg !160

87:                                               ; preds = %81, %73
  %88 = phi i32 [ %75, %73 ], [ %86, %81 ], !dbg !41
  call void @llvm.dbg.value(metadata i32 %88, metadata !38, metadata !DIExpression()), !dbg !41
  %89 = add nuw nsw i64 %74, 1, !dbg !161
  call void @llvm.dbg.value(metadata i64 %89, metadata !39, metadata !DIExpression()), !dbg !149
  call void @llvm.dbg.value(metadata i32 %79, metadata !35, metadata !DIExpression()), !dbg !41
  %90 = icmp eq i64 %89, 5000, !dbg !162
  br i1 %90, label %64, label %73, !dbg !163, !llvm.loop !164

91:                                               ; preds = %0, %64
  %92 = phi i32 [ %72, %64 ], [ 2, %0 ], !dbg !41
  ret i32 %92, !dbg !166
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.declare(metadata, metadata, metadata) #2

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare !dbg !167 noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare !dbg !173 noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #4

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare !dbg !180 void @free(ptr allocptr nocapture noundef) local_unnamed_addr #5

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #6

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #7

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #7 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #8 = { nounwind allocsize(0) }
attributes #9 = { nounwind }

!llvm.dbg.cu = !{!7}
!llvm.module.flags = !{!9, !10, !11, !12, !13, !14}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 41, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "c/radix_sort.c", directory: ".", checksumkind: CSK_MD5, checksum: "0fdbd21330edda9d0479b218db98c2f3")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 336, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 42)
!7 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !8, splitDebugInlining: false, nameTableKind: None)
!8 = !{!0}
!9 = !{i32 7, !"Dwarf Version", i32 5}
!10 = !{i32 2, !"Debug Info Version", i32 3}
!11 = !{i32 1, !"wchar_size", i32 4}
!12 = !{i32 8, !"PIC Level", i32 2}
!13 = !{i32 7, !"PIE Level", i32 2}
!14 = !{i32 7, !"uwtable", i32 2}
!15 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 22, type: !16, scopeLine: 22, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !19)
!16 = !DISubroutineType(types: !17)
!17 = !{!18}
!18 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!19 = !{!20, !25, !32, !33, !34, !35, !36, !38, !39}
!20 = !DILocalVariable(name: "n", scope: !15, file: !2, line: 23, type: !21)
!21 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !22)
!22 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !23, line: 46, baseType: !24)
!23 = !DIFile(filename: "/usr/lib/llvm-16/lib/clang/16/include/stddef.h", directory: "", checksumkind: CSK_MD5, checksum: "f95079da609b0e8f201cb8136304bf3b")
!24 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!25 = !DILocalVariable(name: "keys", scope: !15, file: !2, line: 24, type: !26)
!26 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !27, size: 64)
!27 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !28, line: 26, baseType: !29)
!28 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!29 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !30, line: 42, baseType: !31)
!30 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!31 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!32 = !DILocalVariable(name: "tmp", scope: !15, file: !2, line: 25, type: !26)
!33 = !DILocalVariable(name: "x", scope: !15, file: !2, line: 27, type: !27)
!34 = !DILocalVariable(name: "xor_before", scope: !15, file: !2, line: 27, type: !27)
!35 = !DILocalVariable(name: "xor_after", scope: !15, file: !2, line: 27, type: !27)
!36 = !DILocalVariable(name: "i", scope: !37, file: !2, line: 28, type: !22)
!37 = distinct !DILexicalBlock(scope: !15, file: !2, line: 28, column: 5)
!38 = !DILocalVariable(name: "sorted", scope: !15, file: !2, line: 36, type: !18)
!39 = !DILocalVariable(name: "i", scope: !40, file: !2, line: 37, type: !22)
!40 = distinct !DILexicalBlock(scope: !15, file: !2, line: 37, column: 5)
!41 = !DILocation(line: 0, scope: !15)
!42 = !DILocation(line: 24, column: 22, scope: !15)
!43 = !DILocation(line: 25, column: 21, scope: !15)
!44 = !DILocation(line: 26, column: 10, scope: !45)
!45 = distinct !DILexicalBlock(scope: !15, file: !2, line: 26, column: 9)
!46 = !DILocation(line: 26, column: 15, scope: !45)
!47 = !DILocalVariable(name: "keys", arg: 1, scope: !48, file: !2, line: 6, type: !26)
!48 = distinct !DISubprogram(name: "radix_sort", scope: !2, file: !2, line: 6, type: !49, scopeLine: 6, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !51)
!49 = !DISubroutineType(types: !50)
!50 = !{null, !26, !26, !22}
!51 = !{!47, !52, !53, !54, !56, !62, !64, !66, !68}
!52 = !DILocalVariable(name: "tmp", arg: 2, scope: !48, file: !2, line: 6, type: !26)
!53 = !DILocalVariable(name: "n", arg: 3, scope: !48, file: !2, line: 6, type: !22)
!54 = !DILocalVariable(name: "shift", scope: !55, file: !2, line: 7, type: !18)
!55 = distinct !DILexicalBlock(scope: !48, file: !2, line: 7, column: 5)
!56 = !DILocalVariable(name: "count", scope: !57, file: !2, line: 8, type: !59)
!57 = distinct !DILexicalBlock(scope: !58, file: !2, line: 7, column: 49)
!58 = distinct !DILexicalBlock(scope: !55, file: !2, line: 7, column: 5)
!59 = !DICompositeType(tag: DW_TAG_array_type, baseType: !22, size: 16448, elements: !60)
!60 = !{!61}
!61 = !DISubrange(count: 257)
!62 = !DILocalVariable(name: "i", scope: !63, file: !2, line: 9, type: !22)
!63 = distinct !DILexicalBlock(scope: !57, file: !2, line: 9, column: 9)
!64 = !DILocalVariable(name: "d", scope: !65, file: !2, line: 11, type: !18)
!65 = distinct !DILexicalBlock(scope: !57, file: !2, line: 11, column: 9)
!66 = !DILocalVariable(name: "i", scope: !67, file: !2, line: 13, type: !22)
!67 = distinct !DILexicalBlock(scope: !57, file: !2, line: 13, column: 9)
!68 = !DILocalVariable(name: "swap", scope: !57, file: !2, line: 15, type: !26)
!69 = !DILocation(line: 0, scope: !48, inlinedAt: !70)
!70 = distinct !DILocation(line: 35, column: 5, scope: !15)
!71 = !DILocation(line: 0, scope: !55, inlinedAt: !70)
!72 = !DILocation(line: 8, column: 9, scope: !57, inlinedAt: !70)
!73 = !DILocation(line: 8, column: 16, scope: !57, inlinedAt: !70)
!74 = !DILocation(line: 0, scope: !63, inlinedAt: !70)
!75 = !DILocation(line: 9, column: 9, scope: !63, inlinedAt: !70)
!76 = !DILocation(line: 10, column: 21, scope: !77, inlinedAt: !70)
!77 = distinct !DILexicalBlock(scope: !63, file: !2, line: 9, column: 9)
!78 = !{!79, !79, i64 0}
!79 = !{!"int", !80, i64 0}
!80 = !{!"omnipotent char", !81, i64 0}
!81 = !{!"Simple C/C++ TBAA"}
!82 = !DILocation(line: 10, column: 29, scope: !77, inlinedAt: !70)
!83 = !DILocation(line: 10, column: 39, scope: !77, inlinedAt: !70)
!84 = !DILocation(line: 10, column: 48, scope: !77, inlinedAt: !70)
!85 = !DILocation(line: 10, column: 13, scope: !77, inlinedAt: !70)
!86 = !DILocation(line: 10, column: 52, scope: !77, inlinedAt: !70)
!87 = !{!88, !88, i64 0}
!88 = !{!"long", !80, i64 0}
!89 = !DILocation(line: 9, column: 36, scope: !77, inlinedAt: !70)
!90 = !DILocation(line: 9, column: 30, scope: !77, inlinedAt: !70)
!91 = distinct !{!91, !75, !92, !93, !94}
!92 = !DILocation(line: 10, column: 52, scope: !63, inlinedAt: !70)
!93 = !{!"llvm.loop.mustprogress"}
!94 = !{!"llvm.loop.unroll.disable"}
!95 = !DILocation(line: 11, column: 9, scope: !65, inlinedAt: !70)
!96 = !DILocation(line: 0, scope: !65, inlinedAt: !70)
!97 = !DILocation(line: 12, column: 21, scope: !98, inlinedAt: !70)
!98 = distinct !DILexicalBlock(scope: !65, file: !2, line: 11, column: 9)
!99 = !DILocation(line: 12, column: 13, scope: !98, inlinedAt: !70)
!100 = !DILocation(line: 12, column: 26, scope: !98, inlinedAt: !70)
!101 = !DILocation(line: 11, column: 27, scope: !98, inlinedAt: !70)
!102 = distinct !{!102, !95, !103, !93, !94}
!103 = !DILocation(line: 12, column: 36, scope: !65, inlinedAt: !70)
!104 = !DILocation(line: 0, scope: !57, inlinedAt: !70)
!105 = !DILocation(line: 18, column: 5, scope: !58, inlinedAt: !70)
!106 = !DILocation(line: 7, column: 43, scope: !58, inlinedAt: !70)
!107 = !DILocation(line: 7, column: 31, scope: !58, inlinedAt: !70)
!108 = !DILocation(line: 7, column: 5, scope: !55, inlinedAt: !70)
!109 = distinct !{!109, !108, !110, !93, !94}
!110 = !DILocation(line: 18, column: 5, scope: !55, inlinedAt: !70)
!111 = !DILocation(line: 0, scope: !67, inlinedAt: !70)
!112 = !DILocation(line: 14, column: 56, scope: !113, inlinedAt: !70)
!113 = distinct !DILexicalBlock(scope: !67, file: !2, line: 13, column: 9)
!114 = !DILocation(line: 14, column: 32, scope: !113, inlinedAt: !70)
!115 = !DILocation(line: 14, column: 42, scope: !113, inlinedAt: !70)
!116 = !DILocation(line: 14, column: 17, scope: !113, inlinedAt: !70)
!117 = !DILocation(line: 14, column: 50, scope: !113, inlinedAt: !70)
!118 = !DILocation(line: 14, column: 13, scope: !113, inlinedAt: !70)
!119 = !DILocation(line: 14, column: 54, scope: !113, inlinedAt: !70)
!120 = !DILocation(line: 13, column: 36, scope: !113, inlinedAt: !70)
!121 = !DILocation(line: 13, column: 30, scope: !113, inlinedAt: !70)
!122 = !DILocation(line: 13, column: 9, scope: !67, inlinedAt: !70)
!123 = distinct !{!123, !122, !124, !93, !94}
!124 = !DILocation(line: 14, column: 62, scope: !67, inlinedAt: !70)
!125 = !DILocation(line: 0, scope: !37)
!126 = !DILocation(line: 29, column: 16, scope: !127)
!127 = distinct !DILexicalBlock(scope: !128, file: !2, line: 28, column: 36)
!128 = distinct !DILexicalBlock(scope: !37, file: !2, line: 28, column: 5)
!129 = !DILocation(line: 29, column: 11, scope: !127)
!130 = !DILocation(line: 30, column: 16, scope: !127)
!131 = !DILocation(line: 30, column: 11, scope: !127)
!132 = !DILocation(line: 31, column: 16, scope: !127)
!133 = !DILocation(line: 31, column: 11, scope: !127)
!134 = !DILocation(line: 32, column: 9, scope: !127)
!135 = !DILocation(line: 32, column: 17, scope: !127)
!136 = !DILocation(line: 33, column: 20, scope: !127)
!137 = !DILocation(line: 28, column: 32, scope: !128)
!138 = !DILocation(line: 28, column: 26, scope: !128)
!139 = !DILocation(line: 28, column: 5, scope: !37)
!140 = distinct !{!140, !139, !141, !93, !94}
!141 = !DILocation(line: 34, column: 5, scope: !37)
!142 = !DILocation(line: 41, column: 61, scope: !15)
!143 = !DILocation(line: 41, column: 70, scope: !15)
!144 = !DILocation(line: 41, column: 5, scope: !15)
!145 = !DILocation(line: 42, column: 5, scope: !15)
!146 = !DILocation(line: 43, column: 5, scope: !15)
!147 = !DILocation(line: 44, column: 12, scope: !15)
!148 = !DILocation(line: 44, column: 19, scope: !15)
!149 = !DILocation(line: 0, scope: !40)
!150 = !DILocation(line: 38, column: 22, scope: !151)
!151 = distinct !DILexicalBlock(scope: !152, file: !2, line: 37, column: 36)
!152 = distinct !DILexicalBlock(scope: !40, file: !2, line: 37, column: 5)
!153 = !DILocation(line: 38, column: 19, scope: !151)
!154 = !DILocation(line: 39, column: 15, scope: !155)
!155 = distinct !DILexicalBlock(scope: !151, file: !2, line: 39, column: 13)
!156 = !DILocation(line: 39, column: 19, scope: !155)
!157 = !DILocation(line: 39, column: 29, scope: !155)
!158 = !DILocation(line: 39, column: 22, scope: !155)
!159 = !DILocation(line: 39, column: 34, scope: !155)
!160 = !DILocation(line: 39, column: 13, scope: !151)
!161 = !DILocation(line: 37, column: 32, scope: !152)
!162 = !DILocation(line: 37, column: 26, scope: !152)
!163 = !DILocation(line: 37, column: 5, scope: !40)
!164 = distinct !{!164, !163, !165, !93, !94}
!165 = !DILocation(line: 40, column: 5, scope: !40)
!166 = !DILocation(line: 45, column: 1, scope: !15)
!167 = !DISubprogram(name: "malloc", scope: !168, file: !168, line: 553, type: !169, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !172)
!168 = !DIFile(filename: "/usr/include/stdlib.h", directory: "", checksumkind: CSK_MD5, checksum: "4b47dc81a92f1fe77a152c0aac236718")
!169 = !DISubroutineType(types: !170)
!170 = !{!171, !22}
!171 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!172 = !{}
!173 = !DISubprogram(name: "printf", scope: !174, file: !174, line: 356, type: !175, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !172)
!174 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!175 = !DISubroutineType(types: !176)
!176 = !{!18, !177, null}
!177 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !178)
!178 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !179, size: 64)
!179 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !4)
!180 = !DISubprogram(name: "free", scope: !168, file: !168, line: 568, type: !181, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !172)
!181 = !DISubroutineType(types: !182)
!182 = !{null, !171}
