; ModuleID = 'c/calculator.c'
source_filename = "c/calculator.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.anon = type { ptr, i64, i32 }
%struct.parser = type { ptr, i32 }

@main.cases = internal unnamed_addr constant [9 x %struct.anon] [%struct.anon { ptr @.str, i64 7, i32 1 }, %struct.anon { ptr @.str.1, i64 9, i32 1 }, %struct.anon { ptr @.str.2, i64 512, i32 1 }, %struct.anon { ptr @.str.3, i64 2, i32 1 }, %struct.anon { ptr @.str.4, i64 7, i32 1 }, %struct.anon { ptr @.str.5, i64 0, i32 0 }, %struct.anon { ptr @.str.6, i64 0, i32 0 }, %struct.anon { ptr @.str.7, i64 -6, i32 1 }, %struct.anon { ptr @.str.8, i64 0, i32 0 }], align 16, !dbg !0
@.str = private unnamed_addr constant [10 x i8] c"1 + 2 * 3\00", align 1, !dbg !9
@.str.1 = private unnamed_addr constant [12 x i8] c"(1 + 2) * 3\00", align 1, !dbg !15
@.str.2 = private unnamed_addr constant [10 x i8] c"2 ^ 3 ^ 2\00", align 1, !dbg !20
@.str.3 = private unnamed_addr constant [14 x i8] c"-(4 - 10) % 4\00", align 1, !dbg !22
@.str.4 = private unnamed_addr constant [12 x i8] c"100 / 7 / 2\00", align 1, !dbg !27
@.str.5 = private unnamed_addr constant [5 x i8] c"1 + \00", align 1, !dbg !29
@.str.6 = private unnamed_addr constant [12 x i8] c"8 / (3 - 3)\00", align 1, !dbg !34
@.str.7 = private unnamed_addr constant [9 x i8] c"((2))*-3\00", align 1, !dbg !36
@.str.8 = private unnamed_addr constant [4 x i8] c"7 )\00", align 1, !dbg !41
@.str.9 = private unnamed_addr constant [28 x i8] c"calculator %-16s => %s %ld\0A\00", align 1, !dbg !46
@.str.10 = private unnamed_addr constant [3 x i8] c"ok\00", align 1, !dbg !51
@.str.11 = private unnamed_addr constant [6 x i8] c"error\00", align 1, !dbg !56

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 !dbg !2 {
  %1 = alloca %struct.parser, align 8
  call void @llvm.dbg.value(metadata i32 0, metadata !62, metadata !DIExpression()), !dbg !86
  call void @llvm.dbg.value(metadata i32 0, metadata !63, metadata !DIExpression()), !dbg !87
  %2 = getelementptr inbounds %struct.parser, ptr %1, i64 0, i32 1
  call void @llvm.dbg.value(metadata i32 0, metadata !62, metadata !DIExpression()), !dbg !86
  call void @llvm.dbg.value(metadata i32 0, metadata !63, metadata !DIExpression()), !dbg !87
  br label %6, !dbg !88

3:                                                ; preds = %34
  %4 = icmp ne i32 %35, 0, !dbg !89
  %5 = zext i1 %4 to i32, !dbg !90
  ret i32 %5, !dbg !91

6:                                                ; preds = %0, %34
  %7 = phi i64 [ 0, %0 ], [ %38, %34 ]
  %8 = phi i32 [ 0, %0 ], [ %35, %34 ]
  call void @llvm.dbg.value(metadata i32 %8, metadata !62, metadata !DIExpression()), !dbg !86
  call void @llvm.dbg.value(metadata i64 %7, metadata !63, metadata !DIExpression()), !dbg !87
  call void @llvm.dbg.value(metadata i64 0, metadata !66, metadata !DIExpression()), !dbg !92
  %9 = getelementptr inbounds [9 x %struct.anon], ptr @main.cases, i64 0, i64 %7, !dbg !93
  %10 = load ptr, ptr %9, align 8, !dbg !94, !tbaa !95
  call void @llvm.dbg.value(metadata ptr %10, metadata !102, metadata !DIExpression()), !dbg !114
  call void @llvm.dbg.value(metadata ptr undef, metadata !108, metadata !DIExpression()), !dbg !114
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %1) #7, !dbg !116
  call void @llvm.dbg.declare(metadata ptr %1, metadata !109, metadata !DIExpression()), !dbg !117
  store ptr %10, ptr %1, align 8, !dbg !118, !tbaa !119
  store i32 0, ptr %2, align 8, !dbg !118, !tbaa !121
  %11 = call fastcc i64 @expression(ptr noundef nonnull %1), !dbg !122
  call void @llvm.dbg.value(metadata ptr %1, metadata !123, metadata !DIExpression()), !dbg !129
  %12 = load ptr, ptr %1, align 8, !tbaa !119
  br label %13, !dbg !131

13:                                               ; preds = %16, %6
  %14 = phi ptr [ %17, %16 ], [ %12, %6 ]
  %15 = load i8, ptr %14, align 1, !dbg !132, !tbaa !133
  switch i8 %15, label %18 [
    i8 32, label %16
    i8 9, label %16
  ], !dbg !134

16:                                               ; preds = %13, %13
  %17 = getelementptr inbounds i8, ptr %14, i64 1, !dbg !135
  br label %13, !dbg !131, !llvm.loop !136

18:                                               ; preds = %13
  store ptr %14, ptr %1, align 8, !dbg !135, !tbaa !119
  %19 = load i32, ptr %2, align 8, !dbg !139, !tbaa !121
  %20 = icmp eq i32 %19, 0, !dbg !140
  %21 = icmp eq i8 %15, 0, !dbg !141
  %22 = and i1 %21, %20, !dbg !141
  %23 = zext i1 %22 to i32, !dbg !141
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %1) #7, !dbg !142
  call void @llvm.dbg.value(metadata i32 %23, metadata !70, metadata !DIExpression()), !dbg !92
  %24 = getelementptr inbounds [9 x %struct.anon], ptr @main.cases, i64 0, i64 %7, i32 2, !dbg !143
  %25 = load i32, ptr %24, align 8, !dbg !143, !tbaa !145
  %26 = icmp eq i32 %25, %23, !dbg !146
  br i1 %26, label %27, label %32, !dbg !147

27:                                               ; preds = %18
  br i1 %22, label %28, label %34, !dbg !148

28:                                               ; preds = %27
  call void @llvm.dbg.value(metadata i64 %11, metadata !66, metadata !DIExpression()), !dbg !92
  %29 = getelementptr inbounds [9 x %struct.anon], ptr @main.cases, i64 0, i64 %7, i32 1, !dbg !149
  %30 = load i64, ptr %29, align 8, !dbg !149, !tbaa !150
  %31 = icmp eq i64 %11, %30, !dbg !151
  br i1 %31, label %34, label %32, !dbg !152

32:                                               ; preds = %28, %18
  %33 = add nsw i32 %8, 1, !dbg !153
  call void @llvm.dbg.value(metadata i32 %33, metadata !62, metadata !DIExpression()), !dbg !86
  br label %34, !dbg !154

34:                                               ; preds = %32, %28, %27
  %35 = phi i32 [ %33, %32 ], [ %8, %28 ], [ %8, %27 ], !dbg !86
  call void @llvm.dbg.value(metadata i32 %35, metadata !62, metadata !DIExpression()), !dbg !86
  %36 = select i1 %22, ptr @.str.10, ptr @.str.11, !dbg !155
  call void @llvm.dbg.value(metadata i64 %11, metadata !66, metadata !DIExpression()), !dbg !92
  %37 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, ptr noundef %10, ptr noundef nonnull %36, i64 noundef %11), !dbg !156
  %38 = add nuw nsw i64 %7, 1, !dbg !157
  call void @llvm.dbg.value(metadata i64 %38, metadata !63, metadata !DIExpression()), !dbg !87
  %39 = icmp eq i64 %38, 9, !dbg !158
  br i1 %39, label %3, label %6, !dbg !88, !llvm.loop !159
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.declare(metadata, metadata, metadata) #2

