package fr.chulille.passerelle.browser;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The public pages as a visitor gets them, before Vaadin's client starts: accessibility (axe-core), phone width, print. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicPagesIT {

    @LocalServerPort
    int port;
    WebDriver driver;

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @ParameterizedTest(name = "{0}?lang={1}")
    @CsvSource({"/,fr", "/,en", "/professionals,fr", "/professionals,en", "/accessibility,fr", "/accessibility,en"})
    void axeFindsNoSeriousOrCriticalViolation(String path, String language) {
        driver = Browser.start(language, 1280, 900);
        open(path + "?lang=" + language);

        Results results = new AxeBuilder().analyze(driver);
        List<Rule> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        System.out.printf("[axe] %s?lang=%s: %d violations (%d serious or critical), %d passes, %d incomplete%n",
                path, language, results.getViolations().size(), serious.size(), results.getPasses().size(),
                results.getIncomplete().size());
        results.getViolations().forEach(rule -> System.out.println("[axe]   " + describe(rule)));
        assertThat(serious).as(serious.stream().map(PublicPagesIT::describe).collect(Collectors.joining("\n"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void nothingScrollsSidewaysOnA320PixelPhone(String language) {
        driver = Browser.start(language, 320, 800);
        for (String path : List.of("/", "/professionals", "/accessibility")) {
            open(path + "?lang=" + language);
            Map<?, ?> widths = (Map<?, ?>) js().executeScript("return {scroll: document.documentElement.scrollWidth,"
                    + " client: document.documentElement.clientWidth};");
            assertThat(((Number) widths.get("scroll")).intValue()).as(path + " scrollWidth")
                    .isLessThanOrEqualTo(((Number) widths.get("client")).intValue());
        }
    }

    @Test
    void thePrintButtonExistsAndPrintHidesTheNavigation() {
        driver = Browser.start("en", 1280, 900);
        open("/?lang=en");
        assertThat(driver.findElement(By.cssSelector("button.print-button")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.cssSelector(".main-nav")).isDisplayed()).isTrue();

        ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));

        assertThat(driver.findElement(By.cssSelector(".main-nav")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.cssSelector(".language-switch")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.cssSelector("button.print-button")).isDisplayed()).isFalse();
        assertThat(driver.findElements(By.cssSelector(".print-only"))).allMatch(WebElementDisplayed::is);
        assertThat(driver.findElement(By.cssSelector("a[href^='tel:']")).isDisplayed()).isTrue();
        String urlAfterLink = (String) js().executeScript(
                "return getComputedStyle(document.querySelector(\".registry-links a\"), '::after').content;");
        assertThat(urlAfterLink).contains("https://");
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
        Browser.waitForDocument(driver);
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }

    private static String describe(Rule rule) {
        return rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " — "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).limit(5).toList();
    }

    private static final class WebElementDisplayed {
        static boolean is(org.openqa.selenium.WebElement element) {
            return element.isDisplayed();
        }
    }
}
