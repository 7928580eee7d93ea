package fr.chulille.passerelle.privacy;

import fr.chulille.passerelle.referral.ReferralStatus;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** When a referral will be erased: its last status change plus the duration of its category. */
@Component
public class RetentionPolicy {

    private final RetentionSettings settings;

    RetentionPolicy(RetentionSettings settings) {
        this.settings = settings;
    }

    public Instant purgeOn(ReferralStatus status, Instant statusChangedAt) {
        return statusChangedAt.plus(duration(RetentionCategory.of(status)));
    }

    Duration duration(RetentionCategory category) {
        return switch (category) {
            case CLOSED -> settings.closed();
            case ENROLLED -> settings.enrolled();
            case UNDECIDED -> settings.undecided();
            case ON_REQUEST -> Duration.ZERO;
        };
    }

    /** The statuses of a category, for the purge's queries. */
    static List<ReferralStatus> statuses(RetentionCategory category) {
        return java.util.Arrays.stream(ReferralStatus.values()).filter(s -> RetentionCategory.of(s) == category).toList();
    }

    RetentionSettings settings() {
        return settings;
    }
}
