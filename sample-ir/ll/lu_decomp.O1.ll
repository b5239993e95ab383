; ModuleID = 'c/lu_decomp.c'
source_filename = "c/lu_decomp.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [38 x i8] c"lu_decomp n=%d x[0]=%.6f residual=%g\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  %1 = alloca [24 x [24 x double]], align 16
  %2 = alloca [24 x [24 x double]], align 16
  %3 = alloca [24 x double], align 16
  %4 = alloca [24 x double], align 16
  %5 = alloca [24 x i32], align 16
  call void @llvm.lifetime.start.p0(i64 4608, ptr nonnull %1) #5
  call void @llvm.lifetime.start.p0(i64 4608, ptr nonnull %2) #5
  call void @llvm.lifetime.start.p0(i64 192, ptr nonnull %3) #5
  call void @llvm.lifetime.start.p0(i64 192, ptr nonnull %4) #5
  call void @llvm.lifetime.start.p0(i64 96, ptr nonnull %5) #5
  br label %6

6:                                                ; preds = %0, %102
  %7 = phi i64 [ 0, %0 ], [ %108, %102 ]
  %8 = mul nuw nsw i64 %7, 13
  br label %110

9:                                                ; preds = %102, %9
  %10 = phi i64 [ %13, %9 ], [ 0, %102 ]
  %11 = getelementptr inbounds i32, ptr %5, i64 %10
  %12 = trunc i64 %10 to i32
  store i32 %12, ptr %11, align 4, !tbaa !4
  %13 = add nuw nsw i64 %10, 1
  %14 = icmp eq i64 %13, 24
  br i1 %14, label %19, label %9, !llvm.loop !8

15:                                               ; preds = %86, %73
  %16 = icmp ugt i64 %20, 22
  %17 = add nuw nsw i64 %21, 1
  %18 = icmp eq i64 %23, 24
  br i1 %18, label %100, label %19, !llvm.loop !11

19:                                               ; preds = %9, %15
  %20 = phi i64 [ %23, %15 ], [ 0, %9 ]
  %21 = phi i64 [ %17, %15 ], [ 1, %9 ]
  %22 = phi i1 [ %16, %15 ], [ false, %9 ]
  %23 = add nuw nsw i64 %20, 1
  %24 = icmp ult i64 %20, 23
  %25 = trunc i64 %20 to i32
  br i1 %24, label %26, label %29

26:                                               ; preds = %19
  %27 = getelementptr inbounds double, ptr %2, i64 %20
  %28 = getelementptr double, ptr %2, i64 %20
  br label %37

29:                                               ; preds = %37, %19
  %30 = phi i32 [ %25, %19 ], [ %51, %37 ]
  %31 = sext i32 %30 to i64
  %32 = mul nsw i64 %31, 24
  %33 = getelementptr inbounds double, ptr %2, i64 %32
  %34 = getelementptr inbounds double, ptr %33, i64 %20
  %35 = load double, ptr %34, align 8, !tbaa !12
  %36 = fcmp une double %35, 0.000000e+00
  br i1 %36, label %54, label %100

37:                                               ; preds = %26, %37
  %38 = phi i64 [ %52, %37 ], [ %21, %26 ]
  %39 = phi i32 [ %51, %37 ], [ %25, %26 ]
  %40 = mul nuw nsw i64 %38, 24
  %41 = getelementptr inbounds double, ptr %27, i64 %40
  %42 = load double, ptr %41, align 8, !tbaa !12
  %43 = tail call double @llvm.fabs.f64(double %42)
  %44 = sext i32 %39 to i64
  %45 = mul nsw i64 %44, 24
  %46 = getelementptr double, ptr %28, i64 %45
  %47 = load double, ptr %46, align 8, !tbaa !12
  %48 = tail call double @llvm.fabs.f64(double %47)
  %49 = fcmp ogt double %43, %48
  %50 = trunc i64 %38 to i32
  %51 = select i1 %49, i32 %50, i32 %39
  %52 = add nuw nsw i64 %38, 1
  %53 = icmp eq i64 %52, 24
  br i1 %53, label %29, label %37, !llvm.loop !14

