package org.mire.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mire.ir.llvm.Function;

/** Statement normalisation on instructions as clang-16 prints them, typed and opaque pointers. */
class StatementNormaliserTest {

    /** From clang-16 -O2 of a small C file (opaque pointers). */
    private static final String OPAQUE_WORK = """
            define dso_local double @work(ptr nocapture noundef %0, i32 noundef %1, ptr nocapture noundef readonly %2) local_unnamed_addr #1 {
              %4 = icmp sgt i32 %1, 0
              br i1 %4, label %5, label %7

            5:                                                ; preds = %3
              %6 = zext i32 %1 to i64
              br label %9

            7:                                                ; preds = %9, %3
              %8 = phi double [ 0.000000e+00, %3 ], [ %20, %9 ]
              switch i32 %1, label %31 [
                i32 1, label %25
                i32 7, label %27
                i32 100, label %29
              ]

            9:                                                ; preds = %5, %9
              %10 = phi i64 [ 0, %5 ], [ %23, %9 ]
              %11 = phi double [ 0.000000e+00, %5 ], [ %20, %9 ]
              %12 = getelementptr inbounds %struct.S, ptr %0, i64 %10
              %13 = getelementptr inbounds %struct.S, ptr %0, i64 %10, i32 1
              %14 = load double, ptr %13, align 8, !tbaa !5
              %15 = getelementptr inbounds float, ptr %2, i64 %10
              %16 = load float, ptr %15, align 4, !tbaa !11
              %17 = fpext float %16 to double
              %18 = tail call double @sqrt(double noundef %17) #5
              %19 = tail call double @llvm.fmuladd.f64(double %14, double %18, double 3.500000e+00)
              %20 = fadd double %11, %19
              %21 = load i32, ptr %12, align 8, !tbaa !13
              %22 = add nsw i32 %21, 1000
              store i32 %22, ptr %12, align 8, !tbaa !13
              %23 = add nuw nsw i64 %10, 1
              %24 = icmp eq i64 %23, %6
              br i1 %24, label %7, label %9, !llvm.loop !14

            25:                                               ; preds = %7
              %26 = fadd double %8, 2.000000e+00
              br label %31

            27:
              %28 = fadd double %8, -1.000000e+00
              br label %31

            29:
              %30 = fmul double %8, 2.000000e+00
              br label %31

            31:                                               ; preds = %7, %29, %27, %25
              %32 = phi double [ %8, %7 ], [ %30, %29 ], [ %28, %27 ], [ %26, %25 ]
              %33 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %1, double noundef %32)
              call void @llvm.memcpy.p0.p0.i64(ptr align 4 %2, ptr align 8 @glob, i64 16, i1 false)
              %34 = mul nsw i32 %1, %1
              %35 = sitofp i32 %34 to double
              %36 = fadd double %32, %35
              ret double %36
            }
            """;

    /** The same kind of code at -O0 with typed pointers (clang-16 -Xclang -no-opaque-pointers). */
    private static final String TYPED_SAXPY = """
            define dso_local spir_kernel void @saxpy(float* noundef align 4 %0, float* noundef align 4 %1, float noundef %2, i32 noundef %3, float* noundef align 4 %4) #0 !kernel_arg_addr_space !7 {
              %6 = alloca float*, align 8
              %11 = alloca i32, align 4
              store float* %0, float** %6, align 8
              %12 = call i64 @_Z13get_global_idj(i32 noundef 0) #4
              %13 = trunc i64 %12 to i32
              %18 = load float*, float** %6, align 8
              %20 = sext i32 %13 to i64
              %21 = getelementptr inbounds float, float* %18, i64 %20
              call void @_Z7barrierj(i32 noundef 1) #5
              %42 = bitcast float* %18 to i32*
              %43 = call i32 @_Z10atomic_addPU8CLglobalVii(i32* noundef %42, i32 noundef 3) #5
              %44 = getelementptr inbounds %struct.S, %struct.S* %45, i64 0, i32 2
              %45 = load %struct.S*, %struct.S** null, align 8
              %46 = call i32 (i8*, ...) @printf(i8* noundef getelementptr inbounds ([7 x i8], [7 x i8]* @.str, i64 0, i64 0), i32 %13)
              %47 = load i8 addrspace(1)*, i8 addrspace(1)* addrspace(3)* undef, align 8
              ret void
            }
            """;

    private static List<NormalisedStatement> statements(String functionText) {
        Function function = FunctionText.parse(functionText);
        return StatementNormaliser.normalise(function).statements();
    }

    private static NormalisedStatement find(List<NormalisedStatement> statements, String textStart) {
        for (NormalisedStatement statement : statements) {
            if (statement.text().startsWith(textStart)) {
                return statement;
            }
        }
        throw new AssertionError("no statement starting with '" + textStart + "' in " + statements);
    }

