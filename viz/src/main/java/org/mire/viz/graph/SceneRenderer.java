package org.mire.viz.graph;

/**
 * Draws a {@link GraphScene} through a {@link Surface} for one viewport. Only what meets the viewport is drawn, and
 * the level of detail follows the zoom: dots when nodes are a few pixels, shapes with outlines, then labels, arrow
 * heads and position labels when there is room for them. Every style class is one path, filled or stroked once.
 */
final class SceneRenderer {
    /** Below this size in pixels a node is drawn as a dot without outline. */
    private static final double DOT_PIXELS = 3.5;
    private static final double ARROW_PIXELS = 7;
    private static final double MIN_LABEL_PIXELS = 7;
    private static final double FADED = 0.3;

    private int[] visible = new int[256];
    private final int[] count = new int[1];

    /** The world rectangle a viewport shows. */
    record Viewport(double scale, double translateX, double translateY, double width, double height) {
        double worldX(double screenX) {
            return (screenX - translateX) / scale;
        }

        double worldY(double screenY) {
            return (screenY - translateY) / scale;
        }

        double screenX(double worldX) {
            return worldX * scale + translateX;
        }

        double screenY(double worldY) {
            return worldY * scale + translateY;
        }
    }

    /** Draws everything: the picture and the marks on top (SVG export, snapshots). */
    void render(Surface s, GraphScene scene, Viewport v, RenderState state) {
        renderPicture(s, scene, v, state, true);
    }

    /**
     * Draws the picture; with {@code marks} also the rings of highlighted, selected and hovered nodes, which the
     * canvas otherwise draws on a cheap overlay of its own.
     */
    void renderPicture(Surface s, GraphScene scene, Viewport v, RenderState state, boolean marks) {
        GraphPalette p = state.palette;
        s.setDashes();
        s.clear(p.background(), v.width(), v.height());
        if (scene.nodeCount == 0) {
            return;
        }
        double margin = 40 / v.scale();
        double x0 = v.worldX(0) - margin;
        double y0 = v.worldY(0) - margin;
        double x1 = v.worldX(v.width()) + margin;
        double y1 = v.worldY(v.height()) + margin;
        visible = scene.index().nodesIn(x0, y0, x1, y1, visible, count);
        int visibleCount = count[0];
        SceneStyles styles = scene.styles();

        drawFrames(s, scene, v, p, x0, y0, x1, y1);
        drawEdges(s, scene, styles, v, state, x0, y0, x1, y1);
        drawNodes(s, scene, styles, v, state, visibleCount);
        drawBlocks(s, scene, v, state, visibleCount);
        if (marks) {
            drawMarks(s, scene, v, state, visibleCount);
        }
        if (state.labels) {
            drawLabels(s, scene, styles, v, state, visibleCount);
        }
        if (state.positionLabels) {
            drawPositionLabels(s, scene, v, state, x0, y0, x1, y1);
        }
        s.setAlpha(1);
    }

    private static void drawFrames(Surface s, GraphScene scene, Viewport v, GraphPalette p, double x0, double y0,
                                   double x1, double y1) {
        if (scene.frames.length == 0) {
            return;
        }
        double scale = v.scale();
        s.setAlpha(1);
        s.setFill(p.frameFill());
        s.beginPath();
        for (double[] f : scene.frames) {
            if (f[2] >= x0 && f[0] <= x1 && f[3] >= y0 && f[1] <= y1) {
                s.roundRect(v.screenX(f[0]), v.screenY(f[1]), (f[2] - f[0]) * scale, (f[3] - f[1]) * scale,
                        6 * scale);
            }
        }
        s.fill();
        s.setStroke(p.frameStroke(), 1);
        s.stroke();
        double size = Math.clamp(12 * scale, 9, 13);
        for (int k = 0; k < scene.frames.length; k++) {
            double[] f = scene.frames[k];
            String title = scene.frameTitles[k];
            if (title == null || f[2] < x0 || f[0] > x1 || f[3] < y0 || f[1] > y1) {
                continue;
            }
            double room = (f[2] - f[0]) * scale - 12;
            if (room < 24 || (f[3] - f[1]) * scale < 18) {
                continue;
            }
            String shown = fit(s, title, room, size, true, false);
            if (shown != null) {
                s.text(shown, v.screenX(f[0]) + 7, v.screenY(f[1]) + Math.min(11 * scale, size) + 2, size, true,
                        false, Surface.Align.LEFT, p.frameTitle());
            }
        }
    }

