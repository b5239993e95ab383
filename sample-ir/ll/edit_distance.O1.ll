; ModuleID = 'c/edit_distance.c'
source_filename = "c/edit_distance.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.anon = type { ptr, ptr, i32, i32 }

@main.cases = internal unnamed_addr constant [5 x %struct.anon] [%struct.anon { ptr @.str, ptr @.str.1, i32 3, i32 4 }, %struct.anon { ptr @.str.2, ptr @.str.3, i32 2, i32 3 }, %struct.anon { ptr @.str.4, ptr @.str.5, i32 3, i32 0 }, %struct.anon { ptr @.str.6, ptr @.str.7, i32 5, i32 5 }, %struct.anon { ptr @.str.8, ptr @.str.8, i32 0, i32 4 }], align 16
@.str = private unnamed_addr constant [7 x i8] c"kitten\00", align 1
@.str.1 = private unnamed_addr constant [8 x i8] c"sitting\00", align 1
@.str.2 = private unnamed_addr constant [5 x i8] c"flaw\00", align 1
@.str.3 = private unnamed_addr constant [5 x i8] c"lawn\00", align 1
@.str.4 = private unnamed_addr constant [1 x i8] zeroinitializer, align 1
@.str.5 = private unnamed_addr constant [4 x i8] c"abc\00", align 1
@.str.6 = private unnamed_addr constant [10 x i8] c"intention\00", align 1
@.str.7 = private unnamed_addr constant [10 x i8] c"execution\00", align 1
@.str.8 = private unnamed_addr constant [5 x i8] c"same\00", align 1
@.str.9 = private unnamed_addr constant [44 x i8] c"edit_distance %s -> %s: distance=%d lcs=%d\0A\00", align 1
@lcs_length.t = internal unnamed_addr global [128 x [128 x i32]] zeroinitializer, align 16

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  %1 = alloca [128 x i32], align 16
  %2 = alloca [128 x i32], align 16
  br label %6

3:                                                ; preds = %140
  %4 = icmp ne i32 %141, 0
  %5 = zext i1 %4 to i32
  ret i32 %5

6:                                                ; preds = %0, %140
  %7 = phi i64 [ 0, %0 ], [ %142, %140 ]
  %8 = phi i32 [ 0, %0 ], [ %141, %140 ]
  %9 = getelementptr inbounds [5 x %struct.anon], ptr @main.cases, i64 0, i64 %7
  %10 = load ptr, ptr %9, align 8, !tbaa !4
  %11 = getelementptr inbounds [5 x %struct.anon], ptr @main.cases, i64 0, i64 %7, i32 1
  %12 = load ptr, ptr %11, align 8, !tbaa !10
  %13 = tail call i64 @strlen(ptr noundef nonnull dereferenceable(1) %10) #6
  %14 = trunc i64 %13 to i32
  %15 = tail call i64 @strlen(ptr noundef nonnull dereferenceable(1) %12) #6
  %16 = trunc i64 %15 to i32
  call void @llvm.lifetime.start.p0(i64 512, ptr nonnull %1) #7
  call void @llvm.lifetime.start.p0(i64 512, ptr nonnull %2) #7
  %17 = icmp sgt i32 %16, 127
  br i1 %17, label %75, label %18

18:                                               ; preds = %6
  %19 = icmp slt i32 %16, 0
  br i1 %19, label %23, label %20

20:                                               ; preds = %18
  %21 = add i64 %15, 1
  %22 = and i64 %21, 4294967295
  br label %34

23:                                               ; preds = %34, %18
  %24 = icmp slt i32 %14, 1
  br i1 %24, label %40, label %25

25:                                               ; preds = %23
  %26 = icmp slt i32 %16, 1
  %27 = shl i64 %15, 32
  %28 = add i64 %27, 4294967296
  %29 = ashr exact i64 %28, 30
  %30 = add i64 %15, 1
  %31 = add i64 %13, 1
  %32 = and i64 %31, 4294967295
  %33 = and i64 %30, 4294967295
  br label %45

34:                                               ; preds = %34, %20
  %35 = phi i64 [ 0, %20 ], [ %38, %34 ]
  %36 = getelementptr inbounds [128 x i32], ptr %1, i64 0, i64 %35
  %37 = trunc i64 %35 to i32
  store i32 %37, ptr %36, align 4, !tbaa !11
  %38 = add nuw nsw i64 %35, 1
  %39 = icmp eq i64 %38, %22
  br i1 %39, label %23, label %34, !llvm.loop !12

