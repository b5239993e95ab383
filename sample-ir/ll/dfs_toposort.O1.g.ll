; ModuleID = 'c/dfs_toposort.c'
source_filename = "c/dfs_toposort.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@main.edges = internal unnamed_addr constant [10 x [2 x i32]] [[2 x i32] [i32 0, i32 1], [2 x i32] [i32 0, i32 2], [2 x i32] [i32 1, i32 3], [2 x i32] [i32 2, i32 3], [2 x i32] [i32 3, i32 4], [2 x i32] [i32 5, i32 4], [2 x i32] [i32 6, i32 0], [2 x i32] [i32 6, i32 5], [2 x i32] [i32 2, i32 7], [2 x i32] [i32 7, i32 4]], align 16, !dbg !0
@nvert = internal unnamed_addr global i1 false, align 4, !dbg !58
@adj = internal unnamed_addr global [16 x [16 x i32]] zeroinitializer, align 16, !dbg !27
@order_len = internal unnamed_addr global i32 0, align 4, !dbg !38
@order = internal unnamed_addr global [16 x i32] zeroinitializer, align 16, !dbg !34
@.str = private unnamed_addr constant [37 x i8] c"dfs_toposort first=%d last=%d ok=%d\0A\00", align 1, !dbg !16
@.str.1 = private unnamed_addr constant [44 x i8] c"dfs_toposort after adding 4->6: acyclic=%d\0A\00", align 1, !dbg !22
@colour = internal unnamed_addr global [16 x i32] zeroinitializer, align 16, !dbg !40

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 !dbg !2 {
  %1 = alloca [16 x i32], align 16
  store i1 true, ptr @nvert, align 4, !dbg !65
  call void @llvm.dbg.value(metadata i32 0, metadata !44, metadata !DIExpression()), !dbg !66
  br label %18, !dbg !67

2:                                                ; preds = %18
  store i32 0, ptr @order_len, align 4, !dbg !68, !tbaa !77
  call void @llvm.dbg.value(metadata i32 0, metadata !71, metadata !DIExpression()), !dbg !81
  call void @llvm.dbg.value(metadata i32 0, metadata !71, metadata !DIExpression()), !dbg !81
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(32) @colour, i8 0, i64 32, i1 false), !dbg !82, !tbaa !84
  call void @llvm.dbg.value(metadata i64 poison, metadata !71, metadata !DIExpression()), !dbg !81
  br label %3, !dbg !85

3:                                                ; preds = %2, %13
  %4 = phi i64 [ %14, %13 ], [ 0, %2 ]
  %5 = phi i1 [ %15, %13 ], [ true, %2 ]
  call void @llvm.dbg.value(metadata i64 %4, metadata !73, metadata !DIExpression()), !dbg !86
  %6 = getelementptr inbounds [16 x i32], ptr @colour, i64 0, i64 %4, !dbg !87
  %7 = load i32, ptr %6, align 4, !dbg !87, !tbaa !84
  %8 = icmp eq i32 %7, 0, !dbg !90
  br i1 %8, label %9, label %13, !dbg !91

9:                                                ; preds = %3
  %10 = trunc i64 %4 to i32, !dbg !92
  %11 = tail call fastcc i32 @dfs(i32 noundef %10), !dbg !92
  %12 = icmp eq i32 %11, 0, !dbg !92
  br i1 %12, label %13, label %16, !dbg !93

13:                                               ; preds = %9, %3
  %14 = add nuw nsw i64 %4, 1, !dbg !94
  call void @llvm.dbg.value(metadata i64 %14, metadata !73, metadata !DIExpression()), !dbg !86
  %15 = icmp ult i64 %4, 7, !dbg !95
  br i1 %15, label %3, label %16, !dbg !85, !llvm.loop !96

16:                                               ; preds = %9, %13
  %17 = phi i1 [ %15, %13 ], [ %5, %9 ], !dbg !95
  br i1 %17, label %98, label %29, !dbg !100

