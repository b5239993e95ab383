; ModuleID = 'c/mandelbrot.c'
source_filename = "c/mandelbrot.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@main.shades = internal unnamed_addr constant [11 x i8] c" .:-=+*#%@\00", align 1, !dbg !0
@.str = private unnamed_addr constant [44 x i8] c"mandelbrot inside=%ld total iterations=%ld\0A\00", align 1, !dbg !9

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 !dbg !2 {
  %1 = alloca [65 x i8], align 16
  call void @llvm.dbg.value(metadata i64 0, metadata !16, metadata !DIExpression()), !dbg !45
  call void @llvm.dbg.value(metadata i64 0, metadata !18, metadata !DIExpression()), !dbg !45
  call void @llvm.dbg.value(metadata i32 0, metadata !19, metadata !DIExpression()), !dbg !46
  %2 = getelementptr inbounds [65 x i8], ptr %1, i64 0, i64 64
  call void @llvm.dbg.value(metadata i64 0, metadata !16, metadata !DIExpression()), !dbg !45
  call void @llvm.dbg.value(metadata i64 0, metadata !18, metadata !DIExpression()), !dbg !45
  call void @llvm.dbg.value(metadata i32 0, metadata !19, metadata !DIExpression()), !dbg !46
  br label %5, !dbg !47

3:                                                ; preds = %13
  %4 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i64 noundef %47, i64 noundef %44), !dbg !48
  call void @llvm.dbg.value(metadata double 0.000000e+00, metadata !49, metadata !DIExpression()), !dbg !60
  call void @llvm.dbg.value(metadata double 0.000000e+00, metadata !54, metadata !DIExpression()), !dbg !60
  call void @llvm.dbg.value(metadata double 0.000000e+00, metadata !55, metadata !DIExpression()), !dbg !60
  call void @llvm.dbg.value(metadata double 0.000000e+00, metadata !56, metadata !DIExpression()), !dbg !60
  call void @llvm.dbg.value(metadata i32 0, metadata !57, metadata !DIExpression()), !dbg !60
  call void @llvm.dbg.value(metadata double poison, metadata !55, metadata !DIExpression()), !dbg !60
  call void @llvm.dbg.value(metadata i32 poison, metadata !57, metadata !DIExpression()), !dbg !60
  call void @llvm.dbg.value(metadata double poison, metadata !56, metadata !DIExpression()), !dbg !60
  call void @llvm.dbg.value(metadata double poison, metadata !58, metadata !DIExpression()), !dbg !62
  br label %56, !dbg !63

5:                                                ; preds = %0, %13
  %6 = phi i64 [ 0, %0 ], [ %47, %13 ]
  %7 = phi i64 [ 0, %0 ], [ %44, %13 ]
  %8 = phi i32 [ 0, %0 ], [ %15, %13 ]
  call void @llvm.dbg.value(metadata i64 %6, metadata !16, metadata !DIExpression()), !dbg !45
  call void @llvm.dbg.value(metadata i64 %7, metadata !18, metadata !DIExpression()), !dbg !45
  call void @llvm.dbg.value(metadata i32 %8, metadata !19, metadata !DIExpression()), !dbg !46
  call void @llvm.lifetime.start.p0(i64 65, ptr nonnull %1) #5, !dbg !65
  call void @llvm.dbg.declare(metadata ptr %1, metadata !21, metadata !DIExpression()), !dbg !66
  call void @llvm.dbg.value(metadata i32 0, metadata !27, metadata !DIExpression()), !dbg !67
  %9 = sitofp i32 %8 to double
  %10 = fmul double %9, 2.400000e+00
  %11 = fdiv double %10, 2.300000e+01
  %12 = fadd double %11, -1.200000e+00
  call void @llvm.dbg.value(metadata i64 %6, metadata !16, metadata !DIExpression()), !dbg !45
  call void @llvm.dbg.value(metadata i64 %7, metadata !18, metadata !DIExpression()), !dbg !45
  call void @llvm.dbg.value(metadata i32 0, metadata !27, metadata !DIExpression()), !dbg !67
  br label %17, !dbg !68

