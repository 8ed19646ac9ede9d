package org.w3id.hrckg.cli;

import java.util.List;
import picocli.CommandLine;

/**
 * The value of {@code --lang}: a language the shapes' messages are written in; any other value is
 * a usage error (exit 2) naming the ones there are, before anything runs.
 */
final class MessageLanguage implements CommandLine.ITypeConverter<String> {

  /** The languages of the shapes' messages. */
  static final List<String> LANGUAGES = List.of("en", "fr");

  @Override
  public String convert(String value) {
    if (!LANGUAGES.contains(value)) {
      throw new CommandLine.TypeConversionException("'" + value + "' is not a language of the messages; use one of " + LANGUAGES);
    }
    return value;
  }
}
