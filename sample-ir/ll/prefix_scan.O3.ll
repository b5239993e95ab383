; ModuleID = 'c/prefix_scan.c'
source_filename = "c/prefix_scan.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@input = internal unnamed_addr global [1024 x i32] zeroinitializer, align 16
@blelloch = internal unnamed_addr global [1024 x i32] zeroinitializer, align 16
@serial = internal unnamed_addr global [1024 x i32] zeroinitializer, align 16
@.str = private unnamed_addr constant [40 x i8] c"prefix_scan n=%d last=%d mismatches=%d\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  br label %1

1:                                                ; preds = %1, %0
  %2 = phi i64 [ 0, %0 ], [ %18, %1 ]
  %3 = phi <4 x i16> [ <i16 0, i16 1, i16 2, i16 3>, %0 ], [ %19, %1 ]
  %4 = mul <4 x i16> %3, <i16 37, i16 37, i16 37, i16 37>
  %5 = mul <4 x i16> %3, <i16 37, i16 37, i16 37, i16 37>
  %6 = add <4 x i16> %4, <i16 11, i16 11, i16 11, i16 11>
  %7 = add <4 x i16> %5, <i16 159, i16 159, i16 159, i16 159>
  %8 = urem <4 x i16> %6, <i16 17, i16 17, i16 17, i16 17>
  %9 = urem <4 x i16> %7, <i16 17, i16 17, i16 17, i16 17>
  %10 = zext <4 x i16> %8 to <4 x i32>
  %11 = zext <4 x i16> %9 to <4 x i32>
  %12 = add nsw <4 x i32> %10, <i32 -8, i32 -8, i32 -8, i32 -8>
  %13 = add nsw <4 x i32> %11, <i32 -8, i32 -8, i32 -8, i32 -8>
  %14 = getelementptr inbounds [1024 x i32], ptr @input, i64 0, i64 %2
  store <4 x i32> %12, ptr %14, align 16, !tbaa !4
  %15 = getelementptr inbounds i32, ptr %14, i64 4
  store <4 x i32> %13, ptr %15, align 16, !tbaa !4
  %16 = getelementptr inbounds [1024 x i32], ptr @blelloch, i64 0, i64 %2
  store <4 x i32> %12, ptr %16, align 16, !tbaa !4
  %17 = getelementptr inbounds i32, ptr %16, i64 4
  store <4 x i32> %13, ptr %17, align 16, !tbaa !4
  %18 = add nuw i64 %2, 8
  %19 = add <4 x i16> %3, <i16 8, i16 8, i16 8, i16 8>
  %20 = icmp eq i64 %18, 1024
  br i1 %20, label %21, label %1, !llvm.loop !8

21:                                               ; preds = %1, %21
  %22 = phi i64 [ %33, %21 ], [ 0, %1 ]
  %23 = phi i32 [ %32, %21 ], [ 0, %1 ]
  %24 = getelementptr inbounds i32, ptr @serial, i64 %22
  store i32 %23, ptr %24, align 8, !tbaa !4
  %25 = getelementptr inbounds i32, ptr @input, i64 %22
  %26 = load i32, ptr %25, align 8, !tbaa !4
  %27 = add nsw i32 %26, %23
  %28 = or i64 %22, 1
  %29 = getelementptr inbounds i32, ptr @serial, i64 %28
  store i32 %27, ptr %29, align 4, !tbaa !4
  %30 = getelementptr inbounds i32, ptr @input, i64 %28
  %31 = load i32, ptr %30, align 4, !tbaa !4
  %32 = add nsw i32 %31, %27
  %33 = add nuw nsw i64 %22, 2
  %34 = icmp eq i64 %33, 1024
  br i1 %34, label %35, label %21, !llvm.loop !12

