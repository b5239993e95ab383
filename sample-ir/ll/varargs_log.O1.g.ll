; ModuleID = 'c/varargs_log.c'
source_filename = "c/varargs_log.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sink = type { [256 x i8], i64 }
%struct.__va_list_tag = type { i32, i32, ptr, ptr }

@.str = private unnamed_addr constant [5 x i8] c"INFO\00", align 1, !dbg !0
@.str.1 = private unnamed_addr constant [22 x i8] c"%d items in %s (%u%%)\00", align 1, !dbg !7
@.str.2 = private unnamed_addr constant [6 x i8] c"queue\00", align 1, !dbg !12
@.str.3 = private unnamed_addr constant [31 x i8] c"INFO: -42 items in queue (75%)\00", align 1, !dbg !17
@.str.4 = private unnamed_addr constant [6 x i8] c"DEBUG\00", align 1, !dbg !22
@.str.5 = private unnamed_addr constant [21 x i8] c"addr=0x%x flag=%c %q\00", align 1, !dbg !24
@.str.6 = private unnamed_addr constant [28 x i8] c"DEBUG: addr=0xbeef flag=Y ?\00", align 1, !dbg !29
@.str.7 = private unnamed_addr constant [25 x i8] c"varargs_log failures=%d\0A\00", align 1, !dbg !34
@.str.8 = private unnamed_addr constant [17 x i8] c"0123456789abcdef\00", align 1, !dbg !39

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 !dbg !55 {
  %1 = alloca %struct.sink, align 8
  call void @llvm.lifetime.start.p0(i64 264, ptr nonnull %1) #8, !dbg !75
  call void @llvm.dbg.declare(metadata ptr %1, metadata !60, metadata !DIExpression()), !dbg !76
  call void @llvm.dbg.value(metadata i32 0, metadata !70, metadata !DIExpression()), !dbg !77
  %2 = call ptr (ptr, ptr, ptr, ...) @log_message(ptr noundef nonnull %1, ptr noundef nonnull @.str, ptr noundef nonnull @.str.1, i32 noundef -42, ptr noundef nonnull @.str.2, i32 noundef 75), !dbg !78
  call void @llvm.dbg.value(metadata ptr %1, metadata !71, metadata !DIExpression()), !dbg !77
  %3 = call i32 @bcmp(ptr noundef nonnull dereferenceable(31) %1, ptr noundef nonnull dereferenceable(31) @.str.3, i64 31), !dbg !79
  %4 = icmp ne i32 %3, 0, !dbg !81
  %5 = zext i1 %4 to i32, !dbg !82
  call void @llvm.dbg.value(metadata i32 %5, metadata !70, metadata !DIExpression()), !dbg !77
  %6 = call i32 @puts(ptr noundef nonnull dereferenceable(1) %1), !dbg !83
  %7 = call ptr (ptr, ptr, ptr, ...) @log_message(ptr noundef nonnull %1, ptr noundef nonnull @.str.4, ptr noundef nonnull @.str.5, i32 noundef 48879, i32 noundef 89), !dbg !84
  call void @llvm.dbg.value(metadata ptr %1, metadata !74, metadata !DIExpression()), !dbg !77
  %8 = call i32 @bcmp(ptr noundef nonnull dereferenceable(28) %1, ptr noundef nonnull dereferenceable(28) @.str.6, i64 28), !dbg !85
  %9 = icmp ne i32 %8, 0, !dbg !87
  %10 = select i1 %4, i32 2, i32 1, !dbg !88
  %11 = select i1 %9, i32 %10, i32 %5, !dbg !88
  call void @llvm.dbg.value(metadata i32 %11, metadata !70, metadata !DIExpression()), !dbg !77
  %12 = call i32 @puts(ptr noundef nonnull dereferenceable(1) %1), !dbg !89
  %13 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.7, i32 noundef %11), !dbg !90
  %14 = select i1 %9, i1 true, i1 %4, !dbg !91
  %15 = zext i1 %14 to i32, !dbg !92
  call void @llvm.lifetime.end.p0(i64 264, ptr nonnull %1) #8, !dbg !93
  ret i32 %15, !dbg !94
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.declare(metadata, metadata, metadata) #2

; Function Attrs: nofree nosync nounwind uwtable
define internal ptr @log_message(ptr noundef returned %0, ptr nocapture noundef readonly %1, ptr nocapture noundef readonly %2, ...) unnamed_addr #3 !dbg !95 {
  %4 = alloca [32 x i8], align 16
  %5 = alloca [32 x i8], align 16
  %6 = alloca [32 x i8], align 16
  %7 = alloca [32 x i8], align 16
  %8 = alloca [1 x %struct.__va_list_tag], align 16
  call void @llvm.dbg.value(metadata ptr %0, metadata !100, metadata !DIExpression()), !dbg !121
  call void @llvm.dbg.value(metadata ptr %1, metadata !101, metadata !DIExpression()), !dbg !121
  call void @llvm.dbg.value(metadata ptr %2, metadata !102, metadata !DIExpression()), !dbg !121
  %9 = getelementptr inbounds %struct.sink, ptr %0, i64 0, i32 1, !dbg !122
  store i64 0, ptr %9, align 8, !dbg !123, !tbaa !124
  store i8 0, ptr %0, align 8, !dbg !129, !tbaa !130
  call void @llvm.dbg.value(metadata ptr %1, metadata !103, metadata !DIExpression()), !dbg !131
  %10 = load i8, ptr %1, align 1, !dbg !132, !tbaa !130
  %11 = icmp eq i8 %10, 0, !dbg !134
  br i1 %11, label %12, label %297, !dbg !134

12:                                               ; preds = %305, %3
  call void @llvm.dbg.value(metadata ptr %0, metadata !135, metadata !DIExpression()), !dbg !141
  call void @llvm.dbg.value(metadata i8 58, metadata !140, metadata !DIExpression()), !dbg !141
  %13 = load i64, ptr %9, align 8, !dbg !143, !tbaa !124
  %14 = add i64 %13, 1, !dbg !145
  %15 = icmp ult i64 %14, 256, !dbg !146
  br i1 %15, label %16, label %18, !dbg !147

16:                                               ; preds = %12
  store i64 %14, ptr %9, align 8, !dbg !148, !tbaa !124
  %17 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %13, !dbg !149
  store i8 58, ptr %17, align 1, !dbg !150, !tbaa !130
  br label %18, !dbg !149

18:                                               ; preds = %12, %16
  %19 = load i64, ptr %9, align 8, !dbg !151, !tbaa !124
  %20 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %19, !dbg !152
  store i8 0, ptr %20, align 1, !dbg !153, !tbaa !130
  call void @llvm.dbg.value(metadata ptr %0, metadata !135, metadata !DIExpression()), !dbg !154
  call void @llvm.dbg.value(metadata i8 32, metadata !140, metadata !DIExpression()), !dbg !154
  %21 = load i64, ptr %9, align 8, !dbg !156, !tbaa !124
  %22 = add i64 %21, 1, !dbg !157
  %23 = icmp ult i64 %22, 256, !dbg !158
  br i1 %23, label %24, label %26, !dbg !159

24:                                               ; preds = %18
  store i64 %22, ptr %9, align 8, !dbg !160, !tbaa !124
  %25 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %21, !dbg !161
  store i8 32, ptr %25, align 1, !dbg !162, !tbaa !130
  br label %26, !dbg !161

26:                                               ; preds = %18, %24
  %27 = load i64, ptr %9, align 8, !dbg !163, !tbaa !124
  %28 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %27, !dbg !164
  store i8 0, ptr %28, align 1, !dbg !165, !tbaa !130
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %8) #8, !dbg !166
  call void @llvm.dbg.declare(metadata ptr %8, metadata !105, metadata !DIExpression()), !dbg !167
  call void @llvm.va_start(ptr nonnull %8), !dbg !168
  call void @llvm.dbg.value(metadata ptr %0, metadata !169, metadata !DIExpression()), !dbg !186
  call void @llvm.dbg.value(metadata ptr %2, metadata !175, metadata !DIExpression()), !dbg !186
  call void @llvm.dbg.value(metadata ptr %8, metadata !176, metadata !DIExpression()), !dbg !186
  call void @llvm.dbg.value(metadata ptr %2, metadata !177, metadata !DIExpression()), !dbg !188
  %29 = getelementptr inbounds %struct.__va_list_tag, ptr %8, i64 0, i32 2
  %30 = getelementptr inbounds %struct.__va_list_tag, ptr %8, i64 0, i32 3
  %31 = load i32, ptr %8, align 16
  %32 = load ptr, ptr %29, align 8
  %33 = load ptr, ptr %30, align 16
  br label %34, !dbg !189

34:                                               ; preds = %291, %26
  %35 = phi ptr [ %32, %26 ], [ %292, %291 ]
  %36 = phi i32 [ %31, %26 ], [ %293, %291 ]
  %37 = phi ptr [ %2, %26 ], [ %295, %291 ], !dbg !190
  call void @llvm.dbg.value(metadata ptr %37, metadata !177, metadata !DIExpression()), !dbg !188
  %38 = load i8, ptr %37, align 1, !dbg !191, !tbaa !130
  switch i8 %38, label %39 [
    i8 0, label %296
    i8 37, label %48
  ], !dbg !192

39:                                               ; preds = %34
  call void @llvm.dbg.value(metadata ptr %0, metadata !135, metadata !DIExpression()), !dbg !193
  call void @llvm.dbg.value(metadata i8 %38, metadata !140, metadata !DIExpression()), !dbg !193
  %40 = load i64, ptr %9, align 8, !dbg !197, !tbaa !124
  %41 = add i64 %40, 1, !dbg !198
  %42 = icmp ult i64 %41, 256, !dbg !199
  br i1 %42, label %43, label %45, !dbg !200

43:                                               ; preds = %39
  store i64 %41, ptr %9, align 8, !dbg !201, !tbaa !124
  %44 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %40, !dbg !202
  store i8 %38, ptr %44, align 1, !dbg !203, !tbaa !130
  br label %45, !dbg !202

45:                                               ; preds = %43, %39
  %46 = load i64, ptr %9, align 8, !dbg !204, !tbaa !124
  %47 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %46, !dbg !205
  store i8 0, ptr %47, align 1, !dbg !206, !tbaa !130
  br label %291, !dbg !207

