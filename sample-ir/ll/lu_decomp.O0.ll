; ModuleID = 'c/lu_decomp.c'
source_filename = "c/lu_decomp.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [38 x i8] c"lu_decomp n=%d x[0]=%.6f residual=%g\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [24 x [24 x double]], align 16
  %3 = alloca [24 x [24 x double]], align 16
  %4 = alloca [24 x double], align 16
  %5 = alloca [24 x double], align 16
  %6 = alloca [24 x i32], align 16
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca i32, align 4
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store i32 0, ptr %7, align 4
  br label %13

13:                                               ; preds = %66, %0
  %14 = load i32, ptr %7, align 4
  %15 = icmp slt i32 %14, 24
  br i1 %15, label %16, label %69

16:                                               ; preds = %13
  store i32 0, ptr %8, align 4
  br label %17

17:                                               ; preds = %55, %16
  %18 = load i32, ptr %8, align 4
  %19 = icmp slt i32 %18, 24
  br i1 %19, label %20, label %58

20:                                               ; preds = %17
  %21 = load i32, ptr %7, align 4
  %22 = load i32, ptr %8, align 4
  %23 = sub nsw i32 %21, %22
  %24 = call i32 @abs(i32 noundef %23) #4
  %25 = add nsw i32 1, %24
  %26 = sitofp i32 %25 to double
  %27 = fdiv double 1.000000e+00, %26
  %28 = load i32, ptr %7, align 4
  %29 = mul nsw i32 %28, 13
  %30 = load i32, ptr %8, align 4
  %31 = mul nsw i32 %30, 7
  %32 = add nsw i32 %29, %31
  %33 = srem i32 %32, 5
  %34 = sitofp i32 %33 to double
  %35 = call double @llvm.fmuladd.f64(double %34, double 1.000000e-01, double %27)
  %36 = load i32, ptr %7, align 4
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds [24 x [24 x double]], ptr %2, i64 0, i64 %37
  %39 = load i32, ptr %8, align 4
  %40 = sext i32 %39 to i64
  %41 = getelementptr inbounds [24 x double], ptr %38, i64 0, i64 %40
  store double %35, ptr %41, align 8
  %42 = load i32, ptr %7, align 4
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds [24 x [24 x double]], ptr %2, i64 0, i64 %43
  %45 = load i32, ptr %8, align 4
  %46 = sext i32 %45 to i64
  %47 = getelementptr inbounds [24 x double], ptr %44, i64 0, i64 %46
  %48 = load double, ptr %47, align 8
  %49 = load i32, ptr %7, align 4
  %50 = sext i32 %49 to i64
  %51 = getelementptr inbounds [24 x [24 x double]], ptr %3, i64 0, i64 %50
  %52 = load i32, ptr %8, align 4
  %53 = sext i32 %52 to i64
  %54 = getelementptr inbounds [24 x double], ptr %51, i64 0, i64 %53
  store double %48, ptr %54, align 8
  br label %55

55:                                               ; preds = %20
  %56 = load i32, ptr %8, align 4
  %57 = add nsw i32 %56, 1
  store i32 %57, ptr %8, align 4
  br label %17, !llvm.loop !5

58:                                               ; preds = %17
  %59 = load i32, ptr %7, align 4
  %60 = srem i32 %59, 4
  %61 = sitofp i32 %60 to double
  %62 = fsub double %61, 1.500000e+00
  %63 = load i32, ptr %7, align 4
  %64 = sext i32 %63 to i64
  %65 = getelementptr inbounds [24 x double], ptr %4, i64 0, i64 %64
  store double %62, ptr %65, align 8
  br label %66

66:                                               ; preds = %58
  %67 = load i32, ptr %7, align 4
  %68 = add nsw i32 %67, 1
  store i32 %68, ptr %7, align 4
  br label %13, !llvm.loop !7

69:                                               ; preds = %13
  %70 = getelementptr inbounds [24 x [24 x double]], ptr %3, i64 0, i64 0
  %71 = getelementptr inbounds [24 x i32], ptr %6, i64 0, i64 0
  %72 = call i32 @lu_factor(i32 noundef 24, ptr noundef %70, ptr noundef %71)
  %73 = icmp ne i32 %72, 0
  br i1 %73, label %75, label %74

