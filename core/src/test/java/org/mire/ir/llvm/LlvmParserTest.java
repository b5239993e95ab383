package org.mire.ir.llvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mire.ir.llvm.TestIr.defining;
import static org.mire.ir.llvm.TestIr.first;
import static org.mire.ir.llvm.TestIr.function;
import static org.mire.ir.llvm.TestIr.operands;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mire.ir.IrParseException;
import org.mire.ir.SourceLocation;

class LlvmParserTest {

    @Test
    void readsModuleHeaderGlobalsAliasesAttributesAndMetadata() throws IrParseException {
        LlvmModule m = TestIr.parseResource("all-features.ll");
        assertEquals("all-features.c", m.sourceFilename());
        assertEquals("x86_64-pc-linux-gnu", m.targetTriple());
        assertTrue(m.dataLayout().startsWith("e-m:e-p270:32:32"));

        GlobalVariable g = m.globals().getFirst();
        assertEquals("@g", g.name());
        assertEquals("i32", g.valueType());
        assertEquals("42", g.initializer());
        assertFalse(g.constant());
        assertEquals("@g = dso_local global i32 42, align 4, !dbg !40", g.text());

        GlobalVariable str = global(m, "@.str");
        assertTrue(str.constant());
        assertEquals("[6 x i8]", str.valueType());
        assertEquals("c\"hello\\00\"", str.initializer());
        assertNull(global(m, "@ext").initializer(), "an external global has no initializer");
        assertEquals("[2 x ptr] [ptr @g, ptr getelementptr inbounds ([6 x i8], ptr @.str, i64 0, i64 2)]",
                "[2 x ptr] " + global(m, "@ptrs").initializer());
        assertEquals("@\"quoted global\"", global(m, "@\"quoted global\"").name());
        assertEquals("i32", global(m, "@0").valueType(), "numbered globals keep their number");

        assertEquals(List.of("@alias", "@\"quoted alias\"", "@ifn"),
                m.aliases().stream().map(GlobalAlias::name).toList());
        assertFalse(m.aliases().get(0).ifunc());
        assertEquals("@g", m.aliases().get(0).target());
        assertTrue(m.aliases().get(2).ifunc());
        assertEquals("@resolver", m.aliases().get(2).target());

        assertEquals("nounwind memory(argmem: readwrite)", m.attributeGroups().get("#1"));
        assertEquals("!{!2, !3}", m.metadata().get("!llvm.module.flags"));
        assertEquals("!DIFile(filename: \"all-features.c\", directory: \"/tmp\")", m.metadata().get("!1"));
        assertTrue(m.metadata().get("!0").startsWith("distinct !DICompileUnit("));
    }

    @Test
    void listsDefinitionsAndDeclarationsInFileOrder() throws IrParseException {
        LlvmModule m = TestIr.parseResource("all-features.ll");
        assertEquals(List.of("@resolver", "@noop", "@arith", "@memory", "@vectors", "@control", "@numbered",
                "@calls", "@musttail_caller", "@funclets", "@\"quoted name\"", "@uselist"), m.functionNames());
        Function printf = function(m, "printf");
        assertTrue(printf.declaration());
        assertTrue(printf.varArgs());
        assertEquals(List.of(new Parameter("ptr", "%0")), printf.parameters());
        assertTrue(printf.blocks().isEmpty());
        assertEquals("declare i32 @printf(ptr nocapture noundef readonly, ...)", printf.header());

        Function arith = function(m, "@arith");
        assertEquals("i32", arith.returnType());
        assertEquals(List.of(new Parameter("i32", "%a"), new Parameter("i32", "%b"), new Parameter("float", "%f"),
                new Parameter("<4 x i32>", "%v")), arith.parameters());
        assertEquals("define dso_local i32 @arith(i32 noundef %a, i32 noundef %b, float %f, <4 x i32> %v) #0 !dbg !10",
                arith.header());
        assertEquals(46, arith.line());
        assertEquals(39, arith.instructionCount());
    }

    @Test
    void ordersBranchOperandsAsLlvmDoesAndSuccessorsTrueFirst() throws IrParseException {
        Function control = function(TestIr.parseResource("all-features.ll"), "@control");
        Instruction br = first(control, "br i1 %c");
        assertEquals(Opcode.BR, br.opcode());
        assertEquals(List.of("LOCAL:i1:%c", "BLOCK:label:%target1", "BLOCK:label:%join"), operands(br));
        assertEquals(List.of("join", "target1"), br.successors());
        assertNull(br.result());
        assertEquals("void", br.type());

        Instruction unconditional = first(control, "br label %join");
        assertEquals(List.of("BLOCK:label:%join"), operands(unconditional));
        assertEquals(List.of("join"), unconditional.successors());
    }

