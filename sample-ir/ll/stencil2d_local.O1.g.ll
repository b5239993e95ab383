; ModuleID = 'opencl/stencil2d_local.cl'
source_filename = "opencl/stencil2d_local.cl"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@stencil2d_local.tile = internal unnamed_addr global [18 x [18 x float]] undef, align 16, !dbg !0

; Function Attrs: convergent norecurse nounwind uwtable
define dso_local spir_kernel void @stencil2d_local(ptr nocapture noundef readonly align 4 %0, ptr nocapture noundef writeonly align 4 %1, i32 noundef %2, i32 noundef %3) local_unnamed_addr #0 !dbg !2 !kernel_arg_addr_space !35 !kernel_arg_access_qual !36 !kernel_arg_type !37 !kernel_arg_base_type !37 !kernel_arg_type_qual !38 {
  call void @llvm.dbg.value(metadata ptr %0, metadata !15, metadata !DIExpression()), !dbg !39
  call void @llvm.dbg.value(metadata ptr %1, metadata !16, metadata !DIExpression()), !dbg !39
  call void @llvm.dbg.value(metadata i32 %2, metadata !17, metadata !DIExpression()), !dbg !39
  call void @llvm.dbg.value(metadata i32 %3, metadata !18, metadata !DIExpression()), !dbg !39
  %5 = tail call i64 @_Z13get_global_idj(i32 noundef 0) #4, !dbg !40
  %6 = trunc i64 %5 to i32, !dbg !40
  call void @llvm.dbg.value(metadata i32 %6, metadata !19, metadata !DIExpression()), !dbg !39
  %7 = tail call i64 @_Z13get_global_idj(i32 noundef 1) #4, !dbg !41
  %8 = trunc i64 %7 to i32, !dbg !41
  call void @llvm.dbg.value(metadata i32 %8, metadata !20, metadata !DIExpression()), !dbg !39
  %9 = tail call i64 @_Z12get_local_idj(i32 noundef 0) #4, !dbg !42
  %10 = trunc i64 %9 to i32, !dbg !42
  %11 = add i32 %10, 1, !dbg !42
  call void @llvm.dbg.value(metadata i32 %11, metadata !21, metadata !DIExpression()), !dbg !39
  %12 = tail call i64 @_Z12get_local_idj(i32 noundef 1) #4, !dbg !43
  %13 = trunc i64 %12 to i32, !dbg !43
  %14 = add i32 %13, 1, !dbg !43
  call void @llvm.dbg.value(metadata i32 %14, metadata !22, metadata !DIExpression()), !dbg !39
  %15 = add nsw i32 %2, -1, !dbg !44
  %16 = tail call i32 @_Z3minii(i32 noundef %6, i32 noundef %15) #4, !dbg !45
  call void @llvm.dbg.value(metadata i32 %16, metadata !23, metadata !DIExpression()), !dbg !39
  %17 = add nsw i32 %3, -1, !dbg !46
  %18 = tail call i32 @_Z3minii(i32 noundef %8, i32 noundef %17) #4, !dbg !47
  call void @llvm.dbg.value(metadata i32 %18, metadata !24, metadata !DIExpression()), !dbg !39
  %19 = mul nsw i32 %18, %2, !dbg !48
  %20 = add nsw i32 %19, %16, !dbg !49
  %21 = sext i32 %20 to i64, !dbg !50
  %22 = getelementptr inbounds float, ptr %0, i64 %21, !dbg !50
  %23 = load float, ptr %22, align 4, !dbg !50, !tbaa !51
  %24 = sext i32 %14 to i64, !dbg !55
  %25 = sext i32 %11 to i64, !dbg !55
  %26 = getelementptr inbounds [18 x [18 x float]], ptr @stencil2d_local.tile, i64 0, i64 %24, i64 %25, !dbg !55
  store float %23, ptr %26, align 4, !dbg !56, !tbaa !51
  %27 = icmp eq i32 %10, 0, !dbg !57
  br i1 %27, label %28, label %36, !dbg !59

