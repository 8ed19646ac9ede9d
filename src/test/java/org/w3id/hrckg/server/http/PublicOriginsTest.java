package org.w3id.hrckg.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which origin a request's links are built from: a listed one its Host names, else the first; never the Host itself. */
class PublicOriginsTest {

  @ParameterizedTest(name = "Host {2} with {0} (base {1})")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      -                                          | http://localhost:3030/      | localhost:3030         | http://localhost:3030
      -                                          | http://localhost:3030/      | 127.0.0.1:3030         | http://127.0.0.1:3030
      -                                          | http://localhost:3030/      | evil.example           | http://localhost:3030
      -                                          | http://localhost:3030/      | -                      | http://localhost:3030
      -                                          | http://kg.example.org/      | localhost:3030         | http://localhost:3030
      -                                          | http://kg.example.org/      | evil.example:3030      | http://kg.example.org
      -                                          | https://w3id.org/hrc-kg/    | evil.example           | http://localhost:3030
      -                                          | https://w3id.org/hrc-kg/    | w3id.org               | http://localhost:3030
      https://kg.example.org                     | https://kg.example.org/     | KG.Example.ORG         | https://kg.example.org
      https://kg.example.org                     | https://kg.example.org/     | kg.example.org:443     | https://kg.example.org
      https://kg.example.org                     | https://kg.example.org/     | localhost:3030         | https://kg.example.org
      https://kg.example.org,mirror.example:8080 | https://kg.example.org/     | mirror.example:8080    | http://mirror.example:8080
      https://kg.example.org,mirror.example:8080 | https://kg.example.org/     | mirror.example         | https://kg.example.org
      """)
  void linksComeFromAListedOrigin(String configured, String base, String host, String expected) {
    List<String> origins = configured == null ? List.of() : Arrays.asList(configured.split(","));
    PublicOrigins publicOrigins = new PublicOrigins(origins, base, "localhost", () -> 3030);
    assertEquals(expected, publicOrigins.of(requestWithHost(host)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"ftp://kg.example.org", "https://", "http://kg example.org"})
  void anOriginThatIsNotHttpIsRefused(String given) {
    assertThrows(IllegalArgumentException.class, () -> PublicOrigins.origin(given));
  }

  private static HttpServletRequest requestWithHost(String host) {
    return (HttpServletRequest) Proxy.newProxyInstance(PublicOriginsTest.class.getClassLoader(),
        new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> {
          if (method.getName().equals("getHeader") && "Host".equals(args[0])) {
            return host;
          }
          throw new UnsupportedOperationException(method.getName());
        });
  }
}
