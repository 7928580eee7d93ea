package fr.chulille.passerelle.screening;

import fr.chulille.passerelle.referral.ReferralStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The counts of the screening log, aggregated by the database (GROUP BY over {@code referral},
 * {@code referral_status_change} and {@code referral_failed_criterion}): no referral is loaded, and no column
 * that names a person is read.
 */
@Repository
class ScreeningLogRepository {

    /** The furthest stage a status shows, as SQL: the ordinal of {@link Stage#of}. */
    private static final String STAGE_OF_STATUS = Arrays.stream(ReferralStatus.values())
            .map(status -> "WHEN '" + status.name() + "' THEN " + Stage.of(status).ordinal())
            .collect(Collectors.joining(" ", "CASE c.to_status ", " ELSE 0 END"));
    private static final String STAGE_OF_CURRENT = STAGE_OF_STATUS.replace("c.to_status", "r.status");

    private final JdbcTemplate jdbc;

    ScreeningLogRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A count of the referrals submitted in the period that are now in {@code status} and went at furthest to {@code furthest}. */
    record StatusAndStage(ReferralStatus status, Stage furthest, long count) {
    }

    /** A count of the referrals submitted in the period that are now in {@code status} with this category (null: none). */
    record StatusAndCategory(ReferralStatus status, String category, long count) {
    }

    record CriterionCount(String criterionId, long count) {
    }

    List<StatusAndStage> byStatusAndFurthestStage(Instant from, Instant until) {
        String sql = "SELECT t.status, t.furthest, COUNT(*) FROM ("
                + " SELECT r.id, r.status, GREATEST(MAX(" + STAGE_OF_STATUS + "), MAX(" + STAGE_OF_CURRENT + ")) AS furthest"
                + " FROM referral r LEFT JOIN referral_status_change c ON c.referral_id = r.id"
                + " WHERE r.submitted_at >= ? AND r.submitted_at < ?"
                + " GROUP BY r.id, r.status) t"
                + " GROUP BY t.status, t.furthest";
        return jdbc.query(sql, (rs, row) -> new StatusAndStage(ReferralStatus.valueOf(rs.getString(1)),
                Stage.values()[rs.getInt(2)], rs.getLong(3)), utc(from), utc(until));
    }

    List<StatusAndCategory> closedByCategory(Instant from, Instant until) {
        String closing = Arrays.stream(ReferralStatus.values()).filter(ReferralStatus::closes)
                .map(status -> "'" + status.name() + "'").collect(Collectors.joining(", "));
        return jdbc.query("SELECT r.status, r.closing_category, COUNT(*) FROM referral r"
                        + " WHERE r.submitted_at >= ? AND r.submitted_at < ? AND r.status IN (" + closing + ")"
                        + " GROUP BY r.status, r.closing_category",
                (rs, row) -> new StatusAndCategory(ReferralStatus.valueOf(rs.getString(1)), rs.getString(2), rs.getLong(3)),
                utc(from), utc(until));
    }

    List<CriterionCount> notEligibleByCriterion(Instant from, Instant until) {
        return jdbc.query("SELECT f.criterion_id, COUNT(*) FROM referral r"
                        + " JOIN referral_failed_criterion f ON f.referral_id = r.id"
                        + " WHERE r.submitted_at >= ? AND r.submitted_at < ? AND r.status = 'NOT_ELIGIBLE'"
                        + " GROUP BY f.criterion_id",
                (rs, row) -> new CriterionCount(rs.getString(1), rs.getLong(2)), utc(from), utc(until));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