18:                                               ; preds = %0, %18
  %19 = phi i64 [ 0, %0 ], [ %27, %18 ]
  call void @llvm.dbg.value(metadata i64 %19, metadata !44, metadata !DIExpression()), !dbg !66
  %20 = getelementptr inbounds [10 x [2 x i32]], ptr @main.edges, i64 0, i64 %19, !dbg !101
  %21 = load i32, ptr %20, align 8, !dbg !101, !tbaa !77
  %22 = sext i32 %21 to i64, !dbg !103
  %23 = getelementptr inbounds [10 x [2 x i32]], ptr @main.edges, i64 0, i64 %19, i64 1, !dbg !104
  %24 = load i32, ptr %23, align 4, !dbg !104, !tbaa !77
  %25 = sext i32 %24 to i64, !dbg !103
  %26 = getelementptr inbounds [16 x [16 x i32]], ptr @adj, i64 0, i64 %22, i64 %25, !dbg !103
  store i32 1, ptr %26, align 4, !dbg !105, !tbaa !77
  %27 = add nuw nsw i64 %19, 1, !dbg !106
  call void @llvm.dbg.value(metadata i64 %27, metadata !44, metadata !DIExpression()), !dbg !66
  %28 = icmp eq i64 %27, 10, !dbg !107
  br i1 %28, label %2, label %18, !dbg !67, !llvm.loop !108

29:                                               ; preds = %16
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %1) #7, !dbg !110
  call void @llvm.dbg.declare(metadata ptr %1, metadata !46, metadata !DIExpression()), !dbg !111
  call void @llvm.dbg.value(metadata i32 0, metadata !47, metadata !DIExpression()), !dbg !112
  %30 = load i32, ptr @order_len, align 4, !tbaa !77
  call void @llvm.dbg.value(metadata i32 0, metadata !47, metadata !DIExpression()), !dbg !112
  %31 = icmp sgt i32 %30, 0, !dbg !113
  br i1 %31, label %32, label %34, !dbg !115

32:                                               ; preds = %29
  %33 = zext i32 %30 to i64, !dbg !113
  br label %37, !dbg !115

34:                                               ; preds = %37, %29
  %35 = icmp eq i32 %30, 8, !dbg !116
  %36 = zext i1 %35 to i32, !dbg !116
  call void @llvm.dbg.value(metadata i32 %36, metadata !49, metadata !DIExpression()), !dbg !117
  call void @llvm.dbg.value(metadata i32 0, metadata !50, metadata !DIExpression()), !dbg !118
  br label %81, !dbg !119

37:                                               ; preds = %32, %37
  %38 = phi i64 [ 0, %32 ], [ %46, %37 ]
  %39 = trunc i64 %38 to i32
  call void @llvm.dbg.value(metadata i64 %38, metadata !47, metadata !DIExpression()), !dbg !112
  %40 = xor i32 %39, -1, !dbg !120
  %41 = add i32 %30, %40, !dbg !120
  %42 = getelementptr inbounds [16 x i32], ptr @order, i64 0, i64 %38, !dbg !121
  %43 = load i32, ptr %42, align 4, !dbg !121, !tbaa !77
  %44 = sext i32 %43 to i64, !dbg !122
  %45 = getelementptr inbounds [16 x i32], ptr %1, i64 0, i64 %44, !dbg !122
  store i32 %41, ptr %45, align 4, !dbg !123, !tbaa !77
  %46 = add nuw nsw i64 %38, 1, !dbg !124
  call void @llvm.dbg.value(metadata i64 %46, metadata !47, metadata !DIExpression()), !dbg !112
  %47 = icmp eq i64 %46, %33, !dbg !113
  br i1 %47, label %34, label %37, !dbg !115, !llvm.loop !125

48:                                               ; preds = %81
  %49 = add nsw i32 %30, -1, !dbg !127
  %50 = sext i32 %49 to i64, !dbg !128
  %51 = getelementptr inbounds [16 x i32], ptr @order, i64 0, i64 %50, !dbg !128
  %52 = load i32, ptr %51, align 4, !dbg !128, !tbaa !77
  %53 = load i32, ptr @order, align 16, !dbg !129, !tbaa !77
  %54 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %52, i32 noundef %53, i32 noundef %95), !dbg !130
  store i32 1, ptr getelementptr inbounds ([16 x [16 x i32]], ptr @adj, i64 0, i64 4, i64 6), align 8, !dbg !131, !tbaa !77
  store i32 0, ptr @order_len, align 4, !dbg !132, !tbaa !77
  call void @llvm.dbg.value(metadata i32 0, metadata !71, metadata !DIExpression()), !dbg !134
  call void @llvm.dbg.value(metadata i32 0, metadata !71, metadata !DIExpression()), !dbg !134
  br label %55, !dbg !135