    @Test
    void replacesLocalsAndKeepsFlagsAndSmallIntegers() {
        NormalisedStatement add = find(statements(OPAQUE_WORK), "%ID = add nuw");
        assertEquals("%ID = add nuw nsw i64 %ID, 1", add.text());
        assertEquals(List.of("add", "nuw", "nsw", "i64", "%ID", "1"), add.tokens());
    }

    @Test
    void replacesRareIntegersAndFloats() {
        List<NormalisedStatement> all = statements(OPAQUE_WORK);
        assertEquals("%ID = add nsw i32 %ID, <INT>", find(all, "%ID = add nsw i32").text());
        assertEquals(List.of("fadd", "double", "%ID", "<FP>"), find(all, "%ID = fadd double %ID, <FP>").tokens());
    }

    @Test
    void stripsAlignmentAndMetadataAttachments() {
        List<NormalisedStatement> all = statements(OPAQUE_WORK);
        assertEquals("%ID = load double, ptr %ID", find(all, "%ID = load double").text());
        assertEquals("store i32 %ID, ptr %ID", find(all, "store").text());
        assertEquals(List.of("store", "i32", "%ID", "ptr", "%ID"), find(all, "store").tokens());
        assertEquals("br i1 %ID, label %ID, label %ID", find(all, "br i1").text());
    }

    @Test
    void namedStructTypesBecomeTheirKind() {
        NormalisedStatement gep = find(statements(OPAQUE_WORK), "%ID = getelementptr inbounds %struct, ptr %ID, i64 %ID, i32");
        assertEquals(List.of("getelementptr", "inbounds", "%struct", "ptr", "%ID", "i64", "%ID", "i32", "1"),
                gep.tokens());
    }

    @Test
    void phiAndSwitchDropTheirBrackets() {
        List<NormalisedStatement> all = statements(OPAQUE_WORK);
        NormalisedStatement phi = find(all, "%ID = phi i64");
        assertEquals("%ID = phi i64 [0, %ID], [%ID, %ID]", phi.text());
        assertEquals(List.of("phi", "i64", "0", "%ID", "%ID", "%ID"), phi.tokens());
        NormalisedStatement sw = find(all, "switch");
        assertEquals(List.of("switch", "i32", "%ID", "label", "%ID", "i32", "1", "label", "%ID", "i32", "7",
                "label", "%ID", "i32", "<INT>", "label", "%ID"), sw.tokens());
    }

    @Test
    void keepsKnownCalleesAndIntrinsicBaseNamesAndDropsAttributes() {
        List<NormalisedStatement> all = statements(OPAQUE_WORK);
        assertEquals(List.of("call", "double", "@sqrt", "double", "%ID"), find(all, "%ID = call double @sqrt").tokens());
        assertEquals(List.of("call", "double", "@llvm.fmuladd", "double", "%ID", "double", "%ID", "double", "<FP>"),
                find(all, "%ID = call double @llvm.fmuladd").tokens());
        NormalisedStatement printf = find(all, "%ID = call i32 (...) @printf");
        assertEquals("%ID = call i32 (...) @printf(ptr @ID, i32 %ID, double %ID)", printf.text());
        assertEquals(List.of("call", "i32 (...)", "@printf", "ptr", "@ID", "i32", "%ID", "double", "%ID"),
                printf.tokens());
        assertEquals(List.of("call", "void", "@llvm.memcpy", "ptr", "%ID", "ptr", "@ID", "i64", "16", "i1", "false"),
                find(all, "call void @llvm.memcpy").tokens());
    }

    @Test
    void typedPointersNormaliseToPtrSoBothPointerEraShareTokens() {
        List<NormalisedStatement> typed = statements(TYPED_SAXPY);
        assertEquals("%ID = alloca ptr", find(typed, "%ID = alloca ptr").text());
        assertEquals(List.of("store", "ptr", "%ID", "ptr", "%ID"), find(typed, "store").tokens());
        assertEquals(List.of("load", "ptr", "ptr", "%ID"), find(typed, "%ID = load ptr").tokens());
        assertEquals(List.of("getelementptr", "inbounds", "float", "ptr", "%ID", "i64", "%ID"),
                find(typed, "%ID = getelementptr inbounds float").tokens());
        assertEquals(List.of("getelementptr", "inbounds", "%struct", "ptr", "%ID", "i64", "0", "i32", "2"),
                find(typed, "%ID = getelementptr inbounds %struct").tokens());
        assertEquals(List.of("bitcast", "ptr", "%ID", "ptr"), find(typed, "%ID = bitcast").tokens());
        assertEquals(List.of("load", "ptr addrspace(1)", "ptr addrspace(3)", "undef"),
                find(typed, "%ID = load ptr addrspace(1)").tokens());
    }

