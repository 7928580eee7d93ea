package fr.chulille.passerelle.screening;

import fr.chulille.passerelle.eligibility.Criterion;
import fr.chulille.passerelle.eligibility.TrialCriteria;
import fr.chulille.passerelle.referral.ClosingCategory;
import fr.chulille.passerelle.referral.ReferralStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Random but plausible referral histories (forward steps, skipped stages, closings with or without a
 * category, reopenings), stored with plain SQL as the referral package stores them: the referral row with
 * its current status and the status history. For the screening log's property test and benchmark.
 */
public final class ScreeningHistories {

    /** Marks that must never appear in the screening log, its page or its CSV. */
    public static final String INITIALS = "ZQX";
    public static final int BIRTH_YEAR = 1937;
    public static final String REFERRER = "Dr Zéphyrin Marqueur";
    public static final String HOSPITAL = "CH Marqueur-sur-Mer";

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final List<ReferralStatus> FORWARD = List.of(ReferralStatus.NEW, ReferralStatus.IN_REVIEW,
            ReferralStatus.CONTACTED, ReferralStatus.SCREENING, ReferralStatus.ENROLLED);
    private static final List<ReferralStatus> CLOSING = List.of(ReferralStatus.NOT_ELIGIBLE, ReferralStatus.DECLINED,
            ReferralStatus.WITHDRAWN, ReferralStatus.CLOSED_OTHER);

    /** One generated referral: when it was sent (French date), every status it went through, where it is now. */
    public record History(LocalDate sentOn, List<ReferralStatus> statuses, ReferralStatus now, ClosingCategory category,
                          List<String> failedCriteria) {
    }

    private ScreeningHistories() {
    }

    /** Generates and stores {@code count} referrals sent within [from, to] (French dates). */
    public static List<History> store(JdbcTemplate jdbc, Random random, int count, LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(PARIS).toInstant();
        long seconds = Duration.between(start, to.plusDays(1).atStartOfDay(PARIS).toInstant()).toSeconds();
        List<Object[]> referrals = new ArrayList<>();
        List<Object[]> changes = new ArrayList<>();
        List<Object[]> criteria = new ArrayList<>();
        List<History> histories = new ArrayList<>();
        List<Criterion> all = TrialCriteria.all();
        for (int i = 0; i < count; i++) {
            UUID id = UUID.randomUUID();
            Instant sent = start.plusSeconds((long) (random.nextDouble() * seconds));
            Instant at = sent;
            ReferralStatus status = ReferralStatus.NEW;
            List<ReferralStatus> statuses = new ArrayList<>(List.of(status));
            changes.add(new Object[] {id, null, status.name(), utc(at)});
            int steps = random.nextInt(6);
            for (int step = 0; step < steps; step++) {
                ReferralStatus next;
                if (random.nextDouble() < 0.6) {
                    int index = status.closes() ? 1 : Math.min(FORWARD.indexOf(status) + 1 + (random.nextDouble() < 0.15 ? 1 : 0), 4);
                    next = FORWARD.get(index);
                } else {
                    next = CLOSING.get(random.nextInt(CLOSING.size()));
                }
                at = at.plusSeconds(60 + random.nextInt(5 * 86_400));
                if (next != status) {
                    changes.add(new Object[] {id, status.name(), next.name(), utc(at)});
                    statuses.add(next);
                }
                status = next;
            }
            ClosingCategory category = null;
            List<String> failed = List.of();
            if (status.closes() && random.nextDouble() < 0.85) {
                List<ClosingCategory> categories = ClosingCategory.of(status);
                category = categories.get(random.nextInt(categories.size()));
                if (category.needsCriteria()) {
                    TreeSet<String> ids = new TreeSet<>();
                    int n = 1 + random.nextInt(3);
                    while (ids.size() < n) {
                        ids.add(all.get(random.nextInt(all.size())).id());
                    }
                    failed = List.copyOf(ids);
                    failed.forEach(criterion -> criteria.add(new Object[] {id, criterion}));
                }
            }
            referrals.add(new Object[] {id, "SCR-" + id.toString().substring(0, 13).replace("-", ""), UUID.randomUUID(), utc(sent),
                    random.nextBoolean() ? "fr" : "en", REFERRER, HOSPITAL, INITIALS, BIRTH_YEAR,
                    "NO_ADVICE_YET", status.name(), status.closes() ? "Motif libre " + i : null, utc(at),
                    category == null ? null : category.name()});
            histories.add(new History(sent.atZone(PARIS).toLocalDate(), List.copyOf(statuses), status, category, failed));
        }
        jdbc.batchUpdate("""
                INSERT INTO referral (id, reference, submission_token, submitted_at, form_language, referrer_name,
                    referrer_rpps, referrer_hospital, referrer_department, referrer_email, referrer_phone, patient_initials,
                    patient_birth_year, patient_sex, consent_attested, comment_text, clinical_facts_json, precheck_json,
                    criteria_version, advice, status, status_reason, status_changed_at, closing_category)
                VALUES (?, ?, ?, ?, ?, ?, '10101010101', ?, 'Hématologie', 'marqueur@hopital.example', '+33 3 00 00 00 00', ?,
                    ?, 'FEMALE', TRUE, NULL, '{}', '{}', 'test', ?, ?, ?, ?, ?)""", referrals);
        jdbc.batchUpdate("INSERT INTO referral_status_change (referral_id, from_status, to_status, changed_at) VALUES (?, ?, ?, ?)",
                changes);
        jdbc.batchUpdate("INSERT INTO referral_failed_criterion (referral_id, criterion_id) VALUES (?, ?)", criteria);
        return histories;
    }

    /** How many of these histories, sent within [from, to], reached the stage at any time. */
    public static long reached(List<History> histories, LocalDate from, LocalDate to, Stage stage) {
        return within(histories, from, to).stream()
                .filter(h -> h.statuses().stream().anyMatch(s -> Stage.of(s).ordinal() >= stage.ordinal())).count();
    }

    public static List<History> within(List<History> histories, LocalDate from, LocalDate to) {
        return histories.stream().filter(h -> !h.sentOn().isBefore(from) && !h.sentOn().isAfter(to)).toList();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
