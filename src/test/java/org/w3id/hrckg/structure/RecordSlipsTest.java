package org.w3id.hrckg.structure;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.hrckg.model.Diagnostic;
import org.w3id.hrckg.pipeline.DocumentParser;

/**
 * The slips of real records that the parser reads and reports, each row a loader case and the
 * warning it must give (what is read is checked by the case's expected.ttl).
 */
class RecordSlipsTest {

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "record-of-adoption-slips | the header says adopted on 2024-04-04, the record of adoption 2014-04-04; 2024-04-04 is kept",
      "record-of-adoption-slips | the vote summary spells \"absentions\"; its count, 1, is read as the abstentions"})
  void theSlipIsReported(String loaderCase, String warning) throws Exception {
    Path input = Path.of("src/test/resources/loader-cases", loaderCase, "input.txt");
    List<Diagnostic> diagnostics = DocumentParser.parse("input.txt", Files.readAllBytes(input)).diagnostics();
    assertTrue(diagnostics.stream().anyMatch(d -> !d.isError() && d.message().contains(warning)), diagnostics::toString);
  }
}
