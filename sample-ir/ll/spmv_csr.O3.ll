; ModuleID = 'c/spmv_csr.c'
source_filename = "c/spmv_csr.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@dense = internal unnamed_addr global [120 x [120 x double]] zeroinitializer, align 16
@row_ptr = internal unnamed_addr global [121 x i32] zeroinitializer, align 16
@col_index = internal unnamed_addr global [600 x i32] zeroinitializer, align 16
@values = internal unnamed_addr global [600 x double] zeroinitializer, align 16
@.str = private unnamed_addr constant [40 x i8] c"spmv_csr n=%d nnz=%d y[10]=%.6f err=%g\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  %1 = alloca [120 x double], align 16
  %2 = alloca [120 x double], align 16
  br label %27

3:                                                ; preds = %56, %7
  %4 = phi i64 [ %8, %7 ], [ 0, %56 ]
  %5 = phi i32 [ %23, %7 ], [ 0, %56 ]
  %6 = getelementptr inbounds [121 x i32], ptr @row_ptr, i64 0, i64 %4
  store i32 %5, ptr %6, align 4, !tbaa !4
  br label %10

7:                                                ; preds = %22
  %8 = add nuw nsw i64 %4, 1
  %9 = icmp eq i64 %8, 120
  br i1 %9, label %26, label %3, !llvm.loop !8

10:                                               ; preds = %22, %3
  %11 = phi i64 [ 0, %3 ], [ %24, %22 ]
  %12 = phi i32 [ %5, %3 ], [ %23, %22 ]
  %13 = getelementptr inbounds [120 x [120 x double]], ptr @dense, i64 0, i64 %4, i64 %11
  %14 = load double, ptr %13, align 8, !tbaa !10
  %15 = fcmp une double %14, 0.000000e+00
  br i1 %15, label %16, label %22

16:                                               ; preds = %10
  %17 = sext i32 %12 to i64
  %18 = getelementptr inbounds [600 x double], ptr @values, i64 0, i64 %17
  store double %14, ptr %18, align 8, !tbaa !10
  %19 = add nsw i32 %12, 1
  %20 = getelementptr inbounds [600 x i32], ptr @col_index, i64 0, i64 %17
  %21 = trunc i64 %11 to i32
  store i32 %21, ptr %20, align 4, !tbaa !4
  br label %22

22:                                               ; preds = %16, %10
  %23 = phi i32 [ %19, %16 ], [ %12, %10 ]
  %24 = add nuw nsw i64 %11, 1
  %25 = icmp eq i64 %24, 120
  br i1 %25, label %7, label %10, !llvm.loop !12

26:                                               ; preds = %7
  store i32 %23, ptr getelementptr inbounds ([121 x i32], ptr @row_ptr, i64 0, i64 120), align 16, !tbaa !4
  call void @llvm.lifetime.start.p0(i64 960, ptr nonnull %1) #5
  call void @llvm.lifetime.start.p0(i64 960, ptr nonnull %2) #5
  br label %119

27:                                               ; preds = %49, %0
  %28 = phi i32 [ 0, %0 ], [ %50, %49 ]
  %29 = zext i32 %28 to i64
  %30 = getelementptr inbounds [120 x [120 x double]], ptr @dense, i64 0, i64 %29, i64 %29
  store double 4.000000e+00, ptr %30, align 8, !tbaa !10
  %31 = icmp eq i32 %28, 0
  br i1 %31, label %32, label %34

32:                                               ; preds = %27
  %33 = getelementptr inbounds [120 x [120 x double]], ptr @dense, i64 0, i64 %29, i64 1
  store double -1.000000e+00, ptr %33, align 8, !tbaa !10
  br label %51

34:                                               ; preds = %27
  %35 = add nsw i32 %28, -1
  %36 = zext i32 %35 to i64
  %37 = getelementptr inbounds [120 x [120 x double]], ptr @dense, i64 0, i64 %29, i64 %36
  store double -1.000000e+00, ptr %37, align 8, !tbaa !10
  %38 = add nuw nsw i32 %28, 1
  %39 = icmp ult i32 %28, 119
  br i1 %39, label %40, label %56

