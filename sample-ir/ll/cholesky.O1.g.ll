; ModuleID = 'c/cholesky.c'
source_filename = "c/cholesky.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@A = internal unnamed_addr global [32 x [32 x double]] zeroinitializer, align 16, !dbg !0
@L = internal unnamed_addr global [32 x [32 x double]] zeroinitializer, align 16, !dbg !11
@.str = private unnamed_addr constant [52 x i8] c"cholesky n=%d L[0][0]=%.6f reconstruction error=%g\0A\00", align 1, !dbg !5

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 !dbg !23 {
  %1 = alloca [32 x [32 x double]], align 16
  call void @llvm.lifetime.start.p0(i64 8192, ptr nonnull %1) #6, !dbg !55
  call void @llvm.dbg.declare(metadata ptr %1, metadata !28, metadata !DIExpression()), !dbg !56
  call void @llvm.dbg.value(metadata i32 0, metadata !29, metadata !DIExpression()), !dbg !57
  br label %2, !dbg !58

2:                                                ; preds = %0, %6
  %3 = phi i64 [ 0, %0 ], [ %7, %6 ]
  call void @llvm.dbg.value(metadata i64 %3, metadata !29, metadata !DIExpression()), !dbg !57
  %4 = trunc i64 %3 to i32
  %5 = sitofp i32 %4 to double
  call void @llvm.dbg.value(metadata i32 0, metadata !31, metadata !DIExpression()), !dbg !59
  br label %9, !dbg !60

6:                                                ; preds = %9
  %7 = add nuw nsw i64 %3, 1, !dbg !61
  call void @llvm.dbg.value(metadata i64 %7, metadata !29, metadata !DIExpression()), !dbg !57
  %8 = icmp eq i64 %7, 32, !dbg !62
  br i1 %8, label %18, label %2, !dbg !58, !llvm.loop !63

9:                                                ; preds = %2, %9
  %10 = phi i64 [ 0, %2 ], [ %16, %9 ]
  call void @llvm.dbg.value(metadata i64 %10, metadata !31, metadata !DIExpression()), !dbg !59
  %11 = trunc i64 %10 to i32, !dbg !67
  %12 = sitofp i32 %11 to double, !dbg !67
  %13 = tail call double @llvm.fmuladd.f64(double %12, double 2.000000e+00, double %5), !dbg !69
  %14 = tail call double @sin(double noundef %13) #6, !dbg !70
  %15 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %3, i64 %10, !dbg !71
  store double %14, ptr %15, align 8, !dbg !72, !tbaa !73
  %16 = add nuw nsw i64 %10, 1, !dbg !77
  call void @llvm.dbg.value(metadata i64 %16, metadata !31, metadata !DIExpression()), !dbg !59
  %17 = icmp eq i64 %16, 32, !dbg !78
  br i1 %17, label %6, label %9, !dbg !60, !llvm.loop !79

18:                                               ; preds = %6, %90
  %19 = phi i64 [ %91, %90 ], [ 0, %6 ]
  call void @llvm.dbg.value(metadata i64 %19, metadata !34, metadata !DIExpression()), !dbg !81
  call void @llvm.dbg.value(metadata i32 0, metadata !36, metadata !DIExpression()), !dbg !82
  br label %93, !dbg !83

20:                                               ; preds = %90, %84
  %21 = phi i64 [ %85, %84 ], [ 0, %90 ]
  %22 = phi i1 [ %86, %84 ], [ false, %90 ]
  call void @llvm.dbg.value(metadata i64 %21, metadata !84, metadata !DIExpression()), !dbg !114
  %23 = shl nuw nsw i64 %21, 5, !dbg !117
  %24 = getelementptr inbounds double, ptr @A, i64 %23, !dbg !117
  %25 = getelementptr inbounds double, ptr %24, i64 %21, !dbg !117
  %26 = load double, ptr %25, align 8, !dbg !117, !tbaa !73
  call void @llvm.dbg.value(metadata double %26, metadata !100, metadata !DIExpression()), !dbg !118
  call void @llvm.dbg.value(metadata i32 0, metadata !103, metadata !DIExpression()), !dbg !119
  %27 = icmp eq i64 %21, 0, !dbg !120
  br i1 %27, label %30, label %28, !dbg !122

28:                                               ; preds = %20
  %29 = getelementptr inbounds double, ptr @L, i64 %23
  br label %33, !dbg !122

30:                                               ; preds = %33, %20
  %31 = phi double [ %26, %20 ], [ %39, %33 ], !dbg !118
  %32 = fcmp ugt double %31, 0.000000e+00, !dbg !123
  br i1 %32, label %42, label %88, !dbg !125

33:                                               ; preds = %33, %28
  %34 = phi i64 [ 0, %28 ], [ %40, %33 ]
  %35 = phi double [ %26, %28 ], [ %39, %33 ]
  call void @llvm.dbg.value(metadata i64 %34, metadata !103, metadata !DIExpression()), !dbg !119
  call void @llvm.dbg.value(metadata double %35, metadata !100, metadata !DIExpression()), !dbg !118
  %36 = getelementptr inbounds double, ptr %29, i64 %34, !dbg !126
  %37 = load double, ptr %36, align 8, !dbg !126, !tbaa !73
  %38 = fneg double %37, !dbg !127
  %39 = tail call double @llvm.fmuladd.f64(double %38, double %37, double %35), !dbg !127
  call void @llvm.dbg.value(metadata double %39, metadata !100, metadata !DIExpression()), !dbg !118
  %40 = add nuw nsw i64 %34, 1, !dbg !128
  call void @llvm.dbg.value(metadata i64 %40, metadata !103, metadata !DIExpression()), !dbg !119
  %41 = icmp eq i64 %40, %21, !dbg !120
  br i1 %41, label %30, label %33, !dbg !122, !llvm.loop !129

42:                                               ; preds = %30
  %43 = tail call double @sqrt(double noundef %31) #6, !dbg !131
  %44 = getelementptr inbounds double, ptr @L, i64 %23, !dbg !132
  %45 = getelementptr inbounds double, ptr %44, i64 %21, !dbg !132
  store double %43, ptr %45, align 8, !dbg !133, !tbaa !73
  call void @llvm.dbg.value(metadata i64 %21, metadata !105, metadata !DIExpression(DW_OP_plus_uconst, 1, DW_OP_stack_value)), !dbg !134
  call void @llvm.dbg.value(metadata i64 %21, metadata !105, metadata !DIExpression(DW_OP_plus_uconst, 1, DW_OP_stack_value)), !dbg !134
  %46 = icmp ult i64 %21, 31, !dbg !135
  br i1 %46, label %47, label %50, !dbg !136

47:                                               ; preds = %42
  %48 = getelementptr inbounds double, ptr @A, i64 %21
  %49 = getelementptr inbounds double, ptr @L, i64 %21
  br label %53, !dbg !136

50:                                               ; preds = %61, %42
  call void @llvm.dbg.value(metadata i32 0, metadata !112, metadata !DIExpression()), !dbg !137
  br i1 %27, label %84, label %51, !dbg !138

51:                                               ; preds = %50
  %52 = getelementptr inbounds double, ptr @L, i64 %21
  br label %78, !dbg !138

53:                                               ; preds = %47, %61
  %54 = phi i64 [ %55, %61 ], [ %21, %47 ]
  %55 = add nuw nsw i64 %54, 1, !dbg !139
  %56 = shl nuw nsw i64 %55, 5, !dbg !140
  %57 = getelementptr inbounds double, ptr %48, i64 %56, !dbg !140
  %58 = load double, ptr %57, align 8, !dbg !140, !tbaa !73
  call void @llvm.dbg.value(metadata double %58, metadata !107, metadata !DIExpression()), !dbg !141
  call void @llvm.dbg.value(metadata i32 0, metadata !110, metadata !DIExpression()), !dbg !142
  br i1 %27, label %61, label %59, !dbg !143

59:                                               ; preds = %53
  %60 = getelementptr inbounds double, ptr @L, i64 %56
  br label %67, !dbg !143

61:                                               ; preds = %67, %53
  %62 = phi double [ %58, %53 ], [ %75, %67 ], !dbg !141
  %63 = load double, ptr %45, align 8, !dbg !144, !tbaa !73
  %64 = fdiv double %62, %63, !dbg !145
  %65 = getelementptr inbounds double, ptr %49, i64 %56, !dbg !146
  store double %64, ptr %65, align 8, !dbg !147, !tbaa !73
  call void @llvm.dbg.value(metadata i64 %55, metadata !105, metadata !DIExpression(DW_OP_plus_uconst, 1, DW_OP_stack_value)), !dbg !134
  call void @llvm.dbg.value(metadata i64 %55, metadata !105, metadata !DIExpression(DW_OP_plus_uconst, 1, DW_OP_stack_value)), !dbg !134
  %66 = icmp eq i64 %55, 31, !dbg !135
  br i1 %66, label %50, label %53, !dbg !136, !llvm.loop !148

67:                                               ; preds = %67, %59
  %68 = phi i64 [ 0, %59 ], [ %76, %67 ]
  %69 = phi double [ %58, %59 ], [ %75, %67 ]
  call void @llvm.dbg.value(metadata i64 %68, metadata !110, metadata !DIExpression()), !dbg !142
  call void @llvm.dbg.value(metadata double %69, metadata !107, metadata !DIExpression()), !dbg !141
  %70 = getelementptr inbounds double, ptr %60, i64 %68, !dbg !150
  %71 = load double, ptr %70, align 8, !dbg !150, !tbaa !73
  %72 = getelementptr inbounds double, ptr %44, i64 %68, !dbg !152
  %73 = load double, ptr %72, align 8, !dbg !152, !tbaa !73
  %74 = fneg double %71, !dbg !153
  %75 = tail call double @llvm.fmuladd.f64(double %74, double %73, double %69), !dbg !153
  call void @llvm.dbg.value(metadata double %75, metadata !107, metadata !DIExpression()), !dbg !141
  %76 = add nuw nsw i64 %68, 1, !dbg !154
  call void @llvm.dbg.value(metadata i64 %76, metadata !110, metadata !DIExpression()), !dbg !142
  %77 = icmp eq i64 %76, %21, !dbg !155
  br i1 %77, label %61, label %67, !dbg !143, !llvm.loop !156

78:                                               ; preds = %51, %78
  %79 = phi i64 [ %82, %78 ], [ 0, %51 ]
  call void @llvm.dbg.value(metadata i64 %79, metadata !112, metadata !DIExpression()), !dbg !137
  %80 = shl nuw nsw i64 %79, 5, !dbg !158
  %81 = getelementptr inbounds double, ptr %52, i64 %80, !dbg !158
  store double 0.000000e+00, ptr %81, align 8, !dbg !160, !tbaa !73
  %82 = add nuw nsw i64 %79, 1, !dbg !161
  call void @llvm.dbg.value(metadata i64 %82, metadata !112, metadata !DIExpression()), !dbg !137
  %83 = icmp eq i64 %82, %21, !dbg !162
  br i1 %83, label %84, label %78, !dbg !138, !llvm.loop !163

84:                                               ; preds = %78, %50
  %85 = add nuw nsw i64 %21, 1, !dbg !165
  call void @llvm.dbg.value(metadata i64 %85, metadata !84, metadata !DIExpression()), !dbg !114
  %86 = icmp ugt i64 %21, 30, !dbg !166
  %87 = icmp eq i64 %85, 32, !dbg !166
  br i1 %87, label %88, label %20, !dbg !167, !llvm.loop !168

88:                                               ; preds = %30, %84
  %89 = phi i1 [ %22, %30 ], [ %86, %84 ], !dbg !166
  br i1 %89, label %111, label %143, !dbg !170

90:                                               ; preds = %97
  %91 = add nuw nsw i64 %19, 1, !dbg !171
  call void @llvm.dbg.value(metadata i64 %91, metadata !34, metadata !DIExpression()), !dbg !81
  %92 = icmp eq i64 %91, 32, !dbg !172
  br i1 %92, label %20, label %18, !dbg !173, !llvm.loop !174

93:                                               ; preds = %18, %97
  %94 = phi i64 [ 0, %18 ], [ %99, %97 ]
  call void @llvm.dbg.value(metadata i64 %94, metadata !36, metadata !DIExpression()), !dbg !82
  %95 = icmp eq i64 %19, %94, !dbg !176
  %96 = select i1 %95, double 3.200000e+01, double 0.000000e+00, !dbg !177
  call void @llvm.dbg.value(metadata double %96, metadata !39, metadata !DIExpression()), !dbg !178
  call void @llvm.dbg.value(metadata i32 0, metadata !42, metadata !DIExpression()), !dbg !179
  call void @llvm.dbg.value(metadata i32 0, metadata !42, metadata !DIExpression()), !dbg !179
  call void @llvm.dbg.value(metadata double %96, metadata !39, metadata !DIExpression()), !dbg !178
  br label %101, !dbg !180

97:                                               ; preds = %101
  %98 = getelementptr inbounds [32 x [32 x double]], ptr @A, i64 0, i64 %19, i64 %94, !dbg !181
  store double %108, ptr %98, align 8, !dbg !182, !tbaa !73
  %99 = add nuw nsw i64 %94, 1, !dbg !183
  call void @llvm.dbg.value(metadata i64 %99, metadata !36, metadata !DIExpression()), !dbg !82
  %100 = icmp eq i64 %99, 32, !dbg !184
  br i1 %100, label %90, label %93, !dbg !83, !llvm.loop !185

101:                                              ; preds = %93, %101
  %102 = phi i64 [ 0, %93 ], [ %109, %101 ]
  %103 = phi double [ %96, %93 ], [ %108, %101 ]
  call void @llvm.dbg.value(metadata i64 %102, metadata !42, metadata !DIExpression()), !dbg !179
  call void @llvm.dbg.value(metadata double %103, metadata !39, metadata !DIExpression()), !dbg !178
  %104 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %19, i64 %102, !dbg !187
  %105 = load double, ptr %104, align 8, !dbg !187, !tbaa !73
  %106 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %94, i64 %102, !dbg !189
  %107 = load double, ptr %106, align 8, !dbg !189, !tbaa !73
  %108 = tail call double @llvm.fmuladd.f64(double %105, double %107, double %103), !dbg !190
  call void @llvm.dbg.value(metadata double %108, metadata !39, metadata !DIExpression()), !dbg !178
  %109 = add nuw nsw i64 %102, 1, !dbg !191
  call void @llvm.dbg.value(metadata i64 %109, metadata !42, metadata !DIExpression()), !dbg !179
  %110 = icmp eq i64 %109, 32, !dbg !192
  br i1 %110, label %97, label %101, !dbg !180, !llvm.loop !193

111:                                              ; preds = %88, %122
  %112 = phi i64 [ %123, %122 ], [ 0, %88 ]
  %113 = phi double [ %130, %122 ], [ 0.000000e+00, %88 ]
  call void @llvm.dbg.value(metadata i64 %112, metadata !45, metadata !DIExpression()), !dbg !195
  call void @llvm.dbg.value(metadata double %113, metadata !44, metadata !DIExpression()), !dbg !196
  call void @llvm.dbg.value(metadata i32 0, metadata !47, metadata !DIExpression()), !dbg !197
  call void @llvm.dbg.value(metadata double %113, metadata !44, metadata !DIExpression()), !dbg !196
  br label %119, !dbg !198

114:                                              ; preds = %122
  %115 = load double, ptr @L, align 16, !dbg !199, !tbaa !73
  %116 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 32, double noundef %115, double noundef %130), !dbg !200
  %117 = fcmp uge double %130, 1.000000e-09, !dbg !201
  %118 = zext i1 %117 to i32, !dbg !202
  br label %143

