; ModuleID = 'c/dijkstra.c'
source_filename = "c/dijkstra.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.edge = type { i32, i32, i32 }
%struct.heap_item = type { i32, i32 }

@.str = private unnamed_addr constant [40 x i8] c"dijkstra n=%d m=%d dist[last]=%d ok=%d\0A\00", align 1

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  %1 = alloca [200 x i32], align 16
  %2 = tail call noalias dereferenceable_or_null(800) ptr @malloc(i64 noundef 800) #6
  %3 = tail call noalias dereferenceable_or_null(14400) ptr @malloc(i64 noundef 14400) #6
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(800) %2, i8 -1, i64 800, i1 false), !tbaa !4
  br label %4

4:                                                ; preds = %15, %0
  %5 = phi i64 [ 0, %0 ], [ %16, %15 ]
  %6 = or i64 %5, 1
  %7 = getelementptr inbounds %struct.edge, ptr %3, i64 %5
  %8 = getelementptr inbounds i32, ptr %2, i64 %5
  %9 = load i32, ptr %8, align 4, !tbaa !4
  %10 = trunc i64 %6 to i32
  store i32 %10, ptr %7, align 4, !tbaa.struct !8
  %11 = getelementptr inbounds i8, ptr %7, i64 4
  store i32 10, ptr %11, align 4, !tbaa.struct !9
  %12 = getelementptr inbounds i8, ptr %7, i64 8
  store i32 %9, ptr %12, align 4, !tbaa.struct !10
  %13 = trunc i64 %5 to i32
  store i32 %13, ptr %8, align 4, !tbaa !4
  %14 = icmp eq i64 %6, 199
  br i1 %14, label %173, label %15, !llvm.loop !11

15:                                               ; preds = %4
  %16 = add nuw nsw i64 %5, 2
  %17 = getelementptr inbounds %struct.edge, ptr %3, i64 %6
  %18 = getelementptr inbounds i32, ptr %2, i64 %6
  %19 = load i32, ptr %18, align 4, !tbaa !4
  %20 = trunc i64 %16 to i32
  store i32 %20, ptr %17, align 4, !tbaa.struct !8
  %21 = getelementptr inbounds i8, ptr %17, i64 4
  store i32 10, ptr %21, align 4, !tbaa.struct !9
  %22 = getelementptr inbounds i8, ptr %17, i64 8
  store i32 %19, ptr %22, align 4, !tbaa.struct !10
  %23 = trunc i64 %6 to i32
  store i32 %23, ptr %18, align 4, !tbaa !4
  br label %4

