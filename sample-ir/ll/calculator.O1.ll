; ModuleID = 'c/calculator.c'
source_filename = "c/calculator.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.anon = type { ptr, i64, i32 }
%struct.parser = type { ptr, i32 }

@main.cases = internal unnamed_addr constant [9 x %struct.anon] [%struct.anon { ptr @.str, i64 7, i32 1 }, %struct.anon { ptr @.str.1, i64 9, i32 1 }, %struct.anon { ptr @.str.2, i64 512, i32 1 }, %struct.anon { ptr @.str.3, i64 2, i32 1 }, %struct.anon { ptr @.str.4, i64 7, i32 1 }, %struct.anon { ptr @.str.5, i64 0, i32 0 }, %struct.anon { ptr @.str.6, i64 0, i32 0 }, %struct.anon { ptr @.str.7, i64 -6, i32 1 }, %struct.anon { ptr @.str.8, i64 0, i32 0 }], align 16
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
  br label %6

3:                                                ; preds = %34
  %4 = icmp ne i32 %35, 0
  %5 = zext i1 %4 to i32
  ret i32 %5

6:                                                ; preds = %0, %34
  %7 = phi i64 [ 0, %0 ], [ %38, %34 ]
  %8 = phi i32 [ 0, %0 ], [ %35, %34 ]
  %9 = getelementptr inbounds [9 x %struct.anon], ptr @main.cases, i64 0, i64 %7
  %10 = load ptr, ptr %9, align 8, !tbaa !4
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %1) #5
  store ptr %10, ptr %1, align 8, !tbaa !11
  store i32 0, ptr %2, align 8, !tbaa !13
  %11 = call fastcc i64 @expression(ptr noundef nonnull %1)
  %12 = load ptr, ptr %1, align 8, !tbaa !11
  br label %13

13:                                               ; preds = %16, %6
  %14 = phi ptr [ %17, %16 ], [ %12, %6 ]
  %15 = load i8, ptr %14, align 1, !tbaa !14
  switch i8 %15, label %18 [
    i8 32, label %16
    i8 9, label %16
  ]

16:                                               ; preds = %13, %13
  %17 = getelementptr inbounds i8, ptr %14, i64 1
  br label %13, !llvm.loop !15

18:                                               ; preds = %13
  store ptr %14, ptr %1, align 8, !tbaa !11
  %19 = load i32, ptr %2, align 8, !tbaa !13
  %20 = icmp eq i32 %19, 0
  %21 = icmp eq i8 %15, 0
  %22 = and i1 %21, %20
  %23 = zext i1 %22 to i32
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %1) #5
  %24 = getelementptr inbounds [9 x %struct.anon], ptr @main.cases, i64 0, i64 %7, i32 2
  %25 = load i32, ptr %24, align 8, !tbaa !18
  %26 = icmp eq i32 %25, %23
  br i1 %26, label %27, label %32

27:                                               ; preds = %18
  br i1 %22, label %28, label %34

28:                                               ; preds = %27
  %29 = getelementptr inbounds [9 x %struct.anon], ptr @main.cases, i64 0, i64 %7, i32 1
  %30 = load i64, ptr %29, align 8, !tbaa !19
  %31 = icmp eq i64 %11, %30
  br i1 %31, label %34, label %32

32:                                               ; preds = %28, %18
  %33 = add nsw i32 %8, 1
  br label %34

34:                                               ; preds = %32, %28, %27
  %35 = phi i32 [ %33, %32 ], [ %8, %28 ], [ %8, %27 ]
  %36 = select i1 %22, ptr @.str.10, ptr @.str.11
  %37 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.9, ptr noundef %10, ptr noundef nonnull %36, i64 noundef %11)
  %38 = add nuw nsw i64 %7, 1
  %39 = icmp eq i64 %38, 9
  br i1 %39, label %3, label %6, !llvm.loop !20
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
  %4 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1
  br label %5

5:                                                ; preds = %36, %1
  %6 = phi i64 [ %2, %1 ], [ %34, %36 ]
  %7 = phi i64 [ undef, %1 ], [ %35, %36 ]
  %8 = load ptr, ptr %0, align 8, !tbaa !11
  br label %9

9:                                                ; preds = %12, %5
  %10 = phi ptr [ %13, %12 ], [ %8, %5 ]
  %11 = load i8, ptr %10, align 1, !tbaa !14
  switch i8 %11, label %14 [
    i8 32, label %12
    i8 9, label %12
  ]

