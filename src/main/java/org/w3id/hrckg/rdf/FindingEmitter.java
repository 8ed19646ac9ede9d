package org.w3id.hrckg.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.hrckg.assemble.Finding;
import org.w3id.hrckg.iri.IriMinter;
import org.w3id.hrckg.model.WarningClass;
import org.w3id.hrckg.vocab.Hrc;

/**
 * Writes the assembly's findings and the classes of the build's warnings into the quality graph,
 * each a node named from what it says, so that the same corpus always gives the same findings
 * under the same IRIs.
 */
public final class FindingEmitter {

  private final IriMinter iris;

  public FindingEmitter(IriMinter iris) {
    this.iris = iris;
  }

  public void emit(Finding f, StreamRDF out) {
    Quads q = new Quads(out, Quads.uri(iris.qualityGraph()));
    Node node = Quads.uri(iris.qualityGraph() + "/finding/" + digest(f));
    q.type(node, Hrc.QualityFinding);
    q.link(node, Hrc.findingKind, Quads.uri(Hrc.NS + f.kind().concept()));
    q.link(node, Hrc.concerns, Quads.uri(f.focus()));
    q.string(node, Hrc.sourceFileName, f.file());
    q.text(node, RDFS.comment, f.message(), "en");
  }

  /**
   * Writes a class of the build's warnings: what it says, how many warnings, every file, one of
   * them in full; named from its pattern, so that the same warnings keep their IRI from build to build.
   */
  public void emit(WarningClass w, StreamRDF out) {
    Quads q = new Quads(out, Quads.uri(iris.qualityGraph()));
    Node node = Quads.uri(iris.qualityGraph() + "/warning/" + digest(w.pattern()));
    q.type(node, Hrc.WarningClass);
    q.text(node, RDFS.label, w.pattern(), "en");
    q.integer(node, Hrc.occurrences, w.count());
    w.files().forEach(f -> q.string(node, Hrc.sourceFileName, f));
    q.text(node, RDFS.comment, "For example: " + w.example(), "en");
  }

  private static String digest(Finding f) {
    return digest(f.kind() + "\n" + f.focus() + "\n" + f.file() + "\n" + f.message());
  }

  private static String digest(String what) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(what.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest()).substring(0, 20);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
