; ModuleID = 'c/cholesky.c'
source_filename = "c/cholesky.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@A = internal unnamed_addr global [32 x [32 x double]] zeroinitializer, align 16
@L = internal unnamed_addr global [32 x [32 x double]] zeroinitializer, align 16
@.str = private unnamed_addr constant [52 x i8] c"cholesky n=%d L[0][0]=%.6f reconstruction error=%g\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  %1 = alloca [32 x [32 x double]], align 16
  call void @llvm.lifetime.start.p0(i64 8192, ptr nonnull %1) #6
  br label %2

2:                                                ; preds = %0, %2
  %3 = phi i64 [ 0, %0 ], [ %101, %2 ]
  %4 = trunc i64 %3 to i32
  %5 = sitofp i32 %4 to double
  %6 = tail call double @sin(double noundef %5) #6
  %7 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %3, i64 0
  store double %6, ptr %7, align 16, !tbaa !4
  %8 = fadd double %5, 2.000000e+00
  %9 = tail call double @sin(double noundef %8) #6
  %10 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %3, i64 1
  store double %9, ptr %10, align 8, !tbaa !4
  %11 = fadd double %5, 4.000000e+00
  %12 = tail call double @sin(double noundef %11) #6
  %13 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %3, i64 2
  store double %12, ptr %13, align 16, !tbaa !4
  %14 = fadd double %5, 6.000000e+00
  %15 = tail call double @sin(double noundef %14) #6
  %16 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %3, i64 3
  store double %15, ptr %16, align 8, !tbaa !4
  %17 = fadd double %5, 8.000000e+00
  %18 = tail call double @sin(double noundef %17) #6
  %19 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %3, i64 4
  store double %18, ptr %19, align 16, !tbaa !4
  %20 = fadd double %5, 1.000000e+01
  %21 = tail call double @sin(double noundef %20) #6
  %22 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %3, i64 5
  store double %21, ptr %22, align 8, !tbaa !4
  %23 = fadd double %5, 1.200000e+01
  %24 = tail call double @sin(double noundef %23) #6
  %25 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %3, i64 6
  store double %24, ptr %25, align 16, !tbaa !4
  %26 = fadd double %5, 1.400000e+01
  %27 = tail call double @sin(double noundef %26) #6
  %28 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %3, i64 7
  store double %27, ptr %28, align 8, !tbaa !4
  %29 = fadd double %5, 1.600000e+01
  %30 = tail call double @sin(double noundef %29) #6
  %31 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %3, i64 8
  store double %30, ptr %31, align 16, !tbaa !4
  %32 = fadd double %5, 1.800000e+01
  %33 = tail call double @sin(double noundef %32) #6
  %34 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %3, i64 9
  store double %33, ptr %34, align 8, !tbaa !4
  %35 = fadd double %5, 2.000000e+01
  %36 = tail call double @sin(double noundef %35) #6
  %37 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %3, i64 10
  store double %36, ptr %37, align 16, !tbaa !4
  %38 = fadd double %5, 2.200000e+01
  %39 = tail call double @sin(double noundef %38) #6
  %40 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %3, i64 11
  store double %39, ptr %40, align 8, !tbaa !4
  %41 = fadd double %5, 2.400000e+01
  %42 = tail call double @sin(double noundef %41) #6
  %43 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %3, i64 12
  store double %42, ptr %43, align 16, !tbaa !4
  %44 = fadd double %5, 2.600000e+01
  %45 = tail call double @sin(double noundef %44) #6
  %46 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %3, i64 13
  store double %45, ptr %46, align 8, !tbaa !4
  %47 = fadd double %5, 2.800000e+01
  %48 = tail call double @sin(double noundef %47) #6
  %49 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %3, i64 14
  store double %48, ptr %49, align 16, !tbaa !4
  %50 = fadd double %5, 3.000000e+01
  %51 = tail call double @sin(double noundef %50) #6
  %52 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %3, i64 15
  store double %51, ptr %52, align 8, !tbaa !4
  %53 = fadd double %5, 3.200000e+01
  %54 = tail call double @sin(double noundef %53) #6
  %55 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %3, i64 16
  store double %54, ptr %55, align 16, !tbaa !4
  %56 = fadd double %5, 3.400000e+01
  %57 = tail call double @sin(double noundef %56) #6
  %58 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %3, i64 17
  store double %57, ptr %58, align 8, !tbaa !4
  %59 = fadd double %5, 3.600000e+01
  %60 = tail call double @sin(double noundef %59) #6
  %61 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %3, i64 18
  store double %60, ptr %61, align 16, !tbaa !4
  %62 = fadd double %5, 3.800000e+01
  %63 = tail call double @sin(double noundef %62) #6
  %64 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %3, i64 19
  store double %63, ptr %64, align 8, !tbaa !4
  %65 = fadd double %5, 4.000000e+01
  %66 = tail call double @sin(double noundef %65) #6
  %67 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %3, i64 20
  store double %66, ptr %67, align 16, !tbaa !4
  %68 = fadd double %5, 4.200000e+01
  %69 = tail call double @sin(double noundef %68) #6
  %70 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %3, i64 21
  store double %69, ptr %70, align 8, !tbaa !4
  %71 = fadd double %5, 4.400000e+01
  %72 = tail call double @sin(double noundef %71) #6
  %73 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %3, i64 22
  store double %72, ptr %73, align 16, !tbaa !4
  %74 = fadd double %5, 4.600000e+01
  %75 = tail call double @sin(double noundef %74) #6
  %76 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %3, i64 23
  store double %75, ptr %76, align 8, !tbaa !4
  %77 = fadd double %5, 4.800000e+01
  %78 = tail call double @sin(double noundef %77) #6
  %79 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %3, i64 24
  store double %78, ptr %79, align 16, !tbaa !4
  %80 = fadd double %5, 5.000000e+01
  %81 = tail call double @sin(double noundef %80) #6
  %82 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %3, i64 25
  store double %81, ptr %82, align 8, !tbaa !4
  %83 = fadd double %5, 5.200000e+01
  %84 = tail call double @sin(double noundef %83) #6
  %85 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %3, i64 26
  store double %84, ptr %85, align 16, !tbaa !4
  %86 = fadd double %5, 5.400000e+01
  %87 = tail call double @sin(double noundef %86) #6
  %88 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %3, i64 27
  store double %87, ptr %88, align 8, !tbaa !4
  %89 = fadd double %5, 5.600000e+01
  %90 = tail call double @sin(double noundef %89) #6
  %91 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %3, i64 28
  store double %90, ptr %91, align 16, !tbaa !4
  %92 = fadd double %5, 5.800000e+01
  %93 = tail call double @sin(double noundef %92) #6
  %94 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %3, i64 29
  store double %93, ptr %94, align 8, !tbaa !4
  %95 = fadd double %5, 6.000000e+01
  %96 = tail call double @sin(double noundef %95) #6
  %97 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %3, i64 30
  store double %96, ptr %97, align 16, !tbaa !4
  %98 = fadd double %5, 6.200000e+01
  %99 = tail call double @sin(double noundef %98) #6
  %100 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %3, i64 31
  store double %99, ptr %100, align 8, !tbaa !4
  %101 = add nuw nsw i64 %3, 1
  %102 = icmp eq i64 %101, 32
  br i1 %102, label %103, label %2, !llvm.loop !8

