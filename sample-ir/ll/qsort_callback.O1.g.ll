; ModuleID = 'c/qsort_callback.c'
source_filename = "c/qsort_callback.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.city = type { ptr, i32, double }

@.str = private unnamed_addr constant [5 x i8] c"Lyon\00", align 1, !dbg !0
@.str.1 = private unnamed_addr constant [7 x i8] c"Berlin\00", align 1, !dbg !7
@.str.2 = private unnamed_addr constant [5 x i8] c"Oslo\00", align 1, !dbg !12
@.str.3 = private unnamed_addr constant [6 x i8] c"Porto\00", align 1, !dbg !14
@.str.4 = private unnamed_addr constant [7 x i8] c"Vienna\00", align 1, !dbg !19
@.str.5 = private unnamed_addr constant [7 x i8] c"Madrid\00", align 1, !dbg !21
@.str.6 = private unnamed_addr constant [5 x i8] c"Bern\00", align 1, !dbg !23
@.str.7 = private unnamed_addr constant [5 x i8] c"Riga\00", align 1, !dbg !25
@__const.main.cities = private unnamed_addr constant [8 x %struct.city] [%struct.city { ptr @.str, i32 522, double 4.790000e+01 }, %struct.city { ptr @.str.1, i32 3645, double 8.917000e+02 }, %struct.city { ptr @.str.2, i32 709, double 4.540000e+02 }, %struct.city { ptr @.str.3, i32 232, double 4.140000e+01 }, %struct.city { ptr @.str.4, i32 1931, double 4.146000e+02 }, %struct.city { ptr @.str.5, i32 3305, double 6.043000e+02 }, %struct.city { ptr @.str.6, i32 134, double 5.160000e+01 }, %struct.city { ptr @.str.7, i32 605, double 3.040000e+02 }], align 16
@main.orders = internal unnamed_addr constant [3 x ptr] [ptr @by_population_desc, ptr @by_density, ptr @by_name], align 16, !dbg !27
@reltable.main = internal unnamed_addr constant [3 x i32] [i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.8 to i64), i64 ptrtoint (ptr @reltable.main to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.9 to i64), i64 ptrtoint (ptr @reltable.main to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.10 to i64), i64 ptrtoint (ptr @reltable.main to i64)) to i32)], align 4
@.str.8 = private unnamed_addr constant [11 x i8] c"population\00", align 1, !dbg !49
@.str.9 = private unnamed_addr constant [8 x i8] c"density\00", align 1, !dbg !54
@.str.10 = private unnamed_addr constant [5 x i8] c"name\00", align 1, !dbg !59
@.str.11 = private unnamed_addr constant [42 x i8] c"qsort_callback by %-10s first=%s last=%s\0A\00", align 1, !dbg !66
@.str.12 = private unnamed_addr constant [44 x i8] c"qsort_callback bsearch Oslo -> %d thousand\0A\00", align 1, !dbg !71

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 !dbg !29 {
  %1 = alloca [8 x %struct.city], align 16
  call void @llvm.lifetime.start.p0(i64 192, ptr nonnull %1) #11, !dbg !102
  call void @llvm.dbg.declare(metadata ptr %1, metadata !77, metadata !DIExpression()), !dbg !103
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(192) %1, ptr noundef nonnull align 16 dereferenceable(192) @__const.main.cities, i64 192, i1 false), !dbg !103
  call void @llvm.dbg.value(metadata i64 8, metadata !79, metadata !DIExpression()), !dbg !104
  call void @llvm.dbg.value(metadata i32 1, metadata !84, metadata !DIExpression()), !dbg !104
  call void @llvm.dbg.value(metadata i32 0, metadata !85, metadata !DIExpression()), !dbg !105
  %2 = getelementptr inbounds %struct.city, ptr %1, i64 1
  %3 = getelementptr inbounds [8 x %struct.city], ptr %1, i64 0, i64 7
  br label %27, !dbg !106

4:                                                ; preds = %45, %18
  %5 = phi i64 [ %20, %18 ], [ 0, %45 ]
  %6 = phi i64 [ %19, %18 ], [ 8, %45 ]
  call void @llvm.dbg.value(metadata i64 %5, metadata !107, metadata !DIExpression()), !dbg !124
  call void @llvm.dbg.value(metadata i64 %6, metadata !120, metadata !DIExpression()), !dbg !124
  %7 = add i64 %6, %5, !dbg !126
  %8 = lshr i64 %7, 1, !dbg !128
  call void @llvm.dbg.value(metadata i64 %8, metadata !121, metadata !DIExpression()), !dbg !124
  %9 = mul i64 %8, 24, !dbg !129
  %10 = getelementptr inbounds i8, ptr %1, i64 %9, !dbg !130
  call void @llvm.dbg.value(metadata ptr %10, metadata !122, metadata !DIExpression()), !dbg !124
  call void @llvm.dbg.value(metadata ptr undef, metadata !131, metadata !DIExpression()), !dbg !135
  call void @llvm.dbg.value(metadata ptr %10, metadata !134, metadata !DIExpression()), !dbg !135
  %11 = load ptr, ptr %10, align 8, !dbg !137, !tbaa !138
  %12 = call i32 @strcmp(ptr noundef nonnull dereferenceable(5) @.str.2, ptr noundef nonnull dereferenceable(1) %11) #12, !dbg !145
  call void @llvm.dbg.value(metadata i32 %12, metadata !123, metadata !DIExpression()), !dbg !124
  %13 = icmp slt i32 %12, 0, !dbg !146
  br i1 %13, label %18, label %14, !dbg !148

