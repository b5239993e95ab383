; ModuleID = 'c/kruskal_mst.c'
source_filename = "c/kruskal_mst.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.dsu = type { [64 x i32], [64 x i32] }
%struct.edge = type { i32, i32, i32 }

@.str = private unnamed_addr constant [68 x i8] c"kruskal_mst vertices=%d edges=%d tree edges=%d weight=%ld prim=%ld\0A\00", align 1
@prim.w = internal unnamed_addr global [64 x [64 x i32]] zeroinitializer, align 16

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  %1 = alloca %struct.dsu, align 16
  %2 = alloca [64 x i32], align 16
  %3 = alloca [64 x i32], align 16
  %4 = alloca [160 x %struct.edge], align 16
  call void @llvm.lifetime.start.p0(i64 1920, ptr nonnull %4) #8
  store <4 x i32> <i32 0, i32 1, i32 100, i32 1>, ptr %4, align 16
  %5 = getelementptr inbounds [160 x %struct.edge], ptr %4, i64 0, i64 1, i32 1
  store <4 x i32> <i32 2, i32 100, i32 2, i32 3>, ptr %5, align 16
  %6 = getelementptr inbounds [160 x %struct.edge], ptr %4, i64 0, i64 2, i32 2
  store <4 x i32> <i32 100, i32 3, i32 4, i32 100>, ptr %6, align 16
  %7 = getelementptr inbounds [160 x %struct.edge], ptr %4, i64 0, i64 4
  store <4 x i32> <i32 4, i32 5, i32 100, i32 5>, ptr %7, align 16
  %8 = getelementptr inbounds [160 x %struct.edge], ptr %4, i64 0, i64 5, i32 1
  store <4 x i32> <i32 6, i32 100, i32 6, i32 7>, ptr %8, align 16
  %9 = getelementptr inbounds [160 x %struct.edge], ptr %4, i64 0, i64 6, i32 2
  store <4 x i32> <i32 100, i32 7, i32 8, i32 100>, ptr %9, align 16
  %10 = getelementptr inbounds [160 x %struct.edge], ptr %4, i64 0, i64 8
  store <4 x i32> <i32 8, i32 9, i32 100, i32 9>, ptr %10, align 16
  %11 = getelementptr inbounds [160 x %struct.edge], ptr %4, i64 0, i64 9, i32 1
  store <4 x i32> <i32 10, i32 100, i32 10, i32 11>, ptr %11, align 16
  %12 = getelementptr inbounds [160 x %struct.edge], ptr %4, i64 0, i64 10, i32 2
  store <4 x i32> <i32 100, i32 11, i32 12, i32 100>, ptr %12, align 16
  %13 = getelementptr inbounds [160 x %struct.edge], ptr %4, i64 0, i64 12
  store <4 x i32> <i32 12, i32 13, i32 100, i32 13>, ptr %13, align 16
  %14 = getelementptr inbounds [160 x %struct.edge], ptr %4, i64 0, i64 13, i32 1
  store <4 x i32> <i32 14, i32 100, i32 14, i32 15>, ptr %14, align 16
  %15 = getelementptr inbounds [160 x %struct.edge], ptr %4, i64 0, i64 14, i32 2
  store <4 x i32> <i32 100, i32 15, i32 16, i32 100>, ptr %15, align 16
  %16 = getelementptr inbounds [160 x %struct.edge], ptr %4, i64 0, i64 16
  store <4 x i32> <i32 16, i32 17, i32 100, i32 17>, ptr %16, align 16
  %17 = getelementptr inbounds [160 x %struct.edge], ptr %4, i64 0, i64 17, i32 1
  store <4 x i32> <i32 18, i32 100, i32 18, i32 19>, ptr %17, align 16
  %18 = getelementptr inbounds [160 x %struct.edge], ptr %4, i64 0, i64 18, i32 2
  store <4 x i32> <i32 100, i32 19, i32 20, i32 100>, ptr %18, align 16
  %19 = getelementptr inbounds [160 x %struct.edge], ptr %4, i64 0, i64 20
  store <4 x i32> <i32 20, i32 21, i32 100, i32 21>, ptr %19, align 16
  %20 = getelementptr inbounds [160 x %struct.edge], ptr %4, i64 0, i64 21, i32 1
  store <4 x i32> <i32 22, i32 100, i32 22, i32 23>, ptr %20, align 16
  %21 = getelementptr inbounds [160 x %struct.edge], ptr %4, i64 0, i64 22, i32 2
  store <4 x i32> <i32 100, i32 23, i32 24, i32 100>, ptr %21, align 16
  %22 = getelementptr inbounds [160 x %struct.edge], ptr %4, i64 0, i64 24
  store <4 x i32> <i32 24, i32 25, i32 100, i32 25>, ptr %22, align 16
  %23 = getelementptr inbounds [160 x %struct.edge], ptr %4, i64 0, i64 25, i32 1
  store <4 x i32> <i32 26, i32 100, i32 26, i32 27>, ptr %23, align 16
  %24 = getelementptr inbounds [160 x %struct.edge], ptr %4, i64 0, i64 26, i32 2
  store <4 x i32> <i32 100, i32 27, i32 28, i32 100>, ptr %24, align 16
  %25 = getelementptr inbounds [160 x %struct.edge], ptr %4, i64 0, i64 28
  store <4 x i32> <i32 28, i32 29, i32 100, i32 29>, ptr %25, align 16
  %26 = getelementptr inbounds [160 x %struct.edge], ptr %4, i64 0, i64 29, i32 1
  store <4 x i32> <i32 30, i32 100, i32 30, i32 31>, ptr %26, align 16
  %27 = getelementptr inbounds [160 x %struct.edge], ptr %4, i64 0, i64 30, i32 2
  store <4 x i32> <i32 100, i32 31, i32 32, i32 100>, ptr %27, align 16
  %28 = getelementptr inbounds [160 x %struct.edge], ptr %4, i64 0, i64 32
  store <4 x i32> <i32 32, i32 33, i32 100, i32 33>, ptr %28, align 16
  %29 = getelementptr inbounds [160 x %struct.edge], ptr %4, i64 0, i64 33, i32 1
  store <4 x i32> <i32 34, i32 100, i32 34, i32 35>, ptr %29, align 16
  %30 = getelementptr inbounds [160 x %struct.edge], ptr %4, i64 0, i64 34, i32 2
  store <4 x i32> <i32 100, i32 35, i32 36, i32 100>, ptr %30, align 16
  %31 = getelementptr inbounds [160 x %struct.edge], ptr %4, i64 0, i64 36
  store <4 x i32> <i32 36, i32 37, i32 100, i32 37>, ptr %31, align 16
  %32 = getelementptr inbounds [160 x %struct.edge], ptr %4, i64 0, i64 37, i32 1
  store <4 x i32> <i32 38, i32 100, i32 38, i32 39>, ptr %32, align 16
  %33 = getelementptr inbounds [160 x %struct.edge], ptr %4, i64 0, i64 38, i32 2
  store i32 100, ptr %33, align 16, !tbaa.struct !4
  br label %209

