; ModuleID = 'c/game_of_life.c'
source_filename = "c/game_of_life.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@board = internal unnamed_addr global [16 x [16 x i8]] zeroinitializer, align 16
@.str = private unnamed_addr constant [49 x i8] c"game_of_life generations=%d population=%d ok=%d\0A\00", align 1
@scratch = internal unnamed_addr global [16 x [16 x i8]] zeroinitializer, align 16

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  store i8 1, ptr getelementptr inbounds ([16 x [16 x i8]], ptr @board, i64 0, i64 0, i64 1), align 1, !tbaa !4
  store i8 1, ptr getelementptr inbounds ([16 x [16 x i8]], ptr @board, i64 0, i64 1, i64 2), align 2, !tbaa !4
  store i8 1, ptr getelementptr inbounds ([16 x [16 x i8]], ptr @board, i64 0, i64 2, i64 0), align 16, !tbaa !4
  store i8 1, ptr getelementptr inbounds ([16 x [16 x i8]], ptr @board, i64 0, i64 2, i64 1), align 1, !tbaa !4
  store i8 1, ptr getelementptr inbounds ([16 x [16 x i8]], ptr @board, i64 0, i64 2, i64 2), align 2, !tbaa !4
  br label %1

1:                                                ; preds = %0, %160
  %2 = phi i32 [ %162, %160 ], [ 1, %0 ]
  %3 = phi i32 [ %161, %160 ], [ 1, %0 ]
  br label %4

4:                                                ; preds = %1, %10
  %5 = phi i64 [ %8, %10 ], [ 0, %1 ]
  %6 = add nuw nsw i64 %5, 15
  %7 = and i64 %6, 15
  %8 = add nuw nsw i64 %5, 1
  %9 = and i64 %8, 15
  br label %12

10:                                               ; preds = %57
  %11 = icmp eq i64 %8, 16
  br i1 %11, label %62, label %4, !llvm.loop !7

12:                                               ; preds = %57, %4
  %13 = phi i64 [ 0, %4 ], [ %23, %57 ]
  %14 = icmp eq i64 %13, 0
  %15 = shl i64 %13, 32
  %16 = add nsw i64 %15, -4294967296
  %17 = ashr exact i64 %16, 32
  %18 = select i1 %14, i64 15, i64 %17
  %19 = getelementptr inbounds [16 x i8], ptr @board, i64 %7, i64 %18
  %20 = load i8, ptr %19, align 1, !tbaa !4
  %21 = getelementptr inbounds [16 x i8], ptr @board, i64 %7, i64 %13
  %22 = load i8, ptr %21, align 1, !tbaa !4
  %23 = add nuw nsw i64 %13, 1
  %24 = and i64 %23, 15
  %25 = getelementptr inbounds [16 x i8], ptr @board, i64 %7, i64 %24
  %26 = load i8, ptr %25, align 1, !tbaa !4
  %27 = getelementptr inbounds [16 x i8], ptr @board, i64 %5, i64 %18
  %28 = load i8, ptr %27, align 1, !tbaa !4
  %29 = getelementptr inbounds [16 x i8], ptr @board, i64 %5, i64 %24
  %30 = load i8, ptr %29, align 1, !tbaa !4
  %31 = zext i8 %20 to i32
  %32 = zext i8 %22 to i32
  %33 = add nuw nsw i32 %32, %31
  %34 = zext i8 %26 to i32
  %35 = add nuw nsw i32 %33, %34
  %36 = zext i8 %28 to i32
  %37 = add nuw nsw i32 %35, %36
  %38 = zext i8 %30 to i32
  %39 = add nuw nsw i32 %37, %38
  %40 = getelementptr inbounds [16 x i8], ptr @board, i64 %9, i64 %18
  %41 = load i8, ptr %40, align 1, !tbaa !4
  %42 = zext i8 %41 to i32
  %43 = add nuw nsw i32 %39, %42
  %44 = getelementptr inbounds [16 x i8], ptr @board, i64 %9, i64 %13
  %45 = load i8, ptr %44, align 1, !tbaa !4
  %46 = zext i8 %45 to i32
  %47 = add nuw nsw i32 %43, %46
  %48 = getelementptr inbounds [16 x i8], ptr @board, i64 %9, i64 %24
  %49 = load i8, ptr %48, align 1, !tbaa !4
  %50 = zext i8 %49 to i32
  %51 = add nuw nsw i32 %47, %50
  switch i32 %51, label %56 [
    i32 3, label %57
    i32 2, label %52
  ]

