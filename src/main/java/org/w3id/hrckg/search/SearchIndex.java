package org.w3id.hrckg.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.w3id.hrckg.vocab.Hrc;

/**
 * The full-text index of a build (jena-text over Lucene): the titles of documents, the text of
 * their paragraphs in every language loaded, and their symbols. One Lucene document per statement,
 * with the literal's language, so that SPARQL's {@code text:query} can ask for one language, and
 * the value stored, for highlighting. Words are lower-cased and stripped of their accents
 * ({@code resolution} finds {@code résolution}); a symbol is a phrase of its parts
 * ({@code 60/251} finds {@code A/RES/60/251}). The index is attached to the dataset's context,
 * where {@code text:query} looks for it, so the dataset itself stays what it was.
 */
public final class SearchIndex {

  /** The field of each indexed property, as {@code text:query} results name them. */
  public static final String TITLE = "title";
  public static final String TEXT = "text";
  public static final String SYMBOL = "symbol";

  private static final String ENTITY = "uri";
  private static final String LANG = "lang";
  /** The field that names each statement indexed, so that an incremental build can delete it. */
  private static final String UID = "uid";

  private SearchIndex() {}

  /** What is indexed: entity, field per property, language, stored values. */
  static TextIndexConfig config() {
    EntityDefinition entities = new EntityDefinition(ENTITY, TEXT, Hrc.text.asNode());
    entities.set(TITLE, DCTerms.title.asNode());
    entities.set(SYMBOL, Hrc.symbol.asNode());
    entities.setLangField(LANG);
    entities.setUidField(UID);
    TextIndexConfig config = new TextIndexConfig(entities);
    config.setAnalyzer(new FoldingAnalyzer());
    config.setQueryAnalyzer(new FoldingAnalyzer());
    config.setValueStored(true);
    return config;
  }

  /** Indexes a dataset in memory and attaches the index to it. */
  public static TextIndex inMemory(DatasetGraph dataset) {
    return attach(dataset, fill(dataset, new ByteBuffersDirectory()));
  }

  /**
   * Opens the index in a folder (a store's generation keeps one beside its data), first building
   * it from the dataset if the folder holds none, and attaches it to the dataset.
   */
  public static TextIndex inFolder(DatasetGraph dataset, Path folder) {
    try {
      boolean built = Files.isDirectory(folder);
      Directory directory = FSDirectory.open(folder);
      return attach(dataset, built ? TextDatasetFactory.createLuceneIndex(directory, config()) : fill(dataset, directory));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the search index " + folder, e);
    }
  }

  private static TextIndex attach(DatasetGraph dataset, TextIndex index) {
    dataset.getContext().set(TextQuery.textIndex, index);
    return index;
  }

  /** The properties whose statements are indexed. */
  public static List<Node> properties() {
    return properties(config().getEntDef());
  }

  private static List<Node> properties(EntityDefinition entities) {
    return entities.fields().stream().flatMap(f -> entities.getPredicates(f).stream()).toList();
  }

  /**
   * Whether the index in a folder names each statement it holds, and so can be updated rather
   * than built again: an index written before it did cannot delete what it holds.
   */
  public static boolean updatable(Path folder) {
    if (!Files.isDirectory(folder)) {
      return false;
    }
    try (Directory directory = FSDirectory.open(folder); DirectoryReader reader = DirectoryReader.open(directory)) {
      return FieldInfos.getMergedFieldInfos(reader).fieldInfo(UID) != null;
    } catch (IOException e) {
      // No index, or a damaged one: built again.
      return false;
    }
  }

  /**
   * Brings an index up to date with its dataset after statements left it and others came: the
   * statements are given once each, those no graph holds any more and those no graph held before.
   */
  public static void update(TextIndex index, Collection<Triple> gone, Collection<Triple> came) {
    EntityDefinition entities = index.getDocDef();
    gone.forEach(t -> Optional.ofNullable(entity(entities, t)).ifPresent(index::deleteEntity));
    came.forEach(t -> Optional.ofNullable(entity(entities, t)).ifPresent(index::addEntity));
    index.commit();
  }

  /** Adds every indexed statement of the dataset, each once whatever the graphs that hold it. */
  private static TextIndex fill(DatasetGraph dataset, Directory directory) {
    TextIndex index = TextDatasetFactory.createLuceneIndex(directory, config());
    EntityDefinition entities = index.getDocDef();
    Txn.executeRead(dataset, () -> {
      Graph union = dataset.getUnionGraph();
      for (Node property : properties(entities)) {
        union.find(Node.ANY, property, Node.ANY).forEachRemaining(t -> {
          Entity entity = entity(entities, t);
          if (entity != null) {
            index.addEntity(entity);
          }
        });
      }
    });
    index.commit();
    return index;
  }

  /** What the index holds of a statement, whatever graph holds it; null for one it does not index. */
  private static Entity entity(EntityDefinition entities, Triple t) {
    return TextQueryFuncs.entityFromQuad(entities, Quad.create(Quad.defaultGraphNodeGenerated, t));
  }

  /** Words of any language: Unicode word breaks, lower case, no accents. */
  static final class FoldingAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String field) {
      StandardTokenizer words = new StandardTokenizer();
      TokenStream folded = new ASCIIFoldingFilter(new LowerCaseFilter(words));
      return new TokenStreamComponents(words, folded);
    }
  }
}
