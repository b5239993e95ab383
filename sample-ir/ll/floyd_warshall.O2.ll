; ModuleID = 'c/floyd_warshall.c'
source_filename = "c/floyd_warshall.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@dist = internal unnamed_addr global [12 x [12 x i32]] zeroinitializer, align 16
@next_hop = internal unnamed_addr global [12 x [12 x i32]] zeroinitializer, align 16
@.str = private unnamed_addr constant [42 x i8] c"floyd_warshall n=%d dist[0][%d]=%d ok=%d\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  %1 = alloca [12 x [12 x i32]], align 16
  call void @llvm.lifetime.start.p0(i64 576, ptr nonnull %1) #3
  br label %2

2:                                                ; preds = %0, %2
  %3 = phi i64 [ 0, %0 ], [ %16, %2 ]
  %4 = trunc i64 %3 to i32
  %5 = and i32 %4, 3
  %6 = add nuw nsw i32 %5, 2
  %7 = insertelement <4 x i32> poison, i32 %6, i64 0
  %8 = shufflevector <4 x i32> %7, <4 x i32> poison, <4 x i32> zeroinitializer
  %9 = trunc i64 %3 to i32
  %10 = mul i32 %9, 5
  %11 = add i32 %10, 3
  %12 = urem i32 %11, 12
  %13 = zext i32 %12 to i64
  %14 = insertelement <4 x i64> poison, i64 %13, i64 0
  %15 = shufflevector <4 x i64> %14, <4 x i64> poison, <4 x i32> zeroinitializer
  %16 = add nuw nsw i64 %3, 1
  %17 = icmp eq i64 %16, 12
  %18 = and i64 %16, 4294967295
  %19 = select i1 %17, i64 0, i64 %18
  %20 = insertelement <4 x i64> poison, i64 %19, i64 0
  %21 = shufflevector <4 x i64> %20, <4 x i64> poison, <4 x i32> zeroinitializer
  %22 = insertelement <4 x i64> poison, i64 %3, i64 0
  %23 = shufflevector <4 x i64> %22, <4 x i64> poison, <4 x i32> zeroinitializer
  %24 = icmp eq <4 x i64> %23, <i64 0, i64 1, i64 2, i64 3>
  %25 = select <4 x i1> %24, <4 x i32> zeroinitializer, <4 x i32> <i32 1000000, i32 1000000, i32 1000000, i32 1000000>
  %26 = getelementptr inbounds [12 x [12 x i32]], ptr %1, i64 0, i64 %3, i64 0
  %27 = icmp eq <4 x i64> %21, <i64 0, i64 1, i64 2, i64 3>
  %28 = select <4 x i1> %27, <4 x i32> <i32 5, i32 5, i32 5, i32 5>, <4 x i32> %25
  %29 = icmp ne <4 x i64> %15, <i64 0, i64 1, i64 2, i64 3>
  %30 = select <4 x i1> %29, <4 x i1> <i1 true, i1 true, i1 true, i1 true>, <4 x i1> %24
  %31 = select <4 x i1> %30, <4 x i32> %28, <4 x i32> %8
  store <4 x i32> %31, ptr %26, align 16, !tbaa !4
  %32 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 %3, i64 0
  store <4 x i32> %31, ptr %32, align 16, !tbaa !4
  %33 = getelementptr inbounds [12 x [12 x i32]], ptr @next_hop, i64 0, i64 %3, i64 0
  store <4 x i32> <i32 0, i32 1, i32 2, i32 3>, ptr %33, align 16, !tbaa !4
  %34 = icmp eq <4 x i64> %23, <i64 4, i64 5, i64 6, i64 7>
  %35 = select <4 x i1> %34, <4 x i32> zeroinitializer, <4 x i32> <i32 1000000, i32 1000000, i32 1000000, i32 1000000>
  %36 = getelementptr inbounds [12 x [12 x i32]], ptr %1, i64 0, i64 %3, i64 4
  %37 = icmp eq <4 x i64> %21, <i64 4, i64 5, i64 6, i64 7>
  %38 = select <4 x i1> %37, <4 x i32> <i32 5, i32 5, i32 5, i32 5>, <4 x i32> %35
  %39 = icmp ne <4 x i64> %15, <i64 4, i64 5, i64 6, i64 7>
  %40 = select <4 x i1> %39, <4 x i1> <i1 true, i1 true, i1 true, i1 true>, <4 x i1> %34
  %41 = select <4 x i1> %40, <4 x i32> %38, <4 x i32> %8
  store <4 x i32> %41, ptr %36, align 16, !tbaa !4
  %42 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 %3, i64 4
  store <4 x i32> %41, ptr %42, align 16, !tbaa !4
  %43 = getelementptr inbounds [12 x [12 x i32]], ptr @next_hop, i64 0, i64 %3, i64 4
  store <4 x i32> <i32 4, i32 5, i32 6, i32 7>, ptr %43, align 16, !tbaa !4
  %44 = icmp eq <4 x i64> %23, <i64 8, i64 9, i64 10, i64 11>
  %45 = select <4 x i1> %44, <4 x i32> zeroinitializer, <4 x i32> <i32 1000000, i32 1000000, i32 1000000, i32 1000000>
  %46 = getelementptr inbounds [12 x [12 x i32]], ptr %1, i64 0, i64 %3, i64 8
  %47 = icmp eq <4 x i64> %21, <i64 8, i64 9, i64 10, i64 11>
  %48 = select <4 x i1> %47, <4 x i32> <i32 5, i32 5, i32 5, i32 5>, <4 x i32> %45
  %49 = icmp ne <4 x i64> %15, <i64 8, i64 9, i64 10, i64 11>
  %50 = select <4 x i1> %49, <4 x i1> <i1 true, i1 true, i1 true, i1 true>, <4 x i1> %44
  %51 = select <4 x i1> %50, <4 x i32> %48, <4 x i32> %8
  store <4 x i32> %51, ptr %46, align 16, !tbaa !4
  %52 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 %3, i64 8
  store <4 x i32> %51, ptr %52, align 16, !tbaa !4
  %53 = getelementptr inbounds [12 x [12 x i32]], ptr @next_hop, i64 0, i64 %3, i64 8
  store <4 x i32> <i32 8, i32 9, i32 10, i32 11>, ptr %53, align 16, !tbaa !4
  %54 = icmp eq i64 %16, 12
  br i1 %54, label %55, label %2, !llvm.loop !8

