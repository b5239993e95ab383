; ModuleID = 'c/stencil3d.c'
source_filename = "c/stencil3d.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@field = internal unnamed_addr global [13440 x float] zeroinitializer, align 16
@lap = internal unnamed_addr global [13440 x float] zeroinitializer, align 16
@.str = private unnamed_addr constant [33 x i8] c"stencil3d %dx%dx%d max error=%g\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  br label %1

1:                                                ; preds = %0, %158
  %2 = phi i64 [ 0, %0 ], [ %159, %158 ]
  %3 = trunc i64 %2 to i32
  %4 = sitofp i32 %3 to float
  %5 = fmul float %4, 5.000000e-01
  %6 = fmul float %5, 3.000000e+00
  %7 = mul nuw nsw i64 %2, 24
  %8 = insertelement <4 x float> poison, float %5, i64 0
  %9 = shufflevector <4 x float> %8, <4 x float> poison, <4 x i32> zeroinitializer
  %10 = insertelement <4 x float> poison, float %6, i64 0
  %11 = shufflevector <4 x float> %10, <4 x float> poison, <4 x i32> zeroinitializer
  br label %118

12:                                               ; preds = %158, %54
  %13 = phi i64 [ %55, %54 ], [ 1, %158 ]
  %14 = mul nuw nsw i64 %13, 24
  br label %15

15:                                               ; preds = %57, %12
  %16 = phi i64 [ 1, %12 ], [ %116, %57 ]
  %17 = add nuw nsw i64 %16, %14
  %18 = mul nuw nsw i64 %17, 28
  br label %19

19:                                               ; preds = %19, %15
  %20 = phi i64 [ 0, %15 ], [ %52, %19 ]
  %21 = or i64 %20, 1
  %22 = add nuw nsw i64 %21, %18
  %23 = getelementptr inbounds float, ptr @field, i64 %22
  %24 = load <4 x float>, ptr %23, align 4, !tbaa !4
  %25 = add nsw i64 %22, -672
  %26 = getelementptr inbounds float, ptr @field, i64 %25
  %27 = load <4 x float>, ptr %26, align 4, !tbaa !4
  %28 = add nuw nsw i64 %22, 672
  %29 = getelementptr inbounds float, ptr @field, i64 %28
  %30 = load <4 x float>, ptr %29, align 4, !tbaa !4
  %31 = fadd <4 x float> %27, %30
  %32 = add nsw i64 %22, -28
  %33 = getelementptr inbounds float, ptr @field, i64 %32
  %34 = load <4 x float>, ptr %33, align 4, !tbaa !4
  %35 = fadd <4 x float> %31, %34
  %36 = add nuw nsw i64 %22, 28
  %37 = getelementptr inbounds float, ptr @field, i64 %36
  %38 = load <4 x float>, ptr %37, align 4, !tbaa !4
  %39 = fadd <4 x float> %35, %38
  %40 = add nsw i64 %22, -1
  %41 = getelementptr inbounds float, ptr @field, i64 %40
  %42 = load <4 x float>, ptr %41, align 16, !tbaa !4
  %43 = fadd <4 x float> %39, %42
  %44 = or i64 %20, 2
  %45 = add nuw nsw i64 %44, %18
  %46 = getelementptr inbounds float, ptr @field, i64 %45
  %47 = load <4 x float>, ptr %46, align 8, !tbaa !4
  %48 = fadd <4 x float> %43, %47
  %49 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %24, <4 x float> <float -6.000000e+00, float -6.000000e+00, float -6.000000e+00, float -6.000000e+00>, <4 x float> %48)
  %50 = fmul <4 x float> %49, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %51 = getelementptr inbounds float, ptr @lap, i64 %22
  store <4 x float> %50, ptr %51, align 4, !tbaa !4
  %52 = add nuw i64 %20, 4
  %53 = icmp eq i64 %52, 24
  br i1 %53, label %57, label %19, !llvm.loop !8

54:                                               ; preds = %57
  %55 = add nuw nsw i64 %13, 1
  %56 = icmp eq i64 %55, 19
  br i1 %56, label %161, label %12, !llvm.loop !12

