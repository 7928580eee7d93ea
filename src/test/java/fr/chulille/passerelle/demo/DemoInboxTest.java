package fr.chulille.passerelle.demo;

import fr.chulille.passerelle.inbox.InboxService;
import fr.chulille.passerelle.triage.TriageTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** With the demo data on (as in the default profile), a new database gets the six fictional referrals. */
@SpringBootTest(properties = "passerelle.demo-data.enabled=true")
@WithMockUser(username = "pi.test", roles = "INVESTIGATOR")
class DemoInboxTest {

    @Autowired
    InboxService inbox;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DemoInboxSeeding seeding;

    @Test
    void sixClearlyFictionalReferralsInDifferentStatusesThroughTheRealService() {
        assertThat(jdbc.queryForList("SELECT status FROM referral", String.class)).containsExactlyInAnyOrder(
                "NEW", "IN_REVIEW", "SCREENING", "ENROLLED", "NOT_ELIGIBLE", "DECLINED");
        assertThat(jdbc.queryForList("SELECT DISTINCT referrer_hospital FROM referral", String.class))
                .containsExactly(DemoInbox.HOSPITAL);
        assertThat(jdbc.queryForList("SELECT DISTINCT patient_initials FROM referral", String.class)).containsExactly("ZZ");
        assertThat(jdbc.queryForList("SELECT referrer_email FROM referral", String.class))
                .allMatch(email -> email.endsWith("@example.org"));
        assertThat(jdbc.queryForList("SELECT referrer_name FROM referral", String.class))
                .allMatch(name -> name.startsWith("Dr ") && name.endsWith(" Exemple"));
        // references from the sequence, and a real pre-check: the low platelets are "probably not eligible"
        assertThat(jdbc.queryForList("SELECT reference FROM referral", String.class)).allMatch(r -> r.startsWith("PAS-"));
        assertThat(jdbc.queryForList("SELECT advice FROM referral WHERE status = 'NOT_ELIGIBLE'", String.class))
                .containsExactly("PROBABLY_NOT_ELIGIBLE");
    }

    @Test
    void theirHistoryIsBackdatedSoThatTheTriageTimeShowsSomething() {
        TriageTime time = inbox.triageTime();

        assertThat(time.submitted()).isEqualTo(6);
        assertThat(time.handled()).isEqualTo(5);
        assertThat(time.notYetHandled()).isEqualTo(1);
        // first changes after 30 min, 55 min, 4 h, 26 h and 49 h
        assertThat(time.median()).contains(Duration.ofHours(4));
        assertThat(time.p90()).contains(Duration.ofHours(49));
        // the 26 h and 49 h ones are within one working day only if a weekend or a holiday fell in between
        assertThat(time.withinOneWorkingDay()).isBetween(3, 5);
        assertThat(time.decided()).isEqualTo(5);
        // 6 submissions and 13 changes, each at its own date after the submission
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM referral_status_change", Long.class)).isEqualTo(19);
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT changed_at) FROM referral_status_change", Long.class)).isEqualTo(19);
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM referral_status_change c JOIN referral r ON r.id = c.referral_id
                WHERE c.changed_at < r.submitted_at""", Long.class)).isZero();
    }

    @Test
    void notesAndAuditLinesAreThoseOfTheDemoInvestigator() {
        assertThat(jdbc.queryForList("SELECT DISTINCT author FROM referral_note", String.class)).containsExactly("pi.demo");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM referral_note", Long.class)).isEqualTo(4);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE actor = 'pi.demo' AND action = 'STATUS_CHANGE'",
                Long.class)).isEqualTo(13);
    }

    @Test
    void notSeededAgainWhenTheDatabaseHoldsAReferral() {
        assertThat(seeding.seedIfEmpty()).isFalse();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM referral", Long.class)).isEqualTo(6);
    }
}
