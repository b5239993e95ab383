package org.mire.app.background;

/** A submitted task, which the submitter may cancel. */
public interface TaskHandle {
    void cancel();

    boolean isDone();

    /** A handle for work that never ran. */
    TaskHandle DONE = new TaskHandle() {
        @Override
        public void cancel() {
        }

        @Override
        public boolean isDone() {
            return true;
        }
    };
}
