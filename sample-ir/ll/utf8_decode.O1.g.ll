; ModuleID = 'c/utf8_decode.c'
source_filename = "c/utf8_decode.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [12 x i8] c"A\C3\A9\E2\82\AC\F0\9F\98\80z\00", align 1, !dbg !0
@main.bad = internal unnamed_addr constant [5 x ptr] [ptr @.str.1, ptr @.str.2, ptr @.str.3, ptr @.str.4, ptr @.str.5], align 16, !dbg !7
@.str.1 = private unnamed_addr constant [3 x i8] c"\C0\AF\00", align 1, !dbg !28
@.str.2 = private unnamed_addr constant [3 x i8] c"\E2\82\00", align 1, !dbg !33
@.str.3 = private unnamed_addr constant [4 x i8] c"\ED\A0\80\00", align 1, !dbg !35
@.str.4 = private unnamed_addr constant [2 x i8] c"\FF\00", align 1, !dbg !40
@.str.5 = private unnamed_addr constant [4 x i8] c"ok\80\00", align 1, !dbg !45
@.str.6 = private unnamed_addr constant [34 x i8] c"utf8_decode code points=%d ok=%d\0A\00", align 1, !dbg !47

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 !dbg !9 {
  %1 = alloca [64 x i32], align 16
  call void @llvm.lifetime.start.p0(i64 256, ptr nonnull %1) #7, !dbg !77
  call void @llvm.dbg.declare(metadata ptr %1, metadata !53, metadata !DIExpression()), !dbg !78
  call void @llvm.dbg.value(metadata ptr @.str, metadata !61, metadata !DIExpression()), !dbg !79
  %2 = call fastcc i32 @decode(ptr noundef nonnull @.str, i64 noundef 11, ptr noundef nonnull %1), !dbg !80
  call void @llvm.dbg.value(metadata i32 %2, metadata !64, metadata !DIExpression()), !dbg !79
  %3 = icmp eq i32 %2, 5, !dbg !81
  %4 = load i32, ptr %1, align 16
  %5 = icmp eq i32 %4, 65
  %6 = select i1 %3, i1 %5, i1 false, !dbg !82
  %7 = getelementptr inbounds [64 x i32], ptr %1, i64 0, i64 1
  %8 = load i32, ptr %7, align 4
  %9 = icmp eq i32 %8, 233
  %10 = select i1 %6, i1 %9, i1 false, !dbg !82
  %11 = getelementptr inbounds [64 x i32], ptr %1, i64 0, i64 2
  %12 = load i32, ptr %11, align 8
  %13 = icmp eq i32 %12, 8364
  %14 = select i1 %10, i1 %13, i1 false, !dbg !82
  %15 = getelementptr inbounds [64 x i32], ptr %1, i64 0, i64 3
  %16 = load i32, ptr %15, align 4
  %17 = icmp eq i32 %16, 128512
  %18 = select i1 %14, i1 %17, i1 false, !dbg !82
  %19 = getelementptr inbounds [64 x i32], ptr %1, i64 0, i64 4, !dbg !82
  %20 = load i32, ptr %19, align 16, !dbg !82
  %21 = icmp eq i32 %20, 122, !dbg !82
  %22 = select i1 %18, i1 %21, i1 false, !dbg !82
  %23 = zext i1 %22 to i32, !dbg !82
  call void @llvm.dbg.value(metadata i32 %23, metadata !65, metadata !DIExpression()), !dbg !79
  call void @llvm.dbg.value(metadata i32 0, metadata !66, metadata !DIExpression()), !dbg !83
  br label %28, !dbg !84

24:                                               ; preds = %28
  %25 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i32 noundef %2, i32 noundef %36), !dbg !85
  %26 = icmp eq i32 %36, 0, !dbg !86
  %27 = zext i1 %26 to i32, !dbg !86
  call void @llvm.lifetime.end.p0(i64 256, ptr nonnull %1) #7, !dbg !87
  ret i32 %27, !dbg !88

