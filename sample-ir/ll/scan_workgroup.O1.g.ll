; ModuleID = 'opencl/scan_workgroup.cl'
source_filename = "opencl/scan_workgroup.cl"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: convergent norecurse nounwind uwtable
define dso_local spir_kernel void @scan_workgroup(ptr nocapture noundef readonly align 4 %0, ptr nocapture noundef writeonly align 4 %1, ptr nocapture noundef writeonly align 4 %2, ptr nocapture noundef align 4 %3, i32 noundef %4) local_unnamed_addr #0 !dbg !11 !kernel_arg_addr_space !44 !kernel_arg_access_qual !45 !kernel_arg_type !46 !kernel_arg_base_type !46 !kernel_arg_type_qual !47 {
  call void @llvm.dbg.value(metadata ptr %0, metadata !18, metadata !DIExpression()), !dbg !48
  call void @llvm.dbg.value(metadata ptr %1, metadata !19, metadata !DIExpression()), !dbg !48
  call void @llvm.dbg.value(metadata ptr %2, metadata !20, metadata !DIExpression()), !dbg !48
  call void @llvm.dbg.value(metadata ptr %3, metadata !21, metadata !DIExpression()), !dbg !48
  call void @llvm.dbg.value(metadata i32 %4, metadata !22, metadata !DIExpression()), !dbg !48
  %6 = tail call i64 @_Z12get_local_idj(i32 noundef 0) #5, !dbg !49
  %7 = trunc i64 %6 to i32, !dbg !49
  call void @llvm.dbg.value(metadata i32 %7, metadata !23, metadata !DIExpression()), !dbg !48
  %8 = tail call i64 @_Z14get_local_sizej(i32 noundef 0) #5, !dbg !50
  %9 = trunc i64 %8 to i32, !dbg !51
  %10 = shl i32 %9, 1, !dbg !51
  call void @llvm.dbg.value(metadata i32 %10, metadata !24, metadata !DIExpression()), !dbg !48
  %11 = tail call i64 @_Z12get_group_idj(i32 noundef 0) #5, !dbg !52
  %12 = trunc i64 %11 to i32, !dbg !52
  %13 = mul i32 %10, %12, !dbg !52
  call void @llvm.dbg.value(metadata i32 %13, metadata !25, metadata !DIExpression()), !dbg !48
  %14 = shl nsw i32 %7, 1, !dbg !53
  %15 = add nsw i32 %13, %14, !dbg !54
  %16 = icmp slt i32 %15, %4, !dbg !55
  br i1 %16, label %17, label %21, !dbg !56

17:                                               ; preds = %5
  %18 = sext i32 %15 to i64, !dbg !57
  %19 = getelementptr inbounds i32, ptr %0, i64 %18, !dbg !57
  %20 = load i32, ptr %19, align 4, !dbg !57, !tbaa !58
  br label %21, !dbg !56

21:                                               ; preds = %5, %17
  %22 = phi i32 [ %20, %17 ], [ 0, %5 ], !dbg !56
  %23 = sext i32 %14 to i64, !dbg !62
  %24 = getelementptr inbounds i32, ptr %3, i64 %23, !dbg !62
  store i32 %22, ptr %24, align 4, !dbg !63, !tbaa !58
  %25 = or i32 %15, 1, !dbg !64
  %26 = icmp slt i32 %25, %4, !dbg !65
  br i1 %26, label %27, label %31, !dbg !66

27:                                               ; preds = %21
  %28 = sext i32 %25 to i64, !dbg !67
  %29 = getelementptr inbounds i32, ptr %0, i64 %28, !dbg !67
  %30 = load i32, ptr %29, align 4, !dbg !67, !tbaa !58
  br label %31, !dbg !66

31:                                               ; preds = %21, %27
  %32 = phi i32 [ %30, %27 ], [ 0, %21 ], !dbg !66
  %33 = or i32 %14, 1, !dbg !68
  %34 = sext i32 %33 to i64, !dbg !69
  %35 = getelementptr inbounds i32, ptr %3, i64 %34, !dbg !69
  store i32 %32, ptr %35, align 4, !dbg !70, !tbaa !58
  call void @llvm.dbg.value(metadata i32 1, metadata !26, metadata !DIExpression()), !dbg !48
  call void @llvm.dbg.value(metadata i32 %10, metadata !27, metadata !DIExpression(DW_OP_constu, 1, DW_OP_shra, DW_OP_stack_value)), !dbg !71
  call void @llvm.dbg.value(metadata i32 1, metadata !26, metadata !DIExpression()), !dbg !48
  %36 = icmp sgt i32 %10, 0, !dbg !72
  br i1 %36, label %37, label %40, !dbg !73

