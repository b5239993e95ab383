; ModuleID = 'c/stack_vm.c'
source_filename = "c/stack_vm.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.instr = type { i32, i32 }
%struct.__va_list_tag = type { i32, i32, ptr, ptr }

@main.factorial = internal constant [21 x %struct.instr] [%struct.instr { i32 0, i32 10 }, %struct.instr { i32 2, i32 0 }, %struct.instr { i32 0, i32 1 }, %struct.instr { i32 2, i32 1 }, %struct.instr zeroinitializer, %struct.instr { i32 1, i32 0 }, %struct.instr { i32 3, i32 3 }, %struct.instr { i32 5, i32 18 }, %struct.instr { i32 1, i32 1 }, %struct.instr { i32 1, i32 0 }, %struct.instr { i32 3, i32 2 }, %struct.instr { i32 2, i32 1 }, %struct.instr { i32 1, i32 0 }, %struct.instr { i32 0, i32 1 }, %struct.instr { i32 3, i32 1 }, %struct.instr { i32 2, i32 0 }, %struct.instr { i32 4, i32 4 }, %struct.instr { i32 7, i32 0 }, %struct.instr { i32 1, i32 1 }, %struct.instr { i32 6, i32 0 }, %struct.instr { i32 7, i32 0 }], align 16, !dbg !0
@main.sum = internal constant [19 x %struct.instr] [%struct.instr zeroinitializer, %struct.instr { i32 2, i32 3 }, %struct.instr { i32 0, i32 100 }, %struct.instr { i32 2, i32 2 }, %struct.instr zeroinitializer, %struct.instr { i32 1, i32 2 }, %struct.instr { i32 3, i32 3 }, %struct.instr { i32 5, i32 17 }, %struct.instr { i32 1, i32 3 }, %struct.instr { i32 1, i32 2 }, %struct.instr { i32 3, i32 0 }, %struct.instr { i32 2, i32 3 }, %struct.instr { i32 1, i32 2 }, %struct.instr { i32 0, i32 1 }, %struct.instr { i32 3, i32 1 }, %struct.instr { i32 2, i32 2 }, %struct.instr { i32 4, i32 4 }, %struct.instr { i32 1, i32 3 }, %struct.instr { i32 7, i32 0 }], align 16, !dbg !21
@trace_enabled = internal unnamed_addr global i1 false, align 4, !dbg !94
@.str = private unnamed_addr constant [48 x i8] c"stack_vm 10!=%ld (%d steps) sum=%ld (%d steps)\0A\00", align 1, !dbg !31
@vars = internal unnamed_addr global [8 x i64] zeroinitializer, align 16, !dbg !54
@builtins = internal unnamed_addr constant [4 x ptr] [ptr @add, ptr @sub, ptr @mul, ptr @less], align 16, !dbg !60
@.str.1 = private unnamed_addr constant [22 x i8] c"  %s(%ld, %ld) = %ld\0A\00", align 1, !dbg !39
@reltable.run = internal unnamed_addr constant [4 x i32] [i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.4 to i64), i64 ptrtoint (ptr @reltable.run to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.5 to i64), i64 ptrtoint (ptr @reltable.run to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.6 to i64), i64 ptrtoint (ptr @reltable.run to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.7 to i64), i64 ptrtoint (ptr @reltable.run to i64)) to i32)], align 4
@.str.2 = private unnamed_addr constant [20 x i8] c"stack_vm print %ld\0A\00", align 1, !dbg !44
@.str.3 = private unnamed_addr constant [30 x i8] c"stack_vm bad opcode %d at %d\0A\00", align 1, !dbg !49
@stdout = external local_unnamed_addr global ptr, align 8
@.str.4 = private unnamed_addr constant [4 x i8] c"add\00", align 1, !dbg !69
@.str.5 = private unnamed_addr constant [4 x i8] c"sub\00", align 1, !dbg !72
@.str.6 = private unnamed_addr constant [4 x i8] c"mul\00", align 1, !dbg !74
@.str.7 = private unnamed_addr constant [5 x i8] c"less\00", align 1, !dbg !76

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 !dbg !2 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %1) #9, !dbg !101
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %2) #9, !dbg !101
  store i1 true, ptr @trace_enabled, align 4, !dbg !102
  call void @llvm.dbg.value(metadata ptr %1, metadata !87, metadata !DIExpression(DW_OP_deref)), !dbg !103
  %3 = call fastcc i64 @run(ptr noundef nonnull @main.factorial, ptr noundef nonnull %1), !dbg !104
  call void @llvm.dbg.value(metadata i64 %3, metadata !89, metadata !DIExpression()), !dbg !103
  store i1 false, ptr @trace_enabled, align 4, !dbg !105
  call void @llvm.dbg.value(metadata ptr %2, metadata !88, metadata !DIExpression(DW_OP_deref)), !dbg !103
  %4 = call fastcc i64 @run(ptr noundef nonnull @main.sum, ptr noundef nonnull %2), !dbg !106
  call void @llvm.dbg.value(metadata i64 %4, metadata !90, metadata !DIExpression()), !dbg !103
  %5 = load i32, ptr %1, align 4, !dbg !107, !tbaa !108
  call void @llvm.dbg.value(metadata i32 %5, metadata !87, metadata !DIExpression()), !dbg !103
  %6 = load i32, ptr %2, align 4, !dbg !112, !tbaa !108
  call void @llvm.dbg.value(metadata i32 %6, metadata !88, metadata !DIExpression()), !dbg !103
  %7 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i64 noundef %3, i32 noundef %5, i64 noundef %4, i32 noundef %6), !dbg !113
  %8 = icmp ne i64 %3, 3628800, !dbg !114
  %9 = icmp ne i64 %4, 5050, !dbg !115
  %10 = or i1 %8, %9, !dbg !116
  %11 = zext i1 %10 to i32, !dbg !116
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %2) #9, !dbg !117
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %1) #9, !dbg !117
  ret i32 %11, !dbg !118
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.declare(metadata, metadata, metadata) #2

