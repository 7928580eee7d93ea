package fr.chulille.passerelle.browser;

import fr.chulille.passerelle.notification.EmbeddedSmtpServer;
import fr.chulille.passerelle.notification.MailParts;
import fr.chulille.passerelle.security.StaffTestAccounts;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The loop with the referrer, in a real browser (issue 15): a doctor refers a patient; the investigator
 * logs in and marks the patient contacted; the doctor's status mail arrives with a private link; the
 * status page shows the new status; the doctor answers there; the investigator sees the answer, marked
 * new, and the central contact got a mail saying so (without its text).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "PASSERELLE_ADMIN_USERNAME=" + FollowUpJourneyIT.USERNAME,
        "PASSERELLE_ADMIN_PASSWORD=" + FollowUpJourneyIT.PASSWORD})
class FollowUpJourneyIT {

    static final String USERNAME = "followup.investigator";
    static final String PASSWORD = "a follow-up test password";
    private static final String REFERRER = "f.journey@example.org";
    private static final String ANSWER = "The flow cytometry report is on its way by secure mail.";
    private static final Pattern STATUS_LINK = Pattern.compile("https?://[^\\s\"<>]+(/status/[A-Za-z0-9_-]+\\?lang=en)");

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    EmbeddedSmtpServer smtp;
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
    void referTheTeamChangesTheStatusTheReferrerReadsItAndAnswersTheTeamSeesTheAnswer() {
        String reference = refer();

        logIn();
        Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(By.linkText(reference))).click();
        Browser.waitFor(driver).until(ExpectedConditions.textToBe(By.tagName("h1"), "Referral " + reference));
        String referralPage = driver.getCurrentUrl();
        assertThat(driver.findElement(By.cssSelector("#status-tell-referrer input")).isSelected())
                .as("tell the referrer: ticked by default").isTrue();
        Browser.choose(driver, "status-select", "Referrer contacted");
        driver.findElement(By.id("status-change")).click();
        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"),
                "NEW → CONTACTED"));

        MailParts statusMail = mailTo(REFERRER, "contacted your patient");
        assertThat(statusMail.everything()).contains(reference);
        Matcher link = STATUS_LINK.matcher(statusMail.plain());
        assertThat(link.find()).as("the status page's link in the mail").isTrue();

        driver.get("http://localhost:" + port + link.group(1));
        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("status-reference"), reference));
        assertThat(driver.findElement(By.id("status-current")).getText()).contains("contacted your patient");
        assertThat(driver.findElement(By.id("status-history")).getText()).contains("contacted your patient", "Referral sent");

        driver.findElement(By.cssSelector("#status-reply-text textarea")).sendKeys(ANSWER, Keys.TAB);
        driver.findElement(By.id("status-reply-send")).click();
        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("status-message-list"), ANSWER));

        MailParts newReply = mailTo("central-contact@test.localhost", "Nouvelle réponse du médecin adresseur – " + reference);
        assertThat(newReply.everything()).doesNotContain(ANSWER);

        driver.get(referralPage);
        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("referrer-messages"), ANSWER));
        assertThat(driver.findElement(By.cssSelector("#referrer-messages .unread")).getText()).contains(ANSWER);
    }

    /** The form, as ReferralJourneyIT fills it; returns the reference shown. */
    private String refer() {
        driver.get("http://localhost:" + port + "/referral?lang=en");
        Browser.waitForVaadin(driver);
        Browser.type(driver, "referrerName", "Dr Follow Journey");
        Browser.type(driver, "rpps", "10003456789");
        Browser.type(driver, "hospital", "CH de Valenciennes");
        Browser.type(driver, "department", "Haematology");
        Browser.type(driver, "email", REFERRER);
        Browser.type(driver, "phone", "03 27 14 33 33");
        Browser.type(driver, "initials", "JD");
        driver.findElement(By.cssSelector("#consent-attested input")).click();
        driver.findElement(By.id("send-referral")).click();
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("referral-reference")));
        return driver.findElement(By.id("referral-reference")).getText();
    }

    private void logIn() {
        StaffTestAccounts.passwordAlreadyChanged(context, USERNAME);
        driver.get("http://localhost:" + port + "/login");
        Browser.waitFor(driver).until(d -> Browser.deep(d, "input[name=username]") != null);
        Browser.logIn(driver, USERNAME, PASSWORD);
        Browser.waitFor(driver).until(ExpectedConditions.textToBe(By.tagName("h1"), "Staff inbox"));
    }

    /** The first mail to this address whose text contains {@code text}, once it has arrived. */
    private MailParts mailTo(String address, String text) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> find(address, text), Optional::isPresent).orElseThrow();
    }

    private Optional<MailParts> find(String address, String text) {
        List<MimeMessage> received = smtp.receivedMessages();
        for (MimeMessage message : received) {
            try {
                MailParts parts = MailParts.of(message);
                if (String.valueOf(message.getAllRecipients()[0]).equals(address) && parts.everything().contains(text)) {
                    return Optional.of(parts);
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return Optional.empty();
    }
}
