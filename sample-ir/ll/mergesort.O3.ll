; ModuleID = 'c/mergesort.c'
source_filename = "c/mergesort.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.record = type { i32, i32 }

@.str = private unnamed_addr constant [39 x i8] c"mergesort n=%d first=%d last=%d ok=%d\0A\00", align 1

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(24000) ptr @malloc(i64 noundef 24000) #6
  %2 = tail call noalias dereferenceable_or_null(24000) ptr @malloc(i64 noundef 24000) #6
  %3 = icmp ne ptr %1, null
  %4 = icmp ne ptr %2, null
  %5 = and i1 %3, %4
  br i1 %5, label %8, label %70

6:                                                ; preds = %8
  tail call fastcc void @merge_sort(ptr noundef nonnull %1, ptr noundef nonnull %2, i32 noundef 0, i32 noundef 3000)
  %7 = load i32, ptr %1, align 4, !tbaa !4
  br label %33

8:                                                ; preds = %0, %8
  %9 = phi i64 [ %25, %8 ], [ 0, %0 ]
  %10 = trunc i64 %9 to i32
  %11 = mul nuw nsw i32 %10, 31
  %12 = add nuw nsw i32 %11, 7
  %13 = urem i32 %12, 97
  %14 = getelementptr inbounds %struct.record, ptr %1, i64 %9
  store i32 %13, ptr %14, align 4, !tbaa !4
  %15 = getelementptr inbounds %struct.record, ptr %1, i64 %9, i32 1
  %16 = trunc i64 %9 to i32
  store i32 %16, ptr %15, align 4, !tbaa !9
  %17 = or i64 %9, 1
  %18 = trunc i64 %17 to i32
  %19 = mul nuw nsw i32 %18, 31
  %20 = add nuw nsw i32 %19, 7
  %21 = urem i32 %20, 97
  %22 = getelementptr inbounds %struct.record, ptr %1, i64 %17
  store i32 %21, ptr %22, align 4, !tbaa !4
  %23 = getelementptr inbounds %struct.record, ptr %1, i64 %17, i32 1
  %24 = trunc i64 %17 to i32
  store i32 %24, ptr %23, align 4, !tbaa !9
  %25 = add nuw nsw i64 %9, 2
  %26 = icmp eq i64 %25, 3000
  br i1 %26, label %6, label %8, !llvm.loop !10

27:                                               ; preds = %50
  %28 = getelementptr inbounds %struct.record, ptr %1, i64 2999
  %29 = load i32, ptr %28, align 4, !tbaa !4
  %30 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 3000, i32 noundef %7, i32 noundef %29, i32 noundef %51)
  tail call void @free(ptr noundef nonnull %1) #7
  tail call void @free(ptr noundef %2) #7
  %31 = icmp eq i32 %51, 0
  %32 = zext i1 %31 to i32
  br label %70

33:                                               ; preds = %67, %6
  %34 = phi i32 [ %7, %6 ], [ %56, %67 ]
  %35 = phi i64 [ 1, %6 ], [ %69, %67 ]
  %36 = phi i32 [ 1, %6 ], [ %68, %67 ]
  %37 = getelementptr inbounds %struct.record, ptr %1, i64 %35
  %38 = load i32, ptr %37, align 4, !tbaa !4
  %39 = icmp sgt i32 %34, %38
  %40 = select i1 %39, i32 0, i32 %36
  %41 = icmp eq i32 %34, %38
  br i1 %41, label %42, label %50

42:                                               ; preds = %33
  %43 = add nsw i64 %35, -1
  %44 = getelementptr inbounds %struct.record, ptr %1, i64 %43, i32 1
  %45 = load i32, ptr %44, align 4, !tbaa !9
  %46 = getelementptr inbounds %struct.record, ptr %1, i64 %35, i32 1
  %47 = load i32, ptr %46, align 4, !tbaa !9
  %48 = icmp sgt i32 %45, %47
  %49 = select i1 %48, i32 0, i32 %40
  br label %50

