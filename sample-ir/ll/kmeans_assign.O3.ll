; ModuleID = 'opencl/kmeans_assign.cl'
source_filename = "opencl/kmeans_assign.cl"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: convergent nofree norecurse nounwind memory(argmem: readwrite) uwtable
define dso_local spir_kernel void @kmeans_assign(ptr nocapture noundef readonly align 4 %0, ptr nocapture noundef readonly align 4 %1, ptr nocapture noundef writeonly align 4 %2, i32 noundef %3, i32 noundef %4, i32 noundef %5) local_unnamed_addr #0 !kernel_arg_addr_space !5 !kernel_arg_access_qual !6 !kernel_arg_type !7 !kernel_arg_base_type !7 !kernel_arg_type_qual !8 {
  %7 = tail call i64 @_Z13get_global_idj(i32 noundef 0) #3
  %8 = trunc i64 %7 to i32
  %9 = icmp slt i32 %8, %3
  br i1 %9, label %10, label %116

10:                                               ; preds = %6
  %11 = icmp sgt i32 %5, 0
  br i1 %11, label %12, label %111

12:                                               ; preds = %10
  %13 = icmp sgt i32 %4, 0
  br i1 %13, label %19, label %14

14:                                               ; preds = %12
  %15 = and i32 %5, 3
  %16 = icmp ult i32 %5, 4
  br i1 %16, label %94, label %17

17:                                               ; preds = %14
  %18 = and i32 %5, -4
  br label %83

19:                                               ; preds = %12
  %20 = sext i32 %3 to i64
  %21 = shl i64 %7, 32
  %22 = ashr exact i64 %21, 32
  %23 = zext i32 %4 to i64
  %24 = zext i32 %5 to i64
  %25 = zext i32 %4 to i64
  %26 = and i64 %25, 1
  %27 = icmp eq i32 %4, 1
  %28 = and i64 %25, 4294967294
  %29 = icmp eq i64 %26, 0
  br label %30

30:                                               ; preds = %19, %75
  %31 = phi i64 [ 0, %19 ], [ %81, %75 ]
  %32 = phi float [ 0x47EFFFFFE0000000, %19 ], [ %80, %75 ]
  %33 = phi i32 [ 0, %19 ], [ %79, %75 ]
  %34 = mul nsw i64 %31, %23
  br i1 %27, label %61, label %35

35:                                               ; preds = %30, %35
  %36 = phi i64 [ %58, %35 ], [ 0, %30 ]
  %37 = phi float [ %57, %35 ], [ 0.000000e+00, %30 ]
  %38 = phi i64 [ %59, %35 ], [ 0, %30 ]
  %39 = mul nsw i64 %36, %20
  %40 = add nsw i64 %39, %22
  %41 = getelementptr inbounds float, ptr %0, i64 %40
  %42 = load float, ptr %41, align 4, !tbaa !9
  %43 = add nuw nsw i64 %36, %34
  %44 = getelementptr inbounds float, ptr %1, i64 %43
  %45 = load float, ptr %44, align 4, !tbaa !9
  %46 = fsub float %42, %45
  %47 = tail call float @llvm.fmuladd.f32(float %46, float %46, float %37)
  %48 = or i64 %36, 1
  %49 = mul nsw i64 %48, %20
  %50 = add nsw i64 %49, %22
  %51 = getelementptr inbounds float, ptr %0, i64 %50
  %52 = load float, ptr %51, align 4, !tbaa !9
  %53 = add nuw nsw i64 %48, %34
  %54 = getelementptr inbounds float, ptr %1, i64 %53
  %55 = load float, ptr %54, align 4, !tbaa !9
  %56 = fsub float %52, %55
  %57 = tail call float @llvm.fmuladd.f32(float %56, float %56, float %47)
  %58 = add nuw nsw i64 %36, 2
  %59 = add i64 %38, 2
  %60 = icmp eq i64 %59, %28
  br i1 %60, label %61, label %35

61:                                               ; preds = %35, %30
  %62 = phi float [ undef, %30 ], [ %57, %35 ]
  %63 = phi i64 [ 0, %30 ], [ %58, %35 ]
  %64 = phi float [ 0.000000e+00, %30 ], [ %57, %35 ]
  br i1 %29, label %75, label %65