14:                                               ; preds = %4
  %15 = icmp eq i32 %12, 0, !dbg !149
  br i1 %15, label %22, label %16, !dbg !151

16:                                               ; preds = %14
  %17 = add nuw i64 %8, 1, !dbg !152
  call void @llvm.dbg.value(metadata i64 %17, metadata !107, metadata !DIExpression()), !dbg !124
  br label %18

18:                                               ; preds = %16, %4
  %19 = phi i64 [ %6, %16 ], [ %8, %4 ], !dbg !124
  %20 = phi i64 [ %17, %16 ], [ %5, %4 ], !dbg !124
  call void @llvm.dbg.value(metadata i64 %20, metadata !107, metadata !DIExpression()), !dbg !124
  call void @llvm.dbg.value(metadata i64 %19, metadata !120, metadata !DIExpression()), !dbg !124
  %21 = icmp ult i64 %20, %19, !dbg !153
  br i1 %21, label %4, label %24, !dbg !154, !llvm.loop !155

22:                                               ; preds = %14
  %23 = getelementptr inbounds i8, ptr %1, i64 %9, !dbg !130
  br label %24, !dbg !159

24:                                               ; preds = %18, %22
  %25 = phi ptr [ %23, %22 ], [ null, %18 ], !dbg !124
  call void @llvm.dbg.value(metadata ptr %25, metadata !88, metadata !DIExpression()), !dbg !104
  %26 = icmp ne ptr %25, null, !dbg !159
  br i1 %26, label %56, label %59, !dbg !159

27:                                               ; preds = %0, %45
  %28 = phi i64 [ 0, %0 ], [ %54, %45 ]
  %29 = phi i32 [ 1, %0 ], [ %48, %45 ]
  call void @llvm.dbg.value(metadata i32 %29, metadata !84, metadata !DIExpression()), !dbg !104
  call void @llvm.dbg.value(metadata i64 %28, metadata !85, metadata !DIExpression()), !dbg !105
  %30 = getelementptr inbounds [3 x ptr], ptr @main.orders, i64 0, i64 %28, !dbg !160
  %31 = load ptr, ptr %30, align 8, !dbg !160, !tbaa !163
  call void @qsort(ptr noundef nonnull %1, i64 noundef 8, i64 noundef 24, ptr noundef %31) #11, !dbg !164
  call void @llvm.dbg.value(metadata ptr %1, metadata !165, metadata !DIExpression()), !dbg !174
  call void @llvm.dbg.value(metadata i64 8, metadata !170, metadata !DIExpression()), !dbg !174
  call void @llvm.dbg.value(metadata ptr %31, metadata !171, metadata !DIExpression()), !dbg !174
  call void @llvm.dbg.value(metadata i64 1, metadata !172, metadata !DIExpression()), !dbg !176
  %32 = call i32 %31(ptr noundef nonnull %1, ptr noundef nonnull %2) #11, !dbg !177
  %33 = icmp sgt i32 %32, 0, !dbg !180
  call void @llvm.dbg.value(metadata i64 1, metadata !172, metadata !DIExpression(DW_OP_plus_uconst, 1, DW_OP_stack_value)), !dbg !176
  br i1 %33, label %45, label %34, !dbg !181

34:                                               ; preds = %27, %38
  %35 = phi i64 [ %36, %38 ], [ 1, %27 ]
  call void @llvm.dbg.value(metadata i64 %35, metadata !172, metadata !DIExpression()), !dbg !176
  %36 = add nuw nsw i64 %35, 1, !dbg !182
  call void @llvm.dbg.value(metadata i64 %36, metadata !172, metadata !DIExpression()), !dbg !176
  call void @llvm.dbg.value(metadata i64 %35, metadata !172, metadata !DIExpression(DW_OP_plus_uconst, 1, DW_OP_stack_value)), !dbg !176
  %37 = icmp eq i64 %36, 8, !dbg !183
  br i1 %37, label %43, label %38, !dbg !184, !llvm.loop !185

