; ModuleID = 'opencl/bitonic_step.cl'
source_filename = "opencl/bitonic_step.cl"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: convergent mustprogress nofree norecurse nounwind willreturn memory(argmem: readwrite) uwtable
define dso_local spir_kernel void @bitonic_step(ptr nocapture noundef align 4 %0, i32 noundef %1, i32 noundef %2) local_unnamed_addr #0 !dbg !9 !kernel_arg_addr_space !30 !kernel_arg_access_qual !31 !kernel_arg_type !32 !kernel_arg_base_type !32 !kernel_arg_type_qual !33 {
  call void @llvm.dbg.value(metadata ptr %0, metadata !19, metadata !DIExpression()), !dbg !34
  call void @llvm.dbg.value(metadata i32 %1, metadata !20, metadata !DIExpression()), !dbg !34
  call void @llvm.dbg.value(metadata i32 %2, metadata !21, metadata !DIExpression()), !dbg !34
  %4 = tail call i64 @_Z13get_global_idj(i32 noundef 0) #3, !dbg !35
  %5 = trunc i64 %4 to i32, !dbg !35
  call void @llvm.dbg.value(metadata i32 %5, metadata !22, metadata !DIExpression()), !dbg !34
  %6 = xor i32 %5, %2, !dbg !36
  call void @llvm.dbg.value(metadata i32 %6, metadata !23, metadata !DIExpression()), !dbg !34
  %7 = icmp ugt i32 %6, %5, !dbg !37
  br i1 %7, label %8, label %20, !dbg !38

8:                                                ; preds = %3
  %9 = and i64 %4, 4294967295, !dbg !39
  %10 = getelementptr inbounds i32, ptr %0, i64 %9, !dbg !39
  %11 = load i32, ptr %10, align 4, !dbg !39, !tbaa !40
  call void @llvm.dbg.value(metadata i32 %11, metadata !24, metadata !DIExpression()), !dbg !44
  %12 = zext i32 %6 to i64, !dbg !45
  %13 = getelementptr inbounds i32, ptr %0, i64 %12, !dbg !45
  %14 = load i32, ptr %13, align 4, !dbg !45, !tbaa !40
  call void @llvm.dbg.value(metadata i32 %14, metadata !27, metadata !DIExpression()), !dbg !44
  %15 = and i32 %5, %1, !dbg !46
  %16 = icmp eq i32 %15, 0, !dbg !47
  call void @llvm.dbg.value(metadata i1 %16, metadata !28, metadata !DIExpression(DW_OP_LLVM_convert, 1, DW_ATE_unsigned, DW_OP_LLVM_convert, 8, DW_ATE_unsigned, DW_OP_stack_value)), !dbg !44
  %17 = icmp sle i32 %11, %14, !dbg !48
  %18 = xor i1 %16, %17, !dbg !50
  br i1 %18, label %19, label %20, !dbg !51

19:                                               ; preds = %8
  store i32 %14, ptr %10, align 4, !dbg !52, !tbaa !40
  store i32 %11, ptr %13, align 4, !dbg !54, !tbaa !40
  br label %20, !dbg !55

20:                                               ; preds = %8, %19, %3
  ret void, !dbg !56
}

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare !dbg !57 i64 @_Z13get_global_idj(i32 noundef) local_unnamed_addr #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #2

