; ModuleID = 'c/hash_table.c'
source_filename = "c/hash_table.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.table = type { [64 x ptr], i32 }
%struct.entry = type { ptr, i32, ptr }

@__const.main.text = private unnamed_addr constant [100 x i8] c"the quick brown fox jumps over the lazy dog the fox and the dog sleep while the cat watches the fox\00", align 16
@.str = private unnamed_addr constant [2 x i8] c" \00", align 1, !dbg !0
@.str.1 = private unnamed_addr constant [4 x i8] c"the\00", align 1, !dbg !7
@.str.2 = private unnamed_addr constant [4 x i8] c"fox\00", align 1, !dbg !12
@.str.3 = private unnamed_addr constant [47 x i8] c"hash_table words=%d distinct=%d the=%d fox=%d\0A\00", align 1, !dbg !14
@.str.4 = private unnamed_addr constant [5 x i8] c"wolf\00", align 1, !dbg !19

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 !dbg !34 {
  %1 = alloca [100 x i8], align 16
  %2 = alloca %struct.table, align 8
  call void @llvm.lifetime.start.p0(i64 100, ptr nonnull %1) #12, !dbg !64
  call void @llvm.dbg.declare(metadata ptr %1, metadata !39, metadata !DIExpression()), !dbg !65
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(100) %1, ptr noundef nonnull align 16 dereferenceable(100) @__const.main.text, i64 100, i1 false), !dbg !65
  call void @llvm.lifetime.start.p0(i64 520, ptr nonnull %2) #12, !dbg !66
  call void @llvm.dbg.declare(metadata ptr %2, metadata !43, metadata !DIExpression()), !dbg !67
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(520) %2, i8 0, i64 520, i1 false), !dbg !67
  call void @llvm.dbg.value(metadata i32 0, metadata !58, metadata !DIExpression()), !dbg !68
  %3 = call ptr @strtok(ptr noundef nonnull %1, ptr noundef nonnull @.str) #12, !dbg !69
  call void @llvm.dbg.value(metadata ptr %3, metadata !59, metadata !DIExpression()), !dbg !70
  call void @llvm.dbg.value(metadata i32 0, metadata !58, metadata !DIExpression()), !dbg !68
  %4 = icmp eq ptr %3, null, !dbg !71
  br i1 %4, label %5, label %38, !dbg !71

5:                                                ; preds = %38, %0
  %6 = phi i32 [ 0, %0 ], [ %45, %38 ], !dbg !68
  call void @llvm.dbg.value(metadata i32 poison, metadata !72, metadata !DIExpression()), !dbg !81
  call void @llvm.dbg.value(metadata ptr poison, metadata !80, metadata !DIExpression()), !dbg !81
  call void @llvm.dbg.value(metadata i32 poison, metadata !91, metadata !DIExpression()), !dbg !96
  %7 = getelementptr inbounds [64 x ptr], ptr %2, i64 0, i64 28, !dbg !97
  call void @llvm.dbg.value(metadata ptr poison, metadata !92, metadata !DIExpression()), !dbg !98
  %8 = load ptr, ptr %7, align 8, !dbg !99, !tbaa !100
  call void @llvm.dbg.value(metadata ptr %8, metadata !92, metadata !DIExpression()), !dbg !98
  %9 = icmp eq ptr %8, null, !dbg !104
  br i1 %9, label %19, label %10, !dbg !104

10:                                               ; preds = %5, %15
  %11 = phi ptr [ %17, %15 ], [ %8, %5 ]
  %12 = load ptr, ptr %11, align 8, !dbg !105, !tbaa !108
  %13 = call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %12, ptr noundef nonnull dereferenceable(4) @.str.1) #13, !dbg !111
  %14 = icmp eq i32 %13, 0, !dbg !112
  br i1 %14, label %19, label %15, !dbg !113

15:                                               ; preds = %10
  %16 = getelementptr inbounds %struct.entry, ptr %11, i64 0, i32 2, !dbg !114
  call void @llvm.dbg.value(metadata ptr poison, metadata !92, metadata !DIExpression()), !dbg !98
  %17 = load ptr, ptr %16, align 8, !dbg !99, !tbaa !100
  call void @llvm.dbg.value(metadata ptr %17, metadata !92, metadata !DIExpression()), !dbg !98
  %18 = icmp eq ptr %17, null, !dbg !104
  br i1 %18, label %19, label %10, !dbg !104, !llvm.loop !115

19:                                               ; preds = %10, %15, %5
  %20 = phi ptr [ null, %5 ], [ %11, %10 ], [ null, %15 ], !dbg !96
  call void @llvm.dbg.value(metadata ptr %20, metadata !61, metadata !DIExpression()), !dbg !68
  call void @llvm.dbg.value(metadata ptr %2, metadata !88, metadata !DIExpression()), !dbg !119
  call void @llvm.dbg.value(metadata ptr @.str.2, metadata !89, metadata !DIExpression()), !dbg !119
  call void @llvm.dbg.value(metadata i32 0, metadata !90, metadata !DIExpression()), !dbg !119
  call void @llvm.dbg.value(metadata ptr @.str.2, metadata !80, metadata !DIExpression()), !dbg !121
  call void @llvm.dbg.value(metadata i32 -2128831035, metadata !72, metadata !DIExpression()), !dbg !121
  call void @llvm.dbg.value(metadata i32 poison, metadata !72, metadata !DIExpression()), !dbg !121
  call void @llvm.dbg.value(metadata ptr poison, metadata !80, metadata !DIExpression()), !dbg !121
  call void @llvm.dbg.value(metadata i32 poison, metadata !91, metadata !DIExpression()), !dbg !119
  %21 = getelementptr inbounds [64 x ptr], ptr %2, i64 0, i64 14, !dbg !123
  call void @llvm.dbg.value(metadata ptr poison, metadata !92, metadata !DIExpression()), !dbg !124
  %22 = load ptr, ptr %21, align 8, !dbg !125, !tbaa !100
  call void @llvm.dbg.value(metadata ptr %22, metadata !92, metadata !DIExpression()), !dbg !124
  %23 = icmp eq ptr %22, null, !dbg !126
  br i1 %23, label %33, label %24, !dbg !126