65:                                               ; preds = %61
  %66 = mul nsw i64 %63, %20
  %67 = add nsw i64 %66, %22
  %68 = getelementptr inbounds float, ptr %0, i64 %67
  %69 = load float, ptr %68, align 4, !tbaa !9
  %70 = add nuw nsw i64 %63, %34
  %71 = getelementptr inbounds float, ptr %1, i64 %70
  %72 = load float, ptr %71, align 4, !tbaa !9
  %73 = fsub float %69, %72
  %74 = tail call float @llvm.fmuladd.f32(float %73, float %73, float %64)
  br label %75

75:                                               ; preds = %61, %65
  %76 = phi float [ %62, %61 ], [ %74, %65 ]
  %77 = fcmp olt float %76, %32
  %78 = trunc i64 %31 to i32
  %79 = select i1 %77, i32 %78, i32 %33
  %80 = select i1 %77, float %76, float %32
  %81 = add nuw nsw i64 %31, 1
  %82 = icmp eq i64 %81, %24
  br i1 %82, label %111, label %30

83:                                               ; preds = %83, %17
  %84 = phi i32 [ 0, %17 ], [ %91, %83 ]
  %85 = phi float [ 0x47EFFFFFE0000000, %17 ], [ %90, %83 ]
  %86 = phi i32 [ 0, %17 ], [ %89, %83 ]
  %87 = phi i32 [ 0, %17 ], [ %92, %83 ]
  %88 = fcmp ogt float %85, 0.000000e+00
  %89 = select i1 %88, i32 %84, i32 %86
  %90 = select i1 %88, float 0.000000e+00, float %85
  %91 = add nuw nsw i32 %84, 4
  %92 = add i32 %87, 4
  %93 = icmp eq i32 %92, %18
  br i1 %93, label %94, label %83

94:                                               ; preds = %83, %14
  %95 = phi i32 [ undef, %14 ], [ %89, %83 ]
  %96 = phi i32 [ 0, %14 ], [ %91, %83 ]
  %97 = phi float [ 0x47EFFFFFE0000000, %14 ], [ %90, %83 ]
  %98 = phi i32 [ 0, %14 ], [ %89, %83 ]
  %99 = icmp eq i32 %15, 0
  br i1 %99, label %111, label %100

100:                                              ; preds = %94, %100
  %101 = phi i32 [ %108, %100 ], [ %96, %94 ]
  %102 = phi float [ %107, %100 ], [ %97, %94 ]
  %103 = phi i32 [ %106, %100 ], [ %98, %94 ]
  %104 = phi i32 [ %109, %100 ], [ 0, %94 ]
  %105 = fcmp ogt float %102, 0.000000e+00
  %106 = select i1 %105, i32 %101, i32 %103
  %107 = select i1 %105, float 0.000000e+00, float %102
  %108 = add nuw nsw i32 %101, 1
  %109 = add i32 %104, 1
  %110 = icmp eq i32 %109, %15
  br i1 %110, label %111, label %100, !llvm.loop !13

111:                                              ; preds = %94, %100, %75, %10
  %112 = phi i32 [ 0, %10 ], [ %79, %75 ], [ %95, %94 ], [ %106, %100 ]
  %113 = shl i64 %7, 32
  %114 = ashr exact i64 %113, 32
  %115 = getelementptr inbounds i32, ptr %2, i64 %114
  store i32 %112, ptr %115, align 4, !tbaa !15
  br label %116

116:                                              ; preds = %6, %111
  ret void
}

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare i64 @_Z13get_global_idj(i32 noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #2

attributes #0 = { convergent nofree norecurse nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" "uniform-work-group-size"="false" }
attributes #1 = { convergent mustprogress nofree nounwind willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { convergent nounwind willreturn memory(none) }

!llvm.module.flags = !{!0, !1, !2, !3}
!opencl.ocl.version = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 2, i32 0}
!5 = !{i32 1, i32 1, i32 1, i32 0, i32 0, i32 0}
!6 = !{!"none", !"none", !"none", !"none", !"none", !"none"}
!7 = !{!"float*", !"float*", !"int*", !"int", !"int", !"int"}
!8 = !{!"const", !"const", !"", !"", !"", !""}
!9 = !{!10, !10, i64 0}
!10 = !{!"float", !11, i64 0}
!11 = !{!"omnipotent char", !12, i64 0}
!12 = !{!"Simple C/C++ TBAA"}
!13 = distinct !{!13, !14}
!14 = !{!"llvm.loop.unroll.disable"}
!15 = !{!16, !16, i64 0}
!16 = !{!"int", !11, i64 0}
