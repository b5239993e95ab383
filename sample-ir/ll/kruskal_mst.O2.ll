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
  br label %5

5:                                                ; preds = %5, %0
  %6 = phi i64 [ 0, %0 ], [ %20, %5 ]
  %7 = trunc i64 %6 to i32
  %8 = add nuw nsw i64 %6, 1
  %9 = trunc i64 %8 to i32
  %10 = getelementptr inbounds [160 x %struct.edge], ptr %4, i64 0, i64 %6
  store i32 %7, ptr %10, align 4, !tbaa.struct !4
  %11 = getelementptr inbounds i8, ptr %10, i64 4
  store i32 %9, ptr %11, align 4, !tbaa.struct !9
  %12 = getelementptr inbounds i8, ptr %10, i64 8
  store i32 100, ptr %12, align 4, !tbaa.struct !10
  %13 = trunc i64 %8 to i32
  %14 = add nuw nsw i64 %6, 2
  %15 = trunc i64 %14 to i32
  %16 = getelementptr inbounds [160 x %struct.edge], ptr %4, i64 0, i64 %8
  store i32 %13, ptr %16, align 4, !tbaa.struct !4
  %17 = getelementptr inbounds i8, ptr %16, i64 4
  store i32 %15, ptr %17, align 4, !tbaa.struct !9
  %18 = getelementptr inbounds i8, ptr %16, i64 8
  store i32 100, ptr %18, align 4, !tbaa.struct !10
  %19 = trunc i64 %14 to i32
  %20 = add nuw nsw i64 %6, 3
  %21 = trunc i64 %20 to i32
  %22 = getelementptr inbounds [160 x %struct.edge], ptr %4, i64 0, i64 %14
  store i32 %19, ptr %22, align 4, !tbaa.struct !4
  %23 = getelementptr inbounds i8, ptr %22, i64 4
  store i32 %21, ptr %23, align 4, !tbaa.struct !9
  %24 = getelementptr inbounds i8, ptr %22, i64 8
  store i32 100, ptr %24, align 4, !tbaa.struct !10
  %25 = icmp eq i64 %20, 39
  br i1 %25, label %201, label %5, !llvm.loop !11

26:                                               ; preds = %201
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
  br label %28

27:                                               ; preds = %47
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(160) %3, ptr noundef nonnull align 16 dereferenceable(160) @prim.w, i64 160, i1 false), !tbaa !5
  store i32 1, ptr %2, align 16, !tbaa !5
  br label %55

28:                                               ; preds = %47, %26
  %29 = phi i64 [ 0, %26 ], [ %48, %47 ]
  %30 = getelementptr inbounds %struct.edge, ptr %4, i64 %29
  %31 = load i32, ptr %30, align 4, !tbaa !13
  %32 = getelementptr inbounds %struct.edge, ptr %4, i64 %29, i32 1
  %33 = load i32, ptr %32, align 4, !tbaa !15
  %34 = icmp eq i32 %31, %33
  br i1 %34, label %47, label %35

35:                                               ; preds = %28
  %36 = sext i32 %31 to i64
  %37 = sext i32 %33 to i64
  %38 = getelementptr inbounds [64 x [64 x i32]], ptr @prim.w, i64 0, i64 %36, i64 %37
  %39 = load i32, ptr %38, align 4, !tbaa !5
  %40 = icmp slt i32 %39, 0
  %41 = getelementptr inbounds %struct.edge, ptr %4, i64 %29, i32 2
  %42 = load i32, ptr %41, align 4, !tbaa !16
  %43 = icmp slt i32 %42, %39
  %44 = select i1 %40, i1 true, i1 %43
  br i1 %44, label %45, label %47

45:                                               ; preds = %35
  %46 = getelementptr inbounds [64 x [64 x i32]], ptr @prim.w, i64 0, i64 %37, i64 %36
  store i32 %42, ptr %46, align 4, !tbaa !5
  store i32 %42, ptr %38, align 4, !tbaa !5
  br label %47

47:                                               ; preds = %45, %35, %28
  %48 = add nuw nsw i64 %29, 1
  %49 = icmp eq i64 %48, 119
  br i1 %49, label %27, label %28, !llvm.loop !17

