; ModuleID = 'c/mergesort.c'
source_filename = "c/mergesort.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.record = type { i32, i32 }

@.str = private unnamed_addr constant [39 x i8] c"mergesort n=%d first=%d last=%d ok=%d\0A\00", align 1, !dbg !0

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 !dbg !19 {
  call void @llvm.dbg.value(metadata i32 3000, metadata !24, metadata !DIExpression()), !dbg !38
  %1 = tail call noalias dereferenceable_or_null(24000) ptr @malloc(i64 noundef 24000) #7, !dbg !39
  call void @llvm.dbg.value(metadata ptr %1, metadata !26, metadata !DIExpression()), !dbg !38
  %2 = tail call noalias dereferenceable_or_null(24000) ptr @malloc(i64 noundef 24000) #7, !dbg !40
  call void @llvm.dbg.value(metadata ptr %2, metadata !32, metadata !DIExpression()), !dbg !38
  %3 = icmp ne ptr %1, null, !dbg !41
  %4 = icmp ne ptr %2, null
  %5 = and i1 %3, %4, !dbg !43
  br i1 %5, label %7, label %47, !dbg !43

6:                                                ; preds = %7
  tail call fastcc void @merge_sort(ptr noundef nonnull %1, ptr noundef nonnull %2, i32 noundef 0, i32 noundef 3000), !dbg !44
  call void @llvm.dbg.value(metadata i32 1, metadata !35, metadata !DIExpression()), !dbg !38
  call void @llvm.dbg.value(metadata i32 1, metadata !36, metadata !DIExpression()), !dbg !45
  br label %25, !dbg !46

7:                                                ; preds = %0, %7
  %8 = phi i64 [ %16, %7 ], [ 0, %0 ]
  call void @llvm.dbg.value(metadata i64 %8, metadata !33, metadata !DIExpression()), !dbg !47
  %9 = trunc i64 %8 to i32, !dbg !48
  %10 = mul i32 %9, 31, !dbg !48
  %11 = add i32 %10, 7, !dbg !48
  %12 = urem i32 %11, 97, !dbg !48
  %13 = getelementptr inbounds %struct.record, ptr %1, i64 %8, !dbg !51
  store i32 %12, ptr %13, align 4, !dbg !52, !tbaa !53
  %14 = getelementptr inbounds %struct.record, ptr %1, i64 %8, i32 1, !dbg !58
  %15 = trunc i64 %8 to i32, !dbg !59
  store i32 %15, ptr %14, align 4, !dbg !59, !tbaa !60
  %16 = add nuw nsw i64 %8, 1, !dbg !61
  call void @llvm.dbg.value(metadata i64 %16, metadata !33, metadata !DIExpression()), !dbg !47
  %17 = icmp eq i64 %16, 3000, !dbg !62
  br i1 %17, label %6, label %7, !dbg !63, !llvm.loop !64

18:                                               ; preds = %43
  %19 = load i32, ptr %1, align 4, !dbg !68, !tbaa !53
  %20 = getelementptr inbounds %struct.record, ptr %1, i64 2999, !dbg !69
  %21 = load i32, ptr %20, align 4, !dbg !70, !tbaa !53
  %22 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 3000, i32 noundef %19, i32 noundef %21, i32 noundef %44), !dbg !71
  tail call void @free(ptr noundef %1) #8, !dbg !72
  tail call void @free(ptr noundef %2) #8, !dbg !73
  %23 = icmp eq i32 %44, 0, !dbg !74
  %24 = zext i1 %23 to i32, !dbg !74
  br label %47

25:                                               ; preds = %6, %43
  %26 = phi i64 [ 1, %6 ], [ %45, %43 ]
  %27 = phi i32 [ 1, %6 ], [ %44, %43 ]
  call void @llvm.dbg.value(metadata i64 %26, metadata !36, metadata !DIExpression()), !dbg !45
  call void @llvm.dbg.value(metadata i32 %27, metadata !35, metadata !DIExpression()), !dbg !38
  %28 = add nsw i64 %26, -1, !dbg !75
  %29 = getelementptr inbounds %struct.record, ptr %1, i64 %28, !dbg !79
  %30 = load i32, ptr %29, align 4, !dbg !80, !tbaa !53
  %31 = getelementptr inbounds %struct.record, ptr %1, i64 %26, !dbg !81
  %32 = load i32, ptr %31, align 4, !dbg !82, !tbaa !53
  %33 = icmp sgt i32 %30, %32, !dbg !83
  %34 = select i1 %33, i32 0, i32 %27, !dbg !84
  call void @llvm.dbg.value(metadata i32 %34, metadata !35, metadata !DIExpression()), !dbg !38
  %35 = icmp eq i32 %30, %32, !dbg !85
  br i1 %35, label %36, label %43, !dbg !87

