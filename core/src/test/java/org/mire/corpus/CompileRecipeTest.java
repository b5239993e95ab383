package org.mire.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mire.MireException;

/** Package-specific compile rules. */
class CompileRecipeTest {
    @TempDir
    Path dir;

    @Test
    void matchingRulesAppendTheirFlagsInOrder() throws Exception {
        Path file = Files.writeString(dir.resolve("flags.tsv"), """
                # a comment
                hashcat-*\tOpenCL/inc_*.cl\tskip
                hashcat-*\tOpenCL/*.cl\t-cl-std=CL1.2 -DKERNEL_STATIC -include {recipe}/prelude.h
                hashcat-*   OpenCL/m0*.cl   -DFIRST -I{package}/OpenCL
                opencv-*\t**.cl\t-DT=float
                """);
        CompileRecipe recipe = CompileRecipe.read(file);
        assertEquals(4, recipe.size());
        Path pkg = dir.resolve("hashcat-6.2.6");
        assertEquals(List.of("-cl-std=CL1.2", "-DKERNEL_STATIC", "-include", dir.toAbsolutePath() + "/prelude.h",
                "-DFIRST", "-I" + pkg + "/OpenCL"), recipe.flags("hashcat-6.2.6", "OpenCL/m00000_a0-pure.cl", pkg));
        assertTrue(recipe.skips("hashcat-6.2.6", "OpenCL/inc_common.cl"));
        assertFalse(recipe.skips("hashcat-6.2.6", "OpenCL/m00000_a0-pure.cl"));
        assertEquals(List.of("-DT=float"), recipe.flags("opencv-4.6", "modules/core/src/opencl/copyset.cl", pkg));
        assertEquals(List.of("-DT=float"), recipe.flags("opencv-4.6", "top.cl", pkg), "** also matches no folder");
        assertEquals(List.of(), recipe.flags("zlib-1.2", "deflate.c", pkg));
    }

    @Test
    void malformedLinesNameTheFileAndLine() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.tsv"), "# header\nhashcat-* OpenCL/*.cl\n");
        MireException e = assertThrows(MireException.class, () -> CompileRecipe.read(file));
        assertTrue(e.getMessage().contains("bad.tsv:2:"), e.getMessage());
        Path skip = Files.writeString(dir.resolve("skip.tsv"), "a b skip -DX\n");
        assertTrue(assertThrows(MireException.class, () -> CompileRecipe.read(skip)).getMessage().contains("skip.tsv:1:"));
        assertTrue(assertThrows(MireException.class, () -> CompileRecipe.read(dir.resolve("missing.tsv")))
                .getMessage().contains("missing.tsv"));
    }
}
