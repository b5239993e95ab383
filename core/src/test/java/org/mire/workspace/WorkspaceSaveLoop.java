package org.mire.workspace;

import java.nio.file.Path;
import org.mire.progress.ProgressMonitor;

/**
 * Saves a workspace over and over, alternating two states, each save with new multi-megabyte data files: the process
 * {@link WorkspaceFolderTest#aSaveKilledMidWriteLosesNothing} kills while it writes. Opens what is there first, as the
 * window does on start.
 *
 * <p>Arguments: the workspace folder, and a folder holding {@code a.ll}, {@code b.ll} and {@code head/}.
 */
public final class WorkspaceSaveLoop {
    private WorkspaceSaveLoop() {
    }

    public static void main(String[] args) throws Exception {
        WorkspaceFolder folder = new WorkspaceFolder(Path.of(args[0]));
        Path data = Path.of(args[1]);
        folder.open(ProgressMonitor.NONE);
        for (long round = 1; ; round++) {
            String marker = round % 2 == 0 ? "even" : "odd";
            var big = WorkspaceStates.set(20_000, 64, round);
            folder.save(WorkspaceStates.full(data.resolve("a.ll"), data.resolve("b.ll"), data.resolve("head"),
                    marker, big, WorkspaceStates.set(50, 8, -round)), ProgressMonitor.NONE);
            System.out.println("saved " + round);
            System.out.flush();
        }
    }
}
