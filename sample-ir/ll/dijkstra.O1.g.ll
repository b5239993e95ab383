; ModuleID = 'c/dijkstra.c'
source_filename = "c/dijkstra.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.edge = type { i32, i32, i32 }
%struct.heap_item = type { i32, i32 }

@.str = private unnamed_addr constant [40 x i8] c"dijkstra n=%d m=%d dist[last]=%d ok=%d\0A\00", align 1, !dbg !0

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 !dbg !10 {
  %1 = alloca [200 x i32], align 16
  call void @llvm.dbg.value(metadata i32 200, metadata !15, metadata !DIExpression(DW_OP_LLVM_fragment, 0, 32)), !dbg !64
  call void @llvm.dbg.value(metadata i32 0, metadata !15, metadata !DIExpression(DW_OP_LLVM_fragment, 32, 32)), !dbg !64
  %2 = tail call noalias dereferenceable_or_null(800) ptr @malloc(i64 noundef 800) #8, !dbg !65
  call void @llvm.dbg.value(metadata ptr %2, metadata !15, metadata !DIExpression(DW_OP_LLVM_fragment, 64, 64)), !dbg !64
  %3 = tail call noalias dereferenceable_or_null(14400) ptr @malloc(i64 noundef 14400) #8, !dbg !66
  call void @llvm.dbg.value(metadata ptr %3, metadata !15, metadata !DIExpression(DW_OP_LLVM_fragment, 128, 64)), !dbg !64
  call void @llvm.dbg.value(metadata i32 0, metadata !29, metadata !DIExpression()), !dbg !67
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(800) %2, i8 -1, i64 800, i1 false), !dbg !68, !tbaa !70
  call void @llvm.dbg.value(metadata i64 poison, metadata !29, metadata !DIExpression()), !dbg !67
  br label %4, !dbg !74

4:                                                ; preds = %0, %4
  %5 = phi i64 [ 0, %0 ], [ %6, %4 ]
  call void @llvm.dbg.value(metadata i64 %5, metadata !31, metadata !DIExpression()), !dbg !75
  call void @llvm.dbg.value(metadata i64 %5, metadata !15, metadata !DIExpression(DW_OP_LLVM_fragment, 32, 32)), !dbg !64
  %6 = add nuw nsw i64 %5, 1, !dbg !76
  call void @llvm.dbg.value(metadata ptr undef, metadata !82, metadata !DIExpression()), !dbg !88
  call void @llvm.dbg.value(metadata i64 %5, metadata !83, metadata !DIExpression()), !dbg !88
  call void @llvm.dbg.value(metadata i64 %6, metadata !84, metadata !DIExpression()), !dbg !88
  call void @llvm.dbg.value(metadata i32 10, metadata !85, metadata !DIExpression()), !dbg !88
  %7 = getelementptr inbounds %struct.edge, ptr %3, i64 %5, !dbg !89
  %8 = getelementptr inbounds i32, ptr %2, i64 %5, !dbg !90
  %9 = load i32, ptr %8, align 4, !dbg !90, !tbaa !70
  %10 = trunc i64 %6 to i32, !dbg !91
  store i32 %10, ptr %7, align 4, !dbg !91, !tbaa.struct !92
  %11 = getelementptr inbounds i8, ptr %7, i64 4, !dbg !91
  store i32 10, ptr %11, align 4, !dbg !91, !tbaa.struct !93
  %12 = getelementptr inbounds i8, ptr %7, i64 8, !dbg !91
  store i32 %9, ptr %12, align 4, !dbg !91, !tbaa.struct !94
  call void @llvm.dbg.value(metadata i64 %6, metadata !15, metadata !DIExpression(DW_OP_LLVM_fragment, 32, 32)), !dbg !64
  %13 = trunc i64 %5 to i32, !dbg !95
  store i32 %13, ptr %8, align 4, !dbg !95, !tbaa !70
  call void @llvm.dbg.value(metadata i64 %6, metadata !31, metadata !DIExpression()), !dbg !75
  %14 = icmp eq i64 %6, 199, !dbg !96
  br i1 %14, label %122, label %4, !dbg !74, !llvm.loop !97

15:                                               ; preds = %122
  call void @llvm.lifetime.start.p0(i64 800, ptr nonnull %1) #9, !dbg !101
  call void @llvm.dbg.declare(metadata ptr %1, metadata !39, metadata !DIExpression()), !dbg !102
  call void @llvm.dbg.value(metadata ptr undef, metadata !103, metadata !DIExpression()), !dbg !128
  call void @llvm.dbg.value(metadata i32 0, metadata !110, metadata !DIExpression()), !dbg !128
  call void @llvm.dbg.value(metadata ptr %1, metadata !111, metadata !DIExpression()), !dbg !128
  %16 = tail call noalias dereferenceable_or_null(9608) ptr @malloc(i64 noundef 9608) #8, !dbg !130
  call void @llvm.dbg.value(metadata ptr %16, metadata !112, metadata !DIExpression()), !dbg !128
  call void @llvm.dbg.value(metadata i32 0, metadata !118, metadata !DIExpression()), !dbg !128
  call void @llvm.dbg.value(metadata i32 0, metadata !119, metadata !DIExpression()), !dbg !131
  br label %19, !dbg !132

17:                                               ; preds = %19
  store i32 0, ptr %1, align 16, !dbg !133, !tbaa !70
  call void @llvm.dbg.value(metadata i32 0, metadata !134, metadata !DIExpression(DW_OP_LLVM_fragment, 0, 32)), !dbg !142
  call void @llvm.dbg.value(metadata i64 0, metadata !134, metadata !DIExpression(DW_OP_constu, 32, DW_OP_shr, DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_stack_value, DW_OP_LLVM_fragment, 32, 32)), !dbg !142
  call void @llvm.dbg.value(metadata ptr %16, metadata !139, metadata !DIExpression()), !dbg !142
  call void @llvm.dbg.value(metadata ptr undef, metadata !140, metadata !DIExpression()), !dbg !142
  call void @llvm.dbg.value(metadata i32 0, metadata !141, metadata !DIExpression()), !dbg !142
  call void @llvm.dbg.value(metadata i64 0, metadata !134, metadata !DIExpression(DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_stack_value, DW_OP_LLVM_fragment, 32, 32)), !dbg !142
  call void @llvm.dbg.value(metadata i32 0, metadata !134, metadata !DIExpression(DW_OP_LLVM_fragment, 32, 32)), !dbg !142
  store i32 0, ptr %16, align 4, !dbg !144, !tbaa.struct !93
  %18 = getelementptr inbounds i8, ptr %16, i64 4, !dbg !144
  store i32 0, ptr %18, align 4, !dbg !144, !tbaa.struct !94
  call void @llvm.dbg.value(metadata i32 1, metadata !118, metadata !DIExpression()), !dbg !128
  br label %24, !dbg !145

