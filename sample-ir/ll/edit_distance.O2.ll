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

3:                                                ; preds = %160
  %4 = icmp ne i32 %161, 0
  %5 = zext i1 %4 to i32
  ret i32 %5

6:                                                ; preds = %0, %160
  %7 = phi i64 [ 0, %0 ], [ %162, %160 ]
  %8 = phi i32 [ 0, %0 ], [ %161, %160 ]
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
  br i1 %17, label %18, label %19

18:                                               ; preds = %6
  call void @llvm.lifetime.end.p0(i64 512, ptr nonnull %2) #7
  call void @llvm.lifetime.end.p0(i64 512, ptr nonnull %1) #7
  br label %147

19:                                               ; preds = %6
  %20 = icmp slt i32 %16, 0
  br i1 %20, label %41, label %21

21:                                               ; preds = %19
  %22 = add i64 %15, 1
  %23 = and i64 %22, 4294967295
  %24 = icmp ult i64 %23, 8
  br i1 %24, label %39, label %25

25:                                               ; preds = %21
  %26 = and i64 %22, 7
  %27 = sub nsw i64 %23, %26
  br label %28

28:                                               ; preds = %28, %25
  %29 = phi i64 [ 0, %25 ], [ %34, %28 ]
  %30 = phi <4 x i32> [ <i32 0, i32 1, i32 2, i32 3>, %25 ], [ %35, %28 ]
  %31 = add <4 x i32> %30, <i32 4, i32 4, i32 4, i32 4>
  %32 = getelementptr inbounds [128 x i32], ptr %1, i64 0, i64 %29
  store <4 x i32> %30, ptr %32, align 16, !tbaa !11
  %33 = getelementptr inbounds i32, ptr %32, i64 4
  store <4 x i32> %31, ptr %33, align 16, !tbaa !11
  %34 = add nuw i64 %29, 8
  %35 = add <4 x i32> %30, <i32 8, i32 8, i32 8, i32 8>
  %36 = icmp eq i64 %34, %27
  br i1 %36, label %37, label %28, !llvm.loop !12

37:                                               ; preds = %28
  %38 = icmp eq i64 %26, 0
  br i1 %38, label %41, label %39

39:                                               ; preds = %21, %37
  %40 = phi i64 [ 0, %21 ], [ %27, %37 ]
  br label %57

41:                                               ; preds = %57, %37, %19
  %42 = icmp slt i32 %14, 1
  br i1 %42, label %43, label %48

43:                                               ; preds = %41
  %44 = shl i64 %15, 32
  %45 = ashr exact i64 %44, 32
  %46 = getelementptr inbounds [128 x i32], ptr %1, i64 0, i64 %45
  %47 = load i32, ptr %46, align 4, !tbaa !11
  call void @llvm.lifetime.end.p0(i64 512, ptr nonnull %2) #7
  call void @llvm.lifetime.end.p0(i64 512, ptr nonnull %1) #7
  br label %98

48:                                               ; preds = %41
  %49 = icmp slt i32 %16, 1
  %50 = shl i64 %15, 32
  %51 = add i64 %50, 4294967296
  %52 = ashr exact i64 %51, 30
  %53 = add i64 %15, 1
  %54 = add i64 %13, 1
  %55 = and i64 %54, 4294967295
  %56 = and i64 %53, 4294967295
  br label %63

57:                                               ; preds = %39, %57
  %58 = phi i64 [ %61, %57 ], [ %40, %39 ]
  %59 = getelementptr inbounds [128 x i32], ptr %1, i64 0, i64 %58
  %60 = trunc i64 %58 to i32
  store i32 %60, ptr %59, align 4, !tbaa !11
  %61 = add nuw nsw i64 %58, 1
  %62 = icmp eq i64 %61, %23
  br i1 %62, label %41, label %57, !llvm.loop !16

63:                                               ; preds = %71, %48
  %64 = phi i64 [ 1, %48 ], [ %72, %71 ]
  %65 = trunc i64 %64 to i32
  store i32 %65, ptr %2, align 16, !tbaa !11
  br i1 %49, label %71, label %66