28:                                               ; preds = %0, %28
  %29 = phi i64 [ 0, %0 ], [ %37, %28 ]
  %30 = phi i32 [ %23, %0 ], [ %36, %28 ]
  call void @llvm.dbg.value(metadata i64 %29, metadata !66, metadata !DIExpression()), !dbg !83
  call void @llvm.dbg.value(metadata i32 %30, metadata !65, metadata !DIExpression()), !dbg !79
  %31 = getelementptr inbounds [5 x ptr], ptr @main.bad, i64 0, i64 %29, !dbg !89
  %32 = load ptr, ptr %31, align 8, !dbg !89, !tbaa !92
  %33 = tail call i64 @strlen(ptr noundef nonnull dereferenceable(1) %32) #8, !dbg !96
  %34 = call fastcc i32 @decode(ptr noundef %32, i64 noundef %33, ptr noundef nonnull %1), !dbg !97
  %35 = icmp eq i32 %34, -1, !dbg !98
  %36 = select i1 %35, i32 %30, i32 0, !dbg !99
  call void @llvm.dbg.value(metadata i32 %36, metadata !65, metadata !DIExpression()), !dbg !79
  %37 = add nuw nsw i64 %29, 1, !dbg !100
  call void @llvm.dbg.value(metadata i64 %37, metadata !66, metadata !DIExpression()), !dbg !83
  %38 = icmp eq i64 %37, 5, !dbg !101
  br i1 %38, label %24, label %28, !dbg !84, !llvm.loop !102
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.declare(metadata, metadata, metadata) #2

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc i32 @decode(ptr nocapture noundef readonly %0, i64 noundef %1, ptr nocapture noundef writeonly %2) unnamed_addr #3 !dbg !106 {
  call void @llvm.dbg.value(metadata ptr %0, metadata !114, metadata !DIExpression()), !dbg !126
  call void @llvm.dbg.value(metadata i64 %1, metadata !115, metadata !DIExpression()), !dbg !126
  call void @llvm.dbg.value(metadata ptr %2, metadata !116, metadata !DIExpression()), !dbg !126
  call void @llvm.dbg.value(metadata i32 0, metadata !117, metadata !DIExpression()), !dbg !126
  call void @llvm.dbg.value(metadata i32 0, metadata !118, metadata !DIExpression()), !dbg !126
  call void @llvm.dbg.value(metadata i32 0, metadata !119, metadata !DIExpression()), !dbg !126
  call void @llvm.dbg.value(metadata i32 0, metadata !120, metadata !DIExpression()), !dbg !126
  call void @llvm.dbg.value(metadata i64 0, metadata !121, metadata !DIExpression()), !dbg !127
  %4 = icmp ne i64 %1, 0, !dbg !128
  br i1 %4, label %5, label %76, !dbg !129

5:                                                ; preds = %3, %72
  %6 = phi i1 [ %74, %72 ], [ %4, %3 ]
  %7 = phi i64 [ %73, %72 ], [ 0, %3 ]
  %8 = phi i32 [ %70, %72 ], [ 0, %3 ]
  %9 = phi i32 [ %69, %72 ], [ 0, %3 ]
  %10 = phi i32 [ %68, %72 ], [ 0, %3 ]
  %11 = phi i32 [ %67, %72 ], [ 0, %3 ]
  call void @llvm.dbg.value(metadata i64 %7, metadata !121, metadata !DIExpression()), !dbg !127
  call void @llvm.dbg.value(metadata i32 %8, metadata !120, metadata !DIExpression()), !dbg !126
  call void @llvm.dbg.value(metadata i32 %9, metadata !119, metadata !DIExpression()), !dbg !126
  call void @llvm.dbg.value(metadata i32 %10, metadata !118, metadata !DIExpression()), !dbg !126
  call void @llvm.dbg.value(metadata i32 %11, metadata !117, metadata !DIExpression()), !dbg !126
  %12 = getelementptr inbounds i8, ptr %0, i64 %7, !dbg !130
  %13 = load i8, ptr %12, align 1, !dbg !130, !tbaa !131
  call void @llvm.dbg.value(metadata i8 %13, metadata !123, metadata !DIExpression()), !dbg !132
  switch i32 %11, label %59 [
    i32 0, label %14
    i32 3, label %36
    i32 2, label %36
    i32 1, label %36
  ], !dbg !133

