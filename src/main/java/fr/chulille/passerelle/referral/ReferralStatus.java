package fr.chulille.passerelle.referral;

import java.util.Set;

/**
 * The triage workflow: NEW → IN_REVIEW → CONTACTED → SCREENING → ENROLLED, or a closing status
 * (NOT_ELIGIBLE, DECLINED, WITHDRAWN, CLOSED_OTHER) that needs a reason and takes a {@link ClosingCategory}.
 */
public enum ReferralStatus {
    NEW, IN_REVIEW, CONTACTED, SCREENING, ENROLLED, NOT_ELIGIBLE, DECLINED, WITHDRAWN, CLOSED_OTHER;

    private static final Set<ReferralStatus> NEEDS_REASON = Set.of(NOT_ELIGIBLE, DECLINED, WITHDRAWN, CLOSED_OTHER);

    public boolean needsReason() {
        return NEEDS_REASON.contains(this);
    }

    /** A status that closes the referral: the same as those that need a reason. */
    public boolean closes() {
        return NEEDS_REASON.contains(this);
    }

    public String messageKey() {
        return "referral.status." + name().toLowerCase().replace('_', '-');
    }
}