66:                                               ; preds = %63
  %67 = add nsw i64 %64, -1
  %68 = getelementptr inbounds i8, ptr %10, i64 %67
  %69 = load i8, ptr %68, align 1, !tbaa !17
  %70 = load i32, ptr %1, align 16, !tbaa !11
  br label %74

71:                                               ; preds = %74, %63
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 16 %1, ptr nonnull align 16 %2, i64 %52, i1 false)
  %72 = add nuw nsw i64 %64, 1
  %73 = icmp eq i64 %72, %55
  br i1 %73, label %93, label %63, !llvm.loop !18

74:                                               ; preds = %74, %66
  %75 = phi i32 [ %70, %66 ], [ %79, %74 ]
  %76 = phi i32 [ %65, %66 ], [ %89, %74 ]
  %77 = phi i64 [ 1, %66 ], [ %91, %74 ]
  %78 = getelementptr inbounds [128 x i32], ptr %1, i64 0, i64 %77
  %79 = load i32, ptr %78, align 4, !tbaa !11
  %80 = add nsw i32 %79, 1
  %81 = add nsw i64 %77, -1
  %82 = add nsw i32 %76, 1
  %83 = getelementptr inbounds i8, ptr %12, i64 %81
  %84 = load i8, ptr %83, align 1, !tbaa !17
  %85 = icmp ne i8 %69, %84
  %86 = zext i1 %85 to i32
  %87 = add nsw i32 %75, %86
  %88 = tail call i32 @llvm.smin.i32(i32 %80, i32 %82)
  %89 = tail call i32 @llvm.smin.i32(i32 %88, i32 %87)
  %90 = getelementptr inbounds [128 x i32], ptr %2, i64 0, i64 %77
  store i32 %89, ptr %90, align 4, !tbaa !11
  %91 = add nuw nsw i64 %77, 1
  %92 = icmp eq i64 %91, %56
  br i1 %92, label %71, label %74, !llvm.loop !19

93:                                               ; preds = %71
  %94 = ashr exact i64 %50, 32
  %95 = getelementptr inbounds [128 x i32], ptr %1, i64 0, i64 %94
  %96 = load i32, ptr %95, align 4, !tbaa !11
  call void @llvm.lifetime.end.p0(i64 512, ptr nonnull %2) #7
  call void @llvm.lifetime.end.p0(i64 512, ptr nonnull %1) #7
  %97 = icmp sgt i32 %14, 127
  br i1 %97, label %147, label %98

98:                                               ; preds = %43, %93
  %99 = phi i32 [ %47, %43 ], [ %96, %93 ]
  %100 = icmp slt i32 %14, 0
  br i1 %100, label %112, label %101

101:                                              ; preds = %98
  %102 = add i64 %15, 1
  %103 = add i64 %13, 1
  %104 = and i64 %103, 4294967295
  %105 = and i64 %102, 4294967295
  br label %106

106:                                              ; preds = %119, %101
  %107 = phi i64 [ 0, %101 ], [ %120, %119 ]
  br i1 %20, label %119, label %108

108:                                              ; preds = %106
  %109 = icmp eq i64 %107, 0
  %110 = add nsw i64 %107, -1
  %111 = getelementptr inbounds i8, ptr %10, i64 %110
  br label %122

112:                                              ; preds = %119, %98
  %113 = shl i64 %13, 32
  %114 = ashr exact i64 %113, 32
  %115 = shl i64 %15, 32
  %116 = ashr exact i64 %115, 32
  %117 = getelementptr inbounds [128 x [128 x i32]], ptr @lcs_length.t, i64 0, i64 %114, i64 %116
  %118 = load i32, ptr %117, align 4, !tbaa !11
  br label %147

119:                                              ; preds = %142, %106
  %120 = add nuw nsw i64 %107, 1
  %121 = icmp eq i64 %120, %104
  br i1 %121, label %112, label %106, !llvm.loop !20