28:                                               ; preds = %4
  %29 = getelementptr inbounds [18 x [18 x float]], ptr @stencil2d_local.tile, i64 0, i64 %24, !dbg !55
  %30 = add nsw i32 %16, -1, !dbg !60
  %31 = tail call i32 @_Z3maxii(i32 noundef %30, i32 noundef 0) #4, !dbg !61
  %32 = add nsw i32 %31, %19, !dbg !62
  %33 = sext i32 %32 to i64, !dbg !63
  %34 = getelementptr inbounds float, ptr %0, i64 %33, !dbg !63
  %35 = load float, ptr %34, align 4, !dbg !63, !tbaa !51
  store float %35, ptr %29, align 8, !dbg !64, !tbaa !51
  br label %36, !dbg !65

36:                                               ; preds = %28, %4
  %37 = icmp eq i32 %11, 16, !dbg !66
  br i1 %37, label %38, label %46, !dbg !68

38:                                               ; preds = %36
  %39 = add nsw i32 %16, 1, !dbg !69
  %40 = tail call i32 @_Z3minii(i32 noundef %39, i32 noundef %15) #4, !dbg !70
  %41 = add nsw i32 %40, %19, !dbg !71
  %42 = sext i32 %41 to i64, !dbg !72
  %43 = getelementptr inbounds float, ptr %0, i64 %42, !dbg !72
  %44 = load float, ptr %43, align 4, !dbg !72, !tbaa !51
  %45 = getelementptr inbounds [18 x [18 x float]], ptr @stencil2d_local.tile, i64 0, i64 %24, i64 17, !dbg !73
  store float %44, ptr %45, align 4, !dbg !74, !tbaa !51
  br label %46, !dbg !73

46:                                               ; preds = %38, %36
  %47 = icmp eq i32 %13, 0, !dbg !75
  br i1 %47, label %48, label %57, !dbg !77

48:                                               ; preds = %46
  %49 = add nsw i32 %18, -1, !dbg !78
  %50 = tail call i32 @_Z3maxii(i32 noundef %49, i32 noundef 0) #4, !dbg !79
  %51 = mul nsw i32 %50, %2, !dbg !80
  %52 = add nsw i32 %51, %16, !dbg !81
  %53 = sext i32 %52 to i64, !dbg !82
  %54 = getelementptr inbounds float, ptr %0, i64 %53, !dbg !82
  %55 = load float, ptr %54, align 4, !dbg !82, !tbaa !51
  %56 = getelementptr inbounds [18 x float], ptr @stencil2d_local.tile, i64 0, i64 %25, !dbg !83
  store float %55, ptr %56, align 4, !dbg !84, !tbaa !51
  br label %57, !dbg !83

57:                                               ; preds = %48, %46
  %58 = icmp eq i32 %14, 16, !dbg !85
  br i1 %58, label %59, label %68, !dbg !87

59:                                               ; preds = %57
  %60 = add nsw i32 %18, 1, !dbg !88
  %61 = tail call i32 @_Z3minii(i32 noundef %60, i32 noundef %17) #4, !dbg !89
  %62 = mul nsw i32 %61, %2, !dbg !90
  %63 = add nsw i32 %62, %16, !dbg !91
  %64 = sext i32 %63 to i64, !dbg !92
  %65 = getelementptr inbounds float, ptr %0, i64 %64, !dbg !92
  %66 = load float, ptr %65, align 4, !dbg !92, !tbaa !51
  %67 = getelementptr inbounds [18 x [18 x float]], ptr @stencil2d_local.tile, i64 0, i64 17, i64 %25, !dbg !93
  store float %66, ptr %67, align 4, !dbg !94, !tbaa !51
  br label %68, !dbg !93

68:                                               ; preds = %59, %57
  tail call void @_Z7barrierj(i32 noundef 1) #5, !dbg !95
  %69 = icmp slt i32 %6, %2, !dbg !96
  %70 = icmp slt i32 %8, %3
  %71 = and i1 %69, %70, !dbg !98
  br i1 %71, label %72, label %109, !dbg !98

72:                                               ; preds = %68
  %73 = icmp eq i32 %6, 0, !dbg !99
  %74 = icmp eq i32 %8, 0
  %75 = or i1 %73, %74, !dbg !101
  %76 = icmp eq i32 %15, %6
  %77 = or i1 %76, %75, !dbg !101
  %78 = icmp eq i32 %17, %8
  %79 = or i1 %78, %77, !dbg !101
  br i1 %79, label %80, label %82, !dbg !101

