package fr.chulille.passerelle.browser;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, item 5, in a real browser at 320 px: the sections but the first and the last start collapsed, and
 * the panel's rows folded under one line,
 * the keyboard goes through them in order (the fields of the open sections, the button of each collapsed
 * one), the sticky verdict line is reached and moves the focus to the panel's heading, and axe finds no
 * serious or critical violation with the sections collapsed, then expanded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FormOnAPhoneIT {

    /** Where the focus is: "index of its form section|the field, button or link that has it". */
    private static final String FOCUS = """
            const a = document.activeElement;
            const section = a.closest('.form-section');
            const index = section ? [...document.querySelectorAll('.form-section')].indexOf(section) : -1;
            const host = a.closest('vaadin-text-field, vaadin-big-decimal-field, vaadin-integer-field, vaadin-select,'
                + ' vaadin-email-field, vaadin-text-area, vaadin-checkbox, vaadin-date-picker, vaadin-button');
            const name = a.classList.contains('form-section-toggle') ? 'toggle' : (host && host.id) || a.id || a.tagName;
            return index + '|' + name;""";

    @LocalServerPort
    int port;
    WebDriver driver;

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void atThreeHundredTwentyPixelsTheFocusFollowsTheSectionsAndTheStickyLineLeadsToThePanel() {
        driver = Browser.start("en-GB,en", 320, 800);
        // headless Chromium's window is never narrower than 500 px: 320 px is emulated, as DevTools does
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 320, "height", 800, "deviceScaleFactor", 1, "mobile", true));
        driver.get("http://localhost:" + port + "/referral?lang=en");
        Browser.waitForVaadin(driver);
        Browser.waitFor(driver).until(d -> d.findElements(By.cssSelector(".form-section.collapsed")).size() > 1);
        int sections = driver.findElements(By.cssSelector(".form-section")).size();
        assertThat(driver.findElements(By.cssSelector(".form-section.collapsed"))).hasSize(sections - 2);
        assertThat(driver.findElement(By.id("precheck-sticky")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("precheck-sticky")).getText()).matches("\\d+ not met · \\d+ to confirm");
        // the panel's 37 rows folded under one line, the advice in sight
        assertThat(driver.findElement(By.id("precheck-criteria")).getDomAttribute("opened")).isNull();
        assertThat(driver.findElement(By.id("criterion-INC-01")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("precheck-headline")).isDisplayed()).isTrue();
        assertThat(seriousViolations()).as("axe, sections collapsed").isEmpty();

        js().executeScript("document.querySelector('#cd19PercentOfBlasts input').focus()");
        List<String> trail = new ArrayList<>();
        trail.add((String) js().executeScript(FOCUS));
        for (int tab = 0; tab < 80 && !trail.getLast().endsWith("|precheck-sticky"); tab++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            trail.add((String) js().executeScript(FOCUS));
        }
        System.out.println("FormOnAPhoneIT: focus order " + trail);

        assertThat(trail.getLast()).as("the sticky line is reached with the keyboard").isEqualTo("-1|precheck-sticky");
        List<Integer> indexes = trail.subList(0, trail.size() - 1).stream()
                .map(stop -> Integer.parseInt(stop.substring(0, stop.indexOf('|')))).toList();
        assertThat(indexes).as("the focus follows the sections, in order").isSorted().doesNotContain(-1);
        assertThat(indexes.getFirst()).isZero();
        for (int collapsed = 1; collapsed < sections - 1; collapsed++) {
            int section = collapsed;
            assertThat(trail).as("a collapsed section: its button only").filteredOn(stop -> stop.startsWith(section + "|"))
                    .containsExactly(section + "|toggle");
        }
        assertThat(trail).contains("0|cd19PercentOfBlasts", "0|ecog", (sections - 1) + "|send-referral");

        new Actions(driver).sendKeys(Keys.ENTER).perform();
        Browser.waitFor(driver).until(d -> "precheck-heading".equals(
                ((JavascriptExecutor) d).executeScript("return document.activeElement.id")));

        // every section opened with the keyboard: Enter on its button
        for (int section = 1; section < sections - 1; section++) {
            js().executeScript("document.querySelectorAll('.form-section-toggle')[arguments[0]].focus()", section);
            new Actions(driver).sendKeys(Keys.ENTER).perform();
            int opened = section;
            Browser.waitFor(driver).until(d -> "true".equals(d.findElements(By.cssSelector(".form-section-toggle"))
                    .get(opened).getDomAttribute("aria-expanded")));
        }
        Browser.waitForVaadin(driver);
        assertThat(driver.findElements(By.cssSelector(".form-section.collapsed"))).isEmpty();
        assertThat(driver.findElement(By.id("platelets-value")).isDisplayed()).isTrue();
        assertThat(seriousViolations()).as("axe, sections expanded").isEmpty();
        assertThat(((Number) js().executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue())
                .as("no sideways scroll").isLessThanOrEqualTo(0);
    }

    @Test
    void onAWideScreenEverySectionIsOpenAndTheStickyLineIsHidden() {
        driver = Browser.start("en-GB,en", 1280, 900);
        driver.get("http://localhost:" + port + "/referral?lang=en");
        Browser.waitForVaadin(driver);
        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("precheck-headline"), "No advice yet"));
        Browser.waitForVaadin(driver);
        assertThat(driver.findElements(By.cssSelector(".form-section.collapsed"))).isEmpty();
        assertThat(driver.findElement(By.id("precheck-sticky")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("precheck-criteria")).getDomAttribute("opened")).isNotNull();
        assertThat(driver.findElement(By.id("criterion-INC-01")).isDisplayed()).isTrue();
    }

    private List<String> seriousViolations() {
        Results results = new AxeBuilder().analyze(driver);
        return results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(rule -> rule.getId() + ": " + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).limit(5).toList())
                .toList();
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }
}
