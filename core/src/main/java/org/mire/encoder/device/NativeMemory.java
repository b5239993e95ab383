package org.mire.encoder.device;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Optional;

/**
 * Keeps PyTorch's CPU tensors fast to allocate without letting the native heap grow with every new tensor shape.
 *
 * <p>With glibc's default (dynamic) mmap threshold, batches of ever-different shapes fragment the heap arenas:
 * encoding sample-ir grew to 4–7 GB resident, a 1,000-file corpus past 17 GB. Serving every allocation of 64 KiB or
 * more with its own mapping kept that flat but made every intermediate tensor a fresh mapping, faulted in and zeroed
 * page by page: the model ran at half speed (a text group of 43 chunks: 250 ms with heap reuse, 570 ms with 64 KiB
 * mappings). So allocations up to 32 MiB (glibc's largest threshold; a group's intermediates are a few MiB) come from
 * the heap and are reused within a batch, and after each batch {@link #releaseFreed()} hands the heap's free pages
 * back (glibc's {@code malloc_trim}): docs/benchmarks.md, "The model at twice the rate"; ADR 0013. Only on glibc;
 * elsewhere nothing to do.
 */
public final class NativeMemory {
    private static final int M_MMAP_THRESHOLD = -3;
    private static final int THRESHOLD = 32 * 1024 * 1024;
    private static volatile Boolean applied;
    private static volatile MethodHandle mallocTrim;

    private NativeMemory() {
    }

    /** Sets the mmap threshold once; returns whether glibc accepted it (false on other C libraries). */
    public static synchronized boolean limitFragmentation() {
        if (applied != null) {
            return applied;
        }
        boolean ok = false;
        Optional<MethodHandle> mallopt = function("mallopt",
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
        Optional<MethodHandle> trim = function("malloc_trim",
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG));
        if (mallopt.isPresent() && trim.isPresent()) {
            try {
                ok = (int) mallopt.get().invokeExact(M_MMAP_THRESHOLD, THRESHOLD) == 1;
            } catch (Throwable e) {
                ok = false; // encoding still works, only with more resident memory
            }
            if (ok) {
                mallocTrim = trim.get();
            }
        }
        applied = ok;
        return ok;
    }

    /**
     * Returns the native heap's free pages to the system (after a batch, when its tensors are freed). Does nothing
     * where {@link #limitFragmentation()} did not apply.
     */
    public static void releaseFreed() {
        MethodHandle trim = mallocTrim;
        if (trim == null) {
            return;
        }
        try {
            int releasedAny = (int) trim.invokeExact(0L); // 1 if pages went back, 0 if there were none to give
        } catch (Throwable e) {
            mallocTrim = null; // cannot happen with glibc; stop trying rather than fail an encode
        }
    }

    private static Optional<MethodHandle> function(String name, FunctionDescriptor descriptor) {
        if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
            return Optional.empty();
        }
        try {
            Linker linker = Linker.nativeLinker();
            Optional<MemorySegment> symbol = linker.defaultLookup().find(name);
            return symbol.map(s -> linker.downcallHandle(s, descriptor));
        } catch (RuntimeException e) {
            return Optional.empty(); // not glibc, or native access not enabled
        }
    }
}
