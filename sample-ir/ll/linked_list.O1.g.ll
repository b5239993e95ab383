; ModuleID = 'c/linked_list.c'
source_filename = "c/linked_list.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.node = type { i32, ptr }

@.str = private unnamed_addr constant [36 x i8] c"linked_list length=%d min=%d ok=%d\0A\00", align 1, !dbg !0

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 !dbg !15 {
  %1 = alloca ptr, align 8
  call void @llvm.dbg.value(metadata ptr null, metadata !20, metadata !DIExpression()), !dbg !33
  call void @llvm.dbg.value(metadata i32 0, metadata !26, metadata !DIExpression()), !dbg !34
  br label %50, !dbg !35

2:                                                ; preds = %50
  %3 = load i32, ptr %55, align 8, !dbg !36, !tbaa !37
  call void @llvm.dbg.value(metadata i32 %3, metadata !28, metadata !DIExpression()), !dbg !33
  call void @llvm.dbg.value(metadata ptr %55, metadata !43, metadata !DIExpression()), !dbg !51
  call void @llvm.dbg.value(metadata ptr null, metadata !48, metadata !DIExpression()), !dbg !51
  br label %4, !dbg !53

4:                                                ; preds = %2, %4
  %5 = phi ptr [ %8, %4 ], [ %55, %2 ]
  %6 = phi ptr [ %5, %4 ], [ null, %2 ]
  call void @llvm.dbg.value(metadata ptr %5, metadata !43, metadata !DIExpression()), !dbg !51
  call void @llvm.dbg.value(metadata ptr %6, metadata !48, metadata !DIExpression()), !dbg !51
  %7 = getelementptr inbounds %struct.node, ptr %5, i64 0, i32 1, !dbg !54
  %8 = load ptr, ptr %7, align 8, !dbg !54, !tbaa !55
  call void @llvm.dbg.value(metadata ptr %8, metadata !49, metadata !DIExpression()), !dbg !56
  store ptr %6, ptr %7, align 8, !dbg !57, !tbaa !55
  call void @llvm.dbg.value(metadata ptr %8, metadata !43, metadata !DIExpression()), !dbg !51
  call void @llvm.dbg.value(metadata ptr %5, metadata !48, metadata !DIExpression()), !dbg !51
  %9 = icmp eq ptr %8, null, !dbg !53
  br i1 %9, label %10, label %4, !dbg !53, !llvm.loop !58

10:                                               ; preds = %4
  call void @llvm.dbg.value(metadata ptr %5, metadata !20, metadata !DIExpression()), !dbg !33
  %11 = load i32, ptr %5, align 8, !dbg !62, !tbaa !37
  call void @llvm.dbg.value(metadata i32 %11, metadata !29, metadata !DIExpression()), !dbg !33
  call void @llvm.dbg.value(metadata ptr %5, metadata !63, metadata !DIExpression()), !dbg !71
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %1), !dbg !73
  call void @llvm.dbg.value(metadata ptr null, metadata !66, metadata !DIExpression()), !dbg !71
  store ptr null, ptr %1, align 8, !dbg !74, !tbaa !75
  call void @llvm.dbg.value(metadata ptr %5, metadata !63, metadata !DIExpression()), !dbg !71
  br label %12, !dbg !76

12:                                               ; preds = %10, %32
  %13 = phi ptr [ %15, %32 ], [ %5, %10 ]
  call void @llvm.dbg.value(metadata ptr %13, metadata !63, metadata !DIExpression()), !dbg !71
  call void @llvm.dbg.value(metadata ptr %13, metadata !67, metadata !DIExpression()), !dbg !77
  %14 = getelementptr inbounds %struct.node, ptr %13, i64 0, i32 1, !dbg !78
  %15 = load ptr, ptr %14, align 8, !dbg !78, !tbaa !55
  call void @llvm.dbg.value(metadata ptr %15, metadata !63, metadata !DIExpression()), !dbg !71
  call void @llvm.dbg.value(metadata ptr %1, metadata !69, metadata !DIExpression()), !dbg !77
  %16 = load ptr, ptr %1, align 8, !dbg !79, !tbaa !75
  %17 = icmp eq ptr %16, null, !dbg !79
  br i1 %17, label %32, label %18, !dbg !80

