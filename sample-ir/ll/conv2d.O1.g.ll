; ModuleID = 'c/conv2d.c'
source_filename = "c/conv2d.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@image = internal unnamed_addr global [48 x [64 x float]] zeroinitializer, align 16, !dbg !0
@blurred = internal unnamed_addr global [48 x [64 x float]] zeroinitializer, align 16, !dbg !11
@gauss5 = internal unnamed_addr constant [5 x [5 x float]] [[5 x float] [float 1.000000e+00, float 4.000000e+00, float 6.000000e+00, float 4.000000e+00, float 1.000000e+00], [5 x float] [float 4.000000e+00, float 1.600000e+01, float 2.400000e+01, float 1.600000e+01, float 4.000000e+00], [5 x float] [float 6.000000e+00, float 2.400000e+01, float 3.600000e+01, float 2.400000e+01, float 6.000000e+00], [5 x float] [float 4.000000e+00, float 1.600000e+01, float 2.400000e+01, float 1.600000e+01, float 4.000000e+00], [5 x float] [float 1.000000e+00, float 4.000000e+00, float 6.000000e+00, float 4.000000e+00, float 1.000000e+00]], align 16, !dbg !20
@edges = internal unnamed_addr global [48 x [64 x float]] zeroinitializer, align 16, !dbg !18
@sobel_x = internal unnamed_addr constant [3 x [3 x float]] [[3 x float] [float -1.000000e+00, float 0.000000e+00, float 1.000000e+00], [3 x float] [float -2.000000e+00, float 0.000000e+00, float 2.000000e+00], [3 x float] [float -1.000000e+00, float 0.000000e+00, float 1.000000e+00]], align 16, !dbg !26
@.str = private unnamed_addr constant [67 x i8] c"conv2d mass in=%.2f blurred=%.2f edge(left)=%.1f edge(right)=%.1f\0A\00", align 1, !dbg !5

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 !dbg !37 {
  call void @llvm.dbg.value(metadata i32 0, metadata !42, metadata !DIExpression()), !dbg !54
  br label %1, !dbg !55

1:                                                ; preds = %0, %90
  %2 = phi i64 [ 0, %0 ], [ %91, %90 ]
  call void @llvm.dbg.value(metadata i64 %2, metadata !42, metadata !DIExpression()), !dbg !54
  %3 = icmp ugt i64 %2, 11
  %4 = icmp ult i64 %2, 36
  call void @llvm.dbg.value(metadata i32 0, metadata !44, metadata !DIExpression()), !dbg !56
  br label %93, !dbg !57

5:                                                ; preds = %90, %8
  %6 = phi i64 [ %9, %8 ], [ 0, %90 ]
  call void @llvm.dbg.value(metadata i64 %6, metadata !58, metadata !DIExpression()), !dbg !87
  call void @llvm.dbg.value(metadata i32 0, metadata !76, metadata !DIExpression()), !dbg !89
  %7 = trunc i64 %6 to i32
  br label %11, !dbg !90

8:                                                ; preds = %22
  %9 = add nuw nsw i64 %6, 1, !dbg !91
  call void @llvm.dbg.value(metadata i64 %9, metadata !58, metadata !DIExpression()), !dbg !87
  %10 = icmp eq i64 %9, 48, !dbg !92
  br i1 %10, label %48, label %5, !dbg !93, !llvm.loop !94

11:                                               ; preds = %22, %5
  %12 = phi i64 [ 0, %5 ], [ %25, %22 ]
  call void @llvm.dbg.value(metadata i64 %12, metadata !76, metadata !DIExpression()), !dbg !89
  call void @llvm.dbg.value(metadata float 0.000000e+00, metadata !79, metadata !DIExpression()), !dbg !98
  call void @llvm.dbg.value(metadata i32 -2, metadata !82, metadata !DIExpression()), !dbg !99
  call void @llvm.dbg.value(metadata float 0.000000e+00, metadata !79, metadata !DIExpression()), !dbg !98
  br label %13, !dbg !100

13:                                               ; preds = %27, %11
  %14 = phi i32 [ %28, %27 ], [ -2, %11 ]
  %15 = phi float [ %45, %27 ], [ 0.000000e+00, %11 ]
  call void @llvm.dbg.value(metadata i32 %14, metadata !82, metadata !DIExpression()), !dbg !99
  call void @llvm.dbg.value(metadata float %15, metadata !79, metadata !DIExpression()), !dbg !98
  call void @llvm.dbg.value(metadata i32 -2, metadata !84, metadata !DIExpression()), !dbg !101
  call void @llvm.dbg.value(metadata float %15, metadata !79, metadata !DIExpression()), !dbg !98
  %16 = mul nsw i32 %14, 5
  %17 = add nsw i32 %16, 12
  %18 = add nsw i32 %14, %7
  %19 = tail call i32 @llvm.smin.i32(i32 %18, i32 47)
  %20 = tail call i32 @llvm.smax.i32(i32 %19, i32 0)
  %21 = zext i32 %20 to i64
  br label %30, !dbg !102

22:                                               ; preds = %27
  %23 = fmul float %45, 3.906250e-03, !dbg !103
  %24 = getelementptr inbounds [64 x float], ptr @blurred, i64 %6, i64 %12, !dbg !104
  store float %23, ptr %24, align 4, !dbg !105, !tbaa !106
  %25 = add nuw nsw i64 %12, 1, !dbg !110
  call void @llvm.dbg.value(metadata i64 %25, metadata !76, metadata !DIExpression()), !dbg !89
  %26 = icmp eq i64 %25, 64, !dbg !111
  br i1 %26, label %8, label %11, !dbg !90, !llvm.loop !112

27:                                               ; preds = %30
  %28 = add nsw i32 %14, 1, !dbg !114
  call void @llvm.dbg.value(metadata i32 %28, metadata !82, metadata !DIExpression()), !dbg !99
  call void @llvm.dbg.value(metadata float %45, metadata !79, metadata !DIExpression()), !dbg !98
  %29 = icmp eq i32 %14, 2, !dbg !115
  br i1 %29, label %22, label %13, !dbg !100, !llvm.loop !116

30:                                               ; preds = %30, %13
  %31 = phi i64 [ 4294967294, %13 ], [ %46, %30 ]
  %32 = phi float [ %15, %13 ], [ %45, %30 ]
  call void @llvm.dbg.value(metadata i64 %31, metadata !84, metadata !DIExpression()), !dbg !101
  call void @llvm.dbg.value(metadata float %32, metadata !79, metadata !DIExpression()), !dbg !98
  %33 = trunc i64 %31 to i32, !dbg !118
  %34 = add nsw i32 %17, %33, !dbg !118
  %35 = sext i32 %34 to i64, !dbg !120
  %36 = getelementptr inbounds float, ptr @gauss5, i64 %35, !dbg !120
  %37 = load float, ptr %36, align 4, !dbg !120, !tbaa !106
  call void @llvm.dbg.value(metadata i32 %18, metadata !121, metadata !DIExpression()), !dbg !128
  call void @llvm.dbg.value(metadata i32 0, metadata !126, metadata !DIExpression()), !dbg !128
  call void @llvm.dbg.value(metadata i32 47, metadata !127, metadata !DIExpression()), !dbg !128
  %38 = add nuw nsw i64 %31, %12, !dbg !130
  call void @llvm.dbg.value(metadata i64 %38, metadata !121, metadata !DIExpression()), !dbg !131
  call void @llvm.dbg.value(metadata i32 0, metadata !126, metadata !DIExpression()), !dbg !131
  call void @llvm.dbg.value(metadata i32 63, metadata !127, metadata !DIExpression()), !dbg !131
  %39 = trunc i64 %38 to i32, !dbg !133
  %40 = tail call i32 @llvm.smin.i32(i32 %39, i32 63), !dbg !133
  %41 = tail call i32 @llvm.smax.i32(i32 %40, i32 0), !dbg !133
  %42 = zext i32 %41 to i64, !dbg !134
  %43 = getelementptr inbounds [64 x float], ptr @image, i64 %21, i64 %42, !dbg !134
  %44 = load float, ptr %43, align 4, !dbg !134, !tbaa !106
  %45 = tail call float @llvm.fmuladd.f32(float %37, float %44, float %32), !dbg !135
  call void @llvm.dbg.value(metadata float %45, metadata !79, metadata !DIExpression()), !dbg !98
  %46 = add nuw nsw i64 %31, 1, !dbg !136
  call void @llvm.dbg.value(metadata i64 %46, metadata !84, metadata !DIExpression()), !dbg !101
  %47 = icmp eq i64 %46, 4294967299, !dbg !137
  br i1 %47, label %27, label %30, !dbg !102, !llvm.loop !138

48:                                               ; preds = %8, %51
  %49 = phi i64 [ %52, %51 ], [ 0, %8 ]
  call void @llvm.dbg.value(metadata i64 %49, metadata !58, metadata !DIExpression()), !dbg !140
  call void @llvm.dbg.value(metadata i32 0, metadata !76, metadata !DIExpression()), !dbg !142
  %50 = trunc i64 %49 to i32
  br label %54, !dbg !143

51:                                               ; preds = %66
  %52 = add nuw nsw i64 %49, 1, !dbg !144
  call void @llvm.dbg.value(metadata i64 %52, metadata !58, metadata !DIExpression()), !dbg !140
  %53 = icmp eq i64 %52, 48, !dbg !145
  br i1 %53, label %104, label %48, !dbg !146, !llvm.loop !147

54:                                               ; preds = %66, %48
  %55 = phi i64 [ 0, %48 ], [ %68, %66 ]
  call void @llvm.dbg.value(metadata i64 %55, metadata !76, metadata !DIExpression()), !dbg !142
  call void @llvm.dbg.value(metadata float 0.000000e+00, metadata !79, metadata !DIExpression()), !dbg !149
  call void @llvm.dbg.value(metadata i32 -1, metadata !82, metadata !DIExpression()), !dbg !150
  call void @llvm.dbg.value(metadata float 0.000000e+00, metadata !79, metadata !DIExpression()), !dbg !149
  br label %56, !dbg !151

56:                                               ; preds = %70, %54
  %57 = phi i32 [ %59, %70 ], [ -1, %54 ]
  %58 = phi float [ %87, %70 ], [ 0.000000e+00, %54 ]
  call void @llvm.dbg.value(metadata i32 %57, metadata !82, metadata !DIExpression()), !dbg !150
  call void @llvm.dbg.value(metadata float %58, metadata !79, metadata !DIExpression()), !dbg !149
  call void @llvm.dbg.value(metadata i32 -1, metadata !84, metadata !DIExpression()), !dbg !152
  call void @llvm.dbg.value(metadata float %58, metadata !79, metadata !DIExpression()), !dbg !149
  %59 = add nsw i32 %57, 1
  %60 = mul nuw nsw i32 %59, 3
  %61 = add nuw nsw i32 %60, 1
  %62 = add nsw i32 %57, %50
  %63 = tail call i32 @llvm.smin.i32(i32 %62, i32 47)
  %64 = tail call i32 @llvm.smax.i32(i32 %63, i32 0)
  %65 = zext i32 %64 to i64
  br label %72, !dbg !153

66:                                               ; preds = %70
  %67 = getelementptr inbounds [64 x float], ptr @edges, i64 %49, i64 %55, !dbg !154
  store float %87, ptr %67, align 4, !dbg !155, !tbaa !106
  %68 = add nuw nsw i64 %55, 1, !dbg !156
  call void @llvm.dbg.value(metadata i64 %68, metadata !76, metadata !DIExpression()), !dbg !142
  %69 = icmp eq i64 %68, 64, !dbg !157
  br i1 %69, label %51, label %54, !dbg !143, !llvm.loop !158

70:                                               ; preds = %72
  call void @llvm.dbg.value(metadata i32 %59, metadata !82, metadata !DIExpression()), !dbg !150
  call void @llvm.dbg.value(metadata float %87, metadata !79, metadata !DIExpression()), !dbg !149
  %71 = icmp eq i32 %57, 1, !dbg !160
  br i1 %71, label %66, label %56, !dbg !151, !llvm.loop !161

72:                                               ; preds = %72, %56
  %73 = phi i64 [ 4294967295, %56 ], [ %88, %72 ]
  %74 = phi float [ %58, %56 ], [ %87, %72 ]
  call void @llvm.dbg.value(metadata i64 %73, metadata !84, metadata !DIExpression()), !dbg !152
  call void @llvm.dbg.value(metadata float %74, metadata !79, metadata !DIExpression()), !dbg !149
  %75 = trunc i64 %73 to i32, !dbg !163
  %76 = add nsw i32 %61, %75, !dbg !163
  %77 = sext i32 %76 to i64, !dbg !164
  %78 = getelementptr inbounds float, ptr @sobel_x, i64 %77, !dbg !164
  %79 = load float, ptr %78, align 4, !dbg !164, !tbaa !106
  call void @llvm.dbg.value(metadata i32 %62, metadata !121, metadata !DIExpression()), !dbg !165
  call void @llvm.dbg.value(metadata i32 0, metadata !126, metadata !DIExpression()), !dbg !165
  call void @llvm.dbg.value(metadata i32 47, metadata !127, metadata !DIExpression()), !dbg !165
  %80 = add nuw nsw i64 %73, %55, !dbg !167
  call void @llvm.dbg.value(metadata i64 %80, metadata !121, metadata !DIExpression()), !dbg !168
  call void @llvm.dbg.value(metadata i32 0, metadata !126, metadata !DIExpression()), !dbg !168
  call void @llvm.dbg.value(metadata i32 63, metadata !127, metadata !DIExpression()), !dbg !168
  %81 = trunc i64 %80 to i32, !dbg !170
  %82 = tail call i32 @llvm.smin.i32(i32 %81, i32 63), !dbg !170
  %83 = tail call i32 @llvm.smax.i32(i32 %82, i32 0), !dbg !170
  %84 = zext i32 %83 to i64, !dbg !171
  %85 = getelementptr inbounds [64 x float], ptr @image, i64 %65, i64 %84, !dbg !171
  %86 = load float, ptr %85, align 4, !dbg !171, !tbaa !106
  %87 = tail call float @llvm.fmuladd.f32(float %79, float %86, float %74), !dbg !172
  call void @llvm.dbg.value(metadata float %87, metadata !79, metadata !DIExpression()), !dbg !149
  %88 = add nuw nsw i64 %73, 1, !dbg !173
  call void @llvm.dbg.value(metadata i64 %88, metadata !84, metadata !DIExpression()), !dbg !152
  %89 = icmp eq i64 %88, 4294967298, !dbg !174
  br i1 %89, label %70, label %72, !dbg !153, !llvm.loop !175

90:                                               ; preds = %93
  %91 = add nuw nsw i64 %2, 1, !dbg !177
  call void @llvm.dbg.value(metadata i64 %91, metadata !42, metadata !DIExpression()), !dbg !54
  %92 = icmp eq i64 %91, 48, !dbg !178
  br i1 %92, label %5, label %1, !dbg !55, !llvm.loop !179

93:                                               ; preds = %1, %93
  %94 = phi i64 [ 0, %1 ], [ %102, %93 ]
  call void @llvm.dbg.value(metadata i64 %94, metadata !44, metadata !DIExpression()), !dbg !56
  %95 = trunc i64 %94 to i32, !dbg !181
  %96 = add i32 %95, -20, !dbg !181
  %97 = icmp ult i32 %96, 24, !dbg !181
  %98 = select i1 %97, i1 %3, i1 false, !dbg !181
  %99 = select i1 %98, i1 %4, i1 false, !dbg !181
  %100 = select i1 %99, float 1.000000e+00, float 0.000000e+00, !dbg !183
  %101 = getelementptr inbounds [48 x [64 x float]], ptr @image, i64 0, i64 %2, i64 %94, !dbg !184
  store float %100, ptr %101, align 4, !dbg !185, !tbaa !106
  %102 = add nuw nsw i64 %94, 1, !dbg !186
  call void @llvm.dbg.value(metadata i64 %102, metadata !44, metadata !DIExpression()), !dbg !56
  %103 = icmp eq i64 %102, 64, !dbg !187
  br i1 %103, label %90, label %93, !dbg !57, !llvm.loop !188

104:                                              ; preds = %51, %126
  %105 = phi i64 [ %127, %126 ], [ 0, %51 ]
  %106 = phi float [ %138, %126 ], [ 0.000000e+00, %51 ]
  %107 = phi float [ %135, %126 ], [ 0.000000e+00, %51 ]
  call void @llvm.dbg.value(metadata i64 %105, metadata !49, metadata !DIExpression()), !dbg !190
  call void @llvm.dbg.value(metadata float %106, metadata !48, metadata !DIExpression()), !dbg !191
  call void @llvm.dbg.value(metadata float %107, metadata !47, metadata !DIExpression()), !dbg !191
  call void @llvm.dbg.value(metadata i32 0, metadata !51, metadata !DIExpression()), !dbg !192
  call void @llvm.dbg.value(metadata float %106, metadata !48, metadata !DIExpression()), !dbg !191
  call void @llvm.dbg.value(metadata float %107, metadata !47, metadata !DIExpression()), !dbg !191
  br label %129, !dbg !193

108:                                              ; preds = %126
  %109 = fpext float %135 to double, !dbg !194
  %110 = fpext float %138 to double, !dbg !195
  %111 = load float, ptr getelementptr inbounds ([48 x [64 x float]], ptr @edges, i64 0, i64 24, i64 20), align 16, !dbg !196, !tbaa !106
  %112 = fpext float %111 to double, !dbg !196
  %113 = load float, ptr getelementptr inbounds ([48 x [64 x float]], ptr @edges, i64 0, i64 24, i64 43), align 4, !dbg !197, !tbaa !106
  %114 = fpext float %113 to double, !dbg !197
  %115 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %109, double noundef %110, double noundef %112, double noundef %114), !dbg !198
  %116 = fsub float %135, %138, !dbg !199
  %117 = tail call float @llvm.fabs.f32(float %116), !dbg !200
  %118 = fcmp uge float %117, 0x3F847AE140000000, !dbg !201
  %119 = load float, ptr getelementptr inbounds ([48 x [64 x float]], ptr @edges, i64 0, i64 24, i64 20), align 16
  %120 = fcmp une float %119, 4.000000e+00
  %121 = select i1 %118, i1 true, i1 %120, !dbg !202
  %122 = load float, ptr getelementptr inbounds ([48 x [64 x float]], ptr @edges, i64 0, i64 24, i64 43), align 4, !dbg !202
  %123 = fcmp une float %122, -4.000000e+00, !dbg !202
  %124 = select i1 %121, i1 true, i1 %123, !dbg !202
  %125 = zext i1 %124 to i32, !dbg !202
  ret i32 %125, !dbg !203

