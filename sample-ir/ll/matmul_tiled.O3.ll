; ModuleID = 'opencl/matmul_tiled.cl'
source_filename = "opencl/matmul_tiled.cl"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@matmul_tiled.As = internal unnamed_addr global [16 x [16 x float]] undef, align 16
@matmul_tiled.Bs = internal unnamed_addr global [16 x [16 x float]] undef, align 16

; Function Attrs: convergent norecurse nounwind uwtable
define dso_local spir_kernel void @matmul_tiled(ptr nocapture noundef readonly align 4 %0, ptr nocapture noundef readonly align 4 %1, ptr nocapture noundef writeonly align 4 %2, i32 noundef %3) local_unnamed_addr #0 !kernel_arg_addr_space !5 !kernel_arg_access_qual !6 !kernel_arg_type !7 !kernel_arg_base_type !7 !kernel_arg_type_qual !8 {
  %5 = tail call i64 @_Z13get_global_idj(i32 noundef 1) #4
  %6 = trunc i64 %5 to i32
  %7 = tail call i64 @_Z13get_global_idj(i32 noundef 0) #4
  %8 = trunc i64 %7 to i32
  %9 = tail call i64 @_Z12get_local_idj(i32 noundef 1) #4
  %10 = tail call i64 @_Z12get_local_idj(i32 noundef 0) #4
  %11 = icmp sgt i32 %3, 0
  br i1 %11, label %12, label %65

12:                                               ; preds = %4
  %13 = add nuw nsw i32 %3, 15
  %14 = lshr i32 %13, 4
  %15 = icmp slt i32 %6, %3
  %16 = mul nsw i32 %6, %3
  %17 = shl i64 %9, 32
  %18 = ashr exact i64 %17, 32
  %19 = shl i64 %10, 32
  %20 = ashr exact i64 %19, 32
  %21 = getelementptr inbounds [16 x [16 x float]], ptr @matmul_tiled.As, i64 0, i64 %18, i64 %20
  %22 = icmp slt i32 %8, %3
  %23 = getelementptr inbounds [16 x [16 x float]], ptr @matmul_tiled.Bs, i64 0, i64 %18, i64 %20
  %24 = getelementptr inbounds [16 x [16 x float]], ptr @matmul_tiled.As, i64 0, i64 %18, i64 0
  %25 = shl i64 %9, 32
  %26 = ashr exact i64 %25, 32
  %27 = zext i32 %3 to i64
  %28 = shl i64 %7, 32
  %29 = ashr exact i64 %28, 32
  %30 = shl i64 %10, 32
  %31 = ashr exact i64 %30, 32
  %32 = sext i32 %16 to i64
  %33 = zext i32 %14 to i64
  %34 = getelementptr inbounds [16 x [16 x float]], ptr @matmul_tiled.Bs, i64 0, i64 0, i64 %20
  %35 = getelementptr inbounds [16 x [16 x float]], ptr @matmul_tiled.As, i64 0, i64 %18, i64 1
  %36 = getelementptr inbounds [16 x [16 x float]], ptr @matmul_tiled.Bs, i64 0, i64 1, i64 %20
  %37 = getelementptr inbounds [16 x [16 x float]], ptr @matmul_tiled.As, i64 0, i64 %18, i64 2
  %38 = getelementptr inbounds [16 x [16 x float]], ptr @matmul_tiled.Bs, i64 0, i64 2, i64 %20
  %39 = getelementptr inbounds [16 x [16 x float]], ptr @matmul_tiled.As, i64 0, i64 %18, i64 3
  %40 = getelementptr inbounds [16 x [16 x float]], ptr @matmul_tiled.Bs, i64 0, i64 3, i64 %20
  %41 = getelementptr inbounds [16 x [16 x float]], ptr @matmul_tiled.As, i64 0, i64 %18, i64 4
  %42 = getelementptr inbounds [16 x [16 x float]], ptr @matmul_tiled.Bs, i64 0, i64 4, i64 %20
  %43 = getelementptr inbounds [16 x [16 x float]], ptr @matmul_tiled.As, i64 0, i64 %18, i64 5
  %44 = getelementptr inbounds [16 x [16 x float]], ptr @matmul_tiled.Bs, i64 0, i64 5, i64 %20
  %45 = getelementptr inbounds [16 x [16 x float]], ptr @matmul_tiled.As, i64 0, i64 %18, i64 6
  %46 = getelementptr inbounds [16 x [16 x float]], ptr @matmul_tiled.Bs, i64 0, i64 6, i64 %20
  %47 = getelementptr inbounds [16 x [16 x float]], ptr @matmul_tiled.As, i64 0, i64 %18, i64 7
  %48 = getelementptr inbounds [16 x [16 x float]], ptr @matmul_tiled.Bs, i64 0, i64 7, i64 %20
  %49 = getelementptr inbounds [16 x [16 x float]], ptr @matmul_tiled.As, i64 0, i64 %18, i64 8
  %50 = getelementptr inbounds [16 x [16 x float]], ptr @matmul_tiled.Bs, i64 0, i64 8, i64 %20
  %51 = getelementptr inbounds [16 x [16 x float]], ptr @matmul_tiled.As, i64 0, i64 %18, i64 9
  %52 = getelementptr inbounds [16 x [16 x float]], ptr @matmul_tiled.Bs, i64 0, i64 9, i64 %20
  %53 = getelementptr inbounds [16 x [16 x float]], ptr @matmul_tiled.As, i64 0, i64 %18, i64 10
  %54 = getelementptr inbounds [16 x [16 x float]], ptr @matmul_tiled.Bs, i64 0, i64 10, i64 %20
  %55 = getelementptr inbounds [16 x [16 x float]], ptr @matmul_tiled.As, i64 0, i64 %18, i64 11
  %56 = getelementptr inbounds [16 x [16 x float]], ptr @matmul_tiled.Bs, i64 0, i64 11, i64 %20
  %57 = getelementptr inbounds [16 x [16 x float]], ptr @matmul_tiled.As, i64 0, i64 %18, i64 12
  %58 = getelementptr inbounds [16 x [16 x float]], ptr @matmul_tiled.Bs, i64 0, i64 12, i64 %20
  %59 = getelementptr inbounds [16 x [16 x float]], ptr @matmul_tiled.As, i64 0, i64 %18, i64 13
  %60 = getelementptr inbounds [16 x [16 x float]], ptr @matmul_tiled.Bs, i64 0, i64 13, i64 %20
  %61 = getelementptr inbounds [16 x [16 x float]], ptr @matmul_tiled.As, i64 0, i64 %18, i64 14
  %62 = getelementptr inbounds [16 x [16 x float]], ptr @matmul_tiled.Bs, i64 0, i64 14, i64 %20
  %63 = getelementptr inbounds [16 x [16 x float]], ptr @matmul_tiled.As, i64 0, i64 %18, i64 15
  %64 = getelementptr inbounds [16 x [16 x float]], ptr @matmul_tiled.Bs, i64 0, i64 15, i64 %20
  br label %70