48:                                               ; preds = %34
  %49 = getelementptr inbounds i8, ptr %37, i64 1, !dbg !208
  call void @llvm.dbg.value(metadata ptr %49, metadata !177, metadata !DIExpression()), !dbg !188
  %50 = load i8, ptr %49, align 1, !dbg !209, !tbaa !130
  %51 = sext i8 %50 to i32, !dbg !209
  switch i32 %51, label %282 [
    i32 100, label %52
    i32 117, label %137
    i32 120, label %180
    i32 99, label %222
    i32 115, label %244
    i32 37, label %273
    i32 0, label %296
  ], !dbg !210

52:                                               ; preds = %48
  %53 = icmp ult i32 %36, 41, !dbg !211
  br i1 %53, label %54, label %58, !dbg !211

54:                                               ; preds = %52
  %55 = sext i32 %36 to i64, !dbg !211
  %56 = getelementptr i8, ptr %33, i64 %55, !dbg !211
  %57 = add nuw nsw i32 %36, 8, !dbg !211
  store i32 %57, ptr %8, align 16, !dbg !211
  br label %60, !dbg !211

58:                                               ; preds = %52
  %59 = getelementptr i8, ptr %35, i64 8, !dbg !211
  store ptr %59, ptr %29, align 8, !dbg !211
  br label %60, !dbg !211

60:                                               ; preds = %58, %54
  %61 = phi ptr [ %35, %54 ], [ %59, %58 ]
  %62 = phi i32 [ %57, %54 ], [ %36, %58 ]
  %63 = phi ptr [ %56, %54 ], [ %35, %58 ], !dbg !211
  %64 = load i32, ptr %63, align 4, !dbg !211
  call void @llvm.dbg.value(metadata i32 %64, metadata !179, metadata !DIExpression()), !dbg !212
  %65 = icmp slt i32 %64, 0, !dbg !213
  br i1 %65, label %66, label %106, !dbg !215

66:                                               ; preds = %60
  call void @llvm.dbg.value(metadata ptr %0, metadata !135, metadata !DIExpression()), !dbg !216
  call void @llvm.dbg.value(metadata i8 45, metadata !140, metadata !DIExpression()), !dbg !216
  %67 = load i64, ptr %9, align 8, !dbg !219, !tbaa !124
  %68 = add i64 %67, 1, !dbg !220
  %69 = icmp ult i64 %68, 256, !dbg !221
  br i1 %69, label %70, label %72, !dbg !222

70:                                               ; preds = %66
  store i64 %68, ptr %9, align 8, !dbg !223, !tbaa !124
  %71 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %67, !dbg !224
  store i8 45, ptr %71, align 1, !dbg !225, !tbaa !130
  br label %72, !dbg !224

72:                                               ; preds = %70, %66
  %73 = load i64, ptr %9, align 8, !dbg !226, !tbaa !124
  %74 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %73, !dbg !227
  store i8 0, ptr %74, align 1, !dbg !228, !tbaa !130
  %75 = sext i32 %64 to i64, !dbg !229
  %76 = sub nsw i64 0, %75, !dbg !230
  call void @llvm.dbg.value(metadata ptr %0, metadata !231, metadata !DIExpression()), !dbg !243
  call void @llvm.dbg.value(metadata i64 %76, metadata !236, metadata !DIExpression()), !dbg !243
  call void @llvm.dbg.value(metadata i32 10, metadata !237, metadata !DIExpression()), !dbg !243
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %7) #8, !dbg !245
  call void @llvm.dbg.declare(metadata ptr %7, metadata !238, metadata !DIExpression()), !dbg !246
  call void @llvm.dbg.value(metadata i32 0, metadata !242, metadata !DIExpression()), !dbg !243
  br label %77, !dbg !247

77:                                               ; preds = %77, %72
  %78 = phi i64 [ %88, %77 ], [ 1, %72 ]
  %79 = phi i64 [ %84, %77 ], [ 0, %72 ]
  %80 = phi i64 [ %86, %77 ], [ %76, %72 ]
  call void @llvm.dbg.value(metadata i64 %79, metadata !242, metadata !DIExpression()), !dbg !243
  call void @llvm.dbg.value(metadata i64 %80, metadata !236, metadata !DIExpression()), !dbg !243
  %81 = urem i64 %80, 10, !dbg !248
  %82 = getelementptr inbounds [17 x i8], ptr @.str.8, i64 0, i64 %81, !dbg !250
  %83 = load i8, ptr %82, align 1, !dbg !250, !tbaa !130
  %84 = add nuw i64 %79, 1, !dbg !251
  call void @llvm.dbg.value(metadata i64 %84, metadata !242, metadata !DIExpression()), !dbg !243
  %85 = getelementptr inbounds [32 x i8], ptr %7, i64 0, i64 %79, !dbg !252
  store i8 %83, ptr %85, align 1, !dbg !253, !tbaa !130
  %86 = udiv i64 %80, 10, !dbg !254
  call void @llvm.dbg.value(metadata i64 %86, metadata !236, metadata !DIExpression()), !dbg !243
  %87 = icmp ult i64 %80, 10, !dbg !255
  %88 = add nuw i64 %78, 1, !dbg !255
  br i1 %87, label %89, label %77, !dbg !255, !llvm.loop !256

89:                                               ; preds = %77, %100
  %90 = phi i64 [ %91, %100 ], [ %78, %77 ]
  call void @llvm.dbg.value(metadata i64 %90, metadata !242, metadata !DIExpression()), !dbg !243
  %91 = add i64 %90, -1, !dbg !260
  call void @llvm.dbg.value(metadata i64 %91, metadata !242, metadata !DIExpression(DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_stack_value)), !dbg !243
  call void @llvm.dbg.value(metadata ptr %0, metadata !135, metadata !DIExpression()), !dbg !261
  call void @llvm.dbg.value(metadata i8 poison, metadata !140, metadata !DIExpression()), !dbg !261
  %92 = load i64, ptr %9, align 8, !dbg !263, !tbaa !124
  %93 = add i64 %92, 1, !dbg !264
  %94 = icmp ult i64 %93, 256, !dbg !265
  br i1 %94, label %95, label %100, !dbg !266

95:                                               ; preds = %89
  %96 = and i64 %91, 4294967295
  call void @llvm.dbg.value(metadata i64 %91, metadata !242, metadata !DIExpression()), !dbg !243
  %97 = getelementptr inbounds [32 x i8], ptr %7, i64 0, i64 %96, !dbg !267
  %98 = load i8, ptr %97, align 1, !dbg !267, !tbaa !130
  call void @llvm.dbg.value(metadata i8 %98, metadata !140, metadata !DIExpression()), !dbg !261
  store i64 %93, ptr %9, align 8, !dbg !268, !tbaa !124
  %99 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %92, !dbg !269
  store i8 %98, ptr %99, align 1, !dbg !270, !tbaa !130
  br label %100, !dbg !269

100:                                              ; preds = %95, %89
  %101 = load i64, ptr %9, align 8, !dbg !271, !tbaa !124
  %102 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %101, !dbg !272
  store i8 0, ptr %102, align 1, !dbg !273, !tbaa !130
  call void @llvm.dbg.value(metadata i64 %91, metadata !242, metadata !DIExpression(DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_stack_value)), !dbg !243
  %103 = trunc i64 %90 to i32, !dbg !274
  %104 = icmp sgt i32 %103, 1, !dbg !274
  br i1 %104, label %89, label %105, !dbg !275, !llvm.loop !276

105:                                              ; preds = %100
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %7) #8, !dbg !278
  br label %291, !dbg !279

106:                                              ; preds = %60
  %107 = zext i32 %64 to i64
  call void @llvm.dbg.value(metadata ptr %0, metadata !231, metadata !DIExpression()), !dbg !280
  call void @llvm.dbg.value(metadata i64 %107, metadata !236, metadata !DIExpression()), !dbg !280
  call void @llvm.dbg.value(metadata i32 10, metadata !237, metadata !DIExpression()), !dbg !280
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %6) #8, !dbg !282
  call void @llvm.dbg.declare(metadata ptr %6, metadata !238, metadata !DIExpression()), !dbg !283
  call void @llvm.dbg.value(metadata i32 0, metadata !242, metadata !DIExpression()), !dbg !280
  br label %108, !dbg !284

108:                                              ; preds = %108, %106
  %109 = phi i64 [ %119, %108 ], [ 1, %106 ]
  %110 = phi i64 [ %115, %108 ], [ 0, %106 ]
  %111 = phi i64 [ %117, %108 ], [ %107, %106 ]
  call void @llvm.dbg.value(metadata i64 %110, metadata !242, metadata !DIExpression()), !dbg !280
  call void @llvm.dbg.value(metadata i64 %111, metadata !236, metadata !DIExpression()), !dbg !280
  %112 = urem i64 %111, 10, !dbg !285
  %113 = getelementptr inbounds [17 x i8], ptr @.str.8, i64 0, i64 %112, !dbg !286
  %114 = load i8, ptr %113, align 1, !dbg !286, !tbaa !130
  %115 = add nuw i64 %110, 1, !dbg !287
  call void @llvm.dbg.value(metadata i64 %115, metadata !242, metadata !DIExpression()), !dbg !280
  %116 = getelementptr inbounds [32 x i8], ptr %6, i64 0, i64 %110, !dbg !288
  store i8 %114, ptr %116, align 1, !dbg !289, !tbaa !130
  %117 = udiv i64 %111, 10, !dbg !290
  call void @llvm.dbg.value(metadata i64 %117, metadata !236, metadata !DIExpression()), !dbg !280
  %118 = icmp ult i64 %111, 10, !dbg !291
  %119 = add nuw i64 %109, 1, !dbg !291
  br i1 %118, label %120, label %108, !dbg !291, !llvm.loop !292

120:                                              ; preds = %108, %131
  %121 = phi i64 [ %122, %131 ], [ %109, %108 ]
  call void @llvm.dbg.value(metadata i64 %121, metadata !242, metadata !DIExpression()), !dbg !280
  %122 = add i64 %121, -1, !dbg !294
  call void @llvm.dbg.value(metadata i64 %122, metadata !242, metadata !DIExpression(DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_stack_value)), !dbg !280
  call void @llvm.dbg.value(metadata ptr %0, metadata !135, metadata !DIExpression()), !dbg !295
  call void @llvm.dbg.value(metadata i8 poison, metadata !140, metadata !DIExpression()), !dbg !295
  %123 = load i64, ptr %9, align 8, !dbg !297, !tbaa !124
  %124 = add i64 %123, 1, !dbg !298
  %125 = icmp ult i64 %124, 256, !dbg !299
  br i1 %125, label %126, label %131, !dbg !300