36:                                               ; preds = %25
  %37 = getelementptr inbounds %struct.record, ptr %1, i64 %28, i32 1, !dbg !88
  %38 = load i32, ptr %37, align 4, !dbg !88, !tbaa !60
  %39 = getelementptr inbounds %struct.record, ptr %1, i64 %26, i32 1, !dbg !89
  %40 = load i32, ptr %39, align 4, !dbg !89, !tbaa !60
  %41 = icmp sgt i32 %38, %40, !dbg !90
  %42 = select i1 %41, i32 0, i32 %34, !dbg !91
  br label %43, !dbg !91

43:                                               ; preds = %36, %25
  %44 = phi i32 [ %34, %25 ], [ %42, %36 ], !dbg !92
  call void @llvm.dbg.value(metadata i32 %44, metadata !35, metadata !DIExpression()), !dbg !38
  %45 = add nuw nsw i64 %26, 1, !dbg !93
  call void @llvm.dbg.value(metadata i64 %45, metadata !36, metadata !DIExpression()), !dbg !45
  %46 = icmp eq i64 %45, 3000, !dbg !94
  br i1 %46, label %18, label %25, !dbg !46, !llvm.loop !95

47:                                               ; preds = %0, %18
  %48 = phi i32 [ %24, %18 ], [ 2, %0 ], !dbg !38
  ret i32 %48, !dbg !97
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare !dbg !98 noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: nofree nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none) uwtable
define internal fastcc void @merge_sort(ptr noundef %0, ptr noundef %1, i32 noundef %2, i32 noundef %3) unnamed_addr #2 !dbg !104 {
  call void @llvm.dbg.value(metadata ptr %0, metadata !108, metadata !DIExpression()), !dbg !113
  call void @llvm.dbg.value(metadata ptr %1, metadata !109, metadata !DIExpression()), !dbg !113
  call void @llvm.dbg.value(metadata i32 %2, metadata !110, metadata !DIExpression()), !dbg !113
  call void @llvm.dbg.value(metadata i32 %3, metadata !111, metadata !DIExpression()), !dbg !113
  %5 = sub nsw i32 %3, %2, !dbg !114
  %6 = icmp slt i32 %5, 2, !dbg !116
  br i1 %6, label %80, label %7, !dbg !117

7:                                                ; preds = %4
  %8 = lshr i32 %5, 1
  %9 = add nsw i32 %8, %2, !dbg !118
  call void @llvm.dbg.value(metadata i32 %9, metadata !112, metadata !DIExpression()), !dbg !113
  tail call fastcc void @merge_sort(ptr noundef %0, ptr noundef %1, i32 noundef %2, i32 noundef %9), !dbg !119
  tail call fastcc void @merge_sort(ptr noundef %0, ptr noundef %1, i32 noundef %9, i32 noundef %3), !dbg !120
  call void @llvm.dbg.value(metadata ptr %0, metadata !121, metadata !DIExpression()), !dbg !133
  call void @llvm.dbg.value(metadata ptr %1, metadata !126, metadata !DIExpression()), !dbg !133
  call void @llvm.dbg.value(metadata i32 %2, metadata !127, metadata !DIExpression()), !dbg !133
  call void @llvm.dbg.value(metadata i32 %9, metadata !128, metadata !DIExpression()), !dbg !133
  call void @llvm.dbg.value(metadata i32 %3, metadata !129, metadata !DIExpression()), !dbg !133
  call void @llvm.dbg.value(metadata i32 %2, metadata !130, metadata !DIExpression()), !dbg !133
  call void @llvm.dbg.value(metadata i32 %9, metadata !131, metadata !DIExpression()), !dbg !133
  call void @llvm.dbg.value(metadata i32 %2, metadata !132, metadata !DIExpression()), !dbg !133
  %10 = icmp slt i32 %9, %3, !dbg !135
  br i1 %10, label %11, label %15, !dbg !136

