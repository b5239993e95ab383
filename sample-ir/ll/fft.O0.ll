; ModuleID = 'c/fft.c'
source_filename = "c/fft.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [42 x i8] c"fft n=%d |X[5]|=%.3f |X[12]|=%.3f err=%g\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [256 x { double, double }], align 16
  %3 = alloca [256 x { double, double }], align 16
  %4 = alloca i32, align 4
  %5 = alloca double, align 8
  %6 = alloca i32, align 4
  %7 = alloca { double, double }, align 8
  %8 = alloca i32, align 4
  %9 = alloca { double, double }, align 8
  %10 = alloca { double, double }, align 8
  %11 = alloca { double, double }, align 8
  %12 = alloca { double, double }, align 8
  store i32 0, ptr %1, align 4
  store i32 0, ptr %4, align 4
  br label %13

13:                                               ; preds = %49, %0
  %14 = load i32, ptr %4, align 4
  %15 = icmp slt i32 %14, 256
  br i1 %15, label %16, label %52

16:                                               ; preds = %13
  %17 = load i32, ptr %4, align 4
  %18 = sitofp i32 %17 to double
  %19 = fmul double 0x403F6A7A2955385E, %18
  %20 = fdiv double %19, 2.560000e+02
  %21 = call double @cos(double noundef %20) #4
  %22 = load i32, ptr %4, align 4
  %23 = sitofp i32 %22 to double
  %24 = fmul double 0x4052D97C7F3321D2, %23
  %25 = fdiv double %24, 2.560000e+02
  %26 = call double @sin(double noundef %25) #4
  %27 = call double @llvm.fmuladd.f64(double 5.000000e-01, double %26, double %21)
  %28 = load i32, ptr %4, align 4
  %29 = srem i32 %28, 3
  %30 = sitofp i32 %29 to double
  %31 = call double @llvm.fmuladd.f64(double 1.000000e-01, double %30, double %27)
  %32 = load i32, ptr %4, align 4
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds [256 x { double, double }], ptr %2, i64 0, i64 %33
  %35 = getelementptr inbounds { double, double }, ptr %34, i32 0, i32 0
  %36 = getelementptr inbounds { double, double }, ptr %34, i32 0, i32 1
  store double %31, ptr %35, align 16
  store double 0.000000e+00, ptr %36, align 8
  %37 = load i32, ptr %4, align 4
  %38 = sext i32 %37 to i64
  %39 = getelementptr inbounds [256 x { double, double }], ptr %2, i64 0, i64 %38
  %40 = getelementptr inbounds { double, double }, ptr %39, i32 0, i32 0
  %41 = load double, ptr %40, align 16
  %42 = getelementptr inbounds { double, double }, ptr %39, i32 0, i32 1
  %43 = load double, ptr %42, align 8
  %44 = load i32, ptr %4, align 4
  %45 = sext i32 %44 to i64
  %46 = getelementptr inbounds [256 x { double, double }], ptr %3, i64 0, i64 %45
  %47 = getelementptr inbounds { double, double }, ptr %46, i32 0, i32 0
  %48 = getelementptr inbounds { double, double }, ptr %46, i32 0, i32 1
  store double %41, ptr %47, align 16
  store double %43, ptr %48, align 8
  br label %49

49:                                               ; preds = %16
  %50 = load i32, ptr %4, align 4
  %51 = add nsw i32 %50, 1
  store i32 %51, ptr %4, align 4
  br label %13, !llvm.loop !5

52:                                               ; preds = %13
  %53 = getelementptr inbounds [256 x { double, double }], ptr %3, i64 0, i64 0
  call void @fft(ptr noundef %53, i32 noundef 256)
  store double 0.000000e+00, ptr %5, align 8
  store i32 0, ptr %6, align 4
  br label %54

54:                                               ; preds = %167, %52
  %55 = load i32, ptr %6, align 4
  %56 = icmp slt i32 %55, 256
  br i1 %56, label %57, label %170