126:                                              ; preds = %120
  %127 = and i64 %122, 4294967295
  call void @llvm.dbg.value(metadata i64 %122, metadata !242, metadata !DIExpression()), !dbg !280
  %128 = getelementptr inbounds [32 x i8], ptr %6, i64 0, i64 %127, !dbg !301
  %129 = load i8, ptr %128, align 1, !dbg !301, !tbaa !130
  call void @llvm.dbg.value(metadata i8 %129, metadata !140, metadata !DIExpression()), !dbg !295
  store i64 %124, ptr %9, align 8, !dbg !302, !tbaa !124
  %130 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %123, !dbg !303
  store i8 %129, ptr %130, align 1, !dbg !304, !tbaa !130
  br label %131, !dbg !303

131:                                              ; preds = %126, %120
  %132 = load i64, ptr %9, align 8, !dbg !305, !tbaa !124
  %133 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %132, !dbg !306
  store i8 0, ptr %133, align 1, !dbg !307, !tbaa !130
  call void @llvm.dbg.value(metadata i64 %122, metadata !242, metadata !DIExpression(DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_stack_value)), !dbg !280
  %134 = trunc i64 %121 to i32, !dbg !308
  %135 = icmp sgt i32 %134, 1, !dbg !308
  br i1 %135, label %120, label %136, !dbg !309, !llvm.loop !310

136:                                              ; preds = %131
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %6) #8, !dbg !312
  br label %291

137:                                              ; preds = %48
  %138 = icmp ult i32 %36, 41, !dbg !313
  br i1 %138, label %139, label %143, !dbg !313

139:                                              ; preds = %137
  %140 = sext i32 %36 to i64, !dbg !313
  %141 = getelementptr i8, ptr %33, i64 %140, !dbg !313
  %142 = add nuw nsw i32 %36, 8, !dbg !313
  store i32 %142, ptr %8, align 16, !dbg !313
  br label %145, !dbg !313

143:                                              ; preds = %137
  %144 = getelementptr i8, ptr %35, i64 8, !dbg !313
  store ptr %144, ptr %29, align 8, !dbg !313
  br label %145, !dbg !313

145:                                              ; preds = %143, %139
  %146 = phi ptr [ %35, %139 ], [ %144, %143 ]
  %147 = phi i32 [ %142, %139 ], [ %36, %143 ]
  %148 = phi ptr [ %141, %139 ], [ %35, %143 ], !dbg !313
  %149 = load i32, ptr %148, align 4, !dbg !313
  %150 = zext i32 %149 to i64, !dbg !313
  call void @llvm.dbg.value(metadata ptr %0, metadata !231, metadata !DIExpression()), !dbg !314
  call void @llvm.dbg.value(metadata i64 %150, metadata !236, metadata !DIExpression()), !dbg !314
  call void @llvm.dbg.value(metadata i32 10, metadata !237, metadata !DIExpression()), !dbg !314
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %5) #8, !dbg !316
  call void @llvm.dbg.declare(metadata ptr %5, metadata !238, metadata !DIExpression()), !dbg !317
  call void @llvm.dbg.value(metadata i32 0, metadata !242, metadata !DIExpression()), !dbg !314
  br label %151, !dbg !318

151:                                              ; preds = %151, %145
  %152 = phi i64 [ %162, %151 ], [ 1, %145 ]
  %153 = phi i64 [ %158, %151 ], [ 0, %145 ]
  %154 = phi i64 [ %160, %151 ], [ %150, %145 ]
  call void @llvm.dbg.value(metadata i64 %153, metadata !242, metadata !DIExpression()), !dbg !314
  call void @llvm.dbg.value(metadata i64 %154, metadata !236, metadata !DIExpression()), !dbg !314
  %155 = urem i64 %154, 10, !dbg !319
  %156 = getelementptr inbounds [17 x i8], ptr @.str.8, i64 0, i64 %155, !dbg !320
  %157 = load i8, ptr %156, align 1, !dbg !320, !tbaa !130
  %158 = add nuw i64 %153, 1, !dbg !321
  call void @llvm.dbg.value(metadata i64 %158, metadata !242, metadata !DIExpression()), !dbg !314
  %159 = getelementptr inbounds [32 x i8], ptr %5, i64 0, i64 %153, !dbg !322
  store i8 %157, ptr %159, align 1, !dbg !323, !tbaa !130
  %160 = udiv i64 %154, 10, !dbg !324
  call void @llvm.dbg.value(metadata i64 %160, metadata !236, metadata !DIExpression()), !dbg !314
  %161 = icmp ult i64 %154, 10, !dbg !325
  %162 = add nuw i64 %152, 1, !dbg !325
  br i1 %161, label %163, label %151, !dbg !325, !llvm.loop !326

163:                                              ; preds = %151, %174
  %164 = phi i64 [ %165, %174 ], [ %152, %151 ]
  call void @llvm.dbg.value(metadata i64 %164, metadata !242, metadata !DIExpression()), !dbg !314
  %165 = add i64 %164, -1, !dbg !328
  call void @llvm.dbg.value(metadata i64 %165, metadata !242, metadata !DIExpression(DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_stack_value)), !dbg !314
  call void @llvm.dbg.value(metadata ptr %0, metadata !135, metadata !DIExpression()), !dbg !329
  call void @llvm.dbg.value(metadata i8 poison, metadata !140, metadata !DIExpression()), !dbg !329
  %166 = load i64, ptr %9, align 8, !dbg !331, !tbaa !124
  %167 = add i64 %166, 1, !dbg !332
  %168 = icmp ult i64 %167, 256, !dbg !333
  br i1 %168, label %169, label %174, !dbg !334

169:                                              ; preds = %163
  %170 = and i64 %165, 4294967295
  call void @llvm.dbg.value(metadata i64 %165, metadata !242, metadata !DIExpression()), !dbg !314
  %171 = getelementptr inbounds [32 x i8], ptr %5, i64 0, i64 %170, !dbg !335
  %172 = load i8, ptr %171, align 1, !dbg !335, !tbaa !130
  call void @llvm.dbg.value(metadata i8 %172, metadata !140, metadata !DIExpression()), !dbg !329
  store i64 %167, ptr %9, align 8, !dbg !336, !tbaa !124
  %173 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %166, !dbg !337
  store i8 %172, ptr %173, align 1, !dbg !338, !tbaa !130
  br label %174, !dbg !337

174:                                              ; preds = %169, %163
  %175 = load i64, ptr %9, align 8, !dbg !339, !tbaa !124
  %176 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %175, !dbg !340
  store i8 0, ptr %176, align 1, !dbg !341, !tbaa !130
  call void @llvm.dbg.value(metadata i64 %165, metadata !242, metadata !DIExpression(DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_stack_value)), !dbg !314
  %177 = trunc i64 %164 to i32, !dbg !342
  %178 = icmp sgt i32 %177, 1, !dbg !342
  br i1 %178, label %163, label %179, !dbg !343, !llvm.loop !344

179:                                              ; preds = %174
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %5) #8, !dbg !346
  br label %291, !dbg !347

180:                                              ; preds = %48
  %181 = icmp ult i32 %36, 41, !dbg !348
  br i1 %181, label %182, label %186, !dbg !348

182:                                              ; preds = %180
  %183 = sext i32 %36 to i64, !dbg !348
  %184 = getelementptr i8, ptr %33, i64 %183, !dbg !348
  %185 = add nuw nsw i32 %36, 8, !dbg !348
  store i32 %185, ptr %8, align 16, !dbg !348
  br label %188, !dbg !348

186:                                              ; preds = %180
  %187 = getelementptr i8, ptr %35, i64 8, !dbg !348
  store ptr %187, ptr %29, align 8, !dbg !348
  br label %188, !dbg !348

188:                                              ; preds = %186, %182
  %189 = phi ptr [ %35, %182 ], [ %187, %186 ]
  %190 = phi i32 [ %185, %182 ], [ %36, %186 ]
  %191 = phi ptr [ %184, %182 ], [ %35, %186 ], !dbg !348
  %192 = load i32, ptr %191, align 4, !dbg !348
  %193 = zext i32 %192 to i64, !dbg !348
  call void @llvm.dbg.value(metadata ptr %0, metadata !231, metadata !DIExpression()), !dbg !349
  call void @llvm.dbg.value(metadata i64 %193, metadata !236, metadata !DIExpression()), !dbg !349
  call void @llvm.dbg.value(metadata i32 16, metadata !237, metadata !DIExpression()), !dbg !349
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %4) #8, !dbg !351
  call void @llvm.dbg.declare(metadata ptr %4, metadata !238, metadata !DIExpression()), !dbg !352
  call void @llvm.dbg.value(metadata i32 0, metadata !242, metadata !DIExpression()), !dbg !349
  br label %194, !dbg !353

194:                                              ; preds = %194, %188
  %195 = phi i64 [ %205, %194 ], [ 1, %188 ]
  %196 = phi i64 [ %201, %194 ], [ 0, %188 ]
  %197 = phi i64 [ %203, %194 ], [ %193, %188 ]
  call void @llvm.dbg.value(metadata i64 %196, metadata !242, metadata !DIExpression()), !dbg !349
  call void @llvm.dbg.value(metadata i64 %197, metadata !236, metadata !DIExpression()), !dbg !349
  %198 = and i64 %197, 15, !dbg !354
  %199 = getelementptr inbounds [17 x i8], ptr @.str.8, i64 0, i64 %198, !dbg !355
  %200 = load i8, ptr %199, align 1, !dbg !355, !tbaa !130
  %201 = add nuw nsw i64 %196, 1, !dbg !356
  call void @llvm.dbg.value(metadata i64 %201, metadata !242, metadata !DIExpression()), !dbg !349
  %202 = getelementptr inbounds [32 x i8], ptr %4, i64 0, i64 %196, !dbg !357
  store i8 %200, ptr %202, align 1, !dbg !358, !tbaa !130
  %203 = lshr i64 %197, 4, !dbg !359
  call void @llvm.dbg.value(metadata i64 %203, metadata !236, metadata !DIExpression()), !dbg !349
  %204 = icmp ult i64 %197, 16, !dbg !360
  %205 = add nuw nsw i64 %195, 1, !dbg !360
  br i1 %204, label %206, label %194, !dbg !360, !llvm.loop !361

