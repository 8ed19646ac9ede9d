package org.w3id.hrckg.read.akn;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.hrckg.model.Diagnostic;
import org.w3id.hrckg.read.AdoptionText;
import org.w3id.hrckg.source.OffsetText;

/**
 * The record of adoption of a resolution in Akoma Ntoso: the meeting and date of the conclusions,
 * how it was adopted (the outcome's {@code refersTo}, or the analysis's {@code voting outcome}),
 * the counts of a recorded vote and each State's vote from the analysis's voters lists (one name
 * per {@code organization}, upper case), or from the lists the conclusions print where the
 * analysis gives none.
 */
final class AdoptionReader {

  private static final Pattern DIGITS = Pattern.compile("\\d{1,4}");
  private static final List<String> CHOICES = List.of("inFavour", "against", "abstaining");

  private final String file;
  private final List<Diagnostic> diagnostics;

  AdoptionReader(String file, List<Diagnostic> diagnostics) {
    this.file = file;
    this.diagnostics = diagnostics;
  }

  /** The record of adoption, or null when the statement has no conclusions. */
  AdoptionText read(XmlElement statement) {
    Optional<XmlElement> conclusions = statement.child("conclusions");
    if (conclusions.isEmpty()) {
      return null;
    }
    XmlElement c = conclusions.get();
    Optional<XmlElement> voting = statement.child("meta").flatMap(m -> m.first("voting"));
    Boolean withoutVote = withoutVote(c, voting);
    List<List<OffsetText>> lists = new ArrayList<>();
    Integer[] counts = new Integer[3];
    for (int i = 0; i < CHOICES.size(); i++) {
      String choice = CHOICES.get(i);
      Optional<XmlElement> count = voting.flatMap(v -> v.first("count", "refersTo", choice));
      List<OffsetText> names = count.map(AdoptionReader::voters).orElse(List.of());
      if (names.isEmpty()) {
        names = c.first("outcome", "refersTo", choice).map(o -> o.all("organization").stream().map(InlineText::of).toList())
            .orElse(List.of());
      }
      lists.add(names);
      counts[i] = c.first("quantity", "refersTo", "#" + choice).map(q -> integer(q.attribute("normalized")))
          .orElse(count.map(x -> integer(x.attribute("value"))).orElse(null));
      if (withoutVote == Boolean.FALSE && counts[i] == null && !names.isEmpty()) {
        counts[i] = names.size();
      }
    }
    LocalDate date = c.first("docDate", "refersTo", "#adoptionDate").map(d -> StatementReader.isoDate(d, "date", file, diagnostics))
        .orElse(null);
    return new AdoptionText(meeting(c), date, withoutVote, counts[0], counts[1], counts[2], lists.get(0), lists.get(1),
        lists.get(2), c.line());
  }

  /**
   * Without a vote, by a recorded vote (also where the analysis counts voters under an outcome in
   * words, "Adopted 90-0-47, 87th plenary meeting"), or null when neither the conclusions nor the analysis say.
   */
  private Boolean withoutVote(XmlElement conclusions, Optional<XmlElement> voting) {
    String said = conclusions.first("outcome").map(o -> o.attribute("refersTo")).orElse("")
        + " " + voting.map(v -> v.attribute("outcome")).orElse("");
    if (said.contains("WithoutVote")) {
      return true;
    }
    if (said.contains("RecordedVote") || said.contains("Vote")) {
      return false;
    }
    return voting.map(v -> v.first("count").isPresent() ? Boolean.FALSE : null).orElse(null);
  }

  private static List<OffsetText> voters(XmlElement count) {
    return count.all("organization").stream().map(InlineText::of).filter(t -> !t.isEmpty()).toList();
  }

  /** The meeting number: the title of the meeting's element ("35e", "46th"), or the first number of its text. */
  private static Integer meeting(XmlElement conclusions) {
    Optional<XmlElement> meeting = conclusions.first(e -> e.attribute("refersTo").equals("#adoptionMeeting")
        || e.attribute("name").equals("adoptionMeeting"));
    if (meeting.isEmpty()) {
      return null;
    }
    Matcher m = DIGITS.matcher(meeting.get().attribute("title") + " " + InlineText.of(meeting.get()));
    return m.find() ? Integer.valueOf(m.group()) : null;
  }

  private static Integer integer(String s) {
    String v = s.strip();
    return v.matches("\\d{1,4}") ? Integer.valueOf(v) : null;
  }
}