57:                                               ; preds = %54
  %58 = getelementptr inbounds { double, double }, ptr %7, i32 0, i32 0
  %59 = getelementptr inbounds { double, double }, ptr %7, i32 0, i32 1
  store double 0.000000e+00, ptr %58, align 8
  store double 0.000000e+00, ptr %59, align 8
  store i32 0, ptr %8, align 4
  br label %60

60:                                               ; preds = %141, %57
  %61 = load i32, ptr %8, align 4
  %62 = icmp slt i32 %61, 256
  br i1 %62, label %63, label %144

63:                                               ; preds = %60
  %64 = load i32, ptr %8, align 4
  %65 = sext i32 %64 to i64
  %66 = getelementptr inbounds [256 x { double, double }], ptr %2, i64 0, i64 %65
  %67 = getelementptr inbounds { double, double }, ptr %66, i32 0, i32 0
  %68 = load double, ptr %67, align 16
  %69 = getelementptr inbounds { double, double }, ptr %66, i32 0, i32 1
  %70 = load double, ptr %69, align 8
  %71 = load i32, ptr %6, align 4
  %72 = sitofp i32 %71 to double
  %73 = fmul double -0.000000e+00, %72
  %74 = fmul double 0xC01921FB54442D18, %72
  %75 = fsub double %73, -0.000000e+00
  %76 = fadd double -0.000000e+00, %74
  %77 = fcmp uno double %75, %75
  br i1 %77, label %78, label %84, !prof !7

78:                                               ; preds = %63
  %79 = fcmp uno double %76, %76
  br i1 %79, label %80, label %84, !prof !7

80:                                               ; preds = %78
  %81 = call { double, double } @__muldc3(double noundef -0.000000e+00, double noundef 0xC01921FB54442D18, double noundef %72, double noundef 0.000000e+00) #4
  %82 = extractvalue { double, double } %81, 0
  %83 = extractvalue { double, double } %81, 1
  br label %84

84:                                               ; preds = %80, %78, %63
  %85 = phi double [ %75, %63 ], [ %75, %78 ], [ %82, %80 ]
  %86 = phi double [ %76, %63 ], [ %76, %78 ], [ %83, %80 ]
  %87 = load i32, ptr %8, align 4
  %88 = sitofp i32 %87 to double
  %89 = fmul double %85, %88
  %90 = fmul double %86, 0.000000e+00
  %91 = fmul double %85, 0.000000e+00
  %92 = fmul double %86, %88
  %93 = fsub double %89, %90
  %94 = fadd double %91, %92
  %95 = fcmp uno double %93, %93
  br i1 %95, label %96, label %102, !prof !7

96:                                               ; preds = %84
  %97 = fcmp uno double %94, %94
  br i1 %97, label %98, label %102, !prof !7

98:                                               ; preds = %96
  %99 = call { double, double } @__muldc3(double noundef %85, double noundef %86, double noundef %88, double noundef 0.000000e+00) #4
  %100 = extractvalue { double, double } %99, 0
  %101 = extractvalue { double, double } %99, 1
  br label %102

102:                                              ; preds = %98, %96, %84
  %103 = phi double [ %93, %84 ], [ %93, %96 ], [ %100, %98 ]
  %104 = phi double [ %94, %84 ], [ %94, %96 ], [ %101, %98 ]
  %105 = call { double, double } @__divdc3(double noundef %103, double noundef %104, double noundef 2.560000e+02, double noundef 0.000000e+00) #4
  %106 = extractvalue { double, double } %105, 0
  %107 = extractvalue { double, double } %105, 1
  %108 = getelementptr inbounds { double, double }, ptr %9, i32 0, i32 0
  %109 = getelementptr inbounds { double, double }, ptr %9, i32 0, i32 1
  store double %106, ptr %108, align 8
  store double %107, ptr %109, align 8
  %110 = getelementptr inbounds { double, double }, ptr %9, i32 0, i32 0
  %111 = load double, ptr %110, align 8
  %112 = getelementptr inbounds { double, double }, ptr %9, i32 0, i32 1
  %113 = load double, ptr %112, align 8
  %114 = call { double, double } @cexp(double noundef %111, double noundef %113) #4
  %115 = extractvalue { double, double } %114, 0
  %116 = extractvalue { double, double } %114, 1
  %117 = fmul double %68, %115
  %118 = fmul double %70, %116
  %119 = fmul double %68, %116
  %120 = fmul double %70, %115
  %121 = fsub double %117, %118
  %122 = fadd double %119, %120
  %123 = fcmp uno double %121, %121
  br i1 %123, label %124, label %130, !prof !7

