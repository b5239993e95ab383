; ModuleID = 'c/string_search.c'
source_filename = "c/string_search.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@main.patterns = internal unnamed_addr constant [6 x ptr] [ptr @.str, ptr @.str.1, ptr @.str.2, ptr @.str.3, ptr @.str.4, ptr @.str.5], align 16, !dbg !0
@.str = private unnamed_addr constant [5 x i8] c"abra\00", align 1, !dbg !9
@.str.1 = private unnamed_addr constant [8 x i8] c"cadabra\00", align 1, !dbg !15
@.str.2 = private unnamed_addr constant [2 x i8] c"a\00", align 1, !dbg !20
@.str.3 = private unnamed_addr constant [8 x i8] c"bracket\00", align 1, !dbg !25
@.str.4 = private unnamed_addr constant [6 x i8] c"zebra\00", align 1, !dbg !27
@.str.5 = private unnamed_addr constant [12 x i8] c"abracadabra\00", align 1, !dbg !32
@.str.6 = private unnamed_addr constant [32 x i8] c"string_search \22%s\22: %d matches\0A\00", align 1, !dbg !37
@.str.7 = private unnamed_addr constant [88 x i8] c"abracadabra abracadabra: a cadabra in the abracadabra of a bracket; abracadabracadabra.\00", align 1, !dbg !42

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 !dbg !2 {
  %1 = alloca [64 x i32], align 16
  call void @llvm.dbg.value(metadata i32 1, metadata !52, metadata !DIExpression()), !dbg !67
  call void @llvm.dbg.value(metadata i32 0, metadata !53, metadata !DIExpression()), !dbg !68
  br label %5, !dbg !69

2:                                                ; preds = %105
  %3 = icmp eq i32 %108, 0, !dbg !70
  %4 = zext i1 %3 to i32, !dbg !70
  ret i32 %4, !dbg !71

5:                                                ; preds = %0, %105
  %6 = phi i64 [ 0, %0 ], [ %109, %105 ]
  %7 = phi i32 [ 1, %0 ], [ %108, %105 ]
  call void @llvm.dbg.value(metadata i32 %7, metadata !52, metadata !DIExpression()), !dbg !67
  call void @llvm.dbg.value(metadata i64 %6, metadata !53, metadata !DIExpression()), !dbg !68
  %8 = getelementptr inbounds [6 x ptr], ptr @main.patterns, i64 0, i64 %6, !dbg !72
  %9 = load ptr, ptr %8, align 8, !dbg !72, !tbaa !73
  call void @llvm.dbg.value(metadata ptr @.str.7, metadata !77, metadata !DIExpression()), !dbg !93
  call void @llvm.dbg.value(metadata ptr %9, metadata !82, metadata !DIExpression()), !dbg !93
  call void @llvm.dbg.value(metadata i32 87, metadata !83, metadata !DIExpression()), !dbg !93
  %10 = tail call i64 @strlen(ptr noundef nonnull dereferenceable(1) %9) #6, !dbg !95
  %11 = trunc i64 %10 to i32, !dbg !96
  call void @llvm.dbg.value(metadata i32 %11, metadata !84, metadata !DIExpression()), !dbg !93
  call void @llvm.dbg.value(metadata i32 0, metadata !85, metadata !DIExpression()), !dbg !93
  call void @llvm.lifetime.start.p0(i64 256, ptr nonnull %1) #7, !dbg !97
  call void @llvm.dbg.declare(metadata ptr %1, metadata !86, metadata !DIExpression()), !dbg !98
  %12 = icmp eq i32 %11, 0, !dbg !99
  %13 = icmp sgt i32 %11, 64
  %14 = or i1 %12, %13, !dbg !101
  br i1 %14, label %94, label %15, !dbg !101

15:                                               ; preds = %5
  call void @llvm.dbg.value(metadata ptr %9, metadata !102, metadata !DIExpression()), !dbg !113
  call void @llvm.dbg.value(metadata i32 %11, metadata !108, metadata !DIExpression()), !dbg !113
  call void @llvm.dbg.value(metadata ptr %1, metadata !109, metadata !DIExpression()), !dbg !113
  store i32 0, ptr %1, align 16, !dbg !115, !tbaa !116
  call void @llvm.dbg.value(metadata i32 1, metadata !110, metadata !DIExpression()), !dbg !118
  call void @llvm.dbg.value(metadata i32 0, metadata !112, metadata !DIExpression()), !dbg !118
  %16 = icmp sgt i32 %11, 1, !dbg !119
  br i1 %16, label %17, label %51, !dbg !121

17:                                               ; preds = %15
  %18 = and i64 %10, 4294967295, !dbg !119
  br label %19, !dbg !121

19:                                               ; preds = %38, %17
  %20 = phi i64 [ 1, %17 ], [ %49, %38 ]
  %21 = phi i32 [ 0, %17 ], [ %47, %38 ]
  call void @llvm.dbg.value(metadata i32 %21, metadata !112, metadata !DIExpression()), !dbg !118
  call void @llvm.dbg.value(metadata i64 %20, metadata !110, metadata !DIExpression()), !dbg !118
  call void @llvm.dbg.value(metadata i32 %21, metadata !112, metadata !DIExpression()), !dbg !118
  %22 = icmp sgt i32 %21, 0, !dbg !122
  br i1 %22, label %23, label %38, !dbg !124

23:                                               ; preds = %19
  %24 = getelementptr inbounds i8, ptr %9, i64 %20, !dbg !125
  %25 = load i8, ptr %24, align 1, !tbaa !126
  br label %26, !dbg !124

26:                                               ; preds = %32, %23
  %27 = phi i32 [ %21, %23 ], [ %36, %32 ]
  call void @llvm.dbg.value(metadata i32 %27, metadata !112, metadata !DIExpression()), !dbg !118
  %28 = zext i32 %27 to i64
  %29 = getelementptr inbounds i8, ptr %9, i64 %28, !dbg !127
  %30 = load i8, ptr %29, align 1, !dbg !127, !tbaa !126
  %31 = icmp eq i8 %25, %30, !dbg !128
  br i1 %31, label %38, label %32, !dbg !129

32:                                               ; preds = %26
  %33 = add nsw i32 %27, -1, !dbg !130
  %34 = zext i32 %33 to i64
  %35 = getelementptr inbounds i32, ptr %1, i64 %34, !dbg !131
  %36 = load i32, ptr %35, align 4, !dbg !131, !tbaa !116
  call void @llvm.dbg.value(metadata i32 %36, metadata !112, metadata !DIExpression()), !dbg !118
  %37 = icmp sgt i32 %36, 0, !dbg !122
  br i1 %37, label %26, label %38, !dbg !124, !llvm.loop !132

38:                                               ; preds = %32, %26, %19
  %39 = phi i32 [ %21, %19 ], [ %27, %26 ], [ %36, %32 ], !dbg !118
  %40 = getelementptr inbounds i8, ptr %9, i64 %20, !dbg !136
  %41 = load i8, ptr %40, align 1, !dbg !136, !tbaa !126
  %42 = sext i32 %39 to i64, !dbg !138
  %43 = getelementptr inbounds i8, ptr %9, i64 %42, !dbg !138
  %44 = load i8, ptr %43, align 1, !dbg !138, !tbaa !126
  %45 = icmp eq i8 %41, %44, !dbg !139
  %46 = zext i1 %45 to i32, !dbg !140
  %47 = add nsw i32 %39, %46, !dbg !140
  call void @llvm.dbg.value(metadata i32 %47, metadata !112, metadata !DIExpression()), !dbg !118
  %48 = getelementptr inbounds i32, ptr %1, i64 %20, !dbg !141
  store i32 %47, ptr %48, align 4, !dbg !142, !tbaa !116
  %49 = add nuw nsw i64 %20, 1, !dbg !143
  call void @llvm.dbg.value(metadata i64 %49, metadata !110, metadata !DIExpression()), !dbg !118
  %50 = icmp eq i64 %49, %18, !dbg !119
  br i1 %50, label %51, label %19, !dbg !121, !llvm.loop !144

51:                                               ; preds = %38, %15
  br label %52, !dbg !146

52:                                               ; preds = %51, %89
  %53 = phi i64 [ %92, %89 ], [ 0, %51 ]
  %54 = phi i32 [ %91, %89 ], [ 0, %51 ]
  %55 = phi i32 [ %90, %89 ], [ 0, %51 ]
  call void @llvm.dbg.value(metadata i32 %54, metadata !92, metadata !DIExpression()), !dbg !147
  call void @llvm.dbg.value(metadata i64 %53, metadata !90, metadata !DIExpression()), !dbg !147
  call void @llvm.dbg.value(metadata i32 %55, metadata !85, metadata !DIExpression()), !dbg !93
  call void @llvm.dbg.value(metadata i32 %54, metadata !92, metadata !DIExpression()), !dbg !147
  %56 = icmp sgt i32 %54, 0, !dbg !148
  br i1 %56, label %57, label %72, !dbg !151

57:                                               ; preds = %52
  %58 = getelementptr inbounds i8, ptr @.str.7, i64 %53, !dbg !152
  %59 = load i8, ptr %58, align 1, !tbaa !126
  br label %60, !dbg !151

60:                                               ; preds = %66, %57
  %61 = phi i32 [ %54, %57 ], [ %70, %66 ]
  call void @llvm.dbg.value(metadata i32 %61, metadata !92, metadata !DIExpression()), !dbg !147
  %62 = zext i32 %61 to i64
  %63 = getelementptr inbounds i8, ptr %9, i64 %62, !dbg !153
  %64 = load i8, ptr %63, align 1, !dbg !153, !tbaa !126
  %65 = icmp eq i8 %59, %64, !dbg !154
  br i1 %65, label %72, label %66, !dbg !155

66:                                               ; preds = %60
  %67 = add nsw i32 %61, -1, !dbg !156
  %68 = zext i32 %67 to i64
  %69 = getelementptr inbounds [64 x i32], ptr %1, i64 0, i64 %68, !dbg !157
  %70 = load i32, ptr %69, align 4, !dbg !157, !tbaa !116
  call void @llvm.dbg.value(metadata i32 %70, metadata !92, metadata !DIExpression()), !dbg !147
  %71 = icmp sgt i32 %70, 0, !dbg !148
  br i1 %71, label %60, label %72, !dbg !151, !llvm.loop !158

72:                                               ; preds = %66, %60, %52
  %73 = phi i32 [ %54, %52 ], [ %61, %60 ], [ %70, %66 ], !dbg !147
  %74 = getelementptr inbounds i8, ptr @.str.7, i64 %53, !dbg !160
  %75 = load i8, ptr %74, align 1, !dbg !160, !tbaa !126
  %76 = sext i32 %73 to i64, !dbg !162
  %77 = getelementptr inbounds i8, ptr %9, i64 %76, !dbg !162
  %78 = load i8, ptr %77, align 1, !dbg !162, !tbaa !126
  %79 = icmp eq i8 %75, %78, !dbg !163
  %80 = zext i1 %79 to i32, !dbg !164
  %81 = add nsw i32 %73, %80, !dbg !164
  call void @llvm.dbg.value(metadata i32 %81, metadata !92, metadata !DIExpression()), !dbg !147
  %82 = icmp eq i32 %81, %11, !dbg !165
  br i1 %82, label %83, label %89, !dbg !167

83:                                               ; preds = %72
  %84 = add nsw i32 %55, 1, !dbg !168
  call void @llvm.dbg.value(metadata i32 %84, metadata !85, metadata !DIExpression()), !dbg !93
  %85 = add nsw i32 %81, -1, !dbg !170
  %86 = sext i32 %85 to i64, !dbg !171
  %87 = getelementptr inbounds [64 x i32], ptr %1, i64 0, i64 %86, !dbg !171
  %88 = load i32, ptr %87, align 4, !dbg !171, !tbaa !116
  call void @llvm.dbg.value(metadata i32 %88, metadata !92, metadata !DIExpression()), !dbg !147
  br label %89, !dbg !172

89:                                               ; preds = %83, %72
  %90 = phi i32 [ %84, %83 ], [ %55, %72 ], !dbg !93
  %91 = phi i32 [ %88, %83 ], [ %81, %72 ], !dbg !173
  call void @llvm.dbg.value(metadata i32 %91, metadata !92, metadata !DIExpression()), !dbg !147
  call void @llvm.dbg.value(metadata i32 %90, metadata !85, metadata !DIExpression()), !dbg !93
  %92 = add nuw nsw i64 %53, 1, !dbg !174
  call void @llvm.dbg.value(metadata i64 %92, metadata !90, metadata !DIExpression()), !dbg !147
  %93 = icmp eq i64 %92, 87, !dbg !175
  br i1 %93, label %94, label %52, !dbg !146, !llvm.loop !176

94:                                               ; preds = %89, %5
  %95 = phi i32 [ -1, %5 ], [ %90, %89 ], !dbg !93
  call void @llvm.lifetime.end.p0(i64 256, ptr nonnull %1) #7, !dbg !178
  call void @llvm.dbg.value(metadata i32 %95, metadata !56, metadata !DIExpression()), !dbg !179
  call void @llvm.dbg.value(metadata ptr @.str.7, metadata !180, metadata !DIExpression()), !dbg !191
  call void @llvm.dbg.value(metadata ptr %9, metadata !183, metadata !DIExpression()), !dbg !191
  call void @llvm.dbg.value(metadata i32 0, metadata !184, metadata !DIExpression()), !dbg !191
  call void @llvm.dbg.value(metadata i64 %10, metadata !185, metadata !DIExpression()), !dbg !191
  call void @llvm.dbg.value(metadata ptr @.str.7, metadata !189, metadata !DIExpression()), !dbg !193
  call void @llvm.dbg.value(metadata i32 0, metadata !184, metadata !DIExpression()), !dbg !191
  br label %96, !dbg !194

96:                                               ; preds = %96, %94
  %97 = phi ptr [ @.str.7, %94 ], [ %103, %96 ]
  %98 = phi i32 [ 0, %94 ], [ %102, %96 ]
  call void @llvm.dbg.value(metadata ptr %97, metadata !189, metadata !DIExpression()), !dbg !193
  call void @llvm.dbg.value(metadata i32 %98, metadata !184, metadata !DIExpression()), !dbg !191
  %99 = tail call i32 @strncmp(ptr noundef nonnull %97, ptr noundef %9, i64 noundef %10) #6, !dbg !195
  %100 = icmp eq i32 %99, 0, !dbg !198
  %101 = zext i1 %100 to i32, !dbg !199
  %102 = add nuw nsw i32 %98, %101, !dbg !199
  call void @llvm.dbg.value(metadata i32 %102, metadata !184, metadata !DIExpression()), !dbg !191
  %103 = getelementptr inbounds i8, ptr %97, i64 1, !dbg !200
  call void @llvm.dbg.value(metadata ptr %103, metadata !189, metadata !DIExpression()), !dbg !193
  %104 = icmp eq ptr %103, getelementptr inbounds ([88 x i8], ptr @.str.7, i64 0, i64 87), !dbg !194
  br i1 %104, label %105, label %96, !dbg !194, !llvm.loop !201

105:                                              ; preds = %96
  call void @llvm.dbg.value(metadata i32 %102, metadata !59, metadata !DIExpression()), !dbg !179
  %106 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, ptr noundef %9, i32 noundef %95), !dbg !203
  %107 = icmp eq i32 %95, %102, !dbg !204
  %108 = select i1 %107, i32 %7, i32 0, !dbg !206
  call void @llvm.dbg.value(metadata i32 %108, metadata !52, metadata !DIExpression()), !dbg !67
  %109 = add nuw nsw i64 %6, 1, !dbg !207
  call void @llvm.dbg.value(metadata i64 %109, metadata !53, metadata !DIExpression()), !dbg !68
  %110 = icmp eq i64 %109, 6, !dbg !208
  br i1 %110, label %2, label %5, !dbg !69, !llvm.loop !209
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.declare(metadata, metadata, metadata) #2