    @Test
    void keepsTheWholeMultiLineSwitchAndItsCaseOrder() throws IrParseException {
        Function control = function(TestIr.parseResource("all-features.ll"), "@control");
        Instruction sw = first(control, "switch");
        assertEquals("switch i32 %x, label %default [\n    i32 0, label %zero\n    i32 1, label %one\n  ]", sw.text());
        assertEquals(List.of("LOCAL:i32:%x", "BLOCK:label:%default", "CONSTANT:i32:0", "BLOCK:label:%zero",
                "CONSTANT:i32:1", "BLOCK:label:%one"), operands(sw));
        assertEquals(List.of("default", "zero", "one"), sw.successors());
        assertEquals(131, sw.line());

        Instruction indirect = first(control, "indirectbr");
        assertEquals(List.of("LOCAL:ptr:%addr", "BLOCK:label:%target1", "BLOCK:label:%target2"), operands(indirect));
        assertEquals(List.of("target1", "target2"), indirect.successors());
    }

    @Test
    void givesPhiIncomingValuesAsOperandsAndBlocksInParallel() throws IrParseException {
        Function control = function(TestIr.parseResource("all-features.ll"), "@control");
        Instruction phi = defining(control, "%phi");
        assertEquals(List.of("CONSTANT:i32:0", "LOCAL:i32:%x", "CONSTANT:i32:2"), operands(phi));
        assertEquals(List.of("zero", "one", "target2"), phi.phiBlocks());
        assertEquals("i32", phi.type());
    }

    @Test
    void putsCallArgumentsFirstBundlesNextAndTheCalleeLast() throws IrParseException {
        Function calls = function(TestIr.parseResource("all-features.ll"), "@calls");
        Instruction printf = defining(calls, "%r");
        assertEquals(List.of("GLOBAL:ptr:@.str", "LOCAL:i32:%va", "GLOBAL:ptr:@printf"), operands(printf));
        assertEquals("@printf", printf.callee());
        assertEquals("i32", printf.type());

        Instruction indirect = defining(calls, "%t");
        assertEquals(List.of("CONSTANT:i32:5", "CONSTANT:ptr:null", "LOCAL:ptr:%fp"), operands(indirect));
        assertNull(indirect.callee());
        assertTrue(indirect.isIndirectCall());

        Instruction bundles = first(calls, "call void @may_throw(i32 2)");
        assertEquals(List.of("CONSTANT:i32:2", "CONSTANT:i32:0", "LOCAL:ptr:%ap", "LOCAL:ptr:%fp",
                "GLOBAL:ptr:@may_throw"), operands(bundles));

        Instruction asm = defining(calls, "%asm");
        assertEquals(Operand.Kind.INLINE_ASM, asm.operands().getLast().kind());
        assertNull(asm.callee());

        Instruction dbgValue = first(calls, "call void @llvm.dbg.value");
        assertEquals(List.of("METADATA:metadata:i32 %va", "METADATA:metadata:!41",
                "METADATA:metadata:!DIExpression()", "GLOBAL:ptr:@llvm.dbg.value"), operands(dbgValue));

        Instruction constantArgument = defining(calls, "%ce");
        assertEquals("CONSTANT:ptr:getelementptr inbounds ([6 x i8], ptr @.str, i64 0, i64 0)",
                operands(constantArgument).getFirst());
        assertEquals("@llvm.memcpy.p0.p0.i64", first(calls, "call void @llvm.memcpy").callee());
        assertEquals(Opcode.CALL, defining(calls, "%m").opcode(), "notail call");
    }

    @Test
    void ordersInvokeAndCallbrOperandsAsArgumentsDestinationsCallee() throws IrParseException {
        Function calls = function(TestIr.parseResource("all-features.ll"), "@calls");
        Instruction invoke = first(calls, "invoke");
        assertEquals(List.of("CONSTANT:i32:3", "BLOCK:label:%cont", "BLOCK:label:%lpad", "GLOBAL:ptr:@may_throw"),
                operands(invoke));
        assertEquals(List.of("cont", "lpad"), invoke.successors());
        assertEquals("invoke void @may_throw(i32 3)\n          to label %cont unwind label %lpad", invoke.text());

        Instruction callbr = first(calls, "callbr");
        assertEquals(List.of("LOCAL:i32:%va", "BLOCK:label:%after", "BLOCK:label:%indirect"),
                operands(callbr).subList(0, 3));
        assertEquals(Operand.Kind.INLINE_ASM, callbr.operands().get(3).kind());
        assertEquals(List.of("after", "indirect"), callbr.successors());
        assertTrue(callbr.opcode().isTerminator());

        Instruction landingpad = defining(calls, "%lp");
        assertEquals("{ ptr, i32 }", landingpad.type());
        assertEquals(List.of("CONSTANT:ptr:null", "CONSTANT:[1 x ptr]:[ptr @g]"), operands(landingpad));
        assertTrue(landingpad.text().endsWith("filter [1 x ptr] [ptr @g]"));
    }

