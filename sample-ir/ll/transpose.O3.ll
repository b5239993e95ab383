; ModuleID = 'c/transpose.c'
source_filename = "c/transpose.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@a = internal unnamed_addr global [96 x [80 x i32]] zeroinitializer, align 16
@sq = internal unnamed_addr global [80 x [80 x i32]] zeroinitializer, align 16
@t = internal unnamed_addr global [80 x [96 x i32]] zeroinitializer, align 16
@.str = private unnamed_addr constant [26 x i8] c"transpose %dx%d wrong=%d\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  br label %1

1:                                                ; preds = %1, %0
  %2 = phi i64 [ 0, %0 ], [ %66, %1 ]
  %3 = mul nuw nsw i64 %2, 1000
  %4 = insertelement <4 x i64> poison, i64 %3, i64 0
  %5 = shufflevector <4 x i64> %4, <4 x i64> poison, <4 x i32> zeroinitializer
  %6 = getelementptr inbounds [96 x [80 x i32]], ptr @a, i64 0, i64 %2, i64 0
  %7 = trunc <4 x i64> %5 to <4 x i32>
  %8 = or <4 x i32> %7, <i32 0, i32 1, i32 2, i32 3>
  store <4 x i32> %8, ptr %6, align 16, !tbaa !4
  %9 = getelementptr inbounds [96 x [80 x i32]], ptr @a, i64 0, i64 %2, i64 4
  %10 = trunc <4 x i64> %5 to <4 x i32>
  %11 = or <4 x i32> %10, <i32 4, i32 5, i32 6, i32 7>
  store <4 x i32> %11, ptr %9, align 16, !tbaa !4
  %12 = getelementptr inbounds [96 x [80 x i32]], ptr @a, i64 0, i64 %2, i64 8
  %13 = trunc <4 x i64> %5 to <4 x i32>
  %14 = add <4 x i32> %13, <i32 8, i32 9, i32 10, i32 11>
  store <4 x i32> %14, ptr %12, align 16, !tbaa !4
  %15 = getelementptr inbounds [96 x [80 x i32]], ptr @a, i64 0, i64 %2, i64 12
  %16 = trunc <4 x i64> %5 to <4 x i32>
  %17 = add <4 x i32> %16, <i32 12, i32 13, i32 14, i32 15>
  store <4 x i32> %17, ptr %15, align 16, !tbaa !4
  %18 = getelementptr inbounds [96 x [80 x i32]], ptr @a, i64 0, i64 %2, i64 16
  %19 = trunc <4 x i64> %5 to <4 x i32>
  %20 = add <4 x i32> %19, <i32 16, i32 17, i32 18, i32 19>
  store <4 x i32> %20, ptr %18, align 16, !tbaa !4
  %21 = getelementptr inbounds [96 x [80 x i32]], ptr @a, i64 0, i64 %2, i64 20
  %22 = trunc <4 x i64> %5 to <4 x i32>
  %23 = add <4 x i32> %22, <i32 20, i32 21, i32 22, i32 23>
  store <4 x i32> %23, ptr %21, align 16, !tbaa !4
  %24 = getelementptr inbounds [96 x [80 x i32]], ptr @a, i64 0, i64 %2, i64 24
  %25 = trunc <4 x i64> %5 to <4 x i32>
  %26 = add <4 x i32> %25, <i32 24, i32 25, i32 26, i32 27>
  store <4 x i32> %26, ptr %24, align 16, !tbaa !4
  %27 = getelementptr inbounds [96 x [80 x i32]], ptr @a, i64 0, i64 %2, i64 28
  %28 = trunc <4 x i64> %5 to <4 x i32>
  %29 = add <4 x i32> %28, <i32 28, i32 29, i32 30, i32 31>
  store <4 x i32> %29, ptr %27, align 16, !tbaa !4
  %30 = getelementptr inbounds [96 x [80 x i32]], ptr @a, i64 0, i64 %2, i64 32
  %31 = trunc <4 x i64> %5 to <4 x i32>
  %32 = add <4 x i32> %31, <i32 32, i32 33, i32 34, i32 35>
  store <4 x i32> %32, ptr %30, align 16, !tbaa !4
  %33 = getelementptr inbounds [96 x [80 x i32]], ptr @a, i64 0, i64 %2, i64 36
  %34 = trunc <4 x i64> %5 to <4 x i32>
  %35 = add <4 x i32> %34, <i32 36, i32 37, i32 38, i32 39>
  store <4 x i32> %35, ptr %33, align 16, !tbaa !4
  %36 = getelementptr inbounds [96 x [80 x i32]], ptr @a, i64 0, i64 %2, i64 40
  %37 = trunc <4 x i64> %5 to <4 x i32>
  %38 = add <4 x i32> %37, <i32 40, i32 41, i32 42, i32 43>
  store <4 x i32> %38, ptr %36, align 16, !tbaa !4
  %39 = getelementptr inbounds [96 x [80 x i32]], ptr @a, i64 0, i64 %2, i64 44
  %40 = trunc <4 x i64> %5 to <4 x i32>
  %41 = add <4 x i32> %40, <i32 44, i32 45, i32 46, i32 47>
  store <4 x i32> %41, ptr %39, align 16, !tbaa !4
  %42 = getelementptr inbounds [96 x [80 x i32]], ptr @a, i64 0, i64 %2, i64 48
  %43 = trunc <4 x i64> %5 to <4 x i32>
  %44 = add <4 x i32> %43, <i32 48, i32 49, i32 50, i32 51>
  store <4 x i32> %44, ptr %42, align 16, !tbaa !4
  %45 = getelementptr inbounds [96 x [80 x i32]], ptr @a, i64 0, i64 %2, i64 52
  %46 = trunc <4 x i64> %5 to <4 x i32>
  %47 = add <4 x i32> %46, <i32 52, i32 53, i32 54, i32 55>
  store <4 x i32> %47, ptr %45, align 16, !tbaa !4
  %48 = getelementptr inbounds [96 x [80 x i32]], ptr @a, i64 0, i64 %2, i64 56
  %49 = trunc <4 x i64> %5 to <4 x i32>
  %50 = add <4 x i32> %49, <i32 56, i32 57, i32 58, i32 59>
  store <4 x i32> %50, ptr %48, align 16, !tbaa !4
  %51 = getelementptr inbounds [96 x [80 x i32]], ptr @a, i64 0, i64 %2, i64 60
  %52 = trunc <4 x i64> %5 to <4 x i32>
  %53 = add <4 x i32> %52, <i32 60, i32 61, i32 62, i32 63>
  store <4 x i32> %53, ptr %51, align 16, !tbaa !4
  %54 = getelementptr inbounds [96 x [80 x i32]], ptr @a, i64 0, i64 %2, i64 64
  %55 = trunc <4 x i64> %5 to <4 x i32>
  %56 = add <4 x i32> %55, <i32 64, i32 65, i32 66, i32 67>
  store <4 x i32> %56, ptr %54, align 16, !tbaa !4
  %57 = getelementptr inbounds [96 x [80 x i32]], ptr @a, i64 0, i64 %2, i64 68
  %58 = trunc <4 x i64> %5 to <4 x i32>
  %59 = add <4 x i32> %58, <i32 68, i32 69, i32 70, i32 71>
  store <4 x i32> %59, ptr %57, align 16, !tbaa !4
  %60 = getelementptr inbounds [96 x [80 x i32]], ptr @a, i64 0, i64 %2, i64 72
  %61 = trunc <4 x i64> %5 to <4 x i32>
  %62 = add <4 x i32> %61, <i32 72, i32 73, i32 74, i32 75>
  store <4 x i32> %62, ptr %60, align 16, !tbaa !4
  %63 = getelementptr inbounds [96 x [80 x i32]], ptr @a, i64 0, i64 %2, i64 76
  %64 = trunc <4 x i64> %5 to <4 x i32>
  %65 = add <4 x i32> %64, <i32 76, i32 77, i32 78, i32 79>
  store <4 x i32> %65, ptr %63, align 16, !tbaa !4
  %66 = add nuw nsw i64 %2, 1
  %67 = icmp eq i64 %66, 96
  br i1 %67, label %68, label %1, !llvm.loop !8