14:                                               ; preds = %5
  %15 = zext i8 %13 to i32, !dbg !134
  %16 = icmp sgt i8 %13, -1, !dbg !137
  br i1 %16, label %17, label %21, !dbg !138

17:                                               ; preds = %14
  %18 = add nsw i32 %8, 1, !dbg !139
  call void @llvm.dbg.value(metadata i32 %18, metadata !120, metadata !DIExpression()), !dbg !126
  %19 = sext i32 %8 to i64, !dbg !141
  %20 = getelementptr inbounds i32, ptr %2, i64 %19, !dbg !141
  store i32 %15, ptr %20, align 4, !dbg !142, !tbaa !143
  br label %66, !dbg !145

21:                                               ; preds = %14
  %22 = and i32 %15, 224, !dbg !146
  %23 = icmp eq i32 %22, 192, !dbg !148
  br i1 %23, label %24, label %26, !dbg !149

24:                                               ; preds = %21
  %25 = and i32 %15, 31, !dbg !150
  call void @llvm.dbg.value(metadata i32 %25, metadata !118, metadata !DIExpression()), !dbg !126
  call void @llvm.dbg.value(metadata i32 128, metadata !119, metadata !DIExpression()), !dbg !126
  call void @llvm.dbg.value(metadata i32 1, metadata !117, metadata !DIExpression()), !dbg !126
  br label %59, !dbg !152

26:                                               ; preds = %21
  %27 = and i32 %15, 240, !dbg !153
  %28 = icmp eq i32 %27, 224, !dbg !155
  br i1 %28, label %29, label %31, !dbg !156

29:                                               ; preds = %26
  %30 = and i32 %15, 15, !dbg !157
  call void @llvm.dbg.value(metadata i32 %30, metadata !118, metadata !DIExpression()), !dbg !126
  call void @llvm.dbg.value(metadata i32 2048, metadata !119, metadata !DIExpression()), !dbg !126
  call void @llvm.dbg.value(metadata i32 2, metadata !117, metadata !DIExpression()), !dbg !126
  br label %59, !dbg !159

31:                                               ; preds = %26
  %32 = and i32 %15, 248, !dbg !160
  %33 = icmp eq i32 %32, 240, !dbg !162
  br i1 %33, label %34, label %59, !dbg !163

34:                                               ; preds = %31
  %35 = and i32 %15, 7, !dbg !164
  call void @llvm.dbg.value(metadata i32 %35, metadata !118, metadata !DIExpression()), !dbg !126
  call void @llvm.dbg.value(metadata i32 65536, metadata !119, metadata !DIExpression()), !dbg !126
  call void @llvm.dbg.value(metadata i32 3, metadata !117, metadata !DIExpression()), !dbg !126
  br label %59, !dbg !166

36:                                               ; preds = %5, %5, %5
  %37 = zext i8 %13 to i32, !dbg !167
  %38 = and i32 %37, 192, !dbg !169
  %39 = icmp eq i32 %38, 128, !dbg !170
  br i1 %39, label %40, label %59, !dbg !171

40:                                               ; preds = %36
  %41 = shl i32 %10, 6, !dbg !172
  %42 = and i32 %37, 63, !dbg !173
  %43 = or i32 %42, %41, !dbg !174
  call void @llvm.dbg.value(metadata !DIArgList(i32 %41, i32 %42), metadata !118, metadata !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_or, DW_OP_stack_value)), !dbg !126
  %44 = icmp eq i32 %11, 1, !dbg !175
  %45 = icmp eq i32 %11, 2, !dbg !176
  %46 = select i1 %45, i32 1, i32 2, !dbg !176
  %47 = select i1 %44, i32 0, i32 %46, !dbg !176
  call void @llvm.dbg.value(metadata i32 %47, metadata !117, metadata !DIExpression()), !dbg !126
  br i1 %44, label %48, label %59, !dbg !177

