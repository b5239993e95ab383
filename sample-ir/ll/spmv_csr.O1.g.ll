; ModuleID = 'c/spmv_csr.c'
source_filename = "c/spmv_csr.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@dense = internal unnamed_addr global [120 x [120 x double]] zeroinitializer, align 16, !dbg !0
@row_ptr = internal unnamed_addr global [121 x i32] zeroinitializer, align 16, !dbg !21
@col_index = internal unnamed_addr global [600 x i32] zeroinitializer, align 16, !dbg !17
@values = internal unnamed_addr global [600 x double] zeroinitializer, align 16, !dbg !11
@.str = private unnamed_addr constant [40 x i8] c"spmv_csr n=%d nnz=%d y[10]=%.6f err=%g\0A\00", align 1, !dbg !5

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 !dbg !35 {
  %1 = alloca [120 x double], align 16
  %2 = alloca [120 x double], align 16
  call void @llvm.dbg.value(metadata i32 0, metadata !39, metadata !DIExpression()), !dbg !56
  br label %27, !dbg !57

3:                                                ; preds = %51, %7
  %4 = phi i64 [ %8, %7 ], [ 0, %51 ]
  %5 = phi i32 [ %23, %7 ], [ 0, %51 ]
  call void @llvm.dbg.value(metadata i64 %4, metadata !58, metadata !DIExpression()), !dbg !67
  call void @llvm.dbg.value(metadata i32 %5, metadata !62, metadata !DIExpression()), !dbg !69
  %6 = getelementptr inbounds [121 x i32], ptr @row_ptr, i64 0, i64 %4, !dbg !70
  store i32 %5, ptr %6, align 4, !dbg !71, !tbaa !72
  call void @llvm.dbg.value(metadata i32 0, metadata !63, metadata !DIExpression()), !dbg !76
  call void @llvm.dbg.value(metadata i32 %5, metadata !62, metadata !DIExpression()), !dbg !69
  br label %10, !dbg !77

7:                                                ; preds = %22
  %8 = add nuw nsw i64 %4, 1, !dbg !78
  call void @llvm.dbg.value(metadata i64 %8, metadata !58, metadata !DIExpression()), !dbg !67
  call void @llvm.dbg.value(metadata i32 %23, metadata !62, metadata !DIExpression()), !dbg !69
  %9 = icmp eq i64 %8, 120, !dbg !79
  br i1 %9, label %26, label %3, !dbg !80, !llvm.loop !81

10:                                               ; preds = %22, %3
  %11 = phi i64 [ 0, %3 ], [ %24, %22 ]
  %12 = phi i32 [ %5, %3 ], [ %23, %22 ]
  call void @llvm.dbg.value(metadata i64 %11, metadata !63, metadata !DIExpression()), !dbg !76
  call void @llvm.dbg.value(metadata i32 %12, metadata !62, metadata !DIExpression()), !dbg !69
  %13 = getelementptr inbounds [120 x [120 x double]], ptr @dense, i64 0, i64 %4, i64 %11, !dbg !85
  %14 = load double, ptr %13, align 8, !dbg !85, !tbaa !88
  %15 = fcmp une double %14, 0.000000e+00, !dbg !90
  br i1 %15, label %16, label %22, !dbg !91

16:                                               ; preds = %10
  %17 = sext i32 %12 to i64, !dbg !92
  %18 = getelementptr inbounds [600 x double], ptr @values, i64 0, i64 %17, !dbg !92
  store double %14, ptr %18, align 8, !dbg !94, !tbaa !88
  %19 = add nsw i32 %12, 1, !dbg !95
  call void @llvm.dbg.value(metadata i32 %19, metadata !62, metadata !DIExpression()), !dbg !69
  %20 = getelementptr inbounds [600 x i32], ptr @col_index, i64 0, i64 %17, !dbg !96
  %21 = trunc i64 %11 to i32, !dbg !97
  store i32 %21, ptr %20, align 4, !dbg !97, !tbaa !72
  br label %22, !dbg !98

22:                                               ; preds = %16, %10
  %23 = phi i32 [ %19, %16 ], [ %12, %10 ], !dbg !69
  call void @llvm.dbg.value(metadata i32 %23, metadata !62, metadata !DIExpression()), !dbg !69
  %24 = add nuw nsw i64 %11, 1, !dbg !99
  call void @llvm.dbg.value(metadata i64 %24, metadata !63, metadata !DIExpression()), !dbg !76
  %25 = icmp eq i64 %24, 120, !dbg !100
  br i1 %25, label %7, label %10, !dbg !77, !llvm.loop !101

26:                                               ; preds = %7
  store i32 %23, ptr getelementptr inbounds ([121 x i32], ptr @row_ptr, i64 0, i64 120), align 16, !dbg !103, !tbaa !72
  call void @llvm.dbg.value(metadata i32 %23, metadata !41, metadata !DIExpression()), !dbg !104
  call void @llvm.lifetime.start.p0(i64 960, ptr nonnull %1) #6, !dbg !105
  call void @llvm.dbg.declare(metadata ptr %1, metadata !42, metadata !DIExpression()), !dbg !106
  call void @llvm.lifetime.start.p0(i64 960, ptr nonnull %2) #6, !dbg !105
  call void @llvm.dbg.declare(metadata ptr %2, metadata !45, metadata !DIExpression()), !dbg !107
  call void @llvm.dbg.value(metadata i32 0, metadata !46, metadata !DIExpression()), !dbg !108
  br label %81, !dbg !109

27:                                               ; preds = %0, %51
  %28 = phi i64 [ 0, %0 ], [ %36, %51 ]
  call void @llvm.dbg.value(metadata i64 %28, metadata !39, metadata !DIExpression()), !dbg !56
  %29 = getelementptr inbounds [120 x [120 x double]], ptr @dense, i64 0, i64 %28, i64 %28, !dbg !110
  store double 4.000000e+00, ptr %29, align 8, !dbg !113, !tbaa !88
  %30 = icmp eq i64 %28, 0, !dbg !114
  br i1 %30, label %35, label %31, !dbg !116

31:                                               ; preds = %27
  %32 = add nuw i64 %28, 4294967295
  %33 = and i64 %32, 4294967295
  %34 = getelementptr inbounds [120 x [120 x double]], ptr @dense, i64 0, i64 %28, i64 %33, !dbg !117
  store double -1.000000e+00, ptr %34, align 8, !dbg !118, !tbaa !88
  br label %35, !dbg !117

35:                                               ; preds = %31, %27
  %36 = add nuw nsw i64 %28, 1, !dbg !119
  %37 = icmp ult i64 %28, 119, !dbg !121
  br i1 %37, label %38, label %40, !dbg !122

38:                                               ; preds = %35
  %39 = getelementptr inbounds [120 x [120 x double]], ptr @dense, i64 0, i64 %28, i64 %36, !dbg !123
  store double -1.000000e+00, ptr %39, align 8, !dbg !124, !tbaa !88
  br label %40, !dbg !123

40:                                               ; preds = %38, %35
  %41 = icmp ugt i64 %28, 4, !dbg !125
  br i1 %41, label %42, label %46, !dbg !127

42:                                               ; preds = %40
  %43 = add nuw i64 %28, 4294967291
  %44 = and i64 %43, 4294967295
  %45 = getelementptr inbounds [120 x [120 x double]], ptr @dense, i64 0, i64 %28, i64 %44, !dbg !128
  store double -5.000000e-01, ptr %45, align 8, !dbg !129, !tbaa !88
  br label %46, !dbg !128

46:                                               ; preds = %42, %40
  %47 = icmp ult i64 %28, 115, !dbg !130
  br i1 %47, label %48, label %51, !dbg !132

48:                                               ; preds = %46
  %49 = add nuw nsw i64 %28, 5, !dbg !133
  %50 = getelementptr inbounds [120 x [120 x double]], ptr @dense, i64 0, i64 %28, i64 %49, !dbg !134
  store double -5.000000e-01, ptr %50, align 8, !dbg !135, !tbaa !88
  br label %51, !dbg !134

51:                                               ; preds = %46, %48
  call void @llvm.dbg.value(metadata i64 %36, metadata !39, metadata !DIExpression()), !dbg !56
  %52 = icmp eq i64 %36, 120, !dbg !136
  br i1 %52, label %3, label %27, !dbg !57, !llvm.loop !137

53:                                               ; preds = %81, %64
  %54 = phi i64 [ %57, %64 ], [ 0, %81 ]
  call void @llvm.dbg.value(metadata i64 %54, metadata !139, metadata !DIExpression()), !dbg !161
  call void @llvm.dbg.value(metadata double 0.000000e+00, metadata !156, metadata !DIExpression()), !dbg !163
  %55 = getelementptr inbounds i32, ptr @row_ptr, i64 %54, !dbg !164
  %56 = load i32, ptr %55, align 4, !dbg !164, !tbaa !72
  call void @llvm.dbg.value(metadata i32 %56, metadata !159, metadata !DIExpression()), !dbg !165
  %57 = add nuw nsw i64 %54, 1
  %58 = getelementptr inbounds i32, ptr @row_ptr, i64 %57
  %59 = load i32, ptr %58, align 4, !tbaa !72
  call void @llvm.dbg.value(metadata i32 %56, metadata !159, metadata !DIExpression()), !dbg !165
  call void @llvm.dbg.value(metadata double 0.000000e+00, metadata !156, metadata !DIExpression()), !dbg !163
  %60 = icmp slt i32 %56, %59, !dbg !166
  br i1 %60, label %61, label %64, !dbg !168

61:                                               ; preds = %53
  %62 = sext i32 %56 to i64, !dbg !168
  %63 = sext i32 %59 to i64, !dbg !166
  br label %68, !dbg !168

64:                                               ; preds = %68, %53
  %65 = phi double [ 0.000000e+00, %53 ], [ %78, %68 ], !dbg !163
  %66 = getelementptr inbounds double, ptr %2, i64 %54, !dbg !169
  store double %65, ptr %66, align 8, !dbg !170, !tbaa !88
  call void @llvm.dbg.value(metadata i64 %57, metadata !139, metadata !DIExpression()), !dbg !161
  %67 = icmp eq i64 %57, 120, !dbg !171
  br i1 %67, label %90, label %53, !dbg !172, !llvm.loop !173

68:                                               ; preds = %68, %61
  %69 = phi i64 [ %62, %61 ], [ %79, %68 ]
  %70 = phi double [ 0.000000e+00, %61 ], [ %78, %68 ]
  call void @llvm.dbg.value(metadata i64 %69, metadata !159, metadata !DIExpression()), !dbg !165
  call void @llvm.dbg.value(metadata double %70, metadata !156, metadata !DIExpression()), !dbg !163
  %71 = getelementptr inbounds double, ptr @values, i64 %69, !dbg !175
  %72 = load double, ptr %71, align 8, !dbg !175, !tbaa !88
  %73 = getelementptr inbounds i32, ptr @col_index, i64 %69, !dbg !176
  %74 = load i32, ptr %73, align 4, !dbg !176, !tbaa !72
  %75 = sext i32 %74 to i64, !dbg !177
  %76 = getelementptr inbounds double, ptr %1, i64 %75, !dbg !177
  %77 = load double, ptr %76, align 8, !dbg !177, !tbaa !88
  %78 = tail call double @llvm.fmuladd.f64(double %72, double %77, double %70), !dbg !178
  call void @llvm.dbg.value(metadata double %78, metadata !156, metadata !DIExpression()), !dbg !163
  %79 = add nsw i64 %69, 1, !dbg !179
  call void @llvm.dbg.value(metadata i64 %79, metadata !159, metadata !DIExpression()), !dbg !165
  %80 = icmp eq i64 %79, %63, !dbg !166
  br i1 %80, label %64, label %68, !dbg !168, !llvm.loop !180

81:                                               ; preds = %26, %81
  %82 = phi i64 [ 0, %26 ], [ %88, %81 ]
  call void @llvm.dbg.value(metadata i64 %82, metadata !46, metadata !DIExpression()), !dbg !108
  %83 = trunc i64 %82 to i32, !dbg !182
  %84 = sitofp i32 %83 to double, !dbg !182
  %85 = fmul double %84, 1.000000e-01, !dbg !184
  %86 = tail call double @sin(double noundef %85) #6, !dbg !185
  %87 = getelementptr inbounds [120 x double], ptr %1, i64 0, i64 %82, !dbg !186
  store double %86, ptr %87, align 8, !dbg !187, !tbaa !88
  %88 = add nuw nsw i64 %82, 1, !dbg !188
  call void @llvm.dbg.value(metadata i64 %88, metadata !46, metadata !DIExpression()), !dbg !108
  %89 = icmp eq i64 %88, 120, !dbg !189
  br i1 %89, label %53, label %81, !dbg !109, !llvm.loop !190

90:                                               ; preds = %64, %99
  %91 = phi i64 [ %105, %99 ], [ 0, %64 ]
  %92 = phi double [ %104, %99 ], [ 0.000000e+00, %64 ]
  call void @llvm.dbg.value(metadata i64 %91, metadata !49, metadata !DIExpression()), !dbg !192
  call void @llvm.dbg.value(metadata double %92, metadata !48, metadata !DIExpression()), !dbg !104
  call void @llvm.dbg.value(metadata i32 0, metadata !54, metadata !DIExpression()), !dbg !193
  call void @llvm.dbg.value(metadata double 0.000000e+00, metadata !51, metadata !DIExpression()), !dbg !194
  br label %107, !dbg !195

93:                                               ; preds = %99
  %94 = getelementptr inbounds [120 x double], ptr %2, i64 0, i64 10, !dbg !196
  %95 = load double, ptr %94, align 16, !dbg !196, !tbaa !88
  %96 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 120, i32 noundef %23, double noundef %95, double noundef %104), !dbg !197
  %97 = fcmp uge double %104, 0x3D719799812DEA11, !dbg !198
  %98 = zext i1 %97 to i32, !dbg !199
  call void @llvm.lifetime.end.p0(i64 960, ptr nonnull %2) #6, !dbg !200
  call void @llvm.lifetime.end.p0(i64 960, ptr nonnull %1) #6, !dbg !200
  ret i32 %98, !dbg !200

