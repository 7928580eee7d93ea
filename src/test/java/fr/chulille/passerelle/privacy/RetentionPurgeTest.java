package fr.chulille.passerelle.privacy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.chulille.passerelle.inbox.InboxService;
import fr.chulille.passerelle.referral.Referral;
import fr.chulille.passerelle.referral.StoredReferrals;
import fr.chulille.passerelle.referral.ReferralStatus;
import fr.chulille.passerelle.referral.TestReferrals;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.SQLException;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * The nightly purge, with a clock moved past each retention duration: it erases each category only
 * once its time is up, leaves nothing clinical or identifying anywhere in the database (event
 * publications and mail records included), keeps the anonymous rows so that counts do not change,
 * audits each run, and a second run erases nothing more. Runs on H2 and on PostgreSQL.
 */
@SpringBootTest(properties = {
        "passerelle.retention.event-publications=5d",
        "passerelle.retention.enrolled=10d",
        "passerelle.retention.mail-records=10d",
        "passerelle.retention.closed=20d",
        "passerelle.retention.notes=30d",
        "passerelle.retention.undecided=40d",
        "passerelle.retention.audit-entries=40d",
        "passerelle.retention.purge-cron=-"})
@WithMockUser(username = "pi.test", roles = "INVESTIGATOR")
class RetentionPurgeTest {

    static final String REFERRER = "Dr Purge Marker";
    static final String EMAIL = "purge.marker@hopital.example";
    static final String REASON = "Reason quoting Dr Purge Marker";
    static final String NOTE = "Note: patient " + TestReferrals.INITIALS + " called back, platelets " + TestReferrals.CLINICAL_MARKER;
    /** What identifies the referrer or the patient, or is clinical: none may be left once erased. */
    static final List<String> MUST_BE_GONE = List.of(REFERRER, EMAIL, "10101010101", "+33 3 00 00 00 00", "CH de Test",
            "Hématologie", TestReferrals.CLINICAL_MARKER, TestReferrals.INITIALS, "Comment", "FEMALE", "Purge Marker");

    static final int SMTP_PORT = freePort();
    static GreenMail smtp;

    @DynamicPropertySource
    static void smtpSettings(DynamicPropertyRegistry registry) {
        registry.add("passerelle.embedded-smtp.enabled", () -> "false");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @BeforeAll
    static void smtpUp() {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        smtp.start();
    }

    @AfterAll
    static void smtpDown() {
        smtp.stop();
    }

    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }

    @Autowired
    TestClock clock;
    @Autowired
    RetentionPurge purge;
    @Autowired
    InboxService inbox;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    StoredReferrals referrals;
    @Autowired
    ApplicationEventPublisher events;