18:                                               ; preds = %12
  %19 = load i32, ptr %13, align 8, !tbaa !37
  call void @llvm.dbg.value(metadata ptr %1, metadata !69, metadata !DIExpression()), !dbg !77
  %20 = load i32, ptr %16, align 8, !dbg !81, !tbaa !37
  %21 = icmp slt i32 %20, %19, !dbg !82
  br i1 %21, label %25, label %32, !dbg !83

22:                                               ; preds = %25
  call void @llvm.dbg.value(metadata ptr poison, metadata !69, metadata !DIExpression()), !dbg !77
  %23 = load i32, ptr %28, align 8, !dbg !81, !tbaa !37
  %24 = icmp slt i32 %23, %19, !dbg !82
  br i1 %24, label %25, label %30, !dbg !83, !llvm.loop !84

25:                                               ; preds = %18, %22
  %26 = phi ptr [ %28, %22 ], [ %16, %18 ]
  %27 = getelementptr inbounds %struct.node, ptr %26, i64 0, i32 1, !dbg !85
  call void @llvm.dbg.value(metadata ptr %27, metadata !69, metadata !DIExpression()), !dbg !77
  %28 = load ptr, ptr %27, align 8, !dbg !79, !tbaa !75
  %29 = icmp eq ptr %28, null, !dbg !79
  br i1 %29, label %30, label %22, !dbg !80, !llvm.loop !84

30:                                               ; preds = %25, %22
  %31 = getelementptr inbounds %struct.node, ptr %26, i64 0, i32 1, !dbg !85
  br label %32, !dbg !86

32:                                               ; preds = %30, %18, %12
  %33 = phi ptr [ %1, %12 ], [ %1, %18 ], [ %31, %30 ], !dbg !77
  %34 = phi ptr [ %16, %12 ], [ %16, %18 ], [ %28, %30 ], !dbg !79
  store ptr %34, ptr %14, align 8, !dbg !86, !tbaa !55
  store ptr %13, ptr %33, align 8, !dbg !87, !tbaa !75
  call void @llvm.dbg.value(metadata ptr %15, metadata !63, metadata !DIExpression()), !dbg !71
  %35 = icmp eq ptr %15, null, !dbg !76
  br i1 %35, label %36, label %12, !dbg !76, !llvm.loop !88

36:                                               ; preds = %32
  %37 = load ptr, ptr %1, align 8, !dbg !90, !tbaa !75
  call void @llvm.dbg.value(metadata ptr %37, metadata !66, metadata !DIExpression()), !dbg !71
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %1), !dbg !91
  call void @llvm.dbg.value(metadata ptr %37, metadata !20, metadata !DIExpression()), !dbg !33
  %38 = tail call fastcc i32 @length(ptr noundef %37), !dbg !92
  %39 = icmp eq i32 %38, 100, !dbg !93
  %40 = icmp eq i32 %11, 0
  %41 = select i1 %39, i1 %40, i1 false, !dbg !94
  %42 = icmp eq i32 %3, 27, !dbg !94
  %43 = select i1 %41, i1 %42, i1 false, !dbg !94
  %44 = zext i1 %43 to i32, !dbg !94
  call void @llvm.dbg.value(metadata i32 %44, metadata !30, metadata !DIExpression()), !dbg !33
  call void @llvm.dbg.value(metadata ptr %37, metadata !31, metadata !DIExpression()), !dbg !95
  %45 = icmp eq ptr %37, null, !dbg !96
  br i1 %45, label %59, label %46, !dbg !98

