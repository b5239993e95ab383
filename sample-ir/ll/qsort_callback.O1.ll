; ModuleID = 'c/qsort_callback.c'
source_filename = "c/qsort_callback.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.city = type { ptr, i32, double }

@.str = private unnamed_addr constant [5 x i8] c"Lyon\00", align 1
@.str.1 = private unnamed_addr constant [7 x i8] c"Berlin\00", align 1
@.str.2 = private unnamed_addr constant [5 x i8] c"Oslo\00", align 1
@.str.3 = private unnamed_addr constant [6 x i8] c"Porto\00", align 1
@.str.4 = private unnamed_addr constant [7 x i8] c"Vienna\00", align 1
@.str.5 = private unnamed_addr constant [7 x i8] c"Madrid\00", align 1
@.str.6 = private unnamed_addr constant [5 x i8] c"Bern\00", align 1
@.str.7 = private unnamed_addr constant [5 x i8] c"Riga\00", align 1
@__const.main.cities = private unnamed_addr constant [8 x %struct.city] [%struct.city { ptr @.str, i32 522, double 4.790000e+01 }, %struct.city { ptr @.str.1, i32 3645, double 8.917000e+02 }, %struct.city { ptr @.str.2, i32 709, double 4.540000e+02 }, %struct.city { ptr @.str.3, i32 232, double 4.140000e+01 }, %struct.city { ptr @.str.4, i32 1931, double 4.146000e+02 }, %struct.city { ptr @.str.5, i32 3305, double 6.043000e+02 }, %struct.city { ptr @.str.6, i32 134, double 5.160000e+01 }, %struct.city { ptr @.str.7, i32 605, double 3.040000e+02 }], align 16
@main.orders = internal unnamed_addr constant [3 x ptr] [ptr @by_population_desc, ptr @by_density, ptr @by_name], align 16
@reltable.main = internal unnamed_addr constant [3 x i32] [i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.8 to i64), i64 ptrtoint (ptr @reltable.main to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.9 to i64), i64 ptrtoint (ptr @reltable.main to i64)) to i32), i32 trunc (i64 sub (i64 ptrtoint (ptr @.str.10 to i64), i64 ptrtoint (ptr @reltable.main to i64)) to i32)], align 4
@.str.8 = private unnamed_addr constant [11 x i8] c"population\00", align 1
@.str.9 = private unnamed_addr constant [8 x i8] c"density\00", align 1
@.str.10 = private unnamed_addr constant [5 x i8] c"name\00", align 1
@.str.11 = private unnamed_addr constant [42 x i8] c"qsort_callback by %-10s first=%s last=%s\0A\00", align 1
@.str.12 = private unnamed_addr constant [44 x i8] c"qsort_callback bsearch Oslo -> %d thousand\0A\00", align 1

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  %1 = alloca [8 x %struct.city], align 16
  call void @llvm.lifetime.start.p0(i64 192, ptr nonnull %1) #9
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(192) %1, ptr noundef nonnull align 16 dereferenceable(192) @__const.main.cities, i64 192, i1 false)
  %2 = getelementptr inbounds %struct.city, ptr %1, i64 1
  %3 = getelementptr inbounds [8 x %struct.city], ptr %1, i64 0, i64 7
  br label %27

4:                                                ; preds = %45, %18
  %5 = phi i64 [ %20, %18 ], [ 0, %45 ]
  %6 = phi i64 [ %19, %18 ], [ 8, %45 ]
  %7 = add i64 %6, %5
  %8 = lshr i64 %7, 1
  %9 = mul i64 %8, 24
  %10 = getelementptr inbounds i8, ptr %1, i64 %9
  %11 = load ptr, ptr %10, align 8, !tbaa !4
  %12 = call i32 @strcmp(ptr noundef nonnull dereferenceable(5) @.str.2, ptr noundef nonnull dereferenceable(1) %11) #10
  %13 = icmp slt i32 %12, 0
  br i1 %13, label %18, label %14

