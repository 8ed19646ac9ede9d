package org.w3id.hrckg.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a build held, kept beside its dump ({@code hrc-kg.nq.build.json}) or in its store
 * generation, so that the next build can be compared with it without reading the data.
 *
 * @param documents how many documents were built
 * @param failed how many inputs were left out
 * @param base the base URI the build minted under
 * @param files the source files of the documents built
 */
public record BuildRecord(int documents, int failed, String base, List<String> files) {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** The record of a built dataset. */
  public static BuildRecord of(BuiltDataset built, String base) {
    List<String> files = built.report().documents().stream().map(d -> d.file()).toList();
    return new BuildRecord(files.size(), built.report().failed(), base, files);
  }

  /** Reads a record; empty when there is none. */
  public static Optional<BuildRecord> read(Path file) throws IOException {
    return Files.isRegularFile(file) ? Optional.of(JSON.readValue(file.toFile(), BuildRecord.class)) : Optional.empty();
  }

  /** Writes a record in one rename, as the dump it describes. */
  public void write(Path file) throws IOException {
    Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName() + ".", ".tmp");
    try {
      JSON.writeValue(tmp.toFile(), this);
      AtomicFiles.replace(tmp, file);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
