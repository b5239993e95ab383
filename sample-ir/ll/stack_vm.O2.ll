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

4:                                                ; preds = %71, %2
  %5 = phi i32 [ 0, %2 ], [ %74, %71 ]
  %6 = phi i32 [ 0, %2 ], [ %72, %71 ]
  %7 = phi i32 [ 0, %2 ], [ %73, %71 ]
  %8 = add nsw i32 %6, 1
  %9 = sext i32 %6 to i64
  %10 = getelementptr inbounds %struct.instr, ptr %0, i64 %9
  %11 = load i32, ptr %10, align 4, !tbaa.struct !8
  %12 = getelementptr inbounds i8, ptr %10, i64 4
  %13 = load i32, ptr %12, align 4, !tbaa.struct !10
  %14 = add nsw i32 %5, 1
  store i32 %14, ptr %1, align 4, !tbaa !4
  switch i32 %11, label %69 [
    i32 0, label %15
    i32 1, label %20
    i32 2, label %27
    i32 3, label %34
    i32 4, label %71
    i32 5, label %49
    i32 6, label %56
    i32 7, label %62
  ]

15:                                               ; preds = %4
  %16 = sext i32 %13 to i64
  %17 = add nsw i32 %7, 1
  %18 = sext i32 %7 to i64
  %19 = getelementptr inbounds [64 x i64], ptr %3, i64 0, i64 %18
  store i64 %16, ptr %19, align 8, !tbaa !11
  br label %71

20:                                               ; preds = %4
  %21 = sext i32 %13 to i64
  %22 = getelementptr inbounds [8 x i64], ptr @vars, i64 0, i64 %21
  %23 = load i64, ptr %22, align 8, !tbaa !11
  %24 = add nsw i32 %7, 1
  %25 = sext i32 %7 to i64
  %26 = getelementptr inbounds [64 x i64], ptr %3, i64 0, i64 %25
  store i64 %23, ptr %26, align 8, !tbaa !11
  br label %71

27:                                               ; preds = %4
  %28 = add nsw i32 %7, -1
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds [64 x i64], ptr %3, i64 0, i64 %29
  %31 = load i64, ptr %30, align 8, !tbaa !11
  %32 = sext i32 %13 to i64
  %33 = getelementptr inbounds [8 x i64], ptr @vars, i64 0, i64 %32
  store i64 %31, ptr %33, align 8, !tbaa !11
  br label %71

34:                                               ; preds = %4
  %35 = add nsw i32 %7, -1
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds [64 x i64], ptr %3, i64 0, i64 %36
  %38 = load i64, ptr %37, align 8, !tbaa !11
  %39 = add nsw i32 %7, -2
  %40 = sext i32 %39 to i64
  %41 = getelementptr inbounds [64 x i64], ptr %3, i64 0, i64 %40
  %42 = load i64, ptr %41, align 8, !tbaa !11
  %43 = sext i32 %13 to i64
  %44 = getelementptr inbounds [4 x ptr], ptr @builtins, i64 0, i64 %43
  %45 = load ptr, ptr %44, align 8, !tbaa !13
  %46 = tail call i64 %45(i64 noundef %42, i64 noundef %38) #7
  store i64 %46, ptr %41, align 8, !tbaa !11
  %47 = shl i64 %43, 2
  %48 = call ptr @llvm.load.relative.i64(ptr @reltable.run, i64 %47)
  tail call void (ptr, ...) @trace(ptr nonnull poison, ptr noundef %48, i64 noundef %42, i64 noundef %38, i64 noundef %46)
  br label %71

49:                                               ; preds = %4
  %50 = add nsw i32 %7, -1
  %51 = sext i32 %50 to i64
  %52 = getelementptr inbounds [64 x i64], ptr %3, i64 0, i64 %51
  %53 = load i64, ptr %52, align 8, !tbaa !11
  %54 = icmp eq i64 %53, 0
  %55 = select i1 %54, i32 %13, i32 %8
  br label %71

56:                                               ; preds = %4
  %57 = add nsw i32 %7, -1
  %58 = sext i32 %57 to i64
  %59 = getelementptr inbounds [64 x i64], ptr %3, i64 0, i64 %58
  %60 = load i64, ptr %59, align 8, !tbaa !11
  %61 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i64 noundef %60)
  br label %71

62:                                               ; preds = %4
  %63 = icmp sgt i32 %7, 0
  br i1 %63, label %64, label %75

64:                                               ; preds = %62
  %65 = add nsw i32 %7, -1
  %66 = zext i32 %65 to i64
  %67 = getelementptr inbounds [64 x i64], ptr %3, i64 0, i64 %66
  %68 = load i64, ptr %67, align 8, !tbaa !11
  br label %75

69:                                               ; preds = %4
  %70 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %11, i32 noundef %6)
  br label %75

71:                                               ; preds = %49, %15, %20, %27, %34, %56, %4
  %72 = phi i32 [ %8, %56 ], [ %8, %34 ], [ %8, %27 ], [ %8, %20 ], [ %8, %15 ], [ %13, %4 ], [ %55, %49 ]
  %73 = phi i32 [ %7, %56 ], [ %35, %34 ], [ %28, %27 ], [ %24, %20 ], [ %17, %15 ], [ %7, %4 ], [ %50, %49 ]
  %74 = load i32, ptr %1, align 4, !tbaa !4
  br label %4

75:                                               ; preds = %69, %62, %64
  %76 = phi i64 [ 0, %62 ], [ %68, %64 ], [ -1, %69 ]
  call void @llvm.lifetime.end.p0(i64 512, ptr nonnull %3) #7
  ret i64 %76
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
  %5 = load ptr, ptr @stdout, align 8, !tbaa !13, !noalias !15
  %6 = call i32 @vfprintf(ptr noundef %5, ptr noundef nonnull @.str.1, ptr noundef nonnull %2)
  call void @llvm.va_end(ptr nonnull %2)
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
!15 = !{!16}
!16 = distinct !{!16, !17, !"vprintf: argument 0"}
!17 = distinct !{!17, !"vprintf"}
