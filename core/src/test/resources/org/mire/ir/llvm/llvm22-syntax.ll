; Hand-written IR in the syntax of LLVM 19-22 (newer than the installed llvm-as-16): flags, attributes,
; debug records, new constants. Written from the LLVM 22 LangRef.
source_filename = "llvm22.c"
target triple = "x86_64-unknown-linux-gnu"

%T = type { i32, target("spirv.Image", void, 1, 0) }

@g = global i32 0, code_model "large", sanitize_memtag
@tbl = constant [2 x ptr] [ptr ptrauth (ptr @f, i32 0), ptr dso_local_equivalent @f]
@gep = global ptr getelementptr inbounds nuw inrange(-8, 16) ({ [4 x ptr] }, ptr @tbl, i32 0, i32 0, i32 2)
@nocfi = global ptr no_cfi @f
@splat = global <4 x i32> splat (i32 7)

define void @f(ptr dead_on_unwind noalias writable sret([48 x i8]) align 8 captures(none) dereferenceable(48) %out,
               ptr noundef nonnull readonly align 8 captures(address, read_provenance) %in,
               ptr initializes((0, 4), (8, 12)) %init, i32 noundef range(i32 0, 10) %r,
               float nofpclass(nan inf) %x, i64 %n) #0 !dbg !5 {
entry:
    #dbg_declare(ptr %out, !8, !DIExpression(), !9)
  %a = add nuw nsw i32 %r, 1, !dbg !9
  %t = trunc nuw nsw i64 %n to i32
  %z = zext nneg i32 %a to i64
  %u = uitofp nneg i32 %a to float
  %o = or disjoint i32 %a, %t
  %c = icmp samesign ult i32 %o, 5
  %addr = ptrtoaddr ptr %in to i64
  %p = getelementptr inbounds nuw i8, ptr %in, i64 %n
  %q = getelementptr nusw [4 x i32], ptr %in, i64 0, i64 %n
    #dbg_value(i32 %a, !8, !DIExpression(DW_OP_LLVM_fragment, 0, 32), !9)
    #dbg_assign(i32 %a, !8, !DIExpression(), !10, ptr %out, !DIExpression(), !9)
  %rmw = atomicrmw usub_cond ptr %p, i32 1 seq_cst, align 4
  %rmw2 = atomicrmw fmaximum ptr %p, float %x monotonic, align 4
  %ld = load ptr, ptr %in, align 8, !nonnull !11, !align !{i64 8}
  %sq = call fast float @llvm.sqrt.f32(float %x) #1
  %ph.cmp = fcmp nnan olt float %sq, %x
  br i1 %c, label %then, label %else, !prof !12

then:
    #dbg_label(!13, !9)
  %s = select nnan i1 %ph.cmp, float %sq, float %x
  br label %join

else:
  br label %join

join:
  %phi = phi nnan float [ %s, %then ], [ %x, %else ]
  call void @llvm.lifetime.start.p0(ptr %out)
  call void @g2() memory(argmem: read, inaccessiblemem: write)
  ret void
}

define i32 @gaps() {
  %1 = add i32 0, 1
  %5 = add i32 %1, 1
  ret i32 %5
}

define void @g2() {
  ret void
}

declare float @llvm.sqrt.f32(float)
declare void @llvm.lifetime.start.p0(ptr captures(none))

attributes #0 = { nounwind uwtable(sync) memory(readwrite, argmem: read) "target-cpu"="x86-64" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!3}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang version 22.0.0", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "llvm22.c", directory: "/src", checksumkind: CSK_MD5, checksum: "00000000000000000000000000000000")
!3 = !{i32 2, !"Debug Info Version", i32 3}
!5 = distinct !DISubprogram(name: "f", scope: !1, file: !1, line: 10, type: !6, scopeLine: 10, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, keyInstructions: true)
!6 = !DISubroutineType(types: !7)
!7 = !{null}
!8 = !DILocalVariable(name: "a", scope: !5, file: !1, line: 11, type: !14)
!9 = !DILocation(line: 11, column: 7, scope: !5, atomGroup: 1, atomRank: 1)
!10 = distinct !DIAssignID()
!11 = !{}
!12 = !{!"branch_weights", !"expected", i32 2000, i32 1}
!13 = !DILabel(scope: !5, name: "then", file: !1, line: 12, column: 1)
!14 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