    @Test
    void readsFuncletPadsAndTheirSuccessors() throws IrParseException {
        Function funclets = function(TestIr.parseResource("all-features.ll"), "@funclets");
        Instruction cs = defining(funclets, "%cs");
        assertEquals("token", cs.type());
        assertEquals(List.of("CONSTANT:token:none", "BLOCK:label:%cleanup", "BLOCK:label:%handler"), operands(cs));
        assertEquals(List.of("cleanup", "handler"), cs.successors());
        Instruction cp = defining(funclets, "%cp");
        assertEquals(List.of("CONSTANT:ptr:null", "CONSTANT:i32:64", "CONSTANT:ptr:null", "LOCAL:token:%cs"),
                operands(cp));
        Instruction catchret = first(funclets, "catchret");
        assertEquals(List.of("LOCAL:token:%cp", "BLOCK:label:%exit"), operands(catchret));
        assertEquals(List.of("exit"), catchret.successors());
        Instruction cleanupret = first(funclets, "cleanupret");
        assertEquals(List.of("LOCAL:token:%cl"), operands(cleanupret));
        assertTrue(cleanupret.successors().isEmpty(), "unwind to caller");
    }

    @Test
    void computesResultTypesOfMemoryAtomicAndAggregateInstructions() throws IrParseException {
        Function memory = function(TestIr.parseResource("all-features.ll"), "@memory");
        assertEquals(List.of("CONSTANT:i32:1"), operands(defining(memory, "%a")), "alloca's implicit size");
        assertEquals(List.of("CONSTANT:i32:4"), operands(defining(memory, "%b")));
        assertEquals("ptr addrspace(5)", defining(memory, "%c").type());
        assertEquals(List.of("CONSTANT:i32:1", "LOCAL:ptr:%a"), operands(first(memory, "store i32 1")));
        assertEquals("ptr", defining(memory, "%gep").type());
        assertEquals("ptr addrspace(5)", defining(memory, "%gep2").type());
        assertEquals("<2 x ptr>", defining(memory, "%vgep").type());
        assertEquals("{ i32, i1 }", defining(memory, "%cx").type());
        assertEquals(List.of("LOCAL:ptr:%a", "CONSTANT:i32:1", "CONSTANT:i32:2"), operands(defining(memory, "%cx")));
        assertEquals("i32", defining(memory, "%rmw").type());
        assertEquals("float", defining(memory, "%rmwf").type());
        assertEquals("i1", defining(memory, "%ev1").type());
        assertEquals("%1", defining(memory, "%nested").type());
        assertEquals("i8", defining(memory, "%nf").type(), "extractvalue through a named struct and an array");
        assertEquals(2, memory.blocks().getFirst().instructions().stream().filter(i -> i.opcode() == Opcode.FENCE)
                .count());
    }

    @Test
    void computesVectorResultTypesIncludingScalableVectors() throws IrParseException {
        LlvmModule m = TestIr.parseResource("all-features.ll");
        Function vectors = function(m, "@vectors");
        assertEquals("float", defining(vectors, "%e").type());
        assertEquals("<4 x float>", defining(vectors, "%sh").type());
        assertEquals("<8 x float>", defining(vectors, "%sh8").type());
        assertEquals(2, defining(vectors, "%sh").operands().size(), "the mask is not an operand");
        assertEquals("<vscale x 4 x i32>", defining(vectors, "%ssplat").type());
        assertEquals("<vscale x 4 x i1>", defining(vectors, "%cmp").type());
        assertEquals("<4 x i1>", defining(function(m, "@arith"), "%vc").type());
        assertEquals("ptr addrspace(1)", defining(function(m, "@arith"), "%asc").type());
    }

