; ModuleID = 'c/rle.c'
source_filename = "c/rle.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [45 x i8] c"rle input=%zu encoded=%zu decoded=%zu ok=%d\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  %1 = alloca [2048 x i8], align 16
  %2 = alloca [4096 x i8], align 16
  %3 = alloca [2048 x i8], align 16
  call void @llvm.lifetime.start.p0(i64 2048, ptr nonnull %1) #5
  call void @llvm.lifetime.start.p0(i64 4096, ptr nonnull %2) #5
  call void @llvm.lifetime.start.p0(i64 2048, ptr nonnull %3) #5
  store i8 97, ptr %1, align 16
  %4 = getelementptr inbounds i8, ptr %1, i64 1
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 1 dereferenceable(14) %4, i8 98, i64 14, i1 false)
  %5 = getelementptr inbounds i8, ptr %1, i64 15
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 1 dereferenceable(27) %5, i8 99, i64 27, i1 false)
  %6 = getelementptr inbounds i8, ptr %1, i64 42
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 2 dereferenceable(300) %6, i8 100, i64 300, i1 false)
  br label %122

7:                                                ; preds = %122, %34
  %8 = phi i64 [ %40, %34 ], [ 0, %122 ]
  %9 = phi i64 [ %36, %34 ], [ 0, %122 ]
  %10 = getelementptr inbounds i8, ptr %1, i64 %9
  %11 = load i8, ptr %10, align 1, !tbaa !4
  %12 = add nuw i64 %9, 1
  %13 = icmp ult i64 %12, %133
  br i1 %13, label %14, label %34

14:                                               ; preds = %7
  %15 = sub i64 %133, %9
  br label %16

16:                                               ; preds = %24, %14
  %17 = phi i64 [ %26, %24 ], [ %12, %14 ]
  %18 = phi i64 [ %25, %24 ], [ 1, %14 ]
  %19 = getelementptr inbounds i8, ptr %1, i64 %17
  %20 = load i8, ptr %19, align 1, !tbaa !4
  %21 = icmp eq i8 %20, %11
  %22 = icmp ult i64 %18, 255
  %23 = select i1 %21, i1 %22, i1 false
  br i1 %23, label %24, label %34

24:                                               ; preds = %16
  %25 = add nuw nsw i64 %18, 1
  %26 = add i64 %25, %9
  %27 = icmp eq i64 %25, %15
  br i1 %27, label %28, label %16, !llvm.loop !7

28:                                               ; preds = %24
  %29 = trunc i64 %15 to i8
  %30 = or i64 %8, 1
  %31 = getelementptr inbounds i8, ptr %2, i64 %8
  store i8 %29, ptr %31, align 2, !tbaa !4
  %32 = add i64 %8, 2
  %33 = getelementptr inbounds i8, ptr %2, i64 %30
  store i8 %11, ptr %33, align 1, !tbaa !4
  br label %43

34:                                               ; preds = %16, %7
  %35 = phi i64 [ 1, %7 ], [ %18, %16 ]
  %36 = phi i64 [ %12, %7 ], [ %17, %16 ]
  %37 = trunc i64 %35 to i8
  %38 = or i64 %8, 1
  %39 = getelementptr inbounds i8, ptr %2, i64 %8
  store i8 %37, ptr %39, align 2, !tbaa !4
  %40 = add i64 %8, 2
  %41 = getelementptr inbounds i8, ptr %2, i64 %38
  store i8 %11, ptr %41, align 1, !tbaa !4
  %42 = icmp ult i64 %36, %133
  br i1 %42, label %7, label %43, !llvm.loop !9

43:                                               ; preds = %34, %28
  %44 = phi i64 [ %32, %28 ], [ %40, %34 ]
  %45 = icmp ugt i64 %44, 1
  br i1 %45, label %46, label %139

46:                                               ; preds = %43
  %47 = add i64 %44, -2
  %48 = lshr i64 %47, 1
  %49 = add nuw i64 %48, 1
  %50 = and i64 %49, 3
  %51 = icmp ult i64 %47, 6
  br i1 %51, label %97, label %52

