; ModuleID = 'opencl/mandelbrot_image.cl'
source_filename = "opencl/mandelbrot_image.cl"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: convergent nofree norecurse nounwind memory(argmem: write) uwtable
define dso_local spir_kernel void @mandelbrot_image(ptr nocapture noundef writeonly align 1 %0, i32 noundef %1, i32 noundef %2, float noundef %3, float noundef %4, float noundef %5, i32 noundef %6) local_unnamed_addr #0 !dbg !13 !kernel_arg_addr_space !32 !kernel_arg_access_qual !33 !kernel_arg_type !34 !kernel_arg_base_type !34 !kernel_arg_type_qual !35 {
  call void @llvm.dbg.value(metadata ptr %0, metadata !22, metadata !DIExpression()), !dbg !36
  call void @llvm.dbg.value(metadata i32 %1, metadata !23, metadata !DIExpression()), !dbg !36
  call void @llvm.dbg.value(metadata i32 %2, metadata !24, metadata !DIExpression()), !dbg !36
  call void @llvm.dbg.value(metadata float %3, metadata !25, metadata !DIExpression()), !dbg !36
  call void @llvm.dbg.value(metadata float %4, metadata !26, metadata !DIExpression()), !dbg !36
  call void @llvm.dbg.value(metadata float %5, metadata !27, metadata !DIExpression()), !dbg !36
  call void @llvm.dbg.value(metadata i32 %6, metadata !28, metadata !DIExpression()), !dbg !36
  %8 = tail call i64 @_Z13get_global_idj(i32 noundef 0) #4, !dbg !37
  %9 = trunc i64 %8 to i32, !dbg !37
  call void @llvm.dbg.value(metadata i32 %9, metadata !29, metadata !DIExpression()), !dbg !36
  %10 = tail call i64 @_Z13get_global_idj(i32 noundef 1) #4, !dbg !38
  %11 = trunc i64 %10 to i32, !dbg !38
  call void @llvm.dbg.value(metadata i32 %11, metadata !30, metadata !DIExpression()), !dbg !36
  %12 = icmp slt i32 %9, %1, !dbg !39
  %13 = icmp slt i32 %11, %2
  %14 = select i1 %12, i1 %13, i1 false, !dbg !41
  br i1 %14, label %15, label %50, !dbg !41

15:                                               ; preds = %7
  %16 = sitofp i32 %9 to float, !dbg !42
  %17 = tail call float @llvm.fmuladd.f32(float %16, float %5, float %3), !dbg !43
  %18 = sitofp i32 %11 to float, !dbg !44
  %19 = tail call float @llvm.fmuladd.f32(float %18, float %5, float %4), !dbg !45
  call void @llvm.dbg.value(metadata float %17, metadata !46, metadata !DIExpression()), !dbg !58
  call void @llvm.dbg.value(metadata float %19, metadata !51, metadata !DIExpression()), !dbg !58
  call void @llvm.dbg.value(metadata i32 %6, metadata !52, metadata !DIExpression()), !dbg !58
  call void @llvm.dbg.value(metadata float 0.000000e+00, metadata !53, metadata !DIExpression()), !dbg !58
  call void @llvm.dbg.value(metadata float 0.000000e+00, metadata !54, metadata !DIExpression()), !dbg !58
  call void @llvm.dbg.value(metadata i32 0, metadata !55, metadata !DIExpression()), !dbg !58
  %20 = icmp sgt i32 %6, 0, !dbg !60
  br i1 %20, label %21, label %36, !dbg !61

21:                                               ; preds = %15, %28
  %22 = phi float [ %31, %28 ], [ 0.000000e+00, %15 ]
  %23 = phi i32 [ %34, %28 ], [ 0, %15 ]
  %24 = phi float [ %33, %28 ], [ 0.000000e+00, %15 ]
  call void @llvm.dbg.value(metadata float %22, metadata !53, metadata !DIExpression()), !dbg !58
  call void @llvm.dbg.value(metadata i32 %23, metadata !55, metadata !DIExpression()), !dbg !58
  call void @llvm.dbg.value(metadata float %24, metadata !54, metadata !DIExpression()), !dbg !58
  %25 = fmul float %24, %24, !dbg !62
  %26 = tail call float @llvm.fmuladd.f32(float %22, float %22, float %25), !dbg !63
  %27 = fcmp ugt float %26, 4.000000e+00, !dbg !64
  br i1 %27, label %36, label %28, !dbg !65

