package fr.chulille.passerelle.notification;

import fr.chulille.passerelle.followup.FollowUpTestAccess;
import fr.chulille.passerelle.inbox.InboxService;
import fr.chulille.passerelle.referral.Referral;
import fr.chulille.passerelle.referral.StoredReferrals;
import fr.chulille.passerelle.referral.ReferralStatus;
import fr.chulille.passerelle.referral.ReferrerFollowUp;
import fr.chulille.passerelle.referral.TestReferrals;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** When staff change a referral's status, its referrer gets one mail (GreenMail), unless staff unticked it. */
@SpringBootTest
@WithMockUser(username = "coordinator.test", roles = "COORDINATOR")
class StatusMailTest {

    static final String CENTRAL = "central-contact@test.localhost";
    static final TestSmtpServer smtp = new TestSmtpServer();
    static final Pattern LINK = Pattern.compile("https://passerelle\\.example\\.org/status/([A-Za-z0-9_-]{43})\\?lang=(fr|en)");

    @DynamicPropertySource
    static void smtpSettings(DynamicPropertyRegistry registry) {
        registry.add("passerelle.embedded-smtp.enabled", () -> "false");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.port);
        registry.add("passerelle.central-contact-email", () -> CENTRAL);
        registry.add("passerelle.public-base-url", () -> "https://passerelle.example.org/");
    }

    @Autowired
    TransactionTemplate transactions;
    @Autowired
    StoredReferrals referrals;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    MailDeliveries deliveries;
    @Autowired
    InboxService inbox;
    @Autowired
    ReferrerFollowUp followUp;
    @Autowired
    org.springframework.context.ApplicationContext context;

    @BeforeEach
    void smtpUp() {
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @AfterAll
    static void smtpDown() {
        smtp.stop();
    }

    @Test
    void aStatusChangeSendsTheReferrerOneMailInTheirLanguageWithTheWordsTheDateAndAWorkingLink() throws Exception {
        Referral referral = submittedAndConfirmed("Dr Anne Martin", "anne.status@hopital.example", "en");

        inbox.changeStatus(referral.getId(), ReferralStatus.CONTACTED, null, true);

        await().atMost(Duration.ofSeconds(20)).until(() -> smtp.messagesTo("anne.status@hopital.example").size() >= 2);
        MailParts mail = MailParts.of(smtp.messagesTo("anne.status@hopital.example").get(1));
        assertThat(mail.subject()).isEqualTo("Passerelle – referral " + referral.getReference() + ": news");
        assertThat(mail.plain()).contains(referral.getReference(), "The trial team has contacted your patient", "+33 3 20 44 59 62");
        assertThat(mail.html()).contains("<html lang=\"en\">");
        neverPatientData(mail);
        Matcher link = LINK.matcher(mail.plain());
        assertThat(link.find()).isTrue();
        assertThat(link.group(2)).isEqualTo("en");
        assertThat(followUp.byToken(link.group(1))).get().satisfies(page -> {
            assertThat(page.reference()).isEqualTo(referral.getReference());
            assertThat(page.status()).isEqualTo(ReferralStatus.CONTACTED);
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> deliveries.laterMailsOf(referral.getId()).stream()
                .anyMatch(s -> s.stage() == MailStatus.Stage.SENT));
        // the inbox's two columns still show the first two mails
        assertThat(deliveries.statusOf(referral.getId())).hasSize(2);
        assertThat(smtp.messagesTo(CENTRAL).stream().filter(m -> subject(m).contains(referral.getReference()))).hasSize(1);
    }

    @Test
    void aClosingStatusSaysWillNotTakePartInFrenchNeverTheReason() throws Exception {
        Referral referral = submittedAndConfirmed("Dr Paul Durand", "paul.status@hopital.example", "fr");

        inbox.changeStatus(referral.getId(), ReferralStatus.DECLINED, "Préfère un hôpital plus proche", true);

        await().atMost(Duration.ofSeconds(20)).until(() -> smtp.messagesTo("paul.status@hopital.example").size() >= 2);
        MailParts mail = MailParts.of(smtp.messagesTo("paul.status@hopital.example").get(1));
        assertThat(mail.subject()).isEqualTo("Passerelle – adressage " + referral.getReference() + " : du nouveau");
        assertThat(mail.plain()).contains("Votre patient ou patiente ne participera pas à l’essai", "?lang=fr");
        assertThat(mail.everything()).doesNotContain("Préfère", "hôpital plus proche");
        neverPatientData(mail);
    }

    @Test
    void untickedTellTheReferrerSendsNothing() throws Exception {
        Referral referral = submittedAndConfirmed("Dr Lise Petit", "lise.status@hopital.example", "en");

        inbox.changeStatus(referral.getId(), ReferralStatus.IN_REVIEW, null, false);
        inbox.changeStatus(referral.getId(), ReferralStatus.SCREENING, null, true);

        await().atMost(Duration.ofSeconds(20)).until(() -> smtp.messagesTo("lise.status@hopital.example").size() >= 2);
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(4)).until(() -> true);
        List<MailParts> mails = smtp.messagesTo("lise.status@hopital.example").stream().map(MailParts::of).toList();
        assertThat(mails).hasSize(2);
        assertThat(mails.get(1).plain()).contains("Your patient is being screened").doesNotContain("reviewing");
    }

    @Test
    void aStatusMailOwedWhileSmtpIsDownArrivesOnceItIsBackOnce() throws Exception {
        Referral referral = submittedAndConfirmed("Dr Marc Roux", "marc.status@hopital.example", "en");
        smtp.stop();

        inbox.changeStatus(referral.getId(), ReferralStatus.ENROLLED, null, true);
        await().atMost(Duration.ofSeconds(20)).until(() -> deliveries.laterMailsOf(referral.getId()).stream()
                .anyMatch(s -> s.stage() == MailStatus.Stage.FAILING));

        smtp.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> smtp.messagesTo("marc.status@hopital.example").size() >= 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> deliveries.laterMailsOf(referral.getId()).stream()
                .allMatch(s -> s.stage() == MailStatus.Stage.SENT));
        // several retry rounds later, still one
        await().pollDelay(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(smtp.messagesTo("marc.status@hopital.example")).hasSize(1);
        assertThat(MailParts.of(smtp.messagesTo("marc.status@hopital.example").getFirst()).plain())
                .contains("Your patient was enrolled");
    }

    @Test
    void aMessageFromStaffIsAnnouncedToTheReferrerWithoutItsTextAndTheirReplyToTheCentralContact() throws Exception {
        Referral referral = submittedAndConfirmed("Dr Rose Lambert", "rose.status@hopital.example", "en");

        inbox.writeToReferrer(referral.getId(), "Please send the flow cytometry report");

        await().atMost(Duration.ofSeconds(20)).until(() -> smtp.messagesTo("rose.status@hopital.example").size() >= 2);
        MailParts waiting = MailParts.of(smtp.messagesTo("rose.status@hopital.example").get(1));
        assertThat(waiting.subject()).isEqualTo("Passerelle – referral " + referral.getReference() + ": a message from the trial team");
        assertThat(waiting.everything()).doesNotContain("flow cytometry", "Please send");
        neverPatientData(waiting);
        Matcher link = LINK.matcher(waiting.plain());
        assertThat(link.find()).isTrue();

        assertThat(FollowUpTestAccess.reply(context, link.group(1), "Report attached to my next mail, see you")).isTrue();

        await().atMost(Duration.ofSeconds(20)).until(() -> smtp.messagesTo(CENTRAL).stream()
                .anyMatch(m -> subject(m).contains("New reply") || subject(m).contains("Nouvelle réponse")));
        MailParts reply = smtp.messagesTo(CENTRAL).stream().map(MailParts::of)
                .filter(m -> m.subject().contains(referral.getReference()) && m.subject().contains("Nouvelle réponse")).findFirst().orElseThrow();
        assertThat(reply.subject()).isEqualTo("[Passerelle] Nouvelle réponse du médecin adresseur – " + referral.getReference());
        assertThat(reply.plain()).contains("https://passerelle.example.org/inbox/" + referral.getId());
        assertThat(reply.everything()).doesNotContain("Report attached", "see you");
        neverPatientData(reply);
    }

    private Referral submittedAndConfirmed(String name, String email, String language) {
        Referral referral = TestReferrals.submit(transactions, referrals, events, TestReferrals.referral(name, email, language));
        await().atMost(Duration.ofSeconds(20)).until(() -> deliveries.statusOf(referral.getId()).stream()
                .allMatch(s -> s.stage() == MailStatus.Stage.SENT));
        return referral;
    }

    private static void neverPatientData(MailParts mail) {
        assertThat(mail.everythingButLinks()).doesNotContain(TestReferrals.CLINICAL_MARKER, TestReferrals.INITIALS,
                String.valueOf(TestReferrals.BIRTH_YEAR), "PROBABLY_NOT_ELIGIBLE", "Comment");
    }

    private static String subject(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
