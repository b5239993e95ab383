; ModuleID = 'c/dijkstra.c'
source_filename = "c/dijkstra.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.graph = type { i32, i32, ptr, ptr }
%struct.edge = type { i32, i32, i32 }
%struct.heap_item = type { i32, i32 }

@.str = private unnamed_addr constant [40 x i8] c"dijkstra n=%d m=%d dist[last]=%d ok=%d\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.graph, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca [200 x i32], align 16
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  %12 = getelementptr inbounds %struct.graph, ptr %2, i32 0, i32 0
  store i32 200, ptr %12, align 8
  %13 = getelementptr inbounds %struct.graph, ptr %2, i32 0, i32 1
  store i32 0, ptr %13, align 4
  %14 = getelementptr inbounds %struct.graph, ptr %2, i32 0, i32 2
  %15 = call noalias ptr @malloc(i64 noundef 800) #5
  store ptr %15, ptr %14, align 8
  %16 = getelementptr inbounds %struct.graph, ptr %2, i32 0, i32 3
  %17 = call noalias ptr @malloc(i64 noundef 14400) #5
  store ptr %17, ptr %16, align 8
  store i32 0, ptr %3, align 4
  br label %18

18:                                               ; preds = %27, %0
  %19 = load i32, ptr %3, align 4
  %20 = icmp slt i32 %19, 200
  br i1 %20, label %21, label %30

21:                                               ; preds = %18
  %22 = getelementptr inbounds %struct.graph, ptr %2, i32 0, i32 2
  %23 = load ptr, ptr %22, align 8
  %24 = load i32, ptr %3, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds i32, ptr %23, i64 %25
  store i32 -1, ptr %26, align 4
  br label %27

27:                                               ; preds = %21
  %28 = load i32, ptr %3, align 4
  %29 = add nsw i32 %28, 1
  store i32 %29, ptr %3, align 4
  br label %18, !llvm.loop !5

30:                                               ; preds = %18
  store i32 0, ptr %4, align 4
  br label %31

31:                                               ; preds = %39, %30
  %32 = load i32, ptr %4, align 4
  %33 = add nsw i32 %32, 1
  %34 = icmp slt i32 %33, 200
  br i1 %34, label %35, label %42

35:                                               ; preds = %31
  %36 = load i32, ptr %4, align 4
  %37 = load i32, ptr %4, align 4
  %38 = add nsw i32 %37, 1
  call void @add_edge(ptr noundef %2, i32 noundef %36, i32 noundef %38, i32 noundef 10)
  br label %39

39:                                               ; preds = %35
  %40 = load i32, ptr %4, align 4
  %41 = add nsw i32 %40, 1
  store i32 %41, ptr %4, align 4
  br label %31, !llvm.loop !7

42:                                               ; preds = %31
  store i32 0, ptr %5, align 4
  br label %43

43:                                               ; preds = %61, %42
  %44 = getelementptr inbounds %struct.graph, ptr %2, i32 0, i32 1
  %45 = load i32, ptr %44, align 4
  %46 = icmp slt i32 %45, 1200
  br i1 %46, label %47, label %64

47:                                               ; preds = %43
  %48 = load i32, ptr %5, align 4
  %49 = mul nsw i32 %48, 37
  %50 = srem i32 %49, 200
  store i32 %50, ptr %6, align 4
  %51 = load i32, ptr %5, align 4
  %52 = mul nsw i32 %51, 91
  %53 = add nsw i32 %52, 13
  %54 = srem i32 %53, 200
  store i32 %54, ptr %7, align 4
  %55 = load i32, ptr %6, align 4
  %56 = load i32, ptr %7, align 4
  %57 = load i32, ptr %5, align 4
  %58 = mul nsw i32 %57, 17
  %59 = srem i32 %58, 50
  %60 = add nsw i32 1, %59
  call void @add_edge(ptr noundef %2, i32 noundef %55, i32 noundef %56, i32 noundef %60)
  br label %61

61:                                               ; preds = %47
  %62 = load i32, ptr %5, align 4
  %63 = add nsw i32 %62, 1
  store i32 %63, ptr %5, align 4
  br label %43, !llvm.loop !8

