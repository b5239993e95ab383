; ModuleID = 'c/bfs.c'
source_filename = "c/bfs.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [47 x i8] c"bfs vertices=%d edges=%d farthest=%d wrong=%d\0A\00", align 1, !dbg !0

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 !dbg !19 {
  call void @llvm.dbg.declare(metadata ptr undef, metadata !38, metadata !DIExpression(DW_OP_LLVM_fragment, 32, 32)), !dbg !50
  call void @llvm.dbg.declare(metadata ptr undef, metadata !24, metadata !DIExpression(DW_OP_LLVM_fragment, 32, 32)), !dbg !52
  %1 = alloca [600 x i32], align 16
  call void @llvm.dbg.value(metadata i32 600, metadata !24, metadata !DIExpression(DW_OP_LLVM_fragment, 0, 32)), !dbg !53
  call void @llvm.dbg.value(metadata i32 600, metadata !38, metadata !DIExpression(DW_OP_LLVM_fragment, 0, 32)), !dbg !54
  %2 = tail call noalias dereferenceable_or_null(2404) ptr @malloc(i64 noundef 2404) #8, !dbg !55
  call void @llvm.dbg.value(metadata ptr %2, metadata !24, metadata !DIExpression(DW_OP_LLVM_fragment, 64, 64)), !dbg !53
  call void @llvm.dbg.value(metadata ptr %2, metadata !38, metadata !DIExpression(DW_OP_LLVM_fragment, 64, 64)), !dbg !54
  %3 = tail call noalias dereferenceable_or_null(9600) ptr @malloc(i64 noundef 9600) #8, !dbg !56
  call void @llvm.dbg.value(metadata ptr %3, metadata !24, metadata !DIExpression(DW_OP_LLVM_fragment, 128, 64)), !dbg !53
  call void @llvm.dbg.value(metadata ptr %3, metadata !38, metadata !DIExpression(DW_OP_LLVM_fragment, 128, 64)), !dbg !54
  call void @llvm.dbg.value(metadata i32 0, metadata !43, metadata !DIExpression()), !dbg !54
  call void @llvm.dbg.value(metadata i32 0, metadata !44, metadata !DIExpression()), !dbg !57
  br label %4, !dbg !58

4:                                                ; preds = %40, %0
  %5 = phi i64 [ 0, %0 ], [ %42, %40 ]
  %6 = phi i32 [ 0, %0 ], [ %41, %40 ]
  call void @llvm.dbg.value(metadata i32 %6, metadata !43, metadata !DIExpression()), !dbg !54
  call void @llvm.dbg.value(metadata i64 %5, metadata !44, metadata !DIExpression()), !dbg !57
  %7 = trunc i64 %5 to i32, !dbg !59
  %8 = urem i32 %7, 30, !dbg !59
  call void @llvm.dbg.value(metadata i32 %8, metadata !46, metadata !DIExpression()), !dbg !60
  call void @llvm.dbg.value(metadata i32 poison, metadata !49, metadata !DIExpression()), !dbg !60
  %9 = getelementptr inbounds i32, ptr %2, i64 %5, !dbg !61
  store i32 %6, ptr %9, align 4, !dbg !62, !tbaa !63, !noalias !67
  %10 = icmp eq i32 %8, 0, !dbg !70
  br i1 %10, label %16, label %11, !dbg !72

11:                                               ; preds = %4
  %12 = add nsw i32 %6, 1, !dbg !73
  call void @llvm.dbg.value(metadata i32 %12, metadata !43, metadata !DIExpression()), !dbg !54
  %13 = sext i32 %6 to i64, !dbg !74
  %14 = getelementptr inbounds i32, ptr %3, i64 %13, !dbg !74
  %15 = add i32 %7, -1, !dbg !75
  store i32 %15, ptr %14, align 4, !dbg !75, !tbaa !63, !noalias !67
  br label %16, !dbg !74

16:                                               ; preds = %11, %4
  %17 = phi i32 [ %12, %11 ], [ %6, %4 ], !dbg !54
  call void @llvm.dbg.value(metadata i32 %17, metadata !43, metadata !DIExpression()), !dbg !54
  %18 = icmp ult i32 %8, 29, !dbg !76
  br i1 %18, label %19, label %24, !dbg !78

19:                                               ; preds = %16
  %20 = add nsw i32 %17, 1, !dbg !79
  call void @llvm.dbg.value(metadata i32 %20, metadata !43, metadata !DIExpression()), !dbg !54
  %21 = sext i32 %17 to i64, !dbg !80
  %22 = getelementptr inbounds i32, ptr %3, i64 %21, !dbg !80
  %23 = add i32 %7, 1, !dbg !81
  store i32 %23, ptr %22, align 4, !dbg !81, !tbaa !63, !noalias !67
  br label %24, !dbg !80

24:                                               ; preds = %19, %16
  %25 = phi i32 [ %20, %19 ], [ %17, %16 ], !dbg !60
  call void @llvm.dbg.value(metadata i32 %25, metadata !43, metadata !DIExpression()), !dbg !54
  %26 = icmp ult i64 %5, 30, !dbg !82
  br i1 %26, label %32, label %27, !dbg !84

27:                                               ; preds = %24
  %28 = add nsw i32 %25, 1, !dbg !85
  call void @llvm.dbg.value(metadata i32 %28, metadata !43, metadata !DIExpression()), !dbg !54
  %29 = sext i32 %25 to i64, !dbg !86
  %30 = getelementptr inbounds i32, ptr %3, i64 %29, !dbg !86
  %31 = add i32 %7, -30, !dbg !87
  store i32 %31, ptr %30, align 4, !dbg !87, !tbaa !63, !noalias !67
  br label %32, !dbg !86

32:                                               ; preds = %27, %24
  %33 = phi i32 [ %28, %27 ], [ %25, %24 ], !dbg !60
  call void @llvm.dbg.value(metadata i32 %33, metadata !43, metadata !DIExpression()), !dbg !54
  %34 = icmp ult i64 %5, 570, !dbg !88
  br i1 %34, label %35, label %40, !dbg !90

35:                                               ; preds = %32
  %36 = add nsw i32 %33, 1, !dbg !91
  call void @llvm.dbg.value(metadata i32 %36, metadata !43, metadata !DIExpression()), !dbg !54
  %37 = sext i32 %33 to i64, !dbg !92
  %38 = getelementptr inbounds i32, ptr %3, i64 %37, !dbg !92
  %39 = add i32 %7, 30, !dbg !93
  store i32 %39, ptr %38, align 4, !dbg !93, !tbaa !63, !noalias !67
  br label %40, !dbg !92

40:                                               ; preds = %35, %32
  %41 = phi i32 [ %36, %35 ], [ %33, %32 ], !dbg !60
  call void @llvm.dbg.value(metadata i32 %41, metadata !43, metadata !DIExpression()), !dbg !54
  %42 = add nuw nsw i64 %5, 1, !dbg !94
  call void @llvm.dbg.value(metadata i64 %42, metadata !44, metadata !DIExpression()), !dbg !57
  %43 = icmp eq i64 %42, 600, !dbg !95
  br i1 %43, label %44, label %4, !dbg !58, !llvm.loop !96

44:                                               ; preds = %40
  %45 = getelementptr inbounds i32, ptr %2, i64 600, !dbg !100
  store i32 %41, ptr %45, align 4, !dbg !101, !tbaa !63, !noalias !67
  call void @llvm.lifetime.start.p0(i64 2400, ptr nonnull %1) #9, !dbg !102
  call void @llvm.dbg.declare(metadata ptr %1, metadata !31, metadata !DIExpression()), !dbg !103
  call void @llvm.dbg.value(metadata ptr undef, metadata !104, metadata !DIExpression()), !dbg !125
  call void @llvm.dbg.value(metadata i32 0, metadata !111, metadata !DIExpression()), !dbg !125
  call void @llvm.dbg.value(metadata ptr %1, metadata !112, metadata !DIExpression()), !dbg !125
  %46 = tail call noalias dereferenceable_or_null(2400) ptr @malloc(i64 noundef 2400) #8, !dbg !127
  call void @llvm.dbg.value(metadata ptr %46, metadata !113, metadata !DIExpression()), !dbg !125
  call void @llvm.dbg.value(metadata i32 0, metadata !114, metadata !DIExpression()), !dbg !125
  call void @llvm.dbg.value(metadata i32 0, metadata !115, metadata !DIExpression()), !dbg !125
  call void @llvm.dbg.value(metadata i32 0, metadata !116, metadata !DIExpression()), !dbg !128
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(2400) %1, i8 -1, i64 2400, i1 false), !dbg !129, !tbaa !63
  call void @llvm.dbg.value(metadata i64 poison, metadata !116, metadata !DIExpression()), !dbg !128
  store i32 0, ptr %1, align 16, !dbg !131, !tbaa !63
  call void @llvm.dbg.value(metadata i32 1, metadata !115, metadata !DIExpression()), !dbg !125
  store i32 0, ptr %46, align 4, !dbg !132, !tbaa !63
  call void @llvm.dbg.value(metadata i32 0, metadata !114, metadata !DIExpression()), !dbg !125
  call void @llvm.dbg.value(metadata i32 1, metadata !115, metadata !DIExpression()), !dbg !125
  br label %51, !dbg !133

