; ModuleID = 'c/kmeans.c'
source_filename = "c/kmeans.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.point = type { float, float }

@main.centres = internal unnamed_addr constant [3 x %struct.point] [%struct.point zeroinitializer, %struct.point { float 1.000000e+01, float 1.000000e+01 }, %struct.point { float -8.000000e+00, float 9.000000e+00 }], align 16
@points = internal unnamed_addr global [300 x %struct.point] zeroinitializer, align 16
@label = internal unnamed_addr global [300 x i32] zeroinitializer, align 16
@.str = private unnamed_addr constant [71 x i8] c"kmeans rounds=%d centres=(%.2f,%.2f) (%.2f,%.2f) (%.2f,%.2f) wrong=%d\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  %1 = alloca [3 x float], align 4
  %2 = alloca [3 x float], align 4
  %3 = alloca [3 x i32], align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(1200) @label, i8 -1, i64 1200, i1 false), !tbaa !4
  br label %4

4:                                                ; preds = %4, %0
  %5 = phi i64 [ 0, %0 ], [ %57, %4 ]
  %6 = phi <4 x i16> [ <i16 0, i16 1, i16 2, i16 3>, %0 ], [ %58, %4 ]
  %7 = trunc i64 %5 to i16
  %8 = or i16 %7, 1
  %9 = or i16 %7, 2
  %10 = or i16 %7, 3
  %11 = mul <4 x i16> %6, <i16 73, i16 73, i16 73, i16 73>
  %12 = urem <4 x i16> %11, <i16 101, i16 101, i16 101, i16 101>
  %13 = uitofp <4 x i16> %12 to <4 x float>
  %14 = fdiv <4 x float> %13, <float 5.000000e+01, float 5.000000e+01, float 5.000000e+01, float 5.000000e+01>
  %15 = fadd <4 x float> %14, <float -1.000000e+00, float -1.000000e+00, float -1.000000e+00, float -1.000000e+00>
  %16 = mul <4 x i16> %6, <i16 37, i16 37, i16 37, i16 37>
  %17 = urem <4 x i16> %16, <i16 103, i16 103, i16 103, i16 103>
  %18 = uitofp <4 x i16> %17 to <4 x float>
  %19 = fdiv <4 x float> %18, <float 5.150000e+01, float 5.150000e+01, float 5.150000e+01, float 5.150000e+01>
  %20 = fadd <4 x float> %19, <float -1.000000e+00, float -1.000000e+00, float -1.000000e+00, float -1.000000e+00>
  %21 = urem i16 %7, 3
  %22 = urem i16 %8, 3
  %23 = urem i16 %9, 3
  %24 = urem i16 %10, 3
  %25 = zext i16 %21 to i64
  %26 = zext i16 %22 to i64
  %27 = zext i16 %23 to i64
  %28 = zext i16 %24 to i64
  %29 = getelementptr inbounds [3 x %struct.point], ptr @main.centres, i64 0, i64 %25
  %30 = getelementptr inbounds [3 x %struct.point], ptr @main.centres, i64 0, i64 %26
  %31 = getelementptr inbounds [3 x %struct.point], ptr @main.centres, i64 0, i64 %27
  %32 = getelementptr inbounds [3 x %struct.point], ptr @main.centres, i64 0, i64 %28
  %33 = load float, ptr %29, align 8, !tbaa !8
  %34 = load float, ptr %30, align 8, !tbaa !8
  %35 = load float, ptr %31, align 8, !tbaa !8
  %36 = load float, ptr %32, align 8, !tbaa !8
  %37 = insertelement <4 x float> poison, float %33, i64 0
  %38 = insertelement <4 x float> %37, float %34, i64 1
  %39 = insertelement <4 x float> %38, float %35, i64 2
  %40 = insertelement <4 x float> %39, float %36, i64 3
  %41 = fadd <4 x float> %15, %40
  %42 = getelementptr inbounds [3 x %struct.point], ptr @main.centres, i64 0, i64 %25, i32 1
  %43 = getelementptr inbounds [3 x %struct.point], ptr @main.centres, i64 0, i64 %26, i32 1
  %44 = getelementptr inbounds [3 x %struct.point], ptr @main.centres, i64 0, i64 %27, i32 1
  %45 = getelementptr inbounds [3 x %struct.point], ptr @main.centres, i64 0, i64 %28, i32 1
  %46 = load float, ptr %42, align 4, !tbaa !11
  %47 = load float, ptr %43, align 4, !tbaa !11
  %48 = load float, ptr %44, align 4, !tbaa !11
  %49 = load float, ptr %45, align 4, !tbaa !11
  %50 = insertelement <4 x float> poison, float %46, i64 0
  %51 = insertelement <4 x float> %50, float %47, i64 1
  %52 = insertelement <4 x float> %51, float %48, i64 2
  %53 = insertelement <4 x float> %52, float %49, i64 3
  %54 = fadd <4 x float> %20, %53
  %55 = getelementptr inbounds [300 x %struct.point], ptr @points, i64 0, i64 %5
  %56 = shufflevector <4 x float> %41, <4 x float> %54, <8 x i32> <i32 0, i32 4, i32 1, i32 5, i32 2, i32 6, i32 3, i32 7>
  store <8 x float> %56, ptr %55, align 16
  %57 = add nuw i64 %5, 4
  %58 = add <4 x i16> %6, <i16 4, i16 4, i16 4, i16 4>
  %59 = icmp eq i64 %57, 300
  br i1 %59, label %60, label %4, !llvm.loop !12

