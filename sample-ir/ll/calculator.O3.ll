; ModuleID = 'c/calculator.c'
source_filename = "c/calculator.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.parser = type { ptr, i32 }

@.str = private unnamed_addr constant [10 x i8] c"1 + 2 * 3\00", align 1
@.str.1 = private unnamed_addr constant [12 x i8] c"(1 + 2) * 3\00", align 1
@.str.2 = private unnamed_addr constant [10 x i8] c"2 ^ 3 ^ 2\00", align 1
@.str.3 = private unnamed_addr constant [14 x i8] c"-(4 - 10) % 4\00", align 1
@.str.4 = private unnamed_addr constant [12 x i8] c"100 / 7 / 2\00", align 1
@.str.5 = private unnamed_addr constant [5 x i8] c"1 + \00", align 1
@.str.6 = private unnamed_addr constant [12 x i8] c"8 / (3 - 3)\00", align 1
@.str.7 = private unnamed_addr constant [9 x i8] c"((2))*-3\00", align 1
@.str.8 = private unnamed_addr constant [4 x i8] c"7 )\00", align 1
@.str.9 = private unnamed_addr constant [28 x i8] c"calculator %-16s => %s %ld\0A\00", align 1
@.str.10 = private unnamed_addr constant [3 x i8] c"ok\00", align 1
@.str.11 = private unnamed_addr constant [6 x i8] c"error\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  %1 = alloca %struct.parser, align 8
  %2 = getelementptr inbounds %struct.parser, ptr %1, i64 0, i32 1
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %1) #4
  store ptr @.str, ptr %1, align 8, !tbaa !4
  store i32 0, ptr %2, align 8, !tbaa !10
  %3 = call fastcc i64 @expression(ptr noundef nonnull %1)
  %4 = load ptr, ptr %1, align 8, !tbaa !4
  br label %5

5:                                                ; preds = %8, %0
  %6 = phi ptr [ %9, %8 ], [ %4, %0 ]
  %7 = load i8, ptr %6, align 1, !tbaa !11
  switch i8 %7, label %10 [
    i8 32, label %8
    i8 9, label %8
  ]

8:                                                ; preds = %5, %5
  %9 = getelementptr inbounds i8, ptr %6, i64 1
  br label %5, !llvm.loop !12

10:                                               ; preds = %5
  %11 = load i32, ptr %2, align 8, !tbaa !10
  %12 = icmp ne i32 %11, 0
  %13 = icmp ne i8 %7, 0
  %14 = or i1 %13, %12
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %1) #4
  %15 = select i1 %14, ptr @.str.11, ptr @.str.10
  %16 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, ptr noundef nonnull @.str, ptr noundef nonnull %15, i64 noundef %3)
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %1) #4
  store ptr @.str.1, ptr %1, align 8, !tbaa !4
  store i32 0, ptr %2, align 8, !tbaa !10
  %17 = call fastcc i64 @expression(ptr noundef nonnull %1)
  %18 = load ptr, ptr %1, align 8, !tbaa !4
  br label %19

19:                                               ; preds = %22, %10
  %20 = phi ptr [ %23, %22 ], [ %18, %10 ]
  %21 = load i8, ptr %20, align 1, !tbaa !11
  switch i8 %21, label %24 [
    i8 32, label %22
    i8 9, label %22
  ]

22:                                               ; preds = %19, %19
  %23 = getelementptr inbounds i8, ptr %20, i64 1
  br label %19, !llvm.loop !12

24:                                               ; preds = %19
  %25 = load i32, ptr %2, align 8, !tbaa !10
  %26 = icmp eq i32 %25, 0
  %27 = icmp eq i8 %21, 0
  %28 = and i1 %27, %26
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %1) #4
  %29 = select i1 %28, ptr @.str.10, ptr @.str.11
  %30 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, ptr noundef nonnull @.str.1, ptr noundef nonnull %29, i64 noundef %17)
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %1) #4
  store ptr @.str.2, ptr %1, align 8, !tbaa !4
  store i32 0, ptr %2, align 8, !tbaa !10
  %31 = call fastcc i64 @expression(ptr noundef nonnull %1)
  %32 = load ptr, ptr %1, align 8, !tbaa !4
  br label %33

