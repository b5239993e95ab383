; ModuleID = 'opencl/scan_workgroup.cl'
source_filename = "opencl/scan_workgroup.cl"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: convergent noinline norecurse nounwind optnone uwtable
define dso_local spir_kernel void @scan_workgroup(ptr noundef align 4 %0, ptr noundef align 4 %1, ptr noundef align 4 %2, ptr noundef align 4 %3, i32 noundef %4) #0 !kernel_arg_addr_space !6 !kernel_arg_access_qual !7 !kernel_arg_type !8 !kernel_arg_base_type !8 !kernel_arg_type_qual !9 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca ptr, align 8
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  %18 = alloca i32, align 4
  %19 = alloca i32, align 4
  %20 = alloca i32, align 4
  %21 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store ptr %1, ptr %7, align 8
  store ptr %2, ptr %8, align 8
  store ptr %3, ptr %9, align 8
  store i32 %4, ptr %10, align 4
  %22 = call i64 @_Z12get_local_idj(i32 noundef 0) #3
  %23 = trunc i64 %22 to i32
  store i32 %23, ptr %11, align 4
  %24 = call i64 @_Z14get_local_sizej(i32 noundef 0) #3
  %25 = mul i64 2, %24
  %26 = trunc i64 %25 to i32
  store i32 %26, ptr %12, align 4
  %27 = call i64 @_Z12get_group_idj(i32 noundef 0) #3
  %28 = load i32, ptr %12, align 4
  %29 = sext i32 %28 to i64
  %30 = mul i64 %27, %29
  %31 = trunc i64 %30 to i32
  store i32 %31, ptr %13, align 4
  %32 = load i32, ptr %13, align 4
  %33 = load i32, ptr %11, align 4
  %34 = mul nsw i32 2, %33
  %35 = add nsw i32 %32, %34
  %36 = load i32, ptr %10, align 4
  %37 = icmp slt i32 %35, %36
  br i1 %37, label %38, label %47

38:                                               ; preds = %5
  %39 = load ptr, ptr %6, align 8
  %40 = load i32, ptr %13, align 4
  %41 = load i32, ptr %11, align 4
  %42 = mul nsw i32 2, %41
  %43 = add nsw i32 %40, %42
  %44 = sext i32 %43 to i64
  %45 = getelementptr inbounds i32, ptr %39, i64 %44
  %46 = load i32, ptr %45, align 4
  br label %48

47:                                               ; preds = %5
  br label %48

48:                                               ; preds = %47, %38
  %49 = phi i32 [ %46, %38 ], [ 0, %47 ]
  %50 = load ptr, ptr %9, align 8
  %51 = load i32, ptr %11, align 4
  %52 = mul nsw i32 2, %51
  %53 = sext i32 %52 to i64
  %54 = getelementptr inbounds i32, ptr %50, i64 %53
  store i32 %49, ptr %54, align 4
  %55 = load i32, ptr %13, align 4
  %56 = load i32, ptr %11, align 4
  %57 = mul nsw i32 2, %56
  %58 = add nsw i32 %55, %57
  %59 = add nsw i32 %58, 1
  %60 = load i32, ptr %10, align 4
  %61 = icmp slt i32 %59, %60
  br i1 %61, label %62, label %72

62:                                               ; preds = %48
  %63 = load ptr, ptr %6, align 8
  %64 = load i32, ptr %13, align 4
  %65 = load i32, ptr %11, align 4
  %66 = mul nsw i32 2, %65
  %67 = add nsw i32 %64, %66
  %68 = add nsw i32 %67, 1
  %69 = sext i32 %68 to i64
  %70 = getelementptr inbounds i32, ptr %63, i64 %69
  %71 = load i32, ptr %70, align 4
  br label %73

72:                                               ; preds = %48
  br label %73

