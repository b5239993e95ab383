; ModuleID = 'opencl/nbody_float4.cl'
source_filename = "opencl/nbody_float4.cl"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: convergent noinline norecurse nounwind optnone uwtable
define dso_local spir_kernel void @nbody_float4(ptr noundef align 16 %0, ptr noundef align 16 %1, ptr noundef align 16 %2, ptr noundef align 16 %3, ptr noundef align 16 %4, i32 noundef %5, float noundef %6, float noundef %7) #0 !kernel_arg_addr_space !6 !kernel_arg_access_qual !7 !kernel_arg_type !8 !kernel_arg_base_type !9 !kernel_arg_type_qual !10 {
  %9 = alloca ptr, align 8
  %10 = alloca ptr, align 8
  %11 = alloca ptr, align 8
  %12 = alloca ptr, align 8
  %13 = alloca ptr, align 8
  %14 = alloca i32, align 4
  %15 = alloca float, align 4
  %16 = alloca float, align 4
  %17 = alloca i32, align 4
  %18 = alloca i32, align 4
  %19 = alloca i32, align 4
  %20 = alloca <4 x float>, align 16
  %21 = alloca <3 x float>, align 16
  %22 = alloca i32, align 4
  %23 = alloca i32, align 4
  %24 = alloca i32, align 4
  %25 = alloca <4 x float>, align 16
  %26 = alloca <3 x float>, align 16
  %27 = alloca float, align 4
  %28 = alloca float, align 4
  %29 = alloca <4 x float>, align 16
  %30 = alloca <4 x float>, align 16
  store ptr %0, ptr %9, align 8
  store ptr %1, ptr %10, align 8
  store ptr %2, ptr %11, align 8
  store ptr %3, ptr %12, align 8
  store ptr %4, ptr %13, align 8
  store i32 %5, ptr %14, align 4
  store float %6, ptr %15, align 4
  store float %7, ptr %16, align 4
  %31 = call i64 @_Z13get_global_idj(i32 noundef 0) #4
  %32 = trunc i64 %31 to i32
  store i32 %32, ptr %17, align 4
  %33 = call i64 @_Z12get_local_idj(i32 noundef 0) #4
  %34 = trunc i64 %33 to i32
  store i32 %34, ptr %18, align 4
  %35 = call i64 @_Z14get_local_sizej(i32 noundef 0) #4
  %36 = trunc i64 %35 to i32
  store i32 %36, ptr %19, align 4
  %37 = load i32, ptr %17, align 4
  %38 = load i32, ptr %14, align 4
  %39 = icmp slt i32 %37, %38
  br i1 %39, label %40, label %46

40:                                               ; preds = %8
  %41 = load ptr, ptr %9, align 8
  %42 = load i32, ptr %17, align 4
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds <4 x float>, ptr %41, i64 %43
  %45 = load <4 x float>, ptr %44, align 16
  br label %47

46:                                               ; preds = %8
  br label %47

47:                                               ; preds = %46, %40
  %48 = phi <4 x float> [ %45, %40 ], [ zeroinitializer, %46 ]
  store <4 x float> %48, ptr %20, align 16
  store <4 x float> <float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float undef>, ptr %21, align 16
  store i32 0, ptr %22, align 4
  br label %49

49:                                               ; preds = %118, %47
  %50 = load i32, ptr %22, align 4
  %51 = load i32, ptr %14, align 4
  %52 = icmp slt i32 %50, %51
  br i1 %52, label %53, label %122

53:                                               ; preds = %49
  %54 = load i32, ptr %22, align 4
  %55 = load i32, ptr %18, align 4
  %56 = add nsw i32 %54, %55
  store i32 %56, ptr %23, align 4
  %57 = load i32, ptr %23, align 4
  %58 = load i32, ptr %14, align 4
  %59 = icmp slt i32 %57, %58
  br i1 %59, label %60, label %66

60:                                               ; preds = %53
  %61 = load ptr, ptr %9, align 8
  %62 = load i32, ptr %23, align 4
  %63 = sext i32 %62 to i64
  %64 = getelementptr inbounds <4 x float>, ptr %61, i64 %63
  %65 = load <4 x float>, ptr %64, align 16
  br label %67

66:                                               ; preds = %53
  br label %67

67:                                               ; preds = %66, %60
  %68 = phi <4 x float> [ %65, %60 ], [ zeroinitializer, %66 ]
  %69 = load ptr, ptr %13, align 8
  %70 = load i32, ptr %18, align 4
  %71 = sext i32 %70 to i64
  %72 = getelementptr inbounds <4 x float>, ptr %69, i64 %71
  store <4 x float> %68, ptr %72, align 16
  call void @_Z7barrierj(i32 noundef 1) #5
  store i32 0, ptr %24, align 4
  br label %73