34:                                               ; preds = %209
  call void @llvm.lifetime.start.p0(i64 256, ptr nonnull %2) #8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(256) %2, i8 0, i64 256, i1 false)
  call void @llvm.lifetime.start.p0(i64 256, ptr nonnull %3) #8
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(160) @prim.w, i8 -1, i64 160, i1 false), !tbaa !5
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(160) getelementptr inbounds ([64 x [64 x i32]], ptr @prim.w, i64 0, i64 1, i64 0), i8 -1, i64 160, i1 false), !tbaa !5
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(160) getelementptr inbounds ([64 x [64 x i32]], ptr @prim.w, i64 0, i64 2, i64 0), i8 -1, i64 160, i1 false), !tbaa !5
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(160) getelementptr inbounds ([64 x [64 x i32]], ptr @prim.w, i64 0, i64 3, i64 0), i8 -1, i64 160, i1 false), !tbaa !5
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(160) getelementptr inbounds ([64 x [64 x i32]], ptr @prim.w, i64 0, i64 4, i64 0), i8 -1, i64 160, i1 false), !tbaa !5
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(160) getelementptr inbounds ([64 x [64 x i32]], ptr @prim.w, i64 0, i64 5, i64 0), i8 -1, i64 160, i1 false), !tbaa !5
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(160) getelementptr inbounds ([64 x [64 x i32]], ptr @prim.w, i64 0, i64 6, i64 0), i8 -1, i64 160, i1 false), !tbaa !5
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(160) getelementptr inbounds ([64 x [64 x i32]], ptr @prim.w, i64 0, i64 7, i64 0), i8 -1, i64 160, i1 false), !tbaa !5
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(160) getelementptr inbounds ([64 x [64 x i32]], ptr @prim.w, i64 0, i64 8, i64 0), i8 -1, i64 160, i1 false), !tbaa !5
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(160) getelementptr inbounds ([64 x [64 x i32]], ptr @prim.w, i64 0, i64 9, i64 0), i8 -1, i64 160, i1 false), !tbaa !5
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(160) getelementptr inbounds ([64 x [64 x i32]], ptr @prim.w, i64 0, i64 10, i64 0), i8 -1, i64 160, i1 false), !tbaa !5
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(160) getelementptr inbounds ([64 x [64 x i32]], ptr @prim.w, i64 0, i64 11, i64 0), i8 -1, i64 160, i1 false), !tbaa !5
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(160) getelementptr inbounds ([64 x [64 x i32]], ptr @prim.w, i64 0, i64 12, i64 0), i8 -1, i64 160, i1 false), !tbaa !5
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(160) getelementptr inbounds ([64 x [64 x i32]], ptr @prim.w, i64 0, i64 13, i64 0), i8 -1, i64 160, i1 false), !tbaa !5
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(160) getelementptr inbounds ([64 x [64 x i32]], ptr @prim.w, i64 0, i64 14, i64 0), i8 -1, i64 160, i1 false), !tbaa !5
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(160) getelementptr inbounds ([64 x [64 x i32]], ptr @prim.w, i64 0, i64 15, i64 0), i8 -1, i64 160, i1 false), !tbaa !5
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(160) getelementptr inbounds ([64 x [64 x i32]], ptr @prim.w, i64 0, i64 16, i64 0), i8 -1, i64 160, i1 false), !tbaa !5
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(160) getelementptr inbounds ([64 x [64 x i32]], ptr @prim.w, i64 0, i64 17, i64 0), i8 -1, i64 160, i1 false), !tbaa !5
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(160) getelementptr inbounds ([64 x [64 x i32]], ptr @prim.w, i64 0, i64 18, i64 0), i8 -1, i64 160, i1 false), !tbaa !5
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(160) getelementptr inbounds ([64 x [64 x i32]], ptr @prim.w, i64 0, i64 19, i64 0), i8 -1, i64 160, i1 false), !tbaa !5
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(160) getelementptr inbounds ([64 x [64 x i32]], ptr @prim.w, i64 0, i64 20, i64 0), i8 -1, i64 160, i1 false), !tbaa !5
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(160) getelementptr inbounds ([64 x [64 x i32]], ptr @prim.w, i64 0, i64 21, i64 0), i8 -1, i64 160, i1 false), !tbaa !5
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(160) getelementptr inbounds ([64 x [64 x i32]], ptr @prim.w, i64 0, i64 22, i64 0), i8 -1, i64 160, i1 false), !tbaa !5
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(160) getelementptr inbounds ([64 x [64 x i32]], ptr @prim.w, i64 0, i64 23, i64 0), i8 -1, i64 160, i1 false), !tbaa !5
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(160) getelementptr inbounds ([64 x [64 x i32]], ptr @prim.w, i64 0, i64 24, i64 0), i8 -1, i64 160, i1 false), !tbaa !5
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(160) getelementptr inbounds ([64 x [64 x i32]], ptr @prim.w, i64 0, i64 25, i64 0), i8 -1, i64 160, i1 false), !tbaa !5
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(160) getelementptr inbounds ([64 x [64 x i32]], ptr @prim.w, i64 0, i64 26, i64 0), i8 -1, i64 160, i1 false), !tbaa !5
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(160) getelementptr inbounds ([64 x [64 x i32]], ptr @prim.w, i64 0, i64 27, i64 0), i8 -1, i64 160, i1 false), !tbaa !5
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(160) getelementptr inbounds ([64 x [64 x i32]], ptr @prim.w, i64 0, i64 28, i64 0), i8 -1, i64 160, i1 false), !tbaa !5
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(160) getelementptr inbounds ([64 x [64 x i32]], ptr @prim.w, i64 0, i64 29, i64 0), i8 -1, i64 160, i1 false), !tbaa !5
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(160) getelementptr inbounds ([64 x [64 x i32]], ptr @prim.w, i64 0, i64 30, i64 0), i8 -1, i64 160, i1 false), !tbaa !5
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(160) getelementptr inbounds ([64 x [64 x i32]], ptr @prim.w, i64 0, i64 31, i64 0), i8 -1, i64 160, i1 false), !tbaa !5
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(160) getelementptr inbounds ([64 x [64 x i32]], ptr @prim.w, i64 0, i64 32, i64 0), i8 -1, i64 160, i1 false), !tbaa !5
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(160) getelementptr inbounds ([64 x [64 x i32]], ptr @prim.w, i64 0, i64 33, i64 0), i8 -1, i64 160, i1 false), !tbaa !5
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(160) getelementptr inbounds ([64 x [64 x i32]], ptr @prim.w, i64 0, i64 34, i64 0), i8 -1, i64 160, i1 false), !tbaa !5
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(160) getelementptr inbounds ([64 x [64 x i32]], ptr @prim.w, i64 0, i64 35, i64 0), i8 -1, i64 160, i1 false), !tbaa !5
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(160) getelementptr inbounds ([64 x [64 x i32]], ptr @prim.w, i64 0, i64 36, i64 0), i8 -1, i64 160, i1 false), !tbaa !5
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(160) getelementptr inbounds ([64 x [64 x i32]], ptr @prim.w, i64 0, i64 37, i64 0), i8 -1, i64 160, i1 false), !tbaa !5
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(160) getelementptr inbounds ([64 x [64 x i32]], ptr @prim.w, i64 0, i64 38, i64 0), i8 -1, i64 160, i1 false), !tbaa !5
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(160) getelementptr inbounds ([64 x [64 x i32]], ptr @prim.w, i64 0, i64 39, i64 0), i8 -1, i64 160, i1 false), !tbaa !5
  br label %36