73:                                               ; preds = %72, %62
  %74 = phi i32 [ %71, %62 ], [ 0, %72 ]
  %75 = load ptr, ptr %9, align 8
  %76 = load i32, ptr %11, align 4
  %77 = mul nsw i32 2, %76
  %78 = add nsw i32 %77, 1
  %79 = sext i32 %78 to i64
  %80 = getelementptr inbounds i32, ptr %75, i64 %79
  store i32 %74, ptr %80, align 4
  store i32 1, ptr %14, align 4
  %81 = load i32, ptr %12, align 4
  %82 = ashr i32 %81, 1
  store i32 %82, ptr %15, align 4
  br label %83

83:                                               ; preds = %117, %73
  %84 = load i32, ptr %15, align 4
  %85 = icmp sgt i32 %84, 0
  br i1 %85, label %86, label %120

86:                                               ; preds = %83
  call void @_Z7barrierj(i32 noundef 1) #4
  %87 = load i32, ptr %11, align 4
  %88 = load i32, ptr %15, align 4
  %89 = icmp slt i32 %87, %88
  br i1 %89, label %90, label %114

90:                                               ; preds = %86
  %91 = load i32, ptr %14, align 4
  %92 = load i32, ptr %11, align 4
  %93 = mul nsw i32 2, %92
  %94 = add nsw i32 %93, 1
  %95 = mul nsw i32 %91, %94
  %96 = sub nsw i32 %95, 1
  store i32 %96, ptr %16, align 4
  %97 = load i32, ptr %14, align 4
  %98 = load i32, ptr %11, align 4
  %99 = mul nsw i32 2, %98
  %100 = add nsw i32 %99, 2
  %101 = mul nsw i32 %97, %100
  %102 = sub nsw i32 %101, 1
  store i32 %102, ptr %17, align 4
  %103 = load ptr, ptr %9, align 8
  %104 = load i32, ptr %16, align 4
  %105 = sext i32 %104 to i64
  %106 = getelementptr inbounds i32, ptr %103, i64 %105
  %107 = load i32, ptr %106, align 4
  %108 = load ptr, ptr %9, align 8
  %109 = load i32, ptr %17, align 4
  %110 = sext i32 %109 to i64
  %111 = getelementptr inbounds i32, ptr %108, i64 %110
  %112 = load i32, ptr %111, align 4
  %113 = add nsw i32 %112, %107
  store i32 %113, ptr %111, align 4
  br label %114

114:                                              ; preds = %90, %86
  %115 = load i32, ptr %14, align 4
  %116 = shl i32 %115, 1
  store i32 %116, ptr %14, align 4
  br label %117

117:                                              ; preds = %114
  %118 = load i32, ptr %15, align 4
  %119 = ashr i32 %118, 1
  store i32 %119, ptr %15, align 4
  br label %83

120:                                              ; preds = %83
  %121 = load i32, ptr %11, align 4
  %122 = icmp eq i32 %121, 0
  br i1 %122, label %123, label %138

123:                                              ; preds = %120
  %124 = load ptr, ptr %9, align 8
  %125 = load i32, ptr %12, align 4
  %126 = sub nsw i32 %125, 1
  %127 = sext i32 %126 to i64
  %128 = getelementptr inbounds i32, ptr %124, i64 %127
  %129 = load i32, ptr %128, align 4
  %130 = load ptr, ptr %8, align 8
  %131 = call i64 @_Z12get_group_idj(i32 noundef 0) #3
  %132 = getelementptr inbounds i32, ptr %130, i64 %131
  store i32 %129, ptr %132, align 4
  %133 = load ptr, ptr %9, align 8
  %134 = load i32, ptr %12, align 4
  %135 = sub nsw i32 %134, 1
  %136 = sext i32 %135 to i64
  %137 = getelementptr inbounds i32, ptr %133, i64 %136
  store i32 0, ptr %137, align 4
  br label %138

138:                                              ; preds = %123, %120
  store i32 1, ptr %18, align 4
  br label %139

139:                                              ; preds = %184, %138
  %140 = load i32, ptr %18, align 4
  %141 = load i32, ptr %12, align 4
  %142 = icmp slt i32 %140, %141
  br i1 %142, label %143, label %187

