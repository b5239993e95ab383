; ModuleID = 'opencl/nbody_float4.cl'
source_filename = "opencl/nbody_float4.cl"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: convergent norecurse nounwind uwtable
define dso_local spir_kernel void @nbody_float4(ptr nocapture noundef readonly align 16 %0, ptr nocapture noundef readonly align 16 %1, ptr nocapture noundef writeonly align 16 %2, ptr nocapture noundef writeonly align 16 %3, ptr nocapture noundef align 16 %4, i32 noundef %5, float noundef %6, float noundef %7) local_unnamed_addr #0 !dbg !20 !kernel_arg_addr_space !59 !kernel_arg_access_qual !60 !kernel_arg_type !61 !kernel_arg_base_type !62 !kernel_arg_type_qual !63 {
  call void @llvm.dbg.value(metadata ptr %0, metadata !30, metadata !DIExpression()), !dbg !64
  call void @llvm.dbg.value(metadata ptr %1, metadata !31, metadata !DIExpression()), !dbg !64
  call void @llvm.dbg.value(metadata ptr %2, metadata !32, metadata !DIExpression()), !dbg !64
  call void @llvm.dbg.value(metadata ptr %3, metadata !33, metadata !DIExpression()), !dbg !64
  call void @llvm.dbg.value(metadata ptr %4, metadata !34, metadata !DIExpression()), !dbg !64
  call void @llvm.dbg.value(metadata i32 %5, metadata !35, metadata !DIExpression()), !dbg !64
  call void @llvm.dbg.value(metadata float %6, metadata !36, metadata !DIExpression()), !dbg !64
  call void @llvm.dbg.value(metadata float %7, metadata !37, metadata !DIExpression()), !dbg !64
  %9 = tail call i64 @_Z13get_global_idj(i32 noundef 0) #5, !dbg !65
  %10 = trunc i64 %9 to i32, !dbg !65
  call void @llvm.dbg.value(metadata i32 %10, metadata !38, metadata !DIExpression()), !dbg !64
  %11 = tail call i64 @_Z12get_local_idj(i32 noundef 0) #5, !dbg !66
  call void @llvm.dbg.value(metadata i64 %11, metadata !39, metadata !DIExpression(DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_stack_value)), !dbg !64
  %12 = tail call i64 @_Z14get_local_sizej(i32 noundef 0) #5, !dbg !67
  %13 = trunc i64 %12 to i32, !dbg !67
  call void @llvm.dbg.value(metadata i32 %13, metadata !40, metadata !DIExpression()), !dbg !64
  %14 = icmp slt i32 %10, %5, !dbg !68
  br i1 %14, label %15, label %20, !dbg !69

15:                                               ; preds = %8
  %16 = shl i64 %9, 32, !dbg !70
  %17 = ashr exact i64 %16, 32, !dbg !70
  %18 = getelementptr inbounds <4 x float>, ptr %0, i64 %17, !dbg !70
  %19 = load <4 x float>, ptr %18, align 16, !dbg !70, !tbaa !71
  br label %20, !dbg !69

20:                                               ; preds = %8, %15
  %21 = phi <4 x float> [ %19, %15 ], [ zeroinitializer, %8 ], !dbg !69
  call void @llvm.dbg.value(metadata <4 x float> %21, metadata !41, metadata !DIExpression()), !dbg !64
  call void @llvm.dbg.value(metadata <4 x float> <float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float undef>, metadata !42, metadata !DIExpression()), !dbg !64
  call void @llvm.dbg.value(metadata i32 0, metadata !43, metadata !DIExpression()), !dbg !74
  %22 = icmp sgt i32 %5, 0, !dbg !75
  br i1 %22, label %23, label %35, !dbg !76

23:                                               ; preds = %20
  %24 = shl i64 %11, 32
  %25 = ashr exact i64 %24, 32
  %26 = getelementptr inbounds <4 x float>, ptr %4, i64 %25
  %27 = icmp sgt i32 %13, 0
  %28 = shl i64 %12, 32, !dbg !76
  %29 = ashr exact i64 %28, 32, !dbg !76
  %30 = shl i64 %11, 32, !dbg !76
  %31 = ashr exact i64 %30, 32, !dbg !76
  %32 = sext i32 %5 to i64, !dbg !76
  %33 = sext i32 %5 to i64, !dbg !76
  %34 = and i64 %12, 4294967295
  br label %37, !dbg !76