; Function Attrs: nofree nounwind
declare !dbg !161 noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none) uwtable
define internal fastcc i64 @expression(ptr nocapture noundef %0) unnamed_addr #4 !dbg !167 {
  call void @llvm.dbg.value(metadata ptr %0, metadata !171, metadata !DIExpression()), !dbg !173
  call void @llvm.dbg.value(metadata ptr %0, metadata !174, metadata !DIExpression()), !dbg !183
  %2 = tail call fastcc i64 @factor(ptr noundef %0), !dbg !185
  call void @llvm.dbg.value(metadata i64 %2, metadata !177, metadata !DIExpression()), !dbg !183
  %3 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1
  %4 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1
  br label %5, !dbg !186

5:                                                ; preds = %36, %1
  %6 = phi i64 [ %2, %1 ], [ %34, %36 ], !dbg !187
  %7 = phi i64 [ undef, %1 ], [ %35, %36 ]
  call void @llvm.dbg.value(metadata i64 %6, metadata !177, metadata !DIExpression()), !dbg !183
  call void @llvm.dbg.value(metadata ptr %0, metadata !123, metadata !DIExpression()), !dbg !188
  %8 = load ptr, ptr %0, align 8, !tbaa !119
  br label %9, !dbg !190

9:                                                ; preds = %12, %5
  %10 = phi ptr [ %13, %12 ], [ %8, %5 ]
  %11 = load i8, ptr %10, align 1, !dbg !191, !tbaa !133
  switch i8 %11, label %14 [
    i8 32, label %12
    i8 9, label %12
  ], !dbg !192

12:                                               ; preds = %9, %9
  %13 = getelementptr inbounds i8, ptr %10, i64 1, !dbg !193
  store ptr %13, ptr %0, align 8, !dbg !193, !tbaa !119
  br label %9, !dbg !190, !llvm.loop !194

14:                                               ; preds = %9
  %15 = load ptr, ptr %0, align 8, !dbg !195, !tbaa !119
  %16 = load i8, ptr %15, align 1, !dbg !196, !tbaa !133
  call void @llvm.dbg.value(metadata i8 %16, metadata !178, metadata !DIExpression()), !dbg !197
  switch i8 %16, label %33 [
    i8 47, label %17
    i8 42, label %17
    i8 37, label %17
  ], !dbg !198

17:                                               ; preds = %14, %14, %14
  %18 = sext i8 %16 to i32, !dbg !200
  %19 = getelementptr inbounds i8, ptr %15, i64 1, !dbg !201
  store ptr %19, ptr %0, align 8, !dbg !201, !tbaa !119
  %20 = tail call fastcc i64 @factor(ptr noundef nonnull %0), !dbg !202
  call void @llvm.dbg.value(metadata i64 %20, metadata !182, metadata !DIExpression()), !dbg !197
  switch i32 %18, label %33 [
    i32 42, label %21
    i32 47, label %23
    i32 37, label %28
  ], !dbg !203

21:                                               ; preds = %17
  %22 = mul nsw i64 %20, %6, !dbg !204
  call void @llvm.dbg.value(metadata i64 %22, metadata !177, metadata !DIExpression()), !dbg !183
  br label %33, !dbg !206

23:                                               ; preds = %17
  %24 = icmp eq i64 %20, 0, !dbg !207
  br i1 %24, label %25, label %26, !dbg !209

25:                                               ; preds = %23
  store i32 1, ptr %4, align 8, !dbg !210, !tbaa !121
  br label %33, !dbg !211

26:                                               ; preds = %23
  %27 = sdiv i64 %6, %20, !dbg !212
  call void @llvm.dbg.value(metadata i64 %27, metadata !177, metadata !DIExpression()), !dbg !183
  br label %33

28:                                               ; preds = %17
  %29 = icmp eq i64 %20, 0, !dbg !213
  br i1 %29, label %30, label %31, !dbg !215

30:                                               ; preds = %28
  store i32 1, ptr %3, align 8, !dbg !216, !tbaa !121
  br label %33, !dbg !217

31:                                               ; preds = %28
  %32 = srem i64 %6, %20, !dbg !218
  call void @llvm.dbg.value(metadata i64 %32, metadata !177, metadata !DIExpression()), !dbg !183
  br label %33

33:                                               ; preds = %31, %30, %26, %25, %21, %17, %14
  %34 = phi i64 [ %6, %14 ], [ %6, %17 ], [ %6, %30 ], [ %32, %31 ], [ %6, %25 ], [ %27, %26 ], [ %22, %21 ], !dbg !187
  %35 = phi i64 [ %6, %14 ], [ %7, %17 ], [ %7, %30 ], [ %7, %31 ], [ %7, %25 ], [ %7, %26 ], [ %7, %21 ]
  call void @llvm.dbg.value(metadata i64 %34, metadata !177, metadata !DIExpression()), !dbg !183
  switch i8 %16, label %37 [
    i8 47, label %36
    i8 42, label %36
    i8 37, label %36
  ]

36:                                               ; preds = %33, %33, %33
  br label %5, !dbg !183

37:                                               ; preds = %33
  %38 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1
  %39 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1
  %40 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1
  %41 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1
  br label %42, !dbg !219

42:                                               ; preds = %127, %37
  %43 = phi i64 [ %35, %37 ], [ %128, %127 ], !dbg !173
  call void @llvm.dbg.value(metadata i64 %43, metadata !172, metadata !DIExpression()), !dbg !173
  call void @llvm.dbg.value(metadata ptr %0, metadata !123, metadata !DIExpression()), !dbg !221
  %44 = load ptr, ptr %0, align 8, !tbaa !119
  br label %45, !dbg !225

45:                                               ; preds = %48, %42
  %46 = phi ptr [ %49, %48 ], [ %44, %42 ]
  %47 = load i8, ptr %46, align 1, !dbg !226, !tbaa !133
  switch i8 %47, label %50 [
    i8 32, label %48
    i8 9, label %48
  ], !dbg !227

48:                                               ; preds = %45, %45
  %49 = getelementptr inbounds i8, ptr %46, i64 1, !dbg !228
  store ptr %49, ptr %0, align 8, !dbg !228, !tbaa !119
  br label %45, !dbg !225, !llvm.loop !229

50:                                               ; preds = %45
  %51 = load ptr, ptr %0, align 8, !dbg !230, !tbaa !119
  %52 = load i8, ptr %51, align 1, !dbg !232, !tbaa !133
  switch i8 %52, label %129 [
    i8 43, label %53
    i8 45, label %90
  ], !dbg !233

53:                                               ; preds = %50
  %54 = getelementptr inbounds i8, ptr %51, i64 1, !dbg !234
  store ptr %54, ptr %0, align 8, !dbg !234, !tbaa !119
  call void @llvm.dbg.value(metadata ptr %0, metadata !174, metadata !DIExpression()), !dbg !236
  %55 = tail call fastcc i64 @factor(ptr noundef nonnull %0), !dbg !238
  call void @llvm.dbg.value(metadata i64 %55, metadata !177, metadata !DIExpression()), !dbg !236
  br label %56, !dbg !239

56:                                               ; preds = %87, %53
  %57 = phi i64 [ %55, %53 ], [ %85, %87 ], !dbg !240
  %58 = phi i64 [ undef, %53 ], [ %86, %87 ]
  call void @llvm.dbg.value(metadata i64 %57, metadata !177, metadata !DIExpression()), !dbg !236
  call void @llvm.dbg.value(metadata ptr %0, metadata !123, metadata !DIExpression()), !dbg !241
  %59 = load ptr, ptr %0, align 8, !tbaa !119
  br label %60, !dbg !243

60:                                               ; preds = %63, %56
  %61 = phi ptr [ %64, %63 ], [ %59, %56 ]
  %62 = load i8, ptr %61, align 1, !dbg !244, !tbaa !133
  switch i8 %62, label %65 [
    i8 32, label %63
    i8 9, label %63
  ], !dbg !245

63:                                               ; preds = %60, %60
  %64 = getelementptr inbounds i8, ptr %61, i64 1, !dbg !246
  store ptr %64, ptr %0, align 8, !dbg !246, !tbaa !119
  br label %60, !dbg !243, !llvm.loop !247

65:                                               ; preds = %60
  %66 = load ptr, ptr %0, align 8, !dbg !248, !tbaa !119
  %67 = load i8, ptr %66, align 1, !dbg !249, !tbaa !133
  call void @llvm.dbg.value(metadata i8 %67, metadata !178, metadata !DIExpression()), !dbg !250
  switch i8 %67, label %84 [
    i8 47, label %68
    i8 42, label %68
    i8 37, label %68
  ], !dbg !251

