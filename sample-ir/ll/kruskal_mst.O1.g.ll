; ModuleID = 'c/kruskal_mst.c'
source_filename = "c/kruskal_mst.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.dsu = type { [64 x i32], [64 x i32] }
%struct.edge = type { i32, i32, i32 }

@.str = private unnamed_addr constant [68 x i8] c"kruskal_mst vertices=%d edges=%d tree edges=%d weight=%ld prim=%ld\0A\00", align 1, !dbg !0
@prim.w = internal unnamed_addr global [64 x [64 x i32]] zeroinitializer, align 16, !dbg !7

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 !dbg !24 {
  %1 = alloca %struct.dsu, align 4
  %2 = alloca [64 x i32], align 16
  %3 = alloca [64 x i32], align 16
  %4 = alloca [160 x %struct.edge], align 16
  call void @llvm.lifetime.start.p0(i64 1920, ptr nonnull %4) #10, !dbg !88
  call void @llvm.dbg.declare(metadata ptr %4, metadata !28, metadata !DIExpression()), !dbg !89
  call void @llvm.dbg.value(metadata i32 0, metadata !32, metadata !DIExpression()), !dbg !90
  call void @llvm.dbg.value(metadata i32 0, metadata !33, metadata !DIExpression()), !dbg !91
  br label %5, !dbg !92

5:                                                ; preds = %0, %5
  %6 = phi i64 [ 0, %0 ], [ %8, %5 ]
  %7 = trunc i64 %6 to i32
  call void @llvm.dbg.value(metadata i64 %6, metadata !32, metadata !DIExpression()), !dbg !90
  call void @llvm.dbg.value(metadata i32 %7, metadata !33, metadata !DIExpression()), !dbg !91
  %8 = add nuw nsw i64 %6, 1, !dbg !93
  %9 = trunc i64 %8 to i32, !dbg !95
  call void @llvm.dbg.value(metadata i64 %8, metadata !32, metadata !DIExpression()), !dbg !90
  %10 = getelementptr inbounds [160 x %struct.edge], ptr %4, i64 0, i64 %6, !dbg !96
  store i32 %7, ptr %10, align 4, !dbg !97, !tbaa.struct !98
  %11 = getelementptr inbounds i8, ptr %10, i64 4, !dbg !97
  store i32 %9, ptr %11, align 4, !dbg !97, !tbaa.struct !103
  %12 = getelementptr inbounds i8, ptr %10, i64 8, !dbg !97
  store i32 100, ptr %12, align 4, !dbg !97, !tbaa.struct !104
  call void @llvm.dbg.value(metadata i32 %9, metadata !33, metadata !DIExpression()), !dbg !91
  %13 = icmp eq i64 %8, 39, !dbg !105
  br i1 %13, label %170, label %5, !dbg !92, !llvm.loop !106

14:                                               ; preds = %170
  call void @llvm.dbg.value(metadata i32 40, metadata !49, metadata !DIExpression()), !dbg !110
  call void @llvm.dbg.value(metadata ptr %4, metadata !50, metadata !DIExpression()), !dbg !110
  call void @llvm.dbg.value(metadata i32 119, metadata !51, metadata !DIExpression()), !dbg !110
  call void @llvm.lifetime.start.p0(i64 256, ptr nonnull %2) #10, !dbg !112
  call void @llvm.dbg.declare(metadata ptr %2, metadata !52, metadata !DIExpression()), !dbg !113
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(256) %2, i8 0, i64 256, i1 false), !dbg !113
  call void @llvm.lifetime.start.p0(i64 256, ptr nonnull %3) #10, !dbg !112
  call void @llvm.dbg.declare(metadata ptr %3, metadata !56, metadata !DIExpression()), !dbg !114
  call void @llvm.dbg.value(metadata i32 0, metadata !57, metadata !DIExpression()), !dbg !115
  br label %15, !dbg !116

15:                                               ; preds = %15, %14
  %16 = phi i64 [ 0, %14 ], [ %19, %15 ]
  call void @llvm.dbg.value(metadata i64 %16, metadata !57, metadata !DIExpression(DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_stack_value)), !dbg !115
  %17 = shl nuw nsw i64 %16, 8
  %18 = getelementptr i8, ptr @prim.w, i64 %17
  call void @llvm.dbg.value(metadata i32 0, metadata !59, metadata !DIExpression()), !dbg !117
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(160) %18, i8 -1, i64 160, i1 false), !dbg !118, !tbaa !99
  call void @llvm.dbg.value(metadata i64 poison, metadata !59, metadata !DIExpression()), !dbg !117
  %19 = add nuw nsw i64 %16, 1, !dbg !116
  call void @llvm.dbg.value(metadata i64 %19, metadata !57, metadata !DIExpression(DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_LLVM_convert, 32, DW_ATE_unsigned, DW_OP_stack_value)), !dbg !115
  %20 = icmp eq i64 %19, 40, !dbg !120
  br i1 %20, label %22, label %15, !dbg !116, !llvm.loop !121

21:                                               ; preds = %43
  call void @llvm.dbg.value(metadata i32 0, metadata !68, metadata !DIExpression()), !dbg !123
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(160) %3, ptr noundef nonnull align 16 dereferenceable(160) @prim.w, i64 160, i1 false), !dbg !124, !tbaa !99
  call void @llvm.dbg.value(metadata i64 poison, metadata !68, metadata !DIExpression()), !dbg !123
  store i32 1, ptr %2, align 16, !dbg !126, !tbaa !99
  call void @llvm.dbg.value(metadata i64 0, metadata !70, metadata !DIExpression()), !dbg !110
  call void @llvm.dbg.value(metadata i32 1, metadata !71, metadata !DIExpression()), !dbg !127
  br label %49, !dbg !128

22:                                               ; preds = %15, %43
  %23 = phi i64 [ %44, %43 ], [ 0, %15 ]
  call void @llvm.dbg.value(metadata i64 %23, metadata !62, metadata !DIExpression()), !dbg !129
  %24 = getelementptr inbounds %struct.edge, ptr %4, i64 %23, !dbg !130
  %25 = load i32, ptr %24, align 4, !dbg !131, !tbaa !132
  call void @llvm.dbg.value(metadata i32 %25, metadata !64, metadata !DIExpression()), !dbg !134
  %26 = getelementptr inbounds %struct.edge, ptr %4, i64 %23, i32 1, !dbg !135
  %27 = load i32, ptr %26, align 4, !dbg !135, !tbaa !136
  call void @llvm.dbg.value(metadata i32 %27, metadata !67, metadata !DIExpression()), !dbg !134
  %28 = icmp eq i32 %25, %27, !dbg !137
  br i1 %28, label %43, label %29, !dbg !139

29:                                               ; preds = %22
  %30 = sext i32 %25 to i64, !dbg !140
  %31 = sext i32 %27 to i64, !dbg !140
  %32 = getelementptr inbounds [64 x [64 x i32]], ptr @prim.w, i64 0, i64 %30, i64 %31, !dbg !140
  %33 = load i32, ptr %32, align 4, !dbg !140, !tbaa !99
  %34 = icmp slt i32 %33, 0, !dbg !141
  br i1 %34, label %39, label %35, !dbg !142

35:                                               ; preds = %29
  %36 = getelementptr inbounds %struct.edge, ptr %4, i64 %23, i32 2, !dbg !143
  %37 = load i32, ptr %36, align 4, !dbg !143, !tbaa !144
  %38 = icmp slt i32 %37, %33, !dbg !145
  br i1 %38, label %39, label %43, !dbg !146