48:                                               ; preds = %40
  %49 = icmp ult i32 %43, %9, !dbg !178
  %50 = icmp ugt i32 %43, 1114111
  %51 = or i1 %49, %50, !dbg !182
  %52 = and i32 %10, 67108832
  %53 = icmp eq i32 %52, 864
  %54 = select i1 %51, i1 true, i1 %53, !dbg !182
  br i1 %54, label %59, label %55, !dbg !182

55:                                               ; preds = %48
  %56 = add nsw i32 %8, 1, !dbg !183
  call void @llvm.dbg.value(metadata i32 %56, metadata !120, metadata !DIExpression()), !dbg !126
  %57 = sext i32 %8 to i64, !dbg !184
  %58 = getelementptr inbounds i32, ptr %2, i64 %57, !dbg !184
  store i32 %43, ptr %58, align 4, !dbg !185, !tbaa !143
  br label %59

59:                                               ; preds = %48, %36, %31, %40, %55, %29, %34, %24, %5
  %60 = phi i32 [ %11, %5 ], [ 0, %55 ], [ %47, %40 ], [ 1, %24 ], [ 2, %29 ], [ 3, %34 ], [ 4, %31 ], [ 4, %36 ], [ 4, %48 ], !dbg !126
  %61 = phi i32 [ %10, %5 ], [ %43, %55 ], [ %43, %40 ], [ %25, %24 ], [ %30, %29 ], [ %35, %34 ], [ %10, %31 ], [ %10, %36 ], [ %43, %48 ], !dbg !126
  %62 = phi i32 [ %9, %5 ], [ %9, %55 ], [ %9, %40 ], [ 128, %24 ], [ 2048, %29 ], [ 65536, %34 ], [ %9, %31 ], [ %9, %36 ], [ %9, %48 ], !dbg !126
  %63 = phi i32 [ %8, %5 ], [ %56, %55 ], [ %8, %40 ], [ %8, %24 ], [ %8, %29 ], [ %8, %34 ], [ %8, %31 ], [ %8, %36 ], [ %8, %48 ], !dbg !126
  call void @llvm.dbg.value(metadata i32 %63, metadata !120, metadata !DIExpression()), !dbg !126
  call void @llvm.dbg.value(metadata i32 %62, metadata !119, metadata !DIExpression()), !dbg !126
  call void @llvm.dbg.value(metadata i32 %61, metadata !118, metadata !DIExpression()), !dbg !126
  call void @llvm.dbg.value(metadata i32 %60, metadata !117, metadata !DIExpression()), !dbg !126
  %64 = icmp eq i32 %60, 4, !dbg !186
  %65 = zext i1 %64 to i32, !dbg !188
  br label %66, !dbg !188

66:                                               ; preds = %59, %17
  %67 = phi i32 [ 0, %17 ], [ %60, %59 ], !dbg !189
  %68 = phi i32 [ %10, %17 ], [ %61, %59 ], !dbg !190
  %69 = phi i32 [ %9, %17 ], [ %62, %59 ], !dbg !191
  %70 = phi i32 [ %18, %17 ], [ %63, %59 ], !dbg !126
  %71 = phi i32 [ 4, %17 ], [ %65, %59 ]
  call void @llvm.dbg.value(metadata i32 %70, metadata !120, metadata !DIExpression()), !dbg !126
  call void @llvm.dbg.value(metadata i32 %69, metadata !119, metadata !DIExpression()), !dbg !126
  call void @llvm.dbg.value(metadata i32 %68, metadata !118, metadata !DIExpression()), !dbg !126
  call void @llvm.dbg.value(metadata i32 %67, metadata !117, metadata !DIExpression()), !dbg !126
  switch i32 %71, label %76 [
    i32 0, label %72
    i32 4, label %72
  ]

