; ModuleID = 'c/rle.c'
source_filename = "c/rle.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [45 x i8] c"rle input=%zu encoded=%zu decoded=%zu ok=%d\0A\00", align 1, !dbg !0

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 !dbg !20 {
  %1 = alloca [2048 x i8], align 16
  %2 = alloca [4096 x i8], align 16
  %3 = alloca [2048 x i8], align 16
  call void @llvm.lifetime.start.p0(i64 2048, ptr nonnull %1) #7, !dbg !43
  call void @llvm.dbg.declare(metadata ptr %1, metadata !25, metadata !DIExpression()), !dbg !44
  call void @llvm.lifetime.start.p0(i64 4096, ptr nonnull %2) #7, !dbg !43
  call void @llvm.dbg.declare(metadata ptr %2, metadata !29, metadata !DIExpression()), !dbg !45
  call void @llvm.lifetime.start.p0(i64 2048, ptr nonnull %3) #7, !dbg !43
  call void @llvm.dbg.declare(metadata ptr %3, metadata !33, metadata !DIExpression()), !dbg !46
  call void @llvm.dbg.value(metadata i64 0, metadata !34, metadata !DIExpression()), !dbg !47
  call void @llvm.dbg.value(metadata i32 0, metadata !35, metadata !DIExpression()), !dbg !48
  br label %56, !dbg !49

4:                                                ; preds = %65
  call void @llvm.dbg.value(metadata ptr %1, metadata !50, metadata !DIExpression()), !dbg !67
  call void @llvm.dbg.value(metadata i64 %71, metadata !58, metadata !DIExpression()), !dbg !67
  call void @llvm.dbg.value(metadata ptr %2, metadata !59, metadata !DIExpression()), !dbg !67
  call void @llvm.dbg.value(metadata i64 0, metadata !60, metadata !DIExpression()), !dbg !67
  call void @llvm.dbg.value(metadata i64 0, metadata !61, metadata !DIExpression()), !dbg !69
  %5 = icmp eq i64 %71, 0, !dbg !70
  br i1 %5, label %36, label %6, !dbg !71

6:                                                ; preds = %4, %27
  %7 = phi i64 [ %33, %27 ], [ 0, %4 ]
  %8 = phi i64 [ %29, %27 ], [ 0, %4 ]
  call void @llvm.dbg.value(metadata i64 %7, metadata !60, metadata !DIExpression()), !dbg !67
  call void @llvm.dbg.value(metadata i64 %8, metadata !61, metadata !DIExpression()), !dbg !69
  %9 = getelementptr inbounds i8, ptr %1, i64 %8, !dbg !72
  %10 = load i8, ptr %9, align 1, !dbg !72, !tbaa !73
  call void @llvm.dbg.value(metadata i8 %10, metadata !63, metadata !DIExpression()), !dbg !76
  call void @llvm.dbg.value(metadata i64 1, metadata !66, metadata !DIExpression()), !dbg !76
  %11 = add i64 %8, 1, !dbg !77
  %12 = icmp ult i64 %11, %71, !dbg !78
  br i1 %12, label %13, label %27, !dbg !79

13:                                               ; preds = %6
  %14 = sub i64 %71, %8, !dbg !80
  br label %15, !dbg !80

15:                                               ; preds = %23, %13
  %16 = phi i64 [ %25, %23 ], [ %11, %13 ]
  %17 = phi i64 [ %24, %23 ], [ 1, %13 ]
  call void @llvm.dbg.value(metadata i64 %17, metadata !66, metadata !DIExpression()), !dbg !76
  %18 = getelementptr inbounds i8, ptr %1, i64 %16, !dbg !81
  %19 = load i8, ptr %18, align 1, !dbg !81, !tbaa !73
  %20 = icmp eq i8 %19, %10, !dbg !82
  %21 = icmp ult i64 %17, 255
  %22 = select i1 %20, i1 %21, i1 false, !dbg !83
  br i1 %22, label %23, label %27, !dbg !83

23:                                               ; preds = %15
  %24 = add nuw nsw i64 %17, 1, !dbg !84
  call void @llvm.dbg.value(metadata i64 %24, metadata !66, metadata !DIExpression()), !dbg !76
  %25 = add i64 %24, %8, !dbg !77
  %26 = icmp eq i64 %24, %14, !dbg !78
  br i1 %26, label %27, label %15, !dbg !79, !llvm.loop !85

27:                                               ; preds = %23, %15, %6
  %28 = phi i64 [ 1, %6 ], [ %14, %23 ], [ %17, %15 ], !dbg !76
  %29 = phi i64 [ %11, %6 ], [ %71, %23 ], [ %16, %15 ], !dbg !77
  %30 = trunc i64 %28 to i8, !dbg !88
  %31 = or i64 %7, 1, !dbg !89
  call void @llvm.dbg.value(metadata i64 %31, metadata !60, metadata !DIExpression()), !dbg !67
  %32 = getelementptr inbounds i8, ptr %2, i64 %7, !dbg !90
  store i8 %30, ptr %32, align 2, !dbg !91, !tbaa !73
  %33 = add i64 %7, 2, !dbg !92
  call void @llvm.dbg.value(metadata i64 %33, metadata !60, metadata !DIExpression()), !dbg !67
  %34 = getelementptr inbounds i8, ptr %2, i64 %31, !dbg !93
  store i8 %10, ptr %34, align 1, !dbg !94, !tbaa !73
  call void @llvm.dbg.value(metadata i64 %29, metadata !61, metadata !DIExpression()), !dbg !69
  %35 = icmp ult i64 %29, %71, !dbg !70
  br i1 %35, label %6, label %36, !dbg !71, !llvm.loop !95

36:                                               ; preds = %27, %4
  %37 = phi i64 [ 0, %4 ], [ %33, %27 ], !dbg !67
  call void @llvm.dbg.value(metadata i64 %37, metadata !40, metadata !DIExpression()), !dbg !47
  call void @llvm.dbg.value(metadata ptr %2, metadata !97, metadata !DIExpression()), !dbg !105
  call void @llvm.dbg.value(metadata i64 %37, metadata !100, metadata !DIExpression()), !dbg !105
  call void @llvm.dbg.value(metadata ptr %3, metadata !101, metadata !DIExpression()), !dbg !105
  call void @llvm.dbg.value(metadata i64 0, metadata !102, metadata !DIExpression()), !dbg !105
  call void @llvm.dbg.value(metadata i64 0, metadata !103, metadata !DIExpression()), !dbg !107
  %38 = icmp ugt i64 %37, 1, !dbg !108
  br i1 %38, label %39, label %53, !dbg !110

39:                                               ; preds = %36, %39
  %40 = phi i64 [ %51, %39 ], [ 1, %36 ]
  %41 = phi i64 [ %50, %39 ], [ 0, %36 ]
  %42 = phi i64 [ %49, %39 ], [ 0, %36 ]
  call void @llvm.dbg.value(metadata i64 %41, metadata !103, metadata !DIExpression()), !dbg !107
  call void @llvm.dbg.value(metadata i64 %42, metadata !102, metadata !DIExpression()), !dbg !105
  %43 = getelementptr inbounds i8, ptr %3, i64 %42, !dbg !111
  %44 = getelementptr inbounds i8, ptr %2, i64 %40, !dbg !113
  %45 = load i8, ptr %44, align 1, !dbg !113, !tbaa !73
  %46 = getelementptr inbounds i8, ptr %2, i64 %41, !dbg !114
  %47 = load i8, ptr %46, align 2, !dbg !114, !tbaa !73
  %48 = zext i8 %47 to i64, !dbg !114
  call void @llvm.memset.p0.i64(ptr nonnull align 1 %43, i8 %45, i64 %48, i1 false), !dbg !115
  %49 = add i64 %42, %48, !dbg !116
  call void @llvm.dbg.value(metadata i64 %49, metadata !102, metadata !DIExpression()), !dbg !105
  %50 = add nuw i64 %41, 2, !dbg !117
  call void @llvm.dbg.value(metadata i64 %50, metadata !103, metadata !DIExpression()), !dbg !107
  %51 = or i64 %50, 1, !dbg !118
  %52 = icmp ult i64 %51, %37, !dbg !108
  br i1 %52, label %39, label %53, !dbg !110, !llvm.loop !119

53:                                               ; preds = %39, %36
  %54 = phi i64 [ 0, %36 ], [ %49, %39 ], !dbg !105
  call void @llvm.dbg.value(metadata i64 %54, metadata !41, metadata !DIExpression()), !dbg !47
  %55 = icmp eq i64 %54, %71, !dbg !121
  br i1 %55, label %75, label %78, !dbg !122

56:                                               ; preds = %0, %65
  %57 = phi i64 [ 0, %0 ], [ %71, %65 ]
  %58 = phi i32 [ 0, %0 ], [ %72, %65 ]
  call void @llvm.dbg.value(metadata i64 %57, metadata !34, metadata !DIExpression()), !dbg !47
  call void @llvm.dbg.value(metadata i32 %58, metadata !35, metadata !DIExpression()), !dbg !48
  %59 = icmp eq i32 %58, 3, !dbg !123
  br i1 %59, label %65, label %60, !dbg !124

60:                                               ; preds = %56
  %61 = mul nsw i32 %58, 13, !dbg !125
  %62 = urem i32 %61, 40, !dbg !126
  %63 = add nuw nsw i32 %62, 1, !dbg !127
  %64 = zext i32 %63 to i64, !dbg !128
  br label %65, !dbg !124

65:                                               ; preds = %56, %60
  %66 = phi i64 [ %64, %60 ], [ 300, %56 ], !dbg !124
  call void @llvm.dbg.value(metadata i64 %66, metadata !37, metadata !DIExpression()), !dbg !129
  %67 = getelementptr inbounds i8, ptr %1, i64 %57, !dbg !130
  %68 = urem i32 %58, 26, !dbg !131
  %69 = trunc i32 %68 to i8, !dbg !132
  %70 = add nuw i8 %69, 97, !dbg !132
  call void @llvm.memset.p0.i64(ptr nonnull align 1 %67, i8 %70, i64 %66, i1 false), !dbg !132
  %71 = add i64 %66, %57, !dbg !133
  call void @llvm.dbg.value(metadata i64 %71, metadata !34, metadata !DIExpression()), !dbg !47
  %72 = add nuw nsw i32 %58, 1, !dbg !134
  call void @llvm.dbg.value(metadata i32 %72, metadata !35, metadata !DIExpression()), !dbg !48
  %73 = add i64 %71, 300, !dbg !135
  %74 = icmp ult i64 %73, 2048, !dbg !136
  br i1 %74, label %56, label %4, !dbg !49, !llvm.loop !137

75:                                               ; preds = %53
  %76 = call i32 @bcmp(ptr nonnull %1, ptr nonnull %3, i64 %71), !dbg !139
  %77 = icmp eq i32 %76, 0, !dbg !140
  br label %78

78:                                               ; preds = %75, %53
  %79 = phi i1 [ false, %53 ], [ %77, %75 ], !dbg !47
  %80 = zext i1 %79 to i32, !dbg !122
  call void @llvm.dbg.value(metadata i32 %80, metadata !42, metadata !DIExpression()), !dbg !47
  %81 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i64 noundef %71, i64 noundef %37, i64 noundef %54, i32 noundef %80), !dbg !141
  %82 = icmp uge i64 %37, %71, !dbg !142
  %83 = xor i1 %79, true, !dbg !142
  %84 = select i1 %83, i1 true, i1 %82, !dbg !142
  %85 = zext i1 %84 to i32, !dbg !143
  call void @llvm.lifetime.end.p0(i64 2048, ptr nonnull %3) #7, !dbg !144
  call void @llvm.lifetime.end.p0(i64 4096, ptr nonnull %2) #7, !dbg !144
  call void @llvm.lifetime.end.p0(i64 2048, ptr nonnull %1) #7, !dbg !144
  ret i32 %85, !dbg !145
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.declare(metadata, metadata, metadata) #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare !dbg !146 noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #4

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #5