39:                                               ; preds = %35, %29
  %40 = getelementptr inbounds %struct.edge, ptr %4, i64 %23, i32 2, !dbg !147
  %41 = load i32, ptr %40, align 4, !dbg !147, !tbaa !144
  %42 = getelementptr inbounds [64 x [64 x i32]], ptr @prim.w, i64 0, i64 %31, i64 %30, !dbg !148
  store i32 %41, ptr %42, align 4, !dbg !149, !tbaa !99
  store i32 %41, ptr %32, align 4, !dbg !150, !tbaa !99
  br label %43, !dbg !151

43:                                               ; preds = %39, %35, %22
  %44 = add nuw nsw i64 %23, 1, !dbg !152
  call void @llvm.dbg.value(metadata i64 %44, metadata !62, metadata !DIExpression()), !dbg !129
  %45 = icmp eq i64 %44, 119, !dbg !153
  br i1 %45, label %21, label %22, !dbg !154, !llvm.loop !155

46:                                               ; preds = %104
  %47 = add nuw nsw i32 %50, 1, !dbg !157
  call void @llvm.dbg.value(metadata i32 %47, metadata !71, metadata !DIExpression()), !dbg !127
  call void @llvm.dbg.value(metadata i32 %50, metadata !71, metadata !DIExpression(DW_OP_plus_uconst, 1, DW_OP_stack_value)), !dbg !127
  call void @llvm.dbg.value(metadata i64 %105, metadata !70, metadata !DIExpression()), !dbg !110
  %48 = icmp eq i32 %47, 40, !dbg !158
  br i1 %48, label %106, label %49, !dbg !128, !llvm.loop !159

49:                                               ; preds = %46, %21
  %50 = phi i32 [ 1, %21 ], [ %47, %46 ]
  %51 = phi i64 [ 0, %21 ], [ %105, %46 ]
  call void @llvm.dbg.value(metadata i32 %50, metadata !71, metadata !DIExpression()), !dbg !127
  call void @llvm.dbg.value(metadata i64 %51, metadata !70, metadata !DIExpression()), !dbg !110
  call void @llvm.dbg.value(metadata i32 0, metadata !76, metadata !DIExpression()), !dbg !161
  call void @llvm.dbg.value(metadata i32 -1, metadata !73, metadata !DIExpression()), !dbg !162
  br label %54, !dbg !163

52:                                               ; preds = %73
  %53 = icmp sgt i32 %74, -1, !dbg !164
  br i1 %53, label %77, label %104, !dbg !166

54:                                               ; preds = %73, %49
  %55 = phi i64 [ 0, %49 ], [ %75, %73 ]
  %56 = phi i32 [ -1, %49 ], [ %74, %73 ]
  call void @llvm.dbg.value(metadata i64 %55, metadata !76, metadata !DIExpression()), !dbg !161
  call void @llvm.dbg.value(metadata i32 %56, metadata !73, metadata !DIExpression()), !dbg !162
  %57 = getelementptr inbounds [64 x i32], ptr %2, i64 0, i64 %55, !dbg !167
  %58 = load i32, ptr %57, align 4, !dbg !167, !tbaa !99
  %59 = icmp eq i32 %58, 0, !dbg !167
  br i1 %59, label %60, label %73, !dbg !170

60:                                               ; preds = %54
  %61 = getelementptr inbounds [64 x i32], ptr %3, i64 0, i64 %55, !dbg !171
  %62 = load i32, ptr %61, align 4, !dbg !171, !tbaa !99
  %63 = icmp sgt i32 %62, -1, !dbg !172
  br i1 %63, label %64, label %73, !dbg !173

64:                                               ; preds = %60
  %65 = icmp slt i32 %56, 0, !dbg !174
  br i1 %65, label %71, label %66, !dbg !175

66:                                               ; preds = %64
  %67 = zext i32 %56 to i64
  %68 = getelementptr inbounds [64 x i32], ptr %3, i64 0, i64 %67, !dbg !176
  %69 = load i32, ptr %68, align 4, !dbg !176, !tbaa !99
  %70 = icmp slt i32 %62, %69, !dbg !177
  br i1 %70, label %71, label %73, !dbg !178

71:                                               ; preds = %66, %64
  call void @llvm.dbg.value(metadata i64 %55, metadata !73, metadata !DIExpression()), !dbg !162
  %72 = trunc i64 %55 to i32, !dbg !179
  br label %73, !dbg !179

73:                                               ; preds = %71, %66, %60, %54
  %74 = phi i32 [ %56, %54 ], [ %72, %71 ], [ %56, %66 ], [ %56, %60 ], !dbg !162
  call void @llvm.dbg.value(metadata i32 %74, metadata !73, metadata !DIExpression()), !dbg !162
  %75 = add nuw nsw i64 %55, 1, !dbg !180
  call void @llvm.dbg.value(metadata i64 %75, metadata !76, metadata !DIExpression()), !dbg !161
  %76 = icmp eq i64 %75, 40, !dbg !181
  br i1 %76, label %52, label %54, !dbg !163, !llvm.loop !182

77:                                               ; preds = %52
  %78 = zext i32 %74 to i64
  %79 = getelementptr inbounds [64 x i32], ptr %2, i64 0, i64 %78, !dbg !184
  store i32 1, ptr %79, align 4, !dbg !185, !tbaa !99
  %80 = getelementptr inbounds [64 x i32], ptr %3, i64 0, i64 %78, !dbg !186
  %81 = load i32, ptr %80, align 4, !dbg !186, !tbaa !99
  call void @llvm.dbg.value(metadata i64 %103, metadata !70, metadata !DIExpression()), !dbg !110
  call void @llvm.dbg.value(metadata i32 0, metadata !78, metadata !DIExpression()), !dbg !187
  br label %82, !dbg !188

82:                                               ; preds = %98, %77
  %83 = phi i64 [ 0, %77 ], [ %99, %98 ]
  call void @llvm.dbg.value(metadata i64 %83, metadata !78, metadata !DIExpression()), !dbg !187
  %84 = getelementptr inbounds [64 x i32], ptr %2, i64 0, i64 %83, !dbg !189
  %85 = load i32, ptr %84, align 4, !dbg !189, !tbaa !99
  %86 = icmp eq i32 %85, 0, !dbg !189
  br i1 %86, label %87, label %98, !dbg !192

87:                                               ; preds = %82
  %88 = getelementptr inbounds [64 x [64 x i32]], ptr @prim.w, i64 0, i64 %78, i64 %83, !dbg !193
  %89 = load i32, ptr %88, align 4, !dbg !193, !tbaa !99
  %90 = icmp sgt i32 %89, -1, !dbg !194
  br i1 %90, label %91, label %98, !dbg !195

91:                                               ; preds = %87
  %92 = getelementptr inbounds [64 x i32], ptr %3, i64 0, i64 %83, !dbg !196
  %93 = load i32, ptr %92, align 4, !dbg !196, !tbaa !99
  %94 = icmp slt i32 %93, 0, !dbg !197
  %95 = icmp slt i32 %89, %93
  %96 = select i1 %94, i1 true, i1 %95, !dbg !198
  %97 = select i1 %96, i32 %89, i32 %93, !dbg !198
  store i32 %97, ptr %92, align 4, !dbg !199
  br label %98, !dbg !198

98:                                               ; preds = %91, %87, %82
  %99 = add nuw nsw i64 %83, 1, !dbg !200
  call void @llvm.dbg.value(metadata i64 %99, metadata !78, metadata !DIExpression()), !dbg !187
  %100 = icmp eq i64 %99, 40, !dbg !201
  br i1 %100, label %101, label %82, !dbg !188, !llvm.loop !202

101:                                              ; preds = %98
  %102 = sext i32 %81 to i64, !dbg !186
  %103 = add nsw i64 %51, %102, !dbg !204
  br label %104

