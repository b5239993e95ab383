; ModuleID = 'c/utf8_decode.c'
source_filename = "c/utf8_decode.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [12 x i8] c"A\C3\A9\E2\82\AC\F0\9F\98\80z\00", align 1
@.str.1 = private unnamed_addr constant [3 x i8] c"\C0\AF\00", align 1
@.str.2 = private unnamed_addr constant [3 x i8] c"\E2\82\00", align 1
@.str.3 = private unnamed_addr constant [4 x i8] c"\ED\A0\80\00", align 1
@.str.4 = private unnamed_addr constant [2 x i8] c"\FF\00", align 1
@.str.5 = private unnamed_addr constant [4 x i8] c"ok\80\00", align 1
@.str.6 = private unnamed_addr constant [34 x i8] c"utf8_decode code points=%d ok=%d\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  %1 = alloca [64 x i32], align 16
  call void @llvm.lifetime.start.p0(i64 256, ptr nonnull %1) #4
  %2 = call fastcc i32 @decode(ptr noundef nonnull @.str, i64 noundef 11, ptr noundef nonnull %1)
  %3 = freeze i32 %2
  %4 = icmp eq i32 %3, 5
  %5 = load <4 x i32>, ptr %1, align 16
  %6 = freeze <4 x i32> %5
  %7 = icmp ne <4 x i32> %6, <i32 65, i32 233, i32 8364, i32 128512>
  %8 = getelementptr inbounds [64 x i32], ptr %1, i64 0, i64 4
  %9 = load i32, ptr %8, align 16
  %10 = icmp eq i32 %9, 122
  %11 = call fastcc i32 @decode(ptr noundef nonnull @.str.1, i64 noundef 2, ptr noundef nonnull %1)
  %12 = freeze i32 %11
  %13 = call fastcc i32 @decode(ptr noundef nonnull @.str.2, i64 noundef 2, ptr noundef nonnull %1)
  %14 = freeze i32 %13
  %15 = call fastcc i32 @decode(ptr noundef nonnull @.str.3, i64 noundef 3, ptr noundef nonnull %1)
  %16 = icmp eq i32 %15, -1
  %17 = call fastcc i32 @decode(ptr noundef nonnull @.str.4, i64 noundef 1, ptr noundef nonnull %1)
  %18 = freeze i32 %17
  %19 = icmp eq i32 %18, -1
  %20 = call fastcc i32 @decode(ptr noundef nonnull @.str.5, i64 noundef 3, ptr noundef nonnull %1)
  %21 = icmp eq i32 %20, -1
  %22 = bitcast <4 x i1> %7 to i4
  %23 = icmp eq i4 %22, 0
  %24 = and i1 %23, %19
  %25 = and i32 %14, %12
  %26 = icmp eq i32 %25, -1
  %27 = select i1 %24, i1 %21, i1 false
  %28 = select i1 %27, i1 %16, i1 false
  %29 = and i1 %26, %4
  %30 = freeze i1 %28
  %31 = and i1 %30, %29
  %32 = select i1 %31, i1 %10, i1 false
  %33 = zext i1 %32 to i32
  %34 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i32 noundef %3, i32 noundef %33)
  %35 = xor i1 %32, true
  %36 = zext i1 %35 to i32
  call void @llvm.lifetime.end.p0(i64 256, ptr nonnull %1) #4
  ret i32 %36
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc i32 @decode(ptr nocapture noundef readonly %0, i64 noundef %1, ptr nocapture noundef writeonly %2) unnamed_addr #2 {
  %4 = icmp eq i64 %1, 0
  br i1 %4, label %68, label %5

