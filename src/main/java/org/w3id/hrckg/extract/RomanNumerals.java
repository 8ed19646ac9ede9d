package org.w3id.hrckg.extract;

/** Roman numerals, as UN numbering used them for the sessions of the General Assembly (217 A (III)). */
final class RomanNumerals {

  private RomanNumerals() {}

  /** The value of a roman numeral such as XXV, or -1 for anything else. */
  static int value(String roman) {
    int total = 0;
    int previous = 0;
    for (int i = roman.length() - 1; i >= 0; i--) {
      int v = switch (roman.charAt(i)) {
        case 'I' -> 1;
        case 'V' -> 5;
        case 'X' -> 10;
        case 'L' -> 50;
        case 'C' -> 100;
        default -> -1;
      };
      if (v < 0) {
        return -1;
      }
      total += v < previous ? -v : v;
      previous = Math.max(previous, v);
    }
    return total;
  }
}
