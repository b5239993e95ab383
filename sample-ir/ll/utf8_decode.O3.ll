; ModuleID = 'c/utf8_decode.c'
source_filename = "c/utf8_decode.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [12 x i8] c"A\C3\A9\E2\82\AC\F0\9F\98\80z\00", align 1
@main.bad = internal unnamed_addr constant [5 x ptr] [ptr @.str.1, ptr @.str.2, ptr @.str.3, ptr @.str.4, ptr @.str.5], align 16
@.str.1 = private unnamed_addr constant [3 x i8] c"\C0\AF\00", align 1
@.str.2 = private unnamed_addr constant [3 x i8] c"\E2\82\00", align 1
@.str.3 = private unnamed_addr constant [4 x i8] c"\ED\A0\80\00", align 1
@.str.4 = private unnamed_addr constant [2 x i8] c"\FF\00", align 1
@.str.5 = private unnamed_addr constant [4 x i8] c"ok\80\00", align 1
@.str.6 = private unnamed_addr constant [34 x i8] c"utf8_decode code points=%d ok=%d\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  %1 = alloca [64 x i32], align 16
  call void @llvm.lifetime.start.p0(i64 256, ptr nonnull %1) #4
  br label %2

2:                                                ; preds = %54, %0
  %3 = phi i64 [ %59, %54 ], [ 0, %0 ]
  %4 = phi i32 [ %58, %54 ], [ 0, %0 ]
  %5 = phi i32 [ %57, %54 ], [ 0, %0 ]
  %6 = phi i32 [ %56, %54 ], [ 0, %0 ]
  %7 = phi i32 [ %55, %54 ], [ 0, %0 ]
  %8 = getelementptr inbounds i8, ptr @.str, i64 %3
  %9 = load i8, ptr %8, align 1, !tbaa !4
  switch i32 %7, label %54 [
    i32 0, label %10
    i32 3, label %32
    i32 2, label %32
    i32 1, label %32
  ]

10:                                               ; preds = %2
  %11 = zext i8 %9 to i32
  %12 = icmp sgt i8 %9, -1
  br i1 %12, label %13, label %17

13:                                               ; preds = %10
  %14 = add nsw i32 %4, 1
  %15 = sext i32 %4 to i64
  %16 = getelementptr inbounds i32, ptr %1, i64 %15
  store i32 %11, ptr %16, align 4, !tbaa !7
  br label %54

17:                                               ; preds = %10
  %18 = and i32 %11, 224
  %19 = icmp eq i32 %18, 192
  br i1 %19, label %20, label %22

20:                                               ; preds = %17
  %21 = and i32 %11, 31
  br label %54

22:                                               ; preds = %17
  %23 = and i32 %11, 240
  %24 = icmp eq i32 %23, 224
  br i1 %24, label %25, label %27

25:                                               ; preds = %22
  %26 = and i32 %11, 15
  br label %54

27:                                               ; preds = %22
  %28 = and i32 %11, 248
  %29 = icmp eq i32 %28, 240
  br i1 %29, label %30, label %64

30:                                               ; preds = %27
  %31 = and i32 %11, 7
  br label %54

32:                                               ; preds = %2, %2, %2
  %33 = zext i8 %9 to i32
  %34 = and i32 %33, 192
  %35 = icmp eq i32 %34, 128
  br i1 %35, label %36, label %64

36:                                               ; preds = %32
  %37 = shl i32 %6, 6
  %38 = and i32 %33, 63
  %39 = or i32 %38, %37
  %40 = icmp eq i32 %7, 1
  %41 = icmp eq i32 %7, 2
  %42 = select i1 %41, i32 1, i32 2
  br i1 %40, label %43, label %54

43:                                               ; preds = %36
  %44 = icmp ult i32 %39, %5
  %45 = icmp ugt i32 %39, 1114111
  %46 = or i1 %44, %45
  %47 = and i32 %6, 67108832
  %48 = icmp eq i32 %47, 864
  %49 = select i1 %46, i1 true, i1 %48
  br i1 %49, label %64, label %50

50:                                               ; preds = %43
  %51 = add nsw i32 %4, 1
  %52 = sext i32 %4 to i64
  %53 = getelementptr inbounds i32, ptr %1, i64 %52
  store i32 %39, ptr %53, align 4, !tbaa !7
  br label %54