35:                                               ; preds = %49, %20
  %36 = phi <4 x float> [ <float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float undef>, %20 ], [ %50, %49 ], !dbg !77
  br i1 %14, label %74, label %92, !dbg !78

37:                                               ; preds = %23, %49
  %38 = phi i64 [ 0, %23 ], [ %51, %49 ]
  %39 = phi <4 x float> [ <float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float undef>, %23 ], [ %50, %49 ]
  call void @llvm.dbg.value(metadata <4 x float> %39, metadata !42, metadata !DIExpression()), !dbg !64
  call void @llvm.dbg.value(metadata i64 %38, metadata !43, metadata !DIExpression()), !dbg !74
  %40 = add nsw i64 %38, %31, !dbg !79
  call void @llvm.dbg.value(metadata i64 %40, metadata !45, metadata !DIExpression()), !dbg !80
  %41 = icmp slt i64 %40, %32, !dbg !81
  br i1 %41, label %42, label %45, !dbg !82

42:                                               ; preds = %37
  %43 = getelementptr inbounds <4 x float>, ptr %0, i64 %40, !dbg !83
  %44 = load <4 x float>, ptr %43, align 16, !dbg !83, !tbaa !71
  br label %45, !dbg !82

45:                                               ; preds = %37, %42
  %46 = phi <4 x float> [ %44, %42 ], [ zeroinitializer, %37 ], !dbg !82
  store <4 x float> %46, ptr %26, align 16, !dbg !84, !tbaa !71
  tail call void @_Z7barrierj(i32 noundef 1) #6, !dbg !85
  call void @llvm.dbg.value(metadata i32 0, metadata !48, metadata !DIExpression()), !dbg !86
  call void @llvm.dbg.value(metadata <4 x float> %39, metadata !42, metadata !DIExpression()), !dbg !64
  br i1 %27, label %53, label %49, !dbg !87

47:                                               ; preds = %53
  %48 = shufflevector <3 x float> %70, <3 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 undef>, !dbg !88
  br label %49, !dbg !87

49:                                               ; preds = %47, %45
  %50 = phi <4 x float> [ %48, %47 ], [ %39, %45 ], !dbg !64
  tail call void @_Z7barrierj(i32 noundef 1) #6, !dbg !89
  %51 = add i64 %38, %29, !dbg !90
  call void @llvm.dbg.value(metadata <4 x float> %50, metadata !42, metadata !DIExpression()), !dbg !64
  call void @llvm.dbg.value(metadata i64 %51, metadata !43, metadata !DIExpression()), !dbg !74
  %52 = icmp slt i64 %51, %33, !dbg !75
  br i1 %52, label %37, label %35, !dbg !76, !llvm.loop !91