47:                                               ; preds = %84, %51
  %48 = phi i32 [ %53, %51 ], [ %85, %84 ], !dbg !125
  call void @llvm.dbg.value(metadata i64 %54, metadata !114, metadata !DIExpression()), !dbg !125
  call void @llvm.dbg.value(metadata i32 %48, metadata !115, metadata !DIExpression()), !dbg !125
  %49 = sext i32 %48 to i64, !dbg !134
  %50 = icmp slt i64 %54, %49, !dbg !134
  br i1 %50, label %51, label %88, !dbg !133, !llvm.loop !135

51:                                               ; preds = %47, %44
  %52 = phi i64 [ 0, %44 ], [ %54, %47 ]
  %53 = phi i32 [ 1, %44 ], [ %48, %47 ]
  call void @llvm.dbg.value(metadata i64 %52, metadata !114, metadata !DIExpression()), !dbg !125
  call void @llvm.dbg.value(metadata i32 %53, metadata !115, metadata !DIExpression()), !dbg !125
  %54 = add nuw nsw i64 %52, 1, !dbg !137
  call void @llvm.dbg.value(metadata i64 %54, metadata !114, metadata !DIExpression()), !dbg !125
  %55 = getelementptr inbounds i32, ptr %46, i64 %52, !dbg !138
  %56 = load i32, ptr %55, align 4, !dbg !138, !tbaa !63
  call void @llvm.dbg.value(metadata i32 %56, metadata !118, metadata !DIExpression()), !dbg !139
  %57 = sext i32 %56 to i64, !dbg !140
  %58 = getelementptr inbounds i32, ptr %2, i64 %57, !dbg !140
  %59 = load i32, ptr %58, align 4, !dbg !140, !tbaa !63
  call void @llvm.dbg.value(metadata i32 %59, metadata !120, metadata !DIExpression()), !dbg !141
  %60 = add nsw i32 %56, 1
  %61 = sext i32 %60 to i64
  %62 = getelementptr inbounds i32, ptr %2, i64 %61
  call void @llvm.dbg.value(metadata i32 %59, metadata !120, metadata !DIExpression()), !dbg !141
  call void @llvm.dbg.value(metadata i32 %53, metadata !115, metadata !DIExpression()), !dbg !125
  %63 = load i32, ptr %62, align 4, !dbg !142, !tbaa !63
  %64 = icmp slt i32 %59, %63, !dbg !143
  br i1 %64, label %65, label %47, !dbg !144

