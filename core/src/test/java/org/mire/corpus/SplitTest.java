package org.mire.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mire.MireException;

class SplitTest {
    @Test
    void theCommandLineNamesParseAndAnotherNameListsTheChoices() throws MireException {
        assertEquals(Split.TRAIN, Split.parse("train"));
        assertEquals(Split.VALIDATION, Split.parse("validation"));
        MireException error = assertThrows(MireException.class, () -> Split.parse("test"));
        assertTrue(error.getMessage().contains("--split test: use train or validation"), error.getMessage());
    }
}