206:                                              ; preds = %194, %217
  %207 = phi i64 [ %208, %217 ], [ %195, %194 ]
  call void @llvm.dbg.value(metadata i64 %207, metadata !242, metadata !DIExpression()), !dbg !349
  %208 = add nsw i64 %207, -1, !dbg !363
  call void @llvm.dbg.value(metadata i64 %208, metadata !242, metadata !DIExpression(DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_stack_value)), !dbg !349
  call void @llvm.dbg.value(metadata ptr %0, metadata !135, metadata !DIExpression()), !dbg !364
  call void @llvm.dbg.value(metadata i8 poison, metadata !140, metadata !DIExpression()), !dbg !364
  %209 = load i64, ptr %9, align 8, !dbg !366, !tbaa !124
  %210 = add i64 %209, 1, !dbg !367
  %211 = icmp ult i64 %210, 256, !dbg !368
  br i1 %211, label %212, label %217, !dbg !369

212:                                              ; preds = %206
  %213 = and i64 %208, 4294967295
  call void @llvm.dbg.value(metadata i64 %208, metadata !242, metadata !DIExpression()), !dbg !349
  %214 = getelementptr inbounds [32 x i8], ptr %4, i64 0, i64 %213, !dbg !370
  %215 = load i8, ptr %214, align 1, !dbg !370, !tbaa !130
  call void @llvm.dbg.value(metadata i8 %215, metadata !140, metadata !DIExpression()), !dbg !364
  store i64 %210, ptr %9, align 8, !dbg !371, !tbaa !124
  %216 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %209, !dbg !372
  store i8 %215, ptr %216, align 1, !dbg !373, !tbaa !130
  br label %217, !dbg !372

217:                                              ; preds = %212, %206
  %218 = load i64, ptr %9, align 8, !dbg !374, !tbaa !124
  %219 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %218, !dbg !375
  store i8 0, ptr %219, align 1, !dbg !376, !tbaa !130
  call void @llvm.dbg.value(metadata i64 %208, metadata !242, metadata !DIExpression(DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_stack_value)), !dbg !349
  %220 = icmp sgt i64 %207, 1
  br i1 %220, label %206, label %221, !dbg !377, !llvm.loop !378

221:                                              ; preds = %217
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %4) #8, !dbg !380
  br label %291, !dbg !381

222:                                              ; preds = %48
  %223 = icmp ult i32 %36, 41, !dbg !382
  br i1 %223, label %224, label %228, !dbg !382

224:                                              ; preds = %222
  %225 = sext i32 %36 to i64, !dbg !382
  %226 = getelementptr i8, ptr %33, i64 %225, !dbg !382
  %227 = add nuw nsw i32 %36, 8, !dbg !382
  store i32 %227, ptr %8, align 16, !dbg !382
  br label %230, !dbg !382

228:                                              ; preds = %222
  %229 = getelementptr i8, ptr %35, i64 8, !dbg !382
  store ptr %229, ptr %29, align 8, !dbg !382
  br label %230, !dbg !382

230:                                              ; preds = %228, %224
  %231 = phi ptr [ %35, %224 ], [ %229, %228 ]
  %232 = phi i32 [ %227, %224 ], [ %36, %228 ]
  %233 = phi ptr [ %226, %224 ], [ %35, %228 ], !dbg !382
  call void @llvm.dbg.value(metadata ptr %0, metadata !135, metadata !DIExpression()), !dbg !383
  call void @llvm.dbg.value(metadata i32 poison, metadata !140, metadata !DIExpression(DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_LLVM_convert, 8, DW_ATE_unsigned, DW_OP_stack_value)), !dbg !383
  %234 = load i64, ptr %9, align 8, !dbg !385, !tbaa !124
  %235 = add i64 %234, 1, !dbg !386
  %236 = icmp ult i64 %235, 256, !dbg !387
  br i1 %236, label %237, label %241, !dbg !388

237:                                              ; preds = %230
  %238 = load i32, ptr %233, align 4, !dbg !382
  call void @llvm.dbg.value(metadata i32 %238, metadata !140, metadata !DIExpression(DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_LLVM_convert, 8, DW_ATE_unsigned, DW_OP_stack_value)), !dbg !383
  %239 = trunc i32 %238 to i8, !dbg !389
  call void @llvm.dbg.value(metadata i8 %239, metadata !140, metadata !DIExpression()), !dbg !383
  store i64 %235, ptr %9, align 8, !dbg !390, !tbaa !124
  %240 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %234, !dbg !391
  store i8 %239, ptr %240, align 1, !dbg !392, !tbaa !130
  br label %241, !dbg !391

241:                                              ; preds = %237, %230
  %242 = load i64, ptr %9, align 8, !dbg !393, !tbaa !124
  %243 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %242, !dbg !394
  store i8 0, ptr %243, align 1, !dbg !395, !tbaa !130
  br label %291, !dbg !396

244:                                              ; preds = %48
  %245 = icmp ult i32 %36, 41, !dbg !397
  br i1 %245, label %246, label %250, !dbg !397

246:                                              ; preds = %244
  %247 = sext i32 %36 to i64, !dbg !397
  %248 = getelementptr i8, ptr %33, i64 %247, !dbg !397
  %249 = add nuw nsw i32 %36, 8, !dbg !397
  store i32 %249, ptr %8, align 16, !dbg !397
  br label %252, !dbg !397

250:                                              ; preds = %244
  %251 = getelementptr i8, ptr %35, i64 8, !dbg !397
  store ptr %251, ptr %29, align 8, !dbg !397
  br label %252, !dbg !397

252:                                              ; preds = %250, %246
  %253 = phi ptr [ %35, %246 ], [ %251, %250 ]
  %254 = phi i32 [ %249, %246 ], [ %36, %250 ]
  %255 = phi ptr [ %248, %246 ], [ %35, %250 ], !dbg !397
  %256 = load ptr, ptr %255, align 8, !dbg !397
  call void @llvm.dbg.value(metadata ptr %256, metadata !184, metadata !DIExpression()), !dbg !398
  %257 = load i8, ptr %256, align 1, !dbg !399, !tbaa !130
  %258 = icmp eq i8 %257, 0, !dbg !401
  br i1 %258, label %291, label %259, !dbg !401

259:                                              ; preds = %252, %267
  %260 = phi i8 [ %271, %267 ], [ %257, %252 ]
  %261 = phi ptr [ %270, %267 ], [ %256, %252 ]
  call void @llvm.dbg.value(metadata ptr %261, metadata !184, metadata !DIExpression()), !dbg !398
  call void @llvm.dbg.value(metadata ptr %0, metadata !135, metadata !DIExpression()), !dbg !402
  call void @llvm.dbg.value(metadata i8 %260, metadata !140, metadata !DIExpression()), !dbg !402
  %262 = load i64, ptr %9, align 8, !dbg !404, !tbaa !124
  %263 = add i64 %262, 1, !dbg !405
  %264 = icmp ult i64 %263, 256, !dbg !406
  br i1 %264, label %265, label %267, !dbg !407

265:                                              ; preds = %259
  store i64 %263, ptr %9, align 8, !dbg !408, !tbaa !124
  %266 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %262, !dbg !409
  store i8 %260, ptr %266, align 1, !dbg !410, !tbaa !130
  br label %267, !dbg !409

267:                                              ; preds = %265, %259
  %268 = load i64, ptr %9, align 8, !dbg !411, !tbaa !124
  %269 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %268, !dbg !412
  store i8 0, ptr %269, align 1, !dbg !413, !tbaa !130
  %270 = getelementptr inbounds i8, ptr %261, i64 1, !dbg !414
  call void @llvm.dbg.value(metadata ptr %270, metadata !184, metadata !DIExpression()), !dbg !398
  %271 = load i8, ptr %270, align 1, !dbg !399, !tbaa !130
  %272 = icmp eq i8 %271, 0, !dbg !401
  br i1 %272, label %291, label %259, !dbg !401, !llvm.loop !415

273:                                              ; preds = %48
  call void @llvm.dbg.value(metadata ptr %0, metadata !135, metadata !DIExpression()), !dbg !417
  call void @llvm.dbg.value(metadata i8 37, metadata !140, metadata !DIExpression()), !dbg !417
  %274 = load i64, ptr %9, align 8, !dbg !419, !tbaa !124
  %275 = add i64 %274, 1, !dbg !420
  %276 = icmp ult i64 %275, 256, !dbg !421
  br i1 %276, label %277, label %279, !dbg !422

277:                                              ; preds = %273
  store i64 %275, ptr %9, align 8, !dbg !423, !tbaa !124
  %278 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %274, !dbg !424
  store i8 37, ptr %278, align 1, !dbg !425, !tbaa !130
  br label %279, !dbg !424

279:                                              ; preds = %277, %273
  %280 = load i64, ptr %9, align 8, !dbg !426, !tbaa !124
  %281 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %280, !dbg !427
  store i8 0, ptr %281, align 1, !dbg !428, !tbaa !130
  br label %291, !dbg !429

282:                                              ; preds = %48
  call void @llvm.dbg.value(metadata ptr %0, metadata !135, metadata !DIExpression()), !dbg !430
  call void @llvm.dbg.value(metadata i8 63, metadata !140, metadata !DIExpression()), !dbg !430
  %283 = load i64, ptr %9, align 8, !dbg !432, !tbaa !124
  %284 = add i64 %283, 1, !dbg !433
  %285 = icmp ult i64 %284, 256, !dbg !434
  br i1 %285, label %286, label %288, !dbg !435

286:                                              ; preds = %282
  store i64 %284, ptr %9, align 8, !dbg !436, !tbaa !124
  %287 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %283, !dbg !437
  store i8 63, ptr %287, align 1, !dbg !438, !tbaa !130
  br label %288, !dbg !437

288:                                              ; preds = %286, %282
  %289 = load i64, ptr %9, align 8, !dbg !439, !tbaa !124
  %290 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %289, !dbg !440
  store i8 0, ptr %290, align 1, !dbg !441, !tbaa !130
  br label %291, !dbg !442

291:                                              ; preds = %267, %288, %279, %252, %241, %221, %179, %136, %105, %45
  %292 = phi ptr [ %35, %45 ], [ %35, %288 ], [ %35, %279 ], [ %231, %241 ], [ %189, %221 ], [ %146, %179 ], [ %61, %136 ], [ %61, %105 ], [ %253, %252 ], [ %253, %267 ]
  %293 = phi i32 [ %36, %45 ], [ %36, %288 ], [ %36, %279 ], [ %232, %241 ], [ %190, %221 ], [ %147, %179 ], [ %62, %136 ], [ %62, %105 ], [ %254, %252 ], [ %254, %267 ]
  %294 = phi ptr [ %37, %45 ], [ %49, %288 ], [ %49, %279 ], [ %49, %241 ], [ %49, %221 ], [ %49, %179 ], [ %49, %136 ], [ %49, %105 ], [ %49, %252 ], [ %49, %267 ], !dbg !188
  call void @llvm.dbg.value(metadata ptr %294, metadata !177, metadata !DIExpression()), !dbg !188
  %295 = getelementptr inbounds i8, ptr %294, i64 1, !dbg !443
  call void @llvm.dbg.value(metadata ptr %295, metadata !177, metadata !DIExpression()), !dbg !188
  br label %34, !dbg !444, !llvm.loop !445