65:                                               ; preds = %51
  %66 = getelementptr inbounds i32, ptr %1, i64 %57
  %67 = sext i32 %59 to i64, !dbg !144
  %68 = sext i32 %63 to i64
  br label %69, !dbg !144

69:                                               ; preds = %84, %65
  %70 = phi i64 [ %67, %65 ], [ %86, %84 ]
  %71 = phi i32 [ %53, %65 ], [ %85, %84 ]
  call void @llvm.dbg.value(metadata i64 %70, metadata !120, metadata !DIExpression()), !dbg !141
  call void @llvm.dbg.value(metadata i32 %71, metadata !115, metadata !DIExpression()), !dbg !125
  %72 = getelementptr inbounds i32, ptr %3, i64 %70, !dbg !145
  %73 = load i32, ptr %72, align 4, !dbg !145, !tbaa !63
  call void @llvm.dbg.value(metadata i32 %73, metadata !122, metadata !DIExpression()), !dbg !146
  %74 = sext i32 %73 to i64, !dbg !147
  %75 = getelementptr inbounds i32, ptr %1, i64 %74, !dbg !147
  %76 = load i32, ptr %75, align 4, !dbg !147, !tbaa !63
  %77 = icmp slt i32 %76, 0, !dbg !149
  br i1 %77, label %78, label %84, !dbg !150