12:                                               ; preds = %9, %9
  %13 = getelementptr inbounds i8, ptr %10, i64 1
  store ptr %13, ptr %0, align 8, !tbaa !11
  br label %9, !llvm.loop !15

14:                                               ; preds = %9
  %15 = load ptr, ptr %0, align 8, !tbaa !11
  %16 = load i8, ptr %15, align 1, !tbaa !14
  switch i8 %16, label %33 [
    i8 47, label %17
    i8 42, label %17
    i8 37, label %17
  ]

17:                                               ; preds = %14, %14, %14
  %18 = sext i8 %16 to i32
  %19 = getelementptr inbounds i8, ptr %15, i64 1
  store ptr %19, ptr %0, align 8, !tbaa !11
  %20 = tail call fastcc i64 @factor(ptr noundef nonnull %0)
  switch i32 %18, label %33 [
    i32 42, label %21
    i32 47, label %23
    i32 37, label %28
  ]

21:                                               ; preds = %17
  %22 = mul nsw i64 %20, %6
  br label %33

23:                                               ; preds = %17
  %24 = icmp eq i64 %20, 0
  br i1 %24, label %25, label %26

25:                                               ; preds = %23
  store i32 1, ptr %4, align 8, !tbaa !13
  br label %33

26:                                               ; preds = %23
  %27 = sdiv i64 %6, %20
  br label %33

28:                                               ; preds = %17
  %29 = icmp eq i64 %20, 0
  br i1 %29, label %30, label %31

30:                                               ; preds = %28
  store i32 1, ptr %3, align 8, !tbaa !13
  br label %33

31:                                               ; preds = %28
  %32 = srem i64 %6, %20
  br label %33

33:                                               ; preds = %31, %30, %26, %25, %21, %17, %14
  %34 = phi i64 [ %6, %14 ], [ %6, %17 ], [ %6, %30 ], [ %32, %31 ], [ %6, %25 ], [ %27, %26 ], [ %22, %21 ]
  %35 = phi i64 [ %6, %14 ], [ %7, %17 ], [ %7, %30 ], [ %7, %31 ], [ %7, %25 ], [ %7, %26 ], [ %7, %21 ]
  switch i8 %16, label %37 [
    i8 47, label %36
    i8 42, label %36
    i8 37, label %36
  ]

36:                                               ; preds = %33, %33, %33
  br label %5

37:                                               ; preds = %33
  %38 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1
  %39 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1
  %40 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1
  %41 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1
  br label %42

42:                                               ; preds = %127, %37
  %43 = phi i64 [ %35, %37 ], [ %128, %127 ]
  %44 = load ptr, ptr %0, align 8, !tbaa !11
  br label %45

45:                                               ; preds = %48, %42
  %46 = phi ptr [ %49, %48 ], [ %44, %42 ]
  %47 = load i8, ptr %46, align 1, !tbaa !14
  switch i8 %47, label %50 [
    i8 32, label %48
    i8 9, label %48
  ]

48:                                               ; preds = %45, %45
  %49 = getelementptr inbounds i8, ptr %46, i64 1
  store ptr %49, ptr %0, align 8, !tbaa !11
  br label %45, !llvm.loop !15

50:                                               ; preds = %45
  %51 = load ptr, ptr %0, align 8, !tbaa !11
  %52 = load i8, ptr %51, align 1, !tbaa !14
  switch i8 %52, label %129 [
    i8 43, label %53
    i8 45, label %90
  ]

53:                                               ; preds = %50
  %54 = getelementptr inbounds i8, ptr %51, i64 1
  store ptr %54, ptr %0, align 8, !tbaa !11
  %55 = tail call fastcc i64 @factor(ptr noundef nonnull %0)
  br label %56

56:                                               ; preds = %87, %53
  %57 = phi i64 [ %55, %53 ], [ %85, %87 ]
  %58 = phi i64 [ undef, %53 ], [ %86, %87 ]
  %59 = load ptr, ptr %0, align 8, !tbaa !11
  br label %60

60:                                               ; preds = %63, %56
  %61 = phi ptr [ %64, %63 ], [ %59, %56 ]
  %62 = load i8, ptr %61, align 1, !tbaa !14
  switch i8 %62, label %65 [
    i8 32, label %63
    i8 9, label %63
  ]

63:                                               ; preds = %60, %60
  %64 = getelementptr inbounds i8, ptr %61, i64 1
  store ptr %64, ptr %0, align 8, !tbaa !11
  br label %60, !llvm.loop !15