124:                                              ; preds = %102
  %125 = fcmp uno double %122, %122
  br i1 %125, label %126, label %130, !prof !7

126:                                              ; preds = %124
  %127 = call { double, double } @__muldc3(double noundef %68, double noundef %70, double noundef %115, double noundef %116) #4
  %128 = extractvalue { double, double } %127, 0
  %129 = extractvalue { double, double } %127, 1
  br label %130

130:                                              ; preds = %126, %124, %102
  %131 = phi double [ %121, %102 ], [ %121, %124 ], [ %128, %126 ]
  %132 = phi double [ %122, %102 ], [ %122, %124 ], [ %129, %126 ]
  %133 = getelementptr inbounds { double, double }, ptr %7, i32 0, i32 0
  %134 = load double, ptr %133, align 8
  %135 = getelementptr inbounds { double, double }, ptr %7, i32 0, i32 1
  %136 = load double, ptr %135, align 8
  %137 = fadd double %134, %131
  %138 = fadd double %136, %132
  %139 = getelementptr inbounds { double, double }, ptr %7, i32 0, i32 0
  %140 = getelementptr inbounds { double, double }, ptr %7, i32 0, i32 1
  store double %137, ptr %139, align 8
  store double %138, ptr %140, align 8
  br label %141

141:                                              ; preds = %130
  %142 = load i32, ptr %8, align 4
  %143 = add nsw i32 %142, 1
  store i32 %143, ptr %8, align 4
  br label %60, !llvm.loop !8

144:                                              ; preds = %60
  %145 = load double, ptr %5, align 8
  %146 = getelementptr inbounds { double, double }, ptr %7, i32 0, i32 0
  %147 = load double, ptr %146, align 8
  %148 = getelementptr inbounds { double, double }, ptr %7, i32 0, i32 1
  %149 = load double, ptr %148, align 8
  %150 = load i32, ptr %6, align 4
  %151 = sext i32 %150 to i64
  %152 = getelementptr inbounds [256 x { double, double }], ptr %3, i64 0, i64 %151
  %153 = getelementptr inbounds { double, double }, ptr %152, i32 0, i32 0
  %154 = load double, ptr %153, align 16
  %155 = getelementptr inbounds { double, double }, ptr %152, i32 0, i32 1
  %156 = load double, ptr %155, align 8
  %157 = fsub double %147, %154
  %158 = fsub double %149, %156
  %159 = getelementptr inbounds { double, double }, ptr %10, i32 0, i32 0
  %160 = getelementptr inbounds { double, double }, ptr %10, i32 0, i32 1
  store double %157, ptr %159, align 8
  store double %158, ptr %160, align 8
  %161 = getelementptr inbounds { double, double }, ptr %10, i32 0, i32 0
  %162 = load double, ptr %161, align 8
  %163 = getelementptr inbounds { double, double }, ptr %10, i32 0, i32 1
  %164 = load double, ptr %163, align 8
  %165 = call double @cabs(double noundef %162, double noundef %164) #4
  %166 = call double @llvm.maxnum.f64(double %145, double %165)
  store double %166, ptr %5, align 8
  br label %167

167:                                              ; preds = %144
  %168 = load i32, ptr %6, align 4
  %169 = add nsw i32 %168, 1
  store i32 %169, ptr %6, align 4
  br label %54, !llvm.loop !9

