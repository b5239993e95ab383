package org.mire.spark.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.mire.MireException;
import org.mire.ir.IrLoader;
import org.mire.ir.IrParseException;
import org.mire.ir.IrProgram;

/**
 * Loads one input file on an executor with core's {@link IrLoader}. Files on a local file system are read in
 * place; others (HDFS, S3A) are copied to a local temporary file first (clang and llvm-dis need a file).
 *
 * <p>A file whose content cannot be parsed or compiled is a {@link Failure} — a row of the output, not a failed
 * task — because reading it again gives the same answer. An I/O error while fetching it is thrown as
 * {@link UncheckedIOException}: it may be transient, so Spark retries the task.
 */
public final class IrLoading {
    private IrLoading() {
    }

    /** A file that could not be turned into a program: where, and why. */
    public record Failure(String message, Integer line, Integer column) {
    }

    /** Either a program or a failure. */
    public record Loaded(IrProgram program, Failure failure) {
        public boolean ok() {
            return program != null;
        }
    }

    public static Loaded load(IrFile file, Configuration conf, IrLoader.Options options) {
        java.nio.file.Path local;
        java.nio.file.Path temporary = null;
        URI uri = URI.create(file.uri());
        try {
            if ("file".equals(uri.getScheme())) {
                local = java.nio.file.Path.of(uri);
            } else {
                Path remote = new Path(uri);
                FileSystem fs = remote.getFileSystem(conf);
                temporary = Files.createTempDirectory("mire-input");
                local = temporary.resolve(remote.getName());
                try (InputStream in = fs.open(remote)) {
                    Files.copy(in, local, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file.uri() + ": cannot fetch: " + e.getMessage(), e);
        }
        try {
            return new Loaded(IrLoader.load(local, options), null);
        } catch (IrParseException e) {
            String what = e.found() == null || e.found().isEmpty() ? e.expected()
                    : "expected " + e.expected() + " but found " + e.found();
            return new Loaded(null, new Failure(file.name() + ":" + e.line() + ":" + e.column() + ": " + what,
                    e.line(), e.column()));
        } catch (MireException e) {
            return new Loaded(null, new Failure(named(e.getMessage(), local, file), null, null));
        } catch (RuntimeException | StackOverflowError e) {
            // a parser defect on one file must not stop a corpus-sized job; the row says what happened
            return new Loaded(null, new Failure(file.name() + ": internal error while parsing: " + e, null, null));
        } finally {
            if (temporary != null) {
                deleteQuietly(temporary);
            }
        }
    }

    /** Core names the local path in its messages; the output names the file as the job recorded it. */
    static String named(String message, java.nio.file.Path local, IrFile file) {
        String text = message == null ? "unknown error" : message;
        for (String prefix : List.of(local.toString(), local.toUri().toString())) {
            if (text.startsWith(prefix)) {
                return file.name() + text.substring(prefix.length());
            }
        }
        return named(text, file);
    }

    /** A message that starts with the file's name (core's messages name the program by its file name). */
    public static String named(String message, IrFile file) {
        String text = message == null ? "unknown error" : message;
        String base = file.name().substring(file.name().lastIndexOf('/') + 1);
        if (text.startsWith(file.name())) {
            return text;
        }
        if (text.startsWith(base + ":")) {
            return file.name() + text.substring(base.length());
        }
        return file.name() + ": " + text;
    }

    private static void deleteQuietly(java.nio.file.Path folder) {
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary copy is harmless; the executor's temp folder goes with it
        }
    }
}