103:                                              ; preds = %2, %658
  %104 = phi i64 [ %659, %658 ], [ 0, %2 ]
  %105 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %104, i64 31
  %106 = load double, ptr %105, align 8, !tbaa !4
  %107 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %104, i64 30
  %108 = load double, ptr %107, align 16, !tbaa !4
  %109 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %104, i64 29
  %110 = load double, ptr %109, align 8, !tbaa !4
  %111 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %104, i64 28
  %112 = load double, ptr %111, align 16, !tbaa !4
  %113 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %104, i64 27
  %114 = load double, ptr %113, align 8, !tbaa !4
  %115 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %104, i64 26
  %116 = load double, ptr %115, align 16, !tbaa !4
  %117 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %104, i64 25
  %118 = load double, ptr %117, align 8, !tbaa !4
  %119 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %104, i64 24
  %120 = load double, ptr %119, align 16, !tbaa !4
  %121 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %104, i64 23
  %122 = load double, ptr %121, align 8, !tbaa !4
  %123 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %104, i64 22
  %124 = load double, ptr %123, align 16, !tbaa !4
  %125 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %104, i64 21
  %126 = load double, ptr %125, align 8, !tbaa !4
  %127 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %104, i64 12
  %128 = load double, ptr %127, align 16, !tbaa !4
  %129 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %104, i64 11
  %130 = load double, ptr %129, align 8, !tbaa !4
  %131 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %104, i64 10
  %132 = load double, ptr %131, align 16, !tbaa !4
  %133 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %104, i64 9
  %134 = load double, ptr %133, align 8, !tbaa !4
  %135 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %104, i64 8
  %136 = load double, ptr %135, align 16, !tbaa !4
  %137 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %104, i64 7
  %138 = load double, ptr %137, align 8, !tbaa !4
  %139 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %104, i64 6
  %140 = load double, ptr %139, align 16, !tbaa !4
  %141 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %104, i64 5
  %142 = load double, ptr %141, align 8, !tbaa !4
  %143 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %104, i64 4
  %144 = load double, ptr %143, align 16, !tbaa !4
  %145 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %104, i64 3
  %146 = load double, ptr %145, align 8, !tbaa !4
  %147 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %104, i64 2
  %148 = load double, ptr %147, align 16, !tbaa !4
  %149 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %104, i64 1
  %150 = load double, ptr %149, align 8, !tbaa !4
  %151 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %104, i64 0
  %152 = load double, ptr %151, align 16, !tbaa !4
  %153 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %104, i64 20
  %154 = load double, ptr %153, align 16, !tbaa !4
  %155 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %104, i64 19
  %156 = load double, ptr %155, align 8, !tbaa !4
  %157 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %104, i64 18
  %158 = load double, ptr %157, align 16, !tbaa !4
  %159 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %104, i64 17
  %160 = load double, ptr %159, align 8, !tbaa !4
  %161 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %104, i64 16
  %162 = load double, ptr %161, align 16, !tbaa !4
  %163 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %104, i64 15
  %164 = load double, ptr %163, align 8, !tbaa !4
  %165 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %104, i64 14
  %166 = load double, ptr %165, align 16, !tbaa !4
  %167 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %104, i64 13
  %168 = load double, ptr %167, align 8, !tbaa !4
  %169 = insertelement <2 x i64> poison, i64 %104, i64 0
  %170 = shufflevector <2 x i64> %169, <2 x i64> poison, <2 x i32> zeroinitializer
  %171 = insertelement <2 x double> poison, double %152, i64 0
  %172 = shufflevector <2 x double> %171, <2 x double> poison, <2 x i32> zeroinitializer
  %173 = insertelement <2 x double> poison, double %150, i64 0
  %174 = shufflevector <2 x double> %173, <2 x double> poison, <2 x i32> zeroinitializer
  %175 = insertelement <2 x double> poison, double %148, i64 0
  %176 = shufflevector <2 x double> %175, <2 x double> poison, <2 x i32> zeroinitializer
  %177 = insertelement <2 x double> poison, double %146, i64 0
  %178 = shufflevector <2 x double> %177, <2 x double> poison, <2 x i32> zeroinitializer
  %179 = insertelement <2 x double> poison, double %144, i64 0
  %180 = shufflevector <2 x double> %179, <2 x double> poison, <2 x i32> zeroinitializer
  %181 = insertelement <2 x double> poison, double %142, i64 0
  %182 = shufflevector <2 x double> %181, <2 x double> poison, <2 x i32> zeroinitializer
  %183 = insertelement <2 x double> poison, double %140, i64 0
  %184 = shufflevector <2 x double> %183, <2 x double> poison, <2 x i32> zeroinitializer
  %185 = insertelement <2 x double> poison, double %138, i64 0
  %186 = shufflevector <2 x double> %185, <2 x double> poison, <2 x i32> zeroinitializer
  %187 = insertelement <2 x double> poison, double %136, i64 0
  %188 = shufflevector <2 x double> %187, <2 x double> poison, <2 x i32> zeroinitializer
  %189 = insertelement <2 x double> poison, double %134, i64 0
  %190 = shufflevector <2 x double> %189, <2 x double> poison, <2 x i32> zeroinitializer
  %191 = insertelement <2 x double> poison, double %132, i64 0
  %192 = shufflevector <2 x double> %191, <2 x double> poison, <2 x i32> zeroinitializer
  %193 = insertelement <2 x double> poison, double %130, i64 0
  %194 = shufflevector <2 x double> %193, <2 x double> poison, <2 x i32> zeroinitializer
  %195 = insertelement <2 x double> poison, double %128, i64 0
  %196 = shufflevector <2 x double> %195, <2 x double> poison, <2 x i32> zeroinitializer
  %197 = insertelement <2 x double> poison, double %168, i64 0
  %198 = shufflevector <2 x double> %197, <2 x double> poison, <2 x i32> zeroinitializer
  %199 = insertelement <2 x double> poison, double %166, i64 0
  %200 = shufflevector <2 x double> %199, <2 x double> poison, <2 x i32> zeroinitializer
  %201 = insertelement <2 x double> poison, double %164, i64 0
  %202 = shufflevector <2 x double> %201, <2 x double> poison, <2 x i32> zeroinitializer
  %203 = insertelement <2 x double> poison, double %162, i64 0
  %204 = shufflevector <2 x double> %203, <2 x double> poison, <2 x i32> zeroinitializer
  %205 = insertelement <2 x double> poison, double %160, i64 0
  %206 = shufflevector <2 x double> %205, <2 x double> poison, <2 x i32> zeroinitializer
  %207 = insertelement <2 x double> poison, double %158, i64 0
  %208 = shufflevector <2 x double> %207, <2 x double> poison, <2 x i32> zeroinitializer
  %209 = insertelement <2 x double> poison, double %156, i64 0
  %210 = shufflevector <2 x double> %209, <2 x double> poison, <2 x i32> zeroinitializer
  %211 = insertelement <2 x double> poison, double %154, i64 0
  %212 = shufflevector <2 x double> %211, <2 x double> poison, <2 x i32> zeroinitializer
  %213 = insertelement <2 x double> poison, double %126, i64 0
  %214 = shufflevector <2 x double> %213, <2 x double> poison, <2 x i32> zeroinitializer
  %215 = insertelement <2 x double> poison, double %124, i64 0
  %216 = shufflevector <2 x double> %215, <2 x double> poison, <2 x i32> zeroinitializer
  %217 = insertelement <2 x double> poison, double %122, i64 0
  %218 = shufflevector <2 x double> %217, <2 x double> poison, <2 x i32> zeroinitializer
  %219 = insertelement <2 x double> poison, double %120, i64 0
  %220 = shufflevector <2 x double> %219, <2 x double> poison, <2 x i32> zeroinitializer
  %221 = insertelement <2 x double> poison, double %118, i64 0
  %222 = shufflevector <2 x double> %221, <2 x double> poison, <2 x i32> zeroinitializer
  %223 = insertelement <2 x double> poison, double %116, i64 0
  %224 = shufflevector <2 x double> %223, <2 x double> poison, <2 x i32> zeroinitializer
  %225 = insertelement <2 x double> poison, double %114, i64 0
  %226 = shufflevector <2 x double> %225, <2 x double> poison, <2 x i32> zeroinitializer
  %227 = insertelement <2 x double> poison, double %112, i64 0
  %228 = shufflevector <2 x double> %227, <2 x double> poison, <2 x i32> zeroinitializer
  %229 = insertelement <2 x double> poison, double %110, i64 0
  %230 = shufflevector <2 x double> %229, <2 x double> poison, <2 x i32> zeroinitializer
  %231 = insertelement <2 x double> poison, double %108, i64 0
  %232 = shufflevector <2 x double> %231, <2 x double> poison, <2 x i32> zeroinitializer
  %233 = insertelement <2 x double> poison, double %106, i64 0
  %234 = shufflevector <2 x double> %233, <2 x double> poison, <2 x i32> zeroinitializer
  br label %235

