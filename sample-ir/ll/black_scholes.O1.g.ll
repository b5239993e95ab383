; ModuleID = 'opencl/black_scholes.cl'
source_filename = "opencl/black_scholes.cl"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: convergent mustprogress nofree norecurse nounwind willreturn memory(argmem: readwrite) uwtable
define dso_local spir_kernel void @black_scholes(ptr nocapture noundef readonly align 4 %0, ptr nocapture noundef readonly align 4 %1, ptr nocapture noundef readonly align 4 %2, ptr nocapture noundef writeonly align 4 %3, ptr nocapture noundef writeonly align 4 %4, float noundef %5, float noundef %6, i32 noundef %7) local_unnamed_addr #0 !dbg !9 !kernel_arg_addr_space !35 !kernel_arg_access_qual !36 !kernel_arg_type !37 !kernel_arg_base_type !37 !kernel_arg_type_qual !38 {
  call void @llvm.dbg.value(metadata ptr %0, metadata !19, metadata !DIExpression()), !dbg !39
  call void @llvm.dbg.value(metadata ptr %1, metadata !20, metadata !DIExpression()), !dbg !39
  call void @llvm.dbg.value(metadata ptr %2, metadata !21, metadata !DIExpression()), !dbg !39
  call void @llvm.dbg.value(metadata ptr %3, metadata !22, metadata !DIExpression()), !dbg !39
  call void @llvm.dbg.value(metadata ptr %4, metadata !23, metadata !DIExpression()), !dbg !39
  call void @llvm.dbg.value(metadata float %5, metadata !24, metadata !DIExpression()), !dbg !39
  call void @llvm.dbg.value(metadata float %6, metadata !25, metadata !DIExpression()), !dbg !39
  call void @llvm.dbg.value(metadata i32 %7, metadata !26, metadata !DIExpression()), !dbg !39
  %9 = tail call i64 @_Z13get_global_idj(i32 noundef 0) #4, !dbg !40
  %10 = trunc i64 %9 to i32, !dbg !40
  call void @llvm.dbg.value(metadata i32 %10, metadata !27, metadata !DIExpression()), !dbg !39
  %11 = icmp slt i32 %10, %7, !dbg !41
  br i1 %11, label %12, label %109, !dbg !43

