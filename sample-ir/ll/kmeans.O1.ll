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
  %4 = alloca [3 x %struct.point], align 16
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(1200) @label, i8 -1, i64 1200, i1 false), !tbaa !4
  br label %11

5:                                                ; preds = %11
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %4) #5
  %6 = load i64, ptr @points, align 16
  store i64 %6, ptr %4, align 16
  %7 = getelementptr inbounds %struct.point, ptr %4, i64 1
  %8 = load i64, ptr getelementptr inbounds ([300 x %struct.point], ptr @points, i64 0, i64 1), align 8
  store i64 %8, ptr %7, align 8
  %9 = getelementptr inbounds %struct.point, ptr %4, i64 2
  %10 = load i64, ptr getelementptr inbounds ([300 x %struct.point], ptr @points, i64 0, i64 2), align 16
  store i64 %10, ptr %9, align 16
  br label %38

11:                                               ; preds = %0, %11
  %12 = phi i64 [ 0, %0 ], [ %36, %11 ]
  %13 = trunc i64 %12 to i32
  %14 = mul i32 %13, 73
  %15 = urem i32 %14, 101
  %16 = sitofp i32 %15 to float
  %17 = fdiv float %16, 5.000000e+01
  %18 = fadd float %17, -1.000000e+00
  %19 = trunc i64 %12 to i32
  %20 = mul i32 %19, 37
  %21 = urem i32 %20, 103
  %22 = sitofp i32 %21 to float
  %23 = fdiv float %22, 5.150000e+01
  %24 = fadd float %23, -1.000000e+00
  %25 = getelementptr inbounds [300 x %struct.point], ptr @points, i64 0, i64 %12
  %26 = trunc i64 %12 to i32
  %27 = urem i32 %26, 3
  %28 = zext i32 %27 to i64
  %29 = getelementptr inbounds [3 x %struct.point], ptr @main.centres, i64 0, i64 %28
  %30 = load float, ptr %29, align 8, !tbaa !8
  %31 = fadd float %18, %30
  %32 = getelementptr inbounds [3 x %struct.point], ptr @main.centres, i64 0, i64 %28, i32 1
  %33 = load float, ptr %32, align 4, !tbaa !11
  %34 = fadd float %24, %33
  store float %31, ptr %25, align 8, !tbaa.struct !12
  %35 = getelementptr inbounds i8, ptr %25, i64 4
  store float %34, ptr %35, align 4, !tbaa.struct !14
  %36 = add nuw nsw i64 %12, 1
  %37 = icmp eq i64 %36, 300
  br i1 %37, label %5, label %11, !llvm.loop !15

38:                                               ; preds = %116, %5
  %39 = phi i32 [ 0, %5 ], [ %117, %116 ]
  br label %40

40:                                               ; preds = %69, %38
  %41 = phi i64 [ 0, %38 ], [ %71, %69 ]
  %42 = phi i32 [ 0, %38 ], [ %70, %69 ]
  %43 = getelementptr inbounds [300 x %struct.point], ptr @points, i64 0, i64 %41
  %44 = load <2 x float>, ptr %43, align 8
  br label %49

45:                                               ; preds = %49
  %46 = getelementptr inbounds [300 x i32], ptr @label, i64 0, i64 %41
  %47 = load i32, ptr %46, align 4, !tbaa !4
  %48 = icmp eq i32 %47, %63
  br i1 %48, label %69, label %67

49:                                               ; preds = %49, %40
  %50 = phi i64 [ 0, %40 ], [ %65, %49 ]
  %51 = phi float [ 0x47EFFFFFE0000000, %40 ], [ %64, %49 ]
  %52 = phi i32 [ 0, %40 ], [ %63, %49 ]
  %53 = getelementptr inbounds %struct.point, ptr %4, i64 %50
  %54 = load <2 x float>, ptr %53, align 8
  %55 = fsub <2 x float> %44, %54
  %56 = extractelement <2 x float> %55, i64 0
  %57 = fsub <2 x float> %44, %54
  %58 = fmul <2 x float> %57, %57
  %59 = extractelement <2 x float> %58, i64 1
  %60 = tail call float @llvm.fmuladd.f32(float %56, float %56, float %59)
  %61 = fcmp olt float %60, %51
  %62 = trunc i64 %50 to i32
  %63 = select i1 %61, i32 %62, i32 %52
  %64 = select i1 %61, float %60, float %51
  %65 = add nuw nsw i64 %50, 1
  %66 = icmp eq i64 %65, 3
  br i1 %66, label %45, label %49, !llvm.loop !18