52:                                               ; preds = %12
  %53 = getelementptr inbounds [16 x [16 x i8]], ptr @board, i64 0, i64 %5, i64 %13
  %54 = load i8, ptr %53, align 1, !tbaa !4
  %55 = icmp ne i8 %54, 0
  br label %57

56:                                               ; preds = %12
  br label %57

57:                                               ; preds = %56, %52, %12
  %58 = phi i1 [ true, %12 ], [ %55, %52 ], [ false, %56 ]
  %59 = zext i1 %58 to i8
  %60 = getelementptr inbounds [16 x [16 x i8]], ptr @scratch, i64 0, i64 %5, i64 %13
  store i8 %59, ptr %60, align 1, !tbaa !4
  %61 = icmp eq i64 %23, 16
  br i1 %61, label %10, label %12, !llvm.loop !9

62:                                               ; preds = %10
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(256) @board, ptr noundef nonnull align 16 dereferenceable(256) @scratch, i64 256, i1 false)
  %63 = load <16 x i8>, ptr @board, align 16, !tbaa !4
  %64 = zext <16 x i8> %63 to <16 x i32>
  %65 = tail call i32 @llvm.vector.reduce.add.v16i32(<16 x i32> %64)
  %66 = load <16 x i8>, ptr getelementptr inbounds ([16 x [16 x i8]], ptr @board, i64 0, i64 1, i64 0), align 16, !tbaa !4
  %67 = zext <16 x i8> %66 to <16 x i32>
  %68 = tail call i32 @llvm.vector.reduce.add.v16i32(<16 x i32> %67)
  %69 = add i32 %68, %65
  %70 = load <16 x i8>, ptr getelementptr inbounds ([16 x [16 x i8]], ptr @board, i64 0, i64 2, i64 0), align 16, !tbaa !4
  %71 = zext <16 x i8> %70 to <16 x i32>
  %72 = tail call i32 @llvm.vector.reduce.add.v16i32(<16 x i32> %71)
  %73 = add i32 %72, %69
  %74 = load <16 x i8>, ptr getelementptr inbounds ([16 x [16 x i8]], ptr @board, i64 0, i64 3, i64 0), align 16, !tbaa !4
  %75 = zext <16 x i8> %74 to <16 x i32>
  %76 = tail call i32 @llvm.vector.reduce.add.v16i32(<16 x i32> %75)
  %77 = add i32 %76, %73
  %78 = load <16 x i8>, ptr getelementptr inbounds ([16 x [16 x i8]], ptr @board, i64 0, i64 4, i64 0), align 16, !tbaa !4
  %79 = zext <16 x i8> %78 to <16 x i32>
  %80 = tail call i32 @llvm.vector.reduce.add.v16i32(<16 x i32> %79)
  %81 = add i32 %80, %77
  %82 = load <16 x i8>, ptr getelementptr inbounds ([16 x [16 x i8]], ptr @board, i64 0, i64 5, i64 0), align 16, !tbaa !4
  %83 = zext <16 x i8> %82 to <16 x i32>
  %84 = tail call i32 @llvm.vector.reduce.add.v16i32(<16 x i32> %83)
  %85 = add i32 %84, %81
  %86 = load <16 x i8>, ptr getelementptr inbounds ([16 x [16 x i8]], ptr @board, i64 0, i64 6, i64 0), align 16, !tbaa !4
  %87 = zext <16 x i8> %86 to <16 x i32>
  %88 = tail call i32 @llvm.vector.reduce.add.v16i32(<16 x i32> %87)
  %89 = add i32 %88, %85
  %90 = load <16 x i8>, ptr getelementptr inbounds ([16 x [16 x i8]], ptr @board, i64 0, i64 7, i64 0), align 16, !tbaa !4
  %91 = zext <16 x i8> %90 to <16 x i32>
  %92 = tail call i32 @llvm.vector.reduce.add.v16i32(<16 x i32> %91)
  %93 = add i32 %92, %89
  %94 = load <16 x i8>, ptr getelementptr inbounds ([16 x [16 x i8]], ptr @board, i64 0, i64 8, i64 0), align 16, !tbaa !4
  %95 = zext <16 x i8> %94 to <16 x i32>
  %96 = tail call i32 @llvm.vector.reduce.add.v16i32(<16 x i32> %95)
  %97 = add i32 %96, %93
  %98 = load <16 x i8>, ptr getelementptr inbounds ([16 x [16 x i8]], ptr @board, i64 0, i64 9, i64 0), align 16, !tbaa !4
  %99 = zext <16 x i8> %98 to <16 x i32>
  %100 = tail call i32 @llvm.vector.reduce.add.v16i32(<16 x i32> %99)
  %101 = add i32 %100, %97
  %102 = load <16 x i8>, ptr getelementptr inbounds ([16 x [16 x i8]], ptr @board, i64 0, i64 10, i64 0), align 16, !tbaa !4
  %103 = zext <16 x i8> %102 to <16 x i32>
  %104 = tail call i32 @llvm.vector.reduce.add.v16i32(<16 x i32> %103)
  %105 = add i32 %104, %101
  %106 = load <16 x i8>, ptr getelementptr inbounds ([16 x [16 x i8]], ptr @board, i64 0, i64 11, i64 0), align 16, !tbaa !4
  %107 = zext <16 x i8> %106 to <16 x i32>
  %108 = tail call i32 @llvm.vector.reduce.add.v16i32(<16 x i32> %107)
  %109 = add i32 %108, %105
  %110 = load <16 x i8>, ptr getelementptr inbounds ([16 x [16 x i8]], ptr @board, i64 0, i64 12, i64 0), align 16, !tbaa !4
  %111 = zext <16 x i8> %110 to <16 x i32>
  %112 = tail call i32 @llvm.vector.reduce.add.v16i32(<16 x i32> %111)
  %113 = add i32 %112, %109
  %114 = load <16 x i8>, ptr getelementptr inbounds ([16 x [16 x i8]], ptr @board, i64 0, i64 13, i64 0), align 16, !tbaa !4
  %115 = zext <16 x i8> %114 to <16 x i32>
  %116 = tail call i32 @llvm.vector.reduce.add.v16i32(<16 x i32> %115)
  %117 = add i32 %116, %113
  %118 = load <16 x i8>, ptr getelementptr inbounds ([16 x [16 x i8]], ptr @board, i64 0, i64 14, i64 0), align 16, !tbaa !4
  %119 = zext <16 x i8> %118 to <16 x i32>
  %120 = tail call i32 @llvm.vector.reduce.add.v16i32(<16 x i32> %119)
  %121 = add i32 %120, %117
  %122 = load <16 x i8>, ptr getelementptr inbounds ([16 x [16 x i8]], ptr @board, i64 0, i64 15, i64 0), align 16, !tbaa !4
  %123 = zext <16 x i8> %122 to <16 x i32>
  %124 = tail call i32 @llvm.vector.reduce.add.v16i32(<16 x i32> %123)
  %125 = add i32 %124, %121
  %126 = icmp eq i32 %125, 5
  %127 = select i1 %126, i32 %3, i32 0
  %128 = and i32 %2, 3
  %129 = icmp eq i32 %128, 0
  br i1 %129, label %130, label %160