68:                                               ; preds = %1, %68
  %69 = phi i64 [ %133, %68 ], [ 0, %1 ]
  %70 = mul nuw nsw i64 %69, 1000
  %71 = insertelement <4 x i64> poison, i64 %70, i64 0
  %72 = shufflevector <4 x i64> %71, <4 x i64> poison, <4 x i32> zeroinitializer
  %73 = getelementptr inbounds [80 x [80 x i32]], ptr @sq, i64 0, i64 %69, i64 0
  %74 = trunc <4 x i64> %72 to <4 x i32>
  %75 = or <4 x i32> %74, <i32 0, i32 1, i32 2, i32 3>
  store <4 x i32> %75, ptr %73, align 16, !tbaa !4
  %76 = getelementptr inbounds [80 x [80 x i32]], ptr @sq, i64 0, i64 %69, i64 4
  %77 = trunc <4 x i64> %72 to <4 x i32>
  %78 = or <4 x i32> %77, <i32 4, i32 5, i32 6, i32 7>
  store <4 x i32> %78, ptr %76, align 16, !tbaa !4
  %79 = getelementptr inbounds [80 x [80 x i32]], ptr @sq, i64 0, i64 %69, i64 8
  %80 = trunc <4 x i64> %72 to <4 x i32>
  %81 = add <4 x i32> %80, <i32 8, i32 9, i32 10, i32 11>
  store <4 x i32> %81, ptr %79, align 16, !tbaa !4
  %82 = getelementptr inbounds [80 x [80 x i32]], ptr @sq, i64 0, i64 %69, i64 12
  %83 = trunc <4 x i64> %72 to <4 x i32>
  %84 = add <4 x i32> %83, <i32 12, i32 13, i32 14, i32 15>
  store <4 x i32> %84, ptr %82, align 16, !tbaa !4
  %85 = getelementptr inbounds [80 x [80 x i32]], ptr @sq, i64 0, i64 %69, i64 16
  %86 = trunc <4 x i64> %72 to <4 x i32>
  %87 = add <4 x i32> %86, <i32 16, i32 17, i32 18, i32 19>
  store <4 x i32> %87, ptr %85, align 16, !tbaa !4
  %88 = getelementptr inbounds [80 x [80 x i32]], ptr @sq, i64 0, i64 %69, i64 20
  %89 = trunc <4 x i64> %72 to <4 x i32>
  %90 = add <4 x i32> %89, <i32 20, i32 21, i32 22, i32 23>
  store <4 x i32> %90, ptr %88, align 16, !tbaa !4
  %91 = getelementptr inbounds [80 x [80 x i32]], ptr @sq, i64 0, i64 %69, i64 24
  %92 = trunc <4 x i64> %72 to <4 x i32>
  %93 = add <4 x i32> %92, <i32 24, i32 25, i32 26, i32 27>
  store <4 x i32> %93, ptr %91, align 16, !tbaa !4
  %94 = getelementptr inbounds [80 x [80 x i32]], ptr @sq, i64 0, i64 %69, i64 28
  %95 = trunc <4 x i64> %72 to <4 x i32>
  %96 = add <4 x i32> %95, <i32 28, i32 29, i32 30, i32 31>
  store <4 x i32> %96, ptr %94, align 16, !tbaa !4
  %97 = getelementptr inbounds [80 x [80 x i32]], ptr @sq, i64 0, i64 %69, i64 32
  %98 = trunc <4 x i64> %72 to <4 x i32>
  %99 = add <4 x i32> %98, <i32 32, i32 33, i32 34, i32 35>
  store <4 x i32> %99, ptr %97, align 16, !tbaa !4
  %100 = getelementptr inbounds [80 x [80 x i32]], ptr @sq, i64 0, i64 %69, i64 36
  %101 = trunc <4 x i64> %72 to <4 x i32>
  %102 = add <4 x i32> %101, <i32 36, i32 37, i32 38, i32 39>
  store <4 x i32> %102, ptr %100, align 16, !tbaa !4
  %103 = getelementptr inbounds [80 x [80 x i32]], ptr @sq, i64 0, i64 %69, i64 40
  %104 = trunc <4 x i64> %72 to <4 x i32>
  %105 = add <4 x i32> %104, <i32 40, i32 41, i32 42, i32 43>
  store <4 x i32> %105, ptr %103, align 16, !tbaa !4
  %106 = getelementptr inbounds [80 x [80 x i32]], ptr @sq, i64 0, i64 %69, i64 44
  %107 = trunc <4 x i64> %72 to <4 x i32>
  %108 = add <4 x i32> %107, <i32 44, i32 45, i32 46, i32 47>
  store <4 x i32> %108, ptr %106, align 16, !tbaa !4
  %109 = getelementptr inbounds [80 x [80 x i32]], ptr @sq, i64 0, i64 %69, i64 48
  %110 = trunc <4 x i64> %72 to <4 x i32>
  %111 = add <4 x i32> %110, <i32 48, i32 49, i32 50, i32 51>
  store <4 x i32> %111, ptr %109, align 16, !tbaa !4
  %112 = getelementptr inbounds [80 x [80 x i32]], ptr @sq, i64 0, i64 %69, i64 52
  %113 = trunc <4 x i64> %72 to <4 x i32>
  %114 = add <4 x i32> %113, <i32 52, i32 53, i32 54, i32 55>
  store <4 x i32> %114, ptr %112, align 16, !tbaa !4
  %115 = getelementptr inbounds [80 x [80 x i32]], ptr @sq, i64 0, i64 %69, i64 56
  %116 = trunc <4 x i64> %72 to <4 x i32>
  %117 = add <4 x i32> %116, <i32 56, i32 57, i32 58, i32 59>
  store <4 x i32> %117, ptr %115, align 16, !tbaa !4
  %118 = getelementptr inbounds [80 x [80 x i32]], ptr @sq, i64 0, i64 %69, i64 60
  %119 = trunc <4 x i64> %72 to <4 x i32>
  %120 = add <4 x i32> %119, <i32 60, i32 61, i32 62, i32 63>
  store <4 x i32> %120, ptr %118, align 16, !tbaa !4
  %121 = getelementptr inbounds [80 x [80 x i32]], ptr @sq, i64 0, i64 %69, i64 64
  %122 = trunc <4 x i64> %72 to <4 x i32>
  %123 = add <4 x i32> %122, <i32 64, i32 65, i32 66, i32 67>
  store <4 x i32> %123, ptr %121, align 16, !tbaa !4
  %124 = getelementptr inbounds [80 x [80 x i32]], ptr @sq, i64 0, i64 %69, i64 68
  %125 = trunc <4 x i64> %72 to <4 x i32>
  %126 = add <4 x i32> %125, <i32 68, i32 69, i32 70, i32 71>
  store <4 x i32> %126, ptr %124, align 16, !tbaa !4
  %127 = getelementptr inbounds [80 x [80 x i32]], ptr @sq, i64 0, i64 %69, i64 72
  %128 = trunc <4 x i64> %72 to <4 x i32>
  %129 = add <4 x i32> %128, <i32 72, i32 73, i32 74, i32 75>
  store <4 x i32> %129, ptr %127, align 16, !tbaa !4
  %130 = getelementptr inbounds [80 x [80 x i32]], ptr @sq, i64 0, i64 %69, i64 76
  %131 = trunc <4 x i64> %72 to <4 x i32>
  %132 = add <4 x i32> %131, <i32 76, i32 77, i32 78, i32 79>
  store <4 x i32> %132, ptr %130, align 16, !tbaa !4
  %133 = add nuw nsw i64 %69, 1
  %134 = icmp eq i64 %133, 80
  br i1 %134, label %135, label %68, !llvm.loop !10

