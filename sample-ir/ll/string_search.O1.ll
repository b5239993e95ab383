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

2:                                                ; preds = %105
  %3 = icmp eq i32 %108, 0
  %4 = zext i1 %3 to i32
  ret i32 %4

5:                                                ; preds = %0, %105
  %6 = phi i64 [ 0, %0 ], [ %109, %105 ]
  %7 = phi i32 [ 1, %0 ], [ %108, %105 ]
  %8 = getelementptr inbounds [6 x ptr], ptr @main.patterns, i64 0, i64 %6
  %9 = load ptr, ptr %8, align 8, !tbaa !4
  %10 = tail call i64 @strlen(ptr noundef nonnull dereferenceable(1) %9) #4
  %11 = trunc i64 %10 to i32
  call void @llvm.lifetime.start.p0(i64 256, ptr nonnull %1) #5
  %12 = icmp eq i32 %11, 0
  %13 = icmp sgt i32 %11, 64
  %14 = or i1 %12, %13
  br i1 %14, label %94, label %15

15:                                               ; preds = %5
  store i32 0, ptr %1, align 16, !tbaa !8
  %16 = icmp sgt i32 %11, 1
  br i1 %16, label %17, label %51

17:                                               ; preds = %15
  %18 = and i64 %10, 4294967295
  br label %19

19:                                               ; preds = %38, %17
  %20 = phi i64 [ 1, %17 ], [ %49, %38 ]
  %21 = phi i32 [ 0, %17 ], [ %47, %38 ]
  %22 = icmp sgt i32 %21, 0
  br i1 %22, label %23, label %38

23:                                               ; preds = %19
  %24 = getelementptr inbounds i8, ptr %9, i64 %20
  %25 = load i8, ptr %24, align 1, !tbaa !10
  br label %26

26:                                               ; preds = %32, %23
  %27 = phi i32 [ %21, %23 ], [ %36, %32 ]
  %28 = zext i32 %27 to i64
  %29 = getelementptr inbounds i8, ptr %9, i64 %28
  %30 = load i8, ptr %29, align 1, !tbaa !10
  %31 = icmp eq i8 %25, %30
  br i1 %31, label %38, label %32

32:                                               ; preds = %26
  %33 = add nsw i32 %27, -1
  %34 = zext i32 %33 to i64
  %35 = getelementptr inbounds i32, ptr %1, i64 %34
  %36 = load i32, ptr %35, align 4, !tbaa !8
  %37 = icmp sgt i32 %36, 0
  br i1 %37, label %26, label %38, !llvm.loop !11

38:                                               ; preds = %32, %26, %19
  %39 = phi i32 [ %21, %19 ], [ %27, %26 ], [ %36, %32 ]
  %40 = getelementptr inbounds i8, ptr %9, i64 %20
  %41 = load i8, ptr %40, align 1, !tbaa !10
  %42 = sext i32 %39 to i64
  %43 = getelementptr inbounds i8, ptr %9, i64 %42
  %44 = load i8, ptr %43, align 1, !tbaa !10
  %45 = icmp eq i8 %41, %44
  %46 = zext i1 %45 to i32
  %47 = add nsw i32 %39, %46
  %48 = getelementptr inbounds i32, ptr %1, i64 %20
  store i32 %47, ptr %48, align 4, !tbaa !8
  %49 = add nuw nsw i64 %20, 1
  %50 = icmp eq i64 %49, %18
  br i1 %50, label %51, label %19, !llvm.loop !14

51:                                               ; preds = %38, %15
  br label %52

52:                                               ; preds = %51, %89
  %53 = phi i64 [ %92, %89 ], [ 0, %51 ]
  %54 = phi i32 [ %91, %89 ], [ 0, %51 ]
  %55 = phi i32 [ %90, %89 ], [ 0, %51 ]
  %56 = icmp sgt i32 %54, 0
  br i1 %56, label %57, label %72

57:                                               ; preds = %52
  %58 = getelementptr inbounds i8, ptr @.str.7, i64 %53
  %59 = load i8, ptr %58, align 1, !tbaa !10
  br label %60

60:                                               ; preds = %66, %57
  %61 = phi i32 [ %54, %57 ], [ %70, %66 ]
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
  br i1 %71, label %60, label %72, !llvm.loop !15

72:                                               ; preds = %66, %60, %52
  %73 = phi i32 [ %54, %52 ], [ %61, %60 ], [ %70, %66 ]
  %74 = getelementptr inbounds i8, ptr @.str.7, i64 %53
  %75 = load i8, ptr %74, align 1, !tbaa !10
  %76 = sext i32 %73 to i64
  %77 = getelementptr inbounds i8, ptr %9, i64 %76
  %78 = load i8, ptr %77, align 1, !tbaa !10
  %79 = icmp eq i8 %75, %78
  %80 = zext i1 %79 to i32
  %81 = add nsw i32 %73, %80
  %82 = icmp eq i32 %81, %11
  br i1 %82, label %83, label %89

83:                                               ; preds = %72
  %84 = add nsw i32 %55, 1
  %85 = add nsw i32 %81, -1
  %86 = sext i32 %85 to i64
  %87 = getelementptr inbounds [64 x i32], ptr %1, i64 0, i64 %86
  %88 = load i32, ptr %87, align 4, !tbaa !8
  br label %89

89:                                               ; preds = %83, %72
  %90 = phi i32 [ %84, %83 ], [ %55, %72 ]
  %91 = phi i32 [ %88, %83 ], [ %81, %72 ]
  %92 = add nuw nsw i64 %53, 1
  %93 = icmp eq i64 %92, 87
  br i1 %93, label %94, label %52, !llvm.loop !16

94:                                               ; preds = %89, %5
  %95 = phi i32 [ -1, %5 ], [ %90, %89 ]
  call void @llvm.lifetime.end.p0(i64 256, ptr nonnull %1) #5
  br label %96

96:                                               ; preds = %96, %94
  %97 = phi ptr [ @.str.7, %94 ], [ %103, %96 ]
  %98 = phi i32 [ 0, %94 ], [ %102, %96 ]
  %99 = tail call i32 @strncmp(ptr noundef nonnull %97, ptr noundef %9, i64 noundef %10) #4
  %100 = icmp eq i32 %99, 0
  %101 = zext i1 %100 to i32
  %102 = add nuw nsw i32 %98, %101
  %103 = getelementptr inbounds i8, ptr %97, i64 1
  %104 = icmp eq ptr %103, getelementptr inbounds ([88 x i8], ptr @.str.7, i64 0, i64 87)
  br i1 %104, label %105, label %96, !llvm.loop !17

105:                                              ; preds = %96
  %106 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, ptr noundef %9, i32 noundef %95)
  %107 = icmp eq i32 %95, %102
  %108 = select i1 %107, i32 %7, i32 0
  %109 = add nuw nsw i64 %6, 1
  %110 = icmp eq i64 %109, 6
  br i1 %110, label %2, label %5, !llvm.loop !18
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
!11 = distinct !{!11, !12, !13}
!12 = !{!"llvm.loop.mustprogress"}
!13 = !{!"llvm.loop.unroll.disable"}
!14 = distinct !{!14, !12, !13}
!15 = distinct !{!15, !12, !13}
!16 = distinct !{!16, !12, !13}
!17 = distinct !{!17, !12, !13}
!18 = distinct !{!18, !12, !13}