143:                                              ; preds = %139
  %144 = load i32, ptr %14, align 4
  %145 = ashr i32 %144, 1
  store i32 %145, ptr %14, align 4
  call void @_Z7barrierj(i32 noundef 1) #4
  %146 = load i32, ptr %11, align 4
  %147 = load i32, ptr %18, align 4
  %148 = icmp slt i32 %146, %147
  br i1 %148, label %149, label %183

149:                                              ; preds = %143
  %150 = load i32, ptr %14, align 4
  %151 = load i32, ptr %11, align 4
  %152 = mul nsw i32 2, %151
  %153 = add nsw i32 %152, 1
  %154 = mul nsw i32 %150, %153
  %155 = sub nsw i32 %154, 1
  store i32 %155, ptr %19, align 4
  %156 = load i32, ptr %14, align 4
  %157 = load i32, ptr %11, align 4
  %158 = mul nsw i32 2, %157
  %159 = add nsw i32 %158, 2
  %160 = mul nsw i32 %156, %159
  %161 = sub nsw i32 %160, 1
  store i32 %161, ptr %20, align 4
  %162 = load ptr, ptr %9, align 8
  %163 = load i32, ptr %19, align 4
  %164 = sext i32 %163 to i64
  %165 = getelementptr inbounds i32, ptr %162, i64 %164
  %166 = load i32, ptr %165, align 4
  store i32 %166, ptr %21, align 4
  %167 = load ptr, ptr %9, align 8
  %168 = load i32, ptr %20, align 4
  %169 = sext i32 %168 to i64
  %170 = getelementptr inbounds i32, ptr %167, i64 %169
  %171 = load i32, ptr %170, align 4
  %172 = load ptr, ptr %9, align 8
  %173 = load i32, ptr %19, align 4
  %174 = sext i32 %173 to i64
  %175 = getelementptr inbounds i32, ptr %172, i64 %174
  store i32 %171, ptr %175, align 4
  %176 = load i32, ptr %21, align 4
  %177 = load ptr, ptr %9, align 8
  %178 = load i32, ptr %20, align 4
  %179 = sext i32 %178 to i64
  %180 = getelementptr inbounds i32, ptr %177, i64 %179
  %181 = load i32, ptr %180, align 4
  %182 = add nsw i32 %181, %176
  store i32 %182, ptr %180, align 4
  br label %183

183:                                              ; preds = %149, %143
  br label %184

184:                                              ; preds = %183
  %185 = load i32, ptr %18, align 4
  %186 = shl i32 %185, 1
  store i32 %186, ptr %18, align 4
  br label %139

187:                                              ; preds = %139
  call void @_Z7barrierj(i32 noundef 1) #4
  %188 = load i32, ptr %13, align 4
  %189 = load i32, ptr %11, align 4
  %190 = mul nsw i32 2, %189
  %191 = add nsw i32 %188, %190
  %192 = load i32, ptr %10, align 4
  %193 = icmp slt i32 %191, %192
  br i1 %193, label %194, label %208

194:                                              ; preds = %187
  %195 = load ptr, ptr %9, align 8
  %196 = load i32, ptr %11, align 4
  %197 = mul nsw i32 2, %196
  %198 = sext i32 %197 to i64
  %199 = getelementptr inbounds i32, ptr %195, i64 %198
  %200 = load i32, ptr %199, align 4
  %201 = load ptr, ptr %7, align 8
  %202 = load i32, ptr %13, align 4
  %203 = load i32, ptr %11, align 4
  %204 = mul nsw i32 2, %203
  %205 = add nsw i32 %202, %204
  %206 = sext i32 %205 to i64
  %207 = getelementptr inbounds i32, ptr %201, i64 %206
  store i32 %200, ptr %207, align 4
  br label %208