119:                                              ; preds = %111, %125
  %120 = phi i64 [ 0, %111 ], [ %131, %125 ]
  %121 = phi double [ %113, %111 ], [ %130, %125 ]
  call void @llvm.dbg.value(metadata i64 %120, metadata !47, metadata !DIExpression()), !dbg !197
  call void @llvm.dbg.value(metadata double %121, metadata !44, metadata !DIExpression()), !dbg !196
  call void @llvm.dbg.value(metadata i32 0, metadata !53, metadata !DIExpression()), !dbg !203
  call void @llvm.dbg.value(metadata double 0.000000e+00, metadata !50, metadata !DIExpression()), !dbg !204
  br label %133, !dbg !205

122:                                              ; preds = %125
  %123 = add nuw nsw i64 %112, 1, !dbg !206
  call void @llvm.dbg.value(metadata i64 %123, metadata !45, metadata !DIExpression()), !dbg !195
  call void @llvm.dbg.value(metadata double %130, metadata !44, metadata !DIExpression()), !dbg !196
  %124 = icmp eq i64 %123, 32, !dbg !207
  br i1 %124, label %114, label %111, !dbg !208, !llvm.loop !209

125:                                              ; preds = %133
  %126 = getelementptr inbounds [32 x [32 x double]], ptr @A, i64 0, i64 %112, i64 %120, !dbg !211
  %127 = load double, ptr %126, align 8, !dbg !211, !tbaa !73
  %128 = fsub double %140, %127, !dbg !212
  %129 = tail call double @llvm.fabs.f64(double %128), !dbg !213
  %130 = tail call double @llvm.maxnum.f64(double %121, double %129), !dbg !214
  call void @llvm.dbg.value(metadata double %130, metadata !44, metadata !DIExpression()), !dbg !196
  %131 = add nuw nsw i64 %120, 1, !dbg !215
  call void @llvm.dbg.value(metadata i64 %131, metadata !47, metadata !DIExpression()), !dbg !197
  %132 = icmp eq i64 %131, 32, !dbg !216
  br i1 %132, label %122, label %119, !dbg !198, !llvm.loop !217