35:                                               ; preds = %21, %35
  %36 = phi i64 [ %55, %35 ], [ 0, %21 ]
  %37 = shl i64 %36, 1
  %38 = or i64 %37, 1
  %39 = or i64 %37, 3
  %40 = or i64 %37, 5
  %41 = or i64 %37, 7
  %42 = getelementptr inbounds i32, ptr @blelloch, i64 %37
  %43 = load <8 x i32>, ptr %42, align 16, !tbaa !4
  %44 = shufflevector <8 x i32> %43, <8 x i32> poison, <4 x i32> <i32 0, i32 2, i32 4, i32 6>
  %45 = shufflevector <8 x i32> %43, <8 x i32> poison, <4 x i32> <i32 1, i32 3, i32 5, i32 7>
  %46 = getelementptr inbounds i32, ptr @blelloch, i64 %38
  %47 = getelementptr inbounds i32, ptr @blelloch, i64 %39
  %48 = getelementptr inbounds i32, ptr @blelloch, i64 %40
  %49 = getelementptr inbounds i32, ptr @blelloch, i64 %41
  %50 = add nsw <4 x i32> %45, %44
  %51 = extractelement <4 x i32> %50, i64 0
  store i32 %51, ptr %46, align 4, !tbaa !4
  %52 = extractelement <4 x i32> %50, i64 1
  store i32 %52, ptr %47, align 4, !tbaa !4
  %53 = extractelement <4 x i32> %50, i64 2
  store i32 %53, ptr %48, align 4, !tbaa !4
  %54 = extractelement <4 x i32> %50, i64 3
  store i32 %54, ptr %49, align 4, !tbaa !4
  %55 = add nuw i64 %36, 4
  %56 = icmp eq i64 %55, 512
  br i1 %56, label %57, label %35, !llvm.loop !13

57:                                               ; preds = %35, %57
  %58 = phi i64 [ %72, %57 ], [ 3, %35 ]
  %59 = add nsw i64 %58, -2
  %60 = getelementptr inbounds i32, ptr @blelloch, i64 %59
  %61 = load i32, ptr %60, align 4, !tbaa !4
  %62 = getelementptr inbounds i32, ptr @blelloch, i64 %58
  %63 = load i32, ptr %62, align 4, !tbaa !4
  %64 = add nsw i32 %63, %61
  store i32 %64, ptr %62, align 4, !tbaa !4
  %65 = add nuw nsw i64 %58, 4
  %66 = add nuw nsw i64 %58, 2
  %67 = getelementptr inbounds i32, ptr @blelloch, i64 %66
  %68 = load i32, ptr %67, align 4, !tbaa !4
  %69 = getelementptr inbounds i32, ptr @blelloch, i64 %65
  %70 = load i32, ptr %69, align 4, !tbaa !4
  %71 = add nsw i32 %70, %68
  store i32 %71, ptr %69, align 4, !tbaa !4
  %72 = add nuw nsw i64 %58, 8
  %73 = icmp ult i64 %58, 1016
  br i1 %73, label %57, label %74, !llvm.loop !14

74:                                               ; preds = %57, %74
  %75 = phi i64 [ %89, %74 ], [ 7, %57 ]
  %76 = add nsw i64 %75, -4
  %77 = getelementptr inbounds i32, ptr @blelloch, i64 %76
  %78 = load i32, ptr %77, align 4, !tbaa !4
  %79 = getelementptr inbounds i32, ptr @blelloch, i64 %75
  %80 = load i32, ptr %79, align 4, !tbaa !4
  %81 = add nsw i32 %80, %78
  store i32 %81, ptr %79, align 4, !tbaa !4
  %82 = add nuw nsw i64 %75, 8
  %83 = add nuw nsw i64 %75, 4
  %84 = getelementptr inbounds i32, ptr @blelloch, i64 %83
  %85 = load i32, ptr %84, align 4, !tbaa !4
  %86 = getelementptr inbounds i32, ptr @blelloch, i64 %82
  %87 = load i32, ptr %86, align 4, !tbaa !4
  %88 = add nsw i32 %87, %85
  store i32 %88, ptr %86, align 4, !tbaa !4
  %89 = add nuw nsw i64 %75, 16
  %90 = icmp ult i64 %75, 1008
  br i1 %90, label %74, label %91, !llvm.loop !14

