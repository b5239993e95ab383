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
  %3 = getelementptr inbounds %struct.city, ptr %1, i64 2
  %4 = getelementptr inbounds %struct.city, ptr %1, i64 3
  %5 = getelementptr inbounds %struct.city, ptr %1, i64 4
  %6 = getelementptr inbounds %struct.city, ptr %1, i64 5
  %7 = getelementptr inbounds %struct.city, ptr %1, i64 6
  %8 = getelementptr inbounds %struct.city, ptr %1, i64 7
  br label %29

9:                                                ; preds = %55, %23
  %10 = phi i64 [ %25, %23 ], [ 0, %55 ]
  %11 = phi i64 [ %24, %23 ], [ 8, %55 ]
  %12 = add i64 %11, %10
  %13 = lshr i64 %12, 1
  %14 = mul i64 %13, 24
  %15 = getelementptr inbounds i8, ptr %1, i64 %14
  %16 = load ptr, ptr %15, align 8, !tbaa !4
  %17 = call i32 @strcmp(ptr noundef nonnull dereferenceable(5) @.str.2, ptr noundef nonnull dereferenceable(1) %16) #10
  %18 = icmp slt i32 %17, 0
  br i1 %18, label %23, label %19

19:                                               ; preds = %9
  %20 = icmp eq i32 %17, 0
  br i1 %20, label %65, label %21

21:                                               ; preds = %19
  %22 = add nuw i64 %13, 1
  br label %23

23:                                               ; preds = %21, %9
  %24 = phi i64 [ %11, %21 ], [ %13, %9 ]
  %25 = phi i64 [ %22, %21 ], [ %10, %9 ]
  %26 = icmp ult i64 %25, %24
  br i1 %26, label %9, label %27, !llvm.loop !11

27:                                               ; preds = %23
  %28 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i32 noundef -1)
  br label %75

29:                                               ; preds = %0, %55
  %30 = phi i64 [ 0, %0 ], [ %63, %55 ]
  %31 = phi i32 [ 1, %0 ], [ %57, %55 ]
  %32 = getelementptr inbounds [3 x ptr], ptr @main.orders, i64 0, i64 %30
  %33 = load ptr, ptr %32, align 8, !tbaa !13
  call void @qsort(ptr noundef nonnull %1, i64 noundef 8, i64 noundef 24, ptr noundef %33) #9
  %34 = call i32 %33(ptr noundef nonnull %1, ptr noundef nonnull %2) #9
  %35 = icmp sgt i32 %34, 0
  br i1 %35, label %55, label %36

36:                                               ; preds = %29
  %37 = call i32 %33(ptr noundef nonnull %2, ptr noundef nonnull %3) #9
  %38 = icmp sgt i32 %37, 0
  br i1 %38, label %55, label %39

39:                                               ; preds = %36
  %40 = call i32 %33(ptr noundef nonnull %3, ptr noundef nonnull %4) #9
  %41 = icmp sgt i32 %40, 0
  br i1 %41, label %55, label %42

42:                                               ; preds = %39
  %43 = call i32 %33(ptr noundef nonnull %4, ptr noundef nonnull %5) #9
  %44 = icmp sgt i32 %43, 0
  br i1 %44, label %55, label %45

45:                                               ; preds = %42
  %46 = call i32 %33(ptr noundef nonnull %5, ptr noundef nonnull %6) #9
  %47 = icmp sgt i32 %46, 0
  br i1 %47, label %55, label %48

48:                                               ; preds = %45
  %49 = call i32 %33(ptr noundef nonnull %6, ptr noundef nonnull %7) #9
  %50 = icmp sgt i32 %49, 0
  br i1 %50, label %55, label %51

51:                                               ; preds = %48
  %52 = call i32 %33(ptr noundef nonnull %7, ptr noundef nonnull %8) #9
  %53 = icmp slt i32 %52, 1
  %54 = zext i1 %53 to i32
  br label %55

