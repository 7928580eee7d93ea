package fr.chulille.passerelle.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import fr.chulille.passerelle.referral.Referral;
import fr.chulille.passerelle.referral.StoredReferrals;
import fr.chulille.passerelle.referral.ReferralStatus;
import fr.chulille.passerelle.referral.TestReferrals;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import fr.chulille.passerelle.security.StaffTestAccounts;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser, under the real Content-Security-Policy: the inbox sends an anonymous visitor to the
 * LoginForm; the test investigator (created from PASSERELLE_ADMIN_*) logs in, reaches the inbox, opens a
 * referral, changes its status, and logs out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "PASSERELLE_ADMIN_USERNAME=" + StaffLoginIT.USERNAME,
        "PASSERELLE_ADMIN_PASSWORD=" + StaffLoginIT.PASSWORD})
class StaffLoginIT {

    static final String USERNAME = "browser.investigator";
    static final String PASSWORD = "a browser test password";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    StoredReferrals referrals;
    @Autowired
    ApplicationEventPublisher events;
    WebDriver driver;
    Referral referral;

    @BeforeEach
    void openBrowser() {
        referral = TestReferrals.submit(transactions, referrals, events,
                TestReferrals.referral("Dr Browser Journey", "journey@hopital.example", "en"));
        driver = Browser.start("en-GB,en", 1280, 900);
    }

    @AfterEach
    void closeBrowser() {
        driver.quit();
    }

    @Test
    void logInThroughTheLoginFormReachTheInboxAndLogOut() {
        StaffTestAccounts.passwordAlreadyChanged(context, USERNAME);
        driver.get(url("/inbox"));
        Browser.waitFor(driver).until(ExpectedConditions.urlContains("/login"));
        Browser.waitFor(driver).until(d -> Browser.deep(d, "input[name=username]") != null);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Staff login");

        Browser.logIn(driver, USERNAME, PASSWORD);

        Browser.waitFor(driver).until(ExpectedConditions.urlContains("/inbox"));
        Browser.waitFor(driver).until(ExpectedConditions.textToBe(By.tagName("h1"), "Staff inbox"));
        assertThat(Browser.consoleErrors(driver)).as("scripts, styles or requests refused by the CSP")
                .noneMatch(message -> message.contains("Content Security Policy"));

        openTheReferralAndPutItInReview();

        driver.findElement(By.id("logout")).click();

        // back on the public summary, served as a page that works before Vaadin's client starts
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.staff-login")));
        driver.get(url("/inbox"));
        Browser.waitFor(driver).until(ExpectedConditions.urlContains("/login"));
        assertThat(driver.findElements(By.id("logout"))).isEmpty();
    }

    /** The PI opens a referral from the inbox and changes its status; the audit trail shows who did it. */
    private void openTheReferralAndPutItInReview() {
        Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(By.linkText(referral.getReference()))).click();
        Browser.waitFor(driver).until(ExpectedConditions.textToBe(By.tagName("h1"), "Referral " + referral.getReference()));

        driver.findElement(By.id("status-select")).click();
        Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-select-item[normalize-space()='In review']"))).click();
        driver.findElement(By.id("status-change")).click();

        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"),
                USERNAME + " changed the status NEW → IN_REVIEW"));
        assertThat(referrals.findById(referral.getId()).orElseThrow().getStatus()).isEqualTo(ReferralStatus.IN_REVIEW);
        driver.findElement(By.linkText("Back to all referrals")).click();
        Browser.waitFor(driver).until(ExpectedConditions.textToBe(By.tagName("h1"), "Staff inbox"));
    }

    /** An account with an authenticator app: the password, then the code typed in the second step's own form. */
    @Test
    void aSecondFactorCodeCompletesTheLoginInTheBrowser() {
        String secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
        StaffTestAccounts.withSecondFactor(context, "browser.second.factor", PASSWORD, secret);
        driver.get(url("/login"));

        Browser.logIn(driver, "browser.second.factor", PASSWORD);

        Browser.waitFor(driver).until(ExpectedConditions.urlContains("/login/second-factor"));
        Browser.waitFor(driver).until(ExpectedConditions.textToBe(By.tagName("h1"), "Confirm it is you"));
        Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(By.id("second-factor-code")))
                .sendKeys(StaffTestAccounts.currentCode(secret));
        driver.findElement(By.id("second-factor-submit")).click();

        Browser.waitFor(driver).until(ExpectedConditions.textToBe(By.tagName("h1"), "Staff inbox"));
        assertThat(driver.getCurrentUrl()).contains("/inbox");
    }

    @Test
    void aWrongPasswordShowsTheTranslatedError() {
        driver.get(url("/login"));

        Browser.logIn(driver, USERNAME, "not the password");

        Browser.waitFor(driver).until(ExpectedConditions.urlContains("error"));
        Browser.waitFor(driver).until(d -> Browser.deepText(d).contains("Wrong username or password"));
    }



    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
