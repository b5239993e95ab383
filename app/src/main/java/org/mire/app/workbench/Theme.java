package org.mire.app.workbench;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import org.mire.viz.graph.GraphPalette;

/** The two looks of the workbench: AtlantaFX Primer light and dark, with matching canvas colours. */
public enum Theme {
    LIGHT("light", new PrimerLight().getUserAgentStylesheet(), GraphPalette.LIGHT),
    DARK("dark", new PrimerDark().getUserAgentStylesheet(), GraphPalette.DARK);

    private final String key;
    private final String stylesheet;
    private final GraphPalette palette;

    Theme(String key, String stylesheet, GraphPalette palette) {
        this.key = key;
        this.stylesheet = stylesheet;
        this.palette = palette;
    }

    public String key() {
        return key;
    }

    /** The AtlantaFX user-agent stylesheet. */
    public String stylesheet() {
        return stylesheet;
    }

    public GraphPalette palette() {
        return palette;
    }

    public boolean isDark() {
        return this == DARK;
    }

    public static Theme of(String key) {
        return "dark".equals(key) ? DARK : LIGHT;
    }
}