24:                                               ; preds = %19, %29
  %25 = phi ptr [ %31, %29 ], [ %22, %19 ]
  %26 = load ptr, ptr %25, align 8, !dbg !127, !tbaa !108
  %27 = call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %26, ptr noundef nonnull dereferenceable(4) @.str.2) #13, !dbg !128
  %28 = icmp eq i32 %27, 0, !dbg !129
  br i1 %28, label %33, label %29, !dbg !130

29:                                               ; preds = %24
  %30 = getelementptr inbounds %struct.entry, ptr %25, i64 0, i32 2, !dbg !131
  call void @llvm.dbg.value(metadata ptr poison, metadata !92, metadata !DIExpression()), !dbg !124
  %31 = load ptr, ptr %30, align 8, !dbg !125, !tbaa !100
  call void @llvm.dbg.value(metadata ptr %31, metadata !92, metadata !DIExpression()), !dbg !124
  %32 = icmp eq ptr %31, null, !dbg !126
  br i1 %32, label %33, label %24, !dbg !126, !llvm.loop !132

33:                                               ; preds = %29, %24, %19
  %34 = phi ptr [ null, %19 ], [ %25, %24 ], [ null, %29 ], !dbg !119
  call void @llvm.dbg.value(metadata ptr %34, metadata !62, metadata !DIExpression()), !dbg !68
  %35 = getelementptr inbounds %struct.table, ptr %2, i64 0, i32 1, !dbg !134
  %36 = load i32, ptr %35, align 8, !dbg !134, !tbaa !135
  %37 = icmp ne ptr %20, null, !dbg !137
  br i1 %37, label %48, label %51, !dbg !137

38:                                               ; preds = %0, %38
  %39 = phi i32 [ %45, %38 ], [ 0, %0 ]
  %40 = phi ptr [ %46, %38 ], [ %3, %0 ]
  call void @llvm.dbg.value(metadata i32 %39, metadata !58, metadata !DIExpression()), !dbg !68
  call void @llvm.dbg.value(metadata ptr %40, metadata !59, metadata !DIExpression()), !dbg !70
  %41 = call fastcc ptr @lookup(ptr noundef nonnull %2, ptr noundef nonnull %40, i32 noundef 1), !dbg !138
  %42 = getelementptr inbounds %struct.entry, ptr %41, i64 0, i32 1, !dbg !141
  %43 = load i32, ptr %42, align 8, !dbg !142, !tbaa !143
  %44 = add nsw i32 %43, 1, !dbg !142
  store i32 %44, ptr %42, align 8, !dbg !142, !tbaa !143
  %45 = add nuw nsw i32 %39, 1, !dbg !144
  call void @llvm.dbg.value(metadata i32 %45, metadata !58, metadata !DIExpression()), !dbg !68
  %46 = call ptr @strtok(ptr noundef null, ptr noundef nonnull @.str) #12, !dbg !145
  call void @llvm.dbg.value(metadata ptr %46, metadata !59, metadata !DIExpression()), !dbg !70
  %47 = icmp eq ptr %46, null, !dbg !71
  br i1 %47, label %5, label %38, !dbg !71, !llvm.loop !146

48:                                               ; preds = %33
  %49 = getelementptr inbounds %struct.entry, ptr %20, i64 0, i32 1, !dbg !148
  %50 = load i32, ptr %49, align 8, !dbg !148, !tbaa !143
  br label %51, !dbg !137

51:                                               ; preds = %33, %48
  %52 = phi i32 [ %50, %48 ], [ 0, %33 ], !dbg !137
  %53 = icmp ne ptr %34, null, !dbg !149
  br i1 %53, label %54, label %57, !dbg !149

54:                                               ; preds = %51
  %55 = getelementptr inbounds %struct.entry, ptr %34, i64 0, i32 1, !dbg !150
  %56 = load i32, ptr %55, align 8, !dbg !150, !tbaa !143
  br label %57, !dbg !149

57:                                               ; preds = %51, %54
  %58 = phi i32 [ %56, %54 ], [ 0, %51 ], !dbg !149
  %59 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %6, i32 noundef %36, i32 noundef %52, i32 noundef %58), !dbg !151
  %60 = icmp eq i32 %6, 21, !dbg !152
  %61 = icmp eq i32 %36, 13
  %62 = select i1 %60, i1 %61, i1 false, !dbg !153
  %63 = and i1 %37, %62, !dbg !153
  br i1 %63, label %64, label %86, !dbg !153

64:                                               ; preds = %57
  %65 = getelementptr inbounds %struct.entry, ptr %20, i64 0, i32 1, !dbg !154
  %66 = load i32, ptr %65, align 8, !dbg !154, !tbaa !143
  %67 = icmp eq i32 %66, 6, !dbg !155
  %68 = and i1 %53, %67, !dbg !156
  br i1 %68, label %69, label %86, !dbg !156

69:                                               ; preds = %64
  %70 = getelementptr inbounds %struct.entry, ptr %34, i64 0, i32 1, !dbg !157
  %71 = load i32, ptr %70, align 8, !dbg !157, !tbaa !143
  %72 = icmp eq i32 %71, 3, !dbg !158
  br i1 %72, label %73, label %86, !dbg !159