235:                                              ; preds = %235, %103
  %236 = phi i64 [ 0, %103 ], [ %466, %235 ]
  %237 = phi <2 x i64> [ <i64 0, i64 1>, %103 ], [ %467, %235 ]
  %238 = or i64 %236, 1
  %239 = icmp eq <2 x i64> %170, %237
  %240 = select <2 x i1> %239, <2 x double> <double 3.200000e+01, double 3.200000e+01>, <2 x double> zeroinitializer
  %241 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %236, i64 0
  %242 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %238, i64 0
  %243 = load double, ptr %241, align 16, !tbaa !4
  %244 = load double, ptr %242, align 16, !tbaa !4
  %245 = insertelement <2 x double> poison, double %243, i64 0
  %246 = insertelement <2 x double> %245, double %244, i64 1
  %247 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %172, <2 x double> %246, <2 x double> %240)
  %248 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %236, i64 1
  %249 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %238, i64 1
  %250 = load double, ptr %248, align 8, !tbaa !4
  %251 = load double, ptr %249, align 8, !tbaa !4
  %252 = insertelement <2 x double> poison, double %250, i64 0
  %253 = insertelement <2 x double> %252, double %251, i64 1
  %254 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %174, <2 x double> %253, <2 x double> %247)
  %255 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %236, i64 2
  %256 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %238, i64 2
  %257 = load double, ptr %255, align 16, !tbaa !4
  %258 = load double, ptr %256, align 16, !tbaa !4
  %259 = insertelement <2 x double> poison, double %257, i64 0
  %260 = insertelement <2 x double> %259, double %258, i64 1
  %261 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %176, <2 x double> %260, <2 x double> %254)
  %262 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %236, i64 3
  %263 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %238, i64 3
  %264 = load double, ptr %262, align 8, !tbaa !4
  %265 = load double, ptr %263, align 8, !tbaa !4
  %266 = insertelement <2 x double> poison, double %264, i64 0
  %267 = insertelement <2 x double> %266, double %265, i64 1
  %268 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %178, <2 x double> %267, <2 x double> %261)
  %269 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %236, i64 4
  %270 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %238, i64 4
  %271 = load double, ptr %269, align 16, !tbaa !4
  %272 = load double, ptr %270, align 16, !tbaa !4
  %273 = insertelement <2 x double> poison, double %271, i64 0
  %274 = insertelement <2 x double> %273, double %272, i64 1
  %275 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %180, <2 x double> %274, <2 x double> %268)
  %276 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %236, i64 5
  %277 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %238, i64 5
  %278 = load double, ptr %276, align 8, !tbaa !4
  %279 = load double, ptr %277, align 8, !tbaa !4
  %280 = insertelement <2 x double> poison, double %278, i64 0
  %281 = insertelement <2 x double> %280, double %279, i64 1
  %282 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %182, <2 x double> %281, <2 x double> %275)
  %283 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %236, i64 6
  %284 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %238, i64 6
  %285 = load double, ptr %283, align 16, !tbaa !4
  %286 = load double, ptr %284, align 16, !tbaa !4
  %287 = insertelement <2 x double> poison, double %285, i64 0
  %288 = insertelement <2 x double> %287, double %286, i64 1
  %289 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %184, <2 x double> %288, <2 x double> %282)
  %290 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %236, i64 7
  %291 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %238, i64 7
  %292 = load double, ptr %290, align 8, !tbaa !4
  %293 = load double, ptr %291, align 8, !tbaa !4
  %294 = insertelement <2 x double> poison, double %292, i64 0
  %295 = insertelement <2 x double> %294, double %293, i64 1
  %296 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %186, <2 x double> %295, <2 x double> %289)
  %297 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %236, i64 8
  %298 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %238, i64 8
  %299 = load double, ptr %297, align 16, !tbaa !4
  %300 = load double, ptr %298, align 16, !tbaa !4
  %301 = insertelement <2 x double> poison, double %299, i64 0
  %302 = insertelement <2 x double> %301, double %300, i64 1
  %303 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %188, <2 x double> %302, <2 x double> %296)
  %304 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %236, i64 9
  %305 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %238, i64 9
  %306 = load double, ptr %304, align 8, !tbaa !4
  %307 = load double, ptr %305, align 8, !tbaa !4
  %308 = insertelement <2 x double> poison, double %306, i64 0
  %309 = insertelement <2 x double> %308, double %307, i64 1
  %310 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %190, <2 x double> %309, <2 x double> %303)
  %311 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %236, i64 10
  %312 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %238, i64 10
  %313 = load double, ptr %311, align 16, !tbaa !4
  %314 = load double, ptr %312, align 16, !tbaa !4
  %315 = insertelement <2 x double> poison, double %313, i64 0
  %316 = insertelement <2 x double> %315, double %314, i64 1
  %317 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %192, <2 x double> %316, <2 x double> %310)
  %318 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %236, i64 11
  %319 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %238, i64 11
  %320 = load double, ptr %318, align 8, !tbaa !4
  %321 = load double, ptr %319, align 8, !tbaa !4
  %322 = insertelement <2 x double> poison, double %320, i64 0
  %323 = insertelement <2 x double> %322, double %321, i64 1
  %324 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %194, <2 x double> %323, <2 x double> %317)
  %325 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %236, i64 12
  %326 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %238, i64 12
  %327 = load double, ptr %325, align 16, !tbaa !4
  %328 = load double, ptr %326, align 16, !tbaa !4
  %329 = insertelement <2 x double> poison, double %327, i64 0
  %330 = insertelement <2 x double> %329, double %328, i64 1
  %331 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %196, <2 x double> %330, <2 x double> %324)
  %332 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %236, i64 13
  %333 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %238, i64 13
  %334 = load double, ptr %332, align 8, !tbaa !4
  %335 = load double, ptr %333, align 8, !tbaa !4
  %336 = insertelement <2 x double> poison, double %334, i64 0
  %337 = insertelement <2 x double> %336, double %335, i64 1
  %338 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %198, <2 x double> %337, <2 x double> %331)
  %339 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %236, i64 14
  %340 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %238, i64 14
  %341 = load double, ptr %339, align 16, !tbaa !4
  %342 = load double, ptr %340, align 16, !tbaa !4
  %343 = insertelement <2 x double> poison, double %341, i64 0
  %344 = insertelement <2 x double> %343, double %342, i64 1
  %345 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %200, <2 x double> %344, <2 x double> %338)
  %346 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %236, i64 15
  %347 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %238, i64 15
  %348 = load double, ptr %346, align 8, !tbaa !4
  %349 = load double, ptr %347, align 8, !tbaa !4
  %350 = insertelement <2 x double> poison, double %348, i64 0
  %351 = insertelement <2 x double> %350, double %349, i64 1
  %352 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %202, <2 x double> %351, <2 x double> %345)
  %353 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %236, i64 16
  %354 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %238, i64 16
  %355 = load double, ptr %353, align 16, !tbaa !4
  %356 = load double, ptr %354, align 16, !tbaa !4
  %357 = insertelement <2 x double> poison, double %355, i64 0
  %358 = insertelement <2 x double> %357, double %356, i64 1
  %359 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %204, <2 x double> %358, <2 x double> %352)
  %360 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %236, i64 17
  %361 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %238, i64 17
  %362 = load double, ptr %360, align 8, !tbaa !4
  %363 = load double, ptr %361, align 8, !tbaa !4
  %364 = insertelement <2 x double> poison, double %362, i64 0
  %365 = insertelement <2 x double> %364, double %363, i64 1
  %366 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %206, <2 x double> %365, <2 x double> %359)
  %367 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %236, i64 18
  %368 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %238, i64 18
  %369 = load double, ptr %367, align 16, !tbaa !4
  %370 = load double, ptr %368, align 16, !tbaa !4
  %371 = insertelement <2 x double> poison, double %369, i64 0
  %372 = insertelement <2 x double> %371, double %370, i64 1
  %373 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %208, <2 x double> %372, <2 x double> %366)
  %374 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %236, i64 19
  %375 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %238, i64 19
  %376 = load double, ptr %374, align 8, !tbaa !4
  %377 = load double, ptr %375, align 8, !tbaa !4
  %378 = insertelement <2 x double> poison, double %376, i64 0
  %379 = insertelement <2 x double> %378, double %377, i64 1
  %380 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %210, <2 x double> %379, <2 x double> %373)
  %381 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %236, i64 20
  %382 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %238, i64 20
  %383 = load double, ptr %381, align 16, !tbaa !4
  %384 = load double, ptr %382, align 16, !tbaa !4
  %385 = insertelement <2 x double> poison, double %383, i64 0
  %386 = insertelement <2 x double> %385, double %384, i64 1
  %387 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %212, <2 x double> %386, <2 x double> %380)
  %388 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %236, i64 21
  %389 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %238, i64 21
  %390 = load double, ptr %388, align 8, !tbaa !4
  %391 = load double, ptr %389, align 8, !tbaa !4
  %392 = insertelement <2 x double> poison, double %390, i64 0
  %393 = insertelement <2 x double> %392, double %391, i64 1
  %394 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %214, <2 x double> %393, <2 x double> %387)
  %395 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %236, i64 22
  %396 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %238, i64 22
  %397 = load double, ptr %395, align 16, !tbaa !4
  %398 = load double, ptr %396, align 16, !tbaa !4
  %399 = insertelement <2 x double> poison, double %397, i64 0
  %400 = insertelement <2 x double> %399, double %398, i64 1
  %401 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %216, <2 x double> %400, <2 x double> %394)
  %402 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %236, i64 23
  %403 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %238, i64 23
  %404 = load double, ptr %402, align 8, !tbaa !4
  %405 = load double, ptr %403, align 8, !tbaa !4
  %406 = insertelement <2 x double> poison, double %404, i64 0
  %407 = insertelement <2 x double> %406, double %405, i64 1
  %408 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %218, <2 x double> %407, <2 x double> %401)
  %409 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %236, i64 24
  %410 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %238, i64 24
  %411 = load double, ptr %409, align 16, !tbaa !4
  %412 = load double, ptr %410, align 16, !tbaa !4
  %413 = insertelement <2 x double> poison, double %411, i64 0
  %414 = insertelement <2 x double> %413, double %412, i64 1
  %415 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %220, <2 x double> %414, <2 x double> %408)
  %416 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %236, i64 25
  %417 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %238, i64 25
  %418 = load double, ptr %416, align 8, !tbaa !4
  %419 = load double, ptr %417, align 8, !tbaa !4
  %420 = insertelement <2 x double> poison, double %418, i64 0
  %421 = insertelement <2 x double> %420, double %419, i64 1
  %422 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %222, <2 x double> %421, <2 x double> %415)
  %423 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %236, i64 26
  %424 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %238, i64 26
  %425 = load double, ptr %423, align 16, !tbaa !4
  %426 = load double, ptr %424, align 16, !tbaa !4
  %427 = insertelement <2 x double> poison, double %425, i64 0
  %428 = insertelement <2 x double> %427, double %426, i64 1
  %429 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %224, <2 x double> %428, <2 x double> %422)
  %430 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %236, i64 27
  %431 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %238, i64 27
  %432 = load double, ptr %430, align 8, !tbaa !4
  %433 = load double, ptr %431, align 8, !tbaa !4
  %434 = insertelement <2 x double> poison, double %432, i64 0
  %435 = insertelement <2 x double> %434, double %433, i64 1
  %436 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %226, <2 x double> %435, <2 x double> %429)
  %437 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %236, i64 28
  %438 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %238, i64 28
  %439 = load double, ptr %437, align 16, !tbaa !4
  %440 = load double, ptr %438, align 16, !tbaa !4
  %441 = insertelement <2 x double> poison, double %439, i64 0
  %442 = insertelement <2 x double> %441, double %440, i64 1
  %443 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %228, <2 x double> %442, <2 x double> %436)
  %444 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %236, i64 29
  %445 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %238, i64 29
  %446 = load double, ptr %444, align 8, !tbaa !4
  %447 = load double, ptr %445, align 8, !tbaa !4
  %448 = insertelement <2 x double> poison, double %446, i64 0
  %449 = insertelement <2 x double> %448, double %447, i64 1
  %450 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %230, <2 x double> %449, <2 x double> %443)
  %451 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %236, i64 30
  %452 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %238, i64 30
  %453 = load double, ptr %451, align 16, !tbaa !4
  %454 = load double, ptr %452, align 16, !tbaa !4
  %455 = insertelement <2 x double> poison, double %453, i64 0
  %456 = insertelement <2 x double> %455, double %454, i64 1
  %457 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %232, <2 x double> %456, <2 x double> %450)
  %458 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %236, i64 31
  %459 = getelementptr inbounds [32 x [32 x double]], ptr %1, i64 0, i64 %238, i64 31
  %460 = load double, ptr %458, align 8, !tbaa !4
  %461 = load double, ptr %459, align 8, !tbaa !4
  %462 = insertelement <2 x double> poison, double %460, i64 0
  %463 = insertelement <2 x double> %462, double %461, i64 1
  %464 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %234, <2 x double> %463, <2 x double> %457)
  %465 = getelementptr inbounds [32 x [32 x double]], ptr @A, i64 0, i64 %104, i64 %236
  store <2 x double> %464, ptr %465, align 16, !tbaa !4
  %466 = add nuw i64 %236, 2
  %467 = add <2 x i64> %237, <i64 2, i64 2>
  %468 = icmp eq i64 %466, 32
  br i1 %468, label %658, label %235, !llvm.loop !10

