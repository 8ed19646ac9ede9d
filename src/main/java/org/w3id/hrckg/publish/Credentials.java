package org.w3id.hrckg.publish;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Who publishes, for HTTP basic authentication. The password never shows: not in {@link #toString},
 * not in a message, not in a log.
 */
public record Credentials(String user, String password) {

  /** The value of the {@code Authorization} header. */
  public String authorization() {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "Credentials[user=" + user + ", password=(hidden)]";
  }
}
