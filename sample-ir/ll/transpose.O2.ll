; ModuleID = 'c/transpose.c'
source_filename = "c/transpose.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@a = internal unnamed_addr global [96 x [80 x i32]] zeroinitializer, align 16
@sq = internal unnamed_addr global [80 x [80 x i32]] zeroinitializer, align 16
@t = internal unnamed_addr global [80 x [96 x i32]] zeroinitializer, align 16
@.str = private unnamed_addr constant [26 x i8] c"transpose %dx%d wrong=%d\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  br label %1

1:                                                ; preds = %20, %0
  %2 = phi i64 [ 0, %0 ], [ %21, %20 ]
  %3 = mul nuw nsw i64 %2, 1000
  %4 = insertelement <4 x i64> poison, i64 %3, i64 0
  %5 = shufflevector <4 x i64> %4, <4 x i64> poison, <4 x i32> zeroinitializer
  br label %6

6:                                                ; preds = %6, %1
  %7 = phi i64 [ 0, %1 ], [ %17, %6 ]
  %8 = phi <4 x i64> [ <i64 0, i64 1, i64 2, i64 3>, %1 ], [ %18, %6 ]
  %9 = add nuw nsw <4 x i64> %8, %5
  %10 = getelementptr inbounds [96 x [80 x i32]], ptr @a, i64 0, i64 %2, i64 %7
  %11 = trunc <4 x i64> %9 to <4 x i32>
  store <4 x i32> %11, ptr %10, align 16, !tbaa !4
  %12 = or i64 %7, 4
  %13 = add <4 x i64> %8, <i64 4, i64 4, i64 4, i64 4>
  %14 = add nuw nsw <4 x i64> %13, %5
  %15 = getelementptr inbounds [96 x [80 x i32]], ptr @a, i64 0, i64 %2, i64 %12
  %16 = trunc <4 x i64> %14 to <4 x i32>
  store <4 x i32> %16, ptr %15, align 16, !tbaa !4
  %17 = add nuw nsw i64 %7, 8
  %18 = add <4 x i64> %8, <i64 8, i64 8, i64 8, i64 8>
  %19 = icmp eq i64 %17, 80
  br i1 %19, label %20, label %6, !llvm.loop !8

20:                                               ; preds = %6
  %21 = add nuw nsw i64 %2, 1
  %22 = icmp eq i64 %21, 96
  br i1 %22, label %23, label %1, !llvm.loop !12

23:                                               ; preds = %20, %177
  %24 = phi i64 [ %178, %177 ], [ 0, %20 ]
  %25 = mul nuw nsw i64 %24, 1000
  %26 = insertelement <4 x i64> poison, i64 %25, i64 0
  %27 = shufflevector <4 x i64> %26, <4 x i64> poison, <4 x i32> zeroinitializer
  br label %28

28:                                               ; preds = %28, %23
  %29 = phi i64 [ 0, %23 ], [ %39, %28 ]
  %30 = phi <4 x i64> [ <i64 0, i64 1, i64 2, i64 3>, %23 ], [ %40, %28 ]
  %31 = add nuw nsw <4 x i64> %30, %27
  %32 = getelementptr inbounds [80 x [80 x i32]], ptr @sq, i64 0, i64 %24, i64 %29
  %33 = trunc <4 x i64> %31 to <4 x i32>
  store <4 x i32> %33, ptr %32, align 16, !tbaa !4
  %34 = or i64 %29, 4
  %35 = add <4 x i64> %30, <i64 4, i64 4, i64 4, i64 4>
  %36 = add nuw nsw <4 x i64> %35, %27
  %37 = getelementptr inbounds [80 x [80 x i32]], ptr @sq, i64 0, i64 %24, i64 %34
  %38 = trunc <4 x i64> %36 to <4 x i32>
  store <4 x i32> %38, ptr %37, align 16, !tbaa !4
  %39 = add nuw nsw i64 %29, 8
  %40 = add <4 x i64> %30, <i64 8, i64 8, i64 8, i64 8>
  %41 = icmp eq i64 %39, 80
  br i1 %41, label %177, label %28, !llvm.loop !13