126:                                              ; preds = %129
  %127 = add nuw nsw i64 %105, 1, !dbg !204
  call void @llvm.dbg.value(metadata i64 %127, metadata !49, metadata !DIExpression()), !dbg !190
  call void @llvm.dbg.value(metadata float %138, metadata !48, metadata !DIExpression()), !dbg !191
  call void @llvm.dbg.value(metadata float %135, metadata !47, metadata !DIExpression()), !dbg !191
  %128 = icmp eq i64 %127, 48, !dbg !205
  br i1 %128, label %108, label %104, !dbg !206, !llvm.loop !207

129:                                              ; preds = %104, %129
  %130 = phi i64 [ 0, %104 ], [ %139, %129 ]
  %131 = phi float [ %106, %104 ], [ %138, %129 ]
  %132 = phi float [ %107, %104 ], [ %135, %129 ]
  call void @llvm.dbg.value(metadata i64 %130, metadata !51, metadata !DIExpression()), !dbg !192
  call void @llvm.dbg.value(metadata float %131, metadata !48, metadata !DIExpression()), !dbg !191
  call void @llvm.dbg.value(metadata float %132, metadata !47, metadata !DIExpression()), !dbg !191
  %133 = getelementptr inbounds [48 x [64 x float]], ptr @image, i64 0, i64 %105, i64 %130, !dbg !209
  %134 = load float, ptr %133, align 4, !dbg !209, !tbaa !106
  %135 = fadd float %132, %134, !dbg !212
  call void @llvm.dbg.value(metadata float %135, metadata !47, metadata !DIExpression()), !dbg !191
  %136 = getelementptr inbounds [48 x [64 x float]], ptr @blurred, i64 0, i64 %105, i64 %130, !dbg !213
  %137 = load float, ptr %136, align 4, !dbg !213, !tbaa !106
  %138 = fadd float %131, %137, !dbg !214
  call void @llvm.dbg.value(metadata float %138, metadata !48, metadata !DIExpression()), !dbg !191
  %139 = add nuw nsw i64 %130, 1, !dbg !215
  call void @llvm.dbg.value(metadata i64 %139, metadata !51, metadata !DIExpression()), !dbg !192
  %140 = icmp eq i64 %139, 64, !dbg !216
  br i1 %140, label %126, label %129, !dbg !193, !llvm.loop !217
}