208:                                              ; preds = %194, %187
  %209 = load i32, ptr %13, align 4
  %210 = load i32, ptr %11, align 4
  %211 = mul nsw i32 2, %210
  %212 = add nsw i32 %209, %211
  %213 = add nsw i32 %212, 1
  %214 = load i32, ptr %10, align 4
  %215 = icmp slt i32 %213, %214
  br i1 %215, label %216, label %232

216:                                              ; preds = %208
  %217 = load ptr, ptr %9, align 8
  %218 = load i32, ptr %11, align 4
  %219 = mul nsw i32 2, %218
  %220 = add nsw i32 %219, 1
  %221 = sext i32 %220 to i64
  %222 = getelementptr inbounds i32, ptr %217, i64 %221
  %223 = load i32, ptr %222, align 4
  %224 = load ptr, ptr %7, align 8
  %225 = load i32, ptr %13, align 4
  %226 = load i32, ptr %11, align 4
  %227 = mul nsw i32 2, %226
  %228 = add nsw i32 %225, %227
  %229 = add nsw i32 %228, 1
  %230 = sext i32 %229 to i64
  %231 = getelementptr inbounds i32, ptr %224, i64 %230
  store i32 %223, ptr %231, align 4
  br label %232

232:                                              ; preds = %216, %208
  ret void
}

; Function Attrs: convergent nounwind willreturn memory(none)
declare i64 @_Z12get_local_idj(i32 noundef) #1

; Function Attrs: convergent nounwind willreturn memory(none)
declare i64 @_Z14get_local_sizej(i32 noundef) #1

; Function Attrs: convergent nounwind willreturn memory(none)
declare i64 @_Z12get_group_idj(i32 noundef) #1

; Function Attrs: convergent nounwind
declare void @_Z7barrierj(i32 noundef) #2

; Function Attrs: convergent noinline norecurse nounwind optnone uwtable
define dso_local spir_kernel void @scan_add_offsets(ptr noundef align 4 %0, ptr noundef align 4 %1, i32 noundef %2) #0 !kernel_arg_addr_space !10 !kernel_arg_access_qual !11 !kernel_arg_type !12 !kernel_arg_base_type !12 !kernel_arg_type_qual !13 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store i32 %2, ptr %6, align 4
  %9 = call i64 @_Z13get_global_idj(i32 noundef 0) #3
  %10 = trunc i64 %9 to i32
  store i32 %10, ptr %7, align 4
  %11 = load i32, ptr %7, align 4
  %12 = call i64 @_Z14get_local_sizej(i32 noundef 0) #3
  %13 = trunc i64 %12 to i32
  %14 = mul nsw i32 2, %13
  %15 = sdiv i32 %11, %14
  store i32 %15, ptr %8, align 4
  %16 = load i32, ptr %7, align 4
  %17 = load i32, ptr %6, align 4
  %18 = icmp slt i32 %16, %17
  br i1 %18, label %19, label %31

19:                                               ; preds = %3
  %20 = load ptr, ptr %5, align 8
  %21 = load i32, ptr %8, align 4
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds i32, ptr %20, i64 %22
  %24 = load i32, ptr %23, align 4
  %25 = load ptr, ptr %4, align 8
  %26 = load i32, ptr %7, align 4
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds i32, ptr %25, i64 %27
  %29 = load i32, ptr %28, align 4
  %30 = add nsw i32 %29, %24
  store i32 %30, ptr %28, align 4
  br label %31

31:                                               ; preds = %19, %3
  ret void
}

; Function Attrs: convergent nounwind willreturn memory(none)
declare i64 @_Z13get_global_idj(i32 noundef) #1

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
!6 = !{i32 1, i32 1, i32 1, i32 3, i32 0}
!7 = !{!"none", !"none", !"none", !"none", !"none"}
!8 = !{!"int*", !"int*", !"int*", !"int*", !"int"}
!9 = !{!"const", !"", !"", !"", !""}
!10 = !{i32 1, i32 1, i32 0}
!11 = !{!"none", !"none", !"none"}
!12 = !{!"int*", !"int*", !"int"}
!13 = !{!"", !"const", !""}
