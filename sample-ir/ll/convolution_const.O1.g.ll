; ModuleID = 'opencl/convolution_const.cl'
source_filename = "opencl/convolution_const.cl"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: convergent nofree norecurse nounwind memory(argmem: readwrite) uwtable
define dso_local spir_kernel void @convolution_const(ptr nocapture noundef readonly align 4 %0, ptr nocapture noundef readonly align 4 %1, i32 noundef %2, ptr nocapture noundef writeonly align 4 %3, i32 noundef %4, i32 noundef %5) local_unnamed_addr #0 !dbg !9 !kernel_arg_addr_space !39 !kernel_arg_access_qual !40 !kernel_arg_type !41 !kernel_arg_base_type !41 !kernel_arg_type_qual !42 {
  call void @llvm.dbg.value(metadata ptr %0, metadata !19, metadata !DIExpression()), !dbg !43
  call void @llvm.dbg.value(metadata ptr %1, metadata !20, metadata !DIExpression()), !dbg !43
  call void @llvm.dbg.value(metadata i32 %2, metadata !21, metadata !DIExpression()), !dbg !43
  call void @llvm.dbg.value(metadata ptr %3, metadata !22, metadata !DIExpression()), !dbg !43
  call void @llvm.dbg.value(metadata i32 %4, metadata !23, metadata !DIExpression()), !dbg !43
  call void @llvm.dbg.value(metadata i32 %5, metadata !24, metadata !DIExpression()), !dbg !43
  %7 = tail call i64 @_Z13get_global_idj(i32 noundef 0) #4, !dbg !44
  %8 = trunc i64 %7 to i32, !dbg !44
  call void @llvm.dbg.value(metadata i32 %8, metadata !25, metadata !DIExpression()), !dbg !43
  %9 = tail call i64 @_Z13get_global_idj(i32 noundef 1) #4, !dbg !45
  %10 = trunc i64 %9 to i32, !dbg !45
  call void @llvm.dbg.value(metadata i32 %10, metadata !26, metadata !DIExpression()), !dbg !43
  %11 = icmp slt i32 %8, %4, !dbg !46
  %12 = icmp slt i32 %10, %5
  %13 = select i1 %11, i1 %12, i1 false, !dbg !48
  br i1 %13, label %14, label %61, !dbg !48

14:                                               ; preds = %6
  %15 = shl nsw i32 %2, 1, !dbg !49
  %16 = or i32 %15, 1, !dbg !50
  call void @llvm.dbg.value(metadata i32 %16, metadata !27, metadata !DIExpression()), !dbg !43
  call void @llvm.dbg.value(metadata float 0.000000e+00, metadata !28, metadata !DIExpression()), !dbg !43
  call void @llvm.dbg.value(metadata !DIArgList(i32 0, i32 %2), metadata !29, metadata !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_minus, DW_OP_stack_value)), !dbg !51
  call void @llvm.dbg.value(metadata float 0.000000e+00, metadata !28, metadata !DIExpression()), !dbg !43
  %17 = icmp slt i32 %2, 0, !dbg !52
  br i1 %17, label %24, label %18, !dbg !53

18:                                               ; preds = %14
  %19 = sub i32 0, %2, !dbg !54
  call void @llvm.dbg.value(metadata i32 %19, metadata !29, metadata !DIExpression()), !dbg !51
  %20 = add nsw i32 %5, -1
  %21 = add nsw i32 %4, -1
  %22 = zext i32 %19 to i64, !dbg !53
  %23 = add i32 %2, 1, !dbg !53
  br label %30, !dbg !53

24:                                               ; preds = %39, %14
  %25 = phi float [ 0.000000e+00, %14 ], [ %57, %39 ], !dbg !55
  %26 = mul nsw i32 %10, %4, !dbg !56
  %27 = add nsw i32 %26, %8, !dbg !57
  %28 = sext i32 %27 to i64, !dbg !58
  %29 = getelementptr inbounds float, ptr %3, i64 %28, !dbg !58
  store float %25, ptr %29, align 4, !dbg !59, !tbaa !60
  br label %61, !dbg !64

30:                                               ; preds = %18, %39
  %31 = phi float [ 0.000000e+00, %18 ], [ %57, %39 ]
  %32 = phi i32 [ %19, %18 ], [ %40, %39 ]
  call void @llvm.dbg.value(metadata float %31, metadata !28, metadata !DIExpression()), !dbg !43
  call void @llvm.dbg.value(metadata i32 %32, metadata !29, metadata !DIExpression()), !dbg !51
  %33 = add nsw i32 %32, %10, !dbg !65
  %34 = tail call i32 @_Z5clampiii(i32 noundef %33, i32 noundef 0, i32 noundef %20) #4, !dbg !66
  call void @llvm.dbg.value(metadata i32 %34, metadata !31, metadata !DIExpression()), !dbg !67
  call void @llvm.dbg.value(metadata !DIArgList(i32 0, i32 %2), metadata !34, metadata !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_minus, DW_OP_stack_value)), !dbg !68
  call void @llvm.dbg.value(metadata float %31, metadata !28, metadata !DIExpression()), !dbg !43
  %35 = add nsw i32 %32, %2
  %36 = mul nsw i32 %35, %16
  %37 = add i32 %36, %2
  %38 = mul nsw i32 %34, %4
  br label %42, !dbg !69