60:                                               ; preds = %4
  %61 = load <2 x float>, ptr @points, align 16
  %62 = load <2 x float>, ptr getelementptr inbounds ([300 x %struct.point], ptr @points, i64 0, i64 1), align 8
  %63 = load <2 x float>, ptr getelementptr inbounds ([300 x %struct.point], ptr @points, i64 0, i64 2), align 16
  %64 = getelementptr inbounds [3 x i32], ptr %3, i64 0, i64 1
  %65 = getelementptr inbounds [3 x float], ptr %1, i64 0, i64 1
  %66 = getelementptr inbounds [3 x float], ptr %2, i64 0, i64 1
  %67 = getelementptr inbounds [3 x i32], ptr %3, i64 0, i64 2
  %68 = getelementptr inbounds [3 x float], ptr %1, i64 0, i64 2
  %69 = getelementptr inbounds [3 x float], ptr %2, i64 0, i64 2
  br label %70

70:                                               ; preds = %178, %60
  %71 = phi <2 x float> [ %63, %60 ], [ %179, %178 ]
  %72 = phi <2 x float> [ %62, %60 ], [ %166, %178 ]
  %73 = phi <2 x float> [ %61, %60 ], [ %153, %178 ]
  %74 = phi i32 [ 0, %60 ], [ %180, %178 ]
  %75 = extractelement <2 x float> %73, i64 1
  %76 = extractelement <2 x float> %72, i64 1
  %77 = extractelement <2 x float> %71, i64 1
  br label %78

78:                                               ; preds = %111, %70
  %79 = phi i64 [ 0, %70 ], [ %113, %111 ]
  %80 = phi i32 [ 0, %70 ], [ %112, %111 ]
  %81 = getelementptr inbounds [300 x %struct.point], ptr @points, i64 0, i64 %79
  %82 = load <2 x float>, ptr %81, align 8
  %83 = extractelement <2 x float> %82, i64 1
  %84 = fsub <2 x float> %82, %73
  %85 = extractelement <2 x float> %84, i64 0
  %86 = fsub float %83, %75
  %87 = fmul float %86, %86
  %88 = tail call float @llvm.fmuladd.f32(float %85, float %85, float %87)
  %89 = fcmp olt float %88, 0x47EFFFFFE0000000
  %90 = select i1 %89, float %88, float 0x47EFFFFFE0000000
  %91 = fsub <2 x float> %82, %72
  %92 = extractelement <2 x float> %91, i64 0
  %93 = fsub float %83, %76
  %94 = fmul float %93, %93
  %95 = tail call float @llvm.fmuladd.f32(float %92, float %92, float %94)
  %96 = fcmp olt float %95, %90
  %97 = zext i1 %96 to i32
  %98 = select i1 %96, float %95, float %90
  %99 = fsub <2 x float> %82, %71
  %100 = extractelement <2 x float> %99, i64 0
  %101 = fsub float %83, %77
  %102 = fmul float %101, %101
  %103 = tail call float @llvm.fmuladd.f32(float %100, float %100, float %102)
  %104 = fcmp olt float %103, %98
  %105 = select i1 %104, i32 2, i32 %97
  %106 = getelementptr inbounds [300 x i32], ptr @label, i64 0, i64 %79
  %107 = load i32, ptr %106, align 4, !tbaa !4
  %108 = icmp eq i32 %107, %105
  br i1 %108, label %111, label %109

