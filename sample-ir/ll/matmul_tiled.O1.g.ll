; ModuleID = 'opencl/matmul_tiled.cl'
source_filename = "opencl/matmul_tiled.cl"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@matmul_tiled.As = internal unnamed_addr global [16 x [16 x float]] undef, align 16, !dbg !0
@matmul_tiled.Bs = internal unnamed_addr global [16 x [16 x float]] undef, align 16, !dbg !14

; Function Attrs: convergent norecurse nounwind uwtable
define dso_local spir_kernel void @matmul_tiled(ptr nocapture noundef readonly align 4 %0, ptr nocapture noundef readonly align 4 %1, ptr nocapture noundef writeonly align 4 %2, i32 noundef %3) local_unnamed_addr #0 !dbg !2 !kernel_arg_addr_space !44 !kernel_arg_access_qual !45 !kernel_arg_type !46 !kernel_arg_base_type !46 !kernel_arg_type_qual !47 {
  call void @llvm.dbg.value(metadata ptr %0, metadata !20, metadata !DIExpression()), !dbg !48
  call void @llvm.dbg.value(metadata ptr %1, metadata !21, metadata !DIExpression()), !dbg !48
  call void @llvm.dbg.value(metadata ptr %2, metadata !22, metadata !DIExpression()), !dbg !48
  call void @llvm.dbg.value(metadata i32 %3, metadata !23, metadata !DIExpression()), !dbg !48
  %5 = tail call i64 @_Z13get_global_idj(i32 noundef 1) #5, !dbg !49
  %6 = trunc i64 %5 to i32, !dbg !49
  call void @llvm.dbg.value(metadata i32 %6, metadata !24, metadata !DIExpression()), !dbg !48
  %7 = tail call i64 @_Z13get_global_idj(i32 noundef 0) #5, !dbg !50
  %8 = trunc i64 %7 to i32, !dbg !50
  call void @llvm.dbg.value(metadata i32 %8, metadata !25, metadata !DIExpression()), !dbg !48
  %9 = tail call i64 @_Z12get_local_idj(i32 noundef 1) #5, !dbg !51
  call void @llvm.dbg.value(metadata i64 %9, metadata !26, metadata !DIExpression(DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_stack_value)), !dbg !48
  %10 = tail call i64 @_Z12get_local_idj(i32 noundef 0) #5, !dbg !52
  call void @llvm.dbg.value(metadata i64 %10, metadata !27, metadata !DIExpression(DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_stack_value)), !dbg !48
  call void @llvm.dbg.value(metadata float 0.000000e+00, metadata !28, metadata !DIExpression()), !dbg !48
  call void @llvm.dbg.value(metadata i32 0, metadata !29, metadata !DIExpression()), !dbg !53
  call void @llvm.dbg.value(metadata float 0.000000e+00, metadata !28, metadata !DIExpression()), !dbg !48
  call void @llvm.dbg.value(metadata i32 0, metadata !29, metadata !DIExpression()), !dbg !53
  %11 = icmp sgt i32 %3, 0, !dbg !54
  br i1 %11, label %12, label %36, !dbg !55

