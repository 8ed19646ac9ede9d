package org.w3id.hrckg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.hrckg.server.TestServer.get;
import static org.w3id.hrckg.server.TestServer.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.hrckg.iri.IriMinter;
import org.w3id.hrckg.server.html.Catalogue;
import org.w3id.hrckg.server.html.TermLabels;
import org.w3id.hrckg.store.SelectQuery;
import org.w3id.hrckg.store.UnionDefaultGraph;

/**
 * Labels a reader sees: every property and class the data uses has a label in every language of
 * the interface, and no page shows a raw property name, a term's local name or one of our IRIs
 * where a label goes (texts of the interface's catalogue are labels, whatever they say).
 */
class LabelsIT {

  /** The text of the elements where labels go: headings, table headers, links. */
  private static final Pattern LABELLED = Pattern.compile("<(th|h[1-6]|a|dt)\\b[^>]*>([^<]+)</\\1>");

  @Test
  void everyTermTheDataUsesHasALabelInEveryLanguage() {
    TermLabels labels = TermLabels.of(TestServer.dataset(), new IriMinter(TestServer.BASE));
    List<String> missing = new ArrayList<>();
    for (String term : terms()) {
      for (String lang : Catalogue.LANGUAGES) {
        if (labels.label(term, lang).isEmpty()) {
          missing.add(term + " @" + lang);
        }
      }
    }
    assertEquals(List.of(), missing);
  }

  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource({
      "page/doc/A/HRC/RES/45/32, en", "page/doc/A/HRC/RES/45/32, fr", "page/doc/A/RES/60/251, en",
      "page/state/TUR, en", "page/state/TUR, fr", "page/fund/vftc, en", "page/fund/vftc, fr",
      "page/body/ohchr, en", "page/session/hrc/45, fr", "page/doc/A/HRC/RES/45/32/op/1, en",
      "page/doc/A/HRC/RES/45/32/pp/4/citation/1, fr",
  })
  void noPageShowsARawTermName(String page, String lang) {
    String html = text(get(page, "Accept-Language", lang));
    Set<String> raw = new TreeSet<>();
    TermLabels labels = TermLabels.of(TestServer.dataset(), new IriMinter(TestServer.BASE));
    Set<String> localNames = new TreeSet<>();
    for (String term : terms()) {
      String local = term.substring(Math.max(term.lastIndexOf('#'), term.lastIndexOf('/')) + 1);
      if (!labels.label(term, lang).map(local::equals).orElse(false)) {
        localNames.add(local);
      }
    }
    Set<String> interfaceTexts = new TreeSet<>(Catalogue.messages(lang).values());
    Matcher m = LABELLED.matcher(html);
    while (m.find()) {
      String shown = m.group(2).strip();
      boolean ours = shown.startsWith(TestServer.BASE) || shown.startsWith("https://w3id.org/hrc-kg/");
      if (!interfaceTexts.contains(shown) && (localNames.contains(shown) || ours)) {
        raw.add(shown);
      }
    }
    assertTrue(raw.isEmpty(), page + " shows " + raw);
  }

  @ParameterizedTest(name = "{0} reads {2}")
  @CsvSource(delimiter = '|', value = {
      "page/doc/A/HRC/RES/45/32/pp/4/citation/1 | en | A/HRC/RES/45/32, preambular paragraph 4: pursuant to A/RES/60/251",
      "page/doc/A/HRC/RES/45/32/op/13/output/1  | en | requested report asked in A/HRC/RES/45/32, operative paragraph 13",
      "page/doc/A/HRC/RES/45/32/pp/13/mention/1 | en | United Nations Voluntary Fund for Technical Cooperation in the Field of Human Rights, named in A/HRC/RES/45/32, preambular paragraph 13",
      "page/doc/A/HRC/RES/45/32/pp/4/citation/1 | fr | A/HRC/RES/45/32, alinéa 4 du préambule : conformément à A/RES/60/251",
  })
  void aFactReadsWhatItSaysAndWhere(String page, String lang, String title) {
    assertTrue(text(get(page, "Accept-Language", lang)).contains("<h1>" + title + "</h1>"), page);
  }

  /** Every property and class the data uses. */
  private static Set<String> terms() {
    DatasetGraph union = UnionDefaultGraph.of(TestServer.dataset());
    Set<String> terms = new TreeSet<>();
    Txn.executeRead(TestServer.dataset(), () -> {
      SelectQuery.rows(union, "SELECT DISTINCT ?t { { ?s ?t ?o } UNION { ?s a ?t } FILTER (isIRI(?t)) }")
          .forEach(r -> terms.add(r.getResource("t").getURI()));
    });
    return terms;
  }
}