68:                                               ; preds = %65, %65, %65
  %69 = sext i8 %67 to i32, !dbg !252
  %70 = getelementptr inbounds i8, ptr %66, i64 1, !dbg !253
  store ptr %70, ptr %0, align 8, !dbg !253, !tbaa !119
  %71 = tail call fastcc i64 @factor(ptr noundef nonnull %0), !dbg !254
  call void @llvm.dbg.value(metadata i64 %71, metadata !182, metadata !DIExpression()), !dbg !250
  switch i32 %69, label %84 [
    i32 42, label %72
    i32 47, label %74
    i32 37, label %79
  ], !dbg !255

72:                                               ; preds = %68
  %73 = mul nsw i64 %71, %57, !dbg !256
  call void @llvm.dbg.value(metadata i64 %73, metadata !177, metadata !DIExpression()), !dbg !236
  br label %84, !dbg !257

74:                                               ; preds = %68
  %75 = icmp eq i64 %71, 0, !dbg !258
  br i1 %75, label %76, label %77, !dbg !259

76:                                               ; preds = %74
  store i32 1, ptr %41, align 8, !dbg !260, !tbaa !121
  br label %84, !dbg !261

77:                                               ; preds = %74
  %78 = sdiv i64 %57, %71, !dbg !262
  call void @llvm.dbg.value(metadata i64 %78, metadata !177, metadata !DIExpression()), !dbg !236
  br label %84

79:                                               ; preds = %68
  %80 = icmp eq i64 %71, 0, !dbg !263
  br i1 %80, label %81, label %82, !dbg !264

81:                                               ; preds = %79
  store i32 1, ptr %40, align 8, !dbg !265, !tbaa !121
  br label %84, !dbg !266

82:                                               ; preds = %79
  %83 = srem i64 %57, %71, !dbg !267
  call void @llvm.dbg.value(metadata i64 %83, metadata !177, metadata !DIExpression()), !dbg !236
  br label %84

84:                                               ; preds = %82, %81, %77, %76, %72, %68, %65
  %85 = phi i64 [ %57, %65 ], [ %57, %68 ], [ %57, %81 ], [ %83, %82 ], [ %57, %76 ], [ %78, %77 ], [ %73, %72 ], !dbg !240
  %86 = phi i64 [ %57, %65 ], [ %58, %68 ], [ %58, %81 ], [ %58, %82 ], [ %58, %76 ], [ %58, %77 ], [ %58, %72 ]
  call void @llvm.dbg.value(metadata i64 %85, metadata !177, metadata !DIExpression()), !dbg !236
  switch i8 %67, label %88 [
    i8 47, label %87
    i8 42, label %87
    i8 37, label %87
  ]

87:                                               ; preds = %84, %84, %84
  br label %56, !dbg !236

88:                                               ; preds = %84
  %89 = add nsw i64 %86, %43, !dbg !268
  call void @llvm.dbg.value(metadata i64 %89, metadata !172, metadata !DIExpression()), !dbg !173
  br label %127, !dbg !269

90:                                               ; preds = %50
  %91 = getelementptr inbounds i8, ptr %51, i64 1, !dbg !270
  store ptr %91, ptr %0, align 8, !dbg !270, !tbaa !119
  call void @llvm.dbg.value(metadata ptr %0, metadata !174, metadata !DIExpression()), !dbg !273
  %92 = tail call fastcc i64 @factor(ptr noundef nonnull %0), !dbg !275
  call void @llvm.dbg.value(metadata i64 %92, metadata !177, metadata !DIExpression()), !dbg !273
  br label %93, !dbg !276

93:                                               ; preds = %124, %90
  %94 = phi i64 [ %92, %90 ], [ %122, %124 ], !dbg !277
  %95 = phi i64 [ undef, %90 ], [ %123, %124 ]
  call void @llvm.dbg.value(metadata i64 %94, metadata !177, metadata !DIExpression()), !dbg !273
  call void @llvm.dbg.value(metadata ptr %0, metadata !123, metadata !DIExpression()), !dbg !278
  %96 = load ptr, ptr %0, align 8, !tbaa !119
  br label %97, !dbg !280

97:                                               ; preds = %100, %93
  %98 = phi ptr [ %101, %100 ], [ %96, %93 ]
  %99 = load i8, ptr %98, align 1, !dbg !281, !tbaa !133
  switch i8 %99, label %102 [
    i8 32, label %100
    i8 9, label %100
  ], !dbg !282

100:                                              ; preds = %97, %97
  %101 = getelementptr inbounds i8, ptr %98, i64 1, !dbg !283
  store ptr %101, ptr %0, align 8, !dbg !283, !tbaa !119
  br label %97, !dbg !280, !llvm.loop !284

102:                                              ; preds = %97
  %103 = load ptr, ptr %0, align 8, !dbg !285, !tbaa !119
  %104 = load i8, ptr %103, align 1, !dbg !286, !tbaa !133
  call void @llvm.dbg.value(metadata i8 %104, metadata !178, metadata !DIExpression()), !dbg !287
  switch i8 %104, label %121 [
    i8 47, label %105
    i8 42, label %105
    i8 37, label %105
  ], !dbg !288

105:                                              ; preds = %102, %102, %102
  %106 = sext i8 %104 to i32, !dbg !289
  %107 = getelementptr inbounds i8, ptr %103, i64 1, !dbg !290
  store ptr %107, ptr %0, align 8, !dbg !290, !tbaa !119
  %108 = tail call fastcc i64 @factor(ptr noundef nonnull %0), !dbg !291
  call void @llvm.dbg.value(metadata i64 %108, metadata !182, metadata !DIExpression()), !dbg !287
  switch i32 %106, label %121 [
    i32 42, label %109
    i32 47, label %111
    i32 37, label %116
  ], !dbg !292

109:                                              ; preds = %105
  %110 = mul nsw i64 %108, %94, !dbg !293
  call void @llvm.dbg.value(metadata i64 %110, metadata !177, metadata !DIExpression()), !dbg !273
  br label %121, !dbg !294

111:                                              ; preds = %105
  %112 = icmp eq i64 %108, 0, !dbg !295
  br i1 %112, label %113, label %114, !dbg !296

113:                                              ; preds = %111
  store i32 1, ptr %39, align 8, !dbg !297, !tbaa !121
  br label %121, !dbg !298

114:                                              ; preds = %111
  %115 = sdiv i64 %94, %108, !dbg !299
  call void @llvm.dbg.value(metadata i64 %115, metadata !177, metadata !DIExpression()), !dbg !273
  br label %121

116:                                              ; preds = %105
  %117 = icmp eq i64 %108, 0, !dbg !300
  br i1 %117, label %118, label %119, !dbg !301

118:                                              ; preds = %116
  store i32 1, ptr %38, align 8, !dbg !302, !tbaa !121
  br label %121, !dbg !303

119:                                              ; preds = %116
  %120 = srem i64 %94, %108, !dbg !304
  call void @llvm.dbg.value(metadata i64 %120, metadata !177, metadata !DIExpression()), !dbg !273
  br label %121

121:                                              ; preds = %119, %118, %114, %113, %109, %105, %102
  %122 = phi i64 [ %94, %102 ], [ %94, %105 ], [ %94, %118 ], [ %120, %119 ], [ %94, %113 ], [ %115, %114 ], [ %110, %109 ], !dbg !277
  %123 = phi i64 [ %94, %102 ], [ %95, %105 ], [ %95, %118 ], [ %95, %119 ], [ %95, %113 ], [ %95, %114 ], [ %95, %109 ]
  call void @llvm.dbg.value(metadata i64 %122, metadata !177, metadata !DIExpression()), !dbg !273
  switch i8 %104, label %125 [
    i8 47, label %124
    i8 42, label %124
    i8 37, label %124
  ]

124:                                              ; preds = %121, %121, %121
  br label %93, !dbg !273

125:                                              ; preds = %121
  %126 = sub nsw i64 %43, %123, !dbg !305
  call void @llvm.dbg.value(metadata i64 %126, metadata !172, metadata !DIExpression()), !dbg !173
  br label %127

