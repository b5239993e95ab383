; ModuleID = 'c/utf8_decode.c'
source_filename = "c/utf8_decode.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [12 x i8] c"A\C3\A9\E2\82\AC\F0\9F\98\80z\00", align 1
@main.bad = internal unnamed_addr constant [5 x ptr] [ptr @.str.1, ptr @.str.2, ptr @.str.3, ptr @.str.4, ptr @.str.5], align 16
@.str.1 = private unnamed_addr constant [3 x i8] c"\C0\AF\00", align 1
@.str.2 = private unnamed_addr constant [3 x i8] c"\E2\82\00", align 1
@.str.3 = private unnamed_addr constant [4 x i8] c"\ED\A0\80\00", align 1
@.str.4 = private unnamed_addr constant [2 x i8] c"\FF\00", align 1
@.str.5 = private unnamed_addr constant [4 x i8] c"ok\80\00", align 1
@.str.6 = private unnamed_addr constant [34 x i8] c"utf8_decode code points=%d ok=%d\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  %1 = alloca [64 x i32], align 16
  call void @llvm.lifetime.start.p0(i64 256, ptr nonnull %1) #5
  %2 = call fastcc i32 @decode(ptr noundef nonnull @.str, i64 noundef 11, ptr noundef nonnull %1)
  %3 = icmp eq i32 %2, 5
  %4 = load i32, ptr %1, align 16
  %5 = icmp eq i32 %4, 65
  %6 = select i1 %3, i1 %5, i1 false
  %7 = getelementptr inbounds [64 x i32], ptr %1, i64 0, i64 1
  %8 = load i32, ptr %7, align 4
  %9 = icmp eq i32 %8, 233
  %10 = select i1 %6, i1 %9, i1 false
  %11 = getelementptr inbounds [64 x i32], ptr %1, i64 0, i64 2
  %12 = load i32, ptr %11, align 8
  %13 = icmp eq i32 %12, 8364
  %14 = select i1 %10, i1 %13, i1 false
  %15 = getelementptr inbounds [64 x i32], ptr %1, i64 0, i64 3
  %16 = load i32, ptr %15, align 4
  %17 = icmp eq i32 %16, 128512
  %18 = select i1 %14, i1 %17, i1 false
  %19 = getelementptr inbounds [64 x i32], ptr %1, i64 0, i64 4
  %20 = load i32, ptr %19, align 16
  %21 = icmp eq i32 %20, 122
  %22 = select i1 %18, i1 %21, i1 false
  %23 = zext i1 %22 to i32
  br label %28

24:                                               ; preds = %28
  %25 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i32 noundef %2, i32 noundef %36)
  %26 = icmp eq i32 %36, 0
  %27 = zext i1 %26 to i32
  call void @llvm.lifetime.end.p0(i64 256, ptr nonnull %1) #5
  ret i32 %27

28:                                               ; preds = %0, %28
  %29 = phi i64 [ 0, %0 ], [ %37, %28 ]
  %30 = phi i32 [ %23, %0 ], [ %36, %28 ]
  %31 = getelementptr inbounds [5 x ptr], ptr @main.bad, i64 0, i64 %29
  %32 = load ptr, ptr %31, align 8, !tbaa !4
  %33 = tail call i64 @strlen(ptr noundef nonnull dereferenceable(1) %32) #6
  %34 = call fastcc i32 @decode(ptr noundef %32, i64 noundef %33, ptr noundef nonnull %1)
  %35 = icmp eq i32 %34, -1
  %36 = select i1 %35, i32 %30, i32 0
  %37 = add nuw nsw i64 %29, 1
  %38 = icmp eq i64 %37, 5
  br i1 %38, label %24, label %28, !llvm.loop !8
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc i32 @decode(ptr nocapture noundef readonly %0, i64 noundef %1, ptr nocapture noundef writeonly %2) unnamed_addr #2 {
  %4 = icmp ne i64 %1, 0
  br i1 %4, label %5, label %76

5:                                                ; preds = %3, %72
  %6 = phi i1 [ %74, %72 ], [ %4, %3 ]
  %7 = phi i64 [ %73, %72 ], [ 0, %3 ]
  %8 = phi i32 [ %70, %72 ], [ 0, %3 ]
  %9 = phi i32 [ %69, %72 ], [ 0, %3 ]
  %10 = phi i32 [ %68, %72 ], [ 0, %3 ]
  %11 = phi i32 [ %67, %72 ], [ 0, %3 ]
  %12 = getelementptr inbounds i8, ptr %0, i64 %7
  %13 = load i8, ptr %12, align 1, !tbaa !11
  switch i32 %11, label %59 [
    i32 0, label %14
    i32 3, label %36
    i32 2, label %36
    i32 1, label %36
  ]

14:                                               ; preds = %5
  %15 = zext i8 %13 to i32
  %16 = icmp sgt i8 %13, -1
  br i1 %16, label %17, label %21

17:                                               ; preds = %14
  %18 = add nsw i32 %8, 1
  %19 = sext i32 %8 to i64
  %20 = getelementptr inbounds i32, ptr %2, i64 %19
  store i32 %15, ptr %20, align 4, !tbaa !12
  br label %66