11:                                               ; preds = %7
  %12 = sext i32 %2 to i64, !dbg !136
  br label %24, !dbg !136

13:                                               ; preds = %24
  %14 = trunc i64 %28 to i32, !dbg !137
  br label %15, !dbg !137

15:                                               ; preds = %13, %7
  %16 = phi i32 [ %2, %7 ], [ %39, %13 ], !dbg !138
  %17 = phi i32 [ %9, %7 ], [ %42, %13 ], !dbg !133
  %18 = phi i32 [ %2, %7 ], [ %14, %13 ], !dbg !133
  call void @llvm.dbg.value(metadata i32 %18, metadata !132, metadata !DIExpression()), !dbg !133
  call void @llvm.dbg.value(metadata i32 %16, metadata !130, metadata !DIExpression()), !dbg !133
  %19 = icmp slt i32 %16, %9, !dbg !137
  br i1 %19, label %20, label %49, !dbg !139

20:                                               ; preds = %15
  %21 = sext i32 %18 to i64, !dbg !139
  %22 = sext i32 %16 to i64, !dbg !139
  %23 = sext i32 %9 to i64, !dbg !137
  br label %56, !dbg !139

24:                                               ; preds = %24, %11
  %25 = phi i64 [ %12, %11 ], [ %28, %24 ]
  %26 = phi i32 [ %9, %11 ], [ %42, %24 ]
  %27 = phi i32 [ %2, %11 ], [ %39, %24 ]
  call void @llvm.dbg.value(metadata i64 %25, metadata !132, metadata !DIExpression()), !dbg !133
  call void @llvm.dbg.value(metadata i32 %26, metadata !131, metadata !DIExpression()), !dbg !133
  call void @llvm.dbg.value(metadata i32 %27, metadata !130, metadata !DIExpression()), !dbg !133
  %28 = add i64 %25, 1, !dbg !140
  call void @llvm.dbg.value(metadata i64 %28, metadata !132, metadata !DIExpression()), !dbg !133
  %29 = getelementptr inbounds %struct.record, ptr %1, i64 %25, !dbg !141
  %30 = sext i32 %26 to i64, !dbg !142
  %31 = getelementptr inbounds %struct.record, ptr %0, i64 %30, !dbg !142
  %32 = load i32, ptr %31, align 4, !dbg !143, !tbaa !53
  %33 = sext i32 %27 to i64, !dbg !144
  %34 = getelementptr inbounds %struct.record, ptr %0, i64 %33, !dbg !144
  %35 = load i32, ptr %34, align 4, !dbg !145, !tbaa !53
  %36 = icmp sge i32 %32, %35, !dbg !146
  %37 = select i1 %36, ptr %34, ptr %31, !dbg !147
  %38 = zext i1 %36 to i32, !dbg !147
  %39 = add nsw i32 %27, %38, !dbg !147
  %40 = xor i1 %36, true, !dbg !147
  %41 = zext i1 %40 to i32, !dbg !147
  %42 = add nsw i32 %26, %41, !dbg !147
  %43 = load i64, ptr %37, align 4, !dbg !148
  store i64 %43, ptr %29, align 4, !dbg !148
  call void @llvm.dbg.value(metadata i32 %42, metadata !131, metadata !DIExpression()), !dbg !133
  call void @llvm.dbg.value(metadata i32 %39, metadata !130, metadata !DIExpression()), !dbg !133
  %44 = icmp slt i32 %39, %9, !dbg !149
  %45 = icmp slt i32 %42, %3, !dbg !135
  %46 = select i1 %44, i1 %45, i1 false, !dbg !135
  br i1 %46, label %24, label %13, !dbg !136, !llvm.loop !150

47:                                               ; preds = %56
  %48 = trunc i64 %59 to i32, !dbg !152
  br label %49, !dbg !152

49:                                               ; preds = %47, %15
  %50 = phi i32 [ %18, %15 ], [ %48, %47 ], !dbg !133
  call void @llvm.dbg.value(metadata i32 %50, metadata !132, metadata !DIExpression()), !dbg !133
  call void @llvm.dbg.value(metadata i32 %17, metadata !131, metadata !DIExpression()), !dbg !133
  %51 = icmp slt i32 %17, %3, !dbg !152
  br i1 %51, label %52, label %74, !dbg !153

