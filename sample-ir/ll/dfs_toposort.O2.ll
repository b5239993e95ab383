; ModuleID = 'c/dfs_toposort.c'
source_filename = "c/dfs_toposort.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@nvert = internal unnamed_addr global i1 false, align 4
@adj = internal unnamed_addr global [16 x [16 x i32]] zeroinitializer, align 16
@order_len = internal unnamed_addr global i32 0, align 4
@order = internal unnamed_addr global [16 x i32] zeroinitializer, align 16
@.str = private unnamed_addr constant [37 x i8] c"dfs_toposort first=%d last=%d ok=%d\0A\00", align 1
@.str.1 = private unnamed_addr constant [44 x i8] c"dfs_toposort after adding 4->6: acyclic=%d\0A\00", align 1
@colour = internal unnamed_addr global [16 x i32] zeroinitializer, align 16

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  %1 = alloca [16 x i32], align 16
  store i1 true, ptr @nvert, align 4
  store i32 1, ptr getelementptr inbounds ([16 x [16 x i32]], ptr @adj, i64 0, i64 0, i64 1), align 4, !tbaa !4
  store i32 1, ptr getelementptr inbounds ([16 x [16 x i32]], ptr @adj, i64 0, i64 0, i64 2), align 8, !tbaa !4
  store i32 1, ptr getelementptr inbounds ([16 x [16 x i32]], ptr @adj, i64 0, i64 1, i64 3), align 4, !tbaa !4
  store i32 1, ptr getelementptr inbounds ([16 x [16 x i32]], ptr @adj, i64 0, i64 2, i64 3), align 4, !tbaa !4
  store i32 1, ptr getelementptr inbounds ([16 x [16 x i32]], ptr @adj, i64 0, i64 3, i64 4), align 16, !tbaa !4
  store i32 1, ptr getelementptr inbounds ([16 x [16 x i32]], ptr @adj, i64 0, i64 5, i64 4), align 16, !tbaa !4
  store i32 1, ptr getelementptr inbounds ([16 x [16 x i32]], ptr @adj, i64 0, i64 6, i64 0), align 16, !tbaa !4
  store i32 1, ptr getelementptr inbounds ([16 x [16 x i32]], ptr @adj, i64 0, i64 6, i64 5), align 4, !tbaa !4
  store i32 1, ptr getelementptr inbounds ([16 x [16 x i32]], ptr @adj, i64 0, i64 2, i64 7), align 4, !tbaa !4
  store i32 1, ptr getelementptr inbounds ([16 x [16 x i32]], ptr @adj, i64 0, i64 7, i64 4), align 16, !tbaa !4
  store i32 0, ptr @order_len, align 4, !tbaa !4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(32) @colour, i8 0, i64 32, i1 false), !tbaa !8
  %2 = load i32, ptr @colour, align 16, !tbaa !8
  %3 = icmp eq i32 %2, 0
  br i1 %3, label %4, label %7

4:                                                ; preds = %0
  %5 = tail call fastcc i32 @dfs(i32 noundef 0)
  %6 = icmp eq i32 %5, 0
  br i1 %6, label %7, label %198

7:                                                ; preds = %4, %0
  %8 = load i32, ptr getelementptr inbounds ([16 x i32], ptr @colour, i64 0, i64 1), align 4, !tbaa !8
  %9 = icmp eq i32 %8, 0
  br i1 %9, label %10, label %13

10:                                               ; preds = %7
  %11 = tail call fastcc i32 @dfs(i32 noundef 1)
  %12 = icmp eq i32 %11, 0
  br i1 %12, label %13, label %198

13:                                               ; preds = %10, %7
  %14 = load i32, ptr getelementptr inbounds ([16 x i32], ptr @colour, i64 0, i64 2), align 8, !tbaa !8
  %15 = icmp eq i32 %14, 0
  br i1 %15, label %16, label %19

16:                                               ; preds = %13
  %17 = tail call fastcc i32 @dfs(i32 noundef 2)
  %18 = icmp eq i32 %17, 0
  br i1 %18, label %19, label %198

