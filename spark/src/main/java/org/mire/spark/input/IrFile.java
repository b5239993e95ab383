package org.mire.spark.input;

import java.io.Serializable;

/**
 * One input file of a job.
 *
 * @param uri  where it is, on any Hadoop file system ({@code file:/…}, {@code hdfs://…}, {@code s3a://…})
 * @param name what the output records in its {@code file} column and ids: relative to the folder or glob it was
 *             found under, or the path as given
 */
public record IrFile(String uri, String name) implements Serializable {
}
