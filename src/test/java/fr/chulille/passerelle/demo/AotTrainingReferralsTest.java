package fr.chulille.passerelle.demo;

import fr.chulille.passerelle.referral.ReferralService;
import fr.chulille.passerelle.referral.ReferralSubmission;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The AOT cache's training run sends fictional referrals through the real referral service when asked to
 * (src/aot/AotTrainingRun.java): every one is stored and owes its mails, with references from the sequence and pre-checks
 * that reach different verdicts, so the cache carries the profiles of every branch of a submit.
 */
@SpringBootTest(properties = "passerelle.aot-training.referrals=" + AotTrainingReferralsTest.COUNT)
class AotTrainingReferralsTest {

    static final int COUNT = 120;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AotTrainingReferrals training;
    @Autowired
    ReferralService referrals;

    @Test
    void theFictionalReferralsAreStoredBeforeThePortalIsReady() {
        assertThat(training.count()).isEqualTo(COUNT);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM referral WHERE patient_initials = 'ZZ'", Integer.class))
                .isEqualTo(COUNT);
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT reference) FROM referral WHERE patient_initials = 'ZZ'", Integer.class)).isEqualTo(COUNT);
        assertThat(jdbc.queryForList("SELECT DISTINCT referrer_email FROM referral WHERE patient_initials = 'ZZ'", String.class))
                .hasSize(COUNT).allMatch(email -> email.endsWith("@example.org"));
        assertThat(jdbc.queryForList("SELECT DISTINCT advice FROM referral WHERE patient_initials = 'ZZ'", String.class))
                .contains("POSSIBLY_ELIGIBLE", "POSSIBLY_ELIGIBLE_TO_CONFIRM", "PROBABLY_NOT_ELIGIBLE");
        assertThat(jdbc.queryForObject("SELECT (SELECT COUNT(*) FROM event_publication)"
                + " + (SELECT COUNT(*) FROM event_publication_archive)", Integer.class))
                .as("each referral owes its mails, as any other").isGreaterThanOrEqualTo(COUNT);
    }

    @Test
    void aDatabaseWithARealReferralNeverGetsTrainingReferrals() {
        ReferralSubmission fictional = AotTrainingReferrals.submission(0);
        referrals.submit(new ReferralSubmission(UUID.randomUUID(), "fr", fictional.referrer(), "AB", fictional.facts(),
                Map.of(), "", true));
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM referral", Integer.class);

        training.onApplicationEvent(null); // as if the portal had started again on this database

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM referral", Integer.class)).isEqualTo(before);
    }
}
