package fr.chulille.passerelle.triage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import static fr.chulille.passerelle.triage.WorkingTimeTest.paris;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The query behind the inbox's triage time, on H2 and (profile {@code postgresql}) on PostgreSQL. The
 * referrals are written as rows, in 2021, with a clock fixed then: the referrals of the other tests
 * sharing this database are all later than "now" and left out.
 */
@SpringBootTest
class TriageTimesTest {

    @Autowired
    JdbcTemplate jdbc;

    /** The other tests of this context list and count every referral: these rows leave with the test. */
    @AfterEach
    void removeTheRows() {
        jdbc.update("DELETE FROM referral_status_change WHERE referral_id IN (SELECT id FROM referral WHERE reference LIKE 'TRI-%')");
        jdbc.update("DELETE FROM referral WHERE reference LIKE 'TRI-%'");
    }

    @Test
    void theLastNinetyDaysTimeToTheFirstStatusChange() {
        // Wednesday 31 March 2021, noon in Paris
        TriageTimes times = new TriageTimes(jdbc, Clock.fixed(paris("2021-03-31T12:00"), ZoneOffset.UTC));
        referral(paris("2021-03-01T09:00"), paris("2021-03-01T12:20"), paris("2021-03-10T12:00")); // 3 h 20 (then a second change)
        referral(paris("2021-03-02T09:00"), paris("2021-03-04T10:00"));   // 49 h, 49 working hours
        referral(paris("2021-03-26T17:00"), paris("2021-03-29T10:00"));   // Friday → Monday (clocks went forward): 64 h, 17 working hours
        referral(paris("2021-03-31T08:00"));                              // this morning, not yet handled
        referral(paris("2021-03-15T09:00"));                              // two weeks ago, not yet handled
        referral(paris("2020-12-20T09:00"), paris("2020-12-20T09:05"));  // 101 days ago: outside the period
        referral(paris("2021-04-01T09:00"), paris("2021-04-01T09:05"));  // after "now"

        TriageTime time = times.lastNinetyDays();

        assertThat(time.submitted()).isEqualTo(5);
        assertThat(time.handled()).isEqualTo(3);
        assertThat(time.notYetHandled()).isEqualTo(2);
        assertThat(time.median()).contains(Duration.ofHours(49));
        assertThat(time.p90()).contains(Duration.ofHours(64));
        assertThat(time.withinOneWorkingDay()).isEqualTo(2);
        assertThat(time.decided()).isEqualTo(4);
    }

    /** A referral row with its submission row and a status change at each of {@code changes}. */
    private void referral(Instant submittedAt, Instant... changes) {
        UUID id = UUID.randomUUID();
        String status = changes.length == 0 ? "NEW" : changes.length == 1 ? "IN_REVIEW" : "CONTACTED";
        Instant statusChangedAt = changes.length == 0 ? submittedAt : changes[changes.length - 1];
        jdbc.update("""
                INSERT INTO referral (id, reference, submission_token, submitted_at, form_language, referrer_name,
                    referrer_rpps, referrer_hospital, referrer_department, referrer_email, referrer_phone,
                    patient_initials, consent_attested, clinical_facts_json, precheck_json, criteria_version, advice,
                    status, status_changed_at)
                VALUES (?, ?, ?, ?, 'fr', 'Dr Triage', '10101010101', 'CH de Test', 'Hématologie',
                    'triage@hopital.example', '+33 3 00 00 00 00', 'QZ', TRUE, '{}', '{}', 'test', 'POSSIBLY_ELIGIBLE', ?, ?)""",
                id, "TRI-" + id.toString().substring(0, 8), UUID.randomUUID(), submittedAt.atOffset(ZoneOffset.UTC),
                status, statusChangedAt.atOffset(ZoneOffset.UTC));
        jdbc.update("INSERT INTO referral_status_change (referral_id, from_status, to_status, changed_at) VALUES (?, NULL, 'NEW', ?)",
                id, submittedAt.atOffset(ZoneOffset.UTC));
        String[] path = {"NEW", "IN_REVIEW", "CONTACTED"};
        for (int i = 0; i < changes.length; i++) {
            jdbc.update("INSERT INTO referral_status_change (referral_id, from_status, to_status, changed_at) VALUES (?, ?, ?, ?)",
                    id, path[i], path[i + 1], changes[i].atOffset(ZoneOffset.UTC));
        }
    }
}