37:                                               ; preds = %31
  %38 = ashr exact i32 %10, 1, !dbg !74
  call void @llvm.dbg.value(metadata i32 %38, metadata !27, metadata !DIExpression()), !dbg !71
  %39 = add nsw i32 %14, 2
  br label %43, !dbg !73

40:                                               ; preds = %59, %31
  %41 = phi i32 [ 1, %31 ], [ %60, %59 ], !dbg !48
  %42 = icmp eq i32 %7, 0, !dbg !75
  br i1 %42, label %63, label %69, !dbg !77

43:                                               ; preds = %37, %59
  %44 = phi i32 [ 1, %37 ], [ %60, %59 ]
  %45 = phi i32 [ %38, %37 ], [ %61, %59 ]
  call void @llvm.dbg.value(metadata i32 %44, metadata !26, metadata !DIExpression()), !dbg !48
  call void @llvm.dbg.value(metadata i32 %45, metadata !27, metadata !DIExpression()), !dbg !71
  tail call void @_Z7barrierj(i32 noundef 1) #6, !dbg !78
  %46 = icmp sgt i32 %45, %7, !dbg !79
  br i1 %46, label %47, label %59, !dbg !80

47:                                               ; preds = %43
  %48 = mul nsw i32 %44, %33, !dbg !81
  %49 = add nsw i32 %48, -1, !dbg !82
  call void @llvm.dbg.value(metadata i32 %49, metadata !29, metadata !DIExpression()), !dbg !83
  %50 = mul nsw i32 %44, %39, !dbg !84
  %51 = add nsw i32 %50, -1, !dbg !85
  call void @llvm.dbg.value(metadata i32 %51, metadata !34, metadata !DIExpression()), !dbg !83
  %52 = sext i32 %49 to i64, !dbg !86
  %53 = getelementptr inbounds i32, ptr %3, i64 %52, !dbg !86
  %54 = load i32, ptr %53, align 4, !dbg !86, !tbaa !58
  %55 = sext i32 %51 to i64, !dbg !87
  %56 = getelementptr inbounds i32, ptr %3, i64 %55, !dbg !87
  %57 = load i32, ptr %56, align 4, !dbg !88, !tbaa !58
  %58 = add nsw i32 %57, %54, !dbg !88
  store i32 %58, ptr %56, align 4, !dbg !88, !tbaa !58
  br label %59, !dbg !89

59:                                               ; preds = %47, %43
  %60 = shl i32 %44, 1, !dbg !90
  call void @llvm.dbg.value(metadata i32 %60, metadata !26, metadata !DIExpression()), !dbg !48
  %61 = lshr i32 %45, 1
  call void @llvm.dbg.value(metadata i32 %61, metadata !27, metadata !DIExpression()), !dbg !71
  %62 = icmp ult i32 %45, 2, !dbg !72
  br i1 %62, label %40, label %43, !dbg !73, !llvm.loop !91

63:                                               ; preds = %40
  %64 = add nsw i32 %10, -1, !dbg !94
  %65 = sext i32 %64 to i64, !dbg !96
  %66 = getelementptr inbounds i32, ptr %3, i64 %65, !dbg !96
  %67 = load i32, ptr %66, align 4, !dbg !96, !tbaa !58
  %68 = getelementptr inbounds i32, ptr %2, i64 %11, !dbg !97
  store i32 %67, ptr %68, align 4, !dbg !98, !tbaa !58
  store i32 0, ptr %66, align 4, !dbg !99, !tbaa !58
  br label %69, !dbg !100

69:                                               ; preds = %63, %40
  call void @llvm.dbg.value(metadata i32 1, metadata !35, metadata !DIExpression()), !dbg !101
  call void @llvm.dbg.value(metadata i32 %41, metadata !26, metadata !DIExpression()), !dbg !48
  %70 = icmp sgt i32 %10, 1, !dbg !102
  br i1 %70, label %71, label %73, !dbg !103