78:                                               ; preds = %69
  %79 = load i32, ptr %66, align 4, !dbg !151, !tbaa !63
  %80 = add nsw i32 %79, 1, !dbg !153
  store i32 %80, ptr %75, align 4, !dbg !154, !tbaa !63
  %81 = add nsw i32 %71, 1, !dbg !155
  call void @llvm.dbg.value(metadata i32 %81, metadata !115, metadata !DIExpression()), !dbg !125
  %82 = sext i32 %71 to i64, !dbg !156
  %83 = getelementptr inbounds i32, ptr %46, i64 %82, !dbg !156
  store i32 %73, ptr %83, align 4, !dbg !157, !tbaa !63
  br label %84, !dbg !158

84:                                               ; preds = %78, %69
  %85 = phi i32 [ %81, %78 ], [ %71, %69 ], !dbg !125
  call void @llvm.dbg.value(metadata i32 %85, metadata !115, metadata !DIExpression()), !dbg !125
  %86 = add nsw i64 %70, 1, !dbg !159
  call void @llvm.dbg.value(metadata i64 %86, metadata !120, metadata !DIExpression()), !dbg !141
  %87 = icmp eq i64 %86, %68, !dbg !143
  br i1 %87, label %47, label %69, !dbg !144, !llvm.loop !160

88:                                               ; preds = %47
  tail call void @free(ptr noundef %46) #9, !dbg !162
  call void @llvm.dbg.value(metadata i32 0, metadata !35, metadata !DIExpression()), !dbg !53
  call void @llvm.dbg.value(metadata i32 0, metadata !36, metadata !DIExpression()), !dbg !163
  br label %95, !dbg !164

89:                                               ; preds = %95
  %90 = getelementptr inbounds [600 x i32], ptr %1, i64 0, i64 599, !dbg !165
  %91 = load i32, ptr %90, align 4, !dbg !165, !tbaa !63
  %92 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 600, i32 noundef %41, i32 noundef %91, i32 noundef %107), !dbg !166
  tail call void @free(ptr noundef %2) #9, !dbg !167
  tail call void @free(ptr noundef %3) #9, !dbg !168
  %93 = icmp ne i32 %107, 0, !dbg !169
  %94 = zext i1 %93 to i32, !dbg !170
  call void @llvm.lifetime.end.p0(i64 2400, ptr nonnull %1) #9, !dbg !171
  ret i32 %94, !dbg !172

