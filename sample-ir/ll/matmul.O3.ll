; ModuleID = 'c/matmul.c'
source_filename = "c/matmul.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@A = internal unnamed_addr global [64 x [64 x double]] zeroinitializer, align 16
@B = internal unnamed_addr global [64 x [64 x double]] zeroinitializer, align 16
@C = internal unnamed_addr global [64 x [64 x double]] zeroinitializer, align 16
@R = internal unnamed_addr global [64 x [64 x double]] zeroinitializer, align 16
@.str = private unnamed_addr constant [36 x i8] c"matmul %dx%d trace=%.1f maxdiff=%g\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  br label %1

1:                                                ; preds = %285, %0
  %2 = phi i64 [ 0, %0 ], [ %286, %285 ]
  %3 = mul nuw nsw i64 %2, 5
  %4 = mul nuw nsw i64 %2, 7
  %5 = insertelement <2 x i64> poison, i64 %4, i64 0
  %6 = shufflevector <2 x i64> %5, <2 x i64> poison, <2 x i32> zeroinitializer
  %7 = insertelement <2 x i64> poison, i64 %3, i64 0
  %8 = shufflevector <2 x i64> %7, <2 x i64> poison, <2 x i32> zeroinitializer
  br label %9

9:                                                ; preds = %9, %1
  %10 = phi i64 [ 0, %1 ], [ %26, %9 ]
  %11 = phi <2 x i64> [ <i64 0, i64 1>, %1 ], [ %27, %9 ]
  %12 = mul nuw nsw <2 x i64> %11, <i64 3, i64 3>
  %13 = add nuw nsw <2 x i64> %12, %6
  %14 = trunc <2 x i64> %13 to <2 x i32>
  %15 = urem <2 x i32> %14, <i32 11, i32 11>
  %16 = add nsw <2 x i32> %15, <i32 -5, i32 -5>
  %17 = sitofp <2 x i32> %16 to <2 x double>
  %18 = getelementptr inbounds [64 x [64 x double]], ptr @A, i64 0, i64 %2, i64 %10
  store <2 x double> %17, ptr %18, align 16, !tbaa !4
  %19 = shl nuw nsw <2 x i64> %11, <i64 1, i64 1>
  %20 = add nuw nsw <2 x i64> %19, %8
  %21 = trunc <2 x i64> %20 to <2 x i32>
  %22 = urem <2 x i32> %21, <i32 13, i32 13>
  %23 = sitofp <2 x i32> %22 to <2 x double>
  %24 = fmul <2 x double> %23, <double 5.000000e-01, double 5.000000e-01>
  %25 = getelementptr inbounds [64 x [64 x double]], ptr @B, i64 0, i64 %2, i64 %10
  store <2 x double> %24, ptr %25, align 16, !tbaa !4
  %26 = add nuw i64 %10, 2
  %27 = add <2 x i64> %11, <i64 2, i64 2>
  %28 = icmp eq i64 %26, 64
  br i1 %28, label %285, label %9, !llvm.loop !8

29:                                               ; preds = %285
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(32768) @C, i8 0, i64 32768, i1 false), !tbaa !4
  br label %30

