package org.mire.encoder.device;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * Blocks under the 32 MiB threshold come from glibc's heap (as a text group's tensors do) and stay resident after
 * they are freed while something allocated later sits above them; {@link NativeMemory#releaseFreed()} must give
 * those pages back, or a long encode keeps every batch's peak.
 */
@EnabledOnOs(OS.LINUX)
class NativeMemoryTest {
    private static final long MIB = 1024 * 1024;

    @Test
    void releaseFreedReturnsTheFreedHeapPages() throws Throwable {
        assertTrue(NativeMemory.limitFragmentation());
        Linker linker = Linker.nativeLinker();
        MethodHandle malloc = linker.downcallHandle(linker.defaultLookup().find("malloc").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.JAVA_LONG));
        MethodHandle free = linker.downcallHandle(linker.defaultLookup().find("free").orElseThrow(),
                FunctionDescriptor.ofVoid(ValueLayout.ADDRESS));
        int blocks = 96;
        MemorySegment[] allocated = new MemorySegment[blocks];
        for (int i = 0; i < blocks; i++) {
            allocated[i] = ((MemorySegment) malloc.invokeExact(MIB)).reinterpret(MIB);
            allocated[i].fill((byte) 1); // touch every page: resident
        }
        MemorySegment pin = (MemorySegment) malloc.invokeExact(4096L); // keeps the freed blocks off the heap's top
        for (MemorySegment block : allocated) {
            free.invokeExact(block);
        }
        long before = residentBytes();
        NativeMemory.releaseFreed();
        long after = residentBytes();
        free.invokeExact(pin);
        assertTrue(before - after > blocks / 2 * MIB,
                "resident " + before / MIB + " MiB before the release, " + after / MIB + " MiB after");
    }

    private static long residentBytes() throws Exception {
        String[] statm = Files.readString(Path.of("/proc/self/statm")).trim().split(" ");
        return Long.parseLong(statm[1]) * 4096;
    }
}