    @Test
    void eachCategoryIsErasedOnceItsDurationHasPassedAndNothingIdentifyingIsLeft() throws SQLException {
        Referral closed = store();
        Referral enrolled = store();
        Referral undecided = store();
        inbox.changeStatus(closed.getId(), ReferralStatus.DECLINED, REASON);
        inbox.changeStatus(enrolled.getId(), ReferralStatus.ENROLLED, null);
        inbox.changeStatus(undecided.getId(), ReferralStatus.IN_REVIEW, null);
        for (Referral referral : List.of(closed, enrolled, undecided)) {
            inbox.addNote(referral.getId(), NOTE);
        }
        List<UUID> ids = List.of(closed.getId(), enrolled.getId(), undecided.getId());
        // both mails of each referral and its status mail to the referrer sent, their event publications completed
        await().atMost(Duration.ofSeconds(30)).until(() -> count("SELECT COUNT(*) FROM referral_mail WHERE state = 'SENT' AND referral_id IN (?, ?, ?)", ids) == 9
                && count("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NOT NULL", List.of()) >= 9);
        assertThat(DatabaseScan.cellsContaining(dataSource, MUST_BE_GONE)).as("the markers are stored to begin with").isNotEmpty();
        Map<ReferralStatus, Long> countsBefore = countsByStatus();

        clock.advance(Duration.ofDays(4));
        assertThat(purge.purge()).isEqualTo(new RetentionPurge.Report(0, 0, 0, 0, 0, 0, 0));

        clock.advance(Duration.ofDays(2)); // day 6: past the event publications' 5 days
        RetentionPurge.Report day6 = purge.purge();
        assertThat(day6.eventPublications()).isGreaterThanOrEqualTo(6);
        assertThat(day6.referrals()).isZero();
        assertThat(count("SELECT COUNT(*) FROM event_publication", List.of())).isZero();

        clock.advance(Duration.ofDays(5)); // day 11: the enrolled referral and the mail records
        RetentionPurge.Report day11 = purge.purge();
        assertThat(day11.enrolledReferrals()).isEqualTo(1);
        assertThat(day11.closedReferrals() + day11.undecidedReferrals()).isZero();
        assertThat(day11.mailRecords()).isEqualTo(6); // three a referral (two at submission, one status mail); the enrolled one's went with it
        assertThat(erased(enrolled)).isTrue();
        assertThat(erased(closed)).isFalse();

        clock.advance(Duration.ofDays(10)); // day 21: the closed referral
        RetentionPurge.Report day21 = purge.purge();
        assertThat(day21.closedReferrals()).isEqualTo(1);
        assertThat(day21.undecidedReferrals()).isZero();
        assertThat(erased(closed)).isTrue();
        assertThat(erased(undecided)).isFalse();

        clock.advance(Duration.ofDays(10)); // day 31: the last note, of the referral still undecided
        RetentionPurge.Report day31 = purge.purge();
        assertThat(day31.notes()).isEqualTo(1);
        assertThat(day31.referrals()).isZero();

        clock.advance(Duration.ofDays(10)); // day 41: the undecided referral, and the audit entries of day 0
        RetentionPurge.Report day41 = purge.purge();
        assertThat(day41.undecidedReferrals()).isEqualTo(1);
        assertThat(day41.auditEntries()).isGreaterThanOrEqualTo(6);

        assertThat(DatabaseScan.cellsContaining(dataSource, MUST_BE_GONE)).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM referral WHERE id IN (?, ?, ?) AND (patient_birth_year IS NOT NULL "
                + "OR clinical_facts_json IS NOT NULL OR precheck_json IS NOT NULL OR status_reason IS NOT NULL)", ids)).isZero();
        assertThat(count("SELECT COUNT(*) FROM referral_mail WHERE referral_id IN (?, ?, ?)", ids)).isZero();
        assertThat(count("SELECT COUNT(*) FROM referral_note WHERE referral_id IN (?, ?, ?)", ids)).isZero();
        assertThat(countsByStatus()).as("the anonymous rows keep the counts").isEqualTo(countsBefore);
        Referral anonymous = referrals.findById(closed.getId()).orElseThrow();
        assertThat(anonymous.getReference()).isEqualTo(closed.getReference());
        assertThat(anonymous.getStatus()).isEqualTo(ReferralStatus.DECLINED);
        assertThat(anonymous.getAdvice()).isEqualTo(closed.getAdvice());
        assertThat(anonymous.getSubmittedAt()).isCloseTo(closed.getSubmittedAt(), within(1, ChronoUnit.MILLIS));
        assertThat(anonymous.getErasureCategory()).isEqualTo("CLOSED");
        assertThat(anonymous.getReferrer().name()).isNull();

        // idempotent: a second run erases nothing more
        assertThat(purge.purge()).isEqualTo(new RetentionPurge.Report(0, 0, 0, 0, 0, 0, 0));
        // one audit entry per run, with its numbers
        List<String> runs = jdbc.queryForList("SELECT detail FROM audit_entry WHERE action = 'PURGE' ORDER BY at", String.class);
        assertThat(runs).hasSize(7);
        assertThat(runs.get(2)).startsWith("referrals erased: 1 (closed 0, enrolled 1, undecided 0)");
    }

    private Referral store() {
        return TestReferrals.submit(transactions, referrals, events, TestReferrals.referral(REFERRER, EMAIL, "fr"));
    }

    private boolean erased(Referral referral) {
        return referrals.findById(referral.getId()).orElseThrow().isErased();
    }

    private Map<ReferralStatus, Long> countsByStatus() {
        Map<ReferralStatus, Long> counts = new EnumMap<>(ReferralStatus.class);
        for (ReferralStatus status : ReferralStatus.values()) {
            counts.put(status, referrals.countByStatus(status));
        }
        return counts;
    }

    private long count(String sql, List<UUID> ids) {
        Long count = jdbc.queryForObject(sql, Long.class, ids.toArray());
        return count == null ? 0 : count;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