55:                                               ; preds = %2, %61
  %56 = phi i64 [ %62, %61 ], [ 0, %2 ]
  br label %57

57:                                               ; preds = %64, %55
  %58 = phi i64 [ 0, %55 ], [ %65, %64 ]
  %59 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 %58, i64 %56
  %60 = getelementptr inbounds [12 x [12 x i32]], ptr @next_hop, i64 0, i64 %58, i64 %56
  br label %67

61:                                               ; preds = %64
  %62 = add nuw nsw i64 %56, 1
  %63 = icmp eq i64 %62, 12
  br i1 %63, label %82, label %55, !llvm.loop !10

64:                                               ; preds = %79
  %65 = add nuw nsw i64 %58, 1
  %66 = icmp eq i64 %65, 12
  br i1 %66, label %61, label %57, !llvm.loop !11

67:                                               ; preds = %79, %57
  %68 = phi i64 [ 0, %57 ], [ %80, %79 ]
  %69 = load i32, ptr %59, align 4, !tbaa !4
  %70 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 %56, i64 %68
  %71 = load i32, ptr %70, align 4, !tbaa !4
  %72 = add nsw i32 %71, %69
  %73 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 %58, i64 %68
  %74 = load i32, ptr %73, align 4, !tbaa !4
  %75 = icmp slt i32 %72, %74
  br i1 %75, label %76, label %79

76:                                               ; preds = %67
  store i32 %72, ptr %73, align 4, !tbaa !4
  %77 = load i32, ptr %60, align 4, !tbaa !4
  %78 = getelementptr inbounds [12 x [12 x i32]], ptr @next_hop, i64 0, i64 %58, i64 %68
  store i32 %77, ptr %78, align 4, !tbaa !4
  br label %79

79:                                               ; preds = %76, %67
  %80 = add nuw nsw i64 %68, 1
  %81 = icmp eq i64 %80, 12
  br i1 %81, label %64, label %67, !llvm.loop !12

82:                                               ; preds = %61, %95
  %83 = phi i64 [ %96, %95 ], [ 0, %61 ]
  %84 = phi i32 [ %175, %95 ], [ 1, %61 ]
  %85 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 %83, i64 0
  %86 = trunc i64 %83 to i32
  %87 = load <4 x i32>, ptr %85, align 16, !tbaa !4
  %88 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 %83, i64 4
  %89 = load <8 x i32>, ptr %88, align 16, !tbaa !4
  br label %98

90:                                               ; preds = %95
  %91 = load i32, ptr getelementptr inbounds ([12 x [12 x i32]], ptr @dist, i64 0, i64 0, i64 11), align 4, !tbaa !4
  %92 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 12, i32 noundef 11, i32 noundef %91, i32 noundef %175)
  %93 = icmp eq i32 %175, 0
  %94 = zext i1 %93 to i32
  call void @llvm.lifetime.end.p0(i64 576, ptr nonnull %1) #3
  ret i32 %94

95:                                               ; preds = %122
  %96 = add nuw nsw i64 %83, 1
  %97 = icmp eq i64 %96, 12
  br i1 %97, label %90, label %82, !llvm.loop !13

98:                                               ; preds = %82, %122
  %99 = phi i64 [ 0, %82 ], [ %176, %122 ]
  %100 = phi i32 [ %84, %82 ], [ %175, %122 ]
  %101 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 %83, i64 %99
  %102 = load i32, ptr %101, align 4, !tbaa !4
  %103 = icmp sgt i32 %102, 999999
  br i1 %103, label %121, label %104