130:                                              ; preds = %62
  %131 = lshr i32 %2, 2
  %132 = and i32 %131, 15
  %133 = zext i32 %132 to i64
  %134 = add nuw nsw i32 %131, 1
  %135 = and i32 %134, 15
  %136 = zext i32 %135 to i64
  %137 = getelementptr inbounds [16 x [16 x i8]], ptr @board, i64 0, i64 %133, i64 %136
  %138 = load i8, ptr %137, align 1, !tbaa !4
  %139 = icmp eq i8 %138, 0
  %140 = add nuw nsw i32 %131, 2
  %141 = and i32 %140, 15
  %142 = zext i32 %141 to i64
  %143 = getelementptr inbounds [16 x [16 x i8]], ptr @board, i64 0, i64 %136, i64 %142
  %144 = load i8, ptr %143, align 1, !tbaa !4
  %145 = icmp eq i8 %144, 0
  %146 = getelementptr inbounds [16 x [16 x i8]], ptr @board, i64 0, i64 %142, i64 %133
  %147 = load i8, ptr %146, align 1, !tbaa !4
  %148 = icmp eq i8 %147, 0
  %149 = getelementptr inbounds [16 x [16 x i8]], ptr @board, i64 0, i64 %142, i64 %136
  %150 = load i8, ptr %149, align 1, !tbaa !4
  %151 = icmp eq i8 %150, 0
  %152 = getelementptr inbounds [16 x [16 x i8]], ptr @board, i64 0, i64 %142, i64 %142
  %153 = load i8, ptr %152, align 1, !tbaa !4
  %154 = icmp eq i8 %153, 0
  %155 = select i1 %154, i1 true, i1 %151
  %156 = select i1 %155, i1 true, i1 %148
  %157 = select i1 %156, i1 true, i1 %145
  %158 = select i1 %157, i1 true, i1 %139
  %159 = select i1 %158, i32 0, i32 %127
  br label %160

