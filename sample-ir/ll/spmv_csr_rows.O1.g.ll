; ModuleID = 'opencl/spmv_csr_rows.cl'
source_filename = "opencl/spmv_csr_rows.cl"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: convergent nofree norecurse nounwind memory(argmem: readwrite) uwtable
define dso_local spir_kernel void @spmv_csr_rows(i32 noundef %0, ptr nocapture noundef readonly align 4 %1, ptr nocapture noundef readonly align 4 %2, ptr nocapture noundef readonly align 4 %3, ptr nocapture noundef readonly align 4 %4, ptr nocapture noundef writeonly align 4 %5) local_unnamed_addr #0 !dbg !9 !kernel_arg_addr_space !30 !kernel_arg_access_qual !31 !kernel_arg_type !32 !kernel_arg_base_type !32 !kernel_arg_type_qual !33 {
  call void @llvm.dbg.value(metadata i32 %0, metadata !20, metadata !DIExpression()), !dbg !34
  call void @llvm.dbg.value(metadata ptr %1, metadata !21, metadata !DIExpression()), !dbg !34
  call void @llvm.dbg.value(metadata ptr %2, metadata !22, metadata !DIExpression()), !dbg !34
  call void @llvm.dbg.value(metadata ptr %3, metadata !23, metadata !DIExpression()), !dbg !34
  call void @llvm.dbg.value(metadata ptr %4, metadata !24, metadata !DIExpression()), !dbg !34
  call void @llvm.dbg.value(metadata ptr %5, metadata !25, metadata !DIExpression()), !dbg !34
  %7 = tail call i64 @_Z13get_global_idj(i32 noundef 0) #4, !dbg !35
  %8 = trunc i64 %7 to i32, !dbg !35
  call void @llvm.dbg.value(metadata i32 %8, metadata !26, metadata !DIExpression()), !dbg !34
  %9 = icmp slt i32 %8, %0, !dbg !36
  br i1 %9, label %10, label %39, !dbg !38

10:                                               ; preds = %6
  call void @llvm.dbg.value(metadata float 0.000000e+00, metadata !27, metadata !DIExpression()), !dbg !34
  %11 = shl i64 %7, 32, !dbg !39
  %12 = ashr exact i64 %11, 32, !dbg !39
  %13 = getelementptr inbounds i32, ptr %1, i64 %12, !dbg !39
  %14 = load i32, ptr %13, align 4, !dbg !39, !tbaa !40
  call void @llvm.dbg.value(metadata i32 %14, metadata !28, metadata !DIExpression()), !dbg !44
  %15 = add i64 %11, 4294967296
  %16 = ashr exact i64 %15, 32
  %17 = getelementptr inbounds i32, ptr %1, i64 %16
  %18 = load i32, ptr %17, align 4, !tbaa !40
  call void @llvm.dbg.value(metadata i32 %14, metadata !28, metadata !DIExpression()), !dbg !44
  call void @llvm.dbg.value(metadata float 0.000000e+00, metadata !27, metadata !DIExpression()), !dbg !34
  %19 = icmp slt i32 %14, %18, !dbg !45
  br i1 %19, label %20, label %23, !dbg !47

20:                                               ; preds = %10
  %21 = sext i32 %14 to i64, !dbg !47
  %22 = sext i32 %18 to i64, !dbg !45
  br label %26, !dbg !47

23:                                               ; preds = %26, %10
  %24 = phi float [ 0.000000e+00, %10 ], [ %36, %26 ], !dbg !34
  %25 = getelementptr inbounds float, ptr %5, i64 %12, !dbg !48
  store float %24, ptr %25, align 4, !dbg !49, !tbaa !50
  br label %39, !dbg !52

26:                                               ; preds = %20, %26
  %27 = phi i64 [ %21, %20 ], [ %37, %26 ]
  %28 = phi float [ 0.000000e+00, %20 ], [ %36, %26 ]
  call void @llvm.dbg.value(metadata i64 %27, metadata !28, metadata !DIExpression()), !dbg !44
  call void @llvm.dbg.value(metadata float %28, metadata !27, metadata !DIExpression()), !dbg !34
  %29 = getelementptr inbounds float, ptr %3, i64 %27, !dbg !53
  %30 = load float, ptr %29, align 4, !dbg !53, !tbaa !50
  %31 = getelementptr inbounds i32, ptr %2, i64 %27, !dbg !54
  %32 = load i32, ptr %31, align 4, !dbg !54, !tbaa !40
  %33 = sext i32 %32 to i64, !dbg !55
  %34 = getelementptr inbounds float, ptr %4, i64 %33, !dbg !55
  %35 = load float, ptr %34, align 4, !dbg !55, !tbaa !50
  %36 = tail call float @llvm.fmuladd.f32(float %30, float %35, float %28), !dbg !56
  call void @llvm.dbg.value(metadata float %36, metadata !27, metadata !DIExpression()), !dbg !34
  %37 = add nsw i64 %27, 1, !dbg !57
  call void @llvm.dbg.value(metadata i64 %37, metadata !28, metadata !DIExpression()), !dbg !44
  %38 = icmp eq i64 %37, %22, !dbg !45
  br i1 %38, label %23, label %26, !dbg !47, !llvm.loop !58