64:                                               ; preds = %43
  %65 = getelementptr inbounds [200 x i32], ptr %8, i64 0, i64 0
  call void @dijkstra(ptr noundef %2, i32 noundef 0, ptr noundef %65)
  %66 = getelementptr inbounds [200 x i32], ptr %8, i64 0, i64 0
  %67 = load i32, ptr %66, align 16
  %68 = icmp eq i32 %67, 0
  %69 = zext i1 %68 to i32
  store i32 %69, ptr %9, align 4
  store i32 0, ptr %10, align 4
  br label %70

70:                                               ; preds = %124, %64
  %71 = load i32, ptr %10, align 4
  %72 = icmp slt i32 %71, 200
  br i1 %72, label %73, label %127

73:                                               ; preds = %70
  %74 = getelementptr inbounds %struct.graph, ptr %2, i32 0, i32 2
  %75 = load ptr, ptr %74, align 8
  %76 = load i32, ptr %10, align 4
  %77 = sext i32 %76 to i64
  %78 = getelementptr inbounds i32, ptr %75, i64 %77
  %79 = load i32, ptr %78, align 4
  store i32 %79, ptr %11, align 4
  br label %80

80:                                               ; preds = %115, %73
  %81 = load i32, ptr %11, align 4
  %82 = icmp sge i32 %81, 0
  br i1 %82, label %83, label %123

83:                                               ; preds = %80
  %84 = load i32, ptr %10, align 4
  %85 = sext i32 %84 to i64
  %86 = getelementptr inbounds [200 x i32], ptr %8, i64 0, i64 %85
  %87 = load i32, ptr %86, align 4
  %88 = icmp ne i32 %87, 2147483647
  br i1 %88, label %89, label %114

89:                                               ; preds = %83
  %90 = getelementptr inbounds %struct.graph, ptr %2, i32 0, i32 3
  %91 = load ptr, ptr %90, align 8
  %92 = load i32, ptr %11, align 4
  %93 = sext i32 %92 to i64
  %94 = getelementptr inbounds %struct.edge, ptr %91, i64 %93
  %95 = getelementptr inbounds %struct.edge, ptr %94, i32 0, i32 0
  %96 = load i32, ptr %95, align 4
  %97 = sext i32 %96 to i64
  %98 = getelementptr inbounds [200 x i32], ptr %8, i64 0, i64 %97
  %99 = load i32, ptr %98, align 4
  %100 = load i32, ptr %10, align 4
  %101 = sext i32 %100 to i64
  %102 = getelementptr inbounds [200 x i32], ptr %8, i64 0, i64 %101
  %103 = load i32, ptr %102, align 4
  %104 = getelementptr inbounds %struct.graph, ptr %2, i32 0, i32 3
  %105 = load ptr, ptr %104, align 8
  %106 = load i32, ptr %11, align 4
  %107 = sext i32 %106 to i64
  %108 = getelementptr inbounds %struct.edge, ptr %105, i64 %107
  %109 = getelementptr inbounds %struct.edge, ptr %108, i32 0, i32 1
  %110 = load i32, ptr %109, align 4
  %111 = add nsw i32 %103, %110
  %112 = icmp sgt i32 %99, %111
  br i1 %112, label %113, label %114

113:                                              ; preds = %89
  store i32 0, ptr %9, align 4
  br label %114

114:                                              ; preds = %113, %89, %83
  br label %115

115:                                              ; preds = %114
  %116 = getelementptr inbounds %struct.graph, ptr %2, i32 0, i32 3
  %117 = load ptr, ptr %116, align 8
  %118 = load i32, ptr %11, align 4
  %119 = sext i32 %118 to i64
  %120 = getelementptr inbounds %struct.edge, ptr %117, i64 %119
  %121 = getelementptr inbounds %struct.edge, ptr %120, i32 0, i32 2
  %122 = load i32, ptr %121, align 4
  store i32 %122, ptr %11, align 4
  br label %80, !llvm.loop !9

123:                                              ; preds = %80
  br label %124