54:                                               ; preds = %29
  %55 = zext i32 %30 to i64
  %56 = icmp eq i64 %20, %55
  br i1 %56, label %73, label %57

57:                                               ; preds = %54
  %58 = mul nuw nsw i64 %20, 24
  %59 = getelementptr inbounds double, ptr %2, i64 %58
  br label %65

60:                                               ; preds = %65
  %61 = getelementptr inbounds i32, ptr %5, i64 %20
  %62 = load i32, ptr %61, align 4, !tbaa !4
  %63 = getelementptr inbounds i32, ptr %5, i64 %31
  %64 = load i32, ptr %63, align 4, !tbaa !4
  store i32 %64, ptr %61, align 4, !tbaa !4
  store i32 %62, ptr %63, align 4, !tbaa !4
  br label %73

65:                                               ; preds = %65, %57
  %66 = phi i64 [ 0, %57 ], [ %71, %65 ]
  %67 = getelementptr inbounds double, ptr %59, i64 %66
  %68 = load double, ptr %67, align 8, !tbaa !12
  %69 = getelementptr inbounds double, ptr %33, i64 %66
  %70 = load double, ptr %69, align 8, !tbaa !12
  store double %70, ptr %67, align 8, !tbaa !12
  store double %68, ptr %69, align 8, !tbaa !12
  %71 = add nuw nsw i64 %66, 1
  %72 = icmp eq i64 %71, 24
  br i1 %72, label %60, label %65, !llvm.loop !15

73:                                               ; preds = %60, %54
  br i1 %24, label %74, label %15

74:                                               ; preds = %73
  %75 = mul nuw nsw i64 %20, 24
  %76 = getelementptr inbounds double, ptr %2, i64 %75
  %77 = getelementptr inbounds double, ptr %76, i64 %20
  br label %78

78:                                               ; preds = %86, %74
  %79 = phi i64 [ %21, %74 ], [ %87, %86 ]
  %80 = load double, ptr %77, align 8, !tbaa !12
  %81 = mul nuw nsw i64 %79, 24
  %82 = getelementptr inbounds double, ptr %2, i64 %81
  %83 = getelementptr inbounds double, ptr %82, i64 %20
  %84 = load double, ptr %83, align 8, !tbaa !12
  %85 = fdiv double %84, %80
  store double %85, ptr %83, align 8, !tbaa !12
  br label %89

86:                                               ; preds = %89
  %87 = add nuw nsw i64 %79, 1
  %88 = icmp eq i64 %87, 24
  br i1 %88, label %15, label %78, !llvm.loop !16

89:                                               ; preds = %89, %78
  %90 = phi i64 [ %21, %78 ], [ %98, %89 ]
  %91 = load double, ptr %83, align 8, !tbaa !12
  %92 = getelementptr inbounds double, ptr %76, i64 %90
  %93 = load double, ptr %92, align 8, !tbaa !12
  %94 = getelementptr inbounds double, ptr %82, i64 %90
  %95 = load double, ptr %94, align 8, !tbaa !12
  %96 = fneg double %91
  %97 = tail call double @llvm.fmuladd.f64(double %96, double %93, double %95)
  store double %97, ptr %94, align 8, !tbaa !12
  %98 = add nuw nsw i64 %90, 1
  %99 = icmp eq i64 %98, 24
  br i1 %99, label %86, label %89, !llvm.loop !17

100:                                              ; preds = %15, %29
  %101 = phi i1 [ %22, %29 ], [ %16, %15 ]
  br i1 %101, label %128, label %209

102:                                              ; preds = %110
  %103 = trunc i64 %7 to i32
  %104 = and i32 %103, 3
  %105 = sitofp i32 %104 to double
  %106 = fadd double %105, -1.500000e+00
  %107 = getelementptr inbounds [24 x double], ptr %3, i64 0, i64 %7
  store double %106, ptr %107, align 8, !tbaa !12
  %108 = add nuw nsw i64 %7, 1
  %109 = icmp eq i64 %108, 24
  br i1 %109, label %9, label %6, !llvm.loop !18