73:                                               ; preds = %114, %67
  %74 = load i32, ptr %24, align 4
  %75 = load i32, ptr %19, align 4
  %76 = icmp slt i32 %74, %75
  br i1 %76, label %77, label %117

77:                                               ; preds = %73
  %78 = load ptr, ptr %13, align 8
  %79 = load i32, ptr %24, align 4
  %80 = sext i32 %79 to i64
  %81 = getelementptr inbounds <4 x float>, ptr %78, i64 %80
  %82 = load <4 x float>, ptr %81, align 16
  store <4 x float> %82, ptr %25, align 16
  %83 = load <4 x float>, ptr %25, align 16
  %84 = shufflevector <4 x float> %83, <4 x float> poison, <3 x i32> <i32 0, i32 1, i32 2>
  %85 = load <4 x float>, ptr %20, align 16
  %86 = shufflevector <4 x float> %85, <4 x float> poison, <3 x i32> <i32 0, i32 1, i32 2>
  %87 = fsub <3 x float> %84, %86
  %88 = shufflevector <3 x float> %87, <3 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 undef>
  store <4 x float> %88, ptr %26, align 16
  %89 = load <4 x float>, ptr %26, align 16
  %90 = shufflevector <4 x float> %89, <4 x float> poison, <3 x i32> <i32 0, i32 1, i32 2>
  %91 = load <4 x float>, ptr %26, align 16
  %92 = shufflevector <4 x float> %91, <4 x float> poison, <3 x i32> <i32 0, i32 1, i32 2>
  %93 = call float @_Z3dotDv3_fS_(<3 x float> noundef %90, <3 x float> noundef %92) #4
  %94 = load float, ptr %16, align 4
  %95 = fadd float %93, %94
  store float %95, ptr %27, align 4
  %96 = load float, ptr %27, align 4
  %97 = call float @_Z5rsqrtf(float noundef %96) #4
  store float %97, ptr %28, align 4
  %98 = load <4 x float>, ptr %26, align 16
  %99 = shufflevector <4 x float> %98, <4 x float> poison, <3 x i32> <i32 0, i32 1, i32 2>
  %100 = load <4 x float>, ptr %25, align 16
  %101 = extractelement <4 x float> %100, i64 3
  %102 = load float, ptr %28, align 4
  %103 = fmul float %101, %102
  %104 = load float, ptr %28, align 4
  %105 = fmul float %103, %104
  %106 = load float, ptr %28, align 4
  %107 = fmul float %105, %106
  %108 = insertelement <3 x float> poison, float %107, i64 0
  %109 = shufflevector <3 x float> %108, <3 x float> poison, <3 x i32> zeroinitializer
  %110 = load <4 x float>, ptr %21, align 16
  %111 = shufflevector <4 x float> %110, <4 x float> poison, <3 x i32> <i32 0, i32 1, i32 2>
  %112 = call <3 x float> @llvm.fmuladd.v3f32(<3 x float> %99, <3 x float> %109, <3 x float> %111)
  %113 = shufflevector <3 x float> %112, <3 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 undef>
  store <4 x float> %113, ptr %21, align 16
  br label %114

114:                                              ; preds = %77
  %115 = load i32, ptr %24, align 4
  %116 = add nsw i32 %115, 1
  store i32 %116, ptr %24, align 4
  br label %73

117:                                              ; preds = %73
  call void @_Z7barrierj(i32 noundef 1) #5
  br label %118

118:                                              ; preds = %117
  %119 = load i32, ptr %19, align 4
  %120 = load i32, ptr %22, align 4
  %121 = add nsw i32 %120, %119
  store i32 %121, ptr %22, align 4
  br label %49

122:                                              ; preds = %49
  %123 = load i32, ptr %17, align 4
  %124 = load i32, ptr %14, align 4
  %125 = icmp slt i32 %123, %124
  br i1 %125, label %126, label %166

