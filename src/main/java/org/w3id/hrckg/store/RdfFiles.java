package org.w3id.hrckg.store;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.util.Context;

/**
 * Reads the RDF files a user names ({@code validate FILE}, {@code --data dump.nq}) and nothing
 * else: a JSON-LD {@code @context} (or {@code @import}) that names a URL or a file is refused,
 * never fetched nor opened (the file must carry its context inline), and an RDF/XML file's
 * external entities are not resolved (Jena's parser neutralises them). The format follows the
 * file's extension. A file that does not parse is reported once, by file and, when the parser
 * knows it, line and column.
 */
public final class RdfFiles {

  private RdfFiles() {}

  /** Why a file could not be read as RDF: a message that names it. */
  public static final class InvalidRdf extends Exception {
    InvalidRdf(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * Reads a file into a stream.
   *
   * @throws IOException when the file cannot be opened (it is not there, or not readable)
   * @throws IllegalArgumentException when its extension names no RDF format
   * @throws InvalidRdf when it is not valid RDF of its format, or asks for a context to be loaded
   */
  public static void read(Path file, StreamRDF out) throws IOException, InvalidRdf {
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(file.toString(), null, "no such file");
    }
    if (!Files.isReadable(file)) {
      throw new IOException(file + ": cannot be read");
    }
    Lang lang = RDFLanguages.filenameToLang(file.toString());
    if (lang == null) {
      throw new IllegalArgumentException(file + ": cannot tell the RDF format from the file name"
          + " (.nq .trig .ttl .nt .jsonld .rdf)");
    }
    List<URI> refused = new ArrayList<>();
    Context context = new Context();
    context.set(LangJSONLD11.JSONLD_OPTIONS, new JsonLdOptions((url, options) -> {
      refused.add(url);
      throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "not loaded: " + url);
    }));
    try {
      // Errors are reported here, once, with their position: not also logged by the parser.
      RDFParser.source(file).lang(lang).context(context).errorHandler(ErrorHandlerFactory.errorHandlerExceptionOnError())
          .parse(out);
    } catch (RiotException e) {
      throw new InvalidRdf(problem(file, lang, e, refused));
    }
  }

  private static String problem(Path file, Lang lang, RiotException e, List<URI> refused) {
    if (!refused.isEmpty()) {
      return file + ": the JSON-LD names the context " + refused.get(0) + ", which is not loaded"
          + " (hrc-kg opens no URL or file that an input names): put the context in the file";
    }
    if (e instanceof RiotParseException p) {
      return file + ":" + p.getLine() + ":" + p.getCol() + ": not valid " + lang.getLabel() + ": " + p.getOriginalMessage();
    }
    return file + ": not valid " + lang.getLabel() + ": " + e.getMessage();
  }
}