19:                                               ; preds = %15, %19
  %20 = phi i64 [ %22, %19 ], [ 0, %15 ]
  call void @llvm.dbg.value(metadata i64 %20, metadata !119, metadata !DIExpression()), !dbg !131
  %21 = getelementptr inbounds i32, ptr %1, i64 %20, !dbg !146
  store i32 2147483647, ptr %21, align 4, !dbg !148, !tbaa !70
  %22 = add nuw nsw i64 %20, 1, !dbg !149
  call void @llvm.dbg.value(metadata i64 %22, metadata !119, metadata !DIExpression()), !dbg !131
  %23 = icmp eq i64 %22, 200, !dbg !150
  br i1 %23, label %17, label %19, !dbg !132, !llvm.loop !151

24:                                               ; preds = %115, %17
  %25 = phi i32 [ 1, %17 ], [ %116, %115 ]
  call void @llvm.dbg.value(metadata i32 %25, metadata !118, metadata !DIExpression()), !dbg !128
  call void @llvm.dbg.value(metadata ptr %16, metadata !153, metadata !DIExpression()), !dbg !166
  call void @llvm.dbg.value(metadata ptr undef, metadata !158, metadata !DIExpression()), !dbg !166
  %26 = load i64, ptr %16, align 4, !dbg !168, !tbaa.struct !93
  call void @llvm.dbg.value(metadata i64 %26, metadata !159, metadata !DIExpression()), !dbg !166
  %27 = add nsw i32 %25, -1, !dbg !169
  %28 = sext i32 %27 to i64, !dbg !170
  %29 = getelementptr inbounds %struct.heap_item, ptr %16, i64 %28, !dbg !170
  %30 = load i32, ptr %29, align 4, !dbg !170, !tbaa.struct !93
  call void @llvm.dbg.value(metadata i32 %30, metadata !160, metadata !DIExpression(DW_OP_LLVM_fragment, 0, 32)), !dbg !166
  %31 = getelementptr inbounds i8, ptr %29, i64 4, !dbg !170
  %32 = load i32, ptr %31, align 4, !dbg !170, !tbaa.struct !94
  call void @llvm.dbg.value(metadata i32 %32, metadata !160, metadata !DIExpression(DW_OP_LLVM_fragment, 32, 32)), !dbg !166
  call void @llvm.dbg.value(metadata i32 0, metadata !161, metadata !DIExpression()), !dbg !166
  br label %33, !dbg !171

33:                                               ; preds = %60, %24
  %34 = phi i32 [ 0, %24 ], [ %61, %60 ], !dbg !172
  call void @llvm.dbg.value(metadata i32 %34, metadata !161, metadata !DIExpression()), !dbg !166
  %35 = shl nsw i32 %34, 1, !dbg !173
  %36 = or i32 %35, 1, !dbg !174
  call void @llvm.dbg.value(metadata i32 %36, metadata !162, metadata !DIExpression()), !dbg !175
  %37 = icmp slt i32 %36, %27, !dbg !176
  br i1 %37, label %38, label %60, !dbg !178

38:                                               ; preds = %33
  %39 = add i32 %35, 2, !dbg !179
  %40 = icmp slt i32 %39, %27, !dbg !181
  br i1 %40, label %41, label %50, !dbg !182

41:                                               ; preds = %38
  %42 = sext i32 %39 to i64, !dbg !183
  %43 = getelementptr inbounds %struct.heap_item, ptr %16, i64 %42, !dbg !183
  %44 = load i32, ptr %43, align 4, !dbg !184, !tbaa !185
  %45 = sext i32 %36 to i64, !dbg !187
  %46 = getelementptr inbounds %struct.heap_item, ptr %16, i64 %45, !dbg !187
  %47 = load i32, ptr %46, align 4, !dbg !188, !tbaa !185
  %48 = icmp slt i32 %44, %47, !dbg !189
  %49 = select i1 %48, i32 %39, i32 %36, !dbg !190
  br label %50, !dbg !190

50:                                               ; preds = %41, %38
  %51 = phi i32 [ %36, %38 ], [ %49, %41 ], !dbg !175
  call void @llvm.dbg.value(metadata i32 %51, metadata !162, metadata !DIExpression()), !dbg !175
  %52 = sext i32 %51 to i64, !dbg !191
  %53 = getelementptr inbounds %struct.heap_item, ptr %16, i64 %52, !dbg !191
  %54 = load i32, ptr %53, align 4, !dbg !193, !tbaa !185
  %55 = icmp slt i32 %54, %30, !dbg !194
  br i1 %55, label %56, label %60, !dbg !195

56:                                               ; preds = %50
  %57 = sext i32 %34 to i64, !dbg !196
  %58 = getelementptr inbounds %struct.heap_item, ptr %16, i64 %57, !dbg !196
  %59 = load i64, ptr %53, align 4, !dbg !197
  store i64 %59, ptr %58, align 4, !dbg !197
  call void @llvm.dbg.value(metadata i32 %51, metadata !161, metadata !DIExpression()), !dbg !166
  br label %60, !dbg !198

60:                                               ; preds = %56, %50, %33
  %61 = phi i32 [ %51, %56 ], [ %34, %33 ], [ %34, %50 ], !dbg !166
  %62 = phi i1 [ true, %56 ], [ false, %33 ], [ false, %50 ]
  call void @llvm.dbg.value(metadata i32 %61, metadata !161, metadata !DIExpression()), !dbg !166
  br i1 %62, label %33, label %63

63:                                               ; preds = %60
  %64 = sext i32 %61 to i64, !dbg !199
  %65 = getelementptr inbounds %struct.heap_item, ptr %16, i64 %64, !dbg !199
  store i32 %30, ptr %65, align 4, !dbg !200, !tbaa.struct !93
  %66 = getelementptr inbounds i8, ptr %65, i64 4, !dbg !200
  store i32 %32, ptr %66, align 4, !dbg !200, !tbaa.struct !94
  %67 = trunc i64 %26 to i32, !dbg !201
  call void @llvm.dbg.value(metadata i32 %67, metadata !121, metadata !DIExpression(DW_OP_LLVM_fragment, 0, 32)), !dbg !202
  call void @llvm.dbg.value(metadata i64 %26, metadata !121, metadata !DIExpression(DW_OP_constu, 32, DW_OP_shr, DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_stack_value, DW_OP_LLVM_fragment, 32, 32)), !dbg !202
  %68 = ashr i64 %26, 32, !dbg !203
  %69 = getelementptr inbounds i32, ptr %1, i64 %68, !dbg !203
  %70 = load i32, ptr %69, align 4, !dbg !203, !tbaa !70
  %71 = icmp slt i32 %70, %67, !dbg !205
  br i1 %71, label %115, label %72, !dbg !206, !llvm.loop !207