33:                                               ; preds = %36, %24
  %34 = phi ptr [ %37, %36 ], [ %32, %24 ]
  %35 = load i8, ptr %34, align 1, !tbaa !11
  switch i8 %35, label %38 [
    i8 32, label %36
    i8 9, label %36
  ]

36:                                               ; preds = %33, %33
  %37 = getelementptr inbounds i8, ptr %34, i64 1
  br label %33, !llvm.loop !12

38:                                               ; preds = %33
  %39 = load i32, ptr %2, align 8, !tbaa !10
  %40 = icmp ne i32 %39, 0
  %41 = icmp ne i8 %35, 0
  %42 = or i1 %41, %40
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %1) #4
  %43 = select i1 %42, ptr @.str.11, ptr @.str.10
  %44 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, ptr noundef nonnull @.str.2, ptr noundef nonnull %43, i64 noundef %31)
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %1) #4
  store ptr @.str.3, ptr %1, align 8, !tbaa !4
  store i32 0, ptr %2, align 8, !tbaa !10
  %45 = call fastcc i64 @expression(ptr noundef nonnull %1)
  %46 = load ptr, ptr %1, align 8, !tbaa !4
  br label %47

47:                                               ; preds = %50, %38
  %48 = phi ptr [ %51, %50 ], [ %46, %38 ]
  %49 = load i8, ptr %48, align 1, !tbaa !11
  switch i8 %49, label %52 [
    i8 32, label %50
    i8 9, label %50
  ]

50:                                               ; preds = %47, %47
  %51 = getelementptr inbounds i8, ptr %48, i64 1
  br label %47, !llvm.loop !12

52:                                               ; preds = %47
  %53 = load i32, ptr %2, align 8, !tbaa !10
  %54 = icmp ne i32 %53, 0
  %55 = icmp ne i8 %49, 0
  %56 = or i1 %55, %54
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %1) #4
  %57 = select i1 %56, ptr @.str.11, ptr @.str.10
  %58 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, ptr noundef nonnull @.str.3, ptr noundef nonnull %57, i64 noundef %45)
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %1) #4
  store ptr @.str.4, ptr %1, align 8, !tbaa !4
  store i32 0, ptr %2, align 8, !tbaa !10
  %59 = call fastcc i64 @expression(ptr noundef nonnull %1)
  %60 = load ptr, ptr %1, align 8, !tbaa !4
  br label %61

61:                                               ; preds = %64, %52
  %62 = phi ptr [ %65, %64 ], [ %60, %52 ]
  %63 = load i8, ptr %62, align 1, !tbaa !11
  switch i8 %63, label %66 [
    i8 32, label %64
    i8 9, label %64
  ]

64:                                               ; preds = %61, %61
  %65 = getelementptr inbounds i8, ptr %62, i64 1
  br label %61, !llvm.loop !12

66:                                               ; preds = %61
  %67 = load i32, ptr %2, align 8, !tbaa !10
  %68 = icmp ne i32 %67, 0
  %69 = icmp ne i8 %63, 0
  %70 = or i1 %69, %68
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %1) #4
  %71 = select i1 %70, ptr @.str.11, ptr @.str.10
  %72 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, ptr noundef nonnull @.str.4, ptr noundef nonnull %71, i64 noundef %59)
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %1) #4
  store ptr @.str.5, ptr %1, align 8, !tbaa !4
  store i32 0, ptr %2, align 8, !tbaa !10
  %73 = call fastcc i64 @expression(ptr noundef nonnull %1)
  %74 = load ptr, ptr %1, align 8, !tbaa !4
  br label %75

75:                                               ; preds = %78, %66
  %76 = phi ptr [ %79, %78 ], [ %74, %66 ]
  %77 = load i8, ptr %76, align 1, !tbaa !11
  switch i8 %77, label %80 [
    i8 32, label %78
    i8 9, label %78
  ]