30:                                               ; preds = %98, %29
  %31 = phi i64 [ 0, %29 ], [ %99, %98 ]
  %32 = shl nuw nsw i64 %31, 6
  %33 = getelementptr inbounds double, ptr @A, i64 %32
  %34 = getelementptr inbounds double, ptr @C, i64 %32
  %35 = getelementptr inbounds double, ptr %34, i64 2
  %36 = getelementptr inbounds double, ptr %34, i64 4
  %37 = getelementptr inbounds double, ptr %34, i64 6
  %38 = getelementptr inbounds double, ptr %34, i64 8
  %39 = getelementptr inbounds double, ptr %34, i64 10
  %40 = getelementptr inbounds double, ptr %34, i64 12
  %41 = getelementptr inbounds double, ptr %34, i64 14
  %42 = getelementptr inbounds double, ptr %34, i64 16
  %43 = getelementptr inbounds double, ptr %34, i64 18
  %44 = getelementptr inbounds double, ptr %34, i64 20
  %45 = getelementptr inbounds double, ptr %34, i64 22
  %46 = getelementptr inbounds double, ptr %34, i64 24
  %47 = getelementptr inbounds double, ptr %34, i64 26
  %48 = getelementptr inbounds double, ptr %34, i64 28
  %49 = getelementptr inbounds double, ptr %34, i64 30
  %50 = getelementptr inbounds double, ptr %34, i64 32
  %51 = getelementptr inbounds double, ptr %34, i64 34
  %52 = getelementptr inbounds double, ptr %34, i64 36
  %53 = getelementptr inbounds double, ptr %34, i64 38
  %54 = getelementptr inbounds double, ptr %34, i64 40
  %55 = getelementptr inbounds double, ptr %34, i64 42
  %56 = getelementptr inbounds double, ptr %34, i64 44
  %57 = getelementptr inbounds double, ptr %34, i64 46
  %58 = getelementptr inbounds double, ptr %34, i64 48
  %59 = getelementptr inbounds double, ptr %34, i64 50
  %60 = getelementptr inbounds double, ptr %34, i64 52
  %61 = getelementptr inbounds double, ptr %34, i64 54
  %62 = getelementptr inbounds double, ptr %34, i64 56
  %63 = getelementptr inbounds double, ptr %34, i64 58
  %64 = getelementptr inbounds double, ptr %34, i64 60
  %65 = getelementptr inbounds double, ptr %34, i64 62
  %66 = load <2 x double>, ptr %34, align 16, !tbaa !4
  %67 = load <2 x double>, ptr %35, align 16, !tbaa !4
  %68 = load <2 x double>, ptr %36, align 16, !tbaa !4
  %69 = load <2 x double>, ptr %37, align 16, !tbaa !4
  %70 = load <2 x double>, ptr %38, align 16, !tbaa !4
  %71 = load <2 x double>, ptr %39, align 16, !tbaa !4
  %72 = load <2 x double>, ptr %40, align 16, !tbaa !4
  %73 = load <2 x double>, ptr %41, align 16, !tbaa !4
  %74 = load <2 x double>, ptr %42, align 16, !tbaa !4
  %75 = load <2 x double>, ptr %43, align 16, !tbaa !4
  %76 = load <2 x double>, ptr %44, align 16, !tbaa !4
  %77 = load <2 x double>, ptr %45, align 16, !tbaa !4
  %78 = load <2 x double>, ptr %46, align 16, !tbaa !4
  %79 = load <2 x double>, ptr %47, align 16, !tbaa !4
  %80 = load <2 x double>, ptr %48, align 16, !tbaa !4
  %81 = load <2 x double>, ptr %49, align 16, !tbaa !4
  %82 = load <2 x double>, ptr %50, align 16, !tbaa !4
  %83 = load <2 x double>, ptr %51, align 16, !tbaa !4
  %84 = load <2 x double>, ptr %52, align 16, !tbaa !4
  %85 = load <2 x double>, ptr %53, align 16, !tbaa !4
  %86 = load <2 x double>, ptr %54, align 16, !tbaa !4
  %87 = load <2 x double>, ptr %55, align 16, !tbaa !4
  %88 = load <2 x double>, ptr %56, align 16, !tbaa !4
  %89 = load <2 x double>, ptr %57, align 16, !tbaa !4
  %90 = load <2 x double>, ptr %58, align 16, !tbaa !4
  %91 = load <2 x double>, ptr %59, align 16, !tbaa !4
  %92 = load <2 x double>, ptr %60, align 16, !tbaa !4
  %93 = load <2 x double>, ptr %61, align 16, !tbaa !4
  %94 = load <2 x double>, ptr %62, align 16, !tbaa !4
  %95 = load <2 x double>, ptr %63, align 16, !tbaa !4
  %96 = load <2 x double>, ptr %64, align 16, !tbaa !4
  %97 = load <2 x double>, ptr %65, align 16, !tbaa !4
  br label %101