73:                                               ; preds = %69
  call void @llvm.dbg.value(metadata i32 poison, metadata !72, metadata !DIExpression()), !dbg !160
  call void @llvm.dbg.value(metadata ptr poison, metadata !80, metadata !DIExpression()), !dbg !160
  call void @llvm.dbg.value(metadata i32 poison, metadata !91, metadata !DIExpression()), !dbg !163
  %74 = getelementptr inbounds [64 x ptr], ptr %2, i64 0, i64 9, !dbg !164
  call void @llvm.dbg.value(metadata ptr poison, metadata !92, metadata !DIExpression()), !dbg !165
  %75 = load ptr, ptr %74, align 8, !dbg !166, !tbaa !100
  call void @llvm.dbg.value(metadata ptr %75, metadata !92, metadata !DIExpression()), !dbg !165
  %76 = icmp eq ptr %75, null, !dbg !167
  br i1 %76, label %86, label %77, !dbg !167

77:                                               ; preds = %73, %82
  %78 = phi ptr [ %84, %82 ], [ %75, %73 ]
  %79 = load ptr, ptr %78, align 8, !dbg !168, !tbaa !108
  %80 = call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %79, ptr noundef nonnull dereferenceable(5) @.str.4) #13, !dbg !169
  %81 = icmp eq i32 %80, 0, !dbg !170
  br i1 %81, label %86, label %82, !dbg !171

82:                                               ; preds = %77
  %83 = getelementptr inbounds %struct.entry, ptr %78, i64 0, i32 2, !dbg !172
  call void @llvm.dbg.value(metadata ptr poison, metadata !92, metadata !DIExpression()), !dbg !165
  %84 = load ptr, ptr %83, align 8, !dbg !166, !tbaa !100
  call void @llvm.dbg.value(metadata ptr %84, metadata !92, metadata !DIExpression()), !dbg !165
  %85 = icmp eq ptr %84, null, !dbg !167
  br i1 %85, label %86, label %77, !dbg !167, !llvm.loop !173

86:                                               ; preds = %77, %82, %73, %69, %64, %57
  %87 = phi i32 [ 1, %69 ], [ 1, %64 ], [ 1, %57 ], [ 0, %73 ], [ 1, %77 ], [ 0, %82 ]
  call void @llvm.dbg.value(metadata i1 poison, metadata !63, metadata !DIExpression(DW_OP_LLVM_convert, 1, DW_ATE_unsigned, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_stack_value)), !dbg !68
  call void @llvm.dbg.value(metadata ptr %2, metadata !175, metadata !DIExpression()), !dbg !187
  call void @llvm.dbg.value(metadata i32 0, metadata !180, metadata !DIExpression()), !dbg !189
  br label %88, !dbg !190

88:                                               ; preds = %99, %86
  %89 = phi i64 [ 0, %86 ], [ %100, %99 ]
  call void @llvm.dbg.value(metadata i64 %89, metadata !180, metadata !DIExpression()), !dbg !189
  %90 = getelementptr inbounds [64 x ptr], ptr %2, i64 0, i64 %89, !dbg !191
  %91 = load ptr, ptr %90, align 8, !dbg !191, !tbaa !100
  call void @llvm.dbg.value(metadata ptr %91, metadata !182, metadata !DIExpression()), !dbg !192
  %92 = icmp eq ptr %91, null, !dbg !193
  br i1 %92, label %99, label %93, !dbg !193

93:                                               ; preds = %88, %93
  %94 = phi ptr [ %96, %93 ], [ %91, %88 ]
  call void @llvm.dbg.value(metadata ptr %94, metadata !182, metadata !DIExpression()), !dbg !192
  %95 = getelementptr inbounds %struct.entry, ptr %94, i64 0, i32 2, !dbg !194
  %96 = load ptr, ptr %95, align 8, !dbg !194, !tbaa !195
  call void @llvm.dbg.value(metadata ptr %96, metadata !185, metadata !DIExpression()), !dbg !196
  %97 = load ptr, ptr %94, align 8, !dbg !197, !tbaa !108
  call void @free(ptr noundef %97) #12, !dbg !198
  call void @free(ptr noundef %94) #12, !dbg !199
  call void @llvm.dbg.value(metadata ptr %96, metadata !182, metadata !DIExpression()), !dbg !192
  %98 = icmp eq ptr %96, null, !dbg !193
  br i1 %98, label %99, label %93, !dbg !193, !llvm.loop !200

99:                                               ; preds = %93, %88
  store ptr null, ptr %90, align 8, !dbg !202, !tbaa !100
  %100 = add nuw nsw i64 %89, 1, !dbg !203
  call void @llvm.dbg.value(metadata i64 %100, metadata !180, metadata !DIExpression()), !dbg !189
  %101 = icmp eq i64 %100, 64, !dbg !204
  br i1 %101, label %102, label %88, !dbg !190, !llvm.loop !205

102:                                              ; preds = %99
  call void @llvm.lifetime.end.p0(i64 520, ptr nonnull %2) #12, !dbg !207
  call void @llvm.lifetime.end.p0(i64 100, ptr nonnull %1) #12, !dbg !207
  ret i32 %87, !dbg !208
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.declare(metadata, metadata, metadata) #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #3

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #4

; Function Attrs: mustprogress nofree nounwind willreturn
declare !dbg !209 ptr @strtok(ptr noundef, ptr nocapture noundef readonly) local_unnamed_addr #5