35:                                               ; preds = %55
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(160) %3, ptr noundef nonnull align 16 dereferenceable(160) @prim.w, i64 160, i1 false), !tbaa !5
  store i32 1, ptr %2, align 16, !tbaa !5
  br label %63

36:                                               ; preds = %55, %34
  %37 = phi i64 [ 0, %34 ], [ %56, %55 ]
  %38 = getelementptr inbounds %struct.edge, ptr %4, i64 %37
  %39 = load i32, ptr %38, align 4, !tbaa !9
  %40 = getelementptr inbounds %struct.edge, ptr %4, i64 %37, i32 1
  %41 = load i32, ptr %40, align 4, !tbaa !11
  %42 = icmp eq i32 %39, %41
  br i1 %42, label %55, label %43

43:                                               ; preds = %36
  %44 = sext i32 %39 to i64
  %45 = sext i32 %41 to i64
  %46 = getelementptr inbounds [64 x [64 x i32]], ptr @prim.w, i64 0, i64 %44, i64 %45
  %47 = load i32, ptr %46, align 4, !tbaa !5
  %48 = icmp slt i32 %47, 0
  %49 = getelementptr inbounds %struct.edge, ptr %4, i64 %37, i32 2
  %50 = load i32, ptr %49, align 4, !tbaa !12
  %51 = icmp slt i32 %50, %47
  %52 = select i1 %48, i1 true, i1 %51
  br i1 %52, label %53, label %55

