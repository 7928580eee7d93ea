package fr.chulille.passerelle.browser;

import fr.chulille.passerelle.i18n.Messages;
import fr.chulille.passerelle.trial.Trial;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A patient in a real browser: reads the summary, follows a glossary word by keyboard, visits the
 * professionals' page and comes back, then prints the sheet (print media, and the real A4 PDF).
 *
 * <p>The public pages work from the server's first response, whether or not Vaadin's client ever
 * starts: this test waits for their heading and uses plain DOM only, never Vaadin components.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PatientJourneyIT {

    /** A page object, not followed by "s" (that would be the page tree). */
    private static final Pattern PAGE_OBJECT = Pattern.compile("/Type\\s*/Page(?![A-Za-z])");
    private static final Pattern PAGE_TREE_COUNT = Pattern.compile("/Type\\s*/Pages\\b[^>]*?/Count\\s+(\\d+)|/Count\\s+(\\d+)[^>]*?/Type\\s*/Pages\\b");

    private final Messages messages = Messages.fromClasspath();
    private final Trial trial = Trial.NCT06649227;

    @LocalServerPort
    int port;
    WebDriver driver;

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"fr, personnes peuvent participer", "en, people can take part"})
    void aPatientReadsTheSummaryFollowsTheGlossaryAndPrintsIt(String language, String placesPhrase) {
        Locale locale = Locale.forLanguageTag(language);
        String summaryHeading = messages.format("summary.page.heading", locale);
        driver = Browser.start(language, 1280, 900);

        openPublicPage("/?lang=" + language, summaryHeading);
        assertThat(Browser.htmlLang(driver)).isEqualTo(language);
        String main = mainText();
        assertThat(main).contains(trial.nctId(), trial.ctisId(), trial.enrolmentTarget() + " " + placesPhrase);
        WebElement phone = driver.findElement(By.cssSelector("main a[href^='tel:']"));
        assertThat(phone.getAttribute("href")).isEqualTo(trial.centralContactPhoneUri());
        assertThat(phone.getText().replaceAll("\\D", "")).isEqualTo(trial.centralContactPhone().replaceAll("\\D", ""));

        followAGlossaryWordByKeyboard();
        visitTheProfessionalsPageAndComeBack(locale, summaryHeading);
        printMediaHidesNavigationAndKeepsContactAndIdentifiers();
        assertThat(printedPages("summary-" + language)).as("A4 pages of the printed summary").isBetween(1, 2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void theReferralFormAndTheLoginViewDoNotScrollSidewaysOnA320PixelPhone(String language) {
        driver = Browser.start(language, 320, 800);
        driver.get(url("/referral?lang=" + language));
        Browser.waitForVaadin(driver);
        Browser.waitFor(driver).until(d -> !d.findElement(By.id("precheck-headline")).getText().isBlank());
        assertNoSidewaysScroll("/referral");

        // on a phone the verdict line is fixed at the bottom of the screen and may cover the button where it
        // lies when the page opens: the referrer scrolls it up first, as the page's bottom padding allows
        WebElement send = driver.findElement(By.id("send-referral"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", send);
        send.click();
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("form-error")));
        assertNoSidewaysScroll("/referral after a failed submit");

        driver.get(url("/login?lang=" + language));
        Browser.waitForVaadin(driver);
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-login-form")));
        assertNoSidewaysScroll("/login");
    }

    @ParameterizedTest
    @CsvSource({"fr, Protection des données personnelles, Mentions légales", "en, Privacy notice, Legal notice"})
    void thePrivacyAndLegalNoticesDoNotScrollSidewaysOnA320PixelPhone(String language, String privacy, String legal) {
        driver = Browser.start(language, 320, 800);
        openPublicPage("/privacy?lang=" + language, privacy);
        assertNoSidewaysScroll("/privacy");
        openPublicPage("/legal-notice?lang=" + language, legal);
        assertNoSidewaysScroll("/legal-notice");
    }

    /** Tab from the top of the page to the first glossary word, Enter: its definition becomes the target, on screen. */
    private void followAGlossaryWordByKeyboard() {
        List<String> focused = new ArrayList<>();
        String href = null;
        for (int tab = 0; tab < 80 && href == null; tab++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            Map<?, ?> active = (Map<?, ?>) js().executeScript("""
                    const a = document.activeElement;
                    return {name: a ? a.tagName + '.' + a.className : 'none',
                            glossary: !!a && a.matches('a.glossary-term'), href: a ? a.getAttribute('href') : null};""");
            focused.add(String.valueOf(active.get("name")));
            if (Boolean.TRUE.equals(active.get("glossary"))) {
                href = (String) active.get("href");
            }
        }
        assertThat(href).as("a glossary link reached with Tab; focused in turn: " + focused).isNotNull();
        String termId = href.substring(href.indexOf('#') + 1);
        String describedBy = (String) js().executeScript("return document.activeElement.getAttribute('aria-describedby')");
        assertThat(describedBy).isEqualTo(termId + "-definition");

        new Actions(driver).sendKeys(Keys.ENTER).perform();

        Browser.waitFor(driver).until(d -> ("#" + termId).equals(js().executeScript("return location.hash")));
        Browser.waitFor(driver).until(d -> termId.equals(js().executeScript(
                "const t = document.querySelector(':target'); return t ? t.id : null;")));
        Boolean onScreen = (Boolean) js().executeScript("""
                const r = document.getElementById(arguments[0]).getBoundingClientRect();
                return r.top >= 0 && r.bottom <= window.innerHeight;""", termId);
        assertThat(onScreen).as(termId + " scrolled into view").isTrue();
        WebElement definition = driver.findElement(By.id(describedBy));
        assertThat(definition.isDisplayed()).isTrue();
        assertThat(definition.getText()).isNotBlank();
    }

    private void visitTheProfessionalsPageAndComeBack(Locale locale, String summaryHeading) {
        clickWhenStable(By.cssSelector(".main-nav a[href$='professionals']"));
        waitForHeading(messages.format("summary.pro.heading", locale));
        Browser.waitFor(driver).until(ExpectedConditions.urlContains("/professionals"));
        settle();
        assertThat(mainText()).contains(trial.nctId());

        driver.navigate().back();
        waitForHeading(summaryHeading);
        settle();
        assertThat(Browser.htmlLang(driver)).isEqualTo(locale.getLanguage());
    }

    private void printMediaHidesNavigationAndKeepsContactAndIdentifiers() {
        assertThat(driver.findElement(By.cssSelector(".main-nav")).isDisplayed()).isTrue();
        chrome().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(driver.findElements(By.cssSelector(".main-nav"))).isNotEmpty().noneMatch(WebElement::isDisplayed);
            assertThat(driver.findElements(By.cssSelector(".language-switch"))).isNotEmpty().noneMatch(WebElement::isDisplayed);
            assertThat(driver.findElements(By.cssSelector("button.print-button"))).noneMatch(WebElement::isDisplayed);
            assertThat(driver.findElement(By.cssSelector("main a[href^='tel:']")).isDisplayed()).isTrue();
            WebElement identifiers = driver.findElement(By.xpath("//main//p[contains(., '" + trial.nctId() + "') and contains(., '"
                    + trial.ctisId() + "')]"));
            assertThat(identifiers.isDisplayed()).as("the trial's identifiers on paper").isTrue();
            WebElement footer = driver.findElement(By.cssSelector(".app-footer"));
            assertThat(footer.isDisplayed()).isTrue();
            assertThat(footer.getText()).contains(trial.nctId());
        } finally {
            chrome().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    /** Prints the page as Chromium does on A4 paper and counts the pages of the PDF (also kept in target/pdf). */
    private int printedPages(String name) {
        Map<String, Object> pdf = chrome().executeCdpCommand("Page.printToPDF", Map.of(
                "paperWidth", 8.27, "paperHeight", 11.69, "printBackground", true, "preferCSSPageSize", true));
        byte[] bytes = Base64.getDecoder().decode((String) pdf.get("data"));
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        assertThat(text).startsWith("%PDF-");
        int pages = (int) PAGE_OBJECT.matcher(text).results().count();
        Matcher count = PAGE_TREE_COUNT.matcher(text);
        if (count.find()) {
            int declared = Integer.parseInt(count.group(1) != null ? count.group(1) : count.group(2));
            assertThat(pages).as("page objects and the page tree's /Count").isEqualTo(declared);
        }
        try {
            Path file = Path.of("target", "pdf", name + "-" + System.getProperty("vaadin.productionMode", "dev") + ".pdf");
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.printf("[pdf] %s: %d A4 page(s), %d bytes%n", name, pages, bytes.length);
        return pages;
    }

    private void assertNoSidewaysScroll(String what) {
        Map<?, ?> widths = (Map<?, ?>) js().executeScript("return {scroll: document.documentElement.scrollWidth,"
                + " client: document.documentElement.clientWidth};");
        assertThat(((Number) widths.get("scroll")).intValue()).as(what + " scrollWidth at 320 px")
                .isLessThanOrEqualTo(((Number) widths.get("client")).intValue());
    }

    private void openPublicPage(String path, String heading) {
        driver.get(url(path));
        waitForHeading(heading);
        settle();
    }

    private void waitForHeading(String heading) {
        Browser.waitFor(driver).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.tagName("h1")).stream().anyMatch(h1 -> heading.equals(h1.getText())));
    }

    /**
     * Waits until the page has stopped changing: loaded, no element added or removed for a second, and
     * Vaadin's client (if it runs at all) idle. A public page may swap its server-rendered copy once.
     */
    private void settle() {
        js().executeScript("""
                if (!window.__passerelleObserved) {
                  window.__passerelleObserved = true;
                  window.__passerelleLastChange = performance.now();
                  new MutationObserver(() => window.__passerelleLastChange = performance.now())
                      .observe(document.documentElement, {childList: true, subtree: true});
                }""");
        Browser.waitFor(driver).until(d -> Boolean.TRUE.equals(js().executeScript("""
                const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients || {};
                return document.readyState === 'complete'
                    && performance.now() - window.__passerelleLastChange > 1000
                    && Object.values(clients).every(c => !c.isActive || !c.isActive());""")));
    }

    private void clickWhenStable(By locator) {
        Browser.waitFor(driver).ignoring(StaleElementReferenceException.class).until(d -> {
            d.findElement(locator).click();
            return true;
        });
    }

    private String mainText() {
        return driver.findElement(By.tagName("main")).getText();
    }

    private ChromeDriver chrome() {
        return (ChromeDriver) driver;
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