; Function Attrs: nofree nounwind
declare !dbg !219 noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fabs.f32(float) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare void @llvm.dbg.value(metadata, metadata, metadata) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #3

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!31, !32, !33, !34, !35, !36}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "image", scope: !2, file: !3, line: 8, type: !13, isLocal: true, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "c/conv2d.c", directory: ".", checksumkind: CSK_MD5, checksum: "35a1879c9b10f300c6ffeaf3fbb4821d")
!4 = !{!5, !0, !11, !18, !20, !26}
!5 = !DIGlobalVariableExpression(var: !6, expr: !DIExpression())
!6 = distinct !DIGlobalVariable(scope: null, file: !3, line: 42, type: !7, isLocal: true, isDefinition: true)
!7 = !DICompositeType(tag: DW_TAG_array_type, baseType: !8, size: 536, elements: !9)
!8 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!9 = !{!10}
!10 = !DISubrange(count: 67)
!11 = !DIGlobalVariableExpression(var: !12, expr: !DIExpression())
!12 = distinct !DIGlobalVariable(name: "blurred", scope: !2, file: !3, line: 8, type: !13, isLocal: true, isDefinition: true)
!13 = !DICompositeType(tag: DW_TAG_array_type, baseType: !14, size: 98304, elements: !15)
!14 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!15 = !{!16, !17}
!16 = !DISubrange(count: 48)
!17 = !DISubrange(count: 64)
!18 = !DIGlobalVariableExpression(var: !19, expr: !DIExpression())
!19 = distinct !DIGlobalVariable(name: "edges", scope: !2, file: !3, line: 8, type: !13, isLocal: true, isDefinition: true)
!20 = !DIGlobalVariableExpression(var: !21, expr: !DIExpression())
!21 = distinct !DIGlobalVariable(name: "gauss5", scope: !2, file: !3, line: 10, type: !22, isLocal: true, isDefinition: true)
!22 = !DICompositeType(tag: DW_TAG_array_type, baseType: !23, size: 800, elements: !24)
!23 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !14)
!24 = !{!25, !25}
!25 = !DISubrange(count: 5)
!26 = !DIGlobalVariableExpression(var: !27, expr: !DIExpression())
!27 = distinct !DIGlobalVariable(name: "sobel_x", scope: !2, file: !3, line: 12, type: !28, isLocal: true, isDefinition: true)
!28 = !DICompositeType(tag: DW_TAG_array_type, baseType: !23, size: 288, elements: !29)
!29 = !{!30, !30}
!30 = !DISubrange(count: 3)
!31 = !{i32 7, !"Dwarf Version", i32 5}
!32 = !{i32 2, !"Debug Info Version", i32 3}
!33 = !{i32 1, !"wchar_size", i32 4}
!34 = !{i32 8, !"PIC Level", i32 2}
!35 = !{i32 7, !"PIE Level", i32 2}
!36 = !{i32 7, !"uwtable", i32 2}
!37 = distinct !DISubprogram(name: "main", scope: !3, file: !3, line: 28, type: !38, scopeLine: 28, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !41)
!38 = !DISubroutineType(types: !39)
!39 = !{!40}
!40 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!41 = !{!42, !44, !47, !48, !49, !51}
!42 = !DILocalVariable(name: "y", scope: !43, file: !3, line: 30, type: !40)
!43 = distinct !DILexicalBlock(scope: !37, file: !3, line: 30, column: 5)
!44 = !DILocalVariable(name: "x", scope: !45, file: !3, line: 31, type: !40)
!45 = distinct !DILexicalBlock(scope: !46, file: !3, line: 31, column: 9)
!46 = distinct !DILexicalBlock(scope: !43, file: !3, line: 30, column: 5)
!47 = !DILocalVariable(name: "total_in", scope: !37, file: !3, line: 35, type: !14)
!48 = !DILocalVariable(name: "total_blur", scope: !37, file: !3, line: 35, type: !14)
!49 = !DILocalVariable(name: "y", scope: !50, file: !3, line: 36, type: !40)
!50 = distinct !DILexicalBlock(scope: !37, file: !3, line: 36, column: 5)
!51 = !DILocalVariable(name: "x", scope: !52, file: !3, line: 37, type: !40)
!52 = distinct !DILexicalBlock(scope: !53, file: !3, line: 37, column: 9)
!53 = distinct !DILexicalBlock(scope: !50, file: !3, line: 36, column: 5)
!54 = !DILocation(line: 0, scope: !43)
!55 = !DILocation(line: 30, column: 5, scope: !43)
!56 = !DILocation(line: 0, scope: !45)
!57 = !DILocation(line: 31, column: 9, scope: !45)
!58 = !DILocalVariable(name: "y", scope: !59, file: !3, line: 18, type: !40)
!59 = distinct !DILexicalBlock(scope: !60, file: !3, line: 18, column: 5)
!60 = distinct !DISubprogram(name: "convolve", scope: !3, file: !3, line: 16, type: !61, scopeLine: 16, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !69)
!61 = !DISubroutineType(types: !62)
!62 = !{null, !63, !66, !40, !68, !14}
!63 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !64, size: 64)
!64 = !DICompositeType(tag: DW_TAG_array_type, baseType: !23, size: 2048, elements: !65)
!65 = !{!17}
!66 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !67, size: 64)
!67 = !DICompositeType(tag: DW_TAG_array_type, baseType: !14, size: 2048, elements: !65)
!68 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !23, size: 64)
!69 = !{!70, !71, !72, !73, !74, !75, !58, !76, !79, !82, !84}
!70 = !DILocalVariable(name: "in", arg: 1, scope: !60, file: !3, line: 16, type: !63)
!71 = !DILocalVariable(name: "out", arg: 2, scope: !60, file: !3, line: 16, type: !66)
!72 = !DILocalVariable(name: "k", arg: 3, scope: !60, file: !3, line: 16, type: !40)
!73 = !DILocalVariable(name: "kernel", arg: 4, scope: !60, file: !3, line: 16, type: !68)
!74 = !DILocalVariable(name: "scale", arg: 5, scope: !60, file: !3, line: 16, type: !14)
!75 = !DILocalVariable(name: "r", scope: !60, file: !3, line: 17, type: !40)
!76 = !DILocalVariable(name: "x", scope: !77, file: !3, line: 19, type: !40)
!77 = distinct !DILexicalBlock(scope: !78, file: !3, line: 19, column: 9)
!78 = distinct !DILexicalBlock(scope: !59, file: !3, line: 18, column: 5)
!79 = !DILocalVariable(name: "acc", scope: !80, file: !3, line: 20, type: !14)
!80 = distinct !DILexicalBlock(scope: !81, file: !3, line: 19, column: 37)
!81 = distinct !DILexicalBlock(scope: !77, file: !3, line: 19, column: 9)
!82 = !DILocalVariable(name: "dy", scope: !83, file: !3, line: 21, type: !40)
!83 = distinct !DILexicalBlock(scope: !80, file: !3, line: 21, column: 13)
!84 = !DILocalVariable(name: "dx", scope: !85, file: !3, line: 22, type: !40)
!85 = distinct !DILexicalBlock(scope: !86, file: !3, line: 22, column: 17)
!86 = distinct !DILexicalBlock(scope: !83, file: !3, line: 21, column: 13)
!87 = !DILocation(line: 0, scope: !59, inlinedAt: !88)
!88 = distinct !DILocation(line: 33, column: 5, scope: !37)
!89 = !DILocation(line: 0, scope: !77, inlinedAt: !88)
!90 = !DILocation(line: 19, column: 9, scope: !77, inlinedAt: !88)
!91 = !DILocation(line: 18, column: 29, scope: !78, inlinedAt: !88)
!92 = !DILocation(line: 18, column: 23, scope: !78, inlinedAt: !88)
!93 = !DILocation(line: 18, column: 5, scope: !59, inlinedAt: !88)
!94 = distinct !{!94, !93, !95, !96, !97}
!95 = !DILocation(line: 25, column: 9, scope: !59, inlinedAt: !88)
!96 = !{!"llvm.loop.mustprogress"}
!97 = !{!"llvm.loop.unroll.disable"}
!98 = !DILocation(line: 0, scope: !80, inlinedAt: !88)
!99 = !DILocation(line: 0, scope: !83, inlinedAt: !88)
!100 = !DILocation(line: 21, column: 13, scope: !83, inlinedAt: !88)
!101 = !DILocation(line: 0, scope: !85, inlinedAt: !88)
!102 = !DILocation(line: 22, column: 17, scope: !85, inlinedAt: !88)
!103 = !DILocation(line: 24, column: 29, scope: !80, inlinedAt: !88)
!104 = !DILocation(line: 24, column: 13, scope: !80, inlinedAt: !88)
!105 = !DILocation(line: 24, column: 23, scope: !80, inlinedAt: !88)
!106 = !{!107, !107, i64 0}
!107 = !{!"float", !108, i64 0}
!108 = !{!"omnipotent char", !109, i64 0}
!109 = !{!"Simple C/C++ TBAA"}
!110 = !DILocation(line: 19, column: 33, scope: !81, inlinedAt: !88)
!111 = !DILocation(line: 19, column: 27, scope: !81, inlinedAt: !88)
!112 = distinct !{!112, !90, !113, !96, !97}
!113 = !DILocation(line: 25, column: 9, scope: !77, inlinedAt: !88)
!114 = !DILocation(line: 21, column: 42, scope: !86, inlinedAt: !88)
!115 = !DILocation(line: 21, column: 34, scope: !86, inlinedAt: !88)
!116 = distinct !{!116, !100, !117, !96, !97}
!117 = !DILocation(line: 23, column: 113, scope: !83, inlinedAt: !88)
!118 = !DILocation(line: 23, column: 48, scope: !119, inlinedAt: !88)
!119 = distinct !DILexicalBlock(scope: !85, file: !3, line: 22, column: 17)
!120 = !DILocation(line: 23, column: 28, scope: !119, inlinedAt: !88)
!121 = !DILocalVariable(name: "v", arg: 1, scope: !122, file: !3, line: 14, type: !40)
!122 = distinct !DISubprogram(name: "clamp", scope: !3, file: !3, line: 14, type: !123, scopeLine: 14, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !125)
!123 = !DISubroutineType(types: !124)
!124 = !{!40, !40, !40, !40}
!125 = !{!121, !126, !127}
!126 = !DILocalVariable(name: "lo", arg: 2, scope: !122, file: !3, line: 14, type: !40)
!127 = !DILocalVariable(name: "hi", arg: 3, scope: !122, file: !3, line: 14, type: !40)
!128 = !DILocation(line: 0, scope: !122, inlinedAt: !129)
!129 = distinct !DILocation(line: 23, column: 65, scope: !119, inlinedAt: !88)
!130 = !DILocation(line: 23, column: 98, scope: !119, inlinedAt: !88)
!131 = !DILocation(line: 0, scope: !122, inlinedAt: !132)
!132 = distinct !DILocation(line: 23, column: 90, scope: !119, inlinedAt: !88)
!133 = !DILocation(line: 14, column: 50, scope: !122, inlinedAt: !132)
!134 = !DILocation(line: 23, column: 62, scope: !119, inlinedAt: !88)
!135 = !DILocation(line: 23, column: 25, scope: !119, inlinedAt: !88)
!136 = !DILocation(line: 22, column: 46, scope: !119, inlinedAt: !88)
!137 = !DILocation(line: 22, column: 38, scope: !119, inlinedAt: !88)
!138 = distinct !{!138, !102, !139, !96, !97}
!139 = !DILocation(line: 23, column: 113, scope: !85, inlinedAt: !88)
!140 = !DILocation(line: 0, scope: !59, inlinedAt: !141)
!141 = distinct !DILocation(line: 34, column: 5, scope: !37)
!142 = !DILocation(line: 0, scope: !77, inlinedAt: !141)
!143 = !DILocation(line: 19, column: 9, scope: !77, inlinedAt: !141)
!144 = !DILocation(line: 18, column: 29, scope: !78, inlinedAt: !141)
!145 = !DILocation(line: 18, column: 23, scope: !78, inlinedAt: !141)
!146 = !DILocation(line: 18, column: 5, scope: !59, inlinedAt: !141)
!147 = distinct !{!147, !146, !148, !96, !97}
!148 = !DILocation(line: 25, column: 9, scope: !59, inlinedAt: !141)
!149 = !DILocation(line: 0, scope: !80, inlinedAt: !141)
!150 = !DILocation(line: 0, scope: !83, inlinedAt: !141)
!151 = !DILocation(line: 21, column: 13, scope: !83, inlinedAt: !141)
!152 = !DILocation(line: 0, scope: !85, inlinedAt: !141)
!153 = !DILocation(line: 22, column: 17, scope: !85, inlinedAt: !141)
!154 = !DILocation(line: 24, column: 13, scope: !80, inlinedAt: !141)
!155 = !DILocation(line: 24, column: 23, scope: !80, inlinedAt: !141)
!156 = !DILocation(line: 19, column: 33, scope: !81, inlinedAt: !141)
!157 = !DILocation(line: 19, column: 27, scope: !81, inlinedAt: !141)
!158 = distinct !{!158, !143, !159, !96, !97}
!159 = !DILocation(line: 25, column: 9, scope: !77, inlinedAt: !141)
!160 = !DILocation(line: 21, column: 34, scope: !86, inlinedAt: !141)
!161 = distinct !{!161, !151, !162, !96, !97}
!162 = !DILocation(line: 23, column: 113, scope: !83, inlinedAt: !141)
!163 = !DILocation(line: 23, column: 48, scope: !119, inlinedAt: !141)
!164 = !DILocation(line: 23, column: 28, scope: !119, inlinedAt: !141)
!165 = !DILocation(line: 0, scope: !122, inlinedAt: !166)
!166 = distinct !DILocation(line: 23, column: 65, scope: !119, inlinedAt: !141)
!167 = !DILocation(line: 23, column: 98, scope: !119, inlinedAt: !141)
!168 = !DILocation(line: 0, scope: !122, inlinedAt: !169)
!169 = distinct !DILocation(line: 23, column: 90, scope: !119, inlinedAt: !141)
!170 = !DILocation(line: 14, column: 50, scope: !122, inlinedAt: !169)
!171 = !DILocation(line: 23, column: 62, scope: !119, inlinedAt: !141)
!172 = !DILocation(line: 23, column: 25, scope: !119, inlinedAt: !141)
!173 = !DILocation(line: 22, column: 46, scope: !119, inlinedAt: !141)
!174 = !DILocation(line: 22, column: 38, scope: !119, inlinedAt: !141)
!175 = distinct !{!175, !153, !176, !96, !97}
!176 = !DILocation(line: 23, column: 113, scope: !85, inlinedAt: !141)
!177 = !DILocation(line: 30, column: 29, scope: !46)
!178 = !DILocation(line: 30, column: 23, scope: !46)
!179 = distinct !{!179, !55, !180, !96, !97}
!180 = !DILocation(line: 32, column: 77, scope: !43)
!181 = !DILocation(line: 32, column: 36, scope: !182)
!182 = distinct !DILexicalBlock(scope: !45, file: !3, line: 31, column: 9)
!183 = !DILocation(line: 32, column: 27, scope: !182)
!184 = !DILocation(line: 32, column: 13, scope: !182)
!185 = !DILocation(line: 32, column: 25, scope: !182)
!186 = !DILocation(line: 31, column: 33, scope: !182)
!187 = !DILocation(line: 31, column: 27, scope: !182)
!188 = distinct !{!188, !57, !189, !96, !97}
!189 = !DILocation(line: 32, column: 77, scope: !45)
!190 = !DILocation(line: 0, scope: !50)
!191 = !DILocation(line: 0, scope: !37)
!192 = !DILocation(line: 0, scope: !52)
!193 = !DILocation(line: 37, column: 9, scope: !52)
!194 = !DILocation(line: 43, column: 12, scope: !37)
!195 = !DILocation(line: 43, column: 22, scope: !37)
!196 = !DILocation(line: 43, column: 34, scope: !37)
!197 = !DILocation(line: 43, column: 49, scope: !37)
!198 = !DILocation(line: 42, column: 5, scope: !37)
!199 = !DILocation(line: 44, column: 27, scope: !37)
!200 = !DILocation(line: 44, column: 12, scope: !37)
!201 = !DILocation(line: 44, column: 41, scope: !37)
!202 = !DILocation(line: 44, column: 49, scope: !37)
!203 = !DILocation(line: 45, column: 1, scope: !37)
!204 = !DILocation(line: 36, column: 29, scope: !53)
!205 = !DILocation(line: 36, column: 23, scope: !53)
!206 = !DILocation(line: 36, column: 5, scope: !50)
!207 = distinct !{!207, !206, !208, !96, !97}
!208 = !DILocation(line: 40, column: 9, scope: !50)
!209 = !DILocation(line: 38, column: 25, scope: !210)
!210 = distinct !DILexicalBlock(scope: !211, file: !3, line: 37, column: 37)
!211 = distinct !DILexicalBlock(scope: !52, file: !3, line: 37, column: 9)
!212 = !DILocation(line: 38, column: 22, scope: !210)
!213 = !DILocation(line: 39, column: 27, scope: !210)
!214 = !DILocation(line: 39, column: 24, scope: !210)
!215 = !DILocation(line: 37, column: 33, scope: !211)
!216 = !DILocation(line: 37, column: 27, scope: !211)
!217 = distinct !{!217, !193, !218, !96, !97}
!218 = !DILocation(line: 40, column: 9, scope: !52)
!219 = !DISubprogram(name: "printf", scope: !220, file: !220, line: 356, type: !221, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !226)
!220 = !DIFile(filename: "/usr/include/stdio.h", directory: "", checksumkind: CSK_MD5, checksum: "b5a90985555f47bfb88eff5a8f0f5b72")
!221 = !DISubroutineType(types: !222)
!222 = !{!40, !223, null}
!223 = !DIDerivedType(tag: DW_TAG_restrict_type, baseType: !224)
!224 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !225, size: 64)
!225 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !8)
!226 = !{}