40:                                               ; preds = %34
  %41 = zext i32 %38 to i64
  %42 = getelementptr inbounds [120 x [120 x double]], ptr @dense, i64 0, i64 %29, i64 %41
  store double -1.000000e+00, ptr %42, align 8, !tbaa !10
  %43 = icmp ugt i32 %28, 4
  br i1 %43, label %44, label %51

44:                                               ; preds = %40
  %45 = add nsw i32 %28, -5
  %46 = zext i32 %45 to i64
  %47 = getelementptr inbounds [120 x [120 x double]], ptr @dense, i64 0, i64 %29, i64 %46
  store double -5.000000e-01, ptr %47, align 8, !tbaa !10
  %48 = icmp ult i32 %28, 115
  br i1 %48, label %51, label %49

49:                                               ; preds = %44, %51
  %50 = phi i32 [ %38, %44 ], [ %52, %51 ]
  br label %27, !llvm.loop !13

51:                                               ; preds = %40, %32, %44
  %52 = phi i32 [ %38, %44 ], [ 1, %32 ], [ %38, %40 ]
  %53 = add nuw nsw i32 %28, 5
  %54 = zext i32 %53 to i64
  %55 = getelementptr inbounds [120 x [120 x double]], ptr @dense, i64 0, i64 %29, i64 %54
  store double -5.000000e-01, ptr %55, align 8, !tbaa !10
  br label %49

56:                                               ; preds = %34
  %57 = zext i32 %28 to i64
  %58 = add nsw i32 %28, -5
  %59 = zext i32 %58 to i64
  %60 = getelementptr inbounds [120 x [120 x double]], ptr @dense, i64 0, i64 %57, i64 %59
  store double -5.000000e-01, ptr %60, align 8, !tbaa !10
  br label %3

61:                                               ; preds = %119
  %62 = load i32, ptr @row_ptr, align 16, !tbaa !4
  br label %63

63:                                               ; preds = %93, %61
  %64 = phi i32 [ %62, %61 ], [ %68, %93 ]
  %65 = phi i64 [ 0, %61 ], [ %66, %93 ]
  %66 = add nuw nsw i64 %65, 1
  %67 = getelementptr inbounds i32, ptr @row_ptr, i64 %66
  %68 = load i32, ptr %67, align 4, !tbaa !4
  %69 = icmp slt i32 %64, %68
  br i1 %69, label %70, label %93

70:                                               ; preds = %63
  %71 = sext i32 %64 to i64
  %72 = sext i32 %68 to i64
  %73 = sub nsw i64 %72, %71
  %74 = xor i64 %71, -1
  %75 = and i64 %73, 1
  %76 = icmp eq i64 %75, 0
  br i1 %76, label %87, label %77

77:                                               ; preds = %70
  %78 = getelementptr inbounds double, ptr @values, i64 %71
  %79 = load double, ptr %78, align 8, !tbaa !10
  %80 = getelementptr inbounds i32, ptr @col_index, i64 %71
  %81 = load i32, ptr %80, align 4, !tbaa !4
  %82 = sext i32 %81 to i64
  %83 = getelementptr inbounds double, ptr %1, i64 %82
  %84 = load double, ptr %83, align 8, !tbaa !10
  %85 = tail call double @llvm.fmuladd.f64(double %79, double %84, double 0.000000e+00)
  %86 = add nsw i64 %71, 1
  br label %87

87:                                               ; preds = %77, %70
  %88 = phi double [ undef, %70 ], [ %85, %77 ]
  %89 = phi i64 [ %71, %70 ], [ %86, %77 ]
  %90 = phi double [ 0.000000e+00, %70 ], [ %85, %77 ]
  %91 = sub nsw i64 0, %72
  %92 = icmp eq i64 %74, %91
  br i1 %92, label %93, label %97

