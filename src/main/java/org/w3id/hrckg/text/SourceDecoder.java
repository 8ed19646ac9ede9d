package org.w3id.hrckg.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Consumer;
import org.w3id.hrckg.source.InputFault;
import org.w3id.hrckg.source.SourceText;

/**
 * Turns the bytes of an input file into text. UTF-8 first (with or without byte order mark), UTF-16
 * when a byte order mark says so or when the zero bytes of every other position show it (as a
 * Windows editor saves "Unicode" without mark), and otherwise Windows-1252, the superset of Latin-1
 * that word processors on Windows write. Empty and binary files are refused with the line where
 * the problem shows.
 */
public final class SourceDecoder {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  /** More control characters than this share of the text means it is not text. */
  private static final double MAX_CONTROL_SHARE = 0.01;
  /** In UTF-16 text of a Latin script, nearly every other byte is zero. */
  private static final double UTF16_ZERO_SHARE = 0.3;

  private SourceDecoder() {}

  /**
   * Decodes a file.
   *
   * @param warnings told when the encoding had to be guessed
   * @throws InputFault when the file is empty or binary
   */
  public static SourceText decode(String fileName, byte[] bytes, Consumer<InputFault> warnings)
      throws InputFault {
    String sha256 = sha256(bytes);
    String text;
    String encoding;
    InputFault guessed = null;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      text = strictUtf8(bytes, 3);
      encoding = "UTF-8";
    } else if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
      text = new String(bytes, StandardCharsets.UTF_16);
      encoding = "UTF-16";
    } else if (utf16WithoutMark(bytes) != null) {
      Charset utf16 = utf16WithoutMark(bytes);
      text = new String(bytes, utf16);
      encoding = utf16.name();
      guessed = new InputFault(0, "UTF-16 without byte order mark; read as " + encoding);
    } else {
      try {
        text = strictUtf8(bytes, 0);
        encoding = "UTF-8";
      } catch (InputFault notUtf8) {
        guessed = notUtf8;
        text = new String(bytes, WINDOWS_1252);
        encoding = "windows-1252";
      }
    }
    refuseBinary(text);
    if (guessed != null) {
      warnings.accept(guessed);
    }
    if (text.isBlank()) {
      throw new InputFault(0, bytes.length == 0 ? "the file is empty" : "the file holds only white space");
    }
    return SourceText.of(fileName, text, encoding, sha256);
  }

  /** UTF-16BE or UTF-16LE when the zero bytes fall on one side of the pairs, else null. */
  private static Charset utf16WithoutMark(byte[] bytes) {
    int pairs = bytes.length / 2;
    if (pairs < 8 || bytes.length % 2 != 0) {
      return null;
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i + 1 < bytes.length; i += 2) {
      evenZeros += bytes[i] == 0 ? 1 : 0;
      oddZeros += bytes[i + 1] == 0 ? 1 : 0;
    }
    if (evenZeros > pairs * UTF16_ZERO_SHARE && oddZeros == 0) {
      return StandardCharsets.UTF_16BE;
    }
    if (oddZeros > pairs * UTF16_ZERO_SHARE && evenZeros == 0) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  /** Refuses decoded text that holds a NUL or more control characters than text has. */
  private static void refuseBinary(String text) throws InputFault {
    int controls = 0;
    int line = 1;
    int firstLine = 0;
    int firstControl = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
      } else if (c < 0x20 && c != '\t' && c != '\r' && c != '\f') {
        controls++;
        if (firstControl < 0) {
          firstControl = c;
          firstLine = line;
        }
        if (c == 0) {
          throw binary(firstLine, firstControl);
        }
      }
    }
    if (controls > 0 && controls > text.length() * MAX_CONTROL_SHARE) {
      throw binary(firstLine, firstControl);
    }
  }

  private static InputFault binary(int line, int control) {
    return new InputFault(line, String.format(
        "binary file, not text (control byte 0x%02X on line %d); expected the text of a resolution in UTF-8, UTF-16 or Windows-1252",
        control, line));
  }

  private static String strictUtf8(byte[] bytes, int offset) throws InputFault {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    try {
      CharBuffer out = decoder.decode(in);
      return out.toString();
    } catch (CharacterCodingException e) {
      int bad = firstInvalidUtf8(bytes, offset);
      int line = 1;
      for (int i = 0; i < bad; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new InputFault(line, String.format(
          "not valid UTF-8 (byte 0x%02X on line %d); decoded as Windows-1252", bytes[bad] & 0xFF, line));
    }
  }

  /** The index of the first byte that does not start or continue a valid UTF-8 sequence. */
  private static int firstInvalidUtf8(byte[] bytes, int offset) {
    int i = offset;
    while (i < bytes.length) {
      int c = bytes[i] & 0xFF;
      int extra = c < 0x80 ? 0 : c >= 0xC2 && c < 0xE0 ? 1 : c >= 0xE0 && c < 0xF0 ? 2 : c >= 0xF0 && c < 0xF5 ? 3 : -1;
      if (extra < 0) {
        return i;
      }
      for (int k = 1; k <= extra; k++) {
        if (i + k >= bytes.length || (bytes[i + k] & 0xC0) != 0x80) {
          return i;
        }
      }
      i += extra + 1;
    }
    return Math.max(offset, bytes.length - 1);
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