39:                                               ; preds = %42
  %40 = add i32 %32, 1, !dbg !70
  call void @llvm.dbg.value(metadata float %57, metadata !28, metadata !DIExpression()), !dbg !43
  call void @llvm.dbg.value(metadata i32 %40, metadata !29, metadata !DIExpression()), !dbg !51
  %41 = icmp eq i32 %32, %2, !dbg !52
  br i1 %41, label %24, label %30, !dbg !53, !llvm.loop !71

42:                                               ; preds = %30, %42
  %43 = phi i64 [ %22, %30 ], [ %58, %42 ]
  %44 = phi float [ %31, %30 ], [ %57, %42 ]
  call void @llvm.dbg.value(metadata i64 %43, metadata !34, metadata !DIExpression()), !dbg !68
  call void @llvm.dbg.value(metadata float %44, metadata !28, metadata !DIExpression()), !dbg !43
  %45 = add i64 %43, %7, !dbg !74
  %46 = trunc i64 %45 to i32, !dbg !75
  %47 = tail call i32 @_Z5clampiii(i32 noundef %46, i32 noundef 0, i32 noundef %21) #4, !dbg !75
  call void @llvm.dbg.value(metadata i32 %47, metadata !36, metadata !DIExpression()), !dbg !76
  %48 = trunc i64 %43 to i32, !dbg !77
  %49 = add i32 %37, %48, !dbg !77
  %50 = sext i32 %49 to i64, !dbg !78
  %51 = getelementptr inbounds float, ptr %1, i64 %50, !dbg !78
  %52 = load float, ptr %51, align 4, !dbg !78, !tbaa !60
  %53 = add nsw i32 %47, %38, !dbg !79
  %54 = sext i32 %53 to i64, !dbg !80
  %55 = getelementptr inbounds float, ptr %0, i64 %54, !dbg !80
  %56 = load float, ptr %55, align 4, !dbg !80, !tbaa !60
  %57 = tail call float @llvm.fmuladd.f32(float %52, float %56, float %44), !dbg !81
  call void @llvm.dbg.value(metadata float %57, metadata !28, metadata !DIExpression()), !dbg !43
  %58 = add i64 %43, 1, !dbg !82
  call void @llvm.dbg.value(metadata i64 %58, metadata !34, metadata !DIExpression()), !dbg !68
  %59 = trunc i64 %58 to i32, !dbg !83
  %60 = icmp eq i32 %23, %59, !dbg !83
  br i1 %60, label %39, label %42, !dbg !69, !llvm.loop !84