; Function Attrs: nounwind uwtable
define internal fastcc i64 @run(ptr nocapture noundef readonly %0, ptr nocapture noundef %1) unnamed_addr #0 !dbg !119 {
  %3 = alloca [64 x i64], align 16
  call void @llvm.dbg.value(metadata ptr %0, metadata !125, metadata !DIExpression()), !dbg !141
  call void @llvm.dbg.value(metadata ptr %1, metadata !126, metadata !DIExpression()), !dbg !141
  call void @llvm.lifetime.start.p0(i64 512, ptr nonnull %3) #9, !dbg !142
  call void @llvm.dbg.declare(metadata ptr %3, metadata !127, metadata !DIExpression()), !dbg !143
  call void @llvm.dbg.value(metadata i32 0, metadata !131, metadata !DIExpression()), !dbg !141
  call void @llvm.dbg.value(metadata i32 0, metadata !132, metadata !DIExpression()), !dbg !141
  store i32 0, ptr %1, align 4, !dbg !144, !tbaa !108
  br label %4, !dbg !145

4:                                                ; preds = %72, %2
  %5 = phi i32 [ 0, %2 ], [ %73, %72 ], !dbg !141
  %6 = phi i32 [ 0, %2 ], [ %74, %72 ], !dbg !146
  %7 = phi i64 [ undef, %2 ], [ %75, %72 ]
  call void @llvm.dbg.value(metadata i32 %6, metadata !131, metadata !DIExpression()), !dbg !141
  call void @llvm.dbg.value(metadata i32 %5, metadata !132, metadata !DIExpression()), !dbg !141
  %8 = add nsw i32 %5, 1, !dbg !147
  call void @llvm.dbg.value(metadata i32 %8, metadata !132, metadata !DIExpression()), !dbg !141
  %9 = sext i32 %5 to i64, !dbg !148
  %10 = getelementptr inbounds %struct.instr, ptr %0, i64 %9, !dbg !148
  %11 = load i32, ptr %10, align 4, !dbg !148, !tbaa.struct !149
  call void @llvm.dbg.value(metadata i32 %11, metadata !133, metadata !DIExpression(DW_OP_LLVM_fragment, 0, 32)), !dbg !151
  %12 = getelementptr inbounds i8, ptr %10, i64 4, !dbg !148
  %13 = load i32, ptr %12, align 4, !dbg !148, !tbaa.struct !152
  call void @llvm.dbg.value(metadata i32 %13, metadata !133, metadata !DIExpression(DW_OP_LLVM_fragment, 32, 32)), !dbg !151
  %14 = load i32, ptr %1, align 4, !dbg !153, !tbaa !108
  %15 = add nsw i32 %14, 1, !dbg !153
  store i32 %15, ptr %1, align 4, !dbg !153, !tbaa !108
  switch i32 %11, label %70 [
    i32 0, label %16
    i32 1, label %21
    i32 2, label %28
    i32 3, label %35
    i32 4, label %72
    i32 5, label %50
    i32 6, label %57
    i32 7, label %63
  ], !dbg !154

16:                                               ; preds = %4
  %17 = sext i32 %13 to i64, !dbg !155
  %18 = add nsw i32 %6, 1, !dbg !156
  call void @llvm.dbg.value(metadata i32 %18, metadata !131, metadata !DIExpression()), !dbg !141
  %19 = sext i32 %6 to i64, !dbg !157
  %20 = getelementptr inbounds [64 x i64], ptr %3, i64 0, i64 %19, !dbg !157
  store i64 %17, ptr %20, align 8, !dbg !158, !tbaa !159
  br label %72, !dbg !161

21:                                               ; preds = %4
  %22 = sext i32 %13 to i64, !dbg !162
  %23 = getelementptr inbounds [8 x i64], ptr @vars, i64 0, i64 %22, !dbg !162
  %24 = load i64, ptr %23, align 8, !dbg !162, !tbaa !159
  %25 = add nsw i32 %6, 1, !dbg !163
  call void @llvm.dbg.value(metadata i32 %25, metadata !131, metadata !DIExpression()), !dbg !141
  %26 = sext i32 %6 to i64, !dbg !164
  %27 = getelementptr inbounds [64 x i64], ptr %3, i64 0, i64 %26, !dbg !164
  store i64 %24, ptr %27, align 8, !dbg !165, !tbaa !159
  br label %72, !dbg !166

28:                                               ; preds = %4
  %29 = add nsw i32 %6, -1, !dbg !167
  call void @llvm.dbg.value(metadata i32 %29, metadata !131, metadata !DIExpression()), !dbg !141
  %30 = sext i32 %29 to i64, !dbg !168
  %31 = getelementptr inbounds [64 x i64], ptr %3, i64 0, i64 %30, !dbg !168
  %32 = load i64, ptr %31, align 8, !dbg !168, !tbaa !159
  %33 = sext i32 %13 to i64, !dbg !169
  %34 = getelementptr inbounds [8 x i64], ptr @vars, i64 0, i64 %33, !dbg !169
  store i64 %32, ptr %34, align 8, !dbg !170, !tbaa !159
  br label %72, !dbg !171

35:                                               ; preds = %4
  %36 = add nsw i32 %6, -1, !dbg !172
  call void @llvm.dbg.value(metadata i32 %36, metadata !131, metadata !DIExpression()), !dbg !141
  %37 = sext i32 %36 to i64, !dbg !173
  %38 = getelementptr inbounds [64 x i64], ptr %3, i64 0, i64 %37, !dbg !173
  %39 = load i64, ptr %38, align 8, !dbg !173, !tbaa !159
  call void @llvm.dbg.value(metadata i64 %39, metadata !137, metadata !DIExpression()), !dbg !174
  %40 = add nsw i32 %6, -2, !dbg !175
  call void @llvm.dbg.value(metadata i32 %40, metadata !131, metadata !DIExpression()), !dbg !141
  %41 = sext i32 %40 to i64, !dbg !176
  %42 = getelementptr inbounds [64 x i64], ptr %3, i64 0, i64 %41, !dbg !176
  %43 = load i64, ptr %42, align 8, !dbg !176, !tbaa !159
  call void @llvm.dbg.value(metadata i64 %43, metadata !140, metadata !DIExpression()), !dbg !174
  %44 = sext i32 %13 to i64, !dbg !177
  %45 = getelementptr inbounds [4 x ptr], ptr @builtins, i64 0, i64 %44, !dbg !177
  %46 = load ptr, ptr %45, align 8, !dbg !177, !tbaa !178
  %47 = tail call i64 %46(i64 noundef %43, i64 noundef %39) #9, !dbg !177
  call void @llvm.dbg.value(metadata i32 %36, metadata !131, metadata !DIExpression()), !dbg !141
  store i64 %47, ptr %42, align 8, !dbg !180, !tbaa !159
  %48 = shl i64 %44, 2, !dbg !181
  %49 = call ptr @llvm.load.relative.i64(ptr @reltable.run, i64 %48), !dbg !181
  tail call void (ptr, ...) @trace(ptr nonnull poison, ptr noundef %49, i64 noundef %43, i64 noundef %39, i64 noundef %47), !dbg !182
  br label %72