91:                                               ; preds = %74, %91
  %92 = phi i64 [ %106, %91 ], [ 15, %74 ]
  %93 = add nsw i64 %92, -8
  %94 = getelementptr inbounds i32, ptr @blelloch, i64 %93
  %95 = load i32, ptr %94, align 4, !tbaa !4
  %96 = getelementptr inbounds i32, ptr @blelloch, i64 %92
  %97 = load i32, ptr %96, align 4, !tbaa !4
  %98 = add nsw i32 %97, %95
  store i32 %98, ptr %96, align 4, !tbaa !4
  %99 = add nuw nsw i64 %92, 16
  %100 = add nuw nsw i64 %92, 8
  %101 = getelementptr inbounds i32, ptr @blelloch, i64 %100
  %102 = load i32, ptr %101, align 4, !tbaa !4
  %103 = getelementptr inbounds i32, ptr @blelloch, i64 %99
  %104 = load i32, ptr %103, align 4, !tbaa !4
  %105 = add nsw i32 %104, %102
  store i32 %105, ptr %103, align 4, !tbaa !4
  %106 = add nuw nsw i64 %92, 32
  %107 = icmp ult i64 %92, 992
  br i1 %107, label %91, label %108, !llvm.loop !14

108:                                              ; preds = %91
  %109 = load i32, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 15), align 4, !tbaa !4
  %110 = load i32, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 31), align 4, !tbaa !4
  %111 = add nsw i32 %110, %109
  %112 = load i32, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 47), align 4, !tbaa !4
  %113 = load i32, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 63), align 4, !tbaa !4
  %114 = add nsw i32 %113, %112
  %115 = load i32, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 79), align 4, !tbaa !4
  %116 = load i32, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 95), align 4, !tbaa !4
  %117 = add nsw i32 %116, %115
  %118 = load i32, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 111), align 4, !tbaa !4
  %119 = load i32, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 127), align 4, !tbaa !4
  %120 = add nsw i32 %119, %118
  %121 = load i32, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 143), align 4, !tbaa !4
  %122 = load i32, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 159), align 4, !tbaa !4
  %123 = add nsw i32 %122, %121
  %124 = load i32, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 175), align 4, !tbaa !4
  %125 = load i32, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 191), align 4, !tbaa !4
  %126 = add nsw i32 %125, %124
  %127 = load i32, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 207), align 4, !tbaa !4
  %128 = load i32, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 223), align 4, !tbaa !4
  %129 = add nsw i32 %128, %127
  %130 = load i32, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 239), align 4, !tbaa !4
  %131 = load i32, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 255), align 4, !tbaa !4
  %132 = add nsw i32 %131, %130
  %133 = load i32, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 271), align 4, !tbaa !4
  %134 = load i32, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 287), align 4, !tbaa !4
  %135 = add nsw i32 %134, %133
  %136 = load i32, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 303), align 4, !tbaa !4
  %137 = load i32, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 319), align 4, !tbaa !4
  %138 = add nsw i32 %137, %136
  %139 = load i32, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 335), align 4, !tbaa !4
  %140 = load i32, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 351), align 4, !tbaa !4
  %141 = add nsw i32 %140, %139
  %142 = load i32, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 367), align 4, !tbaa !4
  %143 = load i32, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 383), align 4, !tbaa !4
  %144 = add nsw i32 %143, %142
  %145 = load i32, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 399), align 4, !tbaa !4
  %146 = load i32, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 415), align 4, !tbaa !4
  %147 = add nsw i32 %146, %145
  %148 = load i32, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 431), align 4, !tbaa !4
  %149 = load i32, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 447), align 4, !tbaa !4
  %150 = add nsw i32 %149, %148
  %151 = load i32, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 463), align 4, !tbaa !4
  %152 = load i32, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 479), align 4, !tbaa !4
  %153 = add nsw i32 %152, %151
  %154 = load i32, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 495), align 4, !tbaa !4
  %155 = load i32, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 511), align 4, !tbaa !4
  %156 = add nsw i32 %155, %154
  %157 = load i32, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 527), align 4, !tbaa !4
  %158 = load i32, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 543), align 4, !tbaa !4
  %159 = add nsw i32 %158, %157
  %160 = load i32, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 559), align 4, !tbaa !4
  %161 = load i32, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 575), align 4, !tbaa !4
  %162 = add nsw i32 %161, %160
  %163 = load i32, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 591), align 4, !tbaa !4
  %164 = load i32, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 607), align 4, !tbaa !4
  %165 = add nsw i32 %164, %163
  %166 = load i32, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 623), align 4, !tbaa !4
  %167 = load i32, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 639), align 4, !tbaa !4
  %168 = add nsw i32 %167, %166
  %169 = load i32, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 655), align 4, !tbaa !4
  %170 = load i32, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 671), align 4, !tbaa !4
  %171 = add nsw i32 %170, %169
  %172 = load i32, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 687), align 4, !tbaa !4
  %173 = load i32, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 703), align 4, !tbaa !4
  %174 = add nsw i32 %173, %172
  %175 = load i32, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 719), align 4, !tbaa !4
  %176 = load i32, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 735), align 4, !tbaa !4
  %177 = add nsw i32 %176, %175
  %178 = load i32, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 751), align 4, !tbaa !4
  %179 = load i32, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 767), align 4, !tbaa !4
  %180 = add nsw i32 %179, %178
  %181 = load i32, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 783), align 4, !tbaa !4
  %182 = load i32, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 799), align 4, !tbaa !4
  %183 = add nsw i32 %182, %181
  %184 = load i32, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 815), align 4, !tbaa !4
  %185 = load i32, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 831), align 4, !tbaa !4
  %186 = add nsw i32 %185, %184
  %187 = load i32, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 847), align 4, !tbaa !4
  %188 = load i32, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 863), align 4, !tbaa !4
  %189 = add nsw i32 %188, %187
  %190 = load i32, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 879), align 4, !tbaa !4
  %191 = load i32, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 895), align 4, !tbaa !4
  %192 = add nsw i32 %191, %190
  %193 = load i32, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 911), align 4, !tbaa !4
  %194 = load i32, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 927), align 4, !tbaa !4
  %195 = add nsw i32 %194, %193
  %196 = load i32, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 943), align 4, !tbaa !4
  %197 = load i32, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 959), align 4, !tbaa !4
  %198 = add nsw i32 %197, %196
  %199 = load i32, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 975), align 4, !tbaa !4
  %200 = load i32, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 991), align 4, !tbaa !4
  %201 = add nsw i32 %200, %199
  %202 = add nsw i32 %114, %111
  %203 = add nsw i32 %120, %117
  %204 = add nsw i32 %126, %123
  %205 = add nsw i32 %132, %129
  %206 = add nsw i32 %138, %135
  %207 = add nsw i32 %144, %141
  %208 = add nsw i32 %150, %147
  %209 = add nsw i32 %156, %153
  %210 = add nsw i32 %162, %159
  %211 = add nsw i32 %168, %165
  %212 = add nsw i32 %174, %171
  %213 = add nsw i32 %180, %177
  %214 = add nsw i32 %186, %183
  %215 = add nsw i32 %192, %189
  %216 = add nsw i32 %198, %195
  %217 = add nsw i32 %203, %202
  %218 = add nsw i32 %205, %204
  %219 = add nsw i32 %207, %206
  %220 = add nsw i32 %209, %208
  %221 = add nsw i32 %211, %210
  %222 = add nsw i32 %213, %212
  %223 = add nsw i32 %215, %214
  %224 = add nsw i32 %218, %217
  %225 = add nsw i32 %220, %219
  %226 = add nsw i32 %222, %221
  %227 = add nsw i32 %225, %224
  %228 = add nsw i32 %226, %227
  %229 = add nsw i32 %219, %224
  %230 = add nsw i32 %221, %227
  %231 = add nsw i32 %223, %228
  %232 = add nsw i32 %204, %217
  %233 = add nsw i32 %206, %224
  %234 = add nsw i32 %208, %229
  %235 = add nsw i32 %210, %227
  %236 = add nsw i32 %212, %230
  %237 = add nsw i32 %214, %228
  %238 = add nsw i32 %216, %231
  store i32 0, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 31), align 4, !tbaa !4
  store i32 %111, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 63), align 4, !tbaa !4
  store i32 %202, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 95), align 4, !tbaa !4
  %239 = add nsw i32 %117, %202
  store i32 %239, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 127), align 4, !tbaa !4
  store i32 %217, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 159), align 4, !tbaa !4
  %240 = add nsw i32 %123, %217
  store i32 %240, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 191), align 4, !tbaa !4
  store i32 %232, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 223), align 4, !tbaa !4
  %241 = add nsw i32 %129, %232
  store i32 %241, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 255), align 4, !tbaa !4
  store i32 %224, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 287), align 4, !tbaa !4
  %242 = add nsw i32 %224, %135
  store i32 %242, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 319), align 4, !tbaa !4
  store i32 %233, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 351), align 4, !tbaa !4
  %243 = add nsw i32 %141, %233
  store i32 %243, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 383), align 4, !tbaa !4
  store i32 %229, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 415), align 4, !tbaa !4
  %244 = add nsw i32 %229, %147
  store i32 %244, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 447), align 4, !tbaa !4
  store i32 %234, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 479), align 4, !tbaa !4
  %245 = add nsw i32 %153, %234
  store i32 %245, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 511), align 4, !tbaa !4
  store i32 %227, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 543), align 4, !tbaa !4
  %246 = add nsw i32 %227, %159
  store i32 %246, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 575), align 4, !tbaa !4
  store i32 %235, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 607), align 4, !tbaa !4
  %247 = add nsw i32 %165, %235
  store i32 %247, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 639), align 4, !tbaa !4
  store i32 %230, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 671), align 4, !tbaa !4
  %248 = add nsw i32 %230, %171
  store i32 %248, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 703), align 4, !tbaa !4
  store i32 %236, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 735), align 4, !tbaa !4
  %249 = add nsw i32 %177, %236
  store i32 %249, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 767), align 4, !tbaa !4
  store i32 %228, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 799), align 4, !tbaa !4
  %250 = add nsw i32 %228, %183
  store i32 %250, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 831), align 4, !tbaa !4
  store i32 %237, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 863), align 4, !tbaa !4
  %251 = add nsw i32 %189, %237
  store i32 %251, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 895), align 4, !tbaa !4
  store i32 %231, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 927), align 4, !tbaa !4
  %252 = add nsw i32 %231, %195
  store i32 %252, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 959), align 4, !tbaa !4
  store i32 %238, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 991), align 4, !tbaa !4
  %253 = add nsw i32 %201, %238
  store i32 %253, ptr getelementptr inbounds ([1024 x i32], ptr @blelloch, i64 0, i64 1023), align 4, !tbaa !4
  br label %254

