package fr.chulille.passerelle.notification;

import fr.chulille.passerelle.referral.Referral;
import fr.chulille.passerelle.referral.StoredReferrals;
import fr.chulille.passerelle.referral.TestReferrals;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The two mails of a referral, against a real SMTP server (GreenMail) that can go down. */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class ReferralMailTest {

    static final String CENTRAL = "central-contact@test.localhost";
    static final TestSmtpServer smtp = new TestSmtpServer();

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

    @BeforeEach
    void smtpUp() {
        smtp.start();
    }

    @AfterAll
    static void smtpDown() {
        smtp.stop();
    }

    @org.junit.jupiter.api.AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void oneReferralSendsOneMailToTheCentralContactAndOneToTheReferrer() throws Exception {
        Referral referral = submit(TestReferrals.referral("Dr Anne Martin", "anne.martin@hopital.example", "en"));

        await().atMost(Duration.ofSeconds(20)).until(() -> smtp.messages().size() >= 2);
        List<MimeMessage> toCentral = smtp.messagesTo(CENTRAL);
        List<MimeMessage> toReferrer = smtp.messagesTo("anne.martin@hopital.example");
        assertThat(toCentral).hasSize(1);
        assertThat(toReferrer).hasSize(1);

        assertThat(toCentral.getFirst().getMessageID()).isEqualTo("<referral-" + referral.getId() + "-central-contact@localhost>");
        assertThat(toReferrer.getFirst().getMessageID()).isEqualTo("<referral-" + referral.getId() + "-referrer@localhost>");
        MailParts central = MailParts.of(toCentral.getFirst());
        assertThat(central.subject()).isEqualTo("[Passerelle] Nouvel adressage " + referral.getReference());
        assertThat(central.plain()).contains(referral.getReference(), "Dr Anne Martin", "CH de Test",
                "https://passerelle.example.org/inbox/" + referral.getId());
        assertThat(central.html()).contains(referral.getReference(), "<html lang=\"fr\">");
        MailParts confirmation = MailParts.of(toReferrer.getFirst());
        assertThat(confirmation.subject()).isEqualTo("Passerelle – referral " + referral.getReference() + " received");
        assertThat(confirmation.plain()).contains(referral.getReference(), "What happens next", "+33 3 20 44 59 62");

        for (MailParts mail : List.of(central, confirmation)) {
            assertThat(mail.everythingButLinks()).doesNotContain(TestReferrals.CLINICAL_MARKER, TestReferrals.INITIALS,
                    String.valueOf(TestReferrals.BIRTH_YEAR), "PROBABLY_NOT_ELIGIBLE", "Comment");
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> deliveries.statusOf(referral.getId()).stream()
                .allMatch(s -> s.stage() == MailStatus.Stage.SENT));
    }

    @Test
    void mailsOwedWhileSmtpIsDownArriveOnceItIsBackEachOnce(CapturedOutput output) {
        smtp.stop();
        Referral referral = submit(TestReferrals.referral("Dr Paul Durand", "paul.durand@hopital.example", "fr"));

        assertThat(referrals.findById(referral.getId())).isPresent();
        await().atMost(Duration.ofSeconds(20)).until(() -> deliveries.statusOf(referral.getId()).stream()
                .allMatch(s -> s.stage() == MailStatus.Stage.FAILING && s.lastError() != null && s.failingSince() != null));

        smtp.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> smtp.messages().size() >= 2);
        await().atMost(Duration.ofSeconds(10)).until(() -> deliveries.statusOf(referral.getId()).stream()
                .allMatch(s -> s.stage() == MailStatus.Stage.SENT));
        // several retry rounds later, still one mail each
        await().pollDelay(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(smtp.messagesTo(CENTRAL)).hasSize(1);
        assertThat(smtp.messagesTo("paul.durand@hopital.example")).hasSize(1);
        assertThat(MailParts.of(smtp.messagesTo("paul.durand@hopital.example").getFirst()).subject())
                .isEqualTo("Passerelle – adressage " + referral.getReference() + " bien reçu");

        // each failed attempt: one concise warning line, no stack trace, no other line about it
        int failedAttempts = deliveries.statusOf(referral.getId()).stream().mapToInt(MailStatus::attempts).sum() - 2;
        List<String> lines = output.getAll().lines().filter(line -> line.contains(referral.getReference())).toList();
        assertThat(failedAttempts).isPositive();
        assertThat(lines.stream().filter(line -> line.contains(" not sent (attempt ")).count()).isEqualTo(failedAttempts);
        assertThat(lines).allMatch(line -> line.contains(" not sent (attempt ") || line.contains(" sent"));
        assertThat(output.getAll()).doesNotContain("MailNotDelivered", "Invocation of listener");
    }

    @Test
    void lineBreaksAndHtmlInTypedValuesStayInertText() {
        String hostileName = "Dr Evil\r\nBcc: victim@attacker.example\r\n<script>alert('x')</script>";
        Referral referral = submit(TestReferrals.referral(hostileName, "evil@hopital.example", "en"));

        await().atMost(Duration.ofSeconds(20)).until(() -> smtp.messages().size() >= 2);
        assertThat(smtp.messages()).hasSize(2);
        assertThat(smtp.messages()).noneMatch(m -> TestSmtpServer.recipients(m).contains("attacker"));
        MailParts central = MailParts.of(smtp.messagesTo(CENTRAL).getFirst());
        assertThat(central.headerNames()).doesNotContain("Bcc");
        assertThat(central.html()).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").doesNotContain("<script>");
        assertThat(central.plain()).contains("Dr Evil Bcc: victim@attacker.example <script>");
        assertThat(central.subject()).isEqualTo("[Passerelle] Nouvel adressage " + referral.getReference());
    }

    @Test
    void aReferrerAddressWithALineBreakIsNeverUsedAsAHeader() throws Exception {
        assertThat(org.assertj.core.api.Assertions.catchThrowable(
                () -> ReferralMailer.strictAddress("a@b.example\r\nBcc: c@d.example"))).isNotNull();
        assertThat(org.assertj.core.api.Assertions.catchThrowable(
                () -> ReferralMailer.strictAddress("a@b.example, c@d.example"))).isNotNull();
        assertThat(ReferralMailer.strictAddress("a@b.example").getAddress()).isEqualTo("a@b.example");
    }

    private Referral submit(Referral referral) {
        return TestReferrals.submit(transactions, referrals, events, referral);
    }
}