104:                                              ; preds = %98
  %105 = icmp eq i64 %83, %99
  br i1 %105, label %118, label %106

106:                                              ; preds = %104, %106
  %107 = phi i32 [ %111, %106 ], [ %86, %104 ]
  %108 = phi i32 [ %115, %106 ], [ 0, %104 ]
  %109 = sext i32 %107 to i64
  %110 = getelementptr inbounds [12 x [12 x i32]], ptr @next_hop, i64 0, i64 %109, i64 %99
  %111 = load i32, ptr %110, align 4, !tbaa !4
  %112 = sext i32 %111 to i64
  %113 = getelementptr inbounds [12 x i32], ptr %1, i64 %109, i64 %112
  %114 = load i32, ptr %113, align 4, !tbaa !4
  %115 = add nsw i32 %114, %108
  %116 = zext i32 %111 to i64
  %117 = icmp eq i64 %99, %116
  br i1 %117, label %118, label %106, !llvm.loop !14

118:                                              ; preds = %106, %104
  %119 = phi i32 [ 0, %104 ], [ %115, %106 ]
  %120 = icmp eq i32 %119, %102
  br i1 %120, label %122, label %121

121:                                              ; preds = %118, %98
  br label %122

122:                                              ; preds = %121, %118
  %123 = phi i32 [ 0, %121 ], [ %100, %118 ]
  %124 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 0, i64 %99
  %125 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 1, i64 %99
  %126 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 2, i64 %99
  %127 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 3, i64 %99
  %128 = load i32, ptr %124, align 4, !tbaa !4
  %129 = load i32, ptr %125, align 4, !tbaa !4
  %130 = load i32, ptr %126, align 4, !tbaa !4
  %131 = load i32, ptr %127, align 4, !tbaa !4
  %132 = insertelement <4 x i32> poison, i32 %128, i64 0
  %133 = insertelement <4 x i32> %132, i32 %129, i64 1
  %134 = insertelement <4 x i32> %133, i32 %130, i64 2
  %135 = insertelement <4 x i32> %134, i32 %131, i64 3
  %136 = add nsw <4 x i32> %135, %87
  %137 = insertelement <4 x i32> poison, i32 %102, i64 0
  %138 = shufflevector <4 x i32> %137, <4 x i32> poison, <4 x i32> zeroinitializer
  %139 = icmp sgt <4 x i32> %138, %136
  %140 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 4, i64 %99
  %141 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 5, i64 %99
  %142 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 6, i64 %99
  %143 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 7, i64 %99
  %144 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 8, i64 %99
  %145 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 9, i64 %99
  %146 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 10, i64 %99
  %147 = getelementptr inbounds [12 x [12 x i32]], ptr @dist, i64 0, i64 11, i64 %99
  %148 = load i32, ptr %140, align 4, !tbaa !4
  %149 = load i32, ptr %141, align 4, !tbaa !4
  %150 = load i32, ptr %142, align 4, !tbaa !4
  %151 = load i32, ptr %143, align 4, !tbaa !4
  %152 = load i32, ptr %144, align 4, !tbaa !4
  %153 = load i32, ptr %145, align 4, !tbaa !4
  %154 = load i32, ptr %146, align 4, !tbaa !4
  %155 = load i32, ptr %147, align 4, !tbaa !4
  %156 = insertelement <8 x i32> poison, i32 %148, i64 0
  %157 = insertelement <8 x i32> %156, i32 %149, i64 1
  %158 = insertelement <8 x i32> %157, i32 %150, i64 2
  %159 = insertelement <8 x i32> %158, i32 %151, i64 3
  %160 = insertelement <8 x i32> %159, i32 %152, i64 4
  %161 = insertelement <8 x i32> %160, i32 %153, i64 5
  %162 = insertelement <8 x i32> %161, i32 %154, i64 6
  %163 = insertelement <8 x i32> %162, i32 %155, i64 7
  %164 = add nsw <8 x i32> %163, %89
  %165 = insertelement <8 x i32> poison, i32 %102, i64 0
  %166 = shufflevector <8 x i32> %165, <8 x i32> poison, <8 x i32> zeroinitializer
  %167 = icmp sgt <8 x i32> %166, %164
  %168 = freeze <8 x i1> %167
  %169 = bitcast <8 x i1> %168 to i8
  %170 = icmp ne i8 %169, 0
  %171 = freeze <4 x i1> %139
  %172 = bitcast <4 x i1> %171 to i4
  %173 = icmp ne i4 %172, 0
  %174 = or i1 %170, %173
  %175 = select i1 %174, i32 0, i32 %123
  %176 = add nuw nsw i64 %99, 1
  %177 = icmp eq i64 %176, 12
  br i1 %177, label %95, label %98, !llvm.loop !15
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind }

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