78:                                               ; preds = %75, %75
  %79 = getelementptr inbounds i8, ptr %76, i64 1
  br label %75, !llvm.loop !12

80:                                               ; preds = %75
  %81 = load i32, ptr %2, align 8, !tbaa !10
  %82 = icmp eq i32 %81, 0
  %83 = icmp eq i8 %77, 0
  %84 = and i1 %83, %82
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %1) #4
  %85 = select i1 %84, ptr @.str.10, ptr @.str.11
  %86 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, ptr noundef nonnull @.str.5, ptr noundef nonnull %85, i64 noundef %73)
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %1) #4
  store ptr @.str.6, ptr %1, align 8, !tbaa !4
  store i32 0, ptr %2, align 8, !tbaa !10
  %87 = call fastcc i64 @expression(ptr noundef nonnull %1)
  %88 = load ptr, ptr %1, align 8, !tbaa !4
  br label %89

89:                                               ; preds = %92, %80
  %90 = phi ptr [ %93, %92 ], [ %88, %80 ]
  %91 = load i8, ptr %90, align 1, !tbaa !11
  switch i8 %91, label %94 [
    i8 32, label %92
    i8 9, label %92
  ]

92:                                               ; preds = %89, %89
  %93 = getelementptr inbounds i8, ptr %90, i64 1
  br label %89, !llvm.loop !12

94:                                               ; preds = %89
  %95 = load i32, ptr %2, align 8, !tbaa !10
  %96 = icmp eq i32 %95, 0
  %97 = icmp eq i8 %91, 0
  %98 = and i1 %97, %96
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %1) #4
  %99 = select i1 %98, ptr @.str.10, ptr @.str.11
  %100 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, ptr noundef nonnull @.str.6, ptr noundef nonnull %99, i64 noundef %87)
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %1) #4
  store ptr @.str.7, ptr %1, align 8, !tbaa !4
  store i32 0, ptr %2, align 8, !tbaa !10
  %101 = call fastcc i64 @expression(ptr noundef nonnull %1)
  %102 = load ptr, ptr %1, align 8, !tbaa !4
  br label %103

103:                                              ; preds = %106, %94
  %104 = phi ptr [ %107, %106 ], [ %102, %94 ]
  %105 = load i8, ptr %104, align 1, !tbaa !11
  switch i8 %105, label %108 [
    i8 32, label %106
    i8 9, label %106
  ]

106:                                              ; preds = %103, %103
  %107 = getelementptr inbounds i8, ptr %104, i64 1
  br label %103, !llvm.loop !12

108:                                              ; preds = %103
  %109 = load i32, ptr %2, align 8, !tbaa !10
  %110 = icmp ne i32 %109, 0
  %111 = icmp ne i8 %105, 0
  %112 = or i1 %111, %110
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %1) #4
  %113 = select i1 %112, ptr @.str.11, ptr @.str.10
  %114 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, ptr noundef nonnull @.str.7, ptr noundef nonnull %113, i64 noundef %101)
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %1) #4
  store ptr @.str.8, ptr %1, align 8, !tbaa !4
  store i32 0, ptr %2, align 8, !tbaa !10
  %115 = call fastcc i64 @expression(ptr noundef nonnull %1)
  %116 = load ptr, ptr %1, align 8, !tbaa !4
  br label %117

117:                                              ; preds = %120, %108
  %118 = phi ptr [ %121, %120 ], [ %116, %108 ]
  %119 = load i8, ptr %118, align 1, !tbaa !11
  switch i8 %119, label %122 [
    i8 32, label %120
    i8 9, label %120
  ]

120:                                              ; preds = %117, %117
  %121 = getelementptr inbounds i8, ptr %118, i64 1
  br label %117, !llvm.loop !12

