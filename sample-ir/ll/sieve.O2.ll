; ModuleID = 'c/sieve.c'
source_filename = "c/sieve.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [43 x i8] c"sieve primes below %d: %d, twin pairs: %d\0A\00", align 1

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(100000) ptr @malloc(i64 noundef 100000) #6
  %2 = icmp eq ptr %1, null
  br i1 %2, label %122, label %3

3:                                                ; preds = %0
  %4 = getelementptr inbounds i8, ptr %1, i64 2
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 1 dereferenceable(100000) %4, i8 0, i64 99998, i1 false)
  %5 = getelementptr inbounds i8, ptr %1, i64 1
  store i8 1, ptr %5, align 1, !tbaa !4
  br label %6

6:                                                ; preds = %19, %3
  %7 = phi i64 [ 4, %3 ], [ %21, %19 ]
  %8 = phi i64 [ 2, %3 ], [ %20, %19 ]
  %9 = getelementptr inbounds i8, ptr %1, i64 %8
  %10 = load i8, ptr %9, align 1, !tbaa !4
  %11 = icmp eq i8 %10, 0
  %12 = icmp ult i64 %7, 100000
  %13 = select i1 %11, i1 %12, i1 false
  br i1 %13, label %14, label %19

14:                                               ; preds = %6, %14
  %15 = phi i64 [ %17, %14 ], [ %7, %6 ]
  %16 = getelementptr inbounds i8, ptr %1, i64 %15
  store i8 1, ptr %16, align 1, !tbaa !4
  %17 = add nuw nsw i64 %15, %8
  %18 = icmp ult i64 %17, 100000
  br i1 %18, label %14, label %19, !llvm.loop !7

19:                                               ; preds = %14, %6
  %20 = add nuw nsw i64 %8, 1
  %21 = mul nsw i64 %20, %20
  %22 = icmp eq i64 %20, 317
  br i1 %22, label %23, label %6, !llvm.loop !9

23:                                               ; preds = %19, %39
  %24 = phi i64 [ %51, %39 ], [ 0, %19 ]
  %25 = phi <4 x i32> [ %49, %39 ], [ zeroinitializer, %19 ]
  %26 = phi <4 x i32> [ %50, %39 ], [ zeroinitializer, %19 ]
  %27 = or i64 %24, 2
  %28 = getelementptr inbounds i8, ptr %1, i64 %27
  %29 = load <4 x i8>, ptr %28, align 1, !tbaa !4
  %30 = getelementptr inbounds i8, ptr %28, i64 4
  %31 = load <4 x i8>, ptr %30, align 1, !tbaa !4
  %32 = icmp eq <4 x i8> %29, zeroinitializer
  %33 = icmp eq <4 x i8> %31, zeroinitializer
  %34 = zext <4 x i1> %32 to <4 x i32>
  %35 = zext <4 x i1> %33 to <4 x i32>
  %36 = add <4 x i32> %25, %34
  %37 = add <4 x i32> %26, %35
  %38 = icmp eq i64 %24, 99984
  br i1 %38, label %52, label %39, !llvm.loop !10

39:                                               ; preds = %23
  %40 = or i64 %24, 10
  %41 = getelementptr inbounds i8, ptr %1, i64 %40
  %42 = load <4 x i8>, ptr %41, align 1, !tbaa !4
  %43 = getelementptr inbounds i8, ptr %41, i64 4
  %44 = load <4 x i8>, ptr %43, align 1, !tbaa !4
  %45 = icmp eq <4 x i8> %42, zeroinitializer
  %46 = icmp eq <4 x i8> %44, zeroinitializer
  %47 = zext <4 x i1> %45 to <4 x i32>
  %48 = zext <4 x i1> %46 to <4 x i32>
  %49 = add <4 x i32> %36, %47
  %50 = add <4 x i32> %37, %48
  %51 = add nuw nsw i64 %24, 16
  br label %23