170:                                              ; preds = %54
  %171 = getelementptr inbounds [256 x { double, double }], ptr %3, i64 0, i64 5
  %172 = getelementptr inbounds { double, double }, ptr %171, i32 0, i32 0
  %173 = load double, ptr %172, align 16
  %174 = getelementptr inbounds { double, double }, ptr %171, i32 0, i32 1
  %175 = load double, ptr %174, align 8
  %176 = getelementptr inbounds { double, double }, ptr %11, i32 0, i32 0
  %177 = getelementptr inbounds { double, double }, ptr %11, i32 0, i32 1
  store double %173, ptr %176, align 8
  store double %175, ptr %177, align 8
  %178 = getelementptr inbounds { double, double }, ptr %11, i32 0, i32 0
  %179 = load double, ptr %178, align 8
  %180 = getelementptr inbounds { double, double }, ptr %11, i32 0, i32 1
  %181 = load double, ptr %180, align 8
  %182 = call double @cabs(double noundef %179, double noundef %181) #4
  %183 = getelementptr inbounds [256 x { double, double }], ptr %3, i64 0, i64 12
  %184 = getelementptr inbounds { double, double }, ptr %183, i32 0, i32 0
  %185 = load double, ptr %184, align 16
  %186 = getelementptr inbounds { double, double }, ptr %183, i32 0, i32 1
  %187 = load double, ptr %186, align 8
  %188 = getelementptr inbounds { double, double }, ptr %12, i32 0, i32 0
  %189 = getelementptr inbounds { double, double }, ptr %12, i32 0, i32 1
  store double %185, ptr %188, align 8
  store double %187, ptr %189, align 8
  %190 = getelementptr inbounds { double, double }, ptr %12, i32 0, i32 0
  %191 = load double, ptr %190, align 8
  %192 = getelementptr inbounds { double, double }, ptr %12, i32 0, i32 1
  %193 = load double, ptr %192, align 8
  %194 = call double @cabs(double noundef %191, double noundef %193) #4
  %195 = load double, ptr %5, align 8
  %196 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef 256, double noundef %182, double noundef %194, double noundef %195)
  %197 = load double, ptr %5, align 8
  %198 = fcmp olt double %197, 1.000000e-08
  %199 = zext i1 %198 to i64
  %200 = select i1 %198, i32 0, i32 1
  ret i32 %200
}

; Function Attrs: nounwind
declare double @cos(double noundef) #1