46:                                               ; preds = %36
  call void @llvm.dbg.value(metadata ptr %37, metadata !31, metadata !DIExpression()), !dbg !95
  call void @llvm.dbg.value(metadata i32 %44, metadata !30, metadata !DIExpression()), !dbg !33
  %47 = getelementptr inbounds %struct.node, ptr %37, i64 0, i32 1, !dbg !99
  %48 = load ptr, ptr %47, align 8, !dbg !99, !tbaa !55
  %49 = icmp eq ptr %48, null, !dbg !98
  br i1 %49, label %59, label %71, !dbg !100

50:                                               ; preds = %0, %50
  %51 = phi ptr [ null, %0 ], [ %55, %50 ]
  %52 = phi i32 [ 0, %0 ], [ %57, %50 ]
  call void @llvm.dbg.value(metadata ptr %51, metadata !20, metadata !DIExpression()), !dbg !33
  call void @llvm.dbg.value(metadata i32 %52, metadata !26, metadata !DIExpression()), !dbg !34
  %53 = mul nuw nsw i32 %52, 37, !dbg !101
  %54 = urem i32 %53, 101, !dbg !103
  call void @llvm.dbg.value(metadata ptr %51, metadata !104, metadata !DIExpression()), !dbg !111
  call void @llvm.dbg.value(metadata i32 %54, metadata !109, metadata !DIExpression()), !dbg !111
  %55 = tail call noalias dereferenceable_or_null(16) ptr @malloc(i64 noundef 16) #7, !dbg !113
  call void @llvm.dbg.value(metadata ptr %55, metadata !110, metadata !DIExpression()), !dbg !111
  store i32 %54, ptr %55, align 8, !dbg !114, !tbaa !37
  %56 = getelementptr inbounds %struct.node, ptr %55, i64 0, i32 1, !dbg !115
  store ptr %51, ptr %56, align 8, !dbg !116, !tbaa !55
  call void @llvm.dbg.value(metadata ptr %55, metadata !20, metadata !DIExpression()), !dbg !33
  %57 = add nuw nsw i32 %52, 1, !dbg !117
  call void @llvm.dbg.value(metadata i32 %57, metadata !26, metadata !DIExpression()), !dbg !34
  %58 = icmp eq i32 %57, 100, !dbg !118
  br i1 %58, label %2, label %50, !dbg !35, !llvm.loop !119

59:                                               ; preds = %71, %46, %36
  %60 = phi i32 [ %44, %36 ], [ %44, %46 ], [ %78, %71 ], !dbg !33
  %61 = load i32, ptr %37, align 8, !dbg !121, !tbaa !37
  %62 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %38, i32 noundef %61, i32 noundef %60), !dbg !122
  call void @llvm.dbg.value(metadata ptr %37, metadata !123, metadata !DIExpression()), !dbg !130
  br label %63, !dbg !132

63:                                               ; preds = %59, %63
  %64 = phi ptr [ %66, %63 ], [ %37, %59 ]
  call void @llvm.dbg.value(metadata ptr %64, metadata !123, metadata !DIExpression()), !dbg !130
  %65 = getelementptr inbounds %struct.node, ptr %64, i64 0, i32 1, !dbg !133
  %66 = load ptr, ptr %65, align 8, !dbg !133, !tbaa !55
  call void @llvm.dbg.value(metadata ptr %66, metadata !128, metadata !DIExpression()), !dbg !134
  tail call void @free(ptr noundef %64) #8, !dbg !135
  call void @llvm.dbg.value(metadata ptr %66, metadata !123, metadata !DIExpression()), !dbg !130
  %67 = icmp eq ptr %66, null, !dbg !132
  br i1 %67, label %68, label %63, !dbg !132, !llvm.loop !136

68:                                               ; preds = %63
  %69 = icmp eq i32 %60, 0, !dbg !138
  %70 = zext i1 %69 to i32, !dbg !138
  ret i32 %70, !dbg !139