98:                                               ; preds = %101
  store <2 x double> %142, ptr %34, align 16, !tbaa !4
  store <2 x double> %145, ptr %35, align 16, !tbaa !4
  store <2 x double> %148, ptr %36, align 16, !tbaa !4
  store <2 x double> %151, ptr %37, align 16, !tbaa !4
  store <2 x double> %154, ptr %38, align 16, !tbaa !4
  store <2 x double> %157, ptr %39, align 16, !tbaa !4
  store <2 x double> %160, ptr %40, align 16, !tbaa !4
  store <2 x double> %163, ptr %41, align 16, !tbaa !4
  store <2 x double> %166, ptr %42, align 16, !tbaa !4
  store <2 x double> %169, ptr %43, align 16, !tbaa !4
  store <2 x double> %172, ptr %44, align 16, !tbaa !4
  store <2 x double> %175, ptr %45, align 16, !tbaa !4
  store <2 x double> %178, ptr %46, align 16, !tbaa !4
  store <2 x double> %181, ptr %47, align 16, !tbaa !4
  store <2 x double> %184, ptr %48, align 16, !tbaa !4
  store <2 x double> %187, ptr %49, align 16, !tbaa !4
  store <2 x double> %190, ptr %50, align 16, !tbaa !4
  store <2 x double> %193, ptr %51, align 16, !tbaa !4
  store <2 x double> %196, ptr %52, align 16, !tbaa !4
  store <2 x double> %199, ptr %53, align 16, !tbaa !4
  store <2 x double> %202, ptr %54, align 16, !tbaa !4
  store <2 x double> %205, ptr %55, align 16, !tbaa !4
  store <2 x double> %208, ptr %56, align 16, !tbaa !4
  store <2 x double> %211, ptr %57, align 16, !tbaa !4
  store <2 x double> %214, ptr %58, align 16, !tbaa !4
  store <2 x double> %217, ptr %59, align 16, !tbaa !4
  store <2 x double> %220, ptr %60, align 16, !tbaa !4
  store <2 x double> %223, ptr %61, align 16, !tbaa !4
  store <2 x double> %226, ptr %62, align 16, !tbaa !4
  store <2 x double> %229, ptr %63, align 16, !tbaa !4
  store <2 x double> %232, ptr %64, align 16, !tbaa !4
  store <2 x double> %235, ptr %65, align 16, !tbaa !4
  %99 = add nuw nsw i64 %31, 1
  %100 = icmp eq i64 %99, 64
  br i1 %100, label %238, label %30, !llvm.loop !12

