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

  private static WebDriver browser;

  @BeforeAll
  static void start() {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "Chromium and chromedriver are not installed (Debian packages chromium, chromium-driver; .ci/run installs them)");
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
        .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage", "--window-size=1280,1600");
    browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(), options);
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
  void theCitationNetworkIsDrawnAndANodeOpensItsPage() {
    browser.get(TestServer.url() + "analysis");
    wait(ExpectedConditions.attributeToBe(By.id("network"), "data-ready", "true"));
    JavascriptExecutor js = (JavascriptExecutor) browser;
    assertEquals(28L, js.executeScript("return window.hrcNetwork.nodes().length;"));
    assertEquals(38L, js.executeScript("return window.hrcNetwork.edges().length;"));
    assertTrue(browser.findElements(By.cssSelector("#network canvas")).size() > 0, "Cytoscape draws on canvases");
    assertEquals("A/RES/60/251", browser.findElement(By.cssSelector("#metrics tbody tr td a")).getText());
    js.executeScript("window.hrcNetwork.getElementById(arguments[0]).emit('tap');", TestServer.BASE + "id/doc/A/RES/60/251");
    wait(ExpectedConditions.urlContains("/page/doc/A/RES/60/251"));
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

  private static void wait(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(condition);
  }
}
