package org.mire.encoder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mire.progress.CancelledException;
import org.mire.progress.ProgressMonitor;

/** A cancel inside one long batch (a large module) takes effect before the batch's next group of text rows. */
class EncodeCancelTest {

    /** One program whose text is long enough for several groups of text rows in one batch. */
    private static EncoderInput largeModule() {
        EncoderInput toy = ToyPrograms.generate(1, 3, TinyModel.CONFIG.nodeTokens()).getFirst();
        // maxTokens 32: chunks of 30 tokens, so 40,000 tokens are ~1,334 rows, three groups of 512 (16,384 / 32)
        int[] tokens = new int[40_000];
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = toy.tokens()[i % toy.tokens().length];
        }
        return new EncoderInput(tokens, toy.graph());
    }

    /** Cancelled from the {@code at}-th question on; counts the questions. */
    private static final class CancelAt implements ProgressMonitor {
        final AtomicInteger asked = new AtomicInteger();
        final int at;

        CancelAt(int at) {
            this.at = at;
        }

        @Override
        public void progress(double fraction, String message) {
        }

        @Override
        public boolean isCancelled() {
            return asked.incrementAndGet() >= at;
        }
    }

    @Test
    void cancelDuringALargeModuleStopsAfterTheGroupOfRowsBeingEncoded() throws Exception {
        List<EncoderInput> items = List.of(largeModule());
        try (Encoder encoder = Encoder.wrap(TinyModel.create(4, false), null, List.of())) {
            // asked before the batch (1) and before the first group of rows (2); the cancel comes after that group
            CancelAt monitor = new CancelAt(3);
            assertThrows(CancelledException.class, () -> encoder.encode(items, 32, monitor));
            assertEquals(3, monitor.asked.get(), "the encoder went on after the cancel");

            // a cancel never asked for changes nothing: the same vectors as encoding without a monitor
            float[][] watched = encoder.encode(items, 32, new CancelAt(Integer.MAX_VALUE));
            float[][] plain = encoder.encode(items, 32, ProgressMonitor.NONE);
            assertArrayEquals(plain[0], watched[0]);
        }
    }
}