127:                                              ; preds = %125, %88
  %128 = phi i64 [ %89, %88 ], [ %126, %125 ]
  br label %42, !dbg !173, !llvm.loop !306

129:                                              ; preds = %50
  ret i64 %43, !dbg !308
}

; Function Attrs: nofree nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none) uwtable
define internal fastcc i64 @factor(ptr nocapture noundef %0) unnamed_addr #4 !dbg !309 {
  call void @llvm.dbg.value(metadata ptr %0, metadata !311, metadata !DIExpression()), !dbg !313
  %2 = tail call fastcc i64 @primary(ptr noundef %0), !dbg !314
  call void @llvm.dbg.value(metadata i64 %2, metadata !312, metadata !DIExpression()), !dbg !313
  call void @llvm.dbg.value(metadata ptr %0, metadata !123, metadata !DIExpression()), !dbg !315
  %3 = load ptr, ptr %0, align 8, !tbaa !119
  br label %4, !dbg !317

4:                                                ; preds = %7, %1
  %5 = phi ptr [ %8, %7 ], [ %3, %1 ]
  %6 = load i8, ptr %5, align 1, !dbg !318, !tbaa !133
  switch i8 %6, label %9 [
    i8 32, label %7
    i8 9, label %7
  ], !dbg !319

7:                                                ; preds = %4, %4
  %8 = getelementptr inbounds i8, ptr %5, i64 1, !dbg !320
  store ptr %8, ptr %0, align 8, !dbg !320, !tbaa !119
  br label %4, !dbg !317, !llvm.loop !321

9:                                                ; preds = %4
  %10 = load ptr, ptr %0, align 8, !dbg !322, !tbaa !119
  %11 = load i8, ptr %10, align 1, !dbg !324, !tbaa !133
  %12 = icmp eq i8 %11, 94, !dbg !325
  br i1 %12, label %15, label %13, !dbg !326

13:                                               ; preds = %9, %15
  %14 = phi i64 [ %18, %15 ], [ %2, %9 ]
  ret i64 %14, !dbg !327

15:                                               ; preds = %9
  %16 = getelementptr inbounds i8, ptr %10, i64 1, !dbg !328
  store ptr %16, ptr %0, align 8, !dbg !328, !tbaa !119
  %17 = tail call fastcc i64 @factor(ptr noundef nonnull %0), !dbg !330
  %18 = tail call fastcc i64 @power(i64 noundef %2, i64 noundef %17), !dbg !331
  br label %13
}

; Function Attrs: nofree nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none) uwtable
define internal fastcc i64 @primary(ptr nocapture noundef %0) unnamed_addr #4 !dbg !332 {
  call void @llvm.dbg.value(metadata ptr %0, metadata !334, metadata !DIExpression()), !dbg !340
  call void @llvm.dbg.value(metadata ptr %0, metadata !123, metadata !DIExpression()), !dbg !341
  %2 = load ptr, ptr %0, align 8, !tbaa !119
  br label %3, !dbg !343

3:                                                ; preds = %6, %1
  %4 = phi ptr [ %7, %6 ], [ %2, %1 ]
  %5 = load i8, ptr %4, align 1, !dbg !344, !tbaa !133
  switch i8 %5, label %8 [
    i8 32, label %6
    i8 9, label %6
  ], !dbg !345

6:                                                ; preds = %3, %3
  %7 = getelementptr inbounds i8, ptr %4, i64 1, !dbg !346
  store ptr %7, ptr %0, align 8, !dbg !346, !tbaa !119
  br label %3, !dbg !343, !llvm.loop !347

8:                                                ; preds = %3
  %9 = load ptr, ptr %0, align 8, !dbg !348, !tbaa !119
  %10 = load i8, ptr %9, align 1, !dbg !349, !tbaa !133
  call void @llvm.dbg.value(metadata i8 %10, metadata !335, metadata !DIExpression()), !dbg !340
  switch i8 %10, label %34 [
    i8 40, label %11
    i8 45, label %30
  ], !dbg !350

11:                                               ; preds = %8
  %12 = getelementptr inbounds i8, ptr %9, i64 1, !dbg !351
  store ptr %12, ptr %0, align 8, !dbg !351, !tbaa !119
  %13 = tail call fastcc i64 @expression(ptr noundef nonnull %0), !dbg !352
  call void @llvm.dbg.value(metadata i64 %13, metadata !336, metadata !DIExpression()), !dbg !353
  call void @llvm.dbg.value(metadata ptr %0, metadata !123, metadata !DIExpression()), !dbg !354
  %14 = load ptr, ptr %0, align 8, !tbaa !119
  br label %15, !dbg !356

15:                                               ; preds = %18, %11
  %16 = phi ptr [ %19, %18 ], [ %14, %11 ]
  %17 = load i8, ptr %16, align 1, !dbg !357, !tbaa !133
  switch i8 %17, label %20 [
    i8 32, label %18
    i8 9, label %18
  ], !dbg !358

18:                                               ; preds = %15, %15
  %19 = getelementptr inbounds i8, ptr %16, i64 1, !dbg !359
  store ptr %19, ptr %0, align 8, !dbg !359, !tbaa !119
  br label %15, !dbg !356, !llvm.loop !360

20:                                               ; preds = %15
  %21 = load ptr, ptr %0, align 8, !dbg !361, !tbaa !119
  %22 = load i8, ptr %21, align 1, !dbg !363, !tbaa !133
  %23 = icmp eq i8 %22, 41, !dbg !364
  br i1 %23, label %26, label %24, !dbg !365

24:                                               ; preds = %20
  %25 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1, !dbg !366
  store i32 1, ptr %25, align 8, !dbg !367, !tbaa !121
  br label %28, !dbg !368

26:                                               ; preds = %20
  %27 = getelementptr inbounds i8, ptr %21, i64 1, !dbg !369
  store ptr %27, ptr %0, align 8, !dbg !369, !tbaa !119
  br label %28

28:                                               ; preds = %42, %26, %24, %37, %44, %30
  %29 = phi i64 [ %33, %30 ], [ 0, %42 ], [ %13, %26 ], [ %13, %24 ], [ 0, %37 ], [ %52, %44 ]
  ret i64 %29, !dbg !370

30:                                               ; preds = %8
  %31 = getelementptr inbounds i8, ptr %9, i64 1, !dbg !371
  store ptr %31, ptr %0, align 8, !dbg !371, !tbaa !119
  %32 = tail call fastcc i64 @primary(ptr noundef nonnull %0), !dbg !374
  %33 = sub nsw i64 0, %32, !dbg !375
  br label %28

34:                                               ; preds = %8
  %35 = add i8 %10, -58, !dbg !376
  %36 = icmp ult i8 %35, -10, !dbg !376
  br i1 %36, label %42, label %37, !dbg !376

37:                                               ; preds = %34
  %38 = load ptr, ptr %0, align 8, !tbaa !119
  call void @llvm.dbg.value(metadata i64 0, metadata !339, metadata !DIExpression()), !dbg !340
  %39 = load i8, ptr %38, align 1, !dbg !378, !tbaa !133
  %40 = add i8 %39, -48, !dbg !379
  %41 = icmp ult i8 %40, 10, !dbg !379
  br i1 %41, label %44, label %28, !dbg !379

42:                                               ; preds = %34
  %43 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1, !dbg !380
  store i32 1, ptr %43, align 8, !dbg !382, !tbaa !121
  br label %28, !dbg !383

44:                                               ; preds = %37, %44
  %45 = phi i64 [ %52, %44 ], [ 0, %37 ]
  %46 = phi ptr [ %48, %44 ], [ %38, %37 ]
  call void @llvm.dbg.value(metadata i64 %45, metadata !339, metadata !DIExpression()), !dbg !340
  %47 = mul nsw i64 %45, 10, !dbg !384
  %48 = getelementptr inbounds i8, ptr %46, i64 1, !dbg !385
  store ptr %48, ptr %0, align 8, !dbg !385, !tbaa !119
  %49 = load i8, ptr %46, align 1, !dbg !386, !tbaa !133
  %50 = sext i8 %49 to i64, !dbg !386
  %51 = add i64 %47, -48, !dbg !387
  %52 = add i64 %51, %50, !dbg !388
  call void @llvm.dbg.value(metadata i64 %52, metadata !339, metadata !DIExpression()), !dbg !340
  %53 = load i8, ptr %48, align 1, !dbg !378, !tbaa !133
  %54 = add i8 %53, -48, !dbg !379
  %55 = icmp ult i8 %54, 10, !dbg !379
  br i1 %55, label %44, label %28, !dbg !379, !llvm.loop !389
}