65:                                               ; preds = %91, %4
  %66 = phi float [ 0.000000e+00, %4 ], [ %140, %91 ]
  %67 = icmp slt i32 %6, %3
  %68 = icmp slt i32 %8, %3
  %69 = select i1 %67, i1 %68, i1 false
  br i1 %69, label %143, label %148

70:                                               ; preds = %12, %91
  %71 = phi i64 [ 0, %12 ], [ %141, %91 ]
  %72 = phi float [ 0.000000e+00, %12 ], [ %140, %91 ]
  %73 = shl nsw i64 %71, 4
  %74 = add nsw i64 %73, %31
  %75 = add nsw i64 %73, %26
  %76 = icmp slt i64 %74, %27
  %77 = select i1 %15, i1 %76, i1 false
  br i1 %77, label %78, label %82

78:                                               ; preds = %70
  %79 = add nsw i64 %74, %32
  %80 = getelementptr inbounds float, ptr %0, i64 %79
  %81 = load float, ptr %80, align 4, !tbaa !9
  br label %82

82:                                               ; preds = %70, %78
  %83 = phi float [ %81, %78 ], [ 0.000000e+00, %70 ]
  store float %83, ptr %21, align 4, !tbaa !9
  %84 = icmp slt i64 %75, %27
  %85 = select i1 %84, i1 %22, i1 false
  br i1 %85, label %86, label %91

86:                                               ; preds = %82
  %87 = mul nsw i64 %75, %27
  %88 = add nsw i64 %87, %29
  %89 = getelementptr inbounds float, ptr %1, i64 %88
  %90 = load float, ptr %89, align 4, !tbaa !9
  br label %91

