package org.mire.app.workbench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mire.graph.view.GraphProjection;
import org.mire.graph.GraphScope;
import org.mire.graph.view.VisibleGraph;
import org.mire.graph.ProgramGraph;
import org.mire.graph.io.GraphFormat;
import org.mire.graph.synthetic.SyntheticProgram;
import org.mire.progress.ProgressMonitor;

class GraphExportTest {
    @TempDir
    Path dir;

    @Test
    void theShownGraphIsWrittenInEveryFormat() throws Exception {
        ProgramGraph full = SyntheticProgram.generate(300, 4).graph();
        VisibleGraph shown = GraphProjection.project(full, GraphScope.FUNCTION, "@f0", Set.of(), ProgressMonitor.NONE);
        for (GraphFormat format : GraphFormat.values()) {
            Path file = dir.resolve("f0." + format.extension());
            GraphExport.graph(shown.graph(), format, file);
            String text = Files.readString(file);
            assertTrue(text.length() > 1000, format + " is not empty");
            assertTrue(text.contains("alloca"), format + " has the instructions");
        }
        assertTrue(Files.readString(dir.resolve("f0.json")).contains("\"links\""));
        assertTrue(Files.readString(dir.resolve("f0.graphml")).contains("<graphml"));
        assertTrue(Files.readString(dir.resolve("f0.gexf")).contains("<gexf"));
        assertTrue(Files.readString(dir.resolve("f0.dot")).startsWith("digraph") || Files.readString(
                dir.resolve("f0.dot")).contains("digraph"));
    }
}