; Function Attrs: nounwind
declare double @sin(double noundef) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal void @fft(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca { double, double }, align 8
  %9 = alloca i32, align 4
  %10 = alloca { double, double }, align 8
  %11 = alloca { double, double }, align 8
  %12 = alloca i32, align 4
  %13 = alloca { double, double }, align 8
  %14 = alloca i32, align 4
  %15 = alloca { double, double }, align 8
  %16 = alloca { double, double }, align 8
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  store i32 0, ptr %5, align 4
  br label %17

17:                                               ; preds = %22, %2
  %18 = load i32, ptr %5, align 4
  %19 = shl i32 1, %18
  %20 = load i32, ptr %4, align 4
  %21 = icmp slt i32 %19, %20
  br i1 %21, label %22, label %25

22:                                               ; preds = %17
  %23 = load i32, ptr %5, align 4
  %24 = add nsw i32 %23, 1
  store i32 %24, ptr %5, align 4
  br label %17, !llvm.loop !10

25:                                               ; preds = %17
  store i32 0, ptr %6, align 4
  br label %26

26:                                               ; preds = %73, %25
  %27 = load i32, ptr %6, align 4
  %28 = load i32, ptr %4, align 4
  %29 = icmp slt i32 %27, %28
  br i1 %29, label %30, label %76

30:                                               ; preds = %26
  %31 = load i32, ptr %6, align 4
  %32 = load i32, ptr %5, align 4
  %33 = call i32 @reverse_bits(i32 noundef %31, i32 noundef %32)
  store i32 %33, ptr %7, align 4
  %34 = load i32, ptr %7, align 4
  %35 = load i32, ptr %6, align 4
  %36 = icmp sgt i32 %34, %35
  br i1 %36, label %37, label %72

37:                                               ; preds = %30
  %38 = load ptr, ptr %3, align 8
  %39 = load i32, ptr %6, align 4
  %40 = sext i32 %39 to i64
  %41 = getelementptr inbounds { double, double }, ptr %38, i64 %40
  %42 = getelementptr inbounds { double, double }, ptr %41, i32 0, i32 0
  %43 = load double, ptr %42, align 8
  %44 = getelementptr inbounds { double, double }, ptr %41, i32 0, i32 1
  %45 = load double, ptr %44, align 8
  %46 = getelementptr inbounds { double, double }, ptr %8, i32 0, i32 0
  %47 = getelementptr inbounds { double, double }, ptr %8, i32 0, i32 1
  store double %43, ptr %46, align 8
  store double %45, ptr %47, align 8
  %48 = load ptr, ptr %3, align 8
  %49 = load i32, ptr %7, align 4
  %50 = zext i32 %49 to i64
  %51 = getelementptr inbounds { double, double }, ptr %48, i64 %50
  %52 = getelementptr inbounds { double, double }, ptr %51, i32 0, i32 0
  %53 = load double, ptr %52, align 8
  %54 = getelementptr inbounds { double, double }, ptr %51, i32 0, i32 1
  %55 = load double, ptr %54, align 8
  %56 = load ptr, ptr %3, align 8
  %57 = load i32, ptr %6, align 4
  %58 = sext i32 %57 to i64
  %59 = getelementptr inbounds { double, double }, ptr %56, i64 %58
  %60 = getelementptr inbounds { double, double }, ptr %59, i32 0, i32 0
  %61 = getelementptr inbounds { double, double }, ptr %59, i32 0, i32 1
  store double %53, ptr %60, align 8
  store double %55, ptr %61, align 8
  %62 = getelementptr inbounds { double, double }, ptr %8, i32 0, i32 0
  %63 = load double, ptr %62, align 8
  %64 = getelementptr inbounds { double, double }, ptr %8, i32 0, i32 1
  %65 = load double, ptr %64, align 8
  %66 = load ptr, ptr %3, align 8
  %67 = load i32, ptr %7, align 4
  %68 = zext i32 %67 to i64
  %69 = getelementptr inbounds { double, double }, ptr %66, i64 %68
  %70 = getelementptr inbounds { double, double }, ptr %69, i32 0, i32 0
  %71 = getelementptr inbounds { double, double }, ptr %69, i32 0, i32 1
  store double %63, ptr %70, align 8
  store double %65, ptr %71, align 8
  br label %72

72:                                               ; preds = %37, %30
  br label %73

73:                                               ; preds = %72
  %74 = load i32, ptr %6, align 4
  %75 = add nsw i32 %74, 1
  store i32 %75, ptr %6, align 4
  br label %26, !llvm.loop !11

76:                                               ; preds = %26
  store i32 2, ptr %9, align 4
  br label %77

77:                                               ; preds = %232, %76
  %78 = load i32, ptr %9, align 4
  %79 = load i32, ptr %4, align 4
  %80 = icmp sle i32 %78, %79
  br i1 %80, label %81, label %235

81:                                               ; preds = %77
  %82 = load i32, ptr %9, align 4
  %83 = sitofp i32 %82 to double
  %84 = call { double, double } @__divdc3(double noundef -0.000000e+00, double noundef 0xC01921FB54442D18, double noundef %83, double noundef 0.000000e+00) #4
  %85 = extractvalue { double, double } %84, 0
  %86 = extractvalue { double, double } %84, 1
  %87 = getelementptr inbounds { double, double }, ptr %11, i32 0, i32 0
  %88 = getelementptr inbounds { double, double }, ptr %11, i32 0, i32 1
  store double %85, ptr %87, align 8
  store double %86, ptr %88, align 8
  %89 = getelementptr inbounds { double, double }, ptr %11, i32 0, i32 0
  %90 = load double, ptr %89, align 8
  %91 = getelementptr inbounds { double, double }, ptr %11, i32 0, i32 1
  %92 = load double, ptr %91, align 8
  %93 = call { double, double } @cexp(double noundef %90, double noundef %92) #4
  %94 = extractvalue { double, double } %93, 0
  %95 = extractvalue { double, double } %93, 1
  %96 = getelementptr inbounds { double, double }, ptr %10, i32 0, i32 0
  %97 = getelementptr inbounds { double, double }, ptr %10, i32 0, i32 1
  store double %94, ptr %96, align 8
  store double %95, ptr %97, align 8
  store i32 0, ptr %12, align 4
  br label %98

98:                                               ; preds = %227, %81
  %99 = load i32, ptr %12, align 4
  %100 = load i32, ptr %4, align 4
  %101 = icmp slt i32 %99, %100
  br i1 %101, label %102, label %231

102:                                              ; preds = %98
  %103 = getelementptr inbounds { double, double }, ptr %13, i32 0, i32 0
  %104 = getelementptr inbounds { double, double }, ptr %13, i32 0, i32 1
  store double 1.000000e+00, ptr %103, align 8
  store double 0.000000e+00, ptr %104, align 8
  store i32 0, ptr %14, align 4
  br label %105

105:                                              ; preds = %223, %102
  %106 = load i32, ptr %14, align 4
  %107 = load i32, ptr %9, align 4
  %108 = sdiv i32 %107, 2
  %109 = icmp slt i32 %106, %108
  br i1 %109, label %110, label %226

110:                                              ; preds = %105
  %111 = load ptr, ptr %3, align 8
  %112 = load i32, ptr %12, align 4
  %113 = load i32, ptr %14, align 4
  %114 = add nsw i32 %112, %113
  %115 = sext i32 %114 to i64
  %116 = getelementptr inbounds { double, double }, ptr %111, i64 %115
  %117 = getelementptr inbounds { double, double }, ptr %116, i32 0, i32 0
  %118 = load double, ptr %117, align 8
  %119 = getelementptr inbounds { double, double }, ptr %116, i32 0, i32 1
  %120 = load double, ptr %119, align 8
  %121 = getelementptr inbounds { double, double }, ptr %15, i32 0, i32 0
  %122 = getelementptr inbounds { double, double }, ptr %15, i32 0, i32 1
  store double %118, ptr %121, align 8
  store double %120, ptr %122, align 8
  %123 = load ptr, ptr %3, align 8
  %124 = load i32, ptr %12, align 4
  %125 = load i32, ptr %14, align 4
  %126 = add nsw i32 %124, %125
  %127 = load i32, ptr %9, align 4
  %128 = sdiv i32 %127, 2
  %129 = add nsw i32 %126, %128
  %130 = sext i32 %129 to i64
  %131 = getelementptr inbounds { double, double }, ptr %123, i64 %130
  %132 = getelementptr inbounds { double, double }, ptr %131, i32 0, i32 0
  %133 = load double, ptr %132, align 8
  %134 = getelementptr inbounds { double, double }, ptr %131, i32 0, i32 1
  %135 = load double, ptr %134, align 8
  %136 = getelementptr inbounds { double, double }, ptr %13, i32 0, i32 0
  %137 = load double, ptr %136, align 8
  %138 = getelementptr inbounds { double, double }, ptr %13, i32 0, i32 1
  %139 = load double, ptr %138, align 8
  %140 = fmul double %133, %137
  %141 = fmul double %135, %139
  %142 = fmul double %133, %139
  %143 = fmul double %135, %137
  %144 = fsub double %140, %141
  %145 = fadd double %142, %143
  %146 = fcmp uno double %144, %144
  br i1 %146, label %147, label %153, !prof !7

147:                                              ; preds = %110
  %148 = fcmp uno double %145, %145
  br i1 %148, label %149, label %153, !prof !7

149:                                              ; preds = %147
  %150 = call { double, double } @__muldc3(double noundef %133, double noundef %135, double noundef %137, double noundef %139) #4
  %151 = extractvalue { double, double } %150, 0
  %152 = extractvalue { double, double } %150, 1
  br label %153

153:                                              ; preds = %149, %147, %110
  %154 = phi double [ %144, %110 ], [ %144, %147 ], [ %151, %149 ]
  %155 = phi double [ %145, %110 ], [ %145, %147 ], [ %152, %149 ]
  %156 = getelementptr inbounds { double, double }, ptr %16, i32 0, i32 0
  %157 = getelementptr inbounds { double, double }, ptr %16, i32 0, i32 1
  store double %154, ptr %156, align 8
  store double %155, ptr %157, align 8
  %158 = getelementptr inbounds { double, double }, ptr %15, i32 0, i32 0
  %159 = load double, ptr %158, align 8
  %160 = getelementptr inbounds { double, double }, ptr %15, i32 0, i32 1
  %161 = load double, ptr %160, align 8
  %162 = getelementptr inbounds { double, double }, ptr %16, i32 0, i32 0
  %163 = load double, ptr %162, align 8
  %164 = getelementptr inbounds { double, double }, ptr %16, i32 0, i32 1
  %165 = load double, ptr %164, align 8
  %166 = fadd double %159, %163
  %167 = fadd double %161, %165
  %168 = load ptr, ptr %3, align 8
  %169 = load i32, ptr %12, align 4
  %170 = load i32, ptr %14, align 4
  %171 = add nsw i32 %169, %170
  %172 = sext i32 %171 to i64
  %173 = getelementptr inbounds { double, double }, ptr %168, i64 %172
  %174 = getelementptr inbounds { double, double }, ptr %173, i32 0, i32 0
  %175 = getelementptr inbounds { double, double }, ptr %173, i32 0, i32 1
  store double %166, ptr %174, align 8
  store double %167, ptr %175, align 8
  %176 = getelementptr inbounds { double, double }, ptr %15, i32 0, i32 0
  %177 = load double, ptr %176, align 8
  %178 = getelementptr inbounds { double, double }, ptr %15, i32 0, i32 1
  %179 = load double, ptr %178, align 8
  %180 = getelementptr inbounds { double, double }, ptr %16, i32 0, i32 0
  %181 = load double, ptr %180, align 8
  %182 = getelementptr inbounds { double, double }, ptr %16, i32 0, i32 1
  %183 = load double, ptr %182, align 8
  %184 = fsub double %177, %181
  %185 = fsub double %179, %183
  %186 = load ptr, ptr %3, align 8
  %187 = load i32, ptr %12, align 4
  %188 = load i32, ptr %14, align 4
  %189 = add nsw i32 %187, %188
  %190 = load i32, ptr %9, align 4
  %191 = sdiv i32 %190, 2
  %192 = add nsw i32 %189, %191
  %193 = sext i32 %192 to i64
  %194 = getelementptr inbounds { double, double }, ptr %186, i64 %193
  %195 = getelementptr inbounds { double, double }, ptr %194, i32 0, i32 0
  %196 = getelementptr inbounds { double, double }, ptr %194, i32 0, i32 1
  store double %184, ptr %195, align 8
  store double %185, ptr %196, align 8
  %197 = getelementptr inbounds { double, double }, ptr %10, i32 0, i32 0
  %198 = load double, ptr %197, align 8
  %199 = getelementptr inbounds { double, double }, ptr %10, i32 0, i32 1
  %200 = load double, ptr %199, align 8
  %201 = getelementptr inbounds { double, double }, ptr %13, i32 0, i32 0
  %202 = load double, ptr %201, align 8
  %203 = getelementptr inbounds { double, double }, ptr %13, i32 0, i32 1
  %204 = load double, ptr %203, align 8
  %205 = fmul double %202, %198
  %206 = fmul double %204, %200
  %207 = fmul double %202, %200
  %208 = fmul double %204, %198
  %209 = fsub double %205, %206
  %210 = fadd double %207, %208
  %211 = fcmp uno double %209, %209
  br i1 %211, label %212, label %218, !prof !7

212:                                              ; preds = %153
  %213 = fcmp uno double %210, %210
  br i1 %213, label %214, label %218, !prof !7

214:                                              ; preds = %212
  %215 = call { double, double } @__muldc3(double noundef %202, double noundef %204, double noundef %198, double noundef %200) #4
  %216 = extractvalue { double, double } %215, 0
  %217 = extractvalue { double, double } %215, 1
  br label %218

218:                                              ; preds = %214, %212, %153
  %219 = phi double [ %209, %153 ], [ %209, %212 ], [ %216, %214 ]
  %220 = phi double [ %210, %153 ], [ %210, %212 ], [ %217, %214 ]
  %221 = getelementptr inbounds { double, double }, ptr %13, i32 0, i32 0
  %222 = getelementptr inbounds { double, double }, ptr %13, i32 0, i32 1
  store double %219, ptr %221, align 8
  store double %220, ptr %222, align 8
  br label %223

223:                                              ; preds = %218
  %224 = load i32, ptr %14, align 4
  %225 = add nsw i32 %224, 1
  store i32 %225, ptr %14, align 4
  br label %105, !llvm.loop !12

226:                                              ; preds = %105
  br label %227

227:                                              ; preds = %226
  %228 = load i32, ptr %9, align 4
  %229 = load i32, ptr %12, align 4
  %230 = add nsw i32 %229, %228
  store i32 %230, ptr %12, align 4
  br label %98, !llvm.loop !13

231:                                              ; preds = %98
  br label %232

232:                                              ; preds = %231
  %233 = load i32, ptr %9, align 4
  %234 = shl i32 %233, 1
  store i32 %234, ptr %9, align 4
  br label %77, !llvm.loop !14

235:                                              ; preds = %77
  ret void
}