50:                                               ; preds = %4
  %51 = add nsw i32 %6, -1, !dbg !183
  call void @llvm.dbg.value(metadata i32 %51, metadata !131, metadata !DIExpression()), !dbg !141
  %52 = sext i32 %51 to i64, !dbg !185
  %53 = getelementptr inbounds [64 x i64], ptr %3, i64 0, i64 %52, !dbg !185
  %54 = load i64, ptr %53, align 8, !dbg !185, !tbaa !159
  %55 = icmp eq i64 %54, 0, !dbg !186
  %56 = select i1 %55, i32 %13, i32 %8, !dbg !187
  br label %72, !dbg !187

57:                                               ; preds = %4
  %58 = add nsw i32 %6, -1, !dbg !188
  %59 = sext i32 %58 to i64, !dbg !189
  %60 = getelementptr inbounds [64 x i64], ptr %3, i64 0, i64 %59, !dbg !189
  %61 = load i64, ptr %60, align 8, !dbg !189, !tbaa !159
  %62 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i64 noundef %61), !dbg !190
  br label %72, !dbg !191

63:                                               ; preds = %4
  %64 = icmp sgt i32 %6, 0, !dbg !192
  br i1 %64, label %65, label %72, !dbg !193

65:                                               ; preds = %63
  %66 = add nsw i32 %6, -1, !dbg !194
  %67 = zext i32 %66 to i64
  %68 = getelementptr inbounds [64 x i64], ptr %3, i64 0, i64 %67, !dbg !195
  %69 = load i64, ptr %68, align 8, !dbg !195, !tbaa !159
  br label %72, !dbg !193

70:                                               ; preds = %4
  %71 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %11, i32 noundef %5), !dbg !196
  br label %72, !dbg !197

72:                                               ; preds = %50, %16, %21, %28, %35, %57, %4, %65, %63, %70
  %73 = phi i32 [ %8, %70 ], [ %8, %63 ], [ %8, %65 ], [ %8, %57 ], [ %8, %35 ], [ %8, %28 ], [ %8, %21 ], [ %8, %16 ], [ %13, %4 ], [ %56, %50 ], !dbg !147
  %74 = phi i32 [ %6, %70 ], [ %6, %63 ], [ %6, %65 ], [ %6, %57 ], [ %36, %35 ], [ %29, %28 ], [ %25, %21 ], [ %18, %16 ], [ %6, %4 ], [ %51, %50 ], !dbg !146
  %75 = phi i64 [ -1, %70 ], [ 0, %63 ], [ %69, %65 ], [ %7, %57 ], [ %7, %35 ], [ %7, %28 ], [ %7, %21 ], [ %7, %16 ], [ %7, %4 ], [ %7, %50 ]
  %76 = phi i1 [ false, %70 ], [ false, %63 ], [ false, %65 ], [ true, %57 ], [ true, %35 ], [ true, %28 ], [ true, %21 ], [ true, %16 ], [ true, %4 ], [ true, %50 ]
  call void @llvm.dbg.value(metadata i32 %74, metadata !131, metadata !DIExpression()), !dbg !141
  call void @llvm.dbg.value(metadata i32 %73, metadata !132, metadata !DIExpression()), !dbg !141
  br i1 %76, label %4, label %77, !llvm.loop !198

77:                                               ; preds = %72
  call void @llvm.lifetime.end.p0(i64 512, ptr nonnull %3) #9, !dbg !202
  ret i64 %75, !dbg !202
}

; Function Attrs: nofree nounwind
declare !dbg !203 noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind uwtable
define internal void @trace(ptr nocapture readnone %0, ...) unnamed_addr #4 !dbg !209 {
  %2 = alloca [1 x %struct.__va_list_tag], align 16
  call void @llvm.dbg.value(metadata ptr @.str.1, metadata !213, metadata !DIExpression()), !dbg !229
  %3 = load i1, ptr @trace_enabled, align 4, !dbg !230
  br i1 %3, label %4, label %7, !dbg !232

4:                                                ; preds = %1
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %2) #9, !dbg !233
  call void @llvm.dbg.declare(metadata ptr %2, metadata !214, metadata !DIExpression()), !dbg !234
  call void @llvm.va_start(ptr nonnull %2), !dbg !235
  call void @llvm.dbg.value(metadata ptr @.str.1, metadata !236, metadata !DIExpression()), !dbg !244
  call void @llvm.dbg.value(metadata ptr %2, metadata !243, metadata !DIExpression()), !dbg !244
  %5 = load ptr, ptr @stdout, align 8, !dbg !246, !tbaa !178, !noalias !247
  %6 = call i32 @vfprintf(ptr noundef %5, ptr noundef nonnull @.str.1, ptr noundef nonnull %2), !dbg !250
  call void @llvm.va_end(ptr %2), !dbg !251
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %2) #9, !dbg !252
  br label %7, !dbg !252

