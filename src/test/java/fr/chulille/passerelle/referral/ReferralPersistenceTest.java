package fr.chulille.passerelle.referral;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;

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
}