296:                                              ; preds = %34, %48
  call void @llvm.va_end(ptr %8), !dbg !447
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %8) #8, !dbg !448
  ret ptr %0, !dbg !449

297:                                              ; preds = %3, %305
  %298 = phi i8 [ %309, %305 ], [ %10, %3 ]
  %299 = phi ptr [ %308, %305 ], [ %1, %3 ]
  call void @llvm.dbg.value(metadata ptr %299, metadata !103, metadata !DIExpression()), !dbg !131
  call void @llvm.dbg.value(metadata ptr %0, metadata !135, metadata !DIExpression()), !dbg !450
  call void @llvm.dbg.value(metadata i8 %298, metadata !140, metadata !DIExpression()), !dbg !450
  %300 = load i64, ptr %9, align 8, !dbg !452, !tbaa !124
  %301 = add i64 %300, 1, !dbg !453
  %302 = icmp ult i64 %301, 256, !dbg !454
  br i1 %302, label %303, label %305, !dbg !455

303:                                              ; preds = %297
  store i64 %301, ptr %9, align 8, !dbg !456, !tbaa !124
  %304 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %300, !dbg !457
  store i8 %298, ptr %304, align 1, !dbg !458, !tbaa !130
  br label %305, !dbg !457

305:                                              ; preds = %297, %303
  %306 = load i64, ptr %9, align 8, !dbg !459, !tbaa !124
  %307 = getelementptr inbounds [256 x i8], ptr %0, i64 0, i64 %306, !dbg !460
  store i8 0, ptr %307, align 1, !dbg !461, !tbaa !130
  %308 = getelementptr inbounds i8, ptr %299, i64 1, !dbg !462
  call void @llvm.dbg.value(metadata ptr %308, metadata !103, metadata !DIExpression()), !dbg !131
  %309 = load i8, ptr %308, align 1, !dbg !132, !tbaa !130
  %310 = icmp eq i8 %309, 0, !dbg !134
  br i1 %310, label %12, label %297, !dbg !134, !llvm.loop !463
}

; Function Attrs: nofree nounwind
declare !dbg !465 noundef i32 @puts(ptr nocapture noundef readonly) local_unnamed_addr #4

; Function Attrs: nofree nounwind
declare !dbg !470 noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare void @llvm.va_start(ptr) #5

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare void @llvm.va_end(ptr) #5

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #6

; Function Attrs: nofree nounwind willreturn memory(argmem: read)
declare i32 @bcmp(ptr nocapture, ptr nocapture, i64) local_unnamed_addr #7

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nofree nosync nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nofree nosync nounwind willreturn }
attributes #6 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #7 = { nofree nounwind willreturn memory(argmem: read) }
attributes #8 = { nounwind }

