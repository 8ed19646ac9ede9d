package org.w3id.hrckg.server.html;

import java.math.BigInteger;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The order a reader expects of labels: runs of digits as numbers ("Session 5" before "Session 28"), case and accents aside. */
final class NaturalOrder {

  private static final Pattern CHUNK = Pattern.compile("\\d+|\\D+");

  static final Comparator<String> TEXT = NaturalOrder::compare;

  private NaturalOrder() {}

  private static int compare(String x, String y) {
    List<String> a = chunks(x);
    List<String> b = chunks(y);
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      String p = a.get(i);
      String q = b.get(i);
      int c = Character.isDigit(p.charAt(0)) && Character.isDigit(q.charAt(0))
          ? new BigInteger(p).compareTo(new BigInteger(q))
          : folded(p).compareTo(folded(q));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  private static String folded(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
  }

  private static List<String> chunks(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = CHUNK.matcher(s);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
