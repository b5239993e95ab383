; ModuleID = 'opencl/histogram_atomic.cl'
source_filename = "opencl/histogram_atomic.cl"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@histogram_atomic.local_bins = internal global [256 x i32] undef, align 16, !dbg !0

; Function Attrs: convergent norecurse nounwind uwtable
define dso_local spir_kernel void @histogram_atomic(ptr nocapture noundef readonly align 1 %0, i32 noundef %1, ptr noundef align 4 %2) local_unnamed_addr #0 !dbg !2 !kernel_arg_addr_space !40 !kernel_arg_access_qual !41 !kernel_arg_type !42 !kernel_arg_base_type !42 !kernel_arg_type_qual !43 {
  call void @llvm.dbg.value(metadata ptr %0, metadata !19, metadata !DIExpression()), !dbg !44
  call void @llvm.dbg.value(metadata i32 %1, metadata !20, metadata !DIExpression()), !dbg !44
  call void @llvm.dbg.value(metadata ptr %2, metadata !21, metadata !DIExpression()), !dbg !44
  %4 = tail call i64 @_Z12get_local_idj(i32 noundef 0) #4, !dbg !45
  %5 = trunc i64 %4 to i32, !dbg !45
  call void @llvm.dbg.value(metadata i32 %5, metadata !22, metadata !DIExpression()), !dbg !44
  %6 = tail call i64 @_Z14get_local_sizej(i32 noundef 0) #4, !dbg !46
  call void @llvm.dbg.value(metadata i64 %6, metadata !23, metadata !DIExpression(DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_stack_value)), !dbg !44
  call void @llvm.dbg.value(metadata i32 %5, metadata !24, metadata !DIExpression()), !dbg !47
  %7 = icmp slt i32 %5, 256, !dbg !48
  br i1 %7, label %8, label %13, !dbg !50

8:                                                ; preds = %3
  call void @llvm.dbg.value(metadata i64 %6, metadata !23, metadata !DIExpression(DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_stack_value)), !dbg !44
  %9 = shl i64 %4, 32, !dbg !50
  %10 = ashr exact i64 %9, 32, !dbg !50
  %11 = shl i64 %6, 32, !dbg !50
  %12 = ashr exact i64 %11, 32, !dbg !50
  br label %17, !dbg !50

13:                                               ; preds = %17, %3
  tail call void @_Z7barrierj(i32 noundef 1) #5, !dbg !51
  %14 = tail call i64 @_Z13get_global_idj(i32 noundef 0) #4, !dbg !52
  call void @llvm.dbg.value(metadata i64 %14, metadata !26, metadata !DIExpression(DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_stack_value)), !dbg !53
  %15 = trunc i64 %14 to i32, !dbg !54
  call void @llvm.dbg.value(metadata i32 %15, metadata !26, metadata !DIExpression()), !dbg !53
  %16 = icmp slt i32 %15, %1, !dbg !55
  br i1 %16, label %29, label %22, !dbg !57

17:                                               ; preds = %8, %17
  %18 = phi i64 [ %10, %8 ], [ %20, %17 ]
  call void @llvm.dbg.value(metadata i64 %18, metadata !24, metadata !DIExpression()), !dbg !47
  %19 = getelementptr inbounds [256 x i32], ptr @histogram_atomic.local_bins, i64 0, i64 %18, !dbg !58
  store i32 0, ptr %19, align 4, !dbg !59, !tbaa !60
  %20 = add i64 %18, %12, !dbg !64
  call void @llvm.dbg.value(metadata i64 %20, metadata !24, metadata !DIExpression()), !dbg !47
  %21 = icmp slt i64 %20, 256, !dbg !48
  br i1 %21, label %17, label %13, !dbg !50, !llvm.loop !65

22:                                               ; preds = %29, %13
  tail call void @_Z7barrierj(i32 noundef 1) #5, !dbg !68
  call void @llvm.dbg.value(metadata i32 %5, metadata !28, metadata !DIExpression()), !dbg !69
  %23 = icmp slt i32 %5, 256, !dbg !70
  br i1 %23, label %24, label %42, !dbg !72