91:                                               ; preds = %82, %86
  %92 = phi float [ %90, %86 ], [ 0.000000e+00, %82 ]
  store float %92, ptr %23, align 4, !tbaa !9
  tail call void @_Z7barrierj(i32 noundef 1) #5
  %93 = load float, ptr %24, align 16, !tbaa !9
  %94 = load float, ptr %34, align 4, !tbaa !9
  %95 = tail call float @llvm.fmuladd.f32(float %93, float %94, float %72)
  %96 = load float, ptr %35, align 4, !tbaa !9
  %97 = load float, ptr %36, align 4, !tbaa !9
  %98 = tail call float @llvm.fmuladd.f32(float %96, float %97, float %95)
  %99 = load float, ptr %37, align 8, !tbaa !9
  %100 = load float, ptr %38, align 4, !tbaa !9
  %101 = tail call float @llvm.fmuladd.f32(float %99, float %100, float %98)
  %102 = load float, ptr %39, align 4, !tbaa !9
  %103 = load float, ptr %40, align 4, !tbaa !9
  %104 = tail call float @llvm.fmuladd.f32(float %102, float %103, float %101)
  %105 = load float, ptr %41, align 16, !tbaa !9
  %106 = load float, ptr %42, align 4, !tbaa !9
  %107 = tail call float @llvm.fmuladd.f32(float %105, float %106, float %104)
  %108 = load float, ptr %43, align 4, !tbaa !9
  %109 = load float, ptr %44, align 4, !tbaa !9
  %110 = tail call float @llvm.fmuladd.f32(float %108, float %109, float %107)
  %111 = load float, ptr %45, align 8, !tbaa !9
  %112 = load float, ptr %46, align 4, !tbaa !9
  %113 = tail call float @llvm.fmuladd.f32(float %111, float %112, float %110)
  %114 = load float, ptr %47, align 4, !tbaa !9
  %115 = load float, ptr %48, align 4, !tbaa !9
  %116 = tail call float @llvm.fmuladd.f32(float %114, float %115, float %113)
  %117 = load float, ptr %49, align 16, !tbaa !9
  %118 = load float, ptr %50, align 4, !tbaa !9
  %119 = tail call float @llvm.fmuladd.f32(float %117, float %118, float %116)
  %120 = load float, ptr %51, align 4, !tbaa !9
  %121 = load float, ptr %52, align 4, !tbaa !9
  %122 = tail call float @llvm.fmuladd.f32(float %120, float %121, float %119)
  %123 = load float, ptr %53, align 8, !tbaa !9
  %124 = load float, ptr %54, align 4, !tbaa !9
  %125 = tail call float @llvm.fmuladd.f32(float %123, float %124, float %122)
  %126 = load float, ptr %55, align 4, !tbaa !9
  %127 = load float, ptr %56, align 4, !tbaa !9
  %128 = tail call float @llvm.fmuladd.f32(float %126, float %127, float %125)
  %129 = load float, ptr %57, align 16, !tbaa !9
  %130 = load float, ptr %58, align 4, !tbaa !9
  %131 = tail call float @llvm.fmuladd.f32(float %129, float %130, float %128)
  %132 = load float, ptr %59, align 4, !tbaa !9
  %133 = load float, ptr %60, align 4, !tbaa !9
  %134 = tail call float @llvm.fmuladd.f32(float %132, float %133, float %131)
  %135 = load float, ptr %61, align 8, !tbaa !9
  %136 = load float, ptr %62, align 4, !tbaa !9
  %137 = tail call float @llvm.fmuladd.f32(float %135, float %136, float %134)
  %138 = load float, ptr %63, align 4, !tbaa !9
  %139 = load float, ptr %64, align 4, !tbaa !9
  %140 = tail call float @llvm.fmuladd.f32(float %138, float %139, float %137)
  tail call void @_Z7barrierj(i32 noundef 1) #5
  %141 = add nuw nsw i64 %71, 1
  %142 = icmp eq i64 %141, %33
  br i1 %142, label %65, label %70

143:                                              ; preds = %65
  %144 = mul nsw i32 %6, %3
  %145 = add nsw i32 %144, %8
  %146 = sext i32 %145 to i64
  %147 = getelementptr inbounds float, ptr %2, i64 %146
  store float %66, ptr %147, align 4, !tbaa !9
  br label %148

148:                                              ; preds = %143, %65
  ret void
}

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare i64 @_Z13get_global_idj(i32 noundef) local_unnamed_addr #1

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare i64 @_Z12get_local_idj(i32 noundef) local_unnamed_addr #1

; Function Attrs: convergent nounwind
declare void @_Z7barrierj(i32 noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #3

attributes #0 = { convergent norecurse nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" "uniform-work-group-size"="false" }
attributes #1 = { convergent mustprogress nofree nounwind willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { convergent nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { convergent nounwind willreturn memory(none) }
attributes #5 = { convergent nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!opencl.ocl.version = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 2, i32 0}
!5 = !{i32 1, i32 1, i32 1, i32 0}
!6 = !{!"none", !"none", !"none", !"none"}
!7 = !{!"float*", !"float*", !"float*", !"int"}
!8 = !{!"const", !"const", !"", !""}
!9 = !{!10, !10, i64 0}
!10 = !{!"float", !11, i64 0}
!11 = !{!"omnipotent char", !12, i64 0}
!12 = !{!"Simple C/C++ TBAA"}