52:                                               ; preds = %49
  %53 = sext i32 %50 to i64, !dbg !153
  %54 = sext i32 %17 to i64, !dbg !153
  %55 = sext i32 %3 to i64, !dbg !152
  br label %65, !dbg !153

56:                                               ; preds = %56, %20
  %57 = phi i64 [ %22, %20 ], [ %61, %56 ]
  %58 = phi i64 [ %21, %20 ], [ %59, %56 ]
  call void @llvm.dbg.value(metadata i64 %58, metadata !132, metadata !DIExpression()), !dbg !133
  call void @llvm.dbg.value(metadata i64 %57, metadata !130, metadata !DIExpression()), !dbg !133
  %59 = add nsw i64 %58, 1, !dbg !154
  call void @llvm.dbg.value(metadata i64 %59, metadata !132, metadata !DIExpression()), !dbg !133
  %60 = getelementptr inbounds %struct.record, ptr %1, i64 %58, !dbg !155
  %61 = add nsw i64 %57, 1, !dbg !156
  call void @llvm.dbg.value(metadata i64 %61, metadata !130, metadata !DIExpression()), !dbg !133
  %62 = getelementptr inbounds %struct.record, ptr %0, i64 %57, !dbg !157
  %63 = load i64, ptr %62, align 4, !dbg !157
  store i64 %63, ptr %60, align 4, !dbg !157
  %64 = icmp eq i64 %61, %23, !dbg !137
  br i1 %64, label %47, label %56, !dbg !139, !llvm.loop !158

65:                                               ; preds = %65, %52
  %66 = phi i64 [ %54, %52 ], [ %70, %65 ]
  %67 = phi i64 [ %53, %52 ], [ %68, %65 ]
  call void @llvm.dbg.value(metadata i64 %67, metadata !132, metadata !DIExpression()), !dbg !133
  call void @llvm.dbg.value(metadata i64 %66, metadata !131, metadata !DIExpression()), !dbg !133
  %68 = add nsw i64 %67, 1, !dbg !160
  call void @llvm.dbg.value(metadata i64 %68, metadata !132, metadata !DIExpression()), !dbg !133
  %69 = getelementptr inbounds %struct.record, ptr %1, i64 %67, !dbg !161
  %70 = add nsw i64 %66, 1, !dbg !162
  call void @llvm.dbg.value(metadata i64 %70, metadata !131, metadata !DIExpression()), !dbg !133
  %71 = getelementptr inbounds %struct.record, ptr %0, i64 %66, !dbg !163
  %72 = load i64, ptr %71, align 4, !dbg !163
  store i64 %72, ptr %69, align 4, !dbg !163
  %73 = icmp eq i64 %70, %55, !dbg !152
  br i1 %73, label %74, label %65, !dbg !153, !llvm.loop !164

74:                                               ; preds = %65, %49
  %75 = sext i32 %2 to i64, !dbg !166
  %76 = getelementptr inbounds %struct.record, ptr %0, i64 %75, !dbg !166
  %77 = getelementptr inbounds %struct.record, ptr %1, i64 %75, !dbg !167
  %78 = sext i32 %5 to i64, !dbg !168
  %79 = shl nsw i64 %78, 3, !dbg !169
  tail call void @llvm.memcpy.p0.p0.i64(ptr align 4 %76, ptr align 4 %77, i64 %79, i1 false), !dbg !170
  br label %80, !dbg !171

80:                                               ; preds = %4, %74
  ret void, !dbg !171
}

; Function Attrs: nofree nounwind
declare !dbg !172 noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #3

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare !dbg !179 void @free(ptr allocptr nocapture noundef) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #5

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #6

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #6 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #7 = { nounwind allocsize(0) }
attributes #8 = { nounwind }