71:                                               ; preds = %46, %71
  %72 = phi ptr [ %80, %71 ], [ %48, %46 ]
  %73 = phi i32 [ %78, %71 ], [ %44, %46 ]
  %74 = phi ptr [ %72, %71 ], [ %37, %46 ]
  call void @llvm.dbg.value(metadata i32 %73, metadata !30, metadata !DIExpression()), !dbg !33
  call void @llvm.dbg.value(metadata ptr %74, metadata !31, metadata !DIExpression()), !dbg !95
  %75 = load i32, ptr %74, align 8, !dbg !140, !tbaa !37
  %76 = load i32, ptr %72, align 8, !dbg !142, !tbaa !37
  %77 = icmp sgt i32 %75, %76, !dbg !143
  %78 = select i1 %77, i32 0, i32 %73, !dbg !144
  call void @llvm.dbg.value(metadata ptr %72, metadata !31, metadata !DIExpression()), !dbg !95
  call void @llvm.dbg.value(metadata i32 %78, metadata !30, metadata !DIExpression()), !dbg !33
  %79 = getelementptr inbounds %struct.node, ptr %72, i64 0, i32 1, !dbg !99
  %80 = load ptr, ptr %79, align 8, !dbg !99, !tbaa !55
  %81 = icmp eq ptr %80, null, !dbg !98
  br i1 %81, label %59, label %71, !dbg !100
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nosync nounwind memory(argmem: read) uwtable
define internal fastcc i32 @length(ptr noundef readonly %0) unnamed_addr #2 !dbg !145 {
  br label %2, !dbg !152

2:                                                ; preds = %6, %1
  %3 = phi i32 [ 0, %1 ], [ %9, %6 ]
  %4 = phi ptr [ %0, %1 ], [ %8, %6 ]
  call void @llvm.dbg.value(metadata ptr %4, metadata !151, metadata !DIExpression()), !dbg !153
  %5 = icmp eq ptr %4, null, !dbg !154
  br i1 %5, label %10, label %6, !dbg !154

6:                                                ; preds = %2
  %7 = getelementptr inbounds %struct.node, ptr %4, i64 0, i32 1, !dbg !155
  %8 = load ptr, ptr %7, align 8, !dbg !155, !tbaa !55
  %9 = add nsw i32 %3, 1, !dbg !156
  br label %2, !dbg !152

10:                                               ; preds = %2
  %11 = add nsw i32 %3, 0, !dbg !156
  ret i32 %11, !dbg !157
}

; Function Attrs: nofree nounwind
declare !dbg !158 noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #3

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare !dbg !166 noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #4

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare !dbg !174 void @free(ptr allocptr nocapture noundef) local_unnamed_addr #5

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #6

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nosync nounwind memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #7 = { nounwind allocsize(0) }
attributes #8 = { nounwind }