24:                                               ; preds = %22
  %25 = shl i64 %4, 32, !dbg !72
  %26 = ashr exact i64 %25, 32, !dbg !72
  %27 = shl i64 %6, 32, !dbg !72
  %28 = ashr exact i64 %27, 32, !dbg !72
  br label %43, !dbg !72

29:                                               ; preds = %13, %29
  %30 = phi i64 [ %39, %29 ], [ %14, %13 ]
  %31 = shl i64 %30, 32, !dbg !73
  %32 = ashr exact i64 %31, 32, !dbg !73
  %33 = getelementptr inbounds i8, ptr %0, i64 %32, !dbg !73
  %34 = load i8, ptr %33, align 1, !dbg !73, !tbaa !74
  %35 = zext i8 %34 to i64, !dbg !75
  %36 = getelementptr inbounds [256 x i32], ptr @histogram_atomic.local_bins, i64 0, i64 %35, !dbg !75
  %37 = tail call i32 @_Z10atomic_incPU7CLlocalVj(ptr noundef nonnull %36) #5, !dbg !76
  %38 = tail call i64 @_Z15get_global_sizej(i32 noundef 0) #4, !dbg !77
  %39 = add i64 %38, %32, !dbg !78
  call void @llvm.dbg.value(metadata i64 %39, metadata !26, metadata !DIExpression(DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_stack_value)), !dbg !53
  %40 = trunc i64 %39 to i32, !dbg !54
  call void @llvm.dbg.value(metadata i32 %40, metadata !26, metadata !DIExpression()), !dbg !53
  %41 = icmp slt i32 %40, %1, !dbg !55
  br i1 %41, label %29, label %22, !dbg !57, !llvm.loop !79

42:                                               ; preds = %51, %22
  ret void, !dbg !81

43:                                               ; preds = %24, %51
  %44 = phi i64 [ %26, %24 ], [ %52, %51 ]
  call void @llvm.dbg.value(metadata i64 %44, metadata !28, metadata !DIExpression()), !dbg !69
  %45 = getelementptr inbounds [256 x i32], ptr @histogram_atomic.local_bins, i64 0, i64 %44, !dbg !82
  %46 = load i32, ptr %45, align 4, !dbg !82, !tbaa !60
  %47 = icmp eq i32 %46, 0, !dbg !84
  br i1 %47, label %51, label %48, !dbg !85

48:                                               ; preds = %43
  %49 = getelementptr inbounds i32, ptr %2, i64 %44, !dbg !86
  %50 = tail call i32 @_Z10atomic_addPU8CLglobalVjj(ptr noundef %49, i32 noundef %46) #5, !dbg !87
  br label %51, !dbg !87

51:                                               ; preds = %43, %48
  %52 = add i64 %44, %28, !dbg !88
  call void @llvm.dbg.value(metadata i64 %52, metadata !28, metadata !DIExpression()), !dbg !69
  %53 = icmp slt i64 %52, 256, !dbg !70
  br i1 %53, label %43, label %42, !dbg !72, !llvm.loop !89
}

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare !dbg !91 i64 @_Z12get_local_idj(i32 noundef) local_unnamed_addr #1

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare !dbg !96 i64 @_Z14get_local_sizej(i32 noundef) local_unnamed_addr #1

; Function Attrs: convergent nounwind
declare !dbg !97 void @_Z7barrierj(i32 noundef) local_unnamed_addr #2

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare !dbg !101 i64 @_Z13get_global_idj(i32 noundef) local_unnamed_addr #1

; Function Attrs: convergent nounwind
declare !dbg !102 i32 @_Z10atomic_incPU7CLlocalVj(ptr noundef) local_unnamed_addr #2

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare !dbg !107 i64 @_Z15get_global_sizej(i32 noundef) local_unnamed_addr #1

; Function Attrs: convergent nounwind
declare !dbg !108 i32 @_Z10atomic_addPU8CLglobalVjj(ptr noundef, i32 noundef) local_unnamed_addr #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #3

attributes #0 = { convergent norecurse nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" "uniform-work-group-size"="false" }
attributes #1 = { convergent mustprogress nofree nounwind willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { convergent nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { convergent nounwind willreturn memory(none) }
attributes #5 = { convergent nounwind }

