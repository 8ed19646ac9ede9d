package org.w3id.hrckg.assemble;

import java.util.List;
import org.w3id.hrckg.model.InputFormat;
import org.w3id.hrckg.model.Language;
import org.w3id.hrckg.model.ParsedDocument;

/**
 * One language version of a work: the facts read from the file that speaks for it, and the other
 * files (manifestations) of the same language version, which were compared with it.
 *
 * @param document what the parser found in the file that speaks for it
 * @param others the other files of the same language version, in another format
 */
public record Expression(ParsedDocument document, List<ParsedDocument> others) {

  public Expression {
    others = List.copyOf(others);
  }

  public Language language() {
    return document.language();
  }

  public InputFormat format() {
    return document.format();
  }

  /** The name of every file the expression was read from, the one that speaks for it first. */
  public List<String> files() {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(document), others.stream())
        .map(d -> d.source().fileName()).toList();
  }
}