7:                                                ; preds = %1, %4
  ret void, !dbg !252
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define internal i64 @add(i64 noundef %0, i64 noundef %1) #5 !dbg !253 {
  call void @llvm.dbg.value(metadata i64 %0, metadata !255, metadata !DIExpression()), !dbg !257
  call void @llvm.dbg.value(metadata i64 %1, metadata !256, metadata !DIExpression()), !dbg !257
  %3 = add nsw i64 %1, %0, !dbg !258
  ret i64 %3, !dbg !259
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define internal i64 @sub(i64 noundef %0, i64 noundef %1) #5 !dbg !260 {
  call void @llvm.dbg.value(metadata i64 %0, metadata !262, metadata !DIExpression()), !dbg !264
  call void @llvm.dbg.value(metadata i64 %1, metadata !263, metadata !DIExpression()), !dbg !264
  %3 = sub nsw i64 %0, %1, !dbg !265
  ret i64 %3, !dbg !266
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define internal i64 @mul(i64 noundef %0, i64 noundef %1) #5 !dbg !267 {
  call void @llvm.dbg.value(metadata i64 %0, metadata !269, metadata !DIExpression()), !dbg !271
  call void @llvm.dbg.value(metadata i64 %1, metadata !270, metadata !DIExpression()), !dbg !271
  %3 = mul nsw i64 %1, %0, !dbg !272
  ret i64 %3, !dbg !273
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define internal i64 @less(i64 noundef %0, i64 noundef %1) #5 !dbg !274 {
  call void @llvm.dbg.value(metadata i64 %0, metadata !276, metadata !DIExpression()), !dbg !278
  call void @llvm.dbg.value(metadata i64 %1, metadata !277, metadata !DIExpression()), !dbg !278
  %3 = icmp slt i64 %0, %1, !dbg !279
  %4 = zext i1 %3 to i64
  ret i64 %4, !dbg !280
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare void @llvm.va_start(ptr) #6

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare void @llvm.va_end(ptr) #6

; Function Attrs: nofree nounwind
declare !dbg !281 noundef i32 @vfprintf(ptr nocapture noundef, ptr nocapture noundef readonly, ptr noundef) local_unnamed_addr #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #7

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: read)
declare ptr @llvm.load.relative.i64(ptr, i64) #8

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { mustprogress nocallback nofree nosync nounwind willreturn }
attributes #7 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #8 = { nocallback nofree nosync nounwind willreturn memory(argmem: read) }
attributes #9 = { nounwind }