14:                                               ; preds = %4
  %15 = icmp eq i32 %12, 0
  br i1 %15, label %22, label %16

16:                                               ; preds = %14
  %17 = add nuw i64 %8, 1
  br label %18

18:                                               ; preds = %16, %4
  %19 = phi i64 [ %6, %16 ], [ %8, %4 ]
  %20 = phi i64 [ %17, %16 ], [ %5, %4 ]
  %21 = icmp ult i64 %20, %19
  br i1 %21, label %4, label %24, !llvm.loop !11

22:                                               ; preds = %14
  %23 = getelementptr inbounds i8, ptr %1, i64 %9
  br label %24

24:                                               ; preds = %18, %22
  %25 = phi ptr [ %23, %22 ], [ null, %18 ]
  %26 = icmp ne ptr %25, null
  br i1 %26, label %56, label %59

27:                                               ; preds = %0, %45
  %28 = phi i64 [ 0, %0 ], [ %54, %45 ]
  %29 = phi i32 [ 1, %0 ], [ %48, %45 ]
  %30 = getelementptr inbounds [3 x ptr], ptr @main.orders, i64 0, i64 %28
  %31 = load ptr, ptr %30, align 8, !tbaa !14
  call void @qsort(ptr noundef nonnull %1, i64 noundef 8, i64 noundef 24, ptr noundef %31) #9
  %32 = call i32 %31(ptr noundef nonnull %1, ptr noundef nonnull %2) #9
  %33 = icmp sgt i32 %32, 0
  br i1 %33, label %45, label %34

34:                                               ; preds = %27, %38
  %35 = phi i64 [ %36, %38 ], [ 1, %27 ]
  %36 = add nuw nsw i64 %35, 1
  %37 = icmp eq i64 %36, 8
  br i1 %37, label %43, label %38, !llvm.loop !15

38:                                               ; preds = %34
  %39 = getelementptr inbounds %struct.city, ptr %1, i64 %35
  %40 = getelementptr inbounds %struct.city, ptr %1, i64 %36
  %41 = call i32 %31(ptr noundef nonnull %39, ptr noundef nonnull %40) #9
  %42 = icmp sgt i32 %41, 0
  br i1 %42, label %43, label %34, !llvm.loop !15

43:                                               ; preds = %34, %38
  %44 = icmp ugt i64 %35, 6
  br label %45

45:                                               ; preds = %43, %27
  %46 = phi i1 [ false, %27 ], [ %44, %43 ]
  %47 = zext i1 %46 to i32
  %48 = and i32 %29, %47
  %49 = shl i64 %28, 2
  %50 = call ptr @llvm.load.relative.i64(ptr @reltable.main, i64 %49)
  %51 = load ptr, ptr %1, align 16, !tbaa !4
  %52 = load ptr, ptr %3, align 8, !tbaa !4
  %53 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, ptr noundef %50, ptr noundef %51, ptr noundef %52)
  %54 = add nuw nsw i64 %28, 1
  %55 = icmp eq i64 %54, 3
  br i1 %55, label %4, label %27, !llvm.loop !16

56:                                               ; preds = %24
  %57 = getelementptr inbounds %struct.city, ptr %25, i64 0, i32 1
  %58 = load i32, ptr %57, align 8, !tbaa !17
  br label %59

59:                                               ; preds = %24, %56
  %60 = phi i32 [ %58, %56 ], [ -1, %24 ]
  %61 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i32 noundef %60)
  %62 = icmp ne i32 %48, 0
  %63 = and i1 %62, %26
  br i1 %63, label %64, label %69

64:                                               ; preds = %59
  %65 = getelementptr inbounds %struct.city, ptr %25, i64 0, i32 1
  %66 = load i32, ptr %65, align 8, !tbaa !17
  %67 = icmp ne i32 %66, 709
  %68 = zext i1 %67 to i32
  br label %69