135:                                              ; preds = %68, %245
  %136 = phi i64 [ %248, %245 ], [ 16, %68 ]
  %137 = phi i64 [ %246, %245 ], [ 0, %68 ]
  br label %138

138:                                              ; preds = %187, %135
  %139 = phi i64 [ 0, %135 ], [ %188, %187 ]
  %140 = mul nuw nsw i64 %139, 96
  %141 = getelementptr inbounds i32, ptr @t, i64 %140
  %142 = or i64 %139, 1
  %143 = mul nuw nsw i64 %142, 96
  %144 = getelementptr inbounds i32, ptr @t, i64 %143
  %145 = or i64 %139, 2
  %146 = mul nuw nsw i64 %145, 96
  %147 = getelementptr inbounds i32, ptr @t, i64 %146
  %148 = or i64 %139, 3
  %149 = mul nuw nsw i64 %148, 96
  %150 = getelementptr inbounds i32, ptr @t, i64 %149
  %151 = or i64 %139, 4
  %152 = mul nuw nsw i64 %151, 96
  %153 = getelementptr inbounds i32, ptr @t, i64 %152
  %154 = or i64 %139, 5
  %155 = mul nuw nsw i64 %154, 96
  %156 = getelementptr inbounds i32, ptr @t, i64 %155
  %157 = or i64 %139, 6
  %158 = mul nuw nsw i64 %157, 96
  %159 = getelementptr inbounds i32, ptr @t, i64 %158
  %160 = or i64 %139, 7
  %161 = mul nuw nsw i64 %160, 96
  %162 = getelementptr inbounds i32, ptr @t, i64 %161
  %163 = or i64 %139, 8
  %164 = mul nuw nsw i64 %163, 96
  %165 = getelementptr inbounds i32, ptr @t, i64 %164
  %166 = or i64 %139, 9
  %167 = mul nuw nsw i64 %166, 96
  %168 = getelementptr inbounds i32, ptr @t, i64 %167
  %169 = or i64 %139, 10
  %170 = mul nuw nsw i64 %169, 96
  %171 = getelementptr inbounds i32, ptr @t, i64 %170
  %172 = or i64 %139, 11
  %173 = mul nuw nsw i64 %172, 96
  %174 = getelementptr inbounds i32, ptr @t, i64 %173
  %175 = or i64 %139, 12
  %176 = mul nuw nsw i64 %175, 96
  %177 = getelementptr inbounds i32, ptr @t, i64 %176
  %178 = or i64 %139, 13
  %179 = mul nuw nsw i64 %178, 96
  %180 = getelementptr inbounds i32, ptr @t, i64 %179
  %181 = or i64 %139, 14
  %182 = mul nuw nsw i64 %181, 96
  %183 = getelementptr inbounds i32, ptr @t, i64 %182
  %184 = or i64 %139, 15
  %185 = mul nuw nsw i64 %184, 96
  %186 = getelementptr inbounds i32, ptr @t, i64 %185
  br label %191