53:                                               ; preds = %45, %53
  %54 = phi i64 [ %72, %53 ], [ 0, %45 ]
  %55 = phi <4 x float> [ %71, %53 ], [ %39, %45 ]
  call void @llvm.dbg.value(metadata <4 x float> %55, metadata !42, metadata !DIExpression()), !dbg !64
  call void @llvm.dbg.value(metadata i64 %54, metadata !48, metadata !DIExpression()), !dbg !86
  %56 = getelementptr inbounds <4 x float>, ptr %4, i64 %54, !dbg !94
  %57 = load <4 x float>, ptr %56, align 16, !dbg !94, !tbaa !71
  call void @llvm.dbg.value(metadata <4 x float> %57, metadata !50, metadata !DIExpression()), !dbg !95
  %58 = fsub <4 x float> %57, %21, !dbg !96
  %59 = shufflevector <4 x float> %58, <4 x float> poison, <3 x i32> <i32 0, i32 1, i32 2>, !dbg !96
  call void @llvm.dbg.value(metadata <4 x float> poison, metadata !53, metadata !DIExpression()), !dbg !95
  %60 = tail call float @_Z3dotDv3_fS_(<3 x float> noundef %59, <3 x float> noundef %59) #5, !dbg !97
  %61 = fadd float %60, %7, !dbg !98
  call void @llvm.dbg.value(metadata float %61, metadata !54, metadata !DIExpression()), !dbg !95
  %62 = tail call float @_Z5rsqrtf(float noundef %61) #5, !dbg !99
  call void @llvm.dbg.value(metadata float %62, metadata !55, metadata !DIExpression()), !dbg !95
  %63 = extractelement <4 x float> %57, i64 3, !dbg !100
  %64 = fmul float %63, %62, !dbg !101
  %65 = fmul float %62, %64, !dbg !102
  %66 = fmul float %62, %65, !dbg !103
  %67 = insertelement <3 x float> poison, float %66, i64 0, !dbg !104
  %68 = shufflevector <3 x float> %67, <3 x float> poison, <3 x i32> zeroinitializer, !dbg !104
  %69 = shufflevector <4 x float> %55, <4 x float> poison, <3 x i32> <i32 0, i32 1, i32 2>, !dbg !88
  %70 = tail call <3 x float> @llvm.fmuladd.v3f32(<3 x float> %59, <3 x float> %68, <3 x float> %69), !dbg !88
  %71 = shufflevector <3 x float> %70, <3 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 undef>, !dbg !88
  call void @llvm.dbg.value(metadata <4 x float> %71, metadata !42, metadata !DIExpression()), !dbg !64
  %72 = add nuw nsw i64 %54, 1, !dbg !105
  call void @llvm.dbg.value(metadata i64 %72, metadata !48, metadata !DIExpression()), !dbg !86
  %73 = icmp eq i64 %72, %34, !dbg !106
  br i1 %73, label %47, label %53, !dbg !87, !llvm.loop !107

74:                                               ; preds = %35
  %75 = shl i64 %9, 32, !dbg !109
  %76 = ashr exact i64 %75, 32, !dbg !109
  %77 = getelementptr inbounds <4 x float>, ptr %1, i64 %76, !dbg !109
  %78 = load <4 x float>, ptr %77, align 16, !dbg !109, !tbaa !71
  call void @llvm.dbg.value(metadata <4 x float> %78, metadata !56, metadata !DIExpression()), !dbg !110
  %79 = shufflevector <4 x float> %36, <4 x float> poison, <3 x i32> <i32 0, i32 1, i32 2>, !dbg !111
  %80 = insertelement <3 x float> poison, float %6, i64 0, !dbg !112
  %81 = shufflevector <3 x float> %80, <3 x float> poison, <3 x i32> zeroinitializer, !dbg !112
  %82 = shufflevector <4 x float> %78, <4 x float> poison, <3 x i32> <i32 0, i32 1, i32 2>, !dbg !113
  %83 = tail call <3 x float> @llvm.fmuladd.v3f32(<3 x float> %79, <3 x float> %81, <3 x float> %82), !dbg !113
  %84 = shufflevector <3 x float> %83, <3 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 undef>, !dbg !113
  %85 = shufflevector <4 x float> %84, <4 x float> %78, <4 x i32> <i32 0, i32 1, i32 2, i32 7>, !dbg !113
  call void @llvm.dbg.value(metadata <4 x float> %85, metadata !56, metadata !DIExpression()), !dbg !110
  %86 = getelementptr inbounds <4 x float>, ptr %3, i64 %76, !dbg !114
  store <4 x float> %85, ptr %86, align 16, !dbg !115, !tbaa !71
  %87 = shufflevector <4 x float> %21, <4 x float> poison, <3 x i32> <i32 0, i32 1, i32 2>, !dbg !116
  %88 = tail call <3 x float> @llvm.fmuladd.v3f32(<3 x float> %83, <3 x float> %81, <3 x float> %87), !dbg !117
  %89 = shufflevector <3 x float> %88, <3 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 undef>, !dbg !118
  %90 = shufflevector <4 x float> %89, <4 x float> %21, <4 x i32> <i32 0, i32 1, i32 2, i32 7>, !dbg !118
  %91 = getelementptr inbounds <4 x float>, ptr %2, i64 %76, !dbg !119
  store <4 x float> %90, ptr %91, align 16, !dbg !120, !tbaa !71
  br label %92, !dbg !121