39:                                               ; preds = %6, %23
  ret void, !dbg !52
}

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare !dbg !61 i64 @_Z13get_global_idj(i32 noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #3

attributes #0 = { convergent nofree norecurse nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" "uniform-work-group-size"="false" }
attributes #1 = { convergent mustprogress nofree nounwind willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { convergent nounwind willreturn memory(none) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!opencl.ocl.version = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_OpenCL, file: !1, isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "opencl/spmv_csr_rows.cl", directory: ".", checksumkind: CSK_MD5, checksum: "25aa29ac1704652d9aa830740a21c6b0")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"PIE Level", i32 2}
!7 = !{i32 7, !"uwtable", i32 2}
!8 = !{i32 2, i32 0}
!9 = distinct !DISubprogram(name: "spmv_csr_rows", scope: !1, file: !1, line: 2, type: !10, scopeLine: 3, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !19)
!10 = !DISubroutineType(cc: DW_CC_LLVM_OpenCLKernel, types: !11)
!11 = !{null, !12, !14, !14, !15, !15, !18}
!12 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !13)
!13 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!14 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !12, size: 64)
!15 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !16, size: 64)
!16 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !17)
!17 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!18 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !17, size: 64)
!19 = !{!20, !21, !22, !23, !24, !25, !26, !27, !28}
!20 = !DILocalVariable(name: "rows", arg: 1, scope: !9, file: !1, line: 2, type: !12)
!21 = !DILocalVariable(name: "row_ptr", arg: 2, scope: !9, file: !1, line: 2, type: !14)
!22 = !DILocalVariable(name: "col_index", arg: 3, scope: !9, file: !1, line: 2, type: !14)
!23 = !DILocalVariable(name: "values", arg: 4, scope: !9, file: !1, line: 3, type: !15)
!24 = !DILocalVariable(name: "x", arg: 5, scope: !9, file: !1, line: 3, type: !15)
!25 = !DILocalVariable(name: "y", arg: 6, scope: !9, file: !1, line: 3, type: !18)
!26 = !DILocalVariable(name: "row", scope: !9, file: !1, line: 4, type: !13)
!27 = !DILocalVariable(name: "sum", scope: !9, file: !1, line: 6, type: !17)
!28 = !DILocalVariable(name: "k", scope: !29, file: !1, line: 7, type: !13)
!29 = distinct !DILexicalBlock(scope: !9, file: !1, line: 7, column: 5)
!30 = !{i32 0, i32 1, i32 1, i32 1, i32 1, i32 1}
!31 = !{!"none", !"none", !"none", !"none", !"none", !"none"}
!32 = !{!"int", !"int*", !"int*", !"float*", !"float*", !"float*"}
!33 = !{!"", !"const", !"const", !"const", !"const", !""}
!34 = !DILocation(line: 0, scope: !9)
!35 = !DILocation(line: 4, column: 15, scope: !9)
!36 = !DILocation(line: 5, column: 13, scope: !37)
!37 = distinct !DILexicalBlock(scope: !9, file: !1, line: 5, column: 9)
!38 = !DILocation(line: 5, column: 9, scope: !9)
!39 = !DILocation(line: 7, column: 18, scope: !29)
!40 = !{!41, !41, i64 0}
!41 = !{!"int", !42, i64 0}
!42 = !{!"omnipotent char", !43, i64 0}
!43 = !{!"Simple C/C++ TBAA"}
!44 = !DILocation(line: 0, scope: !29)
!45 = !DILocation(line: 7, column: 34, scope: !46)
!46 = distinct !DILexicalBlock(scope: !29, file: !1, line: 7, column: 5)
!47 = !DILocation(line: 7, column: 5, scope: !29)
!48 = !DILocation(line: 9, column: 5, scope: !9)
!49 = !DILocation(line: 9, column: 12, scope: !9)
!50 = !{!51, !51, i64 0}
!51 = !{!"float", !42, i64 0}
!52 = !DILocation(line: 10, column: 1, scope: !9)
!53 = !DILocation(line: 8, column: 16, scope: !46)
!54 = !DILocation(line: 8, column: 30, scope: !46)
!55 = !DILocation(line: 8, column: 28, scope: !46)
!56 = !DILocation(line: 8, column: 13, scope: !46)
!57 = !DILocation(line: 7, column: 55, scope: !46)
!58 = distinct !{!58, !47, !59, !60}
!59 = !DILocation(line: 8, column: 42, scope: !29)
!60 = !{!"llvm.loop.unroll.disable"}
!61 = !DISubprogram(name: "get_global_id", linkageName: "_Z13get_global_idj", scope: !1, file: !1, line: 4, type: !62, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !66)
!62 = !DISubroutineType(types: !63)
!63 = !{!64, !65}
!64 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!65 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!66 = !{}