13:                                               ; preds = %41
  store i8 0, ptr %2, align 16, !dbg !69, !tbaa !70
  %14 = call i32 @puts(ptr noundef nonnull dereferenceable(1) %1), !dbg !73
  call void @llvm.lifetime.end.p0(i64 65, ptr nonnull %1) #5, !dbg !74
  %15 = add nuw nsw i32 %8, 1, !dbg !75
  call void @llvm.dbg.value(metadata i64 %47, metadata !16, metadata !DIExpression()), !dbg !45
  call void @llvm.dbg.value(metadata i64 %44, metadata !18, metadata !DIExpression()), !dbg !45
  call void @llvm.dbg.value(metadata i32 %15, metadata !19, metadata !DIExpression()), !dbg !46
  %16 = icmp eq i32 %15, 24, !dbg !76
  br i1 %16, label %3, label %5, !dbg !47, !llvm.loop !77

17:                                               ; preds = %5, %41
  %18 = phi i64 [ 0, %5 ], [ %54, %41 ]
  %19 = phi i64 [ %6, %5 ], [ %47, %41 ]
  %20 = phi i64 [ %7, %5 ], [ %44, %41 ]
  call void @llvm.dbg.value(metadata i64 %19, metadata !16, metadata !DIExpression()), !dbg !45
  call void @llvm.dbg.value(metadata i64 %20, metadata !18, metadata !DIExpression()), !dbg !45
  call void @llvm.dbg.value(metadata i64 %18, metadata !27, metadata !DIExpression()), !dbg !67
  %21 = trunc i64 %18 to i32, !dbg !81
  %22 = sitofp i32 %21 to double, !dbg !81
  %23 = fmul double %22, 3.000000e+00, !dbg !82
  %24 = fdiv double %23, 6.300000e+01, !dbg !83
  %25 = fadd double %24, -2.200000e+00, !dbg !84
  call void @llvm.dbg.value(metadata double %25, metadata !29, metadata !DIExpression()), !dbg !85
  call void @llvm.dbg.value(metadata double %12, metadata !33, metadata !DIExpression()), !dbg !85
  call void @llvm.dbg.value(metadata double %25, metadata !49, metadata !DIExpression()), !dbg !86
  call void @llvm.dbg.value(metadata double %12, metadata !54, metadata !DIExpression()), !dbg !86
  call void @llvm.dbg.value(metadata double 0.000000e+00, metadata !55, metadata !DIExpression()), !dbg !86
  call void @llvm.dbg.value(metadata double 0.000000e+00, metadata !56, metadata !DIExpression()), !dbg !86
  call void @llvm.dbg.value(metadata i32 0, metadata !57, metadata !DIExpression()), !dbg !86
  br label %26, !dbg !88

26:                                               ; preds = %33, %17
  %27 = phi double [ 0.000000e+00, %17 ], [ %36, %33 ]
  %28 = phi i32 [ 0, %17 ], [ %39, %33 ]
  %29 = phi double [ 0.000000e+00, %17 ], [ %38, %33 ]
  call void @llvm.dbg.value(metadata double %27, metadata !55, metadata !DIExpression()), !dbg !86
  call void @llvm.dbg.value(metadata i32 %28, metadata !57, metadata !DIExpression()), !dbg !86
  call void @llvm.dbg.value(metadata double %29, metadata !56, metadata !DIExpression()), !dbg !86
  %30 = fmul double %29, %29, !dbg !89
  %31 = tail call double @llvm.fmuladd.f64(double %27, double %27, double %30), !dbg !90
  %32 = fcmp ugt double %31, 4.000000e+00, !dbg !91
  br i1 %32, label %41, label %33, !dbg !92

