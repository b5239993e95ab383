; Hand-written LLVM 16 IR exercising every instruction and most module-level syntax.
; Checked with: llvm-as-16 all-features.ll -o /dev/null
source_filename = "all-features.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

module asm "  .globl asm_symbol"

$comdat.any = comdat any
$"quoted comdat" = comdat largest

%struct.S = type { i32, ptr, [4 x i8] }
%struct.Packed = type <{ i8, i32 }>
%struct.Opaque = type opaque
%1 = type { i64, %struct.S }

@g = dso_local global i32 42, align 4, !dbg !40
@.str = private unnamed_addr constant [6 x i8] c"hello\00", align 1
@arr = internal global [3 x %struct.S] zeroinitializer, section ".data.arr", comdat($comdat.any), align 16
@tls = thread_local(initialexec) global i32 0
@ext = external global ptr
@weakv = extern_weak global i32
@as1 = addrspace(1) global i32 7
@ptrs = global [2 x ptr] [ptr @g, ptr getelementptr inbounds ([6 x i8], ptr @.str, i64 0, i64 2)]
@ba = global ptr blockaddress(@control, %target2)
@vec = constant <4 x float> <float 1.000000e+00, float 0x3FB99999A0000000, float -0.000000e+00, float 2.5e+00>
@hexes = global { half, bfloat, x86_fp80, fp128, ppc_fp128 } { half 0xH3C00, bfloat 0xR3F80, x86_fp80 0xK3FFF8000000000000000, fp128 0xL00000000000000003FFF000000000000, ppc_fp128 0xM3FF00000000000000000000000000000 }
@"quoted global" = hidden constant i8 1
@0 = private constant i32 5
@ie = global i32 0, partition "part", no_sanitize_address
@ext_init = externally_initialized global i32 0

@alias = alias i32, ptr @g
@"quoted alias" = internal alias ptr, ptr @ptrs
@ifn = ifunc void (), ptr @resolver

define internal ptr @resolver() {
  ret ptr @noop
}

define void @noop() {
  ret void
}

; Function Attrs: noinline nounwind
define dso_local i32 @arith(i32 noundef %a, i32 noundef %b, float %f, <4 x i32> %v) #0 !dbg !10 {
entry:
  %add = add nuw nsw i32 %a, %b, !dbg !20
  %sub = sub i32 %add, 1
  %mul = mul nsw i32 %sub, %a
  %div = sdiv exact i32 %mul, 2
  %udiv = udiv i32 %div, 3
  %rem = srem i32 %udiv, 5
  %urem = urem i32 %rem, 7
  %shl = shl nuw i32 %urem, 1
  %lshr = lshr exact i32 %shl, 1
  %ashr = ashr i32 %lshr, 1
  %and = and i32 %ashr, 255
  %or = or i32 %and, 256
  %xor = xor i32 %or, -1
  %fa = fadd fast float %f, 1.000000e+00
  %fs = fsub nnan ninf float %fa, %f
  %fm = fmul reassoc nsz arcp contract afn float %fs, 2.0
  %fd = fdiv float %fm, 3.0
  %fr = frem float %fd, 4.0
  %fn = fneg float %fr
  %ic = icmp slt i32 %xor, 0
  %vc = icmp eq <4 x i32> %v, zeroinitializer
  %fc = fcmp olt float %fn, 0.0
  %fz = freeze i32 %xor
  %sel = select i1 %ic, i32 %fz, i32 0
  %tr = trunc i32 %sel to i8
  %ze = zext i8 %tr to i64
  %se = sext i8 %tr to i16
  %fpt = fptrunc float %fn to half
  %fpe = fpext half %fpt to double
  %fui = fptoui double %fpe to i32
  %fsi = fptosi double %fpe to i32
  %uif = uitofp i32 %fui to float
  %sif = sitofp i32 %fsi to double
  %p = inttoptr i64 %ze to ptr
  %pi = ptrtoint ptr %p to i64
  %bc = bitcast <4 x i32> %v to <2 x i64>
  %asc = addrspacecast ptr %p to ptr addrspace(1)
  %r = add i32 %sel, %fui
  ret i32 %r, !dbg !21
}

