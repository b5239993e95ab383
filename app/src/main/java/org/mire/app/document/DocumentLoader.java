package org.mire.app.document;

import java.nio.file.Path;
import org.mire.ir.IrLoader;
import org.mire.ir.IrProgram;
import org.mire.progress.ProgressMonitor;

/** Turns a file into a program. The workbench uses {@link IrLoader}; tests pass their own. */
@FunctionalInterface
public interface DocumentLoader {

    IrProgram load(Path file, ProgressMonitor monitor) throws Exception;

    /**
     * Loads a file whose source (C, C++, OpenCL) is compiled at this -O level; loaders that compile nothing ignore
     * the level.
     */
    default IrProgram load(Path file, String optLevel, ProgressMonitor monitor) throws Exception {
        return load(file, monitor);
    }

    /**
     * Everything {@link IrLoader} opens: .ll, .bc (llvm-dis), .c/.cpp/.cl (clang, with line tables so that the window
     * can show which IR each source line became), .mlir.
     */
    DocumentLoader IR_LOADER = new DocumentLoader() {
        @Override
        public IrProgram load(Path file, ProgressMonitor monitor) throws Exception {
            return load(file, IrLoader.Options.DEFAULT.optLevel(), monitor);
        }

        @Override
        public IrProgram load(Path file, String optLevel, ProgressMonitor monitor) throws Exception {
            monitor.progress(-1, "Parsing " + file.getFileName());
            return IrLoader.load(file, IrLoader.Options.withLineTables(optLevel));
        }
    };
}
