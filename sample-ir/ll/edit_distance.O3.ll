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

3:                                                ; preds = %186
  %4 = icmp ne i32 %187, 0
  %5 = zext i1 %4 to i32
  ret i32 %5

6:                                                ; preds = %0, %186
  %7 = phi i64 [ 0, %0 ], [ %188, %186 ]
  %8 = phi i32 [ 0, %0 ], [ %187, %186 ]
  %9 = getelementptr inbounds [5 x %struct.anon], ptr @main.cases, i64 0, i64 %7
  %10 = load ptr, ptr %9, align 8, !tbaa !4
  %11 = getelementptr inbounds [5 x %struct.anon], ptr @main.cases, i64 0, i64 %7, i32 1
  %12 = load ptr, ptr %11, align 8, !tbaa !10
  %13 = tail call i64 @strlen(ptr noundef nonnull dereferenceable(1) %10) #7
  %14 = trunc i64 %13 to i32
  %15 = tail call i64 @strlen(ptr noundef nonnull dereferenceable(1) %12) #7
  %16 = trunc i64 %15 to i32
  call void @llvm.lifetime.start.p0(i64 512, ptr nonnull %1) #8
  call void @llvm.lifetime.start.p0(i64 512, ptr nonnull %2) #8
  %17 = icmp sgt i32 %16, 127
  br i1 %17, label %18, label %19

18:                                               ; preds = %6
  call void @llvm.lifetime.end.p0(i64 512, ptr nonnull %2) #8
  call void @llvm.lifetime.end.p0(i64 512, ptr nonnull %1) #8
  br label %173

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
  br label %72

41:                                               ; preds = %72, %37, %19
  %42 = icmp slt i32 %14, 1
  br i1 %42, label %43, label %48

43:                                               ; preds = %41
  %44 = shl i64 %15, 32
  %45 = ashr exact i64 %44, 32
  %46 = getelementptr inbounds [128 x i32], ptr %1, i64 0, i64 %45
  %47 = load i32, ptr %46, align 4, !tbaa !11
  call void @llvm.lifetime.end.p0(i64 512, ptr nonnull %2) #8
  call void @llvm.lifetime.end.p0(i64 512, ptr nonnull %1) #8
  br label %121

48:                                               ; preds = %41
  %49 = icmp slt i32 %16, 1
  %50 = shl i64 %15, 32
  %51 = add i64 %50, 4294967296
  %52 = ashr exact i64 %51, 30
  br i1 %49, label %53, label %58

53:                                               ; preds = %48
  %54 = and i32 %14, 3
  %55 = icmp ult i32 %14, 4
  br i1 %55, label %107, label %56

56:                                               ; preds = %53
  %57 = and i32 %14, -4
  br label %63

58:                                               ; preds = %48
  %59 = add i64 %15, 1
  %60 = add i64 %13, 1
  %61 = and i64 %60, 4294967295
  %62 = and i64 %59, 4294967295
  br label %78

63:                                               ; preds = %63, %56
  %64 = phi i32 [ 1, %56 ], [ %69, %63 ]
  %65 = phi i32 [ 0, %56 ], [ %70, %63 ]
  store i32 %64, ptr %2, align 16, !tbaa !11
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 16 %1, ptr nonnull align 16 %2, i64 %52, i1 false)
  %66 = add nuw nsw i32 %64, 1
  store i32 %66, ptr %2, align 16, !tbaa !11
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 16 %1, ptr nonnull align 16 %2, i64 %52, i1 false)
  %67 = add nuw nsw i32 %64, 2
  store i32 %67, ptr %2, align 16, !tbaa !11
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 16 %1, ptr nonnull align 16 %2, i64 %52, i1 false)
  %68 = add nuw i32 %64, 3
  store i32 %68, ptr %2, align 16, !tbaa !11
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 16 %1, ptr nonnull align 16 %2, i64 %52, i1 false)
  %69 = add nuw i32 %64, 4
  %70 = add i32 %65, 4
  %71 = icmp eq i32 %70, %57
  br i1 %71, label %107, label %63, !llvm.loop !16

72:                                               ; preds = %39, %72
  %73 = phi i64 [ %76, %72 ], [ %40, %39 ]
  %74 = getelementptr inbounds [128 x i32], ptr %1, i64 0, i64 %73
  %75 = trunc i64 %73 to i32
  store i32 %75, ptr %74, align 4, !tbaa !11
  %76 = add nuw nsw i64 %73, 1
  %77 = icmp eq i64 %76, %23
  br i1 %77, label %41, label %72, !llvm.loop !17