    private static String fit(Surface s, String text, double room, double size, boolean bold, boolean mono) {
        if (s.textWidth(text, size, bold, mono) <= room) {
            return text;
        }
        int keep = text.length() - 1;
        while (keep > 3) {
            String candidate = text.substring(0, keep) + "\u2026";
            if (s.textWidth(candidate, size, bold, mono) <= room) {
                return candidate;
            }
            keep = keep * 3 / 4;
        }
        return null;
    }

    private void drawEdges(Surface s, GraphScene scene, SceneStyles styles, Viewport v, RenderState state,
                           double x0, double y0, double x1, double y1) {
        double scale = v.scale();
        boolean arrows = scale * ARROW_PIXELS >= 3.5 && scale >= 0.3;
        // Dense, zoomed-out pictures read better with lighter edges: the nodes carry the structure there.
        double alpha = scene.edgeCount > 3000 ? Math.clamp(0.1 + scale * 1.6, 0.16, 0.9)
                : Math.clamp(0.3 + scale * 0.9, 0.35, 0.9);
        boolean[] relatedEdges = state.relatedEdges;
        for (int pass = 0; pass < (relatedEdges == null ? 1 : 2); pass++) {
            boolean emphasis = pass == 1;
            for (int c = 0; c < styles.edgesByClass.length; c++) {
                int color = styles.edgeClassColor[c];
                double width = styles.edgeClassWidth[c] * Math.clamp(scale, 0.6, 1.4) * (emphasis ? 1.8 : 1);
                s.setStroke(color, width);
                s.setAlpha(relatedEdges == null ? alpha : emphasis ? 1 : alpha * FADED);
                s.beginPath();
                int drawn = 0;
                for (int e : styles.edgesByClass[c]) {
                    if (relatedEdges != null && relatedEdges[e] != emphasis) {
                        continue;
                    }
                    if (path(s, scene, v, e, x0, y0, x1, y1)) {
                        drawn++;
                    }
                }
                if (drawn > 0) {
                    s.stroke();
                    if (arrows) {
                        s.setFill(color);
                        s.beginPath();
                        for (int e : styles.edgesByClass[c]) {
                            if (relatedEdges != null && relatedEdges[e] != emphasis) {
                                continue;
                            }
                            arrow(s, scene, v, e, x0, y0, x1, y1, emphasis ? 1.3 : 1);
                        }
                        s.fill();
                    }
                }
            }
        }
    }

    /** Adds an edge to the current path when it can be on screen; returns whether it did. */
    private static boolean path(Surface s, GraphScene scene, Viewport v, int e, double x0, double y0, double x1,
                                double y1) {
        double[] route = scene.route[e];
        if (route != null) {
            if (!routeVisible(route, x0, y0, x1, y1)) {
                return false;
            }
            s.moveTo(v.screenX(route[0]), v.screenY(route[1]));
            for (int p = 2; p < route.length; p += 2) {
                s.lineTo(v.screenX(route[p]), v.screenY(route[p + 1]));
            }
            return true;
        }
        int a = scene.source[e];
        int b = scene.target[e];
        double ax = scene.x[a];
        double ay = scene.y[a];
        double bx = scene.x[b];
        double by = scene.y[b];
        if (Math.max(ax, bx) < x0 || Math.min(ax, bx) > x1 || Math.max(ay, by) < y0 || Math.min(ay, by) > y1) {
            return false;
        }
        if (a == b) {
            // A self-loop: a small circle at the node's top-right corner.
            double r = Math.max(4, scene.height[a] * 0.35) * v.scale();
            double cx = v.screenX(ax + scene.width[a] / 2);
            double cy = v.screenY(ay - scene.height[a] / 2);
            s.ellipse(cx, cy, r, r);
            return true;
        }
        s.moveTo(v.screenX(ax), v.screenY(ay));
        s.lineTo(v.screenX(bx), v.screenY(by));
        return true;
    }

