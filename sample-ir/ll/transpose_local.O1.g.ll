; ModuleID = 'opencl/transpose_local.cl'
source_filename = "opencl/transpose_local.cl"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@transpose_local.tile = internal unnamed_addr global [16 x [17 x float]] undef, align 16, !dbg !0

; Function Attrs: convergent norecurse nounwind uwtable
define dso_local spir_kernel void @transpose_local(ptr nocapture noundef readonly align 4 %0, ptr nocapture noundef writeonly align 4 %1, i32 noundef %2, i32 noundef %3) local_unnamed_addr #0 !dbg !2 !kernel_arg_addr_space !38 !kernel_arg_access_qual !39 !kernel_arg_type !40 !kernel_arg_base_type !40 !kernel_arg_type_qual !41 {
  call void @llvm.dbg.value(metadata ptr %0, metadata !15, metadata !DIExpression()), !dbg !42
  call void @llvm.dbg.value(metadata ptr %1, metadata !16, metadata !DIExpression()), !dbg !42
  call void @llvm.dbg.value(metadata i32 %2, metadata !17, metadata !DIExpression()), !dbg !42
  call void @llvm.dbg.value(metadata i32 %3, metadata !18, metadata !DIExpression()), !dbg !42
  %5 = tail call i64 @_Z12get_group_idj(i32 noundef 0) #4, !dbg !43
  %6 = trunc i64 %5 to i32, !dbg !43
  %7 = shl i32 %6, 4, !dbg !43
  call void @llvm.dbg.value(metadata i32 %7, metadata !19, metadata !DIExpression()), !dbg !42
  %8 = tail call i64 @_Z12get_group_idj(i32 noundef 1) #4, !dbg !44
  %9 = trunc i64 %8 to i32, !dbg !44
  %10 = shl i32 %9, 4, !dbg !44
  call void @llvm.dbg.value(metadata i32 %10, metadata !20, metadata !DIExpression()), !dbg !42
  %11 = tail call i64 @_Z12get_local_idj(i32 noundef 0) #4, !dbg !45
  %12 = trunc i64 %11 to i32, !dbg !45
  call void @llvm.dbg.value(metadata i32 %12, metadata !21, metadata !DIExpression()), !dbg !42
  %13 = tail call i64 @_Z12get_local_idj(i32 noundef 1) #4, !dbg !46
  %14 = trunc i64 %13 to i32, !dbg !46
  call void @llvm.dbg.value(metadata i32 %14, metadata !22, metadata !DIExpression()), !dbg !42
  %15 = add nsw i32 %7, %12, !dbg !47
  call void @llvm.dbg.value(metadata i32 %15, metadata !23, metadata !DIExpression()), !dbg !42
  %16 = add nsw i32 %10, %14, !dbg !48
  call void @llvm.dbg.value(metadata i32 %16, metadata !24, metadata !DIExpression()), !dbg !42
  %17 = icmp slt i32 %15, %3, !dbg !49
  %18 = icmp slt i32 %16, %2
  %19 = select i1 %17, i1 %18, i1 false, !dbg !51
  br i1 %19, label %20, label %31, !dbg !51

20:                                               ; preds = %4
  %21 = mul nsw i32 %16, %3, !dbg !52
  %22 = add nsw i32 %21, %15, !dbg !53
  %23 = sext i32 %22 to i64, !dbg !54
  %24 = getelementptr inbounds float, ptr %0, i64 %23, !dbg !54
  %25 = load float, ptr %24, align 4, !dbg !54, !tbaa !55
  %26 = shl i64 %13, 32, !dbg !59
  %27 = ashr exact i64 %26, 32, !dbg !59
  %28 = shl i64 %11, 32, !dbg !59
  %29 = ashr exact i64 %28, 32, !dbg !59
  %30 = getelementptr inbounds [16 x [17 x float]], ptr @transpose_local.tile, i64 0, i64 %27, i64 %29, !dbg !59
  store float %25, ptr %30, align 4, !dbg !60, !tbaa !55
  br label %31, !dbg !59