110:                                              ; preds = %6, %110
  %111 = phi i64 [ 0, %6 ], [ %126, %110 ]
  %112 = sub nsw i64 %7, %111
  %113 = trunc i64 %112 to i32
  %114 = tail call i32 @llvm.abs.i32(i32 %113, i1 true)
  %115 = add nuw nsw i32 %114, 1
  %116 = sitofp i32 %115 to double
  %117 = fdiv double 1.000000e+00, %116
  %118 = mul nuw nsw i64 %111, 7
  %119 = add nuw nsw i64 %118, %8
  %120 = trunc i64 %119 to i32
  %121 = urem i32 %120, 5
  %122 = sitofp i32 %121 to double
  %123 = tail call double @llvm.fmuladd.f64(double %122, double 1.000000e-01, double %117)
  %124 = getelementptr inbounds [24 x [24 x double]], ptr %1, i64 0, i64 %7, i64 %111
  store double %123, ptr %124, align 8, !tbaa !12
  %125 = getelementptr inbounds [24 x [24 x double]], ptr %2, i64 0, i64 %7, i64 %111
  store double %123, ptr %125, align 8, !tbaa !12
  %126 = add nuw nsw i64 %111, 1
  %127 = icmp eq i64 %126, 24
  br i1 %127, label %102, label %110, !llvm.loop !19

128:                                              ; preds = %100, %139
  %129 = phi i64 [ %142, %139 ], [ 0, %100 ]
  %130 = getelementptr inbounds i32, ptr %5, i64 %129
  %131 = load i32, ptr %130, align 4, !tbaa !4
  %132 = sext i32 %131 to i64
  %133 = getelementptr inbounds double, ptr %3, i64 %132
  %134 = load double, ptr %133, align 8, !tbaa !12
  %135 = icmp eq i64 %129, 0
  br i1 %135, label %139, label %136

136:                                              ; preds = %128
  %137 = mul nuw nsw i64 %129, 24
  %138 = getelementptr inbounds double, ptr %2, i64 %137
  br label %144

139:                                              ; preds = %144, %128
  %140 = phi double [ %134, %128 ], [ %152, %144 ]
  %141 = getelementptr inbounds double, ptr %4, i64 %129
  store double %140, ptr %141, align 8, !tbaa !12
  %142 = add nuw nsw i64 %129, 1
  %143 = icmp eq i64 %142, 24
  br i1 %143, label %155, label %128, !llvm.loop !20

144:                                              ; preds = %144, %136
  %145 = phi i64 [ 0, %136 ], [ %153, %144 ]
  %146 = phi double [ %134, %136 ], [ %152, %144 ]
  %147 = getelementptr inbounds double, ptr %138, i64 %145
  %148 = load double, ptr %147, align 8, !tbaa !12
  %149 = getelementptr inbounds double, ptr %4, i64 %145
  %150 = load double, ptr %149, align 8, !tbaa !12
  %151 = fneg double %148
  %152 = tail call double @llvm.fmuladd.f64(double %151, double %150, double %146)
  %153 = add nuw nsw i64 %145, 1
  %154 = icmp eq i64 %153, %129
  br i1 %154, label %139, label %144, !llvm.loop !21

155:                                              ; preds = %139, %163
  %156 = phi i64 [ %170, %163 ], [ 23, %139 ]
  %157 = getelementptr inbounds double, ptr %4, i64 %156
  %158 = load double, ptr %157, align 8, !tbaa !12
  %159 = icmp ult i64 %156, 23
  br i1 %159, label %160, label %163

160:                                              ; preds = %155
  %161 = mul nuw nsw i64 %156, 24
  %162 = getelementptr inbounds double, ptr %2, i64 %161
  br label %172

163:                                              ; preds = %172, %155
  %164 = phi double [ %158, %155 ], [ %181, %172 ]
  %165 = mul nuw nsw i64 %156, 24
  %166 = getelementptr inbounds double, ptr %2, i64 %165
  %167 = getelementptr inbounds double, ptr %166, i64 %156
  %168 = load double, ptr %167, align 8, !tbaa !12
  %169 = fdiv double %164, %168
  store double %169, ptr %157, align 8, !tbaa !12
  %170 = add nsw i64 %156, -1
  %171 = icmp eq i64 %156, 0
  br i1 %171, label %183, label %155, !llvm.loop !22