    @Test
    void numbersUnnamedArgumentsInstructionsAndBlocksAsLlvmDoes() throws IrParseException {
        Function f = function(TestIr.parseResource("all-features.ll"), "@numbered");
        assertEquals(List.of("%0", "%1"), f.parameters().stream().map(Parameter::name).toList());
        assertEquals(List.of("2", "4", "8", "9"), f.blocks().stream().map(BasicBlock::label).toList());
        Instruction unnamedAdd = first(f, "add i32 %5, 1");
        assertEquals("%6", unnamedAdd.result(), "an unnamed non-void instruction takes the next number");
        assertEquals(List.of("4", "8"), defining(f, "%10").phiBlocks());
        assertEquals(158, f.blocks().getFirst().line(), "an implicit entry label takes its first instruction's line");
        assertEquals(161, f.blocks().get(1).line());
    }

    @Test
    void normalisesQuotedNamesLikeLlvmsPrinter() throws IrParseException {
        Function f = function(TestIr.parseResource("all-features.ll"), "@\"quoted name\"");
        assertEquals("%\"arg with space\"", f.parameters().getFirst().name());
        assertEquals("\"block with space\"", f.blocks().getFirst().label());
        assertEquals("%val.1", f.blocks().getFirst().instructions().getFirst().result(), "quotes not needed");
        assertEquals(List.of("\"loop block\""), f.blocks().getFirst().terminator().successors());
    }

    @Test
    void resolvesDebugLocationsThroughTheScopeChain() throws IrParseException {
        LlvmModule m = TestIr.parseResource("all-features.ll");
        Function arith = function(m, "@arith");
        assertEquals(new SourceLocation("all-features.c", 7, 0), arith.debugLocation());
        assertEquals(new SourceLocation("all-features.c", 8, 12), defining(arith, "%add").debugLocation());
        assertNull(defining(arith, "%sub").debugLocation());
        assertEquals(new SourceLocation("other.h", 9, 3), first(arith, "ret i32").debugLocation(),
                "the file comes from the DILexicalBlock, not the subprogram");
        assertEquals(new SourceLocation("all-features.c", 3, 0), function(m, "@declared_with_dbg").debugLocation());
        assertNull(function(m, "@control").debugLocation());
    }

    @Test
    void skipsUseListOrderDirectivesAndSummaries() throws IrParseException {
        LlvmModule m = TestIr.parseResource("all-features.ll");
        Function f = function(m, "@uselist");
        assertEquals(3, f.instructionCount());
        assertEquals(Opcode.RET, f.blocks().getFirst().terminator().opcode());
    }

    @Test
    void computesTypedPointerResultTypesThroughStructsArraysAndAddressSpaces() throws IrParseException {
        LlvmModule m = TestIr.parseResource("typed-pointers.ll");
        Function k = function(m, "@kernel");
        assertEquals(List.of("float addrspace(1)*", "%struct.Point*", "i32"),
                k.parameters().stream().map(Parameter::type).toList());
        assertEquals("i32*", defining(k, "%5").type());
        assertEquals("%struct.Inner*", defining(k, "%7").type());
        assertEquals("i8**", defining(k, "%8").type());
        assertEquals("float addrspace(1)*", defining(k, "%13").type());
        assertEquals("float addrspace(3)*", defining(k, "%14").type());
        assertEquals("%struct.Point*", defining(k, "%23").type(), "alloca in a typed-pointer module");
        assertEquals("<2 x i32*>*", defining(k, "%25").type());
        assertEquals("<2 x i32*>", defining(k, "%26").type());
        assertEquals("i32", defining(k, "%33").type());
        assertEquals("GLOBAL:i64 (i32)*:@_Z13get_global_idj", operands(defining(k, "%4")).getLast());
        assertEquals("GLOBAL:i32 (i8*, ...)*:@printf", operands(defining(k, "%22")).getLast());
        Instruction throughBitcast = defining(k, "%29");
        assertNull(throughBitcast.callee(), "a call through a constant expression is indirect");
        assertEquals(Operand.Kind.CONSTANT, throughBitcast.operands().getLast().kind());
        assertEquals(List.of("3", "11", "20"), k.blocks().stream().map(BasicBlock::label).toList(),
                "blocks whose labels are only comments are numbered");
        assertEquals(List.of("11", "3"), defining(k, "%21").phiBlocks());
        assertEquals(List.of(), TestIr.typeInconsistencies(m));
    }