122:                                              ; preds = %117
  %123 = icmp ne i64 %101, -6
  %124 = select i1 %112, i1 true, i1 %123
  %125 = icmp eq i64 %17, 9
  %126 = select i1 %28, i1 %125, i1 false
  %127 = icmp ne i64 %3, 7
  %128 = select i1 %14, i1 true, i1 %127
  %129 = zext i1 %128 to i32
  %130 = select i1 %128, i32 2, i32 1
  %131 = select i1 %126, i32 %129, i32 %130
  %132 = icmp ne i64 %31, 512
  %133 = select i1 %42, i1 true, i1 %132
  %134 = zext i1 %133 to i32
  %135 = add nuw nsw i32 %131, %134
  %136 = icmp ne i64 %45, 2
  %137 = select i1 %56, i1 true, i1 %136
  %138 = zext i1 %137 to i32
  %139 = add nuw nsw i32 %135, %138
  %140 = icmp ne i64 %59, 7
  %141 = select i1 %70, i1 true, i1 %140
  %142 = zext i1 %141 to i32
  %143 = add nuw nsw i32 %139, %142
  %144 = zext i1 %84 to i32
  %145 = add nuw nsw i32 %143, %144
  %146 = zext i1 %98 to i32
  %147 = add nuw nsw i32 %145, %146
  %148 = zext i1 %124 to i32
  %149 = add nsw i32 %147, %148
  %150 = load i32, ptr %2, align 8, !tbaa !10
  %151 = icmp eq i32 %150, 0
  %152 = icmp eq i8 %119, 0
  %153 = and i1 %152, %151
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %1) #4
  %154 = sext i1 %153 to i32
  %155 = select i1 %153, ptr @.str.10, ptr @.str.11
  %156 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, ptr noundef nonnull @.str.8, ptr noundef nonnull %155, i64 noundef %115)
  %157 = icmp ne i32 %149, %154
  %158 = zext i1 %157 to i32
  ret i32 %158
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none) uwtable
define internal fastcc i64 @expression(ptr nocapture noundef %0) unnamed_addr #3 {
  %2 = tail call fastcc i64 @factor(ptr noundef %0)
  %3 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1
  %4 = load ptr, ptr %0, align 8, !tbaa !4
  br label %5

5:                                                ; preds = %20, %1
  %6 = phi ptr [ %4, %1 ], [ %21, %20 ]
  %7 = phi i64 [ %2, %1 ], [ %22, %20 ]
  %8 = phi i64 [ undef, %1 ], [ %23, %20 ]
  br label %9

9:                                                ; preds = %12, %5
  %10 = phi ptr [ %13, %12 ], [ %6, %5 ]
  %11 = load i8, ptr %10, align 1, !tbaa !11
  switch i8 %11, label %34 [
    i8 32, label %12
    i8 9, label %12
    i8 47, label %14
    i8 42, label %14
    i8 37, label %14
  ]

12:                                               ; preds = %9, %9
  %13 = getelementptr inbounds i8, ptr %10, i64 1
  store ptr %13, ptr %0, align 8, !tbaa !4
  br label %9, !llvm.loop !12

14:                                               ; preds = %9, %9, %9
  %15 = getelementptr inbounds i8, ptr %10, i64 1
  store ptr %15, ptr %0, align 8, !tbaa !4
  %16 = tail call fastcc i64 @factor(ptr noundef nonnull %0)
  %17 = load ptr, ptr %0, align 8, !tbaa !4
  switch i8 %11, label %34 [
    i8 42, label %18
    i8 47, label %24
    i8 37, label %29
  ]

18:                                               ; preds = %14
  %19 = mul nsw i64 %16, %7
  br label %20

20:                                               ; preds = %18, %26, %27, %31, %32, %34, %34, %34
  %21 = phi ptr [ %35, %34 ], [ %35, %34 ], [ %35, %34 ], [ %17, %32 ], [ %17, %31 ], [ %17, %27 ], [ %17, %26 ], [ %17, %18 ]
  %22 = phi i64 [ %7, %34 ], [ %7, %34 ], [ %7, %34 ], [ %33, %32 ], [ %7, %31 ], [ %28, %27 ], [ %7, %26 ], [ %19, %18 ]
  %23 = phi i64 [ %36, %34 ], [ %36, %34 ], [ %36, %34 ], [ %8, %32 ], [ %8, %31 ], [ %8, %27 ], [ %8, %26 ], [ %8, %18 ]
  br label %5