469:                                              ; preds = %658, %651
  %470 = phi i64 [ %652, %651 ], [ 0, %658 ]
  %471 = phi i64 [ %654, %651 ], [ 1, %658 ]
  %472 = phi i1 [ %653, %651 ], [ false, %658 ]
  %473 = add nsw i64 %470, -1
  %474 = shl nuw nsw i64 %470, 5
  %475 = getelementptr inbounds double, ptr @A, i64 %474
  %476 = getelementptr inbounds double, ptr %475, i64 %470
  %477 = load double, ptr %476, align 8, !tbaa !4
  %478 = icmp eq i64 %470, 0
  br i1 %478, label %501, label %479

479:                                              ; preds = %469
  %480 = getelementptr inbounds double, ptr @L, i64 %474
  %481 = and i64 %470, 3
  %482 = icmp ult i64 %470, 4
  br i1 %482, label %485, label %483

483:                                              ; preds = %479
  %484 = and i64 %470, 9223372036854775804
  br label %504

485:                                              ; preds = %504, %479
  %486 = phi double [ undef, %479 ], [ %526, %504 ]
  %487 = phi i64 [ 0, %479 ], [ %527, %504 ]
  %488 = phi double [ %477, %479 ], [ %526, %504 ]
  %489 = icmp eq i64 %481, 0
  br i1 %489, label %501, label %490

