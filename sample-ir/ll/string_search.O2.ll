; ModuleID = 'c/string_search.c'
source_filename = "c/string_search.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@main.patterns = internal unnamed_addr constant [6 x ptr] [ptr @.str, ptr @.str.1, ptr @.str.2, ptr @.str.3, ptr @.str.4, ptr @.str.5], align 16
@.str = private unnamed_addr constant [5 x i8] c"abra\00", align 1
@.str.1 = private unnamed_addr constant [8 x i8] c"cadabra\00", align 1
@.str.2 = private unnamed_addr constant [2 x i8] c"a\00", align 1
@.str.3 = private unnamed_addr constant [8 x i8] c"bracket\00", align 1
@.str.4 = private unnamed_addr constant [6 x i8] c"zebra\00", align 1
@.str.5 = private unnamed_addr constant [12 x i8] c"abracadabra\00", align 1
@.str.6 = private unnamed_addr constant [32 x i8] c"string_search \22%s\22: %d matches\0A\00", align 1
@.str.7 = private unnamed_addr constant [88 x i8] c"abracadabra abracadabra: a cadabra in the abracadabra of a bracket; abracadabracadabra.\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  %1 = alloca [64 x i32], align 16
  br label %5

2:                                                ; preds = %100
  %3 = icmp eq i32 %103, 0
  %4 = zext i1 %3 to i32
  ret i32 %4

5:                                                ; preds = %0, %100
  %6 = phi i64 [ 0, %0 ], [ %104, %100 ]
  %7 = phi i32 [ 1, %0 ], [ %103, %100 ]
  %8 = getelementptr inbounds [6 x ptr], ptr @main.patterns, i64 0, i64 %6
  %9 = load ptr, ptr %8, align 8, !tbaa !4
  %10 = tail call i64 @strlen(ptr noundef nonnull dereferenceable(1) %9) #4
  %11 = trunc i64 %10 to i32
  call void @llvm.lifetime.start.p0(i64 256, ptr nonnull %1) #5
  %12 = icmp eq i32 %11, 0
  %13 = icmp sgt i32 %11, 64
  %14 = or i1 %12, %13
  br i1 %14, label %89, label %15

15:                                               ; preds = %5
  store i32 0, ptr %1, align 16, !tbaa !8
  %16 = icmp sgt i32 %11, 1
  br i1 %16, label %17, label %48

17:                                               ; preds = %15
  %18 = and i64 %10, 4294967295
  br label %19

19:                                               ; preds = %37, %17
  %20 = phi i64 [ 1, %17 ], [ %46, %37 ]
  %21 = phi i32 [ 0, %17 ], [ %44, %37 ]
  %22 = icmp sgt i32 %21, 0
  %23 = getelementptr inbounds i8, ptr %9, i64 %20
  %24 = load i8, ptr %23, align 1, !tbaa !10
  br i1 %22, label %25, label %37

25:                                               ; preds = %19, %31
  %26 = phi i32 [ %35, %31 ], [ %21, %19 ]
  %27 = zext i32 %26 to i64
  %28 = getelementptr inbounds i8, ptr %9, i64 %27
  %29 = load i8, ptr %28, align 1, !tbaa !10
  %30 = icmp eq i8 %24, %29
  br i1 %30, label %37, label %31

31:                                               ; preds = %25
  %32 = add nsw i32 %26, -1
  %33 = zext i32 %32 to i64
  %34 = getelementptr inbounds i32, ptr %1, i64 %33
  %35 = load i32, ptr %34, align 4, !tbaa !8
  %36 = icmp sgt i32 %35, 0
  br i1 %36, label %25, label %37, !llvm.loop !11

37:                                               ; preds = %31, %25, %19
  %38 = phi i32 [ %21, %19 ], [ %35, %31 ], [ %26, %25 ]
  %39 = sext i32 %38 to i64
  %40 = getelementptr inbounds i8, ptr %9, i64 %39
  %41 = load i8, ptr %40, align 1, !tbaa !10
  %42 = icmp eq i8 %24, %41
  %43 = zext i1 %42 to i32
  %44 = add nsw i32 %38, %43
  %45 = getelementptr inbounds i32, ptr %1, i64 %20
  store i32 %44, ptr %45, align 4, !tbaa !8
  %46 = add nuw nsw i64 %20, 1
  %47 = icmp eq i64 %46, %18
  br i1 %47, label %48, label %19, !llvm.loop !13

48:                                               ; preds = %37, %15
  %49 = shl i64 %10, 32
  %50 = add i64 %49, -4294967296
  %51 = ashr exact i64 %50, 32
  %52 = getelementptr inbounds [64 x i32], ptr %1, i64 0, i64 %51
  br label %53