122:                                              ; preds = %142, %108
  %123 = phi i64 [ 0, %108 ], [ %145, %142 ]
  %124 = icmp eq i64 %123, 0
  %125 = select i1 %109, i1 true, i1 %124
  br i1 %125, label %142, label %126

126:                                              ; preds = %122
  %127 = load i8, ptr %111, align 1, !tbaa !17
  %128 = add nsw i64 %123, -1
  %129 = getelementptr inbounds i8, ptr %12, i64 %128
  %130 = load i8, ptr %129, align 1, !tbaa !17
  %131 = icmp eq i8 %127, %130
  br i1 %131, label %132, label %136

132:                                              ; preds = %126
  %133 = getelementptr inbounds [128 x [128 x i32]], ptr @lcs_length.t, i64 0, i64 %110, i64 %128
  %134 = load i32, ptr %133, align 4, !tbaa !11
  %135 = add nsw i32 %134, 1
  br label %142

136:                                              ; preds = %126
  %137 = getelementptr inbounds [128 x [128 x i32]], ptr @lcs_length.t, i64 0, i64 %110, i64 %123
  %138 = load i32, ptr %137, align 4, !tbaa !11
  %139 = getelementptr inbounds [128 x [128 x i32]], ptr @lcs_length.t, i64 0, i64 %107, i64 %128
  %140 = load i32, ptr %139, align 4, !tbaa !11
  %141 = tail call i32 @llvm.smax.i32(i32 %138, i32 %140)
  br label %142

142:                                              ; preds = %136, %132, %122
  %143 = phi i32 [ %141, %136 ], [ %135, %132 ], [ 0, %122 ]
  %144 = getelementptr inbounds [128 x [128 x i32]], ptr @lcs_length.t, i64 0, i64 %107, i64 %123
  store i32 %143, ptr %144, align 4, !tbaa !11
  %145 = add nuw nsw i64 %123, 1
  %146 = icmp eq i64 %145, %105
  br i1 %146, label %119, label %122, !llvm.loop !21

147:                                              ; preds = %18, %93, %112
  %148 = phi i32 [ %99, %112 ], [ %96, %93 ], [ -1, %18 ]
  %149 = phi i32 [ %118, %112 ], [ -1, %93 ], [ -1, %18 ]
  %150 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, ptr noundef %10, ptr noundef %12, i32 noundef %148, i32 noundef %149)
  %151 = getelementptr inbounds [5 x %struct.anon], ptr @main.cases, i64 0, i64 %7, i32 2
  %152 = load i32, ptr %151, align 8, !tbaa !22
  %153 = icmp eq i32 %148, %152
  br i1 %153, label %154, label %158

154:                                              ; preds = %147
  %155 = getelementptr inbounds [5 x %struct.anon], ptr @main.cases, i64 0, i64 %7, i32 3
  %156 = load i32, ptr %155, align 4, !tbaa !23
  %157 = icmp eq i32 %149, %156
  br i1 %157, label %160, label %158

158:                                              ; preds = %154, %147
  %159 = add nsw i32 %8, 1
  br label %160

160:                                              ; preds = %158, %154
  %161 = phi i32 [ %159, %158 ], [ %8, %154 ]
  %162 = add nuw nsw i64 %7, 1
  %163 = icmp eq i64 %162, 5
  br i1 %163, label %3, label %6, !llvm.loop !24
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
!12 = distinct !{!12, !13, !14, !15}
!13 = !{!"llvm.loop.mustprogress"}
!14 = !{!"llvm.loop.isvectorized", i32 1}
!15 = !{!"llvm.loop.unroll.runtime.disable"}
!16 = distinct !{!16, !13, !15, !14}
!17 = !{!7, !7, i64 0}
!18 = distinct !{!18, !13}
!19 = distinct !{!19, !13}
!20 = distinct !{!20, !13}
!21 = distinct !{!21, !13}
!22 = !{!5, !9, i64 16}
!23 = !{!5, !9, i64 20}
!24 = distinct !{!24, !13}