50:                                               ; preds = %42, %33
  %51 = phi i32 [ %40, %33 ], [ %49, %42 ]
  %52 = add nuw nsw i64 %35, 1
  %53 = icmp eq i64 %52, 3000
  br i1 %53, label %27, label %54, !llvm.loop !12

54:                                               ; preds = %50
  %55 = getelementptr inbounds %struct.record, ptr %1, i64 %52
  %56 = load i32, ptr %55, align 4, !tbaa !4
  %57 = icmp sgt i32 %38, %56
  %58 = select i1 %57, i32 0, i32 %51
  %59 = icmp eq i32 %38, %56
  br i1 %59, label %60, label %67

60:                                               ; preds = %54
  %61 = getelementptr inbounds %struct.record, ptr %1, i64 %35, i32 1
  %62 = load i32, ptr %61, align 4, !tbaa !9
  %63 = getelementptr inbounds %struct.record, ptr %1, i64 %52, i32 1
  %64 = load i32, ptr %63, align 4, !tbaa !9
  %65 = icmp sgt i32 %62, %64
  %66 = select i1 %65, i32 0, i32 %58
  br label %67

67:                                               ; preds = %60, %54
  %68 = phi i32 [ %58, %54 ], [ %66, %60 ]
  %69 = add nuw nsw i64 %35, 2
  br label %33

70:                                               ; preds = %0, %27
  %71 = phi i32 [ %32, %27 ], [ 2, %0 ]
  ret i32 %71
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: nofree nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none) uwtable
define internal fastcc void @merge_sort(ptr noundef %0, ptr noundef %1, i32 noundef %2, i32 noundef %3) unnamed_addr #2 {
  %5 = ptrtoint ptr %0 to i64
  %6 = ptrtoint ptr %1 to i64
  %7 = ptrtoint ptr %0 to i64
  %8 = ptrtoint ptr %1 to i64
  %9 = sub nsw i32 %3, %2
  %10 = icmp slt i32 %9, 2
  br i1 %10, label %216, label %11

11:                                               ; preds = %4
  %12 = lshr i32 %9, 1
  %13 = add nsw i32 %12, %2
  tail call fastcc void @merge_sort(ptr noundef %0, ptr noundef %1, i32 noundef %2, i32 noundef %13)
  tail call fastcc void @merge_sort(ptr noundef %0, ptr noundef %1, i32 noundef %13, i32 noundef %3)
  %14 = icmp slt i32 %13, %3
  br i1 %14, label %15, label %19

15:                                               ; preds = %11
  %16 = sext i32 %2 to i64
  br label %79

17:                                               ; preds = %79
  %18 = trunc i64 %83 to i32
  br label %19

19:                                               ; preds = %17, %11
  %20 = phi i32 [ %2, %11 ], [ %94, %17 ]
  %21 = phi i32 [ %13, %11 ], [ %97, %17 ]
  %22 = phi i32 [ %2, %11 ], [ %18, %17 ]
  %23 = icmp slt i32 %20, %13
  br i1 %23, label %24, label %105

24:                                               ; preds = %19
  %25 = sext i32 %22 to i64
  %26 = sext i32 %20 to i64
  %27 = sext i32 %13 to i64
  %28 = sub nsw i64 %27, %26
  %29 = icmp ult i64 %28, 12
  br i1 %29, label %55, label %30

30:                                               ; preds = %24
  %31 = shl nsw i64 %25, 3
  %32 = add i64 %31, %8
  %33 = shl nsw i64 %26, 3
  %34 = add i64 %33, %7
  %35 = sub i64 %32, %34
  %36 = icmp ult i64 %35, 32
  br i1 %36, label %55, label %37

37:                                               ; preds = %30
  %38 = and i64 %28, -4
  %39 = add nsw i64 %38, %26
  %40 = add nsw i64 %38, %25
  br label %41