    private static boolean routeVisible(double[] route, double x0, double y0, double x1, double y1) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int p = 0; p < route.length; p += 2) {
            minX = Math.min(minX, route[p]);
            maxX = Math.max(maxX, route[p]);
            minY = Math.min(minY, route[p + 1]);
            maxY = Math.max(maxY, route[p + 1]);
        }
        return maxX >= x0 && minX <= x1 && maxY >= y0 && minY <= y1;
    }

    /** Adds the arrow head of an edge at the outline of its target. */
    private static void arrow(Surface s, GraphScene scene, Viewport v, int e, double x0, double y0, double x1,
                              double y1, double grow) {
        int b = scene.target[e];
        if (scene.source[e] == b) {
            return;
        }
        double tipX;
        double tipY;
        double fromX;
        double fromY;
        double[] route = scene.route[e];
        if (route != null) {
            int n = route.length;
            tipX = route[n - 2];
            tipY = route[n - 1];
            fromX = route[n - 4];
            fromY = route[n - 3];
        } else {
            int a = scene.source[e];
            fromX = scene.x[a];
            fromY = scene.y[a];
            double[] tip = outline(scene, b, fromX, fromY);
            tipX = tip[0];
            tipY = tip[1];
        }
        if (tipX < x0 || tipX > x1 || tipY < y0 || tipY > y1) {
            return;
        }
        double dx = tipX - fromX;
        double dy = tipY - fromY;
        double length = Math.hypot(dx, dy);
        if (length < 1e-9) {
            return;
        }
        double size = Math.min(ARROW_PIXELS * grow, 9 * v.scale() * grow);
        double ux = dx / length;
        double uy = dy / length;
        double sx = v.screenX(tipX);
        double sy = v.screenY(tipY);
        double bx = sx - ux * size;
        double by = sy - uy * size;
        double half = size * 0.45;
        s.moveTo(sx, sy);
        s.lineTo(bx - uy * half, by + ux * half);
        s.lineTo(bx + uy * half, by - ux * half);
        s.closePath();
    }

    /** Where the line from (fromX, fromY) to the centre of {@code node} crosses the node's outline. */
    static double[] outline(GraphScene scene, int node, double fromX, double fromY) {
        double cx = scene.x[node];
        double cy = scene.y[node];
        double dx = fromX - cx;
        double dy = fromY - cy;
        double hw = scene.width[node] / 2;
        double hh = scene.height[node] / 2;
        if (dx == 0 && dy == 0) {
            return new double[] {cx, cy};
        }
        double t = switch (scene.shape[node]) {
            case ELLIPSE -> 1 / Math.sqrt((dx * dx) / (hw * hw) + (dy * dy) / (hh * hh));
            case DIAMOND -> 1 / (Math.abs(dx) / hw + Math.abs(dy) / hh);
            default -> Math.min(dx == 0 ? Double.POSITIVE_INFINITY : hw / Math.abs(dx),
                    dy == 0 ? Double.POSITIVE_INFINITY : hh / Math.abs(dy));
        };
        t = Math.min(t, 1);
        return new double[] {cx + dx * t, cy + dy * t};
    }

    private void drawNodes(Surface s, GraphScene scene, SceneStyles styles, Viewport v, RenderState state,
                           int visibleCount) {
        double scale = v.scale();
        boolean[] related = state.related;
        // Which classes have visible nodes: walk the visible list once per class only when there are few classes.
        int classes = styles.nodesByClass.length;
        int[] classOf = classIndex(scene, styles);
        for (int pass = 0; pass < (related == null ? 1 : 2); pass++) {
            boolean emphasis = pass == 1;
            s.setAlpha(related == null || emphasis ? 1 : FADED + 0.1);
            for (int c = 0; c < classes; c++) {
                NodeShape shape = styles.classShape[c];
                if (shape == NodeShape.TEXT_BLOCK) {
                    continue;
                }
                s.setFill(styles.classFill[c]);
                s.beginPath();
                boolean any = false;
                boolean outline = false;
                for (int k = 0; k < visibleCount; k++) {
                    int i = visible[k];
                    if (classOf[i] != c || (related != null && related[i] != emphasis)) {
                        continue;
                    }
                    any = true;
                    double w = scene.width[i] * scale;
                    double h = scene.height[i] * scale;
                    double sx = v.screenX(scene.x[i]);
                    double sy = v.screenY(scene.y[i]);
                    if (Math.max(w, h) < DOT_PIXELS) {
                        double d = Math.max(1.6, Math.max(w, h));
                        s.rect(sx - d / 2, sy - d / 2, d, d);
                        continue;
                    }
                    outline = true;
                    addShape(s, shape, sx, sy, w, h, scale);
                }
                if (any) {
                    s.fill();
                    if (outline && scale >= 0.18) {
                        s.setStroke(styles.classStroke[c], Math.clamp(scale * 1.4, 0.6, 1.6));
                        s.stroke();
                    }
                }
            }
        }
        s.setAlpha(1);
    }

    private int[] classOfCache;
    private GraphScene classOfScene;

    private int[] classIndex(GraphScene scene, SceneStyles styles) {
        if (classOfScene != scene) {
            classOfCache = new int[scene.nodeCount];
            for (int c = 0; c < styles.nodesByClass.length; c++) {
                for (int i : styles.nodesByClass[c]) {
                    classOfCache[i] = c;
                }
            }
            classOfScene = scene;
        }
        return classOfCache;
    }

    private static void addShape(Surface s, NodeShape shape, double sx, double sy, double w, double h, double scale) {
        switch (shape) {
            case ELLIPSE -> s.ellipse(sx, sy, w / 2, h / 2);
            case DIAMOND -> {
                s.moveTo(sx, sy - h / 2);
                s.lineTo(sx + w / 2, sy);
                s.lineTo(sx, sy + h / 2);
                s.lineTo(sx - w / 2, sy);
                s.closePath();
            }
            case ROUNDED_BOX -> s.roundRect(sx - w / 2, sy - h / 2, w, h, 8 * scale);
            default -> s.roundRect(sx - w / 2, sy - h / 2, w, h, Math.min(3 * scale, 3));
        }
    }

    /** Basic blocks: a card with a bold header and the instructions, or grey bars when the text would be tiny. */
    private void drawBlocks(Surface s, GraphScene scene, Viewport v, RenderState state, int visibleCount) {
        double scale = v.scale();
        GraphPalette p = state.palette;
        double linePixels = TextBlocks.LINE_HEIGHT * scale;
        double fontPixels = TextBlocks.FONT_SIZE * scale;
        double charPixels = TextBlocks.charWidth() * scale;
        for (int k = 0; k < visibleCount; k++) {
            int i = visible[k];
            if (scene.shape[i] != NodeShape.TEXT_BLOCK) {
                continue;
            }
            boolean faded = state.related != null && !state.related[i];
            s.setAlpha(faded ? 0.45 : 1);
            double w = scene.width[i] * scale;
            double h = scene.height[i] * scale;
            double left = v.screenX(scene.x[i] - scene.width[i] / 2);
            double top = v.screenY(scene.y[i] - scene.height[i] / 2);
            s.setFill(scene.fill[i]);
            s.beginPath();
            s.roundRect(left, top, w, h, 5 * scale);
            s.fill();
            s.setStroke(scene.stroke[i], Math.clamp(scale * 1.2, 0.7, 1.5));
            s.stroke();
            String[] lines = scene.lines[i];
            if (lines == null || linePixels < 1.2) {
                continue;
            }
            double pad = TextBlocks.PADDING * scale;
            for (int l = 0; l < lines.length; l++) {
                double lineTop = top + pad + l * linePixels;
                long key = RenderState.lineKey(i, l);
                if (state.selectedLines.contains(key) || state.highlightedLines.contains(key)) {
                    s.setFill(state.selectedLines.contains(key) ? p.accentSubtle()
                            : GraphPalette.fade(p.highlight(), 0.3));
                    s.fillRect(left + 1, lineTop, w - 2, linePixels);
                }
            }
            if (linePixels < 6.5) {
                // Too small to read: a bar per line, as long as the text, like a minimap.
                s.setFill(GraphPalette.fade(p.text(), 0.35));
                for (int l = 0; l < lines.length; l++) {
                    double length = Math.min(lines[l].length() * charPixels, w - 2 * pad);
                    s.fillRect(left + pad, top + pad + l * linePixels + linePixels * 0.3, length, linePixels * 0.4);
                }
                continue;
            }
            for (int l = 0; l < lines.length; l++) {
                double lineY = top + pad + l * linePixels + linePixels / 2;
                String line = lines[l];
                int room = (int) ((w - 2 * pad) / charPixels);
                if (line.length() > room) {
                    line = room > 1 ? line.substring(0, room - 1) + "\u2026" : "";
                }
                if (l == 0) {
                    s.text(line, left + pad, lineY, fontPixels, true, true, Surface.Align.LEFT, p.blockHeader());
                    continue;
                }
                drawInstruction(s, line, left + pad, lineY, fontPixels, charPixels, p, scene.textColor[i]);
            }
        }
        s.setAlpha(1);
    }

    /** An instruction line with its result muted and its opcode in the accent colour. */
    private static void drawInstruction(Surface s, String line, double x, double y, double fontPixels,
                                        double charPixels, GraphPalette p, int textColor) {
        int equals = line.indexOf(" = ");
        int opcodeStart = equals >= 0 && line.startsWith("%") ? equals + 3 : 0;
        int opcodeEnd = line.indexOf(' ', opcodeStart);
        if (opcodeEnd < 0) {
            opcodeEnd = line.length();
        }
        if (opcodeStart > 0) {
            s.text(line.substring(0, opcodeStart), x, y, fontPixels, false, true, Surface.Align.LEFT, p.mutedText());
        }
        s.text(line.substring(opcodeStart, opcodeEnd), x + opcodeStart * charPixels, y, fontPixels, true, true,
                Surface.Align.LEFT, p.accent());
        if (opcodeEnd < line.length()) {
            s.text(line.substring(opcodeEnd), x + opcodeEnd * charPixels, y, fontPixels, false, true,
                    Surface.Align.LEFT, textColor);
        }
    }

    /** Only the marks, on a transparent overlay of the same viewport. */
    void renderMarks(Surface s, GraphScene scene, Viewport v, RenderState state) {
        s.clearTransparent(v.width(), v.height());
        if (scene.nodeCount == 0) {
            return;
        }
        double margin = 40 / v.scale();
        visible = scene.index().nodesIn(v.worldX(0) - margin, v.worldY(0) - margin, v.worldX(v.width()) + margin,
                v.worldY(v.height()) + margin, visible, count);
        drawMarks(s, scene, v, state, count[0]);
        s.setAlpha(1);
    }

    /** Rings around highlighted, selected and hovered nodes. */
    private void drawMarks(Surface s, GraphScene scene, Viewport v, RenderState state, int visibleCount) {
        double scale = v.scale();
        GraphPalette p = state.palette;
        if (state.highlighted != null) {
            s.setStroke(p.highlight(), 2.5);
            s.beginPath();
            boolean any = false;
            for (int k = 0; k < visibleCount; k++) {
                int i = visible[k];
                if (i < state.highlighted.length && state.highlighted[i] && scene.shape[i] != NodeShape.TEXT_BLOCK) {
                    ring(s, scene, v, i, 3.5, scale);
                    any = true;
                }
            }
            if (any) {
                s.stroke();
            }
        }
        if (state.selected.length > 0) {
            s.setStroke(p.accent(), 3);
            s.beginPath();
            for (int i : state.selected) {
                ring(s, scene, v, i, 4, scale);
            }
            s.stroke();
        }
        if (state.hovered >= 0 && state.hovered < scene.nodeCount) {
            s.setStroke(GraphPalette.fade(p.accent(), 0.7), 1.5);
            s.beginPath();
            ring(s, scene, v, state.hovered, 2.5, scale);
            s.stroke();
        }
    }

    private static void ring(Surface s, GraphScene scene, Viewport v, int i, double gap, double scale) {
        double w = Math.max(scene.width[i] * scale, 4) + 2 * gap;
        double h = Math.max(scene.height[i] * scale, 4) + 2 * gap;
        double sx = v.screenX(scene.x[i]);
        double sy = v.screenY(scene.y[i]);
        switch (scene.shape[i]) {
            case ELLIPSE -> s.ellipse(sx, sy, w / 2, h / 2);
            case DIAMOND -> {
                s.moveTo(sx, sy - h / 2 - gap * 0.4);
                s.lineTo(sx + w / 2 + gap * 0.4, sy);
                s.lineTo(sx, sy + h / 2 + gap * 0.4);
                s.lineTo(sx - w / 2 - gap * 0.4, sy);
                s.closePath();
            }
            default -> s.roundRect(sx - w / 2, sy - h / 2, w, h, 4 + gap);
        }
    }

    private void drawLabels(Surface s, GraphScene scene, SceneStyles styles, Viewport v, RenderState state,
                            int visibleCount) {
        double size = SceneStyles.LABEL_SIZE * v.scale();
        if (size < MIN_LABEL_PIXELS) {
            return;
        }
        for (int k = 0; k < visibleCount; k++) {
            int i = visible[k];
            String text = styles.displayLabel[i];
            if (text == null) {
                continue;
            }
            boolean faded = state.related != null && !state.related[i];
            s.setAlpha(faded ? FADED + 0.1 : 1);
            s.text(text, v.screenX(scene.x[i]), v.screenY(scene.y[i]), size, false, false, Surface.Align.CENTER,
                    scene.textColor[i]);
        }
        s.setAlpha(1);
    }

    /** ProGraML's position labels: near the target for data edges, near the source for control and call. */
    private static void drawPositionLabels(Surface s, GraphScene scene, Viewport v, RenderState state, double x0,
                                           double y0, double x1, double y1) {
        double size = 9 * v.scale();
        if (size < MIN_LABEL_PIXELS - 1) {
            return;
        }
        size = Math.min(size, 13);
        for (int e = 0; e < scene.edgeCount; e++) {
            String text = scene.edgeLabel[e];
            if (text == null) {
                continue;
            }
            int a = scene.source[e];
            int b = scene.target[e];
            if (a == b) {
                continue;
            }
            boolean head = scene.labelAtHead[e];
            double fromX;
            double fromY;
            double[] end;
            double[] route = scene.route[e];
            if (route != null) {
                int n = route.length;
                end = head ? new double[] {route[n - 2], route[n - 1]} : new double[] {route[0], route[1]};
                fromX = head ? route[n - 4] : route[2];
                fromY = head ? route[n - 3] : route[3];
            } else {
                int near = head ? b : a;
                int far = head ? a : b;
                fromX = scene.x[far];
                fromY = scene.y[far];
                end = outline(scene, near, fromX, fromY);
            }
            double dx = fromX - end[0];
            double dy = fromY - end[1];
            double length = Math.hypot(dx, dy);
            if (length < 1e-9) {
                continue;
            }
            double wx = end[0] + dx / length * 9;
            double wy = end[1] + dy / length * 9;
            if (wx < x0 || wx > x1 || wy < y0 || wy > y1) {
                continue;
            }
            // Offset sideways so the label does not sit on its own line.
            double ox = -dy / length * 6;
            double oy = dx / length * 6;
            boolean faded = state.relatedEdges != null && !state.relatedEdges[e];
            s.setAlpha(faded ? FADED : 1);
            s.text(text, v.screenX(wx + ox), v.screenY(wy + oy), size, true, false, Surface.Align.CENTER,
                    scene.edgeColor[e]);
        }
        s.setAlpha(1);
    }
}
