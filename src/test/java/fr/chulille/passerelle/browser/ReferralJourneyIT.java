package fr.chulille.passerelle.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import fr.chulille.passerelle.eligibility.TrialCriteria;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import static org.assertj.core.api.Assertions.assertThat;

/** In a real browser: fill the referral form, watch the pre-check, send, read the reference. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReferralJourneyIT {

    @LocalServerPort
    int port;
    WebDriver driver;

    @BeforeEach
    void openBrowser() {
        driver = Browser.start("en-GB,en", 1280, 900);
    }

    @AfterEach
    void closeBrowser() {
        driver.quit();
    }

    @Test
    void aDoctorRefersAPatientAndGetsAReference() {
        driver.get("http://localhost:" + port + "/referral?lang=en");
        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("precheck-headline"), "No advice yet"));

        Browser.type(driver, "referrerName", "Dr Claire Martin");
        Browser.type(driver, "rpps", "10003456789");
        Browser.type(driver, "hospital", "CH de Valenciennes");
        Browser.type(driver, "department", "Haematology");
        Browser.type(driver, "email", "c.martin@example.org");
        Browser.type(driver, "phone", "03 27 14 33 33");
        Browser.type(driver, "initials", "JD");
        Browser.choose(driver, "platelets-unit", "G/L");
        // the protocol's sentence of a row, opened (its disclosure is markup: issue 16, item 8) ...
        WebElement summary = driver.findElement(By.cssSelector("#criterion-INC-09 vaadin-details-summary"));
        WebElement quote = driver.findElement(By.cssSelector("#criterion-INC-09 .protocol-quote"));
        assertThat(quote.isDisplayed()).isFalse();
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", summary);
        summary.click();
        Browser.waitFor(driver).until(d -> quote.isDisplayed());
        assertThat(summary.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(quote.getText()).contains(TrialCriteria.byId("INC-09").orElseThrow().protocol().text());
        Browser.type(driver, "platelets-value", "20");

        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("precheck-headline"), "Probably not eligible"));
        assertThat(driver.findElement(By.cssSelector("#criterion-INC-09 .criterion-word")).getText()).isEqualTo("Not met");
        // ... stays open when its row follows the new value
        assertThat(quote.isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("precheck-call")).getAttribute("href")).isEqualTo("tel:+33320445962");

        screenshot("referral-probably-not-eligible");
        driver.findElement(By.cssSelector("#consent-attested input")).click();
        driver.findElement(By.id("send-referral")).click();

        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("referral-reference")));
        assertThat(driver.findElement(By.id("referral-reference")).getText()).matches("PAS-\\d{4}-\\d{4}");
        assertThat(driver.findElement(By.id("referral-confirmation")).getText()).contains("Dr Claire Martin", "20 G/L");
        screenshot("referral-sent");
    }

    /** For people reviewing the form: target/screenshots/*.png. */
    private void screenshot(String name) {
        try {
            Path target = Path.of("target", "screenshots", name + "-" + System.getProperty("vaadin.productionMode", "dev") + ".png");
            Files.createDirectories(target.getParent());
            Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }


}
