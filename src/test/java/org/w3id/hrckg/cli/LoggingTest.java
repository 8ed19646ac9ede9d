package org.w3id.hrckg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.LoggerFactory;

/**
 * What the command line writes of the libraries' logs (log4j2.properties): their warnings, but for
 * the notes that say nothing to a user of hrc-kg about the data or the server.
 */
class LoggingTest {

  @ParameterizedTest(name = "{0}: warnings written {1}")
  @CsvSource({
      "org.w3id.hrckg.server.LinkedDataServer, true",
      "org.apache.jena.fuseki.Fuseki, true",
      "org.apache.pdfbox.pdmodel.font.PDTrueTypeFont, true",
      "org.apache.poi.hwpf.model.FileInformationBlock, false",
      "org.apache.jena.sparql.expr.E_Regex, false",
      "org.apache.jena.sparql.engine.binding.BindingComparator, false",
  })
  void warningsWrittenPerSource(String logger, boolean written) {
    assertEquals(written, LoggerFactory.getLogger(logger).isWarnEnabled());
  }
}
