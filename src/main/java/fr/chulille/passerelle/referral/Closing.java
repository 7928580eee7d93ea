package fr.chulille.passerelle.referral;

import fr.chulille.passerelle.eligibility.TrialCriteria;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The category of a closing status change, and for "criteria not met" the ids of the trial's criteria
 * that failed (at least one). Validated here: a category of another status or an unknown criterion id is refused.
 */
public record Closing(ClosingCategory category, Set<String> failedCriteria) {

    public Closing {
        Objects.requireNonNull(category);
        failedCriteria = failedCriteria == null ? Set.of() : Set.copyOf(new TreeSet<>(failedCriteria));
        for (String id : failedCriteria) {
            if (TrialCriteria.byId(id).isEmpty()) {
                throw new IllegalArgumentException("No criterion " + id);
            }
        }
        if (category.needsCriteria() && failedCriteria.isEmpty()) {
            throw new IllegalArgumentException("At least one failed criterion is required for " + category);
        }
        if (!category.needsCriteria() && !failedCriteria.isEmpty()) {
            throw new IllegalArgumentException("Failed criteria only go with " + ClosingCategory.CRITERIA_NOT_MET);
        }
    }

    public static Closing of(ClosingCategory category) {
        return new Closing(category, Set.of());
    }

    /** The ids of the failed criteria, sorted as text ("EXC-3, INC-2"), or "" for none: one listing for audit and screen. */
    public static String listed(Set<String> failedCriteria) {
        return String.join(", ", new TreeSet<>(failedCriteria));
    }

    void checkFits(ReferralStatus status) {
        if (category.status() != status) {
            throw new IllegalArgumentException(category + " is not a category of " + status);
        }
    }
}