19:                                               ; preds = %16, %13
  %20 = load i32, ptr getelementptr inbounds ([16 x i32], ptr @colour, i64 0, i64 3), align 4, !tbaa !8
  %21 = icmp eq i32 %20, 0
  br i1 %21, label %22, label %25

22:                                               ; preds = %19
  %23 = tail call fastcc i32 @dfs(i32 noundef 3)
  %24 = icmp eq i32 %23, 0
  br i1 %24, label %25, label %198

25:                                               ; preds = %22, %19
  %26 = load i32, ptr getelementptr inbounds ([16 x i32], ptr @colour, i64 0, i64 4), align 16, !tbaa !8
  %27 = icmp eq i32 %26, 0
  br i1 %27, label %28, label %31

28:                                               ; preds = %25
  %29 = tail call fastcc i32 @dfs(i32 noundef 4)
  %30 = icmp eq i32 %29, 0
  br i1 %30, label %31, label %198

31:                                               ; preds = %28, %25
  %32 = load i32, ptr getelementptr inbounds ([16 x i32], ptr @colour, i64 0, i64 5), align 4, !tbaa !8
  %33 = icmp eq i32 %32, 0
  br i1 %33, label %34, label %37

34:                                               ; preds = %31
  %35 = tail call fastcc i32 @dfs(i32 noundef 5)
  %36 = icmp eq i32 %35, 0
  br i1 %36, label %37, label %198

37:                                               ; preds = %34, %31
  %38 = load i32, ptr getelementptr inbounds ([16 x i32], ptr @colour, i64 0, i64 6), align 8, !tbaa !8
  %39 = icmp eq i32 %38, 0
  br i1 %39, label %40, label %43

40:                                               ; preds = %37
  %41 = tail call fastcc i32 @dfs(i32 noundef 6)
  %42 = icmp eq i32 %41, 0
  br i1 %42, label %43, label %198

43:                                               ; preds = %40, %37
  %44 = load i32, ptr getelementptr inbounds ([16 x i32], ptr @colour, i64 0, i64 7), align 4, !tbaa !8
  %45 = icmp eq i32 %44, 0
  br i1 %45, label %46, label %49

46:                                               ; preds = %43
  %47 = tail call fastcc i32 @dfs(i32 noundef 7)
  %48 = icmp eq i32 %47, 0
  br i1 %48, label %49, label %198

49:                                               ; preds = %46, %43
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %1) #5
  %50 = load i32, ptr @order_len, align 4, !tbaa !4
  %51 = icmp sgt i32 %50, 0
  br i1 %51, label %52, label %85

52:                                               ; preds = %49
  %53 = zext i32 %50 to i64
  %54 = and i64 %53, 1
  %55 = icmp eq i32 %50, 1
  br i1 %55, label %58, label %56

56:                                               ; preds = %52
  %57 = and i64 %53, 4294967294
  br label %124

58:                                               ; preds = %124, %52
  %59 = phi i64 [ 0, %52 ], [ %142, %124 ]
  %60 = icmp eq i64 %54, 0
  br i1 %60, label %69, label %61

61:                                               ; preds = %58
  %62 = trunc i64 %59 to i32
  %63 = xor i32 %62, -1
  %64 = add i32 %50, %63
  %65 = getelementptr inbounds [16 x i32], ptr @order, i64 0, i64 %59
  %66 = load i32, ptr %65, align 4, !tbaa !4
  %67 = sext i32 %66 to i64
  %68 = getelementptr inbounds [16 x i32], ptr %1, i64 0, i64 %67
  store i32 %64, ptr %68, align 4, !tbaa !4
  br label %69