490:                                              ; preds = %485, %490
  %491 = phi i64 [ %498, %490 ], [ %487, %485 ]
  %492 = phi double [ %497, %490 ], [ %488, %485 ]
  %493 = phi i64 [ %499, %490 ], [ 0, %485 ]
  %494 = getelementptr inbounds double, ptr %480, i64 %491
  %495 = load double, ptr %494, align 8, !tbaa !4
  %496 = fneg double %495
  %497 = tail call double @llvm.fmuladd.f64(double %496, double %495, double %492)
  %498 = add nuw nsw i64 %491, 1
  %499 = add i64 %493, 1
  %500 = icmp eq i64 %499, %481
  br i1 %500, label %501, label %490, !llvm.loop !13

501:                                              ; preds = %485, %490, %469
  %502 = phi double [ %477, %469 ], [ %486, %485 ], [ %497, %490 ]
  %503 = fcmp ugt double %502, 0.000000e+00
  br i1 %503, label %530, label %656

504:                                              ; preds = %504, %483
  %505 = phi i64 [ 0, %483 ], [ %527, %504 ]
  %506 = phi double [ %477, %483 ], [ %526, %504 ]
  %507 = phi i64 [ 0, %483 ], [ %528, %504 ]
  %508 = getelementptr inbounds double, ptr %480, i64 %505
  %509 = load double, ptr %508, align 16, !tbaa !4
  %510 = fneg double %509
  %511 = tail call double @llvm.fmuladd.f64(double %510, double %509, double %506)
  %512 = or i64 %505, 1
  %513 = getelementptr inbounds double, ptr %480, i64 %512
  %514 = load double, ptr %513, align 8, !tbaa !4
  %515 = fneg double %514
  %516 = tail call double @llvm.fmuladd.f64(double %515, double %514, double %511)
  %517 = or i64 %505, 2
  %518 = getelementptr inbounds double, ptr %480, i64 %517
  %519 = load double, ptr %518, align 16, !tbaa !4
  %520 = fneg double %519
  %521 = tail call double @llvm.fmuladd.f64(double %520, double %519, double %516)
  %522 = or i64 %505, 3
  %523 = getelementptr inbounds double, ptr %480, i64 %522
  %524 = load double, ptr %523, align 8, !tbaa !4
  %525 = fneg double %524
  %526 = tail call double @llvm.fmuladd.f64(double %525, double %524, double %521)
  %527 = add nuw nsw i64 %505, 4
  %528 = add i64 %507, 4
  %529 = icmp eq i64 %528, %484
  br i1 %529, label %485, label %504, !llvm.loop !15

530:                                              ; preds = %501
  %531 = tail call double @sqrt(double noundef %502) #6
  %532 = getelementptr inbounds double, ptr @L, i64 %474
  %533 = getelementptr inbounds double, ptr %532, i64 %470
  store double %531, ptr %533, align 8, !tbaa !4
  %534 = icmp ult i64 %470, 31
  br i1 %534, label %535, label %607