55:                                               ; preds = %48, %55
  %56 = phi i64 [ %58, %55 ], [ 0, %48 ]
  call void @llvm.dbg.value(metadata i64 %56, metadata !71, metadata !DIExpression()), !dbg !134
  %57 = getelementptr inbounds [16 x i32], ptr @colour, i64 0, i64 %56, !dbg !136
  store i32 0, ptr %57, align 4, !dbg !137, !tbaa !84
  %58 = add nuw nsw i64 %56, 1, !dbg !138
  call void @llvm.dbg.value(metadata i64 %58, metadata !71, metadata !DIExpression()), !dbg !134
  %59 = icmp ult i64 %56, 7, !dbg !139
  br i1 %59, label %55, label %60, !dbg !135, !llvm.loop !140

60:                                               ; preds = %55, %70
  %61 = phi i64 [ %71, %70 ], [ 0, %55 ]
  %62 = phi i1 [ %72, %70 ], [ true, %55 ]
  call void @llvm.dbg.value(metadata i64 %61, metadata !73, metadata !DIExpression()), !dbg !142
  %63 = getelementptr inbounds [16 x i32], ptr @colour, i64 0, i64 %61, !dbg !143
  %64 = load i32, ptr %63, align 4, !dbg !143, !tbaa !84
  %65 = icmp eq i32 %64, 0, !dbg !144
  br i1 %65, label %66, label %70, !dbg !145

66:                                               ; preds = %60
  %67 = trunc i64 %61 to i32, !dbg !146
  %68 = tail call fastcc i32 @dfs(i32 noundef %67), !dbg !146
  %69 = icmp eq i32 %68, 0, !dbg !146
  br i1 %69, label %70, label %73, !dbg !147

70:                                               ; preds = %66, %60
  %71 = add nuw nsw i64 %61, 1, !dbg !148
  call void @llvm.dbg.value(metadata i64 %71, metadata !73, metadata !DIExpression()), !dbg !142
  %72 = icmp ult i64 %61, 7, !dbg !149
  br i1 %72, label %60, label %73, !dbg !150, !llvm.loop !151

73:                                               ; preds = %66, %70
  %74 = phi i1 [ %72, %70 ], [ %62, %66 ], !dbg !149
  %75 = xor i1 %74, true
  %76 = zext i1 %75 to i32
  call void @llvm.dbg.value(metadata i32 %76, metadata !52, metadata !DIExpression()), !dbg !117
  %77 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %76), !dbg !153
  %78 = icmp eq i32 %95, 0, !dbg !154
  %79 = or i1 %78, %75, !dbg !154
  %80 = zext i1 %79 to i32, !dbg !154
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %1) #7, !dbg !155
  br label %98

81:                                               ; preds = %34, %81
  %82 = phi i64 [ 0, %34 ], [ %96, %81 ]
  %83 = phi i32 [ %36, %34 ], [ %95, %81 ]
  call void @llvm.dbg.value(metadata i64 %82, metadata !50, metadata !DIExpression()), !dbg !118
  call void @llvm.dbg.value(metadata i32 %83, metadata !49, metadata !DIExpression()), !dbg !117
  %84 = getelementptr inbounds [10 x [2 x i32]], ptr @main.edges, i64 0, i64 %82, !dbg !156
  %85 = load i32, ptr %84, align 8, !dbg !156, !tbaa !77
  %86 = sext i32 %85 to i64, !dbg !159
  %87 = getelementptr inbounds [16 x i32], ptr %1, i64 0, i64 %86, !dbg !159
  %88 = load i32, ptr %87, align 4, !dbg !159, !tbaa !77
  %89 = getelementptr inbounds [10 x [2 x i32]], ptr @main.edges, i64 0, i64 %82, i64 1, !dbg !160
  %90 = load i32, ptr %89, align 4, !dbg !160, !tbaa !77
  %91 = sext i32 %90 to i64, !dbg !161
  %92 = getelementptr inbounds [16 x i32], ptr %1, i64 0, i64 %91, !dbg !161
  %93 = load i32, ptr %92, align 4, !dbg !161, !tbaa !77
  %94 = icmp slt i32 %88, %93, !dbg !162
  %95 = select i1 %94, i32 %83, i32 0, !dbg !163
  call void @llvm.dbg.value(metadata i32 %95, metadata !49, metadata !DIExpression()), !dbg !117
  %96 = add nuw nsw i64 %82, 1, !dbg !164
  call void @llvm.dbg.value(metadata i64 %96, metadata !50, metadata !DIExpression()), !dbg !118
  %97 = icmp eq i64 %96, 10, !dbg !165
  br i1 %97, label %48, label %81, !dbg !119, !llvm.loop !166