69:                                               ; preds = %58, %61
  %70 = load i32, ptr %1, align 16, !tbaa !4
  %71 = getelementptr inbounds [16 x i32], ptr %1, i64 0, i64 1
  %72 = load i32, ptr %71, align 4, !tbaa !4
  %73 = getelementptr inbounds [16 x i32], ptr %1, i64 0, i64 2
  %74 = load i32, ptr %73, align 8, !tbaa !4
  %75 = getelementptr inbounds [16 x i32], ptr %1, i64 0, i64 3
  %76 = load i32, ptr %75, align 4, !tbaa !4
  %77 = getelementptr inbounds [16 x i32], ptr %1, i64 0, i64 4
  %78 = load i32, ptr %77, align 16, !tbaa !4
  %79 = getelementptr inbounds [16 x i32], ptr %1, i64 0, i64 5
  %80 = load i32, ptr %79, align 4, !tbaa !4
  %81 = getelementptr inbounds [16 x i32], ptr %1, i64 0, i64 6
  %82 = load i32, ptr %81, align 8, !tbaa !4
  %83 = getelementptr inbounds [16 x i32], ptr %1, i64 0, i64 7
  %84 = load i32, ptr %83, align 4, !tbaa !4
  br label %85

85:                                               ; preds = %69, %49
  %86 = phi i32 [ %84, %69 ], [ undef, %49 ]
  %87 = phi i32 [ %82, %69 ], [ undef, %49 ]
  %88 = phi i32 [ %80, %69 ], [ undef, %49 ]
  %89 = phi i32 [ %78, %69 ], [ undef, %49 ]
  %90 = phi i32 [ %76, %69 ], [ undef, %49 ]
  %91 = phi i32 [ %74, %69 ], [ undef, %49 ]
  %92 = phi i32 [ %72, %69 ], [ undef, %49 ]
  %93 = phi i32 [ %70, %69 ], [ undef, %49 ]
  %94 = icmp eq i32 %50, 8
  %95 = icmp slt i32 %93, %92
  %96 = icmp slt i32 %93, %91
  %97 = icmp slt i32 %92, %90
  %98 = icmp slt i32 %91, %90
  %99 = icmp slt i32 %90, %89
  %100 = icmp slt i32 %88, %89
  %101 = icmp slt i32 %87, %93
  %102 = icmp slt i32 %87, %88
  %103 = icmp slt i32 %91, %86
  %104 = icmp slt i32 %86, %89
  %105 = select i1 %104, i1 %103, i1 false
  %106 = select i1 %105, i1 %102, i1 false
  %107 = select i1 %106, i1 %101, i1 false
  %108 = select i1 %107, i1 %100, i1 false
  %109 = select i1 %108, i1 %99, i1 false
  %110 = select i1 %109, i1 %98, i1 false
  %111 = select i1 %110, i1 %97, i1 false
  %112 = select i1 %111, i1 %96, i1 false
  %113 = select i1 %112, i1 %95, i1 false
  %114 = select i1 %113, i1 %94, i1 false
  %115 = zext i1 %114 to i32
  %116 = add nsw i32 %50, -1
  %117 = sext i32 %116 to i64
  %118 = getelementptr inbounds [16 x i32], ptr @order, i64 0, i64 %117
  %119 = load i32, ptr %118, align 4, !tbaa !4
  %120 = load i32, ptr @order, align 16, !tbaa !4
  %121 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %119, i32 noundef %120, i32 noundef %115)
  store i32 1, ptr getelementptr inbounds ([16 x [16 x i32]], ptr @adj, i64 0, i64 4, i64 6), align 8, !tbaa !4
  store i32 0, ptr @order_len, align 4, !tbaa !4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(32) @colour, i8 0, i64 32, i1 false), !tbaa !8
  %122 = load i32, ptr @colour, align 16, !tbaa !8
  %123 = icmp eq i32 %122, 0
  br i1 %123, label %145, label %148

