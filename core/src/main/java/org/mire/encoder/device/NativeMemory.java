package org.mire.encoder.device;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Optional;

/**
 * Keeps the native heap from growing with every new tensor shape. With glibc's default (dynamic) mmap threshold,
 * PyTorch's large CPU tensors come from the heap arenas after the first few are freed, and batches of ever-different
 * shapes fragment them: encoding sample-ir grew to 4–7 GB resident, a 1,000-file corpus past 17 GB. Serving every
 * allocation of 64 KiB or more with its own mapping (returned to the system on free) keeps it flat (a 60-batch
 * varying-shape loop: 1.4 GB → 0.22 GB). Same effect as {@code MALLOC_MMAP_THRESHOLD_=65536}, set in-process so
 * that every launcher gets it. Only on glibc; elsewhere nothing to do.
 */
public final class NativeMemory {
    private static final int M_MMAP_THRESHOLD = -3;
    private static final int THRESHOLD = 64 * 1024;
    private static volatile Boolean applied;

    private NativeMemory() {
    }

    /** Sets the mmap threshold once; returns whether glibc accepted it (false on other C libraries). */
    public static synchronized boolean limitFragmentation() {
        if (applied != null) {
            return applied;
        }
        boolean ok = false;
        if (System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
            try {
                Linker linker = Linker.nativeLinker();
                Optional<java.lang.foreign.MemorySegment> symbol = linker.defaultLookup().find("mallopt");
                if (symbol.isPresent()) {
                    MethodHandle mallopt = linker.downcallHandle(symbol.get(),
                            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
                    ok = (int) mallopt.invokeExact(M_MMAP_THRESHOLD, THRESHOLD) == 1;
                }
            } catch (Throwable e) {
                // Not glibc, or native access not enabled: encoding still works, only with more resident memory.
                ok = false;
            }
        }
        applied = ok;
        return ok;
    }
}