65:                                               ; preds = %60
  %66 = load ptr, ptr %0, align 8, !tbaa !11
  %67 = load i8, ptr %66, align 1, !tbaa !14
  switch i8 %67, label %84 [
    i8 47, label %68
    i8 42, label %68
    i8 37, label %68
  ]

68:                                               ; preds = %65, %65, %65
  %69 = sext i8 %67 to i32
  %70 = getelementptr inbounds i8, ptr %66, i64 1
  store ptr %70, ptr %0, align 8, !tbaa !11
  %71 = tail call fastcc i64 @factor(ptr noundef nonnull %0)
  switch i32 %69, label %84 [
    i32 42, label %72
    i32 47, label %74
    i32 37, label %79
  ]

72:                                               ; preds = %68
  %73 = mul nsw i64 %71, %57
  br label %84

74:                                               ; preds = %68
  %75 = icmp eq i64 %71, 0
  br i1 %75, label %76, label %77

76:                                               ; preds = %74
  store i32 1, ptr %41, align 8, !tbaa !13
  br label %84

77:                                               ; preds = %74
  %78 = sdiv i64 %57, %71
  br label %84

79:                                               ; preds = %68
  %80 = icmp eq i64 %71, 0
  br i1 %80, label %81, label %82

81:                                               ; preds = %79
  store i32 1, ptr %40, align 8, !tbaa !13
  br label %84

82:                                               ; preds = %79
  %83 = srem i64 %57, %71
  br label %84

84:                                               ; preds = %82, %81, %77, %76, %72, %68, %65
  %85 = phi i64 [ %57, %65 ], [ %57, %68 ], [ %57, %81 ], [ %83, %82 ], [ %57, %76 ], [ %78, %77 ], [ %73, %72 ]
  %86 = phi i64 [ %57, %65 ], [ %58, %68 ], [ %58, %81 ], [ %58, %82 ], [ %58, %76 ], [ %58, %77 ], [ %58, %72 ]
  switch i8 %67, label %88 [
    i8 47, label %87
    i8 42, label %87
    i8 37, label %87
  ]

87:                                               ; preds = %84, %84, %84
  br label %56

88:                                               ; preds = %84
  %89 = add nsw i64 %86, %43
  br label %127

90:                                               ; preds = %50
  %91 = getelementptr inbounds i8, ptr %51, i64 1
  store ptr %91, ptr %0, align 8, !tbaa !11
  %92 = tail call fastcc i64 @factor(ptr noundef nonnull %0)
  br label %93

93:                                               ; preds = %124, %90
  %94 = phi i64 [ %92, %90 ], [ %122, %124 ]
  %95 = phi i64 [ undef, %90 ], [ %123, %124 ]
  %96 = load ptr, ptr %0, align 8, !tbaa !11
  br label %97

97:                                               ; preds = %100, %93
  %98 = phi ptr [ %101, %100 ], [ %96, %93 ]
  %99 = load i8, ptr %98, align 1, !tbaa !14
  switch i8 %99, label %102 [
    i8 32, label %100
    i8 9, label %100
  ]

100:                                              ; preds = %97, %97
  %101 = getelementptr inbounds i8, ptr %98, i64 1
  store ptr %101, ptr %0, align 8, !tbaa !11
  br label %97, !llvm.loop !15

102:                                              ; preds = %97
  %103 = load ptr, ptr %0, align 8, !tbaa !11
  %104 = load i8, ptr %103, align 1, !tbaa !14
  switch i8 %104, label %121 [
    i8 47, label %105
    i8 42, label %105
    i8 37, label %105
  ]

105:                                              ; preds = %102, %102, %102
  %106 = sext i8 %104 to i32
  %107 = getelementptr inbounds i8, ptr %103, i64 1
  store ptr %107, ptr %0, align 8, !tbaa !11
  %108 = tail call fastcc i64 @factor(ptr noundef nonnull %0)
  switch i32 %106, label %121 [
    i32 42, label %109
    i32 47, label %111
    i32 37, label %116
  ]

109:                                              ; preds = %105
  %110 = mul nsw i64 %108, %94
  br label %121

111:                                              ; preds = %105
  %112 = icmp eq i64 %108, 0
  br i1 %112, label %113, label %114

113:                                              ; preds = %111
  store i32 1, ptr %39, align 8, !tbaa !13
  br label %121

114:                                              ; preds = %111
  %115 = sdiv i64 %94, %108
  br label %121

