; ModuleID = 'opencl/saxpy_vec4.cl'
source_filename = "opencl/saxpy_vec4.cl"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: convergent norecurse nounwind uwtable
define dso_local spir_kernel void @saxpy_vec4(float noundef %0, ptr noundef align 4 %1, ptr noundef align 4 %2, i32 noundef %3) local_unnamed_addr #0 !dbg !16 !kernel_arg_addr_space !32 !kernel_arg_access_qual !33 !kernel_arg_type !34 !kernel_arg_base_type !34 !kernel_arg_type_qual !35 {
  call void @llvm.dbg.value(metadata float %0, metadata !25, metadata !DIExpression()), !dbg !36
  call void @llvm.dbg.value(metadata ptr %1, metadata !26, metadata !DIExpression()), !dbg !36
  call void @llvm.dbg.value(metadata ptr %2, metadata !27, metadata !DIExpression()), !dbg !36
  call void @llvm.dbg.value(metadata i32 %3, metadata !28, metadata !DIExpression()), !dbg !36
  %5 = tail call i64 @_Z13get_global_idj(i32 noundef 0) #6, !dbg !37
  %6 = trunc i64 %5 to i32, !dbg !37
  call void @llvm.dbg.value(metadata i32 %6, metadata !29, metadata !DIExpression()), !dbg !36
  %7 = icmp slt i32 %6, %3, !dbg !38
  br i1 %7, label %8, label %16, !dbg !40

8:                                                ; preds = %4
  %9 = shl i64 %5, 32, !dbg !41
  %10 = ashr exact i64 %9, 32, !dbg !41
  %11 = tail call <4 x float> @_Z6vload4mPU9CLgenericKf(i64 noundef %10, ptr noundef %1) #7, !dbg !42
  call void @llvm.dbg.value(metadata <4 x float> %11, metadata !30, metadata !DIExpression()), !dbg !36
  %12 = tail call <4 x float> @_Z6vload4mPU9CLgenericKf(i64 noundef %10, ptr noundef %2) #7, !dbg !43
  call void @llvm.dbg.value(metadata <4 x float> %12, metadata !31, metadata !DIExpression()), !dbg !36
  %13 = insertelement <4 x float> poison, float %0, i64 0, !dbg !44
  %14 = shufflevector <4 x float> %13, <4 x float> poison, <4 x i32> zeroinitializer, !dbg !44
  %15 = tail call <4 x float> @_Z3fmaDv4_fS_S_(<4 x float> noundef %14, <4 x float> noundef %11, <4 x float> noundef %12) #6, !dbg !45
  tail call void @_Z7vstore4Dv4_fmPU9CLgenericf(<4 x float> noundef %15, i64 noundef %10, ptr noundef %2) #8, !dbg !46
  br label %16, !dbg !47

16:                                               ; preds = %4, %8
  ret void, !dbg !47
}

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare !dbg !48 i64 @_Z13get_global_idj(i32 noundef) local_unnamed_addr #1

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(read)
declare !dbg !54 <4 x float> @_Z6vload4mPU9CLgenericKf(i64 noundef, ptr noundef) local_unnamed_addr #2

; Function Attrs: convergent nounwind
declare !dbg !57 void @_Z7vstore4Dv4_fmPU9CLgenericf(<4 x float> noundef, i64 noundef, ptr noundef) local_unnamed_addr #3

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare !dbg !60 <4 x float> @_Z3fmaDv4_fS_S_(<4 x float> noundef, <4 x float> noundef, <4 x float> noundef) local_unnamed_addr #1

; Function Attrs: convergent mustprogress nofree norecurse nounwind willreturn memory(argmem: readwrite) uwtable
define dso_local spir_kernel void @saxpy_tail(float noundef %0, ptr nocapture noundef readonly align 4 %1, ptr nocapture noundef align 4 %2, i32 noundef %3, i32 noundef %4) local_unnamed_addr #4 !dbg !63 !kernel_arg_addr_space !73 !kernel_arg_access_qual !74 !kernel_arg_type !75 !kernel_arg_base_type !75 !kernel_arg_type_qual !76 {
  call void @llvm.dbg.value(metadata float %0, metadata !67, metadata !DIExpression()), !dbg !77
  call void @llvm.dbg.value(metadata ptr %1, metadata !68, metadata !DIExpression()), !dbg !77
  call void @llvm.dbg.value(metadata ptr %2, metadata !69, metadata !DIExpression()), !dbg !77
  call void @llvm.dbg.value(metadata i32 %3, metadata !70, metadata !DIExpression()), !dbg !77
  call void @llvm.dbg.value(metadata i32 %4, metadata !71, metadata !DIExpression()), !dbg !77
  %6 = tail call i64 @_Z13get_global_idj(i32 noundef 0) #6, !dbg !78
  %7 = trunc i64 %6 to i32, !dbg !79
  %8 = add i32 %7, %3, !dbg !79
  call void @llvm.dbg.value(metadata i32 %8, metadata !72, metadata !DIExpression()), !dbg !77
  %9 = icmp slt i32 %8, %4, !dbg !80
  br i1 %9, label %10, label %17, !dbg !82

