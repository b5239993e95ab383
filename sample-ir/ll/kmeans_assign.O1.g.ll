; ModuleID = 'opencl/kmeans_assign.cl'
source_filename = "opencl/kmeans_assign.cl"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: convergent nofree norecurse nounwind memory(argmem: readwrite) uwtable
define dso_local spir_kernel void @kmeans_assign(ptr nocapture noundef readonly align 4 %0, ptr nocapture noundef readonly align 4 %1, ptr nocapture noundef writeonly align 4 %2, i32 noundef %3, i32 noundef %4, i32 noundef %5) local_unnamed_addr #0 !dbg !9 !kernel_arg_addr_space !38 !kernel_arg_access_qual !39 !kernel_arg_type !40 !kernel_arg_base_type !40 !kernel_arg_type_qual !41 {
  call void @llvm.dbg.value(metadata ptr %0, metadata !19, metadata !DIExpression()), !dbg !42
  call void @llvm.dbg.value(metadata ptr %1, metadata !20, metadata !DIExpression()), !dbg !42
  call void @llvm.dbg.value(metadata ptr %2, metadata !21, metadata !DIExpression()), !dbg !42
  call void @llvm.dbg.value(metadata i32 %3, metadata !22, metadata !DIExpression()), !dbg !42
  call void @llvm.dbg.value(metadata i32 %4, metadata !23, metadata !DIExpression()), !dbg !42
  call void @llvm.dbg.value(metadata i32 %5, metadata !24, metadata !DIExpression()), !dbg !42
  %7 = tail call i64 @_Z13get_global_idj(i32 noundef 0) #4, !dbg !43
  %8 = trunc i64 %7 to i32, !dbg !43
  call void @llvm.dbg.value(metadata i32 %8, metadata !25, metadata !DIExpression()), !dbg !42
  %9 = icmp slt i32 %8, %3, !dbg !44
  br i1 %9, label %10, label %53, !dbg !46

10:                                               ; preds = %6
  call void @llvm.dbg.value(metadata i32 0, metadata !28, metadata !DIExpression()), !dbg !47
  call void @llvm.dbg.value(metadata float 0x47EFFFFFE0000000, metadata !27, metadata !DIExpression()), !dbg !42
  call void @llvm.dbg.value(metadata i32 0, metadata !26, metadata !DIExpression()), !dbg !42
  %11 = icmp sgt i32 %5, 0, !dbg !48
  br i1 %11, label %12, label %26, !dbg !49

12:                                               ; preds = %10
  %13 = icmp sgt i32 %4, 0
  %14 = sext i32 %3 to i64, !dbg !49
  %15 = shl i64 %7, 32, !dbg !49
  %16 = ashr exact i64 %15, 32, !dbg !49
  %17 = sext i32 %4 to i64, !dbg !49
  %18 = zext i32 %5 to i64, !dbg !48
  %19 = zext i32 %4 to i64
  br label %20, !dbg !49

20:                                               ; preds = %12, %31
  %21 = phi i64 [ 0, %12 ], [ %37, %31 ]
  %22 = phi float [ 0x47EFFFFFE0000000, %12 ], [ %36, %31 ]
  %23 = phi i32 [ 0, %12 ], [ %35, %31 ]
  call void @llvm.dbg.value(metadata i64 %21, metadata !28, metadata !DIExpression()), !dbg !47
  call void @llvm.dbg.value(metadata float %22, metadata !27, metadata !DIExpression()), !dbg !42
  call void @llvm.dbg.value(metadata i32 %23, metadata !26, metadata !DIExpression()), !dbg !42
  call void @llvm.dbg.value(metadata i32 0, metadata !33, metadata !DIExpression()), !dbg !50
  call void @llvm.dbg.value(metadata float 0.000000e+00, metadata !30, metadata !DIExpression()), !dbg !51
  br i1 %13, label %24, label %31, !dbg !52

24:                                               ; preds = %20
  %25 = mul nsw i64 %21, %17
  br label %39, !dbg !52

26:                                               ; preds = %31, %10
  %27 = phi i32 [ 0, %10 ], [ %35, %31 ], !dbg !42
  %28 = shl i64 %7, 32, !dbg !53
  %29 = ashr exact i64 %28, 32, !dbg !53
  %30 = getelementptr inbounds i32, ptr %2, i64 %29, !dbg !53
  store i32 %27, ptr %30, align 4, !dbg !54, !tbaa !55
  br label %53, !dbg !59