101:                                              ; preds = %101, %30
  %102 = phi <2 x double> [ %97, %30 ], [ %235, %101 ]
  %103 = phi <2 x double> [ %96, %30 ], [ %232, %101 ]
  %104 = phi <2 x double> [ %95, %30 ], [ %229, %101 ]
  %105 = phi <2 x double> [ %94, %30 ], [ %226, %101 ]
  %106 = phi <2 x double> [ %93, %30 ], [ %223, %101 ]
  %107 = phi <2 x double> [ %92, %30 ], [ %220, %101 ]
  %108 = phi <2 x double> [ %91, %30 ], [ %217, %101 ]
  %109 = phi <2 x double> [ %90, %30 ], [ %214, %101 ]
  %110 = phi <2 x double> [ %89, %30 ], [ %211, %101 ]
  %111 = phi <2 x double> [ %88, %30 ], [ %208, %101 ]
  %112 = phi <2 x double> [ %87, %30 ], [ %205, %101 ]
  %113 = phi <2 x double> [ %86, %30 ], [ %202, %101 ]
  %114 = phi <2 x double> [ %85, %30 ], [ %199, %101 ]
  %115 = phi <2 x double> [ %84, %30 ], [ %196, %101 ]
  %116 = phi <2 x double> [ %83, %30 ], [ %193, %101 ]
  %117 = phi <2 x double> [ %82, %30 ], [ %190, %101 ]
  %118 = phi <2 x double> [ %81, %30 ], [ %187, %101 ]
  %119 = phi <2 x double> [ %80, %30 ], [ %184, %101 ]
  %120 = phi <2 x double> [ %79, %30 ], [ %181, %101 ]
  %121 = phi <2 x double> [ %78, %30 ], [ %178, %101 ]
  %122 = phi <2 x double> [ %77, %30 ], [ %175, %101 ]
  %123 = phi <2 x double> [ %76, %30 ], [ %172, %101 ]
  %124 = phi <2 x double> [ %75, %30 ], [ %169, %101 ]
  %125 = phi <2 x double> [ %74, %30 ], [ %166, %101 ]
  %126 = phi <2 x double> [ %73, %30 ], [ %163, %101 ]
  %127 = phi <2 x double> [ %72, %30 ], [ %160, %101 ]
  %128 = phi <2 x double> [ %71, %30 ], [ %157, %101 ]
  %129 = phi <2 x double> [ %70, %30 ], [ %154, %101 ]
  %130 = phi <2 x double> [ %69, %30 ], [ %151, %101 ]
  %131 = phi <2 x double> [ %68, %30 ], [ %148, %101 ]
  %132 = phi <2 x double> [ %67, %30 ], [ %145, %101 ]
  %133 = phi <2 x double> [ %66, %30 ], [ %142, %101 ]
  %134 = phi i64 [ 0, %30 ], [ %236, %101 ]
  %135 = getelementptr inbounds double, ptr %33, i64 %134
  %136 = load double, ptr %135, align 8, !tbaa !4
  %137 = insertelement <2 x double> poison, double %136, i64 0
  %138 = shufflevector <2 x double> %137, <2 x double> poison, <2 x i32> zeroinitializer
  %139 = shl nuw nsw i64 %134, 6
  %140 = getelementptr inbounds double, ptr @B, i64 %139
  %141 = load <2 x double>, ptr %140, align 16, !tbaa !4
  %142 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %138, <2 x double> %141, <2 x double> %133)
  %143 = getelementptr inbounds double, ptr %140, i64 2
  %144 = load <2 x double>, ptr %143, align 16, !tbaa !4
  %145 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %138, <2 x double> %144, <2 x double> %132)
  %146 = getelementptr inbounds double, ptr %140, i64 4
  %147 = load <2 x double>, ptr %146, align 16, !tbaa !4
  %148 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %138, <2 x double> %147, <2 x double> %131)
  %149 = getelementptr inbounds double, ptr %140, i64 6
  %150 = load <2 x double>, ptr %149, align 16, !tbaa !4
  %151 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %138, <2 x double> %150, <2 x double> %130)
  %152 = getelementptr inbounds double, ptr %140, i64 8
  %153 = load <2 x double>, ptr %152, align 16, !tbaa !4
  %154 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %138, <2 x double> %153, <2 x double> %129)
  %155 = getelementptr inbounds double, ptr %140, i64 10
  %156 = load <2 x double>, ptr %155, align 16, !tbaa !4
  %157 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %138, <2 x double> %156, <2 x double> %128)
  %158 = getelementptr inbounds double, ptr %140, i64 12
  %159 = load <2 x double>, ptr %158, align 16, !tbaa !4
  %160 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %138, <2 x double> %159, <2 x double> %127)
  %161 = getelementptr inbounds double, ptr %140, i64 14
  %162 = load <2 x double>, ptr %161, align 16, !tbaa !4
  %163 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %138, <2 x double> %162, <2 x double> %126)
  %164 = getelementptr inbounds double, ptr %140, i64 16
  %165 = load <2 x double>, ptr %164, align 16, !tbaa !4
  %166 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %138, <2 x double> %165, <2 x double> %125)
  %167 = getelementptr inbounds double, ptr %140, i64 18
  %168 = load <2 x double>, ptr %167, align 16, !tbaa !4
  %169 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %138, <2 x double> %168, <2 x double> %124)
  %170 = getelementptr inbounds double, ptr %140, i64 20
  %171 = load <2 x double>, ptr %170, align 16, !tbaa !4
  %172 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %138, <2 x double> %171, <2 x double> %123)
  %173 = getelementptr inbounds double, ptr %140, i64 22
  %174 = load <2 x double>, ptr %173, align 16, !tbaa !4
  %175 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %138, <2 x double> %174, <2 x double> %122)
  %176 = getelementptr inbounds double, ptr %140, i64 24
  %177 = load <2 x double>, ptr %176, align 16, !tbaa !4
  %178 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %138, <2 x double> %177, <2 x double> %121)
  %179 = getelementptr inbounds double, ptr %140, i64 26
  %180 = load <2 x double>, ptr %179, align 16, !tbaa !4
  %181 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %138, <2 x double> %180, <2 x double> %120)
  %182 = getelementptr inbounds double, ptr %140, i64 28
  %183 = load <2 x double>, ptr %182, align 16, !tbaa !4
  %184 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %138, <2 x double> %183, <2 x double> %119)
  %185 = getelementptr inbounds double, ptr %140, i64 30
  %186 = load <2 x double>, ptr %185, align 16, !tbaa !4
  %187 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %138, <2 x double> %186, <2 x double> %118)
  %188 = getelementptr inbounds double, ptr %140, i64 32
  %189 = load <2 x double>, ptr %188, align 16, !tbaa !4
  %190 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %138, <2 x double> %189, <2 x double> %117)
  %191 = getelementptr inbounds double, ptr %140, i64 34
  %192 = load <2 x double>, ptr %191, align 16, !tbaa !4
  %193 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %138, <2 x double> %192, <2 x double> %116)
  %194 = getelementptr inbounds double, ptr %140, i64 36
  %195 = load <2 x double>, ptr %194, align 16, !tbaa !4
  %196 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %138, <2 x double> %195, <2 x double> %115)
  %197 = getelementptr inbounds double, ptr %140, i64 38
  %198 = load <2 x double>, ptr %197, align 16, !tbaa !4
  %199 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %138, <2 x double> %198, <2 x double> %114)
  %200 = getelementptr inbounds double, ptr %140, i64 40
  %201 = load <2 x double>, ptr %200, align 16, !tbaa !4
  %202 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %138, <2 x double> %201, <2 x double> %113)
  %203 = getelementptr inbounds double, ptr %140, i64 42
  %204 = load <2 x double>, ptr %203, align 16, !tbaa !4
  %205 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %138, <2 x double> %204, <2 x double> %112)
  %206 = getelementptr inbounds double, ptr %140, i64 44
  %207 = load <2 x double>, ptr %206, align 16, !tbaa !4
  %208 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %138, <2 x double> %207, <2 x double> %111)
  %209 = getelementptr inbounds double, ptr %140, i64 46
  %210 = load <2 x double>, ptr %209, align 16, !tbaa !4
  %211 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %138, <2 x double> %210, <2 x double> %110)
  %212 = getelementptr inbounds double, ptr %140, i64 48
  %213 = load <2 x double>, ptr %212, align 16, !tbaa !4
  %214 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %138, <2 x double> %213, <2 x double> %109)
  %215 = getelementptr inbounds double, ptr %140, i64 50
  %216 = load <2 x double>, ptr %215, align 16, !tbaa !4
  %217 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %138, <2 x double> %216, <2 x double> %108)
  %218 = getelementptr inbounds double, ptr %140, i64 52
  %219 = load <2 x double>, ptr %218, align 16, !tbaa !4
  %220 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %138, <2 x double> %219, <2 x double> %107)
  %221 = getelementptr inbounds double, ptr %140, i64 54
  %222 = load <2 x double>, ptr %221, align 16, !tbaa !4
  %223 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %138, <2 x double> %222, <2 x double> %106)
  %224 = getelementptr inbounds double, ptr %140, i64 56
  %225 = load <2 x double>, ptr %224, align 16, !tbaa !4
  %226 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %138, <2 x double> %225, <2 x double> %105)
  %227 = getelementptr inbounds double, ptr %140, i64 58
  %228 = load <2 x double>, ptr %227, align 16, !tbaa !4
  %229 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %138, <2 x double> %228, <2 x double> %104)
  %230 = getelementptr inbounds double, ptr %140, i64 60
  %231 = load <2 x double>, ptr %230, align 16, !tbaa !4
  %232 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %138, <2 x double> %231, <2 x double> %103)
  %233 = getelementptr inbounds double, ptr %140, i64 62
  %234 = load <2 x double>, ptr %233, align 16, !tbaa !4
  %235 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %138, <2 x double> %234, <2 x double> %102)
  %236 = add nuw nsw i64 %134, 1
  %237 = icmp eq i64 %236, 64
  br i1 %237, label %98, label %101, !llvm.loop !13

