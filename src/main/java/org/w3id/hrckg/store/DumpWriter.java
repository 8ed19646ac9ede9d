package org.w3id.hrckg.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.RDFWriterBuilder;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Writes a dataset to a dump file without ever leaving a broken one: the data goes to a temporary
 * file beside the target, is flushed to disk, and only then replaces the target in one rename. If
 * anything fails on the way (a full disk, an error in the data), the previous dump is untouched.
 */
public final class DumpWriter {

  private DumpWriter() {}

  /** Writes a dataset in the format of the file's extension. */
  public static void write(DatasetGraph dataset, Path target, DumpFormat format) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
    try {
      keepPermissions(target, tmp);
      try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
           OutputStream out = Channels.newOutputStream(channel)) {
        RDFWriterBuilder writer = RDFWriter.create().format(format.format());
        if (format.quads()) {
          writer.source(dataset);
        } else {
          writer.source(dataset.getUnionGraph());
        }
        writer.output(out);
        out.flush();
        channel.force(true);
      }
      AtomicFiles.replace(tmp, target);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** A temporary file is private; the dump gets the permissions of the one it replaces, or rw-r--r--. */
  private static void keepPermissions(Path target, Path tmp) throws IOException {
    if (!Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
      return;
    }
    Set<PosixFilePermission> permissions = Files.exists(target)
        ? Files.getPosixFilePermissions(target) : PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(tmp, permissions);
  }
}