12:                                               ; preds = %4
  %13 = add nsw i32 %3, 15
  %14 = sdiv i32 %13, 16
  call void @llvm.dbg.value(metadata i64 %10, metadata !27, metadata !DIExpression(DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_stack_value)), !dbg !48
  call void @llvm.dbg.value(metadata i64 %9, metadata !26, metadata !DIExpression(DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_stack_value)), !dbg !48
  %15 = icmp slt i32 %6, %3
  %16 = mul nsw i32 %6, %3
  %17 = shl i64 %9, 32
  %18 = ashr exact i64 %17, 32
  %19 = shl i64 %10, 32
  %20 = ashr exact i64 %19, 32
  %21 = getelementptr inbounds [16 x [16 x float]], ptr @matmul_tiled.As, i64 0, i64 %18, i64 %20
  %22 = icmp slt i32 %8, %3
  %23 = getelementptr inbounds [16 x [16 x float]], ptr @matmul_tiled.Bs, i64 0, i64 %18, i64 %20
  %24 = shl i64 %9, 32, !dbg !55
  %25 = ashr exact i64 %24, 32, !dbg !55
  %26 = sext i32 %3 to i64, !dbg !55
  %27 = sext i32 %3 to i64, !dbg !55
  %28 = shl i64 %7, 32, !dbg !55
  %29 = ashr exact i64 %28, 32, !dbg !55
  %30 = shl i64 %10, 32, !dbg !55
  %31 = ashr exact i64 %30, 32, !dbg !55
  %32 = sext i32 %16 to i64, !dbg !55
  %33 = sext i32 %3 to i64, !dbg !55
  %34 = tail call i32 @llvm.smax.i32(i32 %14, i32 1), !dbg !55
  %35 = zext i32 %34 to i64, !dbg !54
  br label %41, !dbg !55

36:                                               ; preds = %64, %4
  %37 = phi float [ 0.000000e+00, %4 ], [ %74, %64 ], !dbg !56
  %38 = icmp slt i32 %6, %3, !dbg !57
  %39 = icmp slt i32 %8, %3
  %40 = select i1 %38, i1 %39, i1 false, !dbg !59
  br i1 %40, label %77, label %82, !dbg !59

41:                                               ; preds = %12, %64
  %42 = phi i64 [ 0, %12 ], [ %65, %64 ]
  %43 = phi float [ 0.000000e+00, %12 ], [ %74, %64 ]
  call void @llvm.dbg.value(metadata float %43, metadata !28, metadata !DIExpression()), !dbg !48
  call void @llvm.dbg.value(metadata i64 %42, metadata !29, metadata !DIExpression()), !dbg !53
  %44 = shl nsw i64 %42, 4, !dbg !60
  %45 = add nsw i64 %44, %31, !dbg !61
  call void @llvm.dbg.value(metadata i64 %45, metadata !31, metadata !DIExpression()), !dbg !62
  %46 = add nsw i64 %44, %25, !dbg !63
  call void @llvm.dbg.value(metadata i64 %46, metadata !34, metadata !DIExpression()), !dbg !62
  %47 = icmp slt i64 %45, %33
  %48 = select i1 %15, i1 %47, i1 false, !dbg !64
  br i1 %48, label %49, label %53, !dbg !64

49:                                               ; preds = %41
  %50 = add nsw i64 %45, %32, !dbg !65
  %51 = getelementptr inbounds float, ptr %0, i64 %50, !dbg !66
  %52 = load float, ptr %51, align 4, !dbg !66, !tbaa !67
  br label %53, !dbg !71

53:                                               ; preds = %41, %49
  %54 = phi float [ %52, %49 ], [ 0.000000e+00, %41 ], !dbg !71
  store float %54, ptr %21, align 4, !dbg !72, !tbaa !67
  %55 = icmp slt i64 %46, %26, !dbg !73
  %56 = select i1 %55, i1 %22, i1 false, !dbg !74
  br i1 %56, label %57, label %62, !dbg !74

57:                                               ; preds = %53
  %58 = mul nsw i64 %46, %27, !dbg !75
  %59 = add nsw i64 %58, %29, !dbg !76
  %60 = getelementptr inbounds float, ptr %1, i64 %59, !dbg !77
  %61 = load float, ptr %60, align 4, !dbg !77, !tbaa !67
  br label %62, !dbg !78

62:                                               ; preds = %53, %57
  %63 = phi float [ %61, %57 ], [ 0.000000e+00, %53 ], !dbg !78
  store float %63, ptr %23, align 4, !dbg !79, !tbaa !67
  tail call void @_Z7barrierj(i32 noundef 1) #6, !dbg !80
  call void @llvm.dbg.value(metadata i32 0, metadata !35, metadata !DIExpression()), !dbg !81
  call void @llvm.dbg.value(metadata float %43, metadata !28, metadata !DIExpression()), !dbg !48
  br label %67, !dbg !82