41:                                               ; preds = %41, %37
  %42 = phi i64 [ 0, %37 ], [ %51, %41 ]
  %43 = add i64 %42, %25
  %44 = add i64 %42, %26
  %45 = getelementptr inbounds %struct.record, ptr %1, i64 %43
  %46 = getelementptr inbounds %struct.record, ptr %0, i64 %44
  %47 = load <2 x i64>, ptr %46, align 4
  %48 = getelementptr inbounds i64, ptr %46, i64 2
  %49 = load <2 x i64>, ptr %48, align 4
  store <2 x i64> %47, ptr %45, align 4
  %50 = getelementptr inbounds i64, ptr %45, i64 2
  store <2 x i64> %49, ptr %50, align 4
  %51 = add nuw i64 %42, 4
  %52 = icmp eq i64 %51, %38
  br i1 %52, label %53, label %41, !llvm.loop !13

53:                                               ; preds = %41
  %54 = icmp eq i64 %28, %38
  br i1 %54, label %102, label %55

55:                                               ; preds = %30, %24, %53
  %56 = phi i64 [ %26, %30 ], [ %26, %24 ], [ %39, %53 ]
  %57 = phi i64 [ %25, %30 ], [ %25, %24 ], [ %40, %53 ]
  %58 = sub nsw i64 %27, %56
  %59 = xor i64 %56, -1
  %60 = add nsw i64 %59, %27
  %61 = and i64 %58, 3
  %62 = icmp eq i64 %61, 0
  br i1 %62, label %74, label %63

63:                                               ; preds = %55, %63
  %64 = phi i64 [ %69, %63 ], [ %56, %55 ]
  %65 = phi i64 [ %67, %63 ], [ %57, %55 ]
  %66 = phi i64 [ %72, %63 ], [ 0, %55 ]
  %67 = add nsw i64 %65, 1
  %68 = getelementptr inbounds %struct.record, ptr %1, i64 %65
  %69 = add nsw i64 %64, 1
  %70 = getelementptr inbounds %struct.record, ptr %0, i64 %64
  %71 = load i64, ptr %70, align 4
  store i64 %71, ptr %68, align 4
  %72 = add i64 %66, 1
  %73 = icmp eq i64 %72, %61
  br i1 %73, label %74, label %63, !llvm.loop !16

74:                                               ; preds = %63, %55
  %75 = phi i64 [ undef, %55 ], [ %67, %63 ]
  %76 = phi i64 [ %56, %55 ], [ %69, %63 ]
  %77 = phi i64 [ %57, %55 ], [ %67, %63 ]
  %78 = icmp ult i64 %60, 3
  br i1 %78, label %102, label %162

79:                                               ; preds = %79, %15
  %80 = phi i64 [ %16, %15 ], [ %83, %79 ]
  %81 = phi i32 [ %13, %15 ], [ %97, %79 ]
  %82 = phi i32 [ %2, %15 ], [ %94, %79 ]
  %83 = add i64 %80, 1
  %84 = getelementptr inbounds %struct.record, ptr %1, i64 %80
  %85 = sext i32 %81 to i64
  %86 = getelementptr inbounds %struct.record, ptr %0, i64 %85
  %87 = load i32, ptr %86, align 4, !tbaa !4
  %88 = sext i32 %82 to i64
  %89 = getelementptr inbounds %struct.record, ptr %0, i64 %88
  %90 = load i32, ptr %89, align 4, !tbaa !4
  %91 = icmp sge i32 %87, %90
  %92 = select i1 %91, ptr %89, ptr %86
  %93 = zext i1 %91 to i32
  %94 = add nsw i32 %82, %93
  %95 = xor i1 %91, true
  %96 = zext i1 %95 to i32
  %97 = add nsw i32 %81, %96
  %98 = load i64, ptr %92, align 4
  store i64 %98, ptr %84, align 4
  %99 = icmp slt i32 %94, %13
  %100 = icmp slt i32 %97, %3
  %101 = select i1 %99, i1 %100, i1 false
  br i1 %101, label %79, label %17, !llvm.loop !18

102:                                              ; preds = %74, %162, %53
  %103 = phi i64 [ %40, %53 ], [ %75, %74 ], [ %180, %162 ]
  %104 = trunc i64 %103 to i32
  br label %105

105:                                              ; preds = %102, %19
  %106 = phi i32 [ %22, %19 ], [ %104, %102 ]
  %107 = icmp slt i32 %21, %3
  br i1 %107, label %108, label %210