98:                                               ; preds = %16, %73
  %99 = phi i32 [ %80, %73 ], [ 1, %16 ], !dbg !117
  ret i32 %99, !dbg !155
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.declare(metadata, metadata, metadata) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare !dbg !168 noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #3

; Function Attrs: nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) uwtable
define internal fastcc i32 @dfs(i32 noundef %0) unnamed_addr #4 !dbg !176 {
  call void @llvm.dbg.value(metadata i32 %0, metadata !180, metadata !DIExpression()), !dbg !183
  %2 = sext i32 %0 to i64, !dbg !184
  %3 = getelementptr inbounds [16 x i32], ptr @colour, i64 0, i64 %2, !dbg !184
  store i32 1, ptr %3, align 4, !dbg !185, !tbaa !84
  call void @llvm.dbg.value(metadata i32 0, metadata !181, metadata !DIExpression()), !dbg !186
  %4 = load i1, ptr @nvert, align 4, !dbg !187
  br i1 %4, label %5, label %24, !dbg !189

5:                                                ; preds = %1, %18
  %6 = phi i64 [ %19, %18 ], [ 0, %1 ]
  %7 = phi i1 [ %22, %18 ], [ %4, %1 ]
  call void @llvm.dbg.value(metadata i64 %6, metadata !181, metadata !DIExpression()), !dbg !186
  %8 = getelementptr inbounds [16 x [16 x i32]], ptr @adj, i64 0, i64 %2, i64 %6, !dbg !190
  %9 = load i32, ptr %8, align 4, !dbg !190, !tbaa !77
  %10 = icmp eq i32 %9, 0, !dbg !190
  br i1 %10, label %18, label %11, !dbg !193

11:                                               ; preds = %5
  %12 = getelementptr inbounds [16 x i32], ptr @colour, i64 0, i64 %6, !dbg !194
  %13 = load i32, ptr %12, align 4, !dbg !194, !tbaa !84
  switch i32 %13, label %18 [
    i32 1, label %23
    i32 0, label %14
  ], !dbg !196

14:                                               ; preds = %11
  %15 = trunc i64 %6 to i32, !dbg !197
  %16 = tail call fastcc i32 @dfs(i32 noundef %15), !dbg !197
  %17 = icmp eq i32 %16, 0, !dbg !197
  br i1 %17, label %18, label %23, !dbg !199

18:                                               ; preds = %11, %14, %5
  %19 = add nuw nsw i64 %6, 1, !dbg !200
  call void @llvm.dbg.value(metadata i64 %19, metadata !181, metadata !DIExpression()), !dbg !186
  %20 = load i1, ptr @nvert, align 4, !dbg !187
  %21 = icmp ult i64 %6, 7, !dbg !201
  %22 = select i1 %20, i1 %21, i1 false, !dbg !201
  br i1 %22, label %5, label %24, !dbg !189, !llvm.loop !202

23:                                               ; preds = %14, %11
  br i1 %7, label %29, label %24

24:                                               ; preds = %18, %1, %23
  store i32 2, ptr %3, align 4, !dbg !204, !tbaa !84
  %25 = load i32, ptr @order_len, align 4, !dbg !205, !tbaa !77
  %26 = add nsw i32 %25, 1, !dbg !205
  store i32 %26, ptr @order_len, align 4, !dbg !205, !tbaa !77
  %27 = sext i32 %25 to i64, !dbg !206
  %28 = getelementptr inbounds [16 x i32], ptr @order, i64 0, i64 %27, !dbg !206
  store i32 %0, ptr %28, align 4, !dbg !207, !tbaa !77
  br label %29, !dbg !208