124:                                              ; preds = %123
  %125 = load i32, ptr %10, align 4
  %126 = add nsw i32 %125, 1
  store i32 %126, ptr %10, align 4
  br label %70, !llvm.loop !10

127:                                              ; preds = %70
  %128 = getelementptr inbounds %struct.graph, ptr %2, i32 0, i32 1
  %129 = load i32, ptr %128, align 4
  %130 = getelementptr inbounds [200 x i32], ptr %8, i64 0, i64 199
  %131 = load i32, ptr %130, align 4
  %132 = load i32, ptr %9, align 4
  %133 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef 200, i32 noundef %129, i32 noundef %131, i32 noundef %132)
  %134 = getelementptr inbounds %struct.graph, ptr %2, i32 0, i32 2
  %135 = load ptr, ptr %134, align 8
  call void @free(ptr noundef %135) #6
  %136 = getelementptr inbounds %struct.graph, ptr %2, i32 0, i32 3
  %137 = load ptr, ptr %136, align 8
  call void @free(ptr noundef %137) #6
  %138 = load i32, ptr %9, align 4
  %139 = icmp ne i32 %138, 0
  br i1 %139, label %140, label %144

140:                                              ; preds = %127
  %141 = getelementptr inbounds [200 x i32], ptr %8, i64 0, i64 199
  %142 = load i32, ptr %141, align 4
  %143 = icmp sle i32 %142, 1990
  br label %144

144:                                              ; preds = %140, %127
  %145 = phi i1 [ false, %127 ], [ %143, %140 ]
  %146 = zext i1 %145 to i64
  %147 = select i1 %145, i32 0, i32 1
  ret i32 %147
}

