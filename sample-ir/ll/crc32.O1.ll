; ModuleID = 'c/crc32.c'
source_filename = "c/crc32.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [10 x i8] c"123456789\00", align 1
@.str.1 = private unnamed_addr constant [41 x i8] c"crc32 check=%08x data=%08x bitwise=%08x\0A\00", align 1
@crc_table = internal unnamed_addr global [256 x i32] zeroinitializer, align 16

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  %1 = alloca [1000 x i8], align 16
  br label %2

2:                                                ; preds = %5, %0
  %3 = phi i64 [ 0, %0 ], [ %7, %5 ]
  %4 = trunc i64 %3 to i32
  br label %9

5:                                                ; preds = %9
  %6 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %3
  store i32 %16, ptr %6, align 4, !tbaa !4
  %7 = add nuw nsw i64 %3, 1
  %8 = icmp eq i64 %7, 256
  br i1 %8, label %19, label %2, !llvm.loop !8

9:                                                ; preds = %9, %2
  %10 = phi i32 [ 0, %2 ], [ %17, %9 ]
  %11 = phi i32 [ %4, %2 ], [ %16, %9 ]
  %12 = and i32 %11, 1
  %13 = icmp eq i32 %12, 0
  %14 = lshr i32 %11, 1
  %15 = xor i32 %14, -306674912
  %16 = select i1 %13, i32 %14, i32 %15
  %17 = add nuw nsw i32 %10, 1
  %18 = icmp eq i32 %17, 8
  br i1 %18, label %5, label %9, !llvm.loop !11

19:                                               ; preds = %5, %19
  %20 = phi i64 [ %31, %19 ], [ 0, %5 ]
  %21 = phi i32 [ %30, %19 ], [ -1, %5 ]
  %22 = getelementptr inbounds i8, ptr @.str, i64 %20
  %23 = load i8, ptr %22, align 1, !tbaa !12
  %24 = trunc i32 %21 to i8
  %25 = xor i8 %23, %24
  %26 = zext i8 %25 to i64
  %27 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %26
  %28 = load i32, ptr %27, align 4, !tbaa !4
  %29 = lshr i32 %21, 8
  %30 = xor i32 %28, %29
  %31 = add nuw nsw i64 %20, 1
  %32 = icmp eq i64 %31, 9
  br i1 %32, label %33, label %19, !llvm.loop !13

33:                                               ; preds = %19
  call void @llvm.lifetime.start.p0(i64 1000, ptr nonnull %1) #3
  br label %77

34:                                               ; preds = %77, %34
  %35 = phi i64 [ %46, %34 ], [ 0, %77 ]
  %36 = phi i32 [ %45, %34 ], [ -1, %77 ]
  %37 = getelementptr inbounds i8, ptr %1, i64 %35
  %38 = load i8, ptr %37, align 1, !tbaa !12
  %39 = trunc i32 %36 to i8
  %40 = xor i8 %38, %39
  %41 = zext i8 %40 to i64
  %42 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %41
  %43 = load i32, ptr %42, align 4, !tbaa !4
  %44 = lshr i32 %36, 8
  %45 = xor i32 %43, %44
  %46 = add nuw nsw i64 %35, 1
  %47 = icmp eq i64 %46, 1000
  br i1 %47, label %48, label %34, !llvm.loop !13

48:                                               ; preds = %34, %55
  %49 = phi i64 [ %56, %55 ], [ 0, %34 ]
  %50 = phi i32 [ %65, %55 ], [ -1, %34 ]
  %51 = getelementptr inbounds i8, ptr %1, i64 %49
  %52 = load i8, ptr %51, align 1, !tbaa !12
  %53 = zext i8 %52 to i32
  %54 = xor i32 %50, %53
  br label %58

55:                                               ; preds = %58
  %56 = add nuw nsw i64 %49, 1
  %57 = icmp eq i64 %56, 1000
  br i1 %57, label %68, label %48, !llvm.loop !14

58:                                               ; preds = %58, %48
  %59 = phi i32 [ 0, %48 ], [ %66, %58 ]
  %60 = phi i32 [ %54, %48 ], [ %65, %58 ]
  %61 = lshr i32 %60, 1
  %62 = and i32 %60, 1
  %63 = icmp eq i32 %62, 0
  %64 = select i1 %63, i32 0, i32 -306674912
  %65 = xor i32 %64, %61
  %66 = add nuw nsw i32 %59, 1
  %67 = icmp eq i32 %66, 8
  br i1 %67, label %55, label %58, !llvm.loop !15

68:                                               ; preds = %55
  %69 = xor i32 %45, -1
  %70 = xor i32 %30, -1
  %71 = xor i32 %65, -1
  %72 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %70, i32 noundef %69, i32 noundef %71)
  %73 = icmp ne i32 %30, 873187033
  %74 = icmp ne i32 %65, %45
  %75 = select i1 %73, i1 true, i1 %74
  %76 = zext i1 %75 to i32
  call void @llvm.lifetime.end.p0(i64 1000, ptr nonnull %1) #3
  ret i32 %76

77:                                               ; preds = %33, %77
  %78 = phi i64 [ 0, %33 ], [ %83, %77 ]
  %79 = trunc i64 %78 to i8
  %80 = mul i8 %79, 7
  %81 = add i8 %80, 3
  %82 = getelementptr inbounds [1000 x i8], ptr %1, i64 0, i64 %78
  store i8 %81, ptr %82, align 1, !tbaa !12
  %83 = add nuw nsw i64 %78, 1
  %84 = icmp eq i64 %83, 1000
  br i1 %84, label %34, label %77, !llvm.loop !16
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
!8 = distinct !{!8, !9, !10}
!9 = !{!"llvm.loop.mustprogress"}
!10 = !{!"llvm.loop.unroll.disable"}
!11 = distinct !{!11, !9, !10}
!12 = !{!6, !6, i64 0}
!13 = distinct !{!13, !9, !10}
!14 = distinct !{!14, !9, !10}
!15 = distinct !{!15, !9, !10}
!16 = distinct !{!16, !9, !10}