53:                                               ; preds = %43
  %54 = getelementptr inbounds [64 x [64 x i32]], ptr @prim.w, i64 0, i64 %45, i64 %44
  store i32 %50, ptr %54, align 4, !tbaa !5
  store i32 %50, ptr %46, align 4, !tbaa !5
  br label %55

55:                                               ; preds = %53, %43, %36
  %56 = add nuw nsw i64 %37, 1
  %57 = icmp eq i64 %56, 119
  br i1 %57, label %35, label %36, !llvm.loop !13

58:                                               ; preds = %131
  %59 = sext i32 %114 to i64
  %60 = add nsw i64 %65, %59
  %61 = add nuw nsw i32 %64, 1
  %62 = icmp eq i32 %61, 40
  br i1 %62, label %134, label %63, !llvm.loop !15

63:                                               ; preds = %58, %35
  %64 = phi i32 [ 1, %35 ], [ %61, %58 ]
  %65 = phi i64 [ 0, %35 ], [ %60, %58 ]
  br label %68

66:                                               ; preds = %106
  %67 = icmp sgt i32 %107, -1
  br i1 %67, label %110, label %134

68:                                               ; preds = %106, %63
  %69 = phi i64 [ 0, %63 ], [ %108, %106 ]
  %70 = phi i32 [ -1, %63 ], [ %107, %106 ]
  %71 = getelementptr inbounds [64 x i32], ptr %2, i64 0, i64 %69
  %72 = load i32, ptr %71, align 8, !tbaa !5
  %73 = icmp eq i32 %72, 0
  br i1 %73, label %74, label %87