attributes #0 = { convergent mustprogress nofree norecurse nounwind willreturn memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" "uniform-work-group-size"="false" }
attributes #1 = { convergent mustprogress nofree nounwind willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { convergent nounwind willreturn memory(none) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!opencl.ocl.version = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_OpenCL, file: !1, isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "opencl/bitonic_step.cl", directory: ".", checksumkind: CSK_MD5, checksum: "7f29ea42aaf53f21eb634dcf3a55485a")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"PIE Level", i32 2}
!7 = !{i32 7, !"uwtable", i32 2}
!8 = !{i32 2, i32 0}
!9 = distinct !DISubprogram(name: "bitonic_step", scope: !1, file: !1, line: 2, type: !10, scopeLine: 2, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !18)
!10 = !DISubroutineType(cc: DW_CC_LLVM_OpenCLKernel, types: !11)
!11 = !{null, !12, !14, !14}
!12 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !13, size: 64)
!13 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!14 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !15)
!15 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint", file: !16, line: 124, baseType: !17)
!16 = !DIFile(filename: "/usr/lib/llvm-16/lib/clang/16/include/opencl-c-base.h", directory: "", checksumkind: CSK_MD5, checksum: "e6bbcb51538215c6533a67d5a914b7ae")
!17 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!18 = !{!19, !20, !21, !22, !23, !24, !27, !28}
!19 = !DILocalVariable(name: "keys", arg: 1, scope: !9, file: !1, line: 2, type: !12)
!20 = !DILocalVariable(name: "k", arg: 2, scope: !9, file: !1, line: 2, type: !14)
!21 = !DILocalVariable(name: "j", arg: 3, scope: !9, file: !1, line: 2, type: !14)
!22 = !DILocalVariable(name: "i", scope: !9, file: !1, line: 3, type: !15)
!23 = !DILocalVariable(name: "partner", scope: !9, file: !1, line: 4, type: !15)
!24 = !DILocalVariable(name: "a", scope: !25, file: !1, line: 6, type: !13)
!25 = distinct !DILexicalBlock(scope: !26, file: !1, line: 5, column: 22)
!26 = distinct !DILexicalBlock(scope: !9, file: !1, line: 5, column: 9)
!27 = !DILocalVariable(name: "b", scope: !25, file: !1, line: 6, type: !13)
!28 = !DILocalVariable(name: "ascending", scope: !25, file: !1, line: 7, type: !29)
!29 = !DIBasicType(name: "bool", size: 8, encoding: DW_ATE_boolean)
!30 = !{i32 1, i32 0, i32 0}
!31 = !{!"none", !"none", !"none"}
!32 = !{!"int*", !"uint", !"uint"}
!33 = !{!"", !"", !""}
!34 = !DILocation(line: 0, scope: !9)
!35 = !DILocation(line: 3, column: 14, scope: !9)
!36 = !DILocation(line: 4, column: 22, scope: !9)
!37 = !DILocation(line: 5, column: 17, scope: !26)
!38 = !DILocation(line: 5, column: 9, scope: !9)
!39 = !DILocation(line: 6, column: 17, scope: !25)
!40 = !{!41, !41, i64 0}
!41 = !{!"int", !42, i64 0}
!42 = !{!"omnipotent char", !43, i64 0}
!43 = !{!"Simple C/C++ TBAA"}
!44 = !DILocation(line: 0, scope: !25)
!45 = !DILocation(line: 6, column: 30, scope: !25)
!46 = !DILocation(line: 7, column: 29, scope: !25)
!47 = !DILocation(line: 7, column: 34, scope: !25)
!48 = !DILocation(line: 8, column: 16, scope: !49)
!49 = distinct !DILexicalBlock(scope: !25, file: !1, line: 8, column: 13)
!50 = !DILocation(line: 8, column: 21, scope: !49)
!51 = !DILocation(line: 8, column: 13, scope: !25)
!52 = !DILocation(line: 9, column: 21, scope: !53)
!53 = distinct !DILexicalBlock(scope: !49, file: !1, line: 8, column: 35)
!54 = !DILocation(line: 10, column: 27, scope: !53)
!55 = !DILocation(line: 11, column: 9, scope: !53)
!56 = !DILocation(line: 13, column: 1, scope: !9)
!57 = !DISubprogram(name: "get_global_id", linkageName: "_Z13get_global_idj", scope: !1, file: !1, line: 3, type: !58, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !61)
!58 = !DISubroutineType(types: !59)
!59 = !{!60, !17}
!60 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!61 = !{}