10:                                               ; preds = %5
  %11 = sext i32 %8 to i64, !dbg !83
  %12 = getelementptr inbounds float, ptr %1, i64 %11, !dbg !83
  %13 = load float, ptr %12, align 4, !dbg !83, !tbaa !84
  %14 = getelementptr inbounds float, ptr %2, i64 %11, !dbg !88
  %15 = load float, ptr %14, align 4, !dbg !88, !tbaa !84
  %16 = tail call float @_Z3fmafff(float noundef %0, float noundef %13, float noundef %15) #6, !dbg !89
  store float %16, ptr %14, align 4, !dbg !90, !tbaa !84
  br label %17, !dbg !91

17:                                               ; preds = %10, %5
  ret void, !dbg !92
}

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare !dbg !93 float @_Z3fmafff(float noundef, float noundef, float noundef) local_unnamed_addr #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #5

attributes #0 = { convergent norecurse nounwind uwtable "min-legal-vector-width"="128" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" "uniform-work-group-size"="false" }
attributes #1 = { convergent mustprogress nofree nounwind willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { convergent mustprogress nofree nounwind willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { convergent nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { convergent mustprogress nofree norecurse nounwind willreturn memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" "uniform-work-group-size"="false" }
attributes #5 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { convergent nounwind willreturn memory(none) }
attributes #7 = { convergent nounwind willreturn memory(read) }
attributes #8 = { convergent nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!9, !10, !11, !12, !13, !14}
!opencl.ocl.version = !{!15}