72:                                               ; preds = %63
  %73 = getelementptr inbounds i32, ptr %2, i64 %68, !dbg !209
  call void @llvm.dbg.value(metadata i32 poison, metadata !123, metadata !DIExpression()), !dbg !210
  %74 = load i32, ptr %73, align 4, !dbg !211, !tbaa !70
  call void @llvm.dbg.value(metadata i32 %74, metadata !123, metadata !DIExpression()), !dbg !210
  %75 = icmp sgt i32 %74, -1, !dbg !212
  br i1 %75, label %76, label %115, !dbg !213

76:                                               ; preds = %72, %110
  %77 = phi i32 [ %113, %110 ], [ %74, %72 ]
  %78 = phi i32 [ %111, %110 ], [ %27, %72 ]
  %79 = zext i32 %77 to i64
  %80 = getelementptr inbounds %struct.edge, ptr %3, i64 %79, !dbg !214
  %81 = getelementptr inbounds %struct.edge, ptr %3, i64 %79, i32 1, !dbg !215
  %82 = load i32, ptr %81, align 4, !dbg !215, !tbaa !216
  %83 = add nsw i32 %82, %67, !dbg !218
  call void @llvm.dbg.value(metadata i32 %83, metadata !125, metadata !DIExpression()), !dbg !219
  %84 = load i32, ptr %80, align 4, !dbg !220, !tbaa !222
  %85 = sext i32 %84 to i64, !dbg !223
  %86 = getelementptr inbounds i32, ptr %1, i64 %85, !dbg !223
  %87 = load i32, ptr %86, align 4, !dbg !223, !tbaa !70
  %88 = icmp slt i32 %83, %87, !dbg !224
  br i1 %88, label %89, label %110, !dbg !225

89:                                               ; preds = %76
  store i32 %83, ptr %86, align 4, !dbg !226, !tbaa !70
  call void @llvm.dbg.value(metadata i32 %83, metadata !134, metadata !DIExpression(DW_OP_LLVM_fragment, 0, 32)), !dbg !228
  call void @llvm.dbg.value(metadata !DIArgList(i64 0, i32 %83), metadata !134, metadata !DIExpression(DW_OP_LLVM_arg, 0, DW_OP_LLVM_arg, 1, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_or, DW_OP_constu, 32, DW_OP_shr, DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_stack_value, DW_OP_LLVM_fragment, 32, 32)), !dbg !228
  call void @llvm.dbg.value(metadata ptr %16, metadata !139, metadata !DIExpression()), !dbg !228
  call void @llvm.dbg.value(metadata ptr undef, metadata !140, metadata !DIExpression()), !dbg !228
  %90 = add nsw i32 %78, 1, !dbg !230
  call void @llvm.dbg.value(metadata i32 %78, metadata !141, metadata !DIExpression()), !dbg !228
  %91 = icmp sgt i32 %78, 0, !dbg !231
  br i1 %91, label %92, label %105, !dbg !232

92:                                               ; preds = %89, %100
  %93 = phi i32 [ %95, %100 ], [ %78, %89 ]
  call void @llvm.dbg.value(metadata i32 %93, metadata !141, metadata !DIExpression()), !dbg !228
  %94 = add nsw i32 %93, -1, !dbg !233
  %95 = lshr i32 %94, 1
  %96 = zext i32 %95 to i64, !dbg !234
  %97 = getelementptr inbounds %struct.heap_item, ptr %16, i64 %96, !dbg !234
  %98 = load i32, ptr %97, align 4, !dbg !235, !tbaa !185
  %99 = icmp sgt i32 %98, %83, !dbg !236
  br i1 %99, label %100, label %105, !dbg !237

100:                                              ; preds = %92
  %101 = zext i32 %93 to i64
  %102 = getelementptr inbounds %struct.heap_item, ptr %16, i64 %101, !dbg !238
  %103 = load i64, ptr %97, align 4, !dbg !240
  store i64 %103, ptr %102, align 4, !dbg !240
  call void @llvm.dbg.value(metadata i32 %95, metadata !141, metadata !DIExpression()), !dbg !228
  %104 = icmp ult i32 %94, 2, !dbg !231
  br i1 %104, label %105, label %92, !dbg !232, !llvm.loop !241

105:                                              ; preds = %100, %92, %89
  %106 = phi i32 [ %78, %89 ], [ %93, %92 ], [ %95, %100 ], !dbg !228
  call void @llvm.dbg.value(metadata i32 undef, metadata !134, metadata !DIExpression(DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_stack_value, DW_OP_LLVM_fragment, 32, 32)), !dbg !228
  call void @llvm.dbg.value(metadata i32 poison, metadata !134, metadata !DIExpression(DW_OP_LLVM_fragment, 32, 32)), !dbg !228
  %107 = sext i32 %106 to i64, !dbg !243
  %108 = getelementptr inbounds %struct.heap_item, ptr %16, i64 %107, !dbg !243
  store i32 %83, ptr %108, align 4, !dbg !244, !tbaa.struct !93
  %109 = getelementptr inbounds i8, ptr %108, i64 4, !dbg !244
  store i32 %84, ptr %109, align 4, !dbg !244, !tbaa.struct !94
  br label %110, !dbg !245

110:                                              ; preds = %105, %76
  %111 = phi i32 [ %90, %105 ], [ %78, %76 ], !dbg !202
  %112 = getelementptr inbounds %struct.edge, ptr %3, i64 %79, i32 2, !dbg !246
  call void @llvm.dbg.value(metadata i32 poison, metadata !123, metadata !DIExpression()), !dbg !210
  %113 = load i32, ptr %112, align 4, !dbg !211, !tbaa !70
  call void @llvm.dbg.value(metadata i32 %113, metadata !123, metadata !DIExpression()), !dbg !210
  %114 = icmp sgt i32 %113, -1, !dbg !212
  br i1 %114, label %76, label %115, !dbg !213, !llvm.loop !247

115:                                              ; preds = %110, %72, %63
  %116 = phi i32 [ %27, %63 ], [ %27, %72 ], [ %111, %110 ], !dbg !169
  call void @llvm.dbg.value(metadata i32 %116, metadata !118, metadata !DIExpression()), !dbg !128
  %117 = icmp sgt i32 %116, 0, !dbg !249
  br i1 %117, label %24, label %118, !dbg !145

118:                                              ; preds = %115
  tail call void @free(ptr noundef %16) #9, !dbg !250
  %119 = load i32, ptr %1, align 16, !dbg !251, !tbaa !70
  %120 = icmp eq i32 %119, 0, !dbg !252
  %121 = zext i1 %120 to i32, !dbg !252
  call void @llvm.dbg.value(metadata i32 %121, metadata !43, metadata !DIExpression()), !dbg !64
  call void @llvm.dbg.value(metadata i32 0, metadata !44, metadata !DIExpression()), !dbg !253
  br label %151, !dbg !254