31:                                               ; preds = %20, %4
  tail call void @_Z7barrierj(i32 noundef 1) #5, !dbg !61
  %32 = add nsw i32 %10, %12, !dbg !62
  call void @llvm.dbg.value(metadata i32 %32, metadata !25, metadata !DIExpression()), !dbg !42
  %33 = add nsw i32 %7, %14, !dbg !63
  call void @llvm.dbg.value(metadata i32 %33, metadata !26, metadata !DIExpression()), !dbg !42
  %34 = icmp slt i32 %32, %2, !dbg !64
  %35 = icmp slt i32 %33, %3
  %36 = select i1 %34, i1 %35, i1 false, !dbg !66
  br i1 %36, label %37, label %48, !dbg !66

37:                                               ; preds = %31
  %38 = shl i64 %11, 32, !dbg !67
  %39 = ashr exact i64 %38, 32, !dbg !67
  %40 = shl i64 %13, 32, !dbg !67
  %41 = ashr exact i64 %40, 32, !dbg !67
  %42 = getelementptr inbounds [16 x [17 x float]], ptr @transpose_local.tile, i64 0, i64 %39, i64 %41, !dbg !67
  %43 = load float, ptr %42, align 4, !dbg !67, !tbaa !55
  %44 = mul nsw i32 %33, %2, !dbg !68
  %45 = add nsw i32 %44, %32, !dbg !69
  %46 = sext i32 %45 to i64, !dbg !70
  %47 = getelementptr inbounds float, ptr %1, i64 %46, !dbg !70
  store float %43, ptr %47, align 4, !dbg !71, !tbaa !55
  br label %48, !dbg !70

48:                                               ; preds = %37, %31
  ret void, !dbg !72
}

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare !dbg !73 i64 @_Z12get_group_idj(i32 noundef) local_unnamed_addr #1

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare !dbg !79 i64 @_Z12get_local_idj(i32 noundef) local_unnamed_addr #1

; Function Attrs: convergent nounwind
declare !dbg !80 void @_Z7barrierj(i32 noundef) local_unnamed_addr #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #3

attributes #0 = { convergent norecurse nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" "uniform-work-group-size"="false" }
attributes #1 = { convergent mustprogress nofree nounwind willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { convergent nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { convergent nounwind willreturn memory(none) }
attributes #5 = { convergent nounwind }

