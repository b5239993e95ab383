; ModuleID = 'c/stack_vm.c'
source_filename = "c/stack_vm.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.instr = type { i32, i32 }
%struct.__va_list_tag = type { i32, i32, ptr, ptr }

@main.factorial = internal constant [21 x %struct.instr] [%struct.instr { i32 0, i32 10 }, %struct.instr { i32 2, i32 0 }, %struct.instr { i32 0, i32 1 }, %struct.instr { i32 2, i32 1 }, %struct.instr zeroinitializer, %struct.instr { i32 1, i32 0 }, %struct.instr { i32 3, i32 3 }, %struct.instr { i32 5, i32 18 }, %struct.instr { i32 1, i32 1 }, %struct.instr { i32 1, i32 0 }, %struct.instr { i32 3, i32 2 }, %struct.instr { i32 2, i32 1 }, %struct.instr { i32 1, i32 0 }, %struct.instr { i32 0, i32 1 }, %struct.instr { i32 3, i32 1 }, %struct.instr { i32 2, i32 0 }, %struct.instr { i32 4, i32 4 }, %struct.instr { i32 7, i32 0 }, %struct.instr { i32 1, i32 1 }, %struct.instr { i32 6, i32 0 }, %struct.instr { i32 7, i32 0 }], align 16
@main.sum = internal constant [19 x %struct.instr] [%struct.instr zeroinitializer, %struct.instr { i32 2, i32 3 }, %struct.instr { i32 0, i32 100 }, %struct.instr { i32 2, i32 2 }, %struct.instr zeroinitializer, %struct.instr { i32 1, i32 2 }, %struct.instr { i32 3, i32 3 }, %struct.instr { i32 5, i32 17 }, %struct.instr { i32 1, i32 3 }, %struct.instr { i32 1, i32 2 }, %struct.instr { i32 3, i32 0 }, %struct.instr { i32 2, i32 3 }, %struct.instr { i32 1, i32 2 }, %struct.instr { i32 0, i32 1 }, %struct.instr { i32 3, i32 1 }, %struct.instr { i32 2, i32 2 }, %struct.instr { i32 4, i32 4 }, %struct.instr { i32 1, i32 3 }, %struct.instr { i32 7, i32 0 }], align 16
@trace_enabled = internal unnamed_addr global i1 false, align 4
@.str = private unnamed_addr constant [48 x i8] c"stack_vm 10!=%ld (%d steps) sum=%ld (%d steps)\0A\00", align 1
@vars = internal unnamed_addr global [8 x i64] zeroinitializer, align 16
@builtins = internal unnamed_addr constant [4 x ptr] [ptr @add, ptr @sub, ptr @mul, ptr @less], align 16
@.str.1 = private unnamed_addr constant [22 x i8] c"  %s(%ld, %ld) = %ld\0A\00", align 1
@reltable.run = internal unnamed_addr constant [4 x i32] [i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.4 to i64), i64 ptrtoint (ptr @reltable.run to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.5 to i64), i64 ptrtoint (ptr @reltable.run to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.6 to i64), i64 ptrtoint (ptr @reltable.run to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.7 to i64), i64 ptrtoint (ptr @reltable.run to i64)) to i32)], align 4
@.str.2 = private unnamed_addr constant [20 x i8] c"stack_vm print %ld\0A\00", align 1
@.str.3 = private unnamed_addr constant [30 x i8] c"stack_vm bad opcode %d at %d\0A\00", align 1
@stdout = external local_unnamed_addr global ptr, align 8
@.str.4 = private unnamed_addr constant [4 x i8] c"add\00", align 1
@.str.5 = private unnamed_addr constant [4 x i8] c"sub\00", align 1
@.str.6 = private unnamed_addr constant [4 x i8] c"mul\00", align 1
@.str.7 = private unnamed_addr constant [5 x i8] c"less\00", align 1

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %1) #7
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %2) #7
  store i1 true, ptr @trace_enabled, align 4
  %3 = call fastcc i64 @run(ptr noundef nonnull @main.factorial, ptr noundef nonnull %1)
  store i1 false, ptr @trace_enabled, align 4
  %4 = call fastcc i64 @run(ptr noundef nonnull @main.sum, ptr noundef nonnull %2)
  %5 = load i32, ptr %1, align 4, !tbaa !4
  %6 = load i32, ptr %2, align 4, !tbaa !4
  %7 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i64 noundef %3, i32 noundef %5, i64 noundef %4, i32 noundef %6)
  %8 = icmp ne i64 %3, 3628800
  %9 = icmp ne i64 %4, 5050
  %10 = or i1 %8, %9
  %11 = zext i1 %10 to i32
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %2) #7
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %1) #7
  ret i32 %11
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nounwind uwtable
define internal fastcc i64 @run(ptr nocapture noundef readonly %0, ptr nocapture noundef %1) unnamed_addr #0 {
  %3 = alloca [64 x i64], align 16
  call void @llvm.lifetime.start.p0(i64 512, ptr nonnull %3) #7
  store i32 0, ptr %1, align 4, !tbaa !4
  br label %4