define { i32, i1 } @memory(ptr %p, i64 %n) {
  %a = alloca i32, align 4
  %b = alloca i32, i32 4, align 16
  %c = alloca [10 x i8], align 1, addrspace(5)
  %s = alloca %struct.S, align 8
  store i32 1, ptr %a, align 4, !tbaa !30
  store volatile i32 2, ptr %b
  store atomic i32 3, ptr %a seq_cst, align 4
  %l = load i32, ptr %a, align 4, !tbaa !30, !noundef !31
  %lv = load volatile i32, ptr %b
  %la = load atomic i32, ptr %a syncscope("singlethread") acquire, align 4
  %gep = getelementptr inbounds %struct.S, ptr %s, i64 0, i32 1
  %gep2 = getelementptr [10 x i8], ptr addrspace(5) %c, i64 0, i64 %n
  %vgep = getelementptr i32, <2 x ptr> zeroinitializer, <2 x i64> <i64 0, i64 1>
  %cx = cmpxchg ptr %a, i32 1, i32 2 acq_rel monotonic, align 4
  %cxw = cmpxchg weak volatile ptr %a, i32 %l, i32 %lv syncscope("agent") seq_cst seq_cst
  %rmw = atomicrmw add ptr %a, i32 1 seq_cst, align 4
  %rmw2 = atomicrmw volatile xchg ptr %a, i32 %la monotonic
  %rmwf = atomicrmw fadd ptr %p, float 1.0 release
  fence acquire
  fence syncscope("singlethread") seq_cst
  %ev = extractvalue { i32, i1 } %cx, 0
  %ev1 = extractvalue { i32, i1 } %cxw, 1
  %iv = insertvalue { i32, i1 } %cx, i32 %rmw, 0
  %nested = insertvalue %1 zeroinitializer, i32 7, 1, 0
  %nf = extractvalue %1 %nested, 1, 2, 3
  ret { i32, i1 } %iv
}

define <4 x float> @vectors(<4 x float> %x, <vscale x 4 x i32> %sv, i32 %i) {
  %e = extractelement <4 x float> %x, i32 %i
  %ins = insertelement <4 x float> %x, float %e, i64 0
  %sh = shufflevector <4 x float> %x, <4 x float> %ins, <4 x i32> <i32 0, i32 4, i32 1, i32 5>
  %sh8 = shufflevector <4 x float> %x, <4 x float> poison, <8 x i32> zeroinitializer
  %se = extractelement <vscale x 4 x i32> %sv, i64 0
  %ssplat = shufflevector <vscale x 4 x i32> %sv, <vscale x 4 x i32> undef, <vscale x 4 x i32> zeroinitializer
  %cmp = icmp sgt <vscale x 4 x i32> %ssplat, zeroinitializer
  ret <4 x float> %sh
}

define i32 @control(i32 %x, ptr %addr) {
entry:
  switch i32 %x, label %default [
    i32 0, label %zero
    i32 1, label %one
  ]

zero:                                             ; preds = %entry
  br label %join

one:
  %c = icmp eq i32 %x, 1
  br i1 %c, label %join, label %target1

target1:
  indirectbr ptr %addr, [label %target1, label %target2]

target2:
  br label %join

default:
  unreachable

join:
  %phi = phi i32 [ 0, %zero ], [ %x, %one ], [ 2, %target2 ]
  ret i32 %phi
}

define void @numbered(i32 %0, i32) {
  %3 = add i32 %0, %1
  br label %4

4:
  %5 = mul i32 %3, 2
  add i32 %5, 1
  %7 = sub i32 %6, 1
  br i1 false, label %8, label %9

8:
  br label %9

9:
  %10 = phi i32 [ %7, %4 ], [ 0, %8 ]
  ret void
}

declare i32 @__gxx_personality_v0(...)
declare void @may_throw(i32) #1
declare i32 @printf(ptr nocapture noundef readonly, ...)
declare void @llvm.dbg.value(metadata, metadata, metadata)
declare token @llvm.experimental.gc.statepoint.p0(i64 immarg, i32 immarg, ptr, i32 immarg, i32 immarg, ...)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg)
declare !dbg !12 void @declared_with_dbg()

