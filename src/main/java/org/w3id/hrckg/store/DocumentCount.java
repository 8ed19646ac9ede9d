package org.w3id.hrckg.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.w3id.hrckg.vocab.Eli;

/** The number of documents an RDF file holds: the works read from files (that have language versions), read as a stream. */
final class DocumentCount {

  private DocumentCount() {}

  static int in(Path file) throws IOException {
    Set<Node> documents = new HashSet<>();
    Node realized = Eli.is_realized_by.asNode();
    try {
      RDFParser.source(file).parse(new StreamRDFBase() {
        @Override
        public void triple(Triple t) {
          if (t.getPredicate().equals(realized)) {
            documents.add(t.getSubject());
          }
        }

        @Override
        public void quad(Quad q) {
          triple(q.asTriple());
        }
      });
    } catch (RiotException e) {
      throw new IOException("the previous dump " + file + " cannot be read (" + e.getMessage() + ")", e);
    }
    return documents.size();
  }
}
