package org.mire.ir;

import java.util.List;
import org.mire.graph.ProgramGraph;

/**
 * A parsed IR file in any supported language: what the views, the graph builder and the
 * tokeniser need to know independently of the language.
 */
public interface IrProgram {

    IrLanguage language();

    /** Display name of the input, usually the file name. */
    String sourceName();

    /** The IR text that was parsed (after llvm-dis / clang when the input was bitcode or source). */
    String text();

    /** Names of the functions defined (with bodies) in the program, in file order. */
    List<String> functionNames();

    /** The program graph of the whole program, in ProGraML's schema. Built on each call; cache it if needed. */
    ProgramGraph graph();
}