57:                                               ; preds = %19
  %58 = add nuw nsw i64 %18, 25
  %59 = getelementptr inbounds float, ptr @field, i64 %58
  %60 = load float, ptr %59, align 4, !tbaa !4
  %61 = add nsw i64 %18, -647
  %62 = getelementptr inbounds float, ptr @field, i64 %61
  %63 = load float, ptr %62, align 4, !tbaa !4
  %64 = add nuw nsw i64 %18, 697
  %65 = getelementptr inbounds float, ptr @field, i64 %64
  %66 = load float, ptr %65, align 4, !tbaa !4
  %67 = fadd float %63, %66
  %68 = add nsw i64 %18, -3
  %69 = getelementptr inbounds float, ptr @field, i64 %68
  %70 = load float, ptr %69, align 4, !tbaa !4
  %71 = fadd float %67, %70
  %72 = add nuw nsw i64 %18, 53
  %73 = getelementptr inbounds float, ptr @field, i64 %72
  %74 = load float, ptr %73, align 4, !tbaa !4
  %75 = fadd float %71, %74
  %76 = add nuw nsw i64 %18, 24
  %77 = getelementptr inbounds float, ptr @field, i64 %76
  %78 = load float, ptr %77, align 16, !tbaa !4
  %79 = fadd float %75, %78
  %80 = add nuw nsw i64 %18, 26
  %81 = getelementptr inbounds float, ptr @field, i64 %80
  %82 = load float, ptr %81, align 8, !tbaa !4
  %83 = fadd float %79, %82
  %84 = tail call float @llvm.fmuladd.f32(float %60, float -6.000000e+00, float %83)
  %85 = fmul float %84, 4.000000e+00
  %86 = getelementptr inbounds float, ptr @lap, i64 %58
  store float %85, ptr %86, align 4, !tbaa !4
  %87 = add nuw nsw i64 %18, 26
  %88 = getelementptr inbounds float, ptr @field, i64 %87
  %89 = load float, ptr %88, align 8, !tbaa !4
  %90 = add nsw i64 %18, -646
  %91 = getelementptr inbounds float, ptr @field, i64 %90
  %92 = load float, ptr %91, align 8, !tbaa !4
  %93 = add nuw nsw i64 %18, 698
  %94 = getelementptr inbounds float, ptr @field, i64 %93
  %95 = load float, ptr %94, align 8, !tbaa !4
  %96 = fadd float %92, %95
  %97 = add nsw i64 %18, -2
  %98 = getelementptr inbounds float, ptr @field, i64 %97
  %99 = load float, ptr %98, align 8, !tbaa !4
  %100 = fadd float %96, %99
  %101 = add nuw nsw i64 %18, 54
  %102 = getelementptr inbounds float, ptr @field, i64 %101
  %103 = load float, ptr %102, align 8, !tbaa !4
  %104 = fadd float %100, %103
  %105 = add nuw nsw i64 %18, 25
  %106 = getelementptr inbounds float, ptr @field, i64 %105
  %107 = load float, ptr %106, align 4, !tbaa !4
  %108 = fadd float %104, %107
  %109 = add nuw nsw i64 %18, 27
  %110 = getelementptr inbounds float, ptr @field, i64 %109
  %111 = load float, ptr %110, align 4, !tbaa !4
  %112 = fadd float %108, %111
  %113 = tail call float @llvm.fmuladd.f32(float %89, float -6.000000e+00, float %112)
  %114 = fmul float %113, 4.000000e+00
  %115 = getelementptr inbounds float, ptr @lap, i64 %87
  store float %114, ptr %115, align 8, !tbaa !4
  %116 = add nuw nsw i64 %16, 1
  %117 = icmp eq i64 %116, 23
  br i1 %117, label %54, label %15, !llvm.loop !13

118:                                              ; preds = %1, %118
  %119 = phi i64 [ 0, %1 ], [ %156, %118 ]
  %120 = trunc i64 %119 to i32
  %121 = sitofp i32 %120 to float
  %122 = fmul float %121, 5.000000e-01
  %123 = fmul float %122, 2.000000e+00
  %124 = fmul float %122, %123
  %125 = insertelement <4 x float> poison, float %124, i64 0
  %126 = shufflevector <4 x float> %125, <4 x float> poison, <4 x i32> zeroinitializer
  %127 = add nuw nsw i64 %119, %7
  %128 = mul nuw nsw i64 %127, 28
  %129 = fadd <4 x float> %126, <float 0.000000e+00, float 2.500000e-01, float 1.000000e+00, float 2.250000e+00>
  %130 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %11, <4 x float> %9, <4 x float> %129)
  %131 = getelementptr inbounds [13440 x float], ptr @field, i64 0, i64 %128
  store <4 x float> %130, ptr %131, align 16, !tbaa !4
  %132 = fadd <4 x float> %126, <float 4.000000e+00, float 6.250000e+00, float 9.000000e+00, float 1.225000e+01>
  %133 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %11, <4 x float> %9, <4 x float> %132)
  %134 = add nuw nsw i64 %128, 4
  %135 = getelementptr inbounds [13440 x float], ptr @field, i64 0, i64 %134
  store <4 x float> %133, ptr %135, align 16, !tbaa !4
  %136 = fadd <4 x float> %126, <float 1.600000e+01, float 2.025000e+01, float 2.500000e+01, float 3.025000e+01>
  %137 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %11, <4 x float> %9, <4 x float> %136)
  %138 = add nuw nsw i64 %128, 8
  %139 = getelementptr inbounds [13440 x float], ptr @field, i64 0, i64 %138
  store <4 x float> %137, ptr %139, align 16, !tbaa !4
  %140 = fadd <4 x float> %126, <float 3.600000e+01, float 4.225000e+01, float 4.900000e+01, float 5.625000e+01>
  %141 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %11, <4 x float> %9, <4 x float> %140)
  %142 = add nuw nsw i64 %128, 12
  %143 = getelementptr inbounds [13440 x float], ptr @field, i64 0, i64 %142
  store <4 x float> %141, ptr %143, align 16, !tbaa !4
  %144 = fadd <4 x float> %126, <float 6.400000e+01, float 7.225000e+01, float 8.100000e+01, float 9.025000e+01>
  %145 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %11, <4 x float> %9, <4 x float> %144)
  %146 = add nuw nsw i64 %128, 16
  %147 = getelementptr inbounds [13440 x float], ptr @field, i64 0, i64 %146
  store <4 x float> %145, ptr %147, align 16, !tbaa !4
  %148 = fadd <4 x float> %126, <float 1.000000e+02, float 1.102500e+02, float 1.210000e+02, float 1.322500e+02>
  %149 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %11, <4 x float> %9, <4 x float> %148)
  %150 = add nuw nsw i64 %128, 20
  %151 = getelementptr inbounds [13440 x float], ptr @field, i64 0, i64 %150
  store <4 x float> %149, ptr %151, align 16, !tbaa !4
  %152 = fadd <4 x float> %126, <float 1.440000e+02, float 1.562500e+02, float 1.690000e+02, float 1.822500e+02>
  %153 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %11, <4 x float> %9, <4 x float> %152)
  %154 = add nuw nsw i64 %128, 24
  %155 = getelementptr inbounds [13440 x float], ptr @field, i64 0, i64 %154
  store <4 x float> %153, ptr %155, align 16, !tbaa !4
  %156 = add nuw nsw i64 %119, 1
  %157 = icmp eq i64 %156, 24
  br i1 %157, label %158, label %118, !llvm.loop !14