124:                                              ; preds = %124, %56
  %125 = phi i64 [ 0, %56 ], [ %142, %124 ]
  %126 = phi i64 [ 0, %56 ], [ %143, %124 ]
  %127 = trunc i64 %125 to i32
  %128 = xor i32 %127, -1
  %129 = add i32 %50, %128
  %130 = getelementptr inbounds [16 x i32], ptr @order, i64 0, i64 %125
  %131 = load i32, ptr %130, align 8, !tbaa !4
  %132 = sext i32 %131 to i64
  %133 = getelementptr inbounds [16 x i32], ptr %1, i64 0, i64 %132
  store i32 %129, ptr %133, align 4, !tbaa !4
  %134 = or i64 %125, 1
  %135 = trunc i64 %134 to i32
  %136 = xor i32 %135, -1
  %137 = add i32 %50, %136
  %138 = getelementptr inbounds [16 x i32], ptr @order, i64 0, i64 %134
  %139 = load i32, ptr %138, align 4, !tbaa !4
  %140 = sext i32 %139 to i64
  %141 = getelementptr inbounds [16 x i32], ptr %1, i64 0, i64 %140
  store i32 %137, ptr %141, align 4, !tbaa !4
  %142 = add nuw nsw i64 %125, 2
  %143 = add i64 %126, 2
  %144 = icmp eq i64 %143, %57
  br i1 %144, label %58, label %124, !llvm.loop !9

145:                                              ; preds = %85
  %146 = tail call fastcc i32 @dfs(i32 noundef 0)
  %147 = icmp eq i32 %146, 0
  br i1 %147, label %148, label %191

148:                                              ; preds = %145, %85
  %149 = load i32, ptr getelementptr inbounds ([16 x i32], ptr @colour, i64 0, i64 1), align 4, !tbaa !8
  %150 = icmp eq i32 %149, 0
  br i1 %150, label %151, label %154

151:                                              ; preds = %148
  %152 = tail call fastcc i32 @dfs(i32 noundef 1)
  %153 = icmp eq i32 %152, 0
  br i1 %153, label %154, label %191

154:                                              ; preds = %151, %148
  %155 = load i32, ptr getelementptr inbounds ([16 x i32], ptr @colour, i64 0, i64 2), align 8, !tbaa !8
  %156 = icmp eq i32 %155, 0
  br i1 %156, label %157, label %160

157:                                              ; preds = %154
  %158 = tail call fastcc i32 @dfs(i32 noundef 2)
  %159 = icmp eq i32 %158, 0
  br i1 %159, label %160, label %191

160:                                              ; preds = %157, %154
  %161 = load i32, ptr getelementptr inbounds ([16 x i32], ptr @colour, i64 0, i64 3), align 4, !tbaa !8
  %162 = icmp eq i32 %161, 0
  br i1 %162, label %163, label %166

163:                                              ; preds = %160
  %164 = tail call fastcc i32 @dfs(i32 noundef 3)
  %165 = icmp eq i32 %164, 0
  br i1 %165, label %166, label %191

166:                                              ; preds = %163, %160
  %167 = load i32, ptr getelementptr inbounds ([16 x i32], ptr @colour, i64 0, i64 4), align 16, !tbaa !8
  %168 = icmp eq i32 %167, 0
  br i1 %168, label %169, label %172

169:                                              ; preds = %166
  %170 = tail call fastcc i32 @dfs(i32 noundef 4)
  %171 = icmp eq i32 %170, 0
  br i1 %171, label %172, label %191

172:                                              ; preds = %169, %166
  %173 = load i32, ptr getelementptr inbounds ([16 x i32], ptr @colour, i64 0, i64 5), align 4, !tbaa !8
  %174 = icmp eq i32 %173, 0
  br i1 %174, label %175, label %178

175:                                              ; preds = %172
  %176 = tail call fastcc i32 @dfs(i32 noundef 5)
  %177 = icmp eq i32 %176, 0
  br i1 %177, label %178, label %191

178:                                              ; preds = %175, %172
  %179 = load i32, ptr getelementptr inbounds ([16 x i32], ptr @colour, i64 0, i64 6), align 8, !tbaa !8
  %180 = icmp eq i32 %179, 0
  br i1 %180, label %181, label %184

181:                                              ; preds = %178
  %182 = tail call fastcc i32 @dfs(i32 noundef 6)
  %183 = icmp eq i32 %182, 0
  br i1 %183, label %184, label %191

184:                                              ; preds = %181, %178
  %185 = load i32, ptr getelementptr inbounds ([16 x i32], ptr @colour, i64 0, i64 7), align 4, !tbaa !8
  %186 = icmp eq i32 %185, 0
  br i1 %186, label %187, label %190

