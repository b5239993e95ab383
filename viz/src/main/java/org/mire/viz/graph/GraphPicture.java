package org.mire.viz.graph;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/**
 * A picture of a {@link GraphView} to export: taken on the FX thread ({@link GraphView#picture}: the scene, the
 * zoom, the palette and labels, and the part of the graph to show), drawn on any thread as PNG pixels at a chosen
 * resolution or as SVG. The legend, when given, is a band above the graph; selection and search marks are drawn
 * only when the picture was taken with them.
 */
public final class GraphPicture {
    /** The most pixels a PNG gets (an ARGB image this large takes 256 MB); larger requests lower the resolution. */
    public static final long MAX_PIXELS = 64L << 20;

    private final GraphScene scene;
    private final RenderState state;
    private final double worldX;
    private final double worldY;
    private final double worldWidth;
    private final double worldHeight;
    private final double scale;
    private final PictureLegend legend;

    GraphPicture(GraphScene scene, RenderState state, double worldX, double worldY, double worldWidth,
                 double worldHeight, double scale, PictureLegend legend) {
        this.scene = scene;
        this.state = state;
        this.worldX = worldX;
        this.worldY = worldY;
        this.worldWidth = Math.max(1 / scale, worldWidth);
        this.worldHeight = Math.max(1 / scale, worldHeight);
        this.scale = scale;
        this.legend = legend;
    }

    /** Width at resolution 1, in pixels. */
    public double width() {
        return worldWidth * scale;
    }

    /** Height at resolution 1, in pixels, with the legend band. */
    public double height() {
        return worldHeight * scale + legendHeight(measuringSurface());
    }

    /** The resolution a request gets: itself, or lower where the picture would exceed {@link #MAX_PIXELS}. */
    public double resolutionFor(double requested) {
        double pixels = width() * height() * requested * requested;
        return pixels <= MAX_PIXELS ? requested : Math.sqrt(MAX_PIXELS / (width() * height()));
    }

    public int pixelWidth(double requested) {
        return (int) Math.ceil(width() * resolutionFor(requested));
    }

    public int pixelHeight(double requested) {
        return (int) Math.ceil(height() * resolutionFor(requested));
    }

    /** Draws the picture into an image, {@code requested} pixels per screen pixel (see {@link #resolutionFor}). */
    public BufferedImage toImage(double requested) {
        double resolution = resolutionFor(requested);
        BufferedImage image = new BufferedImage(pixelWidth(requested), pixelHeight(requested),
                BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(resolution, resolution);
            draw(new Java2DSurface(g));
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The picture as an SVG document. */
    public String toSvg() {
        double legendHeight = legendHeight(measuringSurface());
        SvgSurface svg = new SvgSurface(width(), worldHeight * scale + legendHeight);
        draw(svg);
        return svg.finish();
    }

    private void draw(Surface surface) {
        // Java2D measures the legend for every surface, so that its rows break where its height was reserved.
        Surface measure = measuringSurface();
        double legendHeight = legendHeight(measure);
        double w = width();
        double h = worldHeight * scale + legendHeight;
        new SceneRenderer().render(surface, scene,
                new SceneRenderer.Viewport(scale, -worldX * scale, -worldY * scale + legendHeight, w, h), state);
        if (legend != null) {
            legend.paint(surface, measure, state.palette, w);
        }
    }

    private double legendHeight(Surface surface) {
        return legend == null ? 0 : legend.height(surface, width());
    }

    private static Surface measuringSurface() {
        return new Java2DSurface(new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics());
    }
}