187:                                              ; preds = %191
  %188 = add nuw nsw i64 %139, 16
  %189 = and i64 %139, 4294967232
  %190 = icmp eq i64 %189, 0
  br i1 %190, label %138, label %245, !llvm.loop !11

191:                                              ; preds = %191, %138
  %192 = phi i64 [ %137, %138 ], [ %243, %191 ]
  %193 = mul nuw nsw i64 %192, 80
  %194 = getelementptr inbounds i32, ptr @a, i64 %193
  %195 = getelementptr inbounds i32, ptr %194, i64 %139
  %196 = load i32, ptr %195, align 16, !tbaa !4
  %197 = getelementptr inbounds i32, ptr %141, i64 %192
  store i32 %196, ptr %197, align 4, !tbaa !4
  %198 = getelementptr inbounds i32, ptr %194, i64 %142
  %199 = load i32, ptr %198, align 4, !tbaa !4
  %200 = getelementptr inbounds i32, ptr %144, i64 %192
  store i32 %199, ptr %200, align 4, !tbaa !4
  %201 = getelementptr inbounds i32, ptr %194, i64 %145
  %202 = load i32, ptr %201, align 8, !tbaa !4
  %203 = getelementptr inbounds i32, ptr %147, i64 %192
  store i32 %202, ptr %203, align 4, !tbaa !4
  %204 = getelementptr inbounds i32, ptr %194, i64 %148
  %205 = load i32, ptr %204, align 4, !tbaa !4
  %206 = getelementptr inbounds i32, ptr %150, i64 %192
  store i32 %205, ptr %206, align 4, !tbaa !4
  %207 = getelementptr inbounds i32, ptr %194, i64 %151
  %208 = load i32, ptr %207, align 16, !tbaa !4
  %209 = getelementptr inbounds i32, ptr %153, i64 %192
  store i32 %208, ptr %209, align 4, !tbaa !4
  %210 = getelementptr inbounds i32, ptr %194, i64 %154
  %211 = load i32, ptr %210, align 4, !tbaa !4
  %212 = getelementptr inbounds i32, ptr %156, i64 %192
  store i32 %211, ptr %212, align 4, !tbaa !4
  %213 = getelementptr inbounds i32, ptr %194, i64 %157
  %214 = load i32, ptr %213, align 8, !tbaa !4
  %215 = getelementptr inbounds i32, ptr %159, i64 %192
  store i32 %214, ptr %215, align 4, !tbaa !4
  %216 = getelementptr inbounds i32, ptr %194, i64 %160
  %217 = load i32, ptr %216, align 4, !tbaa !4
  %218 = getelementptr inbounds i32, ptr %162, i64 %192
  store i32 %217, ptr %218, align 4, !tbaa !4
  %219 = getelementptr inbounds i32, ptr %194, i64 %163
  %220 = load i32, ptr %219, align 16, !tbaa !4
  %221 = getelementptr inbounds i32, ptr %165, i64 %192
  store i32 %220, ptr %221, align 4, !tbaa !4
  %222 = getelementptr inbounds i32, ptr %194, i64 %166
  %223 = load i32, ptr %222, align 4, !tbaa !4
  %224 = getelementptr inbounds i32, ptr %168, i64 %192
  store i32 %223, ptr %224, align 4, !tbaa !4
  %225 = getelementptr inbounds i32, ptr %194, i64 %169
  %226 = load i32, ptr %225, align 8, !tbaa !4
  %227 = getelementptr inbounds i32, ptr %171, i64 %192
  store i32 %226, ptr %227, align 4, !tbaa !4
  %228 = getelementptr inbounds i32, ptr %194, i64 %172
  %229 = load i32, ptr %228, align 4, !tbaa !4
  %230 = getelementptr inbounds i32, ptr %174, i64 %192
  store i32 %229, ptr %230, align 4, !tbaa !4
  %231 = getelementptr inbounds i32, ptr %194, i64 %175
  %232 = load i32, ptr %231, align 16, !tbaa !4
  %233 = getelementptr inbounds i32, ptr %177, i64 %192
  store i32 %232, ptr %233, align 4, !tbaa !4
  %234 = getelementptr inbounds i32, ptr %194, i64 %178
  %235 = load i32, ptr %234, align 4, !tbaa !4
  %236 = getelementptr inbounds i32, ptr %180, i64 %192
  store i32 %235, ptr %236, align 4, !tbaa !4
  %237 = getelementptr inbounds i32, ptr %194, i64 %181
  %238 = load i32, ptr %237, align 8, !tbaa !4
  %239 = getelementptr inbounds i32, ptr %183, i64 %192
  store i32 %238, ptr %239, align 4, !tbaa !4
  %240 = getelementptr inbounds i32, ptr %194, i64 %184
  %241 = load i32, ptr %240, align 4, !tbaa !4
  %242 = getelementptr inbounds i32, ptr %186, i64 %192
  store i32 %241, ptr %242, align 4, !tbaa !4
  %243 = add nuw nsw i64 %192, 1
  %244 = icmp eq i64 %243, %136
  br i1 %244, label %187, label %191, !llvm.loop !12

