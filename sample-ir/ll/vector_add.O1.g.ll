; ModuleID = 'opencl/vector_add.cl'
source_filename = "opencl/vector_add.cl"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: convergent mustprogress nofree norecurse nounwind willreturn memory(argmem: readwrite) uwtable
define dso_local spir_kernel void @vector_add(ptr nocapture noundef readonly align 4 %0, ptr nocapture noundef readonly align 4 %1, ptr nocapture noundef writeonly align 4 %2, i32 noundef %3) local_unnamed_addr #0 !dbg !9 !kernel_arg_addr_space !24 !kernel_arg_access_qual !25 !kernel_arg_type !26 !kernel_arg_base_type !26 !kernel_arg_type_qual !27 {
  call void @llvm.dbg.value(metadata ptr %0, metadata !19, metadata !DIExpression()), !dbg !28
  call void @llvm.dbg.value(metadata ptr %1, metadata !20, metadata !DIExpression()), !dbg !28
  call void @llvm.dbg.value(metadata ptr %2, metadata !21, metadata !DIExpression()), !dbg !28
  call void @llvm.dbg.value(metadata i32 %3, metadata !22, metadata !DIExpression()), !dbg !28
  %5 = tail call i64 @_Z13get_global_idj(i32 noundef 0) #3, !dbg !29
  %6 = trunc i64 %5 to i32, !dbg !29
  call void @llvm.dbg.value(metadata i32 %6, metadata !23, metadata !DIExpression()), !dbg !28
  %7 = icmp slt i32 %6, %3, !dbg !30
  br i1 %7, label %8, label %17, !dbg !32

8:                                                ; preds = %4
  %9 = shl i64 %5, 32, !dbg !33
  %10 = ashr exact i64 %9, 32, !dbg !33
  %11 = getelementptr inbounds float, ptr %0, i64 %10, !dbg !33
  %12 = load float, ptr %11, align 4, !dbg !33, !tbaa !34
  %13 = getelementptr inbounds float, ptr %1, i64 %10, !dbg !38
  %14 = load float, ptr %13, align 4, !dbg !38, !tbaa !34
  %15 = fadd float %12, %14, !dbg !39
  %16 = getelementptr inbounds float, ptr %2, i64 %10, !dbg !40
  store float %15, ptr %16, align 4, !dbg !41, !tbaa !34
  br label %17, !dbg !40

17:                                               ; preds = %8, %4
  ret void, !dbg !42
}

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare !dbg !43 i64 @_Z13get_global_idj(i32 noundef) local_unnamed_addr #1

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
!1 = !DIFile(filename: "opencl/vector_add.cl", directory: ".", checksumkind: CSK_MD5, checksum: "f2880c44b678658dfc9397dd0b4dac11")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"PIE Level", i32 2}
!7 = !{i32 7, !"uwtable", i32 2}
!8 = !{i32 2, i32 0}
!9 = distinct !DISubprogram(name: "vector_add", scope: !1, file: !1, line: 2, type: !10, scopeLine: 2, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !18)
!10 = !DISubroutineType(cc: DW_CC_LLVM_OpenCLKernel, types: !11)
!11 = !{null, !12, !12, !15, !16}
!12 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !13, size: 64)
!13 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !14)
!14 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!15 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !14, size: 64)
!16 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !17)
!17 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!18 = !{!19, !20, !21, !22, !23}
!19 = !DILocalVariable(name: "a", arg: 1, scope: !9, file: !1, line: 2, type: !12)
!20 = !DILocalVariable(name: "b", arg: 2, scope: !9, file: !1, line: 2, type: !12)
!21 = !DILocalVariable(name: "c", arg: 3, scope: !9, file: !1, line: 2, type: !15)
!22 = !DILocalVariable(name: "n", arg: 4, scope: !9, file: !1, line: 2, type: !16)
!23 = !DILocalVariable(name: "i", scope: !9, file: !1, line: 3, type: !17)
!24 = !{i32 1, i32 1, i32 1, i32 0}
!25 = !{!"none", !"none", !"none", !"none"}
!26 = !{!"float*", !"float*", !"float*", !"int"}
!27 = !{!"const", !"const", !"", !""}
!28 = !DILocation(line: 0, scope: !9)
!29 = !DILocation(line: 3, column: 13, scope: !9)
!30 = !DILocation(line: 4, column: 11, scope: !31)
!31 = distinct !DILexicalBlock(scope: !9, file: !1, line: 4, column: 9)
!32 = !DILocation(line: 4, column: 9, scope: !9)
!33 = !DILocation(line: 5, column: 16, scope: !31)
!34 = !{!35, !35, i64 0}
!35 = !{!"float", !36, i64 0}
!36 = !{!"omnipotent char", !37, i64 0}
!37 = !{!"Simple C/C++ TBAA"}
!38 = !DILocation(line: 5, column: 23, scope: !31)
!39 = !DILocation(line: 5, column: 21, scope: !31)
!40 = !DILocation(line: 5, column: 9, scope: !31)
!41 = !DILocation(line: 5, column: 14, scope: !31)
!42 = !DILocation(line: 6, column: 1, scope: !9)
!43 = !DISubprogram(name: "get_global_id", linkageName: "_Z13get_global_idj", scope: !1, file: !1, line: 3, type: !44, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !48)
!44 = !DISubroutineType(types: !45)
!45 = !{!46, !47}
!46 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!47 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!48 = !{}