; Function Attrs: nounwind allocsize(0)
declare noalias ptr @malloc(i64 noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal void @add_edge(ptr noundef %0, i32 noundef %1, i32 noundef %2, i32 noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca %struct.edge, align 4
  store ptr %0, ptr %5, align 8
  store i32 %1, ptr %6, align 4
  store i32 %2, ptr %7, align 4
  store i32 %3, ptr %8, align 4
  %10 = load ptr, ptr %5, align 8
  %11 = getelementptr inbounds %struct.graph, ptr %10, i32 0, i32 3
  %12 = load ptr, ptr %11, align 8
  %13 = load ptr, ptr %5, align 8
  %14 = getelementptr inbounds %struct.graph, ptr %13, i32 0, i32 1
  %15 = load i32, ptr %14, align 4
  %16 = sext i32 %15 to i64
  %17 = getelementptr inbounds %struct.edge, ptr %12, i64 %16
  %18 = getelementptr inbounds %struct.edge, ptr %9, i32 0, i32 0
  %19 = load i32, ptr %7, align 4
  store i32 %19, ptr %18, align 4
  %20 = getelementptr inbounds %struct.edge, ptr %9, i32 0, i32 1
  %21 = load i32, ptr %8, align 4
  store i32 %21, ptr %20, align 4
  %22 = getelementptr inbounds %struct.edge, ptr %9, i32 0, i32 2
  %23 = load ptr, ptr %5, align 8
  %24 = getelementptr inbounds %struct.graph, ptr %23, i32 0, i32 2
  %25 = load ptr, ptr %24, align 8
  %26 = load i32, ptr %6, align 4
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds i32, ptr %25, i64 %27
  %29 = load i32, ptr %28, align 4
  store i32 %29, ptr %22, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %17, ptr align 4 %9, i64 12, i1 false)
  %30 = load ptr, ptr %5, align 8
  %31 = getelementptr inbounds %struct.graph, ptr %30, i32 0, i32 1
  %32 = load i32, ptr %31, align 4
  %33 = add nsw i32 %32, 1
  store i32 %33, ptr %31, align 4
  %34 = load ptr, ptr %5, align 8
  %35 = getelementptr inbounds %struct.graph, ptr %34, i32 0, i32 2
  %36 = load ptr, ptr %35, align 8
  %37 = load i32, ptr %6, align 4
  %38 = sext i32 %37 to i64
  %39 = getelementptr inbounds i32, ptr %36, i64 %38
  store i32 %32, ptr %39, align 4
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @dijkstra(ptr noundef %0, i32 noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca %struct.heap_item, align 4
  %11 = alloca %struct.heap_item, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca %struct.heap_item, align 4
  store ptr %0, ptr %4, align 8
  store i32 %1, ptr %5, align 4
  store ptr %2, ptr %6, align 8
  %15 = load ptr, ptr %4, align 8
  %16 = getelementptr inbounds %struct.graph, ptr %15, i32 0, i32 1
  %17 = load i32, ptr %16, align 4
  %18 = add nsw i32 %17, 1
  %19 = sext i32 %18 to i64
  %20 = mul i64 %19, 8
  %21 = call noalias ptr @malloc(i64 noundef %20) #5
  store ptr %21, ptr %7, align 8
  store i32 0, ptr %8, align 4
  store i32 0, ptr %9, align 4
  br label %22

22:                                               ; preds = %33, %3
  %23 = load i32, ptr %9, align 4
  %24 = load ptr, ptr %4, align 8
  %25 = getelementptr inbounds %struct.graph, ptr %24, i32 0, i32 0
  %26 = load i32, ptr %25, align 8
  %27 = icmp slt i32 %23, %26
  br i1 %27, label %28, label %36

28:                                               ; preds = %22
  %29 = load ptr, ptr %6, align 8
  %30 = load i32, ptr %9, align 4
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds i32, ptr %29, i64 %31
  store i32 2147483647, ptr %32, align 4
  br label %33

33:                                               ; preds = %28
  %34 = load i32, ptr %9, align 4
  %35 = add nsw i32 %34, 1
  store i32 %35, ptr %9, align 4
  br label %22, !llvm.loop !11

36:                                               ; preds = %22
  %37 = load ptr, ptr %6, align 8
  %38 = load i32, ptr %5, align 4
  %39 = sext i32 %38 to i64
  %40 = getelementptr inbounds i32, ptr %37, i64 %39
  store i32 0, ptr %40, align 4
  %41 = load ptr, ptr %7, align 8
  %42 = getelementptr inbounds %struct.heap_item, ptr %10, i32 0, i32 0
  store i32 0, ptr %42, align 4
  %43 = getelementptr inbounds %struct.heap_item, ptr %10, i32 0, i32 1
  %44 = load i32, ptr %5, align 4
  store i32 %44, ptr %43, align 4
  %45 = load i64, ptr %10, align 4
  call void @heap_push(ptr noundef %41, ptr noundef %8, i64 %45)
  br label %46

46:                                               ; preds = %136, %61, %36
  %47 = load i32, ptr %8, align 4
  %48 = icmp sgt i32 %47, 0
  br i1 %48, label %49, label %137

49:                                               ; preds = %46
  %50 = load ptr, ptr %7, align 8
  %51 = call i64 @heap_pop(ptr noundef %50, ptr noundef %8)
  store i64 %51, ptr %11, align 4
  %52 = getelementptr inbounds %struct.heap_item, ptr %11, i32 0, i32 0
  %53 = load i32, ptr %52, align 4
  %54 = load ptr, ptr %6, align 8
  %55 = getelementptr inbounds %struct.heap_item, ptr %11, i32 0, i32 1
  %56 = load i32, ptr %55, align 4
  %57 = sext i32 %56 to i64
  %58 = getelementptr inbounds i32, ptr %54, i64 %57
  %59 = load i32, ptr %58, align 4
  %60 = icmp sgt i32 %53, %59
  br i1 %60, label %61, label %62

61:                                               ; preds = %49
  br label %46, !llvm.loop !12

62:                                               ; preds = %49
  %63 = load ptr, ptr %4, align 8
  %64 = getelementptr inbounds %struct.graph, ptr %63, i32 0, i32 2
  %65 = load ptr, ptr %64, align 8
  %66 = getelementptr inbounds %struct.heap_item, ptr %11, i32 0, i32 1
  %67 = load i32, ptr %66, align 4
  %68 = sext i32 %67 to i64
  %69 = getelementptr inbounds i32, ptr %65, i64 %68
  %70 = load i32, ptr %69, align 4
  store i32 %70, ptr %12, align 4
  br label %71

71:                                               ; preds = %127, %62
  %72 = load i32, ptr %12, align 4
  %73 = icmp sge i32 %72, 0
  br i1 %73, label %74, label %136

74:                                               ; preds = %71
  %75 = getelementptr inbounds %struct.heap_item, ptr %11, i32 0, i32 0
  %76 = load i32, ptr %75, align 4
  %77 = load ptr, ptr %4, align 8
  %78 = getelementptr inbounds %struct.graph, ptr %77, i32 0, i32 3
  %79 = load ptr, ptr %78, align 8
  %80 = load i32, ptr %12, align 4
  %81 = sext i32 %80 to i64
  %82 = getelementptr inbounds %struct.edge, ptr %79, i64 %81
  %83 = getelementptr inbounds %struct.edge, ptr %82, i32 0, i32 1
  %84 = load i32, ptr %83, align 4
  %85 = add nsw i32 %76, %84
  store i32 %85, ptr %13, align 4
  %86 = load i32, ptr %13, align 4
  %87 = load ptr, ptr %6, align 8
  %88 = load ptr, ptr %4, align 8
  %89 = getelementptr inbounds %struct.graph, ptr %88, i32 0, i32 3
  %90 = load ptr, ptr %89, align 8
  %91 = load i32, ptr %12, align 4
  %92 = sext i32 %91 to i64
  %93 = getelementptr inbounds %struct.edge, ptr %90, i64 %92
  %94 = getelementptr inbounds %struct.edge, ptr %93, i32 0, i32 0
  %95 = load i32, ptr %94, align 4
  %96 = sext i32 %95 to i64
  %97 = getelementptr inbounds i32, ptr %87, i64 %96
  %98 = load i32, ptr %97, align 4
  %99 = icmp slt i32 %86, %98
  br i1 %99, label %100, label %126

100:                                              ; preds = %74
  %101 = load i32, ptr %13, align 4
  %102 = load ptr, ptr %6, align 8
  %103 = load ptr, ptr %4, align 8
  %104 = getelementptr inbounds %struct.graph, ptr %103, i32 0, i32 3
  %105 = load ptr, ptr %104, align 8
  %106 = load i32, ptr %12, align 4
  %107 = sext i32 %106 to i64
  %108 = getelementptr inbounds %struct.edge, ptr %105, i64 %107
  %109 = getelementptr inbounds %struct.edge, ptr %108, i32 0, i32 0
  %110 = load i32, ptr %109, align 4
  %111 = sext i32 %110 to i64
  %112 = getelementptr inbounds i32, ptr %102, i64 %111
  store i32 %101, ptr %112, align 4
  %113 = load ptr, ptr %7, align 8
  %114 = getelementptr inbounds %struct.heap_item, ptr %14, i32 0, i32 0
  %115 = load i32, ptr %13, align 4
  store i32 %115, ptr %114, align 4
  %116 = getelementptr inbounds %struct.heap_item, ptr %14, i32 0, i32 1
  %117 = load ptr, ptr %4, align 8
  %118 = getelementptr inbounds %struct.graph, ptr %117, i32 0, i32 3
  %119 = load ptr, ptr %118, align 8
  %120 = load i32, ptr %12, align 4
  %121 = sext i32 %120 to i64
  %122 = getelementptr inbounds %struct.edge, ptr %119, i64 %121
  %123 = getelementptr inbounds %struct.edge, ptr %122, i32 0, i32 0
  %124 = load i32, ptr %123, align 4
  store i32 %124, ptr %116, align 4
  %125 = load i64, ptr %14, align 4
  call void @heap_push(ptr noundef %113, ptr noundef %8, i64 %125)
  br label %126

126:                                              ; preds = %100, %74
  br label %127

127:                                              ; preds = %126
  %128 = load ptr, ptr %4, align 8
  %129 = getelementptr inbounds %struct.graph, ptr %128, i32 0, i32 3
  %130 = load ptr, ptr %129, align 8
  %131 = load i32, ptr %12, align 4
  %132 = sext i32 %131 to i64
  %133 = getelementptr inbounds %struct.edge, ptr %130, i64 %132
  %134 = getelementptr inbounds %struct.edge, ptr %133, i32 0, i32 2
  %135 = load i32, ptr %134, align 4
  store i32 %135, ptr %12, align 4
  br label %71, !llvm.loop !13

136:                                              ; preds = %71
  br label %46, !llvm.loop !12

137:                                              ; preds = %46
  %138 = load ptr, ptr %7, align 8
  call void @free(ptr noundef %138) #6
  ret void
}

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: nounwind
declare void @free(ptr noundef) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #4

; Function Attrs: noinline nounwind optnone uwtable
define internal void @heap_push(ptr noundef %0, ptr noundef %1, i64 %2) #0 {
  %4 = alloca %struct.heap_item, align 4
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  store i64 %2, ptr %4, align 4
  store ptr %0, ptr %5, align 8
  store ptr %1, ptr %6, align 8
  %8 = load ptr, ptr %6, align 8
  %9 = load i32, ptr %8, align 4
  %10 = add nsw i32 %9, 1
  store i32 %10, ptr %8, align 4
  store i32 %9, ptr %7, align 4
  br label %11

11:                                               ; preds = %28, %3
  %12 = load i32, ptr %7, align 4
  %13 = icmp sgt i32 %12, 0
  br i1 %13, label %14, label %26

14:                                               ; preds = %11
  %15 = load ptr, ptr %5, align 8
  %16 = load i32, ptr %7, align 4
  %17 = sub nsw i32 %16, 1
  %18 = sdiv i32 %17, 2
  %19 = sext i32 %18 to i64
  %20 = getelementptr inbounds %struct.heap_item, ptr %15, i64 %19
  %21 = getelementptr inbounds %struct.heap_item, ptr %20, i32 0, i32 0
  %22 = load i32, ptr %21, align 4
  %23 = getelementptr inbounds %struct.heap_item, ptr %4, i32 0, i32 0
  %24 = load i32, ptr %23, align 4
  %25 = icmp sgt i32 %22, %24
  br label %26

26:                                               ; preds = %14, %11
  %27 = phi i1 [ false, %11 ], [ %25, %14 ]
  br i1 %27, label %28, label %42

28:                                               ; preds = %26
  %29 = load ptr, ptr %5, align 8
  %30 = load i32, ptr %7, align 4
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds %struct.heap_item, ptr %29, i64 %31
  %33 = load ptr, ptr %5, align 8
  %34 = load i32, ptr %7, align 4
  %35 = sub nsw i32 %34, 1
  %36 = sdiv i32 %35, 2
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds %struct.heap_item, ptr %33, i64 %37
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %32, ptr align 4 %38, i64 8, i1 false)
  %39 = load i32, ptr %7, align 4
  %40 = sub nsw i32 %39, 1
  %41 = sdiv i32 %40, 2
  store i32 %41, ptr %7, align 4
  br label %11, !llvm.loop !14

