package org.mire.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mire.MireException;

class CsvRecordsTest {

    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaksAndRecordsKnowTheirStartLine() throws MireException {
        List<CsvRecords.Record> records = CsvRecords.parse("a,b\n\"x,1\",\"say \"\"hi\"\"\nthere\"\n\nlast,\n", "t.csv");
        assertEquals(3, records.size());
        assertEquals(new CsvRecords.Record(1, List.of("a", "b")), records.get(0));
        assertEquals(new CsvRecords.Record(2, List.of("x,1", "say \"hi\"\nthere")), records.get(1));
        assertEquals(new CsvRecords.Record(5, List.of("last", "")), records.get(2));
    }

    @Test
    void anUnterminatedQuoteNamesTheFileAndTheRecordsLine() {
        MireException e = assertThrows(MireException.class, () -> CsvRecords.parse("h\nok\n\"open,\n", "t.csv"));
        assertEquals("t.csv:3: unterminated quoted field", e.getMessage());
    }

    @Test
    void writtenLinesReadBackToTheSameFields() throws MireException {
        List<String> fields = List.of("plain", "with,comma", "with \"quote\"", "two\nlines", "");
        String text = CsvRecords.line(List.of("h1", "h2", "h3", "h4", "h5")) + CsvRecords.line(fields);
        assertEquals(fields, CsvRecords.parse(text, "t.csv").get(1).fields());
    }
}
