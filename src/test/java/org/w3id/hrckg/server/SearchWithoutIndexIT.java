package org.w3id.hrckg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.hrckg.iri.IriMinter;
import org.w3id.hrckg.publish.Backoff;
import org.w3id.hrckg.publish.GraphStorePublisher;
import org.w3id.hrckg.server.dataset.EndpointDataset;

/**
 * {@code /search} over a store that holds the build but no full-text index like hrc-kg's (any
 * engine configured without {@code deploy/fuseki/hrc-kg.ttl}): the page says so and what still
 * works, in a styled 503, while the rest of the site answers.
 */
class SearchWithoutIndexIT {

  @TempDir
  Path dir;

  @Test
  void theSearchPageSaysTheStoreHoldsNoIndex() throws Exception {
    try (ExternalFuseki fuseki = ExternalFuseki.startWithoutSearchIndex(dir)) {
      new GraphStorePublisher(URI.create(fuseki.graphStore()), Optional.empty(), Backoff.defaults())
          .publish(GraphStorePublisher.quadsOf(TestServer.dataset()), (graph, triples) -> { }, Optional.empty());
      EndpointDataset remote = new EndpointDataset(fuseki.sparql(), Optional.empty(), TestServer.REMOTE_TIMEOUT,
          PrefixMapFactory.create(TestServer.dataset().prefixes()));
      try (HrcServer server = HrcServer.start(remote, new IriMinter(TestServer.BASE), ServerSettings.onPort(0))) {
        TestServer.Site site = new TestServer.Site("http://localhost:" + server.port() + "/", server.port());
        HttpResponse<byte[]> search = site.get("search?q=60%2F251", "Accept-Language", "en");
        assertEquals(503, search.statusCode());
        assertTrue(TestServer.text(search).contains("holds no full-text index like hrc-kg’s"), TestServer.text(search));
        assertEquals(200, site.get("page/state").statusCode(), "the browse indexes still answer");
      }
    }
  }
}