40:                                               ; preds = %52, %23
  %41 = shl i64 %15, 32
  %42 = ashr exact i64 %41, 32
  %43 = getelementptr inbounds [128 x i32], ptr %1, i64 0, i64 %42
  %44 = load i32, ptr %43, align 4, !tbaa !11
  br label %75

45:                                               ; preds = %52, %25
  %46 = phi i64 [ 1, %25 ], [ %53, %52 ]
  %47 = trunc i64 %46 to i32
  store i32 %47, ptr %2, align 16, !tbaa !11
  br i1 %26, label %52, label %48

48:                                               ; preds = %45
  %49 = add nsw i64 %46, -1
  %50 = getelementptr inbounds i8, ptr %10, i64 %49
  %51 = load i8, ptr %50, align 1, !tbaa !15
  br label %55

52:                                               ; preds = %55, %45
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 16 %1, ptr nonnull align 16 %2, i64 %29, i1 false)
  %53 = add nuw nsw i64 %46, 1
  %54 = icmp eq i64 %53, %32
  br i1 %54, label %40, label %45, !llvm.loop !16

55:                                               ; preds = %55, %48
  %56 = phi i32 [ %47, %48 ], [ %71, %55 ]
  %57 = phi i64 [ 1, %48 ], [ %73, %55 ]
  %58 = getelementptr inbounds [128 x i32], ptr %1, i64 0, i64 %57
  %59 = load i32, ptr %58, align 4, !tbaa !11
  %60 = add nsw i32 %59, 1
  %61 = add nsw i64 %57, -1
  %62 = add nsw i32 %56, 1
  %63 = getelementptr inbounds [128 x i32], ptr %1, i64 0, i64 %61
  %64 = load i32, ptr %63, align 4, !tbaa !11
  %65 = getelementptr inbounds i8, ptr %12, i64 %61
  %66 = load i8, ptr %65, align 1, !tbaa !15
  %67 = icmp ne i8 %51, %66
  %68 = zext i1 %67 to i32
  %69 = add nsw i32 %64, %68
  %70 = tail call i32 @llvm.smin.i32(i32 %60, i32 %62)
  %71 = tail call i32 @llvm.smin.i32(i32 %70, i32 %69)
  %72 = getelementptr inbounds [128 x i32], ptr %2, i64 0, i64 %57
  store i32 %71, ptr %72, align 4, !tbaa !11
  %73 = add nuw nsw i64 %57, 1
  %74 = icmp eq i64 %73, %33
  br i1 %74, label %52, label %55, !llvm.loop !17

75:                                               ; preds = %6, %40
  %76 = phi i32 [ %44, %40 ], [ -1, %6 ]
  call void @llvm.lifetime.end.p0(i64 512, ptr nonnull %2) #7
  call void @llvm.lifetime.end.p0(i64 512, ptr nonnull %1) #7
  %77 = icmp sgt i32 %14, 127
  %78 = or i1 %77, %17
  br i1 %78, label %128, label %79

79:                                               ; preds = %75
  %80 = icmp slt i32 %14, 0
  br i1 %80, label %93, label %81

81:                                               ; preds = %79
  %82 = icmp slt i32 %16, 0
  %83 = add i64 %15, 1
  %84 = add i64 %13, 1
  %85 = and i64 %84, 4294967295
  %86 = and i64 %83, 4294967295
  br label %87

87:                                               ; preds = %100, %81
  %88 = phi i64 [ 0, %81 ], [ %101, %100 ]
  br i1 %82, label %100, label %89

89:                                               ; preds = %87
  %90 = icmp eq i64 %88, 0
  %91 = add nsw i64 %88, -1
  %92 = getelementptr inbounds i8, ptr %10, i64 %91
  br label %103

93:                                               ; preds = %100, %79
  %94 = shl i64 %13, 32
  %95 = ashr exact i64 %94, 32
  %96 = shl i64 %15, 32
  %97 = ashr exact i64 %96, 32
  %98 = getelementptr inbounds [128 x [128 x i32]], ptr @lcs_length.t, i64 0, i64 %95, i64 %97
  %99 = load i32, ptr %98, align 4, !tbaa !11
  br label %128