42:                                               ; preds = %177, %94
  %43 = phi i64 [ %97, %94 ], [ 16, %177 ]
  %44 = phi i64 [ %95, %94 ], [ 0, %177 ]
  br label %45

45:                                               ; preds = %98, %42
  %46 = phi i64 [ 0, %42 ], [ %99, %98 ]
  %47 = mul nuw nsw i64 %46, 96
  %48 = getelementptr inbounds i32, ptr @t, i64 %47
  %49 = or i64 %46, 1
  %50 = mul nuw nsw i64 %49, 96
  %51 = getelementptr inbounds i32, ptr @t, i64 %50
  %52 = or i64 %46, 2
  %53 = mul nuw nsw i64 %52, 96
  %54 = getelementptr inbounds i32, ptr @t, i64 %53
  %55 = or i64 %46, 3
  %56 = mul nuw nsw i64 %55, 96
  %57 = getelementptr inbounds i32, ptr @t, i64 %56
  %58 = or i64 %46, 4
  %59 = mul nuw nsw i64 %58, 96
  %60 = getelementptr inbounds i32, ptr @t, i64 %59
  %61 = or i64 %46, 5
  %62 = mul nuw nsw i64 %61, 96
  %63 = getelementptr inbounds i32, ptr @t, i64 %62
  %64 = or i64 %46, 6
  %65 = mul nuw nsw i64 %64, 96
  %66 = getelementptr inbounds i32, ptr @t, i64 %65
  %67 = or i64 %46, 7
  %68 = mul nuw nsw i64 %67, 96
  %69 = getelementptr inbounds i32, ptr @t, i64 %68
  %70 = or i64 %46, 8
  %71 = mul nuw nsw i64 %70, 96
  %72 = getelementptr inbounds i32, ptr @t, i64 %71
  %73 = or i64 %46, 9
  %74 = mul nuw nsw i64 %73, 96
  %75 = getelementptr inbounds i32, ptr @t, i64 %74
  %76 = or i64 %46, 10
  %77 = mul nuw nsw i64 %76, 96
  %78 = getelementptr inbounds i32, ptr @t, i64 %77
  %79 = or i64 %46, 11
  %80 = mul nuw nsw i64 %79, 96
  %81 = getelementptr inbounds i32, ptr @t, i64 %80
  %82 = or i64 %46, 12
  %83 = mul nuw nsw i64 %82, 96
  %84 = getelementptr inbounds i32, ptr @t, i64 %83
  %85 = or i64 %46, 13
  %86 = mul nuw nsw i64 %85, 96
  %87 = getelementptr inbounds i32, ptr @t, i64 %86
  %88 = or i64 %46, 14
  %89 = mul nuw nsw i64 %88, 96
  %90 = getelementptr inbounds i32, ptr @t, i64 %89
  %91 = or i64 %46, 15
  %92 = mul nuw nsw i64 %91, 96
  %93 = getelementptr inbounds i32, ptr @t, i64 %92
  br label %102

94:                                               ; preds = %98
  %95 = add nuw nsw i64 %44, 16
  %96 = icmp ult i64 %44, 80
  %97 = add nuw nsw i64 %43, 16
  br i1 %96, label %42, label %159, !llvm.loop !14

98:                                               ; preds = %102
  %99 = add nuw nsw i64 %46, 16
  %100 = and i64 %46, 4294967232
  %101 = icmp eq i64 %100, 0
  br i1 %101, label %45, label %94, !llvm.loop !15

