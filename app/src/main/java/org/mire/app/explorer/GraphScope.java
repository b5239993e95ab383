package org.mire.app.explorer;

/** How much of the program the graph view shows. */
public enum GraphScope {
    MODULE("Whole module"),
    FUNCTION("One function"),
    FUNCTION_AND_CALLEES("Function and its callees");

    private final String displayName;

    GraphScope(String displayName) {
        this.displayName = displayName;
    }

    @Override
    public String toString() {
        return displayName;
    }
}
