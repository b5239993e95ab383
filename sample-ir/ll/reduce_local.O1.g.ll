; ModuleID = 'opencl/reduce_local.cl'
source_filename = "opencl/reduce_local.cl"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: convergent norecurse nounwind uwtable
define dso_local spir_kernel void @reduce_local(ptr nocapture noundef readonly align 4 %0, ptr nocapture noundef writeonly align 4 %1, ptr nocapture noundef align 4 %2, i32 noundef %3) local_unnamed_addr #0 !dbg !9 !kernel_arg_addr_space !30 !kernel_arg_access_qual !31 !kernel_arg_type !32 !kernel_arg_base_type !32 !kernel_arg_type_qual !33 {
  call void @llvm.dbg.value(metadata ptr %0, metadata !19, metadata !DIExpression()), !dbg !34
  call void @llvm.dbg.value(metadata ptr %1, metadata !20, metadata !DIExpression()), !dbg !34
  call void @llvm.dbg.value(metadata ptr %2, metadata !21, metadata !DIExpression()), !dbg !34
  call void @llvm.dbg.value(metadata i32 %3, metadata !22, metadata !DIExpression()), !dbg !34
  call void @llvm.dbg.value(metadata i64 poison, metadata !23, metadata !DIExpression(DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_stack_value)), !dbg !34
  %5 = tail call i64 @_Z12get_local_idj(i32 noundef 0) #4, !dbg !35
  %6 = trunc i64 %5 to i32, !dbg !35
  call void @llvm.dbg.value(metadata i32 %6, metadata !24, metadata !DIExpression()), !dbg !34
  %7 = tail call i64 @_Z14get_local_sizej(i32 noundef 0) #4, !dbg !36
  %8 = trunc i64 %7 to i32, !dbg !36
  call void @llvm.dbg.value(metadata i32 %8, metadata !25, metadata !DIExpression()), !dbg !34
  %9 = tail call i64 @_Z12get_group_idj(i32 noundef 0) #4, !dbg !37
  %10 = shl i64 %7, 1, !dbg !38
  %11 = mul i64 %10, %9, !dbg !39
  %12 = shl i64 %5, 32, !dbg !40
  %13 = ashr exact i64 %12, 32, !dbg !40
  %14 = add i64 %11, %5, !dbg !41
  %15 = trunc i64 %14 to i32, !dbg !37
  call void @llvm.dbg.value(metadata i32 %15, metadata !26, metadata !DIExpression()), !dbg !34
  call void @llvm.dbg.value(metadata float 0.000000e+00, metadata !27, metadata !DIExpression()), !dbg !34
  %16 = icmp slt i32 %15, %3, !dbg !42
  br i1 %16, label %17, label %22, !dbg !44

17:                                               ; preds = %4
  %18 = shl i64 %14, 32, !dbg !45
  %19 = ashr exact i64 %18, 32, !dbg !45
  %20 = getelementptr inbounds float, ptr %0, i64 %19, !dbg !45
  %21 = load float, ptr %20, align 4, !dbg !45, !tbaa !46
  call void @llvm.dbg.value(metadata float %21, metadata !27, metadata !DIExpression()), !dbg !34
  br label %22, !dbg !50

22:                                               ; preds = %17, %4
  %23 = phi float [ %21, %17 ], [ 0.000000e+00, %4 ], !dbg !34
  call void @llvm.dbg.value(metadata float %23, metadata !27, metadata !DIExpression()), !dbg !34
  %24 = add nsw i32 %15, %8, !dbg !51
  %25 = icmp slt i32 %24, %3, !dbg !53
  br i1 %25, label %26, label %31, !dbg !54

26:                                               ; preds = %22
  %27 = sext i32 %24 to i64, !dbg !55
  %28 = getelementptr inbounds float, ptr %0, i64 %27, !dbg !55
  %29 = load float, ptr %28, align 4, !dbg !55, !tbaa !46
  %30 = fadd float %23, %29, !dbg !56
  call void @llvm.dbg.value(metadata float %30, metadata !27, metadata !DIExpression()), !dbg !34
  br label %31, !dbg !57

31:                                               ; preds = %26, %22
  %32 = phi float [ %30, %26 ], [ %23, %22 ], !dbg !34
  call void @llvm.dbg.value(metadata float %32, metadata !27, metadata !DIExpression()), !dbg !34
  %33 = getelementptr inbounds float, ptr %2, i64 %13, !dbg !58
  store float %32, ptr %33, align 4, !dbg !59, !tbaa !46
  tail call void @_Z7barrierj(i32 noundef 1) #5, !dbg !60
  call void @llvm.dbg.value(metadata i32 %8, metadata !28, metadata !DIExpression(DW_OP_constu, 2, DW_OP_div, DW_OP_stack_value)), !dbg !61
  %34 = icmp sgt i32 %8, 1, !dbg !62
  br i1 %34, label %35, label %37, !dbg !64