28:                                               ; preds = %21
  %29 = fneg float %25, !dbg !66
  %30 = tail call float @llvm.fmuladd.f32(float %22, float %22, float %29), !dbg !66
  %31 = fadd float %17, %30, !dbg !67
  call void @llvm.dbg.value(metadata float %31, metadata !56, metadata !DIExpression()), !dbg !68
  %32 = fmul float %22, 2.000000e+00, !dbg !69
  %33 = tail call float @llvm.fmuladd.f32(float %32, float %24, float %19), !dbg !70
  call void @llvm.dbg.value(metadata float %33, metadata !54, metadata !DIExpression()), !dbg !58
  call void @llvm.dbg.value(metadata float %31, metadata !53, metadata !DIExpression()), !dbg !58
  %34 = add nuw nsw i32 %23, 1, !dbg !71
  call void @llvm.dbg.value(metadata i32 %34, metadata !55, metadata !DIExpression()), !dbg !58
  %35 = icmp eq i32 %34, %6, !dbg !60
  br i1 %35, label %36, label %21, !dbg !61, !llvm.loop !72

36:                                               ; preds = %21, %28, %15
  %37 = phi i32 [ 0, %15 ], [ %23, %21 ], [ %6, %28 ], !dbg !58
  call void @llvm.dbg.value(metadata i32 %37, metadata !31, metadata !DIExpression()), !dbg !36
  %38 = icmp eq i32 %37, %6, !dbg !75
  br i1 %38, label %44, label %39, !dbg !76

39:                                               ; preds = %36
  %40 = mul nsw i32 %37, 255, !dbg !77
  %41 = sdiv i32 %40, %6, !dbg !78
  %42 = trunc i32 %41 to i8, !dbg !76
  %43 = xor i8 %42, -1, !dbg !76
  br label %44, !dbg !76

44:                                               ; preds = %36, %39
  %45 = phi i8 [ %43, %39 ], [ 0, %36 ]
  %46 = mul nsw i32 %11, %1, !dbg !79
  %47 = add nsw i32 %46, %9, !dbg !80
  %48 = sext i32 %47 to i64, !dbg !81
  %49 = getelementptr inbounds i8, ptr %0, i64 %48, !dbg !81
  store i8 %45, ptr %49, align 1, !dbg !82, !tbaa !83
  br label %50, !dbg !86