254:                                              ; preds = %254, %108
  %255 = phi i64 [ 31, %108 ], [ %269, %254 ]
  %256 = add nsw i64 %255, -16
  %257 = getelementptr inbounds i32, ptr @blelloch, i64 %256
  %258 = load i32, ptr %257, align 4, !tbaa !4
  %259 = getelementptr inbounds i32, ptr @blelloch, i64 %255
  %260 = load i32, ptr %259, align 4, !tbaa !4
  store i32 %260, ptr %257, align 4, !tbaa !4
  %261 = add nsw i32 %260, %258
  store i32 %261, ptr %259, align 4, !tbaa !4
  %262 = add nuw nsw i64 %255, 32
  %263 = add nuw nsw i64 %255, 16
  %264 = getelementptr inbounds i32, ptr @blelloch, i64 %263
  %265 = load i32, ptr %264, align 4, !tbaa !4
  %266 = getelementptr inbounds i32, ptr @blelloch, i64 %262
  %267 = load i32, ptr %266, align 4, !tbaa !4
  store i32 %267, ptr %264, align 4, !tbaa !4
  %268 = add nsw i32 %267, %265
  store i32 %268, ptr %266, align 4, !tbaa !4
  %269 = add nuw nsw i64 %255, 64
  %270 = icmp ult i64 %255, 960
  br i1 %270, label %254, label %271, !llvm.loop !15

