package org.mire.app.document;

import java.nio.file.Path;
import org.mire.ir.IrLoader;
import org.mire.ir.IrProgram;
import org.mire.progress.ProgressMonitor;

/** Turns a file into a program. The workbench uses {@link IrLoader}; tests pass their own. */
@FunctionalInterface
public interface DocumentLoader {

    IrProgram load(Path file, ProgressMonitor monitor) throws Exception;

    /** Everything {@link IrLoader} opens: .ll, .bc (llvm-dis), .c/.cpp/.cl (clang), .mlir. */
    DocumentLoader IR_LOADER = (file, monitor) -> {
        monitor.progress(-1, "Parsing " + file.getFileName());
        return IrLoader.load(file);
    };
}