245:                                              ; preds = %187
  %246 = add nuw nsw i64 %137, 16
  %247 = icmp ult i64 %137, 80
  %248 = add nuw nsw i64 %136, 16
  br i1 %247, label %135, label %252, !llvm.loop !13

249:                                              ; preds = %261, %252
  %250 = add nuw nsw i64 %254, 1
  %251 = icmp eq i64 %255, 80
  br i1 %251, label %270, label %252, !llvm.loop !14

252:                                              ; preds = %245, %249
  %253 = phi i64 [ %255, %249 ], [ 0, %245 ]
  %254 = phi i64 [ %250, %249 ], [ 1, %245 ]
  %255 = add nuw nsw i64 %253, 1
  %256 = icmp ult i64 %253, 79
  br i1 %256, label %257, label %249

257:                                              ; preds = %252
  %258 = mul nuw nsw i64 %253, 80
  %259 = getelementptr inbounds i32, ptr @sq, i64 %258
  %260 = getelementptr inbounds i32, ptr @sq, i64 %253
  br label %261

261:                                              ; preds = %261, %257
  %262 = phi i64 [ %254, %257 ], [ %268, %261 ]
  %263 = getelementptr inbounds i32, ptr %259, i64 %262
  %264 = load i32, ptr %263, align 4, !tbaa !4
  %265 = mul nuw nsw i64 %262, 80
  %266 = getelementptr inbounds i32, ptr %260, i64 %265
  %267 = load i32, ptr %266, align 4, !tbaa !4
  store i32 %267, ptr %263, align 4, !tbaa !4
  store i32 %264, ptr %266, align 4, !tbaa !4
  %268 = add nuw nsw i64 %262, 1
  %269 = icmp eq i64 %268, 80
  br i1 %269, label %249, label %261, !llvm.loop !15