38:                                               ; preds = %34
  call void @llvm.dbg.value(metadata i64 poison, metadata !172, metadata !DIExpression()), !dbg !176
  %39 = getelementptr inbounds %struct.city, ptr %1, i64 %35, !dbg !187
  %40 = getelementptr inbounds %struct.city, ptr %1, i64 %36, !dbg !188
  %41 = call i32 %31(ptr noundef nonnull %39, ptr noundef nonnull %40) #11, !dbg !177
  %42 = icmp sgt i32 %41, 0, !dbg !180
  call void @llvm.dbg.value(metadata i64 poison, metadata !172, metadata !DIExpression(DW_OP_plus_uconst, 1, DW_OP_stack_value)), !dbg !176
  br i1 %42, label %43, label %34, !dbg !181, !llvm.loop !185

43:                                               ; preds = %34, %38
  %44 = icmp ugt i64 %35, 6, !dbg !183
  br label %45

45:                                               ; preds = %43, %27
  %46 = phi i1 [ false, %27 ], [ %44, %43 ], !dbg !183
  %47 = zext i1 %46 to i32
  %48 = and i32 %29, %47, !dbg !189
  call void @llvm.dbg.value(metadata i32 %48, metadata !84, metadata !DIExpression()), !dbg !104
  %49 = shl i64 %28, 2, !dbg !190
  %50 = call ptr @llvm.load.relative.i64(ptr @reltable.main, i64 %49), !dbg !190
  %51 = load ptr, ptr %1, align 16, !dbg !191, !tbaa !138
  %52 = load ptr, ptr %3, align 8, !dbg !192, !tbaa !138
  %53 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, ptr noundef %50, ptr noundef %51, ptr noundef %52), !dbg !193
  %54 = add nuw nsw i64 %28, 1, !dbg !194
  call void @llvm.dbg.value(metadata i64 %54, metadata !85, metadata !DIExpression()), !dbg !105
  %55 = icmp eq i64 %54, 3, !dbg !195
  br i1 %55, label %4, label %27, !dbg !106, !llvm.loop !196

56:                                               ; preds = %24
  %57 = getelementptr inbounds %struct.city, ptr %25, i64 0, i32 1, !dbg !198
  %58 = load i32, ptr %57, align 8, !dbg !198, !tbaa !199
  br label %59, !dbg !159

59:                                               ; preds = %24, %56
  %60 = phi i32 [ %58, %56 ], [ -1, %24 ], !dbg !159
  %61 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i32 noundef %60), !dbg !200
  %62 = icmp ne i32 %48, 0, !dbg !201
  %63 = and i1 %62, %26, !dbg !202
  br i1 %63, label %64, label %69, !dbg !202

64:                                               ; preds = %59
  %65 = getelementptr inbounds %struct.city, ptr %25, i64 0, i32 1, !dbg !203
  %66 = load i32, ptr %65, align 8, !dbg !203, !tbaa !199
  %67 = icmp ne i32 %66, 709, !dbg !204
  %68 = zext i1 %67 to i32, !dbg !201
  br label %69

69:                                               ; preds = %64, %59
  %70 = phi i32 [ 1, %59 ], [ %68, %64 ]
  call void @llvm.lifetime.end.p0(i64 192, ptr nonnull %1) #11, !dbg !205
  ret i32 %70, !dbg !206
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.declare(metadata, metadata, metadata) #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #3

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define internal i32 @by_population_desc(ptr nocapture noundef readonly %0, ptr nocapture noundef readonly %1) #4 !dbg !207 {
  call void @llvm.dbg.value(metadata ptr %0, metadata !209, metadata !DIExpression()), !dbg !213
  call void @llvm.dbg.value(metadata ptr %1, metadata !210, metadata !DIExpression()), !dbg !213
  %3 = getelementptr inbounds %struct.city, ptr %0, i64 0, i32 1, !dbg !214
  %4 = load i32, ptr %3, align 8, !dbg !214, !tbaa !199
  call void @llvm.dbg.value(metadata i32 %4, metadata !211, metadata !DIExpression()), !dbg !213
  %5 = getelementptr inbounds %struct.city, ptr %1, i64 0, i32 1, !dbg !215
  %6 = load i32, ptr %5, align 8, !dbg !215, !tbaa !199
  call void @llvm.dbg.value(metadata i32 %6, metadata !212, metadata !DIExpression()), !dbg !213
  %7 = icmp sgt i32 %6, %4, !dbg !216
  %8 = zext i1 %7 to i32, !dbg !216
  %9 = icmp slt i32 %6, %4, !dbg !217
  %10 = sext i1 %9 to i32, !dbg !217
  %11 = add nsw i32 %10, %8, !dbg !218
  ret i32 %11, !dbg !219
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define internal i32 @by_density(ptr nocapture noundef readonly %0, ptr nocapture noundef readonly %1) #4 !dbg !220 {
  call void @llvm.dbg.value(metadata ptr %0, metadata !222, metadata !DIExpression()), !dbg !226
  call void @llvm.dbg.value(metadata ptr %1, metadata !223, metadata !DIExpression()), !dbg !226
  call void @llvm.dbg.value(metadata ptr %0, metadata !227, metadata !DIExpression()), !dbg !232
  %3 = getelementptr inbounds %struct.city, ptr %0, i64 0, i32 1, !dbg !234
  %4 = load i32, ptr %3, align 8, !dbg !234, !tbaa !199
  %5 = sitofp i32 %4 to double, !dbg !235
  %6 = fmul double %5, 1.000000e+03, !dbg !236
  %7 = getelementptr inbounds %struct.city, ptr %0, i64 0, i32 2, !dbg !237
  %8 = load double, ptr %7, align 8, !dbg !237, !tbaa !238
  %9 = fdiv double %6, %8, !dbg !239
  call void @llvm.dbg.value(metadata double %9, metadata !224, metadata !DIExpression()), !dbg !226
  call void @llvm.dbg.value(metadata ptr %1, metadata !227, metadata !DIExpression()), !dbg !240
  %10 = getelementptr inbounds %struct.city, ptr %1, i64 0, i32 1, !dbg !242
  %11 = load i32, ptr %10, align 8, !dbg !242, !tbaa !199
  %12 = sitofp i32 %11 to double, !dbg !243
  %13 = fmul double %12, 1.000000e+03, !dbg !244
  %14 = getelementptr inbounds %struct.city, ptr %1, i64 0, i32 2, !dbg !245
  %15 = load double, ptr %14, align 8, !dbg !245, !tbaa !238
  %16 = fdiv double %13, %15, !dbg !246
  call void @llvm.dbg.value(metadata double %16, metadata !225, metadata !DIExpression()), !dbg !226
  %17 = fcmp ogt double %9, %16, !dbg !247
  %18 = zext i1 %17 to i32, !dbg !247
  %19 = fcmp olt double %9, %16, !dbg !248
  %20 = sext i1 %19 to i32, !dbg !248
  %21 = add nsw i32 %20, %18, !dbg !249
  ret i32 %21, !dbg !250
}