29:                                               ; preds = %23, %24
  %30 = phi i32 [ 1, %23 ], [ 0, %24 ], !dbg !183
  ret i32 %30, !dbg !209
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #5

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #6

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #7 = { nounwind }

!llvm.dbg.cu = !{!7}
!llvm.module.flags = !{!59, !60, !61, !62, !63, !64}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "edges", scope: !2, file: !3, line: 36, type: !53, isLocal: true, isDefinition: true)
!2 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 35, type: !4, scopeLine: 35, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !43)
!3 = !DIFile(filename: "c/dfs_toposort.c", directory: ".", checksumkind: CSK_MD5, checksum: "1b85dfa2732bb10b5cc39fc65baeb1f4")
!4 = !DISubroutineType(types: !5)
!5 = !{!6}
!6 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!7 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !8, globals: !15, splitDebugInlining: false, nameTableKind: None)
!8 = !{!9}
!9 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "colour", file: !3, line: 6, baseType: !10, size: 32, elements: !11)
!10 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!11 = !{!12, !13, !14}
!12 = !DIEnumerator(name: "WHITE", value: 0)
!13 = !DIEnumerator(name: "GREY", value: 1)
!14 = !DIEnumerator(name: "BLACK", value: 2)
!15 = !{!0, !16, !22, !27, !32, !34, !38, !40}
!16 = !DIGlobalVariableExpression(var: !17, expr: !DIExpression())
!17 = distinct !DIGlobalVariable(scope: null, file: !3, line: 45, type: !18, isLocal: true, isDefinition: true)
!18 = !DICompositeType(tag: DW_TAG_array_type, baseType: !19, size: 296, elements: !20)
!19 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!20 = !{!21}
!21 = !DISubrange(count: 37)
!22 = !DIGlobalVariableExpression(var: !23, expr: !DIExpression())
!23 = distinct !DIGlobalVariable(scope: null, file: !3, line: 48, type: !24, isLocal: true, isDefinition: true)
!24 = !DICompositeType(tag: DW_TAG_array_type, baseType: !19, size: 352, elements: !25)
!25 = !{!26}
!26 = !DISubrange(count: 44)
!27 = !DIGlobalVariableExpression(var: !28, expr: !DIExpression())
!28 = distinct !DIGlobalVariable(name: "adj", scope: !7, file: !3, line: 8, type: !29, isLocal: true, isDefinition: true)
!29 = !DICompositeType(tag: DW_TAG_array_type, baseType: !6, size: 8192, elements: !30)
!30 = !{!31, !31}
!31 = !DISubrange(count: 16)
!32 = !DIGlobalVariableExpression(var: !33, expr: !DIExpression())
!33 = distinct !DIGlobalVariable(name: "nvert", scope: !7, file: !3, line: 9, type: !6, isLocal: true, isDefinition: true)
!34 = !DIGlobalVariableExpression(var: !35, expr: !DIExpression())
!35 = distinct !DIGlobalVariable(name: "order", scope: !7, file: !3, line: 11, type: !36, isLocal: true, isDefinition: true)
!36 = !DICompositeType(tag: DW_TAG_array_type, baseType: !6, size: 512, elements: !37)
!37 = !{!31}
!38 = !DIGlobalVariableExpression(var: !39, expr: !DIExpression())
!39 = distinct !DIGlobalVariable(name: "order_len", scope: !7, file: !3, line: 12, type: !6, isLocal: true, isDefinition: true)
!40 = !DIGlobalVariableExpression(var: !41, expr: !DIExpression())
!41 = distinct !DIGlobalVariable(name: "colour", scope: !7, file: !3, line: 10, type: !42, isLocal: true, isDefinition: true)
!42 = !DICompositeType(tag: DW_TAG_array_type, baseType: !9, size: 512, elements: !37)
!43 = !{!44, !46, !47, !49, !50, !52}
!44 = !DILocalVariable(name: "i", scope: !45, file: !3, line: 38, type: !10)
!45 = distinct !DILexicalBlock(scope: !2, file: !3, line: 38, column: 5)
!46 = !DILocalVariable(name: "position", scope: !2, file: !3, line: 40, type: !36)
!47 = !DILocalVariable(name: "i", scope: !48, file: !3, line: 41, type: !6)
!48 = distinct !DILexicalBlock(scope: !2, file: !3, line: 41, column: 5)
!49 = !DILocalVariable(name: "ok", scope: !2, file: !3, line: 42, type: !6)
!50 = !DILocalVariable(name: "i", scope: !51, file: !3, line: 43, type: !10)
!51 = distinct !DILexicalBlock(scope: !2, file: !3, line: 43, column: 5)
!52 = !DILocalVariable(name: "acyclic", scope: !2, file: !3, line: 47, type: !6)
!53 = !DICompositeType(tag: DW_TAG_array_type, baseType: !54, size: 640, elements: !55)
!54 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !6)
!55 = !{!56, !57}
!56 = !DISubrange(count: 10)
!57 = !DISubrange(count: 2)
!58 = !DIGlobalVariableExpression(var: !33, expr: !DIExpression(DW_OP_deref_size, 1, DW_OP_constu, 8, DW_OP_mul, DW_OP_constu, 0, DW_OP_plus, DW_OP_stack_value))
!59 = !{i32 7, !"Dwarf Version", i32 5}
!60 = !{i32 2, !"Debug Info Version", i32 3}
!61 = !{i32 1, !"wchar_size", i32 4}
!62 = !{i32 8, !"PIC Level", i32 2}
!63 = !{i32 7, !"PIE Level", i32 2}
!64 = !{i32 7, !"uwtable", i32 2}
!65 = !DILocation(line: 37, column: 11, scope: !2)
!66 = !DILocation(line: 0, scope: !45)
!67 = !DILocation(line: 38, column: 5, scope: !45)
!68 = !DILocation(line: 28, column: 15, scope: !69, inlinedAt: !75)
!69 = distinct !DISubprogram(name: "toposort", scope: !3, file: !3, line: 27, type: !4, scopeLine: 27, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !70)
!70 = !{!71, !73}
!71 = !DILocalVariable(name: "v", scope: !72, file: !3, line: 29, type: !6)
!72 = distinct !DILexicalBlock(scope: !69, file: !3, line: 29, column: 5)
!73 = !DILocalVariable(name: "v", scope: !74, file: !3, line: 30, type: !6)
!74 = distinct !DILexicalBlock(scope: !69, file: !3, line: 30, column: 5)
!75 = distinct !DILocation(line: 39, column: 10, scope: !76)
!76 = distinct !DILexicalBlock(scope: !2, file: !3, line: 39, column: 9)
!77 = !{!78, !78, i64 0}
!78 = !{!"int", !79, i64 0}
!79 = !{!"omnipotent char", !80, i64 0}
!80 = !{!"Simple C/C++ TBAA"}
!81 = !DILocation(line: 0, scope: !72, inlinedAt: !75)
!82 = !DILocation(line: 29, column: 47, scope: !83, inlinedAt: !75)
!83 = distinct !DILexicalBlock(scope: !72, file: !3, line: 29, column: 5)
!84 = !{!79, !79, i64 0}
!85 = !DILocation(line: 30, column: 5, scope: !74, inlinedAt: !75)
!86 = !DILocation(line: 0, scope: !74, inlinedAt: !75)
!87 = !DILocation(line: 31, column: 13, scope: !88, inlinedAt: !75)
!88 = distinct !DILexicalBlock(scope: !89, file: !3, line: 31, column: 13)
!89 = distinct !DILexicalBlock(scope: !74, file: !3, line: 30, column: 5)
!90 = !DILocation(line: 31, column: 23, scope: !88, inlinedAt: !75)
!91 = !DILocation(line: 31, column: 32, scope: !88, inlinedAt: !75)
!92 = !DILocation(line: 31, column: 35, scope: !88, inlinedAt: !75)
!93 = !DILocation(line: 31, column: 13, scope: !89, inlinedAt: !75)
!94 = !DILocation(line: 30, column: 33, scope: !89, inlinedAt: !75)
!95 = !DILocation(line: 30, column: 23, scope: !89, inlinedAt: !75)
!96 = distinct !{!96, !85, !97, !98, !99}
!97 = !DILocation(line: 31, column: 50, scope: !74, inlinedAt: !75)
!98 = !{!"llvm.loop.mustprogress"}
!99 = !{!"llvm.loop.unroll.disable"}
!100 = !DILocation(line: 39, column: 9, scope: !2)
!101 = !DILocation(line: 38, column: 71, scope: !102)
!102 = distinct !DILexicalBlock(scope: !45, file: !3, line: 38, column: 5)
!103 = !DILocation(line: 38, column: 67, scope: !102)
!104 = !DILocation(line: 38, column: 84, scope: !102)
!105 = !DILocation(line: 38, column: 97, scope: !102)
!106 = !DILocation(line: 38, column: 63, scope: !102)
!107 = !DILocation(line: 38, column: 28, scope: !102)
!108 = distinct !{!108, !67, !109, !98, !99}
!109 = !DILocation(line: 38, column: 99, scope: !45)
!110 = !DILocation(line: 40, column: 5, scope: !2)
!111 = !DILocation(line: 40, column: 9, scope: !2)
!112 = !DILocation(line: 0, scope: !48)
!113 = !DILocation(line: 41, column: 23, scope: !114)
!114 = distinct !DILexicalBlock(scope: !48, file: !3, line: 41, column: 5)
!115 = !DILocation(line: 41, column: 5, scope: !48)
!116 = !DILocation(line: 42, column: 24, scope: !2)
!117 = !DILocation(line: 0, scope: !2)
!118 = !DILocation(line: 0, scope: !51)
!119 = !DILocation(line: 43, column: 5, scope: !51)
!120 = !DILocation(line: 41, column: 76, scope: !114)
!121 = !DILocation(line: 41, column: 50, scope: !114)
!122 = !DILocation(line: 41, column: 41, scope: !114)
!123 = !DILocation(line: 41, column: 60, scope: !114)
!124 = !DILocation(line: 41, column: 37, scope: !114)
!125 = distinct !{!125, !115, !126, !98, !99}
!126 = !DILocation(line: 41, column: 78, scope: !48)
!127 = !DILocation(line: 45, column: 69, scope: !2)
!128 = !DILocation(line: 45, column: 53, scope: !2)
!129 = !DILocation(line: 45, column: 75, scope: !2)
!130 = !DILocation(line: 45, column: 5, scope: !2)
!131 = !DILocation(line: 46, column: 15, scope: !2)
!132 = !DILocation(line: 28, column: 15, scope: !69, inlinedAt: !133)
!133 = distinct !DILocation(line: 47, column: 19, scope: !2)
!134 = !DILocation(line: 0, scope: !72, inlinedAt: !133)
!135 = !DILocation(line: 29, column: 5, scope: !72, inlinedAt: !133)
!136 = !DILocation(line: 29, column: 37, scope: !83, inlinedAt: !133)
!137 = !DILocation(line: 29, column: 47, scope: !83, inlinedAt: !133)
!138 = !DILocation(line: 29, column: 33, scope: !83, inlinedAt: !133)
!139 = !DILocation(line: 29, column: 23, scope: !83, inlinedAt: !133)
!140 = distinct !{!140, !135, !141, !98, !99}
!141 = !DILocation(line: 29, column: 49, scope: !72, inlinedAt: !133)
!142 = !DILocation(line: 0, scope: !74, inlinedAt: !133)
!143 = !DILocation(line: 31, column: 13, scope: !88, inlinedAt: !133)
!144 = !DILocation(line: 31, column: 23, scope: !88, inlinedAt: !133)
!145 = !DILocation(line: 31, column: 32, scope: !88, inlinedAt: !133)
!146 = !DILocation(line: 31, column: 35, scope: !88, inlinedAt: !133)
!147 = !DILocation(line: 31, column: 13, scope: !89, inlinedAt: !133)
!148 = !DILocation(line: 30, column: 33, scope: !89, inlinedAt: !133)
!149 = !DILocation(line: 30, column: 23, scope: !89, inlinedAt: !133)
!150 = !DILocation(line: 30, column: 5, scope: !74, inlinedAt: !133)
!151 = distinct !{!151, !150, !152, !98, !99}
!152 = !DILocation(line: 31, column: 50, scope: !74, inlinedAt: !133)
!153 = !DILocation(line: 48, column: 5, scope: !2)
!154 = !DILocation(line: 49, column: 12, scope: !2)
!155 = !DILocation(line: 50, column: 1, scope: !2)
!156 = !DILocation(line: 44, column: 22, scope: !157)
!157 = distinct !DILexicalBlock(scope: !158, file: !3, line: 44, column: 13)
!158 = distinct !DILexicalBlock(scope: !51, file: !3, line: 43, column: 5)
!159 = !DILocation(line: 44, column: 13, scope: !157)
!160 = !DILocation(line: 44, column: 47, scope: !157)
!161 = !DILocation(line: 44, column: 38, scope: !157)
!162 = !DILocation(line: 44, column: 35, scope: !157)
!163 = !DILocation(line: 44, column: 13, scope: !158)
!164 = !DILocation(line: 43, column: 63, scope: !158)
!165 = !DILocation(line: 43, column: 28, scope: !158)
!166 = distinct !{!166, !119, !167, !98, !99}
!167 = !DILocation(line: 44, column: 66, scope: !51)
!168 = !DISubprogram(name: "printf", scope: !169, file: !169, line: 356, type: !170, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !175)
!169 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!170 = !DISubroutineType(types: !171)
!171 = !{!6, !172, null}
!172 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !173)
!173 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !174, size: 64)
!174 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !19)
!175 = !{}
!176 = distinct !DISubprogram(name: "dfs", scope: !3, file: !3, line: 15, type: !177, scopeLine: 15, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !179)
!177 = !DISubroutineType(types: !178)
!178 = !{!6, !6}
!179 = !{!180, !181}
!180 = !DILocalVariable(name: "v", arg: 1, scope: !176, file: !3, line: 15, type: !6)
!181 = !DILocalVariable(name: "w", scope: !182, file: !3, line: 17, type: !6)
!182 = distinct !DILexicalBlock(scope: !176, file: !3, line: 17, column: 5)
!183 = !DILocation(line: 0, scope: !176)
!184 = !DILocation(line: 16, column: 5, scope: !176)
!185 = !DILocation(line: 16, column: 15, scope: !176)
!186 = !DILocation(line: 0, scope: !182)
!187 = !DILocation(line: 17, column: 25, scope: !188)
!188 = distinct !DILexicalBlock(scope: !182, file: !3, line: 17, column: 5)
!189 = !DILocation(line: 17, column: 5, scope: !182)
!190 = !DILocation(line: 18, column: 14, scope: !191)
!191 = distinct !DILexicalBlock(scope: !192, file: !3, line: 18, column: 13)
!192 = distinct !DILexicalBlock(scope: !188, file: !3, line: 17, column: 37)
!193 = !DILocation(line: 18, column: 13, scope: !192)
!194 = !DILocation(line: 19, column: 13, scope: !195)
!195 = distinct !DILexicalBlock(scope: !192, file: !3, line: 19, column: 13)
!196 = !DILocation(line: 19, column: 13, scope: !192)
!197 = !DILocation(line: 20, column: 35, scope: !198)
!198 = distinct !DILexicalBlock(scope: !192, file: !3, line: 20, column: 13)
!199 = !DILocation(line: 20, column: 13, scope: !192)
!200 = !DILocation(line: 17, column: 33, scope: !188)
!201 = !DILocation(line: 17, column: 23, scope: !188)
!202 = distinct !{!202, !189, !203, !98, !99}
!203 = !DILocation(line: 21, column: 5, scope: !182)
!204 = !DILocation(line: 22, column: 15, scope: !176)
!205 = !DILocation(line: 23, column: 20, scope: !176)
!206 = !DILocation(line: 23, column: 5, scope: !176)
!207 = !DILocation(line: 23, column: 24, scope: !176)
!208 = !DILocation(line: 24, column: 5, scope: !176)
!209 = !DILocation(line: 25, column: 1, scope: !176)