99:                                               ; preds = %107
  %100 = getelementptr inbounds [120 x double], ptr %2, i64 0, i64 %91, !dbg !201
  %101 = load double, ptr %100, align 8, !dbg !201, !tbaa !88
  %102 = fsub double %114, %101, !dbg !202
  %103 = tail call double @llvm.fabs.f64(double %102), !dbg !203
  %104 = tail call double @llvm.maxnum.f64(double %92, double %103), !dbg !204
  call void @llvm.dbg.value(metadata double %104, metadata !48, metadata !DIExpression()), !dbg !104
  %105 = add nuw nsw i64 %91, 1, !dbg !205
  call void @llvm.dbg.value(metadata i64 %105, metadata !49, metadata !DIExpression()), !dbg !192
  %106 = icmp eq i64 %105, 120, !dbg !206
  br i1 %106, label %93, label %90, !dbg !207, !llvm.loop !208

107:                                              ; preds = %90, %107
  %108 = phi i64 [ 0, %90 ], [ %115, %107 ]
  %109 = phi double [ 0.000000e+00, %90 ], [ %114, %107 ]
  call void @llvm.dbg.value(metadata i64 %108, metadata !54, metadata !DIExpression()), !dbg !193
  call void @llvm.dbg.value(metadata double %109, metadata !51, metadata !DIExpression()), !dbg !194
  %110 = getelementptr inbounds [120 x [120 x double]], ptr @dense, i64 0, i64 %91, i64 %108, !dbg !210
  %111 = load double, ptr %110, align 8, !dbg !210, !tbaa !88
  %112 = getelementptr inbounds [120 x double], ptr %1, i64 0, i64 %108, !dbg !212
  %113 = load double, ptr %112, align 8, !dbg !212, !tbaa !88
  %114 = tail call double @llvm.fmuladd.f64(double %111, double %113, double %109), !dbg !213
  call void @llvm.dbg.value(metadata double %114, metadata !51, metadata !DIExpression()), !dbg !194
  %115 = add nuw nsw i64 %108, 1, !dbg !214
  call void @llvm.dbg.value(metadata i64 %115, metadata !54, metadata !DIExpression()), !dbg !193
  %116 = icmp eq i64 %115, 120, !dbg !215
  br i1 %116, label %99, label %107, !dbg !195, !llvm.loop !216
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.declare(metadata, metadata, metadata) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare !dbg !218 double @sin(double noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.maxnum.f64(double, double) #2

; Function Attrs: nofree nounwind
declare !dbg !223 noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #4

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #5

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { mustprogress nofree nounwind willreturn memory(write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { nounwind }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!29, !30, !31, !32, !33, !34}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "dense", scope: !2, file: !3, line: 8, type: !26, isLocal: true, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "c/spmv_csr.c", directory: ".", checksumkind: CSK_MD5, checksum: "5c465e2e1f9742a765a464e52d40e364")
!4 = !{!5, !0, !11, !17, !21}
!5 = !DIGlobalVariableExpression(var: !6, expr: !DIExpression())
!6 = distinct !DIGlobalVariable(scope: null, file: !3, line: 55, type: !7, isLocal: true, isDefinition: true)
!7 = !DICompositeType(tag: DW_TAG_array_type, baseType: !8, size: 320, elements: !9)
!8 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!9 = !{!10}
!10 = !DISubrange(count: 40)
!11 = !DIGlobalVariableExpression(var: !12, expr: !DIExpression())
!12 = distinct !DIGlobalVariable(name: "values", scope: !2, file: !3, line: 9, type: !13, isLocal: true, isDefinition: true)
!13 = !DICompositeType(tag: DW_TAG_array_type, baseType: !14, size: 38400, elements: !15)
!14 = !DIBasicType(name: "double", size: 64, encoding: DW_ATE_float)
!15 = !{!16}
!16 = !DISubrange(count: 600)
!17 = !DIGlobalVariableExpression(var: !18, expr: !DIExpression())
!18 = distinct !DIGlobalVariable(name: "col_index", scope: !2, file: !3, line: 10, type: !19, isLocal: true, isDefinition: true)
!19 = !DICompositeType(tag: DW_TAG_array_type, baseType: !20, size: 19200, elements: !15)
!20 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!21 = !DIGlobalVariableExpression(var: !22, expr: !DIExpression())
!22 = distinct !DIGlobalVariable(name: "row_ptr", scope: !2, file: !3, line: 11, type: !23, isLocal: true, isDefinition: true)
!23 = !DICompositeType(tag: DW_TAG_array_type, baseType: !20, size: 3872, elements: !24)
!24 = !{!25}
!25 = !DISubrange(count: 121)
!26 = !DICompositeType(tag: DW_TAG_array_type, baseType: !14, size: 921600, elements: !27)
!27 = !{!28, !28}
!28 = !DISubrange(count: 120)
!29 = !{i32 7, !"Dwarf Version", i32 5}
!30 = !{i32 2, !"Debug Info Version", i32 3}
!31 = !{i32 1, !"wchar_size", i32 4}
!32 = !{i32 8, !"PIC Level", i32 2}
!33 = !{i32 7, !"PIE Level", i32 2}
!34 = !{i32 7, !"uwtable", i32 2}
!35 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 36, type: !36, scopeLine: 36, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !38)
!36 = !DISubroutineType(types: !37)
!37 = !{!20}
!38 = !{!39, !41, !42, !45, !46, !48, !49, !51, !54}
!39 = !DILocalVariable(name: "i", scope: !40, file: !3, line: 38, type: !20)
!40 = distinct !DILexicalBlock(scope: !35, file: !3, line: 38, column: 5)
!41 = !DILocalVariable(name: "nnz", scope: !35, file: !3, line: 45, type: !20)
!42 = !DILocalVariable(name: "x", scope: !35, file: !3, line: 46, type: !43)
!43 = !DICompositeType(tag: DW_TAG_array_type, baseType: !14, size: 7680, elements: !44)
!44 = !{!28}
!45 = !DILocalVariable(name: "y", scope: !35, file: !3, line: 46, type: !43)
!46 = !DILocalVariable(name: "i", scope: !47, file: !3, line: 47, type: !20)
!47 = distinct !DILexicalBlock(scope: !35, file: !3, line: 47, column: 5)
!48 = !DILocalVariable(name: "err", scope: !35, file: !3, line: 49, type: !14)
!49 = !DILocalVariable(name: "i", scope: !50, file: !3, line: 50, type: !20)
!50 = distinct !DILexicalBlock(scope: !35, file: !3, line: 50, column: 5)
!51 = !DILocalVariable(name: "ref", scope: !52, file: !3, line: 51, type: !14)
!52 = distinct !DILexicalBlock(scope: !53, file: !3, line: 50, column: 33)
!53 = distinct !DILexicalBlock(scope: !50, file: !3, line: 50, column: 5)
!54 = !DILocalVariable(name: "j", scope: !55, file: !3, line: 52, type: !20)
!55 = distinct !DILexicalBlock(scope: !52, file: !3, line: 52, column: 9)
!56 = !DILocation(line: 0, scope: !40)
!57 = !DILocation(line: 38, column: 5, scope: !40)
!58 = !DILocalVariable(name: "i", scope: !59, file: !3, line: 15, type: !20)
!59 = distinct !DILexicalBlock(scope: !60, file: !3, line: 15, column: 5)
!60 = distinct !DISubprogram(name: "dense_to_csr", scope: !3, file: !3, line: 13, type: !36, scopeLine: 13, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !61)
!61 = !{!62, !58, !63}
!62 = !DILocalVariable(name: "nnz", scope: !60, file: !3, line: 14, type: !20)
!63 = !DILocalVariable(name: "j", scope: !64, file: !3, line: 17, type: !20)
!64 = distinct !DILexicalBlock(scope: !65, file: !3, line: 17, column: 9)
!65 = distinct !DILexicalBlock(scope: !66, file: !3, line: 15, column: 33)
!66 = distinct !DILexicalBlock(scope: !59, file: !3, line: 15, column: 5)
!67 = !DILocation(line: 0, scope: !59, inlinedAt: !68)
!68 = distinct !DILocation(line: 45, column: 15, scope: !35)
!69 = !DILocation(line: 0, scope: !60, inlinedAt: !68)
!70 = !DILocation(line: 16, column: 9, scope: !65, inlinedAt: !68)
!71 = !DILocation(line: 16, column: 20, scope: !65, inlinedAt: !68)
!72 = !{!73, !73, i64 0}
!73 = !{!"int", !74, i64 0}
!74 = !{!"omnipotent char", !75, i64 0}
!75 = !{!"Simple C/C++ TBAA"}
!76 = !DILocation(line: 0, scope: !64, inlinedAt: !68)
!77 = !DILocation(line: 17, column: 9, scope: !64, inlinedAt: !68)
!78 = !DILocation(line: 15, column: 29, scope: !66, inlinedAt: !68)
!79 = !DILocation(line: 15, column: 23, scope: !66, inlinedAt: !68)
!80 = !DILocation(line: 15, column: 5, scope: !59, inlinedAt: !68)
!81 = distinct !{!81, !80, !82, !83, !84}
!82 = !DILocation(line: 22, column: 5, scope: !59, inlinedAt: !68)
!83 = !{!"llvm.loop.mustprogress"}
!84 = !{!"llvm.loop.unroll.disable"}
!85 = !DILocation(line: 18, column: 17, scope: !86, inlinedAt: !68)
!86 = distinct !DILexicalBlock(scope: !87, file: !3, line: 18, column: 17)
!87 = distinct !DILexicalBlock(scope: !64, file: !3, line: 17, column: 9)
!88 = !{!89, !89, i64 0}
!89 = !{!"double", !74, i64 0}
!90 = !DILocation(line: 18, column: 29, scope: !86, inlinedAt: !68)
!91 = !DILocation(line: 18, column: 17, scope: !87, inlinedAt: !68)
!92 = !DILocation(line: 19, column: 17, scope: !93, inlinedAt: !68)
!93 = distinct !DILexicalBlock(scope: !86, file: !3, line: 18, column: 37)
!94 = !DILocation(line: 19, column: 29, scope: !93, inlinedAt: !68)
!95 = !DILocation(line: 20, column: 30, scope: !93, inlinedAt: !68)
!96 = !DILocation(line: 20, column: 17, scope: !93, inlinedAt: !68)
!97 = !DILocation(line: 20, column: 34, scope: !93, inlinedAt: !68)
!98 = !DILocation(line: 21, column: 13, scope: !93, inlinedAt: !68)
!99 = !DILocation(line: 17, column: 33, scope: !87, inlinedAt: !68)
!100 = !DILocation(line: 17, column: 27, scope: !87, inlinedAt: !68)
!101 = distinct !{!101, !77, !102, !83, !84}
!102 = !DILocation(line: 21, column: 13, scope: !64, inlinedAt: !68)
!103 = !DILocation(line: 23, column: 16, scope: !60, inlinedAt: !68)
!104 = !DILocation(line: 0, scope: !35)
!105 = !DILocation(line: 46, column: 5, scope: !35)
!106 = !DILocation(line: 46, column: 12, scope: !35)
!107 = !DILocation(line: 46, column: 18, scope: !35)
!108 = !DILocation(line: 0, scope: !47)
!109 = !DILocation(line: 47, column: 5, scope: !47)
!110 = !DILocation(line: 39, column: 9, scope: !111)
!111 = distinct !DILexicalBlock(scope: !112, file: !3, line: 38, column: 33)
!112 = distinct !DILexicalBlock(scope: !40, file: !3, line: 38, column: 5)
!113 = !DILocation(line: 39, column: 21, scope: !111)
!114 = !DILocation(line: 40, column: 15, scope: !115)
!115 = distinct !DILexicalBlock(scope: !111, file: !3, line: 40, column: 13)
!116 = !DILocation(line: 40, column: 13, scope: !111)
!117 = !DILocation(line: 40, column: 20, scope: !115)
!118 = !DILocation(line: 40, column: 36, scope: !115)
!119 = !DILocation(line: 41, column: 15, scope: !120)
!120 = distinct !DILexicalBlock(scope: !111, file: !3, line: 41, column: 13)
!121 = !DILocation(line: 41, column: 19, scope: !120)
!122 = !DILocation(line: 41, column: 13, scope: !111)
!123 = !DILocation(line: 41, column: 24, scope: !120)
!124 = !DILocation(line: 41, column: 40, scope: !120)
!125 = !DILocation(line: 42, column: 15, scope: !126)
!126 = distinct !DILexicalBlock(scope: !111, file: !3, line: 42, column: 13)
!127 = !DILocation(line: 42, column: 13, scope: !111)
!128 = !DILocation(line: 42, column: 20, scope: !126)
!129 = !DILocation(line: 42, column: 36, scope: !126)
!130 = !DILocation(line: 43, column: 19, scope: !131)
!131 = distinct !DILexicalBlock(scope: !111, file: !3, line: 43, column: 13)
!132 = !DILocation(line: 43, column: 13, scope: !111)
!133 = !DILocation(line: 43, column: 15, scope: !131)
!134 = !DILocation(line: 43, column: 24, scope: !131)
!135 = !DILocation(line: 43, column: 40, scope: !131)
!136 = !DILocation(line: 38, column: 23, scope: !112)
!137 = distinct !{!137, !57, !138, !83, !84}
!138 = !DILocation(line: 44, column: 5, scope: !40)
!139 = !DILocalVariable(name: "i", scope: !140, file: !3, line: 28, type: !20)
!140 = distinct !DILexicalBlock(scope: !141, file: !3, line: 28, column: 5)
!141 = distinct !DISubprogram(name: "spmv", scope: !3, file: !3, line: 27, type: !142, scopeLine: 27, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !149)
!142 = !DISubroutineType(types: !143)
!143 = !{null, !20, !144, !144, !146, !146, !148}
!144 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !145, size: 64)
!145 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !20)
!146 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !147, size: 64)
!147 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !14)
!148 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !14, size: 64)
!149 = !{!150, !151, !152, !153, !154, !155, !139, !156, !159}
!150 = !DILocalVariable(name: "n", arg: 1, scope: !141, file: !3, line: 27, type: !20)
!151 = !DILocalVariable(name: "rp", arg: 2, scope: !141, file: !3, line: 27, type: !144)
!152 = !DILocalVariable(name: "ci", arg: 3, scope: !141, file: !3, line: 27, type: !144)
!153 = !DILocalVariable(name: "v", arg: 4, scope: !141, file: !3, line: 27, type: !146)
!154 = !DILocalVariable(name: "x", arg: 5, scope: !141, file: !3, line: 27, type: !146)
!155 = !DILocalVariable(name: "y", arg: 6, scope: !141, file: !3, line: 27, type: !148)
!156 = !DILocalVariable(name: "sum", scope: !157, file: !3, line: 29, type: !14)
!157 = distinct !DILexicalBlock(scope: !158, file: !3, line: 28, column: 33)
!158 = distinct !DILexicalBlock(scope: !140, file: !3, line: 28, column: 5)
!159 = !DILocalVariable(name: "k", scope: !160, file: !3, line: 30, type: !20)
!160 = distinct !DILexicalBlock(scope: !157, file: !3, line: 30, column: 9)
!161 = !DILocation(line: 0, scope: !140, inlinedAt: !162)
!162 = distinct !DILocation(line: 48, column: 5, scope: !35)
!163 = !DILocation(line: 0, scope: !157, inlinedAt: !162)
!164 = !DILocation(line: 30, column: 22, scope: !160, inlinedAt: !162)
!165 = !DILocation(line: 0, scope: !160, inlinedAt: !162)
!166 = !DILocation(line: 30, column: 31, scope: !167, inlinedAt: !162)
!167 = distinct !DILexicalBlock(scope: !160, file: !3, line: 30, column: 9)
!168 = !DILocation(line: 30, column: 9, scope: !160, inlinedAt: !162)
!169 = !DILocation(line: 32, column: 9, scope: !157, inlinedAt: !162)
!170 = !DILocation(line: 32, column: 14, scope: !157, inlinedAt: !162)
!171 = !DILocation(line: 28, column: 23, scope: !158, inlinedAt: !162)
!172 = !DILocation(line: 28, column: 5, scope: !140, inlinedAt: !162)
!173 = distinct !{!173, !172, !174, !83, !84}
!174 = !DILocation(line: 33, column: 5, scope: !140, inlinedAt: !162)
!175 = !DILocation(line: 31, column: 20, scope: !167, inlinedAt: !162)
!176 = !DILocation(line: 31, column: 29, scope: !167, inlinedAt: !162)
!177 = !DILocation(line: 31, column: 27, scope: !167, inlinedAt: !162)
!178 = !DILocation(line: 31, column: 17, scope: !167, inlinedAt: !162)
!179 = !DILocation(line: 30, column: 45, scope: !167, inlinedAt: !162)
!180 = distinct !{!180, !168, !181, !83, !84}
!181 = !DILocation(line: 31, column: 34, scope: !160, inlinedAt: !162)
!182 = !DILocation(line: 47, column: 50, scope: !183)
!183 = distinct !DILexicalBlock(scope: !47, file: !3, line: 47, column: 5)
!184 = !DILocation(line: 47, column: 48, scope: !183)
!185 = !DILocation(line: 47, column: 40, scope: !183)
!186 = !DILocation(line: 47, column: 33, scope: !183)
!187 = !DILocation(line: 47, column: 38, scope: !183)
!188 = !DILocation(line: 47, column: 29, scope: !183)
!189 = !DILocation(line: 47, column: 23, scope: !183)
!190 = distinct !{!190, !109, !191, !83, !84}
!191 = !DILocation(line: 47, column: 51, scope: !47)
!192 = !DILocation(line: 0, scope: !50)
!193 = !DILocation(line: 0, scope: !55)
!194 = !DILocation(line: 0, scope: !52)
!195 = !DILocation(line: 52, column: 9, scope: !55)
!196 = !DILocation(line: 55, column: 64, scope: !35)
!197 = !DILocation(line: 55, column: 5, scope: !35)
!198 = !DILocation(line: 56, column: 16, scope: !35)
!199 = !DILocation(line: 56, column: 12, scope: !35)
!200 = !DILocation(line: 57, column: 1, scope: !35)
!201 = !DILocation(line: 53, column: 36, scope: !52)
!202 = !DILocation(line: 53, column: 34, scope: !52)
!203 = !DILocation(line: 53, column: 25, scope: !52)
!204 = !DILocation(line: 53, column: 15, scope: !52)
!205 = !DILocation(line: 50, column: 29, scope: !53)
!206 = !DILocation(line: 50, column: 23, scope: !53)
!207 = !DILocation(line: 50, column: 5, scope: !50)
!208 = distinct !{!208, !207, !209, !83, !84}
!209 = !DILocation(line: 54, column: 5, scope: !50)
!210 = !DILocation(line: 52, column: 44, scope: !211)
!211 = distinct !DILexicalBlock(scope: !55, file: !3, line: 52, column: 9)
!212 = !DILocation(line: 52, column: 58, scope: !211)
!213 = !DILocation(line: 52, column: 41, scope: !211)
!214 = !DILocation(line: 52, column: 33, scope: !211)
!215 = !DILocation(line: 52, column: 27, scope: !211)
!216 = distinct !{!216, !195, !217, !83, !84}
!217 = !DILocation(line: 52, column: 61, scope: !55)
!218 = !DISubprogram(name: "sin", scope: !219, file: !219, line: 64, type: !220, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !222)
!219 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/mathcalls.h", directory: "", checksumkind: CSK_MD5, checksum: "8c6e2d0d2bda65bc5ba1ca02b65383b7")
!220 = !DISubroutineType(types: !221)
!221 = !{!14, !14}
!222 = !{}
!223 = !DISubprogram(name: "printf", scope: !224, file: !224, line: 356, type: !225, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !222)
!224 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!225 = !DISubroutineType(types: !226)
!226 = !{!20, !227, null}
!227 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !228)
!228 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !229, size: 64)
!229 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !8)
