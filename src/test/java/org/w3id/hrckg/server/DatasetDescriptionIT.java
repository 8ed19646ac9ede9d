package org.w3id.hrckg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The VoID / DCAT description at {@code /.well-known/void} and the downloadable dump. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestServer.Mode.class)
class DatasetDescriptionIT {

  /** Over the embedded dataset, or over the same build in a standalone Fuseki. */
  @Parameter
  TestServer.Mode mode;

  private static final ValueFactory VF = SimpleValueFactory.getInstance();
  private static final String VOID = "http://rdfs.org/ns/void#";

  @Test
  void voidDescribesTheDatasetWhereItIsServed() throws IOException {
    HttpResponse<byte[]> r = get(".well-known/void");
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
    Model model = Rio.parse(new ByteArrayInputStream(r.body()), "", RDFFormat.TURTLE);
    var dataset = VF.createIRI(TestServer.BASE + "id/dataset");
    assertTrue(model.contains(dataset, VF.createIRI(VOID + "sparqlEndpoint"), VF.createIRI(site().url() + "sparql")));
    assertTrue(model.contains(dataset, VF.createIRI(VOID + "uriSpace"), VF.createLiteral(TestServer.BASE)));
    long triples = Txn.calculateRead(TestServer.dataset(), () -> TestServer.dataset().stream().count());
    Literal stated = Models.objectLiteral(model.filter(dataset, VF.createIRI(VOID + "triples"), null)).orElseThrow();
    assertEquals(triples, stated.longValue());
    assertEquals(200, get(".well-known/void", "Accept", "application/ld+json").statusCode());
    var endpoint = VF.createIRI(site().url() + "sparql");
    String hrc = "https://w3id.org/hrc-kg/ontology#";
    assertEquals(TestServer.MAX_RESULTS, Models.objectLiteral(model.filter(endpoint, VF.createIRI(hrc + "maxResultRows"), null))
        .orElseThrow().longValue(), "the row limit, as the service description states it");
    assertEquals(TestServer.MAX_ANSWER_BYTES, Models.objectLiteral(model.filter(endpoint, VF.createIRI(hrc + "maxAnswerBytes"),
        null)).orElseThrow().longValue(), "the byte limit");
  }

  @Test
  void theDumpIsTheWholeGraphInNQuads() throws IOException {
    HttpResponse<byte[]> r = get("download/hrc-kg.nq.gz");
    assertEquals(200, r.statusCode());
    assertEquals("application/gzip", r.headers().firstValue("Content-Type").orElse(null));
    Model model;
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(r.body()))) {
      model = Rio.parse(in, "", RDFFormat.NQUADS);
    }
    long quads = Txn.calculateRead(TestServer.dataset(), () -> TestServer.dataset().stream().count());
    assertEquals(quads, model.size());
    assertEquals(8, model.contexts().size(), "five texts, the ontology, the reference data and the quality report");
    String tag = r.headers().firstValue("ETag").orElseThrow();
    assertEquals(304, get("download/hrc-kg.nq.gz", "If-None-Match", tag).statusCode());
  }

  private TestServer.Site site() {
    return TestServer.site(mode);
  }

  private HttpResponse<byte[]> get(String path, String... headers) {
    return site().get(path, headers);
  }
}