50:                                               ; preds = %123
  %51 = sext i32 %106 to i64
  %52 = add nsw i64 %57, %51
  %53 = add nuw nsw i32 %56, 1
  %54 = icmp eq i32 %53, 40
  br i1 %54, label %126, label %55, !llvm.loop !18

55:                                               ; preds = %50, %27
  %56 = phi i32 [ 1, %27 ], [ %53, %50 ]
  %57 = phi i64 [ 0, %27 ], [ %52, %50 ]
  br label %60

58:                                               ; preds = %98
  %59 = icmp sgt i32 %99, -1
  br i1 %59, label %102, label %126

60:                                               ; preds = %98, %55
  %61 = phi i64 [ 0, %55 ], [ %100, %98 ]
  %62 = phi i32 [ -1, %55 ], [ %99, %98 ]
  %63 = getelementptr inbounds [64 x i32], ptr %2, i64 0, i64 %61
  %64 = load i32, ptr %63, align 8, !tbaa !5
  %65 = icmp eq i32 %64, 0
  br i1 %65, label %66, label %79

66:                                               ; preds = %60
  %67 = getelementptr inbounds [64 x i32], ptr %3, i64 0, i64 %61
  %68 = load i32, ptr %67, align 8, !tbaa !5
  %69 = icmp sgt i32 %68, -1
  br i1 %69, label %70, label %79

70:                                               ; preds = %66
  %71 = icmp slt i32 %62, 0
  br i1 %71, label %77, label %72

72:                                               ; preds = %70
  %73 = zext i32 %62 to i64
  %74 = getelementptr inbounds [64 x i32], ptr %3, i64 0, i64 %73
  %75 = load i32, ptr %74, align 4, !tbaa !5
  %76 = icmp slt i32 %68, %75
  br i1 %76, label %77, label %79

77:                                               ; preds = %72, %70
  %78 = trunc i64 %61 to i32
  br label %79

79:                                               ; preds = %77, %72, %66, %60
  %80 = phi i32 [ %62, %60 ], [ %78, %77 ], [ %62, %72 ], [ %62, %66 ]
  %81 = or i64 %61, 1
  %82 = getelementptr inbounds [64 x i32], ptr %2, i64 0, i64 %81
  %83 = load i32, ptr %82, align 4, !tbaa !5
  %84 = icmp eq i32 %83, 0
  br i1 %84, label %85, label %98

85:                                               ; preds = %79
  %86 = getelementptr inbounds [64 x i32], ptr %3, i64 0, i64 %81
  %87 = load i32, ptr %86, align 4, !tbaa !5
  %88 = icmp sgt i32 %87, -1
  br i1 %88, label %89, label %98

89:                                               ; preds = %85
  %90 = icmp slt i32 %80, 0
  br i1 %90, label %96, label %91

91:                                               ; preds = %89
  %92 = zext i32 %80 to i64
  %93 = getelementptr inbounds [64 x i32], ptr %3, i64 0, i64 %92
  %94 = load i32, ptr %93, align 4, !tbaa !5
  %95 = icmp slt i32 %87, %94
  br i1 %95, label %96, label %98

96:                                               ; preds = %91, %89
  %97 = trunc i64 %81 to i32
  br label %98

98:                                               ; preds = %96, %91, %85, %79
  %99 = phi i32 [ %80, %79 ], [ %97, %96 ], [ %80, %91 ], [ %80, %85 ]
  %100 = add nuw nsw i64 %61, 2
  %101 = icmp eq i64 %100, 40
  br i1 %101, label %58, label %60, !llvm.loop !19

102:                                              ; preds = %58
  %103 = zext i32 %99 to i64
  %104 = getelementptr inbounds [64 x i32], ptr %2, i64 0, i64 %103
  store i32 1, ptr %104, align 4, !tbaa !5
  %105 = getelementptr inbounds [64 x i32], ptr %3, i64 0, i64 %103
  %106 = load i32, ptr %105, align 4, !tbaa !5
  br label %107

107:                                              ; preds = %123, %102
  %108 = phi i64 [ 0, %102 ], [ %124, %123 ]
  %109 = getelementptr inbounds [64 x i32], ptr %2, i64 0, i64 %108
  %110 = load i32, ptr %109, align 4, !tbaa !5
  %111 = icmp eq i32 %110, 0
  br i1 %111, label %112, label %123