define i32 @calls(ptr %fp, ...) personality ptr @__gxx_personality_v0 {
entry:
  %ap = alloca ptr
  %va = va_arg ptr %ap, i32
  call void @may_throw(i32 1) #1
  %r = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 %va)
  %t = tail call fastcc i32 %fp(i32 signext 5, ptr byval(%struct.S) align 8 null)
  %m = notail call i32 @printf(ptr @.str)
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %ap, ptr align 1 @g, i64 4, i1 false)
  call void @llvm.dbg.value(metadata i32 %va, metadata !41, metadata !DIExpression()), !dbg !20
  call void @may_throw(i32 2) [ "deopt"(i32 0, ptr %ap), "gc-live"(ptr %fp) ]
  %asm = call i32 asm sideeffect "mov $1, $0", "=r,r,~{dirflag}"(i32 %va)
  %ce = call i32 @printf(ptr getelementptr inbounds ([6 x i8], ptr @.str, i64 0, i64 0))
  invoke void @may_throw(i32 3)
          to label %cont unwind label %lpad

cont:
  callbr void asm "", "r,!i"(i32 %va)
          to label %after [label %indirect]

after:
  ret i32 %r

indirect:
  ret i32 0

lpad:
  %lp = landingpad { ptr, i32 }
          cleanup
          catch ptr null
          filter [1 x ptr] [ptr @g]
  resume { ptr, i32 } %lp
}

define i32 @musttail_caller(i32 %x) {
  %r = musttail call i32 @musttail_caller(i32 %x)
  ret i32 %r
}

define void @funclets() personality ptr @__gxx_personality_v0 {
entry:
  invoke void @may_throw(i32 1)
          to label %exit unwind label %dispatch

dispatch:
  %cs = catchswitch within none [label %handler] unwind label %cleanup

handler:
  %cp = catchpad within %cs [ptr null, i32 64, ptr null]
  catchret from %cp to label %exit

cleanup:
  %cl = cleanuppad within none []
  cleanupret from %cl unwind to caller

exit:
  ret void
}

define void @"quoted name"(i32 %"arg with space") {
"block with space":
  %"val.1" = add i32 %"arg with space", 1
  br label %"loop block"

"loop block":
  br label %"loop block"
}

define void @uselist() {
  %a = add i32 1, 2
  %b = add i32 %a, %a
  ret void
  uselistorder i32 %a, { 1, 0 }
}

uselistorder ptr @g, { 3, 2, 1, 0 }

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "target-cpu"="x86-64" }
attributes #1 = { nounwind memory(argmem: readwrite) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3}
!llvm.ident = !{!4}

!0 = distinct !DICompileUnit(language: DW_LANG_C99, file: !1, producer: "clang", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "all-features.c", directory: "/tmp")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{!"clang version 16.0.6"}
!5 = !DIFile(filename: "other.h", directory: "/tmp")
!10 = distinct !DISubprogram(name: "arith", scope: !1, file: !1, line: 7, type: !11, scopeLine: 7, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !0, retainedNodes: !13)
!11 = !DISubroutineType(types: !13)
!12 = !DISubprogram(name: "declared_with_dbg", scope: !1, file: !1, line: 3, type: !11, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!13 = !{}
!14 = distinct !DILexicalBlock(scope: !10, file: !5, line: 8, column: 3)
!20 = !DILocation(line: 8, column: 12, scope: !10)
!21 = !DILocation(line: 9, column: 3, scope: !14)
!30 = !{!"int", !32, i64 0}
!31 = !{}
!32 = !{!"omnipotent char", !33, i64 0}
!33 = !{!"Simple C/C++ TBAA"}
!40 = !DIGlobalVariableExpression(var: !42, expr: !DIExpression())
!41 = !DILocalVariable(name: "va", scope: !10, file: !1, line: 8, type: !43)
!42 = distinct !DIGlobalVariable(name: "g", scope: !0, file: !1, line: 1, type: !43, isLocal: false, isDefinition: true)
!43 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)

^0 = module: (path: "all-features.o", hash: (0, 0, 0, 0, 0))
^1 = flags: 8
^2 = blockcount: 0