74:                                               ; preds = %69
  store i32 1, ptr %1, align 4
  br label %126

75:                                               ; preds = %69
  %76 = getelementptr inbounds [24 x [24 x double]], ptr %3, i64 0, i64 0
  %77 = getelementptr inbounds [24 x i32], ptr %6, i64 0, i64 0
  %78 = getelementptr inbounds [24 x double], ptr %4, i64 0, i64 0
  %79 = getelementptr inbounds [24 x double], ptr %5, i64 0, i64 0
  call void @lu_solve(i32 noundef 24, ptr noundef %76, ptr noundef %77, ptr noundef %78, ptr noundef %79)
  store double 0.000000e+00, ptr %9, align 8
  store i32 0, ptr %10, align 4
  br label %80

80:                                               ; preds = %114, %75
  %81 = load i32, ptr %10, align 4
  %82 = icmp slt i32 %81, 24
  br i1 %82, label %83, label %117

83:                                               ; preds = %80
  store double 0.000000e+00, ptr %11, align 8
  store i32 0, ptr %12, align 4
  br label %84

84:                                               ; preds = %101, %83
  %85 = load i32, ptr %12, align 4
  %86 = icmp slt i32 %85, 24
  br i1 %86, label %87, label %104

87:                                               ; preds = %84
  %88 = load i32, ptr %10, align 4
  %89 = sext i32 %88 to i64
  %90 = getelementptr inbounds [24 x [24 x double]], ptr %2, i64 0, i64 %89
  %91 = load i32, ptr %12, align 4
  %92 = sext i32 %91 to i64
  %93 = getelementptr inbounds [24 x double], ptr %90, i64 0, i64 %92
  %94 = load double, ptr %93, align 8
  %95 = load i32, ptr %12, align 4
  %96 = sext i32 %95 to i64
  %97 = getelementptr inbounds [24 x double], ptr %5, i64 0, i64 %96
  %98 = load double, ptr %97, align 8
  %99 = load double, ptr %11, align 8
  %100 = call double @llvm.fmuladd.f64(double %94, double %98, double %99)
  store double %100, ptr %11, align 8
  br label %101

101:                                              ; preds = %87
  %102 = load i32, ptr %12, align 4
  %103 = add nsw i32 %102, 1
  store i32 %103, ptr %12, align 4
  br label %84, !llvm.loop !8

104:                                              ; preds = %84
  %105 = load double, ptr %9, align 8
  %106 = load double, ptr %11, align 8
  %107 = load i32, ptr %10, align 4
  %108 = sext i32 %107 to i64
  %109 = getelementptr inbounds [24 x double], ptr %4, i64 0, i64 %108
  %110 = load double, ptr %109, align 8
  %111 = fsub double %106, %110
  %112 = call double @llvm.fabs.f64(double %111)
  %113 = call double @llvm.maxnum.f64(double %105, double %112)
  store double %113, ptr %9, align 8
  br label %114

114:                                              ; preds = %104
  %115 = load i32, ptr %10, align 4
  %116 = add nsw i32 %115, 1
  store i32 %116, ptr %10, align 4
  br label %80, !llvm.loop !9

117:                                              ; preds = %80
  %118 = getelementptr inbounds [24 x double], ptr %5, i64 0, i64 0
  %119 = load double, ptr %118, align 16
  %120 = load double, ptr %9, align 8
  %121 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef 24, double noundef %119, double noundef %120)
  %122 = load double, ptr %9, align 8
  %123 = fcmp olt double %122, 1.000000e-09
  %124 = zext i1 %123 to i64
  %125 = select i1 %123, i32 0, i32 1
  store i32 %125, ptr %1, align 4
  br label %126

126:                                              ; preds = %117, %74
  %127 = load i32, ptr %1, align 4
  ret i32 %127
}

