package org.mire.viz.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

class GraphSceneTest {
    private static GraphScene scene() {
        GraphScene.Builder builder = new GraphScene.Builder();
        builder.addNode(0, 0, 40, 20, NodeShape.BOX, 0xff3c78d8, 0xff2a5aa8, 0xffffffff, "load", 7);
        builder.addNode(100, 0, 40, 40, NodeShape.DIAMOND, 0xffe99c9c, 0xff990000, 0xff990000, "i32", 8);
        builder.addNode(200, 0, 40, 20, NodeShape.ELLIPSE, 0xfff4cccc, 0xff990000, 0xff990000, "i32", 9);
        int block = builder.addNode(0, 200, 200, TextBlocks.height(3), NodeShape.TEXT_BLOCK, 0xfff6f8fa, 0xffd0d7de,
                0xff1f2328, "entry", 11);
        builder.setLines(block, new String[] {"entry:", "%1 = add i32 1, 2", "ret i32 %1"}, new int[] {-1, 11, 12});
        builder.addNode(100, 100, 160, 20, NodeShape.BOX, 0xff3c78d8, 0xff2a5aa8, 0xffffffff, "a<&>", 10);
        builder.addEdge(0, 1, 0xff990000, 1, null, "1", true);
        builder.addEdge(1, 2, 0xff345393, 1.4, null, null, false);
        builder.addFrame(new double[] {-40, -40, 240, 40}, "@f");
        return builder.build();
    }

    @Test
    void hitTestingFollowsTheShapes() {
        GraphScene scene = scene();
        assertEquals(0, scene.nodeAt(10, 5));
        assertEquals(1, scene.nodeAt(100, 0));
        assertEquals(-1, scene.nodeAt(119, -19), "the corner of a diamond's box is outside the diamond");
        assertEquals(2, scene.nodeAt(200, 0));
        assertEquals(-1, scene.nodeAt(150, 0));
        assertEquals(3, scene.nodeAt(0, 200));
    }

    @Test
    void linesOfATextBlockMapToTheirItems() {
        GraphScene scene = scene();
        double top = scene.y(3) - scene.height(3) / 2 + TextBlocks.PADDING;
        assertEquals(0, scene.lineAt(3, top + 2));
        assertEquals(1, scene.lineAt(3, top + TextBlocks.LINE_HEIGHT + 2));
        assertEquals(11, scene.lineItem(3, 1));
        assertEquals(12, scene.lineItem(3, 2));
        assertEquals(-1, scene.lineItem(3, 0));
        assertArrayEquals(new int[] {3}, scene.nodesOfItem(11));
    }

    @Test
    void boundsCoverNodesAndFrames() {
        GraphScene scene = scene();
        assertEquals(-100, scene.minX(), "the text block reaches furthest left");
        assertEquals(-40, scene.minY(), "the frame reaches highest");
        assertEquals(240, scene.maxX());
        assertEquals(200 + TextBlocks.height(3) / 2, scene.maxY());
    }

    @Test
    void svgOfAViewIsWellFormedAndEscapesText() throws Exception {
        GraphScene scene = scene();
        SvgSurface svg = new SvgSurface(400, 300);
        RenderState state = new RenderState();
        state.positionLabels = true;
        new SceneRenderer().render(svg, scene, new SceneRenderer.Viewport(1.2, 60, 60, 400, 300), state);
        String text = svg.finish();
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(text)));
        assertEquals("svg", document.getDocumentElement().getNodeName());
        assertTrue(text.contains(">a&lt;&amp;&gt;</text>"), "escaped label");
        assertTrue(text.contains("#3c78d8"), "instruction colour");
        assertTrue(document.getElementsByTagName("path").getLength() > 3);
    }

    @Test
    void edgesEndOnTheOutlineOfTheirTarget() {
        GraphScene scene = scene();
        double[] onBox = SceneRenderer.outline(scene, 0, 100, 0);
        assertEquals(20, onBox[0], 1e-9);
        double[] onEllipse = SceneRenderer.outline(scene, 2, 100, 0);
        assertEquals(180, onEllipse[0], 1e-9);
        double[] onDiamond = SceneRenderer.outline(scene, 1, 100, -100);
        assertEquals(-20, onDiamond[1], 1e-9);
    }
}