4:                                                ; preds = %72, %2
  %5 = phi i32 [ 0, %2 ], [ %73, %72 ]
  %6 = phi i32 [ 0, %2 ], [ %74, %72 ]
  %7 = phi i64 [ undef, %2 ], [ %75, %72 ]
  %8 = add nsw i32 %5, 1
  %9 = sext i32 %5 to i64
  %10 = getelementptr inbounds %struct.instr, ptr %0, i64 %9
  %11 = load i32, ptr %10, align 4, !tbaa.struct !8
  %12 = getelementptr inbounds i8, ptr %10, i64 4
  %13 = load i32, ptr %12, align 4, !tbaa.struct !10
  %14 = load i32, ptr %1, align 4, !tbaa !4
  %15 = add nsw i32 %14, 1
  store i32 %15, ptr %1, align 4, !tbaa !4
  switch i32 %11, label %70 [
    i32 0, label %16
    i32 1, label %21
    i32 2, label %28
    i32 3, label %35
    i32 4, label %72
    i32 5, label %50
    i32 6, label %57
    i32 7, label %63
  ]

16:                                               ; preds = %4
  %17 = sext i32 %13 to i64
  %18 = add nsw i32 %6, 1
  %19 = sext i32 %6 to i64
  %20 = getelementptr inbounds [64 x i64], ptr %3, i64 0, i64 %19
  store i64 %17, ptr %20, align 8, !tbaa !11
  br label %72

21:                                               ; preds = %4
  %22 = sext i32 %13 to i64
  %23 = getelementptr inbounds [8 x i64], ptr @vars, i64 0, i64 %22
  %24 = load i64, ptr %23, align 8, !tbaa !11
  %25 = add nsw i32 %6, 1
  %26 = sext i32 %6 to i64
  %27 = getelementptr inbounds [64 x i64], ptr %3, i64 0, i64 %26
  store i64 %24, ptr %27, align 8, !tbaa !11
  br label %72

28:                                               ; preds = %4
  %29 = add nsw i32 %6, -1
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds [64 x i64], ptr %3, i64 0, i64 %30
  %32 = load i64, ptr %31, align 8, !tbaa !11
  %33 = sext i32 %13 to i64
  %34 = getelementptr inbounds [8 x i64], ptr @vars, i64 0, i64 %33
  store i64 %32, ptr %34, align 8, !tbaa !11
  br label %72

35:                                               ; preds = %4
  %36 = add nsw i32 %6, -1
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds [64 x i64], ptr %3, i64 0, i64 %37
  %39 = load i64, ptr %38, align 8, !tbaa !11
  %40 = add nsw i32 %6, -2
  %41 = sext i32 %40 to i64
  %42 = getelementptr inbounds [64 x i64], ptr %3, i64 0, i64 %41
  %43 = load i64, ptr %42, align 8, !tbaa !11
  %44 = sext i32 %13 to i64
  %45 = getelementptr inbounds [4 x ptr], ptr @builtins, i64 0, i64 %44
  %46 = load ptr, ptr %45, align 8, !tbaa !13
  %47 = tail call i64 %46(i64 noundef %43, i64 noundef %39) #7
  store i64 %47, ptr %42, align 8, !tbaa !11
  %48 = shl i64 %44, 2
  %49 = call ptr @llvm.load.relative.i64(ptr @reltable.run, i64 %48)
  tail call void (ptr, ...) @trace(ptr nonnull poison, ptr noundef %49, i64 noundef %43, i64 noundef %39, i64 noundef %47)
  br label %72

50:                                               ; preds = %4
  %51 = add nsw i32 %6, -1
  %52 = sext i32 %51 to i64
  %53 = getelementptr inbounds [64 x i64], ptr %3, i64 0, i64 %52
  %54 = load i64, ptr %53, align 8, !tbaa !11
  %55 = icmp eq i64 %54, 0
  %56 = select i1 %55, i32 %13, i32 %8
  br label %72

57:                                               ; preds = %4
  %58 = add nsw i32 %6, -1
  %59 = sext i32 %58 to i64
  %60 = getelementptr inbounds [64 x i64], ptr %3, i64 0, i64 %59
  %61 = load i64, ptr %60, align 8, !tbaa !11
  %62 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i64 noundef %61)
  br label %72