; Function Attrs: nofree nounwind uwtable
define internal fastcc ptr @lookup(ptr nocapture noundef %0, ptr nocapture noundef readonly %1, i32 noundef %2) unnamed_addr #6 !dbg !83 {
  call void @llvm.dbg.value(metadata ptr %0, metadata !88, metadata !DIExpression()), !dbg !216
  call void @llvm.dbg.value(metadata ptr %1, metadata !89, metadata !DIExpression()), !dbg !216
  call void @llvm.dbg.value(metadata i32 %2, metadata !90, metadata !DIExpression()), !dbg !216
  call void @llvm.dbg.value(metadata ptr %1, metadata !80, metadata !DIExpression()), !dbg !217
  call void @llvm.dbg.value(metadata i32 -2128831035, metadata !72, metadata !DIExpression()), !dbg !217
  %4 = load i8, ptr %1, align 1, !dbg !219, !tbaa !220
  %5 = icmp eq i8 %4, 0, !dbg !221
  br i1 %5, label %19, label %6, !dbg !221

6:                                                ; preds = %3, %6
  %7 = phi i8 [ %14, %6 ], [ %4, %3 ]
  %8 = phi i32 [ %13, %6 ], [ -2128831035, %3 ]
  %9 = phi ptr [ %10, %6 ], [ %1, %3 ]
  call void @llvm.dbg.value(metadata i32 %8, metadata !72, metadata !DIExpression()), !dbg !217
  call void @llvm.dbg.value(metadata ptr %9, metadata !80, metadata !DIExpression()), !dbg !217
  %10 = getelementptr inbounds i8, ptr %9, i64 1, !dbg !222
  call void @llvm.dbg.value(metadata ptr %10, metadata !80, metadata !DIExpression()), !dbg !217
  %11 = zext i8 %7 to i32, !dbg !224
  %12 = xor i32 %8, %11, !dbg !225
  call void @llvm.dbg.value(metadata i32 %12, metadata !72, metadata !DIExpression()), !dbg !217
  %13 = mul i32 %12, 16777619, !dbg !226
  call void @llvm.dbg.value(metadata i32 %13, metadata !72, metadata !DIExpression()), !dbg !217
  %14 = load i8, ptr %10, align 1, !dbg !219, !tbaa !220
  %15 = icmp eq i8 %14, 0, !dbg !221
  br i1 %15, label %16, label %6, !dbg !221, !llvm.loop !227

16:                                               ; preds = %6
  %17 = and i32 %13, 63, !dbg !229
  %18 = zext i32 %17 to i64, !dbg !230
  br label %19, !dbg !229

19:                                               ; preds = %16, %3
  %20 = phi i64 [ 5, %3 ], [ %18, %16 ]
  call void @llvm.dbg.value(metadata i32 poison, metadata !91, metadata !DIExpression()), !dbg !216
  %21 = getelementptr inbounds [64 x ptr], ptr %0, i64 0, i64 %20, !dbg !230
  call void @llvm.dbg.value(metadata ptr poison, metadata !92, metadata !DIExpression()), !dbg !231
  %22 = load ptr, ptr %21, align 8, !dbg !232, !tbaa !100
  call void @llvm.dbg.value(metadata ptr %22, metadata !92, metadata !DIExpression()), !dbg !231
  %23 = icmp eq ptr %22, null, !dbg !233
  br i1 %23, label %33, label %24, !dbg !233

24:                                               ; preds = %19, %29
  %25 = phi ptr [ %31, %29 ], [ %22, %19 ]
  %26 = load ptr, ptr %25, align 8, !dbg !234, !tbaa !108
  %27 = tail call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %26, ptr noundef nonnull dereferenceable(1) %1) #13, !dbg !235
  %28 = icmp eq i32 %27, 0, !dbg !236
  br i1 %28, label %46, label %29, !dbg !237

29:                                               ; preds = %24
  %30 = getelementptr inbounds %struct.entry, ptr %25, i64 0, i32 2, !dbg !238
  call void @llvm.dbg.value(metadata ptr poison, metadata !92, metadata !DIExpression()), !dbg !231
  %31 = load ptr, ptr %30, align 8, !dbg !232, !tbaa !100
  call void @llvm.dbg.value(metadata ptr %31, metadata !92, metadata !DIExpression()), !dbg !231
  %32 = icmp eq ptr %31, null, !dbg !233
  br i1 %32, label %33, label %24, !dbg !233, !llvm.loop !239

33:                                               ; preds = %29, %19
  %34 = icmp eq i32 %2, 0, !dbg !241
  br i1 %34, label %46, label %35, !dbg !243

35:                                               ; preds = %33
  %36 = tail call noalias dereferenceable_or_null(24) ptr @malloc(i64 noundef 24) #14, !dbg !244
  call void @llvm.dbg.value(metadata ptr %36, metadata !94, metadata !DIExpression()), !dbg !216
  call void @llvm.dbg.value(metadata ptr %1, metadata !245, metadata !DIExpression()), !dbg !255
  %37 = tail call i64 @strlen(ptr noundef nonnull dereferenceable(1) %1) #13, !dbg !257
  %38 = add i64 %37, 1, !dbg !258
  call void @llvm.dbg.value(metadata i64 %38, metadata !250, metadata !DIExpression()), !dbg !255
  %39 = tail call noalias ptr @malloc(i64 noundef %38) #14, !dbg !259
  call void @llvm.dbg.value(metadata ptr %39, metadata !254, metadata !DIExpression()), !dbg !255
  tail call void @llvm.memcpy.p0.p0.i64(ptr align 1 %39, ptr nonnull align 1 %1, i64 %38, i1 false), !dbg !260
  store ptr %39, ptr %36, align 8, !dbg !261, !tbaa !108
  %40 = getelementptr inbounds %struct.entry, ptr %36, i64 0, i32 1, !dbg !262
  store i32 0, ptr %40, align 8, !dbg !263, !tbaa !143
  %41 = load ptr, ptr %21, align 8, !dbg !264, !tbaa !100
  %42 = getelementptr inbounds %struct.entry, ptr %36, i64 0, i32 2, !dbg !265
  store ptr %41, ptr %42, align 8, !dbg !266, !tbaa !195
  store ptr %36, ptr %21, align 8, !dbg !267, !tbaa !100
  %43 = getelementptr inbounds %struct.table, ptr %0, i64 0, i32 1, !dbg !268
  %44 = load i32, ptr %43, align 8, !dbg !269, !tbaa !135
  %45 = add nsw i32 %44, 1, !dbg !269
  store i32 %45, ptr %43, align 8, !dbg !269, !tbaa !135
  br label %46