50:                                               ; preds = %7, %44
  ret void, !dbg !86
}

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare !dbg !87 i64 @_Z13get_global_idj(i32 noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #3

attributes #0 = { convergent nofree norecurse nounwind memory(argmem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" "uniform-work-group-size"="false" }
attributes #1 = { convergent mustprogress nofree nounwind willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { convergent nounwind willreturn memory(none) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!6, !7, !8, !9, !10, !11}
!opencl.ocl.version = !{!12}

!0 = distinct !DICompileUnit(language: DW_LANG_OpenCL, file: !1, isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !2, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "opencl/mandelbrot_image.cl", directory: ".", checksumkind: CSK_MD5, checksum: "1c39112dc981ca9d94f604a9bb20dd98")
!2 = !{!3}
!3 = !DIDerivedType(tag: DW_TAG_typedef, name: "uchar", file: !4, line: 114, baseType: !5)
!4 = !DIFile(filename: "/usr/lib/llvm-16/lib/clang/16/include/opencl-c-base.h", directory: "", checksumkind: CSK_MD5, checksum: "e6bbcb51538215c6533a67d5a914b7ae")
!5 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!6 = !{i32 7, !"Dwarf Version", i32 5}
!7 = !{i32 2, !"Debug Info Version", i32 3}
!8 = !{i32 1, !"wchar_size", i32 4}
!9 = !{i32 8, !"PIC Level", i32 2}
!10 = !{i32 7, !"PIE Level", i32 2}
!11 = !{i32 7, !"uwtable", i32 2}
!12 = !{i32 2, i32 0}
!13 = distinct !DISubprogram(name: "mandelbrot_image", scope: !1, file: !1, line: 14, type: !14, scopeLine: 15, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !21)
!14 = !DISubroutineType(cc: DW_CC_LLVM_OpenCLKernel, types: !15)
!15 = !{null, !16, !17, !17, !19, !19, !19, !17}
!16 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !3, size: 64)
!17 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !18)
!18 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!19 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !20)
!20 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!21 = !{!22, !23, !24, !25, !26, !27, !28, !29, !30, !31}
!22 = !DILocalVariable(name: "pixels", arg: 1, scope: !13, file: !1, line: 14, type: !16)
!23 = !DILocalVariable(name: "width", arg: 2, scope: !13, file: !1, line: 14, type: !17)
!24 = !DILocalVariable(name: "height", arg: 3, scope: !13, file: !1, line: 14, type: !17)
!25 = !DILocalVariable(name: "x0", arg: 4, scope: !13, file: !1, line: 14, type: !19)
!26 = !DILocalVariable(name: "y0", arg: 5, scope: !13, file: !1, line: 15, type: !19)
!27 = !DILocalVariable(name: "step", arg: 6, scope: !13, file: !1, line: 15, type: !19)
!28 = !DILocalVariable(name: "max_iter", arg: 7, scope: !13, file: !1, line: 15, type: !17)
!29 = !DILocalVariable(name: "x", scope: !13, file: !1, line: 16, type: !18)
!30 = !DILocalVariable(name: "y", scope: !13, file: !1, line: 16, type: !18)
!31 = !DILocalVariable(name: "n", scope: !13, file: !1, line: 18, type: !18)
!32 = !{i32 1, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0}
!33 = !{!"none", !"none", !"none", !"none", !"none", !"none", !"none"}
!34 = !{!"uchar*", !"int", !"int", !"float", !"float", !"float", !"int"}
!35 = !{!"", !"", !"", !"", !"", !"", !""}
!36 = !DILocation(line: 0, scope: !13)
!37 = !DILocation(line: 16, column: 13, scope: !13)
!38 = !DILocation(line: 16, column: 35, scope: !13)
!39 = !DILocation(line: 17, column: 11, scope: !40)
!40 = distinct !DILexicalBlock(scope: !13, file: !1, line: 17, column: 9)
!41 = !DILocation(line: 17, column: 20, scope: !40)
!42 = !DILocation(line: 18, column: 30, scope: !13)
!43 = !DILocation(line: 18, column: 28, scope: !13)
!44 = !DILocation(line: 18, column: 45, scope: !13)
!45 = !DILocation(line: 18, column: 43, scope: !13)
!46 = !DILocalVariable(name: "cr", arg: 1, scope: !47, file: !1, line: 2, type: !20)
!47 = distinct !DISubprogram(name: "escape_time", scope: !1, file: !1, line: 2, type: !48, scopeLine: 2, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !50)
!48 = !DISubroutineType(types: !49)
!49 = !{!18, !20, !20, !18}
!50 = !{!46, !51, !52, !53, !54, !55, !56}
!51 = !DILocalVariable(name: "ci", arg: 2, scope: !47, file: !1, line: 2, type: !20)
!52 = !DILocalVariable(name: "max_iter", arg: 3, scope: !47, file: !1, line: 2, type: !18)
!53 = !DILocalVariable(name: "zr", scope: !47, file: !1, line: 3, type: !20)
!54 = !DILocalVariable(name: "zi", scope: !47, file: !1, line: 3, type: !20)
!55 = !DILocalVariable(name: "n", scope: !47, file: !1, line: 4, type: !18)
!56 = !DILocalVariable(name: "t", scope: !57, file: !1, line: 6, type: !20)
!57 = distinct !DILexicalBlock(scope: !47, file: !1, line: 5, column: 55)
!58 = !DILocation(line: 0, scope: !47, inlinedAt: !59)
!59 = distinct !DILocation(line: 18, column: 13, scope: !13)
!60 = !DILocation(line: 5, column: 14, scope: !47, inlinedAt: !59)
!61 = !DILocation(line: 5, column: 25, scope: !47, inlinedAt: !59)
!62 = !DILocation(line: 5, column: 41, scope: !47, inlinedAt: !59)
!63 = !DILocation(line: 5, column: 36, scope: !47, inlinedAt: !59)
!64 = !DILocation(line: 5, column: 46, scope: !47, inlinedAt: !59)
!65 = !DILocation(line: 5, column: 5, scope: !47, inlinedAt: !59)
!66 = !DILocation(line: 6, column: 27, scope: !57, inlinedAt: !59)
!67 = !DILocation(line: 6, column: 37, scope: !57, inlinedAt: !59)
!68 = !DILocation(line: 0, scope: !57, inlinedAt: !59)
!69 = !DILocation(line: 7, column: 19, scope: !57, inlinedAt: !59)
!70 = !DILocation(line: 7, column: 29, scope: !57, inlinedAt: !59)
!71 = !DILocation(line: 9, column: 10, scope: !57, inlinedAt: !59)
!72 = distinct !{!72, !65, !73, !74}
!73 = !DILocation(line: 10, column: 5, scope: !47, inlinedAt: !59)
!74 = !{!"llvm.loop.unroll.disable"}
!75 = !DILocation(line: 19, column: 32, scope: !13)
!76 = !DILocation(line: 19, column: 29, scope: !13)
!77 = !DILocation(line: 19, column: 68, scope: !13)
!78 = !DILocation(line: 19, column: 75, scope: !13)
!79 = !DILocation(line: 19, column: 14, scope: !13)
!80 = !DILocation(line: 19, column: 22, scope: !13)
!81 = !DILocation(line: 19, column: 5, scope: !13)
!82 = !DILocation(line: 19, column: 27, scope: !13)
!83 = !{!84, !84, i64 0}
!84 = !{!"omnipotent char", !85, i64 0}
!85 = !{!"Simple C/C++ TBAA"}
!86 = !DILocation(line: 20, column: 1, scope: !13)
!87 = !DISubprogram(name: "get_global_id", linkageName: "_Z13get_global_idj", scope: !1, file: !1, line: 16, type: !88, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !92)
!88 = !DISubroutineType(types: !89)
!89 = !{!90, !91}
!90 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!91 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!92 = !{}