24:                                               ; preds = %14
  %25 = icmp eq i64 %16, 0
  br i1 %25, label %26, label %27

26:                                               ; preds = %24
  store i32 1, ptr %3, align 8, !tbaa !10
  br label %20

27:                                               ; preds = %24
  %28 = sdiv i64 %7, %16
  br label %20

29:                                               ; preds = %14
  %30 = icmp eq i64 %16, 0
  br i1 %30, label %31, label %32

31:                                               ; preds = %29
  store i32 1, ptr %3, align 8, !tbaa !10
  br label %20

32:                                               ; preds = %29
  %33 = srem i64 %7, %16
  br label %20

34:                                               ; preds = %9, %14
  %35 = phi ptr [ %17, %14 ], [ %10, %9 ]
  %36 = phi i64 [ %8, %14 ], [ %7, %9 ]
  switch i8 %11, label %37 [
    i8 47, label %20
    i8 42, label %20
    i8 37, label %20
  ]

37:                                               ; preds = %34, %121
  %38 = phi ptr [ %122, %121 ], [ %35, %34 ]
  %39 = phi i64 [ %123, %121 ], [ %36, %34 ]
  br label %40

40:                                               ; preds = %43, %37
  %41 = phi ptr [ %44, %43 ], [ %38, %37 ]
  %42 = load i8, ptr %41, align 1, !tbaa !11
  switch i8 %42, label %124 [
    i8 32, label %43
    i8 9, label %43
    i8 43, label %45
    i8 45, label %83
  ]

43:                                               ; preds = %40, %40
  %44 = getelementptr inbounds i8, ptr %41, i64 1
  store ptr %44, ptr %0, align 8, !tbaa !4
  br label %40, !llvm.loop !12

45:                                               ; preds = %40
  %46 = getelementptr inbounds i8, ptr %41, i64 1
  store ptr %46, ptr %0, align 8, !tbaa !4
  %47 = tail call fastcc i64 @factor(ptr noundef nonnull %0)
  %48 = load ptr, ptr %0, align 8, !tbaa !4
  br label %49

49:                                               ; preds = %64, %45
  %50 = phi ptr [ %48, %45 ], [ %65, %64 ]
  %51 = phi i64 [ %47, %45 ], [ %66, %64 ]
  %52 = phi i64 [ undef, %45 ], [ %67, %64 ]
  br label %53

53:                                               ; preds = %56, %49
  %54 = phi ptr [ %57, %56 ], [ %50, %49 ]
  %55 = load i8, ptr %54, align 1, !tbaa !11
  switch i8 %55, label %78 [
    i8 32, label %56
    i8 9, label %56
    i8 47, label %58
    i8 42, label %58
    i8 37, label %58
  ]

56:                                               ; preds = %53, %53
  %57 = getelementptr inbounds i8, ptr %54, i64 1
  store ptr %57, ptr %0, align 8, !tbaa !4
  br label %53, !llvm.loop !12

58:                                               ; preds = %53, %53, %53
  %59 = getelementptr inbounds i8, ptr %54, i64 1
  store ptr %59, ptr %0, align 8, !tbaa !4
  %60 = tail call fastcc i64 @factor(ptr noundef nonnull %0)
  %61 = load ptr, ptr %0, align 8, !tbaa !4
  switch i8 %55, label %78 [
    i8 42, label %62
    i8 47, label %68
    i8 37, label %73
  ]

62:                                               ; preds = %58
  %63 = mul nsw i64 %60, %51
  br label %64

64:                                               ; preds = %62, %70, %71, %75, %76, %78, %78, %78
  %65 = phi ptr [ %79, %78 ], [ %79, %78 ], [ %79, %78 ], [ %61, %76 ], [ %61, %75 ], [ %61, %71 ], [ %61, %70 ], [ %61, %62 ]
  %66 = phi i64 [ %51, %78 ], [ %51, %78 ], [ %51, %78 ], [ %77, %76 ], [ %51, %75 ], [ %72, %71 ], [ %51, %70 ], [ %63, %62 ]
  %67 = phi i64 [ %80, %78 ], [ %80, %78 ], [ %80, %78 ], [ %52, %76 ], [ %52, %75 ], [ %52, %71 ], [ %52, %70 ], [ %52, %62 ]
  br label %49