535:                                              ; preds = %530
  br i1 %478, label %613, label %536

536:                                              ; preds = %535
  %537 = getelementptr inbounds double, ptr @A, i64 %470
  %538 = and i64 %470, 3
  %539 = icmp ult i64 %470, 4
  %540 = and i64 %470, 9223372036854775804
  %541 = icmp eq i64 %538, 0
  br label %542

542:                                              ; preds = %599, %536
  %543 = phi i64 [ %471, %536 ], [ %604, %599 ]
  %544 = shl nuw nsw i64 %543, 5
  %545 = getelementptr inbounds double, ptr %537, i64 %544
  %546 = load double, ptr %545, align 8, !tbaa !4
  %547 = getelementptr inbounds double, ptr @L, i64 %544
  br i1 %539, label %582, label %548

548:                                              ; preds = %542, %548
  %549 = phi i64 [ %579, %548 ], [ 0, %542 ]
  %550 = phi double [ %578, %548 ], [ %546, %542 ]
  %551 = phi i64 [ %580, %548 ], [ 0, %542 ]
  %552 = getelementptr inbounds double, ptr %547, i64 %549
  %553 = load double, ptr %552, align 16, !tbaa !4
  %554 = getelementptr inbounds double, ptr %532, i64 %549
  %555 = load double, ptr %554, align 16, !tbaa !4
  %556 = fneg double %553
  %557 = tail call double @llvm.fmuladd.f64(double %556, double %555, double %550)
  %558 = or i64 %549, 1
  %559 = getelementptr inbounds double, ptr %547, i64 %558
  %560 = load double, ptr %559, align 8, !tbaa !4
  %561 = getelementptr inbounds double, ptr %532, i64 %558
  %562 = load double, ptr %561, align 8, !tbaa !4
  %563 = fneg double %560
  %564 = tail call double @llvm.fmuladd.f64(double %563, double %562, double %557)
  %565 = or i64 %549, 2
  %566 = getelementptr inbounds double, ptr %547, i64 %565
  %567 = load double, ptr %566, align 16, !tbaa !4
  %568 = getelementptr inbounds double, ptr %532, i64 %565
  %569 = load double, ptr %568, align 16, !tbaa !4
  %570 = fneg double %567
  %571 = tail call double @llvm.fmuladd.f64(double %570, double %569, double %564)
  %572 = or i64 %549, 3
  %573 = getelementptr inbounds double, ptr %547, i64 %572
  %574 = load double, ptr %573, align 8, !tbaa !4
  %575 = getelementptr inbounds double, ptr %532, i64 %572
  %576 = load double, ptr %575, align 8, !tbaa !4
  %577 = fneg double %574
  %578 = tail call double @llvm.fmuladd.f64(double %577, double %576, double %571)
  %579 = add nuw nsw i64 %549, 4
  %580 = add i64 %551, 4
  %581 = icmp eq i64 %580, %540
  br i1 %581, label %582, label %548, !llvm.loop !16

582:                                              ; preds = %548, %542
  %583 = phi double [ undef, %542 ], [ %578, %548 ]
  %584 = phi i64 [ 0, %542 ], [ %579, %548 ]
  %585 = phi double [ %546, %542 ], [ %578, %548 ]
  br i1 %541, label %599, label %586

586:                                              ; preds = %582, %586
  %587 = phi i64 [ %596, %586 ], [ %584, %582 ]
  %588 = phi double [ %595, %586 ], [ %585, %582 ]
  %589 = phi i64 [ %597, %586 ], [ 0, %582 ]
  %590 = getelementptr inbounds double, ptr %547, i64 %587
  %591 = load double, ptr %590, align 8, !tbaa !4
  %592 = getelementptr inbounds double, ptr %532, i64 %587
  %593 = load double, ptr %592, align 8, !tbaa !4
  %594 = fneg double %591
  %595 = tail call double @llvm.fmuladd.f64(double %594, double %593, double %588)
  %596 = add nuw nsw i64 %587, 1
  %597 = add i64 %589, 1
  %598 = icmp eq i64 %597, %538
  br i1 %598, label %599, label %586, !llvm.loop !17

599:                                              ; preds = %586, %582
  %600 = phi double [ %583, %582 ], [ %595, %586 ]
  %601 = load double, ptr %533, align 8, !tbaa !4
  %602 = fdiv double %600, %601
  %603 = getelementptr inbounds double, ptr %547, i64 %470
  store double %602, ptr %603, align 8, !tbaa !4
  %604 = add nuw nsw i64 %543, 1
  %605 = icmp eq i64 %604, 32
  br i1 %605, label %606, label %542, !llvm.loop !18

606:                                              ; preds = %599, %613
  br i1 %478, label %651, label %607

607:                                              ; preds = %606, %530
  %608 = getelementptr inbounds double, ptr @L, i64 %470
  %609 = and i64 %470, 3
  %610 = icmp ult i64 %473, 3
  br i1 %610, label %640, label %611

611:                                              ; preds = %607
  %612 = and i64 %470, 9223372036854775804
  br label %623

613:                                              ; preds = %535, %613
  %614 = phi i64 [ %621, %613 ], [ %471, %535 ]
  %615 = shl nuw nsw i64 %614, 5
  %616 = getelementptr inbounds double, ptr @A, i64 %615
  %617 = load double, ptr %616, align 16, !tbaa !4
  %618 = load double, ptr %533, align 8, !tbaa !4
  %619 = fdiv double %617, %618
  %620 = getelementptr inbounds double, ptr @L, i64 %615
  store double %619, ptr %620, align 16, !tbaa !4
  %621 = add nuw nsw i64 %614, 1
  %622 = icmp eq i64 %621, 32
  br i1 %622, label %606, label %613, !llvm.loop !18

623:                                              ; preds = %623, %611
  %624 = phi i64 [ 0, %611 ], [ %637, %623 ]
  %625 = phi i64 [ 0, %611 ], [ %638, %623 ]
  %626 = shl nuw nsw i64 %624, 5
  %627 = getelementptr inbounds double, ptr %608, i64 %626
  store double 0.000000e+00, ptr %627, align 8, !tbaa !4
  %628 = shl i64 %624, 5
  %629 = or i64 %628, 32
  %630 = getelementptr inbounds double, ptr %608, i64 %629
  store double 0.000000e+00, ptr %630, align 8, !tbaa !4
  %631 = shl i64 %624, 5
  %632 = or i64 %631, 64
  %633 = getelementptr inbounds double, ptr %608, i64 %632
  store double 0.000000e+00, ptr %633, align 8, !tbaa !4
  %634 = shl i64 %624, 5
  %635 = or i64 %634, 96
  %636 = getelementptr inbounds double, ptr %608, i64 %635
  store double 0.000000e+00, ptr %636, align 8, !tbaa !4
  %637 = add nuw nsw i64 %624, 4
  %638 = add i64 %625, 4
  %639 = icmp eq i64 %638, %612
  br i1 %639, label %640, label %623, !llvm.loop !19