93:                                               ; preds = %87, %97, %63
  %94 = phi double [ 0.000000e+00, %63 ], [ %88, %87 ], [ %116, %97 ]
  %95 = getelementptr inbounds double, ptr %2, i64 %65
  store double %94, ptr %95, align 8, !tbaa !10
  %96 = icmp eq i64 %66, 120
  br i1 %96, label %146, label %63, !llvm.loop !14

97:                                               ; preds = %87, %97
  %98 = phi i64 [ %117, %97 ], [ %89, %87 ]
  %99 = phi double [ %116, %97 ], [ %90, %87 ]
  %100 = getelementptr inbounds double, ptr @values, i64 %98
  %101 = load double, ptr %100, align 8, !tbaa !10
  %102 = getelementptr inbounds i32, ptr @col_index, i64 %98
  %103 = load i32, ptr %102, align 4, !tbaa !4
  %104 = sext i32 %103 to i64
  %105 = getelementptr inbounds double, ptr %1, i64 %104
  %106 = load double, ptr %105, align 8, !tbaa !10
  %107 = tail call double @llvm.fmuladd.f64(double %101, double %106, double %99)
  %108 = add nsw i64 %98, 1
  %109 = getelementptr inbounds double, ptr @values, i64 %108
  %110 = load double, ptr %109, align 8, !tbaa !10
  %111 = getelementptr inbounds i32, ptr @col_index, i64 %108
  %112 = load i32, ptr %111, align 4, !tbaa !4
  %113 = sext i32 %112 to i64
  %114 = getelementptr inbounds double, ptr %1, i64 %113
  %115 = load double, ptr %114, align 8, !tbaa !10
  %116 = tail call double @llvm.fmuladd.f64(double %110, double %115, double %107)
  %117 = add nsw i64 %98, 2
  %118 = icmp eq i64 %117, %72
  br i1 %118, label %93, label %97, !llvm.loop !15

119:                                              ; preds = %119, %26
  %120 = phi i64 [ 0, %26 ], [ %144, %119 ]
  %121 = trunc i64 %120 to i32
  %122 = sitofp i32 %121 to double
  %123 = fmul double %122, 1.000000e-01
  %124 = tail call double @sin(double noundef %123) #5
  %125 = getelementptr inbounds [120 x double], ptr %1, i64 0, i64 %120
  store double %124, ptr %125, align 16, !tbaa !10
  %126 = or i64 %120, 1
  %127 = trunc i64 %126 to i32
  %128 = sitofp i32 %127 to double
  %129 = fmul double %128, 1.000000e-01
  %130 = tail call double @sin(double noundef %129) #5
  %131 = getelementptr inbounds [120 x double], ptr %1, i64 0, i64 %126
  store double %130, ptr %131, align 8, !tbaa !10
  %132 = or i64 %120, 2
  %133 = trunc i64 %132 to i32
  %134 = sitofp i32 %133 to double
  %135 = fmul double %134, 1.000000e-01
  %136 = tail call double @sin(double noundef %135) #5
  %137 = getelementptr inbounds [120 x double], ptr %1, i64 0, i64 %132
  store double %136, ptr %137, align 16, !tbaa !10
  %138 = or i64 %120, 3
  %139 = trunc i64 %138 to i32
  %140 = sitofp i32 %139 to double
  %141 = fmul double %140, 1.000000e-01
  %142 = tail call double @sin(double noundef %141) #5
  %143 = getelementptr inbounds [120 x double], ptr %1, i64 0, i64 %138
  store double %142, ptr %143, align 8, !tbaa !10
  %144 = add nuw nsw i64 %120, 4
  %145 = icmp eq i64 %144, 120
  br i1 %145, label %61, label %119, !llvm.loop !16

146:                                              ; preds = %93, %155
  %147 = phi i64 [ %161, %155 ], [ 0, %93 ]
  %148 = phi double [ %160, %155 ], [ 0.000000e+00, %93 ]
  br label %163

