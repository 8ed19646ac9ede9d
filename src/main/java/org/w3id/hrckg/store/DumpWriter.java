package org.w3id.hrckg.store;

import java.io.BufferedOutputStream;
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

  /** What goes into a dump, written to its temporary file; false to leave the target as it was. */
  @FunctionalInterface
  public interface Body {
    boolean write(OutputStream out) throws IOException;
  }

  /** Writes a dataset in the format of the file's extension. */
  public static void write(DatasetGraph dataset, Path target, DumpFormat format) throws IOException {
    write(target, out -> {
      RDFWriterBuilder writer = RDFWriter.create().format(format.format());
      if (format.quads()) {
        writer.source(dataset);
      } else {
        writer.source(dataset.getUnionGraph());
      }
      writer.output(out);
      return true;
    });
  }

  /**
   * Writes a dump through a temporary file beside it, flushed to disk and renamed over the target
   * only when the body says it may replace it.
   *
   * @return whether the target was replaced
   */
  public static boolean write(Path target, Body body) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
    try {
      keepPermissions(target, tmp);
      try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
           OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
        if (!body.write(out)) {
          return false;
        }
        out.flush();
        channel.force(true);
      }
      AtomicFiles.replace(tmp, target);
      return true;
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