104:                                              ; preds = %101, %52
  %105 = phi i64 [ %51, %52 ], [ %103, %101 ], !dbg !110
  call void @llvm.dbg.value(metadata i64 %105, metadata !70, metadata !DIExpression()), !dbg !110
  call void @llvm.dbg.value(metadata i32 %50, metadata !71, metadata !DIExpression(DW_OP_plus_uconst, 1, DW_OP_stack_value)), !dbg !127
  br i1 %53, label %46, label %106

106:                                              ; preds = %46, %104
  %107 = phi i64 [ %105, %46 ], [ -1, %104 ], !dbg !205
  call void @llvm.dbg.value(metadata i64 poison, metadata !70, metadata !DIExpression()), !dbg !110
  call void @llvm.lifetime.end.p0(i64 256, ptr nonnull %3) #10, !dbg !206
  call void @llvm.lifetime.end.p0(i64 256, ptr nonnull %2) #10, !dbg !206
  call void @llvm.dbg.value(metadata i64 %107, metadata !38, metadata !DIExpression()), !dbg !90
  call void @llvm.dbg.value(metadata i32 40, metadata !207, metadata !DIExpression()), !dbg !227
  call void @llvm.dbg.value(metadata ptr %4, metadata !214, metadata !DIExpression()), !dbg !227
  call void @llvm.dbg.value(metadata i32 119, metadata !215, metadata !DIExpression()), !dbg !227
  call void @llvm.dbg.value(metadata ptr undef, metadata !216, metadata !DIExpression()), !dbg !227
  call void @llvm.lifetime.start.p0(i64 512, ptr nonnull %1) #10, !dbg !229
  call void @llvm.dbg.declare(metadata ptr %1, metadata !217, metadata !DIExpression()), !dbg !230
  call void @llvm.dbg.value(metadata i32 0, metadata !222, metadata !DIExpression()), !dbg !231
  br label %109, !dbg !232

108:                                              ; preds = %109
  call void @qsort(ptr noundef nonnull %4, i64 noundef 119, i64 noundef 12, ptr noundef nonnull @by_weight) #10, !dbg !233
  call void @llvm.dbg.value(metadata i64 0, metadata !224, metadata !DIExpression()), !dbg !227
  call void @llvm.dbg.value(metadata i32 0, metadata !225, metadata !DIExpression()), !dbg !234
  call void @llvm.dbg.value(metadata i64 0, metadata !224, metadata !DIExpression()), !dbg !227
  br label %116, !dbg !235

109:                                              ; preds = %109, %106
  %110 = phi i64 [ 0, %106 ], [ %114, %109 ]
  call void @llvm.dbg.value(metadata i64 %110, metadata !222, metadata !DIExpression()), !dbg !231
  %111 = getelementptr inbounds [64 x i32], ptr %1, i64 0, i64 %110, !dbg !237
  %112 = trunc i64 %110 to i32, !dbg !240
  store i32 %112, ptr %111, align 4, !dbg !240, !tbaa !99
  %113 = getelementptr inbounds %struct.dsu, ptr %1, i64 0, i32 1, i64 %110, !dbg !241
  store i32 0, ptr %113, align 4, !dbg !242, !tbaa !99
  %114 = add nuw nsw i64 %110, 1, !dbg !243
  call void @llvm.dbg.value(metadata i64 %114, metadata !222, metadata !DIExpression()), !dbg !231
  %115 = icmp eq i64 %114, 40, !dbg !244
  br i1 %115, label %108, label %109, !dbg !232, !llvm.loop !245

116:                                              ; preds = %156, %108
  %117 = phi i32 [ 0, %108 ], [ %157, %156 ], !dbg !247
  %118 = phi i64 [ 0, %108 ], [ %160, %156 ]
  %119 = phi i32 [ 0, %108 ], [ %158, %156 ]
  %120 = phi i64 [ 0, %108 ], [ %159, %156 ]
  call void @llvm.dbg.value(metadata i64 %118, metadata !225, metadata !DIExpression()), !dbg !234
  call void @llvm.dbg.value(metadata i64 %120, metadata !224, metadata !DIExpression()), !dbg !227
  %121 = icmp slt i32 %119, 39, !dbg !248
  br i1 %121, label %122, label %162, !dbg !249

122:                                              ; preds = %116
  %123 = getelementptr inbounds %struct.edge, ptr %4, i64 %118, !dbg !250
  %124 = load i32, ptr %123, align 4, !dbg !252, !tbaa !132
  %125 = getelementptr inbounds %struct.edge, ptr %4, i64 %118, i32 1, !dbg !253
  %126 = load i32, ptr %125, align 4, !dbg !253, !tbaa !136
  call void @llvm.dbg.value(metadata ptr %1, metadata !254, metadata !DIExpression()), !dbg !265
  call void @llvm.dbg.value(metadata i32 %124, metadata !260, metadata !DIExpression()), !dbg !265
  call void @llvm.dbg.value(metadata i32 %126, metadata !261, metadata !DIExpression()), !dbg !265
  %127 = call fastcc i32 @find(ptr noundef nonnull %1, i32 noundef %124), !dbg !267
  call void @llvm.dbg.value(metadata i32 %127, metadata !260, metadata !DIExpression()), !dbg !265
  %128 = call fastcc i32 @find(ptr noundef nonnull %1, i32 noundef %126), !dbg !268
  call void @llvm.dbg.value(metadata i32 %128, metadata !261, metadata !DIExpression()), !dbg !265
  %129 = icmp eq i32 %127, %128, !dbg !269
  br i1 %129, label %156, label %130, !dbg !271

130:                                              ; preds = %122
  %131 = sext i32 %127 to i64, !dbg !272
  %132 = getelementptr inbounds %struct.dsu, ptr %1, i64 0, i32 1, i64 %131, !dbg !272
  %133 = load i32, ptr %132, align 4, !dbg !272, !tbaa !99
  %134 = sext i32 %128 to i64, !dbg !273
  %135 = getelementptr inbounds %struct.dsu, ptr %1, i64 0, i32 1, i64 %134, !dbg !273
  %136 = load i32, ptr %135, align 4, !dbg !273, !tbaa !99
  %137 = icmp slt i32 %133, %136, !dbg !274
  %138 = select i1 %137, i32 %128, i32 %127, !dbg !275
  %139 = select i1 %137, i32 %127, i32 %128, !dbg !275
  call void @llvm.dbg.value(metadata i32 %139, metadata !261, metadata !DIExpression()), !dbg !265
  call void @llvm.dbg.value(metadata i32 %138, metadata !260, metadata !DIExpression()), !dbg !265
  %140 = sext i32 %139 to i64, !dbg !276
  %141 = getelementptr inbounds [64 x i32], ptr %1, i64 0, i64 %140, !dbg !276
  store i32 %138, ptr %141, align 4, !dbg !277, !tbaa !99
  %142 = sext i32 %138 to i64, !dbg !278
  %143 = getelementptr inbounds %struct.dsu, ptr %1, i64 0, i32 1, i64 %142, !dbg !278
  %144 = load i32, ptr %143, align 4, !dbg !278, !tbaa !99
  %145 = getelementptr inbounds %struct.dsu, ptr %1, i64 0, i32 1, i64 %140, !dbg !280
  %146 = load i32, ptr %145, align 4, !dbg !280, !tbaa !99
  %147 = icmp eq i32 %144, %146, !dbg !281
  br i1 %147, label %148, label %150, !dbg !282

148:                                              ; preds = %130
  %149 = add nsw i32 %144, 1, !dbg !283
  store i32 %149, ptr %143, align 4, !dbg !283, !tbaa !99
  br label %150, !dbg !284