31:                                               ; preds = %39, %20
  %32 = phi float [ 0.000000e+00, %20 ], [ %50, %39 ], !dbg !51
  %33 = fcmp olt float %32, %22, !dbg !60
  %34 = trunc i64 %21 to i32, !dbg !62
  %35 = select i1 %33, i32 %34, i32 %23, !dbg !62
  %36 = select i1 %33, float %32, float %22, !dbg !62
  call void @llvm.dbg.value(metadata float %36, metadata !27, metadata !DIExpression()), !dbg !42
  call void @llvm.dbg.value(metadata i32 %35, metadata !26, metadata !DIExpression()), !dbg !42
  %37 = add nuw nsw i64 %21, 1, !dbg !63
  call void @llvm.dbg.value(metadata i64 %37, metadata !28, metadata !DIExpression()), !dbg !47
  %38 = icmp eq i64 %37, %18, !dbg !48
  br i1 %38, label %26, label %20, !dbg !49, !llvm.loop !64

39:                                               ; preds = %24, %39
  %40 = phi i64 [ 0, %24 ], [ %51, %39 ]
  %41 = phi float [ 0.000000e+00, %24 ], [ %50, %39 ]
  call void @llvm.dbg.value(metadata i64 %40, metadata !33, metadata !DIExpression()), !dbg !50
  call void @llvm.dbg.value(metadata float %41, metadata !30, metadata !DIExpression()), !dbg !51
  %42 = mul nsw i64 %40, %14, !dbg !67
  %43 = add nsw i64 %42, %16, !dbg !68
  %44 = getelementptr inbounds float, ptr %0, i64 %43, !dbg !69
  %45 = load float, ptr %44, align 4, !dbg !69, !tbaa !70
  %46 = add nsw i64 %40, %25, !dbg !72
  %47 = getelementptr inbounds float, ptr %1, i64 %46, !dbg !73
  %48 = load float, ptr %47, align 4, !dbg !73, !tbaa !70
  %49 = fsub float %45, %48, !dbg !74
  call void @llvm.dbg.value(metadata float %49, metadata !35, metadata !DIExpression()), !dbg !75
  %50 = tail call float @llvm.fmuladd.f32(float %49, float %49, float %41), !dbg !76
  call void @llvm.dbg.value(metadata float %50, metadata !30, metadata !DIExpression()), !dbg !51
  %51 = add nuw nsw i64 %40, 1, !dbg !77
  call void @llvm.dbg.value(metadata i64 %51, metadata !33, metadata !DIExpression()), !dbg !50
  %52 = icmp eq i64 %51, %19, !dbg !78
  br i1 %52, label %31, label %39, !dbg !52, !llvm.loop !79

