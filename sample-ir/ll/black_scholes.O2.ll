; ModuleID = 'opencl/black_scholes.cl'
source_filename = "opencl/black_scholes.cl"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: convergent mustprogress nofree norecurse nounwind willreturn memory(argmem: readwrite) uwtable
define dso_local spir_kernel void @black_scholes(ptr nocapture noundef readonly align 4 %0, ptr nocapture noundef readonly align 4 %1, ptr nocapture noundef readonly align 4 %2, ptr nocapture noundef writeonly align 4 %3, ptr nocapture noundef writeonly align 4 %4, float noundef %5, float noundef %6, i32 noundef %7) local_unnamed_addr #0 !kernel_arg_addr_space !5 !kernel_arg_access_qual !6 !kernel_arg_type !7 !kernel_arg_base_type !7 !kernel_arg_type_qual !8 {
  %9 = tail call i64 @_Z13get_global_idj(i32 noundef 0) #3
  %10 = trunc i64 %9 to i32
  %11 = icmp slt i32 %10, %7
  br i1 %11, label %12, label %109

12:                                               ; preds = %8
  %13 = shl i64 %9, 32
  %14 = ashr exact i64 %13, 32
  %15 = getelementptr inbounds float, ptr %0, i64 %14
  %16 = load float, ptr %15, align 4, !tbaa !9
  %17 = getelementptr inbounds float, ptr %1, i64 %14
  %18 = load float, ptr %17, align 4, !tbaa !9
  %19 = getelementptr inbounds float, ptr %2, i64 %14
  %20 = load float, ptr %19, align 4, !tbaa !9
  %21 = tail call float @_Z4sqrtf(float noundef %20) #3
  %22 = fdiv float %16, %18, !fpmath !13
  %23 = tail call float @_Z3logf(float noundef %22) #3
  %24 = fmul float %6, 5.000000e-01
  %25 = tail call float @llvm.fmuladd.f32(float %24, float %6, float %5)
  %26 = tail call float @llvm.fmuladd.f32(float %25, float %20, float %23)
  %27 = fmul float %21, %6
  %28 = fdiv float %26, %27, !fpmath !13
  %29 = fneg float %6
  %30 = tail call float @llvm.fmuladd.f32(float %29, float %21, float %28)
  %31 = fneg float %5
  %32 = fmul float %20, %31
  %33 = tail call float @_Z3expf(float noundef %32) #3
  %34 = tail call float @_Z4fabsf(float noundef %28) #3
  %35 = tail call float @llvm.fmuladd.f32(float %34, float 0x3FCDA67120000000, float 1.000000e+00)
  %36 = fdiv float 1.000000e+00, %35, !fpmath !13
  %37 = tail call float @llvm.fmuladd.f32(float %36, float 0x3FF548CDE0000000, float 0xBFFD23DD40000000)
  %38 = tail call float @llvm.fmuladd.f32(float %36, float %37, float 0x3FFC80EF00000000)
  %39 = tail call float @llvm.fmuladd.f32(float %36, float %38, float 0xBFD6D1F0E0000000)
  %40 = tail call float @llvm.fmuladd.f32(float %36, float %39, float 0x3FD470BF40000000)
  %41 = fmul float %36, %40
  %42 = fmul float %28, -5.000000e-01
  %43 = fmul float %28, %42
  %44 = tail call float @_Z3expf(float noundef %43) #3
  %45 = fmul float %44, 0x3FD9884540000000
  %46 = fmul float %45, %41
  %47 = fcmp ogt float %28, 0.000000e+00
  %48 = fsub float 1.000000e+00, %46
  %49 = select i1 %47, float %48, float %46
  %50 = fmul float %18, %33
  %51 = tail call float @_Z4fabsf(float noundef %30) #3
  %52 = tail call float @llvm.fmuladd.f32(float %51, float 0x3FCDA67120000000, float 1.000000e+00)
  %53 = fdiv float 1.000000e+00, %52, !fpmath !13
  %54 = tail call float @llvm.fmuladd.f32(float %53, float 0x3FF548CDE0000000, float 0xBFFD23DD40000000)
  %55 = tail call float @llvm.fmuladd.f32(float %53, float %54, float 0x3FFC80EF00000000)
  %56 = tail call float @llvm.fmuladd.f32(float %53, float %55, float 0xBFD6D1F0E0000000)
  %57 = tail call float @llvm.fmuladd.f32(float %53, float %56, float 0x3FD470BF40000000)
  %58 = fmul float %53, %57
  %59 = fmul float %30, -5.000000e-01
  %60 = fmul float %30, %59
  %61 = tail call float @_Z3expf(float noundef %60) #3
  %62 = fmul float %61, 0x3FD9884540000000
  %63 = fmul float %62, %58
  %64 = fcmp ogt float %30, 0.000000e+00
  %65 = fsub float 1.000000e+00, %63
  %66 = select i1 %64, float %65, float %63
  %67 = fneg float %50
  %68 = fmul float %66, %67
  %69 = tail call float @llvm.fmuladd.f32(float %16, float %49, float %68)
  %70 = getelementptr inbounds float, ptr %3, i64 %14
  store float %69, ptr %70, align 4, !tbaa !9
  %71 = fneg float %30
  %72 = tail call float @_Z4fabsf(float noundef %71) #3
  %73 = tail call float @llvm.fmuladd.f32(float %72, float 0x3FCDA67120000000, float 1.000000e+00)
  %74 = fdiv float 1.000000e+00, %73, !fpmath !13
  %75 = tail call float @llvm.fmuladd.f32(float %74, float 0x3FF548CDE0000000, float 0xBFFD23DD40000000)
  %76 = tail call float @llvm.fmuladd.f32(float %74, float %75, float 0x3FFC80EF00000000)
  %77 = tail call float @llvm.fmuladd.f32(float %74, float %76, float 0xBFD6D1F0E0000000)
  %78 = tail call float @llvm.fmuladd.f32(float %74, float %77, float 0x3FD470BF40000000)
  %79 = fmul float %74, %78
  %80 = fmul float %30, 5.000000e-01
  %81 = fmul float %80, %71
  %82 = tail call float @_Z3expf(float noundef %81) #3
  %83 = fmul float %82, 0x3FD9884540000000
  %84 = fmul float %83, %79
  %85 = fcmp olt float %30, 0.000000e+00
  %86 = fsub float 1.000000e+00, %84
  %87 = select i1 %85, float %86, float %84
  %88 = fneg float %28
  %89 = tail call float @_Z4fabsf(float noundef %88) #3
  %90 = tail call float @llvm.fmuladd.f32(float %89, float 0x3FCDA67120000000, float 1.000000e+00)
  %91 = fdiv float 1.000000e+00, %90, !fpmath !13
  %92 = tail call float @llvm.fmuladd.f32(float %91, float 0x3FF548CDE0000000, float 0xBFFD23DD40000000)
  %93 = tail call float @llvm.fmuladd.f32(float %91, float %92, float 0x3FFC80EF00000000)
  %94 = tail call float @llvm.fmuladd.f32(float %91, float %93, float 0xBFD6D1F0E0000000)
  %95 = tail call float @llvm.fmuladd.f32(float %91, float %94, float 0x3FD470BF40000000)
  %96 = fmul float %91, %95
  %97 = fmul float %28, 5.000000e-01
  %98 = fmul float %97, %88
  %99 = tail call float @_Z3expf(float noundef %98) #3
  %100 = fmul float %99, 0x3FD9884540000000
  %101 = fmul float %100, %96
  %102 = fcmp olt float %28, 0.000000e+00
  %103 = fsub float 1.000000e+00, %101
  %104 = select i1 %102, float %103, float %101
  %105 = fneg float %16
  %106 = fmul float %104, %105
  %107 = tail call float @llvm.fmuladd.f32(float %50, float %87, float %106)
  %108 = getelementptr inbounds float, ptr %4, i64 %14
  store float %107, ptr %108, align 4, !tbaa !9
  br label %109