35:                                               ; preds = %31
  %36 = sdiv i32 %8, 2, !dbg !65
  call void @llvm.dbg.value(metadata i32 %36, metadata !28, metadata !DIExpression()), !dbg !61
  br label %39, !dbg !64

37:                                               ; preds = %49, %31
  %38 = icmp eq i32 %6, 0, !dbg !66
  br i1 %38, label %52, label %55, !dbg !68

39:                                               ; preds = %35, %49
  %40 = phi i32 [ %50, %49 ], [ %36, %35 ]
  call void @llvm.dbg.value(metadata i32 %40, metadata !28, metadata !DIExpression()), !dbg !61
  %41 = icmp sgt i32 %40, %6, !dbg !69
  br i1 %41, label %42, label %49, !dbg !72

42:                                               ; preds = %39
  %43 = add nsw i32 %40, %6, !dbg !73
  %44 = sext i32 %43 to i64, !dbg !74
  %45 = getelementptr inbounds float, ptr %2, i64 %44, !dbg !74
  %46 = load float, ptr %45, align 4, !dbg !74, !tbaa !46
  %47 = load float, ptr %33, align 4, !dbg !75, !tbaa !46
  %48 = fadd float %46, %47, !dbg !75
  store float %48, ptr %33, align 4, !dbg !75, !tbaa !46
  br label %49, !dbg !76

49:                                               ; preds = %42, %39
  tail call void @_Z7barrierj(i32 noundef 1) #5, !dbg !77
  %50 = lshr i32 %40, 1
  call void @llvm.dbg.value(metadata i32 %50, metadata !28, metadata !DIExpression()), !dbg !61
  %51 = icmp ult i32 %40, 2, !dbg !62
  br i1 %51, label %37, label %39, !dbg !64, !llvm.loop !78

52:                                               ; preds = %37
  %53 = load float, ptr %2, align 4, !dbg !81, !tbaa !46
  %54 = getelementptr inbounds float, ptr %1, i64 %9, !dbg !82
  store float %53, ptr %54, align 4, !dbg !83, !tbaa !46
  br label %55, !dbg !82

55:                                               ; preds = %52, %37
  ret void, !dbg !84
}

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare !dbg !85 i64 @_Z12get_local_idj(i32 noundef) local_unnamed_addr #1

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare !dbg !91 i64 @_Z14get_local_sizej(i32 noundef) local_unnamed_addr #1

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare !dbg !92 i64 @_Z12get_group_idj(i32 noundef) local_unnamed_addr #1

; Function Attrs: convergent nounwind
declare !dbg !93 void @_Z7barrierj(i32 noundef) local_unnamed_addr #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #3