271:                                              ; preds = %254, %271
  %272 = phi i64 [ %286, %271 ], [ 15, %254 ]
  %273 = add nsw i64 %272, -8
  %274 = getelementptr inbounds i32, ptr @blelloch, i64 %273
  %275 = load i32, ptr %274, align 4, !tbaa !4
  %276 = getelementptr inbounds i32, ptr @blelloch, i64 %272
  %277 = load i32, ptr %276, align 4, !tbaa !4
  store i32 %277, ptr %274, align 4, !tbaa !4
  %278 = add nsw i32 %277, %275
  store i32 %278, ptr %276, align 4, !tbaa !4
  %279 = add nuw nsw i64 %272, 16
  %280 = add nuw nsw i64 %272, 8
  %281 = getelementptr inbounds i32, ptr @blelloch, i64 %280
  %282 = load i32, ptr %281, align 4, !tbaa !4
  %283 = getelementptr inbounds i32, ptr @blelloch, i64 %279
  %284 = load i32, ptr %283, align 4, !tbaa !4
  store i32 %284, ptr %281, align 4, !tbaa !4
  %285 = add nsw i32 %284, %282
  store i32 %285, ptr %283, align 4, !tbaa !4
  %286 = add nuw nsw i64 %272, 32
  %287 = icmp ult i64 %272, 992
  br i1 %287, label %271, label %288, !llvm.loop !15

