package fr.chulille.passerelle.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** In a real browser: French first, the switch turns the page and {@code <html lang>} to English, and it is remembered. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LanguageSwitchIT {

    private static final String FRENCH_HEADING = "Une étude de cellules CAR-T pour la LAM qui porte le marqueur CD19";
    private static final String ENGLISH_HEADING = "A study of CAR-T cells for AML that carries the CD19 marker";

    @LocalServerPort
    int port;
    WebDriver driver;

    @BeforeEach
    void openBrowser() {
        driver = Browser.start("fr-FR,fr", 1280, 900);
    }

    @AfterEach
    void closeBrowser() {
        driver.quit();
    }

    @Test
    void switchingLanguageChangesHeadingAndHtmlLangAndIsRemembered() {
        driver.get("http://localhost:" + port + "/");
        Browser.waitForVaadin(driver);
        Browser.waitFor(driver).until(ExpectedConditions.textToBe(By.tagName("h1"), FRENCH_HEADING));
        assertThat(Browser.htmlLang(driver)).isEqualTo("fr");

        driver.findElement(By.id("language-en")).click();

        Browser.waitFor(driver).until(ExpectedConditions.textToBe(By.tagName("h1"), ENGLISH_HEADING));
        Browser.waitFor(driver).until(d -> "en".equals(Browser.htmlLang(d)));
        assertThat(driver.getTitle()).contains("CAR-T");

        driver.navigate().refresh();
        Browser.waitForVaadin(driver);
        Browser.waitFor(driver).until(ExpectedConditions.textToBe(By.tagName("h1"), ENGLISH_HEADING));
        assertThat(Browser.htmlLang(driver)).isEqualTo("en");
    }
}