150:                                              ; preds = %130, %148
  %151 = getelementptr inbounds %struct.edge, ptr %4, i64 %118, i32 2, !dbg !285
  %152 = load i32, ptr %151, align 4, !dbg !285, !tbaa !144
  %153 = sext i32 %152 to i64, !dbg !287
  %154 = add nsw i64 %120, %153, !dbg !288
  call void @llvm.dbg.value(metadata i64 %154, metadata !224, metadata !DIExpression()), !dbg !227
  %155 = add nsw i32 %119, 1, !dbg !289
  br label %156, !dbg !290

156:                                              ; preds = %150, %122
  %157 = phi i32 [ %117, %122 ], [ %155, %150 ], !dbg !227
  %158 = phi i32 [ %119, %122 ], [ %155, %150 ]
  %159 = phi i64 [ %120, %122 ], [ %154, %150 ], !dbg !227
  call void @llvm.dbg.value(metadata i64 %159, metadata !224, metadata !DIExpression()), !dbg !227
  %160 = add nuw nsw i64 %118, 1, !dbg !291
  call void @llvm.dbg.value(metadata i64 %160, metadata !225, metadata !DIExpression()), !dbg !234
  %161 = icmp eq i64 %160, 119, !dbg !292
  br i1 %161, label %162, label %116, !dbg !235, !llvm.loop !293

162:                                              ; preds = %116, %156
  %163 = phi i32 [ %157, %156 ], [ %117, %116 ]
  %164 = phi i64 [ %159, %156 ], [ %120, %116 ]
  call void @llvm.lifetime.end.p0(i64 512, ptr nonnull %1) #10, !dbg !295
  call void @llvm.dbg.value(metadata i64 %164, metadata !39, metadata !DIExpression()), !dbg !90
  call void @llvm.dbg.value(metadata i32 %163, metadata !37, metadata !DIExpression()), !dbg !90
  %165 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 40, i32 noundef 119, i32 noundef %163, i64 noundef %164, i64 noundef %107), !dbg !296
  call void @llvm.dbg.value(metadata i32 %163, metadata !37, metadata !DIExpression()), !dbg !90
  %166 = icmp ne i32 %163, 39, !dbg !297
  %167 = icmp ne i64 %164, %107, !dbg !298
  %168 = select i1 %166, i1 true, i1 %167, !dbg !299
  %169 = zext i1 %168 to i32, !dbg !299
  call void @llvm.lifetime.end.p0(i64 1920, ptr nonnull %4) #10, !dbg !300
  ret i32 %169, !dbg !301

170:                                              ; preds = %5, %170
  %171 = phi i64 [ %183, %170 ], [ 39, %5 ]
  %172 = phi i32 [ %193, %170 ], [ 0, %5 ]
  call void @llvm.dbg.value(metadata i64 %171, metadata !32, metadata !DIExpression()), !dbg !90
  call void @llvm.dbg.value(metadata i32 %172, metadata !35, metadata !DIExpression()), !dbg !302
  %173 = add nuw nsw i64 %171, 1, !dbg !303
  call void @llvm.dbg.value(metadata i64 %173, metadata !32, metadata !DIExpression()), !dbg !90
  %174 = getelementptr inbounds [160 x %struct.edge], ptr %4, i64 0, i64 %171, !dbg !306
  %175 = mul nuw nsw i32 %172, 7, !dbg !307
  %176 = add nuw nsw i32 %175, 3, !dbg !308
  %177 = urem i32 %176, 40, !dbg !309
  %178 = mul nuw nsw i32 %172, 13, !dbg !310
  %179 = urem i32 %178, 20, !dbg !311
  %180 = add nuw nsw i32 %179, 1, !dbg !312
  store i32 %172, ptr %174, align 4, !dbg !313, !tbaa.struct !98
  %181 = getelementptr inbounds i8, ptr %174, i64 4, !dbg !313
  store i32 %177, ptr %181, align 4, !dbg !313, !tbaa.struct !103
  %182 = getelementptr inbounds i8, ptr %174, i64 8, !dbg !313
  store i32 %180, ptr %182, align 4, !dbg !313, !tbaa.struct !104
  %183 = add nuw nsw i64 %171, 2, !dbg !314
  call void @llvm.dbg.value(metadata i64 %183, metadata !32, metadata !DIExpression()), !dbg !90
  %184 = getelementptr inbounds [160 x %struct.edge], ptr %4, i64 0, i64 %173, !dbg !315
  %185 = mul nuw nsw i32 %172, 11, !dbg !316
  %186 = add nuw nsw i32 %185, 5, !dbg !317
  %187 = urem i32 %186, 40, !dbg !318
  %188 = mul nuw nsw i32 %172, 29, !dbg !319
  %189 = urem i32 %188, 30, !dbg !320
  %190 = add nuw nsw i32 %189, 1, !dbg !321
  store i32 %172, ptr %184, align 4, !dbg !322, !tbaa.struct !98
  %191 = getelementptr inbounds i8, ptr %184, i64 4, !dbg !322
  store i32 %187, ptr %191, align 4, !dbg !322, !tbaa.struct !103
  %192 = getelementptr inbounds i8, ptr %184, i64 8, !dbg !322
  store i32 %190, ptr %192, align 4, !dbg !322, !tbaa.struct !104
  %193 = add nuw nsw i32 %172, 1, !dbg !323
  call void @llvm.dbg.value(metadata i32 %193, metadata !35, metadata !DIExpression()), !dbg !302
  %194 = icmp eq i32 %193, 40, !dbg !324
  br i1 %194, label %14, label %170, !dbg !325, !llvm.loop !326
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.declare(metadata, metadata, metadata) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare !dbg !328 noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #4

; Function Attrs: nofree
declare !dbg !336 void @qsort(ptr noundef, i64 noundef, i64 noundef, ptr nocapture noundef) local_unnamed_addr #5

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define internal i32 @by_weight(ptr nocapture noundef readonly %0, ptr nocapture noundef readonly %1) #6 !dbg !347 {
  call void @llvm.dbg.value(metadata ptr %0, metadata !349, metadata !DIExpression()), !dbg !351
  call void @llvm.dbg.value(metadata ptr %1, metadata !350, metadata !DIExpression()), !dbg !351
  %3 = getelementptr inbounds %struct.edge, ptr %0, i64 0, i32 2, !dbg !352
  %4 = load i32, ptr %3, align 4, !dbg !352, !tbaa !144
  %5 = getelementptr inbounds %struct.edge, ptr %1, i64 0, i32 2, !dbg !353
  %6 = load i32, ptr %5, align 4, !dbg !353, !tbaa !144
  %7 = sub nsw i32 %4, %6, !dbg !354
  ret i32 %7, !dbg !355
}

; Function Attrs: nofree nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc i32 @find(ptr nocapture noundef %0, i32 noundef %1) unnamed_addr #7 !dbg !356 {
  call void @llvm.dbg.value(metadata ptr %0, metadata !360, metadata !DIExpression()), !dbg !362
  call void @llvm.dbg.value(metadata i32 %1, metadata !361, metadata !DIExpression()), !dbg !362
  %3 = sext i32 %1 to i64, !dbg !363
  %4 = getelementptr inbounds [64 x i32], ptr %0, i64 0, i64 %3, !dbg !363
  %5 = load i32, ptr %4, align 4, !dbg !363, !tbaa !99
  %6 = icmp eq i32 %5, %1, !dbg !365
  br i1 %6, label %9, label %7, !dbg !366

7:                                                ; preds = %2
  %8 = tail call fastcc i32 @find(ptr noundef %0, i32 noundef %5), !dbg !367
  store i32 %8, ptr %4, align 4, !dbg !368, !tbaa !99
  br label %9, !dbg !369