109:                                              ; preds = %78
  store i32 %105, ptr %106, align 4, !tbaa !4
  %110 = add nsw i32 %80, 1
  br label %111

111:                                              ; preds = %109, %78
  %112 = phi i32 [ %110, %109 ], [ %80, %78 ]
  %113 = add nuw nsw i64 %79, 1
  %114 = icmp eq i64 %113, 300
  br i1 %114, label %115, label %78, !llvm.loop !16

115:                                              ; preds = %111
  %116 = icmp sgt i32 %112, 0
  %117 = icmp ult i32 %74, 100
  %118 = select i1 %116, i1 %117, i1 false
  br i1 %118, label %119, label %194

119:                                              ; preds = %115
  call void @llvm.lifetime.start.p0(i64 12, ptr nonnull %1) #5
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(12) %1, i8 0, i64 12, i1 false)
  call void @llvm.lifetime.start.p0(i64 12, ptr nonnull %2) #5
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(12) %2, i8 0, i64 12, i1 false)
  call void @llvm.lifetime.start.p0(i64 12, ptr nonnull %3) #5
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(12) %3, i8 0, i64 12, i1 false)
  br label %120

120:                                              ; preds = %120, %119
  %121 = phi i64 [ 0, %119 ], [ %138, %120 ]
  %122 = getelementptr inbounds [300 x %struct.point], ptr @points, i64 0, i64 %121
  %123 = load float, ptr %122, align 8, !tbaa !8
  %124 = getelementptr inbounds [300 x i32], ptr @label, i64 0, i64 %121
  %125 = load i32, ptr %124, align 4, !tbaa !4
  %126 = sext i32 %125 to i64
  %127 = getelementptr inbounds [3 x float], ptr %1, i64 0, i64 %126
  %128 = load float, ptr %127, align 4, !tbaa !17
  %129 = fadd float %123, %128
  store float %129, ptr %127, align 4, !tbaa !17
  %130 = getelementptr inbounds [300 x %struct.point], ptr @points, i64 0, i64 %121, i32 1
  %131 = load float, ptr %130, align 4, !tbaa !11
  %132 = getelementptr inbounds [3 x float], ptr %2, i64 0, i64 %126
  %133 = load float, ptr %132, align 4, !tbaa !17
  %134 = fadd float %131, %133
  store float %134, ptr %132, align 4, !tbaa !17
  %135 = getelementptr inbounds [3 x i32], ptr %3, i64 0, i64 %126
  %136 = load i32, ptr %135, align 4, !tbaa !4
  %137 = add nsw i32 %136, 1
  store i32 %137, ptr %135, align 4, !tbaa !4
  %138 = add nuw nsw i64 %121, 1
  %139 = icmp eq i64 %138, 300
  br i1 %139, label %140, label %120, !llvm.loop !18

140:                                              ; preds = %120
  %141 = load i32, ptr %3, align 4, !tbaa !4
  %142 = icmp sgt i32 %141, 0
  br i1 %142, label %143, label %152

143:                                              ; preds = %140
  %144 = sitofp i32 %141 to float
  %145 = load float, ptr %1, align 4, !tbaa !17
  %146 = load float, ptr %2, align 4, !tbaa !17
  %147 = insertelement <2 x float> poison, float %145, i64 0
  %148 = insertelement <2 x float> %147, float %146, i64 1
  %149 = insertelement <2 x float> poison, float %144, i64 0
  %150 = shufflevector <2 x float> %149, <2 x float> poison, <2 x i32> zeroinitializer
  %151 = fdiv <2 x float> %148, %150
  br label %152

152:                                              ; preds = %143, %140
  %153 = phi <2 x float> [ %151, %143 ], [ %73, %140 ]
  %154 = load i32, ptr %64, align 4, !tbaa !4
  %155 = icmp sgt i32 %154, 0
  br i1 %155, label %156, label %165

156:                                              ; preds = %152
  %157 = sitofp i32 %154 to float
  %158 = load float, ptr %65, align 4, !tbaa !17
  %159 = load float, ptr %66, align 4, !tbaa !17
  %160 = insertelement <2 x float> poison, float %158, i64 0
  %161 = insertelement <2 x float> %160, float %159, i64 1
  %162 = insertelement <2 x float> poison, float %157, i64 0
  %163 = shufflevector <2 x float> %162, <2 x float> poison, <2 x i32> zeroinitializer
  %164 = fdiv <2 x float> %161, %163
  br label %165