; Function Attrs: nofree nounwind
declare !dbg !211 noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare !dbg !217 i64 @strlen(ptr nocapture noundef) local_unnamed_addr #4

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare !dbg !221 i32 @strncmp(ptr nocapture noundef, ptr nocapture noundef, i64 noundef) local_unnamed_addr #4

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #5

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nofree nounwind willreturn memory(argmem: read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { nounwind willreturn memory(read) }
attributes #7 = { nounwind }

!llvm.dbg.cu = !{!7}
!llvm.module.flags = !{!61, !62, !63, !64, !65, !66}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "patterns", scope: !2, file: !3, line: 42, type: !60, isLocal: true, isDefinition: true)
!2 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 41, type: !4, scopeLine: 41, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !51)
!3 = !DIFile(filename: "c/string_search.c", directory: ".", checksumkind: CSK_MD5, checksum: "e5e5e0ec8d009841671852de76dbf138")
!4 = !DISubroutineType(types: !5)
!5 = !{!6}
!6 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!7 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !5, globals: !8, splitDebugInlining: false, nameTableKind: None)
!8 = !{!9, !15, !20, !25, !27, !32, !0, !37, !42, !47}
!9 = !DIGlobalVariableExpression(var: !10, expr: !DIExpression())
!10 = distinct !DIGlobalVariable(scope: null, file: !3, line: 42, type: !11, isLocal: true, isDefinition: true)
!11 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 40, elements: !13)
!12 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!13 = !{!14}
!14 = !DISubrange(count: 5)
!15 = !DIGlobalVariableExpression(var: !16, expr: !DIExpression())
!16 = distinct !DIGlobalVariable(scope: null, file: !3, line: 42, type: !17, isLocal: true, isDefinition: true)
!17 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 64, elements: !18)
!18 = !{!19}
!19 = !DISubrange(count: 8)
!20 = !DIGlobalVariableExpression(var: !21, expr: !DIExpression())
!21 = distinct !DIGlobalVariable(scope: null, file: !3, line: 42, type: !22, isLocal: true, isDefinition: true)
!22 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 16, elements: !23)
!23 = !{!24}
!24 = !DISubrange(count: 2)
!25 = !DIGlobalVariableExpression(var: !26, expr: !DIExpression())
!26 = distinct !DIGlobalVariable(scope: null, file: !3, line: 42, type: !17, isLocal: true, isDefinition: true)
!27 = !DIGlobalVariableExpression(var: !28, expr: !DIExpression())
!28 = distinct !DIGlobalVariable(scope: null, file: !3, line: 42, type: !29, isLocal: true, isDefinition: true)
!29 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 48, elements: !30)
!30 = !{!31}
!31 = !DISubrange(count: 6)
!32 = !DIGlobalVariableExpression(var: !33, expr: !DIExpression())
!33 = distinct !DIGlobalVariable(scope: null, file: !3, line: 42, type: !34, isLocal: true, isDefinition: true)
!34 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 96, elements: !35)
!35 = !{!36}
!36 = !DISubrange(count: 12)
!37 = !DIGlobalVariableExpression(var: !38, expr: !DIExpression())
!38 = distinct !DIGlobalVariable(scope: null, file: !3, line: 46, type: !39, isLocal: true, isDefinition: true)
!39 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 256, elements: !40)
!40 = !{!41}
!41 = !DISubrange(count: 32)
!42 = !DIGlobalVariableExpression(var: !43, expr: !DIExpression())
!43 = distinct !DIGlobalVariable(scope: null, file: !3, line: 6, type: !44, isLocal: true, isDefinition: true)
!44 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 704, elements: !45)
!45 = !{!46}
!46 = !DISubrange(count: 88)
!47 = !DIGlobalVariableExpression(var: !48, expr: !DIExpression())
!48 = distinct !DIGlobalVariable(name: "text", scope: !7, file: !3, line: 5, type: !49, isLocal: true, isDefinition: true)
!49 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !50, size: 64)
!50 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !12)
!51 = !{!52, !53, !56, !59}
!52 = !DILocalVariable(name: "ok", scope: !2, file: !3, line: 43, type: !6)
!53 = !DILocalVariable(name: "i", scope: !54, file: !3, line: 44, type: !55)
!54 = distinct !DILexicalBlock(scope: !2, file: !3, line: 44, column: 5)
!55 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!56 = !DILocalVariable(name: "k", scope: !57, file: !3, line: 45, type: !6)
!57 = distinct !DILexicalBlock(scope: !58, file: !3, line: 44, column: 73)
!58 = distinct !DILexicalBlock(scope: !54, file: !3, line: 44, column: 5)
!59 = !DILocalVariable(name: "nv", scope: !57, file: !3, line: 45, type: !6)
!60 = !DICompositeType(tag: DW_TAG_array_type, baseType: !49, size: 384, elements: !30)
!61 = !{i32 7, !"Dwarf Version", i32 5}
!62 = !{i32 2, !"Debug Info Version", i32 3}
!63 = !{i32 1, !"wchar_size", i32 4}
!64 = !{i32 8, !"PIC Level", i32 2}
!65 = !{i32 7, !"PIE Level", i32 2}
!66 = !{i32 7, !"uwtable", i32 2}
!67 = !DILocation(line: 0, scope: !2)
!68 = !DILocation(line: 0, scope: !54)
!69 = !DILocation(line: 44, column: 5, scope: !54)
!70 = !DILocation(line: 49, column: 12, scope: !2)
!71 = !DILocation(line: 49, column: 5, scope: !2)
!72 = !DILocation(line: 45, column: 33, scope: !57)
!73 = !{!74, !74, i64 0}
!74 = !{!"any pointer", !75, i64 0}
!75 = !{!"omnipotent char", !76, i64 0}
!76 = !{!"Simple C/C++ TBAA"}
!77 = !DILocalVariable(name: "t", arg: 1, scope: !78, file: !3, line: 17, type: !49)
!78 = distinct !DISubprogram(name: "kmp_count", scope: !3, file: !3, line: 17, type: !79, scopeLine: 17, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !81)
!79 = !DISubroutineType(types: !80)
!80 = !{!6, !49, !49}
!81 = !{!77, !82, !83, !84, !85, !86, !90, !92}
!82 = !DILocalVariable(name: "p", arg: 2, scope: !78, file: !3, line: 17, type: !49)
!83 = !DILocalVariable(name: "n", scope: !78, file: !3, line: 18, type: !6)
!84 = !DILocalVariable(name: "m", scope: !78, file: !3, line: 18, type: !6)
!85 = !DILocalVariable(name: "count", scope: !78, file: !3, line: 18, type: !6)
!86 = !DILocalVariable(name: "fail", scope: !78, file: !3, line: 19, type: !87)
!87 = !DICompositeType(tag: DW_TAG_array_type, baseType: !6, size: 2048, elements: !88)
!88 = !{!89}
!89 = !DISubrange(count: 64)
!90 = !DILocalVariable(name: "i", scope: !91, file: !3, line: 22, type: !6)
!91 = distinct !DILexicalBlock(scope: !78, file: !3, line: 22, column: 5)
!92 = !DILocalVariable(name: "k", scope: !91, file: !3, line: 22, type: !6)
!93 = !DILocation(line: 0, scope: !78, inlinedAt: !94)
!94 = distinct !DILocation(line: 45, column: 17, scope: !57)
!95 = !DILocation(line: 18, column: 38, scope: !78, inlinedAt: !94)
!96 = !DILocation(line: 18, column: 33, scope: !78, inlinedAt: !94)
!97 = !DILocation(line: 19, column: 5, scope: !78, inlinedAt: !94)
!98 = !DILocation(line: 19, column: 9, scope: !78, inlinedAt: !94)
!99 = !DILocation(line: 20, column: 11, scope: !100, inlinedAt: !94)
!100 = distinct !DILexicalBlock(scope: !78, file: !3, line: 20, column: 9)
!101 = !DILocation(line: 20, column: 16, scope: !100, inlinedAt: !94)
!102 = !DILocalVariable(name: "p", arg: 1, scope: !103, file: !3, line: 8, type: !49)
!103 = distinct !DISubprogram(name: "failure_table", scope: !3, file: !3, line: 8, type: !104, scopeLine: 8, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !107)
!104 = !DISubroutineType(types: !105)
!105 = !{null, !49, !6, !106}
!106 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !6, size: 64)
!107 = !{!102, !108, !109, !110, !112}
!108 = !DILocalVariable(name: "m", arg: 2, scope: !103, file: !3, line: 8, type: !6)
!109 = !DILocalVariable(name: "fail", arg: 3, scope: !103, file: !3, line: 8, type: !106)
!110 = !DILocalVariable(name: "i", scope: !111, file: !3, line: 10, type: !6)
!111 = distinct !DILexicalBlock(scope: !103, file: !3, line: 10, column: 5)
!112 = !DILocalVariable(name: "k", scope: !111, file: !3, line: 10, type: !6)
!113 = !DILocation(line: 0, scope: !103, inlinedAt: !114)
!114 = distinct !DILocation(line: 21, column: 5, scope: !78, inlinedAt: !94)
!115 = !DILocation(line: 9, column: 13, scope: !103, inlinedAt: !114)
!116 = !{!117, !117, i64 0}
!117 = !{!"int", !75, i64 0}
!118 = !DILocation(line: 0, scope: !111, inlinedAt: !114)
!119 = !DILocation(line: 10, column: 30, scope: !120, inlinedAt: !114)
!120 = distinct !DILexicalBlock(scope: !111, file: !3, line: 10, column: 5)
!121 = !DILocation(line: 10, column: 5, scope: !111, inlinedAt: !114)
!122 = !DILocation(line: 11, column: 18, scope: !123, inlinedAt: !114)
!123 = distinct !DILexicalBlock(scope: !120, file: !3, line: 10, column: 40)
!124 = !DILocation(line: 11, column: 22, scope: !123, inlinedAt: !114)
!125 = !DILocation(line: 11, column: 25, scope: !123, inlinedAt: !114)
!126 = !{!75, !75, i64 0}
!127 = !DILocation(line: 11, column: 33, scope: !123, inlinedAt: !114)
!128 = !DILocation(line: 11, column: 30, scope: !123, inlinedAt: !114)
!129 = !DILocation(line: 11, column: 9, scope: !123, inlinedAt: !114)
!130 = !DILocation(line: 11, column: 50, scope: !123, inlinedAt: !114)
!131 = !DILocation(line: 11, column: 43, scope: !123, inlinedAt: !114)
!132 = distinct !{!132, !129, !133, !134, !135}
!133 = !DILocation(line: 11, column: 53, scope: !123, inlinedAt: !114)
!134 = !{!"llvm.loop.mustprogress"}
!135 = !{!"llvm.loop.unroll.disable"}
!136 = !DILocation(line: 12, column: 13, scope: !137, inlinedAt: !114)
!137 = distinct !DILexicalBlock(scope: !123, file: !3, line: 12, column: 13)
!138 = !DILocation(line: 12, column: 21, scope: !137, inlinedAt: !114)
!139 = !DILocation(line: 12, column: 18, scope: !137, inlinedAt: !114)
!140 = !DILocation(line: 12, column: 13, scope: !123, inlinedAt: !114)
!141 = !DILocation(line: 13, column: 9, scope: !123, inlinedAt: !114)
!142 = !DILocation(line: 13, column: 17, scope: !123, inlinedAt: !114)
!143 = !DILocation(line: 10, column: 36, scope: !120, inlinedAt: !114)
!144 = distinct !{!144, !121, !145, !134, !135}
!145 = !DILocation(line: 14, column: 5, scope: !111, inlinedAt: !114)
!146 = !DILocation(line: 22, column: 5, scope: !91, inlinedAt: !94)
!147 = !DILocation(line: 0, scope: !91, inlinedAt: !94)
!148 = !DILocation(line: 23, column: 18, scope: !149, inlinedAt: !94)
!149 = distinct !DILexicalBlock(scope: !150, file: !3, line: 22, column: 40)
!150 = distinct !DILexicalBlock(scope: !91, file: !3, line: 22, column: 5)
!151 = !DILocation(line: 23, column: 22, scope: !149, inlinedAt: !94)
!152 = !DILocation(line: 23, column: 25, scope: !149, inlinedAt: !94)
!153 = !DILocation(line: 23, column: 33, scope: !149, inlinedAt: !94)
!154 = !DILocation(line: 23, column: 30, scope: !149, inlinedAt: !94)
!155 = !DILocation(line: 23, column: 9, scope: !149, inlinedAt: !94)
!156 = !DILocation(line: 23, column: 50, scope: !149, inlinedAt: !94)
!157 = !DILocation(line: 23, column: 43, scope: !149, inlinedAt: !94)
!158 = distinct !{!158, !155, !159, !134, !135}
!159 = !DILocation(line: 23, column: 53, scope: !149, inlinedAt: !94)
!160 = !DILocation(line: 24, column: 13, scope: !161, inlinedAt: !94)
!161 = distinct !DILexicalBlock(scope: !149, file: !3, line: 24, column: 13)
!162 = !DILocation(line: 24, column: 21, scope: !161, inlinedAt: !94)
!163 = !DILocation(line: 24, column: 18, scope: !161, inlinedAt: !94)
!164 = !DILocation(line: 24, column: 13, scope: !149, inlinedAt: !94)
!165 = !DILocation(line: 25, column: 15, scope: !166, inlinedAt: !94)
!166 = distinct !DILexicalBlock(scope: !149, file: !3, line: 25, column: 13)
!167 = !DILocation(line: 25, column: 13, scope: !149, inlinedAt: !94)
!168 = !DILocation(line: 26, column: 18, scope: !169, inlinedAt: !94)
!169 = distinct !DILexicalBlock(scope: !166, file: !3, line: 25, column: 21)
!170 = !DILocation(line: 27, column: 24, scope: !169, inlinedAt: !94)
!171 = !DILocation(line: 27, column: 17, scope: !169, inlinedAt: !94)
!172 = !DILocation(line: 28, column: 9, scope: !169, inlinedAt: !94)
!173 = !DILocation(line: 0, scope: !149, inlinedAt: !94)
!174 = !DILocation(line: 22, column: 36, scope: !150, inlinedAt: !94)
!175 = !DILocation(line: 22, column: 30, scope: !150, inlinedAt: !94)
!176 = distinct !{!176, !146, !177, !134, !135}
!177 = !DILocation(line: 29, column: 5, scope: !91, inlinedAt: !94)
!178 = !DILocation(line: 31, column: 1, scope: !78, inlinedAt: !94)
!179 = !DILocation(line: 0, scope: !57)
!180 = !DILocalVariable(name: "t", arg: 1, scope: !181, file: !3, line: 33, type: !49)
!181 = distinct !DISubprogram(name: "naive_count", scope: !3, file: !3, line: 33, type: !79, scopeLine: 33, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !182)
!182 = !{!180, !183, !184, !185, !189}
!183 = !DILocalVariable(name: "p", arg: 2, scope: !181, file: !3, line: 33, type: !49)
!184 = !DILocalVariable(name: "count", scope: !181, file: !3, line: 34, type: !6)
!185 = !DILocalVariable(name: "m", scope: !181, file: !3, line: 35, type: !186)
!186 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !187, line: 46, baseType: !188)
!187 = !DIFile(filename: "/usr/lib/llvm-16/lib/clang/16/include/stddef.h", directory: "", checksumkind: CSK_MD5, checksum: "f95079da609b0e8f201cb8136304bf3b")
!188 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!189 = !DILocalVariable(name: "s", scope: !190, file: !3, line: 36, type: !49)
!190 = distinct !DILexicalBlock(scope: !181, file: !3, line: 36, column: 5)
!191 = !DILocation(line: 0, scope: !181, inlinedAt: !192)
!192 = distinct !DILocation(line: 45, column: 52, scope: !57)
!193 = !DILocation(line: 0, scope: !190, inlinedAt: !192)
!194 = !DILocation(line: 36, column: 5, scope: !190, inlinedAt: !192)
!195 = !DILocation(line: 37, column: 13, scope: !196, inlinedAt: !192)
!196 = distinct !DILexicalBlock(scope: !197, file: !3, line: 37, column: 13)
!197 = distinct !DILexicalBlock(scope: !190, file: !3, line: 36, column: 5)
!198 = !DILocation(line: 37, column: 30, scope: !196, inlinedAt: !192)
!199 = !DILocation(line: 37, column: 13, scope: !197, inlinedAt: !192)
!200 = !DILocation(line: 36, column: 34, scope: !197, inlinedAt: !192)
!201 = distinct !{!201, !194, !202, !134, !135}
!202 = !DILocation(line: 37, column: 41, scope: !190, inlinedAt: !192)
!203 = !DILocation(line: 46, column: 9, scope: !57)
!204 = !DILocation(line: 47, column: 15, scope: !205)
!205 = distinct !DILexicalBlock(scope: !57, file: !3, line: 47, column: 13)
!206 = !DILocation(line: 47, column: 13, scope: !57)
!207 = !DILocation(line: 44, column: 69, scope: !58)
!208 = !DILocation(line: 44, column: 28, scope: !58)
!209 = distinct !{!209, !69, !210, !134, !135}
!210 = !DILocation(line: 48, column: 5, scope: !54)
!211 = !DISubprogram(name: "printf", scope: !212, file: !212, line: 356, type: !213, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !216)
!212 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!213 = !DISubroutineType(types: !214)
!214 = !{!6, !215, null}
!215 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !49)
!216 = !{}
!217 = !DISubprogram(name: "strlen", scope: !218, file: !218, line: 407, type: !219, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !216)
!218 = !DIFile(filename: "/usr/include/string.h", directory: "", checksumkind: CSK_MD5, checksum: "0ee11a08692643b86154f96759d0f7fa")
!219 = !DISubroutineType(types: !220)
!220 = !{!188, !49}
!221 = !DISubprogram(name: "strncmp", scope: !218, file: !218, line: 159, type: !222, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !216)
!222 = !DISubroutineType(types: !223)
!223 = !{!6, !49, !49, !186}