116:                                              ; preds = %105
  %117 = icmp eq i64 %108, 0
  br i1 %117, label %118, label %119

118:                                              ; preds = %116
  store i32 1, ptr %38, align 8, !tbaa !13
  br label %121

119:                                              ; preds = %116
  %120 = srem i64 %94, %108
  br label %121

121:                                              ; preds = %119, %118, %114, %113, %109, %105, %102
  %122 = phi i64 [ %94, %102 ], [ %94, %105 ], [ %94, %118 ], [ %120, %119 ], [ %94, %113 ], [ %115, %114 ], [ %110, %109 ]
  %123 = phi i64 [ %94, %102 ], [ %95, %105 ], [ %95, %118 ], [ %95, %119 ], [ %95, %113 ], [ %95, %114 ], [ %95, %109 ]
  switch i8 %104, label %125 [
    i8 47, label %124
    i8 42, label %124
    i8 37, label %124
  ]

124:                                              ; preds = %121, %121, %121
  br label %93

125:                                              ; preds = %121
  %126 = sub nsw i64 %43, %123
  br label %127

127:                                              ; preds = %125, %88
  %128 = phi i64 [ %89, %88 ], [ %126, %125 ]
  br label %42, !llvm.loop !21

129:                                              ; preds = %50
  ret i64 %43
}

; Function Attrs: nofree nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none) uwtable
define internal fastcc i64 @factor(ptr nocapture noundef %0) unnamed_addr #3 {
  %2 = tail call fastcc i64 @primary(ptr noundef %0)
  %3 = load ptr, ptr %0, align 8, !tbaa !11
  br label %4

4:                                                ; preds = %7, %1
  %5 = phi ptr [ %8, %7 ], [ %3, %1 ]
  %6 = load i8, ptr %5, align 1, !tbaa !14
  switch i8 %6, label %9 [
    i8 32, label %7
    i8 9, label %7
  ]

7:                                                ; preds = %4, %4
  %8 = getelementptr inbounds i8, ptr %5, i64 1
  store ptr %8, ptr %0, align 8, !tbaa !11
  br label %4, !llvm.loop !15

9:                                                ; preds = %4
  %10 = load ptr, ptr %0, align 8, !tbaa !11
  %11 = load i8, ptr %10, align 1, !tbaa !14
  %12 = icmp eq i8 %11, 94
  br i1 %12, label %15, label %13

13:                                               ; preds = %9, %15
  %14 = phi i64 [ %18, %15 ], [ %2, %9 ]
  ret i64 %14

15:                                               ; preds = %9
  %16 = getelementptr inbounds i8, ptr %10, i64 1
  store ptr %16, ptr %0, align 8, !tbaa !11
  %17 = tail call fastcc i64 @factor(ptr noundef nonnull %0)
  %18 = tail call fastcc i64 @power(i64 noundef %2, i64 noundef %17)
  br label %13
}

; Function Attrs: nofree nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none) uwtable
define internal fastcc i64 @primary(ptr nocapture noundef %0) unnamed_addr #3 {
  %2 = load ptr, ptr %0, align 8, !tbaa !11
  br label %3

3:                                                ; preds = %6, %1
  %4 = phi ptr [ %7, %6 ], [ %2, %1 ]
  %5 = load i8, ptr %4, align 1, !tbaa !14
  switch i8 %5, label %8 [
    i8 32, label %6
    i8 9, label %6
  ]

6:                                                ; preds = %3, %3
  %7 = getelementptr inbounds i8, ptr %4, i64 1
  store ptr %7, ptr %0, align 8, !tbaa !11
  br label %3, !llvm.loop !15

8:                                                ; preds = %3
  %9 = load ptr, ptr %0, align 8, !tbaa !11
  %10 = load i8, ptr %9, align 1, !tbaa !14
  switch i8 %10, label %34 [
    i8 40, label %11
    i8 45, label %30
  ]

11:                                               ; preds = %8
  %12 = getelementptr inbounds i8, ptr %9, i64 1
  store ptr %12, ptr %0, align 8, !tbaa !11
  %13 = tail call fastcc i64 @expression(ptr noundef nonnull %0)
  %14 = load ptr, ptr %0, align 8, !tbaa !11
  br label %15

15:                                               ; preds = %18, %11
  %16 = phi ptr [ %19, %18 ], [ %14, %11 ]
  %17 = load i8, ptr %16, align 1, !tbaa !14
  switch i8 %17, label %20 [
    i8 32, label %18
    i8 9, label %18
  ]

