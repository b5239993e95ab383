package org.mire.task.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mire.MireException;

class CsvTableTest {
    @TempDir
    Path dir;

    @Test
    void reportsTheLineWhereAMultiLineRecordStarts() throws Exception {
        Path file = dir.resolve("t.csv");
        Files.writeString(file, "name,text,value\na,\"one\ntwo\nthree\",1\nb,plain,x\n");
        CsvTable table = CsvTable.read(file);
        assertEquals(2, table.size());
        assertEquals("one\ntwo\nthree", table.rows().get(0).get("text"));
        assertEquals(5, table.rows().get(1).line());
        MireException e = assertThrows(MireException.class, () -> table.rows().get(1).number("value"));
        assertTrue(e.getMessage().endsWith("t.csv:5: column 'value' is not a number: 'x'"), e.getMessage());
    }
}
