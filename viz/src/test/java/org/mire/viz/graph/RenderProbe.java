package org.mire.viz.graph;

import java.io.File;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.mire.graph.ProgramGraph;
import org.mire.graph.synthetic.SyntheticProgram;
import org.mire.progress.ProgressMonitor;
import org.mire.viz.graph.layout.GraphLayout;
import org.mire.viz.graph.layout.LayoutAlgorithm;
import org.mire.viz.graph.layout.ProgramGraphLayouts;

/** Scratch: renders a synthetic graph to PNG (not a test). args: algorithm nodes scale|fit out.png [dark] */
public class RenderProbe {
    public static void main(String[] args) throws Exception {
        ProgramGraph graph = SyntheticProgram.generate(Integer.parseInt(args[1]), 1).graph();
        GraphLayout layout = LayoutAlgorithm.valueOf(args[0]).layout(ProgramGraphLayouts.input(graph), ProgressMonitor.NONE);
        GraphPalette palette = args.length > 4 ? GraphPalette.DARK : GraphPalette.LIGHT;
        GraphScene scene = ProgramGraphScenes.build(graph, layout, ProgramGraphScenes.Options.all(graph, palette));
        CountDownLatch done = new CountDownLatch(1);
        Platform.startup(() -> {
            try {
                GraphView view = new GraphView();
                view.paletteProperty().set(palette);
                view.positionLabelsProperty().set(true);
                Stage stage = new Stage();
                stage.setScene(new Scene(view, 1400, 900));
                stage.show();
                view.setScene(scene, true);
                if (!args[2].equals("fit")) {
                    double s = Double.parseDouble(args[2]);
                    view.zoomAt(s / view.getScale(), 700, 450);
                }
                if (args.length > 5) {
                    view.setSelectedItems(Integer.parseInt(args[5]));
                }
                long t = System.nanoTime();
                for (int i = 0; i < 30; i++) view.redrawNow();
                t = System.nanoTime();
                for (int i = 0; i < 30; i++) view.redrawNow();
                System.out.printf("draw %.2f ms%n", (System.nanoTime() - t) / 3e7);
                ImageIO.write(SwingFXUtils.fromFXImage(view.snapshotImage(), null), "png", new File(args[3]));
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                done.countDown();
                Platform.exit();
            }
        });
        done.await();
    }
}