102:                                              ; preds = %102, %45
  %103 = phi i64 [ %44, %45 ], [ %154, %102 ]
  %104 = mul nuw nsw i64 %103, 80
  %105 = getelementptr inbounds i32, ptr @a, i64 %104
  %106 = getelementptr inbounds i32, ptr %105, i64 %46
  %107 = load i32, ptr %106, align 16, !tbaa !4
  %108 = getelementptr inbounds i32, ptr %48, i64 %103
  store i32 %107, ptr %108, align 4, !tbaa !4
  %109 = getelementptr inbounds i32, ptr %105, i64 %49
  %110 = load i32, ptr %109, align 4, !tbaa !4
  %111 = getelementptr inbounds i32, ptr %51, i64 %103
  store i32 %110, ptr %111, align 4, !tbaa !4
  %112 = getelementptr inbounds i32, ptr %105, i64 %52
  %113 = load i32, ptr %112, align 8, !tbaa !4
  %114 = getelementptr inbounds i32, ptr %54, i64 %103
  store i32 %113, ptr %114, align 4, !tbaa !4
  %115 = getelementptr inbounds i32, ptr %105, i64 %55
  %116 = load i32, ptr %115, align 4, !tbaa !4
  %117 = getelementptr inbounds i32, ptr %57, i64 %103
  store i32 %116, ptr %117, align 4, !tbaa !4
  %118 = getelementptr inbounds i32, ptr %105, i64 %58
  %119 = load i32, ptr %118, align 16, !tbaa !4
  %120 = getelementptr inbounds i32, ptr %60, i64 %103
  store i32 %119, ptr %120, align 4, !tbaa !4
  %121 = getelementptr inbounds i32, ptr %105, i64 %61
  %122 = load i32, ptr %121, align 4, !tbaa !4
  %123 = getelementptr inbounds i32, ptr %63, i64 %103
  store i32 %122, ptr %123, align 4, !tbaa !4
  %124 = getelementptr inbounds i32, ptr %105, i64 %64
  %125 = load i32, ptr %124, align 8, !tbaa !4
  %126 = getelementptr inbounds i32, ptr %66, i64 %103
  store i32 %125, ptr %126, align 4, !tbaa !4
  %127 = getelementptr inbounds i32, ptr %105, i64 %67
  %128 = load i32, ptr %127, align 4, !tbaa !4
  %129 = getelementptr inbounds i32, ptr %69, i64 %103
  store i32 %128, ptr %129, align 4, !tbaa !4
  %130 = getelementptr inbounds i32, ptr %105, i64 %70
  %131 = load i32, ptr %130, align 16, !tbaa !4
  %132 = getelementptr inbounds i32, ptr %72, i64 %103
  store i32 %131, ptr %132, align 4, !tbaa !4
  %133 = getelementptr inbounds i32, ptr %105, i64 %73
  %134 = load i32, ptr %133, align 4, !tbaa !4
  %135 = getelementptr inbounds i32, ptr %75, i64 %103
  store i32 %134, ptr %135, align 4, !tbaa !4
  %136 = getelementptr inbounds i32, ptr %105, i64 %76
  %137 = load i32, ptr %136, align 8, !tbaa !4
  %138 = getelementptr inbounds i32, ptr %78, i64 %103
  store i32 %137, ptr %138, align 4, !tbaa !4
  %139 = getelementptr inbounds i32, ptr %105, i64 %79
  %140 = load i32, ptr %139, align 4, !tbaa !4
  %141 = getelementptr inbounds i32, ptr %81, i64 %103
  store i32 %140, ptr %141, align 4, !tbaa !4
  %142 = getelementptr inbounds i32, ptr %105, i64 %82
  %143 = load i32, ptr %142, align 16, !tbaa !4
  %144 = getelementptr inbounds i32, ptr %84, i64 %103
  store i32 %143, ptr %144, align 4, !tbaa !4
  %145 = getelementptr inbounds i32, ptr %105, i64 %85
  %146 = load i32, ptr %145, align 4, !tbaa !4
  %147 = getelementptr inbounds i32, ptr %87, i64 %103
  store i32 %146, ptr %147, align 4, !tbaa !4
  %148 = getelementptr inbounds i32, ptr %105, i64 %88
  %149 = load i32, ptr %148, align 8, !tbaa !4
  %150 = getelementptr inbounds i32, ptr %90, i64 %103
  store i32 %149, ptr %150, align 4, !tbaa !4
  %151 = getelementptr inbounds i32, ptr %105, i64 %91
  %152 = load i32, ptr %151, align 4, !tbaa !4
  %153 = getelementptr inbounds i32, ptr %93, i64 %103
  store i32 %152, ptr %153, align 4, !tbaa !4
  %154 = add nuw nsw i64 %103, 1
  %155 = icmp eq i64 %154, %43
  br i1 %155, label %98, label %102, !llvm.loop !16