24:                                               ; preds = %173
  call void @llvm.lifetime.start.p0(i64 800, ptr nonnull %1) #7
  %25 = tail call noalias dereferenceable_or_null(9608) ptr @malloc(i64 noundef 9608) #6
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr %1, align 16, !tbaa !4
  %26 = getelementptr inbounds i32, ptr %1, i64 4
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr %26, align 16, !tbaa !4
  %27 = getelementptr inbounds i32, ptr %1, i64 8
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr %27, align 16, !tbaa !4
  %28 = getelementptr inbounds i32, ptr %1, i64 12
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr %28, align 16, !tbaa !4
  %29 = getelementptr inbounds i32, ptr %1, i64 16
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr %29, align 16, !tbaa !4
  %30 = getelementptr inbounds i32, ptr %1, i64 20
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr %30, align 16, !tbaa !4
  %31 = getelementptr inbounds i32, ptr %1, i64 24
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr %31, align 16, !tbaa !4
  %32 = getelementptr inbounds i32, ptr %1, i64 28
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr %32, align 16, !tbaa !4
  %33 = getelementptr inbounds i32, ptr %1, i64 32
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr %33, align 16, !tbaa !4
  %34 = getelementptr inbounds i32, ptr %1, i64 36
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr %34, align 16, !tbaa !4
  %35 = getelementptr inbounds i32, ptr %1, i64 40
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr %35, align 16, !tbaa !4
  %36 = getelementptr inbounds i32, ptr %1, i64 44
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr %36, align 16, !tbaa !4
  %37 = getelementptr inbounds i32, ptr %1, i64 48
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr %37, align 16, !tbaa !4
  %38 = getelementptr inbounds i32, ptr %1, i64 52
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr %38, align 16, !tbaa !4
  %39 = getelementptr inbounds i32, ptr %1, i64 56
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr %39, align 16, !tbaa !4
  %40 = getelementptr inbounds i32, ptr %1, i64 60
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr %40, align 16, !tbaa !4
  %41 = getelementptr inbounds i32, ptr %1, i64 64
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr %41, align 16, !tbaa !4
  %42 = getelementptr inbounds i32, ptr %1, i64 68
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr %42, align 16, !tbaa !4
  %43 = getelementptr inbounds i32, ptr %1, i64 72
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr %43, align 16, !tbaa !4
  %44 = getelementptr inbounds i32, ptr %1, i64 76
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr %44, align 16, !tbaa !4
  %45 = getelementptr inbounds i32, ptr %1, i64 80
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr %45, align 16, !tbaa !4
  %46 = getelementptr inbounds i32, ptr %1, i64 84
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr %46, align 16, !tbaa !4
  %47 = getelementptr inbounds i32, ptr %1, i64 88
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr %47, align 16, !tbaa !4
  %48 = getelementptr inbounds i32, ptr %1, i64 92
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr %48, align 16, !tbaa !4
  %49 = getelementptr inbounds i32, ptr %1, i64 96
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr %49, align 16, !tbaa !4
  %50 = getelementptr inbounds i32, ptr %1, i64 100
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr %50, align 16, !tbaa !4
  %51 = getelementptr inbounds i32, ptr %1, i64 104
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr %51, align 16, !tbaa !4
  %52 = getelementptr inbounds i32, ptr %1, i64 108
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr %52, align 16, !tbaa !4
  %53 = getelementptr inbounds i32, ptr %1, i64 112
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr %53, align 16, !tbaa !4
  %54 = getelementptr inbounds i32, ptr %1, i64 116
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr %54, align 16, !tbaa !4
  %55 = getelementptr inbounds i32, ptr %1, i64 120
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr %55, align 16, !tbaa !4
  %56 = getelementptr inbounds i32, ptr %1, i64 124
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr %56, align 16, !tbaa !4
  %57 = getelementptr inbounds i32, ptr %1, i64 128
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr %57, align 16, !tbaa !4
  %58 = getelementptr inbounds i32, ptr %1, i64 132
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr %58, align 16, !tbaa !4
  %59 = getelementptr inbounds i32, ptr %1, i64 136
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr %59, align 16, !tbaa !4
  %60 = getelementptr inbounds i32, ptr %1, i64 140
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr %60, align 16, !tbaa !4
  %61 = getelementptr inbounds i32, ptr %1, i64 144
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr %61, align 16, !tbaa !4
  %62 = getelementptr inbounds i32, ptr %1, i64 148
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr %62, align 16, !tbaa !4
  %63 = getelementptr inbounds i32, ptr %1, i64 152
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr %63, align 16, !tbaa !4
  %64 = getelementptr inbounds i32, ptr %1, i64 156
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr %64, align 16, !tbaa !4
  %65 = getelementptr inbounds i32, ptr %1, i64 160
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr %65, align 16, !tbaa !4
  %66 = getelementptr inbounds i32, ptr %1, i64 164
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr %66, align 16, !tbaa !4
  %67 = getelementptr inbounds i32, ptr %1, i64 168
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr %67, align 16, !tbaa !4
  %68 = getelementptr inbounds i32, ptr %1, i64 172
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr %68, align 16, !tbaa !4
  %69 = getelementptr inbounds i32, ptr %1, i64 176
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr %69, align 16, !tbaa !4
  %70 = getelementptr inbounds i32, ptr %1, i64 180
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr %70, align 16, !tbaa !4
  %71 = getelementptr inbounds i32, ptr %1, i64 184
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr %71, align 16, !tbaa !4
  %72 = getelementptr inbounds i32, ptr %1, i64 188
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr %72, align 16, !tbaa !4
  %73 = getelementptr inbounds i32, ptr %1, i64 192
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr %73, align 16, !tbaa !4
  %74 = getelementptr inbounds i32, ptr %1, i64 196
  store <4 x i32> <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>, ptr %74, align 16, !tbaa !4
  store i32 0, ptr %1, align 16, !tbaa !4
  store i32 0, ptr %25, align 4, !tbaa.struct !9
  %75 = getelementptr inbounds i8, ptr %25, i64 4
  store i32 0, ptr %75, align 4, !tbaa.struct !10
  br label %76