100:                                              ; preds = %123, %87
  %101 = add nuw nsw i64 %88, 1
  %102 = icmp eq i64 %101, %85
  br i1 %102, label %93, label %87, !llvm.loop !18

103:                                              ; preds = %123, %89
  %104 = phi i64 [ 0, %89 ], [ %126, %123 ]
  %105 = icmp eq i64 %104, 0
  %106 = select i1 %90, i1 true, i1 %105
  br i1 %106, label %123, label %107

107:                                              ; preds = %103
  %108 = load i8, ptr %92, align 1, !tbaa !15
  %109 = add nsw i64 %104, -1
  %110 = getelementptr inbounds i8, ptr %12, i64 %109
  %111 = load i8, ptr %110, align 1, !tbaa !15
  %112 = icmp eq i8 %108, %111
  br i1 %112, label %113, label %117

113:                                              ; preds = %107
  %114 = getelementptr inbounds [128 x [128 x i32]], ptr @lcs_length.t, i64 0, i64 %91, i64 %109
  %115 = load i32, ptr %114, align 4, !tbaa !11
  %116 = add nsw i32 %115, 1
  br label %123

117:                                              ; preds = %107
  %118 = getelementptr inbounds [128 x [128 x i32]], ptr @lcs_length.t, i64 0, i64 %91, i64 %104
  %119 = load i32, ptr %118, align 4, !tbaa !11
  %120 = getelementptr inbounds [128 x [128 x i32]], ptr @lcs_length.t, i64 0, i64 %88, i64 %109
  %121 = load i32, ptr %120, align 4, !tbaa !11
  %122 = tail call i32 @llvm.smax.i32(i32 %119, i32 %121)
  br label %123

123:                                              ; preds = %103, %117, %113
  %124 = phi i32 [ %122, %117 ], [ %116, %113 ], [ 0, %103 ]
  %125 = getelementptr inbounds [128 x [128 x i32]], ptr @lcs_length.t, i64 0, i64 %88, i64 %104
  store i32 %124, ptr %125, align 4, !tbaa !11
  %126 = add nuw nsw i64 %104, 1
  %127 = icmp eq i64 %126, %86
  br i1 %127, label %100, label %103, !llvm.loop !19

128:                                              ; preds = %75, %93
  %129 = phi i32 [ %99, %93 ], [ -1, %75 ]
  %130 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, ptr noundef %10, ptr noundef %12, i32 noundef %76, i32 noundef %129)
  %131 = getelementptr inbounds [5 x %struct.anon], ptr @main.cases, i64 0, i64 %7, i32 2
  %132 = load i32, ptr %131, align 8, !tbaa !20
  %133 = icmp eq i32 %76, %132
  br i1 %133, label %134, label %138

134:                                              ; preds = %128
  %135 = getelementptr inbounds [5 x %struct.anon], ptr @main.cases, i64 0, i64 %7, i32 3
  %136 = load i32, ptr %135, align 4, !tbaa !21
  %137 = icmp eq i32 %129, %136
  br i1 %137, label %140, label %138

138:                                              ; preds = %134, %128
  %139 = add nsw i32 %8, 1
  br label %140

140:                                              ; preds = %138, %134
  %141 = phi i32 [ %139, %138 ], [ %8, %134 ]
  %142 = add nuw nsw i64 %7, 1
  %143 = icmp eq i64 %142, 5
  br i1 %143, label %3, label %6, !llvm.loop !22
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i64 @strlen(ptr nocapture noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #4

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #5

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #5

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nofree nounwind willreturn memory(argmem: read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { nounwind willreturn memory(read) }
attributes #7 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!5, !6, i64 0}
!5 = !{!"", !6, i64 0, !6, i64 8, !9, i64 16, !9, i64 20}
!6 = !{!"any pointer", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!"int", !7, i64 0}
!10 = !{!5, !6, i64 8}
!11 = !{!9, !9, i64 0}
!12 = distinct !{!12, !13, !14}
!13 = !{!"llvm.loop.mustprogress"}
!14 = !{!"llvm.loop.unroll.disable"}
!15 = !{!7, !7, i64 0}
!16 = distinct !{!16, !13, !14}
!17 = distinct !{!17, !13, !14}
!18 = distinct !{!18, !13, !14}
!19 = distinct !{!19, !13, !14}
!20 = !{!5, !9, i64 16}
!21 = !{!5, !9, i64 20}
!22 = distinct !{!22, !13, !14}