52:                                               ; preds = %46
  %53 = and i64 %49, -4
  br label %54

54:                                               ; preds = %54, %52
  %55 = phi i64 [ 1, %52 ], [ %94, %54 ]
  %56 = phi i64 [ 0, %52 ], [ %93, %54 ]
  %57 = phi i64 [ 0, %52 ], [ %92, %54 ]
  %58 = phi i64 [ 0, %52 ], [ %95, %54 ]
  %59 = getelementptr inbounds i8, ptr %3, i64 %57
  %60 = getelementptr inbounds i8, ptr %2, i64 %55
  %61 = load i8, ptr %60, align 1, !tbaa !4
  %62 = getelementptr inbounds i8, ptr %2, i64 %56
  %63 = load i8, ptr %62, align 8, !tbaa !4
  %64 = zext i8 %63 to i64
  call void @llvm.memset.p0.i64(ptr nonnull align 1 %59, i8 %61, i64 %64, i1 false)
  %65 = add i64 %57, %64
  %66 = or i64 %56, 2
  %67 = or i64 %56, 3
  %68 = getelementptr inbounds i8, ptr %3, i64 %65
  %69 = getelementptr inbounds i8, ptr %2, i64 %67
  %70 = load i8, ptr %69, align 1, !tbaa !4
  %71 = getelementptr inbounds i8, ptr %2, i64 %66
  %72 = load i8, ptr %71, align 2, !tbaa !4
  %73 = zext i8 %72 to i64
  call void @llvm.memset.p0.i64(ptr nonnull align 1 %68, i8 %70, i64 %73, i1 false)
  %74 = add i64 %65, %73
  %75 = or i64 %56, 4
  %76 = or i64 %56, 5
  %77 = getelementptr inbounds i8, ptr %3, i64 %74
  %78 = getelementptr inbounds i8, ptr %2, i64 %76
  %79 = load i8, ptr %78, align 1, !tbaa !4
  %80 = getelementptr inbounds i8, ptr %2, i64 %75
  %81 = load i8, ptr %80, align 4, !tbaa !4
  %82 = zext i8 %81 to i64
  call void @llvm.memset.p0.i64(ptr nonnull align 1 %77, i8 %79, i64 %82, i1 false)
  %83 = add i64 %74, %82
  %84 = or i64 %56, 6
  %85 = or i64 %56, 7
  %86 = getelementptr inbounds i8, ptr %3, i64 %83
  %87 = getelementptr inbounds i8, ptr %2, i64 %85
  %88 = load i8, ptr %87, align 1, !tbaa !4
  %89 = getelementptr inbounds i8, ptr %2, i64 %84
  %90 = load i8, ptr %89, align 2, !tbaa !4
  %91 = zext i8 %90 to i64
  call void @llvm.memset.p0.i64(ptr nonnull align 1 %86, i8 %88, i64 %91, i1 false)
  %92 = add i64 %83, %91
  %93 = add nuw i64 %56, 8
  %94 = or i64 %93, 1
  %95 = add i64 %58, 4
  %96 = icmp eq i64 %95, %53
  br i1 %96, label %97, label %54, !llvm.loop !10

97:                                               ; preds = %54, %46
  %98 = phi i64 [ undef, %46 ], [ %92, %54 ]
  %99 = phi i64 [ 1, %46 ], [ %94, %54 ]
  %100 = phi i64 [ 0, %46 ], [ %93, %54 ]
  %101 = phi i64 [ 0, %46 ], [ %92, %54 ]
  %102 = icmp eq i64 %50, 0
  br i1 %102, label %119, label %103