64:                                               ; preds = %67
  tail call void @_Z7barrierj(i32 noundef 1) #6, !dbg !83
  %65 = add nuw nsw i64 %42, 1, !dbg !84
  call void @llvm.dbg.value(metadata float %74, metadata !28, metadata !DIExpression()), !dbg !48
  call void @llvm.dbg.value(metadata i64 %65, metadata !29, metadata !DIExpression()), !dbg !53
  %66 = icmp eq i64 %65, %35, !dbg !54
  br i1 %66, label %36, label %41, !dbg !55, !llvm.loop !85

67:                                               ; preds = %62, %67
  %68 = phi i64 [ 0, %62 ], [ %75, %67 ]
  %69 = phi float [ %43, %62 ], [ %74, %67 ]
  call void @llvm.dbg.value(metadata i64 %68, metadata !35, metadata !DIExpression()), !dbg !81
  call void @llvm.dbg.value(metadata float %69, metadata !28, metadata !DIExpression()), !dbg !48
  %70 = getelementptr inbounds [16 x [16 x float]], ptr @matmul_tiled.As, i64 0, i64 %18, i64 %68, !dbg !88
  %71 = load float, ptr %70, align 4, !dbg !88, !tbaa !67
  %72 = getelementptr inbounds [16 x [16 x float]], ptr @matmul_tiled.Bs, i64 0, i64 %68, i64 %20, !dbg !90
  %73 = load float, ptr %72, align 4, !dbg !90, !tbaa !67
  %74 = tail call float @llvm.fmuladd.f32(float %71, float %73, float %69), !dbg !91
  call void @llvm.dbg.value(metadata float %74, metadata !28, metadata !DIExpression()), !dbg !48
  %75 = add nuw nsw i64 %68, 1, !dbg !92
  call void @llvm.dbg.value(metadata i64 %75, metadata !35, metadata !DIExpression()), !dbg !81
  %76 = icmp eq i64 %75, 16, !dbg !93
  br i1 %76, label %64, label %67, !dbg !82, !llvm.loop !94

77:                                               ; preds = %36
  %78 = mul nsw i32 %6, %3, !dbg !96
  %79 = add nsw i32 %78, %8, !dbg !97
  %80 = sext i32 %79 to i64, !dbg !98
  %81 = getelementptr inbounds float, ptr %2, i64 %80, !dbg !98
  store float %37, ptr %81, align 4, !dbg !99, !tbaa !67
  br label %82, !dbg !98

82:                                               ; preds = %77, %36
  ret void, !dbg !100
}

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare !dbg !101 i64 @_Z13get_global_idj(i32 noundef) local_unnamed_addr #1

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare !dbg !107 i64 @_Z12get_local_idj(i32 noundef) local_unnamed_addr #1

