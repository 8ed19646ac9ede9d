package org.w3id.hrckg.server.html;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheFactory;
import java.io.StringWriter;

/**
 * The HTML templates of {@code src/main/resources/templates}, rendered with Mustache: every
 * {@code {{value}}} is HTML-escaped, so text from the data (titles, paragraphs, literals) can
 * never become markup. Templates never use the unescaped triple-brace form. The interface's
 * language and messages ({@link Ui}) are the outer scope of every page.
 */
public final class Templates {

  private final MustacheFactory factory = new DefaultMustacheFactory("templates");

  /** Renders a template with a view model (records, whose accessors the template names), in a language. */
  public String render(String template, Object model, Ui ui) {
    StringWriter out = new StringWriter();
    factory.compile(template + ".mustache").execute(out, new Object[] {ui, model});
    return out.toString();
  }
}