71:                                               ; preds = %69
  %72 = add nsw i32 %14, 2
  br label %74, !dbg !103

73:                                               ; preds = %92, %69
  tail call void @_Z7barrierj(i32 noundef 1) #6, !dbg !104
  br i1 %16, label %95, label %99, !dbg !105

74:                                               ; preds = %71, %92
  %75 = phi i32 [ %41, %71 ], [ %77, %92 ]
  %76 = phi i32 [ 1, %71 ], [ %93, %92 ]
  call void @llvm.dbg.value(metadata i32 %75, metadata !26, metadata !DIExpression()), !dbg !48
  call void @llvm.dbg.value(metadata i32 %76, metadata !35, metadata !DIExpression()), !dbg !101
  %77 = ashr i32 %75, 1, !dbg !106
  call void @llvm.dbg.value(metadata i32 %77, metadata !26, metadata !DIExpression()), !dbg !48
  tail call void @_Z7barrierj(i32 noundef 1) #6, !dbg !107
  %78 = icmp sgt i32 %76, %7, !dbg !108
  br i1 %78, label %79, label %92, !dbg !109

79:                                               ; preds = %74
  %80 = mul nsw i32 %77, %33, !dbg !110
  %81 = add nsw i32 %80, -1, !dbg !111
  call void @llvm.dbg.value(metadata i32 %81, metadata !37, metadata !DIExpression()), !dbg !112
  %82 = mul nsw i32 %77, %72, !dbg !113
  %83 = add nsw i32 %82, -1, !dbg !114
  call void @llvm.dbg.value(metadata i32 %83, metadata !42, metadata !DIExpression()), !dbg !112
  %84 = sext i32 %81 to i64, !dbg !115
  %85 = getelementptr inbounds i32, ptr %3, i64 %84, !dbg !115
  %86 = load i32, ptr %85, align 4, !dbg !115, !tbaa !58
  call void @llvm.dbg.value(metadata i32 %86, metadata !43, metadata !DIExpression()), !dbg !112
  %87 = sext i32 %83 to i64, !dbg !116
  %88 = getelementptr inbounds i32, ptr %3, i64 %87, !dbg !116
  %89 = load i32, ptr %88, align 4, !dbg !116, !tbaa !58
  store i32 %89, ptr %85, align 4, !dbg !117, !tbaa !58
  %90 = load i32, ptr %88, align 4, !dbg !118, !tbaa !58
  %91 = add nsw i32 %90, %86, !dbg !118
  store i32 %91, ptr %88, align 4, !dbg !118, !tbaa !58
  br label %92, !dbg !119

92:                                               ; preds = %74, %79
  %93 = shl i32 %76, 1, !dbg !120
  call void @llvm.dbg.value(metadata i32 %77, metadata !26, metadata !DIExpression()), !dbg !48
  call void @llvm.dbg.value(metadata i32 %93, metadata !35, metadata !DIExpression()), !dbg !101
  %94 = icmp slt i32 %93, %10, !dbg !102
  br i1 %94, label %74, label %73, !dbg !103, !llvm.loop !121

95:                                               ; preds = %73
  %96 = load i32, ptr %24, align 4, !dbg !123, !tbaa !58
  %97 = sext i32 %15 to i64, !dbg !125
  %98 = getelementptr inbounds i32, ptr %1, i64 %97, !dbg !125
  store i32 %96, ptr %98, align 4, !dbg !126, !tbaa !58
  br label %99, !dbg !125

99:                                               ; preds = %95, %73
  br i1 %26, label %100, label %104, !dbg !127

100:                                              ; preds = %99
  %101 = load i32, ptr %35, align 4, !dbg !128, !tbaa !58
  %102 = sext i32 %25 to i64, !dbg !130
  %103 = getelementptr inbounds i32, ptr %1, i64 %102, !dbg !130
  store i32 %101, ptr %103, align 4, !dbg !131, !tbaa !58
  br label %104, !dbg !130

104:                                              ; preds = %100, %99
  ret void, !dbg !132
}

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare !dbg !133 i64 @_Z12get_local_idj(i32 noundef) local_unnamed_addr #1

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare !dbg !139 i64 @_Z14get_local_sizej(i32 noundef) local_unnamed_addr #1

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare !dbg !140 i64 @_Z12get_group_idj(i32 noundef) local_unnamed_addr #1