112:                                              ; preds = %107
  %113 = getelementptr inbounds [64 x [64 x i32]], ptr @prim.w, i64 0, i64 %103, i64 %108
  %114 = load i32, ptr %113, align 4, !tbaa !5
  %115 = icmp sgt i32 %114, -1
  br i1 %115, label %116, label %123

116:                                              ; preds = %112
  %117 = getelementptr inbounds [64 x i32], ptr %3, i64 0, i64 %108
  %118 = load i32, ptr %117, align 4, !tbaa !5
  %119 = icmp slt i32 %118, 0
  %120 = icmp slt i32 %114, %118
  %121 = select i1 %119, i1 true, i1 %120
  %122 = select i1 %121, i32 %114, i32 %118
  store i32 %122, ptr %117, align 4
  br label %123

123:                                              ; preds = %116, %112, %107
  %124 = add nuw nsw i64 %108, 1
  %125 = icmp eq i64 %124, 40
  br i1 %125, label %50, label %107, !llvm.loop !20

126:                                              ; preds = %50, %58
  %127 = phi i64 [ %52, %50 ], [ -1, %58 ]
  call void @llvm.lifetime.end.p0(i64 256, ptr nonnull %3) #8
  call void @llvm.lifetime.end.p0(i64 256, ptr nonnull %2) #8
  call void @llvm.lifetime.start.p0(i64 512, ptr nonnull %1) #8
  store <4 x i32> <i32 0, i32 1, i32 2, i32 3>, ptr %1, align 16, !tbaa !5
  %128 = getelementptr inbounds %struct.dsu, ptr %1, i64 0, i32 1, i64 0
  store <4 x i32> zeroinitializer, ptr %128, align 16, !tbaa !5
  %129 = getelementptr inbounds [64 x i32], ptr %1, i64 0, i64 4
  store <4 x i32> <i32 4, i32 5, i32 6, i32 7>, ptr %129, align 16, !tbaa !5
  %130 = getelementptr inbounds %struct.dsu, ptr %1, i64 0, i32 1, i64 4
  store <4 x i32> zeroinitializer, ptr %130, align 16, !tbaa !5
  %131 = getelementptr inbounds [64 x i32], ptr %1, i64 0, i64 8
  store <4 x i32> <i32 8, i32 9, i32 10, i32 11>, ptr %131, align 16, !tbaa !5
  %132 = getelementptr inbounds %struct.dsu, ptr %1, i64 0, i32 1, i64 8
  store <4 x i32> zeroinitializer, ptr %132, align 16, !tbaa !5
  %133 = getelementptr inbounds [64 x i32], ptr %1, i64 0, i64 12
  store <4 x i32> <i32 12, i32 13, i32 14, i32 15>, ptr %133, align 16, !tbaa !5
  %134 = getelementptr inbounds %struct.dsu, ptr %1, i64 0, i32 1, i64 12
  store <4 x i32> zeroinitializer, ptr %134, align 16, !tbaa !5
  %135 = getelementptr inbounds [64 x i32], ptr %1, i64 0, i64 16
  store <4 x i32> <i32 16, i32 17, i32 18, i32 19>, ptr %135, align 16, !tbaa !5
  %136 = getelementptr inbounds %struct.dsu, ptr %1, i64 0, i32 1, i64 16
  store <4 x i32> zeroinitializer, ptr %136, align 16, !tbaa !5
  %137 = getelementptr inbounds [64 x i32], ptr %1, i64 0, i64 20
  store <4 x i32> <i32 20, i32 21, i32 22, i32 23>, ptr %137, align 16, !tbaa !5
  %138 = getelementptr inbounds %struct.dsu, ptr %1, i64 0, i32 1, i64 20
  store <4 x i32> zeroinitializer, ptr %138, align 16, !tbaa !5
  %139 = getelementptr inbounds [64 x i32], ptr %1, i64 0, i64 24
  store <4 x i32> <i32 24, i32 25, i32 26, i32 27>, ptr %139, align 16, !tbaa !5
  %140 = getelementptr inbounds %struct.dsu, ptr %1, i64 0, i32 1, i64 24
  store <4 x i32> zeroinitializer, ptr %140, align 16, !tbaa !5
  %141 = getelementptr inbounds [64 x i32], ptr %1, i64 0, i64 28
  store <4 x i32> <i32 28, i32 29, i32 30, i32 31>, ptr %141, align 16, !tbaa !5
  %142 = getelementptr inbounds %struct.dsu, ptr %1, i64 0, i32 1, i64 28
  store <4 x i32> zeroinitializer, ptr %142, align 16, !tbaa !5
  %143 = getelementptr inbounds [64 x i32], ptr %1, i64 0, i64 32
  store <4 x i32> <i32 32, i32 33, i32 34, i32 35>, ptr %143, align 16, !tbaa !5
  %144 = getelementptr inbounds %struct.dsu, ptr %1, i64 0, i32 1, i64 32
  store <4 x i32> zeroinitializer, ptr %144, align 16, !tbaa !5
  %145 = getelementptr inbounds [64 x i32], ptr %1, i64 0, i64 36
  store <4 x i32> <i32 36, i32 37, i32 38, i32 39>, ptr %145, align 16, !tbaa !5
  %146 = getelementptr inbounds %struct.dsu, ptr %1, i64 0, i32 1, i64 36
  store <4 x i32> zeroinitializer, ptr %146, align 16, !tbaa !5
  call void @qsort(ptr noundef nonnull %4, i64 noundef 119, i64 noundef 12, ptr noundef nonnull @by_weight) #8
  br label %147