78:                                               ; preds = %85, %58
  %79 = phi i64 [ 1, %58 ], [ %86, %85 ]
  %80 = trunc i64 %79 to i32
  store i32 %80, ptr %2, align 16, !tbaa !11
  %81 = add nsw i64 %79, -1
  %82 = getelementptr inbounds i8, ptr %10, i64 %81
  %83 = load i8, ptr %82, align 1, !tbaa !18
  %84 = load i32, ptr %1, align 16, !tbaa !11
  br label %88

85:                                               ; preds = %88
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 16 %1, ptr nonnull align 16 %2, i64 %52, i1 false)
  %86 = add nuw nsw i64 %79, 1
  %87 = icmp eq i64 %86, %61
  br i1 %87, label %116, label %78, !llvm.loop !16

88:                                               ; preds = %88, %78
  %89 = phi i32 [ %84, %78 ], [ %93, %88 ]
  %90 = phi i32 [ %80, %78 ], [ %103, %88 ]
  %91 = phi i64 [ 1, %78 ], [ %105, %88 ]
  %92 = getelementptr inbounds [128 x i32], ptr %1, i64 0, i64 %91
  %93 = load i32, ptr %92, align 4, !tbaa !11
  %94 = add nsw i32 %93, 1
  %95 = add nsw i64 %91, -1
  %96 = add nsw i32 %90, 1
  %97 = getelementptr inbounds i8, ptr %12, i64 %95
  %98 = load i8, ptr %97, align 1, !tbaa !18
  %99 = icmp ne i8 %83, %98
  %100 = zext i1 %99 to i32
  %101 = add nsw i32 %89, %100
  %102 = tail call i32 @llvm.smin.i32(i32 %94, i32 %96)
  %103 = tail call i32 @llvm.smin.i32(i32 %102, i32 %101)
  %104 = getelementptr inbounds [128 x i32], ptr %2, i64 0, i64 %91
  store i32 %103, ptr %104, align 4, !tbaa !11
  %105 = add nuw nsw i64 %91, 1
  %106 = icmp eq i64 %105, %62
  br i1 %106, label %85, label %88, !llvm.loop !19

107:                                              ; preds = %63, %53
  %108 = phi i32 [ 1, %53 ], [ %69, %63 ]
  %109 = icmp eq i32 %54, 0
  br i1 %109, label %116, label %110

110:                                              ; preds = %107, %110
  %111 = phi i32 [ %113, %110 ], [ %108, %107 ]
  %112 = phi i32 [ %114, %110 ], [ 0, %107 ]
  store i32 %111, ptr %2, align 16, !tbaa !11
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 16 %1, ptr nonnull align 16 %2, i64 %52, i1 false)
  %113 = add nuw i32 %111, 1
  %114 = add i32 %112, 1
  %115 = icmp eq i32 %114, %54
  br i1 %115, label %116, label %110, !llvm.loop !20

116:                                              ; preds = %85, %107, %110
  %117 = ashr exact i64 %50, 32
  %118 = getelementptr inbounds [128 x i32], ptr %1, i64 0, i64 %117
  %119 = load i32, ptr %118, align 4, !tbaa !11
  call void @llvm.lifetime.end.p0(i64 512, ptr nonnull %2) #8
  call void @llvm.lifetime.end.p0(i64 512, ptr nonnull %1) #8
  %120 = icmp sgt i32 %14, 127
  br i1 %120, label %173, label %121

121:                                              ; preds = %43, %116
  %122 = phi i32 [ %47, %43 ], [ %119, %116 ]
  %123 = or i64 %13, %15
  %124 = and i64 %123, 2147483648
  %125 = icmp eq i64 %124, 0
  br i1 %125, label %126, label %143

126:                                              ; preds = %121
  %127 = add i64 %15, 1
  %128 = and i64 %127, 4294967295
  %129 = shl nuw nsw i64 %128, 2
  %130 = add i64 %13, 1
  %131 = and i64 %130, 4294967295
  %132 = icmp eq i64 %128, 1
  br label %133

133:                                              ; preds = %150, %126
  %134 = phi i64 [ 0, %126 ], [ %151, %150 ]
  %135 = icmp eq i64 %134, 0
  %136 = add nsw i64 %134, -1
  %137 = getelementptr inbounds i8, ptr %10, i64 %136
  br i1 %135, label %142, label %138

138:                                              ; preds = %133
  %139 = getelementptr inbounds [128 x [128 x i32]], ptr @lcs_length.t, i64 0, i64 %134, i64 0
  store i32 0, ptr %139, align 16, !tbaa !11
  br i1 %132, label %150, label %140

