package org.w3id.hrckg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The spill's format: what the parser gives comes back equal, nulls and all; damaged bytes are refused. */
class RecordCodecTest {

  /** What parsing a file gives, as the spill keeps it. */
  record Outcome(List<org.w3id.hrckg.model.ParsedDocument> documents, List<org.w3id.hrckg.model.Diagnostic> diagnostics) {}

  record Nulls(String text, Integer number, Boolean flag, LocalDate date, List<String> words, Nulls inner,
      org.w3id.hrckg.model.Language language) {}

  record Unsupported(Map<String, String> map) {}

  static Stream<Path> samples() throws IOException {
    try (Stream<Path> files = Stream.concat(Files.list(Path.of("corpus/fr")), Files.list(Path.of("corpus/akn/en")))) {
      return files.filter(Files::isRegularFile).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void theParsedSamplesComeBackEqual(Path file) throws IOException {
    DocumentParser.Outcome parsed = DocumentParser.parse(file.getFileName().toString(), Files.readAllBytes(file));
    assertFalse(parsed.documents().isEmpty(), file + " gives a document");
    Outcome outcome = new Outcome(parsed.documents(), parsed.diagnostics());
    assertEquals(outcome, roundTrip(RecordCodec.of(Outcome.class), outcome, Outcome.class));
  }

  @Test
  void nullsEmptyListsAndNestedRecordsComeBack() throws IOException {
    RecordCodec<Nulls> codec = RecordCodec.of(Nulls.class);
    Nulls none = new Nulls(null, null, null, null, null, null, null);
    Nulls some = new Nulls("é — 𝄞", -7, false, LocalDate.of(2021, 10, 8), Arrays.asList("a", null, ""), none,
        org.w3id.hrckg.model.Language.FRENCH);
    assertEquals(none, roundTrip(codec, none, Nulls.class));
    assertEquals(some, roundTrip(codec, some, Nulls.class));
    Nulls empty = new Nulls("x".repeat(70_000), 0, true, LocalDate.MIN, List.of(), null, null);
    assertEquals(empty, roundTrip(codec, empty, Nulls.class));
  }

  @Test
  void aTypeItCannotWriteIsRefusedWhenTheCodecIsMade() {
    assertThrows(IllegalArgumentException.class, () -> RecordCodec.of(Unsupported.class));
  }

  @Test
  void cutOrDamagedBytesAreRefused() throws IOException {
    RecordCodec<Nulls> codec = RecordCodec.of(Nulls.class);
    byte[] bytes = bytes(codec, new Nulls("text", 1, true, null, List.of("a"), null, null));
    byte[] cut = Arrays.copyOf(bytes, bytes.length - 2);
    assertThrows(IOException.class, () -> codec.read(new DataInputStream(new ByteArrayInputStream(cut)), Nulls.class));
    byte[] negative = bytes.clone();
    Arrays.fill(negative, 1, 5, (byte) 0xff);
    assertThrows(IOException.class, () -> codec.read(new DataInputStream(new ByteArrayInputStream(negative)), Nulls.class));
  }

  private static <T extends Record> T roundTrip(RecordCodec<T> codec, T value, Class<T> type) throws IOException {
    return codec.read(new DataInputStream(new ByteArrayInputStream(bytes(codec, value))), type);
  }

  private static <T extends Record> byte[] bytes(RecordCodec<T> codec, T value) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    codec.write(new DataOutputStream(bytes), value);
    return bytes.toByteArray();
  }
}