!llvm.dbg.cu = !{!12}
!llvm.module.flags = !{!31, !32, !33, !34, !35, !36}
!opencl.ocl.version = !{!37}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tile", scope: !2, file: !3, line: 5, type: !27, isLocal: true, isDefinition: true)
!2 = distinct !DISubprogram(name: "transpose_local", scope: !3, file: !3, line: 4, type: !4, scopeLine: 4, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !12, retainedNodes: !14)
!3 = !DIFile(filename: "opencl/transpose_local.cl", directory: ".", checksumkind: CSK_MD5, checksum: "68a7ecbe63df46ed1d8cc57108f85f27")
!4 = !DISubroutineType(cc: DW_CC_LLVM_OpenCLKernel, types: !5)
!5 = !{null, !6, !9, !10, !10}
!6 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !7, size: 64)
!7 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !8)
!8 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!9 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !8, size: 64)
!10 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !11)
!11 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!12 = distinct !DICompileUnit(language: DW_LANG_OpenCL, file: !3, isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !13, splitDebugInlining: false, nameTableKind: None)
!13 = !{!0}
!14 = !{!15, !16, !17, !18, !19, !20, !21, !22, !23, !24, !25, !26}
!15 = !DILocalVariable(name: "in", arg: 1, scope: !2, file: !3, line: 4, type: !6)
!16 = !DILocalVariable(name: "out", arg: 2, scope: !2, file: !3, line: 4, type: !9)
!17 = !DILocalVariable(name: "rows", arg: 3, scope: !2, file: !3, line: 4, type: !10)
!18 = !DILocalVariable(name: "cols", arg: 4, scope: !2, file: !3, line: 4, type: !10)
!19 = !DILocalVariable(name: "bx", scope: !2, file: !3, line: 6, type: !11)
!20 = !DILocalVariable(name: "by", scope: !2, file: !3, line: 6, type: !11)
!21 = !DILocalVariable(name: "lx", scope: !2, file: !3, line: 7, type: !11)
!22 = !DILocalVariable(name: "ly", scope: !2, file: !3, line: 7, type: !11)
!23 = !DILocalVariable(name: "x", scope: !2, file: !3, line: 8, type: !11)
!24 = !DILocalVariable(name: "y", scope: !2, file: !3, line: 8, type: !11)
!25 = !DILocalVariable(name: "tx", scope: !2, file: !3, line: 13, type: !11)
!26 = !DILocalVariable(name: "ty", scope: !2, file: !3, line: 13, type: !11)
!27 = !DICompositeType(tag: DW_TAG_array_type, baseType: !8, size: 8704, elements: !28)
!28 = !{!29, !30}
!29 = !DISubrange(count: 16)
!30 = !DISubrange(count: 17)
!31 = !{i32 7, !"Dwarf Version", i32 5}
!32 = !{i32 2, !"Debug Info Version", i32 3}
!33 = !{i32 1, !"wchar_size", i32 4}
!34 = !{i32 8, !"PIC Level", i32 2}
!35 = !{i32 7, !"PIE Level", i32 2}
!36 = !{i32 7, !"uwtable", i32 2}
!37 = !{i32 2, i32 0}
!38 = !{i32 1, i32 1, i32 0, i32 0}
!39 = !{!"none", !"none", !"none", !"none"}
!40 = !{!"float*", !"float*", !"int", !"int"}
!41 = !{!"const", !"", !"", !""}
!42 = !DILocation(line: 0, scope: !2)
!43 = !DILocation(line: 6, column: 14, scope: !2)
!44 = !DILocation(line: 6, column: 43, scope: !2)
!45 = !DILocation(line: 7, column: 14, scope: !2)
!46 = !DILocation(line: 7, column: 36, scope: !2)
!47 = !DILocation(line: 8, column: 16, scope: !2)
!48 = !DILocation(line: 8, column: 29, scope: !2)
!49 = !DILocation(line: 9, column: 11, scope: !50)
!50 = distinct !DILexicalBlock(scope: !2, file: !3, line: 9, column: 9)
!51 = !DILocation(line: 9, column: 18, scope: !50)
!52 = !DILocation(line: 10, column: 29, scope: !50)
!53 = !DILocation(line: 10, column: 36, scope: !50)
!54 = !DILocation(line: 10, column: 24, scope: !50)
!55 = !{!56, !56, i64 0}
!56 = !{!"float", !57, i64 0}
!57 = !{!"omnipotent char", !58, i64 0}
!58 = !{!"Simple C/C++ TBAA"}
!59 = !DILocation(line: 10, column: 9, scope: !50)
!60 = !DILocation(line: 10, column: 22, scope: !50)
!61 = !DILocation(line: 11, column: 5, scope: !2)
!62 = !DILocation(line: 13, column: 17, scope: !2)
!63 = !DILocation(line: 13, column: 31, scope: !2)
!64 = !DILocation(line: 14, column: 12, scope: !65)
!65 = distinct !DILexicalBlock(scope: !2, file: !3, line: 14, column: 9)
!66 = !DILocation(line: 14, column: 19, scope: !65)
!67 = !DILocation(line: 15, column: 31, scope: !65)
!68 = !DILocation(line: 15, column: 16, scope: !65)
!69 = !DILocation(line: 15, column: 23, scope: !65)
!70 = !DILocation(line: 15, column: 9, scope: !65)
!71 = !DILocation(line: 15, column: 29, scope: !65)
!72 = !DILocation(line: 16, column: 1, scope: !2)
!73 = !DISubprogram(name: "get_group_id", linkageName: "_Z12get_group_idj", scope: !3, file: !3, line: 6, type: !74, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !78)
!74 = !DISubroutineType(types: !75)
!75 = !{!76, !77}
!76 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!77 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!78 = !{}
!79 = !DISubprogram(name: "get_local_id", linkageName: "_Z12get_local_idj", scope: !3, file: !3, line: 7, type: !74, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !78)
!80 = !DISubprogram(name: "barrier", linkageName: "_Z7barrierj", scope: !3, file: !3, line: 11, type: !81, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !78)
!81 = !DISubroutineType(types: !82)
!82 = !{null, !83}
!83 = !DIDerivedType(tag: DW_TAG_typedef, name: "cl_mem_fence_flags", file: !84, line: 367, baseType: !85)
!84 = !DIFile(filename: "/usr/lib/llvm-16/lib/clang/16/include/opencl-c-base.h", directory: "", checksumkind: CSK_MD5, checksum: "e6bbcb51538215c6533a67d5a914b7ae")
!85 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint", file: !84, line: 124, baseType: !77)
