package fr.chulille.passerelle.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, item 6, in a real browser: a laboratory sample date is typed day first, in French as in
 * English, with or without the year ("02/01" is the 2nd of January of this year, never the 1st of
 * February), and a date that does not exist is marked invalid rather than guessed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SampleDateIT {

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
    void aSampleDateIsTypedDayFirstWithOrWithoutTheYearInBothLanguages() {
        int thisYear = LocalDate.now(ZoneId.of("Europe/Paris")).getYear();
        for (String language : new String[] {"fr", "en"}) {
            driver = Browser.start(language.equals("fr") ? "fr-FR,fr" : "en-GB,en", 1280, 900);
            driver.get("http://localhost:" + port + "/referral?lang=" + language);
            Browser.waitForVaadin(driver);

            typeDate("platelets-date", "02/01");
            typeDate("creatinine-date", "05/10/2025");
            typeDate("bilirubin-date", "31/02/2025");
            Browser.waitForVaadin(driver);

            assertThat(value("platelets-date")).as(language).isEqualTo(thisYear + "-01-02");
            assertThat(value("creatinine-date")).as(language).isEqualTo("2025-10-05");
            assertThat(value("bilirubin-date")).as(language).isEmpty();
            assertThat(invalid("bilirubin-date")).as(language).isTrue();
            assertThat(invalid("creatinine-date")).as(language).isFalse();
            driver.quit();
            driver = null;
        }
    }

    /** As a referrer does: types the date into the field, confirms it with Enter, and goes on with Tab. */
    private void typeDate(String id, String text) {
        WebElement input = Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + id + " input")));
        input.sendKeys(text, Keys.ENTER);
        input.sendKeys(Keys.TAB);
    }

    private String value(String id) {
        return (String) ((JavascriptExecutor) driver).executeScript("return document.getElementById(arguments[0]).value", id);
    }

    private boolean invalid(String id) {
        return (Boolean) ((JavascriptExecutor) driver).executeScript("return document.getElementById(arguments[0]).invalid === true", id);
    }
}