54:                                               ; preds = %50, %36, %30, %25, %20, %13, %2
  %55 = phi i32 [ 0, %13 ], [ 3, %30 ], [ 2, %25 ], [ 1, %20 ], [ %42, %36 ], [ 0, %50 ], [ %7, %2 ]
  %56 = phi i32 [ %6, %13 ], [ %31, %30 ], [ %26, %25 ], [ %21, %20 ], [ %39, %36 ], [ %39, %50 ], [ %6, %2 ]
  %57 = phi i32 [ %5, %13 ], [ 65536, %30 ], [ 2048, %25 ], [ 128, %20 ], [ %5, %36 ], [ %5, %50 ], [ %5, %2 ]
  %58 = phi i32 [ %14, %13 ], [ %4, %30 ], [ %4, %25 ], [ %4, %20 ], [ %4, %36 ], [ %51, %50 ], [ %4, %2 ]
  %59 = add nuw nsw i64 %3, 1
  %60 = icmp eq i64 %59, 11
  br i1 %60, label %61, label %2, !llvm.loop !9

61:                                               ; preds = %54
  %62 = icmp eq i32 %55, 0
  %63 = select i1 %62, i32 %58, i32 -1
  br label %64

64:                                               ; preds = %27, %32, %43, %61
  %65 = phi i32 [ %63, %61 ], [ -1, %43 ], [ -1, %32 ], [ -1, %27 ]
  %66 = icmp eq i32 %65, 5
  %67 = load i32, ptr %1, align 16
  %68 = icmp eq i32 %67, 65
  %69 = getelementptr inbounds [64 x i32], ptr %1, i64 0, i64 1
  %70 = load <4 x i32>, ptr %69, align 4
  %71 = freeze <4 x i32> %70
  %72 = icmp ne <4 x i32> %71, <i32 233, i32 8364, i32 128512, i32 122>
  %73 = bitcast <4 x i1> %72 to i4
  %74 = icmp eq i4 %73, 0
  %75 = and i1 %66, %74
  %76 = select i1 %75, i1 %68, i1 false
  %77 = zext i1 %76 to i32
  br label %82

78:                                               ; preds = %155
  %79 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.6, i32 noundef %65, i32 noundef %160)
  %80 = icmp eq i32 %160, 0
  %81 = zext i1 %80 to i32
  call void @llvm.lifetime.end.p0(i64 256, ptr nonnull %1) #4
  ret i32 %81

82:                                               ; preds = %64, %155
  %83 = phi i64 [ 0, %64 ], [ %161, %155 ]
  %84 = phi i32 [ %77, %64 ], [ %160, %155 ]
  %85 = getelementptr inbounds [5 x ptr], ptr @main.bad, i64 0, i64 %83
  %86 = load ptr, ptr %85, align 8, !tbaa !11
  %87 = tail call i64 @strlen(ptr noundef nonnull dereferenceable(1) %86) #5
  %88 = icmp eq i64 %87, 0
  br i1 %88, label %152, label %89

89:                                               ; preds = %82, %142
  %90 = phi i1 [ %148, %142 ], [ true, %82 ]
  %91 = phi i64 [ %147, %142 ], [ 0, %82 ]
  %92 = phi i32 [ %146, %142 ], [ 0, %82 ]
  %93 = phi i32 [ %145, %142 ], [ 0, %82 ]
  %94 = phi i32 [ %144, %142 ], [ 0, %82 ]
  %95 = phi i32 [ %143, %142 ], [ 0, %82 ]
  %96 = getelementptr inbounds i8, ptr %86, i64 %91
  %97 = load i8, ptr %96, align 1, !tbaa !4
  switch i32 %95, label %142 [
    i32 0, label %98
    i32 3, label %120
    i32 2, label %120
    i32 1, label %120
  ]

98:                                               ; preds = %89
  %99 = zext i8 %97 to i32
  %100 = icmp sgt i8 %97, -1
  br i1 %100, label %101, label %105

101:                                              ; preds = %98
  %102 = add nsw i32 %92, 1
  %103 = sext i32 %92 to i64
  %104 = getelementptr inbounds i32, ptr %1, i64 %103
  store i32 %99, ptr %104, align 4, !tbaa !7
  br label %142

105:                                              ; preds = %98
  %106 = and i32 %99, 224
  %107 = icmp eq i32 %106, 192
  br i1 %107, label %108, label %110

108:                                              ; preds = %105
  %109 = and i32 %99, 31
  br label %142