108:                                              ; preds = %105
  %109 = sext i32 %106 to i64
  %110 = sext i32 %21 to i64
  %111 = sext i32 %3 to i64
  %112 = sub nsw i64 %111, %110
  %113 = icmp ult i64 %112, 12
  br i1 %113, label %139, label %114

114:                                              ; preds = %108
  %115 = shl nsw i64 %109, 3
  %116 = add i64 %115, %6
  %117 = shl nsw i64 %110, 3
  %118 = add i64 %117, %5
  %119 = sub i64 %116, %118
  %120 = icmp ult i64 %119, 32
  br i1 %120, label %139, label %121

121:                                              ; preds = %114
  %122 = and i64 %112, -4
  %123 = add nsw i64 %122, %110
  %124 = add nsw i64 %122, %109
  br label %125

125:                                              ; preds = %125, %121
  %126 = phi i64 [ 0, %121 ], [ %135, %125 ]
  %127 = add i64 %126, %109
  %128 = add i64 %126, %110
  %129 = getelementptr inbounds %struct.record, ptr %1, i64 %127
  %130 = getelementptr inbounds %struct.record, ptr %0, i64 %128
  %131 = load <2 x i64>, ptr %130, align 4
  %132 = getelementptr inbounds i64, ptr %130, i64 2
  %133 = load <2 x i64>, ptr %132, align 4
  store <2 x i64> %131, ptr %129, align 4
  %134 = getelementptr inbounds i64, ptr %129, i64 2
  store <2 x i64> %133, ptr %134, align 4
  %135 = add nuw i64 %126, 4
  %136 = icmp eq i64 %135, %122
  br i1 %136, label %137, label %125, !llvm.loop !19

137:                                              ; preds = %125
  %138 = icmp eq i64 %112, %122
  br i1 %138, label %210, label %139

139:                                              ; preds = %114, %108, %137
  %140 = phi i64 [ %110, %114 ], [ %110, %108 ], [ %123, %137 ]
  %141 = phi i64 [ %109, %114 ], [ %109, %108 ], [ %124, %137 ]
  %142 = sub nsw i64 %111, %140
  %143 = xor i64 %140, -1
  %144 = add nsw i64 %143, %111
  %145 = and i64 %142, 3
  %146 = icmp eq i64 %145, 0
  br i1 %146, label %158, label %147

147:                                              ; preds = %139, %147
  %148 = phi i64 [ %153, %147 ], [ %140, %139 ]
  %149 = phi i64 [ %151, %147 ], [ %141, %139 ]
  %150 = phi i64 [ %156, %147 ], [ 0, %139 ]
  %151 = add nsw i64 %149, 1
  %152 = getelementptr inbounds %struct.record, ptr %1, i64 %149
  %153 = add nsw i64 %148, 1
  %154 = getelementptr inbounds %struct.record, ptr %0, i64 %148
  %155 = load i64, ptr %154, align 4
  store i64 %155, ptr %152, align 4
  %156 = add i64 %150, 1
  %157 = icmp eq i64 %156, %145
  br i1 %157, label %158, label %147, !llvm.loop !20

158:                                              ; preds = %147, %139
  %159 = phi i64 [ %140, %139 ], [ %153, %147 ]
  %160 = phi i64 [ %141, %139 ], [ %151, %147 ]
  %161 = icmp ult i64 %144, 3
  br i1 %161, label %210, label %186