149:                                              ; preds = %155
  %150 = getelementptr inbounds [120 x double], ptr %2, i64 0, i64 10
  %151 = load double, ptr %150, align 16, !tbaa !10
  %152 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 120, i32 noundef %23, double noundef %151, double noundef %160)
  %153 = fcmp uge double %160, 0x3D719799812DEA11
  %154 = zext i1 %153 to i32
  call void @llvm.lifetime.end.p0(i64 960, ptr nonnull %2) #5
  call void @llvm.lifetime.end.p0(i64 960, ptr nonnull %1) #5
  ret i32 %154

155:                                              ; preds = %163
  %156 = getelementptr inbounds [120 x double], ptr %2, i64 0, i64 %147
  %157 = load double, ptr %156, align 8, !tbaa !10
  %158 = fsub double %188, %157
  %159 = tail call double @llvm.fabs.f64(double %158)
  %160 = tail call double @llvm.maxnum.f64(double %148, double %159)
  %161 = add nuw nsw i64 %147, 1
  %162 = icmp eq i64 %161, 120
  br i1 %162, label %149, label %146, !llvm.loop !17

163:                                              ; preds = %163, %146
  %164 = phi i64 [ 0, %146 ], [ %189, %163 ]
  %165 = phi double [ 0.000000e+00, %146 ], [ %188, %163 ]
  %166 = getelementptr inbounds [120 x [120 x double]], ptr @dense, i64 0, i64 %147, i64 %164
  %167 = load double, ptr %166, align 16, !tbaa !10
  %168 = getelementptr inbounds [120 x double], ptr %1, i64 0, i64 %164
  %169 = load double, ptr %168, align 16, !tbaa !10
  %170 = tail call double @llvm.fmuladd.f64(double %167, double %169, double %165)
  %171 = or i64 %164, 1
  %172 = getelementptr inbounds [120 x [120 x double]], ptr @dense, i64 0, i64 %147, i64 %171
  %173 = load double, ptr %172, align 8, !tbaa !10
  %174 = getelementptr inbounds [120 x double], ptr %1, i64 0, i64 %171
  %175 = load double, ptr %174, align 8, !tbaa !10
  %176 = tail call double @llvm.fmuladd.f64(double %173, double %175, double %170)
  %177 = or i64 %164, 2
  %178 = getelementptr inbounds [120 x [120 x double]], ptr @dense, i64 0, i64 %147, i64 %177
  %179 = load double, ptr %178, align 16, !tbaa !10
  %180 = getelementptr inbounds [120 x double], ptr %1, i64 0, i64 %177
  %181 = load double, ptr %180, align 16, !tbaa !10
  %182 = tail call double @llvm.fmuladd.f64(double %179, double %181, double %176)
  %183 = or i64 %164, 3
  %184 = getelementptr inbounds [120 x [120 x double]], ptr @dense, i64 0, i64 %147, i64 %183
  %185 = load double, ptr %184, align 8, !tbaa !10
  %186 = getelementptr inbounds [120 x double], ptr %1, i64 0, i64 %183
  %187 = load double, ptr %186, align 8, !tbaa !10
  %188 = tail call double @llvm.fmuladd.f64(double %185, double %187, double %182)
  %189 = add nuw nsw i64 %164, 4
  %190 = icmp eq i64 %189, 120
  br i1 %190, label %155, label %163, !llvm.loop !18
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare double @sin(double noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.maxnum.f64(double, double) #3

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #4

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nofree nounwind willreturn memory(write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
!8 = distinct !{!8, !9}
!9 = !{!"llvm.loop.mustprogress"}
!10 = !{!11, !11, i64 0}
!11 = !{!"double", !6, i64 0}
!12 = distinct !{!12, !9}
!13 = distinct !{!13, !9}
!14 = distinct !{!14, !9}
!15 = distinct !{!15, !9}
!16 = distinct !{!16, !9}
!17 = distinct !{!17, !9}
!18 = distinct !{!18, !9}