80:                                               ; preds = %72
  %81 = load float, ptr %26, align 4, !dbg !102, !tbaa !51
  br label %103, !dbg !104

82:                                               ; preds = %72
  %83 = shl i64 %12, 32, !dbg !105
  %84 = ashr exact i64 %83, 32, !dbg !105
  %85 = getelementptr inbounds [18 x [18 x float]], ptr @stencil2d_local.tile, i64 0, i64 %84, i64 %25, !dbg !105
  %86 = load float, ptr %85, align 4, !dbg !105, !tbaa !51
  %87 = add i64 %83, 8589934592, !dbg !106
  %88 = ashr exact i64 %87, 32, !dbg !106
  %89 = getelementptr inbounds [18 x [18 x float]], ptr @stencil2d_local.tile, i64 0, i64 %88, i64 %25, !dbg !106
  %90 = load float, ptr %89, align 4, !dbg !106, !tbaa !51
  %91 = fadd float %86, %90, !dbg !107
  %92 = shl i64 %9, 32, !dbg !108
  %93 = ashr exact i64 %92, 32, !dbg !108
  %94 = getelementptr inbounds [18 x [18 x float]], ptr @stencil2d_local.tile, i64 0, i64 %24, i64 %93, !dbg !108
  %95 = load float, ptr %94, align 4, !dbg !108, !tbaa !51
  %96 = fadd float %91, %95, !dbg !109
  %97 = add i64 %92, 8589934592, !dbg !110
  %98 = ashr exact i64 %97, 32, !dbg !110
  %99 = getelementptr inbounds [18 x [18 x float]], ptr @stencil2d_local.tile, i64 0, i64 %24, i64 %98, !dbg !110
  %100 = load float, ptr %99, align 4, !dbg !110, !tbaa !51
  %101 = fadd float %96, %100, !dbg !111
  %102 = fmul float %101, 2.500000e-01, !dbg !112
  br label %103, !dbg !113

103:                                              ; preds = %80, %82
  %104 = phi float [ %102, %82 ], [ %81, %80 ]
  %105 = mul nsw i32 %8, %2, !dbg !39
  %106 = add nsw i32 %105, %6, !dbg !39
  %107 = sext i32 %106 to i64, !dbg !39
  %108 = getelementptr inbounds float, ptr %1, i64 %107, !dbg !39
  store float %104, ptr %108, align 4, !dbg !39, !tbaa !51
  br label %109, !dbg !113

109:                                              ; preds = %103, %68
  ret void, !dbg !113
}

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare !dbg !114 i64 @_Z13get_global_idj(i32 noundef) local_unnamed_addr #1

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare !dbg !120 i64 @_Z12get_local_idj(i32 noundef) local_unnamed_addr #1

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare !dbg !121 i32 @_Z3minii(i32 noundef, i32 noundef) local_unnamed_addr #1

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare !dbg !124 i32 @_Z3maxii(i32 noundef, i32 noundef) local_unnamed_addr #1

; Function Attrs: convergent nounwind
declare !dbg !125 void @_Z7barrierj(i32 noundef) local_unnamed_addr #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #3

attributes #0 = { convergent norecurse nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" "uniform-work-group-size"="false" }
attributes #1 = { convergent mustprogress nofree nounwind willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { convergent nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { convergent nounwind willreturn memory(none) }
attributes #5 = { convergent nounwind }

