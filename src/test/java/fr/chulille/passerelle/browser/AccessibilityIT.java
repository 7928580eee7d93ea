package fr.chulille.passerelle.browser;

import fr.chulille.passerelle.referral.ReferrerFollowUp;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import fr.chulille.passerelle.i18n.Messages;
import fr.chulille.passerelle.referral.Referral;
import fr.chulille.passerelle.referral.StoredReferrals;
import fr.chulille.passerelle.referral.TestReferrals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import fr.chulille.passerelle.security.StaffTestAccounts;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core in a real browser on the views that are not public pages: the referral form in each of its
 * states (empty, pre-check with met / not met / to confirm rows, failed submit, confirmation), the login
 * view (and after a failed login), the staff inbox and a referral's page. No serious or critical
 * violation is allowed, apart from the exemptions listed below (each one inside a Vaadin component).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "PASSERELLE_ADMIN_USERNAME=" + StaffLoginIT.USERNAME,
        "PASSERELLE_ADMIN_PASSWORD=" + StaffLoginIT.PASSWORD})
class AccessibilityIT {

    @Autowired
    ApplicationContext context;

    /**
     * Serious or critical findings that come from inside Vaadin's own components, which we cannot change:
     * one rule on one selector each, with the component named. Empty: no exemption is needed.
     */
    private static final List<Exemption> EXEMPTIONS = List.of();

    private final Messages messages = Messages.fromClasspath();

    @LocalServerPort
    int port;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    StoredReferrals referrals;
    @Autowired
    ApplicationEventPublisher events;
    WebDriver driver;
    /** Every serious or critical violation of the test, so that one run reports all of them. */
    private final List<String> failures = new ArrayList<>();

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void theReferralFormInEachOfItsStates(String language) {
        driver = Browser.start(language, 1280, 900);
        driver.get(url("/referral?lang=" + language));
        Browser.waitForVaadin(driver);
        Browser.waitFor(driver).until(d -> !d.findElement(By.id("precheck-headline")).getText().isBlank());
        scan("referral form, empty", language);

        Browser.type(driver, "ageYears", "54");
        Browser.choose(driver, "platelets-unit", "G/L");
        Browser.type(driver, "platelets-value", "20");
        Browser.waitFor(driver).until(d -> !d.findElements(By.cssSelector(".criterion[data-outcome='not-met']")).isEmpty());
        assertThat(driver.findElements(By.cssSelector(".criterion[data-outcome='met']"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector(".criterion[data-outcome='unknown']"))).isNotEmpty();
        scan("referral form, pre-check with met, not met and unknown rows", language);

        clickSend();
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("form-error")));
        Browser.waitFor(driver).until(d -> !d.findElements(By.cssSelector("vaadin-text-field[invalid]")).isEmpty());
        scan("referral form, failed submit", language);