288:                                              ; preds = %271, %288
  %289 = phi i64 [ %303, %288 ], [ 7, %271 ]
  %290 = add nsw i64 %289, -4
  %291 = getelementptr inbounds i32, ptr @blelloch, i64 %290
  %292 = load i32, ptr %291, align 4, !tbaa !4
  %293 = getelementptr inbounds i32, ptr @blelloch, i64 %289
  %294 = load i32, ptr %293, align 4, !tbaa !4
  store i32 %294, ptr %291, align 4, !tbaa !4
  %295 = add nsw i32 %294, %292
  store i32 %295, ptr %293, align 4, !tbaa !4
  %296 = add nuw nsw i64 %289, 8
  %297 = add nuw nsw i64 %289, 4
  %298 = getelementptr inbounds i32, ptr @blelloch, i64 %297
  %299 = load i32, ptr %298, align 4, !tbaa !4
  %300 = getelementptr inbounds i32, ptr @blelloch, i64 %296
  %301 = load i32, ptr %300, align 4, !tbaa !4
  store i32 %301, ptr %298, align 4, !tbaa !4
  %302 = add nsw i32 %301, %299
  store i32 %302, ptr %300, align 4, !tbaa !4
  %303 = add nuw nsw i64 %289, 16
  %304 = icmp ult i64 %289, 1008
  br i1 %304, label %288, label %305, !llvm.loop !15

305:                                              ; preds = %288, %305
  %306 = phi i64 [ %320, %305 ], [ 3, %288 ]
  %307 = add nsw i64 %306, -2
  %308 = getelementptr inbounds i32, ptr @blelloch, i64 %307
  %309 = load i32, ptr %308, align 4, !tbaa !4
  %310 = getelementptr inbounds i32, ptr @blelloch, i64 %306
  %311 = load i32, ptr %310, align 4, !tbaa !4
  store i32 %311, ptr %308, align 4, !tbaa !4
  %312 = add nsw i32 %311, %309
  store i32 %312, ptr %310, align 4, !tbaa !4
  %313 = add nuw nsw i64 %306, 4
  %314 = add nuw nsw i64 %306, 2
  %315 = getelementptr inbounds i32, ptr @blelloch, i64 %314
  %316 = load i32, ptr %315, align 4, !tbaa !4
  %317 = getelementptr inbounds i32, ptr @blelloch, i64 %313
  %318 = load i32, ptr %317, align 4, !tbaa !4
  store i32 %318, ptr %315, align 4, !tbaa !4
  %319 = add nsw i32 %318, %316
  store i32 %319, ptr %317, align 4, !tbaa !4
  %320 = add nuw nsw i64 %306, 8
  %321 = icmp ult i64 %306, 1016
  br i1 %321, label %305, label %322, !llvm.loop !15