!llvm.dbg.cu = !{!7}
!llvm.module.flags = !{!95, !96, !97, !98, !99, !100}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "factorial", scope: !2, file: !3, line: 62, type: !91, isLocal: true, isDefinition: true)
!2 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 60, type: !4, scopeLine: 60, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !86)
!3 = !DIFile(filename: "c/stack_vm.c", directory: ".", checksumkind: CSK_MD5, checksum: "5216534f6326fa55167b8fc0dcb3f8f8")
!4 = !DISubroutineType(types: !5)
!5 = !{!6}
!6 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!7 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !8, globals: !20, splitDebugInlining: false, nameTableKind: None)
!8 = !{!9}
!9 = !DICompositeType(tag: DW_TAG_enumeration_type, name: "opcode", file: !3, line: 5, baseType: !10, size: 32, elements: !11)
!10 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!11 = !{!12, !13, !14, !15, !16, !17, !18, !19}
!12 = !DIEnumerator(name: "OP_PUSH", value: 0)
!13 = !DIEnumerator(name: "OP_LOAD", value: 1)
!14 = !DIEnumerator(name: "OP_STORE", value: 2)
!15 = !DIEnumerator(name: "OP_BUILTIN", value: 3)
!16 = !DIEnumerator(name: "OP_JUMP", value: 4)
!17 = !DIEnumerator(name: "OP_JUMP_IF_ZERO", value: 5)
!18 = !DIEnumerator(name: "OP_PRINT", value: 6)
!19 = !DIEnumerator(name: "OP_HALT", value: 7)
!20 = !{!0, !21, !31, !37, !39, !44, !49, !54, !60, !69, !72, !74, !76, !81}
!21 = !DIGlobalVariableExpression(var: !22, expr: !DIExpression())
!22 = distinct !DIGlobalVariable(name: "sum", scope: !2, file: !3, line: 69, type: !23, isLocal: true, isDefinition: true)
!23 = !DICompositeType(tag: DW_TAG_array_type, baseType: !24, size: 1216, elements: !29)
!24 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !25)
!25 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "instr", file: !3, line: 7, size: 64, elements: !26)
!26 = !{!27, !28}
!27 = !DIDerivedType(tag: DW_TAG_member, name: "op", scope: !25, file: !3, line: 8, baseType: !9, size: 32)
!28 = !DIDerivedType(tag: DW_TAG_member, name: "arg", scope: !25, file: !3, line: 9, baseType: !6, size: 32, offset: 32)
!29 = !{!30}
!30 = !DISubrange(count: 19)
!31 = !DIGlobalVariableExpression(var: !32, expr: !DIExpression())
!32 = distinct !DIGlobalVariable(scope: null, file: !3, line: 80, type: !33, isLocal: true, isDefinition: true)
!33 = !DICompositeType(tag: DW_TAG_array_type, baseType: !34, size: 384, elements: !35)
!34 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!35 = !{!36}
!36 = !DISubrange(count: 48)
!37 = !DIGlobalVariableExpression(var: !38, expr: !DIExpression())
!38 = distinct !DIGlobalVariable(name: "trace_enabled", scope: !7, file: !3, line: 24, type: !6, isLocal: true, isDefinition: true)
!39 = !DIGlobalVariableExpression(var: !40, expr: !DIExpression())
!40 = distinct !DIGlobalVariable(scope: null, file: !3, line: 48, type: !41, isLocal: true, isDefinition: true)
!41 = !DICompositeType(tag: DW_TAG_array_type, baseType: !34, size: 176, elements: !42)
!42 = !{!43}
!43 = !DISubrange(count: 22)
!44 = !DIGlobalVariableExpression(var: !45, expr: !DIExpression())
!45 = distinct !DIGlobalVariable(scope: null, file: !3, line: 53, type: !46, isLocal: true, isDefinition: true)
!46 = !DICompositeType(tag: DW_TAG_array_type, baseType: !34, size: 160, elements: !47)
!47 = !{!48}
!48 = !DISubrange(count: 20)
!49 = !DIGlobalVariableExpression(var: !50, expr: !DIExpression())
!50 = distinct !DIGlobalVariable(scope: null, file: !3, line: 55, type: !51, isLocal: true, isDefinition: true)
!51 = !DICompositeType(tag: DW_TAG_array_type, baseType: !34, size: 240, elements: !52)
!52 = !{!53}
!53 = !DISubrange(count: 30)
!54 = !DIGlobalVariableExpression(var: !55, expr: !DIExpression())
!55 = distinct !DIGlobalVariable(name: "vars", scope: !7, file: !3, line: 23, type: !56, isLocal: true, isDefinition: true)
!56 = !DICompositeType(tag: DW_TAG_array_type, baseType: !57, size: 512, elements: !58)
!57 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!58 = !{!59}
!59 = !DISubrange(count: 8)
!60 = !DIGlobalVariableExpression(var: !61, expr: !DIExpression())
!61 = distinct !DIGlobalVariable(name: "builtins", scope: !7, file: !3, line: 20, type: !62, isLocal: true, isDefinition: true)
!62 = !DICompositeType(tag: DW_TAG_array_type, baseType: !63, size: 256, elements: !67)
!63 = !DIDerivedType(tag: DW_TAG_typedef, name: "builtin_fn", file: !3, line: 12, baseType: !64)
!64 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !65, size: 64)
!65 = !DISubroutineType(types: !66)
!66 = !{!57, !57, !57}
!67 = !{!68}
!68 = !DISubrange(count: 4)
!69 = !DIGlobalVariableExpression(var: !70, expr: !DIExpression())
!70 = distinct !DIGlobalVariable(scope: null, file: !3, line: 21, type: !71, isLocal: true, isDefinition: true)
!71 = !DICompositeType(tag: DW_TAG_array_type, baseType: !34, size: 32, elements: !67)
!72 = !DIGlobalVariableExpression(var: !73, expr: !DIExpression())
!73 = distinct !DIGlobalVariable(scope: null, file: !3, line: 21, type: !71, isLocal: true, isDefinition: true)
!74 = !DIGlobalVariableExpression(var: !75, expr: !DIExpression())
!75 = distinct !DIGlobalVariable(scope: null, file: !3, line: 21, type: !71, isLocal: true, isDefinition: true)
!76 = !DIGlobalVariableExpression(var: !77, expr: !DIExpression())
!77 = distinct !DIGlobalVariable(scope: null, file: !3, line: 21, type: !78, isLocal: true, isDefinition: true)
!78 = !DICompositeType(tag: DW_TAG_array_type, baseType: !34, size: 40, elements: !79)
!79 = !{!80}
!80 = !DISubrange(count: 5)
!81 = !DIGlobalVariableExpression(var: !82, expr: !DIExpression())
!82 = distinct !DIGlobalVariable(name: "builtin_names", scope: !7, file: !3, line: 21, type: !83, isLocal: true, isDefinition: true)
!83 = !DICompositeType(tag: DW_TAG_array_type, baseType: !84, size: 256, elements: !67)
!84 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !85, size: 64)
!85 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !34)
!86 = !{!87, !88, !89, !90}
!87 = !DILocalVariable(name: "steps1", scope: !2, file: !3, line: 75, type: !6)
!88 = !DILocalVariable(name: "steps2", scope: !2, file: !3, line: 75, type: !6)
!89 = !DILocalVariable(name: "f", scope: !2, file: !3, line: 77, type: !57)
!90 = !DILocalVariable(name: "s", scope: !2, file: !3, line: 79, type: !57)
!91 = !DICompositeType(tag: DW_TAG_array_type, baseType: !24, size: 1344, elements: !92)
!92 = !{!93}
!93 = !DISubrange(count: 21)
!94 = !DIGlobalVariableExpression(var: !38, expr: !DIExpression(DW_OP_deref_size, 1, DW_OP_constu, 1, DW_OP_mul, DW_OP_constu, 0, DW_OP_plus, DW_OP_stack_value))
!95 = !{i32 7, !"Dwarf Version", i32 5}
!96 = !{i32 2, !"Debug Info Version", i32 3}
!97 = !{i32 1, !"wchar_size", i32 4}
!98 = !{i32 8, !"PIC Level", i32 2}
!99 = !{i32 7, !"PIE Level", i32 2}
!100 = !{i32 7, !"uwtable", i32 2}
!101 = !DILocation(line: 75, column: 5, scope: !2)
!102 = !DILocation(line: 76, column: 19, scope: !2)
!103 = !DILocation(line: 0, scope: !2)
!104 = !DILocation(line: 77, column: 14, scope: !2)
!105 = !DILocation(line: 78, column: 19, scope: !2)
!106 = !DILocation(line: 79, column: 14, scope: !2)
!107 = !DILocation(line: 80, column: 67, scope: !2)
!108 = !{!109, !109, i64 0}
!109 = !{!"int", !110, i64 0}
!110 = !{!"omnipotent char", !111, i64 0}
!111 = !{!"Simple C/C++ TBAA"}
!112 = !DILocation(line: 80, column: 78, scope: !2)
!113 = !DILocation(line: 80, column: 5, scope: !2)
!114 = !DILocation(line: 81, column: 14, scope: !2)
!115 = !DILocation(line: 81, column: 26, scope: !2)
!116 = !DILocation(line: 81, column: 12, scope: !2)
!117 = !DILocation(line: 82, column: 1, scope: !2)
!118 = !DILocation(line: 81, column: 5, scope: !2)
!119 = distinct !DISubprogram(name: "run", scope: !3, file: !3, line: 34, type: !120, scopeLine: 34, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !124)
!120 = !DISubroutineType(types: !121)
!121 = !{!57, !122, !123}
!122 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !24, size: 64)
!123 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !6, size: 64)
!124 = !{!125, !126, !127, !131, !132, !133, !137, !140}
!125 = !DILocalVariable(name: "code", arg: 1, scope: !119, file: !3, line: 34, type: !122)
!126 = !DILocalVariable(name: "steps", arg: 2, scope: !119, file: !3, line: 34, type: !123)
!127 = !DILocalVariable(name: "stack", scope: !119, file: !3, line: 35, type: !128)
!128 = !DICompositeType(tag: DW_TAG_array_type, baseType: !57, size: 4096, elements: !129)
!129 = !{!130}
!130 = !DISubrange(count: 64)
!131 = !DILocalVariable(name: "sp", scope: !119, file: !3, line: 36, type: !6)
!132 = !DILocalVariable(name: "pc", scope: !119, file: !3, line: 36, type: !6)
!133 = !DILocalVariable(name: "in", scope: !134, file: !3, line: 39, type: !25)
!134 = distinct !DILexicalBlock(scope: !135, file: !3, line: 38, column: 14)
!135 = distinct !DILexicalBlock(scope: !136, file: !3, line: 38, column: 5)
!136 = distinct !DILexicalBlock(scope: !119, file: !3, line: 38, column: 5)
!137 = !DILocalVariable(name: "b", scope: !138, file: !3, line: 46, type: !57)
!138 = distinct !DILexicalBlock(scope: !139, file: !3, line: 45, column: 26)
!139 = distinct !DILexicalBlock(scope: !134, file: !3, line: 41, column: 24)
!140 = !DILocalVariable(name: "a", scope: !138, file: !3, line: 46, type: !57)
!141 = !DILocation(line: 0, scope: !119)
!142 = !DILocation(line: 35, column: 5, scope: !119)
!143 = !DILocation(line: 35, column: 10, scope: !119)
!144 = !DILocation(line: 37, column: 12, scope: !119)
!145 = !DILocation(line: 38, column: 5, scope: !119)
!146 = !DILocation(line: 36, column: 9, scope: !119)
!147 = !DILocation(line: 39, column: 34, scope: !134)
!148 = !DILocation(line: 39, column: 27, scope: !134)
!149 = !{i64 0, i64 4, !150, i64 4, i64 4, !108}
!150 = !{!110, !110, i64 0}
!151 = !DILocation(line: 0, scope: !134)
!152 = !{i64 0, i64 4, !108}
!153 = !DILocation(line: 40, column: 17, scope: !134)
!154 = !DILocation(line: 41, column: 9, scope: !134)
!155 = !DILocation(line: 42, column: 37, scope: !139)
!156 = !DILocation(line: 42, column: 31, scope: !139)
!157 = !DILocation(line: 42, column: 23, scope: !139)
!158 = !DILocation(line: 42, column: 35, scope: !139)
!159 = !{!160, !160, i64 0}
!160 = !{!"long", !110, i64 0}
!161 = !DILocation(line: 42, column: 45, scope: !139)
!162 = !DILocation(line: 43, column: 37, scope: !139)
!163 = !DILocation(line: 43, column: 31, scope: !139)
!164 = !DILocation(line: 43, column: 23, scope: !139)
!165 = !DILocation(line: 43, column: 35, scope: !139)
!166 = !DILocation(line: 43, column: 51, scope: !139)
!167 = !DILocation(line: 44, column: 45, scope: !139)
!168 = !DILocation(line: 44, column: 39, scope: !139)
!169 = !DILocation(line: 44, column: 24, scope: !139)
!170 = !DILocation(line: 44, column: 37, scope: !139)
!171 = !DILocation(line: 44, column: 52, scope: !139)
!172 = !DILocation(line: 46, column: 28, scope: !138)
!173 = !DILocation(line: 46, column: 22, scope: !138)
!174 = !DILocation(line: 0, scope: !138)
!175 = !DILocation(line: 46, column: 45, scope: !138)
!176 = !DILocation(line: 46, column: 39, scope: !138)
!177 = !DILocation(line: 47, column: 27, scope: !138)
!178 = !{!179, !179, i64 0}
!179 = !{!"any pointer", !110, i64 0}
!180 = !DILocation(line: 47, column: 25, scope: !138)
!181 = !DILocation(line: 48, column: 45, scope: !138)
!182 = !DILocation(line: 48, column: 13, scope: !138)
!183 = !DILocation(line: 52, column: 41, scope: !184)
!184 = distinct !DILexicalBlock(scope: !139, file: !3, line: 52, column: 35)
!185 = !DILocation(line: 52, column: 35, scope: !184)
!186 = !DILocation(line: 52, column: 47, scope: !184)
!187 = !DILocation(line: 52, column: 35, scope: !139)
!188 = !DILocation(line: 53, column: 64, scope: !139)
!189 = !DILocation(line: 53, column: 55, scope: !139)
!190 = !DILocation(line: 53, column: 24, scope: !139)
!191 = !DILocation(line: 53, column: 71, scope: !139)
!192 = !DILocation(line: 54, column: 33, scope: !139)
!193 = !DILocation(line: 54, column: 30, scope: !139)
!194 = !DILocation(line: 54, column: 48, scope: !139)
!195 = !DILocation(line: 54, column: 39, scope: !139)
!196 = !DILocation(line: 55, column: 18, scope: !139)
!197 = !DILocation(line: 55, column: 75, scope: !139)
!198 = distinct !{!198, !199, !200, !201}
!199 = !DILocation(line: 38, column: 5, scope: !136)
!200 = !DILocation(line: 57, column: 5, scope: !136)
!201 = !{!"llvm.loop.unroll.disable"}
!202 = !DILocation(line: 58, column: 1, scope: !119)
!203 = !DISubprogram(name: "printf", scope: !204, file: !204, line: 356, type: !205, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !208)
!204 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!205 = !DISubroutineType(types: !206)
!206 = !{!6, !207, null}
!207 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !84)
!208 = !{}
!209 = distinct !DISubprogram(name: "trace", scope: !3, file: !3, line: 26, type: !210, scopeLine: 26, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !212)
!210 = !DISubroutineType(types: !211)
!211 = !{null, !84, null}
!212 = !{!213, !214}
!213 = !DILocalVariable(name: "fmt", arg: 1, scope: !209, file: !3, line: 26, type: !84)
!214 = !DILocalVariable(name: "ap", scope: !209, file: !3, line: 28, type: !215)
!215 = !DIDerivedType(tag: DW_TAG_typedef, name: "va_list", file: !216, line: 22, baseType: !217)
!216 = !DIFile(filename: "/usr/lib/llvm-16/lib/clang/16/include/stdarg.h", directory: "", checksumkind: CSK_MD5, checksum: "4c819f80dd915987182e9ab226e27a5a")
!217 = !DIDerivedType(tag: DW_TAG_typedef, name: "__builtin_va_list", file: !218, baseType: !219)
!218 = !DIFile(filename: "c/stack_vm.c", directory: ".")
!219 = !DICompositeType(tag: DW_TAG_array_type, baseType: !220, size: 192, elements: !227)
!220 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "__va_list_tag", size: 192, elements: !221)
!221 = !{!222, !223, !224, !226}
!222 = !DIDerivedType(tag: DW_TAG_member, name: "gp_offset", scope: !220, file: !218, line: 28, baseType: !10, size: 32)
!223 = !DIDerivedType(tag: DW_TAG_member, name: "fp_offset", scope: !220, file: !218, line: 28, baseType: !10, size: 32, offset: 32)
!224 = !DIDerivedType(tag: DW_TAG_member, name: "overflow_arg_area", scope: !220, file: !218, line: 28, baseType: !225, size: 64, offset: 64)
!225 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!226 = !DIDerivedType(tag: DW_TAG_member, name: "reg_save_area", scope: !220, file: !218, line: 28, baseType: !225, size: 64, offset: 128)
!227 = !{!228}
!228 = !DISubrange(count: 1)
!229 = !DILocation(line: 0, scope: !209)
!230 = !DILocation(line: 27, column: 10, scope: !231)
!231 = distinct !DILexicalBlock(scope: !209, file: !3, line: 27, column: 9)
!232 = !DILocation(line: 27, column: 9, scope: !209)
!233 = !DILocation(line: 28, column: 5, scope: !209)
!234 = !DILocation(line: 28, column: 13, scope: !209)
!235 = !DILocation(line: 29, column: 5, scope: !209)
!236 = !DILocalVariable(name: "__fmt", arg: 1, scope: !237, file: !238, line: 39, type: !207)
!237 = distinct !DISubprogram(name: "vprintf", scope: !238, file: !238, line: 39, type: !239, scopeLine: 40, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !242)
!238 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "c10e343656e7a2bf1044ef4e4442d902")
!239 = !DISubroutineType(types: !240)
!240 = !{!6, !207, !241}
!241 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !220, size: 64)
!242 = !{!236, !243}
!243 = !DILocalVariable(name: "__arg", arg: 2, scope: !237, file: !238, line: 39, type: !241)
!244 = !DILocation(line: 0, scope: !237, inlinedAt: !245)
!245 = distinct !DILocation(line: 30, column: 5, scope: !209)
!246 = !DILocation(line: 41, column: 20, scope: !237, inlinedAt: !245)
!247 = !{!248}
!248 = distinct !{!248, !249, !"vprintf: argument 0"}
!249 = distinct !{!249, !"vprintf"}
!250 = !DILocation(line: 41, column: 10, scope: !237, inlinedAt: !245)
!251 = !DILocation(line: 31, column: 5, scope: !209)
!252 = !DILocation(line: 32, column: 1, scope: !209)
!253 = distinct !DISubprogram(name: "add", scope: !3, file: !3, line: 14, type: !65, scopeLine: 14, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !254)
!254 = !{!255, !256}
!255 = !DILocalVariable(name: "a", arg: 1, scope: !253, file: !3, line: 14, type: !57)
!256 = !DILocalVariable(name: "b", arg: 2, scope: !253, file: !3, line: 14, type: !57)
!257 = !DILocation(line: 0, scope: !253)
!258 = !DILocation(line: 14, column: 44, scope: !253)
!259 = !DILocation(line: 14, column: 35, scope: !253)
!260 = distinct !DISubprogram(name: "sub", scope: !3, file: !3, line: 15, type: !65, scopeLine: 15, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !261)
!261 = !{!262, !263}
!262 = !DILocalVariable(name: "a", arg: 1, scope: !260, file: !3, line: 15, type: !57)
!263 = !DILocalVariable(name: "b", arg: 2, scope: !260, file: !3, line: 15, type: !57)
!264 = !DILocation(line: 0, scope: !260)
!265 = !DILocation(line: 15, column: 44, scope: !260)
!266 = !DILocation(line: 15, column: 35, scope: !260)
!267 = distinct !DISubprogram(name: "mul", scope: !3, file: !3, line: 16, type: !65, scopeLine: 16, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !268)
!268 = !{!269, !270}
!269 = !DILocalVariable(name: "a", arg: 1, scope: !267, file: !3, line: 16, type: !57)
!270 = !DILocalVariable(name: "b", arg: 2, scope: !267, file: !3, line: 16, type: !57)
!271 = !DILocation(line: 0, scope: !267)
!272 = !DILocation(line: 16, column: 44, scope: !267)
!273 = !DILocation(line: 16, column: 35, scope: !267)
!274 = distinct !DISubprogram(name: "less", scope: !3, file: !3, line: 17, type: !65, scopeLine: 17, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !275)
!275 = !{!276, !277}
!276 = !DILocalVariable(name: "a", arg: 1, scope: !274, file: !3, line: 17, type: !57)
!277 = !DILocalVariable(name: "b", arg: 2, scope: !274, file: !3, line: 17, type: !57)
!278 = !DILocation(line: 0, scope: !274)
!279 = !DILocation(line: 17, column: 45, scope: !274)
!280 = !DILocation(line: 17, column: 36, scope: !274)
!281 = !DISubprogram(name: "vfprintf", scope: !204, file: !204, line: 365, type: !282, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !208)
!282 = !DISubroutineType(types: !283)
!283 = !{!6, !284, !207, !241}
!284 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !285)
!285 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !286, size: 64)
!286 = !DIDerivedType(tag: DW_TAG_typedef, name: "FILE", file: !287, line: 7, baseType: !288)
!287 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types/FILE.h", directory: "", checksumkind: CSK_MD5, checksum: "571f9fb6223c42439075fdde11a0de5d")
!288 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "_IO_FILE", file: !289, line: 49, size: 1728, elements: !290)
!289 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types/struct_FILE.h", directory: "", checksumkind: CSK_MD5, checksum: "1bad07471b7974df4ecc1d1c2ca207e6")
!290 = !{!291, !292, !294, !295, !296, !297, !298, !299, !300, !301, !302, !303, !304, !307, !309, !310, !311, !314, !316, !318, !320, !323, !325, !328, !331, !332, !333, !337, !338}
!291 = !DIDerivedType(tag: DW_TAG_member, name: "_flags", scope: !288, file: !289, line: 51, baseType: !6, size: 32)
!292 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_read_ptr", scope: !288, file: !289, line: 54, baseType: !293, size: 64, offset: 64)
!293 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !34, size: 64)
!294 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_read_end", scope: !288, file: !289, line: 55, baseType: !293, size: 64, offset: 128)
!295 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_read_base", scope: !288, file: !289, line: 56, baseType: !293, size: 64, offset: 192)
!296 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_write_base", scope: !288, file: !289, line: 57, baseType: !293, size: 64, offset: 256)
!297 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_write_ptr", scope: !288, file: !289, line: 58, baseType: !293, size: 64, offset: 320)
!298 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_write_end", scope: !288, file: !289, line: 59, baseType: !293, size: 64, offset: 384)
!299 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_buf_base", scope: !288, file: !289, line: 60, baseType: !293, size: 64, offset: 448)
!300 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_buf_end", scope: !288, file: !289, line: 61, baseType: !293, size: 64, offset: 512)
!301 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_save_base", scope: !288, file: !289, line: 64, baseType: !293, size: 64, offset: 576)
!302 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_backup_base", scope: !288, file: !289, line: 65, baseType: !293, size: 64, offset: 640)
!303 = !DIDerivedType(tag: DW_TAG_member, name: "_IO_save_end", scope: !288, file: !289, line: 66, baseType: !293, size: 64, offset: 704)
!304 = !DIDerivedType(tag: DW_TAG_member, name: "_markers", scope: !288, file: !289, line: 68, baseType: !305, size: 64, offset: 768)
!305 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !306, size: 64)
!306 = !DICompositeType(tag: DW_TAG_structure_type, name: "_IO_marker", file: !289, line: 36, flags: DIFlagFwdDecl)
!307 = !DIDerivedType(tag: DW_TAG_member, name: "_chain", scope: !288, file: !289, line: 70, baseType: !308, size: 64, offset: 832)
!308 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !288, size: 64)
!309 = !DIDerivedType(tag: DW_TAG_member, name: "_fileno", scope: !288, file: !289, line: 72, baseType: !6, size: 32, offset: 896)
!310 = !DIDerivedType(tag: DW_TAG_member, name: "_flags2", scope: !288, file: !289, line: 73, baseType: !6, size: 32, offset: 928)
!311 = !DIDerivedType(tag: DW_TAG_member, name: "_old_offset", scope: !288, file: !289, line: 74, baseType: !312, size: 64, offset: 960)
!312 = !DIDerivedType(tag: DW_TAG_typedef, name: "__off_t", file: !313, line: 152, baseType: !57)
!313 = !DIFile(filename: "/usr/include/x86_64-linux-gnu/bits/types.h", directory: "", checksumkind: CSK_MD5, checksum: "d108b5f93a74c50510d7d9bc0ab36df9")
!314 = !DIDerivedType(tag: DW_TAG_member, name: "_cur_column", scope: !288, file: !289, line: 77, baseType: !315, size: 16, offset: 1024)
!315 = !DIBasicType(name: "unsigned short", size: 16, encoding: DW_ATE_unsigned)
!316 = !DIDerivedType(tag: DW_TAG_member, name: "_vtable_offset", scope: !288, file: !289, line: 78, baseType: !317, size: 8, offset: 1040)
!317 = !DIBasicType(name: "signed char", size: 8, encoding: DW_ATE_signed_char)
!318 = !DIDerivedType(tag: DW_TAG_member, name: "_shortbuf", scope: !288, file: !289, line: 79, baseType: !319, size: 8, offset: 1048)
!319 = !DICompositeType(tag: DW_TAG_array_type, baseType: !34, size: 8, elements: !227)
!320 = !DIDerivedType(tag: DW_TAG_member, name: "_lock", scope: !288, file: !289, line: 81, baseType: !321, size: 64, offset: 1088)
!321 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !322, size: 64)
!322 = !DIDerivedType(tag: DW_TAG_typedef, name: "_IO_lock_t", file: !289, line: 43, baseType: null)
!323 = !DIDerivedType(tag: DW_TAG_member, name: "_offset", scope: !288, file: !289, line: 89, baseType: !324, size: 64, offset: 1152)
!324 = !DIDerivedType(tag: DW_TAG_typedef, name: "__off64_t", file: !313, line: 153, baseType: !57)
!325 = !DIDerivedType(tag: DW_TAG_member, name: "_codecvt", scope: !288, file: !289, line: 91, baseType: !326, size: 64, offset: 1216)
!326 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !327, size: 64)
!327 = !DICompositeType(tag: DW_TAG_structure_type, name: "_IO_codecvt", file: !289, line: 37, flags: DIFlagFwdDecl)
!328 = !DIDerivedType(tag: DW_TAG_member, name: "_wide_data", scope: !288, file: !289, line: 92, baseType: !329, size: 64, offset: 1280)
!329 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !330, size: 64)
!330 = !DICompositeType(tag: DW_TAG_structure_type, name: "_IO_wide_data", file: !289, line: 38, flags: DIFlagFwdDecl)
!331 = !DIDerivedType(tag: DW_TAG_member, name: "_freeres_list", scope: !288, file: !289, line: 93, baseType: !308, size: 64, offset: 1344)
!332 = !DIDerivedType(tag: DW_TAG_member, name: "_freeres_buf", scope: !288, file: !289, line: 94, baseType: !225, size: 64, offset: 1408)
!333 = !DIDerivedType(tag: DW_TAG_member, name: "__pad5", scope: !288, file: !289, line: 95, baseType: !334, size: 64, offset: 1472)
!334 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !335, line: 46, baseType: !336)
!335 = !DIFile(filename: "/usr/lib/llvm-16/lib/clang/16/include/stddef.h", directory: "", checksumkind: CSK_MD5, checksum: "f95079da609b0e8f201cb8136304bf3b")
!336 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!337 = !DIDerivedType(tag: DW_TAG_member, name: "_mode", scope: !288, file: !289, line: 96, baseType: !6, size: 32, offset: 1536)
!338 = !DIDerivedType(tag: DW_TAG_member, name: "_unused2", scope: !288, file: !289, line: 98, baseType: !46, size: 160, offset: 1568)
