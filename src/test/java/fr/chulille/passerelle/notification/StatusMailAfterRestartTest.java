package fr.chulille.passerelle.notification;

import fr.chulille.passerelle.Application;
import fr.chulille.passerelle.TestDatabase;
import fr.chulille.passerelle.inbox.InboxService;
import fr.chulille.passerelle.referral.Referral;
import fr.chulille.passerelle.referral.StoredReferrals;
import fr.chulille.passerelle.referral.ReferralStatus;
import fr.chulille.passerelle.referral.TestReferrals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A status mail still owed when the portal stops is delivered after it starts again, once. The retry
 * back-off is an hour: only the restart can deliver it.
 */
class StatusMailAfterRestartTest {

    static final String CENTRAL = "central-contact@test.localhost";

    @TempDir
    Path dataFolder;
    final TestSmtpServer smtp = new TestSmtpServer();
    List<String> databaseArguments;
    private final SecurityContextHolderStrategy strategyOfOtherTests = SecurityContextHolder.getContextHolderStrategy();

    @BeforeEach
    void chooseDatabase() {
        databaseArguments = TestDatabase.restartableDatabaseArguments(dataFolder);
    }

    @AfterEach
    void stopSmtpAndRestoreTheSecurityStrategy() {
        smtp.stop();
        SecurityContextHolder.setContextHolderStrategy(strategyOfOtherTests);
    }

    @Test
    void aStatusMailOwedAtShutdownIsDeliveredAfterTheRestartOnce() {
        UUID referralId;
        try (ConfigurableApplicationContext first = start()) {
            Referral referral = TestReferrals.submit(first.getBean(TransactionTemplate.class),
                    first.getBean(StoredReferrals.class), first,
                    TestReferrals.referral("Dr Jeanne Caron", "jeanne.caron@hopital.example", "fr"));
            referralId = referral.getId();
            SecurityContextHolderStrategy security = first.getBean(SecurityContextHolderStrategy.class);
            security.getContext().setAuthentication(new TestingAuthenticationToken("pi.test", "", "ROLE_INVESTIGATOR"));
            try {
                first.getBean(InboxService.class).changeStatus(referralId, ReferralStatus.SCREENING, null, true);
            } finally {
                security.clearContext();
            }
            MailDeliveries deliveries = first.getBean(MailDeliveries.class);
            await().atMost(Duration.ofSeconds(20)).until(() -> !deliveries.laterMailsOf(referral.getId()).isEmpty()
                    && deliveries.laterMailsOf(referral.getId()).stream().allMatch(s -> s.stage() == MailStatus.Stage.FAILING));
        }

        smtp.start();
        try (ConfigurableApplicationContext second = start()) {
            await().atMost(Duration.ofSeconds(30)).until(() -> smtp.messages().size() >= 3);
            MailDeliveries deliveries = second.getBean(MailDeliveries.class);
            await().atMost(Duration.ofSeconds(10)).until(() -> deliveries.laterMailsOf(referralId).stream()
                    .allMatch(s -> s.stage() == MailStatus.Stage.SENT));
            await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(4)).until(() -> true);
        }
        assertThat(smtp.messagesTo(CENTRAL)).hasSize(1);
        List<MailParts> toReferrer = smtp.messagesTo("jeanne.caron@hopital.example").stream().map(MailParts::of).toList();
        assertThat(toReferrer).hasSize(2);
        assertThat(toReferrer).filteredOn(mail -> mail.subject().contains("du nouveau")).singleElement()
                .satisfies(mail -> assertThat(mail.plain()).contains("Votre patient ou patiente est en cours de sélection"));
    }

    private ConfigurableApplicationContext start() {
        List<String> arguments = new ArrayList<>(databaseArguments);
        arguments.addAll(List.of("--server.port=0",
                "--passerelle.embedded-smtp.enabled=false",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtp.port,
                "--passerelle.central-contact-email=" + CENTRAL,
                "--passerelle.mail.retry.initial-backoff=PT1H",
                "--passerelle.mail.retry.max-backoff=PT1H"));
        return new SpringApplicationBuilder(Application.class).run(arguments.toArray(String[]::new));
    }
}
