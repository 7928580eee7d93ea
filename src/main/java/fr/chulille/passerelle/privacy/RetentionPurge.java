package fr.chulille.passerelle.privacy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static fr.chulille.passerelle.privacy.ReferralErasure.timestamp;

/**
 * Erases what has outlived its retention duration ({@link RetentionSettings}), in one transaction,
 * and writes one audit entry per run with the numbers erased. Idempotent: a second run finds nothing.
 * At most one run at a time, across instances too: each run first locks the single row of
 * {@code retention_purge_lock} until it commits, so a concurrent run waits and then finds nothing left.
 */
@Service
@Transactional
public class RetentionPurge {

    /** The actor of the purge's audit entries. */
    public static final String ACTOR = "system:retention-purge";
    private static final Logger log = LoggerFactory.getLogger(RetentionPurge.class);

    private final JdbcTemplate jdbc;
    private final ReferralErasure erasure;
    private final RetentionPolicy policy;
    private final Clock clock;

    RetentionPurge(JdbcTemplate jdbc, ReferralErasure erasure, RetentionPolicy policy, Clock clock) {
        this.jdbc = jdbc;
        this.erasure = erasure;
        this.policy = policy;
        this.clock = clock;
    }

    public Report purge() {
        Instant now = clock.instant();
        jdbc.update("UPDATE retention_purge_lock SET last_run_at = ? WHERE id = 1", timestamp(now));
        RetentionSettings settings = policy.settings();

        Map<RetentionCategory, Integer> referrals = new EnumMap<>(RetentionCategory.class);
        for (RetentionCategory category : List.of(RetentionCategory.CLOSED, RetentionCategory.ENROLLED, RetentionCategory.UNDECIDED)) {
            List<String> statuses = RetentionPolicy.statuses(category).stream().map(Enum::name).toList();
            String placeholders = statuses.stream().map(s -> "?").collect(Collectors.joining(", "));
            Object[] arguments = new Object[statuses.size() + 1];
            arguments[0] = timestamp(now.minus(policy.duration(category)));
            System.arraycopy(statuses.toArray(), 0, arguments, 1, statuses.size());
            List<UUID> expired = jdbc.queryForList("SELECT id FROM referral WHERE erased_at IS NULL AND status_changed_at <= ? "
                    + "AND status IN (" + placeholders + ")", UUID.class, arguments);
            int erased = 0;
            for (UUID id : expired) {
                erased += erasure.erase(id, category, now) ? 1 : 0;
            }
            referrals.put(category, erased);
        }
        int notes = jdbc.update("DELETE FROM referral_note WHERE written_at <= ?", timestamp(now.minus(settings.notes())));
        int mailRecords = jdbc.update("DELETE FROM referral_mail WHERE COALESCE(sent_at, failing_since) <= ?",
                timestamp(now.minus(settings.mailRecords())));
        Object publicationsCutoff = timestamp(now.minus(settings.eventPublications()));
        int publications = jdbc.update("DELETE FROM event_publication WHERE completion_date IS NOT NULL AND completion_date <= ?",
                publicationsCutoff)
                + jdbc.update("DELETE FROM event_publication_archive WHERE completion_date IS NOT NULL AND completion_date <= ?",
                publicationsCutoff);
        int auditEntries = jdbc.update("DELETE FROM audit_entry WHERE at <= ?", timestamp(now.minus(settings.auditEntries())));

        Report report = new Report(referrals.get(RetentionCategory.CLOSED), referrals.get(RetentionCategory.ENROLLED),
                referrals.get(RetentionCategory.UNDECIDED), notes, mailRecords, publications, auditEntries);
        jdbc.update("INSERT INTO audit_entry (id, referral_id, actor, action, detail, at) VALUES (?, NULL, ?, 'PURGE', ?, ?)",
                UUID.randomUUID(), ACTOR, report.toString(), timestamp(now));
        log.info("Retention purge: {}", report);
        return report;
    }

    /** The numbers erased by one run, as written in its audit entry. */
    public record Report(int closedReferrals, int enrolledReferrals, int undecidedReferrals, int notes, int mailRecords,
                         int eventPublications, int auditEntries) {

        public int referrals() {
            return closedReferrals + enrolledReferrals + undecidedReferrals;
        }

        @Override
        public String toString() {
            return "referrals erased: " + referrals() + " (closed " + closedReferrals + ", enrolled " + enrolledReferrals
                    + ", undecided " + undecidedReferrals + "); notes deleted: " + notes + "; mail records deleted: "
                    + mailRecords + "; event publications deleted: " + eventPublications + "; audit entries deleted: "
                    + auditEntries;
        }
    }
}