147:                                              ; preds = %187, %126
  %148 = phi i32 [ 0, %126 ], [ %188, %187 ]
  %149 = phi i64 [ 0, %126 ], [ %191, %187 ]
  %150 = phi i32 [ 0, %126 ], [ %189, %187 ]
  %151 = phi i64 [ 0, %126 ], [ %190, %187 ]
  %152 = icmp slt i32 %150, 39
  br i1 %152, label %153, label %193

153:                                              ; preds = %147
  %154 = getelementptr inbounds %struct.edge, ptr %4, i64 %149
  %155 = load i32, ptr %154, align 4, !tbaa !13
  %156 = getelementptr inbounds %struct.edge, ptr %4, i64 %149, i32 1
  %157 = load i32, ptr %156, align 4, !tbaa !15
  %158 = call fastcc i32 @find(ptr noundef nonnull %1, i32 noundef %155)
  %159 = call fastcc i32 @find(ptr noundef nonnull %1, i32 noundef %157)
  %160 = icmp eq i32 %158, %159
  br i1 %160, label %187, label %161

161:                                              ; preds = %153
  %162 = sext i32 %158 to i64
  %163 = getelementptr inbounds %struct.dsu, ptr %1, i64 0, i32 1, i64 %162
  %164 = load i32, ptr %163, align 4, !tbaa !5
  %165 = sext i32 %159 to i64
  %166 = getelementptr inbounds %struct.dsu, ptr %1, i64 0, i32 1, i64 %165
  %167 = load i32, ptr %166, align 4, !tbaa !5
  %168 = icmp slt i32 %164, %167
  %169 = select i1 %168, i32 %159, i32 %158
  %170 = select i1 %168, i32 %158, i32 %159
  %171 = sext i32 %170 to i64
  %172 = getelementptr inbounds [64 x i32], ptr %1, i64 0, i64 %171
  store i32 %169, ptr %172, align 4, !tbaa !5
  %173 = sext i32 %169 to i64
  %174 = getelementptr inbounds %struct.dsu, ptr %1, i64 0, i32 1, i64 %173
  %175 = load i32, ptr %174, align 4, !tbaa !5
  %176 = getelementptr inbounds %struct.dsu, ptr %1, i64 0, i32 1, i64 %171
  %177 = load i32, ptr %176, align 4, !tbaa !5
  %178 = icmp eq i32 %175, %177
  br i1 %178, label %179, label %181

179:                                              ; preds = %161
  %180 = add nsw i32 %175, 1
  store i32 %180, ptr %174, align 4, !tbaa !5
  br label %181

181:                                              ; preds = %179, %161
  %182 = getelementptr inbounds %struct.edge, ptr %4, i64 %149, i32 2
  %183 = load i32, ptr %182, align 4, !tbaa !16
  %184 = sext i32 %183 to i64
  %185 = add nsw i64 %151, %184
  %186 = add nsw i32 %150, 1
  br label %187