133:                                              ; preds = %119, %133
  %134 = phi i64 [ 0, %119 ], [ %141, %133 ]
  %135 = phi double [ 0.000000e+00, %119 ], [ %140, %133 ]
  call void @llvm.dbg.value(metadata i64 %134, metadata !53, metadata !DIExpression()), !dbg !203
  call void @llvm.dbg.value(metadata double %135, metadata !50, metadata !DIExpression()), !dbg !204
  %136 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %112, i64 %134, !dbg !219
  %137 = load double, ptr %136, align 8, !dbg !219, !tbaa !73
  %138 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %120, i64 %134, !dbg !221
  %139 = load double, ptr %138, align 8, !dbg !221, !tbaa !73
  %140 = tail call double @llvm.fmuladd.f64(double %137, double %139, double %135), !dbg !222
  call void @llvm.dbg.value(metadata double %140, metadata !50, metadata !DIExpression()), !dbg !204
  %141 = add nuw nsw i64 %134, 1, !dbg !223
  call void @llvm.dbg.value(metadata i64 %141, metadata !53, metadata !DIExpression()), !dbg !203
  %142 = icmp eq i64 %141, 32, !dbg !224
  br i1 %142, label %125, label %133, !dbg !205, !llvm.loop !225

143:                                              ; preds = %88, %114
  %144 = phi i32 [ %118, %114 ], [ 1, %88 ], !dbg !196
  call void @llvm.lifetime.end.p0(i64 8192, ptr nonnull %1) #6, !dbg !227
  ret i32 %144, !dbg !227
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.declare(metadata, metadata, metadata) #2

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare !dbg !228 double @sin(double noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.maxnum.f64(double, double) #2

; Function Attrs: nofree nounwind
declare !dbg !233 noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #4

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare !dbg !240 double @sqrt(double noundef) local_unnamed_addr #3

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
!llvm.module.flags = !{!17, !18, !19, !20, !21, !22}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "A", scope: !2, file: !3, line: 7, type: !13, isLocal: true, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "c/cholesky.c", directory: ".", checksumkind: CSK_MD5, checksum: "c48b75fa4fea76d41a1fc7d84b1f05e1")
!4 = !{!5, !0, !11}
!5 = !DIGlobalVariableExpression(var: !6, expr: !DIExpression())
!6 = distinct !DIGlobalVariable(scope: null, file: !3, line: 44, type: !7, isLocal: true, isDefinition: true)
!7 = !DICompositeType(tag: DW_TAG_array_type, baseType: !8, size: 416, elements: !9)
!8 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!9 = !{!10}
!10 = !DISubrange(count: 52)
!11 = !DIGlobalVariableExpression(var: !12, expr: !DIExpression())
!12 = distinct !DIGlobalVariable(name: "L", scope: !2, file: !3, line: 7, type: !13, isLocal: true, isDefinition: true)
!13 = !DICompositeType(tag: DW_TAG_array_type, baseType: !14, size: 65536, elements: !15)
!14 = !DIBasicType(name: "double", size: 64, encoding: DW_ATE_float)
!15 = !{!16, !16}
!16 = !DISubrange(count: 32)
!17 = !{i32 7, !"Dwarf Version", i32 5}
!18 = !{i32 2, !"Debug Info Version", i32 3}
!19 = !{i32 1, !"wchar_size", i32 4}
!20 = !{i32 8, !"PIC Level", i32 2}
!21 = !{i32 7, !"PIE Level", i32 2}
!22 = !{i32 7, !"uwtable", i32 2}
!23 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 25, type: !24, scopeLine: 25, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !27)
!24 = !DISubroutineType(types: !25)
!25 = !{!26}
!26 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!27 = !{!28, !29, !31, !34, !36, !39, !42, !44, !45, !47, !50, !53}
!28 = !DILocalVariable(name: "m", scope: !23, file: !3, line: 27, type: !13)
!29 = !DILocalVariable(name: "i", scope: !30, file: !3, line: 28, type: !26)
!30 = distinct !DILexicalBlock(scope: !23, file: !3, line: 28, column: 5)
!31 = !DILocalVariable(name: "j", scope: !32, file: !3, line: 29, type: !26)
!32 = distinct !DILexicalBlock(scope: !33, file: !3, line: 29, column: 9)
!33 = distinct !DILexicalBlock(scope: !30, file: !3, line: 28, column: 5)
!34 = !DILocalVariable(name: "i", scope: !35, file: !3, line: 30, type: !26)
!35 = distinct !DILexicalBlock(scope: !23, file: !3, line: 30, column: 5)
!36 = !DILocalVariable(name: "j", scope: !37, file: !3, line: 31, type: !26)
!37 = distinct !DILexicalBlock(scope: !38, file: !3, line: 31, column: 9)
!38 = distinct !DILexicalBlock(scope: !35, file: !3, line: 30, column: 5)
!39 = !DILocalVariable(name: "s", scope: !40, file: !3, line: 32, type: !14)
!40 = distinct !DILexicalBlock(scope: !41, file: !3, line: 31, column: 37)
!41 = distinct !DILexicalBlock(scope: !37, file: !3, line: 31, column: 9)
!42 = !DILocalVariable(name: "k", scope: !43, file: !3, line: 33, type: !26)
!43 = distinct !DILexicalBlock(scope: !40, file: !3, line: 33, column: 13)
!44 = !DILocalVariable(name: "err", scope: !23, file: !3, line: 37, type: !14)
!45 = !DILocalVariable(name: "i", scope: !46, file: !3, line: 38, type: !26)
!46 = distinct !DILexicalBlock(scope: !23, file: !3, line: 38, column: 5)
!47 = !DILocalVariable(name: "j", scope: !48, file: !3, line: 39, type: !26)
!48 = distinct !DILexicalBlock(scope: !49, file: !3, line: 39, column: 9)
!49 = distinct !DILexicalBlock(scope: !46, file: !3, line: 38, column: 5)
!50 = !DILocalVariable(name: "s", scope: !51, file: !3, line: 40, type: !14)
!51 = distinct !DILexicalBlock(scope: !52, file: !3, line: 39, column: 37)
!52 = distinct !DILexicalBlock(scope: !48, file: !3, line: 39, column: 9)
!53 = !DILocalVariable(name: "k", scope: !54, file: !3, line: 41, type: !26)
!54 = distinct !DILexicalBlock(scope: !51, file: !3, line: 41, column: 13)
!55 = !DILocation(line: 27, column: 5, scope: !23)
!56 = !DILocation(line: 27, column: 12, scope: !23)
!57 = !DILocation(line: 0, scope: !30)
!58 = !DILocation(line: 28, column: 5, scope: !30)
!59 = !DILocation(line: 0, scope: !32)
!60 = !DILocation(line: 29, column: 9, scope: !32)
!61 = !DILocation(line: 28, column: 29, scope: !33)
!62 = !DILocation(line: 28, column: 23, scope: !33)
!63 = distinct !{!63, !58, !64, !65, !66}
!64 = !DILocation(line: 29, column: 62, scope: !30)
!65 = !{!"llvm.loop.mustprogress"}
!66 = !{!"llvm.loop.unroll.disable"}
!67 = !DILocation(line: 29, column: 61, scope: !68)
!68 = distinct !DILexicalBlock(scope: !32, file: !3, line: 29, column: 9)
!69 = !DILocation(line: 29, column: 53, scope: !68)
!70 = !DILocation(line: 29, column: 47, scope: !68)
!71 = !DILocation(line: 29, column: 37, scope: !68)
!72 = !DILocation(line: 29, column: 45, scope: !68)
!73 = !{!74, !74, i64 0}
!74 = !{!"double", !75, i64 0}
!75 = !{!"omnipotent char", !76, i64 0}
!76 = !{!"Simple C/C++ TBAA"}
!77 = !DILocation(line: 29, column: 33, scope: !68)
!78 = !DILocation(line: 29, column: 27, scope: !68)
!79 = distinct !{!79, !60, !80, !65, !66}
!80 = !DILocation(line: 29, column: 62, scope: !32)
!81 = !DILocation(line: 0, scope: !35)
!82 = !DILocation(line: 0, scope: !37)
!83 = !DILocation(line: 31, column: 9, scope: !37)
!84 = !DILocalVariable(name: "j", scope: !85, file: !3, line: 10, type: !26)
!85 = distinct !DILexicalBlock(scope: !86, file: !3, line: 10, column: 5)
!86 = distinct !DISubprogram(name: "cholesky", scope: !3, file: !3, line: 9, type: !87, scopeLine: 9, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !96)
!87 = !DISubroutineType(types: !88)
!88 = !{!26, !26, !89, !94}
!89 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !90, size: 64)
!90 = !DICompositeType(tag: DW_TAG_array_type, baseType: !91, elements: !92)
!91 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !14)
!92 = !{!93}
!93 = !DISubrange(count: -1)
!94 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !95, size: 64)
!95 = !DICompositeType(tag: DW_TAG_array_type, baseType: !14, elements: !92)
!96 = !{!97, !98, !99, !84, !100, !103, !105, !107, !110, !112}
!97 = !DILocalVariable(name: "n", arg: 1, scope: !86, file: !3, line: 9, type: !26)
!98 = !DILocalVariable(name: "a", arg: 2, scope: !86, file: !3, line: 9, type: !89)
!99 = !DILocalVariable(name: "l", arg: 3, scope: !86, file: !3, line: 9, type: !94)
!100 = !DILocalVariable(name: "d", scope: !101, file: !3, line: 11, type: !14)
!101 = distinct !DILexicalBlock(scope: !102, file: !3, line: 10, column: 33)
!102 = distinct !DILexicalBlock(scope: !85, file: !3, line: 10, column: 5)
!103 = !DILocalVariable(name: "k", scope: !104, file: !3, line: 12, type: !26)
!104 = distinct !DILexicalBlock(scope: !101, file: !3, line: 12, column: 9)
!105 = !DILocalVariable(name: "i", scope: !106, file: !3, line: 15, type: !26)
!106 = distinct !DILexicalBlock(scope: !101, file: !3, line: 15, column: 9)
!107 = !DILocalVariable(name: "s", scope: !108, file: !3, line: 16, type: !14)
!108 = distinct !DILexicalBlock(scope: !109, file: !3, line: 15, column: 41)
!109 = distinct !DILexicalBlock(scope: !106, file: !3, line: 15, column: 9)
!110 = !DILocalVariable(name: "k", scope: !111, file: !3, line: 17, type: !26)
!111 = distinct !DILexicalBlock(scope: !108, file: !3, line: 17, column: 13)
!112 = !DILocalVariable(name: "i", scope: !113, file: !3, line: 20, type: !26)
!113 = distinct !DILexicalBlock(scope: !101, file: !3, line: 20, column: 9)
!114 = !DILocation(line: 0, scope: !85, inlinedAt: !115)
!115 = distinct !DILocation(line: 36, column: 10, scope: !116)
!116 = distinct !DILexicalBlock(scope: !23, file: !3, line: 36, column: 9)
!117 = !DILocation(line: 11, column: 20, scope: !101, inlinedAt: !115)
!118 = !DILocation(line: 0, scope: !101, inlinedAt: !115)
!119 = !DILocation(line: 0, scope: !104, inlinedAt: !115)
!120 = !DILocation(line: 12, column: 27, scope: !121, inlinedAt: !115)
!121 = distinct !DILexicalBlock(scope: !104, file: !3, line: 12, column: 9)
!122 = !DILocation(line: 12, column: 9, scope: !104, inlinedAt: !115)
!123 = !DILocation(line: 13, column: 15, scope: !124, inlinedAt: !115)
!124 = distinct !DILexicalBlock(scope: !101, file: !3, line: 13, column: 13)
!125 = !DILocation(line: 13, column: 13, scope: !101, inlinedAt: !115)
!126 = !DILocation(line: 12, column: 42, scope: !121, inlinedAt: !115)
!127 = !DILocation(line: 12, column: 39, scope: !121, inlinedAt: !115)
!128 = !DILocation(line: 12, column: 33, scope: !121, inlinedAt: !115)
!129 = distinct !{!129, !122, !130, !65, !66}
!130 = !DILocation(line: 12, column: 58, scope: !104, inlinedAt: !115)
!131 = !DILocation(line: 14, column: 19, scope: !101, inlinedAt: !115)
!132 = !DILocation(line: 14, column: 9, scope: !101, inlinedAt: !115)
!133 = !DILocation(line: 14, column: 17, scope: !101, inlinedAt: !115)
!134 = !DILocation(line: 0, scope: !106, inlinedAt: !115)
!135 = !DILocation(line: 15, column: 31, scope: !109, inlinedAt: !115)
!136 = !DILocation(line: 15, column: 9, scope: !106, inlinedAt: !115)
!137 = !DILocation(line: 0, scope: !113, inlinedAt: !115)
!138 = !DILocation(line: 20, column: 9, scope: !113, inlinedAt: !115)
!139 = !DILocation(line: 15, scope: !106, inlinedAt: !115)
!140 = !DILocation(line: 16, column: 24, scope: !108, inlinedAt: !115)
!141 = !DILocation(line: 0, scope: !108, inlinedAt: !115)
!142 = !DILocation(line: 0, scope: !111, inlinedAt: !115)
!143 = !DILocation(line: 17, column: 13, scope: !111, inlinedAt: !115)
!144 = !DILocation(line: 18, column: 27, scope: !108, inlinedAt: !115)
!145 = !DILocation(line: 18, column: 25, scope: !108, inlinedAt: !115)
!146 = !DILocation(line: 18, column: 13, scope: !108, inlinedAt: !115)
!147 = !DILocation(line: 18, column: 21, scope: !108, inlinedAt: !115)
!148 = distinct !{!148, !136, !149, !65, !66}
!149 = !DILocation(line: 19, column: 9, scope: !106, inlinedAt: !115)
!150 = !DILocation(line: 17, column: 46, scope: !151, inlinedAt: !115)
!151 = distinct !DILexicalBlock(scope: !111, file: !3, line: 17, column: 13)
!152 = !DILocation(line: 17, column: 56, scope: !151, inlinedAt: !115)
!153 = !DILocation(line: 17, column: 43, scope: !151, inlinedAt: !115)
!154 = !DILocation(line: 17, column: 37, scope: !151, inlinedAt: !115)
!155 = !DILocation(line: 17, column: 31, scope: !151, inlinedAt: !115)
!156 = distinct !{!156, !143, !157, !65, !66}
!157 = !DILocation(line: 17, column: 62, scope: !111, inlinedAt: !115)
!158 = !DILocation(line: 20, column: 37, scope: !159, inlinedAt: !115)
!159 = distinct !DILexicalBlock(scope: !113, file: !3, line: 20, column: 9)
!160 = !DILocation(line: 20, column: 45, scope: !159, inlinedAt: !115)
!161 = !DILocation(line: 20, column: 33, scope: !159, inlinedAt: !115)
!162 = !DILocation(line: 20, column: 27, scope: !159, inlinedAt: !115)
!163 = distinct !{!163, !138, !164, !65, !66}
!164 = !DILocation(line: 20, column: 47, scope: !113, inlinedAt: !115)
!165 = !DILocation(line: 10, column: 29, scope: !102, inlinedAt: !115)
!166 = !DILocation(line: 10, column: 23, scope: !102, inlinedAt: !115)
!167 = !DILocation(line: 10, column: 5, scope: !85, inlinedAt: !115)
!168 = distinct !{!168, !167, !169, !65, !66}
!169 = !DILocation(line: 21, column: 5, scope: !85, inlinedAt: !115)
!170 = !DILocation(line: 36, column: 9, scope: !23)
!171 = !DILocation(line: 30, column: 29, scope: !38)
!172 = !DILocation(line: 30, column: 23, scope: !38)
!173 = !DILocation(line: 30, column: 5, scope: !35)
!174 = distinct !{!174, !173, !175, !65, !66}
!175 = !DILocation(line: 35, column: 9, scope: !35)
!176 = !DILocation(line: 32, column: 27, scope: !40)
!177 = !DILocation(line: 32, column: 24, scope: !40)
!178 = !DILocation(line: 0, scope: !40)
!179 = !DILocation(line: 0, scope: !43)
!180 = !DILocation(line: 33, column: 13, scope: !43)
!181 = !DILocation(line: 34, column: 13, scope: !40)
!182 = !DILocation(line: 34, column: 21, scope: !40)
!183 = !DILocation(line: 31, column: 33, scope: !41)
!184 = !DILocation(line: 31, column: 27, scope: !41)
!185 = distinct !{!185, !83, !186, !65, !66}
!186 = !DILocation(line: 35, column: 9, scope: !37)
!187 = !DILocation(line: 33, column: 46, scope: !188)
!188 = distinct !DILexicalBlock(scope: !43, file: !3, line: 33, column: 13)
!189 = !DILocation(line: 33, column: 56, scope: !188)
!190 = !DILocation(line: 33, column: 43, scope: !188)
!191 = !DILocation(line: 33, column: 37, scope: !188)
!192 = !DILocation(line: 33, column: 31, scope: !188)
!193 = distinct !{!193, !180, !194, !65, !66}
!194 = !DILocation(line: 33, column: 62, scope: !43)
!195 = !DILocation(line: 0, scope: !46)
!196 = !DILocation(line: 0, scope: !23)
!197 = !DILocation(line: 0, scope: !48)
!198 = !DILocation(line: 39, column: 9, scope: !48)
!199 = !DILocation(line: 44, column: 71, scope: !23)
!200 = !DILocation(line: 44, column: 5, scope: !23)
!201 = !DILocation(line: 45, column: 16, scope: !23)
!202 = !DILocation(line: 45, column: 12, scope: !23)
!203 = !DILocation(line: 0, scope: !54)
!204 = !DILocation(line: 0, scope: !51)
!205 = !DILocation(line: 41, column: 13, scope: !54)
!206 = !DILocation(line: 38, column: 29, scope: !49)
!207 = !DILocation(line: 38, column: 23, scope: !49)
!208 = !DILocation(line: 38, column: 5, scope: !46)
!209 = distinct !{!209, !208, !210, !65, !66}
!210 = !DILocation(line: 43, column: 9, scope: !46)
!211 = !DILocation(line: 42, column: 38, scope: !51)
!212 = !DILocation(line: 42, column: 36, scope: !51)
!213 = !DILocation(line: 42, column: 29, scope: !51)
!214 = !DILocation(line: 42, column: 19, scope: !51)
!215 = !DILocation(line: 39, column: 33, scope: !52)
!216 = !DILocation(line: 39, column: 27, scope: !52)
!217 = distinct !{!217, !198, !218, !65, !66}
!218 = !DILocation(line: 43, column: 9, scope: !48)
!219 = !DILocation(line: 41, column: 46, scope: !220)
!220 = distinct !DILexicalBlock(scope: !54, file: !3, line: 41, column: 13)
!221 = !DILocation(line: 41, column: 56, scope: !220)
!222 = !DILocation(line: 41, column: 43, scope: !220)
!223 = !DILocation(line: 41, column: 37, scope: !220)
!224 = !DILocation(line: 41, column: 31, scope: !220)
!225 = distinct !{!225, !205, !226, !65, !66}
!226 = !DILocation(line: 41, column: 62, scope: !54)
!227 = !DILocation(line: 46, column: 1, scope: !23)
!228 = !DISubprogram(name: "sin", scope: !229, file: !229, line: 64, type: !230, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !232)
!229 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/mathcalls.h", directory: "", checksumkind: CSK_MD5, checksum: "8c6e2d0d2bda65bc5ba1ca02b65383b7")
!230 = !DISubroutineType(types: !231)
!231 = !{!14, !14}
!232 = !{}
!233 = !DISubprogram(name: "printf", scope: !234, file: !234, line: 356, type: !235, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !232)
!234 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!235 = !DISubroutineType(types: !236)
!236 = !{!26, !237, null}
!237 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !238)
!238 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !239, size: 64)
!239 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !8)
!240 = !DISubprogram(name: "sqrt", scope: !229, file: !229, line: 143, type: !230, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !232)