52:                                               ; preds = %23
  %53 = add <4 x i32> %37, %36
  %54 = tail call i32 @llvm.vector.reduce.add.v4i32(<4 x i32> %53)
  %55 = getelementptr inbounds i8, ptr %1, i64 99994
  %56 = load i8, ptr %55, align 1, !tbaa !4
  %57 = icmp eq i8 %56, 0
  %58 = zext i1 %57 to i32
  %59 = add nuw nsw i32 %54, %58
  %60 = getelementptr inbounds i8, ptr %1, i64 99995
  %61 = load i8, ptr %60, align 1, !tbaa !4
  %62 = icmp eq i8 %61, 0
  %63 = zext i1 %62 to i32
  %64 = add nuw nsw i32 %59, %63
  %65 = getelementptr inbounds i8, ptr %1, i64 99996
  %66 = load i8, ptr %65, align 1, !tbaa !4
  %67 = icmp eq i8 %66, 0
  %68 = zext i1 %67 to i32
  %69 = add nuw nsw i32 %64, %68
  %70 = getelementptr inbounds i8, ptr %1, i64 99997
  %71 = load i8, ptr %70, align 1, !tbaa !4
  %72 = icmp eq i8 %71, 0
  %73 = zext i1 %72 to i32
  %74 = add nuw nsw i32 %69, %73
  %75 = getelementptr inbounds i8, ptr %1, i64 99998
  %76 = load i8, ptr %75, align 1, !tbaa !4
  %77 = icmp eq i8 %76, 0
  %78 = zext i1 %77 to i32
  %79 = add nuw nsw i32 %74, %78
  %80 = getelementptr inbounds i8, ptr %1, i64 99999
  %81 = load i8, ptr %80, align 1, !tbaa !4
  %82 = icmp eq i8 %81, 0
  %83 = zext i1 %82 to i32
  %84 = add nuw nsw i32 %79, %83
  br label %85

85:                                               ; preds = %112, %52
  %86 = phi i64 [ 3, %52 ], [ %101, %112 ]
  %87 = phi i64 [ 5, %52 ], [ %114, %112 ]
  %88 = phi i32 [ 0, %52 ], [ %113, %112 ]
  %89 = add nuw nsw i64 %86, 2
  %90 = getelementptr inbounds i8, ptr %1, i64 %86
  %91 = load i8, ptr %90, align 1, !tbaa !4
  %92 = icmp eq i8 %91, 0
  br i1 %92, label %93, label %99

93:                                               ; preds = %85
  %94 = getelementptr inbounds i8, ptr %1, i64 %87
  %95 = load i8, ptr %94, align 1, !tbaa !4
  %96 = icmp eq i8 %95, 0
  %97 = zext i1 %96 to i32
  %98 = add nsw i32 %88, %97
  br label %99

99:                                               ; preds = %93, %85
  %100 = phi i32 [ %88, %85 ], [ %98, %93 ]
  %101 = add nuw nsw i64 %86, 4
  %102 = getelementptr inbounds i8, ptr %1, i64 %89
  %103 = load i8, ptr %102, align 1, !tbaa !4
  %104 = icmp eq i8 %103, 0
  br i1 %104, label %105, label %112

105:                                              ; preds = %99
  %106 = add nuw nsw i64 %87, 2
  %107 = getelementptr inbounds i8, ptr %1, i64 %106
  %108 = load i8, ptr %107, align 1, !tbaa !4
  %109 = icmp eq i8 %108, 0
  %110 = zext i1 %109 to i32
  %111 = add nsw i32 %100, %110
  br label %112

112:                                              ; preds = %105, %99
  %113 = phi i32 [ %100, %99 ], [ %111, %105 ]
  %114 = add nuw nsw i64 %87, 4
  %115 = icmp ult i64 %87, 99996
  br i1 %115, label %85, label %116, !llvm.loop !13

116:                                              ; preds = %112
  %117 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 100000, i32 noundef %84, i32 noundef %113)
  tail call void @free(ptr noundef nonnull %1) #7
  %118 = icmp ne i32 %84, 9592
  %119 = icmp ne i32 %113, 1224
  %120 = or i1 %118, %119
  %121 = zext i1 %120 to i32
  br label %122

122:                                              ; preds = %0, %116
  %123 = phi i32 [ %121, %116 ], [ 2, %0 ]
  ret i32 %123
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr nocapture noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #4

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare i32 @llvm.vector.reduce.add.v4i32(<4 x i32>) #5

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { nocallback nofree nosync nounwind willreturn memory(none) }
attributes #6 = { nounwind allocsize(0) }
attributes #7 = { nounwind }

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
!10 = distinct !{!10, !8, !11, !12}
!11 = !{!"llvm.loop.isvectorized", i32 1}
!12 = !{!"llvm.loop.unroll.runtime.disable"}
!13 = distinct !{!13, !8}
