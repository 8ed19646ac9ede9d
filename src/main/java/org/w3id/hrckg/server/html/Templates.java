package org.w3id.hrckg.server.html;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheFactory;
import java.io.StringWriter;

/**
 * The HTML templates of {@code src/main/resources/templates}, rendered with Mustache: every
 * {@code {{value}}} is HTML-escaped, so text from the data (titles, paragraphs, literals) can
 * never become markup. Templates never use the unescaped triple-brace form.
 */
public final class Templates {

  private final MustacheFactory factory = new DefaultMustacheFactory("templates");

  /** Renders a template with a view model (records, whose accessors the template names). */
  public String render(String template, Object model) {
    StringWriter out = new StringWriter();
    factory.compile(template + ".mustache").execute(out, model);
    return out.toString();
  }
}
