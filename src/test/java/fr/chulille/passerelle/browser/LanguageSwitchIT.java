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

/**
 * In a real browser: French first; the language links of the served page and the switch of
 * Vaadin's client turn the page and {@code <html lang>} to the other language, which is remembered.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LanguageSwitchIT {

    private static final String FRENCH_HEADING = "Une étude de cellules CAR-T pour la leucémie aiguë myéloïde (LAM) qui porte le marqueur CD19";
    private static final String ENGLISH_HEADING = "A study of CAR-T cells for acute myeloid leukaemia (AML) that carries the CD19 marker";
    private static final String ENGLISH_PRO_HEADING_START = "For healthcare professionals";

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
    void theServedPagesLanguageLinkSwitchesToEnglishForTheFollowingPagesToo() {
        driver.get("http://localhost:" + port + "/");
        Browser.waitForDocument(driver);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(FRENCH_HEADING);
        assertThat(Browser.htmlLang(driver)).isEqualTo("fr");

        driver.findElement(By.cssSelector(".language-switch a[lang='en']")).click();

        Browser.waitFor(driver).until(ExpectedConditions.textToBe(By.tagName("h1"), ENGLISH_HEADING));
        assertThat(Browser.htmlLang(driver)).isEqualTo("en");
        assertThat(driver.findElement(By.cssSelector(".language-switch a[aria-current]")).getAttribute("lang")).isEqualTo("en");

        driver.findElement(By.cssSelector(".main-nav a[href='/professionals']")).click();

        Browser.waitFor(driver).until(ExpectedConditions.textMatches(By.tagName("h1"),
                java.util.regex.Pattern.compile("^" + ENGLISH_PRO_HEADING_START)));
        assertThat(Browser.htmlLang(driver)).isEqualTo("en");
    }

    @Test
    void onceVaadinHasStartedItsSwitchChangesTheLanguageInPlaceAndItIsRemembered() {
        driver.get("http://localhost:" + port + "/");
        Browser.waitForDocument(driver);
        Browser.startVaadinByClicking(driver);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(FRENCH_HEADING);

        driver.findElement(By.id("language-en")).click();

        Browser.waitFor(driver).until(ExpectedConditions.textToBe(By.tagName("h1"), ENGLISH_HEADING));
        Browser.waitFor(driver).until(d -> "en".equals(Browser.htmlLang(d)));
        assertThat(driver.getTitle()).contains("CAR-T");

        driver.navigate().refresh();
        Browser.waitForDocument(driver);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(ENGLISH_HEADING);
        assertThat(Browser.htmlLang(driver)).isEqualTo("en");
    }
}