122:                                              ; preds = %4, %122
  %123 = phi i64 [ %139, %122 ], [ 199, %4 ]
  %124 = phi i32 [ %141, %122 ], [ 0, %4 ]
  call void @llvm.dbg.value(metadata i32 %124, metadata !33, metadata !DIExpression()), !dbg !255
  call void @llvm.dbg.value(metadata i64 %123, metadata !15, metadata !DIExpression(DW_OP_LLVM_fragment, 32, 32)), !dbg !64
  %125 = mul nuw nsw i32 %124, 37, !dbg !256
  %126 = urem i32 %125, 200, !dbg !257
  call void @llvm.dbg.value(metadata i32 %126, metadata !35, metadata !DIExpression()), !dbg !258
  %127 = mul nuw nsw i32 %124, 91, !dbg !259
  %128 = add nuw nsw i32 %127, 13, !dbg !260
  %129 = urem i32 %128, 200, !dbg !261
  call void @llvm.dbg.value(metadata i32 %129, metadata !38, metadata !DIExpression()), !dbg !258
  %130 = mul nuw nsw i32 %124, 17, !dbg !262
  %131 = urem i32 %130, 50, !dbg !263
  %132 = add nuw nsw i32 %131, 1, !dbg !264
  call void @llvm.dbg.value(metadata ptr undef, metadata !82, metadata !DIExpression()), !dbg !265
  call void @llvm.dbg.value(metadata i32 %126, metadata !83, metadata !DIExpression()), !dbg !265
  call void @llvm.dbg.value(metadata i32 %129, metadata !84, metadata !DIExpression()), !dbg !265
  call void @llvm.dbg.value(metadata i32 %132, metadata !85, metadata !DIExpression()), !dbg !265
  %133 = getelementptr inbounds %struct.edge, ptr %3, i64 %123, !dbg !267
  %134 = zext i32 %126 to i64, !dbg !268
  %135 = getelementptr inbounds i32, ptr %2, i64 %134, !dbg !268
  %136 = load i32, ptr %135, align 4, !dbg !268, !tbaa !70
  store i32 %129, ptr %133, align 4, !dbg !269, !tbaa.struct !92
  %137 = getelementptr inbounds i8, ptr %133, i64 4, !dbg !269
  store i32 %132, ptr %137, align 4, !dbg !269, !tbaa.struct !93
  %138 = getelementptr inbounds i8, ptr %133, i64 8, !dbg !269
  store i32 %136, ptr %138, align 4, !dbg !269, !tbaa.struct !94
  %139 = add nuw nsw i64 %123, 1, !dbg !270
  call void @llvm.dbg.value(metadata i64 %139, metadata !15, metadata !DIExpression(DW_OP_LLVM_fragment, 32, 32)), !dbg !64
  %140 = trunc i64 %123 to i32, !dbg !271
  store i32 %140, ptr %135, align 4, !dbg !271, !tbaa !70
  %141 = add nuw nsw i32 %124, 1, !dbg !272
  call void @llvm.dbg.value(metadata i32 %141, metadata !33, metadata !DIExpression()), !dbg !255
  %142 = icmp eq i32 %141, 1001, !dbg !273
  br i1 %142, label %15, label %122, !dbg !274, !llvm.loop !275

143:                                              ; preds = %161
  %144 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 199, !dbg !277
  %145 = load i32, ptr %144, align 4, !dbg !277, !tbaa !70
  %146 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 200, i32 noundef 1200, i32 noundef %145, i32 noundef %162), !dbg !278
  tail call void @free(ptr noundef %2) #9, !dbg !279
  tail call void @free(ptr noundef %3) #9, !dbg !280
  %147 = icmp eq i32 %162, 0, !dbg !281
  %148 = icmp sgt i32 %145, 1990, !dbg !282
  %149 = or i1 %147, %148, !dbg !281
  %150 = zext i1 %149 to i32, !dbg !281
  call void @llvm.lifetime.end.p0(i64 800, ptr nonnull %1) #9, !dbg !283
  ret i32 %150, !dbg !283

151:                                              ; preds = %118, %161
  %152 = phi i64 [ 0, %118 ], [ %163, %161 ]
  %153 = phi i32 [ %121, %118 ], [ %162, %161 ]
  call void @llvm.dbg.value(metadata i64 %152, metadata !44, metadata !DIExpression()), !dbg !253
  call void @llvm.dbg.value(metadata i32 %153, metadata !43, metadata !DIExpression()), !dbg !64
  %154 = getelementptr inbounds i32, ptr %2, i64 %152, !dbg !284
  call void @llvm.dbg.value(metadata i32 poison, metadata !46, metadata !DIExpression()), !dbg !285
  %155 = load i32, ptr %154, align 4, !dbg !286, !tbaa !70
  call void @llvm.dbg.value(metadata i32 %155, metadata !46, metadata !DIExpression()), !dbg !285
  call void @llvm.dbg.value(metadata i32 %153, metadata !43, metadata !DIExpression()), !dbg !64
  %156 = icmp sgt i32 %155, -1, !dbg !287
  br i1 %156, label %157, label %161, !dbg !289

157:                                              ; preds = %151
  %158 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 %152
  %159 = load i32, ptr %158, align 4, !tbaa !70
  %160 = icmp eq i32 %159, 2147483647
  br label %165, !dbg !289

161:                                              ; preds = %180, %151
  %162 = phi i32 [ %153, %151 ], [ %181, %180 ], !dbg !64
  %163 = add nuw nsw i64 %152, 1, !dbg !290
  call void @llvm.dbg.value(metadata i64 %163, metadata !44, metadata !DIExpression()), !dbg !253
  call void @llvm.dbg.value(metadata i32 %162, metadata !43, metadata !DIExpression()), !dbg !64
  %164 = icmp eq i64 %163, 200, !dbg !291
  br i1 %164, label %143, label %151, !dbg !254, !llvm.loop !292

165:                                              ; preds = %157, %180
  %166 = phi i32 [ %155, %157 ], [ %184, %180 ]
  %167 = phi i32 [ %153, %157 ], [ %181, %180 ]
  call void @llvm.dbg.value(metadata i32 %167, metadata !43, metadata !DIExpression()), !dbg !64
  br i1 %160, label %180, label %168, !dbg !294

168:                                              ; preds = %165
  %169 = zext i32 %166 to i64
  %170 = getelementptr inbounds %struct.edge, ptr %3, i64 %169, !dbg !296
  %171 = load i32, ptr %170, align 4, !dbg !297, !tbaa !222
  %172 = sext i32 %171 to i64, !dbg !298
  %173 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 %172, !dbg !298
  %174 = load i32, ptr %173, align 4, !dbg !298, !tbaa !70
  %175 = getelementptr inbounds %struct.edge, ptr %3, i64 %169, i32 1, !dbg !299
  %176 = load i32, ptr %175, align 4, !dbg !299, !tbaa !216
  %177 = add nsw i32 %176, %159, !dbg !300
  %178 = icmp sgt i32 %174, %177, !dbg !301
  %179 = select i1 %178, i32 0, i32 %167, !dbg !302
  br label %180, !dbg !302

