package org.mire.ir.llvm;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds the {@link FunctionFragment}s of a module's functions and hands them back in function order. Functions are
 * claimed in order by the calling thread and by helper tasks in the common fork-join pool; the caller takes the
 * fragments one by one and, while the next one is still being built elsewhere, builds later ones itself. It only
 * ever waits for a fragment that a running thread has claimed, so a busy pool (helpers that never start) just
 * leaves all the work to the caller.
 */
final class FragmentQueue {
    private final List<Function> functions;
    private final Set<String> functionNames;
    private final Map<String, GlobalVariable> globalsByName;
    private final AtomicInteger nextToBuild = new AtomicInteger();
    private final CompletableFuture<FunctionFragment>[] fragments;

    @SuppressWarnings("unchecked")
    FragmentQueue(List<Function> functions, Set<String> functionNames, Map<String, GlobalVariable> globalsByName) {
        this.functions = functions;
        this.functionNames = functionNames;
        this.globalsByName = globalsByName;
        this.fragments = new CompletableFuture[functions.size()];
        for (int f = 0; f < fragments.length; f++) {
            fragments[f] = new CompletableFuture<>();
        }
    }

    /** Starts up to {@code helpers} helper tasks (none for a module of fewer than two functions). */
    void startHelpers(int helpers) {
        for (int i = 0; i < Math.min(helpers, fragments.length - 1); i++) {
            ForkJoinPool.commonPool().execute(this::buildUntilAllClaimed);
        }
    }

    /** The fragment of function {@code f}; call with f = 0, 1, 2, … in order. */
    FunctionFragment take(int f) {
        CompletableFuture<FunctionFragment> fragment = fragments[f];
        while (!fragment.isDone()) {
            int claimed = nextToBuild.getAndIncrement();
            if (claimed >= fragments.length) {
                break; // everything is claimed: f is being built by a helper
            }
            build(claimed);
        }
        try {
            FunctionFragment built = fragment.join();
            fragments[f] = null; // done and no longer touched by any thread: its memory can go once merged
            return built;
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private void buildUntilAllClaimed() {
        int claimed;
        while ((claimed = nextToBuild.getAndIncrement()) < fragments.length) {
            build(claimed);
        }
    }

    private void build(int f) {
        try {
            fragments[f].complete(FunctionFragment.of(functions.get(f), functionNames, globalsByName));
        } catch (RuntimeException | Error e) {
            fragments[f].completeExceptionally(e);
        }
    }
}