!llvm.dbg.cu = !{!7}
!llvm.module.flags = !{!13, !14, !15, !16, !17, !18}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 43, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "c/mergesort.c", directory: ".", checksumkind: CSK_MD5, checksum: "6b4fe73652beb12cabacf2ab88501bdd")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 312, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 39)
!7 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !8, globals: !12, splitDebugInlining: false, nameTableKind: None)
!8 = !{!9}
!9 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !10, line: 46, baseType: !11)
!10 = !DIFile(filename: "/usr/lib/llvm-16/lib/clang/16/include/stddef.h", directory: "", checksumkind: CSK_MD5, checksum: "f95079da609b0e8f201cb8136304bf3b")
!11 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!12 = !{!0}
!13 = !{i32 7, !"Dwarf Version", i32 5}
!14 = !{i32 2, !"Debug Info Version", i32 3}
!15 = !{i32 1, !"wchar_size", i32 4}
!16 = !{i32 8, !"PIC Level", i32 2}
!17 = !{i32 7, !"PIE Level", i32 2}
!18 = !{i32 7, !"uwtable", i32 2}
!19 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 28, type: !20, scopeLine: 28, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !23)
!20 = !DISubroutineType(types: !21)
!21 = !{!22}
!22 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!23 = !{!24, !26, !32, !33, !35, !36}
!24 = !DILocalVariable(name: "n", scope: !19, file: !2, line: 29, type: !25)
!25 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !22)
!26 = !DILocalVariable(name: "a", scope: !19, file: !2, line: 30, type: !27)
!27 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !28, size: 64)
!28 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "record", file: !2, line: 6, size: 64, elements: !29)
!29 = !{!30, !31}
!30 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !28, file: !2, line: 7, baseType: !22, size: 32)
!31 = !DIDerivedType(tag: DW_TAG_member, name: "order", scope: !28, file: !2, line: 8, baseType: !22, size: 32, offset: 32)
!32 = !DILocalVariable(name: "tmp", scope: !19, file: !2, line: 31, type: !27)
!33 = !DILocalVariable(name: "i", scope: !34, file: !2, line: 33, type: !22)
!34 = distinct !DILexicalBlock(scope: !19, file: !2, line: 33, column: 5)
!35 = !DILocalVariable(name: "ok", scope: !19, file: !2, line: 38, type: !22)
!36 = !DILocalVariable(name: "i", scope: !37, file: !2, line: 39, type: !22)
!37 = distinct !DILexicalBlock(scope: !19, file: !2, line: 39, column: 5)
!38 = !DILocation(line: 0, scope: !19)
!39 = !DILocation(line: 30, column: 24, scope: !19)
!40 = !DILocation(line: 31, column: 26, scope: !19)
!41 = !DILocation(line: 32, column: 10, scope: !42)
!42 = distinct !DILexicalBlock(scope: !19, file: !2, line: 32, column: 9)
!43 = !DILocation(line: 32, column: 12, scope: !42)
!44 = !DILocation(line: 37, column: 5, scope: !19)
!45 = !DILocation(line: 0, scope: !37)
!46 = !DILocation(line: 39, column: 5, scope: !37)
!47 = !DILocation(line: 0, scope: !34)
!48 = !DILocation(line: 34, column: 33, scope: !49)
!49 = distinct !DILexicalBlock(scope: !50, file: !2, line: 33, column: 33)
!50 = distinct !DILexicalBlock(scope: !34, file: !2, line: 33, column: 5)
!51 = !DILocation(line: 34, column: 9, scope: !49)
!52 = !DILocation(line: 34, column: 18, scope: !49)
!53 = !{!54, !55, i64 0}
!54 = !{!"record", !55, i64 0, !55, i64 4}
!55 = !{!"int", !56, i64 0}
!56 = !{!"omnipotent char", !57, i64 0}
!57 = !{!"Simple C/C++ TBAA"}
!58 = !DILocation(line: 35, column: 14, scope: !49)
!59 = !DILocation(line: 35, column: 20, scope: !49)
!60 = !{!54, !55, i64 4}
!61 = !DILocation(line: 33, column: 29, scope: !50)
!62 = !DILocation(line: 33, column: 23, scope: !50)
!63 = !DILocation(line: 33, column: 5, scope: !34)
!64 = distinct !{!64, !63, !65, !66, !67}
!65 = !DILocation(line: 36, column: 5, scope: !34)
!66 = !{!"llvm.loop.mustprogress"}
!67 = !{!"llvm.loop.unroll.disable"}
!68 = !DILocation(line: 43, column: 63, scope: !19)
!69 = !DILocation(line: 43, column: 68, scope: !19)
!70 = !DILocation(line: 43, column: 77, scope: !19)
!71 = !DILocation(line: 43, column: 5, scope: !19)
!72 = !DILocation(line: 44, column: 5, scope: !19)
!73 = !DILocation(line: 45, column: 5, scope: !19)
!74 = !DILocation(line: 46, column: 12, scope: !19)
!75 = !DILocation(line: 40, column: 17, scope: !76)
!76 = distinct !DILexicalBlock(scope: !77, file: !2, line: 40, column: 13)
!77 = distinct !DILexicalBlock(scope: !78, file: !2, line: 39, column: 33)
!78 = distinct !DILexicalBlock(scope: !37, file: !2, line: 39, column: 5)
!79 = !DILocation(line: 40, column: 13, scope: !76)
!80 = !DILocation(line: 40, column: 22, scope: !76)
!81 = !DILocation(line: 40, column: 28, scope: !76)
!82 = !DILocation(line: 40, column: 33, scope: !76)
!83 = !DILocation(line: 40, column: 26, scope: !76)
!84 = !DILocation(line: 40, column: 13, scope: !77)
!85 = !DILocation(line: 41, column: 26, scope: !86)
!86 = distinct !DILexicalBlock(scope: !77, file: !2, line: 41, column: 13)
!87 = !DILocation(line: 41, column: 38, scope: !86)
!88 = !DILocation(line: 41, column: 50, scope: !86)
!89 = !DILocation(line: 41, column: 63, scope: !86)
!90 = !DILocation(line: 41, column: 56, scope: !86)
!91 = !DILocation(line: 41, column: 13, scope: !77)
!92 = !DILocation(line: 0, scope: !77)
!93 = !DILocation(line: 39, column: 29, scope: !78)
!94 = !DILocation(line: 39, column: 23, scope: !78)
!95 = distinct !{!95, !46, !96, !66, !67}
!96 = !DILocation(line: 42, column: 5, scope: !37)
!97 = !DILocation(line: 47, column: 1, scope: !19)
!98 = !DISubprogram(name: "malloc", scope: !99, file: !99, line: 553, type: !100, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !103)
!99 = !DIFile(filename: "/usr/include/stdlib.h", directory: "", checksumkind: CSK_MD5, checksum: "4b47dc81a92f1fe77a152c0aac236718")
!100 = !DISubroutineType(types: !101)
!101 = !{!102, !9}
!102 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!103 = !{}
!104 = distinct !DISubprogram(name: "merge_sort", scope: !2, file: !2, line: 20, type: !105, scopeLine: 20, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !107)
!105 = !DISubroutineType(types: !106)
!106 = !{null, !27, !27, !22, !22}
!107 = !{!108, !109, !110, !111, !112}
!108 = !DILocalVariable(name: "a", arg: 1, scope: !104, file: !2, line: 20, type: !27)
!109 = !DILocalVariable(name: "tmp", arg: 2, scope: !104, file: !2, line: 20, type: !27)
!110 = !DILocalVariable(name: "lo", arg: 3, scope: !104, file: !2, line: 20, type: !22)
!111 = !DILocalVariable(name: "hi", arg: 4, scope: !104, file: !2, line: 20, type: !22)
!112 = !DILocalVariable(name: "mid", scope: !104, file: !2, line: 22, type: !22)
!113 = !DILocation(line: 0, scope: !104)
!114 = !DILocation(line: 21, column: 12, scope: !115)
!115 = distinct !DILexicalBlock(scope: !104, file: !2, line: 21, column: 9)
!116 = !DILocation(line: 21, column: 17, scope: !115)
!117 = !DILocation(line: 21, column: 9, scope: !104)
!118 = !DILocation(line: 22, column: 18, scope: !104)
!119 = !DILocation(line: 23, column: 5, scope: !104)
!120 = !DILocation(line: 24, column: 5, scope: !104)
!121 = !DILocalVariable(name: "a", arg: 1, scope: !122, file: !2, line: 11, type: !27)
!122 = distinct !DISubprogram(name: "merge", scope: !2, file: !2, line: 11, type: !123, scopeLine: 11, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !125)
!123 = !DISubroutineType(types: !124)
!124 = !{null, !27, !27, !22, !22, !22}
!125 = !{!121, !126, !127, !128, !129, !130, !131, !132}
!126 = !DILocalVariable(name: "tmp", arg: 2, scope: !122, file: !2, line: 11, type: !27)
!127 = !DILocalVariable(name: "lo", arg: 3, scope: !122, file: !2, line: 11, type: !22)
!128 = !DILocalVariable(name: "mid", arg: 4, scope: !122, file: !2, line: 11, type: !22)
!129 = !DILocalVariable(name: "hi", arg: 5, scope: !122, file: !2, line: 11, type: !22)
!130 = !DILocalVariable(name: "i", scope: !122, file: !2, line: 12, type: !22)
!131 = !DILocalVariable(name: "j", scope: !122, file: !2, line: 12, type: !22)
!132 = !DILocalVariable(name: "k", scope: !122, file: !2, line: 12, type: !22)
!133 = !DILocation(line: 0, scope: !122, inlinedAt: !134)
!134 = distinct !DILocation(line: 25, column: 5, scope: !104)
!135 = !DILocation(line: 13, column: 20, scope: !122, inlinedAt: !134)
!136 = !DILocation(line: 13, column: 5, scope: !122, inlinedAt: !134)
!137 = !DILocation(line: 15, column: 14, scope: !122, inlinedAt: !134)
!138 = !DILocation(line: 12, column: 9, scope: !122, inlinedAt: !134)
!139 = !DILocation(line: 15, column: 5, scope: !122, inlinedAt: !134)
!140 = !DILocation(line: 14, column: 14, scope: !122, inlinedAt: !134)
!141 = !DILocation(line: 14, column: 9, scope: !122, inlinedAt: !134)
!142 = !DILocation(line: 14, column: 21, scope: !122, inlinedAt: !134)
!143 = !DILocation(line: 14, column: 26, scope: !122, inlinedAt: !134)
!144 = !DILocation(line: 14, column: 32, scope: !122, inlinedAt: !134)
!145 = !DILocation(line: 14, column: 37, scope: !122, inlinedAt: !134)
!146 = !DILocation(line: 14, column: 30, scope: !122, inlinedAt: !134)
!147 = !DILocation(line: 14, column: 20, scope: !122, inlinedAt: !134)
!148 = !DILocation(line: 14, scope: !122, inlinedAt: !134)
!149 = !DILocation(line: 13, column: 14, scope: !122, inlinedAt: !134)
!150 = distinct !{!150, !136, !151, !66, !67}
!151 = !DILocation(line: 14, column: 58, scope: !122, inlinedAt: !134)
!152 = !DILocation(line: 16, column: 14, scope: !122, inlinedAt: !134)
!153 = !DILocation(line: 16, column: 5, scope: !122, inlinedAt: !134)
!154 = !DILocation(line: 15, column: 26, scope: !122, inlinedAt: !134)
!155 = !DILocation(line: 15, column: 21, scope: !122, inlinedAt: !134)
!156 = !DILocation(line: 15, column: 35, scope: !122, inlinedAt: !134)
!157 = !DILocation(line: 15, column: 32, scope: !122, inlinedAt: !134)
!158 = distinct !{!158, !139, !159, !66, !67}
!159 = !DILocation(line: 15, column: 37, scope: !122, inlinedAt: !134)
!160 = !DILocation(line: 16, column: 25, scope: !122, inlinedAt: !134)
!161 = !DILocation(line: 16, column: 20, scope: !122, inlinedAt: !134)
!162 = !DILocation(line: 16, column: 34, scope: !122, inlinedAt: !134)
!163 = !DILocation(line: 16, column: 31, scope: !122, inlinedAt: !134)
!164 = distinct !{!164, !153, !165, !66, !67}
!165 = !DILocation(line: 16, column: 36, scope: !122, inlinedAt: !134)
!166 = !DILocation(line: 17, column: 14, scope: !122, inlinedAt: !134)
!167 = !DILocation(line: 17, column: 24, scope: !122, inlinedAt: !134)
!168 = !DILocation(line: 17, column: 30, scope: !122, inlinedAt: !134)
!169 = !DILocation(line: 17, column: 48, scope: !122, inlinedAt: !134)
!170 = !DILocation(line: 17, column: 5, scope: !122, inlinedAt: !134)
!171 = !DILocation(line: 26, column: 1, scope: !104)
!172 = !DISubprogram(name: "printf", scope: !173, file: !173, line: 356, type: !174, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !103)
!173 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!174 = !DISubroutineType(types: !175)
!175 = !{!22, !176, null}
!176 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !177)
!177 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !178, size: 64)
!178 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !4)
!179 = !DISubprogram(name: "free", scope: !99, file: !99, line: 568, type: !180, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !103)
!180 = !DISubroutineType(types: !181)
!181 = !{null, !102}