103:                                              ; preds = %97, %103
  %104 = phi i64 [ %116, %103 ], [ %99, %97 ]
  %105 = phi i64 [ %115, %103 ], [ %100, %97 ]
  %106 = phi i64 [ %114, %103 ], [ %101, %97 ]
  %107 = phi i64 [ %117, %103 ], [ 0, %97 ]
  %108 = getelementptr inbounds i8, ptr %3, i64 %106
  %109 = getelementptr inbounds i8, ptr %2, i64 %104
  %110 = load i8, ptr %109, align 1, !tbaa !4
  %111 = getelementptr inbounds i8, ptr %2, i64 %105
  %112 = load i8, ptr %111, align 2, !tbaa !4
  %113 = zext i8 %112 to i64
  call void @llvm.memset.p0.i64(ptr nonnull align 1 %108, i8 %110, i64 %113, i1 false)
  %114 = add i64 %106, %113
  %115 = add nuw i64 %105, 2
  %116 = or i64 %115, 1
  %117 = add i64 %107, 1
  %118 = icmp eq i64 %117, %50
  br i1 %118, label %119, label %103, !llvm.loop !11

119:                                              ; preds = %103, %97
  %120 = phi i64 [ %98, %97 ], [ %114, %103 ]
  %121 = icmp eq i64 %120, %133
  br i1 %121, label %136, label %139

122:                                              ; preds = %0, %122
  %123 = phi i64 [ 342, %0 ], [ %133, %122 ]
  %124 = phi i32 [ 4, %0 ], [ %134, %122 ]
  %125 = mul nsw i32 %124, 13
  %126 = urem i32 %125, 40
  %127 = add nuw nsw i32 %126, 1
  %128 = zext i32 %127 to i64
  %129 = getelementptr inbounds i8, ptr %1, i64 %123
  %130 = urem i32 %124, 26
  %131 = trunc i32 %130 to i8
  %132 = add nuw nsw i8 %131, 97
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 1 dereferenceable(1) %129, i8 %132, i64 %128, i1 false)
  %133 = add nuw nsw i64 %123, %128
  %134 = add nuw nsw i32 %124, 1
  %135 = icmp ult i64 %133, 1748
  br i1 %135, label %122, label %7, !llvm.loop !13

136:                                              ; preds = %119
  %137 = call i32 @bcmp(ptr noundef nonnull dereferenceable(1) %1, ptr noundef nonnull dereferenceable(1) %3, i64 %133)
  %138 = icmp eq i32 %137, 0
  br label %139

139:                                              ; preds = %43, %136, %119
  %140 = phi i64 [ %120, %119 ], [ %120, %136 ], [ 0, %43 ]
  %141 = phi i1 [ false, %119 ], [ %138, %136 ], [ false, %43 ]
  %142 = zext i1 %141 to i32
  %143 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i64 noundef %133, i64 noundef %44, i64 noundef %140, i32 noundef %142)
  %144 = icmp uge i64 %44, %133
  %145 = xor i1 %141, true
  %146 = select i1 %145, i1 true, i1 %144
  %147 = zext i1 %146 to i32
  call void @llvm.lifetime.end.p0(i64 2048, ptr nonnull %3) #5
  call void @llvm.lifetime.end.p0(i64 4096, ptr nonnull %2) #5
  call void @llvm.lifetime.end.p0(i64 2048, ptr nonnull %1) #5
  ret i32 %147
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #3

; Function Attrs: nofree nounwind willreturn memory(argmem: read)
declare i32 @bcmp(ptr nocapture, ptr nocapture, i64) local_unnamed_addr #4

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nounwind willreturn memory(argmem: read) }
attributes #5 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!5, !5, i64 0}
!5 = !{!"omnipotent char", !6, i64 0}
!6 = !{!"Simple C/C++ TBAA"}
!7 = distinct !{!7, !8}
!8 = !{!"llvm.loop.mustprogress"}
!9 = distinct !{!9, !8}
!10 = distinct !{!10, !8}
!11 = distinct !{!11, !12}
!12 = !{!"llvm.loop.unroll.disable"}
!13 = distinct !{!13, !8, !14}
!14 = !{!"llvm.loop.peeled.count", i32 4}