5:                                                ; preds = %3, %58
  %6 = phi i1 [ %64, %58 ], [ true, %3 ]
  %7 = phi i64 [ %63, %58 ], [ 0, %3 ]
  %8 = phi i32 [ %62, %58 ], [ 0, %3 ]
  %9 = phi i32 [ %61, %58 ], [ 0, %3 ]
  %10 = phi i32 [ %60, %58 ], [ 0, %3 ]
  %11 = phi i32 [ %59, %58 ], [ 0, %3 ]
  %12 = getelementptr inbounds i8, ptr %0, i64 %7
  %13 = load i8, ptr %12, align 1, !tbaa !4
  switch i32 %11, label %58 [
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
  store i32 %15, ptr %20, align 4, !tbaa !7
  br label %58

21:                                               ; preds = %14
  %22 = and i32 %15, 224
  %23 = icmp eq i32 %22, 192
  br i1 %23, label %24, label %26

24:                                               ; preds = %21
  %25 = and i32 %15, 31
  br label %58

26:                                               ; preds = %21
  %27 = and i32 %15, 240
  %28 = icmp eq i32 %27, 224
  br i1 %28, label %29, label %31

29:                                               ; preds = %26
  %30 = and i32 %15, 15
  br label %58

31:                                               ; preds = %26
  %32 = and i32 %15, 248
  %33 = icmp eq i32 %32, 240
  br i1 %33, label %34, label %71

34:                                               ; preds = %31
  %35 = and i32 %15, 7
  br label %58

36:                                               ; preds = %5, %5, %5
  %37 = zext i8 %13 to i32
  %38 = and i32 %37, 192
  %39 = icmp eq i32 %38, 128
  br i1 %39, label %40, label %71

40:                                               ; preds = %36
  %41 = shl i32 %10, 6
  %42 = and i32 %37, 63
  %43 = or i32 %42, %41
  %44 = icmp eq i32 %11, 1
  %45 = icmp eq i32 %11, 2
  %46 = select i1 %45, i32 1, i32 2
  br i1 %44, label %47, label %58

47:                                               ; preds = %40
  %48 = icmp ult i32 %43, %9
  %49 = icmp ugt i32 %43, 1114111
  %50 = or i1 %48, %49
  %51 = and i32 %10, 67108832
  %52 = icmp eq i32 %51, 864
  %53 = select i1 %50, i1 true, i1 %52
  br i1 %53, label %71, label %54

54:                                               ; preds = %47
  %55 = add nsw i32 %8, 1
  %56 = sext i32 %8 to i64
  %57 = getelementptr inbounds i32, ptr %2, i64 %56
  store i32 %43, ptr %57, align 4, !tbaa !7
  br label %58

58:                                               ; preds = %5, %34, %29, %24, %40, %54, %17
  %59 = phi i32 [ 0, %17 ], [ 3, %34 ], [ 2, %29 ], [ 1, %24 ], [ %46, %40 ], [ 0, %54 ], [ %11, %5 ]
  %60 = phi i32 [ %10, %17 ], [ %35, %34 ], [ %30, %29 ], [ %25, %24 ], [ %43, %40 ], [ %43, %54 ], [ %10, %5 ]
  %61 = phi i32 [ %9, %17 ], [ 65536, %34 ], [ 2048, %29 ], [ 128, %24 ], [ %9, %40 ], [ %9, %54 ], [ %9, %5 ]
  %62 = phi i32 [ %18, %17 ], [ %8, %34 ], [ %8, %29 ], [ %8, %24 ], [ %8, %40 ], [ %55, %54 ], [ %8, %5 ]
  %63 = add nuw i64 %7, 1
  %64 = icmp ult i64 %63, %1
  %65 = icmp eq i64 %63, %1
  br i1 %65, label %66, label %5, !llvm.loop !9

66:                                               ; preds = %58
  %67 = icmp eq i32 %59, 0
  br i1 %67, label %68, label %71

68:                                               ; preds = %3, %66
  %69 = phi i1 [ %64, %66 ], [ false, %3 ]
  %70 = phi i32 [ %62, %66 ], [ 0, %3 ]
  br label %71

71:                                               ; preds = %31, %36, %47, %68, %66
  %72 = phi i1 [ %69, %68 ], [ %64, %66 ], [ %6, %47 ], [ %6, %36 ], [ %6, %31 ]
  %73 = phi i32 [ %70, %68 ], [ -1, %66 ], [ -1, %47 ], [ -1, %36 ], [ -1, %31 ]
  %74 = select i1 %72, i32 -1, i32 %73
  ret i32 %74
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #3

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!5, !5, i64 0}
!5 = !{!"omnipotent char", !6, i64 0}
!6 = !{!"Simple C/C++ TBAA"}
!7 = !{!8, !8, i64 0}
!8 = !{!"int", !5, i64 0}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