322:                                              ; preds = %305, %322
  %323 = phi i64 [ %342, %322 ], [ 0, %305 ]
  %324 = shl i64 %323, 1
  %325 = or i64 %324, 1
  %326 = or i64 %324, 5
  %327 = or i64 %324, 4
  %328 = getelementptr inbounds i32, ptr @blelloch, i64 %324
  %329 = getelementptr inbounds i32, ptr @blelloch, i64 %327
  %330 = load <4 x i32>, ptr %328, align 16, !tbaa !4
  %331 = load <4 x i32>, ptr %329, align 16, !tbaa !4
  %332 = shufflevector <4 x i32> %330, <4 x i32> poison, <2 x i32> <i32 0, i32 2>
  %333 = shufflevector <4 x i32> %331, <4 x i32> poison, <2 x i32> <i32 0, i32 2>
  %334 = shufflevector <4 x i32> %330, <4 x i32> poison, <2 x i32> <i32 1, i32 3>
  %335 = shufflevector <4 x i32> %331, <4 x i32> poison, <2 x i32> <i32 1, i32 3>
  %336 = add nsw <2 x i32> %334, %332
  %337 = add nsw <2 x i32> %335, %333
  %338 = getelementptr i32, ptr getelementptr ([1024 x i32], ptr @blelloch, i64 -1, i64 1023), i64 %325
  %339 = getelementptr i32, ptr getelementptr ([1024 x i32], ptr @blelloch, i64 -1, i64 1023), i64 %326
  %340 = shufflevector <2 x i32> %334, <2 x i32> %336, <4 x i32> <i32 0, i32 2, i32 1, i32 3>
  store <4 x i32> %340, ptr %338, align 16, !tbaa !4
  %341 = shufflevector <2 x i32> %335, <2 x i32> %337, <4 x i32> <i32 0, i32 2, i32 1, i32 3>
  store <4 x i32> %341, ptr %339, align 16, !tbaa !4
  %342 = add nuw i64 %323, 4
  %343 = icmp eq i64 %342, 512
  br i1 %343, label %344, label %322, !llvm.loop !16

344:                                              ; preds = %322, %344
  %345 = phi i64 [ %362, %344 ], [ 0, %322 ]
  %346 = phi <4 x i32> [ %360, %344 ], [ zeroinitializer, %322 ]
  %347 = phi <4 x i32> [ %361, %344 ], [ zeroinitializer, %322 ]
  %348 = getelementptr inbounds [1024 x i32], ptr @serial, i64 0, i64 %345
  %349 = load <4 x i32>, ptr %348, align 16, !tbaa !4
  %350 = getelementptr inbounds i32, ptr %348, i64 4
  %351 = load <4 x i32>, ptr %350, align 16, !tbaa !4
  %352 = getelementptr inbounds [1024 x i32], ptr @blelloch, i64 0, i64 %345
  %353 = load <4 x i32>, ptr %352, align 16, !tbaa !4
  %354 = getelementptr inbounds i32, ptr %352, i64 4
  %355 = load <4 x i32>, ptr %354, align 16, !tbaa !4
  %356 = icmp ne <4 x i32> %349, %353
  %357 = icmp ne <4 x i32> %351, %355
  %358 = zext <4 x i1> %356 to <4 x i32>
  %359 = zext <4 x i1> %357 to <4 x i32>
  %360 = add <4 x i32> %346, %358
  %361 = add <4 x i32> %347, %359
  %362 = add nuw i64 %345, 8
  %363 = icmp eq i64 %362, 1024
  br i1 %363, label %364, label %344, !llvm.loop !17

364:                                              ; preds = %344
  %365 = add <4 x i32> %361, %360
  %366 = tail call i32 @llvm.vector.reduce.add.v4i32(<4 x i32> %365)
  %367 = load i32, ptr getelementptr inbounds ([1024 x i32], ptr @serial, i64 0, i64 1023), align 4, !tbaa !4
  %368 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 1024, i32 noundef %367, i32 noundef %366)
  %369 = icmp ne i32 %366, 0
  %370 = zext i1 %369 to i32
  ret i32 %370
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
!8 = distinct !{!8, !9, !10, !11}
!9 = !{!"llvm.loop.mustprogress"}
!10 = !{!"llvm.loop.isvectorized", i32 1}
!11 = !{!"llvm.loop.unroll.runtime.disable"}
!12 = distinct !{!12, !9}
!13 = distinct !{!13, !9, !10, !11}
!14 = distinct !{!14, !9}
!15 = distinct !{!15, !9}
!16 = distinct !{!16, !9, !10, !11}
!17 = distinct !{!17, !9, !10, !11}