; Function Attrs: nounwind willreturn memory(none)
declare i32 @abs(i32 noundef) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @lu_factor(i32 noundef %0, ptr noundef %1, ptr noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca double, align 8
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  store i32 %0, ptr %5, align 4
  store ptr %1, ptr %6, align 8
  store ptr %2, ptr %7, align 8
  %17 = load i32, ptr %5, align 4
  %18 = zext i32 %17 to i64
  %19 = load i32, ptr %5, align 4
  %20 = zext i32 %19 to i64
  %21 = load i32, ptr %5, align 4
  %22 = zext i32 %21 to i64
  store i32 0, ptr %8, align 4
  br label %23

23:                                               ; preds = %33, %3
  %24 = load i32, ptr %8, align 4
  %25 = load i32, ptr %5, align 4
  %26 = icmp slt i32 %24, %25
  br i1 %26, label %27, label %36

27:                                               ; preds = %23
  %28 = load i32, ptr %8, align 4
  %29 = load ptr, ptr %7, align 8
  %30 = load i32, ptr %8, align 4
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds i32, ptr %29, i64 %31
  store i32 %28, ptr %32, align 4
  br label %33

33:                                               ; preds = %27
  %34 = load i32, ptr %8, align 4
  %35 = add nsw i32 %34, 1
  store i32 %35, ptr %8, align 4
  br label %23, !llvm.loop !10

36:                                               ; preds = %23
  store i32 0, ptr %9, align 4
  br label %37

37:                                               ; preds = %228, %36
  %38 = load i32, ptr %9, align 4
  %39 = load i32, ptr %5, align 4
  %40 = icmp slt i32 %38, %39
  br i1 %40, label %41, label %231

41:                                               ; preds = %37
  %42 = load i32, ptr %9, align 4
  store i32 %42, ptr %10, align 4
  %43 = load i32, ptr %9, align 4
  %44 = add nsw i32 %43, 1
  store i32 %44, ptr %11, align 4
  br label %45

45:                                               ; preds = %74, %41
  %46 = load i32, ptr %11, align 4
  %47 = load i32, ptr %5, align 4
  %48 = icmp slt i32 %46, %47
  br i1 %48, label %49, label %77

49:                                               ; preds = %45
  %50 = load ptr, ptr %6, align 8
  %51 = load i32, ptr %11, align 4
  %52 = sext i32 %51 to i64
  %53 = mul nsw i64 %52, %20
  %54 = getelementptr inbounds double, ptr %50, i64 %53
  %55 = load i32, ptr %9, align 4
  %56 = sext i32 %55 to i64
  %57 = getelementptr inbounds double, ptr %54, i64 %56
  %58 = load double, ptr %57, align 8
  %59 = call double @llvm.fabs.f64(double %58)
  %60 = load ptr, ptr %6, align 8
  %61 = load i32, ptr %10, align 4
  %62 = sext i32 %61 to i64
  %63 = mul nsw i64 %62, %20
  %64 = getelementptr inbounds double, ptr %60, i64 %63
  %65 = load i32, ptr %9, align 4
  %66 = sext i32 %65 to i64
  %67 = getelementptr inbounds double, ptr %64, i64 %66
  %68 = load double, ptr %67, align 8
  %69 = call double @llvm.fabs.f64(double %68)
  %70 = fcmp ogt double %59, %69
  br i1 %70, label %71, label %73

71:                                               ; preds = %49
  %72 = load i32, ptr %11, align 4
  store i32 %72, ptr %10, align 4
  br label %73

73:                                               ; preds = %71, %49
  br label %74

74:                                               ; preds = %73
  %75 = load i32, ptr %11, align 4
  %76 = add nsw i32 %75, 1
  store i32 %76, ptr %11, align 4
  br label %45, !llvm.loop !11

77:                                               ; preds = %45
  %78 = load ptr, ptr %6, align 8
  %79 = load i32, ptr %10, align 4
  %80 = sext i32 %79 to i64
  %81 = mul nsw i64 %80, %20
  %82 = getelementptr inbounds double, ptr %78, i64 %81
  %83 = load i32, ptr %9, align 4
  %84 = sext i32 %83 to i64
  %85 = getelementptr inbounds double, ptr %82, i64 %84
  %86 = load double, ptr %85, align 8
  %87 = fcmp oeq double %86, 0.000000e+00
  br i1 %87, label %88, label %89

88:                                               ; preds = %77
  store i32 0, ptr %4, align 4
  br label %232

89:                                               ; preds = %77
  %90 = load i32, ptr %10, align 4
  %91 = load i32, ptr %9, align 4
  %92 = icmp ne i32 %90, %91
  br i1 %92, label %93, label %157

93:                                               ; preds = %89
  store i32 0, ptr %12, align 4
  br label %94

94:                                               ; preds = %134, %93
  %95 = load i32, ptr %12, align 4
  %96 = load i32, ptr %5, align 4
  %97 = icmp slt i32 %95, %96
  br i1 %97, label %98, label %137

98:                                               ; preds = %94
  %99 = load ptr, ptr %6, align 8
  %100 = load i32, ptr %9, align 4
  %101 = sext i32 %100 to i64
  %102 = mul nsw i64 %101, %20
  %103 = getelementptr inbounds double, ptr %99, i64 %102
  %104 = load i32, ptr %12, align 4
  %105 = sext i32 %104 to i64
  %106 = getelementptr inbounds double, ptr %103, i64 %105
  %107 = load double, ptr %106, align 8
  store double %107, ptr %13, align 8
  %108 = load ptr, ptr %6, align 8
  %109 = load i32, ptr %10, align 4
  %110 = sext i32 %109 to i64
  %111 = mul nsw i64 %110, %20
  %112 = getelementptr inbounds double, ptr %108, i64 %111
  %113 = load i32, ptr %12, align 4
  %114 = sext i32 %113 to i64
  %115 = getelementptr inbounds double, ptr %112, i64 %114
  %116 = load double, ptr %115, align 8
  %117 = load ptr, ptr %6, align 8
  %118 = load i32, ptr %9, align 4
  %119 = sext i32 %118 to i64
  %120 = mul nsw i64 %119, %20
  %121 = getelementptr inbounds double, ptr %117, i64 %120
  %122 = load i32, ptr %12, align 4
  %123 = sext i32 %122 to i64
  %124 = getelementptr inbounds double, ptr %121, i64 %123
  store double %116, ptr %124, align 8
  %125 = load double, ptr %13, align 8
  %126 = load ptr, ptr %6, align 8
  %127 = load i32, ptr %10, align 4
  %128 = sext i32 %127 to i64
  %129 = mul nsw i64 %128, %20
  %130 = getelementptr inbounds double, ptr %126, i64 %129
  %131 = load i32, ptr %12, align 4
  %132 = sext i32 %131 to i64
  %133 = getelementptr inbounds double, ptr %130, i64 %132
  store double %125, ptr %133, align 8
  br label %134

134:                                              ; preds = %98
  %135 = load i32, ptr %12, align 4
  %136 = add nsw i32 %135, 1
  store i32 %136, ptr %12, align 4
  br label %94, !llvm.loop !12

137:                                              ; preds = %94
  %138 = load ptr, ptr %7, align 8
  %139 = load i32, ptr %9, align 4
  %140 = sext i32 %139 to i64
  %141 = getelementptr inbounds i32, ptr %138, i64 %140
  %142 = load i32, ptr %141, align 4
  store i32 %142, ptr %14, align 4
  %143 = load ptr, ptr %7, align 8
  %144 = load i32, ptr %10, align 4
  %145 = sext i32 %144 to i64
  %146 = getelementptr inbounds i32, ptr %143, i64 %145
  %147 = load i32, ptr %146, align 4
  %148 = load ptr, ptr %7, align 8
  %149 = load i32, ptr %9, align 4
  %150 = sext i32 %149 to i64
  %151 = getelementptr inbounds i32, ptr %148, i64 %150
  store i32 %147, ptr %151, align 4
  %152 = load i32, ptr %14, align 4
  %153 = load ptr, ptr %7, align 8
  %154 = load i32, ptr %10, align 4
  %155 = sext i32 %154 to i64
  %156 = getelementptr inbounds i32, ptr %153, i64 %155
  store i32 %152, ptr %156, align 4
  br label %157

157:                                              ; preds = %137, %89
  %158 = load i32, ptr %9, align 4
  %159 = add nsw i32 %158, 1
  store i32 %159, ptr %15, align 4
  br label %160

160:                                              ; preds = %224, %157
  %161 = load i32, ptr %15, align 4
  %162 = load i32, ptr %5, align 4
  %163 = icmp slt i32 %161, %162
  br i1 %163, label %164, label %227

164:                                              ; preds = %160
  %165 = load ptr, ptr %6, align 8
  %166 = load i32, ptr %9, align 4
  %167 = sext i32 %166 to i64
  %168 = mul nsw i64 %167, %20
  %169 = getelementptr inbounds double, ptr %165, i64 %168
  %170 = load i32, ptr %9, align 4
  %171 = sext i32 %170 to i64
  %172 = getelementptr inbounds double, ptr %169, i64 %171
  %173 = load double, ptr %172, align 8
  %174 = load ptr, ptr %6, align 8
  %175 = load i32, ptr %15, align 4
  %176 = sext i32 %175 to i64
  %177 = mul nsw i64 %176, %20
  %178 = getelementptr inbounds double, ptr %174, i64 %177
  %179 = load i32, ptr %9, align 4
  %180 = sext i32 %179 to i64
  %181 = getelementptr inbounds double, ptr %178, i64 %180
  %182 = load double, ptr %181, align 8
  %183 = fdiv double %182, %173
  store double %183, ptr %181, align 8
  %184 = load i32, ptr %9, align 4
  %185 = add nsw i32 %184, 1
  store i32 %185, ptr %16, align 4
  br label %186

186:                                              ; preds = %220, %164
  %187 = load i32, ptr %16, align 4
  %188 = load i32, ptr %5, align 4
  %189 = icmp slt i32 %187, %188
  br i1 %189, label %190, label %223

190:                                              ; preds = %186
  %191 = load ptr, ptr %6, align 8
  %192 = load i32, ptr %15, align 4
  %193 = sext i32 %192 to i64
  %194 = mul nsw i64 %193, %20
  %195 = getelementptr inbounds double, ptr %191, i64 %194
  %196 = load i32, ptr %9, align 4
  %197 = sext i32 %196 to i64
  %198 = getelementptr inbounds double, ptr %195, i64 %197
  %199 = load double, ptr %198, align 8
  %200 = load ptr, ptr %6, align 8
  %201 = load i32, ptr %9, align 4
  %202 = sext i32 %201 to i64
  %203 = mul nsw i64 %202, %20
  %204 = getelementptr inbounds double, ptr %200, i64 %203
  %205 = load i32, ptr %16, align 4
  %206 = sext i32 %205 to i64
  %207 = getelementptr inbounds double, ptr %204, i64 %206
  %208 = load double, ptr %207, align 8
  %209 = load ptr, ptr %6, align 8
  %210 = load i32, ptr %15, align 4
  %211 = sext i32 %210 to i64
  %212 = mul nsw i64 %211, %20
  %213 = getelementptr inbounds double, ptr %209, i64 %212
  %214 = load i32, ptr %16, align 4
  %215 = sext i32 %214 to i64
  %216 = getelementptr inbounds double, ptr %213, i64 %215
  %217 = load double, ptr %216, align 8
  %218 = fneg double %199
  %219 = call double @llvm.fmuladd.f64(double %218, double %208, double %217)
  store double %219, ptr %216, align 8
  br label %220

220:                                              ; preds = %190
  %221 = load i32, ptr %16, align 4
  %222 = add nsw i32 %221, 1
  store i32 %222, ptr %16, align 4
  br label %186, !llvm.loop !13

223:                                              ; preds = %186
  br label %224

224:                                              ; preds = %223
  %225 = load i32, ptr %15, align 4
  %226 = add nsw i32 %225, 1
  store i32 %226, ptr %15, align 4
  br label %160, !llvm.loop !14

227:                                              ; preds = %160
  br label %228

228:                                              ; preds = %227
  %229 = load i32, ptr %9, align 4
  %230 = add nsw i32 %229, 1
  store i32 %230, ptr %9, align 4
  br label %37, !llvm.loop !15

231:                                              ; preds = %37
  store i32 1, ptr %4, align 4
  br label %232

232:                                              ; preds = %231, %88
  %233 = load i32, ptr %4, align 4
  ret i32 %233
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @lu_solve(i32 noundef %0, ptr noundef %1, ptr noundef %2, ptr noundef %3, ptr noundef %4) #0 {
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca ptr, align 8
  %10 = alloca ptr, align 8
  %11 = alloca i32, align 4
  %12 = alloca double, align 8
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca double, align 8
  %16 = alloca i32, align 4
  store i32 %0, ptr %6, align 4
  store ptr %1, ptr %7, align 8
  store ptr %2, ptr %8, align 8
  store ptr %3, ptr %9, align 8
  store ptr %4, ptr %10, align 8
  %17 = load i32, ptr %6, align 4
  %18 = zext i32 %17 to i64
  %19 = load i32, ptr %6, align 4
  %20 = zext i32 %19 to i64
  %21 = load i32, ptr %6, align 4
  %22 = zext i32 %21 to i64
  %23 = load i32, ptr %6, align 4
  %24 = zext i32 %23 to i64
  %25 = load i32, ptr %6, align 4
  %26 = zext i32 %25 to i64
  store i32 0, ptr %11, align 4
  br label %27

27:                                               ; preds = %72, %5
  %28 = load i32, ptr %11, align 4
  %29 = load i32, ptr %6, align 4
  %30 = icmp slt i32 %28, %29
  br i1 %30, label %31, label %75

31:                                               ; preds = %27
  %32 = load ptr, ptr %9, align 8
  %33 = load ptr, ptr %8, align 8
  %34 = load i32, ptr %11, align 4
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds i32, ptr %33, i64 %35
  %37 = load i32, ptr %36, align 4
  %38 = sext i32 %37 to i64
  %39 = getelementptr inbounds double, ptr %32, i64 %38
  %40 = load double, ptr %39, align 8
  store double %40, ptr %12, align 8
  store i32 0, ptr %13, align 4
  br label %41

41:                                               ; preds = %63, %31
  %42 = load i32, ptr %13, align 4
  %43 = load i32, ptr %11, align 4
  %44 = icmp slt i32 %42, %43
  br i1 %44, label %45, label %66

45:                                               ; preds = %41
  %46 = load ptr, ptr %7, align 8
  %47 = load i32, ptr %11, align 4
  %48 = sext i32 %47 to i64
  %49 = mul nsw i64 %48, %20
  %50 = getelementptr inbounds double, ptr %46, i64 %49
  %51 = load i32, ptr %13, align 4
  %52 = sext i32 %51 to i64
  %53 = getelementptr inbounds double, ptr %50, i64 %52
  %54 = load double, ptr %53, align 8
  %55 = load ptr, ptr %10, align 8
  %56 = load i32, ptr %13, align 4
  %57 = sext i32 %56 to i64
  %58 = getelementptr inbounds double, ptr %55, i64 %57
  %59 = load double, ptr %58, align 8
  %60 = load double, ptr %12, align 8
  %61 = fneg double %54
  %62 = call double @llvm.fmuladd.f64(double %61, double %59, double %60)
  store double %62, ptr %12, align 8
  br label %63

63:                                               ; preds = %45
  %64 = load i32, ptr %13, align 4
  %65 = add nsw i32 %64, 1
  store i32 %65, ptr %13, align 4
  br label %41, !llvm.loop !16

66:                                               ; preds = %41
  %67 = load double, ptr %12, align 8
  %68 = load ptr, ptr %10, align 8
  %69 = load i32, ptr %11, align 4
  %70 = sext i32 %69 to i64
  %71 = getelementptr inbounds double, ptr %68, i64 %70
  store double %67, ptr %71, align 8
  br label %72

72:                                               ; preds = %66
  %73 = load i32, ptr %11, align 4
  %74 = add nsw i32 %73, 1
  store i32 %74, ptr %11, align 4
  br label %27, !llvm.loop !17

75:                                               ; preds = %27
  %76 = load i32, ptr %6, align 4
  %77 = sub nsw i32 %76, 1
  store i32 %77, ptr %14, align 4
  br label %78

78:                                               ; preds = %130, %75
  %79 = load i32, ptr %14, align 4
  %80 = icmp sge i32 %79, 0
  br i1 %80, label %81, label %133

81:                                               ; preds = %78
  %82 = load ptr, ptr %10, align 8
  %83 = load i32, ptr %14, align 4
  %84 = sext i32 %83 to i64
  %85 = getelementptr inbounds double, ptr %82, i64 %84
  %86 = load double, ptr %85, align 8
  store double %86, ptr %15, align 8
  %87 = load i32, ptr %14, align 4
  %88 = add nsw i32 %87, 1
  store i32 %88, ptr %16, align 4
  br label %89

89:                                               ; preds = %111, %81
  %90 = load i32, ptr %16, align 4
  %91 = load i32, ptr %6, align 4
  %92 = icmp slt i32 %90, %91
  br i1 %92, label %93, label %114

93:                                               ; preds = %89
  %94 = load ptr, ptr %7, align 8
  %95 = load i32, ptr %14, align 4
  %96 = sext i32 %95 to i64
  %97 = mul nsw i64 %96, %20
  %98 = getelementptr inbounds double, ptr %94, i64 %97
  %99 = load i32, ptr %16, align 4
  %100 = sext i32 %99 to i64
  %101 = getelementptr inbounds double, ptr %98, i64 %100
  %102 = load double, ptr %101, align 8
  %103 = load ptr, ptr %10, align 8
  %104 = load i32, ptr %16, align 4
  %105 = sext i32 %104 to i64
  %106 = getelementptr inbounds double, ptr %103, i64 %105
  %107 = load double, ptr %106, align 8
  %108 = load double, ptr %15, align 8
  %109 = fneg double %102
  %110 = call double @llvm.fmuladd.f64(double %109, double %107, double %108)
  store double %110, ptr %15, align 8
  br label %111

111:                                              ; preds = %93
  %112 = load i32, ptr %16, align 4
  %113 = add nsw i32 %112, 1
  store i32 %113, ptr %16, align 4
  br label %89, !llvm.loop !18

114:                                              ; preds = %89
  %115 = load double, ptr %15, align 8
  %116 = load ptr, ptr %7, align 8
  %117 = load i32, ptr %14, align 4
  %118 = sext i32 %117 to i64
  %119 = mul nsw i64 %118, %20
  %120 = getelementptr inbounds double, ptr %116, i64 %119
  %121 = load i32, ptr %14, align 4
  %122 = sext i32 %121 to i64
  %123 = getelementptr inbounds double, ptr %120, i64 %122
  %124 = load double, ptr %123, align 8
  %125 = fdiv double %115, %124
  %126 = load ptr, ptr %10, align 8
  %127 = load i32, ptr %14, align 4
  %128 = sext i32 %127 to i64
  %129 = getelementptr inbounds double, ptr %126, i64 %128
  store double %125, ptr %129, align 8
  br label %130

130:                                              ; preds = %114
  %131 = load i32, ptr %14, align 4
  %132 = add nsw i32 %131, -1
  store i32 %132, ptr %14, align 4
  br label %78, !llvm.loop !19

133:                                              ; preds = %78
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.maxnum.f64(double, double) #2

declare i32 @printf(ptr noundef, ...) #3

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind willreturn memory(none) }

!llvm.module.flags = !{!0, !1, !2, !3, !4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = distinct !{!5, !6}
!6 = !{!"llvm.loop.mustprogress"}
!7 = distinct !{!7, !6}
!8 = distinct !{!8, !6}
!9 = distinct !{!9, !6}
!10 = distinct !{!10, !6}
!11 = distinct !{!11, !6}
!12 = distinct !{!12, !6}
!13 = distinct !{!13, !6}
!14 = distinct !{!14, !6}
!15 = distinct !{!15, !6}
!16 = distinct !{!16, !6}
!17 = distinct !{!17, !6}
!18 = distinct !{!18, !6}
!19 = distinct !{!19, !6}
