package fr.chulille.passerelle.referral;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The referral table and its repository, on H2 and (in the postgresql profile) on PostgreSQL. */
@SpringBootTest
class ReferralPersistenceTest {

    @Autowired
    ReferralRepository referrals;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    ReferralService service;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void largeJsonSnapshotsAndUnicodeTextComeBackUnchanged() {
        String bigFacts = "{\"comment\":\"" + "é€🧬 ".repeat(50_000) + "\"}";
        Referral referral = new Referral(TestReferrals.uniqueReference(), java.util.UUID.randomUUID(),
                Instant.parse("2026-03-01T09:30:00Z"), "fr",
                new Referrer("Dr Ève Ørsted 李", "10101010101", "CHU d'Hôte", "Hématologie", "eve@hopital.example", "+33 1"),
                new PatientIdentity("ÉØ", 1970, "FEMALE"), "עברית mixed with français", bigFacts,
                "{\"advice\":\"LIKELY_ELIGIBLE\"}", "test-version", "LIKELY_ELIGIBLE");
        TestReferrals.submit(transactions, referrals, events, referral);

        Referral stored = referrals.findBySubmissionToken(referral.getSubmissionToken()).orElseThrow();
        assertThat(stored.getClinicalFactsJson()).isEqualTo(bigFacts);
        assertThat(stored.getReferrer().name()).isEqualTo("Dr Ève Ørsted 李");
        assertThat(stored.getComment()).isEqualTo("עברית mixed with français");
        assertThat(stored.getSubmittedAt()).isEqualTo(Instant.parse("2026-03-01T09:30:00Z"));
        assertThat(referrals.findByReference(referral.getReference())).map(Referral::getId).contains(referral.getId());
    }

