; ModuleID = 'opencl/stencil2d_local.cl'
source_filename = "opencl/stencil2d_local.cl"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@stencil2d_local.tile = internal global [18 x [18 x float]] undef, align 16

; Function Attrs: convergent noinline norecurse nounwind optnone uwtable
define dso_local spir_kernel void @stencil2d_local(ptr noundef align 4 %0, ptr noundef align 4 %1, i32 noundef %2, i32 noundef %3) #0 !kernel_arg_addr_space !6 !kernel_arg_access_qual !7 !kernel_arg_type !8 !kernel_arg_base_type !8 !kernel_arg_type_qual !9 {
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  store ptr %0, ptr %5, align 8
  store ptr %1, ptr %6, align 8
  store i32 %2, ptr %7, align 4
  store i32 %3, ptr %8, align 4
  %15 = call i64 @_Z13get_global_idj(i32 noundef 0) #3
  %16 = trunc i64 %15 to i32
  store i32 %16, ptr %9, align 4
  %17 = call i64 @_Z13get_global_idj(i32 noundef 1) #3
  %18 = trunc i64 %17 to i32
  store i32 %18, ptr %10, align 4
  %19 = call i64 @_Z12get_local_idj(i32 noundef 0) #3
  %20 = add i64 %19, 1
  %21 = trunc i64 %20 to i32
  store i32 %21, ptr %11, align 4
  %22 = call i64 @_Z12get_local_idj(i32 noundef 1) #3
  %23 = add i64 %22, 1
  %24 = trunc i64 %23 to i32
  store i32 %24, ptr %12, align 4
  %25 = load i32, ptr %9, align 4
  %26 = load i32, ptr %7, align 4
  %27 = sub nsw i32 %26, 1
  %28 = call i32 @_Z3minii(i32 noundef %25, i32 noundef %27) #3
  store i32 %28, ptr %13, align 4
  %29 = load i32, ptr %10, align 4
  %30 = load i32, ptr %8, align 4
  %31 = sub nsw i32 %30, 1
  %32 = call i32 @_Z3minii(i32 noundef %29, i32 noundef %31) #3
  store i32 %32, ptr %14, align 4
  %33 = load ptr, ptr %5, align 8
  %34 = load i32, ptr %14, align 4
  %35 = load i32, ptr %7, align 4
  %36 = mul nsw i32 %34, %35
  %37 = load i32, ptr %13, align 4
  %38 = add nsw i32 %36, %37
  %39 = sext i32 %38 to i64
  %40 = getelementptr inbounds float, ptr %33, i64 %39
  %41 = load float, ptr %40, align 4
  %42 = load i32, ptr %12, align 4
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds [18 x [18 x float]], ptr @stencil2d_local.tile, i64 0, i64 %43
  %45 = load i32, ptr %11, align 4
  %46 = sext i32 %45 to i64
  %47 = getelementptr inbounds [18 x float], ptr %44, i64 0, i64 %46
  store float %41, ptr %47, align 4
  %48 = load i32, ptr %11, align 4
  %49 = icmp eq i32 %48, 1
  br i1 %49, label %50, label %66

50:                                               ; preds = %4
  %51 = load ptr, ptr %5, align 8
  %52 = load i32, ptr %14, align 4
  %53 = load i32, ptr %7, align 4
  %54 = mul nsw i32 %52, %53
  %55 = load i32, ptr %13, align 4
  %56 = sub nsw i32 %55, 1
  %57 = call i32 @_Z3maxii(i32 noundef %56, i32 noundef 0) #3
  %58 = add nsw i32 %54, %57
  %59 = sext i32 %58 to i64
  %60 = getelementptr inbounds float, ptr %51, i64 %59
  %61 = load float, ptr %60, align 4
  %62 = load i32, ptr %12, align 4
  %63 = sext i32 %62 to i64
  %64 = getelementptr inbounds [18 x [18 x float]], ptr @stencil2d_local.tile, i64 0, i64 %63
  %65 = getelementptr inbounds [18 x float], ptr %64, i64 0, i64 0
  store float %61, ptr %65, align 8
  br label %66

66:                                               ; preds = %50, %4
  %67 = load i32, ptr %11, align 4
  %68 = icmp eq i32 %67, 16
  br i1 %68, label %69, label %87