; Function Attrs: convergent nounwind
declare !dbg !141 void @_Z7barrierj(i32 noundef) local_unnamed_addr #2

; Function Attrs: convergent mustprogress nofree norecurse nounwind willreturn memory(argmem: readwrite) uwtable
define dso_local spir_kernel void @scan_add_offsets(ptr nocapture noundef align 4 %0, ptr nocapture noundef readonly align 4 %1, i32 noundef %2) local_unnamed_addr #3 !dbg !147 !kernel_arg_addr_space !156 !kernel_arg_access_qual !157 !kernel_arg_type !158 !kernel_arg_base_type !158 !kernel_arg_type_qual !159 {
  call void @llvm.dbg.value(metadata ptr %0, metadata !151, metadata !DIExpression()), !dbg !160
  call void @llvm.dbg.value(metadata ptr %1, metadata !152, metadata !DIExpression()), !dbg !160
  call void @llvm.dbg.value(metadata i32 %2, metadata !153, metadata !DIExpression()), !dbg !160
  %4 = tail call i64 @_Z13get_global_idj(i32 noundef 0) #5, !dbg !161
  %5 = trunc i64 %4 to i32, !dbg !161
  call void @llvm.dbg.value(metadata i32 %5, metadata !154, metadata !DIExpression()), !dbg !160
  %6 = tail call i64 @_Z14get_local_sizej(i32 noundef 0) #5, !dbg !162
  call void @llvm.dbg.value(metadata !DIArgList(i32 %5, i64 %6), metadata !155, metadata !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_constu, 1, DW_OP_shl, DW_OP_div, DW_OP_stack_value)), !dbg !160
  %7 = icmp slt i32 %5, %2, !dbg !163
  br i1 %7, label %8, label %20, !dbg !165

8:                                                ; preds = %3
  %9 = trunc i64 %6 to i32, !dbg !166
  call void @llvm.dbg.value(metadata !DIArgList(i32 %5, i32 %9), metadata !155, metadata !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_constu, 1, DW_OP_shl, DW_OP_div, DW_OP_stack_value)), !dbg !160
  %10 = shl nsw i32 %9, 1, !dbg !167
  call void @llvm.dbg.value(metadata !DIArgList(i32 %5, i32 %10), metadata !155, metadata !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_div, DW_OP_stack_value)), !dbg !160
  %11 = sdiv i32 %5, %10, !dbg !168
  call void @llvm.dbg.value(metadata i32 %11, metadata !155, metadata !DIExpression()), !dbg !160
  %12 = sext i32 %11 to i64, !dbg !169
  %13 = getelementptr inbounds i32, ptr %1, i64 %12, !dbg !169
  %14 = load i32, ptr %13, align 4, !dbg !169, !tbaa !58
  %15 = shl i64 %4, 32, !dbg !170
  %16 = ashr exact i64 %15, 32, !dbg !170
  %17 = getelementptr inbounds i32, ptr %0, i64 %16, !dbg !170
  %18 = load i32, ptr %17, align 4, !dbg !171, !tbaa !58
  %19 = add nsw i32 %18, %14, !dbg !171
  store i32 %19, ptr %17, align 4, !dbg !171, !tbaa !58
  br label %20, !dbg !170

20:                                               ; preds = %8, %3
  ret void, !dbg !172
}

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare !dbg !173 i64 @_Z13get_global_idj(i32 noundef) local_unnamed_addr #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #4

attributes #0 = { convergent norecurse nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" "uniform-work-group-size"="false" }
attributes #1 = { convergent mustprogress nofree nounwind willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { convergent nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { convergent mustprogress nofree norecurse nounwind willreturn memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" "uniform-work-group-size"="false" }
attributes #4 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #5 = { convergent nounwind willreturn memory(none) }
attributes #6 = { convergent nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!4, !5, !6, !7, !8, !9}
!opencl.ocl.version = !{!10}