95:                                               ; preds = %88, %95
  %96 = phi i64 [ 0, %88 ], [ %108, %95 ]
  %97 = phi i32 [ 0, %88 ], [ %107, %95 ]
  call void @llvm.dbg.value(metadata i64 %96, metadata !36, metadata !DIExpression()), !dbg !163
  call void @llvm.dbg.value(metadata i32 %97, metadata !35, metadata !DIExpression()), !dbg !53
  %98 = getelementptr inbounds [600 x i32], ptr %1, i64 0, i64 %96, !dbg !173
  %99 = load i32, ptr %98, align 4, !dbg !173, !tbaa !63
  %100 = trunc i64 %96 to i32, !dbg !176
  %101 = urem i32 %100, 30, !dbg !176
  %102 = trunc i64 %96 to i32, !dbg !177
  %103 = udiv i32 %102, 30, !dbg !177
  %104 = add nuw nsw i32 %101, %103, !dbg !178
  %105 = icmp ne i32 %99, %104, !dbg !179
  %106 = zext i1 %105 to i32, !dbg !180
  %107 = add nuw nsw i32 %97, %106, !dbg !180
  call void @llvm.dbg.value(metadata i32 %107, metadata !35, metadata !DIExpression()), !dbg !53
  %108 = add nuw nsw i64 %96, 1, !dbg !181
  call void @llvm.dbg.value(metadata i64 %108, metadata !36, metadata !DIExpression()), !dbg !163
  %109 = icmp eq i64 %108, 600, !dbg !182
  br i1 %109, label %89, label %95, !dbg !164, !llvm.loop !183
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.declare(metadata, metadata, metadata) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare !dbg !185 noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #3

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare !dbg !193 void @free(ptr allocptr nocapture noundef) local_unnamed_addr #4

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare !dbg !198 noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #5

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #6

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #7

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #7 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #8 = { nounwind allocsize(0) }
attributes #9 = { nounwind }