53:                                               ; preds = %6, %26
  ret void, !dbg !59
}

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare !dbg !81 i64 @_Z13get_global_idj(i32 noundef) local_unnamed_addr #1

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
!1 = !DIFile(filename: "opencl/kmeans_assign.cl", directory: ".", checksumkind: CSK_MD5, checksum: "d2277ceb30540eb80ccd268a07ff9337")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"PIE Level", i32 2}
!7 = !{i32 7, !"uwtable", i32 2}
!8 = !{i32 2, i32 0}
!9 = distinct !DISubprogram(name: "kmeans_assign", scope: !1, file: !1, line: 2, type: !10, scopeLine: 3, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !18)
!10 = !DISubroutineType(cc: DW_CC_LLVM_OpenCLKernel, types: !11)
!11 = !{null, !12, !12, !15, !17, !17, !17}
!12 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !13, size: 64)
!13 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !14)
!14 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!15 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !16, size: 64)
!16 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!17 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !16)
!18 = !{!19, !20, !21, !22, !23, !24, !25, !26, !27, !28, !30, !33, !35}
!19 = !DILocalVariable(name: "features", arg: 1, scope: !9, file: !1, line: 2, type: !12)
!20 = !DILocalVariable(name: "centroids", arg: 2, scope: !9, file: !1, line: 2, type: !12)
!21 = !DILocalVariable(name: "labels", arg: 3, scope: !9, file: !1, line: 2, type: !15)
!22 = !DILocalVariable(name: "npoints", arg: 4, scope: !9, file: !1, line: 3, type: !17)
!23 = !DILocalVariable(name: "nfeatures", arg: 5, scope: !9, file: !1, line: 3, type: !17)
!24 = !DILocalVariable(name: "k", arg: 6, scope: !9, file: !1, line: 3, type: !17)
!25 = !DILocalVariable(name: "p", scope: !9, file: !1, line: 4, type: !16)
!26 = !DILocalVariable(name: "best", scope: !9, file: !1, line: 6, type: !16)
!27 = !DILocalVariable(name: "best_d", scope: !9, file: !1, line: 7, type: !14)
!28 = !DILocalVariable(name: "c", scope: !29, file: !1, line: 8, type: !16)
!29 = distinct !DILexicalBlock(scope: !9, file: !1, line: 8, column: 5)
!30 = !DILocalVariable(name: "d", scope: !31, file: !1, line: 9, type: !14)
!31 = distinct !DILexicalBlock(scope: !32, file: !1, line: 8, column: 33)
!32 = distinct !DILexicalBlock(scope: !29, file: !1, line: 8, column: 5)
!33 = !DILocalVariable(name: "f", scope: !34, file: !1, line: 10, type: !16)
!34 = distinct !DILexicalBlock(scope: !31, file: !1, line: 10, column: 9)
!35 = !DILocalVariable(name: "diff", scope: !36, file: !1, line: 11, type: !14)
!36 = distinct !DILexicalBlock(scope: !37, file: !1, line: 10, column: 45)
!37 = distinct !DILexicalBlock(scope: !34, file: !1, line: 10, column: 9)
!38 = !{i32 1, i32 1, i32 1, i32 0, i32 0, i32 0}
!39 = !{!"none", !"none", !"none", !"none", !"none", !"none"}
!40 = !{!"float*", !"float*", !"int*", !"int", !"int", !"int"}
!41 = !{!"const", !"const", !"", !"", !"", !""}
!42 = !DILocation(line: 0, scope: !9)
!43 = !DILocation(line: 4, column: 13, scope: !9)
!44 = !DILocation(line: 5, column: 11, scope: !45)
!45 = distinct !DILexicalBlock(scope: !9, file: !1, line: 5, column: 9)
!46 = !DILocation(line: 5, column: 9, scope: !9)
!47 = !DILocation(line: 0, scope: !29)
!48 = !DILocation(line: 8, column: 23, scope: !32)
!49 = !DILocation(line: 8, column: 5, scope: !29)
!50 = !DILocation(line: 0, scope: !34)
!51 = !DILocation(line: 0, scope: !31)
!52 = !DILocation(line: 10, column: 9, scope: !34)
!53 = !DILocation(line: 19, column: 5, scope: !9)
!54 = !DILocation(line: 19, column: 15, scope: !9)
!55 = !{!56, !56, i64 0}
!56 = !{!"int", !57, i64 0}
!57 = !{!"omnipotent char", !58, i64 0}
!58 = !{!"Simple C/C++ TBAA"}
!59 = !DILocation(line: 20, column: 1, scope: !9)
!60 = !DILocation(line: 14, column: 15, scope: !61)
!61 = distinct !DILexicalBlock(scope: !31, file: !1, line: 14, column: 13)
!62 = !DILocation(line: 14, column: 13, scope: !31)
!63 = !DILocation(line: 8, column: 29, scope: !32)
!64 = distinct !{!64, !49, !65, !66}
!65 = !DILocation(line: 18, column: 5, scope: !29)
!66 = !{!"llvm.loop.unroll.disable"}
!67 = !DILocation(line: 11, column: 37, scope: !36)
!68 = !DILocation(line: 11, column: 47, scope: !36)
!69 = !DILocation(line: 11, column: 26, scope: !36)
!70 = !{!71, !71, i64 0}
!71 = !{!"float", !57, i64 0}
!72 = !DILocation(line: 11, column: 78, scope: !36)
!73 = !DILocation(line: 11, column: 54, scope: !36)
!74 = !DILocation(line: 11, column: 52, scope: !36)
!75 = !DILocation(line: 0, scope: !36)
!76 = !DILocation(line: 12, column: 15, scope: !36)
!77 = !DILocation(line: 10, column: 41, scope: !37)
!78 = !DILocation(line: 10, column: 27, scope: !37)
!79 = distinct !{!79, !52, !80, !66}
!80 = !DILocation(line: 13, column: 9, scope: !34)
!81 = !DISubprogram(name: "get_global_id", linkageName: "_Z13get_global_idj", scope: !1, file: !1, line: 4, type: !82, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !86)
!82 = !DISubroutineType(types: !83)
!83 = !{!84, !85}
!84 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!85 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!86 = !{}