162:                                              ; preds = %74, %162
  %163 = phi i64 [ %182, %162 ], [ %76, %74 ]
  %164 = phi i64 [ %180, %162 ], [ %77, %74 ]
  %165 = add nsw i64 %164, 1
  %166 = getelementptr inbounds %struct.record, ptr %1, i64 %164
  %167 = add nsw i64 %163, 1
  %168 = getelementptr inbounds %struct.record, ptr %0, i64 %163
  %169 = load i64, ptr %168, align 4
  store i64 %169, ptr %166, align 4
  %170 = add nsw i64 %164, 2
  %171 = getelementptr inbounds %struct.record, ptr %1, i64 %165
  %172 = add nsw i64 %163, 2
  %173 = getelementptr inbounds %struct.record, ptr %0, i64 %167
  %174 = load i64, ptr %173, align 4
  store i64 %174, ptr %171, align 4
  %175 = add nsw i64 %164, 3
  %176 = getelementptr inbounds %struct.record, ptr %1, i64 %170
  %177 = add nsw i64 %163, 3
  %178 = getelementptr inbounds %struct.record, ptr %0, i64 %172
  %179 = load i64, ptr %178, align 4
  store i64 %179, ptr %176, align 4
  %180 = add nsw i64 %164, 4
  %181 = getelementptr inbounds %struct.record, ptr %1, i64 %175
  %182 = add nsw i64 %163, 4
  %183 = getelementptr inbounds %struct.record, ptr %0, i64 %177
  %184 = load i64, ptr %183, align 4
  store i64 %184, ptr %181, align 4
  %185 = icmp eq i64 %182, %27
  br i1 %185, label %102, label %162, !llvm.loop !21

186:                                              ; preds = %158, %186
  %187 = phi i64 [ %206, %186 ], [ %159, %158 ]
  %188 = phi i64 [ %204, %186 ], [ %160, %158 ]
  %189 = add nsw i64 %188, 1
  %190 = getelementptr inbounds %struct.record, ptr %1, i64 %188
  %191 = add nsw i64 %187, 1
  %192 = getelementptr inbounds %struct.record, ptr %0, i64 %187
  %193 = load i64, ptr %192, align 4
  store i64 %193, ptr %190, align 4
  %194 = add nsw i64 %188, 2
  %195 = getelementptr inbounds %struct.record, ptr %1, i64 %189
  %196 = add nsw i64 %187, 2
  %197 = getelementptr inbounds %struct.record, ptr %0, i64 %191
  %198 = load i64, ptr %197, align 4
  store i64 %198, ptr %195, align 4
  %199 = add nsw i64 %188, 3
  %200 = getelementptr inbounds %struct.record, ptr %1, i64 %194
  %201 = add nsw i64 %187, 3
  %202 = getelementptr inbounds %struct.record, ptr %0, i64 %196
  %203 = load i64, ptr %202, align 4
  store i64 %203, ptr %200, align 4
  %204 = add nsw i64 %188, 4
  %205 = getelementptr inbounds %struct.record, ptr %1, i64 %199
  %206 = add nsw i64 %187, 4
  %207 = getelementptr inbounds %struct.record, ptr %0, i64 %201
  %208 = load i64, ptr %207, align 4
  store i64 %208, ptr %205, align 4
  %209 = icmp eq i64 %206, %111
  br i1 %209, label %210, label %186, !llvm.loop !22

210:                                              ; preds = %158, %186, %137, %105
  %211 = sext i32 %2 to i64
  %212 = getelementptr inbounds %struct.record, ptr %0, i64 %211
  %213 = getelementptr inbounds %struct.record, ptr %1, i64 %211
  %214 = sext i32 %9 to i64
  %215 = shl nsw i64 %214, 3
  tail call void @llvm.memcpy.p0.p0.i64(ptr align 4 %212, ptr align 4 %213, i64 %215, i1 false)
  br label %216

216:                                              ; preds = %4, %210
  ret void
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #3

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr nocapture noundef) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #5

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #6 = { nounwind allocsize(0) }
attributes #7 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!5, !6, i64 0}
!5 = !{!"record", !6, i64 0, !6, i64 4}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!5, !6, i64 4}
!10 = distinct !{!10, !11}
!11 = !{!"llvm.loop.mustprogress"}
!12 = distinct !{!12, !11}
!13 = distinct !{!13, !11, !14, !15}
!14 = !{!"llvm.loop.isvectorized", i32 1}
!15 = !{!"llvm.loop.unroll.runtime.disable"}
!16 = distinct !{!16, !17}
!17 = !{!"llvm.loop.unroll.disable"}
!18 = distinct !{!18, !11}
!19 = distinct !{!19, !11, !14, !15}
!20 = distinct !{!20, !17}
!21 = distinct !{!21, !11, !14}
!22 = distinct !{!22, !11, !14}
