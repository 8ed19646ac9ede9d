package org.w3id.hrckg.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Cleaning keeps every kept character at its source position. */
class OffsetTextTest {

  @Test
  void aDeletionKeepsThePositionsAfterIt() {
    String source = "vingt -quatrième session";
    OffsetText t = OffsetText.of(source).replaceAll(Pattern.compile(" (?=-)"), "");
    assertEquals("vingt-quatrième session", t.toString());
    int at = t.toString().indexOf("session");
    assertArrayEquals(new int[] {source.indexOf("session"), source.length()}, t.sourceSpan(at, t.length()));
  }

  @Test
  void keepingGroupsDropsDelimitersOnly() {
    String source = "*Guidé* par la Charte";
    OffsetText t = OffsetText.of(source).keepGroups(Pattern.compile("\\*(\\p{L}+)\\*"));
    assertEquals("Guidé par la Charte", t.toString());
    assertArrayEquals(new int[] {1, 6}, t.sourceSpan(0, 5));
  }

  @Test
  void aJoinPlacesItsSeparatorAtTheEndOfThePartBefore() {
    String source = "Haut-\n\nCommissaire";
    OffsetText a = OffsetText.slice(source, 0, 5);
    OffsetText b = OffsetText.slice(source, 7, source.length());
    OffsetText joined = OffsetText.join(List.of(a, b), " ");
    assertEquals("Haut- Commissaire", joined.toString());
    assertEquals(5, joined.sourceIndex(5));
    assertEquals(7, joined.sourceIndex(6));
  }
}