; Function Attrs: convergent nounwind
declare !dbg !108 void @_Z7barrierj(i32 noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #4

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #4

attributes #0 = { convergent norecurse nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" "uniform-work-group-size"="false" }
attributes #1 = { convergent mustprogress nofree nounwind willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { convergent nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #5 = { convergent nounwind willreturn memory(none) }
attributes #6 = { convergent nounwind }

!llvm.dbg.cu = !{!12}
!llvm.module.flags = !{!37, !38, !39, !40, !41, !42}
!opencl.ocl.version = !{!43}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "As", scope: !2, file: !3, line: 5, type: !16, isLocal: true, isDefinition: true)
!2 = distinct !DISubprogram(name: "matmul_tiled", scope: !3, file: !3, line: 4, type: !4, scopeLine: 4, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !12, retainedNodes: !19)
!3 = !DIFile(filename: "opencl/matmul_tiled.cl", directory: ".", checksumkind: CSK_MD5, checksum: "cf20d2888890084c929e87d2bfc60c5c")
!4 = !DISubroutineType(cc: DW_CC_LLVM_OpenCLKernel, types: !5)
!5 = !{null, !6, !6, !9, !10}
!6 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !7, size: 64)
!7 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !8)
!8 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!9 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !8, size: 64)
!10 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !11)
!11 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!12 = distinct !DICompileUnit(language: DW_LANG_OpenCL, file: !3, isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !13, splitDebugInlining: false, nameTableKind: None)
!13 = !{!0, !14}
!14 = !DIGlobalVariableExpression(var: !15, expr: !DIExpression())
!15 = distinct !DIGlobalVariable(name: "Bs", scope: !2, file: !3, line: 6, type: !16, isLocal: true, isDefinition: true)
!16 = !DICompositeType(tag: DW_TAG_array_type, baseType: !8, size: 8192, elements: !17)
!17 = !{!18, !18}
!18 = !DISubrange(count: 16)
!19 = !{!20, !21, !22, !23, !24, !25, !26, !27, !28, !29, !31, !34, !35}
!20 = !DILocalVariable(name: "A", arg: 1, scope: !2, file: !3, line: 4, type: !6)
!21 = !DILocalVariable(name: "B", arg: 2, scope: !2, file: !3, line: 4, type: !6)
!22 = !DILocalVariable(name: "C", arg: 3, scope: !2, file: !3, line: 4, type: !9)
!23 = !DILocalVariable(name: "n", arg: 4, scope: !2, file: !3, line: 4, type: !10)
!24 = !DILocalVariable(name: "row", scope: !2, file: !3, line: 7, type: !11)
!25 = !DILocalVariable(name: "col", scope: !2, file: !3, line: 7, type: !11)
!26 = !DILocalVariable(name: "ly", scope: !2, file: !3, line: 8, type: !11)
!27 = !DILocalVariable(name: "lx", scope: !2, file: !3, line: 8, type: !11)
!28 = !DILocalVariable(name: "acc", scope: !2, file: !3, line: 9, type: !8)
!29 = !DILocalVariable(name: "t", scope: !30, file: !3, line: 10, type: !11)
!30 = distinct !DILexicalBlock(scope: !2, file: !3, line: 10, column: 5)
!31 = !DILocalVariable(name: "ac", scope: !32, file: !3, line: 11, type: !11)
!32 = distinct !DILexicalBlock(scope: !33, file: !3, line: 10, column: 53)
!33 = distinct !DILexicalBlock(scope: !30, file: !3, line: 10, column: 5)
!34 = !DILocalVariable(name: "br", scope: !32, file: !3, line: 11, type: !11)
!35 = !DILocalVariable(name: "k", scope: !36, file: !3, line: 15, type: !11)
!36 = distinct !DILexicalBlock(scope: !32, file: !3, line: 15, column: 9)
!37 = !{i32 7, !"Dwarf Version", i32 5}
!38 = !{i32 2, !"Debug Info Version", i32 3}
!39 = !{i32 1, !"wchar_size", i32 4}
!40 = !{i32 8, !"PIC Level", i32 2}
!41 = !{i32 7, !"PIE Level", i32 2}
!42 = !{i32 7, !"uwtable", i32 2}
!43 = !{i32 2, i32 0}
!44 = !{i32 1, i32 1, i32 1, i32 0}
!45 = !{!"none", !"none", !"none", !"none"}
!46 = !{!"float*", !"float*", !"float*", !"int"}
!47 = !{!"const", !"const", !"", !""}
!48 = !DILocation(line: 0, scope: !2)
!49 = !DILocation(line: 7, column: 15, scope: !2)
!50 = !DILocation(line: 7, column: 39, scope: !2)
!51 = !DILocation(line: 8, column: 14, scope: !2)
!52 = !DILocation(line: 8, column: 36, scope: !2)
!53 = !DILocation(line: 0, scope: !30)
!54 = !DILocation(line: 10, column: 23, scope: !33)
!55 = !DILocation(line: 10, column: 5, scope: !30)
!56 = !DILocation(line: 9, column: 11, scope: !2)
!57 = !DILocation(line: 19, column: 13, scope: !58)
!58 = distinct !DILexicalBlock(scope: !2, file: !3, line: 19, column: 9)
!59 = !DILocation(line: 19, column: 17, scope: !58)
!60 = !DILocation(line: 11, column: 20, scope: !32)
!61 = !DILocation(line: 11, column: 27, scope: !32)
!62 = !DILocation(line: 0, scope: !32)
!63 = !DILocation(line: 11, column: 47, scope: !32)
!64 = !DILocation(line: 12, column: 31, scope: !32)
!65 = !DILocation(line: 12, column: 54, scope: !32)
!66 = !DILocation(line: 12, column: 44, scope: !32)
!67 = !{!68, !68, i64 0}
!68 = !{!"float", !69, i64 0}
!69 = !{!"omnipotent char", !70, i64 0}
!70 = !{!"Simple C/C++ TBAA"}
!71 = !DILocation(line: 12, column: 22, scope: !32)
!72 = !DILocation(line: 12, column: 20, scope: !32)
!73 = !DILocation(line: 13, column: 26, scope: !32)
!74 = !DILocation(line: 13, column: 30, scope: !32)
!75 = !DILocation(line: 13, column: 49, scope: !32)
!76 = !DILocation(line: 13, column: 53, scope: !32)
!77 = !DILocation(line: 13, column: 44, scope: !32)
!78 = !DILocation(line: 13, column: 22, scope: !32)
!79 = !DILocation(line: 13, column: 20, scope: !32)
!80 = !DILocation(line: 14, column: 9, scope: !32)
!81 = !DILocation(line: 0, scope: !36)
!82 = !DILocation(line: 15, column: 9, scope: !36)
!83 = !DILocation(line: 17, column: 9, scope: !32)
!84 = !DILocation(line: 10, column: 49, scope: !33)
!85 = distinct !{!85, !55, !86, !87}
!86 = !DILocation(line: 18, column: 5, scope: !30)
!87 = !{!"llvm.loop.unroll.disable"}
!88 = !DILocation(line: 16, column: 20, scope: !89)
!89 = distinct !DILexicalBlock(scope: !36, file: !3, line: 15, column: 9)
!90 = !DILocation(line: 16, column: 32, scope: !89)
!91 = !DILocation(line: 16, column: 17, scope: !89)
!92 = !DILocation(line: 15, column: 36, scope: !89)
!93 = !DILocation(line: 15, column: 27, scope: !89)
!94 = distinct !{!94, !82, !95, !87}
!95 = !DILocation(line: 16, column: 40, scope: !36)
!96 = !DILocation(line: 20, column: 15, scope: !58)
!97 = !DILocation(line: 20, column: 19, scope: !58)
!98 = !DILocation(line: 20, column: 9, scope: !58)
!99 = !DILocation(line: 20, column: 26, scope: !58)
!100 = !DILocation(line: 21, column: 1, scope: !2)
!101 = !DISubprogram(name: "get_global_id", linkageName: "_Z13get_global_idj", scope: !3, file: !3, line: 7, type: !102, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !106)
!102 = !DISubroutineType(types: !103)
!103 = !{!104, !105}
!104 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!105 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!106 = !{}
!107 = !DISubprogram(name: "get_local_id", linkageName: "_Z12get_local_idj", scope: !3, file: !3, line: 8, type: !102, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !106)
!108 = !DISubprogram(name: "barrier", linkageName: "_Z7barrierj", scope: !3, file: !3, line: 14, type: !109, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !106)
!109 = !DISubroutineType(types: !110)
!110 = !{null, !111}
!111 = !DIDerivedType(tag: DW_TAG_typedef, name: "cl_mem_fence_flags", file: !112, line: 367, baseType: !113)
!112 = !DIFile(filename: "/usr/lib/llvm-16/lib/clang/16/include/opencl-c-base.h", directory: "", checksumkind: CSK_MD5, checksum: "e6bbcb51538215c6533a67d5a914b7ae")
!113 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint", file: !112, line: 124, baseType: !105)