!0 = distinct !DICompileUnit(language: DW_LANG_OpenCL, file: !1, isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !2, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "opencl/scan_workgroup.cl", directory: ".", checksumkind: CSK_MD5, checksum: "37261794c01d1613d2e0d0c557a17d8d")
!2 = !{!3}
!3 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!4 = !{i32 7, !"Dwarf Version", i32 5}
!5 = !{i32 2, !"Debug Info Version", i32 3}
!6 = !{i32 1, !"wchar_size", i32 4}
!7 = !{i32 8, !"PIC Level", i32 2}
!8 = !{i32 7, !"PIE Level", i32 2}
!9 = !{i32 7, !"uwtable", i32 2}
!10 = !{i32 2, i32 0}
!11 = distinct !DISubprogram(name: "scan_workgroup", scope: !1, file: !1, line: 2, type: !12, scopeLine: 3, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !17)
!12 = !DISubroutineType(cc: DW_CC_LLVM_OpenCLKernel, types: !13)
!13 = !{null, !14, !16, !16, !16, !15}
!14 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !15, size: 64)
!15 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !3)
!16 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !3, size: 64)
!17 = !{!18, !19, !20, !21, !22, !23, !24, !25, !26, !27, !29, !34, !35, !37, !42, !43}
!18 = !DILocalVariable(name: "in", arg: 1, scope: !11, file: !1, line: 2, type: !14)
!19 = !DILocalVariable(name: "out", arg: 2, scope: !11, file: !1, line: 2, type: !16)
!20 = !DILocalVariable(name: "block_sums", arg: 3, scope: !11, file: !1, line: 2, type: !16)
!21 = !DILocalVariable(name: "temp", arg: 4, scope: !11, file: !1, line: 3, type: !16)
!22 = !DILocalVariable(name: "n", arg: 5, scope: !11, file: !1, line: 3, type: !15)
!23 = !DILocalVariable(name: "lid", scope: !11, file: !1, line: 4, type: !3)
!24 = !DILocalVariable(name: "m", scope: !11, file: !1, line: 4, type: !3)
!25 = !DILocalVariable(name: "base", scope: !11, file: !1, line: 5, type: !3)
!26 = !DILocalVariable(name: "offset", scope: !11, file: !1, line: 8, type: !3)
!27 = !DILocalVariable(name: "d", scope: !28, file: !1, line: 9, type: !3)
!28 = distinct !DILexicalBlock(scope: !11, file: !1, line: 9, column: 5)
!29 = !DILocalVariable(name: "ai", scope: !30, file: !1, line: 12, type: !3)
!30 = distinct !DILexicalBlock(scope: !31, file: !1, line: 11, column: 22)
!31 = distinct !DILexicalBlock(scope: !32, file: !1, line: 11, column: 13)
!32 = distinct !DILexicalBlock(scope: !33, file: !1, line: 9, column: 42)
!33 = distinct !DILexicalBlock(scope: !28, file: !1, line: 9, column: 5)
!34 = !DILocalVariable(name: "bi", scope: !30, file: !1, line: 12, type: !3)
!35 = !DILocalVariable(name: "d", scope: !36, file: !1, line: 21, type: !3)
!36 = distinct !DILexicalBlock(scope: !11, file: !1, line: 21, column: 5)
!37 = !DILocalVariable(name: "ai", scope: !38, file: !1, line: 25, type: !3)
!38 = distinct !DILexicalBlock(scope: !39, file: !1, line: 24, column: 22)
!39 = distinct !DILexicalBlock(scope: !40, file: !1, line: 24, column: 13)
!40 = distinct !DILexicalBlock(scope: !41, file: !1, line: 21, column: 37)
!41 = distinct !DILexicalBlock(scope: !36, file: !1, line: 21, column: 5)
!42 = !DILocalVariable(name: "bi", scope: !38, file: !1, line: 25, type: !3)
!43 = !DILocalVariable(name: "t", scope: !38, file: !1, line: 26, type: !3)
!44 = !{i32 1, i32 1, i32 1, i32 3, i32 0}
!45 = !{!"none", !"none", !"none", !"none", !"none"}
!46 = !{!"int*", !"int*", !"int*", !"int*", !"int"}
!47 = !{!"const", !"", !"", !"", !""}
!48 = !DILocation(line: 0, scope: !11)
!49 = !DILocation(line: 4, column: 15, scope: !11)
!50 = !DILocation(line: 4, column: 40, scope: !11)
!51 = !DILocation(line: 4, column: 36, scope: !11)
!52 = !DILocation(line: 5, column: 16, scope: !11)
!53 = !DILocation(line: 6, column: 31, scope: !11)
!54 = !DILocation(line: 6, column: 27, scope: !11)
!55 = !DILocation(line: 6, column: 37, scope: !11)
!56 = !DILocation(line: 6, column: 21, scope: !11)
!57 = !DILocation(line: 6, column: 44, scope: !11)
!58 = !{!59, !59, i64 0}
!59 = !{!"int", !60, i64 0}
!60 = !{!"omnipotent char", !61, i64 0}
!61 = !{!"Simple C/C++ TBAA"}
!62 = !DILocation(line: 6, column: 5, scope: !11)
!63 = !DILocation(line: 6, column: 19, scope: !11)
!64 = !DILocation(line: 7, column: 41, scope: !11)
!65 = !DILocation(line: 7, column: 45, scope: !11)
!66 = !DILocation(line: 7, column: 25, scope: !11)
!67 = !DILocation(line: 7, column: 52, scope: !11)
!68 = !DILocation(line: 7, column: 18, scope: !11)
!69 = !DILocation(line: 7, column: 5, scope: !11)
!70 = !DILocation(line: 7, column: 23, scope: !11)
!71 = !DILocation(line: 0, scope: !28)
!72 = !DILocation(line: 9, column: 28, scope: !33)
!73 = !DILocation(line: 9, column: 5, scope: !28)
!74 = !DILocation(line: 9, column: 20, scope: !28)
!75 = !DILocation(line: 17, column: 13, scope: !76)
!76 = distinct !DILexicalBlock(scope: !11, file: !1, line: 17, column: 9)
!77 = !DILocation(line: 17, column: 9, scope: !11)
!78 = !DILocation(line: 10, column: 9, scope: !32)
!79 = !DILocation(line: 11, column: 17, scope: !31)
!80 = !DILocation(line: 11, column: 13, scope: !32)
!81 = !DILocation(line: 12, column: 29, scope: !30)
!82 = !DILocation(line: 12, column: 45, scope: !30)
!83 = !DILocation(line: 0, scope: !30)
!84 = !DILocation(line: 12, column: 62, scope: !30)
!85 = !DILocation(line: 12, column: 78, scope: !30)
!86 = !DILocation(line: 13, column: 25, scope: !30)
!87 = !DILocation(line: 13, column: 13, scope: !30)
!88 = !DILocation(line: 13, column: 22, scope: !30)
!89 = !DILocation(line: 14, column: 9, scope: !30)
!90 = !DILocation(line: 15, column: 16, scope: !32)
!91 = distinct !{!91, !73, !92, !93}
!92 = !DILocation(line: 16, column: 5, scope: !28)
!93 = !{!"llvm.loop.unroll.disable"}
!94 = !DILocation(line: 18, column: 46, scope: !95)
!95 = distinct !DILexicalBlock(scope: !76, file: !1, line: 17, column: 19)
!96 = !DILocation(line: 18, column: 39, scope: !95)
!97 = !DILocation(line: 18, column: 9, scope: !95)
!98 = !DILocation(line: 18, column: 37, scope: !95)
!99 = !DILocation(line: 19, column: 21, scope: !95)
!100 = !DILocation(line: 20, column: 5, scope: !95)
!101 = !DILocation(line: 0, scope: !36)
!102 = !DILocation(line: 21, column: 23, scope: !41)
!103 = !DILocation(line: 21, column: 5, scope: !36)
!104 = !DILocation(line: 31, column: 5, scope: !11)
!105 = !DILocation(line: 32, column: 9, scope: !11)
!106 = !DILocation(line: 22, column: 16, scope: !40)
!107 = !DILocation(line: 23, column: 9, scope: !40)
!108 = !DILocation(line: 24, column: 17, scope: !39)
!109 = !DILocation(line: 24, column: 13, scope: !40)
!110 = !DILocation(line: 25, column: 29, scope: !38)
!111 = !DILocation(line: 25, column: 45, scope: !38)
!112 = !DILocation(line: 0, scope: !38)
!113 = !DILocation(line: 25, column: 62, scope: !38)
!114 = !DILocation(line: 25, column: 78, scope: !38)
!115 = !DILocation(line: 26, column: 21, scope: !38)
!116 = !DILocation(line: 27, column: 24, scope: !38)
!117 = !DILocation(line: 27, column: 22, scope: !38)
!118 = !DILocation(line: 28, column: 22, scope: !38)
!119 = !DILocation(line: 29, column: 9, scope: !38)
!120 = !DILocation(line: 21, column: 30, scope: !41)
!121 = distinct !{!121, !103, !122, !93}
!122 = !DILocation(line: 30, column: 5, scope: !36)
!123 = !DILocation(line: 32, column: 51, scope: !124)
!124 = distinct !DILexicalBlock(scope: !11, file: !1, line: 32, column: 9)
!125 = !DILocation(line: 32, column: 29, scope: !124)
!126 = !DILocation(line: 32, column: 49, scope: !124)
!127 = !DILocation(line: 33, column: 9, scope: !11)
!128 = !DILocation(line: 33, column: 59, scope: !129)
!129 = distinct !DILexicalBlock(scope: !11, file: !1, line: 33, column: 9)
!130 = !DILocation(line: 33, column: 33, scope: !129)
!131 = !DILocation(line: 33, column: 57, scope: !129)
!132 = !DILocation(line: 34, column: 1, scope: !11)
!133 = !DISubprogram(name: "get_local_id", linkageName: "_Z12get_local_idj", scope: !1, file: !1, line: 4, type: !134, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !138)
!134 = !DISubroutineType(types: !135)
!135 = !{!136, !137}
!136 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!137 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!138 = !{}
!139 = !DISubprogram(name: "get_local_size", linkageName: "_Z14get_local_sizej", scope: !1, file: !1, line: 4, type: !134, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !138)
!140 = !DISubprogram(name: "get_group_id", linkageName: "_Z12get_group_idj", scope: !1, file: !1, line: 5, type: !134, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !138)
!141 = !DISubprogram(name: "barrier", linkageName: "_Z7barrierj", scope: !1, file: !1, line: 10, type: !142, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !138)
!142 = !DISubroutineType(types: !143)
!143 = !{null, !144}
!144 = !DIDerivedType(tag: DW_TAG_typedef, name: "cl_mem_fence_flags", file: !145, line: 367, baseType: !146)
!145 = !DIFile(filename: "/usr/lib/llvm-16/lib/clang/16/include/opencl-c-base.h", directory: "", checksumkind: CSK_MD5, checksum: "e6bbcb51538215c6533a67d5a914b7ae")
!146 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint", file: !145, line: 124, baseType: !137)
!147 = distinct !DISubprogram(name: "scan_add_offsets", scope: !1, file: !1, line: 37, type: !148, scopeLine: 37, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !150)
!148 = !DISubroutineType(cc: DW_CC_LLVM_OpenCLKernel, types: !149)
!149 = !{null, !16, !14, !15}
!150 = !{!151, !152, !153, !154, !155}
!151 = !DILocalVariable(name: "out", arg: 1, scope: !147, file: !1, line: 37, type: !16)
!152 = !DILocalVariable(name: "scanned_sums", arg: 2, scope: !147, file: !1, line: 37, type: !14)
!153 = !DILocalVariable(name: "n", arg: 3, scope: !147, file: !1, line: 37, type: !15)
!154 = !DILocalVariable(name: "i", scope: !147, file: !1, line: 38, type: !3)
!155 = !DILocalVariable(name: "block", scope: !147, file: !1, line: 39, type: !3)
!156 = !{i32 1, i32 1, i32 0}
!157 = !{!"none", !"none", !"none"}
!158 = !{!"int*", !"int*", !"int"}
!159 = !{!"", !"const", !""}
!160 = !DILocation(line: 0, scope: !147)
!161 = !DILocation(line: 38, column: 13, scope: !147)
!162 = !DILocation(line: 39, column: 31, scope: !147)
!163 = !DILocation(line: 40, column: 11, scope: !164)
!164 = distinct !DILexicalBlock(scope: !147, file: !1, line: 40, column: 9)
!165 = !DILocation(line: 40, column: 9, scope: !147)
!166 = !DILocation(line: 39, column: 26, scope: !147)
!167 = !DILocation(line: 39, column: 24, scope: !147)
!168 = !DILocation(line: 39, column: 19, scope: !147)
!169 = !DILocation(line: 40, column: 26, scope: !164)
!170 = !DILocation(line: 40, column: 16, scope: !164)
!171 = !DILocation(line: 40, column: 23, scope: !164)
!172 = !DILocation(line: 41, column: 1, scope: !147)
!173 = !DISubprogram(name: "get_global_id", linkageName: "_Z13get_global_idj", scope: !1, file: !1, line: 38, type: !134, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !138)