!llvm.dbg.cu = !{!16}
!llvm.module.flags = !{!33, !34, !35, !36, !37, !38}
!opencl.ocl.version = !{!39}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "local_bins", scope: !2, file: !3, line: 5, type: !30, isLocal: true, isDefinition: true)
!2 = distinct !DISubprogram(name: "histogram_atomic", scope: !3, file: !3, line: 4, type: !4, scopeLine: 4, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !16, retainedNodes: !18)
!3 = !DIFile(filename: "opencl/histogram_atomic.cl", directory: ".", checksumkind: CSK_MD5, checksum: "4424405efe67d7c42ffc4614b8f9721d")
!4 = !DISubroutineType(cc: DW_CC_LLVM_OpenCLKernel, types: !5)
!5 = !{null, !6, !11, !13}
!6 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !7, size: 64)
!7 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !8)
!8 = !DIDerivedType(tag: DW_TAG_typedef, name: "uchar", file: !9, line: 114, baseType: !10)
!9 = !DIFile(filename: "/usr/lib/llvm-16/lib/clang/16/include/opencl-c-base.h", directory: "", checksumkind: CSK_MD5, checksum: "e6bbcb51538215c6533a67d5a914b7ae")
!10 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!11 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !12)
!12 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!13 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !14, size: 64)
!14 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint", file: !9, line: 124, baseType: !15)
!15 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!16 = distinct !DICompileUnit(language: DW_LANG_OpenCL, file: !3, isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !17, splitDebugInlining: false, nameTableKind: None)
!17 = !{!0}
!18 = !{!19, !20, !21, !22, !23, !24, !26, !28}
!19 = !DILocalVariable(name: "data", arg: 1, scope: !2, file: !3, line: 4, type: !6)
!20 = !DILocalVariable(name: "n", arg: 2, scope: !2, file: !3, line: 4, type: !11)
!21 = !DILocalVariable(name: "bins", arg: 3, scope: !2, file: !3, line: 4, type: !13)
!22 = !DILocalVariable(name: "lid", scope: !2, file: !3, line: 6, type: !12)
!23 = !DILocalVariable(name: "lsize", scope: !2, file: !3, line: 6, type: !12)
!24 = !DILocalVariable(name: "b", scope: !25, file: !3, line: 7, type: !12)
!25 = distinct !DILexicalBlock(scope: !2, file: !3, line: 7, column: 5)
!26 = !DILocalVariable(name: "i", scope: !27, file: !3, line: 10, type: !12)
!27 = distinct !DILexicalBlock(scope: !2, file: !3, line: 10, column: 5)
!28 = !DILocalVariable(name: "b", scope: !29, file: !3, line: 13, type: !12)
!29 = distinct !DILexicalBlock(scope: !2, file: !3, line: 13, column: 5)
!30 = !DICompositeType(tag: DW_TAG_array_type, baseType: !14, size: 8192, elements: !31)
!31 = !{!32}
!32 = !DISubrange(count: 256)
!33 = !{i32 7, !"Dwarf Version", i32 5}
!34 = !{i32 2, !"Debug Info Version", i32 3}
!35 = !{i32 1, !"wchar_size", i32 4}
!36 = !{i32 8, !"PIC Level", i32 2}
!37 = !{i32 7, !"PIE Level", i32 2}
!38 = !{i32 7, !"uwtable", i32 2}
!39 = !{i32 2, i32 0}
!40 = !{i32 1, i32 0, i32 1}
!41 = !{!"none", !"none", !"none"}
!42 = !{!"uchar*", !"int", !"uint*"}
!43 = !{!"const", !"", !""}
!44 = !DILocation(line: 0, scope: !2)
!45 = !DILocation(line: 6, column: 15, scope: !2)
!46 = !DILocation(line: 6, column: 40, scope: !2)
!47 = !DILocation(line: 0, scope: !25)
!48 = !DILocation(line: 7, column: 25, scope: !49)
!49 = distinct !DILexicalBlock(scope: !25, file: !3, line: 7, column: 5)
!50 = !DILocation(line: 7, column: 5, scope: !25)
!51 = !DILocation(line: 9, column: 5, scope: !2)
!52 = !DILocation(line: 10, column: 18, scope: !27)
!53 = !DILocation(line: 0, scope: !27)
!54 = !DILocation(line: 10, scope: !27)
!55 = !DILocation(line: 10, column: 38, scope: !56)
!56 = distinct !DILexicalBlock(scope: !27, file: !3, line: 10, column: 5)
!57 = !DILocation(line: 10, column: 5, scope: !27)
!58 = !DILocation(line: 8, column: 9, scope: !49)
!59 = !DILocation(line: 8, column: 23, scope: !49)
!60 = !{!61, !61, i64 0}
!61 = !{!"int", !62, i64 0}
!62 = !{!"omnipotent char", !63, i64 0}
!63 = !{!"Simple C/C++ TBAA"}
!64 = !DILocation(line: 7, column: 35, scope: !49)
!65 = distinct !{!65, !50, !66, !67}
!66 = !DILocation(line: 8, column: 25, scope: !25)
!67 = !{!"llvm.loop.unroll.disable"}
!68 = !DILocation(line: 12, column: 5, scope: !2)
!69 = !DILocation(line: 0, scope: !29)
!70 = !DILocation(line: 13, column: 25, scope: !71)
!71 = distinct !DILexicalBlock(scope: !29, file: !3, line: 13, column: 5)
!72 = !DILocation(line: 13, column: 5, scope: !29)
!73 = !DILocation(line: 11, column: 32, scope: !56)
!74 = !{!62, !62, i64 0}
!75 = !DILocation(line: 11, column: 21, scope: !56)
!76 = !DILocation(line: 11, column: 9, scope: !56)
!77 = !DILocation(line: 10, column: 48, scope: !56)
!78 = !DILocation(line: 10, column: 45, scope: !56)
!79 = distinct !{!79, !57, !80, !67}
!80 = !DILocation(line: 11, column: 40, scope: !27)
!81 = !DILocation(line: 16, column: 1, scope: !2)
!82 = !DILocation(line: 14, column: 13, scope: !83)
!83 = distinct !DILexicalBlock(scope: !71, file: !3, line: 14, column: 13)
!84 = !DILocation(line: 14, column: 27, scope: !83)
!85 = !DILocation(line: 14, column: 13, scope: !71)
!86 = !DILocation(line: 15, column: 25, scope: !83)
!87 = !DILocation(line: 15, column: 13, scope: !83)
!88 = !DILocation(line: 13, column: 35, scope: !71)
!89 = distinct !{!89, !72, !90, !67}
!90 = !DILocation(line: 15, column: 47, scope: !29)
!91 = !DISubprogram(name: "get_local_id", linkageName: "_Z12get_local_idj", scope: !3, file: !3, line: 6, type: !92, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !95)
!92 = !DISubroutineType(types: !93)
!93 = !{!94, !15}
!94 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!95 = !{}
!96 = !DISubprogram(name: "get_local_size", linkageName: "_Z14get_local_sizej", scope: !3, file: !3, line: 6, type: !92, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !95)
!97 = !DISubprogram(name: "barrier", linkageName: "_Z7barrierj", scope: !3, file: !3, line: 9, type: !98, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !95)
!98 = !DISubroutineType(types: !99)
!99 = !{null, !100}
!100 = !DIDerivedType(tag: DW_TAG_typedef, name: "cl_mem_fence_flags", file: !9, line: 367, baseType: !14)
!101 = !DISubprogram(name: "get_global_id", linkageName: "_Z13get_global_idj", scope: !3, file: !3, line: 10, type: !92, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !95)
!102 = !DISubprogram(name: "atomic_inc", linkageName: "_Z10atomic_incPU7CLlocalVj", scope: !3, file: !3, line: 11, type: !103, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !95)
!103 = !DISubroutineType(types: !104)
!104 = !{!15, !105}
!105 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !106, size: 64)
!106 = !DIDerivedType(tag: DW_TAG_volatile_type, baseType: !15)
!107 = !DISubprogram(name: "get_global_size", linkageName: "_Z15get_global_sizej", scope: !3, file: !3, line: 10, type: !92, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !95)
!108 = !DISubprogram(name: "atomic_add", linkageName: "_Z10atomic_addPU8CLglobalVjj", scope: !3, file: !3, line: 15, type: !109, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !95)
!109 = !DISubroutineType(types: !110)
!110 = !{!15, !105, !15}
