package org.mire.spark.encode;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.spark.SparkContext;
import org.apache.spark.SparkFiles;
import org.mire.MireException;
import org.mire.encoder.Encoder;
import org.mire.encoder.MirEncoderMethod;
import org.mire.encoder.NormalisedText;
import org.mire.encoder.device.DeviceRequest;
import org.mire.encoder.device.Engines;

/**
 * The model directory travelling with the job: the driver zips it and adds it as a Spark archive, every executor
 * gets it unpacked once ({@code SparkFiles.get}), and {@link #method} loads it once per executor JVM; the tasks of
 * that executor share it. Vectors come from core's {@link MirEncoderMethod}, exactly as {@code mire encode}'s.
 *
 * @param archive the archive's file name, which is also the unpacked folder's name on executors
 * @param device  {@code cpu}, {@code gpu}, {@code gpu:N} or {@code auto}, resolved on each executor
 * @param batch   items per encoder batch
 */
public record ShippedModel(String archive, String device, int batch) implements Serializable {

    private static ShippedModel loadedKey;
    private static MirEncoderMethod loaded;

    /** Zips a local model directory and adds it to the job; the name carries a hash of the content. */
    public static ShippedModel ship(SparkContext context, Path modelDir, String device, int batch)
            throws MireException {
        try {
            Path zip = Files.createTempDirectory("mire-model").resolve("model.zip");
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            try (OutputStream file = Files.newOutputStream(zip);
                 ZipOutputStream out = new ZipOutputStream(file)) {
                List<Path> files;
                try (var walk = Files.walk(modelDir)) {
                    files = walk.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path f : files) {
                    String name = modelDir.relativize(f).toString().replace('\\', '/');
                    out.putNextEntry(new ZipEntry(name));
                    byte[] bytes = Files.readAllBytes(f);
                    out.write(bytes);
                    out.closeEntry();
                    digest.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    digest.update(bytes);
                }
            }
            String name = "mire-model-" + HexFormat.of().formatHex(digest.digest()).substring(0, 16) + ".zip";
            Path named = Files.move(zip, zip.resolveSibling(name));
            named.toFile().deleteOnExit();
            context.addArchive(named.toUri().toString());
            return new ShippedModel(name, device, batch);
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            throw new MireException(modelDir + ": cannot pack the model for the executors: " + e.getMessage(), e);
        }
    }

    /** Loads a model directory on this JVM (the driver's check, and tests). */
    public static MirEncoderMethod load(Path modelDir, String device, int batch) throws MireException {
        DeviceRequest.Selection selection = Engines.select(DeviceRequest.parse(device), null);
        return new MirEncoderMethod(Encoder.load(modelDir, selection.device()), new NormalisedText(), batch);
    }

    /**
     * This executor's encoder, loaded on first use and shared by the executor's tasks: they featurise holding the
     * featuriser's monitor and encode holding the encoder's (DJL's PyTorch engine spreads one forward pass over the
     * executor's cores already).
     */
    public MirEncoderMethod method() throws MireException {
        synchronized (ShippedModel.class) {
            if (!equals(loadedKey)) {
                if (loaded != null) {
                    loaded.close();
                    loaded = null;
                }
                loaded = load(Path.of(SparkFiles.get(archive)), device, batch);
                loadedKey = this;
            }
            return loaded;
        }
    }
}