!llvm.dbg.cu = !{!12}
!llvm.module.flags = !{!28, !29, !30, !31, !32, !33}
!opencl.ocl.version = !{!34}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tile", scope: !2, file: !3, line: 5, type: !25, isLocal: true, isDefinition: true)
!2 = distinct !DISubprogram(name: "stencil2d_local", scope: !3, file: !3, line: 4, type: !4, scopeLine: 4, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !12, retainedNodes: !14)
!3 = !DIFile(filename: "opencl/stencil2d_local.cl", directory: ".", checksumkind: CSK_MD5, checksum: "e71c0b717bfc1ad56e4d9efc63d481d4")
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
!14 = !{!15, !16, !17, !18, !19, !20, !21, !22, !23, !24}
!15 = !DILocalVariable(name: "in", arg: 1, scope: !2, file: !3, line: 4, type: !6)
!16 = !DILocalVariable(name: "out", arg: 2, scope: !2, file: !3, line: 4, type: !9)
!17 = !DILocalVariable(name: "nx", arg: 3, scope: !2, file: !3, line: 4, type: !10)
!18 = !DILocalVariable(name: "ny", arg: 4, scope: !2, file: !3, line: 4, type: !10)
!19 = !DILocalVariable(name: "gx", scope: !2, file: !3, line: 6, type: !11)
!20 = !DILocalVariable(name: "gy", scope: !2, file: !3, line: 6, type: !11)
!21 = !DILocalVariable(name: "lx", scope: !2, file: !3, line: 7, type: !11)
!22 = !DILocalVariable(name: "ly", scope: !2, file: !3, line: 7, type: !11)
!23 = !DILocalVariable(name: "cx", scope: !2, file: !3, line: 8, type: !11)
!24 = !DILocalVariable(name: "cy", scope: !2, file: !3, line: 8, type: !11)
!25 = !DICompositeType(tag: DW_TAG_array_type, baseType: !8, size: 10368, elements: !26)
!26 = !{!27, !27}
!27 = !DISubrange(count: 18)
!28 = !{i32 7, !"Dwarf Version", i32 5}
!29 = !{i32 2, !"Debug Info Version", i32 3}
!30 = !{i32 1, !"wchar_size", i32 4}
!31 = !{i32 8, !"PIC Level", i32 2}
!32 = !{i32 7, !"PIE Level", i32 2}
!33 = !{i32 7, !"uwtable", i32 2}
!34 = !{i32 2, i32 0}
!35 = !{i32 1, i32 1, i32 0, i32 0}
!36 = !{!"none", !"none", !"none", !"none"}
!37 = !{!"float*", !"float*", !"int", !"int"}
!38 = !{!"const", !"", !"", !""}
!39 = !DILocation(line: 0, scope: !2)
!40 = !DILocation(line: 6, column: 14, scope: !2)
!41 = !DILocation(line: 6, column: 37, scope: !2)
!42 = !DILocation(line: 7, column: 14, scope: !2)
!43 = !DILocation(line: 7, column: 40, scope: !2)
!44 = !DILocation(line: 8, column: 25, scope: !2)
!45 = !DILocation(line: 8, column: 14, scope: !2)
!46 = !DILocation(line: 8, column: 47, scope: !2)
!47 = !DILocation(line: 8, column: 36, scope: !2)
!48 = !DILocation(line: 9, column: 26, scope: !2)
!49 = !DILocation(line: 9, column: 31, scope: !2)
!50 = !DILocation(line: 9, column: 20, scope: !2)
!51 = !{!52, !52, i64 0}
!52 = !{!"float", !53, i64 0}
!53 = !{!"omnipotent char", !54, i64 0}
!54 = !{!"Simple C/C++ TBAA"}
!55 = !DILocation(line: 9, column: 5, scope: !2)
!56 = !DILocation(line: 9, column: 18, scope: !2)
!57 = !DILocation(line: 10, column: 12, scope: !58)
!58 = distinct !DILexicalBlock(scope: !2, file: !3, line: 10, column: 9)
!59 = !DILocation(line: 10, column: 9, scope: !2)
!60 = !DILocation(line: 10, column: 58, scope: !58)
!61 = !DILocation(line: 10, column: 51, scope: !58)
!62 = !DILocation(line: 10, column: 49, scope: !58)
!63 = !DILocation(line: 10, column: 38, scope: !58)
!64 = !DILocation(line: 10, column: 36, scope: !58)
!65 = !DILocation(line: 10, column: 19, scope: !58)
!66 = !DILocation(line: 11, column: 12, scope: !67)
!67 = distinct !DILexicalBlock(scope: !2, file: !3, line: 11, column: 9)
!68 = !DILocation(line: 11, column: 9, scope: !2)
!69 = !DILocation(line: 11, column: 58, scope: !67)
!70 = !DILocation(line: 11, column: 51, scope: !67)
!71 = !DILocation(line: 11, column: 49, scope: !67)
!72 = !DILocation(line: 11, column: 38, scope: !67)
!73 = !DILocation(line: 11, column: 19, scope: !67)
!74 = !DILocation(line: 11, column: 36, scope: !67)
!75 = !DILocation(line: 12, column: 12, scope: !76)
!76 = distinct !DILexicalBlock(scope: !2, file: !3, line: 12, column: 9)
!77 = !DILocation(line: 12, column: 9, scope: !2)
!78 = !DILocation(line: 12, column: 48, scope: !76)
!79 = !DILocation(line: 12, column: 41, scope: !76)
!80 = !DILocation(line: 12, column: 56, scope: !76)
!81 = !DILocation(line: 12, column: 61, scope: !76)
!82 = !DILocation(line: 12, column: 38, scope: !76)
!83 = !DILocation(line: 12, column: 19, scope: !76)
!84 = !DILocation(line: 12, column: 36, scope: !76)
!85 = !DILocation(line: 13, column: 12, scope: !86)
!86 = distinct !DILexicalBlock(scope: !2, file: !3, line: 13, column: 9)
!87 = !DILocation(line: 13, column: 9, scope: !2)
!88 = !DILocation(line: 13, column: 48, scope: !86)
!89 = !DILocation(line: 13, column: 41, scope: !86)
!90 = !DILocation(line: 13, column: 61, scope: !86)
!91 = !DILocation(line: 13, column: 66, scope: !86)
!92 = !DILocation(line: 13, column: 38, scope: !86)
!93 = !DILocation(line: 13, column: 19, scope: !86)
!94 = !DILocation(line: 13, column: 36, scope: !86)
!95 = !DILocation(line: 14, column: 5, scope: !2)
!96 = !DILocation(line: 15, column: 12, scope: !97)
!97 = distinct !DILexicalBlock(scope: !2, file: !3, line: 15, column: 9)
!98 = !DILocation(line: 15, column: 18, scope: !97)
!99 = !DILocation(line: 16, column: 12, scope: !100)
!100 = distinct !DILexicalBlock(scope: !2, file: !3, line: 16, column: 9)
!101 = !DILocation(line: 16, column: 17, scope: !100)
!102 = !DILocation(line: 17, column: 29, scope: !103)
!103 = distinct !DILexicalBlock(scope: !100, file: !3, line: 16, column: 61)
!104 = !DILocation(line: 18, column: 9, scope: !103)
!105 = !DILocation(line: 20, column: 34, scope: !2)
!106 = !DILocation(line: 20, column: 53, scope: !2)
!107 = !DILocation(line: 20, column: 51, scope: !2)
!108 = !DILocation(line: 20, column: 72, scope: !2)
!109 = !DILocation(line: 20, column: 70, scope: !2)
!110 = !DILocation(line: 20, column: 91, scope: !2)
!111 = !DILocation(line: 20, column: 89, scope: !2)
!112 = !DILocation(line: 20, column: 31, scope: !2)
!113 = !DILocation(line: 21, column: 1, scope: !2)
!114 = !DISubprogram(name: "get_global_id", linkageName: "_Z13get_global_idj", scope: !3, file: !3, line: 6, type: !115, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !119)
!115 = !DISubroutineType(types: !116)
!116 = !{!117, !118}
!117 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!118 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!119 = !{}
!120 = !DISubprogram(name: "get_local_id", linkageName: "_Z12get_local_idj", scope: !3, file: !3, line: 7, type: !115, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !119)
!121 = !DISubprogram(name: "min", linkageName: "_Z3minii", scope: !3, file: !3, line: 8, type: !122, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !119)
!122 = !DISubroutineType(types: !123)
!123 = !{!11, !11, !11}
!124 = !DISubprogram(name: "max", linkageName: "_Z3maxii", scope: !3, file: !3, line: 10, type: !122, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !119)
!125 = !DISubprogram(name: "barrier", linkageName: "_Z7barrierj", scope: !3, file: !3, line: 14, type: !126, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !119)
!126 = !DISubroutineType(types: !127)
!127 = !{null, !128}
!128 = !DIDerivedType(tag: DW_TAG_typedef, name: "cl_mem_fence_flags", file: !129, line: 367, baseType: !130)
!129 = !DIFile(filename: "/usr/lib/llvm-16/lib/clang/16/include/opencl-c-base.h", directory: "", checksumkind: CSK_MD5, checksum: "e6bbcb51538215c6533a67d5a914b7ae")
!130 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint", file: !129, line: 124, baseType: !118)