238:                                              ; preds = %98, %246
  %239 = phi i64 [ %247, %246 ], [ 0, %98 ]
  %240 = shl nuw nsw i64 %239, 6
  %241 = getelementptr inbounds double, ptr @A, i64 %240
  %242 = getelementptr inbounds double, ptr @R, i64 %240
  br label %243

243:                                              ; preds = %249, %238
  %244 = phi i64 [ 0, %238 ], [ %251, %249 ]
  %245 = getelementptr inbounds double, ptr @B, i64 %244
  br label %253

246:                                              ; preds = %249
  %247 = add nuw nsw i64 %239, 1
  %248 = icmp eq i64 %247, 64
  br i1 %248, label %292, label %238, !llvm.loop !14

249:                                              ; preds = %253
  %250 = getelementptr inbounds double, ptr %242, i64 %244
  store double %282, ptr %250, align 8, !tbaa !4
  %251 = add nuw nsw i64 %244, 1
  %252 = icmp eq i64 %251, 64
  br i1 %252, label %246, label %243, !llvm.loop !15

253:                                              ; preds = %253, %243
  %254 = phi i64 [ 0, %243 ], [ %283, %253 ]
  %255 = phi double [ 0.000000e+00, %243 ], [ %282, %253 ]
  %256 = getelementptr inbounds double, ptr %241, i64 %254
  %257 = load double, ptr %256, align 16, !tbaa !4
  %258 = shl nuw nsw i64 %254, 6
  %259 = getelementptr inbounds double, ptr %245, i64 %258
  %260 = load double, ptr %259, align 8, !tbaa !4
  %261 = tail call double @llvm.fmuladd.f64(double %257, double %260, double %255)
  %262 = or i64 %254, 1
  %263 = getelementptr inbounds double, ptr %241, i64 %262
  %264 = load double, ptr %263, align 8, !tbaa !4
  %265 = shl nuw nsw i64 %262, 6
  %266 = getelementptr inbounds double, ptr %245, i64 %265
  %267 = load double, ptr %266, align 8, !tbaa !4
  %268 = tail call double @llvm.fmuladd.f64(double %264, double %267, double %261)
  %269 = or i64 %254, 2
  %270 = getelementptr inbounds double, ptr %241, i64 %269
  %271 = load double, ptr %270, align 16, !tbaa !4
  %272 = shl nuw nsw i64 %269, 6
  %273 = getelementptr inbounds double, ptr %245, i64 %272
  %274 = load double, ptr %273, align 8, !tbaa !4
  %275 = tail call double @llvm.fmuladd.f64(double %271, double %274, double %268)
  %276 = or i64 %254, 3
  %277 = getelementptr inbounds double, ptr %241, i64 %276
  %278 = load double, ptr %277, align 8, !tbaa !4
  %279 = shl nuw nsw i64 %276, 6
  %280 = getelementptr inbounds double, ptr %245, i64 %279
  %281 = load double, ptr %280, align 8, !tbaa !4
  %282 = tail call double @llvm.fmuladd.f64(double %278, double %281, double %275)
  %283 = add nuw nsw i64 %254, 4
  %284 = icmp eq i64 %283, 64
  br i1 %284, label %249, label %253, !llvm.loop !16