attributes #0 = { convergent norecurse nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" "uniform-work-group-size"="false" }
attributes #1 = { convergent mustprogress nofree nounwind willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { convergent nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { convergent nounwind willreturn memory(none) }
attributes #5 = { convergent nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!opencl.ocl.version = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_OpenCL, file: !1, isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "opencl/reduce_local.cl", directory: ".", checksumkind: CSK_MD5, checksum: "da1c7af3cbb621f1c4909f62cc149352")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"PIE Level", i32 2}
!7 = !{i32 7, !"uwtable", i32 2}
!8 = !{i32 2, i32 0}
!9 = distinct !DISubprogram(name: "reduce_local", scope: !1, file: !1, line: 2, type: !10, scopeLine: 2, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !18)
!10 = !DISubroutineType(cc: DW_CC_LLVM_OpenCLKernel, types: !11)
!11 = !{null, !12, !15, !15, !16}
!12 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !13, size: 64)
!13 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !14)
!14 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!15 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !14, size: 64)
!16 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !17)
!17 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!18 = !{!19, !20, !21, !22, !23, !24, !25, !26, !27, !28}
!19 = !DILocalVariable(name: "in", arg: 1, scope: !9, file: !1, line: 2, type: !12)
!20 = !DILocalVariable(name: "partial", arg: 2, scope: !9, file: !1, line: 2, type: !15)
!21 = !DILocalVariable(name: "scratch", arg: 3, scope: !9, file: !1, line: 2, type: !15)
!22 = !DILocalVariable(name: "n", arg: 4, scope: !9, file: !1, line: 2, type: !16)
!23 = !DILocalVariable(name: "gid", scope: !9, file: !1, line: 3, type: !17)
!24 = !DILocalVariable(name: "lid", scope: !9, file: !1, line: 3, type: !17)
!25 = !DILocalVariable(name: "size", scope: !9, file: !1, line: 3, type: !17)
!26 = !DILocalVariable(name: "i", scope: !9, file: !1, line: 5, type: !17)
!27 = !DILocalVariable(name: "v", scope: !9, file: !1, line: 6, type: !14)
!28 = !DILocalVariable(name: "stride", scope: !29, file: !1, line: 11, type: !17)
!29 = distinct !DILexicalBlock(scope: !9, file: !1, line: 11, column: 5)
!30 = !{i32 1, i32 1, i32 3, i32 0}
!31 = !{!"none", !"none", !"none", !"none"}
!32 = !{!"float*", !"float*", !"float*", !"int"}
!33 = !{!"const", !"", !"", !""}
!34 = !DILocation(line: 0, scope: !9)
!35 = !DILocation(line: 3, column: 39, scope: !9)
!36 = !DILocation(line: 3, column: 63, scope: !9)
!37 = !DILocation(line: 5, column: 13, scope: !9)
!38 = !DILocation(line: 5, column: 29, scope: !9)
!39 = !DILocation(line: 5, column: 36, scope: !9)
!40 = !DILocation(line: 5, column: 42, scope: !9)
!41 = !DILocation(line: 5, column: 40, scope: !9)
!42 = !DILocation(line: 7, column: 11, scope: !43)
!43 = distinct !DILexicalBlock(scope: !9, file: !1, line: 7, column: 9)
!44 = !DILocation(line: 7, column: 9, scope: !9)
!45 = !DILocation(line: 7, column: 20, scope: !43)
!46 = !{!47, !47, i64 0}
!47 = !{!"float", !48, i64 0}
!48 = !{!"omnipotent char", !49, i64 0}
!49 = !{!"Simple C/C++ TBAA"}
!50 = !DILocation(line: 7, column: 16, scope: !43)
!51 = !DILocation(line: 8, column: 11, scope: !52)
!52 = distinct !DILexicalBlock(scope: !9, file: !1, line: 8, column: 9)
!53 = !DILocation(line: 8, column: 18, scope: !52)
!54 = !DILocation(line: 8, column: 9, scope: !9)
!55 = !DILocation(line: 8, column: 28, scope: !52)
!56 = !DILocation(line: 8, column: 25, scope: !52)
!57 = !DILocation(line: 8, column: 23, scope: !52)
!58 = !DILocation(line: 9, column: 5, scope: !9)
!59 = !DILocation(line: 9, column: 18, scope: !9)
!60 = !DILocation(line: 10, column: 5, scope: !9)
!61 = !DILocation(line: 0, scope: !29)
!62 = !DILocation(line: 11, column: 40, scope: !63)
!63 = distinct !DILexicalBlock(scope: !29, file: !1, line: 11, column: 5)
!64 = !DILocation(line: 11, column: 5, scope: !29)
!65 = !DILocation(line: 11, column: 28, scope: !29)
!66 = !DILocation(line: 16, column: 13, scope: !67)
!67 = distinct !DILexicalBlock(scope: !9, file: !1, line: 16, column: 9)
!68 = !DILocation(line: 16, column: 9, scope: !9)
!69 = !DILocation(line: 12, column: 17, scope: !70)
!70 = distinct !DILexicalBlock(scope: !71, file: !1, line: 12, column: 13)
!71 = distinct !DILexicalBlock(scope: !63, file: !1, line: 11, column: 59)
!72 = !DILocation(line: 12, column: 13, scope: !71)
!73 = !DILocation(line: 13, column: 41, scope: !70)
!74 = !DILocation(line: 13, column: 29, scope: !70)
!75 = !DILocation(line: 13, column: 26, scope: !70)
!76 = !DILocation(line: 13, column: 13, scope: !70)
!77 = !DILocation(line: 14, column: 9, scope: !71)
!78 = distinct !{!78, !64, !79, !80}
!79 = !DILocation(line: 15, column: 5, scope: !29)
!80 = !{!"llvm.loop.unroll.disable"}
!81 = !DILocation(line: 17, column: 36, scope: !67)
!82 = !DILocation(line: 17, column: 9, scope: !67)
!83 = !DILocation(line: 17, column: 34, scope: !67)
!84 = !DILocation(line: 19, column: 1, scope: !9)
!85 = !DISubprogram(name: "get_local_id", linkageName: "_Z12get_local_idj", scope: !1, file: !1, line: 3, type: !86, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !90)
!86 = !DISubroutineType(types: !87)
!87 = !{!88, !89}
!88 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!89 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!90 = !{}
!91 = !DISubprogram(name: "get_local_size", linkageName: "_Z14get_local_sizej", scope: !1, file: !1, line: 3, type: !86, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !90)
!92 = !DISubprogram(name: "get_group_id", linkageName: "_Z12get_group_idj", scope: !1, file: !1, line: 5, type: !86, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !90)
!93 = !DISubprogram(name: "barrier", linkageName: "_Z7barrierj", scope: !1, file: !1, line: 10, type: !94, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !90)
!94 = !DISubroutineType(types: !95)
!95 = !{null, !96}
!96 = !DIDerivedType(tag: DW_TAG_typedef, name: "cl_mem_fence_flags", file: !97, line: 367, baseType: !98)
!97 = !DIFile(filename: "/usr/lib/llvm-16/lib/clang/16/include/opencl-c-base.h", directory: "", checksumkind: CSK_MD5, checksum: "e6bbcb51538215c6533a67d5a914b7ae")
!98 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint", file: !97, line: 124, baseType: !89)
