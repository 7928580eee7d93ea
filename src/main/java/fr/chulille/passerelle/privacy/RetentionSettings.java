package fr.chulille.passerelle.privacy;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.Objects;

/**
 * How long each category of data is kept ({@code passerelle.retention.*}; defaults and reasons in
 * docs/operations.md). The purge and the privacy notice both read these, so they never disagree.
 *
 * @param closed             a referral closed as not eligible, declined or withdrawn, from its closing
 * @param enrolled           a referral whose patient was enrolled (the trial's own records take over), from the enrolment
 * @param undecided          a referral left without a decision, from its last status change
 * @param mailRecords        a mail's delivery record, from its sending (or first failure)
 * @param eventPublications  a completed event publication (mail owed for a referral), from its completion
 * @param auditEntries       an audit entry, from the moment it records
 * @param notes              a note on a referral, from its writing (and at the latest with its referral)
 */
@ConfigurationProperties("passerelle.retention")
public record RetentionSettings(Duration closed, Duration enrolled, Duration undecided, Duration mailRecords,
                                Duration eventPublications, Duration auditEntries, Duration notes) {

    public RetentionSettings {
        for (Duration duration : new Duration[] {closed, enrolled, undecided, mailRecords, eventPublications, auditEntries, notes}) {
            Objects.requireNonNull(duration, "every passerelle.retention.* duration must be set");
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("Retention durations must be positive: " + duration);
            }
        }
    }
}