270:                                              ; preds = %249, %299
  %271 = phi i64 [ %301, %299 ], [ 0, %249 ]
  %272 = phi i32 [ %300, %299 ], [ 0, %249 ]
  %273 = insertelement <4 x i32> <i32 poison, i32 0, i32 0, i32 0>, i32 %272, i64 0
  br label %274

274:                                              ; preds = %274, %270
  %275 = phi i64 [ 0, %270 ], [ %297, %274 ]
  %276 = phi <4 x i32> [ %273, %270 ], [ %296, %274 ]
  %277 = or i64 %275, 1
  %278 = or i64 %275, 2
  %279 = or i64 %275, 3
  %280 = getelementptr inbounds [80 x [96 x i32]], ptr @t, i64 0, i64 %275, i64 %271
  %281 = getelementptr inbounds [80 x [96 x i32]], ptr @t, i64 0, i64 %277, i64 %271
  %282 = getelementptr inbounds [80 x [96 x i32]], ptr @t, i64 0, i64 %278, i64 %271
  %283 = getelementptr inbounds [80 x [96 x i32]], ptr @t, i64 0, i64 %279, i64 %271
  %284 = load i32, ptr %280, align 4, !tbaa !4
  %285 = load i32, ptr %281, align 4, !tbaa !4
  %286 = load i32, ptr %282, align 4, !tbaa !4
  %287 = load i32, ptr %283, align 4, !tbaa !4
  %288 = insertelement <4 x i32> poison, i32 %284, i64 0
  %289 = insertelement <4 x i32> %288, i32 %285, i64 1
  %290 = insertelement <4 x i32> %289, i32 %286, i64 2
  %291 = insertelement <4 x i32> %290, i32 %287, i64 3
  %292 = getelementptr inbounds [96 x [80 x i32]], ptr @a, i64 0, i64 %271, i64 %275
  %293 = load <4 x i32>, ptr %292, align 16, !tbaa !4
  %294 = icmp ne <4 x i32> %291, %293
  %295 = zext <4 x i1> %294 to <4 x i32>
  %296 = add <4 x i32> %276, %295
  %297 = add nuw i64 %275, 4
  %298 = icmp eq i64 %297, 80
  br i1 %298, label %299, label %274, !llvm.loop !16