74:                                               ; preds = %68
  %75 = getelementptr inbounds [64 x i32], ptr %3, i64 0, i64 %69
  %76 = load i32, ptr %75, align 8, !tbaa !5
  %77 = icmp sgt i32 %76, -1
  br i1 %77, label %78, label %87

78:                                               ; preds = %74
  %79 = icmp slt i32 %70, 0
  br i1 %79, label %85, label %80

80:                                               ; preds = %78
  %81 = zext i32 %70 to i64
  %82 = getelementptr inbounds [64 x i32], ptr %3, i64 0, i64 %81
  %83 = load i32, ptr %82, align 4, !tbaa !5
  %84 = icmp slt i32 %76, %83
  br i1 %84, label %85, label %87

85:                                               ; preds = %80, %78
  %86 = trunc i64 %69 to i32
  br label %87

87:                                               ; preds = %85, %80, %74, %68
  %88 = phi i32 [ %70, %68 ], [ %86, %85 ], [ %70, %80 ], [ %70, %74 ]
  %89 = or i64 %69, 1
  %90 = getelementptr inbounds [64 x i32], ptr %2, i64 0, i64 %89
  %91 = load i32, ptr %90, align 4, !tbaa !5
  %92 = icmp eq i32 %91, 0
  br i1 %92, label %93, label %106

93:                                               ; preds = %87
  %94 = getelementptr inbounds [64 x i32], ptr %3, i64 0, i64 %89
  %95 = load i32, ptr %94, align 4, !tbaa !5
  %96 = icmp sgt i32 %95, -1
  br i1 %96, label %97, label %106

97:                                               ; preds = %93
  %98 = icmp slt i32 %88, 0
  br i1 %98, label %104, label %99

99:                                               ; preds = %97
  %100 = zext i32 %88 to i64
  %101 = getelementptr inbounds [64 x i32], ptr %3, i64 0, i64 %100
  %102 = load i32, ptr %101, align 4, !tbaa !5
  %103 = icmp slt i32 %95, %102
  br i1 %103, label %104, label %106

104:                                              ; preds = %99, %97
  %105 = trunc i64 %89 to i32
  br label %106

106:                                              ; preds = %104, %99, %93, %87
  %107 = phi i32 [ %88, %87 ], [ %105, %104 ], [ %88, %99 ], [ %88, %93 ]
  %108 = add nuw nsw i64 %69, 2
  %109 = icmp eq i64 %108, 40
  br i1 %109, label %66, label %68, !llvm.loop !16

110:                                              ; preds = %66
  %111 = zext i32 %107 to i64
  %112 = getelementptr inbounds [64 x i32], ptr %2, i64 0, i64 %111
  store i32 1, ptr %112, align 4, !tbaa !5
  %113 = getelementptr inbounds [64 x i32], ptr %3, i64 0, i64 %111
  %114 = load i32, ptr %113, align 4, !tbaa !5
  br label %115

115:                                              ; preds = %131, %110
  %116 = phi i64 [ 0, %110 ], [ %132, %131 ]
  %117 = getelementptr inbounds [64 x i32], ptr %2, i64 0, i64 %116
  %118 = load i32, ptr %117, align 4, !tbaa !5
  %119 = icmp eq i32 %118, 0
  br i1 %119, label %120, label %131

120:                                              ; preds = %115
  %121 = getelementptr inbounds [64 x [64 x i32]], ptr @prim.w, i64 0, i64 %111, i64 %116
  %122 = load i32, ptr %121, align 4, !tbaa !5
  %123 = icmp sgt i32 %122, -1
  br i1 %123, label %124, label %131

124:                                              ; preds = %120
  %125 = getelementptr inbounds [64 x i32], ptr %3, i64 0, i64 %116
  %126 = load i32, ptr %125, align 4, !tbaa !5
  %127 = icmp slt i32 %126, 0
  %128 = icmp slt i32 %122, %126
  %129 = select i1 %127, i1 true, i1 %128
  %130 = select i1 %129, i32 %122, i32 %126
  store i32 %130, ptr %125, align 4
  br label %131