69:                                               ; preds = %64, %59
  %70 = phi i32 [ 1, %59 ], [ %68, %64 ]
  call void @llvm.lifetime.end.p0(i64 192, ptr nonnull %1) #9
  ret i32 %70
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #2

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define internal i32 @by_population_desc(ptr nocapture noundef readonly %0, ptr nocapture noundef readonly %1) #3 {
  %3 = getelementptr inbounds %struct.city, ptr %0, i64 0, i32 1
  %4 = load i32, ptr %3, align 8, !tbaa !17
  %5 = getelementptr inbounds %struct.city, ptr %1, i64 0, i32 1
  %6 = load i32, ptr %5, align 8, !tbaa !17
  %7 = icmp sgt i32 %6, %4
  %8 = zext i1 %7 to i32
  %9 = icmp slt i32 %6, %4
  %10 = sext i1 %9 to i32
  %11 = add nsw i32 %10, %8
  ret i32 %11
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define internal i32 @by_density(ptr nocapture noundef readonly %0, ptr nocapture noundef readonly %1) #3 {
  %3 = getelementptr inbounds %struct.city, ptr %0, i64 0, i32 1
  %4 = load i32, ptr %3, align 8, !tbaa !17
  %5 = sitofp i32 %4 to double
  %6 = fmul double %5, 1.000000e+03
  %7 = getelementptr inbounds %struct.city, ptr %0, i64 0, i32 2
  %8 = load double, ptr %7, align 8, !tbaa !18
  %9 = fdiv double %6, %8
  %10 = getelementptr inbounds %struct.city, ptr %1, i64 0, i32 1
  %11 = load i32, ptr %10, align 8, !tbaa !17
  %12 = sitofp i32 %11 to double
  %13 = fmul double %12, 1.000000e+03
  %14 = getelementptr inbounds %struct.city, ptr %1, i64 0, i32 2
  %15 = load double, ptr %14, align 8, !tbaa !18
  %16 = fdiv double %13, %15
  %17 = fcmp ogt double %9, %16
  %18 = zext i1 %17 to i32
  %19 = fcmp olt double %9, %16
  %20 = sext i1 %19 to i32
  %21 = add nsw i32 %20, %18
  ret i32 %21
}

; Function Attrs: mustprogress nofree nounwind willreturn memory(read, inaccessiblemem: none) uwtable
define internal i32 @by_name(ptr nocapture noundef readonly %0, ptr nocapture noundef readonly %1) #4 {
  %3 = load ptr, ptr %0, align 8, !tbaa !4
  %4 = load ptr, ptr %1, align 8, !tbaa !4
  %5 = tail call i32 @strcmp(ptr noundef nonnull dereferenceable(1) %3, ptr noundef nonnull dereferenceable(1) %4) #10
  ret i32 %5
}

; Function Attrs: nofree
declare void @qsort(ptr noundef, i64 noundef, i64 noundef, ptr nocapture noundef) local_unnamed_addr #5

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #6

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i32 @strcmp(ptr nocapture noundef, ptr nocapture noundef) local_unnamed_addr #7

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: read)
declare ptr @llvm.load.relative.i64(ptr, i64) #8

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nofree nounwind willreturn memory(read, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nofree "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { mustprogress nofree nounwind willreturn memory(argmem: read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { nocallback nofree nosync nounwind willreturn memory(argmem: read) }
attributes #9 = { nounwind }
attributes #10 = { nounwind willreturn memory(read) }

!llvm.module.flags = !{!0, !1, !2, !3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!5, !6, i64 0}
!5 = !{!"city", !6, i64 0, !9, i64 8, !10, i64 16}
!6 = !{!"any pointer", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!"int", !7, i64 0}
!10 = !{!"double", !7, i64 0}
!11 = distinct !{!11, !12, !13}
!12 = !{!"llvm.loop.mustprogress"}
!13 = !{!"llvm.loop.unroll.disable"}
!14 = !{!6, !6, i64 0}
!15 = distinct !{!15, !12, !13}
!16 = distinct !{!16, !12, !13}
!17 = !{!5, !9, i64 8}
!18 = !{!5, !10, i64 16}