33:                                               ; preds = %26
  %34 = fneg double %30, !dbg !93
  %35 = tail call double @llvm.fmuladd.f64(double %27, double %27, double %34), !dbg !93
  %36 = fadd double %25, %35, !dbg !94
  call void @llvm.dbg.value(metadata double %36, metadata !58, metadata !DIExpression()), !dbg !95
  %37 = fmul double %27, 2.000000e+00, !dbg !96
  %38 = tail call double @llvm.fmuladd.f64(double %37, double %29, double %12), !dbg !97
  call void @llvm.dbg.value(metadata double %38, metadata !56, metadata !DIExpression()), !dbg !86
  call void @llvm.dbg.value(metadata double %36, metadata !55, metadata !DIExpression()), !dbg !86
  %39 = add nuw nsw i32 %28, 1, !dbg !98
  call void @llvm.dbg.value(metadata i32 %39, metadata !57, metadata !DIExpression()), !dbg !86
  %40 = icmp eq i32 %39, 200, !dbg !99
  br i1 %40, label %41, label %26, !dbg !88, !llvm.loop !100

41:                                               ; preds = %26, %33
  %42 = phi i32 [ 200, %33 ], [ %28, %26 ], !dbg !86
  call void @llvm.dbg.value(metadata i32 %42, metadata !34, metadata !DIExpression()), !dbg !85
  %43 = zext i32 %42 to i64, !dbg !102
  %44 = add nsw i64 %20, %43, !dbg !103
  call void @llvm.dbg.value(metadata i64 %44, metadata !18, metadata !DIExpression()), !dbg !45
  %45 = icmp eq i32 %42, 200, !dbg !104
  %46 = zext i1 %45 to i64, !dbg !106
  %47 = add nsw i64 %19, %46, !dbg !106
  call void @llvm.dbg.value(metadata i64 %47, metadata !16, metadata !DIExpression()), !dbg !45
  %48 = urem i32 %42, 9, !dbg !107
  %49 = select i1 %45, i32 9, i32 %48, !dbg !107
  %50 = zext i32 %49 to i64, !dbg !108
  %51 = getelementptr inbounds [11 x i8], ptr @main.shades, i64 0, i64 %50, !dbg !108
  %52 = load i8, ptr %51, align 1, !dbg !108, !tbaa !70
  %53 = getelementptr inbounds [65 x i8], ptr %1, i64 0, i64 %18, !dbg !109
  store i8 %52, ptr %53, align 1, !dbg !110, !tbaa !70
  %54 = add nuw nsw i64 %18, 1, !dbg !111
  call void @llvm.dbg.value(metadata i64 %54, metadata !27, metadata !DIExpression()), !dbg !67
  %55 = icmp eq i64 %54, 64, !dbg !112
  br i1 %55, label %13, label %17, !dbg !68, !llvm.loop !113

56:                                               ; preds = %3, %63
  %57 = phi double [ %66, %63 ], [ 0.000000e+00, %3 ]
  %58 = phi i32 [ %69, %63 ], [ 0, %3 ]
  %59 = phi double [ %68, %63 ], [ 0.000000e+00, %3 ]
  call void @llvm.dbg.value(metadata double %57, metadata !55, metadata !DIExpression()), !dbg !115
  call void @llvm.dbg.value(metadata i32 %58, metadata !57, metadata !DIExpression()), !dbg !115
  call void @llvm.dbg.value(metadata double %59, metadata !56, metadata !DIExpression()), !dbg !115
  %60 = fmul double %59, %59, !dbg !116
  %61 = tail call double @llvm.fmuladd.f64(double %57, double %57, double %60), !dbg !117
  %62 = fcmp ugt double %61, 4.000000e+00, !dbg !118
  br i1 %62, label %71, label %63, !dbg !63

