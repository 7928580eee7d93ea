package fr.chulille.passerelle.triage;

import fr.chulille.passerelle.i18n.Messages;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The triage time of the inbox header: for the referrals submitted in the last {@link #PERIOD}, the time
 * to their first status change (see {@link TriageTime}). One SQL query over {@code referral} and
 * {@code referral_status_change} (the first change is the earliest row whose {@code from_status} is not
 * null; the submission row has none): only two instants per referral are read, never the entities.
 * Erased referrals count too (their dates are kept, and nothing in these figures names anyone).
 */
@Service
@Transactional(readOnly = true)
public class TriageTimes {

    public static final Duration PERIOD = Duration.ofDays(90);
    private static final ZoneId ZONE = ZoneId.of(Messages.TRIAL_TIME_ZONE);
    private static final String QUERY = """
            SELECT r.submitted_at, MIN(c.changed_at) AS first_change_at
            FROM referral r
            LEFT JOIN referral_status_change c ON c.referral_id = r.id AND c.from_status IS NOT NULL
            WHERE r.submitted_at >= ? AND r.submitted_at <= ?
            GROUP BY r.id, r.submitted_at""";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    TriageTimes(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The triage time of the referrals submitted in the last 90 days, as of now. */
    public TriageTime lastNinetyDays() {
        Instant now = clock.instant();
        List<TriageTime.Sample> samples = jdbc.query(QUERY, TriageTimes::sample,
                now.minus(PERIOD).atOffset(ZoneOffset.UTC), now.atOffset(ZoneOffset.UTC));
        return TriageTime.of(samples, now, ZONE);
    }

    private static TriageTime.Sample sample(ResultSet row, int number) throws SQLException {
        OffsetDateTime firstChange = row.getObject(2, OffsetDateTime.class);
        return new TriageTime.Sample(row.getObject(1, OffsetDateTime.class).toInstant(),
                firstChange == null ? null : firstChange.toInstant());
    }
}