    @Test
    void acceptsLlvm22Syntax() throws IrParseException {
        LlvmModule m = TestIr.parseResource("llvm22-syntax.ll");
        Function f = function(m, "@f");
        assertEquals(22, f.instructionCount(), "debug records are not instructions");
        assertEquals(Opcode.PTRTOADDR, defining(f, "%addr").opcode());
        assertEquals("i64", defining(f, "%addr").type());
        assertEquals(List.of("LOCAL:i32:%o", "CONSTANT:i32:5"), operands(defining(f, "%c")));
        assertEquals(new SourceLocation("llvm22.c", 11, 7), defining(f, "%a").debugLocation());
        assertEquals(new SourceLocation("llvm22.c", 10, 0), f.debugLocation());
        assertEquals("ptr", f.parameters().getFirst().type());
        Function gaps = function(m, "@gaps");
        assertEquals("%5", gaps.blocks().getFirst().instructions().get(1).result(), "LLVM 18+ allows gaps");
        assertEquals(List.of(), TestIr.typeInconsistencies(m));
    }

    @Test
    void readsTargetExtensionTypes() throws IrParseException {
        String text = "%T = type { i32, target(\"spirv.Image\", void,1, 0) }\n"
                + "define void @f(ptr %p) {\n  %v = load %T, ptr %p\n  %x = extractvalue %T %v, 1\n  ret void\n}\n";
        Function f = function(LlvmParser.parse(text, "t.ll"), "@f");
        assertEquals("target(\"spirv.Image\", void, 1, 0)", defining(f, "%x").type());
    }

    @Test
    void keepsExactInstructionTextAndLines() throws IrParseException {
        String text = "define i32 @f(i32 %x) {\nentry:\n  %y = add nsw i32 %x, 1 ; trailing comment\n"
                + "  ret i32 %y\n}\n";
        LlvmModule m = LlvmParser.parse(text, "f.ll");
        BasicBlock entry = function(m, "@f").blocks().getFirst();
        assertEquals("entry", entry.label());
        assertEquals(2, entry.line());
        assertEquals("%y = add nsw i32 %x, 1", entry.instructions().get(0).text());
        assertEquals(3, entry.instructions().get(0).line());
        assertEquals("ret i32 %y", entry.terminator().text());
        assertEquals(4, entry.terminator().line());
    }

    @Test
    void parsesEmptyAndCommentOnlyInputAsAnEmptyModule() throws IrParseException {
        for (String text : List.of("", "\n\n", "; just a comment\n", "   \t\r\n")) {
            LlvmModule m = LlvmParser.parse(text, "empty.ll");
            assertTrue(m.functions().isEmpty());
            assertTrue(m.globals().isEmpty());
            assertEquals(0, m.instructionCount());
        }
    }

    @Test
    void acceptsLlvm5ByvalWithoutATypeAndUnnamedParameters() throws IrParseException {
        String text = "%struct.par = type { float }\n"
                + "define spir_kernel void @k(%struct.par* byval nocapture readonly align 4, float*) {\n"
                + "  %3 = getelementptr inbounds %struct.par, %struct.par* %0, i64 0, i32 0\n"
                + "  %4 = load float, float* %3, align 4\n  store float %4, float* %1\n  ret void\n}\n";
        Function k = function(LlvmParser.parse(text, "k.ll"), "@k");
        assertEquals(List.of(new Parameter("%struct.par*", "%0"), new Parameter("float*", "%1")), k.parameters());
        assertEquals("2", k.blocks().getFirst().label());
        assertEquals("float*", defining(k, "%3").type());
    }

    @Test
    void resolvesNamedTypesDefinedAfterTheirUse() throws IrParseException {
        String text = "define i32* @f(%S* %p) {\n  %q = getelementptr %S, %S* %p, i64 0, i32 1\n  ret i32* %q\n}\n"
                + "%S = type { i8, i32 }\n";
        assertEquals("i32*", defining(function(LlvmParser.parse(text, "f.ll"), "@f"), "%q").type());
    }

    @Test
    void findsEveryInstructionOfTheFeatureFile() throws IrParseException {
        LlvmModule m = TestIr.parseResource("all-features.ll");
        List<Opcode> seen = new ArrayList<>();
        for (Function f : m.functions()) {
            for (BasicBlock b : f.blocks()) {
                for (Instruction i : b.instructions()) {
                    if (!seen.contains(i.opcode())) {
                        seen.add(i.opcode());
                    }
                }
                assertTrue(b.terminator().opcode().isTerminator(), b.label() + " ends with a terminator");
            }
        }
        List<Opcode> missing = new ArrayList<>(List.of(Opcode.values()));
        missing.removeAll(seen);
        missing.remove(Opcode.PTRTOADDR); // LLVM 22 only: in llvm22-syntax.ll
        assertEquals(List.of(), missing);
        assertEquals(List.of(), TestIr.typeInconsistencies(m));
    }

    private static GlobalVariable global(LlvmModule m, String name) {
        return m.globals().stream().filter(g -> g.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no global " + name));
    }
}