; Function Attrs: mustprogress nofree nounwind willreturn memory(read, inaccessiblemem: none) uwtable
define internal i32 @by_name(ptr nocapture noundef readonly %0, ptr nocapture noundef readonly %1) #5 !dbg !132 {
  call void @llvm.dbg.value(metadata ptr %0, metadata !131, metadata !DIExpression()), !dbg !251
  call void @llvm.dbg.value(metadata ptr %1, metadata !134, metadata !DIExpression()), !dbg !251
  %3 = load ptr, ptr %0, align 8, !dbg !252, !tbaa !138
  %4 = load ptr, ptr %1, align 8, !dbg !253, !tbaa !138
  %5 = tail call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %3, ptr noundef nonnull dereferenceable(1) %4) #12, !dbg !254
  ret i32 %5, !dbg !255
}

; Function Attrs: nofree
declare !dbg !256 void @qsort(ptr noundef, i64 noundef, i64 noundef, ptr nocapture noundef) local_unnamed_addr #6

; Function Attrs: nofree nounwind
declare !dbg !260 noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #7

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare !dbg !265 i32 @strcmp(ptr nocapture noundef, ptr nocapture noundef) local_unnamed_addr #8

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #9

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: read)
declare ptr @llvm.load.relative.i64(ptr, i64) #10

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nofree nounwind willreturn memory(read, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nofree "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { mustprogress nofree nounwind willreturn memory(argmem: read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #10 = { nocallback nofree nosync nounwind willreturn memory(argmem: read) }
attributes #11 = { nounwind }
attributes #12 = { nounwind willreturn memory(read) }

!llvm.dbg.cu = !{!33}
!llvm.module.flags = !{!96, !97, !98, !99, !100, !101}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 38, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "c/qsort_callback.c", directory: ".", checksumkind: CSK_MD5, checksum: "af54ea4e46758a020a69d5fe7686f835")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 40, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 5)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(scope: null, file: !2, line: 38, type: !9, isLocal: true, isDefinition: true)
!9 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 56, elements: !10)
!10 = !{!11}
!11 = !DISubrange(count: 7)
!12 = !DIGlobalVariableExpression(var: !13, expr: !DIExpression())
!13 = distinct !DIGlobalVariable(scope: null, file: !2, line: 38, type: !3, isLocal: true, isDefinition: true)
!14 = !DIGlobalVariableExpression(var: !15, expr: !DIExpression())
!15 = distinct !DIGlobalVariable(scope: null, file: !2, line: 38, type: !16, isLocal: true, isDefinition: true)
!16 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 48, elements: !17)
!17 = !{!18}
!18 = !DISubrange(count: 6)
!19 = !DIGlobalVariableExpression(var: !20, expr: !DIExpression())
!20 = distinct !DIGlobalVariable(scope: null, file: !2, line: 39, type: !9, isLocal: true, isDefinition: true)
!21 = !DIGlobalVariableExpression(var: !22, expr: !DIExpression())
!22 = distinct !DIGlobalVariable(scope: null, file: !2, line: 39, type: !9, isLocal: true, isDefinition: true)
!23 = !DIGlobalVariableExpression(var: !24, expr: !DIExpression())
!24 = distinct !DIGlobalVariable(scope: null, file: !2, line: 39, type: !3, isLocal: true, isDefinition: true)
!25 = !DIGlobalVariableExpression(var: !26, expr: !DIExpression())
!26 = distinct !DIGlobalVariable(scope: null, file: !2, line: 39, type: !3, isLocal: true, isDefinition: true)
!27 = !DIGlobalVariableExpression(var: !28, expr: !DIExpression())
!28 = distinct !DIGlobalVariable(name: "orders", scope: !29, file: !2, line: 41, type: !90, isLocal: true, isDefinition: true)
!29 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 36, type: !30, scopeLine: 36, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !33, retainedNodes: !76)
!30 = !DISubroutineType(types: !31)
!31 = !{!32}
!32 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!33 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !34, globals: !48, splitDebugInlining: false, nameTableKind: None)
!34 = !{!35, !45, !40, !47}
!35 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !36, size: 64)
!36 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !37)
!37 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "city", file: !2, line: 6, size: 192, elements: !38)
!38 = !{!39, !42, !43}
!39 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !37, file: !2, line: 7, baseType: !40, size: 64)
!40 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !41, size: 64)
!41 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !4)
!42 = !DIDerivedType(tag: DW_TAG_member, name: "population", scope: !37, file: !2, line: 8, baseType: !32, size: 32, offset: 64)
!43 = !DIDerivedType(tag: DW_TAG_member, name: "area", scope: !37, file: !2, line: 9, baseType: !44, size: 64, offset: 128)
!44 = !DIBasicType(name: "double", size: 64, encoding: DW_ATE_float)
!45 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !46, size: 64)
!46 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
!47 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!48 = !{!0, !7, !12, !14, !19, !21, !23, !25, !27, !49, !54, !59, !61, !66, !71}
!49 = !DIGlobalVariableExpression(var: !50, expr: !DIExpression())
!50 = distinct !DIGlobalVariable(scope: null, file: !2, line: 42, type: !51, isLocal: true, isDefinition: true)
!51 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 88, elements: !52)
!52 = !{!53}
!53 = !DISubrange(count: 11)
!54 = !DIGlobalVariableExpression(var: !55, expr: !DIExpression())
!55 = distinct !DIGlobalVariable(scope: null, file: !2, line: 42, type: !56, isLocal: true, isDefinition: true)
!56 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 64, elements: !57)
!57 = !{!58}
!58 = !DISubrange(count: 8)
!59 = !DIGlobalVariableExpression(var: !60, expr: !DIExpression())
!60 = distinct !DIGlobalVariable(scope: null, file: !2, line: 42, type: !3, isLocal: true, isDefinition: true)
!61 = !DIGlobalVariableExpression(var: !62, expr: !DIExpression())
!62 = distinct !DIGlobalVariable(name: "order_names", scope: !29, file: !2, line: 42, type: !63, isLocal: true, isDefinition: true)
!63 = !DICompositeType(tag: DW_TAG_array_type, baseType: !40, size: 192, elements: !64)
!64 = !{!65}
!65 = !DISubrange(count: 3)
!66 = !DIGlobalVariableExpression(var: !67, expr: !DIExpression())
!67 = distinct !DIGlobalVariable(scope: null, file: !2, line: 47, type: !68, isLocal: true, isDefinition: true)
!68 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 336, elements: !69)
!69 = !{!70}
!70 = !DISubrange(count: 42)
!71 = !DIGlobalVariableExpression(var: !72, expr: !DIExpression())
!72 = distinct !DIGlobalVariable(scope: null, file: !2, line: 51, type: !73, isLocal: true, isDefinition: true)
!73 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 352, elements: !74)
!74 = !{!75}
!75 = !DISubrange(count: 44)
!76 = !{!77, !79, !84, !85, !87, !88}
!77 = !DILocalVariable(name: "cities", scope: !29, file: !2, line: 37, type: !78)
!78 = !DICompositeType(tag: DW_TAG_array_type, baseType: !37, size: 1536, elements: !57)
!79 = !DILocalVariable(name: "n", scope: !29, file: !2, line: 40, type: !80)
!80 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !81)
!81 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !82, line: 46, baseType: !83)
!82 = !DIFile(filename: "/usr/lib/llvm-16/lib/clang/16/include/stddef.h", directory: "", checksumkind: CSK_MD5, checksum: "f95079da609b0e8f201cb8136304bf3b")
!83 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!84 = !DILocalVariable(name: "ok", scope: !29, file: !2, line: 43, type: !32)
!85 = !DILocalVariable(name: "k", scope: !86, file: !2, line: 44, type: !32)
!86 = distinct !DILexicalBlock(scope: !29, file: !2, line: 44, column: 5)
!87 = !DILocalVariable(name: "key", scope: !29, file: !2, line: 49, type: !37)
!88 = !DILocalVariable(name: "found", scope: !29, file: !2, line: 50, type: !89)
!89 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !37, size: 64)
!90 = !DICompositeType(tag: DW_TAG_array_type, baseType: !91, size: 192, elements: !64)
!91 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !92)
!92 = !DIDerivedType(tag: DW_TAG_typedef, name: "comparator", file: !2, line: 12, baseType: !93)
!93 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !94, size: 64)
!94 = !DISubroutineType(types: !95)
!95 = !{!32, !45, !45}
!96 = !{i32 7, !"Dwarf Version", i32 5}
!97 = !{i32 2, !"Debug Info Version", i32 3}
!98 = !{i32 1, !"wchar_size", i32 4}
!99 = !{i32 8, !"PIC Level", i32 2}
!100 = !{i32 7, !"PIE Level", i32 2}
!101 = !{i32 7, !"uwtable", i32 2}
!102 = !DILocation(line: 37, column: 5, scope: !29)
!103 = !DILocation(line: 37, column: 17, scope: !29)
!104 = !DILocation(line: 0, scope: !29)
!105 = !DILocation(line: 0, scope: !86)
!106 = !DILocation(line: 44, column: 5, scope: !86)
!107 = !DILocalVariable(name: "__l", scope: !108, file: !109, line: 23, type: !81)
!108 = distinct !DISubprogram(name: "bsearch", scope: !109, file: !109, line: 20, type: !110, scopeLine: 22, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !33, retainedNodes: !114)
!109 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdlib-bsearch.h", directory: "", checksumkind: CSK_MD5, checksum: "724ededa330cc3e0cbd34c5b4030a6f6")
!110 = !DISubroutineType(types: !111)
!111 = !{!47, !45, !45, !81, !81, !112}
!112 = !DIDerivedType(tag: DW_TAG_typedef, name: "__compar_fn_t", file: !113, line: 829, baseType: !93)
!113 = !DIFile(filename: "/usr/include/stdlib.h", directory: "", checksumkind: CSK_MD5, checksum: "4b47dc81a92f1fe77a152c0aac236718")
!114 = !{!115, !116, !117, !118, !119, !107, !120, !121, !122, !123}
!115 = !DILocalVariable(name: "__key", arg: 1, scope: !108, file: !109, line: 20, type: !45)
!116 = !DILocalVariable(name: "__base", arg: 2, scope: !108, file: !109, line: 20, type: !45)
!117 = !DILocalVariable(name: "__nmemb", arg: 3, scope: !108, file: !109, line: 20, type: !81)
!118 = !DILocalVariable(name: "__size", arg: 4, scope: !108, file: !109, line: 20, type: !81)
!119 = !DILocalVariable(name: "__compar", arg: 5, scope: !108, file: !109, line: 21, type: !112)
!120 = !DILocalVariable(name: "__u", scope: !108, file: !109, line: 23, type: !81)
!121 = !DILocalVariable(name: "__idx", scope: !108, file: !109, line: 23, type: !81)
!122 = !DILocalVariable(name: "__p", scope: !108, file: !109, line: 24, type: !45)
!123 = !DILocalVariable(name: "__comparison", scope: !108, file: !109, line: 25, type: !32)
!124 = !DILocation(line: 0, scope: !108, inlinedAt: !125)
!125 = distinct !DILocation(line: 50, column: 26, scope: !29)
!126 = !DILocation(line: 31, column: 20, scope: !127, inlinedAt: !125)
!127 = distinct !DILexicalBlock(scope: !108, file: !109, line: 30, column: 5)
!128 = !DILocation(line: 31, column: 27, scope: !127, inlinedAt: !125)
!129 = !DILocation(line: 32, column: 62, scope: !127, inlinedAt: !125)
!130 = !DILocation(line: 32, column: 53, scope: !127, inlinedAt: !125)
!131 = !DILocalVariable(name: "a", arg: 1, scope: !132, file: !2, line: 14, type: !45)
!132 = distinct !DISubprogram(name: "by_name", scope: !2, file: !2, line: 14, type: !94, scopeLine: 14, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !33, retainedNodes: !133)
!133 = !{!131, !134}
!134 = !DILocalVariable(name: "b", arg: 2, scope: !132, file: !2, line: 14, type: !45)
!135 = !DILocation(line: 0, scope: !132, inlinedAt: !136)
!136 = distinct !DILocation(line: 33, column: 22, scope: !127, inlinedAt: !125)
!137 = !DILocation(line: 15, column: 77, scope: !132, inlinedAt: !136)
!138 = !{!139, !140, i64 0}
!139 = !{!"city", !140, i64 0, !143, i64 8, !144, i64 16}
!140 = !{!"any pointer", !141, i64 0}
!141 = !{!"omnipotent char", !142, i64 0}
!142 = !{!"Simple C/C++ TBAA"}
!143 = !{!"int", !141, i64 0}
!144 = !{!"double", !141, i64 0}
!145 = !DILocation(line: 15, column: 12, scope: !132, inlinedAt: !136)
!146 = !DILocation(line: 34, column: 24, scope: !147, inlinedAt: !125)
!147 = distinct !DILexicalBlock(scope: !127, file: !109, line: 34, column: 11)
!148 = !DILocation(line: 34, column: 11, scope: !127, inlinedAt: !125)
!149 = !DILocation(line: 36, column: 29, scope: !150, inlinedAt: !125)
!150 = distinct !DILexicalBlock(scope: !147, file: !109, line: 36, column: 16)
!151 = !DILocation(line: 36, column: 16, scope: !147, inlinedAt: !125)
!152 = !DILocation(line: 37, column: 14, scope: !150, inlinedAt: !125)
!153 = !DILocation(line: 29, column: 14, scope: !108, inlinedAt: !125)
!154 = !DILocation(line: 29, column: 3, scope: !108, inlinedAt: !125)
!155 = distinct !{!155, !154, !156, !157, !158}
!156 = !DILocation(line: 49, column: 5, scope: !108, inlinedAt: !125)
!157 = !{!"llvm.loop.mustprogress"}
!158 = !{!"llvm.loop.unroll.disable"}
!159 = !DILocation(line: 51, column: 60, scope: !29)
!160 = !DILocation(line: 45, column: 44, scope: !161)
!161 = distinct !DILexicalBlock(scope: !162, file: !2, line: 44, column: 33)
!162 = distinct !DILexicalBlock(scope: !86, file: !2, line: 44, column: 5)
!163 = !{!140, !140, i64 0}
!164 = !DILocation(line: 45, column: 9, scope: !161)
!165 = !DILocalVariable(name: "c", arg: 1, scope: !166, file: !2, line: 30, type: !35)
!166 = distinct !DISubprogram(name: "is_sorted", scope: !2, file: !2, line: 30, type: !167, scopeLine: 30, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !33, retainedNodes: !169)
!167 = !DISubroutineType(types: !168)
!168 = !{!32, !35, !81, !92}
!169 = !{!165, !170, !171, !172}
!170 = !DILocalVariable(name: "n", arg: 2, scope: !166, file: !2, line: 30, type: !81)
!171 = !DILocalVariable(name: "cmp", arg: 3, scope: !166, file: !2, line: 30, type: !92)
!172 = !DILocalVariable(name: "i", scope: !173, file: !2, line: 31, type: !81)
!173 = distinct !DILexicalBlock(scope: !166, file: !2, line: 31, column: 5)
!174 = !DILocation(line: 0, scope: !166, inlinedAt: !175)
!175 = distinct !DILocation(line: 46, column: 15, scope: !161)
!176 = !DILocation(line: 0, scope: !173, inlinedAt: !175)
!177 = !DILocation(line: 32, column: 13, scope: !178, inlinedAt: !175)
!178 = distinct !DILexicalBlock(scope: !179, file: !2, line: 32, column: 13)
!179 = distinct !DILexicalBlock(scope: !173, file: !2, line: 31, column: 5)
!180 = !DILocation(line: 32, column: 35, scope: !178, inlinedAt: !175)
!181 = !DILocation(line: 32, column: 13, scope: !179, inlinedAt: !175)
!182 = !DILocation(line: 31, column: 32, scope: !179, inlinedAt: !175)
!183 = !DILocation(line: 31, column: 26, scope: !179, inlinedAt: !175)
!184 = !DILocation(line: 31, column: 5, scope: !173, inlinedAt: !175)
!185 = distinct !{!185, !184, !186, !157, !158}
!186 = !DILocation(line: 32, column: 47, scope: !173, inlinedAt: !175)
!187 = !DILocation(line: 32, column: 18, scope: !178, inlinedAt: !175)
!188 = !DILocation(line: 32, column: 29, scope: !178, inlinedAt: !175)
!189 = !DILocation(line: 46, column: 12, scope: !161)
!190 = !DILocation(line: 47, column: 62, scope: !161)
!191 = !DILocation(line: 47, column: 88, scope: !161)
!192 = !DILocation(line: 47, column: 108, scope: !161)
!193 = !DILocation(line: 47, column: 9, scope: !161)
!194 = !DILocation(line: 44, column: 29, scope: !162)
!195 = !DILocation(line: 44, column: 23, scope: !162)
!196 = distinct !{!196, !106, !197, !157, !158}
!197 = !DILocation(line: 48, column: 5, scope: !86)
!198 = !DILocation(line: 51, column: 75, scope: !29)
!199 = !{!139, !143, i64 8}
!200 = !DILocation(line: 51, column: 5, scope: !29)
!201 = !DILocation(line: 52, column: 12, scope: !29)
!202 = !DILocation(line: 52, column: 15, scope: !29)
!203 = !DILocation(line: 52, column: 34, scope: !29)
!204 = !DILocation(line: 52, column: 45, scope: !29)
!205 = !DILocation(line: 53, column: 1, scope: !29)
!206 = !DILocation(line: 52, column: 5, scope: !29)
!207 = distinct !DISubprogram(name: "by_population_desc", scope: !2, file: !2, line: 18, type: !94, scopeLine: 18, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !33, retainedNodes: !208)
!208 = !{!209, !210, !211, !212}
!209 = !DILocalVariable(name: "a", arg: 1, scope: !207, file: !2, line: 18, type: !45)
!210 = !DILocalVariable(name: "b", arg: 2, scope: !207, file: !2, line: 18, type: !45)
!211 = !DILocalVariable(name: "pa", scope: !207, file: !2, line: 19, type: !32)
!212 = !DILocalVariable(name: "pb", scope: !207, file: !2, line: 19, type: !32)
!213 = !DILocation(line: 0, scope: !207)
!214 = !DILocation(line: 19, column: 40, scope: !207)
!215 = !DILocation(line: 19, column: 83, scope: !207)
!216 = !DILocation(line: 20, column: 16, scope: !207)
!217 = !DILocation(line: 20, column: 28, scope: !207)
!218 = !DILocation(line: 20, column: 22, scope: !207)
!219 = !DILocation(line: 20, column: 5, scope: !207)
!220 = distinct !DISubprogram(name: "by_density", scope: !2, file: !2, line: 25, type: !94, scopeLine: 25, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !33, retainedNodes: !221)
!221 = !{!222, !223, !224, !225}
!222 = !DILocalVariable(name: "a", arg: 1, scope: !220, file: !2, line: 25, type: !45)
!223 = !DILocalVariable(name: "b", arg: 2, scope: !220, file: !2, line: 25, type: !45)
!224 = !DILocalVariable(name: "da", scope: !220, file: !2, line: 26, type: !44)
!225 = !DILocalVariable(name: "db", scope: !220, file: !2, line: 26, type: !44)
!226 = !DILocation(line: 0, scope: !220)
!227 = !DILocalVariable(name: "c", arg: 1, scope: !228, file: !2, line: 23, type: !35)
!228 = distinct !DISubprogram(name: "density", scope: !2, file: !2, line: 23, type: !229, scopeLine: 23, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !33, retainedNodes: !231)
!229 = !DISubroutineType(types: !230)
!230 = !{!44, !35}
!231 = !{!227}
!232 = !DILocation(line: 0, scope: !228, inlinedAt: !233)
!233 = distinct !DILocation(line: 26, column: 17, scope: !220)
!234 = !DILocation(line: 23, column: 57, scope: !228, inlinedAt: !233)
!235 = !DILocation(line: 23, column: 54, scope: !228, inlinedAt: !233)
!236 = !DILocation(line: 23, column: 68, scope: !228, inlinedAt: !233)
!237 = !DILocation(line: 23, column: 82, scope: !228, inlinedAt: !233)
!238 = !{!139, !144, i64 16}
!239 = !DILocation(line: 23, column: 77, scope: !228, inlinedAt: !233)
!240 = !DILocation(line: 0, scope: !228, inlinedAt: !241)
!241 = distinct !DILocation(line: 26, column: 34, scope: !220)
!242 = !DILocation(line: 23, column: 57, scope: !228, inlinedAt: !241)
!243 = !DILocation(line: 23, column: 54, scope: !228, inlinedAt: !241)
!244 = !DILocation(line: 23, column: 68, scope: !228, inlinedAt: !241)
!245 = !DILocation(line: 23, column: 82, scope: !228, inlinedAt: !241)
!246 = !DILocation(line: 23, column: 77, scope: !228, inlinedAt: !241)
!247 = !DILocation(line: 27, column: 16, scope: !220)
!248 = !DILocation(line: 27, column: 28, scope: !220)
!249 = !DILocation(line: 27, column: 22, scope: !220)
!250 = !DILocation(line: 27, column: 5, scope: !220)
!251 = !DILocation(line: 0, scope: !132)
!252 = !DILocation(line: 15, column: 45, scope: !132)
!253 = !DILocation(line: 15, column: 77, scope: !132)
!254 = !DILocation(line: 15, column: 12, scope: !132)
!255 = !DILocation(line: 15, column: 5, scope: !132)
!256 = !DISubprogram(name: "qsort", scope: !113, file: !113, line: 851, type: !257, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !259)
!257 = !DISubroutineType(types: !258)
!258 = !{null, !47, !81, !81, !112}
!259 = !{}
!260 = !DISubprogram(name: "printf", scope: !261, file: !261, line: 356, type: !262, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !259)
!261 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!262 = !DISubroutineType(types: !263)
!263 = !{!32, !264, null}
!264 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !40)
!265 = !DISubprogram(name: "strcmp", scope: !266, file: !266, line: 156, type: !267, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !259)
!266 = !DIFile(filename: "/usr/include/string.h", directory: "", checksumkind: CSK_MD5, checksum: "0ee11a08692643b86154f96759d0f7fa")
!267 = !DISubroutineType(types: !268)
!268 = !{!32, !40, !40}