55:                                               ; preds = %29, %36, %39, %42, %45, %48, %51
  %56 = phi i32 [ 0, %29 ], [ 0, %36 ], [ 0, %39 ], [ 0, %42 ], [ 0, %45 ], [ 0, %48 ], [ %54, %51 ]
  %57 = and i32 %56, %31
  %58 = shl i64 %30, 2
  %59 = call ptr @llvm.load.relative.i64(ptr @reltable.main, i64 %58)
  %60 = load ptr, ptr %1, align 16, !tbaa !4
  %61 = load ptr, ptr %8, align 8, !tbaa !4
  %62 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, ptr noundef %59, ptr noundef %60, ptr noundef %61)
  %63 = add nuw nsw i64 %30, 1
  %64 = icmp eq i64 %63, 3
  br i1 %64, label %9, label %29, !llvm.loop !14

65:                                               ; preds = %19
  %66 = getelementptr inbounds i8, ptr %1, i64 %14
  %67 = getelementptr inbounds %struct.city, ptr %66, i64 0, i32 1
  %68 = load i32, ptr %67, align 8, !tbaa !15
  %69 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.12, i32 noundef %68)
  %70 = icmp eq i32 %57, 0
  br i1 %70, label %75, label %71

71:                                               ; preds = %65
  %72 = load i32, ptr %67, align 8, !tbaa !15
  %73 = icmp ne i32 %72, 709
  %74 = zext i1 %73 to i32
  br label %75

75:                                               ; preds = %27, %71, %65
  %76 = phi i32 [ 1, %65 ], [ %74, %71 ], [ 1, %27 ]
  call void @llvm.lifetime.end.p0(i64 192, ptr nonnull %1) #9
  ret i32 %76
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #2

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define internal i32 @by_population_desc(ptr nocapture noundef readonly %0, ptr nocapture noundef readonly %1) #3 {
  %3 = getelementptr inbounds %struct.city, ptr %0, i64 0, i32 1
  %4 = load i32, ptr %3, align 8, !tbaa !15
  %5 = getelementptr inbounds %struct.city, ptr %1, i64 0, i32 1
  %6 = load i32, ptr %5, align 8, !tbaa !15
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
  %4 = getelementptr inbounds %struct.city, ptr %0, i64 0, i32 2
  %5 = getelementptr inbounds %struct.city, ptr %1, i64 0, i32 1
  %6 = getelementptr inbounds %struct.city, ptr %1, i64 0, i32 2
  %7 = load i32, ptr %3, align 8, !tbaa !15
  %8 = load double, ptr %4, align 8, !tbaa !16
  %9 = load i32, ptr %5, align 8, !tbaa !15
  %10 = insertelement <2 x i32> poison, i32 %7, i64 0
  %11 = insertelement <2 x i32> %10, i32 %9, i64 1
  %12 = sitofp <2 x i32> %11 to <2 x double>
  %13 = fmul <2 x double> %12, <double 1.000000e+03, double 1.000000e+03>
  %14 = load double, ptr %6, align 8, !tbaa !16
  %15 = insertelement <2 x double> poison, double %8, i64 0
  %16 = insertelement <2 x double> %15, double %14, i64 1
  %17 = fdiv <2 x double> %13, %16
  %18 = extractelement <2 x double> %17, i64 0
  %19 = extractelement <2 x double> %17, i64 1
  %20 = fcmp ogt double %18, %19
  %21 = zext i1 %20 to i32
  %22 = fcmp olt double %18, %19
  %23 = sext i1 %22 to i32
  %24 = add nsw i32 %23, %21
  ret i32 %24
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
!11 = distinct !{!11, !12}
!12 = !{!"llvm.loop.mustprogress"}
!13 = !{!6, !6, i64 0}
!14 = distinct !{!14, !12}
!15 = !{!5, !9, i64 8}
!16 = !{!5, !10, i64 16}