158:                                              ; preds = %118
  %159 = add nuw nsw i64 %2, 1
  %160 = icmp eq i64 %159, 20
  br i1 %160, label %12, label %1, !llvm.loop !15

161:                                              ; preds = %54, %175
  %162 = phi i64 [ %176, %175 ], [ 1, %54 ]
  %163 = phi float [ %196, %175 ], [ 0.000000e+00, %54 ]
  %164 = mul nuw nsw i64 %162, 24
  br label %170

165:                                              ; preds = %175
  %166 = fpext float %196 to double
  %167 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 28, i32 noundef 24, i32 noundef 20, double noundef %166)
  %168 = fcmp uge float %196, 0x3F847AE140000000
  %169 = zext i1 %168 to i32
  ret i32 %169

170:                                              ; preds = %161, %178
  %171 = phi i64 [ 1, %161 ], [ %179, %178 ]
  %172 = phi float [ %163, %161 ], [ %196, %178 ]
  %173 = add nuw nsw i64 %171, %164
  %174 = mul nuw nsw i64 %173, 28
  br label %181

175:                                              ; preds = %178
  %176 = add nuw nsw i64 %162, 1
  %177 = icmp eq i64 %176, 19
  br i1 %177, label %165, label %161, !llvm.loop !16

178:                                              ; preds = %181
  %179 = add nuw nsw i64 %171, 1
  %180 = icmp eq i64 %179, 23
  br i1 %180, label %175, label %170, !llvm.loop !17

181:                                              ; preds = %181, %170
  %182 = phi i64 [ 1, %170 ], [ %197, %181 ]
  %183 = phi float [ %172, %170 ], [ %196, %181 ]
  %184 = add nuw nsw i64 %182, %174
  %185 = getelementptr inbounds [13440 x float], ptr @lap, i64 0, i64 %184
  %186 = load float, ptr %185, align 4, !tbaa !4
  %187 = fadd float %186, -1.200000e+01
  %188 = tail call float @llvm.fabs.f32(float %187)
  %189 = tail call float @llvm.maxnum.f32(float %183, float %188)
  %190 = add nuw nsw i64 %182, 1
  %191 = add nuw nsw i64 %190, %174
  %192 = getelementptr inbounds [13440 x float], ptr @lap, i64 0, i64 %191
  %193 = load float, ptr %192, align 4, !tbaa !4
  %194 = fadd float %193, -1.200000e+01
  %195 = tail call float @llvm.fabs.f32(float %194)
  %196 = tail call float @llvm.maxnum.f32(float %189, float %195)
  %197 = add nuw nsw i64 %182, 2
  %198 = icmp eq i64 %197, 27
  br i1 %198, label %178, label %181, !llvm.loop !18
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fabs.f32(float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.maxnum.f32(float, float) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <4 x float> @llvm.fmuladd.v4f32(<4 x float>, <4 x float>, <4 x float>) #3

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.module.flags = !{!0, !1, !2, !3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!5, !5, i64 0}
!5 = !{!"float", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = distinct !{!8, !9, !10, !11}
!9 = !{!"llvm.loop.mustprogress"}
!10 = !{!"llvm.loop.isvectorized", i32 1}
!11 = !{!"llvm.loop.unroll.runtime.disable"}
!12 = distinct !{!12, !9}
!13 = distinct !{!13, !9}
!14 = distinct !{!14, !9}
!15 = distinct !{!15, !9}
!16 = distinct !{!16, !9}
!17 = distinct !{!17, !9}
!18 = distinct !{!18, !9}
