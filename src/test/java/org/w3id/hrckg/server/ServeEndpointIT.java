package org.w3id.hrckg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.hrckg.cli.HrcKg;

/**
 * {@code java -jar hrc-kg.jar serve --sparql-endpoint URL} as an operator runs it, in front of a
 * standalone Fuseki that {@code publish} loaded: nothing is built, the base of the URIs comes from
 * the build's dataset description, and the linked data and pages answer; a store behind a
 * password is read with the credentials of the environment, never shown.
 */
class ServeEndpointIT {

  private static final String USER = "publisher";
  private static final String PASSWORD = "s3cret-Endpoint-Pass";
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @TempDir
  Path dir;

  @Test
  void theFrontEndServesWhatTheStoreHolds() throws Exception {
    try (ExternalFuseki fuseki = ExternalFuseki.start(dir.resolve("fuseki"))) {
      Path dump = dir.resolve("samples.nq");
      assertEquals(0, HrcKg.commandLine().execute("build", "--corpus", "corpus/fr", "--out", dump.toString(), "--quiet"));
      assertEquals(0, HrcKg.commandLine().execute("publish", "--to", fuseki.graphStore(), "--dump", dump.toString(), "--quiet"));

      int port = freePort();
      Process serve = serve(new ProcessBuilder(), "--sparql-endpoint", fuseki.sparql(), "--port", String.valueOf(port));
      try {
        awaitStarted(serve, log());
        String output = Files.readString(log());
        assertTrue(output.contains("Reading the build at " + fuseki.sparql() + " (URIs minted under http://localhost:3030/)"), output);
        String root = "http://localhost:" + port + "/";
        HttpResponse<String> id = CLIENT.send(HttpRequest.newBuilder(URI.create(root + "id/doc/A/HRC/RES/45/32"))
            .header("Accept", "text/turtle").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(303, id.statusCode());
        assertTrue(get(root + "data/doc/A/HRC/RES/45/32.ttl").contains("\"A/HRC/RES/45/32\""));
        String landing = get(root);
        assertTrue(landing.contains("<strong>5</strong> texts in the corpus"), landing);
      } finally {
        serve.destroy();
        serve.waitFor();
      }
    }
  }

  @Test
  void aStoreThatAsksForCredentialsIsReadWithThemAndThePasswordNeverShows() throws Exception {
    try (ExternalFuseki fuseki = ExternalFuseki.startWithUser(dir.resolve("fuseki"), USER, PASSWORD)) {
      Path dump = dir.resolve("samples.nq");
      assertEquals(0, HrcKg.commandLine().execute("build", "--corpus", "corpus/fr", "--out", dump.toString(), "--quiet"));
      String store = fuseki.graphStore().replace("http://", "http://" + USER + ":" + PASSWORD + "@");
      assertEquals(0, HrcKg.commandLine().execute("publish", "--to", store, "--dump", dump.toString(), "--quiet"));

      Process refused = serve(new ProcessBuilder(), "--sparql-endpoint", fuseki.sparql(), "--port", String.valueOf(freePort()));
      assertTrue(refused.waitFor(120, TimeUnit.SECONDS), "serve stops");
      assertEquals(2, refused.exitValue(), "a command that cannot run as asked");
      String said = Files.readString(log());
      assertTrue(said.contains("it asks for credentials: --endpoint-user"), said);

      int port = freePort();
      ProcessBuilder withUser = new ProcessBuilder();
      withUser.environment().put("HRCKG_ENDPOINT_USER", USER);
      withUser.environment().put("HRCKG_ENDPOINT_PASSWORD", PASSWORD);
      Process serve = serve(withUser, "--sparql-endpoint", fuseki.sparql(), "--port", String.valueOf(port));
      try {
        awaitStarted(serve, log());
        String root = "http://localhost:" + port + "/";
        assertTrue(get(root + "data/doc/A/HRC/RES/45/32.ttl").contains("\"A/HRC/RES/45/32\""));
        String answer = get(root + "sparql?query=" + URLEncoder.encode("ASK { ?d a ?c }", StandardCharsets.UTF_8));
        assertTrue(answer.contains("true"), "/sparql forwards with the credentials: " + answer);
        assertFalse(Files.readString(log()).contains(PASSWORD), Files.readString(log()));
      } finally {
        serve.destroy();
        serve.waitFor();
      }
      assertFalse(fuseki.log().contains(PASSWORD));
    }
  }

  /** {@code java -jar hrc-kg.jar serve ARGS}, as an operator runs it, its output in {@link #log}. */
  private Process serve(ProcessBuilder process, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of("java", "-jar", System.getProperty("hrckg.jar", "target/hrc-kg.jar"), "serve"));
    command.addAll(List.of(args));
    return process.command(command).redirectErrorStream(true).redirectOutput(log().toFile()).start();
  }

  private Path log() {
    return dir.resolve("serve.log");
  }

  private static String get(String url) throws IOException, InterruptedException {
    HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), () -> url + " answered " + r.statusCode() + ": " + r.body());
    return r.body();
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