; Function Attrs: nofree nosync nounwind memory(none) uwtable
define internal fastcc i64 @power(i64 noundef %0, i64 noundef %1) unnamed_addr #5 !dbg !392 {
  br label %3, !dbg !398

3:                                                ; preds = %7, %2
  %4 = phi i64 [ 1, %2 ], [ %9, %7 ]
  %5 = phi i64 [ %1, %2 ], [ %8, %7 ]
  call void @llvm.dbg.value(metadata i64 %0, metadata !396, metadata !DIExpression()), !dbg !399
  call void @llvm.dbg.value(metadata i64 %5, metadata !397, metadata !DIExpression()), !dbg !399
  %6 = icmp slt i64 %5, 1, !dbg !400
  br i1 %6, label %10, label %7, !dbg !401

7:                                                ; preds = %3
  %8 = add nsw i64 %5, -1, !dbg !402
  %9 = mul nsw i64 %4, %0, !dbg !403
  br label %3, !dbg !398

10:                                               ; preds = %3
  %11 = mul nsw i64 %4, 1, !dbg !403
  ret i64 %11, !dbg !404
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #6

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nofree nosync nounwind memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #7 = { nounwind }

!llvm.dbg.cu = !{!7}
!llvm.module.flags = !{!80, !81, !82, !83, !84, !85}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "cases", scope: !2, file: !3, line: 89, type: !71, isLocal: true, isDefinition: true)
!2 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 88, type: !4, scopeLine: 88, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !61)
!3 = !DIFile(filename: "c/calculator.c", directory: ".", checksumkind: CSK_MD5, checksum: "9ae646a1d725ed94d78e6adf3303b81c")
!4 = !DISubroutineType(types: !5)
!5 = !{!6}
!6 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!7 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !8, splitDebugInlining: false, nameTableKind: None)
!8 = !{!9, !15, !20, !22, !27, !29, !34, !36, !41, !0, !46, !51, !56}
!9 = !DIGlobalVariableExpression(var: !10, expr: !DIExpression())
!10 = distinct !DIGlobalVariable(scope: null, file: !3, line: 90, type: !11, isLocal: true, isDefinition: true)
!11 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 80, elements: !13)
!12 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!13 = !{!14}
!14 = !DISubrange(count: 10)
!15 = !DIGlobalVariableExpression(var: !16, expr: !DIExpression())
!16 = distinct !DIGlobalVariable(scope: null, file: !3, line: 90, type: !17, isLocal: true, isDefinition: true)
!17 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 96, elements: !18)
!18 = !{!19}
!19 = !DISubrange(count: 12)
!20 = !DIGlobalVariableExpression(var: !21, expr: !DIExpression())
!21 = distinct !DIGlobalVariable(scope: null, file: !3, line: 90, type: !11, isLocal: true, isDefinition: true)
!22 = !DIGlobalVariableExpression(var: !23, expr: !DIExpression())
!23 = distinct !DIGlobalVariable(scope: null, file: !3, line: 91, type: !24, isLocal: true, isDefinition: true)
!24 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 112, elements: !25)
!25 = !{!26}
!26 = !DISubrange(count: 14)
!27 = !DIGlobalVariableExpression(var: !28, expr: !DIExpression())
!28 = distinct !DIGlobalVariable(scope: null, file: !3, line: 91, type: !17, isLocal: true, isDefinition: true)
!29 = !DIGlobalVariableExpression(var: !30, expr: !DIExpression())
!30 = distinct !DIGlobalVariable(scope: null, file: !3, line: 91, type: !31, isLocal: true, isDefinition: true)
!31 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 40, elements: !32)
!32 = !{!33}
!33 = !DISubrange(count: 5)
!34 = !DIGlobalVariableExpression(var: !35, expr: !DIExpression())
!35 = distinct !DIGlobalVariable(scope: null, file: !3, line: 92, type: !17, isLocal: true, isDefinition: true)
!36 = !DIGlobalVariableExpression(var: !37, expr: !DIExpression())
!37 = distinct !DIGlobalVariable(scope: null, file: !3, line: 92, type: !38, isLocal: true, isDefinition: true)
!38 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 72, elements: !39)
!39 = !{!40}
!40 = !DISubrange(count: 9)
!41 = !DIGlobalVariableExpression(var: !42, expr: !DIExpression())
!42 = distinct !DIGlobalVariable(scope: null, file: !3, line: 92, type: !43, isLocal: true, isDefinition: true)
!43 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 32, elements: !44)
!44 = !{!45}
!45 = !DISubrange(count: 4)
!46 = !DIGlobalVariableExpression(var: !47, expr: !DIExpression())
!47 = distinct !DIGlobalVariable(scope: null, file: !3, line: 99, type: !48, isLocal: true, isDefinition: true)
!48 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 224, elements: !49)
!49 = !{!50}
!50 = !DISubrange(count: 28)
!51 = !DIGlobalVariableExpression(var: !52, expr: !DIExpression())
!52 = distinct !DIGlobalVariable(scope: null, file: !3, line: 99, type: !53, isLocal: true, isDefinition: true)
!53 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 24, elements: !54)
!54 = !{!55}
!55 = !DISubrange(count: 3)
!56 = !DIGlobalVariableExpression(var: !57, expr: !DIExpression())
!57 = distinct !DIGlobalVariable(scope: null, file: !3, line: 99, type: !58, isLocal: true, isDefinition: true)
!58 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 48, elements: !59)
!59 = !{!60}
!60 = !DISubrange(count: 6)
!61 = !{!62, !63, !66, !70}
!62 = !DILocalVariable(name: "failures", scope: !2, file: !3, line: 94, type: !6)
!63 = !DILocalVariable(name: "i", scope: !64, file: !3, line: 95, type: !65)
!64 = distinct !DILexicalBlock(scope: !2, file: !3, line: 95, column: 5)
!65 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!66 = !DILocalVariable(name: "v", scope: !67, file: !3, line: 96, type: !69)
!67 = distinct !DILexicalBlock(scope: !68, file: !3, line: 95, column: 67)
!68 = distinct !DILexicalBlock(scope: !64, file: !3, line: 95, column: 5)
!69 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!70 = !DILocalVariable(name: "valid", scope: !67, file: !3, line: 97, type: !6)
!71 = !DICompositeType(tag: DW_TAG_array_type, baseType: !72, size: 1728, elements: !39)
!72 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !73)
!73 = distinct !DICompositeType(tag: DW_TAG_structure_type, scope: !2, file: !3, line: 89, size: 192, elements: !74)
!74 = !{!75, !78, !79}
!75 = !DIDerivedType(tag: DW_TAG_member, name: "text", scope: !73, file: !3, line: 89, baseType: !76, size: 64)
!76 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !77, size: 64)
!77 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !12)
!78 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !73, file: !3, line: 89, baseType: !69, size: 64, offset: 64)
!79 = !DIDerivedType(tag: DW_TAG_member, name: "valid", scope: !73, file: !3, line: 89, baseType: !6, size: 32, offset: 128)
!80 = !{i32 7, !"Dwarf Version", i32 5}
!81 = !{i32 2, !"Debug Info Version", i32 3}
!82 = !{i32 1, !"wchar_size", i32 4}
!83 = !{i32 8, !"PIC Level", i32 2}
!84 = !{i32 7, !"PIE Level", i32 2}
!85 = !{i32 7, !"uwtable", i32 2}
!86 = !DILocation(line: 0, scope: !2)
!87 = !DILocation(line: 0, scope: !64)
!88 = !DILocation(line: 95, column: 5, scope: !64)
!89 = !DILocation(line: 101, column: 21, scope: !2)
!90 = !DILocation(line: 101, column: 12, scope: !2)
!91 = !DILocation(line: 101, column: 5, scope: !2)
!92 = !DILocation(line: 0, scope: !67)
!93 = !DILocation(line: 97, column: 30, scope: !67)
!94 = !DILocation(line: 97, column: 39, scope: !67)
!95 = !{!96, !97, i64 0}
!96 = !{!"", !97, i64 0, !100, i64 8, !101, i64 16}
!97 = !{!"any pointer", !98, i64 0}
!98 = !{!"omnipotent char", !99, i64 0}
!99 = !{!"Simple C/C++ TBAA"}
!100 = !{!"long", !98, i64 0}
!101 = !{!"int", !98, i64 0}
!102 = !DILocalVariable(name: "text", arg: 1, scope: !103, file: !3, line: 81, type: !76)
!103 = distinct !DISubprogram(name: "evaluate", scope: !3, file: !3, line: 81, type: !104, scopeLine: 81, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !107)
!104 = !DISubroutineType(types: !105)
!105 = !{!6, !76, !106}
!106 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !69, size: 64)
!107 = !{!102, !108, !109}
!108 = !DILocalVariable(name: "result", arg: 2, scope: !103, file: !3, line: 81, type: !106)
!109 = !DILocalVariable(name: "ps", scope: !103, file: !3, line: 82, type: !110)
!110 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "parser", file: !3, line: 4, size: 128, elements: !111)
!111 = !{!112, !113}
!112 = !DIDerivedType(tag: DW_TAG_member, name: "p", scope: !110, file: !3, line: 5, baseType: !76, size: 64)
!113 = !DIDerivedType(tag: DW_TAG_member, name: "error", scope: !110, file: !3, line: 6, baseType: !6, size: 32, offset: 64)
!114 = !DILocation(line: 0, scope: !103, inlinedAt: !115)
!115 = distinct !DILocation(line: 97, column: 21, scope: !67)
!116 = !DILocation(line: 82, column: 5, scope: !103, inlinedAt: !115)
!117 = !DILocation(line: 82, column: 19, scope: !103, inlinedAt: !115)
!118 = !DILocation(line: 82, column: 24, scope: !103, inlinedAt: !115)
!119 = !{!120, !97, i64 0}
!120 = !{!"parser", !97, i64 0, !101, i64 8}
!121 = !{!120, !101, i64 8}
!122 = !DILocation(line: 83, column: 15, scope: !103, inlinedAt: !115)
!123 = !DILocalVariable(name: "ps", arg: 1, scope: !124, file: !3, line: 11, type: !127)
!124 = distinct !DISubprogram(name: "skip_spaces", scope: !3, file: !3, line: 11, type: !125, scopeLine: 11, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !128)
!125 = !DISubroutineType(types: !126)
!126 = !{null, !127}
!127 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !110, size: 64)
!128 = !{!123}
!129 = !DILocation(line: 0, scope: !124, inlinedAt: !130)
!130 = distinct !DILocation(line: 84, column: 5, scope: !103, inlinedAt: !115)
!131 = !DILocation(line: 12, column: 5, scope: !124, inlinedAt: !130)
!132 = !DILocation(line: 12, column: 12, scope: !124, inlinedAt: !130)
!133 = !{!98, !98, i64 0}
!134 = !DILocation(line: 12, column: 26, scope: !124, inlinedAt: !130)
!135 = !DILocation(line: 12, column: 50, scope: !124, inlinedAt: !130)
!136 = distinct !{!136, !131, !135, !137, !138}
!137 = !{!"llvm.loop.mustprogress"}
!138 = !{!"llvm.loop.unroll.disable"}
!139 = !DILocation(line: 85, column: 16, scope: !103, inlinedAt: !115)
!140 = !DILocation(line: 85, column: 13, scope: !103, inlinedAt: !115)
!141 = !DILocation(line: 85, column: 22, scope: !103, inlinedAt: !115)
!142 = !DILocation(line: 86, column: 1, scope: !103, inlinedAt: !115)
!143 = !DILocation(line: 98, column: 31, scope: !144)
!144 = distinct !DILexicalBlock(scope: !67, file: !3, line: 98, column: 13)
!145 = !{!96, !101, i64 16}
!146 = !DILocation(line: 98, column: 19, scope: !144)
!147 = !DILocation(line: 98, column: 37, scope: !144)
!148 = !DILocation(line: 98, column: 47, scope: !144)
!149 = !DILocation(line: 98, column: 64, scope: !144)
!150 = !{!96, !100, i64 8}
!151 = !DILocation(line: 98, column: 52, scope: !144)
!152 = !DILocation(line: 98, column: 13, scope: !67)
!153 = !DILocation(line: 98, column: 80, scope: !144)
!154 = !DILocation(line: 98, column: 72, scope: !144)
!155 = !DILocation(line: 99, column: 63, scope: !67)
!156 = !DILocation(line: 99, column: 9, scope: !67)
!157 = !DILocation(line: 95, column: 63, scope: !68)
!158 = !DILocation(line: 95, column: 28, scope: !68)
!159 = distinct !{!159, !88, !160, !137, !138}
!160 = !DILocation(line: 100, column: 5, scope: !64)
!161 = !DISubprogram(name: "printf", scope: !162, file: !162, line: 356, type: !163, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !166)
!162 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!163 = !DISubroutineType(types: !164)
!164 = !{!6, !165, null}
!165 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !76)
!166 = !{}
!167 = distinct !DISubprogram(name: "expression", scope: !3, file: !3, line: 71, type: !168, scopeLine: 71, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !170)
!168 = !DISubroutineType(types: !169)
!169 = !{!69, !127}
!170 = !{!171, !172}
!171 = !DILocalVariable(name: "ps", arg: 1, scope: !167, file: !3, line: 71, type: !127)
!172 = !DILocalVariable(name: "v", scope: !167, file: !3, line: 72, type: !69)
!173 = !DILocation(line: 0, scope: !167)
!174 = !DILocalVariable(name: "ps", arg: 1, scope: !175, file: !3, line: 54, type: !127)
!175 = distinct !DISubprogram(name: "term", scope: !3, file: !3, line: 54, type: !168, scopeLine: 54, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !176)
!176 = !{!174, !177, !178, !182}
!177 = !DILocalVariable(name: "v", scope: !175, file: !3, line: 55, type: !69)
!178 = !DILocalVariable(name: "op", scope: !179, file: !3, line: 58, type: !12)
!179 = distinct !DILexicalBlock(scope: !180, file: !3, line: 56, column: 14)
!180 = distinct !DILexicalBlock(scope: !181, file: !3, line: 56, column: 5)
!181 = distinct !DILexicalBlock(scope: !175, file: !3, line: 56, column: 5)
!182 = !DILocalVariable(name: "rhs", scope: !179, file: !3, line: 61, type: !69)
!183 = !DILocation(line: 0, scope: !175, inlinedAt: !184)
!184 = distinct !DILocation(line: 72, column: 14, scope: !167)
!185 = !DILocation(line: 55, column: 14, scope: !175, inlinedAt: !184)
!186 = !DILocation(line: 56, column: 5, scope: !175, inlinedAt: !184)
!187 = !DILocation(line: 55, column: 10, scope: !175, inlinedAt: !184)
!188 = !DILocation(line: 0, scope: !124, inlinedAt: !189)
!189 = distinct !DILocation(line: 57, column: 9, scope: !179, inlinedAt: !184)
!190 = !DILocation(line: 12, column: 5, scope: !124, inlinedAt: !189)
!191 = !DILocation(line: 12, column: 12, scope: !124, inlinedAt: !189)
!192 = !DILocation(line: 12, column: 26, scope: !124, inlinedAt: !189)
!193 = !DILocation(line: 12, column: 50, scope: !124, inlinedAt: !189)
!194 = distinct !{!194, !190, !193, !137, !138}
!195 = !DILocation(line: 58, column: 24, scope: !179, inlinedAt: !184)
!196 = !DILocation(line: 58, column: 19, scope: !179, inlinedAt: !184)
!197 = !DILocation(line: 0, scope: !179, inlinedAt: !184)
!198 = !DILocation(line: 59, column: 23, scope: !199, inlinedAt: !184)
!199 = distinct !DILexicalBlock(scope: !179, file: !3, line: 59, column: 13)
!200 = !DILocation(line: 59, column: 13, scope: !199, inlinedAt: !184)
!201 = !DILocation(line: 60, column: 14, scope: !179, inlinedAt: !184)
!202 = !DILocation(line: 61, column: 20, scope: !179, inlinedAt: !184)
!203 = !DILocation(line: 62, column: 9, scope: !179, inlinedAt: !184)
!204 = !DILocation(line: 63, column: 21, scope: !205, inlinedAt: !184)
!205 = distinct !DILexicalBlock(scope: !179, file: !3, line: 62, column: 21)
!206 = !DILocation(line: 63, column: 29, scope: !205, inlinedAt: !184)
!207 = !DILocation(line: 64, column: 27, scope: !208, inlinedAt: !184)
!208 = distinct !DILexicalBlock(scope: !205, file: !3, line: 64, column: 23)
!209 = !DILocation(line: 64, column: 23, scope: !205, inlinedAt: !184)
!210 = !DILocation(line: 64, column: 43, scope: !208, inlinedAt: !184)
!211 = !DILocation(line: 64, column: 33, scope: !208, inlinedAt: !184)
!212 = !DILocation(line: 64, column: 55, scope: !208, inlinedAt: !184)
!213 = !DILocation(line: 65, column: 27, scope: !214, inlinedAt: !184)
!214 = distinct !DILexicalBlock(scope: !205, file: !3, line: 65, column: 23)
!215 = !DILocation(line: 65, column: 23, scope: !205, inlinedAt: !184)
!216 = !DILocation(line: 65, column: 43, scope: !214, inlinedAt: !184)
!217 = !DILocation(line: 65, column: 33, scope: !214, inlinedAt: !184)
!218 = !DILocation(line: 65, column: 55, scope: !214, inlinedAt: !184)
!219 = !DILocation(line: 73, column: 5, scope: !220)
!220 = distinct !DILexicalBlock(scope: !167, file: !3, line: 73, column: 5)
!221 = !DILocation(line: 0, scope: !124, inlinedAt: !222)
!222 = distinct !DILocation(line: 74, column: 9, scope: !223)
!223 = distinct !DILexicalBlock(scope: !224, file: !3, line: 73, column: 14)
!224 = distinct !DILexicalBlock(scope: !220, file: !3, line: 73, column: 5)
!225 = !DILocation(line: 12, column: 5, scope: !124, inlinedAt: !222)
!226 = !DILocation(line: 12, column: 12, scope: !124, inlinedAt: !222)
!227 = !DILocation(line: 12, column: 26, scope: !124, inlinedAt: !222)
!228 = !DILocation(line: 12, column: 50, scope: !124, inlinedAt: !222)
!229 = distinct !{!229, !225, !228, !137, !138}
!230 = !DILocation(line: 75, column: 18, scope: !231)
!231 = distinct !DILexicalBlock(scope: !223, file: !3, line: 75, column: 13)
!232 = !DILocation(line: 75, column: 13, scope: !231)
!233 = !DILocation(line: 75, column: 13, scope: !223)
!234 = !DILocation(line: 75, column: 35, scope: !235)
!235 = distinct !DILexicalBlock(scope: !231, file: !3, line: 75, column: 28)
!236 = !DILocation(line: 0, scope: !175, inlinedAt: !237)
!237 = distinct !DILocation(line: 75, column: 44, scope: !235)
!238 = !DILocation(line: 55, column: 14, scope: !175, inlinedAt: !237)
!239 = !DILocation(line: 56, column: 5, scope: !175, inlinedAt: !237)
!240 = !DILocation(line: 55, column: 10, scope: !175, inlinedAt: !237)
!241 = !DILocation(line: 0, scope: !124, inlinedAt: !242)
!242 = distinct !DILocation(line: 57, column: 9, scope: !179, inlinedAt: !237)
!243 = !DILocation(line: 12, column: 5, scope: !124, inlinedAt: !242)
!244 = !DILocation(line: 12, column: 12, scope: !124, inlinedAt: !242)
!245 = !DILocation(line: 12, column: 26, scope: !124, inlinedAt: !242)
!246 = !DILocation(line: 12, column: 50, scope: !124, inlinedAt: !242)
!247 = distinct !{!247, !243, !246, !137, !138}
!248 = !DILocation(line: 58, column: 24, scope: !179, inlinedAt: !237)
!249 = !DILocation(line: 58, column: 19, scope: !179, inlinedAt: !237)
!250 = !DILocation(line: 0, scope: !179, inlinedAt: !237)
!251 = !DILocation(line: 59, column: 23, scope: !199, inlinedAt: !237)
!252 = !DILocation(line: 59, column: 13, scope: !199, inlinedAt: !237)
!253 = !DILocation(line: 60, column: 14, scope: !179, inlinedAt: !237)
!254 = !DILocation(line: 61, column: 20, scope: !179, inlinedAt: !237)
!255 = !DILocation(line: 62, column: 9, scope: !179, inlinedAt: !237)
!256 = !DILocation(line: 63, column: 21, scope: !205, inlinedAt: !237)
!257 = !DILocation(line: 63, column: 29, scope: !205, inlinedAt: !237)
!258 = !DILocation(line: 64, column: 27, scope: !208, inlinedAt: !237)
!259 = !DILocation(line: 64, column: 23, scope: !205, inlinedAt: !237)
!260 = !DILocation(line: 64, column: 43, scope: !208, inlinedAt: !237)
!261 = !DILocation(line: 64, column: 33, scope: !208, inlinedAt: !237)
!262 = !DILocation(line: 64, column: 55, scope: !208, inlinedAt: !237)
!263 = !DILocation(line: 65, column: 27, scope: !214, inlinedAt: !237)
!264 = !DILocation(line: 65, column: 23, scope: !205, inlinedAt: !237)
!265 = !DILocation(line: 65, column: 43, scope: !214, inlinedAt: !237)
!266 = !DILocation(line: 65, column: 33, scope: !214, inlinedAt: !237)
!267 = !DILocation(line: 65, column: 55, scope: !214, inlinedAt: !237)
!268 = !DILocation(line: 75, column: 41, scope: !235)
!269 = !DILocation(line: 75, column: 54, scope: !235)
!270 = !DILocation(line: 76, column: 40, scope: !271)
!271 = distinct !DILexicalBlock(scope: !272, file: !3, line: 76, column: 33)
!272 = distinct !DILexicalBlock(scope: !231, file: !3, line: 76, column: 18)
!273 = !DILocation(line: 0, scope: !175, inlinedAt: !274)
!274 = distinct !DILocation(line: 76, column: 49, scope: !271)
!275 = !DILocation(line: 55, column: 14, scope: !175, inlinedAt: !274)
!276 = !DILocation(line: 56, column: 5, scope: !175, inlinedAt: !274)
!277 = !DILocation(line: 55, column: 10, scope: !175, inlinedAt: !274)
!278 = !DILocation(line: 0, scope: !124, inlinedAt: !279)
!279 = distinct !DILocation(line: 57, column: 9, scope: !179, inlinedAt: !274)
!280 = !DILocation(line: 12, column: 5, scope: !124, inlinedAt: !279)
!281 = !DILocation(line: 12, column: 12, scope: !124, inlinedAt: !279)
!282 = !DILocation(line: 12, column: 26, scope: !124, inlinedAt: !279)
!283 = !DILocation(line: 12, column: 50, scope: !124, inlinedAt: !279)
!284 = distinct !{!284, !280, !283, !137, !138}
!285 = !DILocation(line: 58, column: 24, scope: !179, inlinedAt: !274)
!286 = !DILocation(line: 58, column: 19, scope: !179, inlinedAt: !274)
!287 = !DILocation(line: 0, scope: !179, inlinedAt: !274)
!288 = !DILocation(line: 59, column: 23, scope: !199, inlinedAt: !274)
!289 = !DILocation(line: 59, column: 13, scope: !199, inlinedAt: !274)
!290 = !DILocation(line: 60, column: 14, scope: !179, inlinedAt: !274)
!291 = !DILocation(line: 61, column: 20, scope: !179, inlinedAt: !274)
!292 = !DILocation(line: 62, column: 9, scope: !179, inlinedAt: !274)
!293 = !DILocation(line: 63, column: 21, scope: !205, inlinedAt: !274)
!294 = !DILocation(line: 63, column: 29, scope: !205, inlinedAt: !274)
!295 = !DILocation(line: 64, column: 27, scope: !208, inlinedAt: !274)
!296 = !DILocation(line: 64, column: 23, scope: !205, inlinedAt: !274)
!297 = !DILocation(line: 64, column: 43, scope: !208, inlinedAt: !274)
!298 = !DILocation(line: 64, column: 33, scope: !208, inlinedAt: !274)
!299 = !DILocation(line: 64, column: 55, scope: !208, inlinedAt: !274)
!300 = !DILocation(line: 65, column: 27, scope: !214, inlinedAt: !274)
!301 = !DILocation(line: 65, column: 23, scope: !205, inlinedAt: !274)
!302 = !DILocation(line: 65, column: 43, scope: !214, inlinedAt: !274)
!303 = !DILocation(line: 65, column: 33, scope: !214, inlinedAt: !274)
!304 = !DILocation(line: 65, column: 55, scope: !214, inlinedAt: !274)
!305 = !DILocation(line: 76, column: 46, scope: !271)
!306 = distinct !{!306, !219, !307, !138}
!307 = !DILocation(line: 78, column: 5, scope: !220)
!308 = !DILocation(line: 77, column: 14, scope: !272)
!309 = distinct !DISubprogram(name: "factor", scope: !3, file: !3, line: 43, type: !168, scopeLine: 43, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !310)
!310 = !{!311, !312}
!311 = !DILocalVariable(name: "ps", arg: 1, scope: !309, file: !3, line: 43, type: !127)
!312 = !DILocalVariable(name: "base", scope: !309, file: !3, line: 44, type: !69)
!313 = !DILocation(line: 0, scope: !309)
!314 = !DILocation(line: 44, column: 17, scope: !309)
!315 = !DILocation(line: 0, scope: !124, inlinedAt: !316)
!316 = distinct !DILocation(line: 45, column: 5, scope: !309)
!317 = !DILocation(line: 12, column: 5, scope: !124, inlinedAt: !316)
!318 = !DILocation(line: 12, column: 12, scope: !124, inlinedAt: !316)
!319 = !DILocation(line: 12, column: 26, scope: !124, inlinedAt: !316)
!320 = !DILocation(line: 12, column: 50, scope: !124, inlinedAt: !316)
!321 = distinct !{!321, !317, !320, !137, !138}
!322 = !DILocation(line: 46, column: 14, scope: !323)
!323 = distinct !DILexicalBlock(scope: !309, file: !3, line: 46, column: 9)
!324 = !DILocation(line: 46, column: 9, scope: !323)
!325 = !DILocation(line: 46, column: 16, scope: !323)
!326 = !DILocation(line: 46, column: 9, scope: !309)
!327 = !DILocation(line: 51, column: 1, scope: !309)
!328 = !DILocation(line: 47, column: 14, scope: !329)
!329 = distinct !DILexicalBlock(scope: !323, file: !3, line: 46, column: 24)
!330 = !DILocation(line: 48, column: 28, scope: !329)
!331 = !DILocation(line: 48, column: 16, scope: !329)
!332 = distinct !DISubprogram(name: "primary", scope: !3, file: !3, line: 18, type: !168, scopeLine: 18, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !333)
!333 = !{!334, !335, !336, !339}
!334 = !DILocalVariable(name: "ps", arg: 1, scope: !332, file: !3, line: 18, type: !127)
!335 = !DILocalVariable(name: "c", scope: !332, file: !3, line: 20, type: !12)
!336 = !DILocalVariable(name: "v", scope: !337, file: !3, line: 23, type: !69)
!337 = distinct !DILexicalBlock(scope: !338, file: !3, line: 21, column: 19)
!338 = distinct !DILexicalBlock(scope: !332, file: !3, line: 21, column: 9)
!339 = !DILocalVariable(name: "v", scope: !332, file: !3, line: 37, type: !69)
!340 = !DILocation(line: 0, scope: !332)
!341 = !DILocation(line: 0, scope: !124, inlinedAt: !342)
!342 = distinct !DILocation(line: 19, column: 5, scope: !332)
!343 = !DILocation(line: 12, column: 5, scope: !124, inlinedAt: !342)
!344 = !DILocation(line: 12, column: 12, scope: !124, inlinedAt: !342)
!345 = !DILocation(line: 12, column: 26, scope: !124, inlinedAt: !342)
!346 = !DILocation(line: 12, column: 50, scope: !124, inlinedAt: !342)
!347 = distinct !{!347, !343, !346, !137, !138}
!348 = !DILocation(line: 20, column: 19, scope: !332)
!349 = !DILocation(line: 20, column: 14, scope: !332)
!350 = !DILocation(line: 21, column: 9, scope: !332)
!351 = !DILocation(line: 22, column: 14, scope: !337)
!352 = !DILocation(line: 23, column: 18, scope: !337)
!353 = !DILocation(line: 0, scope: !337)
!354 = !DILocation(line: 0, scope: !124, inlinedAt: !355)
!355 = distinct !DILocation(line: 24, column: 9, scope: !337)
!356 = !DILocation(line: 12, column: 5, scope: !124, inlinedAt: !355)
!357 = !DILocation(line: 12, column: 12, scope: !124, inlinedAt: !355)
!358 = !DILocation(line: 12, column: 26, scope: !124, inlinedAt: !355)
!359 = !DILocation(line: 12, column: 50, scope: !124, inlinedAt: !355)
!360 = distinct !{!360, !356, !359, !137, !138}
!361 = !DILocation(line: 25, column: 18, scope: !362)
!362 = distinct !DILexicalBlock(scope: !337, file: !3, line: 25, column: 13)
!363 = !DILocation(line: 25, column: 13, scope: !362)
!364 = !DILocation(line: 25, column: 20, scope: !362)
!365 = !DILocation(line: 25, column: 13, scope: !337)
!366 = !DILocation(line: 25, column: 32, scope: !362)
!367 = !DILocation(line: 25, column: 38, scope: !362)
!368 = !DILocation(line: 25, column: 28, scope: !362)
!369 = !DILocation(line: 26, column: 19, scope: !362)
!370 = !DILocation(line: 40, column: 1, scope: !332)
!371 = !DILocation(line: 30, column: 14, scope: !372)
!372 = distinct !DILexicalBlock(scope: !373, file: !3, line: 29, column: 19)
!373 = distinct !DILexicalBlock(scope: !332, file: !3, line: 29, column: 9)
!374 = !DILocation(line: 31, column: 17, scope: !372)
!375 = !DILocation(line: 31, column: 16, scope: !372)
!376 = !DILocation(line: 33, column: 17, scope: !377)
!377 = distinct !DILexicalBlock(scope: !332, file: !3, line: 33, column: 9)
!378 = !DILocation(line: 38, column: 12, scope: !332)
!379 = !DILocation(line: 38, column: 26, scope: !332)
!380 = !DILocation(line: 34, column: 13, scope: !381)
!381 = distinct !DILexicalBlock(scope: !377, file: !3, line: 33, column: 29)
!382 = !DILocation(line: 34, column: 19, scope: !381)
!383 = !DILocation(line: 35, column: 9, scope: !381)
!384 = !DILocation(line: 38, column: 50, scope: !332)
!385 = !DILocation(line: 38, column: 64, scope: !332)
!386 = !DILocation(line: 38, column: 58, scope: !332)
!387 = !DILocation(line: 38, column: 67, scope: !332)
!388 = !DILocation(line: 38, column: 55, scope: !332)
!389 = distinct !{!389, !390, !391, !137, !138}
!390 = !DILocation(line: 38, column: 5, scope: !332)
!391 = !DILocation(line: 38, column: 72, scope: !332)
!392 = distinct !DISubprogram(name: "power", scope: !3, file: !3, line: 15, type: !393, scopeLine: 15, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !395)
!393 = !DISubroutineType(types: !394)
!394 = !{!69, !69, !69}
!395 = !{!396, !397}
!396 = !DILocalVariable(name: "base", arg: 1, scope: !392, file: !3, line: 15, type: !69)
!397 = !DILocalVariable(name: "exp", arg: 2, scope: !392, file: !3, line: 15, type: !69)
!398 = !DILocation(line: 15, column: 71, scope: !392)
!399 = !DILocation(line: 0, scope: !392)
!400 = !DILocation(line: 15, column: 53, scope: !392)
!401 = !DILocation(line: 15, column: 49, scope: !392)
!402 = !DILocation(line: 15, column: 87, scope: !392)
!403 = !DILocation(line: 15, column: 69, scope: !392)
!404 = !DILocation(line: 15, column: 42, scope: !392)
