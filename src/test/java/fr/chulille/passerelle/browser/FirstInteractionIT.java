package fr.chulille.passerelle.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A patient's phone gets the summary without Vaadin's client: it starts on the first click,
 * touch or key press, and takes over the page without moving it or losing the keyboard focus.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FirstInteractionIT {

    @LocalServerPort
    int port;
    WebDriver driver;

    @BeforeEach
    void openSummary() {
        driver = Browser.start("en", 412, 823);
        driver.get("http://localhost:" + port + "/?lang=en");
        Browser.waitForDocument(driver);
    }

    @AfterEach
    void closeBrowser() {
        driver.quit();
    }

    @Test
    void vaadinsClientIsNotRequestedWhileThePatientOnlyReads() throws InterruptedException {
        js().executeScript("window.scrollTo(0, document.body.scrollHeight / 2)");
        Thread.sleep(2000); // nothing starts it later either (no timer)

        assertThat(Browser.vaadinRequested(driver)).isFalse();
        assertThat(stylesheetRequested("lumo.css")).isFalse();
        assertThat(driver.findElement(By.id("first-paint")).isDisplayed()).isTrue();
        assertThat(Browser.consoleErrors(driver)).isEmpty();
    }

    @Test
    void theFirstClickStartsVaadinWhichTakesOverWithoutMovingThePage() {
        js().executeScript("document.getElementById('section-risks-heading').scrollIntoView()");
        Map<?, ?> before = positionOfTheRisksHeading();

        // a click where the heading is on screen (Selenium would scroll to an element it moves to)
        new Actions(driver).moveToLocation(100, (int) number(before, "top") + 10).click().perform();
        Browser.waitForVaadin(driver);

        assertThat(driver.findElements(By.id("first-paint"))).isEmpty();
        assertThat(driver.findElement(By.id("language-en")).getTagName()).isEqualTo("vaadin-button");
        Map<?, ?> after = positionOfTheRisksHeading();
        assertThat(number(after, "scrollY")).isCloseTo(number(before, "scrollY"), within(1.0));
        assertThat(number(after, "top")).isCloseTo(number(before, "top"), within(1.0));
        assertThat(Browser.consoleErrors(driver)).isEmpty();
    }

    @Test
    void lumoAndTheAppsStylesheetsArriveWithTheFirstInteractionAndChangeNothingOnScreen() {
        assertThat(lumoApplies()).isFalse();
        // the copy is styled by its own small stylesheet: its font and colours, not the browser's
        assertThat(js().executeScript("return getComputedStyle(document.querySelector('#first-paint h1')).fontFamily"))
                .asString().doesNotContain("Times").contains("Roboto");
        Map<?, ?> before = positionOfTheRisksHeading();

        // a click on the heading (a key press would show the skip link, which moves the page by design)
        new Actions(driver).moveToElement(driver.findElement(By.cssSelector("#first-paint h1"))).click().perform();
        Browser.waitForVaadin(driver);

        assertThat(stylesheetRequested("lumo.css")).isTrue();
        assertThat(stylesheetRequested("passerelle.css")).isTrue();
        assertThat(lumoApplies()).isTrue();
        Map<?, ?> after = positionOfTheRisksHeading();
        assertThat(number(after, "scrollY")).isCloseTo(number(before, "scrollY"), within(1.0));
        assertThat(number(after, "top")).isCloseTo(number(before, "top"), within(1.0));
        assertThat(Browser.consoleErrors(driver)).isEmpty();
    }

    @Test
    void keyboardFocusStaysOnTheSameLinkWhenVaadinTakesOver() {
        new Actions(driver).sendKeys(Keys.TAB).perform();
        assertThat(activeElementClass()).isEqualTo("skip-link");

        Browser.waitForVaadin(driver);

        assertThat(activeElementClass()).isEqualTo("skip-link");
        new Actions(driver).sendKeys(Keys.TAB).perform();
        assertThat(activeElementClass()).isEqualTo("brand");
    }

    @Test
    void thePrintButtonPrintsOncePerClickBeforeAndAfterVaadinStarts() {
        js().executeScript("window.printed = 0; window.print = () => window.printed++;");

        driver.findElement(By.cssSelector("button.print-button")).click();
        assertThat(((Number) js().executeScript("return window.printed")).intValue()).isEqualTo(1);

        Browser.waitForVaadin(driver);
        driver.findElement(By.cssSelector("button.print-button")).click();
        Browser.waitFor(driver).until(d -> ((Number) js().executeScript("return window.printed")).intValue() == 2);
        assertThat(((Number) js().executeScript("return window.printed")).intValue()).isEqualTo(2);
    }

    private Map<?, ?> positionOfTheRisksHeading() {
        return (Map<?, ?>) js().executeScript("return {scrollY: window.scrollY,"
                + " top: document.getElementById('section-risks-heading').getBoundingClientRect().top};");
    }

    /** Lumo's custom properties are defined on the document (lumo.css is loaded and applied). */
    private boolean lumoApplies() {
        return !js().executeScript("return getComputedStyle(document.documentElement).getPropertyValue('--lumo-base-color')")
                .toString().isBlank();
    }

    private boolean stylesheetRequested(String name) {
        return Boolean.TRUE.equals(js().executeScript(
                "return performance.getEntriesByType('resource').some(e => new URL(e.name).pathname.endsWith('/' + arguments[0]))",
                name));
    }

    private String activeElementClass() {
        return (String) js().executeScript("return document.activeElement.className");
    }

    private static double number(Map<?, ?> values, String key) {
        return ((Number) values.get(key)).doubleValue();
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }
}