109:                                              ; preds = %8, %12
  ret void
}

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare i64 @_Z13get_global_idj(i32 noundef) local_unnamed_addr #1

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare float @_Z4sqrtf(float noundef) local_unnamed_addr #1

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare float @_Z3logf(float noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #2

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare float @_Z3expf(float noundef) local_unnamed_addr #1

; Function Attrs: convergent mustprogress nofree nounwind willreturn memory(none)
declare float @_Z4fabsf(float noundef) local_unnamed_addr #1

attributes #0 = { convergent mustprogress nofree norecurse nounwind willreturn memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" "uniform-work-group-size"="false" }
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
!5 = !{i32 1, i32 1, i32 1, i32 1, i32 1, i32 0, i32 0, i32 0}
!6 = !{!"none", !"none", !"none", !"none", !"none", !"none", !"none", !"none"}
!7 = !{!"float*", !"float*", !"float*", !"float*", !"float*", !"float", !"float", !"int"}
!8 = !{!"const", !"const", !"const", !"", !"", !"", !"", !""}
!9 = !{!10, !10, i64 0}
!10 = !{!"float", !11, i64 0}
!11 = !{!"omnipotent char", !12, i64 0}
!12 = !{!"Simple C/C++ TBAA"}
!13 = !{float 2.500000e+00}