110:                                              ; preds = %105
  %111 = and i32 %99, 240
  %112 = icmp eq i32 %111, 224
  br i1 %112, label %113, label %115

113:                                              ; preds = %110
  %114 = and i32 %99, 15
  br label %142

115:                                              ; preds = %110
  %116 = and i32 %99, 248
  %117 = icmp eq i32 %116, 240
  br i1 %117, label %118, label %155

118:                                              ; preds = %115
  %119 = and i32 %99, 7
  br label %142

120:                                              ; preds = %89, %89, %89
  %121 = zext i8 %97 to i32
  %122 = and i32 %121, 192
  %123 = icmp eq i32 %122, 128
  br i1 %123, label %124, label %155

124:                                              ; preds = %120
  %125 = shl i32 %94, 6
  %126 = and i32 %121, 63
  %127 = or i32 %126, %125
  %128 = icmp eq i32 %95, 1
  %129 = icmp eq i32 %95, 2
  %130 = select i1 %129, i32 1, i32 2
  br i1 %128, label %131, label %142

131:                                              ; preds = %124
  %132 = icmp ult i32 %127, %93
  %133 = icmp ugt i32 %127, 1114111
  %134 = or i1 %132, %133
  %135 = and i32 %94, 67108832
  %136 = icmp eq i32 %135, 864
  %137 = select i1 %134, i1 true, i1 %136
  br i1 %137, label %155, label %138

138:                                              ; preds = %131
  %139 = add nsw i32 %92, 1
  %140 = sext i32 %92 to i64
  %141 = getelementptr inbounds i32, ptr %1, i64 %140
  store i32 %127, ptr %141, align 4, !tbaa !7
  br label %142

142:                                              ; preds = %138, %124, %118, %113, %108, %101, %89
  %143 = phi i32 [ 0, %101 ], [ 3, %118 ], [ 2, %113 ], [ 1, %108 ], [ %130, %124 ], [ 0, %138 ], [ %95, %89 ]
  %144 = phi i32 [ %94, %101 ], [ %119, %118 ], [ %114, %113 ], [ %109, %108 ], [ %127, %124 ], [ %127, %138 ], [ %94, %89 ]
  %145 = phi i32 [ %93, %101 ], [ 65536, %118 ], [ 2048, %113 ], [ 128, %108 ], [ %93, %124 ], [ %93, %138 ], [ %93, %89 ]
  %146 = phi i32 [ %102, %101 ], [ %92, %118 ], [ %92, %113 ], [ %92, %108 ], [ %92, %124 ], [ %139, %138 ], [ %92, %89 ]
  %147 = add nuw i64 %91, 1
  %148 = icmp ult i64 %147, %87
  %149 = icmp eq i64 %147, %87
  br i1 %149, label %150, label %89, !llvm.loop !9

150:                                              ; preds = %142
  %151 = icmp eq i32 %143, 0
  br i1 %151, label %152, label %155

152:                                              ; preds = %150, %82
  %153 = phi i1 [ %148, %150 ], [ false, %82 ]
  %154 = phi i32 [ %146, %150 ], [ 0, %82 ]
  br label %155

155:                                              ; preds = %115, %120, %131, %150, %152
  %156 = phi i1 [ %153, %152 ], [ %148, %150 ], [ %90, %131 ], [ %90, %120 ], [ %90, %115 ]
  %157 = phi i32 [ %154, %152 ], [ -1, %150 ], [ -1, %131 ], [ -1, %120 ], [ -1, %115 ]
  %158 = icmp eq i32 %157, -1
  %159 = select i1 %156, i1 true, i1 %158
  %160 = select i1 %159, i32 %84, i32 0
  %161 = add nuw nsw i64 %83, 1
  %162 = icmp eq i64 %161, 5
  br i1 %162, label %78, label %82, !llvm.loop !13
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i64 @strlen(ptr nocapture noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #3

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nofree nounwind willreturn memory(argmem: read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind }
attributes #5 = { nounwind willreturn memory(read) }

!llvm.module.flags = !{!0, !1, !2, !3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!5, !5, i64 0}
!5 = !{!"omnipotent char", !6, i64 0}
!6 = !{!"Simple C/C++ TBAA"}
!7 = !{!8, !8, i64 0}
!8 = !{!"int", !5, i64 0}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = !{!12, !12, i64 0}
!12 = !{!"any pointer", !5, i64 0}
!13 = distinct !{!13, !10}