61:                                               ; preds = %6, %24
  ret void, !dbg !64
}

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare !dbg !86 i64 @_Z13get_global_idj(i32 noundef) local_unnamed_addr #1

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare !dbg !92 i32 @_Z5clampiii(i32 noundef, i32 noundef, i32 noundef) local_unnamed_addr #1

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
!1 = !DIFile(filename: "opencl/convolution_const.cl", directory: ".", checksumkind: CSK_MD5, checksum: "42c8adb40ac9722899976fea38018153")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"PIE Level", i32 2}
!7 = !{i32 7, !"uwtable", i32 2}
!8 = !{i32 2, i32 0}
!9 = distinct !DISubprogram(name: "convolution_const", scope: !1, file: !1, line: 2, type: !10, scopeLine: 3, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !18)
!10 = !DISubroutineType(cc: DW_CC_LLVM_OpenCLKernel, types: !11)
!11 = !{null, !12, !15, !16, !15, !16, !16}
!12 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !13, size: 64)
!13 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !14)
!14 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!15 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !14, size: 64)
!16 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !17)
!17 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!18 = !{!19, !20, !21, !22, !23, !24, !25, !26, !27, !28, !29, !31, !34, !36}
!19 = !DILocalVariable(name: "image", arg: 1, scope: !9, file: !1, line: 2, type: !12)
!20 = !DILocalVariable(name: "filter", arg: 2, scope: !9, file: !1, line: 2, type: !15)
!21 = !DILocalVariable(name: "radius", arg: 3, scope: !9, file: !1, line: 2, type: !16)
!22 = !DILocalVariable(name: "out", arg: 4, scope: !9, file: !1, line: 3, type: !15)
!23 = !DILocalVariable(name: "width", arg: 5, scope: !9, file: !1, line: 3, type: !16)
!24 = !DILocalVariable(name: "height", arg: 6, scope: !9, file: !1, line: 3, type: !16)
!25 = !DILocalVariable(name: "x", scope: !9, file: !1, line: 4, type: !17)
!26 = !DILocalVariable(name: "y", scope: !9, file: !1, line: 4, type: !17)
!27 = !DILocalVariable(name: "k", scope: !9, file: !1, line: 6, type: !17)
!28 = !DILocalVariable(name: "acc", scope: !9, file: !1, line: 7, type: !14)
!29 = !DILocalVariable(name: "dy", scope: !30, file: !1, line: 8, type: !17)
!30 = distinct !DILexicalBlock(scope: !9, file: !1, line: 8, column: 5)
!31 = !DILocalVariable(name: "yy", scope: !32, file: !1, line: 9, type: !17)
!32 = distinct !DILexicalBlock(scope: !33, file: !1, line: 8, column: 48)
!33 = distinct !DILexicalBlock(scope: !30, file: !1, line: 8, column: 5)
!34 = !DILocalVariable(name: "dx", scope: !35, file: !1, line: 10, type: !17)
!35 = distinct !DILexicalBlock(scope: !32, file: !1, line: 10, column: 9)
!36 = !DILocalVariable(name: "xx", scope: !37, file: !1, line: 11, type: !17)
!37 = distinct !DILexicalBlock(scope: !38, file: !1, line: 10, column: 52)
!38 = distinct !DILexicalBlock(scope: !35, file: !1, line: 10, column: 9)
!39 = !{i32 1, i32 2, i32 0, i32 1, i32 0, i32 0}
!40 = !{!"none", !"none", !"none", !"none", !"none", !"none"}
!41 = !{!"float*", !"float*", !"int", !"float*", !"int", !"int"}
!42 = !{!"const", !"const", !"", !"", !"", !""}
!43 = !DILocation(line: 0, scope: !9)
!44 = !DILocation(line: 4, column: 13, scope: !9)
!45 = !DILocation(line: 4, column: 35, scope: !9)
!46 = !DILocation(line: 5, column: 11, scope: !47)
!47 = distinct !DILexicalBlock(scope: !9, file: !1, line: 5, column: 9)
!48 = !DILocation(line: 5, column: 20, scope: !47)
!49 = !DILocation(line: 6, column: 15, scope: !9)
!50 = !DILocation(line: 6, column: 24, scope: !9)
!51 = !DILocation(line: 0, scope: !30)
!52 = !DILocation(line: 8, column: 31, scope: !33)
!53 = !DILocation(line: 8, column: 5, scope: !30)
!54 = !DILocation(line: 8, column: 19, scope: !30)
!55 = !DILocation(line: 7, column: 11, scope: !9)
!56 = !DILocation(line: 15, column: 11, scope: !9)
!57 = !DILocation(line: 15, column: 19, scope: !9)
!58 = !DILocation(line: 15, column: 5, scope: !9)
!59 = !DILocation(line: 15, column: 24, scope: !9)
!60 = !{!61, !61, i64 0}
!61 = !{!"float", !62, i64 0}
!62 = !{!"omnipotent char", !63, i64 0}
!63 = !{!"Simple C/C++ TBAA"}
!64 = !DILocation(line: 16, column: 1, scope: !9)
!65 = !DILocation(line: 9, column: 26, scope: !32)
!66 = !DILocation(line: 9, column: 18, scope: !32)
!67 = !DILocation(line: 0, scope: !32)
!68 = !DILocation(line: 0, scope: !35)
!69 = !DILocation(line: 10, column: 9, scope: !35)
!70 = !DILocation(line: 8, column: 44, scope: !33)
!71 = distinct !{!71, !53, !72, !73}
!72 = !DILocation(line: 14, column: 5, scope: !30)
!73 = !{!"llvm.loop.unroll.disable"}
!74 = !DILocation(line: 11, column: 30, scope: !37)
!75 = !DILocation(line: 11, column: 22, scope: !37)
!76 = !DILocation(line: 0, scope: !37)
!77 = !DILocation(line: 12, column: 45, scope: !37)
!78 = !DILocation(line: 12, column: 20, scope: !37)
!79 = !DILocation(line: 12, column: 81, scope: !37)
!80 = !DILocation(line: 12, column: 64, scope: !37)
!81 = !DILocation(line: 12, column: 17, scope: !37)
!82 = !DILocation(line: 10, column: 48, scope: !38)
!83 = !DILocation(line: 10, column: 35, scope: !38)
!84 = distinct !{!84, !69, !85, !73}
!85 = !DILocation(line: 13, column: 9, scope: !35)
!86 = !DISubprogram(name: "get_global_id", linkageName: "_Z13get_global_idj", scope: !1, file: !1, line: 4, type: !87, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !91)
!87 = !DISubroutineType(types: !88)
!88 = !{!89, !90}
!89 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!90 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!91 = !{}
!92 = !DISubprogram(name: "clamp", linkageName: "_Z5clampiii", scope: !1, file: !1, line: 9, type: !93, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !91)
!93 = !DISubroutineType(types: !94)
!94 = !{!17, !17, !17, !17}