187:                                              ; preds = %184
  %188 = tail call fastcc i32 @dfs(i32 noundef 7)
  %189 = icmp eq i32 %188, 0
  br i1 %189, label %190, label %191

190:                                              ; preds = %187, %184
  br label %191

191:                                              ; preds = %190, %187, %181, %175, %169, %163, %157, %151, %145
  %192 = phi i1 [ false, %145 ], [ false, %151 ], [ false, %157 ], [ false, %163 ], [ false, %169 ], [ false, %175 ], [ false, %181 ], [ false, %187 ], [ true, %190 ]
  %193 = phi i32 [ 0, %145 ], [ 0, %151 ], [ 0, %157 ], [ 0, %163 ], [ 0, %169 ], [ 0, %175 ], [ 0, %181 ], [ 0, %187 ], [ 1, %190 ]
  %194 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %193)
  %195 = xor i1 %114, true
  %196 = or i1 %192, %195
  %197 = zext i1 %196 to i32
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %1) #5
  br label %198

198:                                              ; preds = %4, %10, %16, %22, %28, %34, %40, %46, %191
  %199 = phi i32 [ %197, %191 ], [ 1, %46 ], [ 1, %40 ], [ 1, %34 ], [ 1, %28 ], [ 1, %22 ], [ 1, %16 ], [ 1, %10 ], [ 1, %4 ]
  ret i32 %199
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) uwtable
define internal fastcc i32 @dfs(i32 noundef %0) unnamed_addr #3 {
  %2 = sext i32 %0 to i64
  %3 = getelementptr inbounds [16 x i32], ptr @colour, i64 0, i64 %2
  store i32 1, ptr %3, align 4, !tbaa !8
  %4 = load i1, ptr @nvert, align 4
  br i1 %4, label %5, label %24

5:                                                ; preds = %1, %19
  %6 = phi i64 [ %21, %19 ], [ 0, %1 ]
  %7 = getelementptr inbounds [16 x [16 x i32]], ptr @adj, i64 0, i64 %2, i64 %6
  %8 = load i32, ptr %7, align 4, !tbaa !4
  %9 = icmp eq i32 %8, 0
  br i1 %9, label %19, label %10

10:                                               ; preds = %5
  %11 = getelementptr inbounds [16 x i32], ptr @colour, i64 0, i64 %6
  %12 = load i32, ptr %11, align 4, !tbaa !8
  switch i32 %12, label %19 [
    i32 1, label %29
    i32 0, label %13
  ]

13:                                               ; preds = %10
  %14 = trunc i64 %6 to i32
  %15 = tail call fastcc i32 @dfs(i32 noundef %14)
  %16 = icmp eq i32 %15, 0
  br i1 %16, label %17, label %29

17:                                               ; preds = %13
  %18 = load i1, ptr @nvert, align 4
  br label %19

19:                                               ; preds = %17, %10, %5
  %20 = phi i1 [ %18, %17 ], [ true, %10 ], [ true, %5 ]
  %21 = add nuw nsw i64 %6, 1
  %22 = icmp ult i64 %6, 7
  %23 = select i1 %20, i1 %22, i1 false
  br i1 %23, label %5, label %24, !llvm.loop !11

24:                                               ; preds = %19, %1
  store i32 2, ptr %3, align 4, !tbaa !8
  %25 = load i32, ptr @order_len, align 4, !tbaa !4
  %26 = add nsw i32 %25, 1
  store i32 %26, ptr @order_len, align 4, !tbaa !4
  %27 = sext i32 %25 to i64
  %28 = getelementptr inbounds [16 x i32], ptr @order, i64 0, i64 %27
  store i32 %0, ptr %28, align 4, !tbaa !4
  br label %29

29:                                               ; preds = %13, %10, %24
  %30 = phi i32 [ 0, %24 ], [ 1, %13 ], [ %12, %10 ]
  ret i32 %30
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #4

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!5, !5, i64 0}
!5 = !{!"int", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = !{!6, !6, i64 0}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = distinct !{!11, !10}