12:                                               ; preds = %8
  %13 = shl i64 %9, 32, !dbg !44
  %14 = ashr exact i64 %13, 32, !dbg !44
  %15 = getelementptr inbounds float, ptr %0, i64 %14, !dbg !44
  %16 = load float, ptr %15, align 4, !dbg !44, !tbaa !45
  call void @llvm.dbg.value(metadata float %16, metadata !28, metadata !DIExpression()), !dbg !39
  %17 = getelementptr inbounds float, ptr %1, i64 %14, !dbg !49
  %18 = load float, ptr %17, align 4, !dbg !49, !tbaa !45
  call void @llvm.dbg.value(metadata float %18, metadata !29, metadata !DIExpression()), !dbg !39
  %19 = getelementptr inbounds float, ptr %2, i64 %14, !dbg !50
  %20 = load float, ptr %19, align 4, !dbg !50, !tbaa !45
  call void @llvm.dbg.value(metadata float %20, metadata !30, metadata !DIExpression()), !dbg !39
  %21 = tail call float @_Z4sqrtf(float noundef %20) #4, !dbg !51
  call void @llvm.dbg.value(metadata float %21, metadata !31, metadata !DIExpression()), !dbg !39
  %22 = fdiv float %16, %18, !dbg !52, !fpmath !53
  %23 = tail call float @_Z3logf(float noundef %22) #4, !dbg !54
  %24 = fmul float %6, 5.000000e-01, !dbg !55
  %25 = tail call float @llvm.fmuladd.f32(float %24, float %6, float %5), !dbg !56
  %26 = tail call float @llvm.fmuladd.f32(float %25, float %20, float %23), !dbg !57
  %27 = fmul float %21, %6, !dbg !58
  %28 = fdiv float %26, %27, !dbg !59, !fpmath !53
  call void @llvm.dbg.value(metadata float %28, metadata !32, metadata !DIExpression()), !dbg !39
  %29 = fneg float %6, !dbg !60
  %30 = tail call float @llvm.fmuladd.f32(float %29, float %21, float %28), !dbg !60
  call void @llvm.dbg.value(metadata float %30, metadata !33, metadata !DIExpression()), !dbg !39
  %31 = fneg float %5, !dbg !61
  %32 = fmul float %20, %31, !dbg !62
  %33 = tail call float @_Z3expf(float noundef %32) #4, !dbg !63
  call void @llvm.dbg.value(metadata float %33, metadata !34, metadata !DIExpression()), !dbg !39
  call void @llvm.dbg.value(metadata float %28, metadata !64, metadata !DIExpression()), !dbg !77
  call void @llvm.dbg.value(metadata float 0x3FD470BF40000000, metadata !69, metadata !DIExpression()), !dbg !77
  call void @llvm.dbg.value(metadata float 0xBFD6D1F0E0000000, metadata !70, metadata !DIExpression()), !dbg !77
  call void @llvm.dbg.value(metadata float 0x3FFC80EF00000000, metadata !71, metadata !DIExpression()), !dbg !77
  call void @llvm.dbg.value(metadata float 0xBFFD23DD40000000, metadata !72, metadata !DIExpression()), !dbg !77
  call void @llvm.dbg.value(metadata float 0x3FF548CDE0000000, metadata !73, metadata !DIExpression()), !dbg !77
  %34 = tail call float @_Z4fabsf(float noundef %28) #4, !dbg !79
  %35 = tail call float @llvm.fmuladd.f32(float %34, float 0x3FCDA67120000000, float 1.000000e+00), !dbg !80
  %36 = fdiv float 1.000000e+00, %35, !dbg !81, !fpmath !53
  call void @llvm.dbg.value(metadata float %36, metadata !74, metadata !DIExpression()), !dbg !77
  %37 = tail call float @llvm.fmuladd.f32(float %36, float 0x3FF548CDE0000000, float 0xBFFD23DD40000000), !dbg !82
  %38 = tail call float @llvm.fmuladd.f32(float %36, float %37, float 0x3FFC80EF00000000), !dbg !83
  %39 = tail call float @llvm.fmuladd.f32(float %36, float %38, float 0xBFD6D1F0E0000000), !dbg !84
  %40 = tail call float @llvm.fmuladd.f32(float %36, float %39, float 0x3FD470BF40000000), !dbg !85
  %41 = fmul float %36, %40, !dbg !86
  call void @llvm.dbg.value(metadata float %41, metadata !75, metadata !DIExpression()), !dbg !77
  %42 = fmul float %28, -5.000000e-01, !dbg !87
  %43 = fmul float %28, %42, !dbg !88
  %44 = tail call float @_Z3expf(float noundef %43) #4, !dbg !89
  %45 = fmul float %44, 0x3FD9884540000000, !dbg !90
  %46 = fmul float %45, %41, !dbg !91
  call void @llvm.dbg.value(metadata float %46, metadata !76, metadata !DIExpression()), !dbg !77
  %47 = fcmp ogt float %28, 0.000000e+00, !dbg !92
  %48 = fsub float 1.000000e+00, %46, !dbg !93
  %49 = select i1 %47, float %48, float %46, !dbg !93
  %50 = fmul float %18, %33, !dbg !94
  call void @llvm.dbg.value(metadata float %30, metadata !64, metadata !DIExpression()), !dbg !95
  call void @llvm.dbg.value(metadata float 0x3FD470BF40000000, metadata !69, metadata !DIExpression()), !dbg !95
  call void @llvm.dbg.value(metadata float 0xBFD6D1F0E0000000, metadata !70, metadata !DIExpression()), !dbg !95
  call void @llvm.dbg.value(metadata float 0x3FFC80EF00000000, metadata !71, metadata !DIExpression()), !dbg !95
  call void @llvm.dbg.value(metadata float 0xBFFD23DD40000000, metadata !72, metadata !DIExpression()), !dbg !95
  call void @llvm.dbg.value(metadata float 0x3FF548CDE0000000, metadata !73, metadata !DIExpression()), !dbg !95
  %51 = tail call float @_Z4fabsf(float noundef %30) #4, !dbg !97
  %52 = tail call float @llvm.fmuladd.f32(float %51, float 0x3FCDA67120000000, float 1.000000e+00), !dbg !98
  %53 = fdiv float 1.000000e+00, %52, !dbg !99, !fpmath !53
  call void @llvm.dbg.value(metadata float %53, metadata !74, metadata !DIExpression()), !dbg !95
  %54 = tail call float @llvm.fmuladd.f32(float %53, float 0x3FF548CDE0000000, float 0xBFFD23DD40000000), !dbg !100
  %55 = tail call float @llvm.fmuladd.f32(float %53, float %54, float 0x3FFC80EF00000000), !dbg !101
  %56 = tail call float @llvm.fmuladd.f32(float %53, float %55, float 0xBFD6D1F0E0000000), !dbg !102
  %57 = tail call float @llvm.fmuladd.f32(float %53, float %56, float 0x3FD470BF40000000), !dbg !103
  %58 = fmul float %53, %57, !dbg !104
  call void @llvm.dbg.value(metadata float %58, metadata !75, metadata !DIExpression()), !dbg !95
  %59 = fmul float %30, -5.000000e-01, !dbg !105
  %60 = fmul float %30, %59, !dbg !106
  %61 = tail call float @_Z3expf(float noundef %60) #4, !dbg !107
  %62 = fmul float %61, 0x3FD9884540000000, !dbg !108
  %63 = fmul float %62, %58, !dbg !109
  call void @llvm.dbg.value(metadata float %63, metadata !76, metadata !DIExpression()), !dbg !95
  %64 = fcmp ogt float %30, 0.000000e+00, !dbg !110
  %65 = fsub float 1.000000e+00, %63, !dbg !111
  %66 = select i1 %64, float %65, float %63, !dbg !111
  %67 = fneg float %50, !dbg !112
  %68 = fmul float %66, %67, !dbg !112
  %69 = tail call float @llvm.fmuladd.f32(float %16, float %49, float %68), !dbg !112
  %70 = getelementptr inbounds float, ptr %3, i64 %14, !dbg !113
  store float %69, ptr %70, align 4, !dbg !114, !tbaa !45
  %71 = fneg float %30, !dbg !115
  call void @llvm.dbg.value(metadata float %71, metadata !64, metadata !DIExpression()), !dbg !116
  call void @llvm.dbg.value(metadata float 0x3FD470BF40000000, metadata !69, metadata !DIExpression()), !dbg !116
  call void @llvm.dbg.value(metadata float 0xBFD6D1F0E0000000, metadata !70, metadata !DIExpression()), !dbg !116
  call void @llvm.dbg.value(metadata float 0x3FFC80EF00000000, metadata !71, metadata !DIExpression()), !dbg !116
  call void @llvm.dbg.value(metadata float 0xBFFD23DD40000000, metadata !72, metadata !DIExpression()), !dbg !116
  call void @llvm.dbg.value(metadata float 0x3FF548CDE0000000, metadata !73, metadata !DIExpression()), !dbg !116
  %72 = tail call float @_Z4fabsf(float noundef %71) #4, !dbg !118
  %73 = tail call float @llvm.fmuladd.f32(float %72, float 0x3FCDA67120000000, float 1.000000e+00), !dbg !119
  %74 = fdiv float 1.000000e+00, %73, !dbg !120, !fpmath !53
  call void @llvm.dbg.value(metadata float %74, metadata !74, metadata !DIExpression()), !dbg !116
  %75 = tail call float @llvm.fmuladd.f32(float %74, float 0x3FF548CDE0000000, float 0xBFFD23DD40000000), !dbg !121
  %76 = tail call float @llvm.fmuladd.f32(float %74, float %75, float 0x3FFC80EF00000000), !dbg !122
  %77 = tail call float @llvm.fmuladd.f32(float %74, float %76, float 0xBFD6D1F0E0000000), !dbg !123
  %78 = tail call float @llvm.fmuladd.f32(float %74, float %77, float 0x3FD470BF40000000), !dbg !124
  %79 = fmul float %74, %78, !dbg !125
  call void @llvm.dbg.value(metadata float %79, metadata !75, metadata !DIExpression()), !dbg !116
  %80 = fmul float %30, 5.000000e-01, !dbg !126
  %81 = fmul float %80, %71, !dbg !127
  %82 = tail call float @_Z3expf(float noundef %81) #4, !dbg !128
  %83 = fmul float %82, 0x3FD9884540000000, !dbg !129
  %84 = fmul float %83, %79, !dbg !130
  call void @llvm.dbg.value(metadata float %84, metadata !76, metadata !DIExpression()), !dbg !116
  %85 = fcmp olt float %30, 0.000000e+00, !dbg !131
  %86 = fsub float 1.000000e+00, %84, !dbg !132
  %87 = select i1 %85, float %86, float %84, !dbg !132
  %88 = fneg float %28, !dbg !133
  call void @llvm.dbg.value(metadata float %88, metadata !64, metadata !DIExpression()), !dbg !134
  call void @llvm.dbg.value(metadata float 0x3FD470BF40000000, metadata !69, metadata !DIExpression()), !dbg !134
  call void @llvm.dbg.value(metadata float 0xBFD6D1F0E0000000, metadata !70, metadata !DIExpression()), !dbg !134
  call void @llvm.dbg.value(metadata float 0x3FFC80EF00000000, metadata !71, metadata !DIExpression()), !dbg !134
  call void @llvm.dbg.value(metadata float 0xBFFD23DD40000000, metadata !72, metadata !DIExpression()), !dbg !134
  call void @llvm.dbg.value(metadata float 0x3FF548CDE0000000, metadata !73, metadata !DIExpression()), !dbg !134
  %89 = tail call float @_Z4fabsf(float noundef %88) #4, !dbg !136
  %90 = tail call float @llvm.fmuladd.f32(float %89, float 0x3FCDA67120000000, float 1.000000e+00), !dbg !137
  %91 = fdiv float 1.000000e+00, %90, !dbg !138, !fpmath !53
  call void @llvm.dbg.value(metadata float %91, metadata !74, metadata !DIExpression()), !dbg !134
  %92 = tail call float @llvm.fmuladd.f32(float %91, float 0x3FF548CDE0000000, float 0xBFFD23DD40000000), !dbg !139
  %93 = tail call float @llvm.fmuladd.f32(float %91, float %92, float 0x3FFC80EF00000000), !dbg !140
  %94 = tail call float @llvm.fmuladd.f32(float %91, float %93, float 0xBFD6D1F0E0000000), !dbg !141
  %95 = tail call float @llvm.fmuladd.f32(float %91, float %94, float 0x3FD470BF40000000), !dbg !142
  %96 = fmul float %91, %95, !dbg !143
  call void @llvm.dbg.value(metadata float %96, metadata !75, metadata !DIExpression()), !dbg !134
  %97 = fmul float %28, 5.000000e-01, !dbg !144
  %98 = fmul float %97, %88, !dbg !145
  %99 = tail call float @_Z3expf(float noundef %98) #4, !dbg !146
  %100 = fmul float %99, 0x3FD9884540000000, !dbg !147
  %101 = fmul float %100, %96, !dbg !148
  call void @llvm.dbg.value(metadata float %101, metadata !76, metadata !DIExpression()), !dbg !134
  %102 = fcmp olt float %28, 0.000000e+00, !dbg !149
  %103 = fsub float 1.000000e+00, %101, !dbg !150
  %104 = select i1 %102, float %103, float %101, !dbg !150
  %105 = fneg float %16, !dbg !151
  %106 = fmul float %104, %105, !dbg !151
  %107 = tail call float @llvm.fmuladd.f32(float %50, float %87, float %106), !dbg !151
  %108 = getelementptr inbounds float, ptr %4, i64 %14, !dbg !152
  store float %107, ptr %108, align 4, !dbg !153, !tbaa !45
  br label %109, !dbg !154