!llvm.dbg.cu = !{!7}
!llvm.module.flags = !{!9, !10, !11, !12, !13, !14}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 61, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "c/linked_list.c", directory: ".", checksumkind: CSK_MD5, checksum: "bd8202b8358a84807e43b8fcfc7bf76a")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 288, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 36)
!7 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !8, splitDebugInlining: false, nameTableKind: None)
!8 = !{!0}
!9 = !{i32 7, !"Dwarf Version", i32 5}
!10 = !{i32 2, !"Debug Info Version", i32 3}
!11 = !{i32 1, !"wchar_size", i32 4}
!12 = !{i32 8, !"PIC Level", i32 2}
!13 = !{i32 7, !"PIE Level", i32 2}
!14 = !{i32 7, !"uwtable", i32 2}
!15 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 51, type: !16, scopeLine: 51, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !19)
!16 = !DISubroutineType(types: !17)
!17 = !{!18}
!18 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!19 = !{!20, !26, !28, !29, !30, !31}
!20 = !DILocalVariable(name: "list", scope: !15, file: !2, line: 52, type: !21)
!21 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !22, size: 64)
!22 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "node", file: !2, line: 5, size: 128, elements: !23)
!23 = !{!24, !25}
!24 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !22, file: !2, line: 6, baseType: !18, size: 32)
!25 = !DIDerivedType(tag: DW_TAG_member, name: "next", scope: !22, file: !2, line: 7, baseType: !21, size: 64, offset: 64)
!26 = !DILocalVariable(name: "i", scope: !27, file: !2, line: 53, type: !18)
!27 = distinct !DILexicalBlock(scope: !15, file: !2, line: 53, column: 5)
!28 = !DILocalVariable(name: "last_pushed", scope: !15, file: !2, line: 54, type: !18)
!29 = !DILocalVariable(name: "first_pushed", scope: !15, file: !2, line: 56, type: !18)
!30 = !DILocalVariable(name: "ok", scope: !15, file: !2, line: 58, type: !18)
!31 = !DILocalVariable(name: "n", scope: !32, file: !2, line: 59, type: !21)
!32 = distinct !DILexicalBlock(scope: !15, file: !2, line: 59, column: 5)
!33 = !DILocation(line: 0, scope: !15)
!34 = !DILocation(line: 0, scope: !27)
!35 = !DILocation(line: 53, column: 5, scope: !27)
!36 = !DILocation(line: 54, column: 29, scope: !15)
!37 = !{!38, !39, i64 0}
!38 = !{!"node", !39, i64 0, !42, i64 8}
!39 = !{!"int", !40, i64 0}
!40 = !{!"omnipotent char", !41, i64 0}
!41 = !{!"Simple C/C++ TBAA"}
!42 = !{!"any pointer", !40, i64 0}
!43 = !DILocalVariable(name: "head", arg: 1, scope: !44, file: !2, line: 17, type: !21)
!44 = distinct !DISubprogram(name: "reverse", scope: !2, file: !2, line: 17, type: !45, scopeLine: 17, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !47)
!45 = !DISubroutineType(types: !46)
!46 = !{!21, !21}
!47 = !{!43, !48, !49}
!48 = !DILocalVariable(name: "prev", scope: !44, file: !2, line: 18, type: !21)
!49 = !DILocalVariable(name: "next", scope: !50, file: !2, line: 20, type: !21)
!50 = distinct !DILexicalBlock(scope: !44, file: !2, line: 19, column: 18)
!51 = !DILocation(line: 0, scope: !44, inlinedAt: !52)
!52 = distinct !DILocation(line: 55, column: 12, scope: !15)
!53 = !DILocation(line: 19, column: 5, scope: !44, inlinedAt: !52)
!54 = !DILocation(line: 20, column: 35, scope: !50, inlinedAt: !52)
!55 = !{!38, !42, i64 8}
!56 = !DILocation(line: 0, scope: !50, inlinedAt: !52)
!57 = !DILocation(line: 21, column: 20, scope: !50, inlinedAt: !52)
!58 = distinct !{!58, !53, !59, !60, !61}
!59 = !DILocation(line: 24, column: 5, scope: !44, inlinedAt: !52)
!60 = !{!"llvm.loop.mustprogress"}
!61 = !{!"llvm.loop.unroll.disable"}
!62 = !DILocation(line: 56, column: 30, scope: !15)
!63 = !DILocalVariable(name: "head", arg: 1, scope: !64, file: !2, line: 30, type: !21)
!64 = distinct !DISubprogram(name: "insertion_sort", scope: !2, file: !2, line: 30, type: !45, scopeLine: 30, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !65)
!65 = !{!63, !66, !67, !69}
!66 = !DILocalVariable(name: "sorted", scope: !64, file: !2, line: 31, type: !21)
!67 = !DILocalVariable(name: "n", scope: !68, file: !2, line: 33, type: !21)
!68 = distinct !DILexicalBlock(scope: !64, file: !2, line: 32, column: 18)
!69 = !DILocalVariable(name: "slot", scope: !68, file: !2, line: 35, type: !70)
!70 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !21, size: 64)
!71 = !DILocation(line: 0, scope: !64, inlinedAt: !72)
!72 = distinct !DILocation(line: 57, column: 12, scope: !15)
!73 = !DILocation(line: 31, column: 5, scope: !64, inlinedAt: !72)
!74 = !DILocation(line: 31, column: 18, scope: !64, inlinedAt: !72)
!75 = !{!42, !42, i64 0}
!76 = !DILocation(line: 32, column: 5, scope: !64, inlinedAt: !72)
!77 = !DILocation(line: 0, scope: !68, inlinedAt: !72)
!78 = !DILocation(line: 34, column: 22, scope: !68, inlinedAt: !72)
!79 = !DILocation(line: 36, column: 16, scope: !68, inlinedAt: !72)
!80 = !DILocation(line: 36, column: 22, scope: !68, inlinedAt: !72)
!81 = !DILocation(line: 36, column: 34, scope: !68, inlinedAt: !72)
!82 = !DILocation(line: 36, column: 40, scope: !68, inlinedAt: !72)
!83 = !DILocation(line: 36, column: 9, scope: !68, inlinedAt: !72)
!84 = distinct !{!84, !83, !85, !60, !61}
!85 = !DILocation(line: 36, column: 69, scope: !68, inlinedAt: !72)
!86 = !DILocation(line: 37, column: 17, scope: !68, inlinedAt: !72)
!87 = !DILocation(line: 38, column: 15, scope: !68, inlinedAt: !72)
!88 = distinct !{!88, !76, !89, !60, !61}
!89 = !DILocation(line: 39, column: 5, scope: !64, inlinedAt: !72)
!90 = !DILocation(line: 40, column: 12, scope: !64, inlinedAt: !72)
!91 = !DILocation(line: 41, column: 1, scope: !64, inlinedAt: !72)
!92 = !DILocation(line: 58, column: 14, scope: !15)
!93 = !DILocation(line: 58, column: 27, scope: !15)
!94 = !DILocation(line: 58, column: 34, scope: !15)
!95 = !DILocation(line: 0, scope: !32)
!96 = !DILocation(line: 59, column: 33, scope: !97)
!97 = distinct !DILexicalBlock(scope: !32, file: !2, line: 59, column: 5)
!98 = !DILocation(line: 59, column: 35, scope: !97)
!99 = !DILocation(line: 59, column: 41, scope: !97)
!100 = !DILocation(line: 59, column: 5, scope: !32)
!101 = !DILocation(line: 53, column: 56, scope: !102)
!102 = distinct !DILexicalBlock(scope: !27, file: !2, line: 53, column: 5)
!103 = !DILocation(line: 53, column: 62, scope: !102)
!104 = !DILocalVariable(name: "head", arg: 1, scope: !105, file: !2, line: 10, type: !21)
!105 = distinct !DISubprogram(name: "push", scope: !2, file: !2, line: 10, type: !106, scopeLine: 10, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !108)
!106 = !DISubroutineType(types: !107)
!107 = !{!21, !21, !18}
!108 = !{!104, !109, !110}
!109 = !DILocalVariable(name: "value", arg: 2, scope: !105, file: !2, line: 10, type: !18)
!110 = !DILocalVariable(name: "n", scope: !105, file: !2, line: 11, type: !21)
!111 = !DILocation(line: 0, scope: !105, inlinedAt: !112)
!112 = distinct !DILocation(line: 53, column: 42, scope: !102)
!113 = !DILocation(line: 11, column: 22, scope: !105, inlinedAt: !112)
!114 = !DILocation(line: 12, column: 14, scope: !105, inlinedAt: !112)
!115 = !DILocation(line: 13, column: 8, scope: !105, inlinedAt: !112)
!116 = !DILocation(line: 13, column: 13, scope: !105, inlinedAt: !112)
!117 = !DILocation(line: 53, column: 31, scope: !102)
!118 = !DILocation(line: 53, column: 23, scope: !102)
!119 = distinct !{!119, !35, !120, !60, !61}
!120 = !DILocation(line: 53, column: 67, scope: !27)
!121 = !DILocation(line: 61, column: 72, scope: !15)
!122 = !DILocation(line: 61, column: 5, scope: !15)
!123 = !DILocalVariable(name: "n", arg: 1, scope: !124, file: !2, line: 43, type: !21)
!124 = distinct !DISubprogram(name: "free_list", scope: !2, file: !2, line: 43, type: !125, scopeLine: 43, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !127)
!125 = !DISubroutineType(types: !126)
!126 = !{null, !21}
!127 = !{!123, !128}
!128 = !DILocalVariable(name: "next", scope: !129, file: !2, line: 45, type: !21)
!129 = distinct !DILexicalBlock(scope: !124, file: !2, line: 44, column: 15)
!130 = !DILocation(line: 0, scope: !124, inlinedAt: !131)
!131 = distinct !DILocation(line: 62, column: 5, scope: !15)
!132 = !DILocation(line: 44, column: 5, scope: !124, inlinedAt: !131)
!133 = !DILocation(line: 45, column: 32, scope: !129, inlinedAt: !131)
!134 = !DILocation(line: 0, scope: !129, inlinedAt: !131)
!135 = !DILocation(line: 46, column: 9, scope: !129, inlinedAt: !131)
!136 = distinct !{!136, !132, !137, !60, !61}
!137 = !DILocation(line: 48, column: 5, scope: !124, inlinedAt: !131)
!138 = !DILocation(line: 63, column: 12, scope: !15)
!139 = !DILocation(line: 63, column: 5, scope: !15)
!140 = !DILocation(line: 60, column: 16, scope: !141)
!141 = distinct !DILexicalBlock(scope: !97, file: !2, line: 60, column: 13)
!142 = !DILocation(line: 60, column: 33, scope: !141)
!143 = !DILocation(line: 60, column: 22, scope: !141)
!144 = !DILocation(line: 60, column: 13, scope: !97)
!145 = distinct !DISubprogram(name: "length", scope: !2, file: !2, line: 28, type: !146, scopeLine: 28, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !150)
!146 = !DISubroutineType(types: !147)
!147 = !{!18, !148}
!148 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !149, size: 64)
!149 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !22)
!150 = !{!151}
!151 = !DILocalVariable(name: "n", arg: 1, scope: !145, file: !2, line: 28, type: !148)
!152 = !DILocation(line: 28, column: 58, scope: !145)
!153 = !DILocation(line: 0, scope: !145)
!154 = !DILocation(line: 28, column: 50, scope: !145)
!155 = !DILocation(line: 28, column: 68, scope: !145)
!156 = !DILocation(line: 28, column: 56, scope: !145)
!157 = !DILocation(line: 28, column: 43, scope: !145)
!158 = !DISubprogram(name: "printf", scope: !159, file: !159, line: 356, type: !160, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !165)
!159 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!160 = !DISubroutineType(types: !161)
!161 = !{!18, !162, null}
!162 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !163)
!163 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !164, size: 64)
!164 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !4)
!165 = !{}
!166 = !DISubprogram(name: "malloc", scope: !167, file: !167, line: 553, type: !168, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !165)
!167 = !DIFile(filename: "/usr/include/stdlib.h", directory: "", checksumkind: CSK_MD5, checksum: "4b47dc81a92f1fe77a152c0aac236718")
!168 = !DISubroutineType(types: !169)
!169 = !{!170, !171}
!170 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!171 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !172, line: 46, baseType: !173)
!172 = !DIFile(filename: "/usr/lib/llvm-16/lib/clang/16/include/stddef.h", directory: "", checksumkind: CSK_MD5, checksum: "f95079da609b0e8f201cb8136304bf3b")
!173 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!174 = !DISubprogram(name: "free", scope: !167, file: !167, line: 568, type: !175, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !165)
!175 = !DISubroutineType(types: !176)
!176 = !{null, !170}