180:                                              ; preds = %168, %165
  %181 = phi i32 [ %167, %165 ], [ %179, %168 ], !dbg !64
  call void @llvm.dbg.value(metadata i32 %181, metadata !43, metadata !DIExpression()), !dbg !64
  %182 = zext i32 %166 to i64
  %183 = getelementptr inbounds %struct.edge, ptr %3, i64 %182, i32 2, !dbg !303
  call void @llvm.dbg.value(metadata i32 poison, metadata !46, metadata !DIExpression()), !dbg !285
  %184 = load i32, ptr %183, align 4, !dbg !286, !tbaa !70
  call void @llvm.dbg.value(metadata i32 %184, metadata !46, metadata !DIExpression()), !dbg !285
  %185 = icmp sgt i32 %184, -1, !dbg !287
  br i1 %185, label %165, label %161, !dbg !289, !llvm.loop !304
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.declare(metadata, metadata, metadata) #2

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare !dbg !306 noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare !dbg !312 noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #4

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare !dbg !319 void @free(ptr allocptr nocapture noundef) local_unnamed_addr #5

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #6

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #7

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #7 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #8 = { nounwind allocsize(0) }
attributes #9 = { nounwind }

!llvm.dbg.cu = !{!7}
!llvm.module.flags = !{!58, !59, !60, !61, !62, !63}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 80, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "c/dijkstra.c", directory: ".", checksumkind: CSK_MD5, checksum: "8a6173f16f47c53cb2ee92c737d66b58")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 320, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 40)
!7 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !8, retainedTypes: !53, globals: !57, splitDebugInlining: false, nameTableKind: None)
!8 = !{!9}
!9 = !DICompositeType(tag: DW_TAG_enumeration_type, scope: !10, file: !2, line: 65, baseType: !49, size: 32, elements: !50)
!10 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 64, type: !11, scopeLine: 64, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !14)
!11 = !DISubroutineType(types: !12)
!12 = !{!13}
!13 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!14 = !{!15, !29, !31, !33, !35, !38, !39, !43, !44, !46}
!15 = !DILocalVariable(name: "g", scope: !10, file: !2, line: 66, type: !16)
!16 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "graph", file: !2, line: 9, size: 192, elements: !17)
!17 = !{!18, !19, !20, !22}
!18 = !DIDerivedType(tag: DW_TAG_member, name: "n", scope: !16, file: !2, line: 10, baseType: !13, size: 32)
!19 = !DIDerivedType(tag: DW_TAG_member, name: "m", scope: !16, file: !2, line: 10, baseType: !13, size: 32, offset: 32)
!20 = !DIDerivedType(tag: DW_TAG_member, name: "head", scope: !16, file: !2, line: 11, baseType: !21, size: 64, offset: 64)
!21 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !13, size: 64)
!22 = !DIDerivedType(tag: DW_TAG_member, name: "edges", scope: !16, file: !2, line: 12, baseType: !23, size: 64, offset: 128)
!23 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !24, size: 64)
!24 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "edge", file: !2, line: 6, size: 96, elements: !25)
!25 = !{!26, !27, !28}
!26 = !DIDerivedType(tag: DW_TAG_member, name: "to", scope: !24, file: !2, line: 6, baseType: !13, size: 32)
!27 = !DIDerivedType(tag: DW_TAG_member, name: "weight", scope: !24, file: !2, line: 6, baseType: !13, size: 32, offset: 32)
!28 = !DIDerivedType(tag: DW_TAG_member, name: "next", scope: !24, file: !2, line: 6, baseType: !13, size: 32, offset: 64)
!29 = !DILocalVariable(name: "v", scope: !30, file: !2, line: 67, type: !13)
!30 = distinct !DILexicalBlock(scope: !10, file: !2, line: 67, column: 5)
!31 = !DILocalVariable(name: "v", scope: !32, file: !2, line: 68, type: !13)
!32 = distinct !DILexicalBlock(scope: !10, file: !2, line: 68, column: 5)
!33 = !DILocalVariable(name: "i", scope: !34, file: !2, line: 69, type: !13)
!34 = distinct !DILexicalBlock(scope: !10, file: !2, line: 69, column: 5)
!35 = !DILocalVariable(name: "a", scope: !36, file: !2, line: 70, type: !13)
!36 = distinct !DILexicalBlock(scope: !37, file: !2, line: 69, column: 35)
!37 = distinct !DILexicalBlock(scope: !34, file: !2, line: 69, column: 5)
!38 = !DILocalVariable(name: "b", scope: !36, file: !2, line: 70, type: !13)
!39 = !DILocalVariable(name: "dist", scope: !10, file: !2, line: 73, type: !40)
!40 = !DICompositeType(tag: DW_TAG_array_type, baseType: !13, size: 6400, elements: !41)
!41 = !{!42}
!42 = !DISubrange(count: 200)
!43 = !DILocalVariable(name: "ok", scope: !10, file: !2, line: 76, type: !13)
!44 = !DILocalVariable(name: "v", scope: !45, file: !2, line: 77, type: !13)
!45 = distinct !DILexicalBlock(scope: !10, file: !2, line: 77, column: 5)
!46 = !DILocalVariable(name: "e", scope: !47, file: !2, line: 78, type: !13)
!47 = distinct !DILexicalBlock(scope: !48, file: !2, line: 78, column: 9)
!48 = distinct !DILexicalBlock(scope: !45, file: !2, line: 77, column: 5)
!49 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!50 = !{!51, !52}
!51 = !DIEnumerator(name: "N", value: 200)
!52 = !DIEnumerator(name: "M", value: 1200)
!53 = !{!54}
!54 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !55, line: 46, baseType: !56)
!55 = !DIFile(filename: "/usr/lib/llvm-16/lib/clang/16/include/stddef.h", directory: "", checksumkind: CSK_MD5, checksum: "f95079da609b0e8f201cb8136304bf3b")
!56 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!57 = !{!0}
!58 = !{i32 7, !"Dwarf Version", i32 5}
!59 = !{i32 2, !"Debug Info Version", i32 3}
!60 = !{i32 1, !"wchar_size", i32 4}
!61 = !{i32 8, !"PIC Level", i32 2}
!62 = !{i32 7, !"PIE Level", i32 2}
!63 = !{i32 7, !"uwtable", i32 2}
!64 = !DILocation(line: 0, scope: !10)
!65 = !DILocation(line: 66, column: 29, scope: !10)
!66 = !DILocation(line: 66, column: 54, scope: !10)
!67 = !DILocation(line: 0, scope: !30)
!68 = !DILocation(line: 67, column: 43, scope: !69)
!69 = distinct !DILexicalBlock(scope: !30, file: !2, line: 67, column: 5)
!70 = !{!71, !71, i64 0}
!71 = !{!"int", !72, i64 0}
!72 = !{!"omnipotent char", !73, i64 0}
!73 = !{!"Simple C/C++ TBAA"}
!74 = !DILocation(line: 68, column: 5, scope: !32)
!75 = !DILocation(line: 0, scope: !32)
!76 = !DILocation(line: 17, column: 25, scope: !77, inlinedAt: !86)
!77 = distinct !DISubprogram(name: "add_edge", scope: !2, file: !2, line: 15, type: !78, scopeLine: 15, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !81)
!78 = !DISubroutineType(types: !79)
!79 = !{null, !80, !13, !13, !13}
!80 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !16, size: 64)
!81 = !{!82, !83, !84, !85}
!82 = !DILocalVariable(name: "g", arg: 1, scope: !77, file: !2, line: 15, type: !80)
!83 = !DILocalVariable(name: "from", arg: 2, scope: !77, file: !2, line: 15, type: !13)
!84 = !DILocalVariable(name: "to", arg: 3, scope: !77, file: !2, line: 15, type: !13)
!85 = !DILocalVariable(name: "w", arg: 4, scope: !77, file: !2, line: 15, type: !13)
!86 = distinct !DILocation(line: 68, column: 37, scope: !87)
!87 = distinct !DILexicalBlock(scope: !32, file: !2, line: 68, column: 5)
!88 = !DILocation(line: 0, scope: !77, inlinedAt: !86)
!89 = !DILocation(line: 16, column: 5, scope: !77, inlinedAt: !86)
!90 = !DILocation(line: 16, column: 43, scope: !77, inlinedAt: !86)
!91 = !DILocation(line: 16, column: 22, scope: !77, inlinedAt: !86)
!92 = !{i64 0, i64 4, !70, i64 4, i64 4, !70, i64 8, i64 4, !70}
!93 = !{i64 0, i64 4, !70, i64 4, i64 4, !70}
!94 = !{i64 0, i64 4, !70}
!95 = !DILocation(line: 17, column: 19, scope: !77, inlinedAt: !86)
!96 = !DILocation(line: 68, column: 27, scope: !87)
!97 = distinct !{!97, !74, !98, !99, !100}
!98 = !DILocation(line: 68, column: 62, scope: !32)
!99 = !{!"llvm.loop.mustprogress"}
!100 = !{!"llvm.loop.unroll.disable"}
!101 = !DILocation(line: 73, column: 5, scope: !10)
!102 = !DILocation(line: 73, column: 9, scope: !10)
!103 = !DILocalVariable(name: "g", arg: 1, scope: !104, file: !2, line: 44, type: !107)
!104 = distinct !DISubprogram(name: "dijkstra", scope: !2, file: !2, line: 44, type: !105, scopeLine: 44, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !109)
!105 = !DISubroutineType(types: !106)
!106 = !{null, !107, !13, !21}
!107 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !108, size: 64)
!108 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !16)
!109 = !{!103, !110, !111, !112, !118, !119, !121, !123, !125}
!110 = !DILocalVariable(name: "source", arg: 2, scope: !104, file: !2, line: 44, type: !13)
!111 = !DILocalVariable(name: "dist", arg: 3, scope: !104, file: !2, line: 44, type: !21)
!112 = !DILocalVariable(name: "heap", scope: !104, file: !2, line: 45, type: !113)
!113 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !114, size: 64)
!114 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "heap_item", file: !2, line: 7, size: 64, elements: !115)
!115 = !{!116, !117}
!116 = !DIDerivedType(tag: DW_TAG_member, name: "dist", scope: !114, file: !2, line: 7, baseType: !13, size: 32)
!117 = !DIDerivedType(tag: DW_TAG_member, name: "vertex", scope: !114, file: !2, line: 7, baseType: !13, size: 32, offset: 32)
!118 = !DILocalVariable(name: "size", scope: !104, file: !2, line: 46, type: !13)
!119 = !DILocalVariable(name: "v", scope: !120, file: !2, line: 47, type: !13)
!120 = distinct !DILexicalBlock(scope: !104, file: !2, line: 47, column: 5)
!121 = !DILocalVariable(name: "it", scope: !122, file: !2, line: 51, type: !114)
!122 = distinct !DILexicalBlock(scope: !104, file: !2, line: 50, column: 22)
!123 = !DILocalVariable(name: "e", scope: !124, file: !2, line: 53, type: !13)
!124 = distinct !DILexicalBlock(scope: !122, file: !2, line: 53, column: 9)
!125 = !DILocalVariable(name: "nd", scope: !126, file: !2, line: 54, type: !13)
!126 = distinct !DILexicalBlock(scope: !127, file: !2, line: 53, column: 72)
!127 = distinct !DILexicalBlock(scope: !124, file: !2, line: 53, column: 9)
!128 = !DILocation(line: 0, scope: !104, inlinedAt: !129)
!129 = distinct !DILocation(line: 74, column: 5, scope: !10)
!130 = !DILocation(line: 45, column: 30, scope: !104, inlinedAt: !129)
!131 = !DILocation(line: 0, scope: !120, inlinedAt: !129)
!132 = !DILocation(line: 47, column: 5, scope: !120, inlinedAt: !129)
!133 = !DILocation(line: 48, column: 18, scope: !104, inlinedAt: !129)
!134 = !DILocalVariable(name: "item", arg: 3, scope: !135, file: !2, line: 20, type: !114)
!135 = distinct !DISubprogram(name: "heap_push", scope: !2, file: !2, line: 20, type: !136, scopeLine: 20, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !138)
!136 = !DISubroutineType(types: !137)
!137 = !{null, !113, !21, !114}
!138 = !{!139, !140, !134, !141}
!139 = !DILocalVariable(name: "h", arg: 1, scope: !135, file: !2, line: 20, type: !113)
!140 = !DILocalVariable(name: "size", arg: 2, scope: !135, file: !2, line: 20, type: !21)
!141 = !DILocalVariable(name: "i", scope: !135, file: !2, line: 21, type: !13)
!142 = !DILocation(line: 0, scope: !135, inlinedAt: !143)
!143 = distinct !DILocation(line: 49, column: 5, scope: !104, inlinedAt: !129)
!144 = !DILocation(line: 26, column: 12, scope: !135, inlinedAt: !143)
!145 = !DILocation(line: 50, column: 5, scope: !104, inlinedAt: !129)
!146 = !DILocation(line: 47, column: 36, scope: !147, inlinedAt: !129)
!147 = distinct !DILexicalBlock(scope: !120, file: !2, line: 47, column: 5)
!148 = !DILocation(line: 47, column: 44, scope: !147, inlinedAt: !129)
!149 = !DILocation(line: 47, column: 32, scope: !147, inlinedAt: !129)
!150 = !DILocation(line: 47, column: 23, scope: !147, inlinedAt: !129)
!151 = distinct !{!151, !132, !152, !99, !100}
!152 = !DILocation(line: 47, column: 46, scope: !120, inlinedAt: !129)
!153 = !DILocalVariable(name: "h", arg: 1, scope: !154, file: !2, line: 29, type: !113)
!154 = distinct !DISubprogram(name: "heap_pop", scope: !2, file: !2, line: 29, type: !155, scopeLine: 29, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !7, retainedNodes: !157)
!155 = !DISubroutineType(types: !156)
!156 = !{!114, !113, !21}
!157 = !{!153, !158, !159, !160, !161, !162}
!158 = !DILocalVariable(name: "size", arg: 2, scope: !154, file: !2, line: 29, type: !21)
!159 = !DILocalVariable(name: "top", scope: !154, file: !2, line: 30, type: !114)
!160 = !DILocalVariable(name: "last", scope: !154, file: !2, line: 30, type: !114)
!161 = !DILocalVariable(name: "i", scope: !154, file: !2, line: 31, type: !13)
!162 = !DILocalVariable(name: "c", scope: !163, file: !2, line: 33, type: !13)
!163 = distinct !DILexicalBlock(scope: !164, file: !2, line: 32, column: 14)
!164 = distinct !DILexicalBlock(scope: !165, file: !2, line: 32, column: 5)
!165 = distinct !DILexicalBlock(scope: !154, file: !2, line: 32, column: 5)
!166 = !DILocation(line: 0, scope: !154, inlinedAt: !167)
!167 = distinct !DILocation(line: 51, column: 31, scope: !122, inlinedAt: !129)
!168 = !DILocation(line: 30, column: 28, scope: !154, inlinedAt: !167)
!169 = !DILocation(line: 30, column: 43, scope: !154, inlinedAt: !167)
!170 = !DILocation(line: 30, column: 41, scope: !154, inlinedAt: !167)
!171 = !DILocation(line: 32, column: 5, scope: !154, inlinedAt: !167)
!172 = !DILocation(line: 31, column: 9, scope: !154, inlinedAt: !167)
!173 = !DILocation(line: 33, column: 19, scope: !163, inlinedAt: !167)
!174 = !DILocation(line: 33, column: 23, scope: !163, inlinedAt: !167)
!175 = !DILocation(line: 0, scope: !163, inlinedAt: !167)
!176 = !DILocation(line: 34, column: 15, scope: !177, inlinedAt: !167)
!177 = distinct !DILexicalBlock(scope: !163, file: !2, line: 34, column: 13)
!178 = !DILocation(line: 34, column: 13, scope: !163, inlinedAt: !167)
!179 = !DILocation(line: 35, column: 15, scope: !180, inlinedAt: !167)
!180 = distinct !DILexicalBlock(scope: !163, file: !2, line: 35, column: 13)
!181 = !DILocation(line: 35, column: 19, scope: !180, inlinedAt: !167)
!182 = !DILocation(line: 35, column: 27, scope: !180, inlinedAt: !167)
!183 = !DILocation(line: 35, column: 30, scope: !180, inlinedAt: !167)
!184 = !DILocation(line: 35, column: 39, scope: !180, inlinedAt: !167)
!185 = !{!186, !71, i64 0}
!186 = !{!"heap_item", !71, i64 0, !71, i64 4}
!187 = !DILocation(line: 35, column: 46, scope: !180, inlinedAt: !167)
!188 = !DILocation(line: 35, column: 51, scope: !180, inlinedAt: !167)
!189 = !DILocation(line: 35, column: 44, scope: !180, inlinedAt: !167)
!190 = !DILocation(line: 35, column: 13, scope: !163, inlinedAt: !167)
!191 = !DILocation(line: 36, column: 13, scope: !192, inlinedAt: !167)
!192 = distinct !DILexicalBlock(scope: !163, file: !2, line: 36, column: 13)
!193 = !DILocation(line: 36, column: 18, scope: !192, inlinedAt: !167)
!194 = !DILocation(line: 36, column: 23, scope: !192, inlinedAt: !167)
!195 = !DILocation(line: 36, column: 13, scope: !163, inlinedAt: !167)
!196 = !DILocation(line: 37, column: 9, scope: !163, inlinedAt: !167)
!197 = !DILocation(line: 37, column: 16, scope: !163, inlinedAt: !167)
!198 = !DILocation(line: 39, column: 5, scope: !164, inlinedAt: !167)
!199 = !DILocation(line: 40, column: 5, scope: !154, inlinedAt: !167)
!200 = !DILocation(line: 40, column: 12, scope: !154, inlinedAt: !167)
!201 = !DILocation(line: 51, column: 31, scope: !122, inlinedAt: !129)
!202 = !DILocation(line: 0, scope: !122, inlinedAt: !129)
!203 = !DILocation(line: 52, column: 23, scope: !204, inlinedAt: !129)
!204 = distinct !DILexicalBlock(scope: !122, file: !2, line: 52, column: 13)
!205 = !DILocation(line: 52, column: 21, scope: !204, inlinedAt: !129)
!206 = !DILocation(line: 52, column: 13, scope: !122, inlinedAt: !129)
!207 = distinct !{!207, !145, !208, !99, !100}
!208 = !DILocation(line: 60, column: 5, scope: !104, inlinedAt: !129)
!209 = !DILocation(line: 53, column: 22, scope: !124, inlinedAt: !129)
!210 = !DILocation(line: 0, scope: !124, inlinedAt: !129)
!211 = !DILocation(line: 53, scope: !124, inlinedAt: !129)
!212 = !DILocation(line: 53, column: 44, scope: !127, inlinedAt: !129)
!213 = !DILocation(line: 53, column: 9, scope: !124, inlinedAt: !129)
!214 = !DILocation(line: 54, column: 32, scope: !126, inlinedAt: !129)
!215 = !DILocation(line: 54, column: 44, scope: !126, inlinedAt: !129)
!216 = !{!217, !71, i64 4}
!217 = !{!"edge", !71, i64 0, !71, i64 4, !71, i64 8}
!218 = !DILocation(line: 54, column: 30, scope: !126, inlinedAt: !129)
!219 = !DILocation(line: 0, scope: !126, inlinedAt: !129)
!220 = !DILocation(line: 55, column: 39, scope: !221, inlinedAt: !129)
!221 = distinct !DILexicalBlock(scope: !126, file: !2, line: 55, column: 17)
!222 = !{!217, !71, i64 0}
!223 = !DILocation(line: 55, column: 22, scope: !221, inlinedAt: !129)
!224 = !DILocation(line: 55, column: 20, scope: !221, inlinedAt: !129)
!225 = !DILocation(line: 55, column: 17, scope: !126, inlinedAt: !129)
!226 = !DILocation(line: 56, column: 38, scope: !227, inlinedAt: !129)
!227 = distinct !DILexicalBlock(scope: !221, file: !2, line: 55, column: 44)
!228 = !DILocation(line: 0, scope: !135, inlinedAt: !229)
!229 = distinct !DILocation(line: 57, column: 17, scope: !227, inlinedAt: !129)
!230 = !DILocation(line: 21, column: 20, scope: !135, inlinedAt: !229)
!231 = !DILocation(line: 22, column: 14, scope: !135, inlinedAt: !229)
!232 = !DILocation(line: 22, column: 18, scope: !135, inlinedAt: !229)
!233 = !DILocation(line: 22, column: 26, scope: !135, inlinedAt: !229)
!234 = !DILocation(line: 22, column: 21, scope: !135, inlinedAt: !229)
!235 = !DILocation(line: 22, column: 36, scope: !135, inlinedAt: !229)
!236 = !DILocation(line: 22, column: 41, scope: !135, inlinedAt: !229)
!237 = !DILocation(line: 22, column: 5, scope: !135, inlinedAt: !229)
!238 = !DILocation(line: 23, column: 9, scope: !239, inlinedAt: !229)
!239 = distinct !DILexicalBlock(scope: !135, file: !2, line: 22, column: 54)
!240 = !DILocation(line: 23, column: 16, scope: !239, inlinedAt: !229)
!241 = distinct !{!241, !237, !242, !99, !100}
!242 = !DILocation(line: 25, column: 5, scope: !135, inlinedAt: !229)
!243 = !DILocation(line: 26, column: 5, scope: !135, inlinedAt: !229)
!244 = !DILocation(line: 26, column: 12, scope: !135, inlinedAt: !229)
!245 = !DILocation(line: 58, column: 13, scope: !227, inlinedAt: !129)
!246 = !DILocation(line: 53, column: 66, scope: !127, inlinedAt: !129)
!247 = distinct !{!247, !213, !248, !99, !100}
!248 = !DILocation(line: 59, column: 9, scope: !124, inlinedAt: !129)
!249 = !DILocation(line: 50, column: 17, scope: !104, inlinedAt: !129)
!250 = !DILocation(line: 61, column: 5, scope: !104, inlinedAt: !129)
!251 = !DILocation(line: 76, column: 14, scope: !10)
!252 = !DILocation(line: 76, column: 22, scope: !10)
!253 = !DILocation(line: 0, scope: !45)
!254 = !DILocation(line: 77, column: 5, scope: !45)
!255 = !DILocation(line: 0, scope: !34)
!256 = !DILocation(line: 70, column: 20, scope: !36)
!257 = !DILocation(line: 70, column: 26, scope: !36)
!258 = !DILocation(line: 0, scope: !36)
!259 = !DILocation(line: 70, column: 38, scope: !36)
!260 = !DILocation(line: 70, column: 43, scope: !36)
!261 = !DILocation(line: 70, column: 49, scope: !36)
!262 = !DILocation(line: 71, column: 35, scope: !36)
!263 = !DILocation(line: 71, column: 41, scope: !36)
!264 = !DILocation(line: 71, column: 30, scope: !36)
!265 = !DILocation(line: 0, scope: !77, inlinedAt: !266)
!266 = distinct !DILocation(line: 71, column: 9, scope: !36)
!267 = !DILocation(line: 16, column: 5, scope: !77, inlinedAt: !266)
!268 = !DILocation(line: 16, column: 43, scope: !77, inlinedAt: !266)
!269 = !DILocation(line: 16, column: 22, scope: !77, inlinedAt: !266)
!270 = !DILocation(line: 17, column: 25, scope: !77, inlinedAt: !266)
!271 = !DILocation(line: 17, column: 19, scope: !77, inlinedAt: !266)
!272 = !DILocation(line: 69, column: 31, scope: !37)
!273 = !DILocation(line: 69, column: 25, scope: !37)
!274 = !DILocation(line: 69, column: 5, scope: !34)
!275 = distinct !{!275, !274, !276, !99, !100}
!276 = !DILocation(line: 72, column: 5, scope: !34)
!277 = !DILocation(line: 80, column: 64, scope: !10)
!278 = !DILocation(line: 80, column: 5, scope: !10)
!279 = !DILocation(line: 81, column: 5, scope: !10)
!280 = !DILocation(line: 82, column: 5, scope: !10)
!281 = !DILocation(line: 83, column: 12, scope: !10)
!282 = !DILocation(line: 83, column: 15, scope: !10)
!283 = !DILocation(line: 84, column: 1, scope: !10)
!284 = !DILocation(line: 78, column: 22, scope: !47)
!285 = !DILocation(line: 0, scope: !47)
!286 = !DILocation(line: 78, scope: !47)
!287 = !DILocation(line: 78, column: 35, scope: !288)
!288 = distinct !DILexicalBlock(scope: !47, file: !2, line: 78, column: 9)
!289 = !DILocation(line: 78, column: 9, scope: !47)
!290 = !DILocation(line: 77, column: 29, scope: !48)
!291 = !DILocation(line: 77, column: 23, scope: !48)
!292 = distinct !{!292, !254, !293, !99, !100}
!293 = !DILocation(line: 79, column: 95, scope: !45)
!294 = !DILocation(line: 79, column: 36, scope: !295)
!295 = distinct !DILexicalBlock(scope: !288, file: !2, line: 79, column: 17)
!296 = !DILocation(line: 79, column: 44, scope: !295)
!297 = !DILocation(line: 79, column: 55, scope: !295)
!298 = !DILocation(line: 79, column: 39, scope: !295)
!299 = !DILocation(line: 79, column: 82, scope: !295)
!300 = !DILocation(line: 79, column: 69, scope: !295)
!301 = !DILocation(line: 79, column: 59, scope: !295)
!302 = !DILocation(line: 79, column: 17, scope: !288)
!303 = !DILocation(line: 78, column: 56, scope: !288)
!304 = distinct !{!304, !289, !305, !99, !100}
!305 = !DILocation(line: 79, column: 95, scope: !47)
!306 = !DISubprogram(name: "malloc", scope: !307, file: !307, line: 553, type: !308, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !311)
!307 = !DIFile(filename: "/usr/include/stdlib.h", directory: "", checksumkind: CSK_MD5, checksum: "4b47dc81a92f1fe77a152c0aac236718")
!308 = !DISubroutineType(types: !309)
!309 = !{!310, !54}
!310 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!311 = !{}
!312 = !DISubprogram(name: "printf", scope: !313, file: !313, line: 356, type: !314, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !311)
!313 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!314 = !DISubroutineType(types: !315)
!315 = !{!13, !316, null}
!316 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !317)
!317 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !318, size: 64)
!318 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !4)
!319 = !DISubprogram(name: "free", scope: !307, file: !307, line: 568, type: !320, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !311)
!320 = !DISubroutineType(types: !321)
!321 = !{null, !310}