; Function Attrs: nounwind
declare { double, double } @cexp(double noundef, double noundef) #1

declare { double, double } @__muldc3(double, double, double, double)

declare { double, double } @__divdc3(double, double, double, double)

; Function Attrs: nounwind
declare double @cabs(double noundef, double noundef) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.maxnum.f64(double, double) #2

declare i32 @printf(ptr noundef, ...) #3

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @reverse_bits(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  store i32 0, ptr %5, align 4
  store i32 0, ptr %6, align 4
  br label %7

7:                                                ; preds = %19, %2
  %8 = load i32, ptr %6, align 4
  %9 = load i32, ptr %4, align 4
  %10 = icmp slt i32 %8, %9
  br i1 %10, label %11, label %22

11:                                               ; preds = %7
  %12 = load i32, ptr %5, align 4
  %13 = shl i32 %12, 1
  %14 = load i32, ptr %3, align 4
  %15 = and i32 %14, 1
  %16 = or i32 %13, %15
  store i32 %16, ptr %5, align 4
  %17 = load i32, ptr %3, align 4
  %18 = lshr i32 %17, 1
  store i32 %18, ptr %3, align 4
  br label %19

19:                                               ; preds = %11
  %20 = load i32, ptr %6, align 4
  %21 = add nsw i32 %20, 1
  store i32 %21, ptr %6, align 4
  br label %7, !llvm.loop !15

22:                                               ; preds = %7
  %23 = load i32, ptr %5, align 4
  ret i32 %23
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3, !4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = distinct !{!5, !6}
!6 = !{!"llvm.loop.mustprogress"}
!7 = !{!"branch_weights", i32 1, i32 1048575}
!8 = distinct !{!8, !6}
!9 = distinct !{!9, !6}
!10 = distinct !{!10, !6}
!11 = distinct !{!11, !6}
!12 = distinct !{!12, !6}
!13 = distinct !{!13, !6}
!14 = distinct !{!14, !6}
!15 = distinct !{!15, !6}