126:                                              ; preds = %122
  %127 = load ptr, ptr %10, align 8
  %128 = load i32, ptr %17, align 4
  %129 = sext i32 %128 to i64
  %130 = getelementptr inbounds <4 x float>, ptr %127, i64 %129
  %131 = load <4 x float>, ptr %130, align 16
  store <4 x float> %131, ptr %29, align 16
  %132 = load <4 x float>, ptr %21, align 16
  %133 = shufflevector <4 x float> %132, <4 x float> poison, <3 x i32> <i32 0, i32 1, i32 2>
  %134 = load float, ptr %15, align 4
  %135 = insertelement <3 x float> poison, float %134, i64 0
  %136 = shufflevector <3 x float> %135, <3 x float> poison, <3 x i32> zeroinitializer
  %137 = load <4 x float>, ptr %29, align 16
  %138 = shufflevector <4 x float> %137, <4 x float> poison, <3 x i32> <i32 0, i32 1, i32 2>
  %139 = call <3 x float> @llvm.fmuladd.v3f32(<3 x float> %133, <3 x float> %136, <3 x float> %138)
  %140 = load <4 x float>, ptr %29, align 16
  %141 = shufflevector <3 x float> %139, <3 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 undef>
  %142 = shufflevector <4 x float> %140, <4 x float> %141, <4 x i32> <i32 4, i32 5, i32 6, i32 3>
  store <4 x float> %142, ptr %29, align 16
  %143 = load <4 x float>, ptr %29, align 16
  %144 = load ptr, ptr %12, align 8
  %145 = load i32, ptr %17, align 4
  %146 = sext i32 %145 to i64
  %147 = getelementptr inbounds <4 x float>, ptr %144, i64 %146
  store <4 x float> %143, ptr %147, align 16
  %148 = load <4 x float>, ptr %20, align 16
  %149 = shufflevector <4 x float> %148, <4 x float> poison, <3 x i32> <i32 0, i32 1, i32 2>
  %150 = load <4 x float>, ptr %29, align 16
  %151 = shufflevector <4 x float> %150, <4 x float> poison, <3 x i32> <i32 0, i32 1, i32 2>
  %152 = load float, ptr %15, align 4
  %153 = insertelement <3 x float> poison, float %152, i64 0
  %154 = shufflevector <3 x float> %153, <3 x float> poison, <3 x i32> zeroinitializer
  %155 = call <3 x float> @llvm.fmuladd.v3f32(<3 x float> %151, <3 x float> %154, <3 x float> %149)
  %156 = shufflevector <3 x float> %155, <3 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 undef>
  %157 = shufflevector <4 x float> %156, <4 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 undef>
  %158 = load <4 x float>, ptr %20, align 16
  %159 = extractelement <4 x float> %158, i64 3
  %160 = insertelement <4 x float> %157, float %159, i32 3
  store <4 x float> %160, ptr %30, align 16
  %161 = load <4 x float>, ptr %30, align 16
  %162 = load ptr, ptr %11, align 8
  %163 = load i32, ptr %17, align 4
  %164 = sext i32 %163 to i64
  %165 = getelementptr inbounds <4 x float>, ptr %162, i64 %164
  store <4 x float> %161, ptr %165, align 16
  br label %166

166:                                              ; preds = %126, %122
  ret void
}

; Function Attrs: convergent nounwind willreturn memory(none)
declare i64 @_Z13get_global_idj(i32 noundef) #1

; Function Attrs: convergent nounwind willreturn memory(none)
declare i64 @_Z12get_local_idj(i32 noundef) #1

; Function Attrs: convergent nounwind willreturn memory(none)
declare i64 @_Z14get_local_sizej(i32 noundef) #1

; Function Attrs: convergent nounwind
declare void @_Z7barrierj(i32 noundef) #2

; Function Attrs: convergent nounwind willreturn memory(none)
declare float @_Z3dotDv3_fS_(<3 x float> noundef, <3 x float> noundef) #1

; Function Attrs: convergent nounwind willreturn memory(none)
declare float @_Z5rsqrtf(float noundef) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <3 x float> @llvm.fmuladd.v3f32(<3 x float>, <3 x float>, <3 x float>) #3

attributes #0 = { convergent noinline norecurse nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="96" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" "uniform-work-group-size"="false" }
attributes #1 = { convergent nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { convergent nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { convergent nounwind willreturn memory(none) }
attributes #5 = { convergent nounwind }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!opencl.ocl.version = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{i32 2, i32 0}
!6 = !{i32 1, i32 1, i32 1, i32 1, i32 3, i32 0, i32 0, i32 0}
!7 = !{!"none", !"none", !"none", !"none", !"none", !"none", !"none", !"none"}
!8 = !{!"float4*", !"float4*", !"float4*", !"float4*", !"float4*", !"int", !"float", !"float"}
!9 = !{!"float __attribute__((ext_vector_type(4)))*", !"float __attribute__((ext_vector_type(4)))*", !"float __attribute__((ext_vector_type(4)))*", !"float __attribute__((ext_vector_type(4)))*", !"float __attribute__((ext_vector_type(4)))*", !"int", !"float", !"float"}
!10 = !{!"const", !"const", !"", !"", !"", !"", !"", !""}
