package org.w3id.hrckg.server.load;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code java -jar hrc-kg.jar serve} as a process of its own, with a GC log, so that its resident
 * memory and its collections are its own: started, asked to collect, measured, stopped.
 */
final class ServerProcess implements AutoCloseable {

  private final Process process;
  private final Path gcLog;
  private final int port;

  private ServerProcess(Process process, Path gcLog, int port) {
    this.process = process;
    this.gcLog = gcLog;
    this.port = port;
  }

  /** Starts the server on the bundled corpus and waits until it answers. */
  static ServerProcess start(Path jar, Path folder, int port, List<String> jvmOptions) throws IOException, InterruptedException {
    Files.createDirectories(folder);
    Path gcLog = folder.resolve("gc.log");
    Files.deleteIfExists(gcLog);
    List<String> command = new java.util.ArrayList<>(List.of(java(), "-Xlog:gc:file=" + gcLog + ":uptime"));
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", jar.toString(), "serve", "--port", String.valueOf(port), "--quiet"));
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(folder.resolve("serve.log").toFile()).start();
    ServerProcess server = new ServerProcess(process, gcLog, port);
    // A check stopped from outside stops its server too.
    Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
    try (HttpConnection probe = new HttpConnection(InetAddress.getLoopbackAddress(), port)) {
      for (int i = 0; i < 1440; i++) { // up to six minutes: serve builds the bundled corpus first
        if (!process.isAlive()) {
          throw new IllegalStateException("serve stopped: see " + folder.resolve("serve.log"));
        }
        try {
          if (probe.get("/sparql?query=ASK%7B%7D", "application/sparql-results+json").status() == 200) {
            return server;
          }
        } catch (IOException notYet) {
          Thread.sleep(250);
        }
      }
    }
    server.close();
    throw new IllegalStateException("serve did not answer in 60 s");
  }

  int port() {
    return port;
  }

  /** Asks for a full collection (jcmd GC.run), then lets the heap settle. */
  void collect() throws IOException, InterruptedException {
    Path jcmd = Path.of(java()).resolveSibling("jcmd");
    Process p = new ProcessBuilder(jcmd.toString(), String.valueOf(process.pid()), "GC.run").redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IllegalStateException("jcmd GC.run failed");
    }
    Thread.sleep(2_000);
  }

  /** Resident memory of the server process, in MiB. */
  long residentMiB() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
      }
    }
    throw new IllegalStateException("no VmRSS for " + process.pid());
  }

  /**
   * The heap that the last full collection asked for (jcmd GC.run) left live, in MiB: what a leak
   * would make grow. Resident memory also counts the heap the collector has taken and keeps, which
   * it grows once under load whatever lives in it.
   */
  long liveHeapMiB() throws IOException {
    List<String> asked = Files.readAllLines(gcLog).stream().filter(l -> l.contains("Pause Full (Diagnostic Command)")).toList();
    if (asked.isEmpty()) {
      throw new IllegalStateException("no full collection asked for in " + gcLog);
    }
    Matcher after = LIVE_AFTER.matcher(asked.get(asked.size() - 1));
    if (!after.find()) {
      throw new IllegalStateException("no heap figures in the GC log line: " + asked.get(asked.size() - 1));
    }
    return Long.parseLong(after.group(1));
  }

  /** The full collections of the GC log that no one asked for (jcmd's show as "Diagnostic Command"). */
  List<String> unaskedFullCollections() throws IOException {
    return Files.readAllLines(gcLog).stream().filter(l -> l.contains("Pause Full") && !l.contains("(Diagnostic Command)")).toList();
  }

  /** Every collection pause of the GC log. */
  long pauses() throws IOException {
    return Files.readAllLines(gcLog).stream().filter(l -> l.contains("Pause")).count();
  }

  /** "850M->310M(1300M)": the heap before, after and committed. */
  private static final Pattern LIVE_AFTER = Pattern.compile("\\d+M->(\\d+)M\\(\\d+M\\)");

  private static String java() {
    return ProcessHandle.current().info().command().orElse("java");
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