53:                                               ; preds = %84, %48
  %54 = phi i64 [ 0, %48 ], [ %87, %84 ]
  %55 = phi i32 [ 0, %48 ], [ %86, %84 ]
  %56 = phi i32 [ 0, %48 ], [ %85, %84 ]
  %57 = icmp sgt i32 %55, 0
  %58 = getelementptr inbounds i8, ptr @.str.7, i64 %54
  %59 = load i8, ptr %58, align 1, !tbaa !10
  br i1 %57, label %60, label %72

60:                                               ; preds = %53, %66
  %61 = phi i32 [ %70, %66 ], [ %55, %53 ]
  %62 = zext i32 %61 to i64
  %63 = getelementptr inbounds i8, ptr %9, i64 %62
  %64 = load i8, ptr %63, align 1, !tbaa !10
  %65 = icmp eq i8 %59, %64
  br i1 %65, label %72, label %66

66:                                               ; preds = %60
  %67 = add nsw i32 %61, -1
  %68 = zext i32 %67 to i64
  %69 = getelementptr inbounds [64 x i32], ptr %1, i64 0, i64 %68
  %70 = load i32, ptr %69, align 4, !tbaa !8
  %71 = icmp sgt i32 %70, 0
  br i1 %71, label %60, label %72, !llvm.loop !14

72:                                               ; preds = %66, %60, %53
  %73 = phi i32 [ %55, %53 ], [ %61, %60 ], [ %70, %66 ]
  %74 = sext i32 %73 to i64
  %75 = getelementptr inbounds i8, ptr %9, i64 %74
  %76 = load i8, ptr %75, align 1, !tbaa !10
  %77 = icmp eq i8 %59, %76
  %78 = zext i1 %77 to i32
  %79 = add nsw i32 %73, %78
  %80 = icmp eq i32 %79, %11
  br i1 %80, label %81, label %84

81:                                               ; preds = %72
  %82 = add nsw i32 %56, 1
  %83 = load i32, ptr %52, align 4, !tbaa !8
  br label %84

84:                                               ; preds = %81, %72
  %85 = phi i32 [ %82, %81 ], [ %56, %72 ]
  %86 = phi i32 [ %83, %81 ], [ %79, %72 ]
  %87 = add nuw nsw i64 %54, 1
  %88 = icmp eq i64 %87, 87
  br i1 %88, label %89, label %53, !llvm.loop !15

89:                                               ; preds = %84, %5
  %90 = phi i32 [ -1, %5 ], [ %85, %84 ]
  call void @llvm.lifetime.end.p0(i64 256, ptr nonnull %1) #5
  br label %91

91:                                               ; preds = %91, %89
  %92 = phi ptr [ @.str.7, %89 ], [ %98, %91 ]
  %93 = phi i32 [ 0, %89 ], [ %97, %91 ]
  %94 = tail call i32 @strncmp(ptr noundef nonnull %92, ptr noundef %9, i64 noundef %10) #4
  %95 = icmp eq i32 %94, 0
  %96 = zext i1 %95 to i32
  %97 = add nuw nsw i32 %93, %96
  %98 = getelementptr inbounds i8, ptr %92, i64 1
  %99 = icmp eq ptr %98, getelementptr inbounds ([88 x i8], ptr @.str.7, i64 0, i64 87)
  br i1 %99, label %100, label %91, !llvm.loop !16

100:                                              ; preds = %91
  %101 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, ptr noundef %9, i32 noundef %90)
  %102 = icmp eq i32 %90, %97
  %103 = select i1 %102, i32 %7, i32 0
  %104 = add nuw nsw i64 %6, 1
  %105 = icmp eq i64 %104, 6
  br i1 %105, label %2, label %5, !llvm.loop !17
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i64 @strlen(ptr nocapture noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i32 @strncmp(ptr nocapture noundef, ptr nocapture noundef, i64 noundef) local_unnamed_addr #3

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nofree nounwind willreturn memory(argmem: read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind willreturn memory(read) }
attributes #5 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!5, !5, i64 0}
!5 = !{!"any pointer", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = !{!9, !9, i64 0}
!9 = !{!"int", !6, i64 0}
!10 = !{!6, !6, i64 0}
!11 = distinct !{!11, !12}
!12 = !{!"llvm.loop.mustprogress"}
!13 = distinct !{!13, !12}
!14 = distinct !{!14, !12}
!15 = distinct !{!15, !12}
!16 = distinct !{!16, !12}
!17 = distinct !{!17, !12}