    @Test
    void demangledOpenClBuiltinsKeepTheirNames() {
        List<NormalisedStatement> typed = statements(TYPED_SAXPY);
        assertEquals(List.of("call", "i64", "@get_global_id", "i32", "0"), find(typed, "%ID = call i64").tokens());
        assertEquals(List.of("call", "void", "@barrier", "i32", "1"), find(typed, "call void").tokens());
        assertEquals(List.of("call", "i32", "@atomic_add", "ptr", "%ID", "i32", "3"),
                find(typed, "%ID = call i32 @atomic_add").tokens());
    }

    @Test
    void constantExpressionsKeepTheirParentheses() {
        NormalisedStatement printf = find(statements(TYPED_SAXPY), "%ID = call i32 (...) @printf");
        assertEquals(List.of("call", "i32 (...)", "@printf", "ptr", "getelementptr", "inbounds", "(", "[7 x i8]",
                "ptr", "@ID", "i64", "0", "i64", "0", ")", "i32", "%ID"), printf.tokens());
    }

    @Test
    void sameCodeInTypedAndOpaqueIrGivesTheSameStatement() {
        Function opaque = FunctionText.parse("""
                define void @f(ptr %0, i64 %1) {
                  %3 = getelementptr inbounds float, ptr %0, i64 %1
                  %4 = load float, ptr %3, align 4
                  store float %4, ptr %0, align 4
                  ret void
                }
                """);
        Function typed = FunctionText.parse("""
                define void @f(float* %0, i64 %1) {
                  %3 = getelementptr inbounds float, float* %0, i64 %1
                  %4 = load float, float* %3, align 4
                  store float %4, float* %0, align 4
                  ret void
                }
                """);
        assertEquals(StatementNormaliser.normalise(opaque).sha256(), StatementNormaliser.normalise(typed).sha256());
    }

    @Test
    void debugIntrinsicCallsAreLeftOut() {
        Function function = FunctionText.parse("""
                define i32 @f(i32 %0) {
                  call void @llvm.dbg.value(metadata i32 %0, metadata !12, metadata !DIExpression()), !dbg !20
                  %2 = add i32 %0, 3, !dbg !21
                  ret i32 %2, !dbg !22
                }
                """);
        List<NormalisedStatement> statements = StatementNormaliser.normalise(function).statements();
        assertEquals(List.of("%ID = add i32 %ID, 3", "ret i32 %ID"), statements.stream().map(NormalisedStatement::text).toList());
    }

    @Test
    void atomicsKeepOrderingAndScope() {
        Function function = FunctionText.parse("""
                define void @f(ptr %0) {
                  %2 = atomicrmw volatile add ptr %0, i32 1 syncscope("agent") seq_cst, align 4
                  %3 = cmpxchg weak ptr %0, i32 0, i32 %2 acq_rel monotonic, align 4
                  %4 = extractvalue { i32, i1 } %3, 1
                  fence release
                  ret void
                }
                """);
        List<NormalisedStatement> s = StatementNormaliser.normalise(function).statements();
        assertEquals(List.of("atomicrmw", "volatile", "add", "ptr", "%ID", "i32", "1", "syncscope(\"agent\")", "seq_cst"),
                s.get(0).tokens());
        assertEquals(List.of("cmpxchg", "weak", "ptr", "%ID", "i32", "0", "i32", "%ID", "acq_rel", "monotonic"),
                s.get(1).tokens());
        assertEquals(List.of("extractvalue", "{ i32, i1 }", "%ID", "1"), s.get(2).tokens());
        assertEquals(List.of("fence", "release"), s.get(3).tokens());
    }

    @Test
    void vectorAndArrayTypesAreSingleTokens() {
        Function function = FunctionText.parse("""
                define void @f(ptr %0, <4 x float> %1) {
                  %3 = alloca [100 x i32], align 16
                  %4 = alloca [4 x [8 x double]], align 16
                  %5 = shufflevector <4 x float> %1, <4 x float> poison, <4 x i32> <i32 0, i32 1, i32 4, i32 5>
                  %6 = fmul fast <4 x float> %1, <float 1.0, float 2.0, float 3.0, float 4.0>
                  %7 = insertvalue { ptr, i32 } { ptr null, i32 7 }, ptr %0, 0
                  ret void
                }
                """);
        List<NormalisedStatement> s = StatementNormaliser.normalise(function).statements();
        assertEquals(List.of("alloca", "[<INT> x i32]"), s.get(0).tokens());
        assertEquals(List.of("alloca", "[4 x [<INT> x double]]"), s.get(1).tokens());
        assertEquals(List.of("shufflevector", "<4 x float>", "%ID", "<4 x float>", "poison", "<4 x i32>",
                "i32", "0", "i32", "1", "i32", "4", "i32", "5"), s.get(2).tokens());
        assertEquals(List.of("fmul", "fast", "<4 x float>", "%ID", "float", "<FP>", "float", "<FP>",
                "float", "<FP>", "float", "<FP>"), s.get(3).tokens());
        assertEquals(List.of("insertvalue", "{ ptr, i32 }", "ptr", "null", "i32", "7", "ptr", "%ID", "0"),
                s.get(4).tokens());
    }

