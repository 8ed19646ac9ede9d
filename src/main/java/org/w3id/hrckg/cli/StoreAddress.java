package org.w3id.hrckg.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.w3id.hrckg.publish.Credentials;

/**
 * Where an existing store answers, and as whom a command speaks to it (HTTP basic authentication):
 * the URL without its user information, and the credentials of the URL's user information, else
 * of a user option (or its environment variable) with the first line of a password file or the
 * password of the environment. The password never shows in a message.
 *
 * @param endpoint the store's URL, without user information
 * @param credentials who speaks to it, if anyone is named
 */
record StoreAddress(URI endpoint, Optional<Credentials> credentials) {

  /** The options and environment variable that name the user and the password of one command. */
  record Login(String user, Path passwordFile, String userOption, String passwordFileOption, String passwordVariable) {}

  /**
   * @param url the URL given with the option {@code option}
   * @throws IllegalArgumentException when the URL is not an http or https URL without fragment,
   *     or a password file is given without a user
   */
  static StoreAddress of(String option, String url, Login login) throws IOException {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(option + " is not a URL: " + e.getReason());
    }
    if (!("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) || uri.getHost() == null
        || uri.getFragment() != null) {
      throw new IllegalArgumentException(option + " must be an http or https URL of the store, without #fragment");
    }
    String name = login.user() == null || login.user().isEmpty() ? null : login.user();
    String password = null;
    if (uri.getRawUserInfo() != null) {
      String[] info = uri.getRawUserInfo().split(":", 2);
      name = URLDecoder.decode(info[0], StandardCharsets.UTF_8);
      password = info.length > 1 ? URLDecoder.decode(info[1], StandardCharsets.UTF_8) : null;
      uri = URI.create(uri.getScheme() + "://" + uri.getRawAuthority().substring(uri.getRawAuthority().indexOf('@') + 1)
          + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    }
    if (password == null && login.passwordFile() != null) {
      password = Files.readAllLines(login.passwordFile(), StandardCharsets.UTF_8).stream().findFirst().orElse("");
    }
    if (password == null) {
      password = System.getenv(login.passwordVariable());
    }
    if (name == null && login.passwordFile() != null) {
      throw new IllegalArgumentException(login.passwordFileOption() + " needs a user: " + login.userOption());
    }
    return new StoreAddress(uri, name == null ? Optional.empty() : Optional.of(new Credentials(name, password == null ? "" : password)));
  }
}