; Function Attrs: nofree nounwind willreturn memory(argmem: read)
declare i32 @bcmp(ptr nocapture, ptr nocapture, i64) local_unnamed_addr #6

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { nofree nounwind willreturn memory(argmem: read) }
attributes #7 = { nounwind }

!llvm.dbg.cu = !{!7}
!llvm.module.flags = !{!14, !15, !16, !17, !18, !19}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 39, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "c/rle.c", directory: ".", checksumkind: CSK_MD5, checksum: "61f7f2b3bfca2b7d7cd021e59ab924e6")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 360, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 45)
!7 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !8, globals: !13, splitDebugInlining: false, nameTableKind: None)
!8 = !{!9, !12}
!9 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !10, line: 46, baseType: !11)
!10 = !DIFile(filename: "/usr/lib/llvm-16/lib/clang/16/include/stddef.h", directory: "", checksumkind: CSK_MD5, checksum: "f95079da609b0e8f201cb8136304bf3b")
!11 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!12 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!13 = !{!0}
!14 = !{i32 7, !"Dwarf Version", i32 5}
!15 = !{i32 2, !"Debug Info Version", i32 3}
!16 = !{i32 1, !"wchar_size", i32 4}
!17 = !{i32 8, !"PIC Level", i32 2}
!18 = !{i32 7, !"PIE Level", i32 2}
!19 = !{i32 7, !"uwtable", i32 2}
!20 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 28, type: !21, scopeLine: 28, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !24)
!21 = !DISubroutineType(types: !22)
!22 = !{!23}
!23 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!24 = !{!25, !29, !33, !34, !35, !37, !40, !41, !42}
!25 = !DILocalVariable(name: "input", scope: !20, file: !2, line: 29, type: !26)
!26 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 16384, elements: !27)
!27 = !{!28}
!28 = !DISubrange(count: 2048)
!29 = !DILocalVariable(name: "encoded", scope: !20, file: !2, line: 29, type: !30)
!30 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 32768, elements: !31)
!31 = !{!32}
!32 = !DISubrange(count: 4096)
!33 = !DILocalVariable(name: "decoded", scope: !20, file: !2, line: 29, type: !26)
!34 = !DILocalVariable(name: "n", scope: !20, file: !2, line: 30, type: !9)
!35 = !DILocalVariable(name: "block", scope: !36, file: !2, line: 31, type: !23)
!36 = distinct !DILexicalBlock(scope: !20, file: !2, line: 31, column: 5)
!37 = !DILocalVariable(name: "run", scope: !38, file: !2, line: 32, type: !9)
!38 = distinct !DILexicalBlock(scope: !39, file: !2, line: 31, column: 58)
!39 = distinct !DILexicalBlock(scope: !36, file: !2, line: 31, column: 5)
!40 = !DILocalVariable(name: "e", scope: !20, file: !2, line: 36, type: !9)
!41 = !DILocalVariable(name: "d", scope: !20, file: !2, line: 37, type: !9)
!42 = !DILocalVariable(name: "ok", scope: !20, file: !2, line: 38, type: !23)
!43 = !DILocation(line: 29, column: 5, scope: !20)
!44 = !DILocation(line: 29, column: 19, scope: !20)
!45 = !DILocation(line: 29, column: 32, scope: !20)
!46 = !DILocation(line: 29, column: 47, scope: !20)
!47 = !DILocation(line: 0, scope: !20)
!48 = !DILocation(line: 0, scope: !36)
!49 = !DILocation(line: 31, column: 5, scope: !36)
!50 = !DILocalVariable(name: "in", arg: 1, scope: !51, file: !2, line: 6, type: !54)
!51 = distinct !DISubprogram(name: "rle_encode", scope: !2, file: !2, line: 6, type: !52, scopeLine: 6, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !57)
!52 = !DISubroutineType(types: !53)
!53 = !{!9, !54, !9, !56}
!54 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !55, size: 64)
!55 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !12)
!56 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !12, size: 64)
!57 = !{!50, !58, !59, !60, !61, !63, !66}
!58 = !DILocalVariable(name: "n", arg: 2, scope: !51, file: !2, line: 6, type: !9)
!59 = !DILocalVariable(name: "out", arg: 3, scope: !51, file: !2, line: 6, type: !56)
!60 = !DILocalVariable(name: "o", scope: !51, file: !2, line: 7, type: !9)
!61 = !DILocalVariable(name: "i", scope: !62, file: !2, line: 8, type: !9)
!62 = distinct !DILexicalBlock(scope: !51, file: !2, line: 8, column: 5)
!63 = !DILocalVariable(name: "b", scope: !64, file: !2, line: 9, type: !12)
!64 = distinct !DILexicalBlock(scope: !65, file: !2, line: 8, column: 32)
!65 = distinct !DILexicalBlock(scope: !62, file: !2, line: 8, column: 5)
!66 = !DILocalVariable(name: "run", scope: !64, file: !2, line: 10, type: !9)
!67 = !DILocation(line: 0, scope: !51, inlinedAt: !68)
!68 = distinct !DILocation(line: 36, column: 16, scope: !20)
!69 = !DILocation(line: 0, scope: !62, inlinedAt: !68)
!70 = !DILocation(line: 8, column: 26, scope: !65, inlinedAt: !68)
!71 = !DILocation(line: 8, column: 5, scope: !62, inlinedAt: !68)
!72 = !DILocation(line: 9, column: 27, scope: !64, inlinedAt: !68)
!73 = !{!74, !74, i64 0}
!74 = !{!"omnipotent char", !75, i64 0}
!75 = !{!"Simple C/C++ TBAA"}
!76 = !DILocation(line: 0, scope: !64, inlinedAt: !68)
!77 = !DILocation(line: 11, column: 18, scope: !64, inlinedAt: !68)
!78 = !DILocation(line: 11, column: 24, scope: !64, inlinedAt: !68)
!79 = !DILocation(line: 11, column: 28, scope: !64, inlinedAt: !68)
!80 = !DILocation(line: 11, column: 9, scope: !64, inlinedAt: !68)
!81 = !DILocation(line: 11, column: 31, scope: !64, inlinedAt: !68)
!82 = !DILocation(line: 11, column: 43, scope: !64, inlinedAt: !68)
!83 = !DILocation(line: 11, column: 48, scope: !64, inlinedAt: !68)
!84 = !DILocation(line: 11, column: 65, scope: !64, inlinedAt: !68)
!85 = distinct !{!85, !80, !84, !86, !87}
!86 = !{!"llvm.loop.mustprogress"}
!87 = !{!"llvm.loop.unroll.disable"}
!88 = !DILocation(line: 12, column: 20, scope: !64, inlinedAt: !68)
!89 = !DILocation(line: 12, column: 14, scope: !64, inlinedAt: !68)
!90 = !DILocation(line: 12, column: 9, scope: !64, inlinedAt: !68)
!91 = !DILocation(line: 12, column: 18, scope: !64, inlinedAt: !68)
!92 = !DILocation(line: 13, column: 14, scope: !64, inlinedAt: !68)
!93 = !DILocation(line: 13, column: 9, scope: !64, inlinedAt: !68)
!94 = !DILocation(line: 13, column: 18, scope: !64, inlinedAt: !68)
!95 = distinct !{!95, !71, !96, !86, !87}
!96 = !DILocation(line: 15, column: 5, scope: !62, inlinedAt: !68)
!97 = !DILocalVariable(name: "in", arg: 1, scope: !98, file: !2, line: 19, type: !54)
!98 = distinct !DISubprogram(name: "rle_decode", scope: !2, file: !2, line: 19, type: !52, scopeLine: 19, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !99)
!99 = !{!97, !100, !101, !102, !103}
!100 = !DILocalVariable(name: "n", arg: 2, scope: !98, file: !2, line: 19, type: !9)
!101 = !DILocalVariable(name: "out", arg: 3, scope: !98, file: !2, line: 19, type: !56)
!102 = !DILocalVariable(name: "o", scope: !98, file: !2, line: 20, type: !9)
!103 = !DILocalVariable(name: "i", scope: !104, file: !2, line: 21, type: !9)
!104 = distinct !DILexicalBlock(scope: !98, file: !2, line: 21, column: 5)
!105 = !DILocation(line: 0, scope: !98, inlinedAt: !106)
!106 = distinct !DILocation(line: 37, column: 16, scope: !20)
!107 = !DILocation(line: 0, scope: !104, inlinedAt: !106)
!108 = !DILocation(line: 21, column: 30, scope: !109, inlinedAt: !106)
!109 = distinct !DILexicalBlock(scope: !104, file: !2, line: 21, column: 5)
!110 = !DILocation(line: 21, column: 5, scope: !104, inlinedAt: !106)
!111 = !DILocation(line: 22, column: 20, scope: !112, inlinedAt: !106)
!112 = distinct !DILexicalBlock(scope: !109, file: !2, line: 21, column: 43)
!113 = !DILocation(line: 22, column: 25, scope: !112, inlinedAt: !106)
!114 = !DILocation(line: 22, column: 36, scope: !112, inlinedAt: !106)
!115 = !DILocation(line: 22, column: 9, scope: !112, inlinedAt: !106)
!116 = !DILocation(line: 23, column: 11, scope: !112, inlinedAt: !106)
!117 = !DILocation(line: 21, column: 37, scope: !109, inlinedAt: !106)
!118 = !DILocation(line: 21, column: 26, scope: !109, inlinedAt: !106)
!119 = distinct !{!119, !110, !120, !86, !87}
!120 = !DILocation(line: 24, column: 5, scope: !104, inlinedAt: !106)
!121 = !DILocation(line: 38, column: 16, scope: !20)
!122 = !DILocation(line: 38, column: 21, scope: !20)
!123 = !DILocation(line: 32, column: 28, scope: !38)
!124 = !DILocation(line: 32, column: 22, scope: !38)
!125 = !DILocation(line: 32, column: 61, scope: !38)
!126 = !DILocation(line: 32, column: 67, scope: !38)
!127 = !DILocation(line: 32, column: 52, scope: !38)
!128 = !DILocation(line: 32, column: 41, scope: !38)
!129 = !DILocation(line: 0, scope: !38)
!130 = !DILocation(line: 33, column: 22, scope: !38)
!131 = !DILocation(line: 33, column: 39, scope: !38)
!132 = !DILocation(line: 33, column: 9, scope: !38)
!133 = !DILocation(line: 34, column: 11, scope: !38)
!134 = !DILocation(line: 31, column: 54, scope: !39)
!135 = !DILocation(line: 31, column: 27, scope: !39)
!136 = !DILocation(line: 31, column: 33, scope: !39)
!137 = distinct !{!137, !49, !138, !86, !87}
!138 = !DILocation(line: 35, column: 5, scope: !36)
!139 = !DILocation(line: 38, column: 24, scope: !20)
!140 = !DILocation(line: 38, column: 50, scope: !20)
!141 = !DILocation(line: 39, column: 5, scope: !20)
!142 = !DILocation(line: 40, column: 15, scope: !20)
!143 = !DILocation(line: 40, column: 12, scope: !20)
!144 = !DILocation(line: 41, column: 1, scope: !20)
!145 = !DILocation(line: 40, column: 5, scope: !20)
!146 = !DISubprogram(name: "printf", scope: !147, file: !147, line: 356, type: !148, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !153)
!147 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!148 = !DISubroutineType(types: !149)
!149 = !{!23, !150, null}
!150 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !151)
!151 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !152, size: 64)
!152 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !4)
!153 = !{}