!llvm.dbg.cu = !{!7}
!llvm.module.flags = !{!13, !14, !15, !16, !17, !18}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 56, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "c/bfs.c", directory: ".", checksumkind: CSK_MD5, checksum: "877898ac264a7030d8fa6e8f226cc428")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 376, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 47)
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
!19 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 49, type: !20, scopeLine: 49, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !23)
!20 = !DISubroutineType(types: !21)
!21 = !{!22}
!22 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!23 = !{!24, !31, !35, !36}
!24 = !DILocalVariable(name: "g", scope: !19, file: !2, line: 50, type: !25)
!25 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "csr", file: !2, line: 9, size: 192, elements: !26)
!26 = !{!27, !28, !30}
!27 = !DIDerivedType(tag: DW_TAG_member, name: "n", scope: !25, file: !2, line: 10, baseType: !22, size: 32)
!28 = !DIDerivedType(tag: DW_TAG_member, name: "offsets", scope: !25, file: !2, line: 11, baseType: !29, size: 64, offset: 64)
!29 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !22, size: 64)
!30 = !DIDerivedType(tag: DW_TAG_member, name: "targets", scope: !25, file: !2, line: 12, baseType: !29, size: 64, offset: 128)
!31 = !DILocalVariable(name: "dist", scope: !19, file: !2, line: 51, type: !32)
!32 = !DICompositeType(tag: DW_TAG_array_type, baseType: !22, size: 19200, elements: !33)
!33 = !{!34}
!34 = !DISubrange(count: 600)
!35 = !DILocalVariable(name: "wrong", scope: !19, file: !2, line: 53, type: !22)
!36 = !DILocalVariable(name: "v", scope: !37, file: !2, line: 54, type: !22)
!37 = distinct !DILexicalBlock(scope: !19, file: !2, line: 54, column: 5)
!38 = !DILocalVariable(name: "g", scope: !39, file: !2, line: 16, type: !25)
!39 = distinct !DISubprogram(name: "grid_graph", scope: !2, file: !2, line: 15, type: !40, scopeLine: 15, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !42)
!40 = !DISubroutineType(types: !41)
!41 = !{!25}
!42 = !{!38, !43, !44, !46, !49}
!43 = !DILocalVariable(name: "e", scope: !39, file: !2, line: 17, type: !22)
!44 = !DILocalVariable(name: "v", scope: !45, file: !2, line: 18, type: !22)
!45 = distinct !DILexicalBlock(scope: !39, file: !2, line: 18, column: 5)
!46 = !DILocalVariable(name: "x", scope: !47, file: !2, line: 19, type: !22)
!47 = distinct !DILexicalBlock(scope: !48, file: !2, line: 18, column: 33)
!48 = distinct !DILexicalBlock(scope: !45, file: !2, line: 18, column: 5)
!49 = !DILocalVariable(name: "y", scope: !47, file: !2, line: 19, type: !22)
!50 = !DILocation(line: 16, column: 16, scope: !39, inlinedAt: !51)
!51 = distinct !DILocation(line: 50, column: 20, scope: !19)
!52 = !DILocation(line: 50, column: 16, scope: !19)
!53 = !DILocation(line: 0, scope: !19)
!54 = !DILocation(line: 0, scope: !39, inlinedAt: !51)
!55 = !DILocation(line: 16, column: 24, scope: !39, inlinedAt: !51)
!56 = !DILocation(line: 16, column: 55, scope: !39, inlinedAt: !51)
!57 = !DILocation(line: 0, scope: !45, inlinedAt: !51)
!58 = !DILocation(line: 18, column: 5, scope: !45, inlinedAt: !51)
!59 = !DILocation(line: 19, column: 19, scope: !47, inlinedAt: !51)
!60 = !DILocation(line: 0, scope: !47, inlinedAt: !51)
!61 = !DILocation(line: 20, column: 9, scope: !47, inlinedAt: !51)
!62 = !DILocation(line: 20, column: 22, scope: !47, inlinedAt: !51)
!63 = !{!64, !64, i64 0}
!64 = !{!"int", !65, i64 0}
!65 = !{!"omnipotent char", !66, i64 0}
!66 = !{!"Simple C/C++ TBAA"}
!67 = !{!68}
!68 = distinct !{!68, !69, !"grid_graph: argument 0"}
!69 = distinct !{!69, !"grid_graph"}
!70 = !DILocation(line: 21, column: 15, scope: !71, inlinedAt: !51)
!71 = distinct !DILexicalBlock(scope: !47, file: !2, line: 21, column: 13)
!72 = !DILocation(line: 21, column: 13, scope: !47, inlinedAt: !51)
!73 = !DILocation(line: 21, column: 31, scope: !71, inlinedAt: !51)
!74 = !DILocation(line: 21, column: 20, scope: !71, inlinedAt: !51)
!75 = !DILocation(line: 21, column: 35, scope: !71, inlinedAt: !51)
!76 = !DILocation(line: 22, column: 15, scope: !77, inlinedAt: !51)
!77 = distinct !DILexicalBlock(scope: !47, file: !2, line: 22, column: 13)
!78 = !DILocation(line: 22, column: 13, scope: !47, inlinedAt: !51)
!79 = !DILocation(line: 22, column: 35, scope: !77, inlinedAt: !51)
!80 = !DILocation(line: 22, column: 24, scope: !77, inlinedAt: !51)
!81 = !DILocation(line: 22, column: 39, scope: !77, inlinedAt: !51)
!82 = !DILocation(line: 23, column: 15, scope: !83, inlinedAt: !51)
!83 = distinct !DILexicalBlock(scope: !47, file: !2, line: 23, column: 13)
!84 = !DILocation(line: 23, column: 13, scope: !47, inlinedAt: !51)
!85 = !DILocation(line: 23, column: 31, scope: !83, inlinedAt: !51)
!86 = !DILocation(line: 23, column: 20, scope: !83, inlinedAt: !51)
!87 = !DILocation(line: 23, column: 35, scope: !83, inlinedAt: !51)
!88 = !DILocation(line: 24, column: 15, scope: !89, inlinedAt: !51)
!89 = distinct !DILexicalBlock(scope: !47, file: !2, line: 24, column: 13)
!90 = !DILocation(line: 24, column: 13, scope: !47, inlinedAt: !51)
!91 = !DILocation(line: 24, column: 35, scope: !89, inlinedAt: !51)
!92 = !DILocation(line: 24, column: 24, scope: !89, inlinedAt: !51)
!93 = !DILocation(line: 24, column: 39, scope: !89, inlinedAt: !51)
!94 = !DILocation(line: 18, column: 29, scope: !48, inlinedAt: !51)
!95 = !DILocation(line: 18, column: 23, scope: !48, inlinedAt: !51)
!96 = distinct !{!96, !58, !97, !98, !99}
!97 = !DILocation(line: 25, column: 5, scope: !45, inlinedAt: !51)
!98 = !{!"llvm.loop.mustprogress"}
!99 = !{!"llvm.loop.unroll.disable"}
!100 = !DILocation(line: 26, column: 5, scope: !39, inlinedAt: !51)
!101 = !DILocation(line: 26, column: 18, scope: !39, inlinedAt: !51)
!102 = !DILocation(line: 51, column: 5, scope: !19)
!103 = !DILocation(line: 51, column: 9, scope: !19)
!104 = !DILocalVariable(name: "g", arg: 1, scope: !105, file: !2, line: 30, type: !108)
!105 = distinct !DISubprogram(name: "bfs", scope: !2, file: !2, line: 30, type: !106, scopeLine: 30, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !110)
!106 = !DISubroutineType(types: !107)
!107 = !{null, !108, !22, !29}
!108 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !109, size: 64)
!109 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !25)
!110 = !{!104, !111, !112, !113, !114, !115, !116, !118, !120, !122}
!111 = !DILocalVariable(name: "source", arg: 2, scope: !105, file: !2, line: 30, type: !22)
!112 = !DILocalVariable(name: "dist", arg: 3, scope: !105, file: !2, line: 30, type: !29)
!113 = !DILocalVariable(name: "queue", scope: !105, file: !2, line: 31, type: !29)
!114 = !DILocalVariable(name: "head", scope: !105, file: !2, line: 32, type: !22)
!115 = !DILocalVariable(name: "tail", scope: !105, file: !2, line: 32, type: !22)
!116 = !DILocalVariable(name: "v", scope: !117, file: !2, line: 33, type: !22)
!117 = distinct !DILexicalBlock(scope: !105, file: !2, line: 33, column: 5)
!118 = !DILocalVariable(name: "u", scope: !119, file: !2, line: 37, type: !22)
!119 = distinct !DILexicalBlock(scope: !105, file: !2, line: 36, column: 25)
!120 = !DILocalVariable(name: "e", scope: !121, file: !2, line: 38, type: !22)
!121 = distinct !DILexicalBlock(scope: !119, file: !2, line: 38, column: 9)
!122 = !DILocalVariable(name: "w", scope: !123, file: !2, line: 39, type: !22)
!123 = distinct !DILexicalBlock(scope: !124, file: !2, line: 38, column: 65)
!124 = distinct !DILexicalBlock(scope: !121, file: !2, line: 38, column: 9)
!125 = !DILocation(line: 0, scope: !105, inlinedAt: !126)
!126 = distinct !DILocation(line: 52, column: 5, scope: !19)
!127 = !DILocation(line: 31, column: 18, scope: !105, inlinedAt: !126)
!128 = !DILocation(line: 0, scope: !117, inlinedAt: !126)
!129 = !DILocation(line: 33, column: 44, scope: !130, inlinedAt: !126)
!130 = distinct !DILexicalBlock(scope: !117, file: !2, line: 33, column: 5)
!131 = !DILocation(line: 34, column: 18, scope: !105, inlinedAt: !126)
!132 = !DILocation(line: 35, column: 19, scope: !105, inlinedAt: !126)
!133 = !DILocation(line: 36, column: 5, scope: !105, inlinedAt: !126)
!134 = !DILocation(line: 36, column: 17, scope: !105, inlinedAt: !126)
!135 = distinct !{!135, !133, !136, !98, !99}
!136 = !DILocation(line: 45, column: 5, scope: !105, inlinedAt: !126)
!137 = !DILocation(line: 37, column: 27, scope: !119, inlinedAt: !126)
!138 = !DILocation(line: 37, column: 17, scope: !119, inlinedAt: !126)
!139 = !DILocation(line: 0, scope: !119, inlinedAt: !126)
!140 = !DILocation(line: 38, column: 22, scope: !121, inlinedAt: !126)
!141 = !DILocation(line: 0, scope: !121, inlinedAt: !126)
!142 = !DILocation(line: 38, column: 41, scope: !124, inlinedAt: !126)
!143 = !DILocation(line: 38, column: 39, scope: !124, inlinedAt: !126)
!144 = !DILocation(line: 38, column: 9, scope: !121, inlinedAt: !126)
!145 = !DILocation(line: 39, column: 21, scope: !123, inlinedAt: !126)
!146 = !DILocation(line: 0, scope: !123, inlinedAt: !126)
!147 = !DILocation(line: 40, column: 17, scope: !148, inlinedAt: !126)
!148 = distinct !DILexicalBlock(scope: !123, file: !2, line: 40, column: 17)
!149 = !DILocation(line: 40, column: 25, scope: !148, inlinedAt: !126)
!150 = !DILocation(line: 40, column: 17, scope: !123, inlinedAt: !126)
!151 = !DILocation(line: 41, column: 27, scope: !152, inlinedAt: !126)
!152 = distinct !DILexicalBlock(scope: !148, file: !2, line: 40, column: 30)
!153 = !DILocation(line: 41, column: 35, scope: !152, inlinedAt: !126)
!154 = !DILocation(line: 41, column: 25, scope: !152, inlinedAt: !126)
!155 = !DILocation(line: 42, column: 27, scope: !152, inlinedAt: !126)
!156 = !DILocation(line: 42, column: 17, scope: !152, inlinedAt: !126)
!157 = !DILocation(line: 42, column: 31, scope: !152, inlinedAt: !126)
!158 = !DILocation(line: 43, column: 13, scope: !152, inlinedAt: !126)
!159 = !DILocation(line: 38, column: 61, scope: !124, inlinedAt: !126)
!160 = distinct !{!160, !144, !161, !98, !99}
!161 = !DILocation(line: 44, column: 9, scope: !121, inlinedAt: !126)
!162 = !DILocation(line: 46, column: 5, scope: !105, inlinedAt: !126)
!163 = !DILocation(line: 0, scope: !37)
!164 = !DILocation(line: 54, column: 5, scope: !37)
!165 = !DILocation(line: 56, column: 82, scope: !19)
!166 = !DILocation(line: 56, column: 5, scope: !19)
!167 = !DILocation(line: 57, column: 5, scope: !19)
!168 = !DILocation(line: 58, column: 5, scope: !19)
!169 = !DILocation(line: 59, column: 18, scope: !19)
!170 = !DILocation(line: 59, column: 12, scope: !19)
!171 = !DILocation(line: 60, column: 1, scope: !19)
!172 = !DILocation(line: 59, column: 5, scope: !19)
!173 = !DILocation(line: 55, column: 13, scope: !174)
!174 = distinct !DILexicalBlock(scope: !175, file: !2, line: 55, column: 13)
!175 = distinct !DILexicalBlock(scope: !37, file: !2, line: 54, column: 5)
!176 = !DILocation(line: 55, column: 26, scope: !174)
!177 = !DILocation(line: 55, column: 34, scope: !174)
!178 = !DILocation(line: 55, column: 30, scope: !174)
!179 = !DILocation(line: 55, column: 21, scope: !174)
!180 = !DILocation(line: 55, column: 13, scope: !175)
!181 = !DILocation(line: 54, column: 29, scope: !175)
!182 = !DILocation(line: 54, column: 23, scope: !175)
!183 = distinct !{!183, !164, !184, !98, !99}
!184 = !DILocation(line: 55, column: 44, scope: !37)
!185 = !DISubprogram(name: "printf", scope: !186, file: !186, line: 356, type: !187, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !192)
!186 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!187 = !DISubroutineType(types: !188)
!188 = !{!22, !189, null}
!189 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !190)
!190 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !191, size: 64)
!191 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !4)
!192 = !{}
!193 = !DISubprogram(name: "free", scope: !194, file: !194, line: 568, type: !195, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !192)
!194 = !DIFile(filename: "/usr/include/stdlib.h", directory: "", checksumkind: CSK_MD5, checksum: "4b47dc81a92f1fe77a152c0aac236718")
!195 = !DISubroutineType(types: !196)
!196 = !{null, !197}
!197 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!198 = !DISubprogram(name: "malloc", scope: !194, file: !194, line: 553, type: !199, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !192)
!199 = !DISubroutineType(types: !200)
!200 = !{!197, !9}