42:                                               ; preds = %26
  %43 = load ptr, ptr %5, align 8
  %44 = load i32, ptr %7, align 4
  %45 = sext i32 %44 to i64
  %46 = getelementptr inbounds %struct.heap_item, ptr %43, i64 %45
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %46, ptr align 4 %4, i64 8, i1 false)
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @heap_pop(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca %struct.heap_item, align 4
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca %struct.heap_item, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  %9 = load ptr, ptr %4, align 8
  %10 = getelementptr inbounds %struct.heap_item, ptr %9, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %3, ptr align 4 %10, i64 8, i1 false)
  %11 = load ptr, ptr %4, align 8
  %12 = load ptr, ptr %5, align 8
  %13 = load i32, ptr %12, align 4
  %14 = add nsw i32 %13, -1
  store i32 %14, ptr %12, align 4
  %15 = sext i32 %14 to i64
  %16 = getelementptr inbounds %struct.heap_item, ptr %11, i64 %15
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %6, ptr align 4 %16, i64 8, i1 false)
  store i32 0, ptr %7, align 4
  br label %17

17:                                               ; preds = %61, %2
  %18 = load i32, ptr %7, align 4
  %19 = mul nsw i32 2, %18
  %20 = add nsw i32 %19, 1
  store i32 %20, ptr %8, align 4
  %21 = load i32, ptr %8, align 4
  %22 = load ptr, ptr %5, align 8
  %23 = load i32, ptr %22, align 4
  %24 = icmp sge i32 %21, %23
  br i1 %24, label %25, label %26

