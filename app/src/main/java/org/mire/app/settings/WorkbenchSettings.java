package org.mire.app.settings;

import java.util.ArrayList;
import java.util.List;

/**
 * What the workbench remembers between runs: window placement and split positions, theme, recent files, last
 * folders, and whether the first-start sample was already shown. Missing fields (an older file) get defaults.
 *
 * @param version         the file format version
 * @param theme           "light" or "dark"
 * @param windowX         window position, NaN for "let the platform choose"
 * @param windowY         window position, NaN for "let the platform choose"
 * @param windowWidth     window size
 * @param windowHeight    window size
 * @param maximized       whether the window was maximised
 * @param leftDivider     position of the divider after the workspace tree, 0..1
 * @param rightDivider    position of the divider before the details panel, 0..1
 * @param documentDivider position of the divider between IR text and graph, 0..1
 * @param recentFiles     most recent first, at most {@link #MAX_RECENT}
 * @param lastOpenFolder  folder of the last open dialog, or null
 * @param lastExportFolder folder of the last export dialog, or null
 * @param firstStartDone  true once a sample was opened on first start
 * @param layout          name of the last chosen graph layout, or null
 * @param workspace       the workspace folder open last, or null
 */
public record WorkbenchSettings(
        int version,
        String theme,
        double windowX,
        double windowY,
        double windowWidth,
        double windowHeight,
        boolean maximized,
        double leftDivider,
        double rightDivider,
        double documentDivider,
        List<String> recentFiles,
        String lastOpenFolder,
        String lastExportFolder,
        boolean firstStartDone,
        String layout,
        String workspace) {

    public static final int VERSION = 1;
    public static final int MAX_RECENT = 12;

    public static WorkbenchSettings defaults() {
        return new WorkbenchSettings(VERSION, "light", Double.NaN, Double.NaN, 1480, 920, false, 0.13, 0.82, 0.5,
                List.of(), null, null, false, null, null);
    }

    public WorkbenchSettings {
        theme = "dark".equals(theme) ? "dark" : "light";
        recentFiles = recentFiles == null ? List.of() : List.copyOf(recentFiles);
        if (!(windowWidth >= 400)) {
            windowWidth = 1480;
        }
        if (!(windowHeight >= 300)) {
            windowHeight = 920;
        }
        leftDivider = divider(leftDivider, 0.13);
        rightDivider = divider(rightDivider, 0.82);
        documentDivider = divider(documentDivider, 0.5);
    }

    private static double divider(double value, double fallback) {
        return value > 0.02 && value < 0.98 ? value : fallback;
    }

    /** These settings with {@code file} first in the recent files, without duplicates. */
    public WorkbenchSettings withRecent(String file) {
        List<String> recent = new ArrayList<>();
        recent.add(file);
        for (String known : recentFiles) {
            if (!known.equals(file) && recent.size() < MAX_RECENT) {
                recent.add(known);
            }
        }
        return new WorkbenchSettings(version, theme, windowX, windowY, windowWidth, windowHeight, maximized,
                leftDivider, rightDivider, documentDivider, recent, lastOpenFolder, lastExportFolder, firstStartDone,
                layout, workspace);
    }

    public WorkbenchSettings withoutRecent(String file) {
        List<String> recent = new ArrayList<>(recentFiles);
        recent.remove(file);
        return new WorkbenchSettings(version, theme, windowX, windowY, windowWidth, windowHeight, maximized,
                leftDivider, rightDivider, documentDivider, recent, lastOpenFolder, lastExportFolder, firstStartDone,
                layout, workspace);
    }

    public WorkbenchSettings withTheme(String newTheme) {
        return new WorkbenchSettings(version, newTheme, windowX, windowY, windowWidth, windowHeight, maximized,
                leftDivider, rightDivider, documentDivider, recentFiles, lastOpenFolder, lastExportFolder,
                firstStartDone, layout, workspace);
    }

    public WorkbenchSettings withWindow(double x, double y, double width, double height, boolean isMaximized) {
        return new WorkbenchSettings(version, theme, x, y, width, height, isMaximized, leftDivider, rightDivider,
                documentDivider, recentFiles, lastOpenFolder, lastExportFolder, firstStartDone, layout, workspace);
    }

    public WorkbenchSettings withDividers(double left, double right, double document) {
        return new WorkbenchSettings(version, theme, windowX, windowY, windowWidth, windowHeight, maximized, left,
                right, document, recentFiles, lastOpenFolder, lastExportFolder, firstStartDone, layout, workspace);
    }

    public WorkbenchSettings withFolders(String open, String export) {
        return new WorkbenchSettings(version, theme, windowX, windowY, windowWidth, windowHeight, maximized,
                leftDivider, rightDivider, documentDivider, recentFiles, open, export, firstStartDone, layout,
                workspace);
    }

    public WorkbenchSettings withFirstStartDone() {
        return new WorkbenchSettings(version, theme, windowX, windowY, windowWidth, windowHeight, maximized,
                leftDivider, rightDivider, documentDivider, recentFiles, lastOpenFolder, lastExportFolder, true,
                layout, workspace);
    }

    public WorkbenchSettings withWorkspace(String folder) {
        return new WorkbenchSettings(version, theme, windowX, windowY, windowWidth, windowHeight, maximized,
                leftDivider, rightDivider, documentDivider, recentFiles, lastOpenFolder, lastExportFolder,
                firstStartDone, layout, folder);
    }

    public WorkbenchSettings withLayout(String newLayout) {
        return new WorkbenchSettings(version, theme, windowX, windowY, windowWidth, windowHeight, maximized,
                leftDivider, rightDivider, documentDivider, recentFiles, lastOpenFolder, lastExportFolder,
                firstStartDone, newLayout, workspace);
    }
}