67:                                               ; preds = %45
  store i32 %63, ptr %46, align 4, !tbaa !4
  %68 = add nsw i32 %42, 1
  br label %69

69:                                               ; preds = %67, %45
  %70 = phi i32 [ %68, %67 ], [ %42, %45 ]
  %71 = add nuw nsw i64 %41, 1
  %72 = icmp eq i64 %71, 300
  br i1 %72, label %73, label %40, !llvm.loop !19

73:                                               ; preds = %69
  %74 = icmp sgt i32 %70, 0
  %75 = icmp ult i32 %39, 100
  %76 = select i1 %74, i1 %75, i1 false
  br i1 %76, label %77, label %139

77:                                               ; preds = %73
  call void @llvm.lifetime.start.p0(i64 12, ptr nonnull %1) #5
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(12) %1, i8 0, i64 12, i1 false)
  call void @llvm.lifetime.start.p0(i64 12, ptr nonnull %2) #5
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(12) %2, i8 0, i64 12, i1 false)
  call void @llvm.lifetime.start.p0(i64 12, ptr nonnull %3) #5
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(12) %3, i8 0, i64 12, i1 false)
  br label %78

78:                                               ; preds = %78, %77
  %79 = phi i64 [ 0, %77 ], [ %96, %78 ]
  %80 = getelementptr inbounds [300 x %struct.point], ptr @points, i64 0, i64 %79
  %81 = load float, ptr %80, align 8, !tbaa !8
  %82 = getelementptr inbounds [300 x i32], ptr @label, i64 0, i64 %79
  %83 = load i32, ptr %82, align 4, !tbaa !4
  %84 = sext i32 %83 to i64
  %85 = getelementptr inbounds [3 x float], ptr %1, i64 0, i64 %84
  %86 = load float, ptr %85, align 4, !tbaa !13
  %87 = fadd float %81, %86
  store float %87, ptr %85, align 4, !tbaa !13
  %88 = getelementptr inbounds [300 x %struct.point], ptr @points, i64 0, i64 %79, i32 1
  %89 = load float, ptr %88, align 4, !tbaa !11
  %90 = getelementptr inbounds [3 x float], ptr %2, i64 0, i64 %84
  %91 = load float, ptr %90, align 4, !tbaa !13
  %92 = fadd float %89, %91
  store float %92, ptr %90, align 4, !tbaa !13
  %93 = getelementptr inbounds [3 x i32], ptr %3, i64 0, i64 %84
  %94 = load i32, ptr %93, align 4, !tbaa !4
  %95 = add nsw i32 %94, 1
  store i32 %95, ptr %93, align 4, !tbaa !4
  %96 = add nuw nsw i64 %79, 1
  %97 = icmp eq i64 %96, 300
  br i1 %97, label %98, label %78, !llvm.loop !20

98:                                               ; preds = %78, %113
  %99 = phi i64 [ %114, %113 ], [ 0, %78 ]
  %100 = getelementptr inbounds [3 x i32], ptr %3, i64 0, i64 %99
  %101 = load i32, ptr %100, align 4, !tbaa !4
  %102 = icmp sgt i32 %101, 0
  br i1 %102, label %103, label %113

