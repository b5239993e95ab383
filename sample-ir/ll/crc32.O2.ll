; ModuleID = 'c/crc32.c'
source_filename = "c/crc32.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str.1 = private unnamed_addr constant [41 x i8] c"crc32 check=%08x data=%08x bitwise=%08x\0A\00", align 1
@crc_table = internal unnamed_addr global [256 x i32] zeroinitializer, align 16

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  %1 = alloca [1000 x i8], align 16
  br label %2

2:                                                ; preds = %2, %0
  %3 = phi i64 [ 0, %0 ], [ %46, %2 ]
  %4 = phi <4 x i32> [ <i32 0, i32 1, i32 2, i32 3>, %0 ], [ %47, %2 ]
  %5 = and <4 x i32> %4, <i32 1, i32 1, i32 1, i32 1>
  %6 = icmp eq <4 x i32> %5, zeroinitializer
  %7 = lshr <4 x i32> %4, <i32 1, i32 1, i32 1, i32 1>
  %8 = xor <4 x i32> %7, <i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912>
  %9 = select <4 x i1> %6, <4 x i32> %7, <4 x i32> %8
  %10 = and <4 x i32> %9, <i32 1, i32 1, i32 1, i32 1>
  %11 = icmp eq <4 x i32> %10, zeroinitializer
  %12 = lshr <4 x i32> %9, <i32 1, i32 1, i32 1, i32 1>
  %13 = xor <4 x i32> %12, <i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912>
  %14 = select <4 x i1> %11, <4 x i32> %12, <4 x i32> %13
  %15 = and <4 x i32> %14, <i32 1, i32 1, i32 1, i32 1>
  %16 = icmp eq <4 x i32> %15, zeroinitializer
  %17 = lshr <4 x i32> %14, <i32 1, i32 1, i32 1, i32 1>
  %18 = xor <4 x i32> %17, <i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912>
  %19 = select <4 x i1> %16, <4 x i32> %17, <4 x i32> %18
  %20 = and <4 x i32> %19, <i32 1, i32 1, i32 1, i32 1>
  %21 = icmp eq <4 x i32> %20, zeroinitializer
  %22 = lshr <4 x i32> %19, <i32 1, i32 1, i32 1, i32 1>
  %23 = xor <4 x i32> %22, <i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912>
  %24 = select <4 x i1> %21, <4 x i32> %22, <4 x i32> %23
  %25 = and <4 x i32> %24, <i32 1, i32 1, i32 1, i32 1>
  %26 = icmp eq <4 x i32> %25, zeroinitializer
  %27 = lshr <4 x i32> %24, <i32 1, i32 1, i32 1, i32 1>
  %28 = xor <4 x i32> %27, <i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912>
  %29 = select <4 x i1> %26, <4 x i32> %27, <4 x i32> %28
  %30 = and <4 x i32> %29, <i32 1, i32 1, i32 1, i32 1>
  %31 = icmp eq <4 x i32> %30, zeroinitializer
  %32 = lshr <4 x i32> %29, <i32 1, i32 1, i32 1, i32 1>
  %33 = xor <4 x i32> %32, <i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912>
  %34 = select <4 x i1> %31, <4 x i32> %32, <4 x i32> %33
  %35 = and <4 x i32> %34, <i32 1, i32 1, i32 1, i32 1>
  %36 = icmp eq <4 x i32> %35, zeroinitializer
  %37 = lshr <4 x i32> %34, <i32 1, i32 1, i32 1, i32 1>
  %38 = xor <4 x i32> %37, <i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912>
  %39 = select <4 x i1> %36, <4 x i32> %37, <4 x i32> %38
  %40 = and <4 x i32> %39, <i32 1, i32 1, i32 1, i32 1>
  %41 = icmp eq <4 x i32> %40, zeroinitializer
  %42 = lshr <4 x i32> %39, <i32 1, i32 1, i32 1, i32 1>
  %43 = xor <4 x i32> %42, <i32 -306674912, i32 -306674912, i32 -306674912, i32 -306674912>
  %44 = select <4 x i1> %41, <4 x i32> %42, <4 x i32> %43
  %45 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %3
  store <4 x i32> %44, ptr %45, align 16, !tbaa !4
  %46 = add nuw i64 %3, 4
  %47 = add <4 x i32> %4, <i32 4, i32 4, i32 4, i32 4>
  %48 = icmp eq i64 %46, 256
  br i1 %48, label %49, label %2, !llvm.loop !8