        Browser.type(driver, "referrerName", "Dr Claire Martin");
        Browser.type(driver, "rpps", "10003456789");
        Browser.type(driver, "hospital", "CH de Valenciennes");
        Browser.type(driver, "department", "Hématologie");
        Browser.type(driver, "email", "c.martin@example.org");
        Browser.type(driver, "phone", "03 27 14 33 33");
        Browser.type(driver, "initials", "JD");
        driver.findElement(By.cssSelector("#consent-attested input")).click();
        clickSend();
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("referral-reference")));
        scan("referral sent, confirmation", language);

        assertNoSeriousViolation();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void theLoginViewAndItsError(String language) {
        driver = Browser.start(language, 1280, 900);
        driver.get(url("/login?lang=" + language));
        Browser.waitForVaadin(driver);
        Browser.waitFor(driver).until(d -> Browser.deep(d, "input[name=username]") != null);
        scan("login", language);

        // an unknown username: the test investigator's account is never locked by this test
        Browser.logIn(driver, "nobody.at.all", "not the password");
        Browser.waitFor(driver).until(ExpectedConditions.urlContains("error"));
        Browser.waitForVaadin(driver);
        String error = messages.format("security.login.error.title", Locale.forLanguageTag(language));
        Browser.waitFor(driver).until(d -> Browser.deepText(d).contains(error));
        scan("login, after a failed login", language);

        assertNoSeriousViolation();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void thePrivacyNoticeAndTheLegalNotice(String language) {
        driver = Browser.start(language, 1280, 900);
        Locale locale = Locale.forLanguageTag(language);
        for (String page : List.of("privacy", "legal-notice")) {
            driver.get(url("/" + page + "?lang=" + language));
            Browser.waitForVaadin(driver);
            String heading = messages.format(page.equals("privacy") ? "privacy.notice.heading" : "privacy.legal.heading", locale);
            Browser.waitFor(driver).until(ExpectedConditions.textToBe(By.tagName("h1"), heading));
            scan(page, language);
        }

        assertNoSeriousViolation();
    }

    @Test
    void theStaffInboxAndAReferralsPage() {
        Referral referral = TestReferrals.submit(transactions, referrals, events,
                TestReferrals.referral("Dr Axe Scan", "axe@hopital.example", "fr"));
        driver = Browser.start("fr", 1280, 900);
        driver.get(url("/login?lang=fr"));
        StaffTestAccounts.passwordAlreadyChanged(context, StaffLoginIT.USERNAME);
        Browser.logIn(driver, StaffLoginIT.USERNAME, StaffLoginIT.PASSWORD);
        Browser.waitFor(driver).until(ExpectedConditions.urlContains("/inbox"));

        for (String language : List.of("fr", "en")) {
            Locale locale = Locale.forLanguageTag(language);
            driver.get(url("/inbox?lang=" + language));
            Browser.waitForVaadin(driver);
            Browser.waitFor(driver).until(ExpectedConditions.textToBe(By.tagName("h1"), messages.format("inbox.heading", locale)));
            Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(By.linkText(referral.getReference())));
            scan("staff inbox, with referrals", language);

            driver.findElement(By.linkText(referral.getReference())).click();
            Browser.waitFor(driver).until(ExpectedConditions.textToBe(By.tagName("h1"),
                    messages.format("inbox.detail.heading", locale, Map.of("reference", referral.getReference()))));
            Browser.waitForVaadin(driver);
            scan("referral page (staff)", language);
        }

        assertNoSeriousViolation();
    }

    /** The referrer's status page (issue 15) in both languages, scanned at 1280 px and at 320 px with no sideways scroll. */
    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void theReferrersStatusPageAlsoAt320Px(String language) {
        Referral referral = TestReferrals.submit(transactions, referrals, events,
                TestReferrals.referral("Dr Axe Status", "axe-status@hopital.example", language));
        String link = url("/status/" + context.getBean(ReferrerFollowUp.class).issueLink(referral.getId()) + "?lang=" + language);
        driver = Browser.start(language, 1280, 900);
        driver.get(link);
        Browser.waitForVaadin(driver);
        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("status-reference"),
                referral.getReference()));
        scan("referrer's status page", language);

        narrowTo320Px();
        driver.get(link);
        Browser.waitForVaadin(driver);
        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("status-reference"),
                referral.getReference()));
        scan("referrer's status page at 320 px", language);
        assertNoSidewaysScroll("referrer's status page at 320 px");

        assertNoSeriousViolation();
    }

    /** The screening log (issue 15), staff only, in both languages and at 320 px. */
    @Test
    void theScreeningLogAlsoAt320Px() {
        TestReferrals.submit(transactions, referrals, events, TestReferrals.referral("Dr Axe Log", "axe-log@hopital.example", "fr"));
        driver = Browser.start("fr", 1280, 900);
        driver.get(url("/login?lang=fr"));
        StaffTestAccounts.passwordAlreadyChanged(context, StaffLoginIT.USERNAME);
        Browser.logIn(driver, StaffLoginIT.USERNAME, StaffLoginIT.PASSWORD);
        Browser.waitFor(driver).until(ExpectedConditions.urlContains("/inbox"));
        for (String language : List.of("fr", "en")) {
            openScreeningLog(language);
            scan("screening log", language);
        }
        narrowTo320Px();
        openScreeningLog("fr");
        scan("screening log at 320 px", "fr");
        assertNoSidewaysScroll("screening log at 320 px");

        assertNoSeriousViolation();
    }

    private void openScreeningLog(String language) {
        driver.get(url("/screening-log?lang=" + language));
        Browser.waitForVaadin(driver);
        Browser.waitFor(driver).until(ExpectedConditions.textToBe(By.tagName("h1"),
                messages.format("screening.log.heading", Locale.forLanguageTag(language))));
    }

    /** Headless Chromium's window is never narrower than 500 px: 320 px is emulated, as DevTools does. */
    private void narrowTo320Px() {
        ((org.openqa.selenium.chrome.ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 320, "height", 800, "deviceScaleFactor", 1, "mobile", true));
    }

    private void assertNoSidewaysScroll(String view) {
        Object overflow = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        if (((Number) overflow).intValue() > 0) {
            failures.add(view + ": scrolls sideways by " + overflow + " px");
        }
    }

    /** Runs axe-core on the page as it is, prints its counts, and records the serious and critical violations. */
    private void scan(String view, String language) {
        Results results = new AxeBuilder().analyze(driver);
        List<String> serious = new ArrayList<>();
        int exempted = 0;
        for (Rule rule : results.getViolations()) {
            if (!"serious".equals(rule.getImpact()) && !"critical".equals(rule.getImpact())) {
                continue;
            }
            List<CheckedNode> nodes = rule.getNodes().stream()
                    .filter(node -> EXEMPTIONS.stream().noneMatch(exemption -> exemption.covers(rule, node))).toList();
            exempted += rule.getNodes().size() - nodes.size();
            if (!nodes.isEmpty()) {
                serious.add(rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " — "
                        + nodes.stream().map(node -> String.valueOf(node.getTarget())).limit(5).toList());
            }
        }
        System.out.printf("[axe] %s (%s): %d violations (%d serious or critical, %d exempted nodes), %d passes, %d incomplete%n",
                view, language, results.getViolations().size(), serious.size(), exempted, results.getPasses().size(),
                results.getIncomplete().size());
        results.getViolations().forEach(rule -> System.out.println("[axe]   " + rule.getImpact() + " " + rule.getId() + ": "
                + rule.getHelp() + " — " + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).limit(5).toList()));
        serious.forEach(violation -> failures.add(view + " (" + language + "): " + violation));
    }

    private void assertNoSeriousViolation() {
        assertThat(failures).as(String.join("\n", failures)).isEmpty();
    }

    private void clickSend() {
        Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(By.id("send-referral")));
        Browser.waitFor(driver).until(d -> d.findElement(By.id("send-referral")).getAttribute("disabled") == null);
        driver.findElement(By.id("send-referral")).click();
    }





    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** A serious or critical finding accepted on one selector only, because it comes from a Vaadin component. */
    private record Exemption(String ruleId, String target, String vaadinComponent) {

        boolean covers(Rule rule, CheckedNode node) {
            return ruleId.equals(rule.getId()) && String.valueOf(node.getTarget()).equals(target);
        }
    }
}
