package fr.chulille.passerelle.referral;

import java.util.Set;

/**
 * The triage workflow: NEW → IN_REVIEW → CONTACTED → SCREENING → ENROLLED, or a closing status
 * (NOT_ELIGIBLE, DECLINED, WITHDRAWN) that needs a reason.
 */
public enum ReferralStatus {
    NEW, IN_REVIEW, CONTACTED, SCREENING, ENROLLED, NOT_ELIGIBLE, DECLINED, WITHDRAWN;

    private static final Set<ReferralStatus> NEEDS_REASON = Set.of(NOT_ELIGIBLE, DECLINED, WITHDRAWN);

    public boolean needsReason() {
        return NEEDS_REASON.contains(this);
    }

    public String messageKey() {
        return "referral.status." + name().toLowerCase().replace('_', '-');
    }
}