49:                                               ; preds = %2
  %50 = load i32, ptr getelementptr inbounds ([256 x i32], ptr @crc_table, i64 0, i64 206), align 8, !tbaa !4
  %51 = and i32 %50, 255
  %52 = xor i32 %51, 205
  %53 = zext i32 %52 to i64
  %54 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %53
  %55 = load i32, ptr %54, align 4, !tbaa !4
  %56 = lshr i32 %50, 8
  %57 = xor i32 %56, %55
  %58 = and i32 %57, 255
  %59 = xor i32 %58, 204
  %60 = zext i32 %59 to i64
  %61 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %60
  %62 = load i32, ptr %61, align 4, !tbaa !4
  %63 = lshr i32 %57, 8
  %64 = xor i32 %63, %62
  %65 = and i32 %64, 255
  %66 = xor i32 %65, 203
  %67 = zext i32 %66 to i64
  %68 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %67
  %69 = load i32, ptr %68, align 4, !tbaa !4
  %70 = lshr i32 %64, 8
  %71 = xor i32 %69, %70
  %72 = and i32 %71, 255
  %73 = xor i32 %72, 53
  %74 = zext i32 %73 to i64
  %75 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %74
  %76 = load i32, ptr %75, align 4, !tbaa !4
  %77 = lshr i32 %71, 8
  %78 = xor i32 %76, %77
  %79 = and i32 %78, 255
  %80 = xor i32 %79, 54
  %81 = zext i32 %80 to i64
  %82 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %81
  %83 = load i32, ptr %82, align 4, !tbaa !4
  %84 = lshr i32 %78, 8
  %85 = xor i32 %83, %84
  %86 = and i32 %85, 255
  %87 = xor i32 %86, 55
  %88 = zext i32 %87 to i64
  %89 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %88
  %90 = load i32, ptr %89, align 4, !tbaa !4
  %91 = lshr i32 %85, 8
  %92 = xor i32 %90, %91
  %93 = and i32 %92, 255
  %94 = xor i32 %93, 56
  %95 = zext i32 %94 to i64
  %96 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %95
  %97 = load i32, ptr %96, align 4, !tbaa !4
  %98 = lshr i32 %92, 8
  %99 = xor i32 %97, %98
  %100 = and i32 %99, 255
  %101 = xor i32 %100, 57
  %102 = zext i32 %101 to i64
  %103 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %102
  %104 = load i32, ptr %103, align 4, !tbaa !4
  call void @llvm.lifetime.start.p0(i64 1000, ptr nonnull %1) #4
  br label %105

105:                                              ; preds = %105, %49
  %106 = phi i64 [ 0, %49 ], [ %115, %105 ]
  %107 = phi <16 x i8> [ <i8 0, i8 1, i8 2, i8 3, i8 4, i8 5, i8 6, i8 7, i8 8, i8 9, i8 10, i8 11, i8 12, i8 13, i8 14, i8 15>, %49 ], [ %116, %105 ]
  %108 = mul <16 x i8> %107, <i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7>
  %109 = add <16 x i8> %108, <i8 3, i8 3, i8 3, i8 3, i8 3, i8 3, i8 3, i8 3, i8 3, i8 3, i8 3, i8 3, i8 3, i8 3, i8 3, i8 3>
  %110 = getelementptr inbounds [1000 x i8], ptr %1, i64 0, i64 %106
  store <16 x i8> %109, ptr %110, align 16, !tbaa !12
  %111 = or i64 %106, 16
  %112 = mul <16 x i8> %107, <i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7, i8 7>
  %113 = add <16 x i8> %112, <i8 115, i8 115, i8 115, i8 115, i8 115, i8 115, i8 115, i8 115, i8 115, i8 115, i8 115, i8 115, i8 115, i8 115, i8 115, i8 115>
  %114 = getelementptr inbounds [1000 x i8], ptr %1, i64 0, i64 %111
  store <16 x i8> %113, ptr %114, align 16, !tbaa !12
  %115 = add nuw nsw i64 %106, 32
  %116 = add <16 x i8> %107, <i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32, i8 32>
  %117 = icmp eq i64 %115, 992
  br i1 %117, label %118, label %105, !llvm.loop !13

118:                                              ; preds = %105
  %119 = getelementptr inbounds [1000 x i8], ptr %1, i64 0, i64 992
  store <8 x i8> <i8 35, i8 42, i8 49, i8 56, i8 63, i8 70, i8 77, i8 84>, ptr %119, align 16, !tbaa !12
  br label %120