63:                                               ; preds = %56
  %64 = fneg double %60, !dbg !119
  %65 = tail call double @llvm.fmuladd.f64(double %57, double %57, double %64), !dbg !119
  %66 = fadd double %65, 1.000000e+00, !dbg !120
  call void @llvm.dbg.value(metadata double %66, metadata !58, metadata !DIExpression()), !dbg !121
  %67 = fmul double %57, 2.000000e+00, !dbg !122
  %68 = tail call double @llvm.fmuladd.f64(double %67, double %59, double 0.000000e+00), !dbg !123
  call void @llvm.dbg.value(metadata double %68, metadata !56, metadata !DIExpression()), !dbg !115
  call void @llvm.dbg.value(metadata double %66, metadata !55, metadata !DIExpression()), !dbg !115
  %69 = add nuw nsw i32 %58, 1, !dbg !124
  call void @llvm.dbg.value(metadata i32 %69, metadata !57, metadata !DIExpression()), !dbg !115
  %70 = icmp eq i32 %69, 200, !dbg !125
  br i1 %70, label %71, label %56, !dbg !126, !llvm.loop !127

71:                                               ; preds = %56, %63
  %72 = phi i32 [ 200, %63 ], [ %58, %56 ], !dbg !115
  %73 = icmp ne i32 %72, 3, !dbg !129
  %74 = icmp slt i64 %47, 1, !dbg !130
  %75 = select i1 %73, i1 true, i1 %74, !dbg !130
  %76 = zext i1 %75 to i32, !dbg !130
  ret i32 %76, !dbg !131
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.declare(metadata, metadata, metadata) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare !dbg !132 noundef i32 @puts(ptr nocapture noundef readonly) local_unnamed_addr #3

; Function Attrs: nofree nounwind
declare !dbg !138 noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #4

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #5 = { nounwind }