160:                                              ; preds = %130, %62
  %161 = phi i32 [ %127, %62 ], [ %159, %130 ]
  %162 = add nuw nsw i32 %2, 1
  %163 = icmp eq i32 %162, 65
  br i1 %163, label %164, label %1, !llvm.loop !10

164:                                              ; preds = %160
  %165 = load <16 x i8>, ptr @board, align 16, !tbaa !4
  %166 = zext <16 x i8> %165 to <16 x i32>
  %167 = tail call i32 @llvm.vector.reduce.add.v16i32(<16 x i32> %166)
  %168 = load <16 x i8>, ptr getelementptr inbounds ([16 x [16 x i8]], ptr @board, i64 0, i64 1, i64 0), align 16, !tbaa !4
  %169 = zext <16 x i8> %168 to <16 x i32>
  %170 = tail call i32 @llvm.vector.reduce.add.v16i32(<16 x i32> %169)
  %171 = add i32 %170, %167
  %172 = load <16 x i8>, ptr getelementptr inbounds ([16 x [16 x i8]], ptr @board, i64 0, i64 2, i64 0), align 16, !tbaa !4
  %173 = zext <16 x i8> %172 to <16 x i32>
  %174 = tail call i32 @llvm.vector.reduce.add.v16i32(<16 x i32> %173)
  %175 = add i32 %174, %171
  %176 = load <16 x i8>, ptr getelementptr inbounds ([16 x [16 x i8]], ptr @board, i64 0, i64 3, i64 0), align 16, !tbaa !4
  %177 = zext <16 x i8> %176 to <16 x i32>
  %178 = tail call i32 @llvm.vector.reduce.add.v16i32(<16 x i32> %177)
  %179 = add i32 %178, %175
  %180 = load <16 x i8>, ptr getelementptr inbounds ([16 x [16 x i8]], ptr @board, i64 0, i64 4, i64 0), align 16, !tbaa !4
  %181 = zext <16 x i8> %180 to <16 x i32>
  %182 = tail call i32 @llvm.vector.reduce.add.v16i32(<16 x i32> %181)
  %183 = add i32 %182, %179
  %184 = load <16 x i8>, ptr getelementptr inbounds ([16 x [16 x i8]], ptr @board, i64 0, i64 5, i64 0), align 16, !tbaa !4
  %185 = zext <16 x i8> %184 to <16 x i32>
  %186 = tail call i32 @llvm.vector.reduce.add.v16i32(<16 x i32> %185)
  %187 = add i32 %186, %183
  %188 = load <16 x i8>, ptr getelementptr inbounds ([16 x [16 x i8]], ptr @board, i64 0, i64 6, i64 0), align 16, !tbaa !4
  %189 = zext <16 x i8> %188 to <16 x i32>
  %190 = tail call i32 @llvm.vector.reduce.add.v16i32(<16 x i32> %189)
  %191 = add i32 %190, %187
  %192 = load <16 x i8>, ptr getelementptr inbounds ([16 x [16 x i8]], ptr @board, i64 0, i64 7, i64 0), align 16, !tbaa !4
  %193 = zext <16 x i8> %192 to <16 x i32>
  %194 = tail call i32 @llvm.vector.reduce.add.v16i32(<16 x i32> %193)
  %195 = add i32 %194, %191
  %196 = load <16 x i8>, ptr getelementptr inbounds ([16 x [16 x i8]], ptr @board, i64 0, i64 8, i64 0), align 16, !tbaa !4
  %197 = zext <16 x i8> %196 to <16 x i32>
  %198 = tail call i32 @llvm.vector.reduce.add.v16i32(<16 x i32> %197)
  %199 = add i32 %198, %195
  %200 = load <16 x i8>, ptr getelementptr inbounds ([16 x [16 x i8]], ptr @board, i64 0, i64 9, i64 0), align 16, !tbaa !4
  %201 = zext <16 x i8> %200 to <16 x i32>
  %202 = tail call i32 @llvm.vector.reduce.add.v16i32(<16 x i32> %201)
  %203 = add i32 %202, %199
  %204 = load <16 x i8>, ptr getelementptr inbounds ([16 x [16 x i8]], ptr @board, i64 0, i64 10, i64 0), align 16, !tbaa !4
  %205 = zext <16 x i8> %204 to <16 x i32>
  %206 = tail call i32 @llvm.vector.reduce.add.v16i32(<16 x i32> %205)
  %207 = add i32 %206, %203
  %208 = load <16 x i8>, ptr getelementptr inbounds ([16 x [16 x i8]], ptr @board, i64 0, i64 11, i64 0), align 16, !tbaa !4
  %209 = zext <16 x i8> %208 to <16 x i32>
  %210 = tail call i32 @llvm.vector.reduce.add.v16i32(<16 x i32> %209)
  %211 = add i32 %210, %207
  %212 = load <16 x i8>, ptr getelementptr inbounds ([16 x [16 x i8]], ptr @board, i64 0, i64 12, i64 0), align 16, !tbaa !4
  %213 = zext <16 x i8> %212 to <16 x i32>
  %214 = tail call i32 @llvm.vector.reduce.add.v16i32(<16 x i32> %213)
  %215 = add i32 %214, %211
  %216 = load <16 x i8>, ptr getelementptr inbounds ([16 x [16 x i8]], ptr @board, i64 0, i64 13, i64 0), align 16, !tbaa !4
  %217 = zext <16 x i8> %216 to <16 x i32>
  %218 = tail call i32 @llvm.vector.reduce.add.v16i32(<16 x i32> %217)
  %219 = add i32 %218, %215
  %220 = load <16 x i8>, ptr getelementptr inbounds ([16 x [16 x i8]], ptr @board, i64 0, i64 14, i64 0), align 16, !tbaa !4
  %221 = zext <16 x i8> %220 to <16 x i32>
  %222 = tail call i32 @llvm.vector.reduce.add.v16i32(<16 x i32> %221)
  %223 = add i32 %222, %219
  %224 = load <16 x i8>, ptr getelementptr inbounds ([16 x [16 x i8]], ptr @board, i64 0, i64 15, i64 0), align 16, !tbaa !4
  %225 = zext <16 x i8> %224 to <16 x i32>
  %226 = tail call i32 @llvm.vector.reduce.add.v16i32(<16 x i32> %225)
  %227 = add i32 %226, %223
  %228 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 64, i32 noundef %227, i32 noundef %161)
  %229 = icmp eq i32 %161, 0
  %230 = zext i1 %229 to i32
  ret i32 %230
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare i32 @llvm.vector.reduce.add.v16i32(<16 x i32>) #3

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nocallback nofree nosync nounwind willreturn memory(none) }

!llvm.module.flags = !{!0, !1, !2, !3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!5, !5, i64 0}
!5 = !{!"omnipotent char", !6, i64 0}
!6 = !{!"Simple C/C++ TBAA"}
!7 = distinct !{!7, !8}
!8 = !{!"llvm.loop.mustprogress"}
!9 = distinct !{!9, !8}
!10 = distinct !{!10, !8}