156:                                              ; preds = %168, %159
  %157 = add nuw nsw i64 %161, 1
  %158 = icmp eq i64 %162, 80
  br i1 %158, label %180, label %159, !llvm.loop !17

159:                                              ; preds = %94, %156
  %160 = phi i64 [ %162, %156 ], [ 0, %94 ]
  %161 = phi i64 [ %157, %156 ], [ 1, %94 ]
  %162 = add nuw nsw i64 %160, 1
  %163 = icmp ult i64 %160, 79
  br i1 %163, label %164, label %156

164:                                              ; preds = %159
  %165 = mul nuw nsw i64 %160, 80
  %166 = getelementptr inbounds i32, ptr @sq, i64 %165
  %167 = getelementptr inbounds i32, ptr @sq, i64 %160
  br label %168

168:                                              ; preds = %168, %164
  %169 = phi i64 [ %161, %164 ], [ %175, %168 ]
  %170 = getelementptr inbounds i32, ptr %166, i64 %169
  %171 = load i32, ptr %170, align 4, !tbaa !4
  %172 = mul nuw nsw i64 %169, 80
  %173 = getelementptr inbounds i32, ptr %167, i64 %172
  %174 = load i32, ptr %173, align 4, !tbaa !4
  store i32 %174, ptr %170, align 4, !tbaa !4
  store i32 %171, ptr %173, align 4, !tbaa !4
  %175 = add nuw nsw i64 %169, 1
  %176 = icmp eq i64 %175, 80
  br i1 %176, label %156, label %168, !llvm.loop !18

177:                                              ; preds = %28
  %178 = add nuw nsw i64 %24, 1
  %179 = icmp eq i64 %178, 80
  br i1 %179, label %42, label %23, !llvm.loop !19

180:                                              ; preds = %156, %209
  %181 = phi i64 [ %211, %209 ], [ 0, %156 ]
  %182 = phi i32 [ %210, %209 ], [ 0, %156 ]
  %183 = insertelement <4 x i32> <i32 poison, i32 0, i32 0, i32 0>, i32 %182, i64 0
  br label %184

184:                                              ; preds = %184, %180
  %185 = phi i64 [ 0, %180 ], [ %207, %184 ]
  %186 = phi <4 x i32> [ %183, %180 ], [ %206, %184 ]
  %187 = or i64 %185, 1
  %188 = or i64 %185, 2
  %189 = or i64 %185, 3
  %190 = getelementptr inbounds [80 x [96 x i32]], ptr @t, i64 0, i64 %185, i64 %181
  %191 = getelementptr inbounds [80 x [96 x i32]], ptr @t, i64 0, i64 %187, i64 %181
  %192 = getelementptr inbounds [80 x [96 x i32]], ptr @t, i64 0, i64 %188, i64 %181
  %193 = getelementptr inbounds [80 x [96 x i32]], ptr @t, i64 0, i64 %189, i64 %181
  %194 = load i32, ptr %190, align 4, !tbaa !4
  %195 = load i32, ptr %191, align 4, !tbaa !4
  %196 = load i32, ptr %192, align 4, !tbaa !4
  %197 = load i32, ptr %193, align 4, !tbaa !4
  %198 = insertelement <4 x i32> poison, i32 %194, i64 0
  %199 = insertelement <4 x i32> %198, i32 %195, i64 1
  %200 = insertelement <4 x i32> %199, i32 %196, i64 2
  %201 = insertelement <4 x i32> %200, i32 %197, i64 3
  %202 = getelementptr inbounds [96 x [80 x i32]], ptr @a, i64 0, i64 %181, i64 %185
  %203 = load <4 x i32>, ptr %202, align 16, !tbaa !4
  %204 = icmp ne <4 x i32> %201, %203
  %205 = zext <4 x i1> %204 to <4 x i32>
  %206 = add <4 x i32> %186, %205
  %207 = add nuw i64 %185, 4
  %208 = icmp eq i64 %207, 80
  br i1 %208, label %209, label %184, !llvm.loop !20