21:                                               ; preds = %14
  %22 = and i32 %15, 224
  %23 = icmp eq i32 %22, 192
  br i1 %23, label %24, label %26

24:                                               ; preds = %21
  %25 = and i32 %15, 31
  br label %59

26:                                               ; preds = %21
  %27 = and i32 %15, 240
  %28 = icmp eq i32 %27, 224
  br i1 %28, label %29, label %31

29:                                               ; preds = %26
  %30 = and i32 %15, 15
  br label %59

31:                                               ; preds = %26
  %32 = and i32 %15, 248
  %33 = icmp eq i32 %32, 240
  br i1 %33, label %34, label %59

34:                                               ; preds = %31
  %35 = and i32 %15, 7
  br label %59

36:                                               ; preds = %5, %5, %5
  %37 = zext i8 %13 to i32
  %38 = and i32 %37, 192
  %39 = icmp eq i32 %38, 128
  br i1 %39, label %40, label %59

40:                                               ; preds = %36
  %41 = shl i32 %10, 6
  %42 = and i32 %37, 63
  %43 = or i32 %42, %41
  %44 = icmp eq i32 %11, 1
  %45 = icmp eq i32 %11, 2
  %46 = select i1 %45, i32 1, i32 2
  %47 = select i1 %44, i32 0, i32 %46
  br i1 %44, label %48, label %59

48:                                               ; preds = %40
  %49 = icmp ult i32 %43, %9
  %50 = icmp ugt i32 %43, 1114111
  %51 = or i1 %49, %50
  %52 = and i32 %10, 67108832
  %53 = icmp eq i32 %52, 864
  %54 = select i1 %51, i1 true, i1 %53
  br i1 %54, label %59, label %55

55:                                               ; preds = %48
  %56 = add nsw i32 %8, 1
  %57 = sext i32 %8 to i64
  %58 = getelementptr inbounds i32, ptr %2, i64 %57
  store i32 %43, ptr %58, align 4, !tbaa !12
  br label %59

59:                                               ; preds = %48, %36, %31, %40, %55, %29, %34, %24, %5
  %60 = phi i32 [ %11, %5 ], [ 0, %55 ], [ %47, %40 ], [ 1, %24 ], [ 2, %29 ], [ 3, %34 ], [ 4, %31 ], [ 4, %36 ], [ 4, %48 ]
  %61 = phi i32 [ %10, %5 ], [ %43, %55 ], [ %43, %40 ], [ %25, %24 ], [ %30, %29 ], [ %35, %34 ], [ %10, %31 ], [ %10, %36 ], [ %43, %48 ]
  %62 = phi i32 [ %9, %5 ], [ %9, %55 ], [ %9, %40 ], [ 128, %24 ], [ 2048, %29 ], [ 65536, %34 ], [ %9, %31 ], [ %9, %36 ], [ %9, %48 ]
  %63 = phi i32 [ %8, %5 ], [ %56, %55 ], [ %8, %40 ], [ %8, %24 ], [ %8, %29 ], [ %8, %34 ], [ %8, %31 ], [ %8, %36 ], [ %8, %48 ]
  %64 = icmp eq i32 %60, 4
  %65 = zext i1 %64 to i32
  br label %66

66:                                               ; preds = %59, %17
  %67 = phi i32 [ 0, %17 ], [ %60, %59 ]
  %68 = phi i32 [ %10, %17 ], [ %61, %59 ]
  %69 = phi i32 [ %9, %17 ], [ %62, %59 ]
  %70 = phi i32 [ %18, %17 ], [ %63, %59 ]
  %71 = phi i32 [ 4, %17 ], [ %65, %59 ]
  switch i32 %71, label %76 [
    i32 0, label %72
    i32 4, label %72
  ]

72:                                               ; preds = %66, %66
  %73 = add nuw i64 %7, 1
  %74 = icmp ult i64 %73, %1
  %75 = icmp eq i64 %73, %1
  br i1 %75, label %76, label %5, !llvm.loop !14

76:                                               ; preds = %66, %72, %3
  %77 = phi i1 [ %4, %3 ], [ %6, %66 ], [ %74, %72 ]
  %78 = phi i32 [ 0, %3 ], [ %67, %72 ], [ %67, %66 ]
  %79 = phi i32 [ 0, %3 ], [ %70, %72 ], [ %70, %66 ]
  %80 = icmp eq i32 %78, 0
  %81 = select i1 %80, i32 %79, i32 -1
  %82 = select i1 %77, i32 -1, i32 %81
  ret i32 %82
}

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i64 @strlen(ptr nocapture noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #4

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nofree nounwind willreturn memory(argmem: read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }
attributes #6 = { nounwind willreturn memory(read) }

!llvm.module.flags = !{!0, !1, !2, !3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!5, !5, i64 0}
!5 = !{!"any pointer", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = distinct !{!8, !9, !10}
!9 = !{!"llvm.loop.mustprogress"}
!10 = !{!"llvm.loop.unroll.disable"}
!11 = !{!6, !6, i64 0}
!12 = !{!13, !13, i64 0}
!13 = !{!"int", !6, i64 0}
!14 = distinct !{!14, !9, !10}