9:                                                ; preds = %7, %2
  %10 = load i32, ptr %4, align 4, !dbg !370, !tbaa !99
  ret i32 %10, !dbg !371
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #8

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #9

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { nofree "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nofree nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #9 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #10 = { nounwind }

!llvm.dbg.cu = !{!21}
!llvm.module.flags = !{!82, !83, !84, !85, !86, !87}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 83, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "c/kruskal_mst.c", directory: ".", checksumkind: CSK_MD5, checksum: "3bc6f16228baa107cc9f5e525c3e9de6")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 544, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 68)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(name: "w", scope: !9, file: !2, line: 47, type: !80, isLocal: true, isDefinition: true)
!9 = distinct !DISubprogram(name: "prim", scope: !2, file: !2, line: 46, type: !10, scopeLine: 46, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !21, retainedNodes: !48)
!10 = !DISubroutineType(types: !11)
!11 = !{!12, !13, !14, !13}
!12 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!13 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!14 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !15, size: 64)
!15 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !16)
!16 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "edge", file: !2, line: 5, size: 96, elements: !17)
!17 = !{!18, !19, !20}
!18 = !DIDerivedType(tag: DW_TAG_member, name: "u", scope: !16, file: !2, line: 5, baseType: !13, size: 32)
!19 = !DIDerivedType(tag: DW_TAG_member, name: "v", scope: !16, file: !2, line: 5, baseType: !13, size: 32, offset: 32)
!20 = !DIDerivedType(tag: DW_TAG_member, name: "w", scope: !16, file: !2, line: 5, baseType: !13, size: 32, offset: 64)
!21 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, enums: !22, retainedTypes: !43, globals: !47, splitDebugInlining: false, nameTableKind: None)
!22 = !{!23}
!23 = !DICompositeType(tag: DW_TAG_enumeration_type, scope: !24, file: !2, line: 72, baseType: !40, size: 32, elements: !41)
!24 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 71, type: !25, scopeLine: 71, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !21, retainedNodes: !27)
!25 = !DISubroutineType(types: !26)
!26 = !{!13}
!27 = !{!28, !32, !33, !35, !37, !38, !39}
!28 = !DILocalVariable(name: "edges", scope: !24, file: !2, line: 73, type: !29)
!29 = !DICompositeType(tag: DW_TAG_array_type, baseType: !16, size: 15360, elements: !30)
!30 = !{!31}
!31 = !DISubrange(count: 160)
!32 = !DILocalVariable(name: "m", scope: !24, file: !2, line: 74, type: !13)
!33 = !DILocalVariable(name: "i", scope: !34, file: !2, line: 75, type: !13)
!34 = distinct !DILexicalBlock(scope: !24, file: !2, line: 75, column: 5)
!35 = !DILocalVariable(name: "i", scope: !36, file: !2, line: 76, type: !13)
!36 = distinct !DILexicalBlock(scope: !24, file: !2, line: 76, column: 5)
!37 = !DILocalVariable(name: "used", scope: !24, file: !2, line: 80, type: !13)
!38 = !DILocalVariable(name: "reference", scope: !24, file: !2, line: 81, type: !12)
!39 = !DILocalVariable(name: "total", scope: !24, file: !2, line: 82, type: !12)
!40 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!41 = !{!42}
!42 = !DIEnumerator(name: "N", value: 40)
!43 = !{!44, !14}
!44 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !45, line: 46, baseType: !46)
!45 = !DIFile(filename: "/usr/lib/llvm-16/lib/clang/16/include/stddef.h", directory: "", checksumkind: CSK_MD5, checksum: "f95079da609b0e8f201cb8136304bf3b")
!46 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!47 = !{!0, !7}
!48 = !{!49, !50, !51, !52, !56, !57, !59, !62, !64, !67, !68, !70, !71, !73, !76, !78}
!49 = !DILocalVariable(name: "n", arg: 1, scope: !9, file: !2, line: 46, type: !13)
!50 = !DILocalVariable(name: "edges", arg: 2, scope: !9, file: !2, line: 46, type: !14)
!51 = !DILocalVariable(name: "m", arg: 3, scope: !9, file: !2, line: 46, type: !13)
!52 = !DILocalVariable(name: "in_tree", scope: !9, file: !2, line: 48, type: !53)
!53 = !DICompositeType(tag: DW_TAG_array_type, baseType: !13, size: 2048, elements: !54)
!54 = !{!55}
!55 = !DISubrange(count: 64)
!56 = !DILocalVariable(name: "best", scope: !9, file: !2, line: 48, type: !53)
!57 = !DILocalVariable(name: "i", scope: !58, file: !2, line: 49, type: !13)
!58 = distinct !DILexicalBlock(scope: !9, file: !2, line: 49, column: 5)
!59 = !DILocalVariable(name: "j", scope: !60, file: !2, line: 50, type: !13)
!60 = distinct !DILexicalBlock(scope: !61, file: !2, line: 50, column: 9)
!61 = distinct !DILexicalBlock(scope: !58, file: !2, line: 49, column: 5)
!62 = !DILocalVariable(name: "i", scope: !63, file: !2, line: 51, type: !13)
!63 = distinct !DILexicalBlock(scope: !9, file: !2, line: 51, column: 5)
!64 = !DILocalVariable(name: "a", scope: !65, file: !2, line: 52, type: !13)
!65 = distinct !DILexicalBlock(scope: !66, file: !2, line: 51, column: 33)
!66 = distinct !DILexicalBlock(scope: !63, file: !2, line: 51, column: 5)
!67 = !DILocalVariable(name: "b", scope: !65, file: !2, line: 52, type: !13)
!68 = !DILocalVariable(name: "i", scope: !69, file: !2, line: 55, type: !13)
!69 = distinct !DILexicalBlock(scope: !9, file: !2, line: 55, column: 5)
!70 = !DILocalVariable(name: "total", scope: !9, file: !2, line: 57, type: !12)
!71 = !DILocalVariable(name: "k", scope: !72, file: !2, line: 58, type: !13)
!72 = distinct !DILexicalBlock(scope: !9, file: !2, line: 58, column: 5)
!73 = !DILocalVariable(name: "next", scope: !74, file: !2, line: 59, type: !13)
!74 = distinct !DILexicalBlock(scope: !75, file: !2, line: 58, column: 33)
!75 = distinct !DILexicalBlock(scope: !72, file: !2, line: 58, column: 5)
!76 = !DILocalVariable(name: "i", scope: !77, file: !2, line: 60, type: !13)
!77 = distinct !DILexicalBlock(scope: !74, file: !2, line: 60, column: 9)
!78 = !DILocalVariable(name: "i", scope: !79, file: !2, line: 65, type: !13)
!79 = distinct !DILexicalBlock(scope: !74, file: !2, line: 65, column: 9)
!80 = !DICompositeType(tag: DW_TAG_array_type, baseType: !13, size: 131072, elements: !81)
!81 = !{!55, !55}
!82 = !{i32 7, !"Dwarf Version", i32 5}
!83 = !{i32 2, !"Debug Info Version", i32 3}
!84 = !{i32 1, !"wchar_size", i32 4}
!85 = !{i32 8, !"PIC Level", i32 2}
!86 = !{i32 7, !"PIE Level", i32 2}
!87 = !{i32 7, !"uwtable", i32 2}
!88 = !DILocation(line: 73, column: 5, scope: !24)
!89 = !DILocation(line: 73, column: 17, scope: !24)
!90 = !DILocation(line: 0, scope: !24)
!91 = !DILocation(line: 0, scope: !34)
!92 = !DILocation(line: 75, column: 5, scope: !34)
!93 = !DILocation(line: 75, column: 44, scope: !94)
!94 = distinct !DILexicalBlock(scope: !34, file: !2, line: 75, column: 5)
!95 = !DILocation(line: 75, column: 23, scope: !94)
!96 = !DILocation(line: 75, column: 37, scope: !94)
!97 = !DILocation(line: 75, column: 50, scope: !94)
!98 = !{i64 0, i64 4, !99, i64 4, i64 4, !99, i64 8, i64 4, !99}
!99 = !{!100, !100, i64 0}
!100 = !{!"int", !101, i64 0}
!101 = !{!"omnipotent char", !102, i64 0}
!102 = !{!"Simple C/C++ TBAA"}
!103 = !{i64 0, i64 4, !99, i64 4, i64 4, !99}
!104 = !{i64 0, i64 4, !99}
!105 = !DILocation(line: 75, column: 27, scope: !94)
!106 = distinct !{!106, !92, !107, !108, !109}
!107 = !DILocation(line: 75, column: 77, scope: !34)
!108 = !{!"llvm.loop.mustprogress"}
!109 = !{!"llvm.loop.unroll.disable"}
!110 = !DILocation(line: 0, scope: !9, inlinedAt: !111)
!111 = distinct !DILocation(line: 81, column: 22, scope: !24)
!112 = !DILocation(line: 48, column: 5, scope: !9, inlinedAt: !111)
!113 = !DILocation(line: 48, column: 9, scope: !9, inlinedAt: !111)
!114 = !DILocation(line: 48, column: 28, scope: !9, inlinedAt: !111)
!115 = !DILocation(line: 0, scope: !58, inlinedAt: !111)
!116 = !DILocation(line: 49, column: 5, scope: !58, inlinedAt: !111)
!117 = !DILocation(line: 0, scope: !60, inlinedAt: !111)
!118 = !DILocation(line: 50, column: 45, scope: !119, inlinedAt: !111)
!119 = distinct !DILexicalBlock(scope: !60, file: !2, line: 50, column: 9)
!120 = !DILocation(line: 49, column: 23, scope: !61, inlinedAt: !111)
!121 = distinct !{!121, !116, !122, !108, !109}
!122 = !DILocation(line: 50, column: 48, scope: !58, inlinedAt: !111)
!123 = !DILocation(line: 0, scope: !69, inlinedAt: !111)
!124 = !DILocation(line: 55, column: 41, scope: !125, inlinedAt: !111)
!125 = distinct !DILexicalBlock(scope: !69, file: !2, line: 55, column: 5)
!126 = !DILocation(line: 56, column: 16, scope: !9, inlinedAt: !111)
!127 = !DILocation(line: 0, scope: !72, inlinedAt: !111)
!128 = !DILocation(line: 58, column: 5, scope: !72, inlinedAt: !111)
!129 = !DILocation(line: 0, scope: !63, inlinedAt: !111)
!130 = !DILocation(line: 52, column: 17, scope: !65, inlinedAt: !111)
!131 = !DILocation(line: 52, column: 26, scope: !65, inlinedAt: !111)
!132 = !{!133, !100, i64 0}
!133 = !{!"edge", !100, i64 0, !100, i64 4, !100, i64 8}
!134 = !DILocation(line: 0, scope: !65, inlinedAt: !111)
!135 = !DILocation(line: 52, column: 42, scope: !65, inlinedAt: !111)
!136 = !{!133, !100, i64 4}
!137 = !DILocation(line: 53, column: 15, scope: !138, inlinedAt: !111)
!138 = distinct !DILexicalBlock(scope: !65, file: !2, line: 53, column: 13)
!139 = !DILocation(line: 53, column: 20, scope: !138, inlinedAt: !111)
!140 = !DILocation(line: 53, column: 24, scope: !138, inlinedAt: !111)
!141 = !DILocation(line: 53, column: 32, scope: !138, inlinedAt: !111)
!142 = !DILocation(line: 53, column: 36, scope: !138, inlinedAt: !111)
!143 = !DILocation(line: 53, column: 48, scope: !138, inlinedAt: !111)
!144 = !{!133, !100, i64 8}
!145 = !DILocation(line: 53, column: 50, scope: !138, inlinedAt: !111)
!146 = !DILocation(line: 53, column: 13, scope: !65, inlinedAt: !111)
!147 = !DILocation(line: 53, column: 91, scope: !138, inlinedAt: !111)
!148 = !DILocation(line: 53, column: 72, scope: !138, inlinedAt: !111)
!149 = !DILocation(line: 53, column: 80, scope: !138, inlinedAt: !111)
!150 = !DILocation(line: 53, column: 70, scope: !138, inlinedAt: !111)
!151 = !DILocation(line: 53, column: 62, scope: !138, inlinedAt: !111)
!152 = !DILocation(line: 51, column: 29, scope: !66, inlinedAt: !111)
!153 = !DILocation(line: 51, column: 23, scope: !66, inlinedAt: !111)
!154 = !DILocation(line: 51, column: 5, scope: !63, inlinedAt: !111)
!155 = distinct !{!155, !154, !156, !108, !109}
!156 = !DILocation(line: 54, column: 5, scope: !63, inlinedAt: !111)
!157 = !DILocation(line: 58, column: 29, scope: !75, inlinedAt: !111)
!158 = !DILocation(line: 58, column: 23, scope: !75, inlinedAt: !111)
!159 = distinct !{!159, !128, !160, !108, !109}
!160 = !DILocation(line: 67, column: 5, scope: !72, inlinedAt: !111)
!161 = !DILocation(line: 0, scope: !77, inlinedAt: !111)
!162 = !DILocation(line: 0, scope: !74, inlinedAt: !111)
!163 = !DILocation(line: 60, column: 9, scope: !77, inlinedAt: !111)
!164 = !DILocation(line: 62, column: 18, scope: !165, inlinedAt: !111)
!165 = distinct !DILexicalBlock(scope: !74, file: !2, line: 62, column: 13)
!166 = !DILocation(line: 62, column: 13, scope: !74, inlinedAt: !111)
!167 = !DILocation(line: 61, column: 18, scope: !168, inlinedAt: !111)
!168 = distinct !DILexicalBlock(scope: !169, file: !2, line: 61, column: 17)
!169 = distinct !DILexicalBlock(scope: !77, file: !2, line: 60, column: 9)
!170 = !DILocation(line: 61, column: 29, scope: !168, inlinedAt: !111)
!171 = !DILocation(line: 61, column: 32, scope: !168, inlinedAt: !111)
!172 = !DILocation(line: 61, column: 40, scope: !168, inlinedAt: !111)
!173 = !DILocation(line: 61, column: 45, scope: !168, inlinedAt: !111)
!174 = !DILocation(line: 61, column: 54, scope: !168, inlinedAt: !111)
!175 = !DILocation(line: 61, column: 58, scope: !168, inlinedAt: !111)
!176 = !DILocation(line: 61, column: 71, scope: !168, inlinedAt: !111)
!177 = !DILocation(line: 61, column: 69, scope: !168, inlinedAt: !111)
!178 = !DILocation(line: 61, column: 17, scope: !169, inlinedAt: !111)
!179 = !DILocation(line: 61, column: 84, scope: !168, inlinedAt: !111)
!180 = !DILocation(line: 60, column: 33, scope: !169, inlinedAt: !111)
!181 = !DILocation(line: 60, column: 27, scope: !169, inlinedAt: !111)
!182 = distinct !{!182, !163, !183, !108, !109}
!183 = !DILocation(line: 61, column: 91, scope: !77, inlinedAt: !111)
!184 = !DILocation(line: 63, column: 9, scope: !74, inlinedAt: !111)
!185 = !DILocation(line: 63, column: 23, scope: !74, inlinedAt: !111)
!186 = !DILocation(line: 64, column: 18, scope: !74, inlinedAt: !111)
!187 = !DILocation(line: 0, scope: !79, inlinedAt: !111)
!188 = !DILocation(line: 65, column: 9, scope: !79, inlinedAt: !111)
!189 = !DILocation(line: 66, column: 18, scope: !190, inlinedAt: !111)
!190 = distinct !DILexicalBlock(scope: !191, file: !2, line: 66, column: 17)
!191 = distinct !DILexicalBlock(scope: !79, file: !2, line: 65, column: 9)
!192 = !DILocation(line: 66, column: 29, scope: !190, inlinedAt: !111)
!193 = !DILocation(line: 66, column: 32, scope: !190, inlinedAt: !111)
!194 = !DILocation(line: 66, column: 43, scope: !190, inlinedAt: !111)
!195 = !DILocation(line: 66, column: 48, scope: !190, inlinedAt: !111)
!196 = !DILocation(line: 66, column: 52, scope: !190, inlinedAt: !111)
!197 = !DILocation(line: 66, column: 60, scope: !190, inlinedAt: !111)
!198 = !DILocation(line: 66, column: 64, scope: !190, inlinedAt: !111)
!199 = !DILocation(line: 66, scope: !190, inlinedAt: !111)
!200 = !DILocation(line: 65, column: 33, scope: !191, inlinedAt: !111)
!201 = !DILocation(line: 65, column: 27, scope: !191, inlinedAt: !111)
!202 = distinct !{!202, !188, !203, !108, !109}
!203 = !DILocation(line: 66, column: 109, scope: !79, inlinedAt: !111)
!204 = !DILocation(line: 64, column: 15, scope: !74, inlinedAt: !111)
!205 = !DILocation(line: 57, column: 10, scope: !9, inlinedAt: !111)
!206 = !DILocation(line: 69, column: 1, scope: !9, inlinedAt: !111)
!207 = !DILocalVariable(name: "n", arg: 1, scope: !208, file: !2, line: 31, type: !13)
!208 = distinct !DISubprogram(name: "kruskal", scope: !2, file: !2, line: 31, type: !209, scopeLine: 31, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !21, retainedNodes: !213)
!209 = !DISubroutineType(types: !210)
!210 = !{!12, !13, !211, !13, !212}
!211 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !16, size: 64)
!212 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !13, size: 64)
!213 = !{!207, !214, !215, !216, !217, !222, !224, !225}
!214 = !DILocalVariable(name: "edges", arg: 2, scope: !208, file: !2, line: 31, type: !211)
!215 = !DILocalVariable(name: "m", arg: 3, scope: !208, file: !2, line: 31, type: !13)
!216 = !DILocalVariable(name: "used", arg: 4, scope: !208, file: !2, line: 31, type: !212)
!217 = !DILocalVariable(name: "d", scope: !208, file: !2, line: 32, type: !218)
!218 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "dsu", file: !2, line: 7, size: 4096, elements: !219)
!219 = !{!220, !221}
!220 = !DIDerivedType(tag: DW_TAG_member, name: "parent", scope: !218, file: !2, line: 8, baseType: !53, size: 2048)
!221 = !DIDerivedType(tag: DW_TAG_member, name: "rank", scope: !218, file: !2, line: 9, baseType: !53, size: 2048, offset: 2048)
!222 = !DILocalVariable(name: "i", scope: !223, file: !2, line: 33, type: !13)
!223 = distinct !DILexicalBlock(scope: !208, file: !2, line: 33, column: 5)
!224 = !DILocalVariable(name: "total", scope: !208, file: !2, line: 35, type: !12)
!225 = !DILocalVariable(name: "i", scope: !226, file: !2, line: 37, type: !13)
!226 = distinct !DILexicalBlock(scope: !208, file: !2, line: 37, column: 5)
!227 = !DILocation(line: 0, scope: !208, inlinedAt: !228)
!228 = distinct !DILocation(line: 82, column: 18, scope: !24)
!229 = !DILocation(line: 32, column: 5, scope: !208, inlinedAt: !228)
!230 = !DILocation(line: 32, column: 16, scope: !208, inlinedAt: !228)
!231 = !DILocation(line: 0, scope: !223, inlinedAt: !228)
!232 = !DILocation(line: 33, column: 5, scope: !223, inlinedAt: !228)
!233 = !DILocation(line: 34, column: 5, scope: !208, inlinedAt: !228)
!234 = !DILocation(line: 0, scope: !226, inlinedAt: !228)
!235 = !DILocation(line: 37, column: 27, scope: !236, inlinedAt: !228)
!236 = distinct !DILexicalBlock(scope: !226, file: !2, line: 37, column: 5)
!237 = !DILocation(line: 33, column: 35, scope: !238, inlinedAt: !228)
!238 = distinct !DILexicalBlock(scope: !239, file: !2, line: 33, column: 33)
!239 = distinct !DILexicalBlock(scope: !223, file: !2, line: 33, column: 5)
!240 = !DILocation(line: 33, column: 47, scope: !238, inlinedAt: !228)
!241 = !DILocation(line: 33, column: 52, scope: !238, inlinedAt: !228)
!242 = !DILocation(line: 33, column: 62, scope: !238, inlinedAt: !228)
!243 = !DILocation(line: 33, column: 29, scope: !239, inlinedAt: !228)
!244 = !DILocation(line: 33, column: 23, scope: !239, inlinedAt: !228)
!245 = distinct !{!245, !232, !246, !108, !109}
!246 = !DILocation(line: 33, column: 67, scope: !223, inlinedAt: !228)
!247 = !DILocation(line: 36, column: 11, scope: !208, inlinedAt: !228)
!248 = !DILocation(line: 37, column: 36, scope: !236, inlinedAt: !228)
!249 = !DILocation(line: 37, column: 5, scope: !226, inlinedAt: !228)
!250 = !DILocation(line: 38, column: 23, scope: !251, inlinedAt: !228)
!251 = distinct !DILexicalBlock(scope: !236, file: !2, line: 38, column: 13)
!252 = !DILocation(line: 38, column: 32, scope: !251, inlinedAt: !228)
!253 = !DILocation(line: 38, column: 44, scope: !251, inlinedAt: !228)
!254 = !DILocalVariable(name: "d", arg: 1, scope: !255, file: !2, line: 17, type: !258)
!255 = distinct !DISubprogram(name: "unite", scope: !2, file: !2, line: 17, type: !256, scopeLine: 17, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !21, retainedNodes: !259)
!256 = !DISubroutineType(types: !257)
!257 = !{!13, !258, !13, !13}
!258 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !218, size: 64)
!259 = !{!254, !260, !261, !262}
!260 = !DILocalVariable(name: "a", arg: 2, scope: !255, file: !2, line: 17, type: !13)
!261 = !DILocalVariable(name: "b", arg: 3, scope: !255, file: !2, line: 17, type: !13)
!262 = !DILocalVariable(name: "t", scope: !263, file: !2, line: 21, type: !13)
!263 = distinct !DILexicalBlock(scope: !264, file: !2, line: 21, column: 34)
!264 = distinct !DILexicalBlock(scope: !255, file: !2, line: 21, column: 9)
!265 = !DILocation(line: 0, scope: !255, inlinedAt: !266)
!266 = distinct !DILocation(line: 38, column: 13, scope: !251, inlinedAt: !228)
!267 = !DILocation(line: 18, column: 9, scope: !255, inlinedAt: !266)
!268 = !DILocation(line: 19, column: 9, scope: !255, inlinedAt: !266)
!269 = !DILocation(line: 20, column: 11, scope: !270, inlinedAt: !266)
!270 = distinct !DILexicalBlock(scope: !255, file: !2, line: 20, column: 9)
!271 = !DILocation(line: 20, column: 9, scope: !255, inlinedAt: !266)
!272 = !DILocation(line: 21, column: 9, scope: !264, inlinedAt: !266)
!273 = !DILocation(line: 21, column: 22, scope: !264, inlinedAt: !266)
!274 = !DILocation(line: 21, column: 20, scope: !264, inlinedAt: !266)
!275 = !DILocation(line: 21, column: 9, scope: !255, inlinedAt: !266)
!276 = !DILocation(line: 22, column: 5, scope: !255, inlinedAt: !266)
!277 = !DILocation(line: 22, column: 18, scope: !255, inlinedAt: !266)
!278 = !DILocation(line: 23, column: 9, scope: !279, inlinedAt: !266)
!279 = distinct !DILexicalBlock(scope: !255, file: !2, line: 23, column: 9)
!280 = !DILocation(line: 23, column: 23, scope: !279, inlinedAt: !266)
!281 = !DILocation(line: 23, column: 20, scope: !279, inlinedAt: !266)
!282 = !DILocation(line: 23, column: 9, scope: !255, inlinedAt: !266)
!283 = !DILocation(line: 23, column: 45, scope: !279, inlinedAt: !266)
!284 = !DILocation(line: 23, column: 35, scope: !279, inlinedAt: !266)
!285 = !DILocation(line: 39, column: 31, scope: !286, inlinedAt: !228)
!286 = distinct !DILexicalBlock(scope: !251, file: !2, line: 38, column: 48)
!287 = !DILocation(line: 39, column: 22, scope: !286, inlinedAt: !228)
!288 = !DILocation(line: 39, column: 19, scope: !286, inlinedAt: !228)
!289 = !DILocation(line: 40, column: 20, scope: !286, inlinedAt: !228)
!290 = !DILocation(line: 41, column: 9, scope: !286, inlinedAt: !228)
!291 = !DILocation(line: 37, column: 46, scope: !236, inlinedAt: !228)
!292 = !DILocation(line: 37, column: 23, scope: !236, inlinedAt: !228)
!293 = distinct !{!293, !249, !294, !108, !109}
!294 = !DILocation(line: 41, column: 9, scope: !226, inlinedAt: !228)
!295 = !DILocation(line: 43, column: 1, scope: !208, inlinedAt: !228)
!296 = !DILocation(line: 83, column: 5, scope: !24)
!297 = !DILocation(line: 84, column: 17, scope: !24)
!298 = !DILocation(line: 84, column: 26, scope: !24)
!299 = !DILocation(line: 84, column: 12, scope: !24)
!300 = !DILocation(line: 85, column: 1, scope: !24)
!301 = !DILocation(line: 84, column: 5, scope: !24)
!302 = !DILocation(line: 0, scope: !36)
!303 = !DILocation(line: 77, column: 16, scope: !304)
!304 = distinct !DILexicalBlock(scope: !305, file: !2, line: 76, column: 33)
!305 = distinct !DILexicalBlock(scope: !36, file: !2, line: 76, column: 5)
!306 = !DILocation(line: 77, column: 9, scope: !304)
!307 = !DILocation(line: 77, column: 42, scope: !304)
!308 = !DILocation(line: 77, column: 46, scope: !304)
!309 = !DILocation(line: 77, column: 51, scope: !304)
!310 = !DILocation(line: 77, column: 63, scope: !304)
!311 = !DILocation(line: 77, column: 69, scope: !304)
!312 = !DILocation(line: 77, column: 58, scope: !304)
!313 = !DILocation(line: 77, column: 22, scope: !304)
!314 = !DILocation(line: 78, column: 16, scope: !304)
!315 = !DILocation(line: 78, column: 9, scope: !304)
!316 = !DILocation(line: 78, column: 42, scope: !304)
!317 = !DILocation(line: 78, column: 47, scope: !304)
!318 = !DILocation(line: 78, column: 52, scope: !304)
!319 = !DILocation(line: 78, column: 64, scope: !304)
!320 = !DILocation(line: 78, column: 70, scope: !304)
!321 = !DILocation(line: 78, column: 59, scope: !304)
!322 = !DILocation(line: 78, column: 22, scope: !304)
!323 = !DILocation(line: 76, column: 29, scope: !305)
!324 = !DILocation(line: 76, column: 23, scope: !305)
!325 = !DILocation(line: 76, column: 5, scope: !36)
!326 = distinct !{!326, !325, !327, !108, !109}
!327 = !DILocation(line: 79, column: 5, scope: !36)
!328 = !DISubprogram(name: "printf", scope: !329, file: !329, line: 356, type: !330, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !335)
!329 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!330 = !DISubroutineType(types: !331)
!331 = !{!13, !332, null}
!332 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !333)
!333 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !334, size: 64)
!334 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !4)
!335 = !{}
!336 = !DISubprogram(name: "qsort", scope: !337, file: !337, line: 851, type: !338, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !335)
!337 = !DIFile(filename: "/usr/include/stdlib.h", directory: "", checksumkind: CSK_MD5, checksum: "4b47dc81a92f1fe77a152c0aac236718")
!338 = !DISubroutineType(types: !339)
!339 = !{null, !340, !44, !44, !341}
!340 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!341 = !DIDerivedType(tag: DW_TAG_typedef, name: "__compar_fn_t", file: !337, line: 829, baseType: !342)
!342 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !343, size: 64)
!343 = !DISubroutineType(types: !344)
!344 = !{!13, !345, !345}
!345 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !346, size: 64)
!346 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
!347 = distinct !DISubprogram(name: "by_weight", scope: !2, file: !2, line: 27, type: !343, scopeLine: 27, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !21, retainedNodes: !348)
!348 = !{!349, !350}
!349 = !DILocalVariable(name: "a", arg: 1, scope: !347, file: !2, line: 27, type: !345)
!350 = !DILocalVariable(name: "b", arg: 2, scope: !347, file: !2, line: 27, type: !345)
!351 = !DILocation(line: 0, scope: !347)
!352 = !DILocation(line: 28, column: 38, scope: !347)
!353 = !DILocation(line: 28, column: 68, scope: !347)
!354 = !DILocation(line: 28, column: 40, scope: !347)
!355 = !DILocation(line: 28, column: 5, scope: !347)
!356 = distinct !DISubprogram(name: "find", scope: !2, file: !2, line: 12, type: !357, scopeLine: 12, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !21, retainedNodes: !359)
!357 = !DISubroutineType(types: !358)
!358 = !{!13, !258, !13}
!359 = !{!360, !361}
!360 = !DILocalVariable(name: "d", arg: 1, scope: !356, file: !2, line: 12, type: !258)
!361 = !DILocalVariable(name: "x", arg: 2, scope: !356, file: !2, line: 12, type: !13)
!362 = !DILocation(line: 0, scope: !356)
!363 = !DILocation(line: 13, column: 9, scope: !364)
!364 = distinct !DILexicalBlock(scope: !356, file: !2, line: 13, column: 9)
!365 = !DILocation(line: 13, column: 22, scope: !364)
!366 = !DILocation(line: 13, column: 9, scope: !356)
!367 = !DILocation(line: 13, column: 43, scope: !364)
!368 = !DILocation(line: 13, column: 41, scope: !364)
!369 = !DILocation(line: 13, column: 28, scope: !364)
!370 = !DILocation(line: 14, column: 12, scope: !356)
!371 = !DILocation(line: 14, column: 5, scope: !356)