46:                                               ; preds = %24, %33, %35
  %47 = phi ptr [ %36, %35 ], [ null, %33 ], [ %25, %24 ], !dbg !216
  ret ptr %47, !dbg !270
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare !dbg !271 noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #7

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare !dbg !275 i32 @strcmp(ptr nocapture noundef, ptr nocapture noundef) local_unnamed_addr #8

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare !dbg !278 noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #9

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare !dbg !283 i64 @strlen(ptr nocapture noundef) local_unnamed_addr #8

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare !dbg !286 void @free(ptr allocptr nocapture noundef) local_unnamed_addr #10

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #11

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { mustprogress nofree nounwind willreturn "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { mustprogress nofree nounwind willreturn memory(argmem: read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #10 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #11 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #12 = { nounwind }
attributes #13 = { nounwind willreturn memory(read) }
attributes #14 = { nounwind allocsize(0) }

!llvm.dbg.cu = !{!24}
!llvm.module.flags = !{!28, !29, !30, !31, !32, !33}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 66, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "c/hash_table.c", directory: ".", checksumkind: CSK_MD5, checksum: "3270750473322d967067ef47032b29d5")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 16, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 2)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(scope: null, file: !2, line: 70, type: !9, isLocal: true, isDefinition: true)
!9 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 32, elements: !10)
!10 = !{!11}
!11 = !DISubrange(count: 4)
!12 = !DIGlobalVariableExpression(var: !13, expr: !DIExpression())
!13 = distinct !DIGlobalVariable(scope: null, file: !2, line: 70, type: !9, isLocal: true, isDefinition: true)
!14 = !DIGlobalVariableExpression(var: !15, expr: !DIExpression())
!15 = distinct !DIGlobalVariable(scope: null, file: !2, line: 71, type: !16, isLocal: true, isDefinition: true)
!16 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 376, elements: !17)
!17 = !{!18}
!18 = !DISubrange(count: 47)
!19 = !DIGlobalVariableExpression(var: !20, expr: !DIExpression())
!20 = distinct !DIGlobalVariable(scope: null, file: !2, line: 72, type: !21, isLocal: true, isDefinition: true)
!21 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 40, elements: !22)
!22 = !{!23}
!23 = !DISubrange(count: 5)
!24 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !25, globals: !27, splitDebugInlining: false, nameTableKind: None)
!25 = !{!26}
!26 = !DIBasicType(name: "unsigned char", size: 8, encoding: DW_ATE_unsigned_char)
!27 = !{!0, !7, !12, !14, !19}
!28 = !{i32 7, !"Dwarf Version", i32 5}
!29 = !{i32 2, !"Debug Info Version", i32 3}
!30 = !{i32 1, !"wchar_size", i32 4}
!31 = !{i32 8, !"PIC Level", i32 2}
!32 = !{i32 7, !"PIE Level", i32 2}
!33 = !{i32 7, !"uwtable", i32 2}
!34 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 62, type: !35, scopeLine: 62, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !24, retainedNodes: !38)
!35 = !DISubroutineType(types: !36)
!36 = !{!37}
!37 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!38 = !{!39, !43, !58, !59, !61, !62, !63}
!39 = !DILocalVariable(name: "text", scope: !34, file: !2, line: 63, type: !40)
!40 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 800, elements: !41)
!41 = !{!42}
!42 = !DISubrange(count: 100)
!43 = !DILocalVariable(name: "t", scope: !34, file: !2, line: 64, type: !44)
!44 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "table", file: !2, line: 14, size: 4160, elements: !45)
!45 = !{!46, !57}
!46 = !DIDerivedType(tag: DW_TAG_member, name: "buckets", scope: !44, file: !2, line: 15, baseType: !47, size: 4096)
!47 = !DICompositeType(tag: DW_TAG_array_type, baseType: !48, size: 4096, elements: !55)
!48 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !49, size: 64)
!49 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "entry", file: !2, line: 8, size: 192, elements: !50)
!50 = !{!51, !53, !54}
!51 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !49, file: !2, line: 9, baseType: !52, size: 64)
!52 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !4, size: 64)
!53 = !DIDerivedType(tag: DW_TAG_member, name: "count", scope: !49, file: !2, line: 10, baseType: !37, size: 32, offset: 64)
!54 = !DIDerivedType(tag: DW_TAG_member, name: "next", scope: !49, file: !2, line: 11, baseType: !48, size: 64, offset: 128)
!55 = !{!56}
!56 = !DISubrange(count: 64)
!57 = !DIDerivedType(tag: DW_TAG_member, name: "size", scope: !44, file: !2, line: 16, baseType: !37, size: 32, offset: 4096)
!58 = !DILocalVariable(name: "words", scope: !34, file: !2, line: 65, type: !37)
!59 = !DILocalVariable(name: "w", scope: !60, file: !2, line: 66, type: !52)
!60 = distinct !DILexicalBlock(scope: !34, file: !2, line: 66, column: 5)
!61 = !DILocalVariable(name: "the", scope: !34, file: !2, line: 70, type: !48)
!62 = !DILocalVariable(name: "fox", scope: !34, file: !2, line: 70, type: !48)
!63 = !DILocalVariable(name: "ok", scope: !34, file: !2, line: 72, type: !37)
!64 = !DILocation(line: 63, column: 5, scope: !34)
!65 = !DILocation(line: 63, column: 10, scope: !34)
!66 = !DILocation(line: 64, column: 5, scope: !34)
!67 = !DILocation(line: 64, column: 18, scope: !34)
!68 = !DILocation(line: 0, scope: !34)
!69 = !DILocation(line: 66, column: 20, scope: !60)
!70 = !DILocation(line: 0, scope: !60)
!71 = !DILocation(line: 66, column: 5, scope: !60)
!72 = !DILocalVariable(name: "h", scope: !73, file: !2, line: 20, type: !76)
!73 = distinct !DISubprogram(name: "fnv1a", scope: !2, file: !2, line: 19, type: !74, scopeLine: 19, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !24, retainedNodes: !79)
!74 = !DISubroutineType(types: !75)
!75 = !{!76, !77}
!76 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!77 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !78, size: 64)
!78 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !4)
!79 = !{!80, !72}
!80 = !DILocalVariable(name: "s", arg: 1, scope: !73, file: !2, line: 19, type: !77)
!81 = !DILocation(line: 0, scope: !73, inlinedAt: !82)
!82 = distinct !DILocation(line: 36, column: 18, scope: !83, inlinedAt: !95)
!83 = distinct !DISubprogram(name: "lookup", scope: !2, file: !2, line: 35, type: !84, scopeLine: 35, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !24, retainedNodes: !87)
!84 = !DISubroutineType(types: !85)
!85 = !{!48, !86, !77, !37}
!86 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !44, size: 64)
!87 = !{!88, !89, !90, !91, !92, !94}
!88 = !DILocalVariable(name: "t", arg: 1, scope: !83, file: !2, line: 35, type: !86)
!89 = !DILocalVariable(name: "key", arg: 2, scope: !83, file: !2, line: 35, type: !77)
!90 = !DILocalVariable(name: "create", arg: 3, scope: !83, file: !2, line: 35, type: !37)
!91 = !DILocalVariable(name: "b", scope: !83, file: !2, line: 36, type: !76)
!92 = !DILocalVariable(name: "e", scope: !93, file: !2, line: 37, type: !48)
!93 = distinct !DILexicalBlock(scope: !83, file: !2, line: 37, column: 5)
!94 = !DILocalVariable(name: "e", scope: !83, file: !2, line: 40, type: !48)
!95 = distinct !DILocation(line: 70, column: 25, scope: !34)
!96 = !DILocation(line: 0, scope: !83, inlinedAt: !95)
!97 = !DILocation(line: 37, column: 28, scope: !93, inlinedAt: !95)
!98 = !DILocation(line: 0, scope: !93, inlinedAt: !95)
!99 = !DILocation(line: 37, scope: !93, inlinedAt: !95)
!100 = !{!101, !101, i64 0}
!101 = !{!"any pointer", !102, i64 0}
!102 = !{!"omnipotent char", !103, i64 0}
!103 = !{!"Simple C/C++ TBAA"}
!104 = !DILocation(line: 37, column: 5, scope: !93, inlinedAt: !95)
!105 = !DILocation(line: 38, column: 23, scope: !106, inlinedAt: !95)
!106 = distinct !DILexicalBlock(scope: !107, file: !2, line: 38, column: 13)
!107 = distinct !DILexicalBlock(scope: !93, file: !2, line: 37, column: 5)
!108 = !{!109, !101, i64 0}
!109 = !{!"entry", !101, i64 0, !110, i64 8, !101, i64 16}
!110 = !{!"int", !102, i64 0}
!111 = !DILocation(line: 38, column: 13, scope: !106, inlinedAt: !95)
!112 = !DILocation(line: 38, column: 33, scope: !106, inlinedAt: !95)
!113 = !DILocation(line: 38, column: 13, scope: !107, inlinedAt: !95)
!114 = !DILocation(line: 37, column: 53, scope: !107, inlinedAt: !95)
!115 = distinct !{!115, !104, !116, !117, !118}
!116 = !DILocation(line: 38, column: 46, scope: !93, inlinedAt: !95)
!117 = !{!"llvm.loop.mustprogress"}
!118 = !{!"llvm.loop.unroll.disable"}
!119 = !DILocation(line: 0, scope: !83, inlinedAt: !120)
!120 = distinct !DILocation(line: 70, column: 54, scope: !34)
!121 = !DILocation(line: 0, scope: !73, inlinedAt: !122)
!122 = distinct !DILocation(line: 36, column: 18, scope: !83, inlinedAt: !120)
!123 = !DILocation(line: 37, column: 28, scope: !93, inlinedAt: !120)
!124 = !DILocation(line: 0, scope: !93, inlinedAt: !120)
!125 = !DILocation(line: 37, scope: !93, inlinedAt: !120)
!126 = !DILocation(line: 37, column: 5, scope: !93, inlinedAt: !120)
!127 = !DILocation(line: 38, column: 23, scope: !106, inlinedAt: !120)
!128 = !DILocation(line: 38, column: 13, scope: !106, inlinedAt: !120)
!129 = !DILocation(line: 38, column: 33, scope: !106, inlinedAt: !120)
!130 = !DILocation(line: 38, column: 13, scope: !107, inlinedAt: !120)
!131 = !DILocation(line: 37, column: 53, scope: !107, inlinedAt: !120)
!132 = distinct !{!132, !126, !133, !117, !118}
!133 = !DILocation(line: 38, column: 46, scope: !93, inlinedAt: !120)
!134 = !DILocation(line: 71, column: 72, scope: !34)
!135 = !{!136, !110, i64 512}
!136 = !{!"table", !102, i64 0, !110, i64 512}
!137 = !DILocation(line: 71, column: 78, scope: !34)
!138 = !DILocation(line: 67, column: 9, scope: !139)
!139 = distinct !DILexicalBlock(scope: !140, file: !2, line: 66, column: 65)
!140 = distinct !DILexicalBlock(scope: !60, file: !2, line: 66, column: 5)
!141 = !DILocation(line: 67, column: 27, scope: !139)
!142 = !DILocation(line: 67, column: 32, scope: !139)
!143 = !{!109, !110, i64 8}
!144 = !DILocation(line: 68, column: 14, scope: !139)
!145 = !DILocation(line: 66, column: 46, scope: !140)
!146 = distinct !{!146, !71, !147, !117, !118}
!147 = !DILocation(line: 69, column: 5, scope: !60)
!148 = !DILocation(line: 71, column: 89, scope: !34)
!149 = !DILocation(line: 71, column: 100, scope: !34)
!150 = !DILocation(line: 71, column: 111, scope: !34)
!151 = !DILocation(line: 71, column: 5, scope: !34)
!152 = !DILocation(line: 72, column: 20, scope: !34)
!153 = !DILocation(line: 72, column: 26, scope: !34)
!154 = !DILocation(line: 72, column: 57, scope: !34)
!155 = !DILocation(line: 72, column: 63, scope: !34)
!156 = !DILocation(line: 72, column: 68, scope: !34)
!157 = !DILocation(line: 72, column: 83, scope: !34)
!158 = !DILocation(line: 72, column: 89, scope: !34)
!159 = !DILocation(line: 72, column: 94, scope: !34)
!160 = !DILocation(line: 0, scope: !73, inlinedAt: !161)
!161 = distinct !DILocation(line: 36, column: 18, scope: !83, inlinedAt: !162)
!162 = distinct !DILocation(line: 72, column: 98, scope: !34)
!163 = !DILocation(line: 0, scope: !83, inlinedAt: !162)
!164 = !DILocation(line: 37, column: 28, scope: !93, inlinedAt: !162)
!165 = !DILocation(line: 0, scope: !93, inlinedAt: !162)
!166 = !DILocation(line: 37, scope: !93, inlinedAt: !162)
!167 = !DILocation(line: 37, column: 5, scope: !93, inlinedAt: !162)
!168 = !DILocation(line: 38, column: 23, scope: !106, inlinedAt: !162)
!169 = !DILocation(line: 38, column: 13, scope: !106, inlinedAt: !162)
!170 = !DILocation(line: 38, column: 33, scope: !106, inlinedAt: !162)
!171 = !DILocation(line: 38, column: 13, scope: !107, inlinedAt: !162)
!172 = !DILocation(line: 37, column: 53, scope: !107, inlinedAt: !162)
!173 = distinct !{!173, !167, !174, !117, !118}
!174 = !DILocation(line: 38, column: 46, scope: !93, inlinedAt: !162)
!175 = !DILocalVariable(name: "t", arg: 1, scope: !176, file: !2, line: 49, type: !86)
!176 = distinct !DISubprogram(name: "destroy", scope: !2, file: !2, line: 49, type: !177, scopeLine: 49, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !24, retainedNodes: !179)
!177 = !DISubroutineType(types: !178)
!178 = !{null, !86}
!179 = !{!175, !180, !182, !185}
!180 = !DILocalVariable(name: "b", scope: !181, file: !2, line: 50, type: !37)
!181 = distinct !DILexicalBlock(scope: !176, file: !2, line: 50, column: 5)
!182 = !DILocalVariable(name: "e", scope: !183, file: !2, line: 51, type: !48)
!183 = distinct !DILexicalBlock(scope: !184, file: !2, line: 50, column: 40)
!184 = distinct !DILexicalBlock(scope: !181, file: !2, line: 50, column: 5)
!185 = !DILocalVariable(name: "next", scope: !186, file: !2, line: 53, type: !48)
!186 = distinct !DILexicalBlock(scope: !183, file: !2, line: 52, column: 19)
!187 = !DILocation(line: 0, scope: !176, inlinedAt: !188)
!188 = distinct !DILocation(line: 73, column: 5, scope: !34)
!189 = !DILocation(line: 0, scope: !181, inlinedAt: !188)
!190 = !DILocation(line: 50, column: 5, scope: !181, inlinedAt: !188)
!191 = !DILocation(line: 51, column: 27, scope: !183, inlinedAt: !188)
!192 = !DILocation(line: 0, scope: !183, inlinedAt: !188)
!193 = !DILocation(line: 52, column: 9, scope: !183, inlinedAt: !188)
!194 = !DILocation(line: 53, column: 37, scope: !186, inlinedAt: !188)
!195 = !{!109, !101, i64 16}
!196 = !DILocation(line: 0, scope: !186, inlinedAt: !188)
!197 = !DILocation(line: 54, column: 21, scope: !186, inlinedAt: !188)
!198 = !DILocation(line: 54, column: 13, scope: !186, inlinedAt: !188)
!199 = !DILocation(line: 55, column: 13, scope: !186, inlinedAt: !188)
!200 = distinct !{!200, !193, !201, !117, !118}
!201 = !DILocation(line: 57, column: 9, scope: !183, inlinedAt: !188)
!202 = !DILocation(line: 58, column: 23, scope: !183, inlinedAt: !188)
!203 = !DILocation(line: 50, column: 36, scope: !184, inlinedAt: !188)
!204 = !DILocation(line: 50, column: 23, scope: !184, inlinedAt: !188)
!205 = distinct !{!205, !190, !206, !117, !118}
!206 = !DILocation(line: 59, column: 5, scope: !181, inlinedAt: !188)
!207 = !DILocation(line: 75, column: 1, scope: !34)
!208 = !DILocation(line: 74, column: 5, scope: !34)
!209 = !DISubprogram(name: "strtok", scope: !210, file: !210, line: 356, type: !211, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !215)
!210 = !DIFile(filename: "/usr/include/string.h", directory: "", checksumkind: CSK_MD5, checksum: "0ee11a08692643b86154f96759d0f7fa")
!211 = !DISubroutineType(types: !212)
!212 = !{!52, !213, !214}
!213 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !52)
!214 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !77)
!215 = !{}
!216 = !DILocation(line: 0, scope: !83)
!217 = !DILocation(line: 0, scope: !73, inlinedAt: !218)
!218 = distinct !DILocation(line: 36, column: 18, scope: !83)
!219 = !DILocation(line: 21, column: 12, scope: !73, inlinedAt: !218)
!220 = !{!102, !102, i64 0}
!221 = !DILocation(line: 21, column: 5, scope: !73, inlinedAt: !218)
!222 = !DILocation(line: 22, column: 31, scope: !223, inlinedAt: !218)
!223 = distinct !DILexicalBlock(scope: !73, file: !2, line: 21, column: 16)
!224 = !DILocation(line: 22, column: 14, scope: !223, inlinedAt: !218)
!225 = !DILocation(line: 22, column: 11, scope: !223, inlinedAt: !218)
!226 = !DILocation(line: 23, column: 11, scope: !223, inlinedAt: !218)
!227 = distinct !{!227, !221, !228, !117, !118}
!228 = !DILocation(line: 24, column: 5, scope: !73, inlinedAt: !218)
!229 = !DILocation(line: 36, column: 29, scope: !83)
!230 = !DILocation(line: 37, column: 28, scope: !93)
!231 = !DILocation(line: 0, scope: !93)
!232 = !DILocation(line: 37, scope: !93)
!233 = !DILocation(line: 37, column: 5, scope: !93)
!234 = !DILocation(line: 38, column: 23, scope: !106)
!235 = !DILocation(line: 38, column: 13, scope: !106)
!236 = !DILocation(line: 38, column: 33, scope: !106)
!237 = !DILocation(line: 38, column: 13, scope: !107)
!238 = !DILocation(line: 37, column: 53, scope: !107)
!239 = distinct !{!239, !233, !240, !117, !118}
!240 = !DILocation(line: 38, column: 46, scope: !93)
!241 = !DILocation(line: 39, column: 10, scope: !242)
!242 = distinct !DILexicalBlock(scope: !83, file: !2, line: 39, column: 9)
!243 = !DILocation(line: 39, column: 9, scope: !83)
!244 = !DILocation(line: 40, column: 23, scope: !83)
!245 = !DILocalVariable(name: "s", arg: 1, scope: !246, file: !2, line: 28, type: !77)
!246 = distinct !DISubprogram(name: "copy_string", scope: !2, file: !2, line: 28, type: !247, scopeLine: 28, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !24, retainedNodes: !249)
!247 = !DISubroutineType(types: !248)
!248 = !{!52, !77}
!249 = !{!245, !250, !254}
!250 = !DILocalVariable(name: "n", scope: !246, file: !2, line: 29, type: !251)
!251 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !252, line: 46, baseType: !253)
!252 = !DIFile(filename: "/usr/lib/llvm-16/lib/clang/16/include/stddef.h", directory: "", checksumkind: CSK_MD5, checksum: "f95079da609b0e8f201cb8136304bf3b")
!253 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!254 = !DILocalVariable(name: "c", scope: !246, file: !2, line: 30, type: !52)
!255 = !DILocation(line: 0, scope: !246, inlinedAt: !256)
!256 = distinct !DILocation(line: 41, column: 14, scope: !83)
!257 = !DILocation(line: 29, column: 16, scope: !246, inlinedAt: !256)
!258 = !DILocation(line: 29, column: 26, scope: !246, inlinedAt: !256)
!259 = !DILocation(line: 30, column: 15, scope: !246, inlinedAt: !256)
!260 = !DILocation(line: 31, column: 5, scope: !246, inlinedAt: !256)
!261 = !DILocation(line: 41, column: 12, scope: !83)
!262 = !DILocation(line: 42, column: 8, scope: !83)
!263 = !DILocation(line: 42, column: 14, scope: !83)
!264 = !DILocation(line: 43, column: 15, scope: !83)
!265 = !DILocation(line: 43, column: 8, scope: !83)
!266 = !DILocation(line: 43, column: 13, scope: !83)
!267 = !DILocation(line: 44, column: 19, scope: !83)
!268 = !DILocation(line: 45, column: 8, scope: !83)
!269 = !DILocation(line: 45, column: 12, scope: !83)
!270 = !DILocation(line: 47, column: 1, scope: !83)
!271 = !DISubprogram(name: "printf", scope: !272, file: !272, line: 356, type: !273, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !215)
!272 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!273 = !DISubroutineType(types: !274)
!274 = !{!37, !214, null}
!275 = !DISubprogram(name: "strcmp", scope: !210, file: !210, line: 156, type: !276, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !215)
!276 = !DISubroutineType(types: !277)
!277 = !{!37, !77, !77}
!278 = !DISubprogram(name: "malloc", scope: !279, file: !279, line: 553, type: !280, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !215)
!279 = !DIFile(filename: "/usr/include/stdlib.h", directory: "", checksumkind: CSK_MD5, checksum: "4b47dc81a92f1fe77a152c0aac236718")
!280 = !DISubroutineType(types: !281)
!281 = !{!282, !251}
!282 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!283 = !DISubprogram(name: "strlen", scope: !210, file: !210, line: 407, type: !284, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !215)
!284 = !DISubroutineType(types: !285)
!285 = !{!253, !77}
!286 = !DISubprogram(name: "free", scope: !279, file: !279, line: 568, type: !287, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !215)
!287 = !DISubroutineType(types: !288)
!288 = !{null, !282}
