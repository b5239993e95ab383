package org.mire.app;

/** Entry point of the application jar; placeholder until the CLI exists. */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        System.out.println("MIRE Workbench");
    }
}
