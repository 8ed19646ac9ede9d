package org.w3id.hrckg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which files of a corpus folder are its documents: the readable formats, less its own documentation and hidden files. */
class CorpusSourceTest {

  @TempDir
  Path dir;

  @ParameterizedTest(name = "{0}: documentation {1}")
  @CsvSource({
      "README.md, true", "readme.txt, true", "LICENSE.md, true", "Licence.txt, true", "SOURCE.md, true",
      "NOTICE.txt, true", "COPYING.md, true", "CHANGELOG.md, true", "README.fr.md, true",
      "A_HRC_RES_56_15F.xml, false", "000_148237ca3f365217.txt, false", "source-texts.md, false",
      "readme-resolution.txt, false", "resolution-licence.md, false"})
  void documentationIsKnownByItsName(String name, boolean documentation) {
    assertEquals(documentation, CorpusSource.isDocumentation(name));
  }

  @Test
  void aFolderGivesItsDocumentsAtAnyDepthAndLeavesOutItsDocumentation() throws IOException {
    Files.createDirectories(dir.resolve("56session/French"));
    for (String name : List.of("README.md", "LICENSE", "56session/French/A_HRC_RES_56_1F.xml", "56session/SOURCE.md",
        "56session/French/notes.json", ".git/HEAD.txt", "texte.txt")) {
      Files.createDirectories(dir.resolve(name).getParent());
      Files.writeString(dir.resolve(name), "x");
    }
    assertEquals(List.of("A_HRC_RES_56_1F.xml", "texte.txt"),
        CorpusSource.folder(dir).stream().map(SourceFile::name).toList());
  }

  @Test
  void theBundledCorpusIsTheSamplesAndTheCouncilsXmlInSixLanguages() {
    List<SourceFile> bundled = CorpusSource.bundled();
    assertEquals(5, CorpusSource.samples().size());
    assertEquals(5 + 6 * 89, bundled.size());
    assertEquals(0, bundled.stream().filter(f -> CorpusSource.isDocumentation(f.name())).count());
  }
}