109:                                              ; preds = %8, %12
  ret void, !dbg !154
}

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare !dbg !155 i64 @_Z13get_global_idj(i32 noundef) local_unnamed_addr #1

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare !dbg !161 float @_Z4sqrtf(float noundef) local_unnamed_addr #1

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare !dbg !162 float @_Z3logf(float noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #2

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare !dbg !163 float @_Z3expf(float noundef) local_unnamed_addr #1

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare !dbg !164 float @_Z4fabsf(float noundef) local_unnamed_addr #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #3

attributes #0 = { convergent mustprogress nofree norecurse nounwind willreturn memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" "uniform-work-group-size"="false" }
attributes #1 = { convergent mustprogress nofree nounwind willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { convergent nounwind willreturn memory(none) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6, !7}
!opencl.ocl.version = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_OpenCL, file: !1, isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "opencl/black_scholes.cl", directory: ".", checksumkind: CSK_MD5, checksum: "79b3aac60ad762db536763aafe5fa9d1")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 8, !"PIC Level", i32 2}
!6 = !{i32 7, !"PIE Level", i32 2}
!7 = !{i32 7, !"uwtable", i32 2}
!8 = !{i32 2, i32 0}
!9 = distinct !DISubprogram(name: "black_scholes", scope: !1, file: !1, line: 11, type: !10, scopeLine: 13, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !18)
!10 = !DISubroutineType(cc: DW_CC_LLVM_OpenCLKernel, types: !11)
!11 = !{null, !12, !12, !12, !15, !15, !13, !13, !16}
!12 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !13, size: 64)
!13 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !14)
!14 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!15 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !14, size: 64)
!16 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !17)
!17 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!18 = !{!19, !20, !21, !22, !23, !24, !25, !26, !27, !28, !29, !30, !31, !32, !33, !34}
!19 = !DILocalVariable(name: "spot", arg: 1, scope: !9, file: !1, line: 11, type: !12)
!20 = !DILocalVariable(name: "strike", arg: 2, scope: !9, file: !1, line: 11, type: !12)
!21 = !DILocalVariable(name: "years", arg: 3, scope: !9, file: !1, line: 11, type: !12)
!22 = !DILocalVariable(name: "call", arg: 4, scope: !9, file: !1, line: 12, type: !15)
!23 = !DILocalVariable(name: "put", arg: 5, scope: !9, file: !1, line: 12, type: !15)
!24 = !DILocalVariable(name: "rate", arg: 6, scope: !9, file: !1, line: 12, type: !13)
!25 = !DILocalVariable(name: "volatility", arg: 7, scope: !9, file: !1, line: 12, type: !13)
!26 = !DILocalVariable(name: "n", arg: 8, scope: !9, file: !1, line: 13, type: !16)
!27 = !DILocalVariable(name: "i", scope: !9, file: !1, line: 14, type: !17)
!28 = !DILocalVariable(name: "s", scope: !9, file: !1, line: 16, type: !14)
!29 = !DILocalVariable(name: "x", scope: !9, file: !1, line: 16, type: !14)
!30 = !DILocalVariable(name: "t", scope: !9, file: !1, line: 16, type: !14)
!31 = !DILocalVariable(name: "sqrt_t", scope: !9, file: !1, line: 17, type: !14)
!32 = !DILocalVariable(name: "d1", scope: !9, file: !1, line: 18, type: !14)
!33 = !DILocalVariable(name: "d2", scope: !9, file: !1, line: 19, type: !14)
!34 = !DILocalVariable(name: "discount", scope: !9, file: !1, line: 20, type: !14)
!35 = !{i32 1, i32 1, i32 1, i32 1, i32 1, i32 0, i32 0, i32 0}
!36 = !{!"none", !"none", !"none", !"none", !"none", !"none", !"none", !"none"}
!37 = !{!"float*", !"float*", !"float*", !"float*", !"float*", !"float", !"float", !"int"}
!38 = !{!"const", !"const", !"const", !"", !"", !"", !"", !""}
!39 = !DILocation(line: 0, scope: !9)
!40 = !DILocation(line: 14, column: 13, scope: !9)
!41 = !DILocation(line: 15, column: 11, scope: !42)
!42 = distinct !DILexicalBlock(scope: !9, file: !1, line: 15, column: 9)
!43 = !DILocation(line: 15, column: 9, scope: !9)
!44 = !DILocation(line: 16, column: 15, scope: !9)
!45 = !{!46, !46, i64 0}
!46 = !{!"float", !47, i64 0}
!47 = !{!"omnipotent char", !48, i64 0}
!48 = !{!"Simple C/C++ TBAA"}
!49 = !DILocation(line: 16, column: 28, scope: !9)
!50 = !DILocation(line: 16, column: 43, scope: !9)
!51 = !DILocation(line: 17, column: 20, scope: !9)
!52 = !DILocation(line: 18, column: 23, scope: !9)
!53 = !{float 2.500000e+00}
!54 = !DILocation(line: 18, column: 17, scope: !9)
!55 = !DILocation(line: 18, column: 43, scope: !9)
!56 = !DILocation(line: 18, column: 36, scope: !9)
!57 = !DILocation(line: 18, column: 28, scope: !9)
!58 = !DILocation(line: 18, column: 89, scope: !9)
!59 = !DILocation(line: 18, column: 75, scope: !9)
!60 = !DILocation(line: 19, column: 19, scope: !9)
!61 = !DILocation(line: 20, column: 26, scope: !9)
!62 = !DILocation(line: 20, column: 32, scope: !9)
!63 = !DILocation(line: 20, column: 22, scope: !9)
!64 = !DILocalVariable(name: "d", arg: 1, scope: !65, file: !1, line: 3, type: !14)
!65 = distinct !DISubprogram(name: "cnd", scope: !1, file: !1, line: 3, type: !66, scopeLine: 3, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !68)
!66 = !DISubroutineType(types: !67)
!67 = !{!14, !14}
!68 = !{!64, !69, !70, !71, !72, !73, !74, !75, !76}
!69 = !DILocalVariable(name: "a1", scope: !65, file: !1, line: 4, type: !13)
!70 = !DILocalVariable(name: "a2", scope: !65, file: !1, line: 4, type: !13)
!71 = !DILocalVariable(name: "a3", scope: !65, file: !1, line: 4, type: !13)
!72 = !DILocalVariable(name: "a4", scope: !65, file: !1, line: 4, type: !13)
!73 = !DILocalVariable(name: "a5", scope: !65, file: !1, line: 4, type: !13)
!74 = !DILocalVariable(name: "k", scope: !65, file: !1, line: 5, type: !14)
!75 = !DILocalVariable(name: "poly", scope: !65, file: !1, line: 6, type: !14)
!76 = !DILocalVariable(name: "c", scope: !65, file: !1, line: 7, type: !14)
!77 = !DILocation(line: 0, scope: !65, inlinedAt: !78)
!78 = distinct !DILocation(line: 21, column: 19, scope: !9)
!79 = !DILocation(line: 5, column: 43, scope: !65, inlinedAt: !78)
!80 = !DILocation(line: 5, column: 28, scope: !65, inlinedAt: !78)
!81 = !DILocation(line: 5, column: 20, scope: !65, inlinedAt: !78)
!82 = !DILocation(line: 6, column: 56, scope: !65, inlinedAt: !78)
!83 = !DILocation(line: 6, column: 46, scope: !65, inlinedAt: !78)
!84 = !DILocation(line: 6, column: 36, scope: !65, inlinedAt: !78)
!85 = !DILocation(line: 6, column: 26, scope: !65, inlinedAt: !78)
!86 = !DILocation(line: 6, column: 20, scope: !65, inlinedAt: !78)
!87 = !DILocation(line: 7, column: 41, scope: !65, inlinedAt: !78)
!88 = !DILocation(line: 7, column: 45, scope: !65, inlinedAt: !78)
!89 = !DILocation(line: 7, column: 31, scope: !65, inlinedAt: !78)
!90 = !DILocation(line: 7, column: 29, scope: !65, inlinedAt: !78)
!91 = !DILocation(line: 7, column: 50, scope: !65, inlinedAt: !78)
!92 = !DILocation(line: 8, column: 14, scope: !65, inlinedAt: !78)
!93 = !DILocation(line: 8, column: 12, scope: !65, inlinedAt: !78)
!94 = !DILocation(line: 21, column: 31, scope: !9)
!95 = !DILocation(line: 0, scope: !65, inlinedAt: !96)
!96 = distinct !DILocation(line: 21, column: 44, scope: !9)
!97 = !DILocation(line: 5, column: 43, scope: !65, inlinedAt: !96)
!98 = !DILocation(line: 5, column: 28, scope: !65, inlinedAt: !96)
!99 = !DILocation(line: 5, column: 20, scope: !65, inlinedAt: !96)
!100 = !DILocation(line: 6, column: 56, scope: !65, inlinedAt: !96)
!101 = !DILocation(line: 6, column: 46, scope: !65, inlinedAt: !96)
!102 = !DILocation(line: 6, column: 36, scope: !65, inlinedAt: !96)
!103 = !DILocation(line: 6, column: 26, scope: !65, inlinedAt: !96)
!104 = !DILocation(line: 6, column: 20, scope: !65, inlinedAt: !96)
!105 = !DILocation(line: 7, column: 41, scope: !65, inlinedAt: !96)
!106 = !DILocation(line: 7, column: 45, scope: !65, inlinedAt: !96)
!107 = !DILocation(line: 7, column: 31, scope: !65, inlinedAt: !96)
!108 = !DILocation(line: 7, column: 29, scope: !65, inlinedAt: !96)
!109 = !DILocation(line: 7, column: 50, scope: !65, inlinedAt: !96)
!110 = !DILocation(line: 8, column: 14, scope: !65, inlinedAt: !96)
!111 = !DILocation(line: 8, column: 12, scope: !65, inlinedAt: !96)
!112 = !DILocation(line: 21, column: 27, scope: !9)
!113 = !DILocation(line: 21, column: 5, scope: !9)
!114 = !DILocation(line: 21, column: 13, scope: !9)
!115 = !DILocation(line: 22, column: 33, scope: !9)
!116 = !DILocation(line: 0, scope: !65, inlinedAt: !117)
!117 = distinct !DILocation(line: 22, column: 29, scope: !9)
!118 = !DILocation(line: 5, column: 43, scope: !65, inlinedAt: !117)
!119 = !DILocation(line: 5, column: 28, scope: !65, inlinedAt: !117)
!120 = !DILocation(line: 5, column: 20, scope: !65, inlinedAt: !117)
!121 = !DILocation(line: 6, column: 56, scope: !65, inlinedAt: !117)
!122 = !DILocation(line: 6, column: 46, scope: !65, inlinedAt: !117)
!123 = !DILocation(line: 6, column: 36, scope: !65, inlinedAt: !117)
!124 = !DILocation(line: 6, column: 26, scope: !65, inlinedAt: !117)
!125 = !DILocation(line: 6, column: 20, scope: !65, inlinedAt: !117)
!126 = !DILocation(line: 7, column: 41, scope: !65, inlinedAt: !117)
!127 = !DILocation(line: 7, column: 45, scope: !65, inlinedAt: !117)
!128 = !DILocation(line: 7, column: 31, scope: !65, inlinedAt: !117)
!129 = !DILocation(line: 7, column: 29, scope: !65, inlinedAt: !117)
!130 = !DILocation(line: 7, column: 50, scope: !65, inlinedAt: !117)
!131 = !DILocation(line: 8, column: 14, scope: !65, inlinedAt: !117)
!132 = !DILocation(line: 8, column: 12, scope: !65, inlinedAt: !117)
!133 = !DILocation(line: 22, column: 48, scope: !9)
!134 = !DILocation(line: 0, scope: !65, inlinedAt: !135)
!135 = distinct !DILocation(line: 22, column: 44, scope: !9)
!136 = !DILocation(line: 5, column: 43, scope: !65, inlinedAt: !135)
!137 = !DILocation(line: 5, column: 28, scope: !65, inlinedAt: !135)
!138 = !DILocation(line: 5, column: 20, scope: !65, inlinedAt: !135)
!139 = !DILocation(line: 6, column: 56, scope: !65, inlinedAt: !135)
!140 = !DILocation(line: 6, column: 46, scope: !65, inlinedAt: !135)
!141 = !DILocation(line: 6, column: 36, scope: !65, inlinedAt: !135)
!142 = !DILocation(line: 6, column: 26, scope: !65, inlinedAt: !135)
!143 = !DILocation(line: 6, column: 20, scope: !65, inlinedAt: !135)
!144 = !DILocation(line: 7, column: 41, scope: !65, inlinedAt: !135)
!145 = !DILocation(line: 7, column: 45, scope: !65, inlinedAt: !135)
!146 = !DILocation(line: 7, column: 31, scope: !65, inlinedAt: !135)
!147 = !DILocation(line: 7, column: 29, scope: !65, inlinedAt: !135)
!148 = !DILocation(line: 7, column: 50, scope: !65, inlinedAt: !135)
!149 = !DILocation(line: 8, column: 14, scope: !65, inlinedAt: !135)
!150 = !DILocation(line: 8, column: 12, scope: !65, inlinedAt: !135)
!151 = !DILocation(line: 22, column: 38, scope: !9)
!152 = !DILocation(line: 22, column: 5, scope: !9)
!153 = !DILocation(line: 22, column: 12, scope: !9)
!154 = !DILocation(line: 23, column: 1, scope: !9)
!155 = !DISubprogram(name: "get_global_id", linkageName: "_Z13get_global_idj", scope: !1, file: !1, line: 14, type: !156, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !160)
!156 = !DISubroutineType(types: !157)
!157 = !{!158, !159}
!158 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!159 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!160 = !{}
!161 = !DISubprogram(name: "sqrt", linkageName: "_Z4sqrtf", scope: !1, file: !1, line: 17, type: !66, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !160)
!162 = !DISubprogram(name: "log", linkageName: "_Z3logf", scope: !1, file: !1, line: 18, type: !66, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !160)
!163 = !DISubprogram(name: "exp", linkageName: "_Z3expf", scope: !1, file: !1, line: 20, type: !66, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !160)
!164 = !DISubprogram(name: "fabs", linkageName: "_Z4fabsf", scope: !1, file: !1, line: 5, type: !66, flags: DIFlagArtificial | DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !160)