187:                                              ; preds = %181, %153
  %188 = phi i32 [ %148, %153 ], [ %186, %181 ]
  %189 = phi i32 [ %150, %153 ], [ %186, %181 ]
  %190 = phi i64 [ %151, %153 ], [ %185, %181 ]
  %191 = add nuw nsw i64 %149, 1
  %192 = icmp eq i64 %191, 119
  br i1 %192, label %193, label %147, !llvm.loop !21

193:                                              ; preds = %147, %187
  %194 = phi i32 [ %188, %187 ], [ %148, %147 ]
  %195 = phi i64 [ %190, %187 ], [ %151, %147 ]
  call void @llvm.lifetime.end.p0(i64 512, ptr nonnull %1) #8
  %196 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 40, i32 noundef 119, i32 noundef %194, i64 noundef %195, i64 noundef %127)
  %197 = icmp ne i32 %194, 39
  %198 = icmp ne i64 %195, %127
  %199 = select i1 %197, i1 true, i1 %198
  %200 = zext i1 %199 to i32
  call void @llvm.lifetime.end.p0(i64 1920, ptr nonnull %4) #8
  ret i32 %200

201:                                              ; preds = %5, %201
  %202 = phi i64 [ %217, %201 ], [ 39, %5 ]
  %203 = phi i32 [ %229, %201 ], [ 0, %5 ]
  %204 = add nuw nsw i64 %202, 1
  %205 = getelementptr inbounds [160 x %struct.edge], ptr %4, i64 0, i64 %202
  %206 = trunc i32 %203 to i16
  %207 = mul i16 %206, 7
  %208 = add i16 %207, 3
  %209 = urem i16 %208, 40
  %210 = zext i16 %209 to i32
  %211 = mul i16 %206, 13
  %212 = urem i16 %211, 20
  %213 = add nuw nsw i16 %212, 1
  %214 = zext i16 %213 to i32
  store i32 %203, ptr %205, align 4, !tbaa.struct !4
  %215 = getelementptr inbounds i8, ptr %205, i64 4
  store i32 %210, ptr %215, align 4, !tbaa.struct !9
  %216 = getelementptr inbounds i8, ptr %205, i64 8
  store i32 %214, ptr %216, align 4, !tbaa.struct !10
  %217 = add nuw nsw i64 %202, 2
  %218 = getelementptr inbounds [160 x %struct.edge], ptr %4, i64 0, i64 %204
  %219 = mul i16 %206, 11
  %220 = add i16 %219, 5
  %221 = urem i16 %220, 40
  %222 = zext i16 %221 to i32
  %223 = mul i16 %206, 29
  %224 = urem i16 %223, 30
  %225 = add nuw nsw i16 %224, 1
  %226 = zext i16 %225 to i32
  store i32 %203, ptr %218, align 4, !tbaa.struct !4
  %227 = getelementptr inbounds i8, ptr %218, i64 4
  store i32 %222, ptr %227, align 4, !tbaa.struct !9
  %228 = getelementptr inbounds i8, ptr %218, i64 8
  store i32 %226, ptr %228, align 4, !tbaa.struct !10
  %229 = add nuw nsw i32 %203, 1
  %230 = icmp eq i32 %229, 40
  br i1 %230, label %26, label %201, !llvm.loop !22
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
  %4 = load i32, ptr %3, align 4, !tbaa !16
  %5 = getelementptr inbounds %struct.edge, ptr %1, i64 0, i32 2
  %6 = load i32, ptr %5, align 4, !tbaa !16
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
!4 = !{i64 0, i64 4, !5, i64 4, i64 4, !5, i64 8, i64 4, !5}
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{i64 0, i64 4, !5, i64 4, i64 4, !5}
!10 = !{i64 0, i64 4, !5}
!11 = distinct !{!11, !12}
!12 = !{!"llvm.loop.mustprogress"}
!13 = !{!14, !6, i64 0}
!14 = !{!"edge", !6, i64 0, !6, i64 4, !6, i64 8}
!15 = !{!14, !6, i64 4}
!16 = !{!14, !6, i64 8}
!17 = distinct !{!17, !12}
!18 = distinct !{!18, !12}
!19 = distinct !{!19, !12}
!20 = distinct !{!20, !12}
!21 = distinct !{!21, !12}
!22 = distinct !{!22, !12}
