package fr.chulille.passerelle.notification;

import fr.chulille.passerelle.Application;
import fr.chulille.passerelle.TestDatabase;
import fr.chulille.passerelle.referral.Referral;
import fr.chulille.passerelle.referral.StoredReferrals;
import fr.chulille.passerelle.referral.TestReferrals;
import net.javacrumbs.shedlock.core.LockProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
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
 * Mail still owed when the portal stops is delivered after it starts again, each mail once. The
 * retry back-off is set to an hour, so only the restart can deliver it.
 */
class MailAfterRestartTest {

    static final String CENTRAL = "central-contact@test.localhost";

    @TempDir
    Path dataFolder;
    final TestSmtpServer smtp = new TestSmtpServer();
    /** Both starts use the same database: an H2 file, or one PostgreSQL schema in the PostgreSQL run. */
    List<String> databaseArguments;

    @BeforeEach
    void chooseDatabase() {
        databaseArguments = TestDatabase.restartableDatabaseArguments(dataFolder);
    }

    /**
     * Each application context installs its own Vaadin-aware security context strategy globally; the
     * contexts started here must not leave theirs behind for the cached contexts of other tests.
     */
    private final SecurityContextHolderStrategy strategyOfOtherTests = SecurityContextHolder.getContextHolderStrategy();

    @AfterEach
    void stopSmtpAndRestoreTheSecurityStrategy() {
        smtp.stop();
        SecurityContextHolder.setContextHolderStrategy(strategyOfOtherTests);
    }

    @Test
    void mailOwedAtShutdownIsDeliveredAfterTheRestartEachOnce() {
        UUID referralId;
        try (ConfigurableApplicationContext first = start()) {
            Referral referral = TestReferrals.submit(first.getBean(TransactionTemplate.class),
                    first.getBean(StoredReferrals.class), first, TestReferrals.referral("Dr Claire Petit", "claire.petit@hopital.example", "fr"));
            referralId = referral.getId();
            MailDeliveries deliveries = first.getBean(MailDeliveries.class);
            await().atMost(Duration.ofSeconds(20)).until(() -> deliveries.statusOf(referral.getId()).stream()
                    .allMatch(s -> s.stage() == MailStatus.Stage.FAILING));
        }

        smtp.start();
        try (ConfigurableApplicationContext second = start()) {
            await().atMost(Duration.ofSeconds(30)).until(() -> smtp.messages().size() >= 2);
            MailDeliveries deliveries = second.getBean(MailDeliveries.class);
            await().atMost(Duration.ofSeconds(10)).until(() -> deliveries.statusOf(referralId).stream()
                    .allMatch(s -> s.stage() == MailStatus.Stage.SENT));
            await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(4)).until(() -> true);
        }
        assertThat(smtp.messagesTo(CENTRAL)).hasSize(1);
        assertThat(smtp.messagesTo("claire.petit@hopital.example")).hasSize(1);
    }

    /**
     * The retry runs every few seconds, so a crash often catches an instance holding the outbox's lock. Killed
     * there, it leaves the lock taken; the next instance sends the owed mail once the lock's bound has passed
     * (5 s here, 30 s by default), not after the ten minutes it once was.
     */
    @Test
    void mailOwedByAnInstanceKilledWhileHoldingTheOutboxLockIsSentOnceTheLockExpires() {
        List<String> lockOfFiveSeconds = List.of("--passerelle.mail.retry.lock-at-most-for=PT5S",
                "--passerelle.mail.retry.check-interval=PT1S");
        try (ConfigurableApplicationContext first = start(lockOfFiveSeconds)) {
            Referral referral = TestReferrals.submit(first.getBean(TransactionTemplate.class),
                    first.getBean(StoredReferrals.class), first, TestReferrals.referral("Dr Paul Roux", "paul.roux@hopital.example", "fr"));
            MailDeliveries deliveries = first.getBean(MailDeliveries.class);
            await().atMost(Duration.ofSeconds(20)).until(() -> deliveries.statusOf(referral.getId()).stream()
                    .allMatch(s -> s.stage() == MailStatus.Stage.FAILING));
            // what a kill inside the retry leaves behind: the lock taken as the retry takes it, never released
            assertThat(first.getBean(LockProvider.class).lock(first.getBean(MailRetry.class).lock())).isPresent();
        }

        smtp.start();
        try (ConfigurableApplicationContext second = start(lockOfFiveSeconds)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> smtp.messages().size() >= 2);
        }
        assertThat(smtp.messagesTo(CENTRAL)).hasSize(1);
        assertThat(smtp.messagesTo("paul.roux@hopital.example")).hasSize(1);
    }

    private ConfigurableApplicationContext start() {
        return start(List.of());
    }

    private ConfigurableApplicationContext start(List<String> more) {
        List<String> arguments = new ArrayList<>(databaseArguments);
        arguments.addAll(List.of("--server.port=0",
                "--passerelle.embedded-smtp.enabled=false",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtp.port,
                "--passerelle.central-contact-email=" + CENTRAL,
                "--passerelle.mail.retry.initial-backoff=PT1H",
                "--passerelle.mail.retry.max-backoff=PT1H"));
        arguments.addAll(more);
        return new SpringApplicationBuilder(Application.class).run(arguments.toArray(String[]::new));
    }
}