209:                                              ; preds = %184
  %210 = tail call i32 @llvm.vector.reduce.add.v4i32(<4 x i32> %206)
  %211 = add nuw nsw i64 %181, 1
  %212 = icmp eq i64 %211, 96
  br i1 %212, label %213, label %180, !llvm.loop !21

213:                                              ; preds = %209, %220
  %214 = phi i64 [ %221, %220 ], [ 0, %209 ]
  %215 = phi i32 [ %242, %220 ], [ %210, %209 ]
  br label %223

216:                                              ; preds = %220
  %217 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 96, i32 noundef 80, i32 noundef %242)
  %218 = icmp ne i32 %242, 0
  %219 = zext i1 %218 to i32
  ret i32 %219

220:                                              ; preds = %223
  %221 = add nuw nsw i64 %214, 1
  %222 = icmp eq i64 %221, 80
  br i1 %222, label %216, label %213, !llvm.loop !22

223:                                              ; preds = %223, %213
  %224 = phi i64 [ 0, %213 ], [ %243, %223 ]
  %225 = phi i32 [ %215, %213 ], [ %242, %223 ]
  %226 = getelementptr inbounds [80 x [80 x i32]], ptr @sq, i64 0, i64 %214, i64 %224
  %227 = load i32, ptr %226, align 8, !tbaa !4
  %228 = mul nuw nsw i64 %224, 1000
  %229 = add nuw nsw i64 %228, %214
  %230 = zext i32 %227 to i64
  %231 = icmp ne i64 %229, %230
  %232 = zext i1 %231 to i32
  %233 = add nsw i32 %225, %232
  %234 = or i64 %224, 1
  %235 = getelementptr inbounds [80 x [80 x i32]], ptr @sq, i64 0, i64 %214, i64 %234
  %236 = load i32, ptr %235, align 4, !tbaa !4
  %237 = mul nuw nsw i64 %234, 1000
  %238 = add nuw nsw i64 %237, %214
  %239 = zext i32 %236 to i64
  %240 = icmp ne i64 %238, %239
  %241 = zext i1 %240 to i32
  %242 = add nsw i32 %233, %241
  %243 = add nuw nsw i64 %224, 2
  %244 = icmp eq i64 %243, 80
  br i1 %244, label %220, label %223, !llvm.loop !23
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare i32 @llvm.vector.reduce.add.v4i32(<4 x i32>) #2

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(none) }

!llvm.module.flags = !{!0, !1, !2, !3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!5, !5, i64 0}
!5 = !{!"int", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = distinct !{!8, !9, !10, !11}
!9 = !{!"llvm.loop.mustprogress"}
!10 = !{!"llvm.loop.isvectorized", i32 1}
!11 = !{!"llvm.loop.unroll.runtime.disable"}
!12 = distinct !{!12, !9}
!13 = distinct !{!13, !9, !10, !11}
!14 = distinct !{!14, !9}
!15 = distinct !{!15, !9}
!16 = distinct !{!16, !9}
!17 = distinct !{!17, !9}
!18 = distinct !{!18, !9}
!19 = distinct !{!19, !9}
!20 = distinct !{!20, !9, !10, !11}
!21 = distinct !{!21, !9}
!22 = distinct !{!22, !9}
!23 = distinct !{!23, !9}
