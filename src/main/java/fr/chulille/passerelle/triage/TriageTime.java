package fr.chulille.passerelle.triage;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How fast the team handles new referrals: of the referrals submitted in a period, the time from
 * submission to their first status change. Pure Java.
 * <ul>
 * <li>{@code median} and {@code p90} are calendar times over the referrals already handled (those without
 * a status change yet are left out of the times and counted in {@code notYetHandled}). The median of an
 * even count is the mean of the two middle times; the 90th percentile is the nearest rank (the smallest
 * time that at least 90 % of the handled referrals do not exceed). Empty when none was handled.</li>
 * <li>{@code withinOneWorkingDay} / {@code decided} is the share handled within one working day (see
 * {@link WorkingTime}): {@code decided} counts the handled referrals plus those not yet handled whose one
 * working day has already run out (they were not handled within it); referrals not yet handled and still
 * within their working day are not counted either way.</li>
 * </ul>
 */
public record TriageTime(int submitted, int handled, int notYetHandled, Optional<Duration> median,
                         Optional<Duration> p90, int withinOneWorkingDay, int decided) {

    /** One referral of the period: when it was submitted, and when its status first changed (null: not yet). */
    public record Sample(Instant submittedAt, Instant firstChangeAt) {
    }

    /** The share handled within one working day, from 0 to 1; empty when no referral is decided. */
    public Optional<Double> shareWithinOneWorkingDay() {
        return decided == 0 ? Optional.empty() : Optional.of((double) withinOneWorkingDay / decided);
    }

    public static TriageTime of(List<Sample> samples, Instant now, ZoneId zone) {
        List<Duration> times = new ArrayList<>();
        int within = 0;
        int decided = 0;
        for (Sample sample : samples) {
            if (sample.firstChangeAt() != null) {
                times.add(Duration.between(sample.submittedAt(), sample.firstChangeAt()));
                decided++;
                if (WorkingTime.withinOneWorkingDay(sample.submittedAt(), sample.firstChangeAt(), zone)) {
                    within++;
                }
            } else if (!WorkingTime.withinOneWorkingDay(sample.submittedAt(), now, zone)) {
                decided++;
            }
        }
        times.sort(null);
        Optional<Duration> median = Optional.empty();
        Optional<Duration> p90 = Optional.empty();
        int n = times.size();
        if (n > 0) {
            median = Optional.of(n % 2 == 1 ? times.get(n / 2)
                    : times.get(n / 2 - 1).plus(times.get(n / 2)).dividedBy(2));
            p90 = Optional.of(times.get((int) Math.ceil(0.9 * n) - 1));
        }
        return new TriageTime(samples.size(), n, samples.size() - n, median, p90, within, decided);
    }
}