68:                                               ; preds = %58
  %69 = icmp eq i64 %60, 0
  br i1 %69, label %70, label %71

70:                                               ; preds = %68
  store i32 1, ptr %3, align 8, !tbaa !10
  br label %64

71:                                               ; preds = %68
  %72 = sdiv i64 %51, %60
  br label %64

73:                                               ; preds = %58
  %74 = icmp eq i64 %60, 0
  br i1 %74, label %75, label %76

75:                                               ; preds = %73
  store i32 1, ptr %3, align 8, !tbaa !10
  br label %64

76:                                               ; preds = %73
  %77 = srem i64 %51, %60
  br label %64

78:                                               ; preds = %53, %58
  %79 = phi ptr [ %61, %58 ], [ %54, %53 ]
  %80 = phi i64 [ %52, %58 ], [ %51, %53 ]
  switch i8 %55, label %81 [
    i8 47, label %64
    i8 42, label %64
    i8 37, label %64
  ]

81:                                               ; preds = %78
  %82 = add nsw i64 %80, %39
  br label %121

83:                                               ; preds = %40
  %84 = getelementptr inbounds i8, ptr %41, i64 1
  store ptr %84, ptr %0, align 8, !tbaa !4
  %85 = tail call fastcc i64 @factor(ptr noundef nonnull %0)
  %86 = load ptr, ptr %0, align 8, !tbaa !4
  br label %87

87:                                               ; preds = %102, %83
  %88 = phi ptr [ %86, %83 ], [ %103, %102 ]
  %89 = phi i64 [ %85, %83 ], [ %104, %102 ]
  %90 = phi i64 [ undef, %83 ], [ %105, %102 ]
  br label %91

91:                                               ; preds = %94, %87
  %92 = phi ptr [ %95, %94 ], [ %88, %87 ]
  %93 = load i8, ptr %92, align 1, !tbaa !11
  switch i8 %93, label %116 [
    i8 32, label %94
    i8 9, label %94
    i8 47, label %96
    i8 42, label %96
    i8 37, label %96
  ]

94:                                               ; preds = %91, %91
  %95 = getelementptr inbounds i8, ptr %92, i64 1
  store ptr %95, ptr %0, align 8, !tbaa !4
  br label %91, !llvm.loop !12

96:                                               ; preds = %91, %91, %91
  %97 = getelementptr inbounds i8, ptr %92, i64 1
  store ptr %97, ptr %0, align 8, !tbaa !4
  %98 = tail call fastcc i64 @factor(ptr noundef nonnull %0)
  %99 = load ptr, ptr %0, align 8, !tbaa !4
  switch i8 %93, label %116 [
    i8 42, label %100
    i8 47, label %106
    i8 37, label %111
  ]

100:                                              ; preds = %96
  %101 = mul nsw i64 %98, %89
  br label %102

102:                                              ; preds = %100, %108, %109, %113, %114, %116, %116, %116
  %103 = phi ptr [ %117, %116 ], [ %117, %116 ], [ %117, %116 ], [ %99, %114 ], [ %99, %113 ], [ %99, %109 ], [ %99, %108 ], [ %99, %100 ]
  %104 = phi i64 [ %89, %116 ], [ %89, %116 ], [ %89, %116 ], [ %115, %114 ], [ %89, %113 ], [ %110, %109 ], [ %89, %108 ], [ %101, %100 ]
  %105 = phi i64 [ %118, %116 ], [ %118, %116 ], [ %118, %116 ], [ %90, %114 ], [ %90, %113 ], [ %90, %109 ], [ %90, %108 ], [ %90, %100 ]
  br label %87

106:                                              ; preds = %96
  %107 = icmp eq i64 %98, 0
  br i1 %107, label %108, label %109

108:                                              ; preds = %106
  store i32 1, ptr %3, align 8, !tbaa !10
  br label %102

109:                                              ; preds = %106
  %110 = sdiv i64 %89, %98
  br label %102