!llvm.dbg.cu = !{!7}
!llvm.module.flags = !{!39, !40, !41, !42, !43, !44}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "shades", scope: !2, file: !3, line: 21, type: !35, isLocal: true, isDefinition: true)
!2 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 20, type: !4, scopeLine: 20, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !15)
!3 = !DIFile(filename: "c/mandelbrot.c", directory: ".", checksumkind: CSK_MD5, checksum: "4f27c60bc299e6e72edb50b9e3541bb5")
!4 = !DISubroutineType(types: !5)
!5 = !{!6}
!6 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!7 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !8, splitDebugInlining: false, nameTableKind: None)
!8 = !{!0, !9}
!9 = !DIGlobalVariableExpression(var: !10, expr: !DIExpression())
!10 = distinct !DIGlobalVariable(scope: null, file: !3, line: 35, type: !11, isLocal: true, isDefinition: true)
!11 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 352, elements: !13)
!12 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!13 = !{!14}
!14 = !DISubrange(count: 44)
!15 = !{!16, !18, !19, !21, !27, !29, !33, !34}
!16 = !DILocalVariable(name: "inside", scope: !2, file: !3, line: 22, type: !17)
!17 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!18 = !DILocalVariable(name: "total_iters", scope: !2, file: !3, line: 22, type: !17)
!19 = !DILocalVariable(name: "y", scope: !20, file: !3, line: 23, type: !6)
!20 = distinct !DILexicalBlock(scope: !2, file: !3, line: 23, column: 5)
!21 = !DILocalVariable(name: "row", scope: !22, file: !3, line: 24, type: !24)
!22 = distinct !DILexicalBlock(scope: !23, file: !3, line: 23, column: 33)
!23 = distinct !DILexicalBlock(scope: !20, file: !3, line: 23, column: 5)
!24 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 520, elements: !25)
!25 = !{!26}
!26 = !DISubrange(count: 65)
!27 = !DILocalVariable(name: "x", scope: !28, file: !3, line: 25, type: !6)
!28 = distinct !DILexicalBlock(scope: !22, file: !3, line: 25, column: 9)
!29 = !DILocalVariable(name: "cr", scope: !30, file: !3, line: 26, type: !32)
!30 = distinct !DILexicalBlock(scope: !31, file: !3, line: 25, column: 37)
!31 = distinct !DILexicalBlock(scope: !28, file: !3, line: 25, column: 9)
!32 = !DIBasicType(name: "double", size: 64, encoding: DW_ATE_float)
!33 = !DILocalVariable(name: "ci", scope: !30, file: !3, line: 26, type: !32)
!34 = !DILocalVariable(name: "n", scope: !30, file: !3, line: 27, type: !6)
!35 = !DICompositeType(tag: DW_TAG_array_type, baseType: !36, size: 88, elements: !37)
!36 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !12)
!37 = !{!38}
!38 = !DISubrange(count: 11)
!39 = !{i32 7, !"Dwarf Version", i32 5}
!40 = !{i32 2, !"Debug Info Version", i32 3}
!41 = !{i32 1, !"wchar_size", i32 4}
!42 = !{i32 8, !"PIC Level", i32 2}
!43 = !{i32 7, !"PIE Level", i32 2}
!44 = !{i32 7, !"uwtable", i32 2}
!45 = !DILocation(line: 0, scope: !2)
!46 = !DILocation(line: 0, scope: !20)
!47 = !DILocation(line: 23, column: 5, scope: !20)
!48 = !DILocation(line: 35, column: 5, scope: !2)
!49 = !DILocalVariable(name: "cr", arg: 1, scope: !50, file: !3, line: 8, type: !32)
!50 = distinct !DISubprogram(name: "iterations", scope: !3, file: !3, line: 8, type: !51, scopeLine: 8, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !53)
!51 = !DISubroutineType(types: !52)
!52 = !{!6, !32, !32}
!53 = !{!49, !54, !55, !56, !57, !58}
!54 = !DILocalVariable(name: "ci", arg: 2, scope: !50, file: !3, line: 8, type: !32)
!55 = !DILocalVariable(name: "zr", scope: !50, file: !3, line: 9, type: !32)
!56 = !DILocalVariable(name: "zi", scope: !50, file: !3, line: 9, type: !32)
!57 = !DILocalVariable(name: "n", scope: !50, file: !3, line: 10, type: !6)
!58 = !DILocalVariable(name: "t", scope: !59, file: !3, line: 12, type: !32)
!59 = distinct !DILexicalBlock(scope: !50, file: !3, line: 11, column: 54)
!60 = !DILocation(line: 0, scope: !50, inlinedAt: !61)
!61 = distinct !DILocation(line: 37, column: 12, scope: !2)
!62 = !DILocation(line: 0, scope: !59, inlinedAt: !61)
!63 = !DILocation(line: 11, column: 5, scope: !50, inlinedAt: !64)
!64 = distinct !DILocation(line: 37, column: 48, scope: !2)
!65 = !DILocation(line: 24, column: 9, scope: !22)
!66 = !DILocation(line: 24, column: 14, scope: !22)
!67 = !DILocation(line: 0, scope: !28)
!68 = !DILocation(line: 25, column: 9, scope: !28)
!69 = !DILocation(line: 32, column: 16, scope: !22)
!70 = !{!71, !71, i64 0}
!71 = !{!"omnipotent char", !72, i64 0}
!72 = !{!"Simple C/C++ TBAA"}
!73 = !DILocation(line: 33, column: 9, scope: !22)
!74 = !DILocation(line: 34, column: 5, scope: !23)
!75 = !DILocation(line: 23, column: 29, scope: !23)
!76 = !DILocation(line: 23, column: 23, scope: !23)
!77 = distinct !{!77, !47, !78, !79, !80}
!78 = !DILocation(line: 34, column: 5, scope: !20)
!79 = !{!"llvm.loop.mustprogress"}
!80 = !{!"llvm.loop.unroll.disable"}
!81 = !DILocation(line: 26, column: 38, scope: !30)
!82 = !DILocation(line: 26, column: 36, scope: !30)
!83 = !DILocation(line: 26, column: 40, scope: !30)
!84 = !DILocation(line: 26, column: 30, scope: !30)
!85 = !DILocation(line: 0, scope: !30)
!86 = !DILocation(line: 0, scope: !50, inlinedAt: !87)
!87 = distinct !DILocation(line: 27, column: 21, scope: !30)
!88 = !DILocation(line: 11, column: 25, scope: !50, inlinedAt: !87)
!89 = !DILocation(line: 11, column: 41, scope: !50, inlinedAt: !87)
!90 = !DILocation(line: 11, column: 36, scope: !50, inlinedAt: !87)
!91 = !DILocation(line: 11, column: 46, scope: !50, inlinedAt: !87)
!92 = !DILocation(line: 11, column: 5, scope: !50, inlinedAt: !87)
!93 = !DILocation(line: 12, column: 28, scope: !59, inlinedAt: !87)
!94 = !DILocation(line: 12, column: 38, scope: !59, inlinedAt: !87)
!95 = !DILocation(line: 0, scope: !59, inlinedAt: !87)
!96 = !DILocation(line: 13, column: 18, scope: !59, inlinedAt: !87)
!97 = !DILocation(line: 13, column: 28, scope: !59, inlinedAt: !87)
!98 = !DILocation(line: 15, column: 10, scope: !59, inlinedAt: !87)
!99 = !DILocation(line: 11, column: 14, scope: !50, inlinedAt: !87)
!100 = distinct !{!100, !92, !101, !79, !80}
!101 = !DILocation(line: 16, column: 5, scope: !50, inlinedAt: !87)
!102 = !DILocation(line: 28, column: 28, scope: !30)
!103 = !DILocation(line: 28, column: 25, scope: !30)
!104 = !DILocation(line: 29, column: 19, scope: !105)
!105 = distinct !DILexicalBlock(scope: !30, file: !3, line: 29, column: 17)
!106 = !DILocation(line: 29, column: 17, scope: !30)
!107 = !DILocation(line: 30, column: 29, scope: !30)
!108 = !DILocation(line: 30, column: 22, scope: !30)
!109 = !DILocation(line: 30, column: 13, scope: !30)
!110 = !DILocation(line: 30, column: 20, scope: !30)
!111 = !DILocation(line: 25, column: 33, scope: !31)
!112 = !DILocation(line: 25, column: 27, scope: !31)
!113 = distinct !{!113, !68, !114, !79, !80}
!114 = !DILocation(line: 31, column: 9, scope: !28)
!115 = !DILocation(line: 0, scope: !50, inlinedAt: !64)
!116 = !DILocation(line: 11, column: 41, scope: !50, inlinedAt: !64)
!117 = !DILocation(line: 11, column: 36, scope: !50, inlinedAt: !64)
!118 = !DILocation(line: 11, column: 46, scope: !50, inlinedAt: !64)
!119 = !DILocation(line: 12, column: 28, scope: !59, inlinedAt: !64)
!120 = !DILocation(line: 12, column: 38, scope: !59, inlinedAt: !64)
!121 = !DILocation(line: 0, scope: !59, inlinedAt: !64)
!122 = !DILocation(line: 13, column: 18, scope: !59, inlinedAt: !64)
!123 = !DILocation(line: 13, column: 28, scope: !59, inlinedAt: !64)
!124 = !DILocation(line: 15, column: 10, scope: !59, inlinedAt: !64)
!125 = !DILocation(line: 11, column: 14, scope: !50, inlinedAt: !64)
!126 = !DILocation(line: 11, column: 25, scope: !50, inlinedAt: !64)
!127 = distinct !{!127, !63, !128, !79, !80}
!128 = !DILocation(line: 16, column: 5, scope: !50, inlinedAt: !64)
!129 = !DILocation(line: 37, column: 69, scope: !2)
!130 = !DILocation(line: 37, column: 74, scope: !2)
!131 = !DILocation(line: 38, column: 1, scope: !2)
!132 = !DISubprogram(name: "puts", scope: !133, file: !133, line: 661, type: !134, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !137)
!133 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!134 = !DISubroutineType(types: !135)
!135 = !{!6, !136}
!136 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !36, size: 64)
!137 = !{}
!138 = !DISubprogram(name: "printf", scope: !133, file: !133, line: 356, type: !139, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !137)
!139 = !DISubroutineType(types: !140)
!140 = !{!6, !141, null}
!141 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !136)