131:                                              ; preds = %124, %120, %115
  %132 = add nuw nsw i64 %116, 1
  %133 = icmp eq i64 %132, 40
  br i1 %133, label %58, label %115, !llvm.loop !17

134:                                              ; preds = %66, %58
  %135 = phi i64 [ %60, %58 ], [ -1, %66 ]
  call void @llvm.lifetime.end.p0(i64 256, ptr nonnull %3) #8
  call void @llvm.lifetime.end.p0(i64 256, ptr nonnull %2) #8
  call void @llvm.lifetime.start.p0(i64 512, ptr nonnull %1) #8
  %136 = getelementptr inbounds %struct.dsu, ptr %1, i64 0, i32 1, i64 0
  store <4 x i32> <i32 0, i32 1, i32 2, i32 3>, ptr %1, align 16, !tbaa !5
  store <4 x i32> zeroinitializer, ptr %136, align 16, !tbaa !5
  %137 = getelementptr inbounds [64 x i32], ptr %1, i64 0, i64 4
  %138 = getelementptr inbounds %struct.dsu, ptr %1, i64 0, i32 1, i64 4
  store <4 x i32> <i32 4, i32 5, i32 6, i32 7>, ptr %137, align 16, !tbaa !5
  store <4 x i32> zeroinitializer, ptr %138, align 16, !tbaa !5
  %139 = getelementptr inbounds [64 x i32], ptr %1, i64 0, i64 8
  %140 = getelementptr inbounds %struct.dsu, ptr %1, i64 0, i32 1, i64 8
  store <4 x i32> <i32 8, i32 9, i32 10, i32 11>, ptr %139, align 16, !tbaa !5
  store <4 x i32> zeroinitializer, ptr %140, align 16, !tbaa !5
  %141 = getelementptr inbounds [64 x i32], ptr %1, i64 0, i64 12
  %142 = getelementptr inbounds %struct.dsu, ptr %1, i64 0, i32 1, i64 12
  store <4 x i32> <i32 12, i32 13, i32 14, i32 15>, ptr %141, align 16, !tbaa !5
  store <4 x i32> zeroinitializer, ptr %142, align 16, !tbaa !5
  %143 = getelementptr inbounds [64 x i32], ptr %1, i64 0, i64 16
  %144 = getelementptr inbounds %struct.dsu, ptr %1, i64 0, i32 1, i64 16
  store <4 x i32> <i32 16, i32 17, i32 18, i32 19>, ptr %143, align 16, !tbaa !5
  store <4 x i32> zeroinitializer, ptr %144, align 16, !tbaa !5
  %145 = getelementptr inbounds [64 x i32], ptr %1, i64 0, i64 20
  %146 = getelementptr inbounds %struct.dsu, ptr %1, i64 0, i32 1, i64 20
  store <4 x i32> <i32 20, i32 21, i32 22, i32 23>, ptr %145, align 16, !tbaa !5
  store <4 x i32> zeroinitializer, ptr %146, align 16, !tbaa !5
  %147 = getelementptr inbounds [64 x i32], ptr %1, i64 0, i64 24
  %148 = getelementptr inbounds %struct.dsu, ptr %1, i64 0, i32 1, i64 24
  store <4 x i32> <i32 24, i32 25, i32 26, i32 27>, ptr %147, align 16, !tbaa !5
  store <4 x i32> zeroinitializer, ptr %148, align 16, !tbaa !5
  %149 = getelementptr inbounds [64 x i32], ptr %1, i64 0, i64 28
  %150 = getelementptr inbounds %struct.dsu, ptr %1, i64 0, i32 1, i64 28
  store <4 x i32> <i32 28, i32 29, i32 30, i32 31>, ptr %149, align 16, !tbaa !5
  store <4 x i32> zeroinitializer, ptr %150, align 16, !tbaa !5
  %151 = getelementptr inbounds [64 x i32], ptr %1, i64 0, i64 32
  %152 = getelementptr inbounds %struct.dsu, ptr %1, i64 0, i32 1, i64 32
  store <4 x i32> <i32 32, i32 33, i32 34, i32 35>, ptr %151, align 16, !tbaa !5
  store <4 x i32> zeroinitializer, ptr %152, align 16, !tbaa !5
  %153 = getelementptr inbounds [64 x i32], ptr %1, i64 0, i64 36
  %154 = getelementptr inbounds %struct.dsu, ptr %1, i64 0, i32 1, i64 36
  store <4 x i32> <i32 36, i32 37, i32 38, i32 39>, ptr %153, align 16, !tbaa !5
  store <4 x i32> zeroinitializer, ptr %154, align 16, !tbaa !5
  call void @qsort(ptr noundef nonnull %4, i64 noundef 119, i64 noundef 12, ptr noundef nonnull @by_weight) #8
  br label %155