640:                                              ; preds = %623, %607
  %641 = phi i64 [ 0, %607 ], [ %637, %623 ]
  %642 = icmp eq i64 %609, 0
  br i1 %642, label %651, label %643

643:                                              ; preds = %640, %643
  %644 = phi i64 [ %648, %643 ], [ %641, %640 ]
  %645 = phi i64 [ %649, %643 ], [ 0, %640 ]
  %646 = shl nuw nsw i64 %644, 5
  %647 = getelementptr inbounds double, ptr %608, i64 %646
  store double 0.000000e+00, ptr %647, align 8, !tbaa !4
  %648 = add nuw nsw i64 %644, 1
  %649 = add i64 %645, 1
  %650 = icmp eq i64 %649, %609
  br i1 %650, label %651, label %643, !llvm.loop !20

651:                                              ; preds = %640, %643, %606
  %652 = add nuw nsw i64 %470, 1
  %653 = icmp ugt i64 %470, 30
  %654 = add nuw nsw i64 %471, 1
  %655 = icmp eq i64 %652, 32
  br i1 %655, label %656, label %469, !llvm.loop !21

656:                                              ; preds = %501, %651
  %657 = phi i1 [ %472, %501 ], [ %653, %651 ]
  br i1 %657, label %661, label %842

658:                                              ; preds = %235
  %659 = add nuw nsw i64 %104, 1
  %660 = icmp eq i64 %659, 32
  br i1 %660, label %469, label %103, !llvm.loop !22

661:                                              ; preds = %656, %839
  %662 = phi i64 [ %840, %839 ], [ 0, %656 ]
  %663 = phi double [ %836, %839 ], [ 0.000000e+00, %656 ]
  %664 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %662, i64 0
  %665 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %662, i64 14
  %666 = load double, ptr %665, align 16, !tbaa !4
  %667 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %662, i64 15
  %668 = load double, ptr %667, align 8, !tbaa !4
  %669 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %662, i64 16
  %670 = load double, ptr %669, align 16, !tbaa !4
  %671 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %662, i64 17
  %672 = load double, ptr %671, align 8, !tbaa !4
  %673 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %662, i64 18
  %674 = load double, ptr %673, align 16, !tbaa !4
  %675 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %662, i64 19
  %676 = load double, ptr %675, align 8, !tbaa !4
  %677 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %662, i64 20
  %678 = load double, ptr %677, align 16, !tbaa !4
  %679 = load double, ptr %664, align 16, !tbaa !4
  %680 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %662, i64 1
  %681 = load double, ptr %680, align 8, !tbaa !4
  %682 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %662, i64 2
  %683 = load double, ptr %682, align 16, !tbaa !4
  %684 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %662, i64 3
  %685 = load double, ptr %684, align 8, !tbaa !4
  %686 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %662, i64 4
  %687 = load double, ptr %686, align 16, !tbaa !4
  %688 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %662, i64 5
  %689 = load double, ptr %688, align 8, !tbaa !4
  %690 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %662, i64 6
  %691 = load double, ptr %690, align 16, !tbaa !4
  %692 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %662, i64 7
  %693 = load double, ptr %692, align 8, !tbaa !4
  %694 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %662, i64 8
  %695 = load double, ptr %694, align 16, !tbaa !4
  %696 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %662, i64 9
  %697 = load double, ptr %696, align 8, !tbaa !4
  %698 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %662, i64 10
  %699 = load double, ptr %698, align 16, !tbaa !4
  %700 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %662, i64 11
  %701 = load double, ptr %700, align 8, !tbaa !4
  %702 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %662, i64 12
  %703 = load double, ptr %702, align 16, !tbaa !4
  %704 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %662, i64 13
  %705 = load double, ptr %704, align 8, !tbaa !4
  %706 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %662, i64 21
  %707 = load double, ptr %706, align 8, !tbaa !4
  %708 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %662, i64 22
  %709 = load double, ptr %708, align 16, !tbaa !4
  %710 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %662, i64 23
  %711 = load double, ptr %710, align 8, !tbaa !4
  %712 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %662, i64 24
  %713 = load double, ptr %712, align 16, !tbaa !4
  %714 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %662, i64 25
  %715 = load double, ptr %714, align 8, !tbaa !4
  %716 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %662, i64 26
  %717 = load double, ptr %716, align 16, !tbaa !4
  %718 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %662, i64 27
  %719 = load double, ptr %718, align 8, !tbaa !4
  %720 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %662, i64 28
  %721 = load double, ptr %720, align 16, !tbaa !4
  %722 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %662, i64 29
  %723 = load double, ptr %722, align 8, !tbaa !4
  %724 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %662, i64 30
  %725 = load double, ptr %724, align 16, !tbaa !4
  %726 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %662, i64 31
  %727 = load double, ptr %726, align 8, !tbaa !4
  br label %733

728:                                              ; preds = %839
  %729 = load double, ptr @L, align 16, !tbaa !4
  %730 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 32, double noundef %729, double noundef %836)
  %731 = fcmp uge double %836, 1.000000e-09
  %732 = zext i1 %731 to i32
  br label %842

