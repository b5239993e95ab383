package org.mire.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.mire.MireException;
import org.mire.text.NormalisedFunction;
import org.mire.text.NormalisedProgram;
import org.mire.text.NormalisedStatement;
import org.mire.text.Vocabulary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "tokens", mixinStandardHelpOptions = true,
        description = "Print the token sequence the text encoder sees for an IR file (or one function), or the "
                + "normalised statements it is made from. The rules are in docs/tokens.md.")
final class TokensCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "An IR file (.ll, .bc, .c, .cpp, .cl).")
    Path file;

    @Option(names = "--function", paramLabel = "NAME", description = "Only this function (with or without @).")
    String function;

    @Option(names = "--normalised", description = "Print the normalised statements, one a line, instead of tokens.")
    boolean normalised;

    @Option(names = "--vocab", paramLabel = "VOCAB_TXT",
            description = "Also print each token's id in this vocabulary (token:id; unknown tokens show id 1).")
    Path vocabulary;

    @Mixin
    ProgramInput input;

    @Override
    public Integer call() throws MireException {
        NormalisedProgram program = NormalisedProgram.of(input.load(file));
        List<NormalisedFunction> functions = program.functions();
        if (function != null) {
            NormalisedFunction selected = program.function(function);
            if (selected == null) {
                throw new MireException(file + ": no defined function " + function + "; functions: "
                        + String.join(", ", functions.stream().map(NormalisedFunction::name).limit(20).toList())
                        + (functions.size() > 20 ? ", ..." : ""));
            }
            functions = List.of(selected);
        }
        Vocabulary vocab = vocabulary == null ? null : Vocabulary.load(vocabulary);
        PrintWriter out = spec.commandLine().getOut();
        if (normalised) {
            for (NormalisedFunction f : functions) {
                out.println("; " + f.name());
                for (NormalisedStatement statement : f.statements()) {
                    out.println(statement.text());
                }
            }
            return MireCommand.EXIT_OK;
        }
        // The sequence as Tokeniser.moduleTokens makes it, wrapped one statement a line so that people can read it.
        out.println(show(Vocabulary.CLS, vocab));
        boolean first = true;
        for (NormalisedFunction f : functions) {
            if (!first) {
                out.println(show(Vocabulary.SEP, vocab));
            }
            first = false;
            for (NormalisedStatement statement : f.statements()) {
                StringBuilder line = new StringBuilder();
                for (String token : statement.tokens()) {
                    line.append(line.isEmpty() ? "" : " ").append(show(token, vocab));
                }
                out.println(line);
            }
        }
        return MireCommand.EXIT_OK;
    }

    private static String show(String token, Vocabulary vocab) {
        return vocab == null ? token : token + ":" + vocab.id(token);
    }
}