155:                                              ; preds = %195, %134
  %156 = phi i32 [ 0, %134 ], [ %196, %195 ]
  %157 = phi i64 [ 0, %134 ], [ %199, %195 ]
  %158 = phi i32 [ 0, %134 ], [ %197, %195 ]
  %159 = phi i64 [ 0, %134 ], [ %198, %195 ]
  %160 = icmp slt i32 %158, 39
  br i1 %160, label %161, label %201

161:                                              ; preds = %155
  %162 = getelementptr inbounds %struct.edge, ptr %4, i64 %157
  %163 = load i32, ptr %162, align 4, !tbaa !9
  %164 = getelementptr inbounds %struct.edge, ptr %4, i64 %157, i32 1
  %165 = load i32, ptr %164, align 4, !tbaa !11
  %166 = call fastcc i32 @find(ptr noundef nonnull %1, i32 noundef %163)
  %167 = call fastcc i32 @find(ptr noundef nonnull %1, i32 noundef %165)
  %168 = icmp eq i32 %166, %167
  br i1 %168, label %195, label %169

169:                                              ; preds = %161
  %170 = sext i32 %166 to i64
  %171 = getelementptr inbounds %struct.dsu, ptr %1, i64 0, i32 1, i64 %170
  %172 = load i32, ptr %171, align 4, !tbaa !5
  %173 = sext i32 %167 to i64
  %174 = getelementptr inbounds %struct.dsu, ptr %1, i64 0, i32 1, i64 %173
  %175 = load i32, ptr %174, align 4, !tbaa !5
  %176 = icmp slt i32 %172, %175
  %177 = select i1 %176, i32 %167, i32 %166
  %178 = select i1 %176, i32 %166, i32 %167
  %179 = sext i32 %178 to i64
  %180 = getelementptr inbounds [64 x i32], ptr %1, i64 0, i64 %179
  store i32 %177, ptr %180, align 4, !tbaa !5
  %181 = sext i32 %177 to i64
  %182 = getelementptr inbounds %struct.dsu, ptr %1, i64 0, i32 1, i64 %181
  %183 = load i32, ptr %182, align 4, !tbaa !5
  %184 = getelementptr inbounds %struct.dsu, ptr %1, i64 0, i32 1, i64 %179
  %185 = load i32, ptr %184, align 4, !tbaa !5
  %186 = icmp eq i32 %183, %185
  br i1 %186, label %187, label %189

187:                                              ; preds = %169
  %188 = add nsw i32 %183, 1
  store i32 %188, ptr %182, align 4, !tbaa !5
  br label %189

189:                                              ; preds = %187, %169
  %190 = getelementptr inbounds %struct.edge, ptr %4, i64 %157, i32 2
  %191 = load i32, ptr %190, align 4, !tbaa !12
  %192 = sext i32 %191 to i64
  %193 = add nsw i64 %159, %192
  %194 = add nsw i32 %158, 1
  br label %195

195:                                              ; preds = %189, %161
  %196 = phi i32 [ %156, %161 ], [ %194, %189 ]
  %197 = phi i32 [ %158, %161 ], [ %194, %189 ]
  %198 = phi i64 [ %159, %161 ], [ %193, %189 ]
  %199 = add nuw nsw i64 %157, 1
  %200 = icmp eq i64 %199, 119
  br i1 %200, label %201, label %155, !llvm.loop !18

201:                                              ; preds = %155, %195
  %202 = phi i32 [ %196, %195 ], [ %156, %155 ]
  %203 = phi i64 [ %198, %195 ], [ %159, %155 ]
  call void @llvm.lifetime.end.p0(i64 512, ptr nonnull %1) #8
  %204 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 40, i32 noundef 119, i32 noundef %202, i64 noundef %203, i64 noundef %135)
  %205 = icmp ne i32 %202, 39
  %206 = icmp ne i64 %203, %135
  %207 = select i1 %205, i1 true, i1 %206
  %208 = zext i1 %207 to i32
  call void @llvm.lifetime.end.p0(i64 1920, ptr nonnull %4) #8
  ret i32 %208