103:                                              ; preds = %98
  %104 = getelementptr inbounds %struct.point, ptr %4, i64 %99
  %105 = getelementptr inbounds [3 x float], ptr %1, i64 0, i64 %99
  %106 = load float, ptr %105, align 4, !tbaa !13
  %107 = sitofp i32 %101 to float
  %108 = fdiv float %106, %107
  %109 = getelementptr inbounds [3 x float], ptr %2, i64 0, i64 %99
  %110 = load float, ptr %109, align 4, !tbaa !13
  %111 = fdiv float %110, %107
  store float %108, ptr %104, align 8, !tbaa.struct !12
  %112 = getelementptr inbounds i8, ptr %104, i64 4
  store float %111, ptr %112, align 4, !tbaa.struct !14
  br label %113

113:                                              ; preds = %103, %98
  %114 = add nuw nsw i64 %99, 1
  %115 = icmp eq i64 %114, 3
  br i1 %115, label %116, label %98, !llvm.loop !21

116:                                              ; preds = %113
  call void @llvm.lifetime.end.p0(i64 12, ptr nonnull %3) #5
  call void @llvm.lifetime.end.p0(i64 12, ptr nonnull %2) #5
  call void @llvm.lifetime.end.p0(i64 12, ptr nonnull %1) #5
  %117 = add nuw nsw i32 %39, 1
  br label %38, !llvm.loop !22

118:                                              ; preds = %139
  %119 = load float, ptr %4, align 16, !tbaa !8
  %120 = fpext float %119 to double
  %121 = getelementptr inbounds %struct.point, ptr %4, i64 0, i32 1
  %122 = load float, ptr %121, align 4, !tbaa !11
  %123 = fpext float %122 to double
  %124 = getelementptr inbounds [3 x %struct.point], ptr %4, i64 0, i64 1
  %125 = load float, ptr %124, align 8, !tbaa !8
  %126 = fpext float %125 to double
  %127 = getelementptr inbounds [3 x %struct.point], ptr %4, i64 0, i64 1, i32 1
  %128 = load float, ptr %127, align 4, !tbaa !11
  %129 = fpext float %128 to double
  %130 = getelementptr inbounds [3 x %struct.point], ptr %4, i64 0, i64 2
  %131 = load float, ptr %130, align 16, !tbaa !8
  %132 = fpext float %131 to double
  %133 = getelementptr inbounds [3 x %struct.point], ptr %4, i64 0, i64 2, i32 1
  %134 = load float, ptr %133, align 4, !tbaa !11
  %135 = fpext float %134 to double
  %136 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %39, double noundef %120, double noundef %123, double noundef %126, double noundef %129, double noundef %132, double noundef %135, i32 noundef %151)
  %137 = icmp ne i32 %151, 0
  %138 = zext i1 %137 to i32
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %4) #5
  ret i32 %138

139:                                              ; preds = %73, %139
  %140 = phi i64 [ %152, %139 ], [ 3, %73 ]
  %141 = phi i32 [ %151, %139 ], [ 0, %73 ]
  %142 = getelementptr inbounds [300 x i32], ptr @label, i64 0, i64 %140
  %143 = load i32, ptr %142, align 4, !tbaa !4
  %144 = trunc i64 %140 to i32
  %145 = urem i32 %144, 3
  %146 = zext i32 %145 to i64
  %147 = getelementptr inbounds [300 x i32], ptr @label, i64 0, i64 %146
  %148 = load i32, ptr %147, align 4, !tbaa !4
  %149 = icmp ne i32 %143, %148
  %150 = zext i1 %149 to i32
  %151 = add nuw nsw i32 %141, %150
  %152 = add nuw nsw i64 %140, 1
  %153 = icmp eq i64 %152, 300
  br i1 %153, label %118, label %139, !llvm.loop !23
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
!12 = !{i64 0, i64 4, !13, i64 4, i64 4, !13}
!13 = !{!10, !10, i64 0}
!14 = !{i64 0, i64 4, !13}
!15 = distinct !{!15, !16, !17}
!16 = !{!"llvm.loop.mustprogress"}
!17 = !{!"llvm.loop.unroll.disable"}
!18 = distinct !{!18, !16, !17}
!19 = distinct !{!19, !16, !17}
!20 = distinct !{!20, !16, !17}
!21 = distinct !{!21, !16, !17}
!22 = distinct !{!22, !16, !17}
!23 = distinct !{!23, !16, !17}
