package fr.chulille.passerelle.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

/**
 * Headless Debian Chromium driven by Debian's chromedriver: both paths are set explicitly so that
 * Selenium Manager never tries to download anything.
 */
public final class Browser {

    public static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    public static final String CHROMEDRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

    private Browser() {
    }

    /** A browser whose preferred language is {@code acceptLanguage} (e.g. "fr-FR,fr"). */
    public static WebDriver start(String acceptLanguage, int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=" + width + "," + height,
                "--lang=" + acceptLanguage.split(",")[0], "--user-data-dir=" + tempProfile());
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguage));
        // the console shows Content-Security-Policy violations: tests read it with consoleErrors()
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    public static WebDriverWait waitFor(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    /**
     * Waits until Vaadin has rendered the view and removed the copy of the page that the server put
     * into the first response (before that, the page shows but does not react).
     */
    public static void waitForVaadin(WebDriver driver) {
        waitFor(driver).until(d -> Boolean.TRUE.equals(js(d).executeScript(
                "return document.getElementById('first-paint') === null && document.querySelector('.app-main') !== null"
                        + " && !!window.Vaadin && !!window.Vaadin.Flow && Object.keys(window.Vaadin.Flow.clients || {}).length > 0"
                        + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive());")));
    }

    /** Waits until the served document is complete (public pages work before Vaadin's client starts). */
    public static void waitForDocument(WebDriver driver) {
        waitFor(driver).until(d -> "complete".equals(js(d).executeScript("return document.readyState"))
                && !d.findElements(By.tagName("h1")).isEmpty());
    }

    /** Whether Vaadin's client has been requested at all by the page. */
    public static boolean vaadinRequested(WebDriver driver) {
        return Boolean.TRUE.equals(js(driver).executeScript(
                "return !!(window.Vaadin && window.Vaadin.Flow)"
                        + " || performance.getEntriesByType('resource').some(e => e.name.includes('/VAADIN/'))"));
    }

    /** A public page: a visitor's first click (on the heading, which does nothing) starts Vaadin's client. */
    public static void startVaadinByClicking(WebDriver driver) {
        new Actions(driver).moveToElement(driver.findElement(By.tagName("h1"))).click().perform();
        waitForVaadin(driver);
    }

    /** Finds an element through open shadow roots: the LoginForm's fields live inside its web component. */
    private static final String DEEP_QUERY = """
            const find = (root, selector) => {
              const hit = root.querySelector(selector);
              if (hit) return hit;
              for (const element of root.querySelectorAll('*')) {
                if (element.shadowRoot) {
                  const inner = find(element.shadowRoot, selector);
                  if (inner) return inner;
                }
              }
              return null;
            };
            return find(document, arguments[0]);""";

    public static WebElement deep(WebDriver driver, String selector) {
        return (WebElement) js(driver).executeScript(DEEP_QUERY, selector);
    }

    /** The page's text including what web components render in their shadow roots. */
    public static String deepText(WebDriver driver) {
        return String.valueOf(js(driver).executeScript("""
                const text = root => Array.from(root.childNodes).map(node =>
                    node.nodeType === Node.TEXT_NODE ? node.textContent
                        : (node.shadowRoot ? text(node.shadowRoot) : '') + text(node)).join(' ');
                return text(document.body);"""));
    }

    /** Types into the Vaadin field with this id, then leaves it (so that its value reaches the server). */
    public static void type(WebDriver driver, String id, String text) {
        WebElement input = waitFor(driver).until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + id + " input")));
        input.sendKeys(text, Keys.TAB);
    }

    /** Opens the Vaadin select with this id and picks the item showing this text. */
    public static void choose(WebDriver driver, String id, String itemText) {
        driver.findElement(By.id(id)).click();
        waitFor(driver).until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-select-item[normalize-space(.)='" + itemText + "']"))).click();
    }

    /** Fills the login view's form (already open) and sends it with Enter. */
    public static void logIn(WebDriver driver, String username, String password) {
        waitFor(driver).until(d -> deep(d, "input[name=username]") != null);
        deep(driver, "input[name=username]").sendKeys(username);
        deep(driver, "input[name=password]").sendKeys(password, Keys.ENTER);
    }

    private static JavascriptExecutor js(WebDriver driver) {
        return (JavascriptExecutor) driver;
    }

    public static String htmlLang(WebDriver driver) {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    /** The console's errors since the last call (e.g. a script or style refused by the Content-Security-Policy). */
    public static List<String> consoleErrors(WebDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    private static String tempProfile() {
        try {
            File dir = Files.createTempDirectory("passerelle-chromium").toFile();
            dir.deleteOnExit();
            return dir.getAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