!llvm.dbg.cu = !{!44}
!llvm.module.flags = !{!49, !50, !51, !52, !53, !54}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 63, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "c/varargs_log.c", directory: ".", checksumkind: CSK_MD5, checksum: "a4962542e40e646e218e487db8b34204")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 40, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 5)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(scope: null, file: !2, line: 63, type: !9, isLocal: true, isDefinition: true)
!9 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 176, elements: !10)
!10 = !{!11}
!11 = !DISubrange(count: 22)
!12 = !DIGlobalVariableExpression(var: !13, expr: !DIExpression())
!13 = distinct !DIGlobalVariable(scope: null, file: !2, line: 63, type: !14, isLocal: true, isDefinition: true)
!14 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 48, elements: !15)
!15 = !{!16}
!16 = !DISubrange(count: 6)
!17 = !DIGlobalVariableExpression(var: !18, expr: !DIExpression())
!18 = distinct !DIGlobalVariable(scope: null, file: !2, line: 64, type: !19, isLocal: true, isDefinition: true)
!19 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 248, elements: !20)
!20 = !{!21}
!21 = !DISubrange(count: 31)
!22 = !DIGlobalVariableExpression(var: !23, expr: !DIExpression())
!23 = distinct !DIGlobalVariable(scope: null, file: !2, line: 66, type: !14, isLocal: true, isDefinition: true)
!24 = !DIGlobalVariableExpression(var: !25, expr: !DIExpression())
!25 = distinct !DIGlobalVariable(scope: null, file: !2, line: 66, type: !26, isLocal: true, isDefinition: true)
!26 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 168, elements: !27)
!27 = !{!28}
!28 = !DISubrange(count: 21)
!29 = !DIGlobalVariableExpression(var: !30, expr: !DIExpression())
!30 = distinct !DIGlobalVariable(scope: null, file: !2, line: 67, type: !31, isLocal: true, isDefinition: true)
!31 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 224, elements: !32)
!32 = !{!33}
!33 = !DISubrange(count: 28)
!34 = !DIGlobalVariableExpression(var: !35, expr: !DIExpression())
!35 = distinct !DIGlobalVariable(scope: null, file: !2, line: 69, type: !36, isLocal: true, isDefinition: true)
!36 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 200, elements: !37)
!37 = !{!38}
!38 = !DISubrange(count: 25)
!39 = !DIGlobalVariableExpression(var: !40, expr: !DIExpression())
!40 = distinct !DIGlobalVariable(scope: null, file: !2, line: 20, type: !41, isLocal: true, isDefinition: true)
!41 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 136, elements: !42)
!42 = !{!43}
!43 = !DISubrange(count: 17)
!44 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !45, globals: !48, splitDebugInlining: false, nameTableKind: None)
!45 = !{!46, !47, !4}
!46 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!47 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!48 = !{!0, !7, !12, !17, !22, !24, !29, !34, !39}
!49 = !{i32 7, !"Dwarf Version", i32 5}
!50 = !{i32 2, !"Debug Info Version", i32 3}
!51 = !{i32 1, !"wchar_size", i32 4}
!52 = !{i32 8, !"PIC Level", i32 2}
!53 = !{i32 7, !"PIE Level", i32 2}
!54 = !{i32 7, !"uwtable", i32 2}
!55 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 60, type: !56, scopeLine: 60, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !44, retainedNodes: !59)
!56 = !DISubroutineType(types: !57)
!57 = !{!58}
!58 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!59 = !{!60, !70, !71, !74}
!60 = !DILocalVariable(name: "s", scope: !55, file: !2, line: 61, type: !61)
!61 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "sink", file: !2, line: 6, size: 2112, elements: !62)
!62 = !{!63, !67}
!63 = !DIDerivedType(tag: DW_TAG_member, name: "buf", scope: !61, file: !2, line: 7, baseType: !64, size: 2048)
!64 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 2048, elements: !65)
!65 = !{!66}
!66 = !DISubrange(count: 256)
!67 = !DIDerivedType(tag: DW_TAG_member, name: "len", scope: !61, file: !2, line: 8, baseType: !68, size: 64, offset: 2048)
!68 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !69, line: 46, baseType: !46)
!69 = !DIFile(filename: "/usr/lib/llvm-16/lib/clang/16/include/stddef.h", directory: "", checksumkind: CSK_MD5, checksum: "f95079da609b0e8f201cb8136304bf3b")
!70 = !DILocalVariable(name: "failures", scope: !55, file: !2, line: 62, type: !58)
!71 = !DILocalVariable(name: "m1", scope: !55, file: !2, line: 63, type: !72)
!72 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !73, size: 64)
!73 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !4)
!74 = !DILocalVariable(name: "m2", scope: !55, file: !2, line: 66, type: !72)
!75 = !DILocation(line: 61, column: 5, scope: !55)
!76 = !DILocation(line: 61, column: 17, scope: !55)
!77 = !DILocation(line: 0, scope: !55)
!78 = !DILocation(line: 63, column: 22, scope: !55)
!79 = !DILocation(line: 64, column: 9, scope: !80)
!80 = distinct !DILexicalBlock(scope: !55, file: !2, line: 64, column: 9)
!81 = !DILocation(line: 64, column: 54, scope: !80)
!82 = !DILocation(line: 64, column: 9, scope: !55)
!83 = !DILocation(line: 65, column: 5, scope: !55)
!84 = !DILocation(line: 66, column: 22, scope: !55)
!85 = !DILocation(line: 67, column: 9, scope: !86)
!86 = distinct !DILexicalBlock(scope: !55, file: !2, line: 67, column: 9)
!87 = !DILocation(line: 67, column: 51, scope: !86)
!88 = !DILocation(line: 67, column: 9, scope: !55)
!89 = !DILocation(line: 68, column: 5, scope: !55)
!90 = !DILocation(line: 69, column: 5, scope: !55)
!91 = !DILocation(line: 70, column: 21, scope: !55)
!92 = !DILocation(line: 70, column: 12, scope: !55)
!93 = !DILocation(line: 71, column: 1, scope: !55)
!94 = !DILocation(line: 70, column: 5, scope: !55)
!95 = distinct !DISubprogram(name: "log_message", scope: !2, file: !2, line: 47, type: !96, scopeLine: 47, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !44, retainedNodes: !99)
!96 = !DISubroutineType(types: !97)
!97 = !{!72, !98, !72, !72, null}
!98 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !61, size: 64)
!99 = !{!100, !101, !102, !103, !105}
!100 = !DILocalVariable(name: "s", arg: 1, scope: !95, file: !2, line: 47, type: !98)
!101 = !DILocalVariable(name: "level", arg: 2, scope: !95, file: !2, line: 47, type: !72)
!102 = !DILocalVariable(name: "fmt", arg: 3, scope: !95, file: !2, line: 47, type: !72)
!103 = !DILocalVariable(name: "l", scope: !104, file: !2, line: 50, type: !72)
!104 = distinct !DILexicalBlock(scope: !95, file: !2, line: 50, column: 5)
!105 = !DILocalVariable(name: "ap", scope: !95, file: !2, line: 53, type: !106)
!106 = !DIDerivedType(tag: DW_TAG_typedef, name: "va_list", file: !107, line: 22, baseType: !108)
!107 = !DIFile(filename: "/usr/lib/llvm-16/lib/clang/16/include/stdarg.h", directory: "", checksumkind: CSK_MD5, checksum: "4c819f80dd915987182e9ab226e27a5a")
!108 = !DIDerivedType(tag: DW_TAG_typedef, name: "__builtin_va_list", file: !109, baseType: !110)
!109 = !DIFile(filename: "c/varargs_log.c", directory: ".")
!110 = !DICompositeType(tag: DW_TAG_array_type, baseType: !111, size: 192, elements: !119)
!111 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "__va_list_tag", size: 192, elements: !112)
!112 = !{!113, !115, !116, !118}
!113 = !DIDerivedType(tag: DW_TAG_member, name: "gp_offset", scope: !111, file: !109, line: 53, baseType: !114, size: 32)
!114 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!115 = !DIDerivedType(tag: DW_TAG_member, name: "fp_offset", scope: !111, file: !109, line: 53, baseType: !114, size: 32, offset: 32)
!116 = !DIDerivedType(tag: DW_TAG_member, name: "overflow_arg_area", scope: !111, file: !109, line: 53, baseType: !117, size: 64, offset: 64)
!117 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!118 = !DIDerivedType(tag: DW_TAG_member, name: "reg_save_area", scope: !111, file: !109, line: 53, baseType: !117, size: 64, offset: 128)
!119 = !{!120}
!120 = !DISubrange(count: 1)
!121 = !DILocation(line: 0, scope: !95)
!122 = !DILocation(line: 48, column: 8, scope: !95)
!123 = !DILocation(line: 48, column: 12, scope: !95)
!124 = !{!125, !128, i64 256}
!125 = !{!"sink", !126, i64 0, !128, i64 256}
!126 = !{!"omnipotent char", !127, i64 0}
!127 = !{!"Simple C/C++ TBAA"}
!128 = !{!"long", !126, i64 0}
!129 = !DILocation(line: 49, column: 15, scope: !95)
!130 = !{!126, !126, i64 0}
!131 = !DILocation(line: 0, scope: !104)
!132 = !DILocation(line: 50, column: 33, scope: !133)
!133 = distinct !DILexicalBlock(scope: !104, file: !2, line: 50, column: 5)
!134 = !DILocation(line: 50, column: 5, scope: !104)
!135 = !DILocalVariable(name: "s", arg: 1, scope: !136, file: !2, line: 11, type: !98)
!136 = distinct !DISubprogram(name: "put_char", scope: !2, file: !2, line: 11, type: !137, scopeLine: 11, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !44, retainedNodes: !139)
!137 = !DISubroutineType(types: !138)
!138 = !{null, !98, !4}
!139 = !{!135, !140}
!140 = !DILocalVariable(name: "c", arg: 2, scope: !136, file: !2, line: 11, type: !4)
!141 = !DILocation(line: 0, scope: !136, inlinedAt: !142)
!142 = distinct !DILocation(line: 51, column: 5, scope: !95)
!143 = !DILocation(line: 12, column: 12, scope: !144, inlinedAt: !142)
!144 = distinct !DILexicalBlock(scope: !136, file: !2, line: 12, column: 9)
!145 = !DILocation(line: 12, column: 16, scope: !144, inlinedAt: !142)
!146 = !DILocation(line: 12, column: 20, scope: !144, inlinedAt: !142)
!147 = !DILocation(line: 12, column: 9, scope: !136, inlinedAt: !142)
!148 = !DILocation(line: 12, column: 50, scope: !144, inlinedAt: !142)
!149 = !DILocation(line: 12, column: 37, scope: !144, inlinedAt: !142)
!150 = !DILocation(line: 12, column: 54, scope: !144, inlinedAt: !142)
!151 = !DILocation(line: 13, column: 15, scope: !136, inlinedAt: !142)
!152 = !DILocation(line: 13, column: 5, scope: !136, inlinedAt: !142)
!153 = !DILocation(line: 13, column: 20, scope: !136, inlinedAt: !142)
!154 = !DILocation(line: 0, scope: !136, inlinedAt: !155)
!155 = distinct !DILocation(line: 52, column: 5, scope: !95)
!156 = !DILocation(line: 12, column: 12, scope: !144, inlinedAt: !155)
!157 = !DILocation(line: 12, column: 16, scope: !144, inlinedAt: !155)
!158 = !DILocation(line: 12, column: 20, scope: !144, inlinedAt: !155)
!159 = !DILocation(line: 12, column: 9, scope: !136, inlinedAt: !155)
!160 = !DILocation(line: 12, column: 50, scope: !144, inlinedAt: !155)
!161 = !DILocation(line: 12, column: 37, scope: !144, inlinedAt: !155)
!162 = !DILocation(line: 12, column: 54, scope: !144, inlinedAt: !155)
!163 = !DILocation(line: 13, column: 15, scope: !136, inlinedAt: !155)
!164 = !DILocation(line: 13, column: 5, scope: !136, inlinedAt: !155)
!165 = !DILocation(line: 13, column: 20, scope: !136, inlinedAt: !155)
!166 = !DILocation(line: 53, column: 5, scope: !95)
!167 = !DILocation(line: 53, column: 13, scope: !95)
!168 = !DILocation(line: 54, column: 5, scope: !95)
!169 = !DILocalVariable(name: "s", arg: 1, scope: !170, file: !2, line: 26, type: !98)
!170 = distinct !DISubprogram(name: "format", scope: !2, file: !2, line: 26, type: !171, scopeLine: 26, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !44, retainedNodes: !174)
!171 = !DISubroutineType(types: !172)
!172 = !{null, !98, !72, !173}
!173 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !111, size: 64)
!174 = !{!169, !175, !176, !177, !179, !184}
!175 = !DILocalVariable(name: "fmt", arg: 2, scope: !170, file: !2, line: 26, type: !72)
!176 = !DILocalVariable(name: "ap", arg: 3, scope: !170, file: !2, line: 26, type: !173)
!177 = !DILocalVariable(name: "p", scope: !178, file: !2, line: 27, type: !72)
!178 = distinct !DILexicalBlock(scope: !170, file: !2, line: 27, column: 5)
!179 = !DILocalVariable(name: "v", scope: !180, file: !2, line: 31, type: !58)
!180 = distinct !DILexicalBlock(scope: !181, file: !2, line: 30, column: 19)
!181 = distinct !DILexicalBlock(scope: !182, file: !2, line: 29, column: 23)
!182 = distinct !DILexicalBlock(scope: !183, file: !2, line: 27, column: 40)
!183 = distinct !DILexicalBlock(scope: !178, file: !2, line: 27, column: 5)
!184 = !DILocalVariable(name: "t", scope: !185, file: !2, line: 39, type: !72)
!185 = distinct !DILexicalBlock(scope: !181, file: !2, line: 39, column: 19)
!186 = !DILocation(line: 0, scope: !170, inlinedAt: !187)
!187 = distinct !DILocation(line: 55, column: 5, scope: !95)
!188 = !DILocation(line: 0, scope: !178, inlinedAt: !187)
!189 = !DILocation(line: 27, column: 10, scope: !178, inlinedAt: !187)
!190 = !DILocation(line: 27, scope: !178, inlinedAt: !187)
!191 = !DILocation(line: 27, column: 31, scope: !183, inlinedAt: !187)
!192 = !DILocation(line: 27, column: 5, scope: !178, inlinedAt: !187)
!193 = !DILocation(line: 0, scope: !136, inlinedAt: !194)
!194 = distinct !DILocation(line: 28, column: 26, scope: !195, inlinedAt: !187)
!195 = distinct !DILexicalBlock(scope: !196, file: !2, line: 28, column: 24)
!196 = distinct !DILexicalBlock(scope: !182, file: !2, line: 28, column: 13)
!197 = !DILocation(line: 12, column: 12, scope: !144, inlinedAt: !194)
!198 = !DILocation(line: 12, column: 16, scope: !144, inlinedAt: !194)
!199 = !DILocation(line: 12, column: 20, scope: !144, inlinedAt: !194)
!200 = !DILocation(line: 12, column: 9, scope: !136, inlinedAt: !194)
!201 = !DILocation(line: 12, column: 50, scope: !144, inlinedAt: !194)
!202 = !DILocation(line: 12, column: 37, scope: !144, inlinedAt: !194)
!203 = !DILocation(line: 12, column: 54, scope: !144, inlinedAt: !194)
!204 = !DILocation(line: 13, column: 15, scope: !136, inlinedAt: !194)
!205 = !DILocation(line: 13, column: 5, scope: !136, inlinedAt: !194)
!206 = !DILocation(line: 13, column: 20, scope: !136, inlinedAt: !194)
!207 = !DILocation(line: 28, column: 43, scope: !195, inlinedAt: !187)
!208 = !DILocation(line: 29, column: 18, scope: !182, inlinedAt: !187)
!209 = !DILocation(line: 29, column: 17, scope: !182, inlinedAt: !187)
!210 = !DILocation(line: 29, column: 9, scope: !182, inlinedAt: !187)
!211 = !DILocation(line: 31, column: 21, scope: !180, inlinedAt: !187)
!212 = !DILocation(line: 0, scope: !180, inlinedAt: !187)
!213 = !DILocation(line: 32, column: 19, scope: !214, inlinedAt: !187)
!214 = distinct !DILexicalBlock(scope: !180, file: !2, line: 32, column: 17)
!215 = !DILocation(line: 32, column: 17, scope: !180, inlinedAt: !187)
!216 = !DILocation(line: 0, scope: !136, inlinedAt: !217)
!217 = distinct !DILocation(line: 32, column: 26, scope: !218, inlinedAt: !187)
!218 = distinct !DILexicalBlock(scope: !214, file: !2, line: 32, column: 24)
!219 = !DILocation(line: 12, column: 12, scope: !144, inlinedAt: !217)
!220 = !DILocation(line: 12, column: 16, scope: !144, inlinedAt: !217)
!221 = !DILocation(line: 12, column: 20, scope: !144, inlinedAt: !217)
!222 = !DILocation(line: 12, column: 9, scope: !136, inlinedAt: !217)
!223 = !DILocation(line: 12, column: 50, scope: !144, inlinedAt: !217)
!224 = !DILocation(line: 12, column: 37, scope: !144, inlinedAt: !217)
!225 = !DILocation(line: 12, column: 54, scope: !144, inlinedAt: !217)
!226 = !DILocation(line: 13, column: 15, scope: !136, inlinedAt: !217)
!227 = !DILocation(line: 13, column: 5, scope: !136, inlinedAt: !217)
!228 = !DILocation(line: 13, column: 20, scope: !136, inlinedAt: !217)
!229 = !DILocation(line: 32, column: 81, scope: !218, inlinedAt: !187)
!230 = !DILocation(line: 32, column: 64, scope: !218, inlinedAt: !187)
!231 = !DILocalVariable(name: "s", arg: 1, scope: !232, file: !2, line: 16, type: !98)
!232 = distinct !DISubprogram(name: "put_unsigned", scope: !2, file: !2, line: 16, type: !233, scopeLine: 16, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !44, retainedNodes: !235)
!233 = !DISubroutineType(types: !234)
!234 = !{null, !98, !46, !114}
!235 = !{!231, !236, !237, !238, !242}
!236 = !DILocalVariable(name: "v", arg: 2, scope: !232, file: !2, line: 16, type: !46)
!237 = !DILocalVariable(name: "base", arg: 3, scope: !232, file: !2, line: 16, type: !114)
!238 = !DILocalVariable(name: "digits", scope: !232, file: !2, line: 17, type: !239)
!239 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 256, elements: !240)
!240 = !{!241}
!241 = !DISubrange(count: 32)
!242 = !DILocalVariable(name: "n", scope: !232, file: !2, line: 18, type: !58)
!243 = !DILocation(line: 0, scope: !232, inlinedAt: !244)
!244 = distinct !DILocation(line: 32, column: 44, scope: !218, inlinedAt: !187)
!245 = !DILocation(line: 17, column: 5, scope: !232, inlinedAt: !244)
!246 = !DILocation(line: 17, column: 10, scope: !232, inlinedAt: !244)
!247 = !DILocation(line: 19, column: 5, scope: !232, inlinedAt: !244)
!248 = !DILocation(line: 20, column: 44, scope: !249, inlinedAt: !244)
!249 = distinct !DILexicalBlock(scope: !232, file: !2, line: 19, column: 8)
!250 = !DILocation(line: 20, column: 23, scope: !249, inlinedAt: !244)
!251 = !DILocation(line: 20, column: 17, scope: !249, inlinedAt: !244)
!252 = !DILocation(line: 20, column: 9, scope: !249, inlinedAt: !244)
!253 = !DILocation(line: 20, column: 21, scope: !249, inlinedAt: !244)
!254 = !DILocation(line: 21, column: 11, scope: !249, inlinedAt: !244)
!255 = !DILocation(line: 22, column: 5, scope: !249, inlinedAt: !244)
!256 = distinct !{!256, !247, !257, !258, !259}
!257 = !DILocation(line: 22, column: 15, scope: !232, inlinedAt: !244)
!258 = !{!"llvm.loop.mustprogress"}
!259 = !{!"llvm.loop.unroll.disable"}
!260 = !DILocation(line: 23, column: 38, scope: !232, inlinedAt: !244)
!261 = !DILocation(line: 0, scope: !136, inlinedAt: !262)
!262 = distinct !DILocation(line: 23, column: 19, scope: !232, inlinedAt: !244)
!263 = !DILocation(line: 12, column: 12, scope: !144, inlinedAt: !262)
!264 = !DILocation(line: 12, column: 16, scope: !144, inlinedAt: !262)
!265 = !DILocation(line: 12, column: 20, scope: !144, inlinedAt: !262)
!266 = !DILocation(line: 12, column: 9, scope: !136, inlinedAt: !262)
!267 = !DILocation(line: 23, column: 31, scope: !232, inlinedAt: !244)
!268 = !DILocation(line: 12, column: 50, scope: !144, inlinedAt: !262)
!269 = !DILocation(line: 12, column: 37, scope: !144, inlinedAt: !262)
!270 = !DILocation(line: 12, column: 54, scope: !144, inlinedAt: !262)
!271 = !DILocation(line: 13, column: 15, scope: !136, inlinedAt: !262)
!272 = !DILocation(line: 13, column: 5, scope: !136, inlinedAt: !262)
!273 = !DILocation(line: 13, column: 20, scope: !136, inlinedAt: !262)
!274 = !DILocation(line: 23, column: 14, scope: !232, inlinedAt: !244)
!275 = !DILocation(line: 23, column: 5, scope: !232, inlinedAt: !244)
!276 = distinct !{!276, !275, !277, !258, !259}
!277 = !DILocation(line: 23, column: 42, scope: !232, inlinedAt: !244)
!278 = !DILocation(line: 24, column: 1, scope: !232, inlinedAt: !244)
!279 = !DILocation(line: 32, column: 95, scope: !218, inlinedAt: !187)
!280 = !DILocation(line: 0, scope: !232, inlinedAt: !281)
!281 = distinct !DILocation(line: 33, column: 18, scope: !214, inlinedAt: !187)
!282 = !DILocation(line: 17, column: 5, scope: !232, inlinedAt: !281)
!283 = !DILocation(line: 17, column: 10, scope: !232, inlinedAt: !281)
!284 = !DILocation(line: 19, column: 5, scope: !232, inlinedAt: !281)
!285 = !DILocation(line: 20, column: 44, scope: !249, inlinedAt: !281)
!286 = !DILocation(line: 20, column: 23, scope: !249, inlinedAt: !281)
!287 = !DILocation(line: 20, column: 17, scope: !249, inlinedAt: !281)
!288 = !DILocation(line: 20, column: 9, scope: !249, inlinedAt: !281)
!289 = !DILocation(line: 20, column: 21, scope: !249, inlinedAt: !281)
!290 = !DILocation(line: 21, column: 11, scope: !249, inlinedAt: !281)
!291 = !DILocation(line: 22, column: 5, scope: !249, inlinedAt: !281)
!292 = distinct !{!292, !284, !293, !258, !259}
!293 = !DILocation(line: 22, column: 15, scope: !232, inlinedAt: !281)
!294 = !DILocation(line: 23, column: 38, scope: !232, inlinedAt: !281)
!295 = !DILocation(line: 0, scope: !136, inlinedAt: !296)
!296 = distinct !DILocation(line: 23, column: 19, scope: !232, inlinedAt: !281)
!297 = !DILocation(line: 12, column: 12, scope: !144, inlinedAt: !296)
!298 = !DILocation(line: 12, column: 16, scope: !144, inlinedAt: !296)
!299 = !DILocation(line: 12, column: 20, scope: !144, inlinedAt: !296)
!300 = !DILocation(line: 12, column: 9, scope: !136, inlinedAt: !296)
!301 = !DILocation(line: 23, column: 31, scope: !232, inlinedAt: !281)
!302 = !DILocation(line: 12, column: 50, scope: !144, inlinedAt: !296)
!303 = !DILocation(line: 12, column: 37, scope: !144, inlinedAt: !296)
!304 = !DILocation(line: 12, column: 54, scope: !144, inlinedAt: !296)
!305 = !DILocation(line: 13, column: 15, scope: !136, inlinedAt: !296)
!306 = !DILocation(line: 13, column: 5, scope: !136, inlinedAt: !296)
!307 = !DILocation(line: 13, column: 20, scope: !136, inlinedAt: !296)
!308 = !DILocation(line: 23, column: 14, scope: !232, inlinedAt: !281)
!309 = !DILocation(line: 23, column: 5, scope: !232, inlinedAt: !281)
!310 = distinct !{!310, !309, !311, !258, !259}
!311 = !DILocation(line: 23, column: 42, scope: !232, inlinedAt: !281)
!312 = !DILocation(line: 24, column: 1, scope: !232, inlinedAt: !281)
!313 = !DILocation(line: 36, column: 35, scope: !181, inlinedAt: !187)
!314 = !DILocation(line: 0, scope: !232, inlinedAt: !315)
!315 = distinct !DILocation(line: 36, column: 19, scope: !181, inlinedAt: !187)
!316 = !DILocation(line: 17, column: 5, scope: !232, inlinedAt: !315)
!317 = !DILocation(line: 17, column: 10, scope: !232, inlinedAt: !315)
!318 = !DILocation(line: 19, column: 5, scope: !232, inlinedAt: !315)
!319 = !DILocation(line: 20, column: 44, scope: !249, inlinedAt: !315)
!320 = !DILocation(line: 20, column: 23, scope: !249, inlinedAt: !315)
!321 = !DILocation(line: 20, column: 17, scope: !249, inlinedAt: !315)
!322 = !DILocation(line: 20, column: 9, scope: !249, inlinedAt: !315)
!323 = !DILocation(line: 20, column: 21, scope: !249, inlinedAt: !315)
!324 = !DILocation(line: 21, column: 11, scope: !249, inlinedAt: !315)
!325 = !DILocation(line: 22, column: 5, scope: !249, inlinedAt: !315)
!326 = distinct !{!326, !318, !327, !258, !259}
!327 = !DILocation(line: 22, column: 15, scope: !232, inlinedAt: !315)
!328 = !DILocation(line: 23, column: 38, scope: !232, inlinedAt: !315)
!329 = !DILocation(line: 0, scope: !136, inlinedAt: !330)
!330 = distinct !DILocation(line: 23, column: 19, scope: !232, inlinedAt: !315)
!331 = !DILocation(line: 12, column: 12, scope: !144, inlinedAt: !330)
!332 = !DILocation(line: 12, column: 16, scope: !144, inlinedAt: !330)
!333 = !DILocation(line: 12, column: 20, scope: !144, inlinedAt: !330)
!334 = !DILocation(line: 12, column: 9, scope: !136, inlinedAt: !330)
!335 = !DILocation(line: 23, column: 31, scope: !232, inlinedAt: !315)
!336 = !DILocation(line: 12, column: 50, scope: !144, inlinedAt: !330)
!337 = !DILocation(line: 12, column: 37, scope: !144, inlinedAt: !330)
!338 = !DILocation(line: 12, column: 54, scope: !144, inlinedAt: !330)
!339 = !DILocation(line: 13, column: 15, scope: !136, inlinedAt: !330)
!340 = !DILocation(line: 13, column: 5, scope: !136, inlinedAt: !330)
!341 = !DILocation(line: 13, column: 20, scope: !136, inlinedAt: !330)
!342 = !DILocation(line: 23, column: 14, scope: !232, inlinedAt: !315)
!343 = !DILocation(line: 23, column: 5, scope: !232, inlinedAt: !315)
!344 = distinct !{!344, !343, !345, !258, !259}
!345 = !DILocation(line: 23, column: 42, scope: !232, inlinedAt: !315)
!346 = !DILocation(line: 24, column: 1, scope: !232, inlinedAt: !315)
!347 = !DILocation(line: 36, column: 62, scope: !181, inlinedAt: !187)
!348 = !DILocation(line: 37, column: 35, scope: !181, inlinedAt: !187)
!349 = !DILocation(line: 0, scope: !232, inlinedAt: !350)
!350 = distinct !DILocation(line: 37, column: 19, scope: !181, inlinedAt: !187)
!351 = !DILocation(line: 17, column: 5, scope: !232, inlinedAt: !350)
!352 = !DILocation(line: 17, column: 10, scope: !232, inlinedAt: !350)
!353 = !DILocation(line: 19, column: 5, scope: !232, inlinedAt: !350)
!354 = !DILocation(line: 20, column: 44, scope: !249, inlinedAt: !350)
!355 = !DILocation(line: 20, column: 23, scope: !249, inlinedAt: !350)
!356 = !DILocation(line: 20, column: 17, scope: !249, inlinedAt: !350)
!357 = !DILocation(line: 20, column: 9, scope: !249, inlinedAt: !350)
!358 = !DILocation(line: 20, column: 21, scope: !249, inlinedAt: !350)
!359 = !DILocation(line: 21, column: 11, scope: !249, inlinedAt: !350)
!360 = !DILocation(line: 22, column: 5, scope: !249, inlinedAt: !350)
!361 = distinct !{!361, !353, !362, !258, !259}
!362 = !DILocation(line: 22, column: 15, scope: !232, inlinedAt: !350)
!363 = !DILocation(line: 23, column: 38, scope: !232, inlinedAt: !350)
!364 = !DILocation(line: 0, scope: !136, inlinedAt: !365)
!365 = distinct !DILocation(line: 23, column: 19, scope: !232, inlinedAt: !350)
!366 = !DILocation(line: 12, column: 12, scope: !144, inlinedAt: !365)
!367 = !DILocation(line: 12, column: 16, scope: !144, inlinedAt: !365)
!368 = !DILocation(line: 12, column: 20, scope: !144, inlinedAt: !365)
!369 = !DILocation(line: 12, column: 9, scope: !136, inlinedAt: !365)
!370 = !DILocation(line: 23, column: 31, scope: !232, inlinedAt: !350)
!371 = !DILocation(line: 12, column: 50, scope: !144, inlinedAt: !365)
!372 = !DILocation(line: 12, column: 37, scope: !144, inlinedAt: !365)
!373 = !DILocation(line: 12, column: 54, scope: !144, inlinedAt: !365)
!374 = !DILocation(line: 13, column: 15, scope: !136, inlinedAt: !365)
!375 = !DILocation(line: 13, column: 5, scope: !136, inlinedAt: !365)
!376 = !DILocation(line: 13, column: 20, scope: !136, inlinedAt: !365)
!377 = !DILocation(line: 23, column: 5, scope: !232, inlinedAt: !350)
!378 = distinct !{!378, !377, !379, !258, !259}
!379 = !DILocation(line: 23, column: 42, scope: !232, inlinedAt: !350)
!380 = !DILocation(line: 24, column: 1, scope: !232, inlinedAt: !350)
!381 = !DILocation(line: 37, column: 62, scope: !181, inlinedAt: !187)
!382 = !DILocation(line: 38, column: 37, scope: !181, inlinedAt: !187)
!383 = !DILocation(line: 0, scope: !136, inlinedAt: !384)
!384 = distinct !DILocation(line: 38, column: 19, scope: !181, inlinedAt: !187)
!385 = !DILocation(line: 12, column: 12, scope: !144, inlinedAt: !384)
!386 = !DILocation(line: 12, column: 16, scope: !144, inlinedAt: !384)
!387 = !DILocation(line: 12, column: 20, scope: !144, inlinedAt: !384)
!388 = !DILocation(line: 12, column: 9, scope: !136, inlinedAt: !384)
!389 = !DILocation(line: 38, column: 31, scope: !181, inlinedAt: !187)
!390 = !DILocation(line: 12, column: 50, scope: !144, inlinedAt: !384)
!391 = !DILocation(line: 12, column: 37, scope: !144, inlinedAt: !384)
!392 = !DILocation(line: 12, column: 54, scope: !144, inlinedAt: !384)
!393 = !DILocation(line: 13, column: 15, scope: !136, inlinedAt: !384)
!394 = !DILocation(line: 13, column: 5, scope: !136, inlinedAt: !384)
!395 = !DILocation(line: 13, column: 20, scope: !136, inlinedAt: !384)
!396 = !DILocation(line: 38, column: 55, scope: !181, inlinedAt: !187)
!397 = !DILocation(line: 39, column: 40, scope: !185, inlinedAt: !187)
!398 = !DILocation(line: 0, scope: !185, inlinedAt: !187)
!399 = !DILocation(line: 39, column: 66, scope: !400, inlinedAt: !187)
!400 = distinct !DILexicalBlock(scope: !185, file: !2, line: 39, column: 19)
!401 = !DILocation(line: 39, column: 19, scope: !185, inlinedAt: !187)
!402 = !DILocation(line: 0, scope: !136, inlinedAt: !403)
!403 = distinct !DILocation(line: 39, column: 75, scope: !400, inlinedAt: !187)
!404 = !DILocation(line: 12, column: 12, scope: !144, inlinedAt: !403)
!405 = !DILocation(line: 12, column: 16, scope: !144, inlinedAt: !403)
!406 = !DILocation(line: 12, column: 20, scope: !144, inlinedAt: !403)
!407 = !DILocation(line: 12, column: 9, scope: !136, inlinedAt: !403)
!408 = !DILocation(line: 12, column: 50, scope: !144, inlinedAt: !403)
!409 = !DILocation(line: 12, column: 37, scope: !144, inlinedAt: !403)
!410 = !DILocation(line: 12, column: 54, scope: !144, inlinedAt: !403)
!411 = !DILocation(line: 13, column: 15, scope: !136, inlinedAt: !403)
!412 = !DILocation(line: 13, column: 5, scope: !136, inlinedAt: !403)
!413 = !DILocation(line: 13, column: 20, scope: !136, inlinedAt: !403)
!414 = !DILocation(line: 39, column: 71, scope: !400, inlinedAt: !187)
!415 = distinct !{!415, !401, !416, !258, !259}
!416 = !DILocation(line: 39, column: 89, scope: !185, inlinedAt: !187)
!417 = !DILocation(line: 0, scope: !136, inlinedAt: !418)
!418 = distinct !DILocation(line: 40, column: 19, scope: !181, inlinedAt: !187)
!419 = !DILocation(line: 12, column: 12, scope: !144, inlinedAt: !418)
!420 = !DILocation(line: 12, column: 16, scope: !144, inlinedAt: !418)
!421 = !DILocation(line: 12, column: 20, scope: !144, inlinedAt: !418)
!422 = !DILocation(line: 12, column: 9, scope: !136, inlinedAt: !418)
!423 = !DILocation(line: 12, column: 50, scope: !144, inlinedAt: !418)
!424 = !DILocation(line: 12, column: 37, scope: !144, inlinedAt: !418)
!425 = !DILocation(line: 12, column: 54, scope: !144, inlinedAt: !418)
!426 = !DILocation(line: 13, column: 15, scope: !136, inlinedAt: !418)
!427 = !DILocation(line: 13, column: 5, scope: !136, inlinedAt: !418)
!428 = !DILocation(line: 13, column: 20, scope: !136, inlinedAt: !418)
!429 = !DILocation(line: 40, column: 37, scope: !181, inlinedAt: !187)
!430 = !DILocation(line: 0, scope: !136, inlinedAt: !431)
!431 = distinct !DILocation(line: 42, column: 18, scope: !181, inlinedAt: !187)
!432 = !DILocation(line: 12, column: 12, scope: !144, inlinedAt: !431)
!433 = !DILocation(line: 12, column: 16, scope: !144, inlinedAt: !431)
!434 = !DILocation(line: 12, column: 20, scope: !144, inlinedAt: !431)
!435 = !DILocation(line: 12, column: 9, scope: !136, inlinedAt: !431)
!436 = !DILocation(line: 12, column: 50, scope: !144, inlinedAt: !431)
!437 = !DILocation(line: 12, column: 37, scope: !144, inlinedAt: !431)
!438 = !DILocation(line: 12, column: 54, scope: !144, inlinedAt: !431)
!439 = !DILocation(line: 13, column: 15, scope: !136, inlinedAt: !431)
!440 = !DILocation(line: 13, column: 5, scope: !136, inlinedAt: !431)
!441 = !DILocation(line: 13, column: 20, scope: !136, inlinedAt: !431)
!442 = !DILocation(line: 42, column: 36, scope: !181, inlinedAt: !187)
!443 = !DILocation(line: 27, column: 36, scope: !183, inlinedAt: !187)
!444 = !DILocation(line: 27, column: 5, scope: !183, inlinedAt: !187)
!445 = distinct !{!445, !192, !446, !258, !259}
!446 = !DILocation(line: 44, column: 5, scope: !178, inlinedAt: !187)
!447 = !DILocation(line: 56, column: 5, scope: !95)
!448 = !DILocation(line: 58, column: 1, scope: !95)
!449 = !DILocation(line: 57, column: 5, scope: !95)
!450 = !DILocation(line: 0, scope: !136, inlinedAt: !451)
!451 = distinct !DILocation(line: 50, column: 42, scope: !133)
!452 = !DILocation(line: 12, column: 12, scope: !144, inlinedAt: !451)
!453 = !DILocation(line: 12, column: 16, scope: !144, inlinedAt: !451)
!454 = !DILocation(line: 12, column: 20, scope: !144, inlinedAt: !451)
!455 = !DILocation(line: 12, column: 9, scope: !136, inlinedAt: !451)
!456 = !DILocation(line: 12, column: 50, scope: !144, inlinedAt: !451)
!457 = !DILocation(line: 12, column: 37, scope: !144, inlinedAt: !451)
!458 = !DILocation(line: 12, column: 54, scope: !144, inlinedAt: !451)
!459 = !DILocation(line: 13, column: 15, scope: !136, inlinedAt: !451)
!460 = !DILocation(line: 13, column: 5, scope: !136, inlinedAt: !451)
!461 = !DILocation(line: 13, column: 20, scope: !136, inlinedAt: !451)
!462 = !DILocation(line: 50, column: 38, scope: !133)
!463 = distinct !{!463, !134, !464, !258, !259}
!464 = !DILocation(line: 50, column: 56, scope: !104)
!465 = !DISubprogram(name: "puts", scope: !466, file: !466, line: 661, type: !467, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !469)
!466 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!467 = !DISubroutineType(types: !468)
!468 = !{!58, !72}
!469 = !{}
!470 = !DISubprogram(name: "printf", scope: !466, file: !466, line: 356, type: !471, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !469)
!471 = !DISubroutineType(types: !472)
!472 = !{!58, !473, null}
!473 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !72)