72:                                               ; preds = %66, %66
  %73 = add nuw i64 %7, 1, !dbg !192
  call void @llvm.dbg.value(metadata i64 %73, metadata !121, metadata !DIExpression()), !dbg !127
  call void @llvm.dbg.value(metadata i32 %70, metadata !120, metadata !DIExpression()), !dbg !126
  call void @llvm.dbg.value(metadata i32 %69, metadata !119, metadata !DIExpression()), !dbg !126
  call void @llvm.dbg.value(metadata i32 %68, metadata !118, metadata !DIExpression()), !dbg !126
  call void @llvm.dbg.value(metadata i32 %67, metadata !117, metadata !DIExpression()), !dbg !126
  %74 = icmp ult i64 %73, %1, !dbg !128
  %75 = icmp eq i64 %73, %1, !dbg !128
  br i1 %75, label %76, label %5, !dbg !129, !llvm.loop !193

76:                                               ; preds = %66, %72, %3
  %77 = phi i1 [ %4, %3 ], [ %6, %66 ], [ %74, %72 ], !dbg !128
  %78 = phi i32 [ 0, %3 ], [ %67, %72 ], [ %67, %66 ], !dbg !189
  %79 = phi i32 [ 0, %3 ], [ %70, %72 ], [ %70, %66 ], !dbg !195
  call void @llvm.dbg.value(metadata i32 %79, metadata !120, metadata !DIExpression()), !dbg !126
  call void @llvm.dbg.value(metadata i32 %78, metadata !117, metadata !DIExpression()), !dbg !126
  %80 = icmp eq i32 %78, 0
  %81 = select i1 %80, i32 %79, i32 -1
  %82 = select i1 %77, i32 -1, i32 %81
  ret i32 %82, !dbg !196
}

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare !dbg !197 i64 @strlen(ptr nocapture noundef) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare !dbg !202 noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #5

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #6

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nofree nounwind willreturn memory(argmem: read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #7 = { nounwind }
attributes #8 = { nounwind willreturn memory(read) }

!llvm.dbg.cu = !{!13}
!llvm.module.flags = !{!71, !72, !73, !74, !75, !76}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 44, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "c/utf8_decode.c", directory: ".", checksumkind: CSK_MD5, checksum: "5aa7fbd676c64978f902168f083d5875")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 96, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 12)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(name: "bad", scope: !9, file: !2, line: 47, type: !68, isLocal: true, isDefinition: true)
!9 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 42, type: !10, scopeLine: 42, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !13, retainedNodes: !52)
!10 = !DISubroutineType(types: !11)
!11 = !{!12}
!12 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!13 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !14, retainedTypes: !23, globals: !27, splitDebugInlining: false, nameTableKind: None)
!14 = !{!15}
!15 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "state", file: !2, line: 6, baseType: !16, size: 32, elements: !17)
!16 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!17 = !{!18, !19, !20, !21, !22}
!18 = !DIEnumerator(name: "START", value: 0)
!19 = !DIEnumerator(name: "NEED1", value: 1)
!20 = !DIEnumerator(name: "NEED2", value: 2)
!21 = !DIEnumerator(name: "NEED3", value: 3)
!22 = !DIEnumerator(name: "INVALID", value: 4)
!23 = !{!24}
!24 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !25, size: 64)
!25 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !26)
!26 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!27 = !{!0, !28, !33, !35, !40, !45, !7, !47}
!28 = !DIGlobalVariableExpression(var: !29, expr: !DIExpression())
!29 = distinct !DIGlobalVariable(scope: null, file: !2, line: 47, type: !30, isLocal: true, isDefinition: true)
!30 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 24, elements: !31)
!31 = !{!32}
!32 = !DISubrange(count: 3)
!33 = !DIGlobalVariableExpression(var: !34, expr: !DIExpression())
!34 = distinct !DIGlobalVariable(scope: null, file: !2, line: 47, type: !30, isLocal: true, isDefinition: true)
!35 = !DIGlobalVariableExpression(var: !36, expr: !DIExpression())
!36 = distinct !DIGlobalVariable(scope: null, file: !2, line: 47, type: !37, isLocal: true, isDefinition: true)
!37 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 32, elements: !38)
!38 = !{!39}
!39 = !DISubrange(count: 4)
!40 = !DIGlobalVariableExpression(var: !41, expr: !DIExpression())
!41 = distinct !DIGlobalVariable(scope: null, file: !2, line: 47, type: !42, isLocal: true, isDefinition: true)
!42 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 16, elements: !43)
!43 = !{!44}
!44 = !DISubrange(count: 2)
!45 = !DIGlobalVariableExpression(var: !46, expr: !DIExpression())
!46 = distinct !DIGlobalVariable(scope: null, file: !2, line: 47, type: !37, isLocal: true, isDefinition: true)
!47 = !DIGlobalVariableExpression(var: !48, expr: !DIExpression())
!48 = distinct !DIGlobalVariable(scope: null, file: !2, line: 50, type: !49, isLocal: true, isDefinition: true)
!49 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 272, elements: !50)
!50 = !{!51}
!51 = !DISubrange(count: 34)
!52 = !{!53, !61, !64, !65, !66}
!53 = !DILocalVariable(name: "cps", scope: !9, file: !2, line: 43, type: !54)
!54 = !DICompositeType(tag: DW_TAG_array_type, baseType: !55, size: 2048, elements: !59)
!55 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !56, line: 26, baseType: !57)
!56 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h", directory: "", checksumkind: CSK_MD5, checksum: "2bf2ae53c58c01b1a1b9383b5195125c")
!57 = !DIDerivedType(tag: DW_TAG_typedef, name: "__uint32_t", file: !58, line: 42, baseType: !16)
!58 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!59 = !{!60}
!60 = !DISubrange(count: 64)
!61 = !DILocalVariable(name: "good", scope: !9, file: !2, line: 44, type: !62)
!62 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !63, size: 64)
!63 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !4)
!64 = !DILocalVariable(name: "n", scope: !9, file: !2, line: 45, type: !12)
!65 = !DILocalVariable(name: "ok", scope: !9, file: !2, line: 46, type: !12)
!66 = !DILocalVariable(name: "i", scope: !67, file: !2, line: 48, type: !16)
!67 = distinct !DILexicalBlock(scope: !9, file: !2, line: 48, column: 5)
!68 = !DICompositeType(tag: DW_TAG_array_type, baseType: !62, size: 320, elements: !69)
!69 = !{!70}
!70 = !DISubrange(count: 5)
!71 = !{i32 7, !"Dwarf Version", i32 5}
!72 = !{i32 2, !"Debug Info Version", i32 3}
!73 = !{i32 1, !"wchar_size", i32 4}
!74 = !{i32 8, !"PIC Level", i32 2}
!75 = !{i32 7, !"PIE Level", i32 2}
!76 = !{i32 7, !"uwtable", i32 2}
!77 = !DILocation(line: 43, column: 5, scope: !9)
!78 = !DILocation(line: 43, column: 14, scope: !9)
!79 = !DILocation(line: 0, scope: !9)
!80 = !DILocation(line: 45, column: 13, scope: !9)
!81 = !DILocation(line: 46, column: 16, scope: !9)
!82 = !DILocation(line: 46, column: 21, scope: !9)
!83 = !DILocation(line: 0, scope: !67)
!84 = !DILocation(line: 48, column: 5, scope: !67)
!85 = !DILocation(line: 50, column: 5, scope: !9)
!86 = !DILocation(line: 51, column: 12, scope: !9)
!87 = !DILocation(line: 52, column: 1, scope: !9)
!88 = !DILocation(line: 51, column: 5, scope: !9)
!89 = !DILocation(line: 49, column: 43, scope: !90)
!90 = distinct !DILexicalBlock(scope: !91, file: !2, line: 49, column: 13)
!91 = distinct !DILexicalBlock(scope: !67, file: !2, line: 48, column: 5)
!92 = !{!93, !93, i64 0}
!93 = !{!"any pointer", !94, i64 0}
!94 = !{!"omnipotent char", !95, i64 0}
!95 = !{!"Simple C/C++ TBAA"}
!96 = !DILocation(line: 49, column: 51, scope: !90)
!97 = !DILocation(line: 49, column: 13, scope: !90)
!98 = !DILocation(line: 49, column: 72, scope: !90)
!99 = !DILocation(line: 49, column: 13, scope: !91)
!100 = !DILocation(line: 48, column: 59, scope: !91)
!101 = !DILocation(line: 48, column: 28, scope: !91)
!102 = distinct !{!102, !84, !103, !104, !105}
!103 = !DILocation(line: 49, column: 84, scope: !67)
!104 = !{!"llvm.loop.mustprogress"}
!105 = !{!"llvm.loop.unroll.disable"}
!106 = distinct !DISubprogram(name: "decode", scope: !2, file: !2, line: 9, type: !107, scopeLine: 9, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !13, retainedNodes: !113)
!107 = !DISubroutineType(types: !108)
!108 = !{!12, !24, !109, !112}
!109 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !110, line: 46, baseType: !111)
!110 = !DIFile(filename: "/usr/lib/llvm-16/lib/clang/16/include/stddef.h", directory: "", checksumkind: CSK_MD5, checksum: "f95079da609b0e8f201cb8136304bf3b")
!111 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!112 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !55, size: 64)
!113 = !{!114, !115, !116, !117, !118, !119, !120, !121, !123}
!114 = !DILocalVariable(name: "s", arg: 1, scope: !106, file: !2, line: 9, type: !24)
!115 = !DILocalVariable(name: "n", arg: 2, scope: !106, file: !2, line: 9, type: !109)
!116 = !DILocalVariable(name: "cps", arg: 3, scope: !106, file: !2, line: 9, type: !112)
!117 = !DILocalVariable(name: "st", scope: !106, file: !2, line: 10, type: !15)
!118 = !DILocalVariable(name: "cp", scope: !106, file: !2, line: 11, type: !55)
!119 = !DILocalVariable(name: "min", scope: !106, file: !2, line: 11, type: !55)
!120 = !DILocalVariable(name: "count", scope: !106, file: !2, line: 12, type: !12)
!121 = !DILocalVariable(name: "i", scope: !122, file: !2, line: 13, type: !109)
!122 = distinct !DILexicalBlock(scope: !106, file: !2, line: 13, column: 5)
!123 = !DILocalVariable(name: "b", scope: !124, file: !2, line: 14, type: !26)
!124 = distinct !DILexicalBlock(scope: !125, file: !2, line: 13, column: 36)
!125 = distinct !DILexicalBlock(scope: !122, file: !2, line: 13, column: 5)
!126 = !DILocation(line: 0, scope: !106)
!127 = !DILocation(line: 0, scope: !122)
!128 = !DILocation(line: 13, column: 26, scope: !125)
!129 = !DILocation(line: 13, column: 5, scope: !122)
!130 = !DILocation(line: 14, column: 27, scope: !124)
!131 = !{!94, !94, i64 0}
!132 = !DILocation(line: 0, scope: !124)
!133 = !DILocation(line: 15, column: 9, scope: !124)
!134 = !DILocation(line: 17, column: 17, scope: !135)
!135 = distinct !DILexicalBlock(scope: !136, file: !2, line: 17, column: 17)
!136 = distinct !DILexicalBlock(scope: !124, file: !2, line: 15, column: 21)
!137 = !DILocation(line: 17, column: 19, scope: !135)
!138 = !DILocation(line: 17, column: 17, scope: !136)
!139 = !DILocation(line: 17, column: 38, scope: !140)
!140 = distinct !DILexicalBlock(scope: !135, file: !2, line: 17, column: 27)
!141 = !DILocation(line: 17, column: 29, scope: !140)
!142 = !DILocation(line: 17, column: 42, scope: !140)
!143 = !{!144, !144, i64 0}
!144 = !{!"int", !94, i64 0}
!145 = !DILocation(line: 17, column: 47, scope: !140)
!146 = !DILocation(line: 18, column: 25, scope: !147)
!147 = distinct !DILexicalBlock(scope: !135, file: !2, line: 18, column: 22)
!148 = !DILocation(line: 18, column: 33, scope: !147)
!149 = !DILocation(line: 18, column: 22, scope: !135)
!150 = !DILocation(line: 18, column: 51, scope: !151)
!151 = distinct !DILexicalBlock(scope: !147, file: !2, line: 18, column: 42)
!152 = !DILocation(line: 18, column: 84, scope: !151)
!153 = !DILocation(line: 19, column: 25, scope: !154)
!154 = distinct !DILexicalBlock(scope: !147, file: !2, line: 19, column: 22)
!155 = !DILocation(line: 19, column: 33, scope: !154)
!156 = !DILocation(line: 19, column: 22, scope: !147)
!157 = !DILocation(line: 19, column: 51, scope: !158)
!158 = distinct !DILexicalBlock(scope: !154, file: !2, line: 19, column: 42)
!159 = !DILocation(line: 19, column: 85, scope: !158)
!160 = !DILocation(line: 20, column: 25, scope: !161)
!161 = distinct !DILexicalBlock(scope: !154, file: !2, line: 20, column: 22)
!162 = !DILocation(line: 20, column: 33, scope: !161)
!163 = !DILocation(line: 20, column: 22, scope: !154)
!164 = !DILocation(line: 20, column: 51, scope: !165)
!165 = distinct !DILexicalBlock(scope: !161, file: !2, line: 20, column: 42)
!166 = !DILocation(line: 20, column: 87, scope: !165)
!167 = !DILocation(line: 26, column: 18, scope: !168)
!168 = distinct !DILexicalBlock(scope: !136, file: !2, line: 26, column: 17)
!169 = !DILocation(line: 26, column: 20, scope: !168)
!170 = !DILocation(line: 26, column: 28, scope: !168)
!171 = !DILocation(line: 26, column: 17, scope: !136)
!172 = !DILocation(line: 27, column: 22, scope: !136)
!173 = !DILocation(line: 27, column: 33, scope: !136)
!174 = !DILocation(line: 27, column: 28, scope: !136)
!175 = !DILocation(line: 28, column: 22, scope: !136)
!176 = !DILocation(line: 28, column: 18, scope: !136)
!177 = !DILocation(line: 29, column: 17, scope: !136)
!178 = !DILocation(line: 30, column: 24, scope: !179)
!179 = distinct !DILexicalBlock(scope: !180, file: !2, line: 30, column: 21)
!180 = distinct !DILexicalBlock(scope: !181, file: !2, line: 29, column: 30)
!181 = distinct !DILexicalBlock(scope: !136, file: !2, line: 29, column: 17)
!182 = !DILocation(line: 30, column: 30, scope: !179)
!183 = !DILocation(line: 31, column: 31, scope: !179)
!184 = !DILocation(line: 31, column: 22, scope: !179)
!185 = !DILocation(line: 31, column: 35, scope: !179)
!186 = !DILocation(line: 37, column: 16, scope: !187)
!187 = distinct !DILexicalBlock(scope: !124, file: !2, line: 37, column: 13)
!188 = !DILocation(line: 0, scope: !125)
!189 = !DILocation(line: 10, column: 16, scope: !106)
!190 = !DILocation(line: 11, column: 14, scope: !106)
!191 = !DILocation(line: 11, column: 22, scope: !106)
!192 = !DILocation(line: 13, column: 32, scope: !125)
!193 = distinct !{!193, !129, !194, !104, !105}
!194 = !DILocation(line: 38, column: 5, scope: !122)
!195 = !DILocation(line: 12, column: 9, scope: !106)
!196 = !DILocation(line: 40, column: 1, scope: !106)
!197 = !DISubprogram(name: "strlen", scope: !198, file: !198, line: 407, type: !199, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !201)
!198 = !DIFile(filename: "/usr/include/string.h", directory: "", checksumkind: CSK_MD5, checksum: "0ee11a08692643b86154f96759d0f7fa")
!199 = !DISubroutineType(types: !200)
!200 = !{!111, !62}
!201 = !{}
!202 = !DISubprogram(name: "printf", scope: !203, file: !203, line: 356, type: !204, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !201)
!203 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!204 = !DISubroutineType(types: !205)
!205 = !{!12, !206, null}
!206 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !62)
