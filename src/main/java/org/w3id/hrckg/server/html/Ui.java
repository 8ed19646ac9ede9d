package org.w3id.hrckg.server.html;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The language a page is shown in, and its messages: chosen by {@code ?lang=} (and then remembered
 * in a cookie), else by the cookie, else by the browser's {@code Accept-Language}, else English.
 * Every template sees it as its outer scope: {@code {{lang}}}, {@code {{t.key}}}, {@code {{#choices}}}.
 *
 * @param lang the ISO 639-1 code of the interface's language
 * @param t the catalogue's messages in that language
 * @param choices the languages a reader can switch to, with the link that does it
 * @param path the path of the page (for the search box and the links that switch language)
 */
public record Ui(String lang, Map<String, String> t, List<Choice> choices, String path) {

  /** The cookie that remembers the language chosen. */
  public static final String COOKIE = "hrc-lang";
  private static final int A_YEAR = 365 * 24 * 3600;

  /** A language of the interface, as the switch offers it. */
  public record Choice(String code, String name, String href, boolean current) {}

  /** The interface in a language, for a page at a path. */
  public static Ui in(String lang, String path) {
    List<Choice> choices = Catalogue.LANGUAGES.stream().map(code -> new Choice(code,
        Catalogue.message(code, "language_name"), path + "?lang=" + code, code.equals(lang))).toList();
    return new Ui(lang, Catalogue.messages(lang), choices, path);
  }

  /** The interface a request asks for; a choice made with {@code ?lang=} is remembered in a cookie. */
  public static Ui of(HttpServletRequest request, HttpServletResponse response) {
    String path = request.getRequestURI();
    String asked = request.getParameter("lang");
    if (asked != null && Catalogue.LANGUAGES.contains(asked)) {
      Cookie cookie = new Cookie(COOKIE, asked);
      cookie.setPath("/");
      cookie.setMaxAge(A_YEAR);
      cookie.setHttpOnly(true);
      cookie.setAttribute("SameSite", "Lax");
      response.addCookie(cookie);
      return in(asked, path);
    }
    if (request.getCookies() != null) {
      for (Cookie c : request.getCookies()) {
        if (c.getName().equals(COOKIE) && Catalogue.LANGUAGES.contains(c.getValue())) {
          return in(c.getValue(), path);
        }
      }
    }
    if (request.getHeader("Accept-Language") != null) {
      for (Locale locale : Collections.list(request.getLocales())) {
        if (Catalogue.LANGUAGES.contains(locale.getLanguage())) {
          return in(locale.getLanguage(), path);
        }
      }
    }
    return in(Catalogue.LANGUAGES.get(0), path);
  }

  /** The message of a key, with its values. */
  public String message(String key, Object... values) {
    return Catalogue.message(lang, key, values);
  }
}