    @Test
    void rareTypeShapesCollapse() {
        assertEquals("[3 x [<INT> x [<INT> x ptr]]]", StatementNormaliser.typeToken("[3 x [7 x [10 x i8*]]]"));
        assertEquals("{ i32, i1 }", StatementNormaliser.typeToken("{ i32, i1 }"));
        assertEquals("{...}", StatementNormaliser.typeToken("{ i8, i8, i32, i8, i64 }"));
        assertEquals("<{...}>", StatementNormaliser.typeToken("<{ i32, { i8, i8 } }>"));
        assertEquals("<{ i8, i32 }>", StatementNormaliser.typeToken("<{ i8, i32 }>"));
        assertEquals("iN", StatementNormaliser.typeToken("i104"));
        assertEquals("<4 x iN>", StatementNormaliser.typeToken("<4 x i24>"));
        assertEquals("i128", StatementNormaliser.typeToken("i128"));
        assertEquals("ptr", StatementNormaliser.typeToken("void (i32, ...)*"));
    }

    @Test
    void integerRuleKeepsSmallValuesPowersOfTwoAndMasks() {
        assertEquals("0", StatementNormaliser.integerToken("0"));
        assertEquals("-1", StatementNormaliser.integerToken("-1"));
        assertEquals("16", StatementNormaliser.integerToken("16"));
        assertEquals("<INT>", StatementNormaliser.integerToken("17"));
        assertEquals("256", StatementNormaliser.integerToken("256"));
        assertEquals("255", StatementNormaliser.integerToken("255"));
        assertEquals("-2147483648", StatementNormaliser.integerToken("-2147483648"));
        assertEquals("<INT>", StatementNormaliser.integerToken("1000"));
        assertEquals("<INT>", StatementNormaliser.integerToken("-1000"));
        assertEquals("18446744073709551615", StatementNormaliser.integerToken("18446744073709551615"));
        assertEquals("<INT>", StatementNormaliser.integerToken("123456789012345678901234567890"));
    }

    @Test
    void intrinsicOverloadSuffixesAreRemoved() {
        assertEquals("@llvm.memcpy", StatementNormaliser.globalToken("@llvm.memcpy.p0i8.p0i8.i64"));
        assertEquals("@llvm.lifetime.start", StatementNormaliser.globalToken("@llvm.lifetime.start.p0"));
        assertEquals("@llvm.umul.with.overflow", StatementNormaliser.globalToken("@llvm.umul.with.overflow.i32"));
        assertEquals("@llvm.vector.reduce.add", StatementNormaliser.globalToken("@llvm.vector.reduce.add.v4i32"));
        assertEquals("@llvm.trap", StatementNormaliser.globalToken("@llvm.trap"));
        assertEquals("@ID", StatementNormaliser.globalToken("@my_helper"));
        assertEquals("@ID", StatementNormaliser.globalToken("@\"quoted name\""));
        assertEquals("@ID", StatementNormaliser.globalToken("@_ZNSt6vectorIiSaIiEE9push_backERKi"));
        assertEquals("@malloc", StatementNormaliser.globalToken("@malloc"));
    }

    @Test
    void typeTokensOfGraphNodeTexts() {
        assertEquals("ptr", StatementNormaliser.typeToken("i32*"));
        assertEquals("ptr", StatementNormaliser.typeToken("%struct.S**"));
        assertEquals("ptr addrspace(1)", StatementNormaliser.typeToken("float addrspace(1)*"));
        assertEquals("[<INT> x i8]", StatementNormaliser.typeToken("[33 x i8]"));
        assertEquals("%struct", StatementNormaliser.typeToken("%struct.node"));
        assertNull(StatementNormaliser.typeToken("load"));
    }

    @Test
    void differentCodeGivesDifferentHashes() {
        Function a = FunctionText.parse("define i32 @f(i32 %0) {\n  %2 = add i32 %0, 1\n  ret i32 %2\n}");
        Function b = FunctionText.parse("define i32 @g(i32 %0) {\n  %2 = sub i32 %0, 1\n  ret i32 %2\n}");
        Function c = FunctionText.parse("define i32 @h(i32 %x) {\n  %y = add i32 %x, 1\n  ret i32 %y\n}");
        assertNotEquals(StatementNormaliser.normalise(a).sha256(), StatementNormaliser.normalise(b).sha256());
        assertEquals(StatementNormaliser.normalise(a).sha256(), StatementNormaliser.normalise(c).sha256());
    }
}