209:                                              ; preds = %0, %209
  %210 = phi i64 [ 39, %0 ], [ %225, %209 ]
  %211 = phi i32 [ 0, %0 ], [ %237, %209 ]
  %212 = add nuw nsw i64 %210, 1
  %213 = getelementptr inbounds [160 x %struct.edge], ptr %4, i64 0, i64 %210
  %214 = trunc i32 %211 to i16
  %215 = mul i16 %214, 7
  %216 = add i16 %215, 3
  %217 = urem i16 %216, 40
  %218 = zext i16 %217 to i32
  %219 = mul i16 %214, 13
  %220 = urem i16 %219, 20
  %221 = add nuw nsw i16 %220, 1
  %222 = zext i16 %221 to i32
  store i32 %211, ptr %213, align 4, !tbaa.struct !19
  %223 = getelementptr inbounds i8, ptr %213, i64 4
  store i32 %218, ptr %223, align 4, !tbaa.struct !20
  %224 = getelementptr inbounds i8, ptr %213, i64 8
  store i32 %222, ptr %224, align 4, !tbaa.struct !4
  %225 = add nuw nsw i64 %210, 2
  %226 = getelementptr inbounds [160 x %struct.edge], ptr %4, i64 0, i64 %212
  %227 = mul i16 %214, 11
  %228 = add i16 %227, 5
  %229 = urem i16 %228, 40
  %230 = zext i16 %229 to i32
  %231 = mul i16 %214, 29
  %232 = urem i16 %231, 30
  %233 = add nuw nsw i16 %232, 1
  %234 = zext i16 %233 to i32
  store i32 %211, ptr %226, align 4, !tbaa.struct !19
  %235 = getelementptr inbounds i8, ptr %226, i64 4
  store i32 %230, ptr %235, align 4, !tbaa.struct !20
  %236 = getelementptr inbounds i8, ptr %226, i64 8
  store i32 %234, ptr %236, align 4, !tbaa.struct !4
  %237 = add nuw nsw i32 %211, 1
  %238 = icmp eq i32 %237, 40
  br i1 %238, label %34, label %209, !llvm.loop !21
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: nofree
declare void @qsort(ptr noundef, i64 noundef, i64 noundef, ptr nocapture noundef) local_unnamed_addr #4

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define internal i32 @by_weight(ptr nocapture noundef readonly %0, ptr nocapture noundef readonly %1) #5 {
  %3 = getelementptr inbounds %struct.edge, ptr %0, i64 0, i32 2
  %4 = load i32, ptr %3, align 4, !tbaa !12
  %5 = getelementptr inbounds %struct.edge, ptr %1, i64 0, i32 2
  %6 = load i32, ptr %5, align 4, !tbaa !12
  %7 = sub nsw i32 %4, %6
  ret i32 %7
}

; Function Attrs: nofree nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc i32 @find(ptr nocapture noundef %0, i32 noundef %1) unnamed_addr #6 {
  %3 = sext i32 %1 to i64
  %4 = getelementptr inbounds [64 x i32], ptr %0, i64 0, i64 %3
  %5 = load i32, ptr %4, align 4, !tbaa !5
  %6 = icmp eq i32 %5, %1
  br i1 %6, label %7, label %9

7:                                                ; preds = %2, %9
  %8 = phi i32 [ %10, %9 ], [ %1, %2 ]
  ret i32 %8

9:                                                ; preds = %2
  %10 = tail call fastcc i32 @find(ptr noundef nonnull %0, i32 noundef %5)
  store i32 %10, ptr %4, align 4, !tbaa !5
  br label %7
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #7

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { nofree "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nofree nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #8 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i64 0, i64 4, !5}
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!10, !6, i64 0}
!10 = !{!"edge", !6, i64 0, !6, i64 4, !6, i64 8}
!11 = !{!10, !6, i64 4}
!12 = !{!10, !6, i64 8}
!13 = distinct !{!13, !14}
!14 = !{!"llvm.loop.mustprogress"}
!15 = distinct !{!15, !14}
!16 = distinct !{!16, !14}
!17 = distinct !{!17, !14}
!18 = distinct !{!18, !14}
!19 = !{i64 0, i64 4, !5, i64 4, i64 4, !5, i64 8, i64 4, !5}
!20 = !{i64 0, i64 4, !5, i64 4, i64 4, !5}
!21 = distinct !{!21, !14}