92:                                               ; preds = %74, %35
  ret void, !dbg !122
}

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare !dbg !123 i64 @_Z13get_global_idj(i32 noundef) local_unnamed_addr #1

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare !dbg !129 i64 @_Z12get_local_idj(i32 noundef) local_unnamed_addr #1

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare !dbg !130 i64 @_Z14get_local_sizej(i32 noundef) local_unnamed_addr #1

; Function Attrs: convergent nounwind
declare !dbg !131 void @_Z7barrierj(i32 noundef) local_unnamed_addr #2

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare !dbg !136 float @_Z3dotDv3_fS_(<3 x float> noundef, <3 x float> noundef) local_unnamed_addr #1

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare !dbg !139 float @_Z5rsqrtf(float noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <3 x float> @llvm.fmuladd.v3f32(<3 x float>, <3 x float>, <3 x float>) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #4

attributes #0 = { convergent norecurse nounwind uwtable "min-legal-vector-width"="96" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" "uniform-work-group-size"="false" }
attributes #1 = { convergent mustprogress nofree nounwind willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { convergent nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #5 = { convergent nounwind willreturn memory(none) }
attributes #6 = { convergent nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!13, !14, !15, !16, !17, !18}
!opencl.ocl.version = !{!19}

!0 = distinct !DICompileUnit(language: DW_LANG_OpenCL, file: !1, isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !2, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "opencl/nbody_float4.cl", directory: ".", checksumkind: CSK_MD5, checksum: "5e06acd0f5cd325390315bed1a355de6")
!2 = !{!3, !9}
!3 = !DIDerivedType(tag: DW_TAG_typedef, name: "float4", file: !4, line: 204, baseType: !5)
!4 = !DIFile(filename: "/usr/lib/llvm-16/lib/clang/16/include/opencl-c-base.h", directory: "", checksumkind: CSK_MD5, checksum: "e6bbcb51538215c6533a67d5a914b7ae")
!5 = !DICompositeType(tag: DW_TAG_array_type, baseType: !6, size: 128, flags: DIFlagVector, elements: !7)
!6 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!7 = !{!8}
!8 = !DISubrange(count: 4)
!9 = !DIDerivedType(tag: DW_TAG_typedef, name: "float3", file: !4, line: 203, baseType: !10)
!10 = !DICompositeType(tag: DW_TAG_array_type, baseType: !6, size: 128, flags: DIFlagVector, elements: !11)
!11 = !{!12}
!12 = !DISubrange(count: 3)
!13 = !{i32 7, !"Dwarf Version", i32 5}
!14 = !{i32 2, !"Debug Info Version", i32 3}
!15 = !{i32 1, !"wchar_size", i32 4}
!16 = !{i32 8, !"PIC Level", i32 2}
!17 = !{i32 7, !"PIE Level", i32 2}
!18 = !{i32 7, !"uwtable", i32 2}
!19 = !{i32 2, i32 0}
!20 = distinct !DISubprogram(name: "nbody_float4", scope: !1, file: !1, line: 2, type: !21, scopeLine: 4, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !29)
!21 = !DISubroutineType(cc: DW_CC_LLVM_OpenCLKernel, types: !22)
!22 = !{null, !23, !23, !25, !25, !25, !26, !28, !28}
!23 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !24, size: 64)
!24 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !3)
!25 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !3, size: 64)
!26 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !27)
!27 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!28 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !6)
!29 = !{!30, !31, !32, !33, !34, !35, !36, !37, !38, !39, !40, !41, !42, !43, !45, !48, !50, !53, !54, !55, !56}
!30 = !DILocalVariable(name: "pos", arg: 1, scope: !20, file: !1, line: 2, type: !23)
!31 = !DILocalVariable(name: "vel", arg: 2, scope: !20, file: !1, line: 2, type: !23)
!32 = !DILocalVariable(name: "new_pos", arg: 3, scope: !20, file: !1, line: 2, type: !25)
!33 = !DILocalVariable(name: "new_vel", arg: 4, scope: !20, file: !1, line: 3, type: !25)
!34 = !DILocalVariable(name: "tile", arg: 5, scope: !20, file: !1, line: 3, type: !25)
!35 = !DILocalVariable(name: "n", arg: 6, scope: !20, file: !1, line: 3, type: !26)
!36 = !DILocalVariable(name: "dt", arg: 7, scope: !20, file: !1, line: 3, type: !28)
!37 = !DILocalVariable(name: "eps2", arg: 8, scope: !20, file: !1, line: 4, type: !28)
!38 = !DILocalVariable(name: "i", scope: !20, file: !1, line: 5, type: !27)
!39 = !DILocalVariable(name: "lid", scope: !20, file: !1, line: 5, type: !27)
!40 = !DILocalVariable(name: "lsize", scope: !20, file: !1, line: 5, type: !27)
!41 = !DILocalVariable(name: "p", scope: !20, file: !1, line: 6, type: !3)
!42 = !DILocalVariable(name: "acc", scope: !20, file: !1, line: 7, type: !9)
!43 = !DILocalVariable(name: "base", scope: !44, file: !1, line: 8, type: !27)
!44 = distinct !DILexicalBlock(scope: !20, file: !1, line: 8, column: 5)
!45 = !DILocalVariable(name: "j", scope: !46, file: !1, line: 9, type: !27)
!46 = distinct !DILexicalBlock(scope: !47, file: !1, line: 8, column: 49)
!47 = distinct !DILexicalBlock(scope: !44, file: !1, line: 8, column: 5)
!48 = !DILocalVariable(name: "k", scope: !49, file: !1, line: 12, type: !27)
!49 = distinct !DILexicalBlock(scope: !46, file: !1, line: 12, column: 9)
!50 = !DILocalVariable(name: "q", scope: !51, file: !1, line: 13, type: !3)
!51 = distinct !DILexicalBlock(scope: !52, file: !1, line: 12, column: 41)
!52 = distinct !DILexicalBlock(scope: !49, file: !1, line: 12, column: 9)
!53 = !DILocalVariable(name: "d", scope: !51, file: !1, line: 14, type: !9)
!54 = !DILocalVariable(name: "r2", scope: !51, file: !1, line: 15, type: !6)
!55 = !DILocalVariable(name: "inv", scope: !51, file: !1, line: 16, type: !6)
!56 = !DILocalVariable(name: "v", scope: !57, file: !1, line: 22, type: !3)
!57 = distinct !DILexicalBlock(scope: !58, file: !1, line: 21, column: 16)
!58 = distinct !DILexicalBlock(scope: !20, file: !1, line: 21, column: 9)
!59 = !{i32 1, i32 1, i32 1, i32 1, i32 3, i32 0, i32 0, i32 0}
!60 = !{!"none", !"none", !"none", !"none", !"none", !"none", !"none", !"none"}
!61 = !{!"float4*", !"float4*", !"float4*", !"float4*", !"float4*", !"int", !"float", !"float"}
!62 = !{!"float __attribute__((ext_vector_type(4)))*", !"float __attribute__((ext_vector_type(4)))*", !"float __attribute__((ext_vector_type(4)))*", !"float __attribute__((ext_vector_type(4)))*", !"float __attribute__((ext_vector_type(4)))*", !"int", !"float", !"float"}
!63 = !{!"const", !"const", !"", !"", !"", !"", !"", !""}
!64 = !DILocation(line: 0, scope: !20)
!65 = !DILocation(line: 5, column: 13, scope: !20)
!66 = !DILocation(line: 5, column: 37, scope: !20)
!67 = !DILocation(line: 5, column: 62, scope: !20)
!68 = !DILocation(line: 6, column: 19, scope: !20)
!69 = !DILocation(line: 6, column: 16, scope: !20)
!70 = !DILocation(line: 6, column: 26, scope: !20)
!71 = !{!72, !72, i64 0}
!72 = !{!"omnipotent char", !73, i64 0}
!73 = !{!"Simple C/C++ TBAA"}
!74 = !DILocation(line: 0, scope: !44)
!75 = !DILocation(line: 8, column: 29, scope: !47)
!76 = !DILocation(line: 8, column: 5, scope: !44)
!77 = !DILocation(line: 7, column: 12, scope: !20)
!78 = !DILocation(line: 21, column: 9, scope: !20)
!79 = !DILocation(line: 9, column: 22, scope: !46)
!80 = !DILocation(line: 0, scope: !46)
!81 = !DILocation(line: 10, column: 24, scope: !46)
!82 = !DILocation(line: 10, column: 21, scope: !46)
!83 = !DILocation(line: 10, column: 31, scope: !46)
!84 = !DILocation(line: 10, column: 19, scope: !46)
!85 = !DILocation(line: 11, column: 9, scope: !46)
!86 = !DILocation(line: 0, scope: !49)
!87 = !DILocation(line: 12, column: 9, scope: !49)
!88 = !DILocation(line: 17, column: 17, scope: !51)
!89 = !DILocation(line: 19, column: 9, scope: !46)
!90 = !DILocation(line: 8, column: 39, scope: !47)
!91 = distinct !{!91, !76, !92, !93}
!92 = !DILocation(line: 20, column: 5, scope: !44)
!93 = !{!"llvm.loop.unroll.disable"}
!94 = !DILocation(line: 13, column: 24, scope: !51)
!95 = !DILocation(line: 0, scope: !51)
!96 = !DILocation(line: 14, column: 30, scope: !51)
!97 = !DILocation(line: 15, column: 24, scope: !51)
!98 = !DILocation(line: 15, column: 34, scope: !51)
!99 = !DILocation(line: 16, column: 25, scope: !51)
!100 = !DILocation(line: 17, column: 25, scope: !51)
!101 = !DILocation(line: 17, column: 29, scope: !51)
!102 = !DILocation(line: 17, column: 35, scope: !51)
!103 = !DILocation(line: 17, column: 41, scope: !51)
!104 = !DILocation(line: 17, column: 24, scope: !51)
!105 = !DILocation(line: 12, column: 37, scope: !52)
!106 = !DILocation(line: 12, column: 27, scope: !52)
!107 = distinct !{!107, !87, !108, !93}
!108 = !DILocation(line: 18, column: 9, scope: !49)
!109 = !DILocation(line: 22, column: 20, scope: !57)
!110 = !DILocation(line: 0, scope: !57)
!111 = !DILocation(line: 23, column: 18, scope: !57)
!112 = !DILocation(line: 23, column: 24, scope: !57)
!113 = !DILocation(line: 23, column: 15, scope: !57)
!114 = !DILocation(line: 24, column: 9, scope: !57)
!115 = !DILocation(line: 24, column: 20, scope: !57)
!116 = !DILocation(line: 25, column: 31, scope: !57)
!117 = !DILocation(line: 25, column: 37, scope: !57)
!118 = !DILocation(line: 25, column: 30, scope: !57)
!119 = !DILocation(line: 25, column: 9, scope: !57)
!120 = !DILocation(line: 25, column: 20, scope: !57)
!121 = !DILocation(line: 26, column: 5, scope: !57)
!122 = !DILocation(line: 27, column: 1, scope: !20)
!123 = !DISubprogram(name: "get_global_id", linkageName: "_Z13get_global_idj", scope: !1, file: !1, line: 5, type: !124, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !128)
!124 = !DISubroutineType(types: !125)
!125 = !{!126, !127}
!126 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!127 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!128 = !{}
!129 = !DISubprogram(name: "get_local_id", linkageName: "_Z12get_local_idj", scope: !1, file: !1, line: 5, type: !124, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !128)
!130 = !DISubprogram(name: "get_local_size", linkageName: "_Z14get_local_sizej", scope: !1, file: !1, line: 5, type: !124, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !128)
!131 = !DISubprogram(name: "barrier", linkageName: "_Z7barrierj", scope: !1, file: !1, line: 11, type: !132, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !128)
!132 = !DISubroutineType(types: !133)
!133 = !{null, !134}
!134 = !DIDerivedType(tag: DW_TAG_typedef, name: "cl_mem_fence_flags", file: !4, line: 367, baseType: !135)
!135 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint", file: !4, line: 124, baseType: !127)
!136 = !DISubprogram(name: "dot", linkageName: "_Z3dotDv3_fS_", scope: !1, file: !1, line: 15, type: !137, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !128)
!137 = !DISubroutineType(types: !138)
!138 = !{!6, !10, !10}
!139 = !DISubprogram(name: "rsqrt", linkageName: "_Z5rsqrtf", scope: !1, file: !1, line: 16, type: !140, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !128)
!140 = !DISubroutineType(types: !141)
!141 = !{!6, !6}