76:                                               ; preds = %166, %24
  %77 = phi i32 [ 1, %24 ], [ %167, %166 ]
  %78 = load i64, ptr %25, align 4, !tbaa.struct !9
  %79 = add nsw i32 %77, -1
  %80 = zext i32 %79 to i64
  %81 = getelementptr inbounds %struct.heap_item, ptr %25, i64 %80
  %82 = load <2 x i32>, ptr %81, align 4
  %83 = icmp ugt i32 %77, 2
  br i1 %83, label %84, label %114

84:                                               ; preds = %76
  %85 = extractelement <2 x i32> %82, i64 0
  br label %86

86:                                               ; preds = %84, %107
  %87 = phi i32 [ %112, %107 ], [ 1, %84 ]
  %88 = phi i32 [ %111, %107 ], [ 0, %84 ]
  %89 = phi i32 [ %102, %107 ], [ 0, %84 ]
  %90 = add i32 %88, 2
  %91 = icmp slt i32 %90, %79
  br i1 %91, label %92, label %101

92:                                               ; preds = %86
  %93 = sext i32 %90 to i64
  %94 = getelementptr inbounds %struct.heap_item, ptr %25, i64 %93
  %95 = load i32, ptr %94, align 4, !tbaa !13
  %96 = sext i32 %87 to i64
  %97 = getelementptr inbounds %struct.heap_item, ptr %25, i64 %96
  %98 = load i32, ptr %97, align 4, !tbaa !13
  %99 = icmp slt i32 %95, %98
  %100 = select i1 %99, i32 %90, i32 %87
  br label %101

101:                                              ; preds = %92, %86
  %102 = phi i32 [ %87, %86 ], [ %100, %92 ]
  %103 = sext i32 %102 to i64
  %104 = getelementptr inbounds %struct.heap_item, ptr %25, i64 %103
  %105 = load i32, ptr %104, align 4, !tbaa !13
  %106 = icmp slt i32 %105, %85
  br i1 %106, label %107, label %114

107:                                              ; preds = %101
  %108 = sext i32 %89 to i64
  %109 = getelementptr inbounds %struct.heap_item, ptr %25, i64 %108
  %110 = load i64, ptr %104, align 4
  store i64 %110, ptr %109, align 4
  %111 = shl nsw i32 %102, 1
  %112 = or i32 %111, 1
  %113 = icmp slt i32 %112, %79
  br i1 %113, label %86, label %114

114:                                              ; preds = %107, %101, %76
  %115 = phi i32 [ 0, %76 ], [ %102, %107 ], [ %89, %101 ]
  %116 = sext i32 %115 to i64
  %117 = getelementptr inbounds %struct.heap_item, ptr %25, i64 %116
  store <2 x i32> %82, ptr %117, align 4
  %118 = trunc i64 %78 to i32
  %119 = ashr i64 %78, 32
  %120 = getelementptr inbounds i32, ptr %1, i64 %119
  %121 = load i32, ptr %120, align 4, !tbaa !4
  %122 = icmp slt i32 %121, %118
  br i1 %122, label %166, label %123, !llvm.loop !15

123:                                              ; preds = %114
  %124 = getelementptr inbounds i32, ptr %2, i64 %119
  %125 = load i32, ptr %124, align 4, !tbaa !4
  %126 = icmp sgt i32 %125, -1
  br i1 %126, label %127, label %166

127:                                              ; preds = %123, %161
  %128 = phi i32 [ %164, %161 ], [ %125, %123 ]
  %129 = phi i32 [ %162, %161 ], [ %79, %123 ]
  %130 = zext i32 %128 to i64
  %131 = getelementptr inbounds %struct.edge, ptr %3, i64 %130
  %132 = getelementptr inbounds %struct.edge, ptr %3, i64 %130, i32 1
  %133 = load i32, ptr %132, align 4, !tbaa !16
  %134 = add nsw i32 %133, %118
  %135 = load i32, ptr %131, align 4, !tbaa !18
  %136 = sext i32 %135 to i64
  %137 = getelementptr inbounds i32, ptr %1, i64 %136
  %138 = load i32, ptr %137, align 4, !tbaa !4
  %139 = icmp slt i32 %134, %138
  br i1 %139, label %140, label %161