299:                                              ; preds = %274
  %300 = tail call i32 @llvm.vector.reduce.add.v4i32(<4 x i32> %296)
  %301 = add nuw nsw i64 %271, 1
  %302 = icmp eq i64 %301, 96
  br i1 %302, label %303, label %270, !llvm.loop !19

303:                                              ; preds = %299, %310
  %304 = phi i64 [ %311, %310 ], [ 0, %299 ]
  %305 = phi i32 [ %332, %310 ], [ %300, %299 ]
  br label %313

306:                                              ; preds = %310
  %307 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 96, i32 noundef 80, i32 noundef %332)
  %308 = icmp ne i32 %332, 0
  %309 = zext i1 %308 to i32
  ret i32 %309

310:                                              ; preds = %313
  %311 = add nuw nsw i64 %304, 1
  %312 = icmp eq i64 %311, 80
  br i1 %312, label %306, label %303, !llvm.loop !20

313:                                              ; preds = %313, %303
  %314 = phi i64 [ 0, %303 ], [ %333, %313 ]
  %315 = phi i32 [ %305, %303 ], [ %332, %313 ]
  %316 = getelementptr inbounds [80 x [80 x i32]], ptr @sq, i64 0, i64 %304, i64 %314
  %317 = load i32, ptr %316, align 8, !tbaa !4
  %318 = mul nuw nsw i64 %314, 1000
  %319 = add nuw nsw i64 %318, %304
  %320 = zext i32 %317 to i64
  %321 = icmp ne i64 %319, %320
  %322 = zext i1 %321 to i32
  %323 = add nsw i32 %315, %322
  %324 = or i64 %314, 1
  %325 = getelementptr inbounds [80 x [80 x i32]], ptr @sq, i64 0, i64 %304, i64 %324
  %326 = load i32, ptr %325, align 4, !tbaa !4
  %327 = mul nuw nsw i64 %324, 1000
  %328 = add nuw nsw i64 %327, %304
  %329 = zext i32 %326 to i64
  %330 = icmp ne i64 %328, %329
  %331 = zext i1 %330 to i32
  %332 = add nsw i32 %323, %331
  %333 = add nuw nsw i64 %314, 2
  %334 = icmp eq i64 %333, 80
  br i1 %334, label %310, label %313, !llvm.loop !21
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare i32 @llvm.vector.reduce.add.v4i32(<4 x i32>) #2

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(none) }

!llvm.module.flags = !{!0, !1, !2, !3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!5, !5, i64 0}
!5 = !{!"int", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = distinct !{!8, !9}
!9 = !{!"llvm.loop.mustprogress"}
!10 = distinct !{!10, !9}
!11 = distinct !{!11, !9}
!12 = distinct !{!12, !9}
!13 = distinct !{!13, !9}
!14 = distinct !{!14, !9}
!15 = distinct !{!15, !9}
!16 = distinct !{!16, !9, !17, !18}
!17 = !{!"llvm.loop.isvectorized", i32 1}
!18 = !{!"llvm.loop.unroll.runtime.disable"}
!19 = distinct !{!19, !9}
!20 = distinct !{!20, !9}
!21 = distinct !{!21, !9}
