package org.mire.ir.llvm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.mire.ir.IrParseException;

/** IR inputs for the parser tests: the hand-written feature files, sample-ir/, and the shared data sets. */
final class TestIr {
    private TestIr() {
    }

    /** A test resource next to this class, e.g. {@code all-features.ll}. */
    static String resource(String name) {
        try (InputStream in = TestIr.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LlvmModule parseResource(String name) throws IrParseException {
        return LlvmParser.parse(resource(name), name);
    }

    static Path repoRoot() {
        String root = System.getProperty("mire.repo.root");
        return root == null ? Path.of("").toAbsolutePath() : Path.of(root);
    }

    /** Every .ll file under a folder (sorted), or an empty list when the folder does not exist. */
    static List<Path> llFiles(Path dir) {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(p -> p.getFileName().toString().endsWith(".ll") && Files.isRegularFile(p)).sorted()
                    .forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static List<Path> sampleIr() {
        return llFiles(repoRoot().resolve("sample-ir"));
    }

    /** The NCC kernels of DevMap and thread coarsening, when ../shared/datasets is present. */
    static List<Path> datasetKernels() {
        Path datasets = repoRoot().resolve("../shared/datasets").normalize();
        List<Path> files = new ArrayList<>(llFiles(datasets.resolve("devmap/kernels_ir")));
        files.addAll(llFiles(datasets.resolve("thread_coarsening/kernels_ir")));
        return files;
    }

    static Function function(LlvmModule module, String name) {
        Function f = module.function(name);
        if (f == null) {
            throw new AssertionError("no function " + name + " in " + module.sourceName());
        }
        return f;
    }

    /** The instruction defining {@code result} (e.g. {@code %gep}) in a function. */
    static Instruction defining(Function f, String result) {
        for (BasicBlock b : f.blocks()) {
            for (Instruction i : b.instructions()) {
                if (result.equals(i.result())) {
                    return i;
                }
            }
        }
        throw new AssertionError("no instruction defines " + result + " in " + f.name());
    }

    /** The first instruction of a function whose text starts with {@code prefix} (after indentation). */
    static Instruction first(Function f, String prefix) {
        for (BasicBlock b : f.blocks()) {
            for (Instruction i : b.instructions()) {
                if (i.text().startsWith(prefix)) {
                    return i;
                }
            }
        }
        throw new AssertionError("no instruction starting with '" + prefix + "' in " + f.name());
    }

    /** Operands rendered as kind:type:value, for compact assertions. */
    static List<String> operands(Instruction i) {
        List<String> out = new ArrayList<>();
        for (Operand o : i.operands()) {
            out.add(o.kind() + ":" + o.type() + ":" + o.value());
        }
        return out;
    }

    static List<String> typeInconsistencies(LlvmModule module) {
        return LlvmConformance.typeInconsistencies(module);
    }
}
