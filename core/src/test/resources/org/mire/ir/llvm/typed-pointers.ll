; Hand-written typed-pointer IR in the style of LLVM 5-14 (clang -O1, NCC/DevMap era).
; Checked with: llvm-as-16 typed-pointers.ll -o /dev/null (LLVM 16 still reads typed pointers)
; ModuleID = 'typed.cl'
source_filename = "typed.cl"
target datalayout = "e-m:o-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-apple-macosx10.13.0"

%struct.Point = type { float, float, %struct.Inner }
%struct.Inner = type { [4 x i32], i8* }

@.str = private unnamed_addr constant [4 x i8] c"%d\0A\00", align 1
@table = global [2 x %struct.Point*] zeroinitializer, align 16
@fp = global i32 (i8*, ...)* @printf, align 8
@lds = addrspace(3) global [64 x float] undef, align 4

; Function Attrs: nounwind ssp uwtable
define spir_kernel void @kernel(float addrspace(1)* nocapture, %struct.Point* nocapture readonly, i32) local_unnamed_addr #0 {
  %4 = tail call i64 @_Z13get_global_idj(i32 0) #2
  %5 = getelementptr inbounds %struct.Point, %struct.Point* %1, i64 %4, i32 2, i32 0, i64 3
  %6 = load i32, i32* %5, align 4, !tbaa !3
  %7 = getelementptr inbounds %struct.Point, %struct.Point* %1, i64 0, i32 2
  %8 = getelementptr %struct.Inner, %struct.Inner* %7, i64 0, i32 1
  %9 = load i8*, i8** %8, align 8
  %10 = icmp sgt i32 %6, 0
  br i1 %10, label %11, label %20

; <label>:11:                                     ; preds = %3
  %12 = sitofp i32 %6 to float
  %13 = getelementptr inbounds float, float addrspace(1)* %0, i64 %4
  store float %12, float addrspace(1)* %13, align 4, !tbaa !7
  %14 = getelementptr inbounds [64 x float], [64 x float] addrspace(3)* @lds, i64 0, i64 %4
  %15 = load float, float addrspace(3)* %14, align 4
  %16 = bitcast float addrspace(1)* %0 to <4 x float> addrspace(1)*
  %17 = load <4 x float>, <4 x float> addrspace(1)* %16, align 16
  %18 = extractelement <4 x float> %17, i32 0
  %19 = fadd float %15, %18
  store float %19, float addrspace(1)* %13, align 4
  br label %20

; <label>:20:                                     ; preds = %11, %3
  %21 = phi i32 [ %6, %11 ], [ 0, %3 ]
  %22 = call i32 (i8*, ...) @printf(i8* getelementptr inbounds ([4 x i8], [4 x i8]* @.str, i64 0, i64 0), i32 %21)
  %23 = alloca %struct.Point, align 8
  %24 = alloca i32, i32 %2, align 4
  %25 = getelementptr <2 x i32*>, <2 x i32*>* null, i64 0
  %26 = getelementptr i32, <2 x i32*> zeroinitializer, <2 x i64> <i64 0, i64 1>
  %27 = load i32 (i8*, ...)*, i32 (i8*, ...)** @fp, align 8
  %28 = call i32 (i8*, ...) %27(i8* %9)
  %29 = call i32 bitcast (i32 (i8*, ...)* @printf to i32 (i8*)*)(i8* %9)
  %30 = cmpxchg i32* %24, i32 0, i32 1 seq_cst seq_cst
  %31 = extractvalue { i32, i1 } %30, 1
  %32 = load %struct.Point, %struct.Point* %23, align 8
  %33 = extractvalue %struct.Point %32, 2, 0, 1
  ret void
}

; Function Attrs: nounwind readnone
declare i64 @_Z13get_global_idj(i32) local_unnamed_addr #1

declare i32 @printf(i8* nocapture readonly, ...)

define i32 @throws(i32 %x) personality i8* bitcast (i32 (...)* @__gxx_personality_v0 to i8*) {
entry:
  %r = invoke i32 @may_throw(i32 %x)
          to label %ok unwind label %lpad

ok:
  ret i32 %r

lpad:
  %lp = landingpad { i8*, i32 }
          catch i8* bitcast (i8** @_ZTIi to i8*)
  %sel = extractvalue { i8*, i32 } %lp, 1
  ret i32 %sel
}

declare i32 @may_throw(i32)
declare i32 @__gxx_personality_v0(...)
@_ZTIi = external constant i8*

attributes #0 = { nounwind ssp uwtable "correctly-rounded-divide-sqrt-fp-math"="false" "no-frame-pointer-elim"="true" "no-frame-pointer-elim-non-leaf" }
attributes #1 = { nounwind readnone }
attributes #2 = { nounwind readnone }

!llvm.module.flags = !{!0}
!llvm.ident = !{!2}
!0 = !{i32 1, !"wchar_size", i32 4}
!2 = !{!"clang version 5.0.0 (tags/RELEASE_500/final)"}
!3 = !{!4, !4, i64 0}
!4 = !{!"int", !5, i64 0}
!5 = !{!"omnipotent char", !6, i64 0}
!6 = !{!"Simple C/C++ TBAA"}
!7 = !{!8, !8, i64 0}
!8 = !{!"float", !5, i64 0}
