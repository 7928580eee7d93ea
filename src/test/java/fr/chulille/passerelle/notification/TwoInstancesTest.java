package fr.chulille.passerelle.notification;

import fr.chulille.passerelle.Application;
import fr.chulille.passerelle.TestDatabase;
import fr.chulille.passerelle.eligibility.ClinicalFacts;
import fr.chulille.passerelle.referral.ReferralService;
import fr.chulille.passerelle.referral.ReferralSubmission;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of the portal on one database (one PostgreSQL schema in the PostgreSQL run, else one H2
 * file opened by both): referrals come in through both, the SMTP server goes down and up, one instance
 * stops while mails are owed and starts again. Every mail arrives, none twice, and the references of
 * both instances are unique and without a gap.
 */
class TwoInstancesTest {

    static final String CENTRAL = "central-contact@two.test";
    private static final Pattern REFERENCE = Pattern.compile("PAS-\\d{4}-(\\d{4,})");

    @TempDir
    Path dataFolder;
    final TestSmtpServer smtp = new TestSmtpServer();
    private final SecurityContextHolderStrategy strategyOfOtherTests = SecurityContextHolder.getContextHolderStrategy();
    private final List<ConfigurableApplicationContext> running = new ArrayList<>();
    private List<String> databaseArguments;
    private final List<MimeMessage> receivedBeforeTheOutage = new ArrayList<>();

    @AfterEach
    void stopEverything() {
        running.forEach(ConfigurableApplicationContext::close);
        smtp.stop();
        SecurityContextHolder.setContextHolderStrategy(strategyOfOtherTests);
    }

    @Test
    void everyMailOfEitherInstanceArrivesOnceThroughAnOutageAndARestart() {
        databaseArguments = TestDatabase.restartableDatabaseArguments(dataFolder);
        smtp.start();
        ConfigurableApplicationContext first = start();
        ConfigurableApplicationContext second = start();
        List<String> references = new ArrayList<>();

        references.addAll(submit(first, 3, "a"));
        references.addAll(submit(second, 3, "b"));
        await().atMost(Duration.ofSeconds(60)).until(() -> missing(references).isEmpty());

        outage();
        List<String> owed = new ArrayList<>();
        owed.addAll(submit(first, 3, "c"));
        owed.addAll(submit(second, 3, "d"));
        references.addAll(owed);
        MailDeliveries deliveries = second.getBean(MailDeliveries.class);
        await().atMost(Duration.ofSeconds(60)).until(() -> deliveries.statusOf(ids(first, owed)).values().stream()
                .flatMap(List::stream).allMatch(status -> status.stage() == MailStatus.Stage.FAILING));

        first.close(); // stops while its mails are owed
        running.remove(first);
        smtp.start();
        ConfigurableApplicationContext firstAgain = start();
        references.addAll(submit(firstAgain, 3, "e"));
        references.addAll(submit(second, 3, "f"));

        await().atMost(Duration.ofSeconds(90)).until(() -> missing(references).isEmpty());
        // several retry rounds of both instances later: a duplicate would have arrived by now
        await().pollDelay(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(6)).until(() -> true);

        Map<String, Long> copies = received().stream().collect(Collectors.groupingBy(TwoInstancesTest::key, Collectors.counting()));
        assertThat(copies).hasSize(2 * references.size());
        assertThat(copies).allSatisfy((mail, count) -> assertThat(count).as(mail).isEqualTo(1));
        List<Integer> numbers = references.stream().map(REFERENCE::matcher).filter(Matcher::matches)
                .map(m -> Integer.parseInt(m.group(1))).sorted().toList();
        assertThat(numbers).doesNotHaveDuplicates();
        assertThat(numbers.getLast() - numbers.getFirst()).as("no gap").isEqualTo(references.size() - 1);
    }

    /** The SMTP server goes down; what it received so far is kept (a started server begins empty). */
    private void outage() {
        receivedBeforeTheOutage.addAll(smtp.messages());
        smtp.stop();
    }

    private List<MimeMessage> received() {
        List<MimeMessage> all = new ArrayList<>(receivedBeforeTheOutage);
        all.addAll(smtp.messages());
        return all;
    }

    private static List<String> submit(ConfigurableApplicationContext instance, int count, String batch) {
        ReferralService service = instance.getBean(ReferralService.class);
        return Stream.iterate(0, i -> i + 1).limit(count).map(i -> service.submit(new ReferralSubmission(UUID.randomUUID(), "en",
                new ReferralSubmission.ReferrerIdentity("Dr Two " + batch + i, "10003456789", "CH de Test", "Hématologie",
                        "two-" + batch + i + "@hopital.example", "03 27 14 33 33"),
                "JD", ClinicalFacts.empty(), Map.of(), null, true)).reference()).toList();
    }

    private static List<UUID> ids(ConfigurableApplicationContext instance, List<String> references) {
        var repository = instance.getBean(fr.chulille.passerelle.referral.StoredReferrals.class);
        return references.stream().map(reference -> repository.findByReference(reference).orElseThrow().getId()).toList();
    }

    /** The "reference recipient" pairs still without a mail. */
    private List<String> missing(List<String> references) {
        List<String> received = received().stream().map(TwoInstancesTest::key).toList();
        return references.stream().flatMap(reference -> Stream.of(reference + " central", reference + " referrer"))
                .filter(key -> !received.contains(key)).toList();
    }

    private static String key(MimeMessage message) {
        try {
            Matcher reference = REFERENCE.matcher(message.getSubject());
            String recipient = TestSmtpServer.recipients(message).contains(CENTRAL) ? "central" : "referrer";
            return (reference.find() ? reference.group() : "?") + " " + recipient;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ConfigurableApplicationContext start() {
        List<String> arguments = new ArrayList<>(databaseArguments);
        arguments.addAll(List.of("--server.port=0",
                "--passerelle.embedded-smtp.enabled=false",
                "--passerelle.demo-account.enabled=false",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtp.port,
                "--passerelle.central-contact-email=" + CENTRAL,
                "--passerelle.mail.retry.check-interval=PT1S",
                "--passerelle.mail.retry.initial-backoff=PT1S",
                "--passerelle.mail.retry.max-backoff=PT2S",
                "--passerelle.mail.retry.stuck-after=PT3S",
                // longer than the SMTP time-outs (5 + 10 + 10 s), as in production (2 min): a shorter lease lets a
                // second instance take over a send that is merely slow, which CI's loaded machine did (2 duplicates)
                "--passerelle.mail.sending-lease=PT30S"));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class).run(arguments.toArray(String[]::new));
        running.add(context);
        return context;
    }
}