    @Test
    void statusCountsAndOptimisticLockingWork() {
        Referral referral = TestReferrals.submit(transactions, referrals, events,
                TestReferrals.referral("Dr Lock", "lock@hopital.example", "en"));
        long enrolledBefore = referrals.countByStatus(ReferralStatus.ENROLLED);

        transactions.executeWithoutResult(status -> referrals.findById(referral.getId()).orElseThrow()
                .changeStatus(ReferralStatus.ENROLLED, null, Instant.now()));
        assertThat(referrals.countByStatus(ReferralStatus.ENROLLED)).isEqualTo(enrolledBefore + 1);

        referral.changeStatus(ReferralStatus.DECLINED, "stale copy", Instant.now());
        assertThatThrownBy(() -> referrals.save(referral)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void theStatusHistoryIsStoredWithItsDates() {
        Referral referral = TestReferrals.submit(transactions, referrals, events,
                TestReferrals.referral("Dr History", "history@hopital.example", "fr"));
        Instant sent = referral.getSubmittedAt().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        Instant reviewed = sent.plusSeconds(3_600);
        Instant contacted = sent.plusSeconds(86_400);
        transactions.executeWithoutResult(status -> referrals.findById(referral.getId()).orElseThrow()
                .changeStatus(ReferralStatus.IN_REVIEW, null, reviewed));
        transactions.executeWithoutResult(status -> referrals.findById(referral.getId()).orElseThrow()
                .changeStatus(ReferralStatus.CONTACTED, null, contacted));

        List<StatusChange> history = transactions.execute(status ->
                referrals.findById(referral.getId()).orElseThrow().statusHistory());
        assertThat(history.getFirst().at().truncatedTo(java.time.temporal.ChronoUnit.MILLIS)).isEqualTo(sent);
        assertThat(history).extracting(StatusChange::to).containsExactly(
                ReferralStatus.NEW, ReferralStatus.IN_REVIEW, ReferralStatus.CONTACTED);
        assertThat(history.subList(1, 3)).containsExactly(
                new StatusChange(ReferralStatus.NEW, ReferralStatus.IN_REVIEW, reviewed),
                new StatusChange(ReferralStatus.IN_REVIEW, ReferralStatus.CONTACTED, contacted));
    }

    @Test
    void fiftyConcurrentSubmitsGetFiftyDifferentReferencesWithoutAGap() throws Exception {
        List<Callable<String>> submits = IntStream.range(0, 50)
                .<Callable<String>>mapToObj(i -> () -> service.submit(Submissions.valid()).reference()).toList();
        List<String> references;
        try (ExecutorService pool = Executors.newFixedThreadPool(50)) {
            references = pool.invokeAll(submits).stream().map(ReferralPersistenceTest::result).toList();
        }

        List<Integer> numbers = references.stream().map(ReferralPersistenceTest::number).sorted().toList();
        assertThat(numbers).doesNotHaveDuplicates().hasSize(50);
        assertThat(numbers.getLast() - numbers.getFirst()).as("numbers from %s to %s", numbers.getFirst(), numbers.getLast())
                .isEqualTo(49);
        // the reference is written into the stored row by the statement that takes the number (issue 17)
        assertThat(references).allSatisfy(reference ->
                assertThat(referrals.findByReference(reference)).as(reference).isPresent());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM referral WHERE reference LIKE 'TMP-%'", Long.class))
                .as("referrals committed with their provisional reference").isZero();
    }

    /** The statement that numbers the referral formats the number as Java did: 4 digits at least, never cut. */
    @Test
    void aReferencePastTheFourthDigitKeepsEveryDigit() {
        long last = jdbc.queryForObject("SELECT last_value FROM reference_counter WHERE name = 'referral'", Long.class);
        try {
            jdbc.update("UPDATE reference_counter SET last_value = 9999 WHERE name = 'referral'");
            SubmittedReferral submitted = service.submit(Submissions.valid());
            assertThat(submitted.reference()).isEqualTo("PAS-" + service.referenceYear() + "-10000");
            assertThat(referrals.findById(submitted.id())).map(Referral::getReference).contains(submitted.reference());
        } finally { // the other tests' references have four digits
            jdbc.update("UPDATE reference_counter SET last_value = ? WHERE name = 'referral'", last);
        }
    }

    @Test
    void aSubmitThatRollsBackGivesItsNumberBack() {
        int before = number(service.submit(Submissions.valid()).reference());
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            service.submit(Submissions.valid());
            throw new IllegalStateException("the referral's transaction fails after its number was taken");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(number(service.submit(Submissions.valid()).reference())).isEqualTo(before + 1);
    }

    /**
     * Ten referrers' browsers send the same form at once (same submission token): one referral is stored, every
     * answer names it, the numbers the losers took are given back (the next submit follows without a gap), and
     * no mail is owed for a referral that does not exist (its event publications, written before the referral's
     * insert since issue 17, rolled back with it).
     */
    @Test
    void theSameSubmissionSentTenTimesAtOnceIsStoredOnceWithoutAGapNorAnOrphanMail() throws Exception {
        java.sql.Timestamp start = java.sql.Timestamp.from(Instant.now().minusSeconds(1));
        int before = number(service.submit(Submissions.valid()).reference());
        ReferralSubmission same = Submissions.valid();
        List<Callable<String>> submits = IntStream.range(0, 10)
                .<Callable<String>>mapToObj(i -> () -> {
                    try {
                        return service.submit(same).reference();
                    } catch (org.springframework.dao.DataIntegrityViolationException lostTheRace) {
                        return service.submit(same).reference(); // the form's retry finds the stored one
                    }
                }).toList();
        List<String> references;
        try (ExecutorService pool = Executors.newFixedThreadPool(10)) {
            references = pool.invokeAll(submits).stream().map(ReferralPersistenceTest::result).toList();
        }

        Referral stored = referrals.findBySubmissionToken(same.submissionToken()).orElseThrow();
        assertThat(references).containsOnly(stored.getReference());
        assertThat(number(stored.getReference())).isEqualTo(before + 1);
        assertThat(number(service.submit(Submissions.valid()).reference())).isEqualTo(before + 2);
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM event_publication p
                 WHERE p.event_type LIKE '%ReferralSubmitted' AND p.publication_date >= ?
                   AND NOT EXISTS (SELECT 1 FROM referral r WHERE p.serialized_event LIKE '%' || CAST(r.id AS VARCHAR(36)) || '%')
                """, Long.class, start)).as("mails owed for a referral that was never stored").isZero();
    }

    private static int number(String reference) {
        return Integer.parseInt(reference.substring(reference.lastIndexOf('-') + 1));
    }

    private static String result(Future<String> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