69:                                               ; preds = %66
  %70 = load ptr, ptr %5, align 8
  %71 = load i32, ptr %14, align 4
  %72 = load i32, ptr %7, align 4
  %73 = mul nsw i32 %71, %72
  %74 = load i32, ptr %13, align 4
  %75 = add nsw i32 %74, 1
  %76 = load i32, ptr %7, align 4
  %77 = sub nsw i32 %76, 1
  %78 = call i32 @_Z3minii(i32 noundef %75, i32 noundef %77) #3
  %79 = add nsw i32 %73, %78
  %80 = sext i32 %79 to i64
  %81 = getelementptr inbounds float, ptr %70, i64 %80
  %82 = load float, ptr %81, align 4
  %83 = load i32, ptr %12, align 4
  %84 = sext i32 %83 to i64
  %85 = getelementptr inbounds [18 x [18 x float]], ptr @stencil2d_local.tile, i64 0, i64 %84
  %86 = getelementptr inbounds [18 x float], ptr %85, i64 0, i64 17
  store float %82, ptr %86, align 4
  br label %87

87:                                               ; preds = %69, %66
  %88 = load i32, ptr %12, align 4
  %89 = icmp eq i32 %88, 1
  br i1 %89, label %90, label %105

90:                                               ; preds = %87
  %91 = load ptr, ptr %5, align 8
  %92 = load i32, ptr %14, align 4
  %93 = sub nsw i32 %92, 1
  %94 = call i32 @_Z3maxii(i32 noundef %93, i32 noundef 0) #3
  %95 = load i32, ptr %7, align 4
  %96 = mul nsw i32 %94, %95
  %97 = load i32, ptr %13, align 4
  %98 = add nsw i32 %96, %97
  %99 = sext i32 %98 to i64
  %100 = getelementptr inbounds float, ptr %91, i64 %99
  %101 = load float, ptr %100, align 4
  %102 = load i32, ptr %11, align 4
  %103 = sext i32 %102 to i64
  %104 = getelementptr inbounds [18 x float], ptr @stencil2d_local.tile, i64 0, i64 %103
  store float %101, ptr %104, align 4
  br label %105

105:                                              ; preds = %90, %87
  %106 = load i32, ptr %12, align 4
  %107 = icmp eq i32 %106, 16
  br i1 %107, label %108, label %125

108:                                              ; preds = %105
  %109 = load ptr, ptr %5, align 8
  %110 = load i32, ptr %14, align 4
  %111 = add nsw i32 %110, 1
  %112 = load i32, ptr %8, align 4
  %113 = sub nsw i32 %112, 1
  %114 = call i32 @_Z3minii(i32 noundef %111, i32 noundef %113) #3
  %115 = load i32, ptr %7, align 4
  %116 = mul nsw i32 %114, %115
  %117 = load i32, ptr %13, align 4
  %118 = add nsw i32 %116, %117
  %119 = sext i32 %118 to i64
  %120 = getelementptr inbounds float, ptr %109, i64 %119
  %121 = load float, ptr %120, align 4
  %122 = load i32, ptr %11, align 4
  %123 = sext i32 %122 to i64
  %124 = getelementptr inbounds [18 x float], ptr getelementptr inbounds ([18 x [18 x float]], ptr @stencil2d_local.tile, i64 0, i64 17), i64 0, i64 %123
  store float %121, ptr %124, align 4
  br label %125

125:                                              ; preds = %108, %105
  call void @_Z7barrierj(i32 noundef 1) #4
  %126 = load i32, ptr %9, align 4
  %127 = load i32, ptr %7, align 4
  %128 = icmp sge i32 %126, %127
  br i1 %128, label %133, label %129

129:                                              ; preds = %125
  %130 = load i32, ptr %10, align 4
  %131 = load i32, ptr %8, align 4
  %132 = icmp sge i32 %130, %131
  br i1 %132, label %133, label %134

133:                                              ; preds = %129, %125
  br label %211

134:                                              ; preds = %129
  %135 = load i32, ptr %9, align 4
  %136 = icmp eq i32 %135, 0
  br i1 %136, label %150, label %137

137:                                              ; preds = %134
  %138 = load i32, ptr %10, align 4
  %139 = icmp eq i32 %138, 0
  br i1 %139, label %150, label %140

140:                                              ; preds = %137
  %141 = load i32, ptr %9, align 4
  %142 = load i32, ptr %7, align 4
  %143 = sub nsw i32 %142, 1
  %144 = icmp eq i32 %141, %143
  br i1 %144, label %150, label %145

145:                                              ; preds = %140
  %146 = load i32, ptr %10, align 4
  %147 = load i32, ptr %8, align 4
  %148 = sub nsw i32 %147, 1
  %149 = icmp eq i32 %146, %148
  br i1 %149, label %150, label %166

