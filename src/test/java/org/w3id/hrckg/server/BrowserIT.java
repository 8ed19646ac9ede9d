package org.w3id.hrckg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The site as a person sees it, in Debian's headless Chromium (installed by {@code .ci/run}):
 * the landing page, a click through to a resolution, and a query typed on the query page whose
 * results appear as a table. Skipped, saying why, where Chromium cannot run.
 */
class BrowserIT {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  /** Where the browser saves what a page downloads. */
  private static final Path DOWNLOADS = Path.of("target", "downloads").toAbsolutePath();

  private static WebDriver browser;

  @BeforeAll
  static void start() throws IOException {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "Chromium and chromedriver are not installed (Debian packages chromium, chromium-driver; .ci/run installs them)");
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
        .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage", "--window-size=1280,1600");
    Files.createDirectories(DOWNLOADS);
    options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", DOWNLOADS.toString(),
        "download.prompt_for_download", false));
    browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(), options);
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void theLandingPageShowsTheFiguresAndLeadsToAResolution() {
    browser.get(TestServer.url());
    assertEquals("Resolutions of the UN Human Rights Council as linked data · hrc-kg", browser.getTitle());
    List<String> figures = browser.findElements(By.cssSelector(".figures li")).stream().map(WebElement::getText).toList();
    assertTrue(figures.contains("5\ntexts in the corpus"), figures::toString);
    browser.findElement(By.linkText("A/HRC/RES/45/32")).click();
    wait(ExpectedConditions.urlContains("/page/doc/A/HRC/RES/45/32"));
    assertTrue(browser.findElement(By.tagName("h1")).getText().contains("A/HRC/RES/45/32"));
    assertTrue(browser.findElements(By.cssSelector(".paragraph")).size() > 20, "the paragraphs are shown");
    WebElement citation = browser.findElement(By.cssSelector("a.citation[href='/page/doc/A/RES/60/251']"));
    citation.click();
    wait(ExpectedConditions.urlContains("/page/doc/A/RES/60/251"));
    assertTrue(browser.findElement(By.cssSelector(".cited-by h2")).getText().contains("Cited by (5)"));
  }

  @Test
  void aPersonTypesAQueryAndSeesATable() {
    browser.get(TestServer.url() + "query");
    WebElement editor = browser.findElement(By.id("query"));
    editor.clear();
    editor.sendKeys("PREFIX hrc: <https://w3id.org/hrc-kg/ontology#>\n"
        + "SELECT ?symbol WHERE { ?d hrc:sourceFileName ?f ; hrc:symbol ?symbol } ORDER BY ?symbol");
    browser.findElement(By.id("run")).click();
    wait(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "result(s)"));
    assertTrue(browser.findElement(By.id("status")).getText().startsWith("4 result(s)"),
        "four texts of the samples have a symbol");
    List<String> cells = browser.findElements(By.cssSelector("#results td")).stream().map(WebElement::getText).toList();
    assertEquals(List.of("A/HRC/51/L.15/Rev.1", "A/HRC/RES/28/2", "A/HRC/RES/45/32", "A/HRC/RES/56/15"), cells);
    assertEquals("symbol", browser.findElement(By.cssSelector("#results th")).getText());
  }

  @Test
  void aBadQueryShowsTheParsersMessage() {
    browser.get(TestServer.url() + "query");
    WebElement editor = browser.findElement(By.id("query"));
    editor.clear();
    editor.sendKeys("SELECT ?s WHERE { ?s ?p }");
    browser.findElement(By.id("run")).click();
    wait(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Error 400"));
  }

  @Test
  void theCitationNetworkIsDrawnAndANodeOpensItsPage() throws IOException {
    openTheNetwork();
    JavascriptExecutor js = (JavascriptExecutor) browser;
    assertEquals(28L, js.executeScript("return window.hrcNetwork.nodes().length;"));
    assertEquals(38L, js.executeScript("return window.hrcNetwork.edges().length;"));
    assertTrue(browser.findElements(By.cssSelector("#network canvas")).size() > 0, "Cytoscape draws on canvases");
    assertEquals("A/RES/60/251", browser.findElement(By.cssSelector("#metrics tbody tr td a")).getText());
    browser.findElement(By.xpath("//table[@id='metrics']//th[normalize-space()='Cites']")).click();
    assertEquals("descending", browser.findElement(By.xpath("//table[@id='metrics']//th[normalize-space()='Cites']")).getAttribute("aria-sort"));
    String mostCiting = browser.findElement(By.cssSelector("#metrics tbody tr td a")).getText();
    assertTrue(!mostCiting.equals("A/RES/60/251"), "sorted by the documents each cites, a text of the corpus first: " + mostCiting);
    browser.findElement(By.xpath("//table[@id='metrics']//th[normalize-space()='Document']")).click();
    List<String> names = browser.findElements(By.cssSelector("#metrics tbody tr td:first-child")).stream().map(WebElement::getText).toList();
    assertEquals(names.stream().sorted(java.util.Comparator.reverseOrder()).toList(), names, "text columns sort too");
    screenshot("network");
    js.executeScript("window.hrcNetwork.getElementById(arguments[0]).emit('tap');", TestServer.BASE + "id/doc/A/RES/60/251");
    wait(ExpectedConditions.urlContains("/page/doc/A/RES/60/251"));
  }

  @Test
  void theNetworksLabelsAreLegibleItZoomsAndAHoverGivesTheWholeTitle() {
    openTheNetwork();
    JavascriptExecutor js = (JavascriptExecutor) browser;
    String fontSize = "return parseFloat(window.hrcNetwork.nodes()[0].renderedStyle('font-size'));";
    assertTrue(((Number) js.executeScript(fontSize)).doubleValue() >= 11, "labels are 12 px on the screen");
    double before = ((Number) js.executeScript("return window.hrcNetwork.zoom();")).doubleValue();
    browser.findElement(By.id("zoom-in")).click();
    assertTrue(((Number) js.executeScript("return window.hrcNetwork.zoom();")).doubleValue() > before, "the + button zooms in");
    assertTrue(((Number) js.executeScript(fontSize)).doubleValue() >= 11, "and the labels keep their size");
    js.executeScript("window.hrcNetwork.getElementById(arguments[0]).emit('mouseover');", TestServer.BASE + "id/doc/A/RES/60/251");
    WebElement tip = browser.findElement(By.id("network-tip"));
    assertTrue(tip.isDisplayed() && tip.getText().startsWith("A/RES/60/251"), tip.getText());
  }

  @Test
  void theNetworkFiltersChangeTheDrawingTheTableAndTheTimeView() throws IOException {
    openTheNetwork();
    assertEquals(28, shownNodes());
    assertEquals(28, shownRows());
    int bars = browser.findElements(By.cssSelector("#time-chart svg rect[data-year]")).size();
    assertTrue(bars > 0, "citations per year are drawn");
    new Select(browser.findElement(By.id("filter-function"))).selectByValue("https://w3id.org/hrc-kg/ontology#reaffirming");
    int reaffirmed = shownNodes();
    assertTrue(reaffirmed > 0 && reaffirmed < 28, "only the documents of reaffirming citations: " + reaffirmed);
    assertEquals(reaffirmed, shownRows(), "the table follows the drawing");
    assertTrue(browser.findElement(By.id("network-shown")).getText().startsWith("Shown: " + reaffirmed + " documents"));
    screenshot("network-reaffirming");
    browser.findElement(By.id("filter-reset")).click();
    wait(d -> shownNodes() == 28);
    WebElement from = browser.findElement(By.id("filter-from"));
    from.clear();
    from.sendKeys("50");
    wait(d -> shownNodes() < 28);
    assertEquals(shownNodes(), shownRows());
    new Select(browser.findElement(By.id("filter-body"))).selectByValue("ga");
    wait(d -> shownNodes() == 0);
    assertEquals(0, shownRows(), "no text of the General Assembly is in the samples");
    assertTrue(browser.findElement(By.id("time-chart")).getText().contains("No citing text shown has a year."));
  }

  @Test
  void everyFigureOfTheNetworkDownloadsAsPngAndSvg() throws Exception {
    openTheNetwork();
    for (String figure : List.of("network", "time")) {
      for (String format : List.of("png", "svg")) {
        Path file = DOWNLOADS.resolve("hrc-kg-" + figure + "." + format);
        Files.deleteIfExists(file);
        browser.findElement(By.cssSelector("button.download[data-figure='" + figure + "'][data-format='" + format + "']")).click();
        wait(d -> Files.exists(file) && file.toFile().length() > 0);
        byte[] bytes = Files.readAllBytes(file);
        if (format.equals("png")) {
          assertEquals("\u0089PNG", new String(bytes, 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1), file.toString());
          java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(file.toFile());
          assertTrue(image.getWidth() > 200 && image.getHeight() > 100, file + " is a picture");
        } else {
          org.w3c.dom.Document svg = javax.xml.parsers.DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder().parse(file.toFile());
          assertEquals("svg", svg.getDocumentElement().getLocalName(), file.toString());
          String drawn = figure.equals("network") ? "circle" : "rect";
          assertTrue(svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", drawn).getLength() > (figure.equals("network") ? 27 : 1),
              file + " draws every node or bar");
        }
      }
    }
  }

  @Test
  void aPersonPicksANamedQueryAndRunsIt() {
    browser.get(TestServer.url() + "query");
    new Select(browser.findElement(By.id("examples"))).selectByValue("most-cited");
    assertTrue(browser.findElement(By.id("query")).getAttribute("value").contains("# title: Most cited documents"));
    browser.findElement(By.id("run")).click();
    wait(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "result(s)"));
    List<WebElement> firstRow = browser.findElements(By.cssSelector("#results tbody tr:first-child td"));
    assertEquals("id/doc/A/RES/60/251", firstRow.get(0).getText(), "the most cited document, its URI shown relative to the base");
    assertEquals("5", firstRow.get(3).getText(), "cited by the five texts");
  }

  @Test
  void aPersonSearchesASymbolAFrenchWordAndAnEnglishWord() throws IOException {
    browser.get(TestServer.url() + "?lang=en");
    WebElement box = browser.findElement(By.id("site-search"));
    box.sendKeys("60/251");
    box.submit();
    wait(ExpectedConditions.urlContains("/search?q="));
    assertEquals("A/RES/60/251", browser.findElement(By.cssSelector(".result h2 a")).getText(), "the document itself first");
    screenshot("search-symbol");
    search("coopération");
    assertTrue(browser.findElements(By.cssSelector(".snippet mark")).stream().map(WebElement::getText)
        .anyMatch("coopération"::equalsIgnoreCase), "the word is highlighted");
    int all = browser.findElements(By.cssSelector(".result")).size();
    browser.findElement(By.cssSelector(".facets a[href*='session=']")).click();
    wait(ExpectedConditions.urlContains("session="));
    assertTrue(browser.findElements(By.cssSelector(".result")).size() < all, "a facet narrows the results");
    screenshot("search-facet");
    search("Council");
    assertTrue(browser.findElements(By.cssSelector(".result")).size() > 0, "English words are found too (the ontology's and reference data's English are not indexed, the titles and texts are)");
  }

  @Test
  void aPersonBrowsesTheDocumentsAndSortsThem() throws IOException {
    browser.get(TestServer.url() + "?lang=en");
    browser.findElement(By.cssSelector("header nav a[href='/page/doc']")).click();
    wait(ExpectedConditions.urlContains("/page/doc"));
    assertEquals("Documents", browser.findElement(By.tagName("h1")).getText());
    browser.findElement(By.linkText("Cited by (texts)")).click();
    wait(ExpectedConditions.urlContains("sort=cited_by"));
    assertEquals("A/RES/60/251", browser.findElement(By.cssSelector("table.browse tbody tr td a")).getText(), "the most cited first");
    screenshot("browse-documents");
  }

  @Test
  void aPersonSwitchesTheLanguageAndItIsRemembered() throws IOException {
    browser.get(TestServer.url() + "page/state?lang=en");
    assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
    browser.findElement(By.cssSelector("ul.languages a[lang='fr']")).click();
    wait(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "fr"));
    assertEquals("États", browser.findElement(By.tagName("h1")).getText());
    browser.get(TestServer.url() + "page/fund");
    assertEquals("Fonds", browser.findElement(By.tagName("h1")).getText(), "the choice is remembered");
    screenshot("browse-funds-fr");
    browser.get(TestServer.url() + "page/fund?lang=en");
  }

  @Test
  void theVocabularyPageDrawsTheDataModel() throws IOException {
    browser.get(TestServer.url() + "ontology?lang=en");
    wait(ExpectedConditions.attributeToBe(By.id("model-diagram"), "data-ready", "true"));
    JavascriptExecutor js = (JavascriptExecutor) browser;
    assertTrue((Long) js.executeScript("return window.hrcModel.nodes().length;") > 10);
    screenshot("vocabulary");
  }

  @Test
  void aPersonOpensTheEditorFromSparqlRunsANamedQueryAndCanDownloadIt() throws IOException {
    browser.get(TestServer.url() + "sparql");
    wait(ExpectedConditions.urlContains("/editor"));
    wait(ExpectedConditions.attributeToBe(By.id("yasgui"), "data-ready", "true"));
    browser.findElement(By.cssSelector("button.example[data-name='most-cited']")).click();
    wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".yasr table tbody tr")));
    String first = browser.findElement(By.cssSelector(".yasr table tbody tr")).getText();
    assertTrue(first.contains("A/RES/60/251") || first.contains("id/doc/A/RES/60/251"), first);
    WebElement download = browser.findElement(By.cssSelector(".yasr_downloadIcon"));
    assertTrue(!download.getAttribute("class").contains("disabled"), "the table downloads as CSV");
    screenshot("editor-table");
    browser.findElement(By.cssSelector("button.select_chart")).click();
    screenshot("editor-chart");
    wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg.hrc-chart rect")));
    screenshot("editor-chart");
    assertTrue(browser.findElements(By.cssSelector(".yasqe_share")).size() > 0, "a permalink for the query");
  }

  @Test
  void theEditorCompletesOurPrefixesClassesAndProperties() {
    openTheEditor();
    assertTrue(completions("PREFIX ci").contains("cito: <http://purl.org/spar/cito/>"), "a prefix of ours");
    String hrc = "PREFIX hrc: <https://w3id.org/hrc-kg/ontology#>\n";
    assertTrue(completions(hrc + "SELECT * WHERE { ?c hrc:cited").containsAll(List.of("hrc:citedDocument")), "a property of the vocabulary");
    assertTrue(completions(hrc + "SELECT * WHERE { ?c a hrc:Cit").contains("hrc:Citation"), "a class of the vocabulary");
    String eli = "PREFIX eli: <http://data.europa.eu/eli/ontology#>\n";
    assertTrue(completions(eli + "SELECT * WHERE { ?d a eli:Legal").contains("eli:LegalResource"), "a class of the ELI alignment");
    assertTrue(completions(eli + "SELECT * WHERE { ?d eli:date_").contains("eli:date_document"), "a property of the ELI alignment");
  }

  @Test
  void anEditorsQueryHasAPermalinkThatOpensIt() {
    openTheEditor();
    browser.findElement(By.cssSelector("button.example[data-name='most-cited']")).click();
    wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".yasr table tbody tr")));
    browser.findElement(By.cssSelector(".yasqe_share")).click();
    String link = browser.findElement(By.cssSelector(".yasqe_sharePopup input")).getAttribute("value");
    assertTrue(link.startsWith(TestServer.url() + "editor?"), link);
    ((JavascriptExecutor) browser).executeScript("localStorage.clear();");
    browser.get(link);
    wait(ExpectedConditions.attributeToBe(By.id("yasgui"), "data-ready", "true"));
    String query = (String) ((JavascriptExecutor) browser).executeScript("return window.hrcEditor.getTab().getYasqe().getValue();");
    assertTrue(query.contains("# title: Most cited documents"), query);
  }

  @Test
  void theEditorsResultsDownloadAsCsvAndJson() throws Exception {
    openTheEditor();
    browser.findElement(By.cssSelector("button.example[data-name='most-cited']")).click();
    wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".yasr table tbody tr")));
    String csv = new String(Files.readAllBytes(download(By.cssSelector(".yasr_downloadIcon"), ".csv")), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(csv.lines().findFirst().orElse("").contains("cited") && csv.contains("/id/doc/A/RES/60/251"), csv);
    browser.findElement(By.cssSelector("button.select_response")).click();
    byte[] json = Files.readAllBytes(download(By.cssSelector(".yasr_downloadIcon"), ".json"));
    com.fasterxml.jackson.databind.JsonNode results = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
    assertTrue(results.at("/results/bindings").size() > 0, "SPARQL results as JSON");
    browser.findElement(By.cssSelector("button.select_table")).click();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"?lang=en", "?lang=fr", "page/doc/A/HRC/RES/45/32", "page/doc/A/RES/60/251", "search?q=coopération",
      "page/doc", "page/state", "page/session", "analysis", "query", "editor", "queries", "ontology", "shapes",
      "shapes/DocumentShape", "dataset"})
  void aPageHasNoSeriousAccessibilityViolation(String page) throws IOException {
    browser.get(TestServer.url() + page);
    if (page.equals("analysis")) {
      wait(ExpectedConditions.attributeToBe(By.id("network"), "data-ready", "true"));
    } else if (page.equals("editor")) {
      openTheEditor();
      browser.findElement(By.cssSelector("button.example[data-name='most-cited']")).click();
      wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".yasr table tbody tr")));
    }
    JavascriptExecutor js = (JavascriptExecutor) browser;
    js.executeScript(axe());
    @SuppressWarnings("unchecked")
    List<Object> found = (List<Object>) js.executeAsyncScript("const done = arguments[arguments.length - 1];"
        + " axe.run(document, { resultTypes: ['violations'] }).then(r => done(r.violations"
        + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
        + ".map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' ' + n.failureSummary).join(', '))))"
        + ".catch(e => done(['axe failed: ' + e]));");
    screenshot("a11y-" + page.replaceAll("[^A-Za-z0-9]+", "-"));
    assertEquals(List.of(), found, page);
  }

  /** axe-core (src/test/resources/axe), to inject into a page. */
  private static String axe() throws IOException {
    try (var in = BrowserIT.class.getResourceAsStream("/axe/axe.min.js")) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  /** The completions the editor offers at the end of a query. */
  private static List<String> completions(String query) {
    ((JavascriptExecutor) browser).executeScript("const y = window.hrcEditor.getTab().getYasqe(); y.setValue(arguments[0]); y.focus();"
        + " y.setCursor(y.lineCount() - 1, 10000); y.autocomplete();", query);
    wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".CodeMirror-hints li")));
    List<String> offered = browser.findElements(By.cssSelector(".CodeMirror-hints li")).stream().map(WebElement::getText).toList();
    ((JavascriptExecutor) browser).executeScript("window.hrcEditor.getTab().getYasqe().closeHint && window.hrcEditor.getTab().getYasqe().closeHint();");
    browser.findElement(By.tagName("h1")).click();
    return offered;
  }

  /** Clicks what downloads a file, and returns the file saved with that ending. */
  private static Path download(By what, String ending) throws IOException {
    try (var old = Files.list(DOWNLOADS)) {
      for (Path f : old.filter(f -> f.toString().endsWith(ending)).toList()) {
        Files.delete(f);
      }
    }
    browser.findElement(what).click();
    Path[] saved = new Path[1];
    wait(d -> {
      try (var files = Files.list(DOWNLOADS)) {
        saved[0] = files.filter(f -> f.toString().endsWith(ending) && f.toFile().length() > 0).findFirst().orElse(null);
        return saved[0] != null;
      } catch (IOException e) {
        return false;
      }
    });
    return saved[0];
  }

  /** The editor as a first visit finds it (YASGUI keeps its tabs and the view chosen in the browser's storage). */
  private static void openTheEditor() {
    browser.get(TestServer.url() + "editor?lang=en");
    ((JavascriptExecutor) browser).executeScript("localStorage.clear();");
    browser.navigate().refresh();
    wait(ExpectedConditions.attributeToBe(By.id("yasgui"), "data-ready", "true"));
  }

  private static void openTheNetwork() {
    browser.get(TestServer.url() + "analysis?lang=en");
    wait(ExpectedConditions.attributeToBe(By.id("network"), "data-ready", "true"));
  }

  private static int shownNodes() {
    return ((Number) ((JavascriptExecutor) browser).executeScript("return window.hrcNetwork.nodes(':visible').length;")).intValue();
  }

  private static int shownRows() {
    return (int) browser.findElements(By.cssSelector("#metrics tbody tr")).stream().filter(WebElement::isDisplayed).count();
  }

  private static void search(String words) {
    WebElement box = browser.findElement(By.id("site-search"));
    box.clear();
    box.sendKeys(words);
    box.submit();
    wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.summary")));
  }

  /** Keeps what the browser shows, in {@code target/screenshots}, for a person to look at. */
  private static void screenshot(String name) throws IOException {
    Path dir = Path.of("target", "screenshots");
    Files.createDirectories(dir);
    Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  private static <T> void wait(java.util.function.Function<WebDriver, T> condition) {
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(condition);
  }
}