172:                                              ; preds = %172, %160
  %173 = phi i64 [ %156, %160 ], [ %175, %172 ]
  %174 = phi double [ %158, %160 ], [ %181, %172 ]
  %175 = add nuw nsw i64 %173, 1
  %176 = getelementptr inbounds double, ptr %162, i64 %175
  %177 = load double, ptr %176, align 8, !tbaa !12
  %178 = getelementptr inbounds double, ptr %4, i64 %175
  %179 = load double, ptr %178, align 8, !tbaa !12
  %180 = fneg double %177
  %181 = tail call double @llvm.fmuladd.f64(double %180, double %179, double %174)
  %182 = icmp eq i64 %175, 23
  br i1 %182, label %163, label %172, !llvm.loop !23

183:                                              ; preds = %163, %191
  %184 = phi i64 [ %197, %191 ], [ 0, %163 ]
  %185 = phi double [ %196, %191 ], [ 0.000000e+00, %163 ]
  br label %199

186:                                              ; preds = %191
  %187 = load double, ptr %4, align 16, !tbaa !12
  %188 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 24, double noundef %187, double noundef %196)
  %189 = fcmp uge double %196, 1.000000e-09
  %190 = zext i1 %189 to i32
  br label %209

191:                                              ; preds = %199
  %192 = getelementptr inbounds [24 x double], ptr %3, i64 0, i64 %184
  %193 = load double, ptr %192, align 8, !tbaa !12
  %194 = fsub double %206, %193
  %195 = tail call double @llvm.fabs.f64(double %194)
  %196 = tail call double @llvm.maxnum.f64(double %185, double %195)
  %197 = add nuw nsw i64 %184, 1
  %198 = icmp eq i64 %197, 24
  br i1 %198, label %186, label %183, !llvm.loop !24

199:                                              ; preds = %183, %199
  %200 = phi i64 [ 0, %183 ], [ %207, %199 ]
  %201 = phi double [ 0.000000e+00, %183 ], [ %206, %199 ]
  %202 = getelementptr inbounds [24 x [24 x double]], ptr %1, i64 0, i64 %184, i64 %200
  %203 = load double, ptr %202, align 8, !tbaa !12
  %204 = getelementptr inbounds [24 x double], ptr %4, i64 0, i64 %200
  %205 = load double, ptr %204, align 8, !tbaa !12
  %206 = tail call double @llvm.fmuladd.f64(double %203, double %205, double %201)
  %207 = add nuw nsw i64 %200, 1
  %208 = icmp eq i64 %207, 24
  br i1 %208, label %191, label %199, !llvm.loop !25

209:                                              ; preds = %100, %186
  %210 = phi i32 [ %190, %186 ], [ 1, %100 ]
  call void @llvm.lifetime.end.p0(i64 96, ptr nonnull %5) #5
  call void @llvm.lifetime.end.p0(i64 192, ptr nonnull %4) #5
  call void @llvm.lifetime.end.p0(i64 192, ptr nonnull %3) #5
  call void @llvm.lifetime.end.p0(i64 4608, ptr nonnull %2) #5
  call void @llvm.lifetime.end.p0(i64 4608, ptr nonnull %1) #5
  ret i32 %210
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.maxnum.f64(double, double) #2

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.abs.i32(i32, i1 immarg) #4

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #5 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!5, !5, i64 0}
!5 = !{!"int", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = distinct !{!8, !9, !10}
!9 = !{!"llvm.loop.mustprogress"}
!10 = !{!"llvm.loop.unroll.disable"}
!11 = distinct !{!11, !9, !10}
!12 = !{!13, !13, i64 0}
!13 = !{!"double", !6, i64 0}
!14 = distinct !{!14, !9, !10}
!15 = distinct !{!15, !9, !10}
!16 = distinct !{!16, !9, !10}
!17 = distinct !{!17, !9, !10}
!18 = distinct !{!18, !9, !10}
!19 = distinct !{!19, !9, !10}
!20 = distinct !{!20, !9, !10}
!21 = distinct !{!21, !9, !10}
!22 = distinct !{!22, !9, !10}
!23 = distinct !{!23, !9, !10}
!24 = distinct !{!24, !9, !10}
!25 = distinct !{!25, !9, !10}