140:                                              ; preds = %138
  %141 = load i8, ptr %137, align 1, !tbaa !18
  br label %153

142:                                              ; preds = %133
  tail call void @llvm.memset.p0.i64(ptr nonnull align 16 @lcs_length.t, i8 0, i64 %129, i1 false), !tbaa !11
  br label %150

143:                                              ; preds = %150, %121
  %144 = shl i64 %13, 32
  %145 = ashr exact i64 %144, 32
  %146 = shl i64 %15, 32
  %147 = ashr exact i64 %146, 32
  %148 = getelementptr inbounds [128 x [128 x i32]], ptr @lcs_length.t, i64 0, i64 %145, i64 %147
  %149 = load i32, ptr %148, align 4, !tbaa !11
  br label %173

150:                                              ; preds = %168, %142, %138
  %151 = add nuw nsw i64 %134, 1
  %152 = icmp eq i64 %151, %131
  br i1 %152, label %143, label %133, !llvm.loop !22

153:                                              ; preds = %168, %140
  %154 = phi i32 [ 0, %140 ], [ %169, %168 ]
  %155 = phi i64 [ 1, %140 ], [ %171, %168 ]
  %156 = add nsw i64 %155, -1
  %157 = getelementptr inbounds i8, ptr %12, i64 %156
  %158 = load i8, ptr %157, align 1, !tbaa !18
  %159 = icmp eq i8 %141, %158
  br i1 %159, label %160, label %164

160:                                              ; preds = %153
  %161 = getelementptr inbounds [128 x [128 x i32]], ptr @lcs_length.t, i64 0, i64 %136, i64 %156
  %162 = load i32, ptr %161, align 4, !tbaa !11
  %163 = add nsw i32 %162, 1
  br label %168

164:                                              ; preds = %153
  %165 = getelementptr inbounds [128 x [128 x i32]], ptr @lcs_length.t, i64 0, i64 %136, i64 %155
  %166 = load i32, ptr %165, align 4, !tbaa !11
  %167 = tail call i32 @llvm.smax.i32(i32 %166, i32 %154)
  br label %168

168:                                              ; preds = %164, %160
  %169 = phi i32 [ %167, %164 ], [ %163, %160 ]
  %170 = getelementptr inbounds [128 x [128 x i32]], ptr @lcs_length.t, i64 0, i64 %134, i64 %155
  store i32 %169, ptr %170, align 4, !tbaa !11
  %171 = add nuw nsw i64 %155, 1
  %172 = icmp eq i64 %171, %128
  br i1 %172, label %150, label %153, !llvm.loop !23

173:                                              ; preds = %18, %116, %143
  %174 = phi i32 [ %122, %143 ], [ %119, %116 ], [ -1, %18 ]
  %175 = phi i32 [ %149, %143 ], [ -1, %116 ], [ -1, %18 ]
  %176 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, ptr noundef %10, ptr noundef %12, i32 noundef %174, i32 noundef %175)
  %177 = getelementptr inbounds [5 x %struct.anon], ptr @main.cases, i64 0, i64 %7, i32 2
  %178 = load i32, ptr %177, align 8, !tbaa !25
  %179 = icmp eq i32 %174, %178
  br i1 %179, label %180, label %184

180:                                              ; preds = %173
  %181 = getelementptr inbounds [5 x %struct.anon], ptr @main.cases, i64 0, i64 %7, i32 3
  %182 = load i32, ptr %181, align 4, !tbaa !26
  %183 = icmp eq i32 %175, %182
  br i1 %183, label %186, label %184

184:                                              ; preds = %180, %173
  %185 = add nsw i32 %8, 1
  br label %186

186:                                              ; preds = %184, %180
  %187 = phi i32 [ %185, %184 ], [ %8, %180 ]
  %188 = add nuw nsw i64 %7, 1
  %189 = icmp eq i64 %188, 5
  br i1 %189, label %3, label %6, !llvm.loop !27
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

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #6

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nofree nounwind willreturn memory(argmem: read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #7 = { nounwind willreturn memory(read) }
attributes #8 = { nounwind }

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
!16 = distinct !{!16, !13}
!17 = distinct !{!17, !13, !15, !14}
!18 = !{!7, !7, i64 0}
!19 = distinct !{!19, !13}
!20 = distinct !{!20, !21}
!21 = !{!"llvm.loop.unroll.disable"}
!22 = distinct !{!22, !13}
!23 = distinct !{!23, !13, !24}
!24 = !{!"llvm.loop.peeled.count", i32 1}
!25 = !{!5, !9, i64 16}
!26 = !{!5, !9, i64 20}
!27 = distinct !{!27, !13}