165:                                              ; preds = %156, %152
  %166 = phi <2 x float> [ %164, %156 ], [ %72, %152 ]
  %167 = load i32, ptr %67, align 4, !tbaa !4
  %168 = icmp sgt i32 %167, 0
  br i1 %168, label %169, label %178

169:                                              ; preds = %165
  %170 = sitofp i32 %167 to float
  %171 = load float, ptr %68, align 4, !tbaa !17
  %172 = load float, ptr %69, align 4, !tbaa !17
  %173 = insertelement <2 x float> poison, float %171, i64 0
  %174 = insertelement <2 x float> %173, float %172, i64 1
  %175 = insertelement <2 x float> poison, float %170, i64 0
  %176 = shufflevector <2 x float> %175, <2 x float> poison, <2 x i32> zeroinitializer
  %177 = fdiv <2 x float> %174, %176
  br label %178

178:                                              ; preds = %165, %169
  %179 = phi <2 x float> [ %177, %169 ], [ %71, %165 ]
  call void @llvm.lifetime.end.p0(i64 12, ptr nonnull %3) #5
  call void @llvm.lifetime.end.p0(i64 12, ptr nonnull %2) #5
  call void @llvm.lifetime.end.p0(i64 12, ptr nonnull %1) #5
  %180 = add nuw nsw i32 %74, 1
  br label %70, !llvm.loop !19

181:                                              ; preds = %194
  %182 = extractelement <2 x float> %71, i64 0
  %183 = extractelement <2 x float> %72, i64 0
  %184 = extractelement <2 x float> %73, i64 0
  %185 = fpext float %184 to double
  %186 = fpext float %75 to double
  %187 = fpext float %183 to double
  %188 = fpext float %76 to double
  %189 = fpext float %182 to double
  %190 = fpext float %77 to double
  %191 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %74, double noundef %185, double noundef %186, double noundef %187, double noundef %188, double noundef %189, double noundef %190, i32 noundef %206)
  %192 = icmp ne i32 %206, 0
  %193 = zext i1 %192 to i32
  ret i32 %193

194:                                              ; preds = %115, %209
  %195 = phi i64 [ %220, %209 ], [ 3, %115 ]
  %196 = phi i32 [ %219, %209 ], [ 0, %115 ]
  %197 = getelementptr inbounds [300 x i32], ptr @label, i64 0, i64 %195
  %198 = load i32, ptr %197, align 4, !tbaa !4
  %199 = trunc i64 %195 to i16
  %200 = urem i16 %199, 3
  %201 = zext i16 %200 to i64
  %202 = getelementptr inbounds [300 x i32], ptr @label, i64 0, i64 %201
  %203 = load i32, ptr %202, align 4, !tbaa !4
  %204 = icmp ne i32 %198, %203
  %205 = zext i1 %204 to i32
  %206 = add nuw nsw i32 %196, %205
  %207 = add nuw nsw i64 %195, 1
  %208 = icmp eq i64 %207, 300
  br i1 %208, label %181, label %209, !llvm.loop !20

209:                                              ; preds = %194
  %210 = getelementptr inbounds [300 x i32], ptr @label, i64 0, i64 %207
  %211 = load i32, ptr %210, align 4, !tbaa !4
  %212 = trunc i64 %207 to i16
  %213 = urem i16 %212, 3
  %214 = zext i16 %213 to i64
  %215 = getelementptr inbounds [300 x i32], ptr @label, i64 0, i64 %214
  %216 = load i32, ptr %215, align 4, !tbaa !4
  %217 = icmp ne i32 %211, %216
  %218 = zext i1 %217 to i32
  %219 = add nuw nsw i32 %206, %218
  %220 = add nuw nsw i64 %195, 2
  br label %194
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #3

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #4

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="64" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!5, !5, i64 0}
!5 = !{!"int", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = !{!9, !10, i64 0}
!9 = !{!"point", !10, i64 0, !10, i64 4}
!10 = !{!"float", !6, i64 0}
!11 = !{!9, !10, i64 4}
!12 = distinct !{!12, !13, !14, !15}
!13 = !{!"llvm.loop.mustprogress"}
!14 = !{!"llvm.loop.isvectorized", i32 1}
!15 = !{!"llvm.loop.unroll.runtime.disable"}
!16 = distinct !{!16, !13}
!17 = !{!10, !10, i64 0}
!18 = distinct !{!18, !13}
!19 = distinct !{!19, !13}
!20 = distinct !{!20, !13}