63:                                               ; preds = %4
  %64 = icmp sgt i32 %6, 0
  br i1 %64, label %65, label %72

65:                                               ; preds = %63
  %66 = add nsw i32 %6, -1
  %67 = zext i32 %66 to i64
  %68 = getelementptr inbounds [64 x i64], ptr %3, i64 0, i64 %67
  %69 = load i64, ptr %68, align 8, !tbaa !11
  br label %72

70:                                               ; preds = %4
  %71 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %11, i32 noundef %5)
  br label %72

72:                                               ; preds = %50, %16, %21, %28, %35, %57, %4, %65, %63, %70
  %73 = phi i32 [ %8, %70 ], [ %8, %63 ], [ %8, %65 ], [ %8, %57 ], [ %8, %35 ], [ %8, %28 ], [ %8, %21 ], [ %8, %16 ], [ %13, %4 ], [ %56, %50 ]
  %74 = phi i32 [ %6, %70 ], [ %6, %63 ], [ %6, %65 ], [ %6, %57 ], [ %36, %35 ], [ %29, %28 ], [ %25, %21 ], [ %18, %16 ], [ %6, %4 ], [ %51, %50 ]
  %75 = phi i64 [ -1, %70 ], [ 0, %63 ], [ %69, %65 ], [ %7, %57 ], [ %7, %35 ], [ %7, %28 ], [ %7, %21 ], [ %7, %16 ], [ %7, %4 ], [ %7, %50 ]
  %76 = phi i1 [ false, %70 ], [ false, %63 ], [ false, %65 ], [ true, %57 ], [ true, %35 ], [ true, %28 ], [ true, %21 ], [ true, %16 ], [ true, %4 ], [ true, %50 ]
  br i1 %76, label %4, label %77, !llvm.loop !15

77:                                               ; preds = %72
  call void @llvm.lifetime.end.p0(i64 512, ptr nonnull %3) #7
  ret i64 %75
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind uwtable
define internal void @trace(ptr nocapture readnone %0, ...) unnamed_addr #3 {
  %2 = alloca [1 x %struct.__va_list_tag], align 16
  %3 = load i1, ptr @trace_enabled, align 4
  br i1 %3, label %4, label %7

4:                                                ; preds = %1
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %2) #7
  call void @llvm.va_start(ptr nonnull %2)
  %5 = load ptr, ptr @stdout, align 8, !tbaa !13, !noalias !17
  %6 = call i32 @vfprintf(ptr noundef %5, ptr noundef nonnull @.str.1, ptr noundef nonnull %2)
  call void @llvm.va_end(ptr %2)
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %2) #7
  br label %7

7:                                                ; preds = %1, %4
  ret void
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define internal i64 @add(i64 noundef %0, i64 noundef %1) #4 {
  %3 = add nsw i64 %1, %0
  ret i64 %3
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define internal i64 @sub(i64 noundef %0, i64 noundef %1) #4 {
  %3 = sub nsw i64 %0, %1
  ret i64 %3
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define internal i64 @mul(i64 noundef %0, i64 noundef %1) #4 {
  %3 = mul nsw i64 %1, %0
  ret i64 %3
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define internal i64 @less(i64 noundef %0, i64 noundef %1) #4 {
  %3 = icmp slt i64 %0, %1
  %4 = zext i1 %3 to i64
  ret i64 %4
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare void @llvm.va_start(ptr) #5

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare void @llvm.va_end(ptr) #5

; Function Attrs: nofree nounwind
declare noundef i32 @vfprintf(ptr nocapture noundef, ptr nocapture noundef readonly, ptr noundef) local_unnamed_addr #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: read)
declare ptr @llvm.load.relative.i64(ptr, i64) #6

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nofree nosync nounwind willreturn }
attributes #6 = { nocallback nofree nosync nounwind willreturn memory(argmem: read) }
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
!8 = !{i64 0, i64 4, !9, i64 4, i64 4, !4}
!9 = !{!6, !6, i64 0}
!10 = !{i64 0, i64 4, !4}
!11 = !{!12, !12, i64 0}
!12 = !{!"long", !6, i64 0}
!13 = !{!14, !14, i64 0}
!14 = !{!"any pointer", !6, i64 0}
!15 = distinct !{!15, !16}
!16 = !{!"llvm.loop.unroll.disable"}
!17 = !{!18}
!18 = distinct !{!18, !19, !"vprintf: argument 0"}
!19 = distinct !{!19, !"vprintf"}