25:                                               ; preds = %17
  br label %71

26:                                               ; preds = %17
  %27 = load i32, ptr %8, align 4
  %28 = add nsw i32 %27, 1
  %29 = load ptr, ptr %5, align 8
  %30 = load i32, ptr %29, align 4
  %31 = icmp slt i32 %28, %30
  br i1 %31, label %32, label %50

32:                                               ; preds = %26
  %33 = load ptr, ptr %4, align 8
  %34 = load i32, ptr %8, align 4
  %35 = add nsw i32 %34, 1
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds %struct.heap_item, ptr %33, i64 %36
  %38 = getelementptr inbounds %struct.heap_item, ptr %37, i32 0, i32 0
  %39 = load i32, ptr %38, align 4
  %40 = load ptr, ptr %4, align 8
  %41 = load i32, ptr %8, align 4
  %42 = sext i32 %41 to i64
  %43 = getelementptr inbounds %struct.heap_item, ptr %40, i64 %42
  %44 = getelementptr inbounds %struct.heap_item, ptr %43, i32 0, i32 0
  %45 = load i32, ptr %44, align 4
  %46 = icmp slt i32 %39, %45
  br i1 %46, label %47, label %50

47:                                               ; preds = %32
  %48 = load i32, ptr %8, align 4
  %49 = add nsw i32 %48, 1
  store i32 %49, ptr %8, align 4
  br label %50

