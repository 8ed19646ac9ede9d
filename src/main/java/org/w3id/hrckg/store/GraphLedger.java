package org.w3id.hrckg.store;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

/**
 * What each graph of a store generation holds, as a digest of its quads in the order the pipeline
 * streamed them: the next build compares the graphs it streams with these and writes only the
 * graphs that differ. The pipeline's output is the same bytes from one build to the next when its
 * input is (the tests that compare builds check it), so an equal digest is an equal graph. Kept in
 * the generation as {@code graphs.tsv}, one graph a line: its digest, a tab, its name.
 */
public record GraphLedger(Map<String, String> digests) {

  /** The ledger of a generation that starts empty. */
  public static final GraphLedger NONE = new GraphLedger(Map.of());

  public GraphLedger {
    digests = Map.copyOf(digests);
  }

  /** The digest of a graph, if this ledger holds it. */
  public Optional<String> digest(Node graph) {
    return Optional.ofNullable(digests.get(name(graph)));
  }

  /** Reads a generation's ledger; empty for a generation written before ledgers were kept. */
  public static Optional<GraphLedger> read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    Map<String, String> digests = new LinkedHashMap<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        int tab = line.indexOf('\t');
        if (tab < 0) {
          throw new IOException(file + " is not a ledger of graphs: \"" + line + "\"");
        }
        digests.put(line.substring(tab + 1), line.substring(0, tab));
      }
    }
    return Optional.of(new GraphLedger(digests));
  }

  /** Writes the ledger in one rename. */
  public void write(Path file) throws IOException {
    Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName() + ".", ".tmp");
    try {
      try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        for (Map.Entry<String, String> e : new TreeMap<>(digests).entrySet()) {
          out.write(e.getValue() + "\t" + e.getKey() + "\n");
        }
      }
      AtomicFiles.replace(tmp, file);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** How a graph is named in a ledger: its IRI (the default graph by Jena's name for it). */
  static String name(Node graph) {
    return graph.getURI();
  }

  /** The digest of one graph, fed its quads as they stream. */
  static final class Digest {
    private final MessageDigest sha;

    Digest() {
      try {
        sha = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every Java runtime has SHA-256", e);
      }
    }

    void add(Quad quad) {
      node(quad.getSubject());
      node(quad.getPredicate());
      node(quad.getObject());
      sha.update((byte) '\n');
    }

    /** A node's kind, then its parts, each closed by a byte no UTF-8 text holds, so that no two quads feed the same bytes. */
    private void node(Node n) {
      if (n.isURI()) {
        part('U', n.getURI());
      } else if (n.isLiteral()) {
        part('L', n.getLiteralLexicalForm());
        part('@', n.getLiteralLanguage());
        part('^', n.getLiteralDatatypeURI());
      } else {
        part('B', n.toString());
      }
    }

    private void part(char kind, String value) {
      sha.update((byte) kind);
      sha.update(value.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0xff);
    }

    String value() {
      return HexFormat.of().formatHex(sha.digest());
    }
  }
}
