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
  br label %56

4:                                                ; preds = %65
  %5 = icmp eq i64 %71, 0
  br i1 %5, label %36, label %6

6:                                                ; preds = %4, %27
  %7 = phi i64 [ %33, %27 ], [ 0, %4 ]
  %8 = phi i64 [ %29, %27 ], [ 0, %4 ]
  %9 = getelementptr inbounds i8, ptr %1, i64 %8
  %10 = load i8, ptr %9, align 1, !tbaa !4
  %11 = add i64 %8, 1
  %12 = icmp ult i64 %11, %71
  br i1 %12, label %13, label %27

13:                                               ; preds = %6
  %14 = sub i64 %71, %8
  br label %15

15:                                               ; preds = %23, %13
  %16 = phi i64 [ %25, %23 ], [ %11, %13 ]
  %17 = phi i64 [ %24, %23 ], [ 1, %13 ]
  %18 = getelementptr inbounds i8, ptr %1, i64 %16
  %19 = load i8, ptr %18, align 1, !tbaa !4
  %20 = icmp eq i8 %19, %10
  %21 = icmp ult i64 %17, 255
  %22 = select i1 %20, i1 %21, i1 false
  br i1 %22, label %23, label %27

23:                                               ; preds = %15
  %24 = add nuw nsw i64 %17, 1
  %25 = add i64 %24, %8
  %26 = icmp eq i64 %24, %14
  br i1 %26, label %27, label %15, !llvm.loop !7

27:                                               ; preds = %23, %15, %6
  %28 = phi i64 [ 1, %6 ], [ %14, %23 ], [ %17, %15 ]
  %29 = phi i64 [ %11, %6 ], [ %71, %23 ], [ %16, %15 ]
  %30 = trunc i64 %28 to i8
  %31 = or i64 %7, 1
  %32 = getelementptr inbounds i8, ptr %2, i64 %7
  store i8 %30, ptr %32, align 2, !tbaa !4
  %33 = add i64 %7, 2
  %34 = getelementptr inbounds i8, ptr %2, i64 %31
  store i8 %10, ptr %34, align 1, !tbaa !4
  %35 = icmp ult i64 %29, %71
  br i1 %35, label %6, label %36, !llvm.loop !10

36:                                               ; preds = %27, %4
  %37 = phi i64 [ 0, %4 ], [ %33, %27 ]
  %38 = icmp ugt i64 %37, 1
  br i1 %38, label %39, label %53

39:                                               ; preds = %36, %39
  %40 = phi i64 [ %51, %39 ], [ 1, %36 ]
  %41 = phi i64 [ %50, %39 ], [ 0, %36 ]
  %42 = phi i64 [ %49, %39 ], [ 0, %36 ]
  %43 = getelementptr inbounds i8, ptr %3, i64 %42
  %44 = getelementptr inbounds i8, ptr %2, i64 %40
  %45 = load i8, ptr %44, align 1, !tbaa !4
  %46 = getelementptr inbounds i8, ptr %2, i64 %41
  %47 = load i8, ptr %46, align 2, !tbaa !4
  %48 = zext i8 %47 to i64
  call void @llvm.memset.p0.i64(ptr nonnull align 1 %43, i8 %45, i64 %48, i1 false)
  %49 = add i64 %42, %48
  %50 = add nuw i64 %41, 2
  %51 = or i64 %50, 1
  %52 = icmp ult i64 %51, %37
  br i1 %52, label %39, label %53, !llvm.loop !11

53:                                               ; preds = %39, %36
  %54 = phi i64 [ 0, %36 ], [ %49, %39 ]
  %55 = icmp eq i64 %54, %71
  br i1 %55, label %75, label %78

56:                                               ; preds = %0, %65
  %57 = phi i64 [ 0, %0 ], [ %71, %65 ]
  %58 = phi i32 [ 0, %0 ], [ %72, %65 ]
  %59 = icmp eq i32 %58, 3
  br i1 %59, label %65, label %60

60:                                               ; preds = %56
  %61 = mul nsw i32 %58, 13
  %62 = urem i32 %61, 40
  %63 = add nuw nsw i32 %62, 1
  %64 = zext i32 %63 to i64
  br label %65

65:                                               ; preds = %56, %60
  %66 = phi i64 [ %64, %60 ], [ 300, %56 ]
  %67 = getelementptr inbounds i8, ptr %1, i64 %57
  %68 = urem i32 %58, 26
  %69 = trunc i32 %68 to i8
  %70 = add nuw i8 %69, 97
  call void @llvm.memset.p0.i64(ptr nonnull align 1 %67, i8 %70, i64 %66, i1 false)
  %71 = add i64 %66, %57
  %72 = add nuw nsw i32 %58, 1
  %73 = add i64 %71, 300
  %74 = icmp ult i64 %73, 2048
  br i1 %74, label %56, label %4, !llvm.loop !12

75:                                               ; preds = %53
  %76 = call i32 @bcmp(ptr nonnull %1, ptr nonnull %3, i64 %71)
  %77 = icmp eq i32 %76, 0
  br label %78

78:                                               ; preds = %75, %53
  %79 = phi i1 [ false, %53 ], [ %77, %75 ]
  %80 = zext i1 %79 to i32
  %81 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i64 noundef %71, i64 noundef %37, i64 noundef %54, i32 noundef %80)
  %82 = icmp uge i64 %37, %71
  %83 = xor i1 %79, true
  %84 = select i1 %83, i1 true, i1 %82
  %85 = zext i1 %84 to i32
  call void @llvm.lifetime.end.p0(i64 2048, ptr nonnull %3) #5
  call void @llvm.lifetime.end.p0(i64 4096, ptr nonnull %2) #5
  call void @llvm.lifetime.end.p0(i64 2048, ptr nonnull %1) #5
  ret i32 %85
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
!7 = distinct !{!7, !8, !9}
!8 = !{!"llvm.loop.mustprogress"}
!9 = !{!"llvm.loop.unroll.disable"}
!10 = distinct !{!10, !8, !9}
!11 = distinct !{!11, !8, !9}
!12 = distinct !{!12, !8, !9}