50:                                               ; preds = %47, %32, %26
  %51 = load ptr, ptr %4, align 8
  %52 = load i32, ptr %8, align 4
  %53 = sext i32 %52 to i64
  %54 = getelementptr inbounds %struct.heap_item, ptr %51, i64 %53
  %55 = getelementptr inbounds %struct.heap_item, ptr %54, i32 0, i32 0
  %56 = load i32, ptr %55, align 4
  %57 = getelementptr inbounds %struct.heap_item, ptr %6, i32 0, i32 0
  %58 = load i32, ptr %57, align 4
  %59 = icmp sge i32 %56, %58
  br i1 %59, label %60, label %61

60:                                               ; preds = %50
  br label %71

61:                                               ; preds = %50
  %62 = load ptr, ptr %4, align 8
  %63 = load i32, ptr %7, align 4
  %64 = sext i32 %63 to i64
  %65 = getelementptr inbounds %struct.heap_item, ptr %62, i64 %64
  %66 = load ptr, ptr %4, align 8
  %67 = load i32, ptr %8, align 4
  %68 = sext i32 %67 to i64
  %69 = getelementptr inbounds %struct.heap_item, ptr %66, i64 %68
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %65, ptr align 4 %69, i64 8, i1 false)
  %70 = load i32, ptr %8, align 4
  store i32 %70, ptr %7, align 4
  br label %17

71:                                               ; preds = %60, %25
  %72 = load ptr, ptr %4, align 8
  %73 = load i32, ptr %7, align 4
  %74 = sext i32 %73 to i64
  %75 = getelementptr inbounds %struct.heap_item, ptr %72, i64 %74
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %75, ptr align 4 %6, i64 8, i1 false)
  %76 = load i64, ptr %3, align 4
  ret i64 %76
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind allocsize(0) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { nounwind allocsize(0) }
attributes #6 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3, !4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = distinct !{!5, !6}
!6 = !{!"llvm.loop.mustprogress"}
!7 = distinct !{!7, !6}
!8 = distinct !{!8, !6}
!9 = distinct !{!9, !6}
!10 = distinct !{!10, !6}
!11 = distinct !{!11, !6}
!12 = distinct !{!12, !6}
!13 = distinct !{!13, !6}
!14 = distinct !{!14, !6}