285:                                              ; preds = %9
  %286 = add nuw nsw i64 %2, 1
  %287 = icmp eq i64 %286, 64
  br i1 %287, label %29, label %1, !llvm.loop !17

288:                                              ; preds = %298
  %289 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 64, i32 noundef 64, double noundef %299, double noundef %319)
  %290 = fcmp uge double %319, 1.000000e-09
  %291 = zext i1 %290 to i32
  ret i32 %291

292:                                              ; preds = %246, %298
  %293 = phi i64 [ %300, %298 ], [ 0, %246 ]
  %294 = phi double [ %319, %298 ], [ 0.000000e+00, %246 ]
  %295 = phi double [ %299, %298 ], [ 0.000000e+00, %246 ]
  %296 = getelementptr inbounds [64 x [64 x double]], ptr @C, i64 0, i64 %293, i64 %293
  %297 = load double, ptr %296, align 8, !tbaa !4
  br label %302

298:                                              ; preds = %302
  %299 = fadd double %295, %297
  %300 = add nuw nsw i64 %293, 1
  %301 = icmp eq i64 %300, 64
  br i1 %301, label %288, label %292, !llvm.loop !18

302:                                              ; preds = %302, %292
  %303 = phi i64 [ 0, %292 ], [ %320, %302 ]
  %304 = phi double [ %294, %292 ], [ %319, %302 ]
  %305 = getelementptr inbounds [64 x [64 x double]], ptr @C, i64 0, i64 %293, i64 %303
  %306 = load double, ptr %305, align 16, !tbaa !4
  %307 = getelementptr inbounds [64 x [64 x double]], ptr @R, i64 0, i64 %293, i64 %303
  %308 = load double, ptr %307, align 16, !tbaa !4
  %309 = fsub double %306, %308
  %310 = tail call double @llvm.fabs.f64(double %309)
  %311 = tail call double @llvm.maxnum.f64(double %304, double %310)
  %312 = or i64 %303, 1
  %313 = getelementptr inbounds [64 x [64 x double]], ptr @C, i64 0, i64 %293, i64 %312
  %314 = load double, ptr %313, align 8, !tbaa !4
  %315 = getelementptr inbounds [64 x [64 x double]], ptr @R, i64 0, i64 %293, i64 %312
  %316 = load double, ptr %315, align 8, !tbaa !4
  %317 = fsub double %314, %316
  %318 = tail call double @llvm.fabs.f64(double %317)
  %319 = tail call double @llvm.maxnum.f64(double %311, double %318)
  %320 = add nuw nsw i64 %303, 2
  %321 = icmp eq i64 %320, 64
  br i1 %321, label %298, label %302, !llvm.loop !19
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.maxnum.f64(double, double) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <2 x double> @llvm.fmuladd.v2f64(<2 x double>, <2 x double>, <2 x double>) #4

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.module.flags = !{!0, !1, !2, !3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!5, !5, i64 0}
!5 = !{!"double", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = distinct !{!8, !9, !10, !11}
!9 = !{!"llvm.loop.mustprogress"}
!10 = !{!"llvm.loop.isvectorized", i32 1}
!11 = !{!"llvm.loop.unroll.runtime.disable"}
!12 = distinct !{!12, !9}
!13 = distinct !{!13, !9}
!14 = distinct !{!14, !9}
!15 = distinct !{!15, !9}
!16 = distinct !{!16, !9}
!17 = distinct !{!17, !9}
!18 = distinct !{!18, !9}
!19 = distinct !{!19, !9}