140:                                              ; preds = %127
  store i32 %134, ptr %137, align 4, !tbaa !4
  %141 = add nsw i32 %129, 1
  %142 = icmp sgt i32 %129, 0
  br i1 %142, label %143, label %156

143:                                              ; preds = %140, %151
  %144 = phi i32 [ %146, %151 ], [ %129, %140 ]
  %145 = add nsw i32 %144, -1
  %146 = lshr i32 %145, 1
  %147 = zext i32 %146 to i64
  %148 = getelementptr inbounds %struct.heap_item, ptr %25, i64 %147
  %149 = load i32, ptr %148, align 4, !tbaa !13
  %150 = icmp sgt i32 %149, %134
  br i1 %150, label %151, label %156

151:                                              ; preds = %143
  %152 = zext i32 %144 to i64
  %153 = getelementptr inbounds %struct.heap_item, ptr %25, i64 %152
  %154 = load i64, ptr %148, align 4
  store i64 %154, ptr %153, align 4
  %155 = icmp ult i32 %145, 2
  br i1 %155, label %156, label %143, !llvm.loop !19

156:                                              ; preds = %151, %143, %140
  %157 = phi i32 [ %129, %140 ], [ %146, %151 ], [ %144, %143 ]
  %158 = sext i32 %157 to i64
  %159 = getelementptr inbounds %struct.heap_item, ptr %25, i64 %158
  store i32 %134, ptr %159, align 4, !tbaa.struct !9
  %160 = getelementptr inbounds i8, ptr %159, i64 4
  store i32 %135, ptr %160, align 4, !tbaa.struct !10
  br label %161

161:                                              ; preds = %156, %127
  %162 = phi i32 [ %141, %156 ], [ %129, %127 ]
  %163 = getelementptr inbounds %struct.edge, ptr %3, i64 %130, i32 2
  %164 = load i32, ptr %163, align 4, !tbaa !4
  %165 = icmp sgt i32 %164, -1
  br i1 %165, label %127, label %166, !llvm.loop !20

166:                                              ; preds = %161, %123, %114
  %167 = phi i32 [ %79, %114 ], [ %79, %123 ], [ %162, %161 ]
  %168 = icmp sgt i32 %167, 0
  br i1 %168, label %76, label %169

169:                                              ; preds = %166
  tail call void @free(ptr noundef %25) #7
  %170 = load i32, ptr %1, align 16, !tbaa !4
  %171 = icmp eq i32 %170, 0
  %172 = zext i1 %171 to i32
  br label %202

173:                                              ; preds = %4, %173
  %174 = phi i64 [ %190, %173 ], [ 199, %4 ]
  %175 = phi i32 [ %192, %173 ], [ 0, %4 ]
  %176 = mul nuw nsw i32 %175, 37
  %177 = urem i32 %176, 200
  %178 = mul nuw nsw i32 %175, 91
  %179 = add nuw nsw i32 %178, 13
  %180 = urem i32 %179, 200
  %181 = mul nuw nsw i32 %175, 17
  %182 = urem i32 %181, 50
  %183 = add nuw nsw i32 %182, 1
  %184 = getelementptr inbounds %struct.edge, ptr %3, i64 %174
  %185 = zext i32 %177 to i64
  %186 = getelementptr inbounds i32, ptr %2, i64 %185
  %187 = load i32, ptr %186, align 4, !tbaa !4
  store i32 %180, ptr %184, align 4, !tbaa.struct !8
  %188 = getelementptr inbounds i8, ptr %184, i64 4
  store i32 %183, ptr %188, align 4, !tbaa.struct !9
  %189 = getelementptr inbounds i8, ptr %184, i64 8
  store i32 %187, ptr %189, align 4, !tbaa.struct !10
  %190 = add nuw nsw i64 %174, 1
  %191 = trunc i64 %174 to i32
  store i32 %191, ptr %186, align 4, !tbaa !4
  %192 = add nuw nsw i32 %175, 1
  %193 = icmp eq i32 %192, 1001
  br i1 %193, label %24, label %173, !llvm.loop !21