111:                                              ; preds = %96
  %112 = icmp eq i64 %98, 0
  br i1 %112, label %113, label %114

113:                                              ; preds = %111
  store i32 1, ptr %3, align 8, !tbaa !10
  br label %102

114:                                              ; preds = %111
  %115 = srem i64 %89, %98
  br label %102

116:                                              ; preds = %91, %96
  %117 = phi ptr [ %99, %96 ], [ %92, %91 ]
  %118 = phi i64 [ %90, %96 ], [ %89, %91 ]
  switch i8 %93, label %119 [
    i8 47, label %102
    i8 42, label %102
    i8 37, label %102
  ]

119:                                              ; preds = %116
  %120 = sub nsw i64 %39, %118
  br label %121

121:                                              ; preds = %119, %81
  %122 = phi ptr [ %79, %81 ], [ %117, %119 ]
  %123 = phi i64 [ %82, %81 ], [ %120, %119 ]
  br label %37

124:                                              ; preds = %40
  ret i64 %39
}

; Function Attrs: nofree nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none) uwtable
define internal fastcc i64 @factor(ptr nocapture noundef %0) unnamed_addr #3 {
  %2 = tail call fastcc i64 @primary(ptr noundef %0)
  %3 = load ptr, ptr %0, align 8, !tbaa !4
  br label %4

4:                                                ; preds = %7, %1
  %5 = phi ptr [ %8, %7 ], [ %3, %1 ]
  %6 = load i8, ptr %5, align 1, !tbaa !11
  switch i8 %6, label %41 [
    i8 32, label %7
    i8 9, label %7
    i8 94, label %9
  ]

7:                                                ; preds = %4, %4
  %8 = getelementptr inbounds i8, ptr %5, i64 1
  store ptr %8, ptr %0, align 8, !tbaa !4
  br label %4, !llvm.loop !12

9:                                                ; preds = %4
  %10 = getelementptr inbounds i8, ptr %5, i64 1
  store ptr %10, ptr %0, align 8, !tbaa !4
  %11 = tail call fastcc i64 @factor(ptr noundef nonnull %0)
  %12 = icmp slt i64 %11, 1
  br i1 %12, label %41, label %13

13:                                               ; preds = %9
  %14 = and i64 %11, 7
  %15 = icmp ult i64 %11, 8
  br i1 %15, label %31, label %16

16:                                               ; preds = %13
  %17 = and i64 %11, -8
  br label %18

18:                                               ; preds = %18, %16
  %19 = phi i64 [ 1, %16 ], [ %28, %18 ]
  %20 = phi i64 [ 0, %16 ], [ %29, %18 ]
  %21 = mul nsw i64 %19, %2
  %22 = mul nsw i64 %21, %2
  %23 = mul nsw i64 %22, %2
  %24 = mul nsw i64 %23, %2
  %25 = mul nsw i64 %24, %2
  %26 = mul nsw i64 %25, %2
  %27 = mul nsw i64 %26, %2
  %28 = mul nsw i64 %27, %2
  %29 = add i64 %20, 8
  %30 = icmp eq i64 %29, %17
  br i1 %30, label %31, label %18

31:                                               ; preds = %18, %13
  %32 = phi i64 [ undef, %13 ], [ %28, %18 ]
  %33 = phi i64 [ 1, %13 ], [ %28, %18 ]
  %34 = icmp eq i64 %14, 0
  br i1 %34, label %41, label %35

35:                                               ; preds = %31, %35
  %36 = phi i64 [ %38, %35 ], [ %33, %31 ]
  %37 = phi i64 [ %39, %35 ], [ 0, %31 ]
  %38 = mul nsw i64 %36, %2
  %39 = add i64 %37, 1
  %40 = icmp eq i64 %39, %14
  br i1 %40, label %41, label %35, !llvm.loop !14

41:                                               ; preds = %4, %31, %35, %9
  %42 = phi i64 [ 1, %9 ], [ %32, %31 ], [ %38, %35 ], [ %2, %4 ]
  ret i64 %42
}

