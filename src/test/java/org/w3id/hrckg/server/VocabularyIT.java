package org.w3id.hrckg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.hrckg.server.TestServer.get;
import static org.w3id.hrckg.server.TestServer.text;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.hrckg.vocab.Hrc;

/** {@code /ontology}: the vocabulary documented in both languages, and the same as RDF by content negotiation. */
class VocabularyIT {

  @Test
  void everyTermHasItsAnchorLabelAndDefinition() {
    String english = text(get("ontology", "Accept-Language", "en"));
    assertTrue(english.contains("<article class=\"term\" id=\"Citation\">"), english);
    assertTrue(english.contains("<h3>citation function <code class=\"curie\">hrc:CitationFunction</code></h3>"));
    String french = text(get("ontology", "Accept-Language", "fr"));
    assertTrue(french.contains("<h3>document cité <code class=\"curie\">hrc:citedDocument</code></h3>"), french);
    assertTrue(french.contains("<dt>Dans les données</dt>"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"text/turtle, TTL", "application/ld+json, JSON-LD", "application/rdf+xml, RDF/XML"})
  void theVocabularyIsDataByContentNegotiation(String type, String lang) {
    HttpResponse<byte[]> r = get("ontology", "Accept", type);
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(type));
    Model m = ModelFactory.createDefaultModel().read(new ByteArrayInputStream(r.body()), null, lang);
    assertTrue(m.contains(ResourceFactory.createResource(Hrc.NS + "Citation"), RDF.type, OWL.Class));
  }

  @Test
  void theDataModelIsDrawnFromTheOntology() {
    String model = text(get("ontology/model.json"));
    assertTrue(model.contains("\"source\":\"Citation\"") && model.contains("\"target\":\"Document\""), model);
  }
}
