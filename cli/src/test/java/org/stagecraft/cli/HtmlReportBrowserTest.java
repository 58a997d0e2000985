package org.stagecraft.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Opens generated reports in headless Chromium (Debian's chromium and chromium-driver, which
 * {@code .ci/run} installs) and checks what a person would see. Skipped where the browser is not
 * installed, unless {@code STAGECRAFT_REQUIRE_BROWSER} is set, as CI sets it: there a missing
 * browser fails the build instead of hiding the test.
 */
class HtmlReportBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path REPORTS = Path.of("target", "browser-test", "reports");
  private static final Path SCREENSHOTS = Path.of("target", "browser-test", "screenshots");

  private static ChromeDriver browser;

  @BeforeAll
  static void openBrowser() throws Exception {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (System.getenv("STAGECRAFT_REQUIRE_BROWSER") != null) {
      assertThat(installed).as("chromium and chromedriver in /usr/bin (CI installs them)")
          .isTrue();
    }
    assumeTrue(installed, "chromium or chromedriver not installed");
    Path profile = Files.createTempDirectory("stagecraft-chromium");
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
        .addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
            "--disable-dev-shm-usage", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run",
            "--user-data-dir=" + profile);
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
    browser.manage().window().setSize(new Dimension(1280, 2400));

    Cli run = Cli.run("score", "--format", "html", "--out", REPORTS.toString(),
        Cli.sample("pitch-first.vtt"), Cli.sample("discovery-first.vtt"));
    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void a_call_report_shows_the_timeline_scorecard_violations_and_tips() throws Exception {
    open("pitch-first.vtt.html");

    WebElement timeline = browser.findElement(By.id("timeline"));
    assertThat(timeline.isDisplayed()).isTrue();
    assertThat(timeline.getSize().getWidth()).isGreaterThan(500);
    assertThat(timeline.findElements(By.cssSelector(".stage-band title")).stream()
        .map(title -> title.getDomProperty("textContent")).toList())
        .hasSize(3).first().asString().startsWith("RAPPORT: utterances 0 to ");
    assertThat(texts(timeline.findElements(By.cssSelector(".stage-band text"))))
        .contains("RAPPORT");
    assertThat(timeline.findElements(By.cssSelector(".violation-marker"))).isNotEmpty();

    WebElement scorecard = browser.findElement(By.id("scorecard"));
    assertThat(scorecard.isDisplayed()).isTrue();
    assertThat(scorecard.findElements(By.cssSelector("tr.score"))).hasSize(9);

    List<WebElement> tips = browser.findElements(By.cssSelector("#top-tips li"));
    assertThat(tips).isNotEmpty().allMatch(WebElement::isDisplayed);
    assertThat(tips.get(0).getText()).isNotBlank();
    assertThat(browser.findElements(By.cssSelector("tr.utterance .note-tip")))
        .isNotEmpty().allMatch(WebElement::isDisplayed);
    assertThat(browser.findElements(By.cssSelector("tr.utterance .note-violation")))
        .isNotEmpty().allMatch(WebElement::isDisplayed);
    assertThat(browser.findElement(By.id("playbook")).isDisplayed()).isTrue();
    assertThat(browser.findElement(By.id("talk-share")).isDisplayed()).isTrue();

    assertNoErrorsLogged();
    screenshot("pitch-first-report.png");
  }

  @Test
  void the_index_ranks_the_calls_and_links_to_each_report() throws Exception {
    open("index.html");

    List<WebElement> links = browser.findElements(By.cssSelector("#ranking a"));
    assertThat(texts(links)).containsExactly(Cli.sample("discovery-first.vtt"),
        Cli.sample("pitch-first.vtt"));
    links.get(0).click();
    assertThat(browser.findElement(By.id("final-stage")).getText()).isEqualTo("NEXT_STEPS");

    assertNoErrorsLogged();
    screenshot("index-then-report.png");
  }

  private static void open(String page) {
    browser.get(REPORTS.resolve(page).toUri().toString());
  }

  private static List<String> texts(List<WebElement> elements) {
    return elements.stream().map(WebElement::getText).toList();
  }

  private static void assertNoErrorsLogged() {
    List<LogEntry> problems = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).toList();
    assertThat(problems).as("messages the page logged").isEmpty();
  }

  private static void screenshot(String name) throws Exception {
    Files.createDirectories(SCREENSHOTS);
    Files.write(SCREENSHOTS.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
  }
}