194:                                              ; preds = %212
  %195 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 199
  %196 = load i32, ptr %195, align 4, !tbaa !4
  %197 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 200, i32 noundef 1200, i32 noundef %196, i32 noundef %213)
  tail call void @free(ptr noundef %2) #7
  tail call void @free(ptr noundef %3) #7
  %198 = icmp eq i32 %213, 0
  %199 = icmp sgt i32 %196, 1990
  %200 = or i1 %198, %199
  %201 = zext i1 %200 to i32
  call void @llvm.lifetime.end.p0(i64 800, ptr nonnull %1) #7
  ret i32 %201

202:                                              ; preds = %169, %212
  %203 = phi i64 [ 0, %169 ], [ %214, %212 ]
  %204 = phi i32 [ %172, %169 ], [ %213, %212 ]
  %205 = getelementptr inbounds i32, ptr %2, i64 %203
  %206 = load i32, ptr %205, align 4, !tbaa !4
  %207 = icmp sgt i32 %206, -1
  br i1 %207, label %208, label %212

208:                                              ; preds = %202
  %209 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 %203
  %210 = load i32, ptr %209, align 4, !tbaa !4
  %211 = icmp eq i32 %210, 2147483647
  br label %216

212:                                              ; preds = %231, %202
  %213 = phi i32 [ %204, %202 ], [ %232, %231 ]
  %214 = add nuw nsw i64 %203, 1
  %215 = icmp eq i64 %214, 200
  br i1 %215, label %194, label %202, !llvm.loop !22

216:                                              ; preds = %208, %231
  %217 = phi i32 [ %206, %208 ], [ %234, %231 ]
  %218 = phi i32 [ %204, %208 ], [ %232, %231 ]
  %219 = zext i32 %217 to i64
  br i1 %211, label %231, label %220

220:                                              ; preds = %216
  %221 = getelementptr inbounds %struct.edge, ptr %3, i64 %219
  %222 = load i32, ptr %221, align 4, !tbaa !18
  %223 = sext i32 %222 to i64
  %224 = getelementptr inbounds [200 x i32], ptr %1, i64 0, i64 %223
  %225 = load i32, ptr %224, align 4, !tbaa !4
  %226 = getelementptr inbounds %struct.edge, ptr %3, i64 %219, i32 1
  %227 = load i32, ptr %226, align 4, !tbaa !16
  %228 = add nsw i32 %227, %210
  %229 = icmp sgt i32 %225, %228
  %230 = select i1 %229, i32 0, i32 %218
  br label %231

231:                                              ; preds = %216, %220
  %232 = phi i32 [ %230, %220 ], [ %218, %216 ]
  %233 = getelementptr inbounds %struct.edge, ptr %3, i64 %219, i32 2
  %234 = load i32, ptr %233, align 4, !tbaa !4
  %235 = icmp sgt i32 %234, -1
  br i1 %235, label %216, label %212, !llvm.loop !23
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #3

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr nocapture noundef) local_unnamed_addr #4

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #5

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #6 = { nounwind allocsize(0) }
attributes #7 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!5, !5, i64 0}
!5 = !{!"int", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = !{i64 0, i64 4, !4, i64 4, i64 4, !4, i64 8, i64 4, !4}
!9 = !{i64 0, i64 4, !4, i64 4, i64 4, !4}
!10 = !{i64 0, i64 4, !4}
!11 = distinct !{!11, !12}
!12 = !{!"llvm.loop.mustprogress"}
!13 = !{!14, !5, i64 0}
!14 = !{!"heap_item", !5, i64 0, !5, i64 4}
!15 = distinct !{!15, !12}
!16 = !{!17, !5, i64 4}
!17 = !{!"edge", !5, i64 0, !5, i64 4, !5, i64 8}
!18 = !{!17, !5, i64 0}
!19 = distinct !{!19, !12}
!20 = distinct !{!20, !12}
!21 = distinct !{!21, !12}
!22 = distinct !{!22, !12}
!23 = distinct !{!23, !12}