150:                                              ; preds = %145, %140, %137, %134
  %151 = load i32, ptr %12, align 4
  %152 = sext i32 %151 to i64
  %153 = getelementptr inbounds [18 x [18 x float]], ptr @stencil2d_local.tile, i64 0, i64 %152
  %154 = load i32, ptr %11, align 4
  %155 = sext i32 %154 to i64
  %156 = getelementptr inbounds [18 x float], ptr %153, i64 0, i64 %155
  %157 = load float, ptr %156, align 4
  %158 = load ptr, ptr %6, align 8
  %159 = load i32, ptr %10, align 4
  %160 = load i32, ptr %7, align 4
  %161 = mul nsw i32 %159, %160
  %162 = load i32, ptr %9, align 4
  %163 = add nsw i32 %161, %162
  %164 = sext i32 %163 to i64
  %165 = getelementptr inbounds float, ptr %158, i64 %164
  store float %157, ptr %165, align 4
  br label %211

166:                                              ; preds = %145
  %167 = load i32, ptr %12, align 4
  %168 = sub nsw i32 %167, 1
  %169 = sext i32 %168 to i64
  %170 = getelementptr inbounds [18 x [18 x float]], ptr @stencil2d_local.tile, i64 0, i64 %169
  %171 = load i32, ptr %11, align 4
  %172 = sext i32 %171 to i64
  %173 = getelementptr inbounds [18 x float], ptr %170, i64 0, i64 %172
  %174 = load float, ptr %173, align 4
  %175 = load i32, ptr %12, align 4
  %176 = add nsw i32 %175, 1
  %177 = sext i32 %176 to i64
  %178 = getelementptr inbounds [18 x [18 x float]], ptr @stencil2d_local.tile, i64 0, i64 %177
  %179 = load i32, ptr %11, align 4
  %180 = sext i32 %179 to i64
  %181 = getelementptr inbounds [18 x float], ptr %178, i64 0, i64 %180
  %182 = load float, ptr %181, align 4
  %183 = fadd float %174, %182
  %184 = load i32, ptr %12, align 4
  %185 = sext i32 %184 to i64
  %186 = getelementptr inbounds [18 x [18 x float]], ptr @stencil2d_local.tile, i64 0, i64 %185
  %187 = load i32, ptr %11, align 4
  %188 = sub nsw i32 %187, 1
  %189 = sext i32 %188 to i64
  %190 = getelementptr inbounds [18 x float], ptr %186, i64 0, i64 %189
  %191 = load float, ptr %190, align 4
  %192 = fadd float %183, %191
  %193 = load i32, ptr %12, align 4
  %194 = sext i32 %193 to i64
  %195 = getelementptr inbounds [18 x [18 x float]], ptr @stencil2d_local.tile, i64 0, i64 %194
  %196 = load i32, ptr %11, align 4
  %197 = add nsw i32 %196, 1
  %198 = sext i32 %197 to i64
  %199 = getelementptr inbounds [18 x float], ptr %195, i64 0, i64 %198
  %200 = load float, ptr %199, align 4
  %201 = fadd float %192, %200
  %202 = fmul float 2.500000e-01, %201
  %203 = load ptr, ptr %6, align 8
  %204 = load i32, ptr %10, align 4
  %205 = load i32, ptr %7, align 4
  %206 = mul nsw i32 %204, %205
  %207 = load i32, ptr %9, align 4
  %208 = add nsw i32 %206, %207
  %209 = sext i32 %208 to i64
  %210 = getelementptr inbounds float, ptr %203, i64 %209
  store float %202, ptr %210, align 4
  br label %211

211:                                              ; preds = %166, %150, %133
  ret void
}

; Function Attrs: convergent nounwind willreturn memory(none)
declare i64 @_Z13get_global_idj(i32 noundef) #1

; Function Attrs: convergent nounwind willreturn memory(none)
declare i64 @_Z12get_local_idj(i32 noundef) #1

; Function Attrs: convergent nounwind willreturn memory(none)
declare i32 @_Z3minii(i32 noundef, i32 noundef) #1

; Function Attrs: convergent nounwind willreturn memory(none)
declare i32 @_Z3maxii(i32 noundef, i32 noundef) #1

; Function Attrs: convergent nounwind
declare void @_Z7barrierj(i32 noundef) #2

attributes #0 = { convergent noinline norecurse nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" "uniform-work-group-size"="false" }
attributes #1 = { convergent nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { convergent nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { convergent nounwind willreturn memory(none) }
attributes #4 = { convergent nounwind }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!opencl.ocl.version = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{i32 2, i32 0}
!6 = !{i32 1, i32 1, i32 0, i32 0}
!7 = !{!"none", !"none", !"none", !"none"}
!8 = !{!"float*", !"float*", !"int", !"int"}
!9 = !{!"const", !"", !"", !""}
