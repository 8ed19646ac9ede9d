package org.w3id.hrckg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.hrckg.cli.HrcKg;

/**
 * {@code java -jar hrc-kg.jar serve --sparql-endpoint URL} as an operator runs it, in front of a
 * standalone Fuseki that {@code publish} loaded: nothing is built, the base of the URIs comes from
 * the build's dataset description, and the linked data and pages answer.
 */
class ServeEndpointIT {

  @TempDir
  Path dir;

  @Test
  void theFrontEndServesWhatTheStoreHolds() throws Exception {
    try (ExternalFuseki fuseki = ExternalFuseki.start(dir.resolve("fuseki"))) {
      Path dump = dir.resolve("samples.nq");
      assertEquals(0, HrcKg.commandLine().execute("build", "--out", dump.toString(), "--quiet"));
      assertEquals(0, HrcKg.commandLine().execute("publish", "--to", fuseki.graphStore(), "--dump", dump.toString(), "--quiet"));

      int port = freePort();
      Path log = dir.resolve("serve.log");
      Process serve = new ProcessBuilder("java", "-jar", System.getProperty("hrckg.jar", "target/hrc-kg.jar"), "serve",
          "--sparql-endpoint", fuseki.sparql(), "--port", String.valueOf(port)).redirectErrorStream(true)
          .redirectOutput(log.toFile()).start();
      try {
        awaitStarted(serve, log);
        String output = Files.readString(log);
        assertTrue(output.contains("Reading the build at " + fuseki.sparql() + " (URIs minted under http://localhost:3030/)"), output);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String root = "http://localhost:" + port + "/";
        HttpResponse<String> id = client.send(HttpRequest.newBuilder(URI.create(root + "id/doc/A/HRC/RES/45/32"))
            .header("Accept", "text/turtle").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(303, id.statusCode());
        HttpResponse<String> data = client.send(HttpRequest.newBuilder(URI.create(root + "data/doc/A/HRC/RES/45/32.ttl"))
            .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, data.statusCode());
        assertTrue(data.body().contains("\"A/HRC/RES/45/32\""), data.body());
        HttpResponse<String> landing = client.send(HttpRequest.newBuilder(URI.create(root)).timeout(Duration.ofSeconds(60))
            .build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(landing.body().contains("<strong>5</strong> texts in the corpus"), landing.body());
      } finally {
        serve.destroy();
        serve.waitFor();
      }
    }
  }

  private static void awaitStarted(Process serve, Path log) throws IOException, InterruptedException {
    for (int i = 0; i < 480; i++) {
      if (Files.readString(log).contains("Stop with Ctrl-C.")) {
        return;
      }
      if (!serve.isAlive()) {
        break;
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("serve did not start:\n" + Files.readString(log));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
