package org.w3id.hrckg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.hrckg.server.TestServer.BASE;
import static org.w3id.hrckg.server.TestServer.text;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.hrckg.iri.IriMinter;
import org.w3id.hrckg.pipeline.SourceFile;
import org.w3id.hrckg.search.SearchIndex;
import org.w3id.hrckg.store.DatasetBuilder;
import org.w3id.hrckg.vocab.Hrc;

/**
 * The annex of A/HRC/RES/54/18 (its French and English XML, bundled) over HTTP, as operative
 * paragraphs are: the annex and its paragraphs dereference (303 to page or data by Accept), their
 * data holds their citations, and the document's page shows the annex after the operative part,
 * in the page's language.
 */
class AnnexLinkedDataIT {

  private static final String DOC = "doc/A/HRC/RES/54/18";
  private static HrcServer server;
  private static TestServer.Site site;

  @BeforeAll
  static void start() throws IOException {
    List<SourceFile> files = new ArrayList<>();
    for (String file : List.of("corpus/akn/en/A_HRC_RES_54_18E.xml", "corpus/akn/fr/A_HRC_RES_54_18F.xml")) {
      files.add(SourceFile.of(Path.of(file)));
    }
    DatasetGraph dataset = DatasetBuilder.build(files, new IriMinter(BASE), f -> { }).dataset();
    SearchIndex.inMemory(dataset);
    server = HrcServer.start(dataset, new IriMinter(BASE), ServerSettings.onPort(0));
    site = new TestServer.Site("http://localhost:" + server.port() + "/", server.port());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static Stream<Arguments> redirects() {
    return Stream.of(
        Arguments.of(DOC + "/annex/1", "text/html", "/page/" + DOC + "/annex/1"),
        Arguments.of(DOC + "/annex/1", "text/turtle", "/data/" + DOC + "/annex/1.ttl"),
        Arguments.of(DOC + "/annex/1/para/3", "text/html", "/page/" + DOC + "/annex/1/para/3"),
        Arguments.of(DOC + "/annex/1/para/3", "text/turtle", "/data/" + DOC + "/annex/1/para/3.ttl"),
        Arguments.of(DOC + "/annex/1/para/10/citation/1", "application/ld+json", "/data/" + DOC + "/annex/1/para/10/citation/1.jsonld"));
  }

  @ParameterizedTest(name = "{0} Accept: {1}")
  @MethodSource("redirects")
  void annexUrisRedirect303ByAccept(String thing, String accept, String target) {
    HttpResponse<byte[]> redirect = site.get("id/" + thing, "Accept", accept);
    assertEquals(303, redirect.statusCode());
    String location = redirect.headers().firstValue("Location").orElseThrow();
    assertTrue(location.endsWith(target), location);
    assertEquals(200, site.get(location.substring(site.url().length())).statusCode(), location);
  }

  @Test
  void anAnnexParagraphsDataHoldsItsCitationsAndItsAnnex() {
    String para = BASE + "id/" + DOC + "/annex/1/para/10";
    Model m = ModelFactory.createDefaultModel();
    m.read(new StringReader(text(site.get("data/" + DOC + "/annex/1/para/10.ttl"))), BASE, "TTL");
    assertTrue(m.contains(ResourceFactory.createResource(para), Hrc.inAnnex, ResourceFactory.createResource(BASE + "id/" + DOC + "/annex/1")));
    List<String> cited = m.listSubjectsWithProperty(Hrc.citingParagraph, ResourceFactory.createResource(para)).toList().stream()
        .map(c -> c.getPropertyResourceValue(Hrc.citedDocument).getURI().substring((BASE + "id/doc/").length())).sorted().toList();
    assertEquals(List.of("A/RES/48/141", "A/RES/52/136", "A/RES/60/251"), cited);
  }

  static Stream<Arguments> documentPages() {
    return Stream.of(
        Arguments.of("en", "Annex 1", "Draft international covenant on the right to development"),
        Arguments.of("fr", "Annexe 1", "Projet de pacte international sur le droit au développement"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documentPages")
  void theDocumentPageShowsTheAnnexAfterTheOperativePart(String language, String heading, String title) {
    String page = text(site.get("page/" + DOC, "Accept-Language", language));
    int operative = page.indexOf("id=\"operative\"");
    int annex = page.indexOf("<section class=\"annex\" id=\"annex1\">");
    assertTrue(operative > 0 && annex > operative, "the annex follows the operative part");
    assertTrue(page.contains(heading + "</h2>") && page.contains("<h3>" + title + "</h3>"), title);
    assertTrue(page.contains("href=\"/page/" + DOC + "/annex/1/para/33\" lang=\"" + language + "\">1.</a>"),
        "article 4, paragraph 1 shows its printed number");
  }
}