!0 = distinct !DICompileUnit(language: DW_LANG_OpenCL, file: !1, isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !2, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "opencl/saxpy_vec4.cl", directory: ".", checksumkind: CSK_MD5, checksum: "2941a161b536d626b9b396e3d610b51c")
!2 = !{!3}
!3 = !DIDerivedType(tag: DW_TAG_typedef, name: "float4", file: !4, line: 204, baseType: !5)
!4 = !DIFile(filename: "/usr/lib/llvm-16/lib/clang/16/include/opencl-c-base.h", directory: "", checksumkind: CSK_MD5, checksum: "e6bbcb51538215c6533a67d5a914b7ae")
!5 = !DICompositeType(tag: DW_TAG_array_type, baseType: !6, size: 128, flags: DIFlagVector, elements: !7)
!6 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!7 = !{!8}
!8 = !DISubrange(count: 4)
!9 = !{i32 7, !"Dwarf Version", i32 5}
!10 = !{i32 2, !"Debug Info Version", i32 3}
!11 = !{i32 1, !"wchar_size", i32 4}
!12 = !{i32 8, !"PIC Level", i32 2}
!13 = !{i32 7, !"PIE Level", i32 2}
!14 = !{i32 7, !"uwtable", i32 2}
!15 = !{i32 2, i32 0}
!16 = distinct !DISubprogram(name: "saxpy_vec4", scope: !1, file: !1, line: 2, type: !17, scopeLine: 2, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !24)
!17 = !DISubroutineType(cc: DW_CC_LLVM_OpenCLKernel, types: !18)
!18 = !{null, !19, !20, !21, !22}
!19 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !6)
!20 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !19, size: 64)
!21 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !6, size: 64)
!22 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !23)
!23 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!24 = !{!25, !26, !27, !28, !29, !30, !31}
!25 = !DILocalVariable(name: "a", arg: 1, scope: !16, file: !1, line: 2, type: !19)
!26 = !DILocalVariable(name: "x", arg: 2, scope: !16, file: !1, line: 2, type: !20)
!27 = !DILocalVariable(name: "y", arg: 3, scope: !16, file: !1, line: 2, type: !21)
!28 = !DILocalVariable(name: "n4", arg: 4, scope: !16, file: !1, line: 2, type: !22)
!29 = !DILocalVariable(name: "i", scope: !16, file: !1, line: 3, type: !23)
!30 = !DILocalVariable(name: "xv", scope: !16, file: !1, line: 5, type: !3)
!31 = !DILocalVariable(name: "yv", scope: !16, file: !1, line: 6, type: !3)
!32 = !{i32 0, i32 1, i32 1, i32 0}
!33 = !{!"none", !"none", !"none", !"none"}
!34 = !{!"float", !"float*", !"float*", !"int"}
!35 = !{!"", !"const", !"", !""}
!36 = !DILocation(line: 0, scope: !16)
!37 = !DILocation(line: 3, column: 13, scope: !16)
!38 = !DILocation(line: 4, column: 11, scope: !39)
!39 = distinct !DILexicalBlock(scope: !16, file: !1, line: 4, column: 9)
!40 = !DILocation(line: 4, column: 9, scope: !16)
!41 = !DILocation(line: 5, column: 24, scope: !16)
!42 = !DILocation(line: 5, column: 17, scope: !16)
!43 = !DILocation(line: 6, column: 17, scope: !16)
!44 = !DILocation(line: 7, column: 17, scope: !16)
!45 = !DILocation(line: 7, column: 13, scope: !16)
!46 = !DILocation(line: 7, column: 5, scope: !16)
!47 = !DILocation(line: 8, column: 1, scope: !16)
!48 = !DISubprogram(name: "get_global_id", linkageName: "_Z13get_global_idj", scope: !1, file: !1, line: 3, type: !49, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !53)
!49 = !DISubroutineType(types: !50)
!50 = !{!51, !52}
!51 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!52 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!53 = !{}
!54 = !DISubprogram(name: "vload4", linkageName: "_Z6vload4mPU9CLgenericKf", scope: !1, file: !1, line: 5, type: !55, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !53)
!55 = !DISubroutineType(types: !56)
!56 = !{!5, !51, !20}
!57 = !DISubprogram(name: "vstore4", linkageName: "_Z7vstore4Dv4_fmPU9CLgenericf", scope: !1, file: !1, line: 7, type: !58, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !53)
!58 = !DISubroutineType(types: !59)
!59 = !{null, !5, !51, !21}
!60 = !DISubprogram(name: "fma", linkageName: "_Z3fmaDv4_fS_S_", scope: !1, file: !1, line: 7, type: !61, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !53)
!61 = !DISubroutineType(types: !62)
!62 = !{!5, !5, !5, !5}
!63 = distinct !DISubprogram(name: "saxpy_tail", scope: !1, file: !1, line: 10, type: !64, scopeLine: 10, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !66)
!64 = !DISubroutineType(cc: DW_CC_LLVM_OpenCLKernel, types: !65)
!65 = !{null, !19, !20, !21, !22, !22}
!66 = !{!67, !68, !69, !70, !71, !72}
!67 = !DILocalVariable(name: "a", arg: 1, scope: !63, file: !1, line: 10, type: !19)
!68 = !DILocalVariable(name: "x", arg: 2, scope: !63, file: !1, line: 10, type: !20)
!69 = !DILocalVariable(name: "y", arg: 3, scope: !63, file: !1, line: 10, type: !21)
!70 = !DILocalVariable(name: "first", arg: 4, scope: !63, file: !1, line: 10, type: !22)
!71 = !DILocalVariable(name: "n", arg: 5, scope: !63, file: !1, line: 10, type: !22)
!72 = !DILocalVariable(name: "i", scope: !63, file: !1, line: 11, type: !23)
!73 = !{i32 0, i32 1, i32 1, i32 0, i32 0}
!74 = !{!"none", !"none", !"none", !"none", !"none"}
!75 = !{!"float", !"float*", !"float*", !"int", !"int"}
!76 = !{!"", !"const", !"", !"", !""}
!77 = !DILocation(line: 0, scope: !63)
!78 = !DILocation(line: 11, column: 21, scope: !63)
!79 = !DILocation(line: 11, column: 13, scope: !63)
!80 = !DILocation(line: 12, column: 11, scope: !81)
!81 = distinct !DILexicalBlock(scope: !63, file: !1, line: 12, column: 9)
!82 = !DILocation(line: 12, column: 9, scope: !63)
!83 = !DILocation(line: 13, column: 23, scope: !81)
!84 = !{!85, !85, i64 0}
!85 = !{!"float", !86, i64 0}
!86 = !{!"omnipotent char", !87, i64 0}
!87 = !{!"Simple C/C++ TBAA"}
!88 = !DILocation(line: 13, column: 29, scope: !81)
!89 = !DILocation(line: 13, column: 16, scope: !81)
!90 = !DILocation(line: 13, column: 14, scope: !81)
!91 = !DILocation(line: 13, column: 9, scope: !81)
!92 = !DILocation(line: 14, column: 1, scope: !63)
!93 = !DISubprogram(name: "fma", linkageName: "_Z3fmafff", scope: !1, file: !1, line: 13, type: !94, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !53)
!94 = !DISubroutineType(types: !95)
!95 = !{!6, !6, !6, !6}