120:                                              ; preds = %120, %118
  %121 = phi i64 [ 0, %118 ], [ %142, %120 ]
  %122 = phi i32 [ -1, %118 ], [ %141, %120 ]
  %123 = getelementptr inbounds i8, ptr %1, i64 %121
  %124 = load i8, ptr %123, align 2, !tbaa !12
  %125 = trunc i32 %122 to i8
  %126 = xor i8 %124, %125
  %127 = zext i8 %126 to i64
  %128 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %127
  %129 = load i32, ptr %128, align 4, !tbaa !4
  %130 = lshr i32 %122, 8
  %131 = xor i32 %129, %130
  %132 = or i64 %121, 1
  %133 = getelementptr inbounds i8, ptr %1, i64 %132
  %134 = load i8, ptr %133, align 1, !tbaa !12
  %135 = trunc i32 %131 to i8
  %136 = xor i8 %134, %135
  %137 = zext i8 %136 to i64
  %138 = getelementptr inbounds [256 x i32], ptr @crc_table, i64 0, i64 %137
  %139 = load i32, ptr %138, align 4, !tbaa !4
  %140 = lshr i32 %131, 8
  %141 = xor i32 %139, %140
  %142 = add nuw nsw i64 %121, 2
  %143 = icmp eq i64 %142, 1000
  br i1 %143, label %144, label %120, !llvm.loop !14

144:                                              ; preds = %120, %144
  %145 = phi i64 [ %177, %144 ], [ 0, %120 ]
  %146 = phi i32 [ %176, %144 ], [ -1, %120 ]
  %147 = getelementptr inbounds i8, ptr %1, i64 %145
  %148 = load i8, ptr %147, align 1, !tbaa !12
  %149 = zext i8 %148 to i32
  %150 = xor i32 %146, %149
  %151 = lshr i32 %150, 1
  %152 = and i32 %150, 1
  %153 = icmp eq i32 %152, 0
  %154 = select i1 %153, i32 0, i32 -306674912
  %155 = xor i32 %154, %151
  %156 = lshr i32 %155, 1
  %157 = and i32 %150, 2
  %158 = icmp eq i32 %157, 0
  %159 = select i1 %158, i32 0, i32 -306674912
  %160 = xor i32 %156, %159
  %161 = lshr i32 %160, 6
  %162 = insertelement <4 x i32> poison, i32 %150, i64 0
  %163 = shufflevector <4 x i32> %162, <4 x i32> poison, <4 x i32> zeroinitializer
  %164 = and <4 x i32> %163, <i32 4, i32 8, i32 16, i32 32>
  %165 = icmp eq <4 x i32> %164, zeroinitializer
  %166 = select <4 x i1> %165, <4 x i32> zeroinitializer, <4 x i32> <i32 124634137, i32 249268274, i32 498536548, i32 997073096>
  %167 = and i32 %155, 32
  %168 = icmp eq i32 %167, 0
  %169 = select i1 %168, i32 0, i32 1994146192
  %170 = and i32 %160, 32
  %171 = icmp eq i32 %170, 0
  %172 = select i1 %171, i32 0, i32 -306674912
  %173 = tail call i32 @llvm.vector.reduce.xor.v4i32(<4 x i32> %166)
  %174 = xor i32 %173, %169
  %175 = xor i32 %172, %161
  %176 = xor i32 %174, %175
  %177 = add nuw nsw i64 %145, 1
  %178 = icmp eq i64 %177, 1000
  br i1 %178, label %179, label %144, !llvm.loop !15

179:                                              ; preds = %144
  %180 = lshr i32 %99, 8
  %181 = xor i32 %104, %180
  %182 = xor i32 %141, -1
  %183 = xor i32 %181, -1
  %184 = xor i32 %176, -1
  %185 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef %183, i32 noundef %182, i32 noundef %184)
  %186 = icmp ne i32 %181, 873187033
  %187 = icmp ne i32 %176, %141
  %188 = select i1 %186, i1 true, i1 %187
  %189 = zext i1 %188 to i32
  call void @llvm.lifetime.end.p0(i64 1000, ptr nonnull %1) #4
  ret i32 %189
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare i32 @llvm.vector.reduce.xor.v4i32(<4 x i32>) #3

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nosync nounwind willreturn memory(none) }
attributes #4 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!5, !5, i64 0}
!5 = !{!"int", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = distinct !{!8, !9, !10, !11}
!9 = !{!"llvm.loop.mustprogress"}
!10 = !{!"llvm.loop.isvectorized", i32 1}
!11 = !{!"llvm.loop.unroll.runtime.disable"}
!12 = !{!6, !6, i64 0}
!13 = distinct !{!13, !9, !10, !11}
!14 = distinct !{!14, !9}
!15 = distinct !{!15, !9}
