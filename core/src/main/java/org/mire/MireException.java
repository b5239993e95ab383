package org.mire;

/**
 * An error the user can act on: bad input, a missing tool, a wrong model file.
 * Its message is one line that names the file (and line) involved; the CLI prints it
 * as-is and the GUI shows it in place, never as a stack trace.
 */
public class MireException extends Exception {
    public MireException(String message) {
        super(message);
    }

    public MireException(String message, Throwable cause) {
        super(message, cause);
    }
}
