package fr.chulille.passerelle.browser;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A real crash: the packaged jar runs as a separate process (default profile, H2 file in a folder of
 * its own, mail to a GreenMail server of this test), a browser sends referrals through the form, and
 * the process is killed with SIGKILL as soon as the browser shows the last confirmation of a round.
 * It starts again on the same folder for the next round. At the end every reference a referrer was
 * shown must be in the database, the references must run without a gap, and both mails of every
 * referral must have arrived; duplicate mails are counted (and must carry the original's Message-ID).
 * <p>
 * Several forms are sent at once per round (browser tabs), so that each kill catches several fresh
 * confirmations. Runs once, in the production-mode execution of failsafe (it tests the jar, not the
 * failsafe classpath). {@code -Dcrash.rounds}, {@code -Dcrash.tabs}, {@code -Dcrash.jar} and
 * {@code -Dcrash.db-url} (e.g. the URL without WRITE_DELAY=0, to show that the test fails) change the run.
 */
class CrashDurabilityIT {

    private static final Pattern REFERENCE = Pattern.compile("PAS-\\d{4}-(\\d{4,})");
    private static final String CENTRAL = "central-contact@crash.test";
    private static final int ROUNDS = Integer.getInteger("crash.rounds", 10);
    private static final int TABS = Integer.getInteger("crash.tabs", 3);

    @TempDir
    Path folder;
    GreenMail smtp;
    WebDriver browser;
    Process app;
    final int port = freePort();
    final int smtpPort = freePort();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @BeforeEach
    void smtpAndBrowser() {
        assumeTrue(Boolean.getBoolean("vaadin.productionMode") || System.getProperty("crash.jar") != null,
                "runs in the production-mode execution only: it starts the packaged jar");
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        smtp.start();
        browser = Browser.start("en-GB,en", 1280, 900);
    }

    @AfterEach
    void stopEverything() {
        if (app != null) {
            app.destroyForcibly();
        }
        if (browser != null) {
            browser.quit();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void everyConfirmedReferralSurvivesAKillRightAfterItsConfirmationAndItsMailsArrive() throws Exception {
        List<String> confirmed = new ArrayList<>();
        List<String> tabs = openTabs();
        for (int round = 0; round < ROUNDS; round++) {
            app = start(round);
            List<String> references = sendFromEveryTab(tabs, round);
            app.destroyForcibly().waitFor(); // SIGKILL, right after the last confirmation of the round
            confirmed.addAll(references);
        }

        app = start(ROUNDS);
        try {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                    .until(() -> missingMails(confirmed).isEmpty() || !app.isAlive());
        } catch (ConditionTimeoutException stillMissing) {
            // a lost referral's mails never come: the assertions below give the figures
        }
        // a few more retry rounds: a duplicate would arrive now
        await().pollDelay(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(5)).until(() -> true);
        stopGracefully();

        Set<String> stored = storedReferences();
        List<String> lost = confirmed.stream().filter(reference -> !stored.contains(reference)).toList();
        Map<String, List<MimeMessage>> mails = mailsByReferenceAndRecipient();
        int duplicates = mails.values().stream().mapToInt(list -> list.size() - 1).sum();
        String figures = "%d kills, %d confirmed referrals, %d lost, %d duplicate mails (of %d mails)"
                .formatted(ROUNDS, confirmed.size(), lost.size(), duplicates, smtp.getReceivedMessages().length);
        report(figures);

        assertThat(lost).as("confirmed referrals lost: " + figures).isEmpty();
        assertThat(missingMails(confirmed)).as("mails never delivered: " + figures).isEmpty();
        assertThat(numbers(stored)).as("reference numbers run without a gap").isEqualTo(oneTo(stored.size()));
        mails.values().stream().filter(list -> list.size() > 1).forEach(copies ->
                assertThat(copies.stream().map(CrashDurabilityIT::messageId).distinct()).as("a duplicate's Message-ID").hasSize(1));
    }

    /** One tab per form sent at once: each is a UI of its own on the server. */
    private List<String> openTabs() {
        List<String> handles = new ArrayList<>(List.of(browser.getWindowHandle()));
        for (int i = 1; i < TABS; i++) {
            browser.switchTo().newWindow(WindowType.TAB);
            handles.add(browser.getWindowHandle());
        }
        return handles;
    }

    private List<String> sendFromEveryTab(List<String> tabs, int round) {
        for (int i = 0; i < tabs.size(); i++) {
            browser.switchTo().window(tabs.get(i));
            browser.get("http://localhost:" + port + "/referral?lang=en");
            Browser.waitForVaadin(browser);
            fill("Dr Crash " + round + "-" + i, "crash" + round + "-" + i + "@hopital.example");
        }
        for (String tab : tabs) {
            browser.switchTo().window(tab);
            js().executeScript("document.getElementById('send-referral').click();");
        }
        List<String> references = new ArrayList<>();
        for (String tab : tabs) {
            browser.switchTo().window(tab);
            references.add(confirmation());
        }
        return references;
    }

    /** Types each field as a referrer does (leaving it with Tab), then ticks the attestation. */
    private void fill(String name, String email) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        values.put("referrerName", name);
        values.put("rpps", "10003456789");
        values.put("hospital", "CH de Valenciennes");
        values.put("department", "Haematology");
        values.put("email", email);
        values.put("phone", "03 27 14 33 33");
        values.put("initials", "JD");
        values.forEach((id, value) -> Browser.type(browser, id, value));
        browser.findElement(org.openqa.selenium.By.cssSelector("#consent-attested input")).click();
    }

    /** The reference the page shows, the moment it shows it. */
    private String confirmation() {
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object reference = js().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const shown = () => {
                  const element = document.getElementById('referral-reference');
                  if (element && element.textContent.trim()) { done(element.textContent.trim()); return true; }
                  const error = document.getElementById('form-error');
                  if (error && error.offsetParent !== null) { done('FORM-ERROR ' + error.textContent); return true; }
                  return false;
                };
                if (!shown()) {
                  const observer = new MutationObserver(() => { if (shown()) observer.disconnect(); });
                  observer.observe(document.body, {childList: true, subtree: true, characterData: true, attributes: true});
                }""");
        assertThat(String.valueOf(reference)).matches(REFERENCE);
        return String.valueOf(reference);
    }

    private Process start(int round) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xmx512m", "-jar", jar().toString(),
                "--spring.main.banner-mode=off",
                "--passerelle.mail.retry.check-interval=PT1S",
                "--passerelle.mail.retry.initial-backoff=PT1S",
                "--passerelle.mail.retry.max-backoff=PT2S",
                "--passerelle.mail.retry.stuck-after=PT3S",
                "--passerelle.mail.sending-lease=PT3S"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve("app.log").toFile()));
        Map<String, String> env = builder.environment();
        env.put("PORT", String.valueOf(port));
        env.put("PASSERELLE_EMBEDDED_SMTP", "false");
        env.put("PASSERELLE_SMTP_HOST", "127.0.0.1");
        env.put("PASSERELLE_SMTP_PORT", String.valueOf(smtpPort));
        env.put("PASSERELLE_CENTRAL_CONTACT_EMAIL", CENTRAL);
        env.put("PASSERELLE_DEMO_ACCOUNT", "false");
        env.put("PASSERELLE_DEMO_DATA", "false");
        env.put("VAADIN_USAGE_STATS_ENABLED", "false");
        String dbUrl = System.getProperty("crash.db-url");
        if (dbUrl != null) {
            env.put("PASSERELLE_DB_URL", dbUrl);
        }
        Process process = builder.start();
        Instant started = Instant.now();
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> !process.isAlive() || ready());
        assertThat(process.isAlive()).as("start %d (see %s)", round, folder.resolve("app.log")).isTrue();
        System.out.printf("CrashDurabilityIT: start %d ready after %d ms%n", round, Duration.between(started, Instant.now()).toMillis());
        return process;
    }

    private boolean ready() {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void stopGracefully() throws InterruptedException {
        app.destroy();
        if (!app.waitFor(60, TimeUnit.SECONDS)) {
            app.destroyForcibly().waitFor();
        }
    }

    private static Path jar() throws IOException {
        String given = System.getProperty("crash.jar");
        if (given != null) {
            return Path.of(given).toAbsolutePath();
        }
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(f -> f.getFileName().toString().matches("passerelle-.*\\.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no packaged jar in target/: run after package"))
                    .toAbsolutePath();
        }
    }

    private Set<String> storedReferences() throws SQLException {
        Set<String> references = new TreeSet<>();
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("data/passerelle").toAbsolutePath(), "sa", "");
             Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("SELECT reference FROM referral")) {
            while (rows.next()) {
                references.add(rows.getString(1));
            }
        }
        return references;
    }

    /** Mails by "reference recipient", e.g. "PAS-2026-0003 central". */
    private Map<String, List<MimeMessage>> mailsByReferenceAndRecipient() {
        Map<String, List<MimeMessage>> mails = new HashMap<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            mails.computeIfAbsent(key(message), k -> new ArrayList<>()).add(message);
        }
        return mails;
    }

    private List<String> missingMails(List<String> references) {
        Set<String> received = mailsByReferenceAndRecipient().keySet();
        return references.stream().flatMap(reference -> Stream.of(reference + " central", reference + " referrer"))
                .filter(key -> !received.contains(key)).toList();
    }

    private static String key(MimeMessage message) {
        try {
            Matcher reference = REFERENCE.matcher(message.getSubject());
            String recipient = String.valueOf(message.getAllRecipients()[0]).equals(CENTRAL) ? "central" : "referrer";
            return (reference.find() ? reference.group() : "?") + " " + recipient;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Integer> numbers(Set<String> references) {
        return references.stream().map(REFERENCE::matcher).filter(Matcher::matches)
                .map(m -> Integer.parseInt(m.group(1))).sorted().toList();
    }

    private static List<Integer> oneTo(int count) {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            numbers.add(i);
        }
        return numbers;
    }

    private void report(String figures) throws IOException {
        System.out.println("CrashDurabilityIT: " + figures);
        Path report = Path.of("target", "crash-test.txt");
        Files.writeString(report, Instant.now() + " " + figures + (System.getProperty("crash.db-url") == null ? ""
                : " (database URL " + System.getProperty("crash.db-url") + ")") + System.lineSeparator(),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
