package org.w3id.hrckg.read;

import java.nio.charset.StandardCharsets;
import org.w3id.hrckg.model.InputFormat;

/**
 * Tells the format of a file from its first bytes, never from its name: a PDF by its header, Word
 * files by their containers (a ZIP holding {@code word/document.xml}, an OLE2 compound file), Akoma
 * Ntoso by its root element, and anything else as text for the text reader to judge.
 */
public final class FormatSniffer {

  /** How far into a file its signature is looked for (an XML prolog and comments come first). */
  private static final int HEAD = 4096;

  private FormatSniffer() {}

  public static InputFormat sniff(byte[] bytes) {
    if (startsWith(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
      return InputFormat.PDF;
    }
    if (startsWith(bytes, new byte[] {'P', 'K', 3, 4}) && contains(bytes, "word/", bytes.length)) {
      return InputFormat.DOCX;
    }
    if (startsWith(bytes, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1})) {
      return InputFormat.DOC;
    }
    if (looksLikeXml(bytes) && contains(bytes, "<akomaNtoso", HEAD)) {
      return InputFormat.AKOMA_NTOSO;
    }
    return InputFormat.PLAIN_TEXT;
  }

  /** An XML document: after a byte order mark and white space, a prolog or an element. */
  public static boolean looksLikeXml(byte[] bytes) {
    int i = startsWith(bytes, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}) ? 3 : 0;
    while (i < bytes.length && Character.isWhitespace(bytes[i])) {
      i++;
    }
    return i + 1 < bytes.length && bytes[i] == '<' && (bytes[i + 1] == '?' || bytes[i + 1] == '!' || Character.isLetter(bytes[i + 1]));
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean contains(byte[] bytes, String what, int within) {
    byte[] needle = what.getBytes(StandardCharsets.US_ASCII);
    int limit = Math.min(bytes.length, within) - needle.length;
    outer:
    for (int i = 0; i <= limit; i++) {
      for (int k = 0; k < needle.length; k++) {
        if (bytes[i + k] != needle[k]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