733:                                              ; preds = %661, %733
  %734 = phi i64 [ 0, %661 ], [ %837, %733 ]
  %735 = phi double [ %663, %661 ], [ %836, %733 ]
  %736 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %734, i64 0
  %737 = load double, ptr %736, align 16, !tbaa !4
  %738 = tail call double @llvm.fmuladd.f64(double %679, double %737, double 0.000000e+00)
  %739 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %734, i64 1
  %740 = load double, ptr %739, align 8, !tbaa !4
  %741 = tail call double @llvm.fmuladd.f64(double %681, double %740, double %738)
  %742 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %734, i64 2
  %743 = load double, ptr %742, align 16, !tbaa !4
  %744 = tail call double @llvm.fmuladd.f64(double %683, double %743, double %741)
  %745 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %734, i64 3
  %746 = load double, ptr %745, align 8, !tbaa !4
  %747 = tail call double @llvm.fmuladd.f64(double %685, double %746, double %744)
  %748 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %734, i64 4
  %749 = load double, ptr %748, align 16, !tbaa !4
  %750 = tail call double @llvm.fmuladd.f64(double %687, double %749, double %747)
  %751 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %734, i64 5
  %752 = load double, ptr %751, align 8, !tbaa !4
  %753 = tail call double @llvm.fmuladd.f64(double %689, double %752, double %750)
  %754 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %734, i64 6
  %755 = load double, ptr %754, align 16, !tbaa !4
  %756 = tail call double @llvm.fmuladd.f64(double %691, double %755, double %753)
  %757 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %734, i64 7
  %758 = load double, ptr %757, align 8, !tbaa !4
  %759 = tail call double @llvm.fmuladd.f64(double %693, double %758, double %756)
  %760 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %734, i64 8
  %761 = load double, ptr %760, align 16, !tbaa !4
  %762 = tail call double @llvm.fmuladd.f64(double %695, double %761, double %759)
  %763 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %734, i64 9
  %764 = load double, ptr %763, align 8, !tbaa !4
  %765 = tail call double @llvm.fmuladd.f64(double %697, double %764, double %762)
  %766 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %734, i64 10
  %767 = load double, ptr %766, align 16, !tbaa !4
  %768 = tail call double @llvm.fmuladd.f64(double %699, double %767, double %765)
  %769 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %734, i64 11
  %770 = load double, ptr %769, align 8, !tbaa !4
  %771 = tail call double @llvm.fmuladd.f64(double %701, double %770, double %768)
  %772 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %734, i64 12
  %773 = load double, ptr %772, align 16, !tbaa !4
  %774 = tail call double @llvm.fmuladd.f64(double %703, double %773, double %771)
  %775 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %734, i64 13
  %776 = load double, ptr %775, align 8, !tbaa !4
  %777 = tail call double @llvm.fmuladd.f64(double %705, double %776, double %774)
  %778 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %734, i64 14
  %779 = load double, ptr %778, align 16, !tbaa !4
  %780 = tail call double @llvm.fmuladd.f64(double %666, double %779, double %777)
  %781 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %734, i64 15
  %782 = load double, ptr %781, align 8, !tbaa !4
  %783 = tail call double @llvm.fmuladd.f64(double %668, double %782, double %780)
  %784 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %734, i64 16
  %785 = load double, ptr %784, align 16, !tbaa !4
  %786 = tail call double @llvm.fmuladd.f64(double %670, double %785, double %783)
  %787 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %734, i64 17
  %788 = load double, ptr %787, align 8, !tbaa !4
  %789 = tail call double @llvm.fmuladd.f64(double %672, double %788, double %786)
  %790 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %734, i64 18
  %791 = load double, ptr %790, align 16, !tbaa !4
  %792 = tail call double @llvm.fmuladd.f64(double %674, double %791, double %789)
  %793 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %734, i64 19
  %794 = load double, ptr %793, align 8, !tbaa !4
  %795 = tail call double @llvm.fmuladd.f64(double %676, double %794, double %792)
  %796 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %734, i64 20
  %797 = load double, ptr %796, align 16, !tbaa !4
  %798 = tail call double @llvm.fmuladd.f64(double %678, double %797, double %795)
  %799 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %734, i64 21
  %800 = load double, ptr %799, align 8, !tbaa !4
  %801 = tail call double @llvm.fmuladd.f64(double %707, double %800, double %798)
  %802 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %734, i64 22
  %803 = load double, ptr %802, align 16, !tbaa !4
  %804 = tail call double @llvm.fmuladd.f64(double %709, double %803, double %801)
  %805 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %734, i64 23
  %806 = load double, ptr %805, align 8, !tbaa !4
  %807 = tail call double @llvm.fmuladd.f64(double %711, double %806, double %804)
  %808 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %734, i64 24
  %809 = load double, ptr %808, align 16, !tbaa !4
  %810 = tail call double @llvm.fmuladd.f64(double %713, double %809, double %807)
  %811 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %734, i64 25
  %812 = load double, ptr %811, align 8, !tbaa !4
  %813 = tail call double @llvm.fmuladd.f64(double %715, double %812, double %810)
  %814 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %734, i64 26
  %815 = load double, ptr %814, align 16, !tbaa !4
  %816 = tail call double @llvm.fmuladd.f64(double %717, double %815, double %813)
  %817 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %734, i64 27
  %818 = load double, ptr %817, align 8, !tbaa !4
  %819 = tail call double @llvm.fmuladd.f64(double %719, double %818, double %816)
  %820 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %734, i64 28
  %821 = load double, ptr %820, align 16, !tbaa !4
  %822 = tail call double @llvm.fmuladd.f64(double %721, double %821, double %819)
  %823 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %734, i64 29
  %824 = load double, ptr %823, align 8, !tbaa !4
  %825 = tail call double @llvm.fmuladd.f64(double %723, double %824, double %822)
  %826 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %734, i64 30
  %827 = load double, ptr %826, align 16, !tbaa !4
  %828 = tail call double @llvm.fmuladd.f64(double %725, double %827, double %825)
  %829 = getelementptr inbounds [32 x [32 x double]], ptr @L, i64 0, i64 %734, i64 31
  %830 = load double, ptr %829, align 8, !tbaa !4
  %831 = tail call double @llvm.fmuladd.f64(double %727, double %830, double %828)
  %832 = getelementptr inbounds [32 x [32 x double]], ptr @A, i64 0, i64 %662, i64 %734
  %833 = load double, ptr %832, align 8, !tbaa !4
  %834 = fsub double %831, %833
  %835 = tail call double @llvm.fabs.f64(double %834)
  %836 = tail call double @llvm.maxnum.f64(double %735, double %835)
  %837 = add nuw nsw i64 %734, 1
  %838 = icmp eq i64 %837, 32
  br i1 %838, label %839, label %733, !llvm.loop !23

839:                                              ; preds = %733
  %840 = add nuw nsw i64 %662, 1
  %841 = icmp eq i64 %840, 32
  br i1 %841, label %728, label %661, !llvm.loop !24

842:                                              ; preds = %656, %728
  %843 = phi i32 [ %732, %728 ], [ 1, %656 ]
  call void @llvm.lifetime.end.p0(i64 8192, ptr nonnull %1) #6
  ret i32 %843
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare double @sin(double noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.maxnum.f64(double, double) #3

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #4

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare double @sqrt(double noundef) local_unnamed_addr #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <2 x double> @llvm.fmuladd.v2f64(<2 x double>, <2 x double>, <2 x double>) #5

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nofree nounwind willreturn memory(write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!5, !5, i64 0}
!5 = !{!"double", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = distinct !{!8, !9}
!9 = !{!"llvm.loop.mustprogress"}
!10 = distinct !{!10, !9, !11, !12}
!11 = !{!"llvm.loop.isvectorized", i32 1}
!12 = !{!"llvm.loop.unroll.runtime.disable"}
!13 = distinct !{!13, !14}
!14 = !{!"llvm.loop.unroll.disable"}
!15 = distinct !{!15, !9}
!16 = distinct !{!16, !9}
!17 = distinct !{!17, !14}
!18 = distinct !{!18, !9}
!19 = distinct !{!19, !9}
!20 = distinct !{!20, !14}
!21 = distinct !{!21, !9}
!22 = distinct !{!22, !9}
!23 = distinct !{!23, !9}
!24 = distinct !{!24, !9}