; Function Attrs: nofree nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none) uwtable
define internal fastcc i64 @primary(ptr nocapture noundef %0) unnamed_addr #3 {
  %2 = load ptr, ptr %0, align 8, !tbaa !4
  br label %3

3:                                                ; preds = %6, %1
  %4 = phi ptr [ %7, %6 ], [ %2, %1 ]
  %5 = load i8, ptr %4, align 1, !tbaa !11
  switch i8 %5, label %27 [
    i8 32, label %6
    i8 9, label %6
    i8 40, label %8
    i8 45, label %23
  ]

6:                                                ; preds = %3, %3
  %7 = getelementptr inbounds i8, ptr %4, i64 1
  store ptr %7, ptr %0, align 8, !tbaa !4
  br label %3, !llvm.loop !12

8:                                                ; preds = %3
  %9 = getelementptr inbounds i8, ptr %4, i64 1
  store ptr %9, ptr %0, align 8, !tbaa !4
  %10 = tail call fastcc i64 @expression(ptr noundef nonnull %0)
  %11 = load ptr, ptr %0, align 8, !tbaa !4
  br label %12

12:                                               ; preds = %15, %8
  %13 = phi ptr [ %16, %15 ], [ %11, %8 ]
  %14 = load i8, ptr %13, align 1, !tbaa !11
  switch i8 %14, label %17 [
    i8 32, label %15
    i8 9, label %15
    i8 41, label %19
  ]

15:                                               ; preds = %12, %12
  %16 = getelementptr inbounds i8, ptr %13, i64 1
  store ptr %16, ptr %0, align 8, !tbaa !4
  br label %12, !llvm.loop !12

17:                                               ; preds = %12
  %18 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1
  store i32 1, ptr %18, align 8, !tbaa !10
  br label %21

19:                                               ; preds = %12
  %20 = getelementptr inbounds i8, ptr %13, i64 1
  store ptr %20, ptr %0, align 8, !tbaa !4
  br label %21

21:                                               ; preds = %17, %19, %30, %32, %23
  %22 = phi i64 [ %26, %23 ], [ 0, %30 ], [ %10, %19 ], [ %10, %17 ], [ %40, %32 ]
  ret i64 %22

23:                                               ; preds = %3
  %24 = getelementptr inbounds i8, ptr %4, i64 1
  store ptr %24, ptr %0, align 8, !tbaa !4
  %25 = tail call fastcc i64 @primary(ptr noundef nonnull %0)
  %26 = sub nsw i64 0, %25
  br label %21

27:                                               ; preds = %3
  %28 = add i8 %5, -58
  %29 = icmp ult i8 %28, -10
  br i1 %29, label %30, label %32

30:                                               ; preds = %27
  %31 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1
  store i32 1, ptr %31, align 8, !tbaa !10
  br label %21

32:                                               ; preds = %27, %32
  %33 = phi i64 [ %40, %32 ], [ 0, %27 ]
  %34 = phi ptr [ %36, %32 ], [ %4, %27 ]
  %35 = mul nsw i64 %33, 10
  %36 = getelementptr inbounds i8, ptr %34, i64 1
  store ptr %36, ptr %0, align 8, !tbaa !4
  %37 = load i8, ptr %34, align 1, !tbaa !11
  %38 = sext i8 %37 to i64
  %39 = add i64 %35, -48
  %40 = add i64 %39, %38
  %41 = load i8, ptr %36, align 1, !tbaa !11
  %42 = add i8 %41, -48
  %43 = icmp ult i8 %42, 10
  br i1 %43, label %32, label %21, !llvm.loop !16
}

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!5, !6, i64 0}
!5 = !{!"parser", !6, i64 0, !9, i64 8}
!6 = !{!"any pointer", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!"int", !7, i64 0}
!10 = !{!5, !9, i64 8}
!11 = !{!7, !7, i64 0}
!12 = distinct !{!12, !13}
!13 = !{!"llvm.loop.mustprogress"}
!14 = distinct !{!14, !15}
!15 = !{!"llvm.loop.unroll.disable"}
!16 = distinct !{!16, !13}
