package org.w3id.hrckg.server.sparql;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.atlas.web.ContentType;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFWriter;
import org.w3id.hrckg.server.http.Bodies;
import org.w3id.hrckg.server.http.ContentNegotiation;
import org.w3id.hrckg.server.http.PlainErrors;
import org.w3id.hrckg.server.http.Representation;

/**
 * What the SPARQL 1.1 Protocol asks of {@code /sparql} that Fuseki leaves open. A GET (or HEAD)
 * without a query asks for the service description (RDF by {@code Accept}; a browser is sent to
 * the query page). A query sent as {@code application/sparql-query} is UTF-8: another charset is
 * refused (415), and so are bytes that are not UTF-8 (400), instead of being read with
 * replacement characters. An update sent by POST is in the body, not in the URL (400). At most
 * one {@code version} parameter (SPARQL 1.2 Protocol).
 */
public final class SparqlRequestFilter extends HttpFilter {

  private static final String QUERY_TYPE = "application/sparql-query";
  private static final List<Representation> DESCRIPTION_OFFERS = List.of(Representation.TURTLE, Representation.JSONLD,
      Representation.NTRIPLES, Representation.RDFXML, Representation.TRIG, Representation.HTML);

  /** The description for a request (whose links are built from the server's public origin). */
  private final transient Function<HttpServletRequest, Graph> description;
  /** Where a browser asking for the endpoint itself is sent. */
  private final transient Function<HttpServletRequest, String> queryPage;

  public SparqlRequestFilter(Function<HttpServletRequest, Graph> description, Function<HttpServletRequest, String> queryPage) {
    this.description = description;
    this.queryPage = queryPage;
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String method = request.getMethod();
    if (("GET".equals(method) || "HEAD".equals(method)) && request.getQueryString() == null) {
      describe(request, response);
      return;
    }
    if ("POST".equals(method) && inQueryString(request, "update")) {
      PlainErrors.send(response, HttpServletResponse.SC_BAD_REQUEST,
          "An update sent by POST goes in the body, not in the URL (SPARQL 1.1 Protocol, 2.2.1).");
      return;
    }
    String[] versions = request.getParameterValues("version");
    if (versions != null && versions.length > 1) {
      PlainErrors.send(response, HttpServletResponse.SC_BAD_REQUEST, "A request gives at most one version parameter.");
      return;
    }
    ContentType type = request.getContentType() == null ? null : ContentType.create(request.getContentType());
    if ("POST".equals(method) && type != null && QUERY_TYPE.equals(type.getContentTypeStr().toLowerCase(Locale.ROOT))) {
      Optional<String> problem = charsetProblem(type);
      if (problem.isPresent()) {
        PlainErrors.send(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, problem.get());
        return;
      }
      byte[] body = request.getInputStream().readAllBytes();
      if (!isUtf8(body)) {
        PlainErrors.send(response, HttpServletResponse.SC_BAD_REQUEST,
            "The query is not UTF-8: a query sent as application/sparql-query must be (SPARQL 1.1 Protocol, 2.1.3).");
        return;
      }
      chain.doFilter(new ReadBody(request, body), response);
      return;
    }
    chain.doFilter(request, response);
  }

  private void describe(HttpServletRequest request, HttpServletResponse response) throws IOException {
    response.setHeader("Vary", "Accept");
    Optional<Representation> format = ContentNegotiation.choose(request.getHeader("Accept"), DESCRIPTION_OFFERS);
    if (format.isEmpty()) {
      PlainErrors.send(response, HttpServletResponse.SC_NOT_ACCEPTABLE, "The service description is offered as "
          + ContentNegotiation.offered(DESCRIPTION_OFFERS) + ".");
      return;
    }
    if (format.get() == Representation.HTML) {
      response.setHeader("Location", queryPage.apply(request));
      PlainErrors.send(response, HttpServletResponse.SC_SEE_OTHER, "The query page is at " + queryPage.apply(request));
      return;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDFWriter.source(description.apply(request)).format(format.get().format()).output(out);
    Bodies.send(request, response, out.toByteArray(), format.get().contentType());
  }

  private static boolean inQueryString(HttpServletRequest request, String parameter) {
    String query = request.getQueryString();
    return query != null && (query.startsWith(parameter + "=") || query.contains("&" + parameter + "="));
  }

  private static Optional<String> charsetProblem(ContentType type) {
    String charset = type.getCharset();
    if (charset == null || charset.equalsIgnoreCase("utf-8")) {
      return Optional.empty();
    }
    return Optional.of("A query sent as application/sparql-query is UTF-8 (SPARQL 1.1 Protocol, 2.1.3); this one says charset="
        + charset + ".");
  }

  private static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** The request with its body already read, for Fuseki to read again. */
  private static final class ReadBody extends HttpServletRequestWrapper {

    private final byte[] body;

    ReadBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("the body is already read");
        }
      };
    }
  }
}