18:                                               ; preds = %15, %15
  %19 = getelementptr inbounds i8, ptr %16, i64 1
  store ptr %19, ptr %0, align 8, !tbaa !11
  br label %15, !llvm.loop !15

20:                                               ; preds = %15
  %21 = load ptr, ptr %0, align 8, !tbaa !11
  %22 = load i8, ptr %21, align 1, !tbaa !14
  %23 = icmp eq i8 %22, 41
  br i1 %23, label %26, label %24

24:                                               ; preds = %20
  %25 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1
  store i32 1, ptr %25, align 8, !tbaa !13
  br label %28

26:                                               ; preds = %20
  %27 = getelementptr inbounds i8, ptr %21, i64 1
  store ptr %27, ptr %0, align 8, !tbaa !11
  br label %28

28:                                               ; preds = %42, %26, %24, %37, %44, %30
  %29 = phi i64 [ %33, %30 ], [ 0, %42 ], [ %13, %26 ], [ %13, %24 ], [ 0, %37 ], [ %52, %44 ]
  ret i64 %29

30:                                               ; preds = %8
  %31 = getelementptr inbounds i8, ptr %9, i64 1
  store ptr %31, ptr %0, align 8, !tbaa !11
  %32 = tail call fastcc i64 @primary(ptr noundef nonnull %0)
  %33 = sub nsw i64 0, %32
  br label %28

34:                                               ; preds = %8
  %35 = add i8 %10, -58
  %36 = icmp ult i8 %35, -10
  br i1 %36, label %42, label %37

37:                                               ; preds = %34
  %38 = load ptr, ptr %0, align 8, !tbaa !11
  %39 = load i8, ptr %38, align 1, !tbaa !14
  %40 = add i8 %39, -48
  %41 = icmp ult i8 %40, 10
  br i1 %41, label %44, label %28

42:                                               ; preds = %34
  %43 = getelementptr inbounds %struct.parser, ptr %0, i64 0, i32 1
  store i32 1, ptr %43, align 8, !tbaa !13
  br label %28

44:                                               ; preds = %37, %44
  %45 = phi i64 [ %52, %44 ], [ 0, %37 ]
  %46 = phi ptr [ %48, %44 ], [ %38, %37 ]
  %47 = mul nsw i64 %45, 10
  %48 = getelementptr inbounds i8, ptr %46, i64 1
  store ptr %48, ptr %0, align 8, !tbaa !11
  %49 = load i8, ptr %46, align 1, !tbaa !14
  %50 = sext i8 %49 to i64
  %51 = add i64 %47, -48
  %52 = add i64 %51, %50
  %53 = load i8, ptr %48, align 1, !tbaa !14
  %54 = add i8 %53, -48
  %55 = icmp ult i8 %54, 10
  br i1 %55, label %44, label %28, !llvm.loop !22
}

; Function Attrs: nofree nosync nounwind memory(none) uwtable
define internal fastcc i64 @power(i64 noundef %0, i64 noundef %1) unnamed_addr #4 {
  br label %3

3:                                                ; preds = %7, %2
  %4 = phi i64 [ 1, %2 ], [ %9, %7 ]
  %5 = phi i64 [ %1, %2 ], [ %8, %7 ]
  %6 = icmp slt i64 %5, 1
  br i1 %6, label %10, label %7

7:                                                ; preds = %3
  %8 = add nsw i64 %5, -1
  %9 = mul nsw i64 %4, %0
  br label %3

10:                                               ; preds = %3
  %11 = mul nsw i64 %4, 1
  ret i64 %11
}

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nosync nounwind memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!5, !6, i64 0}
!5 = !{!"", !6, i64 0, !9, i64 8, !10, i64 16}
!6 = !{!"any pointer", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!"long", !7, i64 0}
!10 = !{!"int", !7, i64 0}
!11 = !{!12, !6, i64 0}
!12 = !{!"parser", !6, i64 0, !10, i64 8}
!13 = !{!12, !10, i64 8}
!14 = !{!7, !7, i64 0}
!15 = distinct !{!15, !16, !17}
!16 = !{!"llvm.loop.mustprogress"}
!17 = !{!"llvm.loop.unroll.disable"}
!18 = !{!5, !10, i64 16}
!19 = !{!5, !9, i64 8}
!20 = distinct !{!20, !16, !17}
!21 = distinct !{!21, !17}
!22 = distinct !{!22, !16, !17}
