package org.w3id.hrckg.server.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.w3id.hrckg.vocab.Eli;
import org.w3id.hrckg.vocab.Hrc;

/**
 * The schema.org {@code Legislation} description embedded in a document's page (so that search
 * engines and reference managers read it): its IRI, symbol, title, date, language versions and
 * issuer. The context is inline (no remote context to fetch); {@code <} is escaped so that the
 * JSON can never close its script element. Its keys are in a fixed order (not {@code Map.of}'s,
 * which changes from one run of the JVM to the next), so that a page is the same bytes, with the
 * same entity tag, from one start of the server to the next.
 */
final class LegislationJsonLd {

  private static final ObjectMapper JSON = new ObjectMapper();

  private LegislationJsonLd() {}

  static String of(Description d, Resource doc) {
    Map<String, Object> ld = new LinkedHashMap<>();
    ld.put("@context", Map.of("@vocab", "https://schema.org/"));
    ld.put("@type", "Legislation");
    ld.put("@id", doc.getURI());
    d.literal(doc, Hrc.symbol).ifPresent(s -> {
      ld.put("legislationIdentifier", s);
      ld.put("sameAs", OfficialCopy.href(s, "en"));
    });
    d.text(doc, DCTerms.title).ifPresent(t -> ld.put("name", JSON.createObjectNode().put("@value", t.getString()).put("@language", t.getLanguage())));
    d.literal(doc, Hrc.adoptionDate).or(() -> d.literal(doc, Hrc.documentDate)).ifPresent(date -> ld.put("legislationDate", date));
    List<String> languages = d.objects(doc, Eli.is_realized_by).stream()
        .flatMap(e -> d.literal(e, DCTerms.language).stream()).distinct().sorted().toList();
    if (!languages.isEmpty()) {
      ld.put("inLanguage", languages.size() == 1 ? languages.get(0) : languages);
    }
    d.object(doc, Hrc.issuedBy).ifPresent(b -> ld.put("legislationPassedBy", JSON.createObjectNode().put("@type", "Organization").put("name", d.label(b))));
    try {
      return JSON.writeValueAsString(ld).replace("<", "\\u003c");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
